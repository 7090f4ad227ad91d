"""Stage: group what several articles printed into one row per utterance.

A printed quote is split into utterances (its sentences; "…" counts as a
stop). Utterances match across articles despite editorial changes: bracket
insertions ("[handsets]" vs "them"), "…" vs ".", straight vs curly marks, a
fragment quoted partially, and (for the same speaker) a differently worded
version of the same words. Each link records how it matched and a score.

Amounts compare by value and unit however an outlet printed them ("3.15 lakh
crore" and "3.15 trillion" rupees): versions differing in a number's value
never match. A long fragment also matches where nearly all its words stand
in order in the longer version (an aside inserted).

No chaining: every member of a group matches every other member, so A ~ B
and B ~ C never put A and C together unless A ~ C. Near-linear: each
utterance is normalised once; identical normalised texts are one unit;
candidate pairs come from shared word pairs that are rare in the corpus
(a blocking index; a number with a content word too, so a translation meets
the English), and only candidates are scored.

One story: two printings are one utterance only where their articles share a
person or an organisation they name (a stock phrase said in two unrelated
stories is two utterances).
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from text_to_num import text2num

from loaders.extract.claims.amounts import find_amounts
from loaders.extract.cues import LEGAL_FORMS, ROLE_RE, normalise_role
from loaders.extract.gazetteer import demonyms
from loaders.segment import sentences
from loaders.spans import Span, slug, trimmed
from loaders.vocab import alternation, mapping, words

FUZZY_THRESHOLD = 85.0  # whole-string similarity for "the same words, lightly edited"
PARTIAL_THRESHOLD = 95.0  # a fragment found almost verbatim inside a longer utterance
REWORDED_THRESHOLD = 75.0  # token-set similarity for one speaker's words reworded (a translation, a paraphrase)
REWORDED_MIN_RATIO = 55.0  # ... whose wording still overlaps as a string
MIN_FRAGMENT_WORDS = 3
IN_ORDER_SHARE = 0.9  # of a long fragment's words found in order in the longer version ("[an aside] inserted")
MIN_IN_ORDER_WORDS = 10  # words a fragment needs before matching in order (not verbatim) says anything
MIN_REWORDED_WORDS = 6
MIN_SHARED_CONTENT_WORDS = 2
REORDERED_SHARED_CONTENT_WORDS = 3  # content words two versions share that make up for their order
SHARED_RUN_WORDS = 5  # ... or a run of this many words in order, not all function words
NAMES_TYING_TWO_SPEAKERS = 2  # story words two printings given to two people share before they are one utterance
# Words other than function words and numbers (of any length: "women dry racks sand") a sentence given to two people
# needs before it is one utterance, not a stock line ("We are very happy with the agreement": two)
GENERIC_CONTENT_WORDS = 3
ENGLISH_SHARE = 0.25  # of a version's words that are English function words, where it reads as English
OTHER_LANGUAGE_SHARE = 0.1  # ... and at most, where it is in another language
TRANSLATION_LENGTH_RATIO = 1.5  # at most, of the longer version's words to the shorter's, in a translation
TRANSLATION_KEY_NUMBERS = 2  # numbers of a version (not years), each paired with its content words as blocking keys
TRANSLATION_KEY_WORDS = 4  # ... and content words: at most 8 such keys a version
MAX_BLOCK = 64  # a word pair shared by more utterances than this is too common to suggest a match

_NEGATIONS = frozenset(words("quotes", "negations"))
_DEMONYM_ENDINGS = frozenset(words("quotes", "demonym_endings"))
FRAGMENT_SPREAD = 2  # words more than the shorter version's over which its content words may stand in the longer
MIN_LAND_LETTERS = 4  # of a name whose adjective a translation may print instead ("Asia", not "Li" / "Lin")
_CONTRACTIONS = mapping("quotes", "contractions")
_NOT_NEGATING_RE = re.compile(rf"\b{alternation(words('quotes', 'not_negating'))}\b")
_FUNCTION_WORDS = frozenset(words("quotes", "function_words"))
_NUMBER_WORDS = frozenset(words("quotes", "number_words"))
_YEAR_RE = re.compile(r"1[89]\d\d|2[01]\d\d")
_ONE_NOT_COUNTED_AFTER = frozenset(words("quotes", "one_not_counted_after"))
_COMMON_NAME_WORDS = frozenset(word.casefold().rstrip(".") for word in (*words("quotes", "body_name_ends"), *LEGAL_FORMS))


@dataclass(frozen=True, slots=True)
class Utterance:
    quote_key: tuple[str, int, int]  # (article id, span start, span end) of the printed quote
    span: Span  # the utterance's own words in the article
    text: str
    kind: str = "direct"  # of the quote carrying it: the group's text is a direct quote's where there is one
    speaker: str | None = None  # of the quote carrying it, when known
    story: frozenset[str] = frozenset()  # the people and organisations its article names (empty: unknown)
    asked: str | None = None  # the title in its speaker's place where its article names no one holding it
    held: frozenset[str] = frozenset()  # the titles its article gives its speaker


@dataclass
class Link:
    utterance: Utterance
    match: str  # exact, normalised, fuzzy, partial, reworded
    score: float


@dataclass
class UtteranceGroup:
    canonical: Utterance
    links: list[Link] = field(default_factory=list)


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\[[^\]]*\]", " ", text)  # an editor's insertion stands for any words
    text = re.sub(r"[^\w\s']", " ", text.casefold())
    return " ".join(text.split())


def _amount_token(value: float, unit: str) -> str:
    """One token for an amount's value and its unit: "4.2 trillion" and "4.2 lakh crore" rupees
    are both "4p2e12 inr"; 4.2 and 4.25 trillion stay two."""
    mantissa, exponent = f"{value:.6e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".").replace(".", "p").replace("-", "minus")
    return f" {mantissa}e{int(exponent)} {unit.casefold()} "


# Cardinals spelled out (numbers.yml's words, each valued by text2num), alone or joined to a unit by a hyphen
# or a blank ("twenty-five", "twenty one"): one outlet spells "forty tonnes" where another prints "40 tonnes".
# "one" alone stays a word ("no one", "the one thing"), and number words joined to each other otherwise
# ("Seven-Eleven", a brand; "two-three") stay words, no range.
_CARDINALS = {word.casefold(): int(text2num(word, "en")) for word in words("numbers", "words")}
_NUMBER_WORD = alternation(sorted(_CARDINALS, key=len, reverse=True))
_TENS_WORD = alternation([word for word, value in _CARDINALS.items() if value >= 20 and value % 10 == 0])
_UNIT_WORD = alternation([word for word, value in _CARDINALS.items() if value < 10])
_SPELLED_CARDINAL_RE = re.compile(
    rf"\b(?P<tens>{_TENS_WORD})(?:-(?P<unit>{_UNIT_WORD})|[ \t]+(?P<spaced>{_UNIT_WORD})(?![\w-]))\b(?!-{_NUMBER_WORD}\b)"
    rf"|\b(?P<joined>{_NUMBER_WORD}(?:-{_NUMBER_WORD})+)\b"
    rf"|\b(?P<word>{alternation([word for word in sorted(_CARDINALS, key=len, reverse=True) if word != 'one'])})\b",
    re.IGNORECASE,
)


_HUNDREDS_OF_ONE = frozenset(word.casefold() for word in words("numbers", "hundreds_of_one"))  # "a hundred"
# ... the tens' unit after a hyphen or a blank ("three hundred and twenty five", as translations print it)
_SPELLED_HUNDREDS_RE = re.compile(
    rf"\b(?P<hundreds>{_UNIT_WORD}|{alternation(sorted(_HUNDREDS_OF_ONE))})[ \t-]+"
    rf"(?:{alternation(words('numbers', 'spelled_hundreds'))})"
    rf"(?:[ \t]+(?:and[ \t]+)?(?P<tens>{_TENS_WORD})(?:(?:-|[ \t]+)(?P<unit>{_UNIT_WORD}))?(?![\w-])"
    rf"|[ \t]+(?:and[ \t]+)?(?P<word>{_NUMBER_WORD}))?(?![\w-])",
    re.IGNORECASE,
)


def _hundreds_value(match: re.Match[str]) -> str:
    """A cardinal of hundreds spelled out as its digits: "two hundred" -> "200", "one hundred and twenty-five" -> "125"."""
    hundreds = match.group("hundreds").casefold()
    value = 100 * (1 if hundreds in _HUNDREDS_OF_ONE else _CARDINALS[hundreds])
    for part in ("tens", "unit", "word"):
        if match.group(part):
            value += _CARDINALS[match.group(part).casefold()]
    return str(value)


def _cardinal_value(match: re.Match[str]) -> str:
    if match.group("joined"):
        return match.group(0)
    if match.group("word"):
        return str(_CARDINALS[match.group("word").casefold()])
    unit = match.group("unit") or match.group("spaced")
    return str(_CARDINALS[match.group("tens").casefold()] + _CARDINALS[unit.casefold()])


def comparable(text: str) -> str:
    """The normal form utterances are compared in: `normalise`d, each amount the claims' number
    reader finds written as its value and unit, however the outlet printed the number (a cardinal
    spelled out read as its digits first, hundreds too: "two hundred houses" is "200 houses")."""
    text = _SPELLED_CARDINAL_RE.sub(_cardinal_value, _SPELLED_HUNDREDS_RE.sub(_hundreds_value, text))
    out, last = [], 0
    for amount in find_amounts(text, Span(0, len(text))):
        out.append(text[last : amount.span.start])
        out.append(_amount_token(amount.value, amount.unit))
        if amount.also_value is not None and amount.also_unit:
            out.append(_amount_token(amount.also_value, amount.also_unit))
        last = amount.span.end
    out.append(text[last:])
    return normalise("".join(out))


def story_names(names: Iterable[str], people: Iterable[str] = ()) -> frozenset[str]:
    """The people and organisations an article names, as the words other outlets print them by: each
    name's first and last words, case and accents folded ("Tamborá Linhas Aéreas" and "Tambora"
    share "tambora"), less the words any company's name may end in ("Group", "Ltd"). A person's given
    name before a surname is a weak word (marked WEAK): strangers share given names, so it ties two
    stories only to an article calling someone by it alone ("Guðrún said")."""
    out = set()
    for name in names:
        parts = _story_parts(name)
        out.update(parts[:1] + parts[-1:])
    for name in people:
        parts = _story_parts(name)
        out.update([WEAK + parts[0], parts[-1]] if len(parts) > 1 else parts)
    return frozenset(out)


WEAK = "~"  # marks a story word that ties two stories only to the same word unmarked


def _story_parts(name: str) -> list[str]:
    return [part for part in slug(_unaccented(name)).split("-") if len(part) > 2 and part not in _COMMON_NAME_WORDS]


def _stories_share(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two articles' story words tie them: a word both print (not a weak one in both), or one's weak
    word the other prints unmarked (a given name alone); an unknown story (empty) ties to any."""
    if not x or not y:
        return True
    if any(not word.startswith(WEAK) for word in x & y):
        return True
    return any(word.startswith(WEAK) and word[1:] in y for word in x) or any(
        word.startswith(WEAK) and word[1:] in x for word in y
    )


@functools.lru_cache(maxsize=1 << 16)  # speakers and words recur: compared pair by pair, each many times
def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def utterances(
    article_id: str,
    text: str,
    quote: Span,
    kind: str = "direct",
    speaker: str | None = None,
    story: frozenset[str] = frozenset(),
    titles: tuple[str | None, frozenset[str]] = (None, frozenset()),
) -> list[Utterance]:
    """The sentences of a printed quote ("…" ends one too); `story` names what its article is about,
    `titles` the quote's `speaker_titles`."""
    key = (article_id, quote.start, quote.end)
    out = []
    for sentence in sentences(text, quote):
        start = sentence.start
        for stop in re.finditer(r"…", sentence.of(text)):
            end = sentence.start + stop.end()
            out.append(trimmed(text, start, end))
            start = end
        out.append(trimmed(text, start, sentence.end))
    return [Utterance(key, span, span.of(text), kind, speaker, story, *titles) for span in out if re.search(r"\w", span.of(text))]


def speaker_titles(
    speaker: str | None,
    as_written: str | None,
    source: str | None,
    roles: Iterable[tuple[str, str] | tuple[str, str, str | None]],
) -> tuple[str | None, frozenset[str]]:
    """A quote's titles: the one its speaker's place names where the article resolves no one ("…," the
    managing director said), and those the article gives its speaker ((person, title[, organisation]) of
    its roles). A title asked with a name beside it ("the Kessway chief executive", "the Swedish
    company's CEO") keeps that name's first word (title QUALIFIED word); a title held keeps each word
    of its organisation's name the same way, so a qualified title asked is held only at an organisation
    so named."""
    if speaker:
        held: set[str] = set()
        for given in roles:
            if given[0] == speaker:
                title = normalise_role(given[1])
                organisation = given[2] if len(given) > 2 else None
                held.add(title)
                held.update(f"{title}{QUALIFIED}{word}" for word in _name_words(organisation or ""))
        return None, frozenset(held)
    role = ROLE_RE.search(as_written or "")
    if not role or source is not None or as_written is None:
        return None, frozenset()
    title = normalise_role(role.group(0))
    # a land beside the title ("Guatemala's agriculture minister") qualifies nothing a role records (roles
    # are held at organisations): the title alone is asked
    beside = [word for word in _name_words(f"{as_written[: role.start()]} {as_written[role.end() :]}") if word not in _lands()]
    return (f"{title}{QUALIFIED}{beside[0]}" if beside else title), frozenset()


@functools.cache
def _lands() -> frozenset[str]:
    """Countries, states and regions, casefolded as `_name_words` reads them (not their peoples' adjectives:
    "the Swedish company's CEO" is a company's)."""
    from loaders.extract.gazetteer import places

    return frozenset(alias.casefold() for alias, (_, kind) in places().items() if kind in ("country", "state", "region"))


QUALIFIED = " @ "  # between a title and a word of the name qualifying it ("chief executive @ kessway")


def _name_words(text: str) -> list[str]:
    """The capitalised words of a name or a speaker's place, casefolded, possessives and function words
    ("The") left out: "the Swedish company's CEO" -> ["swedish"]; "Kessway Foods Ltd" -> ["kessway", "foods", "ltd"]."""
    found = (re.sub(r"['’]s?$", "", word).casefold() for word in re.findall(r"\b[A-Z][\w'’-]*", text))
    return [word for word in found if word and word not in _FUNCTION_WORDS]


@dataclass
class _Unit:
    """Utterances with the same normalised text: they match each other exactly."""

    text: str  # normalised
    members: list[int]
    words: list[str]
    numbers: frozenset[str]
    negated: bool
    content: frozenset[str]
    speakers: frozenset[str]
    articles: frozenset[str]
    names: frozenset[str] = frozenset()  # capitalised words past the first, as its utterances print them
    stories: tuple[frozenset[str], ...] = ()  # each member article's names (an empty one: unknown)
    asked: frozenset[str] = frozenset()  # the titles named in place of its unresolved speakers
    held: frozenset[str] = frozenset()  # the titles its articles give its speakers
    fragment: bool = False  # some member is of a partial quote (a fragment of a remark), not a whole sentence

    def __post_init__(self) -> None:
        # Its stories' words pooled once, strong and weak apart (see `_one_story`).
        self.story_unknown = any(not story for story in self.stories)
        split = [_story_words(story) for story in self.stories]
        self.story_strong = frozenset().union(*(strong for strong, _ in split))
        self.story_weak = frozenset().union(*(weak for _, weak in split))
        # its words other than function words and numbers, short ones too (see `_one_story_for`)
        self.open_words = len({word for word in self.words if word not in _FUNCTION_WORDS and not word[0].isdigit()})


@functools.lru_cache(maxsize=1 << 16)
def _story_words(story: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A story's strong words and its weak words' bases, split once per story (a stock sentence's
    printings are thousands, most of a story's printings print the same names)."""
    return (
        frozenset(word for word in story if not word.startswith(WEAK)),
        frozenset(word[1:] for word in story if word.startswith(WEAK)),
    )


def _one_story(a: _Unit, b: _Unit) -> bool:
    """Some article of one shares a name with some article of the other, or one's names are unknown:
    `_stories_share` of some pair of their stories. Each way it ties two stories is one story's words
    meeting the other's (strong with strong, strong with a weak word's base), so some pair ties exactly
    where the pooled words meet: one test per pair of units, not one per pair of their articles."""
    if not a.stories or not b.stories:
        return False
    if a.story_unknown or b.story_unknown:
        return True
    return not (
        a.story_strong.isdisjoint(b.story_strong)
        and a.story_strong.isdisjoint(b.story_weak)
        and a.story_weak.isdisjoint(b.story_strong)
    )


def _names_shared(a: _Unit, b: _Unit) -> int:
    """How many story words two units' articles share (pooled; a weak word meeting its base counts)."""
    return len(a.story_strong & b.story_strong) + len(a.story_strong & b.story_weak) + len(a.story_weak & b.story_strong)


def _one_story_for(a: _Unit, b: _Unit) -> bool:
    """`_one_story`, and where each names its own speaker, another than the other's, more than one story
    word shared: a union or a ministry two unrelated stories both name ("Unite") is too little to make one
    person's words and a stranger's one utterance (an outlet giving words to the wrong person names the
    story's company and people as the others do)."""
    if not _one_story(a, b):
        return False
    if not a.speakers or not b.speakers:
        return True
    if not a.speakers.isdisjoint(b.speakers) or _one_speaker(a.speakers, b.speakers):
        return True  # one person ("Ann" and "Ann Lee" too)
    if min(a.open_words, b.open_words) < GENERIC_CONTENT_WORDS and not (a.fragment or b.fragment):
        # a short stock line two people say by chance ("We are very happy with the agreement"); a fragment an
        # outlet quotes ("in no immediate danger") is a remark of someone's that another outlet may misattribute
        return False
    return a.story_unknown or b.story_unknown or _names_shared(a, b) >= NAMES_TYING_TWO_SPEAKERS


@functools.lru_cache(maxsize=1 << 14)  # a stock sentence's thousands of printings name a few hundred speakers
def _speaker_keys(speaker: str) -> tuple[str, str | None]:
    """A speaker as `_one_speaker` compares them: the name unaccented, and its given name where it
    is written in full ("ann-lee" -> "ann"; "ann" alone: None)."""
    name = _unaccented(speaker)
    first = re.split(r"[\s-]", name, maxsplit=1)
    return name, (first[0] if len(first) > 1 else None)


def _by_story(members: list[int], items: list[Utterance]) -> list[list[int]]:
    """Members printing one text, split into the stories their articles tell (linked by a shared name).

    In order, each member joins every part its story ties to (`_stories_share` with the part's pooled
    words), merging them, or begins a part of its own; an unknown story ties to every part, and a part
    of unknown stories only takes any member. As `_one_story_for` has it, a member given its own speaker
    joins a part all of whose members have other speakers only where the two share more than one story
    word (two people's words in two stories naming one union are two utterances). Each way two stories
    tie is a word of one meeting a word of the other, so a member finds its parts through its own words
    in an index (a strong word stands in one part at most: its next printer joins it, or takes it over),
    not by a scan of every part: linear in the words."""
    parts: list[list[int]] = []  # by the order each began
    merged_into: list[int] = []  # a part -> the part it was merged into (itself while it stands)
    standing: set[int] = set()
    unknown: set[int] = set()  # standing parts of unknown stories only
    strong_in: dict[str, int] = {}  # a word -> the part printing it
    weak_in: dict[str, list[int]] = {}  # a weak word's base -> the parts printing it weak
    open_parts: set[int] = set()  # standing parts with a member of no speaker or of an unknown story
    said_by: list[set[str]] = []  # a part -> its members' speakers (unaccented)
    given_by: list[set[str]] = []  # ... the given names of those named in full
    alone_by: list[set[str]] = []  # ... those called by a given name alone

    def root(part: int) -> int:
        while merged_into[part] != part:
            merged_into[part] = merged_into[merged_into[part]]
            part = merged_into[part]
        return part

    def takes(part: int, speaker: str, hits: int) -> bool:
        """Whether a part takes a member of this speaker sharing `hits` story words with it."""
        if part in open_parts or hits >= NAMES_TYING_TWO_SPEAKERS:
            return True
        name, given = _speaker_keys(speaker)
        return name in said_by[part] or name in given_by[part] or (given is not None and given in alone_by[part])

    for member in members:
        story = items[member].story
        speaker = items[member].speaker
        strong, weak = _story_words(story)
        if not story:
            linked = set(standing)
        else:
            hits: dict[int, int] = {}  # a standing part -> the story words it shares with this member
            for word in strong:
                met = {root(part) for part in weak_in.get(word, ())}
                if word in strong_in:
                    met.add(root(strong_in[word]))
                for found in met:
                    hits[found] = hits.get(found, 0) + 1
            for word in weak:
                if word in strong_in:
                    found = root(strong_in[word])
                    hits[found] = hits.get(found, 0) + 1
            linked = {root(part) for part in unknown} | {
                part for part, count in hits.items() if not speaker or takes(part, speaker, count)
            }
            for word in strong:
                if word in weak_in:
                    kept = [part for part in weak_in.pop(word) if root(part) not in linked]
                    if kept:  # parts that kept apart (other speakers): the latest few, so no word is read again and again
                        weak_in[word] = kept[-MAX_BLOCK:]
        if linked:
            first = min(linked)  # the earliest part stands for them all, as a list of parts in order keeps it
            for other in linked - {first}:
                merged_into[other] = first
                standing.discard(other)
                if len(parts[other]) > len(parts[first]):
                    parts[first], parts[other] = parts[other], parts[first]
                parts[first].extend(parts[other])
                parts[other] = []
                for pooled in (said_by, given_by, alone_by):
                    if len(pooled[other]) > len(pooled[first]):
                        pooled[first], pooled[other] = pooled[other], pooled[first]
                    pooled[first] |= pooled[other]
                    pooled[other] = set()
                if other in open_parts:
                    open_parts.discard(other)
                    open_parts.add(first)
            still_unknown = not story and linked <= unknown
            unknown.difference_update(linked)
            if still_unknown:
                unknown.add(first)
        else:
            first = len(parts)
            parts.append([])
            merged_into.append(first)
            said_by.append(set())
            given_by.append(set())
            alone_by.append(set())
            standing.add(first)
            if not story:
                unknown.add(first)
        parts[first].append(member)
        if speaker and story:
            name, given = _speaker_keys(speaker)
            said_by[first].add(name)
            (given_by[first] if given is not None else alone_by[first]).add(given if given is not None else name)
        else:
            open_parts.add(first)
        for word in strong:
            strong_in[word] = first
        for word in weak:
            weak_in.setdefault(word, []).append(first)
    return [sorted(parts[part]) for part in sorted(standing)]


_LEGAL_FORMS = frozenset(form.rstrip(".").casefold() for form in words("organisations", "legal_forms"))
_NAME_RE = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


def printed_names(text: str) -> frozenset[str]:
    """The capitalised words of an utterance past its first word (an editor's insertion and legal
    forms, "Ltd" or "Limited", left out): the names it prints ("Nova", "Harlow"), lower-cased and
    without accents (one outlet prints "Ostrów", another "Ostrow")."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    first = _FIRST_WORD_RE.search(text)
    start = first.end() if first else 0
    found = (_unaccented(match.group()).casefold() for match in _NAME_RE.finditer(text, start))
    return frozenset(name for name in found if name not in _LEGAL_FORMS)


def _unit(text: str, members: list[int], items: list[Utterance], names: list[frozenset[str]] | None = None) -> _Unit:
    """The unit of these members printing one normal text (`names`: each item's `printed_names`, when known)."""
    tokens = text.split()
    return _Unit(
        text,
        members,
        tokens,
        frozenset(_number_value(token) for token in tokens if token[0].isdigit())
        | {
            token
            for i, token in enumerate(tokens)
            if token in _NUMBER_WORDS and not (token == "one" and i and tokens[i - 1] in _ONE_NOT_COUNTED_AFTER)
        },
        _negated(text),
        frozenset(t for t in tokens if len(t) >= 5 and t not in _FUNCTION_WORDS and not t[0].isdigit()),
        frozenset(speaker for m in members if (speaker := items[m].speaker)),
        frozenset(items[m].quote_key[0] for m in members),
        frozenset().union(
            *(
                (names[m] for m in members)
                if names is not None
                else map(printed_names, dict.fromkeys(items[m].text for m in members))  # each text once
            )
        ),
        tuple(dict.fromkeys(items[m].story for m in members)),
        frozenset(asked for m in members if not items[m].speaker and (asked := items[m].asked)),
        frozenset().union(*(items[m].held for m in members if items[m].speaker)),
        any(items[m].kind == "partial" for m in members),
    )


_AMOUNT_TOKEN_RE = re.compile(r"(?P<mantissa>\d+(?:p\d+)?)e(?P<exponent>minus\d+|\d+)")


def _number_value(token: str) -> str:
    """A number token as its value, however `comparable` wrote it: an amount's token ("4e1", "2p5e1") and
    a bare number ("40", "25") of one value are one ("three winters" read as an amount, "in three of
    the last five winters" not)."""
    amount = _AMOUNT_TOKEN_RE.fullmatch(token)
    if amount:
        value = float(amount.group("mantissa").replace("p", ".")) * 10 ** int(amount.group("exponent").replace("minus", "-"))
    elif re.fullmatch(r"\d+", token):
        value = float(token)
    else:
        return token
    return f"{value:.6g}"


def _negated(text: str) -> bool:
    """A normal form says something is not so: a negation word outside the phrases that deny nothing."""
    return any(token in _NEGATIONS or token.endswith("n't") for token in _NOT_NEGATING_RE.sub(" ", text).split())


def _numbers_agree(a: _Unit, b: _Unit) -> bool:
    """The shorter version's numbers, and the names it prints, are all in the longer one (one
    sentence said of another company or product is another utterance; a land's name and its adjective,
    "Asia" and "Asian", are one name)."""
    shorter, longer = sorted((a, b), key=lambda u: len(u.text))
    return shorter.numbers <= longer.numbers and all(
        name in longer.names or any(_one_land(name, other) for other in longer.names) for name in shorter.names
    )


@functools.cache
def _demonyms() -> frozenset[str]:
    return frozenset(word.casefold() for word in demonyms())


def _one_land(one: str, other: str) -> bool:
    """A name and its demonym or adjective ("asia" / "asian", "azerbaijan" / "azerbaijani"): the longer is
    a demonym of the gazetteer, the shorter, of four letters or more, with a demonym ending; a final "a" or
    "e" may give way to it ("Bolivia" / "Bolivian", "Chile" / "Chilean"). Not two names alike ("Bayer" /
    "Bayern", "Nokia" / "Nokian"), nor two lands ("Iran" / "Iraqi")."""
    shorter, longer = sorted((one, other), key=len)
    if len(shorter) < MIN_LAND_LETTERS or not longer.startswith(shorter[:-1]) or longer not in _demonyms():
        return False
    return (longer.startswith(shorter) and longer[len(shorter) :] in _DEMONYM_ENDINGS) or (
        shorter[-1] in "ae" and longer[len(shorter) - 1 :] in _DEMONYM_ENDINGS and longer[len(shorter) - 1] != shorter[-1]
    )


def _compare_units(a: _Unit, b: _Unit) -> tuple[str, float] | None:
    """How two different normalised texts match, if they do. Versions that
    differ in a number never match; whole versions must also agree in
    polarity (a fragment is found verbatim, so its polarity is the other's)."""
    if not _numbers_agree(a, b):
        return None
    same_polarity = a.negated == b.negated
    score = fuzz.ratio(a.text, b.text, score_cutoff=FUZZY_THRESHOLD) if same_polarity else 0
    if score:
        return "fuzzy", round(score, 1)
    shorter, longer = sorted((a, b), key=lambda u: len(u.text))
    if len(shorter.words) >= MIN_FRAGMENT_WORDS:
        score = fuzz.partial_ratio(shorter.text, longer.text, score_cutoff=PARTIAL_THRESHOLD)
        if score:
            return "partial", round(score, 1)
    if same_polarity and len(shorter.words) >= MIN_IN_ORDER_WORDS:
        # A long fragment whose words stand, nearly all, in order in the longer version: an aside or a
        # word's ending changed between outlets ("values ($9bn, assuming" / "value assuming").
        share = LCSseq.similarity(shorter.words, longer.words) / len(shorter.words)
        if share >= IN_ORDER_SHARE:
            return "partial", round(100 * share, 1)
    if _one_speaker(a.speakers, b.speakers) and _content_in_order(shorter, longer):
        # one speaker's short sentence whose content words all stand, in order, in the other's longer one
        # ("The oak barrel gives the colour." in "Oak barrel gives the colour, steel gives nothing"): a fragment of it
        return "partial", round(fuzz.partial_ratio(shorter.text, longer.text), 1)
    if (
        same_polarity
        and (_one_speaker(a.speakers, b.speakers) or _title_holder(a, b) or _title_holder(b, a))
        and min(len(a.words), len(b.words)) >= MIN_REWORDED_WORDS
        and (
            fuzz.ratio(a.text, b.text) >= REWORDED_MIN_RATIO
            # words reordered by a translator ("I owe my first turns to this mountain" / "This mountain
            # gave me my first turns"): the string no longer lines up, the content words are all there
            or _shared_evidence(a, b) >= REORDERED_SHARED_CONTENT_WORDS
        )
    ):
        if _shared_evidence(a, b) >= MIN_SHARED_CONTENT_WORDS:
            score = fuzz.token_set_ratio(a.text, b.text, score_cutoff=REWORDED_THRESHOLD)
            if score:
                return "reworded", round(score, 1)
        if _shared_run(a, b):
            # one speaker's words translated twice keep a run of them ("the sewing, not the soul of the")
            return "reworded", round(fuzz.token_set_ratio(a.text, b.text), 1)
    if (
        same_polarity
        and (_one_speaker(a.speakers, b.speakers) or _title_holder(a, b) or _title_holder(b, a))
        and min(len(a.words), len(b.words)) >= MIN_REWORDED_WORDS
        and _one_remark_translated(a, b)
        and not a.content.isdisjoint(b.content)
        and _two_languages(a, b)
    ):
        # one person's words printed in their language by one outlet and in English by another ("Aquí en
        # Mahahual los 12 botes…" / "the 12 boats in Mahahual…"): no words shared but a number and a name
        return "reworded", round(fuzz.token_set_ratio(a.text, b.text), 1)
    return None


def _content_in_order(shorter: _Unit, longer: _Unit) -> bool:
    """A version of more than MIN_FRAGMENT_WORDS words, of REORDERED_SHARED_CONTENT_WORDS content words or
    more, all standing in the same order in the longer one, whose words from the first to the last of them
    say it as it is or is not so as the shorter does ("oak barrel gives the colour" / "The oak barrel gives the colour";
    not "we will raise prices" in "we will not raise prices")."""
    kept = [word for word in shorter.words if word in shorter.content]
    if len(shorter.words) <= MIN_FRAGMENT_WORDS or len(set(kept)) < REORDERED_SHARED_CONTENT_WORDS:
        return False
    positions = []
    at = 0
    for word in kept:
        while at < len(longer.words) and longer.words[at] != word:
            at += 1
        if at == len(longer.words):
            return False
        positions.append(at)
        at += 1
    if positions[-1] - positions[0] + 1 > len(shorter.words) + FRAGMENT_SPREAD:
        return False  # spread over the longer one, other words between: another remark of it
    return _negated(" ".join(longer.words[positions[0] : positions[-1] + 1])) == shorter.negated


def _one_remark_translated(a: _Unit, b: _Unit) -> bool:
    """Two versions that can be one remark in two languages: of like length (a translation neither halves nor
    doubles a sentence), printing the same numbers, not years alone (a speaker's remarks on one story share
    its year), and the names each prints mostly the other's too (one remark shares a company's name with
    another remark of the same speaker, not most of its names)."""
    shorter, longer = sorted((len(a.words), len(b.words)))
    if longer > TRANSLATION_LENGTH_RATIO * shorter or not a.numbers or a.numbers != b.numbers:
        return False
    if all(_YEAR_RE.fullmatch(number) for number in a.numbers):
        return False
    shared = len(a.names & b.names)
    return shared > 0 and all(2 * shared > len(unit.names) for unit in (a, b))


def _two_languages(a: _Unit, b: _Unit) -> bool:
    """One version reads as English (its share of English function words) and the other does not."""
    shares = sorted(sum(word in _FUNCTION_WORDS for word in unit.words) / len(unit.words) for unit in (a, b))
    return shares[0] <= OTHER_LANGUAGE_SHARE and shares[1] >= ENGLISH_SHARE


def _shared_evidence(a: _Unit, b: _Unit) -> int:
    """What two versions share that a translation keeps: content words, numbers (an amount by its
    value: "Forty years" and "forty years") and the names they print ("Soufrière" in both)."""
    words_shared = {_unaccented(word) for word in a.content & b.content}
    return len(words_shared | (a.names & b.names)) + len(a.numbers & b.numbers)


def _one_speaker(a: frozenset[str], b: frozenset[str]) -> bool:
    """One person said both: the same one speaker, or one called by a given name alone where the other
    article names them in full beginning with it ("Ann" and "Ann Lee": a members' bulletin's first names);
    accents folded (a wire prints "Tomas" where the club's own page prints "Tomás"); or one name written
    family name first by one outlet and last by the other ("Tóth Gábor" and "Gábor Tóth": `other_order`)."""
    if len(a) != 1 or len(b) != 1:
        return False
    (first,), (second,) = (_unaccented(name) for name in a), (_unaccented(name) for name in b)
    shorter, longer = sorted((first, second), key=len)
    # names as written ("Ann Lee") or as the people's ids ("ann-lee")
    return (
        first == second
        or (not re.search(r"[\s-]", shorter) and longer.startswith((f"{shorter} ", f"{shorter}-")))
        or other_order(first, second)
    )


def other_order(first: str, second: str) -> bool:
    """Two names of the same words, the family name moved from one end to the other: "Tóth Gábor" as
    Hungarian (and Chinese, Japanese, Vietnamese) usage prints it, "Gábor Tóth" as English papers do;
    "Wang Jiaxiong" and "Jiaxiong Wang" (names, or the people's ids: "toth-gabor", "gabor-toth")."""
    a, b = re.split(r"[\s-]+", first.casefold()), re.split(r"[\s-]+", second.casefold())
    if len(a) < 2 or len(a) != len(b) or a == b:
        return False
    if a[0] in _family_names_first() and a[-1] in _family_names_first():
        return False  # "Wang Li" and "Li Wang": both family names, two people
    return a[1:] + a[:1] == b or b[1:] + b[:1] == a


@functools.cache
def _family_names_first() -> frozenset[str]:
    from loaders.extract.entities.people import family_names_first

    return frozenset(_unaccented(name).casefold() for name in family_names_first())


def _title_holder(a: _Unit, b: _Unit) -> bool:
    """One outlet names only a title in the speaker's place ("…," the managing director said), whom
    its article names no one holding; the other's one speaker holds that title in their own article
    ("its managing director, Ann Lee"): one person, as far as a rewording goes."""
    return not a.speakers and bool(a.asked) and len(b.speakers) == 1 and not a.asked.isdisjoint(b.held)


def _shared_run(a: _Unit, b: _Unit) -> bool:
    """The two print a run of SHARED_RUN_WORDS words in the same order, a word neither a function
    word nor a negation among them ("make snow at a loss"; not "that is not what we")."""
    first, second = _written_out(a.words), _written_out(b.words)
    runs = {tuple(first[i : i + SHARED_RUN_WORDS]) for i in range(len(first) - SHARED_RUN_WORDS + 1)}
    return any(
        run in runs and any(word not in _FUNCTION_WORDS and word not in _NEGATIONS and not word[0].isdigit() for word in run)
        for run in (tuple(second[i : i + SHARED_RUN_WORDS]) for i in range(len(second) - SHARED_RUN_WORDS + 1))
    )


def _written_out(tokens: list[str]) -> list[str]:
    """The words with their contractions written out ("it's" -> "it is")."""
    return [word for token in tokens for word in _CONTRACTIONS.get(token, token).split()]


class UnitMatcher:
    """Whether two units (normal form, utterances) are a candidate pair that matches, as grouping
    finds it; each unit's words read once."""

    def __init__(self) -> None:
        self._units: dict[str, list[_Unit]] = {}
        self._said: dict[str, list[Utterance]] = {}  # the utterances each text's units were made of
        self._by_word: dict[str, tuple[list[int], list[int], dict[str, list[int]], dict[str, list[int]]]] = {}

    def _parts(self, found: tuple[str, list[Utterance]]) -> list[_Unit]:
        """The units grouping makes of these utterances: one per story they tell."""
        if found[0] not in self._units:
            self._units[found[0]] = [_unit(found[0], part, found[1]) for part in _by_story(list(range(len(found[1]))), found[1])]
            self._said[found[0]] = found[1]
        return self._units[found[0]]

    def made(self, text: str, members: list[int], items: list[Utterance]) -> list[_Unit] | None:
        """The units `group_utterances` makes of `members` (positions in `items`) printing `text`, where
        this matcher has made them of the same utterances in the same order (its parts' members
        renumbered); None where it has not."""
        parts = self._units.get(text)
        said = self._said.get(text)
        if parts is None or said is None or len(said) != len(members):
            return None
        if any(said[i] != items[m] for i, m in enumerate(members)):
            return None
        return [dataclasses.replace(part, members=[members[i] for i in part.members]) for part in parts]

    def _stories(
        self, found: tuple[str, list[Utterance]]
    ) -> tuple[list[int], list[int], dict[str, list[int]], dict[str, list[int]]]:
        """Its parts (positions) by their stories' words: those with a story, those of an unknown one,
        and each strong and each weak word's parts (`_one_story`)."""
        if found[0] not in self._by_word:
            storied: list[int] = []
            unknown: list[int] = []
            strong: dict[str, list[int]] = {}
            weak: dict[str, list[int]] = {}
            for position, part in enumerate(self._parts(found)):
                if not part.stories:
                    continue
                storied.append(position)
                if part.story_unknown:
                    unknown.append(position)
                    continue
                for word in part.story_strong:
                    strong.setdefault(word, []).append(position)
                for word in part.story_weak:
                    weak.setdefault(word, []).append(position)
            self._by_word[found[0]] = (storied, unknown, strong, weak)
        return self._by_word[found[0]]

    def __call__(self, a: tuple[str, list[Utterance]], b: tuple[str, list[Utterance]]) -> bool:
        ours, theirs = self._parts(a), self._parts(b)
        if len(ours) * len(theirs) <= _PAIRS_WITHOUT_INDEX:
            return any(_pair_matches(ua, ub) for ua in ours for ub in theirs)
        # Many stories print both wordings (a stock sentence): a part meets only the other's parts of a
        # story `_one_story` ties to its own (sharing a word, or unknown), the only ones that can match.
        storied, unknown, strong, weak = self._stories(b)
        for ua in ours:
            if not ua.stories:
                continue
            if ua.story_unknown:
                tied: Iterable[int] = storied
            else:
                found = set(unknown)
                for word in ua.story_strong:
                    found.update(strong.get(word, ()))
                    found.update(weak.get(word, ()))
                for word in ua.story_weak:
                    found.update(strong.get(word, ()))
                tied = sorted(found)
            if any(_pair_matches(ua, theirs[position]) for position in tied):
                return True
        return False


_PAIRS_WITHOUT_INDEX = 64  # pairs of parts compared directly; more are met through their stories' words


def _pair_matches(ua: _Unit, ub: _Unit) -> bool:
    """Two parts (units of one story each) that grouping links: not one article's alone on both
    sides, one story (`_one_story_for`) and a match of their words."""
    return (
        not (ua.articles == ub.articles and len(ua.articles) == 1)
        and _one_story_for(ua, ub)
        and _compare_units(ua, ub) is not None
    )


def _verbatim_inside(a: str, b: str) -> bool:
    """One normal form stands word for word inside the other."""
    shorter, longer = sorted((a, b), key=len)
    return f" {shorter} " in f" {longer} "


def _compare(a: str, b: str) -> tuple[str, float] | None:
    """How two utterances' texts match (for links and tests)."""
    if a == b:
        return "exact", 100.0
    na, nb = comparable(a), comparable(b)
    if na == nb:
        return "normalised", 100.0
    return _compare_units(_unit(na, [], []), _unit(nb, [], []))


def blocking_keys(text: str) -> set[str]:
    """The word pairs of a normal form (its one word, if only one), as "word word": the blocking index's keys;
    and, where it prints numbers, its first numbers each with its first content words, as "number#word" (a
    translation shares no word pair with the English, but a number and a name: "45#quelimane")."""
    tokens = text.split()
    if len(tokens) > 1:
        keys = {f"{tokens[i]} {tokens[i + 1]}" for i in range(len(tokens) - 1)}
    else:
        keys = {f"{tokens[0]} "} if tokens else set()
    numbers = [token for token in dict.fromkeys(tokens) if token[0].isdigit() and not _YEAR_RE.fullmatch(token)]
    share = sum(token in _FUNCTION_WORDS for token in tokens) / len(tokens) if tokens else 0.0
    if numbers and not OTHER_LANGUAGE_SHARE < share < ENGLISH_SHARE:
        # a year pairs no translation (`_one_remark_translated`), nor does a version reading as neither
        # English nor another language (`_two_languages`)
        numbers = numbers[:TRANSLATION_KEY_NUMBERS]
        content = [
            token
            for token in dict.fromkeys(tokens)
            if len(token) >= 5 and token not in _FUNCTION_WORDS and not token[0].isdigit()
        ][:TRANSLATION_KEY_WORDS]
        keys.update(f"{number}#{word}" for number in numbers for word in content)
    return keys


def unit_digest(text: str) -> str:
    """A short digest of a normal form: names its unit (the utterances printing it) in the corpus state."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _candidate_pairs(units: list[_Unit], common: Callable[[str], bool] | None = None) -> set[tuple[int, int]]:
    """Pairs of units sharing a word pair that few utterances share (a blocking index). `common`, when
    given, says which keys the whole corpus shares too widely (the units given being part of it)."""
    index: dict[str, list[int]] = defaultdict(list)
    for number, unit in enumerate(units):
        for key in blocking_keys(unit.text):
            index[key].append(number)
    pairs: set[tuple[int, int]] = set()
    for key, posting in index.items():
        if len(posting) > MAX_BLOCK or (common is not None and common(key)):
            continue
        for i, first in enumerate(posting):
            for second in posting[i + 1 :]:
                pairs.add((first, second))
    return pairs


def group_utterances(
    items: list[Utterance],
    normal: list[str] | None = None,
    common: Callable[[str], bool] | None = None,
    names: list[frozenset[str]] | None = None,
    made: Callable[[str, list[int]], list[_Unit] | None] | None = None,
) -> list[UtteranceGroup]:
    """Groups of the same utterance across articles (complete link: every
    member matches every other); the longest direct version is canonical.
    `normal` and `names`: the items' `comparable` forms and `printed_names`, when known. Units that match
    nothing meet no other: grouping the units linked by matches (with
    `common` saying which keys the whole corpus shares too widely) is
    grouping the corpus. `made`, when given, returns a text's units already made of these members
    (the same utterances in the same order, as `UnitMatcher.made` gives them), or None; it is not
    consulted where `names` is given (its units hold the names their texts print, not those)."""
    if names is not None:
        made = None
    by_text: dict[str, list[int]] = {}
    for number, item in enumerate(items):
        by_text.setdefault(normal[number] if normal is not None else comparable(item.text), []).append(number)
    units = [
        unit
        for text, members in by_text.items()
        for unit in (
            (made(text, members) if made is not None else None)
            or [_unit(text, part, items, names) for part in _by_story(members, items)]
        )
    ]
    matches: dict[tuple[int, int], tuple[str, float]] = {}
    for a, b in _candidate_pairs(units, common):
        if units[a].articles == units[b].articles and len(units[a].articles) == 1:
            continue  # the same article alone: a group is what several articles printed
        if not _one_story_for(units[a], units[b]):
            continue  # the same words in two stories: two utterances
        found = _compare_units(units[a], units[b])
        if found:
            matches[(a, b)] = found
    # Whole versions first: merge the strongest matches first, two clusters only if every pair across them
    # matches (as whole versions, or one verbatim inside the other).
    cluster_of = list(range(len(units)))
    clusters: dict[int, list[int]] = {number: [number] for number in range(len(units))}

    def as_whole(a: int, b: int) -> bool:
        """A match of whole versions, or a long fragment's: an outlet that trims a quote ("This is the
        hardest decision I have taken", where another printed ", and we did not take it lightly") keeps
        enough words to say which utterance it is, as a whole version does."""
        return matches[(a, b)][0] != "partial" or min(len(units[a].words), len(units[b].words)) >= MIN_IN_ORDER_WORDS

    def consistent(a: int, b: int) -> bool:
        """The two match at all: a whole version, or one found verbatim in the other (a fragment
        that says the same as both clusters does not keep them apart)."""
        key = (min(a, b), max(a, b))
        if key not in matches:
            found = _compare_units(units[key[0]], units[key[1]]) if _one_story_for(units[a], units[b]) else None
            if found is None:
                return False
            matches[key] = found
        return True

    for (a, b), _ in sorted(matches.items(), key=lambda entry: (-entry[1][1], entry[0])):
        left, right = cluster_of[a], cluster_of[b]
        if not as_whole(a, b) or left == right or not all(consistent(x, y) for x in clusters[left] for y in clusters[right]):
            continue
        for unit in clusters[right]:
            cluster_of[unit] = left
        clusters[left].extend(clusters.pop(right))
    # Then fragments: a unit matched by no whole version joins the one group holding its best verbatim match
    # (a fragment never joins two groups together). A short trim close enough to its longer version to
    # match it as a whole ("our mistake, not the market's" in "That was our mistake, not the market's")
    # is a fragment too where it stayed alone (another outlet's other wording kept it out).
    partial = [
        (pair, score)
        for pair, (how, score) in matches.items()
        if how == "partial" or (how == "fuzzy" and _verbatim_inside(units[pair[0]].text, units[pair[1]].text))
    ]
    fragments = {
        f
        for (a, b), _ in partial
        for f, o in ((a, b), (b, a))
        if len(clusters.get(f, ())) == 1 and len(units[f].text) < len(units[o].text)
    }
    best: dict[int, tuple[float, int, int]] = {}
    for (a, b), score in partial:
        for fragment, other in ((a, b), (b, a)):
            if fragment in fragments and other not in fragments and len(units[fragment].text) < len(units[other].text):
                candidate = (score, -cluster_of[other], other)
                if fragment not in best or candidate > best[fragment]:
                    best[fragment] = candidate
    for fragment, (_, _, other) in sorted(best.items()):
        target = cluster_of[other]
        cluster_of[fragment] = target
        clusters[target].append(clusters.pop(fragment)[0])
    unit_of = {m: number for number, unit in enumerate(units) for m in unit.members}
    groups = []
    for members_units in clusters.values():
        numbers = sorted(m for unit in members_units for m in units[unit].members)
        # one article alone forms no group: each of its utterances stands by itself
        parts = [[m] for m in numbers] if len({items[m].quote_key[0] for m in numbers}) < 2 else [numbers]
        for part in parts:
            groups.append(_group(items, part, units, unit_of, matches))
    return groups


def _group(
    items: list[Utterance],
    numbers: list[int],
    units: list[_Unit],
    unit_of: dict[int, int],
    matches: dict[tuple[int, int], tuple[str, float]],
) -> UtteranceGroup:
    canonical_number = max(
        numbers,
        key=lambda m: (
            items[m].kind == "direct",
            items[m].kind != "indirect",
            len(units[unit_of[m]].text),
            "[" not in items[m].text,
            items[m].quote_key,
        ),
    )
    canonical = items[canonical_number]
    group = UtteranceGroup(canonical)
    for number in sorted(numbers, key=lambda m: (items[m].quote_key, items[m].span)):
        member = items[number]
        a, b = unit_of[canonical_number], unit_of[number]
        if member.text == canonical.text:
            compared = ("exact", 100.0)
        elif a == b:
            compared = ("normalised", 100.0)
        else:
            compared = (
                matches.get((min(a, b), max(a, b)))
                or _compare_units(units[a], units[b])
                or ("fuzzy", round(fuzz.ratio(units[a].text, units[b].text), 1))
            )
        group.links.append(Link(member, *compared))
    return group


def differences(canonical: str, version: str) -> str | None:
    """What a version changed against the canonical wording, word by word."""
    if canonical == version:
        return None
    a, b = canonical.split(), version.split()
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        old, new = " ".join(a[i1:i2]) or "∅", " ".join(b[j1:j2]) or "∅"
        changes.append(f"{old} → {new}")
    return "; ".join(changes) if changes else None
