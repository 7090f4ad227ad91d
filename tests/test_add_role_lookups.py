"""A quote whose speaker is looked up by a title at a named organisation ("Kestrel Freight's chief
executive said") is recorded as that lookup, not the title alone: an added article giving someone
the title at another organisation reads none of those articles again, and stays in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from loaders import build as build_module
from loaders.build import add, build
from loaders.executors import SerialExecutor
from loaders.extract.quotes import RoleIndex
from loaders.extract.quotes.speakers import LOOKUP_AT
from loaders.incremental import add_in_place
from loaders.progress import Progress
from tests.test_add_oracle import content

BASE = {
    "a1_kestrel_roles.txt": (
        "Kestrel Freight names new chief\n\n"
        "Kestrel Freight said on Monday that Maria Lund, its chief executive, would lead the expansion.\n\n"
        "\u201cWe will open three depots this year,\u201d said Maria Lund, chief executive of Kestrel Freight.\n"
    ),
    "a2_kestrel_quote.txt": (
        "Kestrel Freight expands in the north\n\n"
        "Kestrel Freight opened a depot in Tromsø on Tuesday.\n\n"
        "\u201cThe north is where our customers are,\u201d Kestrel Freight's chief executive said.\n"
    ),
    "a3_orvale_quote.txt": (
        "Orvale Mills raises prices\n\n"
        "Orvale Mills raised flour prices by 5 percent on Wednesday.\n\n"
        "\u201cWheat has never cost more,\u201d Orvale Mills' chief executive said.\n"
    ),
}
# Gives the title at a third organisation: no article asked about that one.
ELSEWHERE = (
    "Harlow Air hires a new chief\n\n"
    "Harlow Air said on Thursday that Tom Reed would join as chief executive of Harlow Air in May.\n\n"
    "\u201cWe are ready to grow,\u201d said Tom Reed, chief executive of Harlow Air.\n"
)
# Gives the title at an organisation an article asked about: that article's speaker changes.
ASKED_FOR = (
    "Orvale Mills appoints a chief\n\n"
    "Orvale Mills said on Friday that Ruth Okafor had become chief executive of Orvale Mills.\n\n"
    "\u201cWe bake for everyone,\u201d said Ruth Okafor, chief executive of Orvale Mills.\n"
)


class _Recorded(Progress):
    def __init__(self) -> None:
        super().__init__(enabled=False)
        self.messages: list[str] = []

    def step(self, message: str) -> None:
        self.messages.append(message)


@pytest.fixture
def routes(monkeypatch) -> list[str]:
    taken: list[str] = []

    def recorded(*args, **kwargs):
        result = add_in_place(*args, **kwargs)
        taken.append("in place")
        return result

    monkeypatch.setattr(build_module, "add_in_place", recorded)
    return taken


def _folder(path: Path, files: dict[str, str]) -> Path:
    path.mkdir()
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def _lookups(db: Path) -> set[tuple[str, str]]:
    connection = sqlite3.connect(db)
    try:
        return set(connection.execute("SELECT key, article_id FROM corpus_index WHERE kind = 'role lookup'"))
    finally:
        connection.close()


def test_a_lookup_at_a_named_organisation_is_recorded_with_it():
    roles = RoleIndex([("maria-lund", "chief executive", "Kestrel Freight")]).recording()
    assert roles.holders("chief executive", "Kestrel Freight") == ["maria-lund"]
    assert roles.holders("executive", None) == ["maria-lund"]
    assert roles.asked == {"chief executive" + LOOKUP_AT + "Kestrel Freight", "executive"}


@pytest.mark.parametrize(
    "new, read_again, speaker_changes",
    [
        (ELSEWHERE, set(), False),  # another organisation's chief executive: no lookup it answers
        (ASKED_FOR, {"a3_orvale_quote"}, True),  # the one article asking about Orvale Mills' is read again
    ],
)
def test_an_added_holder_reads_again_only_the_articles_asking_at_its_organisation(
    tmp_path, routes, new, read_again, speaker_changes
):
    base = _folder(tmp_path / "base", BASE)
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(base, db, executor=SerialExecutor())
    assert _lookups(db) == {
        ("chief executive" + LOOKUP_AT + "Kestrel Freight", "a2_kestrel_quote"),
        ("chief executive" + LOOKUP_AT + "Orvale Mills", "a3_orvale_quote"),
    }
    extra = _folder(tmp_path / "extra", {"b1_new.txt": new})
    progress = _Recorded()
    add([extra / "b1_new.txt"], base, db, progress, executor=SerialExecutor())
    assert routes == ["in place"]
    assert f"quotes and rows of {1 + len(read_again)} articles ({len(read_again)} read again)" in progress.messages
    enlarged = _folder(tmp_path / "enlarged", {**BASE, "b1_new.txt": new})
    build(enlarged, full, executor=SerialExecutor())
    assert content(db) == content(full)
    speakers = {row[0]: row[1] for row in sqlite3.connect(db).execute("SELECT article_id, speaker_id FROM quotes")}
    assert (speakers["a3_orvale_quote"] is not None) == speaker_changes
