"""Benchmark: what one `add` reaches, and where its CPU goes, in a built corpus.

    python benchmarks/add_reach.py DB SEEDS FILE [FILE ...]

Each FILE is added, in this process, to a fresh copy of DB (built from the folder SEEDS,
copied as hard links), at DB's extractor version, as `bench_add.py --pin-extractor` does. For
each add it prints the CPU seconds of the add (start-up, the imports, left out), of its quote
and claim regrouping and of the grouping work inside them; then what the regrouping reached:

- each claim block (one subject's claims of one kind of unit) the new article's claims fall
  in: its claims and groups, how many groups other than the new claims' own differ from the
  block grouped without the article (a change that travelled), and for each new claim how many
  of the block's claims print its value, how many lie within the conflict ratio of it (the
  tolerance window a change could travel in), and the size of the group it stands in there;
- each quote wording regrouped with more than 50 printings: its printings, the story parts
  they fall in (`_by_story`), the largest part, and the part the new printing joins.

These say how much of the corpus a grouping rule lets one article change: a window or a part
that holds a share of the corpus grows with it. Not a test: corpora differ.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import loaders.build
import loaders.group.claims as claim_grouping
import loaders.group.quotes as quote_grouping
import loaders.incremental as incremental
import loaders.rows as rows
from loaders.progress import Progress

TIMED = ("_regroup_quotes", "_regroup_claims", "block_candidates")


def _timed(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    return wrapper


def _timed_batches(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        batches = function(*args, **kwargs)
        while True:
            start = time.process_time()
            try:
                batch = next(batches)
            except StopIteration:
                return
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
            yield batch

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("seeds", type=Path)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    with sqlite3.connect(args.db) as connection:
        pinned = connection.execute("SELECT value FROM build_info WHERE name = 'extractor_version'").fetchone()[0]
    loaders.build.extractor_version = lambda: pinned  # type: ignore[assignment]
    spent: dict[str, float] = {}
    for name in TIMED:
        setattr(incremental, name, _timed(spent, name, getattr(incremental, name)))
    incremental.quote_rows = _timed_batches(spent, "quote rows", rows.quote_rows)
    incremental.claim_rows = _timed_batches(spent, "claim rows", incremental.claim_rows)
    blocks: list[tuple[list[tuple[Any, frozenset[str], frozenset[str]]], Any]] = []
    wordings: list[list[Any]] = []
    grouped, by_story = claim_grouping._grouped, quote_grouping._by_story

    def keep_block(
        items: list[tuple[Any, frozenset[str], frozenset[str]]],
        by_story: Any = frozenset(),
        by_place: Any = frozenset(),
        alone: Any = None,
    ) -> list[Any]:
        # by_story: the items placed in the block by their story only (the story step's); by_place: the claims
        # placed in it only through a name another article reads as a place (ids); both kept to regroup alike
        # (alone: the claims left alone, where the caller worked them out: the same as the grouping finds)
        blocks.append((items, by_story, by_place))
        return grouped(items, by_story, by_place, alone)

    def keep_wording(members: list[int], items: list[Any]) -> list[list[int]]:
        wordings.append([items[m] for m in members])
        return by_story(members, items)

    claim_grouping._grouped = keep_block
    quote_grouping._by_story = keep_wording
    with tempfile.TemporaryDirectory() as scratch:
        for path in args.files:
            db, folder = Path(scratch) / "add.db", Path(scratch) / "seeds"
            shutil.copy(args.db, db)
            shutil.rmtree(folder, ignore_errors=True)
            subprocess.run(["cp", "-al", str(args.seeds), str(folder)], check=True)
            spent.clear()
            blocks.clear()
            wordings.clear()
            start = time.process_time()
            loaders.build.add([path], folder, db, Progress(enabled=False))
            spent["add"] = time.process_time() - start
            print(f"{path.name}: " + ", ".join(f"{name} {seconds:.3f}" for name, seconds in spent.items()) + " CPU s")
            claim_grouping._grouped, quote_grouping._by_story = grouped, by_story  # the counts below regroup
            _report(path.stem, blocks, wordings)
            claim_grouping._grouped, quote_grouping._by_story = keep_block, keep_wording
    return 0


def _groups(
    items: list[tuple[Any, frozenset[str], frozenset[str]]], by_story: Any, by_place: Any
) -> set[frozenset[tuple[str, int]]]:
    """A block's groups of two claims or more, each as its members' (article, start)."""
    found = claim_grouping._grouped(items, by_story, by_place)
    return {frozenset((m.article_id, m.claim.span.start) for m in group.members) for group in found if len(group.members) > 1}


def _report(
    article_id: str, blocks: list[tuple[list[tuple[Any, frozenset[str], frozenset[str]]], Any, Any]], wordings: list[list[Any]]
) -> None:
    for items, by_story, by_place in blocks:
        subject = next(iter(items[0][1]))
        # The block grouped without the article (as stored) and with it: the groups other than the new
        # claims' own that differ are those one new figure moved (the story's placements by their new positions).
        kept = [index for index, item in enumerate(items) if item[0].article_id != article_id]
        position = {index: new for new, index in enumerate(kept)}
        before = _groups([items[index] for index in kept], frozenset(position[i] for i in by_story if i in position), by_place)
        after = _groups(items, by_story, by_place)
        mine = {group for group in after if any(member[0] == article_id for member in group)}
        joined = {frozenset(member for member in group if member[0] != article_id) for group in mine}
        moved = len(before - after - joined) + len(after - mine - before)
        print(f"  block   {subject:28s} {len(items):6d} claims, {len(before)} groups; others changed by the new claims: {moved}")
        readings = [claim_grouping.amounts(member.claim)[0] for member, _, _ in items]
        groups = [
            group
            for group in claim_grouping._grouped(items, by_story, by_place)
            if any(m.article_id == article_id for m in group.members)
        ]
        for member, _, _ in items:
            if member.article_id != article_id:
                continue
            unit, value = claim_grouping.amounts(member.claim)[0][:2]
            same = sum(1 for r in readings if r[0] == unit and r[1] == value)
            ratio = claim_grouping.CONFLICT_RATIO
            window = sum(1 for r in readings if r[0] == unit and value > 0 and value / ratio <= r[1] <= value * ratio)
            sizes = [len(group.members) for group in groups if member in group.members]
            print(
                f"  claims  {subject:28s} {len(items):6d} claims; new {unit} {value:g}: {same} print it, "
                f"{window} within x{ratio}; its group {sizes[0] if sizes else 1}"
            )
    seen: set[tuple[int, str]] = set()
    for items in wordings:
        if len(items) <= 50 or (len(items), items[0].text) in seen:
            continue
        seen.add((len(items), items[0].text))
        parts = quote_grouping._by_story(list(range(len(items))), items)
        joined = [len(part) for part in parts if any(items[i].quote_key[0] == article_id for i in part)]
        print(
            f"  quotes  wording of {len(items):6d} printings in {len(parts):4d} story parts, largest {max(map(len, parts))}; "
            f"the new printing's part {joined[0] if joined else '-'}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
