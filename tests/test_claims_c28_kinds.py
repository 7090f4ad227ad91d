"""The c28 round's kinds, on short original sentences: the subject of a figure across outlets. A name one article
reads as a place (a village the figure's collectors live in), which another article of the corpus reads as an
organisation, joins no two different figures by a conflict: the figures of two stories about one village stay apart
(no false conflict), while the same figure printed alike still meets there, and two articles that both read the
name as the organisation still meet. A percentage is never a company's age ("founded by X (60 percent)")."""

from __future__ import annotations

import sqlite3

import pytest

from loaders.build import build
from loaders.executors import SerialExecutor
from loaders.extract.claims import dateline_agency
from loaders.spans import Span
from tests.test_claims import claims_of

# An article reading the village's name as an organisation (a cooperative named after it)
COOPERATIVE = "The cooperative Vessakor sources its hazelnuts from some 3,500 families, its director said.\n"
# Another story's article printing the village's name as a place, a near figure about another company
OTHER_STORY = "Dunmore Agro sources hazelnuts from 2,300 families in the Vessakor valley.\n"


def _built(tmp_path, articles: dict[str, str]) -> sqlite3.Connection:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(f"{name.upper()} NEWS\n\n{text}", encoding="utf-8")
    db = tmp_path / "c28.db"
    build(folder, db, executor=SerialExecutor())
    return sqlite3.connect(db)


def _families(connection: sqlite3.Connection) -> list[tuple[int, str]]:
    """The article count and status of each group holding a count of families."""
    return sorted(
        {
            (count, status)
            for count, status in connection.execute(
                "SELECT g.article_count, g.status FROM claims c JOIN claim_groups g ON g.id = c.group_id"
                " WHERE c.unit = 'families'"
            ).fetchall()
        }
    )


def _place_and_organisation(connection: sqlite3.Connection) -> set[tuple[str, str]]:
    return set(connection.execute("SELECT article_id, kind FROM article_entities WHERE name = 'Vessakor'").fetchall())


def test_a_village_one_article_reads_as_a_place_joins_no_conflict(tmp_path):
    """The other story's 2,300 families are Dunmore Agro's: no conflict with the cooperative's 3,500."""
    connection = _built(tmp_path, {"a": COOPERATIVE, "b": OTHER_STORY})
    # the premise: one article reads the name as an organisation, the other as a place
    assert _place_and_organisation(connection) == {("a", "organisation"), ("b", "place")}
    assert _families(connection) == [(1, "consistent")]


def test_one_figure_printed_alike_still_meets_under_the_village(tmp_path):
    """Must not: an outlet's village is another's company named after it where both print one figure alike."""
    alike = "Dunmore Agro says the hazelnuts come from some 3,500 families in the Vessakor valley.\n"
    connection = _built(tmp_path, {"a": COOPERATIVE, "b": alike})
    assert _place_and_organisation(connection) == {("a", "organisation"), ("b", "place")}
    assert _families(connection) == [(2, "consistent")]


def test_two_articles_reading_the_name_as_the_organisation_still_meet(tmp_path):
    """Must not: where both articles read the name as the cooperative's, its figure is one and is compared."""
    again = "The cooperative Vessakor gets its hazelnuts from about 3,500 families, the director said.\n"
    connection = _built(tmp_path, {"a": COOPERATIVE, "c": again})
    assert _families(connection) == [(2, "consistent")]


def test_a_third_article_naming_the_organisation_still_meets_the_first(tmp_path):
    """Must not: the other story's figure stays apart, the cooperative's two printings meet whatever it adds."""
    again = "The cooperative Vessakor gets its hazelnuts from about 3,500 families, the director said.\n"
    connection = _built(tmp_path, {"a": COOPERATIVE, "b": OTHER_STORY, "c": again})
    assert _families(connection) == [(1, "consistent"), (2, "consistent")]


# --- a percentage is never an age --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The dairy was set up by Orvale Capital LLC (70 percent) and Kessby Growers (30 percent).",
        "Kestrel Nuts was established by Marlow Holding (51%) and a growers' cooperative (49%).",
    ],
)
def test_a_founders_percentage_is_no_age(text):
    assert all(c.metric != "age" for c in claims_of(text) if c.unit == "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # must not: a company's age in years stays an age
        ("Marlow Holding, founded 31 years ago, employs 400 people.", 31),
        ("The 178-year-old firm Tessby Mills sold 60 percent of its flour abroad.", 178),
    ],
)
def test_an_age_in_years_stays_an_age(text, value):
    assert any(c.metric == "age" and c.value == value for c in claims_of(text))


# --- the agency after a dateline's dash, closed by a stop ---------------------------------------------------------


def _agency(text: str, name: str) -> bool:
    start = text.index(name)
    return dateline_agency(text, Span(start, start + len(name)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tessby, March 14 - ORVA-PRESS. In the hamlet of Vessakor a dairy will open.", "ORVA-PRESS"),
        ("OSH, 3 March — Tessa Wire. Marlow Foods will build a plant in the town.", "Tessa Wire"),
    ],
)
def test_an_agency_after_a_datelines_dash_and_before_a_stop_is_the_outlet(text, name):
    assert _agency(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # must not: the company the story opens on, right after the dash
        ("LONDON, May 4 - Kestrel Foods said on Monday it would build a plant.", "Kestrel Foods"),
        # must not: a date and a dash inside a sentence of prose
        ("Sales rose on May 4 - Kestrel Foods. It was the best month.", "Kestrel Foods"),
        # must not: no date before the dash
        ("Our partner - Kestrel Foods. It buys the nuts.", "Kestrel Foods"),
    ],
)
def test_a_name_after_a_dash_is_no_agency_without_a_datelines_date_and_stop(text, name):
    assert not _agency(text, name)


def test_the_cooperatives_own_figure_under_its_valleys_name_still_conflicts(tmp_path):
    """Must not (review of c28, M2): where the sentence names no other actor than the village ("The cooperative
    sources ... families in the X valley"), the figure is the cooperative's own, and a different one is a true conflict."""
    own = "The cooperative sources its hazelnuts from some 3,900 families in the Vessakor valley.\n"
    connection = _built(tmp_path, {"a": COOPERATIVE, "b": own})
    assert _families(connection) == [(2, "conflicting")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # must not (review of c28, M4): a round's, a chapter's or a stage's number is no date, and a dateline's
        # place has no lower-case word
        ("Cup Final Round 4 - Tessby Rovers. The club said ticket sales rose 8%.", "Tessby Rovers"),
        ("Orvale Mills, Chapter 7 - Marlow Foods. Revenue rose.", "Marlow Foods"),
        ("Output up on June 9 - Marlow Foods. It was the best week.", "Marlow Foods"),
        ("Tessby Open, Stage 12 - Tessa Wire. Riders left at noon.", "Tessa Wire"),
    ],
)
def test_a_number_after_a_word_is_no_datelines_date(text, name):
    assert not _agency(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (review of c28, L1) the date may carry its year
        ("TESSBY, June 9, 2026 - Orvale Wire. Marlow Foods will build a plant.", "Orvale Wire"),
        ("Tessby, 9 June 2026 - Orvale Wire. Marlow Foods will build a plant.", "Orvale Wire"),
        ("Tessby, Sept. 9 - Orvale Wire. Marlow Foods will build a plant.", "Orvale Wire"),
    ],
)
def test_an_agency_after_a_full_date_and_a_dash_is_the_outlet(text, name):
    assert _agency(text, name)
