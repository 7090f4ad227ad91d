"""Claim groups: agreement at the precision printed, conflicts, no chaining, near-linear blocking.

Each case is a few short original sentences, one per article; extraction runs on them
and the grouping stage groups what it found.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace

import pytest

from loaders.build import extract_article
from loaders.clean import layout
from loaders.extract.claims import find_claims
from loaders.extract.entities import find_entities
from loaders.extract.types import Mention
from loaders.group.claims import (
    Member,
    OrganisationNames,
    claim_disagreements,
    group_claims,
    member_subjects,
    same_amount,
    sentence_organisations,
)
from loaders.read import SeedFile
from loaders.segment import sentences
from loaders.spans import Span, slug


def extract(articles: dict[str, str], organisations: set[str] | None = None) -> list[Member]:
    """The claims of each article (headline and prose); `organisations` collects the ids of those the entity stage found."""
    members = []
    for article_id, text in articles.items():
        found = layout(text)
        paragraphs = found.paragraphs
        zones = ([found.title.span] if found.title else []) + paragraphs
        entities = find_entities(text, zones, {})
        if organisations is not None:
            organisations.update(slug(m.name) for m in entities.mentions if m.kind == "organisation")
        claim_zones = ([found.title.span] if found.title else []) + [s for p in paragraphs for s in sentences(text, p)]
        for claim in find_claims(text, claim_zones, entities, "2021-04-12"):
            members.append(Member(article_id, claim))
    return members


def groups_of(articles: dict[str, str]) -> list[tuple[set[str], str]]:
    """(the article ids, status) of every group with members from two articles or more."""
    organisations: set[str] = set()
    members = extract(articles, organisations)
    out = []
    for group in group_claims(members, organisations):
        ids = {m.article_id for m in group.members}
        if len(ids) > 1:
            out.append((ids, "conflicting" if claim_disagreements(group.members) else "consistent"))
    return out


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Regulators fined Pelican Group 15 billion yuan.", "Regulators fined Pelican Group 14.6 billion yuan.", True),
        ("Pelican Group made a profit of $3.265bn.", "Pelican Group made a profit of $3.28bn.", False),
        ("Pelican Group raised $350 million.", "Pelican Group raised $353 million.", True),
        ("Pelican Group shares closed at 312p.", "Pelican Group shares closed at 311.5p.", True),
        # exactly half a step up: house rules round it down as well as up
        ("Pelican Group shares closed at 312p.", "Pelican Group shares closed at 312.5p.", True),
        ("Pelican Group shares closed at 313p.", "Pelican Group shares closed at 312.5p.", True),
        ("Pelican Group shares closed at 312p.", "Pelican Group shares closed at 312.6p.", False),
        ("Pelican Group shares closed at 312p.", "Pelican Group shares closed at 312.4p.", True),
        ("Pelican Group was valued at $4 billion.", "Pelican Group was valued at $4.5 billion.", False),
        ("Pelican Group was valued at $4 billion.", "Pelican Group was valued at $4.4 billion.", True),
        ("Pelican Group will cut 80,000 jobs.", "Pelican Group will cut 85,000 jobs.", False),
        ("Pelican Group shares fell 22%.", "Pelican Group shares fell 19%.", False),
        ("Pelican Group earned 49 cents a share.", "Pelican Group earned $0.49 a share.", True),
        ("Pelican Group was valued at Rs 3.18 lakh crore.", "Pelican Group was valued at Rs 3.18 trillion.", True),
        ("Pelican Group paid Rs 21,360 crore.", "Pelican Group paid Rs 21,630 crore.", False),
        ("Pelican Group was fined €1bn.", "Pelican Group was fined US$1.2 billion.", None),
        # hedges: "more than 66%" allows 66.5%; "at least $4.7bn" does not allow $4.6bn; "about" allows one step
        ("Pelican Group shares plunged more than 66%.", "Pelican Group shares plunged 66.5%.", True),
        ("Pelican Group lost at least $4.7bn.", "Pelican Group lost $4.6bn.", False),
        ("Pelican Group will recall about 80,000 cars.", "Pelican Group will recall 80,900 cars.", True),
        ("Pelican Group will recall about 80,000 cars.", "Pelican Group will recall around 85,000 cars.", False),
        ("Pelican Group expects up to $1.5 billion.", "Pelican Group expects $1.45 billion.", True),
        ("Pelican Group expects up to $1.5 billion.", "Pelican Group expects $1.2 billion.", False),
        ("Pelican Group will cut more than 1,000 jobs.", "Pelican Group will cut 21,000 jobs.", False),
        # a one-way hedge reaches half a step its way only
        ("Pelican Group will cut more than 1,100 jobs.", "Pelican Group will cut 1,150 jobs.", True),
        ("Pelican Group will cut more than 1,100 jobs.", "Pelican Group will cut 1,250 jobs.", False),
        ("Pelican Group will cut more than 1,100 jobs.", "Pelican Group will cut 1,050 jobs.", True),
        ("Pelican Group expects a charge of up to $3bn.", "Pelican Group expects a charge of $1.7bn.", False),
        ("Pelican Group expects a charge of up to $3bn.", "Pelican Group expects a charge of $2.6bn.", True),
        ("Pelican Group sold nearly 40,000 vans.", "Pelican Group sold 39,600 vans.", True),
        ("Pelican Group sold nearly 40,000 vans.", "Pelican Group sold 42,000 vans.", False),
        # an approximate figure agrees only when every value it may stand for rounds to the other
        ("Pelican Group expects about £730m.", "Pelican Group expects around 725 million pounds.", False),
        ("Pelican Group expects about £730m.", "Pelican Group expects around 732 million pounds.", True),
        ("Pelican Group will cut about 2,400 jobs.", "Pelican Group will cut about 2,350 jobs.", False),
        ("Pelican Group will cut about 2,400 jobs.", "Pelican Group will cut some 2,380 jobs.", True),
        ("Pelican Group will cut about 2,400 jobs.", "Pelican Group will cut 2,350 jobs.", True),  # half up: 2,400
        ("Pelican Group will cut about 3,000 jobs.", "Pelican Group will cut 3,400 jobs.", True),  # rounded as far as its zeros
        ("Pelican Group will cut about 3,000 jobs.", "Pelican Group will cut 3,500 jobs.", False),
    ],
)
def test_values_agree_at_the_precision_each_outlet_printed(a, b, agree):
    (first,), (second,) = extract({"a": a}), extract({"b": b})
    assert same_amount(first.claim, second.claim) is agree


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        # the same share fall printed differently: one group, conflicting
        (
            {"a": "Pelican Group shares fell 22% on Monday.", "b": "Pelican Group shares fell 19% on Monday."},
            [({"a", "b"}, "conflicting")],
        ),
        # rounding: 15bn is 14.6bn rounded
        (
            {
                "a": "Regulators fined Pelican Group 15 billion yuan.",
                "b": "Regulators fined Pelican Group 14.6 billion yuan.",
                "c": "Pelican Group was fined 14.6 billion yuan on Saturday.",
            },
            [({"a", "b", "c"}, "consistent")],
        ),
        # a euro fine and a dollar fine share no unit: never compared, never marked conflicting
        ({"a": "Pelican Group was fined €1bn.", "b": "Pelican Group was fined US$1.2 billion."}, []),
        # one figure in two currencies joins outlets that printed either
        (
            {"a": "Pelican Group was fined 14.6 billion yuan (US$2.1 billion).", "b": "Pelican Group was fined $2.1 billion."},
            [({"a", "b"}, "consistent")],
        ),
        # the same value at different periods: conflicting (period)
        (
            {
                "a": "Pelican Group sales fell 45% in the third quarter of 2015.",
                "b": "Pelican Group sales fell 45% in the third quarter of 2016.",
            },
            [({"a", "b"}, "conflicting")],
        ),
        # different values in different periods are two figures, not a conflict
        ({"a": "Pelican Group sales rose 5% in 2015.", "b": "Pelican Group sales rose 9% in 2016."}, []),
        # prices at different moments: conflicting (moment)
        (
            {"a": "Pelican Group shares traded at $56 at midday.", "b": "Pelican Group shares traded at $56 at the close."},
            [({"a", "b"}, "conflicting")],
        ),
        # a rise and a fall are different figures
        ({"a": "Pelican Group shares rose 5%.", "b": "Pelican Group shares fell 5%."}, []),
        # different companies never share a group, though their sentences name the same agency
        (
            {
                "a": "Pelican Group shares fell 22%, according to Reuters.",
                "b": "Marlow Games shares fell 22%, Reuters News said.",
            },
            [],
        ),
        # different companies never share a group
        ({"a": "Pelican Group shares fell 22%.", "b": "Marlow Games shares fell 22%."}, []),
        # one article printing two numbers prints two figures: the closer pair conflicts, the other pair agrees
        (
            {
                "a": "Pelican Group shares fell 46% by noon.",
                "b": "Pelican Group shares fell 49%, after falling as much as 66% earlier.",
                "c": "Pelican Group shares plunged 66% at one point.",
            },
            [({"a", "b"}, "conflicting"), ({"b", "c"}, "consistent")],
        ),
    ],
)
def test_grouping_and_status(articles, expected):
    assert sorted(groups_of(articles), key=lambda g: sorted(g[0])) == sorted(expected, key=lambda g: sorted(g[0]))


STORY = {
    "wire": "Harrow Brewing profit falls 12% as costs bite\n\nLONDON (Northgate Wire) - Harrow Brewing said on Tuesday its "
    "pre-tax profit fell 12% to £182.4 million in the year to March, as energy costs rose.\n\nRevenue rose 3 per cent "
    "to £1.27 billion. The brewer will cut 350 jobs.\n\nShares in Harrow Brewing fell 4.1% to 311.5p in morning trade.",
    "paper": "Harrow Brewing to axe 350 jobs after profits slide\n\nHarrow Brewing is to cut 350 jobs after annual profit "
    "dropped 12 per cent to £182m, the brewer said.\n\nSales climbed 3% to £1.3bn.\n\nThe shares closed down 3.8% at 312p.",
    "blog": "Harrow Brewing: profits slide, 400 jobs to go\n\nHarrow Brewing's annual profit dropped about 12% to roughly "
    "£182 million. The group said about 400 jobs would go, and its shares slid 4% at midday.",
}


def test_a_story_told_by_three_outlets():
    """Original articles: what agrees at the precision printed, what conflicts, and where the moment differs."""
    organisations: set[str] = set()
    members = extract(STORY, organisations)
    found = {}
    for group in group_claims(members, organisations):
        versions = {(m.article_id, m.claim.value_as_written) for m in group.members}
        if len({article for article, _ in versions}) > 1:
            found[frozenset(written for _, written in versions)] = (
                group.subject,
                group.metric,
                claim_disagreements(group.members),
            )
    assert found == {
        frozenset({"12%", "12 per cent"}): ("harrow-brewing", "profit change", []),
        frozenset({"£182.4 million", "£182m", "£182 million"}): ("harrow-brewing", "profit", []),
        frozenset({"3 per cent", "3%"}): ("harrow-brewing", "sales change", []),
        frozenset({"£1.27 billion", "£1.3bn"}): ("harrow-brewing", "sales", []),
        frozenset({"350", "400"}): ("harrow-brewing", "jobs", ["value"]),
        frozenset({"311.5p", "312p"}): ("harrow-brewing", "share price", ["moment"]),
        frozenset({"4.1%", "3.8%", "4%"}): ("harrow-brewing", "share price change", ["moment", "value"]),
    }


def test_no_member_of_a_group_conflicts_with_another_beyond_the_ratio():
    """No chaining: 10, 20 and 40 are each within a factor 2.5 of their neighbour, not of each other."""
    members = extract(
        {
            "a": "Pelican Group will cut 10,000 jobs.",
            "b": "Pelican Group will cut 20,000 jobs.",
            "c": "Pelican Group will cut 40,000 jobs.",
        }
    )
    for group in group_claims(members, {"pelican-group"}):
        values = [m.claim.value for m in group.members]
        assert max(values) / min(values) <= 2.5


COMPANIES = [
    f"{first} {second}"
    for first in ("Pelican", "Marlow", "Tern", "Osprey", "Kestrel", "Heron", "Plover", "Curlew")
    for second in ("Group", "Games", "Foods", "Motors", "Bank")
]
SENTENCES = [
    "{c} shares fell {p}% on Monday.",
    "{c} said revenue rose {p}% last year.",
    "{c} was valued at ${b} billion.",
    "{c} will cut {n},000 jobs.",
    "Regulators fined {c} {b} billion yuan.",
    "{c} earned {cents} cents a share.",
    "{short} shares fell {p}% on Monday.",  # a short form several companies' names begin: about none of them
]


def test_a_generated_corpus_never_joins_unrelated_subjects():
    rng = random.Random(7)
    articles, about = {}, {}
    for number in range(400):
        company = rng.choice(COMPANIES)
        lines = [
            rng.choice(SENTENCES).format(
                c=company,
                short=company.split()[0],
                p=rng.randint(2, 40),
                b=rng.randint(1, 60),
                n=rng.randint(1, 30),
                cents=rng.randint(5, 99),
            )
            for _ in range(3)
        ]
        articles[f"art{number}"] = " ".join(lines)
        about[f"art{number}"] = company
    members = extract(articles)
    organisations = {slug(c) for c in COMPANIES}
    started = time.perf_counter()
    groups = group_claims(members, organisations)
    elapsed = time.perf_counter() - started
    assert sum(len(g.members) for g in groups) == len(members)
    for group in groups:
        assert len({about[m.article_id] for m in group.members}) == 1, [m.claim.value_as_written for m in group.members]
        assert group.subject in {"", slug(about[group.members[0].article_id])}  # "" where no organisation was recognised
    assert any(len({m.article_id for m in g.members}) > 2 for g in groups)  # the corpus does form groups
    assert elapsed < 30  # a guard against quadratic blow-up, not a benchmark


@pytest.mark.parametrize(
    ("organisations", "not_organisations", "name", "expected"),
    [
        ({"harlow-air-cargo"}, set(), "Harlow Air Cargo", "harlow-air-cargo"),
        ({"harlow-air-cargo"}, set(), "Harlow Air", "harlow-air-cargo"),  # a short form, one organisation it begins
        ({"harlow-air-cargo"}, set(), "Harlow", "harlow-air-cargo"),
        ({"harlow-air-cargo"}, {"harlow"}, "Harlow", None),  # a place of that name: no short form
        ({"harlow-air-cargo", "harlow"}, {"harlow"}, "Harlow", "harlow"),
        ({"harlow-air-cargo", "harlow-air-charter"}, set(), "Harlow Air", None),  # begins two: ambiguous
        ({"harlow-air", "harlow-air-cargo"}, set(), "Harlow Air", "harlow-air-cargo"),  # names beginning one another: one
        ({"harlow", "harlow-air", "harlow-air-cargo", "harlow-air-charter"}, set(), "Harlow Air", "harlow-air"),
        ({"the-daily-ledger"}, set(), "The", None),  # a word that is no name
        # a kind of body alone is the short form of no one body's name ("Association" in one article is
        # no other article's "Association of Tessay Growers"), though it resolves to a body so named
        ({"association-of-tessay-growers"}, set(), "Association", None),
        ({"association-of-tessay-growers", "association"}, set(), "Association", "association"),
        ({"harlow-air-cargo"}, set(), "Air Cargo", None),  # the name's end is no short form
        ({"harlow-air-cargo"}, set(), None, None),
    ],
)
def test_names_resolve_to_an_organisation_by_short_form(organisations, not_organisations, name, expected):
    assert OrganisationNames(organisations, not_organisations)(name) == expected


def members_with_outlets(articles: dict[str, str], organisations: set[str], outlets_known: bool = True) -> list[Member]:
    """The claims of each article read as the build reads them: the outlet a dateline names is an
    organisation of the article, and (unless `outlets_known` is false) the claims know their outlet."""
    members = []
    for article_id, text in articles.items():
        found = layout(text)
        zones = ([found.title.span] if found.title else []) + found.paragraphs
        entities = find_entities(
            text,
            zones,
            {},
            known_organisations=(found.outlet.value,) if found.outlet else (),
            dateline_outlet=found.outlet.span if found.outlet else None,
        )
        organisations.update(slug(m.name) for m in entities.mentions if m.kind == "organisation")
        claim_zones = ([found.title.span] if found.title else []) + [s for p in found.paragraphs for s in sentences(text, p)]
        outlet = slug(found.outlet.value) if found.outlet and outlets_known else None
        members.extend(Member(article_id, claim, outlet) for claim in find_claims(text, claim_zones, entities, "2021-04-12"))
    return members


def groups_with_outlets(articles: dict[str, str]) -> list[tuple[set[str], str, str]]:
    """(article ids, subject, status) of every group spanning two articles or more."""
    organisations: set[str] = set()
    members = members_with_outlets(articles, organisations)
    return [
        ({m.article_id for m in g.members}, g.subject, "conflicting" if claim_disagreements(g.members) else "consistent")
        for g in group_claims(members, organisations)
        if len({m.article_id for m in g.members}) > 1
    ]


WIRE_STORY = {
    "paper": "Harlow Air Cargo needs more capital.\n\nHarlow Air Cargo is selling shares worth $420 million, "
    "its chief executive said on Monday.",
    "wire": "Harlow Air plans share issue\n\nLONDON (Tidewire) - Harlow Air plans to raise $420 million in a "
    "share issue, the airline said on Monday.",
}


def test_an_outlet_in_the_dateline_is_not_what_a_figure_is_about_and_a_short_form_joins_the_full_name():
    assert groups_with_outlets(WIRE_STORY) == [({"paper", "wire"}, "harlow-air-cargo", "consistent")]
    # A figure the extractor took to be about the wire (its name stood nearest) is about the company.
    organisations: set[str] = set()
    wire = next(m for m in members_with_outlets(WIRE_STORY, organisations) if m.article_id == "wire")
    taken = Member("wire", replace(wire.claim, subject="Tidewire", subjects=("Tidewire", "Harlow Air")), "tidewire")
    names = OrganisationNames(organisations)
    assert member_subjects(taken, names) == (frozenset({"harlow-air", "harlow-air-cargo"}), "harlow-air-cargo")
    assert member_subjects(replace(taken, outlet=None), names)[1] == "tidewire"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Different nouns for one kind of thing counted: one figure.
        ("Pelican Group must fly home 120,000 customers.", "Pelican Group must fly home 120,000 holidaymakers.", "consistent"),
        ("Pelican Group has 240 million subscribers.", "Pelican Group has 240 million users.", "consistent"),
        ("Pelican Group will cut 16,000 jobs.", "Pelican Group will cut 7,000 employees.", "conflicting"),
        # Different kinds of thing counted: never one figure.
        ("Pelican Group must fly home 120,000 customers.", "Pelican Group runs 120,000 stores.", None),
        ("Pelican Group will cut 16,000 jobs.", "Pelican Group sold 16,000 cars.", None),
    ],
)
def test_counted_nouns_of_one_family_are_compared(a, b, expected):
    found = groups_of({"a": a, "b": b})
    assert found == ([({"a", "b"}, expected)] if expected else [])


def test_a_claims_subject_is_read_again_from_the_articles_final_mentions():
    """A name the corpus-wide entity pass adds after extraction still tells what a figure is about,
    the nearest before the figure first; a figure's source is never its subject."""
    text = "Osprey results\n\nAfter a hard year, Tern Motors said Osprey Foods lost $40 million, Heron Bank said."
    seed = SeedFile("a", "a.txt", text, "0" * 64)
    article = extract_article(seed, {})
    added = [
        Mention("organisation", name, Span(text.index(name), text.index(name) + len(name)), "name found in another article", 0.9)
        for name in ("Tern Motors", "Osprey Foods", "Heron Bank")
    ]
    article.entities = replace(article.entities, mentions=[*article.entities.mentions, *added])
    (claim,) = article.claims
    near = sentence_organisations(article)
    assert near == [("Osprey Foods", "Tern Motors", "Heron Bank")]
    unknown = replace(claim, subject=None, subjects=(), source=None)
    names = OrganisationNames({"tern-motors", "osprey-foods", "heron-bank"})
    assert member_subjects(Member("a", unknown, None, near[0]), names)[1] == "osprey-foods"
    assert member_subjects(Member("a", replace(unknown, source="Osprey Foods"), None, near[0]), names)[1] == "tern-motors"


# Grouping works block by block (the claims that may be about one organisation): a block's groups depend on its
# claims alone, and a claim stands in the best group its blocks give it. So adding claims about other organisations,
# or reordering the claims, changes no group.
STORIES = {
    "deal_a": "Harrowgate Mills will buy Ostrava Feeds. Harrowgate Mills will pay $412 million for Ostrava Feeds.",
    "deal_b": "Harrowgate Mills will buy Ostrava Feeds. Ostrava Feeds is valued at $412 million in the deal.",
    "deal_c": "Ostrava Feeds agreed to a takeover by Harrowgate Mills. Ostrava Feeds was valued at $412 million.",
    "other_a": "Kelbourne Tiles said revenue rose 9 percent to $88 million.",
    "other_b": "Revenue at Kelbourne Tiles rose 9 percent to $88 million in the year.",
}


def _grouping(members: list[Member], organisations: set[str]) -> set[frozenset]:
    return {
        frozenset((m.article_id, m.claim.span.start) for m in group.members)
        for group in group_claims(members, organisations)
        if len(group.members) > 1
    }


def test_a_deal_figure_three_outlets_print_is_one_group_whichever_companies_their_sentences_name():
    organisations: set[str] = set()
    members = extract({k: v for k, v in STORIES.items() if k.startswith("deal")}, organisations)
    groups = [{m.article_id for m in g.members} for g in group_claims(members, organisations) if len(g.members) > 1]
    assert groups == [{"deal_a", "deal_b", "deal_c"}]


def test_claims_about_other_organisations_or_another_order_change_no_group():
    organisations: set[str] = set()
    members = extract(STORIES, organisations)
    alone: set[str] = set()
    deal = extract({k: v for k, v in STORIES.items() if k.startswith("deal")}, alone)
    whole = _grouping(members, organisations)
    assert {g for g in whole if all(a.startswith("deal") for a, _ in g)} == _grouping(deal, alone)
    shuffled = list(members)
    random.Random(3).shuffle(shuffled)
    assert _grouping(shuffled, organisations) == whole
    assert len(whole) == 3  # the deal's figure, and the other story's percentage and revenue
