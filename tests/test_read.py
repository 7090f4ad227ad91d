"""Bad input: one clear line naming the file (and where), a non-zero exit, nothing lost."""

from __future__ import annotations

import subprocess
import sys

import pytest

from loaders.errors import BuildError
from loaders.read import read_seed_files
from tests.conftest import PROJECT


def run_build(seeds, db):
    return subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--seeds", str(seeds), "--db", str(db)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )


def test_reads_txt_files_in_sorted_order_and_ignores_other_files(tmp_path):
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [seed.id for seed in read_seed_files(tmp_path)] == ["a", "b"]


def test_crlf_is_read_as_python_text_mode_reads_it(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    (seed,) = read_seed_files(tmp_path)
    assert seed.text == (tmp_path / "a.txt").read_text(encoding="utf-8") == "Line one.\nLine two.\n"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.txt": b"Fine text.", "bad.txt": b"Caf\xe9 au lait.\nSecond line."}, "bad.txt:byte 3 (line 1): not UTF-8"),
        ({"bad.txt": b"First line.\nSecond \xff line."}, "bad.txt:byte 19 (line 2): not UTF-8"),
        ({"empty.txt": b""}, "empty.txt: empty article"),
        ({"blank.txt": b"  \n\n \t\n"}, "blank.txt: empty article"),
        ({"nul.txt": b"Text\x00with a NUL"}, "nul.txt:byte 4: contains a NUL byte"),
        ({"a.txt": b"Same words.", "b.txt": b"Same words."}, "b.txt: same text as"),
        ({"readme.md": b"no articles here"}, "no article files (*.txt)"),
    ],
)
def test_bad_input_is_named_with_file_and_place(tmp_path, files, message):
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    with pytest.raises(BuildError) as raised:
        read_seed_files(tmp_path)
    assert message in raised.value.line()
    assert raised.value.line().startswith("error: ")


def test_missing_directory(tmp_path):
    with pytest.raises(BuildError, match="no such directory"):
        read_seed_files(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.txt", b"Good start.\n\xc3\x28 bad", "broken.txt:byte 12 (line 2): not UTF-8"),
        ("empty.txt", b"", "empty.txt: empty article"),
        ("000_a188cd6fb3fcff5d copy.txt", None, "same text as"),
    ],
)
def test_cli_bad_input_exits_nonzero_with_one_line_and_keeps_previous_database(seeds_copy, tmp_path, name, content, expected):
    db = tmp_path / "xiaomi.db"
    assert run_build(seeds_copy, db).returncode == 0
    before = db.read_bytes()

    if content is None:  # a duplicate of an existing article
        content = (seeds_copy / "000_a188cd6fb3fcff5d.txt").read_bytes()
    (seeds_copy / name).write_bytes(content)
    result = run_build(seeds_copy, db)

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0] and name in lines[0]
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".building")]


def test_cli_bad_curated_yaml_names_file_and_line(seeds_copy, tmp_path):
    (seeds_copy / "articles.yml").write_text("000_a188cd6fb3fcff5d:\n  outlet: [unclosed\n", encoding="utf-8")
    result = run_build(seeds_copy, tmp_path / "x.db")
    assert result.returncode != 0
    assert "articles.yml:line 3" in result.stderr.strip() and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()


def test_cli_empty_directory(tmp_path):
    (tmp_path / "seeds").mkdir()
    result = run_build(tmp_path / "seeds", tmp_path / "x.db")
    assert result.returncode != 0
    assert "no article files" in result.stderr and str(tmp_path / "seeds") in result.stderr


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"\xef\xbb\xbfHeadline\nBody.\n", "Headline\nBody.\n"),
        (b"\xef\xbb\xbfHeadline\r\nBody.\r\n", "Headline\nBody.\n"),
        (b"Headline \xef\xbb\xbfinside.\n", "Headline \ufeffinside.\n"),  # only a leading mark is an encoding signature
    ],
)
def test_a_leading_byte_order_mark_is_not_part_of_the_text(tmp_path, raw, text):
    (tmp_path / "a.txt").write_bytes(raw)
    (seed,) = read_seed_files(tmp_path)
    assert seed.text == text


def test_a_byte_order_mark_does_not_hide_the_headline(tmp_path):
    from loaders.build import build
    from tests.conftest import query

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_bytes(
        "\ufeffAcme Widgets Doubles Its Output\n\nAcme Widgets said on Monday that it doubled its output.\n".encode("utf-8")
    )
    build(tmp_path / "seeds", tmp_path / "x.db")
    (row,) = query(tmp_path / "x.db", "SELECT text, title FROM articles")
    assert not row["text"].startswith("\ufeff")
    assert row["title"] == "Acme Widgets Doubles Its Output"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (b"One line.\nTwo lines.\n", b"One line.\r\nTwo lines.\r\n"),
        (b"One line.\nTwo lines.\n", b"One line.\rTwo lines.\r"),
        (b"One line.\nTwo lines.\n", b"\xef\xbb\xbfOne line.\nTwo lines.\n"),
    ],
)
def test_the_same_article_with_other_line_endings_or_a_bom_is_a_duplicate(tmp_path, first, second):
    (tmp_path / "a.txt").write_bytes(first)
    (tmp_path / "b.txt").write_bytes(second)
    with pytest.raises(BuildError, match=r"b\.txt: same text as .*a\.txt"):
        read_seed_files(tmp_path)


@pytest.mark.parametrize(("size", "limit", "refused"), [(100, 100, False), (101, 100, True), (5_000_000, None, False)])
def test_article_size_limit(tmp_path, size, limit, refused):
    (tmp_path / "a.txt").write_bytes(b"word " * (size // 5) + b"x" * (size % 5))
    arguments = (tmp_path,) if limit is None else (tmp_path, limit)
    if refused:
        with pytest.raises(BuildError, match=rf"a\.txt: article of {size} bytes is larger than the limit of {limit}"):
            read_seed_files(*arguments)
    else:
        assert len(read_seed_files(*arguments)[0].text) == size


def test_cli_max_article_bytes_must_be_a_positive_number(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--max-article-bytes", "0"], cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 2 and "must be more than 0" in result.stderr
