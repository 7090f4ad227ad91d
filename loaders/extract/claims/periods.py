"""When a figure applies: a period resolved against the publication date, and
the moment within a day ("at the close", "at 11:45")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from loaders.extract.claims.vocabulary import NUMBER_WORDS, ORDINALS, longest_first
from loaders.vocab import mapping

_ORDINAL = "|".join(ORDINALS)
_YEAR = r"(?:19|20)\d{2}"
QUARTER_RE = re.compile(
    rf"\b(?:(?P<fiscal1>fiscal\s+)?(?P<ord>{_ORDINAL})[- ](?P<fiscal2>fiscal\s+)?(?P<part>quarter|half)(?: of)?(?:\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<letter>[QH])(?P<q>[1-4])(?:\s+(?:FY\s?)?(?P<y2>{_YEAR}))?)\b",
    re.IGNORECASE)
RELATIVE_RE = re.compile(
    r"\b(last year|this year|next year|a year earlier|a year ago|the year before|the previous year|last quarter"
    rf"|(?P<ago>{longest_first(NUMBER_WORDS)}|\d{{1,2}}) years? ago)\b", re.IGNORECASE)
RELATIVE_SHIFT = {"last year": -1, "this year": 0, "next year": 1, "a year earlier": -1, "a year ago": -1, "the year before": -1,
                  "the previous year": -1}
YEAR_RE = re.compile(rf"(?<![\d,.$€£¥])\b(?:FY\s?)?{_YEAR}\b(?![,.]?\d)")
_MOMENTS = {k.casefold(): v for k, v in mapping("claim_cues", "moments").items()}
MOMENT_RE = re.compile(
    rf"\b(?P<phrase>{longest_first(_MOMENTS)})(?!\w)|\bat\s+(?P<clock>\d{{1,2}}[:.]\d{{2}})\s?(?P<half>[ap]\.?m\.?)?",
    re.IGNORECASE)


@dataclass(frozen=True)
class When:
    period: str | None  # "2015", "2015-Q3", "2015-H1", "FY2019-Q2"; None when the words give none or it cannot be resolved
    period_as_written: str | None
    moment: str | None  # "close", "midday", "11:45"


def _quarter(found: re.Match, year: int | None, published: str | None) -> str | None:
    part = "H" if (found.group("part") or found.group("letter") or "").lower().startswith("h") else "Q"
    number = ORDINALS[found.group("ord").lower()] if found.group("ord") else int(found.group("q"))
    if part == "H" and number > 2:
        return None
    fiscal = bool(found.group("fiscal1") or found.group("fiscal2"))
    written_year = found.group("y1") or found.group("y2")
    if fiscal:
        # A fiscal calendar is the company's own: keep it apart from calendar periods.
        return f"FY{written_year or year or ''}-{part}{number}" if (written_year or year) else None
    if written_year:
        return f"{written_year}-{part}{number}"
    if not year or not published:
        return None
    # A part later than the publication's own is last year's ("fourth quarter", published in February).
    month = int(published[5:7])
    current = (month - 1) // 3 + 1 if part == "Q" else (month - 1) // 6 + 1
    return f"{year - 1 if number > current else year}-{part}{number}"


def read_when(words: str, published: str | None) -> When:
    """The period and moment the words around a figure give it."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    moment_found = MOMENT_RE.search(words)
    moment = None
    if moment_found:
        if moment_found.group("phrase"):
            moment = _MOMENTS[" ".join(moment_found.group("phrase").lower().split())]
        else:
            hours, minutes = re.split(r"[:.]", moment_found.group("clock"))
            hour = int(hours) + (12 if (moment_found.group("half") or "").lower().startswith("p") and int(hours) < 12 else 0)
            moment = f"{hour:02d}:{minutes}" if hour < 24 and int(minutes) < 60 else None
    quarter = QUARTER_RE.search(words)
    if quarter:
        return When(_quarter(quarter, year, published), quarter.group(0), moment)
    relative = RELATIVE_RE.search(words)
    if relative:
        phrase = " ".join(relative.group(1).lower().split())
        if phrase == "last quarter":
            return When(None, relative.group(1), moment)
        if relative.group("ago"):
            count = relative.group("ago").lower()
            shift = -(int(count) if count.isdigit() else text2num(count, "en"))
        else:
            shift = RELATIVE_SHIFT[phrase]
        return When(str(year + shift) if year else None, relative.group(1), moment)
    years = YEAR_RE.findall(words)
    if years:
        return When(years[-1].replace(" ", ""), years[-1], moment)
    return When(None, None, moment)
