"""Stage: group the claims several articles made about one figure, and compare them.

Claims are blocked by kind of unit (hypotheticals apart) and by subject: each
organisation's block holds the claims that may be about it (some of them
mainly), and is grouped on its own, indexed by unit and order of magnitude,
so a claim is compared only with groups of a nearby size in a unit it is
printed in (near-linear work). A claim may fall in several blocks (a deal's
figure, about the buyer or the bought); it stands in the best group they give
it (`pick`: most articles, then most claims). A block's groups depend on its
claims alone, whatever order they came in: adding an article regroups the
blocks of its claims only (loaders/incremental.py). A group is formed
without chaining: every member is compatible with every other (save an
article's repeat, named by no measure, of a figure it named: that printing
again), and all share one subject. Two claims are compatible when they share a
unit to compare in (a euro fine never meets a dollar one), name the same
measure (or one more broadly, or none), move the same way, and either agree
once rounded to the precision each outlet printed (18bn and 18.2bn agree;
3.265bn and 3.28bn do not), or come from different articles, lie within a
factor of 2.5 of each other, or read as one misprinted (the same digits ten to
a thousand times apart, or two neighbouring digits swapped: `misprinted`; only
one article's lone figure of its measure joining two outlets or more that
agree), and
do not also differ in period (two outlets printing different numbers for one
figure). Agreeing claims form clusters
first; clusters then join where they conflict. Subjects are organisations of
the whole corpus (`OrganisationNames`: a short form is the one organisation
whose name it begins), never the outlet that printed the figure, read also
from the article's final mentions (`sentence_organisations`); counted nouns
of one family compare as one unit. A group is `consistent` when
its members agree and name no different period or moment, else
`conflicting`; `disagreements` says which of moment, period, scope and value
differ.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Set
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from loaders.article import ExtractedArticle
from loaders.data import iso
from loaders.extract.claims import (
    GROUP_NAME_RE,
    ClaimFound,
    Referents,
    dateline_agency,
    land_of_claim,
    main_organisation,
    place_openings,
    place_short_forms,
    told_newsroom,
    with_defined_short_names,
)
from loaders.extract.claims.context import (
    is_public_body,
    names_a_conversion_rates_setter,
    names_a_data_source,
    names_an_analysts_employer,
    names_where_a_filing_went,
)
from loaders.extract.claims.nationality import nationality_mentions
from loaders.extract.claims.parties import (
    deal_parties,
    described_party,
    name_words_of,
    placed_firms,
    site_owner,
    site_party,
    within,
)
from loaders.extract.claims.vocabulary import broader_metrics
from loaders.extract.gazetteer import demonyms
from loaders.extract.types import Mention
from loaders.spans import ContentIds, Span, slug
from loaders.vocab import alternation, load, mapping, words

Disagreement = Literal["value", "period", "moment", "scope"]
CONFLICT_RATIO = 2.5  # two printings of one figure differ by less than this factor
NEIGHBOURS = 4  # how many clusters next in value (about one subject, in one unit) a cluster is compared with
MAX_VERSIONS = 8  # a "figure" printed in more distinct versions than this is several figures
BROADER = broader_metrics()
QUALIFIER_KINDS = mapping("claim_cues", "qualifier_kinds")
# Modalities of figures that are no fact of their page: a possibility ("we could sell 10 billion") and a figure a
# correction line says the page replaced (c31): blocked apart from the facts.
_NO_FACT = frozenset({"hypothetical", "corrected"})
UNKNOWN_SUBJECT = "\x00"  # prefix of the per-article stand-in subject of unattributed figures
# Capitalised words that never begin a short name of an organisation ("The", "Monday", "Shares").
# Counted nouns that count one kind of thing: compared as one unit ("customers" and "holidaymakers").
COUNT_FAMILIES = {noun: family for family, nouns in load("counted")["families"].items() for noun in nouns}
# Counted nouns that join a family only where extraction found words saying so (the claim's metric
# then names the family: "900 completions" by a housebuilder measure households).
JOINED_FAMILIES = {noun: entry["family"] for noun, entry in load("counted")["joins_where"].items()}
# Nouns that count whatever their measure names ("employs 3,100 people" counts its workforce).
GENERIC_COUNTS = frozenset(load("counted")["generic"])
FAMILY_NAMES = frozenset(load("counted")["families"])
# Units of one quantity compared in another, times a factor ("7.5 million pounds" in tonnes): `conversions`.
CONVERSIONS = {
    unit: (entry["unit"], float(entry["factor"])) for unit, entry in (load("counted").get("conversions") or {}).items()
}
PRODUCT_FAMILY = "units sold"  # the family "units" belongs to
PRODUCT_MEASURES = frozenset(load("counted")["product_measures"])
NOT_PRODUCTS = frozenset(load("counted")["not_products"])
MADE_GOODS = frozenset(load("counted")["made_goods"])  # families of things a company makes and sells
# families compared with any unknown plural as well, as made goods are (`open_families`)
OPEN_FAMILIES = MADE_GOODS | frozenset(load("counted").get("open_families") or [])
# The nouns the vocabulary knows a count by (jobs, depots, sites, ...): none of them is a product's own noun.
KNOWN_COUNTS = frozenset(load("counted")["nouns"].values()) | GENERIC_COUNTS
NOT_NAME_STARTS = frozenset(
    word.casefold() for key, listed in load("not_names").items() if isinstance(listed, list) for word in listed
)
# A kind of body alone ("Association", "Council", "Bank"): the first word of many bodies' names, the
# short form of none across the corpus (one article's "Association" is no other article's union).
KIND_WORDS = frozenset(word.casefold() for word in load("organisations")["name_endings"])
# A legal form alone ("JSC", "LLC", "Pty Ltd"): printed beside many companies' names, the short form of
# none (a filing's stray "JSC" is not the one JSC company another article names).
LEGAL_FORM_KEYS = frozenset(slug(form) for form in load("organisations")["legal_forms"])
# The words a short form drops from a longer name of its own article ("Holdings", "Group", a legal form), as slugs.
_SHORT_FORM_DROPS = frozenset(
    part
    for key in ("short_form_endings", "legal_forms", "legal_form_words")
    for word in load("organisations")[key]
    for part in slug(word).split("-")
    if part
)
# "X Logistics, a unit of X", "a subsidiary of the X": the name after names an owner (`owner_relations`)
_OWNER_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, load('organisations')['owner_relations']))})\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_OWNER_REACH = 30  # characters before a name where "a unit of" may stand

# (c28b) A page stating that a company is shared or held: the company nearest before a cue of `venture_cues_before`
# (a holder named after it), or nearest after one of `venture_cues_after` (`stated_venture`).
_VENTURE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(load('organisations')['venture_cues_before'])})(?![\w-])", re.IGNORECASE
)
_VENTURE_AFTER_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(load('organisations')['venture_cues_after'])})(?![\w-])", re.IGNORECASE
)
_GROUP_FIGURE_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(load('organisations')['group_figure_words'])})(?![\w-])", re.IGNORECASE
)


def _words_re(key: str) -> re.Pattern[str]:
    """The words of `organisations.yml`'s list `key`, each standing alone (a word's edge that is a letter or a digit
    is no part of a longer word)."""
    return re.compile(
        "|".join(
            (r"(?<![\w-])" if word[0].isalnum() else "") + re.escape(word) + (r"(?![\w-])" if word[-1].isalnum() else "")
            for word in sorted(load("organisations")[key], key=len, reverse=True)
        ),
        re.IGNORECASE,
    )


# (c28b review) "a joint venture with Y": Y is a partner, no venture; "in which", "shareholders of" state a holding
# only with a stake after them ("in which Y holds 51%"); a sentence saying its figure is the page's own company's
# ("the company employs", an opening "It") or a country's or a market's ("in the country") gives none to the venture.
_VENTURE_PARTNER_RE = re.compile(rf"\s+(?:{alternation(load('organisations')['venture_partner_words'])})(?![\w-])", re.I)
# (fixr3 MEDIUM 2) "with" anywhere between a cue and the name after it, or a partner's noun right after the cue
_VENTURE_PARTNER_BETWEEN_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(load('organisations')['venture_partner_words'])})(?![\w-])", re.IGNORECASE
)
_VENTURE_PARTNER_NOUN_RE = re.compile(
    rf"\s+(?:{alternation(load('organisations')['venture_partner_nouns'])})(?![\w-])", re.IGNORECASE
)
_VENTURE_PARTNER_REACH = int(load("organisations")["venture_partner_reach"])
_VENTURE_NEEDS_STAKE = frozenset(cue.casefold() for cue in load("organisations")["venture_cues_needing_a_stake"])
_VENTURE_STAKE_RE = _words_re("venture_stake_words")
_STAKE_REACH = 60  # characters after "in which" where its stake may stand ("in which Y participates with 51%")
_OWN_COMPANY_RE = re.compile(
    rf"(?:^\s*(?:{alternation(words('pronouns', 'organisation_subject'))})(?![\w’'-])|(?<![\w-])the\s+"
    rf"(?:{alternation(load('organisations')['venture_own_company_words'])})(?![\w’'-]))",
    re.IGNORECASE,
)
_MARKET_FIGURE_RE = _words_re("venture_market_words")


@dataclass(frozen=True, slots=True)
class Member:
    article_id: str
    claim: ClaimFound
    outlet: str | None = None  # id of the outlet that printed it: a source, never what the figure is about
    # The organisations the article's final mentions (after the corpus-wide pass) name in the claim's
    # sentence, the nearest before the figure first: names extraction could not yet know.
    sentence_organisations: tuple[str, ...] = ()
    in_headline: bool = False  # printed in the article's headline (often rounded: "$1.2bn deal")
    text: str | None = field(default=None, compare=False)  # the claim's words as printed, for its row


class OrganisationNames:
    """Names as written, resolved to the ids of the organisations the whole corpus knows, by their
    fullest name: a name that begins exactly one organisation's longer name is that organisation
    ("Harlow Air" where another outlet wrote "Harlow Air Cargo"; names that begin one another, as
    "Harlow Air" and "Harlow Air Cargo" do, count as one). A short form that begins several
    organisations' names, a place's or a person's name, or a word that is no name resolves only to an
    organisation of exactly that name."""

    def __init__(self, organisations: set[str], not_organisations: Set[str] = frozenset()) -> None:
        self.known = organisations
        self.places = not_organisations  # the names (ids) of places and people the corpus prints (`placed_by_a_place`)
        owners: dict[str, list[str]] = {}
        for organisation in organisations:
            if _organ_of(organisation):
                continue  # "Tarrawonga Board" is no longer name of the company "Tarrawonga" begins
            words = organisation.split("-")
            for n in range(1, len(words)):
                if _a_place(words[n:]):
                    break  # "Oduduwa Bank Ghana" is the bank's Ghanaian sister, not "Oduduwa Bank" named fully
                owners.setdefault("-".join(words[:n]), []).append(organisation)
        self.fullest: dict[str, str] = {}
        for prefix, longer in owners.items():
            if (
                prefix in not_organisations
                or prefix.split("-")[0] in NOT_NAME_STARTS
                or prefix in KIND_WORDS
                or prefix in LEGAL_FORM_KEYS
            ):
                continue
            longest = max(longer, key=len)
            if all(longest.startswith(other + "-") or other == longest for other in longer):
                self.fullest[prefix] = longest
        self._resolved: dict[str, str | None] = {}  # name as written -> id: names recur across the corpus
        self._subjects: dict[int, tuple[Member, tuple[frozenset[str], str | None]]] = {}  # member_subjects, once each
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        # (article id, span) -> the subjects a claim stands in besides its own, from its story's other outlets
        # (`story_subjects`); None until worked out for the corpus (`with_story`).
        self.story: dict[tuple, frozenset[str]] | None = None

    def forget_subjects(self) -> None:
        """Forget each claim's subjects worked out so far (`member_subjects`): its story subjects have changed."""
        self._subjects.clear()

    def one_copy(self, subjects: frozenset[str]) -> frozenset[str]:
        """One object for each set of subjects: claims of one story name the same few organisations."""
        return self._sets.setdefault(subjects, subjects)

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return None
        if name not in self._resolved:
            key = slug(name)
            found = self.fullest.get(key, key if key in self.known else None)
            if key in ORGANS_ALONE:
                found = None  # "the Management Board" named alone: a body of some company, no figure's subject
            company = _organ_of(key)
            if company:  # a company's board stands for the company, where the corpus knows it
                found = self.fullest.get(company, company if company in self.known else found)
            self._resolved[name] = found
        return self._resolved[name]


ORGANS = tuple(load("organisations")["organs"])
# A company's governing body named alone ("the Management Board"): no company a figure is about (c26).
ORGANS_ALONE = frozenset(ORGANS) | frozenset(slug(organ) for organ in load("organisations")["company_organs"])


def _a_place(words: list[str]) -> bool:
    """Whether the last words of a name (slug words) name a country by its name ("ghana", "south
    africa"), not by a code that a legal form may spell ("SA", "AG")."""
    rest = " ".join(words)
    return len(rest) > 3 and iso.lookup_country(rest) is not None


def _organ_of(key: str) -> str | None:
    """The company whose governing body a slug names ("tarrawonga-board", "board-of-directors-of-x"), or None."""
    for organ in ORGANS:
        if key.endswith("-" + organ) and len(key) > len(organ) + 1:
            return key[: -len(organ) - 1]
        if key.startswith(organ + "-of-") and len(key) > len(organ) + 4:
            return key[len(organ) + 4 :]
    return None


def member_subjects(member: Member, names: OrganisationNames) -> tuple[frozenset[str], str | None]:
    """The organisations a claim may be about (ids; shorter names of them included) and the one it is
    mainly about. The outlet that printed it is neither, unless nothing else is named. Worked out once
    per member for one `names` (grouping asks again for each group and each row)."""
    known = names._subjects.get(id(member))
    if known is not None and known[0] is member:
        return known[1]
    return remember_subjects(member, names, _member_subjects(member, names))


def remember_subjects(
    member: Member, names: OrganisationNames, found: tuple[frozenset[str], str | None]
) -> tuple[frozenset[str], str | None]:
    """`member_subjects` from the claim's own subjects (`_member_subjects`, worked out already under
    these names): its story's subjects added, and kept for the member."""
    extra = names.story.get(_story_key(member)) if names.story else None
    if extra:  # the subjects its story's other outlets give the figure (`story_subjects`): never its main one
        found = (names.one_copy(found[0] | extra), found[1])
    names._subjects[id(member)] = (member, found)  # the member is kept with it, so its id is not reused
    return found


def _member_subjects(member: Member, names: OrganisationNames) -> tuple[frozenset[str], str | None]:
    claim = member.claim
    if land_of_claim(claim):
        return frozenset(), None  # a land's figure ("Chile exported ..."): no organisation's
    outlet = names(member.outlet)
    # The organisation a figure is attributed to ("according to X") is its source, not its subject.
    source = names(claim.source)
    nearest = [found for name in member.sentence_organisations if (found := names(name)) and found != source]
    resolved = list(dict.fromkeys(found for subject in (*claim.subjects, *nearest) if (found := names(subject))))
    others = [found for found in resolved if found != outlet]
    resolved = others or resolved
    subject = claim.subject
    if subject and is_public_body(subject):
        # A regulator's fine on a company the final mentions name in the sentence is the company's
        # figure ("the Cartel Office fined Hollweg Baustoffe €24m"), wherever extraction saw no company.
        subject = next(
            (n for n in member.sentence_organisations if not is_public_body(n) and names(n) not in {None, outlet, source}),
            subject,
        )
    main = names(subject) or next((found for found in nearest if found != outlet), None)
    if main is not None and main == outlet and others:
        main = others[0]
    subjects = names.one_copy(frozenset(name for found in resolved for name in _with_shorter_names(found, names.known)))
    return subjects, (main if main in subjects else None)


@dataclass(frozen=True)
class ClaimGroupFound:
    subject: str  # organisation id, "" when not known
    metric: str
    family: str  # money, percent, or a counted noun (its family's name when members print different nouns)
    hypothetical: bool
    members: list[Member]


def printed_step(value: float) -> float:
    """The precision a number was printed to, read from its value, keeping two significant
    digits: 1.5e9 -> 1e8, 350 -> 10, 80000 -> 1000."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    step = 10.0 ** (math.floor(math.log10(abs(value))) - 1)
    for _ in range(15):
        if abs(value / step - round(value / step)) < 1e-6:
            return step
        step /= 10
    return step


Reading = tuple[str, float, float | None, float, str | None]  # unit, value, upper end, precision, qualifier kind


# A block's claims are compared pair by pair, each many times: while one block is grouped
# (`_readings_remembered`), each claim's readings are read once (by identity: the block holds them).
_READINGS: ContextVar[dict[int, list[Reading]] | None] = ContextVar("readings", default=None)
# ... and whether two readings agree (`_agree`, a pure function of the two), asked once per pair: a
# claim meets the clusters near its value, and the many claims printing one value meet the same ones.
_AGREED: ContextVar[dict[tuple[Reading, Reading], bool] | None] = ContextVar("agreed", default=None)


@contextmanager
def _readings_remembered() -> Iterator[None]:
    token, agreed = _READINGS.set({}), _AGREED.set({})
    try:
        yield
    finally:
        _READINGS.reset(token)
        _AGREED.reset(agreed)


def amounts(claim: ClaimFound) -> list[Reading]:
    """(unit, value, upper end, precision, what its hedge says) of each reading of the claim."""
    remembered = _READINGS.get()
    if remembered is None:
        return _amounts(claim)
    found = remembered.get(id(claim))
    if found is None:
        found = remembered[id(claim)] = _amounts(claim)
    return found


def _amounts(claim: ClaimFound) -> list[Reading]:
    kind = QUALIFIER_KINDS.get(claim.qualifier or "")
    precision = _hedged(claim.precision or printed_step(claim.value), claim.value, kind)
    unit, value, high = counted_family(claim), claim.value, claim.value_high
    if unit in CONVERSIONS:  # "7.5 million pounds" compared in tonnes, as printed to its own precision
        unit, factor = CONVERSIONS[unit]
        value, high, precision = value * factor, high * factor if high is not None else None, precision * factor
    found = [(unit, value, high, precision, kind)]
    if claim.also_unit and claim.also_value is not None:
        found.append(
            (claim.also_unit, claim.also_value, None, _hedged(printed_step(claim.also_value), claim.also_value, kind), kind)
        )
    return found


def counted_family(claim: ClaimFound) -> str:
    """The unit a claim compares in: a counted noun's family; a noun that counts anything ("people")
    takes the family of the measure a cue word named ("employs 3,100 people": the workforce); a
    compound the vocabulary does not list compares by its head ("23 burn reports" with "23 reports")."""
    head = claim.unit.rpartition(" ")[2]
    if head != claim.unit and claim.unit not in KNOWN_COUNTS and head not in NOT_PRODUCTS and head.islower():
        named = _base(claim.metric) == claim.unit  # "120,000 heat pumps" with no cue word: named by its noun
        claim = replace(claim, unit=head, metric=claim.metric.replace(claim.unit, head, 1) if named else claim.metric)
    if claim.unit in GENERIC_COUNTS and claim.metric_cue is not None:
        measured = _measure(claim.metric)
        if measured is not None and measured in FAMILY_NAMES:
            return measured
    if JOINED_FAMILIES.get(claim.unit) == _base(claim.metric):
        # an open family's noun joined by the words near it compares as that family's nouns counted with no cue do
        # ("buys cassava from 2,800 farming households" with "buys cassava from 2,800 growers": `open_families`)
        joined = JOINED_FAMILIES[claim.unit]
        return PRODUCT_FAMILY if joined in OPEN_FAMILIES else joined
    family = COUNT_FAMILIES.get(claim.unit)
    if (family is None or family in OPEN_FAMILIES) and _counts_a_product(claim):
        return PRODUCT_FAMILY  # "214,000 e-bikes", "48,200 vans" and "214,000 units": one count of what it sells
    return family or claim.unit


def _counts_a_product(claim: ClaimFound) -> bool:
    """A plural noun the vocabulary does not know (a product's own: "e-bikes", "dryers"), counted as
    what a company makes, sells, ships or recalls."""
    return (
        claim.unit not in NOT_PRODUCTS
        and (claim.unit not in KNOWN_COUNTS or COUNT_FAMILIES.get(claim.unit) in OPEN_FAMILIES)
        and claim.unit.islower()
        and (_named_by_its_noun(claim) or _base(claim.metric) in PRODUCT_MEASURES)
    )


def _hedged(precision: float, value: float, kind: str | None) -> float:
    """The precision of a figure given its hedge: "about 80,000" is rounded as far as its zeros go
    (to the ten thousand), where a bare "80,000" is read to two significant digits. So is a bound's:
    "more than 2,000" bounds a figure only as finely as its zeros go."""
    if kind is None or value == 0 or not math.isfinite(value):
        return precision
    return _round_to(value, precision)


def _round_to(value: float, precision: float) -> float:
    """The step a number is rounded to as far as its zeros go, at least `precision`: 80,000 -> 10,000."""
    if value == 0 or not math.isfinite(value):
        return precision
    step = 10.0 ** math.floor(math.log10(abs(value)))
    while step > precision and abs(value / step - round(value / step)) > 1e-6:
        step /= 10
    return max(step, precision)


def _agree(a: Reading, b: Reading) -> bool:
    """Whether two readings in one unit agree (`_agree_one_way`). Printed equally finely, neither is the coarser: they
    agree when either holds the other, whichever is read first ("over 6,000 farmers" and "about 6,000 farmers": 6,100
    is both)."""
    if a[3] == b[3]:
        return _agree_one_way(a, b) or _agree_one_way(b, a)
    return _agree_one_way(a, b)


def _agree_one_way(a: Reading, b: Reading) -> bool:
    """Whether two readings in one unit agree. The coarser printing stands for the values that round
    half up to it ("312p": 311.5p up to 312.5p, which some outlets round down), and a hedge that points one way
    stretches it that way as far as its number's zeros go ("more than 1,100" reaches 1,200, not 1,250;
    "more than 2,000" reaches 3,000; "up to $3bn" reaches down to $2bn, not $1.7bn). The finer printing agrees when its number falls there
    ("18.2bn" and "18bn"; not "4.5bn" and "4bn"), its own one-way hedge stretched the same way; when
    it is itself approximate ("around 205 million"), every value it may stand for must round to the
    coarser one, so "about 1,150" agrees with neither "about 1,100" nor "about 1,200"."""
    step = max(a[3], b[3])
    coarser, finer = (a, b) if a[3] >= b[3] else (b, a)
    _, value_c, top_c, _, kind_c = coarser
    low_c, high_c = value_c - step / 2, (top_c if top_c is not None else value_c) + step / 2
    # A bound stretches its way as far as its number's zeros go (its precision), the other way only
    # by half of what its digits print: "more than 2,000" is any figure from 2,000 up to 3,000 (2,300
    # agrees, 3,400 and 1,600 do not), "more than 1,100" up to 1,200, "nearly 5,000" down to 4,000.
    if kind_c == "at_least":
        low_c, high_c = value_c - printed_step(value_c) / 2, (top_c if top_c is not None else value_c) + step
    elif kind_c == "at_most":
        low_c, high_c = value_c - step, (top_c if top_c is not None else value_c) + printed_step(value_c) / 2
    _, value_f, top_f, precision_f, kind_f = finer
    top_f = top_f if top_f is not None else value_f
    noise = step * 1e-9  # float error, far below any printed step
    if kind_f == "approximate":
        return low_c - noise <= value_f - precision_f / 2 and top_f + precision_f / 2 <= high_c + noise
    if kind_f == "at_least":
        top_f += step / 2
    elif kind_f == "at_most":
        value_f -= step / 2
    if kind_c is None and kind_f is None and _on_the_half(value_f, high_c, step, value_c, noise):
        return True  # exactly half a step up: house rules round it either way ("1.25bn": "1.2bn", "1.3bn")
    return low_c - noise <= top_f and value_f < high_c - noise  # [low, high): half up


def _on_the_half(value: float, half: float, step: float, coarser: float, noise: float) -> bool:
    """Whether an unhedged figure stands exactly half a step above an unhedged coarser one of two
    significant digits or more, where outlets round down as well as up (half to even, half down), so
    both are its rounding ("1.25bn" is "1.2bn" and "1.3bn"; "4.5bn" is not "4bn", a tenth away)."""
    return abs(value - half) <= noise and step <= abs(coarser) / 10 + noise


def same_amount(a: ClaimFound, b: ClaimFound) -> bool | None:
    """True when the two claims agree in every unit they share, False when they differ in one,
    None when they share none. Two figures printed first in one currency are compared in it alone:
    the second currency is each outlet's own conversion ("C$1.4bn (US$1.04bn)" and "C$1.4bn
    (US$1.40bn)" print one figure, one of them converted wrongly)."""
    readings_a, readings_b = amounts(a), amounts(b)
    if readings_a[0][0] == readings_b[0][0]:
        if _printed_in_two_units(a, b):
            return _overlap(readings_a[0], readings_b[0])
        return _agree(readings_a[0], readings_b[0])
    verdicts = [_agree(x, y) for x in readings_a for y in readings_b if x[0] == y[0]]
    return all(verdicts) if verdicts else None


def _printed_in_two_units(a: ClaimFound, b: ClaimFound) -> bool:
    """(c31) Two figures printed in two units of one quantity, one or both compared through a factor (`conversions`):
    "60,000 tonnes" and "about 66,000 short tons"."""
    unit_a, unit_b = counted_family(a), counted_family(b)
    return unit_a != unit_b and (unit_a in CONVERSIONS or unit_b in CONVERSIONS)


def _overlap(a: Reading, b: Reading) -> bool:
    """(c31) Whether two printings in two units may stand for one figure: an outlet converting a figure rounds it in its
    own unit, so neither need round to the other; they agree where the values each may stand for (its printed step,
    stretched the way a one-way hedge points) meet ("60,000 tonnes" and "about 66,000 short tons", 59,874 t; not "320
    metres" and "about 1,150 feet", 350.5 m)."""

    def bounds(reading: Reading) -> tuple[float, float]:
        _, value, top, step, kind = reading
        top = top if top is not None else value
        if kind == "at_least":
            return value - step / 2, top + step
        if kind == "at_most":
            return value - step, top + step / 2
        return value - step / 2, top + step / 2

    (low_a, high_a), (low_b, high_b) = bounds(a), bounds(b)
    noise = max(a[3], b[3]) * 1e-9
    # (fixc31 M6) a one-way hedge's stretch ("more than 8 million litres" up to 9 million) must hold the other
    # printing's value itself, not only touch the values it may stand for: "9,000 m3" is no "more than 8 million litres"
    for reading, (low, high), other in ((a, (low_a, high_a), b), (b, (low_b, high_b), a)):
        if reading[4] in ("at_least", "at_most") and not low - noise <= other[1] < high - noise:
            return False
    return low_a < high_b - noise and low_b < high_a - noise


def _ratio(a: ClaimFound, b: ClaimFound) -> float | None:
    for unit_a, value_a, *_ in amounts(a):
        for unit_b, value_b, *_ in amounts(b):
            if unit_a == unit_b:
                if value_a <= 0 or value_b <= 0:
                    return None
                return max(value_a, value_b) / min(value_a, value_b)
    return None


def periods_differ(a: str | None, b: str | None) -> bool:
    """Two known periods of one calendar that name different times (a year holds its quarters). A fiscal
    period is its company's own calendar: compared with another fiscal period (a group's figures are of one
    subject, so FY2025 and FY2024 differ), never with a calendar one."""
    if not a or not b or a.startswith("FY") != b.startswith("FY"):
        return False
    return not (a == b or a.startswith(b + "-") or b.startswith(a + "-"))


def unit_family(claim: ClaimFound) -> str:
    if claim.unit.isupper() and len(claim.unit) == 3:
        return "money"
    family = counted_family(claim)
    return CONVERSIONS[family][0] if family in CONVERSIONS else family


def _base(metric: str) -> str:
    return metric.removesuffix(" change")


@functools.cache
def _measure(metric: str | None) -> str | None:
    """What a metric measures, a count named by its noun compared by the noun's family."""
    return None if metric is None else COUNT_FAMILIES.get(_base(metric), _base(metric))


_GENERIC_METRICS = frozenset({"amount", "amount change"})  # "amount", and its change (`_base`)


def _generic(claim: ClaimFound) -> bool:
    """A measure the words did not name: an amount of money or a percentage with no cue (a count's
    noun names what it counts)."""
    return claim.metric in _GENERIC_METRICS


def _named_by_its_noun(claim: ClaimFound) -> bool:
    """A count no measure word names ("1.8 million eggs"): it may be any measure of what it counts
    ("a recall of 1.8 million eggs")."""
    return claim.metric_cue is None and _base(claim.metric) == claim.unit


def metrics_compatible(a: ClaimFound, b: ClaimFound) -> bool:
    """The same measure, one named more broadly than the other, or one not named at all."""
    base_a, base_b = _measure(a.metric), _measure(b.metric)
    return (
        base_a == base_b
        or _generic(a)
        or _generic(b)
        or _named_by_its_noun(a)
        or _named_by_its_noun(b)
        or _measure(BROADER.get(_base(a.metric))) == base_b
        or _measure(BROADER.get(_base(b.metric))) == base_a
    )


def compatible(a: Member, b: Member, misprints: bool = False) -> bool | None:
    """Whether two claims may stand in one group (the no-chaining rule applies it to every pair):
    True when they print one figure, the same or differently; None when they may (one measure of
    one subject, but no unit to compare in: "14.6 billion yuan" and "$2.1 billion"); False when not.
    A figure read as the other misprinted counts only with `misprints` (`_join_conflicts` says when)."""
    if not metrics_compatible(a.claim, b.claim):
        return False
    if a.claim.direction and b.claim.direction and a.claim.direction != b.claim.direction:
        return False
    agree = same_amount(a.claim, b.claim)
    if agree is None:
        named_alike = not _generic(a.claim) and not _generic(b.claim) and _measure(a.claim.metric) == _measure(b.claim.metric)
        return None if named_alike and not periods_differ(a.claim.period, b.claim.period) else False
    if a.article_id == b.article_id:
        # One article printing two numbers prints two figures (7.71% and 8% are two, though 7.71 rounds to 8),
        # unless one is its headline's rounding of the other ("S$1.2b buy" over "S$1.18 billion").
        if a.in_headline != b.in_headline:
            return agree
        return agree and all(x[1] == y[1] for x in amounts(a.claim) for y in amounts(b.claim) if x[0] == y[0])
    if agree:
        return True
    if a.claim.earlier != b.claim.earlier:
        return False  # last year's figure and this year's differ: two figures, not one printed differently
    if (_generic(a.claim) or _generic(b.claim)) and not (a.claim.direction and b.claim.direction):
        return False  # an unnamed measure is no evidence of one figure, unless both say how it moved
    if _complements(a.claim, b.claim):
        return False  # "buys 70%" and "keeps 30%": a whole's two parts, not one figure printed differently
    ratio = _ratio(a.claim, b.claim)
    if ratio is None or periods_differ(a.claim.period, b.claim.period):
        return False
    if (
        (a.claim.period is None or b.claim.period is None)
        and land_of_claim(a.claim)
        and land_of_claim(b.claim)
        and not _one_story(a, b)
    ):
        # a land's figures disagreeing, one or both of no period, in articles naming no body in common: a
        # country's tonnes of another crop or year in another story ("Tanzania sold 12 million kilos" of
        # tea at an auction beside its cashew exports of 2025), no evidence of one figure printed two ways
        # (equal ones still join above); the same body named by both ("..., the Nyeri Tea Board said"):
        # one story, the outlets disagreeing
        return False
    return ratio <= CONFLICT_RATIO or (misprints and misprinted(a.claim, b.claim))


def _one_story(a: Member, b: Member) -> bool:
    """Two figures' sentences name one body (a source, or an organisation of their sentences): of one story."""
    named_a = {*a.sentence_organisations, *([a.claim.source] if a.claim.source else [])}
    named_b = {*b.sentence_organisations, *([b.claim.source] if b.claim.source else [])}
    return bool(named_a & named_b)


def _with_misprints(a: Member, b: Member) -> bool | None:
    return compatible(a, b, misprints=True)


def _digits(value: float) -> tuple[str, int] | None:
    """A positive number's significant digits and the power of ten of its first: 18.5e6 -> ("185", 7)."""
    if value <= 0 or not math.isfinite(value):
        return None
    parts = Decimal(repr(value)).normalize().as_tuple()
    if not isinstance(parts.exponent, int):
        return None
    return "".join(map(str, parts.digits)), len(parts.digits) + parts.exponent - 1


@functools.lru_cache(maxsize=1 << 14)  # a dense block prints a few hundred values thousands of times
def _misprint_keys(unit: str, value: float) -> frozenset[tuple]:
    """Keys two printings share when one may be the other misprinted (`misprinted`): the same
    significant digits (a misplaced point or scale word), or the same digits but for two neighbours
    (one key per neighbouring pair, the pair's digits sorted). None for percentages."""
    found = _digits(value)
    if unit == "percent" or found is None or len(found[0]) < 2:
        return frozenset()
    digits, power = found
    keys: set[tuple] = {("scale", digits)}
    for i in range(len(digits) - 1):
        pair = "".join(sorted(digits[i : i + 2]))
        keys.add(("swap", power, len(digits), i, digits[:i] + pair + digits[i + 2 :]))
    return frozenset(keys)


def misprinted(a: ClaimFound, b: ClaimFound) -> bool:
    """Whether two printings of a figure, too far apart to be one figure rounded differently, read as
    one misprinted: in a unit they share, the same significant digits (two at least) ten, a hundred or a
    thousand times apart ("NZ$185m" for NZ$18.5m: a point or a scale word misplaced), or the same size
    with two neighbouring digits swapped ("28 MW" for 82 MW). Percentages are not read so: a stake of
    15% and another of 51% are two holdings more often than one misprinted. Both must name one measure."""
    if _generic(a) or _generic(b) or _measure(a.metric) != _measure(b.metric):
        return False
    for unit_a, value_a, *_ in amounts(a):
        for unit_b, value_b, *_ in amounts(b):
            if unit_a != unit_b:
                continue
            if unit_a == "percent":
                return False
            found_a, found_b = _digits(value_a), _digits(value_b)
            if found_a is None or found_b is None or len(found_a[0]) < 2:
                return False
            (digits_a, power_a), (digits_b, power_b) = found_a, found_b
            if digits_a == digits_b:
                return 1 <= abs(power_a - power_b) <= 3
            if power_a != power_b or len(digits_a) != len(digits_b):
                return False
            differ = [i for i, (x, y) in enumerate(zip(digits_a, digits_b, strict=True)) if x != y]
            return len(differ) == 2 and differ[1] == differ[0] + 1 and digits_a[differ[0]] == digits_b[differ[1]]
    return False


def _complements(a: ClaimFound, b: ClaimFound) -> bool:
    """Two percentages of no movement that make a whole between them (70% and 30%, 49% and 51%)."""
    if a.unit != "percent" or b.unit != "percent" or a.direction or b.direction or a.value == b.value:
        return False
    return abs(a.value + b.value - 100.0) <= max(a.precision or 0.0, b.precision or 0.0, 0.1) / 2


def agreeing(a: Member, b: Member) -> bool | None:
    """compatible, and where they share a unit, equal at the precision printed."""
    verdict = compatible(a, b)
    if verdict is True:
        return same_amount(a.claim, b.claim) is True or False
    return verdict


def claim_disagreements(members: list[Member]) -> list[Disagreement]:
    """Which of value, period, moment and scope differ between articles (NULLs say nothing).
    Scope is named only beside a value difference: a sentence names places for many reasons.
    Members alike are compared once (the work grows with the distinct versions, not the members)."""
    versions: dict[tuple, tuple[Member, set[str]]] = {}
    for member in members:
        versions.setdefault(_signature(member), (member, set()))[1].add(member.article_id)
    found: set[Disagreement] = set()
    scopes = False
    listed = list(versions.values())
    for i, (a, articles_a) in enumerate(listed):
        for b, articles_b in listed[i + 1 :]:
            if articles_a == articles_b and len(articles_a) == 1:
                continue  # two versions in one article only: no outlets disagree
            if same_amount(a.claim, b.claim) is False and not _roundings_of_one(a, b, listed):
                found.add("value")
            if periods_differ(a.claim.period, b.claim.period):
                found.add("period")
            if moments_differ(a.claim.moment, b.claim.moment):
                found.add("moment")
            if a.claim.scope and b.claim.scope and a.claim.scope != b.claim.scope:
                scopes = True
    if scopes and "value" in found:
        found.add("scope")
    order: tuple[Disagreement, ...] = ("moment", "period", "scope", "value")
    return [name for name in order if name in found]


def _roundings_of_one(a: Member, b: Member, versions: list[tuple[Member, set[str]]]) -> bool:
    """Whether two printings that differ are both roundings of a finer, unhedged one the group holds
    ("$1.2 billion" and "C$1.3 billion" beside "$1.25-billion"): the outlets agree, each rounding its
    own way. A coarser or hedged printing explains nothing ("about 400" beside 350 and 400)."""
    coarsest = min(amounts(a.claim)[0][3], amounts(b.claim)[0][3])
    return any(
        amounts(c.claim)[0][3] < coarsest and same_amount(c.claim, a.claim) is True and same_amount(c.claim, b.claim) is True
        for c, _ in versions
        if c.claim.qualifier is None
    )


MOMENT_HOURS = {name: (float(low), float(high)) for name, (low, high) in load("claim_cues")["moment_hours"].items()}


def _hours(moment: str) -> tuple[float, float] | None:
    """The hours a moment spans: a clock time ("08:15") its own minute, a named part of the day its window."""
    if moment in MOMENT_HOURS:
        return MOMENT_HOURS[moment]
    hours, _, minutes = moment.partition(":")
    if hours.isdigit() and minutes.isdigit():
        at = int(hours) + int(minutes) / 60
        return at, at
    return None


def moments_differ(a: str | None, b: str | None) -> bool:
    """Two known moments of a day that are not one: "early trade" holds "08:15" and lies inside
    "morning"; "close" is none of them, and two clock times differ unless equal."""
    if not a or not b or a == b:
        return False
    hours_a, hours_b = _hours(a), _hours(b)
    if hours_a is None or hours_b is None:
        return True
    return not (_inside(hours_a, hours_b) or _inside(hours_b, hours_a))


def _inside(inner: tuple[float, float], outer: tuple[float, float]) -> bool:
    """A window inside another, or a clock time inside a window's hours (its end excluded: 12:00 is not morning)."""
    if inner[0] == inner[1]:
        return outer[0] <= inner[0] < outer[1]
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _signature(member: Member) -> tuple:
    """What the pairwise checks look at, but the article: members alike in it are checked once."""
    c = member.claim
    return (
        c.unit,
        c.value,
        c.value_high,
        c.precision,
        c.also_unit,
        c.also_value,
        c.direction,
        c.period,
        c.moment,
        c.scope,
        c.metric,
        c.metric_cue is None,
        c.qualifier,  # "about 400" and "400" read differently
        c.earlier,
    )


def _rounding_keys(claim: ClaimFound) -> set[tuple[str, int, int]]:
    """(unit, decade, value rounded half up to that decade) for every decade from the precision a
    reading was printed to up to its size: two readings that agree share a key (the finer rounded
    to the coarser's decade is the coarser), give or take one step for hedges."""
    keys = set()
    for unit, value, high, precision, _ in amounts(claim):
        if value <= 0 or not math.isfinite(value):
            keys.add((unit, 0, 0))
            continue
        top = math.floor(math.log10(max(value, high or value)))
        for decade in range(round(math.log10(precision)), top + 1):
            step = 10.0**decade
            for number in {value, high if high is not None else value}:
                keys.add((unit, decade, math.floor(number / step + 0.5)))
                keys.add((unit, decade, math.ceil(number / step - 0.5)))  # exactly on the half: down too
    return keys


@dataclass
class _Group:
    members: list[Member]
    subjects: frozenset[str]  # the subjects every member may be about
    primary: frozenset[str]  # those of them some member is mainly about (its sentence's subject, or its article's)
    signatures: dict[tuple, Member] = field(default_factory=dict)  # one member per distinct signature
    by_article: dict[str, list[Member]] = field(default_factory=dict)
    # Each signature's claim as one of two different articles' (`_joinable` compares them so), made once.
    as_ours: list[Member] = field(default_factory=list)
    as_theirs: list[Member] = field(default_factory=list)
    # The distinct first readings of its signatures' claims, by unit (`_disagrees`), for the first `firsts_of` signatures.
    firsts: dict[str, dict[Reading, None]] = field(default_factory=dict)
    firsts_of: int = 0
    # ... the same in the order they came, and for a claim's first reading how many of them it was found to
    # agree with (`_disagrees`): a cluster only gains first readings, so only those since are asked again.
    first_list: dict[str, list[Reading]] = field(default_factory=dict)
    agreed_with: dict[Reading, int] = field(default_factory=dict)
    # The cluster as a conflict join compares it (`_named_printings`; None: itself) and its number of members then.
    named_view: _Group | None = None
    named_of: int = -1

    def extend(self, members: list[Member]) -> None:
        self.members.extend(members)
        for member in members:
            signature = _signature(member)
            if signature not in self.signatures:
                self.signatures[signature] = member
                self.as_ours.append(Member(_OURS, member.claim))
                self.as_theirs.append(Member(_THEIRS, member.claim))
            self.by_article.setdefault(member.article_id, []).append(member)


_OURS, _THEIRS = "\x01ours", "\x01theirs"  # stand-in article ids: two different articles


def _joinable(accept: Callable[[Member, Member], bool | None], ours: _Group, theirs: _Group) -> bool:
    """Every member of one acceptable with every member of the other, at least one pair compared in a
    shared unit. Members of different articles are checked once per pair of signatures; members of
    one article, pair by pair."""
    compared = False
    for x in ours.as_ours:
        for y in theirs.as_theirs:
            verdict = accept(x, y)
            if verdict is False:
                return False  # one pair that may not stand together is enough
            compared = compared or verdict is True
    if not compared:
        return False
    small, large = (ours, theirs) if len(ours.by_article) <= len(theirs.by_article) else (theirs, ours)
    return all(
        accept(x, y) is not False
        for article, mine in small.by_article.items()
        for x in mine
        for y in large.by_article.get(article, ())
    )


def _disagrees(reading: Reading, group: _Group) -> bool:
    """Whether a claim whose first reading this is prints, as one of two articles, a different figure from
    some member of the group in that unit (`same_amount` False, so `agreeing` False, for that pair)."""
    if group.firsts_of < len(group.as_theirs):  # signatures came since last asked: their first readings
        for theirs in group.as_theirs[group.firsts_of :]:
            first = amounts(theirs.claim)[0]
            in_unit = group.firsts.setdefault(first[0], {})
            if first not in in_unit:
                in_unit[first] = None
                group.first_list.setdefault(first[0], []).append(first)
        group.firsts_of = len(group.as_theirs)
    listed = group.first_list.get(reading[0])
    if not listed:
        return False
    start = group.agreed_with.get(reading, 0)  # those before it agree with this reading: asked already
    agreed = _AGREED.get()
    for first in listed[start:] if start else listed:
        known = agreed.get((reading, first)) if agreed is not None else None
        if known is None:
            known = _agree(reading, first)
            if agreed is not None:
                agreed[(reading, first)] = known
        if not known:
            return True
    group.agreed_with[reading] = len(listed)
    return False


def _shared(a: _Group, b: _Group) -> frozenset[str]:
    """The subjects two groups share, if one of them is mainly about one of those: two figures that
    merely stand in sentences naming the same news agency are not about one thing."""
    shared = a.subjects & b.subjects
    return shared if shared & (a.primary | b.primary) else frozenset()


class _Grouping:
    """Clusters of agreeing claims, indexed by (subject, unit, decade, rounded value) so that a claim
    meets only the clusters it could agree with; a second index holds the subjects a cluster is mainly
    about, since a claim may join only a cluster sharing a subject one of the two is mainly about
    (`_shared`): the clusters of a widely named subject that merely mention it are never looked at."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.index: dict[tuple[str, str, int, int], set[int]] = {}
        self.primary_index: dict[tuple[str, str, int, int], set[int]] = {}
        self.keys_of: list[set[tuple[str, int, int]]] = []  # each cluster's rounding keys
        self.disagreeing: dict[Reading, set[int]] = {}  # a first reading -> the clusters found disagreeing with it
        # A claim's readings -> its rounding keys and the keys of their neighbours: a pure function of the
        # readings, worked out once for the many claims of a dense block printing one figure alike.
        self.near: dict[tuple[Reading, ...], tuple[set[tuple[str, int, int]], list[tuple[str, int, int]]]] = {}
        self.alone: set[int] = set()  # the clusters of a claim left alone (`alone` below)

    def add(self, member: Member, subjects: frozenset[str], primary: frozenset[str], alone: bool = False) -> None:
        """Put the claim into the largest cluster of claims it agrees with, every one. `alone`: a claim
        no cluster may ever take or be taken by (`_never_grouped`): it stands alone, unindexed."""
        single = _Group([], subjects, primary)
        single.extend([member])
        if alone:
            self.alone.add(len(self.groups))
            self.groups.append(single)
            self.keys_of.append(set())
            return
        readings = tuple(amounts(member.claim))
        known = self.near.get(readings)
        if known is None:
            keys = _rounding_keys(member.claim)
            near = [(unit, decade, value) for unit, decade, rounded in keys for value in (rounded - 1, rounded, rounded + 1)]
            known = self.near[readings] = (keys, near)
        keys, near = known
        found: set[int] = set()
        for subject in subjects & primary:  # clusters about a subject this claim is mainly about
            for unit, decade, value in near:
                found.update(self.index.get((subject, unit, decade, value), ()))
        for subject in subjects:  # clusters mainly about one of its subjects
            for unit, decade, value in near:
                found.update(self.primary_index.get((subject, unit, decade, value), ()))
        best = None
        reading = amounts(member.claim)[0]
        # The cluster of most articles it agrees with (the first such in order): tried largest first, so
        # that the first it may join is the one, and the many smaller ones near its value are not tried.
        # A cluster printing a figure in the claim's first unit that this one does not agree with is passed
        # over at once (`agreeing` would say False for that pair, and `_joinable` with it): the rounding keys
        # bring every cluster within a decade's step of the value, most of them other figures. Those are
        # remembered by reading and not put in order again: a cluster only gains first readings, so one
        # that disagrees with a reading always will (the many claims printing one value meet the same ones).
        disagreeing = self.disagreeing.setdefault(reading, set())
        groups = self.groups
        for _, position in sorted([(-len(groups[position].by_article), position) for position in found - disagreeing]):
            group = groups[position]
            shared = group.subjects & subjects  # `_shared(group, single)`
            if not shared or not shared & (group.primary | primary):
                continue
            if _disagrees(reading, group):
                disagreeing.add(position)
            elif _joinable(agreeing, single, group):
                best = (len(group.by_article), position, shared)
                break
        if best is None:
            self.groups.append(single)
            self.keys_of.append(set())
            position = len(self.groups) - 1
            newly_primary: frozenset[str] = frozenset()  # the keys below index it under its primary subjects
        else:
            position = best[1]
            group = self.groups[position]
            before = group.primary
            group.subjects = best[2]
            group.primary = (group.primary | primary) & best[2]
            group.extend([member])
            newly_primary = group.primary - before
        group = self.groups[position]
        for subject in newly_primary:  # its earlier keys, under a subject it is now mainly about
            for unit, decade, value in self.keys_of[position]:
                self.primary_index.setdefault((subject, unit, decade, value), set()).add(position)
        for unit, decade, rounded in keys:
            for subject in group.subjects:
                self.index.setdefault((subject, unit, decade, rounded), set()).add(position)
            for subject in group.primary:
                self.primary_index.setdefault((subject, unit, decade, rounded), set()).add(position)
        self.keys_of[position].update(keys)


def _named_printings(group: _Group) -> _Group:
    """The cluster as a conflict join compares it: a figure an article prints again with no measure named,
    beside its own printing of the same value named ("Penalty: $4.5m" ... "$4.5m is a lot less"), is
    that printing again and no evidence against joining another outlet's version of it."""
    if group.named_of != len(group.members):  # members are only ever added: as many, the same ones
        view = _named_view(group)
        group.named_view, group.named_of = (None if view is group else view), len(group.members)
    return group.named_view or group


def _named_view(group: _Group) -> _Group:
    repeats = [
        m
        for mine in group.by_article.values()
        if len(mine) > 1
        for m in mine
        if _generic(m.claim) and any(not _generic(n.claim) and same_amount(m.claim, n.claim) is True for n in mine)
    ]
    if not repeats:
        return group
    dropped = {id(m) for m in repeats}
    view = _Group([], group.subjects, group.primary)
    view.extend([m for m in group.members if id(m) not in dropped])
    return view


def _closeness(a: _Group, b: _Group, misprints: bool = False) -> float | None:
    """How far apart two clusters' figures are (a ratio, 1 = equal); None when they may not join.
    With `misprints`, a figure read as the other's misprint may join too."""
    if len(a.signatures) + len(b.signatures) > MAX_VERSIONS or not _shared(a, b):
        return None
    a, b = _named_printings(a), _named_printings(b)
    if not _joinable(_with_misprints if misprints else compatible, a, b):
        return None
    return max((_ratio(x.claim, y.claim) or 1.0 for x in a.signatures.values() for y in b.signatures.values()), default=1.0)


def _agreed(cluster: _Group) -> bool:
    """Two articles or more, every printing agreeing with every other: outlets that agree on one value."""
    return len(cluster.by_article) >= 2 and _joinable(agreeing, cluster, cluster)


def _join_conflicts(
    clusters: list[_Group],
    by_story: Set[int] = frozenset(),
    by_place: Set[int] = frozenset(),
    alone: Set[int] = frozenset(),
) -> list[_Group]:
    """Clusters joined where they print one figure differently: the closest pairs first, each join
    allowed only while every member stays compatible with every other (complete linkage). A cluster
    is paired only with its nearest neighbours in value about one subject, in one unit, so the work
    stays near-linear however many figures a subject has. `alone`: the clusters (positions) of one
    claim that `_never_grouped` left alone: they take their places among the neighbours, but no pair
    of theirs is scored, as none may join (`_closeness` None: see `_never_grouped`)."""
    lines: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for position, cluster in enumerate(clusters):
        for subject in cluster.subjects:
            for unit, value in {
                (reading[0], reading[1]) for member in cluster.signatures.values() for reading in amounts(member.claim)
            }:
                lines.setdefault((subject, unit), []).append((value, position))
    pairs = set()
    misprints: dict[tuple, list[int]] = {}  # clusters whose figures may be one another misprinted
    misprint_pairs = set()
    figures_of: dict[tuple, set[int]] = {}  # the clusters of each article's figures of one subject, unit and measure
    for position, cluster in enumerate(clusters):
        for member in cluster.members:
            for reading in amounts(member.claim):
                for subject in cluster.subjects:
                    key = (member.article_id, subject, reading[0], _measure(member.claim.metric))
                    figures_of.setdefault(key, set()).add(position)
    for (subject, unit), line in lines.items():
        line.sort()
        for index, (value, position) in enumerate(line):
            for key in _misprint_keys(unit, value):
                misprints.setdefault((subject, unit, key), []).append(position)
            for other_value, other in line[index + 1 : index + 1 + NEIGHBOURS]:
                if value > 0 and other_value / value > CONFLICT_RATIO:
                    break
                if other != position and position not in alone and other not in alone:
                    pairs.add((min(position, other), max(position, other)))
    for positions in misprints.values():
        for index, position in enumerate(positions):
            for other in positions[index + 1 : index + 1 + NEIGHBOURS]:
                if other != position and position not in alone and other not in alone:
                    misprint_pairs.add((min(position, other), max(position, other)))
    parent = list(range(len(clusters)))  # union-find: a cluster's group is held by its root

    def root(position: int) -> int:
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    def lone(position: int) -> bool:
        """One article's printing that no other article prints, and the only figure of its subject,
        unit and measure that article prints."""
        cluster = clusters[position]
        if len(cluster.by_article) != 1:
            return False
        return all(
            root(other) == position
            for member in cluster.members
            for reading in amounts(member.claim)
            for subject in cluster.subjects
            for other in figures_of.get((member.article_id, subject, reading[0], _measure(member.claim.metric)), ())
        )

    def evidence(a: int, b: int) -> bool:
        """Whether a figure may join as another's misprint: strong evidence only, as two figures of one
        subject and measure whose digits look alike are more often two figures (plants of 28 and 82 MW).
        The odd printing is one article's lone figure of its measure; the others are outlets agreeing."""
        return (lone(a) and _agreed(clusters[b])) or (lone(b) and _agreed(clusters[a]))

    scored = sorted((score, a, b) for a, b in pairs if (score := _closeness(clusters[a], clusters[b])) is not None)
    scored += sorted(
        (score, a, b)
        for a, b in misprint_pairs - pairs
        if evidence(a, b) and (score := _closeness(clusters[a], clusters[b], misprints=True)) is not None
    )
    for _, a, b in scored:
        root_a, root_b = root(a), root(b)
        if root_a == root_b:
            continue
        misprint = (a, b) in misprint_pairs and (a, b) not in pairs
        if misprint and ((root_a, root_b) != (a, b) or not evidence(a, b)):
            continue  # a misprint joins agreeing outlets alone, not a group already joined
        if by_story and not _joined_without_story(clusters[root_a], clusters[root_b], by_story, misprint):
            continue  # a claim here only by its story's other outlets is never what joins two clusters by a conflict
        if by_place and not _joined_without_place(clusters[root_a], clusters[root_b], by_place, misprint):
            continue  # a village's name, one outlet's place, is no company two different figures are about
        if _closeness(clusters[root_a], clusters[root_b], misprints=misprint) is None:
            continue
        if root_b < root_a:
            root_a, root_b = root_b, root_a
        clusters[root_a].subjects = clusters[root_a].subjects & clusters[root_b].subjects
        clusters[root_a].primary = (clusters[root_a].primary | clusters[root_b].primary) & clusters[root_a].subjects
        clusters[root_a].extend(clusters[root_b].members)
        parent[root_b] = root_a
    return [cluster for position, cluster in enumerate(clusters) if root(position) == position]


def _joined_without_place(a: _Group, b: _Group, by_place: Set[int], misprint: bool) -> bool:
    """(c28) Whether two clusters may join in a block whose subject some of their claims stand in only by a name their
    own article reads as a place (`placed_by_a_place`): where the two agree, as before (one outlet's village is another's
    company named after it: "the Fermoy plant"); where they print different figures, only as they would without those
    claims: the figures of two stories about one village ("3,500 families" of a cooperative named after it, "2,300
    families in the Vessakor valley" a company buys from) are two figures, not one in conflict."""
    if _joinable(agreeing, a, b):
        return True
    return _joined_without_story(a, b, by_place, misprint)


def _joined_without_story(a: _Group, b: _Group, by_story: Set[int], misprint: bool) -> bool:
    """Whether two clusters would join by a conflict without their claims placed only by their story's other
    outlets (`story_subjects`): those claims stay in the group they agree with, but neither make nor bear the join
    (each still compatible with every member: the caller's complete linkage)."""
    if not any(id(m) in by_story for m in (*a.members, *b.members)):
        return True
    rest = []
    for cluster in (a, b):
        members = [m for m in cluster.members if id(m) not in by_story]
        if not members:
            return False
        group = _Group([], cluster.subjects, cluster.primary)
        group.extend(members)
        rest.append(group)
    if misprint and not (_agreed(rest[0]) or _agreed(rest[1])):
        return False  # the outlets agreeing against the misprint are agreeing without the story's claims
    return _closeness(rest[0], rest[1], misprints=misprint) is not None


@dataclass(frozen=True, slots=True)
class Placement:
    """Where grouping puts a claim: its block (kind of unit, hypothetical or not), the subjects it may
    be about, those it is mainly about (`primary`; the first of them, `main`)."""

    block: tuple[str, bool]
    subjects: frozenset[str]
    primary: frozenset[str]
    main: str | None


def claim_block(member: Member, names: OrganisationNames) -> Placement:
    """The claim's placement. A figure about no known organisation is its article's own (a stand-in
    subject): nothing says that two articles' unattributed figures are about one thing."""
    claim = member.claim
    subjects, main = member_subjects(member, names)
    # (a land's figure stands in for that land in every article: outlets printing Chile's exports compare)
    stand_in = UNKNOWN_SUBJECT + (f"land {land}" if (land := land_of_claim(claim)) else member.article_id)
    subjects = subjects or frozenset({stand_in})
    primary = frozenset(_with_shorter_names(main, names.known)) & subjects if main else frozenset()
    if not primary and not (subjects - {stand_in}):
        primary, main = subjects, stand_in  # nothing known: the stand-in is its own main subject
    # (c31) a figure a correction line says the page replaced ("corrected") is no fact of the page either
    return Placement((unit_family(claim), claim.modality in _NO_FACT), subjects, names.one_copy(primary), main)


BlockKey = tuple[tuple[str, bool], str]  # (block, subject): the claims that may be about one organisation


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim's group within one subject's block: that block, how many articles and claims the group
    holds, and the group's id there (its members' keys)."""

    key: BlockKey
    articles: int
    claims: int
    group: str


def subject_blocks(placements: list[Placement]) -> dict[BlockKey, list[int]]:
    """The claims (positions) of each subject's block: every claim that may be about it, in blocks
    where some claim is mainly about it (a group needs one such member)."""
    blocks: dict[BlockKey, list[int]] = {}
    owned: set[BlockKey] = set()
    for position, placed in enumerate(placements):
        for subject in placed.subjects:
            blocks.setdefault((placed.block, subject), []).append(position)
            if subject in placed.primary:
                owned.add((placed.block, subject))
    return {key: blocks[key] for key in sorted(owned)}


def block_candidates(
    key: BlockKey,
    members: list[Member],
    names: OrganisationNames,
    placement: Callable[[Member], Placement] | None = None,
    alone: set[int] | None = None,
    items: list[tuple[Member, frozenset[str], frozenset[str]]] | None = None,
) -> list[_Group]:
    """One subject's block grouped (its claims taken as about that subject alone): its groups of two claims or more.
    `placement`: each member's `claim_block` under these names, where the caller has it already; `alone`: the
    block's `_never_grouped` claims (ids), and `items`: its `block_items`, where the caller has worked them out already."""
    subject = key[1]
    if items is None:
        items = block_items(key, members, placement if placement is not None else lambda member: claim_block(member, names))
    # A claim in this block only as its story's other outlets name it (`story_subjects`) joins the figures it
    # agrees with, never one that conflicts with it.
    story = (names.story if names is not None else None) or {}  # (a caller with placements may pass no names)
    by_story = {id(m) for m in members if subject in story.get(_story_key(m), ())} if story else set()
    # (c28) A claim in this block only by a name its article reads as a place joins no figure it conflicts with.
    by_place = {id(m) for m in members if placed_by_a_place(m, subject, names)} if names is not None else set()
    return [group for group in _grouped(items, by_story, by_place, alone) if len(group.members) > 1]


def block_items(
    key: BlockKey, members: list[Member], placement: Callable[[Member], Placement]
) -> list[tuple[Member, frozenset[str], frozenset[str]]]:
    """A block's claims as its grouping takes them: each about the block's subject alone, mainly so where its
    placement is."""
    subject = frozenset({key[1]})
    return [(member, subject, subject & placement(member).primary) for member in members]


def placed_by_a_place(member: Member, subject: str, names: OrganisationNames) -> bool:
    """(c28) Whether the claim may be about `subject` (an id) only by a name among those it may be about that reads
    as a place somewhere in the corpus ("2,300 families in the Vessakor valley", where another article reads a
    cooperative named "Vessakor"): neither its own subject, nor a name its sentence prints as an organisation, nor
    another name it may be about is that organisation's."""
    claim = member.claim
    if not names.places or names(claim.subject) == subject:
        return False
    if any(names(name) == subject for name in member.sentence_organisations):
        return False
    placed = False
    for name in claim.subjects:
        if names(name) != subject:
            continue
        if slug(name) not in names.places:
            return False
        placed = True
    # (review of c28) ... and only where the sentence names another actor the figure may be of ("Dunmore Agro sources
    # ... from 2,300 families in the X valley"): with none but a function word ("The cooperative sources ... families
    # in the X valley"), the figure is the organisation's own, a different one a true conflict
    return placed and any(
        names(name) != subject and name not in _FUNCTION_WORDS and slug(name) not in names.places for name in claim.subjects
    )


_FUNCTION_WORDS = frozenset(load("not_names")["function_words"])


# A block's groups of two claims or more: each one's candidate and its members' positions.
Options = list[tuple[Candidate, list[int]]]


def block_options(key: BlockKey, positions: list[int], members: list[Member], names: OrganisationNames) -> Options:
    """One subject's block (its claims' positions in `members`) grouped: each group as its candidate and
    its members' positions. A pure function of the block: blocks may be grouped anywhere, in any order."""
    block = [members[p] for p in positions]
    position_of = {id(member): position for member, position in zip(block, positions, strict=True)}
    return [
        (candidate(key, group), [position_of[id(member)] for member in group.members])
        for group in block_candidates(key, block, names)
    ]


MapBlocks = Callable[[dict[BlockKey, list[int]], list[Member], OrganisationNames], Iterable[Options]]


def candidate(key: BlockKey, group: _Group) -> Candidate:
    return Candidate(key, len(group.by_article), len(group.members), group_key(group.members))


def group_key(members: list[Member]) -> str:
    """A digest of the group's members (article, span)."""
    keys = sorted((m.article_id, m.claim.span.start, m.claim.span.end) for m in members)
    return hashlib.sha256(repr(keys).encode()).hexdigest()[:16]


def pick(placed: Placement, candidates: list[Candidate]) -> Candidate | None:
    """The group a claim stands in, of those its blocks give it: the one of most articles, then of
    most claims, then one of the organisation the claim is mainly about (of two outlets' printings, a
    plant's capacity both give one company before one outlet's figure of a rival's plant that the
    other's sentence merely lies near), then by its members, then by block (one group given by two
    blocks, as an organisation's and its shorter name's, is one, and the claim's own if either is)."""
    own = {c.group for c in candidates if c.key[1] in placed.primary}
    return min(candidates, key=lambda c: (-c.articles, -c.claims, c.group not in own, c.group, c.key), default=None)


def _grouped(
    items: list[tuple[Member, frozenset[str], frozenset[str]]],
    by_story: Set[int] = frozenset(),
    by_place: Set[int] = frozenset(),
    alone: set[int] | None = None,
) -> list[_Group]:
    """One block's claims grouped: clusters of agreeing claims first, then clusters joined where they conflict.
    `alone`: `_never_grouped(items)`, where the caller has it already."""
    # A number several articles print alike is clustered first, so that a nearby figure of one of them
    # ("from 8.8%" beside the market's 9%) does not take the place its peers' printings would fill.
    printed_by: dict[tuple[str, float], set[str]] = {}
    for member, _, _ in items:
        printed_by.setdefault((member.claim.unit, member.claim.value), set()).add(member.article_id)
    ordered = sorted(
        items,
        key=lambda item: (
            -len(printed_by[(item[0].claim.unit, item[0].claim.value)]),
            item[0].claim.unit,
            item[0].claim.value,
            item[0].article_id,
            item[0].claim.span,
        ),
    )
    if alone is None:
        alone = _never_grouped(items)
    with _readings_remembered():
        clusters = _Grouping()
        for member, subjects, primary in ordered:
            clusters.add(member, subjects, primary, id(member) in alone)
        return _join_conflicts(clusters.groups, by_story, by_place, clusters.alone)


def _metric_key(claim: ClaimFound) -> tuple[str, bool, str]:
    """What `metrics_compatible` reads of a claim."""
    return claim.metric, claim.metric_cue is None, claim.unit


def _never_grouped(items: list[tuple[Member, frozenset[str], frozenset[str]]]) -> set[int]:
    """The claims (ids) mainly about none of their subjects whose measure no claim mainly about one
    may share (`metrics_compatible`): most of a widely named subject's block. Such a claim stays
    alone through clustering, and skipping its lookups changes no other claim's place: a claim
    mainly about no subject joins only a cluster some member is mainly about one of (the second
    index), whose member it may not stand with; and a claim that is mainly about one, meeting its
    cluster, may not stand with it either (the relation is symmetric). It still stands in the
    conflict joins' lines (`_join_conflicts`), where it takes its place among the neighbours and
    joins nothing, as before."""
    mainly = {_metric_key(member.claim): member.claim for member, _, primary in items if primary}
    verdicts: dict[tuple[str, bool, str], bool] = {}
    out: set[int] = set()
    for member, _, primary in items:
        if primary:
            continue
        key = _metric_key(member.claim)
        if key not in verdicts:
            verdicts[key] = not any(metrics_compatible(member.claim, other) for other in mainly.values())
        if verdicts[key]:
            out.add(id(member))
    return out


def found_group(members: list[Member], names: OrganisationNames) -> ClaimGroupFound:
    """A group of claims as its rows show it: the subject most of them are mainly about of those they
    share, the most specific metric, the unit (a count's noun when all print one)."""
    placements = [claim_block(member, names) for member in members]
    subjects = frozenset.intersection(*(p.subjects for p in placements))
    primary = frozenset().union(*(p.primary for p in placements)) & subjects
    group = _Group([], subjects, primary)
    group.extend(members)
    block = placements[0].block
    printed = {m.claim.unit for m in members}
    # A count's group names the noun its members printed, or the family of the nouns when they differ.
    family = printed.pop() if block[0] != "money" and len(printed) == 1 else block[0]
    return ClaimGroupFound(_subject_of(group, names), _metric_of(members), family, block[1], members)


def group_claims(
    members: list[Member],
    organisations: set[str],
    names: OrganisationNames | None = None,
    candidates: dict[int, list[Candidate]] | None = None,
    map_blocks: MapBlocks | None = None,
    placements: list[Placement] | None = None,
) -> list[ClaimGroupFound]:
    """Claims of every article grouped. Each subject's block (the claims that may be about one
    organisation, one kind of unit) is grouped on its own: clusters of agreeing claims first, then
    clusters joined where they conflict. A claim then stands in the best of the groups its blocks
    give it (`pick`), or alone. The members of a group are those of one block's group that picked
    it: every one compatible with every other, all about its subject. A block's groups depend on its
    claims alone, a claim's place on its own blocks' groups: adding a claim regroups its blocks only.
    `candidates`, when given, is filled with each claim's groups of two or more (by position), and
    `placements` with each claim's placement (`claim_block`).
    `map_blocks`, when given, groups the blocks (`block_options` of each, in the blocks' order)
    elsewhere: in worker processes."""
    names = names or OrganisationNames(organisations)
    with_story(members, names)
    placed = [claim_block(member, names) for member in members]
    if placements is not None:
        placements.extend(placed)
    blocks = subject_blocks(placed)
    grouped = (
        map_blocks(blocks, members, names)
        if map_blocks is not None
        else (block_options(key, block, members, names) for key, block in blocks.items())
    )
    found: dict[int, list[Candidate]] = {}
    for block_found in grouped:
        for option, positions in block_found:
            for position in positions:
                found.setdefault(position, []).append(option)
    chosen: dict[tuple[BlockKey, str], list[Member]] = {}
    alone: list[list[Member]] = []
    for position, member in enumerate(members):
        options = found.get(position, [])
        if candidates is not None:
            candidates[position] = options
        best = pick(placed[position], options)
        if best is None:
            alone.append([member])
        else:
            chosen.setdefault((best.key, best.group), []).append(member)
    return [found_group(group, names) for group in [*chosen.values(), *alone]]


def _subject_of(group: _Group, names: OrganisationNames) -> str:
    """The subject the members share that most of them are mainly about ("" when none is known)."""
    known = sorted(s for s in group.subjects if not s.startswith(UNKNOWN_SUBJECT))
    if not known:
        return ""
    firsts = [member_subjects(m, names)[1] for m in group.members]
    return max(known, key=lambda s: (firsts.count(s), s))


def _metric_of(members: list[Member]) -> str:
    """The most specific metric the members name (a count named only by its unit if none is named)."""
    named = [m.claim.metric for m in members if not _generic(m.claim)]
    pool = named or [m.claim.metric for m in members]
    return max(sorted(set(pool)), key=lambda metric: (_base(metric) in BROADER, pool.count(metric)))


def _with_shorter_names(organisation: str, organisations: set[str]) -> tuple[str, ...]:
    """The organisation id and the ids of organisations whose name begins its name
    ("alibaba-group-holding" is also "alibaba-group"): one company named more or less fully. (c29) A prefix of generic
    words alone is none ("government" of "government-of-the-slovak-republic", "national-bank" of "national-bank-of-x"):
    a page's bare "Government" is its own country's, not every government's shorter name. (c30) A name opening with a
    nationality ("the Finnish Vantor Foods") is also the rest of it where another page names that company so
    (`_without_nationality`), and the rest's shorter names."""
    words = organisation.split("-")
    found = (
        organisation,
        *(prefix for n in range(1, len(words)) if (prefix := "-".join(words[:n])) in organisations and not _generic_name(prefix)),
    )
    rest = _without_nationality(organisation, organisations)
    return found if rest is None else (*found, *_with_shorter_names(rest, organisations))


# (c30) Nationalities (as ids' first words) and the words of a national body's name ("Danish Seafood Association",
# "Slovenian Chamber of Commerce": the nationality is the body's name, not where a company is from)
_DEMONYM_KEYS = frozenset(slug(word) for word in demonyms())
_BODY_WORD_KEYS = frozenset(
    slug(word) for key in ("joined_by_and_endings", "endings_taking_of") for word in words("organisations", key)
)


def _without_nationality(organisation: str, organisations: set[str]) -> str | None:
    """(c30) The id of a name without the nationality opening it ("finnish-vantor-foods" -> "vantor-foods"), where
    the corpus knows that rest as an organisation's name of two words or more that opens with no nationality of its
    own and holds no national body's word; else None. (fixc30) Nor where another nationality opens the same rest in
    the corpus ("swedish-vantor-foods" beside "finnish-vantor-foods"): two countries' companies share the rest, which
    names neither."""
    first, _, rest = organisation.partition("-")
    if first not in _DEMONYM_KEYS or rest.count("-") < 1 or rest not in organisations:
        return None
    if any(f"{other}-{rest}" in organisations for other in _DEMONYM_KEYS if other != first):
        return None
    if rest.split("-")[0] in _DEMONYM_KEYS or _BODY_WORD_KEYS.intersection(rest.split("-")) or _generic_name(rest):
        return None
    return rest


def sentence_organisations(article: ExtractedArticle) -> list[tuple[str, ...]]:
    """For each claim of the article, the organisations its final mentions name in the claim's
    sentence (or headline), the nearest before the figure first, then those after it."""
    return [near for near, _, _ in _sentence_organisations(article)]


def _sentence_organisations(
    article: ExtractedArticle, main: str | None = None, outlets: Set[str] = frozenset()
) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """`sentence_organisations`, and for a claim whose sentence names none, what it is about
    (`Referents`: the organisation an opening "It" or a "the company" stands for, or the company its
    paragraph named earlier; None where that is `main`, the article's own); and the organisation the
    sentence names by its first word alone before the figure ("Zagatala turns out 7.5 million pounds":
    `place_short_forms`), which extraction, knowing only the article's own mentions, could not see."""
    layout = article.layout
    text = article.seed.text
    zones = sorted(([layout.title.span] if layout.title else []) + [s for paragraph in article.sentences for s in paragraph])
    zone_starts = [zone.start for zone in zones]
    mentions = with_defined_short_names(text, [m for m in article.entities.mentions if m.kind == "organisation"])
    # "the Dutch group": the one Dutch organisation; "Zagatala turns out": the one named "Zagatala ..."
    short_forms = place_short_forms(text, mentions)
    # "Rio Grande, based in Port Antonio, ..." beside "Rio Grande Bottling Company": the one its place's name opens
    places = sorted((m for m in article.entities.mentions if m.kind == "place"), key=lambda m: m.span)
    openings = place_openings(text, zones, mentions, places)
    # (the deal's parties as extraction read them: "the Chilean company" is the deal's Chilean party)
    parties = deal_parties(text, zones, mentions) if mentions else {}
    if by_nationality := nationality_mentions(text, mentions, parties) + short_forms + openings:
        mentions = sorted([*mentions, *by_nationality], key=lambda m: m.span)
    short_starts = sorted(m.span.start for m in short_forms)
    mention_starts = [m.span.start for m in mentions]
    # "The factory in Tessby processes ...": the site's owner, what the sentences after it are about too
    place_starts = [m.span.start for m in places]
    placed = placed_firms(text, mentions, places)
    name_words = name_words_of(mentions, places)
    # What each zone is about if it names no organisation (`Referents`: one walk, zones and mentions
    # both in order); None where that is the article's own (the caller decides about it).
    abouts: list[str | None] = []
    referents = Referents(main)
    index = 0
    for zone in zones:
        index = bisect_left(mention_starts, zone.start, index)
        named = []
        while index < len(mentions) and mentions[index].span.start < zone.end:
            if zone.contains(mentions[index].span):
                named.append(mentions[index])
            index += 1
        about = referents.about(text, zone)
        abouts.append(None if about == main else about)
        referents.spoke(text, zone, [m for m in named if m.name not in outlets])
        referents.read(text, zone, [m for m in named if m.name not in outlets])  # the outlet is never a referent
        if not named and (owner := site_owner(text, zone, parties, within(places, place_starts, zone), placed, name_words)):
            referents.at_site(owner)
    out: list[tuple[tuple[str, ...], str | None, str | None]] = []
    for claim in article.claims:
        position = bisect_right(zone_starts, claim.span.start) - 1
        if position < 0 or not zones[position].contains(claim.span):
            out.append(((), None, None))
            continue
        zone = zones[position]
        inside = []
        for index in range(bisect_left(mention_starts, zone.start), len(mentions)):  # no slice: no copy per claim
            mention = mentions[index]
            if mention.span.start >= zone.end:
                break
            if (
                zone.contains(mention.span)
                and not mention.span.overlaps(claim.span)
                and not names_an_analysts_employer(text, mention, zone)
                and not names_where_a_filing_went(text, mention, zone)
                and not names_a_conversion_rates_setter(text, mention, zone)
                and not names_a_data_source(text, mention, zone)
            ):
                inside.append(mention)
        before = [m for m in reversed(inside) if m.span.end <= claim.span.start]
        after = [m.name for m in inside if m.span.start >= claim.span.end]
        # the nearest before the figure, where it is a first word acting alone
        short = before[0].name if before and _is_one_of(short_starts, before[0].span.start) else None
        out.append((tuple(dict.fromkeys([m.name for m in before] + after)), None if inside else abouts[position], short))
    return out


def _is_one_of(starts: list[int], start: int) -> bool:
    """Whether `start` is one of the sorted `starts`."""
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] == start


@dataclass
class ClaimRecords:
    """What claim grouping needs of the corpus, compact: one `Member` per claim (its words, outlet
    and the organisations its sentence names, never the article) and the ids of the places and
    people the articles mention. `claim_records` makes one article's (the map); `extend` merges
    them (the reduce); `claim_rows` groups them."""

    members: list[Member] = field(default_factory=list)
    elsewhere: set[str] = field(default_factory=set)  # ids of names found as places or people

    def extend(self, other: ClaimRecords) -> None:
        self.members.extend(other.members)
        self.elsewhere |= other.elsewhere


def claim_records(article: ExtractedArticle) -> ClaimRecords:
    """Map: one article's claims as grouping reads them, from its final mentions."""
    title = article.layout.title.span if article.layout.title else None
    text = article.seed.text
    # The article's own organisation read again from the final mentions: a name only the corpus-wide
    # pass found ("The carrier flew 14 million passengers") is the subject of figures naming none.
    zones = ([article.layout.title.span] if article.layout.title else []) + [s for p in article.sentences for s in p]
    organisations = with_defined_short_names(text, [m for m in article.entities.mentions if m.kind == "organisation"])
    outlet_name = _outlet_name(article, organisations)
    outlet = slug(outlet_name) if outlet_name else None
    outlets = _outlet_names(outlet_name, organisations, text)
    others = (m for m in article.entities.mentions if m.kind != "organisation")
    # The outlet that printed the story is never what it is about ("By Jo Hale, Fell Radio News").
    main = main_organisation(text, zones, [m for m in organisations if m.name not in outlets], others)
    # Places and people are never an organisation's short name (the town of Harlow is not "Harlow Air").
    elsewhere = {slug(m.name) for m in article.entities.mentions if m.kind in {"place", "person"}}
    # A short form resolved in its own article first (`_article_short_names`), then a group's short names.
    short = _article_short_names(organisations, elsewhere, text) | _group_short_names(organisations)
    described = _described_parties(article, organisations)
    printed = _names_past_a_particle(text)
    venture = stated_venture(text, zones, organisations, outlets, main)
    venture = short.get(venture, venture) if venture else None
    ordered = sorted(zones)
    ordered_starts = [zone.start for zone in ordered]

    def sentence_of(claim: ClaimFound) -> str:
        position = bisect_right(ordered_starts, claim.span.start) - 1
        return ordered[position].of(text) if position >= 0 and ordered[position].contains(claim.span) else ""

    members = [
        Member(
            article.seed.id,
            # A claim whose sentence names no organisation is about the deal's party the sentence describes
            # ("buying a company with sales of"), else the article's own, as the final mentions name it
            # (extraction's fallback knew only the article's own mentions); (c28b) or the company its page states
            # is shared or held (`_with_venture`).
            _compact(
                _with_venture(
                    _printed_in_full(
                        _named_in_full(
                            _about(
                                claim,
                                (described(claim) if not near else None)
                                or referent
                                or (main if not near and main != claim.source else None)
                                # "Zagatala turns out ...": the company its first word names, not extraction's fallback
                                or (first_word if first_word and claim.subject not in near else None),
                            ),
                            short,
                        ),
                        printed,
                    ),
                    venture if not near else None,
                    sentence_of(claim) if not near and venture else "",
                )
            ),
            outlet,
            tuple(sys.intern(short.get(name, name)) for name in near),
            title is not None and title.contains(claim.span),
            claim.span.of(text),
        )
        for claim, (near, referent, first_word) in zip(
            article.claims, _sentence_organisations(article, main, outlets), strict=True
        )
    ]
    return ClaimRecords(members, elsewhere)


def stated_venture(
    text: str, zones: list[Span], organisations: list[Mention], outlets: Set[str] = frozenset(), main: str | None = None
) -> str | None:
    """(c28b) The one company the page states is shared by others or held by another (`venture_cues_before`: "X, in
    which Y participates with 51%", "X ... was founded by Y (60 percent)", "X, a unit of Y", a holder named after the
    cue; `venture_cues_after`: "the joint enterprise X", "the founding agreement of X"), as the page names it: the name
    nearest the cue on its side, within its sentence, and tied by the cue to the page's own company (`main`): the
    holder named after a cue before is `main` (or the company is), a sentence with a cue after names `main`. Never
    the partner after "a joint venture with" (a company with its own results), nor a company "in which" or with
    "shareholders of" without a stake after the cue ("shareholders of B approved the offer", "B, in which C
    testified"). None where the page states none, or several (which one a figure is about, nothing says), or names
    no company of its own. The outlet is none. Linear: each sentence's cues, each looked up among its names, and each
    cue after against the cues before by one pointer walking with it."""
    if main is None:
        return None
    mentions = sorted((m for m in organisations if m.name not in outlets), key=lambda m: m.span)
    starts = [m.span.start for m in mentions]
    found: set[str] = set()
    before: tuple[int, bool] = (0, False)  # the paragraph so far: its last sentence's end, whether it named `main`
    for zone in zones:
        low, high = bisect_left(starts, zone.start), bisect_left(starts, zone.end)
        inside = [m for m in mentions[low:high] if zone.contains(m.span)]
        # (c31) a sentence naming the page's own company, or (fixc31 M5) the sentence right before it in its paragraph
        # naming it, or naming only partners after "with" where the one before that did ("X opens a plant. With Y it
        # adds a line. The joint company Z was founded"): the cue after ties its company to `main`, where the cue's
        # sentence names no company but the venture and partners after "with" (never a rival's venture)
        names_here = any(m.name == main for m in inside)
        same_paragraph = before[0] <= zone.start and "\n" not in text[before[0] : zone.start]
        carried = not names_here and before[1] and same_paragraph
        partner_from = _VENTURE_PARTNER_BETWEEN_RE.search(text, zone.start, zone.end) if carried else None
        partners_only = bool(inside) and partner_from is not None and inside[0].span.start >= partner_from.end()
        before = (zone.end, names_here or (carried and partners_only))
        if not inside:
            continue
        inside_starts = [m.span.start for m in inside]
        # (fixc31 M5) in a sentence tied by the one before, the names but partners after "with": the cue's company must
        # be the only one ("Rival B set up the joint venture Z" names a rival, whose venture Z is no page's company's)
        others = [i for i, m in enumerate(inside) if partner_from is None or m.span.start < partner_from.end()][:2]
        sentence = text[zone.start : zone.end]
        taken: list[tuple[int, int]] = []
        for match in _VENTURE_BEFORE_RE.finditer(sentence):
            start, end = zone.start + match.start(), zone.start + match.end()
            taken.append((start, end))
            if _wants_a_stake(text, match.group(0), end, zone.end):
                continue  # "B, in which C had testified": a relative clause, no holding
            nearest = bisect_left(inside_starts, start) - 1  # the name nearest before the cue
            holder = bisect_left(inside_starts, end)  # (a holder named after the cue)
            if (
                nearest >= 0
                and inside[nearest].span.end <= start
                and holder < len(inside)
                and main in (inside[holder].name, inside[nearest].name)
            ):
                found.add(inside[nearest].name)
        pointer = 0  # (cues of both kinds come in order: the first cue before not ended by this one's start)
        for match in _VENTURE_AFTER_RE.finditer(sentence):
            start, end = zone.start + match.start(), zone.start + match.end()
            while pointer < len(taken) and taken[pointer][1] <= start:
                pointer += 1
            if pointer < len(taken) and taken[pointer][0] < end:
                continue  # part of a cue naming the company before it ("X, a joint venture of Y")
            if not (names_here or carried) or _VENTURE_PARTNER_RE.match(text, end, zone.end):
                continue  # a sentence not naming the page's own company; a partner ("a joint venture with B")
            if _wants_a_stake(text, match.group(0), end, zone.end):
                continue  # "shareholders of B approved the offer": a takeover's target, no holding
            after = bisect_left(inside_starts, end)
            if after < len(inside) and (
                _VENTURE_PARTNER_NOUN_RE.match(text, end, zone.end)
                or _VENTURE_PARTNER_BETWEEN_RE.search(text, end, min(inside[after].span.start, end + _VENTURE_PARTNER_REACH))
            ):
                continue  # a partner: "a joint venture agreement with B", "its joint venture partner B"
            if after < len(inside) and inside[after].name != main and (names_here or others in ([], [after])):
                found.add(inside[after].name)
    return found.pop() if len(found) == 1 else None


def _wants_a_stake(text: str, cue: str, end: int, limit: int) -> bool:
    """Whether the cue ending at `end` states a holding only with a stake after it ("in which", "shareholders of") and
    none stands within `_STAKE_REACH` characters (and before `limit`, its sentence's end)."""
    return cue.casefold() in _VENTURE_NEEDS_STAKE and not _VENTURE_STAKE_RE.search(text, end, min(limit, end + _STAKE_REACH))


def _with_venture(claim: ClaimFound, venture: str | None, sentence: str) -> ClaimFound:
    """(c28b) A figure given to its company by its context alone (its sentence names none), on a page stating that one
    company is shared or held (`stated_venture`), may be that company's too: one outlet gives a plant's figures to the
    venture building it, another to a partner or parent. Never a percentage (a holder's stake is its own), a land's
    figure, or one whose sentence calls it a group's or a parent's (`group_figure_words`: "Group revenue rose to"), the
    page's own company's ("It employs", "the carmaker said": `venture_own_company_words`) or a country's or a market's
    ("car sales in the country": `venture_market_words`)."""
    if (
        venture is None
        or venture in claim.subjects
        or claim.unit == "percent"
        or land_of_claim(claim)
        or _GROUP_FIGURE_RE.search(sentence)
        or _OWN_COMPANY_RE.search(sentence)
        or _MARKET_FIGURE_RE.search(sentence)
    ):
        return claim
    return replace(claim, subjects=(*claim.subjects, venture))


_PARTICLES = alternation(
    sorted(set(load("names")["particles"]) - {"i", "ap", "zu", "al", "bin", "binti", "bint", "ibn", "ould", "mint"})
)
_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
# A name going on past a particle into capitalised words ("Camaronera del Golfo de Tessa", "Salinas do Cabo
# Orvo"): each step a particle (an article after it) or a capitalised word, one space apart; bounded.
_NAME_PAST_A_PARTICLE_RE = re.compile(
    rf"(?<![\w’'-])({_CAPITAL}) (?:{_PARTICLES}) (?:(?:la|las|los|le|les) )?{_CAPITAL}"
    rf"(?: (?:(?:{_PARTICLES}) (?:(?:la|las|los|le|les) )?)?{_CAPITAL}){{0,3}}(?![\w’'-])"
)


def _names_past_a_particle(text: str) -> dict[str, str]:
    """An article's one-word names printed going on past a particle into capitalised words ("Camaronera" of
    "Camaronera del Golfo de Tessa"), each to the fullest name so printed (a word printed so in two ways that do not
    begin one another is left)."""
    found: dict[str, set[str]] = {}
    for match in _NAME_PAST_A_PARTICLE_RE.finditer(text):
        found.setdefault(match.group(1), set()).add(match.group(0))
    fullest = {word: max(names, key=len) for word, names in found.items()}
    # (names that begin one another, "Camaronera del Golfo" and "Camaronera del Golfo de Tessa", are one)
    return {word: full for word, full in fullest.items() if all(full.startswith(name) for name in found[word])}


def _printed_in_full(claim: ClaimFound, printed: dict[str, str]) -> ClaimFound:
    """The claim with, after each one-word subject, the name its article prints it going on past a particle
    ("Camaronera" and "Camaronera del Golfo de Tessa"): extraction may have read the rest as a place's name,
    and the short word may begin several organisations' names in the corpus, where the full name says which.
    The full name resolves only where the corpus knows an organisation so named (`OrganisationNames`)."""
    extra = [printed[s] for s in claim.subjects if s in printed and printed[s] not in claim.subjects]
    return replace(claim, subjects=tuple(dict.fromkeys((*claim.subjects, *extra)))) if extra else claim


def _described_parties(article: ExtractedArticle, organisations: list[Mention]) -> Callable[[ClaimFound], str | None]:
    """The deal's party a claim's sentence describes before the figure ("the seller is a developer
    whose", "buying a company with"; `described_party`), or whose site it opens with ("The factory in
    Tessby processes"; `site_party`), read from the final mentions: the party extraction gave it, which
    the article's own must not replace."""
    sentences = [s for paragraph in article.sentences for s in paragraph]
    parties = deal_parties(article.seed.text, sentences, organisations) if organisations else {}
    starts = [s.start for s in sentences]
    read: dict[int, tuple[int, str] | None] = {}
    places = sorted((m for m in article.entities.mentions if m.kind == "place"), key=lambda m: m.span)
    place_starts = [m.span.start for m in places]
    placed = placed_firms(article.seed.text, organisations, places) if parties else {}
    name_words = name_words_of(organisations, places)

    def described(claim: ClaimFound) -> str | None:
        if not parties:
            return None
        position = bisect_right(starts, claim.span.start) - 1
        if position < 0 or not sentences[position].contains(claim.span):
            return None
        if position not in read:
            sentence = sentences[position]
            read[position] = described_party(article.seed.text, sentence, parties)
            if read[position] is None:
                # "The facility in Tessby processes 5,900 tonnes": the site's owner (the deal's target by default)
                site = site_party(
                    article.seed.text, sentence, parties, within(places, place_starts, sentence), placed, name_words
                )
                read[position] = (site[0], site[1]) if site and site[1] else None
        found = read[position]
        return found[1] if found and claim.span.start >= found[0] else None

    return described


def _outlet_name(article: ExtractedArticle, organisations: list[Mention]) -> str | None:
    """The outlet that printed the article: the layout's, else the organisation its byline names, else
    the news agency in brackets before a dateline's dash ("SÃO PAULO, Nov 25 (APN) - ", where the
    layout read no dateline), else the newsletter a line says is published by its publisher."""
    if article.layout.outlet:
        return article.layout.outlet.value
    byline = f" {article.layout.byline.value} " if article.layout.byline else ""
    text = article.seed.text
    return (
        next((m.name for m in organisations if f" {m.name} " in byline.replace(",", " ")), None)
        or next((m.name for m in organisations if dateline_agency(text, m.span)), None)
        # a newsletter's own line: "Harbour Grain Briefing is published by Tessby Media Ltd"
        or next((m.name for m in organisations if _PUBLISHED_BY_AFTER_RE.match(text, m.span.end)), None)
        # (c28b) a station's masthead: "Radio Tessby 94.3 FM – Kormo" opening the page
        or next((m.name for m in organisations if _masthead_station(text, m)), None)
    )


_NEWSROOM_WORDS = frozenset(word.casefold() for word in load("organisations")["newsroom_words"])
_NEWSROOM_FIRST = frozenset(word.casefold() for word in load("organisations")["newsroom_first_words"])
# What a station's masthead prints after its name on its line: a frequency, a band, a dash and a place; no lower-case word.
# (the review of c28b) a dash and a place only after a frequency or a band ("Radio Tessby 94.3 FM – Kormo"), and the
# place of two words at most: "Radio Tessby – Kormo Group Buys Station" is a title-case headline about a station
_MASTHEAD_REST_RE = re.compile(
    r"[^\S\n]*(?:(?:(?:\d+(?:[.,]\d+)?[^\S\n]*)?[A-Z]{2,3}\b|\d+[.,]\d+)"
    r"(?:[^\S\n]*[–—|·-][^\S\n]*[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)?)?[^\S\n]*(?:\n|$)"
)


def _masthead_station(text: str, mention: Mention) -> bool:
    """(c28b) A newsroom's name ("Radio ...", `newsroom_first_words`) opening the page's first line, the rest of that
    line a frequency, a band, a dash and a place at most ("Radio Tessby 94.3 FM – Kormo"; the dash only after a frequency
    or a band): the page's outlet. A line saying something of a station ("Radio Tessby sold to Kormo Group", "Radio
    Tessby – Kormo Group Buys Station") is a headline about it."""
    first = text.split(None, 1)
    return (
        bool(first)
        and mention.span.start == len(text) - len(text.lstrip())
        and first[0].casefold() in _NEWSROOM_FIRST
        and _MASTHEAD_REST_RE.match(text, mention.span.end) is not None
    )


# After a newsletter's name (its last word may be its kind: "Briefing", "Monitor"): its publisher follows.
_PUBLISHED_BY_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w'’-]+)?\s+is\s+published\s+by\b")


def _outlet_names(outlet: str | None, organisations: list[Mention], text: str = "") -> frozenset[str]:
    """The outlet's name and the names of it spelled out whose initials are its abbreviation (a dateline's
    "(APN)" under a masthead "APN - Agência Paulista de Notícias"), and a newsroom someone in the article
    told something (the outlet, or a name the vocabulary marks as a newsroom's: "told Radio Tessby FM"):
    never what the article is about."""
    told = told_newsroom(text, organisations, outlet)
    if not outlet:
        return frozenset(told)
    spelled = {m.name for m in organisations if len(outlet) > 1 and outlet.isupper() and _initials(m.name) == outlet}
    # (c28b) a newsroom's word alone ("FM" of "Radio Tessby 94.3 FM"): part of the outlet's masthead, no company
    bands = {m.name for m in organisations if m.name.casefold() in _NEWSROOM_WORDS}
    return frozenset({outlet, *spelled, *told, *bands})


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _article_short_names(organisations: list[Mention], elsewhere: Set[str], text: str = "") -> dict[str, str]:
    """An article's short forms of one of its own organisations ("Ostra Marine" beside "Ostra Marine Holdings"),
    each to the fullest of its longer names in the article, where every longer name of the article it begins
    begins one another: a short form is first its own article's company, never another story's that it begins
    too. Read as `OrganisationNames` reads the corpus (no legal form, kind of body, non-name word, place or
    person alone; no body of a company, no sister named for a country), from the article's final mentions. Only
    where the words the longer name adds are words a short form drops (`short_form_endings`, legal forms: "Ostra
    Marine Holdings"), never a unit's business word ("Ostra Marine Securities"), and never a short form the
    article names as an owner ("X Logistics, a unit of X"). A short form the article names no longer name for is
    left to the corpus."""
    by_key = {slug(m.name): m.name for m in organisations}
    owned = {
        slug(m.name)
        for m in organisations
        if _OWNER_BEFORE_RE.search(text, max(0, m.span.start - _OWNER_REACH), m.span.start) is not None
    }
    owners: dict[str, list[str]] = {}
    for key in by_key:
        if _organ_of(key):
            continue
        words = key.split("-")
        for n in range(1, len(words)):
            if _a_place(words[n:]):
                break
            if (prefix := "-".join(words[:n])) in by_key:
                owners.setdefault(prefix, []).append(key)
    short = {}
    for prefix, longer in owners.items():
        if prefix in elsewhere or prefix.split("-")[0] in NOT_NAME_STARTS or prefix in KIND_WORDS or prefix in LEGAL_FORM_KEYS:
            continue
        if prefix in owned:
            continue  # "X Holdings, a subsidiary of X": the short form is the owner
        longest = max(longer, key=lambda key: (len(key), key))
        added = longest[len(prefix) + 1 :].split("-")
        if all(longest.startswith(other + "-") or other == longest for other in longer) and all(
            word in _SHORT_FORM_DROPS for word in added
        ):
            short[by_key[prefix]] = by_key[longest]
    return short


def _group_short_names(organisations: list[Mention]) -> dict[str, str]:
    """An article's short names of a group named in full with its word for a group first ("Valença" and
    "Valença Alimentos" for "Grupo Valença Alimentos"), where that group is the only one they begin."""
    owners: dict[str, set[str]] = {}
    for mention in organisations:
        first, _, rest = mention.name.partition(" ")
        if rest and GROUP_NAME_RE.fullmatch(first):
            words = rest.split()
            for n in range(1, len(words) + 1):
                owners.setdefault(" ".join(words[:n]), set()).add(mention.name)
    named = {m.name for m in organisations}
    return {short: full for short, (full,) in ((k, v) for k, v in owners.items() if len(v) == 1) if short in named}


def _named_in_full(claim: ClaimFound, short: dict[str, str]) -> ClaimFound:
    if not short or not (claim.subject in short or any(s in short for s in claim.subjects)):
        return claim
    subjects = tuple(dict.fromkeys(short.get(s, s) for s in claim.subjects))
    return replace(claim, subject=short.get(claim.subject, claim.subject) if claim.subject else None, subjects=subjects)


def _about(claim: ClaimFound, referent: str | None) -> ClaimFound:
    """The claim about the organisation an opening "It" stands for (or the article's own), when its
    sentence names none."""
    if referent is None or claim.subject == referent or land_of_claim(claim):
        return claim  # (a land's figure, "Chile exported ...", is no organisation's)
    return replace(claim, subject=referent, subjects=tuple(dict.fromkeys((referent, *claim.subjects))))


_RECURRING: tuple[str, ...] = ("unit", "scale", "also_unit", "direction", "metric", "subject", "period", "scope")
_RECURRING += ("source", "modality", "qualifier", "metric_cue", "moment")


def _compact(claim: ClaimFound) -> ClaimFound:
    """The claim as grouping keeps it for the whole corpus: the words that recur across claims (units,
    metrics, names) one copy each, and without its number as written (no row or group reads it)."""
    recurring: dict[str, Any] = {name: sys.intern(value) for name in _RECURRING if isinstance(value := getattr(claim, name), str)}
    return replace(claim, value_as_written="", subjects=tuple(map(sys.intern, claim.subjects)), **recurring)


def claim_rows(
    records: ClaimRecords,
    organisations: set[str],
    ids: ContentIds | None = None,
    batch: int = 2000,
    candidates: dict[int, list[Candidate]] | None = None,
    groups: list[list[Member]] | None = None,
    map_blocks: MapBlocks | None = None,
    names: OrganisationNames | None = None,
    placements: list[Placement] | None = None,
) -> Iterator[dict[str, list[dict]]]:
    """Claims, grouped across articles, each group consistent or conflicting: claim and group rows,
    in batches of `batch` groups (rows keyed by integer ids: stored in key order however written).
    `candidates` and `placements` as `group_claims` fills them; `groups`, when given, are the groups
    (the records give the names only)."""
    ids = ids or ContentIds()
    group_rows: list[dict] = []
    claims: list[dict] = []
    names = names or OrganisationNames(organisations, records.elsewhere)
    found = (
        [found_group(group, names) for group in groups]
        if groups is not None
        else group_claims(records.members, organisations, names, candidates, map_blocks, placements)
    )
    for group in found:
        disagreements = claim_disagreements(group.members)
        members = sorted(group.members, key=lambda m: (m.article_id, m.claim.span))
        # The group's id is its first member's (the smallest article id and span; each claim stands in
        # one group): a claim joining or leaving it changes no other member's row, unless it is that first.
        group_id = ids(
            "claim_groups", "claim_group", members[0].article_id, members[0].claim.span.start, members[0].claim.span.end
        )
        group_rows.append(
            {
                "id": group_id,
                "subject_id": group.subject or None,
                "metric": group.metric,
                "unit": group.family,
                "status": "conflicting" if disagreements else "consistent",
                "disagreements": ", ".join(disagreements) or None,
                "article_count": len({m.article_id for m in members}),
                "claim_count": len(members),
            }
        )
        for member in members:
            claim, article_id = member.claim, member.article_id
            subject = member_subjects(member, names)[1]
            claims.append(
                {
                    "id": ids("claims", article_id, "claim", claim.span.start, claim.span.end),
                    "article_id": article_id,
                    "group_id": group_id,
                    "value": claim.value,
                    "value_high": claim.value_high,
                    "precision": claim.precision,
                    "unit": claim.unit,
                    "scale": claim.scale,
                    "also_value": claim.also_value,
                    "also_unit": claim.also_unit,
                    "direction": claim.direction,
                    "metric": claim.metric,
                    "metric_cue": claim.metric_cue,
                    "subject_id": subject,
                    "period": claim.period,
                    "period_as_written": claim.period_as_written,
                    "moment": claim.moment,
                    "scope": claim.scope,
                    "source": claim.source,
                    "modality": claim.modality,
                    "qualifier": claim.qualifier,
                    "span_start": claim.span.start,
                    "span_end": claim.span.end,
                    "text": member.text,
                }
            )
        if len(group_rows) >= batch:
            yield {"claim_groups": group_rows, "claims": claims}
            group_rows, claims = [], []
    if group_rows:
        yield {"claim_groups": group_rows, "claims": claims}


# The story-level subject step ------------------------------------------------------------------
#
# Two articles are of one story when they print two or more of the same story figures: a sum of money of at least
# `STORY_FIGURE_FLOOR`, printed to three significant figures that are not two ("EUR 48.5 million", "KZT58.4bn",
# "58 412 306 thousand tenge" read at three figures), in one currency, counted once per claim (a sum printed with
# its conversion is one). Round sums ("$100m", "$1.5bn") are no evidence: many stories print them. Two such sums
# happen by chance in a large corpus, so one of the shared sums must also be one organisation's in both (a subject in
# common, or two related by name, or none in one: `_one_storys_sum`), unless they share `STORY_FIGURES_ALONE` sums. Within two such articles, a
# figure both print alike (`agreeing`, at the precision printed), each printing it once, stands in the blocks of
# the subjects the other outlet gives it too, where one outlet gives it no subject, where the two subjects are
# related by name (`related_names`: one holds the other, or they share a first word and one article prints both: a
# parent and its unit), or where it is a story figure itself (a sum so exact, in one story, is one figure whoever
# each outlet says it is about: a native and a translated name). It is never primary there: a group still needs a
# member mainly about its subject, and every member compatible with every other; it never makes a conflict join
# (`_joined_without_story`).

STORY_FIGURE_FLOOR = 1e5
STORY_FIGURES_SHARED = 2  # story figures two articles print alike before they are one story
STORY_FIGURES_ALONE = 3  # shared figures that make two articles one story with no name printed alike
STORY_FIGURE_ARTICLES = 8  # a figure more articles print ties none of them (a common sum, not a story's)
STORY_FIGURE = "claim story figure"


def _three_figures(value: float) -> float | None:
    """The value at three significant figures, where those are not two (58.4e9, 48.5e6, 119e6; not 1.5e9)."""
    if not math.isfinite(value) or value < STORY_FIGURE_FLOOR:
        return None
    magnitude = math.floor(math.log10(value))
    three, two = round(value, 2 - magnitude), round(value, 1 - magnitude)
    return None if math.isclose(three, two, rel_tol=1e-9) else float(f"{three:.3g}")


def story_figures(claim: ClaimFound) -> frozenset[str]:
    """The claim's story figures, as text ("EUR 4.85e+07"): its sum of money in each currency it is printed in."""
    found = set()
    for unit, value in ((claim.unit, claim.value), (claim.also_unit, claim.also_value)):
        money = unit and unit.isupper() and len(unit) == 3 and claim.value_high is None
        if money and value is not None and (three := _three_figures(value)) is not None:
            found.add(f"{unit} {three:.6g}")
    return frozenset(found)


def story_partners(figures: Mapping[str, Mapping[str, Set[Hashable]]]) -> dict[str, dict[str, int]]:
    """article id -> the articles of its story, each with how many figures the two print alike (`_shared_count`),
    from each article's story figures (figure -> the claims printing it): those sharing `STORY_FIGURES_SHARED`
    figures, each printed by at most `STORY_FIGURE_ARTICLES` articles."""
    by_figure: dict[str, list[str]] = {}
    for article_id in sorted(figures):
        for figure in figures[article_id]:
            by_figure.setdefault(figure, []).append(article_id)
    shared: dict[tuple[str, str], list[str]] = {}
    for figure in sorted(by_figure):
        articles = by_figure[figure]
        if len(articles) > STORY_FIGURE_ARTICLES:
            continue
        for i, a in enumerate(articles):
            for b in articles[i + 1 :]:
                shared.setdefault((a, b), []).append(figure)
    partners: dict[str, dict[str, int]] = {}
    for (a, b), alike in shared.items():
        if len(alike) < STORY_FIGURES_SHARED:
            continue
        count = min(_shared_count(alike, figures[a]), _shared_count(alike, figures[b]))
        if count >= STORY_FIGURES_SHARED:
            partners.setdefault(a, {})[b] = count
            partners.setdefault(b, {})[a] = count
    return partners


def _shared_count(alike: list[str], printed: Mapping[str, Set[Hashable]]) -> int:
    """How many figures of `alike` one article prints, those one claim prints together counted once (a sum with its
    conversion, "EUR 12.3 million ($13.4 million)", is one figure): the figures joined by the claims printing them."""
    parent = {figure: figure for figure in alike}

    def root(figure: str) -> str:
        while parent[figure] != figure:
            parent[figure] = parent[parent[figure]]
            figure = parent[figure]
        return figure

    first_of: dict[Hashable, str] = {}
    for figure in alike:
        for claim in printed[figure]:
            other = first_of.setdefault(claim, figure)
            parent[root(figure)] = root(other)
    return len({root(figure) for figure in alike})


def _first_word_shared(a: str, b: str) -> bool:
    """Two organisation ids of one first word, not a word any name may begin with ("development-bank-...")."""
    first = a.split("-")[0]
    return (
        first == b.split("-")[0]
        and len(first) > 2
        and first not in NOT_NAME_STARTS
        and first not in KIND_WORDS
        and first not in LEGAL_FORM_KEYS
    )


def _holds(longer: str, name: str) -> bool:
    """Whether an organisation id holds another's words whole ("as-peipsi-puit" holds "peipsi-puit")."""
    return f"-{name}-" in f"-{longer}-"


def related_names(a: str, b: str, names_a: Set[str], names_b: Set[str]) -> bool:
    """Whether two organisations (ids), each an article's subject of one figure, are related by name: one name
    holds the other ("peipsi-puit" and "as-peipsi-puit", "peipsi" and "peipsi-puit"), or they share a first word
    and one of the two articles prints both (an outlet naming the parent where the other names its unit). A first
    word alone relates nothing: two units of one group, or two companies of one country's name, share theirs.
    `names_a`, `names_b`: the organisations each article prints."""
    if (_holds(a, b) and not _generic_name(b)) or (_holds(b, a) and not _generic_name(a)):
        return True
    if not _first_word_shared(_without_legal_form_key(a), _without_legal_form_key(b)):
        return False
    return any(any(_holds(n, a) for n in printed) and any(_holds(n, b) for n in printed) for printed in (names_a, names_b))


# (review of the fix passes, LOW) Words of a generic head: kinds of body, a public body's modifiers, legal forms
_GENERIC_WORDS = KIND_WORDS | LEGAL_FORM_KEYS | frozenset(word.casefold() for word in load("pronouns")["public_body_modifiers"])


def _generic_name(name: str) -> bool:
    """An id of generic words only ("national-bank", "state-bank"): held by many bodies' names ("first-national-bank"),
    no relation to any of them."""
    return all(part in _GENERIC_WORDS for part in name.split("-"))


def _without_legal_form_key(name: str) -> str:
    """An id without a legal form's word before it ("as-peipsi-puit" -> "peipsi-puit")."""
    first, _, rest = name.partition("-")
    return rest if rest and first in LEGAL_FORM_KEYS else name


StoryItem = tuple[Member, frozenset[str], str | None]
# The other article's printings compared with a figure: a plain printing (no hedge, no range, read to a tenth of its
# value or finer) agrees only with one within `STORY_NEAR` of it; a hedged, ranged or coarse one ("more than 2,000",
# "about 1,000") reaches at most `STORY_WINDOW` away ("more than 2,000" up to 3,000; a range wider than that, or
# "up to 1,000" down to nothing, is not looked for). More printings than `STORY_CANDIDATES` near one figure: none of
# them is the one figure both print (a table of like sums), and the work stays linear in claims.
STORY_NEAR = 1.1
STORY_WINDOW = 2.05
STORY_CANDIDATES = 32


def story_subjects(
    members: list[Member], names: OrganisationNames, partners: Mapping[str, Mapping[str, int]]
) -> dict[tuple, frozenset[str]]:
    """(article id, span start, span end) -> the subjects (ids) a claim stands in besides its own, from the
    figures its story's other outlets print alike (see above). A pure function of the members of the
    articles and their partners. Two partners are one story only where one of their shared sums is one
    organisation's in both (`_one_storys_sum`), or they share `STORY_FIGURES_ALONE` figures. Each figure is compared
    only with the other article's printings near its value (`STORY_WINDOW`), so the work is linear in claims."""
    by_article: dict[str, list[StoryItem]] = {}
    for member in members:
        if member.article_id in partners:
            subjects, main = _member_subjects(member, names)
            by_article.setdefault(member.article_id, []).append((member, subjects, main))
    printed = {
        article_id: frozenset(subject for _, subjects, _ in items for subject in subjects)
        for article_id, items in by_article.items()
    }
    extra: dict[tuple, set[str]] = {}
    with _readings_remembered():
        indexes = {article_id: _value_index(items) for article_id, items in by_article.items()}
        for a in sorted(by_article):
            for b in sorted(partners[a]):
                if b <= a or b not in by_article:
                    continue
                matched = []
                for ours in by_article[a]:
                    found = _alike_in(ours[0], indexes[b])
                    # one printing each way: a figure each article prints once (never one of several alike)
                    if found is None or len(found) != 1:
                        continue
                    back = _alike_in(found[0][0], indexes[a])
                    if back is not None and len(back) == 1 and back[0][0] is ours[0]:
                        matched.append((ours, found[0]))
                if partners[a][b] < STORY_FIGURES_ALONE and not any(
                    _one_storys_sum(ours, theirs, printed[a], printed[b]) for ours, theirs in matched
                ):
                    continue  # two sums alike by chance: two stories
                for ours, theirs in matched:
                    _story_pair(ours, theirs, extra, printed[a], printed[b])
    own = {_story_key(member): subjects for items in by_article.values() for member, subjects, _ in items}
    return {key: frozenset(found - own[key]) for key, found in extra.items() if found - own[key]}


def _one_storys_sum(ours: StoryItem, theirs: StoryItem, names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """(review of the fix passes, C1) A story figure two articles print alike that the pair's names tie to one story:
    a subject one article gives it is a name the other prints (or one related by name to it: `related_names`); where
    one article gives it no subject, the two print one organisation's name alike (review l36 HIGH 1: a subjectless
    sum alone is no evidence). A name both print only on other figures is no evidence (a central bank, a ministry,
    a third company both stories mention); a native name and a translated one of the figure's company are, where
    one article prints both."""
    (a, subjects_a, _), (b, subjects_b, _) = ours, theirs
    if not story_figures(a.claim) & story_figures(b.claim):
        return False
    # (review l36) a sum with no subject in one article is no evidence on its own: only where the two articles print
    # one organisation's name alike (or related by name: the old gate)
    if not subjects_a or not subjects_b:
        return _named_alike(names_a, names_b)
    return _named_by(subjects_a, names_b, names_a, names_b) or _named_by(subjects_b, names_a, names_a, names_b)


def _named_alike(names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """Two articles printing one organisation's name, or two names one holds the other of."""
    if names_a & names_b:
        return True
    heads: dict[str, list[str]] = {}
    for name in sorted(names_b):
        heads.setdefault(_without_legal_form_key(name).split("-")[0], []).append(name)
    return any(
        related_names(x, y, names_a, names_b)
        for x in sorted(names_a)
        for y in heads.get(_without_legal_form_key(x).split("-")[0], ())
    )


def _named_by(subjects: frozenset[str], printed: frozenset[str], names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """Whether one of a figure's subjects is a name an article prints, or related by name to one it prints."""
    if subjects & printed:
        return True
    heads = {_without_legal_form_key(subject).split("-")[0] for subject in subjects}
    return any(
        related_names(subject, name, names_a, names_b)
        for name in sorted(printed)
        if _without_legal_form_key(name).split("-")[0] in heads
        for subject in sorted(subjects)
    )


StoryIndex = dict[tuple[str, bool], tuple[list[float], list[StoryItem]]]


def _plain(reading: Reading) -> bool:
    """A printing read finely: no hedge, no range, read to a tenth of its value or finer (compared only with the
    other article's printings within `STORY_NEAR` of it)."""
    return reading[4] is None and reading[2] is None and reading[3] <= 0.1 * abs(reading[1])


def _value_index(items: list[StoryItem]) -> StoryIndex:
    """An article's claims by the unit of each reading and whether it is plain (`_plain`), sorted by value (for
    `_alike_in`)."""
    rows: dict[tuple[str, bool], list[tuple[float, int, StoryItem]]] = {}
    for position, item in enumerate(items):
        for reading in amounts(item[0].claim):
            rows.setdefault((reading[0], _plain(reading)), []).append((reading[1], position, item))
    index = {}
    for key, found in rows.items():
        found.sort(key=lambda row: (row[0], row[1]))
        index[key] = ([row[0] for row in found], [row[2] for row in found])
    return index


def _alike_in(member: Member, index: StoryIndex) -> list[StoryItem] | None:
    """The other article's claims printing this figure alike (`_printed_alike`), up to two (one is all the step
    needs to know); None when more than `STORY_CANDIDATES` printings lie near it."""
    found: list[StoryItem] = []
    seen: set[int] = set()
    looked = 0
    for reading in amounts(member.claim):
        unit, value, high = reading[0], reading[1], reading[2]
        top = high if high is not None else value
        for plain in (True, False):
            if (unit, plain) not in index:
                continue
            values, items = index[(unit, plain)]
            ratio = STORY_NEAR if plain and _plain(reading) else STORY_WINDOW
            bounds = sorted((value / ratio, value * ratio, top / ratio, top * ratio))
            for position in range(bisect_left(values, bounds[0]), bisect_right(values, bounds[-1])):
                item = items[position]
                if id(item[0]) in seen:
                    continue
                seen.add(id(item[0]))
                looked += 1
                if looked > STORY_CANDIDATES:
                    return None
                if _printed_alike(member, item[0]):
                    found.append(item)
                    if len(found) > 1:
                        return found
    return found


def _printed_alike(a: Member, b: Member) -> bool:
    """Two claims of one story's two articles that print one figure alike, at the precision printed."""
    return a.claim.modality == b.claim.modality and agreeing(a, b) is True and same_amount(a.claim, b.claim) is True


def _story_pair(ours: StoryItem, theirs: StoryItem, extra: dict, names_a: frozenset[str], names_b: frozenset[str]) -> None:
    (a, subjects_a, main_a), (b, subjects_b, main_b) = ours, theirs
    if subjects_a == subjects_b:
        return
    related = (
        not subjects_a
        or not subjects_b
        or (main_a is not None and main_b is not None and related_names(main_a, main_b, names_a, names_b))
        # a sum so exact, printed once by each of two articles of one story (one such sum theirs alike: `_one_storys_sum`),
        # is one figure whoever each says it is about (a native and a translated name)
        or bool(story_figures(a.claim) & story_figures(b.claim))
    )
    if not related:
        return
    if subjects_b - subjects_a:
        extra.setdefault(_story_key(a), set()).update(subjects_b)
    if subjects_a - subjects_b:
        extra.setdefault(_story_key(b), set()).update(subjects_a)


def _story_key(member: Member) -> tuple[str, int, int]:
    return (member.article_id, member.claim.span.start, member.claim.span.end)


def with_story(members: list[Member], names: OrganisationNames) -> OrganisationNames:
    """`names` with the corpus's story subjects worked out (`story_subjects`), once, before any claim is placed."""
    if names.story is None:
        figures: dict[str, dict[str, set[tuple[int, int]]]] = {}
        for member in members:
            for figure in story_figures(member.claim):
                figures.setdefault(member.article_id, {}).setdefault(figure, set()).add(_story_key(member)[1:])
        partners = story_partners(figures)
        names.story = story_subjects(members, names, partners) if partners else {}
    return names
