"""Spans: half-open character ranges into an article's verbatim text.

Every extracted thing carries one, so that
substr(articles.text, span_start + 1, span_end - span_start) = text.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from loaders.errors import BuildError


@dataclass(frozen=True, order=True, slots=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def span_columns(text: str, span: Span) -> dict:
    """A row's span columns: where it is in the article, and its words."""
    return {"span_start": span.start, "span_end": span.end, "text": span.of(text)}


def trimmed(text: str, start: int, end: int) -> Span:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


# Ids must survive JSON in a JavaScript client, whose numbers are doubles.
ID_BITS = 53
MAX_ID = 2**ID_BITS - 1


def content_key(*parts: object) -> str:
    return "\x1f".join(str(part) for part in parts)


def content_id(*parts: object) -> int:
    """A stable id from content (never load order), at most 2^53 - 1: a compact
    INTEGER PRIMARY KEY that survives rebuilds (so Datasette row URLs do) and
    that JavaScript reads exactly."""
    digest = hashlib.sha256(content_key(*parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - ID_BITS)


class IdCollision(BuildError):
    """Two different contents hashed to one id: the build stops rather than merge rows."""


class ContentIds:
    """The ids handed out in one build, per table: `ids("sentences", *parts)` is
    content_id(*parts), and two different contents never get the same id."""

    def __init__(self, hash_parts: Callable[..., int] | None = None):
        self._hash = hash_parts or content_id
        self._keys: dict[tuple[str, int], str] = {}

    def __call__(self, table: str, *parts: object) -> int:
        key = content_key(*parts)
        row_id = self._hash(*parts)
        if not 0 <= row_id <= MAX_ID:
            raise ValueError(f"{table}: id {row_id} outside 0..2^53-1")
        seen = self._keys.setdefault((table, row_id), key)
        if seen != key:
            raise IdCollision(
                table,
                f"id {row_id} would be given to two different rows ({_readable(seen)} and {_readable(key)}); "
                "a content-hash collision, so the build stops instead of merging them",
            )
        return row_id


def _readable(key: str) -> str:
    return "[" + " | ".join(key.split("\x1f"))[:120] + "]"


@functools.lru_cache(maxsize=2**16)  # names recur in every article that names them
def slug(name: str) -> str:
    """A readable id for a named thing: lower case, words joined by hyphens."""
    return "-".join(_ALPHANUMERIC_RUN_RE.findall(name.casefold())) or "x"


_ALPHANUMERIC_RUN_RE = re.compile(r"[^\W_]+")  # what str.isalnum() accepts: a word character but the underscore
