"""A country or a people acting in a figure's clause ("Chile exported 41,000 tonnes", "The UAE
imported ...", "Kenyans bought ...", "Kenya's tea exports rose 4%", "Danish lettuce exports reached ...",
"Peru, which shipped 3.1 tonnes"): the figure is that land's, no company's, even where a company
of the story is named after it ("Chile Limes Ltd"). Read by one pass over the sentence before each
figure; the land is named by its country's (or state's) canonical name, so that outlets writing "the
UAE", "the United Arab Emirates" or "Emiratis" name one land."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from loaders.extract.claims.nationality import demonyms_of, irregular_of
from loaders.extract.gazetteer import demonyms, places
from loaders.spans import Span
from loaders.vocab import words

_LAND_KINDS = frozenset({"country", "state"})
_NOUNS = frozenset(words("pronouns", "nationality_nouns"))
_LAND_NOUNS = frozenset(words("pronouns", "land_nouns"))
_FORMS_OF_STATE = frozenset(words("pronouns", "forms_of_state"))
# A verb acting right after the land (its past, its present, a few irregular pasts news prints figures with)
_VERB = (
    r"(?:has|have|had|is|are|was|were|will|would|could|can|may|rose|fell|grew|stood|made|sold|bought|paid|spent|"
    r"ate|drank|hit|saw|won|lost|got|gave|took|put|brought|[a-z]{3,}ed|[a-z]{3,}s)\b"
)
# A verb right after the word read as the land's verb, which makes that word a noun of the land ("US sales
# rose", "Japan orders increased", "UK revenues have jumped"; headlines' present: "US sales rise"): an
# auxiliary, a past, or a present of the moves figures make, with an adverb between.
_THEN_VERB_RE = re.compile(
    r"\s+(?:[a-z]+ly\s+|also\s+|again\s+|still\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|"
    r"rose|fell|grew|stood|hit|rise|fall|grow|climb|jump|drop|slip|slump|soar|surge|top|reach|edge|dip|slide|"
    r"[a-z]{3,}ed)\b"
)
# The land opening its clause (the sentence's start, or after a comma, a semicolon, "and", "while",
# "but", "as", "where"): its name (with "the"), its possessive and up to four words of what it owns,
# or a people's adjective and up to three words (no organisation's noun: "The Chilean company" is a
# company), then the verb; or the land anywhere, then ", which" or ", whose".
_OPENING = r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bbut\s)|(?<=\bas\s)|(?<=\bwhere\s))"
_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}|[A-Z]{2,4}"
# A key figure's label naming the land ("Azerbaijan Q3 exports: 47 million lbs", "2025 Azerbaijani crop:
# ~165 million lbs"): a year or a period's word or two, the land or its people's adjective, up to three
# words, a colon.
_LABEL = r"(?:[\w-]+\s+){0,2}?(?P<labelled>[A-Z][a-z]+)(?:['’]s)?(?P<label>(?:\s+[\w-]+){1,3}):\s"
# (every match but the label's begins with a capital or the "t" of "the": a test of that character first,
# so that at any other position the openings' look-behinds are not tried)
_LAND_RE = re.compile(
    rf"^{_LABEL}"
    rf"|(?=[A-Zt])(?:{_OPENING}(?:[Tt]he\s+)?(?P<land>{_NAME})(?:['’]s(?P<owned>(?:\s+[a-z][\w-]*){{1,4}}?))?\s+(?P<verb>{_VERB})"
    # (a period's word may open the sentence before the adjective: "Third-quarter Serbian exports came to")
    rf"|{_OPENING}(?:[A-Z][\w-]*[a-z]\s+)?(?P<people>[A-Z][a-z]+)(?P<described>(?:\s+[a-z][\w-]*){{1,3}}?)\s+(?P<verb2>{_VERB})"
    rf"|(?P<relative>{_NAME}),\s+(?:which|whose)\b)"
)


_PLACE_OF_RE = re.compile(r",?\s+(?:of|in|from|based in)\s+$")
_PLACE_OF_REACH = 24  # characters before a land's name where "of", "based in" may stand


@functools.cache
def _lands_by_people() -> dict[str, str]:
    """A people's adjective ("Somali", "Emirati") -> its country's canonical name, where one country has it."""
    found: dict[str, set[str]] = {}
    for alias, (name, kind) in places().items():
        if kind == "country" and alias == name:
            first, _, rest = name.partition(" ")
            for adjective in demonyms_of(name):
                # (not the adjective opening a land's name before words other than a form of state: "American
                # Samoa" and "British Indian Ocean Territory" are named after another people; "Dominican Republic")
                if adjective == first and rest and rest not in _FORMS_OF_STATE and adjective not in irregular_of(name):
                    continue
                found.setdefault(adjective, set()).add(name)
    # (of several countries sharing one, the one whose name it begins: "Dominican" is the Dominican Republic's
    # before Dominica's)
    return {
        adjective: names.pop() if len(names) == 1 else opening[0]
        for adjective, names in found.items()
        if len(names) == 1 or len(opening := [n for n in names if n.startswith(adjective + " ")]) == 1
    }


@functools.cache
def land_of_people(adjective: str) -> str | None:
    """The country of a people's adjective ("Polish": "Poland"), where one country has it; else the one country
    whose name opens with the adjective's first five letters ("Maldivian": "Maldives")."""
    if found := _lands_by_people().get(adjective):
        return found
    if len(adjective) < 6:
        return None
    named = {name for alias, (name, kind) in places().items() if kind == "country" and name.startswith(adjective[:5])}
    return named.pop() if len(named) == 1 else None


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


# One organisation or site (a singular organisation's or premises' noun) placed in the land right before
# ", which": "a packing plant in Peru, which produced ..." is the plant's as likely as the land's; "one of
# the largest distillers in Peru, which distilled ..." the land's.
_SITES = sorted(
    {*_NOUNS, *(w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in words("counted", "premises"))}, key=len, reverse=True
)
_AFTER_SITE_RE = re.compile(
    rf"\b(?:a|an|the|its|their|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_SITES)})\s+(?:in|at|near|outside)\s+(?:the\s+)?$"
)


def acting_lands(
    text: str, sentence: Span, organisations: Iterable[Span], surnames: frozenset[str] = frozenset()
) -> list[tuple[Span, str]]:
    """Each land acting in the sentence (the span from its name to its verb, its canonical name), in
    order; a name inside an organisation's name (`organisations`: the entity stage's, those of the
    sentence, so that the article's length does not multiply the work per sentence) is none, and so is a
    name the article gives a person as surname ("Paul Jordan ... Jordan expects": the person)."""
    inside = list(organisations)
    inside_ends = {span.end for span in inside}
    words_ = text[sentence.start : sentence.end]
    out = []
    for found in _LAND_RE.finditer(words_):
        if found.group("labelled"):
            name, label = found.group("labelled"), found.group("label").split()
            # ("Germany sales: €40 million" is a company's segment; "Sweden Q2 imports: 8,400 tonnes" the land's)
            land = (
                (_land(name) or ((_lands_by_people().get(name) or name) if name in demonyms() else None))
                if _LAND_NOUNS.intersection(label)
                else None
            )
            start = found.start("labelled")
        elif found.group("land"):
            name, start = found.group("land"), found.start("land")
            # ("The Slovenians are buying a chain": a people with "the" is the party of that nationality)
            land = _land(name) or (_people(name) if start == found.start() else None)
            verb = found.group("verb")
            if len(verb) > 3 and verb.endswith("s") and verb not in _LAND_NOUNS and _THEN_VERB_RE.match(words_, found.end()):
                land = None  # "US sales rose 5%": the word read as the verb is a noun, a company's segment
            owned = (found.group("owned") or "").split()
            if owned and not _LAND_NOUNS.intersection([*owned, found.group("verb")]):
                land = None  # "China's antitrust regulator imposed a fine": the regulator's act, not the land's sum
            if land is None and start == 0 and name in demonyms() and found.group("verb") in _LAND_NOUNS:
                land = _lands_by_people().get(name) or name  # "Danish farmers sowed": the verb read a noun
        elif found.group("people"):
            name = found.group("people")
            described = [*found.group("described").split(), found.group("verb2")]  # ("exports": the verb read a noun)
            opening = found.start() == 0 and not _NOUNS.intersection(described) and bool(_LAND_NOUNS.intersection(described))
            land = (_lands_by_people().get(name) or name) if opening and name in demonyms() else None
            start = found.start("people")
        else:
            land, start = _land(found.group("relative")), found.start()
            if _AFTER_SITE_RE.search(words_, max(0, start - 80), start):
                # "a plant in Peru, which produced ...": the plant's, as likely as the land's
                continue
            # "Wangdue Hydro Ventures of Bhutan, which built the plant": the clause is the company's
            placed = _PLACE_OF_RE.search(words_, max(0, start - _PLACE_OF_REACH), start)  # a bounded way back
            if placed and sentence.start + placed.start() in inside_ends:
                continue
        if land is None or (surnames and _surname_at(text, sentence.start + start, surnames)):
            continue
        start += sentence.start
        if any(span.start <= start < span.end for span in inside):
            continue  # "Kenya" of "Kenya Airways"
        out.append((Span(start, sentence.start + found.end()), land))
    return out


# A company's own whole the figure is a part of, right after the figure ("40% of its sales", "1,200 of the
# group's workers", "18% of Harwick's volumes", "9% of group sales") or right before it ("of its 5,000
# workers"): the company's figure, wherever the land is.
_COMPANYS = (
    rf"(?:its|their|(?:the\s+)?(?:{'|'.join(sorted(_NOUNS, key=len, reverse=True))})(?:['’]s)?"
    r"|(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s)\b"
)
_PART_OF_RE = re.compile(rf"\s+of\s+(?:{_COMPANYS}|(?=(?P<named>[A-Z])))")
_WHOLE_OF_RE = re.compile(rf"\bof\s+{_COMPANYS}\s+$")


def _companys_part(text: str, figure: Span, between: list[Span]) -> bool:
    """Whether the figure is a part of a company's whole ("30% of its sales", "of its 5,000 workers", "12%
    of Harwick Foods"); a land's own whole ("20% of Kenya's exports") is no company's."""
    after = _PART_OF_RE.match(text, figure.end)
    if after and after.group("named"):
        return any(span.start == after.start("named") for span in between)  # "12% of <an organisation>"
    before = _WHOLE_OF_RE.search(text, max(0, figure.start - 60), figure.start)
    found = after or before
    return found is not None and not (found.group("owner") and _land(found.group("owner")))


def _surname_at(text: str, start: int, surnames: frozenset[str]) -> bool:
    """Whether a person's surname is written at `start` (the whole word)."""
    found = re.match(r"[A-Z][\w'’-]*", text[start : start + 40])
    return found is not None and found.group() in surnames


def land_of(text: str, lands: list[tuple[Span, str]], figure: Span, between: Iterable[Span]) -> str | None:
    """The land a figure is about: the last one acting before it in its sentence, with no organisation
    (`between`: every organisation mention of the sentence) named from the land's name to the figure and
    no semicolon there, the figure no part of a company's whole ("China accounts for 40% of its sales")."""
    between = list(between)
    for span, land in reversed(lands):
        if span.end > figure.start:
            continue
        if (
            ";" in text[span.end : figure.start]
            or any(
                span.end <= other.start < figure.start
                for other in between
                if not (other.start < span.end and other.end > span.start)
            )
            or _companys_part(text, figure, between)
        ):
            return None
        return land
    return None
