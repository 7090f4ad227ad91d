"""Stage 6, write: the only code that opens a database session for loading.

Rows arrive as plain dicts per table, in batches, as the build produces them
(a RowWriter), and are written in one transaction: on SQLite by the driver's
own `executemany` with one INSERT per table made from the models' table (the
rows are plain ints, floats, text and bytes, which need no type processing;
Core's per-call compile and parameter handling cost as much as SQLite's
work); elsewhere by Core inserts. Tables keyed by text are written in key
order, so two builds give the same bytes (a table keyed by an integer is
stored in key order whatever the order of writing, once VACUUMed).

Where they go depends on the target:
- a SQLite path (or sqlite:/// URL): a fresh file is made at the schema's
  head, filled as rows come, given its derived objects and VACUUMed beside
  the target, then moved into place, with `datapackage.json` beside it; a
  failure leaves the target as it was;
- a server URL (PostgreSQL): one transaction drops the project's tables,
  migrates from empty, inserts, and creates the derived objects; a failure
  rolls back to the previous data. Its foreign keys are checked as rows
  arrive, so there the rows are held until the corpus is in, then written
  parents first.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from db.datapackage import write_datapackage
from db.derived import drop_derived_objects, ensure_derived_objects, refresh_derived_tables
from db.engine import connect, create_at_head, database_url, loader_engine, sqlite_path, upgrade_on
from db.tables import STORED_IN_KEY_ORDER, TABLES

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

# A SQLite file is written through the driver alone (the tables' columns and keys from db/tables.py);
# SQLAlchemy is imported only for a server database.

Rows = Mapping[str, list[dict]]
CACHE_KIB = 64 * 1024  # SQLite's page cache while loading, in KiB
BUILD_INFO, EXTRACTION_CACHE = "build_info", "extraction_cache"


class KeyCollision(ValueError):
    """Two different rows with one primary key: a content-hash collision across articles."""


def _tables() -> dict[str, Table]:
    from db.models import Base

    return {table.name: table for table in Base.metadata.sorted_tables}  # parents before children


def insert_rows(connection: Connection, rows: Rows) -> None:
    tables = _tables()
    unknown = set(rows) - set(tables)
    if unknown:
        raise ValueError(f"rows for tables the schema does not have: {sorted(unknown)}")
    for name, table in tables.items():
        data = rows.get(name)
        if not data:
            continue
        key = [column.name for column in table.primary_key.columns]
        data = sorted(data, key=lambda row: tuple(row[column] for column in key))
        connection.execute(table.insert(), data)


class RowWriter:
    """Rows written as they are produced, on a connection inside its transaction.

    `add(rows)` takes a batch of rows per table; they are inserted once a
    table's buffer is full, so memory holds a few thousand rows, not the
    corpus. On SQLite foreign keys are off while loading and checked once,
    before commit (rows may arrive before the rows they point at: a mention
    before its entity); elsewhere (`streaming=False`) every row is held and
    written at `flush_all`, parents first. `add_sorted` writes whole tables
    in primary-key order (the corpus-level tables keyed by text; on SQLite, those a VACUUM
    stores in key order anyway are written as they come).
    """

    BATCH = 1000

    def __init__(self, connection: Connection | sqlite3.Connection, streaming: bool = True):
        # table -> (columns, primary key), parents before children
        self.tables: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = TABLES
        self.streaming = streaming
        self.buffers: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self.tuple_buffers: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}  # (columns, rows): `add_tuples`
        # SQLite: the driver's connection, inside the load's transaction (see the module's note).
        if isinstance(connection, sqlite3.Connection):
            self.connection: Connection | None = None
            self.driver: sqlite3.Connection | None = connection
        else:
            self.connection = connection
            self.driver = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None

    def _table(self, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if name not in self.tables:
            raise ValueError(f"rows for a table the schema does not have: {name}")
        return self.tables[name]

    def _server_table(self, name: str) -> Table:
        assert self.connection is not None
        return _tables()[name]

    def add(self, rows: Rows) -> None:
        for name, data in rows.items():
            if not data:
                continue
            self._table(name)
            if name in self.tuple_buffers:  # rows keep their order within a table, whatever their form
                self._flush(name)
            buffer = self.buffers.setdefault(name, [])
            buffer.extend(data)
            if self.streaming and len(buffer) >= self.BATCH:
                self._flush(name)

    def add_tuples(self, name: str, columns: tuple[str, ...], data: list[tuple]) -> None:
        """Rows of one table as tuples of `columns` (made where the rows were, with no dict per row)."""
        if not data:
            return
        table_columns = self._table(name)[0]
        if not self.streaming or self.driver is None:  # held, or written by Core: as dicts
            self.add({name: [dict(zip(columns, row, strict=True)) for row in data]})
            return
        held = self.tuple_buffers.get(name)
        if name in self.buffers or (held is not None and held[0] != columns):
            self._flush(name)
            held = None
        if held is None:
            unknown = set(columns) - set(table_columns)
            if unknown:
                raise ValueError(f"{name}: rows with columns the table does not have: {sorted(unknown)}")
            held = self.tuple_buffers[name] = (columns, [])
        held[1].extend(data)
        if len(held[1]) >= self.BATCH:
            self._flush(name)

    def add_sorted(self, rows: Rows) -> None:
        for name, (_, key) in self.tables.items():
            data = rows.get(name)
            if not data:
                continue
            if not (self.driver is not None and name in STORED_IN_KEY_ORDER):  # there the VACUUM orders them
                data = sorted(data, key=lambda row: tuple(row[column] for column in key))
            self.buffers.setdefault(name, []).extend(data)
            if self.streaming:
                self._flush(name)

    def update(self, name: str, changes: list[dict]) -> None:
        """Set columns of rows already added, by primary key (a single column): each change names the
        row's key and the new values. Used where a value is known only once the corpus is in."""
        (key,) = self._table(name)[1]
        if not changes:
            return
        if not self.streaming:
            held = {row[key]: row for row in self.buffers.get(name, [])}
            for change in changes:
                held[change[key]].update(change)
            return
        self._flush(name)
        columns = [column for column in changes[0] if column != key]
        if self.driver is not None:
            assignments = ", ".join(f'"{column}" = ?' for column in columns)
            statement = f'UPDATE "{name}" SET {assignments} WHERE "{key}" = ?'
            self.driver.executemany(statement, [(*(c[column] for column in columns), c[key]) for c in changes])
        else:
            from sqlalchemy import bindparam

            table = self._server_table(name)
            update = table.update().where(table.c[key] == bindparam("_key")).values({c: bindparam(c) for c in columns})
            assert self.connection is not None
            self.connection.execute(update, [{**change, "_key": change[key]} for change in changes])

    def _flush(self, name: str) -> None:
        held = self.tuple_buffers.pop(name, None)
        if held is not None:
            columns, rows = held
            names = ", ".join(f'"{column}"' for column in columns)
            statement = f'INSERT INTO "{name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            try:
                assert self.driver is not None
                self.driver.executemany(statement, rows)
            except sqlite3.IntegrityError as error:
                reason = str(error).strip().splitlines()[0]
                raise KeyCollision(f"{name}: two different rows share a key ({reason}): a content-hash collision") from None
            self.counts[name] = self.counts.get(name, 0) + len(rows)
        data = self.buffers.pop(name, None)
        if data:
            try:
                if self.driver is not None:
                    self._insert_sqlite(name, data)
                else:
                    assert self.connection is not None
                    self.connection.execute(self._server_table(name).insert(), data)
            except Exception as error:
                if not _integrity_error(error):
                    raise
                reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
                raise KeyCollision(f"{name}: two different rows share a key ({reason}): a content-hash collision") from None
            self.counts[name] = self.counts.get(name, 0) + len(data)

    def _insert_sqlite(self, name: str, data: list[dict]) -> None:
        """Rows into a SQLite table by the driver: the columns are the first row's (as with Core's
        executemany); every row must have them, and no column the table lacks."""
        columns = list(data[0])
        unknown = set(columns) - set(self.tables[name][0])
        if unknown:
            raise ValueError(f"{name}: rows with columns the table does not have: {sorted(unknown)}")
        names = ", ".join(f'"{column}"' for column in columns)
        statement = f'INSERT INTO "{name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        values = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
        try:
            assert self.driver is not None
            self.driver.executemany(statement, map(values, data))
        except KeyError as error:
            raise ValueError(f"{name}: a row without the column {error}") from None

    def flush_all(self) -> dict[str, int]:
        """Everything still buffered, parents first; then, on SQLite, the foreign keys checked."""
        for name in self.tables:
            self._flush(name)
        if self.driver is not None:
            broken = self.driver.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise ValueError(f"rows point at rows that do not exist: {broken[:5]}")
        return dict(sorted(self.counts.items()))


Produce = Callable[[RowWriter], None]


def _producer(rows: Rows | Produce) -> Produce:
    return rows if callable(rows) else (lambda writer: writer.add_sorted(rows))


def write_rows(path: Path | str, rows: Rows | Produce) -> dict[str, int]:
    """Rows into an existing SQLite file at the schema's head, in one transaction."""
    # Autocommit mode: the load's one transaction is begun and ended here, not by the driver.
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # Foreign keys off for the bulk load: checked once, before commit (RowWriter.flush_all).
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("PRAGMA journal_mode=DELETE")
        # A temporary file, moved into place only once complete and synced: no fsync per commit.
        connection.execute("PRAGMA synchronous=OFF")
        # Ids are content hashes, so rows land all over each table's b-tree: a page cache of its own
        # size (64 MiB) keeps those pages in memory rather than read back from the file.
        connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        # One transaction, the DROP INDEXes below included (the header's change counter counts
        # transactions: one, whatever the load does).
        connection.execute("BEGIN")
        try:
            indexes = _drop_indexes(connection)
            writer = RowWriter(connection)
            _producer(rows)(writer)
            counts = writer.flush_all()
            for sql in indexes:
                connection.execute(sql)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return counts
    finally:
        connection.close()


def _let_signals_in() -> int:
    return 0  # go on


def _drop_indexes(connection: sqlite3.Connection) -> list[str]:
    """Drop the tables' secondary indexes for a bulk load, returning the statements that make them
    again, in their order: an index built once from its full table costs a fraction of one kept up
    to date row by row (rows land in it in hash order). The VACUUM that ends a build writes the
    schema as tables first, then indexes in their order, so the file is the same (but for the
    header's schema counter, which counts the DROPs and CREATEs)."""
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    for name, _ in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in indexes]


def finish_database(path: Path) -> None:
    """Derived objects (FTS, views, coverage tables), then a compact, canonical copy made by
    VACUUM INTO beside it and moved over it."""
    connection = sqlite3.connect(path)
    # Python runs a signal's handler only between its own instructions: during
    # one long statement (FTS, ANALYZE, VACUUM: a minute at 100,000 articles)
    # a Ctrl-C or SIGTERM waited for the statement to end. A Python callback
    # every 100,000 SQLite steps lets the handler run; its exception aborts
    # the statement.
    connection.set_progress_handler(_let_signals_in, 100_000)
    compacted = path.with_name(path.name + "-compacted")  # a killed build's is cleared as its journal is
    compacted.unlink(missing_ok=True)  # VACUUM INTO writes only to a new or empty file
    try:
        connection.execute("PRAGMA synchronous=OFF")  # a temporary file: synced once, below
        with connection:
            ensure_derived_objects(connection)
        # Statistics for the query planner (sqlite_stat1): without them it scans
        # instead of walking an index for ordered, limited pages.
        connection.execute("ANALYZE")
        connection.commit()
        # VACUUM INTO writes the compacted database once, to a file of its own; a plain VACUUM writes
        # it to a temporary file and then copies it back through the rollback journal (three times
        # the writing). The copy is the same but for the header's change counter, which starts again
        # at 1 (whatever the number of transactions the load took).
        connection.execute("VACUUM INTO ?", (str(compacted),))
        connection.close()
        with open(compacted, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(compacted, path)
    except BaseException:
        compacted.unlink(missing_ok=True)
        raise
    finally:
        connection.close()


def _info_rows(info: Mapping[str, str], engine_info: Mapping[str, str]) -> list[dict]:
    # The engine that writes this database adds its version; an export keeps the source's too.
    merged = {**info, **engine_info}
    return [{"name": name, "value": str(value)} for name, value in sorted(merged.items())]


def write_database(
    target: Path | str,
    rows: Rows | Produce,
    info: Mapping[str, str] | None = None,
    step: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Replace the database at `target` (a path or a URL) with exactly `rows`:
    a mapping of table to rows, or a function that streams them into a RowWriter.
    Returns the row count per table."""
    step = step or (lambda _message: None)
    path = sqlite_path(target)
    if path is not None:
        return _write_sqlite_file(path, _producer(rows), info or {}, step)
    return _write_server(database_url(target), _producer(rows), info or {}, step)


def _write_sqlite_file(db_path: Path, produce: Produce, info: Mapping[str, str], step: Callable[[str], None]) -> dict[str, int]:
    db_path = db_path.resolve()
    temporary_path = temporary_beside(db_path, ".building")
    try:
        counts = build_sqlite_file(temporary_path, produce, info, step)
        os.chmod(temporary_path, 0o666 & ~_umask())  # mkstemp makes 0600; a database is for sharing
        os.replace(temporary_path, db_path)
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise
    write_datapackage(db_path, info.get("program_version"))
    return counts


def temporary_beside(db_path: Path, suffix: str) -> Path:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=suffix, dir=db_path.parent)
    os.close(handle)
    return Path(temporary)


def build_sqlite_file(path: Path, produce: Produce, info: Mapping[str, str], step: Callable[[str], None]) -> dict[str, int]:
    """A complete database in the fresh file `path`."""
    step("creating a fresh database at the schema's head")
    create_at_head(path)

    def with_info(writer: RowWriter) -> None:
        produce(writer)
        writer.add_sorted({BUILD_INFO: _info_rows(info, {"sqlite_version": sqlite3.sqlite_version})})

    counts = write_rows(path, with_info)
    step("indexing and compacting")
    finish_database(path)
    return counts


def _write_server(url: str, produce: Produce, info: Mapping[str, str], step: Callable[[str], None]) -> dict[str, int]:
    from sqlalchemy import text

    from db.models import Base

    engine = loader_engine(url)
    try:
        with connect(engine, url) as connection, connection.begin():
            step("replacing the previous tables")
            drop_derived_objects(connection)
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            step("migrating")
            upgrade_on(connection)
            step("writing rows")
            version = (
                connection.execute(text("SHOW server_version")).scalar_one() if connection.dialect.name == "postgresql" else ""
            )
            engine_info = {"postgresql_version": version} if version else {}
            writer = RowWriter(connection, streaming=False)
            produce(writer)
            writer.add_sorted({BUILD_INFO: _info_rows(info, engine_info)})
            counts = writer.flush_all()
            step("indexing")
            ensure_derived_objects(connection)
            return counts
    finally:
        engine.dispose()


def replace_contents(path: Path, source: Path, program_version: str | None = None) -> None:
    """Make the SQLite database at `path` hold exactly the tables of `source`
    (a complete build at the same schema revision), in place, in one
    transaction. The full-text indexes follow through the triggers that keep
    them, the derived tables are filled again, views read the tables. A
    database at an older revision is migrated first, and its derived objects
    made again after the transaction."""
    from db.engine import upgrade

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS fresh", (str(source),))
        revisions = [
            connection.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchall() for schema in ("main", "fresh")
        ]
        migrated = revisions[0] != revisions[1]
        if migrated:
            connection.execute("DETACH DATABASE fresh")
            connection.close()
            upgrade(path)
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("ATTACH DATABASE ? AS fresh", (str(source),))
        connection.execute("PRAGMA foreign_keys=OFF")  # checked below, before commit
        connection.execute("BEGIN IMMEDIATE")
        try:
            tables = list(TABLES)
            for name in reversed(tables):
                connection.execute(f'DELETE FROM main."{name}"')
            for name in tables:
                columns = ", ".join(f'"{column}"' for column in TABLES[name][0])
                connection.execute(f'INSERT INTO main."{name}" ({columns}) SELECT {columns} FROM fresh."{name}"')
            if not migrated:  # a migration dropped the derived objects: made again below
                refresh_derived_tables(connection)
            if connection.execute("PRAGMA main.foreign_key_check").fetchall():
                raise ValueError(f"{path}: rows point at rows that do not exist")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("DETACH DATABASE fresh")
        if migrated:
            ensure_derived_objects(connection)
    finally:
        connection.close()
    write_datapackage(path, program_version)


def read_rows(source: Path | str) -> dict[str, list[dict]]:
    """Every model table's rows from a database at the head revision, in key order."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import select, text

    from db.engine import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    engine = loader_engine(source)
    try:
        with connect(engine, source) as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != head:
                raise ValueError(f"{source} is at schema revision {revision}, not {head}: migrate it first")
            return {
                name: [dict(row._mapping) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
                for name, table in _tables().items()
            }
    finally:
        engine.dispose()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _integrity_error(error: Exception) -> bool:
    """A uniqueness or key violation, from the driver or from SQLAlchemy (imported only if it was)."""
    if isinstance(error, sqlite3.IntegrityError):
        return True
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(error, exc.IntegrityError)
