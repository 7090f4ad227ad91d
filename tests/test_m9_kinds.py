"""Error kinds the m9 held-out round showed (a Tunisian fish canner buying into a Senegalese sardinella
cannery, told by a Dakar daily, a Tunis business site and a fisheries NGO's bulletin; a Bulgarian
vegetable canner buying into a Macedonian one, told by a Skopje agency, a Sofia business daily and a
Thessaloniki trade newsletter), on short original sentences.

The CFA franc by its names ("CFA francs", "francs CFA", "FCFA", "F CFA"): West Africa's (XOF) or
Central Africa's (XAF) by the countries the story names, no reading where none is named; its "CFA" is
the currency's word, never an organisation's name.
"""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of
from tests.test_entity_rules import organisations


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text, "2026-11-27")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("DAKAR, Senegal - Sabar Peche paid 3.1 billion CFA francs for the Rufisque smokehouse.", 3.1e9, "XOF"),
        ("Kaolack Oils will invest 900 million FCFA in a press, the Senegalese firm said in Dakar.", 9e8, "XOF"),
        ("Nianing Sel bought a salt pan in Senegal for 740 million F CFA.", 7.4e8, "XOF"),
        # Central Africa's franc in a story of Cameroon
        ("YAOUNDE, Cameroon - Douala Cacao raised 12 billion francs CFA from Cameroonian banks.", 12e9, "XAF"),
        # two countries of one currency named as often: still that currency
        ("Ndiaye Freres paid 2.5 billion CFA francs for mills in Senegal and Mali.", 2.5e9, "XOF"),
    ],
)
def test_the_cfa_franc_is_read_by_the_storys_countries(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Foods of Leeds paid 300 million CFA francs for the sign.",  # no CFA country named: no guess
        "Ndiaye Freres paid 2.5 billion CFA francs for mills in Senegal and Cameroon.",  # one of each: no guess
    ],
)
def test_no_cfa_franc_guessed_without_its_country(text):
    assert all(u not in {"XOF", "XAF", "CHF"} for _, _, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sabar Peche paid 3.1 billion CFA francs for the plant. Sabar Peche said the CFA francs came from a loan.",
        "Kaolack Oils will invest 9 billion francs CFA. Kaolack Oils said 9 billion francs CFA was its budget.",
        "Kaolack Oils will invest 900 million FCFA in a press. Kaolack Oils said FCFA prices were stable.",
    ],
)
def test_the_cfa_of_the_francs_is_no_organisation(text):
    found = organisations(text)
    assert "CFA" not in found and "FCFA" not in found, found


def test_a_body_called_cfa_is_still_one_away_from_the_francs():
    # the Country Fire Authority of Victoria is "the CFA" in Australian news
    found = organisations("The CFA said crews were ready near Ballarat. The CFA said the fire had spread.")
    assert "CFA" in found, found
