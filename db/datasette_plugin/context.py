"""Context for the reader: article text cut into pieces, each piece with the
items (quotes, claims, differing words) that cover it.

Pure functions of text and offsets. Templates render each piece escaped and
wrap covered pieces in <mark>; article text is never inserted as HTML.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

_WORD_RE = re.compile(r"\S+")
DIFF_WORD_LIMIT = 400  # word diffs are quadratic in the worst case: compare at most this many words


@dataclass(frozen=True)
class Marked:
    """An item to mark: [start, end) in the text, a kind (CSS class), a link and a title."""

    start: int
    end: int
    kind: str
    href: str | None = None
    title: str | None = None


@dataclass
class Piece:
    text: str
    marks: list[Marked] = field(default_factory=list)

    @property
    def kinds(self) -> str:
        return " ".join(sorted({mark.kind for mark in self.marks}))

    @property
    def link(self) -> Marked | None:
        """The innermost item with a link: the one a click should open."""
        linked = [mark for mark in self.marks if mark.href]
        return min(linked, key=lambda mark: (mark.end - mark.start, mark.start)) if linked else None


def pieces(text: str, marks: list[Marked], offset: int = 0) -> list[Piece]:
    """Cut text (which starts at `offset` in its article) at every mark's
    boundary; overlapping and nested marks are fine. Linear in the number of
    boundaries plus the marks covering each piece."""
    inside = [
        Marked(max(m.start, offset) - offset, min(m.end, offset + len(text)) - offset, m.kind, m.href, m.title)
        for m in marks
        if m.end > offset and m.start < offset + len(text) and m.end > m.start
    ]
    cuts = sorted({0, len(text), *(m.start for m in inside), *(m.end for m in inside)})
    starts = sorted(inside, key=lambda m: m.start)
    out: list[Piece] = []
    active: list[Marked] = []
    next_mark = 0
    for start, end in itertools.pairwise(cuts):
        active = [m for m in active if m.end > start]
        while next_mark < len(starts) and starts[next_mark].start <= start:
            if starts[next_mark].end > start:
                active.append(starts[next_mark])
            next_mark += 1
        out.append(Piece(text[start:end], list(active)))
    return out


def pieces_html(cut: list[Piece]) -> Markup:
    """The pieces as HTML, every text and attribute escaped: a covered piece
    wrapped in <mark class="its kinds">, inside a link to its innermost
    linked item. As _xiaomi_pieces.html wrote it, written here because an
    article has hundreds of pieces and Jinja took about 10 µs for each."""
    out: list[str] = []
    for piece in cut:
        text = escape(piece.text)
        if not piece.marks:
            out.append(text)
            continue
        link = piece.link
        marked = f'<mark class="{escape(piece.kinds)}">{text}</mark>'
        if link is None:
            out.append(marked)
        else:
            title = f' title="{escape(link.title)}"' if link.title else ""
            out.append(f'<a href="{escape(link.href)}" class="marked-link"{title}>{marked}</a>')
    return Markup("".join(out))


def enclosing(spans: list[tuple[int, int]], start: int, end: int, text_length: int, margin: int = 300) -> tuple[int, int]:
    """The stretch to show around [start, end): the spans (paragraphs) that
    overlap it, else a margin of characters either side."""
    overlapping = [(s, e) for s, e in spans if s < end and start < e]
    if overlapping:
        return min(s for s, _ in overlapping), max(e for _, e in overlapping)
    return max(0, start - margin), min(text_length, end + margin)


def words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)]


def _comparable(word: str) -> str:
    return word.casefold().strip(".,;:!?\"'“”‘’()[]")


def differing_words(reference: str, version: str) -> list[tuple[int, int]]:
    """Offsets in `version` of the words that the reference does not have in
    that place (added or changed words), compared word by word, ignoring case
    and surrounding punctuation."""
    mine = words(version)[:DIFF_WORD_LIMIT]
    theirs = [_comparable(w) for _, _, w in words(reference)[:DIFF_WORD_LIMIT]]
    matcher = difflib.SequenceMatcher(a=theirs, b=[_comparable(w) for _, _, w in mine], autojunk=False)
    out: list[tuple[int, int]] = []
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag in {"replace", "insert"}:
            out.extend((mine[j][0], mine[j][1]) for j in range(j1, j2))
    return out


def format_number(value: object) -> str | None:
    """46000000000.0 -> '46,000,000,000'; 12.5 -> '12.5'; None for anything not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return format(value, ",.15g") if isinstance(value, float) else format(value, ",")
