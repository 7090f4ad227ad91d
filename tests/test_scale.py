"""The build at scale: parallel and distributed extraction, the extraction
cache, rows written in batches, the coverage tables. Each must leave the
database exactly as a plain one-process build makes it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from loaders import build as build_module
from loaders import cache
from loaders.build import build, extract_article
from loaders.executors import CHUNK, ProcessExecutor, SerialExecutor
from loaders.read import read_seed_files
from tests.conftest import FIXTURE_ARTICLES, PROJECT, SEEDS, query

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds (with their catalogue) and the project's own test articles: ten articles."""
    folder = tmp_path_factory.mktemp("corpus") / "articles"
    shutil.copytree(SEEDS, folder)
    for path in FIXTURE_ARTICLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def corpus_beyond_one_chunk(corpus, tmp_path_factory) -> Path:
    """More articles than one chunk of work, so that the worker processes do run."""
    folder = tmp_path_factory.mktemp("larger") / "articles"
    shutil.copytree(corpus, folder)
    for path in HELDOUT.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    assert len(list(folder.glob("*.txt"))) > CHUNK
    return folder


@pytest.fixture(scope="module")
def serial_db(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serial") / "serial.db"
    build(corpus, path, executor=SerialExecutor())
    return path


def count_extractions(monkeypatch) -> list[str]:
    extracted: list[str] = []

    def counting(seed, catalogue):
        extracted.append(seed.file_name)
        return extract_article(seed, catalogue)

    monkeypatch.setattr(build_module, "extract_article", counting)
    return extracted


def test_two_worker_processes_give_the_same_bytes_as_one(corpus_beyond_one_chunk, tmp_path):
    build(corpus_beyond_one_chunk, tmp_path / "serial.db", executor=SerialExecutor())
    build(corpus_beyond_one_chunk, tmp_path / "parallel.db", executor=ProcessExecutor(2))
    assert (tmp_path / "parallel.db").read_bytes() == (tmp_path / "serial.db").read_bytes()


def test_a_dask_cluster_gives_the_same_bytes_as_one_process(corpus, serial_db, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    from loaders.executors import DaskExecutor

    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        executor = DaskExecutor(client=client)
        build(corpus, tmp_path / "dask.db", executor=executor)
    assert (tmp_path / "dask.db").read_bytes() == serial_db.read_bytes()


def test_rows_written_in_small_batches_give_the_same_bytes(corpus, serial_db, tmp_path, monkeypatch):
    monkeypatch.setattr("db.writer.RowWriter.BATCH", 3)
    build(corpus, tmp_path / "batches.db", executor=SerialExecutor())
    assert (tmp_path / "batches.db").read_bytes() == serial_db.read_bytes()


@pytest.mark.parametrize("seed", read_seed_files(FIXTURE_ARTICLES) + read_seed_files(SEEDS), ids=lambda seed: seed.id)
def test_a_cached_extraction_reads_back_equal(seed):
    article = extract_article(seed, {})
    assert cache.load(cache.dump(article), seed) == article
    assert cache.dump(cache.load(cache.dump(article), seed)) == cache.dump(article)


@pytest.mark.parametrize(
    "payload",
    [
        zlib.compress(b'{"layout": {"@": "os:system", "command": "true"}}'),
        zlib.compress(b'{"layout": {"@": "subprocess:Popen", "args": ["true"]}}'),
        zlib.compress(b"not json"),
        b"not even zlib",
    ],
)
def test_a_payload_from_elsewhere_is_refused_not_run(payload):
    with pytest.raises(ValueError):
        cache.load(payload, None)


def test_a_rebuild_extracts_only_the_new_article(corpus, serial_db, tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    shutil.copytree(corpus, folder)
    newest = sorted(folder.glob("*.txt"))[-1]
    held_back = tmp_path / newest.name
    newest.rename(held_back)
    db = tmp_path / "growing.db"
    extracted = count_extractions(monkeypatch)
    build(folder, db, executor=SerialExecutor())
    assert len(extracted) == 9

    held_back.rename(folder / held_back.name)
    extracted.clear()
    build(folder, db, executor=SerialExecutor())
    assert extracted == [held_back.name]
    assert db.read_bytes() == serial_db.read_bytes()  # the cache changes nothing


@pytest.mark.parametrize(
    "change, stale",
    [
        ("\n# a curator's note\n", 0),  # the same catalogue: nothing to extract again
        ("\n  - name: Tessaro Insights\n", 10),  # a new organisation may change any article's entities
    ],
)
def test_a_changed_catalogue_makes_every_cache_entry_stale(corpus, tmp_path, monkeypatch, change, stale):
    folder = tmp_path / "articles"
    shutil.copytree(corpus, folder)
    db = tmp_path / "x.db"
    build(folder, db, executor=SerialExecutor())
    catalogue = (folder / "catalogue.yml").read_text(encoding="utf-8")
    (folder / "catalogue.yml").write_text(catalogue.replace("\npeople:", change.rstrip("\n") + "\npeople:", 1), encoding="utf-8")
    extracted = count_extractions(monkeypatch)
    build(folder, db, executor=SerialExecutor())
    assert len(extracted) == stale


def test_a_tampered_cache_entry_is_extracted_afresh(corpus, serial_db, tmp_path, monkeypatch):
    db = tmp_path / "x.db"
    shutil.copy(serial_db, db)
    connection = sqlite3.connect(db)
    with connection:
        connection.execute(
            "UPDATE extraction_cache SET payload = ? WHERE article_sha256 = (SELECT min(article_sha256) FROM extraction_cache)",
            (zlib.compress(b'{"@": "os:system"}'),),
        )
    connection.close()
    extracted = count_extractions(monkeypatch)
    build(corpus, db, executor=SerialExecutor())
    assert len(extracted) == 1
    assert db.read_bytes() == serial_db.read_bytes()


@pytest.mark.parametrize(
    "table, view_columns",
    [
        ("quote_coverage", ["group_id", "speaker", "article_id", "quote_id", "kind", "text"]),
        (
            "claim_coverage",
            ["group_id", "subject", "metric", "article_id", "claim_id", "text", "value", "unit", "period", "scope", "status"],
        ),
    ],
)
def test_coverage_is_an_indexed_table_with_the_contract_columns(serial_db, table, view_columns):
    (kind,) = query(serial_db, "SELECT type FROM sqlite_master WHERE name = ?", (table,))
    assert kind["type"] == "table"
    columns = [row["name"] for row in query(serial_db, f'PRAGMA table_info("{table}")')]
    assert columns[: len(view_columns)] == view_columns
    indexed = {row["name"] for row in query(serial_db, f"PRAGMA index_list('{table}')")}
    assert f"ix_{table}_group_id" in indexed and f"ix_{table}_article_id" in indexed
    assert query(serial_db, f'SELECT count(*) AS n FROM "{table}"')[0]["n"] > 0


def test_coverage_tables_hold_what_their_joins_give(serial_db):
    from db.derived import DERIVED_TABLES

    for table, select in DERIVED_TABLES.items():
        stored = [tuple(row) for row in query(serial_db, f'SELECT * FROM "{table}"')]
        assert stored == [tuple(row) for row in query(serial_db, select)]


def schema(path: Path) -> dict:
    """What a schema is made of, as SQLAlchemy inspects it (DDL text aside)."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(f"sqlite:///{path}")
    try:
        inspector = inspect(engine)
        return {
            table: {
                "columns": [(c["name"], str(c["type"]), c["nullable"], c["default"]) for c in inspector.get_columns(table)],
                "primary_key": inspector.get_pk_constraint(table),
                "foreign_keys": sorted(map(repr, inspector.get_foreign_keys(table))),
                "indexes": sorted(map(repr, inspector.get_indexes(table))),
                "unique": sorted(map(repr, inspector.get_unique_constraints(table))),
            }
            for table in inspector.get_table_names()
        } | {"alembic_version": query(path, "SELECT version_num FROM alembic_version")[0][0]}
    finally:
        engine.dispose()


def test_a_fresh_file_made_at_head_has_the_schema_the_migrations_make(tmp_path):
    from alembic import command

    from db.engine import alembic_config, create_at_head, upgrade

    migrated, created = tmp_path / "migrated.db", tmp_path / "created.db"
    upgrade(migrated)
    create_at_head(created)
    assert schema(created) == schema(migrated)
    version_table = "SELECT sql FROM sqlite_master WHERE name = 'alembic_version'"
    assert [tuple(row) for row in query(created, version_table)] == [tuple(row) for row in query(migrated, version_table)]
    command.check(alembic_config(created))  # raises on any drift between models and migrations


def test_the_head_read_from_the_revision_files_is_the_head_alembic_finds():
    from alembic.script import ScriptDirectory

    from db.engine import alembic_config, head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_build_of_a_fresh_file_imports_neither_alembic_nor_numpy(tmp_path):
    """Alembic (and every dialect's DDL support it imports) only where a migration runs; numpy,
    which sqlite-utils takes where installed, never: the build's start-up is mostly imports."""
    code = (
        "import sys; from pathlib import Path; from loaders.build import build; "
        f"build(Path({str(SEEDS)!r}), Path({str(tmp_path / 'fresh.db')!r})); "
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'alembic', 'numpy'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT)
    assert result.stdout.strip() == "[]"


def test_an_article_changed_while_the_build_reads_it_stops_the_build(tmp_path):
    from loaders.build import SeedTexts
    from loaders.errors import BuildError

    article = tmp_path / "a.txt"
    article.write_text("Acme Corp said its sales rose 5 percent.\n", encoding="utf-8")
    texts = SeedTexts(read_seed_files(tmp_path), {"a.txt": article})
    (seed,) = texts.seeds
    assert seed.text == "" and texts.full(seed).text.startswith("Acme Corp")  # held without its text, read when needed
    article.write_text("Acme Corp said its sales rose 6 percent.\n", encoding="utf-8")
    with pytest.raises(BuildError, match="changed while the build was reading it"):
        texts.full(seed)


def _pid(_item, _context) -> int:
    return os.getpid()


def test_the_process_pool_runs_work_beyond_one_chunk_in_other_processes():
    pids = list(ProcessExecutor(2).map(_pid, range(CHUNK * 3)))
    assert len(pids) == CHUNK * 3 and os.getpid() not in pids


def test_work_that_fits_in_one_chunk_runs_here_without_a_pool():
    # One chunk would go to one worker anyway: starting a pool for it only costs start-up.
    assert list(ProcessExecutor(2).map(_pid, range(CHUNK))) == [os.getpid()] * CHUNK
