"""Fixes of the e18 round's review: family firms' short forms, divisions named "department", regions
named with "the", kin words in firms' names, towns of the city list, posts at places, particles in
names after a business noun. Short original sentences of our own."""

from __future__ import annotations

import re

import pytest

from loaders.extract.entities import short_forms
from tests.test_entity_rules import found_in


def places(text):
    return found_in(text).names("place")


def _kinds_after(text, start):
    return {(m.kind, m.name) for m in found_in(text).mentions if m.span.start >= start}


class _CountingCompile:
    """`re` as short_forms sees it, counting the patterns made (compiled or searched with) that hold a given
    word: each is one scan of the article for that word."""

    def __init__(self, word):
        self.word, self.compiled = word, 0

    def __getattr__(self, name):
        made = getattr(re, name)
        if name not in {"compile", "search", "match", "fullmatch", "finditer", "findall"}:
            return made

        def counted(pattern, *args, **kwargs):
            self.compiled += isinstance(pattern, str) and self.word in pattern
            return made(pattern, *args, **kwargs)

        return counted


def test_a_family_firms_short_forms_cost_one_scan_of_the_article_per_firm(monkeypatch):
    """Each bare "Okafor" beside "Okafor Brothers" once cost a scan of the whole article (quadratic):
    the article is scanned for the founder's surname once per firm, however often the firm is named."""
    counting = _CountingCompile("Okafor")
    monkeypatch.setattr(short_forms, "re", counting)
    text = "Okafor Brothers won the tender. " + "Okafor said it would add a shift. " * 200
    assert ("organisation", "Okafor Brothers") in _kinds_after(text, 32)
    assert counting.compiled == 1


def test_a_family_firms_first_word_after_a_capitalised_word_that_is_no_given_name_is_the_firm():
    for opening in ("On Tuesday", "But", "Then"):
        text = f"Okafor Brothers won the tender. {opening} Okafor said it would add a shift."
        assert _kinds_after(text, 32) == {("organisation", "Okafor Brothers")}, opening
    # ... and after a given name, the founder
    text = "Chidi Okafor of Okafor Brothers won the tender. Okafor said it would add a shift."
    assert _kinds_after(text, 47) == {("person", "Chidi Okafor")}


@pytest.mark.parametrize(
    "text, name",
    [
        # an office's department named by its field or its goods: no place
        ("Officials at the Justice department would not comment.", "Justice"),
        ("She runs the department of Radiology at the clinic.", "Radiology"),
        ("Sales in the Footwear department fell 3 percent.", "Footwear"),
        ("He left the Marketing department in May.", "Marketing"),
        ("Staff in the Human Resources department were told.", "Human Resources"),
    ],
)
def test_an_offices_department_is_no_place(text, name):
    assert name not in places(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # ... while a country's division keeps its place, known or not
        ("Floods reached the Eure department on Sunday.", "Eure"),
        ("Farmers in the Tessoumé department lost their maize.", "Tessoumé"),
        ("Trucks left the department of Orvaluna at dawn.", "Orvaluna"),
    ],
)
def test_a_countrys_department_stays_a_place(text, name):
    assert name in places(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a name after "the" and a locative, then printed as an agent ("The X has"): a body, no region
        ("Gold flowed out of the Reichsbank. The Reichsbank has raised its rate.", "Reichsbank"),
        ("Shares fell in the Hang Seng on Friday. The Kospi has lost 2 percent. In the Tessdaq it was worse.", "Tessdaq"),
        ("Visitors in the Prado were searched. The Prado has shut two rooms.", "Prado"),
        ("Tech stocks sank in the Orvadaq on Monday. The Orvadaq has dropped 6 percent since May.", "Orvadaq"),
    ],
)
def test_a_name_printed_as_an_agent_is_no_region(text, name):
    assert name not in places(text)


def test_a_region_named_with_the_after_two_locatives_stays_a_region():
    text = "Farmers in the Kessalo have sold their herds. Rain across the Kessalo was late."
    assert "Kessalo" in places(text)


def test_a_family_firms_first_word_after_a_given_name_no_list_knows_is_the_founder():
    text = "It was Tessian who brought Vartkes Pellarian of Aleppo's Pellarian Frères to the growers. The Herald reached Pellarian by phone."
    assert ("organisation", "Pellarian Frères") not in _kinds_after(text, 90)


@pytest.mark.parametrize(
    "text, town",
    [
        # "Given Surname and Sons of Town": a kin word ends a family firm's name, never opens one
        ("The contract went to Arthur Pell and Sons of Bradford in May.", "Bradford"),
        ("Stefan Marinov and Brothers of Plovdiv won the tender.", "Plovdiv"),
    ],
)
def test_a_kin_word_opens_no_organisation(text, town):
    found = found_in(text)
    assert not any(name.split()[0] in ("Sons", "Brothers") for name in found.names("organisation"))
    assert town in found.names("place")


@pytest.mark.parametrize(
    "text, firm",
    [
        # the kin words of a family firm's name and those joining "X and Sons" are one list
        ("Sales at Tavora Filhos rose 8 percent.", "Tavora Filhos"),
        ("Orders went to Lindell Daughters last year.", "Lindell Daughters"),
    ],
)
def test_a_family_firms_kin_words_agree(text, firm):
    assert firm in found_in(text).names("organisation")
