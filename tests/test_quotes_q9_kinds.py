"""Error kinds the q9 held-out round (quotes: speakers and grouping, in house styles not seen
before) showed, on short original sentences: a broadcast transcript's labels giving the speaker's
role after the name ("ANN LEE, MANAGING DIRECTOR:"), the programme's own reporter labelled so
too."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes

TITLE = "Town news\n\n"  # a headline line first, as an article has


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of every direct and partial quote of the text."""
    text = TITLE + text
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex())
    return [(q.span.of(text), q.speaker) for q in found if q.kind in ("direct", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transcript's label with the speaker's role after a comma: the turn is the speaker's words,
        # the reporter's turns (labelled with a journalist's role, then by name alone) the outlet's
        (
            "PRESENTER: A bakery in Tenby has closed. Our reporter Megan Maddox-Hale has the story.\n\n"
            "MEGAN MADDOX-HALE, REPORTER: The ovens went cold on Friday. The owner, Gareth Castellow, spoke to us.\n\n"
            "GARETH CASTELLOW, OWNER, CASTELLOW BAKERY: Flour doubled and the rent doubled. We could not carry both.\n\n"
            "MEGAN MADDOX-HALE: The council's officer, Tegan Lisburne-Ray, says help came too late.\n\n"
            "TEGAN LISBURNE-RAY, BUSINESS OFFICER: We offered a grant in March. It was not enough.\n\n"
            "MEGAN MADDOX-HALE: Megan Maddox-Hale, in Tenby.",
            [
                ("Flour doubled and the rent doubled. We could not carry both.", "Gareth Castellow"),
                ("We offered a grant in March. It was not enough.", "Tegan Lisburne-Ray"),
            ],
        ),
        # a Senior correspondent's label marks the outlet's words as well
        (
            "ANNA VOSS-PEREIRA, SENIOR CORRESPONDENT: The strike is in its third day. Its leader is Tom Greaves.\n\n"
            "TOM GREAVES, UNION BRANCH SECRETARY: Nobody wants to be out here in the rain.\n\n"
            "ANNA VOSS-PEREIRA: The company says talks will resume.\n\n"
            "TOM GREAVES: We will be here until they do.",
            [
                ("Nobody wants to be out here in the rain.", "Tom Greaves"),
                ("We will be here until they do.", "Tom Greaves"),
            ],
        ),
        # must-not: a role in ordinary case after a name is a sentence's subject ("…, added:"), not a label
        (
            "Megan Castellow, Director of Sales, added: the stores reopen on Monday.\n\n"
            "Tom Greaves, Branch Secretary: nobody wants a strike.",
            [],
        ),
        # must-not: a comma after a name opening an ordinary paragraph is no label without its colon
        (
            'Tom Greaves, the branch secretary, spoke first. "Nobody wants a strike," he said.\n\n'
            "Ann Lee, however, said the offer stood.",
            [("Nobody wants a strike,", "Tom Greaves")],
        ),
    ],
)
def test_a_transcript_label_may_give_the_role(text, expected):
    assert speakers(text) == expected
