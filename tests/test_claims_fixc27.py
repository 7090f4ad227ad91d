"""Review c27's findings: the near misses of c27's rules (an island's rupee, the growers' households, an officer's
title before "of")."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text) if len(c.unit) == 3 and c.unit.isupper()]


# --- an island's rupee: a page naming another rupee's country by its adjective names a candidate -------------------


@pytest.mark.parametrize(
    "text",
    [
        # must not: "Indian", "Pakistani", "Sri Lankan" name a candidate of the rupee as the country's name does
        "Indian investors routing money through Mauritius put 2 billion rupees into Kestrel Air, Kenyan officials in"
        " Nairobi said.",
        "A Mauritius-based fund run by Pakistani bankers will invest 300 million rupees in a hotel in Nairobi, Kenya,"
        " the Kenyan regulator said.",
        "The Sri Lankan carrier flew three flights a week to Mauritius and charged 45,000 rupees to passengers in"
        " Nairobi, Kenya.",
        # must not: the bare rupees of a page that prints "Indian rupees"
        "The Mauritius fund will invest 500 million Indian rupees in a plant in Nairobi, Kenya, the Kenyan ministry"
        " said, and a further 200 million rupees next year.",
    ],
)
def test_an_island_is_no_rupees_home_where_a_page_names_another_candidate_by_its_adjective(text):
    assert _money(text)
    assert all(unit != "MUR" for _, _, unit in _money(text))


def test_an_ocean_named_for_a_country_names_no_candidate():
    # must still: the "Indian Ocean" is a sea, not India
    text = (
        "The Mauritian group Rivière Agro brings 145 million rupees to the lychee exporter in Toamasina, Madagascar,"
        " across the Indian Ocean."
    )
    assert (145e6, "MUR") in [(v, u) for _, v, u in _money(text)]
