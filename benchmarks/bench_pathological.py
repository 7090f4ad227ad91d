"""Benchmark: extraction time on pathological texts, per doubling of their length.

    python benchmarks/bench_pathological.py [--sizes 8,16,32,64] [--timeout 60] [--shape NAME]

Each shape is a text a hostile or unlucky user could feed the build: the same
few characters repeated, so that any regex or loop that is not linear in the
length of its text shows it. For each shape and size (KB) the article goes
through the project's own per-article extraction (clean, segment, entities,
claims, and the quote pass), in a child process that is stopped after
--timeout seconds. Printed: seconds per size and the growth ratio per
doubling. A linear extractor doubles (ratio ~2); ~4 is quadratic, ~8 cubic.
Not a test: machines differ, ratios travel.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

# name -> (unit repeated, text around the repetition); "{n}" in a unit is its repeat's number
SHAPES: dict[str, tuple[str, str, str]] = {
    "dollar-one": ("", "$1 ", ""),
    "initials": ("", "A. ", ""),
    "honorifics": ("", "Mr. ", ""),
    "capitalised-words": ("", "Aa ", ""),
    "one-long-name": ("The ", "Big ", "Co"),
    "no-punctuation": ("", "river stone Harbor field lantern Orchard ", ""),
    "locative-list": ("", "In Xa, ", ""),
    "ampersand-names": ("", "Aa & Bb ", ""),
    "cut-short-names": ("", "Ab Hydropower Company and Ab Hydro. ", ""),
    "joiners-before-no-name": ("Kestrel Foods said. Aa", " para los", " x."),
    # a new organisation in every sentence, its first word alone in the next: as many names as sentences
    "many-organisations": ("", "Korv{n} Holdings said sales rose. Korv{n} reported a profit. ", ""),
}


def shape_text(name: str, size: int) -> str:
    head, unit, tail = SHAPES[name]
    repeats = max(1, (size - len(head) - len(tail)) // len(unit))
    if "{n}" in unit:
        return head + "".join(unit.replace("{n}", str(n)) for n in range(repeats)) + tail
    return head + unit * repeats + tail


def extract(text: str, catalogue: dict) -> float:
    """Seconds for one article's extraction, through the build's own entry points."""
    from loaders.build import extract_article
    from loaders.read import read_seed_files

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "pathological.txt").write_text(text, encoding="utf-8")
        (seed,) = read_seed_files(Path(folder), max_article_bytes=len(text.encode("utf-8")) + 1)
    start = time.perf_counter()
    article = extract_article(seed, catalogue)
    _quote_pass(article)
    return time.perf_counter() - start


def _quote_pass(article) -> None:
    """Quotes are a second pass in the build today (a role as speaker resolves
    against every article's roles); run it here unless extract_article did."""
    if getattr(article, "quotes", None):
        return
    from loaders.extract.quotes import find_quotes

    roles = [(r.person, r.title, r.organisation) for r in article.entities.roles]
    article.quotes = find_quotes(article.seed.text, article.layout.paragraphs, article.entities, roles)


def _child(text: str, catalogue: dict, results) -> None:
    results.put(extract(text, catalogue))


def timed(text: str, catalogue: dict, timeout: float) -> float | None:
    """Seconds, or None when the child did not finish within TIMEOUT."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=_child, args=(text, catalogue, results))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return results.get() if child.exitcode == 0 else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="8,16,32,64", help="sizes in KB, each usually double the last")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before one extraction is stopped")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only this shape (repeatable)")
    parser.add_argument("--no-catalogue", action="store_true", help="extract without seeds/catalogue.yml")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    from loaders.curated import load_curated

    catalogue = {} if args.no_catalogue else load_curated(PROJECT / "seeds", set()).catalogue
    extract("Acme Widgets said on Monday that sales rose 5% to $1.2 billion.", catalogue)  # imports, regex caches

    header = f"{'shape':<18}" + "".join(f"{str(size) + ' KB':>10}" for size in sizes) + "   growth per doubling"
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name in args.shape or list(SHAPES):
        seconds: list[float | None] = []
        for size in sizes:
            if seconds and seconds[-1] is None:
                seconds.append(None)  # the smaller size already timed out
                continue
            seconds.append(timed(shape_text(name, size * 1024), catalogue, args.timeout))
        ratios = []
        for before, after in itertools.pairwise(seconds):
            if before and after and before > 0:
                ratios.append(after / before)
                worst = max(worst, after / before)
        cells = "".join(f"{'>' + format(args.timeout, 'g') if s is None else format(s, '.3f'):>10}" for s in seconds)
        print(f"{name:<18}{cells}   {' '.join(f'{ratio:.1f}x' for ratio in ratios) or '-'}", flush=True)
    print(f"\nworst growth per doubling: {worst:.1f}x (linear ~2x); '>{args.timeout:g}': stopped after {args.timeout:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
