"""first_words_standing: an organisation's first word written alone, found as the regex of the
article's words would find it (`\\b(?:words, longest first)\\b(?![ \\t]+[A-Z])`), without compiling one."""

from __future__ import annotations

import random
import re
import time

import pytest

from loaders.extract.claims import first_words_standing
from loaders.extract.claims.vocabulary import longest_first
from tests.timing import doubling_ratios


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


def test_words_that_end_where_the_text_ends():
    # a longer word of the same first letter would run past the text's end: the shorter is taken
    for text in ("Sold by Ab", "Ab", "x Ab-c Ab", "Ab A.b"):
        assert first_words_standing(text, ["Ab", "Abc", "A.b", "Ab-cd"]) == by_regex(text, ["Ab", "Abc", "A.b", "Ab-cd"])


def _many_names_seconds(size: int) -> float:
    """A page naming a new organisation in every sentence ("Tarvel17 Holdings said ... Tarvel17 ..."):
    as many first words as sentences."""
    count = size // 60
    text = " ".join(f"Tarvel{n} Holdings said sales rose. Tarvel{n} reported a loss." for n in range(count))
    words = [f"Tarvel{n}" for n in range(count)]
    started = time.process_time()
    found = first_words_standing(text, words)
    seconds = time.process_time() - started
    assert len(found) == count  # the second of each pair: a capitalised word follows the first
    return seconds


@pytest.mark.timeout(120)
def test_many_organisations_on_one_page_grow_linearly():
    """Every position tried against every word was positions x words, 4x per doubling (28 s for 500
    words on 200 KB); each boundary tried against its first letter's lengths is about 2x. CPU seconds
    at two sizes, the best of three tries against a busy machine."""
    ratios = doubling_ratios(_many_names_seconds, 128 * 1024, 256 * 1024)
    assert min(ratios) < 3, ratios
