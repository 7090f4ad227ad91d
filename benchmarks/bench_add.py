"""Benchmark: adding articles one at a time to a built database, against a full rebuild.

    python benchmarks/bench_add.py [--articles 1000] [--adds 5] [--corpora DIR] [--keep DIR] [--base-db PATH] [--no-rebuild]

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
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
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

out, seeds, db, *files = sys.argv[1:]
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
    args = parser.parse_args()

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
            result = run([sys.executable, "-c", ADD_RECORDING, str(record), str(base), str(db), str(new / path.name)])
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


if __name__ == "__main__":
    sys.exit(main())
