"""Alembic: one head, upgrade builds the models' schema, no drift, and down/up keeps data."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from db.engine import alembic_config, downgrade, upgrade
from loaders.build import build
from tests.conftest import PROJECT, SEEDS, query


def test_single_head():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1


def test_upgrade_from_empty_matches_the_models(tmp_path):
    db = tmp_path / "empty.db"
    upgrade(db)
    command.check(alembic_config(db))  # raises on any drift between models and migrations


def test_models_and_derived_objects_do_not_register_as_drift_on_a_built_database(seeds_db, tmp_path):
    command.check(alembic_config(seeds_db))


def table_counts(db):
    tables = [
        row[0]
        for row in query(
            db,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'",
        )
    ]
    return {table: query(db, f'SELECT count(*) FROM "{table}"')[0][0] for table in tables}


def test_each_revision_downgrades_and_upgrades_without_losing_rows(tmp_path):
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db)
    full = table_counts(db)
    script = ScriptDirectory.from_config(alembic_config())
    for revision in script.walk_revisions():
        target = revision.down_revision or "base"
        downgrade(db, target)
        survivors = table_counts(db)
        assert all(full[table] == count for table, count in survivors.items()), revision.revision
        upgrade(db, "head")
        after = table_counts(db)
        for table, count in survivors.items():
            assert after[table] == count, (revision.revision, table)
    assert query(db, "PRAGMA foreign_key_check") == []


def test_downgrade_to_base_then_upgrade_leaves_no_temporary_tables(tmp_path):
    db = tmp_path / "x.db"
    upgrade(db)
    downgrade(db, "base")
    upgrade(db)
    names = [row[0] for row in query(db, "SELECT name FROM sqlite_master")]
    assert not [name for name in names if name.startswith("_alembic_tmp")]
    assert "articles" in names


def test_migration_does_not_cascade_deletes(tmp_path):
    """Foreign keys are off while migrating: a batch rebuild of a parent must not empty its children."""
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db)
    connection = sqlite3.connect(db)
    before = connection.execute("SELECT count(*) FROM sentences").fetchone()[0]
    connection.close()
    script = ScriptDirectory.from_config(alembic_config())
    downgrade(db, script.get_current_head())  # a no-op target: still runs env.py
    assert query(db, "SELECT count(*) FROM sentences")[0][0] == before


def derived_names(db):
    from db.derived import DERIVED_TABLES

    names = {
        row[0]
        for row in query(
            db, "SELECT name FROM sqlite_master WHERE type IN ('view', 'table') AND (type = 'view' OR name LIKE '%_fts')"
        )
    }
    return names | {
        row[0] for row in query(db, "SELECT name FROM sqlite_master WHERE type = 'table'") if row[0] in DERIVED_TABLES
    }


def test_upgrade_of_a_built_database_keeps_its_views_and_full_text_search(tmp_path):
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db)
    before = derived_names(db)
    assert {"article_entities", "quote_coverage", "claim_coverage", "articles_fts"} <= before
    upgrade(db)
    assert derived_names(db) == before
    assert query(db, "SELECT count(*) FROM article_entities")[0][0] > 0
    assert query(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'xiaomi'")[0][0] > 0
    downgrade(db, "0003")
    upgrade(db)  # from an older revision, with the derived objects gone
    assert derived_names(db) == before


def test_upgrade_of_a_database_already_at_head_changes_no_byte(seeds_db, tmp_path, monkeypatch):
    """Nothing to migrate: the derived objects are not dropped and made again, the file not written."""
    import shutil

    import db.engine

    db_path = tmp_path / "xiaomi.db"
    shutil.copyfile(seeds_db, db_path)
    before = db_path.read_bytes()

    def refused(*arguments, **keywords):
        raise AssertionError("derived objects dropped or made again on a database at head")

    monkeypatch.setattr(db.engine, "_without_derived_objects", refused)
    monkeypatch.setattr(db.engine, "_recreate_derived_objects", refused)
    upgrade(db_path)
    assert db_path.read_bytes() == before


def test_upgrade_at_head_makes_missing_derived_objects_again(seeds_db, tmp_path):
    import shutil

    db_path = tmp_path / "xiaomi.db"
    shutil.copyfile(seeds_db, db_path)
    before = derived_names(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("DROP TABLE claim_coverage")
    connection.commit()
    connection.close()
    upgrade(db_path)
    assert derived_names(db_path) == before
    assert query(db_path, "SELECT count(*) FROM claim_coverage")[0][0] > 0


def alembic_cli(*arguments, cwd):
    return subprocess.run(
        [str(PROJECT / ".venv" / "bin" / "alembic"), "-c", str(PROJECT / "alembic.ini"), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )


@pytest.mark.parametrize("arguments", [("check",), ("upgrade", "head"), ("current",)])
def test_alembic_by_hand_never_creates_an_empty_database(tmp_path, arguments):
    result = alembic_cli(*arguments, cwd=tmp_path)
    assert result.returncode != 0
    said = result.stdout + result.stderr  # Alembic prints its one FAILED line on stdout
    assert "xiaomi.db: no such database" in said and "Traceback" not in said
    assert list(tmp_path.iterdir()) == []


def test_alembic_by_hand_creates_a_database_named_with_x_db(tmp_path):
    result = alembic_cli("-x", f"db={tmp_path / 'new.db'}", "upgrade", "head", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "articles" in {row[0] for row in query(tmp_path / "new.db", "SELECT name FROM sqlite_master")}
    assert alembic_cli("-x", f"db={tmp_path / 'new.db'}", "check", cwd=tmp_path).returncode == 0


def test_alembic_offline_sql_needs_no_database(tmp_path):
    result = alembic_cli("upgrade", "head", "--sql", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "CREATE TABLE articles" in result.stdout
    assert list(tmp_path.iterdir()) == []
