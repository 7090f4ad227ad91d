"""Numeric claims: amounts, percentages and counts, normalised, with what they
measure. A pure function of one article's text, its sentences, its entity
mentions and its publication date.

One module per part: `amounts` reads the numbers, `periods` says when they
apply, `context` says what they measure and how sure the article is.
Pitfalls handled: "($1.5 billion)" after an amount is the same amount in
another currency, not a negative number; "2.1 billion kroner" and "NOK 2.1
billion"; "third quarter" is a period, not 1/12; a year alone, "4G", "Q3",
model numbers and "tier 1" are no claims; "about a third"; percentage points
are not percent; a number inside a hypothetical ("we could sell 10 billion")
is recorded as hypothetical, never as fact.
"""
from __future__ import annotations

from dataclasses import dataclass

from loaders.extract.claims.amounts import find_amounts
from loaders.extract.claims.context import read_context
from loaders.extract.types import EntityFindings
from loaders.spans import Span

__all__ = ["ClaimFound", "find_claims"]


@dataclass(frozen=True)
class ClaimFound:
    span: Span
    value: float
    unit: str
    value_as_written: str
    scale: str | None
    also_value: float | None
    also_unit: str | None
    direction: str | None
    metric: str
    subject: str | None
    period: str | None
    period_as_written: str | None
    scope: str | None
    source: str | None
    modality: str  # reported, forecast, estimate, hypothetical
    qualifier: str | None


def find_claims(text: str, sentences: list[Span], entities: EntityFindings, published: str | None) -> list[ClaimFound]:
    organisations = [m for m in entities.mentions if m.kind == "organisation"]
    places = [m for m in entities.mentions if m.kind == "place"]
    main = max({m.name for m in organisations}, key=lambda n: (sum(m.name == n for m in organisations), n), default=None)
    claims = []
    for sentence in sentences:
        for amount in find_amounts(text, sentence):
            c = read_context(text, sentence, amount, organisations, places, main, published)
            claims.append(ClaimFound(amount.span, amount.value, amount.unit, amount.span.of(text), amount.scale,
                                     amount.also_value, amount.also_unit, c.direction, c.metric, c.subject,
                                     c.period, c.period_as_written, c.scope, c.source, c.modality, c.qualifier))
    return claims
