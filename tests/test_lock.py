"""Interrupted and concurrent builds: a lock beside the target; what a killed
build left is removed by the next build, never what a running build is writing."""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loaders.build import build
from loaders.errors import BuildError
from loaders.lock import BuildLock, building, lock_path, stale_temporaries
from tests.conftest import PROJECT, SEEDS


def command(db: Path) -> list[str]:
    return [sys.executable, "-m", "loaders", "build", "--seeds", str(SEEDS), "--db", str(db), "--quiet"]


def test_a_second_build_while_one_holds_the_lock_is_refused_in_one_line(tmp_path):
    db = tmp_path / "xiaomi.db"
    db.write_bytes(b"the previous database")
    with building(db):  # a build in progress, in this process
        running_temporary = tmp_path / ".xiaomi.db.k2j3h4.building"
        running_temporary.write_bytes(b"being written")
        result = subprocess.run(command(db), cwd=PROJECT, capture_output=True, text=True)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"error: {db}: another build (process {os.getpid()}) is writing this database now; run again when it has finished"
        ]
        assert running_temporary.exists(), "the running build's temporary file was removed"
        assert db.read_bytes() == b"the previous database"
        running_temporary.replace(db)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["xiaomi.db"]


def test_the_next_build_removes_what_a_killed_build_left(tmp_path):
    db = tmp_path / "xiaomi.db"
    left = [
        tmp_path / ".xiaomi.db.k2j3h4_x.building",
        tmp_path / ".xiaomi.db.k2j3h4_x.building-journal",
        tmp_path / ".xiaomi.db.k2j3h4_x.building-compacted",
    ]
    others = [
        tmp_path / ".other.db.abc123.building",
        tmp_path / "notes.txt",
        tmp_path / "xiaomi.db.building.bak",
        tmp_path / ".xiaomi.db.backup.abc123.building",
    ]  # another database's, xiaomi.db.backup
    for path in left + others:
        path.write_bytes(b"debris")
    assert stale_temporaries(db) == sorted(left)
    build(SEEDS, db)
    assert not [path for path in left if path.exists()]
    assert all(path.exists() for path in others), "files of other names are not the build's to remove"
    assert not lock_path(db).exists()


def test_a_failed_build_releases_the_lock_and_removes_its_temporary_files(tmp_path):
    db = tmp_path / "xiaomi.db"
    with pytest.raises(RuntimeError), building(db):
        (tmp_path / ".xiaomi.db.k2j3h4.building").write_bytes(b"half written")
        (tmp_path / ".xiaomi.db.k2j3h4.building-journal").write_bytes(b"journal")
        raise RuntimeError("a bug, say")
    assert list(tmp_path.iterdir()) == []
    with building(db):  # the lock is free again
        db.write_bytes(b"done")
    assert db.read_bytes() == b"done"


def test_two_holders_exclude_each_other_and_the_lock_file_goes_with_the_last(tmp_path):
    db = tmp_path / "xiaomi.db"
    first, second = BuildLock(db), BuildLock(db)
    first.acquire()
    with pytest.raises(BuildError, match="another build"):
        second.acquire()
    first.release()
    assert not lock_path(db).exists()
    second.acquire()
    assert lock_path(db).exists()
    second.release()


def test_a_lock_file_removed_while_being_taken_is_not_trusted(tmp_path, monkeypatch):
    """A build that opened the lock file just before its holder removed it must
    not take the removed file's lock while a third build locks the new file."""
    db = tmp_path / "xiaomi.db"
    holder, third = BuildLock(db), BuildLock(db)
    holder.acquire()
    real_flock = fcntl.flock
    interleaved = []

    def flock_after_the_holder_left(descriptor, operation):
        if not interleaved:  # between our open() and our flock(): the holder finishes, a third build starts
            interleaved.append(True)
            holder.release()
            third.acquire()
        return real_flock(descriptor, operation)

    monkeypatch.setattr(fcntl, "flock", flock_after_the_holder_left)
    with pytest.raises(BuildError, match="another build"):
        BuildLock(db).acquire()
    assert interleaved
    third.release()


def test_concurrent_builds_never_mix(tmp_path, seeds_db):
    db = tmp_path / "xiaomi.db"
    processes = [subprocess.Popen(command(db), cwd=PROJECT, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [(process.wait(timeout=120), process.stderr.read()) for process in processes]
    for process in processes:
        process.stderr.close()
    assert any(status == 0 for status, _ in results)
    for status, stderr in results:
        assert status == 0 or (status == 2 and "another build" in stderr and len(stderr.strip().splitlines()) == 1), stderr
    assert db.read_bytes() == seeds_db.read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["datapackage.json", "xiaomi.db"]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(
    ("state", "rebuilds"),
    [("missing", True), ("built", False), ("empty file", True), ("tables but no articles", True), ("older than the seeds", True)],
)
def test_make_serve_rebuilds_a_missing_empty_or_stale_database(tmp_path, seeds_db, state, rebuilds):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / ".installed").touch()
    (tmp_path / "requirements.lock").touch()
    os.utime(tmp_path / "requirements.lock", (0, 0))
    db = tmp_path / "xiaomi.db"
    if state == "built" or state == "older than the seeds":
        shutil.copyfile(seeds_db, db)
    elif state == "empty file":
        db.touch()
    elif state == "tables but no articles":
        connection = sqlite3.connect(db)
        connection.execute("CREATE TABLE articles (id TEXT)")
        connection.close()
    if state == "older than the seeds":
        os.utime(db, (1, 1))
    plan = subprocess.run(
        ["make", "-n", "-f", str(PROJECT / "Makefile"), "serve", f"VENV={venv}"], cwd=tmp_path, capture_output=True, text=True
    )
    assert plan.returncode == 0, plan.stderr
    assert ("-m loaders build" in plan.stdout) == rebuilds, plan.stdout
    assert "-m db.datasette_plugin.serve xiaomi.db" in plan.stdout


def test_a_build_killed_outright_is_cleaned_up_by_the_next(tmp_path, seeds_db):
    db = tmp_path / "xiaomi.db"
    process = subprocess.Popen(command(db), cwd=PROJECT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not stale_temporaries(db) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    process.kill()  # SIGKILL: no cleanup can run
    process.wait()
    left = stale_temporaries(db)
    assert left and not db.exists(), "the build was not caught mid-way"
    build(SEEDS, db)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["datapackage.json", "xiaomi.db"]
    assert db.read_bytes() == seeds_db.read_bytes()
