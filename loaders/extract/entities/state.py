"""Working state for one article while its entities are found, and the
vocabulary every entity module shares (read once from loaders/vocab)."""

from __future__ import annotations

import bisect
import re

from loaders.extract.cues import LEGAL_FORMS, NOT_NAME_PRONOUNS
from loaders.extract.types import ORGANISATION, PLACE, EntityFindings, Mention
from loaders.spans import Span
from loaders.vocab import load, words

PRONOUNS = NOT_NAME_PRONOUNS
# Capitalised words that are never names on their own (sentence adverbs, months, days, titles...).
NOT_NAMES = PRONOUNS | frozenset(
    word
    for key, value in load("not_names").items()
    if key not in ("keeps_its_stop", "months_short", "weekdays_short", "numbered_parts", "dollar_prefixes", "kickers", "holidays")
    for word in words("not_names", key)
)
NON_ORGANISATION_ACRONYMS = frozenset(words("organisations", "not_acronyms"))
# (c30) a holiday printed alone is no organisation (`holidays` in not_names.yml)
HOLIDAYS = frozenset(words("not_names", "holidays"))


# Capital and small letters of the Latin alphabets ("Şişecam", "Nguyễn", "Łódź"), as regex classes' contents.
_LATIN = [chr(code) for block in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)) for code in range(*block)]
UPPER = "".join(char for char in _LATIN if char.isupper())
LOWER = "".join(char for char in _LATIN if char.islower())

# A sentence ends before a word, or opens a list item ("- Net profit ...") or a part of a title
# set off by a bar ("Kestrel Foods | Final results").
_SENTENCE_END_BEFORE_RE = re.compile(r"[.!?:]['\"’”]?\s+$|^\s*[\"“‘']$|(?:^|\n)[ \t]*[-•*–][ \t]+$|\s[|][ \t]+$")


class ArticleState:
    """Working state for one article: the text, the zones to read, what is taken."""

    def __init__(self, text: str, zones: list[Span]):
        self.text = text
        self.zones = zones
        self._zone_starts = [zone.start for zone in zones]
        self.taken: list[Span] = []
        # How many taken spans cover each character: "is this free?" costs the span's length, not the article's.
        self._cover = [0] * (len(text) + 1)
        self.found = EntityFindings()
        self.run_pieces: list[tuple[int, int]] | None = None  # runs.proper_runs' pieces of the zones (which never change)
        self.junk_spans: dict[Span, bool] = {}  # whether guards.junk rejects a span (it reads the text alone)
        self.stripped_runs: dict[tuple[int, int], Span | None] = {}  # runs._strip_run of a piece (the text alone)
        self._term_acronyms: frozenset[str] | None = None
        self.party_terms: dict[str, int] | None = None  # acronyms.party_terms_defined: each term -> its first definition
        self._family_names: frozenset[str] | None = None
        self._place_words: frozenset[str] = frozenset()
        self.run_tails: frozenset[str] | None = None  # the last words of its names of two words or more
        # what is taken changes only by `take` and `release`, each counted here: runs.proper_runs' runs, which depend
        # on the text and what is taken alone, are read again only after a change
        self.cover_changes = 0
        self.runs_read: tuple[int, list[Span]] | None = None  # (cover_changes when read, the runs)
        self._place_words_key: tuple[int, int] | None = None
        # (e29) whether the page prints a town's list name outside an organisation's name, each town read once
        self.towns_printed: dict[str, bool] = {}
        # (e29 review H3) the page's words, each (lower-cased) with where it starts, and its organisations' spans
        # sorted, read once at the first town asked about: each town then costs its first word's printings
        self.word_starts: dict[str, list[int]] | None = None
        self.organisation_spans: list[Span] | None = None
        self.organisation_starts: list[int] = []

    @property
    def term_acronyms(self) -> frozenset[str]:
        """Acronyms the article defines for a phrase of common words (`term_acronyms`), read once."""
        if self._term_acronyms is None:
            self._term_acronyms = term_acronyms(self.text)
        return self._term_acronyms

    def add_term_acronym(self, acronym: str) -> None:
        """(m16) An acronym the article defines for a document's name ("ENVIRONMENTAL IMPACT ASSESSMENT (EIA)"): a
        term's, never an organisation's."""
        self._term_acronyms = self.term_acronyms | {acronym}

    @property
    def family_names(self) -> frozenset[str]:
        """The honorifics that are family names too which the article uses as family names, no titles
        ("Bi Jingquan", "Madan Lal Verma"; runs.names_not_titles): decided once for the article, read by the runs'
        cuts and the courtesy titles before given names."""
        if self._family_names is None:
            from loaders.extract.entities.runs import names_not_titles  # runs reads this module

            self._family_names = names_not_titles(self.text)
        return self._family_names

    def free(self, span: Span) -> bool:
        return not any(self._cover[span.start : span.end])

    def free_between(self, start: int, end: int) -> bool:
        """`free(Span(start, end))`, without the span."""
        return not any(self._cover[start:end])

    def taken_at(self, position: int) -> bool:
        return self._cover[position] > 0

    def taken_once(self, start: int, end: int) -> bool:
        """Whether every character of the stretch is taken by exactly one span."""
        return all(count == 1 for count in self._cover[start:end])

    def take(self, span: Span) -> None:
        self.cover_changes += 1
        self.taken.append(span)
        for position in range(span.start, span.end):
            self._cover[position] += 1

    def release(self, spans: list[Span]) -> None:
        """Give back taken spans (a model name swallows the maker's short name)."""
        self.cover_changes += 1
        gone = set(spans)
        for span in spans:
            for position in range(span.start, span.end):
                self._cover[position] -= 1
        self.taken = [span for span in self.taken if span not in gone]

    def add(self, kind: str, name: str, span: Span, rule: str, confidence: float, take: bool = True) -> None:
        self.found.mentions.append(Mention(kind, name, span, rule, confidence))
        if take:
            self.take(span)

    def zone_of(self, span: Span) -> Span:
        index = bisect.bisect_right(self._zone_starts, span.start) - 1
        if index >= 0 and self.zones[index].contains(span):
            return self.zones[index]
        return next((z for z in self.zones if z.contains(span)), span)  # overlapping zones: rare, small

    def before(self, span: Span, width: int = 60) -> str:
        zone = self.zone_of(span)
        return self.text[max(zone.start, span.start - width) : span.start]

    def after(self, span: Span, width: int = 60) -> str:
        zone = self.zone_of(span)
        return self.text[span.end : min(zone.end, span.end + width)]

    def words_naming_places(self) -> frozenset[str]:
        """The places found so far, as printed and by name, and the last words of the organisations found so far
        ("Tessby" of "Orvane Tessby a.s."): words the article uses for a place. Read again only when mentions change."""
        key = (id(self.found.mentions), len(self.found.mentions))
        if self._place_words_key != key:
            found = set()
            for mention in self.found.mentions:
                if mention.kind == PLACE:
                    found |= {mention.name, mention.span.of(self.text)}
                elif mention.kind == ORGANISATION and " " in mention.name:
                    found.add(mention.name.split()[-1])
                    found.add(mention.span.of(self.text).split()[-1])
            self._place_words, self._place_words_key = frozenset(found), key
        return self._place_words

    def sentence_start(self, span: Span) -> bool:
        head = self.before(span, 4)
        zone = self.zone_of(span)
        return span.start == zone.start or bool(_SENTENCE_END_BEFORE_RE.search(head))


_BRACKETED_ACRONYM_RE = re.compile(r"\(([A-Z]{2,6})\)")
_TERM_WORD_RE = re.compile(r"[A-Za-z][a-z-]*")  # a word of the spelled-out phrase
_TERM_GAP = " \t"  # what stands between its words, and between the last and the bracket


def term_acronyms(text: str) -> frozenset[str]:
    """Acronyms a text defines for a phrase of common words ("lithium carbonate equivalent (LCE)",
    "net interest margin (NIM)"): the initials of the words right before the bracket spell it, every
    word but the first in lower case. Such an acronym names a term, never an organisation. Read back
    from each bracketed acronym (a few per article), not by trying a phrase at every letter."""
    found = set()
    for match in _BRACKETED_ACRONYM_RE.finditer(text):
        acronym = match.group(1)
        spelled = _words_before(text, match.start(), len(acronym))
        if (
            spelled is not None
            and "".join(word[0] for word in spelled).upper() == acronym
            and all(word.islower() for word in spelled[1:])
        ) or _spelled_by_parts(text, match.start(), acronym):
            found.add(acronym)
    return frozenset(found)


def _spelled_by_parts(text: str, end: int, acronym: str) -> bool:
    """Whether fewer words right before the bracket, a hyphenated one counting each of its parts, spell the acronym
    ("non-revenue water (NRW)", "loan-to-value (LTV)"), every word but the first in lower case."""
    for count in range(1, len(acronym)):
        spelled = _words_before(text, end, count)
        if spelled is None:
            return False
        parts = [part for word in spelled for part in word.split("-") if part]
        if "-" in "".join(spelled) and "".join(part[0] for part in parts).upper() == acronym:
            return all(word.islower() for word in spelled[1:])
    return False


def _words_before(text: str, end: int, count: int) -> list[str] | None:
    """The `count` words right before `end`, each after a space or tab and the last followed by
    one (a word: a letter, then lower-case letters and hyphens; the first may begin inside a longer
    run of letters, "Kinsey" of "McKinsey"), or None when fewer stand there. The words a regex
    trying two to six such words and a bracket at every position would find, read backwards."""
    words: list[str] = []
    position = end
    while len(words) < count:
        gap_end = position
        while position > 0 and text[position - 1] in _TERM_GAP:
            position -= 1
        if position == gap_end:
            return None  # no space before the bracket or between two words
        word_end = position
        while position > 0 and ((text[position - 1].islower() and text[position - 1].isascii()) or text[position - 1] == "-"):
            position -= 1
        if position > 0 and text[position - 1].isascii() and text[position - 1].isalpha():
            position -= 1  # the word's first letter, in either case
        while position < word_end and text[position] == "-":
            position += 1  # a word begins with a letter: "-net" holds the word "net" (and no word before it)
        word = text[position:word_end]
        if not _TERM_WORD_RE.fullmatch(word):
            return None
        words.append(word)
    words.reverse()
    return words


def word_bounded(text: str, start: int, end: int, zone: Span) -> bool:
    before = text[start - 1] if start > zone.start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or (after in "-" and end + 1 < len(text) and text[end + 1].isalnum()))


_ORGANS = "|".join(map(re.escape, words("organisations", "company_organs")))
# (the article too: "the Management Board of the Kestrel Group" stands for "Kestrel Group"; a name of two words or
# more after it)
_ORGAN_OF_RE = re.compile(rf"^(?:{_ORGANS}) of (?:the (?=\S+ \S)|(?!the )(?=\S+ \S))")
# "the Management Board of the Company": the page's defined term (or a bare legal form), no company to stand for
_ORGAN_OF_A_TERM_RE = re.compile(
    rf"^(?:{_ORGANS}) of the (?:{'|'.join(map(re.escape, [*words('organisations', 'defined_party_terms'), *LEGAL_FORMS]))})$"
)


def organ_of_a_defined_term(name: str) -> bool:
    """ "Management Board of the Company": a company's organ named by the page's defined term, no organisation."""
    return _ORGAN_OF_A_TERM_RE.match(name) is not None


# A legal form of several words ending a name ("Kaafu Fisheries Pvt Ltd", "Siam Tuna Public Co., Ltd", "Tessa
# Public Limited Company", "Orvane Lanka (Private) Limited"): read by its words, back from the last (a form
# closing a name) over the words such a form is written with
_LEGAL_FORM_CLOSERS = frozenset(words("organisations", "legal_form_closers"))
_LEGAL_FORM_RUN = frozenset(words("organisations", "legal_form_words"))


def canonical_organisation(name: str) -> str:
    # "Management Board of Kestrel Foods SA": the company its board acts for (a name of two words or more after it)
    name = _ORGAN_OF_RE.sub("", name)
    words = name.split()
    if len(words) > 1 and words[-1] in _LEGAL_FORM_CLOSERS:
        # "Kaafu Fisheries Pvt Ltd": the whole form dropped ("Kestrel Private Bank Ltd" keeps its "Private")
        while len(words) > 1 and words[-1] in _LEGAL_FORM_RUN and words[-2] not in ("&", "and"):
            words.pop()
    # "Barkwell & Co.": after "&" the form is part of the name itself, not a legal form to drop
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1].title() in LEGAL_FORMS) and words[-2] not in ("&", "and"):
        words.pop()
    return " ".join(words).rstrip(",")


def is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,5}", word))


# Words ending the name of a local government and of its area alike ("Hultsfred Municipality"):
# the area after a word saying where ("in Tessa Municipality"), the body elsewhere ("Tessa
# Municipality has approved", "Tessa Municipality's officer").
AREA_BODY_ENDINGS = frozenset(words("organisations", "area_body_endings"))
WHERE_BEFORE_RE = re.compile(r"\b(?:in|near|across|throughout|within|around|outside) (?:the )?$")
# "contractor Jo Hale of Tessmoor": a trade worked on one's own account before a person's name and
# "of", which then names the person's village, no employer
# (a trade worked as often for a firm only after a word naming its kind: "forestry contractor")
VILLAGER_TRADES = (
    rf"(?:(?i:{'|'.join(words('names', 'trades_before_a_villager'))})"
    rf"|(?<![\w’'-])(?!(?i:{'|'.join(words('names', 'determiners'))}) )[A-Za-z][a-z-]+ "
    rf"(?:{'|'.join(words('names', 'trades_of_a_kind_before_a_villager'))}))"
)
VILLAGER_OF_RE = re.compile(rf"\b{VILLAGER_TRADES} ([{UPPER}][\w’'-]+ [{UPPER}][\w’'-]+),? of $")
MOST_NAME_WORDS = 6  # the words of a name's opening worth matching: a longer run is no short form


def name_openings(names: set[str] | list[str], shortest: int = 2) -> set[str]:
    """The openings of each name, of `shortest` words up to all but its last (at most MOST_NAME_WORDS):
    "Kestrel Motors" of "Kestrel Motors Group", the short forms an article may use."""
    openings = set()
    for name in names:
        parts = name.split()
        for size in range(shortest, min(len(parts), MOST_NAME_WORDS + 1)):
            openings.add(" ".join(parts[:size]))
    return openings
