"""Review e20's findings on the entity rules of the twentieth held-out round: short original sentences of our
own (and the reviewer's), each failing before its fix."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, firm",
    [
        # a company owns and invests too: "the owner of", "an investor in" alone say nothing of a person
        ("Morgan Stanley, an investor in Orvane, sold its stake last week.", "Morgan Stanley"),
        ("Franklin Templeton, an investor in the bonds, said it would hold them.", "Franklin Templeton"),
        ("Victoria Gold, the owner of the Eagle mine, halted work.", "Victoria Gold"),
        ("Charles Schwab, the owner of TD Ameritrade, reported higher revenue.", "Charles Schwab"),
        ("Douglas Elliman, the owner of Tessby Realty, posted a loss.", "Douglas Elliman"),
    ],
)
def test_a_firm_named_like_a_person_owning_or_investing_stays_a_firm(text, firm):
    assert firm in organisations(text)
    assert firm not in people(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # ... unless something else says person: a verb only people do, a title, "He" or "She" next
        ("Megan Pryce, the owner of Tessby Looms, chairs the weavers' guild.", "Megan Pryce"),
        ("Farmer David Vance, an investor in Orvel Dairies, backed the plan.", "David Vance"),
        ("Ilse Varnow, the owner of Kestrel Bakes, bought the shop in 1998. She has run it since.", "Ilse Varnow"),
    ],
)
def test_an_owner_with_a_person_sign_is_a_person(text, person):
    assert person in people(text)
    assert person not in organisations(text)


@pytest.mark.parametrize(
    "text, firm",
    [
        # "the <Brand> factory" after a role: the brand's site, a company, where nothing says the word is a place
        ("The head of the Tesla factory in Berlin said 300 jobs would go.", "Tesla"),
        ("Maria Lopez, director of the Nestlé factory, said orders rose.", "Nestlé"),
        ("Anil Rao, head of the Infosys campus in Mysuru, said hiring would resume.", "Infosys"),
        ("Jo Hale, head of the Orvanta plant, said output fell.", "Orvanta"),
    ],
)
def test_a_brand_before_a_site_noun_after_a_role_is_a_company(text, firm):
    assert firm in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # ... and a town where the article says it is one: a known town, a place it names, a firm's name ending in it
        "Jo Hale, chief executive of the Tessby mill, told the paper. The mill has stood in the town of Tessby since 1890.",
        "Orvane Linen a.s. runs the mill at Tessby. Jo Hale, chief executive of the Tessby mill, told the paper.",
        "Jo Hale, chief executive of the Tessby mill, said Tessby Weaving a.s. would hire.",
        # (the last word of a name of two words the article prints, read as no firm by its legal form)
        "Orvelka Tessby, the weaver, was sold. Petr Hajny, chief executive of the Tessby mill, told the paper.",
        "Ana Ruiz, manager of the Leipzig plant, said output fell.",
    ],
)
def test_a_town_before_a_site_noun_after_a_role_is_no_company(text):
    assert "Tessby" not in organisations(text)
    assert "Leipzig" not in organisations(text)


@pytest.mark.parametrize(
    "text, organisation",
    [
        # an exchange named after its city, inside a longer name: the longer name whole
        ("London Stock Exchange Group said profit rose 8%.", "London Stock Exchange Group"),
        ("The Warsaw Stock Exchange Council met on Friday.", "Warsaw Stock Exchange Council"),
        # ... and where a day follows, the exchange alone
        ("Its shares rose on the Oslo Børs Tuesday.", "Oslo Børs"),
    ],
)
def test_an_exchange_in_a_longer_name(text, organisation):
    assert organisation in organisations(text)


@pytest.mark.parametrize(
    "text, towns",
    [
        # "Bursa" is a city: after another city, or before the land it lies in, no exchange
        ("The road from Istanbul Bursa is a two-hour drive.", {"Istanbul", "Bursa"}),
        ("The Bursa Türkiye office of the bank will close.", {"Bursa"}),
    ],
)
def test_bursa_the_city_beside_a_city_or_its_land(text, towns):
    assert towns <= places(text)
    assert not any("Bursa" in name for name in organisations(text))


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a venue inside a city after "in": no region around a town
        ("The dinner was held in London in the Savoy on Friday.", "Savoy"),
        ("She worked in Paris in the Louvre for ten years.", "Louvre"),
        ("The minister spoke in Berlin in the Reichstag on Tuesday.", "Reichstag"),
        ("The chocolate is sold in Britain in the Co-op and in Waitrose.", "Co-op"),
        # a market or an index beside a land
        ("Gold trades in the Comex and in China at different prices.", "Comex"),
        ("Traders in the Topix and in Japan's bond market sold shares.", "Topix"),
        # what traders buy and makers make, after "of the"; a family's name in the plural
        ("Buyers of the Cybertruck have complained about delays.", "Cybertruck"),
        ("Producers of the Wegovy, Novo Nordisk, said supply would improve.", "Wegovy"),
        ("Producers of the Emmys and the Grammys cut budgets.", "Emmys"),
        ("Families of the Hendersons were at the hearing.", "Hendersons"),
        ("Dealers in the Comex, the New York metals exchange, sold gold.", "Comex"),
    ],
)
def test_no_region_of_a_venue_a_market_a_product_or_a_family(text, not_expected):
    assert not_expected not in places(text)


@pytest.mark.parametrize(
    "text, region",
    [
        # the region rules still read the shapes news gives them
        ("Tea is grown near Kandy, in the Orvesh, and sold in Colombo.", "Orvesh"),
        ("Families of the Orvai were at the hearing.", "Orvai"),
        ("Villages of the Tessarns, in the north, lost power.", "Tessarns"),
        ("Cotton buyers across the Kelmor have cut prices.", "Kelmor"),
        # makers "of" a region where what they make is named before them
        ("The deal with the Union of Mango Producers of the Orvasse was signed on Monday.", "Orvasse"),
        ("Textile exporters of the Kelmor were looking for plants abroad.", "Kelmor"),
    ],
)
def test_regions_still_read(text, region):
    assert region in places(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a school or a hospital before a division in an address is a body's address, no town
        ("She teaches at Westfield Academy, Fairfax County, and coaches football.", "Westfield Academy"),
        ("He trained at Orvane Academy, Kelmor District, for two years.", "Orvane Academy"),
    ],
)
def test_a_body_before_its_division_is_no_town(text, body):
    assert body not in places(text)
    assert body in organisations(text)
