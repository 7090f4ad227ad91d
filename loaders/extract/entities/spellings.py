"""Misspelt repeats: a person printed once as "Jana Kowalsky" and elsewhere in
the same article as "Jana Kowalski" is one person, under the name the article
uses most (or first)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rapidfuzz.distance import DamerauLevenshtein

from loaders.extract.entities.state import ArticleState
from loaders.extract.types import PERSON

_MIN_LETTERS = 5  # shorter surnames differ by one letter too often to be typos ("Lee", "Lei")
_USUAL = 16  # spellings compared against, per first name: the article's most used (keeps the pass linear)


def merge_misspelt_names(article: ArticleState) -> None:
    people = [m for m in article.found.mentions if m.kind == PERSON and m.rule != "byline"]
    counts = Counter(m.name for m in people)
    first_seen: dict[str, int] = {}
    for mention in sorted(people, key=lambda m: m.span):
        first_seen.setdefault(mention.name, mention.span.start)
    by_first_word: dict[tuple[str, int], list[str]] = {}
    for name in counts:
        words = name.split()
        if len(words) >= 2:
            by_first_word.setdefault((words[0], len(words)), []).append(name)
    renamed: dict[str, str] = {}
    for names in by_first_word.values():
        names.sort(key=lambda n: (-counts[n], first_seen[n]))  # the article's usual spelling first
        for index, other in enumerate(names):
            usual = next(
                (
                    name
                    for name in names[: min(index, _USUAL)]
                    if name not in renamed
                    and _one_slip(name.split()[-1], other.split()[-1])
                    and name.split()[:-1] == other.split()[:-1]
                ),
                None,
            )
            if usual:
                renamed[other] = usual
    if renamed:
        article.found.mentions = [
            replace(m, name=renamed[m.name], rule="misspelling of a name in the article")
            if m.kind == PERSON and m.name in renamed
            else m
            for m in article.found.mentions
        ]


def _one_slip(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= _MIN_LETTERS and DamerauLevenshtein.distance(a, b) == 1
