"""Stage 6, write: the only code that opens a database session for loading.

Rows arrive as plain dicts per table; they are written with Core inserts
(ENGINEERING.md: 10x the ORM's speed) in one transaction, in foreign-key
order and primary-key order, so two builds give the same bytes.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db.derived import ensure_derived_objects
from db.engine import loader_engine
from db.models import Base


def write_rows(path: Path, rows: dict[str, list[dict]]) -> None:
    tables = {table.name: table for table in Base.metadata.sorted_tables}
    unknown = set(rows) - set(tables)
    if unknown:
        raise ValueError(f"rows for tables the schema does not have: {sorted(unknown)}")
    engine = loader_engine(path)
    try:
        with engine.begin() as connection:
            for name, table in tables.items():  # sorted_tables: parents before children
                data = rows.get(name)
                if not data:
                    continue
                key = [column.name for column in table.primary_key.columns]
                data = sorted(data, key=lambda row: tuple(row[column] for column in key))
                connection.execute(table.insert(), data)
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
