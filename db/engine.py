"""Engines, database addresses and the migration runner, for SQLite and PostgreSQL.

A database is named by a path (SQLite) or a SQLAlchemy URL
(`sqlite:///x.db`, `postgresql+psycopg://user@host/name`). Only this module
and its neighbours in db/ know which dialect they talk to.

SQLite: the loader's engine enforces foreign keys. The migration engine must
not: a batch migration rebuilds a table with DROP TABLE, which with foreign
keys on cascades into child tables. Migrations instead run
`PRAGMA foreign_key_check` before they commit (migrations/env.py).
PostgreSQL needs none of this: its DDL is transactional and it checks
foreign keys as it alters.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine, Table

# Alembic is imported where a migration runs, never by a build of a fresh file nor by `add` in place:
# its import pulls in every dialect's DDL support (a tenth of the seeds' build). SQLAlchemy is
# imported where a server database or a migration is reached, never by a fresh SQLite build or
# `add` in place: its import cost more than the seeds' build's work (db/tables.py has what they read).

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# In a checkout the history is the top-level migrations/ folder; an installed
# package carries the same files as db/migrations (pyproject.toml maps them).
_INSTALLED_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def is_url(target: Path | str) -> bool:
    return "://" in str(target) or str(target).startswith("sqlite:")


def database_url(target: Path | str) -> str:
    """A path becomes a SQLite URL; a URL is kept as given."""
    return str(target) if is_url(target) else f"sqlite:///{target}"


def sqlite_url(path: Path | str) -> str:
    return database_url(path)


def dialect_name(target: Path | str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(database_url(target)).get_backend_name()


def display_name(target: Path | str) -> str:
    """A file's name, or a URL without its password: for messages."""
    if not is_url(target):
        return Path(target).name
    from sqlalchemy.engine import make_url

    return make_url(str(target)).render_as_string(hide_password=True)


def sqlite_path(target: Path | str) -> Path | None:
    """The file behind a SQLite target, or None for a server database."""
    if not is_url(target):
        return Path(target)
    from sqlalchemy.engine import make_url

    url = make_url(str(target))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


class DatabaseUnavailable(Exception):
    """A database that cannot be opened: no driver, no server. Printed as one line."""

    def __init__(self, target: Path | str, problem: str):
        self.target = display_name(target)
        self.problem = problem
        super().__init__(self.line())

    def line(self) -> str:
        return f"error: {self.target}: {self.problem}"


def _create_engine(target: Path | str) -> Engine:
    from sqlalchemy import create_engine

    try:
        return create_engine(database_url(target))
    except ModuleNotFoundError as error:
        raise DatabaseUnavailable(
            target, f"the database driver {error.name} is not installed (for PostgreSQL: pip install 'xiaomi-db[postgres]')"
        ) from error


def connect(engine: Engine, target: Path | str) -> Connection:
    """A connection, or DatabaseUnavailable naming the target and why."""
    from sqlalchemy.exc import OperationalError

    try:
        return engine.connect()
    except OperationalError as error:
        reason = str(error.orig or error).strip().splitlines()[0]
        raise DatabaseUnavailable(target, f"cannot connect: {reason}") from error


def _sqlite_pragmas(engine: Engine, *pragmas: str, own_transactions: bool = False) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if own_transactions:
            dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    if own_transactions:

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN")


def loader_engine(target: Path | str, foreign_keys: bool = True) -> Engine:
    """foreign_keys=False (SQLite): for a bulk load that checks them itself before commit."""
    engine = _create_engine(target)
    if engine.dialect.name == "sqlite":
        _sqlite_pragmas(engine, f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}", "PRAGMA journal_mode=DELETE")
    return engine


def migration_engine(target: Path | str) -> Engine:
    """On SQLite: foreign keys off, and DDL inside real transactions so a
    failed migration leaves no `_alembic_tmp_*` debris behind."""
    engine = _create_engine(target)
    if engine.dialect.name == "sqlite":
        _sqlite_pragmas(engine, "PRAGMA foreign_keys=OFF", "PRAGMA journal_mode=DELETE", own_transactions=True)
    return engine


def migrations_dir() -> Path:
    return _INSTALLED_MIGRATIONS if _INSTALLED_MIGRATIONS.is_dir() else PROJECT_ROOT / "migrations"


def alembic_config(target: Path | str | None = None, connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code so an installed package needs no
    alembic.ini (a checkout's alembic.ini is read for the `alembic` command's
    logging). With `connection`, migrations run on it, inside its transaction."""
    from alembic.config import Config

    ini = PROJECT_ROOT / "alembic.ini"
    config = Config(str(ini)) if ini.is_file() else Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if target is not None:
        config.set_main_option("sqlalchemy.url", database_url(target).replace("%", "%%"))
        config.attributes["database_named"] = True  # migrations/env.py may create it
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _without_derived_objects(target: Path | str) -> bool:
    """Drop the derived objects; True if there were any.

    A view on a table breaks a batch rebuild of that table (alembic #1207),
    and PostgreSQL will not change a column's type under a view; views and
    full-text objects are derived, and are recreated after migrating."""
    from db.derived import derived_object_names, drop_derived_objects

    engine = migration_engine(target)
    with engine.begin() as connection:
        had_derived = bool(derived_object_names(connection))
        drop_derived_objects(connection)
    engine.dispose()
    return had_derived


def _recreate_derived_objects(target: Path | str) -> None:
    from db.derived import ensure_derived_objects

    engine = migration_engine(target)
    try:
        if engine.dialect.name == "sqlite":
            raw = engine.raw_connection()
            try:
                driver_connection = raw.driver_connection
                assert isinstance(driver_connection, sqlite3.Connection)
                ensure_derived_objects(driver_connection)
            finally:
                raw.close()
        else:
            with engine.begin() as connection:
                ensure_derived_objects(connection)
    finally:
        engine.dispose()


def _has_articles(target: Path | str) -> bool:
    from sqlalchemy import inspect, text

    engine = migration_engine(target)
    try:
        with engine.connect() as connection:
            return (
                inspect(connection).has_table("articles")
                and connection.execute(text("SELECT 1 FROM articles LIMIT 1")).first() is not None
            )
    finally:
        engine.dispose()


def _current_and_complete(target: Path | str) -> bool:
    """TARGET is already at the head revision and has every derived object (full-text indexes,
    derived tables, views): upgrading it to head has nothing to do."""
    return _complete_at(target, lambda versions: versions == [head_revision()])


def _pending_keep_derived_objects(target: Path | str) -> bool:
    """TARGET has every derived object and each revision between its own and the head keeps them
    (its module says `keeps_derived_objects = True`: it changes no table a derived object reads but
    in ways it mirrors in the derived tables itself): upgrading it need not drop and make them again
    (minutes at 100,000 articles)."""

    def pending_keep_them(versions: list[str]) -> bool:
        if len(versions) != 1 or versions == [head_revision()]:
            return False
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        pending = list(script.iterate_revisions("head", versions[0]))
        return bool(pending) and all(getattr(found.module, "keeps_derived_objects", False) for found in pending)

    return _complete_at(target, pending_keep_them)


def _complete_at(target: Path | str, at: Callable[[list[str]], bool]) -> bool:
    """TARGET (SQLite, or a server database) is at a revision `at` accepts and has every derived object."""
    from sqlalchemy import inspect, text

    from db.derived import DERIVED_TABLES, FTS_TABLES, VIEWS, derived_object_names

    engine = migration_engine(target)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return False
            versions = [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]
            if not at(versions):
                return False
            if engine.dialect.name == "sqlite":
                present = derived_object_names(connection)
                wanted = {f"{table}_fts" for table in FTS_TABLES} | {"claims_fts"} | set(DERIVED_TABLES) | set(VIEWS)
            else:
                found = inspect(connection)
                present = set(found.get_table_names()) | set(found.get_view_names())
                wanted = set(DERIVED_TABLES) | set(VIEWS)
            return wanted <= present
    finally:
        engine.dispose()


def upgrade(target: Path | str, revision: str = "head") -> None:
    """Migrate TARGET to REVISION. At head, a database with content gets its views
    and full-text objects back (they describe the head schema); a fresh one,
    such as the build's, gets them from the build once its rows are in. A database
    already at head with all of them is left untouched (dropping and making them
    again, and checking every foreign key, took minutes at 100,000 articles), and
    one whose pending revisions all keep them is migrated with them in place."""
    from alembic import command

    if revision == "head" and _current_and_complete(target):
        return
    if revision == "head" and _pending_keep_derived_objects(target):
        command.upgrade(alembic_config(target), revision)
        return
    if not _on_sqlite(target):
        _migrate_on_server(target, revision, upgrading=True)
        return
    had_derived = _without_derived_objects(target)
    command.upgrade(alembic_config(target), revision)
    if revision == "head" and (had_derived or _has_articles(target)):
        _recreate_derived_objects(target)


def downgrade(target: Path | str, revision: str) -> None:
    from alembic import command

    if not _on_sqlite(target):
        _migrate_on_server(target, revision, upgrading=False)
        return
    _without_derived_objects(target)
    command.downgrade(alembic_config(target), revision)


def _on_sqlite(target: Path | str) -> bool:
    return not is_url(target) or dialect_name(target) == "sqlite"


def _migrate_on_server(target: Path | str, revision: str, upgrading: bool) -> None:
    """A server database (its DDL is transactional) migrated in one transaction: the derived objects
    dropped, the revisions run, and at head the derived objects made again where there were any or
    the database has articles. A failure anywhere leaves it as it was, derived objects and all."""
    from alembic import command
    from sqlalchemy import inspect, text

    from db.derived import derived_object_names, drop_derived_objects, ensure_derived_objects

    def has_articles(connection: Connection) -> bool:
        return (
            inspect(connection).has_table("articles")
            and connection.execute(text("SELECT 1 FROM articles LIMIT 1")).first() is not None
        )

    engine = migration_engine(target)
    try:
        with connect(engine, target) as connection, connection.begin():
            had_derived = bool(derived_object_names(connection))
            drop_derived_objects(connection)
            config = alembic_config(connection=connection)
            if not upgrading:
                command.downgrade(config, revision)
                return
            command.upgrade(config, revision)
            if revision == "head" and (had_derived or has_articles(connection)):
                ensure_derived_objects(connection)
    finally:
        engine.dispose()


def upgrade_on(connection: Connection, revision: str = "head") -> None:
    """Migrate through an open connection, inside its transaction (PostgreSQL builds)."""
    from alembic import command

    from db.derived import drop_derived_objects

    drop_derived_objects(connection)
    command.upgrade(alembic_config(connection=connection), revision)


_REVISION_LINE_RE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def head_revision() -> str:
    """The head of the migration history, read from the revision files' `revision = ...` and
    `down_revision = ...` lines (a test checks it is the head Alembic finds); Alembic's own reading
    where a file spells them otherwise or the history has more than one head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in sorted((migrations_dir() / "versions").glob("*.py")):
            found = dict(_REVISION_LINE_RE.findall(path.read_text(encoding="utf-8")))
            revision, parent = ast.literal_eval(found["revision"]), ast.literal_eval(found["down_revision"])
            if not isinstance(revision, str):
                raise ValueError(path.name)
            revisions.add(revision)
            parents.update([parent] if isinstance(parent, str) else parent or ())
    except (KeyError, ValueError, SyntaxError, TypeError):
        revisions = set()
    heads = revisions - parents
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def version_table() -> Table:
    """Alembic's version table, as its `stamp` makes it (alembic.ddl.impl.DefaultImpl.version_table_impl)."""
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table

    table = Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False))
    table.append_constraint(PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))
    return table


def create_at_head(path: Path | str) -> None:
    """A fresh, empty SQLite file: the models' tables made directly and
    stamped at the head revision, in one transaction: Alembic's route for a new
    database (create_all, then `stamp head`), without importing Alembic. Far
    quicker than running every migration from empty; tests check that both
    routes give the same schema and version table, and that `alembic check`
    finds nothing to change. The statements are the models' as SQLAlchemy
    compiles them for SQLite (create_all, but indexes in name order: a table's
    indexes are a set, whose order would change from run to run, and the file's
    bytes with it), kept in db/tables.py."""
    from db.tables import SQLITE_CREATE

    head = head_revision()
    # As migration_engine's connections: foreign keys off, the rollback journal, one transaction.
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("BEGIN")
        try:
            for statement in SQLITE_CREATE:
                connection.execute(statement)
            connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (head,))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
