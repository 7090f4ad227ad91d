"""A wording's printings in its `quote unit` index rows (revision 0013): quote regrouping reads the
printings of the wordings an add reaches from those rows, not the whole stored record of every
article printing one (a stock sentence's printers are thousands at 100,000 articles). The upgrade
writes the rows a build writes from the stored records, the downgrade gives back `printed`, and an
add to a database of revision 0012 migrates it first and then works in place."""

from __future__ import annotations

import json
import shutil
import sqlite3

from db.engine import downgrade, upgrade
from db.state import InPlace
from loaders.build import add, build
from loaders.executors import SerialExecutor
from tests.test_add_oracle import _added, _one_story, _one_story_folder, assert_same, routes  # noqa: F401 (a fixture)


def _printings(db) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("SELECT printings FROM quote_printings")]


def _tables(db) -> set[str]:
    with sqlite3.connect(db) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_the_downgrade_drops_the_printings_and_the_upgrade_gives_the_builds_rows(tmp_path):
    folder = _one_story_folder(tmp_path, printers=3)
    db, built = tmp_path / "migrated.db", tmp_path / "built.db"
    build(folder, built, executor=SerialExecutor())
    assert _printings(built) and all(value.startswith("[") for value in _printings(built))  # the form, then the printings
    with sqlite3.connect(built) as connection:  # the quote unit index rows as at 0012
        assert {row[0] for row in connection.execute("SELECT value FROM corpus_index WHERE kind = 'quote unit'")} == {"printed"}
    shutil.copy(built, db)
    downgrade(db, "0012")
    assert "quote_printings" not in _tables(db)
    upgrade(db, "head")
    assert_same(db, built)


def test_the_printings_of_an_article_are_made_in_one_pass_over_its_utterances():
    """An article of many wordings: its utterances are walked once, not once per wording (quadratic
    in the article's quotes: an article may hold thousands), and each wording's text holds its own."""
    from loaders.incremental import printings_texts

    class Walked(list):
        walks = 0

        def __iter__(self):
            Walked.walks += 1
            return super().__iter__()

    n = 400
    normal = Walked(f"wording {i % (n // 2)}" for i in range(n))  # each wording printed twice
    said = [{"quote_key": {"@": "tuple", "items": ["a", i, i + 1]}, "text": normal[i]} for i in range(n)]
    speakers = {(i, i + 1): (None, 1000 + i) for i in range(n)}
    texts = printings_texts(normal, said, speakers)
    assert Walked.walks == 1
    assert len(texts) == n // 2
    assert json.loads(texts["wording 3"]) == ["wording 3", [3, said[3], None, 1003], [203, said[203], None, 1203]]


def test_an_offline_upgrade_leaves_no_printings_and_add_rebuilds_from_the_cache(tmp_path, routes):  # noqa: F811
    """An offline (`--sql`) upgrade cannot read the records: quote_printings stays empty, and `add`
    does not take that for wordings nobody prints: it rebuilds from the extraction cache."""
    folder = _one_story_folder(tmp_path, printers=3)
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM quote_printings")
    new = tmp_path / "new" / "z99_varnholt.txt"
    new.parent.mkdir()
    new.write_text(_one_story(8), encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes and routes[0].startswith("the database keeps no printings")


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


def test_a_wording_whose_speaker_is_unknown_still_reads_its_printers_records(tmp_path, routes, monkeypatch):  # noqa: F811
    """Review s9 M1, as documented: where the printers' quotes name no speaker ("the chief executive
    said"), any of the quote's groups may give one, so the add reads those articles' records to reach
    the quote's other utterances; the result is the full build's."""
    from tests.test_add_oracle import _stock_article

    folder = tmp_path / "folder"
    folder.mkdir()
    for number in range(6):
        text = _stock_article("Varnholt Marine", "Ilse Brandauer", 12, named=False) + f"\nFiled from desk {number}.\n"
        (folder / f"m{number:02d}_varnholt.txt").write_text(text, encoding="utf-8")
    asked: list[str] = []
    records = InPlace.records

    def recorded(self, ids):
        ids = list(ids)
        asked.extend(ids)
        return records(self, ids)

    monkeypatch.setattr(InPlace, "records", recorded)
    (tmp_path / "second").mkdir()
    seventh = _stock_article("Varnholt Marine", "Ilse Brandauer", 12, named=False) + "\nFiled from desk 7.\n"
    _added(folder, "z99_varnholt.txt", seventh, tmp_path / "second", routes)
    assert {path.stem for path in folder.iterdir() if path.stem != "z99_varnholt"} <= set(asked)
