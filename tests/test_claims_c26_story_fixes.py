"""The story-level subject step (`story_subjects`) after review c26, on short original sentences: two articles are
one story only with evidence beyond two shared sums (a name both print, or three sums); a sum printed with its
conversion is one figure; two organisations sharing a first word are related only where one article prints both
names, or one name holds the other; a claim placed by its story never keeps outlets that disagree apart."""

from __future__ import annotations

from loaders.group.claims import claim_disagreements, group_claims
from tests.test_claim_groups import extract

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


def test_a_claim_placed_by_its_story_leaves_a_misprint_in_the_group():
    """Three outlets: two agree (one claim in the owner's block only by its story), the third misprints: one group,
    conflicting."""
    a = PARTNERS + "Tarlow Mills made a net profit of 412 billion won last year."
    b = PARTNERS_B + "Brisley Holdings, its owner, made a net profit of 412 billion won last year."
    c = "Brisley Holdings made a net profit of 421 billion won last year, Fenwick Radio said."
    groups = [(values, status) for values, status in _groups({"a": a, "b": b, "c": c}) if 412e9 in values.values()]
    assert groups == [({"a": 412e9, "b": 412e9, "c": 421e9}, "conflicting")]
