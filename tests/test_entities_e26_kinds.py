"""The e26 round's kinds, on places: a list of divisions named after their plural noun and "of" ("the regencies
of Tessa, Orvo Barat, Kelmor and Darvey"), known or not; a related link's line opening with a town a list knows
and a colon or a comma ("- Kupang: farmers receive new boats"); an agency's dateline without a date, its
town known ("Kupang, E Nusa Tenggara (NNA) -"), and a town before an Italian province's code and a date
("Alba (CN), 27 November 2026 –"); a dateline in Turkish capitals ("İZMİR (XA) –") named without the dot its
lower-casing leaves. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import places
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
    assert "Orvo Timur" not in people("Boats come from the regencies of Tessa, Orvo Timur and Kelmor.")


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
    # a company named after a town ("Automobiles Maumere"), its short form opening a link
    text = "Automobiles Maumere SA delayed its new van.\n\nRead also:\n- Maumere: the van platform, a costly bet"
    assert "Maumere" not in places(text)


# The fix: a link's line ("- ", "• ") opening with a town a list knows, then a colon or a comma, names the town.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Read also:\n- Maumere: farmers receive new boats\n- Video: the harvest", "Maumere"),
        ("Related news\n• Maumere, the market of fish opens again", "Maumere"),
        ("The boats sailed.\n\nALSO IN BUSINESS\n– Ende: the fish market reopens\n– Maumere: the port is dredged", "Maumere"),
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


# The fix: an agency's dateline without a date, its town a list knows ("Maumere (NNA) -", "Maumere, E Nusa
# Tenggara (NNA) -"), and a town named like a person before an Italian province's code and a date.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Maumere, E Nusa Tenggara (NNA) - The company began building a plant on Thursday.", "Maumere"),
        ("Alba (CN), 27 November 2026 – The company makes its first investment abroad.", "Alba"),
    ],
)
def test_an_agencys_dateline_without_a_date_names_its_town(text, place):
    assert place in places(text)


def test_a_given_name_before_a_date_without_a_province_code_is_still_no_dateline():
    assert "Alba" not in places("Alba, 27 November 2026 – Thank you for your letter of last week.")


# The fix: a dateline in Turkish capitals named as the town, without the combining dot "İ" leaves when lowered.
def test_a_dateline_in_turkish_capitals_names_the_town_without_a_stray_dot():
    found = places("GİRESUN (HKA) – The foundation of the factory was laid in Bulancak.")
    assert "Giresun" in found
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
        ("The producers of Maumere and Tessvik Holdings met the minister.", "Maumere"),
    ],
)
def test_a_list_after_of_that_is_no_list_of_known_towns_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: after a noun of residents, growers or producers and "of", a list closed by "and" or "or" whose every
# name is a town a list knows names those towns ("the producers of Tirebolu, Görele and Espiye").
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("He will buy from the producers of Tirebolu, Görele, Espiye and Piraziz.", {"Tirebolu", "Görele", "Espiye", "Piraziz"}),
        ("The farmers of Maumere and Kupang asked for a fair price.", {"Maumere", "Kupang"}),
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


# The fix: a route's ends written with "the port of", "the town of" ("shipped from the port of Díli to Maumere").
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The seaweed will be shipped from the port of Díli to Maumere.", "Maumere"),
        ("Boats sail from the island of Flores to Maumere twice a week.", "Maumere"),
    ],
)
def test_a_routes_ends_after_the_port_of_are_places(text, place):
    assert place in places(text)


# Must not change: a name after "in" and before ", on the island of" that is an everyday word or a company.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The firm hired a head of sales in Marketing, on the island of Flores.", "Marketing"),
        ("Kestrel invested in Tessvik Holdings, on the island of Flores, last year.", "Tessvik Holdings"),
    ],
)
def test_no_town_before_on_the_island_of(text, absent):
    assert absent not in places(text)


# The fix: a name after "in" and before ", on the island of" a place a list knows is a town there, as before ", in".
def test_a_town_before_on_the_island_of_a_known_place():
    assert "Nangahale" in places("The minister met seaweed buyers on Friday in Nangahale, on the island of Flores.")


# The fix: a town read from a list ("small producers of Osorno, Purranque and Frutillar", "the provinces of Osorno and
# Llanquihue") is not the place again where a company's name holds it after a capitalised word and a name's particle
# ("Molinos del Osorno"), as "Bank of Osorno" is none.
@pytest.mark.parametrize(
    "text",
    [
        '"We will pay more," said the president of Molinos del Osorno, Ana Reyes.\n\n'
        "Molinos del Osorno buys milk from some 300 small producers of Osorno, Purranque and Frutillar.",
        '"We will pay more," said the president of Molinos del Osorno, Ana Reyes.\n\n'
        "Molinos del Osorno buys milk from farmers of the provinces of Osorno and Llanquihue.",
    ],
)
def test_a_town_listed_elsewhere_is_no_place_inside_a_companys_name_after_a_particle(text):
    found = organisations(text)
    assert "Molinos" not in found
    assert "Molinos del Osorno" in found
