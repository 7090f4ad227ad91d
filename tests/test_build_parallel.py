"""What the build runs beside its own process: claim grouping's blocks in the workers, and an
iterator run ahead in a thread while the build does other work. Same results as in one process;
a reader that stops ends the work it no longer wants."""

from __future__ import annotations

import os
import time

import pytest

from loaders.build import _block_options
from loaders.executors import CHUNK, Ahead, ProcessExecutor
from loaders.extract.claims import find_claims
from loaders.extract.types import EntityFindings, Mention
from loaders.group.claims import Member, group_claims
from loaders.spans import Span

COMPANIES = [f"Company{letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]


def _members() -> list[Member]:
    """Claims of many articles about many companies: more subject blocks than one chunk of work."""
    members = []
    for article in range(12):
        parts, mentions, sentences = [], [], []
        for number, company in enumerate(COMPANIES):
            sentence = f"{company} said sales rose {5 + (article + number) % 3}% to ${1 + number % 4}.{article % 2}bn. "
            start = sum(len(part) for part in parts)
            parts.append(sentence)
            mentions.append(Mention("organisation", company, Span(start, start + len(company)), "test", 1.0))
            sentences.append(Span(start, start + len(sentence) - 1))
        text = "".join(parts)
        claims = find_claims(text, sentences, EntityFindings(mentions=mentions), None)
        members += [Member(f"article-{article:02d}", claim, text=claim.span.of(text)) for claim in claims]
    return members


def _groups(groups) -> list:
    return [(g.subject, g.metric, g.family, g.hypothetical, [(m.article_id, m.claim.span) for m in g.members]) for g in groups]


def test_claim_blocks_grouped_by_worker_processes_give_the_groups_one_process_gives():
    members = _members()
    organisations = {company.lower() for company in COMPANIES}
    here, there = {}, {}
    alone = group_claims(members, organisations, candidates=here)
    blocks_seen = []

    def in_workers(blocks, members, names):
        blocks_seen.append(len(blocks))
        return ProcessExecutor(2).map(_block_options, blocks.items(), (members, names))

    elsewhere = group_claims(members, organisations, candidates=there, map_blocks=in_workers)
    assert blocks_seen[0] > CHUNK  # the pool ran (one chunk's work would run here)
    assert any(len(g.members) > 1 for g in alone)
    assert _groups(elsewhere) == _groups(alone)
    assert there == here  # each claim's candidate groups, in its blocks' order


def _numbers(count: int, fail_at: int | None = None):
    for number in range(count):
        if number == fail_at:
            raise ValueError("the iterator failed")
        yield number


def test_an_iterator_run_ahead_gives_its_items_in_order():
    assert list(Ahead(_numbers(50))) == list(range(50))


def test_an_iterator_run_ahead_raises_its_error_to_its_reader_after_the_items_before_it():
    read = []
    with pytest.raises(ValueError, match="the iterator failed"):
        for item in Ahead(_numbers(50, fail_at=7)):
            read.append(item)
    assert read == list(range(7))


def _slow_pid(_item, _context) -> int:
    time.sleep(0.05)
    return os.getpid()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_reader_that_stops_ends_the_map_its_iterator_waits_for_and_its_workers():
    # 64 chunks of 16 items of 50 ms on two workers: half a minute of work the reader no longer wants.
    ahead = Ahead(ProcessExecutor(2).map(_slow_pid, range(CHUNK * 64)))
    first = next(iter(ahead))
    assert first != os.getpid()
    ahead.close()  # returns once the thread is done: the map ended, its workers stopped
    assert not _alive(first)
