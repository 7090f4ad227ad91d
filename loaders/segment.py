"""Stage 3, segment: sentences inside each prose paragraph, with offsets.

A small rule-based splitter, chosen over a library (pysbd, NLTK punkt) to
keep the build dependency-light and the spans exact: a sentence ends at
. ! ? or … (with any closing quotes or brackets after it) followed by space
and a capital, digit or opening quote, unless the period ends a known
abbreviation or an initial; and before a line that begins a list item or pairs a label with its figure.
"""

from __future__ import annotations

import re

from loaders.spans import Span, trimmed
from loaders.vocab import load, words

ABBREVIATIONS = frozenset(words("abbreviations", "not_sentence_ends"))
# A currency's sign written with a stop ("Rs. 9.6 billion", "Rp. 4,500"): before a number it ends no sentence.
# (a country's own sign too: "Tk. 2.43" on a Dhaka page)
CURRENCY_STOPS = frozenset(
    sign[:-1].casefold()
    for sign in [*load("currencies")["prefixes"], *(load("currencies").get("by_country", {}).get("prefixes") or {})]
    if sign.endswith(".")
)
# A sentence also ends where a line of a list begins ("- Revenue: ...", "(2) Total price: ..."), or a line that pairs a
# short label with its figure ("Revenue: €612m", "€2.4bn: total investment"), as a box of key
# figures or a newsletter's quick take prints them with no stops: each item is read on its own.
_BOUNDARY_RE = re.compile(
    r"(?:[.!?…]+)[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|(?=\n[ \t]*(?:[-•*–]|\(\d{1,2}\)|\d{1,2}[.)])[ \t])"
    r"|(?=\n[ \t]*[A-Z0-9€$£¥][^\n:]{0,40}:[ \t])"
)
_TOKEN_BEFORE_RE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, period_end: int) -> bool:
    match = _TOKEN_BEFORE_RE.search(text, max(0, period_end - 80), period_end)  # a bounded look back: linear in the text
    if not match:
        return False
    token = match.group(1).casefold()
    if token in CURRENCY_STOPS and text[period_end : period_end + 2].lstrip()[:1].isdigit():
        return True
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def sentences(text: str, paragraph: Span) -> list[Span]:
    chunk = paragraph.of(text)
    found, start = [], 0
    for match in _BOUNDARY_RE.finditer(chunk):
        marks = match.group(0)
        if marks.startswith(".") and len(marks.rstrip("\"”’')]")) == 1 and _is_abbreviation(chunk, match.start() + 1):
            continue
        found.append(trimmed(text, paragraph.start + start, paragraph.start + match.end()))
        start = match.end()
    found.append(trimmed(text, paragraph.start + start, paragraph.end))
    return [span for span in found if span.end > span.start]
