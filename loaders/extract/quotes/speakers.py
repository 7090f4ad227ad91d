"""Speakers: who the words around a quote name as its speaker (a person, a
pronoun standing for the last person named, a role held by one person)."""
from __future__ import annotations

import re

from loaders.extract.cues import PERSONAL_PRONOUN_RE, ROLE_WORDS, normalise_role
from loaders.extract.types import EntityFindings
from loaders.spans import Span


class Speakers:
    """Who a stretch of text names as a speaker: a person, a pronoun, a role."""

    def __init__(self, text: str, entities: EntityFindings, all_roles: list[tuple[str, str, str | None]]):
        self.text = text
        self.people = [m for m in entities.mentions if m.kind == "person" and m.rule != "byline"]
        self.organisations = [m for m in entities.mentions if m.kind == "organisation"]
        self.roles = all_roles  # (person, title, organisation) from every article

    def in_span(self, span: Span) -> tuple[str, str] | None:
        people = [m for m in self.people if span.contains(m.span)]
        if people:
            mention = people[-1]
            return mention.name, mention.span.of(self.text)
        return None

    def last_before(self, position: int) -> str | None:
        earlier = [m for m in self.people if m.span.end <= position]
        return earlier[-1].name if earlier else None

    def by_role(self, words: str) -> tuple[str | None, str]:
        role = re.search(ROLE_WORDS, words, re.IGNORECASE)
        if not role:
            return None, "no person or role named"
        title = normalise_role(role.group(0))
        organisation = next((o.name for o in self.organisations if o.span.of(self.text) in words), None)
        holders = sorted({p for p, t, o in self.roles if (t == title or t.endswith(" " + title)) and (organisation is None or o == organisation)})
        if len(holders) == 1:
            return holders[0], f"role '{title}' held by one person in the data"
        if holders:
            return None, f"role '{title}' is held by {len(holders)} people: ambiguous"
        return None, f"role '{title}': no person holds it in the data"


def resolve_speaker(speakers: Speakers, who: Span, quote_start: int) -> tuple[str | None, str | None, str]:
    """(speaker, as written, how) for the words that introduce or follow a quote."""
    text = speakers.text
    named = speakers.in_span(who)
    if named:
        return named[0], named[1], "named"
    words = who.of(text)
    pronoun = PERSONAL_PRONOUN_RE.search(words)
    role = re.search(ROLE_WORDS, words, re.IGNORECASE)
    if role:
        person, how = speakers.by_role(words)
        as_written = words.strip(" ,:").split(" by ")[-1]
        return person, as_written, how
    if pronoun:
        person = speakers.last_before(quote_start)
        if person:
            return person, pronoun.group(1), f"pronoun '{pronoun.group(1)}' -> last person named before: {person}"
        return None, pronoun.group(1), f"pronoun '{pronoun.group(1)}' with no person named before"
    return None, words.strip() or None, "no person named"
