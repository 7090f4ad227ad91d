"""An interrupted build ends promptly: it does not wait for its workers'
chunks in flight, nor for a long SQLite statement, to finish.

Each case gives the build work it would take an hour to finish after the
signal, so a build that waited would hit the generous guard of `communicate`
(minutes), while one that stops answers at once: no timing is asserted."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PROJECT, SEEDS

GUARD_S = 120  # far above a prompt exit, far below the hour the work would take


def gone(pid: int) -> bool:
    """No such process any more (or only its exit status, not yet collected)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return True
    return state in {"Z", "X"}


def wait_until_gone(pids: list[int]) -> list[int]:
    deadline = time.monotonic() + GUARD_S
    while any(not gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return [pid for pid in pids if not gone(pid)]


# A map over items that each take an hour, in the build's process pool, under
# the command line's signal handling; it prints its workers' ids once they run.
HOUR_LONG_MAP = textwrap.dedent(
    """
    import multiprocessing, sys, time
    from loaders.__main__ import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, _stop_on_sigterm
    from loaders.executors import ProcessExecutor

    def an_hour(item, context):
        time.sleep(3600)

    _stop_on_sigterm()
    results = ProcessExecutor(2).map(an_hour, range(100))
    try:
        first = results.__next__  # starts the pool and sends the first chunks
        import threading
        def announce():
            while len(multiprocessing.active_children()) < 2:
                time.sleep(0.05)
            print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
        threading.Thread(target=announce, daemon=True).start()
        first()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        sys.exit(EXIT_TERMINATED)
    """
)


@contextlib.contextmanager
def map_script(script: str) -> Iterator[tuple[subprocess.Popen, list[int]]]:
    """A map script running in a session of its own, and its two workers' ids (the first line it
    prints); after, whatever of it is left is killed (not past this test), so assert what outlived
    it inside the block."""
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        workers = [int(pid) for pid in process.stdout.readline().split()]
        assert len(workers) == 2, process.stderr.read() if process.stderr else ""
        yield process, workers
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def hour_long_map() -> contextlib.AbstractContextManager[tuple[subprocess.Popen, list[int]]]:
    return map_script(HOUR_LONG_MAP)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads worker processes from /proc")
@pytest.mark.parametrize(
    ("sent", "to_group", "status"),
    [
        (signal.SIGTERM, False, 128 + signal.SIGTERM),  # `kill PID`: the build alone
        (signal.SIGTERM, True, 128 + signal.SIGTERM),  # a service manager stopping the whole group
        (signal.SIGINT, True, 130),  # Ctrl-C in a terminal: the whole foreground group
    ],
)
def test_a_signal_ends_the_map_and_its_workers_without_waiting_for_their_work(sent, to_group, status):
    with hour_long_map() as (process, workers):
        if to_group:
            os.killpg(process.pid, sent)
        else:
            process.send_signal(sent)
        _, stderr = process.communicate(timeout=GUARD_S)
        assert process.returncode == status, stderr
        assert "Traceback" not in stderr, stderr  # no worker printed one either
        assert wait_until_gone(workers) == [], "worker processes outlived the build"  # before the clean-up kills them


# A build whose derived objects take an hour to make (one SQLite statement),
# run by the command line, with the SIGTERM arriving during that statement.
HOUR_LONG_STATEMENT = textwrap.dedent(
    """
    import os, signal, sys, threading, time
    import db.writer
    from loaders.__main__ import _stop_on_sigterm, main

    def derived_objects_taking_an_hour(connection):
        threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGTERM)).start()
        connection.execute(
            "with recursive c(n) as (select 1 union all select n + 1 from c where n < 100000000000) select count(*) from c"
        ).fetchall()

    db.writer.ensure_derived_objects = derived_objects_taking_an_hour
    _stop_on_sigterm()
    sys.exit(main(["build", "--seeds", sys.argv[1], "--db", sys.argv[2], "--quiet", "--jobs", "1"]))
    """
)


def test_a_sigterm_during_a_long_sqlite_statement_ends_the_build_at_once(tmp_path, seeds_db):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    db = tmp_path / "out" / "xiaomi.db"
    db.parent.mkdir()
    shutil.copyfile(seeds_db, db)
    before = db.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", HOUR_LONG_STATEMENT, str(seeds), str(db)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=GUARD_S,
    )
    assert result.returncode == 128 + signal.SIGTERM, result.stderr
    assert result.stderr.strip().splitlines() == ["terminated: nothing was changed"]
    assert db.read_bytes() == before
    assert sorted(path.name for path in db.parent.iterdir()) == ["xiaomi.db"]  # no temporary file, no lock


# A map whose pool, as it forks its workers, receives Ctrl-C: from inside the
# fork's own hooks, where an exception raised by the signal's handler would be
# swallowed (printed as "Exception ignored") and the build would run on.
CTRL_C_DURING_FORK = textwrap.dedent(
    """
    import os, signal, sys
    from loaders.__main__ import EXIT_INTERRUPTED, _stop_on_sigterm
    from loaders.executors import ProcessExecutor

    def doubled(item, context):
        return 2 * item

    _stop_on_sigterm()
    os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGINT))
    try:
        done = list(ProcessExecutor(2).map(doubled, range(200)))
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    print("ran to the end", len(done))
    """
)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signals cannot be held back here")
def test_a_stop_signal_while_the_pool_forks_is_not_lost():
    result = subprocess.run(
        [sys.executable, "-c", CTRL_C_DURING_FORK], cwd=PROJECT, capture_output=True, text=True, timeout=GUARD_S
    )
    assert (result.returncode, result.stdout) == (130, ""), result.stderr
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr, result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent's death is signalled by Linux (prctl)")
def test_workers_do_not_outlive_a_build_killed_outright():
    with hour_long_map() as (process, workers):
        process.kill()  # SIGKILL to the build alone: no handler of its own runs
        process.wait(timeout=GUARD_S)
        assert wait_until_gone(workers) == [], "worker processes outlived the build"


# A map whose first submit is interrupted just after the pool took the chunk and
# forked its workers, before the future came back: where a stop signal that
# another thread received is handled (the build's main thread, at any point).
CTRL_C_AFTER_THE_POOL_TOOK_A_CHUNK = textwrap.dedent(
    """
    import sys, time
    from concurrent.futures import ProcessPoolExecutor
    from loaders.__main__ import EXIT_INTERRUPTED, _stop_on_sigterm
    from loaders.executors import ProcessExecutor

    def an_hour(item, context):
        time.sleep(3600)

    taken = ProcessPoolExecutor.submit

    def submit_then_ctrl_c(pool, *args, **kwargs):
        taken(pool, *args, **kwargs)
        print(" ".join(str(process.pid) for process in pool._processes.values()), flush=True)
        raise KeyboardInterrupt

    ProcessPoolExecutor.submit = submit_then_ctrl_c
    _stop_on_sigterm()
    try:
        list(ProcessExecutor(2).map(an_hour, range(100)))
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    """
)


def test_a_stop_signal_between_the_pools_submit_and_its_future_still_ends_the_workers():
    with map_script(CTRL_C_AFTER_THE_POOL_TOOK_A_CHUNK) as (process, workers):
        _, stderr = process.communicate(timeout=GUARD_S)
        assert process.returncode == 130, stderr
        assert "Traceback" not in stderr, stderr
        assert wait_until_gone(workers) == [], "worker processes outlived the build"
