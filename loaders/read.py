"""Stage 1, read: the seed folder's article files, validated, in sorted order."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import BuildError, from_os_error

# Far above any news article (a long feature is ~100 KB), far below what would
# make a build crawl or exhaust memory. `--max-article-bytes` changes it.
DEFAULT_MAX_ARTICLE_BYTES = 5_000_000

BYTE_ORDER_MARK = "\ufeff"


@dataclass(frozen=True)
class SeedFile:
    id: str  # file name without .txt
    file_name: str
    text: str
    sha256: str  # of the file's bytes


def _decode(path: Path, raw: bytes) -> str:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise BuildError(str(path), f"not UTF-8 ({error.reason})", where=f"byte {error.start} (line {line})") from None
    if "\x00" in decoded:
        offset = raw.index(b"\x00")
        raise BuildError(str(path), "contains a NUL byte: not a plain-text article", where=f"byte {offset}")
    # A byte-order mark is an encoding signature, not text: removed before anything reads the text.
    decoded = decoded.removeprefix(BYTE_ORDER_MARK)
    # Text-mode newlines, as Python's read_text gives them: "\r\n" and "\r" become "\n".
    return decoded.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a symlink loop, a dangling link, a directory, a device,
    an unreadable or an oversized file is refused with one line naming it."""
    # os calls on the path's string, not Path methods: a third of the reading's time at 100,000 files.
    name = os.fspath(path)
    try:
        info = os.stat(name)  # before opening: opening a pipe would wait for a writer
        if stat.S_ISDIR(info.st_mode):
            raise BuildError(name, "a directory, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise BuildError(name, "not a regular file (a pipe, socket or device)")
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        with open(name, "rb", buffering=0) as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat
            while len(raw) <= max_bytes and (more := handle.read(max_bytes + 1 - len(raw))):
                raw += more  # a short read (a file still being written)
    except OSError as error:
        raise from_os_error(error, path) from None
    if len(raw) > max_bytes:
        raise _too_large(path, len(raw), max_bytes)
    return raw


def _too_large(path: Path, size: int, max_bytes: int) -> BuildError:
    return BuildError(
        str(path), f"article of {size} bytes is larger than the limit of {max_bytes} (raise it with --max-article-bytes)"
    )


def _article_paths(seeds_dir: Path) -> list[Path]:
    try:
        if not stat.S_ISDIR(seeds_dir.stat().st_mode):
            raise BuildError(str(seeds_dir), "not a directory")
        # One folder: ordered by name, as paths would be (a string's comparison, not a Path's: a tenth of the time)
        return sorted((path for path in seeds_dir.iterdir() if path.name.endswith(".txt")), key=lambda path: path.name)
    except FileNotFoundError:
        raise BuildError(str(seeds_dir), "no such directory") from None
    except OSError as error:
        raise from_os_error(error, seeds_dir) from None


def read_seed_files(
    seeds_dir: Path, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, keep_text: bool = True
) -> list[SeedFile]:
    paths = _article_paths(seeds_dir)
    if not paths:
        raise BuildError(str(seeds_dir), "no article files (*.txt) in this directory")
    return read_article_files(paths, max_article_bytes, keep_text)


def read_article_files(
    paths: list[Path], max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES, keep_text: bool = True
) -> list[SeedFile]:
    """The given article files, validated, in the given order. Without `keep_text`, each file's text
    is checked and let go (the seeds' text empty): a build reads it again when it extracts it, and
    so never holds the corpus's texts at once."""
    seen: dict[str, Path] = {}
    files = []
    for path in paths:
        raw = _read_bytes(path, max_article_bytes)
        text = _decode(path, raw)
        if not text.strip():
            raise BuildError(str(path), "empty article (no text)")
        # Duplicates are the same text once decoded: a copy saved with CRLF
        # endings or a byte-order mark is still the same article.
        sha256 = hashlib.sha256(raw).hexdigest()
        as_read = b"\r" not in raw and not raw.startswith(BYTE_ORDER_MARK.encode("utf-8"))  # the text is its bytes
        text_digest = sha256 if as_read else hashlib.sha256(text.encode("utf-8")).hexdigest()
        if text_digest in seen:
            raise BuildError(str(path), f"same text as {seen[text_digest]}: one article, two files")
        seen[text_digest] = path
        files.append(SeedFile(id=path.stem, file_name=path.name, text=text if keep_text else "", sha256=sha256))
    return files
