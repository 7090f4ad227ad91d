"""Fixes of the e21 review: a release's "Town, date" line, capitals datelines with a full date, initials before a
town. Must-not rows first (headings of ordinary words, compass initials), then what must still be found. Short
original sentences of our own."""

from __future__ import annotations

import re

import pytest

from loaders.extract.entities import find_entities
from loaders.spans import Span


def places(text: str) -> set[str]:
    """The places found where each paragraph is a zone of its own, as a build reads an article."""
    zones = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    return find_entities(text, zones, {}).names("place")


_PROSE = (
    "Orvane Mills said on Tuesday that it would pay a final dividend of 14 cents a share, up from 11 cents, after a "
    "year in which flour sales rose in every region it serves.\n\n"
    "The board also approved a buyback of up to 2 million shares, to run until the end of next year, the company "
    "said in its statement to the exchange.\n\n"
)


@pytest.mark.parametrize(
    "line, not_place",
    [
        # a filing's or a results table's heading and a full date: ordinary words, or a date's word, no town
        ("Record Date, 15 December 2026", "Record Date"),
        ("Payment Date, 20 December 2026", "Payment Date"),
        ("Closing Date, 9 January 2027", "Closing Date"),
        ("Effective Date, 1 January 2027", "Effective Date"),
        ("Balance Sheet, 31 December 2025", "Balance Sheet"),
        ("Annual Report, 31 December 2025", "Annual Report"),
        ("Net Profit, 30 June 2026", "Net Profit"),
        ("Interim Dividend, 30 June 2026", "Interim Dividend"),
        ("Third Quarter, 30 September 2026", "Third Quarter"),
        ("Half Year, 30 June 2026", "Half Year"),
        ("Posted, 24 November 2026", "Posted"),
        ("Christmas Eve, 24 December 2026", "Christmas Eve"),
        ("Net Income, November 24, 2026 — Tessway earned more.", "Net Income"),
        ("Annual General Meeting, 24 June 2026 — shareholders will vote on the dividend.", "Annual General Meeting"),
    ],
)
def test_a_headings_words_and_a_date_are_no_town(line, not_place):
    assert not_place not in places(line + "\n")  # where a dateline stands
    assert not_place not in places(_PROSE + line + "\n\nThe shares rose 3 per cent.")  # and in the body


@pytest.mark.parametrize(
    "text, not_place",
    [
        # a heading in capitals and a full date, in the body or opening it; a kicker in capitals
        (_PROSE + "FINANCIAL HIGHLIGHTS, 30 September 2026 — revenue rose 9 per cent.", "Financial Highlights"),
        ("FINANCIAL HIGHLIGHTS, 30 September 2026 — revenue rose 9 per cent.", "Financial Highlights"),
        (_PROSE + "CORRECTION, 3 March 2026 — An earlier version misstated the dividend.", "Correction"),
        ("CORRECTION, 3 March 2026 — An earlier version misstated the dividend.", "Correction"),
        ("Correction, 3 March 2026 — An earlier version misstated the dividend.", "Correction"),
    ],
)
def test_a_heading_in_capitals_and_a_date_is_no_town(text, not_place):
    assert not any(name.casefold() == not_place.casefold() for name in places(text))


def test_a_dated_name_in_the_body_is_no_town():
    """A name and a full date after the first paragraphs is a table's or a section's heading, not a dateline."""
    assert "Orvekko Terminal" not in places(_PROSE + "Orvekko Terminal, 30 June 2026\n\nVolumes rose.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a release's place and date where a dateline stands: a name of no common word, or a town's word and one
        ("TESSAMBO, 3 March 2026 — Growers of the district sold their crop.", "Tessambo"),
        ("Orvekko, 24 November 2026\n\n" + _PROSE, "Orvekko"),
        ("Port Tessvik, 24 November 2026 — Tessa Lines said on Monday it would buy two ships.", "Port Tessvik"),
        # ... after a headline and a standfirst
        (
            "Tessa Lines buys two ships\n\nThe ferry firm will pay 40 million euros for the pair.\n\n"
            "Orvekko, 24 November 2026 — Tessa Lines said on Monday it would buy two ships.",
            "Orvekko",
        ),
    ],
)
def test_a_releases_place_where_a_dateline_stands(text, expected):
    assert expected in places(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # a compass point's initials before a town: no person's initials
        ("Rents in S.W. Glasgow rose 6% last year.", "Glasgow"),
        ("She grew up in N.E. Dublin and trained as a nurse.", "Dublin"),
        ("The S.E. Texas refinery will shut for a month.", "Texas"),
        # a region's or a land's initials, or initials after a locative or "the" with no title: no person's either
        ("The bank's N.A. Denver branch will hire 40 staff.", "Denver"),
        ("He studied in the U.S.S.R. Minsk was his first post.", "Minsk"),
        ("Buses leave from Bay C.D. Nairobi is the last stop.", "Nairobi"),
        ("Parts come from Hall K.L. Madrid takes the rest.", "Madrid"),
    ],
)
def test_initials_that_are_no_persons_leave_the_town(text, place):
    assert place in places(text)


@pytest.mark.parametrize(
    "text, person, not_place",
    [
        # a person's initials after a title, or two bare initials where the person speaks
        ("The mill's owner, Alhaji K.B. Lima, bought the land.", "K.B. Lima", "Lima"),
        ("Shares were bought by Dr F. Medina last week.", "F. Medina", "Medina"),
        ("T.O. Bello said the plant would reopen in March.", "T.O. Bello", "Bello"),
    ],
)
def test_a_persons_initials_before_a_towns_name_still_make_a_person(text, person, not_place):
    from tests.test_entity_rules import people

    assert person in people(text)
    assert not_place not in places(text)


@pytest.mark.parametrize(
    "text, not_place",
    [
        # a trader's "delta" or "basin", a family's plural, a thing named after the name: no river, no valley
        ("The delta of the Heston option was high, traders said.", "Heston"),
        ("The Tesla delta of the Orvane plan narrowed.", "Orvane"),
        ("The cost basin of the Tessaro scheme was wide.", "Tessaro"),
        ("Money flowed to the banks of the Rothschilds.", "Rothschilds"),
        ("The valley of the Kings attracts tourists.", "Kings"),
        ("Shares in the Kessler valley fund fell.", "Kessler"),
        ("Gifts reached the mouth of the Tessmark appeal by noon.", "Tessmark"),
    ],
)
def test_no_river_or_valley_named_by_a_finance_word_or_a_family(text, not_place):
    assert not_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a river's part and its name, then a pause, a function word, an adverb or a verb
        ("Ferries cross the mouth of the Orvanto every hour.", "Orvanto"),
        ("Barges will load at the mouth of the Tessora near the border.", "Tessora"),
        ("Sandbags lined the banks of the Tessaga, which flooded in May.", "Tessaga"),
        ("The banks of the Charles filled with rowers.", "Charles"),
        ("Vines cover the Tessarno valley, where most growers live.", "Tessarno"),
    ],
)
def test_a_rivers_part_still_names_it(text, expected):
    assert expected in places(text)
