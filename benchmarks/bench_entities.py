"""Time entity extraction per doubling of pathological inputs (linear: ~2x per doubling).

python benchmarks/bench_entities.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract.entities import find_entities
from loaders.spans import Span
from tests.test_entities_linear import CATALOGUE, SHAPES


def main() -> None:
    sizes = [8_000, 16_000, 32_000, 64_000]
    print(f"{'shape':26s}" + "".join(f"{size // 1000:>7d}KB" for size in sizes) + "   ratio/doubling")
    for name, unit in SHAPES:
        times = []
        for size in sizes:
            text = unit * (size // len(unit))
            start = time.perf_counter()
            find_entities(text, [Span(0, len(text))], CATALOGUE)
            times.append(time.perf_counter() - start)
        ratio = (times[-1] / times[0]) ** (1 / (len(sizes) - 1)) if times[0] else 0
        print(f"{name:26s}" + "".join(f"{t:9.3f}" for t in times) + f"   {ratio:5.2f}")


if __name__ == "__main__":
    main()
