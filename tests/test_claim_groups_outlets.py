"""Claim groups across outlets that print one figure differently: a second currency converted wrongly,
a subject one outlet never names beside the figure, a measure named in the next clause, a headline's
rounding, a target that counts. Each article is a few short original sentences."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.claims import find_claims
from loaders.extract.entities import find_entities
from loaders.group.claims import Member, claim_disagreements, group_claims
from loaders.segment import sentences
from loaders.spans import slug


def groups_of(articles: dict[str, str]) -> list[tuple[list[str], str]]:
    """(the texts of its claims, by article, status) of every group printed by two articles or more."""
    organisations: set[str] = set()
    members = []
    for article_id, text in articles.items():
        found = layout(text)
        zones = ([found.title.span] if found.title else []) + found.paragraphs
        entities = find_entities(text, zones, {})
        organisations.update(slug(m.name) for m in entities.mentions if m.kind == "organisation")
        claim_zones = ([found.title.span] if found.title else []) + [s for p in found.paragraphs for s in sentences(text, p)]
        for claim in find_claims(text, claim_zones, entities, "2025-03-04"):
            headline = bool(found.title and found.title.span.contains(claim.span))
            members.append(Member(article_id, claim, in_headline=headline))
    out = []
    for group in group_claims(members, organisations):
        if len({m.article_id for m in group.members}) > 1:
            printed = sorted(f"{m.article_id}:{m.claim.value_as_written}" for m in group.members)
            out.append((printed, "conflicting" if claim_disagreements(group.members) else "consistent"))
    return out


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # the figure as printed first agrees: one outlet's conversion slip is no conflict of the figure
        (
            "Pellucid Mining booked an impairment of C$1.42 billion (US$1.04 billion).",
            "Pellucid Mining booked an impairment of C$1.42 billion (US$1.40 billion).",
            "consistent",
        ),
        # ... but the figure itself printed differently still conflicts
        (
            "Pellucid Mining booked an impairment of C$1.42 billion (US$1.04 billion).",
            "Pellucid Mining booked an impairment of C$1.24 billion (US$0.91 billion).",
            "conflicting",
        ),
    ],
)
def test_a_second_currency_slip_does_not_split_or_conflict_a_figure(a, b, expected):
    (group,) = groups_of({"a": a, "b": b})
    assert group[1] == expected


def test_a_figure_whose_sentence_names_no_organisation_may_be_about_another_the_article_keeps_naming():
    groups = groups_of(
        {
            "a": "Fenmore Foods will buy Tallis Pay. Tallis Pay's net loss narrowed to S$61.3 million.",
            "b": "Fenmore Foods will buy Tallis Pay. Fenmore Foods owns 30 shops. Fenmore Foods is listed."
            " The company said its net loss narrowed to S$61.3 million. Tallis Pay keeps its name.",
        }
    )
    assert (["a:S$61.3 million", "b:S$61.3 million"], "consistent") in groups


def test_a_measure_named_after_a_clause_break_is_not_the_figures():
    groups = groups_of(
        {
            "a": "Revenue at Brantor Cycles fell to $356 million, and its net loss widened to $212 million.",
            "b": "Brantor Cycles said revenue was $356 million.",
            "c": "Brantor Cycles lost $212 million in the quarter.",
        }
    )
    assert (["a:$356 million", "b:$356 million"], "consistent") in groups
    assert (["a:$212 million", "c:$212 million"], "consistent") in groups


def test_a_headline_rounding_joins_its_articles_figure():
    groups = groups_of(
        {
            "a": "Fenmore Foods buys Tallis Pay in S$1.2b deal\n\nFenmore Foods will pay S$1.18 billion for Tallis Pay.\n",
            "b": "Fenmore Foods agreed to buy Tallis Pay for S$1.18 billion.",
        }
    )
    assert (["a:S$1.18 billion", "a:S$1.2b", "b:S$1.18 billion"], "consistent") in groups


def test_two_figures_in_one_articles_prose_stay_two():
    groups = groups_of(
        {
            "a": "Tallis Pay grew 7.71% in March. Tallis Pay grew 8% in April.",
            "b": "Tallis Pay grew 8% in April.",
        }
    )
    assert all(len(printed) == 2 for printed, _ in groups)


def test_a_target_of_a_count_counts_it():
    groups = groups_of(
        {
            "a": "Brantor Cycles Inc kept its 9,000-10,000 delivery target for the year.",
            "b": "Brantor Cycles Inc expects 9,000 to 10,000 deliveries this year.",
        }
    )
    assert (["a:9,000-10,000", "b:9,000 to 10,000"], "consistent") in groups


@pytest.mark.parametrize(
    "text, metric, direction",
    [
        # "lost" before a sum of money names a loss, not a movement
        ("Brantor Cycles lost $212 million.", "loss", None),
        ("Brantor Cycles loses about €40 million a year.", "loss", None),
        # a percentage lost is still a fall
        ("Brantor Cycles shares lost 5%.", "share price change", "decrease"),
    ],
)
def test_lost_money_is_a_loss(text, metric, direction):
    from tests.test_claims import claims_of

    (claim,) = claims_of(text)
    assert (claim.metric, claim.direction) == (metric, direction)


@pytest.mark.parametrize(
    "a, b",
    [
        # counted nouns outlets use for one kind of thing
        ("Tarrow Water Ltd serves 1.9 million households.", "Tarrow Water Ltd serves almost two million homes."),
        ("Kessho Games Inc has sold 6.8 million copies.", "Kessho Games Inc has sold 6.8 million units."),
        ("Tarrow Water Ltd hid spills on 1,412 occasions.", "Tarrow Water Ltd hid 1,412 spills."),
        # one payment, worded differently
        ("Tarrow Water Ltd paid £112m in dividends.", "Tarrow Water Ltd handed £112m to its shareholders."),
    ],
)
def test_one_figure_worded_differently_is_grouped(a, b):
    groups = groups_of({"a": a, "b": b})
    assert [status for _, status in groups] == ["consistent"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Tavi Motors Ltd sold 2,14,600 scooters last year.", "Tavi Motors Ltd sold 2.15 lakh vehicles last year."),
        (
            "The Tavi Motors Ltd offer was subscribed 3.4 times.",
            "Investors bid for 3.41 times the Tavi Motors Ltd shares on offer.",
        ),
    ],
)
def test_counts_and_multiples_worded_differently_are_grouped(a, b):
    groups = groups_of({"a": a, "b": b})
    assert [status for _, status in groups] == ["consistent"]
