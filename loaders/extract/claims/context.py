"""What a figure is about: its direction, metric, subject, source, scope,
period, moment, modality and qualifier, read from the words around it.

Every search runs on a bounded window around the number (or once per
sentence), never over the whole sentence per number.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate

from loaders.extract.claims.amounts import Amount
from loaders.extract.claims.periods import RELATIVE_SHIFT, TimeMention, When, time_mentions
from loaders.extract.claims.vocabulary import (
    COUNTED_NOUNS,
    QUALIFIERS,
    cue_conditions,
    cue_pattern,
    cues,
    longest_first,
    metric_alternatives,
    metrics,
    yielding_metrics,
)
from loaders.extract.gazetteer import places
from loaders.extract.types import Mention
from loaders.spans import Span
from loaders.vocab import alternation, branch_name, load, named_branches_regex, word_start_regex, words

CUE_PATTERNS = {
    "decrease": word_start_regex(cues("decrease"), re.IGNORECASE),
    "increase": word_start_regex(cues("increase"), re.IGNORECASE),
    "hypothetical": word_start_regex(cues("hypothetical"), re.IGNORECASE),
    "forecast": word_start_regex(cues("forecast"), re.IGNORECASE),
    "estimate": word_start_regex(cues("estimate"), re.IGNORECASE),
    "past_outcome": word_start_regex(cues("past_outcome"), re.IGNORECASE),
    "full_stop": re.compile(r"\."),
    "clause_break": re.compile(r"[,;]"),
    # a comma and a word that begins a clause of its own ("..., and had cash of"), or a semicolon
    "new_clause": re.compile(rf";|(?:,\s*|\s){cues('clause_joins')}", re.IGNORECASE),
}
GLOBAL_RE = word_start_regex(cues("global_scope"), re.IGNORECASE)
QUALIFIER_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in QUALIFIERS) + r")\s+$", re.IGNORECASE)
# Who a figure is attributed to: "according to X", "X reports that", or ", X said." after it
# (the comma may close a quotation: '"... 400 jobs," X said').
SOURCE_RE = re.compile(
    r"according to ([^,.]{1,80})|\b([A-Z]\w{1,40}) reports\b"
    r"|,[\"”’']?\s(?:the\s)?([A-Z][\w&.-]{0,30}(?:\s[A-Z][\w&.-]{0,30}){0,4})\s(?:said|says|reported|estimated|estimates)\b"
)
# "Halvorsen Kapital analyst Liesl Ambrosini writes that ...": an organisation right before an
# analyst's title and a name is whom the figures are credited to (the analyst's employer), not their subject.
EMPLOYER_AFTER_RE = re.compile(rf"\s+(?:{cues('analyst_titles')})\s+(?-i:[A-Z])", re.IGNORECASE)
# An apposition naming the owner of the organisation before it ("Hollweg Baustoffe, a subsidiary of
# the family-owned Hollweg Gruppe, ..."; "X, part of closely held Y, ..."): the figure after it is
# the first one's. Matched on the gap between the two names only (at most OWNER_GAP characters).
OWNER_GAP = 60
OWNER_APPOSITION_RE = re.compile(
    rf",\s+(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){{0,2}}(?:{'|'.join(words('organisations', 'owner_relations'))})"
    r"\s+of\s+(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "X, a joint venture with the Tessby miller Y that makes 9,000 tonnes": the venture's apposition naming its other
# owner (a determiner, then the venture's noun: never "X, in partnership with Y"), then a relative clause (right
# after the owner's name, or after a comma: "with Y, which makes 9,000 tonnes") whose figure is the venture's
PARTNER_APPOSITION_RE = re.compile(
    rf",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(words('organisations', 'partner_relations'))})"
    r"\s+(?:with|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
# (j35, the project lead's decision, reversing c24's reading: "with Y, which makes 9,000 tonnes" is the venture's
# too. Syntax cannot tell which name such a clause describes; the usual reading is the appositive's head, the venture
# the sentence is about. The partner's own description is marked by an apposition of its own, which this leaves to
# the partner: "with Y, the Tessby miller, which ...", "with Y, a miller that ...", "with Y, whose ...", "with Y,
# itself ...", "with Y (which ...)".)
RELATIVE_AFTER_PARTNER_RE = re.compile(r"(?:,\s*|\s+)(?:that|which)\s+(?:[a-z]+\s+){0,2}")
# (j35) "X, the feed mill that Y shares with Z, which makes 7,500 tonnes": an apposition describing X as
# shared with Z (a determiner, up to three words, "that" or "which", the sharer, a verb of owning or running something
# together, "with"), then Z's relative clause as above: the venture X's figure. Matched on the gap between X and Z
# only, at most SHARED_GAP characters (the sharer's name, a mention of its own, may stand in it).
SHARED_GAP = 120
SHARED_APPOSITION_RE = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+[^,;()]{1,60}?\s+"
    rf"{alternation(words('organisations', 'venture_sharing_verbs'))}\s+"
    rf"(?:{alternation(words('organisations', 'venture_sharing_adverbs'))}\s+)?with\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}",
    re.IGNORECASE,
)
# A clause set into a sentence about the name before it: a relative clause (", which had revenue of
# $3.9bn,") or, after an organisation's name, an apposition (", its Scottish subsidiary bought in
# 2023", ", itself owned by Y"), up to the next comma or semicolon or the sentence's end. What it says (a measure, a
# period, an organisation) is about that name and its own figures, not the sentence's other figures
# ("Kallang Marine, which had revenue of US$3.9bn last year, is paying US$1.33bn": no revenue).
RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*")
APPOSITION_RE = re.compile(r",\s+(?:its|their|itself|a|an|the|one\s+of)\s[^,;]*", re.IGNORECASE)
# "the company", "the Kalisz-based maker": an organisation named before, described (not "the group of").
DESCRIBED_COMPANY_RE = re.compile(
    rf"\b[Tt]he\s+(?:[\w-]+\s+)?(?:{'|'.join(words('pronouns', 'organisation_descriptions'))})\b(?!\s+of\b)"
)
# How far before a figure such a description is looked for: a bounded window, so the work per figure is bounded
# (linear in a sentence's length however many figures it holds).
DESCRIBED_COMPANY_REACH = 200
# (m15) The words before a stock exchange a company is listed on (organisations.yml `listing_openings`)
# after the company's own verb "be" (`listing_verbs`: "which is listed on", not "firms listed on", "Trading on"),
# and the company's clause going on after the exchange (a comma or "and", not ", which" or "where")
LISTED_ON_BEFORE_RE = re.compile(
    rf"\b{alternation(words('organisations', 'listing_verbs'))}\s+(?:(?:now|also|still)\s+)?"
    rf"{alternation(words('organisations', 'listing_openings'))}\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LISTED_ON_AFTER_RE = re.compile(r"\s*(?:,(?!\s*(?:which|where|whose|that)\b)|\s+and\b(?!\s+(?:which|where)\b))")
LISTED_ON_REACH = 40
# a listed company named by a person's possessive (`listed_pronoun_companies`: "his company, which is listed on")
LISTED_BY_A_PERSON_RE = re.compile(rf"\b{alternation(words('organisations', 'listed_pronoun_companies'))}\b", re.IGNORECASE)
GROUP_POSSESSIVE_BEFORE_RE = re.compile(r"\b[Tt]he\s+group['’]s\s+(?:[a-z]+\s+)?$")
GROUP_WORD_RE = re.compile(rf"\b(?:{'|'.join(words('pronouns', 'group_name_words'))})\b")
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\s+(?:(?:a|an|the)\s+)?[^\s\w]{0,3}\d")
# An organisation's possessive right before a figure ("Quillfield's $1.42bn writedown"): its figure.
POSSESSIVE_BEFORE_RE = re.compile(r"['’]s?\s+(?:(?:a|an|the)\s+)?")
AFTER_SUBJECT_RE = re.compile(r"[^.;]{0,40}?\b(?:on|for|against|in|at|of)\s+(?:the\s+)?$", re.IGNORECASE)
# One pass finds every metric cue: each alternative is one metric, in the file's order (earlier wins at one position),
# found through the letter a word begins with.
_METRIC_NAMES = [name for name, _ in metrics()]
_CUE_CONDITIONS = cue_conditions()
METRIC_RE = named_branches_regex([(f"m{i}", pattern) for i, pattern in metric_alternatives()], re.IGNORECASE)


def _cue_stands(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """Whether a metric's cue names its metric where the words before it (in its sentence, within
    reach, no ";" between) are what `needs_before` and `not_after` in metrics.yml want: "in total"
    after a price per share, "exchange rate" not after "at" and up to three words."""
    name = _metric_name(match)
    for metric, cue, words_, reach, needed in _CUE_CONDITIONS:
        if metric == name and cue.fullmatch(match.group(0)):
            low = max(sentence.start, match.start() - reach)
            low = max(low, text.rfind(";", low, match.start()) + 1)
            if (words_.search(text, low, match.start()) is not None) is not needed:
                return False
    return True


def _metric_name(match: re.Match[str]) -> str:
    """The metric a METRIC_RE match names: the index in its branch's name (m0, m1, ...)."""
    return _METRIC_NAMES[int(branch_name(match)[1:])]


PERCENT_UNITS = {"percent", "percentage points"}
# Measures a count is never of but names by its noun: "a target of 9,000 deliveries" counts deliveries;
# "sales of 500,000 vehicles" and "sold 2.4 million seats" count vehicles and seats, and compare with
# "500,000 deliveries" and "2.4 million seats" (sales are money only when a sum is sold).
# So does what a count "costs" ("will cost 1,150 jobs" counts jobs): a cost is money; and an order's
# ("an order for 24 jets" counts jets).
COUNTS_NAME_THEMSELVES = {"shortfall against target", "sales", "units sold", "cost", "order"}
COUNT_CHANGE_REACH = 40  # characters from a count to a percentage after it that says how it moved ("..., up 9%")
YIELDS = yielding_metrics()
# Counted nouns that join a family only where words before or right after them say so ("900 completions"
# are homes in a housebuilder's report): the family, the words' patterns, and how far back they may stand.
JOINS_WHERE = {
    noun: (
        entry["family"],
        *(re.compile(cue_pattern(entry[side]), re.IGNORECASE) if side in entry else None for side in ("before", "after")),
        int(entry.get("reach", 120)),
    )
    for noun, entry in load("counted")["joins_where"].items()
}
# (review fixfp2) Cues before such a noun that count only with one of their words between them and the number ("buys
# cassava from 2,800 farming households"): the cues' pattern, and the words'.
JOINS_THROUGH = {
    noun: (
        re.compile(cue_pattern(entry["before_through"]["cues"]), re.IGNORECASE),
        re.compile(cue_pattern(entry["before_through"]["through"]), re.IGNORECASE),
    )
    for noun, entry in load("counted")["joins_where"].items()
    if "before_through" in entry
}
JOIN_AFTER = 40  # characters
# Cue words that say what a figure is counted per ("18.5p a share"): right after a figure, the cue is that figure's.
PER_UNIT_RE = re.compile("|".join(f"(?:{pattern})" for pattern in load("metrics")["per_unit"]), re.IGNORECASE)
YIELD_REACH = 20  # characters before the number a yielded-to cue may stand ("price band of Rs ")
# A takeover's words reach further ("agreed to be acquired by Kestrel Group (TSE: 6417) for C$36.50 a share")
OFFER_REACH = 60
# How far a cue may stand from the number. A metric's cue after the number counts as
# further away (English names the measure first), unless it follows right on ("49 cents a share").
REACH_BEFORE, REACH_AFTER, AFTER_PENALTY = 80, 40, 15
DIRECTION_REACH, HYPOTHETICAL_REACH, CLAUSE_BEFORE, CLAUSE_AFTER = 40, 60, 80, 30
PERIOD_NEAR, PERIOD_FAR = (80, 40), (200, 120)
SUBJECTS_PER_SENTENCE = 12
# Years counted from another time the sentence names, not from the publication ("last year" is the latter).
YEAR_BEFORE_PHRASES = {"a year earlier", "a year ago", "the year before", "the previous year"}
# A percentage's sign ("-15% YoY", "+3.2%"), and a comparative right after it ("4.3% lower", "11% fewer").
SIGN_BEFORE_RE = re.compile(r"[-−–+]$")
COMPARATIVE_AFTER_RE = re.compile(r"\s+(lower|higher|fewer|less|more|down|up)\b(?!\s+(?:to|from)\b)", re.IGNORECASE)
# "making up 40%": a verb right before the movement word makes a phrase of its own.
PHRASAL_BEFORE_RE = re.compile(rf"\b{cues('phrasal_not_movement')}\s+$", re.IGNORECASE)
# A cost said in a clause of its own about what the sentence named before ("which costs it",
# "costing"), and the measures whose cost is their own amount (`cost_is_amount` in metrics.yml).
COST_LABELS = frozenset({"cost"})
COST_CLAUSE_RE = re.compile(r"(?:\b(?:which|that)\s+(?:will\s+|would\s+)?cost\w*|\bcosting)\b", re.IGNORECASE)
# only a comma, or what the figure is counted per, between a figure and the clause about it
CLAUSE_GAP_RE = re.compile(r"(?:\s+(?:a|per|each)\s+[a-z]+)?[\s,]*")
COST_IS_AMOUNT = frozenset(load("metrics").get("cost_is_amount") or [])
MONEY_ONLY = frozenset(load("metrics").get("money_only") or [])
NOT_PERCENT = frozenset(load("metrics").get("not_percent") or [])  # (c28) "founded by X (60 percent)": no age
# "an investment of €8m, of which X assumes 60%": a clause opened by "of which" right after a figure
OF_WHICH_RE = re.compile(r"[\s,]*(?:\(?\s*)?of\s+which\b", re.IGNORECASE)
FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
PERIOD_AFTER_RE = re.compile(r"\s+(?:in|for|during|over)(?:\s+the)?\s+", re.IGNORECASE)
PERIOD_YEAR_RE = re.compile(r"(FY)?(\d{4})(-[QH]\d)?$")  # "2025-H1", "FY2025-Q2": a period and its year
CAPITALISED_RE = re.compile(r"\b([A-Z][\w&-]{0,30}(?: [A-Z][\w&-]{0,30}){0,4})(?:['’]s)?\b")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    label: str
    text: str


class Cues:
    """Cues of one kind in one sentence, in order, looked up by position (bisect: no rescans)."""

    def __init__(self, found: list[Cue]) -> None:
        self.found = sorted(found, key=lambda cue: (cue.start, cue.end))
        self.starts = [cue.start for cue in self.found]

    def within(self, low: int, high: int) -> list[Cue]:
        """The cues lying wholly inside [low, high)."""
        # Indexing, not slicing: a slice would copy every later cue of the sentence on each call.
        found = self.found
        out = []
        for index in range(bisect_left(self.starts, low), len(found)):
            cue = found[index]
            if cue.start >= high:
                break
            if cue.end <= high:
                out.append(cue)
        return out


@dataclass(frozen=True)
class ClaimContext:
    direction: str | None
    metric: str
    metric_cue: str | None  # the words that chose the metric; None when the unit names it
    subject: str | None
    subjects: tuple[str, ...]  # every organisation the figure may be about: the subject first, then the sentence's others
    when: When
    scope: str | None
    source: str | None
    modality: str  # reported, forecast, estimate, hypothetical
    qualifier: str | None


@dataclass(frozen=True)
class SentenceFacts:
    """What is read once per sentence: its organisations, places, source, scope words and cues."""

    sentence: Span
    organisations: list[Mention]
    places: list[Mention]
    source: str | None
    source_span: Span | None
    global_scope: bool
    cues: dict[str, Cues]
    metrics: Cues
    times: list[TimeMention]
    time_starts: list[int]
    subject_mentions: list[Mention]  # organisations that may be a subject (not the one a figure is attributed to)
    subject_starts: list[int]
    subject_names: tuple[str, ...]  # their names, once each, in order (at most SUBJECTS_PER_SENTENCE)
    main_first_end: int | None  # where the first mention of the article's main organisation in the sentence ends
    source_is_organisation: bool = False  # the figure is attributed to an organisation named in the sentence
    # The first two periods with a value of each kind (a part of a year, a relative year, a year), in
    # that order: a relative year after a number moves the first of them that is not itself.
    period_bases: tuple[TimeMention, ...] = ()
    # The subject mentions that are no court's, regulator's or public body's, and where they start.
    company_mentions: list[Mention] = field(default_factory=list)
    company_starts: list[int] = field(default_factory=list)
    # Clauses set into the sentence about a name before them (`insertions`): their starts and ends.
    # What the sentence's "its" stands for where it names an organisation too: the one the sentences before
    # were about ("Zagatala Findiq sells a fifth. Three-quarters of its output goes to the EU").
    owner: str | None = None
    # The organisation of the person who spoke latest in the paragraph ("X's chairman, Tom Hale, ...: his company").
    speaker_of: str | None = None
    insertion_starts: list[int] = field(default_factory=list)
    insertion_ends: list[int] = field(default_factory=list)
    # The subject mentions outside them (the companies among them, else all), where some are inside.
    outside_mentions: list[Mention] = field(default_factory=list)
    outside_starts: list[int] = field(default_factory=list)
    # Organisations named as where goods go ("its sales to X"): no subject of the trade's figures, only of those in
    # a clause set in right after them ("sales to X, which had revenue of $600m").
    customers: list[Mention] = field(default_factory=list)
    customer_ends: list[int] = field(default_factory=list)  # where each customer ends, in order

    def insertion(self, position: int) -> int:
        """The index of the inserted clause holding the position, or -1 (none)."""
        index = bisect_right(self.insertion_starts, position) - 1
        return index if index >= 0 and position < self.insertion_ends[index] else -1


# "at the average exchange rate of the National Bank of Poland": the body setting a rate owns no figure.
_RATE_SETTER_BEFORE_RE = re.compile(
    rf"(?:\b(?:{'|'.join(map(re.escape, words('organisations', 'rate_setter_openings')))})"
    rf"|\bat\s+(?:the\s+|an\s+|a\s+)?(?:{'|'.join(map(re.escape, words('organisations', 'rate_setter_openings_after_at')))}))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RATE_SETTER_REACH = 40  # characters before a name where its opening may stand
# (c25) "according to a filing with the Warsaw Stock Exchange", "a notice sent overnight to the Tokyo Stock
# Exchange": a public body a filing went to (organisations.yml `filing_words`, then at most four
# words, then "to" or "with") is where the figure was published, never what it is about. Searched in a bounded
# window before the name: linear in the sentence.
_FILING_WORDS = "|".join(map(re.escape, words("organisations", "filing_words")))
_FILING_TIME_WORDS = "|".join(map(re.escape, words("organisations", "filing_time_words")))
_FILED_WITH_BEFORE_RE = re.compile(
    rf"\b(?:{_FILING_WORDS})(?:\s+with|(?:[ ,]+(?:{_FILING_TIME_WORDS}))*\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FILED_WITH_REACH = 70
# (fixc25) a deal's other party named before a filing's figure ("The target had revenue of"): not the article's company
_ANOTHER_PARTY_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, words('organisations', 'other_party_nouns')))})\b", re.IGNORECASE
)


# (c25b) "at the Bank of Tessby's weighted average selling rate": a body's possessive after "at" and before a rate of
# conversion (organisations.yml `conversion_rate_words`, at most three words between): the body sets the rate.
_AT_BEFORE_RE = re.compile(r"\bat\s+(?:the\s+)?$", re.IGNORECASE)
_CONVERSION_RATE_AFTER_RE = re.compile(
    rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?{alternation(words('organisations', 'conversion_rate_words'))}\s+rates?\b",
    re.IGNORECASE,
)


def names_a_conversion_rates_setter(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether the mention is a body whose rate converts a figure ("at the Bank of Tessby's exchange rate")."""
    return (
        _AT_BEFORE_RE.search(text, max(sentence.start, mention.span.start - 8), mention.span.start) is not None
        and _CONVERSION_RATE_AFTER_RE.match(text, mention.span.end, sentence.end) is not None
    )


# (c25b) A body whose data the sentence reports: "According to DSAMA data", "Marine and Water Bureau figures show" (the
# name may go on past "and", "of", "for" or "&" into capitalised words before the data's noun).
_DATA_NAME_GOES_ON = r"(?:[ \t]+(?:and|of|for|&)[ \t]+[A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,3})?"
_DATA_AFTER_RE = re.compile(rf"{_DATA_NAME_GOES_ON}[ \t]+{alternation(words('claim_cues', 'data_source_nouns'))}\b")
_DATA_VERB_AFTER_RE = re.compile(rf"[ \t]+{alternation(words('claim_cues', 'data_source_verbs'))}\b")
_ACCORDING_TO_BEFORE_RE = re.compile(r"\baccording[ \t]+to[ \t]+(?:the[ \t]+)?(?:latest[ \t]+)?$", re.IGNORECASE)


def names_a_data_source(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether the mention is a body whose data the sentence reports ("According to X data", "X figures show")."""
    data = _DATA_AFTER_RE.match(text, mention.span.end, sentence.end)
    if data is None:
        return False
    return (
        _ACCORDING_TO_BEFORE_RE.search(text, max(sentence.start, mention.span.start - 24), mention.span.start) is not None
        or _DATA_VERB_AFTER_RE.match(text, data.end(), sentence.end) is not None
    )


def names_where_a_filing_went(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether the mention is a public body named as where a filing went ("a filing with the X Stock Exchange")."""
    return is_public_body(mention.name) and (
        _FILED_WITH_BEFORE_RE.search(text, max(sentence.start, mention.span.start - _FILED_WITH_REACH), mention.span.start)
        is not None
    )


def _sentence_facts(
    text: str, sentence: Span, organisations: list[Mention], places: list[Mention], published: str | None, main: str | None
) -> SentenceFacts:
    """Everything about a sentence that its claims share, each found in one pass over it."""
    words_ = sentence.of(text)
    source_span = attribution(text, sentence)
    source = None
    if source_span:
        source = next((o.name for o in organisations if source_span.contains(o.span)), source_span.of(text).strip())
    found_cues = {
        label: Cues([Cue(m.start(), m.end(), label, m.group(0)) for m in pattern.finditer(text, sentence.start, sentence.end)])
        for label, pattern in CUE_PATTERNS.items()
    }
    reaches = _name_reaches(organisations)
    found_metrics = Cues(
        [
            Cue(m.start(), m.end(), _metric_name(m), m.group(0))
            for m in METRIC_RE.finditer(text, sentence.start, sentence.end)
            if _cue_stands(text, sentence, m) and not _inside_a_name(reaches, m.start(), m.end())
        ]
    )
    times = time_mentions(text, sentence.start, sentence.end, published)
    customers = sorted(
        (
            o
            for o in organisations
            if _DESTINATION_BEFORE_RE.search(text, max(sentence.start, o.span.start - _DESTINATION_REACH), o.span.start)
            and not (
                _SHIPPED_BEFORE_RE.search(text, max(sentence.start, o.span.start - _DESTINATION_REACH), o.span.start)
                and _PRICE_AFTER_RE.match(text, o.span.end)
            )
        ),
        key=lambda o: o.span.end,
    )
    customer_spans = {(o.span.start, o.span.end) for o in customers}
    subjects = [
        o
        for o in organisations
        if not (source_span and source_span.contains(o.span))
        and not names_an_analysts_employer(text, o, sentence)
        and not names_where_a_filing_went(text, o, sentence)
        and not names_a_conversion_rates_setter(text, o, sentence)
        and not names_a_data_source(text, o, sentence)
        and not _RATE_SETTER_BEFORE_RE.search(text, max(sentence.start, o.span.start - _RATE_SETTER_REACH), o.span.start)
        and (o.span.start, o.span.end) not in customer_spans
    ]
    # Names the entity stage did not take as organisations here may be ones it found in another
    # article: grouping keeps those that are ("Harrow Brewing's" where only a wire named it Harrow Brewing).
    names = [
        m.group(1)
        for m in CAPITALISED_RE.finditer(text, sentence.start, sentence.end)
        if not (source_span and source_span.overlaps(Span(m.start(1), m.end(1))))
    ]
    main_ends = [o.span.end for o in subjects if o.name == main]
    return SentenceFacts(
        sentence,
        organisations,
        places,
        source,
        source_span,
        bool(GLOBAL_RE.search(words_)),
        found_cues,
        found_metrics,
        times,
        [t.start for t in times],
        subjects,
        [o.span.start for o in subjects],
        tuple(dict.fromkeys([*(o.name for o in subjects), *names]))[:SUBJECTS_PER_SENTENCE],
        main_ends[0] if main_ends else None,
        source is not None and any(source_span.contains(o.span) for o in organisations if source_span),
        period_bases=tuple(
            base for kind in ("part", "relative", "year") for base in [t for t in times if t.kind == kind and t.value][:2]
        ),
        company_mentions=(companies := [o for o in subjects if not is_public_body(o.name)]),
        company_starts=[o.span.start for o in companies],
        customers=customers,
        customer_ends=[o.span.end for o in customers],
    )


# Where goods go or come from ("Its sales to the European Union grew 21%", "its exports to Walmart", "imports from
# X"): a market or a customer named after the trade's noun ("sales", "exports", "shipments", "deliveries") or verb
# ("exported", "shipped", "ships": "the share shipped to the European Union rose"), never the one whose sales they
# are. Not after "sold": "sold shares to X for $12m" is a deal whose price the buyer X pays; nor after "shipped" where
# "for" and an amount follow the party ("shipped the cargo to X for $3m": X pays the price).
# (claim_cues.yml `destination_trade_words`, `origin_trade_words`, `priced_trade_words`)
_DESTINATION_BEFORE_RE = re.compile(
    rf"\b(?:{longest_first(words('claim_cues', 'destination_trade_words'))})\s+(?:[a-z]+\s+)?(?:to|into)\s+(?:the\s+)?$"
    rf"|\b(?:{longest_first(words('claim_cues', 'origin_trade_words'))})\s+(?:[a-z]+\s+)?from\s+(?:the\s+)?$"
)
_SHIPPED_BEFORE_RE = re.compile(
    rf"\b(?:{longest_first(words('claim_cues', 'priced_trade_words'))})\s+(?:[a-z]+\s+)?(?:to|into)\s+(?:the\s+)?$"
)
# "for" and an amount right after the named party: a deal's price ("for $3 million", "for about EUR 40m", "for 12
# million euros")
_PRICE_AFTER_RE = re.compile(r"[ \t]+for[ \t]+(?:(?:about|around|some|nearly|almost|roughly)[ \t]+)?(?:[^\w\s]|[A-Z]{3}\b|\d)")
# A clause set in about the customer itself, not about the trade: any "which/that/who" clause but one of the sales'
# change or share ("which had revenue of $600 million", "which said its profit rose 5%", "which paid $300 million";
# not "which rose 8%", "which have grown 9%", "which accounted for 12%": claim_cues.yml `increase`, `decrease`,
# `sales_clause_words`, after up to two `sales_clause_auxiliaries`), "whose ..." or what it is ("its biggest customer
# with 900 stores": `customer_nouns`).
_SALES_CLAUSE_WORDS = cue_pattern(
    [*words("claim_cues", "increase"), *words("claim_cues", "decrease"), *words("claim_cues", "sales_clause_words")]
)
_ABOUT_THE_CUSTOMER_RE = re.compile(
    r"[ \t,]{0,4}(?:(?:which|that|who)[ \t]+"
    rf"(?!(?:(?:{longest_first(words('claim_cues', 'sales_clause_auxiliaries'))})[ \t]+){{0,2}}{_SALES_CLAUSE_WORDS})"
    r"|whose\b"
    rf"|(?:its|their|the)[ \t]+(?:[a-z]+[ \t]+){{0,3}}?(?:{longest_first(words('claim_cues', 'customer_nouns'))})s?[ \t]+with\b)"
)
_GAP_BEFORE_A_CLAUSE_RE = re.compile(r"[ \t\n,]{0,4}")
_DESTINATION_REACH = 40


def _name_reaches(organisations: list[Mention]) -> tuple[list[int], list[int]]:
    """The organisations' starts in order and, at each, the furthest end of a name starting there or before."""
    spans = sorted((o.span.start, o.span.end) for o in organisations)
    reaches = list(accumulate((end for _, end in spans), max))
    return [start for start, _ in spans], reaches


def _inside_a_name(reaches: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a cue's words are an organisation's name's ("Stock" of "Kestrel Alloy Joint Stock Company",
    "Investment" of "Tessly Frame Investment"): a name measures nothing. One bisection (`_name_reaches`), not a
    look at every name of the sentence from every cue."""
    index = bisect_right(reaches[0], start) - 1
    return index >= 0 and reaches[1][index] >= end


def names_an_analysts_employer(text: str, mention: Mention, sentence: Span) -> bool:
    """ "Halvorsen Kapital analyst Liesl Ambrosini": the mention names an analyst's employer."""
    return EMPLOYER_AFTER_RE.match(text, mention.span.end, sentence.end) is not None


@functools.lru_cache(maxsize=256)  # (asked of one sentence three times or more by the claims' readers: read once)
def attribution(text: str, sentence: Span) -> Span | None:
    """The words naming who the sentence's figures are attributed to ("according to X", ", X said")."""
    found = SOURCE_RE.search(text, sentence.start, sentence.end)
    if not found:
        return None
    group = next(number for number in (1, 2, 3) if found.group(number))
    return Span(found.start(group), found.end(group))


def _metric(
    facts: SentenceFacts, amount: Amount, reach_before: int, reach_after: int, figure_ends: list[int] | None = None
) -> Cue | None:
    """The cue of the measure named closest to the number (before it, or just after it in its clause:
    "revenue fell to $356M, and the net loss widened" names no loss for the $356M). A cue right after
    an earlier figure is that figure's when it says what that figure is counted per ("a dividend of
    18.5p a share takes the total to 27.2p": "a share" is 18.5p's; `figure_ends`, sorted, where the
    sentence's figures end)."""
    start, end = amount.span.start, amount.span.end
    best = None
    breaks = facts.cues["clause_break"]
    inside = facts.insertion(start) if facts.insertion_starts else -1
    for cue in facts.metrics.within(max(facts.sentence.start, start - reach_before), min(facts.sentence.end, end + reach_after)):
        if facts.insertion_starts and facts.insertion(cue.start) != inside:
            continue  # a measure a clause set in says of its own name ("X, which had revenue of $3.9bn, is paying $1.3bn")
        if cue.end <= start:
            if figure_ends and _right_after_a_figure(cue, figure_ends, start) and PER_UNIT_RE.fullmatch(cue.text):
                continue
            distance = start - cue.end
        elif cue.start >= end:
            if cue.start - end <= 1:
                distance = -1
            elif breaks.within(end, cue.start) or facts.cues["new_clause"].within(end, cue.start):
                continue  # "... from PLN 2.4bn and announced job cuts": the next clause's measure
            else:
                distance = cue.start - end + AFTER_PENALTY
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, cue)
    if best and best[0] == -1 and (before := _yielded_to(facts, best[1].label, start)):
        return before
    if best and best[1].label == TARGET and (measure := _measure_before(facts, best[1])):
        return measure  # "its profit target for the year to N520bn": a profit, as forecast
    return best[1] if best else None


TARGET = "shortfall against target"


def _measure_before(facts: SentenceFacts, target: Cue) -> Cue | None:
    """The cue of a measure right before "target" ("profit target", "order target"), if any."""
    index = bisect_left(facts.metrics.starts, target.start) - 1
    if index < 0:
        return None
    cue = facts.metrics.found[index]
    return cue if cue.label != TARGET and 0 <= target.start - cue.end <= 1 else None


def _right_after_a_figure(cue: Cue, figure_ends: list[int], start: int) -> bool:
    """Whether a figure before the number ends right before the cue (a space between at most)."""
    index = bisect_right(figure_ends, cue.start) - 1
    return index >= 0 and cue.start - figure_ends[index] <= 1 and figure_ends[index] < start


def _yielded_to(facts: SentenceFacts, label: str, start: int) -> Cue | None:
    """The cue right before the number of a metric the one right after it yields to, if any."""
    stronger = YIELDS.get(label)
    if not stronger:
        return None
    near = [
        cue
        for cue in facts.metrics.within(max(facts.sentence.start, start - OFFER_REACH), start)
        if cue.label in stronger and (start - cue.end <= YIELD_REACH or cue.label == "offer price")
    ]
    return near[-1] if near else None


def _direction(text: str, facts: SentenceFacts, amount: Amount) -> Cue | None:
    """ "fell 45%": a movement word shortly before the number, no full stop between; for a
    percentage, a sign on it ("(-15% YoY)") or a comparative right after it ("to close 4.3% lower",
    "11% fewer than")."""
    start = amount.span.start
    if amount.unit in PERCENT_UNITS:
        if (signed := SIGN_BEFORE_RE.search(text, max(facts.sentence.start, start - 2), start)) and (
            start < 2 or not text[start - 2].isalnum()
        ):
            label = "increase" if signed.group(0) == "+" else "decrease"
            return Cue(signed.start(), signed.end(), label, signed.group(0))
        if after := COMPARATIVE_AFTER_RE.match(text, amount.span.end, facts.sentence.end):
            word = after.group(1).lower()
            return Cue(after.start(1), after.end(1), "increase" if word in {"higher", "more", "up"} else "decrease", word)
    stops = facts.cues["full_stop"]
    for label in ("decrease", "increase"):
        for cue in facts.cues[label].within(max(facts.sentence.start, start - DIRECTION_REACH - 20), start):
            if (
                start - cue.end <= DIRECTION_REACH
                and not stops.within(cue.end, start)
                and not _in_qualifier(text, cue.start, start)
                and not PHRASAL_BEFORE_RE.search(text, max(facts.sentence.start, cue.start - 12), cue.start)
            ):
                return cue
    return None


def _in_qualifier(text: str, cue_start: int, start: int) -> bool:
    """ "up to 400 jobs": the movement word begins the qualifier right before the number, no movement."""
    qualifier = QUALIFIER_RE.search(text, cue_start, start)
    return qualifier is not None and qualifier.start() == cue_start


# "Environment Agency", and "Competition Commission of Malawi", "Department for Transport", "Court of
# Appeal": the body's word, then what or where it is of
_PUBLIC_BODY_RE = re.compile(rf"\b(?:{'|'.join(words('organisations', 'public_bodies'))})(?P<of>\s(?:of|for|on)\s[^\n]*)?$")
# a company's legal form or ending after it makes the name a company's ("Bureau of Fine Wines Ltd", "Office of
# Finance Partners LLC", "Government of Tessaly Investment Corporation")
_COMPANY_LAST_WORDS = frozenset(
    word.rstrip(".") for key in ("legal_forms", "partnership_endings", "company_endings") for word in words("organisations", key)
)
_PUBLIC_BODY_HEAD_RE = re.compile(rf"^(?:{'|'.join(words('organisations', 'public_body_heads'))})\b")


_EXCHANGES = frozenset(words("markets", "exchanges"))
_REGULATOR_ACRONYMS = frozenset(words("organisations", "regulator_acronyms"))
_EXCHANGE_WORDS = "|".join(re.escape(w) for w in words("markets", "exchange_words"))
# The exchange word as the name's head: last ("Vienna Stock Exchange", "Wiener Börse"), or first before a
# preposition or a place ("Bourse de Casablanca", "Bolsa de Valores de Lima", "Bursa Malaysia"); not a
# company named after one ("Bourse Direct SA").
_EXCHANGE_LAST_RE = re.compile(rf"\b(?:{_EXCHANGE_WORDS})$")
_EXCHANGE_FIRST_RE = re.compile(rf"^(?:{_EXCHANGE_WORDS})\s+(?:(?P<prep>de|di|du|des|do|da|of|von)\b|(?P<place>\S+))")


def is_exchange(name: str) -> bool:
    """A stock exchange, by its abbreviation or its name's head word ("Vienna Stock Exchange", "Bourse de
    Casablanca"): where a share's price is made, never what the price is of."""
    if name in _EXCHANGES or _EXCHANGE_LAST_RE.search(name):
        return True
    first = _EXCHANGE_FIRST_RE.match(name)
    return first is not None and (first.group("prep") is not None or first.group("place") in places())


OWN_POSSESSIVE_RE = re.compile(r"\b[Ii]ts\b")  # "Its net profit of 2025 was"
# An organisation that only reports a figure: a cue after its name ("APR data showed", "X estimated"), or
# one a few words before it ("according to the statistics office X", "figures from X").
REPORT_AFTER_RE = re.compile(rf"\s*(?:{cues('report_cues_after')})", re.IGNORECASE)
REPORT_BEFORE_RE = re.compile(rf"\b(?:{cues('report_cues_before')})\s+(?:[\w'’-]+\s+){{0,4}}$", re.IGNORECASE)
REPORT_REACH = 60
# "It said ...", "The company estimates ...": an opening that only reports the clause after it.
SPEECH_AFTER_OPENING_RE = re.compile(rf"\s*(?:{cues('reporting_verbs')})", re.IGNORECASE)
# "... is held by X", "... is sold by the X": the doer of what the figure measures.
AGENT_BEFORE_RE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
AGENT_REACH = 40
OPENING_IT_RE = re.compile(r"It\s")  # a sentence opening on "It" ("It posted revenue of ...")
# "according to a filing sent to the Superintendencia": the figure was filed with the body, not found by it
FILING_CUE_RE = word_start_regex(cues("filing_cues"), re.IGNORECASE)
POSSESSIVE_REACH = 120  # characters before a figure in which its owner's possessive may stand


def is_public_body(name: str) -> bool:
    """A court's, a regulator's or a public body's name ("Dunmere Crown Court", "Environment Agency"), or
    a stock exchange's abbreviation ("rose 18% on the NZX"): where shares trade, not what they are of; a
    regulator named by its acronym alone ("under the SEBI circular")."""
    if (body := _PUBLIC_BODY_RE.search(name)) and body.group("of") and name.split()[-1].rstrip(".") in _COMPANY_LAST_WORDS:
        return False
    return body is not None or _PUBLIC_BODY_HEAD_RE.match(name) is not None or name in _EXCHANGES or name in _REGULATOR_ACRONYMS


def _subject(text: str, amount: Amount, facts: SentenceFacts, main: str | None) -> str | None:
    """The organisation the figure is about: one named right after "on", "for", "in" ... after the
    number ("a fine on X"), else the nearest before it in the sentence (a subject, a possessive,
    "profit at X"), else the article's main organisation. A court, regulator or public body is the
    subject only where the sentence names no company ("fined £3.1m at Dunmere Crown Court" is the
    fined company's figure)."""
    if facts.customers and (customer := _customer_described(text, amount, facts)) is not None:
        return customer  # "its sales to Orvane Retail, which had revenue of $600 million": the customer's revenue
    if (
        not facts.company_mentions
        and main
        and not is_public_body(main)
        and DESCRIBED_COMPANY_RE.search(
            text, max(facts.sentence.start, amount.span.start - DESCRIBED_COMPANY_REACH), amount.span.start
        )
    ):
        # "The Kalisz-based company, listed on the Warsaw Stock Exchange, cut its forecast to PLN 2.1bn":
        # the company the sentence describes, not the public body or exchange it names beside it
        return main
    if facts.outside_mentions and facts.insertion(amount.span.start) == -1:
        # "Tsavo Cement, which was not named by Rimal in its filing, 380 million shillings": not Rimal's
        return _subject_among(text, amount, facts, main, facts.outside_mentions, facts.outside_starts)
    if facts.company_mentions:
        return _subject_among(text, amount, facts, main, facts.company_mentions, facts.company_starts)
    return _subject_among(text, amount, facts, main, facts.subject_mentions, facts.subject_starts)


def _customer_described(text: str, amount: Amount, facts: SentenceFacts) -> str | None:
    """The customer ("sales to X") a clause set in right after it describes, where the figure stands in that clause
    ("X, which had revenue of $600m", "X, its biggest customer with 900 stores"): its own figure."""
    index = facts.insertion(amount.span.start) if facts.insertion_starts else -1
    if index < 0:
        return None
    opening = facts.insertion_starts[index]
    last = bisect_right(facts.customer_ends, opening) - 1  # the last customer ending before the clause: the only one
    if last < 0:
        return None
    customer = facts.customers[last]
    if not _GAP_BEFORE_A_CLAUSE_RE.fullmatch(text, customer.span.end, opening):
        return None
    if not _ABOUT_THE_CUSTOMER_RE.match(text, opening):
        return None  # "sales to X, which rose 8%": the clause describes the sales
    return customer.name


def _subject_among(
    text: str, amount: Amount, facts: SentenceFacts, main: str | None, candidates: list[Mention], starts: list[int]
) -> str | None:
    """`_subject` among the given mentions (in order, starting at `starts`)."""
    following = bisect_left(starts, amount.span.end)
    if GROUP_POSSESSIVE_BEFORE_RE.search(text, max(facts.sentence.start, amount.span.start - 20), amount.span.start):
        # "the Kenyan unit contributed Dh530m of the group's Dh3.8bn revenue": the group named before
        # (the few mentions before it looked at, no slice: bounded work per figure)
        nearby = range(following - 1, max(-1, following - 1 - SUBJECTS_PER_SENTENCE), -1)
        group = next((candidates[i].name for i in nearby if GROUP_WORD_RE.search(candidates[i].name)), None)
        if group:
            return group
    if (
        following > 0
        and candidates[following - 1].span.end <= amount.span.start
        and POSSESSIVE_BEFORE_RE.fullmatch(text, candidates[following - 1].span.end, amount.span.start)
    ):
        return candidates[following - 1].name  # "Quillfield's $1.42bn writedown ... of the Lomas Pardas flood"
    if following < len(candidates):
        organisation = candidates[following]
        if (
            organisation.span.start - amount.span.end <= 60
            and AFTER_SUBJECT_RE.search(text, amount.span.end, organisation.span.start)
            # "revenue of €4.1bn, against Ballykeel's €612m": a possessive owns the figure after it
            and not POSSESSIVE_AFTER_RE.match(text, organisation.span.end)
            # "closed at $8.14 on the Toronto Stock Exchange": a venue, not what the price is of
            and not (main and is_public_body(organisation.name) and not is_public_body(main))
        ):
            return organisation.name
    before = following - 1
    while before >= 0 and candidates[before].span.end > amount.span.start:
        before -= 1  # a mention around the number ("the 3M company"), never its subject
    listed = before
    listed_at = -1
    while (
        before >= 0
        and is_public_body(candidates[before].name)
        and (
            listing := LISTED_ON_BEFORE_RE.search(
                text, max(facts.sentence.start, candidates[before].span.start - LISTED_ON_REACH), candidates[before].span.start
            )
        )
        and LISTED_ON_AFTER_RE.match(text, candidates[before].span.end, amount.span.start)
    ):
        listed_at = listing.start()
        before -= 1  # "the group, which is quoted on the X Stock Exchange, runs 9 mills": the company's
    if before < 0 <= listed:
        # the listed company the sentence names by no name: what its "it" stands for; a person's "his company" the
        # organisation of the person who spoke latest, never the page's main company
        if LISTED_BY_A_PERSON_RE.search(text, max(facts.sentence.start, listed_at - LISTED_ON_REACH), listed_at):
            return facts.speaker_of if facts.speaker_of and not is_public_body(facts.speaker_of) else None
        listed_company = facts.owner or main
        if listed_company and not is_public_body(listed_company):
            return listed_company
    if before >= 0:
        owned = before - 1
        if (
            owned >= 0
            and candidates[before].span.start - candidates[owned].span.end <= OWNER_GAP
            and OWNER_APPOSITION_RE.fullmatch(text, candidates[owned].span.end, candidates[before].span.start)
        ):
            return candidates[owned].name  # "X, a subsidiary of Y, must pay €24m": X's, its owner named aside
        if (
            owned >= 0
            and candidates[before].span.start - candidates[owned].span.end <= OWNER_GAP
            and PARTNER_APPOSITION_RE.fullmatch(text, candidates[owned].span.end, candidates[before].span.start)
            and RELATIVE_AFTER_PARTNER_RE.fullmatch(text, candidates[before].span.end, amount.span.start)
        ):
            return candidates[owned].name  # "X, a joint venture with Y that makes 18,000 tonnes": the venture's
        if RELATIVE_AFTER_PARTNER_RE.fullmatch(text, candidates[before].span.end, amount.span.start):
            for shared in range(before - 1, max(-1, before - 3), -1):  # the sharer's name may stand between
                if candidates[before].span.start - candidates[shared].span.end > SHARED_GAP:
                    break
                if SHARED_APPOSITION_RE.fullmatch(text, candidates[shared].span.end, candidates[before].span.start):
                    return candidates[shared].name  # "X, the mill that Y shares with Z, which makes": X's
        return candidates[before].name
    if candidates and main and candidates is facts.subject_mentions and not facts.company_mentions and not is_public_body(main):
        return main  # "savings of £12m, which the regulator may weigh": a public body after it owns no figure
    if candidates:
        if (
            facts.main_first_end is None
            and main
            and not is_public_body(main)
            and candidates[0].span.start >= amount.span.end
            # no organisation named before the figure ("The Vanuatu company produces ...": that one's)
            and not any(m.span.end <= amount.span.start for m in facts.organisations)
            and (
                OWN_POSSESSIVE_RE.search(
                    text, max(facts.sentence.start, amount.span.start - POSSESSIVE_REACH), candidates[0].span.start
                )
                # "The company posted revenue of €61m, the registers agency APR data showed", "It had raised
                # $90m from investors including X": the company's ("The Vanuatu company": a nationality's,
                # which the referent need not have). Not where the opening only reports what follows, or the
                # organisation after the figure is the doer ("It said 40% of the market is held by X", "It
                # said sales of 4m jars made X the leader": X's), unless that one only reports the figure
                # (the sentence's source, or a public body).
                or (
                    (
                        opening := (
                            described
                            if (described := DESCRIBED_COMPANY_RE.match(text, facts.sentence.start, amount.span.start))
                            is not None
                            and not any(word[:1].isupper() for word in described.group(0).split()[1:])
                            else OPENING_IT_RE.match(text, facts.sentence.start, amount.span.start)
                        )
                    )
                    is not None
                    and (
                        not (
                            SPEECH_AFTER_OPENING_RE.match(text, opening.end(), amount.span.start)
                            or AGENT_BEFORE_RE.search(
                                text, max(amount.span.end, candidates[0].span.start - AGENT_REACH), candidates[0].span.start
                            )
                        )
                        or candidates[0].name == facts.source
                        or is_public_body(candidates[0].name)
                        or REPORT_AFTER_RE.match(text, candidates[0].span.end, facts.sentence.end) is not None
                        or REPORT_BEFORE_RE.search(
                            text, max(amount.span.end, candidates[0].span.start - REPORT_REACH), candidates[0].span.start
                        )
                        is not None
                    )
                )
            )
        ):
            # "Three-quarters of its output goes to the European Union": the figure is its owner's, the
            # organisation named after it only where that output goes
            return facts.owner if facts.owner and not is_public_body(facts.owner) else main
        return main if facts.main_first_end is not None else candidates[0].name
    if facts.source_is_organisation:
        # A figure the sentence credits to the only organisation it names ("European sales fell 9%,
        # according to research firm X"; "the market shrank, X estimated") is that firm's finding
        # about a market, not a figure of the company the article is about. Not a regulator's, though,
        # that a company's own figure was filed with ("Its net profit was ₡12.4bn, according to a filing
        # sent to the Superintendencia General de Valores"): the company's, its possessive and the filing say
        # ("Its reserves rose to $4.2 billion, the Monetary Authority said" stays the authority's).
        if (
            main
            and facts.source
            and is_public_body(facts.source)
            and not is_public_body(main)
            and OWN_POSSESSIVE_RE.search(text, max(facts.sentence.start, amount.span.start - POSSESSIVE_REACH), amount.span.start)
            and FILING_CUE_RE.search(text, amount.span.end, facts.sentence.end)
        ):
            return main
        if any(
            o.name == facts.source and facts.source_span.contains(o.span) and names_where_a_filing_went(text, o, facts.sentence)
            for o in facts.organisations
            if facts.source_span
        ):
            # "The price is €480m, according to a filing with the Warsaw Stock Exchange": where the figure was
            # published, not whose it is (the article's own company's, where it is no public body and the
            # sentence names no other party before the figure: "The target had revenue of ...")
            if _ANOTHER_PARTY_BEFORE_RE.search(text, facts.sentence.start, amount.span.start):
                return None
            return main if main and not is_public_body(main) else None
        return facts.source
    if (
        not candidates
        and facts.owner
        and facts.organisations
        and not is_public_body(facts.owner)
        and OWN_POSSESSIVE_RE.search(text, max(facts.sentence.start, amount.span.start - POSSESSIVE_REACH), amount.span.start)
    ):
        # "Its sales to the European Union grew 21%": the organisation "its" stands for, the market named beside it
        # no subject
        return facts.owner
    return main if main != facts.source else None


def _modality(facts: SentenceFacts, amount: Amount) -> str:
    start, end = amount.span.start, amount.span.end
    low, high = facts.sentence.start, facts.sentence.end
    if facts.cues["hypothetical"].within(max(low, start - HYPOTHETICAL_REACH), start):
        return "hypothetical"
    clause = (max(low, start - CLAUSE_BEFORE), min(high, end + CLAUSE_AFTER))
    if facts.cues["estimate"].within(*clause):
        return "estimate"
    forecasts = facts.cues["forecast"].within(*clause)
    if forecasts:
        # "missed its targets by 12 percent": a target already missed is a fact.
        outcomes = facts.cues["past_outcome"].within(clause[0], end)
        return "reported" if outcomes and outcomes[0].start <= forecasts[0].end else "forecast"
    return "reported"


@dataclass(frozen=True)
class Figures:
    """A sentence's figures, in order and disjoint, so that their starts and their ends are both
    sorted: the figures in a stretch of the sentence are found by bisection, which keeps a
    sentence of many figures linear rather than quadratic."""

    spans: list[Span]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans: list[Span]) -> Figures:
        return cls(spans, [span.start for span in spans], [span.end for span in spans])

    def within(self, low: int, high: int) -> list[Span]:
        """The figures starting at or after `low` and ending at or before `high`."""
        return self.spans[bisect_left(self.starts, low) : bisect_right(self.ends, high)]

    def ending_by(self, position: int) -> Span | None:
        """The last figure ending at or before `position`."""
        index = bisect_right(self.ends, position)
        return self.spans[index - 1] if index else None

    def any_starting(self, low: int, high: int) -> bool:
        """Whether a figure starts in [low, high)."""
        index = bisect_left(self.starts, low)
        return index < len(self.starts) and self.starts[index] < high


NO_FIGURES = Figures([], [], [])


def _opens_the_sentence(mention: TimeMention, amount: Amount, figures: Figures) -> bool:
    """ "By 10:20 am, the shares were changing hands at $4.18, or 3.2% down": a moment before every
    figure of its sentence says when all of them held."""
    return mention.end <= amount.span.start and (not figures.starts or figures.starts[0] >= mention.end)


def _same_clause(facts: SentenceFacts, amount: Amount, mention: TimeMention) -> bool:
    """No comma or semicolon stands between the number and the phrase."""
    low, high = (amount.span.end, mention.start) if amount.span.end <= mention.start else (mention.end, amount.span.start)
    return not facts.cues["clause_break"].within(low, high)


def _across_figure(text: str, facts: SentenceFacts, amount: Amount, mention: TimeMention, figures: Figures) -> bool:
    """Whether the phrase says when another figure of the sentence applies: it ends the clause of a
    figure before it and a new clause begins before the number ("lost $50m in the first half, and had
    cash of $300m": the half is the loss's), or another figure stands between them with a comma or
    semicolon between that figure and the number."""
    breaks = facts.cues["clause_break"]
    if mention.end <= amount.span.start:
        before = figures.ending_by(mention.start)
        # "from 15.1% in the first half of 2024, an increase of 3.3 points": the period of a base
        # ("from" a figure "in" it) is the base's, past a comma ("rose 8% in 2024, to $3 billion" shares it)
        if (
            before
            and FROM_BEFORE_RE.search(text, max(facts.sentence.start, before.start - 6), before.start)
            and PERIOD_AFTER_RE.fullmatch(text, before.end, mention.start)
            and breaks.within(mention.end, amount.span.start)
            and not figures.any_starting(mention.end, amount.span.start)
        ):
            return True
        if (
            before
            and not breaks.within(before.end, mention.start)
            and facts.cues["new_clause"].within(mention.end, amount.span.start)
        ):
            return True
        between = figures.within(mention.end, amount.span.start)
        return bool(between) and bool(breaks.within(between[-1].end, amount.span.start))
    between = figures.within(amount.span.end, mention.start)
    if between and " ".join(mention.as_written.lower().split()) in YEAR_BEFORE_PHRASES:
        return True  # "up 14% from Rs 537 crore a year ago": the earlier year is the base figure's
    return bool(between) and bool(breaks.within(amount.span.end, between[0].start))


def _a_year_from_the_sentences(facts: SentenceFacts, end: int) -> TimeMention | None:
    """ "to 18.4% in the first half of 2025, from 15.1% a year earlier": a year relative to the
    sentence's own period, written right after the number, says the number's period is that period
    (a part of a year first, else a year) moved by the years it says (2024-H1), or the relative year
    itself where the sentence names no other."""
    following = bisect_left(facts.time_starts, end)
    if following >= len(facts.times):
        return None
    mention = facts.times[following]
    written = " ".join(mention.as_written.lower().split())
    shift = RELATIVE_SHIFT.get(written) if written in YEAR_BEFORE_PHRASES else None
    if mention.kind != "relative" or mention.start - end > 1 or not shift:
        return None
    base = next((t for t in facts.period_bases if t is not mention), None)
    moved = PERIOD_YEAR_RE.match(base.value) if base and base.value else None
    if not moved:
        return mention
    value = f"{moved.group(1) or ''}{int(moved.group(2)) + shift}{moved.group(3) or ''}"
    return TimeMention("relative", mention.start, mention.end, value, mention.as_written)


def _when(text: str, facts: SentenceFacts, amount: Amount, moments: dict[int, Amount], figures: Figures = NO_FIGURES) -> When:
    """The period closest to the number (a part of a year first, then a relative year, then a year),
    looked for close by and then further; the moment closest to it in its clause, if the number is
    the one closest to that moment or in one clause with it ("400 jobs will go, and shares slid 4%
    at midday": the 4% only)."""
    start, end = amount.span.start, amount.span.end
    low, high = facts.sentence.start, facts.sentence.end

    def distance(mention: TimeMention) -> int:
        if mention.end <= start:
            return start - mention.end
        # "15.1 percent in the first half of 2024": a period the number is said to be "in" is its own
        return 0 if PERIOD_AFTER_RE.fullmatch(text, end, mention.start) else max(0, mention.start - end)

    moment = period = None
    if shifted := _a_year_from_the_sentences(facts, end):
        period = shifted
    for before, after in (PERIOD_NEAR, PERIOD_FAR):
        window_end = min(high, end + after)
        inside = []
        for index in range(bisect_left(facts.time_starts, max(low, start - before)), len(facts.times)):
            mention = facts.times[index]
            if mention.start >= window_end:
                break
            if mention.end <= window_end:
                inside.append(mention)
        if moment is None:
            moment = min(
                (
                    t
                    for t in inside
                    if t.kind == "moment"
                    and (
                        moments.get(t.start) is amount
                        or _same_clause(facts, amount, t)
                        or _opens_the_sentence(t, amount, figures)
                    )
                ),
                key=distance,
                default=None,
            )
        own = [
            t
            for t in inside
            if not _across_figure(text, facts, amount, t, figures)
            and not _labels_another_figure(text, t, amount)
            and not (facts.insertion_starts and facts.insertion(t.start) != facts.insertion(start))
        ]
        for kind in ("part", "relative", "year"):
            period = period or min((t for t in own if t.kind == kind), key=distance, default=None)
        if period:
            break
    return When(period.value if period else None, period.as_written if period else None, moment.value if moment else None)


_LABEL_TO_FIGURE_RE = re.compile(r":[ \t]*")
# Between a figure and its comparative: " (2024: ", " (FY2024: ", " (H1 2024: " (a bounded label).
_COMPARATIVE_RE = re.compile(r"[ \t]*\([^():\n]{2,20}:[ \t]*")
_BRACKET_CLOSES_RE = re.compile(r"[ \t]*\)")


def _labels_another_figure(text: str, mention: TimeMention, amount: Amount) -> bool:
    """A period that labels a comparative in brackets ("revenue of $1.87bn (2024: $1.52bn)") is the
    period of the figure after its colon only: the figure before the brackets is the current one's."""
    labels = mention.start > 0 and text[mention.start - 1] == "(" and text.startswith(":", mention.end)
    return labels and not _LABEL_TO_FIGURE_RE.fullmatch(text, mention.end, amount.span.start)


def insertions(text: str, sentence: Span, organisations: list[Mention], figures: Figures) -> list[Span]:
    """The clauses set into the sentence about a name before them (RELATIVE_CLAUSE_RE after any word but
    a figure: ", which was a record" comments on the figure; APPOSITION_RE after an organisation's
    name), in order and disjoint."""
    found = [
        Span(m.start(), m.end())
        for m in RELATIVE_CLAUSE_RE.finditer(text, sentence.start, sentence.end)
        if not (figures.ending_by(m.start()) and figures.ending_by(m.start()).end == m.start())  # type: ignore[union-attr]
    ]
    for mention in organisations:
        if (found_after := APPOSITION_RE.match(text, mention.span.end, sentence.end)) is not None:
            found.append(Span(found_after.start(), found_after.end()))
    out: list[Span] = []
    for span in sorted(found):
        if not out or span.start >= out[-1].end:
            out.append(span)
    return out


def read_contexts(
    text: str,
    sentence: Span,
    amounts: list[Amount],
    organisations: list[Mention],
    places: list[Mention],
    main: str | None,
    published: str | None,
    owner: str | None = None,
    speaker_of: str | None = None,
) -> list[ClaimContext]:
    """The context of each amount in the sentence: what is read once per sentence (cues, times,
    organisations), then, for each amount, the nearest of each; `owner`, what an "its" stands for;
    `speaker_of`, the organisation of the person who spoke latest."""
    facts = _sentence_facts(text, sentence, organisations, places, published, main)
    if owner is not None or speaker_of is not None:
        facts = replace(facts, owner=owner, speaker_of=speaker_of)
    starts = [amount.span.start for amount in amounts]  # amounts are in order and disjoint
    moments = {}
    for mention in facts.times:
        if mention.kind == "moment":
            after = bisect_left(starts, mention.end)
            near = [amounts[i] for i in (after - 1, after) if 0 <= i < len(amounts)]
            moments[mention.start] = min(
                near, key=lambda a: mention.start - a.span.end if a.span.end <= mention.start else a.span.start - mention.end
            )
    figures = Figures.of([a.span for a in amounts])
    if "," in sentence.of(text):
        spans = insertions(text, sentence, organisations, figures)
        facts = replace(facts, insertion_starts=[s.start for s in spans], insertion_ends=[s.end for s in spans])
        outside = [m for m in facts.subject_mentions if facts.insertion(m.span.start) == -1]
        if outside and len(outside) < len(facts.subject_mentions):
            outside = [m for m in outside if not is_public_body(m.name)] or outside
            facts = replace(facts, outside_mentions=outside, outside_starts=[m.span.start for m in outside])
    contexts = [_context(text, amount, facts, main, moments, figures) for amount in amounts]
    # "It carried 4.1 million passengers, up 9%": a movement naming no measure, right after a count in
    # the same clause, is the count's.
    for i in range(1, len(amounts)):
        previous, amount = amounts[i - 1], amounts[i]
        if (
            contexts[i].metric == "amount change"
            and _is_count(previous.unit)
            and amount.span.start - previous.span.end <= COUNT_CHANGE_REACH
            and ";" not in text[previous.span.end : amount.span.start]
            and not facts.cues["full_stop"].within(previous.span.end, amount.span.start)
        ):
            contexts[i] = replace(contexts[i], metric=f"{contexts[i - 1].metric} change", metric_cue=contexts[i - 1].metric_cue)
        # "revenue of $1.87bn (2024: $1.52bn)": the comparative in brackets measures what the figure before it
        # does, unless it names its own measure ("a loss of €48m (H1 2025: €12m profit)").
        elif (
            _COMPARATIVE_RE.fullmatch(text, previous.span.end, amount.span.start)
            and _BRACKET_CLOSES_RE.match(text, amount.span.end)
            and contexts[i].when.period is not None
            and contexts[i - 1].when.period != contexts[i].when.period
        ):
            contexts[i] = replace(contexts[i], metric=contexts[i - 1].metric, metric_cue=contexts[i - 1].metric_cue)
    return contexts


def _joined_family(text: str, sentence: Span, amount: Amount) -> tuple[str, str] | None:
    """The family a count's noun joins where the words near it say so ("Orla Homes made 900
    completions": households), with those words; None where they do not."""
    family, before, after, reach = JOINS_WHERE[amount.unit]
    start, end = amount.span.start, amount.span.end
    signs = [before.search(text, max(sentence.start, start - reach), start) if before else None]
    signs.append(after.search(text, end, min(sentence.end, end + JOIN_AFTER)) if after else None)
    if amount.unit in JOINS_THROUGH:  # "buys cassava from 2,800": the verb's object (a bounded window)
        cues, through = JOINS_THROUGH[amount.unit]
        signs.extend(
            cue
            for cue in cues.finditer(text, max(sentence.start, start - reach), start)
            if through.search(text, cue.end(), start)
        )
    sign = next((found for found in signs if found), None)
    return (family, sign.group(0)) if sign else None


def _what_it_costs(text: str, facts: SentenceFacts, cue: Cue, figures: Figures) -> Cue | None:
    """ "a total dividend of 17p, which costs it £68m": a cost said in a clause right after a figure
    of a measure whose cost is its own amount (a dividend paid out) is that measure's; else None."""
    if cue.label not in COST_LABELS:
        return None
    clause = COST_CLAUSE_RE.search(text, max(facts.sentence.start, cue.start - 12), cue.end)
    figure = figures.ending_by(clause.start()) if clause else None
    if clause is None or figure is None or not CLAUSE_GAP_RE.fullmatch(text, figure.end, clause.start()):
        return None
    # The nearest cue before the figure that is not what it is counted per (a few looked at: no rescans).
    index = bisect_left(facts.metrics.starts, figure.start)
    for cue_before in reversed(facts.metrics.found[max(0, index - 3) : index]):
        if cue_before.end <= figure.start and not PER_UNIT_RE.fullmatch(cue_before.text):
            return cue_before if cue_before.label in COST_IS_AMOUNT else None
    return None


def _part_of_a_figure_between(text: str, cue: Cue, start: int, figures: Figures) -> bool:
    """Whether a figure between a cue and a percentage after it is followed by "of which", so that the
    percentage, in that clause, is a part of the figure ("an investment of €8m, of which X assumes 60%")
    and the cue is the figure's measure, not the percentage's."""
    if cue.end > start:
        return False
    figure = figures.ending_by(start)
    if figure is None or figure.start < cue.end or figure.end >= start:
        return False
    return OF_WHICH_RE.match(text, figure.end, start) is not None


def _is_count(unit: str) -> bool:
    return not (unit.isupper() and len(unit) == 3) and unit not in PERCENT_UNITS and unit != "GBX"


# "30% of Dominican flour sales", "12% of the group's revenue": a percentage of a whole named right after it
_OF_A_WHOLE_RE = re.compile(r"\s+of\s+(?:(?:the|its|their|[A-Z][\w'’-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?$")
_WHOLE_REACH = 40


def _whole_after(text: str, facts: SentenceFacts, amount: Amount) -> Cue | None:
    """The measure a percentage is a share of, named after "of" right after it (up to three words before the
    measure's cue), or None."""
    end = amount.span.end
    for cue in facts.metrics.within(end, min(facts.sentence.end, end + _WHOLE_REACH)):
        if _OF_A_WHOLE_RE.fullmatch(text, end, cue.start):
            return cue
    return None


def _context(
    text: str,
    amount: Amount,
    facts: SentenceFacts,
    main: str | None,
    moments: dict[int, Amount],
    figures: Figures,
) -> ClaimContext:
    """One claim's context, from the cues around it and the facts of its sentence."""
    start = amount.span.start
    unit = amount.unit
    moved = _direction(text, facts, amount)
    counted = _is_count(unit)
    # A count names its own measure ("12 stores") unless a measure word stands right before it; a
    # count is never a shortfall ("a target of 9,000 deliveries" counts deliveries).
    found = _metric(facts, amount, *((25, 20) if counted else (REACH_BEFORE, REACH_AFTER)), figures.ends)
    if (
        found
        and unit in PERCENT_UNITS
        and found.end <= start
        and found.text.casefold() in COUNTED_NOUNS
        and _right_after_a_figure(found, figures.ends, start)
        and (whole := _whole_after(text, facts, amount))
    ):
        # "1,450 employees and about 30% of Dominican flour sales": the noun a count before it counts is that
        # count's, the percentage a share of the whole named after it
        found = whole
    if found and counted and found.label in COUNTS_NAME_THEMSELVES:
        found = None
    if found and found.label == "units sold" and (unit == "GBX" or (unit.isupper() and len(unit) == 3)):
        found = None  # "is being sold to X for $1.3bn": a sum, no count of units sold
    if found and found.label in MONEY_ONLY and (counted or unit in PERCENT_UNITS):
        found = None  # "will pay $412m for 85% of X": the stake bought is no price
    if found and found.label in NOT_PERCENT and unit in PERCENT_UNITS:
        found = None  # "founded by X (60 percent)": a founder's stake, no company's age
    if found and unit in PERCENT_UNITS and _part_of_a_figure_between(text, found, start, figures):
        found = None  # "an investment of €8m, of which X assumes 60%": a part of the sum, not the sum's measure
    if found and not counted and (owner := _what_it_costs(text, facts, found, figures)):
        found = owner  # "a total dividend of 17p, which costs it £68m": the dividend paid out
    metric, metric_cue = (found.label, found.text) if found else (unit if counted else "amount", None)
    if not found and unit in JOINS_WHERE and (joined := _joined_family(text, facts.sentence, amount)):
        metric, metric_cue = joined
    # A word that names the measure is not also its movement: "lost $212m" is a loss, not a fall.
    if moved and found and moved.start < found.end and found.start < moved.end:
        moved = None
    direction = moved.label if moved else None
    if (
        unit in PERCENT_UNITS
        and direction
        and metric not in {"shortfall against target", "ownership", "stake", "market share", "premium"}
    ):
        metric += " change"
    subject = _subject(text, amount, facts, main)
    if subject and main and metric.startswith("share price") and is_exchange(subject) and not is_public_body(main):
        subject = main  # "The Vienna Stock Exchange reacted: the share closed 4.2% higher": the listed company's
    # Who else it may be about: the sentence's organisations, and the article's main one.
    subjects = tuple(dict.fromkeys([name for name in [subject, *facts.subject_names, main] if name]))
    scope_place = next((p.name for p in facts.places), None)
    scope = scope_place or ("global" if facts.global_scope else None)
    qualifier = QUALIFIER_RE.search(text, max(facts.sentence.start, start - 20), start)
    return ClaimContext(
        direction,
        metric,
        metric_cue,
        subject,
        subjects,
        _when(text, facts, amount, moments, figures),
        scope,
        facts.source,
        _modality(facts, amount),
        qualifier.group(1).lower() if qualifier else None,
    )
