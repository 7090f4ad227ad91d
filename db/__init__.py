"""The database layer: models, engines, migrations runner, derived objects."""
