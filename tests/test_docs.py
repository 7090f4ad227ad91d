"""The documentation tells the truth: README tables match the schema, and
the project cites no file it does not contain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.docs import END, START, columns_section

PROJECT = Path(__file__).resolve().parent.parent
README = PROJECT / "README.md"
# Where the project's own text lives (not third-party, not generated).
TEXT_FILES = sorted(
    [
        p
        for folder in ("db", "loaders", "tests", "benchmarks", "migrations", ".ci")
        for p in (PROJECT / folder).rglob("*")
        if p.is_file()
        and p.suffix in {".py", ".md", ".yml", ".yaml", ".html", ".sh", ""}
        and "fixtures" not in p.parts
        and "__pycache__" not in p.parts
        and p.name != "test_docs.py"
    ]
    + [PROJECT / name for name in ("README.md", "CHANGELOG.md", "metadata.yml", "pyproject.toml", "Makefile")]
)
# A project path as prose cites it: a folder of the program, then a file name with an extension
# (seeds/ is the user's folder: its optional files are cited as what a user may add).
CITED_PATH = re.compile(
    r"(?<![\w./-])((?:db|loaders|tests|benchmarks|migrations|\.ci)/[\w./-]*\w\.(?:py|md|yml|yaml|txt|tsv|html|sh|toml|ini|json))\b"
)
CITED_DOC = re.compile(r"(?<![\w/.-])([A-Z][A-Z_]+\.md)\b")


def test_readme_lists_every_table_view_and_column(seeds_db):
    readme = README.read_text(encoding="utf-8")
    assert START in readme and END in readme, "README lacks the tables-and-columns section"
    documented = readme[readme.index(START) : readme.index(END) + len(END)]
    assert documented == columns_section(seeds_db), (
        "README's tables and columns differ: run `python -m db.docs xiaomi.db --write README.md`"
    )


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: str(p.relative_to(PROJECT)))
def test_cites_only_files_the_project_contains(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert "../shared" not in text, f"{path.name} refers to a folder outside the project"
    missing = [cited for cited in CITED_PATH.findall(text) if "*" not in cited and not (PROJECT / cited).exists()]
    missing += [doc for doc in CITED_DOC.findall(text) if not list(PROJECT.rglob(doc))]
    assert not missing, f"{path.name} cites files the project does not contain: {sorted(set(missing))}"
