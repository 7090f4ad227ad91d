"""Spans: half-open character ranges into an article's verbatim text.

Every extracted thing carries one, so that
substr(articles.text, span_start + 1, span_end - span_start) = text.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> "Span":
        return Span(self.start + offset, self.end + offset)

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


def trimmed(text: str, start: int, end: int) -> Span:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def content_id(*parts: object) -> int:
    """A stable 63-bit id from content (never load order): a compact INTEGER
    PRIMARY KEY that survives rebuilds, so Datasette row URLs do too."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def slug(name: str) -> str:
    """A readable id for a named thing: lower case, words joined by hyphens."""
    out = []
    for char in name.casefold():
        if char.isalnum():
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-") or "x"
