"""The e26 round's kinds, on places: a list of divisions named after their plural noun and "of" ("the regencies
of Tessa, Orvo Barat, Kelmor and Darvey"), known or not; a related link's line opening with a town a list knows
and a colon or a comma, inside a related-links block ("Read also:" / "- Kupang: farmers receive new boats"); an
agency's dateline without a date, its town known and its region after a comma ("Ende, W Orvala (XNA) -"), and a
town before an Italian province's code and a date ("Vittoria (RG), 3 March 2026 –"); a dateline in Turkish capitals
("İZMİT (TXA) –") named without the dot its lower-casing leaves. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import found_in, places
from tests.test_entity_rules import organisations, people


# Must not change: a division's plural and "of" before what is no list of its places (government
# departments, a person's title, a company) makes no place of it.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The departments of Finance, Health and Justice will share the new building.", "Finance"),
        ("The counties of Governor Tessa Orvale were hit hardest, the report said.", "Governor Tessa Orvale"),
        ("Shares of Kelmor Holdings rose in the provinces after the news.", "Kelmor Holdings"),
    ],
)
def test_a_divisions_plural_before_no_list_of_places_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: "the regencies of", "the provinces of", "the governorates of" and a list: the list's names are the
# divisions', known or not, as "the districts of" already read them.
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Seaweed comes from the regencies of Tessa, Orvo Barat, Kelmor and Darvey Ndale.",
            {"Tessa", "Orvo Barat", "Kelmor", "Darvey Ndale"},
        ),
        ("The governorates of Orvane, Tessaly and Kelmoor voted on Sunday.", {"Orvane", "Tessaly", "Kelmoor"}),
        ("The provinces of Orvane, Tessaly, Kelmoor and Darvey lead the harvest.", {"Orvane", "Tessaly", "Kelmoor", "Darvey"}),
    ],
)
def test_divisions_listed_after_their_plural_and_of_are_places(text, listed):
    assert listed <= places(text)


def test_a_listed_divisions_two_word_name_is_no_person():
    # a given name and a compass word ("Marta Timur"): a person's shape, a regency's name in the list
    assert "Marta Timur" not in people("Boats come from the regencies of Tessa, Marta Timur and Kelmor.")


# Must not change: a link's or a list's line opening with a word no town list knows, a person's name or a
# company the article names, then a colon, makes no place.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Read also:\n- Kestrelon: profits rise by a tenth\n- Video: the new boats arrive", "Kestrelon"),
        ("Read also:\n- Ana Reyes: we will not sell the mill\n- Opinion: the price is too low", "Ana Reyes"),
        ("Read also:\n- Video: the new boats arrive\n- Photo: the harvest in pictures", "Video"),
        (
            "Kupang Marine Ltd said on Monday it would hire 40 divers.\n\nRead also:\n- Kupang Marine: shares rise",
            "Kupang Marine",
        ),
    ],
)
def test_a_link_opening_with_no_known_town_makes_no_place(text, absent):
    assert absent not in places(text)


# Must not change: a bullet list that is no related-links block (results by company, club or topic), and a link
# line naming a company the article names elsewhere, make no place of a company or word named like a town.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Carmakers reported sales on Monday.\n\n- Toyota: sales rose 3%\n- Nissan: sales fell 2%\n- Honda: flat", "Honda"),
        ("Phone makers reported results.\n\n- Nokia: profit rose\n- Ericsson: profit fell", "Nokia"),
        ("Banks reported.\n\n- Santander: net profit up 5%\n- Barclays: down 2%", "Santander"),
        ("Results by segment.\n\n- Opportunity: more jobs\n- Independence: a new law", "Opportunity"),
        ("Table after round 12.\n\n- Bayern, 30 points\n- Leverkusen, 28 points\n- Stuttgart, 25 points", "Leverkusen"),
        ("Weekend results.\n\n- Liverpool: won 2-0\n- Burnley: lost 1-3", "Burnley"),
        ("Nokia said on Monday it would cut 100 jobs.\n\nRead also:\n- Nokia: profit falls", "Nokia"),
        # a slash in a line that is no heading: the words after it are not a heading's
        ("Sales rose in spring / related costs fell\n- Honda: flat", "Honda"),
    ],
)
def test_a_bullet_line_outside_a_related_links_block_makes_no_place(text, absent):
    assert absent not in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "What to watch.\n\n- Orange, the telecom group, reports on Tuesday.\n- Nokia, the network maker, reports on Thursday.",
        "Earnings this week:\n\n- Nokia, the network maker, on Tuesday\n- Kering, the luxury group, on Wednesday",
    ],
)
def test_a_bullet_lines_company_named_like_a_town_stays_an_organisation(text):
    assert "Nokia" not in places(text)
    assert "Nokia" in organisations(text)


def test_a_link_opening_with_the_short_name_of_a_company_named_after_a_town_makes_no_place():
    # a company named after a town ("Automobiles Ende"), its short form opening a link
    text = "Automobiles Ende SA delayed its new van.\n\nRead also:\n- Ende: the van platform, a costly bet"
    assert "Ende" not in places(text)


# The fix: a link's line ("- ", "• ") opening with a town a list knows, then a colon or a comma, names the town.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Read also:\n- Ende: farmers receive new boats\n- Video: the harvest", "Ende"),
        ("Related news\n• Ende, the market of fish opens again", "Ende"),
        ("The boats sailed.\n\nALSO IN BUSINESS\n– Kupang: the fish market reopens\n– Ende: the port is dredged", "Ende"),
        # a bilingual page's heading, the page's own words first, then the English after a slash or a bar
        ("Baca juga / Read also:\n- Ende: farmers receive new boats", "Ende"),
        ("Lire aussi | Related\n- Ende: the port is dredged", "Ende"),
    ],
)
def test_a_link_opening_with_a_known_town_names_it(text, place):
    assert place in places(text)


# Must not change: a bracketed agency after a word no list knows as a town, or a title, makes no dateline.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Update (AFP) - The company said on Monday it would hire 40 divers.", "Update"),
        ("Kestrelon Holdings (KSH) - The company said on Monday it would hire 40 divers.", "Kestrelon Holdings"),
        # a market brief's company and its ticker, the company named like a town: no region, no dateline
        ("Nokia (NOK) – Shares of the phone maker rose 3% on Monday.", "Nokia"),
        ("Honda (HMC) - Shares of the carmaker fell 2% in early trading.", "Honda"),
    ],
)
def test_an_agencys_bracket_after_no_town_is_no_dateline(text, absent):
    assert absent not in places(text)


# The fix: an agency's dateline without a date, its town a list knows and its region after a comma ("Ende, W Orvala
# (XNA) -"), and a town named like a person before an Italian province's code and a date.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ende, W Orvala (XNA) - The company began building a plant on Thursday.", "Ende"),
        ("Vittoria (RG), 3 March 2026 – The company makes its first investment abroad.", "Vittoria"),
    ],
)
def test_an_agencys_dateline_without_a_date_names_its_town(text, place):
    assert place in places(text)


def test_a_given_name_before_a_date_without_a_province_code_is_still_no_dateline():
    assert "Vittoria" not in places("Vittoria, 3 March 2026 – Thank you for your letter of last week.")


# The fix: a dateline in Turkish capitals named as the town, without the combining dot "İ" leaves when lowered.
def test_a_dateline_in_turkish_capitals_names_the_town_without_a_stray_dot():
    found = places("İZMİT (TXA) – The foundation of the factory was laid on Monday.")
    assert "İzmit" in found
    assert not any("\u0307" in name for name in found)


def test_the_organisations_of_a_link_are_kept():
    assert "Kupang Marine" in organisations(
        "Kupang Marine Ltd said on Monday it would hire 40 divers.\n\nRead also:\n- Kupang Marine: shares rise"
    )


# Must not change: a list after "of" that is no list of towns: clubs after a noun of no residents or growers, names
# no list knows as towns, people, a single town's name with a company's.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The players of Chelsea, Fulham and Liverpool trained on Monday.", "Fulham"),
        ("The producers of Tessvik Foods and Orvale Mills signed the deal.", "Tessvik Foods"),
        ("The producers of Ana Reyes and Tomas Lund won the prize.", "Ana Reyes"),
        ("The producers of Ende and Tessvik Holdings met the minister.", "Ende"),
        # names no list knows as towns
        ("The farmers of Kestrelon and Orvalex asked for a fair price.", "Kestrelon"),
        # a list no "and" or "or" closes
        ("The producers of Honda, Toyota, praised the new rules.", "Honda"),
        # a name the article gives a company
        ("Ende Ltd said on Monday it would buy more fish.\n\nThe producers of Ende and Kupang asked for a fair price.", "Ende"),
    ],
)
def test_a_list_after_of_that_is_no_list_of_known_towns_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: after a noun of residents, growers or producers and "of", a list closed by "and" or "or" whose every
# name is a town a list knows names those towns ("the producers of Jumilla, Yecla and Bullas").
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("He will buy from the producers of Jumilla, Yecla, Bullas and Cehegín.", {"Jumilla", "Yecla", "Bullas", "Cehegín"}),
        ("The farmers of Ende and Kupang asked for a fair price.", {"Ende", "Kupang"}),
    ],
)
def test_known_towns_listed_after_producers_of_are_places(text, listed):
    assert listed <= places(text)


# Must not change: a route's words after "from the port of" that name no town (a change of supplier, a person).
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The mill switched from the port of Kupang to Orvale Freight last year.", "Orvale Freight"),
        ("The prize went from the town of Kupang to Ana Reyes this year.", "Ana Reyes"),
    ],
)
def test_a_route_from_a_port_to_no_town_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: a route's ends written with "the port of", "the town of" ("shipped from the port of Kupang to Ende").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The fish will be shipped from the port of Kupang to Ende.", "Ende"),
        ("Boats sail from the island of Sumba to Ende twice a week.", "Ende"),
    ],
)
def test_a_routes_ends_after_the_port_of_are_places(text, place):
    assert place in places(text)


# Must not change: a name after "in" and before ", on the island of" that is an everyday word or a company.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The firm hired a head of sales in Marketing, on the island of Bali.", "Marketing"),
        ("Kestrel invested in Tessvik Holdings, on the island of Bali, last year.", "Tessvik Holdings"),
    ],
)
def test_no_town_before_on_the_island_of(text, absent):
    assert absent not in places(text)


# The fix: a name after "in" and before ", on the island of" a place a list knows is a town there, as before ", in".
def test_a_town_before_on_the_island_of_a_known_place():
    assert "Tessakar" in places("The minister met fish buyers on Friday in Tessakar, on the island of Bali.")


# The fix: a town read from a list ("small producers of Osorno, Purranque and Frutillar", "the provinces of Osorno and
# Purranque") is not the place again where a company's name the article gives holds it after a capitalised word and
# a name's particle ("Tessavia del Purranque" of "Tessavia del Purranque S.A."), as "Bank of Purranque" is none.
@pytest.mark.parametrize(
    "text",
    [
        "Grupo Tessa S.A. agreed to buy 60% of the shares of Tessavia del Purranque S.A. on Monday.\n\n"
        "Tessavia del Purranque buys milk from some 300 small producers of Osorno, Purranque and Frutillar.\n\n"
        '"We will pay more," said the president of Tessavia del Purranque, Ana Reyes.',
        "Grupo Tessa S.A. agreed to buy 60% of the shares of Tessavia del Purranque S.A. on Monday.\n\n"
        "Tessavia del Purranque buys milk from farmers of the provinces of Osorno and Purranque.\n\n"
        '"We will pay more," said the president of Tessavia del Purranque, Ana Reyes.',
    ],
)
def test_a_town_listed_elsewhere_is_no_place_inside_a_companys_name_after_a_particle(text):
    found = found_in(text)
    named = [m.span.start for m in found.mentions if m.kind == "place" and m.span.of(text) == "Purranque"]
    assert named == [text.index("Purranque", text.index(" of Osorno"))]
    assert "Tessavia del Purranque" in found.names("organisation")
