from __future__ import annotations

import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from loaders.build import build

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
FIXTURE_ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def query(db_path: Path, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="session", autouse=True)
def ctrl_c_as_in_a_terminal() -> None:
    """Tests that press Ctrl-C on a build need the build to start as a terminal's foreground job
    does, with SIGINT at its default. A test run started in the background by a shell without job
    control (`pytest &`) inherits SIGINT ignored, its builds with it, and a build then rightly leaves
    Ctrl-C ignored and runs to the end. A Python handler here is reset to the default in every child."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """The seeds, built once, as xiaomi.db (Datasette names the database by the file)."""
    path = tmp_path_factory.mktemp("seeds") / "xiaomi.db"
    build(SEEDS, path)
    return path


@pytest.fixture(scope="session")
def fixtures_db(tmp_path_factory) -> Path:
    """The project's own test articles (other companies, currencies, quoting styles)."""
    path = tmp_path_factory.mktemp("fixtures") / "fixtures.db"
    build(FIXTURE_ARTICLES, path)
    return path


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the seed folder, for tests that add or break files."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
