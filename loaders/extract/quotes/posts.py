"""A post or a statement quoted as a block: its words printed as a paragraph of their own, with no
quote marks, either signed on the line after it (or at its end) by the account that posted it, as
pages print an embedded post:

    Ten years of my life went into this shop. Thank you all.
    — Ann Lee (@annlee) March 16, 2026

or introduced by the paragraph before, which ends in a speech verb's clause and a colon (the page
lost the block quote's marks):

    In a post on Tuesday, Ann Lee wrote:
    In the lab everything worked. Under real traffic it did not.

The paragraph is a direct quote of the person the signature or the clause names, or of no person
(a body's account, "the company said:"), the words kept as its source. A paragraph whose words are
already in quote marks is left to the marks."""

from __future__ import annotations

import itertools
import re

from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.marks import DOUBLE_MARKS
from loaders.extract.quotes.speakers import Speakers, resolve_speaker
from loaders.spans import Span, trimmed
from loaders.vocab import alternation, words

SIGNATURE_REACH = 120  # characters at a paragraph's end a signature printed inside it may take
_SIGNATURE_RE = re.compile(r"[—–―]+[ \t]*(?P<name>[^\s()@—–―][^()@\n—–―]{0,60}?)[ \t]*\((?P<handle>@[\w.-]{1,60})\)")
# A signature ending its paragraph: nothing after the handle but a date.
_SIGNED_END_RE = re.compile(_SIGNATURE_RE.pattern + r"[^\n—–―()@]{0,40}$")
_BLANK_RE = re.compile(r"\s*")
RESOLUTION = "a post quoted as a block, signed by its account: {how}"
BLOCK_RESOLUTION = "a block after the paragraph introducing it: {how}"
INTRO_REACH = 160  # characters of the introducing paragraph's end read for its clause
MIN_BLOCK_WORDS = 6  # a block quote is a sentence or more, not a label
MIN_INTRO_WORDS = 4  # an introducing paragraph of these few words alone ("Ann Lee says:") is a header
_CLAUSE_STOP_RE = re.compile(r"[.!?;](?:\s|$)")
_PROSE_END_RE = re.compile(r"[.!?…][”\"’']?\s*$")
# Between the speaker's verb and the colon, nothing or a short adjunct ("said in a statement:", "wrote
# on X:", "told reporters:"): an object or a clause there ("said the plan had three parts:") makes the
# next paragraph the writer's.
_ADJUNCT_RE = re.compile(
    rf"\s*(?:(?:{alternation(words('quotes', 'block_adjunct_openers'))})\b(?![^:;]*\bthat\b)[^:;]{{0,60}})?\s*",
    re.IGNORECASE,
)
_LIST_LINE_RE = re.compile(r"\s*(?:[-•*–]|\d+[.)])\s")


def find_posts(text: str, paragraphs: list[Span], speakers: Speakers, quoted: list[Span]) -> list[QuoteFound]:
    """Each paragraph signed as a post: a direct quote of its signer."""
    found: list[QuoteFound] = []
    quoted_sorted = sorted(quoted)
    cursor = 0
    for paragraph in paragraphs:
        offset = max(paragraph.start, paragraph.end - SIGNATURE_REACH)
        inside = _SIGNED_END_RE.search(text[offset : paragraph.end])
        if inside and offset + inside.start() > paragraph.start:
            words = trimmed(text, paragraph.start, offset + inside.start())
            name = Span(offset + inside.start("name"), offset + inside.end("name"))
        else:
            blank = _BLANK_RE.match(text, paragraph.end)
            after = blank.end() if blank else paragraph.end
            signature = _SIGNATURE_RE.match(text, after)
            if not signature or "\n" not in text[paragraph.end : after]:
                continue
            words = paragraph
            name = Span(signature.start("name"), signature.end("name"))
        if not re.search(r"\w", words.of(text)):
            continue
        while cursor < len(quoted_sorted) and quoted_sorted[cursor].end <= words.start:
            cursor += 1
        if cursor < len(quoted_sorted) and quoted_sorted[cursor].overlaps(words):
            continue  # the post's words are in marks: the marks' quote
        person = speakers.person_in(name, True)
        if person:
            found.append(
                QuoteFound("direct", words, None, person[0], name.of(text), RESOLUTION.format(how=person[2]), None, person[1])
            )
        else:
            found.append(
                QuoteFound("direct", words, None, None, name.of(text), RESOLUTION.format(how="no person named"), name.of(text))
            )
    return found


def find_blocks(
    text: str, paragraphs: list[Span], speakers: Speakers, quoted: list[Span], verb_re: re.Pattern[str]
) -> list[QuoteFound]:
    """Each paragraph of prose with no quote marks after a paragraph ending "<who> <speech verb>:":
    a direct quote of whoever the clause names."""
    found: list[QuoteFound] = []
    quoted_sorted = sorted(quoted)
    cursor = 0
    for previous, paragraph in itertools.pairwise(paragraphs):
        intro = text[previous.start : previous.end].rstrip()
        words = paragraph.of(text)
        if (
            not intro.endswith(":")
            or any(mark in words for mark in DOUBLE_MARKS)
            or len(words.split()) < MIN_BLOCK_WORDS
            or not _PROSE_END_RE.search(words)
            or _LIST_LINE_RE.match(words)
        ):
            continue
        while cursor < len(quoted_sorted) and quoted_sorted[cursor].end <= paragraph.start:
            cursor += 1
        if cursor < len(quoted_sorted) and quoted_sorted[cursor].overlaps(paragraph):
            continue
        colon = previous.start + len(intro) - 1
        reach = max(previous.start, colon - INTRO_REACH)
        stops = list(_CLAUSE_STOP_RE.finditer(text, reach, colon))
        clause = Span(stops[-1].end() if stops else reach, colon)
        verbs = list(verb_re.finditer(text, clause.start, clause.end))
        if not verbs:
            continue
        if clause.start == previous.start and len(intro.split()) <= MIN_INTRO_WORDS:
            continue  # "Ann Lee says:" alone: a comment section's header, not a writer introducing a quote
        verb = verbs[-1]
        if text[clause.start : verb.start()].strip() and not _ADJUNCT_RE.fullmatch(text, verb.end(), clause.end):
            continue  # "Ann Lee said the plan had three parts:": what follows is the writer's account of it
        who = Span(clause.start, verb.start()) if text[clause.start : verb.start()].strip() else Span(verb.end(), clause.end)
        attribution = resolve_speaker(speakers, who, paragraph.start, first=not text[clause.start : verb.start()].strip())
        how = BLOCK_RESOLUTION.format(how=attribution.how)
        source = attribution.source if attribution.speaker is None else None
        found.append(
            QuoteFound(
                "direct",
                paragraph,
                verb.group(0),
                attribution.speaker,
                attribution.as_written,
                how,
                source,
                attribution.speaker_span,
            )
        )
    return found
