"""Serve the database with one Datasette process per core: `make serve`.

    python -m db.datasette_plugin.serve xiaomi.db [more.db ...] [--host 127.0.0.1] [--port 8001]
        [--workers N] [--setting NAME VALUE ...]

Datasette renders every page in Python on one event loop, so one process
uses one core for pages however many the machine has. This runs `--workers`
processes (default: one per core, at most MAX_WORKERS), each a complete
Datasette with the project's plugin, as `datasette xiaomi.db` serves it,
all listening on the same port (SO_REUSEPORT: the kernel spreads the
connections between them). What they share:

- the lane for SQL that visitors write (`?sql=`, `_where=`): a lock file
  (XIAOMI_DB_VISITOR_SQL_LOCK), so that such queries, which may run to the
  time limit on a full core, still run one at a time across all processes
  and never take more than one core from the pages;
- the pages they render: each keeps its response cache in memory, and
  writes what it renders to a folder the others read before rendering a
  page themselves (cache.SharedStore).

A process that dies is started again. Ctrl-C or SIGTERM stops them all.
`datasette xiaomi.db` still works as before (one process).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import signal
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from loaders.executors import stop_with_parent

MAX_WORKERS = 8
VISITOR_SQL_LOCK = "XIAOMI_DB_VISITOR_SQL_LOCK"  # as lanes.VISITOR_SQL_LOCK
SHARED_CACHE_FOLDER = "XIAOMI_DB_SHARED_CACHE"  # as the plugin's SHARED_CACHE_FOLDER
RESTART_PAUSE_S = 1.0


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m db.datasette_plugin.serve", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path, help="database files to serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--workers", type=int, default=min(os.cpu_count() or 1, MAX_WORKERS), help="processes (default: cores)")
    parser.add_argument("--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="a Datasette setting")
    parser.add_argument("--log-level", default="warning", help="uvicorn's log level (default: warning)")
    return parser.parse_args(argv)


def port_socket(host: str, port: int) -> socket.socket:
    """A socket bound to the port that other processes may bind too (SO_REUSEPORT).
    Only listening ones get connections: the supervisor keeps one bound and
    not listening, so that no other program takes the port between restarts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Named as TCP, as the sockets uvicorn opens itself are: asyncio turns
    # Nagle's algorithm off only for those, and with it on a response sent in
    # two writes (headers, then body) waited for the client's delayed ACK,
    # 40 ms a request.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def settings_from(pairs: list[list[str]]) -> dict[str, Any]:
    from datasette.app import SETTINGS

    defaults = {setting.name: setting.default for setting in SETTINGS}
    out: dict[str, Any] = {}
    for name, value in pairs:
        if name not in defaults:
            raise SystemExit(f"serve: unknown setting {name!r}")
        default = defaults[name]
        if isinstance(default, bool):
            out[name] = value.lower() in {"1", "on", "true", "yes"}
        elif isinstance(default, int):
            out[name] = int(value)
        else:
            out[name] = value
    return out


def worker(files: list[str], settings: dict[str, Any], host: str, port: int, log_level: str, ready: Any) -> None:
    """One process: Datasette as its command line would build it, listening on its own socket."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor stops the workers with SIGTERM
    stop_with_parent()  # no worker is left holding the port when the supervisor dies, however it dies
    # Listening before anything else: the kernel spreads connections only
    # between sockets that listen, so every process takes its share from the
    # first request on (those that arrive during start-up wait in the backlog).
    sock = port_socket(host, port)
    sock.listen(2048)
    import uvicorn
    from datasette.app import Datasette
    from datasette.cli import run_sync

    datasette = Datasette(files, settings=settings, cache_headers=True)
    run_sync(datasette.invoke_startup)
    ready.set()
    config = uvicorn.Config(datasette.app(), log_level=log_level, lifespan="on", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    missing = [str(path) for path in args.files if not path.is_file()]
    if missing:
        print(f"serve: no database file {missing[0]}", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("serve: --workers must be at least 1", file=sys.stderr)
        return 2
    settings = settings_from(args.setting)
    try:
        sock = port_socket(args.host, args.port)
    except OSError as error:
        print(f"serve: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="xiaomi-db-serve-") as scratch:
        os.environ[VISITOR_SQL_LOCK] = str(Path(scratch) / "visitor-sql.lock")
        (Path(scratch) / "pages").mkdir()
        os.environ[SHARED_CACHE_FOLDER] = str(Path(scratch) / "pages")
        context = multiprocessing.get_context("spawn")
        files = [str(path) for path in args.files]

        readiness: dict[int, Any] = {}

        def start() -> multiprocessing.process.BaseProcess:
            ready = context.Event()
            process = context.Process(
                target=worker, args=(files, settings, args.host, args.port, args.log_level, ready), daemon=True
            )
            process.start()
            readiness[id(process)] = ready
            return process

        stopping = False

        def stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        processes = [start() for _ in range(args.workers)]
        print(
            f"Serving {', '.join(files)} on http://{args.host}:{args.port} with {args.workers} processes (Ctrl-C stops)",
            file=sys.stderr,
        )
        status = 0
        while not stopping:
            time.sleep(0.2)
            for number, process in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                if not readiness.pop(id(process)).is_set():
                    # It could not start (its error is above): another would not either.
                    print(f"serve: process {process.pid} exited ({process.exitcode}) while starting; stopping", file=sys.stderr)
                    stopping, status = True, 1
                    break
                readiness.pop(id(process), None)
                print(f"serve: process {process.pid} exited ({process.exitcode}); starting another", file=sys.stderr)
                time.sleep(RESTART_PAUSE_S)
                processes[number] = start()
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
        with contextlib.suppress(OSError):
            sock.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
