"""Quotes: direct, partial and indirect, with the speaker as written and how
it was resolved. A pure function of one article's text, its prose
paragraphs and the people found in it.

One module per step: `marks` (where quoted words begin and end), `speakers`
(who the words around a quote name), `direct` (quoted words and their
speaker), `indirect` (reported speech).
"""
from __future__ import annotations

from loaders.extract.quotes.direct import find_direct
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.indirect import find_indirect
from loaders.extract.quotes.marks import quoted_spans
from loaders.extract.quotes.speakers import Speakers
from loaders.extract.types import EntityFindings
from loaders.spans import Span

__all__ = ["QuoteFound", "find_quotes", "quoted_spans"]


def find_quotes(text: str, paragraphs: list[Span], entities: EntityFindings,
                all_roles: list[tuple[str, str, str | None]] = ()) -> list[QuoteFound]:
    """Every quote of one article, in text order."""
    speakers = Speakers(text, entities, list(all_roles))
    spans = quoted_spans(text, paragraphs)
    quotes = find_direct(text, paragraphs, speakers, spans)
    quotes.extend(find_indirect(text, paragraphs, speakers, spans))
    return sorted(quotes, key=lambda q: (q.span, q.kind))
