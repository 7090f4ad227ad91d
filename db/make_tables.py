"""Regenerate db/tables.py from the models (db/models.py):

    python -m db.make_tables

db/tables.py holds what a build of a fresh SQLite file and `add` in place
read of the schema, as plain Python literals: each table's columns and
primary key, the statements that make a fresh file's tables and indexes,
and the datapackage.json resources. Reading them costs nothing; importing
SQLAlchemy to read them from the models cost more than a small build's
work. A test checks the file is what this script makes from the models.
"""

from __future__ import annotations

import pprint
import sqlite3
import tempfile
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "tables.py"
HEADER = '''"""The models' tables as plain data, made from db/models.py by db/make_tables.py
(`python -m db.make_tables`; a test checks they match): what a fresh SQLite build
and `add` in place read of the schema, without importing SQLAlchemy."""

# fmt: off
'''


def _statements() -> list[str]:
    """The statements the models' route makes a fresh SQLite file's tables and indexes with
    (create_all, indexes in name order), as SQLAlchemy compiles them for SQLite."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from db.engine import version_table
    from db.models import Base

    dialect = sqlite.dialect()
    out = []
    for table in Base.metadata.sorted_tables:
        out.append(str(CreateTable(table).compile(dialect=dialect)))
        for index in sorted(table.indexes, key=lambda index: str(index.name)):
            out.append(str(CreateIndex(index).compile(dialect=dialect)))
    out.append(str(CreateTable(version_table()).compile(dialect=dialect)))
    return out


def source() -> str:
    from sqlalchemy import Integer

    from db.datapackage import resources_from_models
    from db.models import Base

    tables = {
        table.name: (tuple(c.name for c in table.columns), tuple(c.name for c in table.primary_key.columns))
        for table in Base.metadata.sorted_tables
    }
    key_ordered = sorted(
        table.name
        for table in Base.metadata.sorted_tables
        if table.dialect_options["sqlite"]["with_rowid"] is False
        or (len(table.primary_key.columns) == 1 and isinstance(next(iter(table.primary_key.columns)).type, Integer))
    )
    # A statement checked by SQLite here, so that a file that does not parse never ships.
    with tempfile.TemporaryDirectory() as scratch:
        connection = sqlite3.connect(Path(scratch) / "check.db")
        for statement in _statements():
            connection.execute(statement)
        connection.close()
    parts = [
        HEADER,
        "# table -> (columns, primary key columns), parents before children (the models' sorted_tables)\n",
        f"TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {pprint.pformat(tables, width=120, sort_dicts=False)}\n\n",
        "# Tables stored in primary-key order whatever the order their rows were written in, once VACUUMed:\n",
        "# WITHOUT ROWID, or keyed by an INTEGER PRIMARY KEY (the rowid). Their rows need no sorting before they are written.\n",
        f"STORED_IN_KEY_ORDER: frozenset[str] = frozenset({pprint.pformat(key_ordered, width=120)})\n\n",
        "# A fresh SQLite file's tables and indexes, then Alembic's version table (db/engine.py: create_at_head)\n",
        f"SQLITE_CREATE: tuple[str, ...] = {pprint.pformat(tuple(_statements()), width=120)}\n\n",
        "# datapackage.json's resources; each one's path is the database file's (db/datapackage.py)\n",
        f"RESOURCES: list[dict] = {pprint.pformat(resources_from_models(), width=120, sort_dicts=False)}\n",
    ]
    return "".join(parts)


def main() -> None:
    TARGET.write_text(source(), encoding="utf-8")


if __name__ == "__main__":
    main()
