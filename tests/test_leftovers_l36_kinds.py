"""Leftover kinds of the last session (l36), on short original sentences: one decision of which living person of a
shared surname a courtesy title means, for a mention and for a speaker alike."""

from __future__ import annotations

import sqlite3

import pytest

from loaders.build import build
from loaders.clean import layout
from loaders.executors import SerialExecutor
from loaders.extract.entities import find_entities
from loaders.extract.types import ORGANISATION, PERSON
from tests.test_quotes import quotes_of

HEAD = "TESSBY WEEKLY\n\n"


def mention_and_speaker(text: str, surname: str = "Berg") -> tuple[str | None, str | None]:
    """The person the last bare surname is read as (None: no one), and the last quote's speaker."""
    found = find_entities(text, layout(text).paragraphs, {})
    at = text.rindex(surname)
    mention = next((m.name for m in found.mentions if m.kind == PERSON and m.span.start == at), None)
    got, _ = quotes_of(text)
    direct = [speaker for kind, _words, speaker in got if kind != "indirect"]
    return mention, direct[-1] if direct else "no quote"


# --- item 1: one shared-surname decision (entities' living_sharers), and a title at a wrapped line's end


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a woman and a man: the title's gender, the page saying his by a noun before his name
        (
            "Anna Berg chairs the Tessby co-op. Her brother Olaf Berg farms nearby.\n\n"
            '"The harvest was poor," Ms Berg, the chairman, said.',
            "Anna Berg",
        ),
        # ... or by a courtesy title before his full name
        (
            'Mr Olaf Berg farms near Tessby. Anna Berg chairs the co-op.\n\n"The harvest was poor," Ms Berg, the chairman, said.',
            "Anna Berg",
        ),
        # a dead namesake shares the surname with no one who speaks
        (
            "Her late father Olaf Berg founded the co-op. Anna Berg chairs it now, and her brother Nils Berg farms.\n\n"
            '"The harvest was poor," Ms Berg, the chairman, said.',
            "Anna Berg",
        ),
        # must not: a title of no gender leaves both living Bergs: no one
        (
            "Anna Berg chairs the Tessby co-op. Her brother Olaf Berg farms nearby.\n\n"
            '"The harvest was poor," Dr Berg, the chairman, said.',
            None,
        ),
        # must not: no title, two living Bergs: no one
        (
            "Anna Berg chairs the Tessby co-op. Her brother Olaf Berg farms nearby.\n\n"
            '"The harvest was poor," Berg, the chairman, said.',
            None,
        ),
    ],
)
def test_a_title_before_a_shared_surname_names_one_person_as_mention_and_as_speaker(text, person):
    assert mention_and_speaker(HEAD + text) == (person, person)


def test_a_title_ending_a_wrapped_line_is_the_surnames_on_the_next():
    """A page wrapping its lines may break between "Ms" and the surname: the title is still the surname's."""
    text = (
        HEAD + "Anna Berg chairs the Tessby co-op. Her brother Olaf Berg farms nearby. The co-op will sell its grain\n"
        'abroad. "The harvest was poor," Ms\nBerg, the chairman, said.'
    )
    assert mention_and_speaker(text) == ("Anna Berg", "Anna Berg")


def test_a_title_word_ending_a_paragraph_is_not_the_next_paragraphs_surnames():
    """must not: a paragraph's break is no wrapped line; the word ending the paragraph before titles no one."""
    text = (
        HEAD + "Anna Berg chairs the Tessby co-op. Her brother Olaf Berg farms nearby. The co-op's new trawler is the"
        ' Lady\n\nBerg, the chairman, said: "The harvest was poor."'
    )
    assert mention_and_speaker(text) == (None, None)


# --- item 2 (c26 review M2): reverted (review l36 HIGH 2: the tie rule moved a parent's own revenue to its unit);
# the unit and parent outlets stay for item 3

UNIT = (
    "Kestrel Heat will buy Marlow Pellets for $48.5 million, it said on Monday. Kestrel Heat had revenue of"
    " $118.9 million last year. Marlow Pellets employs 146 people at its Ashby mill."
)
PARENT = (
    "Marlow Timber Group will sell its unit Marlow Pellets to Kestrel Heat for $48.5 million. Kestrel Heat had revenue"
    " of $118.9 million. Marlow Timber Group's pellet plant employs 146 people."
)

# --- item 3 (c26 review M4): the story step in a build: the cap on a figure's printers, and no conflict join


# Other articles printing the two outlets' sums (and no staff)
PRINTER = "Kestrel Heat had revenue of $118.9 million, the {0} said. It will pay $48.5 million for a mill.\n"
OUTLETS = ["Ashby Star", "Fenwick Radio", "Tessby Weekly", "Harlow Post", "Dunmore Echo", "Brisley Times", "Carrow Gazette"]


def _built(tmp_path, articles: dict[str, str]) -> sqlite3.Connection:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(f"{name.upper()} NEWS\n\n{text}", encoding="utf-8")
    db = tmp_path / "story.db"
    build(folder, db, executor=SerialExecutor())
    return sqlite3.connect(db)


def _groups_of(connection: sqlite3.Connection, value: float) -> list[tuple[int, str]]:
    """The article count and status of each group holding a claim of `value`."""
    return sorted(
        set(
            connection.execute(
                "SELECT g.id, g.article_count, g.status FROM claims c JOIN claim_groups g ON g.id = c.group_id WHERE c.value = ?",
                (value,),
            ).fetchall()
        )
    )


@pytest.mark.parametrize(("printers", "joined"), [(6, True), (7, False)])
def test_a_story_sum_printed_by_more_than_eight_articles_makes_no_story_in_a_build(tmp_path, printers, joined):
    """The two outlets' sums printed by 8 articles in all make them one story (the staff of the unit, which one names
    and the other its parent for, is one figure); by 9, they are common sums, no story's: the staff stay apart."""
    articles = {"a": UNIT, "b": PARENT} | {f"p{n}": PRINTER.format(OUTLETS[n]) for n in range(printers)}
    groups = _groups_of(_built(tmp_path, articles), 146)
    assert [count for _, count, _ in groups] == ([2] if joined else [1, 1])


def test_a_claim_placed_by_its_story_joins_no_misprint_in_a_build(tmp_path):
    """The parent's outlet's staff are in the unit's group only by their story: no second outlet agreeing against a
    third outlet's misprint (1,460 for 146), so the misprint stays apart; a second outlet naming the unit joins it."""
    misprint = "Marlow Pellets employs 1,460 people at its Ashby mill, Fenwick Radio said.\n"
    alone = _groups_of(_built(tmp_path / "one", {"a": UNIT, "b": PARENT, "c": misprint}), 146)
    assert [(count, status) for _, count, status in alone] == [(2, "consistent")]
    second = "Marlow Pellets employs 146 people at its Ashby mill, the Ashby Star said.\n"
    both = _groups_of(_built(tmp_path / "two", {"a": UNIT, "b": PARENT, "c": misprint, "d": second}), 146)
    assert [(count, status) for _, count, status in both] == [(4, "conflicting")]


# --- item 5: a nationality opening a company's name, where the article prints the name without it too


def organisations(text: str) -> list[tuple[str, str]]:
    """Each organisation mention: (its words, the organisation)."""
    found = find_entities(HEAD + text, layout(HEAD + text).paragraphs, {})
    return [(m.span.of(HEAD + text), m.name) for m in found.mentions if m.kind == ORGANISATION]


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian Tarfa Food Processing Co will build a plant in Irbid. Tarfa Food Processing Co said it would cost"
        " $20 million.",
        "Tarfa Food Processing Company will build a plant in Irbid, the Jordanian Tarfa Food Processing Company said.",
    ],
)
def test_a_nationality_before_a_name_the_article_prints_without_it_is_no_part_of_it(text):
    assert {name for _, name in organisations(text)} == {"Tarfa Food Processing"}
    assert all(not words.startswith("Jordanian") for words, _ in organisations(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # must not: the name never printed without it keeps it
        (
            "Jordanian Tarfa Food Processing Co will build a plant in Irbid. The company said it would cost $20 million.",
            "Jordanian Tarfa Food Processing",
        ),
        # must not: a nationality before one word is the name's own, whatever else the article prints
        ("American Express Co will cut 200 jobs. American Express said the cuts were needed.", "American Express"),
        ("British Airways Plc will add flights to Irbid. British Airways said demand was high.", "British Airways"),
        ("Swiss Re AG reported a profit. Swiss Re said claims fell.", "Swiss Re"),
        ("Indian Oil Corp will build a refinery. Indian Oil said it would cost $2 billion.", "Indian Oil"),
        ("Saudi Aramco raised prices. Aramco said demand was strong. Saudi Aramco shares rose.", "Saudi Aramco"),
    ],
)
def test_a_nationality_of_a_name_never_printed_without_it_stays(text, name):
    assert name in {found for _, found in organisations(text)}


# --- item 6: a courtesy title before a bare shared surname ("Ms Berg said"), as a mention and as a speaker


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the one living Berg of the title's gender, though a man is named first
        ('Mr Olaf Berg farms near Tessby. Anna Berg chairs the co-op.\n\n"The harvest was poor," Ms Berg said.', "Anna Berg"),
        (
            'Olaf Berg farms near Tessby. His sister Anna Berg chairs the co-op.\n\n"The harvest was poor," Mr Berg said.',
            "Olaf Berg",
        ),
        # ... a living person before a namesake of the past, with a title or without
        (
            'Her late father Olaf Berg founded the co-op. Anna Berg chairs it now.\n\n"The harvest was poor," Ms Berg said.',
            "Anna Berg",
        ),
        (
            'Her grandfather Karl Berg built the mill. Anna Berg runs it now.\n\n"The harvest was poor," Berg said.',
            "Anna Berg",
        ),
        # must not: a title of no gender leaves the bare surname the first named's
        ('Olaf Berg farms near Tessby. Anna Berg chairs the co-op.\n\n"The harvest was poor," Dr Berg said.', "Olaf Berg"),
        # "Ms Berg" where the page gives no Berg a gender: the title rules out neither, so the bare surname stays the
        # first named's, on both sides alike (the page's words cannot say which; a role beside it makes it no one's)
        ('Olaf Berg farms near Tessby. Anna Berg chairs the co-op.\n\n"The harvest was poor," Ms Berg said.', "Olaf Berg"),
        (
            'Olaf Berg farms near Tessby. Anna Berg chairs the co-op.\n\n"The harvest was poor," Ms Berg, the chairman, said.',
            None,
        ),
    ],
)
def test_a_title_before_a_bare_shared_surname_names_one_person_as_mention_and_as_speaker(text, person):
    assert mention_and_speaker(HEAD + text) == (person, person)


# --- review of the fix passes, F2: a title English news writes before a woman's name too says no gender


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'Co-op chairman Anna Berg met her brother Olaf Berg.\n\n"The harvest was poor," Ms Berg, the chief executive, said.',
            "Anna Berg",
        ),
        # must not: a kinship noun still says it
        (
            'Olaf Berg met his sister Anna Berg.\n\n"The harvest was poor," Mr Berg, the chief executive, said.',
            "Olaf Berg",
        ),
    ],
)
def test_a_title_of_either_gender_before_a_full_name_says_no_gender(text, person):
    assert mention_and_speaker(HEAD + text) == (person, person)
