"""Benchmark: Datasette serving a large database, page by page.

    python benchmarks/bench_serve.py --db big.db [--runs 5] [--limit-ms 500]
    python benchmarks/bench_serve.py --articles 10000      # generate, build, then serve

Serves the database on 127.0.0.1 as `make serve` does (`datasette xiaomi.db`
with this checkout's plugin, and any `--setting`s of the Makefile's serve
recipe), then times every page the README links and every canned query in
metadata.yml: a warm-up request, then the median of --runs. Values that name
a seed article (an article id, an organisation) are replaced by ones the
database holds. The plugin's response cache is off unless --cache is given,
so every request is rendered: the times are Datasette's, not the cache's.
Each line gives the time to the whole body and to its first byte; a streamed
export of a whole table (`_stream=on`) is judged by its first byte.
Not a test: machines differ.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
README_LINK = re.compile(r"<http://127\.0\.0\.1:8001(/[^>]*)>")


def served_settings() -> list[str]:
    """The `--setting NAME VALUE` pairs of the Makefile's serve recipe."""
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    recipe = re.search(r"^serve:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    pairs = re.findall(r"--setting\s+(\S+)\s+(\S+)", recipe.group(1) if recipe else "")
    return [part for name, value in pairs for part in ("--setting", name, value)]


def pages(db: Path, name: str) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        article = connection.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        organisation = connection.execute(
            "SELECT o.name FROM claims c JOIN organisations o ON o.id = c.subject_id "
            "GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    organisation = organisation[0] if organisation else "x"
    out = []
    for path in README_LINK.findall((PROJECT / "README.md").read_text(encoding="utf-8")):
        path = re.sub(r"^/xiaomi\b", f"/{name}", path)
        path = re.sub(r"/articles/[^/?]+", f"/articles/{urllib.parse.quote(article)}", path)
        path = re.sub(r"organisation=[^&]*", f"organisation={urllib.parse.quote(organisation)}", path)
        out.append(path)
    metadata = yaml.safe_load((PROJECT / "metadata.yml").read_text(encoding="utf-8"))
    for database in (metadata.get("databases") or {}).values():
        for query, spec in (database.get("queries") or {}).items():
            sql = spec["sql"] if isinstance(spec, dict) else spec
            parameters = [name for name in re.findall(r"(?<!:):(\w+)", sql) if not name.startswith("_")]
            values = {parameter: organisation if parameter == "organisation" else "" for parameter in parameters}
            query_string = urllib.parse.urlencode(values, quote_via=urllib.parse.quote)
            out.append(f"/{name}/{query}" + (f"?{query_string}" if values else ""))
    return list(dict.fromkeys(out))


def fetch(url: str) -> tuple[int, float, int, float]:
    """Status, milliseconds to the whole body, its size, milliseconds to the first byte of the body."""
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=300) as response:
            first = response.read(1)
            first_byte = time.perf_counter()
            body = first + response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        first_byte = time.perf_counter()
        body, status = error.read(), error.code
    return status, (time.perf_counter() - start) * 1000, len(body), (first_byte - start) * 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a built database")
    parser.add_argument("--articles", type=int, help="generate and build a corpus of this size first")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit-ms", type=float, default=500.0)
    parser.add_argument("--cache", action="store_true", help="serve with the plugin's response cache on")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        db = args.db
        if db is None:
            if not args.articles:
                parser.error("give --db PATH or --articles N")
            sys.path.insert(0, str(PROJECT / "benchmarks"))
            from make_corpus import generate

            generate(Path(scratch) / "corpus", args.articles, 1)
            db = Path(scratch) / "xiaomi.db"
            subprocess.run(
                [sys.executable, "-m", "loaders", "build", "--quiet", "--seeds", str(Path(scratch) / "corpus"), "--db", str(db)],
                cwd=PROJECT,
                check=True,
            )
        # The card's command in a folder of its own, the database linked in as xiaomi.db.
        folder = Path(scratch) / "serve"
        folder.mkdir()
        (folder / "xiaomi.db").symlink_to(db.resolve())
        port = free_port()
        command = [str(BIN / "datasette"), "xiaomi.db", "--host", "127.0.0.1", "--port", str(port), *served_settings()]
        environment = {**os.environ, "PYTHONPATH": str(PROJECT), "XIAOMI_DB_RESPONSE_CACHE": "on" if args.cache else "off"}
        failed = 0
        server = subprocess.Popen(command, cwd=folder, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(600):
                try:
                    fetch(base + "/-/versions.json")
                    break
                except OSError:
                    time.sleep(0.2)
            articles = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
            settings = " ".join(served_settings()) or "the plugin's"
            print(f"{db.name}: {articles} articles; settings: {settings}; response cache {'on' if args.cache else 'off'}")
            slow = 0
            print("   whole  first byte  status")
            for path in pages(db, "xiaomi"):
                status = fetch(base + path)[0]  # warm-up
                runs = [fetch(base + path) for _ in range(args.runs)]
                median = statistics.median(run[1] for run in runs)
                first_byte = statistics.median(run[3] for run in runs)
                # A streamed export of a whole table is judged by its first byte.
                judged = first_byte if "_stream=on" in path else median
                slow += judged > args.limit_ms
                failed += status != 200
                flag = "FAIL" if status != 200 else "SLOW" if judged > args.limit_ms else "ok"
                print(f"{median:8.0f} {first_byte:8.0f} ms  {status}  {flag:4}  {path}", flush=True)
            print(f"{slow} pages over {args.limit_ms:.0f} ms; {failed} not answered 200")
        finally:
            server.terminate()
            server.wait()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
