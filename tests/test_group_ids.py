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


def ids_of_0011(db) -> dict[str, dict[int, int]]:
    """Each group's and quote group member's id as revision 0011's build made it, written out here
    from the rows' content: a quote group of its canonical wording (normalised) and every member's
    quote key, sorted; a claim group of its subject, metric, unit, whether it is hypothetical, and
    every member's key, sorted; a member of its group, article and span. Keyed by the ids found."""
    from loaders.group.quotes import normalise
    from loaders.spans import content_id

    with sqlite3.connect(db) as connection:
        texts = dict(connection.execute("SELECT id, text FROM quote_groups"))
        quote_keys: dict[int, list[tuple]] = {}
        for group, *key in connection.execute(
            "SELECT m.group_id, q.article_id, q.span_start, q.span_end FROM quote_group_members m JOIN quotes q ON q.id = m.quote_id"
        ):
            quote_keys.setdefault(group, []).append(tuple(key))
        members = connection.execute("SELECT id, group_id, article_id, span_start, span_end FROM quote_group_members").fetchall()
        claim_groups = {row[0]: row[1:] for row in connection.execute("SELECT id, subject_id, metric, unit FROM claim_groups")}
        claim_keys: dict[int, list[tuple]] = {}
        hypothetical: set[int] = set()
        for group, modality, *key in connection.execute(
            "SELECT group_id, modality, article_id, span_start, span_end FROM claims WHERE group_id IS NOT NULL"
        ):
            claim_keys.setdefault(group, []).append(tuple(key))
            if modality == "hypothetical":
                hypothetical.add(group)
    return {
        "quote_groups": {
            group: content_id("quote_group", normalise(texts[group]), *sorted(set(keys))) for group, keys in quote_keys.items()
        },
        "quote_group_members": {row[0]: content_id("quote_member", *row[1:]) for row in members},
        "claim_groups": {
            group: content_id(
                "claim_group", claim_groups[group][0] or "", *claim_groups[group][1:], group in hypothetical, *sorted(keys)
            )
            for group, keys in claim_keys.items()
        },
    }


def test_the_downgrade_gives_the_ids_of_0011(tmp_path):
    """The downgrade gives each group and member the id 0011's build gave it (written out in
    `ids_of_0011`), not merely other ids."""
    db = tmp_path / "migrated.db"
    build(_folder(tmp_path), db, executor=SerialExecutor())
    downgrade(db, "0011")
    expected = ids_of_0011(db)
    assert all(expected.values())
    with sqlite3.connect(db) as connection:
        for table, ids in expected.items():
            assert {row[0] for row in connection.execute(f"SELECT id FROM {table}")} == set(ids), table
    assert {table: {found: found for found in ids} for table, ids in expected.items()} == expected


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
    """A database of revision 0011 built by this extractor (its groups named by every member; made here by
    the downgrade, so its extractor version is this code's) is migrated by `add`, which then works in
    place: the full build's rows. A database built by 0011's code has another extractor version, and
    `add` rebuilds it from the extraction cache instead (loaders/incremental.py `_migrated`)."""
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


def test_the_upgrade_keeps_the_derived_tables_in_their_selects_order(tmp_path):
    """The derived tables holding group ids are stored in their SELECT's order (by group, and a
    group's id orders it among groups of its size): after the upgrade that keeps them, a page of
    each in rowid order (Datasette's default) is the build's page."""
    from db import engine

    folder = _folder(tmp_path)
    db, built = tmp_path / "migrated.db", tmp_path / "built.db"
    build(folder, built, executor=SerialExecutor())
    shutil.copy(built, db)
    downgrade(db, "0011")
    engine._recreate_derived_objects(db)
    upgrade(db, "head")
    for table in ("quote_coverage", "claim_coverage", "claim_conflicts"):
        with sqlite3.connect(db) as migrated, sqlite3.connect(built) as fresh:
            rows = fresh.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
            assert migrated.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall() == rows, table
        assert rows or table == "claim_conflicts"
