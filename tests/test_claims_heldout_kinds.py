"""Amount shapes the held-out articles showed: Indian digit grouping, and a currency word joined
to its scale by a hyphen. (text, value, unit, as written) on short original sentences."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "text, value, unit, written",
    [
        ("The plant will make 2,50,000 scooters a year.", 250000, "scooters", "2,50,000"),
        ("The lender booked 1,20,00,000 new accounts.", 12000000, "accounts", "1,20,00,000"),
        ("It sold 1,250,000 units last year.", 1250000, "units", "1,250,000"),  # western grouping unchanged
        ("Kestrel Marine took a 7.6 billion-krone charge.", 7.6e9, "NOK", "7.6 billion-krone"),
        ("Kestrel Marine took a 7.6 billion kroner charge.", 7.6e9, "NOK", "7.6 billion kroner"),
    ],
)
def test_amount_shapes(text, value, unit, written):
    (claim,) = [c for c in claims_of(text) if c.value == value]
    assert (claim.unit, claim.value_as_written) == (unit, written)


def test_a_dollar_sign_before_its_country_letter():
    (claim,) = claims_of("The miner has spent $A210 million so far.")
    assert (claim.value, claim.unit) == (210e6, "AUD")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list line's label names what its bare number counts
        ("Quarter in figures:\n- Broadband subscribers added: 52,000\n", [(52000, "subscribers")]),
        ("Staff numbers\nEmployees: 4,300\n", [(4300, "employees")]),
        ("Stores closed: 27", [(27, "stores")]),
        # a label that counts nothing, or prose with a colon: no claim
        ("Revenue growth: 64,000", []),
        ("The chairman said: 400 more would be decided later.", []),
    ],
)
def test_a_list_label_counts_its_number(text, expected):
    assert [(c.value, c.unit) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    "text, direction",
    [
        # "up to" bounds a figure; it says nothing of a movement
        ("The miner flagged up to 400 job losses.", None),
        ("The insurer may pay up to $A20 million.", None),
        # "up" and "down" as movements still are
        ("Sales were up 12 per cent.", "increase"),
        ("Sales fell by up to 5 per cent.", "decrease"),
    ],
)
def test_up_to_is_a_bound_not_a_rise(text, direction):
    (claim,) = claims_of(text)
    assert claim.direction == direction
