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
