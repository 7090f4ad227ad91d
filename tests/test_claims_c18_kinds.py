"""The c18 round's kinds of claims, on short original sentences: a country or a people acting in a
figure's clause makes it that land's, no company's (even one named after the land), and outlets
printing it compare; "shillings" are the Somali shilling on a Somali page and no currency where no
shilling country is named; the withdrawn Bulgarian lev by its code and plural; a decimal comma before a
weight; an acronym taking two or three letters of a word ("TARFCO"); "the Bulgarian company" standing
for the deal's Bulgarian party; "of its shares to X for $Y" a stake's price, no share price."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.claims import land_of_claim
from loaders.extract.entities import find_entities
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of

_DEAL = "Harwick Foods has bought 60% of Lindqvist Fresh Ltd.\n\nHarwick Foods packs salads in Leeds.\n\n"


def _by_written(text: str) -> dict[str, object]:
    return {c.value_as_written: c for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    "opening, sentence, written, land",
    [
        # a country named first acting, though a company of the story is named after it
        (
            "Kestrel Agri has bought 55% of Peru Limes Ltd.\n\n",
            "Peru exported 1.3 million tonnes of limes last year.",
            "1.3 million",
            "Peru",
        ),
        (_DEAL, "The UAE imported 214,000 tonnes of lettuce in 2025, the ministry said.", "214,000", "United Arab Emirates"),
        (_DEAL, "Kenyans bought 2.7 million bags of salad last year.", "2.7 million", "Kenya"),
        (_DEAL, "Norway's salad imports rose 9% last year.", "9%", "Norway"),
        (_DEAL, "Danish lettuce exports reached 31,000 tonnes in 2025.", "31,000", "Denmark"),
        (_DEAL, "Sweden Q2 imports: 8,400 tonnes", "8,400", "Sweden"),
    ],
)
def test_a_land_acting_makes_a_figure_no_companys(opening, sentence, written, land):
    claim = _by_written(opening + sentence)[written]
    assert (claim.subject, claim.subjects, land_of_claim(claim)) == (None, (), land)


@pytest.mark.parametrize(
    "sentence, written",
    [
        # a company's segment, no land's
        ("European sales rose 6% in the first half.", "6%"),
        # "the" and a people: the party of that nationality
        ("The Swedes are buying a chain with a debt of almost SEK 90 million.", "SEK 90 million"),
        # a company "of" the land, which the clause is about
        ("The seller is Orrby Salads AB of Sweden, which will keep the remaining 40 per cent.", "40 per cent"),
    ],
)
def test_a_land_named_otherwise_leaves_the_figure_to_its_company(sentence, written):
    claim = _by_written(_DEAL + sentence)[written]
    assert land_of_claim(claim) is None
    assert claim.subject is not None


def test_outlets_printing_one_lands_figure_share_a_group():
    """Two outlets' "Ireland exported 46,000 tonnes" / "Irish oat exports reached 46,000 tonnes": one
    group, though each story's own company differs."""
    articles = {
        "a": "Corrib Mills has bought 70% of Ireland Oats Ltd.\n\nIreland exported 46,000 tonnes of oats last year.",
        "b": "Corrib Mills is buying Ireland Oats.\n\nIrish oat exports reached 46,000 tonnes last year.",
    }
    assert ({"a", "b"}, "consistent") in groups_of(articles)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("GALKAYO (Horn Wire) - Mudug Seafoods pays traders 36,000 shillings a kilogram for tuna in Somalia.", "SOS"),
        ("Harlan Seafoods pays 36,000 shillings a kilogram for tuna at its plant in Mombasa, Kenya.", "KES"),
    ],
)
def test_shillings_are_the_named_countrys(text, unit):
    (claim,) = [c for c in claims_of(text) if c.value == 36000]
    assert claim.unit == unit


def test_shillings_where_no_shilling_country_is_named_are_no_guess():
    assert not [
        c
        for c in claims_of("Harlan Seafoods pays 36,000 shillings a kilogram for tuna.")
        if c.unit in {"KES", "UGX", "TZS", "SOS"}
    ]


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        ("Rila Herbs AD posted revenue of BGN 14,7 mln. in 2025.", "BGN 14,7 mln", 14.7e6, "BGN"),
        ("Rila Herbs paid 8.2 million leva for the mill.", "8.2 million leva", 8.2e6, "BGN"),
        ("Zagreb Hops reported sales of HRK 96 million in 2021.", "HRK 96 million", 96e6, "HRK"),
        # a weight after a decimal comma
        ("Rila Herbs distils 3,6 tonnes of lavender oil a year, worth EUR 2,1 mln.", "3,6", 3.6, "tonnes"),
    ],
)
def test_withdrawn_codes_and_decimal_commas_before_weights(text, written, value, unit):
    found = {c.value_as_written: c for c in claims_of(text)}
    assert found[written].value == pytest.approx(value) and found[written].unit == unit, found


def test_a_withdrawn_code_is_no_organisation():
    text = "Rila Herbs AD posted revenue of BGN 14,7 mln. in 2025, up from BGN 12,9 mln."
    names = {m.name for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == "organisation"}
    assert "BGN" not in names and "Rila Herbs" in names


def test_an_acronym_of_first_letters_names_its_company():
    text = (
        "Tana River Fisheries Company (TARFCO) has sold 30 percent of its shares to Nordvik Capital for $9.2 million.\n\n"
        "TARFCO employs 310 people at Garsen."
    )
    found = _by_written(text)
    assert found["310"].subject == "Tana River Fisheries"  # (its legal form dropped)
    # "of its shares to X for $Y": the stake's price, no share price
    assert found["$9.2 million"].metric != "share price"
    assert found["30 percent"].metric == "stake"


def test_the_nationalitys_company_is_the_deals_party_of_that_nationality():
    text = (
        "Veltor Foods of Athens said it would buy 60% of Rila Herbs, a Bulgarian maker of herbal teas, for €4 million.\n\n"
        "The Bulgarian company employs 85 people and dries 700 tonnes of herbs a year."
    )
    found = _by_written(text)
    assert found["85"].subject == "Rila Herbs"
    assert found["700"].subject == "Rila Herbs"


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # Rwanda's franc by its sign, and "francs" in a story naming Rwanda and no Switzerland
        ("Butare Coffee Ltd was sold for Frw 3.1 billion in Rwanda.", "Frw 3.1 billion", "RWF"),
        ("Butare Coffee paid farmers 380 francs per kilogram of cherry, the Rwanda board said.", "380 francs", "RWF"),
        ("Zug Instruments earned 42 million francs in Switzerland and Rwanda.", "42 million francs", "CHF"),
        # "dirhams" in a story naming Morocco and not the UAE; the UAE's where it is named
        ("Atlas Sardines paid 95 million dirhams for the Agadir cannery, the Moroccan group said.", "95 million dirhams", "MAD"),
        ("Jebel Foods paid 95 million dirhams for the Dubai plant, the UAE company said.", "95 million dirhams", "AED"),
    ],
)
def test_a_currency_word_of_several_countries_is_the_named_countrys(text, written, unit):
    found = {c.value_as_written: c for c in claims_of(text)}
    assert found[written].unit == unit, found
