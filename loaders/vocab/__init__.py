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
