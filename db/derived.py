"""Derived objects: full-text indexes and views, per dialect.

They are not part of the migration history (migrations own tables,
constraints and plain indexes). The build drops and recreates them every
time, idempotently, in the manner of dogsheep's `ensure_db_shape`.

Full-text search: on SQLite an FTS5 table per searched table (as sqlite-utils makes it,
so Datasette shows a search box); on PostgreSQL a generated `tsvector`
column, `search`, with a GIN index. The views are written in SQL both
accept (every selected column grouped or aggregated).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Inspector, TextClause

# SQLAlchemy is imported where it is used: `add` in place reads the SELECTs below and needs none of it.


def text(sql: str) -> TextClause:  # SQLAlchemy's text(), imported when a server connection uses it
    from sqlalchemy import text as sql_text

    return sql_text(sql)


def inspect(connection: Connection) -> Inspector:
    from sqlalchemy import inspect as sql_inspect

    return sql_inspect(connection)


# table -> columns indexed for full-text search (Datasette shows a search box).
# On PostgreSQL the same columns feed a generated tsvector column, SEARCH_COLUMN.
FTS_TABLES: dict[str, list[str]] = {
    "articles": ["title", "body"],
    "quotes": ["text", "speaker_as_written"],
    "sentences": ["text"],
}
SEARCH_COLUMN = "search"
SEARCH_CONFIGURATION = "english"

# SQLite only. Claims are found by the words of the sentence that states them
# ("smartphone sales fell 45%" finds the 45), so their index holds each
# claim's sentence. It names claims as its content table, which is how
# Datasette and datasette-search-all recognise a table's index; nothing reads
# the index's own column values back, only the rowids its MATCH returns.
CLAIMS_FTS = 'CREATE VIRTUAL TABLE claims_fts USING fts5(text, content="claims", content_rowid="id", tokenize="porter")'
CLAIMS_FTS_FILL = """
    INSERT INTO claims_fts (rowid, text)
    SELECT c.id, coalesce(s.text, c.text)
    FROM claims c
    LEFT JOIN sentences s ON s.article_id = c.article_id AND s.span_start <= c.span_start AND c.span_end <= s.span_end
    ORDER BY c.id"""

# Tables the build fills from a SELECT, with indexes: the contract's questions
# (and two helpers), answered from a table rather than a view over joins and
# aggregates, so that a page of them is fast at any size. Filled in this
# order (a later SELECT may read an earlier table); rows are stored in the
# SELECT's order.
DERIVED_TABLES: dict[str, str] = {
    # Contract: printed quote x the cross-article group of each utterance it carries.
    "quote_coverage": """
        SELECT g.id AS group_id, p.name AS speaker, q.article_id, q.id AS quote_id, q.kind, q.text,
               m.text AS utterance, m.match, m.score, m.difference, g.article_count
        FROM quote_group_members m
        JOIN quote_groups g ON g.id = m.group_id
        JOIN quotes q ON q.id = m.quote_id
        LEFT JOIN people p ON p.id = g.speaker_id
        ORDER BY g.article_count DESC, g.id, q.article_id, m.span_start""",
    # Contract: claim x its cross-article group, with the group's status.
    "claim_coverage": """
        SELECT g.id AS group_id, o.name AS subject, c.metric, c.article_id, c.id AS claim_id, c.text,
               c.value, c.unit, c.period, c.scope, g.status,
               c.value_high, c.precision, c.also_value, c.also_unit, c.direction, c.moment, c.modality, c.metric_cue,
               c.source, g.disagreements, g.article_count
        FROM claims c
        JOIN claim_groups g ON g.id = c.group_id
        LEFT JOIN organisations o ON o.id = g.subject_id
        ORDER BY g.article_count DESC, g.id, c.article_id, c.span_start""",
    # Contract: one row per article x entity mentioned in it.
    "article_entities": """
        SELECT m.article_id, m.kind, m.entity_id,
               COALESCE(o.name, p.name, pr.name, pl.name) AS name,
               count(*) AS mentions
        FROM mentions m
        LEFT JOIN organisations o ON o.id = m.organisation_id
        LEFT JOIN people p ON p.id = m.person_id
        LEFT JOIN products pr ON pr.id = m.product_id
        LEFT JOIN places pl ON pl.id = m.place_id
        GROUP BY m.article_id, m.kind, m.entity_id, o.name, p.name, pr.name, pl.name
        ORDER BY m.article_id, m.kind, mentions DESC, name""",
    # Where outlets disagree: each conflicting group's versions side by side, each with its sentence
    # (the headline where the figure stands there).
    "claim_conflicts": """
        SELECT cc.group_id, cc.subject, cc.metric, cc.disagreements, cc.article_id,
               coalesce(ou.name, 'outlet not known') AS outlet, cc.text, cc.value, cc.value_high, cc.unit,
               cc.also_value, cc.also_unit, cc.period, cc.moment, cc.scope,
               coalesce(s.text, a.title) AS sentence
        FROM claim_coverage cc
        JOIN claims c ON c.id = cc.claim_id
        JOIN articles a ON a.id = cc.article_id
        LEFT JOIN outlets ou ON ou.id = a.outlet_id
        LEFT JOIN sentences s ON s.article_id = c.article_id AND s.span_start <= c.span_start AND s.span_end >= c.span_end
        WHERE cc.status = 'conflicting'""",
    # Entity x outlet: how often each publication names each entity (NULL outlet: not known).
    "entity_outlet_mentions": """
        SELECT ae.kind, ae.entity_id, ae.name, a.outlet_id, count(DISTINCT ae.article_id) AS articles,
               sum(ae.mentions) AS mentions
        FROM article_entities ae JOIN articles a ON a.id = ae.article_id
        GROUP BY ae.kind, ae.entity_id, ae.name, a.outlet_id
        ORDER BY mentions DESC, ae.name""",
}
DERIVED_TABLE_INDEXES: dict[str, list[tuple[str, ...]]] = {
    "quote_coverage": [("group_id",), ("article_id",), ("quote_id",), ("speaker",), ("kind",)],
    "claim_coverage": [("group_id",), ("article_id",), ("claim_id",), ("subject", "metric"), ("metric",), ("status",)],
    "article_entities": [("article_id",), ("kind", "entity_id"), ("entity_id",), ("name",)],
    "claim_conflicts": [("group_id",), ("subject", "metric", "article_id"), ("article_id",)],
    "entity_outlet_mentions": [("mentions",), ("kind", "mentions"), ("entity_id",), ("outlet_id",)],
}

# view name -> SELECT: helpers over the tables (none today: every question is a table above).
VIEWS: dict[str, str] = {}


def derived_object_names(connection: Connection) -> set[str]:
    """Views, virtual (FTS) tables and their shadow tables."""
    if connection.dialect.name != "sqlite":
        return set(inspect(connection).get_view_names()) | set(DERIVED_TABLES)
    rows = connection.execute(text("PRAGMA table_list")).fetchall()
    return {row.name for row in rows if row.type in {"view", "virtual", "shadow"} or row.name in DERIVED_TABLES}


def is_derived_schema_item(name: str | None, type_: str, parent_names: dict) -> bool:
    """For Alembic's include_name: the search columns and their indexes are not the models'."""
    table = parent_names.get("table_name")
    if type_ == "column" and name == SEARCH_COLUMN and table in FTS_TABLES:
        return True
    return type_ == "index" and table in FTS_TABLES and name == _search_index(table)


def _search_index(table: str) -> str:
    return f"ix_{table}_{SEARCH_COLUMN}"


def drop_derived_objects(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        _drop_postgresql(connection)
        return
    rows = connection.execute(text("PRAGMA table_list")).fetchall()
    for row in rows:
        if row.type == "view":
            connection.execute(text(f'DROP VIEW IF EXISTS "{row.name}"'))
    for (trigger,) in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).fetchall():
        connection.execute(text(f'DROP TRIGGER IF EXISTS "{trigger}"'))
    for row in rows:
        if row.type == "virtual" or (row.type == "table" and row.name in DERIVED_TABLES):
            connection.execute(text(f'DROP TABLE IF EXISTS "{row.name}"'))


def _drop_postgresql(connection: Connection) -> None:
    inspector = inspect(connection)
    views, tables = set(inspector.get_view_names()), set(inspector.get_table_names())
    for name in [*reversed(list(VIEWS)), *DERIVED_TABLES]:  # a coverage view from before they were tables
        if name in views:
            connection.execute(text(f'DROP VIEW IF EXISTS "{name}" CASCADE'))
    for name in DERIVED_TABLES:
        if name in tables:
            connection.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    for table in FTS_TABLES:
        if table in tables:
            connection.execute(text(f'ALTER TABLE "{table}" DROP COLUMN IF EXISTS "{SEARCH_COLUMN}"'))


def ensure_derived_objects(connection: sqlite3.Connection | Connection) -> None:
    """Create (or replace) every full-text index and view on a built database."""
    if isinstance(connection, sqlite3.Connection):
        _ensure_sqlite(connection)
    else:
        _ensure_postgresql(connection)


# Indexes made for the fills below and dropped once they are done (the schema stays the models'):
# each claim's sentence and each article's outlet read from an index, where otherwise every sentence
# row of the claim's article is read, or every article row through its text to the outlet (the
# claims' full-text fill and claim_conflicts took twice the time at 30,000 articles).
FILL_INDEXES = {
    "ix_fill_sentences_place": "sentences (article_id, span_start, span_end)",
    "ix_fill_articles_outlet": "articles (id, outlet_id)",
}


@contextmanager
def _fill_indexes(connection: sqlite3.Connection) -> Iterator[None]:
    for name, on in FILL_INDEXES.items():
        connection.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON {on}')
    try:
        yield
    except BaseException:
        with suppress(sqlite3.Error):  # the failure's own error is the one to report
            _drop_fill_indexes(connection)
        raise
    _drop_fill_indexes(connection)


def _drop_fill_indexes(connection: sqlite3.Connection) -> None:
    for name in FILL_INDEXES:
        connection.execute(f'DROP INDEX IF EXISTS "{name}"')


def _quoted(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))


def fts_statements(table: str, columns: list[str]) -> list[str]:
    """The statements of sqlite-utils' `Table.enable_fts(columns, create_triggers=True,
    tokenize="porter")` on a table without an index, in its words (a test runs both and compares
    the schemas): an FTS5 table naming `table` as its content, its fill, and the triggers that keep
    it up to date. Written out so that a build runs them in its one transaction, without importing
    sqlite-utils (and, through it, click, dateutil and pluggy: a twentieth of the seeds' build)."""
    fts, quoted = _quoted(f"{table}_fts"), ", ".join(_quoted(column) for column in columns)
    old = ", ".join(f"old.{_quoted(column)}" for column in columns)
    new = ", ".join(f"new.{_quoted(column)}" for column in columns)
    table_name = _quoted(table)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING FTS5 (\n    {quoted},\n    tokenize='porter',\n    content={table_name}\n)",
        f"INSERT INTO {fts} (rowid, {quoted})\n    SELECT rowid, {quoted} FROM {table_name};",
        f"CREATE TRIGGER {_quoted(table + '_ai')} AFTER INSERT ON {table_name} BEGIN\n"
        f"  INSERT INTO {fts} (rowid, {quoted}) VALUES (new.rowid, {new});\nEND;",
        f"CREATE TRIGGER {_quoted(table + '_ad')} AFTER DELETE ON {table_name} BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {quoted}) VALUES('delete', old.rowid, {old});\nEND;",
        f"CREATE TRIGGER {_quoted(table + '_au')} AFTER UPDATE ON {table_name} BEGIN\n"
        f"  INSERT INTO {fts} ({fts}, rowid, {quoted}) VALUES('delete', old.rowid, {old});\n"
        f"  INSERT INTO {fts} (rowid, {quoted}) VALUES (new.rowid, {new});\nEND;",
    ]


def _ensure_sqlite(connection: sqlite3.Connection) -> None:
    """Every full-text index, fill and derived table in one transaction (the caller's, or one of its own)."""
    began = not connection.in_transaction
    if began:
        connection.execute("BEGIN")
    try:
        for table, columns in FTS_TABLES.items():
            for suffix in ("_ai", "_ad", "_au"):
                connection.execute(f"DROP TRIGGER IF EXISTS {_quoted(table + suffix)}")
            connection.execute(f"DROP TABLE IF EXISTS {_quoted(table + '_fts')}")
            for statement in fts_statements(table, columns):
                connection.execute(statement)
        with _fill_indexes(connection):
            connection.execute("DROP TABLE IF EXISTS claims_fts")
            connection.execute(CLAIMS_FTS)
            connection.execute(CLAIMS_FTS_FILL)
            for name in DERIVED_TABLES:
                connection.execute(f'DROP VIEW IF EXISTS "{name}"')
                connection.execute(f'DROP TABLE IF EXISTS "{name}"')
            _create_derived_tables(connection)
        for name, select in VIEWS.items():
            connection.execute(f"DROP VIEW IF EXISTS {_quoted(name)}")
            connection.execute(f"CREATE VIEW {_quoted(name)} AS {select}")
        if began:
            connection.execute("COMMIT")
    except BaseException:
        if began and connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _ensure_postgresql(connection: Connection) -> None:
    _drop_postgresql(connection)
    for table, columns in FTS_TABLES.items():
        document = " || ' ' || ".join(f"coalesce(\"{column}\", '')" for column in columns)
        connection.execute(
            text(
                f'ALTER TABLE "{table}" ADD COLUMN "{SEARCH_COLUMN}" tsvector GENERATED ALWAYS AS '
                f"(to_tsvector('{SEARCH_CONFIGURATION}'::regconfig, {document})) STORED"
            )
        )
        connection.execute(text(f'CREATE INDEX "{_search_index(table)}" ON "{table}" USING gin ("{SEARCH_COLUMN}")'))
    _create_derived_tables(connection)  # before the views: claim_conflicts reads claim_coverage
    for name, select in VIEWS.items():
        connection.execute(text(f'CREATE VIEW "{name}" AS {select}'))


def _create_derived_tables(connection: sqlite3.Connection | Connection) -> None:
    run = connection.execute if isinstance(connection, sqlite3.Connection) else (lambda sql: connection.execute(text(sql)))
    for name, select in DERIVED_TABLES.items():
        run(f'CREATE TABLE "{name}" AS {select}')
        for columns in DERIVED_TABLE_INDEXES.get(name, []):
            run(f'CREATE INDEX "ix_{name}_{"_".join(columns)}" ON "{name}" ({", ".join(columns)})')


def refresh_derived_tables(connection: sqlite3.Connection) -> None:
    """Fill the derived tables, and the claims' index (it has no triggers), again
    from their SELECTs, inside the caller's transaction."""
    with _fill_indexes(connection):
        for name, select in DERIVED_TABLES.items():
            connection.execute(f'DELETE FROM "{name}"')
            connection.execute(f'INSERT INTO "{name}" {select}')
        connection.execute("INSERT INTO claims_fts (claims_fts) VALUES ('delete-all')")
        connection.execute(CLAIMS_FTS_FILL)
