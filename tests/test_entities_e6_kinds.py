"""Entity rules added for kinds a sixth round of held-out articles showed (a Japanese business daily,
a Turkish markets site, a Vietnamese weekly, a Nigerian tech site, an Australian regional paper, a
Québec daily translated from French, an earnings-call summary and a founder's obituary). Short
original sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # administrators, receivers and liquidators are firms
        ("The yard was sold by administrators Pellbrook Marsh last week.", {"Pellbrook Marsh"}),
        ("The receivers Dunleary Quade took control of the mill.", {"Dunleary Quade"}),
        # stores listed after their kind ("club stores such as X")
        ("Sales to discount stores such as Valuhaven rose.", {"Valuhaven"}),
        # "Livestock" ends a business's name, no surname
        ("Prices at Ardle Livestock fell in May.", {"Ardle Livestock"}),
    ],
)
def test_organisation_kinds(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("Agent Ruth Kell of Marr and Tobin Livestock bought the cattle.", "Tobin Livestock"),
        ("Prices at Ardle Livestock fell in May.", "Ardle Livestock"),
    ],
)
def test_a_business_word_is_no_surname(text, not_a_person):
    assert not_a_person not in people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town of the list in its plain spelling: "Izmir" for the list's "İzmir"
        ("The dye works near Izmir to the south was sold.", {"Izmir"}),
        # a commune named with its kind
        ("The committee will clear land in Tan Hoa commune next year.", {"Tan Hoa"}),
        # a site's place: a production line, an industrial zone or park at a known town
        ("Output moves to a newer line at Toyota next spring.", {"Toyota"}),
        ("The works, in the industrial zone at Torbalı, was sold.", {"Torbalı"}),
        # a known town a ", where" clause follows, after "at", "from" or "to"
        ("Most staff come from Kemalpaşa, where the works stands.", {"Kemalpaşa"}),
        # a name after a locative, then its state or country: the town in it, known or not
        ("She died at her home in Larch Harbors, Minnesota, on Sunday.", {"Larch Harbors", "Minnesota"}),
        ("The mill in Pellowby, Ontario closed.", {"Pellowby", "Ontario"}),
    ],
)
def test_places_named_by_their_context(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a company a ", where" clause follows is no town
        ("He joined from Kestrel Bank, where he ran sales.", "Kestrel Bank"),
        # a person before a state after "in" is no town
        ("Talks in Anna Berg, Texas went on.", "Anna Berg"),
        # a list of two unknown names after "in" is no town and its state
        ("Sales rose in Brenmoor, Keltic and Spain.", "Brenmoor"),
        # a line at a name no list knows is no place
        ("Output moves to a newer line at Harrowfield.", "Harrowfield"),
    ],
)
def test_no_place_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


def test_a_town_named_twice_at_a_line_is_no_organisation():
    text = "Output moves to a newer line at Kasugai. Subsidies were offered for the Kasugai line."
    assert "Kasugai" not in organisations(text)
    assert "Kasugai" in places(text)


@pytest.mark.parametrize(
    "text, expected, not_a_place",
    [
        # a town on the outskirts or at a compass edge of a name is a place, known or not
        ("The abattoir on the northern edge of Pellow Creekside will reopen.", "Pellow Creekside", None),
        ("It sits on the outskirts of Marrowdale, near the river.", "Marrowdale", None),
        # a cutting or leading edge is no place's
        ("The bank is on the cutting edge of Fintech.", None, "Fintech"),
    ],
)
def test_a_town_at_the_edge_of_a_place(text, expected, not_a_place):
    found = places(text)
    assert expected is None or expected in found
    assert not_a_place is None or not_a_place not in found


@pytest.mark.parametrize(
    "text, expected, not_an_organisation",
    [
        # "per" joins an Italian body's name with its article only: a measure in title case is no body
        ("Revenue per Available Room rose 4% at Kestrel Hotels.", "Kestrel Hotels", "Revenue per Available Room"),
        ("Prices per Unit fell at Kestrel Foods.", "Kestrel Foods", "Prices per Unit"),
        ("The Agenzia per la Coesione Rurale approved the plan.", "Agenzia per la Coesione Rurale", None),
    ],
)
def test_per_joins_a_name_with_its_article_only(text, expected, not_an_organisation):
    found = organisations(text)
    assert expected in found
    assert not_an_organisation is None or not_an_organisation not in found


@pytest.mark.parametrize(
    "text, expected, not_an_organisation",
    [
        # "Works" ends a name only with another sign: a programme of road works is no body
        ("The Road Works programme starts in May.", None, "Road Works"),
        ("The hull was built by Kelvar Steel Works last year.", "Kelvar Steel Works", None),
    ],
)
def test_works_is_a_weak_name_ending(text, expected, not_an_organisation):
    found = organisations(text)
    assert expected is None or expected in found
    assert not_an_organisation is None or not_an_organisation not in found
