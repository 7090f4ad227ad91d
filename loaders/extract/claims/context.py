"""What a figure is about: its direction, metric, subject, source, scope,
period, moment, modality and qualifier, read from the words around it.

Every search runs on a bounded window around the number (or once per
sentence), never over the whole sentence per number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.claims.amounts import Amount
from loaders.extract.claims.periods import When, read_when
from loaders.extract.claims.vocabulary import cues, metrics
from loaders.extract.types import Mention
from loaders.spans import Span
from loaders.vocab import words

DECREASE_RE = re.compile(cues("decrease") + r"[^.]{0,40}$", re.IGNORECASE)
INCREASE_RE = re.compile(cues("increase") + r"[^.]{0,40}$", re.IGNORECASE)
HYPOTHETICAL_RE = re.compile(cues("hypothetical"), re.IGNORECASE)
FORECAST_RE = re.compile(cues("forecast"), re.IGNORECASE)
ESTIMATE_RE = re.compile(cues("estimate"), re.IGNORECASE)
PAST_OUTCOME_RE = re.compile(cues("past_outcome"), re.IGNORECASE)
GLOBAL_RE = re.compile(cues("global_scope"), re.IGNORECASE)
QUALIFIER_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in words("claim_cues", "qualifiers")) + r")\s+$", re.IGNORECASE)
SOURCE_RE = re.compile(r"according to ([^,.]{1,80})|\b([A-Z]\w{1,40}) reports\b")
AFTER_SUBJECT_RE = re.compile(r"[^.;]{0,40}?\b(?:on|for|against|in|at|of)\s+(?:the\s+)?$", re.IGNORECASE)
METRICS = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in metrics()]
PERCENT_UNITS = {"percent", "percentage points"}
# How far a metric's cue may stand from the number: before it, and after it
# (a cue after the number counts as further away, as English names the measure first).
REACH_BEFORE, REACH_AFTER, AFTER_PENALTY = 80, 40, 15


@dataclass(frozen=True)
class ClaimContext:
    direction: str | None
    metric: str
    metric_cue: str | None  # the words that chose the metric; None when the unit names it
    subject: str | None
    subjects: tuple[str, ...]  # every organisation the figure may be about: the subject first, then the sentence's others
    when: When
    scope: str | None
    source: str | None
    modality: str  # reported, forecast, estimate, hypothetical
    qualifier: str | None


@dataclass(frozen=True)
class SentenceFacts:
    """What is read once per sentence: its organisations, places, source and scope words."""

    organisations: list[Mention]
    places: list[Mention]
    source: str | None
    source_span: Span | None
    global_scope: bool


def sentence_facts(text: str, sentence: Span, organisations: list[Mention], places: list[Mention]) -> SentenceFacts:
    words_ = sentence.of(text)
    source_match = SOURCE_RE.search(words_)
    source = source_span = None
    if source_match:
        group = 1 if source_match.group(1) else 2
        source_text = source_match.group(group)
        source_span = Span(sentence.start + source_match.start(group), sentence.start + source_match.end(group))
        source = next((o.name for o in organisations if source_span.contains(o.span)), source_text.strip())
    return SentenceFacts(organisations, places, source, source_span, bool(GLOBAL_RE.search(words_)))


def _metric(text: str, sentence: Span, amount: Amount, reach_before: int, reach_after: int) -> tuple[str, str] | None:
    """The measure named closest to the number (before it, or just after it), and its cue's words.
    A cue right after the number names it outright ("49 cents a share", "a 10 per cent stake")."""
    start, end = amount.span.start, amount.span.end
    window_start, window_end = max(sentence.start, start - reach_before), min(sentence.end, end + reach_after)
    best = None
    for name, pattern in METRICS:
        for found in pattern.finditer(text, window_start, window_end):
            if found.end() <= start:
                distance = start - found.end()
            elif found.start() >= end:
                distance = -1 if found.start() - end <= 1 else found.start() - end + AFTER_PENALTY
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, name, found.group(0))
    return (best[1], best[2]) if best else None


def _subject(text: str, amount: Amount, facts: SentenceFacts, main: str | None) -> str | None:
    """The organisation the figure is about: one named right after "on", "for", "in" ... after the
    number ("a fine on X"), else the nearest before it in the sentence (a subject or a possessive;
    the article's main organisation first when the sentence names it), else the main organisation."""
    candidates = [o for o in facts.organisations if not (facts.source_span and facts.source_span.contains(o.span))]
    for organisation in candidates:
        if organisation.span.start >= amount.span.end and organisation.span.start - amount.span.end <= 60:
            if AFTER_SUBJECT_RE.search(text, amount.span.end, organisation.span.start):
                return organisation.name
            break
    before = [o for o in candidates if o.span.end <= amount.span.start]
    if any(o.name == main for o in before):
        return main
    if before:
        return before[-1].name
    if candidates:
        return main if any(o.name == main for o in candidates) else candidates[0].name
    return main if main != facts.source else None


def _modality(text: str, sentence: Span, amount: Amount) -> str:
    start, end = amount.span.start, amount.span.end
    lead = text[max(sentence.start, start - 60):start]
    clause_start, clause_end = max(sentence.start, start - 80), min(sentence.end, end + 30)
    if HYPOTHETICAL_RE.search(lead):
        return "hypothetical"
    if ESTIMATE_RE.search(text, clause_start, clause_end):
        return "estimate"
    forecast = FORECAST_RE.search(text, clause_start, clause_end)
    if forecast:
        outcome = PAST_OUTCOME_RE.search(text, clause_start, end)
        # "missed its targets by 12 percent": a target already missed is a fact.
        return "reported" if outcome and outcome.start() < forecast.start() + 1 + len(forecast.group(0)) else "forecast"
    return "reported"


def read_context(text: str, sentence: Span, amount: Amount, facts: SentenceFacts, main: str | None,
                 published: str | None) -> ClaimContext:
    """The claim's context, from the words around it and the facts of its sentence."""
    start, end = amount.span.start, amount.span.end
    unit = amount.unit
    before = text[max(sentence.start, start - 60):start]
    direction = "decrease" if DECREASE_RE.search(before) else "increase" if INCREASE_RE.search(before) else None
    counted = not (unit.isupper() and len(unit) == 3) and unit not in PERCENT_UNITS and unit != "GBX"
    # A count names its own measure ("12 stores") unless a measure word stands right before it.
    found = _metric(text, sentence, amount, *((25, 20) if counted else (REACH_BEFORE, REACH_AFTER)))
    metric, metric_cue = found if found else (unit if counted else "amount", None)
    if unit in PERCENT_UNITS and direction and metric not in {"shortfall against target", "ownership", "stake", "market share"}:
        metric += " change"
    subject = _subject(text, amount, facts, main)
    named = [o.name for o in facts.organisations if not (facts.source_span and facts.source_span.contains(o.span))]
    subjects = tuple(dict.fromkeys([name for name in [subject, *named] if name]))
    when = read_when(text[max(sentence.start, start - 80):min(sentence.end, end + 40)], published)
    if when.period_as_written is None:
        sentence_when = read_when(text[max(sentence.start, start - 200):min(sentence.end, end + 120)], published)
        when = When(sentence_when.period, sentence_when.period_as_written, when.moment)
    scope_place = next((p.name for p in facts.places), None)
    scope = scope_place or ("global" if facts.global_scope else None)
    qualifier = QUALIFIER_RE.search(text, max(sentence.start, start - 20), start)
    return ClaimContext(direction, metric, metric_cue, subject, subjects, when, scope, facts.source, _modality(text, sentence, amount),
                        qualifier.group(1).lower() if qualifier else None)
