"""A wording's printings in its `quote unit` index rows (revision 0013): quote regrouping reads the
printings of the wordings an add reaches from those rows, not the whole stored record of every
article printing one (a stock sentence's printers are thousands at 100,000 articles). The upgrade
writes the rows a build writes from the stored records, the downgrade gives back `printed`, and an
add to a database of revision 0012 migrates it first and then works in place."""

from __future__ import annotations

import shutil
import sqlite3

from db.engine import downgrade, upgrade
from db.state import InPlace
from loaders.build import add, build
from loaders.executors import SerialExecutor
from tests.test_add_oracle import _added, _one_story, _one_story_folder, assert_same, routes  # noqa: F401 (a fixture)


def _values(db) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("SELECT value FROM corpus_index WHERE kind = 'quote unit'")}


def test_the_downgrade_gives_back_printed_and_the_upgrade_the_builds_rows(tmp_path):
    folder = _one_story_folder(tmp_path, printers=3)
    db, built = tmp_path / "migrated.db", tmp_path / "built.db"
    build(folder, built, executor=SerialExecutor())
    assert all(value.startswith("[") for value in _values(built))  # each a list: the form, then the printings
    shutil.copy(built, db)
    downgrade(db, "0012")
    assert _values(db) == {"printed"}
    upgrade(db, "head")
    assert_same(db, built)


def test_add_upgrades_a_database_at_0012_and_adds_in_place(tmp_path, routes):  # noqa: F811
    folder = _one_story_folder(tmp_path, printers=3)
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    downgrade(db, "0012")
    new = tmp_path / "new" / "z99_varnholt.txt"
    new.parent.mkdir()
    new.write_text(_one_story(8), encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]


def test_a_printing_joining_a_wording_reads_no_other_printers_record(tmp_path, routes, monkeypatch):  # noqa: F811
    """One more printing of a quote six articles print, by a speaker the corpus knows: the add regroups
    the wording from its printings in the index rows, and reads none of the six articles' records."""
    folder = _one_story_folder(tmp_path)
    printers = {path.stem for path in folder.iterdir()}
    asked: list[str] = []
    records = InPlace.records

    def recorded(self, ids):
        ids = list(ids)
        asked.extend(ids)
        return records(self, ids)

    monkeypatch.setattr(InPlace, "records", recorded)
    (tmp_path / "second").mkdir()
    _added(folder, "z99_varnholt.txt", _one_story(8), tmp_path / "second", routes)
    assert not printers & set(asked)
