"""claim_members: each claim as claim grouping reads it, one row per claim (revision 0010), so that
`add` reads the claims of the blocks it regroups and not every claim of their articles."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.engine import downgrade, upgrade
from loaders import cache
from loaders.build import add, build
from loaders.executors import SerialExecutor
from loaders.extract.claims import ClaimFound
from loaders.group.claims import ClaimRecords, Member
from loaders.incremental import NotLocal, member_of, member_text
from loaders.spans import Span
from tests.conftest import SEEDS
from tests.test_add_oracle import BYSTANDER, USES, _articles, _copy, assert_same, routes  # noqa: F401 (routes: a fixture)

PLAIN = ClaimFound(
    span=Span(10, 16),
    value=4.2e9,
    unit="USD",
    value_as_written="$4.2 billion",
    scale="billion",
    also_value=None,
    also_unit=None,
    direction=None,
    metric="revenue",
    subject="Kestrel Harbour Logistics",
    period="2026",
    period_as_written="this year",
    scope=None,
    source=None,
    modality="forecast",
    qualifier=None,
)


@pytest.mark.parametrize(
    "member",
    [
        Member("a1", PLAIN),
        Member("a1", PLAIN, "fell-radio", ("Kestrel Harbour Logistics", "KHL"), True, "$4.2 billion"),
        Member(
            "b2",
            dataclasses.replace(
                PLAIN,
                value=6.0,
                unit="percent",
                value_high=7.5,
                precision=0.5,
                direction="increase",
                moment="close",
                subjects=("Société Générale", "Brenford Capital"),
                earlier=True,
                also_value=5.25,
                also_unit="EUR",
            ),
            None,
            (),
            False,
            "6–7.5%",
        ),
        Member("c3", dataclasses.replace(PLAIN, value=0.0, unit="containers", scale=None, subject=None, metric="")),
    ],
)
def test_a_member_reads_back_as_it_was_written(member):
    back = member_of(member.article_id, member_text(member))
    assert back == member
    assert back.text == member.text  # not compared by ==
    assert type(back.claim.subjects) is tuple and type(back.sentence_organisations) is tuple


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '[[[1, 2], 3.0], null, [], false, "x"]',  # a claim missing fields that have no default
        "[[[1, 2]" + ", null" * 40 + '], null, [], false, "x"]',  # more fields than a claim has
    ],
)
def test_a_member_this_program_did_not_write_is_not_read(text):
    with pytest.raises(NotLocal):
        member_of("a1", text)


def _claim_members(db) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT claim_id, article_id, member FROM claim_members ORDER BY claim_id").fetchall()


def test_every_claim_has_its_member_and_migrating_down_and_up_keeps_them(tmp_path):
    """The build writes one row per claim; revision 0010's downgrade puts each article's claims back
    in its record as the earlier writer did (the ids of places and people aside), its upgrade makes
    the same rows again."""
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db, executor=SerialExecutor())
    rows = _claim_members(db)
    with sqlite3.connect(db) as connection:
        claims = connection.execute("SELECT id, article_id, span_start, span_end, text FROM claims ORDER BY id").fetchall()
    assert rows and [row[:2] for row in rows] == [claim[:2] for claim in claims]
    members = {claim_id: member_of(article_id, text) for claim_id, article_id, text in rows}
    for claim_id, _, start, end, text in claims:
        assert (members[claim_id].claim.span, members[claim_id].text) == (Span(start, end), text)

    downgrade(db, "0009")
    with sqlite3.connect(db) as connection:
        records = dict(connection.execute("SELECT article_id, claims FROM article_records").fetchall())
        assert "claim_members" not in {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    by_article: dict[str, list[Member]] = {}
    for member in members.values():
        by_article.setdefault(member.article_id, []).append(member)
    for article_id, payload in records.items():
        expected = sorted(by_article.get(article_id, []), key=lambda m: m.claim.span)
        assert cache.load_value(payload) == ClaimRecords(expected, set())
        assert payload == cache.dump_value(ClaimRecords(expected, set()))

    upgrade(db, "head")
    assert _claim_members(db) == rows


def test_a_database_whose_claims_have_no_members_is_rebuilt_from_the_cache(tmp_path, routes):  # noqa: F811
    """A database migrated to 0010 offline has no claim members: `add` rebuilds from the cache (the
    full build's rows), which fills them for the next add, made in place."""
    add_two_after_emptying(tmp_path, "claim_members")
    assert routes == ["the database keeps no grouping record for every claim", "in place"]


def add_two_after_emptying(tmp_path: Path, table: str) -> None:
    """Build the seeds, empty one of the corpus state tables (as an offline migration leaves it), then
    add two articles one at a time: after each, the database is row for row a full build's."""
    folder = _copy(_articles(SEEDS), tmp_path / "folder")
    (tmp_path / "new").mkdir()
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        connection.execute(f"DELETE FROM {table}")
    for name, text in (("mm_uses.txt", USES), ("mm_bystander.txt", BYSTANDER)):
        new = tmp_path / "new" / name
        new.write_text(text, encoding="utf-8")
        add([new], folder, db, executor=SerialExecutor())
        shutil.copy(new, folder / name)
        build(folder, full, executor=SerialExecutor())
        assert_same(db, full)
