"""Speakers the e9 entities round's roles fix: a title, what it is of (a town or a body), and the
person's name in apposition, where another article names someone else with the same title. Short
original sentences of our own."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes

# Another article's mayor and delegate: with the article's own roles (the build indexes every
# article's), the title alone no longer names one person in the data.
ELSEWHERE = [("Ines Pauley", "mayor", None), ("Odo Farrant", "delegate", None)]


def speakers(text: str) -> list[str | None]:
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    roles = RoleIndex([*ELSEWHERE, *((r.person, r.title, r.organisation) for r in entities.roles)])
    found = find_quotes(text, paragraphs, entities, roles)
    return [q.speaker for q in found if q.kind in ("direct", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The mayor of Tessavik, Ann Moyo, welcomed "a local answer for a local trade".', ["Ann Moyo"]),
        ('"We want guarantees for every worker here," said the CFDT delegate, Mai Kerlo.', ["Mai Kerlo"]),
    ],
)
def test_a_title_and_the_name_after_it_name_the_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the data's one mayor, at a council this article names
        ('Tessavik Town Council met on Monday. "The bridge opens in May," the mayor said.', ["Ines Pauley"]),
        # must-not: the data's one mayor, of another story (neither named here nor their council)
        ('"The bridge opens in May," the mayor said.', [None]),
    ],
)
def test_a_title_with_no_name_in_the_article_is_the_data_s_holder_of_its_story(text, expected):
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    roles = RoleIndex([("Ines Pauley", "mayor", "Tessavik Town Council")])
    assert [q.speaker for q in find_quotes(text, paragraphs, entities, roles) if q.kind == "direct"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Environment Tessland and Great Orvale were told of the sale last week.",
        "Kestrel Bank was told that the loan would be repaid in May.",
    ],
)
def test_a_passive_speech_verb_reports_no_one_s_speech(text):
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex(ELSEWHERE))
    assert [q for q in found if q.kind == "indirect"] == []


def test_an_active_speech_verb_still_reports():
    text = "Jo Hale told the council that the loan would be repaid in May."
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex(ELSEWHERE))
    assert [q.speaker for q in found if q.kind == "indirect"] == ["Jo Hale"]
