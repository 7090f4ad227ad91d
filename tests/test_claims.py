"""Claims: every number form, what a figure measures, when, modality; the seeds' claims and groups.

Tables of (short original sentence, expected): adding a case is adding a line.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.clean import layout
from loaders.extract.claims import find_claims
from loaders.extract.entities import find_entities
from loaders.segment import sentences
from tests.conftest import query


def claims_of(text, published=None):
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    found = find_claims(text, [s for p in paragraphs for s in sentences(text, p)], entities, published)
    for claim in found:
        assert claim.span.of(text) == text[claim.span.start : claim.span.end] == claim.value_as_written
    return found


def one(text, published=None):
    (claim,) = claims_of(text, published)
    return claim


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # money: signs, prefixes, codes and names, before or after the number
        ("Brightwater Energy was valued at $46 billion.", "$46 billion", 46e9, "USD"),
        ("Marlow Games lost $US6.1 billion on the deal.", "$US6.1 billion", 6.1e9, "USD"),
        ("Marlow Games lost US$975 million on the deal.", "US$975 million", 975e6, "USD"),
        ("The regulator fined Pelican Air S$3.7 billion.", "S$3.7 billion", 3.7e9, "SGD"),
        ("Kiwi Dairy paid NZ$45m for the plant.", "NZ$45m", 45e6, "NZD"),
        ("Outback Rail raised A$2.5bn from investors.", "A$2.5bn", 2.5e9, "AUD"),
        ("Maple Foods earned C$310 million in the quarter.", "C$310 million", 310e6, "CAD"),
        ("Harbour Bank set aside HK$1.2 billion.", "HK$1.2 billion", 1.2e9, "HKD"),
        ("Selangor Tin posted RM9bn in revenue.", "RM9bn", 9e9, "MYR"),
        ("Selangor Tin will buy the estates for RM1.3bil cash.", "RM1.3bil", 1.3e9, "MYR"),
        ("Pune Motors invested Rs 21,360 crore in the unit.", "Rs 21,360 crore", 213.6e9, "INR"),
        ("Pune Motors was valued at Rs 3.18 lakh crore.", "Rs 3.18 lakh crore", 3.18e12, "INR"),
        ("Pune Motors paid ₹12 lakh to each family.", "₹12 lakh", 1.2e6, "INR"),
        ("Nordvik Telecom earned 2.1 billion kroner.", "2.1 billion kroner", 2.1e9, "NOK"),
        ("Nordvik Telecom lost 3 billion Norwegian crowns.", "3 billion Norwegian crowns", 3e9, "NOK"),
        ("Nordvik Telecom spent NOK 6 billion on masts.", "NOK 6 billion", 6e9, "NOK"),
        ("Nordvik Telecom spent 600 million SEK on masts.", "600 million SEK", 600e6, "SEK"),
        ("Lyon Textiles spent €1.4bn on stores.", "€1.4bn", 1.4e9, "EUR"),
        ("Maple Foods took a $1.2-billion charge.", "$1.2-billion", 1.2e9, "USD"),
        ("Dorset Mills spent £40 million on looms.", "£40 million", 40e6, "GBP"),
        ("Osaka Cranes booked ¥12 billion.", "¥12 billion", 12e9, "JPY"),
        ("Kuala Ports earned 800 million ringgit.", "800 million ringgit", 800e6, "MYR"),
        # the hundredths of a currency: pence as GBX, cents as a fraction of their currency
        ("Dorset Mills shares closed at 84.2p on Friday.", "84.2p", 84.2, "GBX"),
        ("Dorset Mills shares fell to 19p.", "19p", 19, "GBX"),
        ("Dorset Mills paid a dividend of 4 pence.", "4 pence", 4, "GBX"),
        ("Brightwater Energy earned 49 cents a share.", "49 cents", 0.49, "USD"),
        # percentages and words for them
        ("Kumo Robotics sales rose 9% last year.", "9%", 9, "percent"),
        ("Kumo Robotics sales rose 9 per cent.", "9 per cent", 9, "percent"),
        ("Kumo Robotics sales rose six per cent.", "six per cent", 6, "percent"),
        ("Harbor Foods' margin rose 1.5 percentage points.", "1.5 percentage points", 1.5, "percentage points"),
        ("Shares of Harbor Foods lost about a third of their value.", "a third", 33.3, "percent"),
        # counts with their noun
        ("Kestrel Motors will recall about 80,000 vehicles.", "80,000", 80000, "vehicles"),
        ("Kestrel Motors sold 11m vehicles.", "11m", 11e6, "vehicles"),
        ("Kestrel Motors has 37,000 employees.", "37,000", 37000, "employees"),
        ("Kestrel Motors dismissed 8 executives.", "8", 8, "executives"),
        ("Kestrel Motors won eight orders.", "eight", 8, "orders"),
        ("Kestrel Motors will close 12 stores.", "12", 12, "stores"),
        ("Kestrel Motors will cut 1,200 jobs.", "1,200", 1200, "jobs"),
        ("Kestrel Motors has 9,000 UK staff members.", "9,000", 9000, "staff members"),
        ("Kestrel Motors recalled 85,000 SUVs.", "85,000", 85000, "SUVs"),
        ("Kestrel Motors sold 300 BMW cars.", "300", 300, "cars"),
        ("Tern Travel has traded for 178 years.", "178", 178, "years"),
        ("Tern Travel, a 178-year-old firm, collapsed.", "178", 178, "years"),
        ("Tern Travel was founded 178 years ago.", "178", 178, "years"),
        ("Tern Travel must report for three years.", "three", 3, "years"),
        ("Within 30 minutes the shares of Tern Travel had halved.", "30", 30, "minutes"),
    ],
)
def test_number_forms(text, written, value, unit):
    claim = one(text)
    assert (claim.value_as_written, claim.unit) == (written, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "value_high", "unit"),
    [
        ("Kumo Robotics expects growth of seven to eight per cent.", 7, 8, "percent"),
        ("Kumo Robotics expects growth of 7-8%.", 7, 8, "percent"),
        ("Kumo Robotics will spend $2bn to $3bn on plants.", 2e9, 3e9, "USD"),
        ("Kumo Robotics will spend between 2 and 3 billion dollars.", 2e9, 3e9, "USD"),
        ("Kumo Robotics will spend between $2bn and $3bn.", 2e9, 3e9, "USD"),
        ("Kumo Robotics spent $2bn and $3bn in two years.", 3e9, None, "USD"),  # "and" alone makes no range
    ],
)
def test_ranges_keep_both_ends(text, value, value_high, unit):
    claim = [c for c in claims_of(text) if c.unit == unit][-1]
    assert (claim.value, claim.value_high) == (
        pytest.approx(value),
        value_high if value_high is None else pytest.approx(value_high),
    )


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Pemberton Foods will reach 10 billion yuan ($1.5 billion) in sales.", (10e9, "CNY", 1.5e9, "USD")),
        ("Nordvik Air lost 2.6 billion ($ 301 million) kroner.", (2.6e9, "NOK", 301e6, "USD")),
        ("Kestrel Motors will invest USD 2.9 billion, or Rs 21,360 crore, in Pune.", (2.9e9, "USD", 213.6e9, "INR")),
        ("Kestrel Motors paid £8.3 million ($16.2m) to its chief executive.", (8.3e6, "GBP", 16.2e6, "USD")),
    ],
)
def test_one_amount_in_two_currencies_is_one_claim_and_not_negative(text, readings):
    claim = one(text)
    assert claim.value == pytest.approx(readings[0]) and claim.unit == readings[1]
    assert claim.also_value == pytest.approx(readings[2]) and claim.also_unit == readings[3]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 the 4G model K7 launched in Q3, the third quarter, with tier 1 capital.",
        "The A320 and the 737 flew 3 times.",
        "One of the founders left in 2019.",
        "It cost ten dollars is what he did not say.",  # a spelled number as a currency word is too rare to trust
        "He was born in 1962 and joined in FY2015.",
        "The firm moved to Building 7 in January.",
    ],
)
def test_not_claims(text):
    assert [c.value_as_written for c in claims_of(text) if c.unit != "USD"] == []


@pytest.mark.parametrize(
    ("text", "metric", "cue"),
    [
        ("Brightwater Energy said net profit fell 18% in the third quarter.", "net income change", "net profit"),
        ("Brightwater Energy's revenue was $4bn.", "sales", "revenue"),
        ("Brightwater Energy's operating profit was $1bn.", "operating profit", "operating profit"),
        ("Brightwater Energy earned 49 cents a share.", "earnings per share", "a share"),
        ("Regulators fined Brightwater Energy $200 million.", "fine", "fined"),
        ("Brightwater Energy was valued at $46 billion.", "valuation", "valued"),
        ("Brightwater Energy will cut 1,200 jobs.", "jobs", "jobs"),
        ("Brightwater Energy bought a 10% stake in Kestrel Motors.", "stake", "stake"),
        ("Brightwater Energy's market share rose to 12%.", "market share", "market share"),
        ("Brightwater Energy shares fell 22% on Monday.", "share price change", "shares"),
        ("Brightwater Energy has 12 stores.", "stores", None),
    ],
)
def test_what_a_figure_measures_and_the_cue_that_said_so(text, metric, cue):
    claim = one(text)
    assert (claim.metric, claim.metric_cue) == (metric, cue)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Kestrel Motors said profit at Brightwater Energy rose 5%.", "Brightwater Energy"),
        ("Regulators imposed a $2 billion fine on Kestrel Motors.", "Kestrel Motors"),
        ("Brightwater Energy's sales rose 5%, Kestrel Motors said.", "Brightwater Energy"),
    ],
)
def test_subject_from_the_clause(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize(
    ("text", "source", "subjects"),
    [
        ("Brightwater Energy shares fell 22%, Kestrel Research said.", "Kestrel Research", ("Brightwater Energy",)),
        ("Brightwater Energy sales fell 4%, according to Kestrel Research.", "Kestrel Research", ("Brightwater Energy",)),
    ],
)
def test_who_a_figure_is_attributed_to_is_not_what_it_is_about(text, source, subjects):
    claim = one(text)
    assert (claim.source, claim.subjects) == (source, subjects)


@pytest.mark.parametrize(
    ("text", "published", "period", "moment"),
    [
        ("Kumo Robotics sales rose 9% last year.", "2024-03-14", "2023", None),
        ("Kumo Robotics sales rose 9% last year.", None, None, None),
        ("Aurelia Bank net income rose 27% in the fourth quarter.", "2025-02-14", "2024-Q4", None),
        ("Aurelia Bank sales fell 4% in Q3.", "2016-11-25", "2016-Q3", None),
        ("Aurelia Bank sales fell 4% in the third quarter of 2015.", None, "2015-Q3", None),
        ("Aurelia Bank sales fell 4% in the first half.", "2016-11-25", "2016-H1", None),
        ("Aurelia Bank made a $2bn operating loss in its fiscal second quarter.", "2019-11-06", "FY2019-Q2", None),
        ("Aurelia Bank sales fell 4% in 2015.", "2019-11-06", "2015", None),
        ("Aurelia Bank shares closed at $56 at the close.", None, None, "close"),
        ("Aurelia Bank shares were down 46% at 11:23 on Thursday.", None, None, "11:23"),
        ("Aurelia Bank shares rose 7% in early trade.", None, None, "early trade"),
    ],
)
def test_when(text, published, period, moment):
    claim = one(text, published)
    assert (claim.period, claim.moment) == (period, moment)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kumo Robotics missed its targets by 12 percent in 2015.", "reported"),
        ("Last year Kumo Robotics fell short of its target by 8%.", "reported"),
        ("Kumo Robotics aims to grow sales 20% next year.", "forecast"),
        ("Kumo Robotics expects sales of $3 billion.", "forecast"),
        ("Kumo Robotics will hire 500 engineers.", "forecast"),
        ("Kumo Robotics could lose 5% of its customers.", "hypothetical"),
        ("If rates rise, Kumo Robotics sales may fall 5%.", "hypothetical"),
        ("Analysts estimate Kumo Robotics sales at $3 billion.", "estimate"),
        ("Kumo Robotics sales fell 5% in 2015.", "reported"),
        ("“We could sell 10 billion smartphones and make nothing,” he said.", "hypothetical"),
    ],
)
def test_modality(text, modality):
    assert one(text, "2016-06-01").modality == modality


def test_direction_and_qualifier():
    claim = one("Brightwater Energy said profit fell about 18% in the third quarter.")
    assert (claim.direction, claim.qualifier) == ("decrease", "about")


def test_headline_figures_are_claims(tmp_path):
    from loaders.build import extract_article
    from loaders.read import read_seed_files

    (tmp_path / "a.txt").write_text(
        "Kestrel Motors to cut 1,200 jobs\n\nThe carmaker said it would close two plants.\n", encoding="utf-8"
    )
    (article,) = [extract_article(seed, {}) for seed in read_seed_files(tmp_path)]
    # the headline's figure, and the body's plants to close (a spelled number counts plants)
    assert [(c.value_as_written, c.unit) for c in article.claims] == [("1,200", "jobs"), ("two", "plants")]


def test_seed_claims_found_grouped_and_the_drop_flagged(seeds_db):
    groups = {
        (row["metric"], row["unit"]): row
        for row in query(
            seeds_db,
            """
        SELECT metric, unit, status, article_count FROM claim_groups WHERE subject_id = 'xiaomi'""",
        )
    }
    assert groups[("valuation", "money")]["article_count"] >= 2 and groups[("valuation", "money")]["status"] == "consistent"
    assert groups[("sales change", "percent")]["article_count"] == 3
    assert groups[("sales change", "percent")]["status"] == "conflicting"
    assert groups[("sales", "money")]["article_count"] == 3 and groups[("sales", "money")]["status"] == "consistent"
    target = groups[("shortfall against target", "percent")]
    assert (target["article_count"], target["status"]) == (2, "consistent")
    facts = query(
        seeds_db, "SELECT count(*) FROM claims WHERE value = 1e10 AND unit = 'smartphones' AND modality != 'hypothetical'"
    )
    assert facts[0][0] == 0
    values = {row[0] for row in query(seeds_db, "SELECT value FROM claim_coverage WHERE metric = 'valuation'")}
    assert values == {46_000_000_000}
    # A target already missed is a fact, not a forecast.
    missed = query(seeds_db, "SELECT DISTINCT modality FROM claims WHERE metric = 'shortfall against target'")
    assert [row[0] for row in missed] == ["reported"]


def test_conflicts_view_shows_each_outlets_sentence(seeds_db):
    rows = query(seeds_db, "SELECT article_id, text, sentence, disagreements FROM claim_conflicts WHERE metric = 'sales change'")
    assert len(rows) == 3 and all(row["text"] in row["sentence"] for row in rows)
    assert {row["disagreements"] for row in rows} == {"period"}


def test_conflicts_on_our_own_articles(fixtures_db):
    rows = query(
        fixtures_db,
        """SELECT metric, status, disagreements, article_count FROM claim_groups
                                 WHERE subject_id = 'kestrel-motors' AND article_count = 2""",
    )
    by_metric = {row["metric"]: row for row in rows}
    assert by_metric["recall"]["status"] == "conflicting" and "value" in by_metric["recall"]["disagreements"]
    assert by_metric["cost"]["status"] == "consistent"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "€",
                "(",
                ")",
                "1",
                "2.5",
                ",",
                "000",
                " billion",
                " bn",
                "%",
                " percent",
                " yuan",
                " NOK",
                " a third of",
                " fell",
                " could",
                ".",
                " ",
                "\n",
                "Q3",
                "2015",
                "4G",
                "Rs",
                " crore",
                " lakh",
                "p",
                " to ",
                "-",
                "seven",
                " per cent",
                " jobs",
                "S$",
                " at the close",
            ]
        )
        | st.text(max_size=5),
        max_size=40,
    )
)
def test_extraction_never_crashes_and_spans_hold(parts):
    text = "".join(parts)
    if text.strip():
        claims_of(text, published="2020-06-01")


def test_an_article_from_a_fourth_outlet_joins_the_seeds_sales_drop(tmp_path):
    """An original article (tests/fixtures/fourth_outlet) on the seeds' story: its 45% falls in the seeds' group."""
    import shutil
    from pathlib import Path

    from loaders.build import build
    from tests.conftest import SEEDS

    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    fixture = Path(__file__).resolve().parent / "fixtures" / "fourth_outlet" / "xiaomi_fourth_outlet.txt"
    shutil.copy(fixture, folder / fixture.name)
    build(folder, tmp_path / "four.db")
    rows = query(
        tmp_path / "four.db",
        """
        SELECT g.article_count, g.status, c.article_id FROM claims c JOIN claim_groups g ON g.id = c.group_id
        WHERE g.subject_id = 'xiaomi' AND g.metric = 'sales change' AND c.value = 45""",
    )
    assert {row["article_id"] for row in rows} >= {
        "xiaomi_fourth_outlet",
        "000_a188cd6fb3fcff5d",
        "001_8016d296ee3e2089",
        "004_f8a111c0581a22b1",
    }
    assert {(row["article_count"], row["status"]) for row in rows} == {(4, "conflicting")}


@pytest.mark.parametrize(
    ("text", "published", "value", "unit", "period", "moment"),
    [
        ("Dorset Mills profit rose 5pc in the three months to September.", "2019-11-06", 5, "percent", "2019-Q3", None),
        ("Dorset Mills raised its rate by 25 basis points.", None, 25, "basis points", None, None),
        ("A fifth of Dorset Mills staff will leave.", None, 20, "percent", None, None),
        ("Dorset Mills shares were down 46% at 0930 GMT.", None, 46, "percent", None, "09:30"),
        ("Dorset Mills shares were down 46% around 11.23am.", None, 46, "percent", None, "11:23"),
    ],
)
def test_more_forms_and_times(text, published, value, unit, period, moment):
    claim = one(text, published)
    assert (claim.value, claim.unit, claim.period, claim.moment) == (pytest.approx(value), unit, period, moment)


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        # "krone"/"kroner" name the currency of the country the article is about
        ("The Danish brewer Tollund Bryg booked a 2.3 billion-krone loss.", "2.3 billion-krone", "DKK"),
        ("Fjellvik Kraft, based in Oslo, lost 410 million kroner.", "410 million kroner", "NOK"),
        ("Tollund Bryg, which sells beer across Denmark, lost 410 million kroner.", "410 million kroner", "DKK"),
        ("Grenholm Shipping lost 410 million kroner.", "410 million kroner", "NOK"),  # no country: the default stays
        # the naira: its sign anywhere, "N" before the number only in a Nigerian story
        ("Adeyemi Foods, the Lagos bakery chain, made a profit of N12.4 billion.", "N12.4 billion", "NGN"),
        ("The Nigerian miller Ikenga Mills raised its dividend to N4 a share.", "N4", "NGN"),
        ("Ikenga Mills made a profit of ₦12.4 billion.", "₦12.4 billion", "NGN"),
        ("Ikenga Mills made a profit of 12.4 billion naira.", "12.4 billion naira", "NGN"),
        # the rand, the shilling and the dirham: "R", "Sh", "Dh" read by the story's country
        ("Thaba Mining, the Johannesburg miner, earned R4.12 a share.", "R4.12", "ZAR"),
        ("The Kenyan grower Kerio Estates lost Sh2.1 billion.", "Sh2.1 billion", "KES"),
        ("Ras Tamsin Ports, based in Abu Dhabi, signed a Dh1.8 billion deal.", "Dh1.8 billion", "AED"),
        ("Luzon Solar, the Manila power firm, will spend P18 billion.", "P18 billion", "PHP"),
    ],
)
def test_a_currency_read_by_the_country_of_the_article(text, written, unit):
    claim = one(text)
    assert (claim.value_as_written, claim.unit) == (written, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Harbury Tools sold N95 masks in Leeds.",  # "N" is no currency outside a Nigerian story
        "Harbury Tools sold 300 N95 masks.",
        "Harbury Tools sold R2 units in Leeds.",  # "R" is no rand outside a South African story
        "Harbury Tools sold P2 units in Leeds.",  # "P" is no peso outside a Philippine story
    ],
)
def test_a_local_sign_is_no_currency_elsewhere(text):
    assert all(claim.unit not in ("NGN", "ZAR", "PHP") for claim in claims_of(text))


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a source named by an attribution is never what the article is about
        ("Sales rose 5% last year. Ventor Motors Inc sold 400 vans, Zenmark Research Group said.", ["Ventor Motors"] * 2),
        # the most-mentioned organisation, ties going to the one named first (not the alphabet)
        ("Sales rose 5% last year. Albury Metals Plc was overtaken by Zenmark Motors Inc.", ["Albury Metals"]),
        ("Sales rose 5% last year. Zenmark Motors Inc overtook Albury Metals Plc. Albury Metals Plc sued.", ["Albury Metals"]),
    ],
)
def test_the_main_organisation_is_the_most_mentioned_not_a_source(text, subjects):
    assert [claim.subject for claim in claims_of(text)] == subjects


@pytest.mark.parametrize(
    ("text", "written", "unit", "qualifier", "source"),
    [
        # figures inside a direct quotation are claims too, the noun after the closing mark included
        ('Ines Varga said the firm had sold "just under 70,000" kettles.', "70,000", "kettles", "just under", None),
        ("Ines Varga said the firm had sold “about 70,000” kettles.", "70,000", "kettles", "about", None),
        ('"We sold about 4,000 kettles," Pellam Holdings said.', "4,000", "kettles", "about", "Pellam Holdings"),
    ],
)
def test_figures_inside_quotations(text, written, unit, qualifier, source):
    claim = one(text)
    assert (claim.value_as_written, claim.unit, claim.qualifier, claim.source) == (written, unit, qualifier, source)


@pytest.mark.parametrize(
    ("body", "sources"),
    [
        # a figure inside a quotation is the speaker's; one outside it has no source
        (
            'Kestrel Motors Inc reported its results on Monday.\n\n"We sold 8,200 vans this spring," said Ola Brandt, '
            "the chief executive. The carmaker employs 3,100 people.",
            [("8,200", "Ola Brandt"), ("3,100", None)],
        ),
        (
            "Kestrel Motors Inc reported its results on Monday.\n\nOla Brandt, the chief executive, said the carmaker "
            'had sold "just under 8,200" vans.',
            [("8,200", "Ola Brandt")],
        ),
        # an attribution the sentence names stays the source
        (
            'Kestrel Motors Inc reported its results on Monday.\n\n"Kestrel sold 8,200 vans," according to Mirren Analytics Ltd.',
            [("8,200", "Mirren Analytics Ltd")],
        ),
    ],
)
def test_figures_in_a_quotation_are_attributed_to_its_speaker(tmp_path, body, sources):
    from loaders.build import extract_all
    from loaders.progress import Progress

    (tmp_path / "a.txt").write_text("Kestrel Motors results\n\n" + body + "\n", encoding="utf-8")
    (article,), _ = extract_all(tmp_path, Progress(enabled=False))
    assert [(c.value_as_written, c.source) for c in article.claims] == sources
