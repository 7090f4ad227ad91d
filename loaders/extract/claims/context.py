"""What a figure is about: its direction, metric, subject, source, scope,
period, modality and qualifier, read from the sentence around it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.claims.amounts import Amount
from loaders.extract.claims.periods import resolve_period
from loaders.extract.claims.vocabulary import cues, metrics
from loaders.extract.types import Mention
from loaders.spans import Span
from loaders.vocab import words

DECREASE = cues("decrease")
INCREASE = cues("increase")
HYPOTHETICAL_RE = re.compile(cues("hypothetical"), re.IGNORECASE)
FORECAST_RE = re.compile(cues("forecast"), re.IGNORECASE)
ESTIMATE_RE = re.compile(cues("estimate"), re.IGNORECASE)
QUALIFIER_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in words("claim_cues", "qualifiers")) + r")\s+$", re.IGNORECASE)
METRICS = metrics()
NOT_COUNTED_UNITS = {"percent", "percentage points"}


@dataclass(frozen=True)
class ClaimContext:
    direction: str | None
    metric: str
    subject: str | None
    period: str | None
    period_as_written: str | None
    scope: str | None
    source: str | None
    modality: str  # reported, forecast, estimate, hypothetical
    qualifier: str | None


def _nearest_metric(sentence: str, start: int, end: int, reach: int = 80) -> str | None:
    """The measure named closest to the number: before it, or just after it."""
    best = None
    for name, pattern in METRICS:
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            distance = start - match.end() if match.end() <= start else match.start() - end + 15 if match.start() >= end else None
            if distance is not None and distance <= reach and (best is None or distance < best[0]):
                best = (distance, name)
    return best[1] if best else None


def read_context(text: str, sentence: Span, amount: Amount, organisations: list[Mention], places: list[Mention],
                 main: str | None, published: str | None) -> ClaimContext:
    """The claim's context, from its sentence (and the article's main organisation)."""
    words = sentence.of(text)
    start, span_end = amount.span.start, amount.span.end
    unit = amount.unit
    clause = text[max(sentence.start, start - 80) : min(sentence.end, span_end + 30)]
    before = text[sentence.start:start]
    direction = None
    if re.search(rf"{DECREASE}[^.]{{0,40}}$", before, re.IGNORECASE):
        direction = "decrease"
    elif re.search(rf"{INCREASE}[^.]{{0,40}}$", before, re.IGNORECASE):
        direction = "increase"
    counted = not unit.isupper() and unit not in NOT_COUNTED_UNITS
    # A count names its own measure ("12 stores") unless a measure word stands right before it.
    metric = _nearest_metric(words, start - sentence.start, span_end - sentence.start, reach=25 if counted else 80) or (
        unit if counted else "amount")
    if unit in NOT_COUNTED_UNITS and direction and metric not in {"shortfall against target", "ownership"}:
        metric += " change"
    in_sentence = [o for o in organisations if sentence.contains(o.span)]
    subject = (max(in_sentence, key=lambda o: (o.name == main, -abs(o.span.start - start))).name if in_sentence else main)
    source_match = re.search(r"according to ([^,.]+)|([A-Z][\w]+) reports", words)
    source = None
    if source_match:
        source_text = source_match.group(1) or source_match.group(2)
        source = next((o.name for o in organisations if o.span.of(text) in source_text and sentence.contains(o.span)), source_text.strip())
        if source == subject:  # the research firm reports on someone else
            others = [o.name for o in in_sentence if o.name != source]
            subject = others[0] if others else (main if main != source else None)
    period, period_as_written = resolve_period(clause, published)
    if period_as_written is None:
        period, period_as_written = resolve_period(words, published)
    scope_place = next((p.name for p in places if sentence.contains(p.span)), None)
    scope = scope_place or ("global" if re.search(r"\b(?:global|worldwide|world)\b", words, re.IGNORECASE) else None)
    lead = text[max(sentence.start, start - 60):start]
    if HYPOTHETICAL_RE.search(lead):
        modality = "hypothetical"
    elif ESTIMATE_RE.search(words):
        modality = "estimate"
    elif FORECAST_RE.search(clause):
        modality = "forecast"
    else:
        modality = "reported"
    qualifier = QUALIFIER_RE.search(text[max(sentence.start, start - 20):start])
    return ClaimContext(direction, metric, subject, period, period_as_written, scope, source, modality,
                        qualifier.group(1).lower() if qualifier else None)
