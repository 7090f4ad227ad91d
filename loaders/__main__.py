"""Command line: python -m loaders build [--seeds DIR] [--db PATH]"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders.build import build
from loaders.errors import BuildError
from loaders.progress import Progress


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="build the database from a folder of articles")
    build_command.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt articles (default: seeds)")
    build_command.add_argument("--db", type=Path, default=Path("xiaomi.db"), help="database to write (default: xiaomi.db)")
    build_command.add_argument("--quiet", action="store_true", help="no progress display")
    args = parser.parse_args(argv)

    try:
        build(args.seeds, args.db, Progress(enabled=False) if args.quiet else Progress())
    except BuildError as error:
        print(error.line(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
