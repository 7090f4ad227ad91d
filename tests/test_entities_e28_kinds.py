"""The e28 round's kinds, on places and organisations: islands and villages no list holds, known from their
context ("the islands of Orvo and Tessa", "Tessamoa Atoll", "Vila do Orvo", "Orvale, the fishing village at ..."),
a name printed alone after its kind's name ("Ilha do Orvo", then "Orvo"), an agency's dateline with its initials
in mixed case, weekdays shortened in a timetable, and a company's name before a spaced dash and its legal form.
Short sentences of our own."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from tests.helpers import organisation_names, places
from tests.test_entity_rules import found_in

TITLE = "Island news\n\n"


def _laid_out(text: str):
    """The entities of a short article read as the build reads it, its paragraphs laid out."""
    return find_entities(text, layout(text).paragraphs, {})


# Must not change: a person's name, an owner's possessive, or "Islands of" in capitals after the plural of an
# island makes no place of it.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("He bought the islands of Tessa Orvale and Marko Dellavan last year.", "Tessa Orvale"),
        ("The islets of Tessa Orvale's estate were sold in May.", "Tessa Orvale's"),
        ("The Bank of the Islands of Tessamoa opened a branch.", "Tessamoa"),
    ],
)
def test_the_islands_of_a_person_or_a_body_are_no_places(text, absent):
    assert absent not in places(text)


# ... nor an island's name opening a company's name the article prints (the company named after its island).
def test_an_island_opening_a_companys_name_in_the_article_is_left_to_the_company():
    found = _laid_out(TITLE + "Tessa Beef Processors bought cattle. It works with breeders of the islands of Tessa and Orvomalu.")
    assert "Tessa" not in found.names("place")
    assert "Orvomalu" in found.names("place")


# The fix: the plurals of an island before "of" and a list name the list's islands, known or not, a name that is a
# given name too alone among them (`islands_of_a_list`).
@pytest.mark.parametrize(
    ("text", "islands"),
    [
        ("Ferries link the islands of Lucia and Orvessa twice a week.", {"Lucia", "Orvessa"}),
        ("Boats serve the atolls of Tessamoa, Orvu and Kelvaru every week.", {"Tessamoa", "Orvu", "Kelvaru"}),
    ],
)
def test_the_islands_of_a_list_are_places(text, islands):
    assert islands <= places(text)


# Must not change: "Vila" after a given name is a person's name, and a hotel named after a town no place (the
# name's last word read whole, not "Vila do Orv").
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ana Vila do Tessar said the price was fair.", "Vila do Tessar"),
        ("The Vila do Orvo Hotel opened on Monday.", "Vila do Orvo"),
        ("The Vila do Orvo Hotel opened on Monday.", "Vila do Orv"),
    ],
)
def test_a_portuguese_town_word_after_a_given_name_or_before_a_hotel_makes_no_place(text, absent):
    assert absent not in places(text)


# ... and a kind's name and a particle before a hotel's name read no clipped word as a place (the pattern's last
# word read whole: "Puerto de Tess" was read of "the Puerto de Tessa Hotel").
def test_a_kind_and_a_particle_before_a_hotels_name_read_no_clipped_word():
    assert "Puerto de Tess" not in places("The Puerto de Tessa Hotel opened on Monday.")


# The fix: "Vila" and a particle open a Portuguese town's name, known or not, no person's
# (`feature_words_before_a_particle`).
@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke from Vila do Orvo with our host.",
        "Agent in the north: Dr. Mateus Lobo, Travessa do Poço, Vila do Orvo",
    ],
)
def test_vila_and_a_particle_open_a_town(text):
    found = found_in(text)
    assert "Vila do Orvo" in found.names("place")
    assert "Vila do Orvo" not in found.names("person")


# Must not change: a name read as a company by what it does stays a company beside a town of the same word,
# and a name repeated with no island's or kind's name in the article stays what it was.
def test_a_company_acting_stays_a_company_beside_a_town_named_with_its_kind():
    found = _laid_out(TITLE + "Kestrel Marine of Ilha do Orvo sold boats. Orvo said the deal was done. Orvo shares rose.")
    assert "Orvo" in found.names("organisation")


def test_a_name_repeated_without_its_kind_is_not_made_a_place():
    found = _laid_out(
        TITLE
        + "The mayor of Tessby spoke to us. Cargo for Orvo leaves on Monday. Our host asked how Orvo lives. The boat to Orvo is new.\n\nEnd."
    )
    assert "Orvo" not in found.names("place")


# The fix: the name a place's kind and a particle open ("Vila do Orvo", "Ilha do Orvo") or an island's word closes
# ("Tessamoa Island", "Tessamoa Atoll"), printed alone, is that place, where only a weak rule read it as a
# company (`island_words_after`).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            # (review e28 L2: "Vila do Orvo" is a town, Orvo alone no place by it: tests/test_entities_e29_kinds.py)
            "The mayor of Ilha do Orvo spoke to us. Cargo for Orvo leaves on Monday. Our host asked how Orvo lives. The boat to Orvo is new.",
            "Orvo",
        ),
        (
            "The ship stops at Tessamoa Island. Cargo for Tessamoa leaves Monday. Our host asked how Tessamoa lives. The boat to Tessamoa is new.",
            "Tessamoa",
        ),
        (
            "The ship stops at Tessamoa Atoll. Cargo for Tessamoa leaves Monday. Our host asked how Tessamoa lives. The boat to Tessamoa is new.",
            "Tessamoa",
        ),
    ],
)
def test_a_name_printed_alone_after_its_place_with_its_kind_is_that_place(text, name):
    found = _laid_out(TITLE + text + "\n\nEnd.")
    assert name in found.names("place")
    assert name not in found.names("organisation")


# Must not change: a company, a resort or a hotel ending in an island's word is no island.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tessamoa Island Foods Ltd sold fish. Tessamoa said sales rose. Tessamoa shares fell.", "Tessamoa"),
        ("Kelvaru Atoll Resorts opened. Guests love Kelvaru Atoll Resorts.", "Kelvaru Atoll"),
        ("The Orvu Cay Hotel opened on Monday.", "Orvu Cay"),
    ],
)
def test_a_business_named_after_an_island_is_no_place(text, absent):
    assert absent not in _laid_out(TITLE + text).names("place")


# Must not change: a person and a "village" that is a person's role are no settlement.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tessa Orvale, a village elder at the council, spoke first.", "Tessa Orvale"),
        ("Kelmor, the district nurse at the clinic, left early.", "Kelmor"),
    ],
)
def test_a_persons_role_after_a_comma_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: a name described as a settlement, then "at" and where it lies, is a place, known or not
# (`settlement_apposition_placers`).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The road ends at Kelvinha, the small village at the foot of the hills.", "Kelvinha"),
        ("Orvane, a township at the mouth of the river, flooded.", "Orvane"),
    ],
)
def test_a_name_described_as_a_settlement_at_a_place_is_a_place(text, town):
    assert town in places(text)


# Must not change: a company's or a heading's words before a date in brackets are no town.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kestrel Holdings, 27 November 2026 (Reuters) – The firm signed the contract.", "Kestrel Holdings"),
        ("Results, 27 November 2026 (unaudited) – Sales rose 4%.", "Results"),
        ("Tessa Orvale, 27 November 2026 (Lusa) – The minister resigned.", "Tessa Orvale"),
    ],
)
def test_a_company_or_a_heading_before_a_dated_bracket_is_no_town(text, absent):
    assert absent not in _laid_out(TITLE + text + "\n\nThe rest.").names("place")


# The fix: an agency's or a press office's initials or name in mixed or lower case in its dateline's brackets
# ("(GaCS)", "(dpa)") as in capitals.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kelvora, 3 March 2025 (AgN) – The council approved the budget.", "Kelvora"),
        ("Tessaro, 27 November 2026 (dpa) – The minister signed the contract.", "Tessaro"),
    ],
)
def test_an_agencys_dateline_in_mixed_case(text, town):
    assert town in _laid_out(TITLE + text + "\n\nThe rest.").names("place")


_TIMETABLE = (
    "Ferry timetable\n\nQUAY                ARR          DEP\nKELVOSS             –            Fri 06:15\n"
    "DRAVANE (ULMOR)     Fri 08:40    Fri 11:05\nKELVOSS             Fri 16:20    –\n\nTickets are sold on board."
)


# Must not change: a company whose name opens with a weekday's short form stays one.
def test_a_company_named_with_a_weekdays_letters_stays_a_company():
    assert "Sun Pharma" in organisation_names(TITLE + "Sun Pharma sold more. Sun shares rose.").values()


# The fix: a weekday shortened, alone ("Tue 07:00"), is no name (`weekdays_short`).
def test_a_shortened_weekday_in_a_timetable_is_no_organisation():
    assert "Fri" not in organisation_names(_TIMETABLE).values()


# Must not change: a place, a person or an everyday word before a spaced dash stays out of the company's name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The contract went to Lisboa – Orvale Transportes, Lda. on Thursday.", "Orvale Transportes"),
        ("The contract went to Ana Silva – Orvale Consultores, Lda. on Thursday.", "Orvale Consultores"),
        ("Update – Kestrel Holdings, Inc. said sales rose.", "Kestrel Holdings"),
        ("OSAKA – Hoshizora Foods, Inc. said sales rose.", "Hoshizora Foods"),
        ("Tessby — Orvale Foods, Inc. said sales rose.", "Orvale Foods"),
    ],
)
def test_what_stands_before_a_dash_and_a_company_is_no_part_of_its_name(text, name):
    assert name in organisation_names(TITLE + text).values()


# The fix: a company's own name, a spaced dash, what it does and its legal form are one company's name.
def test_a_companys_name_before_a_dash_and_its_trade_is_one_name():
    names = set(
        organisation_names(
            TITLE + "The ministry signed with the company Tessmar – Transportes Marítimos, Lda. on Thursday."
        ).values()
    )
    assert names == {"Tessmar – Transportes Marítimos"}


# Must not change: a company named with a numbering word's plural stays a company where it acts (no figure after it).
def test_a_company_named_with_a_numbering_plural_stays_a_company():
    found = _laid_out(TITLE + "Stages Cycling sold more bikes. Stages said sales rose. Stages shares fell.\n\nEnd.")
    assert "Stages" in found.names("organisation")


# The fix: a numbering word's plural before a figure ("Sections 8 and 12 of the Code"), repeated, is a law's or a
# form's parts, no organisation (`numbered_parts`).
@pytest.mark.parametrize(
    "text",
    [
        "Loans made under Sections 5 and 17 of the Charter or Sections 2 and 6 of the Decree.",
        "The Tessa Exchange Board (TEB) rules apply. Shares registered under the TEB or Sections 4 and 8 of the Act.",
    ],
)
def test_a_numbering_plural_before_a_figure_is_no_organisation(text):
    assert "Sections" not in _laid_out(TITLE + text + "\n\nEnd.").names("organisation")


# Must not change: "the Municipality of X" acting, or set between commas with no division after it, is the body.
@pytest.mark.parametrize(
    "text",
    [
        "The Municipality of Tessamar approved the budget.",
        "We met the mayor, Municipality of Tessamar, on Monday.",
    ],
)
def test_a_municipality_acting_is_the_body(text):
    assert "Municipality of Tessamar" in _laid_out(TITLE + text + "\n\nEnd.").names("organisation")


# The fix: "Municipality of X" after a word saying where, or between an address's commas before its next division,
# is the area: X a place, no organisation (`address_divisions`).
@pytest.mark.parametrize(
    "text",
    [
        "He lives in the Municipality of Tessamar.",
        "Our depot is on Kelvo Road, Municipality of Tessamar, Province of Ulmaro, near the coast.",
    ],
)
def test_a_municipality_named_where_or_in_an_address_is_the_area(text):
    found = _laid_out(TITLE + text + "\n\nEnd.")
    assert "Tessamar" in found.names("place")
    assert "Municipality of Tessamar" not in found.names("organisation")


# Must not change: an owner's or a worker's company after "of", a company's first word, a person's name or an
# everyday word after a villager's trade and "of" is no village.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("She is an owner of Kestrel and a farmer of note.", "Kestrel"),
        ("He was a fisherman of Kestrel Seafoods Ltd for years.", "Kestrel Seafoods"),
        ("Kestrel Fish Ltd hired him. He was a fisherman of Kestrel for ten years.", "Kestrel"),
        ("He was a farmer of Tessa Orvale's estate.", "Tessa"),
        ("He is a farmer of Maria.", "Maria"),
    ],
)
def test_a_villagers_of_and_a_company_or_a_person_is_no_village(text, absent):
    assert absent not in _laid_out(TITLE + text + "\n\nEnd.").names("place")


# The fix: a villager's trade, "of" and one name is the villager's village, known or not (`villagers_of`).
@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Their chairman, Rui Tavora, a herder of Kelvessa, said the herds were thin.", "Kelvessa"),
        ("Ana Teller, an islander of Kelvaru, met the minister.", "Kelvaru"),
    ],
)
def test_a_villagers_trade_of_a_name_is_the_village(text, village):
    assert village in _laid_out(TITLE + text + "\n\nEnd.").names("place")
