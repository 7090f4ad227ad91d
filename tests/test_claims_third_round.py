"""Error kinds a third held-out round showed (stories told by a live blog, a trade brief, a press
release, a newsletter and an explainer), on short original sentences: what a count under a sales
word measures, whose movement a percentage after a count is, periods that belong to another clause
or end a stretch of time, "first half of" as a period, and the subject when the entity stage
missed the article's own company."""

from __future__ import annotations

import pytest

from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "text, written, metric",
    [
        # a count under a sales word counts its noun, and compares with the same count named otherwise
        ("Sales of 300,000 scooters were a record.", "300,000", "scooters"),
        ("The maker sold 1.2 million seats.", "1.2 million", "seats"),
        ("Revenue rose to $40 million on sales of 9,000 boats.", "9,000", "boats"),
        # money under a sales word is still sales
        ("Revenue rose to $40 million on sales of 9,000 boats.", "$40 million", "sales"),
        ("Sales of $2 billion beat forecasts.", "$2 billion", "sales"),
    ],
)
def test_a_count_under_a_sales_word_names_itself(text, written, metric):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.metric == metric


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry line carried 2.3 million passengers, up 7%.", "passengers change"),
        ("It opened 40 stores in the year, down 5% on the last.", "stores change"),
        # a measure named for the percentage keeps it
        ("It opened 40 stores, and revenue rose 5%.", "sales change"),
        # a full stop between: the count is not the movement's
        ("It opened 40 stores. Up 5%.", "amount change"),
    ],
)
def test_a_movement_right_after_a_count_is_the_counts(text, expected):
    (claim,) = [c for c in claims_of(text) if c.unit == "percent"]
    assert claim.metric == expected


@pytest.mark.parametrize(
    "text, periods",
    [
        # the half ends the loss's clause; the cash of the next clause has no period
        (
            "Lantern Foods lost $50 million in the first half, and had cash of $300 million at the end of June.",
            {"$50 million": "2025-H1", "$300 million": None},
        ),
        (
            "Lantern Foods reported a loss of $50 million for the first half and ended June with $300 million in cash.",
            {"$50 million": "2025-H1", "$300 million": None},
        ),
        # a period before the clause's figures, or shared by a movement and its level, is theirs
        ("In the first half, Lantern Foods' revenue rose 5% to $900 million.", {"5%": "2025-H1", "$900 million": "2025-H1"}),
        ("Lantern Foods' profit rose 8% in 2024, to $3 billion.", {"8%": "2024", "$3 billion": "2024"}),
        # a year that ends a stretch of time is no period
        ("Lantern Foods expects savings of $80 million that will last well into 2028.", {"$80 million": None}),
        ("Lantern Foods froze a $12 million bonus pool until 2027.", {"$12 million": None}),
        ("Lantern Foods made $12 million in 2027.", {"$12 million": "2027"}),
    ],
)
def test_a_period_stays_in_its_clause(text, periods):
    assert {c.value_as_written: c.period for c in claims_of(text, "2025-08-12")} == periods


@pytest.mark.parametrize(
    "text, written",
    [
        ("Free cash flow was $140 million in the first half of fiscal 2025.", ["$140 million"]),
        ("Margins held in the second-half of the year at 12%.", ["12%"]),
        # a fraction of something still is one
        ("Lantern Foods sold half of its stake.", ["half"]),
    ],
)
def test_an_ordinal_half_is_a_period_not_a_fraction(text, written):
    assert [c.value_as_written for c in claims_of(text, "2025-08-12")] == written


def test_a_company_the_entity_stage_missed_is_not_replaced_by_an_analysts_employer():
    """The entity stage does not see the company a brief keeps naming, only an analyst's bank named
    once: the bank is not what the figures are about; the repeated name stays a candidate subject."""
    text = (
        "Pellucid says ridership holds\n\nPellucid carried 41,500 passengers in May, Pellucid said. "
        "Pellucid set aside $12 million for repairs.\n\nAda Quarrie of Brackwater Securities called it prudent."
    )
    for claim in claims_of(text):
        assert claim.subject != "Brackwater Securities"
        assert "Pellucid" in claim.subjects


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kittering Airways ordered 24 jets.", "Kittering Airways ordered 24 aircraft."),
        ("Kittering Airways sold 2.4 million seats.", "Sales of 2.4 million seats lifted Kittering Airways."),
    ],
)
def test_one_count_named_two_ways_is_one_group(a, b):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, "consistent")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list line's label counts a number printed with its scale letter or word too
        ("Quarter in brief:\n- Seats sold: 2.4M\n", [(2.4e6, "seats")]),
        ("Quarter in brief:\n- Stores opened: 1.1 million\n", [(1.1e6, "stores")]),
        # a label that counts nothing still gives no claim
        ("Quarter in brief:\n- Revenue growth: 2.4M\n", []),
    ],
)
def test_a_list_label_counts_a_scaled_number(text, expected):
    assert [(c.value, c.unit) for c in claims_of(text)] == expected
