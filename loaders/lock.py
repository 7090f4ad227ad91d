"""A build's hold on a SQLite target: a lock beside it, and no temporary files left behind.

    .xiaomi.db.lock                the lock (flock), held by the one build writing xiaomi.db
    .xiaomi.db.<random>.building   the database being written (db/writer.py), moved into place at the end
    ... .building-journal          SQLite's rollback journal for it
    ... .building-compacted        its compacted copy (VACUUM INTO), moved over it

A temporary file is only ever created by the holder of the lock, so whoever
takes the lock knows that any temporary file already there was left by a build
that was killed, and removes it. A second build while one runs is refused.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.engine import sqlite_path
from loaders.errors import BuildError, from_os_error, os_problem


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.lock")


def stale_temporaries(db_path: Path) -> list[Path]:
    """Temporary files of earlier builds of DB_PATH (`.NAME.<random>.building`, as
    tempfile.mkstemp names them in db/writer.py), with their journals; not those
    of another database whose name starts the same (`NAME.backup`)."""
    pattern = re.compile(rf"\.{re.escape(db_path.name)}\.[a-z0-9_]+\.building(?:-journal|-wal|-shm|-compacted)?")
    return sorted(path for path in db_path.parent.iterdir() if pattern.fullmatch(path.name))


class BuildLock:
    """An exclusive flock on a file beside the target, removed on release.

    The lock file is unlinked while still locked; a build that opened it just
    before then finds, once it holds the lock, that the path names another file
    (or none), and tries again on the new one.
    """

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.descriptor: int | None = None

    def acquire(self) -> None:
        while True:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(descriptor, 32).decode("ascii", "replace").strip()
                os.close(descriptor)
                running = f"another build (process {holder})" if holder.isdigit() else "another build"
                raise BuildError(
                    str(self.db_path), f"{running} is writing this database now; run again when it has finished"
                ) from None
            try:
                current = os.stat(self.path)
            except FileNotFoundError:
                current = None
            opened = os.fstat(descriptor)
            if current is not None and (current.st_dev, current.st_ino) == (opened.st_dev, opened.st_ino):
                break
            os.close(descriptor)  # released and removed while we waited for it: take the new one
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode("ascii"))
        self.descriptor = descriptor

    def release(self) -> None:
        if self.descriptor is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self.descriptor)  # closing drops the flock
            self.descriptor = None


def _target(db_path: Path) -> Path:
    """The absolute target, checked before any long work: a file (or nothing) in a folder we may write."""
    try:
        target = Path(db_path).resolve()
    except RuntimeError:  # Python 3.11 reports a symlink loop so
        raise BuildError(str(db_path), "a symbolic link that loops (it points, in the end, back to itself)") from None
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise from_os_error(error, db_path) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise BuildError(str(db_path), "a directory; --db names the database file to write")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise BuildError(str(db_path), "not a regular file; --db names the database file to write")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BuildError(str(target.parent), f"cannot create the database's folder: {os_problem(error)}") from None
    return target


def _as_build_error(error: BaseException, target: Path) -> BuildError | None:
    """The one-line form of a failure of the environment (disk, permissions), or None for anything else."""
    if isinstance(error, OSError):
        return from_os_error(error, error.filename or target, "while building the database")
    cause = getattr(error, "orig", error)  # a database library's wrapper keeps the driver's error as .orig
    if isinstance(cause, sqlite3.OperationalError):
        return BuildError(str(target), f"could not write the database ({cause}); the previous one is unchanged")
    return None


def _remove_temporaries(target: Path) -> None:
    """Only the lock's holder writes temporary files: any there now are its own or stale."""
    for leftover in stale_temporaries(target):
        with contextlib.suppress(OSError):  # nothing more can be done here; the next build tries again
            leftover.unlink(missing_ok=True)


@contextmanager
def building(db: Path | str) -> Iterator[None]:
    """Hold a SQLite target's lock while the block builds it; clear what killed
    builds left first, and what this one leaves if it fails.

    Refusals (a folder, a read-only place, another build running) come before
    the block runs, that is before the long work of extraction. A server
    database (a URL) needs no lock: its build is one transaction."""
    path = sqlite_path(db)
    if path is None:
        yield
        return
    target = _target(path)
    lock = BuildLock(target)
    try:
        lock.acquire()
    except OSError as error:
        raise BuildError(str(target.parent), f"cannot write the database here: {os_problem(error)}") from None
    try:
        _remove_temporaries(target)
        yield
    except BaseException as error:
        _remove_temporaries(target)  # whatever the writer could not remove (a journal, say)
        converted = _as_build_error(error, target) if isinstance(error, Exception) else None
        if converted is not None:
            raise converted from None
        raise
    finally:
        lock.release()
