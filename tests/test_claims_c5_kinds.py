"""Error kinds a sixth held-out round showed (job cuts told by a wire flash, a local paper and a
financial daily; a fiscal year with a dividend per share and in total; a market-wide figure from a
research firm; a funding round in two currencies; a recall whose count was updated; a housebuilder's
completions), on short original sentences: a noun that counts anything ("people") compared in the
family of the measure its cue names, nouns of one family ("completions" are homes, "businesses" a
payments firm's merchants), and a bound compared as far as its number's zeros go ("more than 2,000"
and 2,300 agree)."""

from __future__ import annotations

import pytest

from tests.test_claim_groups import groups_of


@pytest.mark.parametrize(
    "a, b, status",
    [
        # "employs N people" counts the workforce "N employees" counts
        ("Garnet Haulage Group employs 4,200 people.", "Garnet Haulage Group has 4,200 employees.", "consistent"),
        ("Garnet Haulage Group employs about 4,200 people.", "Garnet Haulage Group has 4,230 staff.", "consistent"),
        ("Garnet Haulage Group employs 4,200 people.", "Garnet Haulage Group has 3,900 employees.", "conflicting"),
        # nouns of one family
        ("Larchfield Homes plc completed 2,340 homes.", "Larchfield Homes plc made 2,340 completions.", "consistent"),
        ("Pocketpay Ltd serves 1,800 merchants.", "Pocketpay Ltd has 1,800 businesses on its platform.", "consistent"),
    ],
)
def test_counts_of_one_thing_in_other_words_are_one_figure(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


@pytest.mark.parametrize(
    "a, b",
    [
        # people counted by no workforce cue stay people: visitors are not staff
        ("Garnet Haulage Group's open day drew 4,200 people.", "Garnet Haulage Group has 4,200 employees."),
    ],
)
def test_people_with_no_workforce_cue_are_not_a_workforce(a, b):
    assert groups_of({"a": a, "b": b}) == []


@pytest.mark.parametrize(
    "a, b, status",
    [
        # a round number's bound holds every figure up to its next round step, and no further
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 2,300 merchants.", "consistent"),
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 2,900 merchants.", "consistent"),
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 3,400 merchants.", "conflicting"),
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 1,600 merchants.", "conflicting"),
        # its digits say how finely: "more than 2,100" stops at 2,200
        ("Pocketpay Ltd serves more than 2,100 merchants.", "Pocketpay Ltd serves 2,150 merchants.", "consistent"),
        ("Pocketpay Ltd serves more than 2,100 merchants.", "Pocketpay Ltd serves 2,300 merchants.", "conflicting"),
        # the other way: "nearly 5,000" reaches down to 4,000
        ("Larchfield Homes plc built nearly 5,000 homes.", "Larchfield Homes plc built 4,620 homes.", "consistent"),
        ("Larchfield Homes plc built nearly 5,000 homes.", "Larchfield Homes plc built 5,200 homes.", "conflicting"),
    ],
)
def test_a_bound_holds_figures_as_far_as_its_zeros_go(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]
