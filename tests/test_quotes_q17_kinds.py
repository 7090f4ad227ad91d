"""Error kinds the q17 quotes round showed, on short original sentences. First, its convention: a quote
printed with its speaker named by title only has the holder of that title as speaker, the one this article
names (a portfolio with capitals in apposition, "Norway's Minister for Roads and Rail, Eli Vang,"), or else
none read from this page (another outlet's name is carried through the quote's group); a "he said" after a
sentence bringing in a title's holder unnamed is that holder's, not the last person named before."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes_of


def said(text: str) -> list[tuple[str, str | None]]:
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Norway's Minister for Roads and Rail, Eli Vang, opened the tunnel on Friday.\n\n"
            '"The ferry queues at Lavik will end this winter," the minister said.',
            [("The ferry queues at Lavik will end this winter,", "Eli Vang")],
        ),
        (
            "The Chilean Minister of Mining and Energy, Tomás Reyes, visited the smelter.\n\n"
            '"Copper from this valley will be refined here," the minister said.',
            [("Copper from this valley will be refined here,", "Tomás Reyes")],
        ),
    ],
)
def test_a_title_with_its_portfolio_in_capitals_names_its_holder_for_the_title_alone(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Marta Kovač runs the dairy. "We will need twelve more drivers," she said.\n\n'
            "The Slovenian minister of agriculture praised the plan. "
            '"Small farms can sell to the whole of Europe now," he declared.',
            [
                ("We will need twelve more drivers,", "Marta Kovač"),
                ("Small farms can sell to the whole of Europe now,", None),
            ],
        ),
        (
            # the same, the article naming the holder elsewhere: that holder
            "Agriculture Minister Jure Zupan attended. Marta Kovač runs the dairy.\n\n"
            "The Slovenian minister of agriculture praised the plan. "
            '"Small farms can sell to the whole of Europe now," he declared.',
            [("Small farms can sell to the whole of Europe now,", "Jure Zupan")],
        ),
    ],
)
def test_a_pronoun_after_a_title_brought_in_unnamed_is_that_holders(text, expected):
    assert said(text) == expected


def test_a_person_named_after_the_title_takes_the_pronoun_back():
    # must not: a person named between the unnamed title and the quote is the pronoun's
    text = (
        "The Slovenian minister of agriculture praised the plan. Luka Novak, a herdsman, was less sure.\n\n"
        '"Nobody has asked us about the price," he said.'
    )
    assert said(text) == [("Nobody has asked us about the price,", "Luka Novak")]
