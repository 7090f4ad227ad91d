"""Quote marks: where quoted words begin and end.

Curly and straight, double and single (British style, told apart from
apostrophes), mixed in one article. A quote may run over paragraphs (an
unclosed paragraph continued by one that opens with a quote mark); an
unbalanced mark is dropped, never allowed to swallow the rest of the article.
"""
from __future__ import annotations

import re

from loaders.spans import Span, trimmed

OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def _is_opening(text: str, index: int) -> bool:
    char = text[index]
    if char in "“‘":
        return char == "“" or index == 0 or not text[index - 1].isalnum()
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _is_closing(text: str, index: int, mark: str) -> bool:
    if text[index] != mark:
        return False
    after = text[index + 1] if index + 1 < len(text) else " "
    before = text[index - 1] if index > 0 else " "
    if mark in "'’":  # not an apostrophe inside or at the end of a word ("lender's", "companies'")
        return not after.isalnum() and not before.isspace() and (before in ".,!?;:…" or not after.isalpha())
    return not before.isspace()


def quoted_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    """Spans of quoted words (inside the marks), possibly running over paragraphs."""
    found: list[Span] = []
    pending: Span | None = None  # a quote left open at a paragraph's end
    for paragraph in paragraphs:
        index, end = paragraph.start, paragraph.end
        if pending and text[index] in OPENERS:  # the convention: a continued quote reopens
            index += 1
        elif pending:
            pending = None  # unbalanced: drop it, never swallow what follows
        start_inner = index if pending else None
        closer = OPENERS.get(text[pending.start - 1]) if pending else None
        while index < end:
            char = text[index]
            if start_inner is None and char in OPENERS and _is_opening(text, index):
                closer, start_inner = OPENERS[char], index + 1
            elif start_inner is not None and closer and _is_closing(text, index, closer):
                begin = pending.start if pending else start_inner
                span = trimmed(text, begin, index)
                if span.end > span.start and re.search(r"\w", span.of(text)):
                    found.append(span)
                start_inner, closer, pending = None, None, None
            index += 1
        if start_inner is not None and closer in "”\"":  # a double quote left open may continue
            pending = Span(pending.start if pending else start_inner, end)
        else:
            pending = None
    return found
