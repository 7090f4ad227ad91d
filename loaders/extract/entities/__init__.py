"""Entities: organisations, people, products and places, as mentions with spans.

Two sources, each mention recording which (`rule`) and how sure (`confidence`):
- the curated catalogue (seeds/catalogue.yml): canonical names and aliases;
- general rules for what the catalogue has never heard of: organisation
  suffixes ("Kestrel Motors", "Temasek Holdings"), cue phrases ("research firm
  X", "analysts at X", "industry group X"), roles before names ("chief
  executive Tomasz Nowak"), speech verbs ("X Y said"), product-model shapes
  ("Kestrel K7"), and a gazetteer for places.
Then short forms resolve to the full name found in the same article: a
surname to its person ("Barra"), a first word to its organisation ("Kestrel").

Guards: pronouns are never people, adjectives of nationality never
organisations, and nicknames ("China's Apple") are not the company they
compare to. Only the spans given (title, prose, byline, dateline) are read,
so boilerplate yields nothing.

One module per kind of thing found: catalogue, places, organisations,
people, short_forms, products, roles; runs finds the candidates and state
holds one article's working state. Word lists live in loaders/vocab.
"""
from __future__ import annotations

import re

from loaders.extract.entities.catalogue import CatalogueEntry, catalogue_entries, match_catalogue
from loaders.extract.entities.organisations import organisation_by_context, organisation_by_suffix
from loaders.extract.entities.people import person_by_context
from loaders.extract.entities.places import match_places
from loaders.extract.entities.products import find_products
from loaders.extract.entities.roles import find_roles
from loaders.extract.entities.runs import proper_runs
from loaders.extract.entities.short_forms import resolve_short_forms
from loaders.extract.entities.state import ArticleState
from loaders.extract.gazetteer import demonyms, places
from loaders.extract.types import ORGANISATION, PERSON, PLACE, EntityFindings, RoleFound
from loaders.spans import Span

__all__ = ["find_entities"]


def _classify_runs(article: ArticleState, runs: list[Span]) -> None:
    pending_single: list[Span] = []
    for span in runs:
        words = span.of(article.text).split()
        before, after = article.before(span), article.after(span)
        if all(word in demonyms() for word in words):
            continue  # "Chinese", "German": adjectives of nationality, never organisations
        if re.search(r"(?:nicknamed|dubbed|called|known as)\s+\S+[’']s\s+$", before):
            continue  # the second half of a nickname ("China's Apple") is not that company
        if organisation_by_suffix(article, span):
            continue
        if person_by_context(article, span, before, after):
            continue
        if organisation_by_context(article, span, before, after):
            continue
        pending_single.append(span)
    resolve_short_forms(article, pending_single)


def find_entities(text: str, zones: list[Span], catalogue: dict, byline: Span | None = None,
                  dateline_place: tuple[str, Span] | None = None, known_organisations: tuple[str, ...] = (),
                  dateline_outlet: Span | None = None) -> EntityFindings:
    """All entity mentions in the given zones of one article's text.

    known_organisations: names the article itself vouches for (its outlet)."""
    entries = catalogue_entries(catalogue)
    article = ArticleState(text, sorted(zones))
    if byline:
        article.add(PERSON, byline.of(text), byline, "byline", 0.95)
        article.found.roles.append(RoleFound(byline.of(text), "author", None, byline, "byline"))
    if dateline_outlet:  # "TOKYO (Dispatch) -": the publication is an organisation too
        article.add(ORGANISATION, dateline_outlet.of(text), dateline_outlet, "outlet in dateline", 0.95)
    if dateline_place:
        name, span = dateline_place
        article.found.place_kinds[name] = places().get(name, (name, "city"))[1]
        article.add(PLACE, places().get(name, (name, "city"))[0], span, "dateline", 0.95)
    match_catalogue(article, entries + [CatalogueEntry(ORGANISATION, name, (), source="outlet named by the article")
                                        for name in known_organisations])
    for span in proper_runs(article):  # before places: "Asia Tech Daily" is a publication, not Asia
        organisation_by_suffix(article, span)
    match_places(article)
    _classify_runs(article, proper_runs(article))
    find_products(article)
    find_roles(article, entries)
    article.found.mentions.sort(key=lambda m: (m.span, m.kind))
    return article.found
