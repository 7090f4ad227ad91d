"""Review r31's findings, on short original sentences: each fails on the code the review read."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes_of

# H2: a given name written short with a stop ("Md.") ends no sentence only inside a name; the same letters as
# a state's short form, a family name or a town end their sentence, and the quote after them is direct.


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The new dairy will be built near Annapolis, Md. "We expect 250 jobs," said Rhea Voss, the chief executive.',
            "We expect 250 jobs,",
            "Rhea Voss",
        ),
        (
            'The tin smelter will be built in Jos. "We expect 90 jobs," said Garba Yusuf, the plant manager.',
            "We expect 90 jobs,",
            "Garba Yusuf",
        ),
        (
            'Sales rose, said chief executive Jun Ma. "We will open 35 branches," said Ola Brant, the finance chief.',
            "We will open 35 branches,",
            "Ola Brant",
        ),
    ],
)
def test_a_short_given_name_s_letters_elsewhere_end_their_sentence(text, words, speaker):
    got, _ = quotes_of(text)
    assert ("direct", words, speaker) in got


def test_a_quote_after_a_family_name_ending_a_sentence_is_direct():
    got, _ = quotes_of('"We will open 35 branches," said Hui Ma. "The rest will wait," she added.')
    assert ("direct", "The rest will wait,", "Hui Ma") in got


def test_a_short_given_name_inside_a_speaker_s_name_still_ends_no_sentence():
    got, _ = quotes_of('"The mill will run two shifts from June," said Md. Kamrul Hasan Mollah.\n')
    assert got[0][2] == "Md. Kamrul Hasan Mollah"
