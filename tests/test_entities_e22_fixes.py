"""The e22 round's rules: a dateline's town and the country it is read in, the compass initials before
a town, the parts of a river as data. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claim_values, places

MEXICAN_STORY = (
    "A Mexican cement maker will pay $31.5 million for a quarry, the Mexican company said. "
    "The buyer, based in Monterrey, Mexico, already quarries in Mexico."
)


def _dollar(text: str) -> str:
    (unit,) = {unit for written, _, unit in claim_values(text) if written.startswith("$")}
    return unit


# Must not change: a dateline town only one country's cities bear, or a town the dateline places in its
# country, still says where the page was made, so its own dollar where the story names another land most.
@pytest.mark.parametrize(
    ("dateline", "currency"),
    [
        ("CAIRNS, Nov 3 —", "AUD"),  # a town of one country
        ("TORONTO —", "CAD"),
        ("PERTH, Western Australia —", "AUD"),  # the dateline names its land
        ("KINGSTON, Ont. —", "CAD"),  # ... or its province
        ("LONDON, Ont. —", "CAD"),
    ],
)
def test_a_datelines_town_of_one_country_is_the_pages_home(dateline, currency):
    assert _dollar(f"Cement news\n\n{dateline} {MEXICAN_STORY}") == currency


# A town whose name cities of several countries bear ("PERTH": Western Australia's and Scotland's) is no
# home beyond doubt: the country the story names most decides. Nor is a town the dateline places elsewhere.
@pytest.mark.parametrize("dateline", ["PERTH —", "SYDNEY —", "PERTH, Scotland —"])
def test_a_datelines_town_of_several_countries_decides_no_dollar(dateline):
    assert _dollar(f"Cement news\n\n{dateline} {MEXICAN_STORY}") == "USD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PERTH — Kestrel Minerals said on Tuesday it would cut 40 jobs at its gold mine.", {"Perth"}),
        ("CAIRNS, Nov 3 — Reefline Tours said it had bought two boats for its reef trips.", {"Cairns"}),
    ],
)
def test_a_datelines_town_is_its_own_place_and_no_land(text, expected):
    assert places(text) == expected


# A compass direction's initials before a town name no place of their own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery opened a second shop in N.W. London last spring.", {"London"}),
        ("Orvane Foods has depots in S.E. Leeds and N. Glasgow.", {"Leeds", "Glasgow"}),
        ("Its warehouse in N.E. Ohio employs 80 people.", {"Ohio"}),
    ],
)
def test_compass_initials_are_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives in N.W. London and works in the city.", {"London"}),
        ("She lives in S. Glasgow with her sister.", {"Glasgow"}),
    ],
)
def test_a_letter_with_its_stop_after_near_is_no_place(text, expected):
    assert places(text) == expected


# Must not change: a one-word town after "lives in" or "near" is still read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives in Orvale and works in the city.", {"Orvale"}),
        ("The farm lies near Tessby, on the coast road.", {"Tessby"}),
    ],
)
def test_a_town_after_near_stays(text, expected):
    assert places(text) == expected


def test_the_city_names_of_several_countries_are_what_the_script_makes():
    from loaders.data.make_cities import SHARED_TARGET, shared_name_rows
    from loaders.extract.claims.countries import SHARED_TOWN_NAMES

    assert SHARED_TARGET == SHARED_TOWN_NAMES
    assert SHARED_TARGET.read_text(encoding="utf-8").splitlines() == shared_name_rows()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barges wait at the mouth of the Orvane for the tide.", {"Orvane"}),
        ("Farms line the upper reaches of the Tessa.", {"Tessa"}),
    ],
)
def test_a_rivers_parts_from_the_data_name_it(text, expected):
    assert places(text) == expected
