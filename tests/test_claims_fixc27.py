"""Review c27's findings: the near misses of c27's rules (an island's rupee, the growers' households, an officer's
title before "of")."""

from __future__ import annotations

import pytest

from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text) if len(c.unit) == 3 and c.unit.isupper()]


# --- an island's rupee: a page naming another rupee's country by its adjective names a candidate -------------------


@pytest.mark.parametrize(
    "text",
    [
        # must not: "Indian", "Pakistani", "Sri Lankan" name a candidate of the rupee as the country's name does
        "Indian investors routing money through Mauritius put 2 billion rupees into Kestrel Air, Kenyan officials in"
        " Nairobi said.",
        "A Mauritius-based fund run by Pakistani bankers will invest 300 million rupees in a hotel in Nairobi, Kenya,"
        " the Kenyan regulator said.",
        "The Sri Lankan carrier flew three flights a week to Mauritius and charged 45,000 rupees to passengers in"
        " Nairobi, Kenya.",
        # must not: the bare rupees of a page that prints "Indian rupees"
        "The Mauritius fund will invest 500 million Indian rupees in a plant in Nairobi, Kenya, the Kenyan ministry"
        " said, and a further 200 million rupees next year.",
    ],
)
def test_an_island_is_no_rupees_home_where_a_page_names_another_candidate_by_its_adjective(text):
    assert _money(text)
    assert all(unit != "MUR" for _, _, unit in _money(text))


def test_an_ocean_named_for_a_country_names_no_candidate():
    # must still: the "Indian Ocean" is a sea, not India
    text = (
        "The Mauritian group Rivière Agro brings 145 million rupees to the lychee exporter in Toamasina, Madagascar,"
        " across the Indian Ocean."
    )
    assert (145e6, "MUR") in [(v, u) for _, v, u in _money(text)]


# --- a farming household is a grower only where the sentence says it supplies a crop ------------------------------


def test_farming_households_connected_to_a_grid_are_homes():
    # must not: a grid's, a flood's or a resettlement's farming households are homes, not growers
    groups = groups_of(
        {
            "a": "Kestrel Power will connect 2,800 farming households to the grid in Laos.",
            "b": "Kestrel Power will connect 2,800 homes to the grid in Laos.",
        }
    )
    assert ({"a", "b"}, "consistent") in groups


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Kestrel Starch Ltd will buy 90,000 tons of roots a year from some 1,900 farm households.",
            "Kestrel Starch Ltd has contracts with some 1,900 growers.",
        ),
        (
            # words right after the count say it: the households supply a crop
            "Kestrel Starch Ltd said 1,900 farming households supply its mill with roots.",
            "Kestrel Starch Ltd said 1,900 growers supply its mill with roots.",
        ),
        (
            "The Tessby Tea Co-operative groups 290 farming households around its factory.",
            "The Tessby Tea Co-operative groups 290 farmers around its factory.",
        ),
        (
            "Kestrel Starch Ltd will source its roots from 2,800 farm families.",
            "Kestrel Starch Ltd will source its roots from 2,800 smallholders.",
        ),
    ],
)
def test_farming_households_that_supply_a_crop_are_growers(a, b):
    assert ({"a", "b"}, "consistent") in groups_of({"a": a, "b": b})


def test_farming_households_that_supply_a_crop_are_not_a_grids_homes():
    # must not: the growers a mill buys from are not the homes a grid connects
    groups = groups_of(
        {
            "a": "Kestrel Starch Ltd will buy cassava from 2,800 farming households.",
            "b": "Kestrel Starch Ltd will connect 2,800 homes to the grid.",
        }
    )
    assert not any(ids == {"a", "b"} for ids, _ in groups)


def test_farming_households_given_relief_are_households():
    # must not: a relief fund's rice is no crop the households supply
    groups = groups_of(
        {
            "a": "Kestrel Relief Ltd will give rice to 900 farming households hit by the floods.",
            "b": "Kestrel Relief Ltd will give rice to 900 households hit by the floods.",
        }
    )
    assert ({"a", "b"}, "consistent") in groups


def test_farming_households_supplied_with_power_are_households():
    # must not: a company supplying the households is their supplier, they are not its growers
    groups = groups_of(
        {
            "a": "Kestrel Starch Ltd will supply biogas to 2,800 farming households.",
            "b": "Kestrel Starch Ltd will supply biogas to 2,800 homes.",
        }
    )
    assert ({"a", "b"}, "consistent") in groups


# --- "X Officer of Y", "X Manager of Y": a title, and the organisation is what follows its "of" ---------------------


def _named(text: str, kind: str) -> list[str]:
    from loaders.clean import layout
    from loaders.extract.entities import find_entities

    return [m.name for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed by the Chief Financial Officer of Kestrel Foods Public Company Limited, Mr. Tan Boon.",
        "The plan was set out by the Chief Operating Officer of Kestrel Foods Public Company Limited.",
        "The report was signed by the Compliance Officer of Kestrel Foods Public Company Limited.",
        "The General Manager of Kestrel Foods Public Company Limited said sales rose.",
    ],
)
def test_an_officers_title_before_of_names_the_organisation_after_it(text):
    organisations = _named(text, "organisation")
    assert "Kestrel Foods" in organisations
    assert not any(word in name for name in organisations for word in ("Officer", "Manager"))


def test_a_name_opening_with_an_office_word_keeps_it():
    # must not: a school named with "Officer" is no title before a body
    assert "Officer Candidate School" in _named(
        "He graduated from Officer Candidate School in Quantico last May.", "organisation"
    )


# --- "70pc shares": a stake in the house style that writes "pc" -------------------------------------------------


def test_a_pc_percentage_of_shares_is_a_stake():
    (claim,) = [c for c in claims_of("Kestrel Starch holds 70pc shares in the joint venture.") if c.unit == "percent"]
    assert claim.metric == "stake"


def test_a_pc_share_price_move_stays_a_share_price():
    # must not: "pc" before a move of the share price
    (claim,) = [c for c in claims_of("Kestrel Starch shares rose 4.8pc on Wednesday.") if c.unit == "percent"]
    assert claim.metric == "share price change"


# --- the kip of a page naming Laos only by its adjective ----------------------------------------------------------


def test_the_kip_of_a_page_naming_laos_by_its_adjective():
    assert [(v, u) for _, v, u in _money("The Lao government pays farmers 900 kip per kg for rice.")] == [(900, "LAK")]


@pytest.mark.parametrize(
    "text",
    [
        # must not: "Lao" before a capitalised word is part of a name (a person's, a province's)
        "Lao Wei, a trader in Kunming, paid 900 kip per kg.",
        "Traders in Lao Cai paid 900 kip per kg.",
    ],
)
def test_lao_in_a_name_names_no_laos(text):
    assert not _money(text)
