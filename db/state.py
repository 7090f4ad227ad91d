"""A built SQLite database changed in place, in one transaction: the reads and
writes `add` makes (loaders/incremental.py) when it recomputes only what new
articles touch. The only other code that writes a database is db/writer.py.

Rows come and go as plain dicts per table; the corpus state tables
(corpus_counts, corpus_index, entity_contributions, article_records, claim_members,
claim_placements) are read
by key. Derived tables and the claims' full-text index are refreshed for the
keys that changed only (the other full-text indexes follow by their triggers).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from db.datapackage import write_datapackage
from db.derived import DERIVED_TABLES
from db.tables import TABLES

# Derived tables: the column each is refreshed by (rows for changed values deleted, then selected again).
DERIVED_KEYS = {
    "quote_coverage": "group_id",
    "claim_coverage": "group_id",
    "claim_conflicts": "group_id",
    "article_entities": "article_id",
}
_CHUNK = 500  # values bound per statement (SQLite's limit is far above)


def _chunks(values: Iterable, size: int = _CHUNK) -> Iterator[list]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _columns(table: str) -> list[str]:
    return list(TABLES[table][0])


def _key_columns(table: str) -> list[str]:
    return list(TABLES[table][1])


class InPlace:
    """A connection to the database at `path`; `begin` starts the one transaction, `commit` checks
    the foreign keys and ends it, `rollback` leaves the database as it was."""

    def __init__(self, path: Path):
        self.path = path
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.row_factory = sqlite3.Row

    def close(self) -> None:
        self.connection.close()

    def begin(self) -> None:
        # Foreign keys deferred: SQLite counts the rows left pointing at nothing as rows change (every
        # key column is indexed, no key cascades) and refuses the commit while any is; checking the
        # whole file instead would cost time in proportion to the corpus.
        self.connection.execute("PRAGMA foreign_keys=ON")
        self.connection.execute("BEGIN IMMEDIATE")
        self.connection.execute("PRAGMA defer_foreign_keys=ON")

    def commit(self, program_version: str | None) -> None:
        try:
            self.connection.execute("COMMIT")
        except sqlite3.IntegrityError:
            broken = self.connection.execute("PRAGMA main.foreign_key_check").fetchall()
            raise ValueError(f"{self.path}: rows point at rows that do not exist: {[tuple(row) for row in broken[:5]]}") from None
        write_datapackage(self.path, program_version)

    def rollback(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")

    # Reads ---------------------------------------------------------------------
    def keeps_state(self) -> bool:
        """Whether the database has the corpus state tables (revision 0011 on: claim_placements)."""
        names = {row[0] for row in self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        state = {"corpus_counts", "corpus_index", "entity_contributions", "article_records", "claim_members", "claim_placements"}
        return state <= names

    def info(self) -> dict[str, str]:
        return {row["name"]: row["value"] for row in self.connection.execute("SELECT name, value FROM build_info")}

    def count(self, table: str) -> int:
        return self.connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def articles(self) -> list[tuple[str, str, str]]:
        """(id, file name, sha256) of every article, in the build's order (by file name)."""
        cursor = self.connection.execute("SELECT id, file_name, sha256 FROM articles ORDER BY file_name")
        cursor.row_factory = None  # plain tuples: 100,000 of them at that size
        return cursor.fetchall()

    def cached_articles(self, version: str) -> int:
        """How many articles have an extraction of this version in the cache."""
        return self.connection.execute(
            "SELECT count(*) FROM articles a JOIN extraction_cache c ON c.article_sha256 = a.sha256 AND c.extractor_version = ?",
            (version,),
        ).fetchone()[0]

    def same_text(self, text: str, other_than: str) -> str | None:
        """The file name of another article with exactly this text, if one has it."""
        row = self.connection.execute(
            "SELECT file_name FROM articles WHERE length(text) = ? AND text = ? AND id != ? LIMIT 1",
            (len(text), text, other_than),
        ).fetchone()
        return row[0] if row else None

    def payload(self, sha256: str, version: str) -> bytes | None:
        row = self.connection.execute(
            "SELECT payload FROM extraction_cache WHERE article_sha256 = ? AND extractor_version = ?", (sha256, version)
        ).fetchone()
        return row[0] if row else None

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(self.connection.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk).fetchall())
        return out

    def counts(self, kind: str, keys: Iterable[str]) -> dict[tuple[str, str], int]:
        """(key, value) -> articles, for the keys given."""
        out = {}
        for chunk in _chunks(set(keys)):
            marks = ",".join("?" * len(chunk))
            for row in self.connection.execute(
                f"SELECT key, value, articles FROM corpus_counts WHERE kind = ? AND key IN ({marks})", [kind, *chunk]
            ):
                out[(row[0], row[1])] = row[2]
        return out

    def counts_of_kind(self, kind: str) -> dict[tuple[str, str], int]:
        return {
            (row[0], row[1]): row[2]
            for row in self.connection.execute("SELECT key, value, articles FROM corpus_counts WHERE kind = ?", (kind,))
        }

    def search_articles(self, words: list[str]) -> set[str]:
        """Ids of the articles whose headline or prose hold the words in a row (full-text index:
        more than hold the exact string, never fewer)."""
        phrase = '"' + " ".join(word.replace('"', '""') for word in words) + '"'
        return {
            row[0]
            for row in self.connection.execute(
                "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?", (phrase,)
            )
        }

    def indexed_articles(self, kind: str, keys: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(set(keys)):
            marks = ",".join("?" * len(chunk))
            out.update(
                row[0]
                for row in self.connection.execute(
                    f"SELECT DISTINCT article_id FROM corpus_index WHERE kind = ? AND key IN ({marks})", [kind, *chunk]
                )
            )
        return out

    def index_rows(self, kind: str, keys: Iterable[str]) -> list[dict]:
        out: list[dict] = []
        for chunk in _chunks(set(keys)):
            marks = ",".join("?" * len(chunk))
            out.extend(
                dict(row)
                for row in self.connection.execute(
                    f"SELECT * FROM corpus_index WHERE kind = ? AND key IN ({marks})", [kind, *chunk]
                )
            )
        return out

    def quote_printings_missing(self) -> bool:
        """Whether articles print quote wordings and quote_printings holds none (an offline upgrade to 0013)."""
        printed = self.connection.execute("SELECT 1 FROM corpus_index WHERE kind = 'quote unit' LIMIT 1").fetchone()
        return printed is not None and self.connection.execute("SELECT 1 FROM quote_printings LIMIT 1").fetchone() is None

    def quote_printings(self, key: str) -> list[tuple[str, str]]:
        """(article id, printings) of the articles printing one quote wording (its digest)."""
        cursor = self.connection.execute("SELECT article_id, printings FROM quote_printings WHERE key = ?", (key,))
        cursor.row_factory = None  # plain tuples
        return list(cursor)

    def wording_postings(self, kind: str, key: str, limit: int, written: Iterable[str]) -> dict[str, tuple[str, bool]] | None:
        """The values of the index's rows for one key, each with the first of its articles by id and
        whether an article not in `written` has it; None when the key holds `limit` values or more.
        Counted by SQLite: a key a stock sentence holds has tens of thousands of rows."""
        found = self.connection.execute(
            "SELECT count(*) FROM (SELECT DISTINCT value FROM corpus_index WHERE kind = ? AND key = ? LIMIT ?)",
            (kind, key, limit),
        ).fetchone()[0]
        if found >= limit:
            return None
        cursor = self.connection.execute(
            "SELECT value, min(article_id), max(article_id NOT IN (SELECT value FROM json_each(?))) FROM corpus_index "
            "WHERE kind = ? AND key = ? GROUP BY value",
            (json.dumps(sorted(set(written))), kind, key),
        )
        cursor.row_factory = None  # plain tuples
        return {value: (first, bool(elsewhere)) for value, first, elsewhere in cursor}

    def file_names(self, ids: Iterable[str]) -> list[tuple[str, str]]:
        """(id, file name) of the articles given."""
        out: list[tuple[str, str]] = []
        for chunk in _chunks(set(ids)):
            marks = ",".join("?" * len(chunk))
            cursor = self.connection.execute(f"SELECT id, file_name FROM articles WHERE id IN ({marks})", chunk)
            cursor.row_factory = None  # plain tuples
            out.extend(cursor)
        return out

    def index_rows_under(self, kind: str, prefix: str) -> list[dict]:
        """The index's rows whose key begins with `prefix` (a range of the key)."""
        return [
            dict(row)
            for row in self.connection.execute(
                "SELECT * FROM corpus_index WHERE kind = ? AND key >= ? AND key < ?", (kind, prefix, prefix + "\U0010ffff")
            )
        ]

    def index_rows_of_kinds(self, kinds: Iterable[str], article_ids: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
        """The index's rows of these kinds for the articles given, as (kind, key, article id, value)
        tuples (a regrouping reads hundreds of thousands: no dict for each)."""
        kinds = list(kinds)
        for chunk in _chunks(set(article_ids)):
            marks, kind_marks = ",".join("?" * len(chunk)), ",".join("?" * len(kinds))
            cursor = self.connection.execute(
                f"SELECT kind, key, article_id, value FROM corpus_index WHERE article_id IN ({marks}) AND kind IN ({kind_marks})",
                [*chunk, *kinds],
            )
            cursor.row_factory = None  # plain tuples
            yield from cursor

    def index_rows_of_values(
        self, kinds: Iterable[str], values: Mapping[str, str], separator: str
    ) -> Iterator[tuple[str, str, str, str]]:
        """The index's rows of these kinds whose value is one of `values` (value -> its article id)
        or begins with one and `separator`, as plain tuples; found through their articles, the
        values matched by SQLite (a regrouping's articles hold four times the rows it wants)."""
        kinds = list(kinds)
        kind_marks = ",".join("?" * len(kinds))
        by_article: dict[str, list[str]] = {}
        for value, article_id in values.items():
            by_article.setdefault(article_id, []).append(value)
        head = "CASE WHEN instr(value, ?) > 0 THEN substr(value, 1, instr(value, ?) - 1) ELSE value END"
        for chunk in _chunks(sorted(by_article)):
            marks = ",".join("?" * len(chunk))
            wanted = json.dumps([value for article_id in chunk for value in by_article[article_id]])
            cursor = self.connection.execute(
                f"SELECT kind, key, article_id, value FROM corpus_index WHERE article_id IN ({marks}) AND kind IN ({kind_marks}) "
                f"AND {head} IN (SELECT value FROM json_each(?))",
                [*chunk, *kinds, separator, separator, wanted],
            )
            cursor.row_factory = None  # plain tuples
            yield from cursor

    def index_rows_of(self, kind: str, article_ids: Iterable[str]) -> list[dict]:
        return [row for row in self.rows("corpus_index", "article_id", article_ids) if row["kind"] == kind]

    def named_as_place_or_person(self, entity_id: str) -> bool:
        """Whether some article's own findings name this id as a place or a person."""
        return (
            self.connection.execute(
                "SELECT 1 FROM entity_contributions WHERE kind IN ('place', 'person') AND entity_id = ? AND in_findings = 1 LIMIT 1",
                (entity_id,),
            ).fetchone()
            is not None
        )

    def indexed_values(self, kind: str, key: str) -> list[tuple[str, str]]:
        """(article id, value) of the index's rows for one key, in the build's order of articles."""
        return [
            tuple(row)
            for row in self.connection.execute(
                "SELECT i.article_id, i.value FROM corpus_index i JOIN articles a ON a.id = i.article_id "
                "WHERE i.kind = ? AND i.key = ? ORDER BY a.file_name, i.value",
                (kind, key),
            )
        ]

    def records(self, ids: Iterable[str]) -> dict[str, bytes]:
        """The articles' records (their payloads)."""
        out: dict[str, bytes] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(
                self.connection.execute(f"SELECT article_id, payload FROM article_records WHERE article_id IN ({marks})", chunk)
            )
        return out

    def claim_members(self, claim_ids: Iterable[int]) -> Iterator[tuple[int, str, str, str | None]]:
        """(claim id, article id, member, placement or None) of the claims given that claim_members
        holds, as plain tuples."""
        for chunk in _chunks(set(claim_ids)):
            marks = ",".join("?" * len(chunk))
            cursor = self.connection.execute(
                "SELECT m.claim_id, m.article_id, m.member, p.placement FROM claim_members m "
                f"LEFT JOIN claim_placements p ON p.claim_id = m.claim_id WHERE m.claim_id IN ({marks})",
                chunk,
            )
            cursor.row_factory = None  # plain tuples
            yield from cursor

    def quote_placings(self, quote_ids: Iterable[int]) -> Iterator[tuple[str, int, int, int]]:
        """(article id, start, end, group id) of the quote group members carrying these quotes' utterances."""
        for chunk in _chunks(set(quote_ids)):
            marks = ",".join("?" * len(chunk))
            cursor = self.connection.execute(
                f"SELECT article_id, span_start, span_end, group_id FROM quote_group_members WHERE quote_id IN ({marks})",
                chunk,
            )
            cursor.row_factory = None  # plain tuples
            yield from cursor

    def rows(self, table: str, column: str, values: Iterable) -> list[dict]:
        out: list[dict] = []
        for chunk in _chunks(set(values)):
            marks = ",".join("?" * len(chunk))
            cursor = self.connection.execute(f'SELECT * FROM "{table}" WHERE "{column}" IN ({marks})', chunk)
            cursor.row_factory = None  # plain tuples, each made a dict of the columns' names (as dict(sqlite3.Row), faster)
            names = [field[0] for field in cursor.description]
            out.extend(dict(zip(names, row, strict=True)) for row in cursor)
        return out

    def all_rows(self, table: str) -> list[dict]:
        return [dict(row) for row in self.connection.execute(f'SELECT * FROM "{table}"')]

    def ids(self, table: str) -> set:
        return {row[0] for row in self.connection.execute(f'SELECT id FROM "{table}"')}

    def contributions(self, kind: str, entity_id: str) -> list[dict]:
        """What each article gives one entity's row, in the build's order of articles."""
        return [
            dict(row)
            for row in self.connection.execute(
                "SELECT e.* FROM entity_contributions e JOIN articles a ON a.id = e.article_id "
                "WHERE e.kind = ? AND e.entity_id = ? ORDER BY a.file_name",
                (kind, entity_id),
            )
        ]

    def first_article_with_outlet(self, outlet_id: str) -> str | None:
        row = self.connection.execute(
            "SELECT id FROM articles WHERE outlet_id = ? ORDER BY file_name LIMIT 1", (outlet_id,)
        ).fetchone()
        return row[0] if row else None

    def claims_index_texts(self, ids: Iterable[int]) -> list[tuple[int, str]]:
        """What the claims' full-text index holds for these claims (their sentences)."""
        out: list[tuple[int, str]] = []
        for chunk in _chunks(set(ids)):
            marks = ",".join("?" * len(chunk))
            out.extend(
                tuple(row)
                for row in self.connection.execute(
                    "SELECT c.id, coalesce(s.text, c.text) FROM claims c LEFT JOIN sentences s ON s.article_id = c.article_id "
                    f"AND s.span_start <= c.span_start AND c.span_end <= s.span_end WHERE c.id IN ({marks})",
                    chunk,
                )
            )
        return out

    # Writes --------------------------------------------------------------------
    def delete(self, table: str, column: str, values: Iterable) -> None:
        for chunk in _chunks(set(values)):
            marks = ",".join("?" * len(chunk))
            self.connection.execute(f'DELETE FROM "{table}" WHERE "{column}" IN ({marks})', chunk)

    def delete_keys(self, table: str, keys: Iterable[tuple]) -> None:
        columns = _key_columns(table)
        where = " AND ".join(f'"{column}" = ?' for column in columns)
        self.connection.executemany(f'DELETE FROM "{table}" WHERE {where}', list(keys))

    def insert(self, table: str, rows: list[dict], replace: bool = False) -> None:
        if not rows:
            return
        columns = _columns(table)
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" * len(columns))
        key = _key_columns(table)
        ordered = sorted(rows, key=lambda row: tuple(row[column] for column in key))
        if replace:  # deleted first, not INSERT OR REPLACE: that would not fire the full-text triggers
            self.delete_keys(table, [tuple(row[column] for column in key) for row in ordered])
        self.connection.executemany(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})', [tuple(row.get(c) for c in columns) for row in ordered]
        )

    def add_counts(self, deltas: dict[tuple[str, str, str], int]) -> None:
        """corpus_counts moved by `deltas`; a count that reaches 0 is removed."""
        for (kind, key, value), delta in sorted(deltas.items()):
            if not delta:
                continue
            self.connection.execute(
                "INSERT INTO corpus_counts (kind, key, value, articles) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, key, value) DO UPDATE SET articles = articles + excluded.articles",
                (kind, key, value, delta),
            )
            self.connection.execute(
                "DELETE FROM corpus_counts WHERE kind = ? AND key = ? AND value = ? AND articles <= 0", (kind, key, value)
            )

    def set_info(self, name: str, value: str) -> None:
        self.connection.execute("UPDATE build_info SET value = ? WHERE name = ?", (value, name))

    def unindex_claims(self, entries: list[tuple[int, str]]) -> None:
        """Remove claims from their full-text index (it keeps no copy: the old values are given)."""
        self.connection.executemany("INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', ?, ?)", entries)

    def index_claims(self, ids: Iterable[int]) -> None:
        self.connection.executemany("INSERT INTO claims_fts (rowid, text) VALUES (?, ?)", self.claims_index_texts(ids))

    def refresh_derived(self, changed: dict[str, set]) -> None:
        """The derived tables' rows for the changed keys (group ids, article ids; for
        entity_outlet_mentions, (kind, entity id) pairs) selected again from their SELECTs."""
        for name, select in DERIVED_TABLES.items():
            values = changed.get(name, set())
            if not values:
                continue
            if name == "entity_outlet_mentions":
                # Keyed by (kind, entity id): one kind at a time, the ids as a list of values, which
                # SQLite pushes into the grouped SELECT (a list read from json_each it does not: the
                # whole table was grouped to keep a few rows, seconds at 100,000 articles).
                by_kind: dict[str, list[str]] = {}
                for kind, entity_id in sorted(values):
                    by_kind.setdefault(kind, []).append(entity_id)
                for kind, entity_ids in by_kind.items():
                    for chunk in _chunks(entity_ids):
                        marks = ",".join("?" * len(chunk))
                        where = f"kind = ? AND entity_id IN ({marks})"
                        self.connection.execute(f'DELETE FROM "{name}" WHERE {where}', (kind, *chunk))
                        self.connection.execute(f'INSERT INTO "{name}" SELECT * FROM ({select}) WHERE {where}', (kind, *chunk))
                continue
            column = DERIVED_KEYS[name]
            for chunk in _chunks(values):
                marks = ",".join("?" * len(chunk))
                self.connection.execute(f'DELETE FROM "{name}" WHERE "{column}" IN ({marks})', chunk)
                self.connection.execute(f'INSERT INTO "{name}" SELECT * FROM ({select}) WHERE "{column}" IN ({marks})', chunk)
