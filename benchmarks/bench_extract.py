"""Benchmark: the per-article cost of extraction, in CPU milliseconds.

    python benchmarks/bench_extract.py FOLDER [--repeat 3] [--profile first|second] [--top 40]

For every article of FOLDER (a seeds folder: *.txt), in this process:
- first pass: `extract_article` (clean, segment, entities, claims);
- the extraction cache's `dump` of it, and its `load` (a build reads each
  payload back twice);
- second pass: `_with_quotes` (quotes, after the corpus's names are carried
  across articles and its roles indexed).
Each is timed with the process's CPU clock, the best of --repeat runs per
article (CPU time and best-of keep other work on a shared machine out of the
figures); the first article is extracted once before timing (vocabulary and
caches load then). Printed: median, 95th percentile and mean per article.
--profile runs cProfile over one pass and prints its --top functions.
Not a test: machines differ; compare figures taken side by side.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from loaders import build, cache  # noqa: E402
from loaders.curated import load_curated  # noqa: E402
from loaders.extract.entities.consistency import CorpusNames, name_summary  # noqa: E402
from loaders.extract.quotes import RoleIndex  # noqa: E402
from loaders.read import read_seed_files  # noqa: E402


def best_of(repeat: int, fn: Callable, *args: Any) -> tuple[float, Any]:
    """(milliseconds of CPU, result): the fastest of `repeat` calls."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = fn(*args)
        best = min(best, time.process_time() - start)
    return best * 1000, result


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered):7.2f}  p95 {p95:7.2f}  mean {statistics.mean(ordered):7.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", choices=["first", "second"])
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()

    seeds = read_seed_files(args.folder)
    catalogue = load_curated(args.folder, {seed.id for seed in seeds}).catalogue
    build.extract_article(seeds[0], catalogue)  # warm-up: vocabulary, gazetteer, given names
    profile = cProfile.Profile()
    first, dumps, loads, second, payloads = [], [], [], [], []
    for seed in seeds:
        if args.profile == "first":
            profile.enable()
        milliseconds, article = best_of(args.repeat, build.extract_article, seed, catalogue)
        profile.disable()
        first.append(milliseconds)
        milliseconds, payload = best_of(args.repeat, cache.dump, article)
        dumps.append(milliseconds)
        payloads.append(payload)
        loads.append(best_of(args.repeat, cache.load, payload, seed)[0])
    # The corpus's names (reduce) and the roles every article states, as the build makes them.
    corpus = CorpusNames()
    for seed, payload in zip(seeds, payloads, strict=True):
        corpus.add(name_summary(seed.text, cache.load(payload, seed).entities))
    names = corpus.finish()
    stored = list(zip(seeds, payloads, strict=True))
    roles = RoleIndex(role for item in stored for role in build._roles(item, names))
    for item in stored:
        if args.profile == "second":
            profile.enable()
        second.append(best_of(args.repeat, build._with_quotes, item, (names, roles))[0])
        profile.disable()

    print(f"{args.folder}: {len(seeds)} articles, CPU ms per article (best of {args.repeat})")
    for name, values in [
        ("first pass (extract_article)", first),
        ("cache.dump", dumps),
        ("cache.load", loads),
        ("second pass (_with_quotes)", second),
    ]:
        print(f"  {name:30s} {summary(values)}")
    if args.profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
