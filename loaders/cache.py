"""The extraction cache: one article's extraction, keyed by the article's
content hash and the extractor's version, kept in the database itself
(table extraction_cache), so that a rebuild reuses the previous database at
PATH and extracts only the articles that are new or changed.

The payload is the article's extraction (everything but quotes, which
depend on the whole corpus's roles) as canonical JSON, zlib-compressed: the
same extraction always gives the same bytes, so a database built from the
cache is the database built without it. JSON, not pickle: a database file may
come from anywhere, and reading it must never run code. Only dataclasses
defined in the project's own modules are rebuilt from it.

The version an entry is valid for is a digest of the loaders package (every
source and data file; the one build_info records) and of the curated
catalogue; any change to either invalidates every entry.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sqlite3
import sys
import zlib
from pathlib import Path
from typing import Any

from loaders.article import ExtractedArticle
from loaders.read import SeedFile

CACHE_TABLE = "extraction_cache"


def cache_version(extractor_version: str, catalogue: object) -> str:
    """The extractor's version (a digest of the loaders' code and data) and
    the curated catalogue it reads: what an entry is valid for."""
    digest = hashlib.sha256(extractor_version.encode() + b"\0")
    digest.update(json.dumps(catalogue, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _dataclass_shape(cls: type) -> tuple[str, tuple[str, ...]] | None:
    """A dataclass's tag and field names (read once per class), or None for another type."""
    if not dataclasses.is_dataclass(cls):
        return None
    return f"{cls.__module__}:{cls.__qualname__}", tuple(field.name for field in dataclasses.fields(cls))


def _encode(value: object) -> object:
    kind = type(value)
    if kind in _PLAIN:  # the commonest values first: exactly these types are never dataclasses
        return value
    if kind is list:
        # Plain items (most of them) are taken as they are here, without a call each.
        return [item if type(item) in _PLAIN else _encode(item) for item in value]  # type: ignore[attr-defined]
    shape = _dataclass_shape(kind)  # type: ignore[arg-type]  # a class is hashable
    if shape is not None:
        tag, names = shape
        encoded: dict[str, object] = {"@": tag}
        for name in names:
            field_value = getattr(value, name)
            encoded[name] = field_value if type(field_value) in _PLAIN else _encode(field_value)
        return encoded
    if isinstance(value, tuple):
        return {"@": "tuple", "items": [_encode(item) for item in value]}
    if isinstance(value, (set, frozenset)):
        return {"@": type(value).__name__, "items": sorted((_encode(item) for item in value), key=json.dumps)}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            return {"@": "dict", "items": [[_encode(k), _encode(v)] for k, v in value.items()]}
        if "@" in value:
            return {"@": "dict", "items": [[k, _encode(v)] for k, v in value.items()]}
        return {key: _encode(item) for key, item in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


@functools.cache
def _project_class(tag: str) -> type:
    module_name, _, qualname = tag.partition(":")
    module = sys.modules.get(module_name) if module_name.split(".")[0] == "loaders" else None
    cls = module
    for part in qualname.split("."):
        cls = getattr(cls, part, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ValueError(f"not a project type: {tag}")
    return cls


def _rebuild(value: dict) -> object:
    """json.loads' object_hook: tagged objects back to tuples, sets, dicts with
    other keys, and the project's dataclasses (inner objects come first)."""
    tag = value.get("@")
    if tag is None:
        return value
    if tag == "tuple":
        return tuple(value["items"])
    if tag in {"set", "frozenset"}:
        return (set if tag == "set" else frozenset)(value["items"])
    if tag == "dict":
        return {key: item for key, item in value["items"]}
    del value["@"]
    for key, item in value.items():
        if type(item) is str and len(item) <= 64:  # names, units, metrics recur across the corpus: one copy each
            value[key] = sys.intern(item)
    cls, names = _project_fields(tag)
    if names is None:
        return cls(**value)
    if tuple(value) != names:  # a payload this program wrote has every field, in order
        raise TypeError(f"{tag}: fields {list(value)}")
    # What __init__ would set, set at once: a frozen class's __init__ sets each field through
    # object.__setattr__, the larger part of reading a payload.
    rebuilt: object = object.__new__(cls)
    rebuilt.__dict__.update(value)
    return rebuilt


@functools.cache
def _project_fields(tag: str) -> tuple[type, tuple[str, ...] | None]:
    """A project dataclass and its field names; None for names when __init__ must run (a __post_init__)."""
    cls = _project_class(tag)
    plain = not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
    return cls, tuple(field.name for field in dataclasses.fields(cls)) if plain else None


def dump(article: ExtractedArticle) -> bytes:
    """The payload: the extraction without the seed (the article row holds
    its text) and without quotes and the titles they looked up (they depend on the corpus)."""
    fields = {
        field.name: getattr(article, field.name)
        for field in dataclasses.fields(article)
        if field.name not in {"seed", "quotes", "role_titles"}
    }
    text = json.dumps(_encode(fields), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 6)


def load(payload: bytes, seed: SeedFile) -> ExtractedArticle:
    """The extraction back; ValueError for a payload this program did not write."""
    try:
        fields = json.loads(zlib.decompress(payload).decode("utf-8"), object_hook=_rebuild)
        return ExtractedArticle(seed=seed, **fields)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, TypeError, AttributeError) as error:
        raise ValueError(f"not an extraction payload: {error}") from None


class PreviousExtractions:
    """The cache a previous build left in the database at PATH: payloads are
    read one at a time, when asked for (nothing when there is no database
    there, or it has no cache, or one from another extractor version)."""

    def __init__(self, db_path: Path | None, version: str):
        self.version = version
        self.connection: sqlite3.Connection | None = None
        self.keys: set[str] = set()
        if db_path is None or not db_path.is_file():
            return
        try:
            self.connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            self.keys = {
                sha
                for (sha,) in self.connection.execute(
                    f"SELECT article_sha256 FROM {CACHE_TABLE} WHERE extractor_version = ?", (version,)
                )
            }
        except sqlite3.Error:
            self.close()
            self.keys = set()

    def get(self, sha256: str) -> bytes | None:
        if sha256 not in self.keys or self.connection is None:
            return None
        row = self.connection.execute(
            f"SELECT payload FROM {CACHE_TABLE} WHERE article_sha256 = ? AND extractor_version = ?", (sha256, self.version)
        ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def plain(value: object) -> Any:
    """A value as `json.loads(plain_text(value))` gives it (lists, dicts with text keys, plain values),
    made directly: no JSON text written and read back."""
    return _encode(value)


def plain_text(value: object) -> str:
    """A value as the canonical JSON text `dump_value` compresses (a part of a record stored apart:
    `json.dumps` of `load_plain`'s part of a record, with these separators, gives the same text)."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dump_value(value: object) -> bytes:
    """Any value the cache can hold (the project's dataclasses, lists, dicts), as canonical
    compressed JSON: the per-article records of the corpus-wide steps (loaders/incremental.py)."""
    text = json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 6)


def load_plain(payload: bytes) -> object:
    """dump_value's JSON as json.loads gives it, nothing rebuilt (`rebuilt` makes a part of it what
    load_value makes of it: a reader wanting a few of a record's values makes those only)."""
    try:
        return json.loads(zlib.decompress(payload).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a record payload: {error}") from None


def rebuilt(value: object) -> object:
    """A part of `load_plain`'s value as load_value gives it (the hook applied to every object, inner ones first)."""
    kind = type(value)
    if kind is dict:
        return _rebuild({key: rebuilt(item) for key, item in value.items()})  # type: ignore[attr-defined]
    if kind is list:
        return [rebuilt(item) for item in value]  # type: ignore[attr-defined]
    return value


def load_value(payload: bytes) -> object:
    """dump_value's value back; ValueError for bytes it did not write."""
    try:
        return json.loads(zlib.decompress(payload).decode("utf-8"), object_hook=_rebuild)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, TypeError, AttributeError) as error:
        raise ValueError(f"not a record payload: {error}") from None
