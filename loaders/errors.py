"""The one kind of error a user sees: a bad input, named precisely."""
from __future__ import annotations


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
