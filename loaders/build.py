"""The build: seed folder in, a complete database moved into place out.

    read -> clean -> segment -> extract -> group -> rows -> write -> derive -> VACUUM -> move

The database is written to a temporary file beside PATH and moved into place
with os.replace only when complete, so a failed build leaves PATH as it was.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from db.engine import upgrade
from db.writer import finish_database, write_rows
from loaders.clean import layout
from loaders.curated import Curated, load_curated
from loaders.article import ExtractedArticle
from loaders.extract.claims import find_claims
from loaders.extract.entities import find_entities
from loaders.extract.quotes import find_quotes
from loaders.progress import Progress
from loaders.read import SeedFile, read_seed_files
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
    claims = find_claims(seed.text, [s for paragraph in article_sentences for s in paragraph], entities,
                         found.published.value if found.published else None)
    return ExtractedArticle(seed=seed, layout=found, sentences=article_sentences, entities=entities, claims=claims)


def extract_all(seeds_dir: Path, progress: Progress) -> tuple[list[ExtractedArticle], Curated]:
    progress.step(f"reading {seeds_dir}")
    seeds = read_seed_files(seeds_dir)
    curated = load_curated(seeds_dir, {seed.id for seed in seeds})
    extracted = []
    for number, seed in enumerate(seeds, start=1):
        progress.step(f"[{number}/{len(seeds)}] {seed.file_name}")
        extracted.append(extract_article(seed, curated.catalogue))
    # Quotes come second: a role as speaker ("Xiaomi's VP") resolves against the roles of every article.
    roles = sorted({(r.person, r.title, r.organisation or "") for article in extracted for r in article.entities.roles})
    roles = [(person, title, organisation or None) for person, title, organisation in roles]
    for article in extracted:
        article.quotes = find_quotes(article.seed.text, article.layout.paragraphs, article.entities, roles)
    return extracted, curated


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def build(seeds_dir: Path, db_path: Path, progress: Progress | None = None) -> dict[str, int]:
    progress = progress or Progress(enabled=False)
    extracted, curated = extract_all(seeds_dir, progress)
    rows = database_rows(extracted, curated)

    db_path = db_path.resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".building", dir=db_path.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        progress.step("migrating a fresh database")
        upgrade(temporary_path)
        progress.step("writing rows")
        write_rows(temporary_path, rows)
        progress.step("indexing and compacting")
        finish_database(temporary_path)
        os.chmod(temporary_path, 0o666 & ~_umask())  # mkstemp makes 0600; a database is for sharing
        os.replace(temporary_path, db_path)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise
    counts = {table: len(table_rows) for table, table_rows in sorted(rows.items())}
    progress.done(f"built {db_path.name}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    return counts
