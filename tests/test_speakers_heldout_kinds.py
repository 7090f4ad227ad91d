"""Speaker steps added for kinds of attribution the held-out articles showed: a courtesy title
or a middle initial after the verb, and a quote standing alone whose paragraph names its
speaker in the next sentence. Short original sentences; entities given by hand."""

from __future__ import annotations

import pytest

from tests.test_quote_speakers import speaker_of


@pytest.mark.parametrize(
    "text, words, speaker, step",
    [
        # a stop after a courtesy title or a middle initial ends no sentence
        (
            "“The trial went well,” said Dr. Rosa T. Quill, a chemist at the clinic.",
            "The trial",
            "Rosa T. Quill",
            "the same sentence, after the quote",
        ),
        ("“The trial went well,” said Prof. Ivo Brandt.", "The trial", "Ivo Brandt", "the same sentence, after the quote"),
        ("“The trial went well,” Dr. Rosa T. Quill said.", "The trial", "Rosa T. Quill", "the same sentence, after the quote"),
        # a paragraph opening with a quote that stands alone: the person its next sentence names
        (
            "“Fares will fall.” That was the view of Noor Haddad, a travel analyst.",
            "Fares",
            "Noor Haddad",
            "named in the sentence just after the quote",
        ),
        (
            "“Fares will fall.” That is how Noor Haddad, who studies airlines, sees it.",
            "Fares",
            "Noor Haddad",
            "named in the sentence just after the quote",
        ),
    ],
)
def test_speaker_steps(text, words, speaker, step):
    found, resolution = speaker_of(text, words, people=[speaker])
    assert found == speaker
    assert resolution.startswith(step)


def test_the_next_sentence_names_the_speaker_of_a_quote_after_it_too():
    text = (
        "“Rates stay high,” said Ivo Brandt.\n\n“Fares will fall.” That was the view of Noor Haddad, a travel analyst. "
        "“Not this year, but soon.”"
    )
    assert speaker_of(text, "Fares", people=["Ivo Brandt", "Noor Haddad"])[0] == "Noor Haddad"
    assert speaker_of(text, "Not this year", people=["Ivo Brandt", "Noor Haddad"])[0] == "Noor Haddad"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # two people named in the next sentence: it does not say who spoke; the speaker before goes on
        ("“Rates stay high,” said Ivo Brandt.\n\n“Fares will fall.” Noor Haddad and Lena Ruiz disagreed.", "Fares", "Ivo Brandt"),
        # a next sentence that introduces a quote of its own names that quote's speaker, not this one's
        (
            "“Rates stay high,” said Ivo Brandt.\n\n“Fares will fall.” Noor Haddad put it this way: “Not yet.”",
            "Fares",
            "Ivo Brandt",
        ),
        # a person named in a later paragraph never speaks an earlier quote
        ("“Rates stay high,” said Ivo Brandt.\n\n“Fares will fall.”\n\nNoor Haddad runs the agency.", "Fares", "Ivo Brandt"),
    ],
)
def test_the_next_sentence_does_not_override(text, words, speaker):
    assert speaker_of(text, words, people=["Ivo Brandt", "Noor Haddad", "Lena Ruiz"])[0] == speaker
