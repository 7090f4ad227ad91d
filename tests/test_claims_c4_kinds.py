"""Error kinds a fourth held-out round showed (a funding round in three currencies, won results,
a takeover priced per share and in total, a market-share report, a health outbreak, Canadian job
cuts), on short original sentences: cents of the story's own dollar, the country a dateline or an
"X-based" home names, a takeover's price per share and its premium, a figure exactly half a step
above a rounder one, moments of the trading day that hold one another, periods written as months
("between January and June", "the September quarter", "the first six months") or as "a year earlier"
beside the sentence's own period, and points beside a percentage."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.group.claims import moments_differ
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


def _read(text: str, written: str):
    (claim,) = [c for c in claims_of(text, "2026-03-01") if c.value_as_written == written]
    return claim


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # cents are a hundredth of the dollar the story's "$" names, written out or as "c" on the number
        ("Egg prices in Brisbane rose by 85c this week to $7.35 a dozen.", "85c", 0.85, "AUD"),
        ("Egg prices in Brisbane rose by 85 cents this week to $7.35 a dozen.", "85 cents", 0.85, "AUD"),
        ("Egg prices in Chicago rose by 85c this week to $7.35 a dozen.", "85c", 0.85, "USD"),
        ("Montreal-based Tallow Aero lost $86-million, or 41 cents a share.", "41 cents", 0.41, "CAD"),
        ("Johannesburg-based Kestrel Mining will pay a dividend of 85c a share.", "85c", 0.85, "ZAR"),
        ("Dublin pump prices fell to 46.5 cent per litre.", "46.5 cent", 0.465, "EUR"),
        # no country in the story: cents keep their usual reading
        ("Bus fares rose by 85c.", "85c", 0.85, "USD"),
        # a page printing the currency's own sign still means its cents by "cent"
        ("Dublin pump prices fell to 46.5 cent per litre, saving drivers €3 a tank.", "46.5 cent", 0.465, "EUR"),
        ("Montreal-based Tallow Aero earned C$12 million, or 41 cents a share.", "41 cents", 0.41, "CAD"),
    ],
)
def test_cents_are_the_storys_own_dollar(text, written, value, unit):
    claim = _read(text, written)
    assert (round(claim.value, 6), claim.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # a dateline's city, on a line of its own or before the date, and a company's home count
        ("MONTREAL, May 5 - Tallow Aero lost $86 million in the quarter.", "$86 million", "CAD"),
        ("By Ada Quint\nMONTREAL\n\nTallow Aero lost $86 million in the quarter.", "$86 million", "CAD"),
        ("Montreal-based Tallow Aero lost $86-million in the quarter.", "$86-million", "CAD"),
        ("Perth-based Tallow Mining lost $86 million in the quarter.", "$86 million", "AUD"),
        # an American dateline keeps the US dollar
        ("CHICAGO, May 5 - Tallow Aero lost $86 million in the quarter.", "$86 million", "USD"),
    ],
)
def test_a_dateline_or_a_home_names_the_storys_country(text, written, unit):
    assert _read(text, written).unit == unit


@pytest.mark.parametrize(
    "text, written, metric",
    [
        # a takeover's price for each share is neither earnings nor the price shares trade at
        ("Bramble Capital will pay 265p a share in cash for Quill Leisure.", "265p", "offer price"),
        ("The offer of 265 pence per share was accepted by Quill Leisure.", "265 pence", "offer price"),
        ("Holders of Quill Leisure will receive 265 pence for each share they own.", "265 pence", "offer price"),
        ("Quill Leisure earned 26 pence a share.", "26 pence", "earnings per share"),
        ("Quill Leisure shares closed at 255p.", "255p", "share price"),
        # its premium, before or after the number or said as "more than the price"
        ("Bramble Capital will pay a premium of 38% to Quill Leisure's closing price.", "38%", "premium"),
        ("The offer is a 38% premium to the undisturbed share price of Quill Leisure.", "38%", "premium"),
        ("Quill Leisure holders get 38 per cent more than the share price on Friday.", "38 per cent", "premium"),
        ("Quill Leisure's closing price of 192p on Friday was its lowest.", "192p", "share price"),
    ],
)
def test_a_takeovers_price_per_share_and_premium(text, written, metric):
    assert _read(text, written).metric == metric


def test_an_offer_price_is_not_compared_with_the_price_shares_trade_at():
    groups = groups_of(
        {
            "a": "Bramble Capital will pay 265p a share for Quill Leisure. Quill Leisure shares rose to 255p.",
            "b": "Holders of Quill Leisure will receive 265 pence for each share. Quill Leisure shares rose to 254.9p.",
        }
    )
    assert sorted(groups, key=str) == [({"a", "b"}, "consistent"), ({"a", "b"}, "consistent")]


@pytest.mark.parametrize(
    "articles, expected",
    [
        # one figure exactly on the half, rounded up by one outlet and down by another: no conflict
        (
            {
                "a": "Tallow Group said revenue fell to $1.25 billion.",
                "b": "Tallow Group said revenue fell to $1.3 billion.",
                "c": "Tallow Group said revenue fell to $1.2 billion.",
            },
            [({"a", "b", "c"}, "consistent")],
        ),
        # without the finer figure the two roundings are two figures that disagree
        (
            {"b": "Tallow Group said revenue fell to $1.3 billion.", "c": "Tallow Group said revenue fell to $1.2 billion."},
            [({"b", "c"}, "conflicting")],
        ),
        # a hedged figure explains nothing: "about 400" beside 350 and 400
        (
            {
                "a": "Tallow Group will cut 350 jobs.",
                "b": "Tallow Group will cut about 400 jobs.",
                "c": "Tallow Group will cut 400 jobs.",
            },
            [({"a", "b", "c"}, "conflicting")],
        ),
        # a round figure of one significant digit is no rounding of one half a step away
        (
            {"a": "Tallow Group was valued at $4 billion.", "b": "Tallow Group was valued at $4.5 billion."},
            [({"a", "b"}, "conflicting")],
        ),
    ],
)
def test_a_figure_on_the_half_step_is_rounded_either_way(articles, expected):
    assert groups_of(articles) == expected


@pytest.mark.parametrize(
    "a, b, differ",
    [
        ("early trade", "08:15", False),
        ("early trade", "10:30", True),
        ("morning", "early trade", False),
        ("morning", "11:59", False),
        ("morning", "12:00", True),
        ("midday", "morning", True),
        ("close", "08:15", True),
        ("close", "afternoon", True),
        ("08:15", "09:00", True),
        ("close", "close", False),
        (None, "close", False),
    ],
)
def test_moments_of_the_trading_day_that_hold_one_another(a, b, differ):
    assert moments_differ(a, b) is differ


EARLY = "Shares in Quill Leisure jumped 33% to 255p in early trading."
BY_0815 = "Quill Leisure shares were up 32.8% at 254.9 pence by 0815 GMT."
AT_CLOSE = "Quill Leisure shares closed up 32.8% at 254.9p."


@pytest.mark.parametrize(
    "articles, status",
    [({"a": EARLY, "b": BY_0815}, "consistent"), ({"a": EARLY, "b": AT_CLOSE}, "conflicting")],
)
def test_a_price_in_early_trading_is_the_price_by_a_morning_clock_time(articles, status):
    assert groups_of(articles) == [({"a", "b"}, status), ({"a", "b"}, status)]


@pytest.mark.parametrize(
    "text, periods",
    [
        # months that make a quarter or a half
        ("Kestrel Foods sold 9,000 vans between January and June.", {"9,000": "2026-H1"}),
        ("Kestrel Foods made $40 million in the July-September quarter.", {"$40 million": "2026-Q3"}),
        ("Kestrel Foods made $40 million in the October-December quarter.", {"$40 million": "2025-Q4"}),
        ("Kestrel Foods made $40 million from April to June 2024.", {"$40 million": "2024-Q2"}),
        ("Kestrel Foods made $40 million in the December quarter.", {"$40 million": "2025-Q4"}),
        # months that make neither name no period
        ("Kestrel Foods made $40 million between February and June.", {"$40 million": None}),
        ("Kestrel Foods sold 9,000 vans in the first six months of the year.", {"9,000": "2026-H1"}),
        # "a year earlier" right after a figure: the sentence's own period a year back
        (
            "Its share rose to 18.4% in the first half of 2025, from 15.1% a year earlier.",
            {"18.4%": "2025-H1", "15.1%": "2024-H1"},
        ),
        (
            "Kestrel Foods made $5 million in 2023, up from $4 million a year earlier.",
            {"$5 million": "2023", "$4 million": "2022"},
        ),
        # "last year" counts from the publication, as before
        ("Kestrel Foods made $5 million last year.", {"$5 million": "2025"}),
        # the earlier year after another figure is that figure's: a change's base, not its period
        ("Kestrel Foods' profit rose 14% from $537 million a year ago.", {"14%": None, "$537 million": "2025"}),
        # a period the figure is said to be "in" is its own, before a nearer one behind it
        (
            "Its share rose to 18.4% in the first half of 2025, from 15.1% in the first half of 2024.",
            {"18.4%": "2025-H1", "15.1%": "2024-H1"},
        ),
    ],
)
def test_periods_written_as_months_or_a_year_before(text, periods):
    assert {c.value_as_written: c.period for c in claims_of(text, "2026-09-01")} == periods


@pytest.mark.parametrize(
    "text, expected",
    [
        # points beside a percentage are percentage points
        ("Its share rose to 18.4 percent, an increase of 3.3 points.", [(18.4, "percent"), (3.3, "percentage points")]),
        ("Its margin was 14%, up 2 points.", [(14, "percent"), (2, "percentage points")]),
        # an index's points, restated in percent, stay points
        ("The index fell 12 points, or 1.2%.", [(12, "points"), (1.2, "percent")]),
        ("The index fell 12 points (1.2%) on Monday.", [(12, "points"), (1.2, "percent")]),
        ("The index fell 120 points.", [(120, "points")]),
        # a part of a year named by its months is no figure
        ("Kestrel Foods sold 9,000 vans in the first six months.", [(9000, "vans")]),
        # a deadline is a figure
        ("Kestrel Foods must file 12 reports within the next three years.", [(12, "reports"), (3, "years")]),
    ],
)
def test_points_beside_a_percentage_and_stretches_of_time(text, expected):
    assert [(c.value, c.unit) for c in claims_of(text, "2026-09-01")] == expected


@pytest.mark.parametrize(
    "text, written, metric, direction, moment",
    [
        # a sign on a percentage, or a comparative right after it, says how it moved
        ("Revenue came in at KRW6.1tn (-15% YoY).", "15%", "sales change", "decrease", None),
        ("Kestrel Foods said revenue was $40 million (+12%).", "12%", "sales change", "increase", None),
        ("Analysts expect 3-5% growth.", "3-5%", "amount", None, None),
        (
            "Kestrel Foods shares fell in early deals before paring losses to close 4.3% lower.",
            "4.3%",
            "share price change",
            "decrease",
            "close",
        ),
        ("Kestrel Foods sold 9,000 vans, 11% fewer than a year before.", "11%", "units sold change", "decrease", None),
        # a loss is still one where the words say so
        ("Kestrel Foods posted losses of $40 million.", "$40 million", "loss", None, None),
        # a share "of the market"
        ("Kestrel Foods held 12.9% of the market.", "12.9%", "market share", None, None),
    ],
)
def test_how_a_percentage_moved_and_what_it_measures(text, written, metric, direction, moment):
    claim = _read(text, written)
    assert (claim.metric, claim.direction, claim.moment) == (metric, direction, moment)


@pytest.mark.parametrize(
    "articles, expected",
    [
        # a count no measure word names is any measure of what it counts
        (
            {
                "a": "Around 1.8 million eggs from Bellwood Farms were destroyed.",
                "b": "Bellwood Farms recalled 1.8 million eggs.",
            },
            [({"a", "b"}, "consistent")],
        ),
        # units sold and sales are one measure when a percentage says how they moved
        (
            {
                "a": "Kestrel Foods said 9,000 vans were sold, 11% fewer than a year before.",
                "b": "Kestrel Foods said sales fell 11%.",
            },
            [({"a", "b"}, "consistent")],
        ),
    ],
)
def test_one_measure_named_two_ways(articles, expected):
    assert groups_of(articles) == expected


@pytest.mark.parametrize(
    "text, written, moment",
    [
        # a moment before every figure of its sentence says when all of them held
        ("By 10:20 am, Kestrel Foods shares were changing hands at $4.18, or 3.2% down.", "3.2%", "10:20"),
        ("By 10:20 am, Kestrel Foods shares were changing hands at $4.18, or 3.2% down.", "$4.18", "10:20"),
        # one after a figure belongs to its own clause
        ("Kestrel Foods shares rose 3% on Monday, and at the close were up 5%.", "3%", None),
        ("In early morning trading, Kestrel Foods stock slipped 2%.", "2%", "early trade"),
    ],
)
def test_a_moment_that_opens_the_sentence(text, written, moment):
    assert _read(text, written).moment == moment


@pytest.mark.parametrize(
    "text, expected",
    [
        # a singular noun before a counted one is its modifier; "business" and "diagnosis" are no plurals
        ("Tallow Pay has more than 2,000 business customers.", [(2000, "customers")]),
        ("The region recorded 1,742 salmonellosis notifications.", [(1742, "notifications")]),
        ("Tallow Steel put 400 job losses on notice.", [(400, "jobs")]),
        # a part named after its number, or after "with", counts what the figure before it counts
        ("Officials said 63 cases had been confirmed, 21 of them in hospital.", [(63, "cases"), (21, "cases")]),
        # "the number of X ... to N" counts X
        (
            "The number of people infected has risen to 54, with 19 in hospital.",
            [(54, "people"), (19, "people")],
        ),
        ("The number of stores rose to 120.", [(120, "stores")]),
        # a bare number with nothing it counts is still no claim
        ("The score rose to 54.", []),
    ],
)
def test_what_a_number_counts(text, expected):
    assert [(c.value, c.unit) for c in claims_of(text, "2026-03-01")] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a broker note's abbreviations, recurring, are terms, not organisations a figure could be about
        "Tallow Group reported 3Q OP of KRW412.7bn (-38% YoY, -21% QoQ). NP: KRW198bn (-52% YoY).\n\n"
        "OP margin was 6.9%, and revenue came in at KRW6.1tn (-15% YoY, +2% QoQ).",
        # "North American" is a region's adjective, before a company word too
        "Tallow Group said its North American customers cut orders. North American customers buy half its cells.",
    ],
)
def test_abbreviations_and_regions_are_no_organisations(text):
    paragraphs = layout(text).paragraphs
    found = find_entities(text, paragraphs, {})
    assert {m.name for m in found.mentions if m.kind == "organisation"} == {"Tallow Group"}
