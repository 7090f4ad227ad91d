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
"""

from __future__ import annotations

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
