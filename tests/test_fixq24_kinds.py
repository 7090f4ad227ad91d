"""The q24 review's findings (fixq24): a prefect's "of" names a place, no body; "Don" is a title only
before a given name that is no surname of an English name; a town's name after "said" is a speaker's
surname only where the clause ends there; a place's name inside a longer name is no surname the article
prints in full; a specific sentence of short words is no stock line. Short original sentences; must-nots
first."""

from __future__ import annotations

from loaders.group.quotes import Utterance, comparable
from loaders.spans import Span
from tests.helpers import found_in, grouped_articles, said


def people(text: str) -> set[str]:
    return found_in(text).names("person")


def places(text: str) -> set[str]:
    return found_in(text).names("place")


def organisations(text: str) -> set[str]:
    return found_in(text).names("organisation")


# --- HIGH-1: "prefect of <place>" ---


def test_a_governors_of_names_a_place_and_no_body():
    assert "Zou" not in organisations("Jean Martin, governor of the Zou, said the roads were shut.\n")


def test_a_prefects_of_names_a_place_and_no_body():
    text = "Jean Martin, prefect of Haute-Loire, said the roads were shut.\n"
    assert "Haute-Loire" not in organisations(text)
    text = "The prefect of the Var, Jean Martin, said the fires were out.\n"
    assert "Var" not in organisations(text)
    text = '"The fires are out," said Jean Martin, prefect of the Var.\n'
    assert "Var" not in organisations(text)


def test_a_place_after_prefect_of_is_a_place():
    assert "Zoulon" in places("Jean Martin, prefect of Zoulon, said the roads were shut.\n")


# --- HIGH-2: "Don" is an English given name before given names that are surnames too ---


def test_don_before_a_surname_a_firm_is_named_for_stays_a_given_name():
    text = 'Don Lee Farms recalled its salads. Don Lee, the founder, spoke.\n\n"We are sorry," Lee said.\n'
    assert "Don Lee Farms" in organisations(text)
    assert "Don Lee" in people(text)
    assert dict(said(text))["We are sorry,"] == "Don Lee"


def test_don_before_a_surname_in_a_title_case_headline_stays_a_given_name():
    text = "Don Lee Says Farm Bill Is Ready\n\nDon Lee, the senator, said the bill was ready.\n"
    assert people(text) == {"Don Lee"}
    text = "Coach Don Scott Wants More From Defense\n\nDon Scott, the coach, spoke.\n"
    assert people(text) == {"Don Scott"}


def test_don_before_a_surname_and_a_generations_word_stays_a_given_name():
    text = 'Don Kelly, the coach, and Don Kelly Jr. spoke.\n\n"We won," said Don Kelly.\n'
    assert "Kelly Jr" not in people(text)
    assert "Don Kelly" in people(text)


# --- MEDIUM-1: a town's name after "said" opens a clause of its own, or names a body ---


def test_a_towns_name_after_said_and_before_a_noun_is_no_speaker():
    text = 'Ana Lima, director of Orvale Foods, spoke.\n\n"The summit is off," said Lima officials on Monday.\n'
    assert dict(said(text))["The summit is off,"] != "Ana Lima"


def test_a_towns_name_after_said_opening_a_clause_stays_a_place():
    text = "Ana Toledo, director of Orvale Foods, spoke.\n\nThe minister said Toledo would host the final.\n"
    assert "Toledo" in places(text)


def test_a_towns_name_before_said_it_stays_a_place():
    text = "Ana Toledo, director of Orvale Foods, spoke.\n\nToledo said it would host the final, the city council added.\n"
    assert "Toledo" in places(text)


# --- MEDIUM-2: a place's name inside a body's name is no surname the article prints in full ---


def test_a_places_name_inside_a_bodys_name_after_a_given_name_is_no_surname():
    text = 'George Washington University hosted the talks.\n\n"We will not lift the sanctions," Washington said on Tuesday.\n'
    assert "Washington" in places(text)
    text = "Ana Lee spoke for George Washington University.\n\nWashington said it would not lift the sanctions.\n"
    assert "Washington" in places(text)


def test_a_towns_name_after_a_given_name_and_before_a_second_surname_is_a_surname():
    text = 'Ana Pereira Ruiz, director of Orvale Foods, spoke.\n\n"We will open in March," Pereira said.\n'
    assert dict(said(text))["We will open in March,"] == "Ana Pereira Ruiz"


# --- MEDIUM-3: a specific sentence of short words given to two people in one story is one utterance ---


def _told(article: str, text: str, speaker: str) -> Utterance:
    story = frozenset({"kessa", "orvale", "reis", "hale"})
    return Utterance((article, 0, len(text)), Span(0, len(text)), text, "direct", speaker, story)


def test_a_short_stock_line_given_to_two_people_in_one_story_is_still_not_grouped():
    a = _told("a", "We are very happy with the agreement.", "Ana Reis")
    b = _told("b", "We are very happy with this agreement.", "Tom Hale")
    assert grouped_articles(a, b) == []


def test_a_specific_sentence_of_short_words_given_to_two_people_in_one_story_is_one_utterance():
    a = _told("a", "The women dry it on racks, not on the sand.", "Ana Reis")
    b = _told("b", "The women dry it on racks and not on the sand.", "Tom Hale")
    assert grouped_articles(a, b) == [{"a", "b"}]
    a = _told("a", "Now the price is written, and it is ours.", "Ana Reis")
    b = _told("b", "Today the price is written, and it is ours.", "Tom Hale")
    assert grouped_articles(a, b) == [{"a", "b"}]


# --- LOW-1: hundreds after "a", and a unit after the tens set off by a space ---


def test_hundreds_after_a_and_a_unit_after_a_space_are_the_digits_another_outlet_prints():
    assert comparable("three hundred and twenty five homes") == comparable("325 homes")
    assert comparable("a hundred homes") == comparable("100 homes")
    assert comparable("a hundred and fifty homes") == comparable("150 homes")


def test_a_hundredth_and_a_number_after_hundreds_in_another_phrase_stay_apart():
    assert comparable("a hundredth of the homes") != comparable("100th of the homes")
    assert comparable("two hundred and twenty, five of them new") != comparable("225, of them new")
