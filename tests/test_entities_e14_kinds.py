"""Entity rules added for kinds a fourteenth round of held-out articles showed (a Malawian daily, a
tree-nut trade letter, a Beira news site translated from Portuguese, an Aosta Valley portal and a
Lower Inn valley weekly translated, a cheese-trade letter). Short original sentences of our own:
(text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's land, its name ending in a kind of place, is a place, not the country's company
        ("A dairy is buying a cheese cooperative in Italy's Orvale Valley, its first step.", {"Orvale Valley"}),
        ("It is one of the larger farms in Malawi's Tessby Highlands, in a move that could hurt.", {"Tessby Highlands"}),
        ("Farmers in Scotland's Orvale Lowlands fear the new road.", {"Orvale Lowlands"}),
        # a mountain pass
        ("Cheese will travel over the Orvale Pass and through Switzerland.", {"Orvale Pass"}),
    ],
)
def test_a_countrys_land_is_a_place(text, expected):
    assert expected <= places(text)
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's company stays a company, a kind of place inside its name or not
        ("Spain's Hidrotec Global said profits rose.", {"Hidrotec Global"}),
        # ... and one whose name ends in a kind of place, where it speaks or acts as a company
        ("Japan's Kestrel Point said on Monday it would cut 300 jobs.", {"Kestrel Point"}),
        ("Norway's Tessby Harbour said profits fell.", {"Tessby Harbour"}),
        ("Norway's Kestrel Valley Foods expanded its plant.", {"Kestrel Valley Foods"}),
        # a trade before a name ending in "Highlands": a business's name, no land
        ("Tea exporter Tessby Highlands said it would sell two estates.", {"Tessby Highlands"}),
        # a body named after a land keeps its whole name
        ("The Tessby Highlands Growers Association said prices fell.", {"Tessby Highlands Growers Association"}),
    ],
)
def test_a_countrys_company_stays_a_company(text, expected):
    assert expected <= organisations(text)
    assert not expected & places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # land or road lying between two places names two places, known or not
        ("Kestrel Estates Limited, which farms 610 hectares between Tessby and Orvale, was sold.", {"Tessby", "Orvale"}),
        # ("stretch" is said of time too: one of the two a known town)
        ("Repairs on the stretch between Tessby and Blantyre would finish before the rains.", {"Tessby", "Blantyre"}),
        ("The 40 kilometres between Tessby and Orvale are unpaved.", {"Tessby", "Orvale"}),
        # the towns a road runs through, one of them known
        ("The trucks follow the national road through Tessby, Orvale and Catandica to the coast.", {"Tessby", "Orvale"}),
    ],
)
def test_places_between_and_along_a_road(text, expected):
    assert expected <= places(text)
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # parties between, no places
        ("The deal between Kestrel and Orvale was signed on Monday.", {"Kestrel", "Orvale"}),
        ("The talks between Tessmark and Darvey broke down.", {"Tessmark", "Darvey"}),
        # firms joined on a stretch of names stay firms
        ("The stretch between Kestrel Foods and Orvale Logistics is a partnership.", {"Kestrel Foods", "Orvale Logistics"}),
        # shares sold through brokers: no road
        ("The company sold shares through Kestrel, Orvale and Darvey Capital.", {"Kestrel", "Orvale"}),
        # sales channels, no road: companies
        ("The bank sells its services through Kessway, Orvale and Darvey.", {"Kessway", "Orvale", "Darvey"}),
        ("Customers can book the route through Expedia, Kayak and Skyscanner.", {"Expedia", "Kayak", "Skyscanner"}),
        # a measure with no figure, a stretch of time: no land between places
        ("The miles between Hamilton and Verstappen shrank after the pit stop.", {"Verstappen"}),
        ("Sales are brisk in the stretch between Diwali and Eid, traders said.", {"Diwali", "Eid"}),
    ],
)
def test_parties_are_no_places(text, absent):
    assert not absent & places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an Italian dairy's or savings bank's name, its "di" and town and all
        ("The Latteria Turnaria di Orvale is to be taken over by an Austrian dairy.", {"Latteria Turnaria di Orvale"}),
        ("The price will pay off a loan from the Cassa Rurale di Tessby that the cooperative owed.", {"Cassa Rurale di Tessby"}),
        ("Milk goes to the Caseificio Valle Orvale every morning.", {"Caseificio Valle Orvale"}),
        # a company of a Portuguese-speaking country, its limitada ("Lda", Brazil's "Ltda") after its name
        ("It met officials of the clearing agent Agência Orvale Lda.", {"Agência Orvale"}),
        ("Transportes Tessby Ltda said sales rose.", {"Transportes Tessby"}),
    ],
)
def test_bodies_named_in_italian_and_portuguese(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # "Cassa" alone, or the Italian word in a sentence, names no body
        ("Cassa said the loan was repaid.", {"Cassa"}),
        ("He sold the cheese to the Latteria, he said.", {"Latteria"}),
    ],
)
def test_a_kind_word_alone_is_no_body(text, absent):
    assert not absent & organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # particles of Italian, Dutch, Welsh and German names join the name
        ('"We will wait," said Rhys ap Gwyn, a farmer near Bala.', {"Rhys ap Gwyn"}),
        ("Jan ter Horst, who runs the yard, said prices fell.", {"Jan ter Horst"}),
        ("Luca di Serio, the mayor, opened the bridge.", {"Luca di Serio"}),
        # an apostrophe or an okina between a surname's letters
        ("John Ng'ambo, a farmer, said the rains were late.", {"John Ng'ambo"}),
        ("The farm was bought by Maria Kaʻaukai last year.", {"Maria Kaʻaukai"}),
        ("Anna Mwale-Ng'oma, a farmer, said the rains were late.", {"Anna Mwale-Ng'oma"}),
        # a role word before the name stays out of it
        ("Herder Anna Labba said the grazing was poor.", {"Anna Labba"}),
        ("Fisherman John Macleod said the catch was poor.", {"John Macleod"}),
        ("Councillor Máire O'Donnell said the road was unsafe.", {"Máire O'Donnell"}),
    ],
)
def test_names_with_particles_and_marks(text, expected):
    assert expected == people(text) & expected
    found = people(text)
    assert not any(name != wanted and wanted in name for name in found for wanted in expected)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a possessive is no name's apostrophe
        ("The chief executive of Kestrel's unit said so.", {"Kestrel's"}),
        ("Anna Kestrel's farm was sold.", {"Anna Kestrel's"}),
        # a particle between a town and a body joins no person
        ("The Banca di Orvale said profits rose.", {"Banca di Orvale"}),
    ],
)
def test_no_person_from_a_possessive_or_a_body(text, absent):
    assert not absent & people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the land a body is named after, a country's possessive or "in the" before it
        (
            "Growers in Malawi's Tessby Highlands sell to the Tessby Highlands Growers Association, which said prices fell.",
            {"Tessby Highlands"},
        ),
        ("Farms in the Orvale Valley supply the Orvale Valley Dairy Cooperative, which said prices fell.", {"Orvale Valley"}),
    ],
)
def test_the_land_a_body_is_named_after(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a company's short form after "a stake in", or opening a sentence, stays the company's
        ("Kestrel Valley Foods said profits rose. A stake in Kestrel Valley was sold.", {"Kestrel Valley"}),
        ("The Orvale Valley Dairy Cooperative said prices fell. The Orvale Valley said it would appeal.", {"Orvale Valley"}),
    ],
)
def test_a_short_form_stays_the_bodys(text, absent):
    assert not absent & places(text)


# Second batch (a Caernarfon and Anglesey weekly, a Zeeland paper, an Irish shellfish bulletin, a
# Molokaʻi weekly, a Hilo business site and a Pacific shellfish newsletter).


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trade people work on their own account, capitalised before a name no list knows, stays out of it
        ("Fisherman Owain Llŷr Hughes, who works a boat out of Tessby, said prices fell.", {"Owain Llŷr Hughes"}),
        ("Herder Ánte Labba said the grazing was poor.", {"Ánte Labba"}),
        ("Crofter Eilidh Nic Fhionnlaigh said the road was closed.", {"Eilidh Nic Fhionnlaigh"}),
    ],
)
def test_a_trade_before_a_name_is_no_part_of_it(text, expected):
    assert expected <= people(text)
    assert not any(name.split()[0] in ("Fisherman", "Herder", "Crofter") for name in people(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the trade says a person is named, a given name no list knows or not
        ("Skipper Morven Tait posted on Monday night. Morven Tait said the harbour was empty.", {"Morven Tait"}),
        ("The fisherman Owain Hughes landed the catch.", {"Owain Hughes"}),
    ],
)
def test_a_trade_before_a_name_says_a_person_is_named(text, expected):
    assert expected <= people(text)
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trade word that is a given name, or a business's name after it
        ("Fisher Stevens said the film was done.", ("person", "Fisher Stevens")),
        ("Crofter Foods Ltd said sales rose.", ("organisation", "Crofter Foods")),
        ("Shepherd Neame Brewery raised prices.", ("organisation", "Shepherd Neame Brewery")),
    ],
)
def test_a_trade_word_kept_where_it_is_a_name(text, expected):
    kind, name = expected
    assert name in found_in(text).names(kind)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname opening with a particle, capitalised at a sentence's start, is the person named in full
        ('Jan Pieter de Visser from Tessby chairs the association. "Better so," De Visser said.', "Jan Pieter de Visser"),
        ("Kees van der Maas runs the firm. Van der Maas said prices rose.", "Kees van der Maas"),
    ],
)
def test_a_capitalised_particle_surname_links_to_the_full_name(text, expected):
    assert people(text) == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Hawaiian okina opening a surname
        ("Analyst Mele ʻAkana of the research firm said prices rose.", {"Mele ʻAkana"}),
        ('Analyst Maria ʻAkana of Moana Food Analytics said oysters sold well. "They sell," ʻAkana said.', {"Maria ʻAkana"}),
    ],
)
def test_a_surname_opening_with_an_okina(text, expected):
    assert people(text) == expected
    assert not {"Akana", "ʻAkana"} & organisations(text)


def test_a_town_spelt_with_an_okina_is_the_listed_town():
    """ "Lānaʻi": the list spells it without its macron and okina."""
    assert "Lānaʻi" in places("The ferry to Lānaʻi leaves at dawn.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place's own shore or coast after its possessive, known or not
        ("An oyster farm on Orvale's south shore has been sold.", {"Orvale"}),
        ("Herring boats work Tessay's west coast every winter.", {"Tessay"}),
        ("Erosion is eating Orvale's coastline.", {"Orvale"}),
        # a public body named after its area leaves the area a place
        ("The Tessay Planning Commission met. Boats fish Tessay's east coast in May.", {"Tessay"}),
    ],
)
def test_a_place_before_its_own_coast(text, expected):
    assert expected <= places(text)
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a person's or a company's possessive before "coast": no place
        ("Anna Berg's coast walk raised money.", {"Anna Berg"}),
        ("Kestrel Marine said profits rose. Kestrel Marine's coast operations were sold.", {"Kestrel Marine"}),
        # "coastal" is no coast
        ("Orvale's coastal fleet is old.", {"Orvale"}),
        # a coast noun qualifying a noun after it: a company's plant, routes or stores on a coast
        ("Shell's west coast refinery will close next year, the company said.", {"Shell"}),
        ("Ryanair's south coast routes were cut.", {"Ryanair"}),
        ("Tesco's south coast stores were shut.", {"Tesco"}),
        ("Kessway's coastline holidays sold out.", {"Kessway"}),
        ("Kessway Foods said profits rose. Kessway's east coast depots will close.", {"Kessway"}),
        # the first word of an organisation the article names stands for it
        ("Orvale Bank said profits rose. Orvale's coast is its biggest market.", {"Orvale"}),
    ],
)
def test_a_possessive_before_coast_words_that_names_no_place(text, absent):
    assert not absent & places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive before a kind of place is part of the name ("Mary's Bay"), whole in the place
        ("The ferry leaves St Mary's Bay Harbour at dawn.", {"St Mary's Bay Harbour"}),
        ("Boats moored at Queen's Head Harbour were damaged.", {"Queen's Head Harbour"}),
        # ... where an owner before a land of another name is not ("Kestrel's Orvale Valley")
        ("The sale of Kestrel's Orvale Valley farm was completed.", {"Orvale Valley"}),
    ],
)
def test_a_possessive_inside_a_places_name(text, expected):
    found = places(text)
    assert expected <= found
    assert not any(name != wanted and name in wanted for name in found for wanted in expected)
    assert not {"Queen", "Mary"} & organisations(text)


@pytest.mark.parametrize(
    "text, short",
    [
        # a capitalised particle after the full name, in its sentence, is a given name ("Al Jones",
        # "Van Reid"): a person of their own, at a sentence's start too
        ("Ahmed al Jones met Al Jones in Dubai. Al Jones said the deal was done.", "Al Jones"),
        ("Kees van Reid hired Van Reid last year. Van Reid said the pay was fair.", "Van Reid"),
    ],
)
def test_a_capitalised_particle_beside_the_full_name_is_a_given_name(text, short):
    found = found_in(text)
    named = {m.name for m in found.mentions if m.kind == "person" and m.span.of(text) == short}
    assert named == {short}
