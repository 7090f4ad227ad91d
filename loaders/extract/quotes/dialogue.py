"""Dialogue dashes: Spanish, Portuguese and Italian usage (kept by many translations) opens a
paragraph of speech with a dash and sets the attribution off with dashes, no quote marks:

    —We will not close the factory —said the chief executive, Ann Lee—. Our families work here.
    —We know how those stories end —Lee warned.

The words before the second dash are a quote, and so are those after the attribution's closing
dash. The dash opens speech only where it touches the first word and an attribution with a speech
verb follows (a dash before a space is a list's or a signature's)."""

from __future__ import annotations

import re

from loaders.extract.quotes.marks import QuotedSpan
from loaders.spans import Span, trimmed

DASHES = "—―"
ATTRIBUTION_REACH = 60  # characters after the dash in which the attribution's speech verb stands
_AFTER_INCISE_RE = re.compile(r"[.,;:]?\s+")


def dialogue_spans(text: str, paragraphs: list[Span], verb_re: re.Pattern[str]) -> list[QuotedSpan]:
    """The quotes of paragraphs opening with a dialogue dash, in text order."""
    found: list[QuotedSpan] = []
    for paragraph in paragraphs:
        start = paragraph.start
        if start + 1 >= paragraph.end or text[start] not in DASHES or text[start + 1].isspace():
            continue
        close = next((i for i in range(start + 1, paragraph.end) if text[i] in DASHES and text[i - 1] == " "), -1)
        if close < 0 or not verb_re.search(text, close + 1, min(paragraph.end, close + 1 + ATTRIBUTION_REACH)):
            continue
        found.append(QuotedSpan(trimmed(text, start + 1, close), False, True))
        reopen = next((i for i in range(close + 1, paragraph.end) if text[i] in DASHES), -1)
        if reopen < 0:
            continue
        after = _AFTER_INCISE_RE.match(text, reopen + 1, paragraph.end)
        words = trimmed(text, after.end() if after else reopen + 1, paragraph.end)
        if re.search(r"\w", words.of(text)):
            found.append(QuotedSpan(words, False, False))
    return found
