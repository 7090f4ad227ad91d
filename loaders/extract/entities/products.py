"""Products found by their model designation ("Kestrel K7", "the X9"), with
the maker where a known organisation's short name stands before it."""
from __future__ import annotations

import re

from loaders.extract.entities.state import ArticleState
from loaders.extract.types import ORGANISATION, PRODUCT, Mention
from loaders.spans import Span

# A model designation: letters and digits in one token ("K7", "Mi5c", "S24"), not a unit or period ("4G", "Q3", "2.1bn").
MODEL_TOKEN_RE = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2}$")
NOT_MODELS_RE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d+|[1-9]G|CO2)$")  # quarters, halves, fiscal years, network generations


def find_products(article: ArticleState) -> None:
    organisations = {m.name: m for m in article.found.mentions if m.kind == ORGANISATION}
    short_names = {name.split()[0]: name for name in organisations}
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in re.finditer(r"\b(?:([A-Z][a-z]+)\s+)?([A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2})\b", chunk):
            model = match.group(2)
            if not MODEL_TOKEN_RE.match(model) or NOT_MODELS_RE.match(model):
                continue
            brand = match.group(1)
            maker = short_names.get(brand) if brand else None
            start = zone.start + (match.start(1) if maker else match.start(2))
            span = Span(start, zone.start + match.end(2))
            model_span = Span(zone.start + match.start(2), zone.start + match.end(2))
            if not article.free(model_span):
                continue
            name = span.of(article.text)
            # "the K5" after "Kestrel K7": same maker's line; the bare model keeps its own name.
            if maker:
                article.found.makers[name] = maker
                article.taken = [t for t in article.taken if not t.overlaps(span)]
                article.found.mentions = [m for m in article.found.mentions if not (m.span.overlaps(span) and m.kind == ORGANISATION)]
            article.found.product_kinds.setdefault(name, "product")
            article.add(PRODUCT, name, span, "model designation", 0.8)
    # Bare model numbers that repeat a named product ("the K7" after "Kestrel K7") are that product.
    named = {m.name.split()[-1]: m.name for m in article.found.mentions if m.kind == PRODUCT and " " in m.name}
    for index, mention in enumerate(article.found.mentions):
        if mention.kind == PRODUCT and mention.name in named and mention.name != named[mention.name]:
            article.found.mentions[index] = Mention(PRODUCT, named[mention.name], mention.span, "model number of a product named earlier", 0.8)
