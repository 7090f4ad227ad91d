"""The benchmark scripts a user runs still run against the program as it is (one was found failing
after a pass's signature changed): each quick one is run on the seeds, its output read, nothing
timed (speed is the scripts' business, never a test's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def run(*arguments: str) -> str:
    finished = subprocess.run([sys.executable, *arguments], cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False)
    assert finished.returncode == 0, finished.stderr[-2000:]
    return finished.stdout


def test_bench_extract_reports_every_pass():
    out = run("benchmarks/bench_extract.py", "seeds", "--repeat", "1")
    for name in ("first pass (extract_article)", "cache.dump", "cache.load", "second pass (_with_quotes)"):
        assert name in out


def test_bench_build_reports_the_seeds_against_sqlite_utils():
    out = run("benchmarks/bench_build.py", "--seeds", "seeds", "--runs", "1")
    assert "3 articles: build" in out and "sqlite-utils insert" in out and "MiB PSS" in out


def test_bench_phases_names_each_phase(tmp_path):
    out = run("benchmarks/bench_phases.py", "--seeds", "seeds", "--db", str(tmp_path / "x.db"))
    for phase in ("extracting", "quotes", "grouping across articles", "indexing and compacting"):
        assert phase in out


def test_add_reach_reports_an_adds_steps_and_what_it_regrouped(tmp_path):
    corpus, added = tmp_path / "corpus", tmp_path / "added"
    run("benchmarks/make_corpus.py", str(corpus), "--articles", "12")
    added.mkdir()
    last = sorted(corpus.glob("*.txt"))[-1]
    last = last.rename(added / last.name)
    run("-m", "loaders", "build", "--quiet", "--seeds", str(corpus), "--db", str(tmp_path / "x.db"))
    out = run("benchmarks/add_reach.py", str(tmp_path / "x.db"), str(corpus), str(last))
    assert out.startswith(f"{last.name}: ") and "_regroup_quotes" in out and "_regroup_claims" in out and " CPU s" in out
    assert "  claims  " in out and " within x2.5; its group " in out and "others changed by the new claims: " in out
