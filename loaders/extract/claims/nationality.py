"""What "the Dutch group" stands for: the one organisation of the article that the article gives
that nationality. An organisation's nationality is read from the words about it (an adjective of
nationality before its name, "the Dutch dairy giant Zuiderveld Zuivel"; its country's possessive,
"South Korea's Daeyang"; "of" and its place after it, "Rimal Holding of Abu Dhabi") or its name
("Rimal Cement Kenya"). Each such phrase becomes a mention of that organisation where it stands,
so that a figure beside it is that organisation's ("The Dutch group had revenue of €4.1bn, against
Ballykeel's €612m"). Every search is a bounded look around a mention or one pass over the text."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from loaders.data import iso
from loaders.extract.claims.context import is_public_body
from loaders.extract.claims.countries import _country_of, _division_countries
from loaders.extract.gazetteer import demonyms
from loaders.extract.types import Mention
from loaders.spans import Span
from loaders.vocab import load, words

_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Latin", "Western", "Eastern", "Southern", "Northern"})
_NOUNS = "|".join(sorted((re.escape(w) for w in words("pronouns", "nationality_nouns")), key=len, reverse=True))
# "the Dutch group", "the South Korean shipbuilder", "the Kenyan cement unit" (a name right after it is
# described, not stood for: "the Dutch dairy giant Zuiderveld Zuivel")
# Or its home's name, a town, region or country, before "-based" or "-region" ("the Arusha-region packer",
# "the Salina-based miller"): the organisation of that place's country.
REFERENT_RE = re.compile(
    r"\b[Tt]he\s+(?:(?:(?:North|South|East|West)\s+)?(?P<demonym>[A-Z][a-z]+)"
    r"|(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)-(?:based|region|area|headquartered|listed))"
    rf"\s+(?:[a-z][\w-]*\s+)?(?:{_NOUNS})\b(?!\s+[A-Z])(?!['’]s\s+[A-Z])"
)
# The adjective, then up to three words describing the organisation ("dairy giant", "heat pump maker"),
# none a verb's or a joining word ("The Kenyan regulator also penalised Tsavo": the regulator's).
_DESCRIBING = r"(?!(?:also|and|or|but|to|by|with|of|for|from|on|in|at|as|that|which|who|has|had|have|was|were|is|are|will|would|said|says)\s)[a-z][\w-]*(?<!ed)(?<!ly)"
# (a participle among them only before another describing word: "the Tajik dried apricot processor X"; "The
# Kenyan regulator penalised X" is no Kenyan X)
_PARTICIPLE_DESCRIBING = rf"[a-z][\w-]*ed(?=\s+{_DESCRIBING}\s)"
_DEMONYM_BEFORE_RE = re.compile(rf"\b(?P<demonym>[A-Z][a-z]+)\s+(?:(?:{_DESCRIBING}|{_PARTICIPLE_DESCRIBING})\s+){{0,3}}$")
_PLACE_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s\s+$")
_PLACE_AFTER_RE = re.compile(r"\s+of\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\b")
# A describing phrase after the name that says where it is ("Tolka Sugar, the cane miller based in
# Ravensford", "Banco Ixtal, a lender in Zunil, Guatemala"): up to six describing words after its article (no
# joining word but "and", nor verb: "the tea group with estates in Kenya" says where its estates are), then the
# place ("the coffee roaster and exporter based in Zunil").
_LEGAL_FORM_AFTER = rf"(?:,?\s+(?:{'|'.join(re.escape(form) for form in sorted(words('organisations', 'legal_forms'), key=len, reverse=True))})(?![\w.]))?"
_APPOSITIVE_PLACE_RE = re.compile(
    _LEGAL_FORM_AFTER
    + rf",\s+(?:a|an|the)\s+(?P<describing>(?:(?:[A-Z][\w'’-]*|and|or|{_DESCRIBING})\s+){{0,6}}?)"
    + r"(?:(?:based|headquartered)\s+in|in|of|from|near)\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
)
# "Rila Herbs, a Bulgarian maker of herbal teas": a people's adjective opening the describing
# phrase right after the name (up to two describing words before it: "a family-owned Bulgarian distiller")
_APPOSITIVE_DEMONYM_RE = re.compile(
    _LEGAL_FORM_AFTER + rf",\s+(?:a|an|the)\s+(?:{_DESCRIBING}\s+){{0,2}}?(?P<demonym>[A-Z][a-z]+)\s+[a-z]"
)
# "the Ravensford-based sugar group" right after the name, or "Zunil-based" before it
_BASED_AFTER_RE = re.compile(_LEGAL_FORM_AFTER + r",\s+(?:a|an|the)\s+(?P<place>[A-Z][\w]+(?:\s[A-Z][\w]+)?)-based\b")
_BASED_BEFORE_RE = re.compile(r"\b(?P<place>[A-Z][\w]+(?:\s[A-Z][\w]+)?)-based\s+(?:[a-z][\w-]*\s+){0,3}$")
# A capitalised word right before a country's name, other than one opening a phrase: the name is a longer one's
_NAME_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w'’-]*\s+$")
REACH = 60  # characters before a name in which its adjective or its country's possessive may stand


@functools.cache
def _demonyms() -> frozenset[str]:
    return (frozenset(demonyms()) | frozenset(load("pronouns").get("irregular_demonyms") or {})) - _COMPASS


@functools.cache
def _irregular() -> dict[str, frozenset[str]]:
    """Place name -> the irregular adjectives that name it ("Netherlands" -> Dutch)."""
    out: dict[str, set[str]] = {}
    for demonym, places in (load("pronouns").get("irregular_demonyms") or {}).items():
        for place in places:
            out.setdefault(place, set()).add(demonym)
    return {place: frozenset(found) for place, found in out.items()}


@functools.cache
def _country_names() -> dict[str, tuple[str, ...]]:
    return {code: tuple(n for n in (name, common) if n) for code, name, common in iso.countries()}


@functools.cache
def demonyms_of(place: str) -> frozenset[str]:
    """The adjectives of nationality a place names: its own ("Korea": Korean, spelled from it) and its
    country's where it is a city or region ("Abu Dhabi": Emirati)."""
    names = {place}
    code = _country_of(place)
    if code:
        names.update(_country_names().get(code, ()))
    found: set[str] = set()
    for name in names:
        found |= _irregular().get(name, frozenset())
        for word in re.findall(r"[A-Z][a-z]{3,}", name):
            stem = word[:-1] if len(word) >= 5 else word
            found |= {d for d in _demonyms() if d.startswith(word) or (len(stem) >= 4 and d.startswith(stem))}
    return frozenset(found)


def _nationalities(text: str, organisations: list[Mention]) -> dict[str, set[str]]:
    """Organisation name -> the adjectives of nationality the article gives it."""
    out: dict[str, set[str]] = {}
    for mention in organisations:
        found = out.setdefault(mention.name, set())
        window = max(0, mention.span.start - REACH)
        if before := _DEMONYM_BEFORE_RE.search(text, window, mention.span.start):
            # (or its country's name: "the Barbados distiller X" is Barbadian; not the last word of a longer
            # name, "the New Mexico utility X", nor a name a state or province bears too, "the Georgia utility X")
            demonym = before.group("demonym")
            found |= {demonym} & _demonyms() or (
                _country_adjectives(demonym)
                if not _NAME_WORD_BEFORE_RE.search(text, max(0, before.start("demonym") - 30), before.start("demonym"))
                and demonym not in _division_countries()
                else frozenset()
            )
        if possessive := _PLACE_POSSESSIVE_BEFORE_RE.search(text, window, mention.span.start):
            found |= demonyms_of(possessive.group("place"))
        if after := _PLACE_AFTER_RE.match(text, mention.span.end):
            found |= demonyms_of(after.group("place"))
        limit = min(len(text), mention.span.end + 2 * REACH)
        for pattern in (_APPOSITIVE_PLACE_RE, _BASED_AFTER_RE):
            # (an adjective of nationality in the phrase says it: "the British grower in Kenya")
            if (
                (described := pattern.match(text, mention.span.end, limit))
                and ". " not in described.group(0)
                and not set((described.groupdict().get("describing") or "").split()) & _demonyms()
            ):
                found |= demonyms_of(described.group("place"))
        if (described := _APPOSITIVE_DEMONYM_RE.match(text, mention.span.end, limit)) and described.group(
            "demonym"
        ) in _demonyms():
            found.add(described.group("demonym"))
        if based := _BASED_BEFORE_RE.search(text, window, mention.span.start):
            found |= demonyms_of(based.group("place"))
        for word in mention.name.split()[1:]:  # "Rimal Cement Kenya": a country in the name, after its first word
            if iso.lookup_country(word):
                found |= demonyms_of(word)
    return out


def nationality_mentions(text: str, organisations: list[Mention], parties: dict[str, str] | None = None) -> list[Mention]:
    """A mention of the organisation each "the <nationality> <noun>" stands for, where the article gives
    exactly one organisation that nationality (none where it gives none, or several). A public body
    ("Central Bank of Lesotho") is no company the phrase stands for. Where the article gives none that
    nationality, the deal's other party stands for it when one of its two parties (`parties`: buyer and
    target) is given another nationality and the other none: "the Swazi packer" is not the buyer the
    article calls Mozambican."""
    if not organisations or "he " not in text:
        return []
    owners_of: dict[str, list[str]] | None = None  # adjective -> the organisations given it
    taken = sorted(m.span for m in organisations)
    taken_starts = [span.start for span in taken]
    out = []
    for found in REFERENT_RE.finditer(text):
        demonym = found.group("demonym")
        if demonym is None:
            # "the Arusha-region packer": the adjectives of its place's country
            demonym = found.group("place")
            adjectives = demonyms_of(demonym)
        else:
            # "the Eswatini packer", "the Vanuatu exporter": a country's name stands for its adjectives
            adjectives = frozenset({demonym}) if demonym in _demonyms() else _country_adjectives(demonym)
        if not adjectives:
            continue
        if owners_of is None:
            owners_of = {}
            for name, given in _nationalities(text, organisations).items():
                for adjective in given:
                    owners_of.setdefault(adjective, []).append(name)
        owners = sorted({name for adjective in adjectives for name in owners_of.get(adjective, []) if not is_public_body(name)})
        if not owners and parties and _may_be_a_party(text, found, demonym, adjectives):
            owners = sorted({name for adjective in adjectives for name in _other_party(adjective, parties, owners_of)})
        if len(owners) > 1 and parties and len(in_deal := [name for name in owners if name in parties.values()]) == 1:
            owners = in_deal  # "the Chilean company" in a deal story: the deal's Chilean party, not another Chilean name
        if found.group("place") is not None:
            # "the Arusha-region packer": a deal's party of that place's country only (a home's country is every
            # body's named after it: "the Vadodara-based company" is no "Securities and Exchange Board of India")
            owners = [name for name in owners if parties and name in parties.values()]
        span = Span(found.start(), found.end())
        # a name inside the phrase ("the Dutch group Zuiderveld" is excluded above; "the Kestrel Korean unit" here)
        near = bisect_left(taken_starts, span.end)
        if len(owners) == 1 and not (near > 0 and taken[near - 1].end > span.start):
            out.append(Mention("organisation", owners[0], span, "nationality referent", 1.0))
    return out


_OTHERS_NOUN_RE = re.compile(rf"\s(?:{'|'.join(re.escape(w) for w in words('pronouns', 'nationality_nouns_of_others'))})$")
# a restrictive clause picking one out among others ("the Ugandan miller that lost the auction")
_PICKED_OUT_AFTER_RE = re.compile(r"\s+(?:that|which|who|whose)\b")


def _may_be_a_party(text: str, found: re.Match[str], demonym: str, adjectives: frozenset[str]) -> bool:
    """Whether "the <nationality> <noun>" may stand for the deal's other party by elimination: not where
    its noun names another actor ("the Chinese rival"), a clause after it picks it out among others ("the
    Ugandan miller that lost the auction"), or a country's name stands for an adjective spelled from it
    ("the China business" is a unit's or a plant's; "the Eswatini packer" may be the Swazi party)."""
    if _OTHERS_NOUN_RE.search(found.group(0)) or _PICKED_OUT_AFTER_RE.match(text, found.end()):
        return False
    return demonym in adjectives or not any(adjective.startswith(demonym[:4]) for adjective in adjectives)


def _country_adjectives(word: str) -> frozenset[str]:
    """The adjectives of the country a one-word name names ("Eswatini": Swazi), none for another word."""
    return demonyms_of(word) if len(word) > 3 and iso.lookup_country(word) else frozenset()  # no "Can", a code


def _other_party(demonym: str, parties: dict[str, str], owners_of: dict[str, list[str]]) -> list[str]:
    """The deal's party given no nationality, where the other is given one that is not `demonym`."""
    buyer, target = parties.get("buyer"), parties.get("target")
    if not buyer or not target or buyer == target:
        return []
    given = {name: {adjective for adjective, names in owners_of.items() if name in names} for name in (buyer, target)}
    for one, other in ((buyer, target), (target, buyer)):
        if given[one] and demonym not in given[one] and not given[other]:
            return [other]
    return []
