"""Review e20's findings on the entity rules of the twentieth held-out round: short original sentences of our
own (and the reviewer's), each failing before its fix."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, firm",
    [
        # a company owns and invests too: "the owner of", "an investor in" alone say nothing of a person
        ("Morgan Stanley, an investor in Orvane, sold its stake last week.", "Morgan Stanley"),
        ("Franklin Templeton, an investor in the bonds, said it would hold them.", "Franklin Templeton"),
        ("Victoria Gold, the owner of the Eagle mine, halted work.", "Victoria Gold"),
        ("Charles Schwab, the owner of TD Ameritrade, reported higher revenue.", "Charles Schwab"),
        ("Douglas Elliman, the owner of Tessby Realty, posted a loss.", "Douglas Elliman"),
    ],
)
def test_a_firm_named_like_a_person_owning_or_investing_stays_a_firm(text, firm):
    assert firm in organisations(text)
    assert firm not in people(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # ... unless something else says person: a verb only people do, a title, "He" or "She" next
        ("Megan Pryce, the owner of Tessby Looms, chairs the weavers' guild.", "Megan Pryce"),
        ("Farmer David Vance, an investor in Orvel Dairies, backed the plan.", "David Vance"),
        ("Ilse Varnow, the owner of Kestrel Bakes, bought the shop in 1998. She has run it since.", "Ilse Varnow"),
    ],
)
def test_an_owner_with_a_person_sign_is_a_person(text, person):
    assert person in people(text)
    assert person not in organisations(text)

