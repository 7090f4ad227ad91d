"""Ids: from content, stable, exact in a JavaScript client, and never shared by two rows."""

from __future__ import annotations

import json
import re

import pytest

from loaders.__main__ import main
from loaders.build import build
from loaders.spans import MAX_ID, ContentIds, IdCollision, content_id, slug
from tests.conftest import SEEDS, query

INTEGER_ID_TABLES = [
    "paragraphs",
    "sentences",
    "removed_parts",
    "mentions",
    "person_roles",
    "quotes",
    "quote_groups",
    "quote_group_members",
    "claim_groups",
    "claims",
]


@pytest.mark.parametrize("table", INTEGER_ID_TABLES)
def test_every_id_survives_a_javascript_number(seeds_db, table):
    ids = [row[0] for row in query(seeds_db, f'SELECT id FROM "{table}"')]
    assert ids, table
    for row_id in ids:
        assert 0 <= row_id <= MAX_ID
        # A JSON number is a double in JavaScript: the id must come back exactly.
        assert int(float(json.dumps(row_id))) == row_id


def test_foreign_keys_to_integer_ids_stay_in_range(seeds_db):
    (largest,) = query(
        seeds_db,
        """
        SELECT max(v) FROM (SELECT paragraph_id AS v FROM sentences
                            UNION ALL SELECT group_id FROM claims
                            UNION ALL SELECT quote_id FROM quote_group_members)""",
    )[0]
    assert largest is not None and largest <= MAX_ID


@pytest.mark.parametrize("parts", [("a", "sentence", 0, 5), ("quote_group", "text", ("b", 1, 2)), ("x",)])
def test_content_ids_depend_on_content_only(parts):
    assert content_id(*parts) == content_id(*parts)
    assert 0 <= content_id(*parts) <= MAX_ID
    assert content_id(*parts) != content_id(*parts, "more")


def test_the_same_content_twice_is_the_same_row_not_a_collision():
    ids = ContentIds(lambda *_parts: 7)
    assert ids("claims", "a", 1, 2) == ids("claims", "a", 1, 2) == 7
    assert ids("quotes", "b", 1, 2) == 7  # ids are per table


def test_two_contents_with_one_id_stop_with_a_clear_error():
    ids = ContentIds(lambda *_parts: 7)
    ids("claims", "a", "claim", 1, 2)
    with pytest.raises(
        IdCollision, match=r"claims: id 7 would be given to two different rows .*a \| claim \| 1 \| 2.*b \| claim \| 3 \| 4"
    ):
        ids("claims", "b", "claim", 3, 4)


def test_a_forced_hash_collision_stops_the_build_and_keeps_the_previous_database(tmp_path, monkeypatch, capsys):
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db)
    before = db.read_bytes()
    monkeypatch.setattr("loaders.spans.content_id", lambda *parts: 42)
    with pytest.raises(IdCollision):
        build(SEEDS, db)
    assert db.read_bytes() == before
    assert main(["build", "--seeds", str(SEEDS), "--db", str(db), "--quiet"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert re.match(r"error: sentences: id 42 would be given to two different rows \(\[\w+ \| sentence \|", line)
    assert db.read_bytes() == before


@pytest.mark.parametrize("table", INTEGER_ID_TABLES)
def test_sqlite_keeps_integer_ids_as_the_rowid(seeds_db, table):
    """BIGINT on PostgreSQL must not cost SQLite its INTEGER PRIMARY KEY (the rowid alias)."""
    (declared,) = [row["type"] for row in query(seeds_db, f'PRAGMA table_info("{table}")') if row["name"] == "id"]
    assert declared == "INTEGER"
    assert query(seeds_db, f'SELECT count(*) FROM "{table}" WHERE rowid != id')[0][0] == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Xiaomi Corp.", "xiaomi-corp"),
        ("  --Smith & Sons__Ltd--  ", "smith-sons-ltd"),  # the underscore is no letter: it joins like a space
        ("Straße Ünïcödé", "strasse-ünïcödé"),  # case-folded
        ("O’Brien", "o-brien"),
        ("x²y ٣٤", "x²y-٣٤"),  # every letter and digit the str.isalnum of Python accepts
        ("", "x"),
        ("---", "x"),
    ],
)
def test_slug(name, expected):
    assert slug(name) == expected
