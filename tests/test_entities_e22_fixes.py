"""The e22 round's rules: a dateline's town and the country it is read in, the compass initials before
a town, the parts of a river as data. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claim_values, organisation_names, places, said
from tests.test_entity_rules import people

MEXICAN_STORY = (
    "A Mexican cement maker will pay $31.5 million for a quarry, the Mexican company said. "
    "The buyer, based in Monterrey, Mexico, already quarries in Mexico."
)


def _dollar(text: str) -> str:
    (unit,) = {unit for written, _, unit in claim_values(text) if written.startswith("$")}
    return unit


# Must not change: a dateline town only one country's cities bear, or a town the dateline places in its
# country, still says where the page was made, so its own dollar where the story names another land most.
@pytest.mark.parametrize(
    ("dateline", "currency"),
    [
        ("CAIRNS, Nov 3 —", "AUD"),  # a town of one country
        ("TORONTO —", "CAD"),
        ("PERTH, Western Australia —", "AUD"),  # the dateline names its land
        ("KINGSTON, Ont. —", "CAD"),  # ... or its province
        ("LONDON, Ont. —", "CAD"),
    ],
)
def test_a_datelines_town_of_one_country_is_the_pages_home(dateline, currency):
    assert _dollar(f"Cement news\n\n{dateline} {MEXICAN_STORY}") == currency


# A town whose name big cities of several countries bear ("HAMILTON": Ontario's and New Zealand's) is no
# home beyond doubt: the country the story names most decides. Nor is a town the dateline places elsewhere.
@pytest.mark.parametrize("dateline", ["HAMILTON —", "CAMBRIDGE —", "PERTH, Scotland —"])
def test_a_datelines_town_of_several_countries_decides_no_dollar(dateline):
    assert _dollar(f"Cement news\n\n{dateline} {MEXICAN_STORY}") == "USD"


US_STORY = (
    "Harbourline Foods will pay $240 million for Dunmore Creamery, a Vermont cheese maker, the American "
    "company said. Dunmore runs three dairies in the United States."
)


# Must not change: a big city whose namesakes abroad are small towns (Sydney, Nova Scotia; Melbourne,
# Florida) is the big city's on a dateline: its page prints its own dollar by "$" whatever land it reports on.
@pytest.mark.parametrize(
    ("dateline", "currency"),
    [
        ("SYDNEY —", "AUD"),
        ("MELBOURNE —", "AUD"),
        ("PERTH —", "AUD"),
        ("VANCOUVER —", "CAD"),
        ("HALIFAX —", "CAD"),
        ("WELLINGTON —", "NZD"),
    ],
)
def test_a_big_dollar_citys_dateline_keeps_its_dollar(dateline, currency):
    assert _dollar(f"Dairy deals\n\n{dateline} {US_STORY}") == currency


# A dateline placing a big city's namesake in its province or state by the division's full name is the
# namesake's page: Nova Scotia's Sydney prints the Canadian dollar; a Florida town's page is no Australian one.
@pytest.mark.parametrize(
    ("dateline", "currency"),
    [("SYDNEY, Nova Scotia —", "CAD"), ("MELBOURNE, Florida —", "USD"), ("PERTH, Western Australia —", "AUD")],
)
def test_a_datelines_town_placed_in_a_division_by_name(dateline, currency):
    assert _dollar(f"Cement news\n\n{dateline} {MEXICAN_STORY}") == currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PERTH — Kestrel Minerals said on Tuesday it would cut 40 jobs at its gold mine.", {"Perth"}),
        ("CAIRNS, Nov 3 — Reefline Tours said it had bought two boats for its reef trips.", {"Cairns"}),
    ],
)
def test_a_datelines_town_is_its_own_place_and_no_land(text, expected):
    assert places(text) == expected


# A compass direction's initials before a town name no place of their own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery opened a second shop in N.W. London last spring.", {"London"}),
        ("Orvane Foods has depots in S.E. Leeds and N. Glasgow.", {"Leeds", "Glasgow"}),
        ("Its warehouse in N.E. Ohio employs 80 people.", {"Ohio"}),
    ],
)
def test_compass_initials_are_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives in N.W. London and works in the city.", {"London"}),
        ("She lives in S. Glasgow with her sister.", {"Glasgow"}),
    ],
)
def test_a_letter_with_its_stop_after_near_is_no_place(text, expected):
    assert places(text) == expected


# Must not change: a one-word town after "lives in" or "near" is still read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives in Orvale and works in the city.", {"Orvale"}),
        ("The farm lies near Tessby, on the coast road.", {"Tessby"}),
    ],
)
def test_a_town_after_near_stays(text, expected):
    assert places(text) == expected


def test_the_city_names_of_several_countries_are_what_the_script_makes():
    from loaders.data.make_cities import SHARED_TARGET, shared_name_rows
    from loaders.extract.claims.countries import SHARED_TOWN_NAMES

    assert SHARED_TARGET == SHARED_TOWN_NAMES
    assert SHARED_TARGET.read_text(encoding="utf-8").splitlines() == shared_name_rows()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barges wait at the mouth of the Orvane for the tide.", {"Orvane"}),
        ("Farms line the upper reaches of the Tessa.", {"Tessa"}),
    ],
)
def test_a_rivers_parts_from_the_data_name_it(text, expected):
    assert places(text) == expected


# "said one of them, <Name>,": the name set off after "one of them" (or "one of the growers") is the speaker's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We have fished here all our lives," said one of them, Tomas Verhoek, 68.', "Tomas Verhoek"),
        ('"The quota is too small," said one of the skippers, Aino Kettunen.', "Aino Kettunen"),
        ('"Nobody asked us," said one of those waiting, Marit Solberg.', "Marit Solberg"),
    ],
)
def test_a_name_set_off_after_one_of_them_speaks(text, speaker):
    assert said(text) == [(text.split('"')[1], speaker)]


# Must not: no name right after the comma, a company, a family's member named by a role only.
@pytest.mark.parametrize(
    "text",
    [
        '"We will fight this," said one of them, adding that Tomas Verhoek had not called.',
        '"The price is wrong," said one of the buyers, Kestrel Foods, in a statement.',
        '"We sold too early," said one of them, the eldest of the Verhoek brothers.',
    ],
)
def test_no_name_after_one_of_them_where_none_is_set_off(text):
    assert said(text) == [(text.split('"')[1], None)]


# Must not: a name followed by "'s" after "one of them" or a role names the one whose relative, lawyer or
# company speaks, not the speaker.
@pytest.mark.parametrize(
    "text",
    [
        '"The rent doubled," said one of them, Ilse Marwood\'s younger brother.',
        '"We were never told," said one of the tenants, Oskar Brandt’s widow.',
        '"It will not last," said the finance director, Carla Ventre\'s deputy.',
        '"We lost the lot," said one of the two, Ruth Ammon\'s husband, Felix Ammon.',
    ],
)
def test_a_possessors_name_after_one_of_them_is_not_the_speaker(text):
    ((_, speaker),) = said(text)
    assert speaker is None or speaker not in {"Ilse Marwood", "Oskar Brandt", "Carla Ventre", "Ruth Ammon"}


# Must still: a title printed straight before a name and its possessive, with no comma, is that person's.
def test_a_title_before_a_possessive_without_a_comma_stays_the_names():
    text = 'Orvale Bank backed Chief Executive Mira Koenig\'s plan on Monday. "We will cut costs," the chief executive said.'
    assert said(text) == [("We will cut costs,", "Mira Koenig")]


# Must not: "one of its lenders" is most often a body; a name the entity pass did not find as a person is no
# speaker there ("said one of its suppliers, Halvorsen Timber").
@pytest.mark.parametrize(
    "text",
    [
        '"Orders are down," said one of its suppliers, Halvorsen Timber.',
        '"The terms are fair," said one of its rivals, Nordvik Marine.',
        '"Costs will rise," said one of its lenders, Goldman Sachs.',
    ],
)
def test_a_body_after_one_of_its_plural_is_no_person(text):
    assert said(text) == [(text.split('"')[1], None)]


# A nickname in marks after a given name with a middle initial, or before a surname with "Jr.": the person.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Chief executive Daniel K. "Danny" Okafor said the mill would stay open.', "Daniel K. Okafor"),
        ('Mayor Rodolfo "Rudy" Bacalso Jr. opened the new market on Friday.', "Rodolfo Bacalso"),
    ],
)
def test_a_nickname_inside_a_name_with_an_initial_or_a_suffix(text, person):
    assert people(text) == {person}


# Must not: a brand or a product line with an initial, a title-case headline.
@pytest.mark.parametrize(
    "text",
    [
        'Kestrel R. "Turbo" Engines sold well in the spring.',
        'Orvale Says "No Deal" Better For Growers',
    ],
)
def test_no_nicknamed_person_in_a_brand_or_a_headline(text):
    assert people(text) == set()


# A bare surname two people share is not the one named only as "the late ...": the living one's.
@pytest.mark.parametrize(
    "text",
    [
        "The bakery was set up in 1968 by the late Orhan Demirel.\n\nChairman Burak Demirel said the ovens would "
        'be replaced.\n\n"We will reopen the line," Demirel said.',
        "Burak Demirel, whose late father Orhan Demirel opened the first shop, said the ovens would be replaced. "
        '"We will reopen the line," Demirel said.',
    ],
)
def test_a_surname_is_not_the_late_founders(text):
    assert said(text) == [("We will reopen the line,", "Burak Demirel")]


# Must not: where no one is "the late", the first named keeps the bare surname (as before); a "late" that is
# no dead person's ("the late shift") changes nothing.
@pytest.mark.parametrize(
    "text",
    [
        'The bakery was set up by Orhan Demirel.\n\nHis son Burak Demirel runs it now.\n\n"We will reopen the line," Demirel said.',
        'Orhan Demirel works the late shift.\n\nHis son Burak Demirel runs it now.\n\n"We will reopen the line," Demirel said.',
    ],
)
def test_a_surname_stays_the_first_named_without_the_late(text):
    assert said(text) == [("We will reopen the line,", "Orhan Demirel")]


# A grower's orchards, groves or plantations before a locative and a closed list one of whose names is a town
# a list knows: the other names are places too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frost hit the cooperative's orchards near Shepparton, Dunvale and Keswin in March.",
            {"Shepparton", "Dunvale", "Keswin"},
        ),
        ("The family sold plantations in Kericho, Sotik and Ndarawet last year.", {"Kericho", "Sotik", "Ndarawet"}),
    ],
)
def test_a_growers_sites_before_a_list_holding_a_town(text, expected):
    assert places(text) == expected


# Must not: vineyards and plantations named after their estate or their company, or a list no name of which
# is a known town; a body's groves.
@pytest.mark.parametrize(
    "text",
    [
        "Its vineyards at Kestrel Estate and Orvale Hill produce 40,000 cases.",
        "It runs plantations at Brenmoor Agri and Kestrel Palm.",
        "The winery leases vineyards around Castle Brennan and Moyle Ridge from two families.",
        "Its orchards at Kestrel Farms were sold last year.",
        "The groves of Orvale Foods lost half their crop.",
    ],
)
def test_no_place_in_an_estates_or_a_bodys_groves(text):
    assert places(text) == set()


# "US Dollars" (a filing's capitals) and a heading in capitals over a list's dash name no place; a dateline does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fee is 85,000 US Dollars, payable in two parts.", set()),
        ("WHAT CHANGES\n- Orders rose in the spring", set()),
        ("KEY TERMS\n- The buyer pays in cash", set()),
        ("KARLSTAD — Orvale said on Monday it would close the mill.", {"Karlstad"}),
        ("Its US operations grew by a tenth.", {"United States"}),
    ],
)
def test_no_place_in_a_currencys_name_or_a_heading(text, expected):
    assert places(text) == expected


# A Turkish lawyer's "Av." before a name set off by commas or before a speech verb: a title, no organisation
# (a second name set off after it, "the buyer, Mr. Okan Tuna", made "Av" one); "Av Group" stays a company.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant manager of the mill, Av. Deniz Korkmaz, said the buyer, Mr. Okan Tuna, would keep the staff.",
            {"Deniz Korkmaz", "Okan Tuna"},
        ),
        ("Av. Kerem Yıldız said on Friday that the court had set no date.", {"Kerem Yıldız"}),
    ],
)
def test_a_lawyers_title_before_a_name(text, expected):
    assert people(text) == expected
    assert organisation_names(text) == {}


def test_av_group_stays_a_company():
    assert organisation_names("Av Group said on Monday it would buy the mill.") == {"Av Group": "Av Group"}


# Must not: "Av." of an avenue on an address line (after a locative, before a house number) or of a table's
# average is no title: the words after it are no person.
@pytest.mark.parametrize(
    "text",
    [
        "Orvale opened a store on Av. Winston Churchill in Santo Domingo.",
        "The bank moved its branch to Av. Libertador Norte 2400 last year.",
        "Av. Selling Price rose 4 per cent to $31 a tonne.",
        "Kestrel leases two floors at Av. Presidente Vargas 1000.",
    ],
)
def test_no_person_after_an_avenues_av(text):
    assert people(text) == set()


# A heading in capitals ending its line with a colon is no dateline: no place (a dateline's colon runs on into
# its story's first words). A dash may end a dateline's line: some pages set the town on a line of its own (the
# m14fix review's M5), so a heading "SUMMARY —" on its own line is left a place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KEY POINTS:\n- Sales in Canada rose", {"Canada"}),
        ("OSLO —\nThe company sold its Tessby plant.", {"Oslo", "Tessby"}),
        ("LAHORE: Orvale said on Monday it would close the mill.", {"Lahore"}),
    ],
)
def test_a_capitals_heading_ending_its_line_with_a_colon_is_no_place_a_dateline_with_a_dash_is(text, expected):
    assert places(text) == expected


# Must not: a capitalised singular "Dollar" in a name ("Texas Dollar Days", "Canada Dollar Bonds") is no
# currency's: the place before it stays; "US Dollars" and "US DOLLARS" are a currency's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel runs the Texas Dollar Days sale every spring.", {"Texas"}),
        ("The fund invests in Canada Dollar Bonds and in Australia.", {"Canada", "Australia"}),
        ("The fee is 85,000 US DOLLARS, payable in two parts.", set()),
    ],
)
def test_a_singular_dollar_in_a_name_keeps_its_place(text, expected):
    assert places(text) == expected
