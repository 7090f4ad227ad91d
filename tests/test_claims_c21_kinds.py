"""The c21 round's kinds of claims, on short original sentences: a company's short form defined in quotation marks
or with "hereinafter" after its full name (the short form is the company, its legal form skipped in the initials);
"(hereinafter referred to as "the Company")"; a buyer's sentence opening with its name and a bracketed short form
("X Limited (XL), a ... group, will buy"), with a legal form of two parts ("Co., Ltd.") or an adverb ("will at the
same time buy"); the figures of a site in a named place ("The plant in Tessby ... It buys from ...") given to
the deal's target in the database too, not to the buyer; a joint venture named in apposition ("A and B's joint
venture, X, will cost") and what it costs, its investment; "the joint venture's" figures; a form's field labels
and a span of months never names; an exchange's trading code that runs the company's first words together; "Tk."
before a figure; a figure repeated in words in brackets ("25 (twenty-five) vans"); a material before a counted noun
("copper coils"); a cue inside a name ("Joint Stock Company") measuring nothing; "X% of Y's outstanding
shares" a stake; a fiscal year split across two calendar years or ending in a month."""

from __future__ import annotations

import sqlite3

import pytest

from loaders.build import build
from tests.helpers import claims_by_written, organisation_names


@pytest.mark.parametrize(
    "definition",
    ['("KSC")', '(hereinafter "KSC")', '(hereinafter referred to as "KSC")', "(KSC)"],
)
def test_a_short_form_defined_after_the_full_name_is_the_company(definition):
    text = f"Kestrel Steel Castings Joint Stock Company {definition} makes valve bodies. KSC employs 830 workers."
    names = organisation_names(text)
    assert names["KSC"] == names["Kestrel Steel Castings Joint Stock Company"]
    assert claims_by_written(text)["830"].subject == names["KSC"]


def test_an_acronym_spelled_by_no_name_defines_nothing():
    names = organisation_names('Kestrel Steel Castings Joint Stock Company ("ABQ") makes valve bodies. ABQ employs 830.')
    assert names.get("ABQ") != names["Kestrel Steel Castings Joint Stock Company"]


@pytest.mark.parametrize("term", ['(hereinafter referred to as "the Company")', '(hereinafter "the Company")'])
def test_the_company_defined_with_hereinafter(term):
    text = f"The board of Orvane Pumps Limited {term} met on Monday. The Company will pay EUR 4,200,000 for the site."
    assert claims_by_written(text)["EUR 4,200,000"].subject == "Orvane Pumps"


_SITE = (
    "The plant in Tessby, about 20 kilometres from the coast, presses 12,500 tonnes of olives a year. It buys from 940 growers."
)


@pytest.mark.parametrize(
    "deal",
    [
        "Halden Foods Limited (HFL), one of the region's largest food groups, will buy a 60 percent stake in Orvale Oils Limited.",
        "Halden Foods Co., Ltd. has agreed to acquire 60% of Orvale Oils Limited.",
        "Separately, Halden Foods will at the same time buy 60 percent of the press maker Orvale Oils.",
    ],
)
def test_a_site_in_a_named_place_is_the_targets_and_so_is_it_after(deal):
    claims = claims_by_written(f"{deal}\n\n{_SITE}")
    assert claims["12,500"].subject == "Orvale Oils"
    assert claims["940"].subject == "Orvale Oils"


def test_a_site_is_the_targets_in_the_database_too(tmp_path):
    """Grouping reads what a sentence naming no organisation is about again: the site's owner, not the buyer."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "olives.txt").write_text(
        "Halden Foods to buy Tessby olive press\n\nHalden Foods Limited (HFL), a listed food group, will buy a 60 percent"
        " stake in Orvale Oils Limited. HFL made a profit last year.\n\nThe plant in Tessby presses 12,500 tonnes of"
        " olives a year. It buys from 940 growers.\n",
        encoding="utf-8",
    )
    build(seeds, tmp_path / "olives.db")
    with sqlite3.connect(tmp_path / "olives.db") as db:
        rows = dict(
            db.execute(
                "SELECT c.value, o.name FROM claims c JOIN organisations o ON o.id = c.subject_id WHERE c.value IN (12500, 940)"
            ).fetchall()
        )
    assert rows == {12500.0: "Orvale Oils", 940.0: "Orvale Oils"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvane and Kestrel Foods's joint venture, Tessly Fresh, will cost about $12 million.",
        "Kestrel Foods and Orvane's joint venture, Tessly Fresh, will cost about $12 million.",
    ],
)
def test_a_joint_ventures_cost_is_the_ventures(sentence):
    claim = claims_by_written(sentence)["$12 million"]
    assert (claim.subject, claim.metric) == ("Tessly Fresh", "investment")


def test_the_joint_ventures_figure_after_it_is_named():
    text = (
        "Directors agreed to set up a joint venture company namely Marrow Frost Limited with Kessan Cooling of Korea."
        " The total investment of the joint venture will be USD 5,250,000."
    )
    assert claims_by_written(text)["USD 5,250,000"].subject == "Marrow Frost"


def test_a_forms_field_labels_and_a_span_of_months_are_no_names():
    text = (
        "Trading Code: KESTRELFOOD\nNews Title: KESTRELFOOD: Dividend\nNews: Kestrel Foods Limited paid a dividend.\n\n"
        "Trading Code: KESTRELFOOD\nNews Title: KESTRELFOOD: Q1 Financials\nNews: Kestrel Foods Limited earned more in"
        " July-September 2026 than in July-September 2025."
    )
    names = set(organisation_names(text).values())
    assert names == {"Kestrel Foods"}  # the trading code is the company's first words run together


def test_a_single_label_line_is_read_as_any_other():
    assert "Orvane Pumps" in organisation_names("Buyer: Orvane Pumps Ltd will pay for the plant.").values()


@pytest.mark.parametrize(
    "sentence, written, value, unit",
    [
        ("Basic EPS of Marrow Dairies of Bangladesh stood at Tk. 2.43 for April-June 2026.", "Tk. 2.43", 2.43, "BDT"),
        ("Marrow Dairies of Bangladesh posted a profit of Tk. 417.9 million.", "Tk. 417.9 million", 417.9e6, "BDT"),
        ("Marrow Dairies plans to buy 25 (twenty-five) insulated vans.", "25 (twenty-five)", 25, "vans"),
        ("Tessa Foods will issue 1,500 (one thousand five hundred) shares.", "1,500 (one thousand five hundred)", 1500, "shares"),
        ("Tessa Works turned out 350,000 copper coils in 2025.", "350,000", 350000, "coils"),
        ("Tessa Works sold 4,000 steel pipes.", "4,000", 4000, "pipes"),
    ],
)
def test_figures_of_a_filings_and_a_trades_style(sentence, written, value, unit):
    claim = claims_by_written(sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)


def test_a_figure_in_other_brackets_is_not_read_as_its_words():
    assert "40 (mostly old)" not in claims_by_written("Tessa Foods has 40 (mostly old) trucks.")


def test_a_figure_before_other_brackets_keeps_its_noun():
    claims = claims_by_written("Tessa Foods has 40 (mostly old) trucks.")
    assert (claims["40"].value, claims["40"].unit) == (40, "trucks")


def test_84000_home_batteries_keep_their_compound():
    assert claims_by_written("Tessa Works made 84,000 home batteries.")["84,000"].unit == "home batteries"


@pytest.mark.parametrize(
    "sentence",
    [
        'Orvane Tools Co., Ltd. will take 35% of Tessly Alloy Joint Stock Company ("TAS"), paying VND620 billion.',
        "Orvane has picked up 9,450,000 shares, equal to 35% of Tessly's outstanding shares.",
        "Orvane now holds 35% of Tessly's shares.",
    ],
)
def test_a_part_of_a_companys_shares_is_a_stake(sentence):
    assert claims_by_written(sentence)["35%"].metric == "stake"


@pytest.mark.parametrize(
    "sentence, written, period",
    [
        ("Sales at Tessly Foods grew 9 percent to $63 million in fiscal year 2024-25.", "9 percent", "FY2025"),
        ("Tessly Foods booked revenue of USD 52.7 million in FY 2024/25.", "USD 52.7 million", "FY2025"),
        ("Tessly had sales of $70 million in the year to June 2026.", "$70 million", "FY2026"),
        ("Tessly's turnover was $31.2 million in the financial year ended September 2025.", "$31.2 million", "FY2025"),
        ("Tessly sold $9 million in the year to December 2025.", "$9 million", "2025"),
        ("Tessly sold 40,000 tonnes in 2025.", "40,000", "2025"),
    ],
)
def test_a_fiscal_year_is_named_by_the_year_it_ends_in(sentence, written, period):
    assert claims_by_written(sentence)[written].period == period


# The c21 round's second batch: a site named with its place before its noun ("The Tessby factory bottles"), the
# kwanza's "Kz", a Portuguese name joined by "do" before a capitalised word.


def test_a_site_named_with_its_place_first_is_the_targets():
    text = (
        "Orvane Conservas, a Porto fish group, will take over 70% of Brisa Peixe Lda of Maputo.\n\n"
        "The Matola cannery packs 22 million tins of sardines a year and has 240 staff."
    )
    claims = claims_by_written(text)
    assert claims["22 million"].subject == "Brisa Peixe"
    assert claims["240"].subject == "Brisa Peixe"


def test_the_kwanza_by_its_sign_in_a_story_of_angola():
    claim = claims_by_written("Luanda - Orvane paid Kz 21.5 billion (some 20 million euros) for the Angola mill.")[
        "Kz 21.5 billion (some 20 million euros)"
    ]
    assert (claim.value, claim.unit, claim.also_value, claim.also_unit) == (21.5e9, "AOA", 20e6, "EUR")
    assert "Kz" not in organisation_names("Luanda - Orvane Lda bought the Angola plant for Kz 38.2 billion.").values()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Orvane took a majority of Fábrica de Tintas do Norvale last year.", "Fábrica de Tintas do Norvale"),
        ("Banco de Tessaly do not lend much.", "Banco de Tessaly"),
    ],
)
def test_do_joins_a_portuguese_name_only_before_a_capital(text, name):
    assert name in organisation_names(text).values()


def test_an_acronym_defined_elsewhere_is_carried_only_where_its_name_is_printed(tmp_path):
    """'Kestrel Alloy Joint Stock Company ("KAJ")' in one article: "KAJ" in another that prints "Kestrel" is the
    company; in one that does not ("under the KAJ rules") or at the end of another name ("Orvane Sporting KAJ") it is not."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    articles = {
        "defines": 'Kestrel Alloy Joint Stock Company ("KAJ") makes frames in Tessby. KAJ employs 830 workers.\n',
        "prints": "Kestrel Alloy will build a second plant, KAJ said on Monday. The plant will cost $9 million.\n",
        "elsewhere": "Clubs registered under the KAJ rules may sell shares. Orvane Sporting KAJ sold 30% to a fund.\n",
    }
    for name, text in articles.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    build(seeds, tmp_path / "kaj.db")
    with sqlite3.connect(tmp_path / "kaj.db") as db:
        found = {
            (article, text)
            for article, text in db.execute(
                "SELECT m.article_id, m.text FROM mentions m JOIN organisations o ON o.id = m.organisation_id"
                " WHERE o.name = 'Kestrel Alloy Joint Stock'"
            )
        }
    assert ("prints", "KAJ") in found
    assert not any(article == "elsewhere" for article, _ in found)
