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


def _mentions_of(found, text: str, printed: str) -> set[tuple[str, str]]:
    return {(m.kind, m.name) for m in found.mentions if m.span.of(text) == printed}


# Must not change (H2): a weekday's short letters printed alone as a person's surname or given name, or as a
# paper's or a company's short name, keep the person, the paper, the company.
@pytest.mark.parametrize(
    ("text", "printed", "kind"),
    [
        ("Swimmer Sun Yang said on Monday he would appeal. Sun said the ban was unfair.", "Sun", "person"),
        ("Nguyen Thi Thu said prices rose. Thu said she would sell the boat.", "Thu", "person"),
        ("The Sun reported the deal on Monday. The Sun said it stood by its story.", "Sun", "organisation"),
        ("Shares of Sun Pharma rose. Sun said sales rose in May.", "Sun", "organisation"),
    ],
)
def test_a_weekdays_letters_as_a_name_stay_a_name(text, printed, kind):
    found = _laid_out(TITLE + text)
    assert kind in {found_kind for found_kind, _ in _mentions_of(found, TITLE + text, printed)}


# The fix stays (H2): in a timetable's shape, before a time or a date, or in a range or a list of weekdays, the short
# letters are a day, no name.
@pytest.mark.parametrize(
    "text",
    [
        "The ferry leaves Tessby on Sun 07:30 and returns on Mon 18:00.",
        "The office opens Mon–Fri from nine.",
        "Boats sail Mon, Wed and Fri from the quay.",
        "The ferry leaves on Thu 12 March, the office says.",
    ],
)
def test_a_weekdays_letters_in_a_timetables_shape_are_no_name(text):
    found = _laid_out(TITLE + text)
    assert not {m.span.of(TITLE + text) for m in found.mentions} & {"Mon", "Wed", "Thu", "Fri", "Sun"}


# Must not change (H4): a region's name that is a surname too, after a given name or alone where the page names
# the person in full, is the person's.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Coach Tomás Madeira said on Monday the club signed a striker. Madeira said the boy was fast.", "Tomás Madeira"),
        ("Rui Madeira, the club's president, said the fee was high.", "Rui Madeira"),
        ('Coach Tomás Madeira said the club signed a striker. "He is fast," Madeira said.', "Tomás Madeira"),
    ],
)
def test_a_regions_name_as_a_persons_surname_stays_the_persons(text, person):
    found = _laid_out(TITLE + text)
    assert "Madeira" not in found.names("place")
    assert person in found.names("person")


# ... nor a region's name printed twice in a row, a company's name ("Madeira Madeira").
def test_a_regions_name_printed_twice_is_no_region():
    found = _laid_out(TITLE + "Madeira Madeira, the furniture retailer, raised funds. Madeira Madeira said sales rose.")
    assert "Madeira" not in found.names("place")
    assert "Madeira Madeira" in found.names("organisation")


# The fix stays (H4): the region alone, where no person is named so, is the region.
def test_a_region_named_alone_stays_a_place():
    assert "Madeira" in _laid_out(TITLE + "Cargo to Madeira rose in May.").names("place")


# Must not change (H5): an island of a list named like a person of the page is that island in the list only; the
# name printed alone after it is the person's again.
def test_an_islands_name_that_is_a_persons_surname_stays_the_persons_elsewhere():
    text = (
        TITLE + "Mayor Lia Orvanes said on Monday that freight for the islands of Orvanes and Tessmo would grow. "
        '"The boat is slow," Orvanes said.\n\nOrvanes added that the council would buy a new crane.'
    )
    found = _laid_out(text)
    after_the_list = text.index("would grow")
    assert not [m for m in found.mentions if m.kind == "place" and m.span.start > after_the_list]
    assert [m for m in found.mentions if m.kind == "place" and m.span.of(text) == "Tessmo"]


# Must not change (M2): a results heading's state in brackets ("(unaudited)", "(restated)") or an everyday word
# ("(video)") is no agency's name: the company's name before it is no town.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kelvarex, Q3 2026 (unaudited) – Revenue rose 4% on the year.", "Kelvarex"),
        ("Dunmorra, 30 June 2026 (restated) – Revenue rose 4% on the year.", "Dunmorra"),
        ("Kormavi, 3 March 2026 (video) – Watch the launch.", "Kormavi"),
    ],
)
def test_a_headings_state_in_brackets_makes_no_datelines_town(text, absent):
    assert absent not in _laid_out(TITLE + text + "\n\nThe rest.").names("place")


# Must not change (M1): the body's word before an area read as the area ("in the Municipality of X") is no place and
# no organisation of its own, where the body is named in full elsewhere or something is done to it.
@pytest.mark.parametrize(
    "text",
    [
        "Herders in the Municipality of Kelvessa said the grass was thin. The Municipality of Kelvessa approved the plan.",
        "He invested in the Municipality of Kelvessa's bonds.",
    ],
)
def test_the_body_word_before_an_area_is_no_name_alone(text):
    found = _laid_out(TITLE + text + "\n\nEnd.")
    assert "Municipality" not in {m.span.of(TITLE + text + "\n\nEnd.") for m in found.mentions}


# Must not change (L1): a villager's trade, "of" and a capitalised everyday word (a caption's Title Case) is no
# village.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He was a herder of Goats for ten years.", "Goats"),
        ("She is a farmer of Organic produce near the coast.", "Organic"),
    ],
)
def test_a_villagers_trade_of_an_everyday_word_is_no_village(text, absent):
    assert absent not in _laid_out(TITLE + text + "\n\nEnd.").names("place")


# Must not change (L3): a kind's word, a particle and a name before a business's noun in lower case is the
# business's name, no town.
@pytest.mark.parametrize(
    "text",
    ["We ate at the Vila do Kelmar restaurant on Friday.", "The Vila do Kelmar bakery closed in May."],
)
def test_a_kind_and_a_particle_before_a_business_noun_make_no_place(text):
    assert "Vila do Kelmar" not in _laid_out(TITLE + text + "\n\nEnd.").names("place")


# The fix stays (L3): the town itself, a pause after it.
def test_a_kind_and_a_particle_with_a_pause_after_stay_a_town():
    assert "Vila do Kelmar" in _laid_out(TITLE + "The boat reached Vila do Kelmar, the last stop.\n\nEnd.").names("place")
