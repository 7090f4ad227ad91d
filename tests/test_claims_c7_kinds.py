"""Error kinds the c7 held-out round showed (an appliance recall told by a translated wire, a terminal
brief and a local TV web story; a football club's accounts; a factory grant told by a reproduced press
release, a translated wire and a local paper), on short original sentences: a lowercase singular noun
before a plural the vocabulary does not list is part of the thing counted ("tumble dryers"), and such a
compound compares with its head; a bare number after "up from" or "taking the total to" counts the
noun counted earlier in its sentence; a list line's label opening on a plural names what its bare
number counts ("Season tickets: 27,300"); "crowns" are money and "head" counts animals only with a
sign of it near."""

from __future__ import annotations

import pytest

from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("Fenwick Appliances is recalling 52,000 tumble dryers.", "52,000", "tumble dryers"),
        ("Corrow Climate installed 7,400 heat pumps in the year.", "7,400", "heat pumps"),
        ("Marlbrook Town sold 19,800 season tickets this summer.", "19,800", "season tickets"),
        ("The Corrow Climate plant covers 21,000 square metres.", "21,000", "square metres"),
        ("Fenwick Appliances sold 3,000 new coffee machines.", "3,000", "coffee machines"),
        # must not: a word that only describes is no part of the noun
        ("Fenwick Appliances sold 3,000 new dryers.", "3,000", "dryers"),
        ("Corrow Climate sold 7,400 electric pumps.", "7,400", "pumps"),
        ("Fenwick Appliances is recalling 52,000 faulty dryers.", "52,000", "dryers"),
        ("Fenwick Appliances found 12 damaged kettles.", "12", "kettles"),
        ("Fenwick Appliances shipped 400 plug-in heaters.", "400", "heaters"),
        ("Fenwick Appliances shipped 400 washing machines.", "400", "machines"),
        ("Fenwick Appliances sells through 260 independent dealers.", "260", "dealers"),
        # must not: a business's premises are counted by their kind of place
        ("Marlbrook Leisure runs 31 holiday parks.", "31", "parks"),
        ("Marlbrook Leisure runs 12 garden centres.", "12", "centres"),
        # must not: a noun the vocabulary counts keeps its head, a capitalised name is no modifier
        ("Kestrel Networks has 2,000 business customers.", "2,000", "customers"),
        ("Fenwick Appliances sold 300 Norland kettles.", "300", "kettles"),
        ("Pellow Power has fitted 52,000 home batteries.", "52,000", "home batteries"),
    ],
)
def test_a_singular_noun_before_an_unlisted_plural_is_part_of_the_thing_counted(text, written, unit):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.unit == unit


@pytest.mark.parametrize(
    "a, b, status",
    [
        (
            "Fenwick Appliances Ltd is recalling 52,000 tumble dryers.",
            "Fenwick Appliances Ltd is recalling 52,000 dryers.",
            "consistent",
        ),
        (
            "Fenwick Appliances Ltd is recalling 52,000 tumble dryers.",
            "Fenwick Appliances Ltd is recalling 52,000 units.",
            "consistent",
        ),
        (
            "Fenwick Appliances Ltd sold 90,000 heat pumps last year.",
            "Fenwick Appliances Ltd sold 90,000 pumps last year.",
            "consistent",
        ),
        (
            "Fenwick Appliances Ltd is recalling 52,000 tumble dryers.",
            "Fenwick Appliances Ltd is recalling 25,000 dryers.",
            "conflicting",
        ),
    ],
)
def test_a_compound_and_its_head_are_one_figure(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


@pytest.mark.parametrize(
    "a, b",
    [
        # must not: a measure's compound is not its head ("square metres" are no metres)
        ("The Corrow Climate plant covers 21,000 square metres.", "The Corrow Climate track runs 21,000 metres."),
    ],
)
def test_a_measures_compound_is_not_its_head(a, b):
    assert groups_of({"a": a, "b": b}) == []


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("Fenwick Appliances sold 310 kettles in March, up from 262 a year earlier.", "262", "kettles"),
        ("Marlbrook Town sold 19,800 season tickets, up from 17,100 last season.", "17,100", "season tickets"),
        ("Corrow Climate added 6,000 seats, taking capacity to 31,500.", "31,500", "seats"),
        ("Kestrel Networks signed 4,000 customers, bringing the total to 91,000.", "91,000", "customers"),
        ("Kestrel Networks lost 800 customers, down from about 1,200 in 2024.", "1,200", "customers"),
        ("Fenwick Appliances sold 310 kettles, compared with 290 in 2023.", "290", "kettles"),
        ("Dunmore Retail has 9,100 stores, adding 300 this year.", "300", "stores"),
    ],
)
def test_a_bare_number_after_a_comparison_counts_the_earlier_noun(text, written, unit):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, written",
    [
        # must not: no earlier count in the sentence, or money or a percentage before, carries no noun
        ("Prices at Fenwick Appliances were up from 262 in March.", "262"),
        ("Fenwick Appliances made £4m, up from 262 a year earlier.", "262"),
        ("Fenwick Appliances sales rose 9%, up from 7 last year.", "7"),
    ],
)
def test_no_noun_is_carried_where_no_count_stands_before(text, written):
    assert [c for c in claims_of(text) if c.value_as_written == written] == []


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("- Season tickets: 19,800", "19,800", "season tickets"),
        ("* Kettles sold in the year: 310k", "310k", "kettles"),
        ("- Stores: 41", "41", "stores"),
    ],
)
def test_a_list_lines_opening_plural_names_what_its_number_counts(text, written, unit):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # must not: a label whose plural is followed by another plural, or a label of no plural
        "- Pub sales figures: 400",
        "- Revenue: 5,000",
    ],
)
def test_a_label_naming_no_plural_of_its_own_counts_nothing(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("OSLO - Pellow Shipping kept its dividend at 4.40 crowns per share.", "4.40", "NOK"),
        ("OSLO - Pellow Shipping posted a profit of 2.84 billion crowns.", "2.84 billion", "NOK"),
        ("OSLO - Pellow Shipping was fined 5,000 crowns.", "5,000", "NOK"),
        # must not: "crowns" with no sign of money is a count of crowns
        ("Brite Dental, a Danish clinic chain, fitted 12,000 crowns last year.", "12,000", "crowns"),
        ("OSLO - Orla Smiles fitted 12,000 crowns in Norway.", "12,000", "crowns"),
    ],
)
def test_crowns_are_money_only_with_a_sign_of_it(text, written, unit):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, counted",
    [
        ("The Dunmore abattoir slaughtered up to 900 head a day.", True),
        ("Fenwick Farms keeps 400 head of cattle.", True),
        # must not: no animals near, no count by the head
        ("Kestrel Foods hired 12 head of department staff in Sweden.", False),
    ],
)
def test_a_count_by_the_head_needs_animals_near(text, counted):
    assert [c.unit for c in claims_of(text)] == (["head"] if counted else [])
