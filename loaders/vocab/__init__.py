"""Vocabulary as data: the word lists and cue patterns the extractors use.

Each list lives in one YAML file beside this module (see README.md here for
what each is for and where it came from). `load(name)` reads a file once and
checks its shape, naming the file and key on bad data; the helpers below turn
lists into regex alternations, keeping the file's order (a regex alternation
tries its branches in order, so longer phrases are listed before their
prefixes).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).resolve().parent


class VocabularyError(ValueError):
    """A vocabulary file that does not have the shape its readers expect."""


@cache
def load(name: str) -> dict[str, Any]:
    path = VOCAB_DIR / f"{name}.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise VocabularyError(f"{path}: cannot read vocabulary: {error}") from error
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping of lists at the top level")
    return data


def words(name: str, key: str) -> tuple[str, ...]:
    """A list of non-empty strings under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}' must be a non-empty list of non-empty strings")
    return tuple(value)


def mapping(name: str, key: str) -> dict[str, str]:
    """A mapping of strings to strings under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}' must be a mapping of strings to strings")
    return dict(value)


def alternation(entries: tuple[str, ...] | list[str]) -> str:
    """A non-capturing regex alternation of literal phrases, in the given order."""
    return "(?:" + "|".join(re.escape(entry) for entry in entries) + ")"


def word_start_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled, with a cheap test in front (a word boundary, then a
    word character) where every match of it provably begins so: the engine then
    tries a long alternation only where a word begins, not at every character.
    The matches are the same; a pattern the proof cannot read is compiled as is."""
    try:
        begins_a_word = _begins_a_word(re._parser.parse(pattern, flags).data, False)  # type: ignore[attr-defined]
        if begins_a_word:
            return re.compile(rf"\b(?=\w)(?:{pattern})", flags)
    except (AttributeError, re.error):  # a Python without this parser, or global flags not at the start
        pass
    return re.compile(pattern, flags)


def _begins_a_word(items: list, boundary: bool) -> bool:
    """Whether every match of the parsed items asserts a word boundary and then consumes a word
    character first (`boundary`: a boundary is asserted before them). False when unsure."""
    constants = re._constants  # type: ignore[attr-defined]
    for op, argument in items:
        if op is constants.AT and argument is constants.AT_BOUNDARY:
            boundary = True
            continue
        if op is constants.LITERAL:
            return boundary and re.fullmatch(r"\w", chr(argument)) is not None
        if op is constants.IN:
            return boundary and all(_word_member(member, value) for member, value in argument)
        if op is constants.BRANCH:
            return all(_begins_a_word(branch, boundary) for branch in argument[1])
        if op is constants.SUBPATTERN:
            _group, add_flags, _del_flags, inner = argument
            return not add_flags & (re.ASCII | re.LOCALE) and _begins_a_word(inner.data, boundary)
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            low, _high, inner = argument
            if not _begins_a_word(inner.data, boundary):
                return False
            if low >= 1:
                return True
            continue  # it may match nothing: then what follows begins the match
        if op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT):
            continue  # a look-around or an anchor consumes nothing: the match begins after it
        return False
    return False


def _word_member(member: object, value: object) -> bool:
    """A member of a character set that matches only word characters."""
    constants = re._constants  # type: ignore[attr-defined]
    if member is constants.LITERAL:
        return re.fullmatch(r"\w", chr(value)) is not None  # type: ignore[arg-type]
    if member is constants.RANGE:
        bounds: tuple[int, int] = value  # type: ignore[assignment]
        return any(first <= bounds[0] <= bounds[1] <= last for first, last in ((48, 57), (65, 90), (97, 122)))
    return member is constants.CATEGORY and value in (constants.CATEGORY_WORD, constants.CATEGORY_DIGIT)


def required_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters of which every match of `pattern` holds at least one (caseless ones only:
    punctuation, digits), or None when the parse proves no such set. A text holding none of
    them cannot match: a cheap test before an expensive pattern."""
    try:
        return _required(re._parser.parse(pattern, flags).data)  # type: ignore[attr-defined]
    except (AttributeError, re.error):
        return None


def _required(items: list) -> frozenset[str] | None:
    constants = re._constants  # type: ignore[attr-defined]
    best: frozenset[str] | None = None
    for op, argument in items:
        found: frozenset[str] | None = None
        if op is constants.LITERAL:
            char = chr(argument)
            found = frozenset(char) if char.lower() == char.upper() else None
        elif op is constants.IN and all(member is constants.LITERAL for member, _ in argument):
            chars = frozenset(chr(value) for _, value in argument)
            found = chars if all(char.lower() == char.upper() for char in chars) else None
        elif op is constants.BRANCH:
            branches = [_required(branch) for branch in argument[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        elif op is constants.SUBPATTERN:
            found = _required(argument[3].data)
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and argument[0] >= 1:
            found = _required(argument[2].data)
        if found is not None and (best is None or len(found) < len(best)):
            best = found  # one item that must match is enough; the fewest characters test fastest
    return best
