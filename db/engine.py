"""Engines for the two ways the project opens a database.

The loader's engine enforces foreign keys. The migration engine must not: a
batch migration rebuilds a table with DROP TABLE, which with foreign keys on
cascades into child tables. Migrations instead run `PRAGMA foreign_key_check`
before they commit (migrations/env.py).
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def sqlite_url(path: Path | str) -> str:
    text = str(path)
    return text if text.startswith("sqlite:") else f"sqlite:///{text}"


def loader_engine(path: Path | str) -> Engine:
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.close()

    return engine


def migration_engine(path: Path | str) -> Engine:
    """Foreign keys off, and DDL inside real transactions so a failed
    migration leaves no `_alembic_tmp_*` debris behind."""
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine


def alembic_config(path: Path | str | None = None) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    if path is not None:
        config.set_main_option("sqlalchemy.url", sqlite_url(path))
    return config


def _without_derived_objects(path: Path | str) -> None:
    # A view on a table breaks a batch rebuild of that table (alembic #1207);
    # views and FTS are derived, and the build recreates them.
    from db.derived import drop_derived_objects

    engine = migration_engine(path)
    with engine.begin() as connection:
        drop_derived_objects(connection)
    engine.dispose()


def upgrade(path: Path | str, revision: str = "head") -> None:
    _without_derived_objects(path)
    command.upgrade(alembic_config(path), revision)


def downgrade(path: Path | str, revision: str) -> None:
    _without_derived_objects(path)
    command.downgrade(alembic_config(path), revision)
