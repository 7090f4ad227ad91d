"""A deal's parties in one article: the buyer, the seller and the target, read from the sentence that
names the deal ("Kestrel has agreed to buy 49% of Brava from Tallow"), so that "the seller is a developer whose ..." and "control of a producer with ..." give
their figures to the party they describe. Each sentence is read once, with patterns that look a
bounded way from an organisation's mention: linear in the article's length."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from loaders.extract.claims.countries import is_town
from loaders.extract.claims.lands import land_of_people
from loaders.extract.gazetteer import demonyms
from loaders.extract.types import Mention
from loaders.spans import Span
from loaders.vocab import load, words

_PARTIES = load("claim_cues")["deal_parties"]
_BUYING = "|".join(re.escape(w) for w in sorted(_PARTIES["buying"], key=len, reverse=True))
_SELLING = "|".join(re.escape(w) for w in sorted(_PARTIES["selling"], key=len, reverse=True))
_CONTROL = "|".join(re.escape(w) for w in sorted(_PARTIES["control"], key=len, reverse=True))
_GAINING = "|".join(re.escape(w) for w in sorted(_PARTIES["gaining"], key=len, reverse=True))
_BOUGHT_BY = "|".join(re.escape(w) for w in sorted(_PARTIES["bought_by"], key=len, reverse=True))
_PAYING = "|".join(re.escape(w) for w in sorted(_PARTIES["paying"], key=len, reverse=True))
_PAID_FOR = "|".join(re.escape(w) for w in sorted(_PARTIES["paid_for"], key=len, reverse=True))
# "pays $5m for 40% of", "is paying $9m for Brava", "will pay $4m for a stake in": paying is buying
# only for a stake or a name (within 60 characters of the verb, in its clause; the next organisation
# named is where the match may end: "for" right before it)
_PAYING_FOR = (
    rf"(?:{_PAYING})\b(?=[^.;\n]{{1,60}}?\bfor\s+(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)"
    rf"|(?:a|an|the|its|their)\s+(?:[\w%-]+\s+){{0,2}}?(?:{_PAID_FOR})\b|(?!The\b)[A-Z]|\Z))"
)
# "will take a 51% stake in", "takes a majority stake in": taking a stake is buying (its part or kind between)
_TAKING = "|".join(re.escape(w) for w in sorted(_PARTIES["taking"], key=len, reverse=True))
_STAKES = "|".join(re.escape(w) for w in sorted(_PARTIES["stakes"], key=len, reverse=True))
_STAKE_KINDS = "|".join(re.escape(w) for w in sorted(_PARTIES["stake_kinds"], key=len, reverse=True))
_STAKES_WITH_A_PART = "|".join(re.escape(w) for w in sorted(_PARTIES["stakes_with_a_part"], key=len, reverse=True))
_STAKE_PART = r"\d[\d.,]*\s?(?:-\s?)?(?:%|per\s?cent|percent)\s+"
_TAKING_A_STAKE = (
    rf"(?:{_TAKING})\b(?=\s+(?:a|an)\s+(?:(?:{_STAKE_PART})?(?:(?:{_STAKE_KINDS})\s+)?(?:{_STAKES})"
    rf"|(?:{_STAKE_PART}(?:(?:{_STAKE_KINDS})\s+)?|(?:{_STAKE_KINDS})\s+)(?:{_STAKES_WITH_A_PART}))\s+in\b)"
)
_ROLE_OF = {word: role for role, listed in _PARTIES["roles"].items() for word in listed}
_DESCRIPTIONS = "|".join(
    re.escape(w)
    for w in sorted({*words("pronouns", "organisation_descriptions"), *_PARTIES["descriptions"]}, key=lambda w: (-len(w), w))
)
_LEGAL_FORMS = "|".join(re.escape(w) for w in sorted(words("organisations", "legal_forms"), key=len, reverse=True))
# "has", "will", a filing's "shall", "is set": what may stand between a party's name and its verb (claim_cues.yml)
_AUXILIARIES = "|".join(re.escape(w) for w in sorted(_PARTIES["auxiliaries"], key=len, reverse=True))
# "it is buying 40 % of Ostra Foods": a verb of buying, then a part of the organisation named next ("75 percent of
# the shares of the Tessby bottler Ostra": of its shares or capital too)
_BUYING_PART_OF_RE = re.compile(
    rf"\b(?:{_BUYING})\s+(?:(?:a|an)\s+)?\d[\d.,]*\s?(?:-\s?)?(?:%|per\s?cent|percent)\s+"
    rf"(?:(?:stake|share|holding)\s+)?(?:of|in)\s+(?:the\s+)?"
    rf"(?:(?:shares|share\s+capital|capital|equity)\s+(?:of|in)\s+(?:the\s+)?)?(?:[\w-]+\s+){{0,4}}?$"
)
# What may stand between a party's name and its verb: an apposition in commas, its kind ("Kestrel
# co-operative"), "of" or "from" and a place, an auxiliary and an adverb ("is at the same time buying"), "agreed" and
# when ("agreed on 25 November to"); a legal form of two parts ("Co., Ltd.");
# after a short form defined in brackets ("Kestrel Foods Limited (KFL), a ... group, will buy"), its bracket's close.
_BEFORE_VERB = (
    rf"(?:[”\"’']?\)|[”\"’'](?=\s+(?:{_LEGAL_FORMS})\b))?"
    rf"(?:,?\s+(?:{_LEGAL_FORMS}|[a-z]{{1,3}}\.(?:[a-z]{{1,3}}\.){{1,2}})){{0,2}}(?:\s*\([^()\n]{{1,30}}\))?(?:,[^,.;\n]{{1,80}},)?(?:\s+(?:{_DESCRIPTIONS}))?"
    r"(?:\s+(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    rf",?\s+(?:(?:{_AUXILIARIES})\s+)?"
    r"(?:(?:also|now|meanwhile|at\s+the\s+same\s+time)\s+)?"
    r"(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?\s+)?"
    r"(?:(?:to|agreed to)\s+)?"
)
BUYER_AFTER_RE = re.compile(rf"{_BEFORE_VERB}(?:(?:{_BUYING})\b|{_PAYING_FOR}|{_TAKING_A_STAKE})")
# "Ostra will be owned by the Danish group Kestrel": the target, then its buyer
TARGET_AFTER_RE = re.compile(rf"{_BEFORE_VERB}(?:be\s+|being\s+|been\s+)?(?:{_BOUGHT_BY})\b")
SELLER_AFTER_RE = re.compile(rf"{_BEFORE_VERB}(?:{_SELLING})\b")
# A deal's financing after its parties ("financed by", "with the help of"): no party after it
FINANCING_RE = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(_PARTIES['financing'], key=len, reverse=True)))})\b")
FROM_RE = re.compile(r"\bfrom\b")
TO_RE = re.compile(r"\bto\b")
# "the buyer is a group with", "The seller, a developer whose": the role word, then (after "is"/a comma) a description.
ROLE_RE = re.compile(
    rf"\b[Tt]he\s+(?P<role>{'|'.join(map(re.escape, sorted(_ROLE_OF, key=len, reverse=True)))})\b"
    rf"(?:\s+is|,)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_DESCRIPTIONS})\s+(?:with|whose)\b"
)
# "Target: 118 pharmacies in Albania": a deal box's line, labelled by a party's role
ROLE_LABEL_RE = re.compile(rf"\s*(?P<role>(?i:{'|'.join(map(re.escape, sorted(_ROLE_OF, key=len, reverse=True)))}))\s*:\s")
# "buying a mill with annual sales of", "control of a producer with annual revenue of", "gains a factory
# that produces": the target, unnamed.
TARGET_RE = re.compile(
    rf"\b(?:(?P<verb>{_BUYING}|{_GAINING})|{_CONTROL})\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_DESCRIPTIONS})s?"
    rf"\s+(?:with|whose|that|which)\b",
)
# Before a verb of buying or gaining, in its clause: a company described ("The Czech group thus gains"),
# else any other subject ("the city gets", "a rival gains").
SUBJECT_REACH = 80
DESCRIBED_SUBJECT_RE = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{_DESCRIPTIONS})\b")
# "The Sri Lankans are buying", "the Turks thus gain": the buyer named by its people's name, a
# capitalised plural after "the" (the buyer's country's people in the story of a foreign buyer).
PEOPLE_OF_A_NATION_RE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s\s+(?:(?:are|were|will|would|have|had|now|thus|also)\s+){0,2}(?:be\s+)?$"
)
SHORT_NAME_RE = re.compile(r"(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’-]*(?=\s)")
OTHER_SUBJECT_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][a-z]+'s)\s+[a-z]"
    r"|\b(?!(?:It|He|She|They|We)\b)[A-Z][\w'’-]*\s+(?:[a-z]+\s+)?$"
)


def deal_parties(text: str, sentences: list[Span], organisations: list[Mention]) -> dict[str, str]:
    """Role ("buyer", "seller", "target") -> the organisation the article gives it, from the first
    sentence that names a deal; where that sentence names no target ("is buying control of the
    island's biggest cannery"), from the next that names the same party doing the same and a target."""
    starts = [m.span.start for m in organisations]
    found: dict[str, str] = {}
    parts_bought: list[str] = []
    # A first deal read from a passive ("X was bought by Y"), kept only if no sentence names one
    # actively: a history line ("bought by Y in 2019") before the news's own deal is no deal of it.
    passive: dict[str, str] | None = None
    for sentence in sentences:
        began_passive = False
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        named = organisations[first:last]
        read: set[str] = set()  # roles whose party's words after the verb this sentence has read
        for index, mention in enumerate(named):
            limit = named[index + 1].span.start if index + 1 < len(named) else sentence.end
            for role, verb_re in (("buyer", BUYER_AFTER_RE), ("seller", SELLER_AFTER_RE), ("target", TARGET_AFTER_RE)):
                if role in read:
                    continue  # a party named again doing the same: its first reading took the others after it
                verb = verb_re.match(text, mention.span.end, min(limit, mention.span.end + 160))
                if verb and _same_party(found.get(role, mention.name), mention.name) and (role in found or not found):
                    began_passive = began_passive or (role == "target" and not found)
                    found[role] = mention.name
                    read.add(role)
                    # after the verb: "from X" the seller, "to X" the buyer, the first other the target
                    gap_start = verb.end()
                    for other in named[index + 1 :]:
                        gap = text[gap_start : other.span.start]
                        gap_start = max(gap_start, other.span.end)
                        if (financing := FINANCING_RE.search(gap)) and "," not in gap[financing.end() :]:
                            break  # "..., financed by the Bank of Tessby": lenders, no parties
                        other_role = (
                            "seller"
                            if role == "buyer" and FROM_RE.search(gap)
                            else "buyer"
                            if (role == "seller" and TO_RE.search(gap)) or role == "target"
                            else "target"
                        )
                        if not _same_party(other.name, mention.name) and other_role not in found:
                            found[other_role] = other.name
        # a sentence buying a part of an organisation with no name before the verb ("it is buying 40 %
        # of Ostra Foods"): the target, where no sentence names buyer and target together
        if named and len(parts_bought) < 2:
            first_named = named[0]  # no organisation before it in its sentence: none doing the buying
            window_start = max(sentence.start, first_named.span.start - 120)
            window = text[window_start : first_named.span.start]
            bought = _BUYING_PART_OF_RE.search(window)
            if (
                bought
                and first_named.name not in parts_bought
                and _buyer_buys_the_part(text, sentence, window_start + bought.start(), named, found.get("buyer"))
            ):
                parts_bought.append(first_named.name)
        if began_passive:
            passive = passive if passive is not None else found
            found = {}
            continue
        if "target" in found:
            break
    if not found and passive:
        return passive
    if "buyer" in found and "target" not in found:
        found.update(("target", name) for name in parts_bought[:2] if name != found["buyer"] and "target" not in found)
    return found


def _same_party(one: str, other: str) -> bool:
    """Whether two names are one party's: equal, or one the other's opening words (a headline's "Varde
    Holdings" for the body's "Varde Holdings Group")."""
    return one == other or other.startswith(one + " ") or one.startswith(other + " ")


def described_party(text: str, sentence: Span, parties: dict[str, str], named: Sequence[Mention] = ()) -> tuple[int, str] | None:
    """Where in the sentence a description of a deal's party ends, and the party ("the seller is a
    developer whose", "buying a mill with"), if the article names that party; `named`, the sentence's
    organisations, in order."""
    if not parties:
        return None
    label = ROLE_LABEL_RE.match(text, sentence.start, sentence.end)
    if label and (party := parties.get(_ROLE_OF[label.group("role").casefold()])):
        return label.end(), party  # "Target: 118 pharmacies, 1,240 employees" in a deal box
    role = ROLE_RE.search(text, sentence.start, sentence.end)
    if role and (party := parties.get(_ROLE_OF[role.group("role")])):
        return role.end(), party
    target = TARGET_RE.search(text, sentence.start, sentence.end)
    if (
        target
        and (party := parties.get("target"))
        and (target.start("verb") < 0 or _subject_is_the_buyer(text, sentence, target.start(), named, parties.get("buyer")))
    ):
        return target.end(), party
    return None


# "it is acquiring", "They will now buy": a pronoun subject, then auxiliaries, right before the verb
PRONOUN_SUBJECT_RE = re.compile(
    r"\b(?:[Ii]t|[Tt]hey|[Ww]e)\s+(?:(?:is|are|was|were|will|would|has|have|had|now|also|thus|be|been|being)\s+){0,3}$"
)


def _buyer_buys_the_part(text: str, sentence: Span, verb: int, named: Sequence[Mention], buyer: str | None) -> bool:
    """Whether the subject of a verb buying a part of an organisation ("it is acquiring 70% of X") is
    the deal's buyer: its name, a company described, or a pronoun; not any other buyer ("index funds
    are buying 5% of X") nor none at all."""
    return _subject_is(text, sentence, verb, named, buyer, PRONOUN_SUBJECT_RE, unnamed=False)


def _subject_is_the_buyer(text: str, sentence: Span, verb: int, named: Sequence[Mention], buyer: str | None) -> bool:
    """Whether what stands before a verb of buying or gaining, in its clause, may be the deal's buyer:
    the buyer's name, a company described, or nothing ("It gains", "thus gaining"). "Brava gets a
    plant with", "the city gets a new plant with": another subject, whose figures they are."""
    return _subject_is(text, sentence, verb, named, buyer, PEOPLE_OF_A_NATION_RE, unnamed=True)


def _subject_is(
    text: str, sentence: Span, verb: int, named: Sequence[Mention], buyer: str | None, also_the_buyer: re.Pattern, unnamed: bool
) -> bool:
    """The subject before a verb, in its clause, read as the deal's buyer: the last organisation named
    there is it or not; a company described, or what `also_the_buyer` finds, is it; another subject is
    it only where its first word begins the buyer's name ("Kestrel is buying"); no subject at all is
    it when `unnamed`."""
    low = max(sentence.start, verb - SUBJECT_REACH)
    low = max(low, text.rfind(",", low, verb) + 1, text.rfind(";", low, verb) + 1)
    before = [m for m in named if m.span.start >= low and m.span.end <= verb]
    if before:
        return before[-1].name == buyer
    if DESCRIBED_SUBJECT_RE.search(text, low, verb) or also_the_buyer.search(text, low, verb):
        return True
    other = OTHER_SUBJECT_RE.search(text, low, verb)
    if other and buyer and (short := SHORT_NAME_RE.match(other.group(0))):
        return buyer.split()[0] == short.group(0)
    return other is None and unnamed


# "The facility in Tessby processes ...", "The plant at Orvale employs ...": a sentence opening with a site
# (or a company described) in a named place; the place's name ends where that subject's words end.
_SITE_NOUNS = "|".join(
    re.escape(w) for w in sorted({*words("organisations", "sites"), *_PARTIES["descriptions"]}, key=len, reverse=True)
)
SITE_IN_A_PLACE_RE = re.compile(rf"\s*(?:[\"“]\s*)?The\s+(?:[a-z-]+\s+)?(?:{_SITE_NOUNS})\s+(?:in|at|near)\s+")
# ... or with the place's name before the site's noun ("The Tessby factory bottles ...", "The Tessby olive mill"):
# a site's noun only, not a party's description ("The London investor", "The Lisbon fund" describe a party) nor
# a chain's shops or a town's port ("The Leeds stores", "The Rotterdam port" may be anyone's)
PLACE_OPENING_RE = re.compile(r"\s*(?:[\"“]\s*)?The\s+")
_SITES_ALONE = "|".join(
    re.escape(w)
    for w in sorted(set(words("organisations", "sites")) - set(words("organisations", "common_sites")), key=len, reverse=True)
)
SITE_AFTER_A_PLACE_RE = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_SITES_ALONE})\b")
# "The Kelmor plant alone makes ...", "The Polish site, which employs 560 people, ...": a site named by a word of the
# deal's target's name, or by a nationality, in a deal's story (read only where no place is named there)
NAMED_SITE_RE = re.compile(rf"\s*(?:[\"“]\s*)?The\s+(?P<word>[A-Z][\w’'-]+)(?:\s+[a-z-]+)?\s+(?:{_SITES_ALONE})\b")
# "Orvale Foods, based in Tessby", "Orvale Foods, in Tessby,", "Orvale Foods of Tessby": a firm the article
# places in a town (the words between its name and the place's)
_PLACED_IN_RE = re.compile(
    r",?\s+(?:(?:which\s+is\s+|is\s+|are\s+)?(?:based|located|headquartered)\s+)?(?:in|of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
)
_PLACED_REACH = 40
# "Tessby-based Orvale Foods": a firm the article places in a town before its name
_BASED_BEFORE_RE = re.compile(r"-based\s+(?:(?:[a-z]+\s+){0,2})?")


def placed_firms(text: str, organisations: Sequence[Mention], places: Sequence[Mention]) -> dict[str, str]:
    """Place's name -> the organisation the article places there ("Orvale Foods, based in Tessby", "Tessby-based
    Orvale Foods"), the first one it so places; organisations and places each sorted by start, one walk over each."""
    placed: dict[str, str] = {}
    starts = [m.span.start for m in places]
    for organisation in organisations:
        index = bisect_left(starts, organisation.span.end)
        if index < len(places) and places[index].span.start - organisation.span.end <= _PLACED_REACH:
            place = places[index]
            if _PLACED_IN_RE.fullmatch(text, organisation.span.end, place.span.start):
                placed.setdefault(place.name, organisation.name)
    organisation_starts = [m.span.start for m in organisations]
    for place in places:  # "Tessby-based Orvale Foods"
        index = bisect_left(organisation_starts, place.span.end)
        if (
            index < len(organisations)
            and organisations[index].span.start - place.span.end <= _PLACED_REACH
            and _BASED_BEFORE_RE.fullmatch(text, place.span.end, organisations[index].span.start)
        ):
            placed.setdefault(place.name, organisations[index].name)
    return placed


def site_party(
    text: str,
    sentence: Span,
    parties: dict[str, str],
    places: Sequence[Mention],
    placed: dict[str, str],
    name_words: SiteWords | None = None,
) -> tuple[int, str | None] | None:
    """Where a sentence's opening "The facility in X" (or "The X facility") ends, and whose site it is: the organisation the article
    places in X; else, in a deal's story, its target (a site in a town the buyer is not placed in is what is
    bought, not the buyer's by default), or no organisation (None) where the deal names no target. Elsewhere
    (no deal, no firm placed in X) None of this: the sentence is read as any other."""
    for place in places:
        if place.span.start >= sentence.start + 120:
            break
        if SITE_IN_A_PLACE_RE.fullmatch(text, sentence.start, place.span.start):
            if place.name in placed:
                return place.span.end, placed[place.name]
            return (place.span.end, parties.get("target")) if "buyer" in parties else None
        if PLACE_OPENING_RE.fullmatch(text, sentence.start, place.span.start) and (
            site := SITE_AFTER_A_PLACE_RE.match(text, place.span.end, sentence.end)
        ):
            if place.name in placed:
                return site.end(), placed[place.name]
            # "The Tessby factory": the deal's named target's; with no named target (no deal: "buys cocoa from",
            # "will acquire new presses"), read as any other sentence
            target = parties.get("target")
            return (site.end(), target) if "buyer" in parties and target else None
    return _named_site(text, sentence, parties, name_words)


class SiteWords(NamedTuple):
    """The words `site_party` tells a town no list of sites knows by: every word of the article's organisations'
    names, and every word of the places it names."""

    organisations: frozenset[str]
    places: frozenset[str]


def name_words_of(organisations: Sequence[Mention], places: Sequence[Mention] = ()) -> SiteWords:
    """Every word of the names of an article's organisations, and of its places (what `site_party` tells a town
    no list knows from)."""
    return SiteWords(
        frozenset(w for m in organisations for w in m.name.split()), frozenset(w for m in places for w in m.name.split())
    )


# "in Tessby", "at Tessby", "near Tessby": a sentence placing someone in a town (the town's word after it)
_IN_A_TOWN_BEFORE = r"\b(?:in|at|near|outside)\s+(?:the\s+)?"
# Where a sentence ends: the sentence before one is read from the last of these before it (a bounded look)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s")
_BEFORE_REACH = 400


# How far before "in <town>" the name placed there is looked for (a clause's words; a bounded look)
_PLACED_NAME_REACH = 120
_CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][\w'’&-]*")


def _name_placed(clause: str, target: str, buyer: str) -> str | None:
    """Whose name stands nearest before "in <town>" in its clause: "target" ("... Brava Dairies Ltd in Tsumeb",
    "Brava Dairies, which makes cheese in Tsumeb"), "other" (the buyer's, or a third name: "Halden Foods has a
    plant in Tsumeb", "GM builds trucks in Flint"), or None where the clause names no one ("The deal was signed in
    Tsumeb"). A legal form or a people's adjective is no name of its own; the clause's first word only where it
    is a party's word, or a name's (an acronym, or a capitalised word after it)."""
    own = {w for w in target.split() if w not in buyer.split() and w not in _LEGAL_FORM_WORDS}
    theirs = {w for w in buyer.split() if w not in _LEGAL_FORM_WORDS}
    found = list(_CAPITALISED_WORD_RE.finditer(clause))
    for index in range(len(found) - 1, -1, -1):
        name = found[index].group(0)
        if name in _LEGAL_FORM_WORDS or name in demonyms():
            continue
        if name in own:
            return "target"
        if name in theirs:
            return "other"
        first = not clause[: found[index].start()].strip()
        if first and not name.isupper() and not (index + 1 < len(found) and found[index + 1].start() == found[index].end() + 1):
            continue  # "The deal was signed in ...": a sentence's first word, no name
        return "other"
    return None


def _placed_by_another(text: str, sentence: Span, word: str, target: str, buyer: str) -> bool:
    """Whether the sentence, or the one before it, places a town's word after "in" ("Halden Foods has a plant in
    Tessby. The Tessby plant ...", "GM builds trucks in Flint. The Flint plant ...") by a name that is not the
    deal's target's (the name nearest before "in <town>" in its clause): the site is then whoever that is, not
    the target. The deal's own sentence placing the target there ("X will buy Y Ltd in Tessby") or a sentence
    naming no one ("The deal was signed in Tessby") places no one else."""
    start = max(0, sentence.start - _BEFORE_REACH)
    before = text[start : sentence.start].rstrip()
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(before, 0, max(0, len(before) - 1))]
    stretch = before[ends[-1] if ends else 0 :] + " " + text[sentence.start : sentence.end]
    for placed in re.finditer(_IN_A_TOWN_BEFORE + re.escape(word) + r"\b", stretch):
        opening = max(0, placed.start() - _PLACED_NAME_REACH)
        sentence_ends = [m.end() for m in _SENTENCE_END_RE.finditer(stretch, opening, placed.start())]
        clause = stretch[sentence_ends[-1] if sentence_ends else opening : placed.start()]
        if _name_placed(clause, target, buyer) == "other":
            return True
    return False


def _named_site(
    text: str, sentence: Span, parties: dict[str, str], name_words: SiteWords | None = None
) -> tuple[int, str | None] | None:
    """ "The Kelmor plant alone makes ..." (a word of the target's name, none of the buyer's) or "The Polish site,
    which employs ..." (a nationality) in a deal's story naming its buyer and its target: the target's site. Where
    the article's organisations are known (`name_words`), a capitalised word that is no word of any of their names
    nor a nationality, but a town (one the gazetteer knows, or a word of a place the article names), is a town no
    list of sites knows ("The Tessby plant processed ..."), the target's site as a site in a named town is (c24);
    not where the sentence or the one before places someone else there ("Halden Foods has a plant in Tessby")."""
    target, buyer = parties.get("target"), parties.get("buyer")
    if not target or not buyer or target == buyer:
        return None
    site = NAMED_SITE_RE.match(text, sentence.start, sentence.end)
    if site is None:
        return None
    word = site.group("word")
    if word in buyer.split() or word in parties.get("seller", "").split():
        return None  # "The Ballyhale plant": the buyer's own (or the seller's, which may keep others)
    if (
        name_words is not None
        and word not in name_words.organisations
        and word not in demonyms()
        and (word in name_words.places or is_town(word))
        and not _placed_by_another(text, sentence, word, target, buyer)
    ):
        return site.end(), target  # "The Tessby plant": a town no list of sites knows, no organisation's word
    if not (word in target.split() or word in demonyms()):
        return None
    if word not in target.split() and not _tied(text, target, buyer, word):
        # "The Irish site" where the article calls no party Irish (a third firm's), or only the buyer (its own);
        # a nationality the article gives both parties (a deal at home) tells neither from the other: the deal's
        # site is then its target's, as a site in a named town is
        return None
    return site.end(), target


_LEGAL_FORM_WORDS = frozenset(words("organisations", "legal_forms"))
_KIND_WORDS = frozenset(w.casefold() for w in words("organisations", "descriptors"))  # "Dairy" of "Kresowa Dairy": no tie


@functools.lru_cache(maxsize=64)
def _tied(text: str, name: str, buyer: str, adjective: str) -> bool:
    """Whether the article ties a people's adjective (or its country) to the organisation of that name (or to a word
    of its name the buyer's does not share: "Montenegrin water Lipova" for "Vrelo Lipova"): right before it, with
    up to three lower-case words between ("the Polish dairy Kresowa", "Poland's Kresowa Dairy"), or in the
    apposition right after it ("Kresowa Dairy Ltd, a Polish cheese maker,", "X, one of Poland's dairies")."""
    land = land_of_people(adjective)
    lands = "|".join(re.escape(w) for w in (adjective, land) if w)
    own = [
        w
        for w in name.split()
        if len(w) > 3
        and w[:1].isupper()
        and w not in buyer.split()
        and w not in _LEGAL_FORM_WORDS
        and w.casefold() not in _KIND_WORDS
    ]
    named = "|".join(re.escape(w) for w in [name, *own])
    before = re.compile(rf"\b(?:{lands})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{named})\b")
    after = re.compile(rf"\b(?:{named})(?:\s+[A-Z][\w.&]*){{0,2}},\s+(?:a|an|the|one\s+of)\s+[^,.;\n]{{0,40}}?\b(?:{lands})\b")
    return bool(before.search(text) or after.search(text))


def site_owner(
    text: str,
    sentence: Span,
    parties: dict[str, str],
    places: Sequence[Mention],
    placed: dict[str, str],
    name_words: SiteWords | None = None,
) -> str | None:
    """The organisation whose site a sentence opening "The facility in X" describes (`site_party`), if any."""
    site = site_party(text, sentence, parties, places, placed, name_words) if parties or placed else None
    return site[1] if site else None


def within(mentions: Sequence[Mention], starts: list[int], sentence: Span) -> Sequence[Mention]:
    """The mentions (sorted, `starts` their starts) inside the sentence."""
    low = bisect_left(starts, sentence.start)
    high = bisect_left(starts, sentence.end, low)
    return [m for m in mentions[low:high] if m.span.end <= sentence.end]
