"""The build: seed folder in, a complete database moved into place out.

    read -> clean -> segment -> extract -> group -> rows -> write -> derive -> VACUUM -> move

A SQLite database is written to a temporary file beside PATH and moved into
place only when complete; a PostgreSQL database (--db URL) is replaced in one
transaction (db/writer.py). Either way a failed build leaves the previous data.
A lock beside a SQLite PATH keeps a second build out meanwhile (loaders/lock.py).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import loaders
from db.engine import display_name
from db.writer import write_database
from loaders.article import ExtractedArticle
from loaders.clean import layout
from loaders.curated import Curated, load_curated
from loaders.extract.claims import attribute_quoted, find_claims
from loaders.extract.entities import find_entities
from loaders.extract.entities.consistency import propagate
from loaders.extract.quotes import RoleIndex, find_quotes
from loaders.lock import building
from loaders.progress import Progress
from loaders.read import DEFAULT_MAX_ARTICLE_BYTES, SeedFile, read_seed_files
from loaders.rows import database_rows
from loaders.segment import sentences


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
    claims = find_claims(seed.text, claim_zones, entities,
                         found.published.value if found.published else None)
    return ExtractedArticle(seed=seed, layout=found, sentences=article_sentences, entities=entities, claims=claims)


def extract_all(seeds_dir: Path, progress: Progress,
                max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> tuple[list[ExtractedArticle], Curated]:
    progress.step(f"reading {seeds_dir}")
    seeds = read_seed_files(seeds_dir, max_article_bytes)
    curated = load_curated(seeds_dir, {seed.id for seed in seeds})
    extracted = []
    for number, seed in enumerate(seeds, start=1):
        progress.step(f"[{number}/{len(seeds)}] {seed.file_name}")
        extracted.append(extract_article(seed, curated.catalogue))
    # A name found with confidence in one article is found wherever it occurs.
    zones = [([a.layout.title.span] if a.layout.title else []) + a.layout.paragraphs for a in extracted]
    for article, entities in zip(extracted, propagate([(a.seed.text, z, a.entities) for a, z in zip(extracted, zones, strict=True)]), strict=True):
        article.entities = entities
    # Quotes come second: a role as speaker ("Xiaomi's VP") resolves against the roles of every article.
    roles = RoleIndex((r.person, r.title, r.organisation) for article in extracted for r in article.entities.roles)
    for article in extracted:
        article.quotes = find_quotes(article.seed.text, article.layout.paragraphs, article.entities, roles)
        article.claims = attribute_quoted(article.claims, article.quotes)
    return extracted, curated


def extractor_version() -> str:
    """A digest of the loaders' code and data: changes exactly when extraction can."""
    package = Path(loaders.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yml", ".yaml", ".tsv", ".txt", ".json"}:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def seeds_digest(seeds_dir: Path) -> str:
    """A digest of every file the seeds folder holds (names and bytes)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith(".")):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def build_info(seeds_dir: Path) -> dict[str, str]:
    return {
        "program_version": loaders.__version__,
        "extractor_version": extractor_version(),
        "seeds_sha256": seeds_digest(seeds_dir),
    }


def build(seeds_dir: Path, db: Path | str, progress: Progress | None = None,
          max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> dict[str, int]:
    """Build the database at `db`: a SQLite path, or a SQLAlchemy URL (PostgreSQL)."""
    progress = progress or Progress(enabled=False)
    # Lock the target, check it can be written and clear what killed builds left, before the long work.
    with building(db):
        extracted, curated = extract_all(seeds_dir, progress, max_article_bytes)
        rows = database_rows(extracted, curated)
        write_database(db, rows, build_info(seeds_dir), progress.step)
    counts = {table: len(table_rows) for table, table_rows in sorted(rows.items())}
    progress.done(f"built {display_name(db)}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    return counts
