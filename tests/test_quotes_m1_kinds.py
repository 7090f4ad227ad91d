"""Error kinds the mixed held-out round m1 showed in speakers, on short original sentences: a person
one outlet prints by an initial and surname ("I. Varga", as many papers
print names) is the person another outlet of the same utterance names in full."""

from __future__ import annotations

import itertools

import pytest

from loaders.rows import QuoteRecord, _given_names_in_full, _initials_of, quote_rows
from loaders.spans import ContentIds
from tests.test_quote_grouping import item


@pytest.mark.parametrize(
    "speakers, expected",
    [
        ({"i-varga", "ilse-varga"}, {"i-varga": "ilse-varga"}),
        ({"j-p-lind", "jan-per-lind"}, {"j-p-lind": "jan-per-lind"}),
        ({"t-okafor-reid", "tunde-okafor-reid"}, {"t-okafor-reid": "tunde-okafor-reid"}),
        # the given name alone, as before
        ({"josue", "josue-pereira-lins"}, {"josue": "josue-pereira-lins"}),
        # must not: another initial, another surname, two people it could be, an initial too few
        ({"d-varga", "ilse-varga"}, {}),
        ({"i-vance", "ilse-varga"}, {}),
        ({"i-varga", "ilse-varga", "ivo-varga"}, {}),
        ({"j-lind", "jan-per-lind"}, {}),
        ({"i-varga", "i-varga-x"}, {}),
        # must not: two people named in full, initials with no surname
        ({"ann-lee", "anna-lee"}, {}),
        ({"a-b", "ann-bo"}, {}),
        ({"a", "b-c"}, {}),
    ],
)
def test_an_initial_and_surname_is_the_person_named_in_full(speakers, expected):
    assert _given_names_in_full(speakers) == expected


def _given_names_in_full_by_scanning(speakers: set[str]) -> dict[str, str]:
    """The same lookup by comparing every pair of speakers: what the indexed one must give."""
    out = {}
    for one in speakers:
        if "-" in one:
            longer = [other for other in speakers if other != one and _initials_of(one, other)]
        else:
            longer = [other for other in speakers if other.startswith(f"{one}-")]
        if len(longer) == 1:
            out[one] = longer[0]
    return out


def test_the_indexed_lookup_gives_what_comparing_every_pair_gives():
    given, surnames = ["ilse", "ivo", "jan", "per", "ann", "a", "i", "j", "p"], ["varga", "lind", "lee", "okafor-reid", "x"]
    speakers = set(given) | {
        "-".join(parts)
        for n in (1, 2)
        for first in itertools.product(given, repeat=n)
        for parts in [(*first, last) for last in surnames]
    }
    found = _given_names_in_full(speakers)
    assert found == _given_names_in_full_by_scanning(speakers)
    assert found  # the set holds names to resolve
    for subset in (set(sorted(speakers)[::3]), set(sorted(speakers)[1::7])):
        assert _given_names_in_full(subset) == _given_names_in_full_by_scanning(subset)


def test_one_utterance_printed_with_an_initial_takes_the_full_name():
    said = "We found the water. Now we need a partner who knows how to pump it."
    records = {
        ("one", 0, len(said)): QuoteRecord(1, "direct", "ilse-varga", "named"),
        ("two", 0, len(said)): QuoteRecord(2, "direct", "i-varga", "named"),
    }
    list(quote_rows(records, [item("one", said, speaker="ilse-varga"), item("two", said, speaker="i-varga")], ContentIds()))
    assert {key[0]: record.speaker_id for key, record in records.items()} == {"one": "ilse-varga", "two": "ilse-varga"}


def test_an_initial_shared_by_two_full_names_stays_as_printed():
    said = "We found the water. Now we need a partner who knows how to pump it."
    records = {
        ("one", 0, len(said)): QuoteRecord(1, "direct", "ilse-varga", "named"),
        ("two", 0, len(said)): QuoteRecord(2, "direct", "i-varga", "named"),
        ("three", 0, len(said)): QuoteRecord(3, "direct", "ivo-varga", "named"),
    }
    items = [
        item("one", said, speaker="ilse-varga"),
        item("two", said, speaker="i-varga"),
        item("three", said, speaker="ivo-varga"),
    ]
    list(quote_rows(records, items, ContentIds()))
    assert records[("two", 0, len(said))].speaker_id == "i-varga"
