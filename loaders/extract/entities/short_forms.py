"""Short forms: a surname to its person, a first word to its organisation,
and a recurring unknown proper noun as an organisation."""

from __future__ import annotations

import functools
import re
from collections import Counter

from loaders.extract.cues import LEGAL_FORMS, ROLE_RE
from loaders.extract.entities.guards import common_word
from loaders.extract.entities.organisations import (
    COMPANY_NOUN_AFTER_RE,
    NAME_OPENINGS,
    ORGANISATION_WORDS,
    THE_BEFORE_RE,
    TOWN_BEFORE_A_COMPANY_NOUN_RE,
    a_portfolio_field,
    in_a_portfolio,
)
from loaders.extract.entities.people import (
    APPOSITIVE_ROLE_RE,
    common_words,
    courtesy_gender,
    family_names_first,
    given_names,
    is_given_name,
    living_sharers,
    own_quote_genders,
    past_namesake,
)
from loaders.extract.entities.places import island_sign_before
from loaders.extract.entities.product_names import SITE_AFTER_RE
from loaders.extract.entities.products import MODEL_TOKEN_RE
from loaders.extract.entities.runs import PATRONYMIC_PARTICLES
from loaders.extract.entities.state import HOLIDAYS, NON_ORGANISATION_ACRONYMS, NOT_NAMES, ArticleState
from loaders.extract.gazetteer import demonyms, place_words
from loaders.extract.gazetteer import towns as known_towns
from loaders.extract.types import ORGANISATION, PERSON, PLACE
from loaders.spans import Span
from loaders.vocab import words as vocab_words

_NUMBERED_PARTS = frozenset(vocab_words("not_names", "numbered_parts"))
_FIGURE_NEXT_RE = re.compile(r"[ \u00a0]\d")
_THE_LATE_RE = re.compile(r"\b[Tt]he late\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")  # "the late Hacı ": titles between


def _late(text: str, starts: list[int]) -> bool:
    """Whether every mention of a person by their full name (at `starts`) follows "the late" (a dead person's)."""
    return bool(starts) and all(_THE_LATE_RE.search(text, max(0, start - 40), start) for start in starts)


# (fixc30) The fewest letters of a word after a nationality printed alone as the name's short form ("Vantor"; not
# "Re" of "Swiss Re Group", which a letter's "Re:" prints too)
_SHORT_NAME_MIN_LETTERS = 3
# (fixc30) A company's local unit after a town ("the Pécs branch", "the Lyon office"): the town is where it is
_TOWN_UNIT_AFTER_RE = re.compile(
    rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(re.escape(w) for w in vocab_words('organisations', 'town_units'))})\b"
)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$")  # not "to": "switched to Kestrel" is a company


def _the_sharer(text: str, at: int, role: str, full: dict[str, list[Span]], roles_held: dict[str, set[str]]) -> str | None:
    """(fixl35) Of the living people named before a surname shared with a role in apposition ("Berg, the chairman"),
    the one it is: the only one, the one given that role beside their full name ("Anna Berg, chairman of the co-op"),
    or the one of the courtesy title's gender ("Ms Berg" beside "her brother Olaf Berg"); None where it may be
    several, or none. (l36) The living and the gender are `living_sharers`'s, which the quotes' speakers share."""
    named = [name for name, spans in full.items() if any(span.start < at for span in spans)]
    holders = [name for name in named if role.casefold() in roles_held.get(name, set())]
    if len(holders) == 1:
        return holders[0]
    sharers = living_sharers(text, full, at, courtesy_gender(text, at))
    return sharers[0] if len(sharers) == 1 else None


@functools.cache
def _opens_with(name: str, value: str) -> bool:
    """Whether a name (as printed, or as running text prints a name in capitals) opens with the value's first word."""
    first = value.split()[0]
    return name.split()[0] == first or (name.isupper() and name.title().split()[0] == first)


def _local_noun_after() -> re.Pattern:
    """A noun a town's name qualifies, right after the name ("Carrowby company", "Tessby family firm")."""
    return re.compile(rf"\s+(?:family\s+)?(?:{'|'.join(place_words()['local_nouns'])})\b")


@functools.cache
def _business_noun_after() -> re.Pattern:
    nouns = "|".join([*place_words()["local_nouns"], *place_words()["business_local_nouns"]])
    return re.compile(rf"\s+(?:family\s+)?(?:{nouns})\b")


@functools.cache
def _travel_before() -> re.Pattern:
    """A locative of going somewhere ("going to", "sailed to"), right before a name."""
    travel = [w for w in place_words()["locative_words"] if w.endswith(" to")]
    return re.compile(rf"\b(?:{'|'.join(travel)})\s+$")


_BODIES_OF_A_PLACE = frozenset(vocab_words("organisations", "bodies_of_a_place"))
# Before a name ending in a kind of place: a country's possessive or "in the" ("Malawi's Tessby
# Highlands", "farms in the Orvale Valley"), which say the land is meant, not a body named after it
_LAND_BEFORE_RE = re.compile(r"(?:[A-Z]\w+[’']s|\b(?:in|across|throughout) the)\s+$")
_SAME_SURNAME = 16  # people sharing a surname compared with initials: a bound, not a real limit


def _beside_a_name(article: ArticleState, span: Span) -> bool:
    """ "Digital" of "Digital Ruritania": the rest of its run is a place or a name already, so it is a modifier."""
    text = article.text
    after = span.end + 1 < len(text) and text[span.end] == " " and article.taken_at(span.end + 1)
    before = span.start >= 2 and text[span.start - 1] == " " and article.taken_at(span.start - 2)
    return after or before


# A lone name after "in", "near": a place ("jobs in Ashby"), unless a stake or shares are in it.
_PLACE_BEFORE_RE = re.compile(
    r"(?<!stake )(?<!stakes )(?<!shares )(?<!invest )(?<!invested )(?<!investment )(?<!interest )\b(?:in|near|outside|around)\s+$"
)
_VISITED_BEFORE_RE = re.compile(r"\b(?:visited|visiting|visit|visits)\s+$")


# "its Ewekoro plant", "its flagship Yarrabin spodumene mine": one word between at most, each side
_OWNER_BEFORE_RE = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+)?$")
_AND_BEFORE_RE = re.compile(r"\s+(?:and|or|&)\s+$")
_AND_AFTER_RE = re.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?")
# Inside a list ("X, Y or Z"): a comma joins Y to X only where the list goes on after Y.
_COMMA_BEFORE_RE = re.compile(r",\s+$")
_LIST_GOES_ON_RE = re.compile(r",?\s+(?:and|or)\s+\w|,\s+[A-Z]")


def _listed_with_an_organisation(text: str, span: Span, ends: set[int], starts: set[int]) -> bool:
    """ "for Airbus and Embraer": a name joined by "and" or "or" to an organisation's mention
    (one ending or starting at `ends`, `starts`)."""
    before = _AND_BEFORE_RE.search(text, max(0, span.start - 6), span.start)
    if before is None and _LIST_GOES_ON_RE.match(text, span.end, min(len(text), span.end + 8)):
        before = _COMMA_BEFORE_RE.search(text, max(0, span.start - 3), span.start)  # "Visa, Mastercard or Amex"
    after = _AND_AFTER_RE.match(text, span.end, min(len(text), span.end + 10))
    return (before is not None and before.start() in ends) or (after is not None and after.end() in starts)


def _initials_of(value: str, people_by_surname: dict[str, list[str]]) -> str | None:
    """The one person whose surname ends `value` and whose other names start with its initials or names."""
    words = value.split()
    if len(words) < 2:
        return None
    matches = []
    for name in people_by_surname.get(words[-1], ())[:_SAME_SURNAME]:
        given = name.split()[:-1]
        heads = [w for w in words[:-1]]
        if name != value and all(any(g == h or (h.endswith(".") and g.startswith(h[:-1])) for g in given) for h in heads):
            matches.append(name)
    return matches[0] if len(matches) == 1 else None


_KIN_FIRM_WORDS = frozenset(vocab_words("organisations", "kin_firm_words"))
_GROUP_WORDS = frozenset(vocab_words("pronouns", "group_name_words"))  # "Grupo", "Gruppe", "Holding"


def _a_given_name(word: str) -> bool:
    """A given name the lists know, or a capitalised word that is no ordinary word and never a name
    ("Krikor", not "Monday", "But" or "Then")."""
    return is_given_name(word) or (word not in NOT_NAMES and word.lower() not in common_words())


def _founders_surname(text: str, value: str, organisation: str, known: dict[tuple[str, str], bool]) -> bool:
    """A family firm's first word ("Boghossian" of "Boghossian Frères") that the article also writes
    after a given name as a person's surname ("Krikor Boghossian"): no short form of the firm. Not after
    a capitalised word never a name or an ordinary one ("On Monday Boghossian said", "But Boghossian").
    One scan of the article per firm: `known` holds the answers given."""
    words = organisation.split()
    if " " in value or len(words) < 2 or words[-1] not in _KIN_FIRM_WORDS or words[0] != value:
        return False
    key = (value, words[1])
    if key not in known:
        after_a_word = re.compile(rf"(?<![\w’'-])([A-Z][\w’'-]+) {re.escape(value)}(?! {re.escape(words[1])})(?![\w’'-])")
        known[key] = any(_a_given_name(m.group(1)) for m in after_a_word.finditer(text))
    return known[key]


def _family_name_first(name: str) -> bool:
    """ "Lee Jae-won", "Park Ji-hoon": a family name of the countries that write it first, then a given
    name no list holds (hyphenated syllables, as Korean names are romanised): printed family name first."""
    words = name.split()
    return words[0] in family_names_first() and any(not is_given_name(word) for word in words[1:])


def resolve_short_forms(
    article: ArticleState,
    spans: list[Span],
    lower_words: frozenset[str] = frozenset(),
    surnames: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A surname to its person, a first word to its organisation; then frequent
    unknown proper nouns with a company's verbs become organisations."""
    text = article.text
    people = {m.name for m in article.found.mentions if m.kind == PERSON}
    organisations = {m.name for m in article.found.mentions if m.kind == ORGANISATION}
    # Each word of each name, to the name it is part of: one look-up per candidate. Where two people share
    # a word ("Ann Lee", her mother "Mary Lee"), the one the article names first: a bare surname is theirs.
    first_named: dict[str, int] = {}
    for mention in article.found.mentions:
        if mention.kind == PERSON:
            first_named[mention.name] = min(first_named.get(mention.name, mention.span.start), mention.span.start)
    people_by_word: dict[str, str] = {}
    # (a given name opening two people's names, one of them with a patronymic, is neither's: "Ahmed ould
    # Sidi and Ahmed Salem met. Ahmed said")
    openings: dict[str, set[str]] = {}
    for name in people:
        openings.setdefault(name.split()[0], set()).add(name)
    shared = {
        word
        for word, names in openings.items()
        if len(names) >= 2 and any(set(name.split()) & PATRONYMIC_PARTICLES for name in names)
    }
    # A word one name ends in and another opens ("Owen Rhys" and "Rhys Owen"): alone, it is the surname's
    # ("Owen, a former beekeeper" is Rhys Owen), so surnames are taken first, then the other words.
    # A name printed family name first ("Lee Jae-won": a surname the family-name-first countries use, then a
    # word that is no given name of the lists) opens with its surname: that word is no opener.
    # A person only ever named as "the late ..." speaks no more: a bare surname they share is the living one's
    # ("founded by the late Osman Tekin ... his son Ali Tekin ... Tekin said").
    full_starts: dict[str, list[int]] = {}
    for mention in article.found.mentions:
        if mention.kind == PERSON and mention.span.of(text) == mention.name:
            full_starts.setdefault(mention.name, []).append(mention.span.start)
    late = {name for name, starts in full_starts.items() if _late(text, starts)}
    # (l36) ... nor is a bare surname a namesake's of the past ("her grandfather Karl Berg built it"), where a living
    # person shares it
    past = {
        name for name, starts in full_starts.items() if past_namesake(text, [Span(start, start + len(name)) for start in starts])
    }
    in_order = sorted(people, key=lambda n: (n in late or n in past, first_named[n], n))
    openers = {name.split()[0] for name in people if " " in name and not _family_name_first(name)}
    for name in in_order:
        if " " in name and name.split()[-1] in openers and name.split()[-1] not in shared:
            people_by_word.setdefault(name.split()[-1], name)
    for name in in_order:
        for word in name.split():
            if word not in shared:
                people_by_word.setdefault(word, name)
    # (l35) A surname two living people's full names end in, printed alone with a role of its own in apposition
    # ("Anna Berg ... her brother Olaf Berg ... Berg, the chairman, said"): the role says which one, and the page
    # says neither holds it, so it is no one's (a bare "Berg said" stays the first named's, as above).
    # (fixl35) ... nor a namesake of the past ("her grandfather Karl Berg founded it", "Olaf Berg, who died in 1980")
    ending: dict[str, int] = {}
    for name in people:
        if " " in name and name not in late and name not in past:
            ending[name.split()[-1]] = ending.get(name.split()[-1], 0) + 1
    shared_surnames = {word for word, count in ending.items() if count >= 2}
    # ... and of those who share one, their mentions by their full name and the roles given beside them
    ending_in: dict[str, dict[str, list[Span]]] = {}  # (each one's mentions by their full name)
    roles_held: dict[str, set[str]] = {}
    for name in sorted(people, key=lambda n: (first_named[n], n)):
        if " " in name and name not in late and name not in past and name.split()[-1] in shared_surnames:
            ending_in.setdefault(name.split()[-1], {})[name] = [Span(s, s + len(name)) for s in full_starts.get(name, [])]
            for start in full_starts.get(name, []):
                if (beside := APPOSITIVE_ROLE_RE.match(text, start + len(name))) and (held := ROLE_RE.search(beside.group(0))):
                    roles_held.setdefault(name, set()).add(held.group(0).casefold())
    # "J. Castellane" or "John Castellane" for "John M. Castellane": initials and surname, by surname.
    people_by_surname: dict[str, list[str]] = {}
    for name in sorted(people):
        if " " in name:
            people_by_surname.setdefault(name.split()[-1], []).append(name)
    organisations_by_first: dict[str, list[str]] = {}
    after_a_nationality: dict[str, set[str]] = {}  # (fixc30) a word after a nationality -> the names it opens so
    for name in sorted(organisations):
        # a name a filing prints in capitals ("CAMARONERA EL GUABO S.A.") is found by its words in either case:
        # as running text prints them ("El Guabo") or as an acronym stays ("HSBC" of "HSBC HOLDINGS PLC")
        printed = name.split()
        for words in [name.title().split(), printed] if name.isupper() and name.title() != name else [printed]:
            organisations_by_first.setdefault(words[0], []).append(name)
            # "Andina del Sur": "Minera Andina del Sur"; (c30) "Vantor" of "Finnish Vantor Foods": a nationality before
            # a name of two words or more opens it, where that word is no common one ("Seafood" of "Danish Seafood
            # Association": "Seafood exports rose")
            if (words[0] in NAME_OPENINGS and len(words) >= 2) or (
                words[0] in demonyms()
                and len(words) >= 3
                and words[1] not in demonyms()
                and len(words[1]) >= _SHORT_NAME_MIN_LETTERS  # (fixc30) not "Re" of "Swiss Re Group"
                and words[1].lower() not in common_words()
                and not common_word(words[1], lower_words)
            ):
                organisations_by_first.setdefault(words[1], []).append(name)
                if words[0] in demonyms():
                    after_a_nationality.setdefault(words[1], set()).add(name)
    # (fixc30) ... but a word two such names share ("Vantor" of "the Swedish Vantor Foods" and "the Finnish Vantor
    # Foods") may be either company's, so it opens neither (a name that is the other's longer form is the same one)
    for word, names in after_a_nationality.items():
        if any(not (a.startswith(b + " ") or b.startswith(a + " ")) for a in names for b in names if a != b):
            organisations_by_first[word] = [name for name in organisations_by_first[word] if name not in names]
    # "the Journal", "the Trust": the last word of one organisation's name, after "the", is its short form
    organisations_by_last: dict[str, set[str]] = {}
    for name in organisations:
        if " " in name and name.split()[-1] in ORGANISATION_WORDS:
            organisations_by_last.setdefault(name.split()[-1], set()).add(name)
    leftovers = []
    founders_known: dict[tuple[str, str], bool] = {}
    own_genders: dict[str, dict[str, str]] = {}  # a shared surname -> its sharers' genders by their own quotes
    for span in spans:
        value = span.of(text)
        if value in shared_surnames and (role := APPOSITIVE_ROLE_RE.match(text, span.end)):
            one = (
                _the_sharer(text, span.start, held.group(0), ending_in[value], roles_held)
                if (held := ROLE_RE.search(role.group(0)))
                else None
            )
            if one is None:
                continue
            article.add(PERSON, one, span, "surname of the one person named earlier it may be", 0.85)
            continue
        person = people_by_word.get(value) if value not in NOT_NAMES else None
        if value in shared_surnames and (gender := courtesy_gender(text, span.start)):
            # (l36) "Ms Berg said" beside Anna Berg and her brother Olaf Berg: the one living person of that surname
            # named before of the title's gender (`living_sharers`, as for a speaker), where there is one
            if value not in own_genders:  # (fixfp2, l36 M4) read once per surname
                own_genders[value] = own_quote_genders(text, ending_in[value])
            of_gender = living_sharers(text, ending_in[value], span.start, gender, own_genders[value])
            person = of_gender[0] if len(of_gender) == 1 else person
        if person:
            article.add(
                PERSON,
                person,
                span,
                "surname of a person named earlier" if value == person.split()[-1] else "part of a person's name",
                0.85,
            )
            continue
        person = _initials_of(value, people_by_surname)
        if person:
            article.add(PERSON, person, span, "initials of a person named earlier", 0.85)
            continue
        fitting = [
            o
            for o in organisations_by_first.get(value.split()[0], ())
            if len(value.split()) <= len(o.split())
            and all(w in o.split() or (o.isupper() and w in o.title().split()) or w in LEGAL_FORMS for w in value.split())
        ]
        # "Ebro" beside "Ebro Foods" and "Azucarera Ebro": the name it opens before the one it ends after a trade's
        # word; not before a group's ("Valença" beside "Grupo Valença Alimentos" and "Valença Logística" is the group)
        organisation = fitting[0] if fitting else None
        if organisation and organisation.split()[0].title() not in _GROUP_WORDS:
            organisation = next((o for o in fitting if _opens_with(o, value)), organisation)
        if not organisation and len(organisations_by_last.get(value, ())) == 1 and THE_BEFORE_RE.search(article.before(span, 8)):
            organisation = next(iter(organisations_by_last[value]))
        if organisation and any(
            name.startswith(value + " ")
            # "Pellmoor Council", or a longer name of the place before the body ("Karoo Hoogland Local Municipality")
            and any(name.endswith(" " + body) for body in _BODIES_OF_A_PLACE)
            for name in organisations_by_first.get(value.split()[0], ())
        ):
            # "Pellmoor" beside "Pellmoor Council": the place the body is named after
            article.add(PLACE, value, span, "place a local body is named after", 0.8)
            article.found.place_kinds.setdefault(value, "region")
            continue
        if (
            organisation
            and organisation != value
            and value.split()[-1] in place_words()["feature_words_after"]
            and _LAND_BEFORE_RE.search(article.before(span, 24))
        ):
            # "Malawi's Tessby Highlands" beside the "Tessby Highlands Growers Association": the land
            article.add(PLACE, value, span, "land a body is named after", 0.8)
            continue
        if organisation and _founders_surname(text, value, organisation, founders_known):
            leftovers.append(span)  # "Boghossian" beside "Krikor Boghossian" and "Boghossian Frères": left to the person
            continue
        if organisation:
            article.add(ORGANISATION, organisation, span, "short form of an organisation named earlier", 0.85)
            continue
        leftovers.append(span)
    # Unknown single proper nouns seen at least twice away from a sentence start, acting as a company.
    # a portfolio's word after a minister's title ("Minister of Forests and Fisheries") counts no name
    counts = Counter(s.of(text) for s in leftovers if not article.sentence_start(s) and not in_a_portfolio(text, s))
    after_a_place_word = {  # "jobs in Ashby", but not "in Makanjo's head office": an owner
        s.of(text)
        for s in leftovers
        if (_PLACE_BEFORE_RE.search(article.before(s, 30)) and not re.match(r"[’']s\b", text[s.end : s.end + 3]))
        or (
            (SITE_AFTER_RE.match(text, s.end, s.end + 20) or _TOWN_UNIT_AFTER_RE.match(text, s.end, s.end + 20))
            and _OWNER_BEFORE_RE.search(article.before(s, 30))
        )
    }  # ... and "at its Ewekoro plant", "its Derby office": the site's or the unit's place
    # "boats from Tessby" and "a Tessby skipper": from it, and qualifying a noun only a town takes
    after_from = {s.of(text) for s in leftovers if _FROM_BEFORE_RE.search(article.before(s, 12))}
    # ... or "a Tessby company" and "the fish were going to Tessby": where goods or people travel to
    travelled_to = {s.of(text) for s in leftovers if _travel_before().search(article.before(s, 24))}
    # "in Grimsay", "a processor on Grimsay": a place's signs; "she visited Grimsay": a weaker one (people
    # visit companies too), no company then but a town only with a sign; "Uist and Benbecula": listed
    # with a place the article names
    placed_at = Counter(
        s.of(text)
        for s in leftovers
        if (_PLACE_BEFORE_RE.search(article.before(s, 30)) or island_sign_before().search(article.before(s, 40)))
        and not re.match(r"[’']s\b", text[s.end : s.end + 3])  # "in Makanjo's head office": an owner
    )
    visited = Counter(
        s.of(text)
        for s in leftovers
        if _VISITED_BEFORE_RE.search(article.before(s, 12)) and not re.match(r"[’']s\b", text[s.end : s.end + 3])
    )
    place_ends = {m.span.end for m in article.found.mentions if m.kind == PLACE}
    place_starts = {m.span.start for m in article.found.mentions if m.kind == PLACE}
    listed_with_a_place = {
        s.of(text)
        for s in leftovers
        if (
            (joint := _AND_BEFORE_RE.search(article.before(s, 8)) or _COMMA_BEFORE_RE.search(article.before(s, 4)))
            and s.start - len(joint.group(0)) in place_ends
        )
        or ((joint := _AND_AFTER_RE.match(text, s.end, s.end + 12)) and joint.end() in place_starts)
    }
    after_a_place_word |= set(placed_at) | set(visited) | listed_with_a_place
    towns = {
        s.of(text)
        for s in leftovers
        if " " not in s.of(text)
        and (
            (s.of(text) in after_from and _local_noun_after().match(text, s.end, s.end + 30))
            or (s.of(text) in travelled_to and _business_noun_after().match(text, s.end, s.end + 30))
            # named twice where a place is named, or so and listed with a place, and no given name
            or (
                placed_at[s.of(text)]
                and (placed_at[s.of(text)] + visited[s.of(text)] >= 2 or s.of(text) in listed_with_a_place)
                and s.of(text) not in given_names()
                and not common_word(s.of(text), lower_words)
                and len(s.of(text)) >= 4
                and s.of(text).isalpha()
                and not s.of(text).isupper()  # "FY3", "St", "ZTL": no town's name
            )
        )
    }
    for span in leftovers:
        if span.of(text) in towns and article.free(span):
            article.add(PLACE, span.of(text), span, "town a local noun names", 0.75)
            article.found.place_kinds.setdefault(span.of(text), "town")
    leftovers = [span for span in leftovers if span.of(text) not in towns]
    # "The Płock group ... The Płock company": a known town qualifying a company noun, no company
    town_qualifiers = {
        s.of(text)
        for s in leftovers
        if s.of(text) in known_towns()
        and TOWN_BEFORE_A_COMPANY_NOUN_RE.search(article.before(s, 8))
        # (c30) ... or a site or a unit of one ("the Pécs branch", "the Lyon office", "the Győr biscuit factory")
        and (
            COMPANY_NOUN_AFTER_RE.match(text, s.end, s.end + 30)
            or SITE_AFTER_RE.match(text, s.end, s.end + 30)
            or _TOWN_UNIT_AFTER_RE.match(text, s.end, s.end + 30)
        )
    }
    organisation_ends = {m.span.end for m in article.found.mentions if m.kind == ORGANISATION}
    organisation_starts = {m.span.start for m in article.found.mentions if m.kind == ORGANISATION}
    for span in leftovers:
        value = span.of(text)
        words = value.split()
        if (
            len(words) == 1
            and counts[value] >= 2
            and value not in NOT_NAMES
            and value not in HOLIDAYS
            and value not in demonyms()
            and not MODEL_TOKEN_RE.match(value)
            and value not in NON_ORGANISATION_ACRONYMS
            and value not in article.term_acronyms  # "lithium carbonate equivalent (LCE)": a term
            and not common_word(value, lower_words)
            and value not in surnames
            and not _beside_a_name(article, span)
            and value not in after_a_place_word
            and value not in town_qualifiers
            and not inside_a_role(text, span)  # "Jo Hale, Chief Executive Officer": a title's last word
            and not in_a_portfolio(text, span)  # "the Minister of Forests and Fisheries": a title's portfolio
            # (e28) "Sections 8 and 12 of the Code": a law's or a form's numbered parts, no company
            and not (value in _NUMBERED_PARTS and _FIGURE_NEXT_RE.match(text, span.end))
        ):  # "jobs in Ashby", "near Ashby": a town the gazetteer does not know, no company
            article.add(ORGANISATION, value, span, "recurring proper noun", 0.6)
        elif (
            len(words) <= 3
            and article.free(span)
            and not any(word in NOT_NAMES or word in demonyms() for word in words)
            and words[0] not in given_names()
            and value not in surnames
            and value not in NON_ORGANISATION_ACRONYMS
            and not common_word(value, lower_words)
            and not (value in _NUMBERED_PARTS and _FIGURE_NEXT_RE.match(text, span.end))  # "... or Sections 4 and 8"
            # (m21 review H4) "the Minister for Trade and Kestrel Resources": the title's field, listed with no company
            and not (all(a_portfolio_field(word) for word in words) and in_a_portfolio(text, span))
            and _listed_with_an_organisation(text, span, organisation_ends, organisation_starts)
        ):
            article.add(ORGANISATION, value, span, "listed with an organisation", 0.7)
            organisation_ends.add(span.end)  # the list goes on from it: "Visa, Mastercard or American Express"
            organisation_starts.add(span.start)


_ROLE_REACH = 40  # characters a role title may open before the word looked at


# "the Minister of Forests and Fisheries": a title and the capitalised words of its portfolio before a word
def inside_a_role(text: str, span: Span) -> bool:
    """Whether the words are part of a role's title written out ("Chief Financial Officer")."""
    return any(
        found.start() <= span.start and span.end <= found.end()
        for found in ROLE_RE.finditer(text, max(0, span.start - _ROLE_REACH), min(len(text), span.end + _ROLE_REACH))
    )
