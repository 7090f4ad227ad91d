"""Fixes of the q16 review on short original sentences: a holder of a title the page brings in by the
title alone stops a later "the <title> said" from going to the person named just before only where it
is a sentence's subject, printed after that person, and is not a former or other holder ("The previous
minister, who ...", "the late minister of works")."""

from __future__ import annotations

import pytest

from tests.test_quotes_q16_kinds import said


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a former holder brought in after the person named: the quote is still the person's
        (
            "Kwame Osei toured the port on Friday, his first visit since he took over the ministry. The previous"
            ' minister, who served eight years, had promised a new quay.\n\n"We will build it this year," the'
            " minister said.",
            "Kwame Osei",
        ),
        (
            "Kwame Osei toured the port on Friday. The late minister of works had opposed the quay for years.\n\n"
            '"We will build the quay this year," the minister said.',
            "Kwame Osei",
        ),
        (
            "Petra Valk opened the new ward on Monday. The former health minister, who left office in May, sent"
            ' flowers.\n\n"Nurses will have their own rest room," the minister said.',
            "Petra Valk",
        ),
        (
            "Petra Valk opened the new ward on Monday. The ex-health minister had planned it in 2019.\n\n"
            '"Nurses will have their own rest room," the minister said.',
            "Petra Valk",
        ),
        (
            "Ken Adu runs Orvale Foods. The firm's incoming chief executive, who joins from a rival, starts in"
            ' May.\n\n"We will open two more plants," the chief executive said.',
            "Ken Adu",
        ),
        # a title inside a sentence, not its subject, brings in no speaker
        (
            "Ines Kahl was elected on Monday. She beat the sitting mayor of Dorne by 400 votes.\n\n"
            '"The first thing I will fix is the buses," the mayor said.',
            "Ines Kahl",
        ),
        (
            "Tomas Brenn, who won the vote by a wide margin, will replace the Carrow governor of the last decade"
            ' in June.\n\n"The roads come first," the governor said.',
            "Tomas Brenn",
        ),
        # one brought in before the person named
        (
            "The last chairman of Orvale Bank, who retired in 2015, built its branch network. Twenty years on, the"
            ' bank is run by Ines Kahl, who moved it online.\n\n"Branches still matter to older customers," the'
            " chairman said.",
            "Ines Kahl",
        ),
        (
            "The Minister of Roads, who flew in on Tuesday, cut the ribbon. Farid Hamza then walked the new"
            ' bridge with reporters.\n\n"It will carry lorries by the autumn," the minister said.',
            "Farid Hamza",
        ),
    ],
)
def test_another_holder_of_the_title_leaves_the_quote_to_the_person_named(text, speaker):
    [(_, got)] = said(text)
    assert got == speaker


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed holder, the subject of a sentence after the person named: the quote is theirs
        "Farid Hamza walked the new bridge with reporters. The Minister of Roads, who flew in on Tuesday, cut"
        ' the ribbon.\n\n"It will carry lorries by the autumn," the minister said.',
        'Farid Hamza walked the new bridge with reporters. "It is wide enough," he said. The Danish roads'
        ' minister was also there.\n\n"It will carry lorries by the autumn," the minister said.',
    ],
)
def test_an_unnamed_holder_opening_a_sentence_after_the_person_is_the_speaker(text):
    assert said(text)[-1] == ("It will carry lorries by the autumn,", None)
