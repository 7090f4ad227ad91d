"""Quotes and speakers as different outlets print them: a tabloid's list of bullet lines, a
company name the entity stage only guessed at standing where a speaker would, a hyphenated
surname that ends in a place's name. Short original sentences."""

from __future__ import annotations

import re

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes
from loaders.extract.types import EntityFindings, Mention
from loaders.spans import Span


def quotes_of(text: str, mentions: list[Mention], roles=()):
    entities = EntityFindings(mentions=sorted(mentions, key=lambda m: m.span))
    return [q for q in find_quotes(text, layout(text).paragraphs, entities, RoleIndex(roles)) if q.kind != "indirect"]


def mentions_of(text: str, kind: str, name: str, confidence: float) -> list[Mention]:
    return [Mention(kind, name, Span(m.start(), m.end()), "given", confidence) for m in re.finditer(re.escape(name), text)]


@pytest.mark.parametrize(
    "text",
    [
        # each bullet line is a sentence: the quote's speaker is sought in its own line only
        "Fenmore fined\n\n- Chief executive Ada Brill kept her bonus\n- Campaigners say the fine is 'a drop in the ocean'\n",
        "Fenmore fined\n\n• Chief executive Ada Brill kept her bonus\n• Campaigners say the fine is 'a drop in the ocean'\n",
    ],
)
def test_a_list_line_bounds_the_speakers_place(text):
    (quote,) = [
        q for q in quotes_of(text, mentions_of(text, "person", "Ada Brill", 0.9), [("Ada Brill", "chief executive", None)])
    ]
    assert quote.speaker is None


def test_a_guessed_name_of_several_words_is_no_speaker():
    text = "Tarrow Water fined\n\nTarrow Water said the fine was 'far higher than we expected' and would appeal.\n"
    guessed = mentions_of(text, "organisation", "Tarrow Water", 0.5)
    (quote,) = quotes_of(text, guessed)
    assert quote.speaker is None


def test_a_guessed_single_word_may_still_be_a_speaker():
    """A bare recurring word the entity stage guessed is an organisation does not stop a surname."""
    text = "Ada Brill runs the mill.\n\nBrill said the mill was 'running at full tilt again' this week.\n"
    guess = Mention("organisation", "Brill", Span(text.index("Brill said"), text.index("Brill said") + 5), "guess", 0.5)
    mentions = [*mentions_of(text, "person", "Ada Brill", 0.9), guess]
    (quote,) = quotes_of(text, mentions)
    assert quote.speaker == "Ada Brill"


@pytest.mark.parametrize(
    "text, person, places",
    [
        # the last part of a hyphenated surname is no place, nor is the first
        ("Its chief executive, Dr Kwesi Ampofo-Bello, said so.", "Kwesi Ampofo-Bello", set()),
        ("Regulator chief Kwesi Bello-Ampofo spoke.", "Kwesi Bello-Ampofo", set()),
        # a hyphenated place is still one place, and places elsewhere stay places
        ("Flights to Guinea-Bissau resumed, Kwesi Ampofo said.", "Kwesi Ampofo", {"Guinea-Bissau"}),
        ("The Paris-based lender hired Kwesi Ampofo.", "Kwesi Ampofo", {"Paris"}),
    ],
)
def test_a_hyphenated_surname_is_no_place(text, person, places):
    found = find_entities(text, [Span(0, len(text))], {}).mentions
    assert {m.name for m in found if m.kind == "person"} == {person}
    assert {m.name for m in found if m.kind == "place"} == places


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an unnamed speaker who gave a name: that name spoke
        ('"The fares are too high," said one commuter, who gave her name only as Lin Mei.\n', "Lin Mei"),
        ('"The fares are too high," said a commuter who gave his name only as Tomas.\n', "Tomas"),
        ('"The fares are too high," said one trader, who asked to be identified only as Mr Okafor.\n', "Okafor"),
        # a name given in a later sentence is no one's for this quote
        ('"The fares are too high," said one commuter. Later a driver who gave his name as Tomas waved.\n', None),
        # an unnamed speaker stays unnamed
        ('"The fares are too high," said one commuter.\n', None),
    ],
)
def test_the_name_an_unnamed_speaker_gave(text, speaker):
    from tests.test_quote_speakers import direct_quotes

    (quote,) = direct_quotes(text)[0]
    assert quote.speaker == speaker
