"""Stage: group what several articles printed into one row per utterance.

A printed quote is split into utterances (its sentences; "…" counts as a
stop). Utterances match across articles despite editorial changes: bracket
insertions ("[handsets]" vs "them"), "…" vs ".", straight vs curly marks, a
fragment quoted partially. Each link records how it matched and a score.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from loaders.segment import sentences
from loaders.spans import Span, trimmed

FUZZY_THRESHOLD = 85.0  # token-sorted similarity for "the same words, lightly edited"
PARTIAL_THRESHOLD = 95.0  # a fragment found almost verbatim inside a longer utterance
MIN_FRAGMENT_WORDS = 3


@dataclass(frozen=True)
class Utterance:
    quote_key: tuple[str, int, int]  # (article id, span start, span end) of the printed quote
    span: Span  # the utterance's own words in the article
    text: str
    kind: str = "direct"  # of the quote carrying it: the group's text is a direct quote's where there is one


@dataclass
class Link:
    utterance: Utterance
    match: str  # exact, normalised, fuzzy, partial
    score: float


@dataclass
class UtteranceGroup:
    canonical: Utterance
    links: list[Link] = field(default_factory=list)


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\[[^\]]*\]", " ", text)  # an editor's insertion stands for any words
    text = re.sub(r"[^\w\s']", " ", text.casefold())
    return " ".join(text.split())


def utterances(article_id: str, text: str, quote: Span, kind: str = "direct") -> list[Utterance]:
    """The sentences of a printed quote ("…" ends one too)."""
    key = (article_id, quote.start, quote.end)
    out = []
    for sentence in sentences(text, quote):
        start = sentence.start
        for stop in re.finditer(r"…", sentence.of(text)):
            end = sentence.start + stop.end()
            out.append(trimmed(text, start, end))
            start = end
        out.append(trimmed(text, start, sentence.end))
    return [Utterance(key, span, span.of(text), kind) for span in out if re.search(r"\w", span.of(text))]


def _compare(a: str, b: str) -> tuple[str, float] | None:
    if a == b:
        return "exact", 100.0
    na, nb = normalise(a), normalise(b)
    if na == nb:
        return "normalised", 100.0
    score = fuzz.ratio(na, nb)
    if score >= FUZZY_THRESHOLD:
        return "fuzzy", round(score, 1)
    shorter, longer = sorted((na, nb), key=len)
    if len(shorter.split()) >= MIN_FRAGMENT_WORDS and fuzz.partial_ratio(shorter, longer) >= PARTIAL_THRESHOLD:
        return "partial", round(fuzz.partial_ratio(shorter, longer), 1)
    return None


def group_utterances(items: list[Utterance]) -> list[UtteranceGroup]:
    """Single-link clustering across articles; the longest version is canonical."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i].quote_key[0] != items[j].quote_key[0] and _compare(items[i].text, items[j].text):
                parent[find(j)] = find(i)
    clusters: dict[int, list[Utterance]] = {}
    for index, item in enumerate(items):
        clusters.setdefault(find(index), []).append(item)
    groups = []
    for members in clusters.values():
        canonical = max(members, key=lambda u: (u.kind == "direct", u.kind != "indirect", len(normalise(u.text)), "[" not in u.text, u.quote_key))
        group = UtteranceGroup(canonical)
        for member in sorted(members, key=lambda u: (u.quote_key, u.span)):
            compared = _compare(canonical.text, member.text) or ("fuzzy", round(fuzz.ratio(normalise(canonical.text), normalise(member.text)), 1))
            group.links.append(Link(member, *compared))
        groups.append(group)
    return groups


def differences(canonical: str, version: str) -> str | None:
    """What a version changed against the canonical wording, word by word."""
    if canonical == version:
        return None
    a, b = canonical.split(), version.split()
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        old, new = " ".join(a[i1:i2]) or "∅", " ".join(b[j1:j2]) or "∅"
        changes.append(f"{old} → {new}")
    return "; ".join(changes) if changes else None
