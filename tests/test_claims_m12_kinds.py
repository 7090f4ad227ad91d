"""Error kinds the m12 mixed round showed in figures, on short original sentences: a bare "$" on a page
made in Canada (its dateline's province abbreviation, "ESTEVAN, Sask. —", or a Canadian town) is the
Canadian dollar, though the story names another country more; a unit symbol after a scale in words
("4.3 lakh kg", "81.4 million kg"); the milliard of dirhams as "Md DH"."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_of

_STORY = (
    "{dateline}A Tunisian olive oil firm will pay $31.5 million for half of Prairie Canola Ltd., its "
    "Tunisian owners said.\n\nThe Tunisian buyer, based in Sfax, Tunisia, already presses seed in Tunisia."
)


def _unit(text: str, value: float) -> str:
    (claim,) = [c for c in claims_of(text) if c.value == value]
    return claim.unit


@pytest.mark.parametrize("dateline", ["ESTEVAN, Sask. — ", "BRANDON, Man. — ", "KELOWNA, B.C. — ", "SASKATOON — "])
def test_a_bare_dollar_on_a_page_made_in_canada_is_canadian_though_another_country_is_named_more(dateline):
    assert _unit(_STORY.format(dateline=dateline), 31.5e6) == "CAD"


@pytest.mark.parametrize(
    "dateline",
    [
        "",  # no dateline: the country named most decides (not a candidate: the usual reading)
        "SASKATOON, Nov 27 (Reuters) - ",  # a wire's page is made for readers anywhere
        "ESTEVAN, Sask. — Prairie Canola's partner prints its own sums as C$12 million. ",  # "C$" printed: "$" is another
    ],
)
def test_a_bare_dollar_stays_usual_on_no_canadian_page_a_wire_or_one_printing_c_dollars(dateline):
    assert _unit(_STORY.format(dateline=dateline), 31.5e6) == "USD"


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("Sylhet estates sold about 4.3 lakh kg of leaf at the Monday auction.", "4.3 lakh kg", 4.3e5, "kilograms"),
        ("The board expects 3 crore kg of made tea this season.", "3 crore kg", 3e7, "kilograms"),
        ("Output fell to 81.4 million kg from the year before.", "81.4 million kg", 81.4e6, "kilograms"),
        ("The port handled 2.7 million t of grain.", "2.7 million t", 2.7e6, "tonnes"),
    ],
)
def test_a_unit_symbol_after_a_scale_in_words(sentence, written, value, unit):
    found = {c.span.of(sentence): (c.value, c.unit) for c in claims_of(sentence)}
    assert found[written] == (pytest.approx(value), unit)


def test_a_milliard_of_dirhams_abbreviated_before_a_spaced_sign():
    """'2,6 Md DH' as Casablanca's French-language business press prints it, in a Moroccan story."""
    text = "RABAT - Le groupe marocain Safran Atlas a réalisé 2,6 Md DH de ventes au Maroc, dont 310 MDH à l'export."
    found = {c.span.of(text): (c.value, c.unit) for c in claims_of(text)}
    assert found["2,6 Md DH"] == (pytest.approx(2.6e9), "MAD")
