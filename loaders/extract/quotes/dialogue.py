"""Dialogue dashes: Spanish, Portuguese and Italian usage (kept by many translations) opens a
paragraph of speech with a dash and sets the attribution off with dashes, no quote marks:

    —We will not close the factory —said the chief executive, Ann Lee—. Our families work here.
    —We know how those stories end —Lee warned.

The words before the second dash are a quote, and so are those after the attribution's closing
dash. The dash opens speech only where it touches the first word and an attribution with a speech
verb follows (a dash before a space is a list's or a signature's).

Hungarian, Polish and Russian usage (and their translations) set the dashes off with spaces, the
en dash too:

    – The old quay is our past, the new one our future – added the harbour master.

A spaced dash opens speech only where the closing spaced dash is followed by the attribution itself:
the speech verb first ("– added the …"), after a personal pronoun ("– he said") or after a name
("– Ann Lee said"), and not a passive one ("– confirmed by …", "– said to be …"); a noun before the
verb ("– the company said", "– analysts said") writes a note beside an item, not the item's speaker.
Nor do items of a list: paragraphs opening "– " after a paragraph ending in a colon, or two or more
running on where one has no such attribution ("– Sales rose 12 percent – the company said.").

Scandinavian papers (and their translations) open speech with a spaced dash and close it with no
dash at all: the attribution, its verb first, ends the paragraph after a comma:

    – We have waited three years for this, says the mayor, Ann Lee.

The words up to that comma are the quote; such a dash may also follow a sentence inside a paragraph
(a standfirst: "The council sold the quay. – The price is fair, says Lee.")."""

from __future__ import annotations

import itertools
import re

from loaders.extract.quotes.marks import QuotedSpan
from loaders.spans import Span, trimmed
from loaders.vocab import alternation
from loaders.vocab import words as vocab_words

DASHES = "—―"
SPACED_DASHES = "–—―"  # a dash set off by spaces, the en dash too
ATTRIBUTION_REACH = 60  # characters after the dash in which the attribution's speech verb stands
ATTRIBUTION_LEAD_WORDS = 3  # words after a spaced closing dash among which its speech verb stands
_AFTER_INCISE_RE = re.compile(r"[.,;:]?\s+")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_PRONOUNS = frozenset(vocab_words("pronouns", "personal_subject")) | {"I", "we"}
_PASSIVE_AFTER = frozenset({"to", "by"})  # "– said to be …", "– confirmed by …": no one speaks
TRAILING_ATTRIBUTION_WORDS = 8  # words after the verb of ", says CEO Ann Lee to the paper." at most
TRAILING_ATTRIBUTION_REACH = 160  # characters from its comma to the paragraph's end at most
_SPACES_RE = re.compile(r"[ \t]+")
_SENTENCE_THEN_DASH_RE = re.compile(r"[.!?…][”\"’']?[ \t]+[–—―][ \t]+(?=[^\W\d_])")


def dialogue_spans(text: str, paragraphs: list[Span], verb_re: re.Pattern[str]) -> list[QuotedSpan]:
    """The quotes of paragraphs opening with a dialogue dash, in text order."""
    found: list[QuotedSpan] = []
    spaced = [_opens_spaced(text, paragraph) for paragraph in paragraphs]
    # a run of paragraphs opening "– " is a list where one of them has no attribution, or after a colon
    listed = [False] * len(paragraphs)
    index = 0
    while index < len(paragraphs):
        if not spaced[index]:
            index += 1
            continue
        end = index
        while end < len(paragraphs) and spaced[end]:
            end += 1
        items = [_spaced(text, paragraphs[i], verb_re) for i in range(index, end)]
        after_colon = index > 0 and text[paragraphs[index - 1].start : paragraphs[index - 1].end].rstrip().endswith(":")
        if after_colon or (end - index >= 2 and not all(items)):
            for i in range(index, end):
                listed[i] = True
        index = end
    for number, paragraph in enumerate(paragraphs):
        start = paragraph.start
        if spaced[number]:
            if not listed[number]:
                found.extend(_spaced(text, paragraph, verb_re))
            continue
        inside = _SENTENCE_THEN_DASH_RE.search(text, start, paragraph.end)
        if inside is not None:  # "… on Monday. – The price is fair, says Lee."
            said = _said_after(text, inside.end(), paragraph.end, verb_re)
            if said is not None:
                found.append(QuotedSpan(said, False, False))
                continue
        if start + 1 >= paragraph.end or text[start] not in DASHES or text[start + 1].isspace():
            continue
        close = next((i for i in range(start + 1, paragraph.end) if text[i] in DASHES and text[i - 1] == " "), -1)
        if close < 0 or not verb_re.search(text, close + 1, min(paragraph.end, close + 1 + ATTRIBUTION_REACH)):
            continue
        found.append(QuotedSpan(trimmed(text, start + 1, close), False, True))
        reopen = next((i for i in range(close + 1, paragraph.end) if text[i] in DASHES), -1)
        if reopen < 0:
            continue
        after = _AFTER_INCISE_RE.match(text, reopen + 1, paragraph.end)
        words = trimmed(text, after.end() if after else reopen + 1, paragraph.end)
        if re.search(r"\w", words.of(text)):
            found.append(QuotedSpan(words, False, False))
    return found


def _opens_spaced(text: str, paragraph: Span) -> bool:
    start = paragraph.start
    return start + 1 < paragraph.end and text[start] in SPACED_DASHES and text[start + 1] in " \t"


def _attribution(lead: list[str], verb_re: re.Pattern[str]) -> bool:
    """The words after a closing spaced dash open its attribution: the verb first, or after a pronoun
    or a name (capitalised words), and no passive ("said to be", "confirmed by")."""
    verb = next((i for i, word in enumerate(lead[:ATTRIBUTION_LEAD_WORDS]) if verb_re.fullmatch(word)), -1)
    if verb < 0 or (verb + 1 < len(lead) and lead[verb + 1] in _PASSIVE_AFTER):
        return False
    before = lead[:verb]
    return (
        not before
        or (len(before) == 1 and before[0] in _PRONOUNS)
        or (all(word[:1].isupper() for word in before) and before[0] not in _NOT_A_NAME_OPENING)
    )


_NOT_A_NAME_OPENING = frozenset({"The", "A", "An"})  # "– The company said": no name
_ATTRIBUTION_TAIL_OPENINGS = frozenset(vocab_words("quotes", "attribution_tail_openings"))
SPEAKER_FIRST_QUOTE_WORDS = 2  # words of "– <quote>, Lee says." at least ("– However, he said.": no quote)


def _spaced_dash_at(text: str, start: int, end: int) -> int:
    """The first dash set off by spaces (" – ") in text[start:end], or -1."""
    return next(
        (i for i in range(start, end - 1) if text[i] in SPACED_DASHES and text[i - 1] in " \t" and text[i + 1] in " \t"), -1
    )


def _spaced(text: str, paragraph: Span, verb_re: re.Pattern[str]) -> list[QuotedSpan]:
    """A paragraph opening "– ": the words up to a spaced dash whose attribution follows it at once
    ("– … – added the harbour master."), and those after a spaced dash reopening speech after it."""
    close = _spaced_dash_at(text, paragraph.start + 2, paragraph.end)
    if close < 0:
        said = _said_after(text, paragraph.start + 2, paragraph.end, verb_re)
        return [QuotedSpan(said, False, True)] if said is not None else []
    lead = [m.group() for m in itertools.islice(_WORD_RE.finditer(text, close + 1, paragraph.end), ATTRIBUTION_LEAD_WORDS + 1)]
    if not _attribution(lead, verb_re):
        return []
    words = trimmed(text, paragraph.start + 2, close)
    if not re.search(r"\w", words.of(text)):
        return []
    found = [QuotedSpan(words, False, True)]
    reopen = _spaced_dash_at(text, close + 2, paragraph.end)
    if reopen >= 0:
        rest = trimmed(text, reopen + 2, paragraph.end)
        if re.search(r"\w", rest.of(text)):
            found.append(QuotedSpan(rest, False, False))
    return found


SPEAKER_FIRST_WORDS = 3  # name words before the verb of ", Ann Lee Smith says." at most
SPEAKER_FIRST_TAIL_WORDS = 3  # words after that verb (", Lee says to the paper.") at most


def _speaker_then_verb(text: str, at: int, end: int, verb_re: re.Pattern[str]) -> bool:
    """text[at:end] is an attribution ending its paragraph with the speaker before the verb: a name
    (capitalised words, not "The …") or a personal pronoun, then a speech verb, then at most
    `SPEAKER_FIRST_TAIL_WORDS` words ("Lee says.", "she said.", "Ann Lee says to the paper."); "the
    company says" is a note beside a list's item, not a speaker."""
    lead = [
        m.group() for m in itertools.islice(_WORD_RE.finditer(text, at, end), SPEAKER_FIRST_WORDS + SPEAKER_FIRST_TAIL_WORDS + 2)
    ]
    verb = next((i for i, word in enumerate(lead[: SPEAKER_FIRST_WORDS + 1]) if verb_re.fullmatch(word)), -1)
    if verb < 1 or len(lead) - verb - 1 > SPEAKER_FIRST_TAIL_WORDS:
        return False
    if verb + 1 < len(lead) and lead[verb + 1] in _PASSIVE_AFTER:
        return False
    if verb + 1 < len(lead) and not (lead[verb + 1][:1].isupper() or lead[verb + 1] in _ATTRIBUTION_TAIL_OPENINGS):
        return False  # "– On Tuesday, Apple announced new phones.": the verb's own object, no attribution
    before = lead[:verb]
    if len(before) == 1 and before[0] in _PRONOUNS:
        return True
    return all(word[:1].isupper() for word in before) and before[0] not in _NOT_A_NAME_OPENING


# ", said Ann Lee, chairman of the board of Acme." ending the paragraph: a name (capitalised words), a comma, a
# role in apposition, no clause of its own ("…, said Lee, and the market fell.")
_CLAUSE_OPENINGS = alternation(vocab_words("quotes", "clause_openings_after_a_name"))
_NAME_THEN_ROLE_RE = re.compile(
    rf"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}[A-Z][\w'’-]*,[ \t]+(?!{_CLAUSE_OPENINGS}\b)[^\W\d_][^\n.!?]*[.!?]?[ \t]*"
)
APPOSITION_REACH = 120  # characters of ", said Name, role." after the verb at most


def _name_then_role(text: str, at: int, end: int) -> bool:
    """text[at:end] is a speaker's name, then a role in apposition, ending the paragraph."""
    stop = len(text[:end].rstrip())
    return stop - at <= APPOSITION_REACH and _NAME_THEN_ROLE_RE.fullmatch(text, at, stop) is not None


def _said_after(text: str, start: int, end: int, verb_re: re.Pattern[str]) -> Span | None:
    """The words from `start` up to the last comma of text[start:end] that a speech verb follows and
    whose attribution ends the paragraph, at most `TRAILING_ATTRIBUTION_WORDS` words and a stop
    ("…, says analyst.", "…, says CEO Ann Lee to the paper."); None where there is none."""
    closing = text[start:end].rstrip()
    if not closing.endswith((".", "!", "?")):
        return None
    comma = text.rfind(",", start, end)
    while comma > start:
        verb = _SPACES_RE.match(text, comma + 1)
        at = verb.end() if verb else comma + 1
        said = verb_re.match(text, at)
        if said is not None and said.start() == at:
            rest = [m.group() for m in itertools.islice(_WORD_RE.finditer(text, said.end(), end), TRAILING_ATTRIBUTION_WORDS + 1)]
            if not rest or rest[0] in _PASSIVE_AFTER:
                return None
            if len(rest) > TRAILING_ATTRIBUTION_WORDS and not _name_then_role(text, said.end(), end):
                return None
            words = trimmed(text, start, comma)
            return words if re.search(r"\w", words.of(text)) else None
        if _speaker_then_verb(text, at, end, verb_re):  # "…, Ann Lee says." / "…, she says."
            words = trimmed(text, start, comma)
            quoted = _WORD_RE.findall(words.of(text))
            return words if len(quoted) >= SPEAKER_FIRST_QUOTE_WORDS else None
        if end - comma > TRAILING_ATTRIBUTION_REACH:  # looked for only near the end: linear
            return None
        comma = text.rfind(",", start, comma)
    return None
