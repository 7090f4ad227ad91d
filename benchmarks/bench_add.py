"""Benchmark: adding one article to a built database, against a full rebuild.

    python benchmarks/bench_add.py [--articles 1000] [--corpora DIR] [--grouping-stand-in]

Generates a corpus of N articles plus one more (make_corpus.py, seeded),
builds the N, then times, as whole processes:
- `python -m loaders add NEW --seeds DIR --db PATH` (in place);
- `python -m loaders build` of the enlarged folder into the same PATH (a
  rebuild reusing PATH's extraction cache: only the new file is extracted);
- the same build into a fresh file (no cache).
Not a test: machines differ.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "benchmarks"))

from bench_build import GROUPING_STAND_IN, run  # noqa: E402
from make_corpus import generate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus-seed", type=int, default=1)
    parser.add_argument("--corpora", type=Path, help="keep generated corpora here and reuse them")
    parser.add_argument(
        "--grouping-stand-in", action="store_true", help="replace quote grouping (quadratic) by a linear exact-text stand-in"
    )
    args = parser.parse_args()

    program = [sys.executable, "-c", GROUPING_STAND_IN] if args.grouping_stand_in else [sys.executable, "-m", "loaders"]
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        corpora = args.corpora or scratch
        enlarged = corpora / f"corpus-{args.articles + 1}-seed{args.corpus_seed}"
        if not enlarged.is_dir():
            generate(enlarged, args.articles + 1, args.corpus_seed)
        base, new = scratch / "base", scratch / "new"
        base.mkdir()
        new.mkdir()
        files = sorted(enlarged.glob("*.txt"))
        for path in files[:-1]:
            shutil.copy(path, base / path.name)
        shutil.copy(files[-1], new / files[-1].name)
        db = scratch / "xiaomi.db"
        initial = run([*program, "build", "--quiet", "--seeds", str(base), "--db", str(db)])
        added = run([*program, "add", "--quiet", str(new / files[-1].name), "--seeds", str(base), "--db", str(db)])
        cached = run([*program, "build", "--quiet", "--seeds", str(enlarged), "--db", str(db)])
        fresh = run([*program, "build", "--quiet", "--seeds", str(enlarged), "--db", str(scratch / "fresh.db")])
    print(f"{args.articles} articles, then one more" + (" (quote grouping: linear stand-in)" if args.grouping_stand_in else ""))
    for name, result in [
        ("first build", initial),
        ("add one article", added),
        ("rebuild with the cache", cached),
        ("rebuild without it", fresh),
    ]:
        print(f"  {name:24} {result['seconds']:8.1f} s   peak {result['maxrss_mib']:6.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
