"""Cue patterns shared by several extractors, built once from loaders/vocab.

Siblings import these from here, never from each other.
"""

from __future__ import annotations

import re

from loaders.vocab import alternation, mapping, words

# A Taglish speech verb ('"…," ani Santos') only in lower case, after a closing mark or a comma, before a name.
TAGLISH_SPEECH_VERBS = "|".join(
    rf"(?<=[,\"”’'][ \t])(?-i:{re.escape(verb)})(?=[ \t]+[A-Z])" for verb in words("speech", "taglish_verbs")
)
SPEECH_VERBS = "|".join([re.escape(verb) for verb in words("speech", "verbs")] + [TAGLISH_SPEECH_VERBS])
PERSONAL_PRONOUNS = "|".join(words("pronouns", "personal_subject"))
PERSONAL_PRONOUN_RE = re.compile(rf"\b({PERSONAL_PRONOUNS})\b", re.IGNORECASE)
NOT_NAME_PRONOUNS = frozenset(words("pronouns", "not_names"))

_ROLE_PREFIX = (
    "(?:"
    + "|".join(
        [re.escape(p + " ") for p in words("roles", "prefixes")] + [re.escape(p) for p in words("roles", "joined_prefixes")]
    )
    + ")?"
)
ROLE_WORDS = _ROLE_PREFIX + alternation(words("roles", "titles"))
# A title whose holder speaks for the organisation named after it ("general manager of X"; not "analyst at X")
SPEAKING_ROLE_WORDS = _ROLE_PREFIX + alternation(words("roles", "speaks_for"))
ROLE_RE = re.compile(rf"\b{ROLE_WORDS}(?: (?:and|&) {ROLE_WORDS})*\b", re.IGNORECASE)
_CANONICAL_ROLES = mapping("roles", "canonical")

LEGAL_FORMS = frozenset(words("organisations", "legal_forms"))
NAME_PARTICLES = words("names", "particles")


def normalise_role(title: str) -> str:
    """A job title in its canonical lower-case form ("CEO" -> "chief executive")."""
    lowered = " ".join(title.lower().replace("-", " ").split())
    for short, full in _CANONICAL_ROLES.items():
        lowered = re.sub(rf"\b{re.escape(short)}\b", full, lowered)
    return lowered
