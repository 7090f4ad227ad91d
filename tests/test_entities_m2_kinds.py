"""Place rules added for kinds the m2 mixed round of held-out articles showed (an Icelandic business
site translated, a Speyside weekly, a Ghanaian daily): a town no list knows set off by a comma and
described as one, and two divisions of two words each before their kind. Short original sentences
of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name, a comma, and a noun of a place (at most two words before it), then a pause or a
        # word placing it: a town, a village, a port, known or not
        ("The cannery moved to Skervay, a town on the west coast.", {"Skervay"}),
        ("Skervay, a town on the west coast, has one pier.", {"Skervay"}),
        ("She grew up in Tessmuir, a small fishing village north of the capital.", {"Tessmuir"}),
        ("Kessvoe, a port of 4,000 people, lives from the ferry.", {"Kessvoe"}),
        ("The barley comes from Dunmallow, the market town where the family began.", {"Dunmallow"}),
        ("Orravale, a hamlet, has no shop.", {"Orravale"}),
        # two divisions before their kind, one or both of two words, the article at a sentence's start no part
        ("The firm buys hibiscus from farmers in the Volta and Bono East regions.", {"Volta", "Bono East"}),
        ("The Ashvale and Bono Tessa provinces grow most of it.", {"Ashvale", "Bono Tessa"}),
    ],
)
def test_places_described_as_towns_or_named_before_their_division(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a person described by an office of a town, a body by a trade of a port or a city
        ("Anna Berg, a town councillor, opposed the plan.", "Anna Berg"),
        ("Tomas Orvik, a city official, said no.", "Tomas Orvik"),
        ("Kestrel Harbour Co, a port operator, said so.", "Kestrel Harbour Co"),
        ("Orvane Holdings, the city's biggest employer, said no.", "Orvane Holdings"),
        ("Kestrava, the island ferry company, said no.", "Kestrava"),
        # a preposition between the article and the noun: something else in the town
        ("Orvane, a firm in town, said no.", "Orvane"),
        # the article opening a sentence is no part of a division's name
        ("The Tessa and Kessvoe provinces grow most of it.", "The Tessa"),
        # ... nor a verb opening a line ("Serving ... counties since 1978" under a masthead)
        ("Serving Tessa and Kessvoe counties since 1990", "Serving Tessa"),
    ],
)
def test_no_place_where_the_apposition_describes_a_person_or_a_body(text, not_a_place):
    assert not_a_place not in places(text)


def organisations(text):
    return found_in(text).names("organisation")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a distillery's own name ends in the word for it, as a brewery's and a bakery's do
        ("Kessvoe Distillery said exports to Japan fell.", "Kessvoe Distillery"),
        ("Tessmuir Distilleries reported a loss for the year.", "Tessmuir Distilleries"),
    ],
)
def test_a_distillery_is_named_by_its_trade(text, expected):
    assert expected in organisations(text)


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # the word alone, or after a word no name begins with, names no body
        ("The Distillery is open to visitors in summer.", "Distillery"),
        ("Every Distillery on the island was closed.", "Every Distillery"),
    ],
)
def test_no_distillery_without_a_name(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)
