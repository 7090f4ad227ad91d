"""Stage 5: extraction results as table rows (plain dicts; db/ owns the models)."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter

from loaders import spans
from loaders.article import ExtractedArticle
from loaders.clean import WORD_RE
from loaders.curated import Curated
from loaders.extract.quotes import QuoteFound, speaker_mentions
from loaders.group.claims import ClaimRecords, MapBlocks, OrganisationNames, Placement, claim_records, claim_rows
from loaders.group.quotes import (
    Utterance,
    UtteranceGroup,
    _Unit,
    comparable,
    differences,
    group_utterances,
    other_order,
    printed_names,
    speaker_titles,
    story_names,
    utterances,
)
from loaders.labels import article_label, reading_order
from loaders.spans import ContentIds, slug, span_columns


def article_rows(article: ExtractedArticle, curated: Curated, ids: ContentIds) -> dict[str, list[dict]]:
    """The rows one article gives on its own: itself, its outlet, paragraphs,
    sentences and what the cleaner removed."""
    seed, found = article.seed, article.layout
    text = seed.text
    facts = curated.articles.get(seed.id, {})
    rows: dict[str, list[dict]] = {"outlets": [], "articles": [], "paragraphs": [], "sentences": [], "removed_parts": []}

    outlet_id = None
    if found.outlet or facts.get("outlet"):
        name, found_by = (found.outlet.value, found.outlet.rule) if found.outlet else (facts["outlet"], "metadata file")
        outlet_id = slug(name)
        rows["outlets"].append({"id": outlet_id, "name": name, "found_by": found_by})

    body = found.body(text)
    title = found.title.value if found.title else facts.get("title")
    label, label_is_derived = article_label(title, body)
    rows["articles"].append(
        {
            "id": seed.id,
            "file_name": seed.file_name,
            "text": text,
            "body": body,
            "title": title,
            "label": label,
            "label_is_derived": int(label_is_derived),
            "published": found.published.value if found.published else facts.get("published"),
            "published_as_written": found.published.span.of(text) if found.published else None,
            "byline": found.byline.value if found.byline else facts.get("byline"),
            "dateline": found.dateline.value if found.dateline else None,
            "outlet_id": outlet_id,
            "sha256": seed.sha256,
            "word_count": len(WORD_RE.findall(body)),
            "paragraph_count": len(found.paragraphs),
        }
    )
    sentence_position = 0
    for position, (paragraph, paragraph_sentences) in enumerate(zip(found.paragraphs, article.sentences, strict=True), start=1):
        paragraph_id = ids("paragraphs", seed.id, "paragraph", paragraph.start, paragraph.end)
        rows["paragraphs"].append(
            {"id": paragraph_id, "article_id": seed.id, "position": position, **span_columns(text, paragraph)}
        )
        for sentence in paragraph_sentences:
            sentence_position += 1
            rows["sentences"].append(
                {
                    "id": ids("sentences", seed.id, "sentence", sentence.start, sentence.end),
                    "article_id": seed.id,
                    "paragraph_id": paragraph_id,
                    "position": sentence_position,
                    **span_columns(text, sentence),
                }
            )
    for part in found.removed:
        rows["removed_parts"].append(
            {
                "id": ids("removed_parts", seed.id, "removed", part.kind, part.span.start, part.span.end),
                "article_id": seed.id,
                "kind": part.kind,
                "rule": part.rule,
                **span_columns(text, part.span),
            }
        )
    return rows


@dataclass(slots=True)
class QuoteRecord:
    """What the corpus-wide steps need of a printed quote whose row is already written: its id,
    kind, the speaker the article names (an id, kept if the corpus knows that person) and how."""

    id: int
    kind: str
    speaker_id: str | None
    resolution: str
    resolved_by_group: bool = False
    source: str | None = None  # the body or anonymous source the article credits: no other outlet's speaker is carried to it


class CorpusRows:
    """Rows streamed out article by article, in the corpus's order, keeping
    back only compact records of what needs the whole corpus: one row per
    entity and outlet; each quote's speaker (it must be a known person, and
    may come from another article's version of the same utterance) and its
    utterances, to group; each claim's `Member`, to group. `add` returns the
    rows an article gives at once (its quotes with no speaker yet); `rest`
    yields the others in batches once every article is in, and
    `speaker_updates` the quotes' speakers."""

    BATCH = 2000  # groups per batch of rows from `rest`

    def __init__(self, curated: Curated):
        self.curated = curated
        self.outlets: dict[str, dict] = {}
        self.entities = EntityRows()
        self.quotes: dict[tuple[str, int, int], QuoteRecord] = {}
        self.utterances: list[Utterance] = []
        self.normal: list[str] = []  # each utterance's normal form (`comparable`), made beside it
        self.printed: list[frozenset[str]] = []  # and the names it prints (`printed_names`)
        self.claims = ClaimRecords()
        self.map_blocks: MapBlocks | None = None  # where claim grouping's blocks are grouped (`group_claims`)
        # How the claims' rows are made while the quotes' are: lazily (here), or ahead in a thread.
        self.ahead: Callable[[Iterator[dict[str, list[dict]]]], Iterable[dict[str, list[dict]]]] = iter

    def add(self, article: ExtractedArticle) -> dict[str, list[dict]]:
        # Ids are checked for collisions within the article here (per table: article_rows' tables
        # and these are apart); across articles (each id hashes its article's id) the database's
        # primary keys catch them.
        ids = ContentIds()
        rows = article_rows(article, self.curated, ids)
        for outlet in rows.pop("outlets"):
            self.outlets.setdefault(outlet["id"], outlet)
        rows.update(self.entities.add(article, ids))
        story = story_names(
            (m.name for m in article.entities.mentions if m.kind == "organisation"),
            (m.name for m in article.entities.mentions if m.kind == "person"),
        )
        held = [(r.person, r.title, r.organisation) for r in article.entities.roles]  # the titles the article gives its people
        rows["quotes"], records = _quotes(article, ids)
        self.quotes.update(records)
        text = article.seed.text
        for quote in article.quotes:
            said = utterances(
                article.seed.id,
                text,
                quote.span,
                quote.kind,
                story=story,
                titles=speaker_titles(quote.speaker, quote.speaker_as_written, quote.source, held),
            )
            self.utterances.extend(said)
            self.normal.extend(comparable(item.text) for item in said)
            self.printed.extend(printed_names(item.text) for item in said)
        _with_reading_order(rows)
        # Claim grouping needs the corpus: each claim kept as a compact record (its subjects near it,
        # its words), and the names the article finds as places or people.
        self.claims.extend(claim_records(article))
        return rows

    def take(self, made: ArticleMade) -> None:
        """What `add` keeps of an article, from its `ArticleMade` (its rows written apart)."""
        for outlet in made.outlets:
            self.outlets.setdefault(outlet["id"], outlet)
        self.entities.fold(made.contributions, made.makers)
        self.quotes.update(made.quotes)
        self.utterances.extend(made.utterances)
        self.normal.extend(made.normal)
        self.printed.extend(made.printed)
        self.claims.extend(made.claims)

    def rest(self) -> Iterator[dict[str, list[dict]]]:
        """The corpus-wide rows, in batches: entities and outlets first (keyed by text: the writer
        sorts them), then quote groups and claims with their groups. Each of these rows is made
        once, so the database's primary keys catch an id collision among them; no registry of
        their ids is held."""
        entity_tables = self.entities.tables()
        yield {"outlets": list(self.outlets.values()), **entity_tables}
        people = {row["id"] for row in entity_tables["people"]}
        organisations = {row["id"] for row in entity_tables["organisations"]}
        del entity_tables
        for quote in self.quotes.values():
            quote.speaker_id = quote.speaker_id if quote.speaker_id in people else None
        # An utterance carries its quote's speaker, known only now that the corpus's people are.
        items = [dataclasses.replace(item, speaker=self.quotes[item.quote_key].speaker_id) for item in self.utterances]
        self.utterances = []
        normal, self.normal = self.normal, []
        printed, self.printed = self.printed, []
        ids = _CorpusIds()
        claims, self.claims = self.claims, ClaimRecords()
        candidates: dict[int, list] = {}
        placements: list[Placement] = []
        # The claims are grouped while the quotes are (`ahead`: in a thread, where the claims' blocks wait
        # for the workers that group them); the two share nothing.
        names = OrganisationNames(organisations, claims.elsewhere)  # kept for the corpus state too: resolved once
        grouped = self.ahead(
            claim_rows(
                claims, organisations, ids, self.BATCH, candidates, map_blocks=self.map_blocks, names=names, placements=placements
            )
        )
        try:
            for rows in quote_rows(self.quotes, items, ids, self.BATCH, normal, names=printed):
                yield _with_reading_order(rows)
            del items, normal, printed
            for rows in grouped:
                yield _with_reading_order(rows)
        finally:
            close = getattr(grouped, "close", None)
            if close is not None:
                close()
        # read once more for the corpus state `add` keeps
        self.grouped_claims = (claims, organisations, candidates, names, placements)

    def speaker_updates(self) -> list[dict]:
        """quotes: id, speaker_id and speaker_resolution of each quote whose speaker is known (once
        `rest` is done: a speaker may come from the quote's group)."""
        updates = [
            {"id": quote.id, "speaker_id": quote.speaker_id, "speaker_resolution": quote.resolution}
            for quote in self.quotes.values()
            if quote.speaker_id is not None
        ]
        self.quotes = {}
        return updates


Tuples = tuple[tuple[str, ...], list[tuple]]  # a table's rows as (columns, one tuple per row)


@dataclass(slots=True)
class ArticleMade:
    """One article's part of the build, made beside its extraction (by a worker): every row it gives
    on its own, as tuples, and what the corpus-wide steps keep of it (as `CorpusRows.add` keeps it)."""

    tables: dict[str, Tuples]
    outlets: list[dict]
    contributions: list[dict]  # entity_contributions rows (also folded into the entities' rows)
    makers: dict[str, str]
    quotes: dict[tuple[str, int, int], QuoteRecord]
    utterances: list[Utterance]
    normal: list[str]  # each utterance's normal form (`comparable`): made here, not in the build's process
    printed: list[frozenset[str]]  # each utterance's `printed_names`, likewise
    claims: ClaimRecords


def article_made(
    article: ExtractedArticle,
    curated: Curated,
    said: list[Utterance],
    normal: list[str],
    claims: ClaimRecords,
    state_rows: dict[str, list[dict]],
) -> ArticleMade:
    """`ArticleMade` of an article with its quotes found: its rows (`article_rows`, mentions, roles,
    quotes, and `state_rows`, the corpus state `add` keeps), its utterances (`said`, and `normal`, their
    `comparable` forms) and its claims' records (`claims`), as `CorpusRows.add` makes them."""
    ids = ContentIds()
    rows = article_rows(article, curated, ContentIds())
    outlets = rows.pop("outlets")
    rows.update(mention_rows(article, ids))
    rows["quotes"], records = _quotes(article, ids)
    _with_reading_order(rows)
    contributions = state_rows.get("entity_contributions", [])
    rows.update(state_rows)
    return ArticleMade(
        {table: _as_tuples(data) for table, data in rows.items() if data},
        outlets,
        contributions,
        dict(article.entities.makers),
        records,
        said,
        normal,
        [printed_names(item.text) for item in said],
        claims,
    )


def _as_tuples(rows: list[dict]) -> Tuples:
    """Rows of one table as tuples of the first row's columns (every row must have them)."""
    columns = tuple(rows[0])
    if len(columns) == 1:
        (column,) = columns
        return columns, [(row[column],) for row in rows]
    values = itemgetter(*columns)
    return columns, [values(row) for row in rows]


def _quotes(article: ExtractedArticle, ids: ContentIds) -> tuple[list[dict], dict[tuple[str, int, int], QuoteRecord]]:
    """The article's quotes' rows (no speaker yet), and the record the corpus-wide steps keep of each."""
    text, article_id = article.seed.text, article.seed.id
    rows, records = [], {}
    for quote in article.quotes:
        row = quote_row(article_id, text, quote, ids)
        rows.append(row)
        speaker = slug(quote.speaker) if quote.speaker else None
        records[(article_id, quote.span.start, quote.span.end)] = QuoteRecord(
            row["id"], quote.kind, speaker, row["speaker_resolution"], source=quote.source
        )
    return rows, records


class _CorpusIds(ContentIds):
    """Ids of the corpus-wide rows: content ids, each handed out once (see `CorpusRows.rest`)."""

    def __call__(self, table: str, *parts: object) -> int:
        return spans.content_id(*parts)


READING_ORDER_TABLES = ("paragraphs", "sentences", "mentions", "quotes", "claims")


def _with_reading_order(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    for table in READING_ORDER_TABLES:
        for row in rows.get(table, ()):
            row["reading_order"] = reading_order(row["article_id"], row["span_start"])
    return rows


ENTITY_TABLES = {"organisation": "organisations", "person": "people", "product": "products", "place": "places"}


def entity_contributions(article: ExtractedArticle) -> list[dict]:
    """Per entity the article names, what it gives the entity's row: the name, rule and confidence
    of its first mention, the best rule and confidence of its mentions, its kind as the last mention
    reads it (products, places), whether the article's own findings name it (places, people); for an
    organisation only a role names, that name. The entity's row folds these, article by article
    (`fold_contribution`); `add` keeps them to fold again."""
    found, article_id = article.entities, article.seed.id
    own = {id(mention) for mention in found.mentions}
    out: dict[tuple[str, str], dict] = {}
    for mention in found.mentions + speaker_mentions(article.quotes, found):
        key = (mention.kind, slug(mention.name))
        entry = out.get(key)
        if entry is None:
            entry = out[key] = {
                "kind": key[0],
                "entity_id": key[1],
                "article_id": article_id,
                "name": mention.name,
                "rule": mention.rule,
                "confidence": mention.confidence,
                "best_rule": mention.rule,
                "best_confidence": mention.confidence,
                "subkind": None,
                "role_name": None,
                "in_findings": 0,
            }
        elif mention.confidence > entry["best_confidence"]:
            entry.update(best_rule=mention.rule, best_confidence=mention.confidence)
        if mention.kind == "product":
            entry["subkind"] = found.product_kinds.get(mention.name, "product")
        if mention.kind == "place":
            entry["subkind"] = found.place_kinds.get(mention.name, "place")
        if id(mention) in own and mention.kind in {"place", "person"}:
            entry["in_findings"] = 1
    for role in found.roles:
        if role.organisation:
            key = ("organisation", slug(role.organisation))
            if key not in out:
                out[key] = {
                    "kind": key[0],
                    "entity_id": key[1],
                    "article_id": article_id,
                    "name": None,
                    "rule": None,
                    "confidence": None,
                    "best_rule": None,
                    "best_confidence": None,
                    "subkind": None,
                    "role_name": role.organisation,
                    "in_findings": 0,
                }
    return list(out.values())


def fold_contribution(row: dict | None, kind: str, entity_id: str, entry: dict) -> dict | None:
    """The entity's row (None: none yet) with one more article's contribution folded in, in the build's order."""
    if entry["name"] is not None:
        if row is None:
            row = {"id": entity_id, "name": entry["name"], "found_by": entry["rule"], "confidence": entry["confidence"]}
        if entry["best_confidence"] > row["confidence"]:
            row.update(found_by=entry["best_rule"], confidence=entry["best_confidence"])
        if kind in {"product", "place"}:
            row["kind"] = entry["subkind"]
    elif entry["role_name"] is not None and row is None:
        row = {"id": entity_id, "name": entry["role_name"], "found_by": "role", "confidence": 0.8}
    return row


class EntityRows:
    """One row per real entity (merged across articles by canonical name), its
    mentions, and the roles people hold. Mentions and roles are an article's
    own rows; the entity rows, folded from each article's contributions as the
    articles come (`entity_contributions`), once the corpus is in."""

    def __init__(self) -> None:
        self.entities: dict[tuple[str, str], dict] = {}
        self.makers: dict[str, str] = {}

    def add(self, article: ExtractedArticle, ids: ContentIds, contributions: list[dict] | None = None) -> dict[str, list[dict]]:
        self.fold(entity_contributions(article) if contributions is None else contributions, article.entities.makers)
        return mention_rows(article, ids)

    def fold(self, contributions: list[dict], makers: dict[str, str]) -> None:
        """One more article's contributions (`entity_contributions`) folded into the entities' rows."""
        entities = self.entities
        self.makers.update(makers)
        for entry in contributions:
            key = (entry["kind"], entry["entity_id"])
            row = fold_contribution(entities.get(key), key[0], key[1], entry)
            if row is not None:
                entities[key] = row

    def tables(self) -> dict[str, list[dict]]:
        entities = self.entities
        for (kind, _), entity in entities.items():
            if kind == "product":
                maker = self.makers.get(entity["name"])
                entity["maker_id"] = slug(maker) if maker and ("organisation", slug(maker)) in entities else None
        # One row per entity id: the same text may appear as two kinds (rare); ids are per table.
        return {
            table: [e for (kind, _), e in entities.items() if kind == entity_kind] for entity_kind, table in ENTITY_TABLES.items()
        }


def mention_rows(article: ExtractedArticle, ids: ContentIds) -> dict[str, list[dict]]:
    """The article's mentions (its speakers' included) and the roles people hold in it."""
    mentions, roles = [], []
    text, found = article.seed.text, article.entities
    for mention in found.mentions + speaker_mentions(article.quotes, found):
        entity_id = slug(mention.name)
        mentions.append(
            {
                "id": ids("mentions", article.seed.id, "mention", mention.kind, mention.span.start, mention.span.end, entity_id),
                "article_id": article.seed.id,
                "kind": mention.kind,
                "entity_id": entity_id,
                **{f"{kind}_id": (entity_id if kind == mention.kind else None) for kind in ENTITY_TABLES},
                "rule": mention.rule,
                "confidence": mention.confidence,
                **span_columns(text, mention.span),
            }
        )
    for role in found.roles:
        organisation_id = slug(role.organisation) if role.organisation else None
        roles.append(
            {
                "id": ids("person_roles", article.seed.id, "role", slug(role.person), role.title, role.span.start, role.span.end),
                "article_id": article.seed.id,
                "person_id": slug(role.person),
                "organisation_id": organisation_id,
                "title": role.title,
                "rule": role.rule,
                **span_columns(text, role.span),
            }
        )
    return {"mentions": mentions, "person_roles": list({row["id"]: row for row in roles}.values())}


def quote_row(article_id: str, text: str, quote: QuoteFound, ids: ContentIds) -> dict:
    """A printed quote's row; its speaker_id is set once the corpus's people are known."""
    return {
        "id": ids("quotes", article_id, "quote", quote.kind, quote.span.start, quote.span.end),
        "article_id": article_id,
        "speaker_id": None,
        "kind": quote.kind,
        "cue": quote.cue,
        "speaker_as_written": quote.speaker_as_written,
        "speaker_resolution": quote.resolution,
        "source": quote.source,
        **span_columns(text, quote.span),
    }


def _given_names_in_full(speakers: set[str]) -> dict[str, str]:
    """Each speaker known by one name (an id of one word, "ilse") that begins the id of exactly one
    other speaker of a group ("ilse-varga-lund"), or by initials and a surname ("i-varga", as papers
    print "I. Varga") that exactly one other speaker of the group has in full, each initial the first
    letter of a given name ("ilse-varga"): that other speaker. The ids are indexed by their first and
    last words, so each speaker is compared only with those sharing one (linear in the group's speakers)."""
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for speaker in sorted(speakers):
        if "-" in speaker:
            words = speaker.split("-")
            by_first.setdefault(words[0], []).append(speaker)
            by_last.setdefault(words[-1], []).append(speaker)
    out = {}
    for one in speakers:
        if "-" in one:
            if len(one.split("-", 1)[0]) != 1:
                continue  # no initial first: not a name cut short
            longer = [other for other in by_last.get(one.rsplit("-", 1)[1], ()) if other != one and _initials_of(one, other)]
        else:
            longer = by_first.get(one, [])
        if len(longer) == 1:
            out[one] = longer[0]
    return out


def _names_in_other_order(printings: set[tuple[str, str]], overall: Counter[str] | None = None) -> dict[str, str]:
    """Speakers of one group ((article, speaker) of its printings) whose ids are one name written in
    two orders: "toth-gabor" where a Hungarian outlet prints the family name first, "gabor-toth" in the
    others (`other_order`). Each to the form most of the group's articles give; on a tie, the form more
    of all the quotes read give (`overall`: two outlets of three printing "Yui Hamada", one "HAMADA Yui",
    the group holding one printing of each), then the id first in order. Indexed by their words, so each
    speaker meets only those of the same words."""
    overall = overall or Counter()
    counts = Counter(speaker for _, speaker in printings)
    by_words: dict[tuple[str, ...], list[str]] = {}
    for speaker in sorted(counts):
        if "-" in speaker:
            by_words.setdefault(tuple(sorted(speaker.split("-"))), []).append(speaker)
    out = {}
    for same in by_words.values():
        if len(same) > 1:
            kept = min(same, key=lambda speaker: (-counts[speaker], -overall[speaker], speaker))
            out.update({speaker: kept for speaker in same if speaker != kept and other_order(speaker, kept)})
    return out


def _initials_of(short: str, full: str) -> bool:
    """`short` ("i-varga", "j-p-lind") is `full` ("ilse-varga", "jan-per-lind") with its
    given names cut to their initials: one-letter words, then the same surname words as `full` ends in."""
    short_words, full_words = short.split("-"), full.split("-")
    initials = list(itertools.takewhile(lambda word: len(word) == 1, short_words))
    surname = short_words[len(initials) :]
    given = full_words[: len(full_words) - len(surname)]
    return (
        bool(initials)
        and bool(surname)
        and full_words[len(given) :] == surname
        and len(given) == len(initials)
        and all(name.startswith(initial) and len(name) > 1 for name, initial in zip(given, initials, strict=True))
    )


def first_member(group: UtteranceGroup) -> tuple[str, int, int]:
    """A quote group's first member: the smallest (article id, start, end) of its printings. Each
    printing stands in one group, so no two groups share it: the group's id is made of it."""
    return min((link.utterance.quote_key[0], link.utterance.span.start, link.utterance.span.end) for link in group.links)


def quote_rows(
    quotes: dict[tuple[str, int, int], QuoteRecord],
    items: list[Utterance],
    ids: ContentIds,
    batch: int = 2000,
    normal: list[str] | None = None,
    common: Callable[[str], bool] | None = None,
    names: list[frozenset[str]] | None = None,
    made: Callable[[str, list[int]], list[_Unit] | None] | None = None,
    tally: Callable[[set[str]], Counter[str]] | None = None,
) -> Iterator[dict[str, list[dict]]]:
    """Utterances grouped across articles: group and member rows, in batches of `batch` groups.
    A speaker left unknown (an ambiguous role) takes the speaker the group's other articles name
    (set on the quote's record); words the article credits to a body or an anonymous source ("the
    company said in a statement", "a spokesperson said") stay theirs. `normal`, `common`, `names` and `made` as `group_utterances` reads them.
    `tally`: for some speakers, how many of the corpus's quotes as read name each (by default counted in
    `quotes`, which a build passes whole; `add`, which passes only the quotes it regroups, counts them
    in the corpus's articles that quote them)."""
    groups: list[dict] = []
    members: list[dict] = []
    if tally is None:
        # how many quotes read name each speaker, before any group changes one
        overall_read = Counter(quote.speaker_id for quote in quotes.values() if quote.speaker_id)
        tally = lambda ids: Counter({speaker: overall_read[speaker] for speaker in ids})  # noqa: E731
    for group in group_utterances(items, normal, common, names, made):
        speakers = [quotes[link.utterance.quote_key].speaker_id for link in group.links]
        printings = {(link.utterance.quote_key[0], s) for link, s in zip(group.links, speakers, strict=True) if s}
        # which of one name's two orders the corpus's quotes give more: a tie's settling (counted only
        # where two of the group's speakers share their words)
        named = {s for _, s in printings}
        overall = tally(named) if len({tuple(sorted(s.split("-"))) for s in named}) < len(named) else Counter()
        full = _given_names_in_full({s for s in speakers if s}) | _names_in_other_order(printings, overall)
        for link in group.links:
            # a person one article calls by their given name alone ("Josué") or by an initial and surname
            # ("I. Varga") is the one the group's other articles name in full
            quote = quotes[link.utterance.quote_key]
            if quote.speaker_id in full:
                quote.speaker_id = full[quote.speaker_id]
                quote.resolution += f"; resolved through the same utterance in other articles: {quote.speaker_id}"
        known = sorted({full.get(s, s) for s in speakers if s})
        speaker = known[0] if len(known) == 1 else None
        for link in group.links:
            quote = quotes[link.utterance.quote_key]
            if quote.speaker_id is None and speaker and quote.kind != "indirect" and quote.source is None:
                quote.speaker_id = speaker
                quote.resolution += f"; resolved through the same utterance in other articles: {speaker}"
        # The group's id is its first member's (the smallest article id and span): a printing joining
        # or leaving it changes no other member's row, unless it is that first member.
        group_id = ids("quote_groups", "quote_group", *first_member(group))
        groups.append(
            {
                "id": group_id,
                "speaker_id": speaker,
                "text": group.canonical.text,
                "article_count": len({link.utterance.quote_key[0] for link in group.links}),
                "quote_count": len({link.utterance.quote_key for link in group.links}),
            }
        )
        for link in group.links:
            article_id = link.utterance.quote_key[0]
            members.append(
                {
                    "id": ids(
                        "quote_group_members",
                        "quote_member",
                        group_id,
                        article_id,
                        link.utterance.span.start,
                        link.utterance.span.end,
                    ),
                    "group_id": group_id,
                    "quote_id": quotes[link.utterance.quote_key].id,
                    "article_id": article_id,
                    "match": link.match,
                    "score": link.score,
                    "difference": differences(group.canonical.text, link.utterance.text),
                    "span_start": link.utterance.span.start,
                    "span_end": link.utterance.span.end,
                    "text": link.utterance.text,
                }
            )
        if len(groups) >= batch:
            yield {"quote_groups": groups, "quote_group_members": members}
            groups, members = [], []
    if groups:
        yield {"quote_groups": groups, "quote_group_members": members}
