"""Stage: group the claims several articles made about one figure, and compare them.

Claims are blocked by subject, metric and unit family; within a block these
say whether two claims carry the same amount and which of value, period and
scope the articles disagree on. `claim_rows` gives the claims and their
groups as table rows.
"""
from __future__ import annotations

from loaders.article import ExtractedArticle
from loaders.extract.claims import ClaimFound
from loaders.spans import ContentIds, slug, span_columns


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


def claim_rows(extracted: list[ExtractedArticle], organisations: set[str], ids: ContentIds | None = None) -> dict[str, list[dict]]:
    """Claims, grouped across articles by subject, metric and kind of unit
    (hypotheticals apart), each group consistent or conflicting."""
    ids = ids or ContentIds()
    groups: dict[tuple[str, str, str, bool], list[tuple[str, ClaimFound]]] = {}
    texts = {article.seed.id: article.seed.text for article in extracted}
    for article in extracted:
        for claim in article.claims:
            subject = slug(claim.subject) if claim.subject and slug(claim.subject) in organisations else None
            key = (subject or "", claim.metric, unit_family(claim.unit), claim.modality == "hypothetical")
            groups.setdefault(key, []).append((article.seed.id, claim))
    group_rows, claims = [], []
    for key, members in sorted(groups.items()):
        subject, metric, family, _ = key
        disagreements = claim_disagreements(members)
        group_id = ids("claim_groups", "claim_group", *key)
        group_rows.append({
            "id": group_id,
            "subject_id": subject or None,
            "metric": metric,
            "unit": family,
            "status": "conflicting" if disagreements else "consistent",
            "disagreements": ", ".join(disagreements) or None,
            "article_count": len({article_id for article_id, _ in members}),
            "claim_count": len(members),
        })
        for article_id, claim in members:
            text = texts[article_id]
            claims.append({
                "id": ids("claims", article_id, "claim", claim.span.start, claim.span.end),
                "article_id": article_id,
                "group_id": group_id,
                "value": claim.value,
                "unit": claim.unit,
                "scale": claim.scale,
                "also_value": claim.also_value,
                "also_unit": claim.also_unit,
                "direction": claim.direction,
                "metric": claim.metric,
                "subject_id": subject or None,
                "period": claim.period,
                "period_as_written": claim.period_as_written,
                "scope": claim.scope,
                "source": claim.source,
                "modality": claim.modality,
                "qualifier": claim.qualifier,
                **span_columns(text, claim.span),
            })
    return {"claim_groups": group_rows, "claims": claims}
