"""Schema look-ups answered once per file, not once per page.

Datasette asks each database about its own schema many times a page (which
tables exist, their columns, keys, full-text tables, hidden tables; the
search-all plugin's menu link alone walks every table of every database),
each time with a round trip to an SQL thread: 37 such trips for an article
page that needs 4 queries for its content, 59 for a filtered table page.
Under load every trip waits its turn on the event loop and for a thread, so
they cost a page more time than its own queries.

A database served immutable cannot change while it is served (a rebuild
replaces the file, and the server is restarted or the cache of this
module's answers is dropped with the file's identity), so its schema is
read once: the answers of these methods and of every query on sqlite_master
are kept, keyed by their arguments and by the identity of the served files
(which includes the metadata file: hidden tables and label columns come
from it). Datasette's own in-memory `_internal` database gets the same once
it has been created, as its tables never change after. Mutable databases
are asked every time, as Datasette does.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any

# Database methods whose answer depends only on the schema (and metadata).
SCHEMA_METHODS = (
    "table_exists",
    "table_names",
    "view_names",
    "table_columns",
    "table_column_details",
    "primary_keys",
    "fts_table",
    "label_column_for_table",
    "foreign_keys_for_table",
    "hidden_table_names",
    "get_all_foreign_keys",
    "get_table_definition",
    "get_view_definition",
)
INTERNAL = "_internal"


def _hashable(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((key, _hashable(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(item) for item in value)
    hash(value)
    return value


def _fresh(value: Any) -> Any:
    """A copy a caller may change without changing the kept answer."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return copy.deepcopy(value)
    return value


class SchemaMemo:
    """Installed on each database of a Datasette instance (install())."""

    def __init__(self, datasette: Any, identity: Callable[[], Hashable]) -> None:
        self.datasette = datasette
        self.identity = identity
        self.current: Hashable = None
        self.answers: dict[tuple, Any] = {}

    def applies(self, database: Any) -> bool:
        if database.name == INTERNAL:
            return bool(getattr(self.datasette, "internal_db_created", False))
        return bool(database.path) and not database.is_memory and not database.is_mutable

    def _kept(self) -> dict[tuple, Any]:
        identity = self.identity()
        if identity != self.current:
            self.answers.clear()
            self.current = identity
        return self.answers

    def install(self, database: Any) -> None:
        if getattr(database, "_xiaomi_schema_memo", None) is self:
            return
        database._xiaomi_schema_memo = self
        for name in SCHEMA_METHODS:
            original = getattr(database, name, None)
            if original is not None:
                setattr(database, name, self._method(database, name, original))
        database.execute = self._execute(database, database.execute)

    def _method(self, database: Any, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        async def remembered(*args: Any, **kwargs: Any) -> Any:
            if not self.applies(database):
                return await original(*args, **kwargs)
            try:
                key = (database.name, name, _hashable(args), _hashable(kwargs))
            except TypeError:
                return await original(*args, **kwargs)
            kept = self._kept()
            if key not in kept:
                kept[key] = await original(*args, **kwargs)
            return _fresh(kept[key])

        remembered.__name__ = name
        return remembered

    def _execute(self, database: Any, original: Callable[..., Any]) -> Callable[..., Any]:
        async def execute(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
            if "sqlite_master" not in sql or args or kwargs or not self.applies(database):
                return await original(sql, params, *args, **kwargs)
            try:
                key = (database.name, "execute", sql, _hashable(params))
            except TypeError:
                return await original(sql, params)
            kept = self._kept()
            if key not in kept:
                kept[key] = await original(sql, params)
            return kept[key]

        return execute
