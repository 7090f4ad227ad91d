"""`python -m loaders add`: articles added (or replaced by file name) in
place, in one transaction, giving row for row what a full build gives."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import build as build_module
from loaders.build import add, build, extract_article
from loaders.errors import BuildError
from loaders.executors import SerialExecutor
from loaders.incremental import NotLocal
from tests.conftest import FIXTURE_ARTICLES, PROJECT, SEEDS
from tests.test_add_oracle import content

NEW_ARTICLE = (
    "Harbor Foods cuts prices as sales slow\n\n"
    "Harbor Foods said on Tuesday that its sales fell 4 percent in the second quarter.\n\n"
    "\u201cWe would rather keep our customers than our margins,\u201d said Ines Caldwell, the company's chief executive.\n"
)


@pytest.fixture
def folders(tmp_path) -> tuple[Path, Path, Path]:
    """(base folder, the files to add, the enlarged folder)."""
    base, extra, enlarged = tmp_path / "base", tmp_path / "extra", tmp_path / "enlarged"
    shutil.copytree(SEEDS, base)
    extra.mkdir()
    for path in sorted(FIXTURE_ARTICLES.glob("fx_*.txt")):
        shutil.copy(path, extra / path.name)
    (extra / "fx_09_harbor_foods_prices.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    shutil.copytree(base, enlarged)
    for path in extra.iterdir():
        shutil.copy(path, enlarged / path.name)
    return base, extra, enlarged


def test_add_gives_row_for_row_what_a_full_build_gives(folders, tmp_path):
    base, extra, enlarged = folders
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(base, db, executor=SerialExecutor())
    add(sorted(extra.iterdir()), base, db, executor=SerialExecutor())
    build(enlarged, full, executor=SerialExecutor())
    assert content(db) == content(full)


def test_add_replaces_an_article_by_file_name(folders, tmp_path):
    _, _, enlarged = folders
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(enlarged, db, executor=SerialExecutor())
    changed = tmp_path / "changed" / "fx_09_harbor_foods_prices.txt"
    changed.parent.mkdir()
    changed.write_text(NEW_ARTICLE.replace("4 percent", "6 percent"), encoding="utf-8")
    add([changed], enlarged, db, executor=SerialExecutor())  # the folder still holds the old version
    shutil.copy(changed, enlarged / changed.name)
    build(enlarged, full, executor=SerialExecutor())
    assert content(db) == content(full)
    assert any(row[0] == "fx_09_harbor_foods_prices" and "6 percent" in row[2] for row in content(db)["articles"])


def test_add_extracts_only_the_files_it_is_given(folders, tmp_path, monkeypatch):
    base, extra, _ = folders
    db = tmp_path / "added.db"
    build(base, db, executor=SerialExecutor())
    extracted: list[str] = []
    monkeypatch.setattr(
        build_module,
        "extract_article",
        lambda seed, catalogue: extracted.append(seed.file_name) or extract_article(seed, catalogue),
    )
    add(sorted(extra.iterdir()), base, db, executor=SerialExecutor())
    assert sorted(extracted) == sorted(path.name for path in extra.iterdir())


def _not_in_place(*_args, **_kwargs):
    raise NotLocal("for this test")


@pytest.mark.parametrize("route", ["in place", "rebuilt from the cache"])
def test_a_failure_inside_the_transaction_changes_nothing(folders, tmp_path, monkeypatch, route):
    base, extra, _ = folders
    db = tmp_path / "added.db"
    build(base, db, executor=SerialExecutor())
    before = content(db)

    def explode(*_args):
        raise RuntimeError("disk full")

    if route == "in place":
        monkeypatch.setattr("db.state.InPlace.refresh_derived", explode)
    else:
        monkeypatch.setattr(build_module, "add_in_place", _not_in_place)
        monkeypatch.setattr("db.writer.refresh_derived_tables", explode)
    with pytest.raises(RuntimeError):
        add(sorted(extra.iterdir()), base, db, executor=SerialExecutor())
    assert content(db) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["added.db", "base", "datapackage.json", "enlarged", "extra"]


@pytest.mark.parametrize(
    "bad_bytes, problem",
    [
        (b"\xff\xfe not text", "not UTF-8"),
        (b"   \n\n", "empty article"),
    ],
)
def test_a_bad_file_is_named_and_nothing_changes(folders, tmp_path, bad_bytes, problem):
    base, extra, _ = folders
    db = tmp_path / "added.db"
    build(base, db, executor=SerialExecutor())
    before = db.read_bytes()
    bad = extra / "zz_bad.txt"
    bad.write_bytes(bad_bytes)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "loaders",
            "add",
            *map(str, sorted(extra.iterdir())),
            "--seeds",
            str(base),
            "--db",
            str(db),
            "--quiet",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0]
    assert db.read_bytes() == before


def test_a_file_repeating_an_article_is_named_and_nothing_changes(folders, tmp_path):
    base, _, _ = folders
    db = tmp_path / "added.db"
    build(base, db, executor=SerialExecutor())
    before = content(db)
    twin = tmp_path / "twin" / "zz_twin.txt"
    twin.parent.mkdir()
    shutil.copy(sorted(base.glob("*.txt"))[0], twin)
    with pytest.raises(BuildError) as raised:
        add([twin], base, db, executor=SerialExecutor())
    assert str(twin) in str(raised.value) and "same text as" in str(raised.value)
    assert content(db) == before


def test_add_to_a_database_that_does_not_exist_says_so(folders, tmp_path):
    base, extra, _ = folders
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "loaders",
            "add",
            str(next(extra.iterdir())),
            "--seeds",
            str(base),
            "--db",
            str(tmp_path / "none.db"),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "build it first" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_a_row_left_pointing_at_nothing_stops_the_commit(folders, tmp_path):
    """The foreign keys are checked as rows change (deferred to the commit): a claim whose group is
    gone refuses the commit, names the row, and the database stays as it was."""
    from db.state import InPlace

    base, _, _ = folders
    db = tmp_path / "x.db"
    build(base, db, executor=SerialExecutor())
    before = content(db)
    store = InPlace(db)
    try:
        store.begin()
        store.connection.execute("DELETE FROM claim_groups WHERE id = (SELECT group_id FROM claims LIMIT 1)")
        with pytest.raises(ValueError, match="point at rows that do not exist"):
            store.commit(None)
        store.rollback()
    finally:
        store.close()
    assert content(db) == before


# Pairs of printings: every pair grouping matches (each kind of match, with the speakers, names and
# stories that make it) is one whose wordings alone may match; the last ones match in no way.
PRINTINGS = [
    # (text, speaker, story) x 2, whether grouping matches them
    (("We will open ten stores.", None, "kestrel"), ("We’ll open ten stores,", None, "kestrel"), True),
    (("open ten stores", None, "kestrel"), ("We will open ten stores across the north next year.", None, "kestrel"), True),
    (
        ("My own judgment of the buyout was really bad, and I regret it.", "ada-lind", "kestrel"),
        ("My judgment of the buyout was poor and I regret it deeply.", "ada-lind", "kestrel"),
        True,
    ),
    (
        ("We will invest in Tamsin Grid Ltd this year.", None, "tamsin"),
        ("We will invest in Tamsin Grid Limited this year.", None, "tamsin"),
        True,
    ),
    (
        ("The market for Vorel handsets is changing quickly.", None, "vorel"),
        ("The market for Quint handsets is changing quickly.", None, "vorel"),
        False,
    ),
    (("We will open 10 stores this year.", None, "kestrel"), ("We will open 12 stores this year.", None, "kestrel"), False),
    (("Our ships are full until March.", None, "kestrel"), ("Prices for steel fell again last week.", None, "kestrel"), False),
]


@pytest.mark.parametrize("a, b, matched", PRINTINGS)
def test_wordings_that_cannot_match_are_known_without_their_printings(a, b, matched):
    """`add` reads the printings of a wording only where its wording alone may match: a necessary
    condition, so a match grouping finds is never missed."""
    from loaders.group.quotes import UnitMatcher, Utterance, comparable
    from loaders.incremental import _may_match
    from loaders.spans import Span

    def printed(article: str, text: str, speaker: str | None, story: str) -> tuple[str, list[Utterance]]:
        said = Utterance((article, 0, len(text)), Span(0, len(text)), text, "direct", speaker, frozenset({story}))
        return comparable(text), [said]

    first, second = printed("one", *a), printed("two", *b)
    assert UnitMatcher()(first, second) == matched
    if matched:
        assert _may_match(first[0], second[0])
    if not matched and a[0].startswith("Our ships"):
        assert not _may_match(first[0], second[0])  # the filter does filter


def _stock_printings(chooser, text: str, prefix: str, vocabulary: list[str]):
    """One wording printed by up to 40 articles, each of a random story (strong and weak words, now and
    then an unknown one) and speaker (or none)."""
    from loaders.group.quotes import WEAK, Utterance, comparable
    from loaders.spans import Span

    said = []
    for n in range(chooser.randint(1, 40)):
        size = 0 if chooser.random() < 0.01 else chooser.choice([1, 1, 2])
        story = frozenset((WEAK if chooser.random() < 0.3 else "") + chooser.choice(vocabulary) for _ in range(size))
        speaker = chooser.choice([None, "ann-lee", "ann", "tomas-ruiz", "bo-chan"])
        said.append(Utterance((f"{prefix}{n}", 0, len(text)), Span(0, len(text)), text, "direct", speaker, story))
    return comparable(text), said


def test_a_stock_wording_s_parts_meet_through_their_stories_words_as_pair_by_pair():
    """Two wordings printed in many stories (a stock sentence): `UnitMatcher` meets each part only with
    the other's parts of a story its own ties to; it finds a match exactly where comparing every pair
    of parts does (random stories, weak words, unknown stories, speakers or none)."""
    import random

    from loaders.group.quotes import UnitMatcher, _pair_matches

    texts = ("We will open ten stores across the region this year.", "We will open ten stores across the region.")
    outcomes, indexed = set(), 0
    for seed in range(60):
        chooser = random.Random(seed)
        vocabulary = [f"name{n}" for n in range(chooser.randint(20, 300))]
        first = _stock_printings(chooser, texts[0], "x", vocabulary)
        second = _stock_printings(chooser, texts[1], "y", vocabulary)
        matcher = UnitMatcher()
        ours, theirs = matcher._parts(first), matcher._parts(second)
        every_pair = any(_pair_matches(ua, ub) for ua in ours for ub in theirs)
        assert matcher(first, second) == every_pair
        outcomes.add(every_pair)
        indexed += len(ours) * len(theirs) > 64
    assert outcomes == {True, False} and indexed > 30


def test_a_record_read_for_quote_grouping_is_the_stored_record(seeds_db, fixtures_db):
    """Quote regrouping reads an article's record for its speakers and normal forms, and makes only the
    utterances it asks for (`_printings`): each is the one the whole record gives."""
    import sqlite3

    from loaders.incremental import _printings, _record

    compared = 0
    for db in (seeds_db, fixtures_db):
        connection = sqlite3.connect(db)
        try:
            payloads = connection.execute("SELECT payload FROM article_records ORDER BY article_id").fetchall()
        finally:
            connection.close()
        for (payload,) in payloads:
            whole, read = _record(payload), _printings(payload)
            assert (read.speakers, read.normal, len(read.utterances)) == (whole.speakers, whole.normal, len(whole.utterances))
            for position in reversed(range(len(whole.utterances))):  # any order: each made when asked for
                assert read.utterances[position] == whole.utterances[position]
                assert type(read.utterances[position].span) is type(whole.utterances[position].span)
                compared += 1
    assert compared > 20


def test_a_record_this_program_did_not_write_is_not_local():
    from loaders import cache
    from loaders.incremental import _printings

    with pytest.raises(NotLocal):
        _printings(cache.dump_value({"speakers": [], "utterances": []}))
    with pytest.raises(NotLocal):
        _printings(b"not a record")


def test_add_leaves_the_garbage_collector_as_it_found_it(folders, tmp_path):
    import gc

    base, extra, _ = folders
    db = tmp_path / "added.db"
    build(base, db, executor=SerialExecutor())
    assert gc.isenabled()
    add(sorted(extra.iterdir())[:1], base, db, executor=SerialExecutor())
    assert gc.isenabled()
