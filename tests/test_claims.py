"""Claims: number forms and pitfalls, periods, grouping and conflicts, properties."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.clean import layout
from loaders.extract.claims import find_claims
from loaders.extract.entities import find_entities
from loaders.segment import sentences
from tests.conftest import query


def claims_of(text, published=None):
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    found = find_claims(text, [s for p in paragraphs for s in sentences(text, p)], entities, published)
    for claim in found:
        assert claim.span.of(text) == text[claim.span.start : claim.span.end]
    return found


def one(text, published=None):
    (claim,) = claims_of(text, published)
    return claim


def test_percent_with_direction_and_money_with_scale():
    claim = one("Brightwater Energy said profit fell 18% in the third quarter.")
    assert (claim.value, claim.unit, claim.direction, claim.metric) == (18, "percent", "decrease", "profit change")
    claim = one("Brightwater Energy was valued at $46 billion.")
    assert (claim.value, claim.unit, claim.metric) == (46_000_000_000, "USD", "valuation")


def test_one_amount_in_two_currencies_is_one_claim_and_not_negative():
    claim = one("Sales of Pemberton Foods should reach 10 billion yuan ($1.5 billion) in 2016.")
    assert (claim.value, claim.unit, claim.also_value, claim.also_unit) == (10e9, "CNY", 1.5e9, "USD")
    assert claim.span.start < claim.span.end and claim.value > 0


def test_currencies_and_scales_beyond_the_seeds():
    values = {(c.value, c.unit) for c in claims_of(
        "Nordvik Telecom earned 2.1 billion kroner. It spent NOK 6 billion, €1.4bn and £40 million, and ¥12 billion.")}
    assert values == {(2.1e9, "NOK"), (6e9, "NOK"), (1.4e9, "EUR"), (4e7, "GBP"), (12e9, "JPY")}


def test_percentage_points_are_not_percent_and_fractions_count():
    found = claims_of("Harbor Foods' share rose 1.5 percentage points to 38.5 percent. Shares lost about a third of their value.")
    assert [(c.value, c.unit) for c in found] == [(1.5, "percentage points"), (38.5, "percent"), (33.3, "percent")]
    assert found[2].qualifier == "about"


def test_not_claims_years_4g_quarters_models_and_tiers():
    assert claims_of("In 2014 the 4G model K7 launched in Q3, the third quarter, with tier 1 capital.") == []


def test_counted_nouns():
    claim = one("Kestrel Motors will recall about 80,000 vehicles.")
    assert (claim.value, claim.unit, claim.qualifier) == (80000, "vehicles", "about")


def test_hypothetical_is_never_a_fact():
    claim = one("“We could sell 10 billion smartphones and make nothing,” he said.")
    assert claim.modality == "hypothetical"


def test_periods_resolved_against_the_publication_date_and_kept_when_unresolvable():
    assert one("Kumo Robotics sales rose 9% last year.", published="2024-03-14").period == "2023"
    unresolved = one("Kumo Robotics sales rose 9% last year.")
    assert (unresolved.period, unresolved.period_as_written) == (None, "last year")
    assert one("Aurelia Bank net income rose 27% in the fourth quarter.", published="2025-02-14").period == "2024-Q4"
    assert one("Aurelia Bank sales fell 4% in Q3.", published="2016-11-25").period == "2016-Q3"
    assert one("Aurelia Bank sales fell 4% in the third quarter of 2015.").period == "2015-Q3"


def test_seed_claims_found_grouped_and_the_drop_flagged(seeds_db):
    groups = {(row["metric"], row["unit"]): row for row in query(seeds_db, """
        SELECT metric, unit, status, article_count FROM claim_groups WHERE subject_id = 'xiaomi'""")}
    assert groups[("valuation", "money")]["article_count"] >= 2
    assert groups[("sales change", "percent")]["article_count"] == 3
    assert groups[("sales change", "percent")]["status"] == "conflicting"
    assert groups[("sales", "money")]["article_count"] == 3 and groups[("sales", "money")]["status"] == "consistent"
    assert groups[("shortfall against target", "percent")]["article_count"] == 2
    facts = query(seeds_db, "SELECT count(*) FROM claims WHERE value = 1e10 AND unit = 'smartphones' AND modality != 'hypothetical'")
    assert facts[0][0] == 0
    values = {row[0] for row in query(seeds_db, "SELECT value FROM claim_coverage WHERE metric = 'valuation'")}
    assert values == {46_000_000_000}


def test_conflicts_on_our_own_articles(fixtures_db):
    rows = query(fixtures_db, """SELECT metric, status, disagreements, article_count FROM claim_groups
                                 WHERE subject_id = 'kestrel-motors' AND article_count = 2""")
    by_metric = {row["metric"]: row for row in rows}
    assert by_metric["recall"]["status"] == "conflicting" and "value" in by_metric["recall"]["disagreements"]
    assert by_metric["cost"]["status"] == "consistent"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["$", "€", "(", ")", "1", "2.5", ",", "000", " billion", " bn", "%", " percent", " yuan",
                                 " NOK", " a third of", " fell", " could", ".", " ", "\n", "Q3", "2015", "4G"]) | st.text(max_size=5), max_size=40))
def test_extraction_never_crashes_and_spans_hold(parts):
    text = "".join(parts)
    if text.strip():
        claims_of(text, published="2020-06-01")
