"""Claim rules added for kinds the m8 mixed round showed: currencies by their plural or their sign as
Central Asian and Dominican pages print them, and thousands of tonnes abbreviated as pages translated
from Russian print them. Short original sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claim_values as _read  # (as written, value, unit) of each figure


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # Uzbekistan's sum by its English plural, after a scale abbreviated as translated pages print it
        (
            "TASHKENT - Samarkand Fruit Export exported dried apricots worth 84.3 bln soums in 2025.",
            "84.3 bln soums",
            84.3e9,
            "UZS",
        ),
        ("Navoi Agro will spend 1.2 trillion soums on a cannery.", "1.2 trillion soums", 1.2e12, "UZS"),
        # the Kyrgyz som's plural
        ("BISHKEK - Talas Nut Company paid 52 million soms for the plant.", "52 million soms", 52e6, "KGS"),
        # the Dominican peso by its sign, with the dollars beside it
        (
            "SANTIAGO, Dominican Republic - Cacao Yuma will invest RD$512 million in a new plant.",
            "RD$512 million",
            512e6,
            "DOP",
        ),
        # thousands of tonnes as "тыс. т" is translated
        ("The Uzbek firm Navoi Agro shipped 22.4 th. t of raisins in 2025.", "22.4 th. t", 22_400.0, "tonnes"),
        ("Kazakhstan's wheat exports reached 9 thous. t in March.", "9 thous. t", 9_000.0, "tonnes"),
    ],
)
def test_m8_currencies_and_tonnes(text, written, value, unit):
    assert (written, pytest.approx(value), unit) in _read(text)


def test_a_sum_in_pesos_and_dollars_reads_both():
    read = _read("Cacao Yuma of the Dominican Republic paid RD$305 million (about US$5.1 million) for the dryer.")
    assert [unit for _, _, unit in read][:1] == ["DOP"]
    assert read[0][1] == pytest.approx(305e6)


def test_the_abbreviation_needs_its_tonne():
    """ "th." alone (an ordinal's letters, a stop) is no scale: only "th. t" is thousands of tonnes."""
    assert all(unit != "tonnes" for _, _, unit in _read("Navoi Agro of Uzbekistan ranked 14 th. Today it sells 40 crates."))
    assert ("3 th. t", 3_000.0, "tonnes") in _read("Navoi Agro of Uzbekistan shipped 3 th. t of figs.")
