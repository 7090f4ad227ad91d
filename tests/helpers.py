"""The bodies the round "kinds" test files share: extract one short text and read one kind of thing from
it as a plain value to compare (places, claims' figures or subjects, quotes and their speakers), group
utterances, or build a few short articles and read one query's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from loaders.build import build, extract_article
from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes
from loaders.extract.types import Mention
from loaders.group.claims import OrganisationNames, claim_records, member_subjects
from loaders.group.quotes import Utterance, group_utterances
from loaders.read import SeedFile
from loaders.spans import Span, slug
from tests.conftest import query
from tests.test_claims import claims_of
from tests.test_entity_rules import found_in
from tests.test_quotes import quotes_of

PUBLISHED = "2026-11-27"  # the publication date the rounds' claim tests read figures on
TITLE = "Town news\n\n"  # a headline line first, as an article has


def places(text: str) -> set[str]:
    """The places found in the text."""
    return found_in(text).names("place")


def claim_values(text: str, published: str = PUBLISHED) -> list[tuple[str, float, str]]:
    """(as written, value, unit) of every figure of the text."""
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text, published)]


def claims_by_written(text: str, published: str = PUBLISHED) -> dict[str, object]:
    """Each figure as written -> its claim."""
    return {c.value_as_written: c for c in claims_of(text, published)}


def organisation_names(text: str) -> dict[str, str]:
    """Each organisation mention's words -> its name."""
    entities = find_entities(text, layout(text).paragraphs, {})
    return {m.span.of(text): m.name for m in entities.mentions if m.kind == "organisation"}


def claim_subjects(text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    """Each figure as written -> its subject."""
    return {c.value_as_written: c.subject for c in claims_of(text, published)}


def grouping_subjects(text: str, found_elsewhere: str | None = None, names: Iterable[str] | None = None) -> dict[str, str | None]:
    """Each figure's subject as grouping reads it (from the article's final mentions), the corpus knowing the
    organisations `names` (slugs; without them, the article's own organisations), after the corpus-wide pass
    added `found_elsewhere` (a name another article taught) to the article's mentions."""
    article = extract_article(SeedFile("a", "a.txt", text, "0" * 64), {})
    if names is None:
        names = {slug(m.name) for m in article.entities.mentions if m.kind == "organisation"}
    if found_elsewhere:
        start = text.index(found_elsewhere)
        added = Mention(
            "organisation", found_elsewhere, Span(start, start + len(found_elsewhere)), "name found in another article", 0.9
        )
        article.entities = replace(article.entities, mentions=[*article.entities.mentions, added])
    organisations = OrganisationNames(set(names))
    return {m.text: member_subjects(m, organisations)[1] for m in claim_records(article).members}


def said(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of every quote of the text but the indirect ones."""
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


def speakers_under_a_title(text: str, roles: Iterable[tuple[str, str, str | None]] = ()) -> list[tuple[str, str | None]]:
    """(words, speaker) of every direct and partial quote of the text under a headline line, the corpus's
    `roles` given (other articles' holders of a title)."""
    text = TITLE + text
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex(roles))
    return [(q.span.of(text), q.speaker) for q in found if q.kind in ("direct", "partial")]


def utterance(article: str, text: str, speaker: str | None = None) -> Utterance:
    """One article's direct quote, all its text, for grouping."""
    return Utterance((article, 0, len(text)), Span(0, len(text)), text, "direct", speaker)


def grouped_articles(*items: Utterance) -> list[set[str]]:
    """The articles of each group of two or more articles."""
    groups = ({link.utterance.quote_key[0] for link in g.links} for g in group_utterances(list(items)))
    return sorted((s for s in groups if len(s) > 1), key=sorted)


def build_and_query(tmp_path: Path, articles: dict[str, str], sql: str) -> list[sqlite3.Row]:
    """Build these short articles (file name without ".txt" -> text) into a new database and read one query."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "out.db"
    build(seeds, db)
    return query(db, sql)
