"""The README's list of tables, views and their columns, made from a built database.

    python -m db.docs xiaomi.db        # print the section
    python -m db.docs xiaomi.db --write README.md

The section sits between two markers in README.md; a test rebuilds it from
the seeds' database and fails when the README and the schema disagree.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from pathlib import Path

START = "<!-- tables and columns: made by `python -m db.docs`; do not edit by hand -->"
END = "<!-- end of tables and columns -->"
_SKIPPED = re.compile(r"^(sqlite_|alembic_version$)|_fts(_|$)")


def columns_section(path: Path | str) -> str:
    """A markdown table: one row per table or view, its columns in order."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        objects = connection.execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY type, name"
        ).fetchall()
        lines = ["| object | kind | columns |", "|---|---|---|"]
        for name, kind in objects:
            if _SKIPPED.search(name):
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            lines.append(f"| `{name}` | {kind} | {', '.join(columns)} |")
    finally:
        connection.close()
    return "\n".join([START, *lines, END])


def replace_section(readme: str, section: str) -> str:
    start, end = readme.index(START), readme.index(END) + len(END)
    return readme[:start] + section + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db.docs", description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--write", type=Path, help="replace the section in this README")
    args = parser.parse_args(argv)
    section = columns_section(args.database)
    if args.write:
        args.write.write_text(replace_section(args.write.read_text(encoding="utf-8"), section), encoding="utf-8")
    else:
        print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
