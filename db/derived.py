"""Derived objects: full-text indexes and views.

They are not part of the migration history (migrations own tables,
constraints and plain indexes). The build drops and recreates them every
time, idempotently, in the manner of dogsheep's `ensure_db_shape`.
"""
from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlalchemy import Connection, text

# table -> columns indexed for full-text search (Datasette shows a search box).
FTS_TABLES: dict[str, list[str]] = {
    "articles": ["title", "body"],
}

# view name -> SELECT. Views listed here are the contract's questions plus helpers.
VIEWS: dict[str, str] = {}


def derived_object_names(connection: Connection) -> set[str]:
    """Views, virtual (FTS) tables and their shadow tables."""
    rows = connection.execute(text("PRAGMA table_list")).fetchall()
    return {row.name for row in rows if row.type in {"view", "virtual", "shadow"}}


def drop_derived_objects(connection: Connection) -> None:
    rows = connection.execute(text("PRAGMA table_list")).fetchall()
    for row in rows:
        if row.type == "view":
            connection.execute(text(f'DROP VIEW IF EXISTS "{row.name}"'))
    for (trigger,) in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).fetchall():
        connection.execute(text(f'DROP TRIGGER IF EXISTS "{trigger}"'))
    for row in rows:
        if row.type == "virtual":
            connection.execute(text(f'DROP TABLE IF EXISTS "{row.name}"'))


def ensure_derived_objects(connection: sqlite3.Connection) -> None:
    """Create (or replace) every FTS table and view on a built database."""
    database = sqlite_utils.Database(connection)
    for table, columns in FTS_TABLES.items():
        database[table].enable_fts(columns, create_triggers=True, replace=True, tokenize="porter")
    for name, select in VIEWS.items():
        database.create_view(name, select, replace=True)
