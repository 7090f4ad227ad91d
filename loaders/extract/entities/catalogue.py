"""Catalogue matching: the curated names and aliases of seeds/catalogue.yml."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loaders.extract.entities.state import ArticleState, word_bounded
from loaders.extract.types import ORGANISATION, PERSON, PLACE, PRODUCT
from loaders.spans import Span


@dataclass(frozen=True)
class CatalogueEntry:
    kind: str
    name: str
    aliases: tuple[str, ...]
    product_kind: str | None = None
    maker: str | None = None
    roles: tuple[tuple[str, str | None], ...] = ()
    source: str = "catalogue"


def catalogue_entries(catalogue: dict) -> list[CatalogueEntry]:
    entries = []
    for section, kind in (("organisations", ORGANISATION), ("people", PERSON), ("products", PRODUCT), ("places", PLACE)):
        for item in catalogue.get(section) or []:
            entries.append(
                CatalogueEntry(
                    kind=kind,
                    name=item["name"],
                    aliases=tuple(item.get("aliases") or ()),
                    product_kind=item.get("kind", "product") if kind == PRODUCT else None,
                    maker=item.get("maker"),
                    roles=tuple((role["title"], role.get("organisation")) for role in item.get("roles") or ()),
                )
            )
    return entries


def match_catalogue(article: ArticleState, entries: list[CatalogueEntry]) -> None:
    """Every name and alias of the entries, longest first, where it stands as whole words."""
    forms = []
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            forms.append((form, entry))
    forms.sort(key=lambda item: -len(item[0]))
    longest = len(forms[0][0]) if forms else 0
    claimed: list[tuple[Span, str]] = []  # sorted by span: an overlap starts at most `longest` before
    for form, entry in forms:
        flags = re.IGNORECASE if entry.product_kind == "category" else 0
        for zone in article.zones:
            for match in re.finditer(re.escape(form), article.text[zone.start : zone.end], flags):
                span = Span(zone.start + match.start(), zone.start + match.end())
                if not word_bounded(article.text, span.start, span.end, zone):
                    continue
                # The same entity never twice on one stretch; different entities may share it
                # ("air and water purifiers" is both).
                low = bisect.bisect_left(claimed, (Span(span.start - longest, -1), ""))
                high = bisect.bisect_left(claimed, (Span(span.end, -1), ""))
                if any(
                    span.overlaps(other) and (name == entry.name or not _coordination(article.text, other, span))
                    for other, name in claimed[low:high]
                ):
                    continue
                bisect.insort(claimed, (span, entry.name))
                article.add(entry.kind, entry.name, span, entry.source, 1.0 if entry.source == "catalogue" else 0.95)
        if entry.kind == PRODUCT:
            article.found.product_kinds[entry.name] = entry.product_kind or "product"
            if entry.maker:
                article.found.makers[entry.name] = entry.maker


def _coordination(text: str, outer: Span, inner: Span) -> bool:
    """ "air and water purifiers" holds two categories; "China's Apple" holds no Apple."""
    return outer.contains(inner) and bool(re.search(r"\s(?:and|or|&)\s", outer.of(text)))
