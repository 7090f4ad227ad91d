"""Entity rules added for kinds the m7 mixed round showed (a Ugandan vanilla exporter buying into a
Malagasy curer; a Guyanese rice miller buying into a Surinamese mill). Short original sentences of our
own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry named for a list of fields, some no everyday words
        (
            "The Ministry of Agriculture, Animal Husbandry and Fisheries approved the sale.",
            {"Ministry of Agriculture, Animal Husbandry and Fisheries"},
        ),
        ("The Ministry of Lands, Mines and Hydrocarbons approved it.", {"Ministry of Lands, Mines and Hydrocarbons"}),
        # a minister named by title and name: "of" opens a portfolio, no body
        ("The deal was signed before Minister Ravi Dewnarain of Agriculture, Livestock and Fisheries on Monday.", set()),
        ("Minister Ravi Dewnarain of Agriculture signed it on Monday.", set()),
        # ... while a person's "of" before a firm still names the firm
        ("Analyst Jo Hale of Marrow Capital said so.", {"Marrow Capital"}),
    ],
)
def test_ministries_and_portfolios(text, expected):
    assert organisations(text) == expected
