"""Alembic environment for xiaomi.db.

- batch mode on SQLite (ALTER support by table rebuild), plain ALTERs elsewhere;
- foreign keys off while migrating, checked with foreign_key_check before commit;
- derived objects (views, FTS tables and their shadow tables and triggers) are
  not the migrations' business: they are kept out of autogenerate here, dropped
  before migrating by db.engine.upgrade/downgrade (a view on a table breaks a
  batch rebuild of it, alembic #1207), and recreated by the build (db/derived.py).
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import text

from db.derived import derived_object_names
from db.engine import migration_engine, sqlite_url
from db.models import Base

config = context.config
target_metadata = Base.metadata


def _database_url() -> str:
    x_args = context.get_x_argument(as_dictionary=True)
    if "db" in x_args:
        return sqlite_url(x_args["db"])
    return config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(
        url=_database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = migration_engine(_database_url())
    with engine.connect() as connection:
        derived = derived_object_names(connection)
        connection.commit()  # end the read's autobegun transaction; Alembic opens its own

        def include_name(name, type_, _parent_names):
            return not (type_ == "table" and name in derived)

        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_name=include_name,
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                raise RuntimeError(f"migration leaves {len(broken)} foreign-key violations, e.g. {broken[:3]}")
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
