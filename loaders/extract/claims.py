"""Numeric claims: amounts, percentages and counts, normalised, with what they
measure. A pure function of one article's text, its sentences, its entity
mentions and its publication date.

Pitfalls handled (ENGINEERING.md): "($1.5 billion)" after an amount is the
same amount in another currency, not a negative number; "2.1 billion kroner"
and "NOK 2.1 billion"; "third quarter" is a period, not 1/12; a year alone,
"4G", "Q3", model numbers and "tier 1" are no claims; "about a third";
percentage points are not percent; a number inside a hypothetical ("we could
sell 10 billion") is recorded as hypothetical, never as fact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.types import EntityFindings
from loaders.spans import Span

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "₹": "INR", "₩": "KRW"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "sterling": "GBP",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "kroner": "NOK", "krone": "NOK", "kronor": "SEK",
                  "krona": "SEK", "rupees": "INR", "won": "KRW", "francs": "CHF", "rand": "ZAR", "reais": "BRL", "pesos": "MXN"}
ISO_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "NOK", "SEK", "DKK", "CHF", "INR", "KRW", "HKD", "CAD", "AUD", "BRL", "MXN"}
FRACTIONS = {"a third": 33.3, "one third": 33.3, "two thirds": 66.7, "two-thirds": 66.7, "a quarter": 25.0,
             "one quarter": 25.0, "three quarters": 75.0, "half": 50.0, "a half": 50.0, "one half": 50.0}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:thousand|million|billion|trillion|mn|bn|tn|m|b|k)\b"
_SYMBOL = r"(?:US\$|HK\$|C\$|A\$|[$€£¥₹₩])"
AMOUNT_RE = re.compile(
    rf"(?P<symbol>{_SYMBOL})\s?(?P<n1>{_NUMBER})(?:\s?(?P<s1>{_SCALE}))?"
    rf"|(?P<code>{'|'.join(sorted(ISO_CODES))})\s?(?P<n2>{_NUMBER})(?:\s?(?P<s2>{_SCALE}))?"
    rf"|(?P<n3>{_NUMBER})(?:\s?(?P<s3>{_SCALE}))?\s(?P<word>{'|'.join(CURRENCY_WORDS)})\b"
    rf"|(?P<n4>{_NUMBER})\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b|pp\b)"
    rf"|(?P<frac>\b(?:{'|'.join(FRACTIONS)})\b)(?=\s+of\b(?!\s+(?:them|it|us|those|these|you)\b))"
    rf"|(?<![\w.$€£¥-])(?P<n5>{_NUMBER})(?:\s(?P<s5>{_SCALE}))?(?![\w%-])",
    re.IGNORECASE,
)
DECREASE = r"fell|fall|falls|dropped|drop|drops|declined|decline|declines|plummet\w*|slipped|slip|down|lost|cut|shrank|decreased|sank|tumbled|missed|lower"
INCREASE = r"rose|rise|rises|jumped|jump|climbed|climb|grew|grow|up|increased|increase|gained|gain|doubled|double|higher|raised|lifted|surged"
HYPOTHETICAL_RE = re.compile(r"\b(?:could|might)\b|\bif\b", re.IGNORECASE)
FORECAST_RE = re.compile(r"\b(?:expect\w*|forecast\w*|will|would|plans?|aims?|targets?|projected|outlook|guidance|to double|to reach)\b", re.IGNORECASE)
ESTIMATE_RE = re.compile(r"\b(?:estimat\w*)\b", re.IGNORECASE)
QUALIFIER_RE = re.compile(r"\b(about|around|roughly|nearly|almost|some|approximately|up to|more than|over|less than|at least|as much as)\s+$", re.IGNORECASE)
METRICS = [  # (pattern, metric) in order of precedence
    (r"\bvalu(?:ed|ation|es|ing)\b", "valuation"),
    (r"\btargets?\b", "shortfall against target"),
    (r"\b(?:market share|share of the)\b", "market share"),
    (r"\bshares?\b(?! of)|\bstock\b", "share price"),
    (r"\b(?:net income|net profit)\b", "net income"),
    (r"\boperating profit\b", "operating profit"),
    (r"\bprofit\b", "profit"),
    (r"\b(?:sales|revenue|turnover)\b", "sales"),
    (r"\brecall", "recall"),
    (r"\bjobs?\b|\bemploy", "jobs"),
    (r"\b(?:spend\w*|capital spending|capex|invest\w*)\b", "spending"),
    (r"\bbuy(?:ing)? ?back|buyback", "buyback"),
    (r"\b(?:raised|funding|round)\b", "funding"),
    (r"\bsav(?:e|ing)s?\b", "savings"),
    (r"\bcost\w*\b", "cost"),
    (r"\bshipped|shipments?\b", "shipments"),
    (r"\b(?:sold|sell)\b", "units sold"),
    (r"\binflation\b", "inflation"),
    (r"\bratio\b", "ratio"),
    (r"\bowned\b", "ownership"),
]
PERIOD_QUARTER_RE = re.compile(r"\b(?:(?P<ord>first|second|third|fourth)[- ]quarter(?: of)?(?:\s+(?P<y1>(?:19|20)\d{2}))?|Q(?P<q>[1-4])(?:\s+(?P<y2>(?:19|20)\d{2}))?)\b", re.IGNORECASE)
PERIOD_RELATIVE_RE = re.compile(r"\b(last year|this year|next year|a year earlier|the year before|(?P<ago>one|two|three|four|five|\d) years? ago)\b", re.IGNORECASE)
AGO = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
NOT_COUNTED_NOUNS = {"its", "his", "has", "was", "this", "thus", "yes", "less", "unless", "across", "plus", "versus", "perhaps", "always", "times"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True)
class ClaimFound:
    span: Span
    value: float
    unit: str
    value_as_written: str
    scale: str | None
    also_value: float | None
    also_unit: str | None
    direction: str | None
    metric: str
    subject: str | None
    period: str | None
    period_as_written: str | None
    scope: str | None
    source: str | None
    modality: str  # reported, forecast, estimate, hypothetical
    qualifier: str | None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _parse(match: re.Match, text: str) -> tuple[float, str, str | None] | None:
    """text is the string the match was made on."""
    """(value, unit, scale as written) of one AMOUNT_RE match, or None when it is no quantity."""
    g = match.groupdict()
    if g["symbol"] or g["code"] or g["word"]:
        number, scale = (g["n1"], g["s1"]) if g["symbol"] else (g["n2"], g["s2"]) if g["code"] else (g["n3"], g["s3"])
        unit = SYMBOLS.get(g["symbol"]) if g["symbol"] else ("CNY" if g["code"] == "RMB" else g["code"].upper()) if g["code"] else CURRENCY_WORDS[g["word"].lower()]
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
    if not noun or noun.group(1).split()[-1].lower() in NOT_COUNTED_NOUNS or re.match(r"\s*(?:percent|years?|months?|weeks?|days?|hours?|times)\b", text[match.end():match.end() + 10]):
        return None  # no counted noun: a bare number is no claim
    return value, noun.group(1).split()[-1].lower(), scale


def _period(sentence: str, published: str | None) -> tuple[str | None, str | None]:
    year = int(published[:4]) if published else None
    quarter = PERIOD_QUARTER_RE.search(sentence)
    if quarter:
        q = ORDINALS[quarter.group("ord").lower()] if quarter.group("ord") else int(quarter.group("q"))
        y = quarter.group("y1") or quarter.group("y2")
        if y:
            return f"{y}-Q{q}", quarter.group(0)
        if not year:
            return None, quarter.group(0)
        # A quarter later than the publication's own is last year's ("fourth quarter", published in February).
        published_quarter = (int(published[5:7]) - 1) // 3 + 1
        return f"{year - 1 if q > published_quarter else year}-Q{q}", quarter.group(0)
    relative = PERIOD_RELATIVE_RE.search(sentence)
    if relative:
        phrase = relative.group(1).lower()
        if relative.group("ago"):
            count = relative.group("ago").lower()
            shift = -(AGO.get(count) or int(count))
        else:
            shift = {"last year": -1, "this year": 0, "next year": 1, "a year earlier": -1, "the year before": -1}[phrase]
        return (str(year + shift) if year else None), relative.group(1)
    years = YEAR_RE.findall(sentence)
    if years:
        return years[-1], years[-1]
    return None, None


def _nearest_metric(sentence: str, start: int, end: int, reach: int = 80) -> str | None:
    """The measure named closest to the number: before it, or just after it."""
    best = None
    for pattern, name in METRICS:
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            distance = start - match.end() if match.end() <= start else match.start() - end + 15 if match.start() >= end else None
            if distance is not None and distance <= reach and (best is None or distance < best[0]):
                best = (distance, name)
    return best[1] if best else None


def find_claims(text: str, sentences: list[Span], entities: EntityFindings, published: str | None) -> list[ClaimFound]:
    organisations = [m for m in entities.mentions if m.kind == "organisation"]
    places = [m for m in entities.mentions if m.kind == "place"]
    main = max({m.name for m in organisations}, key=lambda n: (sum(m.name == n for m in organisations), n), default=None)
    claims = []
    for sentence in sentences:
        words = sentence.of(text)
        matches = list(AMOUNT_RE.finditer(words))
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
            # "10 billion yuan ($1.5 billion)": one amount in two currencies.
            if index + 1 < len(matches):
                nxt = matches[index + 1]
                between = words[match.end():nxt.start()]
                if re.fullmatch(r"\s*\(\s*(?:about|around|or|roughly)?\s*", between) and unit.isupper() and len(unit) == 3:
                    second = _parse(nxt, words)
                    if second and second[1].isupper():
                        also_value, also_unit = second[0], second[1]
                        span_end = sentence.start + nxt.end() + (1 if words[nxt.end():nxt.end() + 1] == ")" else 0)
                        skip_next = True
            span = Span(start, span_end)
            clause = text[max(sentence.start, start - 80) : min(sentence.end, span_end + 30)]
            before = text[sentence.start:start]
            direction = None
            if re.search(rf"\b(?:{DECREASE})\b[^.]{{0,40}}$", before, re.IGNORECASE):
                direction = "decrease"
            elif re.search(rf"\b(?:{INCREASE})\b[^.]{{0,40}}$", before, re.IGNORECASE):
                direction = "increase"
            counted = not unit.isupper() and unit not in {"percent", "percentage points"}
            # A count names its own measure ("12 stores") unless a measure word stands right before it.
            metric = _nearest_metric(words, start - sentence.start, span_end - sentence.start, reach=25 if counted else 80) or (
                unit if counted else "amount")
            if unit in {"percent", "percentage points"} and direction and metric not in {"shortfall against target", "ownership"}:
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
            period, period_as_written = _period(clause, published)
            if period_as_written is None:
                period, period_as_written = _period(words, published)
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
            claims.append(ClaimFound(span, value, unit, span.of(text), scale, also_value, also_unit, direction, metric, subject,
                                     period, period_as_written, scope, source, modality, qualifier.group(1).lower() if qualifier else None))
    return claims
