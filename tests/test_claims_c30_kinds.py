"""The c30 round's kinds (a takeover told by three outlets), on short original sentences: a known town before an
organisation's unit ("the chairwoman of the Pécs branch", "the head of the Lyon office") names where the unit is, no
organisation, so a union's or a bank's local unit does not make its town every figure's subject; a holiday printed
twice ("Christmas", "Easter") is no organisation, nor a figure's subject; the word after a nationality opening a name
("Vantor" of "the Finnish Vantor Foods Oyj") printed alone is that company; in grouping, a company's name opening with
a nationality is also the name without it where another page names the company so, so the buyer an outlet calls by
its nationality is the company the other outlets name. Must-nots: a branch's own name
("the Tessmark branch" of no known town), a company named after a holiday beside its company word ("Easter Foods
Ltd"), a common word opening a sentence ("Seafood exports"), a national body's name ("Danish Seafood Association"),
a rest no page names, one word long ("Swiss Re") or opening with a nationality, a takeover's two companies kept apart
(the buyer's staff not the target's)."""

from __future__ import annotations

import sqlite3

from loaders.build import build
from loaders.clean import layout
from loaders.executors import SerialExecutor
from loaders.extract.entities import find_entities
from loaders.group.claims import _with_shorter_names


def _organisations(text: str) -> list[str]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return [m.name for m in entities.mentions if m.kind == "organisation"]


def _built(tmp_path, articles: dict[str, str]) -> sqlite3.Connection:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(f"{name.upper()} NEWS\n\n{text}", encoding="utf-8")
    db = tmp_path / "c30.db"
    build(folder, db, executor=SerialExecutor())
    return sqlite3.connect(db)


# --- a town before an organisation's unit ----------------------------------------------------------------------------


def test_a_town_before_a_branch_is_no_organisation():
    text = (
        "The union's members met on Monday. Chairwoman of the Pécs branch Anna Kerekes said the workers want a pay rise.\n\n"
        "The Pécs branch has 300 members."
    )
    assert "Pécs" not in _organisations(text)


def test_a_town_before_an_office_is_no_organisation():
    text = "The head of the Lyon office Marc Duval said sales rose. The Lyon office employs 40 people."
    assert "Lyon" not in _organisations(text)


def test_a_name_before_a_branch_that_is_no_town_stays_an_organisation():
    """Must-not: a word no list knows as a town, before "branch", is still read by the title before it."""
    text = "The chairman of the Tessmark branch Jo Hale spoke. Tessmark said the branch would stay open."
    assert "Tessmark" in _organisations(text)


# --- holidays ---------------------------------------------------------------------------------------------------------


def test_a_holiday_printed_twice_is_no_organisation():
    text = "Sales rose before Christmas. The Christmas bonus of 200 euros will be paid in December."
    assert "Christmas" not in _organisations(text)
    text = "The plant shuts for Easter. After Easter the line will run on three shifts."
    assert "Easter" not in _organisations(text)


def test_a_company_named_after_a_holiday_keeps_its_name():
    """Must-not: a holiday's word in a company's name with its legal form stays the company's."""
    text = "Easter Foods Ltd said sales rose. Easter Foods Ltd employs 120 people."
    assert "Easter Foods" in _organisations(text)


# --- a nationality before a company's name ---------------------------------------------------------------------------


def _organisation_mentions(text: str) -> list[tuple[str, str]]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return [(m.span.of(text), m.name) for m in entities.mentions if m.kind == "organisation"]


def test_a_name_after_a_nationality_printed_alone_is_that_company():
    text = "The factory is sold to the Finnish Vantor Foods Oyj, the owners said. We ask Vantor to sign a guarantee."
    assert ("Vantor", "Finnish Vantor Foods") in _organisation_mentions(text)


def test_a_common_word_after_a_nationality_is_no_short_name():
    """Must-nots: a common word opening a sentence ("Seafood exports rose") is no short name of "the Danish Seafood
    Association"; a nationality after a nationality ("British American Tobacco") opens nothing."""
    text = "The Danish Seafood Association met in Esbjerg. Seafood exports rose by 4% last year."
    assert not any(printed == "Seafood" for printed, _ in _organisation_mentions(text))
    text = "British American Tobacco plc said sales fell. American farmers sold less leaf."
    assert not any(printed == "American" for printed, _ in _organisation_mentions(text))


def test_a_name_opening_with_a_nationality_is_also_the_name_another_page_prints():
    known = {"vantor-foods", "vantor-foods-oyj"}
    assert "vantor-foods" in _with_shorter_names("finnish-vantor-foods", known)
    assert "vantor-foods-oyj" in _with_shorter_names("finnish-vantor-foods-oyj", known)


def test_a_national_bodys_nationality_is_its_name():
    """Must-nots: a national body's name keeps its nationality ("Danish Seafood Association" is not another
    country's "Seafood Association"); a rest no page names, one word long, or opening with a nationality is no name."""
    assert _with_shorter_names("danish-seafood-association", {"seafood-association"}) == ("danish-seafood-association",)
    assert _with_shorter_names("british-plastics-federation", {"plastics-federation"}) == ("british-plastics-federation",)
    assert _with_shorter_names("finnish-vantor-foods", {"kellin-foods"}) == ("finnish-vantor-foods",)
    assert _with_shorter_names("swiss-re", {"re"}) == ("swiss-re",)
    assert _with_shorter_names("saudi-british-bank-group", {"british-bank-group"}) == ("saudi-british-bank-group",)


def test_the_buyer_called_by_its_nationality_groups_with_its_name(tmp_path):
    connection = _built(
        tmp_path,
        {
            "one": "Vantor Foods said on Monday it had 4,300 employees at the end of the year.",
            "two": "The factory is sold to the Finnish Vantor Foods, which has 4,300 employees in seven countries.",
        },
    )
    groups = {
        article: group for article, group in connection.execute("SELECT article_id, group_id FROM claims WHERE value = 4300")
    }
    assert groups["one"] == groups["two"]


def test_the_buyers_staff_do_not_join_the_targets(tmp_path):
    """Must-not: a takeover's buyer's staff and the target's staff, printed by two outlets, stay two figures."""
    connection = _built(
        tmp_path,
        {
            "one": "Vantor Foods Oyj agreed to buy Kellin Keksz Zrt. Kellin Keksz Zrt. employs 820 people. "
            "Vantor Foods Oyj has 4,300 employees.",
            "two": "The Finnish Vantor Foods Oyj buys the factory. Vantor has 4,300 employees. "
            "Kellin Keksz Zrt. employs 870 people.",
        },
    )
    groups = {
        value: group
        for value, group in connection.execute("SELECT value, group_id FROM claims WHERE unit IN ('people', 'employees')")
    }
    assert groups[4300] != groups[820]
    assert groups[4300] != groups[870]


# --- (fixc30) two nationalities' companies sharing the rest of their names -------------------------------------------


def test_a_rest_two_nationalities_share_is_neither_companys_name():
    """Must-not: where "the Danish Halvor Dairy" and "the Norwegian Halvor Dairy" both reduce to "halvor-dairy", the
    rest names neither: one nationality's company is not the other's."""
    known = {"halvor-dairy", "danish-halvor-dairy", "norwegian-halvor-dairy"}
    assert "halvor-dairy" not in _with_shorter_names("danish-halvor-dairy", known)
    assert "halvor-dairy" not in _with_shorter_names("norwegian-halvor-dairy", known)


def test_two_nationalities_companies_sharing_a_rest_stay_apart(tmp_path):
    """Must-not: the Danish company's staff and the Norwegian company's staff are not one figure told twice, nor a
    disagreement, though a third page prints the rest alone."""
    connection = _built(
        tmp_path,
        {
            "one": "The Danish Halvor Foods A/S bought a cheese plant. The Danish Halvor Foods A/S has 3,900 employees.",
            "two": "Halvor Foods said on Monday it had 3,900 employees at the year's end.",
            "three": "The Norwegian Halvor Foods AS, a milk group based in Bergen, said it has 1,800 employees.",
            "four": "The Norwegian Halvor Foods AS said it has 1,850 employees after shutting a plant in Voss.",
        },
    )
    groups = dict(connection.execute("SELECT article_id, group_id FROM claims WHERE unit IN ('people', 'employees')"))
    assert groups["one"] != groups["three"]
    assert groups["one"] != groups["four"]
    assert groups["two"] != groups["three"]


def test_a_word_two_nationalities_names_share_printed_alone_is_neither():
    """Must-not: "Halvor" beside "the Danish Halvor Foods" and "the Norwegian Halvor Foods" may be either company, so it
    is neither; one nationality's name alone still gives its word (above)."""
    text = (
        "The Danish Halvor Foods A/S said its sales rose. Halvor said it would hire 60 people. "
        "The Norwegian Halvor Foods AS said its sales fell."
    )
    assert not any(printed == "Halvor" for printed, _ in _organisation_mentions(text))


# --- (fixc30) "branch" and "office" after a town, and only there -----------------------------------------------------


def _places(text: str) -> list[str]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return [m.span.of(text) for m in entities.mentions if m.kind == "place"]


def test_a_company_after_branch_at_or_office_at_is_no_place():
    """Must-nots: "branch" and "office" name a town's unit only after the town; "the branch at X" is no site at a
    place, so the company X stays no place."""
    text = "The branch at Santander in Leeds will close. Santander said 40 branches would close."
    assert "Santander" not in _places(text)
    text = "The office at Nordvik in Oslo will close. Nordvik said 40 jobs would go."
    assert "Nordvik" not in _places(text)
    text = "He ran the branch at Barclays in Leeds for ten years."
    assert "Barclays" not in _places(text)


def test_a_town_before_a_companys_office_is_no_organisation():
    """The town before "office" where the company is named beside it: the town is where the office is."""
    text = "Halworth Bank said its Derby office would shut in May. The Derby office has 200 staff."
    assert "Derby" not in _organisations(text)


def test_a_two_letter_word_after_a_nationality_is_no_short_name():
    """Must-not: a word of two letters after a nationality ("Re" of "Swiss Re Group") is no short name printed
    alone: such a word is too often something else ("Re:" of a letter's subject line)."""
    text = "The Swiss Re Group said claims rose in May. Re said nothing more about the storm."
    assert not any(printed == "Re" for printed, _ in _organisation_mentions(text))
