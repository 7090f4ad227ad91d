"""Stage 6, write: the only code that opens a database session for loading.

Rows arrive as plain dicts per table; they are written with Core inserts
(about ten times the ORM's speed) in one transaction, in foreign-key order
and primary-key order, so two builds give the same bytes.

Where they go depends on the target:
- a SQLite path (or sqlite:/// URL): a fresh file is migrated, filled,
  given its derived objects and VACUUMed beside the target, then moved into
  place, with `datapackage.json` beside it; a failure leaves the target as it was;
- a server URL (PostgreSQL): one transaction drops the project's tables,
  migrates from empty, inserts, and creates the derived objects; a failure
  rolls back to the previous data.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import Connection, Table, select, text

from db.datapackage import write_datapackage
from db.derived import drop_derived_objects, ensure_derived_objects
from db.engine import connect, database_url, loader_engine, sqlite_path, upgrade, upgrade_on
from db.models import Base, BuildInfo

Rows = Mapping[str, list[dict]]


def _tables() -> dict[str, Table]:
    return {table.name: table for table in Base.metadata.sorted_tables}  # parents before children


def insert_rows(connection: Connection, rows: Rows) -> None:
    tables = _tables()
    unknown = set(rows) - set(tables)
    if unknown:
        raise ValueError(f"rows for tables the schema does not have: {sorted(unknown)}")
    for name, table in tables.items():
        data = rows.get(name)
        if not data:
            continue
        key = [column.name for column in table.primary_key.columns]
        data = sorted(data, key=lambda row: tuple(row[column] for column in key))
        connection.execute(table.insert(), data)


def write_rows(path: Path | str, rows: Rows) -> None:
    engine = loader_engine(path)
    try:
        with engine.begin() as connection:
            insert_rows(connection, rows)
    finally:
        engine.dispose()


def finish_database(path: Path) -> None:
    """Derived objects (FTS, views), then VACUUM for a compact, canonical file."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            ensure_derived_objects(connection)
        connection.execute("VACUUM")
    finally:
        connection.close()


def _info_rows(info: Mapping[str, str], engine_info: Mapping[str, str]) -> list[dict]:
    # The engine that writes this database adds its version; an export keeps the source's too.
    merged = {**info, **engine_info}
    return [{"name": name, "value": str(value)} for name, value in sorted(merged.items())]


def write_database(
    target: Path | str, rows: Rows, info: Mapping[str, str] | None = None, step: Callable[[str], None] | None = None
) -> None:
    """Replace the database at `target` (a path or a URL) with exactly `rows`."""
    step = step or (lambda _message: None)
    path = sqlite_path(target)
    if path is not None:
        _write_sqlite_file(path, rows, info or {}, step)
    else:
        _write_server(database_url(target), rows, info or {}, step)


def _write_sqlite_file(db_path: Path, rows: Rows, info: Mapping[str, str], step: Callable[[str], None]) -> None:
    db_path = db_path.resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".building", dir=db_path.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        step("migrating a fresh database")
        upgrade(temporary_path)
        step("writing rows")
        write_rows(
            temporary_path, {**rows, BuildInfo.__tablename__: _info_rows(info, {"sqlite_version": sqlite3.sqlite_version})}
        )
        step("indexing and compacting")
        finish_database(temporary_path)
        os.chmod(temporary_path, 0o666 & ~_umask())  # mkstemp makes 0600; a database is for sharing
        os.replace(temporary_path, db_path)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise
    write_datapackage(db_path, info.get("program_version"))


def _write_server(url: str, rows: Rows, info: Mapping[str, str], step: Callable[[str], None]) -> None:
    engine = loader_engine(url)
    try:
        with connect(engine, url) as connection, connection.begin():
            step("replacing the previous tables")
            drop_derived_objects(connection)
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            step("migrating")
            upgrade_on(connection)
            step("writing rows")
            version = (
                connection.execute(text("SHOW server_version")).scalar_one() if connection.dialect.name == "postgresql" else ""
            )
            engine_info = {"postgresql_version": version} if version else {}
            insert_rows(connection, {**rows, BuildInfo.__tablename__: _info_rows(info, engine_info)})
            step("indexing")
            ensure_derived_objects(connection)
    finally:
        engine.dispose()


def read_rows(source: Path | str) -> dict[str, list[dict]]:
    """Every model table's rows from a database at the head revision, in key order."""
    from alembic.script import ScriptDirectory

    from db.engine import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    engine = loader_engine(source)
    try:
        with connect(engine, source) as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != head:
                raise ValueError(f"{source} is at schema revision {revision}, not {head}: migrate it first")
            return {
                name: [dict(row._mapping) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
                for name, table in _tables().items()
            }
    finally:
        engine.dispose()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
