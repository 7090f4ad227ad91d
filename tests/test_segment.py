from __future__ import annotations

import pytest

from loaders.segment import sentences
from loaders.spans import Span


def split(text):
    return [span.of(text) for span in sentences(text, Span(0, len(text)))]


def test_plain_sentences():
    assert split("One thing. Another thing! A third?") == ["One thing.", "Another thing!", "A third?"]


def test_abbreviations_initials_and_decimals_do_not_split():
    text = "Mr. Smith joined Acme Inc. in 2019. Sales rose 2.5 percent in the U.S. market. J. K. Doe agreed."
    assert split(text) == [
        "Mr. Smith joined Acme Inc. in 2019.",
        "Sales rose 2.5 percent in the U.S. market.",
        "J. K. Doe agreed.",
    ]


def test_closing_quote_stays_with_its_sentence():
    text = "\u201cWe are ready.\u201d The rollout starts Monday. \u2018Fine,\u2019 she said."
    assert split(text) == ["\u201cWe are ready.\u201d", "The rollout starts Monday.", "\u2018Fine,\u2019 she said."]


def test_spans_are_offsets_into_the_whole_text():
    text = "Head\n\nFirst one. Second one."
    paragraph = Span(6, len(text))
    assert [span.of(text) for span in sentences(text, paragraph)] == ["First one.", "Second one."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # each line of a list is read on its own, whatever its marker
        (
            "Results in brief:\n- Sales: $4.1 billion, up 3%\n- Profit: $310 million, down 8%",
            ["Results in brief:", "- Sales: $4.1 billion, up 3%", "- Profit: $310 million, down 8%"],
        ),
        ("Highlights\n\u2022 Orders rose 5%\n\u2022 Costs fell", ["Highlights", "\u2022 Orders rose 5%", "\u2022 Costs fell"]),
        # a hyphen inside a line, or a line break in prose, ends nothing
        ("Sales rose - as expected - in May.\nThe board met.", ["Sales rose - as expected - in May.", "The board met."]),
        ("The plan was approved\nby the board in May.", ["The plan was approved\nby the board in May."]),
    ],
)
def test_list_lines_are_sentences(text, expected):
    assert split(text) == expected
