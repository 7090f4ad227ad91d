"""Export: a database at any URL (PostgreSQL) to a complete SQLite file.

The rows go through the same writer as a build, so the file has what a
build's has: the migrated schema with its constraints, the views, the FTS
tables, build_info (the source's, with this SQLite's version) and
datapackage.json, and it is replaced only when complete.
"""

from __future__ import annotations

from pathlib import Path

from db.models import BuildInfo
from db.writer import read_rows, write_database


def export(source: Path | str, db_path: Path) -> dict[str, int]:
    rows = read_rows(source)
    info = {row["name"]: row["value"] for row in rows.pop(BuildInfo.__tablename__, [])}
    write_database(db_path, rows, info)
    return {table: len(table_rows) for table, table_rows in sorted(rows.items())}
