"""Calendar dates as news text writes them, to ISO 8601."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
_MONTH_NAMES = sorted(set(MONTHS) | set(_MONTH_ABBREVIATIONS), key=lambda name: (-len(name), name))
MONTH = r"(?:" + "|".join(name.capitalize() for name in _MONTH_NAMES) + r")\.?"

# "Nov 25, 2016", "March 3, 2026", "14 February 2025", "2025-02-14"
DATE = (
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
)
DATE_RE = re.compile(DATE)


def month_number(name: str) -> int | None:
    key = name.rstrip(".").casefold()
    return MONTHS.get(key) or _MONTH_ABBREVIATIONS.get(key)


def iso_date(match: re.Match) -> str | None:
    """The ISO date of a DATE match, or None when it is no real calendar day."""
    groups = match.groupdict()
    if groups.get("y1"):
        year, month, day = int(groups["y1"]), month_number(groups["m1"]), int(groups["d1"])
    elif groups.get("y2"):
        year, month, day = int(groups["y2"]), month_number(groups["m2"]), int(groups["d2"])
    else:
        year, month, day = int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
    if month is None:
        return None  # a month name the tables do not know
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_calendar_date(text: str) -> str | None:
    """TEXT itself when it is an ISO 8601 calendar date (YYYY-MM-DD) that exists, else None."""
    match = _ISO_DATE_RE.fullmatch(text.strip())
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None
