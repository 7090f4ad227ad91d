"""Rules added for kinds the m8 mixed round showed (a Kyrgyz walnut exporter's buying story told by
Central Asian outlets; a Flemish chocolate maker buying into a Dominican cocoa fermenter). Short
original sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import found_in, organisations, people
from tests.test_quotes_q7_kinds import speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        # Kyrgyz, Kazakh and Uzbek patronymics after the father's name stand in place of a surname
        ("Farmer Almaz Temir uulu said the walnut harvest was poor.", {"Almaz Temir uulu"}),
        ("Aidai Bek kyzy, who runs a drying shop, said prices rose.", {"Aidai Bek kyzy"}),
        ("Yerlan Serik uly heads the grain board.", {"Yerlan Serik uly"}),
        ("The trader Sardor Akmal o'g'li said demand held.", {"Sardor Akmal o'g'li"}),
        # two such names in one sentence stay two people
        ("Almaz Temir uulu met Nurbek Osmon uulu in Bishkek.", {"Almaz Temir uulu", "Nurbek Osmon uulu"}),
        # a name without one is read as before
        ("Farmer Almaz Temir said the walnut harvest was poor.", {"Almaz Temir"}),
    ],
)
def test_central_asian_patronymics_after_the_name(text, expected):
    assert people(text) == expected


def test_a_quote_is_given_to_the_whole_name_with_its_patronymic():
    text = (
        'Kanat Bolot uulu buys apricots in Batken. "Prices will fall by spring," Kanat Bolot uulu said.\n\n'
        'Aigerim Talant kyzy runs a drying shop. "We have no buyers," said Aigerim Talant kyzy.'
    )
    assert speakers(text) == [
        ("Prices will fall by spring,", "Kanat Bolot uulu"),
        ("We have no buyers,", "Aigerim Talant kyzy"),
    ]


def _organisation_mentions(text: str) -> list[tuple[str, str]]:
    return [(m.span.of(text), m.name) for m in found_in(text).mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    "text, short, full",
    [
        # a firm named with its trade word first, then by the word after it alone: one organisation
        (
            "Chocolaterie Dewulf NV bought 55% of a roaster for 4 million euros.\n\nDewulf, based in Kortrijk, will keep the brand.",
            "Dewulf",
            "Chocolaterie Dewulf",
        ),
        ("Drukkerij Maes printed the ballots. Maes hired 30 people.", "Maes", "Drukkerij Maes"),
        # ... and a Latin American processor or exporter by the words after its trade word
        (
            "Acme Foods bought 70% of Procesadora Lechera del Valle, SRL, a dairy. Lechera del Valle employs 90 people.",
            "Lechera del Valle",
            "Procesadora Lechera del Valle",
        ),
    ],
)
def test_a_firm_by_the_name_after_its_trade_word(text, short, full):
    mentions = _organisation_mentions(text)
    assert (short, full) in mentions
    assert {name for _, name in mentions} - {"Acme Foods"} == {full}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a legal form written after a comma without its stops, or the Dominican "C. por A."
        ("Acme Foods bought 70% of Granja Avícola del Río, SRL, a dairy.", {"Acme Foods", "Granja Avícola del Río"}),
        ("Acme Foods bought Molinos Orvale, S.R.L, last year.", {"Acme Foods", "Molinos Orvale"}),
        ("Acme Foods bought 70% of Tostadora Oriental, C. por A., a roaster.", {"Acme Foods", "Tostadora Oriental"}),
    ],
)
def test_a_name_before_its_legal_form_after_a_comma(text, expected):
    assert organisations(text) == expected
