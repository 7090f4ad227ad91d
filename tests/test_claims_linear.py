"""Claims extraction and grouping stay linear: pathological shapes at 64 KB must finish.

The timeout is a generous guard against quadratic (or worse) blow-up, not a speed
measure; benchmarks/bench_claims.py reports time per doubling. Deal parties are also timed at two
sizes, as a ratio: their quadratic finished well within any timeout at these sizes.
"""

from __future__ import annotations

import time

import pytest

from loaders.extract.claims import find_claims, told_newsroom
from loaders.extract.claims.parties import deal_parties
from loaders.extract.types import EntityFindings, Mention
from loaders.group.claims import Member, OrganisationNames, group_claims, with_story
from loaders.spans import Span
from tests.test_claim_groups import extract
from tests.timing import doubling_ratios

SIZE = 64 * 1024
SHAPES = {
    "dollar numbers": "$1 ",
    "percentages": "5% ",
    "two currencies": "$1 ($2 ",
    "crore": "Rs 1 crore ",
    "spelled ranges": "seven to ",
    "digit run": "1",
    "comma groups": "1,",
    "decimal points": "1.",
    "hyphen ranges": "1-",
    "brackets": "(1 ",
    "counted nouns": "5 big ",
    "years": "2015 ",
    "quarters": "third quarter ",
    "clock times": "at 11:45 ",
    "cue words": "fell shares profit could will ",
    "mixed": "Acme's profit fell 5% to $1bn in 2015 at the close, ",
    "relative years": "sales of 5% a year earlier in 2024, ",
    "moments": "at 10:20 am 5% and ",
    "phrasal ups": "making up 5% ",
    "cost clauses": "dividend of 9p a share, which costs £2m, ",
    "modifiers before plurals": "5 home batteries ",
    "analysts' employers": "Acme analyst Ann says 5% ",
    "local currency words": "OSLO 5 crowns ",
    "compound nouns": "5 new tumble dryers ",
    "carried counts": "5 dryers, up from 4, taking the total to 6, adding 2 ",
    "list labels": "- Season tickets sold in the year: 5\n",
    "list labels in one line": "Season tickets sold: 5 ",
    "local money words": "OSLO fitted 5 crowns and 6 head ",
    # the c8 round's rules: bracketed comparatives, earlier figures, signed changes, the page's cents,
    # a project's cost, a figure counted per share
    "bracketed comparatives": "revenue of $5 (2024: $4) ",
    "earlier figures": "5 dryers, up from 4 a year earlier, against 3 the year before, ",
    "signed changes": "5m subs (+4 in Q3) (-2 ",
    "cents on a euro page": "€5 and 4 cents ",
    "project costs": "the project will cost €5 and the plant costs ",
    "per share after a slash": "dividend: €0.04/share ",
    # the c9 round's rules: a brief's capitals, "the group", an owner in apposition, capital expenditure
    "capitals bullets": "* NET PROFIT 5 BILLION RUPEES VERSUS 4 ",
    "the group": "the group had sales of €5 and the Korean group ",
    "owner appositions": "Acme, a subsidiary of the family-owned Beta Gruppe, must pay €5m, ",
    "capital expenditure": "approved capital expenditure of Rs 5 crore and employer ",
    # the c10 round's rules: clauses set in, referents by nationality, payments, orders, "since"
    "clauses set in": "Acme, which had revenue of $5, is paying $4, its unit bought in 2015, ",
    "nationality referents": "the Dutch group had $5 and the Korean unit $4 since March 2015 ",
    "payments and orders": "must pay $5, an order worth $4 and the group's $3 order backlog ",
    # the c11 round's rules: a deal's value, counts joined to their numbers, "last year's" quarters
    "deal values": "agreed to buy Acme Beta (NYSE: AB), a maker, for $5 in cash and stock and will pay $4 for 5% of ",
    "joined counts": "the 46-ship operator and a 120-store chain ",
    "last year's quarters": "last year's third-quarter profit of $5 founded in 2019 ",
    # the m1 round's rule: a year a company was begun "by" someone
    "begun by someone": "started by a fishing family in 2015 founded by in by in 2016 $5 ",
    # the c12 round's rules: power, the zloty's sign after a number, the sol, a newsroom's town, a sum
    # converted at a bank's rate, a heading over label lines
    "power and signs": "a 320MW plant, 5 megawatts, the 320-megawatt Acme, 410 mln zł and S/ 5 million ",
    "newsrooms": "Mildura Lake newsroom $5 ",
    "converted sums": "PLN 5 million at the average exchange rate of the Acme Bank of ",
    "headings over labels": "3. Overview of Acme (2025)\nRevenue: $5\n",
    "scales with a stop": "140 mil. euro 5 mld. lei 18,400 customer connections ",
    # the c13 round's rules: "Rs." before a number, thousands grouped by spaces, a stake bought, a sum
    # in total, a plant's cost, a day's exchange rate
    "signs with a stop": "Rs. 5 Rs. Rs. 5 billion TL 5 ",
    "spaced thousands": "R2 400 000 000 1 350 2 100 12 345 6 ",
    "stakes and totals": "agreed to buy 5% of the capital of the shares in Acme for R$ 5 per share, 5 in total, ",
    "plants and rates": "a plant in the zone at a cost of $5 at Tuesday's exchange rate ",
    "deal parties": "The buyer is a big new old group with The seller, a fund whose control of a mill with $5 ",
    "batch 2": "gains a factory that 5 percent share in The Acme Central Bank of Kenya 5 billion pesos ",
    # the c14 round's shapes: decimal commas, scaled signs after a number, thin-spaced groups,
    # currencies named by a word, a buyer by its people's name before an unnamed target
    "decimal commas and signs": "38,5 mio 41,2 M$ US 2,1 percent 1\u2009350 N$5 Nu 5 5 billion ngultrum ",
    "unnamed targets": "The Chileans are buying a mill with sales of $5 Acme is buying a chain whose ",
    # the c15 round's shapes: letter signs with and without a money shape, symbols a space apart,
    # decimal commas before a currency's word
    "letter signs and symbols": "in Malawi K12 P3 K4.50 N95 MK7 12 000 t 4,200t 190 kt 1,26 euros 2,4 mia. ",
    "deals and issues": "a share deal worth 5 makes the deal worth 5 new shares at EUR 1.26 each 2.400 24,5 mio ",
    "prices a share": "in Fiji at $2.84 per share its dividend at 5 a share ₡12.400 B$5 its 5 Superintendencia ",
}


def _text(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_pathological_sentence_finishes(unit):
    text = _text(unit)
    claims = find_claims(text, [Span(0, len(text))], EntityFindings(), "2020-01-01")
    assert all(claim.span.of(text) == claim.value_as_written for claim in claims)


@pytest.mark.timeout(60)
def test_many_organisations_in_one_sentence_finish():
    text = _text("Acme $1 ")
    mentions = [Mention("organisation", "Acme", Span(i, i + 4), "test", 1.0) for i in range(0, len(text) - 4, 8)]
    claims = find_claims(text, [Span(0, len(text))], EntityFindings(mentions=mentions), None)
    assert claims and all(claim.subject == "Acme" for claim in claims)


@pytest.mark.timeout(60)
def test_many_deal_parties_in_one_sentence_finish():
    """The c13 round's deal parties: every organisation before a verb of buying, every figure after a
    party described, in one sentence."""
    text = _text("Acme has agreed to buy The buyer is a group with $1 ")
    mentions = [Mention("organisation", "Acme", Span(i, i + 4), "test", 1.0) for i in range(0, len(text) - 4, 52)]
    claims = find_claims(text, [Span(0, len(text))], EntityFindings(mentions=mentions), None)
    assert claims


@pytest.mark.timeout(60)
def test_many_organisations_in_apposition_finish():
    # every name followed by an apposition describing an owner or a regulator (the c9 round's rules)
    unit = "Acme, a unit of the Acme Group, the securities regulator, paid $1 and the group $2. "
    text = _text(unit)
    mentions = [
        Mention("organisation", name, Span(i + offset, i + offset + len(name)), "test", 1.0)
        for i in range(0, len(text) - len(unit), len(unit))
        for name, offset in (("Acme", 0), ("Acme Group", unit.index("Acme Group")))
    ]
    claims = find_claims(text, [Span(0, len(text))], EntityFindings(mentions=mentions), None)
    assert claims and all(claim.span.of(text) == claim.value_as_written for claim in claims)


@pytest.mark.timeout(60)
def test_many_organisations_given_a_nationality_finish():
    # every name given a nationality, described after it by a clause set in, and stood for by "the
    # Dutch group" (the c10 round's rules)
    unit = "the Dutch dairy giant Acme Zuivel, which had revenue of $1, and the Dutch group paid $2, "
    text = _text(unit)
    mentions = [
        Mention("organisation", "Acme Zuivel", Span(i + offset, i + offset + len("Acme Zuivel")), "test", 1.0)
        for i in range(0, len(text) - len(unit), len(unit))
        for offset in (unit.index("Acme Zuivel"),)
    ]
    claims = find_claims(text, [Span(0, len(text))], EntityFindings(mentions=mentions), None)
    assert claims and all(claim.span.of(text) == claim.value_as_written for claim in claims)


@pytest.mark.timeout(60)
def test_grouping_thousands_of_misprint_shaped_figures_finishes():
    """The c14 misprint rule pairs figures by their digits: thousands of figures sharing digits at
    every scale and in every order still group in near-linear work."""
    values = ["12", "21", "120", "1.2", "210", "12,000", "2.1", "1,200"]
    text = " ".join(f"Acme employs {values[n % len(values)]} people." for n in range(4000))
    starts = [i for i in range(len(text)) if text.startswith("Acme employs", i)]
    sentences = [Span(start, text.index(".", start + 14 + 4) + 1) for start in starts]
    mentions = [Mention("organisation", "Acme", Span(start, start + 4), "test", 1.0) for start in starts]
    claims = find_claims(text, sentences, EntityFindings(mentions=mentions), None)
    members = [Member(f"article-{n % 500}", claim) for n, claim in enumerate(claims)]
    groups = group_claims(members, {"acme"})
    assert sum(len(g.members) for g in groups) == len(members)


@pytest.mark.timeout(60)
def test_grouping_thousands_of_equal_figures_finishes():
    text = _text("Acme shares fell 5%. ")
    mentions = [Mention("organisation", "Acme", Span(i, i + 4), "test", 1.0) for i in range(0, len(text) - 4, 21)]
    sentences = [Span(i, i + 20) for i in range(0, len(text) - 20, 21)]
    claims = find_claims(text, sentences, EntityFindings(mentions=mentions), None)
    members = [Member(f"article-{n % 500}", claim) for n, claim in enumerate(claims)]
    groups = group_claims(members, {"acme"})
    assert len(groups) <= 10 and sum(len(g.members) for g in groups) == len(members)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("tail", ["5", "1200"], ids=["a short group", "a long group"])
def test_one_long_run_of_spaced_groups_finishes(tail):
    """One run of 3-digit groups ending in something that is not a group: the spaced-thousands
    pattern, tried again at each group, must not run to the end of the run each time (4x per doubling
    when it did: some 100 s at this size)."""
    text = "1 " + "111 " * SIZE + tail
    claims = find_claims(text, [Span(0, len(text))], EntityFindings(), "2020-01-01")
    assert all(claim.span.of(text) == claim.value_as_written for claim in claims)


def _deal_parties_seconds(unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    mentions = [Mention("organisation", "Acme", Span(i, i + 4), "test", 1.0) for i in range(0, len(text) - len(unit), len(unit))]
    started = time.process_time()
    deal_parties(text, [Span(0, len(text))], mentions)
    return time.process_time() - started


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "unit",
    [
        "Acme has agreed to buy Acme from Acme ",
        "Acme will be owned by Acme and ",
        "Acme agreed on 25 November to buy ",
        "Acme d.d. has agreed to buy ",
    ],
)
def test_deal_parties_grow_linearly_with_one_partys_repeats(unit):
    """One party named again and again before a verb of buying, in one sentence: its words after the
    verb are read once, not again at every repeat (4x per doubling when they were). Timed at two sizes
    (CPU seconds, the best of three tries against a busy machine): about 2x per doubling."""
    ratios = doubling_ratios(lambda size: _deal_parties_seconds(unit, size), 64 * 1024, 128 * 1024)
    assert min(ratios) < 3, ratios


def _customers_seconds(size: int) -> float:
    unit = "its sales to the Orvane Retail rose 4% and "
    text = (unit * (size // len(unit) + 1))[:size]
    offset = unit.index("Orvane Retail")
    mentions = [
        Mention("organisation", "Orvane Retail", Span(i + offset, i + offset + 13), "test", 1.0)
        for i in range(0, len(text) - len(unit), len(unit))
    ]
    started = time.process_time()
    find_claims(text, [Span(0, len(text))], EntityFindings(mentions=mentions), None)
    return time.process_time() - started


@pytest.mark.timeout(300)
def test_figures_after_customers_in_one_long_sentence_grow_linearly():
    """Every organisation of one long sentence a customer after "sales to" (c23 review H3): the search for a
    company the sentence describes ("The Kalisz-based company ...") looks a bounded way back from each figure,
    not from the sentence's start (3.5x per doubling when it did). CPU seconds, best of three tries."""
    ratios = doubling_ratios(_customers_seconds, 48 * 1024, 96 * 1024)
    assert min(ratios) < 3, ratios


def _described_customers_seconds(size: int) -> float:
    unit = "its sales to Orvane Retail, which had revenue of $5 million, "
    text = "Kestrel Foods said " + (unit * (size // len(unit) + 1))[:size]
    offset = len("Kestrel Foods said ") + unit.index("Orvane Retail")
    mentions = [
        Mention("organisation", "Orvane Retail", Span(i + offset, i + offset + 13), "test", 1.0)
        for i in range(0, len(text) - len(unit) - offset, len(unit))
    ]
    started = time.process_time()
    find_claims(text, [Span(0, len(text))], EntityFindings(mentions=mentions), None)
    return time.process_time() - started


@pytest.mark.timeout(300)
def test_figures_in_clauses_about_customers_in_one_long_sentence_grow_linearly():
    """Every unit of one long sentence a customer after "sales to" and a clause about it with a figure (fix2 review
    H5): the clause's customer is found by bisecting the customers' ends, not by looking at every customer from
    every figure. CPU seconds, best of three tries."""
    ratios = doubling_ratios(_described_customers_seconds, 48 * 1024, 96 * 1024)
    assert min(ratios) < 3, ratios


def _told_newsroom_seconds(unit: str, size: int) -> float:
    pieces, mentions, at = [], [], 0
    for n in range(size // len(unit)):
        name, piece = f"Firm {n:06d}", unit.format(name=f"Firm {n:06d}")
        start = at + piece.index(name)
        mentions.append(Mention("organisation", name, Span(start, start + len(name)), "test", 1.0))
        pieces.append(piece)
        at += len(piece)
    text = "".join(pieces)
    started = time.process_time()
    told_newsroom(text, mentions, "Firm 000000 Radio")
    return time.process_time() - started


@pytest.mark.timeout(120)
@pytest.mark.parametrize("unit", ["{name} paid $1 and ", "the chairman told {name} that "])
def test_told_newsroom_grows_linearly_on_one_long_line(unit):
    """A page of one long line naming many organisations (c24 review H2): each name is tested for the cue verb
    before it first, and only then against the outlet's few words, never against the whole first line (4x per
    doubling when it was). CPU seconds, the best of three tries."""
    ratios = doubling_ratios(lambda size: _told_newsroom_seconds(unit, size), 96 * 1024, 192 * 1024)
    assert min(ratios) < 3, ratios


def _story_step_seconds(sums: int) -> float:
    """Two articles of one story (one company, two exact sums both print) each printing `sums` more sums of their own:
    the story-level subject step (`with_story`) timed alone, in CPU seconds."""
    shared = "Osprey Cables is buying Tarlow Mills for $48.5 million. Tarlow Mills had revenue of $118.9 million. "
    articles = {
        article_id: shared
        + "".join(f"Tarlow Mills plant {i} had revenue of ${100 + i * 0.07 + offset:.2f} million. " for i in range(sums))
        for article_id, offset in (("a", 0.0), ("b", 0.03))
    }
    organisations: set[str] = set()
    members = extract(articles, organisations)
    names = OrganisationNames(organisations)
    started = time.process_time()
    with_story(members, names)
    return time.process_time() - started


@pytest.mark.timeout(300)
def test_the_story_step_grows_linearly_in_two_partner_articles_claims():
    """Two outlets printing one long results release (review c26 H2): each figure is compared only with the other
    article's printings near its value, not with all of them (about 4x per doubling when it was). CPU seconds,
    best of three tries."""
    ratios = doubling_ratios(_story_step_seconds, 400, 800)
    assert min(ratios) < 3, ratios


def _split_shares_seconds(unit: str, size: int) -> float:
    from loaders.extract.claims.amounts import find_amounts

    text = (unit * (size // len(unit) + 1))[:size]
    started = time.process_time()
    find_amounts(text, Span(0, len(text)))
    return time.process_time() - started


@pytest.mark.timeout(300)
@pytest.mark.parametrize("unit", ["a 50/50 JV and ", "a 50/50 JV, 7 and 8 and "])
def test_venture_splits_in_one_long_sentence_grow_linearly(unit):
    """Many ventures' splits in one long sentence (m21 review H3): each number is checked against the splits
    in one pass, not against every split of the sentence (4-5x per doubling when it was). CPU seconds."""
    ratios = doubling_ratios(lambda size: _split_shares_seconds(unit, size), 20 * 1024, 40 * 1024)
    assert min(ratios) < 3, ratios
