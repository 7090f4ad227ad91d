"""Benchmark: the server under load, with and without hostile queries running.

    python benchmarks/bench_serve_load.py [--db xiaomi.db] [--clients 50] [--requests 3000] [--seconds 30]

Starts `datasette xiaomi.db` (the card's command, so the project's plugin and
its bounds apply) on a free loopback port, then runs two phases:

1. `--clients` concurrent clients, each cycling through the ordinary pages —
   the articles list, a facet, a full-text search, a JSON export;
2. the same, while three more clients send hostile queries in a loop
   (a gigabyte blob, a two-gigabyte printf, a recursive count to a billion).

Each phase stops at `--requests` ordinary requests or `--seconds`, whichever
comes first. Reports requests/s, p50 and p99 latency of the ordinary pages,
errors (any status but 200, or no answer), and how the hostile queries were
answered. Traffic goes to 127.0.0.1 only. Not a test: machines differ.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PROJECT = Path(__file__).resolve().parent.parent
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, folder: Path) -> tuple[subprocess.Popen, str]:
    shutil.copyfile(db, folder / "xiaomi.db")
    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "datasette"), "xiaomi.db", "--host", HOST, "--port", str(port)],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/-/versions.json", timeout=2)
            return process, url
        except httpx.HTTPError:
            if process.poll() is not None:
                raise SystemExit("datasette exited before answering") from None
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("datasette did not answer within 60 s")


async def phase(url: str, clients: int, budget_requests: int, budget_seconds: float, hostile: bool) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    hostile_answers: dict[str, int] = {}
    hostile_latencies: list[float] = []
    sent = 0
    deadline = time.monotonic() + budget_seconds
    stop = asyncio.Event()
    # Idle connections are dropped before uvicorn's 5 s keep-alive ends, so a
    # request never races the server closing its connection.
    limits = httpx.Limits(max_connections=clients + len(HOSTILE) + 5, keepalive_expiry=2.0)

    async with httpx.AsyncClient(base_url=url, timeout=REQUEST_TIMEOUT_S, limits=limits) as client:

        async def ordinary(number: int) -> None:
            nonlocal sent
            index = number
            while not stop.is_set() and time.monotonic() < deadline and sent < budget_requests:
                sent += 1
                path = ORDINARY[index % len(ORDINARY)]
                index += 1
                start = time.perf_counter()
                try:
                    response = await client.get(path)
                    await response.aread()
                    if response.status_code != 200:
                        errors[f"{path}: {response.status_code}"] = errors.get(f"{path}: {response.status_code}", 0) + 1
                except httpx.HTTPError as error:
                    errors[f"{path}: {type(error).__name__}"] = errors.get(f"{path}: {type(error).__name__}", 0) + 1
                latencies.append(time.perf_counter() - start)

        async def attacker(path: str) -> None:
            while not stop.is_set() and time.monotonic() < deadline:
                start = time.perf_counter()
                try:
                    response = await client.get(path)
                    key = str(response.status_code)
                except httpx.HTTPError as error:
                    key = type(error).__name__
                hostile_latencies.append(time.perf_counter() - start)
                hostile_answers[key] = hostile_answers.get(key, 0) + 1

        attackers = [asyncio.create_task(attacker(path)) for path in HOSTILE] if hostile else []
        began = time.perf_counter()
        await asyncio.gather(*(ordinary(number) for number in range(clients)))
        elapsed = time.perf_counter() - began
        stop.set()
        await asyncio.gather(*attackers)

    ordered = sorted(latencies)
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "per_second": len(latencies) / elapsed if elapsed else 0.0,
        "p50": statistics.median(ordered) if ordered else float("nan"),
        "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else float("nan"),
        "errors": errors,
        "hostile": hostile_answers,
        "hostile_p50": statistics.median(hostile_latencies) if hostile_latencies else None,
    }


def report(name: str, result: dict) -> None:
    print(
        f"{name}: {result['requests']} requests in {result['seconds']:.1f} s = {result['per_second']:.0f}/s; "
        f"p50 {result['p50'] * 1000:.0f} ms, p99 {result['p99'] * 1000:.0f} ms; "
        f"errors {sum(result['errors'].values())} {result['errors'] or ''}"
    )
    if result["hostile"]:
        print(f"  hostile queries answered: {result['hostile']}, p50 {result['hostile_p50'] * 1000:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="database to serve (default: build seeds/ into a scratch file)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="ordinary requests per phase, at most")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds per phase, at most")
    args = parser.parse_args()

    load_before = os.getloadavg()
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
        serve_folder = scratch / "serve"
        serve_folder.mkdir()
        process, url = start_server(db, serve_folder)
        try:
            asyncio.run(phase(url, 5, 40, 10, hostile=False))  # warm up: caches, counts, connections
            quiet = asyncio.run(phase(url, args.clients, args.requests, args.seconds, hostile=False))
            loaded = asyncio.run(phase(url, args.clients, args.requests, args.seconds, hostile=True))
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"{args.clients} clients on {', '.join(ORDINARY)}; load average before: {load_before[0]:.1f} ({os.cpu_count()} cores)")
    report("ordinary pages alone", quiet)
    report("with 3 hostile queries running", loaded)
    return 0 if not quiet["errors"] and not loaded["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
