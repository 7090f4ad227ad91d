"""Error kinds the c9 held-out round showed (a resins maker and its crop-protection subsidiary told by
an Indian daily in crore, an agency's all-capitals brief and a press release; a gold takeover by an
exchange's announcement summary, a regional paper and an executive's post; a concrete cartel's fines
by a translated trade daily, a terminal story and a union bulletin; a food group's restatement by a
translated wire, a translated Japanese daily and a rating agency's commentary), on short original
sentences.

Its missed groups were again one figure given different subjects by different outlets: an all-capitals
brief whose every word was read as a name (so it had no company of its own), a company's board named
as an organisation of its own, a wire whose masthead spells out its dateline's agency, a regulator
described only in apposition, "the group" given to the subsidiary named last, "X, a subsidiary of Y,
must pay" given to Y, a group's short name ("Valença" for "Grupo Valença Alimentos"); and measures
misread ("capital expenditure", "the biggest employer", "family-owned").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from loaders.clean import layout
from loaders.group.claims import Member, OrganisationNames, member_subjects
from loaders.spans import slug
from tests.helpers import claim_subjects, grouping_subjects
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


def _subjects(text: str) -> dict[str, str | None]:
    return claim_subjects(text, "2026-11-25")


@pytest.mark.parametrize(
    "text, subjects",
    [
        # an agency brief's capitals bullets: no words there are names, the brief's company owns them
        (
            "Nov 25 (Calder Wire) - Kestrel Polymers Ltd:\n\n"
            "* QUARTER NET PROFIT 3.86 BILLION RUPEES VERSUS 3.39 BILLION RUPEES\n\n"
            "* QUARTER REVENUE 48.12 BILLION RUPEES\n\n* RECOMMENDS DIVIDEND OF 6.50 RUPEES PER SHARE",
            {"3.86 BILLION RUPEES": "Kestrel Polymers", "48.12 BILLION RUPEES": "Kestrel Polymers"},
        ),
        # "the group": the group named before, not the subsidiary named last
        (
            "Marlow Dairies, part of the Kestrel Group, will appeal.\n\nThe group had sales of €1.9 billion.",
            {"€1.9 billion": "Kestrel Group"},
        ),
        (
            "Harlow Holdings owns Pellow Stores. Pellow Stores was fined.\n\nThe group employs 3,200 people.",
            {"3,200": "Harlow Holdings"},
        ),
        # "X, a subsidiary of Y, must pay": X's figure, its owner named aside
        (
            "Marlow Dairies, a subsidiary of the family-owned Kestrel Gruppe, must pay €24.1 million.",
            {"€24.1 million": "Marlow Dairies"},
        ),
        ("Marlow Dairies, part of closely held Kestrel Foods, will repay £12m.", {"£12m": "Marlow Dairies"}),
        # must not: "the group" with no group named is the company named before
        (
            "Marlow Dairies was fined. Marlow Dairies will appeal.\n\nThe group had sales of €1.9 billion.",
            {"€1.9 billion": "Marlow Dairies"},
        ),
        # must not: a buyer named last, no apposition: its own figure
        ("Marlow Dairies sold its plant to Kestrel Foods for £4m.", {"£4m": "Kestrel Foods"}),
        # must not: a sentence in ordinary case keeps its capitalised words as names
        (
            "Kestrel Polymers Ltd reported.\n\nHarlow Resins grew. Harlow Resins hired. Harlow Resins sold 4,000 tonnes.",
            {"4,000": "Harlow Resins"},
        ),
    ],
)
def test_what_a_figure_is_about(text, subjects):
    found = _subjects(text)
    assert {written: found.get(written) for written in subjects} == subjects


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("The board approved capital expenditure of Rs 1,200 crore for a plant.", "Rs 1,200 crore", "spending"),
        # "employer" is an organisation, "family-owned" describes one: neither measures the figure (the
        # takeover does, c11: a deal's value)
        ("The town's biggest employer agreed to a $412 million takeover.", "$412 million", "deal value"),
        # (what it must pay is a payment, c10: not an ownership)
        ("The family-owned group must pay €24.1 million.", "€24.1 million", "payment"),
        # must not: employees and what a holder owns still measure
        ("Marlow Dairies employs 3,200 people.", "3,200", "jobs"),
        ("Marlow Dairies is 62% owned by Kestrel Foods.", "62%", "ownership"),
    ],
)
def test_what_a_figure_measures(text, written, metric):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.metric == metric


def _grouping_subjects(text: str, known: set[str]) -> dict[str, str | None]:
    """Each figure's subject as grouping reads it, the corpus knowing the organisations `known`."""
    return grouping_subjects(text, names={slug(name) for name in known})


@pytest.mark.parametrize(
    "text, known, subjects",
    [
        # a company's board stands for the company
        (
            "Tallow Gold Limited agreed a deal. The Tallow Board recommends it.\n\n"
            "The Tallow Board said Tallow produced 86,000 ounces.",
            {"Tallow Gold", "Tallow Board"},
            {"86,000": "tallow-gold"},
        ),
        # the wire's own name, spelled out on its masthead, is never what its story is about
        (
            "CWN - Calder Wire News\n\nKestrel restates profit\n\n"
            "LIMA, Nov 25 (CWN) - Kestrel Foods SA restated its profit on Tuesday.\n\n"
            "Revenue was revised to $18.3 billion.\n\nCWN - All rights reserved. Calder Wire News.",
            {"Calder Wire News", "Kestrel Foods SA"},
            {"$18.3 billion": "kestrel-foods-sa"},
        ),
        # a body described as a regulator is not what "the company" stands for
        (
            "Kestrel Foods SA restated its profit.\n\nIn a filing with the CVX, the securities regulator, the"
            " company said cash was intact.\n\nNet debt was $7.2 billion, the company said.",
            {"Kestrel Foods SA", "CVX"},
            {"$7.2 billion": "kestrel-foods-sa"},
        ),
        # a group's short name in its own article
        (
            "Trading house Hoshi Shoji owns 20% of Grupo Marvão Alimentos.\n\nMarvão restated its profit to $1.04 billion.",
            {"Hoshi Shoji", "Grupo Marvão Alimentos", "Marvão", "Marvão Logística"},
            {"$1.04 billion": slug("Grupo Marvão Alimentos")},
        ),
        # must not: a board of something that no company of the corpus is named like stays itself
        (
            "The Tallow Board said it spent $4m.",
            {"Tallow Board"},
            {"$4m": "tallow-board"},
        ),
    ],
)
def test_grouping_reads_the_company_a_figure_is_about(text, known, subjects):
    found = _grouping_subjects(text, known)
    assert {k: v for k, v in found.items() if k in subjects} == subjects


@pytest.mark.parametrize(
    "subject, named, expected",
    [
        # a regulator's fine on a company the final mentions name in its sentence (extraction saw none)
        ("Federal Cartel Office", ("Federal Cartel Office", "Marlow Beton"), "marlow-beton"),
        # must not: a regulator's own figure, no company named beside it
        ("Federal Cartel Office", ("Federal Cartel Office",), "federal-cartel-office"),
        # must not: a company's figure stays its own beside another company
        ("Kestrel Foods", ("Kestrel Foods", "Marlow Beton"), "kestrel-foods"),
    ],
)
def test_a_regulators_figure_on_a_company_named_beside_it_is_the_companys(subject, named, expected):
    (claim,) = claims_of("Kestrel Foods paid 21.4 million euros.")
    member = Member("a", replace(claim, subject=subject, subjects=(subject,)), None, named)
    names = OrganisationNames({"federal-cartel-office", "marlow-beton", "kestrel-foods"})
    assert member_subjects(member, names)[1] == expected


@pytest.mark.parametrize(
    "text, place, outlet",
    [
        ("SÃO PAULO, Nov 25 (APN) - Grupo Marvão restated its profit.", "São Paulo", "APN"),
        ("LIMA, Nov. 25 (Calder Wire) - Kestrel Foods grew.", "Lima", "Calder Wire"),
        # must not: a capitalised opening with no dash is no dateline
        ("NEW YORK STATE, March 2026 has 25 towns.", None, None),
    ],
)
def test_a_wires_dateline_in_accented_capitals_and_with_no_year(text, place, outlet):
    found = layout(text)
    assert (found.dateline_place.value if found.dateline_place else None, found.outlet.value if found.outlet else None) == (
        place,
        outlet,
    )


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # a figure an article prints again with no measure named is its named printing again: it does not
        # keep another outlet's misreported version out of the group
        (
            "Kestrel Capital must pay a penalty of $4.5 million. Kestrel Capital said $4.5 million was fair.",
            "Kestrel Capital will pay a $5.4 million penalty.",
            [({"a", "b"}, "conflicting")],
        ),
        # must not: a figure named by no measure, printed once, is no evidence of one figure
        ("Kestrel Capital said $4.5 million was fair.", "Kestrel Capital will pay a $5.4 million penalty.", []),
    ],
)
def test_a_repeated_printing_named_by_no_measure_does_not_block_a_conflict(a, b, expected):
    assert groups_of({"a": a, "b": b}) == expected


# The c8 round's measures kept to their kind (a review found them wider): "aid" that is no public money,
# a cost charged to someone, a range read as the earlier figure of a comparison.
@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("Corvex spent £2m on first aid training.", "£2m", "amount"),
        ("Halden Audio put $9m into hearing aid research.", "$9m", "amount"),
        ("Corvex put £2m into legal aid.", "£2m", "amount"),
        ("The scheme will cost households £90 a year, Halberd Energy said.", "£90", "cost"),
        ("The plant will cost residents £40 each.", "£40", "cost"),
        ("The scheme would cost taxpayers £12 a year.", "£12", "cost"),
        # must not: public aid is a grant, a project's own cost is an investment
        ("Halberd Ltd will receive £4m in aid from the council.", "£4m", "grant"),
        ("Halberd Ltd said the housing development costs £300m.", "£300m", "investment"),
        ("The project will cost 2.4 billion euros.", "2.4 billion euros", "investment"),
    ],
)
def test_aid_and_cost_keep_to_their_kind(text, written, metric):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.metric == metric


@pytest.mark.parametrize(
    "text, earlier",
    [
        # a range ends at the current figure: it is not the figure a comparison starts from
        ("Tickets will rise from £5 to £7, Halberd Ltd said.", {"£5 to £7": False}),
        # must not: the figure a rise starts from is still the earlier one
        ("Tickets will rise to £7 from £5, Halberd Ltd said.", {"£7": False, "£5": True}),
    ],
)
def test_a_range_is_not_the_earlier_figure(text, earlier):
    assert {c.value_as_written: c.earlier for c in claims_of(text)} == earlier
