"""What a release carries beside the rows: build_info and datapackage.json."""

from __future__ import annotations

import json
import shutil
import sqlite3

import frictionless
import pytest

import loaders
from db.datapackage import NOT_DATA
from db.models import Base
from loaders.build import build
from tests.conftest import SEEDS, query


def info(db) -> dict[str, str]:
    return {row["name"]: row["value"] for row in query(db, "SELECT name, value FROM build_info")}


def test_build_info_names_program_extractor_seeds_and_sqlite(seeds_db):
    facts = info(seeds_db)
    assert set(facts) == {"program_version", "extractor_version", "seeds_sha256", "sqlite_version"}
    assert facts["program_version"] == loaders.__version__
    assert facts["sqlite_version"] == sqlite3.sqlite_version
    assert len(facts["seeds_sha256"]) == 64 and len(facts["extractor_version"]) == 16


def test_the_seeds_digest_follows_the_seed_files(tmp_path, seeds_db):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build(seeds, tmp_path / "same.db")
    assert info(tmp_path / "same.db") == info(seeds_db)
    first = sorted(seeds.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more line.", encoding="utf-8")
    build(seeds, tmp_path / "changed.db")
    changed = info(tmp_path / "changed.db")
    assert changed["seeds_sha256"] != info(seeds_db)["seeds_sha256"]
    assert changed["extractor_version"] == info(seeds_db)["extractor_version"]


@pytest.fixture(scope="module")
def descriptor(seeds_db) -> dict:
    return json.loads((seeds_db.parent / "datapackage.json").read_text(encoding="utf-8"))


def test_the_data_package_describes_every_table_and_column(seeds_db, descriptor):
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    described = [table for table in Base.metadata.sorted_tables if table.name not in NOT_DATA]
    assert set(resources) == {table.name for table in described}
    for table in described:
        schema = resources[table.name]["schema"]
        assert [field["name"] for field in schema["fields"]] == [column.name for column in table.columns]
        assert [row["name"] for row in query(seeds_db, f'PRAGMA table_info("{table.name}")')] == [
            column.name for column in table.columns
        ]
        assert schema["primaryKey"] == [column.name for column in table.primary_key.columns]
    claims = {field["name"]: field for field in resources["claims"]["schema"]["fields"]}
    assert claims["value"]["type"] == "number" and claims["id"]["type"] == "integer"
    assert claims["text"]["constraints"] == {"required": True}
    assert {"fields": ["group_id"], "reference": {"resource": "claim_groups", "fields": ["id"]}} in resources["claims"]["schema"][
        "foreignKeys"
    ]


def test_frictionless_validates_the_package_and_its_rows(seeds_db, monkeypatch):
    monkeypatch.chdir(seeds_db.parent)  # resource paths are relative to the package's folder
    report = frictionless.Package("datapackage.json").validate()
    assert report.valid, report.flatten(["title", "resourceName", "note"])[:10]
    rows = {task.name: task.stats.get("rows") for task in report.tasks}
    assert rows["articles"] == len(list(SEEDS.glob("*.txt")))
    assert rows["claims"] == query(seeds_db, "SELECT count(*) FROM claims")[0][0] > 0


def test_frictionless_catches_a_row_that_breaks_the_description(tmp_path, monkeypatch):
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db)
    connection = sqlite3.connect(db)
    connection.execute("UPDATE claims SET value = 'many' WHERE id = (SELECT min(id) FROM claims)")
    connection.commit()
    connection.close()
    monkeypatch.chdir(tmp_path)
    report = frictionless.Package("datapackage.json").validate()
    assert not report.valid
    assert [(task.name, error.type) for task in report.tasks for error in task.errors] == [("claims", "type-error")]
