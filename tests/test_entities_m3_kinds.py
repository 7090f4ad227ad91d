"""Entity rules added for kinds the m3 mixed round of held-out articles showed (its first batch:
an Estonian county daily translated, a Georgian wine-trade site, a Nordic drinks-trade newsletter,
a Guernsey evening daily, a Saint-Malo daily translated from French, an Alderney fortnightly; its
second: a Quebec maple co-operative's bulletin translated, a Vermont county weekly, a public radio
web story, a Bhutanese daily, a Guwahati business daily, a ferro-alloy price note): divisions
qualified by a trade, where counted workers work, a town set off after "of", towns goods are carried
from, ferries leaving a town, valleys and services between two ports; people after "Owner" or a
Bhutanese honorific, and bodies named "Coopérative ..." or "... Guild". Short original sentences of
our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the", a name, a trade's or a landscape's word, and a division: the name is the division's
        ("Its vines grow in the Tessavi wine region.", {"Tessavi"}),
        ("Coal is dug across the Orvane mining district.", {"Orvane"}),
        # ... and the town before it, set off by a comma
        ("The cellar in Kvelo, in the Tessavi wine region, holds 400 jars.", {"Kvelo", "Tessavi"}),
        # a count of workers or jobs in a name: where they work
        ("It employs 310 people in Kessvoe and sells abroad.", {"Kessvoe"}),
        ("The plant will create 200 jobs in Orravale by 2028.", {"Orravale"}),
        ("The group has 740 staff, 520 of them in Tessmuir.", {"Tessmuir"}),
        # a town a list knows, set off by commas after "of"
        ("The yard was bought by Kestrava Marine, of Plymouth, for £4m.", {"Plymouth"}),
        # towns a list knows that goods are carried from
        ("The line carries food, fuel and sand from Portsmouth and Poole.", {"Portsmouth", "Poole"}),
        ("Its lorries haul grain from Lyon and Dijon every week.", {"Lyon", "Dijon"}),
        # a ferry or sailings leaving a town, known or not
        ("It runs the summer passenger ferry from Carrowby.", {"Carrowby"}),
        ("Sailings from Cherbourg resume in April.", {"Cherbourg"}),
        # a valley
        ("The vines grow in the Tessavi Valley near the river.", {"Tessavi Valley"}),
        # a service between two ports, one of them known
        ("A freight service between Saint-Malo and Orvane Port could open in 2028.", {"Saint-Malo", "Orvane Port"}),
    ],
)
def test_places_the_m3_round_showed(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a company's sales region: no trade's or landscape's word between
        ("Sales fell in the Kestrava sales region.", "Kestrava"),
        # a count of workers in a company, a month or a person's team
        ("It employs 40 people in Kestrava Holdings and more abroad.", "Kestrava Holdings"),
        ("The mill hired 200 staff in March.", "March"),
        ("There are 12 people in Anna Berg's team.", "Anna Berg"),
        # a name set off after "of" that no list knows, or a given name
        ("The deal was struck by Kestrava, of Orvane, last week.", "Orvane"),
        ("The shop was sold to Tom Hale, of Jackson, in May.", "Jackson"),
        # goods carried from people, or from names no list knows
        ("The van carries parcels from Anna Berg and Tom Hale.", "Anna Berg"),
        ("The line carries food from Kestrava and Orvane.", "Kestrava"),
        # a brand's valley qualifying what it sells
        ("The Kestrel Valley wines sold well.", "Kestrel Valley"),
        # a service agreement between two companies
        ("They signed a service agreement between Kestrava and Orvane.", "Kestrava"),
        # a service between two firms, one named by its organisation's word
        ("The freight service between Maersk and Kestrel Logistics began in May.", "Maersk"),
        # a trade's division named for a company the article names, or for a brand named like a person
        ("Shares of Kestrel fell 4% in New York, while the Kestrel farming region grew.", "Kestrel"),
        ("She moved to the Shell oil region in 2019.", "Shell"),
        # a ferry company's losing sailings to a rival
        ("The line lost sailings to Kestrava last year.", "Kestrava"),
    ],
)
def test_no_place_where_the_m3_rules_must_not_fire(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised "Owner" opening a sentence is the person's role, no part of the name
        ("Owner Tomas Harrow told the paper no jobs would go.", {"Tomas Harrow"}),
        # Bhutan's honorifics before a name: a minister's ("Lyonpo"), a senior official's ("Dasho")
        ("Trade Minister Lyonpo Karma Dendup opened the plant.", {"Karma Dendup"}),
        ("Dasho Pema Lhamo chaired the meeting.", {"Pema Lhamo"}),
    ],
)
def test_people_after_a_role_or_an_honorific(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a French co-operative's name opens with its kind
        ("Coopérative Sucrière Tessoise, based in Orvane, said Tuesday its members agreed.", {"Coopérative Sucrière Tessoise"}),
        # a guild of a trade ends its name, and a quote's speaker beside it stays the person
        ("Ann Hale, who chairs the Tessby Weavers Guild, said prices fell.", {"Tessby Weavers Guild"}),
    ],
)
def test_bodies_named_as_a_co_operative_or_a_guild(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("Coopérative Sucrière Tessoise, based in Orvane, said Tuesday its members agreed.", "Coopérative Sucrière Tessoise"),
        ("Ann Hale, who chairs the Tessby Weavers Guild, said prices fell.", "Tessby Weavers Guild"),
        ("Owner Tomas Harrow told the paper no jobs would go.", "Owner Tomas Harrow"),
        ('"Jobs come first," Lyonpo Karma Dendup said.', "Lyonpo Karma Dendup"),
        # an honorific alone is no person
        ("Lyonpo said the ministry agreed.", "Lyonpo"),
    ],
)
def test_no_person_for_a_body_a_role_or_an_honorific(text, not_a_person):
    assert not_a_person not in people(text)
