"""The installed program: a wheel built from this checkout, installed into a
fresh virtual environment, builds the seeds from an unrelated directory."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from db.engine import alembic_config
from tests.conftest import PROJECT, SEEDS

IGNORED = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "*.db", ".*_cache", ".hypothesis")


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    result = subprocess.run([str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result


def test_every_package_and_data_file_is_declared_for_the_wheel():
    """A new subpackage or data folder under db/ or loaders/ must be listed in pyproject.toml."""
    setuptools = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    declared = set(setuptools["packages"])
    for top in ("db", "loaders"):
        for init in (PROJECT / top).rglob("__init__.py"):
            assert ".".join(init.parent.relative_to(PROJECT).parts) in declared, init
    data = setuptools["package-data"]
    for package in declared:
        folder = PROJECT / package.replace(".", "/")
        for mapped, directory in setuptools["package-dir"].items():
            if package == mapped or package.startswith(mapped + "."):
                folder = PROJECT / directory / package[len(mapped) + 1 :].replace(".", "/")
        for path in folder.iterdir():
            if path.is_file() and path.suffix not in {".py", ".pyc"}:
                assert any(path.match(pattern) for pattern in data.get(package, [])), f"{path} is not package data"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """bin/ of a fresh venv with the wheel (and its pinned dependencies) installed."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(PROJECT, source, ignore=IGNORED)
    run(sys.executable, "-m", "build", "--wheel", "--outdir", root / "dist", source, cwd=root)
    (wheel,) = (root / "dist").glob("xiaomi_db-*.whl")
    run(sys.executable, "-m", "venv", root / "venv", cwd=root)
    bin_dir = root / "venv" / "bin"
    run(
        bin_dir / "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--constraint",
        PROJECT / "requirements.lock",
        f"{wheel}[postgres]",
        cwd=root,
    )
    return bin_dir


@pytest.mark.slow
def test_the_console_script_builds_from_any_directory(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copytree(SEEDS, work / "articles")
    run(installed / "xiaomi-db", "build", "--seeds", "articles", "--db", "out/news.db", "--quiet", cwd=work)
    db = work / "out" / "news.db"
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == len(list(SEEDS.glob("*.txt")))
    assert connection.execute("SELECT count(*) FROM claim_coverage").fetchone()[0] > 0  # views were made
    assert connection.execute("SELECT count(*) FROM articles_fts").fetchone()[0] > 0
    connection.close()
    assert (work / "out" / "datapackage.json").is_file()
    # The program ran from the installed package, not from this checkout.
    where = run(installed / "python", "-c", "import db, loaders; print(loaders.__file__, db.__file__)", cwd=work).stdout
    assert str(PROJECT) not in where and "site-packages" in where


@pytest.mark.slow
def test_the_installed_package_carries_its_migrations(installed, tmp_path):
    script = (
        "from alembic import command\n"
        "from db.engine import alembic_config, upgrade\n"
        "upgrade('fresh.db')\n"
        "command.check(alembic_config('fresh.db'))\n"
        "from alembic.script import ScriptDirectory\n"
        "print(ScriptDirectory.from_config(alembic_config()).get_current_head())\n"
    )
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert run(installed / "python", "-c", script, cwd=tmp_path).stdout.splitlines()[-1] == head
    run(installed / "xiaomi-db", "export", "--from", "fresh.db", "--db", "copy.db", cwd=tmp_path)
    assert (tmp_path / "copy.db").is_file()


@pytest.mark.slow
@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["export", "--help"]])
def test_the_console_script_takes_the_same_subcommands_and_arguments(installed, tmp_path, args):
    installed_usage = run(installed / "xiaomi-db", *args, cwd=tmp_path).stdout
    module_usage = run(sys.executable, "-m", "loaders", *args, cwd=PROJECT).stdout
    # argparse wraps the usage by the program name's length: compare the words, not the line breaks
    assert installed_usage.split() == module_usage.replace("python -m loaders", "xiaomi-db").split()
