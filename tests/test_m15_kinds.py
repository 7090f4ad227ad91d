"""Error kinds the m15 held-out round showed (a Hong Kong cold-chain group's Qatar joint venture told by
an exchange announcement, a Hong Kong daily translated from Chinese and a Doha daily translated from
Arabic; a Hungarian maker's plant in Senta told by two translated portals and a municipal assembly's
minutes), on short original sentences: the Gulf's riyals by their country, areas in square metres by
their abbreviations, quotes in corner brackets, and a stock exchange a company is listed on.
"""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of
from tests.test_quotes import quotes_of


def _money(text: str) -> dict[str, tuple[float, str]]:
    return {c.value_as_written: (c.value, c.unit) for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # a riyal or rial named with its country is that country's, whatever the story names most
        ("Harbour Foods will invest 310 million Qatari riyals in a plant near Doha.", "310 million Qatari riyals", 310e6, "QAR"),
        ("Harbour Foods paid 52 million Omani rials for the mill.", "52 million Omani rials", 52e6, "OMR"),
        ("DOHA: Harbour Foods paid 52 million Saudi riyals for the mill in Qatar.", "52 million Saudi riyals", 52e6, "SAR"),
        # Doha's papers' abbreviation, touching the number or spaced
        ("DOHA: Harbour Foods will invest QR310mn in a cold store in Al Wakrah, Qatar.", "QR310mn", 310e6, "QAR"),
        ("Harbour Foods will invest QR 310mn in a cold store.", "QR 310mn", 310e6, "QAR"),
        # "riyals" alone: the country the story names most, Saudi Arabia's where none of the others is named
        (
            "DOHA: Harbour Foods will spend 310 million riyals on a cold store in Al Wakrah, Qatar. Qatar imports most of its food.",
            "310 million riyals",
            310e6,
            "QAR",
        ),
        (
            "MUSCAT: Harbour Foods will spend 310 million riyals on a plant in Sohar, Oman. Oman imports most of its food.",
            "310 million riyals",
            310e6,
            "OMR",
        ),
        (
            "RIYADH: Harbour Foods will spend 310 million riyals on a plant in Jeddah, Saudi Arabia.",
            "310 million riyals",
            310e6,
            "SAR",
        ),
        ("Harbour Foods will spend 310 million riyals on a plant.", "310 million riyals", 310e6, "SAR"),
    ],
)
def test_gulf_currencies(text, written, value, unit):
    assert _money(text)[written] == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        # must not: "QR" before a number with no scale, decimal or story of Qatar is no money
        "Scan the QR 2 code to pay.",
        # must not: "rials" with no country of its own named is no currency rather than a guess
        "Harbour Foods will spend 310 million rials on a plant.",
    ],
)
def test_gulf_currencies_must_not(text):
    assert not any(unit in {"QAR", "OMR", "YER", "IRR", "SAR"} for _, unit in _money(text).values()), _money(text)


def _measures(text: str) -> dict[str, tuple[float, str]]:
    return {c.value_as_written: (c.value, c.unit) for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    "text, written, value",
    [
        # an area by the square metre's symbol or the abbreviations filings print is one area in square metres
        ("Harbour Foods will build a cold store with a floor area of 42,000 sq.m. and a yard.", "42,000 sq.m", 42000),
        ("Harbour Foods will build a hall of 15,000 m2 in the industrial zone.", "15,000 m2", 15000),
        ("Harbour Foods will build a hall of 15,000 m² in the industrial zone.", "15,000 m²", 15000),
        ("Harbour Foods rents 900 sq m of offices.", "900 sq m", 900),
        ("Harbour Foods rents a 120sqm shop.", "120sqm", 120),
        # as the words name it
        ("Harbour Foods will build a hall of 15,000 square meters in the industrial zone.", "15,000", 15000),
    ],
)
def test_square_metres(text, written, value):
    assert _measures(text)[written] == (value, "square metres")


def test_a_land_area_in_parts_is_one_area():
    found = _measures("The council sold the parcel, with an area of 4 ha 20 a 15 m2, for 35 million dinars.")
    written = "4 ha 20 a 15 m2"
    assert found[written][1] == "hectares" and found[written][0] == pytest.approx(4.2015)
    assert not any(unit in {"hectares", "square metres"} for w, (_, unit) in found.items() if w != written), found


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # must not: hectares alone stay hectares; "a" after a number is no part where the clause goes on
        ("The council sold a parcel of 4 ha for 35 million dinars.", "4 ha", "hectares"),
        ("The farm planted 40 ha 2 a week.", "40 ha", "hectares"),
    ],
)
def test_area_parts_must_not(text, written, unit):
    assert _measures(text)[written][1] == unit


@pytest.mark.parametrize(
    "text",
    [
        # must not: a road's or a model's name with an "M2" is no area
        "The M2 motorway carried 15,000 cars a day.",
        "Harbour Foods sold 15,000 M2 chips.",
    ],
)
def test_square_metres_must_not(text):
    assert all(unit != "square metres" for _, unit in _measures(text).values()), _measures(text)


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text)[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        # corner brackets quote as curly marks do: a direct quote after a colon, before its speaker, a partial one
        (
            "Harbour Foods chairman Liang Jiawei said at a meeting with the media yesterday: 「Qatar imports almost all of its food.」",
            [("direct", "Qatar imports almost all of its food.", "Liang Jiawei")],
        ),
        (
            "「Qatar imports almost all of its food,」 said Liang Jiawei, chairman of Harbour Foods.",
            [("direct", "Qatar imports almost all of its food,", "Liang Jiawei")],
        ),
        (
            "Liang Jiawei, chairman of Harbour Foods, said the project was slow to pay back, 「but the Gulf market has high margins.」",
            [("partial", "but the Gulf market has high margins.", "Liang Jiawei")],
        ),
        # the nested pair stays inside the quote it is nested in
        (
            "Liang Jiawei said: 「The plan, which we call 『Cold Gulf』, starts next year.」",
            [("direct", "The plan, which we call 『Cold Gulf』, starts next year.", "Liang Jiawei")],
        ),
    ],
)
def test_corner_brackets_quote(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # must not: a closing bracket alone opens nothing, an opening one left open swallows no later paragraph
        ("Harbour Foods」 said profit rose 9% last year, its chairman Liang Jiawei said.", None),
        ("Liang Jiawei said: 「The plan starts next year.\n\nHarbour Foods shares rose 3% on Friday, traders said.", None),
        # and curly marks read as before
        (
            "“Qatar imports almost all of its food,” said Liang Jiawei, chairman of Harbour Foods.",
            [("direct", "Qatar imports almost all of its food,", "Liang Jiawei")],
        ),
    ],
)
def test_corner_brackets_must_not(text, expected):
    got = _quotes(text)
    if expected is None:
        assert not any((kind in {"direct", "partial"} and "」" in words) or "traders" in words for kind, words, _ in got), got
    else:
        assert got == expected


def _subjects(text: str) -> dict[str, str | None]:
    return {c.value_as_written: c.subject for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    "text, written",
    [
        # the exchange a company is listed on is never its figure's subject: the company is
        (
            "Harbour Foods chairman Liang Jiawei spoke on Friday. He said his company, which is listed on the "
            "Hong Kong Stock Exchange, operates 11 cold stores in Hong Kong.",
            "11",
        ),
        ("Harbour Foods runs 4 plants. It is listed on the Hong Kong Stock Exchange and operates 11 cold stores.", "11"),
    ],
)
def test_the_exchange_a_company_is_listed_on_is_no_subject(text, written):
    assert _subjects(text)[written] == "Harbour Foods"


@pytest.mark.parametrize(
    "text, written",
    [
        # must not: an exchange's own figures stay the exchange's
        ("Harbour Foods runs 4 plants. The Hong Kong Stock Exchange lists 2,600 companies.", "2,600"),
        ("The Hong Kong Stock Exchange had revenue of HK$20 billion last year.", "HK$20 billion"),
    ],
)
def test_the_exchange_a_company_is_listed_on_must_not(text, written):
    assert _subjects(text)[written] == "Hong Kong Stock Exchange"
