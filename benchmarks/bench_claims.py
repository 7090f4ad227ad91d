"""Benchmark: claim extraction and grouping, time per doubling.

    python benchmarks/bench_claims.py [--sizes 16 32 64 128] [--articles 2000 4000 8000 16000]

Extraction: for each pathological shape (a short unit repeated to N KB in one
sentence), seconds per size and the ratio of each time to the previous.
Grouping: a generated corpus of short articles about 300 companies, the
seconds `group_claims` takes per number of articles. Linear work stays near
2 per doubling. Not a test: machines differ, ratios travel.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.extract.claims import find_claims
from loaders.extract.types import EntityFindings, Mention
from loaders.group.claims import Member, group_claims
from loaders.spans import Span, slug

SHAPES = {
    "dollar numbers": "$1 ",
    "percentages": "5% ",
    "two currencies": "$1 ($2 ",
    "crore": "Rs 1 crore ",
    "spelled ranges": "seven to ",
    "digit run": "1",
    "comma groups": "1,",
    "hyphen ranges": "1-",
    "counted nouns": "5 big ",
    "years": "2015 ",
    "clock times": "at 11:45 ",
    "mixed": "Acme's profit fell 5% to $1bn in 2015 at the close, ",
    "relative years": "sales of 5% a year earlier in 2024, ",
    "moments": "at 10:20 am 5% and ",
    "cost clauses": "dividend of 9p a share, which costs £2m, ",
    "modifiers": "5 home batteries ",
}


COMPANIES = [f"Company{number} Group" for number in range(300)]
TEMPLATES = [
    "{c} shares fell {p}% on Monday.",
    "{c} said revenue rose {p}% last year.",
    "{c} was valued at ${b} billion.",
    "{c} will cut {n},000 jobs.",
    "Regulators fined {c} {b} billion yuan.",
    "{c} earned {cents} cents a share.",
]


def corpus(articles: int) -> list[Member]:
    """The claims of a generated corpus: three sentences an article, each about the article's company."""
    rng = random.Random(3)
    members = []
    for number in range(articles):
        company = rng.choice(COMPANIES)
        sentences = [
            rng.choice(TEMPLATES).format(
                c=company, p=rng.randint(2, 40), b=rng.randint(1, 60), n=rng.randint(1, 30), cents=rng.randint(5, 99)
            )
            for _ in range(3)
        ]
        text, spans, mentions = "", [], []
        for sentence in sentences:
            start = len(text)
            spans.append(Span(start, start + len(sentence)))
            mentions.append(
                Mention(
                    "organisation",
                    company,
                    Span(start + sentence.find(company), start + sentence.find(company) + len(company)),
                    "bench",
                    1.0,
                )
            )
            text += sentence + " "
        members += [
            Member(f"a{number}", claim) for claim in find_claims(text, spans, EntityFindings(mentions=mentions), "2021-01-01")
        ]
    return members


def bench_grouping(sizes: list[int]) -> None:
    print(f"\n{'articles':<10}{'claims':>8}{'seconds':>10}{'groups':>8}   ratio to previous")
    previous = None
    organisations = {slug(company) for company in COMPANIES}
    for size in sizes:
        members = corpus(size)
        started = time.perf_counter()
        groups = group_claims(members, organisations)
        elapsed = time.perf_counter() - started
        ratio = f"{elapsed / previous:.1f}" if previous else "-"
        print(f"{size:<10}{len(members):>8}{elapsed:>10.2f}{len(groups):>8}   {ratio}")
        previous = elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 32, 64, 128], help="sizes in KB")
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 4000, 8000, 16000], help="corpus sizes for grouping")
    arguments = parser.parse_args()
    sizes = arguments.sizes
    print(f"{'shape':<16}" + "".join(f"{size:>8} KB" for size in sizes) + "   ratios per doubling")
    for name, unit in SHAPES.items():
        times = []
        for size in sizes:
            text = (unit * (size * 1024 // len(unit) + 1))[: size * 1024]
            started = time.perf_counter()
            find_claims(text, [Span(0, len(text))], EntityFindings(), "2020-01-01")
            times.append(time.perf_counter() - started)
        ratios = " ".join(f"{b / a:.1f}" if a > 0.001 else "-" for a, b in pairwise(times))
        print(f"{name:<16}" + "".join(f"{t:>9.2f}s" for t in times) + f"   {ratios}")
    bench_grouping(arguments.articles)


if __name__ == "__main__":
    main()
