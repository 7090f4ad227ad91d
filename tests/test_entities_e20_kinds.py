"""Entity rules added for kinds a twentieth round of held-out articles showed (a Nepali Terai regional daily, a
Sri Lankan provincial weekly, a listed company's disclosure to its exchange, a Czech regional paper translated
from Czech, a Turkish regional business site, a British trade newsletter). Short original sentences of our own:
(text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials run together before one family name, as South Asian papers print given names
        ("The mill was founded by his father T.K.R. Marasinghe in 1958.", "T.K.R. Marasinghe"),
        ("Chairman W.A.P.K. Dissanayaka told shareholders the plant would open.", "W.A.P.K. Dissanayaka"),
        # "X, the owner of Y": a person with a given name, what they own after it
        ("Martin Oduya, the owner of Tessby Looms, chairs the association.", "Martin Oduya"),
    ],
)
def test_people_of_e20(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # two initials open firms' names too: no person by the initials alone
        ("The shop was sold to J.P. Orvane in 1990.", "J.P. Orvane"),
        # a nationality of two words whose first is a given name too
        ("With the Sri Lankans we will dry it here, the farmers said.", "Sri Lankans"),
        ("Costa Rican buyers took most of the crop.", "Costa Rican"),
    ],
)
def test_no_person_of_e20(text, not_expected):
    assert not_expected not in people(text)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # a stock exchange named after its city is the exchange, not the city
        ("Tessaly said in a statement to Borsa İstanbul on Tuesday.", "Borsa İstanbul", "İstanbul"),
        ("Its shares rose 3% on the Oslo Børs after the news.", "Oslo Børs", "Oslo"),
        ("It is also listed on the Bourse de Casablanca.", "Bourse de Casablanca", "Casablanca"),
        ("Orvane trades on Bursa Malaysia.", "Bursa Malaysia", "Malaysia"),
        # a land's name after "of" ("Sri" is a given name too) stays in the bank's name
        ("The deal needs the approval of the Central Bank of Sri Lanka.", "Central Bank of Sri Lanka", "Sri Lanka"),
    ],
)
def test_exchanges_and_banks_named_after_places(text, expected, not_expected):
    assert expected in organisations(text)
    assert not_expected not in places(text)


@pytest.mark.parametrize(
    "text, towns",
    [
        # "Bursa" opens an exchange's name only before a land ("Bursa Malaysia"); before a city or a firm it is the town
        ("The Bursa Istanbul motorway reopened on Monday.", {"Bursa", "Istanbul"}),
        ("Trucks on the Bursa Ankara road were stopped.", {"Bursa", "Ankara"}),
        ("In 2024 the Bursa group Tessel Tekstil bought a mill.", {"Bursa"}),
    ],
)
def test_a_town_named_bursa_is_no_exchange(text, towns):
    assert towns <= places(text)
    assert not any(name.startswith("Bursa") for name in organisations(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region named with "the" once: its people, traders or settlements, a place lying in it, a land beside it
        ("Most ginger comes from farmers in the Orvai and is dried at home.", {"Orvai"}),
        ("Workers commute from villages of the Tessarny.", {"Tessarny"}),
        ("Textile exporters across the Kelmor were looking for plants abroad.", {"Kelmor"}),
        ("The plant at Tessvale, in the Tessabo, dries milk.", {"Tessabo"}),
        ("The mill at Kandy in the Orvesh, a hill region, dries tea.", {"Orvesh"}),
        ("It sells to buyers in the Orvesh and in Germany.", {"Orvesh"}),
        # a town before its division named with its kind, in an address
        ("The cooperative of Tessbari, Orvang District, owns the plant.", {"Tessbari"}),
    ],
)
def test_places_of_e20(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a market beside a city is no region
        ("Shares of the company rose in the Nasdaq and in London.", "Nasdaq"),
        # a body after "of the" is no region ("chairman of the Board")
        ("Farmers of the Cooperative voted on Friday.", "Cooperative"),
    ],
)
def test_no_place_of_e20(text, not_expected):
    assert not_expected not in places(text)


def test_a_town_qualifying_a_trading_house_is_no_organisation():
    """ "the Kandy trading house": the town names where the house is, not a company of its own."""
    found = organisations("Orvane Brothers Ltd, the Badulla trading house, backed the deal. Weekly · Badulla · Galle")
    assert "Badulla" not in found


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # a Turkish company's name runs across "ve" (and) to its legal form
        ("Orvan Gıda Sanayi ve Ticaret A.Ş. has agreed to buy the mill.", "Orvan Gıda Sanayi ve Ticaret", "Orvan Gıda Sanayi"),
        # "Menkul Değerler" (securities) ends a brokerage's name, no person's
        (
            "Analyst Deniz Kaya of Tessa Yatırım Menkul Değerler said prices rose.",
            "Tessa Yatırım Menkul Değerler",
            "Tessa Yatırım",
        ),
    ],
)
def test_turkish_company_names(text, expected, not_expected):
    found = organisations(text)
    assert expected in found
    assert not_expected not in found
    assert "Menkul Değerler" not in people(text)


def test_a_town_after_a_site_noun_is_no_organisation_by_a_role():
    """ "chief executive of the Tessby mill": the role is the mill's; the one word before it, a town the article
    names (here the last word of the firm's registered name), is no organisation."""
    text = "Orvane Tessby a.s. weaves linen. Jo Hale, chief executive of the Tessby mill, told the paper."
    assert "Tessby" not in organisations(text)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # a land's official name is the land, read whole: no body "Republic", no other land by its last word
        ("It was incorporated in the Republic of Malawi in 1998.", "Malawi", "Republic"),
        ("It buys ore in the Democratic Republic of Congo.", "DR Congo", "Congo"),
        ("It is registered in the Federal Democratic Republic of Ethiopia.", "Ethiopia", "Republic"),
    ],
)
def test_official_names_of_lands(text, expected, not_expected):
    found = found_in(text)
    assert expected in found.names("place")
    assert not_expected not in found.names("place") | found.names("organisation")


def test_a_body_named_after_a_land_keeps_its_name():
    """ "the Tessby Workers Union of Malawi": a body whose name holds a form of state and a land."""
    assert "Tessby Workers Union of Malawi" in organisations("The Tessby Workers Union of Malawi said wages rose.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # academic and professional titles with their stop before a name, as Latin American and Czech pages print them
        ("According to Ing. Orvalina Tessaro, a technician, yields rose.", "Orvalina Tessaro"),
        ("The plan was approved, said Lic. Tessaro Orvane Duvall.", "Tessaro Orvane Duvall"),
    ],
)
def test_titles_with_their_stop(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same without a masthead, and with the town placed elsewhere in the article
        "Orvane Brothers Ltd, the Badulla trading house, backed the deal.",
        "Orvane Brothers Ltd, the Badulla trading house, backed the deal. Its stores in Badulla will stay open.",
    ],
)
def test_a_town_qualifying_a_trading_house_without_a_masthead(text):
    assert "Badulla" not in organisations(text)
