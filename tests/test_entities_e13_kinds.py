"""Entity rules added for kinds a thirteenth round of held-out articles showed (a Samogitian district
paper translated from Lithuanian, a Baltic biomass trade site, a Småland local news site, a Réunion
daily, a Santo Antão news site and a cane-spirits newsletter). Short original sentences of our own:
(text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import found_in, organisations, people


def places(text):
    return found_in(text).names("place")


@pytest.mark.parametrize(
    "text, expected",
    [
        # an owner or a contractor with a given name is a person, the trade in apposition or before
        ("The mill was built by Jonas Peldaitis, a sawmill owner from Tessby.", {"Jonas Peldaitis"}),
        ("Haulage contractor Erik Lundmark of Tessby worries.", {"Erik Lundmark"}),
        ("Forestry contractor Erik Lundmark said prices fell.", {"Erik Lundmark"}),
    ],
)
def test_owners_and_contractors_with_a_given_name_are_people(text, expected):
    assert expected <= people(text)
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a contractor or an owner with no given name stays a business
        ("The work went to contractor Kestrel Build last year.", {"Kestrel Build"}),
        ("The yard was sold to Hallberg Partners, the owner of the port.", {"Hallberg Partners"}),
        ("The contractor Tessmark Civils will build the road.", {"Tessmark Civils"}),
    ],
)
def test_owners_and_contractors_without_a_given_name_stay_businesses(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a municipality that acts, owns or speaks is the local government
        ("Tessby Municipality has promised to repair the road.", {"Tessby Municipality"}),
        ("Tessby Municipality's business officer said the deal was good.", {"Tessby Municipality"}),
        ("Pellmoor District Municipality will pay for the new quay.", {"Pellmoor District Municipality"}),
        ("The Orvane Hills Local Municipality said it would grade the road.", {"Orvane Hills Local Municipality"}),
        ("The mayor of Tessby Municipality opened the plant.", {"Tessby Municipality"}),
    ],
)
def test_a_municipality_acting_is_a_body(text, expected):
    assert organisations(text) >= expected
    assert not expected & places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a word saying where, the municipality is the area
        ("The farm lies in Tessby Municipality, near the lake.", {"Tessby Municipality"}),
        ("Farms across the Pellmoor Municipality are dry.", {"Pellmoor Municipality"}),
    ],
)
def test_a_municipality_after_a_word_saying_where_is_a_place(text, expected):
    assert places(text) >= expected
    assert not expected & organisations(text)


def test_the_place_a_longer_body_is_named_after():
    """ "Orvane" beside "Orvane Hills Local Municipality": the place, not a short form of the body."""
    text = (
        "The Orvane Hills Local Municipality said it would grade the road. "
        "Wool from farms in the Orvane is washed there, and the Orvane has no other washery."
    )
    assert "Orvane" in places(text)
    assert "Orvane" not in organisations(text)
