"""The c25b round's kinds of claim subjects and currencies, on short original sentences: a place's name that opens the
name of an organisation the page prints stands for that organisation where the page defines it as the short form in
brackets ('("Santa Fe")'), or, a town's or region's, where it opens its sentence ("Santa Fe, based in Albuquerque,
makes tortillas"); never after a locative, never a country's name the page does not define so. A price converted at a
bank's rate ("at the Bank of X's weighted average selling rate") is not the bank's; the bank's own rate is. A
filing's short name defined in brackets after a party's full name is that party wherever it is printed after. A body
whose data a sentence reports ("According to X data", "X data show") is no subject of the figures. "Rs" is the rupee of
the country opening a body's name ("Nepal Telecom") where no place decides; "4.12 Singapore cents" are a hundredth of
the Singapore dollar."""

from __future__ import annotations

import pytest

from tests.helpers import claim_subjects, grouping_subjects
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        (
            "Tallis Group sells bottler\n\nTallis Group is selling 60% of its subsidiary Santa Fe Foods Limited"
            ' ("Santa Fe") to Orvale Partners.\n\nSanta Fe, based in Albuquerque, makes tortillas. It reported revenue'
            " of $84 million and employs 410 people.\n",
            "$84 million",
            "Santa Fe Foods",
        ),
        (
            "Tallis Group bought Santa Fe Foods in May.\n\nSanta Fe, which makes tortillas, sold 3.1 million cases in 2025.\n",
            "3.1 million",
            "Santa Fe Foods",
        ),
        (
            'Orvale Partners buys Hong Kong Ferries Limited ("Hong Kong") from Tallis Group.\n\nHong Kong carried 4.2'
            " million passengers last year.\n",
            "4.2 million",
            "Hong Kong Ferries",
        ),
    ],
)
def test_a_place_opening_an_organisations_name_stands_for_it(text, written, subject):
    assert claim_subjects(text)[written] == subject
    assert grouping_subjects(text)[written] == subject.casefold().replace(" ", "-")


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # must not: a country's name the page does not define as the company's short form is the country
        (
            "Orvale Partners buys Hong Kong Ferries Limited from Tallis Group.\n\nHong Kong recorded 4.2 million"
            " visitors last year.\n",
            "4.2 million",
            None,
        ),
        # must not: a place after a locative is the place, even where the page defines the short form
        (
            'Tallis Group sells 60% of Santa Fe Foods Limited ("Santa Fe") to Orvale Partners.\n\nIn Santa Fe, Tallis'
            " Group employs 900 people.\n",
            "900",
            "Tallis Group",
        ),
        # must not: the place's name inside the organisation's full name is the organisation's, as before
        (
            "Orvale Partners buys Nevada Copper Corp from Tallis Group.\n\nNevada Copper produced 41,000 tonnes last year.\n",
            "41,000",
            "Nevada Copper",
        ),
    ],
)
def test_a_place_opening_an_organisations_name_stays_a_place_elsewhere(text, written, subject):
    assert claim_subjects(text)[written] == subject


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        (
            "Orvale Partners will pay J$1.85 billion (about US$11.8 million at the Bank of Jamaica's weighted average"
            " selling rate) for the bottler.\n",
            "J$1.85 billion (about US$11.8 million",
            "Orvale Partners",
        ),
    ],
)
def test_a_price_converted_at_a_banks_rate_is_not_the_banks(text, written, subject):
    assert claim_subjects(text)[written] == subject
    assert grouping_subjects(text)[written] == subject.casefold().replace(" ", "-")


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # must not: the bank's own rate, after "at" too, is the bank's
        ("Tallis Group borrows at the Bank of Ghana's policy rate of 27% plus a margin.\n", "27%", "Bank of Ghana"),
        ("The Bank of Ghana's policy rate stands at 29%, and Tallis Group pays 31% on its loans.\n", "29%", "Bank of Ghana"),
        # must not: a bank's exchange rate said as its own figure, not converting another
        ("The Bank of Ghana's exchange rate index fell 4% in March.\n", "4%", "Bank of Ghana"),
    ],
)
def test_a_banks_own_rate_stays_the_banks(text, written, subject):
    assert claim_subjects(text)[written] == subject


_DEFINED = (
    'Orvale Port Investment Group Co., Ltd. (hereinafter referred to as "Orvale Port Group") sells 60% of Tessby Pearl'
    ' Bay Passenger Transport Co., Ltd. (hereinafter referred to as "Pearl Bay Passenger Transport") to Kessway Marine'
    " Holdings Co., Ltd.\n\n"
)


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # the target's short name, printed again, is the target: its figures are not the seller's
        (
            _DEFINED + "Pearl Bay Passenger Transport was established in 2009. At present it has 14 ships and 620 employees.\n",
            "620",
            "Tessby Pearl Bay Passenger Transport",
        ),
        # the seller's short name is the seller named in full
        (
            _DEFINED + "In 2025, Orvale Port Group realized operating income of 2.7 billion yuan.\n",
            "2.7 billion yuan",
            "Orvale Port Investment Group",
        ),
        # the short name in its own bracket is the party too
        (
            "Orvale Port Group sold its stake.\n\nOrvale Port Investment Group Co., Ltd. (hereinafter referred to as"
            ' "Orvale Port Group") had 2.7 billion yuan of revenue.\n',
            "2.7 billion yuan",
            "Orvale Port Investment Group",
        ),
    ],
)
def test_a_filings_defined_short_name_is_its_party(text, written, subject):
    assert claim_subjects(text)[written] == subject
    assert grouping_subjects(text)[written] == subject.casefold().replace(" ", "-")


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # must not: a defined term sharing no word with the name before it is no short name of it
        (
            'Orvale Port Group took over the berths of Kessway Marine Holdings Ltd ("Berths").\n\nThe Berths cost'
            " Orvale Port Group $12 million a year.\n",
            "$12 million",
            "Orvale Port Group",
        ),
        # must not: a short name defined for one party leaves another party's full name its own
        (
            'Kessway Marine Holdings Ltd signed the deal with Orvale Port Group ("Orvale").\n\nKessway Marine Holdings'
            " had revenue of $40 million.\n",
            "$40 million",
            "Kessway Marine Holdings",
        ),
    ],
)
def test_a_quoted_term_that_is_no_short_name_names_no_party(text, written, subject):
    assert claim_subjects(text)[written] == subject


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kessway Marine Holdings bought the ferry line.\n\nAccording to Tessby Port Authority data, the routes carried"
            " 11.2 million passengers in 2025.\n",
            "Tessby Port Authority",
        ),
        (
            "Kessway Marine Holdings bought the ferry line.\n\nOrvale Research data show the routes carried 11.2 million"
            " passengers in 2025.\n",
            "Orvale Research",
        ),
    ],
)
def test_a_source_of_data_is_not_the_subject_of_the_figures_it_reports(text, source):
    assert claim_subjects(text)["11.2 million"] != source
    assert grouping_subjects(text)["11.2 million"] != source.casefold().replace(" ", "-")


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # must not: a company selling data is the subject of its own figure
        (
            "Kessway Marine Holdings bought the ferry line.\n\nOrvale Research sells data to 300 clients.\n",
            "300",
            "Orvale Research",
        ),
        # must not: a company a figure is attributed to, its data's noun not after it, keeps what it had
        (
            "Kessway Marine Holdings bought the ferry line.\n\nAccording to Orvale Ferries, its routes carried 11.2"
            " million passengers in 2025.\n",
            "11.2 million",
            "Orvale Ferries",
        ),
    ],
)
def test_a_name_before_other_words_is_no_source_of_data(text, written, subject):
    assert claim_subjects(text)[written] == subject


def _units(text: str) -> dict[str, str]:
    return {c.value_as_written: c.unit for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        # a page naming its country only inside a body's name: the body's country's rupee
        ("Sri Lanka Telecom PLC posted revenue of Rs 28.4 billion for the year.", "Rs 28.4 billion", "LKR"),
        ("Nepal Telecom earned Rs 12 billion last year.", "Rs 12 billion", "NPR"),
        ("Pakistan State Oil Company Limited posted revenue of Rs 3.1 trillion.", "Rs 3.1 trillion", "PKR"),
    ],
)
def test_rupees_of_the_country_opening_a_bodys_name(text, written, unit):
    assert _units(text)[written] == unit


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        # must not: an Indian city named beside the body keeps India's rupee ("crore" is counted on the subcontinent)
        ("Reliance Industries of Mumbai paid Rs 500 crore for a stake in Sri Lanka Telecom PLC.", "Rs 500 crore", "INR"),
        # must not: a country inside a name but not opening it decides nothing here
        ("Orvale India Ltd raised Rs 40 billion.", "Rs 40 billion", "INR"),
    ],
)
def test_rupees_keep_their_reading_where_no_body_opens_with_a_country(text, written, unit):
    assert _units(text)[written] == unit


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Kessway Ltd paid a dividend of 4.12 Singapore cents a share.", "4.12 Singapore cents", 0.0412, "SGD"),
        ("Kessway Ltd paid a dividend of 5 Australian cents.", "5 Australian cents", 0.05, "AUD"),
    ],
)
def test_a_dollars_hundredth_named_by_its_country_is_that_dollars(text, written, value, unit):
    (claim,) = [c for c in claims_of(text, "2026-11-27") if c.value_as_written == written]
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # must not: the country's dollars stay whole dollars, and its adjective before another noun no currency
        ("Kessway Ltd paid 4 Singapore dollars and 3 Singapore companies joined.", "4 Singapore dollars", 4.0, "SGD"),
        ("Kessway Ltd paid 4 Singapore dollars and 3 Singapore companies joined.", "3", 3.0, "companies"),
    ],
)
def test_a_countrys_dollars_stay_dollars(text, written, value, unit):
    assert (value, unit) in {(c.value, c.unit) for c in claims_of(text, "2026-11-27") if c.value_as_written == written}
