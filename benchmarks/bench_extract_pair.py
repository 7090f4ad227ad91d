"""Benchmark: the first pass of two checkouts, article by article, in one process.

    python benchmarks/bench_extract_pair.py FOLDER --against CHECKOUT [--repeat 3]

On a shared machine two runs of `bench_extract.py`, one after the other or even
side by side, differ by as much as a tenth from load alone. Here both checkouts'
`loaders` packages are copied (as committed: `git archive HEAD`) into a temporary
folder under two names, their imports renamed, and each article of FOLDER is
extracted by one then the other, best of --repeat CPU times each, so that both
see the same moment's load. Printed: median, 95th percentile and mean CPU ms per
article for each, and the ratio this/against per article. Same output is not
checked here: build both and compare the tables for that.
Not a test: machines differ; the ratio travels better than the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent


def _copy(checkout: Path, name: str, into: Path) -> None:
    """The checkout's committed `loaders` as the package `name`, its imports of itself renamed."""
    archive = subprocess.run(["git", "-C", str(checkout), "archive", "HEAD", "loaders"], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into / "unpacked", filter="data")
    (into / "unpacked" / "loaders").rename(into / name)
    for path in (into / name).rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        source = re.sub(r"\b(from|import) loaders\b", rf"\1 {name}", source)
        source = re.sub(r"(?<![\w.])loaders\.(?=\w)", f"{name}.", source)
        path.write_text(source, encoding="utf-8")


def _summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered):7.2f}  p95 {p95:7.2f}  mean {statistics.mean(ordered):7.2f}"


def pair_arguments(description: str | None, repeat: int) -> argparse.Namespace:
    """The command line every pair benchmark takes: a folder, the other checkout, repeats."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="the other checkout (e.g. main's)")
    parser.add_argument("--repeat", type=int, default=repeat)
    return parser.parse_args()


@contextlib.contextmanager
def both_checkouts(against: Path) -> Iterator[dict[str, str]]:
    """Both checkouts' loaders importable side by side, as {label: package name}."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        names = {"this": "loaders_this", "against": "loaders_against"}
        _copy(PROJECT, names["this"], folder)
        _copy(against.resolve(), names["against"], folder)
        sys.path.insert(0, str(folder))
        yield names


def main() -> int:
    args = pair_arguments(__doc__, repeat=3)
    with both_checkouts(args.against) as names:
        loaded: dict[str, tuple[Any, list, dict]] = {}
        for label, name in names.items():
            build = importlib.import_module(f"{name}.build")
            seeds = importlib.import_module(f"{name}.read").read_seed_files(args.folder)
            catalogue = importlib.import_module(f"{name}.curated").load_curated(args.folder, {s.id for s in seeds}).catalogue
            build.extract_article(seeds[0], catalogue)  # warm-up: vocabulary, gazetteer, given names
            loaded[label] = (build, seeds, catalogue)
        times: dict[str, list[float]] = {label: [] for label in loaded}
        for index in range(len(loaded["this"][1])):
            best = dict.fromkeys(loaded, float("inf"))
            for _ in range(args.repeat):
                for label, (build, seeds, catalogue) in loaded.items():
                    start = time.process_time()
                    build.extract_article(seeds[index], catalogue)
                    best[label] = min(best[label], time.process_time() - start)
            for label in loaded:
                times[label].append(best[label] * 1000)

    print(f"{args.folder}: {len(times['this'])} articles, first pass, CPU ms per article (best of {args.repeat}, interleaved)")
    print(f"  this     {PROJECT}: {_summary(times['this'])}")
    print(f"  against  {args.against}: {_summary(times['against'])}")
    ratios = sorted(a / b for a, b in zip(times["this"], times["against"], strict=True))
    print(f"  this/against per article: median {statistics.median(ratios):.3f}  mean {statistics.mean(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
