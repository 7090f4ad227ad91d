"""Claim rules added for kinds the m10 mixed round showed: the CFA franc's abbreviation written before
the sum, as French-speaking Africa's English pages print it; the cubic metre as a unit of its own; a
company's founding year or town that names no figure an age; a speaker's "recalled that" that names no
recall; a percentage in an "of which" clause that is a part of the sum before it, not the sum's measure.
Short original sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claim_values as _read  # (as written, value, unit) of each figure
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # before the sum, read by the story's countries like "FCFA" after it: Central Africa's franc ...
        (
            "The Douala timber firm Ndongo Bois paid FCFA 3.2 billion for the mill in Cameroon.",
            "FCFA 3.2 billion",
            3.2e9,
            "XAF",
        ),
        ("Ndongo Bois, based in Yaoundé, Cameroon, posted sales of CFA 7.4bn.", "CFA 7.4bn", 7.4e9, "XAF"),
        # ... or West Africa's
        ("The Dakar miller Sow Farines, in Senegal, paid FCFA 900 million for the silo.", "FCFA 900 million", 9e8, "XOF"),
    ],
)
def test_the_cfa_franc_before_its_sum(text, written, value, unit):
    assert (written, value, unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Tools paid FCFA 3.2 billion for the mill.",  # no franc country named: no guess
        "The CFA 2 grade of cocoa sold well in Cameroon.",  # no scale, no money word: a grade, not money
    ],
)
def test_the_cfa_franc_before_a_number_needs_its_country_and_money(text):
    assert all(unit not in ("XAF", "XOF") for _, _, unit in _read(text))


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("The Edea sawmill Bois Sanaga processed 82,000 cubic metres of logs in 2025.", "82,000", 82_000.0),
        ("Bois Sanaga processed 1.4 million cubic meters of timber.", "1.4 million", 1.4e6),
        # by the SI symbol, the superscript or the digit as typed
        ("Bois Sanaga processes 82 000 m3 of logs a year.", "82 000 m3", 82_000.0),
        ("Bois Sanaga processes 82,000 m³ of logs a year.", "82,000 m³", 82_000.0),
    ],
)
def test_cubic_metres_are_a_volume(text, written, value):
    assert (written, value, "cubic metres") in _read(text)


def _metrics(text: str) -> dict[str, str]:
    return {c.value_as_written: c.metric for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    "text, written",
    [
        # the year or the town of a founding dates or places it: the next figure is no age
        ("The director said the firm, founded in 1994 by her uncle, earned 41,2 million euros in 2025.", "41,2 million euros"),
        ("Vidraria Lima, founded by her uncle in 1994, earned 41.2 million euros in 2025.", "41.2 million euros"),
        ("Vidraria Lima, a glassworks established in Leiria, earned 41.2 million euros in 2025.", "41.2 million euros"),
    ],
)
def test_a_founding_year_or_town_names_no_age(text, written):
    assert _metrics(text)[written] != "age"


def test_an_age_is_still_read_from_the_years_since_a_founding():
    assert _metrics("Vidraria Lima was founded 31 years ago.")["31"] == "age"


def test_a_speaker_recalling_names_no_recall():
    assert _metrics("The director recalled that the firm earned 41.2 million euros in 2025.")["41.2 million euros"] != "recall"
    assert _metrics("Vidraria Lima recalled 40,000 kettles.")["40,000"] == "recall"


def test_a_share_of_a_sum_in_an_of_which_clause_is_not_the_sums_measure():
    found = _metrics(
        "The new company, called Atlantis Vidros, represents an investment of 8,4 million euros, of which "
        "Vidraria Lima assumes 60% and Cubaplast the remaining 40%."
    )
    assert found["8,4 million euros"] == "investment"
    assert found["60%"] != "investment"
