"""The c23 round's kinds of claims, on short original sentences: the American "meters" is a length (one unit with
"metres") only where the words near it say so (a length, a depth, a height, "long", "deep", "above sea level", "of
cable", a race); a bare "meters" a utility installs or reads is a count of devices (m13fix review H4)."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


def _units(text: str) -> dict[str, tuple[float, str]]:
    return {c.value_as_written: (c.value, c.unit) for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # must not: a utility's meters, counted, with no word of length near them
        ("Tamsin Water installed 36,000 meters in Kumasi last year.", "36,000"),
        ("Oxley Power fitted 1,500 new meters across Derby.", "1,500"),
        ("Field crews read 7,200 meters a day.", "7,200"),
        ("The utility will replace 52,000 meters at a cost of $9 million.", "52,000"),
        ("About 80,000 meters were read remotely in March, the regulator said.", "80,000"),
        ("Brisa Metering shipped 4,000 meters to Lagos, far above its target.", "4,000"),
    ],
)
def test_a_bare_meters_is_a_count_of_devices(sentence, written):
    assert _units(sentence)[written][1] == "meters"


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The well reached a depth of 2,400 meters.", "2,400", 2400),
        ("The bridge will be 640 meters long.", "640", 640),
        ("The town lies at 1,900 meters above sea level.", "1,900", 1900),
        ("The estate sits 2 300 meters above the sea.", "2 300", 2300),
        ("Crews laid 3,500 meters of fibre-optic cable.", "3,500", 3500),
        ("The contractor replaced 12,000 meters of old water pipe.", "12,000", 12000),
        ("She finished the 1,500 meters race in fourth place.", "1,500", 1500),
        ("The hull measures 88 meters from bow to stern.", "88", 88),
        ("Length overall: 72.5 meters", "72.5", 72.5),
        ("The runway is 3,200 meters in length.", "3,200", 3200),
        ("The mine's shaft goes 1,100 meters deep.", "1,100", 1100),
        ("The farm grows roses at about 2,750 meters altitude.", "2,750", 2750),
    ],
)
def test_meters_with_a_cue_of_length_are_metres(sentence, written, value):
    assert _units(sentence)[written] == (value, "metres")
