"""Stage 1, read: the seed folder's article files, validated, in sorted order."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import BuildError


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
    # Text-mode newlines, as Python's read_text gives them: "\r\n" and "\r" become "\n".
    return decoded.replace("\r\n", "\n").replace("\r", "\n")


def read_seed_files(seeds_dir: Path) -> list[SeedFile]:
    if not seeds_dir.is_dir():
        raise BuildError(str(seeds_dir), "no such directory")
    paths = sorted(seeds_dir.glob("*.txt"))
    if not paths:
        raise BuildError(str(seeds_dir), "no article files (*.txt) in this directory")
    seen: dict[str, Path] = {}
    files = []
    for path in paths:
        raw = path.read_bytes()
        text = _decode(path, raw)
        if not text.strip():
            raise BuildError(str(path), "empty article (no text)")
        digest = hashlib.sha256(raw).hexdigest()
        if digest in seen:
            raise BuildError(str(path), f"same content as {seen[digest]}: one article, two files")
        seen[digest] = path
        files.append(SeedFile(id=path.stem, file_name=path.name, text=text, sha256=digest))
    return files
