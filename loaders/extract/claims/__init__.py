"""Numeric claims: amounts, percentages and counts, normalised, with what they
measure. A pure function of one article's text, its sentences, its entity
mentions and its publication date.

One module per part: `amounts` reads the numbers, `periods` says when they
apply, `context` says what they measure and how sure the article is.
Pitfalls handled: "($1.5 billion)" after an amount is the same amount in
another currency, not a negative number; "2.1 billion kroner" and "NOK 2.1
billion"; "third quarter" is a period, not 1/12; a year alone, "4G", "Q3",
model numbers and "tier 1" are no claims; "about a third"; percentage points
are not percent; a number inside a hypothetical ("we could sell 10 billion")
is recorded as hypothetical, never as fact.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import takewhile

from loaders.extract.claims.amounts import (
    Amount,
    find_amounts,
    is_earlier,
    prints_decimal_commas,
    prints_only_thousands_dots,
    prints_scaled_decimal_commas,
)
from loaders.extract.claims.context import (
    CAPITALISED_RE,
    PERCENT_UNITS,
    attribution,
    is_public_body,
    names_an_analysts_employer,
    read_contexts,
)
from loaders.extract.claims.corrections import corrected
from loaders.extract.claims.countries import in_sentence, is_town, local_currencies, prints_own_dollar
from loaders.extract.claims.lands import acting_lands, is_land, land_of
from loaders.extract.claims.nationality import nationality_mentions
from loaders.extract.claims.parties import (
    _ROLE_OF,
    ROLE_LABEL_RE,
    deal_parties,
    described_party,
    name_words_of,
    placed_firms,
    site_party,
)
from loaders.extract.claims.vocabulary import is_currency_code, longest_first
from loaders.extract.cues import LEGAL_FORMS, SPEAKING_ROLE_WORDS
from loaders.extract.gazetteer import places as place_kinds
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.types import DEFINED_TERM_RULE, EntityFindings, Mention
from loaders.spans import Span
from loaders.vocab import load, words

__all__ = [
    "ClaimFound",
    "Referents",
    "attribute_quoted",
    "dateline_agency",
    "find_claims",
    "land_of_claim",
    "main_organisation",
    "referent_named",
]

# A sentence opening with a pronoun that stands for an organisation ("It", "Its"): re.match from its start.
# Not "It's", nor an "It" that stands for nothing ("It is likely that", "It is hard to say").
_EXPLETIVE_VERB = rf"\s+(?:{longest_first(words('pronouns', 'expletive_verbs'))})\s+"
ORGANISATION_PRONOUN_RE = re.compile(
    rf"(?:{'|'.join(words('pronouns', 'organisation_subject'))})\b(?![’']s\b)"
    rf"(?!{_EXPLETIVE_VERB}(?:[\w-]+\s+){{0,3}}(?:that|whether|if)\b)"
    rf"(?!{_EXPLETIVE_VERB}(?:{longest_first(words('pronouns', 'expletive_before_to'))})\s+to\b)"
)

# "the company", "the chain", "the merged business": an organisation named before, anywhere in a
# sentence that names none.
# (a describing word may be a place joined to a participle: "the Nairobi-listed group", "the Kalisz-based firm")
ORGANISATION_DESCRIPTION_RE = re.compile(
    rf"\b[Tt]he\s+(?:[a-z]+\s+|[A-Z][a-z]+-[a-z]+\s+)?(?:{longest_first(words('pronouns', 'organisation_descriptions'))})\b(?!\s+of\b)"
)
# "The JV", "The venture", "The new company": the venture the article named as one ("set up a joint venture, X,",
# "The new company, called X,", "The venture, X,"), introduced by the words before its name
VENTURE_OPENING_RE = re.compile(rf"(?:{longest_first(words('pronouns', 'venture_descriptions'))})\b(?!\s*,)")
# "The total project cost of the joint venture is", "3. Total investment of the joint venture:", "The JV's capacity":
# a figure of the venture, where the sentence names none and opens with the venture's phrase as its subject, before
# its verb or a colon (not "After the launch of the joint venture, profit rose", "Investors were wary of the JV's")
VENTURE_OF_RE = re.compile(
    r"\s*(?:[\"“]\s*)?(?:\d{1,2}[.)]\s*|[-•*]\s+)?(?:(?:The\s+)?(?:[\w-]+\s+){1,4}?(?:of|for)\s+the\s+(?:joint\s+venture|JV)"
    r"(?:\s*:|\s+(?:is|was|will|would|are|were|has|had|stands|stood|totals|totalled|totaled|amounts|reached|reaches)\b)"
    r"|The\s+(?:joint\s+venture|JV)[’']s\b)"
)
# (up to two describing words or a ratio after its article: "a 50:50 joint venture, X,", "a Kenyan venture, X,")
_VENTURE_ARTICLES = sorted({*(d.split()[0] for d in words("pronouns", "venture_descriptions")), "an", "its"})
_VENTURE_NOUNS = longest_first({d.split(None, 1)[1] for d in words("pronouns", "venture_descriptions")})
_VENTURE_DESCRIPTION = rf"(?:{longest_first(_VENTURE_ARTICLES)})\s+(?:[\w:.%-]+\s+){{0,2}}?(?:{_VENTURE_NOUNS})"
VENTURE_BEFORE_RE = re.compile(
    rf"\b{_VENTURE_DESCRIPTION}(?:\s+company)?[,:]?\s+(?:(?:called|named|namely|to\s+be\s+called)\s+)?$",
    re.IGNORECASE,
)
# ... or described as one right after its name ("agreed to create X, a joint venture with Y,")
# (not "X, a venture capital firm,": the description ends there)
VENTURE_AFTER_RE = re.compile(
    rf",\s+{_VENTURE_DESCRIPTION}(?=\s*[,.;:]|\s+(?:with|between|of|owned|formed|set|that|which)\b)", re.IGNORECASE
)

# Description nouns any organisation may be called by ("the company", "the firm"): none of them names the one
# organisation whose name holds it, as "the distillery" names "St Kilda Rum Distillery".
_ANY_ORGANISATION = frozenset({"", "company", "firm", "group", "business", "conglomerate", "startup"})
# A sentence opening on "The" and a kind of business, perhaps after one describing word ("The distillery",
# "The northern distillery", "The Barbadian distillery"), and the word after them: re.match from its start. A
# kind may be hyphenated ("The co-operative's 48 member farms": c24).
KIND_OPENING_RE = re.compile(
    r"[Tt]he\s+(?P<first>[A-Za-z]+(?:-[A-Za-z]+)*)\b(?:\s+(?P<second>[a-z]+)\b(?:\s+(?P<third>[a-z]+)\b)?)?"
)
_SUBSIDIARY_NOUNS = frozenset(words("pronouns", "subsidiary_descriptions"))
# (review q26 M4) A noun the article sets right before an organisation's name after "the" and up to three describing
# words ("the ship repair yard Tarnow Docks"): what "The yard" opening a later sentence stands for, as the last word
# of a name does ("St Kilda Rum Distillery"). Not a function word ("the staff of Tarnow Docks").
_NOUN_BEFORE_A_NAME_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][a-z-]+)\s+$")
_FUNCTION_WORDS = frozenset(w.casefold() for w in words("quotes", "function_words"))
# An organisation named as another's subsidiary: in apposition after the owner's possessive and a subsidiary's
# noun ("X's trucking arm, Y,": right before Y) or described as one right after its name ("Y, the trucking
# subsidiary of X", "Y, a unit of X"): what "The subsidiary" opening a later sentence stands for.
_SUBSIDIARY_BEFORE_RE = re.compile(
    rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{longest_first(sorted(_SUBSIDIARY_NOUNS))}),\s+(?:the\s+)?$"
)
_SUBSIDIARY_AFTER_RE = re.compile(
    rf",\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{longest_first(sorted(_SUBSIDIARY_NOUNS))})\s+of\b"
)
# Nouns for a body after which a kind is only a describing word ("the oil regulator", "the rum company")
_BODY_NOUNS = frozenset(
    {
        *words("pronouns", "organisation_descriptions"),
        *words("organisations", "public_body_nouns"),
        *(w.casefold() for w in words("organisations", "public_bodies")),
    }
)
# A public body's own nouns ("The ministry", "The regulator", "The council"): a sentence opening on one is the body's
_PUBLIC_BODY_WORDS = frozenset(
    {*words("organisations", "public_body_nouns"), *(w.casefold() for w in words("organisations", "public_bodies"))}
)
# Describing words that mark a public body ("The central bank", "The state oil regulator")
_PUBLIC_BODY_MODIFIERS = frozenset(words("pronouns", "public_body_modifiers"))


def _kinds_opening(opening: re.Match[str] | None) -> list[str]:
    """The kinds of business a sentence's opening may name: its first word after "The", else the second
    after a describing word; never one another body's noun follows ("The oil regulator"), nor one a public
    body's describing word comes before ("The central bank")."""
    if opening is None:
        return []
    first, second, third = opening.group("first", "second", "third")
    kinds = []
    if first.islower() and second not in _BODY_NOUNS:
        kinds.append(first)
    if second and first.casefold() not in _PUBLIC_BODY_MODIFIERS and third not in _BODY_NOUNS:
        kinds.append(second)
    return kinds


# "the group" stands for a group named before ("Hollweg Baustoffe, part of Hollweg Gruppe, will appeal.
# The group had sales of €1.9bn"): an organisation whose name holds a word for a group, in any language.
GROUP_NOUN = "group"
GROUP_NAME_RE = re.compile(rf"\b(?:{'|'.join(words('pronouns', 'group_name_words'))})\b")


@dataclass
class Referents:
    """What a sentence that names no organisation is about, read sentence by sentence in order: the
    organisation the sentences before named first (`latest`, what an opening "It" stands for), the
    latest of them that is no public body (`company`, what "the company" stands for), the company its
    own paragraph (or the list a paragraph introduces) named earlier, and whether that paragraph named
    the article's own organisation (`main`), and the latest group named (`group`, what "the group"
    stands for)."""

    main: str | None
    latest: str | None = None
    company: str | None = None
    group: str | None = None
    in_paragraph: str | None = None
    paragraph_names_main: bool = False
    listing: bool = False
    subsidiary: str | None = None  # the organisation named latest as another's subsidiary ("X's arm, Y,": Y)
    venture: str | None = None  # the venture the article named as one ("a joint venture, X,"), what "The JV" stands for
    previous: Span | None = None
    before_site: tuple[str | None, str | None] | None = None  # (latest, company) before a site's paragraph took them
    site_owner: str | None = None
    site_owner_named: bool = False  # whether a sentence after the site's named its owner itself ("X has 32,000 ...")
    speaker_of: str | None = None  # the organisation of the person who spoke latest ("X, general manager of Y": Y)
    speaker_is_body: bool = False  # whether that organisation is a union, a chamber, an association (no company)
    named_before: dict[str, set[str]] = field(default_factory=dict)  # each later word of a name named so far -> its names
    paragraph_companies: set[str] = field(default_factory=set)  # the companies (no public body) its paragraph named

    def about(self, text: str, sentence: Span) -> str | None:
        """The organisation the sentence is about if it names none (call before `read`): the one an
        opening "It" stands for; the article's own where its paragraph named it; else the company a
        "the company" stands for, or the one named earlier in its paragraph (a digest's item, a list
        under "Quick take:", are about their own organisation); else the article's own."""
        goes_on, self.listing = same_paragraph(text, self.previous, sentence, self.listing)
        if not goes_on:
            self.in_paragraph, self.paragraph_names_main = None, False
            self.paragraph_companies = set()
            self.speaker_of = None  # a speaker's organisation holds to its paragraph's end
            if self.before_site is not None:  # a site's owner holds to its paragraph's end, unless named again since
                latest, company = self.before_site
                # (an owner its paragraph named by name after the site stays what an opening "Its" stands for:
                # "The Tessby plant treats ... Orvale has 940 growers. // Its revenue rose": Orvale's)
                self.latest = latest if self.latest == self.site_owner and not self.site_owner_named else self.latest
                self.company = company if self.company == self.site_owner else self.company
                self.before_site = self.site_owner = None
                self.site_owner_named = False
        self.previous = sentence
        if self.latest and ORGANISATION_PRONOUN_RE.match(text, sentence.start, sentence.end):
            return self.latest
        if (
            self.speaker_of
            and (business := SPEAKERS_BUSINESS_RE.match(text, sentence.start, sentence.end))
            and (not self.speaker_is_body or business.group("kind").casefold() in _CO_OPERATIVES)
        ):
            # "..., said Ana Ruiz, president of X. According to her, the company sold 9,800 tonnes": X's (a union's or
            # a chamber's speaker's "the company" is another's; an association's "the co-operative" is its own)
            return self.speaker_of
        if self.venture and (
            VENTURE_OPENING_RE.match(text, sentence.start, sentence.end)
            or VENTURE_OF_RE.match(text, sentence.start, sentence.end)
        ):
            return self.venture  # "... set up a joint venture, X, at Y. The JV will shell 45,000 t": X's
        described = ORGANISATION_DESCRIPTION_RE.search(text, sentence.start, sentence.end)
        if (
            described
            and self.group
            and described.group(0).rsplit(None, 1)[-1].casefold() == GROUP_NOUN
            and not (self.paragraph_names_main and GROUP_NAME_RE.search(self.main or ""))
        ):
            return self.group  # "X, part of Y Group, will appeal. The group had sales of €1.9bn": Y's
        kinds = [
            k for k in _kinds_opening(KIND_OPENING_RE.match(text, sentence.start, sentence.end)) if k not in _ANY_ORGANISATION
        ]
        holders = next((found for k in kinds if (found := self.named_before.get(k, set()))), set())
        if len(holders) == 1 and not is_public_body(holder := next(iter(holders))):
            # "X will buy 70% of St Kilda Rum Distillery. The distillery makes ...": the one name holding the
            # noun (no public body's), what the sentences after it in its paragraph are about too
            self.latest = self.company = self.in_paragraph = holder
            return holder
        opening = KIND_OPENING_RE.match(text, sentence.start, sentence.end)
        if opening and opening.group("first") in _SUBSIDIARY_NOUNS and self.subsidiary:
            return self.subsidiary  # "X's packaging arm, Y, will supply it. The subsidiary makes ...": Y's, not X's
        if self.paragraph_names_main and not (
            self.company
            and self.main
            and is_public_body(self.main)
            and self.paragraph_companies == {self.company}
            and ORGANISATION_DESCRIPTION_RE.match(text, sentence.start, sentence.end)
            and not (opening and opening.group("first").casefold() in _PUBLIC_BODY_WORDS)
        ):
            # (a company's description opening a sentence on a public body's page stands for the one company its
            # paragraph named: "The ministry approved aid for the company X. The company will employ 85": X's, not the
            # ministry's; not "The ministry has a budget of ..., and the company will get part of it", nor where the
            # paragraph named a rival too)
            return self.main  # "X recalled heaters. Rival Y sold 4,000. The firm will refund £129": X's
        if (self.company or self.latest) and described:
            return self.company or self.latest
        return self.in_paragraph or self.main

    def at_site(self, owner: str) -> None:
        """ "The factory in Tessby processes ... It buys from 3,200 growers": the site's owner is what the
        sentences after it in its paragraph are about; the next paragraph goes back to what the sentences before
        the site were about ("... The group reported revenue of $500 million": the group's, not the site's)."""
        if self.before_site is None:
            self.before_site = (self.latest, self.company)
        self.latest = self.company = self.in_paragraph = owner
        self.site_owner = owner

    def spoke(self, text: str, sentence: Span, named: list[Mention]) -> None:
        """Whose person speaks in the sentence: the organisation named after a title its holder speaks for it by
        ("said Ana Ruiz, general manager of X"; not "an analyst at X"), or the one an "its" before such a title stands
        for ("said its president, Ana Ruiz"). Another attribution ("he said", "Tom Hale said") ends it."""
        for mention in named:
            if ROLE_OF_BEFORE_RE.search(text, max(sentence.start, mention.span.start - 60), mention.span.start):
                self.speaker_of = mention.name
                self.speaker_is_body = _is_member_body(text, mention)
                return
        if not named and self.latest and ITS_ROLE_RE.search(text, sentence.start, sentence.end):
            self.speaker_of = self.latest  # the organisation the sentence before was about
            self.speaker_is_body = _is_member_body(text, None, self.latest)
        elif _ATTRIBUTED_RE.search(text, sentence.start, sentence.end):
            self.speaker_of = None

    def read(self, text: str, sentence: Span, named: list[Mention]) -> None:
        """The organisations the sentence names (in order), once `about` has read it."""
        if not named:
            return
        self.latest = referent_named(text, sentence, named)
        if self.site_owner is not None and self.latest == self.site_owner:
            self.site_owner_named = True
        if self.latest and not is_public_body(self.latest) and not described_as_public_body(text, named, self.latest):
            self.company = self.in_paragraph = self.latest
        self.group = next((m.name for m in reversed(named) if GROUP_NAME_RE.search(m.name)), self.group)
        source = attribution(text, sentence)  # ("will set up a joint venture, X said": X reports it, no venture)
        self.venture = next(
            (
                m.name
                for m in named
                if not (source and source.contains(m.span))
                and (
                    VENTURE_BEFORE_RE.search(text, max(sentence.start, m.span.start - 50), m.span.start)
                    or VENTURE_AFTER_RE.match(text, m.span.end, min(sentence.end, m.span.end + 50))
                )
            ),
            self.venture,
        )
        self.subsidiary = next(
            (
                m.name
                for m in reversed(named)
                if _SUBSIDIARY_BEFORE_RE.search(text, max(sentence.start, m.span.start - 60), m.span.start)
                or _SUBSIDIARY_AFTER_RE.match(text, m.span.end, min(sentence.end, m.span.end + 60))
            ),
            self.subsidiary,
        )
        for mention in named:
            # a name's last word but its legal form: "Distillery" of "St Kilda Rum Distillery Inc." (not "Bank" of
            # "Absa Bank Kenya", whose head is no kind)
            parts = mention.name.split()
            while len(parts) > 1 and parts[-1].rstrip(".,") in LEGAL_FORMS:
                parts.pop()
            if len(parts) > 1 and parts[-1][:1].isupper():
                self.named_before.setdefault(parts[-1].casefold(), set()).add(mention.name)
            before = _NOUN_BEFORE_A_NAME_RE.search(text, max(sentence.start, mention.span.start - 60), mention.span.start)
            if before and before.group("noun") not in _FUNCTION_WORDS:
                self.named_before.setdefault(before.group("noun"), set()).add(mention.name)
        self.paragraph_names_main = self.paragraph_names_main or any(m.name == self.main for m in named)
        described_public = {m.name for m in named if PUBLIC_APPOSITION_RE.match(text, m.span.end)}  # (once a mention)
        self.paragraph_companies.update(name for name in {m.name for m in named} - described_public if not is_public_body(name))


# A sentence opening with a pronoun's attribution and the speaker's own business as its subject ("According to
# him, the group exported ...", "According to her, the cooperative sold ..."): a description, then a verb.
_CO_OPERATIVES = frozenset({"cooperative", "co-operative", "co-op"})
_SPEAKERS_BUSINESS = longest_first([*words("pronouns", "organisation_descriptions"), *sorted(_CO_OPERATIVES)])
SPEAKERS_BUSINESS_RE = re.compile(
    rf"\s*According\s+to\s+(?:him|her),\s+the\s+(?P<kind>{_SPEAKERS_BUSINESS})\s+"
    r"(?:[a-z]+ed|will|would|has|had|is|was|sold|paid|spent|made|bought|expects|plans|employs|exports|sells|buys|runs)\b"
)
# "..., general manager of X", "..., the president of the X": a title and "of" right before an organisation's name
# (a title its holder speaks for X by; not one of several, "a director at X", nor a past one, "former chairman of X")
_NOT_THE_HOLDER = r"(?!(?:an?|one|another|former|ex|then)\s)"
ROLE_OF_BEFORE_RE = re.compile(
    rf",\s+(?:the\s+)?(?:{_NOT_THE_HOLDER}[a-z-]+\s+)?{SPEAKING_ROLE_WORDS}\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# "said its president, Ana Ruiz": a title after "its", in an attribution
ITS_ROLE_RE = re.compile(
    rf"\b(?:said|says|added|explained|told)\s+its\s+(?:{_NOT_THE_HOLDER}[a-z-]+\s+)?{SPEAKING_ROLE_WORDS}\b", re.IGNORECASE
)
# Any other attribution ('"...," he said', "Tom Hale told reporters"): another speaker
_ATTRIBUTED_RE = re.compile(r"\b(?:said|says|added|explained|told)\b")
# A union, a chamber, an association, by its name's words or the kind written after it ("the Unite union")
_MEMBER_BODIES = frozenset(words("organisations", "member_bodies"))
_MEMBER_BODY_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(sorted(_MEMBER_BODIES, key=len, reverse=True))})\b", re.IGNORECASE)


def _is_member_body(text: str, mention: Mention | None, name: str | None = None) -> bool:
    """Whether the organisation (a mention, or a name) is a body of members or a public body, no company."""
    name = mention.name if mention else name or ""
    if is_public_body(name) or any(w.casefold() in _MEMBER_BODIES for w in name.split()):
        return True
    return mention is not None and _MEMBER_BODY_AFTER_RE.match(text, mention.span.end) is not None


# An organisation described as a public body right after its name ("the CVM, the securities
# regulator,", "KFTC, the country's antitrust watchdog"): never what "the company" stands for.
PUBLIC_APPOSITION_RE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted({w.casefold() for w in words('organisations', 'public_bodies')} | set(words('organisations', 'public_body_nouns'))))})\b",
    re.IGNORECASE,
)


def described_as_public_body(text: str, named: list[Mention], name: str) -> bool:
    """Whether the sentence describes the organisation of that name as a public body right after naming it."""
    return any(m.name == name and PUBLIC_APPOSITION_RE.match(text, m.span.end) for m in named)


def same_paragraph(text: str, previous: Span | None, sentence: Span, listing: bool = False) -> tuple[bool, bool]:
    """Whether a sentence goes on with the previous one's topic: no line break between them, or the
    previous one introduces a list ("Quick take:", "Highlights:"), or both are lines of that list
    (`listing`: a list so introduced goes on, line by line). And whether a list goes on after it."""
    if previous is None or previous.end > sentence.start:
        return False, False
    gap = text[previous.end : sentence.start]
    if text[previous.end - 1] == ":":
        return True, True
    if "\n" not in gap:
        return True, listing
    if gap.count("\n") == 1 and _heading_over_labels(text, previous, sentence):
        return True, True  # "3. Overview of Laurentian" over "Revenue: C$214 million": its lines are its
    return listing and gap.count("\n") == 1, listing and gap.count("\n") == 1


# A heading line (short, no stop at its end: "3. Overview of Laurentian (fiscal 2025)") and a line
# under it pairing a label with a figure ("Revenue: C$214 million"): the heading introduces the lines.
_HEADING_MOST_WORDS = 12
_LABEL_LINE_RE = re.compile(r"[A-Z][^:\n]{0,40}:[ \t]+\S")


def _heading_over_labels(text: str, heading: Span, line: Span) -> bool:
    words_in = text[heading.start : heading.end].split()
    return (
        0 < len(words_in) <= _HEADING_MOST_WORDS
        and text[heading.end - 1] not in ".!?\"”’':;,"
        and _LABEL_LINE_RE.match(text, line.start, line.end) is not None
    )


# Capitalised words that begin no organisation's short name ("The", "Monday"): not counted alone.
NOT_NAME_STARTS = frozenset(
    word.casefold() for key, listed in load("not_names").items() if isinstance(listed, list) for word in listed
)


@dataclass(frozen=True, slots=True)
class ClaimFound:
    span: Span
    value: float
    unit: str
    value_as_written: str
    scale: str | None
    also_value: float | None
    also_unit: str | None
    direction: str | None
    metric: str
    subject: str | None
    period: str | None
    period_as_written: str | None
    scope: str | None
    source: str | None
    modality: str  # reported, forecast, estimate, hypothetical, corrected (a figure a correction line replaced)
    qualifier: str | None
    value_high: float | None = None  # the upper end of a range
    precision: float | None = None  # the step the number was printed to (18bn: 1e9; 18.2bn: 1e8)
    metric_cue: str | None = None  # the words that chose the metric
    moment: str | None = None  # the moment within a day: close, open, midday, 11:45
    subjects: tuple[str, ...] = ()  # organisations the figure may be about, `subject` first
    earlier: bool = False  # the earlier figure of a comparison ("up from 41,900", "(2024: 41,900)")


def land_of_claim(claim: ClaimFound) -> str | None:
    """The country (or state) a figure is about where one acts in its clause ("Chile exported 41,000
    tonnes"): extraction gives such a figure no subject, no organisation it may be about, and the land as
    its scope (`lands`); None for any other figure."""
    return claim.scope if claim.subject is None and not claim.subjects and claim.scope and is_land(claim.scope) else None


def _within(mentions: list[Mention], starts: list[int], sentence: Span) -> list[Mention]:
    """The mentions inside the sentence (mentions sorted by start; starts their starts)."""
    out = []
    # Indexing, not slicing: a slice would copy every later mention of the article per sentence.
    for index in range(bisect_left(starts, sentence.start), len(mentions)):
        mention = mentions[index]
        if mention.span.start >= sentence.end:
            break
        if sentence.contains(mention.span):
            out.append(mention)
    return out


def _inside_figure(span: Span, figures: list[Span], starts: list[int]) -> bool:
    """Whether the span overlaps one of the figures (disjoint, sorted, with their starts)."""
    position = bisect_left(starts, span.end)
    return position > 0 and figures[position - 1].overlaps(span)


def _repeated_names(text: str, sentences: list[Span], most: int = 3) -> tuple[tuple[str, int], ...]:
    """The capitalised names the sentences repeat most (twice at least) and how often, most frequent first, ties
    going to the one named first. A longer name counts for its first word too ("Tamborá Linhas" and
    "Tamborá's" both name Tamborá); the letter of a currency sign ("R$", "C$") and a word that begins
    no name ("The", "Monday") are no names, nor are the words of a sentence set all in capitals (an
    agency brief's "* QUARTER NET PROFIT 3.86 BILLION RUPEES": every word capitalised, none a name)."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        if _all_capitals(text, sentence):
            continue
        for found in CAPITALISED_RE.finditer(text, sentence.start, sentence.end):
            name = found.group(1)
            if (len(name) == 1 and text.startswith("$", found.end(1))) or is_currency_code(name):
                continue  # a currency's sign letter or code ("EUR 2.1bn") names no one
            first_word = name.split(" ", 1)[0]
            shorter = () if first_word.casefold() in NOT_NAME_STARTS else (first_word,)
            whole = () if name.casefold() in NOT_NAME_STARTS else (name,)  # "The" opening a sentence is no name
            for counted in dict.fromkeys((*whole, *shorter)):
                counts[counted] = counts.get(counted, 0) + 1
    first = {name: order for order, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda n: (-counts[n], first[n]))
    return tuple((name, counts[name]) for name in ranked if counts[name] >= 2)[:most]


def _all_capitals(text: str, sentence: Span) -> bool:
    """A sentence written in capitals only (with some letters): its capitalised words are no names."""
    piece = text[sentence.start : sentence.end]
    return not any(c.islower() for c in piece) and any(c.isalpha() for c in piece)


DEAL_VALUE = "deal value"
_COMPANY_ONLY = frozenset(load("metrics").get("company_only") or [])  # measures no land has
STAKE = "stake"
# A stake bought or sold ("agreed to buy 51% of X", "sells 49 per cent of"): the deal's, like its value.
DEAL_VERB_BEFORE_RE = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|sell|sells|selling|sold|take|takes|taking|took)"
    r"\s+(?:(?:a|an|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)


def _named_between(named: list[Mention], start: int, end: int) -> bool:
    """Whether a mention (of the sentence's, sorted by start) begins between start and end."""
    index = bisect_left(named, start, key=lambda m: m.span.start)
    return index < len(named) and named[index].span.start < end


UNITS_SOLD = "units sold"
# "sold 51 percent of its Ash Valley plant", "sold 49% of Brava": a named whole's part sold is a stake
# ("sold 11% of its cars online", "30% of its Cork output" count what it sells): the name, then a noun
# of a holding (two words may qualify it: "its Ash Valley solar plant") or the phrase's end (claim_cues.yml)
NAMED_WHOLE_AFTER_RE = re.compile(
    r"\s+of\s+(?:(?:its|their|the)\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}"
    rf"(?:(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{longest_first(words('claim_cues', 'stake_wholes'))})\b"
    rf"|(?=\s*[,.;:)]|\s*$|\s+(?:{longest_first(words('claim_cues', 'named_whole_ends'))})\b))"
)


def _deal_metric(text: str, sentence: Span, amount: Amount, metric: str) -> str:
    """The measure of a figure of a deal: a sum named by its stake ("a 60 percent stake in X for Rs. 9.6
    billion") is the deal's value; a percentage right after a verb of buying or selling is the stake."""
    if metric == STAKE and amount.unit not in PERCENT_UNITS and is_currency_code(amount.unit):
        return DEAL_VALUE
    if (
        amount.unit in PERCENT_UNITS
        and (metric == "amount" or (metric == UNITS_SOLD and NAMED_WHOLE_AFTER_RE.match(text, amount.span.end, sentence.end)))
        and DEAL_VERB_BEFORE_RE.search(text, max(sentence.start, amount.span.start - 40), amount.span.start)
    ):
        return STAKE
    return metric


def _prominent_organisations(organisations: list[Mention], most: int = 3) -> tuple[str, ...]:
    """The organisations the article names twice at least, most often first (ties: first named)."""
    counts: dict[str, int] = {}
    for mention in organisations:
        counts[mention.name] = counts.get(mention.name, 0) + 1
    first = {name: order for order, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-counts[name], first[name]))
    return tuple(name for name in ranked if counts[name] >= 2)[:most]


# "the chairman told Radio Tessby FM", "told The Orvale Herald": a listener named right after a cue verb
_TOLD_BEFORE_RE = re.compile(
    rf"\b(?:{longest_first(load('organisations')['newsroom_listener_cues'])})\s+(?:the\s+)?$", re.IGNORECASE
)
_NEWSROOM_WORDS = frozenset(word.casefold() for word in load("organisations")["newsroom_words"])
_NEWSROOM_FIRST_WORDS = frozenset(word.casefold() for word in load("organisations")["newsroom_first_words"])
# "told Fellside Broadcasting to sell two stations": an order to a company, no newsroom spoken to
_TOLD_TO_DO_AFTER_RE = re.compile(r"\s+to\s+(?-i:[a-z])")
_WORD_RE = re.compile(r"[\w'’&-]+")


def _same_words(name: str, outlet: str) -> bool:
    """Whether a name is the outlet's or a run of its whole words ("Orvale Herald" of "The Orvale Herald";
    "Ford" is no word of "Oxford Mail"; "Sun Pharma" is no run of "Sun")."""
    short, long = name.casefold().split(), outlet.casefold().split()
    return bool(short) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _named_as_a_newsroom(name: str) -> bool:
    """Whether a name ends in a newsroom's word or opens with a broadcaster's ("X FM", "The X Herald", "Radio X"):
    not a word inside it ("Orvale Times Group", "News Corp")."""
    words = _WORD_RE.findall(name.casefold())
    return bool(words) and (words[-1] in _NEWSROOM_WORDS or words[0] in _NEWSROOM_FIRST_WORDS)


# A masthead's section after its name ("FELL VALLEY NEWS - FARMING", "Orvale Voice | Business", "Orvale Byte › Robots")
_MASTHEAD_SECTION_RE = re.compile(r"\s+[-–—|·›»>]\s+")
# The most words a masthead's name has ("THE FELL VALLEY LEDGER"); a longer first line is a headline
MASTHEAD_MOST_WORDS = 5
_LINE_ENDS_A_SENTENCE = tuple('.!?:"”’')


def _masthead(text: str) -> list[str]:
    """The words of the page's first line up to a section after a dash or a bar, without a leading "the"
    (a bounded look: a masthead is short). Usually the headline; a masthead only where a name is all of it."""
    words = _MASTHEAD_SECTION_RE.split(text.lstrip()[:200].split("\n", 1)[0], 1)[0].casefold().split()
    return words[1:] if words[:1] == ["the"] else words


def _masthead_shaped(text: str) -> bool:
    """Whether the page's first line has a masthead's shape, not a headline's: a few words (a section after a
    dash, a bar or "›" apart), each capitalised or in capitals ("ORVALE MIRROR", "Fell Valley Ledger"), ending
    no sentence, with a line after it that ends none either (the headline or a section under the masthead, not
    the story's first sentence). "Kestrel Dairies to shut Tessby plant" (a lower-case word) is a headline."""
    lines = text.lstrip()[:400].split("\n")
    first = _MASTHEAD_SECTION_RE.split(lines[0], 1)[0].split()
    if not 1 <= len(first) <= MASTHEAD_MOST_WORDS or first[-1].endswith(_LINE_ENDS_A_SENTENCE):
        return False
    if any(word[:1].isalpha() and not word[:1].isupper() for word in first):
        return False
    after = next((line.strip() for line in lines[1:] if line.strip()), None)
    return after is not None and not after.endswith(_LINE_ENDS_A_SENTENCE)


def _run_of(name: str, masthead: list[str]) -> bool:
    """Whether a name (without a leading "the") is a run of whole words of the masthead's ("the Mirror" of
    "ORVALE MIRROR", "Orvale & Cup" of "ORVALE & CUP KOREA")."""
    words = name.casefold().removeprefix("the ").split()
    return bool(words) and any(masthead[i : i + len(words)] == words for i in range(len(masthead) - len(words) + 1))


def _is_masthead(name: str, masthead: list[str]) -> bool:
    """Whether a name is all of the first line's words, or all of them but newsroom words and a channel's number
    after it ("FELL" of "FELL 12 NEWS"): a masthead over the headline, no headline (which says something of a name)."""
    words = name.casefold().removeprefix("the ").split()
    rest = masthead[len(words) :]
    return bool(words) and masthead[: len(words)] == words and all(w in _NEWSROOM_WORDS or w.isdigit() for w in rest)


def told_newsroom(text: str, organisations: list[Mention], outlet: str | None = None) -> set[str]:
    """The organisations right after "told" that are a newsroom: the page's own outlet (`outlet`, as the
    build knows it; names compared as whole words), a name that is all of the page's first line but newsroom
    words (a masthead printed over the headline: "FELLSIDE VOICE", "FELL 12 NEWS"), or a name the vocabulary
    marks as a newsroom's by its last or first word ("Radio Tessby FM", "The Orvale Herald"; not one the article
    names outside a "told" too, nor one told to do something), or a run of a masthead-shaped first line's words
    ("the Mirror" under "ORVALE MIRROR"), told something by the people the article quotes. Where the words after "told" spell the whole masthead ("told Llais y Fro" under "LLAIS Y FRO"), every
    name read inside them is the newsroom's ("Llais", "Fro"). A company someone told something ("the regulator
    told Tessby Bank"), even one the headline names, is none."""
    found: set[str] = set()
    masthead: list[str] | None = None
    spelled: re.Pattern[str] | None = None
    shaped = False
    told = [bool(_TOLD_BEFORE_RE.search(text, max(0, m.span.start - 16), m.span.start)) for m in organisations]
    # the names the article names outside a "told" too ("Ofcom fined GB News"): companies, whatever their words
    named_elsewhere = {m.name for m, after_told in zip(organisations, told, strict=True) if not after_told}
    for index, m in enumerate(organisations):
        if m.name in found or not told[index]:
            continue
        ordered = _TOLD_TO_DO_AFTER_RE.match(text, m.span.end) is not None  # "told X to sell": a company
        if masthead is None:
            masthead = _masthead(text)
            spelled = re.compile(r"\s+".join(map(re.escape, masthead)) + r"\b", re.IGNORECASE) if masthead else None
            shaped = _masthead_shaped(text)
        if (
            (outlet and _same_words(m.name, outlet))
            or _is_masthead(m.name, masthead)
            or (_named_as_a_newsroom(m.name) and m.name not in named_elsewhere and not ordered)
        ):
            found.add(m.name)
        elif spelled and (whole := spelled.match(text, m.span.start, m.span.start + 200)):
            # the masthead's words after "told", read as several names: all of them the newsroom's
            inside = organisations[index:]
            found.update(o.name for o in takewhile(lambda o: o.span.start < whole.end(), inside) if o.span.end <= whole.end())
        elif shaped and not ordered and _run_of(m.name, masthead):
            found.add(m.name)  # a part of a masthead over the headline ("told the Mirror" under "ORVALE MIRROR")
    return found


def main_organisation(
    text: str, sentences: list[Span], organisations: list[Mention], others: Iterable[Mention] = ()
) -> str | None:
    """The organisation the article is about: the one it mentions most (organisation mentions sorted
    by position), ties going to the one mentioned first. A mention naming whom a figure is attributed
    to ("..., Kestrel Research said") names a source, not what the article is about, and does not
    count. An organisation named once (an analyst's employer) is none when a name it does not hold
    is repeated more, unless that name is a town's or part of another mention's (`others`: people,
    places, products; "Wren" of "Tobias K. Wren"): the entity stage missed the article's own company.
    Extraction reads it from the article's own mentions, grouping again from the final ones (after
    the corpus-wide pass)."""
    sources = sorted(span for sentence in sentences if (span := attribution(text, sentence)))
    source_starts = [span.start for span in sources]
    counts: dict[str, int] = {}
    for mention in organisations:
        position = bisect_right(source_starts, mention.span.start) - 1
        if (
            (position >= 0 and sources[position].contains(mention.span))
            or dateline_agency(text, mention.span)
            or mention.rule == DEFINED_TERM_RULE  # "the Company": a stand-in, as "the company" is
        ):
            continue
        counts[mention.name] = counts.get(mention.name, 0) + 1
    first = {name: order for order, name in enumerate(counts)}  # dicts keep the order of first mention
    # A court, regulator or council is what the article is about only if it names no company twice.
    companies = [name for name in counts if not is_public_body(name) and counts[name] >= 2]
    main = max(companies or counts, key=lambda name: (counts[name], -first[name]), default=None)
    if main and sum(m.name == main for m in organisations) < 2:
        known = " ".join(f" {m.name} " for m in others)
        if any(
            count > 2 and name not in main and not is_town(name) and f" {name} " not in known
            for name, count in _repeated_names(text, sentences)
        ):
            return None
    return main


# An organisation's possessive and the subsidiary or venture of it the next name, in commas, is ("X's trucking
# arm, Y,", "X's joint venture, Y,"; not "X's lender, Y,", another actor): the gap between the two names.
_POSSESSIVE_APPOSITION_RE = re.compile(
    rf"['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{longest_first([*_SUBSIDIARY_NOUNS, 'venture'])}),\s+(?:the\s+)?"
)


def referent_named(text: str, sentence: Span, named: list[Mention]) -> str | None:
    """Of the organisations a sentence names (in order), the one a later sentence's opening "It" stands
    for: the first that is not only whom the sentence attributes something to ("Demand is weak,
    Kestrel Research said"), nor the news agency of its dateline ("LONDON, May 4 (Calder Wire) -"),
    nor an analyst's employer ("Barrow Research analyst Jo Hale writes"), a company before a public
    body; None when each is (the article's own organisation then stands in)."""
    source = attribution(text, sentence) if named else None
    eligible = [
        m.name
        for index, m in enumerate(named)
        if (source is None or not source.contains(m.span))
        and not dateline_agency(text, m.span)
        and not names_an_analysts_employer(text, m, sentence)
        # "Kilimo's trucking arm, Kilimo Logistics, will carry ...": the one named in apposition is the subject
        and not (
            index + 1 < len(named)
            and _POSSESSIVE_APPOSITION_RE.fullmatch(text, m.span.end, named[index + 1].span.start) is not None
        )
    ]
    # "The Environment Agency prosecuted Brackwell Water": the company, not the public body beside it
    return next((name for name in eligible if not is_public_body(name)), eligible[0] if eligible else None)


# A town's or region's name acting in a sentence (a verb right after it: "Zagatala turns out 3,400 tonnes",
# "Hageland realised a turnover", "Mhlume crushed 1.1Mt"; or a clause about it: "Hageland, which turned
# over"), not placed by a locative before it ("a plant in Zagatala", "from Hageland").
_ACTS_AFTER_RE = re.compile(
    r"(?:,\s+(?:which|whose)\b"
    r"|\s+(?:has|had|is|was|will|would|said|says|plans|expects|reported|posted|made|makes|employs|employed)\b"
    r"|\s+[a-z]{3,}ed\b"
    r"|\s+[a-z]{3,}s\s+(?:out|up|about|around|some|nearly|almost|more|a|an|the|its|\d))"
)
_PLACED_BEFORE_RE = re.compile(
    r"\b(?:in|at|from|near|to|into|on|of|around|outside|across|via|and|or|the|a|an)\s+$", re.IGNORECASE
)


def place_short_forms(text: str, organisations: list[Mention]) -> list[Mention]:
    """A mention of the organisation whose name's first word is written alone, acting as that
    organisation does ("Zagatala Findiq MMC ... Zagatala turns out 3,400 tonnes", "Hageland, which turned
    over €248m"), where the entity stage read it as a place or left it (its town's or region's name too).
    One organisation only: a first word two names begin with is neither's; a public body is none."""
    owners: dict[str, set[str]] = {}
    for mention in organisations:
        words_ = mention.name.split()
        if len(words_) >= 2 and words_[0][:1].isupper() and not is_public_body(mention.name):
            owners.setdefault(words_[0], set()).add(mention.name)
    single = {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}
    if not single:
        return []
    taken = sorted(m.span for m in organisations)
    taken_starts = [span.start for span in taken]
    out = []
    for start, end, word in first_words_standing(text, single):
        near = bisect_right(taken_starts, start) - 1
        if near >= 0 and taken[near].end > start:
            continue  # inside a mention already
        if _PLACED_BEFORE_RE.search(text, max(0, start - 12), start) or not _ACTS_AFTER_RE.match(text, end, end + 40):
            continue
        out.append(Mention("organisation", single[word], Span(start, end), "first word of its name, acting", 0.8))
    return out


# (c25b) A filing's short name for a party, defined in brackets right after its full name ('Zhuhai Xiangzhou Port
# Investment Group Co., Ltd. (hereinafter referred to as "Xiangzhou Port Group")', 'Rio Grande Bottling Company
# Limited ("Rio Grande")'): one to six capitalised words in quotes, "hereinafter ..." before them or not.
_DEFINED_SHORT_NAME_RE = re.compile(
    r"\((?:hereinafter(?:\s+(?:referred\s+to\s+as|called))?,?\s+)?[“\"]"
    r"(?P<name>[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,5})[”\"]"
)
_DEFINED_LOOK_BACK = 12  # characters between the full name's mention and the bracket (", Ltd. ")
_NAME_CHARACTER_RE = re.compile(r"[\w’'&-]")


def _defined_short_names(text: str, organisations: list[Mention]) -> dict[str, tuple[str, int, int]]:
    """The short names a filing defines for its organisations: each to (the organisation, where its definition
    starts and ends). A short name shares a word with the full name (not '("Agreement")'); a name is defined once."""
    ends = [m.span.end for m in organisations]  # organisations are in order and disjoint
    defined: dict[str, tuple[str, int, int]] = {}
    for match in _DEFINED_SHORT_NAME_RE.finditer(text):
        term = match.group("name")
        at = bisect_right(ends, match.start()) - 1
        if term in defined or at < 0 or match.start() - ends[at] > _DEFINED_LOOK_BACK:
            continue
        owner = organisations[at].name
        if owner != term and (
            {w.casefold() for w in term.split()} & {w.casefold() for w in owner.split()} or _spells_initials(term, owner)
        ):
            defined[term] = (owner, match.start(), match.end())
    return defined


_LEGAL_FORM_LETTERS = 2  # letters an initialism may add after its name's initials, for its legal form ("SMSL", "KACL")


def _spells_initials(term: str, owner: str) -> bool:
    """(c27) Whether a defined short name is the initials of the name it follows, its legal form's letter or two
    after them ('Savan Marlow Starch Co., Ltd. ("SMSL")', 'Kestrel Agro Company Ltd. ("KAC")'); not a
    word of capitals that merely opens with them ('Kestrel Agro Nova ("KANBAN")')."""
    initials = "".join(word[0] for word in owner.split() if word[:1].isupper())
    return (
        len(initials) >= 2
        and term.isalpha()
        and term.isupper()
        and term.startswith(initials)
        and len(term) - len(initials) <= _LEGAL_FORM_LETTERS
    )


def with_defined_short_names(text: str, organisations: list[Mention]) -> list[Mention]:
    """(c25b) The organisations' mentions with a filing's short names for them (`_defined_short_names`) named as the
    organisations they stand for: a mention read under the short name takes the full one, and the short name
    printed again after its definition where no mention stands is one ('Pearl River Estuary Passenger Transport
    was established in 2009'), so that another party's figures are not taken by it, nor its own given to another."""
    organisations = sorted(organisations, key=lambda m: m.span)
    defined = _defined_short_names(text, organisations)
    if not defined:
        return organisations
    out = [
        replace(m, name=defined[m.name][0]) if m.name in defined and m.span.start > defined[m.name][1] else m
        for m in organisations
    ]
    taken = [m.span for m in organisations]
    starts = [span.start for span in taken]
    for term, (owner, _, after) in defined.items():
        at = text.find(term, after)
        while at != -1:
            end = at + len(term)
            near = bisect_right(starts, end - 1) - 1
            if (
                not (at > 0 and _NAME_CHARACTER_RE.match(text, at - 1))
                and not _NAME_CHARACTER_RE.match(text, end)
                and not (near >= 0 and taken[near].end > at)
            ):
                out.append(Mention("organisation", owner, Span(at, end), "a filing's defined short name", 0.85))
            at = text.find(term, end)
    return sorted(out, key=lambda m: m.span)


# (c25b) Before a place's name standing for the organisation its name opens: a locative or an article places it
# ("a plant in Santa Fe", "the Nevada mine"); quote marks and brackets may open its sentence before it.
_SENTENCE_OPENING_RE = re.compile(r"[\s\"'“‘(\[]*")
_STANDS_ALONE_AFTER_RE = re.compile(r"(?![ \t]+[A-Z])")


def _defines_short_form(text: str, name: str) -> bool:
    """Whether the page defines the name as a short form in brackets ('... Company Limited ("Rio Grande")')."""
    for quoted in (f'"{name}"', f"“{name}”"):
        at = text.find(quoted)
        while at != -1:
            opening = text.rfind("(", max(0, at - 40), at)
            if opening != -1 and ")" not in text[opening:at]:
                return True
            at = text.find(quoted, at + 1)
    return False


def place_openings(text: str, sentences: list[Span], organisations: list[Mention], places: list[Mention]) -> list[Mention]:
    """(c25b) A mention of the organisation whose name opens with a place's name, written alone where it stands for
    that organisation ("Rio Grande Bottling Company ... Rio Grande, based in Port Antonio, ..."): a place's name that
    is the opening of an organisation's name the page prints is that organisation's where the page defines it as
    the short form in brackets ('("Rio Grande")'), or, a town's or region's (never a country's), where it opens its
    sentence. Never after a locative or an article ("a plant in Santa Fe", "the Nevada mine"); one organisation only
    (a place two names open is neither's); a public body is none ("Nevada Gaming Commission")."""
    if not places or not organisations:
        return []
    names = {m.name for m in places}
    owners: dict[str, set[str]] = {}
    for mention in organisations:
        if is_public_body(mention.name):
            continue
        words_ = mention.name.split()
        for size in range(1, len(words_)):
            opening = " ".join(words_[:size])
            if opening in names:
                owners.setdefault(opening, set()).add(mention.name)
    single = {name: next(iter(found)) for name, found in owners.items() if len(found) == 1}
    if not single:
        return []
    defined = {name for name in single if _defines_short_form(text, name)}
    countries = {name for name in single if place_kinds().get(name, ("", ""))[1] == "country"}
    taken = sorted(m.span for m in organisations)
    taken_starts = [span.start for span in taken]
    sentence_starts = [sentence.start for sentence in sentences]
    out = []
    for place in places:
        owner = single.get(place.name)
        start, end = place.span.start, place.span.end
        if owner is None:
            continue
        near = bisect_right(taken_starts, start) - 1
        if near >= 0 and taken[near].end > start:
            continue  # inside a mention already: the organisation's full name
        if _PLACED_BEFORE_RE.search(text, max(0, start - 12), start) or not _STANDS_ALONE_AFTER_RE.match(text, end):
            continue
        if place.name not in defined:
            index = bisect_right(sentence_starts, start) - 1
            opens = index >= 0 and _SENTENCE_OPENING_RE.fullmatch(text, sentences[index].start, start) is not None
            if place.name in countries or not opens:
                continue
        out.append(Mention("organisation", owner, Span(start, end), "a place opening its name, standing for it", 0.8))
    return out


@functools.lru_cache(maxsize=1024)
def _boundaries_before(firsts: str) -> re.Pattern[str]:
    """The word boundaries followed by one of the characters `firsts` (a pattern of a few letters, not
    of an article's words: the same few sets of capitals come again and again)."""
    return re.compile(r"\b(?=[" + "".join(re.escape(first) for first in firsts) + "])")


_WORD_ENDS_RE = re.compile(r"\b(?![ \t]+[A-Z])")  # the word ends, and no capitalised word follows it


def first_words_standing(text: str, words_: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each of the (non-empty) words standing whole in the text, no capitalised
    word after it, left to right, never overlapping: what `\\b(?:words, longest first)\\b(?![ \\t]+[A-Z])`
    finds, without compiling a regex of an article's own words for each article. Linear in the text
    whatever the number of words (a page can name thousands of organisations): only the text's word
    boundaries are tried, and at each only the words' lengths for its first character, longest first;
    of one length at most one word can be there, so this takes what the alternation takes."""
    words = {word for word in words_ if word}
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[0], set()).add(len(word))
    by_first = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
    out: list[tuple[int, int, str]] = []
    if not by_first:
        return out
    end = 0
    # Only the boundaries where one of the words' first characters stands (a scan in C, where a loop
    # over every boundary of the page in Python cost a twentieth of the build's first pass).
    for boundary in _boundaries_before("".join(sorted(by_first))).finditer(text):
        start = boundary.start()
        if start < end:
            continue
        for length in by_first.get(text[start : start + 1], ()):
            word = text[start : start + length]
            if len(word) == length and word in words and _WORD_ENDS_RE.match(text, start + length) is not None:
                end = start + length
                out.append((start, end, word))
                break
    return out


_AGENCY_CLOSE_RE = re.compile(r"\)[ \t]*[-–—]")
# "Baku, November 27 (CEN). Austrian ...": an agency's bracket after the dateline's date, closed by a stop
_AGENCY_STOP_RE = re.compile(r"\)[.:][ \t]")
# The dateline opens its line: a place (capitalised words, short particles: "Dar es Salaam"), then the date
# ("Baku, November 27 (").
_DATELINE_DATE_BEFORE_RE = re.compile(
    r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|[a-z]{1,3}))*?,?[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}),?[ \t]*\("
)
_DATELINE_REACH = 64


# (c28) "Tessby, March 14 - ORVA-PRESS. In the hamlet ...": the agency after the dateline's date and dash, closed
# by a stop before the story's first sentence (as agencies of Russian-language wires print it)
# (review of c28) The date is a month's name (`months`, `months_short` in not_names.yml) and a day, a year after it
# allowed ("November 21, 2026"), and the place is capitalised words only: "Round 3 -", "Chapter 11 -" and "Sales up
# on May 4 -" are no dateline.
@functools.cache
def _dateline_dash_before_re() -> re.Pattern:
    names = sorted({*load("not_names")["months"], *load("not_names")["months_short"]}, key=len, reverse=True)
    month = rf"(?:{'|'.join(re.escape(name) for name in names)})\b\.?"
    return re.compile(
        r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*?,?[ \t]+"
        rf"(?:{month}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{month})(?:,?[ \t]+\d{{4}})?,?[ \t]+[-–—][ \t]+"
    )


_AGENCY_DASH_STOP_RE = re.compile(r"\.[ \t]+[A-Z]")


def dateline_agency(text: str, span: Span) -> bool:
    """A name in brackets right before a dateline's dash ("LONDON, May 4 (Calder Wire) - ..."), or right
    after its date and before a stop ("Baku, November 27 (CEN). ..."), or after the date's dash and before a
    stop ("Tessby, March 14 - ORVA-PRESS. In ..."): the news agency that printed the story, never what it
    is about."""
    if span.start == 0:
        return False
    if text[span.start - 1] != "(":
        # (c28) "Tessby, March 14 - ORVA-PRESS. In the hamlet ...": the name after the date's dash, then a stop
        if _AGENCY_DASH_STOP_RE.match(text, span.end) is None:
            return False
        line_start = text.rfind("\n", max(0, span.start - _DATELINE_REACH), span.start) + 1
        if line_start == 0 and span.start > _DATELINE_REACH:
            return False
        return _dateline_dash_before_re().fullmatch(text, line_start, span.start) is not None
    if _AGENCY_CLOSE_RE.match(text, span.end) is not None:
        return True
    if _AGENCY_STOP_RE.match(text, span.end) is None:
        return False
    # the line the bracket opens on begins with the dateline ("The plant opened on May 4 (X). " is none)
    line_start = text.rfind("\n", max(0, span.start - _DATELINE_REACH), span.start) + 1
    if line_start == 0 and span.start > _DATELINE_REACH:
        return False
    return _DATELINE_DATE_BEFORE_RE.fullmatch(text, line_start, span.start) is not None


def find_claims(
    text: str, sentences: list[Span], entities: EntityFindings, published: str | None, outlet: str | None = None
) -> list[ClaimFound]:
    """Every numeric claim in the given sentences (the headline may be one); `outlet` is the page's own
    outlet as its layout reads it (a dateline's or footer's), if any."""
    # Signs and words whose currency depends on the country ("kroner", "N48.2bn"): the article's places decide.
    # The "US" of "US$" names a currency, not a country the story is about.
    local = local_currencies(
        text,
        (m.name for m in entities.mentions if m.kind == "place" and not text.startswith("$", m.span.end)),
        (m.name for m in entities.mentions if m.kind == "organisation"),
        published,
    )
    only_dots = prints_only_thousands_dots(text)  # "6.200 tonnes", "3.750 million" on a page of no decimals
    dots = prints_decimal_commas(text) or only_dots, prints_scaled_decimal_commas(text) or only_dots
    world_priced = prints_own_dollar(text, local)  # "HK$310m ... $81 a barrel": the barrel's price is in US dollars
    found = [
        (sentence, find_amounts(text, sentence, in_sentence(local, text, sentence), *dots, world_priced))
        for sentence in sentences
    ]
    figures = sorted(amount.span for _, amounts in found for amount in amounts)
    figure_starts = [span.start for span in figures]
    # An organisation "found" inside a figure ("Rs" of "Rs 70") is none: it neither counts nor is a subject.
    organisations = sorted(
        (m for m in entities.mentions if m.kind == "organisation" and not _inside_figure(m.span, figures, figure_starts)),
        key=lambda m: m.span,
    )
    places = sorted((m for m in entities.mentions if m.kind == "place"), key=lambda m: m.span)
    organisations = with_defined_short_names(text, organisations)
    organisation_starts, place_starts = [m.span.start for m in organisations], [m.span.start for m in places]
    # the entity stage's names (a land's name inside one is none), kept apart from the referents added below
    named_by_entities, named_starts = organisations, organisation_starts
    # the people's surnames: "Jordan expects" after "Paul Jordan" is the person, no land acting
    surnames = frozenset(m.name.split()[-1] for m in entities.mentions if m.kind == "person" and " " in m.name)
    # (the page's own newsroom, told something by the people it quotes, is never what the article is about)
    newsroom = told_newsroom(text, organisations, outlet)
    main = main_organisation(
        text,
        sentences,
        [m for m in organisations if m.name not in newsroom],
        (m for m in entities.mentions if m.kind != "organisation"),
    )
    # "the Dutch group": a mention of the one organisation the article gives that nationality
    parties = deal_parties(text, sentences, organisations)
    referents_by_nationality = nationality_mentions(text, organisations, parties)
    referents_by_nationality += place_short_forms(text, organisations)
    # "Rio Grande, based in Port Antonio, ...": the organisation its place's name opens, no land acting
    openings = place_openings(text, sentences, organisations, places)
    if openings:
        named_by_entities = sorted([*named_by_entities, *openings], key=lambda m: m.span)
        named_starts = [m.span.start for m in named_by_entities]
    referents_by_nationality += openings
    if referents_by_nationality:
        organisations = sorted([*organisations, *referents_by_nationality], key=lambda m: m.span)
        organisation_starts = [m.span.start for m in organisations]
        parties = deal_parties(text, sentences, organisations)
    # Where the entity stage recognised no organisation, the names the article repeats most stand in
    # for it: grouping keeps those another article's organisations bear.
    fallback = () if main else tuple(name for name, _ in _repeated_names(text, sentences))
    placed = placed_firms(text, organisations, places)  # "Orvale Foods, based in Tessby": whose site is there
    # a site named by a town's word that is no word of any of them is in a town ("The Tessby plant")
    name_words = name_words_of(organisations, places)
    prominent = _prominent_organisations(organisations)
    claims = []
    referents = Referents(main)  # what a sentence naming no organisation is about
    box_line: tuple[int, str] | None = None  # where a deal box's labelled line ends, and its party
    for sentence, amounts in found:
        named = _within(organisations, organisation_starts, sentence)
        about = referents.about(text, sentence)
        speaker_of = referents.speaker_of  # whose person spoke before this sentence ("his company" in it is theirs)
        referents.spoke(text, sentence, named)
        referents.read(text, sentence, named)
        owner = about  # what an "its" stands for, whatever else the sentence names
        about = None if named else about
        if parties and (label := ROLE_LABEL_RE.match(text, sentence.start, sentence.end)):
            # a deal box's line ("Target: Fort Portal, Uganda. Collects 310,000 litres a day"): its party, to the line's end
            party = parties.get(_ROLE_OF[label.group("role").casefold()])
            line_end = text.find("\n", sentence.start)
            box_line = (line_end if line_end >= 0 else len(text), party) if party else None
        site = (
            site_party(text, sentence, parties, _within(places, place_starts, sentence), placed, name_words)
            if not named
            else None
        )
        if site and site[1]:
            referents.at_site(site[1])
        if not amounts:
            continue
        # A figure whose sentence names no organisation ("The company said its net loss narrowed") may be
        # about any organisation the article keeps naming, not only the one it names most.
        unnamed = () if named else prominent
        contexts = read_contexts(
            text,
            sentence,
            amounts,
            named,
            _within(places, place_starts, sentence),
            # "It sold 400,000 bikes": the organisation the sentences before named, not the article's main one.
            about or main,
            published,
            owner,
            speaker_of,
        )
        # "the seller is a developer whose ...", "buying a mill with ...": the figures after are that party's
        described = described_party(text, sentence, parties, named)
        if not described and not named and box_line and sentence.start < box_line[0]:
            # "Target: Fort Portal, Uganda. Collects 310,000 litres a day": the line's later sentences are its party's
            described = (sentence.start, box_line[1])
        site = (
            None
            if described
            else site or site_party(text, sentence, parties, _within(places, place_starts, sentence), placed, name_words)
        )
        lands = acting_lands(text, sentence, [m.span for m in _within(named_by_entities, named_starts, sentence)], surnames)
        cited = attribution(text, sentence) if lands else None
        for amount, c in zip(amounts, contexts, strict=True):
            metric = _deal_metric(text, sentence, amount, c.metric)
            if described and amount.span.start >= described[0] and not _named_between(named, described[0], amount.span.start):
                c = replace(c, subject=described[1], subjects=(described[1], *c.subjects))
            elif site and amount.span.start >= site[0] and not _named_between(named, site[0], amount.span.start):
                # "The facility in Tessby processes 5,900 tonnes": the site's owner's figure, or no organisation's
                # (never the buyer's, nor the article's main organisation's, by default)
                owner_of_site = site[1]
                others = tuple(s for s in c.subjects if s != parties.get("buyer"))
                c = replace(c, subject=owner_of_site, subjects=(owner_of_site, *others) if owner_of_site else others)
            claims.append(
                ClaimFound(
                    amount.span,
                    amount.value,
                    amount.unit,
                    amount.span.of(text),
                    amount.scale,
                    amount.also_value,
                    amount.also_unit,
                    c.direction,
                    metric,
                    c.subject,
                    c.when.period,
                    c.when.period_as_written,
                    c.scope,
                    c.source,
                    c.modality,
                    c.qualifier,
                    amount.value_high,
                    amount.precision,
                    c.metric_cue,
                    c.when.moment,
                    # a deal's value and stake are each party's (the buyer "will pay" it, the seller "will
                    # receive" it, the target is "valued at" it; "buys 51% of" and "sells 51% of"):
                    # outlets giving them to different parties compare
                    tuple(
                        dict.fromkeys([*c.subjects, *unnamed, *(prominent if metric in (DEAL_VALUE, STAKE) else ()), *fallback])
                    ),
                    # a range ("rise from £5 to £7") ends at the current figure: not the earlier one
                    amount.value_high is None and is_earlier(text, sentence, amount.span),
                )
            )
            # "Chile exported 41,000 tonnes" (beside "Chile Limes Ltd"): the land's, no organisation's
            if (
                lands
                and metric not in _COMPANY_ONLY  # ("China's sales rose 9%": a company's, in China)
                # (an organisation the sentence attributes its figures to stands between no land and its figure:
                # "X imported 620,000 tonnes, according to the Central Bank, 70% of them from Y")
                and (land := land_of(text, lands, amount.span, (m.span for m in named if not (cited and cited.contains(m.span)))))
                and is_land(land)
            ):
                claims[-1] = replace(claims[-1], subject=None, subjects=(), scope=land)
    # (c31) a figure a correction line says the page replaced: kept, marked "corrected"
    return corrected(text, sentences, claims)


def attribute_quoted(claims: list[ClaimFound], quotes: list[QuoteFound]) -> list[ClaimFound]:
    """Claims whose figure stands inside a direct or partial quotation, attributed to its speaker where
    the quotation names one and the sentence named no source: the speaker is who printed the figure.
    Claims and quotes are each in text order, so one walk pairs them."""
    spoken = sorted((q.span, q.speaker) for q in quotes if q.kind in {"direct", "partial"} and q.speaker)
    starts = [span.start for span, _ in spoken]
    out = []
    for claim in claims:
        position = bisect_right(starts, claim.span.start) - 1
        inside = position >= 0 and spoken[position][0].contains(claim.span)
        out.append(replace(claim, source=spoken[position][1]) if inside and claim.source is None else claim)
    return out
