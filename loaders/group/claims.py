"""Stage: compare the claims several articles made about one figure.

Claims are blocked by subject, metric and unit family (rows.py); within a
block these say whether two claims carry the same amount and which of value,
period and scope the articles disagree on.
"""
from __future__ import annotations

from loaders.extract.claims import ClaimFound


def _amounts(claim: ClaimFound) -> set[tuple[str, float]]:
    found = {(claim.unit, claim.value)}
    if claim.also_unit:
        found.add((claim.also_unit, claim.also_value))
    return found


def same_amount(a: ClaimFound, b: ClaimFound) -> bool | None:
    """True/False when the two claims share a unit to compare in; None when they do not."""
    for unit_a, value_a in _amounts(a):
        for unit_b, value_b in _amounts(b):
            if unit_a == unit_b:
                return abs(value_a - value_b) <= 0.01 * max(abs(value_a), abs(value_b), 1e-9)
    return None


def unit_family(unit: str) -> str:
    return "money" if unit.isupper() and len(unit) == 3 else unit


def claim_disagreements(members: list[tuple[str, ClaimFound]]) -> list[str]:
    """Which of value, period and scope differ between articles (NULLs say nothing)."""
    found = set()
    for i, (article_a, a) in enumerate(members):
        for article_b, b in members[i + 1 :]:
            if article_a == article_b:
                continue
            if same_amount(a, b) is False:
                found.add("value")
            if a.period and b.period and a.period != b.period:
                found.add("period")
            if a.scope and b.scope and a.scope != b.scope:
                found.add("scope")
    return sorted(found)
