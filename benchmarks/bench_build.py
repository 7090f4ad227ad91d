"""Benchmark: the cold build of a seed folder, as a whole process, against a baseline.

    python benchmarks/bench_build.py [--seeds seeds] [--runs 7]

Baseline: `sqlite-utils insert` of the same article texts into a fresh file,
also as a whole process. Runs alternate (baseline, build, baseline, ...) so
machine noise hits both alike; the figure to read is the ratio of medians.
Not a test: machines differ, ratios travel.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=PROJECT, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=PROJECT / "seeds")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        texts = scratch / "texts.json"
        texts.write_text(json.dumps([
            {"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in sorted(args.seeds.glob("*.txt"))
        ]))
        baseline, build = [], []
        for run in range(args.runs):
            baseline.append(timed([str(BIN / "sqlite-utils"), "insert", str(scratch / f"base{run}.db"), "articles", str(texts), "--pk", "id"]))
            build.append(timed([sys.executable, "-m", "loaders", "build", "--quiet", "--seeds", str(args.seeds), "--db", str(scratch / f"build{run}.db")]))

    base_median, build_median = statistics.median(baseline), statistics.median(build)
    print(f"articles: {len(list(args.seeds.glob('*.txt')))}, runs: {args.runs}")
    print(f"baseline (sqlite-utils insert) median: {base_median * 1000:.0f} ms")
    print(f"build (python -m loaders build) median: {build_median * 1000:.0f} ms")
    print(f"ratio build/baseline: {build_median / base_median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
