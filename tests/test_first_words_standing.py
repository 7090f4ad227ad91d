"""first_words_standing: an organisation's first word written alone, found as the regex of the
article's words would find it (`\\b(?:words, longest first)\\b(?![ \\t]+[A-Z])`), without compiling one."""

from __future__ import annotations

import random
import re

import pytest

from loaders.extract.claims import first_words_standing
from loaders.extract.claims.vocabulary import longest_first


def by_regex(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    pattern = re.compile(rf"\b(?:{longest_first(words)})\b(?![ \t]+[A-Z])")
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Marrow turns out 900 tonnes. Marrowby, which grew, and Marrow Foods said", ["Marrow", "Marrowby"]),
        ("Pell-Harrow sells; Pell sold 40. Pell Harrow bought", ["Pell", "Pell-Harrow"]),  # a longer word first
        ("J.P. sold 4 and P. bought", ["J.P.", "P."]),  # one word inside another after a stop
        ("Ostra\tOstra Ostra\tVale ostra Ostra.", ["Ostra"]),  # a capitalised word after a tab refuses it
        ("KKKK KK KKK", ["KK", "KKK"]),  # occurrences that overlap
        ("Übersee handelte, Übersee Bank", ["Übersee"]),
        ("", ["Tessby"]),
    ],
)
def test_the_words_are_found_where_the_regex_finds_them(text, words):
    assert first_words_standing(text, words) == by_regex(text, words)


def test_on_random_texts_of_few_letters():
    draw = random.Random(7)
    pieces = ["Ab", "Abc", "A.b", "B", "b", " ", "\t", "-", ".", "C", "Ab-c", "\n"]
    for _ in range(2000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 30)))
        words = draw.sample(["Ab", "Abc", "A.b", "B", "Ab-c", "C"], draw.randint(1, 4))
        assert first_words_standing(text, words) == by_regex(text, words), (text, words)
