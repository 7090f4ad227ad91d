"""The words a carried surname is looked for at (`_zone_words_starting`): exactly the zone's words, as
`_WORD_RE` splits them, that begin with one of the surnames' first characters; found by one pattern in C
rather than by looking at every word of the zone in Python."""

from __future__ import annotations

import random

import pytest

from loaders.extract.entities.consistency import _WORD_RE, CorpusNames, _zone_words_starting, carry_names, name_summary
from loaders.extract.types import EntityFindings, Mention
from loaders.spans import Span


def by_every_word(text: str, zone: Span, firsts: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text, zone.start, zone.end) if m.group()[0] in firsts]


def found(text: str, zone: Span, firsts: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _zone_words_starting(text, zone, firsts)]


@pytest.mark.parametrize(
    ("text", "zone", "firsts"),
    [
        ("Castellane said. Castellane's view", Span(0, 34), "C"),
        ("MacCastellane said", Span(3, 18), "C"),  # the zone opens inside a word: its first word is the zone's own
        ("MacCastellane said", Span(3, 18), "s"),
        ("Mac-Castellane said", Span(4, 19), "C"),  # a hyphen is a word character
        ("x.Castellane said", Span(2, 17), "C"),  # so is a stop
        ("Castellane", Span(0, 5), "C"),  # a word cut at the zone's end
        ("O'Brien and ’Tis", Span(0, 16), "O’"),
        ("[Vale] -Vale", Span(0, 12), "-V["),
        ("", Span(0, 0), "C"),
    ],
)
def test_the_zones_words_of_those_first_characters(text, zone, firsts):
    assert found(text, zone, firsts) == by_every_word(text, zone, firsts)


def test_on_random_texts_and_zones():
    draw = random.Random(11)
    pieces = ["Ab", "a", "B", " ", "'", "’", ".", "-", ",", "&", "\n", "C", "é", "É"]
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 25)))
        start = draw.randint(0, len(text))
        zone = Span(start, draw.randint(start, len(text)))
        firsts = "".join(sorted(set(draw.sample(["A", "B", "C", "É", "'", "-", "a"], draw.randint(1, 3)))))
        assert found(text, zone, firsts) == by_every_word(text, zone, firsts), (text, zone, firsts)


def test_a_surname_alone_is_found_and_a_word_that_only_ends_in_it_is_not():
    text = "Ana Castellane spoke. Castellane said sales rose. MacCastellane left."
    zone = Span(0, len(text))
    person = Mention("person", "Ana Castellane", Span(0, 14), "test", 1.0)
    findings = EntityFindings(mentions=[person])
    corpus = CorpusNames()
    corpus.add(name_summary(text, findings))
    carried = carry_names(text, [zone], findings, corpus.finish())
    surnames = [m.span.of(text) for m in carried.mentions if m.rule == "surname of a person named in the article"]
    assert surnames == ["Castellane"]
