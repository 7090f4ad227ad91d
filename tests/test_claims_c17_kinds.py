"""Error kinds the c17 held-out round showed (an Austrian nut processor buying into an Azerbaijani
hazelnut sheller, told by a Baku business agency, a Vienna daily machine-translated from German and a
Fresno tree-nut newsletter; a Thai frozen-food group buying into a Hungarian duck and goose processor,
told by a Budapest business weekly, a Bangkok business daily and a European poultry trade site), and
the leftovers of earlier rounds (m6, m7, c16) of one figure printed in tonnes by one outlet and in
kilograms or pounds by another, on short original sentences.

A weight in pounds is read where the thing weighed follows ("7.5 million pounds of kernels", "47 million
lbs"), sterling where money does; a weight in kilograms or pounds compares with one in tonnes, by the
factors the vocabulary gives (counted.yml `conversions`); a part of a scale in words ("half a million"),
hyphenated fractions ("one-fifth of") and plurals with no "s" ("geese", "sheep") are read; the baht by
the sign Bangkok's papers print ("Bt1.41 billion").
"""

from __future__ import annotations

import pytest

from tests.helpers import claim_subjects as _subjects  # each figure -> its subject
from tests.helpers import claim_values as _read  # (as written, value, unit) of each figure
from tests.test_claim_groups import groups_of
from tests.test_entity_rules import organisations


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a weight where the thing weighed follows
        ("Kesteven Mills bought 12 million pounds of malting barley last season.", 12e6, "pounds"),
        ("Harlan Orchards shipped 31 million lbs of almonds in the quarter.", 31e6, "pounds"),
        ("Harlan Orchards shipped 31m lb of almonds in the quarter.", 31e6, "pounds"),
        # sterling where money is meant, or nothing is weighed
        ("Kesteven Mills won 5 million pounds of funding from the council.", 5e6, "GBP"),
        ("Kesteven Mills spent 5 million pounds of its own cash on the silo.", 5e6, "GBP"),
        ("Kesteven Mills will receive a 48 million pound grant.", 48e6, "GBP"),
        ("Kesteven Mills was sold for 20 million pounds.", 20e6, "GBP"),
        # plurals with no "s", a part of a scale in words, hyphenated fractions
        ("Ravenmoor Farms keeps 4,200 sheep and 900 geese on the marsh.", 4200, "sheep"),
        ("Ravenmoor Farms keeps 4,200 sheep and 900 geese on the marsh.", 900, "geese"),
        ("Tarnow Poultry reared half a million turkeys last year.", 500000, "turkeys"),
        ("Tarnow Poultry raised a quarter of a billion zlotys from investors.", 250e6, "PLN"),
        ("Ostrava Malt sells roughly one-fifth of its output abroad.", 20, "percent"),
        ("Ostrava Malt sells three-fifths of its output abroad.", 60, "percent"),
        # the baht by its Bangkok papers' sign
        ("Lanna Rice Plc paid Bt2.35 billion for the Phitsanulok mill.", 2.35e9, "THB"),
        # the manat: Azerbaijan's, Turkmenistan's in a Turkmen story; a decimal comma before percentage points
        ("The Azerbaijani bakery Gilan Un was sold for 42,5 million manat.", 42.5e6, "AZN"),
        ("Ashgabat Textiles, the Turkmen weaver, raised 300 million manat.", 300e6, "TMT"),
        ("The margin of Tiroler Kupfer widened by 2,3 percentage points.", 2.3, "percentage points"),
    ],
)
def test_weights_parts_and_signs_read(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in _read(text)), _read(text)


def test_half_of_a_scale_is_not_a_fraction_of_it():
    # "three-quarters of a million" is 750,000, not 75 percent of something
    read = _read("Tarnow Poultry hatched three-quarters of a million chicks.")
    assert [(v, u) for _, v, u in read] == [(750000, "chicks")]


@pytest.mark.parametrize(
    "second",
    [
        "Kesteven Mills dries about 5.1 million pounds of hops a year.",
        "Kesteven Mills dries 2.3 million kilograms of hops a year.",
        "Kesteven Mills dries 2 300 000kg of hops a year.",
    ],
)
def test_one_weight_in_tonnes_pounds_and_kilograms_is_one_group(second):
    groups = groups_of({"a": "Kesteven Mills dries 2,300 tonnes of hops a year.", "b": second})
    assert ({"a", "b"}, "consistent") in groups, groups


def test_a_different_weight_in_pounds_conflicts():
    # 3.2 million pounds is some 1,450 tonnes: a different figure (one outlet wrong), not the same one
    groups = groups_of(
        {
            "a": "Kesteven Mills dries 2,300 tonnes of hops a year.",
            "b": "Kesteven Mills dries 2,300 tonnes of hops a year, it said.",
            "c": "Kesteven Mills dries 3.2 million pounds of hops a year.",
        }
    )
    assert ({"a", "b", "c"}, "conflicting") in groups, groups


@pytest.mark.parametrize(
    "text, written, subject",
    [
        # a state service of a former Soviet republic is a public body, never what "the company" stands for
        (
            "Tiroler Kupfer AG has bought 40% of Ganja Wire MMC.\n\n"
            "Approval came from the State Service for Tariff Regulation, Ganja Wire chief Elnur Mammadov told reporters.\n\n"
            "The company employs 380 people.",
            "380",
            "Ganja Wire",
        ),
        # what goes somewhere is its owner's figure, not the destination's
        (
            "Tiroler Kupfer AG has bought 40% of Ganja Wire.\n\nGanja Wire makes cable in Ganja.\n\n"
            "Three-quarters of its cable is shipped to the European Union.",
            "Three-quarters",
            "Ganja Wire",
        ),
        # a share's price is the listed company's, not the exchange's
        (
            "Tiroler Kupfer AG has bought 40% of Ganja Wire.\n\nTiroler Kupfer said so on Monday.\n\n"
            "On the Warsaw Stock Exchange the stock ended the day 2.7 percent up.",
            "2.7 percent",
            "Tiroler Kupfer",
        ),
    ],
)
def test_subjects_not_a_public_body_a_destination_or_an_exchange(text, written, subject):
    assert _subjects(text).get(written) == subject, _subjects(text)


def test_an_agency_after_a_datelines_date_is_no_subject():
    # "Tbilisi, June 9 (Kura News)." opens the story as "LONDON, May 4 (Calder Wire) -" does
    text = (
        "Tbilisi, June 9 (Kura News). Tiroler Kupfer AG has bought 40% of Ganja Wire, a spokesman told Kura News.\n\n"
        "Ganja Wire makes cable.\n\nThree-quarters of its cable is shipped to the European Union."
    )
    assert _subjects(text).get("Three-quarters") == "Ganja Wire", _subjects(text)


def test_its_output_is_the_company_the_paragraph_is_about_not_the_articles_main_one():
    text = (
        "Tiroler Kupfer AG has bought 40% of Ganja Wire.\n\nTiroler Kupfer makes rod in Linz, and Tiroler Kupfer said so.\n\n"
        "Ganja Wire makes cable. Three-quarters of its cable is shipped to the European Union."
    )
    assert _subjects(text).get("Three-quarters") == "Ganja Wire", _subjects(text)


@pytest.mark.parametrize(
    "last, subject",
    [
        # a company's first word alone, acting ("Ganja turns out"), is the company, though a town's name too
        ("Ganja turns out 12,000 tonnes of cable a year.", "Ganja Wire"),
        # where a locative places it, the town is meant: the figure stays the article's own
        ("Cable output in Ganja runs at 12,000 tonnes a year.", "Tiroler Kupfer"),
        # but a sentence opening on "the plant in <town>" in a deal story, no firm placed in the town, is
        # the deal's target's site (the p1 rule: never the buyer by default)
        ("The plant in Ganja turns out 12,000 tonnes of cable a year.", "Ganja Wire"),
    ],
)
def test_a_companys_first_word_acting_alone(last, subject):
    text = (
        "Tiroler Kupfer AG has bought 40% of Ganja Wire MMC.\n\n"
        f"Tiroler Kupfer makes copper rod in Linz, and Tiroler Kupfer said it would keep the name.\n\n{last}"
    )
    assert _subjects(text).get("12,000") == subject, _subjects(text)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # batch 2: the Omani rial by its Muscat papers' sign, the baisa a thousandth of it
        ("Sohar Dates SAOG paid RO 4.2 million for the packing house.", 4.2e6, "OMR"),
        ("Sohar Dates paid RO12.5m for the packing house.", 12.5e6, "OMR"),
        ("Sohar Dates shares closed at 655 baizas in Muscat, Oman.", 0.655, "OMR"),
        # the dinar by the country the story names: Serbia's, Jordan's
        ("The Serbian dairy Zlatar Mleko was sold for some 1.9 billion dinars.", 1.9e9, "RSD"),
        ("The Jordanian potash trader Karak Salts earned 14 million dinars.", 14e6, "JOD"),
        # a share of the people just counted, a noun after "of them"; a plant's lines counted in words
        ("The Arusha bakery has 640 staff, roughly three-quarters of them men.", 75, "percent"),
        ("Mwanza Mill will add two packing lines next year.", 2, "lines"),
    ],
)
def test_batch_two_currencies_shares_and_lines_read(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Foods of Leeds paid 300 dinars for the sign.",  # no country of the dinar named: no reading
        "Half of them are women, Mwanza Mill said of its 900 staff.",  # "of them are": a clause, no share's noun
    ],
)
def test_no_dinar_without_its_country_and_no_share_of_a_clause(text):
    # no currency at all (any dinar: Serbia's, Jordan's, Kuwait's, ...), and no share
    assert all(not (len(u) == 3 and u.isupper()) and u != "percent" for _, _, u in _read(text)), _read(text)


def test_the_omani_legal_form_and_the_rials_sign_are_no_organisations():
    found = organisations("Sohar Dates SAOG paid RO 4.2 million for the plant. Sohar Dates SAOG said RO 4.2 million was fair.")
    assert "SAOG" not in found and "RO" not in found, found


def test_the_company_opening_a_sentence_owns_a_figure_an_agency_after_it_reports():
    text = (
        "Brenner Foods has bought 80% of Lisko Mlekara.\n\nLisko Mlekara makes goat cheese near Kraljevo.\n\n"
        "The company booked sales of 17.6 million euro last year, figures from the trade registry Regista showed."
    )
    assert _subjects(text).get("17.6 million euro") == "Lisko Mlekara", _subjects(text)
