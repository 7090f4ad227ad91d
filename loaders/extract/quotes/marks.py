"""Quote marks: where quoted words begin and end.

Marks pair by position, whatever their shape: a mark opens where it stands
before a word (after a space, a bracket, a dash, a colon, or straight after
the full stop of the writer's sentence: `said."Next`), and closes where it
stands after one (guillemets, printed « spaced » in some house styles, by
their shape alone). Only the family counts: double marks (“ ” " „ « ») close
double marks, single marks (‘ ’ ' ‹ ›) close single ones, so a straight
opening mark closed by a curly one ends there, and a single-quoted phrase
inside a double-quoted quote stays inside it, as does a quote in guillemets
opened inside one of other marks („… »…« …”, as Polish and Czech pages nest
them); a reversed guillemet before a word opens (»…«, German usage). A single
mark inside or at the end of a word is an apostrophe ("lender's", "companies'"),
never a closing mark.

A quote may run over paragraphs: by convention a paragraph left open is
continued by one that opens with a quote mark. Each paragraph of it is a quote
of its own (the words as printed between marks and paragraph ends). A quote
left open otherwise is kept only when it opens its paragraph (the page cut it
off); an unbalanced mark anywhere else is dropped, never allowed to swallow
the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.spans import Span, trimmed

# (m15) Corner brackets, as pages translated from Chinese and Japanese keep them: 「…」 the outer quote (a double
# mark's family), 『…』 the one nested in it (a single mark's); their shapes alone say which opens.
DOUBLE_MARKS = '“”"„«»「」'
SINGLE_MARKS = "‘’'‹›『』"
CLOSING_MARKS = "”\"“’'»›」』"  # the shapes a quote may close with ("“" in German usage: „…“)
OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'", "„": "“", "«": "»", "‹": "›", "「": "」", "『": "』"}
_CORNER_OPENERS, _CORNER_CLOSERS = "「『", "」』"
_MARK_RE = re.compile(f"[{DOUBLE_MARKS}{SINGLE_MARKS}]")
_OPEN_AFTER = "([{—–-:/"  # a mark after these stands before a quote
_STOPS = ".,!?;…"
# Guillemets are printed with a space inside them in French and Swiss usage (« Oui »): their shape,
# not their neighbours, says whether they open or close.
_SPACED, _SPACED_CLOSERS = "«", "»"


@dataclass(frozen=True)
class QuotedSpan:
    """Words between quote marks (or a mark and its paragraph's end)."""

    span: Span
    continued: bool = False  # the quote began in an earlier paragraph
    opens_paragraph: bool = False  # its mark is the first thing in the paragraph


def _family(mark: str) -> str:
    return "double" if mark in DOUBLE_MARKS else "single"


def _neighbours(text: str, index: int, paragraph: Span) -> tuple[str, str]:
    before = text[index - 1] if index > paragraph.start else " "
    after = text[index + 1] if index + 1 < paragraph.end else " "
    return before, after


def _opens(text: str, index: int, paragraph: Span) -> bool:
    mark = text[index]
    before, after = _neighbours(text, index, paragraph)
    if mark == "»" and after.isalnum() and (before.isspace() or before in _OPEN_AFTER):
        return True  # »Wir bleiben«: German, Polish and Czech (and Swedish, »…») usage opens with it
    if mark in _CORNER_OPENERS or mark in _CORNER_CLOSERS:
        return mark in _CORNER_OPENERS
    if mark in "”»›’" or (after.isspace() and mark not in _SPACED):
        return False  # closing shapes and a mark before a space never open (but a spaced guillemet: « Oui »)
    if mark in "“„«":
        return True
    if mark == "‘":
        return not before.isalnum()
    if before.isspace() or before in _OPEN_AFTER:
        return True
    # `said in a statement."Next`: a double mark straight after the writer's full stop
    return mark == '"' and before in _STOPS and after.isalnum()


def _pairs(opener: str, mark: str) -> bool:
    """Whether a closing mark may close a quote its opener opened: a corner bracket closes only its own opener's
    quote ("「…」", "『…』"), and another mark none a corner bracket opened ("「… “Cold Gulf” …」", "“… 「Cold Gulf」 …”")."""
    if opener in _CORNER_OPENERS:
        return mark == OPENERS[opener]
    return mark not in _CORNER_CLOSERS


def _closes(text: str, index: int, paragraph: Span, family: str) -> bool:
    mark = text[index]
    if _family(mark) != family:
        return False
    if mark in _CORNER_OPENERS or mark in _CORNER_CLOSERS:
        return mark in _CORNER_CLOSERS
    before, after = _neighbours(text, index, paragraph)
    if before.isspace() and mark not in _SPACED_CLOSERS:
        return False
    if family == "single":  # not an apostrophe inside a word ("lender's")
        return not after.isalnum() and mark not in "‘‹"
    if mark in "“„«":  # an opening shape used as a closer: only where it ends a word
        return not after.isalnum()
    return True


_GUILLEMETS = "«»"
# A guillemet opening a quote inside one opened by other marks, and the shapes that close it: »…« (German,
# Polish and Czech usage), »…» (Swedish, Finnish), «…» (French).
_NESTED_CLOSERS = {"»": "«»", "«": "»"}


def _nested_guillemet(text: str, index: int, paragraph: Span) -> bool:
    """A guillemet standing before a word after a space, a colon or a dash, inside a quote opened by other
    marks: it opens a quote nested in that one (never closes it: a closing guillemet stands after a word)."""
    before, after = _neighbours(text, index, paragraph)
    return text[index] in _GUILLEMETS and after.isalnum() and (before.isspace() or before in _OPEN_AFTER)


def _plural_possessive(text: str, index: int, paragraph: Span) -> bool:
    """A single mark after an "s" and before a lower-case word: "the shops' sales"."""
    if index == paragraph.start or text[index - 1] != "s":
        return False
    after = index + 1
    while after < paragraph.end and text[after] == " ":
        after += 1
    return after > index + 1 and after < paragraph.end and text[after].islower()


def _later_single_closers(text: str, marks: list[int], paragraph: Span) -> list[bool]:
    """For each mark, whether a single mark that could close a quote comes after it in the paragraph."""
    out = [False] * len(marks)
    seen = False
    for number in range(len(marks) - 1, -1, -1):
        out[number] = seen
        seen = seen or _closes(text, marks[number], paragraph, "single")
    return out


def _next_closers(text: str, marks: list[int], paragraph: Span) -> list[tuple[int, int, int]]:
    """For each mark, the numbers of the next marks after it that can close a quote of double marks: a "«", a
    "»" (not one before a word, which opens: "Home »Energy »Wind"), and a mark of another shape (len(marks)
    where none comes). One backward pass."""
    out = [(len(marks),) * 3] * len(marks)
    low, high, other = len(marks), len(marks), len(marks)
    for number in range(len(marks) - 1, -1, -1):
        out[number] = (low, high, other)
        index = marks[number]
        if _closes(text, index, paragraph, "double") and not _nested_guillemet(text, index, paragraph):
            if text[index] == "«":
                low = number
            elif text[index] == "»":
                high = number
            else:
                other = number
    return out


def _guillemet_closed(closers: tuple[int, int, int], shapes: str) -> int:
    """The number of the first of the next closing guillemets of these shapes (`_next_closers`)."""
    low, high, _ = closers
    return min(low if "«" in shapes else high, high if "»" in shapes else low)


def _paragraph_spans(text: str, paragraph: Span, carried: bool) -> tuple[list[QuotedSpan], QuotedSpan | None, bool]:
    """One paragraph's closed quotes, the quote left open at its end (double
    marks only), and whether the paragraph continues a quote left open before it."""
    found: list[QuotedSpan] = []
    start: int | None = None
    family, continued, at_start = "double", False, False
    marks = [m.start() for m in _MARK_RE.finditer(text, paragraph.start, paragraph.end)]
    continues = (
        carried
        and bool(marks)
        and marks[0] == paragraph.start
        and _opens(text, paragraph.start, paragraph)
        and _family(text[paragraph.start]) == "double"
    )
    if continues:
        start, continued, at_start = paragraph.start + 1, True, True
        marks = marks[1:]
    later_single_closer = _later_single_closers(text, marks, paragraph)
    next_closers = _next_closers(text, marks, paragraph)
    opener = text[paragraph.start] if continues else ""
    nested: str | None = None  # the closing shapes of a guillemet quote nested in a quote of other marks
    for number, index in enumerate(marks):
        if start is None:
            if text[index] == "»" and _guillemet_closed(next_closers[number], "«»") == len(marks):
                continue  # "Markets » Business »Read more": a menu's arrow, no guillemet closing it after
            if _opens(text, index, paragraph) and (_family(text[index]) == "double" or later_single_closer[number]):
                # (a single mark no mark after it in the paragraph can close is an elision's apostrophe, "'Me
                # Letsie", "'em": it opens nothing, and the double marks after it still quote)
                start, family, continued = index + 1, _family(text[index]), False
                opener, at_start = text[index], index == paragraph.start
        elif nested is not None:
            if text[index] in nested and _closes(text, index, paragraph, "double"):
                nested = None
        elif family == "double" and opener not in _GUILLEMETS and _nested_guillemet(text, index, paragraph):
            # „… »Keep the receipts«, I tell them …”: a quote inside the quote, where its guillemet closes
            # before the outer quote's closer; one never closed is a stray mark, the outer quote goes on
            if _guillemet_closed(next_closers[number], _NESTED_CLOSERS[text[index]]) < next_closers[number][2]:
                nested = _NESTED_CLOSERS[text[index]]
        elif _closes(text, index, paragraph, family) and _pairs(opener, text[index]):
            if family == "single" and _plural_possessive(text, index, paragraph) and later_single_closer[number]:
                continue  # "the shops' sales": an apostrophe, while a closing mark is still to come
            found.append(QuotedSpan(trimmed(text, start, index), continued, at_start))
            start = None
    tail = (
        QuotedSpan(trimmed(text, start, paragraph.end), continued, at_start) if start is not None and family == "double" else None
    )
    return found, tail, continues


# A closing curly mark standing where a quote opens: at a line's start or after a space, before a word.
_SAME_MARK_OPENER_RE = re.compile(r"(?:^|(?<=\s))”(?=\w)", re.MULTILINE)


def _same_mark_article(text: str) -> bool:
    """Whether the article opens and closes its quotes with the same curly mark (”…”, Swedish and Finnish
    usage): it prints ” as an opening mark (before a capital, after a space or at a line's start) and never
    prints “ or a straight double mark, so no ” of it closes a “ nor strays among straight quotes. Decided per article, not per mark."""
    if "“" in text or '"' in text:
        return False  # a stray ” in an article quoting “…” or "…" is a typo, no opening mark
    return any(text[m.end()].isupper() for m in _SAME_MARK_OPENER_RE.finditer(text))


def quoted_spans_found(text: str, paragraphs: list[Span]) -> list[QuotedSpan]:
    """Quoted words of every paragraph, in text order. In an article quoting ”…” (`_same_mark_article`), the
    mark pairs as a straight double mark does (it opens before a word, closes after one); the text's length
    and so every span is unchanged."""
    if _same_mark_article(text):
        text = text.replace("”", '"')
    out: list[QuotedSpan] = []
    open_tail: QuotedSpan | None = None
    for paragraph in paragraphs:
        found, tail, continues = _paragraph_spans(text, paragraph, open_tail is not None)
        if open_tail is not None and (continues or open_tail.continued or open_tail.opens_paragraph):
            out.append(open_tail)
        out.extend(found)
        open_tail = tail
    if open_tail is not None and (open_tail.continued or open_tail.opens_paragraph):
        out.append(open_tail)
    return [q for q in out if q.span.end > q.span.start and re.search(r"\w", q.span.of(text))]


def quoted_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    """Spans of quoted words (inside the marks), one per paragraph of a quote."""
    return [quote.span for quote in quoted_spans_found(text, paragraphs)]
