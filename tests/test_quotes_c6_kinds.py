"""Error kinds the c6 held-out round showed in quotes, on short original sentences: "a company
spokesman" the article leaves unnamed is not whoever holds that role in another article of the
corpus (the only spokesman the data knows), while a spokesperson named in the article, or the one
"the spokesman" points back to, still is."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes

TITLE = "Plant news\n\n"
# Another article of the corpus named one spokesman.
ELSEWHERE = RoleIndex([("Odo Farrant", "spokesman", "Kessway Foods"), ("Ines Pauley", "spokesperson", None)])


def speakers(text: str) -> list[str | None]:
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), ELSEWHERE)
    return [q.speaker for q in found if q.kind in ("direct", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"There will be no cuts at the plant here," a company spokesman added.', [None]),
        ('"There will be no cuts at the plant here," said a spokesman for the firm.', [None]),
        ('"There will be no cuts at the plant here," an airline spokesperson said.', [None]),
        # must not: a spokesperson the article names is that person
        ('"There will be no cuts at the plant here," said Hester Rijnsma, a company spokeswoman.', ["Hester Rijnsma"]),
        # must not: "the spokesman" the corpus knows one holder of, at a company this article names, is
        # still read through the data
        (
            'Kessway Foods will keep the plant. "There will be no cuts at the plant here," the spokesman said.',
            ["Odo Farrant"],
        ),
    ],
)
def test_an_unnamed_spokesperson_is_nobody_the_data_names(text, expected):
    assert speakers(TITLE + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"We will fight for every job in this town," said the mayor of Rio Verde, Joaquim Bettencourt.',
            ["Joaquim Bettencourt"],
        ),
        (
            '"We will fight for every job in this town," said the president of the state labour agency, Helena Figueiredo'
            " Santos, who called it premature.",
            ["Helena Figueiredo Santos"],
        ),
        # must not: a name later in the clause that is not set off right after the role
        ('"We will fight for every job in this town," said the mayor of Rio Verde, adding that Ines Moller agreed.', [None]),
        ('"We will fight for every job in this town," said the company, Tarrant Heat, in Leeds.', [None]),
    ],
)
def test_a_name_set_off_after_a_role_is_its_holder(text, expected):
    assert speakers(TITLE + text) == expected
