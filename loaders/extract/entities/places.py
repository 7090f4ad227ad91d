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


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word (up to a space or hyphen) of every known place name."""
    return frozenset(re.split(r"[ -]", name, maxsplit=1)[0] for name in places())


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*")
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][\w.]*")


def match_places(article: ArticleState) -> None:
    """The longest known place at each capitalised word, left to right."""
    gazetteer = places()
    widest = _longest_place()
    first_words = _first_words()
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in _CAPITALISED_RUN_RE.finditer(chunk):
            words = match.group(0)
            # Try the longest prefix-aligned sub-run that is a known place.
            tokens = list(_CAPITALISED_WORD_RE.finditer(words))
            i = 0
            while i < len(tokens):
                word = tokens[i].group(0)
                if word not in first_words and word.rstrip(".") not in first_words:
                    i += 1  # no known place begins with this word
                    continue
                for j in range(min(len(tokens), i + widest), i, -1):
                    if _hyphen_joined(words, tokens[i].start(), tokens[j - 1].end()):
                        continue  # "Bello" of "Asante-Bello": part of a longer hyphenated name
                    candidate = words[tokens[i].start() : tokens[j - 1].end()]
                    stripped = (
                        candidate.rstrip(".") if candidate.rstrip(".") in gazetteer and candidate not in gazetteer else candidate
                    )
                    if stripped in gazetteer:
                        span = Span(
                            zone.start + match.start() + tokens[i].start(),
                            zone.start + match.start() + tokens[i].start() + len(stripped),
                        )
                        if (
                            article.free(span)
                            and article.text[span.end : span.end + 1] != "$"  # "US$1.4 billion": a currency, no place
                            and not _CURRENCY_AFTER_RE.match(article.text, span.end)  # "630 million U.S. dollars"
                            and not _nickname(article, span)
                            and not _first_name(article, span, gazetteer[stripped][1])
                            and not _surname(article, span, gazetteer[stripped][1])
                            and not _inside_a_body(article, span, gazetteer[stripped][1])
                        ):
                            name, kind = gazetteer[stripped]
                            article.found.place_kinds[name] = kind
                            article.add(PLACE, name, span, f"gazetteer ({kind})", 0.95)
                        i = j - 1
                        break
                i += 1


def _hyphen_joined(words: str, start: int, end: int) -> bool:
    """Whether the words from start to end are joined by a hyphen to a capitalised word before or after."""
    return (start > 0 and words[start - 1] == "-") or words.startswith("-", end)


_PERSON_AFTER_RE = re.compile(r",\s+(?:a|an|the|who|whose)\b|,?\s+(?:said|says|told|added)\b")


@functools.cache
def _all_given_names() -> frozenset[str]:
    """The given-name list as generated, countries included ("Georgia", "India")."""
    from loaders.extract.entities.people import GIVEN_NAMES_FILE

    return frozenset(GIVEN_NAMES_FILE.read_text(encoding="utf-8").split())


def _first_name(article: ArticleState, span: Span, kind: str) -> bool:
    """ "Sofia Brandauer", "Lincoln Abara": a city's name that is also a given name, followed by a surname."""
    from loaders.extract.entities.people import person_shaped  # people reads the gazetteer too

    value = span.of(article.text)
    if " " in value or value not in _all_given_names():
        return False
    surname = re.match(r"\s([A-Z][\w’'-]+)(.{0,20})", article.after(span, 40))
    if not surname or not person_shaped(f"{value} {surname.group(1)}") or surname.group(1) in places():
        return False
    # A city's name is often a given name; a country's or state's only with a person's context after it.
    return kind == "city" or bool(_PERSON_AFTER_RE.match(surname.group(2)))


_GIVEN_NAME_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+) $")


def _surname(article: ArticleState, span: Span, kind: str) -> bool:
    """ "Sani Bello", "Ana Lima": a city's one-word name right after a given name is a surname."""
    from loaders.extract.entities.people import is_given_name  # people reads the gazetteer too

    if kind != "city" or " " in span.of(article.text):
        return False
    given = _GIVEN_NAME_BEFORE_RE.search(article.before(span, 30))
    return given is not None and is_given_name(given.group(1)) and given.group(1) not in places()


_CURRENCY_AFTER_RE = re.compile(r" (?:dollars?|cents?)\b")
_NAME_GOES_ON_RE = re.compile(r" [A-Z][a-z]")
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*\s+$")


def _inside_a_body(article: ArticleState, span: Span, kind: str) -> bool:
    """ "rival Sokoto Clinker", "analysts at Lagos Crest": a city's name opening a longer name that a
    cue before it says is an organisation's."""
    from loaders.extract.entities.organisations import CUES  # organisations reads the gazetteer too

    if kind != "city" or not _NAME_GOES_ON_RE.match(article.text, span.end):
        return False
    before = article.before(span)
    # every cue ends in a lower-case word: read the cues only after one
    return _LOWER_WORD_BEFORE_RE.search(before) is not None and any(pattern.search(before) for pattern in CUES.values())


def _nickname(article: ArticleState, span: Span) -> bool:
    """ "China's Apple": the place is part of a nickname; handled by the organisation guard."""
    after = article.after(span, 12)
    return bool(re.match(r"[’']s [A-Z]\w+", after)) and bool(
        re.search(r"(?:nicknamed|dubbed|called|known as)\s+$", article.before(span, 30))
    )
