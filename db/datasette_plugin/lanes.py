"""Two lanes for Datasette's SQL: the project's pages, and SQL visitors write.

Datasette runs every query on one pool of threads (`datasette.executor`).
SQL a visitor writes (`?sql=`, `_where=`) may run to the time limit on a
full core; sharing the pool, a few such queries leave the pages' queries
waiting for a thread. Here a request that brings its own SQL is marked (a
context variable, set by the plugin's ASGI wrapper and inherited by every
task the request starts), and its queries go to a small pool of their own:
the pages keep their threads, and the visitors' SQL never takes more cores
than that pool has threads.

The visitors' threads are not given a lower scheduling priority (a higher
nice value): they take the GIL to check the time limit, and a thread
holding or being handed the GIL that the kernel leaves waiting for a core
stalls the thread that renders every page. Measured on a loaded machine,
nice 10 gave no better page latency than nice 0.

Connections are per thread in Datasette, so each lane opens its own.

Also here: the visitors' lane shared by the processes of one server
(SharedLane) and the turn pages not in the response cache take to be
rendered (RenderGate).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextvars import ContextVar
from typing import Any

VISITOR_SQL: ContextVar[bool] = ContextVar("xiaomi_visitor_sql", default=False)


class Lanes(Executor):
    def __init__(self, page_threads: int, visitor_threads: int) -> None:
        self.pages = ThreadPoolExecutor(max_workers=page_threads, thread_name_prefix="sql-pages")
        self.visitors = ThreadPoolExecutor(max_workers=visitor_threads, thread_name_prefix="sql-visitors")
        self._max_workers = page_threads  # as ThreadPoolExecutor, for code that reads it

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        # Called on the event loop, inside the request's context.
        lane = self.visitors if VISITOR_SQL.get() else self.pages
        return lane.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.pages.shutdown(wait=wait, cancel_futures=cancel_futures)
        self.visitors.shutdown(wait=wait, cancel_futures=cancel_futures)


# Set by the multi-process server (serve.py) to a file all its processes can
# lock: the visitors' SQL then runs one request at a time across processes.
VISITOR_SQL_LOCK = "XIAOMI_DB_VISITOR_SQL_LOCK"
LOCK_POLL_S = 0.01


class SharedLane:
    """The visitors' lane shared between the processes of one server: an
    exclusive lock on a file (flock), taken after the process's own turn.
    Asked without blocking and asked again every LOCK_POLL_S, so that the
    event loop never blocks on it and a request that is cancelled while
    waiting leaves nothing behind. Without a file (one process, as
    `datasette xiaomi.db` runs) it is a no-op."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.fd: int | None = None

    async def acquire(self) -> None:
        if not self.path:
            return
        if self.fd is None:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                await asyncio.sleep(LOCK_POLL_S)

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)


class RenderGate:
    """ASGI middleware letting at most `at_once` requests through at a time,
    the others waiting in arrival order.

    Datasette renders a page on the event loop between its SQL queries;
    fifty pages rendered at once share the loop, so each takes fifty times
    its own time, and the longest ones (a facet page, 100 ms of Python)
    take seconds. Taking them in turn, a page waits for those ahead of it
    and then takes its own time: the same work, a far shorter tail. Placed
    behind the response cache, it holds back only pages being rendered:
    a page the cache has is sent without waiting. Requests for which
    `exempt()` is true (the visitors' own SQL, which waits on its lane and
    not on the loop) pass at once."""

    def __init__(self, app: Any, at_once: int, exempt: Callable[[], bool]) -> None:
        self.app = app
        self.turns = asyncio.Semaphore(at_once)
        self.exempt = exempt

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.exempt():
            return await self.app(scope, receive, send)
        async with self.turns:
            await self.app(scope, receive, send)
