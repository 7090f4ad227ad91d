"""Adding articles in place, recomputing only what they touch.

An article changes other articles' rows only through the corpus-wide steps:
names and acronyms carried across articles, the roles speakers resolve
against, one row per entity, and the quote and claim groups. Every build
keeps what those steps read (`CorpusState`): counts over articles (confident
names, defined acronyms, lower-case words, roles), what each article asked
or told the corpus (job titles its quotes looked up, product makers), what
it gives each entity's row, and a compact record of its part of grouping.

`add_in_place` then, in one transaction:
1. extracts the new files (the first pass) and updates the counts with what
   they, and the versions they replace, tell the corpus;
2. finds the names and acronyms whose carried meaning changed, and the
   articles whose text holds one (the full-text index, then the text);
3. from the roles those articles state, the job titles whose holders
   changed, and the articles whose quotes looked one up;
4. carries names into those articles and the new ones and finds their
   quotes again; writes their rows; folds the entity and outlet rows they
   touch from every article's contributions; regroups the quotes linked by
   matches to what those articles print (through the blocking index kept in
   the state) and the claims of the subject blocks they fall in (and the
   groups their claims leave or join); writes the rows that differ, and
   refreshes the derived tables for what changed.
`NotLocal` is raised (before anything is written) when the database keeps no
state (an older revision or another extractor version) or too many articles
would be read again; the caller then rebuilds from the extraction cache.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import json
import os
import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import pairwise, permutations
from pathlib import Path
from typing import cast, overload

from db.state import InPlace
from loaders import cache
from loaders.article import ExtractedArticle
from loaders.curated import Curated, load_curated
from loaders.errors import BuildError
from loaders.extract.claims import ClaimFound
from loaders.extract.entities.consistency import CarriedNames, NameSummary, name_summary
from loaders.extract.quotes import RoleIndex
from loaders.extract.quotes.speakers import LOOKUP_AT
from loaders.group.claims import (
    STORY_FIGURE,
    STORY_FIGURE_ARTICLES,
    UNKNOWN_SUBJECT,
    BlockKey,
    Candidate,
    ClaimRecords,
    Member,
    OrganisationNames,
    Placement,
    _member_subjects,
    _never_grouped,
    _story_key,
    block_candidates,
    block_items,
    candidate,
    claim_block,
    claim_records,
    claim_rows,
    pick,
    remember_subjects,
    story_figures,
    story_partners,
    story_subjects,
    with_story,
)
from loaders.group.quotes import (
    MAX_BLOCK,
    UnitMatcher,
    Utterance,
    _compare_units,
    _Unit,
    _unit,
    blocking_keys,
    comparable,
    speaker_titles,
    story_names,
    unit_digest,
    utterances,
)
from loaders.labels import reading_order
from loaders.progress import Progress
from loaders.read import SeedFile
from loaders.rows import ENTITY_TABLES, CorpusRows, QuoteRecord, entity_contributions, fold_contribution, quote_rows
from loaders.spans import ContentIds, Span, content_id, slug

NAME, ONE_WORD, ACRONYM, WORD, ROLE = "name", "one-word", "acronym", "word", "role"
ROLE_LOOKUP, MAKER, MAKER_OF = "role lookup", "maker", "maker of"
CLAIM_SUBJECT, CLAIM_NAME, CLAIM_CANDIDATE = "claim subject", "claim name", "claim candidate"
CLAIM_KINDS = (CLAIM_SUBJECT, CLAIM_NAME, CLAIM_CANDIDATE, STORY_FIGURE)
QUOTE_KEY, QUOTE_UNIT, PRINTED = "quote key", "quote unit", "printed"
LOWER_CASE, ASKED = "lower case", "asked"  # the value of a word's and a title lookup's rows (never empty)
_UNKNOWN = "?"  # a claim about no known organisation: its article's stand-in subject, in the index
_SEPARATOR = "\x1f"
_RESOLVED_BY_GROUP = "; resolved through the same utterance in other articles: "
PER_ARTICLE_TABLES = ("paragraphs", "sentences", "removed_parts", "mentions", "person_roles")
STATE_TABLES = ("corpus_index", "entity_contributions", "article_records", "claim_members", "claim_placements", "quote_printings")
MAX_SHARE = 0.05  # of the corpus read again, beyond which rebuilding from the cache is as quick
# Articles read again that are always worth doing in place: three held-out articles added to the other
# 356 read 27 again, 0.9 s in place against 2.4 s rebuilding from the cache; one added to 537 read 50
# again, 5.7 s in place against 9.0 s rebuilding (a loaded machine).
MIN_LIMIT = 100
_TOKEN_RE = re.compile(r"[^\W_]+")  # the words of a name, as the full-text index splits them


class NotLocal(Exception):
    """Adding in place is not possible or not worth it here: rebuild from the cache."""


# The state every build keeps ------------------------------------------------------------


def summary_counts(summary: NameSummary) -> set[tuple[str, str, str]]:
    """What one article adds to corpus_counts for the carried names (each counts one article)."""
    out: set[tuple[str, str, str]] = set()
    for name, kinds in summary.confident.items():
        out.update((NAME, name, kind) for kind in kinds)
        if " " not in name:
            out.add((ONE_WORD, name.lower(), name))
    for acronym, names in summary.acronyms.items():
        out.update((ACRONYM, acronym, name) for name in names)
    out.update((WORD, word, LOWER_CASE) for word in summary.lower_case)
    return out


def role_counts(roles: Iterable[tuple[str, str, str | None]]) -> set[tuple[str, str, str]]:
    """What one article's roles add to corpus_counts: each ending of each title (the keys RoleIndex looks up)."""
    out: set[tuple[str, str, str]] = set()
    for person, title, organisation in roles:
        parts = title.split()
        for index in range(len(parts)):
            out.add((ROLE, " ".join(parts[index:]), person + _SEPARATOR + (organisation or "")))
    return out


@dataclass
class Record:
    """One article's part of the cross-article steps (the article_records payload; its claims
    are written apart, one claim_members row each)."""

    roles: list[tuple[str, str, str | None]]
    speakers: list[tuple[int, int, str | None, int]]  # each quote's span, its speaker's id as read, its row's id
    utterances: list[Utterance]
    claims: ClaimRecords
    normal: list[str] = field(default_factory=list)  # each utterance's normal form (`comparable`)


@dataclass
class ArticleState:
    record: Record
    index: list[dict]  # corpus_index rows
    contributions: list[dict]  # entity_contributions rows
    printings: list[dict] = field(default_factory=list)  # quote_printings rows

    def rows(self, article_id: str) -> dict[str, list[dict]]:
        return {
            "corpus_index": self.index,
            "entity_contributions": self.contributions,
            "quote_printings": self.printings,
            "article_records": [
                {"article_id": article_id, "payload": cache.dump_value(dataclasses.replace(self.record, claims=ClaimRecords()))}
            ],
            "claim_members": [
                {"claim_id": int(claim_key(member)), "article_id": article_id, "member": member_text(member)}
                for member in self.record.claims.members
            ],
        }


# A claim's fields in its claim_members row, positionally: the figure's (its span as [start, end],
# `subjects` as a list), then the member's own. An add reads each claim of the blocks it regroups
# (thousands at 100,000 articles): a flat array decodes several times faster than tagged objects.
_CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(ClaimFound))
_SCALAR = (str, int, float, bool, type(None))
_SPAN_AT, _SUBJECTS_AT = _CLAIM_FIELDS.index("span"), _CLAIM_FIELDS.index("subjects")


def member_text(member: Member) -> str:
    """The claim as its claim_members row holds it (`member_of` reads it back)."""
    claim = member.claim
    values: list[object] = []
    for name in _CLAIM_FIELDS:
        value = getattr(claim, name)
        if name == "span":
            value = [claim.span.start, claim.span.end]
        elif name == "subjects":
            value = list(value)
        elif not isinstance(value, _SCALAR):
            raise TypeError(f"claim_members cannot hold a {type(value).__name__} in {name}")
        values.append(value)
    own = [member.outlet, list(member.sentence_organisations), member.in_headline, member.text]
    return json.dumps([values, *own], ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def member_of(article_id: str, text: str) -> Member:
    """A claim_members row's member back (`member_text`)."""
    try:
        values, outlet, near, in_headline, printed = json.loads(text)
        if len(values) == len(_CLAIM_FIELDS):  # every field: given by position (a block's thousands of claims)
            values[_SPAN_AT] = Span(*values[_SPAN_AT])
            values[_SUBJECTS_AT] = tuple(values[_SUBJECTS_AT])
            claim = ClaimFound(*values)
        else:
            if len(values) > len(_CLAIM_FIELDS):
                raise ValueError("more fields than a claim has")
            fields = dict(zip(_CLAIM_FIELDS, values, strict=False))  # fields added since keep their defaults, as in the cache
            fields["span"] = Span(*fields["span"])
            if "subjects" in fields:
                fields["subjects"] = tuple(fields["subjects"])
            claim = ClaimFound(**fields)
    except (ValueError, TypeError) as error:
        raise NotLocal(f"a claim record this program did not write ({error})") from None
    return Member(article_id, claim, outlet, tuple(near), in_headline, printed)


def placement_text(placed: Placement) -> str:
    """A claim's placement as its claim_placements row holds it (`placement_of` reads it back): its
    block's unit and whether hypothetical, the organisation it is mainly about, the subjects it may be
    about and those it is mainly about (sorted)."""
    (family, hypothetical), main = placed.block, placed.main
    return json.dumps(
        [family, hypothetical, main, sorted(placed.subjects), sorted(placed.primary)],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def placement_of(text: str, names: OrganisationNames) -> Placement:
    """A claim_placements row's placement back (`placement_text`), its sets shared as grouping shares them."""
    try:
        family, hypothetical, main, subjects, primary = json.loads(text)
        return Placement((family, hypothetical), names.one_copy(frozenset(subjects)), names.one_copy(frozenset(primary)), main)
    except (ValueError, TypeError) as error:
        raise NotLocal(f"a claim placement this program did not write ({error})") from None


def placement_row(member: Member, placed: Placement) -> dict:
    return {"claim_id": int(claim_key(member)), "article_id": member.article_id, "placement": placement_text(placed)}


def article_state(article: ExtractedArticle) -> ArticleState:
    """What one article, its names carried and quotes found, gives the corpus-wide steps."""
    article_id, text, found = article.seed.id, article.seed.text, article.entities
    roles = sorted({(r.person, r.title, r.organisation or None) for r in found.roles}, key=repr)
    speakers: dict[tuple[int, int], tuple[str | None, int]] = {}
    said: list[Utterance] = []
    story = story_names(
        (m.name for m in found.mentions if m.kind == "organisation"), (m.name for m in found.mentions if m.kind == "person")
    )
    held = [(r.person, r.title, r.organisation) for r in found.roles]  # the titles the article gives its people
    for quote in article.quotes:  # as CorpusRows keys them: one speaker per span, every quote's utterances
        row_id = content_id(article_id, "quote", quote.kind, quote.span.start, quote.span.end)
        speakers[(quote.span.start, quote.span.end)] = (slug(quote.speaker) if quote.speaker else None, row_id)
        said.extend(
            utterances(
                article_id,
                text,
                quote.span,
                quote.kind,
                story=story,
                titles=speaker_titles(quote.speaker, quote.speaker_as_written, quote.source, held),
            )
        )
    index = [{"kind": ROLE_LOOKUP, "key": title, "article_id": article_id, "value": ASKED} for title in article.role_titles]
    for product, maker in found.makers.items():
        index.append({"kind": MAKER, "key": product, "article_id": article_id, "value": maker})
        index.append({"kind": MAKER_OF, "key": slug(maker), "article_id": article_id, "value": product})
    normal = [comparable(item.text) for item in said]
    printed = printings_texts(normal, said, speakers)
    printings = []
    for form in sorted(printed):  # the blocking index of quote grouping, where each unit is printed, and its printings
        digest = unit_digest(form)
        index.append({"kind": QUOTE_UNIT, "key": digest, "article_id": article_id, "value": PRINTED})
        index.extend({"kind": QUOTE_KEY, "key": key, "article_id": article_id, "value": digest} for key in blocking_keys(form))
        printings.append({"key": digest, "article_id": article_id, "printings": printed[form]})
    record = Record(
        roles,
        [(start, end, who, row_id) for (start, end), (who, row_id) in speakers.items()],
        said,
        claim_records(article),
        normal,
    )
    return ArticleState(record, _unique(index), entity_contributions(article), printings)


def printings_texts(
    normal: Sequence[str], said: Sequence[object], speakers: Mapping[tuple[int, int], tuple[str | None, int]]
) -> dict[str, str]:
    """Each unit's printings in one article, as its quote_printings row holds them: its normal form,
    then for each utterance of that form (in the record's order) its position, the utterance as the
    record stores it, its quote's speaker as read and its quote's row id. Quote regrouping reads a
    wording's printers' rows instead of their whole records (a stock sentence is printed by
    thousands of articles, each read for one utterance). `said` holds Utterances, or their stored
    JSON values. One pass over the article's utterances, whatever number of wordings it prints."""
    by_form: dict[str, list[object]] = {}
    for position, (printed, utterance) in enumerate(zip(normal, said, strict=True)):
        plain = utterance if isinstance(utterance, dict) else cache.plain(utterance)
        start, end = _span_of(plain)
        who, row_id = speakers[(start, end)]
        by_form.setdefault(printed, [printed]).append([position, plain, who, row_id])
    return {form: json.dumps(out, ensure_ascii=False, separators=(",", ":"), allow_nan=False) for form, out in by_form.items()}


def _span_of(plain: dict) -> tuple[int, int]:
    """The span of an utterance's quote (its key's start and end), from its stored JSON."""
    _, start, end = plain["quote_key"]["items"]
    return start, end


def _unique(rows: list[dict]) -> list[dict]:
    return list({(row["kind"], row["key"], row["value"]): row for row in rows}.values())


def fold_entity(kind: str, entity_id: str, contributions: list[dict]) -> dict | None:
    """The entity's row from every article's contribution, in the build's order (as EntityRows makes it)."""
    row: dict | None = None
    for entry in contributions:
        row = fold_contribution(row, kind, entity_id, entry)
    return row


class CorpusState:
    """The corpus state a build writes: counts as the articles come, rows per article."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str, str], int] = {}

    def summary(self, summary: NameSummary) -> None:
        for key in summary_counts(summary):
            self.counts[key] = self.counts.get(key, 0) + 1

    def article(self, article: ExtractedArticle) -> dict[str, list[dict]]:
        state = article_state(article)
        self.roles(state.record.roles)
        return state.rows(article.seed.id)

    def roles(self, roles: list[tuple[str, str, str | None]]) -> None:
        """Count one article's roles (its rows made elsewhere: `article_state(article).rows`)."""
        for key in role_counts(roles):
            self.counts[key] = self.counts.get(key, 0) + 1

    INDEX_BATCH = 20_000  # claims per batch of index rows: the corpus's rows are never held at once

    def claims(
        self,
        records: ClaimRecords,
        organisations: set[str],
        candidates: Mapping[int, list[Candidate]],
        names: OrganisationNames | None = None,
        placements: list[Placement] | None = None,
    ) -> Iterator[dict[str, list[dict]]]:
        """The claims' index rows and placements, in batches, once the corpus's organisations are known and the
        claims grouped (`candidates`: each claim's groups in its blocks, by position; `names` and
        `placements`: grouping's, if kept). The index is keyed by its text (WITHOUT ROWID), so the
        order the batches are written in leaves the compacted file the same."""
        names = with_story(records.members, names or OrganisationNames(organisations, records.elsewhere))
        members = records.members
        for start in range(0, len(members), self.INDEX_BATCH):
            positions = range(start, min(start + self.INDEX_BATCH, len(members)))
            placed = [placements[p] if placements else claim_block(members[p], names) for p in positions]
            yield {
                "corpus_index": [
                    row
                    for position, placement in zip(positions, placed, strict=True)
                    for row in claim_index_rows(members[position], names, candidates.get(position, []), _placed_blocks(placement))
                ],
                "claim_placements": [
                    placement_row(members[position], placement) for position, placement in zip(positions, placed, strict=True)
                ],
            }

    def rows(self) -> dict[str, list[dict]]:
        counts = self.counts
        self.counts = {}
        return {"corpus_counts": [{"kind": k, "key": key, "value": v, "articles": n} for (k, key, v), n in counts.items()]}


def claim_key(member: Member) -> str:
    """The claim's id (as its row has it), as the index's text."""
    return _claim_key(member.article_id, member.claim.span.start, member.claim.span.end)


@functools.lru_cache(maxsize=1 << 16)
def _claim_key(article_id: str, start: int, end: int) -> str:
    return str(content_id(article_id, "claim", start, end))


@functools.lru_cache(maxsize=1 << 12)  # a regrouping writes a few blocks' texts hundreds of thousands of times
def block_text(key: BlockKey) -> str:
    """A subject's block as the index's text."""
    (family, hypothetical), subject = key
    return f"{family}{_SEPARATOR}{int(hypothetical)}{_SEPARATOR}" + subject.replace(UNKNOWN_SUBJECT, _UNKNOWN)


@functools.lru_cache(maxsize=1 << 12)  # a regrouping parses a few blocks' texts hundreds of thousands of times
def block_key(text: str) -> BlockKey:
    family, hypothetical, subject = text.split(_SEPARATOR)
    return (family, hypothetical == "1"), subject.replace(_UNKNOWN, UNKNOWN_SUBJECT, 1) if subject.startswith(
        _UNKNOWN
    ) else subject


def claim_subjects(member: Member, names: OrganisationNames) -> set[str]:
    """The blocks the claim falls in: one per subject it may be about (see `group_claims`)."""
    return _blocks_of(claim_block(member, names))


def _blocks_of(placed: Placement) -> set[str]:
    return {block_text((placed.block, subject)) for subject in placed.subjects}


def _placed_blocks(placed: Placement) -> Callable[[str, Member], set[str]]:
    """`claim_index_rows`' subjects of a claim whose placement grouping made already."""
    return lambda _key, _member: _blocks_of(placed)


def claim_names(member: Member) -> set[str]:
    """The ids of the names the claim's subjects are resolved from (a change to how one resolves changes them)."""
    claim = member.claim
    written = [member.outlet, claim.source, claim.subject, *claim.subjects, *member.sentence_organisations]
    return {slug(name) for name in written if name}


def candidate_text(key: str, option: Candidate) -> str:
    return _SEPARATOR.join((key, str(option.articles), str(option.claims), option.group))


def candidate_of(row: dict) -> tuple[str, Candidate]:
    """(claim key, candidate) from a CLAIM_CANDIDATE row."""
    key, articles, claims, group = row["value"].split(_SEPARATOR)
    return key, Candidate(block_key(row["key"]), int(articles), int(claims), group)


def claim_index_rows(
    member: Member,
    names: OrganisationNames,
    candidates: list[Candidate],
    subjects: Callable[[str, Member], set[str]] | None = None,
    with_names: bool = True,
) -> list[dict]:
    """The claim's rows in the index: its blocks, the names it reads (unless not `with_names`), and its groups in its blocks."""
    key, article_id = claim_key(member), member.article_id
    keys = subjects(key, member) if subjects else claim_subjects(member, names)
    rows = [{"kind": CLAIM_SUBJECT, "key": subject, "article_id": article_id, "value": key} for subject in keys]
    if with_names:
        rows += [{"kind": CLAIM_NAME, "key": name, "article_id": article_id, "value": key} for name in claim_names(member)]
        # Its story figures (`story_figures`): which articles print them, for the story-level subject step.
        rows += [
            {"kind": STORY_FIGURE, "key": figure, "article_id": article_id, "value": key}
            for figure in story_figures(member.claim)
        ]
    rows += [
        {"kind": CLAIM_CANDIDATE, "key": block_text(option.key), "article_id": article_id, "value": candidate_text(key, option)}
        for option in candidates
    ]
    return rows


# Adding in place --------------------------------------------------------------------------


class Counts:
    """corpus_counts as stored, and as they will be once `delta` is added (looked up by key, cached)."""

    def __init__(self, store: InPlace):
        self.store = store
        self.delta: dict[tuple[str, str, str], int] = {}
        self._by_key: dict[tuple[str, str], dict[str, int]] = {}
        self._stored: dict[str, dict[str, dict[str, int]]] = {}

    def add(self, keys: Iterable[tuple[str, str, str]], sign: int) -> None:
        for key in keys:
            self.delta[key] = self.delta.get(key, 0) + sign
            values = self._by_key.setdefault(key[:2], {})
            values[key[2]] = values.get(key[2], 0) + sign

    def values(self, kind: str, key: str, after: bool) -> dict[str, int]:
        """value -> articles, for one key, before or after the delta (counts above 0 only)."""
        stored = self._stored.setdefault(kind, {})
        if key not in stored:
            self.prefetch(kind, [key])
        out = dict(stored[key])
        if after:
            for value, change in self._by_key.get((kind, key), {}).items():
                out[value] = out.get(value, 0) + change
        return {value: n for value, n in out.items() if n > 0}

    def prefetch(self, kind: str, keys: Iterable[str]) -> None:
        stored = self._stored.setdefault(kind, {})
        missing = [key for key in set(keys) if key not in stored]
        for key in missing:
            stored[key] = {}
        for (key, value), n in self.store.counts(kind, missing).items():
            stored[key][value] = n

    def keys(self, kind: str) -> list[str]:
        """The keys of one kind the delta moves."""
        return sorted(key for k, key in self._by_key if k == kind)


class CarriedLookup(Mapping):
    """The carried names as `carry_names` reads them (`in`, `[]`), looked up in the counts."""

    def __init__(self, counts: Counts, after: bool):
        self.counts, self.after = counts, after
        self._known: dict[str, tuple[str, str] | None] = {}

    def _get(self, surface: str) -> tuple[str, str] | None:
        if surface not in self._known:
            kinds = self.counts.values(NAME, surface, self.after)
            carried = None
            if len(kinds) == 1 and not (" " not in surface and self.counts.values(WORD, surface.lower(), self.after)):
                carried = (next(iter(kinds)), surface)
            self._known[surface] = carried
        return self._known[surface]

    def __contains__(self, surface: object) -> bool:
        return isinstance(surface, str) and self._get(surface) is not None

    def __getitem__(self, surface: str) -> tuple[str, str]:
        found = self._get(surface)
        if found is None:
            raise KeyError(surface)
        return found

    def __iter__(self) -> Iterator[str]:
        raise NotImplementedError("the carried names are looked up, never listed")

    def __len__(self) -> int:
        raise NotImplementedError("the carried names are looked up, never counted")


def _acronyms(counts: Counts, after: bool) -> dict[str, str]:
    defined: dict[str, set[str]] = {}
    for (acronym, name), n in counts.store.counts_of_kind(ACRONYM).items():
        if n > 0:
            defined.setdefault(acronym, set()).add(name)
    if after:
        for (kind, acronym, name), change in counts.delta.items():
            if kind != ACRONYM:
                continue
            stored = counts.store.counts(ACRONYM, [acronym]).get((acronym, name), 0)
            names = defined.setdefault(acronym, set())
            if stored + change > 0:
                names.add(name)
            else:
                names.discard(name)
    return {acronym: next(iter(names)) for acronym, names in defined.items() if len(names) == 1}


class StoredRoles(RoleIndex):
    """The corpus's RoleIndex as it will be, read from the counts by title."""

    def __init__(self, counts: Counts):
        super().__init__()
        self.counts = counts

    def _pairs(self, title: str) -> Iterable[tuple[str, str | None]]:
        for value in self.counts.values(ROLE, title, after=True):
            person, _, organisation = value.partition(_SEPARATOR)
            yield person, organisation or None


@dataclass
class Changed:
    """What the add changes, for the derived tables."""

    articles: set[str] = field(default_factory=set)
    quote_groups: set[int] = field(default_factory=set)
    claim_groups: set[int] = field(default_factory=set)
    entities: set[tuple[str, str]] = field(default_factory=set)
    outlets: bool = False  # an outlet's row changed (claim_conflicts shows outlets' names)


def _words(surface: str) -> list[str]:
    return _TOKEN_RE.findall(surface)


def add_in_place(
    added: list[SeedFile],
    paths: list[Path],
    seeds_dir: Path,
    db_path: Path,
    info: dict[str, str],
    extract: Callable[[SeedFile, dict], bytes],
    with_quotes: Callable[[tuple[SeedFile, bytes], tuple[CarriedNames, RoleIndex]], ExtractedArticle],
    progress: Progress,
) -> dict[str, int]:
    """Add (or replace, by file name) the articles read from `paths` in the database at db_path,
    in place. `extract(seed, catalogue) -> payload` and `with_quotes((seed, payload), (names,
    roles))` are the build's first and third passes. Raises NotLocal, having written nothing,
    when it cannot; BuildError for a file that repeats another article's text."""
    _migrated(db_path, info)
    store = InPlace(db_path)
    # The garbage collector paused for the add: it reads tens of thousands of records (the articles
    # printing a stock sentence, a widely named subject's claims), none of which form cycles, and each
    # full collection walked all of them read so far again (a quarter of an add's CPU at 100,000).
    collecting = gc.isenabled()
    gc.disable()
    try:
        store.begin()
        try:
            counts = _add(store, added, paths, seeds_dir, info, extract, with_quotes, progress)
            progress.step(f"committing to {db_path.name}")
            store.commit(info.get("program_version"))
            return counts
        except BaseException:
            store.rollback()
            raise
    finally:
        store.close()
        if collecting:
            gc.enable()


def _migrated(db_path: Path, info: dict[str, str]) -> None:
    """Migrate a database of an earlier revision that keeps the corpus state (0010 on) to the head
    first, where this program's extractor built it (else `add` rebuilds from the cache, migrating
    it then): the migrations fill what the later revisions keep (claim_placements), and `add` then
    works in place."""
    import sqlite3

    from db.engine import head_revision

    connection = sqlite3.connect(db_path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "build_info", "claim_members"} <= tables:
            return
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        extractor = connection.execute("SELECT value FROM build_info WHERE name = 'extractor_version'").fetchone()
    finally:
        connection.close()
    if revision is None or revision[0] == head_revision() or extractor is None or extractor[0] != info["extractor_version"]:
        return
    from db.engine import upgrade

    upgrade(db_path)


def _add(
    store: InPlace,
    added: list[SeedFile],
    paths: list[Path],
    seeds_dir: Path,
    info: dict[str, str],
    extract: Callable[[SeedFile, dict], bytes],
    with_quotes: Callable[[tuple[SeedFile, bytes], tuple[CarriedNames, RoleIndex]], ExtractedArticle],
    progress: Progress,
) -> dict[str, int]:
    stored_info = store.info()
    articles = store.articles()
    if not store.keeps_state() or stored_info.get("extractor_version") != info["extractor_version"]:
        raise NotLocal("built by another schema revision or extractor version")
    if store.count("article_records") != len(articles):
        raise NotLocal("the database keeps no corpus state for every article")
    if store.count("claim_members") != store.count("claims"):  # migrated to 0010: filled by the next build
        raise NotLocal("the database keeps no grouping record for every claim")
    if store.count("claim_placements") != store.count("claims"):  # migrated to 0011 offline: filled by the next build
        raise NotLocal("the database keeps no placement for every claim")
    if store.quote_printings_missing():  # migrated to 0013 offline: filled by the next build
        raise NotLocal("the database keeps no printings of the quote wordings its articles print")
    by_id = {article_id: (file_name, sha) for article_id, file_name, sha in articles}
    folder = FolderDigest([(file_name, sha) for _, file_name, sha in articles], _other_files(seeds_dir))
    if stored_info.get("seeds_sha256") != folder.hexdigest():
        raise NotLocal("the seeds folder is not what the database was built from")
    new_ids = {seed.id for seed in added}
    replaced = {seed.id for seed in added if seed.id in by_id}
    stored_texts = store.texts(replaced)
    for seed in added:
        if seed.id in by_id and by_id[seed.id][0] != seed.file_name:
            raise NotLocal(f"{seed.file_name}: another file gives the same article id")
    curated = load_curated(seeds_dir, set(by_id) | new_ids)
    version = cache.cache_version(info["extractor_version"], curated.catalogue)
    if store.cached_articles(version) != len(articles):
        raise NotLocal("the extraction cache is not this version's")
    for seed, path in zip(added, paths, strict=True):  # the same text (once decoded) in two files is one article twice
        twin = store.same_text(seed.text, seed.id)
        if twin is not None:
            raise BuildError(str(path), f"same text as {twin}: one article, two files")

    # 1. The new articles' first pass, and the counts moved by what they and their old versions tell.
    progress.step(f"extracting {len(added)} articles")
    payloads = {seed.id: store.payload(seed.sha256, version) or extract(seed, curated.catalogue) for seed in added}
    counts = Counts(store)
    old_records = {article_id: _record(payload) for article_id, payload in store.records(replaced).items()}
    for article_id in replaced:
        old_seed = SeedFile(
            id=article_id, file_name=by_id[article_id][0], text=stored_texts[article_id], sha256=by_id[article_id][1]
        )
        old = cache.load(_payload(store, old_seed.sha256, version), old_seed)
        counts.add(summary_counts(name_summary(old_seed.text, old.entities)), -1)
    for seed in added:
        counts.add(summary_counts(name_summary(seed.text, cache.load(payloads[seed.id], seed).entities)), +1)

    # 2. Names and acronyms whose carried meaning changed; the articles that hold one.
    before, after = CarriedLookup(counts, after=False), CarriedLookup(counts, after=True)
    acronyms_before, acronyms_after = _acronyms(counts, False), _acronyms(counts, True)
    surfaces = {key for (kind, key, _), change in counts.delta.items() if kind == NAME and change}
    counts.prefetch(WORD, counts.keys(WORD))
    crossed = [key for key in counts.keys(WORD) if bool(counts.values(WORD, key, False)) != bool(counts.values(WORD, key, True))]
    counts.prefetch(ONE_WORD, crossed)
    for word in crossed:
        surfaces.update(counts.values(ONE_WORD, word, False))
        surfaces.update(counts.values(ONE_WORD, word, True))
    counts.prefetch(NAME, surfaces)
    changed_surfaces = {s for s in surfaces if before._get(s) != after._get(s)}
    changed_surfaces |= {a for a in set(acronyms_before) | set(acronyms_after) if acronyms_before.get(a) != acronyms_after.get(a)}
    limit = max(MIN_LIMIT, int(MAX_SHARE * len(articles)))
    reread = _holding(store, changed_surfaces, limit) - new_ids
    names = CarriedNames(after, acronyms_after)  # type: ignore[arg-type]

    # 3. Roles: those of the articles read again change; the titles whose holders changed.
    old_records.update({a: _record(p) for a, p in store.records(reread).items()})
    seeds = {seed.id: seed for seed in added}
    texts = store.texts(reread)
    for article_id in reread:
        file_name, sha = by_id[article_id]
        seeds[article_id] = SeedFile(id=article_id, file_name=file_name, text=texts[article_id], sha256=sha)
        payloads[article_id] = _payload(store, sha, version)
    carried = {article_id: _carried(seeds[article_id], payloads[article_id], names) for article_id in seeds}
    for record in old_records.values():
        counts.add(role_counts(record.roles), -1)
    for roles in carried.values():
        counts.add(role_counts(roles), +1)
    counts.prefetch(ROLE, counts.keys(ROLE))
    # A title whose holders changed: its lookups of no organisation (or tied to names), and its lookups at
    # the organisations of the holders that came or went (a lookup at another gets the same holders).
    lookups: set[str] = set()
    for key in counts.keys(ROLE):
        holders_before, holders_after = set(counts.values(ROLE, key, False)), set(counts.values(ROLE, key, True))
        if holders_before != holders_after:
            lookups.add(key)
            for value in holders_before ^ holders_after:
                if organisation := value.partition(_SEPARATOR)[2]:
                    lookups.add(key + LOOKUP_AT + organisation)
    quoted_again = store.indexed_articles(ROLE_LOOKUP, lookups) - set(seeds)
    if len(reread) + len(quoted_again) > limit:
        raise NotLocal(f"{len(reread) + len(quoted_again)} articles would be read again")
    texts = store.texts(quoted_again)
    for article_id in quoted_again:
        file_name, sha = by_id[article_id]
        seeds[article_id] = SeedFile(id=article_id, file_name=file_name, text=texts[article_id], sha256=sha)
        payloads[article_id] = _payload(store, sha, version)
        old_records.update({a: _record(p) for a, p in store.records([article_id]).items()})

    # 4. Those articles' third pass, and their own rows.
    progress.step(f"quotes and rows of {len(seeds)} articles ({len(seeds) - len(added)} read again)")
    role_index = StoredRoles(counts)
    done = {
        article_id: with_quotes((seeds[article_id], payloads[article_id]), (names, role_index)) for article_id in sorted(seeds)
    }
    return _write(store, done, old_records, payloads, by_id, curated, counts, folder, replaced, stored_info, version, progress)


def _payload(store: InPlace, sha256: str, version: str) -> bytes:
    payload = store.payload(sha256, version)
    if payload is None:
        raise NotLocal("an article's extraction is gone from the cache")
    return payload


def _record(payload: bytes) -> Record:
    """An article's record, but its claims (kept apart: read only where claims are regrouped)."""
    record = cache.load_value(payload)
    if not isinstance(record, Record):
        raise NotLocal("an article record this program did not write")
    return record


class _Utterances(Sequence[Utterance]):
    """A stored record's utterances, each made from its JSON only when asked for: an article printing a
    stock sentence is read for that one utterance of its several (25,000 such articles at 100,000)."""

    def __init__(self, raw: list):
        self.raw = raw
        self.made: list[Utterance | None] = [None] * len(raw)

    def __len__(self) -> int:
        return len(self.raw)

    @overload
    def __getitem__(self, position: int) -> Utterance: ...
    @overload
    def __getitem__(self, position: slice) -> list[Utterance]: ...
    def __getitem__(self, position: int | slice) -> Utterance | list[Utterance]:
        if isinstance(position, slice):
            return [self[i] for i in range(len(self.raw))[position]]
        made = self.made[position]
        if made is None:
            try:
                found = _utterance(self.raw[position])
            except (ValueError, TypeError, AttributeError) as error:
                raise NotLocal(f"an article record this program did not write ({error})") from None
            if not isinstance(found, Utterance):
                raise NotLocal("an article record this program did not write")
            self.made[position] = made = found
        return made


_UTTERANCE_TAG = f"{Utterance.__module__}:{Utterance.__qualname__}"
_UTTERANCE_FIELDS = ("@", *(f.name for f in dataclasses.fields(Utterance)))
_KNOWN_UTTERANCE = ("@", "quote_key", "span", "text", "kind", "speaker", "story", "asked", "held")  # made directly
_SPAN_TAG = f"{Span.__module__}:{Span.__qualname__}"
_INTERNED = 64  # strings of at most this length are interned, as the cache's reader does


def _spoken_by(u: Utterance, speaker: str | None) -> Utterance:
    """`u` with this speaker (`dataclasses.replace`, made directly where its fields are the known ones:
    a stock sentence's printings are tens of thousands)."""
    if u.speaker == speaker:
        return u
    if _UTTERANCE_FIELDS == _KNOWN_UTTERANCE:
        return Utterance(u.quote_key, u.span, u.text, u.kind, speaker, u.story, u.asked, u.held)
    return dataclasses.replace(u, speaker=speaker)


def _utterance(raw: dict) -> object:
    """A stored utterance as `cache.rebuilt` makes it, its known shape made directly (a stock sentence's
    printings are tens of thousands); another shape through `cache.rebuilt`."""
    if _UTTERANCE_FIELDS == _KNOWN_UTTERANCE and tuple(raw) == _UTTERANCE_FIELDS and raw["@"] == _UTTERANCE_TAG:
        key, span, story, held = raw["quote_key"], raw["span"], raw["story"], raw["held"]
        stories: frozenset | None
        helds: frozenset | None
        try:  # a JSON dict or list among a set's items is unhashable: such a value is made by `cache.rebuilt`
            stories, helds = frozenset(story["items"]), frozenset(held["items"])
        except (TypeError, KeyError):
            stories = helds = None
        if (
            stories is not None
            and helds is not None
            and key.get("@") == "tuple"
            and tuple(span) == ("@", "start", "end")
            and span["@"] == _SPAN_TAG
            and story.get("@") == "frozenset"
            and held.get("@") == "frozenset"
            and all(type(value) is str or value is None for value in (raw["text"], raw["kind"], raw["speaker"], raw["asked"]))
            and all(type(value) is not dict and type(value) is not list for value in key["items"])
        ):
            text, kind, speaker, asked = (
                sys.intern(value) if type(value) is str and len(value) <= _INTERNED else value
                for value in (raw["text"], raw["kind"], raw["speaker"], raw["asked"])
            )
            return Utterance(
                tuple(key["items"]),
                Span(span["start"], span["end"]),
                text,
                kind,
                speaker,
                stories,
                asked,
                helds,
            )
    return cache.rebuilt(raw)


@dataclass
class _Printings:
    """An article's record as quote regrouping reads it: its quotes' speakers, its utterances and their normal forms."""

    speakers: list[tuple[int, int, str | None, int]]
    utterances: Sequence[Utterance]
    normal: list[str]

    @classmethod
    def of(cls, record: Record) -> _Printings:
        return cls(record.speakers, record.utterances, record.normal)


_RECORD_TAG = f"{Record.__module__}:{Record.__qualname__}"


def _printings(payload: bytes) -> _Printings:
    """A stored record's `_Printings` (`_record` gives the same, every utterance made at once)."""
    try:
        raw = cache.load_plain(payload)
        if not isinstance(raw, dict) or raw.get("@") != _RECORD_TAG:
            raise ValueError("not a record")
        speakers = [cast(tuple[int, int, str | None, int], cache.rebuilt(item)) for item in raw["speakers"]]
        normal = raw.get("normal", [])
        utterances = _Utterances(raw["utterances"])
        if not (isinstance(normal, list) and all(isinstance(form, str) for form in normal)):
            raise ValueError("not a record's normal forms")
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise NotLocal(f"an article record this program did not write ({error})") from None
    return _Printings(speakers, utterances, normal)


def _carried(seed: SeedFile, payload: bytes, names: CarriedNames) -> list[tuple[str, str, str | None]]:
    from loaders.build import _roles

    return sorted({(p, t, o or None) for p, t, o in _roles((seed, payload), names)}, key=repr)


def _holding(store: InPlace, surfaces: set[str], limit: int) -> set[str]:
    """The articles whose text holds one of the surfaces."""
    found: set[str] = set()
    for surface in sorted(surfaces):
        words = _words(surface)
        if not words:
            raise NotLocal(f"no words to look up in {surface!r}")
        candidates = store.search_articles(words) - found
        if len(found) + len(candidates) > 4 * limit:
            raise NotLocal(f"{surface!r} stands in too many articles")
        texts = store.texts(candidates)
        found.update(article_id for article_id, text in texts.items() if surface in text)
        if len(found) > limit:
            raise NotLocal(f"{len(found)} articles would be read again")
    return found


def _other_files(seeds_dir: Path) -> dict[str, bytes]:
    """The folder's files that are not articles (the catalogue, notes), as name -> sha256 digest."""
    out: dict[str, bytes] = {}
    if seeds_dir.is_dir():
        # The directory's entries, not Paths (a large folder holds 100,000), and the name first: an
        # article's file is never stat'ed.
        with os.scandir(seeds_dir) as found:
            for entry in found:
                if not entry.name.endswith(".txt") and not entry.name.startswith(".") and entry.is_file():
                    out[entry.name] = hashlib.sha256(Path(entry.path).read_bytes()).digest()
    return out


class FolderDigest:
    """seeds_digest of the folder as a full build reads it (`_digest`), kept as each file's part of
    the digested bytes in name order: the digest after an add changes the parts of the files it
    writes, not the 100,000 others' (made once, from the articles as the database lists them:
    already in name order)."""

    def __init__(self, articles: list[tuple[str, str]], others: Mapping[str, bytes]):
        """`articles`: (file name, sha256) of each article file; `others`: as `_other_files` finds them."""
        if any(a[0] >= b[0] for a, b in pairwise(articles)):
            articles = sorted(dict(articles).items())
        self.names = [name for name, _ in articles]
        self.parts = [name.encode() + b"\0" + bytes.fromhex(sha) for name, sha in articles]
        for name, digest in sorted(others.items()):
            self._set(name, digest)

    def _set(self, name: str, digest: bytes) -> None:
        position = bisect_left(self.names, name)
        part = name.encode() + b"\0" + digest
        if position < len(self.names) and self.names[position] == name:
            self.parts[position] = part
        else:
            self.names.insert(position, name)
            self.parts.insert(position, part)

    def put(self, name: str, sha256: str) -> None:
        """An article file added or replaced (its sha256 in hex)."""
        self._set(name, bytes.fromhex(sha256))

    def hexdigest(self) -> str:
        return hashlib.sha256(b"".join(self.parts)).hexdigest()


def _write(
    store: InPlace,
    done: dict[str, ExtractedArticle],
    old_records: dict[str, Record],
    payloads: dict[str, bytes],
    by_id: dict[str, tuple[str, str]],
    curated: Curated,
    counts: Counts,
    folder: FolderDigest,
    replaced: set[str],
    stored_info: dict[str, str],
    version: str,
    progress: Progress,
) -> dict[str, int]:
    changed = Changed(articles=set(done))
    ids = sorted(done)
    # Old contributions and outlets, before their rows go.
    old_entities = {(row["kind"], row["entity_id"]) for row in store.rows("entity_contributions", "article_id", ids)}
    old_makers = {
        (row["kind"], row["key"], row["value"])
        for row in store.rows("corpus_index", "article_id", ids)
        if row["kind"] != ROLE_LOOKUP
    }
    old_outlets = {row["outlet_id"] for row in store.rows("articles", "id", ids) if row["outlet_id"]}
    old_claim_rows = [row for row in store.rows("corpus_index", "article_id", ids) if row["kind"] in CLAIM_KINDS]
    # What the claims' full-text index holds for their claims (their sentences): read before the
    # sentences are written anew, as it can only be told to forget the text it was given.
    old_claim_texts = dict(store.claims_index_texts(row["id"] for row in store.rows("claims", "article_id", ids)))
    organisations_before = store.ids("organisations")
    people_before = store.ids("people")
    elsewhere_named = {
        row["entity_id"] for row in store.rows("entity_contributions", "article_id", ids) if row["kind"] in {"place", "person"}
    }
    elsewhere_before = {entity_id for entity_id in elsewhere_named if store.named_as_place_or_person(entity_id)}
    changed.entities |= {(row["kind"], row["entity_id"]) for row in store.rows("article_entities", "article_id", ids)}

    # The articles' own rows and state, anew.
    new_rows: dict[str, dict[str, list[dict]]] = {}
    new_quotes: dict[str, list[dict]] = {}
    new_records: dict[str, Record] = {}
    outlets_of: dict[str, dict] = {}
    for article_id in ids:
        article = done[article_id]
        corpus = CorpusRows(curated)
        rows = corpus.add(article)
        new_rows[article_id] = rows
        new_quotes[article_id] = rows.pop("quotes")  # written with the regrouped quotes
        outlets_of.update({k: v for k, v in corpus.outlets.items()})
        state = article_state(article)
        new_records[article_id] = state.record
        rows.update(state.rows(article_id))
    for table in ("articles", *PER_ARTICLE_TABLES, *STATE_TABLES):
        store.delete(table, "id" if table == "articles" else "article_id", ids)
    for article_id in ids:
        for table, table_rows in new_rows[article_id].items():
            store.insert(table, table_rows)
    # The cache: the new versions' extractions in, the replaced versions' out.
    cache_rows = [
        {"article_sha256": done[a].seed.sha256, "extractor_version": version, "payload": payloads[a]}
        for a in ids
        if done[a].seed.sha256 != by_id.get(a, ("", ""))[1]
    ]
    store.delete_keys("extraction_cache", [(by_id[a][1], version) for a in replaced if by_id[a][1] != done[a].seed.sha256])
    store.insert("extraction_cache", cache_rows, replace=True)

    # Entities: every entity the articles named (before or now) folded again from every article's contributions.
    new_entities = {(row["kind"], row["entity_id"]) for a in ids for row in new_rows[a]["entity_contributions"]}
    new_makers = {
        (row["kind"], row["key"], row["value"]) for a in ids for row in new_rows[a]["corpus_index"] if row["kind"] != ROLE_LOOKUP
    }
    products = {("product", slug(key)) for kind, key, _ in old_makers ^ new_makers if kind == MAKER}
    organisations_changed: set[str] = set()
    renamed: set[tuple[str, str]] = set()  # entities whose row came, went or changed name
    entity_rows: dict[str, list[dict]] = {}
    for kind, entity_id in sorted(old_entities | new_entities | products):
        row = fold_entity(kind, entity_id, store.contributions(kind, entity_id))
        table = ENTITY_TABLES[kind]
        old = store.rows(table, "id", [entity_id])
        if old and row is None:
            store.delete(table, "id", [entity_id])
        if kind == "organisation" and bool(old) != (row is not None):
            organisations_changed.add(entity_id)
        if (old[0]["name"] if old else None) != (row["name"] if row else None):
            renamed.add((kind, entity_id))
        if row is not None:
            entity_rows.setdefault(table, []).append(row)
    for table, table_rows in entity_rows.items():
        if table != "products":
            store.insert(table, table_rows, replace=True)
    # A product's maker is the one the last article (in order) naming its maker gives, where that is an organisation.
    for organisation in organisations_changed:
        products.update(("product", slug(product)) for _, product in store.indexed_values(MAKER_OF, organisation))
    product_rows = {row["id"]: row for row in entity_rows.get("products", [])}
    for _, product_id in products:
        if product_id not in product_rows:
            product_rows.update({row["id"]: row for row in store.rows("products", "id", [product_id])})
    organisations = store.ids("organisations")
    for row in product_rows.values():
        makers = store.indexed_values(MAKER, row["name"])
        maker = makers[-1][1] if makers else None
        row["maker_id"] = slug(maker) if maker and slug(maker) in organisations else None
    store.insert("products", list(product_rows.values()), replace=True)
    changed.entities |= renamed
    for kind, entity_id in renamed:  # every article naming it shows its name; so do its groups
        changed.articles |= {row["article_id"] for row in store.rows("mentions", "entity_id", [entity_id]) if row["kind"] == kind}

    # Outlets: each one's row is the first article's (in order) that names it.
    new_outlets = {row["outlet_id"] for a in ids for row in new_rows[a]["articles"] if row["outlet_id"]}
    for outlet_id in sorted(old_outlets | new_outlets):
        first = store.first_article_with_outlet(outlet_id)
        if first is None:
            store.delete("outlets", "id", [outlet_id])
            continue
        if first in done:
            row = outlets_of[outlet_id]
        else:
            file_name, sha = by_id[first]
            seed = SeedFile(id=first, file_name=file_name, text=store.texts([first])[first], sha256=sha)
            corpus = CorpusRows(curated)
            corpus.add(cache.load(_payload(store, sha, version), seed))
            row = corpus.outlets[outlet_id]
        old = store.rows("outlets", "id", [outlet_id])
        if old and old[0] != row:
            changed.outlets = True
        store.insert("outlets", [row], replace=True)

    # Counts.
    store.add_counts(counts.delta)
    stored_info = dict(stored_info)
    for article_id in ids:  # a replaced article keeps its file's name
        folder.put(done[article_id].seed.file_name, done[article_id].seed.sha256)
    store.set_info("seeds_sha256", folder.hexdigest())

    # Grouping: quotes from every article's record; claims of the subjects the change reaches.
    _regroup_quotes(store, new_records, old_records, new_quotes, people_before, changed, progress)
    elsewhere_named |= {
        row["entity_id"] for a in ids for row in new_rows[a]["entity_contributions"] if row["kind"] in {"place", "person"}
    }
    elsewhere_changed = {e for e in elsewhere_named if (e in elsewhere_before) != store.named_as_place_or_person(e)}
    organisations_changed = organisations_before ^ store.ids("organisations")
    _regroup_claims(
        store,
        new_records,
        (old_claim_rows, old_claim_texts),
        (organisations_before, organisations_changed),
        elsewhere_changed,
        changed,
        progress,
    )
    # The groups of every claim of the articles written again: their conflicts show each claim's
    # sentence and outlet, which the new version may change (an edit after a figure, a lost outlet)
    # though the claim and its group do not.
    changed.claim_groups |= {row["group_id"] for row in store.rows("claims", "article_id", ids) if row["group_id"] is not None}
    for kind, entity_id in renamed:
        if kind == "person":
            changed.quote_groups |= {row["id"] for row in store.rows("quote_groups", "speaker_id", [entity_id])}
        if kind == "organisation":
            changed.claim_groups |= {row["id"] for row in store.rows("claim_groups", "subject_id", [entity_id])}
    conflicts = changed.claim_groups if not changed.outlets else {row["id"] for row in store.all_rows("claim_groups")}
    store.refresh_derived(
        {
            "quote_coverage": changed.quote_groups,
            "claim_coverage": changed.claim_groups,
            "claim_conflicts": conflicts,
            "article_entities": changed.articles,
        }
    )
    changed.entities |= {
        (row["kind"], row["entity_id"]) for row in store.rows("article_entities", "article_id", changed.articles)
    }
    store.refresh_derived({"entity_outlet_mentions": changed.entities})
    return {"articles": len({*by_id, *ids})}


def _same_words(speaker: str, people: Sequence[AbstractSet[str]]) -> set[str]:
    """The other people (of any of the sets `people`) whose ids are `speaker`'s words in another order
    ("szalai-reka" for "reka-szalai"): those `_names_in_other_order` weighs against each other in one group."""
    words = speaker.split("-")
    if len(words) < 2:
        return set()
    if len(words) <= 6:
        forms = {"-".join(order) for order in permutations(words)}
    else:  # never seen in a name; looked for among the people, as orders are too many to write out
        forms = {person for known in people for person in known if sorted(person.split("-")) == sorted(words)}
    return {form for form in forms if any(form in known for known in people)} - {speaker}


def _settled_by_order(store: InPlace, named: set[str], people: Sequence[AbstractSet[str]]) -> set[int]:
    """Quote groups whose printings name one person in two orders, each as often, settle on the order
    more of the corpus's quotes give (`quote_rows`' tally): the written articles' quotes (as read now or
    before: `named`, with the people who came or went) count in that tally, though the articles print
    none of the group's utterances. The groups of each quote a group gave one of the orders of a name in
    `named` (a tie, or a count, decided there)."""
    ids = {form for speaker in sorted(named) if (others := _same_words(speaker, people)) for form in {speaker} | others}
    if not ids:
        return set()
    given = {
        row["id"] for row in store.rows("quotes", "speaker_id", ids) if _RESOLVED_BY_GROUP in (row["speaker_resolution"] or "")
    }
    return {row["group_id"] for row in store.rows("quote_group_members", "quote_id", given)}


def _regroup_quotes(
    store: InPlace,
    new_records: dict[str, Record],
    old_records: dict[str, Record],
    new_quotes: dict[str, list[dict]],
    people_before: set[str],
    changed: Changed,
    progress: Progress,
) -> None:
    """Quote grouping links units (utterances of one normal form) only where they match, through
    the blocking index (`group_utterances`): regrouped are the units linked by matches to the units
    the written articles print, or printed before, and to those whose blocking key crossed the
    commonness limit; and, until nothing more is reached, the units of their groups as they were.
    A quote's speaker is the one its article reads where the corpus knows that person, else the
    one its group gives."""
    people = store.ids("people")
    people_changed = people ^ people_before  # a quote naming one was of unknown speaker before or is now
    as_read: dict[tuple[str, int, int], str | None] = {}  # a reached quote's speaker as its article reads it
    written = set(new_records)
    records: dict[str, _Printings] = {article_id: _Printings.of(rec) for article_id, rec in new_records.items()}

    def read(article_ids: Iterable[str]) -> None:
        """The records of these articles, read in one pass (a stock sentence's printers are thousands)."""
        records.update({a: _printings(p) for a, p in store.records(sorted(set(article_ids) - set(records))).items()})

    def record(article_id: str) -> _Printings:
        if article_id not in records:
            read([article_id])
        return records[article_id]

    def forms(rec: _Printings | Record) -> list[str]:
        return rec.normal if len(rec.normal) == len(rec.utterances) else [comparable(u.text) for u in rec.utterances]

    old_forms = {form for rec in old_records.values() for form in forms(rec)}
    new_forms = {form for rec in new_records.values() for form in forms(rec)}
    changed_digests = {unit_digest(form) for form in old_forms | new_forms}
    limit = MAX_BLOCK + 1 + len(changed_digests)
    # key -> digest -> (the first article printing it now, whether one not written does); None: too common
    postings: dict[str, dict[str, tuple[str, bool]] | None] = {}

    def posting(key: str) -> dict[str, tuple[str, bool]] | None:
        if key not in postings:
            postings[key] = store.wording_postings(QUOTE_KEY, key, limit, written)
        return postings[key]

    def common(key: str) -> bool:
        found = posting(key)
        return found is None or len(found) > MAX_BLOCK

    def common_before(key: str) -> bool:
        found = posting(key)
        if found is None:
            return True
        old_holders = {unit_digest(form) for rec in old_records.values() for form in forms(rec) if key in blocking_keys(form)}
        before = {d for d, (_, elsewhere) in found.items() if elsewhere} | old_holders
        return len(before) > MAX_BLOCK

    texts: dict[str, str] = {}  # digest -> normal form
    for form in old_forms | new_forms:
        texts[unit_digest(form)] = form
    frontier = {unit_digest(form) for form in new_forms | old_forms}
    for form in old_forms | new_forms:
        for key in blocking_keys(form):
            if common(key) != common_before(key):
                for other, (first, _) in (posting(key) or {}).items():
                    # a unit reached through a key crossing the limit: its text read from an article printing it
                    if other not in texts:
                        texts[other] = _form_of(record(first), other, forms)
                    frontier.add(other)
    # The groups the written articles' utterances stood in, as they were; and those whose tie between one
    # name's two orders the written articles' quotes may settle otherwise (`_settled_by_order`).
    old_members = store.rows(
        "quote_group_members",
        "group_id",
        {row["group_id"] for row in store.rows("quote_group_members", "article_id", written)}
        | _settled_by_order(
            store,
            {s for rec in [*new_records.values(), *old_records.values()] for _, _, s, _ in rec.speakers if s} | people_changed,
            (people, people_before),
        ),
    )
    holders: dict[str, set[str]] = {}
    # digest -> the printings of the articles not written, from their index rows: (article id, position
    # in its record, the utterance as stored); a printed quote's key -> its speaker as read and row id
    printed: dict[str, list[tuple[str, int, Utterance]]] = {}
    quote_of_key: dict[tuple[str, int, int], tuple[str | None, int]] = {}

    def holders_of(digest: str) -> set[str]:
        """The articles printing a unit, its printings in the others than the written read with them."""
        if digest not in holders:
            found: list[tuple[str, int, Utterance]] = []
            holders[digest] = set()
            for article_id, value in store.quote_printings(digest):
                holders[digest].add(article_id)
                if article_id in written:
                    continue  # its printings are its new record's
                form, printings = _stored_printings(value)
                texts.setdefault(digest, form)
                for position, u, who, row_id in printings:
                    found.append((article_id, position, u))
                    quote_of_key[u.quote_key] = (who, row_id)
                    as_read[u.quote_key] = who
            printed[digest] = found
        return holders[digest]

    # each record's speakers by span, made once per article: a walk of the list per quote was quadratic in an article's quotes
    speakers_by_span: dict[str, dict[tuple[int, int], tuple[str | None, int]]] = {}

    def quote_of(key: tuple[str, int, int]) -> tuple[str | None, int] | None:
        """A quote's speaker as read and its row's id."""
        if key[0] not in written and key in quote_of_key:
            return quote_of_key[key]
        by_span = speakers_by_span.get(key[0])
        if by_span is None:
            by_span = {}
            for start, end, who, row_id in record(key[0]).speakers:
                by_span.setdefault((start, end), (who, row_id))  # the first, as the walk found it
            speakers_by_span[key[0]] = by_span
        return by_span.get((key[1], key[2]))

    def printings_of(digest: str) -> list[tuple[str, int, Utterance]]:
        """A unit's printings (article id, position in its record, the utterance as stored), the written articles' from their records."""
        out = list(printed[digest]) if holders_of(digest) else []
        for article_id in holders[digest] & written:
            rec = record(article_id)
            out.extend(
                (article_id, position, rec.utterances[position])
                for position, form in enumerate(forms(rec))
                if form == texts[digest]
            )
        return out

    units: dict[str, tuple[str, list[Utterance]]] = {}

    def unit(digest: str) -> tuple[str, list[Utterance]]:
        if digest not in units:
            units[digest] = _unit_of(digest)
        return units[digest]

    file_names: dict[str, str] = {}  # an article's id -> its file's name: the build's order of articles

    def in_build_order(article_ids: Iterable[str]) -> list[str]:
        wanted = set(article_ids)
        file_names.update(store.file_names(wanted - set(file_names)))
        return sorted(wanted, key=lambda a: (file_names[a], a))

    def _unit_of(digest: str) -> tuple[str, list[Utterance]]:
        """A wording's printings in the build's order (as `group_utterances` meets them: its story parts the same)."""
        said = []
        rank = {a: i for i, a in enumerate(in_build_order(holders_of(digest)))}
        for article_id in holders_of(digest) & written:
            as_read.update({(article_id, start, end): who for start, end, who, _ in record(article_id).speakers})
        for _, _, u in sorted(printings_of(digest), key=lambda p: (rank[p[0]], p[1])):
            who = as_read.get(u.quote_key)
            said.append(_spoken_by(u, who if who in people else None))
        return texts[digest], said

    quote_rows_read: dict[int, dict | None] = {}  # a quote's id -> its row as stored (None: no such row), read once

    def stored_quotes(row_ids: Iterable[int]) -> list[dict]:
        """The stored rows of these quotes (the store's quotes stay as they were until the regrouped rows are written)."""
        unread = set(row_ids) - set(quote_rows_read)
        quote_rows_read.update(dict.fromkeys(unread))
        quote_rows_read.update({row["id"]: row for row in store.rows("quotes", "id", unread)})
        return [row for row_id in dict.fromkeys(row_ids) if (row := quote_rows_read[row_id]) is not None]

    checked: dict[tuple[str, int, int], bool] = {}  # a quote's key -> whether a group gave its speaker

    def _speakers_given_by_groups(keys: set[tuple[str, int, int]]) -> set[tuple[str, int, int]]:
        fresh = {key for key in keys if key not in checked}
        row_keys = {known[1]: key for key in fresh if (known := quote_of(key)) is not None}
        checked.update(dict.fromkeys(fresh, False))
        for row in stored_quotes(set(row_keys)):
            checked[row_keys[row["id"]]] = _RESOLVED_BY_GROUP in (row["speaker_resolution"] or "")
        return {key for key in keys if checked.get(key)}

    matcher = UnitMatcher()
    placed_quotes: set[int] = set()  # the quotes (row ids) whose group members were read
    placings: list[tuple[str, int, int, int]] = []  # those members: (article id, start, end, group id)
    closed: set[str] = set()
    seen_groups: set[int] = set()
    members_by_group: dict[int, list[dict]] = {}
    for row in old_members:
        members_by_group.setdefault(row["group_id"], []).append(row)
    normal_of = functools.lru_cache(maxsize=None)(comparable)  # a group's printings mostly share one text
    for row in old_members:
        form = normal_of(row["text"])
        frontier.add(unit_digest(form))
        texts.setdefault(unit_digest(form), form)
    seen_groups |= set(members_by_group)
    while frontier:
        while frontier:
            digest = frontier.pop()
            if digest in closed or not holders_of(digest):
                continue
            closed.add(digest)
            mine = unit(digest)
            # A wording sharing several keys with this one (a stock sentence's variants share most of their
            # word pairs) is compared once: the units and the matcher's verdict do not change in this loop.
            tried: set[str] = set()
            for key in sorted(blocking_keys(texts[digest])):
                if common(key):
                    continue
                for other, (first, _) in (posting(key) or {}).items():
                    if other in closed or other in frontier or other in tried:
                        continue
                    tried.add(other)
                    if other not in texts:
                        texts[other] = _form_of(record(first), other, forms)
                    if not _may_match(texts[digest], texts[other]):
                        continue  # its wording alone rules a match out: its printings need not be read
                    if matcher(mine, unit(other)):
                        frontier.add(other)
        # The groups the reached units stood in, as they were: their units too.
        reached = [u for digest in closed for u in unit(digest)[1]]
        # Every utterance of a quote reached whose speaker is unknown (now, or before this add: the
        # person it names came or went): its speaker may come from any of its groups, and then counts
        # in the groups after. A quote whose speaker is known (or an indirect one, never given one) is
        # the same in every group: its other groups are not reached through it.
        # ... and a quote whose speaker one of its groups gave ("Ann" named in full by another
        # article's printing): which of its groups gives it, and so each group's speaker, depends on
        # all of them, so all are regrouped together.
        given_by_a_group = _speakers_given_by_groups({u.quote_key for u in reached if u.kind != "indirect"})
        quoted = {
            u.quote_key
            for u in reached
            if u.kind != "indirect"
            and (u.speaker is None or as_read.get(u.quote_key) in people_changed or u.quote_key in given_by_a_group)
        }
        read({k[0] for k in quoted})
        for article_id in {k[0] for k in quoted}:
            rec = record(article_id)
            for position, form in enumerate(forms(rec)):
                if (digest := unit_digest(form)) not in closed and rec.utterances[position].quote_key in quoted:
                    texts.setdefault(digest, form)
                    frontier.add(digest)
        # The groups the reached printings of the articles not written stood in: read by their quotes
        # (the printings' index rows give each one's quote), not as every member of their articles.
        spans = {(u.quote_key[0], u.span.start, u.span.end) for u in reached}
        unread = {
            known[1] for u in reached if u.quote_key[0] not in written and (known := quote_of(u.quote_key)) is not None
        } - placed_quotes
        placed_quotes |= unread
        placings.extend(store.quote_placings(unread))
        groups = {group_id for article_id, start, end, group_id in placings if (article_id, start, end) in spans} - seen_groups
        if groups:
            seen_groups |= groups
            for row in store.rows("quote_group_members", "group_id", groups):
                members_by_group.setdefault(row["group_id"], []).append(row)
                form = normal_of(row["text"])
                digest = unit_digest(form)
                texts.setdefault(digest, form)
                if digest not in closed:
                    frontier.add(digest)
    progress.step(f"regrouping {len(closed)} quoted utterances (distinct wordings) of {len(seen_groups)} quote groups")
    # Regroup the reached units, their utterances in the build's order.
    rank = {a: i for i, a in enumerate(in_build_order({a for d in closed for a in holders_of(d)} | written))}
    found = sorted(
        ((rank[article_id], position, u, texts[digest]) for digest in closed for article_id, position, u in printings_of(digest)),
        key=lambda p: (p[0], p[1]),
    )
    items: list[Utterance] = [u for _, _, u, _ in found]
    normal: list[str] = [form for _, _, _, form in found]
    keys = {u.quote_key for u in items}
    quote_ids = {known[1] for key in keys if (known := quote_of(key)) is not None}
    base: dict[int, dict] = {}
    for row in [*stored_quotes(quote_ids), *(row for rows in new_quotes.values() for row in rows)]:
        if row["article_id"] in written and row["id"] not in {r["id"] for r in new_quotes.get(row["article_id"], [])}:
            continue
        row = {**row, "speaker_id": None, "reading_order": reading_order(row["article_id"], row["span_start"])}
        row["speaker_resolution"] = row["speaker_resolution"].partition(_RESOLVED_BY_GROUP)[0]
        base[row["id"]] = row
    quotes: dict[tuple[str, int, int], QuoteRecord] = {}
    speakers_of = {key: known for key in keys if key[0] not in written and (known := quote_of(key)) is not None}
    for article_id in written:
        speakers_of.update({(article_id, start, end): (who, row_id) for start, end, who, row_id in record(article_id).speakers})
    for quote_key, (speaker, row_id) in speakers_of.items():
        if row_id not in base:
            continue  # a quote none of whose utterances is regrouped: its row stays
        row = base[row_id]
        quotes[quote_key] = QuoteRecord(
            row_id, row["kind"], speaker if speaker in people else None, row["speaker_resolution"], source=row["source"]
        )
    items = [_spoken_by(item, quotes[item.quote_key].speaker_id) for item in items]
    rows: dict[str, list[dict]] = {"quote_groups": [], "quote_group_members": []}

    def made(text: str, members: list[int]) -> list[_Unit] | None:
        return matcher.made(text, members, items)

    def tally(ids: set[str]) -> Counter[str]:
        """How many of the corpus's quotes as read name each of `ids`, as the build counts them: in the
        articles written now, those whose findings give the person's row (a speaker is a person the
        article names) and those whose stored quotes name one of them."""
        articles = {row["article_id"] for row in store.rows("quotes", "speaker_id", ids)} | set(written)
        articles |= {row["article_id"] for person in sorted(ids) for row in store.contributions("person", person)}
        read(articles)
        return Counter(
            speaker for article_id in sorted(articles) for _, _, speaker, _ in record(article_id).speakers if speaker in ids
        )

    for batch in quote_rows(quotes, items, ContentIds(), normal=normal, common=common, made=made, tally=tally):
        for table, table_rows in batch.items():
            rows[table].extend(table_rows)
    for quote in quotes.values():
        if quote.speaker_id is not None:
            base[quote.id].update(speaker_id=quote.speaker_id, speaker_resolution=quote.resolution)
    rows["quotes"] = list(base.values())
    old_quotes = stored_quotes(set(base)) + store.rows("quotes", "article_id", written)
    olds = {
        "quotes": old_quotes,
        "quote_groups": store.rows("quote_groups", "id", seen_groups),
        "quote_group_members": [row for group in members_by_group.values() for row in group],
    }
    for table, group_key in (("quotes", None), ("quote_groups", None), ("quote_group_members", "group_id")):
        old = {row["id"]: row for row in olds[table]}
        new = {row["id"]: row for row in rows[table]}
        gone = [row_id for row_id in old if row_id not in new]
        different = [row for row_id, row in new.items() if not _same(old.get(row_id), row)]
        store.delete(table, "id", gone)
        store.insert(table, different, replace=True)
        groups = changed.quote_groups
        if table == "quote_groups":
            groups.update(gone)
            groups.update(row["id"] for row in different)
        elif group_key:
            groups.update(old[row_id][group_key] for row_id in gone)
            groups.update(row[group_key] for row in different)
            groups.update(old[row["id"]][group_key] for row in different if row["id"] in old)
        elif table == "quotes":
            touched = set(gone) | {row["id"] for row in different}
            groups.update(member["group_id"] for member in rows["quote_group_members"] if member["quote_id"] in touched)
            groups.update(member["group_id"] for member in store.rows("quote_group_members", "quote_id", touched))


def _stored_printings(value: str) -> tuple[str, list[tuple[int, Utterance, str | None, int]]]:
    """A quote_printings row's printings (`printings_texts`): the unit's normal form, and each printing's
    position in its article's record, utterance, quote's speaker as read and quote's row id."""
    try:
        form, *printings = json.loads(value)
        out = []
        for position, plain, who, row_id in printings:
            u = _utterance(plain)
            if not isinstance(u, Utterance) or not isinstance(form, str):
                raise ValueError("not an utterance")
            out.append((position, u, who, row_id))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise NotLocal(f"a quote_printings row this program did not write ({error})") from None
    return form, out


_ANY_SPEAKER = frozenset({"\x00"})


@functools.lru_cache(maxsize=1 << 14)
def _wording(form: str) -> _Unit:
    """A unit of this normal form with nothing known of its printings but one speaker for all:
    what grouping compares, less what only the printings can add."""
    return dataclasses.replace(_unit(form, [], []), speakers=_ANY_SPEAKER)


def _may_match(a: str, b: str) -> bool:
    """Whether two wordings can match as units, whatever their printings: comparing the printed
    units adds conditions only (the names their texts print, a story shared, one same speaker
    for a rewording), so where the wordings alone, under one speaker, do not match, no story
    part of one matches one of the other."""
    return _compare_units(_wording(a), _wording(b)) is not None


def _form_of(rec: _Printings, digest: str, forms: Callable[[_Printings], list[str]]) -> str:
    """The normal form an article's record prints under this digest."""
    for form in forms(rec):
        if unit_digest(form) == digest:
            return form
    raise NotLocal("the quote index names a unit its article does not print")


def _same(old: dict | None, new: dict) -> bool:
    """Whether a stored row already holds a new row's values (its columns the new row's, or more)."""
    if old is None:
        return False
    if old.keys() == new.keys():
        return old == new  # the same columns: one comparison in C (tens of thousands of a group's members)
    return all(old.get(column) == value for column, value in new.items())


def _regroup_claims(
    store: InPlace,
    new_records: dict[str, Record],
    old_rows_and_texts: tuple[list[dict], dict[int, str]],
    organisations_before_and_changed: tuple[set[str], set[str]],
    elsewhere_changed: set[str],
    changed: Changed,
    progress: Progress,
) -> None:
    """Claim grouping works block by block (`group_claims`): the claims that may be about one
    organisation are grouped on their own, and each claim stands in the best group its blocks give
    it. Regrouped: the blocks of the changed claims (before and now); then the groups of other
    blocks that a claim of these blocks leaves or joins. A changed claim is one of the articles
    written again, or one whose subjects resolve differently now (it names an organisation that came
    or went, a prefix of one, or a name now or no longer a place's or person's). `old_rows`: the
    index's claim rows of the articles written again, as they were, and what the claims' full-text
    index holds for their claims (by claim id)."""
    old_rows, old_texts = old_rows_and_texts
    organisations = store.ids("organisations")
    elsewhere = _Elsewhere(store)
    names = OrganisationNames(organisations, cast(AbstractSet[str], elsewhere))
    stored = _StoredClaims(store, new_records, names)
    placed: dict[str, Placement] = {}  # claim key -> its placement as it is now (`claim_block`, once each)
    subjects_now: dict[str, set[str]] = {}  # claim key -> its blocks' keys as they are now
    changed_keys: set[str] = set()  # the changed claims (filled below, before any claim is placed)

    def place(key: str, member: Member) -> Placement:
        """The claim's placement now: a changed claim's worked out again, any other's as stored (its
        names resolve as they did when it was placed: see `_regroup_claims`)."""
        if key not in placed:
            kept = None if key in changed_keys else stored.placement(key)
            placed[key] = kept if kept is not None else claim_block(member, names)
        return placed[key]

    def now(key: str, member: Member) -> set[str]:
        if key not in subjects_now:
            subjects_now[key] = _blocks_of(place(key, member))
        return subjects_now[key]

    # The changed claims, and the blocks they fall in, before and now.
    reached: dict[str, str] = {}  # claim key -> article id
    blocks: set[str] = set()
    old_options: dict[str, list[Candidate]] = {}  # claim key -> its groups in its blocks, as stored
    for article_id, record in new_records.items():
        for member in record.claims.members:
            reached[claim_key(member)] = article_id
    for row in old_rows:  # the written articles' claims as they were
        reached[row["value"].split(_SEPARATOR)[0]] = row["article_id"]
        if row["kind"] == CLAIM_SUBJECT:
            blocks.add(row["key"])
        elif row["kind"] == CLAIM_CANDIDATE:
            key, option = candidate_of(row)
            old_options.setdefault(key, []).append(option)
    organisations_before, organisations_changed = organisations_before_and_changed
    before, after = sorted(organisations_before), sorted(organisations)
    # A name now or no longer a place's or person's changes what it resolves to only where it begins an organisation's name.
    renamed = {name for name in elsewhere_changed if _begins_one(name, before) or _begins_one(name, after)}
    for organisation in organisations_changed:
        parts = organisation.split("-")
        for size in range(1, len(parts) + 1):  # the names it begins, where one now resolves otherwise
            prefix = "-".join(parts[:size])
            if _resolved(prefix, before, elsewhere) != _resolved(prefix, after, elsewhere):
                renamed.add(prefix)
        for row in store.index_rows_under(CLAIM_NAME, organisation + "-"):
            reached.setdefault(row["value"], row["article_id"])  # its longer names gain or lose it as a shorter name
    # A claim naming an organisation that came or went gains or loses its block, even where the name
    # resolves as before (a short name that becomes an organisation of its own still resolves to the
    # longer one it begins): it is a changed claim, its blocks and index rows written anew.
    for row in store.index_rows(CLAIM_NAME, renamed | organisations_changed):
        reached.setdefault(row["value"], row["article_id"])
    _story_of_changed(store, new_records, old_rows, reached, names, stored)
    changed_keys.update(reached)
    stored.prefetch(reached)
    for key, article_id in reached.items():
        found = stored.member(article_id, key)
        if found is not None:
            blocks |= now(key, found)
        blocks |= stored.subjects(article_id, key)
    # Every claim of those blocks (as stored; the changed claims as they are now), and those of them that
    # stood in a group of these blocks.
    for row in store.index_rows(CLAIM_SUBJECT, blocks):
        if row["article_id"] not in new_records:
            reached.setdefault(row["value"], row["article_id"])
    grouped_here = {candidate_of(row)[0] for row in store.index_rows(CLAIM_CANDIDATE, blocks)}
    stored.prefetch(reached, rows=False)
    members = {key: m for key, article_id in reached.items() if (m := stored.member(article_id, key)) is not None}
    placements = {key: place(key, m) for key, m in members.items()}
    fresh: dict[str, list[tuple[Candidate, list[Member]]]] = {}  # claim key -> its groups in these blocks, now
    regrouped: dict[tuple[BlockKey, str], list[Member]] = {}
    in_block: dict[str, list[Member]] = {}
    for k, m in sorted(members.items()):
        for text in now(k, m) & blocks:
            in_block.setdefault(text, []).append(m)
    grouped_blocks: list[tuple[BlockKey, list[Member]]] = []
    for text in sorted(blocks):
        block_of = block_key(text)
        block = in_block.get(text, [])
        if any(block_of[1] in placements[claim_key(m)].primary for m in block):  # else no claim is mainly about it: no group
            grouped_blocks.append((block_of, block))
    items = [block_items(block_of, block, lambda m: placements[claim_key(m)]) for block_of, block in grouped_blocks]
    alone = [_never_grouped(block_items_of) for block_items_of in items]
    _story_of_stored(_joining(grouped_blocks, alone), changed_keys, stored, names)
    for (block_of, block), left_alone, block_items_of in zip(grouped_blocks, alone, items, strict=True):
        for group in block_candidates(block_of, block, names, alone=left_alone, items=block_items_of):
            option = candidate(block_of, group)
            regrouped[(block_of, option.group)] = group.members
            for member in group.members:
                fresh.setdefault(claim_key(member), []).append((option, group.members))
    # The claims regrouping may move: the changed ones, and those in a group of these blocks before or now.
    # Any other claim of these blocks (most of a widely named subject's) has the groups it had, so the
    # same group, and the rows and index rows it had: its stored rows are neither read nor written.
    touched = sorted(key for key in members if key in changed_keys or key in grouped_here or key in fresh)
    stored.prefetch({key: reached[key] for key in touched})
    for key in touched:
        if key not in old_options:
            old_options[key] = stored.candidates(reached[key], key)
    options = {
        key: [o for o in old_options.get(key, []) if block_text(o.key) not in blocks] + [o for o, _ in fresh.get(key, [])]
        for key in touched
    }
    picks = {key: pick(placements[key], options[key]) for key in touched}
    old_picks = {key: pick(placements[key], old_options.get(key, [])) for key in touched}
    # Groups of other blocks that a claim of these blocks leaves or joins: their members, as stored.
    elsewhere_groups = {
        (choice.key, choice.group)
        for key in touched
        for choice in (picks[key], old_picks[key])
        if choice is not None and block_text(choice.key) not in blocks and picks[key] != old_picks[key]
    }
    outside: dict[tuple[BlockKey, str], list[str]] = {}
    for row in store.index_rows(CLAIM_CANDIDATE, {block_text(key) for key, _ in elsewhere_groups}):
        key, option = candidate_of(row)
        if (option.key, option.group) in elsewhere_groups and row["article_id"] not in new_records:
            outside.setdefault((option.key, option.group), []).append(key)
            reached.setdefault(key, row["article_id"])
    stored.prefetch({key: reached[key] for outside_keys in outside.values() for key in outside_keys if key not in picks})
    for outside_keys in outside.values():
        for key in outside_keys:
            if key not in picks and (m := members.get(key) or stored.member(reached[key], key)) is not None:
                members[key] = m
                placements[key] = place(key, m)
                picks[key] = pick(placements[key], stored.candidates(reached[key], key))
    # A group of these blocks whose members are the claims that stood in it before, none of them changed, is the
    # group stored (its id its first member's, its rows a function of its members under names that resolve them as
    # before: see `_kept_group`): its rows are neither made again nor compared (most of a widely named subject's).
    stood_in: dict[tuple[BlockKey, str], set[str]] = {}
    for key in touched:
        if (was := old_picks[key]) is not None:
            stood_in.setdefault((was.key, was.group), set()).add(key)
    # A changed claim's old pick above is worked out with its placement now (its main subjects may have changed, and
    # with them a tie between groups of equal size): the group it stood in is one of its stored options, none of which
    # is kept (review s23 H1).
    left = {(option.key, option.group) for key in changed_keys for option in old_options.get(key, ())}
    chosen: list[list[Member]] = []
    kept: dict[int, list[Member]] = {}  # group id -> its members, of the groups kept as stored
    for where, group_members in [
        *regrouped.items(),
        *((w, [members[k] for k in keys if k in members]) for w, keys in outside.items()),
    ]:
        final = [m for m in group_members if (choice := picks[claim_key(m)]) is not None and (choice.key, choice.group) == where]
        if final and where in regrouped and _kept_group(where, {claim_key(m) for m in final}, stood_in, changed_keys, left):
            first = min(final, key=lambda m: (m.article_id, m.claim.span))
            kept[content_id("claim_group", first.article_id, first.claim.span.start, first.claim.span.end)] = final
            continue
        if final:
            chosen.append(sorted(final, key=lambda m: (m.article_id, m.claim.span)))
    chosen += [[members[key]] for key in sorted(picks) if picks[key] is None]
    kept_claims = sum(map(len, kept.values()))
    progress.step(
        f"regrouping {sum(map(len, chosen)) + kept_claims} claims in {len(blocks)} blocks ({kept_claims} in groups kept as stored)"
    )
    made: list[list[Member]] = []  # the groups whose rows are made
    while True:
        # A guard: a group kept is one no claim written again stood in; were its id among the stored groups of the
        # claims written again, its row would go while its members point at it, so it is made again instead.
        rows: dict[str, list[dict]] = {"claims": [], "claim_groups": []}
        records = ClaimRecords([], elsewhere)  # type: ignore[arg-type]
        _story_of_stored((m for group in chosen[len(made) :] for m in group), changed_keys, stored, names)
        made = list(chosen)
        for grouped in claim_rows(records, organisations, ContentIds(), groups=chosen, names=names):  # the subjects read once
            for table, table_rows in grouped.items():
                rows[table].extend(table_rows)
        affected = {claim_key(m) for group in chosen for m in group} | (changed_keys - set(members))
        old_claims = {row["id"]: row for row in store.rows("claims", "id", [int(key) for key in affected])}
        group_ids = {row["group_id"] for row in old_claims.values()}
        again = sorted(group_ids & set(kept))
        if not again:
            break
        chosen += [sorted(kept.pop(group_id), key=lambda m: (m.article_id, m.claim.span)) for group_id in again]
    for row in rows["claims"]:
        row["reading_order"] = reading_order(row["article_id"], row["span_start"])
    old_groups = {row["id"]: row for row in store.rows("claim_groups", "id", group_ids)}
    for table, old in (("claims", old_claims), ("claim_groups", old_groups)):
        new = {row["id"]: row for row in rows[table]}
        gone = [row_id for row_id in old if row_id not in new]
        different = [row for row_id, row in new.items() if not _same(old.get(row_id), row)]
        if table == "claims":
            # Forgotten by the index: the claims that go or change, and every claim of the articles
            # written again (its sentence may have changed about it), each by the text it was given;
            # indexed again: those that stay, with the changed and new ones.
            forgotten = set(gone) | {row["id"] for row in different if row["id"] in old} | set(old_texts)
            store.unindex_claims(
                [(claim_id, old_texts[claim_id]) for claim_id in sorted(forgotten) if claim_id in old_texts]
                + store.claims_index_texts(claim_id for claim_id in forgotten if claim_id not in old_texts)
            )
            reindexed = (forgotten - set(gone)) | {row["id"] for row in different}
            changed.claim_groups |= {old[row_id]["group_id"] for row_id in gone}
            changed.claim_groups |= {row["group_id"] for row in different}
            changed.claim_groups |= {old[row["id"]]["group_id"] for row in different if row["id"] in old}
        else:
            changed.claim_groups |= set(gone) | {row["id"] for row in different}
        store.delete(table, "id", gone)
        store.insert(table, different, replace=True)
        if table == "claims":
            store.index_claims(sorted(reindexed))
    # The index, for the claims of these blocks: their blocks, names and groups as they are now (only the rows that differ written).
    # A stored claim whose blocks and groups are those stored keeps its rows (most of a widely named subject's block).
    mine = {
        key
        for key in touched
        if key in changed_keys
        or set(options[key]) != set(old_options.get(key, ()))
        or now(key, members[key]) != stored.subjects(reached[key], key)
    }
    index_before = stored.index_keys(mine)
    index_after = {
        _index_key(row): row
        for key in mine
        # A stored claim's name rows are never read nor written again: see `_StoredClaims`.
        for row in claim_index_rows(members[key], names, options[key], now, with_names=members[key].article_id in new_records)
    }
    store.delete_keys("corpus_index", sorted(index_before - set(index_after)))
    store.insert("corpus_index", [row for key, row in index_after.items() if key not in index_before])
    # The changed claims' placements (those of the articles written again went with their rows).
    store.insert(
        "claim_placements",
        [placement_row(members[key], place(key, members[key])) for key in sorted(changed_keys) if key in members],
        replace=True,
    )


def _joining(grouped_blocks: list[tuple[BlockKey, list[Member]]], alone: list[set[int]]) -> list[Member]:
    """The claims of these blocks that may stand in a group of one of them: all but those `_never_grouped` leaves
    alone (`alone`, by block, ids; handed on to the blocks' grouping) in every block they are in (most of a widely
    named subject's). Only these need their story subjects
    read back before the blocks are grouped (`_story_of_stored`): a block reads them for its claims placed there
    by their story (`block_candidates`' `by_story`), and only where two clusters join by a conflict
    (`_joined_without_story`), which a claim left alone never is in (no pair of its is scored)."""
    out: dict[int, Member] = {}
    for (_, block), left_alone in zip(grouped_blocks, alone, strict=True):
        out.update((id(m), m) for m in block if id(m) not in left_alone)
    return list(out.values())


def _kept_group(
    where: tuple[BlockKey, str],
    now: set[str],
    stood_in: Mapping[tuple[BlockKey, str], set[str]],
    changed_keys: set[str],
    left: AbstractSet[tuple[BlockKey, str]],
) -> bool:
    """Whether a group of the blocks regrouped (`where`: its block and its digest there) is the group stored: the
    claims that pick it now (claim keys) are those whose stored pick it was (`stood_in`), none is a changed claim,
    and it is none of the changed claims' stored options (`left`). A claim not changed has the placement and the
    options it had when its rows were written, so its stored pick is worked out again from them; a changed claim's
    is not (its main subjects may have changed, and with them a tie between two groups of equal size), so no group it
    may have stood in, as stored, is kept. Its rows are then those stored: a group's rows (`claim_rows`) are a
    function of its members, each with its subjects and placement under the names, and a claim not changed resolves
    its names as it did when its rows were written (see `_regroup_claims`); its id is its first member's. (A claim
    gone with its article's text stood in no group of this id: a group's id in its block (`group_key`) is a digest
    of all its block's members, the gone one among them before.)"""
    before = stood_in.get(where)
    return before is not None and now == before and now.isdisjoint(changed_keys) and where not in left


def _story_of_changed(
    store: InPlace,
    new_records: dict[str, Record],
    old_rows: list[dict],
    reached: dict[str, str],
    names: OrganisationNames,
    stored: _StoredClaims,
) -> None:
    """The story-level subject step (`story_subjects`) kept up to date: the articles that print a story figure
    of a changed article (written again, or with a claim reached), before or now, have their claims placed again
    (added to `reached`), and `names` gets the story subjects of their claims, worked out from them and their
    stories' other articles (found by the index's story figure rows), as a full build works them out."""
    written = set(new_records) | {row["article_id"] for row in old_rows}  # their stored rows are as they were
    changed_articles = set(new_records) | (set(reached.values()) - written)
    figures = {f for r in new_records.values() for m in r.claims.members for f in story_figures(m.claim)}
    figures |= {row["key"] for row in old_rows if row["kind"] == STORY_FIGURE}
    stored_changed = sorted(changed_articles - written)
    figures |= {row["key"] for row in store.index_rows_of(STORY_FIGURE, stored_changed)}
    names.story = {}
    if not figures:
        return
    cap = STORY_FIGURE_ARTICLES + len(new_records)  # a figure whose count may have crossed the cap
    printing: dict[str, dict[str, set]] = {}  # figure -> article -> the claims printing it
    for row in store.index_rows(STORY_FIGURE, sorted(figures)):
        if row["article_id"] not in written:
            printing.setdefault(row["key"], {}).setdefault(row["article_id"], set()).add(row["value"])
    for article_id, record in new_records.items():
        for member in record.claims.members:
            for figure in story_figures(member.claim):
                printing.setdefault(figure, {}).setdefault(article_id, set()).add(claim_key(member))
    touched = {a for articles in printing.values() if len(articles) <= cap for a in articles} | changed_articles
    # Every story figure of the touched articles, with every article printing it: their partners, as a full build finds them.
    stored_touched = sorted(touched - written)
    more = {row["key"] for row in store.index_rows_of(STORY_FIGURE, stored_touched)} - set(printing)
    for row in store.index_rows(STORY_FIGURE, sorted(more)):
        if row["article_id"] not in written:
            printing.setdefault(row["key"], {}).setdefault(row["article_id"], set()).add(row["value"])
    by_article: dict[str, dict[str, set]] = {}
    for figure, articles in printing.items():
        for article_id, claims in articles.items():
            by_article.setdefault(article_id, {})[figure] = claims
    partners = {
        a: {b: n for b, n in ps.items() if a in touched or b in touched}
        for a, ps in story_partners(by_article).items()
        if a in touched or set(ps) & touched
    }
    # The members of the touched articles and their partners; the touched articles' claims placed again (also
    # when no story is left: a story that ended leaves its former partners' claims to be placed without it).
    wanted = sorted((set(partners) | touched) - written)
    keys = {row["value"]: row["article_id"] for row in store.index_rows_of(CLAIM_SUBJECT, wanted)}
    stored.prefetch(keys, rows=False)
    members = [m for key, article_id in sorted(keys.items()) if (m := stored.member(article_id, key)) is not None]
    members += [m for article_id, r in sorted(new_records.items()) if article_id in partners for m in r.claims.members]
    names.story = story_subjects(members, names, partners)
    for key, article_id in keys.items():
        if article_id in touched:
            reached.setdefault(key, article_id)


def _story_of_stored(members: Iterable[Member], changed_keys: set[str], stored: _StoredClaims, names: OrganisationNames) -> None:
    """The story subjects of these stored claims (not placed again), read back from their stored placements (what
    they stand in besides their own subjects), so that their blocks and groups read them as a full build does."""
    assert names.story is not None
    done = stored.story_read
    for member in members:
        key = claim_key(member)
        if key in done:
            continue  # read back already in this regrouping (the same member, names and placement: the same subjects)
        done.add(key)
        if key in changed_keys or (placed := stored.placement(key)) is None:
            continue
        found = stored.own_subjects[key] = (member, _member_subjects(member, names))
        own = found[1][0]
        extra = frozenset(s for s in placed.subjects - own if not s.startswith(UNKNOWN_SUBJECT))
        if extra:
            names.story[_story_key(member)] = extra
    names.forget_subjects()
    # Their subjects with the story's as `member_subjects` gives them now, from their own worked out above
    # (a pure function of the member and the names), not worked out again for their groups' rows.
    for member, own_subjects in stored.own_subjects.values():
        remember_subjects(member, names, own_subjects)


def _begins_one(name: str, organisations: list[str]) -> bool:
    """Whether the name (an id) begins a longer organisation's (sorted ids)."""
    position = bisect_left(organisations, name + "-")
    return position < len(organisations) and organisations[position].startswith(name + "-")


def _resolved(name: str, organisations: list[str], elsewhere: AbstractSet[str] | _Elsewhere) -> str | None:
    """What a name (an id) resolves to among the organisations (sorted), as `OrganisationNames` reads it."""
    first = name.split("-")[0]
    start = bisect_left(organisations, first)
    stop = bisect_left(organisations, first + "\U0010ffff")
    return OrganisationNames(set(organisations[start:stop]), cast(AbstractSet[str], elsewhere))(name)


def _index_key(row: dict) -> tuple:
    return (row["kind"], row["key"], row["article_id"], row["value"])


class _Elsewhere:
    """The ids some article names as a place or a person (what is never an organisation's short name)."""

    def __init__(self, store: InPlace):
        self.store = store
        self._known: dict[str, bool] = {}

    def __contains__(self, entity_id: object) -> bool:
        if not isinstance(entity_id, str):
            return False
        if entity_id not in self._known:
            self._known[entity_id] = self.store.named_as_place_or_person(entity_id)
        return self._known[entity_id]


# The index rows a regrouping reads of a stored claim: its blocks and its groups. Its names' rows
# (`claim_names`) are a function of its member alone, which changes only when its article is written
# again (its rows then all go and come anew): the stored ones are the ones it would write, so they are
# neither read nor written again (half of a claim's rows).
_STORED_KINDS = (CLAIM_SUBJECT, CLAIM_CANDIDATE)


class _StoredClaims:
    """The claims' members and stored index rows, read as the regrouping reaches them, claim by
    claim (a block's claims, not every claim of their articles): each one's member from its
    claim_members row, its index rows filed by claim (its subjects and groups then looked up).
    The articles written again give their members from memory and have no stored rows."""

    def __init__(self, store: InPlace, new_records: dict[str, Record], names: OrganisationNames):
        self.store, self.names = store, names
        self.written: dict[str, dict[str, Member]] = {
            article_id: {claim_key(m): m for m in record.claims.members} for article_id, record in new_records.items()
        }
        self.members: dict[str, Member | None] = {}  # claim key -> its stored member (None: no such claim)
        self._placements: dict[str, str] = {}  # claim key -> its stored placement's text
        self._filed: set[str] = set()  # claim keys whose index rows are read
        self._subjects: dict[str, set[str]] = {}  # claim key -> its stored blocks
        self._candidates: dict[str, list[tuple[str, str]]] = {}  # claim key -> its stored groups' rows (key, value)
        self._rows: dict[str, list[tuple]] = {}  # claim key -> its stored rows (`_index_key`)
        self._placed: dict[str, Placement] = {}  # claim key -> its stored placement, read back once
        self.story_read: set[str] = set()  # claim keys whose story subjects `_story_of_stored` has read back
        # ... and the own subjects (`_member_subjects`) it worked out for them, with the member
        self.own_subjects: dict[str, tuple[Member, tuple[frozenset[str], str | None]]] = {}

    def prefetch(self, claims: Mapping[str, str], rows: bool = True) -> None:
        """Read these claims (claim key -> article id): members, and index rows unless not `rows` (a few
        statements for many)."""
        stored = {key: article_id for key, article_id in claims.items() if article_id not in self.written}
        unread = {key: article_id for key, article_id in stored.items() if key not in self.members}
        for key in sorted(unread):
            self.members[key] = None
        for claim_id, article_id, text, placement in self.store.claim_members(int(key) for key in unread):
            self.members[str(claim_id)] = member_of(article_id, text)
            if placement is not None:
                self._placements[str(claim_id)] = placement
        if not rows:
            return
        unfiled = {key: article_id for key, article_id in stored.items() if key not in self._filed}
        self._filed.update(unfiled)
        for row in self.store.index_rows_of_values(_STORED_KINDS, unfiled, _SEPARATOR):
            kind, block, _, value = row
            key = value.split(_SEPARATOR, 1)[0]
            self._rows.setdefault(key, []).append(row)
            if kind == CLAIM_SUBJECT:
                self._subjects.setdefault(key, set()).add(block)
            else:
                self._candidates.setdefault(key, []).append((block, value))

    def _read(self, article_id: str, key: str) -> None:
        if key not in self._filed and article_id not in self.written:
            self.prefetch({key: article_id})

    def member(self, article_id: str, key: str) -> Member | None:
        if article_id in self.written:
            return self.written[article_id].get(key)
        if key not in self.members:
            self.prefetch({key: article_id}, rows=False)
        found = self.members[key]
        return found if found is not None and found.article_id == article_id else None

    def placement(self, key: str) -> Placement | None:
        """A stored claim's placement as stored (read with its member), or None."""
        found = self._placed.get(key)
        if found is None:
            text = self._placements.get(key)
            if text is None:
                return None
            found = self._placed[key] = placement_of(text, self.names)
        return found

    def subjects(self, article_id: str, key: str) -> set[str]:
        """The subjects stored for a claim of an article not written again."""
        self._read(article_id, key)
        return set(self._subjects.get(key, ()))

    def candidates(self, article_id: str, key: str) -> list[Candidate]:
        """A claim's groups in its blocks, as stored (none for an article written again)."""
        self._read(article_id, key)
        return [candidate_of({"key": block, "value": value})[1] for block, value in self._candidates.get(key, ())]

    def index_keys(self, keys: AbstractSet[str]) -> set[tuple]:
        """The stored rows of these claims (`_index_key`)."""
        return {row for key in keys for row in self._rows.get(key, ())}
