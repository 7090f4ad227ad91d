"""Review of m13fix: the must-not sentences its rules misfired on (a person's title glued to a ministry's listed
fields, a stray ” among straight quotes opening a quote, a unit's rate before a noun read as a slash-joined
modifier). Original sentences; each fails on the code before the fix."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of
from tests.test_entities_m13_kinds import _mentions
from tests.test_quotes_m13_kinds import said


@pytest.mark.parametrize("title", ["President", "Chairman", "Senator", "Professor", "Ambassador"])
def test_a_persons_title_after_a_bodys_fields_is_no_field(title):
    text = f"The plan was backed by the Ministry of Finance and {title} Maria Lopez on Monday."
    organisations = {surface for surface, kind in _mentions(text).items() if kind == "organisation"}
    assert organisations == {"Ministry of Finance"}


def test_a_stray_closing_mark_among_straight_quotes_opens_nothing():
    text = (
        '"Prices will rise," said Tor Ekdahl.\n\nThe board met on ”Monday and approved the plan. Shares rose 3 '
        'percent, analysts said.\n\n"It is a good plan," said Mia Berg.\n'
    )
    assert said(text) == [("Prices will rise,", "Tor Ekdahl"), ("It is a good plan,", "Mia Berg")]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Gusts of 90 km/h winds hit 40 towns.", "90"),
        ("The network reaches 100 Mbit/s speeds in 40 towns.", "100"),
        ("Kestrel sold 5 GB/s drives.", "5"),
        ("The plant uses 300 kWh/day units.", "300"),
    ],
)
def test_a_units_rate_before_a_noun_is_no_modifier_of_a_count(sentence, written):
    units = {c.value_as_written: c.unit for c in claims_of(sentence, "2026-11-27")}
    assert units.get(written) not in {"winds", "speeds", "drives", "units"}
