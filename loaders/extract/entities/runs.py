"""Runs of capitalised words: the candidates the general rules classify."""
from __future__ import annotations

import re

from loaders.extract.cues import ROLE_RE
from loaders.extract.entities.state import NOT_NAMES, ArticleState
from loaders.spans import Span
from loaders.vocab import words

TOKEN = r"(?:[A-Z][\w’'&.-]*[\w.]|[A-Z])"
CONNECTOR = r"(?:\s(?:of|de|van|von|der|du|la|&)\s|\s)"
PROPER_RUN_RE = re.compile(rf"{TOKEN}(?:{CONNECTOR}{TOKEN})*")
POSSESSIVE_RE = re.compile(r"[’']s$")
_RUN_BREAK_RE = re.compile(r"(\S+)\.\s+")
_KEEPS_ITS_STOP = frozenset(words("not_names", "keeps_its_stop"))


def _sentence_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised run may cross a full stop ("Temasek Holdings. Kumo"): split it there."""
    pieces, cursor = [], start
    for match in _RUN_BREAK_RE.finditer(text, start, end):
        word = match.group(1)
        if word in _KEEPS_ITS_STOP or len(word) == 1 or "." in word:  # "Co.", initials, "U.S."
            continue
        pieces.append((cursor, match.end(1)))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def proper_runs(article: ArticleState) -> list[Span]:
    """Runs of capitalised words in the zones, split at sentence ends and at
    text already taken, trimmed of possessives and non-name words."""
    runs = []
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        matches = [piece for match in PROPER_RUN_RE.finditer(chunk)
                   for piece in _sentence_pieces(article.text, zone.start + match.start(), zone.start + match.end())]
        for start, end in matches:
            value = article.text[start:end]
            possessive = POSSESSIVE_RE.search(value)
            if possessive:
                end -= len(possessive.group(0))
            while end > start and article.text[end - 1] in ".,-’'" and not article.text[start:end].endswith(("Co.", "Inc.", "Corp.", "Ltd.", "S.A.", "U.S.", "N.V.")):
                end -= 1
            # Split at text already taken (catalogue, places).
            pieces, cursor = [], start
            for taken in sorted(t for t in article.taken if t.overlaps(Span(start, end))):
                if taken.start > cursor:
                    pieces.append(Span(cursor, taken.start))
                cursor = max(cursor, taken.end)
            if cursor < end:
                pieces.append(Span(cursor, end))
            for piece in pieces:
                cleaned = _strip_run(article.text, piece)
                if cleaned:
                    runs.append(cleaned)
    return runs


def _strip_run(text: str, span: Span) -> Span | None:
    """Trim white space, connectors and leading non-name words (sentence adverbs, "The")."""
    tokens = [m for m in re.finditer(r"\w\S*", text[span.start : span.end])]
    while tokens and (tokens[0].group(0) in NOT_NAMES or tokens[0].group(0) in {"of", "de", "&", "and"}
                      or ROLE_RE.fullmatch(tokens[0].group(0))):  # "Analyst Jo Baird": the title is no part of the name
        tokens.pop(0)
    while tokens and tokens[-1].group(0) in {"of", "de", "&", "and", "van", "von", "der", "du", "la"}:
        tokens.pop()
    if not tokens:
        return None
    return Span(span.start + tokens[0].start(), span.start + tokens[-1].end())
