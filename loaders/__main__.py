"""Command line: python -m loaders build [--seeds DIR] [--db PATH_OR_URL]
                 python -m loaders export --from URL [--db PATH]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.engine import DatabaseUnavailable, is_url
from loaders.build import build
from loaders.errors import BuildError
from loaders.progress import Progress


def database(value: str) -> Path | str:
    """--db: a SQLite file's path, or a SQLAlchemy URL (postgresql+psycopg://user@host/name)."""
    return value if is_url(value) else Path(value)


def main(argv: list[str] | None = None, prog: str = "python -m loaders") -> int:
    parser = argparse.ArgumentParser(
        prog=prog, description="Build the news-claims database from a folder of articles, or export one to SQLite.")
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="build the database from a folder of articles")
    build_command.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt articles (default: seeds)")
    build_command.add_argument("--db", type=database, default=Path("xiaomi.db"),
                               help="database to write: a SQLite path or a SQLAlchemy URL (default: xiaomi.db)")
    build_command.add_argument("--quiet", action="store_true", help="no progress display")
    add_export_command(commands)
    args = parser.parse_args(argv)

    if args.command == "export":
        return run_export(args)
    try:
        build(args.seeds, args.db, Progress(enabled=False) if args.quiet else Progress())
    except (BuildError, DatabaseUnavailable) as error:
        print(error.line(), file=sys.stderr)
        return 2
    return 0


def add_export_command(commands: argparse._SubParsersAction) -> None:
    export_command = commands.add_parser(
        "export", help="write a complete SQLite file (for Datasette) from a database at a URL, e.g. PostgreSQL")
    export_command.add_argument("--from", dest="source", required=True, type=database,
                                help="the database to read: a SQLAlchemy URL or a SQLite path")
    export_command.add_argument("--db", type=Path, default=Path("xiaomi.db"), help="SQLite file to write (default: xiaomi.db)")


def run_export(args: argparse.Namespace) -> int:
    from db.export import export

    try:
        export(args.source, args.db)
    except DatabaseUnavailable as error:
        print(error.line(), file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def entry_point() -> None:
    """The `xiaomi-db` console script: the same subcommands and arguments."""
    sys.exit(main(prog="xiaomi-db"))


if __name__ == "__main__":
    sys.exit(main())
