"""Fixes of the c18 review, on short original sentences: the land finding reads each sentence's own
organisations; a country opening a clause makes the figure that land's only where the land acts (its
verb, or one of a land's nouns: "Chile exports rose", not "Chile sales rose"), and a company's share of
its own ("35% of its sales") stays the company's; a measure only a company has is never a land's, so
outlets' lands do not group it; a relative clause after a site in the land, or a person's surname, is
no land acting; a currency's name before its code is no organisation."""

from __future__ import annotations

import pytest

import loaders.extract.claims as claims_module
from loaders.clean import layout
from loaders.extract.claims import land_of_claim
from loaders.extract.entities import find_entities
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


def test_each_sentence_reads_only_its_own_organisations(monkeypatch):
    """N sentences each naming an organisation: the land step is handed that sentence's mentions, not
    the article's (which made the work grow with the square of the article's length)."""
    handed = []
    real = claims_module.acting_lands

    def spy(text, sentence, organisations, *rest):
        organisations = list(organisations)
        handed.append(len(organisations))
        return real(text, sentence, organisations, *rest)

    monkeypatch.setattr(claims_module, "acting_lands", spy)
    text = "\n\n".join(f"Brakmoor Tiles Ltd sold {n + 10} kilns in March." for n in range(30))
    claims_of(text)
    assert handed and max(handed) <= 2


_REPORT = "Brakmoor Tiles Ltd reported results on Tuesday.\n\n"


@pytest.mark.parametrize(
    "sentence, written, scope",
    [
        # a plural noun after the country, then the verb: a company's segment ("sales", "orders", "revenues")
        ("Chile sales rose 6% to $410 million.", "6%", "Chile"),
        ("Chile sales rose 6% to $410 million.", "$410 million", "Chile"),
        ("Export volumes were flat, while Vietnam orders increased 11%.", "11%", "Vietnam"),
        ("UK revenues have jumped 4% to £65 million.", "£65 million", "United Kingdom"),
        # the company's own whole, right after or right before the figure
        ("Brazil accounts for 35% of its sales.", "35%", "Brazil"),
        ("Texas accounts for 22% of the group's sales.", "22%", "Texas"),
        ("Portugal represents about 16% of Brakmoor's volumes.", "16%", "Portugal"),
        ("Romania employs 900 of its 4,100 workers.", "900", "Romania"),
        ("Romania employs 900 of its 4,100 workers.", "4,100", "Romania"),
        # a fact box's label with no land's noun
        ("Canada sales: C$52 million", "C$52 million", "Canada"),
    ],
)
def test_a_countrys_segment_of_a_company_stays_the_companys(sentence, written, scope):
    claim = {c.value_as_written: c for c in claims_of(_REPORT + sentence, "2026-11-27")}[written]
    assert land_of_claim(claim) is None
    assert claim.subject == "Brakmoor Tiles"
    assert claim.scope == scope  # the country stays the figure's scope


@pytest.mark.parametrize(
    "sentence, written, land",
    [
        ("Chile exports rose 6% to 410,000 tonnes.", "410,000", "Chile"),
        ("Egypt imports 11 million tonnes of wheat a year.", "11 million", "Egypt"),
        ("Vietnam has shipped 90,000 tonnes of cashews.", "90,000", "Vietnam"),
        ("Canada Q1 exports: 52,000 tonnes", "52,000", "Canada"),
    ],
)
def test_a_land_acting_still_makes_the_figure_its_own(sentence, written, land):
    claim = {c.value_as_written: c for c in claims_of(_REPORT + sentence, "2026-11-27")}[written]
    assert land_of_claim(claim) == land


def test_a_company_only_measure_in_a_lands_clause_stays_the_companys_and_does_not_group():
    """ "India generated revenue of $120 million": a company's Indian revenue (a land has no revenue of a
    company's kind); two stories' companies printing theirs are no conflicting group."""
    articles = {
        "a": "Brakmoor Tiles Ltd said profit rose in 2025.\n\nIndia generated revenue of $120 million in 2025.",
        "b": "Quellon Glass Ltd said profit fell in 2025.\n\nIndia generated revenue of $95 million in 2025.",
    }
    claim = {c.value_as_written: c for c in claims_of(articles["a"], "2026-11-27")}["$120 million"]
    assert land_of_claim(claim) is None and claim.subject == "Brakmoor Tiles"
    assert groups_of(articles) == []


def test_outlets_printing_a_lands_volume_still_group():
    articles = {
        "a": "Brakmoor Tiles Ltd said profit rose in 2025.\n\nIndia exported 31,000 tonnes of tiles in 2025.",
        "b": "Quellon Glass Ltd said profit fell in 2025.\n\nIndia exported 31,000 tonnes of tiles in 2025.",
    }
    assert ({"a", "b"}, "consistent") in groups_of(articles)


@pytest.mark.parametrize(
    "text, written",
    [
        # the relative clause after "in <country>": the plant's as likely as the land's
        ("Brakmoor Tiles Ltd bought a tile plant in Chile, which fired 52,000 tonnes of tiles last year.", "52,000"),
        # a country's name the article gives a person as surname
        (
            "Brakmoor Tiles Ltd named Anna Georgia finance chief in May.\n\nGeorgia expects sales of $75 million in 2026.",
            "$75 million",
        ),
    ],
)
def test_a_relative_after_a_place_word_or_a_surname_is_no_land_acting(text, written):
    claim = {c.value_as_written: c for c in claims_of(text, "2026-11-27")}[written]
    assert land_of_claim(claim) is None and claim.subject == "Brakmoor Tiles"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hops come from Chile, which exported 8,200 tonnes last year.",
        "It is one of the ten largest brewers in Chile, which exported 8,200 tonnes last year.",
    ],
)
def test_a_land_opening_a_relative_clause_still_acts(sentence):
    claim = {c.value_as_written: c for c in claims_of(_REPORT + sentence)}["8,200"]
    assert land_of_claim(claim) == "Chile"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Brakmoor Tiles Ltd reported revenue in Thai Baht (THB) of 6 billion.", "THB"),
        ("Brakmoor Tiles Ltd reported revenue in Indian Rupees (INR) of 6 billion.", "INR"),
        ("Brakmoor Tiles Ltd reported revenue in Philippine Pesos (PHP) of 6 billion.", "PHP"),
    ],
)
def test_a_currencys_name_before_its_code_is_no_organisation(text, code):
    names = {m.name for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == "organisation"}
    assert names == {"Brakmoor Tiles"}, (names, code)


def test_an_acronym_of_first_letters_still_names_a_company():
    text = "Marsabit Lake Fisheries Company (MALFICO) employs 240 people."
    names = {m.name for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == "organisation"}
    assert "Marsabit Lake Fisheries" in names or "Marsabit Lake Fisheries Company" in names, names
