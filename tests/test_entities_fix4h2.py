"""The fix-passes-4 review's H2, on short sentences of our own: a one-word region after a word that is a given
name too is a person's surname only where a title or a speech verb stands before the pair, a role follows it in
apposition, or the page names the person so elsewhere; never "<given> <Region> said" alone (a company's unit)."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities

TITLE = "Harbour news\n\n"


def _laid_out(text: str):
    """The entities of a short article read as the build reads it, its paragraphs laid out."""
    return find_entities(text, layout(text).paragraphs, {})


# Must not (H2): a brand named like a given name before a region, with a speech verb after it only, is no person.
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Visa Europe said card spending rose.", "Visa Europe"),
        ("Mercedes Europe said sales fell 3%.", "Mercedes Europe"),
        ("Orange Africa said it would hire.", "Orange Africa"),
        ("Victoria Europe said it would hire.", "Victoria Europe"),
        ("Exports to Asia rose, and Victoria Asia ferry sailings grew.", "Victoria Asia"),
    ],
)
def test_a_given_name_shaped_brand_before_a_region_is_no_person(text, pair):
    assert pair not in _laid_out(TITLE + text).names("person")


# Must not change: a title or a speech verb before the pair, a role in apposition after it, or the page naming the
# person so with a title elsewhere keeps the person.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Coach Rui Madeira said the fee was high.", "Rui Madeira"),
        ("The fee was high, said Rui Madeira.", "Rui Madeira"),
        ("Rui Madeira, the club's president, said the fee was high.", "Rui Madeira"),
        ("Coach Rui Madeira spoke on Monday. Rui Madeira said the fee was high.", "Rui Madeira"),
    ],
)
def test_a_regions_name_after_a_given_name_with_a_persons_sign_stays_the_persons(text, person):
    found = _laid_out(TITLE + text)
    assert person in found.names("person")
    assert "Madeira" not in found.names("place")
