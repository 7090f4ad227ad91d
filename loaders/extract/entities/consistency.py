"""Corpus-wide consistency: a name found with confidence in one article is
found wherever it occurs in the others, and an acronym one article defines
("Harlow and Finch (HF)") is that organisation in every article.

Split so that no step holds the corpus's findings at once:
- map, `name_summary(text, found)`: what one article tells the corpus (its
  confident names, the acronyms it defines, its lower-case words); small;
- reduce, `CorpusNames.add(summary)` for each article, then
  `CorpusNames.finish()`: the corpus's names and acronyms (`CarriedNames`);
- apply, `carry_names(text, zones, found, carried)`: one article's findings
  with the corpus's names added where they occur.
`propagate` runs the three over a list (tests, small folders). Linear in the
corpus: each article's words are looked up in one dictionary of names (at
most `_WIDEST` words from each capitalised word), never each name searched in
each article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from loaders.extract.cues import LEGAL_FORMS, SPEECH_VERBS
from loaders.extract.entities.acronyms import acronyms_as_names
from loaders.extract.entities.guards import lower_case_words
from loaders.extract.entities.state import NOT_NAMES
from loaders.extract.gazetteer import demonyms
from loaders.extract.types import ORGANISATION, PERSON, EntityFindings, Mention, RoleFound
from loaders.spans import Span
from loaders.vocab import words

CONFIDENT = 0.85  # mentions at least this sure name their entity for the whole corpus
_WIDEST = 8  # words: no propagated name is longer
_WORD_RE = re.compile(r"[\w’'&.-]+")
_RULE = "name found in another article"
_ACRONYM_RULE = "acronym of a name in another article"
_SHORT_FORM_RULE = "short form of an organisation named in full"
_PROPAGATED = {ORGANISATION, PERSON}
# Words after a company's name that still name that company ("Kestrel Motors Group", "... Holdings").
_SAME_COMPANY_ENDINGS = frozenset({"Group", "Holdings", "Holding", "International", "Global", "Worldwide"}) | LEGAL_FORMS


def _key(name: str) -> str:
    """ "Harlow and Finch" and "Harlow & Finch" are one name."""
    return " ".join(name.casefold().replace(" and ", " & ").split())


def _confident_kinds(found: EntityFindings) -> dict[str, set[str]]:
    """name -> kinds, for names found confidently in one article: organisations, and people named in full.
    A name of demonyms only ("Norwegian", left of "Norwegian Company" in a headline) names no one body:
    other articles write it of their people, laws and firms ("the Norwegian Securities Trading Act")."""
    kinds: dict[str, set[str]] = {}
    for mention in found.mentions:
        if mention.kind not in _PROPAGATED or mention.rule == "byline" or mention.confidence < CONFIDENT:
            continue
        if _demonyms_only(mention.name) or mention.name.casefold().rstrip(".") in _LEGAL_FORM_WORDS:
            continue
        if mention.kind == ORGANISATION or " " in mention.name:
            kinds.setdefault(mention.name, set()).add(mention.kind)
    return kinds


# A legal form's letters ("SDN", an acronym one filing defines, and the "Sdn" of Malaysia's "Sdn Bhd"): carried to
# other articles they would make a company of every "X SDN BHD" there.
_LEGAL_FORM_WORDS = frozenset(form.casefold().rstrip(".") for form in LEGAL_FORMS)


def _demonyms_only(name: str) -> bool:
    """ "Norwegian", "Swiss German": nationalities, no name of their own."""
    words = name.split()
    return bool(words) and all(word in demonyms() for word in words)


def _confident_names(kinds: dict[str, set[str]], lower_case: set[str]) -> dict[str, tuple[str, str]]:
    """name -> (kind, name) for the names of `kinds` found as one kind only. A one-word name the corpus
    also writes in lower case ("Business") is an ordinary word: not carried. A name found as a person in
    one article and an organisation in another is left as each article has it."""
    return {
        name: (next(iter(found)), name)
        for name, found in kinds.items()
        if len(found) == 1 and not (" " not in name and name.lower() in lower_case)
    }


@dataclass
class NameSummary:
    """The map's result for one article: what it tells the rest of the corpus about names."""

    confident: dict[str, set[str]]  # name -> kinds it was found as, with confidence
    acronyms: dict[str, set[str]]  # acronym as written -> the names the article defines it as
    lower_case: set[str]  # every lower-case word of its text


# A capitalised word right before an acronym, no determiner: the acronym ends a longer name there ("Orvane
# Esporte Clube SAF", a Brazilian club's legal form), not the acronym another article defines ("SAF" for a company).
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|This|That|Its|Their|Our)\b)[A-Z][\w’'-]*[^\S\n]$")


_CAPITALISED_WORD_RE = re.compile(r"(?<![\w’'-])[A-Z][\w’'&-]*")

# An acronym another article defines heads its phrase here, as a body's name does: no determiner or possessive
# before it ("the SAF law", "its OD programme": a modifier or a common noun there), and a reporting or answering
# verb, a possessive or the clause's end after it ("HV declined to comment", "HV's auditors", "said HV."), not a
# capitalised word ("HM Treasury": a longer name) or a noun ("HR staff", "SP shares": a modifier).
_AFTER_A_DETERMINER_RE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Yy]our)[^\S\n]$")
_HEAD_VERBS = "|".join(
    [SPEECH_VERBS]
    + [re.escape(verb) for verb in words("quotes", "attribution_verbs")]
    + [re.escape(verb).replace("\\ ", r"\s+") for verb in words("speech", "response_verbs")]
)
_HEADS_ITS_PHRASE_RE = re.compile(rf"(?:[ \t]*(?:[,.;:!?)]|$)|['’]s\b|[ \t]+(?:{_HEAD_VERBS})\b)")
# the agencies' letters ("AP", "PA", "EPA") name the wire on a page that never prints the name they stand for elsewhere
_AGENCIES = frozenset(words("furniture", "agencies"))


def _heads_its_phrase(text: str, start: int, end: int) -> bool:
    return _AFTER_A_DETERMINER_RE.search(text, max(0, start - 6), start) is None and bool(_HEADS_ITS_PHRASE_RE.match(text, end))


def _carried_here(text: str, start: int, end: int, acronym: str, unprinted: Container[str]) -> bool:
    """One rule for an acronym another article defines: it names that body here where this article prints the
    name's first word too (the story's other articles), or where it heads its phrase as a name does."""
    if _ends_a_longer_name(text, start):
        return False
    if acronym not in unprinted:
        return True
    return acronym not in _AGENCIES and _heads_its_phrase(text, start, end)


def _ends_a_longer_name(text: str, start: int) -> bool:
    """A name's word right before the acronym ends a longer name there: not a word that is never a name
    ("Meanwhile KMG said", "On Monday KMG said"), nor a capital that opens its sentence."""
    found = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 40), start)
    if found is None or found.group(0).strip().rstrip(".,’'") in NOT_NAMES:
        return False
    before = text[max(0, found.start() - 4) : found.start()].rstrip(' \t"“‘(')
    return bool(before) and before[-1] not in ".!?:;\n"


def name_summary(text: str, found: EntityFindings) -> NameSummary:
    """Map: one article's confident names, the acronyms it defines and its lower-case words."""
    acronyms: dict[str, set[str]] = {}
    for mention in found.mentions:
        if mention.kind == ORGANISATION and mention.rule == "acronym of a name in the article":
            acronyms.setdefault(mention.span.of(text), set()).add(mention.name)
    # (the entity stage's reading of the same words, by the same pattern: the page is not read again for them)
    return NameSummary(_confident_kinds(found), acronyms, set(lower_case_words(text)))


@dataclass(frozen=True)
class CarriedNames:
    """The reduce's result: what every article is given (by `carry_names`)."""

    names: dict[str, tuple[str, str]]  # name as written -> (kind, name)
    acronyms: dict[str, str]  # acronym as written -> the one name the corpus defines it as
    # The words the names and acronyms open with, each with the most words a name opening with it has
    # (`opening_words`), made once for the corpus, not per article; None where the names are looked up one
    # by one, not listed (`add` reads them from the database).
    openings: Mapping[str, int] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.openings is None and isinstance(self.names, dict) and isinstance(self.acronyms, dict):
            object.__setattr__(self, "openings", opening_words(self.names, self.acronyms))


@dataclass
class CorpusNames:
    """Reduce: the articles' summaries merged, in any order (sets and dicts of sets: the
    result does not depend on it); `finish` gives the names carried to every article."""

    confident: dict[str, set[str]] = field(default_factory=dict)
    acronyms: dict[str, set[str]] = field(default_factory=dict)
    lower_case: set[str] = field(default_factory=set)

    def add(self, summary: NameSummary) -> None:
        for name, kinds in summary.confident.items():
            self.confident.setdefault(name, set()).update(kinds)
        for acronym, names in summary.acronyms.items():
            self.acronyms.setdefault(acronym, set()).update(names)
        self.lower_case |= summary.lower_case

    def finish(self) -> CarriedNames:
        defined = {acronym: next(iter(names)) for acronym, names in self.acronyms.items() if len(names) == 1}
        return CarriedNames(_confident_names(self.confident, self.lower_case), defined)


def opening_words(*surfaces: Iterable[str]) -> dict[str, int]:
    """The first word (as `_WORD_RE` reads it) of each name as written: a run of the text can be a name
    only if its first word is one of these (a one-word name may stand before a stop: "Kestrel."); each
    with the most words (`_WORD_RE`'s) of a name it opens, the widest run worth looking up from it."""
    widths: dict[str, int] = {}
    for names in surfaces:
        for name in names:
            if match := _WORD_RE.match(name):
                widths[match.group(0)] = max(widths.get(match.group(0), 0), len(_WORD_RE.findall(name)))
    return widths


def carry_names(text: str, zones: list[Span], found: EntityFindings, carried: CarriedNames) -> EntityFindings:
    """Apply: the article's findings with the corpus's confident names and acronyms added where they occur
    in `zones` (and the surnames of people it names in full)."""
    return _propagate_one(text, zones, found, carried.names, carried.acronyms, openings=carried.openings)


def propagate(articles: list[tuple[str, list[Span], EntityFindings]]) -> list[EntityFindings]:
    """Each article's findings, with the corpus's confident names and acronyms added where they occur:
    map, reduce and apply over a list held in memory.

    articles: (text, zones read, findings) per article, in build order."""
    corpus = CorpusNames()
    for text, _, found in articles:
        corpus.add(name_summary(text, found))
    carried = corpus.finish()
    return [carry_names(text, zones, found, carried) for text, zones, found in articles]


def names_found_again(text: str, zones: list[Span], found: EntityFindings) -> EntityFindings:
    """The article's own confident names where they stand in `zones` (a Title Case headline)."""
    names = _confident_names(_confident_kinds(found), set())
    return _propagate_one(
        text, zones, found, names, {}, rule="name found elsewhere in the article", surnames=False, openings=opening_words(names)
    )


class _AcronymsHere(Mapping[str, str]):
    """The corpus's acronyms as one article reads them: an acronym -> the name it stands for, written as the
    article writes that organisation's name where it names it ("Harlow & Finch" for "Harlow and Finch");
    `unprinted`, the acronyms whose name's first word the article does not print. Each worked out when the
    article's text meets the acronym, not the corpus's whole list remade for every article."""

    def __init__(self, acronyms: Mapping[str, str], local: dict[str, str], printed: frozenset[str]):
        self.acronyms, self.local, self.printed = acronyms, local, printed
        self.unprinted = _Unprinted(self)

    def __getitem__(self, acronym: str) -> str:
        name = self.acronyms[acronym]
        return self.local.get(_key(name), name)

    def __contains__(self, acronym: object) -> bool:
        return acronym in self.acronyms

    def __iter__(self) -> Iterator[str]:
        return iter(self.acronyms)

    def __len__(self) -> int:
        return len(self.acronyms)


class _Unprinted(Container[str]):
    """The acronyms (of `_AcronymsHere`) whose name's first word the article does not print."""

    def __init__(self, acronyms: _AcronymsHere):
        self.acronyms = acronyms

    def __contains__(self, acronym: object) -> bool:
        return (
            isinstance(acronym, str)
            and acronym in self.acronyms
            and self.acronyms[acronym].split()[0] not in self.acronyms.printed
        )


def _propagate_one(
    text: str,
    zones: list[Span],
    found: EntityFindings,
    names: dict[str, tuple[str, str]],
    acronyms: dict[str, str],
    rule: str = _RULE,
    surnames: bool = True,
    openings: Mapping[str, int] | None = None,
) -> EntityFindings:
    """`openings`: the words the names open with, each with the most words of a name it opens (None:
    every capitalised word may open one, of up to `_WIDEST` words)."""
    local = {_key(m.name): m.name for m in found.mentions if m.kind == ORGANISATION}
    # An acronym another article defines names that body here where _carried_here says so ("the SAF law" elsewhere
    # is no company defined as "SAF"; "HV declined to comment" is).
    printed = frozenset(_CAPITALISED_WORD_RE.findall(text))
    here = _AcronymsHere(acronyms, local, printed)
    unprinted = here.unprinted
    mentions = []
    for mention in found.mentions:
        surface = mention.span.of(text)
        # "KMG" found as an organisation of its own here, defined as "Kestrel Motors Group" elsewhere.
        if (
            mention.kind == ORGANISATION
            and mention.name == surface
            and surface in here
            and mention.confidence < 1.0
            and _carried_here(text, mention.span.start, mention.span.end, surface, unprinted)
        ):
            mention = replace(mention, name=here[surface], rule=_ACRONYM_RULE)
        mentions.append(mention)
    taken = bytearray(len(text) + 1)
    for mention in mentions:
        taken[mention.span.start : mention.span.end] = b"\x01" * (mention.span.end - mention.span.start)
    added = []
    for zone in zones:
        words = list(_WORD_RE.finditer(text, zone.start, zone.end))
        # A word of stops and apostrophes only ("."): the trimming below takes it off a run's end whole
        trimmed_away = [not word.group(0).strip(".’'") for word in words]
        index = 0
        while index < len(words):
            first = words[index]
            opening = first.group(0)
            # No name opens with this word (as the text prints it, or with a stop after a one-word name).
            if not opening[:1].isupper() or (
                openings is not None and opening not in openings and opening.rstrip(".,’'") not in openings
            ):
                index += 1
                continue
            # A run whose last word stays after the trimming has one word of its own per word of the text, so
            # it is no name opening here when longer than the longest of them (the same runs match, fewer tried).
            widest = _WIDEST if openings is None else max(openings.get(opening, 0), openings.get(opening.rstrip(".,’'"), 0))
            match = None
            for last in range(min(len(words), index + _WIDEST) - 1, index - 1, -1):
                if last - index >= widest and not trimmed_away[last]:
                    continue
                start, end = first.start(), words[last].end()
                while end > start and text[end - 1] in ".,’'":
                    end -= 1
                surface = text[start:end]
                if (
                    (surface in names or (surface in here and _carried_here(text, start, end, surface, unprinted)))
                    and not any(taken[start:end])
                    and _bounded(text, start, end)
                ):
                    match = (last, start, end, surface)
                    break
            if not match:
                index += 1
                continue
            last, start, end, surface = match
            if surface in names:
                kind, name = names[surface]
                added.append(Mention(kind, name, Span(start, end), rule, 0.8))
            else:
                added.append(Mention(ORGANISATION, here[surface], Span(start, end), _ACRONYM_RULE, 0.8))
            taken[start:end] = b"\x01" * (end - start)
            index = last + 1
    if surnames:
        added += _surnames(text, zones, [*mentions, *added], taken)
    mentions, added, roles, makers = _short_forms_joined(mentions, added, found)
    mentions, added = _acronyms_named(mentions, added)
    if not added and mentions == found.mentions:
        return found
    return replace(found, mentions=sorted(mentions + added, key=lambda m: (m.span, m.kind)), roles=roles, makers=makers)


def _short_forms_joined(
    mentions: list[Mention], added: list[Mention], found: EntityFindings
) -> tuple[list[Mention], list[Mention], list[RoleFound], dict[str, str]]:
    """An organisation the article also names by its short form ("Harlow Bay", from "Harlow Bay's shares")
    beside its full name ("Harlow Bay Mining", found here or by the corpus): one organisation, the full name.
    Only where the short form's words lead exactly one full name found in the article. The short form may
    be the article's own or carried from another article ("Pilbrook", confident elsewhere)."""
    longer: dict[str, set[str]] = {}
    for mention in [*mentions, *added]:
        if mention.kind == ORGANISATION:
            words = mention.name.split()
            for size in range(1, len(words)):
                longer.setdefault(" ".join(words[:size]), set()).add(mention.name)
    renamed = {
        m.name: next(iter(longer[m.name]))
        for m in [*mentions, *added]
        if m.kind == ORGANISATION and len(longer.get(m.name, ())) == 1 and not _another_body(m.name, next(iter(longer[m.name])))
    }
    if not renamed:
        return mentions, added, found.roles, found.makers

    def joined(group: list[Mention]) -> list[Mention]:
        return [
            replace(m, name=renamed[m.name], rule=_SHORT_FORM_RULE) if m.kind == ORGANISATION and m.name in renamed else m
            for m in group
        ]

    roles = [replace(r, organisation=renamed.get(r.organisation, r.organisation)) if r.organisation else r for r in found.roles]
    makers = {product: renamed.get(maker, maker) for product, maker in found.makers.items()}
    return joined(mentions), joined(added), roles, makers


def _acronyms_named(mentions: list[Mention], added: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Acronyms the article spells out as one organisation's name ("FDA": "Food and Drug Administration")."""
    both = acronyms_as_names([*mentions, *added])
    return both[: len(mentions)], both[len(mentions) :]


def _another_body(short: str, full: str) -> bool:
    """ "Redmoor Rovers" beside "Redmoor Rovers Supporters' Trust": a name complete with its own
    organisation word, inside a longer one ending in another ("Trust", "Union", "Foundation"),
    names two bodies; "Kestrel Motors" in "Kestrel Motors Group" (a group or a legal form) one."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads this module's vocabulary

    last = full.split()[-1]
    return short.split()[-1] in ORGANISATION_WORDS and last in ORGANISATION_WORDS and last not in _SAME_COMPANY_ENDINGS


@functools.lru_cache(maxsize=1024)
def _words_starting(firsts: str) -> re.Pattern[str]:
    """The words (`_WORD_RE`'s) that begin with one of the characters `firsts`, each found whole (a
    word's first character is one with no word character before it)."""
    return re.compile(r"(?<![\w’'&.-])(?=[" + "".join(re.escape(first) for first in firsts) + r"])[\w’'&.-]+")


def _zone_words_starting(text: str, zone: Span, firsts: str) -> Iterator[re.Match[str]]:
    """What `_WORD_RE` finds in the zone, of the words beginning with one of the characters `firsts`:
    only these are tried, found in C, where each word of the zone was looked at in Python. A zone that
    opens inside a word (a word character before it) opens with a word of its own, which the pattern's
    look-behind cannot see: taken apart."""
    position = zone.start
    if 0 < zone.start < zone.end and _WORD_RE.match(text, zone.start - 1, zone.start):
        first = _WORD_RE.match(text, zone.start, zone.end)
        if first is not None:
            if text[zone.start] in firsts:
                yield first
            position = first.end()
    yield from _words_starting(firsts).finditer(text, position, zone.end)


def _surnames(text: str, zones: list[Span], mentions: list[Mention], taken: bytearray) -> list[Mention]:
    """A surname alone ("Castellane said") of a person the article names in full, now that the
    corpus has named them: found only where the surname is one person's and the text is free."""
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind == PERSON and mention.rule != "byline" and " " in mention.name:
            owners.setdefault(mention.name.split()[-1], set()).add(mention.name)
    surnames = {surname: next(iter(names)) for surname, names in owners.items() if len(names) == 1 and len(surname) > 2}
    if not surnames:
        return []
    found = []
    firsts = "".join(sorted({surname[0] for surname in surnames}))
    for zone in zones:
        for word in _zone_words_starting(text, zone, firsts):
            start, end = word.start(), word.end()
            if text[end - 2 : end] in ("’s", "'s"):
                end -= 2  # "Castellane's"
            while end > start and text[end - 1] in ".,’'":
                end -= 1
            if text[start:end] not in surnames or any(taken[start:end]):
                continue
            found.append(
                Mention(PERSON, surnames[text[start:end]], Span(start, end), "surname of a person named in the article", 0.8)
            )
            taken[start:end] = b"\x01" * (end - start)
    return found


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
