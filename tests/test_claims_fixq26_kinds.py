"""Review q26 M4: a sentence naming no organisation that opens on the noun the article set right before one
organisation's name ("the ship repair yard Orvale Marine ... The yard employs 640 people") is about that
organisation, not the article's main one. Short original sentences; must-nots first."""

from __future__ import annotations

from tests.helpers import claim_subjects

_DEAL = "Kestrel Holdings buys 51 percent of the shares. The yard employs 640 people.\n"


def test_a_noun_set_before_two_names_stands_for_neither():
    text = "Kestrel Holdings will buy the ship repair yard Orvale Marine and the yard Tessby Marine. " + _DEAL
    assert claim_subjects(text)["640"] != "Orvale Marine"


def test_a_name_after_a_preposition_is_given_no_noun():
    text = "Kestrel Holdings met the staff of Orvale Marine on Monday. " + _DEAL
    assert claim_subjects(text)["640"] == "Kestrel Holdings"


def test_a_noun_set_before_one_name_stands_for_it_in_a_sentence_naming_none():
    text = "Kestrel Holdings will become the majority owner of the ship repair yard Orvale Marine. " + _DEAL
    assert claim_subjects(text) == {"51 percent": "Kestrel Holdings", "640": "Orvale Marine"}
