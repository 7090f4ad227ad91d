"""The claim extractors' vocabulary, read once from loaders/vocab and checked."""
from __future__ import annotations

import re

from loaders.vocab import VOCAB_DIR, VocabularyError, load, mapping, words


def numbers(name: str, key: str) -> dict[str, float]:
    """A mapping of phrases to numbers under `key` in vocabulary file `name`."""
    value = load(name).get(key)
    if not isinstance(value, dict) or not all(isinstance(k, str) and k and isinstance(v, (int, float, str)) for k, v in value.items()):
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}' must be a mapping of phrases to numbers")
    try:
        return {k: float(v) for k, v in value.items()}
    except ValueError as error:
        raise VocabularyError(f"{VOCAB_DIR / name}.yml: key '{key}': {error}") from error


def cue_pattern(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of cue phrases on word boundaries; a trailing `*`
    lets the last word continue ("plummet*": plummeted, plummeting)."""
    branches = [re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in phrases]
    return r"\b(?:" + "|".join(branches) + r")\b"


def cues(key: str) -> str:
    return cue_pattern(words("claim_cues", key))


def metrics() -> list[tuple[str, str]]:
    """(id, regex) of each metric in metrics.yml, in the file's order."""
    entries = load("metrics").get("metrics")
    path = VOCAB_DIR / "metrics.yml"
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"{path}: key 'metrics' must be a non-empty list")
    out = []
    for position, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise VocabularyError(f"{path}: metrics[{position}] needs an 'id'")
        phrases, patterns = entry.get("cues", []), entry.get("patterns", [])
        if not all(isinstance(p, str) and p for p in [*phrases, *patterns]) or not (phrases or patterns):
            raise VocabularyError(f"{path}: metrics[{position}] ({entry['id']}): 'cues'/'patterns' must be non-empty strings")
        try:
            for pattern in patterns:
                re.compile(pattern)
        except re.error as error:
            raise VocabularyError(f"{path}: metrics[{position}] ({entry['id']}): bad pattern: {error}") from error
        out.append((entry["id"], "|".join([*patterns, *([cue_pattern(phrases)] if phrases else [])])))
    return out


SCALES = numbers("numbers", "scales")
FRACTIONS = numbers("numbers", "fractions")
ORDINALS = {k: int(v) for k, v in numbers("numbers", "ordinals").items()}
SMALL_NUMBERS = {k: int(v) for k, v in numbers("numbers", "small").items()}
SYMBOLS = mapping("currencies", "symbols")
CURRENCY_WORDS = mapping("currencies", "words")
ISO_CODES = frozenset(words("currencies", "codes"))
CODE_ALIASES = mapping("currencies", "code_aliases")
