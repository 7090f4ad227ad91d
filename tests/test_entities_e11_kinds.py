"""Entity rules added for kinds the eleventh entities round of held-out articles showed (a Frisian
paper translated, a Sardinian daily translated from Italian, a Galician business site, a Māori-affairs
news site, a Welsh valleys weekly, a Donegal paper reporting a ferry operator's notice): villages
named only by where goods and people go, bodies and companies with no legal form. Short original
sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        # up, down or across to a name, on the road to it, or driving, sailing, commuting or trucking
        # there: a place, known or not
        ("The firm moved its packing line up to Kessvoe in May.", {"Kessvoe"}),
        ("The catch went down to Orravale on ice.", {"Orravale"}),
        ("Every crate goes across to Tessmuir on the ferry.", {"Tessmuir"}),
        ("The drums went down the road to Carrowby.", {"Carrowby"}),
        ("Staff have been driving to Dunmallow for work.", {"Dunmallow"}),
        ("The boats sailed to Skervay with the nets.", {"Skervay"}),
        ("Most of them commute to Pellmoor every day.", {"Pellmoor"}),
        # a route "from X to Y" one end of which the article has already read as a place
        ("The line moved up to Kessvoe. The ferry sails from Kessvoe to Amrella daily.", {"Kessvoe", "Amrella"}),
    ],
)
def test_places_named_by_where_goods_and_people_go(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # "to" after a change of supplier or employer, a handing over, a return: a company as often
        ("The plant was handed over to Kestrava last year.", "Kestrava"),
        ("The brand switched to Orvane for its tins.", "Orvane"),
        ("She returned to Tessmark after a year away.", "Tessmark"),
        # "up to" a date, a possessive or a figure
        ("Prices stay high up to March, the firm said.", "March"),
        ("The firm is valued at up to Kestrava's own worth.", "Kestrava's"),
        ("Kestrava can hire up to 40 people.", "Kestrava"),
        ("It plans to raise up to Dh1.2 billion in a listing.", "Dh1"),
        # a person's name after "up to"
        ("She walked up to Anna Berg and shook her hand.", "Anna Berg"),
    ],
)
def test_no_place_where_to_names_a_company_a_date_or_a_person(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # "up to", "down to", "across to", "round to", "the road to" with no verb of motion before them
        ("Shoppers traded down to Brevmart and Frelmo as prices rose.", "Frelmo"),
        ("Many customers moved across to Frelmo last year.", "Frelmo"),
        ("Sales fell, and it was up to Quennery to respond.", "Quennery"),
        ("In the end it comes down to Varnix and its chips.", "Varnix"),
        ("He sold it down to Telvora for a pound.", "Telvora"),
        ("We are grateful to everyone who came down to Brevmart on Saturday.", "Brevmart"),
        ("The report maps the road to Net Zero for the steel industry.", "Net Zero"),
        # ... or a noun after the name: it qualifies that noun ("Varnix staff")
        ("The bonus goes up to Varnix staff first.", "Varnix"),
        ("Salaries went up to Gallond levels after the deal.", "Gallond"),
        ("Trucks heading round to Amvero depots were stuck.", "Amvero"),
        # travellers a rival took; calls that are no ship's
        ("The airline has lost passengers to Skyvo and Jetterra this year.", "Jetterra"),
        ("Margin calls at Archton hit the banks hard.", "Archton"),
        ("The chief executive calls at Barvell were tense, staff said.", "Barvell"),
        # "here to" and "there to" with no "from" before them
        ("Rates rose from here to Christmas.", "Christmas"),
        ("She was there to Support the team.", "Support"),
        # a currency's letters before its sign
        ("The firm plans to spend up to S$150 million over three years.", "S"),
        ("The bank may raise up to HK$2 billion in the sale.", "HK"),
        ("Prices could fall down to R$5 a kilo.", "R"),
        ("Net profit fell down to US$74 million.", "United States"),
    ],
)
def test_no_place_after_a_particle_and_to_without_a_journey(text, not_a_place):
    assert not_a_place not in places(text)


def test_no_place_for_a_name_the_article_knows_as_an_organisation():
    text = "Telvora Holdings Ltd bought the mill. Later he sold it down to Telvora for a pound."
    assert "Telvora" not in places(text)


def test_a_recurring_name_read_as_a_place_is_no_company():
    """A one-word name written twice with no company's sign is a place where the article sends
    goods or people to it (no "recurring proper noun" organisation)."""
    text = "The fish went down to Orravale on ice. Buyers in Orravale paid less. Orravale has a harbour."
    assert "Orravale" in places(text)
    assert "Orravale" not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # travellers and the services carrying them "to" a name
        ("Passengers to Tessmore will have fewer sailings.", {"Tessmore"}),
        ("Sailings to Inishcarra are cut in winter.", {"Inishcarra"}),
        ("The ferry to Orravoe runs twice a day.", {"Orravoe"}),
        # a maker of a local food or craft "from" one name
        ("A bottarga producer from Cabrella has bought the plant.", {"Cabrella"}),
        ("A cheese maker from Tessby won the prize.", {"Tessby"}),
    ],
)
def test_places_of_travellers_and_makers(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one unknown word before a verb of trade and what it trades, then a second sign of a
        # company ("its" in the sentence, the next sentence opening "The company" or "It"): a business
        ("The tins are made locally, and Quellmar supplies the olive oil. The company is on the coast.", "Quellmar"),
        ("Quellmar supplies its olive oil to the plant.", "Quellmar"),
        ("The firm said Tessmark also exports most of its wool.", "Tessmark"),
        ("Orvalind distributes the cakes to shops. It employs nine people.", "Orvalind"),
        # a public body of a field "for" a place a list knows
        ("Transport for Wales is being asked to add a bus.", "Transport for Wales"),
        ("Health for Scotland will fund the clinic.", "Health for Scotland"),
    ],
)
def test_businesses_by_their_trade_and_bodies_by_their_field(text, expected):
    assert expected in organisations(text)


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # a given name, a known town or an ordinary word before the verb
        ("The bakery said Rhiannon sells the cakes.", "Rhiannon"),
        ("Harlingen sells its fish at the quay.", "Harlingen"),
        ("Fresh sells well in summer.", "Fresh"),
        # a verb of trade with no object after it
        ("Nobody knows what Tessmark sells.", "Tessmark"),
        # a verb of trade with no second sign of a company: a surname or a region as often
        ("Brackwell sells his stake in the airline, the filing shows.", "Brackwell"),
        ("Dravenski sells the plan to sceptical ministers.", "Dravenski"),
        ("Kowalczyk supplies the council with salt in winter.", "Kowalczyk"),
        ("Orlanao supplies most of the bananas the country eats.", "Orlanao"),
        # ... or opening a headline ("Brackwell sells stake", a surname in a headline)
        ("Brackwell sells stake in the refiner, filing shows\n\nIts shares fell.", "Brackwell"),
        # a minister's title "for" a place, and a field "for" no place
        ("Minister for Wales Jo Hale said so.", "Minister for Wales"),
        ("Transport for the region will improve.", "Transport"),
    ],
)
def test_no_business_or_body_without_its_signs(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # going round to a name, "from there to" one, a ship calling at ports
        ("They have to go round to Skarvik to deliver.", {"Skarvik"}),
        ("The firm will send the fish from there to Tessvoll.", {"Tessvoll"}),
        ("The coastal ship calls at Orrvik and Skarsund.", {"Orrvik", "Skarsund"}),
    ],
)
def test_places_a_ship_or_a_load_goes_round_to(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a visit to a person or a building is no port's call
        ("She will call at Kestrel House on Monday.", "Kestrel House"),
        ("I called at Anna Berg's house.", "Anna Berg"),
    ],
)
def test_no_place_where_a_call_is_a_visit(text, not_a_place):
    assert not_a_place not in places(text)


def test_a_norwegian_company_ends_in_as():
    assert "Tessfisk" in organisations("Stockfish producer Tessfisk AS from Orrvik has bought the landing.")
    assert not organisations("PROFITS SOAR AS SALES RISE")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name of no ordinary word, described by a trade people practise and where, then speaking
        ("Ngaio Tairoa, a grower in Tessby, said the shed was good news.", "Ngaio Tairoa"),
        ("Merenia Tapsell, a small trader at Orrin Bay, said she would move her stall.", "Merenia Tapsell"),
    ],
)
def test_a_person_described_by_a_trade_and_where(text, expected):
    found = found_in(text)
    assert expected in found.names("person")
    assert expected not in found.names("organisation")


@pytest.mark.parametrize(
    "text, business",
    [
        # a name ending in a plural noun of land or trade, described by a trade and where: a business
        ("Hillcrest Orchards, a grower in Kent, said prices were too low.", "Hillcrest Orchards"),
        ("Dunmallow Farms, a grower in Cork, said the price was too low.", "Dunmallow Farms"),
        ("Tessby Ferries, an operator in Orvale, said sailings would resume.", "Tessby Ferries"),
    ],
)
def test_no_person_for_a_business_named_for_its_land_or_trade(text, business):
    assert business not in found_in(text).names("person")


def test_a_business_named_with_an_ordinary_word_stays_one():
    """ "Kestrel Fresh, a grower in Tessby,": a name holding an ordinary word may be a business's."""
    found = found_in("Kestrel Fresh, a grower in Tessby, said prices would rise.")
    assert "Kestrel Fresh" not in found.names("person")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a kind of place in Spanish, Galician, Portuguese or Italian, a particle and a name
        ("The plant stands on the shore of the Ría de Orrela, near the port.", {"Ría de Orrela"}),
        ("Mussels come from rafts in Cabo de Tessa and nearby.", {"Cabo de Tessa"}),
        ("Divers work off Punta del Orvo in winter.", {"Punta del Orvo"}),
        ("The boats shelter in the Golfo di Tessara.", {"Golfo di Tessara"}),
    ],
)
def test_places_named_by_a_romance_kind_and_a_particle(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a given name before the particle, or a business named in full
        ("Ria de Souza said the firm would grow.", "Ria de Souza"),
        ("Sierra de Vries said the firm would grow.", "Sierra de Vries"),
        ("Punta del Orvo Holdings bought the hotel.", "Punta del Orvo Holdings"),
    ],
)
def test_no_place_for_a_person_or_a_business_named_so(text, not_a_place):
    assert not_a_place not in places(text)
