"""The kinds m11 missed, on sentences of our own: speech a Scandinavian paper opens with a spaced
dash and closes with no dash, its attribution (verb first) ending the paragraph; people counted by a
trade whose plural has no "s" ("fishermen")."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of
from tests.test_quotes import quotes_of


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        (
            "Hallvard Moen chairs Strandvik Fisk.\n\n– We have waited three years for this deal, says chief executive"
            " Hallvard Moen to the paper.",
            "We have waited three years for this deal",
            "Hallvard Moen",
        ),
        (
            "Analyst Petra Lunde at Fjellhavn Markets is doubtful.\n\n– The deal is dear, but the yard is sound."
            " Buyers like that, says Lunde.",
            "The deal is dear, but the yard is sound. Buyers like that",
            "Petra Lunde",
        ),
        # after a sentence of a standfirst
        (
            "Strandvik Fisk buys a ferry yard. – The price is fair, says Moen.\n\nHallvard Moen is the chief"
            " executive of Strandvik Fisk.",
            "The price is fair",
            "Hallvard Moen",
        ),
    ],
)
def test_speech_opened_by_a_dash_and_closed_by_its_attribution(text, quote, speaker):
    got, _ = quotes_of(text)
    assert [(words, who) for _, words, who in got] == [(quote, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "– Tea, coffee and cake, said to be the best in town.",  # passive: no one speaks
        "Sales rose. – Prices, wages and rents all rose in the year, which the board hoped for when it met.",
        "Lena Sorvik listed the changes:\n\n– New dividends, two closed plants and a third in Orvale.",
    ],
)
def test_a_dash_with_no_attribution_after_a_comma_opens_no_speech(text):
    got, _ = quotes_of(text)
    assert got == []


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("It buys the catch of around 1.800 local fishermen.", 1800, "fishermen"),  # a thousands dot
        ("It buys the catch of about 2,400 fishermen.", 2400, "fishermen"),
        ("The strike kept 300 seamen ashore.", 300, "seamen"),
    ],
)
def test_people_counted_by_a_trade_whose_plural_has_no_s(sentence, value, unit):
    text = "The Karvik mill makes 31.000 tons of feed and 4.500 tons of oil a year. " + sentence
    counted = [(claim.value, claim.unit) for claim in claims_of(text) if claim.unit not in {"tonnes"}]
    assert counted == [(value, unit)]
