"""The fixeq review's findings on the q22 speaker rules inside an interview's answer: a gendered noun that
describes the named person (", the chairman", "is a remarkable woman") is no unnamed person of that gender, and
the first person near a speech verb keeps only the answerer's own words in the answer. Short pages of our own."""

from __future__ import annotations

import pytest

from tests.helpers import said

INTERVIEW = (
    "Tomas Reinholt, the managing director of Kestrel Oats, spoke to us about the deal with Vidar Mills.\n\n"
    "FARM WEEKLY: Why did you sign with Vidar Mills?\n\n"
    "TR: Because they pay on time.\n\n"
    "FARM WEEKLY: Did you meet the buyer?\n\n"
)


# Must not block: the named person's own description is no one else.
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. I met Lars Holm, the chairman of Vidar Mills. He told me, "We will take every tonne," and we signed.',
        'TR: Yes. Marta Kvale, the chairwoman, showed me the silos. She told me, "We will take every tonne," and we signed.',
        'TR: Yes. Marta Kvale is a remarkable woman. She told me, "We will take every tonne," and we signed.',
        'TR: Yes. Marta Kvale, a mother of three, runs the mill. She told me, "We will take every tonne," and we signed.',
    ],
    ids=["apposition he", "apposition she", "predicate", "apposition with of"],
)
def test_a_gendered_noun_describing_the_named_person_leaves_them_the_pronoun(answer):
    got = said(INTERVIEW + answer + "\n")
    assert any(words.startswith("We will take every tonne") and who in ("Lars Holm", "Marta Kvale") for words, who in got)


def test_a_gendered_noun_naming_someone_else_still_blocks_the_pronoun():
    # must not: "his wife", "a woman from the co-operative" are other people than Lars Holm
    for answer in (
        'TR: Yes. I met Lars Holm and his wife in Oslo. She said, "We need a longer contract," and I agreed.',
        'TR: Yes. Lars Holm came with a woman from the co-operative. She said, "We need a longer contract," and I agreed.',
    ):
        assert not any(who == "Lars Holm" for _, who in said(INTERVIEW + answer + "\n"))


# Must not keep in the answer: words the answer's clause gives a named person, though a first- or second-person
# word stands near ("I think Ingrid said", "I asked and Ingrid said", "I was told by Ingrid Soltvedt"): they are
# the named person's quote, listed apart.
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. I think Ingrid said, "We will take every tonne," but I am not sure.',
        'TR: Yes. I heard Ingrid say, "We will take every tonne," and we signed.',
        'TR: Yes. You know Soltvedt said, "We will take every tonne," so we signed.',
        'TR: Yes. I asked and Ingrid said, "We will take every tonne," so we signed.',
        'TR: Yes. "We will take every tonne," I was told by Ingrid Soltvedt, and we signed.',
        'TR: Yes. We were told by Ingrid Soltvedt, "We will take every tonne," and we signed.',
    ],
    ids=[
        "I think Name said",
        "I heard Name say",
        "You know Surname said",
        "I asked and Name said",
        "passive after",
        "passive before",
    ],
)
def test_a_named_persons_words_near_a_first_person_word_are_theirs(answer):
    text = INTERVIEW.replace("Did you meet the buyer?", "Did Ingrid Soltvedt call you?") + answer + "\n"
    assert ("We will take every tonne,", "Ingrid Soltvedt") in said(text)


# ... while the answerer's own reported words stay in the answer.
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. I told the board, "We will take every tonne," and we signed.',
        'TR: Yes. I always say, "We will take every tonne," and we signed.',
        'TR: Yes. "We will take every tonne," I told them, and we signed.',
        'TR: Yes. I was told by a neighbour, "We will take every tonne," and we signed.',  # a passive, no person
    ],
)
def test_the_answerers_own_reported_words_stay_in_the_answer(answer):
    text = INTERVIEW.replace("Did you meet the buyer?", "Did Ingrid Soltvedt call you?") + answer + "\n"
    assert not any(words == "We will take every tonne," for words, _ in said(text))
