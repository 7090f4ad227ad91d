"""The one kind of error a user sees: a bad input, named precisely."""

from __future__ import annotations

import errno
import os

# What the operating system's refusals mean to someone running a build.
_OS_PROBLEMS = {
    errno.ELOOP: "a symbolic link that loops (it points, in the end, back to itself)",
    errno.EISDIR: "a directory, not a file",
    errno.ENOTDIR: "not a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOSPC: "no space left on the device (disk full)",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "a read-only file system",
    errno.EFBIG: "file too large for this file system",
    errno.ENAMETOOLONG: "file name too long",
    errno.EIO: "input/output error (a failing disk or a network file system)",
}


class BuildError(Exception):
    """Bad input. Printed as one line: `error: FILE[:WHERE]: WHAT`."""

    def __init__(self, file: str, problem: str, where: str | None = None):
        self.file = file
        self.problem = problem
        self.where = where
        super().__init__(self.line())

    def line(self) -> str:
        place = f"{self.file}:{self.where}" if self.where else self.file
        return f"error: {place}: {self.problem}"


def os_problem(error: OSError, path: str | os.PathLike | None = None) -> str:
    """A short phrase for an operating-system error, e.g. 'permission denied'."""
    if error.errno == errno.ENOENT and path is not None and os.path.islink(path):
        return "a dangling symbolic link (what it points to does not exist)"
    if error.errno == errno.ENOENT:
        return "no such file or directory"
    known = _OS_PROBLEMS.get(error.errno) if error.errno is not None else None
    return known or error.strerror or str(error)


def from_os_error(error: OSError, path: str | os.PathLike, doing: str | None = None) -> BuildError:
    """A BuildError naming PATH (the file the user gave), for an OSError met while DOING."""
    problem = os_problem(error, path)
    return BuildError(str(path), f"{problem} ({doing})" if doing else problem)
