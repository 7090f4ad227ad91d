"""The q14 round's review findings, on short original sentences: a courtesy title written before
given names ("Pak", "Ibu", "Hajja") that is the first word of a company's name; an unnamed person
introduced before a quote who is no speaker (an analyst who asks, someone beside the speaker); an
interviewee named after a broadcaster's role ("TV presenter Ann Lee"), who is no journalist of the
page; a headline's quote that is the predicate of the words before it; the second half of a split
quote in guillemets after a French reporting verb; the Catalan "i" only between a person's surnames."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected_people, expected_organisations",
    [
        # the pair used as a company's name elsewhere: the title is its first word, no person's
        (
            "Bapak Tirta shipped 2,100 pumps in May. Shares of Bapak Tirta climbed 6% on the news.",
            set(),
            {"Bapak Tirta"},
        ),
        ("Shares in Ibu Holdings slid 7% on Tuesday.", set(), {"Ibu Holdings"}),
        ("Hajja Estates paid 4m dirhams for the plot.", set(), {"Hajja Estates"}),
        # the title opening a longer company's name, and the name's short form after it
        (
            "Mang Tomas Shipping lost two routes. Mang Tomas had sailed them since 1990.",
            set(),
            {"Mang Tomas Shipping"},
        ),
        # must-not: a person known by one name after the title keeps it
        ("Bapak Tirta, who fishes off the reef, said the new pier had changed his week.", {"Tirta"}, set()),
    ],
)
def test_a_courtesy_title_opening_a_companys_name(text, expected_people, expected_organisations):
    assert people(text) == expected_people
    assert organisations(text) == expected_organisations
