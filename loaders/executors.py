"""Executors: where the per-article map runs.

Extraction is a pure function of one article (plus context every article
shares, such as the catalogue), so it can run anywhere. An executor has one
method, `map(fn, items, context)`, which yields fn(item, context) for each
item, in the items' order, whatever order the work finishes in. Work goes out
in chunks, and only a bounded window of chunks is in flight, so a long input
is never held in memory whole. `context` travels to each worker once, not
with every item.

- serial: in this process (`--jobs 1`);
- processes: a local process pool (`--jobs N`);
- dask: a Dask distributed cluster (`--executor dask --scheduler ADDRESS`).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from typing import Any, Protocol

CHUNK = 16  # items per task: enough to amortise the round trip, small enough to balance
WINDOW_PER_WORKER = 4  # chunks in flight per worker


class Executor(Protocol):
    def map(self, fn: Callable[[Any, Any], Any], items: Iterable, context: Any = None) -> Generator: ...

    def close(self) -> None: ...


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _run_chunk(fn: Callable, chunk: list, context: Any) -> list:
    return [fn(item, context) for item in chunk]


class SerialExecutor:
    def map(self, fn: Callable[[Any, Any], Any], items: Iterable, context: Any = None) -> Generator:
        for item in items:
            yield fn(item, context)

    def close(self) -> None:
        pass


# A worker process's copy of the map's context, set once by the pool's initializer.
_WORKER_CONTEXT: Any = None


def _set_worker_context(context: Any) -> None:
    global _WORKER_CONTEXT
    _WORKER_CONTEXT = context


def _run_chunk_with_worker_context(fn: Callable, chunk: list) -> list:
    return _run_chunk(fn, chunk, _WORKER_CONTEXT)


def _windowed(submit: Callable[[list], Any], result: Callable[[Any], list], items: Iterable, window: int) -> Iterator:
    pending: deque = deque()
    for chunk in _chunks(items, CHUNK):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


class ProcessExecutor:
    """A local pool of worker processes, one per job; a fresh pool per map so
    that each worker receives that map's context once, at start."""

    def __init__(self, jobs: int):
        self.jobs = jobs

    def map(self, fn: Callable[[Any, Any], Any], items: Iterable, context: Any = None) -> Generator:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(self.jobs, initializer=_set_worker_context, initargs=(context,)) as pool:
            yield from _windowed(
                lambda chunk: pool.submit(_run_chunk_with_worker_context, fn, chunk),
                lambda future: future.result(),
                items,
                self.jobs * WINDOW_PER_WORKER,
            )

    def close(self) -> None:
        pass


class DaskExecutor:
    """Tasks on a Dask distributed cluster. The context is scattered to every
    worker once; chunks are submitted as tasks and gathered in order."""

    def __init__(self, scheduler: str | None = None, client: Any = None):
        from dask.distributed import Client  # optional dependency: pip install .[dask]

        self._own_client = client is None
        self.client = client if client is not None else Client(scheduler)

    def map(self, fn: Callable[[Any, Any], Any], items: Iterable, context: Any = None) -> Generator:
        # One future for the whole context (a tuple is not split), under a key of its own: with keys from
        # content, a later map's equal context would share the key, and this map's release would drop it.
        shared = self.client.scatter([context], broadcast=True, hash=False)[0] if context is not None else None
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        # pure=False: two chunks with equal items are still two tasks (ordering is ours to keep).
        yield from _windowed(
            lambda chunk: self.client.submit(_run_chunk, fn, chunk, shared, pure=False),
            lambda future: future.result(),
            items,
            workers * WINDOW_PER_WORKER,
        )

    def close(self) -> None:
        if self._own_client:
            self.client.close()


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def make_executor(kind: str = "processes", jobs: int | None = None, scheduler: str | None = None) -> Executor:
    if kind == "dask":
        return DaskExecutor(scheduler)
    jobs = jobs or default_jobs()
    return SerialExecutor() if jobs == 1 else ProcessExecutor(jobs)
