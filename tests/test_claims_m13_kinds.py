"""The m13 round's kinds of claims, on short original sentences: lengths in the American spelling ("meters",
"kilometers") one unit with the British ("metres", "kilometres"), never an area's ("square meters") nor a
device's ("smart meters"); a measure joined to its number with a hyphen before the noun it describes ("an
86-meter ferry", "a 42-hectare farm", "a 12-storey block")."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


def _units(text: str) -> dict[str, tuple[float, str]]:
    return {c.value_as_written: (c.value, c.unit) for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        # must not: a utility's meters are devices it counts, not a length
        ("Norvale Power installed 18,400 smart meters last year.", "18,400", "smart meters"),
        ("The city replaced 9,000 water meters in 2025.", "9,000", "water meters"),
        # must not: an area is not a length, in either spelling
        ("Brava Logistics leases 12,000 square meters of warehouses.", "12,000", "square metres"),
        ("Brava Logistics leases 12,000 square metres of warehouses.", "12,000", "square metres"),
        ("The reserve covers 310 square kilometers.", "310", "square kilometres"),
        # must not: a measure before a hyphen and another word is no measure of a noun ("a 3-metre-high wall")
        ("They built a 3-metre-high wall.", None, None),
    ],
)
def test_areas_devices_and_joined_measures_keep_their_own_unit(sentence, written, unit):
    got = _units(sentence)
    if written is None:
        assert all(u not in ("metres", "meters") for _, u in got.values())
    else:
        assert got[written][1] == unit


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("The mine lies at 3,420 meters above sea level.", "3,420", 3420, "metres"),
        ("The mine lies at 3,420 metres above sea level.", "3,420", 3420, "metres"),
        ("The barge is 54.5 meters long.", "54.5", 54.5, "metres"),
        ("The pipeline runs 212 kilometers to the coast.", "212", 212, "kilometres"),
        ("The pipeline runs 212 kilometres to the coast.", "212", 212, "kilometres"),
        ("Halvard Shipping ordered a 74-meter tug.", "74-meter", 74, "metres"),
        ("Halvard Shipping ordered a 74-metre tug.", "74-metre", 74, "metres"),
        ("Osaro Farms bought a 58-hectare farm near Eldoret.", "58-hectare", 58, "hectares"),
        ("Osaro Farms bought a 300-acre ranch.", "300-acre", 300, "acres"),
        ("The developer will build a 21-storey tower.", "21-storey", 21, "storeys"),
        ("The line will add a 35-kilometre extension.", "35-kilometre", 35, "kilometres"),
    ],
)
def test_lengths_in_either_spelling_and_hyphenated_measures(sentence, written, value, unit):
    assert _units(sentence)[written] == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        # must not: a slash after the counted noun is a rate, the noun stays the one counted
        ("The mill cuts 40 tonnes/day of pulp.", "40", "tonnes"),
        # must not: a fraction written with a slash is no modifier of the noun
        ("The board approved 2/3 of the budget for 12 new stores.", "12", "stores"),
    ],
)
def test_a_slash_elsewhere_makes_no_modifier(sentence, written, unit):
    assert _units(sentence)[written][1] == unit


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("Kestrel Shipping will acquire three (3) roll-on/roll-off cargo ferries.", "three (3)", 3, "ferries"),
        ("The Issuer will buy four (4) full-size/long-range refrigerated trucks.", "four (4)", 4, "trucks"),
        ("Kestrel Shipping ordered 3 new ferries from Norway.", "3", 3, "ferries"),
        ("Kestrel Shipping ordered three ferries from Norway.", "three", 3, "ferries"),
    ],
)
def test_a_count_before_modifiers_joined_by_a_slash_and_spelled_ferries(sentence, written, value, unit):
    assert _units(sentence)[written] == (value, unit)
