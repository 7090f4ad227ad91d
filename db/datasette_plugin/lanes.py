"""Two lanes for Datasette's SQL: the project's pages, and SQL visitors write.

Datasette runs every query on one pool of threads (`datasette.executor`).
SQL a visitor writes (`?sql=`, `_where=`) may run to the time limit on a
full core; sharing the pool, a few such queries leave the pages' queries
waiting for a thread and, once they have one, for a core. Here a request
that brings its own SQL is marked (a context variable, set by the plugin's
ASGI wrapper and inherited by every task the request starts), and its
queries go to a pool of their own whose threads run at a lower scheduling
priority (a higher nice value, which an unprivileged process may always
set): the pages keep their threads and, when the cores are contended, the
kernel gives the CPU to them first.

Connections are per thread in Datasette, so each lane opens its own.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import suppress
from contextvars import ContextVar
from typing import Any, Callable

VISITOR_SQL: ContextVar[bool] = ContextVar("xiaomi_visitor_sql", default=False)
VISITOR_NICE = 10


def _step_back(nice: int) -> None:
    """Raise this thread's nice value (Linux schedules threads one by one)."""
    with suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)


class Lanes(Executor):
    def __init__(self, page_threads: int, visitor_threads: int, visitor_nice: int = VISITOR_NICE) -> None:
        self.pages = ThreadPoolExecutor(max_workers=page_threads, thread_name_prefix="sql-pages")
        self.visitors = ThreadPoolExecutor(
            max_workers=visitor_threads,
            thread_name_prefix="sql-visitors",
            initializer=_step_back,
            initargs=(visitor_nice,),
        )
        self._max_workers = page_threads  # as ThreadPoolExecutor, for code that reads it

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        # Called on the event loop, inside the request's context.
        lane = self.visitors if VISITOR_SQL.get() else self.pages
        return lane.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.pages.shutdown(wait=wait, cancel_futures=cancel_futures)
        self.visitors.shutdown(wait=wait, cancel_futures=cancel_futures)
