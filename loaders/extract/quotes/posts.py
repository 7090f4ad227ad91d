"""A post quoted as a block: its words printed as a paragraph of their own, with no quote marks,
signed on the line after it (or at its end) by the account that posted it, as pages print an
embedded post:

    Seven years of my life went into this game. Please hire my team.
    — Ann Lee (@annlee) March 16, 2026

The paragraph is a direct quote of the person the signature names, or of no person (a body's
account), the name kept as its source. A paragraph whose words are already in quote marks is
left to the marks."""

from __future__ import annotations

import re

from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.speakers import Speakers
from loaders.spans import Span, trimmed

SIGNATURE_REACH = 120  # characters at a paragraph's end a signature printed inside it may take
_SIGNATURE_RE = re.compile(r"[—–―]+[ \t]*(?P<name>[^\s()@—–―][^()@\n—–―]{0,60}?)[ \t]*\((?P<handle>@[\w.-]{1,60})\)")
# A signature ending its paragraph: nothing after the handle but a date.
_SIGNED_END_RE = re.compile(_SIGNATURE_RE.pattern + r"[^\n—–―()@]{0,40}$")
_BLANK_RE = re.compile(r"\s*")
RESOLUTION = "a post quoted as a block, signed by its account: {how}"


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
            after = _BLANK_RE.match(text, paragraph.end).end()
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
