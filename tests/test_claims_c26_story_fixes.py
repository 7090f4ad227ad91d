"""The story-level subject step (`story_subjects`) after review c26, on short original sentences: two articles are
one story only with evidence beyond two shared sums (a name both print, or three sums); a sum printed with its
conversion is one figure; two organisations sharing a first word are related only where one article prints both
names, or one name holds the other; a claim placed by its story never keeps outlets that disagree apart."""

from __future__ import annotations

import pytest

from loaders.group.claims import claim_disagreements, group_claims, related_names, story_figures, story_partners
from tests.test_claim_groups import extract
from tests.test_claims import claims_of

PARTNERS = "Osprey Cables is buying Tarlow Mills for $48.5 million. Tarlow Mills had revenue of $118.9 million. "
PARTNERS_B = "Tarlow Mills is being sold to Osprey Cables for $48.5 million. Tarlow Mills had revenue of $118.9 million. "


def _groups(articles: dict[str, str]) -> list[tuple[dict[str, float], str]]:
    """Each group holding claims of two articles or more: article -> value, and its status."""
    organisations: set[str] = set()
    groups = group_claims(extract(articles, organisations), organisations)
    out = []
    for group in groups:
        if len({m.article_id for m in group.members}) > 1:
            status = "conflicting" if claim_disagreements(group.members) else "consistent"
            out.append(({m.article_id: m.claim.value for m in group.members}, status))
    return out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # must not: two unrelated stories printing two same exact sums (a trust's grants, a town's budget; a firm's)
        (
            "The Brisley Arts Trust gave grants of $12.5 million to Fenwick schools. Fenwick Council set a budget of"
            " $47.3 million.",
            "Osprey Cables won a grant of $12.5 million for its Tarlow plant. Osprey Cables had revenue of $47.3 million.",
        ),
        (
            "The Brisley Arts Trust will spend $12.5 million on halls. It spent $2.25 million last year.",
            "Osprey Cables will spend $12.5 million on a depot. Osprey Cables spent $2.25 million on repairs.",
        ),
    ],
)
def test_two_stories_sharing_two_sums_by_chance_stay_apart(a, b):
    assert _groups({"a": a, "b": b}) == []


TRUST = "The Brisley Arts Trust gave grants of $12.5 million to Fenwick schools. Fenwick Council set a budget of $47.3 million. "
CABLES = "Osprey Cables won a grant of $12.5 million for its Tarlow plant. Osprey Cables had revenue of $47.3 million. "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # must not (review of the fix passes, C1): a body both stories name on other figures makes no story of two
        # chance sums: a central bank, a ministry, a third company
        (
            TRUST + "The Central Bank of Tessby kept its rate at 5.25% on Tuesday.",
            CABLES + "The Central Bank of Tessby sees inflation at 2.8% this year.",
        ),
        (
            TRUST + "The Finance Ministry plans to issue $3 billion of bonds.",
            CABLES + "The Finance Ministry said imports fell 6% in May.",
        ),
        (TRUST + "Kestrel Foods cut 40 jobs in Fenwick.", CABLES + "Kestrel Foods will hire 30 people in Tarlow."),
    ],
)
def test_a_name_both_stories_print_on_other_figures_makes_no_story(a, b):
    assert [values for values, _ in _groups({"a": a, "b": b}) if 12.5e6 in values.values() or 47.3e6 in values.values()] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # must not (review l36 HIGH 1): a shared sum with no subject in one article is no story on its own: the other
        # article's company is named nowhere in it
        (
            "Grants of $12.5 million went to Fenwick schools this spring. A budget of $47.3 million was set for the year.",
            "Osprey Cables won a grant of $12.5 million for its Tarlow plant. Osprey Cables had revenue of $47.3 million.",
        ),
    ],
)
def test_a_subjectless_sum_makes_no_story_alone(a, b):
    assert _groups({"a": a, "b": b}) == []


@pytest.mark.xfail(
    strict=True,
    reason="review l36 HIGH 1, second case, not fixed (as before l36): a third name that is one article's sum's subject "
    "and printed by the other on another figure still joins; requiring both sides' subjects named by the other article "
    "lost real held-out stories (c26, m15 claim groups)",
)
def test_a_third_partys_sum_makes_no_story():
    a = "The Central Bank of Tessby said lending rose by $12.5 million. Fenwick Council set a budget of $47.3 million."
    b = (
        "Osprey Cables won a grant of $12.5 million. The Central Bank of Tessby kept its rate at 5.25%. "
        "Osprey Cables had revenue of $47.3 million."
    )
    assert _groups({"a": a, "b": b}) == []


def test_a_sum_with_its_conversion_is_one_shared_figure():
    (claim,) = claims_of("The Brisley Arts Trust gave EUR 12.3 million ($13.4 million) to Fenwick schools.")
    assert len(story_figures(claim)) == 2
    one = {figure: {0} for figure in story_figures(claim)}  # two figures of one claim
    assert story_partners({"a": one, "b": one}) == {}
    two = {"EUR 1.23e+07": {0}, "USD 4.85e+07": {1}}
    assert story_partners({"a": two, "b": two}) == {"a": {"b": 2}, "b": {"a": 2}}
    # one sum printed twice (a headline and its body), beside its conversion printed once: still one figure
    twice = {"EUR 1.23e+07": {0, 1}, "USD 1.34e+07": {1}}
    assert story_partners({"a": twice, "b": one}) == {}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # must not: two units of one group (one first word), each outlet naming its own, one count
        (
            PARTNERS + "Brenmor Logistics, the group's delivery arm, will add 18 vans in Fenwick.",
            PARTNERS_B + "Brenmor Retail, its unit in Brisley, will add 18 vans.",
        ),
        # must not: a parent and a unit, each named by its outlet, one percentage
        (
            PARTNERS + "Brenmor Pellets Ltd said its sales rose 12% last year.",
            PARTNERS_B + "Brenmor Timber Group said its sales rose 12% last year.",
        ),
        # must not: two companies of one country's name
        (PARTNERS + "Kenya Cables Ltd employs 146 people.", PARTNERS_B + "Kenya Yarns Ltd employs 146 people."),
    ],
)
def test_a_shared_first_word_alone_relates_no_two_organisations(a, b):
    grouped = {value for values, _ in _groups({"a": a, "b": b}) for value in values.values()}
    assert grouped and not grouped & {18, 12, 146}


def test_related_names():
    assert related_names("brenmor-pellets", "brenmor-timber-group", {"brenmor-timber-group", "brenmor-pellets"}, set())
    assert not related_names("brenmor-pellets", "brenmor-timber-group", {"brenmor-pellets"}, {"brenmor-timber-group"})
    assert related_names("brenmor", "brenmor-timber-group", {"brenmor"}, {"brenmor-timber-group"})  # one holds the other
    assert not related_names("kenya-cables", "kenya-yarns", {"kenya-cables"}, {"kenya-yarns"})
    # (review of the fix passes, LOW) a generic id held by a bank's name is no relation; a name's own words are
    assert not related_names("national-bank", "first-national-bank", {"national-bank"}, {"first-national-bank"})
    assert not related_names("state-bank", "tessa-state-bank", {"state-bank"}, {"tessa-state-bank"})
    assert related_names("peipsi-puit", "as-peipsi-puit", {"peipsi-puit"}, {"as-peipsi-puit"})


def test_a_unit_named_by_the_outlet_that_names_both_is_one_figure():
    a = PARTNERS + "Brenmor Pellets Ltd employs 146 people."
    b = PARTNERS_B + "Brenmor Timber Group owns Brenmor Pellets Ltd. Brenmor Timber Group's pellet plant employs 146 people."
    assert any(values == {"a": 146, "b": 146} for values, _ in _groups({"a": a, "b": b}))


def test_a_claim_placed_by_its_story_leaves_a_misprint_in_the_group():
    """Three outlets: two agree (one claim in the owner's block only by its story), the third misprints: one group,
    conflicting."""
    a = PARTNERS + "Tarlow Mills made a net profit of 412 billion won last year."
    b = PARTNERS_B + "Brisley Holdings, its owner, made a net profit of 412 billion won last year."
    c = "Brisley Holdings made a net profit of 421 billion won last year, Fenwick Radio said."
    groups = [(values, status) for values, status in _groups({"a": a, "b": b, "c": c}) if 412e9 in values.values()]
    assert groups == [({"a": 412e9, "b": 412e9, "c": 421e9}, "conflicting")]
