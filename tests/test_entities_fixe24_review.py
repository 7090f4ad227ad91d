"""The e24 review's findings: an honorific that is a surname too ("Shaikh") is a title only where it opens a name;
two people sharing a shorter form of a name stay two; a filing's defined terms that name a body stay organisations,
and a term standing for a party joins its later mentions to the party; a company alone on its line above "Head
Office" stays a company; "Bukit" before a company's cue opens no place; a hyphenated title before a Korean surname
is no given name. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claim_subjects, organisation_names, places, said
from tests.test_entity_rules import organisations, people


# H1. "Shaikh", "Sheikh", "Shaykh": a Gulf title before a name, and a common South Asian surname after a given name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analyst Imran Shaikh said prices rose.", {"Imran Shaikh"}),
        ("Imran Shaikh, a trader in Multan, told us prices rose.", {"Imran Shaikh"}),
        ("Dealer Asif Sheikh said the rupee fell.", {"Asif Sheikh"}),
        ("Farhan Shaykh, a banker, said rates would hold.", {"Farhan Shaykh"}),
        # the title still opens a name
        ("The chairman, Shaikh Rashid bin Omar Al-Hadi, signed the deal.", {"Rashid bin Omar Al-Hadi"}),
        ("Sheikh Hamad Al-Thani opened the port.", {"Hamad Al-Thani"}),
        # after a body's name run into it, as a title and "of" print it
        ("The chairman of Tessa Foods Shaikh Rashid bin Omar Al-Hadi signed it.", {"Rashid bin Omar Al-Hadi"}),
        ("Vice chairman Bilal Tariq Sheikh said costs rose.", {"Bilal Tariq Sheikh"}),
    ],
)
def test_an_honorific_that_is_a_surname_too(text, expected):
    assert people(text) == expected


def test_a_surname_shaikh_speaks_as_a_person():
    text = 'Analyst Imran Shaikh said: "Prices will rise."'
    assert [speaker for _, speaker in said(text)] == ["Imran Shaikh"]
    assert people(text) == {"Imran Shaikh"}


# H2. A shorter form of a full name is that person only where it is a bare repeat after the full name: not where it
# carries a role or description of its own, follows a kinship word, comes first, or the page sets the two apart.
@pytest.mark.parametrize(
    ("text", "expected_people", "speaker"),
    [
        (
            'Lucia Pardo Reis, the mayor, is not related to the singer Lucia Pardo. "We are different people," Lucia Pardo said.',
            {"Lucia Pardo Reis", "Lucia Pardo"},
            "Lucia Pardo",
        ),
        (
            'Chairman Julio Ibarra Salcedo runs the bank. His cousin Julio Salcedo, a farmer, said "prices are low".',
            {"Julio Ibarra Salcedo", "Julio Salcedo"},
            "Julio Salcedo",
        ),
        (
            'Julio Salcedo, a farmer, said "prices are low". Chairman Julio Ibarra Salcedo said they were not.',
            {"Julio Ibarra Salcedo", "Julio Salcedo"},
            "Julio Salcedo",
        ),
        # a bare repeat after the full name is still that person
        (
            'The Ruiz Vega family keeps 30%. Director Ana Ruiz Vega said jobs would stay. "We stay," Ms Ruiz Vega said.',
            {"Ana Ruiz Vega"},
            "Ana Ruiz Vega",
        ),
        (
            'Chairman Julio Ibarra Salcedo runs the bank. "Prices are low," Julio Salcedo said.',
            {"Julio Ibarra Salcedo"},
            "Julio Ibarra Salcedo",
        ),
    ],
)
def test_two_people_sharing_a_short_form_stay_two(text, expected_people, speaker):
    assert people(text) == expected_people
    assert [who for _, who in said(text)] == [speaker]


# M4. A filing's defined term: one that names a body ('(the "Red Hills Army")') stays an organisation; one that
# stands for a party ('("the Cooperative")', '(the "JV Company")') names its later mentions after the party; one for a
# deal or a document ("JV Agreement") is no organisation, nor is any word inside it ("JV").
def test_a_defined_term_that_names_a_body_stays_an_organisation():
    text = 'The gunmen (the "Red Hills Army") raided a depot. The Red Hills Army said it would fight on.'
    assert organisations(text) == {"Red Hills Army"}
    text = 'Orvale Capital Partners (the "Orvale Capital") bought the mill. Orvale Capital said it was pleased.'
    assert "Orvale Capital" in organisation_names(text)  # the later mention is kept


def test_a_term_standing_for_a_party_names_it():
    text = (
        'Orvale Dairy Ltd buys the milk of Tessa Valley Cooperativa Agraria Ltda. ("the Cooperative"). Milk is supplied '
        "by 520 farmers of the Cooperative."
    )
    assert organisation_names(text).get("Cooperative") == "Tessa Valley Cooperativa Agraria"
    assert claim_subjects(text)["520"] == "Tessa Valley Cooperativa Agraria"


def test_a_deal_term_and_the_words_inside_it_are_no_organisation():
    text = (
        'Kestrel Foods signed a joint venture agreement (the "JV Agreement") with Orvale Ltd to form Tessa Cold Chain LLC '
        '(the "JV Company"). Under the JV Agreement, the JV Company will build a plant.'
    )
    assert organisations(text) == {"Kestrel Foods", "Orvale", "Tessa Cold Chain"}
    assert organisation_names(text).get("JV Company") == "Tessa Cold Chain"


# M3. A name alone on its line above a person's title on the next is a signature's person; a company alone on its line
# above "Head Office" or a department's name, or above a title and the person who holds it, stays a company.
@pytest.mark.parametrize(
    "text",
    [
        "Contact:\nHarlow Finch\nHead Office, 12 Harbour Road\n",
        "Contact:\nHarlow Finch\nHead Office\n",
        "Harlow Finch\nHead of Research Asia\nAna Ruiz Vega said prices rose.\n",
    ],
)
def test_a_company_alone_on_its_line_above_an_office_stays_one(text):
    assert "Harlow Finch" in organisations(text)
    assert "Harlow Finch" not in people(text)


def test_a_signature_above_a_title_is_still_a_person():
    text = "The board will report again.\n\nFor further information:\nMaryam Saeed Al Hosani\nHead of Investor Relations\n"
    assert people(text) == {"Maryam Saeed Al Hosani"}


# M5. "Bukit", "Teluk" open a place's name, but not where a company's cue stands before the name or its own act after it.
@pytest.mark.parametrize(
    "text",
    [
        "Shares of Bukit Tessa rose 3% after the company raised its dividend.",
        "Shares in Teluk Orvale fell 2% on Monday.",
        "Analysts at Bukit Orvale expect a better year.",
    ],
)
def test_an_opening_word_before_a_company_cue_opens_no_place(text):
    assert not places(text)
    assert organisations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road to Bukit Tessa was closed after the rain.", {"Bukit Tessa"}),
        ("Fishermen at Teluk Orvale landed a poor catch on Monday.", {"Teluk Orvale"}),
    ],
)
def test_an_opening_word_still_opens_a_place(text, expected):
    assert places(text) == expected


# M6. A hyphenated title before a Korean family name is no given name of two syllables ("Co-host Han", "Ex-chair
# Park"); a romanised given name still is ("Seo-yeon Han").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Co-host Han laughed at the joke.", set()),
        ("Ex-chair Park resigned on Friday.", set()),
        ("Vice-captain Kim scored twice.", set()),
        ("Seo-yeon Han laughed at the joke.", {"Seo-yeon Han"}),
    ],
)
def test_a_hyphenated_title_is_no_korean_given_name(text, expected):
    assert people(text) == expected
