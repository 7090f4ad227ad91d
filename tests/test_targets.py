"""--db: a path or a SQLAlchemy URL, and one clear line when a database cannot be opened."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.engine import database_url, dialect_name, is_url, sqlite_path
from loaders.__main__ import main
from loaders.build import build
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    ("target", "url", "dialect", "file"),
    [
        ("xiaomi.db", "sqlite:///xiaomi.db", "sqlite", Path("xiaomi.db")),
        ("/data/news.db", "sqlite:////data/news.db", "sqlite", Path("/data/news.db")),
        ("sqlite:////data/news.db", "sqlite:////data/news.db", "sqlite", Path("/data/news.db")),
        ("postgresql+psycopg://me@/news?host=/run/pg", "postgresql+psycopg://me@/news?host=/run/pg", "postgresql", None),
        ("postgresql://me:secret@db.internal:5432/news", "postgresql://me:secret@db.internal:5432/news", "postgresql", None),
    ],
)
def test_a_target_is_a_path_or_a_url(target, url, dialect, file):
    assert is_url(target) == (target != str(file))
    assert database_url(target) == url
    assert dialect_name(target) == dialect
    assert sqlite_path(target) == file


def test_a_sqlite_url_builds_like_a_path(tmp_path, seeds_db):
    target = tmp_path / "by-url.db"
    build(SEEDS, f"sqlite:///{target}")
    assert target.read_bytes() == seeds_db.read_bytes()
    assert (tmp_path / "datapackage.json").is_file()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql+psycopg://me@/news?host=/nonexistent-socket-dir", r"cannot connect: .*nonexistent-socket-dir"),
        ("postgresql+pg8000://me@localhost/news", r"the database driver pg8000 is not installed"),
    ],
)
def test_a_database_that_cannot_be_opened_is_one_line_and_exit_2(capsys, url, problem):
    assert main(["build", "--seeds", str(SEEDS), "--db", url, "--quiet"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("error: postgresql+")
    assert re.search(problem, line), line


def test_a_password_in_the_url_is_not_printed(capsys):
    assert main(["export", "--from", "postgresql+psycopg://me:hunter2@/news?host=/nonexistent-socket-dir", "--db", "x.db"]) == 2
    err = capsys.readouterr().err
    assert "hunter2" not in err and "cannot connect" in err


def test_export_writes_nothing_when_the_source_cannot_be_read(tmp_path):
    target = tmp_path / "x.db"
    assert main(["export", "--from", "postgresql+psycopg://me@/news?host=/nonexistent-socket-dir", "--db", str(target)]) == 2
    assert list(tmp_path.iterdir()) == []
