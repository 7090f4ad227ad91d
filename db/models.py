"""SQLAlchemy models: the one place that knows the schema.

Every schema change here is matched by an Alembic revision in migrations/;
`alembic check` (tested) fails on drift. Derived objects (FTS tables, views)
are not models: db/derived.py rebuilds them on every build.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints survive SQLite batch rebuilds; unnamed ones silently vanish.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Content ids go up to 2^53 - 1: BIGINT on PostgreSQL; on SQLite plain INTEGER,
# so that an integer primary key stays the table's rowid.
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SpanMixin:
    """A stretch of one article: substr(articles.text, span_start + 1, span_end - span_start) = text."""

    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ReadingOrderMixin:
    """One sort key for "by article, then by place in it" (Datasette sorts by one column)."""

    # Article id, "/", span_start zero-padded. sort_order: after every column
    # added before revision 0007, the order ADD COLUMN gives.
    reading_order: Mapped[str] = mapped_column(Text, index=True, server_default="", sort_order=2)


class Outlet(Base):
    __tablename__ = "outlets"

    id: Mapped[str] = mapped_column(Text, primary_key=True)  # slug of the name
    name: Mapped[str] = mapped_column(Text, unique=True)
    found_by: Mapped[str] = mapped_column(Text)  # dateline, footer, metadata file


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(Text, primary_key=True)  # file name without .txt
    file_name: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)  # the file, verbatim
    body: Mapped[str] = mapped_column(Text)  # prose paragraphs only, joined by blank lines
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(Text, index=True)  # ISO 8601 date
    published_as_written: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[str | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    sha256: Mapped[str] = mapped_column(Text, unique=True)
    word_count: Mapped[int] = mapped_column(Integer)
    paragraph_count: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text, server_default="")  # the title, else a short title made from the first sentence
    label_is_derived: Mapped[int] = mapped_column(Integer, server_default="0")  # 1 when label is not the article's own headline


class Paragraph(SpanMixin, ReadingOrderMixin, Base):
    """A prose paragraph of an article's body (furniture removed)."""

    __tablename__ = "paragraphs"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1-based, in reading order


class Sentence(SpanMixin, ReadingOrderMixin, Base):
    __tablename__ = "sentences"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    paragraph_id: Mapped[int] = mapped_column(Id, ForeignKey("paragraphs.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1-based within the article


class RemovedPart(SpanMixin, Base):
    """What the cleaner kept out of `body`, and why: the audit trail of cleaning."""

    __tablename__ = "removed_parts"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    kind: Mapped[str] = mapped_column(Text, index=True)  # title, dateline, byline, subheading, boilerplate, image_slug
    rule: Mapped[str] = mapped_column(Text)  # which cleaning rule matched


class EntityMixin:
    """A named thing, one row per real entity; `id` is the slug of its canonical name."""

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    found_by: Mapped[str] = mapped_column(Text)  # the rule behind its most certain mention
    confidence: Mapped[float] = mapped_column(Float)


class Organisation(EntityMixin, Base):
    __tablename__ = "organisations"


class Person(EntityMixin, Base):
    __tablename__ = "people"


class Product(EntityMixin, Base):
    __tablename__ = "products"

    kind: Mapped[str] = mapped_column(Text, index=True)  # product (a named product) or category
    maker_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)


class Place(EntityMixin, Base):
    __tablename__ = "places"

    kind: Mapped[str] = mapped_column(Text, index=True)  # country, city, region, state


class Mention(SpanMixin, ReadingOrderMixin, Base):
    """One stretch of an article that names an entity. Exactly one of the four
    entity columns is set, matching `kind`; `entity_id` repeats it for views."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    kind: Mapped[str] = mapped_column(Text, index=True)  # organisation, person, product, place
    entity_id: Mapped[str] = mapped_column(Text, index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"), index=True)
    place_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"), index=True)
    rule: Mapped[str] = mapped_column(Text, index=True)  # catalogue, or the discovery rule that found it
    confidence: Mapped[float] = mapped_column(Float)


class PersonRole(SpanMixin, Base):
    """A person's title at an organisation, as an article states it."""

    __tablename__ = "person_roles"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    title: Mapped[str] = mapped_column(Text, index=True)  # normalised: "CEO" -> "chief executive"
    rule: Mapped[str] = mapped_column(Text)


class Quote(SpanMixin, ReadingOrderMixin, Base):
    """Who said what, as one article printed it. The span is the quoted words
    (inside the marks) or, for reported speech, the reported clause."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    speaker_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(Text, index=True)  # direct, partial, indirect
    cue: Mapped[str | None] = mapped_column(Text, index=True)  # the speech verb, or "according to"
    speaker_as_written: Mapped[str | None] = mapped_column(Text)  # "he", "Xiaomi's VP", "Barra"
    speaker_resolution: Mapped[str] = mapped_column(Text)  # the chain that led to the speaker, or why unknown
    source: Mapped[str | None] = mapped_column(Text)  # a non-person source: "analysts at Berenberg"


class QuoteGroup(Base):
    """One utterance, however many articles printed it."""

    __tablename__ = "quote_groups"
    # "Same quote, different outlets" walks groups by article count, then id.
    __table_args__ = (Index("ix_quote_groups_article_count_id", "article_count", "id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    speaker_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    text: Mapped[str] = mapped_column(Text)  # the fullest printed version
    article_count: Mapped[int] = mapped_column(Integer, index=True)
    quote_count: Mapped[int] = mapped_column(Integer)


class QuoteGroupMember(SpanMixin, Base):
    """A printed quote carrying an utterance; the span is that utterance's words."""

    __tablename__ = "quote_group_members"
    __table_args__ = (Index("ix_quote_group_members_group_id_article_id", "group_id", "article_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    group_id: Mapped[int] = mapped_column(Id, ForeignKey("quote_groups.id"), index=True)
    quote_id: Mapped[int] = mapped_column(Id, ForeignKey("quotes.id"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    match: Mapped[str] = mapped_column(Text, index=True)  # exact, normalised, fuzzy, partial
    score: Mapped[float] = mapped_column(Float)  # 0-100, against the group's text
    difference: Mapped[str | None] = mapped_column(Text)  # word changes against the group's text


class ClaimGroup(Base):
    """The same claim (subject, metric, kind of unit) as every article printed it."""

    __tablename__ = "claim_groups"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    subject_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    metric: Mapped[str] = mapped_column(Text, index=True)
    unit: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, index=True)  # consistent or conflicting
    disagreements: Mapped[str | None] = mapped_column(Text)  # which of moment, period, scope, value differ across articles
    article_count: Mapped[int] = mapped_column(Integer, index=True)
    claim_count: Mapped[int] = mapped_column(Integer)


class Claim(SpanMixin, ReadingOrderMixin, Base):
    """A number an article states, normalised; the span is the number's words."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    group_id: Mapped[int] = mapped_column(Id, ForeignKey("claim_groups.id"), index=True)
    value: Mapped[float] = mapped_column(Float, index=True)  # 45 percent -> 45; $46 billion -> 46000000000
    unit: Mapped[str] = mapped_column(Text, index=True)  # percent, percentage points, ISO 4217 code, or a counted noun
    scale: Mapped[str | None] = mapped_column(Text)  # as written: billion, bn, m
    also_value: Mapped[float | None] = mapped_column(Float)  # the same amount in a second currency
    also_unit: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str | None] = mapped_column(Text, index=True)  # increase, decrease
    metric: Mapped[str] = mapped_column(Text, index=True)
    subject_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    period: Mapped[str | None] = mapped_column(Text, index=True)  # 2015, 2015-Q3; NULL when unresolved
    period_as_written: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(Text, index=True)  # a place, or global
    source: Mapped[str | None] = mapped_column(Text, index=True)  # who the article attributes it to
    modality: Mapped[str] = mapped_column(Text, index=True)  # reported, forecast, estimate, hypothetical, corrected
    qualifier: Mapped[str | None] = mapped_column(Text)  # about, up to, as much as ...
    # Added by revision 0006, so after the span columns in the table too (sort_order puts them there).
    value_high: Mapped[float | None] = mapped_column(
        Float, sort_order=1
    )  # the upper end of a range ("seven to eight per cent" -> 8)
    precision: Mapped[float | None] = mapped_column(
        Float, sort_order=1
    )  # the step the number was printed to (18bn -> 1e9; 18.2bn -> 1e8)
    metric_cue: Mapped[str | None] = mapped_column(
        Text, sort_order=1
    )  # the words that chose the metric; NULL when the unit names it
    moment: Mapped[str | None] = mapped_column(Text, sort_order=1)  # the moment within a day: close, open, midday, 11:45


class BuildInfo(Base):
    """What made this database: program and extractor versions, a digest of the
    seeds, the database engine's version. No timestamps: same inputs, same bytes."""

    __tablename__ = "build_info"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExtractionCache(Base):
    """One article's extraction, kept so that the next build (or `add`) reuses
    it: keyed by the article's content hash and the extractor's version. The
    payload is canonical JSON, zlib-compressed (loaders/cache.py)."""

    __tablename__ = "extraction_cache"
    # Clustered by its key: the same rows in the same order however they were written (a build, an export).
    __table_args__ = ({"sqlite_with_rowid": False},)

    article_sha256: Mapped[str] = mapped_column(Text, primary_key=True)
    extractor_version: Mapped[str] = mapped_column(Text, primary_key=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


# The corpus-wide state `add` updates in place (loaders/incremental.py): what the
# build's reduces read, kept per article or counted over articles, so that adding
# one article recomputes only what it touches. Written by every build.


class CorpusCount(Base):
    """How many articles contribute each item a corpus-wide step reads: `name` (a name found with
    confidence, value its kind), `one-word` (key a one-word confident name lower-cased, value the
    name), `acronym` (value the name an article defines it as), `word` (a lower-case word of the
    text) and `role` (key a job title or its ending, value person and organisation)."""

    __tablename__ = "corpus_counts"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text, primary_key=True)
    articles: Mapped[int] = mapped_column(Integer)


class CorpusIndex(Base):
    """What each article asked of the corpus or told it, by key: `role lookup` (a job title its
    quotes looked up), `maker` (key a product's name, value its maker's)."""

    __tablename__ = "corpus_index"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True, index=True)
    value: Mapped[str] = mapped_column(Text, primary_key=True)


class EntityContribution(Base):
    """What one article gives one entity's row: the first name and rule it names it by, its most
    certain mention, the kind its last mention gives (products, places), the name a role gives an
    organisation it does not mention, and whether its own findings (not a quote's speaker) name it."""

    __tablename__ = "entity_contributions"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    entity_id: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True, index=True)
    name: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    best_rule: Mapped[str | None] = mapped_column(Text)
    best_confidence: Mapped[float | None] = mapped_column(Float)
    subkind: Mapped[str | None] = mapped_column(Text)
    role_name: Mapped[str | None] = mapped_column(Text)
    in_findings: Mapped[int] = mapped_column(Integer)


class ArticleRecord(Base):
    """One article's part of the cross-article steps, compact: the roles it states, its quotes'
    speakers and utterances (canonical JSON, zlib-compressed). Its claims are in claim_members."""

    __tablename__ = "article_records"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)  # roles, speakers, utterances


class ClaimMember(Base):
    """One claim as claim grouping reads it (its figure's fields, outlet, the organisations its
    sentence names), keyed by the claim's id: `add` reads the claims of the blocks it regroups one
    by one, not every claim of their articles. Compact JSON (a positional array)."""

    __tablename__ = "claim_members"

    claim_id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    member: Mapped[str] = mapped_column(Text)


class QuotePrinting(Base):
    """An article's printings of one quote wording (a unit of quote grouping, keyed by its digest as
    in corpus_index's `quote unit` rows): the wording's normal form, then each utterance of it with
    its position in the article's stored record, its quote's speaker as read and its quote's row id
    (JSON). `add` regroups a wording from its printers' rows instead of their whole records. Kept
    out of any key and any index (a long quote's printings run to kilobytes)."""

    __tablename__ = "quote_printings"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True, index=True)
    printings: Mapped[str] = mapped_column(Text)


class ClaimPlacement(Base):
    """Where claim grouping put each claim, as the corpus's organisations resolve its names: its block
    (kind of unit, hypothetical or not), the organisation it is mainly about, the subjects it may be
    about and those it is mainly about (compact JSON), keyed by the claim's id. Known only once every
    article is read (hence apart from claim_members, written article by article); `add` reads it for
    the claims of the blocks it regroups instead of resolving their names again."""

    __tablename__ = "claim_placements"

    claim_id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    placement: Mapped[str] = mapped_column(Text)
