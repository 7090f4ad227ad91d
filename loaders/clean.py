"""Stage 2, clean: tell an article's prose from its furniture.

Scraped articles carry a headline, a dateline, a byline, subheadings, image
slugs glued to paragraphs and disclosure footers. These general rules find
them by their shape; `body` is what is left. Everything removed is kept as a
span with the rule that removed it, and title, published, byline and outlet
come from it only where the text gives them: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.dates import DATE, DATE_RE, MONTH, iso_date
from loaders.spans import Span, trimmed
from loaders.vocab import VocabularyError, load, required_characters, words

WORD_RE = re.compile(r"\w+(?:['’]\w+)*")

# A paragraph ends in one of these when it is prose (or a quote's lead-in).
_PROSE_END = tuple(".!?:;,\"”’')…")
_CLOSING_MARKS = "»“›"  # a quote closing after the stop ("… said: «We will talk.»", German „…“)

# "Nov 25, 2016 18:04 GMT · By Jane Doe", "Published 14 February 2025" on a line of their own.
_NAME = rf"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|{'|'.join(words('names', 'particles'))}))*"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,5}|UTC[+-]\d{1,2}))?"
_DATE_LINE_RE = re.compile(
    rf"^(?:(?:Published|Updated|Posted)(?:\s+on)?:?\s+)?(?:\w+day,?\s+)?(?P<date>{DATE})(?:,?\s+(?:at\s+)?{_TIME})?"
    rf"(?:\s*[·|•,-]\s*(?:By|by)\b\s*(?P<byline>{_NAME}(?:\s*(?:,|and)\s*{_NAME})*)?)?\s*$"
)
# A writer's title after the names: after a comma, on the next line or after an agency's name
# ("AP Business Writer"), ending in a newsroom title word.
_BYLINE_TITLE_RE = re.compile(
    rf"(?:,\s*|\s*\n\s*|\s+(?=(?:{'|'.join(map(re.escape, words('furniture', 'agencies')))})\s))"
    rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{'|'.join(words('furniture', 'writer_titles'))})s?\s*$"
)
_BYLINE_RE = re.compile(rf"^(?:By|by|BY)\s+(?P<byline>{_NAME}(?:\s*(?:,|and)\s*{_NAME})*)\s*$")
# "FRANKFURT, 14 February 2025 — ", "TOKYO, March 3, 2026 (Dispatch) - ", "BEIJING (Reuters) - ",
# "SÃO PAULO, Nov 25 (APN) - " (capitals with accents too)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_DATELINE_PREFIX_RE = re.compile(
    rf"^(?P<place>[{_CAPITAL}][{_CAPITAL}.'’-]+(?:\s+[{_CAPITAL}][{_CAPITAL}.'’-]+)*)"
    rf"(?:,\s+(?P<date>{DATE}|{MONTH}\s+\d{{1,2}}(?!\d)))?"  # a wire's "Nov 25", the year unsaid
    rf"(?:\s*\((?P<outlet>[A-Z][\w&.'’ -]{{1,40}})\))?"
    rf"\s*(?:[-—–]+|:)\s+"
)
# An image file's slug glued to the paragraph's first word: "xiaomi-mascotAdmits ..."
_IMAGE_SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+(?=[A-Z“\"])")

# Footers and captions: disclosure, subscription plugs, credits.
_BOILERPLATE_RE = re.compile(
    r"affiliate|may (?:receive|earn) (?:a )?(?:compensation|commission)|amazon associate"
    r"|read our (?:privacy |affiliate |disclosure )?policy|subscribe to|sign up (?:for|to)|newsletter"
    r"|all rights reserved|^copyright\b|©|^(?:photo|image|picture|credit|source)s?\s*(?:credit)?\s*:"
    r"|follow us on|this (?:article|story) (?:first |originally )?appeared",
    re.IGNORECASE,
)
_CAPTION_RE = re.compile(r"^(?:photo|image|picture)s?\s*(?:credit)?\s*:", re.IGNORECASE)
# The publisher a disclosure footer names: "AndroidGuys may receive compensation".
_FOOTER_OUTLET_RE = re.compile(
    r"(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:may\s+)?(?:receives?|earns?)\s+"
    r"(?:a\s+)?(?:compensation|commissions?)"
    r"|(?:©|Copyright)\s*(?:\d{4}\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


_RELATED = "related link"
_LINK_TITLE_WORDS = 20  # a listed link's title is a headline, never longer


def _furniture_patterns() -> tuple[list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]]]:
    """Page furniture as data (loaders/vocab/furniture.yml): whole lines, prefixes and suffixes, each with its id."""
    data = load("furniture")
    agencies = "|".join(re.escape(agency) for agency in words("furniture", "agencies"))
    sections = "|".join(re.escape(section) for section in sorted(words("furniture", "sections"), key=len, reverse=True))
    compiled = []
    for key, pattern_key in (("lines", "line"), ("prefixes", "prefix"), ("suffixes", "suffix")):
        entries = data.get(key)
        if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("id"), str) and isinstance(e.get(pattern_key), str) for e in entries
        ):
            raise VocabularyError(
                f"loaders/vocab/furniture.yml: key '{key}' must be a list of entries with 'id' and '{pattern_key}'"
            )
        try:
            compiled.append(
                [
                    (
                        e["id"],
                        re.compile(e[pattern_key].replace("{agencies}", agencies).replace("{sections}", sections), re.IGNORECASE),
                    )
                    for e in entries
                ]
            )
        except re.error as error:
            raise VocabularyError(f"loaders/vocab/furniture.yml: key '{key}': bad pattern: {error}") from error
    return compiled[0], compiled[1], compiled[2]


_FURNITURE_LINES, _FURNITURE_PREFIXES, _FURNITURE_SUFFIXES = _furniture_patterns()
# Each line pattern with the characters a line it matches must hold (None: no such set), so that
# a line without them is not tried: a pattern that slides over the whole line costs much more.
_LINE_TESTS = [(rule, pattern, required_characters(pattern.pattern, pattern.flags)) for rule, pattern in _FURNITURE_LINES]


def _navigation() -> tuple[str, re.Pattern, int]:
    entry = load("furniture").get("navigation")
    if (
        not isinstance(entry, dict)
        or not isinstance(entry.get("id"), str)
        or not isinstance(entry.get("join"), str)
        or not isinstance(entry.get("min_joins"), int)
    ):
        raise VocabularyError("loaders/vocab/furniture.yml: key 'navigation' needs 'id', 'join' and an integer 'min_joins'")
    return entry["id"], re.compile(entry["join"]), entry["min_joins"]


_NAVIGATION_RULE, _NAVIGATION_JOIN, _NAVIGATION_MIN_JOINS = _navigation()
_FURNITURE_MAX = 300  # characters: furniture is short; longer blocks are never matched whole
_PLUGS = {"newsletter plug", "account furniture"}


def furniture_rule(block: str) -> str | None:
    """The id of the furniture rule a whole line or block matches, or None."""
    if len(block) > _FURNITURE_MAX:
        return None
    if not re.search(r"[.!?]", block) and len(_NAVIGATION_JOIN.findall(block)) >= _NAVIGATION_MIN_JOINS:
        return _NAVIGATION_RULE
    return next(
        (
            rule
            for rule, pattern, required in _LINE_TESTS
            if (required is None or any(char in block for char in required)) and pattern.fullmatch(block)
        ),
        None,
    )


@dataclass(frozen=True)
class RemovedPart:
    kind: str  # title, dateline, byline, subheading, boilerplate, image_slug
    rule: str
    span: Span


@dataclass(frozen=True)
class Found:
    """A value read from the article's furniture, with where it stands."""

    value: str
    span: Span
    rule: str


@dataclass
class ArticleLayout:
    paragraphs: list[Span] = field(default_factory=list)
    removed: list[RemovedPart] = field(default_factory=list)
    title: Found | None = None
    published: Found | None = None  # value is the ISO date
    byline: Found | None = None
    dateline: Found | None = None
    dateline_place: Found | None = None
    outlet: Found | None = None

    def body(self, text: str) -> str:
        return "\n\n".join(span.of(text) for span in self.paragraphs)


def blocks(text: str) -> list[Span]:
    """Paragraph-sized blocks. With blank lines in the text, blocks are what
    they separate (single newlines inside are soft wraps, unless most lines of
    the block end a sentence: then each line is a paragraph); without, lines."""
    separator = re.compile(r"\n[ \t\u00a0]*\n\s*" if re.search(r"\n[ \t\u00a0]*\n", text) else r"\n")
    found, start = [], 0
    for match in separator.finditer(text):
        found.extend(_hard_lines(text, trimmed(text, start, match.start())))
        start = match.end()
    found.extend(_hard_lines(text, trimmed(text, start, len(text))))
    return [span for span in found if span.end > span.start]


def _hard_lines(text: str, block: Span) -> list[Span]:
    """A block whose lines mostly end a sentence is several paragraphs, one a line."""
    lines = []
    start = block.start
    for match in re.finditer(r"\n", text[block.start : block.end]):
        lines.append(trimmed(text, start, block.start + match.start()))
        start = block.start + match.end()
    if not lines:
        return [block]
    lines.append(trimmed(text, start, block.end))
    ended = sum(1 for line in lines[:-1] if line.of(text).endswith(_PROSE_END))
    if ended * 2 >= len(lines) - 1 or any(furniture_rule(line.of(text)) for line in lines):
        return lines
    return [block]


def _word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


# A line pairing a short label with its figure ("Net sales: ¥486.2 billion"): a key figure, no subheading.
_LABEL_AND_FIGURE_RE = re.compile(r"[A-Z][^:\n]{0,40}:[ \t]+[^\s\d]{0,4}\d")
# ... and a strip of key terms whose fields a bar or a middle dot sets apart, the first a label and its figure with a
# percent sign after it ("Interest 7,25% per year | Term 60 months", "Yield 5.5% · Duration 36 months"): no
# subheading. A menu of words ("Home | News"), a series' numbers ("Season 2 | Episode 5") or a page's dateline and
# counts ("Updated 26.11.2026 at 17:05 | 12 comments", "Published on 3.4.2026 at 9:00 | By Ana Lee") has no such field.
_KEY_TERMS_RE = re.compile(r"[A-Z][a-z]+(?:[ \t][a-z]+){0,2}[ \t]+[^\s\d]{0,4}\d[\d.,]*[ \t]?%[^|·\n]*[ \t][|·][ \t]")


def _looks_like_heading(text: str, max_words: int) -> bool:
    return (
        bool(text)
        and (text[0].isupper() or text[0].isdigit())
        and not text.rstrip(_CLOSING_MARKS).endswith(_PROSE_END)
        and 2 <= _word_count(text) <= max_words
        and "\n" not in text
    )


def _trailing_boilerplate(text: str, spans: list[Span]) -> int:
    """How many blocks at the end are footer boilerplate."""
    count = 0
    for span in reversed(spans):
        if _BOILERPLATE_RE.search(span.of(text)):
            count += 1
        else:
            break
    return count


def layout(text: str) -> ArticleLayout:
    result = ArticleLayout()
    spans = blocks(text)
    footer_from = len(spans) - _trailing_boilerplate(text, spans)
    if footer_from == 0:  # an article that is all "boilerplate" is prose after all
        footer_from = len(spans)

    furniture = _furniture_of_blocks(text, spans)
    first = next((i for i, rule in enumerate(furniture) if rule is None), 0)  # the headline comes after any furniture
    for index, span in enumerate(spans):
        block = span.of(text)
        if index >= footer_from or _CAPTION_RE.match(block):
            result.removed.append(RemovedPart("boilerplate", "footer" if index >= footer_from else "caption", span))
            _read_footer_outlet(text, span, result)
            continue
        if not result.paragraphs and _read_furniture_line(text, span, result):
            continue
        if rule := furniture[index]:
            result.removed.append(RemovedPart("boilerplate", rule, span))
            continue
        span = _strip_furniture_ends(text, span, result)
        block = span.of(text)
        if index == first and len(spans) > 1 and _looks_like_heading(block, 20):
            result.title = Found(block, span, "headline")
            result.removed.append(RemovedPart("title", "first short line without closing punctuation", span))
            continue
        if (
            (result.paragraphs or result.title)
            and index + 1 < footer_from
            and _looks_like_heading(block, 15)
            and not _LABEL_AND_FIGURE_RE.match(block)
            and not _KEY_TERMS_RE.match(block)
        ):
            result.removed.append(RemovedPart("subheading", "short line without closing punctuation", span))
            continue
        span = _strip_dateline_prefix(text, span, result) if not result.paragraphs else span
        span = _strip_image_slug(text, span, result)
        if span.end > span.start:
            result.paragraphs.append(span)
    if result.published is None and result.paragraphs:
        _read_header_date(text, result)
    return result


# A page's header prints its date among other things: "Tue Jul 15 2025 - 18:05", "By X | July 15, 2025",
# "PUBLISHED SEPTEMBER 9, 2025", or "Pune, September 12, 2025 – " before a press release's first words.
_HEADER_DATE_RE = re.compile(DATE, re.IGNORECASE)
_HEADER_LEAD = 60  # characters of the first paragraph a dateline may take
_SENTENCE_END_RE = re.compile(r"\.[\"”’']?\s*$")  # a headline may ask or exclaim; prose ends with a full stop


def _read_header_date(text: str, result: ArticleLayout) -> None:
    """The publication date where no date line was read: the first calendar date printed before the
    prose (its first paragraph of a dozen words or more ending as a sentence does), or at the very start
    of that paragraph. Nothing is removed: the words stay where they are."""
    first = next(
        (p for p in result.paragraphs if len(p.of(text).split()) >= 12 and _SENTENCE_END_RE.search(p.of(text))),
        result.paragraphs[0],
    )
    for match in _HEADER_DATE_RE.finditer(text, 0, min(first.end, first.start + _HEADER_LEAD)):
        if published := iso_date(match):
            result.published = Found(published, Span(match.start(), match.end()), "date in the page header")
            return


def _furniture_of_blocks(text: str, spans: list[Span]) -> list[str | None]:
    """The furniture rule of each block, with what the page puts around its plugs
    and profile boxes: a short line between two plugs is part of the plug, a
    heading right before a profile box and a truncated line right after it are
    part of the box."""
    rules = [furniture_rule(span.of(text)) for span in spans]
    for index in range(1, len(spans) - 1):
        block = spans[index].of(text)
        if rules[index] is None and rules[index - 1] in _PLUGS and rules[index + 1] in _PLUGS and _word_count(block) <= 30:
            rules[index] = "newsletter plug"
    for index in range(len(spans) - 1):  # a caption printed twice, once with its credit glued on
        if (
            rules[index] is None
            and rules[index + 1] == "caption with credit"
            and spans[index + 1].of(text).startswith(spans[index].of(text))
        ):
            rules[index] = "caption with credit"
    listing = False  # under a "Read more:" heading: the link titles that follow it, one a line
    for index in range(1, len(spans)):
        block = spans[index].of(text)
        heading = rules[index - 1] == _RELATED and spans[index - 1].of(text).rstrip().endswith(":")
        listing = (heading or listing) and rules[index] is None and _link_title(block)
        if listing:
            rules[index] = _RELATED
    for index, span in enumerate(spans):
        block = span.of(text)
        if rules[index] is not None or block.endswith(_PROSE_END) or _word_count(block) > 40:
            continue
        if (index + 1 < len(spans) and rules[index + 1] == "profile field") or (
            index > 0 and rules[index - 1] == "profile field"
        ):
            rules[index] = "profile box"
    return rules


def _link_title(block: str) -> bool:
    """A related article's title as listed: one short line, no sentence end."""
    return "\n" not in block and not block.endswith(_PROSE_END) and _word_count(block) <= _LINK_TITLE_WORDS


def _strip_furniture_ends(text: str, span: Span, result: ArticleLayout) -> Span:
    """A credit glued before a headline or after a caption's last word."""
    block = span.of(text)
    if len(block) > _FURNITURE_MAX:
        return span
    for rule, pattern in _FURNITURE_PREFIXES:
        match = pattern.match(block)
        if match and match.end() < len(block):
            result.removed.append(RemovedPart("boilerplate", rule, Span(span.start, span.start + match.end())))
            span = trimmed(text, span.start + match.end(), span.end)
            block = span.of(text)
    for rule, pattern in _FURNITURE_SUFFIXES:
        match = pattern.search(block)
        if match and match.start() > 0:
            result.removed.append(RemovedPart("boilerplate", rule, Span(span.start + match.start(), span.end)))
            span = trimmed(text, span.start, span.start + match.start())
            block = span.of(text)
    return span


def _read_furniture_line(text: str, span: Span, result: ArticleLayout) -> bool:
    """A dateline or byline standing on a line of its own, before the prose."""
    block = span.of(text)
    match = _DATE_LINE_RE.match(block)
    if match and (published := iso_date(match)):
        date_span = Span(span.start + match.start("date"), span.start + match.end("date"))
        result.published = Found(published, date_span, "dateline line")
        result.dateline = Found(block, span, "dateline line")
        if match.group("byline"):
            byline_span = _names_only(text, Span(span.start + match.start("byline"), span.start + match.end("byline")))
            result.byline = Found(byline_span.of(text), byline_span, "dateline line")
        result.removed.append(RemovedPart("dateline", "date line", span))
        return True
    match = _BYLINE_RE.match(block)
    if match:
        byline_span = _names_only(text, Span(span.start + match.start("byline"), span.start + match.end("byline")))
        result.byline = Found(byline_span.of(text), byline_span, "byline line")
        result.removed.append(RemovedPart("byline", "line starting with By", span))
        return True
    return False


def _names_only(text: str, byline: Span) -> Span:
    """The byline's names without the writer's title after them ("Jo Hale, City Editor",
    "Jo Hale" and "Staff Reporter" on the next line): a title is no part of a person's name."""
    value = byline.of(text)
    title = _BYLINE_TITLE_RE.search(value)
    end = title.start() if title else value.find("\n") if "\n" in value else len(value)
    return Span(byline.start, byline.start + len(value[:end].rstrip(" ,")))


def _strip_dateline_prefix(text: str, span: Span, result: ArticleLayout) -> Span:
    match = _DATELINE_PREFIX_RE.match(span.of(text))
    if not match or not (match.group("date") or match.group("outlet")):
        return span
    prefix = trimmed(text, span.start, span.start + match.end())
    result.dateline = Found(prefix.of(text), prefix, "dateline prefix")
    result.removed.append(RemovedPart("dateline", "CITY, date (outlet) - prefix", prefix))
    place = Span(span.start + match.start("place"), span.start + match.end("place"))
    result.dateline_place = Found(place.of(text).title(), place, "dateline")
    if match.group("date"):
        date_match = DATE_RE.fullmatch(match.group("date"))
        if date_match and (published := iso_date(date_match)):
            date_span = Span(span.start + match.start("date"), span.start + match.end("date"))
            result.published = Found(published, date_span, "dateline prefix")
    if match.group("outlet"):
        outlet = Span(span.start + match.start("outlet"), span.start + match.end("outlet"))
        result.outlet = Found(outlet.of(text), outlet, "dateline")
    return trimmed(text, span.start + match.end(), span.end)


def _strip_image_slug(text: str, span: Span, result: ArticleLayout) -> Span:
    match = _IMAGE_SLUG_RE.match(span.of(text))
    if not match:
        return span
    result.removed.append(
        RemovedPart("image_slug", "hyphenated file slug glued to a word", Span(span.start, span.start + match.end()))
    )
    return Span(span.start + match.end(), span.end)


def _read_footer_outlet(text: str, span: Span, result: ArticleLayout) -> None:
    if result.outlet:
        return
    match = _FOOTER_OUTLET_RE.search(span.of(text))
    if match:
        group = "outlet" if match.group("outlet") else "owner"
        found = Span(span.start + match.start(group), span.start + match.end(group))
        result.outlet = Found(found.of(text), found, "footer")
