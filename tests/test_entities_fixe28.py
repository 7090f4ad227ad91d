"""The e28 review's findings, on short sentences of our own: a dateline's town or a second company before a spaced
dash is no part of a company's name; a weekday's short form is a day only in a timetable's shape, never a
person's name or a paper's; a region or an island named like a person of the page keeps the person."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from tests.helpers import organisation_names

TITLE = "Harbour news\n\n"


def _laid_out(text: str):
    """The entities of a short article read as the build reads it, its paragraphs laid out."""
    return find_entities(text, layout(text).paragraphs, {})


# Must not change (H1, M4): a town opening the paragraph as a dateline (listed, small or unknown), or a second
# company, before an en dash is no part of the company's name after it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Basco – Pelmora Ice, Inc. said on Monday that sales rose.", "Pelmora Ice"),
        ("Acme – Dunvale Foods, Inc. said on Monday that sales rose.", "Dunvale Foods"),
        ("Quessby – Dunvale Foods, Inc. said on Monday that sales rose.", "Dunvale Foods"),
        ("The buyers include Kelvaro – Dunvale Foods, Inc. and Tessa Ltd.", "Dunvale Foods"),
        ("The ministry signed with Kelvaro – Dunvale Foods, Inc. on Friday.", "Dunvale Foods"),
    ],
)
def test_a_town_or_a_company_before_an_en_dash_is_no_part_of_the_name(text, name):
    assert name in organisation_names(TITLE + text).values()


def test_a_datelines_town_before_an_en_dash_stays_a_place():
    found = _laid_out(TITLE + "Basco – Pelmora Ice, Inc. said on Monday that sales rose.")
    assert "Basco" in found.names("place")
