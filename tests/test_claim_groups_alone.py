"""Claims that stand alone in a block (`_never_grouped`): skipping their lookups gives the block
the same groups as meeting every cluster. A widely named subject's block is mostly such claims
(figures of other measures, in sentences that merely name the subject)."""

from __future__ import annotations

import random

import pytest

from loaders.extract.claims import ClaimFound
from loaders.group import claims as grouping
from loaders.group.claims import Member, Placement, block_candidates
from loaders.spans import Span

SUBJECT = "harlow-air"
MEASURES = ("sales change", "net income change", "share price change", "amount", "passengers")


def _reported(start: int, **drawn) -> ClaimFound:
    """A reported claim with no subject, source or scope at `start`: the fields a test draws given."""
    return ClaimFound(
        span=Span(start, start + 3),
        value_as_written="",
        scale=None,
        also_value=None,
        also_unit=None,
        subject=None,
        period_as_written=None,
        scope=None,
        source=None,
        modality="reported",
        **drawn,
    )


def _claim(rng: random.Random, start: int, one_main_measure: bool) -> tuple[ClaimFound, bool]:
    mainly = rng.random() < 0.2  # mainly about the subject, or merely naming it
    metric = "share price change" if mainly and one_main_measure else rng.choice(MEASURES)
    unit = "passengers" if metric == "passengers" else "percent"
    value = float(rng.choice((2, 3, 7, 7.5, 8, 12, 20, 21, 45, 46, 50, 100, 120, 125, 300)))
    claim = _reported(
        start,
        value=value,
        unit=unit,
        direction=rng.choice((None, None, "up", "down")),
        metric=metric,
        period=rng.choice((None, "2025", "2024")),
        qualifier=rng.choice((None, None, "about")),
        precision=None,
        metric_cue=None if metric in {"amount", "passengers"} else metric,
    )
    return claim, mainly


def _block(seed: int, size: int, one_main_measure: bool = False) -> tuple[list[Member], dict[int, Placement]]:
    rng = random.Random(seed)
    members, placements = [], {}
    for position in range(size):
        claim, mainly = _claim(rng, 10 * position, one_main_measure)
        member = Member(f"a{rng.randrange(size // 2 + 1):04d}", claim)
        members.append(member)
        primary = frozenset({SUBJECT}) if mainly else frozenset()
        placements[id(member)] = Placement(("percent", False), frozenset({SUBJECT}), primary, SUBJECT if mainly else None)
    return members, placements


def _groups(members: list[Member], placements: dict[int, Placement]) -> list[list[tuple[str, int]]]:
    key = (("percent", False), SUBJECT)
    found = block_candidates(key, members, None, lambda member: placements[id(member)])  # type: ignore[arg-type]
    return sorted(sorted((m.article_id, m.claim.span.start) for m in group.members) for group in found)


@pytest.mark.parametrize(
    "seed, size, one_main_measure", [(seed, size, one) for seed in range(5) for size in (12, 60, 240) for one in (False, True)]
)
def test_claims_left_alone_change_no_group(seed, size, one_main_measure, monkeypatch):
    members, placements = _block(seed, size, one_main_measure)
    shortcut = _groups(members, placements)
    monkeypatch.setattr(grouping, "_never_grouped", lambda items: set())  # every claim meets the clusters
    assert shortcut == _groups(members, placements)


def _hand_claim(position: int, metric: str) -> ClaimFound:
    unit = "passengers" if metric == "passengers" else "percent"
    return ClaimFound(
        span=Span(10 * position, 10 * position + 3),
        value=7.0,
        unit=unit,
        value_as_written="",
        scale=None,
        also_value=None,
        also_unit=None,
        direction="up",
        metric=metric,
        subject=None,
        period="2025",
        period_as_written=None,
        scope=None,
        source=None,
        modality="reported",
        qualifier=None,
        precision=None,
        metric_cue=None if metric == "amount" else metric,  # "amount": a figure of no named measure
    )


@pytest.mark.parametrize(
    "block, expected_alone",
    [
        # a main claim of one measure: a claim merely naming the subject is alone unless it may be that measure
        (
            [("share price change", True), ("share price change", False), ("sales change", False), ("passengers", False)],
            [False, False, True, True],
        ),
        # a figure of no named measure may be any, so it is never alone beside a main claim
        ([("sales change", True), ("amount", False), ("net income change", False)], [False, False, True]),
        # with no main claim in the block, every claim merely naming the subject is alone
        ([("sales change", False), ("amount", False)], [True, True]),
    ],
)
def test_alone_are_the_claims_of_measures_no_main_claim_may_share(block, expected_alone):
    items = []
    for position, (metric, mainly) in enumerate(block):
        member = Member(f"a{position:04d}", _hand_claim(position, metric))
        items.append((member, frozenset({SUBJECT}), frozenset({SUBJECT}) if mainly else frozenset()))
    alone = grouping._never_grouped(items)
    assert [id(member) in alone for member, _, _ in items] == expected_alone


QUALIFIERS = (None, None, None, "about", "more than", "up to", "nearly")


def _dense_claim(rng: random.Random, start: int) -> ClaimFound:
    """A count mainly about the subject, near other counts of it: printed to several precisions,
    hedged either way, a range now and then (the clusters a claim's rounding keys bring are mostly
    other figures)."""
    base = rng.choice((118_000, 120_000, 121_500, 125_000, 130_000, 180_000, 1_150_000, 1_200_000, 1_250_000))
    value = float(round(base * rng.choice((1, 1, 1.004, 0.996, 1.02)), rng.choice((-3, -4, -5))))
    high = value * 1.1 if rng.random() < 0.1 else None
    return _reported(
        start,
        value=value,
        unit="units",
        direction=rng.choice((None, None, "up")),
        metric=rng.choice(("units sold", "deliveries", "units")),
        period=rng.choice((None, "2025", "2024")),
        qualifier=rng.choice(QUALIFIERS),
        precision=rng.choice((None, None, 1000.0)),
        metric_cue=None,
        value_high=high,
    )


@pytest.mark.parametrize("seed, size", [(seed, size) for seed in range(6) for size in (20, 80, 300)])
def test_clusters_passed_over_for_another_figure_change_no_group(seed, size, monkeypatch):
    """A claim passes over, without comparing every pair, the clusters one of whose printings in its
    first unit it does not agree with (`_disagrees`): the groups are those of comparing every pair."""
    rng = random.Random(seed)
    members, placements = [], {}
    for position in range(size):
        member = Member(f"a{rng.randrange(size // 3 + 1):04d}", _dense_claim(rng, 10 * position), in_headline=rng.random() < 0.1)
        members.append(member)
        placements[id(member)] = Placement(("percent", False), frozenset({SUBJECT}), frozenset({SUBJECT}), SUBJECT)
    shortcut = _groups(members, placements)
    assert any(len(group) > 2 for group in shortcut)  # clusters form: the shortcut has work to do
    monkeypatch.setattr(grouping, "_disagrees", lambda reading, group: False)  # every cluster compared pair by pair
    assert shortcut == _groups(members, placements)


def _scanned(reading, group) -> bool:
    """`_disagrees` as a scan of every signature's first reading, asked afresh each time."""
    for theirs in group.as_theirs:
        first = grouping.amounts(theirs.claim)[0]
        if first[0] == reading[0] and not grouping._agree(reading, first):
            return True
    return False


@pytest.mark.parametrize("seed, size", [(seed, size) for seed in range(6) for size in (20, 80, 300)])
def test_a_clusters_first_readings_and_verdicts_remembered_answer_as_a_scan(seed, size, monkeypatch):
    """`_disagrees` keeps each cluster's first readings by unit, made as signatures join it, and each
    pair of readings' verdict while a block is grouped: every answer is the scan's, as clusters grow
    between two questions, and so are the groups."""
    rng = random.Random(seed)
    members, placements = [], {}
    for position in range(size):
        member = Member(f"a{rng.randrange(size // 3 + 1):04d}", _dense_claim(rng, 10 * position))
        members.append(member)
        placements[id(member)] = Placement(("percent", False), frozenset({SUBJECT}), frozenset({SUBJECT}), SUBJECT)
    remembered = grouping._disagrees
    answers: list[bool] = []
    grown: list[bool] = []

    def both(reading, group):
        before = group.firsts_of
        answer = remembered(reading, group)
        assert answer == _scanned(reading, group)
        answers.append(answer)
        grown.append(0 < before < group.firsts_of)
        return answer

    monkeypatch.setattr(grouping, "_disagrees", both)
    found = _groups(members, placements)
    assert True in answers and False in answers and any(grown)  # both verdicts, and a cluster grown since asked
    monkeypatch.setattr(grouping, "_disagrees", _scanned)
    assert found == _groups(members, placements)


class _Forgetful(dict):
    """A memo that remembers nothing: every cluster a claim's keys bring is asked again."""

    def setdefault(self, key, default=None):
        return set()


@pytest.mark.parametrize("seed, size", [(seed, size) for seed in range(6) for size in (20, 80, 300)])
def test_clusters_remembered_disagreeing_with_a_reading_change_no_group(seed, size, monkeypatch):
    """A cluster found disagreeing with a claim's first reading is remembered for that reading and
    not asked again nor put in order (`_Grouping.disagreeing`): it only gains first readings, so it
    disagrees with every later claim of that reading. The groups are those of asking every time,
    and the memo spares questions."""
    rng = random.Random(seed)
    members, placements = [], {}
    for position in range(size):
        member = Member(f"a{rng.randrange(size // 3 + 1):04d}", _dense_claim(rng, 10 * position))
        members.append(member)
        placements[id(member)] = Placement(("percent", False), frozenset({SUBJECT}), frozenset({SUBJECT}), SUBJECT)
    asked = grouping._disagrees
    questions = [0]

    def counted(reading, group):
        questions[0] += 1
        return asked(reading, group)

    monkeypatch.setattr(grouping, "_disagrees", counted)
    remembered, remembered_questions = _groups(members, placements), questions[0]

    class Forgetting(grouping._Grouping):
        def __init__(self) -> None:
            super().__init__()
            self.disagreeing = _Forgetful()

    monkeypatch.setattr(grouping, "_Grouping", Forgetting)
    questions[0] = 0
    assert remembered == _groups(members, placements)
    assert remembered_questions <= questions[0]
    if size >= 80:  # claims printing one value meet the same clusters: the memo is used
        assert remembered_questions < questions[0]
