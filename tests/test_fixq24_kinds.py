"""The q24 review's findings (fixq24): a prefect's "of" names a place, no body; "Don" is a title only
before a given name that is no surname of an English name; a town's name after "said" is a speaker's
surname only where the clause ends there; a place's name inside a longer name is no surname the article
prints in full; a specific sentence of short words is no stock line. Short original sentences; must-nots
first."""

from __future__ import annotations

from tests.helpers import found_in


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
