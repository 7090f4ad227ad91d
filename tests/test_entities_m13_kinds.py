"""The m13 round's kinds of entities, on short original sentences: an official body's name listing its fields
with commas read whole ("Superintendence of Companies, Securities and Insurance", "Ministry of the Sea,
Transport and Infrastructure"), also where a person's name is run into its last field after a title; never a
list of two bodies read as one."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities


def _mentions(text: str) -> dict[str, str]:
    text += "\n"
    entities = find_entities(text, layout(text).paragraphs, {})
    return {m.span.of(text): m.kind for m in entities.mentions}


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # must not: a list of bodies, each its own
        (
            "The plan needs the approval of the Ministry of Finance, the central bank and Velora Bank.",
            ["Ministry of Finance", "Velora Bank"],
        ),
        (
            "The deal needs the approval of the Superintendence of Banks, the Ministry of Finance and Velora Bank.",
            ["Superintendence of Banks", "Ministry of Finance", "Velora Bank"],
        ),
        # must not: a company's name after the fields is no field ("... Velora Holding")
        (
            "The Ministry of Economy and Trade Velora Holding Group hired 40 people.",
            None,
        ),
    ],
)
def test_a_list_of_bodies_is_no_one_body(sentence, bodies):
    got = _mentions(sentence)
    if bodies is None:
        assert not any(name.endswith("Velora") for name in got)
    else:
        assert [name for name, kind in got.items() if kind == "organisation"] == bodies


@pytest.mark.parametrize(
    ("sentence", "body", "person"),
    [
        (
            "The merger was filed with the Superintendence of Companies, Securities and Insurance in Lima.",
            "Superintendence of Companies, Securities and Insurance",
            None,
        ),
        (
            "The state secretary in the Ministry of the Sea, Transport and Infrastructure Dora Kovačević Horvat attended.",
            "Ministry of the Sea, Transport and Infrastructure",
            "Dora Kovačević Horvat",
        ),
    ],
)
def test_a_body_listing_its_fields_is_read_whole(sentence, body, person):
    got = _mentions(sentence)
    assert got.get(body) == "organisation"
    if person:
        assert got.get(person) == "person"
