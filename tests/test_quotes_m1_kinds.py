"""Error kinds the mixed held-out round m1 showed in speakers, on short original sentences: a person
one outlet prints by an initial and surname ("B. Ganzorig", as Mongolian, Russian and many other
papers print names) is the person another outlet of the same utterance names in full."""

from __future__ import annotations

import pytest

from loaders.rows import QuoteRecord, _given_names_in_full, quote_rows
from loaders.spans import ContentIds
from tests.test_quote_grouping import item


@pytest.mark.parametrize(
    "speakers, expected",
    [
        ({"b-ganzorig", "batbayar-ganzorig"}, {"b-ganzorig": "batbayar-ganzorig"}),
        ({"j-p-lind", "jan-per-lind"}, {"j-p-lind": "jan-per-lind"}),
        ({"t-okafor-reid", "tunde-okafor-reid"}, {"t-okafor-reid": "tunde-okafor-reid"}),
        # the given name alone, as before
        ({"josue", "josue-pereira-lins"}, {"josue": "josue-pereira-lins"}),
        # must not: another initial, another surname, two people it could be, an initial too few
        ({"d-ganzorig", "batbayar-ganzorig"}, {}),
        ({"b-ganbold", "batbayar-ganzorig"}, {}),
        ({"b-ganzorig", "batbayar-ganzorig", "bold-ganzorig"}, {}),
        ({"j-lind", "jan-per-lind"}, {}),
        ({"b-ganzorig", "b-ganzorig-x"}, {}),
        # must not: two people named in full, initials with no surname
        ({"ann-lee", "anna-lee"}, {}),
        ({"a-b", "ann-bo"}, {}),
        ({"a", "b-c"}, {}),
    ],
)
def test_an_initial_and_surname_is_the_person_named_in_full(speakers, expected):
    assert _given_names_in_full(speakers) == expected


def test_one_utterance_printed_with_an_initial_takes_the_full_name():
    said = "We found the water. Now we need a partner who knows how to pump it."
    records = {
        ("one", 0, len(said)): QuoteRecord(1, "direct", "oyun-tsend", "named"),
        ("two", 0, len(said)): QuoteRecord(2, "direct", "o-tsend", "named"),
    }
    list(quote_rows(records, [item("one", said, speaker="oyun-tsend"), item("two", said, speaker="o-tsend")], ContentIds()))
    assert {key[0]: record.speaker_id for key, record in records.items()} == {"one": "oyun-tsend", "two": "oyun-tsend"}


def test_an_initial_shared_by_two_full_names_stays_as_printed():
    said = "We found the water. Now we need a partner who knows how to pump it."
    records = {
        ("one", 0, len(said)): QuoteRecord(1, "direct", "oyun-tsend", "named"),
        ("two", 0, len(said)): QuoteRecord(2, "direct", "o-tsend", "named"),
        ("three", 0, len(said)): QuoteRecord(3, "direct", "otgon-tsend", "named"),
    }
    items = [
        item("one", said, speaker="oyun-tsend"),
        item("two", said, speaker="o-tsend"),
        item("three", said, speaker="otgon-tsend"),
    ]
    list(quote_rows(records, items, ContentIds()))
    assert records[("two", 0, len(said))].speaker_id == "o-tsend"
