"""Claim subjects that stand without a false organisation cut from a town's name: a firm named with its
goods first ("Cacao del Orvale"), and "the facility in <town>" given to the firm placed there or to a
deal's target, never to the buyer by default. Short original sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of
from tests.test_entity_rules import organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        # goods first, then a joining word and the place or kind: a firm
        ("Acme Foods bought 60% of the cocoa fermenter Cacao del Orvale, which dries beans.", {"Acme Foods", "Cacao del Orvale"}),
        ("The dairy Lácteos de la Sierra Tessana employs 90 people.", {"Lácteos de la Sierra Tessana"}),
        ("Frutas del Valle Orvano ships mangoes to Rotterdam.", {"Frutas del Valle Orvano"}),
    ],
)
def test_a_firm_named_with_its_goods_first(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cacao prices rose 8% in Tessby this year.",  # goods, no joining word: no name
        "Café arábica grown near Tessby sold well.",  # a lower-case word after it: no name
    ],
)
def test_goods_without_a_joining_word_are_no_firm(text):
    assert organisations(text) == set()


def _subject_of(text: str, value: float) -> str | None:
    (claim,) = [c for c in claims_of(text, "2026-05-04") if c.value == value]
    return claim.subject


def test_the_facility_in_a_town_is_the_deal_targets_not_the_buyers():
    text = (
        "Orvane Foods has acquired 70% of Kestrel Milling Ltd, a flour miller.\n\n"
        "Orvane Foods, based in Rotterdam, makes pasta.\n\n"
        "The mill in Cuenca grinds 12,000 tonnes of wheat a year, and Orvane Foods is its biggest customer."
    )
    assert _subject_of(text, 12_000) == "Kestrel Milling"


def test_the_facility_in_a_town_is_the_firms_the_article_places_there():
    text = (
        "Orvane Foods has acquired 70% of Kestrel Milling Ltd, a flour miller.\n\n"
        "Orvane Foods, based in Cuenca, makes pasta.\n\n"
        "The plant in Cuenca packs 8,000 tonnes of pasta a year, and Kestrel Milling will supply it."
    )
    assert _subject_of(text, 8_000) == "Orvane Foods"


def test_the_facility_in_a_town_of_a_deal_naming_no_target_is_no_ones():
    text = (
        "Orvane Foods will buy a flour miller, it said.\n\n"
        "The mill in Cuenca grinds 12,000 tonnes of wheat a year, and Orvane Foods is its biggest customer."
    )
    assert _subject_of(text, 12_000) is None
