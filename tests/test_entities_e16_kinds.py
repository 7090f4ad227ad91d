"""Entity rules added for kinds a sixteenth round of held-out articles showed (a Hungarian county news
site machine-translated, a Japanese food-trade digest, a Budapest business weekly, a Mindanao daily, a
Jakarta business daily, a franchise-trade briefing). Short original sentences of our own: (text,
expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family name first in capitals, then a given name (Japanese, Korean, Chinese, Hungarian pages in
        # English), named in ordinary capitals; the family name alone in capitals after is that person
        (
            '"We will grow," said President OKAMURA Daisuke at a briefing. Its buyer, KWON Min-seo, agreed.',
            {"Okamura Daisuke", "Kwon Min-seo"},
        ),
        ("Managing director VARGA Ferenc will stay on.", {"Varga Ferenc"}),
        # a single name after a title, or before one in apposition, known to a list or not
        ("Its chief executive Sutarjo told reporters that sales would rise.", {"Sutarjo"}),
        ("Wiratmoko, the finance director of Kestrel Boga, flew in on Monday.", {"Wiratmoko"}),
    ],
)
def test_people_of_e16(text, expected):
    assert expected <= people(text)


def test_the_family_name_alone_in_capitals_is_the_person_and_speaks():
    found = found_in('Its adviser, HIRANO Yumi, said it was late. "The rules are strict," HIRANO said.')
    mentions = [m for m in found.mentions if m.kind == "person"]
    assert [m.name for m in mentions] == ["Hirano Yumi", "Hirano Yumi"]
    assert "HIRANO" not in found.names("organisation")


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a line of capitals is a headline's or a masthead's, and a title before a name is no family name
        ("MARKETS: ORVANE Grace", "Orvane Grace"),
        ("The company's CEO Marta said so.", "Ceo Marta"),
        # a body whose title holds "of which" is no person known by one name
        ("Orvane, the chief executive of which resigned, fell.", "Orvane"),
        # a partner is a company's as often
        ("Kestrel, the partner of Orvane in the venture, said it would pay.", "Kestrel"),
    ],
)
def test_no_person_of_e16(text, not_expected):
    assert not_expected not in people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a legal form written with its stops keeps its last stop, though it ends the sentence too
        ("It buys through a trading house, Tessby Bōeki K.K.\n\nThe rest is imported.", {"Tessby Bōeki"}),
        ("Orvale Kōgyō K.K. said on Monday it would close a plant.", {"Orvale Kōgyō"}),
        # eateries and food brands named after a cook with a kinship or courtesy title
        (
            "The chain competes with Auntie Nela's Bakeshop and Uncle Ferdie's Grill.",
            {"Auntie Nela's Bakeshop", "Uncle Ferdie's Grill"},
        ),
        ("The group runs the Warung Bu Sarmi chain and the Soto Mas Darto brand.", {"Warung Bu Sarmi", "Soto Mas Darto"}),
        # a law firm's offices
        ("The deal was advised by Dimaano Reyes Law Offices.", {"Dimaano Reyes Law Offices"}),
    ],
)
def test_organisations_of_e16(text, expected):
    assert expected <= organisations(text)


def test_a_kin_titled_brand_is_no_person():
    text = "Shoppers queue at Tita Loleng's Kakanin every Sunday."
    assert "Tita Loleng's Kakanin" in organisations(text)
    assert not people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a settlements' noun in the sentence, a list after "at" or "in" names places, known or not
        (
            "The co-op collects milk from the villages along the river, at Orvekő, Tessamér and Kelbány, and in"
            " Darvaszél and Saltovány.",
            {"Orvekő", "Tessamér", "Kelbány", "Darvaszél", "Saltovány"},
        ),
        # a name described as a settlement in apposition, even one shaped like a given name
        ("He opened his first stall in Marisol, a district south of Orvale City, in 1998.", {"Marisol"}),
        # a compass word and a name after a known town and its comma: the town's province
        ("Depots will open in Kendari, East Velmora, and in Palu, West Velmora.", {"East Velmora", "West Velmora"}),
        # the regions of an ISO list that numbers them in brackets, by their names alone
        ("Its farms lie in Caraga and Central Visayas.", {"Caraga", "Central Visayas"}),
    ],
)
def test_places_of_e16(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # no settlements' noun: "at" names employers
        ("Analysts at Kestrel and Orvane said the towns would suffer.", "Kestrel"),
        # a person described by a settlement's office is no settlement
        ("Jo Hale, a city councillor, said so.", "Jo Hale"),
    ],
)
def test_no_place_of_e16(text, not_expected):
    assert not_expected not in places(text)


# The second batch's kinds (a Minas Gerais sports page, a Seoul sports-business site, a football-finance
# letter, a Sinaloa daily, a Dutch greenhouse-trade site, a Weifang business site).


@pytest.mark.parametrize(
    "text, expected",
    [
        # footballers known by one name, after their position
        ("The club's striker Tiaguinho, top scorer of the league, renewed until 2030.", {"Tiaguinho"}),
        ("The club is talking to midfielder Juninho, who plays in Orvale.", {"Juninho"}),
    ],
)
def test_people_of_e16_batch_2(text, expected):
    assert expected <= people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a club's name opening "Atlético", a law firm's ending "Advogados"
        ("He plays for Atlético Orvane.", {"Atlético Orvane"}),
        ("The deal was advised by Moura Lima Advogados in Orvale.", {"Moura Lima Advogados"}),
    ],
)
def test_organisations_of_e16_batch_2(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the settlements of a list after "the villages of", named like people or not
        (
            "It farms in the ejidos of Juan Carlos Tessa, Gabriel Orvo Solano and Adolfo Kestra Ruiz.",
            {"Juan Carlos Tessa", "Gabriel Orvo Solano", "Adolfo Kestra Ruiz"},
        ),
        # a valley in Spanish or Portuguese before its particle
        ("One of the largest growers of the Valle del Tessar sold out.", {"Valle del Tessar"}),
        ("The club trains in the Vale do Orvo.", {"Vale do Orvo"}),
        # a region English news names by its English name
        ("Its shipping arm has depots across the Far East.", {"Far East"}),
        # a known town after "the highway to"
        ("The new warehouse sits on the highway to Culiacán.", {"Culiacán"}),
    ],
)
def test_places_of_e16_batch_2(text, expected):
    assert expected <= places(text)


def test_a_town_named_like_a_person_after_the_villages_of_is_no_person():
    text = "The ejidos of Juan Carlos Tessa and Adolfo Kestra Ruiz grow tomatoes."
    assert {"Juan Carlos Tessa", "Adolfo Kestra Ruiz"} <= places(text)
    assert not people(text) & {"Juan Carlos Tessa", "Adolfo Kestra Ruiz"}
