"""The c23 round's kinds of claims, on short original sentences: the American "meters" is a length (one unit with
"metres") unless a word of devices stands in its clause ("installed", "replaced", "makes"); a word of length ("long",
"deep", "above sea level", "of cable", a race) keeps it a length even then (m13fix review H4, c23 review H1). A
currency's name capitalised before a number and its scale ("approximately Riel 166 billion"); Nordic pages' "mill." and
Iceland's "krónur"; Icelandic legal forms ("hf.", "ehf.", "svf."); an opening "Its" after a site's paragraph that
named the site's owner is the owner's."""

from __future__ import annotations

import pytest

from tests.helpers import build_and_query, claim_subjects, claims_by_written, organisation_names
from tests.test_claims import claims_of


def _units(text: str) -> dict[str, tuple[float, str]]:
    return {c.value_as_written: (c.value, c.unit) for c in claims_of(text, "2026-11-27")}


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # must not: a utility's meters, counted, with no word of length near them
        ("Tamsin Water installed 36,000 meters in Kumasi last year.", "36,000"),
        ("Oxley Power fitted 1,500 new meters across Derby.", "1,500"),
        ("Field crews read 7,200 meters a day.", "7,200"),
        ("The utility will replace 52,000 meters at a cost of $9 million.", "52,000"),
        ("About 80,000 meters were read remotely in March, the regulator said.", "80,000"),
        ("Brisa Metering shipped 4,000 meters to Lagos, far above its target.", "4,000"),
    ],
)
def test_a_bare_meters_is_a_count_of_devices(sentence, written):
    assert _units(sentence)[written][1] == "meters"


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The well reached a depth of 2,400 meters.", "2,400", 2400),
        ("The bridge will be 640 meters long.", "640", 640),
        ("The town lies at 1,900 meters above sea level.", "1,900", 1900),
        ("The estate sits 2 300 meters above the sea.", "2 300", 2300),
        ("Crews laid 3,500 meters of fibre-optic cable.", "3,500", 3500),
        ("The contractor replaced 12,000 meters of old water pipe.", "12,000", 12000),
        ("She finished the 1,500 meters race in fourth place.", "1,500", 1500),
        ("The hull measures 88 meters from bow to stern.", "88", 88),
        ("Length overall: 72.5 meters", "72.5", 72.5),
        ("The runway is 3,200 meters in length.", "3,200", 3200),
        ("The mine's shaft goes 1,100 meters deep.", "1,100", 1100),
        ("The farm grows roses at about 2,750 meters altitude.", "2,750", 2750),
    ],
)
def test_meters_with_a_cue_of_length_are_metres(sentence, written, value):
    assert _units(sentence)[written] == (value, "metres")


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("Kestrel will pay Baht 120 million for the mill.", "Baht 120 million", 120e6, "THB"),
        ("Its revenue rose to Rand 3 billion in the year.", "Rand 3 billion", 3e9, "ZAR"),
        ("The bank said approximately Riel 166 billion was repaid.", "Riel 166 billion", 166e9, "KHR"),
        ("The fund holds Rupees 40 crore in bonds.", "Rupees 40 crore", 40e7, "INR"),
        ("Norvik pays NOK 340 mill. for the farm.", "NOK 340 mill.", 340e6, "NOK"),
        ("The turnover was EUR 48,7 mill., up 11 percent.", "EUR 48,7 mill.", 48.7e6, "EUR"),
        ("The price is 3.4 billion Icelandic kronur.", "3.4 billion Icelandic kronur", 3.4e9, "ISK"),
        ("The island's fleet earned 820 million krónur.", "820 million krónur", 820e6, "ISK"),
    ],
)
def test_currency_names_before_a_number_and_nordic_scales(sentence, written, value, unit):
    claim = claims_by_written(sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        # fix2 review H6: money is counted in plurals too; only counted.yml's counted nouns make the name a word
        ("It said Euro 500 million bonds were issued in March.", "Euro 500 million", 500e6, "EUR"),
        ("The board approved Rand 4 billion investments in new mines.", "Rand 4 billion", 4e9, "ZAR"),
        ("The lender said Baht 900 million loans were restructured.", "Baht 900 million", 900e6, "THB"),
    ],
)
def test_a_currency_name_before_a_money_plural_stays_a_currency(sentence, written, value, unit):
    claim = claims_by_written(sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)


def test_a_currency_name_before_a_number_in_brackets_is_the_conversion():
    claim = claims_by_written("Total value: USD 24,000,000 (approximately Baht 842 million).")[
        "USD 24,000,000 (approximately Baht 842 million)"
    ]
    assert (claim.value, claim.unit, claim.also_value, claim.also_unit) == (24e6, "USD", 842e6, "THB")


@pytest.mark.parametrize(
    "sentence",
    [
        # must not: a tournament, an emission standard, a word opening the sentence, a name's last word
        "Euro 2024 drew 2.7 million visitors.",
        "Kestrel makes Euro 6 engines and sold 40,000 of them.",
        "Won 3 million votes, the party said.",
        # must not (c23 review M1): the name inside a sentence, a counted noun after the scale
        "Asked about the deal, said Rand 3 million shares were sold.",
        "The singer Won 3 million fans with the album.",
        "They voted, and Won 3 million votes went to the opposition.",
        "On Friday, Pound 2 million tickets went on sale.",
        "The novelist Ayn Rand 2 million readers later is still read.",
    ],
)
def test_a_capitalised_currency_word_elsewhere_is_no_currency(sentence):
    assert all(c.unit not in {"EUR", "KRW", "ZAR"} for c in claims_of(sentence, "2026-11-27"))


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        # must not: a mill is a plant, counted; a mill's number is no million
        ("Kestrel runs 3 mills in the valley.", "3", "mills"),
        ("Output fell at the No. 2 mill. Kestrel cut 40 jobs.", "40", "jobs"),
    ],
)
def test_a_mill_is_no_scale(sentence, written, unit):
    claims = claims_by_written(sentence)
    assert claims[written].unit == unit
    assert all(c.value != 2e6 for c in claims.values())


def test_icelandic_legal_forms_end_a_name():
    names = organisation_names("Seafood group Tessfisk hf. will buy Orvik Fiskeldi ehf. from Kaupfélag Brekku svf.")
    assert set(names.values()) == {"Tessfisk", "Orvik Fiskeldi", "Kaupfélag Brekku"}


_DEAL = "Halden Foods will buy 60 percent of Orvale Oils Limited. The deal needs the approval of the Competition Commission."


def test_its_after_a_sites_paragraph_naming_its_owner_is_the_owners():
    text = (
        f"{_DEAL}\n\nThe plant in Tessby presses 12,500 tonnes of olives a year. Orvale has 940 growers.\n\n"
        "Its revenue rose 9 percent to $14 million in 2025."
    )
    subjects = claim_subjects(text)
    assert subjects["$14 million"] == "Orvale Oils"
    assert subjects["9 percent"] == "Orvale Oils"


@pytest.mark.parametrize(
    "after",
    [
        # must not: a site's paragraph that does not name its owner again gives the next paragraph back
        "The Halden group reported revenue of $500 million.",
        "Halden Foods reported revenue of $500 million.",
    ],
)
def test_the_paragraph_after_a_site_goes_back_to_the_buyer(after):
    text = f"{_DEAL}\n\nThe plant in Tessby presses 12,500 tonnes of olives a year. Orvale has 940 growers.\n\n{after}"
    assert claim_subjects(text)["$500 million"] == "Halden Foods"


def test_an_acronym_spelling_a_legal_form_is_carried_to_no_other_article(tmp_path):
    rows = build_and_query(
        tmp_path,
        {
            "a": 'Orvane Ltd will buy Salinera del Norte S.A. ("SDN"). SDN employs 300 people.\n',
            "b": "Description: PROPOSED ACQUISITION OF 70% EQUITY INTEREST IN TESSBY PALM OIL MILL SDN BHD\n\nThe mill employs 90 people.\n",
        },
        "SELECT name FROM article_entities WHERE article_id = 'b' AND kind = 'organisation'",
    )
    assert "SDN" not in {row["name"] for row in rows}


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # must not: the seller named before its customer keeps its sales; a market's own figure stays its own
        ("Kestrel Foods' sales to Tesco rose 12 percent.", "12 percent", "Kestrel Foods"),
        ("Halvard Retail Ltd's sales rose 12 percent.", "12 percent", "Halvard Retail"),
        ("Sales at Orvane Group rose 4 percent.", "4 percent", "Orvane Group"),
        # a market or a customer after "sales to", "exports to" is no subject: "its" stands for the seller
        (
            "Orvane Oils Ltd makes olive oil in Tessby.\n\nIts exports to the Gulf states rose 17 percent.",
            "17 percent",
            "Orvane Oils",
        ),
        ("Orvane Oils Ltd makes olive oil in Tessby.\n\nIts exports to Walmart rose 9 percent.", "9 percent", "Orvane Oils"),
    ],
)
def test_a_market_after_sales_to_is_no_subject(text, written, subject):
    assert claim_subjects(text)[written] == subject


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The price was EUR 1,2 milliard.", "EUR 1,2 milliard", 1.2e9),
        ("Its turnover reached MGA 96 milliards in 2025.", "MGA 96 milliards", 96e9),
    ],
)
def test_the_milliard_is_a_thousand_million(sentence, written, value):
    assert claims_by_written(sentence)[written].value == value


@pytest.mark.parametrize(
    ("text", "acronym", "organisation"),
    [
        ("Kestrel Water cut its non-revenue water (NRW) to 14% last year. NRW fell five points.", "NRW", False),
        ("Orvane Bank caps loans at a loan-to-value (LTV) of 80%. LTV rules tightened.", "LTV", False),
        # must not: a name of capitalised words, hyphenated or not, keeps its acronym
        ("The Indo-Pacific Fund (IPF) bought 4% of Kestrel Water. IPF said it would hold the stake.", "IPF", True),
        ("The Tessby Water-Works Authority (TWWA) fined Kestrel Water. TWWA said it would appeal.", "TWWA", True),
    ],
)
def test_a_hyphenated_terms_acronym_names_no_organisation(text, acronym, organisation):
    assert (acronym in organisation_names(text)) is organisation


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # must not (c23 review H1): a distance written with a bare "meters" and no word of devices in its clause
        ("The runner collapsed 200 meters from the finish line.", "200"),
        ("The runner was within 50 meters of the finish line when she fell.", "50"),
        ("The tower rises 330 meters over the city.", "330"),
        ("The new tower will stand 280 meters, the developer said.", "280"),
        ("The ship is 300 meters from bow to stern.", "300"),
        ("The swimmer won the 200 meters in 1 minute 55 seconds.", "200"),
        ("The fire spread over 500 meters of forest.", "500"),
        ("The trench is 900 meters, the contractor said.", "900"),
        ("The plane climbed to 3,000 meters before turning back.", "3,000"),
        ("Villagers walk 800 meters to the nearest well, the charity said.", "800"),
        # a word of devices in another clause does not reach it
        ("Tamsin Water installed pumps last year, and the queue stretched 400 meters.", "400"),
    ],
)
def test_a_bare_meters_with_no_word_of_devices_is_a_length(sentence, written):
    assert _units(sentence)[written][1] == "metres"


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Calder Metering makes 90,000 meters a year at its plant in Accra.", "90,000"),
        ("The utility deployed 14,000 meters in the district in March.", "14,000"),
        ("Some 6,500 meters, each replacing an old mechanical meter, went in last year.", "6,500"),
    ],
)
def test_a_bare_meters_with_a_word_of_devices_counts_them(sentence, written):
    assert _units(sentence)[written][1] == "meters"


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # must not (c23 review H2): a customer named after "sales to" keeps the figures of a clause set in about it
        (
            "Kestrel Foods said its sales to Orvane Retail, which had revenue of $600 million last year, rose 3%.",
            "$600 million",
            "Orvane Retail",
        ),
        (
            "Halden Steel exported to Orvane Motors, whose plant makes 300,000 cars a year, steel worth $90 million.",
            "300,000",
            "Orvane Motors",
        ),
        # a deal: the buyer "sold to" pays the price
        ("Kestrel Mining said it sold shares to Tessby Holdings, which paid $12 million.", "$12 million", "Tessby Holdings"),
        ("Brannock Foods sold stock to Pellow Capital for $45 million.", "$45 million", "Pellow Capital"),
        (
            "Orvane Oils Ltd makes oil in Tessby. Its sales to Kestrel Retail, its biggest customer with 900 stores, "
            "grew 21 per cent.",
            "900",
            "Kestrel Retail",
        ),
        # fix2 review M4: any clause after the customer but one of the sales' change is about the customer
        ("Kestrel Foods ships to Brisa Retail, which said its profit rose 5%.", "5%", "Brisa Retail"),
        ("Kestrel Foods ships to Brisa Retail, which expects sales of $3 billion this year.", "$3 billion", "Brisa Retail"),
        ("Orvale Shipyards delivered three ships to Kestrel Lines, which paid $300 million.", "$300 million", "Kestrel Lines"),
    ],
)
def test_a_customer_keeps_its_own_figures(text, written, subject):
    assert claim_subjects(text)[written] == subject


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # fix2 review H3: "shipped to", "ships to" name where goods go; the market or customer owns no trade figure
        ("Orvane Foods said the share of its output shipped to Kestrel Retail rose to 30% from 22%.", "30%", "Orvane Foods"),
        ("Brisa Textiles ships to Kestrel Retail, and those orders grew 14% to $52 million.", "14%", "Brisa Textiles"),
        (
            "Orvane Foods exported 40,000 tonnes of cocoa last year. The volume shipped to the European Union rose 9%.",
            "9%",
            "Orvane Foods",
        ),
        # fix2 review H4: a clause of change after the customer describes the sales, not the customer
        (
            "Orvane Foods said sales to Kestrel Retail, which rose 8% to $2.1 billion, were its largest.",
            "$2.1 billion",
            "Orvane Foods",
        ),
        ("Halden Steel said exports to Brisa Motors, which fell 6% in May, were hit by tariffs.", "6%", "Halden Steel"),
        # must not (fix2 review M4): a clause of the sales' change or share, with or without an auxiliary
        (
            "Halden Steel said exports to Brisa Motors, which accounted for 12% of its revenue, were hit by tariffs.",
            "12%",
            "Halden Steel",
        ),
        ("Orvane Foods said sales to Kestrel Retail, which have grown 9% a year, were its largest.", "9%", "Orvane Foods"),
    ],
)
def test_the_trade_after_shipped_to_stays_the_sellers(text, written, subject):
    assert claim_subjects(text)[written] == subject


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # one word or none between the verb and "to", so the party stands where a customer would (fix2 review H2)
        ("Halden Steel shipped cargo to Brisa Motors for $3 million.", "$3 million"),
        ("Halden Steel ships to Brisa Motors for about EUR 40m a year.", "EUR 40m"),
    ],
)
def test_a_party_shipped_to_for_a_price_pays_it(text, written):
    # must not: "for" and an amount after the party shipped to: the deal's price, the buyer's
    assert claim_subjects(text)[written] == "Brisa Motors"


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        # fix2 review M5: a utility's meters in service or swapped are devices; "meters of" a material is a length
        ("Kestrel Water had 1.2 million meters in service at the end of June.", "1.2 million", "meters"),
        ("Kestrel Water will swap 90,000 meters for digital models by 2028.", "90,000", "meters"),
        ("Dunmore Textiles produces 40,000 meters of denim a day.", "40,000", "metres"),
        ("Crews fitted 1,500 meters of carpet in the terminal.", "1,500", "metres"),
    ],
)
def test_meters_in_service_are_devices_and_meters_of_a_material_a_length(sentence, written, unit):
    assert claims_by_written(sentence)[written].unit == unit


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        # must not (fix2 review M1): "meters of" a relative pronoun, a quantifier or a name is no material's length
        ("Kestrel Water installed 36,000 meters of which 12,000 are smart.", "36,000", "meters"),
        ("The utility supplied 200,000 meters of various types last year.", "200,000", "meters"),
        ("The utility replaced 12,000 meters of both kinds in March.", "12,000", "meters"),
        ("Oxley Power installed 30,000 meters of Orvale design in Leeds.", "30,000", "meters"),
        # must not (fix2 review M2): "in service" away from the number, and "swap" with "every" before it, no devices
        ("The ferry had been in service for 20 years when it sank 200 meters from the shore.", "200", "metres"),
        ("The plane had been in service since 1998 when it crashed 500 meters short of the runway.", "500", "metres"),
        ("The relay teams swap batons every 400 meters.", "400", "metres"),
    ],
)
def test_meters_of_no_material_stay_devices_and_in_service_only_after_the_meters(sentence, written, unit):
    assert claims_by_written(sentence)[written].unit == unit
