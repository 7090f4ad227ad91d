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
import os
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
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
from db.datasette_plugin.context import format_number
from db.datasette_plugin.limits import bound_connection

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
    "num_sql_threads": 8,
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


_metadata_cache: dict[str, object] = {}


def project_metadata() -> dict[str, Any]:
    path = metadata_path()
    stamp = (str(path), path.stat().st_mtime_ns)
    if _metadata_cache.get("stamp") != stamp:
        _metadata_cache.update(stamp=stamp, metadata=yaml.safe_load(path.read_text(encoding="utf-8")))
    return _metadata_cache["metadata"]  # type: ignore[return-value]


@hookimpl
def get_metadata(datasette: Any, key: str | None, database: str | None, table: str | None) -> dict[str, Any]:
    # Not a copy: Datasette asks for metadata a hundred times a page, and a
    # deep copy each time cost more than the page. Sources merged over it
    # (`-m FILE`) overwrite values with their own, the same on every call.
    return project_metadata()


# Datasette's time limit calls back into Python every 1,000 SQLite steps
# (about 0.08 ms): a long query then takes the GIL 12,000 times a second and
# starves the thread that serves every page. Every 100,000 steps keeps the
# limit to within about 10 ms and leaves the GIL to the pages.
TIME_LIMIT_CHECK_EVERY = 100_000


# A query still running after this long is a heavy one: its thread steps
# back (a higher nice value) so the thread that serves every page keeps the CPU.
LONG_QUERY_S = 0.05
LONG_QUERY_NICE = 10


def _set_thread_nice(value: int) -> None:
    # Not allowed to lower it again (not root): the thread stays stepped back.
    with suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), value)


@contextmanager
def sqlite_timelimit(conn: sqlite3.Connection, ms: int) -> Iterator[None]:
    started = time.perf_counter()
    deadline = started + ms / 1000
    stepped_back = False

    def handler() -> int:
        nonlocal stepped_back
        now = time.perf_counter()
        if not stepped_back and now - started > LONG_QUERY_S:
            stepped_back = True
            _set_thread_nice(LONG_QUERY_NICE)
        return 1 if now >= deadline else 0

    nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    conn.set_progress_handler(handler, TIME_LIMIT_CHECK_EVERY if ms > 20 else 1)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
        if stepped_back:
            _set_thread_nice(nice)


@hookimpl
def startup(datasette: Any) -> None:
    import datasette.database as datasette_database
    from datasette.app import DEFAULT_SETTINGS  # not at import: datasette.app imports the plugins

    datasette_database.sqlite_timelimit = sqlite_timelimit
    for name, value in SETTINGS.items():
        if datasette._settings.get(name) == DEFAULT_SETTINGS[name]:
            datasette._settings[name] = value
    if datasette.executor is not None and datasette.executor._max_workers != datasette.setting("num_sql_threads"):
        # Datasette made its pool of SQL threads before plugins started: a
        # query running into the time limit holds one for a second, and three
        # of them would hold all three default threads. Read queries share no
        # state, so more threads only let the other pages through.
        datasette.executor.shutdown(wait=False)
        datasette.executor = ThreadPoolExecutor(max_workers=datasette.setting("num_sql_threads"))
    database = datasette.databases.get(DATABASE)
    if database is not None and database.path and not database.is_memory:
        # The dataset changes only by a rebuild, which replaces the file:
        # serve it immutable (no locks; counts computed once), as -i does.
        database.is_mutable = False


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    bound_connection(conn)


# SQL written by the visitor (?sql=, or a table's _where=) may run to the time
# limit on a full core; several at once starve the pages everyone reads. They
# take turns, a few at a time; past a short queue the server says it is busy.
ADHOC_SQL_AT_ONCE = 1
ADHOC_SQL_QUEUE = 8


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


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    def wrap(app: ASGIApp) -> ASGIApp:
        turns = asyncio.Semaphore(ADHOC_SQL_AT_ONCE)
        waiting = 0

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
                finally:
                    waiting -= 1
                try:
                    return await serve(scope, receive, send)
                finally:
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
            await app(scope, receive, _with_headers(send))

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


LIST_TEXT_LIMIT = 160  # characters of a row's name shown in a list


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
    is_name = bool(table) and isinstance(value, str) and column not in {"id", None}
    if (
        is_name
        and "id" in set(row.keys())
        and column == datasette.metadata("label_column", database=database, table=table, fallback=False)
    ):
        shown = value if len(value) <= LIST_TEXT_LIMIT else value[:LIST_TEXT_LIMIT] + "…"
        href = datasette.urls.row(database, table, tilde_encode(str(row["id"])))
        return Markup('<a href="{}">{}</a>').format(href, shown)
    return None


@hookimpl
def extra_template_vars(
    template: str, database: str | None, table: str | None, columns: Any, view_name: str, request: Any, datasette: Any
) -> Callable[[], Awaitable[dict[str, Any]]]:
    async def variables() -> dict[str, Any]:
        out = {"xiaomi_columns": pages.column_order(datasette, database, table)}
        if view_name == "row" and database and table and request is not None:
            out.update(await pages.row_context(datasette, database, table, request))
        return out

    return variables


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
