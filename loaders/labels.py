"""How a reader names an article and orders its items (pure functions of text).

An article's label is its headline; an article without one is named by a
short title made from its first sentence, and flagged as derived so that no
reader mistakes it for the outlet's own headline.
"""

from __future__ import annotations

import re

from loaders.segment import sentences
from loaders.spans import Span

LABEL_WORDS = 12  # a derived title keeps at most this many words
_WORD_RE = re.compile(r"\S+")
_TRAILING_PUNCTUATION = ".,;:!?\"'”’)]"


def derived_title(body: str) -> str:
    """The first sentence of the body, cut at a word boundary, '…' where cut."""
    first_paragraph = body.split("\n\n", 1)[0]
    spans = sentences(first_paragraph, Span(0, len(first_paragraph))) if first_paragraph.strip() else []
    if not spans:
        return "(untitled article)"
    words = _WORD_RE.findall(spans[0].of(first_paragraph))
    title = " ".join(words[:LABEL_WORDS]).rstrip(_TRAILING_PUNCTUATION)
    return title + ("…" if len(words) > LABEL_WORDS else "")


def article_label(title: str | None, body: str) -> tuple[str, bool]:
    """(label, is_derived): the headline where there is one, else a derived title."""
    if title and title.strip():
        return title, False
    return derived_title(body), True


def reading_order(article_id: str, span_start: int) -> str:
    """One sort key for "by article, then by place in it"."""
    return f"{article_id}/{span_start:010d}"
