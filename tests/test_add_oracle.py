"""The oracle for `add`: for several corpora, build all but k articles, add
the k (one at a time, and all together; a replacement of an existing file;
an article whose acronym, confident name and role other articles use), and
compare every table with a full build of the enlarged folder, row for row."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from loaders import build as build_module
from loaders import incremental
from loaders.build import add, build
from loaders.executors import SerialExecutor
from loaders.incremental import NotLocal, add_in_place
from tests.conftest import PROJECT, SEEDS

sys.path.insert(0, str(PROJECT / "benchmarks"))
from make_corpus import generate

HELDOUT = PROJECT / "tests" / "fixtures" / "heldout"
FTS_TERMS = ("said", "percent", "billion", "chief", "shares", "Harlow")

# Original articles whose findings reach other articles only through the corpus-wide steps.
DEFINES = (
    "Kestrel Harbour Logistics names a finance chief\n\n"
    "Kestrel Harbour Logistics (KHL) said on Monday that Mirela Achterberg would become its chief financial "
    "officer. Mirela Achterberg, chief financial officer of Kestrel Harbour Logistics, said the company "
    "expected revenue of $4.2 billion this year.\n\n"
    "\u201cWe have the ships and the people to grow,\u201d Achterberg said.\n"
)
USES = (
    "Port volumes rise at KHL terminals\n\n"
    "KHL handled 3.1 million containers in the first half, up 6 percent from a year earlier.\n\n"
    "\u201cThe second half looks stronger still,\u201d the chief financial officer of KHL said on Thursday.\n\n"
    "Analysts at Brenford Capital said the group would need new cranes by 2027.\n"
)
BYSTANDER = (
    "Brenford Capital lifts its forecast for shipping\n\n"
    "Brenford Capital raised its forecast for container shipping on Wednesday, saying rates would rise "
    "12 percent next year.\n\n"
    "\u201cDemand has come back faster than anyone expected,\u201d said Tomas Ellery, Brenford Capital's head of research.\n"
)


@pytest.fixture(autouse=True)
def routes(monkeypatch) -> list[str]:
    """How each add went: "in place", or the reason it rebuilt from the cache."""
    taken: list[str] = []

    def recorded(*args, **kwargs):
        try:
            result = add_in_place(*args, **kwargs)
        except NotLocal as reason:
            taken.append(str(reason))
            raise
        taken.append("in place")
        return result

    monkeypatch.setattr(build_module, "add_in_place", recorded)
    return taken


def content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in a canonical order, and what each full-text index finds for a few
    words (by the rows' keys: rowids of tables keyed by text may differ); every index whole."""
    connection = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_fts%' ORDER BY name"
            )
        ]
        dump = {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
        for table, key in (("articles", "id"), ("quotes", "id"), ("sentences", "id"), ("claims", "id")):
            connection.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
            # Every word each row is indexed under, where: an index keeps what it was given, which may
            # not be what the row holds now (the claims' index holds their sentences).
            connection.execute(f"CREATE VIRTUAL TABLE temp.{table}_words USING fts5vocab(main, {table}_fts, 'instance')")
            dump[f"{table}_fts words"] = sorted(
                connection.execute(
                    f"SELECT w.term, t.{key}, w.col, w.offset FROM temp.{table}_words w JOIN {table} t ON t.rowid = w.doc"
                ).fetchall()
            )
            for term in FTS_TERMS:
                dump[f"{table}_fts {term}"] = sorted(
                    connection.execute(
                        f"SELECT t.{key} FROM {table}_fts JOIN {table} t ON t.rowid = {table}_fts.rowid "
                        f"WHERE {table}_fts MATCH ?",
                        (term,),
                    ).fetchall()
                )
        return dump
    finally:
        connection.close()


def differences(got: dict, want: dict) -> list[str]:
    out = []
    for name in sorted(set(got) | set(want)):
        a, b = set(got.get(name, ())), set(want.get(name, ()))
        if a != b:
            out.append(
                f"{name}: {len(a - b)} rows only after add, {len(b - a)} only in the full build, e.g. {sorted(a ^ b, key=repr)[:2]}"
            )
    return out


def assert_same(db: Path, full: Path) -> None:
    problems = differences(content(db), content(full))
    assert not problems, "\n".join(problems)


def _copy(files: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder


def _articles(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix == ".txt")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    generate(folder, 200, 7)
    return folder


def _corpus(name: str, generated: Path, tmp_path: Path) -> Path:
    """A folder holding the corpus (curated files included)."""
    if name == "generated":
        return generated
    if name == "seeds":
        return SEEDS
    folder = _copy(_articles(HELDOUT), tmp_path / "heldout")
    return folder


def _picks(files: list[Path]) -> list[Path]:
    """First, middle and last file: an article added before, among and after the others
    (first and last of a folder of three)."""
    if len(files) <= 3:
        return [files[0], files[-1]]
    return sorted({files[0], files[len(files) // 2], files[-1]})


@pytest.mark.parametrize("corpus", ["seeds", "heldout", "generated"])
@pytest.mark.parametrize("together", [True, False], ids=["together", "one-by-one"])
def test_adding_k_articles_gives_the_full_build(corpus, together, generated, tmp_path, routes, monkeypatch):
    folder = _corpus(corpus, generated, tmp_path)
    files = _articles(folder)
    picks = _picks(files)
    # How many articles an add may read again before it rebuilds from the cache is a speed choice
    # (benchmarks/bench_add.py), not a correctness one: here the in-place path must give the full build's rows
    # whatever share of the corpus it reads again (an article holding "chief executive" or "mayor" has every
    # article that asks for that title's holder resolved again; 105 of the held-out set's 1,089).
    monkeypatch.setattr(incremental, "MIN_LIMIT", len(files))
    base = tmp_path / "base"
    shutil.copytree(folder, base)
    for path in picks:
        (base / path.name).unlink()
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(base, db, executor=SerialExecutor())
    if together:
        add(picks, base, db, executor=SerialExecutor())
    else:
        for path in picks:
            add([path], base, db, executor=SerialExecutor())
            shutil.copy(path, base / path.name)  # the folder as the user keeps it
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"] * (1 if together else len(picks))


@pytest.mark.parametrize("corpus", ["seeds", "heldout", "generated"])
@pytest.mark.parametrize("how", ["grown", "cut"])
def test_replacing_an_article_gives_the_full_build(corpus, how, generated, tmp_path, routes):
    folder = tmp_path / "folder"
    shutil.copytree(_corpus(corpus, generated, tmp_path), folder)
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    target = _articles(folder)[len(_articles(folder)) // 2]
    changed = tmp_path / "changed" / target.name
    changed.parent.mkdir()
    old = target.read_text(encoding="utf-8")
    if how == "grown":  # the new version names a new person with a role, quotes them, and prints a new figure
        new = old.rstrip("\n") + (
            "\n\n\u201cWe will open two more plants,\u201d said Odile Faranchon, chief operating officer of "
            "Vessant Marrow Industries, adding that output would rise 14 percent.\n"
        )
    else:  # the new version keeps its first two paragraphs: its names, quotes and figures beyond them go
        new = "\n\n".join(old.split("\n\n")[:2]) + "\n"
    changed.write_text(new, encoding="utf-8")
    add([changed], folder, db, executor=SerialExecutor())  # the folder still holds the old version
    shutil.copy(changed, folder / changed.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]


@pytest.mark.parametrize("order", ["defines-last", "defines-first"])
def test_an_article_whose_names_others_use(order, tmp_path, routes):
    """The added article defines an acronym, names an organisation with confidence and gives a role
    that another article's quote is resolved by: the other article's rows change, as in a full build."""
    folder = _copy(_articles(SEEDS), tmp_path / "folder")
    defines_name = "zz_defines.txt" if order == "defines-last" else "aa_defines.txt"
    (folder / "mm_uses.txt").write_text(USES, encoding="utf-8")
    (folder / "mm_bystander.txt").write_text(BYSTANDER, encoding="utf-8")
    new = tmp_path / "new" / defines_name
    new.parent.mkdir()
    new.write_text(DEFINES, encoding="utf-8")
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    before = content(db)
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    after = content(full)
    assert_same(db, full)
    assert routes == ["in place"]

    # The scenario exercises what it says: the other article gained the acronym's organisation,
    # and its quote's speaker is the role's holder.
    def uses_rows(dump: dict, table: str) -> set:
        return {row for row in dump[table] if "mm_uses" in row}

    assert uses_rows(before, "mentions") != uses_rows(after, "mentions")
    assert any("KHL" in row and "kestrel-harbour-logistics" in row for row in uses_rows(after, "mentions"))
    assert any("mirela-achterberg" in row for row in uses_rows(after, "quotes"))
    assert not any("mirela-achterberg" in row for row in uses_rows(before, "quotes"))


def test_a_database_without_corpus_state_is_rebuilt_from_the_cache(tmp_path, routes):
    """A database from before the corpus state (its tables empty after migrating) still gets the
    full build's rows, by the rebuild from the cache, which fills the state for the next add."""
    folder = _copy(_articles(SEEDS), tmp_path / "folder")
    new = tmp_path / "new" / "mm_uses.txt"
    new.parent.mkdir()
    new.write_text(USES, encoding="utf-8")
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM article_records")
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["the database keeps no corpus state for every article"]
    second = tmp_path / "new" / "mm_bystander.txt"
    second.write_text(BYSTANDER, encoding="utf-8")
    add([second], folder, db, executor=SerialExecutor())
    shutil.copy(second, folder / second.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes[-1] == "in place"


# A quote whose speaker its article leaves unknown (a title nobody in the data holds; not a source,
# such as a spokesperson, whose words take no other outlet's speaker) carries two utterances: the added article names the
# speaker of one; the other's group, and the third article's quote in it, take that speaker through it.
NAMES_SPEAKER = (
    "Orvane Tidewell opens a plant in Carrow\n\n"
    "Orvane Tidewell said on Monday it would open a plant in Carrow.\n\n"
    "\u201cOur new plant in Carrow will double our output of valves,\u201d said Petra Lindqvist, chief executive "
    "of Orvane Tidewell.\n"
)
TWO_UTTERANCES = (
    "Orvane Tidewell adds a second line\n\n"
    "Orvane Tidewell will build a second production line next year, the valve maker said on Tuesday.\n\n"
    "\u201cOur new plant in Carrow will double our output of valves. The second line starts building compressors "
    "in the spring,\u201d the head of engineering at Orvane Tidewell said.\n\n"
    "The company did not give the cost of the line.\n"
)
SECOND_ONLY = (
    "Valve maker Orvane Tidewell plans compressors\n\n"
    "Orvane Tidewell is moving into compressors, according to people at the company.\n\n"
    "\u201cThe second line starts building compressors in the spring,\u201d the head of engineering at Orvane "
    "Tidewell said on Wednesday.\n\n"
    "Shares of the company rose 3 percent.\n"
)


@pytest.mark.parametrize("added", ["aa_names.txt", "zz_names.txt"])
def test_a_speaker_carried_through_a_quote_in_two_groups(added, tmp_path, routes):
    """The quote of unknown speaker is regrouped with both its utterances, so the group it shares
    only with the third article gets the speaker too (whatever the added article's place)."""
    folder = _copy([], tmp_path / "folder")
    (folder / "bb_two.txt").write_text(TWO_UTTERANCES, encoding="utf-8")
    (folder / "cc_second.txt").write_text(SECOND_ONLY, encoding="utf-8")
    db = _added(folder, added, NAMES_SPEAKER, tmp_path, routes)
    with sqlite3.connect(db) as connection:
        speakers = dict(connection.execute("SELECT article_id, speaker_id FROM quotes"))
    assert speakers == {added[:-4]: "petra-lindqvist", "bb_two": "petra-lindqvist", "cc_second": "petra-lindqvist"}


def _added(folder: Path, name: str, text: str, tmp_path: Path, routes: list[str]) -> Path:
    """Build the folder, add `text` as the file `name` (new, or a new version of one of the folder's
    files), and compare with a full build of the folder holding it; the added database's path."""
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    new = tmp_path / "new" / name
    new.parent.mkdir()
    new.write_text(text, encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())  # the folder still holds any old version
    shutil.copy(new, folder / name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]
    return db


def test_a_short_name_that_becomes_an_organisation_of_its_own(tmp_path, routes):
    """An article prints a company's full name once and its short name in sentences about others'
    figures; another article, replaced, now prints the short name too, which makes the short name an
    organisation of its own. The first article's claims resolve as before (to the full name), yet their
    blocks gain the short name's: their index rows are those of a full build."""
    folder = _copy([HELDOUT / "e9_galle_1.txt", HELDOUT / "q8_kisaragi_3.txt"], tmp_path / "folder")
    closing = next(
        line for line in (folder / "e9_galle_1.txt").read_text(encoding="utf-8").splitlines() if "shares closed" in line
    )
    old = (folder / "q8_kisaragi_3.txt").read_text(encoding="utf-8")
    _added(folder, "q8_kisaragi_3.txt", old.rstrip("\n") + "\n\n" + closing + "\n", tmp_path, routes)


CORRECTED = (
    "Tarrow Creamery buys Ellsworth Cheese\n\n"
    "Tarrow Creamery said on Monday it would buy Ellsworth Cheese, valuing the cheesemaker at $214 million.\n\n"
    "\u201cThis gives us a second dairy region,\u201d said Ines Varga, chief executive of Tarrow Creamery.\n\n"
    "Ellsworth Cheese employs 340 people at two plants.\n"
)


@pytest.mark.parametrize(
    "edit",
    [
        ("said on Monday", "said late on Monday"),  # a word inserted before the figure, in its sentence
        ("the cheesemaker at", "the family-owned cheesemaker at"),  # ... just before it
        ("340 people at two plants", "340 people at its two plants"),  # a word inserted after it
    ],
    ids=["before", "next-to", "after"],
)
def test_a_corrected_article_whose_edit_falls_in_a_sentence_with_a_figure(edit, tmp_path, routes):
    """The new version edits a sentence holding a figure: the claims' full-text index loses the old
    sentence (the text it indexed, not the new one) and gains the new, as a full build's holds it."""
    folder = _copy([], tmp_path / "folder")
    (folder / "tarrow.txt").write_text(CORRECTED, encoding="utf-8")
    _added(folder, "tarrow.txt", CORRECTED.replace(*edit), tmp_path, routes)


def test_a_replaced_article_that_loses_its_outlet(tmp_path, routes):
    """The new version prints a paragraph after its copyright line, so no outlet is read from it: the
    conflicts of its claims' groups (which did not change) name no outlet for it, as a full build's do."""
    stories = [HELDOUT / f"c10_zuiderveld_{n}.txt" for n in (1, 2, 3)]
    folder = _copy(stories, tmp_path / "folder")
    old = (folder / "c10_zuiderveld_1.txt").read_text(encoding="utf-8")
    grown = old.rstrip("\n") + "\n\nThe cooperative will publish its full accounts in the spring.\n"
    _added(folder, "c10_zuiderveld_1.txt", grown, tmp_path, routes)


def test_a_corrected_article_whose_conflicting_figure_keeps_its_claim(tmp_path, routes):
    """The new version edits a sentence after the figure it holds, in a group whose outlets disagree:
    the claim and its group stay as they were, yet the conflicts show the new sentence."""
    folder = _copy([HELDOUT / f"c12_mazowsze_{n}.txt" for n in (1, 2, 3)], tmp_path / "folder")
    old = (folder / "c12_mazowsze_2.txt").read_text(encoding="utf-8")
    new = old.replace("people at its plant", "people at its main plant")
    assert new != old
    _added(folder, "c12_mazowsze_2.txt", new, tmp_path, routes)


STOCK = "We remain focused on serving our customers and on the long-term health of the business."


def _stock_article(company: str, person: str, figure: int, *, named: bool = True, stock: bool = True) -> str:
    """A short article about one company in which its person prints the stock sentence (or the title alone says it)."""
    said = f"{person}, chief executive of {company}, said" if named else "the chief executive said"
    quote = STOCK if stock else f"Our plants in the north ran at {figure} percent of capacity."
    return (
        f"{company} reports {figure} percent rise in orders\n\n"
        f"{company} said on Tuesday that orders rose {figure} percent in the quarter.\n\n"
        f"\u201c{quote} We will say more in the spring,\u201d {said}.\n"
    )


# Companies sharing a word chain stories into one part ("Varnholt"); the others stand apart.
_STOCK_STORIES = [
    ("Varnholt Marine", "Ilse Brandauer"),
    ("Varnholt Cables", "Oskar Feldtmann"),
    ("Quillane Dairy", "Maeve Corrigan"),
    ("Tessaro Glass", "Bruno Valdani"),
    ("Quillane Foods", "Aoife Dunleavy"),
    ("Marrowby Rail", "Tomas Heskett"),
]


@pytest.mark.parametrize("how", ["added-first", "added-among", "added-last", "replaced-without-it", "replaced-unnamed"])
def test_a_stock_sentence_printed_by_many_stories(how, tmp_path, routes):
    """A sentence many articles print in several stories (a stock phrase, some of its printings given
    to no one by name): adding one more printing (before, among and after the others in the build's
    order), or replacing a printer with a version without it or without its speaker's name, regroups
    its printings as a full build groups them."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for number, (company, person) in enumerate(_STOCK_STORIES * 2):
        name = f"m{number:02d}_{company.split()[0].casefold()}.txt"
        (folder / name).write_text(_stock_article(company, person, 10 + number, named=number % 3 != 2), encoding="utf-8")
    if how.startswith("replaced"):
        text = _stock_article(
            "Varnholt Cables", "Oskar Feldtmann", 11, named=how != "replaced-unnamed", stock=how != "replaced-without-it"
        )
        _added(folder, "m01_varnholt.txt", text, tmp_path, routes)
        return
    name = {"added-first": "a00_new.txt", "added-among": "m05z_new.txt", "added-last": "z99_new.txt"}[how]
    new = tmp_path / "new" / name
    new.parent.mkdir()
    new.write_text(_stock_article("Quillane Dairy", "Maeve Corrigan", 41), encoding="utf-8")
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        grouped = connection.execute("SELECT max(article_count) FROM quote_groups").fetchone()[0]
    assert grouped >= 2  # the stock sentence is grouped across articles before the add
    add([new], folder, db, executor=SerialExecutor())
    shutil.copy(new, folder / new.name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]


@pytest.mark.parametrize("how", ["added-first", "added-last", "replaced-unnamed", "replaced-named"])
def test_a_stock_sentence_whose_printers_ids_sort_apart_from_their_files(how, tmp_path, routes, monkeypatch):
    """One company's stock sentence said by two of its people and printed once with no one named,
    the files named so that their articles' ids ("k", "k-k", "k-k-k") sort the other way round from
    their file names ("k-k-k.txt" < "k-k.txt" < "k.txt": a hyphen sorts before the stop). The unnamed
    printing joins the story part of whichever named printing the build meets last (here Anders
    Moe's, not Greta Lunde's). Another outlet prints the sentence lightly edited, so the add's matcher
    splits the wording into story parts to match the two. The add regroups as the build does, and
    takes those parts as its matcher made them: it made them of the printings in the build's order
    (file names); made in the ids' order they were another split, refused by `made`, and made again
    (the output the same, the work twice: the earlier stock test never reached `made`)."""
    from loaders.group.quotes import UnitMatcher

    taken: list[bool] = []
    made = UnitMatcher.made

    def recorded(self, text, members, items):
        units = made(self, text, members, items)
        if text.startswith("we remain focused"):
            taken.append(units is not None)
        return units

    monkeypatch.setattr(UnitMatcher, "made", recorded)
    folder = tmp_path / "folder"
    folder.mkdir()
    printers = [
        ("k-k-k-k", "Tessaro Glass", "Bruno Valdani", True),
        ("k-k-k", "Hallbeck Foods", "Greta Lunde", True),
        ("k-k", "Hallbeck Foods", "Anders Moe", True),
        ("k", "Hallbeck Foods", "Anders Moe", False),
    ]
    for stem, company, person, named in printers:
        (folder / f"{stem}.txt").write_text(_stock_article(company, person, 20 + len(stem), named=named), encoding="utf-8")
    # the sentence lightly edited by another outlet: the two wordings are matched, story part by story part
    edited = _stock_article("Tessaro Glass", "Bruno Valdani", 5).replace("health of the business", "health of our business")
    (folder / "k-k-k-k-k-k.txt").write_text(edited, encoding="utf-8")
    if how.startswith("replaced"):
        text = _stock_article("Hallbeck Foods", "Anders Moe", 7, named=how == "replaced-named")
        _added(folder, "k-k.txt", text, tmp_path, routes)
    else:
        name = {"added-first": "k-k-k-k-k-k-k.txt", "added-last": "z.txt"}[how]  # first and last in file name order
        _added(folder, name, _stock_article("Marrowby Rail", "Tomas Heskett", 41), tmp_path, routes)
    assert taken and all(taken), taken


# A group's id is its first member's (smallest article id, start, end): a member joining or leaving
# rewrites its own row and the group's, and the other members' rows only where the first member changes.
_DESKS = ["Aberdeen", "Bergen", "Cork", "Dundee", "Esbjerg", "Falmouth", "Galway", "Hull", "Inverness", "Kiel"]


def _one_story(number: int, stock: bool = True) -> str:
    """One article of a story six outlets tell alike: the same quote by the same person, the same figure."""
    return _stock_article("Varnholt Marine", "Ilse Brandauer", 12, stock=stock) + f"\nFiled from the {_DESKS[number]} desk.\n"


def _one_story_folder(tmp_path: Path, printers: int = 6) -> Path:
    """Articles of one story, each printing the same quote by the same person and the same figure."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for number in range(printers):
        (folder / f"m{number:02d}_varnholt.txt").write_text(_one_story(number), encoding="utf-8")
    return folder


def _written(monkeypatch) -> dict[str, list[dict]]:
    """The rows `add` writes, per table (inserted or replaced)."""
    from db.state import InPlace

    written: dict[str, list[dict]] = {}
    insert = InPlace.insert

    def recorded(self, table, rows, replace=False):
        written.setdefault(table, []).extend(rows)
        return insert(self, table, rows, replace)

    monkeypatch.setattr(InPlace, "insert", recorded)
    return written


def _groups(db: Path) -> dict[str, set]:
    with sqlite3.connect(db) as connection:
        return {
            "quote": {row for row in connection.execute("SELECT id, group_id, article_id FROM quote_group_members")},
            "claim": {row for row in connection.execute("SELECT id, group_id, article_id FROM claims")},
            "quote_groups": {row[0] for row in connection.execute("SELECT id FROM quote_groups WHERE article_count > 1")},
            "claim_groups": {row[0] for row in connection.execute("SELECT id FROM claim_groups WHERE article_count > 1")},
        }


def _first_members(db: Path) -> dict[str, dict[int, tuple[str, int, int]]]:
    """Each quote group's and claim group's first member: the smallest (article id, start, end) of
    its members' spans, read from the database; and every group's id asserted to be made of it alone."""
    from loaders.spans import content_id

    found: dict[str, dict[int, tuple[str, int, int]]] = {}
    with sqlite3.connect(db) as connection:
        for kind, members, groups in (
            ("quote_group", "quote_group_members", "quote_groups"),
            ("claim_group", "claims", "claim_groups"),
        ):
            first: dict[int, tuple[str, int, int]] = {}
            for group, *key in connection.execute(
                f"SELECT group_id, article_id, span_start, span_end FROM {members} WHERE group_id IS NOT NULL"
            ):
                first[group] = min(first.get(group, tuple(key)), tuple(key))
            assert set(first) == {row[0] for row in connection.execute(f"SELECT id FROM {groups}")}
            assert {group: content_id(kind, *key) for group, key in first.items()} == {group: group for group in first}
            found[kind] = first
    return found


def test_a_member_joining_a_big_group_rewrites_only_its_own_rows(tmp_path, routes, monkeypatch):
    """One more printing of a quote and a figure six articles print (its article last in the build's
    order): the groups keep their ids, and the add writes the new article's member rows and claims
    and the groups' rows (their counts), no other member's row."""
    folder = _one_story_folder(tmp_path)
    db = tmp_path / "added.db"
    build(folder, db, executor=SerialExecutor())
    before = _groups(db)
    assert before["quote_groups"] and before["claim_groups"]  # the quote and the figure are grouped across articles
    written = _written(monkeypatch)
    tmp_path_added = tmp_path / "second"
    tmp_path_added.mkdir()
    after_db = _added(folder, "z99_varnholt.txt", _one_story(8), tmp_path_added, routes)
    after = _groups(after_db)
    assert after["quote_groups"] == before["quote_groups"] and after["claim_groups"] == before["claim_groups"]
    assert before["quote"] < after["quote"] and before["claim"] < after["claim"]  # every earlier member row as it was
    assert {row["article_id"] for row in written["quote_group_members"]} == {"z99_varnholt"}
    assert {row["article_id"] for row in written["claims"]} == {"z99_varnholt"}
    assert {row["id"] for row in written["quote_groups"]} <= before["quote_groups"] | {
        group for _, group, article in after["quote"] if article == "z99_varnholt"
    }


def test_a_new_first_member_gives_the_group_its_id(tmp_path, routes):
    """The added printing sorts before every other (its article id first): the group takes the id of
    its new first member, and every member row the group's new id, as a full build gives them."""
    folder = _one_story_folder(tmp_path)
    db = tmp_path / "before.db"
    build(folder, db, executor=SerialExecutor())
    before = _groups(db)
    (tmp_path / "second").mkdir()
    added = _added(folder, "a00_varnholt.txt", _one_story(9), tmp_path / "second", routes)
    after = _groups(added)
    assert after["quote_groups"].isdisjoint(before["quote_groups"]) and after["claim_groups"].isdisjoint(before["claim_groups"])
    assert len(after["quote_groups"]) == len(before["quote_groups"]) and len(after["claim_groups"]) == len(before["claim_groups"])
    first = _first_members(added)  # every group's id is its first member's
    for kind, grouped in (("quote_group", "quote_groups"), ("claim_group", "claim_groups")):
        # the groups across articles: named by the added article's printing, which sorts first
        assert {first[kind][group][0] for group in after[grouped]} == {"a00_varnholt"}


def test_a_removal_that_splits_a_group(tmp_path, routes):
    """An article prints a quote twice (in its body and again below it); one other article printed it
    too, and its new version does not: the printings of one article alone form no group, so the group
    splits into one group per printing, each with its first member's id, as a full build gives them."""
    folder = tmp_path / "folder"
    folder.mkdir()
    twice = _one_story(0)
    twice += f"\n\u201c{STOCK}\u201d Brandauer said again at the close of the meeting.\n"
    (folder / "m02_varnholt.txt").write_text(twice, encoding="utf-8")
    (folder / "m01_varnholt.txt").write_text(_one_story(1), encoding="utf-8")
    db = tmp_path / "before.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        counts = [row[0] for row in connection.execute("SELECT quote_count FROM quote_groups WHERE article_count = 2")]
    assert 3 in counts  # the stock sentence: one group of three printings, two of them one article's
    (tmp_path / "second").mkdir()
    without = _one_story(1, stock=False)
    added = _added(folder, "m01_varnholt.txt", without, tmp_path / "second", routes)
    with sqlite3.connect(added) as connection:
        stock = connection.execute(
            "SELECT group_id, article_id, span_start, span_end FROM quote_group_members WHERE text LIKE 'We remain focused%'"
        ).fetchall()
    assert len({row[0] for row in stock}) == 2
    # each printing its own group, named by itself (its group's first and only member)
    first = _first_members(added)["quote_group"]
    assert {group: first[group] for group, *_ in stock} == {group: (article, start, end) for group, article, start, end in stock}


# One buyer's name in two orders: given name first in one article, family name first (the newswire's
# capitals) in the other; one quote printed by both, the two forms equally often in the pair.
OATS_GIVEN_FIRST = (
    "Hokuriku Mills signs for Scottish oats\n\n"
    "Hokuriku Mills will buy 40,000 tonnes of Scottish oats a year, said Aiko Tanabe, the company's chief buyer.\n\n"
    "\u201cWe want to know the farm behind every single flake,\u201d Tanabe said on Tuesday.\n\n"
    "\u201cThe oats will reach Sapporo by the end of July,\u201d Tanabe said. "
    "\u201cWe will pay in pounds, not in yen,\u201d she added.\n"
)
OATS_FAMILY_FIRST = (
    "Japanese miller turns to Scotland for oats\n\n"
    "ABERDEEN (Newswire) - A Japanese miller has agreed to take Scottish oats for five years.\n\n"
    "\u201cWe want to know the farm behind every single flake,\u201d Ms. TANABE said in Aberdeen.\n\n"
    "According to TANABE Aiko, chief buyer, the first ship leaves in June.\n\n"
    "\u201cScotland grows the oats our customers ask for,\u201d Ms. TANABE said.\n"
)


@pytest.mark.parametrize("added", ["aa_oats.txt", "zz_oats.txt"])
def test_a_name_in_two_orders_tied_within_its_group(added, tmp_path, routes):
    """A quote whose two printings name one person in two orders, each order as often in the two
    articles: `add` settles the tie as the build does, whichever article comes first."""
    folder = _copy([], tmp_path / "folder")
    (folder / "mm_oats.txt").write_text(OATS_GIVEN_FIRST, encoding="utf-8")
    db = _added(folder, added, OATS_FAMILY_FIRST, tmp_path, routes)
    with sqlite3.connect(db) as connection:
        speakers = {
            article: speaker
            for article, speaker in connection.execute(
                "SELECT article_id, speaker_id FROM quotes WHERE text LIKE '%single flake%'"
            )
        }
    assert len(speakers) == 2 and len(set(speakers.values())) == 1


# One buyer's name in two orders again, the tie within the group settled by quotes outside it: two English
# papers print "Réka Szalai" (one of them sharing a quote with the Hungarian paper, the other none), the
# Hungarian paper "Szalai Réka" in more quotes than the pair's English one. The corpus gives the English
# order more (six quotes to three), the shared quote's group one printing of each.
BUCKWHEAT_GIVEN_FIRST = (
    "Danube miller buys Polish buckwheat\n\n"
    "Dunavolgy Mills will buy 18,000 tonnes of Polish buckwheat over three years, said Réka Szalai, "
    "the company's head of purchasing.\n\n"
    "\u201cOur bakers asked for a grain that keeps its taste after a long winter,\u201d Szalai said on Monday.\n\n"
    "\u201cThe first barges leave Gdansk in April,\u201d Szalai said.\n"
)
BUCKWHEAT_ELSEWHERE = (
    "Buckwheat prices climb as buyers sign long contracts\n\n"
    "Réka Szalai, who runs purchasing at Dunavolgy Mills, told a grain conference in Vienna on Thursday "
    "that prices would keep rising.\n\n"
    "\u201cNobody wants to be left without a contract in a dry summer,\u201d Szalai said.\n\n"
    "\u201cWe pay a little more now so we pay much less later,\u201d Szalai said. "
    "\u201cThat is the whole idea,\u201d she added.\n"
)
BUCKWHEAT_FAMILY_FIRST = (
    "A Dunavolgy malom lengyel hajdinát vásárol - English edition\n\n"
    "Szerző: Berkes Ildikó\n\n"
    "The Dunavolgy Mills signed a three-year contract for Polish buckwheat, said its head of purchasing, Szalai Réka.\n\n"
    "\u201eOur bakers asked for a grain that keeps its taste after a long winter\u201d \u2013 said Szalai Réka to our paper.\n\n"
    "\u201eThe price is fixed for the first year\u201d \u2013 said Szalai Réka.\n\n"
    "\u201eWe will print the farm on every bag\u201d \u2013 said Szalai Réka in Szeged.\n"
)


@pytest.mark.parametrize("added", ["zz_family_first.txt", "pp_elsewhere.txt"])
def test_a_name_in_two_orders_tied_within_its_group_settled_outside_it(added, tmp_path, routes):
    """The tie of the shared quote's group goes to the order the whole corpus gives more, as the build
    settles it: `add` counts the quotes of an article that prints none of the group's utterances, whether
    it is in the folder (the Hungarian paper added) or is the one added (its quotes change the tally, and
    so the group's speaker, though add's regrouping reaches the group through no utterance)."""
    texts = {
        "mm_given_first.txt": BUCKWHEAT_GIVEN_FIRST,
        "pp_elsewhere.txt": BUCKWHEAT_ELSEWHERE,
        "zz_family_first.txt": BUCKWHEAT_FAMILY_FIRST,
    }
    folder = _copy([], tmp_path / "folder")
    for name, text in texts.items():
        if name != added:
            (folder / name).write_text(text, encoding="utf-8")
    db = _added(folder, added, texts[added], tmp_path, routes)
    with sqlite3.connect(db) as connection:
        speakers = dict(connection.execute("SELECT article_id, speaker_id FROM quotes WHERE text LIKE 'Our bakers asked%'"))
    assert speakers == {"mm_given_first": "réka-szalai", "zz_family_first": "réka-szalai"}


SECOND = "The yard at {desk} will take on forty welders before the winter."


def test_a_printing_joining_a_wording_reads_its_printings_group_members_not_their_articles(tmp_path, routes, monkeypatch):
    """One more printing of a quote six articles print, each of which prints a quote of its own too
    (in a group of one): the groups the wording's printings stood in are read through those printings'
    quotes, never as every member row of the printers; the add gives the full build's rows."""
    from db.state import InPlace

    folder = _one_story_folder(tmp_path)
    for number, path in enumerate(sorted(folder.iterdir())):
        own = SECOND.format(desk=_DESKS[number])
        path.write_text(path.read_text(encoding="utf-8") + f"\n\u201c{own}\u201d Brandauer said.\n", encoding="utf-8")
    asked: list[tuple[str, str, set]] = []
    rows = InPlace.rows

    def recorded(self, table, column, values):
        values = set(values)
        asked.append((table, column, values))
        return rows(self, table, column, values)

    monkeypatch.setattr(InPlace, "rows", recorded)
    (tmp_path / "second").mkdir()
    db = _added(folder, "z99_varnholt.txt", _one_story(8), tmp_path / "second", routes)
    by_article = set().union(
        *(values for table, column, values in asked if (table, column) == ("quote_group_members", "article_id"))
    )
    assert by_article <= {"z99_varnholt"}  # the written article's own, as it was
    with sqlite3.connect(db) as connection:
        counts = connection.execute(
            "SELECT g.article_count FROM quote_groups g JOIN quote_group_members m ON m.group_id = g.id "
            "WHERE m.text LIKE 'We remain focused%' GROUP BY g.id"
        ).fetchall()
        own = connection.execute(
            "SELECT COUNT(DISTINCT group_id), COUNT(*) FROM quote_group_members WHERE text LIKE '%forty welders%'"
        ).fetchone()
    assert counts == [(7,)]  # the stock quote: one group of its seven printers
    assert own == (6, 6)  # each printer's own quote in a group of its own


# The stock sentence lightly reworded: it shares most of its word pairs (blocking keys) with it.
VARIANT = STOCK.replace("serving our customers", "serving our clients")


def test_a_wording_sharing_many_keys_with_one_it_does_not_match_is_compared_once(tmp_path, routes, monkeypatch):
    """Another story's outlets print the stock sentence lightly reworded: the two wordings share most of
    their word pairs but not a story, so they never match. One more printing of the stock sentence
    compares its wording with the variant once, not once for each key they share; the add gives the
    full build's rows, the variant in a group of its own printers."""
    from loaders.group.quotes import UnitMatcher

    folder = _one_story_folder(tmp_path)
    for number, (company, person) in enumerate([("Quillane Dairy", "Maeve Corrigan")] * 2):
        text = _stock_article(company, person, 30 + number).replace(STOCK, VARIANT)
        (folder / f"q{number:02d}_quillane.txt").write_text(text + f"\nFiled from the {_DESKS[number]} desk.\n", encoding="utf-8")
    compared: list[tuple[str, str]] = []
    call = UnitMatcher.__call__

    def recorded(self, a, b):
        compared.append((a[0], b[0]))
        return call(self, a, b)

    monkeypatch.setattr(UnitMatcher, "__call__", recorded)
    (tmp_path / "second").mkdir()
    db = _added(folder, "z99_varnholt.txt", _one_story(8), tmp_path / "second", routes)
    with_variant = [pair for pair in compared if "clients" in pair[1]]
    assert len(with_variant) == 1, with_variant
    with sqlite3.connect(db) as connection:
        counts = connection.execute(
            "SELECT g.article_count FROM quote_groups g JOIN quote_group_members m ON m.group_id = g.id "
            "WHERE m.text LIKE 'We remain focused%' GROUP BY g.id ORDER BY 1"
        ).fetchall()
    assert counts == [(2,), (7,)]  # the variant's two printers, the stock sentence's seven


# A stock sentence many articles print: the add reads which wordings a blocking key holds, and an article
# printing each, from counts per wording, not from every printer's row.
_MANY_STORIES = [
    ("Varnholt Marine", "Ilse Brandauer"),
    ("Quillane Dairy", "Maeve Corrigan"),
    ("Tessaro Glass", "Bruno Valdani"),
    ("Marrowby Rail", "Tomas Heskett"),
    ("Ostergaard Paper", "Lene Ostergaard"),
]


def _many_printers(folder: Path, printers: int) -> None:
    for number in range(printers):
        company, person = _MANY_STORIES[number % len(_MANY_STORIES)]
        text = _stock_article(company, person, 10 + number, named=number % 4 != 3)
        (folder / f"m{number:03d}_{company.split()[0].casefold()}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("how", ["added-among", "added-last", "replaced-unnamed"])
def test_an_utterance_printed_by_many_articles_one_more_printing_joining_it(how, tmp_path, routes):
    """A sentence 70 articles print in five stories (a quarter of them with no one named): one more
    printing in one story (among and after the others in the build's order, or a printer replaced by
    a version naming no one) joins that story's group, as a full build groups it."""
    folder = tmp_path / "folder"
    folder.mkdir()
    _many_printers(folder, 70)
    if how == "replaced-unnamed":
        text = _stock_article("Tessaro Glass", "Bruno Valdani", 12, named=False)
        db = _added(folder, "m002_tessaro.txt", text, tmp_path, routes)
    else:
        name = {"added-among": "m034z_quillane.txt", "added-last": "z99_quillane.txt"}[how]
        db = _added(folder, name, _stock_article("Quillane Dairy", "Maeve Corrigan", 99), tmp_path, routes)
    with sqlite3.connect(db) as connection:
        counts = sorted(
            row[0]
            for row in connection.execute(
                "SELECT g.article_count FROM quote_groups g WHERE g.text LIKE 'We remain focused%' AND g.article_count > 1"
            )
        )
    assert len(counts) == 5 and sum(counts) == 70 + (how != "replaced-unnamed")  # one group a story


# One company buying another: its article names both, so its printing of the stock sentence ties the two
# stories' printings into one story part.
MERGER = (
    "Varnholt Marine agrees to buy Quillane Dairy\n\n"
    "Varnholt Marine said on Friday it would buy Quillane Dairy for an undisclosed sum.\n\n"
    "\u201c{stock} We will say more in the spring,\u201d said Ilse Brandauer, chief executive of Varnholt Marine.\n"
)


@pytest.mark.parametrize("added", ["a00_merger.txt", "m03z_merger.txt", "z99_merger.txt"])
def test_a_new_printing_that_joins_two_groups(added, tmp_path, routes):
    """Two stories print one sentence, each in a group of its own (no story word shared); an article
    naming both companies prints it too (first, among and last in the build's order): its printing ties
    the two stories into one part, and the two groups become one, as a full build groups them."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for number in range(6):
        company, person = _MANY_STORIES[number % 2]
        text = _stock_article(company, person, 10 + number)
        (folder / f"m{number:02d}_{company.split()[0].casefold()}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "before.db"
    build(folder, db, executor=SerialExecutor())
    query = "SELECT article_count FROM quote_groups WHERE text LIKE 'We remain focused%' AND article_count > 1"
    with sqlite3.connect(db) as connection:
        before = sorted(row[0] for row in connection.execute(query))
    assert before == [3, 3]
    (tmp_path / "second").mkdir()
    after_db = _added(folder, added, MERGER.format(stock=STOCK), tmp_path / "second", routes)
    with sqlite3.connect(after_db) as connection:
        after = sorted(row[0] for row in connection.execute(query))
    assert after == [7]


# Two outlets' versions of one sentence in one story, the words they share in pairs shared by as many
# other stories' wordings as the commonness limit allows (the limit set low): one more such wording makes
# every pair the two share too common to suggest a match, and they are no longer grouped.
PLANTS = "Our plants in the north ran at full capacity all through {season}."


def _plant_article(company: str, person: str, season: str) -> str:
    return (
        f"{company} keeps its plants busy\n\n{company} said on Monday that demand held up.\n\n"
        f"\u201c{PLANTS.format(season=season)}\u201d said {person}, chief executive of {company}.\n"
    )


@pytest.mark.parametrize("how", ["added", "replaced"])
def test_a_new_wording_that_makes_a_word_pair_too_common(how, tmp_path, routes, monkeypatch):
    """Two printings grouped through word pairs that few wordings share: an added article's wording
    sharing them makes those pairs too common, and the two stand apart; a replaced article's wording
    leaving them makes them few again, and the two are grouped. The add reads a key's wordings as
    counts (how many, whether an article not written prints one) and gives a full build's rows."""
    from loaders import incremental
    from loaders.group import quotes

    monkeypatch.setattr(quotes, "MAX_BLOCK", 3)
    monkeypatch.setattr(incremental, "MAX_BLOCK", 3)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "m01_varnholt.txt").write_text(_plant_article("Varnholt Marine", "Ilse Brandauer", "the spring"), encoding="utf-8")
    (folder / "m02_varnholt.txt").write_text(_plant_article("Varnholt Marine", "Ilse Brandauer", "spring"), encoding="utf-8")
    (folder / "m03_quillane.txt").write_text(_plant_article("Quillane Dairy", "Maeve Corrigan", "the winter"), encoding="utf-8")
    fourth = _plant_article("Tessaro Glass", "Bruno Valdani", "the summer")
    if how == "replaced":
        (folder / "m04_tessaro.txt").write_text(fourth, encoding="utf-8")
    query = "SELECT count(*) FROM quote_groups WHERE text LIKE 'Our plants%' AND article_count > 1"
    db = tmp_path / "before.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        before = connection.execute(query).fetchone()[0]
    assert before == (1 if how == "added" else 0)
    (tmp_path / "second").mkdir()
    if how == "added":
        after_db = _added(folder, "m04_tessaro.txt", fourth, tmp_path / "second", routes)
    else:
        quiet = fourth.replace(PLANTS.format(season="the summer"), "Demand for bottles held up in every market we serve.")
        after_db = _added(folder, "m04_tessaro.txt", quiet, tmp_path / "second", routes)
    with sqlite3.connect(after_db) as connection:
        after = connection.execute(query).fetchone()[0]
    assert after == 1 - before


@pytest.mark.parametrize(
    ("added", "how"),
    [
        ("c26_peipsi_2.txt", "new"),  # the outlet whose subjects differ joins the story last
        ("c26_peipsi_1.txt", "new"),  # one of those it agrees with joins last
        ("c26_esil_2.txt", "new"),
        ("c26_peipsi_3.txt", "cut"),  # a story's article loses its figures: its partners placed again
    ],
)
def test_an_article_joining_or_leaving_a_story_gives_the_full_build(added, how, tmp_path, routes):
    """The story-level subject step (`story_subjects`): a figure's other subjects come from the articles of its story;
    adding, or cutting, one of them places its partners' claims again, as a full build places them."""
    stories = sorted(HELDOUT.glob("c26_*.txt")) + sorted(HELDOUT.glob("c25_*.txt"))
    folder = _copy(stories, tmp_path / "folder")
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    changed = tmp_path / "changed" / added
    changed.parent.mkdir()
    old = (folder / added).read_text(encoding="utf-8")
    if how == "new":
        (folder / added).unlink()
        changed.write_text(old, encoding="utf-8")
    else:
        changed.write_text("\n\n".join(old.split("\n\n")[:3]) + "\n", encoding="utf-8")
    build(folder, db, executor=SerialExecutor())
    add([changed], folder, db, executor=SerialExecutor())
    shutil.copy(changed, folder / added)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]


_STORY_A = (
    "Osprey Cables buys Tarlow Mills\n\nOsprey Cables is buying Tarlow Mills for $48.5 million, the companies said"
    " on Monday.\n\nTurun Lampo Oy had sales of $164.2 million last year.\n"
)
_STORY_B = (
    "Tarlow Mills sold\n\nTarlow Mills is being sold to Osprey Cables for {price}, the buyer said.\n\n"
    "Turku Heating Ltd had sales of $164.2 million last year.\n"
)
_OTHER = "Fenwick Yarns hires\n\nFenwick Yarns will hire 40 people at its Brisley plant this year.\n"


@pytest.mark.parametrize(
    "rewritten",
    [
        _STORY_B.format(price="$51.2 million"),  # the second shared sum rewritten: the story ends
        "Tarlow Mills sold\n",  # cut to its headline: all its figures gone
    ],
)
def test_a_story_that_ends_places_its_former_partners_again(rewritten, tmp_path, routes):
    """A two-article story (two shared sums, a name both print) that a rewrite ends: the other article's claims
    lose the subjects the story gave them, as in a full build (review c26 H3)."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, text in (("s1_a.txt", _STORY_A), ("s1_b.txt", _STORY_B.format(price="$48.5 million")), ("s1_c.txt", _OTHER)):
        (folder / name).write_text(text, encoding="utf-8")
    _added(folder, "s1_b.txt", rewritten, tmp_path, routes)


# A widely named subject's block: suppliers' figures, each mainly about its own company, stand in the block of the
# retailer their sentences name beside their own; the retailer's own figures (two outlets' and a third's) make its
# groups there. An add regroups that block whole; the groups it gives as they were stored keep their rows.
_SUPPLIERS = [
    ("Ardmore Castings", 6),
    ("Belvane Textiles", 6),
    ("Corrin Plastics", 5),
    ("Dunraven Foods", 30),
    ("Elstow Paper", 31),
    ("Farnley Glass", 2),
    ("Gorsedd Cables", 90),
    ("Hathern Steel", 7),
    ("Inchbrook Dairy", 12),
    ("Jervaulx Timber", 55),
]


def _supplier(company: str, figure: int) -> str:
    return (
        f"{company} lifts orders\n\n"
        f"{company}, which supplies Pellham Retail, said on Monday that its orders rose {figure} percent in the quarter.\n"
    )


def _retailer(desk: str) -> str:
    return (
        "Pellham Retail orders climb\n\n"
        "Pellham Retail said on Tuesday that its orders rose 6 percent in the quarter.\n\n"
        f"Its sales fell 30 percent, the retailer said.\n\nFiled from the {desk} desk.\n"
    )


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        ("m10_kelmscott.txt", _supplier("Kelmscott Print", 300), 11),  # joins the block, no group
        ("a00_kelmscott.txt", _supplier("Kelmscott Print", 6), 3),  # joins the orders group as its first member
        ("z99_kelmscott.txt", _supplier("Kelmscott Print", 6), 3),  # ... as its last
        ("m05_farnley.txt", _supplier("Farnley Glass", 6), 3),  # a replaced claim moves into the orders group
        ("m00_ardmore.txt", _supplier("Ardmore Castings", 300), 3),  # ... out of it
        ("m00_ardmore.txt", "Ardmore Castings lifts orders\n", 3),  # its claim gone with its article's text
        # its claim in the group it stood in, at the same place, its row not (a source named): the group written again
        ("m01_belvane.txt", _supplier("Belvane Textiles", 6).replace(" quarter.", " quarter, according to Halvard Data."), 3),
        ("p03_pellham.txt", _retailer("Dundee"), 0),  # a third outlet's printings join both groups
    ],
    ids=[
        "added-apart",
        "added-first",
        "added-last",
        "replaced-into",
        "replaced-out-of",
        "replaced-cut",
        "replaced-source",
        "added-owner",
    ],
)
def test_a_claim_in_a_widely_named_subjects_block(name, text, kept, tmp_path, routes):
    """The add regroups the retailer's block (its claims and the suppliers' that name it), and gives a full build's
    rows; the groups that come out with the members they had, none of them changed, are kept as stored (their rows
    neither made again nor compared: `kept` claims), and a group a claim left, joined or lost with its article's text
    is written again."""
    from loaders.progress import Progress

    class Recorded(Progress):
        def __init__(self) -> None:
            self.enabled, self.messages = True, []

        def step(self, message: str) -> None:
            self.messages.append(message)

        def done(self, message: str) -> None:
            self.messages.append(message)

    folder = tmp_path / "folder"
    folder.mkdir()
    for number, (company, figure) in enumerate(_SUPPLIERS):
        (folder / f"m{number:02d}_{company.split()[0].casefold()}.txt").write_text(_supplier(company, figure), encoding="utf-8")
    for number, desk in enumerate(["Aberdeen", "Bergen", "Cork"]):
        (folder / f"p{number:02d}_pellham.txt").write_text(_retailer(desk), encoding="utf-8")
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    with sqlite3.connect(db) as connection:
        groups = sorted(connection.execute("SELECT metric, claim_count FROM claim_groups WHERE claim_count > 1"))
    assert groups == [("amount change", 8), ("sales change", 3)]  # the retailer's orders (suppliers' too) and sales
    new = tmp_path / "new" / name
    new.parent.mkdir()
    new.write_text(text, encoding="utf-8")
    progress = Recorded()
    add([new], folder, db, progress, executor=SerialExecutor())
    shutil.copy(new, folder / name)
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)
    assert routes == ["in place"]
    regrouped = [message for message in progress.messages if message.startswith("regrouping") and "claims" in message]
    assert regrouped and regrouped[0].endswith(f"({kept} in groups kept as stored)"), regrouped


def _own_orders(company: str, desk: str) -> str:
    return (
        f"{company} orders climb\n\n{company} said on Tuesday that its orders rose 6 percent in the quarter.\n\n"
        f"Filed from the {desk} desk.\n"
    )


def _supplies(company: str, customer: str) -> str:
    return (
        f"{company} lifts orders\n\n"
        f"{company}, which supplies {customer}, said on Monday that its orders rose 6 percent in the quarter.\n"
    )


def test_a_rewrite_that_moves_a_claim_between_two_tied_groups(tmp_path, routes):
    """Two companies' orders groups of two outlets each; a third article's figure names both and stands, by its main
    subject, in the first's group. Rewritten with the two names swapped (same span, same claim), it moves to the
    second's: the group it left loses it and is written again, as a full build has it (review s23 H1)."""
    first, second = "Brisley Foods", "Fenwick Steel"
    assert len(first) == len(second)  # the figure's span (and the claim's id) unchanged by the swap
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, company, desk in (
        ("m1.txt", first, "Aberdeen"),
        ("m2.txt", first, "Bergen"),
        ("m3.txt", second, "Cork"),
        ("m4.txt", second, "Dover"),
    ):
        (folder / name).write_text(_own_orders(company, desk), encoding="utf-8")
    (folder / "z9.txt").write_text(_supplies(first, second), encoding="utf-8")
    _added(folder, "z9.txt", _supplies(second, first), tmp_path, routes)


def test_a_group_kept_in_error_is_made_again(tmp_path, routes, monkeypatch):
    """The guard behind the rule above: were a group a changed claim left taken as kept (the changed claims' stored
    options not looked at), its stored id is among the stored groups of the claims written again, so it is made
    again, and the add still gives the full build's rows."""
    from loaders import incremental

    unguarded = incremental._kept_group
    monkeypatch.setattr(
        incremental, "_kept_group", lambda where, now, stood_in, changed, left: unguarded(where, now, stood_in, changed, set())
    )
    test_a_rewrite_that_moves_a_claim_between_two_tied_groups(tmp_path, routes)


def test_a_stored_claim_whose_short_name_resolves_otherwise_between_two_tied_groups(tmp_path, routes):
    """As above, but the third article is not written again: its figure names one company by a short name, which a new
    article's company of the same first word makes resolve otherwise (to the short name's own organisation), so its
    stored claim is reached, its main subject changed, in a block of two groups of equal size: the add gives the full
    build's rows (review s23 M2)."""
    first, second = "Brisley Foods", "Fenwick Steel"
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, company, desk in (
        ("m1.txt", first, "Aberdeen"),
        ("m2.txt", first, "Bergen"),
        ("m3.txt", second, "Cork"),
        ("m4.txt", second, "Dover"),
    ):
        (folder / name).write_text(_own_orders(company, desk), encoding="utf-8")
    (folder / "z9.txt").write_text(
        "Brisley lifts orders\n\nBrisley, which supplies Fenwick Steel, said on Monday that its orders rose 6 percent"
        " in the quarter.\n",
        encoding="utf-8",
    )
    _added(
        folder, "n1.txt", "Brisley Mills hires\n\nBrisley Mills will hire 40 people at its plant this year.\n", tmp_path, routes
    )


_DEAL = "Osprey Cables is buying Tarlow Mills for $48.5 million. Tarlow Mills had revenue of $118.9 million. "
_DEAL_B = "Tarlow Mills is being sold to Osprey Cables for $48.5 million. Tarlow Mills had revenue of $118.9 million. "


def test_a_block_regrouped_reads_back_its_joining_claims_story_subjects(tmp_path, routes):
    """Two articles of one story print a profit, one of them as its owner's; a third prints the owner's profit
    misprinted. Adding an article about the owner regroups its block without touching the story: the story's claim
    needs its story subjects read back before the block is grouped (a misprint joins only outlets that agree without
    the story's claim), so the third stays apart, as in a full build (review s23 M1)."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, text in (
        ("a.txt", "Tarlow Mills deal\n\n" + _DEAL + "Tarlow Mills made a net profit of 412 billion won last year.\n"),
        (
            "b.txt",
            "Tarlow Mills sold\n\n" + _DEAL_B + "Brisley Holdings, its owner, made a net profit of 412 billion won last year.\n",
        ),
        ("c.txt", "Brisley results\n\nBrisley Holdings made a net profit of 41.2 billion won last year, Fenwick Radio said.\n"),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    added = "Brisley plant\n\nBrisley Holdings will spend 5 billion won on a plant in Fenwick, the company said.\n"
    db = _added(folder, "d.txt", added, tmp_path, routes)
    with sqlite3.connect(db) as connection:
        counts = [count for (count,) in connection.execute("SELECT claim_count FROM claim_groups")]
    assert max(counts) == 2  # the misprint did not join the story's two printings
