"""Entity rules added for kinds a fifteenth round of held-out articles showed (a Sabah daily, a
seaweed-trade letter, a Brunei news site, a Guatemalan paper translated from Spanish, a Gulf
food-trade site, a Kerala spice letter). Short original sentences of our own: (text, expected) and
(text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Malay or Indonesian word of a village, an island or a river opens a place's name, known or not
        (
            "Planters at Kampung Tessa Laut and on Pulau Orvale Besar sold their crop.",
            {"Kampung Tessa Laut", "Pulau Orvale Besar"},
        ),
        ("The boats from Kampong Ayer Tessi came in late.", {"Kampong Ayer Tessi"}),
        ("A dam on the Sungai Orvak would flood two villages.", {"Sungai Orvak"}),
        # ... and an Arabic market's
        ("Spice stalls in Souk Al-Marvani close at noon on Fridays.", {"Souk Al-Marvani"}),
        # a Spanish river, and a range after "the" before a particle
        ("Rains along the Río Tessay cut yields.", {"Río Tessay"}),
        (
            "Coffee from the Sierra de Malvoro fetched a premium, and frost hit the Cordillera del Tessin.",
            {"Sierra de Malvoro", "Cordillera del Tessin"},
        ),
        # a national park
        ("Rangers in the Orvale National Park counted 40 rhinos.", {"Orvale National Park"}),
    ],
)
def test_a_place_named_by_its_opening_word(text, expected):
    assert expected <= places(text)
    assert not expected & (people(text) | organisations(text))


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # the opening word inside a body's name: the body's
        ("Pulau Tessa Ventures Sdn Bhd said profits rose.", "Pulau Tessa Ventures"),
        ("Kampung Orvale Holdings said profits rose.", "Kampung Orvale Holdings"),
        # "Sierra" with no "the" before it opens a given name
        ("Sierra de Luca, a lawyer, said the deal was fair.", "Sierra de Luca"),
    ],
)
def test_no_place_without_the_sign(text, not_expected):
    assert not_expected not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country the news names by its short name where ISO 3166 has only its official one
        ("Investors in Brunei welcomed the deal.", "Brunei"),
        # a department of two words, though its first word is a given name too
        ("Growers in Baja Verapaz said the rains came late.", "Baja Verapaz"),
    ],
)
def test_places_a_list_knows(text, expected):
    assert expected in places(text)
    assert expected not in people(text) | organisations(text)


def test_a_listed_town_shaped_like_a_name_on_a_route():
    """ "from X to Y": a town a list knows is a place though written like a person's name."""
    text = "The outbreak reached every farm from Kota Samarahan to Kota Binjai by June."
    assert {"Kota Samarahan", "Kota Binjai"} <= places(text)
    # a company's name on a "route" stays no place
    assert "Ford Motor" not in places("He moved from Ford Motor to Boston.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # honorifics before a name are no part of it: a pilgrim woman, a Bruneian noble, a Spanish
        # graduate, a Sesotho "Mr"
        ("Hajah Rosmah binti Yusof, a retired teacher, opened the shop.", {"Rosmah binti Yusof"}),
        ("The contract was drafted by Licenciada Rosa Chub Pop, the firm's notary.", {"Rosa Chub Pop"}),
        ("Ntate Teboho Mokhele, a wool farmer, said shearing had begun.", {"Teboho Mokhele"}),
        # ... but the father's titles after "bin" or "binti" are part of the name
        (
            "Pengiran Haji Yusof bin Pengiran Haji Omar chairs the council.",
            {"Yusof bin Pengiran Haji Omar"},
        ),
        ("The chair, Nurul Ain binti Haji Md Said, will stay on.", {"Nurul Ain binti Haji Md Said"}),
        # Hassaniya and Arabic patronymics join one name
        ("Herder Ahmed Salem ould Brahim said the wells were dry.", {"Ahmed Salem ould Brahim"}),
        ("Its founder, Aicha mint Sidi Mohamed, said the herd had grown.", {"Aicha mint Sidi Mohamed"}),
        # the words before a patronymic are the person again, no one else
        ("Aminah binti Razak opened the stall in 2019. Aminah said sales were slow.", {"Aminah binti Razak"}),
        (
            "Nur Hidayah binti Kassim will run the hatchery. Nur Hidayah trained in Penang.",
            {"Nur Hidayah binti Kassim"},
        ),
    ],
)
def test_names_with_titles_and_patronymics(text, expected):
    assert people(text) == expected


def test_the_rest_of_an_organisations_name_is_no_person():
    """ "Bukit Amir Seafoods" opening a paragraph, where the article names "Bukit Amir Seafoods Sdn Bhd":
    the company, though "Amir" is a given name."""
    text = "Bukit Amir Seafoods Sdn Bhd bought the farms.\n\nBukit Amir Seafoods exports prawns to Japan."
    assert not people(text)
    found = found_in(text)
    assert [m.span.of(text) for m in found.mentions if m.kind == "organisation"] == [
        "Bukit Amir Seafoods Sdn Bhd",
        "Bukit Amir Seafoods",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of names before a plural division, commas and all
        ("Prices rose in the Belvara, Kurumbi and Gelinki provinces last week.", {"Belvara", "Kurumbi", "Gelinki"}),
        # a name after a site and "at" or "in", placed near a town a list knows
        ("A depot located in Belkana, near Accra, was closed.", {"Belkana"}),
        # a name described as a farming or fishing community, and placed
        ("Tessavor, a fishing community near the lagoon, lost nine boats.", {"Tessavor"}),
        # a French cape, a Spanish port before its particle
        ("A tanker ran aground off Cap Belvaire last night.", {"Cap Belvaire"}),
        ("The crews tie up at Puerto de Tessara every night.", {"Puerto de Tessara"}),
        # a border post's town, a business's mills and its fields
        ("The plant lies 200 km from the border at Orvaku.", {"Orvaku"}),
        ("The cooperative built three factories at Dorvanu in 2020.", {"Dorvanu"}),
        ("Maize from the fields at Mborvi went to market.", {"Mborvi"}),
        # buyers from a list of towns a list knows
        ("Buyers from Kumasi and Tamale paid cash.", {"Kumasi", "Tamale"}),
    ],
)
def test_places_by_their_signs(text, expected):
    assert expected <= places(text)
    assert not expected & (people(text) | organisations(text))


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a person or a company near a town is no place
        ("She met Anna Berg at Tessa Olsen near Oslo.", "Tessa Olsen"),
        ("Analysts at Kestrel Capital near London said so.", "Kestrel Capital"),
        # an online community is no place
        ("Kestrava, an online community of makers, said it grew.", "Kestrava"),
        # buyers from two companies name no towns, nor from a town and a company
        ("Buyers from Kestrava and Orvane Foods came to the fair.", "Kestrava"),
        ("Dealers from Accra and Belmarko signed up.", "Belmarko"),
    ],
)
def test_no_place_by_those_signs_without_them(text, not_expected):
    assert not_expected not in places(text)


def test_a_body_named_after_its_country_keeps_its_whole_name():
    """ "Body" ends a body's name ("the Nigeria Cashew Exporters Body"): no person of its last words."""
    text = "The Nigeria Cashew Exporters Body said shipments fell."
    assert organisations(text) == {"Nigeria Cashew Exporters Body"}
    assert not people(text)
