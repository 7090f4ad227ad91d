"""Grouping the same utterance across articles: how two versions match, and
that groups never chain (every member matches every other)."""

from __future__ import annotations

import random

import pytest

from loaders.group.quotes import Utterance, group_utterances, utterances
from loaders.spans import Span


def item(article: str, text: str, kind: str = "direct", speaker: str | None = None) -> Utterance:
    return Utterance((article, 0, len(text)), Span(0, len(text)), text, kind, speaker)


def grouped(*pairs) -> list[set[str]]:
    """The articles of each group of two or more articles."""
    groups = group_utterances([item(*pair) if isinstance(pair, tuple) else pair for pair in pairs])
    return sorted((s for s in ({link.utterance.quote_key[0] for link in g.links} for g in groups) if len(s) > 1), key=sorted)


@pytest.mark.parametrize(
    "a, b, match",
    [
        ("We will open ten stores.", "We will open ten stores.", "exact"),
        ("We will open ten stores.", "We’ll open ten stores,", "fuzzy"),  # lightly edited
        ("We will open ten stores.", "we will open ten stores,", "normalised"),
        ("We are giving [phones] to you at cost.", "We are giving them to you at cost.", "fuzzy"),
        ("open ten stores", "We will open ten stores across the north next year.", "partial"),
        ("We will open ten stores.", "We will open twelve stores.", None),  # a different number, in words
        ("We will open 10 stores this year.", "We will open 12 stores this year.", None),  # a different number
        ("We will close the old plant this year.", "We will not close the old plant this year.", None),  # the opposite
        # One amount in other scale words is one number; another value never is.
        ("We value the unit at Rs 3.15 lakh crore.", "We value the unit at Rs 3.15 trillion.", "normalised"),
        ("We value the unit at Rs 3.15 lakh crore.", "We value the unit at Rs 3.51 trillion.", None),
        ("We sold 2.5 million phones.", "We sold 2,500,000 phones.", "normalised"),
        ("We sold 2.5 million phones.", "We sold 2.55 million phones.", None),
        # One sentence said of another product or company is another utterance; a legal form is no name.
        ("The market for Vorel handsets is changing quickly.", "The market for Quint handsets is changing quickly.", None),
        ("We will invest in Tamsin Grid Ltd this year.", "We will invest in Tamsin Grid Limited this year.", "fuzzy"),
        # A long fragment whose words stand in order in the whole, around an aside and a word's new ending.
        (
            "deal value the unit at Rs 2.4 trillion assuming a rate of Rs 80 to the dollar",
            "Our deal values the unit at Rs 2.4 lakh crore ($30 billion, assuming a rate of Rs 80 to the dollar) before new money.",
            "partial",
        ),
        (
            "deal value the unit at Rs 2.4 trillion assuming a rate of Rs 90 to the dollar",
            "Our deal values the unit at Rs 2.4 lakh crore ($30 billion, assuming a rate of Rs 80 to the dollar) before new money.",
            None,
        ),
        (
            "deal will not value the unit at Rs 2.4 trillion assuming a rate of Rs 80 to the dollar",
            "Our deal will value the unit at Rs 2.4 lakh crore ($30 billion, assuming a rate of Rs 80 to the dollar) before new money.",
            None,
        ),
    ],
)
def test_how_two_versions_match(a, b, match):
    groups = group_utterances([item("one", a), item("two", b)])
    together = [g for g in groups if len(g.links) == 2]
    versions = [link.match for g in together for link in g.links if link.utterance != g.canonical]
    assert (versions[0] if versions else None) == match


def test_one_speakers_reworded_words_group_but_not_another_speakers():
    a = "My own judgment of the buyout was really bad, and I regret it."
    b = "My judgment of the buyout was poor and I regret it deeply."
    assert grouped(("one", a, "direct", "ada-lind"), ("two", b, "direct", "ada-lind")) == [{"one", "two"}]
    assert grouped(("one", a, "direct", "ada-lind"), ("two", b, "direct", "bo-kim")) == []
    assert grouped(("one", a), ("two", b)) == []


def test_no_chaining_each_member_matches_every_other():
    # b is close to a and to c; a and c are not close: never one group of three
    a = "The new store in the harbour district opens in May with forty staff"
    b = "The new store in the harbour district opens in June with forty staff members"
    c = "The big store in the harbour quarter opens in June with sixty staff members"
    groups = group_utterances([item("one", a), item("two", b), item("three", c)])
    assert max(len(g.links) for g in groups) <= 2


def test_a_fragment_joins_the_group_holding_it_and_links_no_groups_together():
    whole = "We will open ten stores across the north next year."
    fragment = "ten stores across the north"
    other = "Ten stores across the north were shut last winter, he said."
    groups = group_utterances([item("one", whole), item("two", whole), item("three", fragment, "partial"), item("four", other)])
    sizes = sorted(len({link.utterance.quote_key[0] for link in g.links}) for g in groups)
    assert sizes == [1, 3]  # the fragment joins one group; "other" stays apart


def test_one_article_alone_forms_no_group():
    groups = group_utterances([item("one", "We will grow."), item("one", "We will grow.")])
    assert all(len(g.links) == 1 for g in groups)


WORDS = [
    "harbour",
    "market",
    "store",
    "plant",
    "bank",
    "fleet",
    "engine",
    "network",
    "tariff",
    "supplier",
    "retail",
    "factory",
    "budget",
    "dividend",
    "airline",
    "freight",
    "refinery",
    "vaccine",
    "satellite",
    "battery",
    "software",
    "printer",
    "tunnel",
    "bridge",
    "orchard",
    "quarry",
]
VERBS = ["open", "close", "expand", "sell", "buy", "fund", "build", "cut", "raise", "delay", "review", "merge"]
PLACES = ["north", "south", "east", "west", "coast", "capital", "valley", "delta", "island", "border"]


def _utterance(rng: random.Random) -> str:
    return (
        f"We will {rng.choice(VERBS)} the {rng.choice(WORDS)} {rng.choice(WORDS)} in the {rng.choice(PLACES)} "
        f"by {rng.randint(2025, 2040)} and {rng.choice(VERBS)} {rng.randint(2, 900)} {rng.choice(WORDS)} jobs."
    )


def _edited(rng: random.Random, text: str) -> str:
    edits = [
        lambda t: t.replace("We will", "We'll"),
        lambda t: t.rstrip(".") + ",",
        lambda t: t.replace(" the ", " [the] ", 1),
        lambda t: t.replace("We", "we"),
        lambda t: t,
    ]
    return rng.choice(edits)(text)


def test_a_generated_corpus_never_joins_unrelated_utterances():
    rng = random.Random(20)
    sources = list(dict.fromkeys(_utterance(rng) for _ in range(600)))
    items, origin = [], {}
    for number, source in enumerate(sources):
        for copy in range(rng.randint(1, 3)):
            article = f"a{number}-{copy}"
            text = _edited(rng, source)
            for utterance in utterances(article, text, Span(0, len(text))):
                items.append(utterance)
                origin[utterance.quote_key] = number
    groups = group_utterances(items)
    for group in groups:
        assert len({origin[link.utterance.quote_key] for link in group.links}) == 1, [link.utterance.text for link in group.links]
    printed_twice = sum(1 for number in range(len(sources)) if sum(origin[k] == number for k in origin) > 1)
    formed = sum(1 for g in groups if len({link.utterance.quote_key[0] for link in g.links}) > 1)
    assert formed >= 0.95 * printed_twice


def test_grouping_the_units_linked_by_matches_alone_is_grouping_them_all():
    """What `add` relies on: units that match nothing of a story never change its groups, once the
    corpus's too-common keys are skipped alike."""
    from loaders.group.quotes import MAX_BLOCK, blocking_keys, comparable

    story = [
        item("a", "We will open ten stores across the north next year."),
        item("b", "We will open ten stores across the north next year,"),
        item("c", "open ten stores across the north"),
    ]
    # Others sharing a common phrase with the story ("next year"), and among themselves.
    others = [
        item(f"x{n}", f"Prices of lumber {n} rose sharply next year said traders in port {n}.") for n in range(MAX_BLOCK + 2)
    ]
    everything = story + others
    counts: dict[str, int] = {}
    for text in {comparable(u.text) for u in everything}:
        for key in blocking_keys(text):
            counts[key] = counts.get(key, 0) + 1

    def common(key: str) -> bool:
        return counts.get(key, 0) > MAX_BLOCK

    def groups(items):
        return {frozenset(link.utterance.quote_key[0] for link in g.links) for g in group_utterances(items, common=common)}

    assert {g for g in groups(everything) if g & {"a", "b", "c"}} == groups(story) == {frozenset({"a", "b", "c"})}


def test_a_phrase_that_denies_nothing_leaves_a_reworded_version_of_the_same_polarity():
    # "no more, no less" denies nothing: one speaker's words reported in the third person group
    a = "They are asking for what they were promised in 2023 — no more, no less."
    b = "We are asking for what we were promised."
    assert grouped(("one", a, "direct", "ann-lee"), ("two", b, "direct", "ann-lee")) == [{"one", "two"}]
    # a real negation still keeps two versions apart
    c = "They are not asking for what they were promised in 2023."
    assert grouped(("one", c, "direct", "ann-lee"), ("two", b, "direct", "ann-lee")) == []


def test_a_fragment_both_versions_hold_keeps_them_together():
    # the short version is whole-matched by one outlet's reworded report and found verbatim in the
    # third's longer version: all three are one utterance
    reported = "They are asking for what they were promised in 2023 — no more, no less."
    short = "We are asking for what we were promised."
    longer = "We are asking for what we were promised in 2023, and that promise was in writing."
    assert grouped(
        ("one", reported, "direct", "ann-lee"), ("two", short, "direct", "ann-lee"), ("three", longer, "direct", "ann-lee")
    ) == [{"one", "two", "three"}]


def test_units_share_a_story_where_some_pair_of_their_articles_does():
    """`_one_story` pools each unit's story words once; it must say what testing every pair of the two
    units' articles with `_stories_share` says (strong words, weak given names, unknown stories)."""
    from loaders.group.quotes import WEAK, _one_story, _stories_share, _Unit

    chooser = random.Random(7)

    def story() -> frozenset[str]:
        return frozenset((WEAK if chooser.random() < 0.4 else "") + chooser.choice("abcde") for _ in range(chooser.randint(0, 3)))

    def unit() -> _Unit:
        stories = tuple(story() for _ in range(chooser.randint(0, 3)))
        return _Unit("t", [0], [], frozenset(), False, frozenset(), frozenset(), frozenset(), stories=stories)

    for _ in range(20_000):
        a, b = unit(), unit()
        assert _one_story(a, b) == any(_stories_share(x, y) for x in a.stories for y in b.stories), (a.stories, b.stories)


def _by_story_plainly(members, items):
    """`_by_story` as its docstring defines it: each member, in order, tested against every part."""
    from loaders.group.quotes import _stories_share

    parts: list[list[int]] = []
    names: list[set[str]] = []
    for member in members:
        story = items[member].story
        linked = [i for i, known in enumerate(names) if _stories_share(frozenset(known), story)]
        if not linked:
            parts.append([member])
            names.append(set(story))
            continue
        for i in reversed(linked[1:]):
            parts[linked[0]].extend(parts.pop(i))
            names[linked[0]] |= names.pop(i)
        parts[linked[0]].append(member)
        names[linked[0]] |= story
    return [sorted(part) for part in parts]


@pytest.mark.parametrize("seed", range(40))
def test_printings_split_by_story_through_an_index_as_by_testing_every_part(seed):
    from loaders.group.quotes import WEAK, _by_story

    chooser = random.Random(seed)
    vocabulary = "abcdefgh"[: chooser.randint(2, 8)]

    def story() -> frozenset[str]:
        size = chooser.choice([0, 1, 1, 2, 2, 3])
        return frozenset((WEAK if chooser.random() < 0.4 else "") + chooser.choice(vocabulary) for _ in range(size))

    text = "We will build it here."
    items = [item(f"a{i}", text) for i in range(chooser.randint(1, 30))]
    items = [Utterance(u.quote_key, u.span, u.text, u.kind, u.speaker, story()) for u in items]
    members = list(range(len(items)))
    chooser.shuffle(members)
    assert _by_story(members, items) == _by_story_plainly(members, items)


def test_units_already_made_are_not_taken_where_the_names_are_given():
    """`made` units hold the names their texts print; where the caller gives each item's names, the
    units are made of those, never taken from `made`."""
    items = [
        item("wire-a", "We will open ten stores in Orlavia next year.", speaker="Petra Lindqvist"),
        item("wire-b", "We will open ten stores in Orlavia next year.", speaker="Petra Lindqvist"),
        item("wire-c", "Our margins held at nine percent.", speaker="Petra Lindqvist"),
    ]
    names = [frozenset({"orlavia"}), frozenset({"orlavia"}), frozenset()]
    asked = []

    def made(text, members):
        asked.append(text)
        return None

    with_made = group_utterances(items, names=names, made=made)
    assert asked == []
    assert [[link.utterance.quote_key for link in g.links] for g in with_made] == [
        [link.utterance.quote_key for link in g.links] for g in group_utterances(items, names=names)
    ]
    group_utterances(items, made=made)
    assert asked  # without names, `made` is asked for each text's units
