"""The e24 review's findings: an honorific that is a surname too ("Shaikh") is a title only where it opens a name;
two people sharing a shorter form of a name stay two; a filing's defined terms that name a body stay organisations,
and a term standing for a party joins its later mentions to the party; a company alone on its line above "Head
Office" stays a company; "Bukit" before a company's cue opens no place; a hyphenated title before a Korean surname
is no given name. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import said
from tests.test_entity_rules import people


# H1. "Shaikh", "Sheikh", "Shaykh": a Gulf title before a name, and a common South Asian surname after a given name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analyst Imran Shaikh said prices rose.", {"Imran Shaikh"}),
        ("Imran Shaikh, a trader in Multan, told us prices rose.", {"Imran Shaikh"}),
        ("Dealer Asif Sheikh said the rupee fell.", {"Asif Sheikh"}),
        ("Farhan Shaykh, a banker, said rates would hold.", {"Farhan Shaykh"}),
        # the title still opens a name
        ("The chairman, Shaikh Rashid bin Omar Al-Hadi, signed the deal.", {"Rashid bin Omar Al-Hadi"}),
        ("Sheikh Hamad Al-Thani opened the port.", {"Hamad Al-Thani"}),
    ],
)
def test_an_honorific_that_is_a_surname_too(text, expected):
    assert people(text) == expected


def test_a_surname_shaikh_speaks_as_a_person():
    text = 'Analyst Imran Shaikh said: "Prices will rise."'
    assert [speaker for _, speaker in said(text)] == ["Imran Shaikh"]
    assert people(text) == {"Imran Shaikh"}
