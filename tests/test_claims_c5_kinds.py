"""Error kinds a sixth held-out round showed (job cuts told by a wire flash, a local paper and a
financial daily; a fiscal year with a dividend per share and in total; a market-wide figure from a
research firm; a funding round in two currencies; a recall whose count was updated; a housebuilder's
completions), on short original sentences: a noun that counts anything ("people") compared in the
family of the measure its cue names, nouns of one family ("sellers" are a payments firm's merchants;
"completions" are homes, and "businesses" customers, only where the words around them say so), and
a bound compared as far as its number's zeros go ("more than 2,000" and 2,300 agree)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from loaders.build import extract_article
from loaders.extract.claims.context import PER_UNIT_RE
from loaders.extract.types import Mention
from loaders.group.claims import OrganisationNames, claim_records, group_claims, member_subjects
from loaders.read import SeedFile
from loaders.spans import Span
from tests.helpers import claim_subjects
from tests.helpers import grouping_subjects as _grouping_subjects  # each figure's subject as grouping reads it
from tests.test_claim_groups import extract, groups_of
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    "a, b, status",
    [
        # "employs N people" counts the workforce "N employees" counts
        ("Garnet Haulage Group employs 4,200 people.", "Garnet Haulage Group has 4,200 employees.", "consistent"),
        ("Garnet Haulage Group employs about 4,200 people.", "Garnet Haulage Group has 4,230 staff.", "consistent"),
        ("Garnet Haulage Group employs 4,200 people.", "Garnet Haulage Group has 3,900 employees.", "conflicting"),
        # nouns of one family
        ("Larchfield Homes plc completed 2,340 homes.", "Larchfield Homes plc made 2,340 completions.", "consistent"),
        (
            "Ashcombe Estates plc, the housebuilder, made 2,340 completions.",
            "Ashcombe Estates plc built 2,340 homes.",
            "consistent",
        ),
        ("Pocketpay Ltd serves 1,800 merchants.", "Pocketpay Ltd has 1,800 businesses on its platform.", "consistent"),
        ("Pocketpay Ltd has 1,800 business customers.", "Pocketpay Ltd has 1,800 retailers as customers.", "consistent"),
        ("Pocketpay Ltd serves 1,800 merchants.", "Pocketpay Ltd serves 1,800 sellers.", "consistent"),
        ("Pocketpay Ltd has 1,800 business customers.", "Pocketpay Ltd serves more than 1,800 businesses.", "consistent"),
    ],
)
def test_counts_of_one_thing_in_other_words_are_one_figure(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


@pytest.mark.parametrize(
    "a, b",
    [
        # completions with no word of homes around them count something else (wells, courses)
        ("Drillco Energy finished 40 well completions.", "Drillco Energy built 40 homes."),
        ("Brightpath Learning logged 9,000 course completions.", "Brightpath Learning sold 9,000 homes."),
        # businesses that are no one's customers are not its customers
        ("Pocketpay Ltd said 1,200 businesses closed in Kano.", "Pocketpay Ltd has 1,200 customers."),
        ("Pocketpay Ltd said 1,200 retailers shut last year.", "Pocketpay Ltd serves 1,200 merchants."),
        ("Pocketpay Ltd serves cafes in Accra, but 1,200 businesses shut in Kumasi.", "Pocketpay Ltd has 1,200 customers."),
    ],
)
def test_nouns_that_join_a_family_only_where_words_say_so(a, b):
    assert groups_of({"a": a, "b": b}) == []


@pytest.mark.parametrize(
    "a, b",
    [
        # people counted by no workforce cue stay people: visitors are not staff
        ("Garnet Haulage Group's open day drew 4,200 people.", "Garnet Haulage Group has 4,200 employees."),
    ],
)
def test_people_with_no_workforce_cue_are_not_a_workforce(a, b):
    assert groups_of({"a": a, "b": b}) == []


@pytest.mark.parametrize(
    "a, b, status",
    [
        # a round number's bound holds every figure up to its next round step, and no further
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 2,300 merchants.", "consistent"),
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 2,900 merchants.", "consistent"),
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 3,400 merchants.", "conflicting"),
        ("Pocketpay Ltd serves more than 2,000 merchants.", "Pocketpay Ltd serves 1,600 merchants.", "conflicting"),
        # its digits say how finely: "more than 2,100" stops at 2,200
        ("Pocketpay Ltd serves more than 2,100 merchants.", "Pocketpay Ltd serves 2,150 merchants.", "consistent"),
        ("Pocketpay Ltd serves more than 2,100 merchants.", "Pocketpay Ltd serves 2,300 merchants.", "conflicting"),
        # the other way: "nearly 5,000" reaches down to 4,000
        ("Larchfield Homes plc built nearly 5,000 homes.", "Larchfield Homes plc built 4,620 homes.", "consistent"),
        ("Larchfield Homes plc built nearly 5,000 homes.", "Larchfield Homes plc built 5,200 homes.", "conflicting"),
    ],
)
def test_a_bound_holds_figures_as_far_as_its_zeros_go(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


def _subjects(text: str) -> dict[str, str | None]:
    return claim_subjects(text, "2026-11-18")


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a figure credited to the one organisation its sentence names is that firm's finding about a market
        (
            "Pelican Group sold 41,000 bikes.\n\nEuropean bike sales fell 9% last year, according to research firm"
            " Osprey Analytics.",
            {"41,000": "Pelican Group", "9%": "Osprey Analytics"},
        ),
        (
            "Pelican Group sold 41,000 bikes.\n\nThe bike market shrank by 9% in 2025, Osprey Analytics estimated.",
            {"41,000": "Pelican Group", "9%": "Osprey Analytics"},
        ),
        # a sentence naming the company too is about the company
        (
            "Pelican Group sold 41,000 bikes.\n\nPelican Group's sales rose 5%, according to Osprey Analytics.",
            {"41,000": "Pelican Group", "5%": "Pelican Group"},
        ),
        # a source that is no organisation leaves the figure the article's company's
        (
            "Pelican Group sold 41,000 bikes.\n\nSales rose 5%, according to a filing.",
            {"41,000": "Pelican Group", "5%": "Pelican Group"},
        ),
    ],
)
def test_a_figure_credited_to_a_research_firm_is_the_firms(text, subjects):
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # an opening "It"/"Its" stands for the organisation the sentences before named first
        (
            "Osprey Analytics tracks bike sales in Europe.\n\nPelican Group is an exception. It sold 41,000 bikes."
            " Its revenue rose 6%.",
            {"41,000": "Pelican Group", "6%": "Pelican Group"},
        ),
        # a pronoun later in the sentence is no opening pronoun: the article's company stays (in a
        # paragraph of its own: one that goes on from a sentence naming a company is that company's,
        # tests/test_claims_c8_kinds.py)
        (
            "Osprey Analytics tracks bike sales in Europe. Osprey Analytics counted 41,000 bikes.\n\n"
            "Pelican Group is an exception.\n\nSales rose 6% as it cut prices.",
            {"41,000": "Osprey Analytics", "6%": "Osprey Analytics"},
        ),
    ],
)
def test_an_opening_it_is_the_organisation_named_before(text, subjects):
    assert _subjects(text) == subjects


def test_an_opening_it_is_read_from_the_final_mentions_when_grouping():
    """A name the entity stage found only with the corpus's help ("Marlow Cycles" named by another
    article): grouping reads the sentence's "It" as that organisation, not the article's first one."""
    text = "Bike sales\n\nOsprey Analytics counts bikes. Marlow Cycles is an exception. It sold 41,000 bikes."
    article = extract_article(SeedFile("a", "a.txt", text, "0" * 64), {})
    name = "Marlow Cycles"
    added = Mention(
        "organisation", name, Span(text.index(name), text.index(name) + len(name)), "name found in another article", 0.9
    )
    article.entities = replace(article.entities, mentions=[*article.entities.mentions, added])
    (member,) = claim_records(article).members
    names = OrganisationNames({"osprey-analytics", "marlow-cycles"})
    assert member_subjects(member, names)[1] == "marlow-cycles"


def test_a_number_several_articles_print_alike_is_clustered_first():
    """Outlets printing the market's 9% are one figure, though one of them also prints a nearby 8.8%
    (ordered by value, the 8.8% came first and took another outlet's 9% away from its peers)."""
    articles = {
        "a": "Bike sales fell 9% in 2025, Osprey Analytics said. Osprey Analytics put its index at 8.8%.",
        "b": "The bike market shrank by 9% in 2025, Osprey Analytics said.",
        "c": "European bike sales fell 9% in 2025, Osprey Analytics said.",
    }
    organisations: set[str] = set()
    members = extract(articles, organisations)
    (nine,) = [
        {(m.article_id, m.claim.value_as_written) for m in group.members}
        for group in group_claims(members, organisations)
        if any(m.article_id == "a" and m.claim.value == 9 for m in group.members)
    ]
    assert nine == {("a", "9%"), ("b", "9%"), ("c", "9%")}


@pytest.mark.parametrize(
    "text, written, metric",
    [
        ("Pelican Group now has a tenth of the European market.", "a tenth", "market share"),
        ("Pelican Group holds 12% of the UK phone market.", "12%", "market share"),
        ("Pelican Group holds 12% of the market.", "12%", "market share"),
    ],
)
def test_a_share_of_a_named_market(text, written, metric):
    (claim,) = [c for c in claims_of(text) if c.value_as_written == written]
    assert claim.metric == metric


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        # a fraction in words, spelled with a hyphen or not, is a fraction before it is a spelled number
        ("Two-thirds of its sales come from abroad.", "Two-thirds", 66.7, "percent"),
        ("First-time buyers made up two-thirds of its sales.", "two-thirds", 66.7, "percent"),
        ("Three-quarters of its staff work from home.", "Three-quarters", 75.0, "percent"),
        # a share written "N in M"
        ("Two in three of its homes went to first-time buyers.", "Two in three", 66.7, "percent"),
        ("One in four adults now rides an e-bike.", "One in four", 25.0, "percent"),
        # a currency's hundredth named with its currency is cents, not the currency
        ("Holders will receive a dividend of 42 euro cents a share.", "42 euro cents", 0.42, "EUR"),
        ("Holders will receive a dividend of 42 US cents a share.", "42 US cents", 0.42, "USD"),
        # a broker's bracketed comparison counts what the figure before it counts
        ("Orla Homes delivered 4,950 completions in FY26 (FY25: 4,670).", "4,670", 4670, "completions"),
        ("Orla Foods sold 950 vans in H1 (H1 2025: 870).", "870", 870, "vans"),
        # a ticker's number in brackets is no figure
        ("Revenue rose to $5bn at Orla Foods (KRX: 377190).", "377190", None, None),
        # a spelled number counts the sites a business runs
        ("The group will close four depots next year.", "four", 4, "depots"),
        ("The group will shut three warehouses.", "three", 3, "warehouses"),
    ],
)
def test_fractions_cents_sites_and_comparisons_in_brackets(text, written, value, unit):
    found = [(round(c.value, 2), c.unit) for c in claims_of(text) if c.value_as_written == written]
    assert found == ([(value, unit)] if value is not None else [])


@pytest.mark.parametrize(
    "text, metrics",
    [
        # "per share" right after a dividend names what it is paid per, not earnings
        ("The board proposed a dividend of €0.42 per share.", {"€0.42": "dividend"}),
        ("The dividend rises to €0.42 a share.", {"€0.42": "dividend"}),
        ("Quill Leisure earned 26 pence a share.", {"26 pence": "earnings per share"}),
        # a per-share cue right after an earlier figure is that figure's
        (
            "A final dividend of 18.5p a share takes the total for the year to 27.2p.",
            {"18.5p": "dividend", "27.2p": "dividend"},
        ),
        # a per-unit cue right after a figure is its divisor, not a later figure's measure
        ("Orla Foods paid 12 cents per share, and 30 cents in all.", {"12 cents": "earnings per share", "30 cents": "amount"}),
        # any other cue right after a figure is the noun the figure sizes: the clause goes on about it
        # (a sum a stake is bought for is the deal's value: the c13 round)
        ("Wren Partners took a 7.5% stake for NT$880 million.", {"7.5%": "stake", "NT$880 million": "deal value"}),
        ("The €3.1m penalty equalled 2% of its annual sales.", {"€3.1m": "fine", "2%": "fine"}),
        # what a count "costs" is counted by its noun: a cost is money
        ("The restructuring will cost 1,150 jobs.", {"1,150": "jobs"}),
        ("The restructuring will cost £41m.", {"£41m": "cost"}),
        # what a thing sells for is its price
        ("The heater was sold for £39.99 until October.", {"£39.99": "price"}),
        ("The heater retails at £39.99.", {"£39.99": "price"}),
    ],
)
def test_what_a_per_share_sum_a_cost_and_a_price_measure(text, metrics):
    assert {c.value_as_written: c.metric for c in claims_of(text)} == metrics


@pytest.mark.parametrize(
    "cue, per_unit",
    [
        ("per share", True),
        ("a share", True),
        ("per tonne", True),
        ("for each vehicle", True),
        ("apiece", True),
        # the noun a figure sizes is no divisor
        ("stake", False),
        ("penalty", False),
        ("earnings per share", False),
        ("dividend", False),
    ],
)
def test_which_cue_words_say_what_a_figure_is_counted_per(cue, per_unit):
    assert (PER_UNIT_RE.fullmatch(cue) is not None) == per_unit


@pytest.mark.parametrize(
    "a, b, status",
    [
        # spending on a plant is an investment; a price is what the thing costs
        (
            "Orla Foods Group will spend €45 million on a new hall.",
            "Orla Foods Group will invest €45m in its plant.",
            "consistent",
        ),
        ("The Orla Foods Group heater was sold for £39.99.", "The Orla Foods Group heater cost £39.99.", "consistent"),
        (
            "Orla Foods Group shareholders will receive a dividend of 42 euro cents a share.",
            "Orla Foods Group will pay a dividend of €0.42 a share.",
            "consistent",
        ),
    ],
)
def test_one_figure_named_by_related_measures(a, b, status):
    assert groups_of({"a": a, "b": b}) == [({"a", "b"}, status)]


@pytest.mark.parametrize(
    "text, found_elsewhere, names, subjects",
    [
        # the entity stage found the article's one company only with the corpus's help: a figure whose
        # sentence names no organisation is that company's when grouping
        (
            "Airline summer\n\nWrenfield Air lost money this summer. The carrier flew 14 million passengers.",
            "Wrenfield Air",
            {"wrenfield-air"},
            {"14 million": "wrenfield-air"},
        ),
        # must not: an analyst's employer named once, while a name nobody recognised is repeated more,
        # is not what the article is about; its figures stay without a subject
        (
            "Tandry bikes\n\nTandry grew 6% last year. Tandry now sells in nine countries. Tandry plans more."
            " The firm sold 41,000 bikes, said Ama Osei, an analyst at Corvane Securities.",
            None,
            {"corvane-securities"},
            {"6%": None, "nine": None, "41,000": "corvane-securities"},
        ),
        # a town the article repeats is no company the entity stage missed: the one named once stays its own
        (
            "Accra payments\n\nPocketpay Ltd, an Accra start-up, processed $1.3bn last year. Revenue rose 14%,"
            " the company said. Most new staff will work in Accra.",
            None,
            {"pocketpay"},
            {"$1.3bn": "pocketpay", "14%": "pocketpay"},
        ),
        # nor is a person's name the article repeats ("Wren" of "Tobias K. Wren")
        (
            "Fraud trial\n\nA clerk who stole £2.4m from Ravel & Doyle Ltd was jailed. Tobias K. Wren, 51, of Hill"
            " Road, admitted fraud. Wren had worked there for 12 years. Wren wept as he was sentenced.",
            None,
            {"ravel-doyle"},
            {"£2.4m": "ravel-doyle", "12": "ravel-doyle"},
        ),
        # must not: a firm named only as a source does not count towards the article's own organisation
        (
            "Bike sales\n\nDemand slowed, Corvane Research said. Sales fell 4%, Corvane Research said. The market shrank by 9%.",
            None,
            {"corvane-research"},
            {"4%": "corvane-research", "9%": None},
        ),
    ],
)
def test_a_figure_with_no_subject_is_the_article_s_own_organisation_by_the_final_mentions(text, found_elsewhere, names, subjects):
    assert _grouping_subjects(text, found_elsewhere, names) == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # "It's" and an "It" that stands for nothing name no organisation named before
        (
            "Kestrel Foods sold 4,000 heaters. Pelican Group makes fans. It is likely that 300 jobs will go.",
            {"4,000": "Kestrel Foods", "300": "Kestrel Foods"},
        ),
        (
            "Kestrel Foods sold 4,000 heaters. Pelican Group makes fans. It's expected that sales rise 5%.",
            {"4,000": "Kestrel Foods", "5%": "Kestrel Foods"},
        ),
        (
            "Kestrel Foods sold 4,000 heaters. Pelican Group makes fans. It is hard to see sales rise 5%.",
            {"4,000": "Kestrel Foods", "5%": "Kestrel Foods"},
        ),
        # an organisation named only as a source is not what a later "It" stands for
        (
            "Kestrel Foods sold 4,000 heaters. Demand is weak, Pelican Research said. It cut 300 jobs.",
            {"4,000": "Kestrel Foods", "300": "Kestrel Foods"},
        ),
        # the organisation the sentence before named otherwise still is
        (
            "Kestrel Foods sold 4,000 heaters. Pelican Group makes fans. It is expected to cut 300 jobs.",
            {"4,000": "Kestrel Foods", "300": "Pelican Group"},
        ),
        (
            "Kestrel Foods sold 4,000 heaters. Pelican Group makes fans. It was sold to a rival for £9m.",
            {"4,000": "Kestrel Foods", "£9m": "Pelican Group"},
        ),
    ],
)
def test_an_opening_it_that_stands_for_nothing_or_a_source(text, subjects):
    assert _subjects(text) == subjects


@pytest.mark.parametrize(
    "text, shares",
    [
        ("Two in three of its vans run on diesel.", ["Two in three"]),
        ("One in four adults now owns an e-bike.", ["One in four"]),
        ("One in five new buyers pays cash.", ["One in five"]),
        # must not: a rank, how often, or "N in M" before no plural noun
        ("Kestrel Foods is the number one in three of its markets.", []),
        ("Kestrel Foods is ranked one in three surveys.", []),
        ("Kestrel Foods opened one in two weeks and another in May.", []),
        ("Kestrel Foods opened one in three years.", []),
        ("One in three was sold.", []),
    ],
)
def test_a_share_in_words_needs_what_it_is_a_share_of(text, shares):
    assert [c.value_as_written for c in claims_of(text) if c.unit == "percent"] == shares
