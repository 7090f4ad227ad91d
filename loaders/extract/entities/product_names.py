"""Named products without the catalogue, even with no digits: a name after a
launch cue ("launched the X Band", "its new Y Pro"), a name ending in a
product word ("X Pro", "Y Band"), a name before a kind of product ("the Z
app"); and product categories from the vocabulary's product nouns. The maker
is the organisation whose short name starts the product's name, or whose
possessive stands before it ("Kestrel's new Y Pro")."""

from __future__ import annotations

import re

from loaders.extract.entities.state import NOT_NAMES, ArticleState
from loaders.extract.gazetteer import places, towns
from loaders.extract.types import PRODUCT
from loaders.spans import Span
from loaders.vocab import alternation, mapping, words

_LAUNCH_CUES = {cue: re.compile(pattern, re.IGNORECASE) for cue, pattern in mapping("products", "launch_cues").items()}
_ENDINGS = frozenset(words("products", "name_endings"))
# "the Z app", "its Loft & Larder cafe brand": a kind of product after the name, one word between at most
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|its|their|a|an)\s+(?:own\s+)?$|[’']s\s+(?:own\s+)?$", re.IGNORECASE)
_KIND = alternation(sorted(words("products", "kind_nouns"), key=len, reverse=True))
_KIND_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?{_KIND}\b")
# "the LuckyTide and Reel Royale websites": two names share the determiner and the kind of product
_PAIR_AFTER_RE = re.compile(rf"\s+(?:and|or|&)\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,2}}\s+(?:[a-z]+\s+)?{_KIND}\b")
_PAIR_BEFORE_RE = re.compile(r"\b(?:the|its|their)\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2}\s+(?:and|or|&)\s+$")
_APPOSITION = alternation(words("products", "apposition_nouns"))
# "MintPay, a debit card": the name, then what kind of thing it is
_THING_AFTER_RE = re.compile(rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_APPOSITION}\b")
# "a second chip, the Meridian-2,", "a two-armed robot, Tatamu, that": the kind of thing, then the name
_THING_BEFORE_RE = re.compile(rf"\b{_APPOSITION},\s+(?:the\s+)?$")
_SPEECH_AFTER_RE = re.compile(r",?\s+(?:said|says|told|added)\b")
_UNDER_THE_RE = re.compile(r"\bunder\s+(?:the|its|their)\s+$", re.IGNORECASE)
_BRAND_AFTER_RE = re.compile(r"\s+(?:brand|brands|label|trademark|trade name)\b")
SITE_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(words('organisations', 'sites'))})\b")
_POSSESSOR_RE = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+(?:(?:new|latest|upcoming|flagship)\s+)?$")


def find_named_products(article: ArticleState, runs: list[Span], makers: dict[str, str]) -> list[Span]:
    """Adds product mentions for runs that name products; returns the runs left for people and organisations.

    makers: an organisation's short name (first word) -> its name."""
    text = article.text
    left = []
    for span in runs:
        value = span.of(text)
        tokens = value.split()
        if all(token in NOT_NAMES for token in tokens) or not article.free(span):
            left.append(span)
            continue
        before, after = article.before(span), article.after(span)
        rule = None
        for cue, pattern in _LAUNCH_CUES.items():
            if pattern.search(before):
                rule = f"product cue: {cue}"
                break
        if rule and SITE_AFTER_RE.match(after):
            rule = None  # "its flagship Yarrabin spodumene mine": a site's name, no product
        if not rule and len(tokens) >= 2 and tokens[-1] in _ENDINGS:
            rule = "product name ending"
        if not rule and _UNDER_THE_RE.search(before) and _BRAND_AFTER_RE.match(after):
            rule = "under the name of a brand"  # "sold under the Orvo brand": a brand, even a town's name
        if (
            not rule
            and _KIND_AFTER_RE.match(after)
            and _DETERMINER_BEFORE_RE.search(before)
            and tokens[0] not in makers
            and value not in places()  # "a Cluj-Napoca software house": the place it is in
            and value not in towns()
        ):
            rule = "name before a kind of product"
        if (
            not rule
            and tokens[0] not in makers
            and (
                (_DETERMINER_BEFORE_RE.search(before) and _PAIR_AFTER_RE.match(after))
                or (_PAIR_BEFORE_RE.search(before) and _KIND_AFTER_RE.match(after))
            )
        ):
            rule = "names before a kind of product"
        if (
            not rule
            and tokens[0] not in makers
            and not _SPEECH_AFTER_RE.match(after)
            and (_THING_AFTER_RE.match(after) or _THING_BEFORE_RE.search(before))
        ):
            rule = "a kind of product in apposition"
        if not rule:
            left.append(span)
            continue
        maker = makers.get(tokens[0])
        if not maker:
            possessor = _POSSESSOR_RE.search(before)
            maker = makers.get(possessor.group(1).split()[0]) if possessor else None
        if maker and len(tokens) == 1 and tokens[0] in makers:
            left.append(span)  # "launched the Kestrel" is the company's name, not a product's
            continue
        article.found.product_kinds.setdefault(value, "product")
        if maker:
            article.found.makers.setdefault(value, maker)
        article.add(PRODUCT, value, span, rule, 0.75)
    # "launched X ... X cuts costs": the product's name again, with no cue, is still the product
    named = {m.name for m in article.found.mentions if m.kind == PRODUCT}
    again = [span for span in left if span.of(text) in named and " " in span.of(text) and article.free(span)]
    for span in again:
        article.add(PRODUCT, span.of(text), span, "product named again", 0.7)
    taken_again = set(again)
    return [span for span in left if span not in taken_again]


# A sentence opening with a word in lower case that is no English word ("stackly 4 adds ..."): a
# brand written in lower case, with its version number; read only where it opens two sentences or
# more, or opens one and recurs (a typo or a cut sentence opens one at most).
_LOWER_CASE_OPENING_RE = re.compile(r"(?:^|(?<=[.!?] ))([a-z][a-z0-9]{2,}(?: \d+(?:\.\d+)?)?)(?= [a-z])", re.MULTILINE)


_MOST_BRANDS = 3
# "the fintech app payzo": a kind of product, then a name in lower case that is no English word
_KIND_THEN_LOWER_CASE_RE = re.compile(r"\b(?:app|apps|brand|platform)\s([a-z][a-z0-9]{2,})\b(?![.@/-]\w)")


def lower_case_brands(article: ArticleState) -> None:
    """A brand written in lower case: opening two sentences or more with a version number at one of
    them at least ("stackly 4 adds ..."), or after a kind of product ("the app payzo")."""
    from loaders.extract.entities.people import common_words

    text = article.text
    openings: dict[str, int] = {}
    versioned: set[str] = set()
    for zone in article.zones:
        for match in _LOWER_CASE_OPENING_RE.finditer(text, zone.start, zone.end):
            value = match.group(1)
            brand = value.split()[0]
            if brand not in common_words() and brand.isalpha():  # "fy26", "q3": figures' labels, no brands
                openings[value] = openings.get(value, 0) + 1
                if " " in value:
                    versioned.add(value)
    brands = [value for value, count in openings.items() if count >= 2 and value in versioned][:_MOST_BRANDS]
    seen = set(brands)
    for zone in article.zones:
        for match in _KIND_THEN_LOWER_CASE_RE.finditer(text, zone.start, zone.end):
            word = match.group(1)
            if len(brands) >= _MOST_BRANDS:
                break
            if word not in seen and word.isalpha() and word not in common_words() and word.capitalize() not in NOT_NAMES:
                brands.append(word)
                seen.add(word)
    for value in brands:
        article.found.product_kinds.setdefault(value, "product")
        again = re.compile(rf"(?<![\w.@/-]){re.escape(value)}(?![\w@/-]|\.\w)")
        for zone in article.zones:  # and wherever else the article prints it ("launched zapply 4")
            for match in again.finditer(text, zone.start, zone.end):
                span = Span(match.start(), match.end())
                if article.free(span):
                    article.add(PRODUCT, value, span, "brand in lower case", 0.7)
