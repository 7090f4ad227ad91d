"""Benchmark: adding articles one at a time to a built database, against a full rebuild.

    python benchmarks/bench_add.py [--articles 1000] [--adds 5] [--corpora DIR] [--keep DIR] [--base-db PATH] [--no-rebuild]
    python benchmarks/bench_add.py --onto DB SEEDS --files FILE... [--beside CHECKOUT [--beside-db DB2]] [--pin-extractor] [--keep DIR]

Generates a corpus of N + K articles (make_corpus.py, seeded), takes K of
them out (spread over the corpus: an article added before, among and after
the others), builds the N, then times, as whole processes:
- K times `python -m loaders add ONE --seeds DIR --db PATH`, each file then
  put in the folder (the route each took: in place, or rebuilt from the
  extraction cache and why; how many articles were read again and how many
  claims regrouped);
- `python -m loaders build` of the enlarged folder into the same PATH (a
  rebuild reusing PATH's extraction cache: nothing extracted);
- the same build into a fresh file (no cache).
With `--base-db PATH` the first build is kept at PATH and, when PATH exists
(a build of the same N articles by the same program), copied instead of built
again: each trial adds to a copy of one build. Not a test: machines differ.
(That `add` gives what the full build gives is tested: tests/test_add_oracle.py.)

With `--onto DB SEEDS` nothing is generated nor built: each of `--files` is
added, as a process, to a fresh copy of DB (built from the folder SEEDS; the
folder copied as hard links), by this checkout and, with `--beside`, by
another checkout's code (main, say) on its own fresh copy right after it
(of `--beside-db`, where given: the same build at the revision that code
knows), so that both meet the same load; wall and CPU seconds, the route, and the
medians. `--pin-extractor` gives each add DB's extractor version (code that
differs from the build's in any loaders file has another version, and would
rebuild from the cache instead of adding in place). A database at an older
revision is migrated by the first add of this checkout's code; migrate a
copy once beforehand (`python -c "from db.engine import upgrade; upgrade('DB')"`)
to time adds alone.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "benchmarks"))

from bench_build import run  # noqa: E402
from make_corpus import generate  # noqa: E402

# `python -m loaders add`, its progress messages kept (the route taken) in a JSON file.
ADD_RECORDING = """
import json, sys
from pathlib import Path
from loaders.build import add
from loaders.progress import Progress

class Recorded(Progress):
    def __init__(self):
        self.enabled, self.messages = True, []
    def step(self, message):
        self.messages.append(message)
    def done(self, message):
        self.messages.append(message)

out, seeds, db, pinned, *files = sys.argv[1:]
if pinned:
    import loaders.build
    loaders.build.extractor_version = lambda: pinned
progress = Recorded()
add([Path(f) for f in files], Path(seeds), Path(db), progress)
Path(out).write_text(json.dumps(progress.messages))
"""


def _route(messages: list[str]) -> str:
    reason = next((m for m in messages if m.startswith("not in place")), None)
    if reason:
        return reason
    detail = [
        m for m in messages if m.startswith(("quotes and rows", "regrouping"))
    ]  # articles read again; quotes and claims regrouped
    return "in place: " + "; ".join(detail)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--adds", type=int, default=5, help="articles added, one at a time")
    parser.add_argument("--corpus-seed", type=int, default=1)
    parser.add_argument("--corpora", type=Path, help="keep generated corpora here and reuse them")
    parser.add_argument("--keep", type=Path, help="keep the database and folder here")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the two full builds after the adds")
    parser.add_argument(
        "--base-db",
        type=Path,
        help="keep the first build here and, when it exists, start from a copy of it instead of building",
    )
    parser.add_argument("--onto", nargs=2, type=Path, metavar=("DB", "SEEDS"), help="add to copies of this build instead")
    parser.add_argument("--files", nargs="+", type=Path, default=[], help="with --onto: the files to add, each on its own")
    parser.add_argument("--beside", type=Path, help="with --onto: another checkout whose add runs after each of this one's")
    parser.add_argument("--beside-db", type=Path, help="with --beside: its copies made of this build instead (same folder)")
    parser.add_argument("--pin-extractor", action="store_true", help="with --onto: run each add at DB's extractor version")
    args = parser.parse_args()
    if args.onto:
        return onto(args)

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(args.keep or scratch)
        scratch.mkdir(parents=True, exist_ok=True)
        corpora = args.corpora or scratch
        total = args.articles + args.adds
        enlarged = corpora / f"corpus-{total}-seed{args.corpus_seed}"
        if not enlarged.is_dir():
            generate(enlarged, total, args.corpus_seed)
        files = sorted(enlarged.glob("*.txt"))
        step = max(1, len(files) // args.adds)
        picks = [files[min(len(files) - 1, i * step + step // 2)] for i in range(args.adds - 1)] + [files[-1]]
        base, new = scratch / "base", scratch / "new"
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(new, ignore_errors=True)
        base.mkdir()
        new.mkdir()
        for path in files:
            shutil.copy(path, (new if path in picks else base) / path.name)
        db = scratch / "xiaomi.db"
        db.unlink(missing_ok=True)
        program = [sys.executable, "-m", "loaders"]
        if args.base_db and args.base_db.exists():
            shutil.copy(args.base_db, db)
            initial = None
        else:
            initial = run([*program, "build", "--quiet", "--seeds", str(base), "--db", str(db)])
            if args.base_db:
                shutil.copy(db, args.base_db)
        adds = []
        for path in picks:
            record = scratch / "add.json"
            result = run([sys.executable, "-c", ADD_RECORDING, str(record), str(base), str(db), "", str(new / path.name)])
            result["route"] = _route(json.loads(record.read_text()))
            adds.append((path.name, result))
            shutil.copy(new / path.name, base / path.name)
        rebuilds = []
        if not args.no_rebuild:
            rebuilds.append(
                ("rebuild with the cache", run([*program, "build", "--quiet", "--seeds", str(base), "--db", str(db)]))
            )
            fresh = scratch / "fresh.db"
            fresh.unlink(missing_ok=True)
            rebuilds.append(("rebuild without it", run([*program, "build", "--quiet", "--seeds", str(base), "--db", str(fresh)])))

    print(f"{args.articles} articles, then {args.adds} more, one at a time")
    if initial:
        print(f"  {'first build':24} {initial['seconds']:8.1f} s   peak {initial['maxrss_mib']:6.0f} MiB")
    for name, result in adds:
        print(f"  add {name:20} {result['seconds']:8.1f} s   peak {result['maxrss_mib']:6.0f} MiB   {result['route']}")
    times = [result["seconds"] for _, result in adds]
    in_place = sum(result["route"].startswith("in place") for _, result in adds)
    print(f"  {'add, median':24} {statistics.median(times):8.1f} s   ({in_place} of {len(adds)} in place)")
    for name, result in rebuilds:
        print(f"  {name:24} {result['seconds']:8.1f} s   peak {result['maxrss_mib']:6.0f} MiB")
    return 0


def _extractor_version(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT value FROM build_info WHERE name = 'extractor_version'").fetchone()[0]
    finally:
        connection.close()


def onto(args: argparse.Namespace) -> int:
    """Each file added to a fresh copy of one build, by this checkout and the one beside it."""
    base_db, seeds = args.onto
    pinned = _extractor_version(base_db) if args.pin_extractor else ""
    checkouts = [("this", PROJECT)] + ([("beside", args.beside.resolve())] if args.beside else [])
    databases = {"this": base_db, "beside": args.beside_db or base_db}
    results: dict[str, list[dict]] = {name: [] for name, _ in checkouts}
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(args.keep or scratch)
        scratch.mkdir(parents=True, exist_ok=True)
        for path in args.files:
            for name, checkout in checkouts:
                db, folder, record = scratch / "trial.db", scratch / "trial-seeds", scratch / "add.json"
                db.unlink(missing_ok=True)
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copy(databases[name], db)
                subprocess.run(["cp", "-al", str(seeds), str(folder)], check=True)  # hard links: the folder as it was
                command = [str(checkout / ".venv" / "bin" / "python"), "-c", ADD_RECORDING, str(record), str(folder), str(db)]
                result = run([*command, pinned, str(path.resolve())], cwd=checkout)
                result["route"] = _route(json.loads(record.read_text()))
                results[name].append(result)
                print(
                    f"  {name:6} {path.name:28} {result['seconds']:6.2f} s wall {result['cpu_s']:6.2f} s CPU"
                    f"  load {result['load']:4.1f}  {result['route']}",
                    flush=True,
                )
        db.unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
    for name, checkout in checkouts:
        found = results[name]
        print(
            f"{name} ({checkout}): median {statistics.median(r['seconds'] for r in found):.2f} s wall, "
            f"{statistics.median(r['cpu_s'] for r in found):.2f} s CPU, of {len(found)} adds "
            f"({sum(r['route'].startswith('in place') for r in found)} in place); load {min(r['load'] for r in found):.1f} "
            f"to {max(r['load'] for r in found):.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
