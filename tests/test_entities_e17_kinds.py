"""Entity rules added for kinds a seventeenth round of held-out articles showed (a Colombian regional
daily machine-translated, an Andean dairy newsletter, a ministry's press release translated, an Iranian
provincial news agency, a Hamburg nut-trade letter, a California growers' bulletin). Short original
sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry's listed fields before "for" and a lower-case word, and before a masthead's next line
        (
            "A grant from the Ministry of Culture and Heritage Affairs for two theatres was cut.",
            {"Ministry of Culture and Heritage Affairs"},
        ),
        (
            "Ministry of Labour and Social Security\nOrvalia City, 4 March 2026\n\nWages rose by 3%.",
            {"Ministry of Labour and Social Security"},
        ),
        # ... and before "for" and a capital, unless an institution's word before "for" opens another body's name
        (
            "The Department of Transport and Infrastructure for the Northern Territory approved the road.",
            {"Department of Transport and Infrastructure"},
        ),
        ("Talks with the Ministry of Trade and Industry for Orvalia ended on Friday.", {"Ministry of Trade and Industry"}),
        (
            "The Ministry of Education and Centre for Rural Studies signed a deal.",
            {"Ministry of Education", "Centre for Rural Studies"},
        ),
    ],
)
def test_organisations_of_e17(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bank whose name opens with "Bank", a given name after it or not
        ("Deposits at Bank Lia Sorvan grew by 4% in the year to March.", {"Bank Lia Sorvan"}),
        ("Loans came from Bank Tervaleh Noor last year.", {"Bank Tervaleh Noor"}),
    ],
)
def test_banks_named_bank_first(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a street named after a bank's word is no body
        ("The shop on Bank Street closed in May.", "Bank Street"),
        ("Its office on Banco Road closed in May.", "Banco Road"),
    ],
)
def test_no_organisation_of_e17(text, not_expected):
    assert not_expected not in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # "Bank" then an ordinary word or a title, or a run ending in one: a phrase (a title-case headline, a
        # sentence's opening), no bank
        "Bank Stocks Slide as Rates Rise\nShares of Marlow Financial fell 3% on Monday.",
        "Bank Earnings Beat Forecasts at Kestrel Trust\nProfits rose.",
        "Bank Customers in Yarrowby lost access to their apps on Friday.",
        "Bank Chief Executive Tom Rand said profits rose.",
        "Bank Lending Eases\nCredit to farms in Orvalia fell by a tenth.",
        "Bank Tellers Strike Over Pay\nUnions said talks had failed.",
        "Bank Branches Close Across Orvalia\nThe towns lost their last tellers.",
    ],
)
def test_bank_opening_a_phrase_is_no_bank(text):
    assert not [name for name in organisations(text) if name.startswith("Bank")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ... while a name that is no phrase stays a bank's, a country's name at its end or not
        ("Bank Negara Malaysia kept its rate on hold.", {"Bank Negara Malaysia"}),
        ("Bank Julius Baer said profits rose.", {"Bank Julius Baer"}),
        ("Sanctions named Bank Mellat and Bank Saderat.", {"Bank Mellat", "Bank Saderat"}),
    ],
)
def test_banks_opening_with_bank_of_e17(text, expected):
    assert expected <= organisations(text)


def test_a_person_of_a_bank_named_bank_first_is_a_person_and_the_bank():
    """ "Analyst Ana Reyes of Bank Tessal": the person, then the bank, no "Ana Reyes of Bank" body."""
    found = found_in("Analyst Lotte-Marie Brandt of Bank Orvelund thinks the price is fair.")
    assert "Lotte-Marie Brandt" in found.names("person")
    assert found.names("organisation") == {"Bank Orvelund"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place a list knows whose name opens with a capital beyond A-Z
        ("Cotton from Ürümqi reached the coast by rail.", {"Ürümqi"}),
        ("Wool from Övörhangay sold well at the auction.", {"Övörhangay"}),
        ("Traders said Ōita would get the new line first.", {"Ōita"}),
    ],
)
def test_places_of_e17(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village written with its word, capitalised: the village, named without the word
        ("The pickers live in Tessaran Village and come by bus.", {"Tessaran"}),
        # villages named after a man, with a settlement's word after a hyphen, in a list of residents' places
        ("Villagers in Karim-Obod and Yusuf-Abad waited a week for water.", {"Karim-Obod", "Yusuf-Abad"}),
        (
            "The council paid smallholders in Yusuf-Abad, Dervan and Rahim-Pur for lost crops.",
            {"Yusuf-Abad", "Dervan", "Rahim-Pur"},
        ),
        # producers living in the places of a list
        ("It buys from 900 producers in Tessmara, Orvu and Kalvane.", {"Tessmara", "Orvu", "Kalvane"}),
    ],
)
def test_villages_of_e17(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # "X Village" with no locative before it, or a business's noun after it or ending its apposition: a
        # shopping centre's, a care home's, a retirement complex's name, no village
        ("Kestrel Retail owns Brookfield Village, a shopping centre in Leeds.", "Brookfield"),
        ("Landsec sold Marlowe Village to a pension fund for £80 million.", "Marlowe"),
        ("Shoppers in the Carrowby Village shopping centre were sent home.", "Carrowby"),
        ("Staff at Alder Village, its flagship care home, went on strike.", "Alder"),
        ("The operator runs Hillcrest Village and Pennick Village in Ohio.", "Hillcrest"),
        ("Residents at Orchard Lea Village, a retirement complex, pay a monthly fee.", "Orchard Lea"),
        ("The sale of Marlowe Village to a pension fund closed in June.", "Marlowe"),
    ],
)
def test_businesses_named_village_are_no_villages(text, not_expected):
    assert not_expected not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # ... while after a locative, the village, an apposition describing a village or not
        ("Farmers from Lumbani Village sold their maize to the board.", {"Lumbani"}),
        ("Elders in Dorvu Village, a farming village near the lake, met on Monday.", {"Dorvu"}),
        # ... or after its residents' "of"
        ("The mill buys cocoa from families of the Orvu Community and of Pelloa Village.", {"Pelloa"}),
    ],
)
def test_villages_after_a_locative(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a hyphenated given name is still a person's, and a village's word opens no village
        ("Ana-Maria Lupu and Tessby Rowe said so.", "Ana-Maria Lupu"),
        ("Village elders met on Monday.", "Village"),
    ],
)
def test_no_place_of_e17(text, not_expected):
    assert not_expected not in places(text)
