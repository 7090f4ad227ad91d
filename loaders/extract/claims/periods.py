"""When a figure applies: a period resolved against the publication date."""
from __future__ import annotations

import re

from loaders.extract.claims.vocabulary import ORDINALS, SMALL_NUMBERS

PERIOD_QUARTER_RE = re.compile(
    rf"\b(?:(?P<ord>{'|'.join(ORDINALS)})[- ]quarter(?: of)?(?:\s+(?P<y1>(?:19|20)\d{{2}}))?|Q(?P<q>[1-4])(?:\s+(?P<y2>(?:19|20)\d{{2}}))?)\b",
    re.IGNORECASE)
PERIOD_RELATIVE_RE = re.compile(
    rf"\b(last year|this year|next year|a year earlier|the year before|(?P<ago>{'|'.join(SMALL_NUMBERS)}|\d) years? ago)\b", re.IGNORECASE)
RELATIVE_SHIFT = {"last year": -1, "this year": 0, "next year": 1, "a year earlier": -1, "the year before": -1}
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def resolve_period(words: str, published: str | None) -> tuple[str | None, str | None]:
    """(period, the words that gave it): "2015-Q3", "2014"; the period is None
    when the words give one the publication date cannot resolve."""
    year = int(published[:4]) if published else None
    quarter = PERIOD_QUARTER_RE.search(words)
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
    relative = PERIOD_RELATIVE_RE.search(words)
    if relative:
        phrase = relative.group(1).lower()
        if relative.group("ago"):
            count = relative.group("ago").lower()
            shift = -(SMALL_NUMBERS.get(count) or int(count))
        else:
            shift = RELATIVE_SHIFT[phrase]
        return (str(year + shift) if year else None), relative.group(1)
    years = YEAR_RE.findall(words)
    if years:
        return years[-1], years[-1]
    return None, None
