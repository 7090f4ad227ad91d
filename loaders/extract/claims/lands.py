"""A country or a people acting in a figure's clause ("Somalia exported 18,500 tonnes", "The UAE
imported ...", "Kenyans bought ...", "Kenya's tea exports rose 4%", "Somali fish exports reached ...",
"Bulgaria, which distilled 2.4 tonnes"): the figure is that land's, no company's, even where a company
of the story is named after it ("Somalia Fresh Ltd"). Read by one pass over the sentence before each
figure; the land is named by its country's (or state's) canonical name, so that outlets writing "the
UAE", "the United Arab Emirates" or "Emiratis" name one land."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from loaders.extract.claims.nationality import demonyms_of
from loaders.extract.gazetteer import demonyms, places
from loaders.spans import Span
from loaders.vocab import words

_LAND_KINDS = frozenset({"country", "state"})
_NOUNS = frozenset(words("pronouns", "nationality_nouns"))
_LAND_NOUNS = frozenset(words("pronouns", "land_nouns"))
# A verb acting right after the land (its past, its present, a few irregular pasts news prints figures with)
_VERB = (
    r"(?:has|have|had|is|are|was|were|will|would|could|can|may|rose|fell|grew|stood|made|sold|bought|paid|spent|"
    r"ate|drank|hit|saw|won|lost|got|gave|took|put|brought|[a-z]{3,}ed|[a-z]{3,}s)\b"
)
# The land opening its clause (the sentence's start, or after a comma, a semicolon, "and", "while",
# "but", "as", "where"): its name (with "the"), its possessive and up to four words of what it owns,
# or a people's adjective and up to three words (no organisation's noun: "The Somali company" is a
# company), then the verb; or the land anywhere, then ", which" or ", whose".
_OPENING = r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bbut\s)|(?<=\bas\s)|(?<=\bwhere\s))"
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}|[A-Z]{2,4}"
# A key figure's label naming the land ("Azerbaijan Q3 exports: 47 million lbs", "2025 Azerbaijani crop:
# ~165 million lbs"): a year or a period's word or two, the land or its people's adjective, up to three
# words, a colon.
_LABEL = r"(?:[\w-]+\s+){0,2}?(?P<labelled>[A-Z][a-z]+)(?:['’]s)?(?P<label>(?:\s+[\w-]+){1,3}):\s"
_LAND_RE = re.compile(
    rf"^{_LABEL}"
    rf"|{_OPENING}(?:[Tt]he\s+)?(?P<land>{_NAME})(?:['’]s(?P<owned>(?:\s+[a-z][\w-]*){{1,4}}?))?\s+(?P<verb>{_VERB})"
    # (a period's word may open the sentence before the adjective: "Third-quarter Serbian exports came to")
    rf"|{_OPENING}(?:[A-Z][\w-]*[a-z]\s+)?(?P<people>[A-Z][a-z]+)(?P<described>(?:\s+[a-z][\w-]*){{1,3}}?)\s+(?P<verb2>{_VERB})"
    rf"|(?P<relative>{_NAME}),\s+(?:which|whose)\b"
)


_PLACE_OF_RE = re.compile(r",?\s+(?:of|in|from|based in)\s+$")


@functools.cache
def _lands_by_people() -> dict[str, str]:
    """A people's adjective ("Somali", "Emirati") -> its country's canonical name, where one country has it."""
    found: dict[str, set[str]] = {}
    for alias, (name, kind) in places().items():
        if kind == "country" and alias == name:
            for adjective in demonyms_of(name):
                found.setdefault(adjective, set()).add(name)
    return {adjective: names.pop() for adjective, names in found.items() if len(names) == 1}


def is_land(name: str) -> bool:
    """Whether a name is a country's or a state's canonical name (as `acting_lands` names a land)."""
    place = places().get(name)
    return place is not None and place[1] in _LAND_KINDS and place[0] == name


def _land(name: str) -> str | None:
    place = places().get(name)
    return place[0] if place is not None and place[1] in _LAND_KINDS else None


def _people(word: str) -> str | None:
    """The land of a people's plural ("Somalis", "Kenyans"; "Filipinos" as "Filipino"s)."""
    if word.endswith("s") and word[:-1] in demonyms():
        return _lands_by_people().get(word[:-1]) or word[:-1]
    return None


def acting_lands(text: str, sentence: Span, organisations: Iterable[Span]) -> list[tuple[Span, str]]:
    """Each land acting in the sentence (the span from its name to its verb, its canonical name), in
    order; a name inside an organisation's name (`organisations`: the entity stage's) is none."""
    inside = [span for span in organisations if span.start < sentence.end and span.end > sentence.start]
    words_ = text[sentence.start : sentence.end]
    out = []
    for found in _LAND_RE.finditer(words_):
        if found.group("labelled"):
            name, label = found.group("labelled"), found.group("label").split()
            land = _land(name) or (
                (_lands_by_people().get(name) or name) if name in demonyms() and _LAND_NOUNS.intersection(label) else None
            )
            start = found.start("labelled")
        elif found.group("land"):
            name, start = found.group("land"), found.start("land")
            # ("The Slovenians are buying a chain": a people with "the" is the party of that nationality)
            land = _land(name) or (_people(name) if start == found.start() else None)
            owned = (found.group("owned") or "").split()
            if owned and not _LAND_NOUNS.intersection([*owned, found.group("verb")]):
                land = None  # "China's antitrust regulator imposed a fine": the regulator's act, not the land's sum
            if land is None and start == 0 and name in demonyms() and found.group("verb") in _LAND_NOUNS:
                land = _lands_by_people().get(name) or name  # "Bulgarian farmers planted": the verb read a noun
        elif found.group("people"):
            name = found.group("people")
            described = [*found.group("described").split(), found.group("verb2")]  # ("exports": the verb read a noun)
            opening = found.start() == 0 and not _NOUNS.intersection(described) and bool(_LAND_NOUNS.intersection(described))
            land = (_lands_by_people().get(name) or name) if opening and name in demonyms() else None
            start = found.start("people")
        else:
            land, start = _land(found.group("relative")), found.start()
            # "Wangdue Hydro Ventures of Bhutan, which built the plant": the clause is the company's
            placed = _PLACE_OF_RE.search(words_, 0, start)
            if placed and any(span.end == sentence.start + placed.start() for span in inside):
                continue
        if land is None:
            continue
        start += sentence.start
        if any(span.start <= start < span.end for span in inside):
            continue  # "Kenya" of "Kenya Airways"
        out.append((Span(start, sentence.start + found.end()), land))
    return out


def land_of(text: str, lands: list[tuple[Span, str]], figure: Span, between: Iterable[Span]) -> str | None:
    """The land a figure is about: the last one acting before it in its sentence, with no organisation
    (`between`: every organisation mention of the sentence) named from the land's name to the figure and
    no semicolon there."""
    for span, land in reversed(lands):
        if span.end > figure.start:
            continue
        if ";" in text[span.end : figure.start] or any(
            span.end <= other.start < figure.start for other in between if not (other.start < span.end and other.end > span.start)
        ):
            return None
        return land
    return None
