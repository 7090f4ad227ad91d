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
from tests.test_quotes_e9_kinds import speakers


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


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # millions of dinars as Tunisian pages abbreviate them, millions and billions of dirhams as Moroccan ones do
        ("TUNIS - Sfax Olives reported a turnover of 86 MD in 2025 and a net profit of 7.3 MD.", 86e6, "TND"),
        ("TUNIS - Sfax Olives reported a turnover of 86 MD in 2025 and a net profit of 7.3 MD.", 7.3e6, "TND"),
        ("The Tunisian group Carthage Dattes invested 12,5 MDT in a line in Tunisia.", 12.5e6, "TND"),
        ("CASABLANCA - Atlas Sardine posted sales of 640 MDH in Morocco last year.", 640e6, "MAD"),
        ("CASABLANCA - Atlas Sardine's Moroccan parent posted sales of 2,1 MMDH.", 2.1e9, "MAD"),
        # a dollar's scaled sign keeps its readings
        ("Harbor Labs raised 48 M$ US.", 48e6, "USD"),
    ],
)
def test_millions_abbreviated_after_a_sum_in_their_countrys_story(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sfax Olives reported a turnover of 86 MD in 2025, its Leeds agent said.",  # no Tunisia named
        "The call starts at 9 MDT in Denver, Sfax Olives said.",  # a time zone
    ],
)
def test_no_abbreviated_millions_outside_their_countrys_story(text):
    assert all(u not in {"TND", "MAD", "USD"} and v < 1e6 for _, v, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a decimal comma after a currency's code: two digits after the comma
        ("Shares of Rila Foods rose 2,1% to BGN 14,65 in Sofia on Tuesday.", 14.65, "BGN"),
        ("Rila Foods shares closed at EUR 3,85, up from EUR 3,70.", 3.85, "EUR"),
        ("Rila Foods shares closed at EUR 3,85, up from EUR 3,70.", 3.70, "EUR"),
        # three digits after the comma group thousands still
        ("Rila Foods paid BGN 12,400 for the van.", 12400, "BGN"),
        ("Rila Foods paid BGN 1,250,000 for the van.", 1250000, "BGN"),
    ],
)
def test_a_decimal_comma_after_a_currency_code(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the second name a title is of, joined by "and", is no speaker
        (
            "The Minister of Trade and Regional Integration, Awa Sarr Diop, who visited the plant on Monday in"
            " Thies, praised a project « that keeps jobs in the region ». « The State will watch the prices"
            " closely », she said.",
            "Awa Sarr Diop",
        ),
        ('The head of Kestrel Foods and Bolt Travel, Ann Morrow, said: "We will grow the routes next year."', "Ann Morrow"),
    ],
)
def test_the_second_name_a_title_is_of_is_no_speaker(text, speaker):
    found = speakers(text)
    assert found and all(name == speaker for name in found), found
