"""The c20 round's kinds of claims, on short original sentences: a target called by its home town's or region's
name before a description ("The Morogoro-region processor"); the organisation an apposition names after another's
possessive as the sentence's subject ("X's packaging arm, Y, will ..."), what "the subsidiary" stands for next; a
rival named in apposition ("Its nearest competitor, X, sold"); "TSh" glued to its figure ending no name before it;
a whole before "of" and a number ("a staff of 145", "its fleet of 90"); a rate's unit
joined to its number ("a 650-tonne-a-day crusher"); a land's figure whose sentence cites a body between the land
and the figure; "Dominican" as the Dominican Republic's; a percentage of a whole named after it, after a count;
a country's name before a description read as a nationality only where it is no longer name's last word nor a
state's name too (c19 review M2); a byline's town as where the page was made ("By X, Mwanza"), deciding its bare
"shillings"."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from tests.test_claims import claims_of


def _by_written(text: str) -> dict[str, object]:
    return {c.value_as_written: c for c in claims_of(text, "2026-11-27")}


def _organisations(text: str) -> set[str]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return {m.name for m in entities.mentions if m.kind == "organisation"}


_DEAL = "Kenya's Thika Juice Co has agreed to buy 51% of Tanzania's Ruvu Valley Juices Ltd.\n\n"


@pytest.mark.parametrize("description", ["The Morogoro-region processor", "The Morogoro-based processor"])
def test_a_target_called_by_its_home_before_a_description(description):
    claims = _by_written(_DEAL + f"{description} presses 38,000 tonnes of fruit a year. It employs 260 people.")
    assert claims["38,000"].subject == "Ruvu Valley Juices"
    assert claims["260"].subject == "Ruvu Valley Juices"  # "It": the one the sentence before named


def test_the_organisation_in_apposition_after_a_possessive_is_what_the_subsidiary_stands_for():
    text = _DEAL + (
        "Thika Juice Co's packaging arm, Thika Cartons Ltd, will supply the plant. The subsidiary makes 9 million cartons a year."
    )
    assert _by_written(text)["9 million"].subject == "Thika Cartons"


@pytest.mark.parametrize(
    "sentence, name, written",
    [
        ("Its nearest competitor in the region, Pangani Citrus, sold 7,300 tonnes.", "Pangani Citrus", "7,300"),
        ("Its main rival, Usambara Orchards, holds 38% of the market.", "Usambara Orchards", "38%"),
        ("Market leader Usambara Orchards holds 38%.", "Usambara Orchards", "38%"),
    ],
)
def test_a_rival_named_in_apposition_or_as_market_leader(sentence, name, written):
    text = _DEAL + "Ruvu Valley Juices presses mangoes and oranges. " + sentence
    assert name in _organisations(text)
    assert _by_written(text)[written].subject == name


def test_a_currencys_letters_glued_to_a_figure_end_the_name_before_them():
    text = "Kenya's Thika Juice Co has bought a 51% stake in Tanzania's Ruvu Valley Juices for TSh12 billion."
    assert "Ruvu Valley Juices" in _organisations(text)
    claim = _by_written(text)["TSh12 billion"]
    assert (claim.value, claim.unit) == (12e9, "TZS")


def test_shillings_on_a_page_whose_byline_names_its_town():
    text = (
        "Cashew buyer crosses the border\n\nBy Asha Mrisho, Mwanza\n\n"
        "Malindi Nuts of Kenya has bought Lindi Cashew Co for 31 billion shillings. Malindi Nuts, which earned "
        "2.6 billion Kenyan shillings last year, sells most of its nuts in Kenya. Lindi Cashew buys nuts in Tanzania.\n"
    )
    claims = _by_written(text)
    assert claims["31 billion shillings"].unit == "TZS"  # Kenya named most, but the page was made in Mwanza
    assert claims["2.6 billion Kenyan shillings"].unit == "KES"


@pytest.mark.parametrize(
    "sentence, written, value, unit",
    [
        ("The Moshi plant will open in 2028 with a staff of 145.", "145", 145, "staff"),
        ("Ruvu Valley Juices has a workforce of about 2,300.", "2,300", 2300, "employees"),
        ("Ruvu Valley Juices added 12 vans to its fleet of 90 last year.", "90", 90, "vans"),
        ("Ruvu Valley Juices will build a 650-tonne-a-day crusher.", "650-tonne", 650, "tonnes"),
        ("Ruvu Valley Juices supplies a 20,000-barrel-per-day refinery.", "20,000-barrel", 20000, "barrels"),
    ],
)
def test_a_whole_before_of_and_a_rate_joined_to_its_number(sentence, written, value, unit):
    claim = _by_written(_DEAL + sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)


def test_a_lands_figure_whose_sentence_cites_a_body_between_the_land_and_the_figure():
    text = _DEAL + (
        "Ghana exported 41,000 tonnes of cashew in 2025, according to the Tree Crops Development Authority, "
        "60% of them to Vietnam."
    )
    claim = _by_written(text)["60%"]
    assert (claim.subject, claim.scope) == (None, "Ghana")


def test_dominican_names_the_dominican_republic():
    claim = _by_written(_DEAL + "Dominican cocoa exports reached 78,000 tonnes in 2025.")["78,000"]
    assert (claim.subject, claim.scope) == (None, "Dominican Republic")


def test_a_percentage_of_a_whole_named_after_it_is_no_share_of_the_count_before_it():
    claim = _by_written(_DEAL + "Ruvu Valley Juices has 820 employees and about 22% of Tanzanian juice sales.")["22%"]
    assert claim.metric == "sales"


@pytest.mark.parametrize(
    "described, adjective, given",
    [
        ("the New Mexico utility Corrales Power Co", "Mexican", False),  # "Mexico", the last word of a longer name
        ("the Georgia utility Corrales Power Co", "Georgian", False),  # a state's name too
        ("the Barbados distiller Corrales Rum Co", "Barbadian", True),
    ],
)
def test_a_countrys_name_before_a_description_as_a_nationality(described, adjective, given):
    text = f"Harwick Energy will buy {described} for $2.1 billion. The {adjective} company had sales of $90 million."
    assert (_by_written(text)["$90 million"].subject == "Harwick Energy") is not given


# The second batch's kinds: East African shilling prefixes with the second letter in lower case; "MT" after a
# figure; an acronym spelled with a legal form's initials; a deal box line's party for the line's later sentences;
# a group described by its listing's place; a joint venture called "The JV".


@pytest.mark.parametrize(
    "sentence, written, value, unit",
    [
        ("Nyiri Foods, based in Kampala, Uganda, paid Ush18 billion for the plant.", "Ush18 billion", 18e9, "UGX"),
        ("Nyiri Foods, listed in Nairobi, Kenya, made Ksh4.6 billion in revenue.", "Ksh4.6 billion", 4.6e9, "KES"),
        ("Nyiri Foods exported 12,500 MT of sesame last season.", "12,500 MT", 12500, "tonnes"),
    ],
)
def test_shilling_prefixes_and_metric_tonnes(sentence, written, value, unit):
    claim = _by_written(sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)


def test_mt_after_a_figure_is_no_organisation():
    assert "MT" not in _organisations("Nyiri Foods exported 12,500 MT of sesame and 3,000 MT of beans last season.")


def test_an_acronym_spelled_with_a_legal_forms_initials_is_the_name_before_it():
    text = (
        "Comercial Sesamera Pacifica, S.A. (CSPSA) will build a plant.\n\n"
        "CSPSA exported 8,400 tonnes of sesame in 2025 and has 700 employees.\n"
    )
    assert _by_written(text)["8,400"].subject == "Comercial Sesamera Pacifica"


def test_a_deal_box_lines_party_for_the_lines_later_sentences():
    text = (
        "Nyiri Foods Plc has acquired a 70% stake in Ugandan miller Gulu Grain Ltd for USD 9m.\n\n"
        "Target: Gulu, Uganda. Mills 64,000 tonnes a year; 310 staff.\n\n"
        "Buyer: Nyiri Foods, Kenya's largest flour maker. Revenue KES 12bn.\n"
    )
    claims = _by_written(text)
    assert claims["64,000"].subject == "Gulu Grain"
    assert claims["310"].subject == "Gulu Grain"
    assert claims["KES 12bn"].subject == "Nyiri Foods"


def test_a_group_described_by_the_place_of_its_listing():
    text = (
        "Nyiri Foods Holdings has agreed to buy 70% of Uganda's Gulu Grain for $9 million.\n\n"
        "Gulu Grain mills 64,000 tonnes a year. Nyiri Foods Holdings chief executive Amina Odhiambo said the deal "
        "would secure maize.\n\n"
        "The Nairobi-listed group reported revenue of Ksh12 billion for the year to June.\n"
    )
    assert _by_written(text)["Ksh12 billion"].subject == "Nyiri Foods Holdings"


def test_the_jv_is_the_venture_the_article_named_as_one():
    text = (
        "Harwick Foods and Comercial Sesamera del Sur S.A. will set up a joint venture, Sesamo Pacifico Ltd, at "
        "Corinto. The JV will hull 30,000 tonnes a year.\n"
    )
    assert _by_written(text)["30,000"].subject == "Sesamo Pacifico"
