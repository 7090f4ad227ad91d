"""Products found by their model designation ("Kestrel K7", "the X9"), with
the maker where a known organisation's short name stands before it."""

from __future__ import annotations

import bisect
import re

from loaders.extract.entities.state import ArticleState
from loaders.extract.types import ORGANISATION, PRODUCT, Mention
from loaders.spans import Span
from loaders.vocab import word_start_regex, words

# A model designation: letters and digits in one token ("K7", "Mi5c", "S24"), not a unit or period ("4G", "Q3", "2.1bn").
MODEL_TOKEN_RE = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2}$")
NOT_MODELS_RE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d+|[1-9]G|CO2)$")  # quarters, halves, fiscal years, network generations


_FIGURE_GOES_ON_RE = re.compile(r"[.,]\d")
_SCALE_RE = re.compile(r"\d(?:bn|mn|tn)$")
# "N85 billion", "P18-billion", "N3 per share", "N3 dividend": a currency letter and an amount
_SCALE_AFTER_RE = re.compile(r"[\s-]?(?:billion|million|trillion|crore|lakh)\b|\s(?:per|a)\sshare\b|\s(?:dividend|payout)\b")
_MONEY_PREFIXES = frozenset(words("not_names", "dollar_prefixes")) | frozenset(words("not_names", "currency_words"))


def _money(text: str, start: int, model: str) -> bool:
    """ "$US6.1 billion", "RM4.4 billion": a currency's letters with an amount, not a model number."""
    letters = re.split(r"[^A-Za-z]", model, maxsplit=1)[0]  # a model token starts with a letter
    return letters in _MONEY_PREFIXES or letters.upper() in _MONEY_PREFIXES or (text[start - 1 : start] in "$€£¥₹" and start > 0)


_MODEL_RE = word_start_regex(r"\b(?:([A-Z][a-z]+)\s+)?([A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2})\b")  # a brand, then a model


def find_products(article: ArticleState) -> None:
    organisations = {m.name: m for m in article.found.mentions if m.kind == ORGANISATION}
    short_names = {name.split()[0]: name for name in organisations}
    swallowed: list[Span] = []  # a maker's short name inside a product's name ("Kestrel K7")
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in _MODEL_RE.finditer(chunk):
            model = match.group(2)
            if (
                not MODEL_TOKEN_RE.match(model)
                or NOT_MODELS_RE.match(model)
                or _money(article.text, zone.start + match.start(2), model)
            ):
                continue
            if _FIGURE_GOES_ON_RE.match(article.text, zone.start + match.end(2)):
                continue  # "N48.2bn": a currency letter glued to an amount that goes on past the digits
            if _SCALE_RE.search(model) or _SCALE_AFTER_RE.match(article.text, zone.start + match.end(2)):
                continue  # "N85bn", "N85 billion": a currency letter glued to an amount with its scale
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
                swallowed.append(Span(span.start, model_span.start))
            article.found.product_kinds.setdefault(name, "product")
            article.add(PRODUCT, name, span, "model designation", 0.8)
    if swallowed:  # the maker's short name is part of the product's name, no mention of its own
        swallowed.sort()
        starts = [s.start for s in swallowed]
        article.release([t for t in article.taken if _overlaps_any(t, swallowed, starts)])
        article.found.mentions = [
            m for m in article.found.mentions if not (m.kind == ORGANISATION and _overlaps_any(m.span, swallowed, starts))
        ]
    # Bare model numbers that repeat a named product ("the K7" after "Kestrel K7") are that product.
    named = {m.name.split()[-1]: m.name for m in article.found.mentions if m.kind == PRODUCT and " " in m.name}
    for index, mention in enumerate(article.found.mentions):
        if mention.kind == PRODUCT and mention.name in named and mention.name != named[mention.name]:
            article.found.mentions[index] = Mention(
                PRODUCT, named[mention.name], mention.span, "model number of a product named earlier", 0.8
            )


def _overlaps_any(span: Span, ordered: list[Span], starts: list[int]) -> bool:
    """Whether `span` overlaps one of `ordered` (sorted, not overlapping each other; `starts` their starts)."""
    index = bisect.bisect_left(starts, span.end) - 1
    return index >= 0 and ordered[index].end > span.start
