"""claim_placements: where claim grouping put each claim (revision 0011), written by every build and
by `add` for the claims it changes, so that `add` reads a regrouped block's placements instead of
resolving every claim's names again."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from db.engine import downgrade, upgrade
from loaders import incremental
from loaders.build import add, build, seeds_digest
from loaders.executors import SerialExecutor
from loaders.group.claims import OrganisationNames, Placement
from loaders.incremental import NotLocal, placement_of, placement_text
from tests.conftest import SEEDS
from tests.test_add_oracle import BYSTANDER, USES, _articles, _copy, assert_same, routes  # noqa: F401 (a fixture)
from tests.test_claim_members import add_two_after_emptying


def _placements(db) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT claim_id, article_id, placement FROM claim_placements ORDER BY claim_id").fetchall()


@pytest.mark.parametrize(
    "placed",
    [
        Placement(("money", False), frozenset({"kestrel-harbour-logistics", "kestrel"}), frozenset({"kestrel"}), "kestrel"),
        Placement(("percent", True), frozenset({"\x00unknown:a1"}), frozenset({"\x00unknown:a1"}), "\x00unknown:a1"),
        Placement(("containers", False), frozenset({"brenford-capital", "khl"}), frozenset(), None),
    ],
)
def test_a_placement_reads_back_as_it_was_written(placed):
    assert placement_of(placement_text(placed), OrganisationNames(set())) == placed


@pytest.mark.parametrize("text", ["", "[1, 2]", '{"block": "money"}', '["money", false, null, ["a"]]'])
def test_a_placement_this_program_did_not_write_is_not_read(text):
    with pytest.raises(NotLocal):
        placement_of(text, OrganisationNames(set()))


def test_every_claim_has_its_placement_and_the_upgrade_places_them_as_the_build(tmp_path):
    """One row per claim, each naming the blocks the index files the claim under; revision 0011's
    upgrade of a database without them (down to 0010 and up again) places every claim as the build did."""
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db, executor=SerialExecutor())
    rows = _placements(db)
    with sqlite3.connect(db) as connection:
        claims = connection.execute("SELECT id, article_id FROM claims ORDER BY id").fetchall()
        subjects = connection.execute("SELECT key, value FROM corpus_index WHERE kind = ?", (incremental.CLAIM_SUBJECT,))
        blocks: dict[str, set[str]] = {}
        for block, key in subjects:
            blocks.setdefault(key, set()).add(block)
    assert rows and [row[:2] for row in rows] == claims
    names = OrganisationNames(set())
    for claim_id, _, text in rows:
        placed = placement_of(text, names)
        assert placed.primary <= placed.subjects
        assert incremental._blocks_of(placed) == blocks[str(claim_id)]
    assert any(placement_of(text, names).primary for _, _, text in rows)

    downgrade(db, "0010")
    with sqlite3.connect(db) as connection:
        assert "claim_placements" not in {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    upgrade(db, "head")
    assert _placements(db) == rows


def test_add_upgrades_a_database_at_0010_and_adds_in_place(tmp_path, routes):  # noqa: F811
    """A database built before revision 0011 (here: downgraded to 0010) is migrated by `add`, which
    then works in place: the full build's rows."""
    folder = _copy(_articles(SEEDS), tmp_path / "folder")
    (tmp_path / "new").mkdir()
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    downgrade(db, "0010")
    new = tmp_path / "new" / "mm_uses.txt"
    new.write_text(USES, encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]


def test_a_database_whose_claims_have_no_placements_is_rebuilt_from_the_cache(tmp_path, routes):  # noqa: F811
    """A database migrated to 0011 offline has no placements: `add` rebuilds from the cache, which
    fills them for the next add, made in place."""
    add_two_after_emptying(tmp_path, "claim_placements")
    assert routes == ["the database keeps no placement for every claim", "in place"]


# Another outlet's version of BYSTANDER's forecast: its claim falls in the block BYSTANDER's stands in.
ECHO = (
    "Shipping rates seen higher\n\n"
    "Container rates will rise 12 percent next year, Brenford Capital said in a note to clients on Thursday.\n"
)


def test_add_places_only_the_claims_it_changes(tmp_path, monkeypatch, routes):  # noqa: F811
    """The claims of the regrouped blocks that the add does not change keep their stored placements:
    only the new article's claims are placed again."""
    folder = _copy(_articles(SEEDS), tmp_path / "folder")
    db = tmp_path / "added.db"
    for name, text in (("mm_uses.txt", USES), ("mm_bystander.txt", BYSTANDER)):
        (folder / name).write_text(text, encoding="utf-8")
    build(folder, db, executor=SerialExecutor())
    placed: list[str] = []
    real = incremental.claim_block

    def counted(member, names):
        placed.append(member.article_id)
        return real(member, names)

    monkeypatch.setattr(incremental, "claim_block", counted)
    regrouped: list[str] = []
    monkeypatch.setattr(incremental, "block_candidates", _recording(incremental.block_candidates, regrouped))
    new = tmp_path / "mm_echo.txt"
    new.write_text(ECHO, encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())
    assert routes == ["in place"]
    assert "mm_bystander" in regrouped  # the block of the new claim holds BYSTANDER's
    assert placed and set(placed) == {"mm_echo"}
    shutil.copy(new, folder / new.name)
    full = tmp_path / "full.db"
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)


def _recording(function, seen: list[str]):
    def recorded(key, members, names, placement=None, alone=None, items=None):
        seen.extend(member.article_id for member in members)
        return function(key, members, names, placement, alone, items)

    return recorded


def test_the_folder_digest_after_an_add_is_the_build_s(tmp_path):
    """`add` keeps the seeds digest as each file's part: made from the articles the database lists
    and the folder's other files, then changed for the files it writes, it is seeds_digest of the
    folder a full build reads."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, text in (("b_two.txt", USES), ("a_one.txt", BYSTANDER), ("z_last.txt", "Zed\n\nZed said so.\n")):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "articles.yml").write_text("a_one:\n  outlet: Fell Radio\n", encoding="utf-8")
    sha = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.glob("*.txt")}
    digest = incremental.FolderDigest(sorted(sha.items()), incremental._other_files(folder))
    assert digest.hexdigest() == seeds_digest(folder)
    (folder / "c_new.txt").write_text(DEFINES_TEXT, encoding="utf-8")
    (folder / "a_one.txt").write_text(BYSTANDER + "\nCorrected.\n", encoding="utf-8")
    for name in ("c_new.txt", "a_one.txt"):
        digest.put(name, hashlib.sha256((folder / name).read_bytes()).hexdigest())
    assert digest.hexdigest() == seeds_digest(folder)
    unsorted = incremental.FolderDigest(list(reversed(sorted(sha.items()))), {})
    assert unsorted.hexdigest() == incremental.FolderDigest(sorted(sha.items()), {}).hexdigest()


DEFINES_TEXT = "Kestrel names a chief\n\nKestrel said on Monday it had a new chief.\n"
