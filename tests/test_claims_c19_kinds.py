"""The c19 round's kinds of claims, on short original sentences: people counted by their sex or age
("some 900 women pack the fish"); a fraction of a figure named before ("a quarter of it to Japan", "of
which a third came from"); a bare "$" on a page naming two dollar countries as often, read by the page's
dateline; "F$" for the Fiji dollar; a company named after its country called by the word after it
("Brazil Varella Foods" as "Varella"); the nationality of a target described with a participle ("the Peruvian salted anchovy
packer X")."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.claims.nationality import nationality_mentions
from loaders.extract.entities import find_entities
from tests.helpers import grouping_subjects as _grouping_subjects  # each figure's subject as grouping reads it
from tests.test_claims import claims_of

_DEAL = "Harwick Foods has bought 60% of Lindqvist Fresh Ltd.\n\nLindqvist Fresh packs salads in Leeds.\n\n"


def _by_written(text: str, published: str | None = "2026-11-27") -> dict[str, object]:
    return {c.value_as_written: c for c in claims_of(text, published)}


@pytest.mark.parametrize(
    "sentence, written, value, unit",
    [
        # counted with an approximator and a verb after the noun: the noun, not "pack salads"
        ("In spring some 2,400 women pack salads at its sheds.", "2,400", 2400, "women"),
        ("About 70 men load the lorries by hand.", "70", 70, "men"),
        ("Its sheds take on roughly 1 700 women each summer.", "1 700", 1700, "women"),
        ("The charity feeds 5,200 children a day.", "5,200", 5200, "children"),
    ],
)
def test_people_counted_by_sex_or_age(sentence, written, value, unit):
    claim = _by_written(_DEAL + sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)
    assert claim.subject == "Lindqvist Fresh"


@pytest.mark.parametrize(
    "sentence, written, value",
    [
        ("Norway shipped 72,000 tonnes of salmon in 2025, a quarter of it to Japan.", "a quarter", 25.0),
        ("Lindqvist Fresh sold 9,300 tonnes, roughly two-thirds of it to supermarkets.", "two-thirds", 66.7),
        ("Denmark bought 18,000 tonnes of lettuce in 2025, of which a third came from Spain.", "a third", 33.3),
    ],
)
def test_a_fraction_of_a_figure_named_before(sentence, written, value):
    claim = _by_written(_DEAL + sentence)[written]
    assert (claim.value, claim.unit) == (value, "percent")


def test_a_fraction_of_it_after_a_figure_of_the_sentence_before():
    text = _DEAL + "Norway shipped 72,000 tonnes of salmon in 2025. Nearly half of it went to Poland."
    assert _by_written(text)["half"].value == 50.0


@pytest.mark.parametrize(
    "text",
    [
        # no figure before: "half of it" names no share of a figure
        "Lindqvist Fresh says the market is odd. Half of it is still unknown to buyers.",
        # "in which": no share of the figure before
        "Lindqvist Fresh serves 14 towns in which half the shops are closed.",
    ],
)
def test_no_fraction_without_a_figure_it_is_part_of(text):
    assert not any(c.unit == "percent" and c.value == 50.0 for c in claims_of(text))


@pytest.mark.parametrize(
    "dateline, unit",
    [("APIA - ", "WST"), ("SUVA - ", "FJD"), ("HONIARA - ", "SBD")],
)
def test_a_bare_dollar_where_two_dollar_countries_tie_is_the_datelines(dateline, unit):
    """Fiji and the Solomon Islands named twice each: the page's dateline decides (a town of neither:
    the usual US dollar). Samoa's dollar is no bare "$" country's, so its dateline leaves the usual reading."""
    text = (
        f"{dateline}Koro Cocoa of Fiji has bought Gizo Beans, the Solomon Islands grower, for $8.5 million.\n\n"
        "Gizo Beans ships to Fiji from the Solomon Islands."
    )
    (claim,) = [c for c in claims_of(text) if c.value == 8.5e6]
    assert claim.unit == (unit if unit != "WST" else "USD")


def test_the_fiji_dollar_by_its_wire_sign():
    (claim,) = [c for c in claims_of("Koro Cocoa posted revenue of F$27.3m for the year.") if c.value == 27.3e6]
    assert claim.unit == "FJD"


def _organisations(text: str) -> dict[str, str]:
    return {
        text[m.span.start : m.span.end]: m.name
        for m in find_entities(text, layout(text).paragraphs, {}).mentions
        if m.kind == "organisation"
    }


def test_a_company_named_after_its_country_by_the_word_after_it():
    text = (
        "SAO PAULO, May 4 -- Brazil Varella Foods Co., Ltd. (Varella) said it would buy 40 percent of Kallio Oy.\n\n"
        "Varella's revenue rose 8 percent to 3.1 billion reais in 2025."
    )
    assert _organisations(text)["Varella"] == "Brazil Varella Foods"
    assert _by_written(text)["3.1 billion reais"].subject == "Brazil Varella Foods"


def _nationality_referents(text: str) -> dict[str, str]:
    organisations = [m for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == "organisation"]
    return {text[m.span.start : m.span.end]: m.name for m in nationality_mentions(text, organisations)}


def test_the_nationality_of_a_target_described_with_a_participle():
    text = (
        "Harwick Foods said it would acquire 70 percent of Peruvian salted anchovy packer Paita Marina for $31 million."
        "\n\nThe Peruvian company packs 9,600 tonnes of anchovies a year."
    )
    assert _nationality_referents(text) == {"The Peruvian company": "Paita Marina"}


def test_a_participle_last_before_a_name_is_a_verb_not_a_description():
    """ "The Kenyan regulator penalised Tsavo Cement": no Kenyan Tsavo, so "the Kenyan company" is the one
    Kenyan company the article names."""
    text = (
        "The Kenyan regulator penalised Tsavo Cement for 14 breaches last year.\n\n"
        "Kestrel Mills, a Kenyan miller, is buying a depot from Tsavo Cement.\n\n"
        "The Kenyan company sold 900 tonnes of flour in May."
    )
    assert _by_written(text)["900"].subject == "Kestrel Mills"


def test_a_newsletter_published_by_its_publisher_is_no_figures_subject():
    """Its name, twice in its masthead and its publisher's line, is no company of the story: a deal box's
    figures are the story's."""
    text = (
        "TASMAN COMMODITIES BRIEFING\n"
        "Weekly notes on Tasman grain trade | Hobart\n\n"
        "Kestrel Mills buys Tamar Oats\n\n"
        "Kestrel Mills has bought 45% of Tamar Oats Ltd, the Tasmanian oat miller, for A$12 million.\n\n"
        "The deal at a glance\n- Stake: 45%\n- Mills: 3\n\n"
        "Tamar Oats milled 26,000 tonnes of oats last year. Kestrel Mills runs 12 silos.\n\n"
        "Tasman Commodities Briefing is published by Dorrigo Media Pty Ltd, Hobart."
    )
    subjects = _grouping_subjects(text)
    assert "tasman-commodities" not in subjects.values()
    assert subjects["45%"] in {"kestrel-mills", "tamar-oats"}


# The c19 round's second batch: a currency's code ending no name, a dateline's town with a particle, a
# page made in a dollar country naming it as often as the other, a country's name before a company's
# description, a kind of business standing for the name that holds it, the litre in both spellings.


def test_a_currency_code_before_its_figure_ends_no_name():
    text = "Harwick Foods agreed to buy a 40 percent stake in Finnish rye miller Kallio Fibras for EUR 12.5 mln."
    assert "Kallio Fibras" in _organisations(text).values()
    assert not any("EUR" in name for name in _organisations(text).values())


@pytest.mark.parametrize(
    "dateline, unit",
    [
        # a town with a particle in capitals: "PORT OF SPAIN" is Port of Spain
        ("PORT OF SPAIN - ", "TTD"),
        ("BRIDGETOWN - ", "BBD"),
    ],
)
def test_a_bare_dollar_on_a_page_made_in_a_dollar_country_named_as_often(dateline, unit):
    """Barbados and Trinidad and Tobago named twice each, "US$" printed too: the page's home decides."""
    text = (
        f"{dateline}Marabella Spirits of Trinidad and Tobago will pay $210 million (US$31 million) for Oistins Rum "
        "of Barbados.\n\nOistins Rum exports from Barbados; Marabella Spirits is listed in Trinidad and Tobago."
    )
    (claim,) = [c for c in claims_of(text) if c.value == 210e6]
    assert claim.unit == unit


def test_a_bare_dollar_on_a_page_made_in_a_dollar_country_named_less_stays_usual():
    """Trinidad and Tobago named once, Barbados thrice, on a Port of Spain page printing no other dollar:
    the usual reading (the home is not among the countries named most)."""
    text = (
        "PORT OF SPAIN - Marabella Spirits of Trinidad and Tobago will pay $210 million for Oistins Rum of Barbados."
        "\n\nOistins Rum exports from Barbados. Barbados is its home."
    )
    (claim,) = [c for c in claims_of(text) if c.value == 210e6]
    assert claim.unit == "USD"


def test_a_countrys_name_before_a_companys_description_gives_its_nationality():
    text = (
        "Marabella Spirits will pay 70 per cent of the Barbados rum maker Oistins Rum Refinery for $50 million.\n\n"
        "The Barbadian company makes 2.8 million litres of rum a year."
    )
    assert _nationality_referents(text) == {"The Barbadian company": "Oistins Rum Refinery"}


def test_a_kind_of_business_stands_for_the_name_that_holds_it():
    """ "the distillery" after a buyer and "X Rum Distillery": the distillery, and the sentences after it
    in its paragraph; "the company" is no such noun (every company is one)."""
    text = (
        "Oistins Rum Distillery Inc. has agreed to a takeover by Marabella Spirits Limited.\n\n"
        "The old distillery, founded in 1911, ships most of its rum to Europe, 2.8 million litres in 2025. "
        "Its 95 staff keep their jobs, and it still buys cane from 300 growers."
    )
    found = _by_written(text)
    assert {found[w].subject for w in ("2.8 million", "95", "300")} == {"Oistins Rum Distillery"}


def test_the_litre_in_its_us_spelling():
    claim = _by_written("Oistins Rum makes 2.8 million liters of rum a year.")["2.8 million"]
    assert claim.unit == "litres"


def test_a_bare_dollar_on_a_page_made_in_a_dollar_country_printing_no_other_dollar():
    """No "US$" printed: a Bridgetown page naming Barbados as often as Trinidad and Tobago prints Barbados
    dollars by "$"."""
    text = (
        "BRIDGETOWN - Marabella Spirits of Trinidad and Tobago will pay $210 million for Oistins Rum of Barbados."
        "\n\nOistins Rum exports from Barbados; Marabella Spirits is listed in Trinidad and Tobago."
    )
    (claim,) = [c for c in claims_of(text) if c.value == 210e6]
    assert claim.unit == "BBD"


def test_a_kind_of_business_two_names_hold_stands_for_neither_by_it():
    """ "The bank" after "Rift Savings Bank" and the "Central Bank of Kenya": the noun names no one of them."""
    text = (
        "Rift Savings Bank said the Central Bank of Kenya had approved its rights issue of Sh2.4 billion.\n\n"
        "The bank's shares rose 4.2 percent in Nairobi."
    )
    assert _by_written(text)["4.2 percent"].subject == "Rift Savings Bank"


# Review of the c19 round: what its rules must not reach.


@pytest.mark.parametrize(
    "text",
    [
        # a wire datelined in a peso country, Hong Kong or a Caribbean dollar country: its "$" is the US dollar
        "MEXICO CITY, Nov 27 (Reuters) - Mexican builder Grupo Tolteca said on Thursday it would sell three toll "
        "roads in Mexico for $1.2 billion to a Canadian pension fund.\n\nGrupo Tolteca shares rose 3% in Mexico City trading.",
        "HONG KONG, Nov 27 (Reuters) - Hong Kong property developer Kwai Sun Holdings said it raised $1.2 billion "
        "from a bond sale.\n\nThe Hong Kong firm will use the money to refinance loans.",
        "KINGSTON, March 3 (Caribbean Wire) - Blue Mahoe Foods of Jamaica will buy Ocho Rios Cartons, a Jamaican "
        "box maker, for $1.2 billion.\n\nBoth are listed in Jamaica.",
        # no wire, a home named as often as any other country, but its papers print "$" beside "US$" only
        "MEXICO CITY - Grupo Tolteca of Mexico will sell its toll roads to Ontario Roads of Canada for $1.2 billion."
        "\n\nGrupo Tolteca is listed in Mexico; Ontario Roads in Canada.",
        "TAIPEI - Hsinlan Semiconductor of Taiwan will sell a plant to Kyushu Chips of Japan for $1.2 billion."
        "\n\nHsinlan Semiconductor is listed in Taiwan; Kyushu Chips in Japan.",
    ],
)
def test_a_bare_dollar_on_a_wire_or_a_page_whose_papers_print_their_own_with_a_sign_stays_usual(text):
    (claim,) = [c for c in claims_of(text) if c.value == 1.2e9]
    assert claim.unit == "USD"


def test_a_wire_datelined_in_one_of_two_dollar_countries_named_as_often_prints_the_us_dollar():
    """The tie of two dollar countries decided by the page's home is a local page's reading, not a wire's."""
    text = (
        "HONIARA, Nov 27 (Pacific Wire) - Koro Cocoa of Fiji has bought Gizo Beans, a cocoa grower, for $8.5 million."
        "\n\nGizo Beans ships its beans to Fiji from the Solomon Islands."
    )
    (claim,) = [c for c in claims_of(text) if c.value == 8.5e6]
    assert claim.unit == "USD"


def test_a_bare_dollar_on_a_caribbean_page_naming_its_home_as_often_is_its_own():
    text = (
        "KINGSTON - Blue Mahoe Foods of Jamaica will buy Ocho Rios Cartons from Dade Paper of the United States "
        "for $1.2 billion.\n\nBlue Mahoe Foods is listed in Jamaica; Dade Paper in the United States."
    )
    (claim,) = [c for c in claims_of(text) if c.value == 1.2e9]
    assert claim.unit == "JMD"


@pytest.mark.parametrize(
    "text, parent, venture",
    [
        (
            "Saudi Aramco Total Refining Co said it would shut one unit for repairs.\n\nAramco, which owns 62% of the "
            "plant, said it would keep supplying customers. Aramco's profit fell 12% to $27 billion, Aramco said.",
            "Aramco",
            "Saudi Aramco Total Refining",
        ),
        (
            "Oman Halvard Shipping Services said it had leased two tankers.\n\nHalvard, the Norwegian owner of 49% of "
            "the venture, reported revenue of $3.4 billion. Halvard will raise its dividend, Halvard said.",
            "Halvard",
            "Oman Halvard Shipping Services",
        ),
    ],
)
def test_a_parent_named_in_its_joint_ventures_name_stays_itself(text, parent, venture):
    """A joint venture named after its country and its parent ("Saudi Aramco Total Refining"): the parent's
    own name is no short form of the venture's unless the article gives it so in brackets."""
    assert set(_organisations(text).values()) >= {parent, venture}
    assert {name for written, name in _organisations(text).items() if written == parent} == {parent}
    figures = _by_written(text)
    assert [c.subject for c in figures.values() if c.unit and c.unit.isupper()] == [parent]


@pytest.mark.parametrize(
    "text, written, subject",
    [
        # "oil" before "regulator" describes the regulator: no kind standing for "Harmattan Oil"
        (
            "Kosmos Energy will buy a 30% stake in an offshore field from Harmattan Oil Ltd.\n\nKosmos Energy expects "
            "the field to pump 40,000 barrels a day. The state oil regulator approved the deal on Monday, and the "
            "field's output should double to 80,000 barrels by 2029.",
            "80,000",
            "Kosmos Energy",
        ),
        # "the central bank" is a public body; "Bank" is no kind of "Absa Bank Kenya", whose last word is its country
        (
            "Safaricom has borrowed 15 billion shillings from Absa Bank Kenya.\n\nSafaricom's profit rose 12% to 42 "
            "billion shillings. The central bank cut its rate to 9.5% in October, and it now expects to pay 2 "
            "billion shillings less in interest.",
            "9.5%",
            "Safaricom",
        ),
        (
            "Tamarind Foods has borrowed $40 million from Kestrel Bank Ghana.\n\nTamarind Foods' sales rose 7%. "
            "The bank raised its lending rate to 29% in May.",
            "29%",
            "Tamarind Foods",
        ),
    ],
)
def test_a_kind_of_business_only_as_the_head_of_a_holders_name(text, written, subject):
    assert _by_written(text)[written].subject == subject


def test_a_kind_of_business_right_after_the_article():
    """ "The brewery, founded in 1884, ...": the noun alone, its describing clause after it."""
    text = (
        "Dunmore Drinks said it had agreed to acquire Kilbeggan Hill Brewery Ltd.\n\n"
        "The brewery, founded in 1884, sold 41,000 hectolitres of stout last year."
    )
    assert _by_written(text)["41,000"].subject == "Kilbeggan Hill Brewery"


def test_a_count_of_women_is_no_workforce_another_outlet_may_give():
    """ "employs 1,300 women" and "employs 1,800 people": a part of the workforce and the whole, both true."""
    from tests.test_claim_groups import groups_of

    statuses = groups_of(
        {
            "a": "Tamarind Foods employs 2,600 people at its plant near Tema.",
            "b": "Tamarind Foods employs 1,900 women at its plant near Tema.",
        }
    )
    assert statuses == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist Fresh runs 4 women's health clinics in Leeds.",
        "Lindqvist Fresh sponsors 3 men's football clubs.",
        "Its Leeds shop sold 5,000 children's books last year.",
    ],
)
def test_a_possessive_counts_no_people(sentence):
    assert not any(c.unit in {"women", "men", "children"} for c in claims_of(_DEAL + sentence))
