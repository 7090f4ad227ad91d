"""The c28 round's second pass, on short original sentences: a page stating that a company is shared or held (a joint
venture's founding agreement, "X, in which Y participates with 51%", "X, a unit of Y") lets a figure it gives to a
company by context alone (its sentence names none) be that company's too, so that one outlet's figure of the partner
meets another outlet's figure of the venture, agreeing or in conflict. Must-nots: two companies of one story that no
page relates; a figure whose own sentence names its company; a percentage (a holder's stake is its own); a figure its
sentence calls a group's or a parent's; a page stating two such companies. And two entity kinds: a station's masthead
opening the page is its outlet (never a figure's subject), and one initial with a family name, repeated, a person."""

from __future__ import annotations

import sqlite3
import time

import pytest

from loaders.build import build, extract_article
from loaders.executors import SerialExecutor
from loaders.extract.types import Mention
from loaders.group.claims import _masthead_station, stated_venture
from loaders.read import SeedFile
from loaders.spans import Span
from tests.test_claims import claims_of
from tests.timing import doubling_ratios

FOUNDED = "Tessel Agro and the Brava Growers' Union signed the founding agreement of Kormo Nut Processing LLC on Monday.\n\n"
VENTURE = "Kormo Nut Processing LLC will process {} tonnes of kernels a year at its new plant, its director said.\n"


def _built(tmp_path, articles: dict[str, str]) -> sqlite3.Connection:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(f"{name.upper()} NEWS\n\n{text}", encoding="utf-8")
    db = tmp_path / "c28b.db"
    build(folder, db, executor=SerialExecutor())
    return sqlite3.connect(db)


def _groups(connection: sqlite3.Connection, unit: str) -> list[tuple[int, str]]:
    """The article count and status of each group holding a claim in `unit`."""
    return sorted(
        {
            (count, status)
            for count, status in connection.execute(
                "SELECT g.article_count, g.status FROM claims c JOIN claim_groups g ON g.id = c.group_id WHERE c.unit = ?",
                (unit,),
            ).fetchall()
        }
    )


def test_a_partners_figure_meets_the_ventures_on_a_page_stating_the_venture(tmp_path):
    """The union's page gives the plant's capacity to its own company by context; the venture's page to the venture."""
    partner = FOUNDED + "The plant will process 4,000 tonnes of kernels a year, the union's chairman said.\n"
    connection = _built(tmp_path, {"a": partner, "b": VENTURE.format("4,000")})
    assert _groups(connection, "tonnes") == [(2, "consistent")]


def test_a_partners_figure_differing_from_the_ventures_is_a_conflict(tmp_path):
    partner = FOUNDED + "The plant will process 4,000 tonnes of kernels a year, the union's chairman said.\n"
    connection = _built(tmp_path, {"a": partner, "b": VENTURE.format("5,000")})
    assert _groups(connection, "tonnes") == [(2, "conflicting")]


def test_a_venture_in_which_a_holder_participates_is_stated(tmp_path):
    holder = (
        "Kormo Nut Processing LLC, in which Tessel Agro participates with 51%, opened on Monday.\n\n"
        "Tessel Agro's chairman said: the plant will process 4,000 tonnes of kernels a year.\n\n"
        "The plant will employ 140 workers, he said.\n"
    )
    venture = "Kormo Nut Processing LLC will employ 140 workers at its new plant, its director said.\n"
    connection = _built(tmp_path, {"a": holder, "b": venture})
    assert _groups(connection, "workers") == [(2, "consistent")]


def test_must_not_two_companies_no_page_relates(tmp_path):
    """Must not: one story's two companies printing one number, with no page stating how they are related."""
    unrelated = "Tessel Agro and the Brava Growers' Union met on Monday.\n\n"
    partner = unrelated + "The plant will process 4,000 tonnes of kernels a year, the union's chairman said.\n"
    connection = _built(tmp_path, {"a": partner, "b": VENTURE.format("4,000")})
    assert _groups(connection, "tonnes") == [(1, "consistent")]


def test_must_not_a_figure_whose_sentence_names_its_company(tmp_path):
    """Must not: the partner's own plant, named in its sentence, is no figure of the venture's."""
    partner = FOUNDED + "Tessel Agro already runs a juice plant of 4,000 tonnes a year in Tokmok.\n"
    connection = _built(tmp_path, {"a": partner, "b": VENTURE.format("4,000")})
    assert _groups(connection, "tonnes") == [(1, "consistent")]


def test_must_not_a_holders_stake(tmp_path):
    """Must not: a partner's 49 percent is its stake, never a percentage of the venture's."""
    partner = FOUNDED + "The union keeps 49 percent, its chairman said.\n"
    venture = "Kormo Nut Processing LLC will export 49 percent of its kernels, its director said.\n"
    connection = _built(tmp_path, {"a": partner, "b": venture})
    assert _groups(connection, "percent") == [(1, "consistent")]


def test_must_not_a_groups_revenue_beside_its_units(tmp_path):
    """Must not: a page naming a unit of its group gives the group's revenue by context: no figure of the unit's."""
    parent = (
        "Tessel Agro Group signed the founding agreement of Kormo Nut Processing LLC on Monday.\n\n"
        "Group revenue rose to $14 million last year, the chairman said.\n"
    )
    unit = "Kormo Nut Processing LLC reported revenue of $12 million last year, its director said.\n"
    connection = _built(tmp_path, {"a": parent, "b": unit})
    assert _groups(connection, "USD") == [(1, "consistent")]


def _mentions(text: str, *names: str) -> list[Mention]:
    found: list[Mention] = []
    for name in names:  # (a name given again: its next place)
        start = text.index(name, max((m.span.end for m in found if m.name == name), default=0))
        found.append(Mention("organisation", name, Span(start, start + len(name)), "test", 1.0))
    return found


@pytest.mark.parametrize(
    ("text", "names", "main", "venture"),
    [
        (
            "Kormo Nut Processing LLC, in which Tessel Agro holds 51%, opened.",
            ("Kormo Nut Processing LLC", "Tessel Agro"),
            "Tessel Agro",
            "Kormo Nut Processing LLC",
        ),
        ("Kormo Foods, a unit of Tessel Agro, opened.", ("Kormo Foods", "Tessel Agro"), "Tessel Agro", "Kormo Foods"),
        ("Tessel Agro set up the joint enterprise Kormo Foods.", ("Tessel Agro", "Kormo Foods"), "Tessel Agro", "Kormo Foods"),
        (
            "Kormo Foods was founded on 14 May by Tessel Agro (60 percent).",
            ("Kormo Foods", "Tessel Agro"),
            "Tessel Agro",
            "Kormo Foods",
        ),
        # must-nots: a founding date with no holder; two ventures on one page; no cue
        ("Kormo Foods, founded by its chairman in 1990, opened.", ("Kormo Foods",), "Kormo Foods", None),
        (
            "Tessel Agro owns the joint venture Kormo Foods. Tessel Agro owns the joint venture Brava Mills.",
            ("Tessel Agro", "Kormo Foods", "Tessel Agro", "Brava Mills"),
            "Tessel Agro",
            None,
        ),
        ("Kormo Foods and Tessel Agro opened a plant.", ("Kormo Foods", "Tessel Agro"), "Tessel Agro", None),
        # (review of c28b) the partner after "a joint venture with" is no venture
        ("Kormo Foods has formed a joint venture with Tessel Agro.", ("Kormo Foods", "Tessel Agro"), "Kormo Foods", None),
        # a cue relating two companies, neither the page's own: a takeover's target and its parent
        (
            "Brava Mills will buy Kormo Foods, a unit of Tessel Agro.",
            ("Brava Mills", "Kormo Foods", "Tessel Agro"),
            "Brava Mills",
            None,
        ),
        # "in which", "shareholders of" with no stake after them
        (
            "Brava Mills lost a case against Kormo Foods, in which Tessel Agro testified.",
            ("Brava Mills", "Kormo Foods", "Tessel Agro"),
            "Brava Mills",
            None,
        ),
        ("Brava Mills said shareholders of Kormo Foods approved.", ("Brava Mills", "Kormo Foods"), "Brava Mills", None),
        # no company of the page's own
        ("The joint enterprise Kormo Foods will build it.", ("Kormo Foods",), None, None),
    ],
)
def test_the_stated_venture(text, names, main, venture):
    zones = (
        [Span(0, len(text))] if text.count(". ") == 0 else [Span(0, text.index(". ") + 1), Span(text.index(". ") + 2, len(text))]
    )
    assert stated_venture(text, zones, _mentions(text, *names), main=main) == venture


def _stated_venture_seconds(unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    mentions = [Mention("organisation", "Acme", Span(i, i + 4), "test", 1.0) for i in range(0, len(text) - len(unit), len(unit))]
    started = time.process_time()
    stated_venture(text, [Span(0, len(text))], mentions, main="Acme")
    return time.process_time() - started


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "unit",
    [
        "Acme, in which Acme holds 5%, and ",
        "the joint venture Acme and ",
        # (review of c28b) a cue before ("a joint venture of") holding a cue after ("joint venture"), both kinds mixed
        "Acme, a joint venture of Acme, and ",
        # "in which" with no stake after it, looked for within its reach only
        "Acme, in which Acme testified, and ",
    ],
)
def test_stated_venture_grows_linearly_in_one_long_sentence(unit):
    """Cues and names repeated in one sentence: each cue looks its names up once (CPU seconds at two sizes)."""
    ratios = doubling_ratios(lambda size: _stated_venture_seconds(unit, size), 64 * 1024, 128 * 1024)
    assert min(ratios) < 3, ratios


def _entities(text: str) -> set[tuple[str, str]]:
    article = extract_article(SeedFile("a", "a.txt", text, "0" * 64), {})
    return {(m.name, m.kind) for m in article.entities.mentions}


MINUTES = (
    "MINUTES No. 4 of the session of the Kormo district council\n\n"
    "Present: 21 of 25 deputies. Chairperson: T. Sadykova. Secretary: B. Orlova.\n\n"
    "The council approved the lease of the plot for 49 years.\n\n"
    "Chairperson of the session T. Sadykova\n"
)


def test_one_initial_and_a_family_name_repeated_is_a_person():
    """Minutes print people by one initial and a family name: repeated with nothing saying a body, no organisation."""
    found = _entities(MINUTES)
    assert ("T. Sadykova", "organisation") not in found
    assert ("T. Sadykova", "person") in found


@pytest.mark.parametrize(
    "text, short, organisation",
    [
        # must-nots: the short form of a company the article names in full stays the company's
        (
            "J. Tessel Foods plc opened a store. Analysts said J. Tessel had a good year. J. Tessel did not comment.\n",
            "J. Tessel",
            "J. Tessel Foods",
        ),
        # a company a legal form names
        ("T. Brava Ltd opened a plant. T. Brava Ltd did not comment.\n", "T. Brava", "T. Brava"),
        # (review of c28b) must-nots: a company named by one initial and a family name, its own words a body's
        ("K. Tessmer raised its outlook on Monday.\n\nK. Tessmer expects revenue of 20 billion crowns.\n", "", "K. Tessmer"),
        ("P. Hallund cut its forecast, and P. Hallund now expects revenue of 330 million euros.\n", "", "P. Hallund"),
        ("Shares of B. Orvik rose 4% on Monday.\n\nB. Orvik expects revenue of $2 billion.\n", "", "B. Orvik"),
    ],
)
def test_a_company_named_with_an_initial_stays_an_organisation(text, short, organisation):
    found = _entities(text)
    assert (organisation, "organisation") in found
    assert (short or organisation, "person") not in found


def _subjects(connection: sqlite3.Connection) -> set[tuple[float, str | None]]:
    return set(connection.execute("SELECT value, subject_id FROM claims").fetchall())


STATION_PAGE = (
    "Radio Tessby 94.3 FM – Cusco\n"
    "The voice of the valley\n\n"
    "The Brava Growers' Union will build a quinoa plant, its president told our studio.\n\n"
    "The plant will process 9,000 tonnes a year.\n\n"
    "Radio Tessby 94.3 FM · Main Street, Cusco\n"
)


def test_a_stations_masthead_is_the_outlet_never_a_figures_subject(tmp_path):
    """The station's masthead opening the page ("Radio Tessby 94.3 FM – Cusco") is the outlet: the plant's figure is
    the union's, never the station's nor its band's ("FM")."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text(STATION_PAGE, encoding="utf-8")
    build(folder, tmp_path / "s.db", executor=SerialExecutor())
    subjects = _subjects(sqlite3.connect(tmp_path / "s.db"))
    assert (9000.0, "brava-growers-union") in subjects


@pytest.mark.parametrize(
    "text, name, outlet",
    [
        ("Radio Tessby 94.3 FM – Kormo\nThe voice of the valley\n", "Radio Tessby", True),
        ("Radio Tessby\n\nThe plant opened.\n", "Radio Tessby", True),
        # must-nots: a headline saying something of a station; a station named on a later line; no newsroom word
        ("Radio Tessby sold to Kormo Group for $5 million\n", "Radio Tessby", False),
        ("KORMO NEWS\n\nRadio Tessby 94.3 FM – Kormo\n", "Radio Tessby", False),
        ("Kormo Foods 2026 – Tessby\n", "Kormo Foods", False),
        # (review of c28b) a title-case headline after a dash, with no frequency or band before it
        ("Radio Tessby – Kormo Group Buys Station\n", "Radio Tessby", False),
        ("Radio Tessby – New Owner Named\n", "Radio Tessby", False),
        ("TV Tessby 2025 – Record Year\n", "TV Tessby", False),
        ("Radio Tessby FM – Kormo\n", "Radio Tessby", True),
    ],
)
def test_a_stations_masthead(text, name, outlet):
    start = text.index(name)
    mention = Mention("organisation", name, Span(start, start + len(name)), "test", 1.0)
    assert _masthead_station(text, mention) is outlet


@pytest.mark.parametrize(
    "text, metric",
    [
        ("According to its owner, the cost of the project is $4.6 million.", "investment"),
        ("The total cost of the plant is $12 million, the company said.", "investment"),
        # must-nots: a cost the project bears, or one it puts on others
        ("The cost of the plant's power rose to $2 million last year.", "cost"),
        ("The cost of the scheme to taxpayers is $90 million a year.", "cost"),
        # (review of c28b) a noun the project's word only modifies: a closure's, a fire's, a delay's cost, a charge
        ("Tessel Steel said the cost of the plant closure is estimated at $40 million.", "cost"),
        ("Tessel Steel said the cost of the factory fire was $12 million.", "cost"),
        ("Tessel Steel said the cost of the project delays reached $25 million.", "cost"),
        ("Tessel Steel said the cost of the scheme per household is $90.", "cost"),
    ],
)
def test_the_cost_of_the_project_is_what_is_invested(text, metric):
    found = claims_of(text)
    assert [claim.metric for claim in found if claim.unit == "USD"][:1] == [metric]


# Must-nots of the venture rule on ordinary deal news (review of c28b, HIGH 1): a company a page names in a takeover,
# a sale, a lawsuit or a partnership is no venture of the page's own company, whose figures stay its own.
@pytest.mark.parametrize(
    "page, other",
    [
        # the target's shareholders approving a bid: the bidder's profit is the bidder's
        (
            "Halvor Bank said on Tuesday that shareholders of Ostrem Bank backed its offer.\n\n"
            "Net profit climbed to $71 million in 2025, the chief executive said.\n",
            "Ostrem Bank reported net profit of $66 million for 2025.\n",
        ),
        # a target named as another's subsidiary in the takeover sentence: the buyer's profit is the buyer's
        (
            "Halvor Foods agreed to acquire Lindqvist Mills, a subsidiary of Ostrem Industries, for $140 million.\n\n"
            "Net profit climbed to $71 million in 2025, the chief executive said.\n",
            "Lindqvist Mills reported net profit of $66 million for 2025.\n",
        ),
        # "in which" opening an ordinary relative clause, no stake: the miner's profit is the miner's
        (
            "Halvor Mining lost a case against Ostrem Steel, in which Lindqvist Capital had testified, on Friday.\n\n"
            "Net profit climbed to $71 million in 2025, the chief executive said.\n",
            "Ostrem Steel reported net profit of $66 million for 2025.\n",
        ),
        # a joint venture with a partner: the page's own company's profit, which "the carmaker" resolves, is its own
        (
            "Halvor Motors Ltd has set up a joint venture with Ostrem Motors Ltd to make batteries.\n\n"
            "Net profit climbed to $71 million in 2025, the carmaker said.\n",
            "Ostrem Motors Ltd reported net profit of $66 million for 2025.\n",
        ),
        # the same, the figure resolved by "It"
        (
            "Halvor Motors Ltd has set up a joint venture with Ostrem Motors Ltd to make batteries.\n\n"
            "It made a net profit of $71 million in 2025.\n",
            "Ostrem Motors Ltd reported net profit of $66 million for 2025.\n",
        ),
    ],
)
def test_must_not_a_deals_other_company_takes_the_pages_figures(tmp_path, page, other):
    connection = _built(tmp_path, {"a": page, "b": other})
    assert _groups(connection, "USD")[-1:] == [(1, "consistent")]


def test_must_not_a_countrys_market_on_a_joint_venture_page(tmp_path):
    """Must not: a country's car sales, on a page about a joint venture, are no partner's sales."""
    page = (
        "Halvor Motors Ltd has set up a joint venture with Ostrem Motors Ltd to make batteries.\n\n"
        "Car sales in the country rose to 2.3 million vehicles in 2025, industry data show.\n"
    )
    other = "Ostrem Motors Ltd sold 2.2 million vehicles in 2025.\n"
    connection = _built(tmp_path, {"a": page, "b": other})
    assert _groups(connection, "vehicles") == [(1, "consistent")]


def test_must_not_a_figure_its_sentence_gives_the_pages_own_company(tmp_path):
    """Must not: on a page stating a venture, "It" (the page's own company) says whose workforce the figure is."""
    partner = FOUNDED + "It employs 900 people, the union's chairman said.\n"
    venture = "Kormo Nut Processing LLC employs 900 people, its director said.\n"
    connection = _built(tmp_path, {"a": partner, "b": venture})
    assert _groups(connection, "people") == [(1, "consistent")]
