"""Command line: python -m loaders build [--seeds DIR] [--db PATH_OR_URL] [--max-article-bytes N] [--jobs N]
                                        [--executor dask --scheduler ADDRESS]
                 python -m loaders add FILE... [--seeds DIR] [--db PATH] [--jobs N]
                 python -m loaders export --from URL [--db PATH]

Every failure a user can cause ends in one line on stderr naming the file
(exit status 2); Ctrl-C ends in one line too (exit status 130, 143 for a
SIGTERM). Either way the database is as it was.
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import NoReturn

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(BaseException):
    """SIGTERM (a `kill`, a stopping service): unwinds like Ctrl-C, so the
    temporary file is removed and the lock released."""


# The stop signals received. A signal's exception raised inside a SQLite
# callback (db/writer.py lets signals in during its long statements) aborts the
# statement but is itself lost: SQLite's "interrupted" error arrives instead.
_stops: list[type[BaseException]] = []


def _stop(stop: type[BaseException]) -> NoReturn:
    _stops.append(stop)
    raise stop


def _terminated(_signal_number: int, _frame: FrameType | None) -> NoReturn:
    _stop(Terminated)


def _interrupted(_signal_number: int, _frame: FrameType | None) -> NoReturn:
    _stop(KeyboardInterrupt)


def database(value: str) -> Path | str:
    """--db: a SQLite file's path, or a SQLAlchemy URL (postgresql+psycopg://user@host/name)."""
    from db.engine import is_url

    return value if is_url(value) else Path(value)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def main(argv: list[str] | None = None, prog: str = "python -m loaders") -> int:
    try:
        return _main(argv, prog)
    except BaseException as error:
        if isinstance(error, (KeyboardInterrupt, Terminated)):
            stop: type[BaseException] = type(error)
        elif isinstance(error, Exception) and _stops:
            stop = _stops[-1]  # an error caused by the stop (see _stops)
        else:
            raise
        clear = "\r\033[K" if sys.stderr.isatty() else ""  # the echoed ^C and any progress line
        what = "interrupted" if stop is KeyboardInterrupt else "terminated"
        print(f"{clear}{what}: nothing was changed", file=sys.stderr)
        return EXIT_INTERRUPTED if stop is KeyboardInterrupt else EXIT_TERMINATED


@contextmanager
def _start_up() -> Iterator[None]:
    """The extractors' modules loaded with the garbage collector paused, then their objects set
    aside from its walks. Loading them makes hundreds of thousands of objects that live as long as
    the process (compiled patterns, word lists): each young collection while they load walked the
    ones made since the last, and each full collection after walked them all again (a tenth of the
    seeds' build). Set aside, an object is still freed when nothing holds it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _main(argv: list[str] | None, prog: str) -> int:
    # Imported here, not at the top, so that a Ctrl-C while the libraries load is one line too.
    from db.engine import DatabaseUnavailable
    from loaders.errors import BuildError
    from loaders.read import DEFAULT_MAX_ARTICLE_BYTES

    parser = argparse.ArgumentParser(
        prog=prog, description="Build the news-claims database from a folder of articles, or export one to SQLite."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="build the database from a folder of articles")
    build_command.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt articles (default: seeds)")
    build_command.add_argument(
        "--db",
        type=database,
        default=Path("xiaomi.db"),
        help="database to write: a SQLite path or a SQLAlchemy URL (default: xiaomi.db)",
    )
    _extraction_options(build_command, DEFAULT_MAX_ARTICLE_BYTES)
    add_command = commands.add_parser("add", help="add or replace (by file name) articles in a built SQLite database, in place")
    add_command.add_argument("files", type=Path, nargs="+", metavar="FILE", help="article files (*.txt)")
    add_command.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        help="the folder the database was built from, with its curated files (default: seeds)",
    )
    add_command.add_argument("--db", type=Path, default=Path("xiaomi.db"), help="the SQLite database (default: xiaomi.db)")
    _extraction_options(add_command, DEFAULT_MAX_ARTICLE_BYTES)
    add_export_command(commands)
    args = parser.parse_args(argv)

    if args.command == "export":
        return run_export(args)
    if args.executor == "dask" and not args.scheduler:
        parser.error("--executor dask needs --scheduler ADDRESS")

    with _start_up():
        from loaders.build import add, build
        from loaders.executors import make_executor
        from loaders.progress import Progress

    try:
        executor = make_executor(args.executor, args.jobs, args.scheduler)
    except ImportError:
        print("error: --executor dask: Dask is not installed (pip install .[dask])", file=sys.stderr)
        return EXIT_BAD_INPUT
    progress = Progress(enabled=False) if args.quiet else Progress()
    try:
        if args.command == "add":
            add(args.files, args.seeds, args.db, progress, max_article_bytes=args.max_article_bytes, executor=executor)
        else:
            build(args.seeds, args.db, progress, max_article_bytes=args.max_article_bytes, executor=executor)
    except (BuildError, DatabaseUnavailable) as error:
        if _stops:
            raise  # the stop's doing, not the input's: main() says so
        progress.step("")  # clear the progress line
        print(error.line(), file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        executor.close()
    return 0


def _extraction_options(command: argparse.ArgumentParser, default_max_bytes: int) -> None:
    command.add_argument(
        "--max-article-bytes",
        type=_positive_int,
        default=default_max_bytes,
        metavar="N",
        help=f"refuse an article file larger than N bytes (default: {default_max_bytes})",
    )
    command.add_argument("--quiet", action="store_true", help="no progress display")
    command.add_argument(
        "--jobs", type=_positive_int, default=None, metavar="N", help="worker processes extracting articles (default: all cores)"
    )
    command.add_argument(
        "--executor",
        choices=["processes", "dask"],
        default="processes",
        help="where extraction runs: local processes (default) or a Dask cluster",
    )
    command.add_argument(
        "--scheduler", metavar="ADDRESS", help="the Dask scheduler's address, e.g. tcp://10.0.0.5:8786 (with --executor dask)"
    )


def add_export_command(commands: argparse._SubParsersAction) -> None:
    export_command = commands.add_parser(
        "export", help="write a complete SQLite file (for Datasette) from a database at a URL, e.g. PostgreSQL"
    )
    export_command.add_argument(
        "--from", dest="source", required=True, type=database, help="the database to read: a SQLAlchemy URL or a SQLite path"
    )
    export_command.add_argument("--db", type=Path, default=Path("xiaomi.db"), help="SQLite file to write (default: xiaomi.db)")


def run_export(args: argparse.Namespace) -> int:
    from db.engine import DatabaseUnavailable
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


def _stop_on_sigterm() -> None:
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _terminated)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not where Ctrl-C is ignored (a background job)
        signal.signal(signal.SIGINT, _interrupted)


def entry_point() -> None:
    """The `xiaomi-db` console script: the same subcommands and arguments."""
    _stop_on_sigterm()
    sys.exit(main(prog="xiaomi-db"))


if __name__ == "__main__":
    _stop_on_sigterm()
    sys.exit(main())
