"""The e27 round's kinds, on places: a related link's line opening with other bullets than a hyphen or a dot
("» Tessby: ...", "› Orvale: ..."), as French and Comorian pages print them; a reader's comment or letter signed
with a name and a town ("Idris, Tessby – 14/03/2026 at 08:05", "— Ryan, Orvale"). Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import places


# Must not change: a chevron's line under no related-links heading (a menu, a list of results), a name no list
# knows, or a company's name after the chevron, makes no place of it.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Results of the week\n» Dover: sales rose 3% in the quarter\n» Grenville: a loss of $2 million\n", "Dover"),
        ("Read also\n» Vessakoro: the harbour opens on Monday\n", "Vessakoro"),
        ("Dover Marine sold two boats.\n\nRead also\n» Dover Marine: shares rise on the news\n", "Dover"),
    ],
)
def test_a_chevrons_line_outside_a_links_block_or_of_a_body_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: "»", "›", "▸" and "→" open a related link's line as "-" and "•" do (`link_bullets`).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The plant opens in 2027.\n\nRead also\n» Tralee: the ferry timetable changes in spring\n", "Tralee"),
        ("The plant opens in 2027.\n\nREAD ALSO\n› Grenville: the fish market reopens\n", "Grenville"),
        ("The plant opens in 2027.\n\nRelated\n▸ Hamar: the bridge stays shut for a week\n", "Hamar"),
    ],
)
def test_a_chevron_opens_a_related_links_line(text, town):
    assert town in places(text)


# Must not change: a signature's second half that is a title, a company, a given name (a name printed surname
# first) or a weekday, a list of people on a line, and a dash and a name inside a sentence make no place.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ('"We will appeal the ruling."\n— Tessa Orvale, Chief Executive\n', "Chief Executive"),
        ('"The boats are ready." — Tessa Orvale, Kelmor Holdings\n', "Kelmor Holdings"),
        ("Present at the meeting:\nTessa Orvale, Marko Dellavan\n", "Marko Dellavan"),
        ('"A fair price at last." — Orvale, Tessa\n', "Tessa"),
        ("Admin, Monday – 27/11/2026 at 10:15\nThe comments are closed.\n", "Monday"),
        ("The chairman – Tessa Orvale, Kelmor – said the boats were ready.\n", "Kelmor"),
    ],
)
def test_a_signatures_second_half_that_is_no_town_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: a reader's letter signed on its own line or after its closing quotation mark, "— Name, Town", and a
# comment's heading "Name, Town – 27/11/2026 at 19:42" or "Name, Town · 1 h ago": the town, known or not
# (`signature_dashes`, `comment_age_units`).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ('"Good news but watch the prices." — Ryan, Grenville\n', "Grenville"),
        ('"Who mends the road to the school?"\n— Mirela Vasko-Dunn, Pellarno\n', "Pellarno"),
        ("Comments (4)\n\nIdris, Tessoumbe – 14/03/2026 at 08:05\nGood for the fishers.\n", "Tessoumbe"),
        ("Karim Dellaro, Orvamanga – 02/04/2026 at 21:10\nWhat about the fishers of the south?\n", "Orvamanga"),
        ("3 comments\n\nHalima, Vessakoro · 3 h ago\nThe ferry costs too much.\n", "Vessakoro"),
    ],
)
def test_a_readers_signature_names_a_town(text, town):
    assert town in places(text)


# Must not change: "St." ending a street's name before a new sentence, and "Mt." or "St." before no town a list
# knows and in no place's context, make no place of the next sentence's first word.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The shop stood on Orvale St. Maria Kessby bought it in May.", "Maria Kessby"),
        ("The club at 4 Tessby St. Kelmor Holdings owns the building.", "Kelmor Holdings"),
    ],
)
def test_an_abbreviation_ending_a_street_joins_no_name(text, absent):
    found = places(text)
    assert absent not in found and f"St. {absent}" not in found


# The fix: a place's name opening with an abbreviated saint, mount or fort ("St. George's", "St. Louis", "Mt.
# Pleasant", `abbreviated_place_openings`) is read whole where "Saint ..." or the name is read, not "St" alone.
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("She moved back to her family in St. Louis last year.", "St. Louis"),
        ("The ferry company has offices in St. George's and in two other towns.", "St. George's"),
        ("The fish market in St. John's reopened on Monday.", "St. John's"),
        ("Fishermen came from Tessby and Mt. Pleasant for the ceremony.", "Mt. Pleasant"),
    ],
)
def test_a_place_opening_with_an_abbreviated_saint_is_read_whole(text, town):
    found = places(text)
    assert town in found and "St" not in found


# Must not change: a list after "from" of people's names, one of them named like a place's feature ("Harvey Vale",
# where nothing reads it as a place), stays people's.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Letters came from Anna Berg, Marko Dell and Jo Hale.", "Marko Dell"),
        ("The flowers came from Harvey Dell and Tessa Orvale on Monday.", "Tessa Orvale"),
    ],
)
def test_a_list_of_people_after_from_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: a member the article has read as a place by its kind ("Harvey Vale": a vale) is no person's name, so the
# list of residents' towns after "from" it stands in is read ("fishers from Tessby, Harvey Vale and Kessobo").
@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("It will serve fishers from Tessby, Harvey Vale and Kessobo.", {"Tessby", "Harvey Vale", "Kessobo"}),
        ("Villagers from Orvale, Grace Bay and Kessobo came to the meeting.", {"Orvale", "Grace Bay", "Kessobo"}),
    ],
)
def test_a_place_named_like_a_person_by_its_kind_keeps_its_list(text, towns):
    assert towns <= places(text)


# Must not change: a year or a count before a name after a comma, a company or a person after a number, and a
# number inside a sentence make no place.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The fund sold its stake, 12000 Kelmor Holdings shares, on Monday.", "Kelmor Holdings"),
        ("On 3 March, 2026 Tessa Orvale, the new chair, opened the plant.", "Tessa Orvale"),
        ("The vote ended, 2026 Kessobo, with a clear result.", "Kessobo"),
        ("He bought 41350 Kessobo bonds last week.", "Kessobo"),
    ],
)
def test_a_number_before_a_name_that_is_no_postcode_makes_no_place(text, absent):
    assert absent not in places(text)


# The fix: an address's postcode of four or five digits after a comma or at a line's start, then a name and a
# comma, a dash or the line's end: the town, known or not ("Rue Basse, 41350 Kessobo – Contact"; since the review of
# e27, only inside an address).
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("TESSBY FM – 7 Rue Basse, 41350 Kessobo – Contact\n", "Kessobo"),
        ("Printed by Kelmor Media SA, 3 chemin Vert, 58210 Tessabonne, France.\n", "Tessabonne"),
        ("Write to us:\nBP 412\n98713 Papara\n", "Papara"),
    ],
)
def test_a_town_after_an_addresss_postcode(text, town):
    assert town in places(text)


# Must not change (seen on older held-out pages): an era's year in capitals, a ticker's code before a company in
# capitals, and a street's number before its name make no place after the number.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Tessby, Monday, March 2, 2026 | Kessa 9, 1402 SH\n", "SH"),
        ("3318 JP ORVALE MOTORS — outlook: upgraded (Rating: BUY)\n", "JP ORVALE MOTORS"),
        ("- Visit our shop, 318 Rue Tessa Nord, from Tuesday to Saturday.\n", "Rue Tessa Nord"),
    ],
)
def test_an_eras_year_a_tickers_code_or_a_streets_number_is_no_postcode(text, absent):
    assert absent not in places(text)
