"""People found by the general rules: a two- or three-word name with a role
before it, a speech verb beside it, a role in apposition, or "according to"."""
from __future__ import annotations

import re

from loaders.extract.cues import ROLE_WORDS, SPEECH_VERBS
from loaders.extract.entities.state import NOT_NAMES, ArticleState
from loaders.extract.types import PERSON
from loaders.spans import Span


def person_by_context(article: ArticleState, span: Span, before: str, after: str) -> bool:
    value = span.of(article.text)
    words = value.split()
    role_before = re.search(rf"{ROLE_WORDS}\s*,?\s+$", before, re.IGNORECASE)
    speech_after = re.match(rf",?\s+(?:{SPEECH_VERBS})\b", after)
    speech_before = re.search(rf"\b(?:{SPEECH_VERBS})\s+$", before)
    appositive_role = re.match(rf",\s+(?:the\s+)?(?:\w+[’']s\s+|[A-Z]\w+\s+)?(?:{ROLE_WORDS})\b", after, re.IGNORECASE)
    personal = 2 <= len(words) <= 3 and all(w[0].isupper() and w.replace("-", "").isalpha() and w not in NOT_NAMES for w in words)
    if personal and (role_before or speech_after or appositive_role or re.search(r"according to\s+$", before, re.IGNORECASE) or speech_before):
        rule = "role before name" if role_before else "speech verb" if (speech_after or speech_before) else "appositive role" if appositive_role else "according to"
        article.add(PERSON, value, span, rule, 0.9)
        return True
    return False
