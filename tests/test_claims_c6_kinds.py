"""Error kinds the c6 held-out round showed (an e-bike maker's half year told by a wire, a live blog
and a trade journal; a utility's guidance cut told by a translated wire, a broker note summary and a
regional paper; an appliance recall), on short original sentences: a phrasal verb's "up" is no rise
("making up 40% of"), a counted noun's singular before another plural is its modifier ("home
batteries"), energy counted in watt hours, an analyst's employer is no figure's subject, a currency
code is no name the article repeats, and a figure whose sentence names no organisation is the
article's own as the final mentions name it."""

from __future__ import annotations

import pytest

from tests.helpers import grouping_subjects as _grouping_subjects  # each figure's subject as grouping reads it
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "text, written, direction",
    [
        ("Cargo models, making up about 40% of sales, did well at Brackwater Bikes.", "40%", None),
        ("Rent takes up 12% of the budget at Ormsby Foods.", "12%", None),
        ("Imports made up 30% of supply at Tenterden Mills.", "30%", None),
        # must not: a rise stays a rise
        ("Sales at Brackwater Bikes were up 40% on the year.", "40%", "increase"),
        ("Ormsby Foods shares rose 12% on Monday.", "12%", "increase"),
        ("Tenterden Mills made a profit, up 30% from a year ago.", "30%", "increase"),
    ],
)
def test_a_phrasal_verbs_up_is_no_rise(text, written, direction):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.direction == direction


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Pellow Power has fitted 52,000 home batteries.", "home batteries"),
        ("Dunmore Retail fitted 8,000 shop tills last year.", "shop tills"),
        ("Kestrel Networks has 2,000 business customers.", "customers"),
        # must not: what is done to the modifier's things counts them
        ("Dunmore Retail announced 5,000 job cuts.", "jobs"),
        ("Dunmore Retail plans 40 store closures.", "stores"),
        ("Dunmore Retail expects 300 home sales this year.", "homes"),
        ("Pellow Power serves 52,000 homes.", "homes"),
    ],
)
def test_a_counted_nouns_singular_before_another_plural_is_its_modifier(text, unit):
    (claim,) = claims_of(text)
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Pellow Power's turbines generated 4.3 terawatt hours.", 4.3, "TWh"),
        ("Pellow Power's turbines generated 4.3 TWh in the year.", 4.3, "TWh"),
        ("The Caddon solar park produced 610 GWh.", 610, "GWh"),
        ("Its battery can store 250 megawatt-hours.", 250, "MWh"),
        # must not: hours of time stay hours
        ("Staff at Pellow Power worked 120 hours of overtime.", 120, "hours"),
    ],
)
def test_energy_in_watt_hours(text, value, unit):
    (claim,) = claims_of(text)
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "Pellow Power cut its outlook. Ambrey Capital analyst Joss Lintern says the guidance, now EUR 2.1bn, hurt.",
            "Pellow Power",
        ),
        (
            "Pellow Power cut its outlook. Corvane Securities economist Ada Penn writes that profit of $40m was weak.",
            "Pellow Power",
        ),
        # must not: an organisation before a title that is no analyst's stays a subject
        ("Pellow Power cut its outlook. Ambrey Capital chief executive Joss Lintern said profit rose to $40m.", "Ambrey Capital"),
        ("Pellow Power cut its outlook. Ambrey Capital made $40m, said analyst Joss Lintern.", "Ambrey Capital"),
    ],
)
def test_an_analysts_employer_is_no_subject(text, subject):
    (claim,) = [c for c in claims_of(text) if c.unit != "percent"]
    assert claim.subject == subject


@pytest.mark.parametrize(
    "text, found_elsewhere, names, subjects",
    [
        # the article's own company only the corpus-wide pass found, named first: a figure whose sentence
        # names none is its, not that of the one other organisation the article named on its own
        (
            "Heater recall\n\nBuyers of 9,000 heaters made by Ormsby Warmth may be at risk, said Ada Penn, who heads"
            " the Home Safety Board. The Leeds firm will refund the £129 price.",
            "Ormsby Warmth",
            {"ormsby-warmth", "home-safety-board"},
            {"9,000": "ormsby-warmth", "£129": "ormsby-warmth"},
        ),
        # must not: a figure whose sentence names an organisation stays that one's
        (
            "Heater recall\n\nOrmsby Warmth Ltd recalled 9,000 heaters. Ormsby Warmth Ltd apologised."
            " Rival Tarrant Heat sold 4,000 heaters. The firm will refund the £129 price.",
            None,
            {"ormsby-warmth", "tarrant-heat"},
            {"9,000": "ormsby-warmth", "4,000": "tarrant-heat", "£129": "ormsby-warmth"},
        ),
    ],
)
def test_a_figure_naming_no_organisation_is_the_final_main_ones(text, found_elsewhere, names, subjects):
    found = _grouping_subjects(text, found_elsewhere, names)
    assert {k: v for k, v in found.items() if k in subjects} == subjects


@pytest.mark.parametrize(
    "text, main",
    [
        # a currency code the note repeats is no company the entity stage missed
        (
            "Note\n\nPellow Power: target EUR 24.50 (from EUR 27.00). Guidance is EUR 2.1bn. The dividend is EUR 0.62.",
            "pellow-power",
        ),
    ],
)
def test_a_currency_code_is_no_repeated_name(text, main):
    subjects = _grouping_subjects(text, None, {"pellow-power"})
    assert set(subjects.values()) == {main}


@pytest.mark.parametrize(
    "a, b, status",
    [
        # a product's count by its own noun and by "units" is one figure
        (
            "Brackwater Cycles Ltd sold 120,000 e-bikes last year.",
            "Brackwater Cycles Ltd shipped 120,000 units last year.",
            "consistent",
        ),
        ("Ormsby Warmth Ltd is recalling 9,000 heaters.", "Ormsby Warmth Ltd is recalling 9,000 units.", "consistent"),
        (
            "Brackwater Cycles Ltd sold 120,000 e-bikes last year.",
            "Brackwater Cycles Ltd sold 210,000 bikes last year.",
            "conflicting",
        ),
    ],
)
def test_a_products_count_by_its_noun_or_as_units_is_one_figure(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


@pytest.mark.parametrize(
    "a, b",
    [
        # must not: a business's other counts, quantities and shares are no units sold
        ("Brackwater Cycles Ltd will close 4 depots.", "Brackwater Cycles Ltd sold 4 units."),
        ("Pellow Power plc mined 120,000 tonnes last year.", "Pellow Power plc shipped 120,000 units last year."),
        ("Brackwater Cycles Ltd sold 120,000 shares.", "Brackwater Cycles Ltd sold 120,000 units."),
        ("Brackwater Cycles Ltd sales rose 9%.", "Brackwater Cycles Ltd sold 9 units."),
        # must not: a business's network and premises, counted by their noun, are no products
        ("Brackwater Cycles Ltd sold 1,150 e-bikes.", "Brackwater Cycles Ltd now has 1,200 dealers."),
        ("Brackwater Cycles Ltd runs 40 showrooms.", "Brackwater Cycles Ltd sold 41 units."),
        ("Brackwater Cycles Ltd has 310 stores.", "Brackwater Cycles Ltd shipped 300 units."),
    ],
)
def test_other_counts_are_no_products(a, b):
    assert groups_of({"a": a, "b": b}) == []


@pytest.mark.parametrize(
    "a, b, status",
    [
        # a count of made goods by their family's noun and as "units"
        (
            "Quarrel Motors Ltd delivered 21,400 vans last year.",
            "Quarrel Motors Ltd delivered 21,400 units last year.",
            "consistent",
        ),
        ("Quarrel Motors Ltd sold 3,100 handsets.", "Quarrel Motors Ltd sold 3,100 units.", "consistent"),
    ],
)
def test_made_goods_by_their_noun_or_as_units_are_one_figure(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


def test_a_fleet_is_no_units_sold():
    """must not: a fleet's vans are vehicles, not units sold."""
    assert groups_of({"a": "Quarrel Motors Ltd runs a fleet of 400 vans.", "b": "Quarrel Motors Ltd sold 400 units."}) == []


@pytest.mark.parametrize(
    "text, unit",
    [
        ("OSLO (Nordwire) - Norwegian grocer Tindvik Mat made a profit of 2.84 billion crowns.", "NOK"),
        ("STOCKHOLM (Nordwire) - Swedish grocer Tindvik Mat made a profit of 2.84 billion crowns.", "SEK"),
        ("Tindvik Mat made a profit of 2.84 billion Norwegian crowns.", "NOK"),
        # must not: a bare "crowns" in a story naming no country is no currency
        ("The jeweller Tindvik Mat set 40 crowns in gold.", "crowns"),
    ],
)
def test_crowns_are_the_currency_the_story_country_names(text, unit):
    (claim,) = [c for c in claims_of(text) if c.unit != "percent"]
    assert claim.unit == unit


@pytest.mark.parametrize(
    "text, metric",
    [
        ("Wexley Foods Ltd will pay a final dividend of 6.1p a share, taking the total to 9p, which costs it £24m.", "dividend"),
        ("Wexley Foods Ltd raised its dividend to 9p a share, costing £24m.", "dividend"),
        # must not: a cost said of something else, or of a thing named after the dividend
        ("Wexley Foods Ltd said the recall, which will cost £24m, was needed.", "cost"),
        ("Wexley Foods Ltd raised its dividend and bought a plant, which cost £24m.", "cost"),
        ("Wexley Foods Ltd raised its dividend to 9p and bought 3 plants, which cost £24m.", "cost"),
    ],
)
def test_a_dividends_cost_is_the_dividend_paid_out(text, metric):
    (claim,) = [c for c in claims_of(text) if c.unit == "GBP"]
    assert claim.metric == metric


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The Wexley plant slaughtered up to 2,600 head a day.", "head"),
        ("The Wexley farm keeps 400 head of cattle.", "head"),
        # must not: "head" before a plural is its modifier
        ("Wexley Foods Ltd hired 3 head chefs.", "head chefs"),
    ],
)
def test_livestock_counted_by_the_head(text, unit):
    (claim,) = claims_of(text)
    assert claim.unit == unit


def test_animals_by_their_kind_or_by_the_head_are_one_figure():
    a, b = "Wexley Foods Ltd processed 2,600 pigs a day.", "Wexley Foods Ltd slaughtered 2,600 head a day."
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, "consistent")]
