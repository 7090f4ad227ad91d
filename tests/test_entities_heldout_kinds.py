"""Entity rules added for kinds the held-out articles showed: company-law forms with a slash,
institutions by their last word, a business named by what it is or what it made, a union by its
acronym, a minister's portfolio that is no body, and first-level states and provinces as places.
Short original sentences: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a company-law form written with a slash, or one of the forms of other jurisdictions
        ("Torvald Marine A/S cut its forecast on Monday.", {"Torvald Marine"}),
        ("Shares of Kampung Jaya Bhd rose after the results.", {"Kampung Jaya"}),
        ("Brenna Ceramiche SpA opened a plant near the coast.", {"Brenna Ceramiche"}),
        # institutions by their last word
        ("She is a surgeon at Westmoor General Hospital in the city.", {"Westmoor General Hospital"}),
        ("Quillon Therapeutics expects a decision next year.", {"Quillon Therapeutics"}),
        # a business named by what it is, or by what it made
        ("Its biggest client, the Dutch utility Veldhoven Stroom, said it would wait.", {"Veldhoven Stroom"}),
        ("The phone runs on a modem made by Tessaline and ships in May.", {"Tessaline"}),
        ("Orders rose, said the drugmaker Palvane, citing demand.", {"Palvane"}),
        # a union known by its acronym
        ("The RTWU union called a strike at the depot.", {"RTWU"}),
    ],
)
def test_organisations(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a sector word before a minister's title names a portfolio, not a body
        ("Ruritania Energy Minister Ivo Brandt opened the plant.", "Ruritania Energy"),
        ("Trade and Industries Secretary Noor Haddad met the board.", "Industries"),
    ],
)
def test_a_portfolio_is_not_an_organisation(text, not_expected):
    assert not any(not_expected in name for name in organisations(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("The plant near Hosur in Tamil Nadu will open in 2027.", "Tamil Nadu"),
        ("Kestrel Motors builds its vans in Ontario.", "Ontario"),
        ("A new mine in Western Australia starts work next year.", "Western Australia"),
    ],
)
def test_states_and_provinces_are_places_not_people(text, place):
    found = found_in(text)
    assert place in found.names("place")
    assert place not in people(text)


def test_a_province_that_is_also_a_given_name_still_names_a_person():
    assert "Alberta Moss" in people("The fund is run by Alberta Moss, who joined in May.")


@pytest.mark.parametrize(
    "text, person, organisation",
    [
        ("Analyst Ivo Brandt of Ostrander Capital raised his target.", "Ivo Brandt", "Ostrander Capital"),
        ("The view of Noor Haddad of Kestrel Capital was cautious.", "Noor Haddad", "Kestrel Capital"),
    ],
)
def test_a_person_of_an_employer_is_two_names(text, person, organisation):
    assert person in people(text)
    assert organisation in organisations(text)


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("The Bank of Ruritania kept rates on hold.", "Bank of Ruritania"),
        ("A study from the University of Westmoor found no effect.", "University of Westmoor"),
    ],
)
def test_an_organisation_of_a_place_stays_whole(text, organisation):
    assert organisation in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fitch Ratings said it was reviewing the bank's rating.", {"Fitch Ratings"}),
        # a plural's apostrophe inside a name
        ("Transport Workers' Union official Ana Ruiz said the talks failed.", {"Transport Workers' Union"}),
    ],
)
def test_more_organisations(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a title's words before a role word are no organisation
        ("The Group Managing Director, Mr. Ivo Brandt, said sales grew.", "Managing"),
        ("The Managing Director of Kestrel Capital, Mrs. Noor Haddad, spoke.", "Managing"),
        # a currency letter glued to an amount
        ("Kestrel Cement posts N48.2bn profit on higher prices.", "N48"),
    ],
)
def test_title_words_and_amounts_are_not_names(text, not_expected):
    found = found_in(text)
    assert not any(not_expected in m.name for m in found.mentions)


def test_the_leading_words_of_a_company_named_in_full_are_its_short_form():
    text = "Perth miner Coral Vale Minerals paused work. Analysts said Coral Vale was the fifth to halt."
    assert "Coral Vale" not in people(text)
    assert organisations(text) == {"Coral Vale Minerals"}


def test_chinese_provinces_are_places_by_their_english_names():
    assert "Guangdong" in found_in("The plant in Zhaoqing, Guangdong, opens in 2027.").names("place")


@pytest.mark.parametrize(
    "text, organisation, person",
    [
        # "a specialist": a lone name after it is a business; a person's name stays a person's
        ("Payroll specialist Norra said it grew.", "Norra", None),
        ("The deal was led by tax specialist Ann Lee.", None, "Ann Lee"),
    ],
)
def test_a_specialist(text, organisation, person):
    if organisation:
        assert organisation in organisations(text)
    if person:
        assert person in people(text) and person not in organisations(text)
