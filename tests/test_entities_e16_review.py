"""Fixes after the review of the e16 round's entity rules: misfires of the one-name, family-name-first,
kin-titled-brand, settlement-list and valley rules, and the family-name rule's time on long lines.
Short original sentences of our own."""

from __future__ import annotations

import string
import time

import pytest

from loaders.extract.entities.people import family_names_in_capitals
from loaders.extract.entities.state import ArticleState
from loaders.extract.types import PERSON
from loaders.spans import Span


def _capitals(number: int) -> str:
    word = ""
    for _ in range(4):
        word += string.ascii_uppercase[number % 26]
        number //= 26
    return word


@pytest.mark.timeout(60)
def test_family_names_in_capitals_stay_linear_on_one_long_line():
    """Thousands of "FAMILY Given" pairs, each family distinct, on one line with no newline: the line is
    judged once, and the family names alone are found in one pass, not one scan of the text a name."""
    text = "".join(f"The buyer, {_capitals(number)} Maria, agreed. " for number in range(128 * 1024 // 30))
    article = ArticleState(text, [Span(0, len(text))])
    started = time.perf_counter()
    family_names_in_capitals(article)
    elapsed = time.perf_counter() - started
    people = [m for m in article.found.mentions if m.kind == PERSON]
    assert len(people) > 4000
    assert elapsed < 15
