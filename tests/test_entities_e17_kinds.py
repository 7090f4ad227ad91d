"""Entity rules added for kinds a seventeenth round of held-out articles showed (a Colombian regional
daily machine-translated, an Andean dairy newsletter, a ministry's press release translated, an Iranian
provincial news agency, a Hamburg nut-trade letter, a California growers' bulletin). Short original
sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import found_in, organisations


def places(text):
    return found_in(text).names("place")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry's listed fields before "for" and a lower-case word, and before a masthead's next line
        (
            "Growers asked the Ministry of Fisheries and Coastal Affairs for a quota on imports.",
            {"Ministry of Fisheries and Coastal Affairs"},
        ),
        ("Ministry of Mines and Energy\nRepublic of Orvalia\n\nPress release", {"Ministry of Mines and Energy"}),
    ],
)
def test_organisations_of_e17(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bank whose name opens with "Bank", a given name after it or not
        ("The chief economist of Bank Lia Sorvan, Omid Kasra, said lending fell.", {"Bank Lia Sorvan"}),
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


def test_a_person_of_a_bank_named_bank_first_is_a_person_and_the_bank():
    """ "Analyst Ana Reyes of Bank Tessal": the person, then the bank, no "Ana Reyes of Bank" body."""
    found = found_in("Analyst Lotte-Marie Brandt of Bank Orvelund thinks the price is fair.")
    assert "Lotte-Marie Brandt" in found.names("person")
    assert found.names("organisation") == {"Bank Orvelund"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place a list knows whose name opens with a capital beyond A-Z
        ("Supply from Şanlıurfa was large this year.", {"Şanlıurfa"}),
        ("Plants in Łódź and Örebro closed in May.", {"Łódź", "Örebro"}),
    ],
)
def test_places_of_e17(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village written with its word, capitalised: the village, named without the word
        ("The pickers live in Tessaran Village and come by bus.", {"Tessaran"}),
        # villages named after a man, with a settlement's word after a hyphen, listed after growers and "in"
        ("It buys from growers in Karim-Abad, Hasan-Abad and Orvalu.", {"Karim-Abad", "Hasan-Abad", "Orvalu"}),
        # producers living in the places of a list
        ("It buys from 900 producers in Tessmara, Orvu and Kalvane.", {"Tessmara", "Orvu", "Kalvane"}),
    ],
)
def test_villages_of_e17(text, expected):
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
