"""Products found by their model designation ("Kestrel K7", "the X9"), with
the maker where a known organisation's short name stands before it."""

from __future__ import annotations

import bisect
import re

from loaders.extract.entities.state import NOT_NAMES, ArticleState
from loaders.extract.gazetteer import places
from loaders.extract.types import ORGANISATION, PRODUCT, Mention
from loaders.spans import Span
from loaders.vocab import word_start_regex, words

# A model designation: letters and digits in one token ("K7", "Mi5c", "S24"), not a unit or period ("4G", "Q3", "2.1bn").
# ... or capitals, a hyphen and digits ("QX-300", "RT-14E"), which read as a model only after "the" or a brand.
MODEL_TOKEN_RE = re.compile(r"^(?:(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2}|[A-Z]{2,4}-\d{1,4}[A-Z]?)$")
# quarters, halves, fiscal years, network generations; roads, standards, pollutants and groups of nations
NOT_MODELS_RE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d+|[1-9]G|CO2|(?:US|UK|EU|NH|SR|PM|CO|COP|ISO|EN|SH)-\d+)$")


_FIGURE_GOES_ON_RE = re.compile(r"[.,]\d")
_SCALE_RE = re.compile(r"\d(?:bn|mn|tn)$")
# "N85 billion", "P18-billion", "N3 per share", "N3 dividend": a currency letter and an amount
_SCALE_AFTER_RE = re.compile(r"[\s-]?(?:billion|million|trillion|crore|lakh)\b|\s(?:per|a)\sshare\b|\s(?:dividend|payout)\b")
_CURRENCY_WORDS = frozenset(words("not_names", "currency_words"))
_MONEY_PREFIXES = frozenset(words("not_names", "dollar_prefixes")) | _CURRENCY_WORDS


def _money(text: str, start: int, model: str) -> bool:
    """ "$US6.1 billion", "RM4.4 billion": a currency's letters with an amount, not a model number."""
    letters = re.split(r"[^A-Za-z]", model, maxsplit=1)[0]  # a model token starts with a letter
    return letters in _MONEY_PREFIXES or letters.upper() in _MONEY_PREFIXES or (text[start - 1 : start] in "$€£¥₹" and start > 0)


# a brand, then a model ("Kestrel K7", "Halden 9R": a model opening with its digits only after a brand)
_MODEL_RE = word_start_regex(
    r"\b(?:([A-Z][a-z]+)\s+)?([A-Z][A-Za-z]{0,3}\d{1,4}[a-z]{0,2}|[A-Z]{2,4}-\d{1,4}[A-Z]?|(?<=[a-z] )\d{1,2}[A-Z]{1,2})\b"
)
_HYPHENATED_RE = re.compile(r"[A-Z]{2,4}-")
_DIGITS_FIRST_RE = re.compile(r"\d")
# "the QX-300", "machines, the RT-14E,": a determiner right before a hyphenated model
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)


def find_products(article: ArticleState) -> None:
    organisations = {m.name: m for m in article.found.mentions if m.kind == ORGANISATION}
    short_names = {name.split()[0]: name for name in organisations}
    swallowed: list[Span] = []  # a maker's short name inside a product's name ("Kestrel K7")
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        for match in _MODEL_RE.finditer(chunk):
            model, brand = match.group(2), match.group(1)
            if _DIGITS_FIRST_RE.match(model):
                if not brand or NOT_MODELS_RE.match(model):
                    continue  # "9R" only after a brand ("Halden 9R"); "4G" is a network's generation
            elif (
                not MODEL_TOKEN_RE.match(model)
                or NOT_MODELS_RE.match(model)
                or (not brand and _money(article.text, zone.start + match.start(2), model))
                or re.split(r"[^A-Za-z]", model, maxsplit=1)[0]
                in _CURRENCY_WORDS  # "Tsavo Cement KSh380m": money after a name too
            ):
                continue
            if (
                _HYPHENATED_RE.match(model)
                and not brand
                and not _DETERMINER_BEFORE_RE.search(
                    article.text, max(0, zone.start + match.start(2) - 8), zone.start + match.start(2)
                )
            ):
                continue  # "QX-300" alone may be a road's or a standard's code: after "the" it is a model
            if _FIGURE_GOES_ON_RE.match(article.text, zone.start + match.end(2)):
                continue  # "N48.2bn": a currency letter glued to an amount that goes on past the digits
            if _SCALE_RE.search(model) or _SCALE_AFTER_RE.match(article.text, zone.start + match.end(2)):
                continue  # "N85bn", "N85 billion": a currency letter glued to an amount with its scale
            maker = short_names.get(brand) if brand else None
            # "the Halden S7 combine": a brand no list knows, between "the" and the model, is the product's too
            branded = maker is not None or (brand is not None and _unknown_brand(article, zone.start + match.start(1), brand))
            if _DIGITS_FIRST_RE.match(model) and not branded:
                continue
            start = zone.start + (match.start(1) if branded else match.start(2))
            span = Span(start, zone.start + match.end(2))
            model_span = Span(zone.start + match.start(2), zone.start + match.end(2))
            if not article.free(model_span):
                continue
            name = span.of(article.text)
            # "the K5" after "Kestrel K7": same maker's line; the bare model keeps its own name.
            if maker:
                article.found.makers[name] = maker
            if branded:
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


def _unknown_brand(article: ArticleState, start: int, brand: str) -> bool:
    """A capitalised word after "the" (no everyday word, place or function word) before a model."""
    from loaders.extract.entities.people import common_words  # people reads the products' vocabulary

    return (
        _DETERMINER_BEFORE_RE.search(article.text, max(0, start - 8), start) is not None
        and brand.lower() not in common_words()
        and brand not in NOT_NAMES
        and brand not in places()
    )


def _overlaps_any(span: Span, ordered: list[Span], starts: list[int]) -> bool:
    """Whether `span` overlaps one of `ordered` (sorted, not overlapping each other; `starts` their starts)."""
    index = bisect.bisect_left(starts, span.end) - 1
    return index >= 0 and ordered[index].end > span.start
