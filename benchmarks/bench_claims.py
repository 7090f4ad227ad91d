"""Benchmark: claim extraction time per doubling of pathological inputs.

    python benchmarks/bench_claims.py [--sizes 16 32 64 128]

For each shape (a short unit repeated to N KB in one sentence), prints seconds
per size and the ratio of each time to the previous: a linear extractor stays
near 2 per doubling. Not a test: machines differ, ratios travel.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract.claims import find_claims  # noqa: E402
from loaders.extract.types import EntityFindings  # noqa: E402
from loaders.spans import Span  # noqa: E402

SHAPES = {
    "dollar numbers": "$1 ", "percentages": "5% ", "two currencies": "$1 ($2 ", "crore": "Rs 1 crore ",
    "spelled ranges": "seven to ", "digit run": "1", "comma groups": "1,", "hyphen ranges": "1-",
    "counted nouns": "5 big ", "years": "2015 ", "clock times": "at 11:45 ",
    "mixed": "Acme's profit fell 5% to $1bn in 2015 at the close, ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 32, 64, 128], help="sizes in KB")
    sizes = parser.parse_args().sizes
    print(f"{'shape':<16}" + "".join(f"{size:>8} KB" for size in sizes) + "   ratios per doubling")
    for name, unit in SHAPES.items():
        times = []
        for size in sizes:
            text = (unit * (size * 1024 // len(unit) + 1))[: size * 1024]
            started = time.perf_counter()
            find_claims(text, [Span(0, len(text))], EntityFindings(), "2020-01-01")
            times.append(time.perf_counter() - started)
        ratios = " ".join(f"{b / a:.1f}" if a > 0.001 else "-" for a, b in zip(times, times[1:]))
        print(f"{name:<16}" + "".join(f"{t:>9.2f}s" for t in times) + f"   {ratios}")


if __name__ == "__main__":
    main()
