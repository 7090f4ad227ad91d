"""Benchmark: the server under load, with and without hostile queries running.

    python benchmarks/bench_serve_load.py [--db xiaomi.db] [--clients 50] [--requests 3000] [--seconds 30]
        [--mix fixed|long-tail|both] [--urls 3000] [--zipf 1.0] [--seed 1] [--uncached]
        [--serve make-serve|datasette|both] [--workers N]
        [--compare-with /path/to/other/checkout] [--compare-serve datasette|make-serve]

Starts what `make serve` runs (`--serve make-serve`, the default: one
Datasette process per core, db/datasette_plugin/serve.py; `--workers N` to
choose) or the card's own command, `datasette xiaomi.db` (`--serve
datasette`; `both` measures each), so the project's plugin and its bounds
apply (the plugin of this checkout), on a free loopback port, then runs two
phases:

1. `--clients` concurrent clients sending ordinary requests: with `--mix
   fixed`, each cycles through four pages (the articles list, a facet, a
   full-text search, a JSON export), which after the first round are all
   answered from the response cache; with `--mix long-tail` (the default),
   each draws from `--urls` distinct paths read from the database itself
   (article pages, row pages, filtered tables, facets on several columns and
   values, searches of words the articles print, JSON and CSV exports,
   canned queries with parameters: serve_urls.py), with Zipf-distributed
   popularity (`--zipf` s; a seeded draw), so the cache sees repeats and
   first requests as a public server would;
2. the same, while three more clients send hostile queries in a loop
   (a gigabyte blob, a two-gigabyte printf, a recursive count to a billion).

Each phase stops at `--requests` ordinary requests or `--seconds`, whichever
comes first. Each phase starts a fresh server (an empty cache), warmed by
the index pages alone (the long tail) or by its four pages (fixed), and
reports the share of ordinary requests answered from the cache (the
X-Cache header) and the p50/p99 of hits and misses apart, the misses by
kind of page, and the p50/p99 of the requests sent after the first
START_S seconds (the cold start, when no page is in any cache yet, apart). `--uncached` also measures this checkout with its response
cache off (XIAOMI_DB_RESPONSE_CACHE=off): every request rendered. Reports requests/s, p50 and p99 latency of the ordinary pages,
errors (any status but 200, or no answer), and how the hostile queries were
answered, with the load average over the phase and the CPU seconds the
server (all its processes) and the clients used. `--compare-with DIR` also
serves the database with the plugin of another checkout (e.g. the main
branch; with `datasette xiaomi.db` unless `--compare-serve make-serve`) and
runs its phases interleaved with this one's, so both see the same machine
load.
Traffic goes to 127.0.0.1 only. Not a test: machines differ.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_urls import ZipfChooser, long_tail_urls, path_quote  # noqa: E402

BIN = Path(sys.executable).parent
HOST = "127.0.0.1"  # loopback only

ORDINARY = [
    "/xiaomi/articles",
    "/xiaomi/claims?_facet=metric",
    "/xiaomi/sentences.json?_search=sales",
    "/xiaomi/mentions.json?_shape=array&_size=max",
]
HOSTILE = [
    "/xiaomi.json?sql=select+length(randomblob(1000000000))",
    "/xiaomi.json?sql=select+length(printf('%25.*c',+2000000000,+'x'))",
    "/xiaomi.json?sql=with+recursive+c(n)+as+(select+1+union+all+select+n%2B1+from+c+where+n<1000000000)+select+count(*)+from+c",
]
REQUEST_TIMEOUT_S = 60
# The first seconds of a phase are a cold start (every client asks for a page
# no process has rendered yet); figures for the requests sent after them are
# reported apart, as the server's steady state.
START_S = 5.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# What serves: the card's command, or what `make serve` runs (serve.py: one process per core).
SERVE_COMMANDS = {
    "datasette": lambda port, workers: [str(BIN / "datasette"), "xiaomi.db", "--host", HOST, "--port", str(port)],
    "make-serve": lambda port, workers: [
        sys.executable,
        "-m",
        "db.datasette_plugin.serve",
        "xiaomi.db",
        "--host",
        HOST,
        "--port",
        str(port),
        *(["--workers", str(workers)] if workers else []),
    ],
}


def start_server(
    db: Path, folder: Path, project: Path, cache: bool, serve: str = "datasette", workers: int | None = None
) -> tuple[subprocess.Popen, str]:
    """`datasette xiaomi.db` (or `make serve`'s command) in folder, with the plugin of the checkout at project."""
    if not (folder / "xiaomi.db").exists():
        folder.mkdir()
        shutil.copyfile(db, folder / "xiaomi.db")
    port = free_port()
    process = subprocess.Popen(
        SERVE_COMMANDS[serve](port, workers),
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(project), "XIAOMI_DB_RESPONSE_CACHE": "on" if cache else "off"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=2).read()
            return process, url
        except OSError:
            if process.poll() is not None:
                raise SystemExit("datasette exited before answering") from None
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("datasette did not answer within 60 s")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time so far of a process and of its children
    still running (the server's worker processes), from Linux's /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return float("nan")
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children += [int(child) for child in task.read_text().split()]
        except OSError:
            continue
    return own + sum(cpu_seconds(child) for child in children)


class Mix:
    """What the ordinary clients ask for: `next(client_number)` gives a (kind, path)."""

    def __init__(self, name: str, urls: list[tuple[str, str]], zipf: float | None, seed: int) -> None:
        self.name, self.urls, self.seed = name, urls, seed
        self.chooser = ZipfChooser(urls, zipf) if zipf is not None else None
        self.positions: dict[int, int] = {}
        self.generators: dict[int, random.Random] = {}

    def next(self, client: int) -> tuple[str, str]:
        if self.chooser is None:  # cycle, each client starting at its own page
            position = self.positions.get(client, client)
            self.positions[client] = position + 1
            return self.urls[position % len(self.urls)]
        rng = self.generators.setdefault(client, random.Random(self.seed * 1_000_003 + client))
        return self.chooser.choose(rng)


def phase(url: str, server_pid: int, clients: int, budget_requests: int, budget_seconds: float, hostile: bool, mix: Mix) -> dict:
    """One phase, with the machine's load and the CPU the server and these clients used."""
    server_before, clients_before = cpu_seconds(server_pid), time.process_time()
    result = asyncio.run(run_clients(url, clients, budget_requests, budget_seconds, hostile, mix))
    result["server_cpu"] = cpu_seconds(server_pid) - server_before
    result["client_cpu"] = time.process_time() - clients_before
    result["load"] = os.getloadavg()[0]
    return result


class Connection:
    """One keep-alive HTTP/1.1 connection, as a load generator such as wrk
    keeps: a plain GET and a read of the status and body, with none of a
    full client's per-request work, so that the clients (Python, on the same
    cores) cost the server as little CPU as possible."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes, dict[str, str]]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        try:
            return await asyncio.wait_for(self._exchange(path), REQUEST_TIMEOUT_S)
        except BaseException:
            self.close()
            raise

    async def _exchange(self, path: str) -> tuple[int, bytes, dict[str, str]]:
        assert self.reader is not None and self.writer is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("latin-1"))
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            body = b"".join(parts)
        else:
            body = await self.reader.read()
            self.close()
        if headers.get("connection", "").lower() == "close":
            self.close()
        return int(status_line.split()[1]), body, headers

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_clients(url: str, clients: int, budget_requests: int, budget_seconds: float, hostile: bool, mix: Mix) -> dict:
    latencies: list[float] = []
    by_cache: dict[str, list[float]] = {"hit": [], "miss": [], "not cached": []}
    missed_by_kind: dict[str, list[float]] = {}
    timeline: list[tuple[float, float]] = []  # (sent, seconds after the phase began; latency)
    distinct: set[str] = set()
    errors: dict[str, int] = {}
    hostile_answers: dict[str, int] = {}
    hostile_latencies: list[float] = []
    sent = 0
    deadline = time.monotonic() + budget_seconds
    stop = asyncio.Event()
    host, port = url.removeprefix("http://").split(":")

    async def ordinary(number: int) -> None:
        nonlocal sent
        connection = Connection(host, int(port))
        while not stop.is_set() and time.monotonic() < deadline and sent < budget_requests:
            sent += 1
            kind, path = mix.next(number)
            distinct.add(path)
            cache = "not cached"
            start = time.perf_counter()
            try:
                status, _, headers = await connection.get(path_quote(path))
                cache = headers.get("x-cache", cache)
                if status != 200:
                    errors[f"{path}: {status}"] = errors.get(f"{path}: {status}", 0) + 1
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as error:
                errors[f"{path}: {type(error).__name__}"] = errors.get(f"{path}: {type(error).__name__}", 0) + 1
            latencies.append(time.perf_counter() - start)
            timeline.append((start - began, latencies[-1]))
            by_cache.setdefault(cache, []).append(latencies[-1])
            if cache != "hit":
                missed_by_kind.setdefault(kind, []).append(latencies[-1])
        connection.close()

    async def attacker(path: str) -> None:
        connection = Connection(host, int(port))
        while not stop.is_set() and time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                status, _, _ = await connection.get(path)
                key = str(status)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as error:
                key = type(error).__name__
            hostile_latencies.append(time.perf_counter() - start)
            hostile_answers[key] = hostile_answers.get(key, 0) + 1
        connection.close()

    began = time.perf_counter()
    attackers = [asyncio.create_task(attacker(path)) for path in HOSTILE] if hostile else []
    await asyncio.gather(*(ordinary(number) for number in range(clients)))
    elapsed = time.perf_counter() - began
    stop.set()
    await asyncio.gather(*attackers)

    return {
        "requests": len(latencies),
        "distinct": len(distinct),
        "seconds": elapsed,
        "per_second": len(latencies) / elapsed if elapsed else 0.0,
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "by_cache": {
            name: (len(values), percentile(values, 0.5), percentile(values, 0.99)) for name, values in by_cache.items() if values
        },
        "after_start": [latency for sent, latency in timeline if sent >= START_S],
        "missed_by_kind": {
            kind: (len(values), percentile(values, 0.5), percentile(values, 0.99)) for kind, values in missed_by_kind.items()
        },
        "errors": errors,
        "hostile": hostile_answers,
        "hostile_p50": statistics.median(hostile_latencies) if hostile_latencies else None,
    }


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if share != 0.5 else statistics.median(ordered)


def report(name: str, result: dict) -> None:
    print(
        f"{name}: {result['requests']} requests ({result['distinct']} distinct URLs) in {result['seconds']:.1f} s = "
        f"{result['per_second']:.0f}/s; p50 {result['p50'] * 1000:.0f} ms, p99 {result['p99'] * 1000:.0f} ms; "
        f"errors {sum(result['errors'].values())} {dict(list(result['errors'].items())[:5]) or ''}"
    )
    later = result["after_start"]
    if later:
        print(
            f"  sent after the first {START_S:.0f} s: {len(later)} requests, "
            f"p50 {percentile(later, 0.5) * 1000:.0f} ms, p99 {percentile(later, 0.99) * 1000:.0f} ms"
        )
    hits = result["by_cache"].get("hit", (0,))[0]
    print(
        f"  cache hits {hits / result['requests']:.0%}; "
        + "; ".join(
            f"{name} {count}: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms"
            for name, (count, p50, p99) in result["by_cache"].items()
        )
    )
    if len(result["missed_by_kind"]) > 1:
        print(
            "  not from the cache, by kind: "
            + "; ".join(
                f"{kind} {count}: p50 {p50 * 1000:.0f}, p99 {p99 * 1000:.0f} ms"
                for kind, (count, p50, p99) in sorted(result["missed_by_kind"].items(), key=lambda item: -item[1][2])
            )
        )
    print(
        f"  CPU: server {result['server_cpu']:.1f} s, clients {result['client_cpu']:.1f} s; "
        f"load average (1 min) after the phase {result['load']:.1f}"
    )
    if result["hostile"]:
        print(f"  hostile queries answered: {result['hostile']}, p50 {result['hostile_p50'] * 1000:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="database to serve (default: build seeds/ into a scratch file)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=100_000, help="ordinary requests per phase, at most")
    parser.add_argument("--seconds", type=float, default=20.0, help="seconds per phase, at most")
    parser.add_argument(
        "--mix", choices=["fixed", "long-tail", "both"], default="long-tail", help="ordinary requests (default: long-tail)"
    )
    parser.add_argument("--urls", type=int, default=3000, help="distinct paths in the long tail (default: 3000)")
    parser.add_argument("--zipf", type=float, default=1.0, help="Zipf exponent of the long tail's popularity (default: 1.0)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the long tail's URLs and draws (default: 1)")
    parser.add_argument("--uncached", action="store_true", help="also measure this checkout with its response cache off")
    parser.add_argument("--compare-with", type=Path, metavar="DIR", help="another checkout whose plugin to measure alongside")
    parser.add_argument(
        "--serve",
        choices=[*SERVE_COMMANDS, "both"],
        default="make-serve",
        help="what serves this checkout: `make serve`'s command (default), plain `datasette xiaomi.db`, or both",
    )
    parser.add_argument("--workers", type=int, help="processes for make-serve (default: its own, one per core)")
    parser.add_argument(
        "--compare-serve",
        choices=list(SERVE_COMMANDS),
        default="datasette",
        help="what serves the --compare-with checkout (default: datasette, which every checkout has)",
    )
    args = parser.parse_args()

    # name: (checkout, response cache on, serve command)
    serves = list(SERVE_COMMANDS) if args.serve == "both" else [args.serve]
    projects = {f"this checkout ({serve})": (PROJECT, True, serve) for serve in serves}
    if args.uncached:
        projects[f"this checkout ({serves[0]}), response cache off"] = (PROJECT, False, serves[0])
    if args.compare_with:
        projects[f"{args.compare_with} ({args.compare_serve})"] = (args.compare_with.resolve(), True, args.compare_serve)
    load_before = os.getloadavg()
    results: dict[str, dict[str, dict]] = {name: {} for name in projects}
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        db = args.db
        if db is None:
            db = scratch / "built.db"
            subprocess.run(
                [sys.executable, "-m", "loaders", "build", "--seeds", "seeds", "--db", str(db), "--quiet"],
                cwd=PROJECT,
                check=True,
            )
        mixes = []
        if args.mix in ("fixed", "both"):
            mixes.append(Mix("fixed", [("fixed", path) for path in ORDINARY], None, args.seed))
        if args.mix in ("long-tail", "both"):
            urls = long_tail_urls(db, args.urls, args.seed)
            mixes.append(Mix("long-tail", urls, args.zipf, args.seed))
        for mix in mixes:
            for hostile in (False, True):
                for number, (name, (project, cache, serve)) in enumerate(projects.items()):
                    # A fresh server per phase: every phase starts with an empty cache.
                    process, url = start_server(db, scratch / f"serve{number}", project, cache, serve, args.workers)
                    try:
                        warm = Mix(
                            "warm-up", mix.urls if mix.name == "fixed" else [("index", "/"), ("index", "/xiaomi")], None, 0
                        )
                        phase(url, process.pid, 10, 80, 10, hostile=False, mix=warm)  # counts, connections, each process
                        label = f"{mix.name}, " + ("with 3 hostile queries running" if hostile else "ordinary requests alone")
                        results[name][label] = phase(url, process.pid, args.clients, args.requests, args.seconds, hostile, mix)
                    finally:
                        process.terminate()
                        process.wait(timeout=30)
    print(f"{args.clients} clients; load average before: {load_before[0]:.1f} ({os.cpu_count()} cores)")
    for mix in mixes:
        if mix.chooser is None:
            print(f"  fixed: {', '.join(path for _, path in mix.urls)}")
        else:
            kinds: dict[str, int] = {}
            for kind, _ in mix.urls:
                kinds[kind] = kinds.get(kind, 0) + 1
            print(f"  long-tail: {len(mix.urls)} distinct paths (seed {args.seed}), Zipf s={args.zipf}: {kinds}")
    failed = False
    for name, phases in results.items():
        print(f"== {name}")
        for label, result in phases.items():
            report(label, result)
            failed |= bool(result["errors"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
