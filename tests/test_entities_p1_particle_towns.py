"""Towns whose names carry a particle ("de", "del", "de los") read whole: a known place after a saint's or
a settlement's word and the particle ends the longer name ("Santa Rosa de Viterbo"), a known name opening
with one goes on across the particle ("San Francisco de Tessa"). Short original sentences of our own."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities


def _names(text: str, kind: str) -> set[str]:
    found = find_entities(text, layout(text).paragraphs, {})
    return {m.span.of(text) for m in found.mentions if m.kind == kind}


@pytest.mark.parametrize(
    "text, town",
    [
        # a known city's name before the particle goes on to the name after it
        ("The mayor of San Francisco de Tessa said growers agreed.", "San Francisco de Tessa"),
        ("Cacao del Orvale, in San Francisco de Tessa in the north, dries beans.", "San Francisco de Tessa"),
        # a known place after a saint's name and the particle ends the longer name
        ("Growers in Santa Rosa de Viterbo sold milk.", "Santa Rosa de Viterbo"),
        ("San Salvador de Jujuy and Tucumán buy bananas.", "San Salvador de Jujuy"),
        # a settlement's word, a particle and a known name, then a particle again
        ("Farms around Villa de San Diego de Orvale grew.", "Villa de San Diego de Orvale"),
    ],
)
def test_a_town_named_with_a_particle_is_read_whole(text, town):
    places = _names(text, "place")
    assert town in places
    # no piece of it stands alone, as a place or an organisation
    pieces = {piece for piece in places | _names(text, "organisation") if piece != town and piece in town}
    assert not pieces


def test_a_bank_or_body_named_with_a_particle_is_no_town():
    text = "Banco de San Francisco lent the co-op 4 million pesos."
    assert "Banco de San Francisco" in _names(text, "organisation")
    assert not any(place.startswith("Banco") for place in _names(text, "place"))
