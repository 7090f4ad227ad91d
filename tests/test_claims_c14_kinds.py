"""Error kinds the c14 held-out round showed (a Sri Lankan power company buying most of a Nepali
hydropower plant from a Bhutanese developer, told by a Colombo financial daily, a Kathmandu paper and a
Bhutanese business fortnightly; a New Zealand seafood company buying most of a Tongan tuna exporter,
told by a Tongan weekly, a New Zealand markets site and a Faroese fisheries site), and the leftovers of
the m4 round, on short original sentences.

Its missed figures were currencies the vocabulary did not know: a country's letters before "$" ("T$",
"N$"), ISO 4217 currencies named by a word of their own ("ngultrum", "pa'anga", "lari") or by their
sign ("Nu"), rupees on a Mauritian or Seychellois page, and thousands grouped by a thin space.
"""

from __future__ import annotations

import pytest

from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of

THIN, NARROW = "\u2009", "\u202f"


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text, "2026-11-25")]


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # a country's letters before "$" name its own dollar
        ("Karas Power will spend N$1.1 billion on the park.", "N$1.1 billion", 1.1e9, "NAD"),
        ("The ferry cost T$12 million to build.", "T$12 million", 12e6, "TOP"),
        ("Viti Sugar lost FJ$8.5m in the season.", "FJ$8.5m", 8.5e6, "FJD"),
        ("Caribe Rum earned J$2.4 billion last year.", "J$2.4 billion", 2.4e9, "JMD"),
        # a currency ISO 4217 names by a word of its own, after a scale
        ("Dorji Hydro sold the plant for 2.63 billion ngultrum.", "2.63 billion ngultrum", 2.63e9, "BTN"),
        ("Tbilisi Wine earned 41 million lari in 2025.", "41 million lari", 41e6, "GEL"),
        ("The co-operative earned 58.6 million pa'anga last year.", "58.6 million pa'anga", 58.6e6, "TOP"),
        ("The co-operative earned 58.6 million paʻanga last year.", "58.6 million paʻanga", 58.6e6, "TOP"),
        ("Issyk Gold will invest 3 billion som in the mine.", "3 billion som", 3e9, "KGS"),
        # or after a money cue without a scale
        ("The shares were priced at 450 tenge each.", "450 tenge", 450, "KZT"),
        # the ngultrum's sign
        ("The plant earned Nu 1.31 billion last year.", "Nu 1.31 billion", 1.31e9, "BTN"),
        ("The plant earned Nu. 1.31 billion last year.", "Nu. 1.31 billion", 1.31e9, "BTN"),
        # a second currency in brackets
        ("Harbour Tuna will pay T$26.4 million (NZ$18.5 million) for it.", "T$26.4 million (NZ$18.5 million)", 26.4e6, "TOP"),
        # thousands grouped by a thin or a narrow no-break space
        (f"Albacore sold for USD 2{THIN}850 per tonne.", f"USD 2{THIN}850", 2850, "USD"),
        (f"The fleet lands 14{THIN}000 tonnes a year.", f"14{THIN}000", 14000, "tonnes"),
        (f"The fleet lands 140{NARROW}000 tonnes a year.", f"140{NARROW}000", 140000, "tonnes"),
        (f"The mill employs 1{THIN}350 people.", f"1{THIN}350", 1350, "people"),
    ],
)
def test_currencies_and_groupings_read(text, written, value, unit):
    assert (written, value, unit) in _money(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # must not: a currency's one-word name that is an ordinary word, without a scale or a money cue
        ("The team won 3 sets in a row.", "KRW"),
        ("Guests walked 4 sol to the beach.", "PEN"),
        ("The firm has 12 tala dancers on its books.", "WST"),
        # must not: "Nu" as a word, with no number after it
        ("Nu Metal, the band, played 12 songs.", "BTN"),
        # must not: two numbers a thin space apart that are not one number's groups
        (f"On March 3{THIN}150 workers struck.", "workers"),
    ],
)
def test_no_currency_or_grouping_where_none_is_meant(text, absent):
    found = _money(text)
    if absent == "workers":
        assert all(value != 3150 for _, value, _ in found)
    else:
        assert all(unit != absent for _, _, unit in found)


@pytest.mark.parametrize(
    "text, unit",
    [
        # a rupee is the country's of the page's dateline, wherever India is named more
        ("PORT LOUIS, March 3 - Indian group Ganga Power of India will invest Rs 2.7 billion in a solar park.", "MUR"),
        ("VICTORIA, Seychelles - Island Fish will spend Rs 85 million on a new cold store.", "SCR"),
        ("KATHMANDU, Nov 25 - Himal Cement will pay Rs 4.2 billion for the plant.", "NPR"),
        ("COLOMBO, Nov 25 - Lanka Tiles will pay Rs. 9.4 billion for the factory.", "LKR"),
        # must not: an Indian page's rupees stay India's, though Mauritius is named
        ("MUMBAI: Ganga Power will invest Rs 500 crore in its Mauritius unit.", "INR"),
        # the pula's one-letter sign in Botswana
        ("GABORONE - Kalahari Beef will spend P450 million on an abattoir in Lobatse, Botswana.", "BWP"),
    ],
)
def test_a_local_sign_is_the_pages_country_currency(text, unit):
    (found,) = [u for _, _, u in _money(text) if len(u) == 3 and u.isupper()]
    assert found == unit


@pytest.mark.parametrize(
    "a, b, grouped",
    [
        # a misprinted figure joins the others' group and shows the conflict: a misplaced point or scale word
        ("Tasman Reef Ltd will pay NZ$18.5 million for the fleet.", "Tasman Reef Ltd will pay NZ$185 million for the fleet.", True),
        ("Ostra Group reported revenue of €64.2m.", "Ostra Group reported revenue of €642m.", True),
        ("Ostra Group reported revenue of €64.2m.", "Ostra Group reported revenue of €64.2bn.", True),
        # two neighbouring digits swapped
        ("Dunmore Power Ltd has a capacity of 82 MW.", "Dunmore Power Ltd has a capacity of 28 MW.", True),
        # must not: digits swapped that are no neighbours
        ("Brask Group employs 1,350 people.", "Brask Group employs 5,310 people.", False),
        ("Brask Group employs 140 people.", "Brask Group employs 410 people.", True),
        # must not: different digits far apart are two figures
        ("Dunmore Power Ltd has a capacity of 82 MW.", "Dunmore Power Ltd has a capacity of 19 MW.", False),
        ("Tasman Reef Ltd will pay NZ$18.5 million for the fleet.", "Tasman Reef Ltd will pay NZ$158 million for the fleet.", False),
        # must not: one significant digit says too little ($2m and $20m are often two sums)
        ("Tasman Reef Ltd will pay NZ$2 million for the fleet.", "Tasman Reef Ltd will pay NZ$20 million for the fleet.", False),
        # must not: ten thousand times apart is no slip of a point or a scale word
        ("Ostra Group reported revenue of €64.2m.", "Ostra Group reported revenue of €6,420.", False),
        # must not: percentages (a 15% holding and a 51% one are two holdings)
        ("Tasman Reef Ltd bought a 51% stake in Kumara Fish.", "Tasman Reef Ltd bought a 15% stake in Kumara Fish.", False),
        # must not: different measures of one company
        ("Ostra Group reported revenue of €64.2m.", "Ostra Group reported a net profit of €642m.", False),
        # must not: different periods
        (
            "Ostra Group reported revenue of €64.2m for 2024.",
            "Ostra Group reported revenue of €642m for 2025.",
            False,
        ),
    ],
)
def test_a_misprinted_figure_joins_the_others_in_conflict(a, b, grouped):
    groups = groups_of({"one": a, "two": b})
    assert (groups == [({"one", "two"}, "conflicting")]) is grouped
