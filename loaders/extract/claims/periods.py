"""When a figure applies: a period resolved against the publication date, and
the moment within a day ("at the close", "at 11:45")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from loaders.extract.claims.vocabulary import NUMBER_WORDS, ORDINALS, longest_first
from loaders.vocab import mapping, word_start_regex, words


def _word_start_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """word_start_regex with the test of the characters a match can begin with: most words begin none."""
    return word_start_regex(pattern, flags, first_character=True)


_ORDINAL = "|".join(ORDINALS)
_YEAR = r"(?:19|20)\d{2}"
QUARTER_RE = _word_start_regex(
    rf"\b(?:(?:(?P<rel>last|this|next) year[’']s\s+)?(?P<fiscal1>fiscal\s+)?(?P<ord>{_ORDINAL})[- ](?P<fiscal2>fiscal\s+)?(?P<part>quarter|half)(?: of)?(?:\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<letter>[QH])(?P<q>[1-4])(?:\s+(?:FY\s?)?(?P<y2>{_YEAR}))?)\b",
    re.IGNORECASE,
)
RELATIVE_RE = _word_start_regex(
    r"\b(last year|this year|next year|a year earlier|a year ago|the year before|the previous year|last quarter"
    rf"|(?P<ago>{longest_first(NUMBER_WORDS)}|\d{{1,2}}) years? ago)\b",
    re.IGNORECASE,
)
RELATIVE_SHIFT = {
    "last year": -1,
    "this year": 0,
    "next year": 1,
    "a year earlier": -1,
    "a year ago": -1,
    "the year before": -1,
    "the previous year": -1,
}
# A year right after "into", "until" ... ends a stretch of time ("to last well into 2028"), and one
# after "since" begins one ("its lowest since March 2023"), a month between or none: no period.
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
SPAN_END_RE = re.compile(
    rf"\b(?:{longest_first(words('claim_cues', 'span_end_words'))})\s+(?:(?:{_MONTH_NAMES})\s+)?$", re.IGNORECASE
)
SPAN_END_REACH = 20  # characters before a year in which the word (and a month) may stand
# "started by a Tessby fishing family in 1998": a year the company began, the ones who began it
# between (a bounded run of words with no figure, searched in a bounded window before the year).
FOUNDED_BY_RE = re.compile(
    rf"\b(?:{longest_first(words('claim_cues', 'founded_by_words'))})\s+by\s+[^,;.\n\d$€£¥]{{1,60}}?\s+in\s+$", re.IGNORECASE
)
FOUNDED_BY_REACH = 80  # characters before a year in which the verb, "by", who and "in" may stand
# ... only when the verb tells of a company: a name and a comma or "was" before it ("Kestrel, started
# by", "Kestrel was set up by"), or a company's noun ("a firm founded by"); not "Homes started by
# builders in 2024", "Businesses set up by women in 2023" (figures of that year).
_ORGANISATION_NOUNS = longest_first(words("organisations", "descriptors"))
_BEGUN_BY_SO = r"(?:(?:that|which|who)\s+)?(?:(?:was|were|is|has\s+been|had\s+been)\s+)?"
COMPANY_BEFORE_FOUNDED_RE = re.compile(
    rf"(?:(?<!\S)(?:[A-Z][\w’'&.-]*\s+){{0,3}}[A-Z][\w’'&.-]*(?:,\s+{_BEGUN_BY_SO}|\s+(?:was|has\s+been|had\s+been)\s+)"
    rf"|\b(?i:{_ORGANISATION_NOUNS}),?\s+{_BEGUN_BY_SO}(?:(?i:jointly|originally|first)\s+)?)$"
)
COMPANY_BEFORE_FOUNDED_REACH = 60  # characters before the verb in which the company's name or noun may stand
YEAR_RE = _word_start_regex(rf"(?<![\d,.$€£¥])\b(?:FY\s?)?{_YEAR}\b(?![,.]?\d)")
_MOMENTS = {k.casefold(): v for k, v in mapping("claim_cues", "moments").items()}
_ZONES = r"(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|IST|JST|HKT|SGT|AEST)"
MOMENT_RE = _word_start_regex(
    rf"\b(?P<phrase>{longest_first(_MOMENTS)})(?!\w)"
    rf"|\b(?:at|around|by|as of|until)\s+(?:(?P<clock>\d{{1,2}}[:.]\d{{2}})(?![\d%])\s?(?P<half>[ap]\.?m\.?)?"
    rf"|(?P<military>[0-2]\d[0-5]\d)\s?(?-i:{_ZONES})\b)",
    re.IGNORECASE,
)
_MONTHS = {
    month: number
    for number, month in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
# "the three months to September": the quarter that ends with the month.
QUARTER_TO_RE = _word_start_regex(
    rf"\b(?:three months|quarter)\s+(?:to|ended|ending|through)\s+(?:the end of\s+)?(?P<month>{'|'.join(_MONTHS)})"
    rf"(?:\s+(?P<year>{_YEAR}))?\b",
    re.IGNORECASE,
)


# "the September quarter": the quarter that ends with the month (Indian and Australian usage).
MONTH_QUARTER_RE = _word_start_regex(r"\b(?P<month>march|june|september|december)(?:-end(?:ed)?)?\s+quarter\b", re.IGNORECASE)
# A stretch of months that is a quarter or a half: "between January and June", "the July-September
# quarter", "January to March 2025"; and "the first six months (of the year)", a half.
MONTH_RANGE_RE = _word_start_regex(
    rf"\b(?:between\s+)?(?P<first>{'|'.join(_MONTHS)})\s*(?:-|–|to|and|through)\s*(?P<last>{'|'.join(_MONTHS)})"
    rf"(?:\s+(?P<year>{_YEAR}))?\b",
    re.IGNORECASE,
)
# A year split across two calendar years called fiscal ("fiscal year 2025-26", "FY 2025/26", "the 2024-25
# financial year") or one ending in a month ("in the year to June 2026", "the fiscal year ended March 2026"): a
# fiscal year, named by the calendar year it ends in (a year to December is the calendar year). A split year
# not called fiscal ("the 2024-25 season", "the 2026/27 winter", "built in 2019-20") is a span of the two
# years ("2024/2025"), no company's fiscal year.
SPLIT_YEAR_RE = _word_start_regex(
    rf"\b(?P<fiscal>(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?P<first>{_YEAR})\s?[-–/]\s?"
    rf"(?P<second>\d{{2}}(?:\d{{2}})?)\b(?![-–/.,]?\d)(?P<called>\s+(?:fiscal|financial)\s+year\b)?",
    re.IGNORECASE,
)
YEAR_TO_RE = _word_start_regex(
    rf"\b(?:(?:fiscal|financial)\s+)?year\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?"
    rf"(?P<month>{'|'.join(_MONTHS)})(?:\s+\d{{1,2}})?,?\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
SIX_MONTHS_RE = _word_start_regex(
    rf"\b(?P<which>first|last|second|final)\s+six\s+months(?:\s+of\s+(?:the\s+year|(?P<year>{_YEAR})))?\b",
    re.IGNORECASE,
)


def _part_of_months(first: int, last: int, written_year: str | None, year: int | None, published: str | None) -> str | None:
    """The quarter or half a stretch of months spans ("July-September" is Q3), of the year written or,
    where none is, of the latest year whose stretch has begun by the publication date."""
    if last - first == 2 and first % 3 == 1:
        part = f"Q{last // 3}"
    elif last - first == 5 and first % 6 == 1:
        part = f"H{last // 6}"
    else:
        return None
    if written_year:
        return f"{written_year}-{part}"
    if not year or not published:
        return None
    return f"{year - 1 if first > int(published[5:7]) else year}-{part}"


@dataclass(frozen=True)
class When:
    period: str | None  # "2015", "2015-Q3", "2015-H1", "FY2019-Q2"; None when the words give none or it cannot be resolved
    period_as_written: str | None
    moment: str | None  # "close", "midday", "11:45"


@dataclass(frozen=True)
class TimeMention:
    """A phrase that says when: a part of a year, a year relative to publication, a year, or a moment in a day."""

    kind: str  # part, relative, year, moment (in the order a period is preferred)
    start: int
    end: int
    value: str | None  # the period or the moment it resolves to
    as_written: str


def _quarter(found: re.Match, year: int | None, published: str | None) -> str | None:
    part = "H" if (found.group("part") or found.group("letter") or "").lower().startswith("h") else "Q"
    number = ORDINALS[found.group("ord").lower()] if found.group("ord") else int(found.group("q"))
    if part == "H" and number > 2:
        return None
    fiscal = bool(found.group("fiscal1") or found.group("fiscal2"))
    written_year = found.group("y1") or found.group("y2")
    if found.group("rel") and year and not written_year:
        # "last year's third quarter": that year's part, whatever the publication's month
        written_year = str(year + RELATIVE_SHIFT[f"{found.group('rel').lower()} year"])
    if fiscal:
        # A fiscal calendar is the company's own: keep it apart from calendar periods.
        return f"FY{written_year or year}-{part}{number}" if (written_year or year) else None
    if written_year:
        return f"{written_year}-{part}{number}"
    if not year or not published:
        return None
    # A part later than the publication's own is last year's ("fourth quarter", published in February).
    month = int(published[5:7])
    current = (month - 1) // 3 + 1 if part == "Q" else (month - 1) // 6 + 1
    return f"{year - 1 if number > current else year}-{part}{number}"


def _relative(found: re.Match, year: int | None) -> str | None:
    phrase = " ".join(found.group(1).lower().split())
    if phrase == "last quarter" or not year:
        return None
    if found.group("ago"):
        count = found.group("ago").lower()
        return str(year - (int(count) if count.isdigit() else text2num(count, "en")))
    return str(year + RELATIVE_SHIFT[phrase])


def _moment(found: re.Match) -> str | None:
    if found.group("phrase"):
        return _MOMENTS[" ".join(found.group("phrase").lower().split())]
    if found.group("military"):
        return f"{found.group('military')[:2]}:{found.group('military')[2:]}"
    hours, minutes = re.split(r"[:.]", found.group("clock"))
    hour = int(hours) + (12 if (found.group("half") or "").lower().startswith("p") and int(hours) < 12 else 0)
    return f"{hour:02d}:{minutes}" if hour < 24 and int(minutes) < 60 else None


def time_mentions(text: str, start: int, end: int, published: str | None) -> list[TimeMention]:
    """Every phrase in text[start:end] that says when, resolved against the publication date, in order."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    found = []
    for match in QUARTER_RE.finditer(text, start, end):
        found.append(TimeMention("part", match.start(), match.end(), _quarter(match, year, published), match.group(0)))
    for match in QUARTER_TO_RE.finditer(text, start, end):
        month = _MONTHS[match.group("month").lower()]
        written_year = int(match.group("year")) if match.group("year") else year
        if written_year and month % 3 == 0:
            if not match.group("year") and published and month > int(published[5:7]):
                written_year -= 1  # "the three months to December", published in February
            found.append(TimeMention("part", match.start(), match.end(), f"{written_year}-Q{month // 3}", match.group(0)))
    for match in MONTH_QUARTER_RE.finditer(text, start, end):
        month = _MONTHS[match.group("month").lower()]
        if part := _part_of_months(month - 2, month, None, year, published):
            found.append(TimeMention("part", match.start(), match.end(), part, match.group(0)))
    for match in MONTH_RANGE_RE.finditer(text, start, end):
        first, last = _MONTHS[match.group("first").lower()], _MONTHS[match.group("last").lower()]
        if part := _part_of_months(first, last, match.group("year"), year, published):
            found.append(TimeMention("part", match.start(), match.end(), part, match.group(0)))
    for match in SIX_MONTHS_RE.finditer(text, start, end):
        first = 1 if match.group("which").lower() == "first" else 7
        if part := _part_of_months(first, first + 5, match.group("year"), year, published):
            found.append(TimeMention("part", match.start(), match.end(), part, match.group(0)))
    for match in SPLIT_YEAR_RE.finditer(text, start, end):
        first, second = int(match.group("first")), match.group("second")
        if (int(second) == first + 1) if len(second) == 4 else int(second) == (first + 1) % 100:  # "1999-00" too
            fiscal = match.group("fiscal") or match.group("called")
            value = f"FY{first + 1}" if fiscal else f"{first}/{first + 1}"
            found.append(TimeMention("part", match.start(), match.end(), value, match.group(0)))
    for match in YEAR_TO_RE.finditer(text, start, end):
        ends_in = match.group("year") if match.group("month").lower() == "december" else f"FY{match.group('year')}"
        found.append(TimeMention("part", match.start(), match.end(), ends_in, match.group(0)))
    for match in RELATIVE_RE.finditer(text, start, end):
        found.append(TimeMention("relative", match.start(), match.end(), _relative(match, year), match.group(1)))
    parts = [(mention.start, mention.end) for mention in found if mention.kind == "part"]
    for match in YEAR_RE.finditer(text, start, end):
        if SPAN_END_RE.search(text, max(start, match.start() - SPAN_END_REACH), match.start()):
            continue
        founded = FOUNDED_BY_RE.search(text, max(start, match.start() - FOUNDED_BY_REACH), match.start())
        if founded and COMPANY_BEFORE_FOUNDED_RE.search(
            text, max(start, founded.start() - COMPANY_BEFORE_FOUNDED_REACH), founded.start()
        ):
            continue
        if any(low <= match.start() and match.end() <= high for low, high in parts):
            continue  # the year of "the first half of 2024": the part says it
        found.append(TimeMention("year", match.start(), match.end(), match.group(0).replace(" ", ""), match.group(0)))
    for match in MOMENT_RE.finditer(text, start, end):
        found.append(TimeMention("moment", match.start(), match.end(), _moment(match), match.group(0)))
    return sorted(found, key=lambda mention: (mention.start, mention.end))
