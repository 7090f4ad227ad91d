"""Places: countries, cities, states and regions from the gazetteer."""
from __future__ import annotations

import functools
import re

from loaders.extract.entities.state import ArticleState
from loaders.extract.gazetteer import places
from loaders.extract.types import PLACE
from loaders.spans import Span


@functools.cache
def _longest_place() -> int:
    """The most words any known place name has: no window need be wider."""
    return max(len(re.findall(r"[A-Z][\w.]*", name)) for name in places())


def match_places(article: ArticleState) -> None:
    """The longest known place at each capitalised word, left to right."""
    gazetteer = places()
    widest = _longest_place()
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in re.finditer(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*", chunk):
            words = match.group(0)
            # Try the longest prefix-aligned sub-run that is a known place.
            tokens = list(re.finditer(r"[A-Z][\w.]*", words))
            i = 0
            while i < len(tokens):
                for j in range(min(len(tokens), i + widest), i, -1):
                    candidate = words[tokens[i].start() : tokens[j - 1].end()]
                    stripped = candidate.rstrip(".") if candidate.rstrip(".") in gazetteer and candidate not in gazetteer else candidate
                    if stripped in gazetteer:
                        span = Span(zone.start + match.start() + tokens[i].start(), zone.start + match.start() + tokens[i].start() + len(stripped))
                        if article.free(span) and not _nickname(article, span) and not _first_name(article, span, gazetteer[stripped][1]):
                            name, kind = gazetteer[stripped]
                            article.found.place_kinds[name] = kind
                            article.add(PLACE, name, span, f"gazetteer ({kind})", 0.95)
                        i = j - 1
                        break
                i += 1


def _first_name(article: ArticleState, span: Span, kind: str) -> bool:
    """"Sofia Brandauer", "Lincoln Abara": a city's name that is also a given name, followed by a surname."""
    from loaders.extract.entities.people import given_names, person_shaped  # people reads the gazetteer too

    if kind != "city" or " " in span.of(article.text) or span.of(article.text) not in given_names():
        return False
    surname = re.match(r"\s([A-Z][\w’'-]+)", article.after(span, 30))
    return bool(surname) and person_shaped(f"{span.of(article.text)} {surname.group(1)}") and surname.group(1) not in places()


def _nickname(article: ArticleState, span: Span) -> bool:
    """"China's Apple": the place is part of a nickname; handled by the organisation guard."""
    after = article.after(span, 12)
    return bool(re.match(r"[’']s [A-Z]\w+", after)) and bool(re.search(r"(?:nicknamed|dubbed|called|known as)\s+$", article.before(span, 30)))
