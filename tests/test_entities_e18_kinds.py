"""Entity rules added for kinds an eighteenth round of held-out articles showed (a Cameroonian regional
daily translated from French, a Beirut business daily, a Le Havre coffee letter, a Malian regional
weekly and a regional chamber's press release translated, a Seoul cosmetics-ingredients weekly).
Short original sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family name first in capitals before two given names, after a courtesy title or a title
        ("The meeting was opened by Mr OUATTARA Moussa Lassana, the prefect.", {"Ouattara Moussa Lassana"}),
        ("Mrs SISSOKO Kadiatou Oumou chaired the session on Monday.", {"Sissoko Kadiatou Oumou"}),
        # ... a middle name that is also a town's, where a title shows the person
        ("Mr NGUYEN Van Thanh said prices rose.", {"Nguyen Van Thanh"}),
        # ... and on a signature's own line under its title
        ("For the Board,\nThe Chairman\nTRAORE Fanta Mariam\n", {"Traore Fanta Mariam"}),
        # a country's name as a given name or a surname, with a title, a speech verb or a role
        ("The claim was signed by Mr Israel Tchoua Kamga on Friday.", {"Israel Tchoua Kamga"}),
        ('"Stocks are thin," said Owen Chad, a cocoa trader with Maison Berrand.', {"Owen Chad"}),
        ("Economist Chad Morrow of Pellan Analytics expects a surplus.", {"Chad Morrow"}),
    ],
)
def test_people_of_e18(text, expected):
    assert expected <= people(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # an acronym before a town's name, a particle opening it: no person named family name first
        ("Barley, CIF Le Mans, quiet.", "Cif Le Mans"),
        # a place's name opening with the Spanish article
        ("Its packing shed is in the canton of El Tessal, near the coast.", "El Tessal"),
        # an acronym before two words no list knows as given names, a comma after: no person
        ("Ties with the growers' group PO Zuidelijke Kwekers, were strong.", "Po Zuidelijke Kwekers"),
        # a town the city list knows, opening with a particle that is also a given name
        ("Figures from Le Mans consultancy Vendrix showed a fall.", "Le Mans"),
    ],
)
def test_no_person_of_e18(text, not_expected):
    assert not_expected not in people(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # ... while the country stays a place where no person's sign stands beside it
        ("Exports to Jordan rose, said Ali Saleh.", "Jordan"),
        ("Sales of dates to Israel fell by a tenth.", "Israel"),
    ],
)
def test_countries_stay_places_without_a_persons_sign(text, place):
    assert place in places(text)


def test_a_country_as_a_given_name_makes_no_place():
    assert "Israel" not in places("The claim was signed by Mr Israel Tchoua Kamga on Friday.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # family firms named by their founders' kin
        ("Rivera Hermanos of Valencia said it would wait.", {"Rivera Hermanos"}),
        ("Tan Brothers said sales rose.", {"Tan Brothers"}),
        ("Orders went to Ivanov and Sons last year.", {"Ivanov and Sons"}),
        ("Olives from Morales y Hermanos sold well.", {"Morales y Hermanos"}),
        # a business after a town and a business noun, and after a town's "-based" and "NGO"
        ("Nantes consultancy Agrilex said yields fell.", {"Agrilex"}),
        ("The Bamako-based NGO Tesa Yiriwa helped the women.", {"Tesa Yiriwa"}),
        # where a person holds a post
        ('"We are ready," said Maria Holt, head of purchasing at Brasserie Vallon.', {"Brasserie Vallon"}),
        ("A surplus is likely, said economist Chad Morrow of Pellan Analytics.", {"Pellan Analytics"}),
        # ... a single name after a country-named person with a title and "of"
        ("The price was fair, said analyst Jordan Vrhovec of Kestrana.", {"Kestrana"}),
        # a name before a legal form written in lower case, a given name in it or not
        ("The wine went to Marta Vino d.o.o., a Split importer.", {"Marta Vino"}),
        ("Orders went to Orvan Trade s.r.o. last year.", {"Orvan Trade"}),
    ],
)
def test_organisations_of_e18(text, expected):
    assert expected <= organisations(text)


def test_a_family_firms_first_word_after_its_founders_given_name_stays_the_founder():
    """ "Rivera" after "Pablo Rivera of Rivera Hermanos" is Pablo Rivera; alone beside the firm, the firm."""
    with_founder = found_in("Pablo Rivera of Rivera Hermanos signed the deal. Rivera said the price was fair.")
    firm_only = found_in("Rivera Hermanos signed the deal. Rivera said the price was fair.")
    assert {(m.kind, m.name) for m in with_founder.mentions if m.span.start > 45} == {("person", "Pablo Rivera")}
    assert {(m.kind, m.name) for m in firm_only.mentions if m.span.start > 30} == {("organisation", "Rivera Hermanos")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town of the city list named again and again, nothing saying a body
        ("Le Mans dockers struck. Trucks left Le Mans late.", {"Le Mans"}),
        # the French-speaking countries' divisions
        ("Herders in the Mbéré department lost cattle.", {"Mbéré"}),
        ("Members came from the commune of Ouélessébougou.", {"Ouélessébougou"}),
        # a canton named with the Spanish article "El", a given name in the list
        ("Its packing shed is in the canton of El Tessal, near the coast.", {"El Tessal"}),
    ],
)
def test_places_of_e18(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a company's department named by an acronym
        ("Staff in the HR department were told on Monday.", "HR"),
        # a founder's name before his kin is a family firm's, no town
        ("Orders went to Ivanov and Sons last year.", "Ivanov"),
    ],
)
def test_no_place_of_e18(text, not_expected):
    assert not_expected not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region named with "the" after a locative, printed so again
        ("Herders in the Tessaba have lost cattle. No rain fell in the Tessaba in March.", {"Tessaba"}),
        # ... or listed with others so, three of them, or two beside one read so
        ("Wool comes from the Orvanu, the Kelsa and the Marrit.", {"Orvanu", "Kelsa", "Marrit"}),
        ("The Orvanu is dry. Beans come from the Orvanu and the Kelsa, where rain fell.", {"Orvanu", "Kelsa"}),
        # ... a hyphenated one too
        ("Maize left the Kova-et-Lumbé as grain. It sells in the Kova-et-Lumbé and nearby.", {"Kova-et-Lumbé"}),
    ],
)
def test_regions_named_with_the(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # once, with nothing beside it: no region
        ("Maize came from the Tessaba last year.", {"Tessaba"}),
        # two listed, neither read so nor known: no region
        ("Beans come from the Orvanu and the Kelsa, where rain fell.", {"Orvanu", "Kelsa"}),
        # parliaments, indices, ordinary words and a noun the name qualifies
        ("The bill passed in the Bundestag and the Bundesrat. The Bundestag met again.", {"Bundestag", "Bundesrat"}),
        ("Shares rose in the Nikkei and in the Dow. The Nikkei closed higher.", {"Nikkei", "Dow"}),
        ("It was reported in the Guardian, the Times and the Telegraph.", {"Guardian", "Times", "Telegraph"}),
        ("Sales rose in the Tessaba farms. The Tessaba farms grew.", {"Tessaba"}),
    ],
)
def test_no_region_named_with_the(text, names):
    assert not places(text) & names


def test_a_registered_names_last_word_alone_is_the_company():
    """ "Tesar" after "Brodogradnja Tesar d.o.o.": the company, no second organisation of its own."""
    text = "Orders went to Brodogradnja Tesar d.o.o., a yard. Staff at Tesar were paid, said the director of Tesar."
    assert organisations(text) == {"Brodogradnja Tesar"}
