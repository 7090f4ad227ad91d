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

import contextlib
import ctypes
import gc
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
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
    # A forked worker holds a copy of the build's whole heap (at grouping, every claim's record): set
    # aside from the garbage collector, whose full collections would otherwise walk (and so copy) it.
    gc.freeze()
    _WORKER_CONTEXT = context
    # The build decides when its workers stop: Ctrl-C (sent to the whole
    # process group) interrupts the build alone, which then ends the workers
    # with SIGTERM, here the default action (the build's own handler, inherited
    # by the fork, would only fail the chunk and leave the worker waiting).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _STOP_SIGNALS:  # forked while the build held them back (see _stop_signals_held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    stop_with_parent()  # a build killed outright (SIGKILL) takes its workers with it


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def stop_with_parent() -> None:
    """Have Linux send this process SIGTERM when the process that forked it dies, however it dies
    (even SIGKILL), so that no worker outlives it waiting for work; then check it is not already
    gone. Elsewhere a no-op."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() == 1:
        raise SystemExit(0)


# Ctrl-C and SIGTERM, where the platform can hold signals back.
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM} if hasattr(signal, "pthread_sigmask") else set()


@contextmanager
def _stop_signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while the pool may fork its workers, delivered after. A stop
    signal's exception raised inside the fork's own hooks (logging releases its lock there) is
    swallowed and printed, and the stop lost: the build ran on to the end."""
    if not _STOP_SIGNALS:
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


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

        # Items that fit in one chunk would go to one worker anyway: run them here,
        # rather than start a pool (a fresh interpreter per worker) for them.
        items = iter(items)
        first = list(islice(items, CHUNK + 1))
        if len(first) <= CHUNK:
            yield from (fn(item, context) for item in first)
            return
        items = chain(first, items)
        pool = ProcessPoolExecutor(self.jobs, initializer=_set_worker_context, initargs=(context,))

        def submit(chunk: list) -> Any:
            with _stop_signals_held():  # the first submit forks the workers
                return pool.submit(_run_chunk_with_worker_context, fn, chunk)

        try:
            yield from _windowed(submit, _result, items, self.jobs * WINDOW_PER_WORKER)
        except BaseException:
            # Interrupted, failed, or closed early: the chunks still in flight
            # are not wanted. Waiting for them (the pool's shutdown does) kept
            # a killed build alive for as long as a window of chunks takes.
            # Always, not only when a chunk known here is unfinished: a stop
            # signal is handled in this thread whichever thread received it,
            # so it can interrupt a submit after the pool took the chunk and
            # before its future was returned (the shutdown then waited, under
            # load, for a chunk that no one knew was running).
            _stop_workers(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        pass


# A signal may be delivered to any of the process's threads (the pool has
# its own); Python runs its handler in the main thread, and only once that
# thread wakes. Waiting for a result in short turns wakes it.
SIGNAL_CHECK_S = 0.5


def _result(future: Any) -> list:
    from concurrent.futures import wait

    stop = getattr(_AHEAD, "stop", None)  # set in a thread running an iterator `ahead` of its reader
    while not future.done():
        if stop is not None and stop.is_set():
            raise _ReaderGone
        wait([future], timeout=SIGNAL_CHECK_S)
    return future.result()


_AHEAD = threading.local()


class _ReaderGone(BaseException):
    """The reader of an iterator run `ahead` stopped reading (an error, a stop signal): a map the
    iterator waits for ends, and its workers with it, as when a map's own reader stops."""


class Ahead:
    """An iterator run in a thread of its own, a few items ahead of its reader, so that the reader's
    work overlaps the iterator's waits (for worker processes). Its items come in order; its error is
    raised to the reader. `close` (the reader done or gone) stops it, and any map it waits for."""

    def __init__(self, items: Iterable, size: int = 2):
        self._queue: queue.Queue = queue.Queue(size)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(iter(items),), name="ahead", daemon=True)
        self._thread.start()

    def _run(self, items: Iterator) -> None:
        _AHEAD.stop = self._stop
        try:
            for item in items:
                if not self._put((True, item)):
                    return
            self._put((False, None))
        except _ReaderGone:
            pass
        except BaseException as error:  # raised to the reader
            self._put((False, error))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    def _put(self, entry: tuple[bool, Any]) -> bool:
        while not self._stop.is_set():
            with contextlib.suppress(queue.Full):
                self._queue.put(entry, timeout=SIGNAL_CHECK_S)
                return True
        return False

    def __iter__(self) -> Iterator:
        while True:
            try:
                ok, value = self._queue.get(timeout=SIGNAL_CHECK_S)
            except queue.Empty:
                if not self._thread.is_alive() and self._queue.empty():
                    raise RuntimeError("an iterator run ahead ended without a word") from None
                continue
            if ok:
                yield value
            elif value is None:
                return
            else:
                raise value

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


MANAGER_EXIT_S = 5.0  # its workers are gone: it ends at once; a bound so that an exit stays prompt


def _stop_workers(pool: Any) -> None:
    """End a process pool's workers now (the pool has no public way before Python 3.14)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
    # The pool's manager thread closes its wake-up pipe as it ends; until it has, the interpreter's exit
    # hook may write to that pipe as it closes (Python 3.11: "Bad file descriptor" printed at exit).
    if manager is not None:
        manager.join(timeout=MANAGER_EXIT_S)


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
