"""Every failure a user can cause: one line on stderr naming the file (and where
in it), exit status 2 (130 for Ctrl-C), no traceback, the database untouched."""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import db.writer
import loaders.build
from loaders.__main__ import main
from loaders.curated import load_curated
from loaders.errors import BuildError
from tests.conftest import PROJECT

ARTICLE = "000_a188cd6fb3fcff5d"


def run_build(seeds: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--seeds", str(seeds), "--db", str(db), *extra],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def previous_db(seeds_db, tmp_path) -> Path:
    """A database already in place, in a folder of its own, that a failed build must leave alone."""
    folder = tmp_path / "out"
    folder.mkdir()
    db = folder / "xiaomi.db"
    shutil.copyfile(seeds_db, db)
    return db


def assert_one_line_and_nothing_changed(
    returncode: int, stderr: str, db: Path, before: bytes, *expected: str, status: int = 2
) -> None:
    assert returncode == status, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    for part in expected:
        assert part in lines[0], lines[0]
    assert db.read_bytes() == before
    assert sorted(path.name for path in db.parent.iterdir()) == [db.name], "temporary files or lock left behind"


# (name, how to break the seed folder, --db relative to the previous database's folder, what the line says)
def _loop(seeds):
    (seeds / "loop.txt").symlink_to("loop.txt")


def _dangling(seeds):
    (seeds / "gone.txt").symlink_to("nowhere.txt")


def _directory(seeds):
    (seeds / "x.txt").mkdir()


def _write(name: str, text: str):
    def write(seeds):
        (seeds / name).write_text(text, encoding="utf-8")

    return write


def _crlf_copy(seeds):
    original = (seeds / f"{ARTICLE}.txt").read_bytes()
    (seeds / "copy.txt").write_bytes(original.replace(b"\n", b"\r\n"))


def _bom_copy(seeds):
    (seeds / "copy.txt").write_bytes(b"\xef\xbb\xbf" + (seeds / f"{ARTICLE}.txt").read_bytes())


CLI_CASES = [
    ("symlink loop", _loop, [], ["loop.txt:", "symbolic link that loops"]),
    ("dangling symlink", _dangling, [], ["gone.txt:", "dangling symbolic link"]),
    ("directory named x.txt", _directory, [], ["x.txt:", "a directory, not an article file"]),
    (
        "catalogue section not a list",
        _write("catalogue.yml", "organisations: 5\n"),
        [],
        ["catalogue.yml:line 1, column 16:", "organisations: expected a list", "found a number"],
    ),
    (
        "catalogue section is text",
        _write("catalogue.yml", "people: Jane Roe\n"),
        [],
        ["catalogue.yml:line 1, column 9:", "people: expected a list", "found text"],
    ),
    (
        "catalogue entry without name",
        _write("catalogue.yml", "organisations:\n  - name: Acme\n  - aliases: [Acme Co]\n"),
        [],
        ["catalogue.yml:line 3, column 5:", "no 'name'"],
    ),
    (
        "empty alias",
        _write("catalogue.yml", "organisations:\n  - name: Acme\n    aliases: [Acme Co, '']\n"),
        [],
        ["catalogue.yml:line 3, column 24:", "alias: empty"],
    ),
    (
        "month 13",
        _write("articles.yml", f"{ARTICLE}:\n  published: 2016-13-45\n"),
        [],
        ["articles.yml:line 2, column 14:", "'2016-13-45' is not a calendar date"],
    ),
    (
        "30 February",
        _write("articles.yml", f"{ARTICLE}:\n  outlet: The Ledger\n  published: 2016-02-30\n"),
        [],
        ["articles.yml:line 3, column 14:", "'2016-02-30' is not a calendar date"],
    ),
    (
        "published not a date",
        _write("articles.yml", f"{ARTICLE}:\n  published: not a date\n"),
        [],
        ["articles.yml:line 2, column 14:", "'not a date' is not a calendar date"],
    ),
    (
        "integer article id",
        _write("articles.yml", "123:\n  outlet: The Ledger\n"),
        [],
        ["articles.yml:line 1, column 1:", "article id 123 is a number, not text", "'123'"],
    ),
    (
        "article too large",
        lambda seeds: None,
        ["--max-article-bytes", "1000"],
        [f"{ARTICLE}.txt:", "larger than the limit of 1000", "--max-article-bytes"],
    ),
    ("named pipe named x.txt", lambda seeds: os.mkfifo(seeds / "x.txt"), [], ["x.txt:", "not a regular file"]),
    (
        "catalogue.yml is a folder",
        lambda seeds: [(seeds / "catalogue.yml").unlink(), (seeds / "catalogue.yml").mkdir()],
        [],
        ["catalogue.yml:", "a directory"],
    ),
    ("CRLF copy is a duplicate", _crlf_copy, [], ["copy.txt:", "same text as", f"{ARTICLE}.txt"]),
    ("BOM copy is a duplicate", _bom_copy, [], ["copy.txt:", "same text as"]),
]


@pytest.mark.parametrize(("case", "breaking", "extra", "expected"), CLI_CASES, ids=[case[0] for case in CLI_CASES])
def test_cli_refuses_bad_input_in_one_line(seeds_copy, previous_db, capsys, case, breaking, extra, expected):
    before = previous_db.read_bytes()
    breaking(seeds_copy)
    status = main(["build", "--seeds", str(seeds_copy), "--db", str(previous_db), "--quiet", *extra])
    assert_one_line_and_nothing_changed(status, capsys.readouterr().err, previous_db, before, *expected)


def test_the_installed_command_too(seeds_copy, previous_db):
    """The same, end to end through `python -m loaders` (exit status, no traceback)."""
    before = previous_db.read_bytes()
    _loop(seeds_copy)
    result = run_build(seeds_copy, previous_db)
    assert_one_line_and_nothing_changed(result.returncode, result.stderr, previous_db, before, "loop.txt:")


@pytest.mark.parametrize(
    ("seeds", "db", "expected"),
    [
        ("a-file", "out/xiaomi.db", "a-file: not a directory"),
        ("nowhere", "out/xiaomi.db", "nowhere: no such directory"),
        ("seeds", "a-file/xiaomi.db", "a-file/xiaomi.db: not a directory"),
    ],
)
def test_paths_that_cannot_be_used(seeds_copy, tmp_path, capsys, seeds, db, expected):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    status = main(["build", "--seeds", str(tmp_path / seeds), "--db", str(tmp_path / db), "--quiet"])
    assert status == 2
    assert capsys.readouterr().err.strip().splitlines() == [f"error: {tmp_path / expected}"]


def test_db_naming_a_folder_is_refused_before_extraction(seeds_copy, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    monkeypatch.setattr(loaders.build, "load_corpus", _must_not_run)
    assert main(["build", "--seeds", str(seeds_copy), "--db", str(folder), "--quiet"]) == 2
    line = capsys.readouterr().err.strip()
    assert line == f"error: {folder}: a directory; --db names the database file to write"
    assert list(folder.iterdir()) == []


def _must_not_run(*_args, **_kwargs):
    raise AssertionError("the long work started before the target was checked")


# Failures of the environment, simulated in-process (the tests may run as root,
# for whom permissions do not apply): the call the kernel would refuse raises.
def _refuse_opening(monkeypatch, inside: Path, error_number: int):
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if Path(path).parent == inside:
            raise OSError(error_number, os.strerror(error_number), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


def _refuse_reading(monkeypatch, name: str):
    real_open = io.open

    def refusing_open(file, *args, **kwargs):
        if Path(str(file)).name == name:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", refusing_open)  # Path.open
    monkeypatch.setattr(builtins, "open", refusing_open)


def _raise(error: BaseException):
    def raising(*_args, **_kwargs):
        raise error

    return raising


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("unreadable file", [f"{ARTICLE}.txt: permission denied"]),
        ("read-only folder", ["out: cannot write the database here: a read-only file system"]),
        ("folder without write permission", ["out: cannot write the database here: permission denied"]),
        ("disk full while writing rows", ["xiaomi.db", "no space left on the device (disk full)"]),
        ("disk full in SQLite", ["xiaomi.db: could not write the database (database or disk is full)"]),
    ],
)
def test_environment_failures_are_one_line(seeds_copy, previous_db, monkeypatch, capsys, case, expected):
    before = previous_db.read_bytes()
    if case == "unreadable file":
        _refuse_reading(monkeypatch, f"{ARTICLE}.txt")
    elif case == "read-only folder":
        monkeypatch.setattr(loaders.build, "load_corpus", _must_not_run)
        _refuse_opening(monkeypatch, previous_db.parent, errno.EROFS)
    elif case == "folder without write permission":
        monkeypatch.setattr(loaders.build, "load_corpus", _must_not_run)
        _refuse_opening(monkeypatch, previous_db.parent, errno.EACCES)
    elif case == "disk full while writing rows":
        monkeypatch.setattr(db.writer, "write_rows", _raise(OSError(errno.ENOSPC, "No space left on device")))
    else:
        monkeypatch.setattr(db.writer, "finish_database", _raise(sqlite3.OperationalError("database or disk is full")))
    status = main(["build", "--seeds", str(seeds_copy), "--db", str(previous_db), "--quiet"])
    monkeypatch.undo()
    assert_one_line_and_nothing_changed(status, capsys.readouterr().err, previous_db, before, *expected)


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root (simulated above)")
def test_real_permissions(seeds_copy, previous_db):
    before = previous_db.read_bytes()
    (seeds_copy / f"{ARTICLE}.txt").chmod(0)
    result = run_build(seeds_copy, previous_db)
    assert_one_line_and_nothing_changed(result.returncode, result.stderr, previous_db, before, "permission denied")
    (seeds_copy / f"{ARTICLE}.txt").chmod(0o644)
    previous_db.parent.chmod(0o555)
    try:
        result = run_build(seeds_copy, previous_db)
        assert_one_line_and_nothing_changed(
            result.returncode, result.stderr, previous_db, before, "cannot write the database here"
        )
    finally:
        previous_db.parent.chmod(0o755)


def test_ctrl_c_is_one_line_and_exit_130(seeds_copy, previous_db, monkeypatch, capsys):
    before = previous_db.read_bytes()
    monkeypatch.setattr(db.writer, "write_rows", _raise(KeyboardInterrupt()))
    status = main(["build", "--seeds", str(seeds_copy), "--db", str(previous_db), "--quiet"])
    assert_one_line_and_nothing_changed(
        status, capsys.readouterr().err, previous_db, before, "interrupted: nothing was changed", status=130
    )


@pytest.mark.parametrize(("sent", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 128 + signal.SIGTERM)])
def test_a_real_signal_mid_build_is_one_line_and_leaves_nothing(seeds_copy, previous_db, sent, status):
    before = previous_db.read_bytes()
    original = (seeds_copy / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    for number in range(40):  # enough articles that the build is surely still running when signalled
        (seeds_copy / f"more_{number:02}.txt").write_text(f"{original}\nNote {number}.\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "loaders", "build", "--seeds", str(seeds_copy), "--db", str(previous_db), "--quiet"],
        cwd=PROJECT,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = previous_db.parent / f".{previous_db.name}.lock"
    deadline = time.monotonic() + 30
    while not lock.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # well into the extraction
    process.send_signal(sent)
    _, stderr = process.communicate(timeout=60)
    said = "interrupted" if sent == signal.SIGINT else "terminated"
    assert_one_line_and_nothing_changed(
        process.returncode, stderr, previous_db, before, f"{said}: nothing was changed", status=status
    )


# The curated files' schema, checked directly: (file, content, where, what).
CURATED_CASES = [
    ("catalogue.yml", "organisations:\n  - name: Acme\n    aliases: [' ']\n", "line 3, column 15", "alias: empty"),
    ("catalogue.yml", "organisations:\n  - name: ''\n", "line 2, column 11", "name: empty"),
    ("catalogue.yml", "organisations:\n  - name: 1984\n", "line 2, column 11", "expected text, found a number (put it in quotes"),
    ("catalogue.yml", "organisations:\n  - Acme\n", "line 2, column 5", "expected a mapping"),
    ("catalogue.yml", "organizations:\n  - name: Acme\n", "line 1, column 1", "unknown section 'organizations'"),
    ("catalogue.yml", "organisations:\n  - name: Acme\n    alias: [Acme Co]\n", "line 3, column 5", "unknown key 'alias'"),
    (
        "catalogue.yml",
        "products:\n  - {name: Widget, kind: gadget}\n",
        "line 2, column 26",
        "'gadget' is not one of product, category",
    ),
    ("catalogue.yml", "people:\n  - name: Jane Roe\n    roles: [{organisation: Acme}]\n", "line 3, column 13", "no 'title'"),
    ("catalogue.yml", "people:\n  - name: Jane Roe\n    aliases: Roe\n", "line 3, column 14", "expected a list"),
    ("catalogue.yml", "- name: Acme\n", "line 1, column 1", "expected a mapping"),
    ("catalogue.yml", "organisations: [\n", "line 2, column 1", "not valid YAML"),
    ("articles.yml", "a:\n  outlet: X\n  outlet: Y\n", "line 3, column 3", "'outlet' is written twice (first at line 2)"),
    ("articles.yml", "a:\n  publshed: 2016-01-01\n", "line 2, column 3", "unknown key 'publshed'"),
    ("articles.yml", "a:\n  published: 2016-01-01 10:00:00\n", "line 2, column 14", "not a calendar date written YYYY-MM-DD"),
    ("articles.yml", "a:\n  published: 20160101\n", "line 2, column 14", "not a calendar date"),
    ("articles.yml", "a:\n  outlet: [The Ledger]\n", "line 2, column 11", "outlet: expected text, found a list"),
    ("articles.yml", "a:\n  outlet: ''\n", "line 2, column 11", "outlet: empty"),
    ("articles.yml", "b:\n  outlet: X\n", "line 1, column 1", "names article 'b', which has no .txt file"),
    ("articles.yml", "a: 5\n", "line 1, column 4", "expected a mapping"),
    ("articles.yml", "2016:\n  outlet: X\n", "line 1, column 1", "article id 2016 is a number, not text"),
]


@pytest.mark.parametrize(("name", "content", "where", "problem"), CURATED_CASES)
def test_curated_file_schema_names_line_and_column(tmp_path, name, content, where, problem):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(BuildError) as raised:
        load_curated(tmp_path, {"a"})
    line = raised.value.line()
    assert line.startswith(f"error: {tmp_path / name}:{where}: "), line
    assert problem in line


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "articles.yml",
            "a:\n  published: 2016-02-29\n  outlet: The Ledger\n  url:\n",
            {"articles": {"a": {"published": "2016-02-29", "outlet": "The Ledger"}}, "catalogue": {}},
        ),
        (
            "articles.yml",
            "'2016':\n  published: '2016-11-25'\n",
            {"articles": {"2016": {"published": "2016-11-25"}}, "catalogue": {}},
        ),
        (
            "catalogue.yml",
            "organisations:\n  - name: Acme\n    aliases:\npeople:\n",
            {"articles": {}, "catalogue": {"organisations": [{"name": "Acme"}], "people": []}},
        ),
        (
            "catalogue.yml",
            "people:\n  - {name: Jane Roe, roles: [{title: chief executive, organisation: Acme}]}\n",
            {
                "articles": {},
                "catalogue": {"people": [{"name": "Jane Roe", "roles": [{"title": "chief executive", "organisation": "Acme"}]}]},
            },
        ),
        ("catalogue.yml", "\ufeff# only a comment\n", {"articles": {}, "catalogue": {}}),
    ],
)
def test_valid_curated_files_load_as_plain_data(tmp_path, name, content, expected):
    (tmp_path / name).write_text(content, encoding="utf-8")
    curated = load_curated(tmp_path, {"a", "2016"})
    assert {"articles": curated.articles, "catalogue": curated.catalogue} == expected
