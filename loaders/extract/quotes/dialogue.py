"""Dialogue dashes: Spanish, Portuguese and Italian usage (kept by many translations) opens a
paragraph of speech with a dash and sets the attribution off with dashes, no quote marks:

    —We will not close the factory —said the chief executive, Ann Lee—. Our families work here.
    —We know how those stories end —Lee warned.

The words before the second dash are a quote, and so are those after the attribution's closing
dash. The dash opens speech only where it touches the first word and an attribution with a speech
verb follows (a dash before a space is a list's or a signature's).

Hungarian, Polish and Russian usage (and their translations) set the dashes off with spaces, the
en dash too:

    – The old quay is our past, the new one our future – added the harbour master.

A spaced dash opens speech only where the closing spaced dash is followed by the attribution itself:
a speech verb among its first three words ("– added the …", "– he said", "– Ann Lee said")."""

from __future__ import annotations

import itertools
import re

from loaders.extract.quotes.marks import QuotedSpan
from loaders.spans import Span, trimmed

DASHES = "—―"
SPACED_DASHES = "–—―"  # a dash set off by spaces, the en dash too
ATTRIBUTION_REACH = 60  # characters after the dash in which the attribution's speech verb stands
ATTRIBUTION_LEAD_WORDS = 3  # words after a spaced closing dash among which its speech verb stands
_AFTER_INCISE_RE = re.compile(r"[.,;:]?\s+")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def dialogue_spans(text: str, paragraphs: list[Span], verb_re: re.Pattern[str]) -> list[QuotedSpan]:
    """The quotes of paragraphs opening with a dialogue dash, in text order."""
    found: list[QuotedSpan] = []
    for paragraph in paragraphs:
        start = paragraph.start
        if start + 1 < paragraph.end and text[start] in SPACED_DASHES and text[start + 1] in " \t":
            found.extend(_spaced(text, paragraph, verb_re))
            continue
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


def _spaced_dash_at(text: str, start: int, end: int) -> int:
    """The first dash set off by spaces (" – ") in text[start:end], or -1."""
    return next(
        (i for i in range(start, end - 1) if text[i] in SPACED_DASHES and text[i - 1] in " \t" and text[i + 1] in " \t"), -1
    )


def _spaced(text: str, paragraph: Span, verb_re: re.Pattern[str]) -> list[QuotedSpan]:
    """A paragraph opening "– ": the words up to a spaced dash whose attribution follows it at once
    ("– … – added the harbour master."), and those after a spaced dash reopening speech after it."""
    close = _spaced_dash_at(text, paragraph.start + 2, paragraph.end)
    if close < 0:
        return []
    lead = [m.group() for m in itertools.islice(_WORD_RE.finditer(text, close + 1, paragraph.end), ATTRIBUTION_LEAD_WORDS)]
    if not any(verb_re.fullmatch(word) for word in lead):
        return []
    words = trimmed(text, paragraph.start + 2, close)
    if not re.search(r"\w", words.of(text)):
        return []
    found = [QuotedSpan(words, False, True)]
    reopen = _spaced_dash_at(text, close + 2, paragraph.end)
    if reopen >= 0:
        rest = trimmed(text, reopen + 2, paragraph.end)
        if re.search(r"\w", rest.of(text)):
            found.append(QuotedSpan(rest, False, False))
    return found
