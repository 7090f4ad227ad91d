"""The build: seed folder in, a complete database out.

    read -> clean -> segment -> extract -> group -> rows -> write -> derive -> VACUUM -> move

Extraction is a map over articles, run by an executor (loaders/executors.py:
in this process, a process pool, or a Dask cluster), in three passes, each
streamed, with a small reduce between them:
1. `_first_pass`: each article on its own (its layout, sentences, entities
   and claims; kept in the extraction cache as it comes) and its
   `NameSummary`; the summaries merge into `CorpusNames` as they come;
2. `_roles`: the corpus's names carried into each article whose roles name
   an organisation (`carry_names`; the others' roles come final from the
   first pass), giving the roles it states; they make the corpus's `RoleIndex`;
3. `_third_pass`: names carried again (or, for the articles the second pass
   read, the entities it gave taken), the article's quotes (speakers
   resolve against every article's roles), and the rows it gives on its own,
   made in the worker and written as they come.
The later passes read each article's extraction back from the build's spool,
where the first pass kept it pickled (`_kept`): several times faster to read
than the cache payload's JSON, the same values.
The rows that need the whole corpus (one per entity, quote and claim groups)
come last, from compact per-item records (`CorpusRows`, `ClaimRecords`).

A SQLite database is written to a temporary file beside PATH and moved into
place only when complete; a PostgreSQL database (--db URL) is replaced in one
transaction (db/writer.py). Either way a failed build leaves the previous data.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import chain
from pathlib import Path

import loaders
from db.engine import display_name, sqlite_path
from db.writer import KeyCollision, RowWriter, build_sqlite_file, replace_contents, temporary_beside, write_database
from loaders import cache
from loaders.article import ExtractedArticle
from loaders.clean import layout
from loaders.curated import Curated, load_curated
from loaders.errors import BuildError
from loaders.executors import Ahead, Executor, SerialExecutor, make_executor
from loaders.extract.claims import attribute_quoted, find_claims
from loaders.extract.entities import find_entities
from loaders.extract.entities.consistency import CarriedNames, CorpusNames, NameSummary, carry_names, name_summary
from loaders.extract.quotes import RoleIndex, find_quotes, prose_start
from loaders.extract.types import EntityFindings
from loaders.group.claims import BlockKey, Member, Options, OrganisationNames, block_options
from loaders.incremental import CorpusState, NotLocal, add_in_place, article_state
from loaders.lock import building
from loaders.progress import Progress
from loaders.read import DEFAULT_MAX_ARTICLE_BYTES, SeedFile, read_article_files, read_seed_files
from loaders.rows import ArticleMade, CorpusRows, article_made
from loaders.segment import sentences
from loaders.spans import IdCollision, Span


def extract_article(seed: SeedFile, catalogue: dict) -> ExtractedArticle:
    found = layout(seed.text)
    article_sentences = [sentences(seed.text, paragraph) for paragraph in found.paragraphs]
    # Entities are read from the headline and the prose; the byline and dateline
    # give their author, place and outlet; boilerplate gives nothing.
    zones = ([found.title.span] if found.title else []) + found.paragraphs
    entities = find_entities(
        seed.text,
        zones,
        catalogue,
        byline=found.byline.span if found.byline else None,
        dateline_place=(found.dateline_place.value, found.dateline_place.span) if found.dateline_place else None,
        known_organisations=(found.outlet.value,) if found.outlet else (),
        dateline_outlet=found.outlet.span if found.outlet and found.outlet.rule == "dateline" else None,
    )
    # Claims are read from the headline too: a figure often stands there first.
    claim_zones = ([found.title.span] if found.title else []) + [s for paragraph in article_sentences for s in paragraph]
    published = found.published.value if found.published else None
    claims = find_claims(seed.text, claim_zones, entities, published, found.outlet.value if found.outlet else None)
    return ExtractedArticle(seed=seed, layout=found, sentences=article_sentences, entities=entities, claims=claims)


def _zones(article: ExtractedArticle) -> list[Span]:
    """Where names are read: the headline and the prose."""
    return ([article.layout.title.span] if article.layout.title else []) + article.layout.paragraphs


Roles = list[tuple[str, str, str | None]]  # (person, title, organisation) of each role an article states


def _first_pass(item: tuple[SeedFile, bytes | None], catalogue: dict) -> tuple[bytes, NameSummary, Roles | None]:
    """Worker, first pass (map): the article's extraction as a cache payload (the cached one where it
    is whole and readable, else extracted afresh), what it tells the corpus about names, and its
    roles where the corpus's names cannot change them (None where they can: see `_fixed_roles`)."""
    article, payload = _extraction(item, catalogue)
    return payload, name_summary(article.seed.text, article.entities), _fixed_roles(article.entities)


def _first_pass_kept(item: tuple[SeedFile, bytes | None], catalogue: dict) -> tuple[bytes, NameSummary, Roles | None, bytes]:
    """The build's first pass: `_first_pass`, and the extraction as the build's later passes read it
    back (`_kept`)."""
    article, payload = _extraction(item, catalogue)
    return payload, name_summary(article.seed.text, article.entities), _fixed_roles(article.entities), _kept(article)


def _extraction(item: tuple[SeedFile, bytes | None], catalogue: dict) -> tuple[ExtractedArticle, bytes]:
    """The article's extraction and its cache payload: the cached one where it is whole and readable,
    else extracted afresh."""
    seed, cached = item
    if cached is not None:
        try:
            return cache.load(cached, seed), cached
        except ValueError:  # an entry this program did not write: extract afresh
            pass
    article = extract_article(seed, catalogue)
    return article, cache.dump(article)


def _kept(article: ExtractedArticle) -> bytes:
    """The extraction (what its cache payload holds) as the build's later passes read it back: pickled.
    The payload's JSON is the database's, read by any later build, so never code; this is one build's
    own data, written and read by its processes only (the spool, an unnamed temporary file), and reads
    back several times faster, as the same values (tests/test_build_kept.py)."""
    return pickle.dumps((article.layout, article.sentences, article.entities, article.claims), pickle.HIGHEST_PROTOCOL)


def _unkept(seed: SeedFile, kept: bytes) -> ExtractedArticle:
    """`_kept`'s extraction back, for the article `seed`."""
    layout, paragraphs, entities, claims = pickle.loads(kept)  # this build's own bytes (`_kept`)
    return ExtractedArticle(seed=seed, layout=layout, sentences=paragraphs, entities=entities, claims=claims)


def _fixed_roles(found: EntityFindings) -> Roles | None:
    """The roles, where carrying the corpus's names into the article leaves them as they are: carrying
    changes only a role's organisation (to the full name of one named by its short form), so roles
    without one are final, and the second pass need not read the article again."""
    if any(role.organisation for role in found.roles):
        return None
    return [(role.person, role.title, role.organisation) for role in found.roles]


def _extract(seed: SeedFile, catalogue: dict) -> bytes:
    """One article's first pass, as a cache payload (for `add`)."""
    return cache.dump(extract_article(seed, catalogue))


def _with_names(seed: SeedFile, payload: bytes, names: CarriedNames) -> ExtractedArticle:
    """The article's extraction with the corpus's names carried into it (apply)."""
    article = cache.load(payload, seed)
    article.entities = carry_names(seed.text, _zones(article), article.entities, names)
    return article


def _roles(item: tuple[SeedFile, bytes], names: CarriedNames) -> Roles:
    """Worker, second pass: the roles the article states, once the corpus's names are carried into it."""
    article = _with_names(*item, names)
    return [(r.person, r.title, r.organisation) for r in article.entities.roles]


def _roles_kept(item: tuple[SeedFile, bytes], names: CarriedNames) -> tuple[Roles, bytes]:
    """The build's second pass: `_roles` of a kept extraction (`_kept`), and its entities with the
    corpus's names carried into them, pickled for the third pass (which need not carry them again)."""
    seed, kept = item
    article = _unkept(seed, kept)
    entities = carry_names(seed.text, _zones(article), article.entities, names)
    return [(r.person, r.title, r.organisation) for r in entities.roles], pickle.dumps(entities, pickle.HIGHEST_PROTOCOL)


def _with_quotes(item: tuple[SeedFile, bytes], context: tuple[CarriedNames, RoleIndex]) -> ExtractedArticle:
    """Worker, third pass: the article's extraction with the corpus's names carried into it, and its
    quotes, whose speakers resolve against the roles every article states."""
    names, roles = context
    return _quoted(_with_names(*item, names), roles)


def _quoted(article: ExtractedArticle, roles: RoleIndex) -> ExtractedArticle:
    """The article, its names carried, with its quotes (`_with_quotes`)."""
    recording = roles.recording()
    layout = article.layout
    prose_from = prose_start(article.seed.text, layout.paragraphs)
    headings = [part.span for part in layout.removed if part.kind in ("title", "subheading") and part.span.end <= prose_from]
    captions = [part.span for part in layout.removed if part.kind == "boilerplate"]
    article.quotes = find_quotes(
        article.seed.text, layout.paragraphs, article.entities, recording, headings, captions, article.sentences
    )
    article.claims = attribute_quoted(article.claims, article.quotes)
    article.role_titles = tuple(sorted(recording.asked or ()))
    return article


def _third_pass(
    item: tuple[SeedFile, bytes, bytes | None], context: tuple[CarriedNames, RoleIndex, Curated]
) -> tuple[ArticleMade, Roles]:
    """Worker, third pass: the article with its quotes (`_with_quotes`), every row it gives on its own
    and what the corpus-wide steps keep of it (`ArticleMade`: its utterances and claims' records are
    those of the corpus state `add` keeps), and its roles (counted by the build). Made here, beside
    the extraction, so that the build's process, which every article's rows pass through, only writes
    them and keeps the records. The item: the article, its kept extraction (`_kept`) and, where the
    second pass carried the corpus's names into it, the entities that gave (else carried here)."""
    names, roles, curated = context
    seed, kept, carried = item
    article = _unkept(seed, kept)
    if carried is not None:
        article.entities = pickle.loads(carried)  # this build's own bytes (`_roles_kept`)
    else:
        article.entities = carry_names(seed.text, _zones(article), article.entities, names)
    article = _quoted(article, roles)
    state = article_state(article)
    made = article_made(
        article, curated, state.record.utterances, state.record.normal, state.record.claims, state.rows(article.seed.id)
    )
    return made, state.record.roles


def _block_options(item: tuple[BlockKey, list[int]], context: tuple[list[Member], OrganisationNames]) -> Options:
    """Worker, claim grouping: one subject's block grouped (a block of one claim gives no group)."""
    key, positions = item
    members, names = context
    return block_options(key, positions, members, names)


def extract_all(
    seeds_dir: Path, progress: Progress, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> tuple[list[ExtractedArticle], Curated]:
    """Every article's extraction, held in memory, by the same steps as the
    build (which streams them): for tests and small folders."""
    progress.step(f"reading {seeds_dir}")
    seeds = read_seed_files(seeds_dir, max_article_bytes)
    curated = load_curated(seeds_dir, {seed.id for seed in seeds})
    first = [_first_pass((seed, None), curated.catalogue) for seed in seeds]
    corpus = CorpusNames()
    for _, summary, _ in first:
        corpus.add(summary)
    names = corpus.finish()
    stored = [(seed, payload) for seed, (payload, _, _) in zip(seeds, first, strict=True)]
    roles = RoleIndex(role for item in stored for role in _roles(item, names))
    return [_with_quotes(item, (names, roles)) for item in stored], curated


def extractor_version() -> str:
    """A digest of the loaders' code and data: changes exactly when extraction can."""
    package = Path(loaders.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yml", ".yaml", ".tsv", ".txt", ".json"}:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def seeds_digest(seeds_dir: Path, known: Mapping[str, str] | None = None) -> str:
    """A digest of every file the seeds folder holds (names and bytes). `known`: the sha256 of files
    already read (by file name), taken rather than read again."""
    known = known or {}
    digest = hashlib.sha256()
    # Names from the directory's entries (no stat but for links) ordered as strings, not as Paths: a
    # tenth of the time at 100,000 files, the same order.
    with os.scandir(seeds_dir) as entries:
        names = sorted(entry.name for entry in entries if entry.is_file() and not entry.name.startswith("."))
    for name in names:
        sha256 = bytes.fromhex(known[name]) if name in known else hashlib.sha256((seeds_dir / name).read_bytes()).digest()
        digest.update(name.encode() + b"\0" + sha256)
    return digest.hexdigest()


def build_info(seeds_dir: Path, known: Mapping[str, str] | None = None) -> dict[str, str]:
    return {
        "program_version": loaders.__version__,
        "extractor_version": extractor_version(),
        "seeds_sha256": seeds_digest(seeds_dir, known),
    }


class SeedTexts:
    """Article texts, read again from their files when extraction needs them,
    so that the build holds one article's text at a time, not the corpus's.
    A file whose bytes changed since it was first read stops the build."""

    def __init__(self, seeds: list[SeedFile], paths: dict[str, Path], max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES):
        self.paths = paths
        self.max_article_bytes = max_article_bytes
        self.seeds = [dataclasses.replace(seed, text="") for seed in seeds]

    def full(self, seed: SeedFile) -> SeedFile:
        path = self.paths[seed.file_name]
        (again,) = read_article_files([path], self.max_article_bytes)
        if again.sha256 != seed.sha256:
            raise BuildError(str(path), "changed while the build was reading it: build again")
        return again


class Spool:
    """Each article's text and kept extraction (`_kept`), kept as the first pass had them in an unnamed
    temporary file (gone with the build, however it ends), from which the later passes hand them to
    the workers again: a read of a few kilobytes, where reading the article's file again (and checking
    it) and looking its payload up in the database cost the build's process ten times more. The
    entities the second pass gave (names carried) are kept there too, for the third pass."""

    def __init__(self, directory: Path | None):
        self.file = tempfile.TemporaryFile(dir=directory)  # noqa: SIM115  # closed by close()
        self.end = 0
        self.places: list[tuple[int, int, int]] = []  # per article, in order: offset, text's length, kept's length
        self.texts: dict[int, bytes] = {}  # texts handed to the first pass whose payloads are still to come
        self.carried: dict[int, tuple[int, int]] = {}  # per article the second pass read: offset, length

    def text(self, seed: SeedFile) -> SeedFile:
        """The article as the first pass reads it, its text kept until its payload comes."""
        self.texts[len(self.texts) + len(self.places)] = seed.text.encode("utf-8")
        return seed

    def put(self, number: int, kept: bytes) -> None:
        """The article's kept extraction, come from the first pass, spooled with its text (articles in order)."""
        assert number == len(self.places), "payloads are spooled in the articles' order"
        text = self.texts.pop(number)
        os.pwrite(self.file.fileno(), text + kept, self.end)
        self.places.append((self.end, len(text), len(kept)))
        self.end += len(text) + len(kept)

    def put_carried(self, number: int, entities: bytes) -> None:
        """The article's entities, its names carried, come from the second pass."""
        os.pwrite(self.file.fileno(), entities, self.end)
        self.carried[number] = (self.end, len(entities))
        self.end += len(entities)

    def get(self, number: int, seed: SeedFile) -> tuple[SeedFile, bytes]:
        offset, text_length, kept_length = self.places[number]
        data = os.pread(self.file.fileno(), text_length + kept_length, offset)
        return dataclasses.replace(seed, text=data[:text_length].decode("utf-8")), data[text_length:]

    def get_carried(self, number: int, seed: SeedFile) -> tuple[SeedFile, bytes, bytes | None]:
        """`get`, and the entities the second pass gave the article (None where it did not read it)."""
        article, kept = self.get(number, seed)
        place = self.carried.pop(number, None)
        return article, kept, os.pread(self.file.fileno(), place[1], place[0]) if place else None

    def close(self) -> None:
        self.file.close()


def load_corpus(
    texts: SeedTexts,
    curated: Curated,
    writer: RowWriter,
    executor: Executor,
    previous: cache.PreviousExtractions,
    progress: Progress,
    scratch: Path | None = None,
) -> int:
    """Extract (or take from the cache) every article, write its rows as they
    come, then the rows that need the whole corpus. Returns how many articles
    were extracted afresh. `scratch`: a folder for the build's temporary file."""
    spool = Spool(scratch)
    try:
        return _load_corpus(texts, curated, writer, executor, previous, progress, spool)
    finally:
        spool.close()
        gc.unfreeze()  # what `_set_aside` set aside is the collector's again


SET_ASIDE_EVERY = 500  # articles


def _set_aside(number: int) -> None:
    """Every few hundred articles, the objects the build keeps so far (records, counts, entities'
    rows: they live until the corpus-wide rows) set aside from the garbage collector, whose full
    collections would otherwise walk all of them again and again as they grow (an eighth of this
    process's time at 10,000 articles). Set aside, an object is still freed when nothing holds it."""
    if number % SET_ASIDE_EVERY == 0:
        gc.freeze()


@contextmanager
def _first_article_set_aside() -> Iterator[Callable[[], None]]:
    """The garbage collector paused until the first article is extracted, and what that made set
    aside from its walks: the first extraction in a process reads the extractors' data (word lists,
    the gazetteer's sets, patterns compiled at their first use), hundreds of thousands of objects
    that live as long as the process, which each collection meanwhile walked again (a twelfth of the
    seeds' build). The callable given is called as each article comes; it acts at the first."""
    collecting = gc.isenabled()
    gc.disable()

    def first_done() -> None:
        if not gc.isenabled() and collecting:
            gc.freeze()
            gc.enable()

    try:
        yield first_done
    finally:
        if collecting:
            gc.enable()


def _load_corpus(
    texts: SeedTexts,
    curated: Curated,
    writer: RowWriter,
    executor: Executor,
    previous: cache.PreviousExtractions,
    progress: Progress,
    spool: Spool,
) -> int:
    version, seeds = previous.version, texts.seeds
    fresh = sum(seed.sha256 not in previous.keys for seed in seeds)

    # First pass (map): each article extracted, or taken from the cache, and its payload written as it
    # comes; what it tells the corpus about names is merged as it comes (reduce), never held per article.
    corpus_names = CorpusNames()
    state = CorpusState()  # what the corpus-wide steps read, kept for `add`
    fixed_roles: Roles = []  # the roles of the articles the second pass need not read
    carried: list[int] = []  # the others (positions)
    items = ((spool.text(texts.full(seed)), previous.get(seed.sha256)) for seed in seeds)
    first = executor.map(_first_pass_kept, items, curated.catalogue)
    with _first_article_set_aside() as first_done:
        for number, (seed, (payload, summary, roles, kept)) in enumerate(zip(seeds, first, strict=True)):
            first_done()
            _set_aside(number + 1)
            progress.step(f"[{number + 1}/{len(seeds)}] extracting {seed.file_name}")
            writer.add({"extraction_cache": [{"article_sha256": seed.sha256, "extractor_version": version, "payload": payload}]})
            spool.put(number, kept)
            corpus_names.add(summary)
            state.summary(summary)
            if roles is None:
                carried.append(number)
            else:
                fixed_roles.extend(roles)
    first.close()  # every result is in: let the first pass's workers go
    # A name found with confidence in one article is found wherever it occurs in the others.
    names = corpus_names.finish()
    del corpus_names

    def stored(which: Iterable[int]) -> Iterator[tuple[SeedFile, bytes]]:
        for number in which:
            yield spool.get(number, seeds[number])

    # Second pass: the roles every article states, its names carried (a role as speaker, "Xiaomi's VP",
    # resolves against the roles of every article); read again only where carrying can change them.
    progress.step("names carried across the corpus; roles")

    def carried_roles() -> Iterator[tuple[str, str, str | None]]:
        for number, (roles, entities) in zip(carried, executor.map(_roles_kept, stored(carried), names), strict=True):
            spool.put_carried(number, entities)  # the third pass takes them rather than carrying the names again
            yield from roles

    role_index = RoleIndex(chain(fixed_roles, carried_roles()))
    del fixed_roles

    # Third pass: names carried (where the second pass has not), quotes found, and the article's rows written as they come.
    corpus = CorpusRows(curated)
    corpus.map_blocks = lambda blocks, members, names: executor.map(
        _block_options, ((key, block) for key, block in blocks.items() if len(block) > 1), (members, names)
    )
    if not isinstance(executor, SerialExecutor):  # the claims' blocks grouped by workers while this process groups quotes
        corpus.ahead = Ahead
    third = executor.map(
        _third_pass, (spool.get_carried(number, seed) for number, seed in enumerate(seeds)), (names, role_index, curated)
    )
    for number, (seed, (made, roles)) in enumerate(zip(seeds, third, strict=True), start=1):
        _set_aside(number)
        progress.step(f"[{number}/{len(seeds)}] quotes and rows {seed.file_name}")
        for table, (columns, rows) in made.tables.items():
            writer.add_tuples(table, columns, rows)
        corpus.take(made)
        state.roles(roles)
    progress.step("grouping across articles")
    for rows in corpus.rest():
        writer.add_sorted(rows)
    writer.update("quotes", corpus.speaker_updates())
    writer.add_sorted(state.rows())
    for rows in state.claims(*corpus.grouped_claims):
        writer.add_sorted(rows)
    del corpus
    return fresh


def _counts_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {t}" for t, n in counts.items() if t not in {cache.CACHE_TABLE, "build_info"})


def _write_corpus(
    write: Callable[..., dict[str, int]],
    target: Path | str,
    cache_path: Path | None,
    target_name: str,
    texts: SeedTexts,
    curated: Curated,
    info: dict[str, str],
    progress: Progress,
    jobs: int | None,
    executor: Executor | None,
) -> tuple[dict[str, int], int]:
    """Write the corpus to `target` through `write` (a full database or a file beside one), the
    database at `cache_path` serving as the extraction cache; (row counts, articles extracted).
    The cache is closed before this returns, so the caller may then replace its file."""
    previous = cache.PreviousExtractions(cache_path, cache.cache_version(info["extractor_version"], curated.catalogue))
    own_executor = executor is None
    executor = executor or make_executor(jobs=jobs)
    target_path = sqlite_path(target)
    scratch = target_path.resolve().parent if target_path is not None else None  # the temporary file beside the database
    extracted: list[int] = []
    try:
        counts = write(
            target,
            lambda writer: extracted.append(load_corpus(texts, curated, writer, executor, previous, progress, scratch)),
            info,
            progress.step,
        )
    except KeyCollision as error:
        raise IdCollision(target_name, str(error)) from None
    finally:
        previous.close()
        if own_executor:
            executor.close()
    return counts, extracted[0]


def build(
    seeds_dir: Path,
    db: Path | str,
    progress: Progress | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> dict[str, int]:
    """Build the database at `db`: a SQLite path, or a SQLAlchemy URL (PostgreSQL).
    A SQLite file already at `db` serves as the extraction cache."""
    progress = progress or Progress(enabled=False)
    # Lock the target, check it can be written and clear what killed builds left, before the long work.
    with building(db):
        progress.step(f"reading {seeds_dir}")
        seeds = read_seed_files(seeds_dir, max_article_bytes, keep_text=False)
        curated = load_curated(seeds_dir, {seed.id for seed in seeds})
        texts = SeedTexts(seeds, {seed.file_name: seeds_dir / seed.file_name for seed in seeds}, max_article_bytes)
        info = build_info(seeds_dir, {seed.file_name: seed.sha256 for seed in seeds})
        del seeds
        counts, extracted = _write_corpus(
            write_database, db, sqlite_path(db), display_name(db), texts, curated, info, progress, jobs, executor
        )
    progress.done(
        f"built {display_name(db)} ({extracted} of {len(texts.seeds)} articles extracted, the rest "
        "from the cache): " + _counts_line(counts)
    )
    return {table: n for table, n in counts.items() if table not in {cache.CACHE_TABLE, "build_info"}}


def add(
    files: list[Path],
    seeds_dir: Path,
    db_path: Path,
    progress: Progress | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    jobs: int | None = None,
    executor: Executor | None = None,
) -> dict[str, int]:
    """Add (or replace, by file name) article files in the SQLite database at
    PATH, in place, in one transaction: its content becomes what a full build
    of the seeds folder plus the files gives.

    The enlarged corpus is built beside PATH with PATH's extraction cache, so
    only the new files are extracted; then PATH's tables are replaced by the
    new ones in a single transaction (the full-text indexes follow through
    their triggers), so a reader sees the old database or the new one."""
    path = sqlite_path(db_path)
    if path is None:
        raise BuildError(display_name(db_path), "add works on a SQLite file; build a server database again instead")
    if not path.is_file():
        raise BuildError(str(path), "no such database: build it first (python -m loaders build)")
    with building(path):
        return _add(files, seeds_dir, path.resolve(), progress or Progress(enabled=False), max_article_bytes, jobs, executor)


def _add(
    files: list[Path],
    seeds_dir: Path,
    db_path: Path,
    progress: Progress,
    max_article_bytes: int,
    jobs: int | None,
    executor: Executor | None,
) -> dict[str, int]:
    progress.step(f"reading {seeds_dir} and {len(files)} new files")
    files = [Path(file) for file in files]
    added = read_article_files(files, max_article_bytes)
    names = {seed.file_name for seed in added}
    if len(names) < len(added):
        raise BuildError(str(files[0]), "the same file name given twice")
    if seeds_dir.is_dir():  # in place, recomputing only what the files touch, where the database keeps its state
        try:
            versions = {"program_version": loaders.__version__, "extractor_version": extractor_version()}
            counts = add_in_place(added, files, seeds_dir, db_path, versions, _extract, _with_quotes, progress)
        except NotLocal as reason:
            progress.step(f"not in place ({reason}): the enlarged corpus rebuilt from the cache")
        else:
            progress.done(f"added {len(names)} articles to {db_path.name} in place: " + _counts_line(counts))
            return counts
    base = (
        [seed for seed in read_seed_files(seeds_dir, max_article_bytes) if seed.file_name not in names]
        if seeds_dir.is_dir()
        else []
    )
    seeds = sorted(base + added, key=lambda seed: seed.file_name)
    seen: dict[str, str] = {}
    for seed in seeds:  # the same text (once decoded) in two files is one article twice
        digest = hashlib.sha256(seed.text.encode("utf-8")).hexdigest()
        if digest in seen:
            raise BuildError(seed.file_name, f"same text as {seen[digest]}: one article, two files")
        seen[digest] = seed.file_name
    curated = load_curated(seeds_dir, {seed.id for seed in seeds})
    paths = {seed.file_name: seeds_dir / seed.file_name for seed in base} | {file.name: file for file in files}
    texts = SeedTexts(seeds, paths, max_article_bytes)
    del seeds, base, added
    # build_info describes the folder a full build reads: the seeds folder with the files in it.
    info = build_info(seeds_dir) if seeds_dir.is_dir() else {"program_version": loaders.__version__}
    info["extractor_version"] = extractor_version()
    info["seeds_sha256"] = _enlarged_digest(seeds_dir, files)

    temporary_path = temporary_beside(db_path, ".adding")
    try:
        counts, extracted = _write_corpus(
            build_sqlite_file, temporary_path, db_path, display_name(db_path), texts, curated, info, progress, jobs, executor
        )
        progress.step(f"replacing the content of {db_path.name}")
        replace_contents(db_path, temporary_path, info.get("program_version"))
    finally:
        temporary_path.unlink(missing_ok=True)
    progress.done(f"added {len(names)} articles to {db_path.name} ({extracted} extracted): " + _counts_line(counts))
    return {table: n for table, n in counts.items() if table not in {cache.CACHE_TABLE, "build_info"}}


def _enlarged_digest(seeds_dir: Path, files: list[Path]) -> str:
    """seeds_digest of the seeds folder as a full build would read it, the files added."""
    entries = {p.name: p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith(".")} if seeds_dir.is_dir() else {}
    entries.update({file.name: file for file in files})
    digest = hashlib.sha256()
    for name in sorted(entries):
        digest.update(name.encode() + b"\0" + hashlib.sha256(entries[name].read_bytes()).digest())
    return digest.hexdigest()
