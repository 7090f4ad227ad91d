"""Error kinds and conventions of the q22 quotes round, on short original sentences. First the convention
for a quote printed inside an interview's answer: words the answer's own sentence attributes to someone
('Ann Lee told me, "…"', 'My father used to say, "…"', '… and I quote, "…"') are listed apart as that
speaker's (none for an unnamed source), the answer staying whole, its answerer's; words the answer puts in
marks with no clause of saying (a scare quote, an echo) stay part of it; a pronoun there stands for the
person the answer, or its question, names, never for the answerer."""

from __future__ import annotations

from tests.helpers import said

INTERVIEW = (
    "Tomas Reinholt, the managing director of Kestrel Oats, spoke to us about the deal with Vidar Mills.\n\n"
    "FARM WEEKLY: Why did you sign with Vidar Mills?\n\n"
    'TR: Because they pay on time. Their buyer, Ingrid Soltvedt, told me, "We will take every tonne you grow,"'
    " and I believe her. We have never had that before.\n\n"
    "FARM WEEKLY: Is the price fair?\n\n"
    'TR: It is fair. My father used to say, "A fair price is one both sides complain about," and he was right.\n\n'
)


def test_a_quote_its_sentence_attributes_inside_an_answer_is_listed_apart_with_its_speaker():
    got = said(INTERVIEW)
    assert ("We will take every tonne you grow,", "Ingrid Soltvedt") in got
    # the answer stays whole, its answerer's
    assert any(words.startswith("Because they pay on time.") and who == "Tomas Reinholt" for words, who in got)


def test_an_unnamed_source_inside_an_answer_speaks_for_no_one_not_the_answerer():
    got = said(INTERVIEW)
    assert ("A fair price is one both sides complain about,", None) in got
    assert any(words.startswith("It is fair.") and who == "Tomas Reinholt" for words, who in got)


def test_a_scare_quote_or_an_echo_inside_an_answer_stays_part_of_it():
    # must not: words the answer puts in marks with no clause of saying are no quote of their own
    text = INTERVIEW + (
        "FARM WEEKLY: Has anyone been hurt at the mill?\n\n"
        'TR: Nobody has been hurt. But "nobody has been hurt so far" is not a safety standard, and we call'
        ' the old dryer "the widow maker" for a reason.\n'
    )
    got = said(text)
    assert not any(words.startswith("nobody has been hurt so far") for words, _ in got)
    assert not any(words == "the widow maker" for words, _ in got)


def test_a_pronoun_inside_an_answer_stands_for_the_person_the_answer_names():
    text = INTERVIEW + (
        "FARM WEEKLY: Did you meet their chief executive?\n\n"
        "TR: Yes. Marta Kvale showed me the silos in August. She told me, \"Every bag will carry your farm's"
        ' name," and that mattered to me.\n'
    )
    assert ("Every bag will carry your farm's name,", "Marta Kvale") in said(text)


def test_a_pronoun_inside_an_answer_is_never_the_answerer_nor_the_interviewer():
    # must not: with no one named in the answer or its question, "he" is no one the page gives; the words
    # stay in the answer rather than go to the answerer or the last label
    text = INTERVIEW + (
        "FARM WEEKLY: What did the growers say?\n\n"
        'TR: They were pleased. One of them came to the office. He said, "This is the first contract I have'
        ' understood," and he signed that day.\n'
    )
    got = said(text)
    assert not any(words.startswith("This is the first contract") and who is not None for words, who in got)
