"""An honorific that is a family name too ("Bi": Swahili's courtesy title for a woman, and the Chinese
family name Bi) is a title only in an article that prints it before two or more capitalised name words
and never alone as a name ("Bi said", "Bi's", "Bi,"); decided once per article (review q18 H3)."""

from __future__ import annotations

import pytest

from loaders.extract.entities.runs import family_names_not_titles
from tests.test_entity_rules import people
from tests.test_quotes_q18_kinds import said

_FAMILY_NAME_FIRST = [
    (
        'Bi Liqun, who runs the port authority in Ningbo, said on Tuesday that "cargo volumes will double."',
        "Bi Liqun",
    ),
    ('The port authority\'s chief, Bi Liqun, toured the docks. "Cargo volumes will double," Bi said.', "Bi Liqun"),
    ('Former customs director Bi Haoran told reporters: "Cargo volumes will double."', "Bi Haoran"),
]


@pytest.mark.parametrize(("text", "speaker"), _FAMILY_NAME_FIRST)
def test_a_chinese_family_name_bi_is_kept_in_the_speakers_name(text, speaker):
    assert [who for _, who in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), _FAMILY_NAME_FIRST)
def test_a_chinese_family_name_bi_is_kept_in_the_persons_name(text, speaker):
    found = people(text)
    assert speaker in found
    assert speaker.split()[1] not in found


def test_bi_before_a_full_swahili_name_is_still_a_courtesy_title():
    text = (
        "Bi Neema Salum Mrema sells dried fish at the Kariakoo market in Dar es Salaam. "
        '"The levy has doubled since June," Bi Neema said.'
    )
    assert [who for _, who in said(text)] == ["Neema Salum Mrema"]
    assert "Bi Neema Salum Mrema" not in people(text)


def test_bi_printed_alone_anywhere_makes_it_a_family_name_in_that_article():
    assert family_names_not_titles("Bi Wen Hua spoke first. Later Bi said the plan was set.") == frozenset({"Bi"})
    assert family_names_not_titles("Bi Wen Hua spoke first. Bi's office then closed.") == frozenset({"Bi"})
    assert family_names_not_titles("Bi Neema Salum Mrema spoke. Bi Neema added more.") == frozenset()
    assert family_names_not_titles("Bi Liqun spoke in Ningbo.") == frozenset({"Bi"})
