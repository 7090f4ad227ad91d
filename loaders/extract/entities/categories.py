"""Product categories from the vocabulary's product nouns ("fitness bands",
"tablets"), each under its canonical plural (loaders/vocab/products.yml)."""

from __future__ import annotations

import re

from loaders.extract.entities.state import ArticleState, word_bounded
from loaders.extract.types import PRODUCT
from loaders.spans import Span
from loaders.vocab import VocabularyError, alternation, load, word_start_regex


def _categories() -> dict[str, str]:
    """form as written (lower case) -> canonical category."""
    data = load("products").get("categories")
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(f, str) for f in v) for v in data.values()):
        raise VocabularyError("loaders/vocab/products.yml: key 'categories' must map names to lists of forms")
    return {form.lower(): name for name, forms in data.items() for form in forms}


_CATEGORY_FORMS = _categories()
_CATEGORY_RE = word_start_regex(rf"\b{alternation(sorted(_CATEGORY_FORMS, key=len, reverse=True))}\b", re.IGNORECASE)


def find_categories(article: ArticleState) -> None:
    """Product categories from the vocabulary's product nouns, where the text is not taken."""
    for zone in article.zones:
        for match in _CATEGORY_RE.finditer(article.text, zone.start, zone.end):
            span = Span(match.start(), match.end())
            if article.free(span) and word_bounded(article.text, span.start, span.end, zone):
                name = _CATEGORY_FORMS[match.group(0).lower()]
                article.found.product_kinds.setdefault(name, "category")
                article.add(PRODUCT, name, span, "product noun", 0.8)
