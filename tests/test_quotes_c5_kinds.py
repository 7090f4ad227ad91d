"""Error kinds a sixth held-out round (stories told by three outlets each) showed in quotes, on short
original sentences: a quote one outlet trims at a clause and another prints whole (and a third
quotes partly) is one utterance; words an outlet credits to "a spokesperson" or to "the company ...
in a statement" stay that source's, never taking the person another outlet names; a town's mayor
named once is who "the mayor" is later."""

from __future__ import annotations

import pytest

from loaders.group.quotes import group_utterances
from loaders.rows import QuoteRecord, quote_rows
from loaders.spans import ContentIds
from tests.test_quote_grouping import item
from tests.test_quotes_q5_kinds import TITLE, quotes

WHOLE = "This is the hardest call I have made in my years at the mill, and we did not make it lightly."
TRIMMED = "This is the hardest call I have made in my years at the mill."
PART = "the hardest call I have made in my years at the mill"


@pytest.mark.parametrize(
    "printed",
    [
        [("one", WHOLE), ("two", TRIMMED), ("three", PART, "partial")],
        [("one", WHOLE), ("two", TRIMMED)],
        [("one", WHOLE), ("three", PART, "partial"), ("two", TRIMMED)],
    ],
)
def test_a_quote_trimmed_at_a_clause_is_the_whole_quote(printed):
    groups = group_utterances([item(*p) for p in printed])
    assert [len(g.links) for g in groups] == [len(printed)]


def test_a_short_fragment_still_joins_no_two_versions_together():
    """Two different sentences holding one short phrase stay two utterances (a fragment of fewer
    than ten words is no whole version)."""
    a = "We will open ten stores across the north next year, starting in Leeds."
    b = "Ten stores across the north were shut last winter, and we regret it."
    groups = group_utterances([item("one", a), item("two", b), item("three", "ten stores across the north", "partial")])
    assert sorted(len({link.utterance.quote_key[0] for link in g.links}) for g in groups) == [1, 2]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Osprey Capital led the round.\n\n"The team has built what others only promise," an Osprey Capital spokesperson said.',
            [("The team has built what others only promise,", "direct", None)],
        ),
        (
            'Osprey Capital led the round.\n\n"The team has built what others only promise," a spokesman for Osprey Capital said.',
            [("The team has built what others only promise,", "direct", None)],
        ),
        # a spokesperson the article names is that person
        (
            'Osprey Capital spokesperson Ada Quint spoke on Friday.\n\n"The team has built what others only promise,"'
            " the spokesperson said.",
            [("The team has built what others only promise,", "direct", "Ada Quint")],
        ),
    ],
)
def test_a_spokesperson_is_a_source_unless_named(text, expected):
    assert quotes(TITLE + text) == expected


@pytest.mark.parametrize("spokesperson_source", ["an Osprey Capital spokesperson", "the company"])
def test_a_sources_words_keep_no_speaker_another_outlet_names(spokesperson_source):
    """One utterance: one outlet names the partner who said it, another credits a source; only the
    words of an article that names nobody at all would take the named speaker."""
    said = "The team has built what others only promise."
    records = {
        ("one", 0, len(said)): QuoteRecord(1, "direct", "ada-quint", "named"),
        ("two", 0, len(said)): QuoteRecord(2, "direct", None, "source is not a person", source=spokesperson_source),
        ("three", 0, len(said)): QuoteRecord(3, "direct", None, "no person named"),
    }
    items = [item("one", said, speaker="ada-quint"), item("two", said), item("three", said)]
    list(quote_rows(records, items, ContentIds()))
    assert {key[0]: record.speaker_id for key, record in records.items()} == {
        "one": "ada-quint",
        "two": None,
        "three": "ada-quint",
    }


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Ada Quint told the town's mayor, Lia Benassi, about the plan.\n\n"
            'The mayor said the plan was "the best news this valley has had in years."',
            "Lia Benassi",
        ),
        (
            'Councillor Tom Reyes spoke at the meeting.\n\nThe councillor said: "We need homes that people here can afford."',
            "Tom Reyes",
        ),
    ],
)
def test_a_mayor_or_councillor_named_once_is_who_the_title_means_later(text, speaker):
    assert [q[2] for q in quotes(TITLE + text)] == [speaker]
