"""Amounts in one sentence: money, percentages, fractions and counts, normalised."""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.claims.vocabulary import CODE_ALIASES, CURRENCY_WORDS, FRACTIONS, ISO_CODES, SCALES, SYMBOLS, cues
from loaders.spans import Span

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\b"
_SYMBOL = "(?:" + "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True)) + ")"
AMOUNT_RE = re.compile(
    rf"(?P<symbol>{_SYMBOL})\s?(?P<n1>{_NUMBER})(?:\s?(?P<s1>{_SCALE}))?"
    rf"|(?P<code>{'|'.join(sorted(ISO_CODES))})\s?(?P<n2>{_NUMBER})(?:\s?(?P<s2>{_SCALE}))?"
    rf"|(?P<n3>{_NUMBER})(?:\s?(?P<s3>{_SCALE}))?\s(?P<word>{'|'.join(CURRENCY_WORDS)})\b"
    rf"|(?P<n4>{_NUMBER})\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b|pp\b)"
    rf"|(?P<frac>\b(?:{'|'.join(FRACTIONS)})\b)(?=\s+of\b(?!\s+(?:them|it|us|those|these|you)\b))"
    rf"|(?<![\w.$€£¥-])(?P<n5>{_NUMBER})(?:\s(?P<s5>{_SCALE}))?(?![\w%-])",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
NOT_COUNTED_RE = re.compile(cues("not_counted"), re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    span: Span  # in the article's text; covers a second currency's reading in brackets
    value: float
    unit: str
    scale: str | None
    also_value: float | None = None
    also_unit: str | None = None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _parse(match: re.Match, text: str) -> tuple[float, str, str | None] | None:
    """(value, unit, scale as written) of one AMOUNT_RE match made on `text`, or None when it is no quantity."""
    g = match.groupdict()
    if g["symbol"] or g["code"] or g["word"]:
        number, scale = (g["n1"], g["s1"]) if g["symbol"] else (g["n2"], g["s2"]) if g["code"] else (g["n3"], g["s3"])
        if g["symbol"]:
            unit = SYMBOLS[g["symbol"].upper() if g["symbol"].upper() in SYMBOLS else g["symbol"]]
        elif g["code"]:
            unit = CODE_ALIASES.get(g["code"].upper(), g["code"].upper())
        else:
            unit = CURRENCY_WORDS[g["word"].lower()]
        return _number(number) * SCALES.get((scale or "").lower(), 1), unit, scale
    if g["pct"]:
        unit = "percentage points" if g["pct"].lower().startswith(("percentage", "pp")) else "percent"
        return _number(g["n4"]), unit, None
    if g["frac"]:
        return FRACTIONS[g["frac"].lower()], "percent", None
    number, scale = g["n5"], g["s5"]
    value = _number(number) * SCALES.get((scale or "").lower(), 1)
    if not scale and YEAR_RE.fullmatch(number):
        return None  # a year on its own
    noun = re.match(r"\s+((?:[a-z-]+\s+){0,2}?[A-Za-z-]{2,}s)\b", text[match.end() : match.end() + 40])
    if not noun or NOT_COUNTED_RE.fullmatch(noun.group(1).split()[-1]) or re.match(
            r"\s*(?:percent|years?|months?|weeks?|days?|hours?|times)\b", text[match.end():match.end() + 10]):
        return None  # no counted noun: a bare number is no claim
    return value, noun.group(1).split()[-1].lower(), scale


def find_amounts(text: str, sentence: Span) -> list[Amount]:
    """Every amount in the sentence, in order; "10 billion yuan ($1.5 billion)"
    is one amount read in two currencies, never a negative number."""
    words = sentence.of(text)
    matches = list(AMOUNT_RE.finditer(words))
    found = []
    skip_next = False
    for index, match in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if re.match(r"[A-Za-z]", text[end:end + 1]) or (start > 0 and re.match(r"[A-Za-z]", text[start - 1])):
            continue  # "4G", "K7", "Q3"
        if re.search(r"(?:tier|Q|H|FY|No\.?)\s?$", text[max(0, start - 6):start]):
            continue
        parsed = _parse(match, words)
        if not parsed:
            continue
        value, unit, scale = parsed
        also_value = also_unit = None
        span_end = end
        if index + 1 < len(matches):
            nxt = matches[index + 1]
            between = words[match.end():nxt.start()]
            if re.fullmatch(r"\s*\(\s*(?:about|around|or|roughly)?\s*", between) and unit.isupper() and len(unit) == 3:
                second = _parse(nxt, words)
                if second and second[1].isupper():
                    also_value, also_unit = second[0], second[1]
                    span_end = sentence.start + nxt.end() + (1 if words[nxt.end():nxt.end() + 1] == ")" else 0)
                    skip_next = True
        found.append(Amount(Span(start, span_end), value, unit, scale, also_value, also_unit))
    return found
