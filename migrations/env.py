"""Alembic environment for xiaomi.db, on SQLite and PostgreSQL.

- the database: `-x db=PATH_OR_URL`, else a connection handed over in
  `config.attributes["connection"]` (a PostgreSQL build migrates inside its
  own transaction), else `sqlalchemy.url`;
- batch mode on SQLite (ALTER support by table rebuild), plain ALTERs elsewhere;
- on SQLite, foreign keys off while migrating, checked with foreign_key_check
  before commit (PostgreSQL checks them as it alters);
- derived objects (views, FTS tables and their shadow tables and triggers) are
  not the migrations' business: they are kept out of autogenerate here, dropped
  before migrating by db.engine.upgrade/downgrade (a view on a table breaks a
  batch rebuild of it, alembic #1207), and recreated by the build (db/derived.py);
  on PostgreSQL that includes the generated `search` columns and their indexes.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from alembic.util import CommandError
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from db.derived import derived_object_names, is_derived_schema_item
from db.engine import database_url, migration_engine
from db.models import Base

config = context.config
target_metadata = Base.metadata


def _database_url() -> str:
    x_args = context.get_x_argument(as_dictionary=True)
    if "db" in x_args:
        return database_url(x_args["db"])
    url = config.get_main_option("sqlalchemy.url")
    if not config.attributes.get("database_named") and not context.is_offline_mode():
        _refuse_to_create(url)
    return url


def _refuse_to_create(url: str) -> None:
    """A bare `alembic upgrade` or `alembic check` must not leave an empty
    xiaomi.db behind (SQLite creates a file on connect): a new database is made
    only when asked by name, with `-x db=PATH`, or by the build."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    if not Path(parsed.database).exists():
        raise CommandError(
            f"{parsed.database}: no such database; build it with `python -m loaders build`, "
            f"or create a new one by name with `alembic -x db=PATH upgrade head`"
        )


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
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = migration_engine(_database_url())
    with engine.connect() as connection:
        _run_on(connection)
    engine.dispose()


def _run_on(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    derived = derived_object_names(connection)
    if config.attributes.get("connection") is None:
        connection.commit()  # end the read's autobegun transaction; Alembic opens its own

    def include_name(name, type_, parent_names):
        if type_ == "table" and name in derived:
            return False
        return not is_derived_schema_item(name, type_, parent_names)

    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        include_name=include_name,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                raise RuntimeError(f"migration leaves {len(broken)} foreign-key violations, e.g. {broken[:3]}")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
