"""The build end to end: verbatim texts, valid spans, stable ids, same bytes, atomic."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from loaders.build import build
from tests.conftest import FIXTURE_ARTICLES, SEEDS, query


def spanned_tables(db_path):
    tables = [row["name"] for row in query(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    out = []
    for table in tables:
        columns = {row["name"] for row in query(db_path, f'PRAGMA table_info("{table}")')}
        if {"article_id", "span_start", "span_end", "text"} <= columns:
            out.append(table)
    return out


@pytest.mark.parametrize("db_fixture", ["seeds_db", "fixtures_db"])
def test_every_span_matches_the_article_text(request, db_fixture):
    db = request.getfixturevalue(db_fixture)
    tables = spanned_tables(db)
    assert {"paragraphs", "sentences", "removed_parts"} <= set(tables)
    for table in tables:
        total, bad = query(
            db,
            f"""
            SELECT count(*), sum(substr(a.text, t.span_start + 1, t.span_end - t.span_start) IS NOT t.text)
            FROM "{table}" t JOIN articles a ON a.id = t.article_id""",
        )[0]
        assert total > 0 or table not in {"paragraphs", "sentences"}
        assert not bad, f"{table}: {bad} of {total} spans do not match"


def test_articles_are_the_files_verbatim(seeds_db):
    rows = {row["id"]: row["text"] for row in query(seeds_db, "SELECT id, text FROM articles")}
    files = {path.stem: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}
    assert rows == files


def test_body_is_the_paragraphs_and_excludes_furniture(seeds_db):
    for article in query(seeds_db, "SELECT id, body FROM articles"):
        paragraphs = [
            row["text"]
            for row in query(seeds_db, "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", (article["id"],))
        ]
        assert article["body"] == "\n\n".join(paragraphs)
        for part in query(seeds_db, "SELECT text FROM removed_parts WHERE article_id = ?", (article["id"],)):
            assert part["text"] not in article["body"]


def test_integrity_and_foreign_keys(seeds_db):
    assert [tuple(row) for row in query(seeds_db, "PRAGMA integrity_check")] == [("ok",)]
    assert query(seeds_db, "PRAGMA foreign_key_check") == []


def test_two_builds_give_the_same_bytes(tmp_path):
    build(SEEDS, tmp_path / "one.db")
    build(SEEDS, tmp_path / "two.db")
    assert (tmp_path / "one.db").read_bytes() == (tmp_path / "two.db").read_bytes()


def canonical_dump(path):
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_ids_come_from_content_not_load_order(tmp_path):
    """Adding an article that sorts first changes no existing row's id."""
    build(SEEDS, tmp_path / "before.db")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "0000_first.txt").write_text("Acme Corp said on Monday its sales rose.\nIt was a good year.", encoding="utf-8")
    build(seeds, tmp_path / "after.db")
    for table in ("paragraphs", "sentences", "removed_parts"):
        sql = f'SELECT * FROM "{table}" WHERE article_id != ? ORDER BY id'
        assert [tuple(r) for r in query(tmp_path / "before.db", sql, ("0000_first",))] == [
            tuple(r) for r in query(tmp_path / "after.db", sql, ("0000_first",))
        ]


def test_a_failed_build_leaves_the_previous_database(tmp_path, monkeypatch):
    db = tmp_path / "xiaomi.db"
    build(SEEDS, db)
    before = db.read_bytes()

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("db.writer.finish_database", explode)
    with pytest.raises(RuntimeError):
        build(SEEDS, db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datapackage.json", "xiaomi.db"]


def test_a_folder_of_bare_txt_files_builds(tmp_path):
    seeds = tmp_path / "bare"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    counts = build(seeds, tmp_path / "bare.db")
    assert counts["articles"] == 3


def test_curated_metadata_fills_what_the_text_does_not_give(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Acme Corp said its sales rose.\nThat was all.", encoding="utf-8")
    (seeds / "articles.yml").write_text("a:\n  outlet: The Ledger\n  published: 2024-05-01\n", encoding="utf-8")
    build(seeds, tmp_path / "x.db")
    (article,) = query(
        tmp_path / "x.db", "SELECT a.published, o.name, o.found_by FROM articles a JOIN outlets o ON o.id = a.outlet_id"
    )
    assert tuple(article) == ("2024-05-01", "The Ledger", "metadata file")


def test_the_seed_furniture_is_read_from_the_text_and_nothing_is_guessed(seeds_db):
    rows = {row["id"]: row for row in query(seeds_db, "SELECT * FROM articles")}
    # Each value below stands in the article's own text; the rest stays NULL.
    for article in rows.values():
        if article["title"]:
            assert article["title"] in article["text"]
        if article["published_as_written"]:
            assert article["published_as_written"] in article["text"]
    outlets = query(seeds_db, "SELECT o.name, a.text FROM outlets o JOIN articles a ON a.outlet_id = o.id")
    assert outlets and all(row["name"] in row["text"] for row in outlets)


ROLE_ARTICLES = {
    "a_depot.txt": "Brindle Harbour Logistics opens new depot\n\nBy Mara Quill\n\n"
    "Brindle Harbour Logistics said on Tuesday it had opened a depot near the port.\n\n"
    '"We expect the depot to handle twice the freight," said Tomas Verhoeven, the company\'s chief executive.\n',
    "b_criticism.txt": "Depot plans draw criticism\n\nBy Odile Sarn\n\n"
    "Verhoeven said Brindle Harbour Logistics would meet residents next month.\n\n"
    "Residents said the depot would add traffic on the coast road.\n",
}


def test_roles_the_first_pass_gives_as_final_are_the_roles_names_carried_give(tmp_path):
    """The second pass reads again only the articles whose roles carrying the corpus's names may
    change; for every other article the roles the first pass gives must be the ones carrying gives."""
    from loaders.build import _first_pass, _roles
    from loaders.extract.entities.consistency import CorpusNames
    from loaders.read import read_seed_files

    for name, text in ROLE_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    folders = [SEEDS, FIXTURE_ARTICLES, tmp_path]
    checked = 0
    for folder in folders:
        seeds = read_seed_files(folder)
        first = [_first_pass((seed, None), {}) for seed in seeds]
        corpus = CorpusNames()
        for _, summary, _ in first:
            corpus.add(summary)
        names = corpus.finish()
        for seed, (payload, _, roles) in zip(seeds, first, strict=True):
            if roles is not None:
                assert roles == _roles((seed, payload), names), seed.file_name
                checked += bool(roles)
    assert checked  # some article's roles were handed over as final, and checked
