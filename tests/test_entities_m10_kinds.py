"""Entity rules added for kinds the m10 mixed round showed: a minister's portfolio written after the
title ("Minister of Forests and Fisheries") is part of the title, no organisation. Short original
sentences of our own."""

from __future__ import annotations

from loaders.clean import layout
from loaders.extract.entities import find_entities


def _found(text: str) -> set[tuple[str, str]]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return {(m.kind, text[m.span.start : m.span.end]) for m in entities.mentions}


def test_a_ministers_portfolio_is_no_organisation():
    text = (
        "The plan was put to the Minister of Fisheries and Livestock, Jean Abessolo, in Edea. Later the "
        "Minister of Fisheries and Livestock left. Fisheries officials said the Minister of Fisheries and "
        "Livestock would return."
    )
    names = {name for kind, name in _found(text) if kind == "organisation"}
    assert not names & {"Fisheries", "Livestock"}
    assert ("person", "Jean Abessolo") in _found(text)
