"""Entity rules for kinds the c11 held-out round showed (a fund's letter calling companies by their
tickers, a buyer's name in Spanish read as a person's, a disclosure platform read as a person), on
short original sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ticker in brackets after a company's name is that company, there and wherever else it stands
        ("Pampa Galletas (BIST: PGAL) rose 9%. PGAL is our largest holding.", {"Pampa Galletas"}),
        ("We own Harlow Foods (HBIS LN). HBIS trades at ten times earnings.", {"Harlow Foods"}),
        ("Quarry Ridge Software, Inc. (Nasdaq: QRSW) reported results.", {"Quarry Ridge Software"}),
        # (batch 2) a bracketed code spelled from the name's letters, in order
        ("Kestrel Foods (KSTF) rose. KSTF is cheap.", {"Kestrel Foods"}),
        # must not: a bracketed code whose letters are not the name's is not that name's ticker
        ("Harlow Foods (XQZ) rose. XQZ is cheap.", {"Harlow Foods", "XQZ"}),
        # a sector noun in another language ends a company's name
        ("Velarde Alimentos bought the plant.", {"Velarde Alimentos"}),
        ("Aarberg Logistik opened a depot.", {"Aarberg Logistik"}),
        ("The notice went to the Public Disclosure Platform.", {"Public Disclosure Platform"}),
        # a dollar's country letters glued to its sign end the name before them
        ("Harlow Logistik will buy 35% of Kestrel Holdings for US$228m.", {"Harlow Logistik", "Kestrel Holdings"}),
        ("Harlow Logistik will buy 35% of Kestrel Holdings for NZ$45m.", {"Harlow Logistik", "Kestrel Holdings"}),
        # must not: capitals standing apart from a sign stay in the name
        ("Revenue at Harlow Capital US rose to $40m.", {"Harlow Capital US"}),
    ],
)
def test_organisation_kinds(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # must not: a bracketed acronym with no exchange or market code is no ticker rule's business
        ("Shares of Harlow Foods rose. The FTSE (UK) index fell.", "UK"),
        # must not: a ticker given with no name right before it names no company
        ("Shares in the group (BIST: PGAL) rose 9%.", "PGAL"),
    ],
)
def test_not_a_tickers_company(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("Velarde Alimentos bought the plant.", "Velarde Alimentos"),
        ("The notice went to the Public Disclosure Platform.", "Public Disclosure Platform"),
    ],
)
def test_a_sector_word_is_no_surname(text, not_a_person):
    assert not_a_person not in people(text)
