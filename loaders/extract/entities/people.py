"""People: the evidence that a run of capitalised words is a person's name.

A name is person-shaped (two to four words: given names, initials "M.",
particles "van", hyphens "Jean-Luc", "O'Brien"); the evidence is a title or
role before it ("chief executive X", "Prime Minister X"), an honorific ("Mr
X"), a speech verb beside it, a role or an age in apposition ("X, 62,"),
"according to", or a first word that is a given name (loaders/data/given_names.txt,
made from names-dataset). A given name beside an ordinary English word
("Crystal Palace", "Rail Freight": loaders/data/common_words.txt, made from
wordfreq less common names) is doubtful: alone it makes no person unless the
surname recurs on its own or the next sentence goes on with "He" or "She".
Each piece of evidence is (rule, weight); the article-wide decision, person
or organisation, is made by the caller.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from pathlib import Path

from loaders.extract.cues import LEGAL_FORMS, NAME_PARTICLES, ROLE_RE, ROLE_WORDS, SPEECH_VERBS
from loaders.extract.entities.runs import INITIALS, TRAILING_PATRONYMICS, fathers_titles
from loaders.extract.entities.state import LOWER, NOT_NAMES, UPPER, ArticleState
from loaders.extract.gazetteer import demonyms, given_name_list, places, towns
from loaders.extract.types import PERSON
from loaders.spans import Span
from loaders.vocab import alternation, mapping, words

FAMILY_NAMES_FIRST_FILE = Path(__file__).resolve().parents[2] / "data" / "family_names_first.txt"
COMMON_WORDS_FILE = Path(__file__).resolve().parents[2] / "data" / "common_words.txt"
HONORIFICS = words("names", "honorifics")
# Capitalised particles inside Arabic names ("Saeed Al Mansoori"): no word of their own in a name's count.
_CAPITAL_PARTICLES = frozenset(words("names", "capital_particles"))
ADDRESS_WORDS = frozenset(words("names", "address_words"))
_HONORIFIC_BEFORE_RE = re.compile(
    rf"\b(?:(?:{'|'.join(HONORIFICS)})\.?|(?:{'|'.join(words('names', 'honorifics_with_stop'))})\.)\s+$"
)
# (an apostrophe or a Hawaiian okina between letters: "Ng'andu", "Mwape-Ng'ona", "Kaʻaihue"; no "'s";
# an okina before the first letter too: "ʻAkana")
_INNER_MARK = rf"(?:[’'ʻ][{LOWER}]{{2,}})?"
_NAME_WORD_RE = re.compile(
    # (a Gaelic surname's letters accented too: "MacNìll", "NicLeòid", "O'Dálaigh")
    # (a French or Italian elided particle glued to the next word: "Jeanne d'Arc Mukamana", "Marie d'Souza")
    rf"(?:ʻ?[{UPPER}][{LOWER}]+{_INNER_MARK}|(?:Mc|Mac|Nic|O[’']|D[’']|d[’'])[{UPPER}][{LOWER}]+)"
    rf"(?:-[{UPPER}]?[{LOWER}]+{_INNER_MARK})*|(?:al|el)-[A-Z][a-z]+"  # letters of every Latin alphabet ("Doğan", "Nguyễn")
)
# an initial ("M.", "J.R."), up to five run together as South Asian papers print them ("K.A.D.", "W.M.R.P.K."),
# or a given name written short ("Ma.", "Md.")
_INITIAL_RE = re.compile(rf"[A-Z]\.(?:-?[A-Z]\.){{0,4}}|(?:{alternation(words('names', 'given_name_abbreviations'))})\.")
_ROLE_BEFORE_RE = re.compile(rf"{ROLE_WORDS}\s*,?\s+$", re.IGNORECASE)
# "The village head, ", "The village head of Teluk Mesjid, ": a title set off before a name.
_TITLE_APPOSITION_RE = re.compile(
    rf"\b(?:the|our|its|their|his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}?{ROLE_WORDS}(?:\s+of\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){{0,2}})?\s*,\s+$",
    re.IGNORECASE,
)
# "X said ...", "X told ..." always report speech; "X added", "X expects" only before what is said
# ("X added that", "X expects:"), not before an object ("X added routes", "X expects growth").
_SAYING = ("said", "says", "say", "told", "tells")
_OTHER_SPEECH_VERBS = "|".join(verb for verb in SPEECH_VERBS.split("|") if verb not in _SAYING)
_SPEECH_AFTER_RE = re.compile(
    rf",?\s+(?:(?:{'|'.join(_SAYING)})\b|(?:{_OTHER_SPEECH_VERBS})(?=\s*[,.:;“\"‘']|\s+(?:that|on|in|at|to|during|after|"
    r"when|while|it|he|she|they|we|I|this|there|last|next|yesterday|today)\b|\s*$))"
)
# "said X" names a speaker; "told X" its listener (often a publication), no sign of a person
_SPEECH_BEFORE_RE = re.compile(rf"\b{alternation([v for v in words('speech', 'verbs') if v not in ('told', 'tells')])}\s+$")
# ... but not after a subject of its own ("Ann Lee said Kestrel Star would ...", "she said Orvale had"): the
# name after the verb opens the reported clause, a speaker's sign no more than any other subject's
_SUBJECT_BEFORE_SPEECH_RE = re.compile(
    rf"(?:(?<![\w'’-])(?-i:[A-Z])[\w'’-]*|\b(?i:he|she|they|we|I))[ \t]+"
    rf"{alternation([v for v in words('speech', 'verbs') if v not in ('told', 'tells')])}\s+$"
)
# ("X, a director of the company,": the role with "a" too)
APPOSITIVE_ROLE_RE = re.compile(rf",\s+(?:(?:the|a|an)\s+)?(?:\w+[’']s\s+|[A-Z]\w+\s+)?(?:{ROLE_WORDS})\b", re.IGNORECASE)
# (fixl35) A namesake of the past: a full name after "late", "grandfather" (and one more word: "her late father"),
# or followed by ", who died": no one who shares a surname with a living speaker
_PAST_NAMESAKE_BEFORE_RE = re.compile(
    rf"\b{alternation(words('quotes', 'past_namesake_words_before'))}\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE
)
_PAST_NAMESAKE_AFTER_RE = re.compile(
    rf",?\s+(?:who\s+)?(?:had\s+)?{alternation(words('quotes', 'past_namesake_words_after'))}\b", re.IGNORECASE
)
PAST_NAMESAKE_REACH = 40  # characters before a full name read for the words that make it a namesake of the past


def past_namesake(text: str, spans: list[Span]) -> bool:
    """Whether every mention of a person by their full name (`spans`) marks a namesake of the past ("her late
    father Olaf Berg", "her grandfather Karl Berg", "Olaf Berg, who died in 1980")."""
    return bool(spans) and all(
        _PAST_NAMESAKE_BEFORE_RE.search(text, max(0, span.start - PAST_NAMESAKE_REACH), span.start)
        or _PAST_NAMESAKE_AFTER_RE.match(text, span.end)
        for span in spans
    )


# (l36) A courtesy title right before a name ("Ms Berg"; "Ms" ending a line of a page that wraps its lines, the name
# opening the next: not across a paragraph's break), and the gender it gives (`title_genders`); a gendered noun right
# before a full name ("her brother Olaf Berg": `person_noun_genders`)
TITLE_GENDERS = mapping("quotes", "title_genders")
NOUN_GENDERS = {noun.casefold(): gender for noun, gender in mapping("quotes", "person_noun_genders").items()}
_COURTESY_TITLE_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w/]*)\.?(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
_NOUN_BEFORE_NAME_RE = re.compile(r"\b([a-z]+)\s+$")
TITLE_REACH = 16  # characters before a name read for a courtesy title (the longest is 8 letters)
NOUN_REACH = 20  # ... and for a gendered noun


def courtesy_gender(text: str, at: int, start: int = 0) -> str | None:
    """The gender of a courtesy title standing right before position `at` (not before `start`): "she" for "Ms Berg"."""
    title = _COURTESY_TITLE_BEFORE_RE.search(text, max(start, at - TITLE_REACH), at)
    return TITLE_GENDERS.get(title.group(1)) if title else None


def living_sharers(
    text: str, full: dict[str, list[Span]], before: int, gender: str | None, said: dict[str, str] | None = None
) -> list[str]:
    """(l36) The one decision of who a surname several people share may be ("Ms Berg, the chairman", as a mention
    and as a speaker): of the people named in full with it (`full`: each one's mentions by their full name), those
    named in full before `before`, living (not a namesake of the past: `past_namesake`) and, where a courtesy title
    gives `gender`, of no other gender by what the page says of them (`said`: the pronoun the page refers to them
    by; else a courtesy title or a gendered noun right before their full name), in the order first named."""
    sharing = []
    for name in sorted(full, key=lambda n: (min((span.start for span in full[n]), default=len(text)), n)):
        spans = [span for span in full[name] if span.start < before]
        if not spans or past_namesake(text, spans):
            continue
        if gender:
            if said and name in said:
                page = {said[name]}
            else:
                page = set(_genders_before(text, tuple(span.start for span in full[name]), before))
            if not page <= {gender}:
                continue
        sharing.append(name)
    return sharing


# (review fixfp2, l36 M4) A person's own speech sentence ("Kim Berg said." / ", said Kim Berg.") and, right after it,
# a quote whose pronoun speaks ('"We lost half," he added.'): the pronoun is that person's. Read at each full-name
# mention (a bounded window: linear in the mentions).
_PRONOUN_AFTER_OWN_QUOTE = (
    rf"[^.!?\n]{{0,80}}[.!?][\"”’']?[ \t]+[\"“][^\"“”\n]{{1,400}}[\"”][ \t]+(?P<pronoun>he|she)[ \t]+(?:{SPEECH_VERBS})\b"
)
_OWN_QUOTE_AFTER_NAME_RE = re.compile(rf"[ \t]+(?:{SPEECH_VERBS})\b{_PRONOUN_AFTER_OWN_QUOTE}")
_OWN_QUOTE_AFTER_SAID_NAME_RE = re.compile(_PRONOUN_AFTER_OWN_QUOTE)
_SAID_BEFORE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})[ \t]+\Z")


def own_quote_genders(text: str, full: dict[str, list[Span]]) -> dict[str, str]:
    """The gender a pronoun right after a person's own quote gives them ("'It rained,' Kim Berg said. 'We lost
    half,' he added."): name -> "he" or "she", of the people named in full (`full`: their full-name mentions), where
    the page gives one gender so. The one input of both steps' `living_sharers` (mentions and speakers)."""
    found: dict[str, set[str]] = {}
    for name, spans in full.items():
        for span in spans:
            match = _OWN_QUOTE_AFTER_NAME_RE.match(text, span.end)
            if match is None and _SAID_BEFORE_RE.search(text, max(0, span.start - 20), span.start):
                match = _OWN_QUOTE_AFTER_SAID_NAME_RE.match(text, span.end)
            if match:
                found.setdefault(name, set()).add(match.group("pronoun"))
    return {name: next(iter(genders)) for name, genders in found.items() if len(genders) == 1}


def _genders_before(text: str, starts: tuple[int, ...], before: int) -> frozenset[str]:
    """The genders the page gives a person by a courtesy title or a gendered noun right before their full name, over
    their full-name mentions opening at `starts` before `before` (review l36: each mention read once per article)."""
    ordered, genders = _genders_by_mention(text, starts)
    count = bisect.bisect_left(ordered, before)
    return genders[count - 1] if count else frozenset()


@functools.lru_cache(maxsize=256)
def _genders_by_mention(text: str, starts: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[frozenset[str], ...]]:
    """The full-name mentions' openings in order, and the genders the page gives over the first one, two, ... of
    them (a prefix union: `_genders_before` bisects it)."""
    ordered = tuple(sorted(starts))
    genders: list[frozenset[str]] = []
    seen: frozenset[str] = frozenset()
    for start in ordered:
        if g := courtesy_gender(text, start) or _noun_gender(text, start):
            seen = seen | {g}
        genders.append(seen)
    return ordered, tuple(genders)


_EITHER_GENDER = frozenset(words("quotes", "titles_of_either_gender"))


def _noun_gender(text: str, at: int) -> str | None:
    """The gender a noun right before a full name says ("her brother Olaf Berg"), not a title English news also
    writes before a woman's name ("chairman Anna Berg": `titles_of_either_gender`)."""
    noun = _NOUN_BEFORE_NAME_RE.search(text, max(0, at - NOUN_REACH), at)
    return NOUN_GENDERS.get(noun.group(1)) if noun and noun.group(1) not in _EITHER_GENDER else None


# "X, 62,", or in brackets as Caribbean and Dutch-language papers print it ("X (76) said")
_AGE_RE = re.compile(r",\s*\d{1,3}\s*,|\s\((?:[1-9]\d)\)(?=[\s,.;])")
_WHO_AFTER_RE = re.compile(r",\s+who\b")
# "Jo Hale, of the pressure group Fair Fares, said": the speech verb after an apposition saying where from
_SPEECH_AFTER_APPOSITION_RE = re.compile(r",\s+(?:of|from|at|with)\s+[^,.;:!?\n]{1,80},\s+(?:said|says|told|added)\b")
# ... or a trade people practise and where ("Ngaio Tairoa, a grower in Tessby, said"), after a name
# of no ordinary word ("Kestrel Fresh, a grower in Tessby," may be a business)
_SPEECH_AFTER_TRADE_RE = re.compile(
    rf",\s+(?:a|an)\s+(?:[a-z-]+\s+)?{alternation(sorted(words('organisations', 'trades_people_practise')))}"
    r"\s+(?:in|at|near|on|from)\s+[^,.;:!?\n]{1,80},\s+(?:said|says|told|added)\b"
)
_PLURAL_TRADE_NOUNS = frozenset(words("organisations", "plural_trade_nouns"))
_ACCORDING_TO_RE = re.compile(r"according to\s+$", re.IGNORECASE)
# "managing director of Palani Cotspin K.R. Palanisamy": a title, "of", a body's capitalised words, then a name opening
# with initials (title, body, then the name, as pages translated from Russian and other languages order them)
_TITLE_OF_A_BODY_BEFORE_RE = re.compile(
    rf"\b(?:{ROLE_RE.pattern})\s+of\s+(?:the\s+)?(?:(?-i:[{UPPER}])[\w&.'’-]*[ \t]+){{1,5}}$", re.IGNORECASE
)
_OPENING_INITIALS_RE = re.compile(rf"(?:{INITIALS}) ")
_EMPLOYER_AFTER_RE = re.compile(rf"\s+(?:of|at|from)\s+(?:the\s+)?[{UPPER}]")
# "Kavita Rao, who tracks the sector at Nirmal Finserv, said": inside a relative clause, the speech
# verb after the clause is its head's, not the name's that ends it.
_RELATIVE_BEFORE_RE = re.compile(r",\s+(?:who|which|whose)\s+[^,.;:!?“”\"]{0,120}$")
_RELATIVE_REACH = 140  # characters read back for that clause's opening
# The rest of the name's sentence (bounded), then a next sentence opening with a personal pronoun.
PRONOUN_NEXT_RE = re.compile(r"[^.!?\n]{0,300}[.!?][\"”’']?\s+(?:He|She)\b")


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names of every region, less words that are never names, places and nationalities."""
    countries_and_regions = frozenset(name for name, (_, kind) in places().items() if kind in ("country", "region"))
    return given_name_list() - NOT_NAMES - countries_and_regions - demonyms()


@functools.cache
def _raw_given_names() -> frozenset[str]:
    return given_name_list()


@functools.cache
def _not_name_words() -> frozenset[str]:
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # endings: "Motors" ends no person's name

    return NOT_NAMES | ORGANISATION_WORDS | LEGAL_FORMS | ADDRESS_WORDS


MONTHS = frozenset(words("not_names", "months"))
HEREDITARY_NAME_TITLES = frozenset(words("names", "hereditary_name_titles"))
_GIVEN_NAME_ABBREVIATIONS = frozenset(words("names", "given_name_abbreviations"))
_PARTICLES_OPENING_NO_GIVEN_NAME = frozenset(words("names", "particles_opening_no_given_name"))


def person_shaped(value: str) -> bool:
    """Two to four words that can make up a personal name, besides particles ("Khalid bin Saeed
    Al Mansoori"); a month is a surname after a given name ("Nadine April") and a given name
    before a surname ("April Dunn": a month first is a person only with other evidence)."""
    tokens = value.split()
    if len(tokens) >= 3 and tokens[-1] in TRAILING_PATRONYMICS:
        tokens = tokens[:-1]  # "Almaz Temir uulu": the patronymic after the father's name counts as no word
    if "i" in tokens and not 2 <= tokens.index("i") == len(tokens) - 2:
        return False  # the Catalan "i" joins a person's two surnames only ("Vicent Soler i Ribes"), no two people
    titles = fathers_titles(tokens)  # "bin Pengiran Haji Yusof": the father's titles count as no word
    inner = [t for i, t in enumerate(tokens[1:-1], 1) if t in NAME_PARTICLES or t in _CAPITAL_PARTICLES or i in titles]
    count = len(tokens) - len(inner)
    # "Tengku Nur Aisyah Tengku Abdul Hamid": Malay hereditary titles, the person's and the father's, count as no
    # name word where two others remain ("Nik Aziz" stays two words)
    hereditary = sum(token in HEREDITARY_NAME_TITLES for token in tokens)
    if count - hereditary >= 2:
        count -= hereditary
    if not 2 <= count <= 4:
        return False
    month_surname = tokens[-1] in MONTHS and tokens[0] in given_names()
    month_given = tokens[0] in MONTHS and tokens[0] in _raw_given_names() and len(tokens) == 2
    words = tokens[:-1] if month_surname else tokens[1:] if month_given else tokens
    if any(token in _not_name_words() for token in words):
        return False
    if not _NAME_WORD_RE.fullmatch(tokens[-1]):
        return False
    if any(_ELIDED_PARTICLE_RE.match(t) for t in tokens) and not _elision_inside_a_personal_name(tokens):
        return False
    return tokens[0] not in NAME_PARTICLES and all(
        _NAME_WORD_RE.fullmatch(t) or _INITIAL_RE.fullmatch(t) or t in NAME_PARTICLES or t in _CAPITAL_PARTICLES or i in titles
        for i, t in enumerate(tokens[:-1])
    )


_PLACES_BEFORE_ELISION = frozenset(words("names", "places_before_elision"))
_ELIDED_PARTICLE_RE = re.compile(r"d[’']")  # a lower-case elided "d'" glued to a name word ("d'Arc")


def _elision_inside_a_personal_name(tokens: list[str]) -> bool:
    """An elided "d'" word stands inside a person's name only after a given name ("Jeanne d'Arc Mukamana",
    "Jeanne d'Arc"), in no name opening with a place's or a building's word; elsewhere it names a place, an
    estate, a hotel or a paper ("Val d'Isère", "Château d'Orvale", "Le Journal d'Orvale", "Valle d'Aosta")."""
    return tokens[0] not in _PLACES_BEFORE_ELISION and all(
        i > 0 and (is_given_name(tokens[i - 1]) or is_given_name(_without_accents(tokens[i - 1])))
        for i, token in enumerate(tokens)
        if _ELIDED_PARTICLE_RE.match(token)
    )


# Three or more initials run together before one family name ("K.A.D. Perera", "W.M.R.P. Bandara"): the
# given names as South Asian papers print them; two ("J.P. Morgan", "W.H. Smith") open firms' names too.
_INITIALS_RUN_TOGETHER_RE = re.compile(r"(?:[A-Z]\.){3,5}")


def initials_before_a_family_name(value: str) -> bool:
    """The name is initials run together (three or more) and one family name: a person's, as a given name says."""
    tokens = value.split()
    return (
        len(tokens) == 2
        and bool(_INITIALS_RUN_TOGETHER_RE.fullmatch(tokens[0]))
        and bool(_NAME_WORD_RE.fullmatch(tokens[1]))
        and tokens[1] not in _not_name_words()
    )


_ONE_INITIAL_RE = re.compile(r"[A-Z]\.")


def one_initial_before_a_family_name(value: str) -> bool:
    """(c28b) One initial and one family name ("T. Sadykov", as minutes and lists print people): a person's where
    nothing says a body (a name repeated with no evidence either way is then no organisation's)."""
    tokens = value.split()
    return (
        len(tokens) == 2
        and bool(_ONE_INITIAL_RE.fullmatch(tokens[0]))
        and bool(_NAME_WORD_RE.fullmatch(tokens[1]))
        and tokens[1] not in _not_name_words()
    )


_BODY_AFTER_RE = re.compile(rf"\b(?:{alternation(words('names', 'initial_name_body_words_after'))})\b", re.IGNORECASE)
_BODY_BEFORE_RE = re.compile(rf"\b(?:{alternation(words('names', 'initial_name_body_words_before'))})\s+$", re.IGNORECASE)
_TITLED_BEFORE_RE = re.compile(rf"{ROLE_RE.pattern}[\s:]*$", re.IGNORECASE)
_INITIAL_NAME_REACH = 60  # characters before and after a place of the name where its evidence may stand


def initial_name_is_a_persons(text: str, spans: list[Span]) -> bool:
    """(c28b review) Whether one initial and a family name (`one_initial_before_a_family_name`) is a person's by what
    its places say: a title or a label right before one of them ("Chairperson: T. Sadykov", on its line), and no body's
    word at any ("K. Tessmer raised its outlook", "shares of K. Tessmer": `names.yml`). Decided once per name from the
    places the classifier found (fixpasses3 review HIGH 1: a search of the whole text per place was quadratic); each
    place looks at a bounded reach around it."""
    titled = False
    for span in spans:
        start, end = span.start, span.end
        reach = max(0, start - _INITIAL_NAME_REACH)
        before = text[text.rfind("\n", reach, start) + 1 or reach : start]
        after_end = min(len(text), end + _INITIAL_NAME_REACH)
        sentence_end = next((i for i in (text.find(". ", end, after_end), text.find("\n", end, after_end)) if i >= 0), after_end)
        if _BODY_BEFORE_RE.search(before) or _BODY_AFTER_RE.search(text, end, sentence_end):
            return False
        titled = titled or bool(_TITLED_BEFORE_RE.search(before))
    return titled


def is_given_name(word: str) -> bool:
    """A common given name, or given names joined by a hyphen ("Klaus-Dieter", "Jean-Baptiste")."""
    if word in given_names():
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(part in given_names() for part in parts)


def _without_accents(word: str) -> str:
    """The word without its diacritics ("Siân" -> "Sian"): the name lists spell many names bare."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def family_names_first() -> frozenset[str]:
    """Family names of the countries that write them first ("Wang Jiaxiong"), less words that are never names."""
    names = FAMILY_NAMES_FIRST_FILE.read_text(encoding="utf-8").split()
    return frozenset(names) - NOT_NAMES - _not_name_words()


def has_given_name(value: str, lower_words: frozenset[str] = frozenset()) -> bool:
    """A common given name first, or a family name written first before a given name; neither
    a word the article also writes in lower case ("Wang Jiaxiong", "Lena Marsh"; not "Young Living")."""
    tokens = value.split()
    if tokens[0].lower() in lower_words:
        return False  # "Apple", "Will", "Banks": the article writes it as an ordinary word too
    if len(tokens) >= 2 and (tokens[0] in _SAINT_OPENINGS or tokens[0] in _ARTICLE_OPENINGS):
        return False  # "São Jorge", "Santa Marina Salina": a saint's place, though "Santa" is a given name
    if len(tokens) == 2 and tokens[0] in _PARTICLES_OPENING_NO_GIVEN_NAME:
        return False  # "De Eendracht", "Van Oord": a surname alone or a firm's name
    if tokens[0].lower() in NAME_PARTICLES and value in towns():
        return False  # "Le Havre", "La Rochelle": a town the city list knows, its article no given name
    if len(tokens) >= 3 and tokens[0].rstrip(".") in _GIVEN_NAME_ABBREVIATIONS and tokens[0].endswith("."):
        tokens = tokens[1:]  # "Ma. Luisa Cruz": the given name after the short one
    first = tokens[0] if is_given_name(tokens[0]) else _without_accents(tokens[0])  # "Siân" as "Sian"
    if is_given_name(first) or (first in places() and first in _raw_given_names()):
        return True  # "Georgia Whitcombe": the gazetteer left the name to people, seeing a person's context
    if len(tokens) == 2 and _syllables_given_name(tokens[0]) and tokens[1] in family_names_first():
        return True  # "Min-jae Park", "Min-jeong Choi": a Korean given name written before the family name
    return (
        tokens[0] in family_names_first()
        and 2 <= len(tokens) <= 3
        and all(t not in given_names() and t.lower() not in lower_words for t in tokens[1:])
    )


# A given name romanised as two syllables joined by a hyphen, the second in lower case ("Min-jae", "Seo-yeon")
_SYLLABLES_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
_HYPHENATED_PREFIXES = frozenset(words("names", "hyphenated_prefixes"))


def _syllables_given_name(word: str) -> bool:
    """ "Min-jae", "Seo-yeon": two romanised syllables joined by a hyphen; not a title or a noun so joined ("Co-host",
    "Ex-chair": a prefix first, or an English word or a title second)."""
    first, _, second = word.partition("-")
    return (
        _SYLLABLES_GIVEN_NAME_RE.fullmatch(word) is not None
        and first not in _HYPHENATED_PREFIXES
        and second not in common_words()
        and not ROLE_RE.fullmatch(second)
    )


@functools.cache
def common_words() -> frozenset[str]:
    """Frequent English words that are not also common names ("palace", "freight"; not "cook", "mark")."""
    return frozenset(COMMON_WORDS_FILE.read_text(encoding="utf-8").split())


_COLOURS = frozenset(words("names", "colours"))
_SAINT_OPENINGS = frozenset(words("names", "saint_openings"))
_ARTICLE_OPENINGS = frozenset(words("names", "article_openings"))


def doubtful_given_name(value: str) -> bool:
    """A word of the name is an ordinary English word, or the name is a colour's ("Rose Gold",
    "Forest Green"): a given name alone does not make it a person."""
    tokens = [token.lower() for token in value.split()]
    return (
        any(token in common_words() for token in tokens)
        or all(token in _COLOURS for token in tokens)
        or "".join(tokens) in _COLOURS
    )


def second_sign(text: str, spans: list[Span], lone_words: set[str]) -> bool:
    """Something beyond a given name says these mentions name a person: the last word recurs on
    its own in the article ("Jobs"), or a sentence opening with "He" or "She" follows one of them."""
    if spans and spans[0].of(text).split()[-1] in lone_words:
        return True
    return any(PRONOUN_NEXT_RE.match(text, span.end) for span in spans)


# "Skipper Morven Tait posted", "the fisherman Owain Hughes": a trade people work on their own account
# right before a name
_TRADE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(f'(?i:{trade[0]}){trade[1:]}' for trade in words('names', 'trades_before_a_villager'))})\s+$"
)


_SIGNATURE_MARK_BEFORE_RE = re.compile(
    rf"(?:\A|\n)[^\S\n]*(?:{alternation(words('names', 'signature_marks'))})[^\S\n]*\r?\n[^\S\n]*\Z"
)
_LINE_END_RE = re.compile(r"[^\S\n]*(?:\r?\n|\Z)")
# An infobox's person label at its line's start and its value up to the name ("Key people: Ana Ruiz (CEO), ")
INFOBOX_PERSON_LABEL_BEFORE_RE = re.compile(
    rf"(?:\A|\n)[^\S\n]*{alternation(words('names', 'infobox_person_labels'))}[^\S\n]*:[^\S\n]*"
    r"(?:[^\n:]{0,120}[,;][^\S\n]*)?\Z"
)


def title_before(before: str) -> bool:
    """A job title or a courtesy title right before a name ("analyst ", "Mrs ")."""
    role = _ROLE_BEFORE_RE.search(before)
    return bool((role and len(role.group(0).strip(" ,")) > 3) or _HONORIFIC_BEFORE_RE.search(before))


def titled_or_set_off(before: str, after: str) -> bool:
    """A title or courtesy title right before a name ("Mr. X", "The union's president, X"), or a role or an age set
    off right after it ("X, the president of ...", "X, 62,"): the whole of the name between is a person's."""
    role = APPOSITIVE_ROLE_RE.match(after)
    return bool(
        title_before(before)
        or _TITLE_APPOSITION_RE.search(before)
        or (role and not _FIRMS_TITLE_RE.search(role.group(0)))
        or _AGE_RE.match(after)
    )


_ATTRIBUTION_BEFORE_RE = re.compile(rf"[,”\"]\s+{alternation(words('quotes', 'attribution_verbs'))}\s+$")


def speech_verb_beside(before: str, after: str) -> bool:
    """A speech verb right after a name ("X said", "X, said") or right before it ("said X"), or a verb that
    attributes a quote right after the quote and before it ('…," declared X')."""
    return (
        bool(_SPEECH_AFTER_RE.match(after))
        or (_SPEECH_BEFORE_RE.search(before) is not None and not _SUBJECT_BEFORE_SPEECH_RE.search(before))
        or _ATTRIBUTION_BEFORE_RE.search(before) is not None
    )


def person_evidence(article: ArticleState, span: Span, before: str, after: str) -> list[tuple[str, float]]:
    """What the context says for a person; empty unless the run is person-shaped."""
    value = span.of(article.text)
    if not person_shaped(value):
        return []
    found = []
    role = _ROLE_BEFORE_RE.search(before)
    if role and (len(role.group(0).strip(" ,")) > 3 or role.group(0).strip(" ,").isupper()):  # not "Md Rafiq Hasan"
        found.append(("role before name", 3.0))
    if _HONORIFIC_BEFORE_RE.search(before):
        found.append(("honorific", 3.0))
    if _TRADE_BEFORE_RE.search(before):
        found.append(("trade before name", 3.0))
    if INFOBOX_PERSON_LABEL_BEFORE_RE.search(before):
        found.append(("after an infobox's label of a person", 3.0))  # "Founder: Ana Ruiz"
    if _SIGNATURE_MARK_BEFORE_RE.search(before) and _LINE_END_RE.match(after):
        found.append(("signatory under a signature mark", 3.0))  # "Sd/-" on its line, the name alone on the next
    # (the relative clause read back further than the usual window: "X, which supplies buses to A and bodies to B, said")
    in_a_relative_clause = _RELATIVE_BEFORE_RE.search(article.before(span, _RELATIVE_REACH)) is not None
    # ("Rural Development said", the end of a body's name cut short: ordinary words, none a given name, are no
    # person by a speech verb alone)
    ordinary = all(word.lower() in common_words() and not is_given_name(word) for word in value.split())
    said_before = _SPEECH_BEFORE_RE.search(before) is not None and not _SUBJECT_BEFORE_SPEECH_RE.search(before)
    if ((_SPEECH_AFTER_RE.match(after) and not in_a_relative_clause) or said_before) and not ordinary:
        found.append(("speech verb", 1.5))
    elif _SPEECH_AFTER_APPOSITION_RE.match(article.text, span.end, min(len(article.text), span.end + 120)) or (
        _SPEECH_AFTER_TRADE_RE.match(article.text, span.end, min(len(article.text), span.end + 120))
        and not any(word.lower() in common_words() for word in span.of(article.text).split())
        # "Hillcrest Orchards, a grower in X, said": a business's name ends in a plural of land or trade
        and span.of(article.text).split()[-1] not in _PLURAL_TRADE_NOUNS
    ):
        found.append(("speech verb after apposition", 1.5))
    if APPOSITIVE_ROLE_RE.match(after):
        found.append(("appositive role", 2.0))
    if _AGE_RE.match(after):
        found.append(("age in apposition", 2.0))
    if _WHO_AFTER_RE.match(after):
        found.append(("who after the name", 1.5))  # "Hugh Dorran, who set up the firm": a company is "which"
    if _OPENING_INITIALS_RE.match(value) and _TITLE_OF_A_BODY_BEFORE_RE.search(before):
        found.append(("title and body before the name", 2.0))
    if _ACCORDING_TO_RE.search(before):
        # "according to Jo Hale of the Kestrel Growers' Association": a person and where they work
        found.append(("according to, of an employer", 2.0) if _EMPLOYER_AFTER_RE.match(after) else ("according to", 1.0))
    return found


_GIVEN_NAME_HONORIFIC_BEFORE_RE = re.compile(rf"(?<![\w/]){alternation(words('names', 'given_name_honorifics'))}\s+$")


def given_name_honorific_before(before: str, not_titles: frozenset[str] = frozenset()) -> bool:
    """A courtesy title written before a given name ("Ibu Suwarni", "Pak Harjo") stands right before:
    the single word after it is a person's given name or only name. `not_titles`: those the article
    uses as family names ("Bi Jingquan"; runs.names_not_titles)."""
    match = _GIVEN_NAME_HONORIFIC_BEFORE_RE.search(before)
    return match is not None and match.group(0).strip() not in not_titles


def lone_name_evidence(before: str) -> bool:
    """A single word after an honorific ("Mr Lee") is a person's surname, never an organisation."""
    return bool(_HONORIFIC_BEFORE_RE.search(before))


# Nouns that describe a person after their name: in brackets or in an apposition.
_DESCRIPTION_NOUNS = alternation(words("names", "person_apposition_nouns") + words("quotes", "trade_descriptors"))
# "Ilse (teacher)", "Ari (skipper, 34)": a person's title, trade or description in brackets after a given name.
_ROLE_IN_BRACKETS_RE = re.compile(
    rf"\s*\((?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS}|"
    rf"{_DESCRIPTION_NOUNS})"
    rf"(?:,[^()\n]{{0,20}})?\)",
    re.IGNORECASE,
)
# A name with a role in brackets listed beside the one read ("Apple (chair) and Samsung (vice-chair)").
_LISTED_AFTER_RE = re.compile(r"\s*(?:,|and|&|or)\s+(?P<name>[A-Z][\w'’-]*)\s*\(")
_LISTED_BEFORE_RE = re.compile(r"(?P<name>[A-Z][\w'’-]*)\s*\([^()\n]{1,40}\)\s*(?:,|and|&|or)\s+$")
# A single capitalised word (a hyphen inside: "A-hui"), its name in another script in brackets after it or
# not, then a clause saying the person gave no other name ("owner A-hui (阿惠), who gave only her first name,")
_ONE_NAME_GIVEN_RE = re.compile(rf"[{UPPER}][{LOWER}]*(?:-[{LOWER}]+)*")
_ONE_NAME_CLAUSE_RE = re.compile(
    rf"(?:[ \t]*\([^()\n\w]*\)|[ \t]*\([^()\n\x00-\x7f]+\))?[ \t]*,[ \t]+who[ \t]+(?:{'|'.join(words('names', 'one_name_clauses'))})\b",
    re.IGNORECASE,
)
_ONE_NAME_GIVEN_AS_RE = re.compile(rf"(?:{'|'.join(words('names', 'one_name_given_as'))})[ \t]+$", re.IGNORECASE)
_PLACE_PREPOSITION_BEFORE_RE = re.compile(rf"\b{alternation(words('names', 'place_prepositions'))}\s+$", re.IGNORECASE)
_PERSON_APPOSITION_RE = re.compile(
    rf",\s+(?:who\b|\d{{1,3}}\s*,|(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS}|"
    rf"{_DESCRIPTION_NOUNS})\b)",
    re.IGNORECASE,
)


# ", the president director of", ", a consumer analyst at": a title and where it is held, after a name
_ROLE_APPOSITION_OF_RE = re.compile(
    rf",\s+(?:the|a|an)\s+(?P<title>(?:[a-z][\w-]*\s+){{0,2}}?(?:{ROLE_WORDS}))\s+(?:of|at|for)\s(?!which\b|whom\b)",
    re.IGNORECASE,
)
# a title firms hold as often as people ("technology partner Infosys", "Kroll, the liquidator of the
# fund", "Kestrel, the partner of Orvane in the venture"), at the end of the words before a name or of
# a title in apposition
_FIRMS_TITLE_BEFORE_RE = re.compile(rf"\b{alternation(words('roles', 'held_by_firms'))}\s*,?\s+$", re.IGNORECASE)
_FIRMS_TITLE_RE = re.compile(rf"\b{alternation(words('roles', 'held_by_firms'))}$", re.IGNORECASE)
# (a Khoekhoe or San surname may open with a click letter: "Pieter !Xoagub", "Anna ǂGaeses")
_CAPITALISED_AFTER_RE = re.compile(rf"[^\S\n]+[!ǀǁǂǃ]?[{UPPER}]")
_ONE_NAME_RE = re.compile(rf"[{UPPER}][{LOWER}]{{3,}}")


def _one_name_shaped(value: str) -> bool:
    """A single word that may be a person's only name: capitalised letters, no ordinary word, place,
    nationality, month or body's word."""
    return (
        _ONE_NAME_RE.fullmatch(value) is not None
        and value.lower() not in common_words()
        and value not in _not_name_words()
        and value not in places()
        and value not in demonyms()
        and value not in MONTHS
    )


def known_by_one_name(before: str, after: str, value: str) -> bool:
    """A given name alone, set off by commas after a person's title ("The village head, Suryadi,
    said"), or before a description of a person ("Bartosz, a shift foreman, …", "Inês, 51,", "Josué,
    who …"): a person known by one name, as many Indonesians are, or as a members' magazine calls them."""
    if _ONE_NAME_GIVEN_RE.fullmatch(value) and _ONE_NAME_CLAUSE_RE.match(after) and value not in places():
        return True  # "owner A-hui, who gave only her first name, said": the page says it is a person's name
    if _ONE_NAME_GIVEN_RE.fullmatch(value) and _ONE_NAME_GIVEN_AS_RE.search(before[-80:]) and value not in places():
        return True  # "a bricklayer who gave his name only as Tunde": the same, the clause before the name
    if _PLACE_PREPOSITION_BEFORE_RE.search(before):
        return False
    # a single name after a title ("President director Hendrawan told") or before one in apposition
    # ("Hendrawan, the president director of Kestrel,"), known to a list or not (Indonesia's and
    # Myanmar's single names): a person, where the word is no ordinary word, place or body's word
    # (no capitalised word after it: "Chief executive Uxía Lorenzo" is one name cut in two, read elsewhere;
    # a title ending in a capital is one before a surname: "President Solvang", as "Mr Solvang")
    # (not a title firms hold as often: "logistics partner Maersk", "Interpath, the administrator of X")
    role = _ROLE_BEFORE_RE.search(before)
    lower_case_title = (
        role is not None and role.group(0).strip(" ,").split()[-1][:1].islower() and not _FIRMS_TITLE_BEFORE_RE.search(before)
    )
    apposition = _ROLE_APPOSITION_OF_RE.match(after)
    if (
        _one_name_shaped(value)
        and not _CAPITALISED_AFTER_RE.match(after)
        and (lower_case_title or (apposition is not None and not _FIRMS_TITLE_RE.search(apposition.group("title"))))
    ):
        return True
    if not has_given_name(value):
        return False
    bracketed = _ROLE_IN_BRACKETS_RE.match(after)
    if bracketed:
        # "Ilse (teacher) says": a group digest's first names, a role in brackets after; not where a name
        # listed beside it with its own role is no given name (bodies chairing: "Apple (chair) and Samsung")
        listed = _LISTED_AFTER_RE.match(after, bracketed.end()) or _LISTED_BEFORE_RE.search(before[-80:])
        return listed is None or has_given_name(listed.group("name"))
    if not after.startswith(","):
        return False
    return _TITLE_APPOSITION_RE.search(before) is not None or _PERSON_APPOSITION_RE.match(after) is not None


# A family name written first in capitals, then a given name, as Japanese, Korean, Chinese and
# Hungarian pages in English print names ("TANAKA Hiroshi", "KANG Tae-joon", "SZABÓ Lajos"); the
# family name may stand alone after ("MORI said"). Not in a line of capitals (a headline's words).
# A second given name may follow, as West and Central African administrations print names ("Mr COULIBALY
# Adama Baba", "Mrs TRAORÉ Fatoumata Binta"): read with the first only where a cue shows a person.
_FAMILY_NAME_IN_CAPITALS_RE = re.compile(
    rf"(?<![\w’'&./-])([{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?) ([{UPPER}][{LOWER}]+(?:-[{LOWER}]+)?)"
    rf"(?: ([{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?))?(?![\w’'&-]| [{UPPER}])"
)
_LINE_RE = re.compile(r"[^\n]*")
_NEWLINE_RE = re.compile(r"\n")
# a word in capitals (a family name alone: "MORI said"), and what may not follow one
_CAPITALS_WORD_RE = re.compile(rf"(?<![\w’'&./-])[{UPPER}]{{2,}}+(?:-[{UPPER}]{{2,}}+)?")
_NOT_FAMILY_ALONE_AFTER_RE = re.compile(rf"[\w’'&-]| [{UPPER}]")
_LOWER_WORD_RE = re.compile(rf"(?<![\w’'-])[{LOWER}]{{3,}}\b")
# (a Korean or Chinese given name of two syllables joined by a hyphen, its second in lower case: "Tae-joon")
_HYPHENED_GIVEN_NAME_RE = re.compile(rf"[{UPPER}][{LOWER}]{{1,5}}-[{LOWER}]{{2,5}}")


def _given_name_shaped(word: str) -> bool:
    return is_given_name(word) or is_given_name(_without_accents(word)) or _HYPHENED_GIVEN_NAME_RE.fullmatch(word) is not None


# what shows a person named family name first, around the pair: a title or courtesy title before
# ("President TANAKA Hiroshi", "(CEO KANG Tae-joon)"), a label's colon ("Editor: SUN Meiling"), a speech verb before, or
# after it a comma, a bracket's end or a speech verb ("MORI Keiko, said", "LIU Fang, deputy director")
_FAMILY_FIRST_CUE_BEFORE_RE = re.compile(rf"(?:(?:{ROLE_WORDS})\s*,?|:)\s+$", re.IGNORECASE)
_FAMILY_FIRST_CUE_AFTER_RE = re.compile(r"\s*[,)]")


def _family_first_cue_before(text: str, match: re.Match[str]) -> bool:
    """A title, courtesy title, label's colon or speech verb right before a "FAMILY Given" name."""
    before = text[max(0, match.start() - 60) : match.start()]
    return bool(
        _FAMILY_FIRST_CUE_BEFORE_RE.search(before) or _HONORIFIC_BEFORE_RE.search(before) or _SPEECH_BEFORE_RE.search(before)
    )


def _family_first_cue(text: str, match: re.Match[str]) -> bool:
    """Something around a "FAMILY Given" pair that makes it a person's name, not an acronym and a word
    ("told WFAA Dallas", "contractor NG Bailey won", "PO Box 4410", "under LONG Grace")."""
    after = text[match.end() : match.end() + 80]
    return bool(_family_first_cue_before(text, match) or _FAMILY_FIRST_CUE_AFTER_RE.match(after) or _SPEECH_AFTER_RE.match(after))


def _two_given_names_cue(text: str, match: re.Match[str], givens: list[str]) -> bool:
    """ "Mr COULIBALY Adama Baba", "TRAORÉ Fatoumata Binta, the regional director": a family name in
    capitals before two given names, after a title or speech verb, or before a comma or speech verb where
    a list knows both given names ("association PO Zeeuwse Mosselkwekers," is no person); never a town's
    name after an acronym ("FOT Le Havre": a place, a particle)."""
    if " ".join(givens) in places() or any(word in NAME_PARTICLES for word in givens):
        return False
    if _family_first_cue_before(text, match):
        return True
    return all(_given_name_shaped(word) for word in givens) and _family_first_cue(text, match)


def family_names_in_capitals(article: ArticleState) -> None:
    """ "President TANAKA Hiroshi", "MORI Keiko, said": a person named family name first, the family
    name in capitals (named here in ordinary capitals: "Tanaka Hiroshi"), and the family name alone
    in capitals later in the article ("MORI said") that person."""
    text = article.text
    named: dict[str, str] = {}
    # whether a line holds a lower-case word, decided once a line (the pair itself holds none), so that
    # the work stays linear in the text however many pairs a line holds
    line_has_lower: dict[int, bool] = {}
    line_starts = [0] + [newline.end() for newline in _NEWLINE_RE.finditer(text)]
    # how often each word in capitals stands alone ("MORI said"), read in one pass
    standalone: dict[str, int] = {}
    for word in _CAPITALS_WORD_RE.finditer(text):
        if not _NOT_FAMILY_ALONE_AFTER_RE.match(text, word.end()):
            standalone[word.group(0)] = standalone.get(word.group(0), 0) + 1
    for zone in article.zones:
        for match in _FAMILY_NAME_IN_CAPITALS_RE.finditer(text, zone.start, zone.end):
            family, given, second = match.group(1), match.group(2), match.group(3)
            line_start = line_starts[bisect.bisect_right(line_starts, match.start()) - 1]
            if line_start not in line_has_lower:
                line = _LINE_RE.match(text, line_start)
                line_has_lower[line_start] = bool(line and _LOWER_WORD_RE.search(line.group(0)))
            # a signature's line holding the name alone, under its title ("The Secretary General" /
            # "SANOGO Mamadou Lamine"), is no headline
            signature = (
                text[line_start : match.start()].strip() == ""
                and text[match.end() : (text.find("\n", match.end()) + 1 or len(text) + 1) - 1].strip() == ""
                and _FAMILY_FIRST_CUE_BEFORE_RE.search(text[max(0, match.start() - 60) : match.start()]) is not None
            )
            givens = [given] if second is None else [given, second]
            if (
                (not line_has_lower[line_start] and not signature)  # a line of capitals: a headline's, a masthead's
                or family in NOT_NAMES
                or family in LEGAL_FORMS
                or ROLE_RE.fullmatch(family)  # "CEO Mark": a title, then a name
                or not (
                    family.title() in family_names_first()
                    or (len(family) >= 3 and any(_given_name_shaped(word) for word in givens))
                )
                or any(word in _not_name_words() or word.lower() in common_words() for word in givens)
                # ("told KXAN Austin": a station and its town; "PO Box", "SUN Life": an acronym and a word;
                # a middle name may be a town's, "NGUYEN Van Thanh", where a title shows the person)
                or (given in places() if second is None else places().get(given, ("", ""))[1] in ("country", "state"))
                or not (
                    _two_given_names_cue(text, match, givens)
                    if second is not None
                    else _HYPHENED_GIVEN_NAME_RE.fullmatch(given) or standalone.get(family) or _family_first_cue(text, match)
                )
                or not article.free(Span(match.start(), match.end()))
            ):
                continue
            name = " ".join([family.title(), *givens])
            named[family] = name
            article.add(PERSON, name, Span(match.start(), match.end()), "family name first in capitals", 0.9)
    if not named:
        return
    # the family names alone later: one pass over the words in capitals, each looked up
    for zone in article.zones:
        for match in _CAPITALS_WORD_RE.finditer(text, zone.start, zone.end):
            alone = named.get(match.group(0))
            span = Span(match.start(), match.end())
            if alone is not None and not _NOT_FAMILY_ALONE_AFTER_RE.match(text, match.end()) and article.free(span):
                article.add(PERSON, alone, span, "family name in capitals of a person named before", 0.85)


# A broadcast's or a press conference's transcript labels its turns in capitals, a title before the name or a
# role after it ("MINISTER OF FINANCE ANN LEE:", "PRESENTER TOM REID:", "ANN LEE, MAYOR OF TESSBY:", "TOM REID
# (through the interpreter):"): a line's opening words in capitals, a note in brackets and a role after a comma
# (in capitals too) at most, then a colon and the turn's words (a lower-case word among them).
_CAPITALS_WORD = rf"[{UPPER}][{UPPER}’'.-]*"
_TURN_LABEL_IN_CAPITALS_RE = re.compile(
    rf"(?m)^[ \t]*(?P<head>{_CAPITALS_WORD}(?:[ \t]{_CAPITALS_WORD}){{1,7}})"
    r"(?:[ \t]\([^()\n:]{1,40}\))?(?P<role>,[ \t][^:\n]{1,80})?:[ \t]+(?=[^\n]*[a-z])"
)
LABEL_NAME_WORDS = (3, 2)  # words of a label's name, after its title: a given name first
MIN_LABELLED_TURNS = 2  # one line so labelled is a heading; a transcript has turns
# What makes a page of such labels a transcript, not a list of entries in capitals (player ratings, results by
# candidate, death notices, an awards list): a journalist's or the floor's role labelling a turn ("PRESENTER
# ANN LEE:", "TOM REID, REPORTER:", "Q:", "Moderator:"), a question in a turn, or a cue in the lines before the
# first labelled turn ("Transcript", "interview", "press conference", "Official Report", "bulletin")
_TRANSCRIPT_ROLES = frozenset(
    role.casefold() for key in ("journalist_roles", "floor_labels", "question_labels") for role in words("quotes", key)
)
_ROLE_LABEL_RE = re.compile(
    rf"(?m)^[ \t]*{alternation(sorted(_TRANSCRIPT_ROLES, key=len, reverse=True))}(?:[ \t]*\([^()\n]{{1,60}}\))?[ \t]*:",
    re.IGNORECASE,
)
_TRANSCRIPT_CUE_RE = re.compile(
    rf"(?<!\w){alternation([cue for key in ('transcript_cues', 'interview_words', 'press_conference_cues', 'record_cues') for cue in words('quotes', key)])}(?!\w)",
    re.IGNORECASE,
)
_QUESTION_IN_A_TURN_RE = re.compile(r"[^\n]*\?")


def _a_transcript(text: str, labels: list[re.Match[str]]) -> bool:
    """Whether a page whose lines open with labels in capitals (`labels`) shows a sign of a transcript: a
    journalist's or the floor's role in a label, a question in a labelled turn, or a cue before the first."""
    for label in labels:
        roles = re.findall(r"[^\W\d_][\w-]*", label.group("head") + (label.group("role") or ""))
        if any(role.casefold() in _TRANSCRIPT_ROLES for role in roles) or _QUESTION_IN_A_TURN_RE.match(text, label.end()):
            return True
    return (
        _ROLE_LABEL_RE.search(text) is not None
        or _TRANSCRIPT_CUE_RE.search(text, 0, labels[0].start() if labels else 0) is not None
    )


def _name_in_a_label(words: list[str]) -> int | None:
    """Where the name of a turn's label in capitals begins: the last two or three words, a given name first
    ("MARITIME ECONOMY ABRAÃO SEMEDO" -> "ABRAÃO SEMEDO"); None where no given name opens them."""
    for size in LABEL_NAME_WORDS:
        at = len(words) - size
        if at < 0:
            continue
        name = [word[0] + word[1:].lower() for word in words[at:]]
        if _given_name_shaped(name[0]) and not any(word in NOT_NAMES or word.lower() in common_words() for word in name[1:]):
            return at
    return None


_WORD_RUN_RE = re.compile(r"\w+")
_WORD_CHAR_RE = re.compile(r"\w")


def _printed_in_running_text(text: str, names: set[str]) -> set[str]:
    """Which of the names read from capitals the article prints in running text too ("Ann Lee" for "ANN LEE",
    "Aylin Yıldız" for "AYLIN YILDIZ": a dotless i has no capital of its own), where the other rules find
    their people. One pass over the text's words: each pair of words is looked up among the names' opening
    pairs, so the cost is the text's length, however many labels and names there are."""
    by_opening: dict[str, list[str]] = {}
    for name in names:
        words = list(_WORD_RUN_RE.finditer(name))
        if len(words) >= 2:
            by_opening.setdefault(name[: words[1].end()], []).append(name)
    folded = text.replace("ı", "i")  # the same length: offsets stay the text's
    printed: set[str] = set()
    previous: re.Match[str] | None = None
    for word in _WORD_RUN_RE.finditer(folded):
        if previous is not None:
            for name in by_opening.get(folded[previous.start() : word.end()], ()):
                end = previous.start() + len(name)
                if folded.startswith(name, previous.start()) and not (end < len(folded) and _WORD_CHAR_RE.match(folded, end)):
                    printed.add(name)
        previous = word
    return printed


def people_in_turn_labels_in_capitals(article: ArticleState) -> None:
    """The people of a transcript's turns labelled in capitals ("MINISTER OF FINANCE ANN LEE:", "ANN LEE,
    MAYOR:"): the name the last two or three words give, a given name first, where two lines or more of the
    article are so labelled, named "Ann Lee"; a person the article also names in running text is found there
    (a label is no mention for a pronoun to stand for)."""
    text = article.text
    found: list[tuple[Span, str]] = []
    labels: list[re.Match[str]] = []
    for zone in article.zones:
        for label in _TURN_LABEL_IN_CAPITALS_RE.finditer(text, zone.start, zone.end):
            labels.append(label)
            if label.group("role") and not label.group("role").isupper():
                continue
            words = [(word.start(), word.end()) for word in re.finditer(r"\S+", label.group("head"))]
            at = _name_in_a_label([label.group("head")[start:end] for start, end in words])
            if at is None:
                continue
            span = Span(label.start("head") + words[at][0], label.start("head") + words[-1][1])
            found.append((span, " ".join(word[0] + word[1:].lower() for word in span.of(text).split())))
    if len(found) < MIN_LABELLED_TURNS or not _a_transcript(text, labels):
        return
    printed = _printed_in_running_text(text, {name for _, name in found})
    for span, name in found:
        if article.free(span) and name not in printed:
            article.add(PERSON, name, span, "turn label in capitals", 0.85)
