"""The project's Datasette plugin, installed through the `datasette` entry point.

With the project installed, `datasette xiaomi.db` serves the database the way
`make serve` does: the project's metadata (descriptions, canned queries,
dashboards), its templates (every quote and claim in its paragraph), its
settings (read-only, a time limit, no suggested facets), bounds so that one
SQL call cannot run for seconds or take a gigabyte (limits.py), and
security headers. Settings given on the command line win over these.
"""

from __future__ import annotations

import asyncio
import copy
import marshal
import os
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import yaml
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from db.datasette_plugin import pages
from db.datasette_plugin.cache import ResponseCache, SharedStore
from db.datasette_plugin.context import format_number, pieces_html
from db.datasette_plugin.lanes import VISITOR_SQL, VISITOR_SQL_LOCK, Lanes, RenderGate, SharedLane
from db.datasette_plugin.limits import bound_connection
from db.datasette_plugin.schema_memo import SchemaMemo

PACKAGE = Path(__file__).resolve().parent
# From a checkout (an editable install) the project's own metadata.yml is
# read, so an edit shows on restart; an installed wheel reads its packaged
# copy, which a test keeps identical.
CHECKOUT_METADATA = PACKAGE.parent.parent / "metadata.yml"
PACKAGED_METADATA = PACKAGE / "metadata.yml"
ASGIApp = Callable[[dict[str, Any], Callable[..., Any], Callable[..., Any]], Awaitable[None]]
DATABASE = "xiaomi"  # the name Datasette gives xiaomi.db

# Applied where the command line left Datasette's default.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "max_returned_rows": 2000,
    "suggest_facets": False,
    "truncate_cells_html": 160,
    "default_page_size": 50,
    "num_sql_threads": 4,
}

# Datasette's pages and the dashboards' charts use inline scripts and styles,
# and Vega compiles its expressions with Function(); nothing is loaded from
# elsewhere, and no other site may frame these pages.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"referrer-policy", b"same-origin"),
]
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def metadata_path() -> Path:
    return CHECKOUT_METADATA if CHECKOUT_METADATA.is_file() else PACKAGED_METADATA


class ProjectMetadata(dict):
    """The metadata as read from the file, with a fast deep copy.

    Datasette 0.65.5 deep-copies every metadata source on each table
    permission check (`_table_permission_allows`, run once per table a page
    shows: about 35 on the database page), and copy.deepcopy of this file's
    tree took about 0.6 ms, a fifth of a table page. A copy made by
    unmarshalling a snapshot taken when the file is read is still a deep copy
    (every container new) and is about five times faster. Values marshal
    cannot hold (none in YAML's safe types but dates) fall back to
    copy.deepcopy. The snapshot is the file's content: metadata given on the
    command line, which Datasette merges into this dict in place, it merges
    over the copy again, so the check sees the same either way."""

    def __init__(self, tree: dict[str, Any]) -> None:
        super().__init__(tree)
        try:
            self._snapshot: bytes | None = marshal.dumps(tree)
        except ValueError:
            self._snapshot = None

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        if self._snapshot is not None:
            return marshal.loads(self._snapshot)
        return {copy.deepcopy(key, memo): copy.deepcopy(value, memo) for key, value in self.items()}


_metadata_cache: dict[str, Any] = {"checked": float("-inf")}
# Datasette asks for metadata once per cell it renders (every render_cell
# plugin reads its configuration): two stat() calls each time were a third of
# a 2,000-row page. The file is looked at again at most this often.
METADATA_RECHECK_S = 1.0


def project_metadata() -> dict[str, Any]:
    now = time.monotonic()
    if now - _metadata_cache["checked"] >= METADATA_RECHECK_S:
        path = metadata_path()
        stamp = (str(path), path.stat().st_mtime_ns)
        if _metadata_cache.get("stamp") != stamp:
            tree = yaml.safe_load(path.read_text(encoding="utf-8"))
            _metadata_cache.update(stamp=stamp, metadata=ProjectMetadata(tree), label_columns={})
        _metadata_cache["checked"] = now
    metadata: dict[str, Any] = _metadata_cache["metadata"]
    return metadata


@hookimpl
def get_metadata(datasette: Any, key: str | None, database: str | None, table: str | None) -> dict[str, Any]:
    # Not a copy: Datasette asks for metadata a hundred times a page, and a
    # deep copy each time cost more than the page. Sources merged over it
    # (`-m FILE`) overwrite values with their own, the same on every call.
    return project_metadata()


# Datasette's time limit calls back into Python every 1,000 SQLite steps
# (about 0.08 ms). Each call takes the GIL: a query running to the limit then
# asks for it 12,000 times a second, and every time the thread that renders
# the pages has to hand it over. Every 100,000 steps (about 8 ms) still stops
# a query within about 10 ms of its limit. Datasette has no setting for this,
# so startup() puts this function where Datasette's database module looks
# for it; it keeps Datasette's own behaviour otherwise (a check every step
# for limits of 20 ms or less).
TIME_LIMIT_CHECK_EVERY = 100_000


@contextmanager
def sqlite_timelimit(conn: sqlite3.Connection, ms: int) -> Iterator[None]:
    deadline = time.perf_counter() + ms / 1000

    def handler() -> int:
        return 1 if time.perf_counter() >= deadline else 0

    conn.set_progress_handler(handler, TIME_LIMIT_CHECK_EVERY if ms > 20 else 1)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


@hookimpl
def startup(datasette: Any) -> None:
    import datasette.database as datasette_database
    import datasette.handle_exception as datasette_exceptions
    from datasette.app import DEFAULT_SETTINGS  # not at import: datasette.app imports the plugins

    datasette_database.sqlite_timelimit = sqlite_timelimit
    # Datasette prints every exception, a visitor's 400 or 404 included, as a
    # rich traceback with the locals of every frame: about a second of the
    # event loop's time per error on this machine, during which no page is
    # served, so a loop of bad queries stalls everyone. Without rich it prints
    # nothing for a visitor's error and a plain traceback for a server error.
    datasette_exceptions.rich = None
    for name, value in SETTINGS.items():
        if datasette._settings.get(name) == DEFAULT_SETTINGS[name]:
            datasette._settings[name] = value
    if datasette.executor is not None and not isinstance(datasette.executor, Lanes):
        # Datasette made one pool of SQL threads before plugins started; the
        # pages and the visitors' own SQL get a pool each (lanes.py).
        datasette.executor.shutdown(wait=False)
        datasette.executor = Lanes(datasette.setting("num_sql_threads"), ADHOC_SQL_AT_ONCE)
    database = datasette.databases.get(DATABASE)
    if database is not None and database.path and not database.is_memory:
        # The dataset changes only by a rebuild, which replaces the file:
        # serve it immutable (no locks; counts computed once), as -i does.
        database.is_mutable = False
    remember_schemas(datasette)
    remember_metadata(datasette)
    first_answer_render_cell()


# How often the files' identity is looked at again for answers kept about
# them (schema_memo.py); the response cache looks at every request.
IDENTITY_RECHECK_S = 1.0


def throttled_identity(datasette: Any) -> Callable[[], tuple]:
    state: dict[str, Any] = {"checked": float("-inf"), "identity": None}

    def identity() -> tuple:
        now = time.monotonic()
        if now - state["checked"] >= IDENTITY_RECHECK_S:
            state["identity"] = served_files_identity(datasette)
            state["checked"] = now
        return state["identity"]

    return identity


def remember_schemas(datasette: Any) -> None:
    """Schema look-ups of immutable databases answered once (schema_memo.py),
    and Datasette's per-request check of every database's schema version
    skipped while every database is one whose schema cannot change."""
    memo = SchemaMemo(datasette, throttled_identity(datasette))
    for database in datasette.databases.values():
        memo.install(database)
    if getattr(datasette, "_xiaomi_refresh", None) is not None:
        return
    original = datasette.refresh_schemas
    refreshed: dict[str, Any] = {"for": None}

    async def refresh_schemas() -> None:
        databases = datasette.databases.values()
        current = (tuple(datasette.databases), memo.identity())
        if refreshed["for"] == current and all(memo.applies(database) for database in databases):
            return
        await original()
        for database in databases:
            memo.install(database)
        refreshed["for"] = current

    datasette._xiaomi_refresh = refresh_schemas
    datasette.refresh_schemas = refresh_schemas


def remember_metadata(datasette: Any) -> None:
    """Datasette.metadata(key, ...) answered once per metadata file version.

    Datasette merges every metadata source on each call, and asks about a
    hundred times a page (every plugin's render_cell reads its configuration
    for every cell). With this plugin the only source besides the command
    line's (`-m FILE`, fixed for the server's life) is the project's file, so
    an answer changes only with that file. Lookups of the whole tree
    (key=None) are not kept: callers may change the merged dict they get."""
    from datasette.plugins import pm

    this_plugin = sys.modules[__name__]
    if (
        any(impl.plugin is not this_plugin for impl in pm.hook.get_metadata.get_hookimpls())
        or getattr(datasette, "_xiaomi_metadata", None) is not None
    ):
        return
    original = datasette.metadata
    kept: dict[Any, Any] = {}

    def metadata(key: str | None = None, database: str | None = None, table: str | None = None, fallback: bool = True) -> Any:
        if key is None:
            return original(key, database, table, fallback)
        project_metadata()
        stamp = (_metadata_cache["stamp"], id(datasette._metadata_local))
        if kept.get(None) != stamp:
            kept.clear()
            kept[None] = stamp
        asked = (key, database, table, fallback)
        if asked not in kept:
            kept[asked] = original(key, database, table, fallback)
        return kept[asked]

    datasette._xiaomi_metadata = metadata
    datasette.metadata = metadata

    # The tables' permission blocks, read from the same sources: Datasette
    # deep-copies every source for each check (one per table a page shows).
    original_allows = datasette._table_permission_allows

    def table_permission_allows(database: str, table: str) -> Any:
        metadata("title")  # empties `kept` when the file changed
        asked = ("allows", database, table)
        if asked not in kept:
            kept[asked] = original_allows(database, table)
        return kept[asked]

    datasette._table_permission_allows = table_permission_allows


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    bound_connection(conn)


# SQL written by the visitor (?sql=, or a table's _where=) may run to the time
# limit on a full core. It runs in a lane of its own (lanes.py), one query at
# a time; past a short queue the server says it is busy.
ADHOC_SQL_AT_ONCE = 1
ADHOC_SQL_QUEUE = 8
# After each request with the visitor's own SQL, the lane stays idle for this
# share of the time the request took (at most VISITOR_SQL_REST_MAX_S): a
# stream of queries that each run to the time limit then takes a third of a
# core, not a whole one. Measured (quiet, two cores, hostile queries looping):
# resting as long as the query took left the pages' p99 at 1.2 s, twice as
# long at 0.5 s. A quick query (milliseconds) rests milliseconds.
VISITOR_SQL_REST = 2.0
VISITOR_SQL_REST_MAX_S = 3.0
# Pages rendered at once (those the response cache does not have): the rest
# wait their turn, first come first served, while pages from the cache are
# sent at once (lanes.RenderGate).
RENDERS_AT_ONCE = 2


def writes_its_own_sql(query_string: bytes, known: frozenset[str] = frozenset()) -> bool:
    """True for a request that brings SQL of its own; the dashboards' own chart
    queries (known) are the project's, not the visitor's."""
    arguments = parse_qs(query_string.decode("latin-1"), keep_blank_values=True)
    if "_where" in arguments:
        return True
    return any(sql not in known for sql in arguments.get("sql", []))


def dashboard_queries() -> frozenset[str]:
    dashboards = (project_metadata().get("plugins") or {}).get("datasette-dashboards") or {}
    return frozenset(
        chart["query"]
        for dashboard in dashboards.values()
        for chart in (dashboard.get("charts") or {}).values()
        if chart.get("query")
    )


# Set to "off" to serve every request fresh (benchmarks of rendering do).
RESPONSE_CACHE_SWITCH = "XIAOMI_DB_RESPONSE_CACHE"
# Set by the multi-process server (serve.py) to a folder its processes share
# rendered pages through (cache.SharedStore).
SHARED_CACHE_FOLDER = "XIAOMI_DB_SHARED_CACHE"
# Pages under /-/ that depend only on the files: the rest (threads, actor,
# messages, permissions...) describe the running server and are never stored.
CACHEABLE_SERVER_PAGES = ("/-/dashboards", "/-/about", "/-/search", "/-/static", "/-/xiaomi.css", "/-/metadata")


def file_databases(datasette: Any) -> list[Any]:
    return [database for database in datasette.databases.values() if database.path and not database.is_memory]


def served_files_identity(datasette: Any) -> tuple:
    """What the cached responses were made from: each database file and the metadata file."""
    identity = []
    for database in file_databases(datasette):
        with suppress(OSError):
            stat = os.stat(database.path)
            identity.append((database.path, stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns))
    project_metadata()
    identity.append(_metadata_cache["stamp"])
    return tuple(identity)


def response_is_cacheable(datasette: Any, scope: dict[str, Any]) -> bool:
    """Only while every database file is served immutable (then a page can
    change only with a file), never for SQL the visitor wrote (it may call
    random() or date('now')), and of the server's own pages only those that
    depend on the files alone."""
    databases = file_databases(datasette)
    if not databases or any(database.is_mutable for database in databases):
        return False
    if writes_its_own_sql(scope.get("query_string", b""), dashboard_queries()):
        return False
    path = scope.get("path", "")
    base = datasette.setting("base_url") or "/"
    if base != "/" and path.startswith(base):
        path = "/" + path[len(base) :]
    return not path.startswith("/-/") or path.startswith(CACHEABLE_SERVER_PAGES)


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    def wrap(app: ASGIApp) -> ASGIApp:
        turns = asyncio.Semaphore(ADHOC_SQL_AT_ONCE)
        shared_lane = SharedLane(os.environ.get(VISITOR_SQL_LOCK))
        waiting = 0
        gated = RenderGate(app, RENDERS_AT_ONCE, exempt=lambda: VISITOR_SQL.get())
        if os.environ.get(RESPONSE_CACHE_SWITCH, "on").lower() in {"off", "0", "no", "false"}:
            rendered: ASGIApp = gated
        else:
            shared_folder = os.environ.get(SHARED_CACHE_FOLDER)
            rendered = ResponseCache(
                gated,
                cacheable=lambda scope: response_is_cacheable(datasette, scope),
                identity=lambda: served_files_identity(datasette),
                shared=SharedStore(shared_folder) if shared_folder and os.path.isdir(shared_folder) else None,
            )

        async def secured(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
            nonlocal waiting
            if scope["type"] != "http":
                return await app(scope, receive, send)
            if writes_its_own_sql(scope.get("query_string", b""), dashboard_queries()):
                if waiting >= ADHOC_SQL_QUEUE:
                    busy = Response.text(
                        "503: too many SQL queries at once; try again shortly.\n", status=503, headers={"Retry-After": "2"}
                    )
                    return await busy.asgi_send(_with_headers(send))
                waiting += 1
                try:
                    await turns.acquire()
                    try:
                        await shared_lane.acquire()
                    except BaseException:
                        turns.release()
                        raise
                finally:
                    waiting -= 1
                marked = VISITOR_SQL.set(True)
                began = time.monotonic()
                try:
                    await serve(scope, receive, send)
                    # The lane rests as long as the request took (see VISITOR_SQL_REST).
                    await asyncio.sleep(min(VISITOR_SQL_REST_MAX_S, (time.monotonic() - began) * VISITOR_SQL_REST))
                    return
                finally:
                    VISITOR_SQL.reset(marked)
                    shared_lane.release()
                    turns.release()
            return await serve(scope, receive, send)

        async def serve(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
            if scope["method"] not in READ_METHODS:
                # A read-only dataset: canned queries are read-only, nothing takes a POST.
                response = Response.text(
                    "405 Method Not Allowed: this server is read-only.\n",
                    status=405,
                    headers={"Allow": "GET, HEAD"},
                )
                return await response.asgi_send(_with_headers(send))
            await rendered(scope, receive, _with_headers(send))

        return secured

    return wrap


def _with_headers(send: Callable[[dict[str, Any]], Awaitable[None]]) -> Callable[[dict[str, Any]], Awaitable[None]]:
    async def sending(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            present = {key.lower() for key, _ in message.get("headers", [])}
            extra = [(key, value) for key, value in SECURITY_HEADERS if key not in present]
            message = dict(message, headers=list(message.get("headers", [])) + extra)
        await send(message)

    return sending


class FirstAnswerCaller:
    """pluggy's caller of render_cell, asking the plugins one at a time.

    Datasette calls render_cell for every cell of a page (a thousand on a
    table page) and keeps the first answer that is not None; pluggy calls
    every plugin first and collects all their answers, about 3 µs of its own
    per cell besides the plugins' work. This asks them in pluggy's order and
    stops at the first answer Datasette keeps: the same display, less work.
    Anything pluggy does besides (hook wrappers, call history) is left to
    pluggy."""

    def __init__(self, caller: Any) -> None:
        self._caller = caller

    def __getattr__(self, name: str) -> Any:
        return getattr(self._caller, name)

    def __call__(self, **arguments: Any) -> Any:
        impls = self._caller._hookimpls
        if self._caller._call_history is not None or any(impl.hookwrapper or impl.wrapper for impl in impls):
            return self._caller(**arguments)
        try:
            calls = [(impl.function, [arguments[name] for name in impl.argnames]) for impl in reversed(impls)]
        except KeyError:
            return self._caller(**arguments)
        return self._answers(calls)

    @staticmethod
    def _answers(calls: list[tuple[Callable[..., Any], list[Any]]]) -> Iterator[Any]:
        for function, values in calls:
            answer = function(*values)
            if answer is not None:
                yield answer


def first_answer_render_cell() -> None:
    from datasette.plugins import pm

    caller = getattr(pm.hook, "render_cell", None)
    if caller is not None and not isinstance(caller, FirstAnswerCaller) and hasattr(caller, "_hookimpls"):
        pm.hook.render_cell = FirstAnswerCaller(caller)


LIST_TEXT_LIMIT = 160  # characters of a row's name shown in a list


def label_column(datasette: Any, database: str, table: str) -> str | None:
    """The table's label_column, looked up once per metadata file version
    rather than once per cell (each lookup merges every metadata source)."""
    project_metadata()
    known: dict[tuple[str, str], str | None] = _metadata_cache["label_columns"]
    if (database, table) not in known:
        known[(database, table)] = datasette.metadata("label_column", database=database, table=table, fallback=False)
    return known[(database, table)]


@hookimpl
def render_cell(row: Any, value: Any, column: str | None, table: str | None, database: str, datasette: Any) -> Markup | None:
    # Normalised amounts read with thousands separators: 46,000,000,000.
    if column in {"value", "also_value"}:
        formatted = format_number(value)
        if formatted is not None:
            return Markup('<span class="number">{}</span>').format(formatted)
    if column == "outlet_id" and value is None and table in {"articles", "entity_outlet_mentions"}:
        return Markup('<span class="unknown">outlet not known</span>')
    # A row's name (its label column) links to its page, since ids come last.
    if table is None or column is None or column == "id" or not isinstance(value, str):
        return None
    if column == label_column(datasette, database, table) and "id" in set(row.keys()):
        shown = value if len(value) <= LIST_TEXT_LIMIT else value[:LIST_TEXT_LIMIT] + "…"
        href = datasette.urls.row(database, table, tilde_encode(str(row["id"])))
        return Markup('<a href="{}">{}</a>').format(href, shown)
    return None


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    env.filters["xiaomi_pieces_html"] = pieces_html


@hookimpl
def extra_template_vars(
    template: str, database: str | None, table: str | None, columns: Any, view_name: str, request: Any, datasette: Any
) -> Callable[[], Awaitable[dict[str, Any]]]:
    async def variables() -> dict[str, Any]:
        out = {
            "xiaomi_columns": pages.column_order(datasette, database, table),
            "xiaomi_paging": pages.query_paging(datasette, database, request),
            "xiaomi_rows_html": pages.rows_html,
        }
        if view_name == "row" and database and table and request is not None:
            out.update(await pages.row_context(datasette, database, table, request))
        return out

    return variables


# Canned queries are paged: their SQL ends `limit :_page_size offset
# :_page_offset`, two parameters the visitor does not fill in (Datasette hides
# parameters whose names begin with an underscore) but sets through the URL
# as on a table: ?_size=N (or max) and ?_next=OFFSET. A page shows
# default_page_size rows unless asked for more; the template links the next
# and previous pages.
PAGE_PARAMETERS = "page"


@hookimpl
def register_magic_parameters(datasette: Any) -> list[tuple[str, Callable[[str, Any], int]]]:
    def page(key: str, request: Any) -> int:
        if key == "size":
            return pages.page_size(datasette, request)
        if key == "offset":
            return pages.page_offset(request)
        raise KeyError(key)

    return [(PAGE_PARAMETERS, page)]


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Any]]]:
    return [(r"^/-/about$", pages.about_page), (r"^/-/xiaomi\.css$", stylesheet)]


async def stylesheet(request: Any) -> Response:
    return Response(
        (PACKAGE / "xiaomi.css").read_text(encoding="utf-8"),
        content_type="text/css; charset=utf-8",
        headers={"Cache-Control": "max-age=3600"},
    )


@hookimpl
def extra_css_urls(
    template: str, database: str | None, table: str | None, columns: Any, view_name: str, request: Any, datasette: Any
) -> list[str]:
    return [datasette.urls.path("/-/xiaomi.css")]
