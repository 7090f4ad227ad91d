"""Bounds on what one SQL call may cost on the server's connections.

Datasette's time limit is checked between SQLite's steps, so a single call
that runs for seconds holds one of its few SQL threads that long. Three
kinds of call can: one that builds a huge value (bounded by SQLite's own
limits, below), printf/format with a huge width or precision (SQLite pads
one character at a time even past its length limit), and instr on two long
strings (SQLite compares the needle at every position). printf and format
are checked and then run by SQLite itself; instr is Python's str.find,
which stays linear.
"""

from __future__ import annotations

import re
import sqlite3

# No single value (string, blob, SQL text, LIKE pattern) may grow past these.
CONNECTION_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: 32 * 1024 * 1024,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 1_000,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 100,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
}
MAX_PRINTF_WIDTH = 100_000

# One printf conversion: flags, width (digits or *), precision, length, type.
_CONVERSION_RE = re.compile(r"%([-+ 0#,!]*)(\*|[0-9]+)?(?:\.(\*|[0-9]+))?(?:ll|l)?(.?)")
_LEADING_INTEGER_RE = re.compile(r"\s{0,50}([-+]?[0-9]{1,30})")


def _as_integer(value: object) -> int:
    """How SQLite reads a width argument: numbers as they are, text by its leading digits."""
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str):
        match = _LEADING_INTEGER_RE.match(value)
        return int(match.group(1)) if match else 0
    return 0


def printf_is_bounded(format_string: object, arguments: tuple[object, ...]) -> bool:
    """False if any conversion asks for a width or precision over the bound."""
    if not isinstance(format_string, str):
        return True
    next_argument = 0
    for match in _CONVERSION_RE.finditer(format_string):
        _, width, precision, conversion = match.groups()
        for size in (width, precision):
            if size == "*":
                value = arguments[next_argument] if next_argument < len(arguments) else 0
                next_argument += 1
                if abs(_as_integer(value)) > MAX_PRINTF_WIDTH:
                    return False
            elif size is not None and (len(size) > 9 or int(size) > MAX_PRINTF_WIDTH):
                return False
        if conversion != "%":
            next_argument += 1
    return True


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def instr(haystack: object, needle: object) -> int | None:
    """SQLite's instr: the 1-based place of needle in haystack, 0 if absent
    (characters for text, bytes when both are blobs)."""
    if haystack is None or needle is None:
        return None
    if isinstance(haystack, bytes) and isinstance(needle, bytes):
        return haystack.find(needle) + 1
    return _text(haystack).find(_text(needle)) + 1


def bound_connection(connection: sqlite3.Connection) -> None:
    """Apply the limits and the checked functions to one connection."""
    for limit, value in CONNECTION_LIMITS.items():
        connection.setlimit(limit, value)
    # SQLite's own printf, on a private connection with the same limits, once its sizes are checked.
    engine = sqlite3.connect(":memory:", check_same_thread=False)
    engine.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, CONNECTION_LIMITS[sqlite3.SQLITE_LIMIT_LENGTH])

    too_long = CONNECTION_LIMITS[sqlite3.SQLITE_LIMIT_LENGTH] + 1

    def printf(format_string: object, *arguments: object) -> str | bytes | int | float | None:
        if not printf_is_bounded(format_string, arguments):
            # A value past the length limit: SQLite refuses it ("string or blob too big")
            # before copying it; the zeroed bytes are never touched, so never made resident.
            return bytes(too_long)
        placeholders = ", ".join("?" * (1 + len(arguments)))
        result: str | None = engine.execute(f"SELECT printf({placeholders})", (format_string, *arguments)).fetchone()[0]
        return result

    for name in ("printf", "format"):
        connection.create_function(name, -1, printf, deterministic=True)
    connection.create_function("instr", 2, instr, deterministic=True)
