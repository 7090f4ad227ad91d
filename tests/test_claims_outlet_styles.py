"""How different outlets print one figure: a scale letter in capitals, a bare "$" that is the local
dollar, counted nouns that one outlet words differently. Short original sentences."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "text, value, unit, written",
    [
        # a scale letter joined to the number, in either case
        ("Quarterly revenue at Brantor Cycles fell to $356M.", 356e6, "USD", "$356M"),
        ("Holmwick Foods is sold in a $1.2B deal.", 1.2e9, "USD", "$1.2B"),
        ("Fenmore Vans recalls 12K trucks.", 12000, "trucks", "12K"),
        ("Fenmore Vans recalls 12k trucks.", 12000, "trucks", "12k"),
    ],
)
def test_a_scale_letter_in_capitals(text, value, unit, written):
    (claim,) = [c for c in claims_of(text) if c.value == value]
    assert (claim.unit, claim.value_as_written) == (unit, written)


@pytest.mark.parametrize(
    "text, written, unit",
    [
        # a bare "$" in a story about a dollar country is that country's dollar
        ("Ottawa-based Pellucid Mining took a $2.1-billion writedown.", "$2.1-billion", "CAD"),
        (
            "Pellucid Mining, of Ottawa, will spend $425-million (US$310-million) on repairs.",
            "$425-million (US$310-million)",
            "CAD",
        ),
        ("Kerrowan Foods, which trades across Australia, lost $41 million.", "$41 million", "AUD"),
        # ... unless the page writes that dollar with a sign of its own: then "$" is the US dollar
        ("Ottawa-based Pellucid Mining sold C$1.4 billion of copper. It owes $90 million.", "$90 million", "USD"),
        # the "US" of "US$" is no country the story is about
        ("Pellucid Mining, of Ottawa, paid US$5 million in Chile and $7 million in Ottawa.", "$7 million", "CAD"),
        # a state or province names its country, and so does a country's adjective
        ("Kerrowan Foods, based in Western Australia, lost $41 million.", "$41 million", "AUD"),
        ("Pellucid Mining, based in Ontario, lost $41 million.", "$41 million", "CAD"),
        ("The Australian grocer Kerrowan Foods lost $41 million.", "$41 million", "AUD"),
        # Hong Kong's papers print "HK$": a bare "$" beside Hong Kong is the US dollar
        ("Kessho Games shares rose in Hong Kong; discounts reach $2,500.", "$2,500", "USD"),
        # the story's country is the one named most of all: a Chilean story naming a Canadian office once
        (
            "Pellucid Mining of Toronto will spend $1.1 billion in Chile, the Chilean mines ministry said. Chile's output rose.",
            "$1.1 billion",
            "USD",
        ),
        # two countries named equally: no local reading
        ("Pellucid Mining, of Ottawa, lost $41 million in Chile.", "$41 million", "USD"),
        # no dollar country named: the US dollar
        ("Pellucid Mining lost $41 million.", "$41 million", "USD"),
        ("Pellucid Mining lost $41 million in Berlin.", "$41 million", "USD"),
    ],
)
def test_a_bare_dollar_is_the_local_dollar(text, written, unit):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Fenmore Vans will cut 300 roles.", "roles"),
        ("Fenmore Vans recalled 1,200 lorries.", "lorries"),
        ("Fenmore Vans kept its target of 9,000 deliveries.", "deliveries"),
        ("The app has 14,000 riders.", "riders"),
    ],
)
def test_counted_nouns_outlets_use(text, unit):
    (claim,) = claims_of(text)
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, value, high, unit",
    [
        # a unit symbol joined to its number
        ("Guidance: 148-155kt of copper.", 148000, 155000, "tonnes"),
        ("The mine made 190kt last year.", 190000, None, "tonnes"),
        ("Reserves stand at 2.1Moz.", 2.1e6, None, "ounces"),
    ],
)
def test_a_unit_symbol_joined_to_its_number(text, value, high, unit):
    (claim,) = claims_of(text)
    assert (claim.value, claim.value_high, claim.unit) == (pytest.approx(value), high and pytest.approx(high), unit)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a spelled number with a scale counts as digits do
        ("Tarrow Water serves almost two million homes.", 2e6, "homes"),
        ("Tarrow Water serves 1.9 million households.", 1.9e6, "households"),
    ],
)
def test_a_spelled_number_with_a_scale_counts(text, value, unit):
    (claim,) = claims_of(text)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_spelled_number_alone_counts_only_listed_nouns():
    assert claims_of("Tarrow Water has two million.") == []


@pytest.mark.parametrize(
    "text, metric",
    [
        # "paid" and "pay" as verbs name no pay: what is paid names the measure, or nothing does
        ("Tarrow Water paid £112m in dividends last year.", "dividend"),
        ("Tarrow Water handed £112m to its shareholders.", "dividend"),
        ("Tarrow Water agreed to pay the full £38.5m.", "amount"),
        ("Its chief executive received a bonus of £640,000.", "pay"),
        # an analyst's price target is no shortfall
        ("Ren Obi cut his price target to 3,400 yen.", "price target"),
        ("Tarrow Water missed its target by 12%.", "shortfall against target"),
    ],
)
def test_what_a_payment_and_a_target_measure(text, metric):
    (claim,) = claims_of(text)
    assert claim.metric == metric


@pytest.mark.parametrize(
    "text, expected",
    [
        # a multiple printed in digits
        ("The offer was subscribed 3.4 times.", [(3.4, "times", "subscription")]),
        ("Investors bid for 7.8 times the shares on offer.", [(7.8, "times", "subscription")]),
        # how often is no multiple, nor is a spelled number
        ("The board met 4 times a year.", []),
        ("The offer was subscribed three times.", []),
        # the part counts what the whole counts
        ("Brenagh Labs will cut 180 of its 640 jobs.", [(180, "jobs", "jobs"), (640, "jobs", "jobs")]),
        # a currency word in the singular before a second currency
        ("Tavi Motors floated a 42 billion rupee ($505 million) issue.", [(42e9, "INR", "amount")]),
        ("Brenagh Labs had cash of €412 million.", [(412e6, "EUR", "cash")]),
    ],
)
def test_multiples_parts_and_singular_currency_words(text, expected):
    assert [(c.value, c.unit, c.metric) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Investors bid for 7 times the shares on offer.", [(7, "times")]),
        ("The jet flew 3 times.", []),
        ("The board met 4.5 times a year on average.", []),
    ],
)
def test_a_whole_number_of_times_is_a_multiple_only_of_something(text, expected):
    assert [(c.value, c.unit) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    "text, metric",
    [
        # "per share" right after a price says per what; the price before names the measure
        ("Tavi Motors set a price band of Rs 382-402 per share.", "share price"),
        ("Tavi Motors shares were priced at HK$12.5 per share.", "share price"),
        # with no price named before it, "a share" is earnings per share
        ("Tavi Motors earned 49 cents a share.", "earnings per share"),
        ("Tavi Motors made $1.2bn, or 49 cents a share.", "earnings per share"),
    ],
)
def test_a_price_per_share_is_a_share_price(text, metric):
    assert claims_of(text)[-1].metric == metric
