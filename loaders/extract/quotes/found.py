"""The result type of quote extraction."""

from __future__ import annotations

from dataclasses import dataclass

from loaders.spans import Span


@dataclass(frozen=True)
class QuoteFound:
    kind: str  # direct, partial, indirect
    span: Span  # the quoted words (inside the marks) or the reported clause
    cue: str | None  # the speech verb
    speaker: str | None  # canonical person name, when known
    speaker_as_written: str | None  # "he", "Xiaomi's VP", "Hugo Barra"
    resolution: str  # how the speaker was found, or why it is unknown
    source: str | None = None  # a non-person source: "analysts at Berenberg", "a person familiar with the matter"
    speaker_span: Span | None = None  # the speaker's name as written, where it was read from the words (not a pronoun)
