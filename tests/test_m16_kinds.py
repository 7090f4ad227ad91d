"""The m16 round's kinds, on short original sentences: the Swiss and Liechtenstein apostrophe of thousands ("CHF
450'000", "1’250’000 francs") is one number, exactly three digits after each apostrophe; the South Asian scales
above the crore, "arab" (a hundred crore) and "kharab" (a hundred arab), in lower case after a number in a rupee's
sum or before a crore's part, never the adjective; a study's or a notice's name defined in brackets, a notice's
heading in capitals ("ROAD SAFETY AUDIT (RSA)"), is no organisation to take the page's figures, nor is its
acronym; a housing count by whatever its dwellings are called ("300 households", "300 flats") is one family."""

from __future__ import annotations

import pytest

from loaders.group.claims import COUNT_FAMILIES
from tests.helpers import claim_subjects, organisation_names
from tests.test_claims import claims_of


def _readings(text: str) -> set[tuple[float, str]]:
    """Every (value, unit) the sentences' claims give, their second currencies' too."""
    claims = claims_of(text, "2026-11-27")
    return {(c.value, c.unit) for c in claims} | {(c.also_value, c.also_unit) for c in claims if c.also_value is not None}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The canton sold the plot for CHF 450'000 last year.", 450_000, "CHF"),
        ("The new hall covers 4'200 square metres of the old airfield.", 4_200, "square metres"),
        ("The commune paid 1’250’000 francs for the old sawmill.", 1_250_000, "CHF"),
        ("Vaduz Kessway AG employs 1'480 workers at its two plants.", 1_480, "workers"),
    ],
)
def test_the_swiss_apostrophe_groups_thousands(text, value, unit):
    assert (value, unit) in _readings(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # must not: an apostrophe with no digit before it ("the '90s", "Rock'n'roll") joins nothing
        ("Hits of the '90s sold 200 copies in Zurich.", 200, "copies"),
        ("Rock'n'roll 2 sold 300 copies in Basel.", 300, "copies"),
        # must not: a quote's closing mark after a number is no thousands group
        ("'It cost CHF 450,' he said.", 450, "CHF"),
        ("'We paid CHF 450' 200 people said at the meeting.", 450, "CHF"),
        ("'We paid CHF 450' 200 people said at the meeting.", 200, "people"),
        # must not: fewer than three digits after the apostrophe (a time's minutes and seconds) is no group
        ("She ran the mile in 4'20 and won 3 medals.", 3, "medals"),
    ],
)
def test_what_the_swiss_apostrophe_leaves_alone(text, value, unit):
    assert (value, unit) in _readings(text)


def test_a_time_in_minutes_and_seconds_is_no_thousand():
    assert not any(value in (420, 4_020, 4_200) for value, _ in _readings("She ran the mile in 4'20 and won 3 medals."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The group will raise Rs 4 arab 20 crore for the new tannery.", 4.2e9, "INR"),
        ("Exports of surgical goods reached Rs 11 arab last year.", 11e9, "INR"),
        ("The fund holds 2 kharab rupees of state bonds.", 2e11, "INR"),
        # a sum in dollars and, in brackets, in rupees: the second currency is the arab's
        (
            "The firm will invest one and a half crore dollars (approximately Rs 4 arab 20 crore) in the plant.",
            4.2e9,
            "INR",
        ),
    ],
)
def test_arab_and_kharab_scale_a_rupee_sum(text, value, unit):
    assert (value, unit) in _readings(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # must not: the adjective, capitalised or not, is no scale
        ("Talks with 4 Arab states began on Monday.", 4, "states"),
        ("The club signed 4 arab players for Rs 20 crore.", 20e7, "INR"),
    ],
)
def test_the_adjective_arab_is_no_scale(text, value, unit):
    readings = _readings(text)
    assert (value, unit) in readings
    assert not any(value >= 1e9 for value, _ in readings)


NOTICE = (
    "PUBLIC NOTICE\n\nROAD SAFETY AUDIT (RSA)\n\nKorba Roads PLC will build the ring road. The road will cost USD 40 "
    "million and employ 300 workers. The draft RSA report is at the town hall."
)


def test_a_notices_heading_naming_its_study_is_no_organisation():
    names = organisation_names(NOTICE)
    assert "ROAD SAFETY AUDIT" not in names
    assert "RSA" not in names
    assert claim_subjects(NOTICE)["USD 40 million"] != "ROAD SAFETY AUDIT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # must not: a body's name in capitals, defined in brackets, is still the body
        ("KORBA WATER BOARD (KWB)\n\nThe board will spend USD 40 million. KWB employs 300 workers.", "KORBA WATER BOARD"),
        ("The Korba Water Board (KWB) will spend USD 40 million. KWB employs 300 workers.", "Korba Water Board"),
        # must not: a programme's name in capitals is left as it was read
        (
            "UNITED NATIONS DEVELOPMENT PROGRAMME (UNDP)\n\nUNDP will spend USD 40 million in Korba.",
            "UNITED NATIONS DEVELOPMENT PROGRAMME",
        ),
    ],
)
def test_a_bodys_name_in_capitals_is_still_an_organisation(text, name):
    assert name in organisation_names(text).values()


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("households", "flats", True),
        ("homes", "apartments", True),
        ("households", "dwellings", True),
        # must not: a housing count is no workforce, no customers, no livestock
        ("flats", "jobs", False),
        ("apartments", "customers", False),
        ("dwellings", "sheep", False),
    ],
)
def test_a_housing_counts_nouns_are_one_family(one, other, same):
    assert (COUNT_FAMILIES.get(one) is not None and COUNT_FAMILIES.get(one) == COUNT_FAMILIES.get(other)) is same


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The tannery exported 3 million sheep and goat skins last year.", 3e6, "skins"),
        ("The plant sold 400 car and truck tyres in March.", 400, "tyres"),
    ],
)
def test_two_modifiers_of_one_family_joined_by_and_describe_the_plural_after_them(text, value, unit):
    assert (value, unit) in _readings(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # must not: the pair is what is counted where no plural follows it
        ("The farm keeps 3,000 sheep and goats in the hills.", 3_000, "sheep"),
        # must not: a plural before "and" is counted itself
        ("The fleet bought 40 trucks and van drivers were hired.", 40, "trucks"),
        # must not: a word of another family after "and" is no modifier of the same thing
        ("The bank hired 300 staff and board members approved it.", 300, "staff"),
    ],
)
def test_what_the_paired_modifiers_leave_alone(text, value, unit):
    assert (value, unit) in _readings(text)
