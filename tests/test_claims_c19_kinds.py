"""The c19 round's kinds of claims, on short original sentences: people counted by their sex or age
("some 900 women pack the fish"); a fraction of a figure named before ("a quarter of it to Japan", "of
which a third came from"); a bare "$" on a page naming two dollar countries as often, read by the page's
dateline; "F$" for the Fiji dollar; a company named after its country called by the word after it
("Brazil Varella Foods" as "Varella"); the nationality of a target described with a participle ("the Peruvian salted anchovy
packer X")."""

from __future__ import annotations

import pytest

from loaders.build import extract_article
from loaders.clean import layout
from loaders.extract.claims.nationality import nationality_mentions
from loaders.extract.entities import find_entities
from loaders.group.claims import OrganisationNames, claim_records, member_subjects
from loaders.read import SeedFile
from loaders.spans import slug
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
        ("At the plant work 350 employees, and in summer about 1 700 women are added.", "1 700", 1700, "women"),
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


def _grouping_subjects(text: str) -> dict[str, str | None]:
    """Each figure's subject as grouping reads it (from the article's final mentions)."""
    article = extract_article(SeedFile("a", "a.txt", text, "0" * 64), {})
    names = OrganisationNames({slug(m.name) for m in article.entities.mentions if m.kind == "organisation"})
    return {m.text: member_subjects(m, names)[1] for m in claim_records(article).members}


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
