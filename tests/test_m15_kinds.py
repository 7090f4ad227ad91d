"""Error kinds the m15 held-out round showed (a cold-chain group's Gulf joint venture told by an exchange
announcement and two dailies translated from Chinese and Arabic; a maker's plant told by two translated
portals and a municipal assembly's minutes), on short original sentences: the Gulf's riyals by their
country, areas in square metres by their abbreviations, quotes in corner brackets, and a stock exchange a
company is listed on.
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
        (
            "Orchard Hill Foods will invest 75 million Qatari riyals in a bakery near Doha.",
            "75 million Qatari riyals",
            75e6,
            "QAR",
        ),
        ("Orchard Hill Foods paid 18 million Omani rials for the dairy.", "18 million Omani rials", 18e6, "OMR"),
        ("DOHA: Orchard Hill Foods paid 18 million Saudi riyals for the dairy in Qatar.", "18 million Saudi riyals", 18e6, "SAR"),
        # Doha's papers' abbreviation, touching the number or spaced
        ("DOHA: Orchard Hill Foods will invest QR75mn in a bakery in Lusail, Qatar.", "QR75mn", 75e6, "QAR"),
        ("Orchard Hill Foods will invest QR 75mn in a bakery.", "QR 75mn", 75e6, "QAR"),
        # "riyals" alone: the country the story names most, Saudi Arabia's where none of the others is named
        (
            "DOHA: Orchard Hill Foods will spend 75 million riyals on a bakery in Lusail, Qatar. Qatar buys most of its flour abroad.",
            "75 million riyals",
            75e6,
            "QAR",
        ),
        (
            "MUSCAT: Orchard Hill Foods will spend 75 million riyals on a dairy in Ibri, Oman. Oman buys most of its milk abroad.",
            "75 million riyals",
            75e6,
            "OMR",
        ),
        (
            "RIYADH: Orchard Hill Foods will spend 75 million riyals on a bakery in Tabuk, Saudi Arabia.",
            "75 million riyals",
            75e6,
            "SAR",
        ),
        ("Orchard Hill Foods will spend 75 million riyals on a bakery.", "75 million riyals", 75e6, "SAR"),
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
        "Orchard Hill Foods will spend 75 million rials on a bakery.",
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
        ("Orchard Hill Foods will build a bakery with a floor area of 9,500 sq.m. and a car park.", "9,500 sq.m", 9500),
        ("Orchard Hill Foods will build a depot of 6,200 m2 beside the port.", "6,200 m2", 6200),
        ("Orchard Hill Foods will build a depot of 6,200 m² beside the port.", "6,200 m²", 6200),
        ("Orchard Hill Foods rents 900 sq m of offices.", "900 sq m", 900),
        ("Orchard Hill Foods rents a 120sqm shop.", "120sqm", 120),
        # (fixcm review LOW) "sq" before the unit's word, not a length in metres
        ("Orchard Hill Foods rents a shop of 120 sq metres.", "120 sq metres", 120),
        ("Orchard Hill Foods rents a shop of 120 sq. meters.", "120 sq. meters", 120),
        # as the words name it
        ("Orchard Hill Foods will build a depot of 6,200 square meters beside the port.", "6,200", 6200),
    ],
)
def test_square_metres(text, written, value):
    assert _measures(text)[written] == (value, "square metres")


def test_a_land_area_in_parts_is_one_area():
    found = _measures("The town sold the field, measuring 3 ha 15 a 40 m2, to a farmer for 12 million dinars.")
    written = "3 ha 15 a 40 m2"
    assert found[written][1] == "hectares" and found[written][0] == pytest.approx(3.154)
    assert not any(unit in {"hectares", "square metres"} for w, (_, unit) in found.items() if w != written), found


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # must not: hectares alone stay hectares; "a" after a number is no part where the clause goes on
        ("The town sold a field of 3 ha to a farmer for 12 million dinars.", "3 ha", "hectares"),
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
        "Orchard Hill Foods sold 15,000 M2 chips.",
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
            "Orchard Hill Foods chairman Tao Qiming told reporters on Tuesday: 「Oman buys most of its flour abroad.」",
            [("direct", "Oman buys most of its flour abroad.", "Tao Qiming")],
        ),
        (
            "「Oman buys most of its flour abroad,」 said Tao Qiming, chairman of Orchard Hill Foods.",
            [("direct", "Oman buys most of its flour abroad,", "Tao Qiming")],
        ),
        (
            "Tao Qiming, chairman of Orchard Hill Foods, said the bakery would take years to break even, 「but bread sells well there.」",
            [("partial", "but bread sells well there.", "Tao Qiming")],
        ),
        # the nested pair stays inside the quote it is nested in
        (
            "Tao Qiming said: 「The bakery, which we call 『Desert Oven』, opens next spring.」",
            [("direct", "The bakery, which we call 『Desert Oven』, opens next spring.", "Tao Qiming")],
        ),
        # (fixcm review m15-6) a corner bracket touching the words around it opens and closes a quote, and one
        # with a space inside it still does (where a curly mark would not)
        ("Ann Lee said「we will grow fast this year」and left.", [("partial", "we will grow fast this year", "Ann Lee")]),
        ("Ann Lee said: 「 We will grow fast this year. 」", [("direct", "We will grow fast this year.", "Ann Lee")]),
        # (fixcm review LOW) a corner pair inside curly marks and curly marks inside a corner pair stay inside: a
        # corner bracket closes only its own opener's quote, a curly mark no corner bracket's
        (
            "“The bakery we call 「Desert Oven」 opens next spring,” Tao Qiming said.",
            [("direct", "The bakery we call 「Desert Oven」 opens next spring,", "Tao Qiming")],
        ),
        (
            "Tao Qiming said: 「The bakery we call “Desert Oven” opens next spring.」",
            [("direct", "The bakery we call “Desert Oven” opens next spring.", "Tao Qiming")],
        ),
    ],
)
def test_corner_brackets_quote(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # must not: a closing bracket alone opens nothing, an opening one left open swallows no later paragraph
        ("Orchard Hill Foods」 said sales rose 7% in the spring, its chairman Tao Qiming said.", None),
        ("Tao Qiming said: 「The bakery opens next spring.\n\nOrchard Hill Foods shares rose 3% on Tuesday, traders said.", None),
        # and curly marks read as before
        (
            "“Oman buys most of its flour abroad,” said Tao Qiming, chairman of Orchard Hill Foods.",
            [("direct", "Oman buys most of its flour abroad,", "Tao Qiming")],
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
            "Tao Qiming, chairman of Orchard Hill Foods, spoke on Tuesday. He said his company, which is quoted on the "
            "Singapore Exchange, runs 14 bakeries in Malaysia.",
            "14",
        ),
        ("Orchard Hill Foods runs 4 mills. It is listed on the Singapore Exchange and owns 14 bakeries.", "14"),
    ],
)
def test_the_exchange_a_company_is_listed_on_is_no_subject(text, written):
    assert _subjects(text)[written] == "Orchard Hill Foods"


@pytest.mark.parametrize(
    "text, written",
    [
        # must not: an exchange's own figures stay the exchange's
        ("Orchard Hill Foods runs 4 mills. The Singapore Exchange lists 640 companies.", "640"),
        ("The Singapore Exchange had revenue of S$1.3 billion last year.", "S$1.3 billion"),
    ],
)
def test_the_exchange_a_company_is_listed_on_must_not(text, written):
    assert _subjects(text)[written] == "Singapore Exchange"


@pytest.mark.parametrize(
    "text, written, exchange",
    [
        # must not (fixcm review H1): an exchange's own market figures stay the exchange's, whatever company the
        # article is about: its turnover, what its listed firms raised, its bonds' move
        (
            "Orchard Hill Foods sold 4 bakeries. Trading on the Nairobi Securities Exchange fell 12% to 1.2 billion "
            "shillings on Friday.",
            "12%",
            "Nairobi Securities Exchange",
        ),
        (
            "Orchard Hill Foods sold 4 bakeries. More than 2,000 firms are listed on the Shanghai Stock Exchange, "
            "which had turnover of 300 billion yuan last year.",
            "300 billion yuan",
            "Shanghai Stock Exchange",
        ),
        (
            "Orchard Hill Foods sold 4 bakeries. Companies listed on the Hong Kong Stock Exchange raised HK$200 billion in 2025.",
            "HK$200 billion",
            "Hong Kong Stock Exchange",
        ),
        (
            "Orchard Hill Foods sold 4 bakeries. It is listed on the Hong Kong Stock Exchange, where turnover fell "
            "12% to HK$100 billion.",
            "HK$100 billion",
            "Hong Kong Stock Exchange",
        ),
        (
            "Orchard Hill Foods sold 4 bakeries. Bonds traded on the London Stock Exchange rose 2% to £40 billion.",
            "£40 billion",
            "London Stock Exchange",
        ),
    ],
)
def test_an_exchanges_own_figures_stay_its_own(text, written, exchange):
    assert _subjects(text)[written] == exchange


def test_a_listed_company_named_by_a_pronoun_is_not_the_pages_main_company():
    # must not (fixcm review m15-3): "his company" listed on an exchange is the speaker's, not the page's main company
    text = (
        "Al Noor Foods signed a deal with Kestrel Cold Chain of Hong Kong on Monday. Al Noor Foods runs 40 trucks and "
        "Al Noor Foods will hold 40% of the venture. Leung Wai, chairman of Kestrel Cold Chain, said the Gulf market was "
        "growing. He explained that his company, which is listed on the Hong Kong Stock Exchange, operates 11 cold "
        "stores in Hong Kong."
    )
    assert _subjects(text)["11"] == "Kestrel Cold Chain"


def test_a_listed_company_named_is_the_subject_not_the_pages_main_company():
    text = "Orchard Hill Foods sold 4 bakeries. Kestrel Cold Chain Ltd is listed on the Singapore Exchange and runs 14 bakeries."
    assert _subjects(text)["14"] == "Kestrel Cold Chain"


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # must not (fixcm review H3): a Gulf country's adjective names no country for a dollar sign, nor inside an
        # organisation's name ("Saudi Aramco"): the page's own dollar stays its own
        (
            "Tessby Energy of Calgary, Alberta, will sell its refinery stake to Saudi Aramco for $400 million. "
            "Saudi Aramco will pay in cash.",
            "$400 million",
            "CAD",
        ),
        (
            "Westgrain, based in Perth, Western Australia, sold barley to Saudi buyers for $40 million. Saudi demand "
            "rose this year.",
            "$40 million",
            "AUD",
        ),
        (
            "Maple Grain of Winnipeg, Manitoba, signed a $40 million deal with the Saudi Grains Organization. Saudi "
            "imports rose.",
            "$40 million",
            "CAD",
        ),
        (
            "Kiwi Dairy of Hamilton, New Zealand, sold milk powder worth $40 million to Omani and Saudi buyers.",
            "$40 million",
            "NZD",
        ),
        ("The Saudi and Qatari units of Kestrel Foods of Singapore were sold for $40 million.", "$40 million", "SGD"),
    ],
)
def test_gulf_adjectives_name_no_dollar(text, written, unit):
    assert _money(text)[written][1] == unit


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # (fixcm review m15-2) "riyals" alone on a Doha page naming other countries more is still Qatar's: the
        # candidate the page's home or the page names most among the riyal's countries
        (
            "DOHA: Al Noor Foods signed a deal with Kestrel Foods of London, England, worth 75 million riyals. "
            "Kestrel runs plants in Leeds and Manchester.",
            "75 million riyals",
            "QAR",
        ),
        # a page printing the riyal with its sign or its country too means the same by bare "riyals"
        (
            "DOHA: Al Noor Foods will invest QR75mn in a bakery. Kestrel Foods of London, England, will pay 30 million "
            "riyals of it. Kestrel runs plants in Leeds and Manchester.",
            "30 million riyals",
            "QAR",
        ),
        (
            "Al Noor Foods of Doha, Qatar, will invest 75 million Qatari riyals in a bakery. Kestrel Foods will pay 30 "
            "million riyals of it.",
            "30 million riyals",
            "QAR",
        ),
        # a Gulf adjective picks among the riyal's countries
        (
            "Kestrel Foods of London will sell its Omani unit to Al Noor Foods for 75 million riyals.",
            "75 million riyals",
            "OMR",
        ),
    ],
)
def test_riyals_by_the_pages_riyal_country(text, written, unit):
    assert _money(text)[written][1] == unit
