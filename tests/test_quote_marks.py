"""Quote marks pair by position, whatever their shape: each case is one line of (text, quoted words)."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.quotes import quoted_spans


def spans_of(text: str) -> list[str]:
    return [span.of(text) for span in quoted_spans(text, layout(text).paragraphs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # curly and straight, double and single
        ("“Rates will fall,” said Ola Berg.", ["Rates will fall,"]),
        ('"Rates will fall," said Ola Berg.', ["Rates will fall,"]),
        ("‘Rates will fall,’ said Ola Berg.", ["Rates will fall,"]),
        ("'Rates will fall,' said Ola Berg.", ["Rates will fall,"]),
        # a straight opening mark closed by a curly one ends there: two quotes stay two
        ('"Sales held up” said Ola Berg. “Costs did not," she added.', ["Sales held up", "Costs did not,"]),
        # a curly opening mark closed by a straight one
        ('Ola Berg said, “We are on track." Shares rose.', ["We are on track."]),
        # no space after a closing mark: the next quote is still found
        ('"We are done," the bank said in a statement."Next year is open," it added.', ["We are done,", "Next year is open,"]),
        # a single-quoted phrase inside a double-quoted quote stays inside it
        ("“They called it ‘a bold bet’ at the time,” she said.", ["They called it ‘a bold bet’ at the time,"]),
        # apostrophes are not closing marks
        ("'The lender's margins held up,' he said.", ["The lender's margins held up,"]),
        ("Ann said the firms' costs rose.", []),
        # a plural possessive inside a single-quoted quote is not its end
        ("'The shops' sales are back,' she said.", ["The shops' sales are back,"]),
        ("Ann said: 'Our customers' trust matters.'", ["Our customers' trust matters."]),
        # a quote that runs over two paragraphs: one quote per paragraph, the first left open
        (
            "He said: “The first part runs on.\n\n“And the second part closes it.”",
            ["The first part runs on.", "And the second part closes it."],
        ),
        # a quote left open at the end of a paragraph that it opened: the page cut it off
        (
            "Ola Berg spoke next.\n\n“We have more stores than ever and more to come.\n\nShares rose.",
            ["We have more stores than ever and more to come."],
        ),
        # an unbalanced mark inside prose never swallows what follows
        ("He said “this never closes.\n\nA new paragraph.\n\nAnd “this one does,” she said.", ["this one does,"]),
        # stray marks with nothing inside are not quotes
        ('He wrote " " and left.', []),
    ],
)
def test_marks_pair_by_position(text, expected):
    assert spans_of(text) == expected
