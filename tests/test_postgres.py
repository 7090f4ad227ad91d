"""PostgreSQL: the same Alembic history, the same rows as the SQLite build,
one transaction per build, and an export back to a complete SQLite file.

These tests need a server: XIAOMI_DB_TEST_POSTGRES names one as a SQLAlchemy
URL to a database whose user may create databases (.ci/run starts a
throwaway cluster and sets it). Without it they skip, saying why.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from db.export import export
from db.models import Base
from loaders.__main__ import main
from loaders.build import build
from tests.conftest import PROJECT, SEEDS

CONTRACT_VIEWS = ["article_entities", "quote_coverage", "claim_coverage"]


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = os.environ.get("XIAOMI_DB_TEST_POSTGRES")
    if not url:
        pytest.skip("no PostgreSQL: XIAOMI_DB_TEST_POSTGRES is not set (.ci/run starts a throwaway server and sets it)")
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install .[postgres])")
    return url


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty database on the test server, dropped afterwards."""
    name = f"xiaomi_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def alembic(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alembic", *args], cwd=PROJECT, capture_output=True, text=True)


def test_the_alembic_history_runs_on_postgresql_and_matches_the_models(postgres_url):
    for step in (["upgrade", "head"], ["check"], ["downgrade", "base"], ["upgrade", "head"], ["check"]):
        result = alembic("-x", f"db={postgres_url}", *step)
        assert result.returncode == 0, (step, result.stderr)
    engine = create_engine(postgres_url)
    columns = {c["name"]: c["type"] for c in inspect(engine).get_columns("claims")}
    engine.dispose()
    assert str(columns["id"]) == "BIGINT" and str(columns["group_id"]) == "BIGINT"


def model_rows(url_or_path, table) -> list[tuple]:
    engine = create_engine(url_or_path if "://" in str(url_or_path) else f"sqlite:///{url_or_path}")
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
    finally:
        engine.dispose()


def view_rows(url_or_path, view) -> list[tuple]:
    engine = create_engine(url_or_path if "://" in str(url_or_path) else f"sqlite:///{url_or_path}")
    try:
        with engine.connect() as connection:
            return sorted(tuple(row) for row in connection.execute(text(f'SELECT * FROM "{view}"')))
    finally:
        engine.dispose()


def test_a_postgresql_build_writes_the_same_rows_as_the_sqlite_build(postgres_url, seeds_db):
    build(SEEDS, postgres_url)
    compared = 0
    for table in Base.metadata.sorted_tables:
        if table.name == "build_info":
            continue
        sqlite_rows = model_rows(seeds_db, table)
        assert model_rows(postgres_url, table) == sqlite_rows, table.name
        compared += bool(sqlite_rows)
    assert compared >= 15
    for view in CONTRACT_VIEWS:
        rows = view_rows(seeds_db, view)
        assert rows and view_rows(postgres_url, view) == rows, view


def test_postgresql_full_text_search_uses_a_generated_tsvector_with_a_gin_index(postgres_url):
    build(SEEDS, postgres_url)
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT count(*) FROM articles WHERE search @@ plainto_tsquery('english', 'smartphones')")
        ).scalar()
        indexes = {ix["name"]: ix for ix in inspect(connection).get_indexes("articles")}
        method = connection.execute(
            text("SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam WHERE c.relname = 'ix_articles_search'")
        ).scalar()
    engine.dispose()
    assert found >= 1  # stemmed: the seeds say "smartphone"
    assert "ix_articles_search" in indexes and method == "gin"


def test_a_failed_postgresql_build_leaves_the_previous_data(postgres_url, seeds_copy, monkeypatch):
    build(SEEDS, postgres_url)
    before = {table.name: model_rows(postgres_url, table) for table in Base.metadata.sorted_tables}
    (seeds_copy / "zz_new.txt").write_text("Acme Corp said on Monday its sales rose 12%.\nIt was a good year.", encoding="utf-8")

    def explode(*_args, **_kwargs):
        raise RuntimeError("connection lost")

    monkeypatch.setattr("db.writer.ensure_derived_objects", explode)
    with pytest.raises(RuntimeError, match="connection lost"):
        build(seeds_copy, postgres_url)
    assert {table.name: model_rows(postgres_url, table) for table in Base.metadata.sorted_tables} == before
    assert view_rows(postgres_url, "claim_coverage")  # the views are still there too


def dump_without_build_info(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        # build_info's rows, and the planner's statistics of that table (sqlite_stat1), say which engine wrote the file.
        return [line for line in connection.iterdump() if '"build_info"' not in line and "'build_info'" not in line]
    finally:
        connection.close()


def test_export_from_postgresql_gives_the_sqlite_build(postgres_url, seeds_db, tmp_path):
    build(SEEDS, postgres_url)
    target = tmp_path / "exported" / "xiaomi.db"
    assert main(["export", "--from", postgres_url, "--db", str(target)]) == 0
    # Schema, constraints, views, FTS tables and rows: everything a build writes.
    assert dump_without_build_info(target) == dump_without_build_info(seeds_db)
    info = dict(sqlite3.connect(target).execute("SELECT name, value FROM build_info").fetchall())
    assert info["sqlite_version"] == sqlite3.sqlite_version and info["postgresql_version"]
    assert (target.parent / "datapackage.json").is_file()


def test_export_refuses_a_database_behind_the_head_revision(postgres_url, tmp_path):
    assert alembic("-x", f"db={postgres_url}", "upgrade", "0004").returncode == 0
    with pytest.raises(ValueError, match="revision 0004"):
        export(postgres_url, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def _tables_without_build_info(url_or_path, later: frozenset[str] = frozenset()) -> dict[str, list[tuple]]:
    """Every model table's rows but build_info's (and but those of `later`: tables a later revision makes)."""
    return {
        table.name: model_rows(url_or_path, table)
        for table in Base.metadata.sorted_tables
        if table.name != "build_info" and table.name not in later
    }


def test_a_postgresql_database_with_groups_downgrades_to_0011_and_upgrades_to_the_build(postgres_url, tmp_path):
    """Revision 0012 renumbers groups that members point at (a foreign key PostgreSQL checks at every
    statement): on a server database with groups, the downgrade gives what it gives on SQLite (0011's
    ids), and the upgrade gives back the build's rows and derived objects."""
    from db.engine import downgrade, upgrade
    from tests.test_group_ids import _folder

    folder = _folder(tmp_path)
    built, downgraded = tmp_path / "built.db", tmp_path / "downgraded.db"
    build(folder, built)
    build(folder, postgres_url)
    build(folder, downgraded)
    downgrade(downgraded, "0011")
    at_head = _tables_without_build_info(built)
    assert at_head["quote_group_members"] and at_head["claim_groups"]

    downgrade(postgres_url, "0011")
    since_0011 = frozenset({"quote_printings"})  # revision 0013's
    assert _tables_without_build_info(postgres_url, since_0011) == _tables_without_build_info(downgraded, since_0011)
    upgrade(postgres_url, "head")
    assert _tables_without_build_info(postgres_url) == at_head
    for view in CONTRACT_VIEWS:
        assert view_rows(postgres_url, view) == view_rows(built, view), view
    assert alembic("-x", f"db={postgres_url}", "check").returncode == 0


def test_a_failed_postgresql_downgrade_leaves_the_database_as_it_was(postgres_url, monkeypatch):
    """A server database migrates in one transaction: a downgrade that fails part way leaves the
    revision, the rows and the derived objects (views, derived tables) as they were."""
    from db.engine import downgrade

    build(SEEDS, postgres_url)
    before = _tables_without_build_info(postgres_url)
    coverage = view_rows(postgres_url, "quote_coverage")
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        head = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert head is not None and head > "0011"

    def explode(*_args, **_kwargs):
        raise RuntimeError("connection lost")

    monkeypatch.setattr("loaders.spans.content_id", explode)  # the migration hashes the ids with it
    with pytest.raises(RuntimeError, match="connection lost"):
        downgrade(postgres_url, "0011")
    assert _tables_without_build_info(postgres_url) == before
    assert coverage and view_rows(postgres_url, "quote_coverage") == coverage
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    engine.dispose()


def test_a_postgresql_database_downgrades_to_0012_and_upgrades_its_quote_printings(postgres_url, tmp_path):
    """Revision 0013 on a server database: the downgrade drops quote_printings, the upgrade writes each
    article's printings from its stored record, as the build writes them."""
    from db.engine import downgrade, upgrade
    from tests.test_add_oracle import _one_story_folder

    folder = _one_story_folder(tmp_path, printers=3)
    built = tmp_path / "built.db"
    build(folder, built)
    build(folder, postgres_url)
    downgrade(postgres_url, "0012")
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        assert "quote_printings" not in inspect(connection).get_table_names()
    engine.dispose()
    upgrade(postgres_url, "head")
    at_head = _tables_without_build_info(built)
    assert at_head["quote_printings"]
    assert _tables_without_build_info(postgres_url) == at_head


def _made_up_words(count: int) -> list[str]:
    """`count` distinct made-up words (two to four syllables), the same every run: a text of them does
    not repeat itself, so PostgreSQL cannot compress it under an index entry's limit."""
    consonants, vowels = "bcdfghjklmnprstvwz", "aeiou"
    found: dict[str, None] = {}
    seed = 0
    while len(found) < count:
        digest = hashlib.sha256(str(seed).encode()).digest()
        seed += 1
        syllables = 2 + digest[0] % 3
        found.setdefault("".join(consonants[digest[1 + 2 * k] % 18] + vowels[digest[2 + 2 * k] % 5] for k in range(syllables)))
    return list(found)


def _columns_in_indexes_and_keys(url: str, table: str) -> tuple[set[str], set[str], list[str]]:
    """From PostgreSQL's catalogue: the columns of `table` that any index holds, those that any
    constraint (primary key, unique, foreign key) names, and the indexes' expressions and predicates."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            indexed = connection.execute(
                text(
                    "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                    " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(:table AS regclass)"
                ),
                {"table": table},
            ).scalars()
            keyed = connection.execute(
                text(
                    "SELECT a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid"
                    " AND a.attnum = ANY(c.conkey) WHERE c.conrelid = CAST(:table AS regclass)"
                ),
                {"table": table},
            ).scalars()
            expressions = connection.execute(
                text(
                    "SELECT concat(pg_get_expr(indexprs, indrelid), ' ', pg_get_expr(indpred, indrelid)) FROM pg_index"
                    " WHERE indrelid = CAST(:table AS regclass)"
                ),
                {"table": table},
            ).scalars()
            return set(indexed), set(keyed), list(expressions)
    finally:
        engine.dispose()


def test_a_long_quote_of_one_sentence_builds_and_adds_on_postgresql(postgres_url, tmp_path):
    """A quote of one sentence thousands of characters long: its printings (the utterance, its story
    names and titles) are kept out of every key and index, which PostgreSQL caps at a few kilobytes.
    The quote's words never repeat (800 made-up words): a repeating text compresses under that cap
    and would build even with the printings in a key (as at revision 0012, where it fails: "index row
    requires 11968 bytes, maximum size is 8191")."""
    words = _made_up_words(800)
    clauses = ", ".join(" ".join(words[i * 5 : i * 5 + 5]) for i in range(160))
    article = (
        "Skarvik Shipping lifts its outlook\n\n"
        "BERGEN, March 3 - Skarvik Shipping raised its outlook on Tuesday.\n\n"
        f"\u201cWe expect {clauses} and that is all,\u201d chief executive Ola Brekke said in a statement.\n\n"
        "Revenue rose 12 percent to 4.1 billion crowns.\n"
    )
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a01_skarvik.txt").write_text(article, encoding="utf-8")
    (folder / "a02_skarvik.txt").write_text(article.replace("BERGEN", "STAVANGER"), encoding="utf-8")
    built = tmp_path / "built.db"
    build(folder, built)
    build(folder, postgres_url)
    rows = _tables_without_build_info(postgres_url)
    assert max(len(row[2]) for row in rows["quote_printings"]) > 8191  # past what an index entry may hold
    assert rows == _tables_without_build_info(built)
    indexed, keyed, expressions = _columns_in_indexes_and_keys(postgres_url, "quote_printings")
    assert indexed == keyed == {"key", "article_id"}  # the primary key, the article's index and foreign key
    assert not any("printings" in expression for expression in expressions)
