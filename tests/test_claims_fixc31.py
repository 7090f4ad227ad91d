"""The fixc31 round: the review of c31's findings, on short original sentences. Square and cubic feet are an area and a
volume of their own, never the length "feet" they end in; a capitalised "Foot" begins a name; a price "per" a unit counts
none of it."""

from __future__ import annotations

import sqlite3

import pytest

from loaders.build import build
from loaders.executors import SerialExecutor
from loaders.group.claims import CONVERSIONS, same_amount, stated_venture
from loaders.spans import Span
from tests.test_claims import claims_of
from tests.test_claims_c31_kinds import _mentions


def _built(tmp_path, articles: dict[str, str]) -> sqlite3.Connection:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(f"{name.upper()} NEWS\n\n{text}", encoding="utf-8")
    db = tmp_path / "fixc31.db"
    build(folder, db, executor=SerialExecutor())
    return sqlite3.connect(db)


def _units(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in claims_of(text)]


# --- H1: square and cubic feet --------------------------------------------------------------------------------------


def test_square_feet_are_an_area_of_their_own():
    assert _units("Halvard Stores leased 210,000 square feet near the port.") == [(210000, "square feet")]
    assert _units("The depot adds 1.2 million square feet, up from 800,000 square feet.") == [
        (1.2e6, "square feet"),
        (800000, "square feet"),
    ]
    assert _units("The clinic has 5,000 sq ft of floor space.") == [(5000, "square feet")]
    assert _units("The clinic has 5,000 sq. ft. of floor space.") == [(5000, "square feet")]


def test_cubic_feet_are_a_volume_of_their_own():
    assert _units("The field yielded 3.5 trillion cubic feet of gas.") == [(3.5e12, "cubic feet")]
    assert _units("The mill draws 2 million cubic feet of river water a day.") == [(2e6, "cubic feet")]


def test_square_and_cubic_feet_convert_exactly_and_never_to_a_length():
    assert CONVERSIONS["square feet"] == ("hectares", 0.000009290304)
    assert CONVERSIONS["cubic feet"] == ("cubic metres", 0.028316846592)
    assert CONVERSIONS["feet"][0] == "metres"


def test_a_price_per_unit_counts_none_of_it():
    """Must-not: a rent or a price given per unit is no quantity of the unit."""
    assert _units("Office rents reached 80 per square foot.") == []
    assert _units("Feed sold for 80 per tonne at the fair.") == []


def test_a_capitalised_foot_begins_a_name():
    """Must-not: "Foot" in capitals is a name's word; the stores after it are counted."""
    assert _units("Orlen Retail opened 3 Foot Locker stores.") == [(3, "stores")]
    assert _units("The jetty is about 1,150 feet long.") == [(1150, "feet")]


def test_a_floor_area_never_meets_a_length(tmp_path):
    """Must-not: a lease in square feet and a road in kilometres are two figures, never one group."""
    connection = _built(
        tmp_path,
        {
            "alpha": "Kestrel Haulage Inc will lease 210,000 square feet in Dunmore.",
            "beta": "Kestrel Haulage Inc will build a 64 kilometre road near Dunmore.",
        },
    )
    rows = connection.execute("SELECT unit, group_id FROM claims ORDER BY unit").fetchall()
    units = [unit for unit, _ in rows]
    assert "square feet" in units and "feet" not in units
    groups = {group for _, group in rows if group is not None}
    assert len(groups) == len([group for _, group in rows if group is not None])


# --- M1: nautical miles; speeds ------------------------------------------------------------------------------------


def test_nautical_miles_are_a_unit_of_their_own():
    assert _units("The turbines stand 12 nautical miles off the coast.") == [(12, "nautical miles")]
    assert CONVERSIONS["nautical miles"] == ("metres", 1852.0)
    assert _units("The canal is 40 miles long.") == [(40, "miles")]


def test_a_speed_is_no_length():
    """Must-not: a length per hour is a speed, never compared with a length."""
    assert _units("The new trains run at 150 miles per hour.") == []
    assert _units("Gusts reached 120 kilometres an hour.") == []


def test_nautical_miles_and_kilometres_agree(tmp_path):
    """12 nautical miles are 22.2 km: two outlets printing the one distance agree, no conflict on value."""
    connection = _built(
        tmp_path,
        {
            "alpha": "Skerra Wind AS will build its wind farm 12 nautical miles off the coast.",
            "beta": "Skerra Wind AS will build its wind farm 22 kilometres off the coast.",
        },
    )
    rows = connection.execute(
        "SELECT c.unit, g.id, g.status FROM claims c JOIN claim_groups g ON g.id = c.group_id ORDER BY c.unit"
    ).fetchall()
    assert [unit for unit, _, _ in rows] == ["kilometres", "nautical miles"]
    assert rows[0][1] == rows[1][1] and rows[0][2] == "consistent"


# --- M2: the page's present figure in the correction's sentence -----------------------------------------------------


def _modalities(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.modality) for c in claims_of(text)]


def test_the_present_figure_after_a_semicolon_or_which_is_is_the_pages():
    """Must-not: only the figure the correction says was wrong is "corrected", not the right one after ";", "it is" or
    "which is"."""
    text = "An earlier version of this article wrongly gave the kiln's output as 200 tonnes; it is 120 tonnes."
    assert [(v, m) for v, m in _modalities(text)] == [(200, "corrected"), (120, "reported")]
    text = "An earlier version of this article misstated the output of the kiln, which is 120 tonnes."
    assert [m for _, m in _modalities(text)] == ["reported"]


# --- M4: an "Update:" line naming no earlier version ----------------------------------------------------------------


def test_a_not_on_an_update_line_naming_no_earlier_version_changes_nothing():
    """Must-not: a live story's update is news; "not" there replaces no figure (a correction's "not" still does)."""
    assert _modalities("Update: Sales were not 5% higher in the quarter, the firm said.") == [(5, "reported")]
    assert [m for _, m in _modalities("Update, 3pm: Shares closed 4% lower, not 3% as the desk first said.")] == [
        "reported",
        "reported",
    ]
    assert _modalities("Correction: Sales were not 5% higher in the quarter.") == [(5, "corrected")]


# --- M3: another document's earlier version -------------------------------------------------------------------------


def test_another_documents_earlier_version_is_no_correction():
    """Must-not: a body's draft report or earlier statement is a fact the page reports, outside a correction."""
    text = "An earlier version of the audit report forecast 5% growth; the final one says 3%."
    assert [m for _, m in _modalities(text)] == ["forecast", "forecast"]
    text = "The first version of the statement, issued in March, estimated 40,000 jobs."
    assert [m for _, m in _modalities(text)] == ["estimate"]


def test_the_earlier_version_of_the_article_in_a_correction_is_the_pages():
    text = "Correction: An earlier version of the article said the depot had 200 jobs. It has 300 jobs."
    assert _modalities(text)[0] == (200, "corrected")
    text = "Update: in the first version of the news the silo was indicated as 80 thousand tonnes."
    assert _modalities(text) == [(80000, "corrected")]


# --- M6: a one-way hedge across units -------------------------------------------------------------------------------


def _one(text: str):
    (claim,) = claims_of(text)
    return claim


def test_a_one_way_hedge_across_units_holds_the_other_value_itself():
    """Must-not: "more than 8 million litres" (stretched up to 9 million) is no "9,000 m3"; its stretch holds a value
    inside it, and plain printings still meet across units."""
    brine = _one("The works discharge more than 8 million litres of brine.")
    assert same_amount(_one("The island needs 9,000 m3 of water."), brine) is False
    assert same_amount(_one("The island needs 8,500 m3 of water."), brine) is True
    assert same_amount(_one("The tank holds 6,000 m3."), _one("The tank holds 6 million litres.")) is True
    assert same_amount(_one("The farm covers up to 2,100 hectares."), _one("The farm covers 5,200 acres.")) is True


# --- M5: the venture tie carried from the sentence before ------------------------------------------------------------


def _zones(text: str) -> list[Span]:
    zones, start = [], 0
    for end in [i + 1 for i, c in enumerate(text) if c == "." and (i + 1 == len(text) or text[i + 1] in " \n")]:
        zones.append(Span(start, end))
        start = end + 1
    return zones


@pytest.mark.parametrize(
    ("text", "names", "venture"),
    [
        # must-nots: a rival's venture in a paragraph comparing the page's company with it
        (
            "Norrby Feeds reported higher sales. Its rival Askel Mills set up the joint venture Velo Grain last year.",
            ("Norrby Feeds", "Askel Mills", "Velo Grain"),
            None,
        ),
        (
            "Norrby Feeds reported higher sales. Rival Askel Mills and Tomra Agro run the joint company Velo Grain.",
            ("Norrby Feeds", "Askel Mills", "Tomra Agro", "Velo Grain"),
            None,
        ),
        (
            "Norrby Feeds cut prices. Competitors have struggled. The joint venture Velo Grain of Askel Mills and Tomra"
            " Agro lost money.",
            ("Norrby Feeds", "Velo Grain", "Askel Mills", "Tomra Agro"),
            None,
        ),
        # the page's own venture, its company named in the sentence before, or before a partners' sentence
        ("Norrby Feeds grows. The joint company Velo Grain was founded.", ("Norrby Feeds", "Velo Grain"), "Velo Grain"),
        (
            "Norrby Feeds grows. With Askel Mills it adds a mill. The joint company Velo Grain was founded.",
            ("Norrby Feeds", "Askel Mills", "Velo Grain"),
            "Velo Grain",
        ),
    ],
)
def test_a_venture_is_tied_to_the_pages_company_from_the_sentence_before_only(text, names, venture):
    assert stated_venture(text, _zones(text), _mentions(text, *names), main="Norrby Feeds") == venture
