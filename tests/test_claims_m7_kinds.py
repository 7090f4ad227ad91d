"""Error kinds the m7 mixed round showed (a Guyanese rice miller buying into a Surinamese mill, told by
a Georgetown daily, a Paramaribo daily translated from Dutch and a Caribbean wire; a Ugandan vanilla
exporter buying into a Malagasy curer, told by a Malagasy site translated from French, a Kampala daily
and a US trade newsletter), on short original sentences of its own.

Its missed figures were the ariary by its sign ("Ar"), Uganda's shilling as Kampala's papers print
it ("Shs", "USh"), and a dollar country's own dollar printed as a bare "$" on a page of that country
that prints US dollars as "US$".
"""

from __future__ import annotations

import pytest

from tests.helpers import claim_values as _read  # (as written, value, unit) of each figure


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # the ariary's sign, in a story of Madagascar
        (
            "TOAMASINA - Lalana Epices, the Malagasy clove trader, will pay Ar 31 billion for a warehouse.",
            "Ar 31 billion",
            31e9,
            "MGA",
        ),
        # the shilling as Kampala's papers print it, and the Bank of Uganda's "USh"
        ("Mbarara dairy Kitara Milk of Uganda earned Shs62.4 billion last year.", "Shs62.4 billion", 62.4e9, "UGX"),
        ("Kitara Milk of Uganda will spend USh 9.2 billion on a plant.", "USh 9.2 billion", 9.2e9, "UGX"),
        ("The Kenyan grower Kerio Estates lost Shs2.1 billion.", "Shs2.1 billion", 2.1e9, "KES"),
        # a dollar country's own dollar by a bare "$" on its page that prints "US$" for US dollars
        (
            "GEORGETOWN, Guyana - Berbice Sugar Works of Guyana paid US$12 million for the estate. It earned $8.3 billion.",
            "$8.3 billion",
            8.3e9,
            "GYD",
        ),
        (
            "KINGSTON, Jamaica - Blue Ridge Coffee of Jamaica paid US$4 million for a roaster. It earned $910 million.",
            "$910 million",
            910e6,
            "JMD",
        ),
        # a masthead's town and country make the page's home: its "$" is that country's though the story
        # names another dollar country more
        (
            "THE LINDEN STAR\nGeorgetown, Guyana · Since 1971\n\nBerbice Sugar Works paid US$12 million for a mill"
            " in Suriname. The Suriname mill in Suriname earned $8.3 billion.",
            "$8.3 billion",
            8.3e9,
            "GYD",
        ),
    ],
)
def test_a_local_currency_by_its_sign(text, written, value, unit):
    assert (written, pytest.approx(value), unit) in _read(text)


@pytest.mark.parametrize(
    "text, unit",
    [
        # a bare "$" without "US$" beside it stays the US dollar in a dollar country's story
        ("Berbice Sugar Works paid $12 million for the estate in Guyana.", "USD"),
        # where no candidate is named more than another (and no home decides), the usual reading stays
        ("Berbice Sugar Works of Suriname paid US$12 million for the estate. It earned $8.3 billion in Guyana.", "USD"),
    ],
)
def test_a_bare_dollar_keeps_its_usual_reading_elsewhere(text, unit):
    assert [u for w, _, u in _read(text) if w.startswith("$")] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Gases sold Ar 40 cylinders in Leeds.",  # "Ar" is no ariary outside a Malagasy story
        "TOAMASINA - Lalana Epices of Madagascar sold Ar 40 cylinders.",  # nor a code's letters there
    ],
)
def test_the_ariary_sign_needs_its_country_and_money(text):
    assert all(unit != "MGA" for _, _, unit in _read(text))


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # the kilogram in its British and French spelling, and a plain "ton" a tonne
        ("The curer dries about 85,000 kilogrammes of cloves a year.", "85,000", 85000, "kilograms"),
        ("The mill handles 45,000 tons of paddy a year.", "45,000", 45000, "tonnes"),
        # people counted by their trade whatever crop the word before names
        ("The mill buys from 410 cocoa growers.", "410", 410, "growers"),
        ("The cooperative has 95 dairy farmers.", "95", 95, "farmers"),
        # ... while a thing made keeps the word that names it
        ("Harlow Appliances sold 63,000 tumble dryers.", "63,000", 63000, "tumble dryers"),
    ],
)
def test_units_as_the_project_names_them(text, written, value, unit):
    assert (written, pytest.approx(value), unit) in _read(text)
