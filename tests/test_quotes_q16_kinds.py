"""Error kinds the q16 quotes round showed, on short original sentences: a transcript's labels in
capitals after a courtesy title written with its stop ("ALH. MENSAH:", "HON. DARKO:"); an interview
labelled by initials two people of the page share, one of them named only inside an answer; a quote
"the minister said" where the page brought in a minister by the title alone, never naming the holder
(not the person named just before); "declared" as a reporting verb."""

from __future__ import annotations

import pytest

from tests.helpers import said
from tests.test_quotes import quotes_of


def test_transcript_labels_after_a_courtesy_title_in_capitals():
    text = (
        "On Tuesday's programme Kofi Mensah, who runs the Tamale depot, and the roads minister, Abena Darko,"
        " talked to our presenter.\n\n"
        "PRESENTER: Why move the depot now?\n\n"
        "ALH. MENSAH: The old road floods every August, and the lorries wait a week.\n\n"
        "PRESENTER: And who pays for the bridge?\n\n"
        "HON. DARKO: We will pay for the new bridge before the rains come.\n"
    )
    assert said(text) == [
        ("The old road floods every August, and the lorries wait a week.", "Kofi Mensah"),
        ("We will pay for the new bridge before the rains come.", "Abena Darko"),
    ]


def test_initials_two_people_share_are_the_interviewee_introduced_before_the_turns():
    text = (
        "Robin Moss fires the kilns at Orvale Ceramics.\n\n"
        "FIVE MINUTES WITH ROBIN MOSS\n\n"
        "OCN: Why gas and not wood?\n\n"
        "RM: Wood smoke marks the glaze. Rita Marsh, who taught me, said so in 1990 and she was right.\n\n"
        "OCN: What comes next?\n\n"
        "RM: A second kiln by the spring, if the bank agrees.\n"
    )
    assert said(text) == [
        ("Wood smoke marks the glaze. Rita Marsh, who taught me, said so in 1990 and she was right.", "Robin Moss"),
        ("A second kiln by the spring, if the bank agrees.", "Robin Moss"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ana Lind, a grower in Orvale, brought her grandchildren. The Minister of Fisheries, who flew in for"
            ' the day, said the quay was ready.\n\n"Every boat that lands here will be weighed on the same scale,"'
            " the minister said.",
            [("Every boat that lands here will be weighed on the same scale,", None)],
        ),
        (
            'Ivo Baric opened the market hall. "We built it in one year," he said. The Croatian tourism minister'
            " was also there.\n\n"
            '"Visitors will come for the fish and stay for the wine," the minister declared.',
            [("We built it in one year,", "Ivo Baric"), ("Visitors will come for the fish and stay for the wine,", None)],
        ),
        # the page names the minister: the bare title is hers
        (
            "Fisheries Minister Ana Lind cut the ribbon.\n\n"
            '"Every boat that lands here will be weighed on the same scale," the minister declared.',
            [("Every boat that lands here will be weighed on the same scale,", "Ana Lind")],
        ),
    ],
)
def test_a_title_the_page_gives_no_name_is_not_the_person_named_before(text, expected):
    assert said(text) == expected


def test_questions_and_answers_labelled_with_a_stop():
    text = (
        "Maren Holt, who runs the Orvale ferry, spoke to our morning show on Friday. Here is part of the interview.\n\n"
        "Q. Why stop the night crossing?\n\n"
        "A. Nobody sails at two in the morning any more, and the crew need their sleep.\n\n"
        "Q. Will the fares rise?\n\n"
        "A. Not this year, and not by much the next.\n"
    )
    assert said(text) == [
        ("Nobody sails at two in the morning any more, and the crew need their sleep.", "Maren Holt"),
        ("Not this year, and not by much the next.", "Maren Holt"),
    ]


def test_a_paragraph_opening_on_an_initial_is_no_answer():
    # a named person and an interview cue first: only the question's "?" keeps "Q. Marsh ..." and
    # "A. Lind ..." (people's initials) from being read as an interview's turns
    text = (
        "Maren Holt gave an interview to our reporter on Friday about the harbour board.\n\n"
        "Q. Marsh, the harbour master, chaired the meeting.\n\n"
        "A. Lind spoke for the fishers and asked for lower fees.\n\n"
        "Q. Marsh closed it at noon.\n\n"
        "A. Lind said the quay would open in May.\n"
    )
    assert said(text) == []
    got, _ = quotes_of(text)
    assert got == [("indirect", "the quay would open in May", "A. Lind")]
