"""Entity rules added for kinds an eighth round of held-out articles showed (a Welsh local paper, a
Ghanaian business site, a translated Czech wire, a New Zealand rural paper, a Malaysian business
daily, a translated Chilean wire). Short original sentences of our own: (text, expected) and (text,
what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name in no list after "near": a place, unless shaped like a person's or a company's
        ("The dairy has a site near Pellwyn, the firm said.", {"Pellwyn"}),
        ("Farms near Tessby and Quarrow were paid less.", {"Tessby", "Quarrow"}),
        ("It opened a plant near Puerto Orvale on Thursday.", {"Puerto Orvale"}),
        # a river after a site's noun and "on the"
        ("The creamery on the Tessen will reopen.", {"Tessen"}),
        ("Farmers on the Orrow have been driving milk away.", {"Orrow"}),
        # a list closed by "and" after a business's sites and "at", or a place's people and "at"
        ("It has branches at Lennock, Darvey and Quarrow.", {"Lennock", "Darvey", "Quarrow"}),
        ("Bonded warehouses at Pulau Tessa and Darvey are full.", {"Pulau Tessa", "Darvey"}),
        ("Farmers at Lennock and Darvey asked for credit.", {"Lennock", "Darvey"}),
        # a town a business comes from, known or not
        ("It was bought by a family firm from Pellwyn.", {"Pellwyn"}),
        ("A dairy group from Tessby agreed to buy it.", {"Tessby"}),
        # staff, technicians and welders from a list holding a known town
        ("It hired welders from Hlinsko and Kumasi.", {"Hlinsko", "Kumasi"}),
        # a known city's name after a Romance article: the longer name is the place
        ("Farms in Los Lagos and Aysén were short of feed.", {"Los Lagos", "Aysén"}),
    ],
)
def test_places_named_by_their_context(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # after "near", a person or a company is no place
        ("The office is near Anna Berg's house.", "Anna Berg"),
        ("The yard sits near Kestrel Holdings, its owner.", "Kestrel Holdings"),
        # "on the" and an exchange or a board: no site's noun before it
        ("Its shares rose on the Nasdaq on Friday.", "Nasdaq"),
        ("He sat on the Board for years.", "Board"),
        # the name of a known city inside a longer name opening with an article is not that city
        ("Farms in Los Lagos were short of feed.", "Lagos"),
        # workers or students at a list are more often a company's or a university's
        ("Workers at Kestrel and Harbour went on strike.", "Kestrel"),
        # a list after sites and "at" whose names are people's or companies'
        ("Its offices at Kestrel Holdings and Harbour Bank closed.", "Kestrel Holdings"),
        # a date after "on" is no part of a name
        ("It opened a plant near Puerto Orvale on Thursday.", "Puerto Orvale on Thursday"),
    ],
)
def test_no_place_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party to a business's agreement, no sign in its name
        ("The lender has a deal with Tessco, which lends to farmers.", {"Tessco"}),
        ("It also has a funding line with Orvabank.", {"Orvabank"}),
        # whom a business supplies
        ("The group supplies frozen fish to Kestmart and poultry to hotels.", {"Kestmart"}),
        ("It supplied contract storage to Mirdin for ten years.", {"Mirdin"}),
    ],
)
def test_organisations_named_by_their_dealings(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # people sign deals and are supplied too
        ("He supplied photos to Anna Berg in May.", "Anna Berg"),
        ("She signed a deal with Jo Hale last year.", "Jo Hale"),
        # countries a business supplies are places
        ("The firm supplies gas to Kenya and Ghana.", "Kenya"),
        ("It signed a trade deal with China.", "China"),
    ],
)
def test_no_organisation_from_a_dealing_alone(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a supplier whose first word is a given name, described as a shop or a workshop after it
        ("Frames will come from Jaroslav Brenn Svarovna, a welding shop in Orvale.", {"Jaroslav Brenn Svarovna"}),
        ("Seats come from Tomas Halek Dilna, a small workshop in Tessby.", {"Tomas Halek Dilna"}),
    ],
)
def test_suppliers_named_after_a_person(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        # a name inside a long relative clause before "said": the clause's head speaks
        (
            "The maker, which supplies city buses to Orvale Transit and trolleybus bodies to Kestrava Elektro,"
            " said the hall would open.",
            "Kestrava Elektro",
        ),
    ],
)
def test_no_speaker_inside_a_relative_clause(text, not_a_person):
    assert not_a_person not in people(text)


def test_a_speaker_after_an_apposition_still_speaks():
    assert "Jo Hale" in people("Its founder, Jo Hale, said the hall would open.")


# Review of the e7 round: misfires its rules had, each kind with sentences of our own.
@pytest.mark.parametrize(
    "text, expected_people, not_found",
    [
        # a given name's short form after a name word is a surname ending its sentence
        ("The round was backed by Jo Ma. Shares in Kestrel Foods rose.", {"Jo Ma"}, "Jo Ma. Shares"),
        ("The firm was founded by Li Ma. Ann Lee ran it later.", {"Li Ma", "Ann Lee"}, "Li Ma. Ann Lee"),
        # ... and keeps its stop where it opens a name
        ("Ma. Celia Tan-Reyes, its president, said so.", {"Ma. Celia Tan-Reyes"}, "Celia Tan-Reyes"),
    ],
)
def test_a_short_given_name_keeps_its_stop_only_opening_a_name(text, expected_people, not_found):
    found = found_in(text)
    assert expected_people <= found.names("person")
    assert not_found not in found.names("person") | found.names("organisation")


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a workplace's or a school's people from two names no list knows: a company's or a university's
        ("Workers from Kestrel and Orvane Foods joined the strike.", "Kestrel"),
        ("Volunteers from Hearthaid and Save the Orphans handed out food.", "Hearthaid"),
        ("Students from Brackwell and Tessing signed the letter.", "Brackwell"),
        # a brand before a noun a brand takes, and "from" or "to" it elsewhere: a company
        ("A Kestrava shop in the mall closed. Staff moved from Kestrava to Orvane.", "Kestrava"),
        ("The Kestrava people were unhappy. Half of them came from Kestrava.", "Kestrava"),
        ("A Kestrava family car costs less. Buyers switched from Kestrava to Orvane.", "Orvane"),
        ("Orvane, a Kestrava company, makes speakers. Staff moved from Kestrava to Orvane.", "Kestrava"),
        ("Orvane, a Kestrava company, makes speakers. Buyers switched to Kestrava.", "Kestrava"),
        # a change of supplier or employer is no route, even from a known town's name
        ("Buyers switched from Toyota to Orvane last year.", "Orvane"),
        # a party before a mayor's title is no town
        ("Labour Mayor Jo Hale said the trams would run.", "Labour"),
        ("Green Mayor Ann Lee opened the bridge.", "Green"),
    ],
)
def test_review_misfires_stay_fixed(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # people living somewhere, or a workplace's people listed with a known town, still name places
        ("Farmers from Lennock and Darvey were paid.", {"Lennock", "Darvey"}),
        ("It hired welders from Kumasi and Lennock.", {"Kumasi", "Lennock"}),
        # a noun only a town takes, and "from" it elsewhere
        ("A Carrowby skipper landed the catch. The boats came from Carrowby.", {"Carrowby"}),
        # a business's noun, and where goods travel to elsewhere
        ("It was bought by a Tessby company. The fish were going to Tessby to be smoked.", {"Tessby"}),
        # a town's mayor
        ("Tessay City Mayor Ana Reyes welcomed it.", {"Tessay City"}),
    ],
)
def test_places_the_review_fixes_keep(text, expected):
    assert places(text) == expected
