"""The review of e27's places (signatures and postcodes): a list's bullet line, a byline, a role, a party, a
company's short name, a count, a ticker or a product code is no town. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import places


# H1 must-nots: a hyphen or en-dash bullet line "- Name, Word" with no reader's letter before it, a byline or a
# sign-off naming a role, a party, an agency or a body, and a signature naming the article's own company by its
# short name make no place.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Jury:\n- Dr. Lena Marsh, Historian\n- Omar Voss, Baker\n- Ida Kell, Nurse\n", "Baker"),
        ("Jury:\n- Dr. Lena Marsh, Historian\n- Omar Voss, Baker\n- Ida Kell, Nurse\n", "Nurse"),
        ("On the ballot:\n- Lena Marsh, Labour\n- Omar Voss, Independent\n", "Independent"),
        ("Team sheet:\n- Lena Marsh, Striker\n- Omar Voss, Captain\n", "Striker"),
        ("Prize list:\n- Omar Voss, Winner\n- Ida Kell, Finalist\n", "Winner"),
        ("Committee:\n– Ida Kell, Secretary\n– Omar Voss, Treasurer\n", "Treasurer"),
        ("Guests:\n- Ida Kell, Brandvik\n- Omar Voss, Tellamor\n", "Tellamor"),
        ("The mill will close in June.\n— Lena Marsh, Staff Reporter\n", "Staff Reporter"),
        ("The mill will close in June.\n— Lena Marsh, Guest Columnist\n", "Guest Columnist"),
        ("The mill will close in June.\n— Omar Voss, AFP\n", "AFP"),
        ("Hallworth said the dam was a mistake.\n— Omar Voss, Hallworth\n", "Hallworth"),
        ('"The dam is a mistake." — Ida Kell, Farmer\n', "Farmer"),
        ('"The dam is a mistake." — Ida Kell, Green\n', "Green"),
        ('"The dam is a mistake." — Ida Kell, Spokeswoman\n', "Spokeswoman"),
        ('"The dam is a mistake."\n— Omar Voss, AFP\n', "AFP"),
        ('Hallworth said the dam was a mistake.\n"We will fight it." — Omar Voss, Hallworth\n', "Hallworth"),
        ('Brandvik Dairies said sales fell 4% in May.\n"A hard month." — Ida Kell, Brandvik\n', "Brandvik"),
        ("Brandvik Dairies said sales fell 4% in May.\n— Ida Kell, Brandvik\n", "Brandvik"),
    ],
)
def test_a_bullet_line_or_a_byline_with_no_town_makes_no_place(text, absent):
    assert absent not in places(text)


# H1 (kept): a reader's letter's signature after its closing quotation mark, on the line or the next.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ('"Our bus stop is gone again." — Ida Kell, Brandvik\n', "Brandvik"),
        ('Letters\n\n"Who will pay for the new quay?"\n— Omar Voss, Tellamor\n', "Tellamor"),
        ('"Who will pay for the new quay?"\n- Omar Voss, Tellamor\n', "Tellamor"),
    ],
)
def test_a_readers_letter_still_names_its_town(text, town):
    assert town in places(text)


# H2 must-nots: a ticker's code, a count, a unit or a currency after a comma, a headline opening with a number, a
# price list, a product code and a phone number make no place: no address stands around the name.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Listed codes, 0388 Brandvik\n", "Brandvik"),
        ("Movers:\n0941 Tellamor\n2318 Vessgard\n", "Vessgard"),
        ("Watchlist\n4502 Orbix, 7203 Tellamor\n", "Tellamor"),
        ("The mill shipped, 3200 Tonnes, to the port.", "Tonnes"),
        ("Seats, 1200 Dollars, were sold.", "Dollars"),
        ("By June, 2400 Staff, had left.", "Staff"),
        ("Turnover, 5600 Million\n", "Million"),
        ("Visitors, 38000 Guests – in a week\n", "Guests"),
        ("Highlights\n3000 Dockers Strike – port shut\n", "Dockers Strike"),
        ("Rates:\n1800 Standard\n2600 Deluxe\n", "Deluxe"),
        ("Range:\n3100 Vessmax, 4100 Orbline\n", "Orbline"),
        ("6620 Tellbrook – no longer sold\n", "Tellbrook"),
        ("Helpline\n0900 Brandvik\n", "Brandvik"),
    ],
)
def test_a_number_before_a_name_with_no_address_makes_no_place(text, absent):
    assert absent not in places(text)


# H2 (kept): a postcode in an address: a street before it on the line or the line before, a post box, a country
# after it, or a page's contact or legal line.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Orbix Press, 9 Rue Haute, 41200 Vessgard\n", "Vessgard"),
        ("Orbix Press\n9 Rue Haute\n41200 Vessgard\n", "Vessgard"),
        ("Orbix Press, BP 412, 98713 Tellamor\n", "Tellamor"),
        ("Orbix Press, 41200 Vessgard, France\n", "Vessgard"),
        ("Orbix Press, 41200 Vessgard – Contact – Legal notice\n", "Vessgard"),
    ],
)
def test_a_postcode_in_an_address_names_its_town(text, town):
    assert town in places(text)


# (fixpasses3 review LOW) a phone's cue is "Tel." or "Tel:", not the word "Tel" of a town's name ("Tel Aviv, 4500
# Tessby" names no address). Must-not first, then the cue with its stop or colon.
def test_a_towns_tel_is_no_address_cue():
    assert "Tessby" not in places("Tel Aviv, 4500 Tessby, the firm said.\n")


@pytest.mark.parametrize(
    "text", ["Orbix Press, 41200 Vessgard – Tel.: 0300 1200\n", "Orbix Press, 41200 Vessgard – Tel: 0300 1200\n"]
)
def test_a_phones_tel_on_the_line_is_an_address_cue(text):
    assert "Vessgard" in places(text)


# M1 must-nots: a comment's heading whose second half is the commenter's standing on the page, or whose first half
# is a body's name or a department, not a signer's, makes no place.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ida Kell, Guest · 2 h ago\nThe quay is too small.\n", "Guest"),
        ("Ida Kell, Verified Buyer · 3 days ago\nGood value.\n", "Verified Buyer"),
        ("Omar Voss, Moderator – 12/10/2026\nPlease stay on topic.\n", "Moderator"),
        ("Orbix Ltd, Yearly Review – 12/10/2026\nSales rose.\n", "Yearly Review"),
        ("Orbix Holdings, Brandvik – 12/10/2026\nSales rose.\n", "Brandvik"),
        ("Finance, Planning – 12/10/2026\nBudget agreed.\n", "Planning"),
    ],
)
def test_a_comments_heading_with_no_signer_or_no_town_makes_no_place(text, absent):
    assert absent not in places(text)
