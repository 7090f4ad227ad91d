"""Entity and speaker rules added for kinds a twenty-first round of held-out articles showed (a Niamey daily's
digest translated from French, a northern Nigerian business weekly, a filing to the Nigerian Exchange, a Podgorica
daily's summary translated from Montenegrin, a Piraeus shipping newsletter, a shipowner's press release). Short
original sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places, said
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected, not_place",
    [
        # a family name a gazetteer knows as a town, after a person's initials (two or more, or one after a title)
        ("The mill was founded in 1979 by Alhaji T.O. Bello, a cotton trader.", "T.O. Bello", "Bello"),
        ("Its chairman, Mr R.K. Lima, said the plant would reopen.", "R.K. Lima", "Lima"),
        ("The shares were bought by Dr S. Medina for his family.", "S. Medina", "Medina"),
    ],
)
def test_a_towns_name_after_initials_is_a_family_name(text, expected, not_place):
    assert expected in people(text)
    assert not_place not in places(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # a land's initials before a town are no given names
        ("Once he moved to the U.S. Lima was only a memory.", "Lima"),
        ("Barley shipped from the U.K. Bristol mills took most of it.", "Bristol"),
        # one initial with no title before it: a letter of a list, a section, no person named
        ("The trucks go via route A. Lima is the last stop.", "Lima"),
    ],
)
def test_a_towns_name_after_initials_that_are_no_persons_stays_a_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a ship's master's title with its stop before the speaker's name
        ('"Fuel costs us more than crews," Capt. Ilias Vorrou, a cargo pilot, said on Monday.', "Ilias Vorrou"),
        # degree titles in lower case, as papers translated from the languages of former Yugoslavia print them
        (
            'Tessa Orlić chairs the board. "The quay is too short," said the director of the port, mr Vesna Tadić.',
            "Vesna Tadić",
        ),
        ('"The hall will open in May," said dr Goran Pešut, the dean.', "Goran Pešut"),
    ],
)
def test_speakers_after_a_masters_or_a_degrees_title(text, speaker):
    assert [who for _, who in said(text)] == [speaker]


@pytest.mark.parametrize(
    "text, not_person",
    [
        # "mr", "dr" and "prof" in lower case are titles only before a name: no person made of other words
        ("He toured the dr Tessker plant near the port.", "dr"),
        ("Sales at the mr Orvano chain rose by a tenth.", "mr"),
        ("Fees at the prof Tessarin school went up.", "prof"),
    ],
)
def test_lower_case_titles_make_no_person_alone(text, not_person):
    assert not any(name.casefold().startswith(not_person) for name in people(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a release's or a filing's place and date, on a line of its own or before a dash, known to no list or not
        ("Orvekko, 24 November 2026\n", "Orvekko"),
        ("Port Tessvik, November 24, 2026 — Tessa Lines said on Monday it would buy two ships.", "Port Tessvik"),
        # a dateline in capitals with the day before the month
        ("TESSAMBO, 3 March 2026 — Growers of the district sold their crop.", "Tessambo"),
    ],
)
def test_a_releases_place_and_date(text, expected):
    assert expected in places(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # a company, a weekday or a signature before the date is no place
        ("Orvane Holdings, 24 November 2026\n", "Orvane Holdings"),
        ("Monday, 24 November 2026\n", "Monday"),
        ("Ana Lima, 24 November 2026\n", "Ana Lima"),
    ],
)
def test_no_place_before_a_date(text, not_place):
    assert not_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a river's part, in lower case, then "of the" and its name (a given name spelt the same too)
        ("Barges could use the mouth of the Tessava next year.", "Tessava"),
        ("Rice is grown on the banks of the Orvanga and sold in town.", "Orvanga"),
        # "the" and a name, then a landform in lower case
        ("Holiday flats are going up all over the Tessivac peninsula.", "Tessivac"),
        ("Most growers live along the Orvaggia valley.", "Orvaggia"),
    ],
)
def test_places_named_by_a_landform(text, expected):
    assert expected in places(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # a report's source, a lender's bank, a firm's plant named by the firm, a given name before a landform
        ("The source of the Orvane report was not named.", "Orvane"),
        ("The bank of the Tessa group lent it money.", "Tessa"),
        ("Orvane Foods will build the Orvane valley plant next year.", "Orvane"),
        ("The Maria basin was drained.", "Maria"),
    ],
)
def test_no_place_named_by_a_landform(text, not_place):
    assert not_place not in places(text)


@pytest.mark.parametrize(
    "text, not_organisation",
    [
        # a filing's subject: ordinary words and a body's word before a document's noun
        ("Subject: Outcome of Board Meeting\n", "Outcome of Board"),
        ("The Notice of Board Resolution is attached.", "Notice of Board"),
    ],
)
def test_a_filings_subject_is_no_organisation(text, not_organisation):
    assert not_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a firm's name and a document's noun after it: the firm stays
        ("The Tessa Bank Meeting was held on Friday.", "Tessa Bank"),
        ("Results of the Orvane Group Meeting were posted.", "Orvane Group"),
    ],
)
def test_a_firm_before_a_documents_noun_stays(text, expected):
    assert any(expected in name for name in organisations(text))


def test_kosovo_is_a_land():
    """A land ISO 3166 gives no code of its own is a land the places list knows."""
    assert "Kosovo" in places("The fertiliser is trucked to Kosovo and Albania.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a land whose name holds "and", read whole
        ("The winery from Tessvik in Bosnia and Herzegovina will buy half of it.", "Bosnia and Herzegovina"),
        ("Exports to Trinidad and Tobago rose by a tenth.", "Trinidad and Tobago"),
    ],
)
def test_lands_named_with_and(text, expected):
    assert expected in places(text)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # ... and a body named after it runs to its end: no body cut at "and", no organisation of the land's tail
        ("The Central Bank of Trinidad and Tobago cut rates.", "Central Bank of Trinidad and Tobago", "Tobago"),
        ("The Export Agency of Bosnia and Herzegovina welcomed it.", "Export Agency of Bosnia and Herzegovina", "Herzegovina"),
    ],
)
def test_a_body_named_after_a_land_named_with_and(text, expected, not_expected):
    found = organisations(text)
    assert expected in found
    assert not_expected not in found


def test_two_firms_joined_by_and_stay_two():
    """A firm's name ending in a land's first word, then "and" and another firm: no land there, two firms."""
    found = organisations("Orvane Bank of Bosnia and Orvane Foods signed the deal.")
    assert "Orvane Foods" in found
    assert not any("Orvane Foods" in name and "Bank" in name for name in found)


@pytest.mark.parametrize(
    "text, person, employer",
    [
        # a job title, a person's name (known to no list of given names) and "of" their employer
        ("Analyst Suphanee Orlikul of Tessa Securities said the price was high.", "Suphanee Orlikul", "Tessa Securities"),
        ("Economist Wanda Orlik of Orvane Capital expects a cut.", "Wanda Orlik", "Orvane Capital"),
    ],
)
def test_a_titled_person_of_an_employer(text, person, employer):
    assert person in people(text)
    assert employer in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # no title before: a body's name holding "of" stays whole
        ("Shares of Orvane Tessa of Tessa Securities rose.", "Orvane Tessa of Tessa Securities"),
        # a body's word before "of": one body
        ("Analyst Tessa Bank of Orvane Securities said.", "Tessa Bank of Orvane Securities"),
    ],
)
def test_no_titled_person_where_no_title_or_a_bodys_word(text, expected):
    assert expected in organisations(text)


@pytest.mark.parametrize(
    "text, not_person",
    [
        # ordinary words, none a given name, cut from a body's name: no person by "said" alone
        ("The Office for Trade in Goods and Public Works said the road would open.", "Public Works"),
    ],
)
def test_ordinary_words_are_no_person_by_a_speech_verb(text, not_person):
    assert not_person not in people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name that is an ordinary word too still makes a person with "said"
        ("Hope Young said the plant would close.", "Hope Young"),
        ("Mark Price said the plant would close.", "Mark Price"),
    ],
)
def test_a_given_name_that_is_a_word_still_speaks(text, expected):
    assert expected in people(text)


def test_a_macedonian_masters_title_before_a_speaker():
    text = "\"Bread prices must rise,\" said the bakers' union's head, m-r Vasko Tessevski."
    assert [who for _, who in said(text)] == ["Vasko Tessevski"]
