"""The m18 round's kinds that recur on other pages: courtesy titles of other languages before a name (Portuguese and
Spanish "Sr." and "Sra.", India's "Sri", "Shri" and "Smt.", Tetum's "Maun", Tahitian's "Tāvana") no part of the name
and no person of their own; rupees after "Rs." touching the number, a decimal comma after a currency's sign, and the
"francs" of a page of French Polynesia or New Caledonia. Short sentences of our own."""

from __future__ import annotations

import pytest

from loaders.extract.entities.runs import given_names_not_titles
from tests.helpers import claim_values, places, said
from tests.test_entity_rules import organisations, people


# Must not change: a generation's "Sr." after a name, an Indonesian given name "Sri", a Japanese given name "Mana", and
# the land "Sri Lanka" stay as they were.
def test_a_generations_sr_after_a_name_stays_the_names():
    text = 'The firm, led by Oren Castle Sr., said sales rose. "It was a good year," Oren Castle Sr. said.'
    assert said(text) == [("It was a good year,", "Oren Castle Sr")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'The minister, Sri Wahyuni Lestari, spoke in Jakarta. "We are careful," Sri Wahyuni said.',
            "Sri Wahyuni Lestari",
        ),
        ("The poet Mana Takeda read at the festival in Osaka on Sunday.", "Mana Takeda"),
    ],
)
def test_a_given_name_equal_to_a_title_word_stays_the_name(text, person):
    assert person in people(text)


def test_shri_read_as_a_title_before_stays_one():
    assert "Mohan Lal Gupta" in people("The guide, Shri Mohan Lal Gupta, led the walk on Sunday.")


def test_the_land_sri_lanka_is_no_persons_title():
    text = "Sri Lanka's tea exports rose, Ravi Perera of the board said on Monday."
    assert "Ravi Perera" in people(text)
    assert not any("Lanka" in name for name in people(text))


# The fix: the title is no part of the name, no organisation, and the later "title Surname" or "title Given-name" is
# the person named in full.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The mill\'s manager, Sr. Tomás Bento Guterres, spoke on Monday. "We will hire in May," Sr. Guterres said.',
            "Tomás Bento Guterres",
        ),
        (
            'The head of the clinic, Sra. Rosa Maria Belo, opened the ward. "It is a good day," Sra. Rosa said.',
            "Rosa Maria Belo",
        ),
        ('The buyer, Sr. K. Anand Rao, visited the farms. "We pay well," Sr. Anand Rao said.', "K. Anand Rao"),
    ],
)
def test_a_portuguese_or_spanish_title_before_a_name_is_no_part_of_it(text, speaker):
    assert said(text) == [(text.split('"')[1], speaker)]
    assert not {"Sr", "Sra", "Sr. K"} & organisations(text)


def test_sri_before_two_names_on_a_page_is_a_title():
    text = 'The chairman, Sri Pothula Surya Prakash, met Sri Anil Varma at the port. "Exports will grow," Sri Surya Prakash said.'
    found = people(text)
    assert {"Pothula Surya Prakash", "Anil Varma"} <= found
    assert not any(name.startswith("Sri") for name in found)
    assert said(text) == [("Exports will grow,", "Pothula Surya Prakash")]


def test_sri_is_a_title_only_before_names_opening_with_different_words():
    assert "Sri" in given_names_not_titles("Sri Wahyuni Lestari spoke. Sri Wahyuni added more.")
    assert "Sri" not in given_names_not_titles("Sri Kottala Ravi Kumar spoke. Sri P. Anand added more.")


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ('"We keep the old ways," Maun Lequi said at the market on Friday.', "Lequi", "Maun Lequi"),
        (
            'The mayor, Tāvana Teiva Manutahi, opened the quay. "It is for the youth," Tāvana Manutahi said.',
            "Teiva Manutahi",
            "Tāvana Teiva Manutahi",
        ),
    ],
)
def test_an_indian_tetum_or_tahitian_title_is_no_part_of_the_name(text, person, absent):
    found = people(text)
    assert person in found
    assert absent not in found


# Must not change: a thousands comma after a sign, a sum after "Rs" and a space, a stop after a word that is no
# currency's, and a Swiss page's francs.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growers will get US$1,250 for each tonne.", [("US$1,250", 1250.0, "USD")]),
        ("The plant will cost Rs 45 crores, the company said.", [("Rs 45 crores", 450e6, "INR")]),
        ("See section No.5 of the rules, which covers 12 farms.", [("12", 12.0, "farms")]),
        ("GENEVA - The plant in Switzerland will cost 3 billion francs, the firm said.", [("3 billion francs", 3e9, "CHF")]),
        ("The Swiss bank will lend 2 billion francs to the hotel group, it said.", [("2 billion francs", 2e9, "CHF")]),
    ],
)
def test_figures_read_before_stay_as_they_were(text, expected):
    assert claim_values(text) == expected


# The fix: rupees after "Rs." touching the number ("crores" in the plural too), a decimal comma of two digits after a
# currency's sign, and "francs" alone on a page of the CFP franc's lands.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will cost Rs.45.10 crores, the company said.", [("Rs.45.10 crores", 451e6, "INR")]),
        ("The firm had sales of Rs.318 crores last year.", [("Rs.318 crores", 3.18e9, "INR")]),
        ("Growers will get US$0,72 for each kilo.", [("US$0,72", 0.72, "USD")]),
        ("Buyers pay R$ 12,40 for each bag.", [("R$ 12,40", 12.4, "BRL")]),
        (
            "PAPEETE - The hotel in Bora Bora will cost 2 billion francs, the government of French Polynesia said.",
            [("2 billion francs", 2e9, "XPF")],
        ),
        ("NOUMEA - The nickel plant in New Caledonia will cost 3 billion francs, it said.", [("3 billion francs", 3e9, "XPF")]),
    ],
)
def test_rupees_after_a_stop_a_signs_decimal_comma_and_pacific_francs(text, expected):
    assert claim_values(text) == expected


# Must not change: a body named with "Information" before its acronym, a company whose name opens with "Summary" or
# "KB" stay organisations.
@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("The Department of Public Information (DPI) said 40 staff would leave.", "Department of Public Information"),
        ("The Summary Group said sales rose 4%.", "Summary Group"),
        ("KB Financial Group said its profit rose 8%.", "KB Financial Group"),
    ],
)
def test_bodies_named_with_a_sheets_word_or_a_size_stay_organisations(text, organisation):
    assert organisation in organisations(text)


# The fix: a lender's disclosure sheet's heading in capitals and a review's summary, each with its acronym, name
# documents; a file's size in a documents list is no organisation.
@pytest.mark.parametrize(
    "text",
    [
        "PROJECT SUMMARY INFORMATION (PSI)\n\nThis Project Summary Information is disclosed before the board meets.",
        "The Environmental and Social Review Summary (ESRS) is available below.",
        "Documents\nSite plan (PDF, 1.1 MB)\nWater plan (PDF, 420 KB)\nStaff plan – Tetum version (PDF, 860 KB)",
    ],
)
def test_a_disclosure_sheets_headings_and_file_sizes_are_no_organisations(text):
    assert organisations(text) == set()


# Must not change: a company named with a Tetum division word stays a company, and Indonesian's "Suku" (a people)
# opens no place.
def test_a_company_named_with_a_division_word_stays_a_company():
    text = "Aldeia Orvi Holdings said on Monday its sales rose 4%."
    assert "Aldeia Orvi Holdings" in organisations(text)
    assert places(text) == set()


def test_a_peoples_name_opens_no_place():
    assert not any(name.startswith("Suku") for name in places("The Suku Tessar Dalam live in the forest, she said."))


# The fix: a translated page's Tetum division word before a name opens a place, known to the gazetteer or not.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The mill will be built in Gleno, Munisípiu Tessalo, by the river.", "Munisípiu Tessalo"),
        ("The farmers of Aldeia Orvi met on Monday.", "Aldeia Orvi"),
    ],
)
def test_a_tetum_division_word_opens_a_place(text, place):
    assert place in places(text)


# Must not change: an Irish surname's apostrophe (no vowels either side) and an okina name no town names stay as they
# were.
def test_an_apostrophe_between_no_vowels_names_no_town():
    text = "Shares of O'Neill rose in Dublin."
    assert "O'Neill" in organisations(text)
    assert places(text) == {"Dublin"}


def test_an_okina_name_no_town_lists_is_still_a_person():
    assert "Heimana Tehei'ura" in people("The farmer Heimana Tehei'ura grafted the oysters on Monday.")


# The fix: the okina typed as an apostrophe between two vowels ("Pape'ete") names the town the list spells without it.
def test_an_okina_typed_as_an_apostrophe_names_the_listed_town():
    assert "Pape'ete" in places("The pearls were sold in Pape'ete on Monday.")
