"""Organisations found by the general rules: a name ending in a sector word
or legal form, a cue phrase before the name, an acronym with a cue, a domain."""
from __future__ import annotations

import re

from loaders.extract.cues import LEGAL_FORMS, SPEECH_VERBS
from loaders.extract.entities.state import NON_ORGANISATION_ACRONYMS, NOT_NAMES, ArticleState, canonical_organisation, is_acronym
from loaders.extract.gazetteer import demonyms
from loaders.extract.types import ORGANISATION
from loaders.spans import Span
from loaders.vocab import mapping, words

# Words that end organisation names. Legal forms are dropped from canonical names.
ORGANISATION_WORDS = frozenset(words("organisations", "name_endings")) | LEGAL_FORMS
# A run that goes on past its organisation word into one of these names an event, not a company.
EVENT_WORDS = frozenset(words("organisations", "event_words"))
# Cue phrases right before an organisation's name.
ORGANISATION_CUE_RE = re.compile("|".join(mapping("organisations", "cues").values()), re.IGNORECASE)


def organisation_by_suffix(article: ArticleState, span: Span) -> bool:
    """"Kestrel Motors Co", "Temasek Holdings", "Sequoia Capital China" (cut after the suffix)."""
    words = span.of(article.text).split()
    if len(words) < 2 or any(word in EVENT_WORDS for word in words[1:]) or words[0] in demonyms() and len(words) == 2:
        return False
    if not any(word in ORGANISATION_WORDS for word in words[1:]):
        return False
    cut = max(i for i, word in enumerate(words) if word in ORGANISATION_WORDS)
    name = " ".join(words[: cut + 1])
    organisation_span = Span(span.start, span.start + len(name))
    if organisation_span.of(article.text) != name:  # irregular spacing: keep the whole run
        organisation_span = span
    article.add(ORGANISATION, canonical_organisation(organisation_span.of(article.text)), organisation_span, "organisation suffix", 0.9)
    return True


def organisation_by_context(article: ArticleState, span: Span, before: str, after: str) -> bool:
    """A cue phrase before the run, an acronym with a cue, or a domain name."""
    value = span.of(article.text)
    words = value.split()
    if ORGANISATION_CUE_RE.search(before) and not (len(words) == 1 and words[0] in NOT_NAMES):
        article.add(ORGANISATION, canonical_organisation(value), span, "cue phrase", 0.85)
        return True
    speech_after = re.match(rf",?\s+(?:{SPEECH_VERBS})\b", after)
    if len(words) == 1 and is_acronym(value) and value not in NON_ORGANISATION_ACRONYMS and (speech_after or re.search(r"(?:group|firm|agency|body|regulator)\s+$", before, re.IGNORECASE)):
        article.add(ORGANISATION, value, span, "acronym with cue", 0.85)
        return True
    if re.fullmatch(r"[A-Z][\w-]*\.(?:com|net|org|io|ai)", value):
        article.add(ORGANISATION, value, span, "domain name", 0.85)
        return True
    return False
