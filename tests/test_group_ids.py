"""Group ids by first member (revision 0012): a quote group's and a claim group's id is made of its
first member (smallest article id, start, end), so a member joining a group of thousands rewrites its
own row and the group's, not every member's (`tests/test_add_oracle.py` adds to such groups). The
upgrade gives a database of revision 0011 the ids the build gives, and the downgrade gives back 0011's."""

from __future__ import annotations

import shutil
import sqlite3

from db.engine import downgrade, upgrade
from loaders.build import add, build
from loaders.executors import SerialExecutor
from tests.conftest import SEEDS
from tests.test_add_oracle import USES, _articles, _copy, _one_story, assert_same, routes  # noqa: F401 (a fixture)


def _folder(tmp_path):
    """The seeds and three articles of one story printing one quote and one figure alike."""
    folder = _copy(_articles(SEEDS), tmp_path / "folder")
    for number in range(3):
        (folder / f"m{number:02d}_varnholt.txt").write_text(_one_story(number), encoding="utf-8")
    return folder


def _group_ids(db) -> dict[str, set[int]]:
    with sqlite3.connect(db) as connection:
        return {
            table: {row[0] for row in connection.execute(f"SELECT id FROM {table} WHERE article_count > 1")}
            for table in ("quote_groups", "claim_groups")
        }


def test_the_downgrade_gives_other_ids_and_the_upgrade_the_builds_again(tmp_path):
    folder = _folder(tmp_path)
    db, built = tmp_path / "migrated.db", tmp_path / "built.db"
    build(folder, built, executor=SerialExecutor())
    shutil.copy(built, db)
    ids = _group_ids(built)
    assert ids["quote_groups"] and ids["claim_groups"]
    downgrade(db, "0011")
    before = _group_ids(db)
    assert before["quote_groups"].isdisjoint(ids["quote_groups"]) and before["claim_groups"].isdisjoint(ids["claim_groups"])
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    upgrade(db, "head")
    assert_same(db, built)


def test_add_upgrades_a_database_at_0011_and_adds_in_place(tmp_path, routes):  # noqa: F811
    """A database of revision 0011 (its groups named by every member) is migrated by `add`, which then
    works in place: the full build's rows."""
    folder = _folder(tmp_path)
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    downgrade(db, "0011")
    new = tmp_path / "new" / "mm_uses.txt"
    new.parent.mkdir()
    new.write_text(USES, encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]


def test_the_upgrade_of_a_database_with_its_derived_objects_keeps_them(tmp_path, monkeypatch):
    """Revision 0012 renumbers the derived tables' group ids itself: a database at 0011 with every
    derived object is upgraded without dropping or making any again, and gets the build's rows."""
    from db import engine

    folder = _folder(tmp_path)
    db, built = tmp_path / "migrated.db", tmp_path / "built.db"
    build(folder, built, executor=SerialExecutor())
    shutil.copy(built, db)
    downgrade(db, "0011")
    engine._recreate_derived_objects(db)  # 0011's schema is 0012's: the same derived objects
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM quote_coverage").fetchone()[0] > 0

    def refused(*args, **kwargs):
        raise AssertionError("derived objects dropped or made again")

    monkeypatch.setattr(engine, "_without_derived_objects", refused)
    monkeypatch.setattr(engine, "_recreate_derived_objects", refused)
    upgrade(db, "head")
    assert_same(db, built)
