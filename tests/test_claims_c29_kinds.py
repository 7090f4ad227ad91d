"""The c29 round's kinds, on short original sentences: the euro's code written in lower case after a sum ("7,8 million
eur", as Slovak, Czech and Baltic pages and their translations print it); a company's description ("the company",
"the investor") on a public body's page standing for the company the page named, never for the public body (a
government approving aid for a company: the plant's jobs are the company's); a name of generic words alone
("Government", which some page prints as a name) no shorter name of every government's, so two countries' figures do
not meet under it; and a filing's defined party ("the Issuer") listed before another party's name no part of that name.
Must-nots: "Eur" capitalised or joined by a hyphen ("3 Eur awards", "19 eur-area countries"), a public body's own description ("the ministry"), a
sentence naming its own company, a company's page, a name and its shorter name, a body's name holding a list."""

from __future__ import annotations

import sqlite3

from loaders.build import build
from loaders.clean import layout
from loaders.executors import SerialExecutor
from loaders.extract.entities import find_entities
from loaders.group.claims import _with_shorter_names
from tests.test_claims import claims_of


def _built(tmp_path, articles: dict[str, str]) -> sqlite3.Connection:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(f"{name.upper()} NEWS\n\n{text}", encoding="utf-8")
    db = tmp_path / "c29.db"
    build(folder, db, executor=SerialExecutor())
    return sqlite3.connect(db)


def _subject(connection: sqlite3.Connection, article: str, value: float) -> str | None:
    (row,) = connection.execute("SELECT subject_id FROM claims WHERE article_id = ? AND value = ?", (article, value)).fetchall()
    return row[0]


# --- the euro's code in lower case -----------------------------------------------------------------------------------


def test_a_sum_in_lower_case_eur_is_in_euros():
    assert [(c.value, c.unit) for c in claims_of("The agency granted 7,8 million eur for the mill.")] == [(7.8e6, "EUR")]
    assert [(c.value, c.unit) for c in claims_of("The mill will cost 63,2 mil. eur in all.")] == [(63.2e6, "EUR")]


def test_more_lower_case_eur_sums_read():
    assert [(c.value, c.unit) for c in claims_of("A loan of 2,6 mld. eur was signed.")] == [(2.6e9, "EUR")]
    assert [(c.value, c.unit) for c in claims_of("The flat costs 1 450 eur a month.")] == [(1450, "EUR")]
    assert [(c.value, c.unit) for c in claims_of("The mill paid 14 million eur.")] == [(14e6, "EUR")]
    assert [(c.value, c.unit) for c in claims_of("The share closed at 3,17 EUR on Monday.")] == [(3.17, "EUR")]


def test_eur_capitalised_or_joined_by_a_hyphen_is_no_euro():
    """Must-not: "Eur" capitalised after a number is another word's ("Eur area", "Eur awards"), and "eur-area" a
    describing word: the count stays a count of its noun."""
    assert [(c.value, c.unit) for c in claims_of("The bank said 45 Eur area banks failed the test.")] == [(45, "banks")]
    assert [(c.value, c.unit) for c in claims_of("The firm won 3 Eur awards.")] == [(3, "awards")]
    assert [(c.value, c.unit) for c in claims_of("Some 3 Eur-bound trains were cancelled.")] == [(3, "trains")]
    assert [(c.value, c.unit) for c in claims_of("A 30 Eur Ing candidates sat the exam.")] == [(30, "candidates")]
    assert [c.unit for c in claims_of("Some 12 Europeans and 3 Eur. nationals were hurt.")] == []
    assert [(c.value, c.unit) for c in claims_of("The 19 eur-area countries agreed.")] == [(19, "countries")]
    assert [(c.value, c.unit) for c in claims_of("It sold 7 eur-denominated bonds.")] == [(7, "bonds")]


def test_the_upper_case_code_still_reads():
    assert [(c.value, c.unit) for c in claims_of("The grant makes 7.8 million EUR.")] == [(7.8e6, "EUR")]


# --- a company's description on a public body's page ---------------------------------------------------------------

RELEASE = (
    "The Ministry of Industry approved state aid of $6 million for the company Kormo Pellets Ltd on Monday.\n\n"
    "The mill will cost $52 million in all. The investor pledged 40 jobs.\n"
)


def test_the_investor_on_a_ministrys_page_is_the_company_it_named(tmp_path):
    connection = _built(tmp_path, {"a": RELEASE})
    assert _subject(connection, "a", 40) == "kormo-pellets"


def test_the_company_in_the_public_bodys_paragraph_is_the_company(tmp_path):
    text = (
        "The Ministry of Industry approved state aid for the company Kormo Pellets Ltd on Monday. The company will"
        " employ 96 people at the mill.\n"
    )
    connection = _built(tmp_path, {"a": text})
    assert _subject(connection, "a", 96) == "kormo-pellets"


def test_the_ministry_named_by_its_own_description_keeps_its_figure(tmp_path):
    """Must-not: "the ministry" is the public body's own description."""
    text = (
        "The Ministry of Industry approved state aid for the company Kormo Pellets Ltd on Monday. The ministry"
        " employs 96 people in its aid department.\n"
    )
    connection = _built(tmp_path, {"a": text})
    assert _subject(connection, "a", 96) == "ministry-of-industry"


MINISTRY = "The Ministry of Economy approved state aid for the company Kormo Pellets Ltd on Monday. "
REGULATOR = "The Energy Regulatory Office fined Kormo Power Ltd on Monday. "
COUNCIL = "Thunder Vale Council approved plans by Kormo Homes Ltd on Monday. "


def test_the_developer_opening_a_councils_sentence_is_the_company(tmp_path):
    connection = _built(tmp_path, {"a": COUNCIL + "The developer will build 240 homes.\n"})
    assert _subject(connection, "a", 240) == "kormo-homes"


def test_a_description_later_in_the_public_bodys_own_sentence_leaves_it_its_figure(tmp_path):
    """Must-not: the sentence's subject is the public body (its own noun, or a description of it); a company's
    description only later in it ("and the company will get part of it"), or a phrase holding the word ("the business
    climate"), does not make the figure the company's."""
    connection = _built(
        tmp_path,
        {
            "a": MINISTRY + "The ministry has a budget of $900 million this year, and the company will get part of it.\n",
            "b": REGULATOR + "The regulator, which has 300 staff, said the company broke the rules.\n",
            "c": MINISTRY + "The ministry, the largest investor in the region, has spent $90 million since 2020.\n",
            "d": COUNCIL + "The council expects to collect $2 million in taxes from the developer.\n",
            "e": MINISTRY + "The aid will improve the business climate, the ministry expects 300 new jobs in the region.\n",
        },
    )
    assert _subject(connection, "a", 900e6) == "ministry-of-economy"
    assert _subject(connection, "b", 300) == "energy-regulatory-office"
    assert _subject(connection, "c", 90e6) == "ministry-of-economy"
    assert _subject(connection, "d", 2e6) == "thunder-vale-council"
    assert _subject(connection, "e", 300) == "ministry-of-economy"


def test_a_description_after_two_companies_named_is_not_the_latest(tmp_path):
    """Must-not: where the public body's paragraph named two companies (the aid's recipient and a rival), "the
    company" is not simply the latest of them."""
    text = (
        "The Ministry of Economy approved state aid of $4 million for the company Kormo Pellets Ltd on Monday. Tessel"
        " Timber Ltd, a rival, had also applied. The company will employ 85 people.\n"
    )
    connection = _built(tmp_path, {"a": text})
    assert _subject(connection, "a", 85) != "tessel-timber"


def test_a_sentence_naming_its_own_company_keeps_it(tmp_path):
    """Must-not: the sentence names the company whose figure it is."""
    text = RELEASE + "\nTessel Timber, which supplies the logs, employs 275 people.\n"
    connection = _built(tmp_path, {"a": text})
    assert _subject(connection, "a", 275) == "tessel-timber"


def test_a_companys_own_page_keeps_the_company_it_is_about(tmp_path):
    """Must-not: on a company's page the paragraph naming its own company keeps the company's description its own."""
    text = (
        "Tessel Timber Ltd said on Monday it will build a sawmill at Brackenford, the third of Tessel Timber. The company will"
        " employ 96 people there.\n"
    )
    connection = _built(tmp_path, {"a": text})
    assert _subject(connection, "a", 96) == "tessel-timber"


# --- a generic word is no short form of a body's name ----------------------------------------------------------------


def test_a_generic_word_is_no_shorter_name_of_a_governments_name():
    """Must-not: a page's bare "Government" (an organisation the corpus knows) is no shorter name of two countries'
    governments, whose figures would meet under it (one country's aid costs beside another's ferry investment)."""
    known = {"government", "government-of-tessaly", "government-of-orvalia", "national-bank", "national-bank-of-orvalia"}
    assert _with_shorter_names("government-of-tessaly", known) == ("government-of-tessaly",)
    assert _with_shorter_names("national-bank-of-orvalia", known) == ("national-bank-of-orvalia",)


def test_a_name_and_its_shorter_name_still_meet(tmp_path):
    """Must: "Kormo Pellets Group" is still "Kormo Pellets" named more fully."""
    assert _with_shorter_names("kormo-pellets-group", {"kormo", "kormo-pellets"}) == (
        "kormo-pellets-group",
        "kormo",
        "kormo-pellets",
    )
    a = "Kormo Pellets Group said on Monday that Kormo Pellets Group will invest 17.5 million euros in a mill.\n"
    b = "Kormo Pellets said on Tuesday that Kormo Pellets will invest 17.5 million euros in a new mill.\n"
    connection = _built(tmp_path, {"a": a, "b": b})
    assert _groups_of(connection, "EUR") == [2]


def _groups_of(connection: sqlite3.Connection, unit: str) -> list[int]:
    """The article count of each group holding a claim in `unit`."""
    rows = connection.execute(
        "SELECT DISTINCT g.id, g.article_count FROM claims c JOIN claim_groups g ON g.id = c.group_id WHERE c.unit = ?",
        (unit,),
    ).fetchall()
    return sorted(count for _, count in rows)


# --- a filing's defined party listed before another party ------------------------------------------------------------


def _organisations(text: str) -> list[str]:
    entities = find_entities(text, layout(text).paragraphs, {})
    return [m.name for m in entities.mentions if m.kind == "organisation"]


def test_a_defined_party_and_another_party_are_two_names():
    text = 'Kormo Timber Ltd (the "Company") said on Monday the Company and Tessel Holz GmbH signed a deal.'
    assert "Tessel Holz" in _organisations(text)
    assert not any(name.startswith("Company and") for name in _organisations(text))


def test_a_name_holding_a_list_keeps_it():
    """Must-not: a body's name holding a list of its fields, or a place and its district."""
    assert "Culture, Media and Sport Committee" in _organisations(
        "The report of the Culture, Media and Sport Committee came out."
    )
    assert "Thunder Vale and District Council" in _organisations("Fees of the Thunder Vale and District Council rose.")


def test_a_party_term_the_page_does_not_define_stays_part_of_the_name():
    """Must-not: with no '(the "Bank")' on the page, "Bank", "Trust", "Lender", "Fund" before "and" are a name's own
    words (a body named by a list), and a bare generic word is no organisation of its own."""
    assert "Bank and Trust Company of Orvalia" in _organisations("The deal was backed by the Bank and Trust Company of Orvalia.")
    assert "Trust and Estate Practitioners Society" in _organisations("The Trust and Estate Practitioners Society met in London.")
    assert "Lender and Borrower Association" in _organisations("The Lender and Borrower Association said rates rose.")
    assert "Bank and Building Society Association" in _organisations("The Bank and Building Society Association said rates fell.")
    assert "Fund and Foundation Group" in _organisations("The Fund and Foundation Group rose.")
    assert "Bank" not in _organisations("Loans from the Bank and Kormo Finance Ltd rose.")


def test_a_party_term_defined_only_after_stays_part_of_the_name():
    """Must-not: a term the page defines only later is no defined party where it stands before its definition."""
    text = 'The Bank and Trust Company of Orvalia lent to Kormo Finance Ltd (the "Bank") on Monday.'
    assert "Bank and Trust Company of Orvalia" in _organisations(text)
