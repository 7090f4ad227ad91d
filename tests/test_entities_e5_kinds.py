"""Entity rules added for kinds a fifth round of held-out articles showed (an Indonesian daily, an
Irish regional weekly, a Ghanaian daily, a translated Chilean story, a Swiss finance site, a Greek
shipping page, a trade union story, a Welsh charity story and more). Short original sentences of
our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # names listed right after a plural kind of body, whatever their shape
        ("The unions Fepa-Tux, Cordil and Sarn-Ota walked out on Monday.", {"Fepa-Tux", "Cordil", "Sarn-Ota"}),
        (
            "The lenders Harrowgate Bank, Pelloc and Dunmere Credit signed the loan.",
            {"Harrowgate Bank", "Pelloc", "Dunmere Credit"},
        ),
        # lower-case joiners inside Spanish, Italian and French bodies' names
        ("The bid went to the Comisión para el Desarrollo Minero last week.", {"Comisión para el Desarrollo Minero"}),
        ("The Agenzia per la Transizione Verde approved the plan.", {"Agenzia per la Transizione Verde"}),
        # Spanish and Italian words that open or end a body's name
        ("The Fiscalía Regional Austral opened an inquiry.", {"Fiscalía Regional Austral"}),
        ("The regional employers' group Unione Artigiani Brenta said it would sign.", {"Unione Artigiani Brenta"}),
        ("Gearboxes are supplied by Ferrucci Meccanica and Salvo Motori.", {"Ferrucci Meccanica", "Salvo Motori"}),
        ("The terminal was sold by Bahía Norte Servicios.", {"Bahía Norte Servicios"}),
        # a name's opening without its kind word is its short form, no person
        (
            "PT Dewi Baruna Tekstil cut jobs. Dewi Baruna has been hit by a fall in orders.",
            {"PT Dewi Baruna Tekstil"},
        ),
    ],
)
def test_organisation_kinds(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body's fields after "and the" stop before a further capitalised word: another body
        (
            "The Water and Sewerage Authority of Tobago and the Rural Housing Board met on Monday.",
            {"Water and Sewerage Authority of Tobago", "Rural Housing Board"},
        ),
        (
            "The Ministry of Fisheries, Forestry and the Environment said it would act.",
            {"Ministry of Fisheries, Forestry and the Environment"},
        ),
        # "Works" ends a name; "Bodegas" opens one (no person)
        ("The hull was built by Kelvar Steel Works last year.", {"Kelvar Steel Works"}),
        ("A wine group, Bodegas Almendral, bought the vineyard.", {"Bodegas Almendral"}),
    ],
)
def test_organisation_kinds_of_the_second_batch(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # a plural kind needs the names right after it, in lower case
        ("The unions and Harwick employers met in March.", "Harwick"),
        ("Banks in Osterby and Drammen cut rates.", "Osterby"),
        # a name going on in its own language is one name, not a list's member cut short
        ("The unions Vakbond Voeding en Diensten and Telca said no.", "Vakbond Voeding"),
        # a word the article names as a place, an organisation only by a weak rule
        (
            "A factory at Ahmenso in Kumasi will close. The union will meet management at Ahmenso on Friday,"
            " and workers at Ahmenso will vote.",
            "Ahmenso",
        ),
    ],
)
def test_no_organisation_without_its_sign(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town that is also a given name, after a locative, when no surname or possessive follows
        ("The trader keeps an office in Geneva, its lawyers said.", {"Geneva"}),
        ("Most jobs will go in Basel and in Zug.", {"Basel", "Zug"}),
        # between two towns a list knows
        ("The charity runs food banks between Caerphilly and Pontypridd.", {"Caerphilly", "Pontypridd"}),
        # a site's place, lying in a town a list knows
        ("The company will shut its mill at Dromkeen in Limerick for a year.", {"Dromkeen", "Limerick"}),
        # a site's town that is also a given name, when a clause goes on after it
        ("Grain is loaded at the terminal at Reni on the Danube.", {"Reni", "Danube"}),
        # "based in", "headquartered in": a place whether or not a list knows it
        ("Moraine Seafoods, based in Skellig Bay, sold the plant.", {"Skellig Bay"}),
        ("The insurer is headquartered in Port Arvel.", {"Port Arvel"}),
        # two names a route joins, one of them a town a list knows
        ("Fish will be flown from Quinhagak to Anchorage and then shipped.", {"Quinhagak", "Anchorage"}),
        # an island or a village named by a lower-case kind word
        ("Ore comes from a mine on Tanmir island.", {"Tanmir"}),
        ("Water was cut to Glenarra village on Monday.", {"Glenarra"}),
    ],
)
def test_places_named_by_their_context(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a given name followed by a surname or a possessive is a person
        ("The prize went to a nurse in Marion Hale's ward.", "Marion"),
        ("She put her trust in Marion Hale, who chairs the board.", "Marion"),
        # "between" two names, one of them unknown to the lists: maybe two companies
        ("Talks between Kestrava and Ardmore broke down.", "Ardmore"),
        ("Talks between Kestrava and Ardmore broke down.", "Kestrava"),
        # a route between two names no list knows, or a change of supplier, names no place
        ("He switched from Kestrava to Ardmore Holdings in 2020.", "Kestrava"),
        ("Rum is sold in shops from Drennick to Pellowby.", "Drennick"),
        # people "at" a name need a known town after "in" (a working site "at" a name is its place
        # since the e10 round: tests/test_entities_e10_kinds.py)
        ("Analysts at Drevon in Harlowe Valley expect a cut.", "Drevon"),
    ],
)
def test_no_place_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


def test_a_name_without_its_kind_word_is_no_person():
    text = "PT Dewi Baruna Tekstil cut jobs. Dewi Baruna has been hit by a fall in orders."
    assert "Dewi Baruna" not in people(text)


def test_a_name_opened_by_bodegas_is_no_person():
    assert "Bodegas Almendral" not in people("A wine group, Bodegas Almendral, bought the vineyard.")
