"""A block's grouping made cheaper without changing its groups (s21): each shortcut against the
work it spares, on blocks drawn as a widely named subject's are (most claims left alone, many
claims printing one value, clusters growing as claims come)."""

from __future__ import annotations

import random

import pytest

from loaders.group import claims as grouping
from loaders.group.claims import Member, Placement
from tests.test_claim_groups_alone import _block, _dense_claim, _groups

SUBJECT = "harlow-air"


def _dense_block(seed: int, size: int) -> tuple[list[Member], dict[int, Placement]]:
    rng = random.Random(seed)
    members, placements = [], {}
    for position in range(size):
        member = Member(f"a{rng.randrange(size // 3 + 1):04d}", _dense_claim(rng, 10 * position), in_headline=rng.random() < 0.1)
        members.append(member)
        placements[id(member)] = Placement(("percent", False), frozenset({SUBJECT}), frozenset({SUBJECT}), SUBJECT)
    return members, placements


@pytest.mark.parametrize("seed, size", [(seed, size) for seed in range(5) for size in (12, 60, 160)])
def test_pairs_with_a_claim_left_alone_are_never_scored_and_never_could_join(seed, size, monkeypatch):
    """`_join_conflicts` scores no pair holding a claim `_never_grouped` left alone: every such pair
    `_closeness` would have found unable to join (None), and the groups are those of scoring them."""
    members, placements = _block(seed, size, one_main_measure=True)
    joined = grouping._join_conflicts
    skipped = [0]

    def checked(clusters, by_story=frozenset(), by_place=frozenset(), alone=frozenset()):
        for a in alone:
            for b in range(len(clusters)):
                if b != a:
                    assert grouping._closeness(clusters[a], clusters[b]) is None
                    assert grouping._closeness(clusters[b], clusters[a], misprints=True) is None
                    skipped[0] += 1
        return joined(clusters, by_story, by_place, alone)

    monkeypatch.setattr(grouping, "_join_conflicts", checked)
    shortcut = _groups(members, placements)
    assert skipped[0] > 0  # claims left alone: the shortcut has pairs to skip
    monkeypatch.setattr(
        grouping,
        "_join_conflicts",
        lambda clusters, by_story=frozenset(), by_place=frozenset(), alone=frozenset(): joined(clusters, by_story, by_place),
    )
    assert shortcut == _groups(members, placements)


@pytest.mark.parametrize("seed, size", [(seed, size) for seed in range(5) for size in (20, 80, 300)])
def test_a_clusters_view_for_conflict_joins_remembered_is_the_view_made_afresh(seed, size, monkeypatch):
    """`_named_printings` keeps a cluster's view until members join it: each answer holds the members a
    view made afresh holds, and the groups are those of making it afresh every time."""
    members, placements = _dense_block(seed, size)
    remembered = grouping._named_printings
    reused = [0]

    def both(group):
        before = group.named_of
        view = remembered(group)
        fresh = grouping._named_view(group)
        assert [id(m) for m in view.members] == [id(m) for m in fresh.members]
        assert list(view.signatures) == list(fresh.signatures)
        reused[0] += before == len(group.members)
        return view

    monkeypatch.setattr(grouping, "_named_printings", both)
    found = _groups(members, placements)
    if size >= 80:
        assert reused[0] > 0  # a cluster asked again before it grew: the view is reused
    monkeypatch.setattr(grouping, "_named_printings", grouping._named_view)
    assert found == _groups(members, placements)


class _Forgetful(dict):
    """A memo that remembers nothing."""

    def get(self, key, default=None):
        return default


@pytest.mark.parametrize("seed, size", [(seed, size) for seed in range(5) for size in (20, 80, 300)])
def test_rounding_keys_remembered_by_readings_change_no_group(seed, size, monkeypatch):
    """A claim's rounding keys are worked out once for each distinct list of readings (`_Grouping.near`):
    the groups are those of working them out for every claim, and claims printing one value alike
    spare the work."""
    members, placements = _dense_block(seed, size)
    made = grouping._rounding_keys
    calls = [0]

    def counted(claim):
        calls[0] += 1
        return made(claim)

    monkeypatch.setattr(grouping, "_rounding_keys", counted)
    remembered, remembered_calls = _groups(members, placements), calls[0]

    class Forgetting(grouping._Grouping):
        def __init__(self) -> None:
            super().__init__()
            self.near = _Forgetful()

    monkeypatch.setattr(grouping, "_Grouping", Forgetting)
    calls[0] = 0
    assert remembered == _groups(members, placements)
    assert remembered_calls <= calls[0]
    if size >= 80:  # claims printing one value alike: the memo is used
        assert remembered_calls < calls[0]


def _count(start: int, value: float, article: str) -> Member:
    from tests.test_claim_groups_alone import _reported

    claim = _reported(
        start,
        value=value,
        unit="units",
        direction=None,
        metric="units sold",
        period="2025",
        qualifier=None,
        precision=None,
        metric_cue="units sold",
    )
    return Member(article, claim)


def test_a_reading_asked_again_meets_only_the_first_readings_a_cluster_gained_since():
    """`_disagrees` remembers how many of a cluster's first readings a reading agreed with: asked
    again, it asks the ones gained since, and a disagreeing one gained since is found."""
    with grouping._readings_remembered():
        reading = grouping.amounts(_count(0, 120_000.0, "a0001").claim)[0]
        group = grouping._Group([], frozenset({SUBJECT}), frozenset({SUBJECT}))
        group.extend([_count(10, 120_000.0, "a0002")])
        assert grouping._disagrees(reading, group) is False
        assert group.agreed_with[reading] == 1
        group.extend([_count(20, 120_000.0, "a0003")])  # the same first reading: none gained
        assert grouping._disagrees(reading, group) is False
        group.extend([_count(30, 180_000.0, "a0004")])  # another figure: a first reading gained since
        assert grouping._disagrees(reading, group) is True
        assert group.agreed_with[reading] == 1  # not advanced past the one that disagrees
        assert grouping._disagrees(reading, group) is True
