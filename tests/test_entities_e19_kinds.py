"""Entity rules added for kinds a nineteenth round of held-out articles showed (a Paraguayan Chaco regional
weekly translated from Spanish, a Montevideo business daily, a Uruguayan dairy's press release, a Chiang Mai
English-language weekly, a Trieste coffee-trade letter translated from Italian, a Thai agricultural extension
office's news release). Short original sentences of our own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # Thai and Lao villages named "Ban" and two or three more words, known to no list (no locative before them)
        ("Ban Huai Orvo Khao and Ban Nong Tessa share one clinic.", {"Ban Huai Orvo Khao", "Ban Nong Tessa"}),
        # names listed before a plural division word are divisions too, not only the last (communes: no kind the
        # older "A, B and C districts" rule reads)
        ("Rain fell on the Kestra, Orvale and Tessby communes.", {"Kestra", "Orvale", "Tessby"}),
        # a worker "at" a name and "for" an employer: the name is where the worker works
        ('"Herds are healthy," said Ana Ruiz, a field officer at Tessaly for the Orvane Water Board.', {"Tessaly"}),
        ("Luis Pardo, a dealer at Tessby for Marlow and Sons, said so.", {"Tessby"}),
        # a river in Spanish before a particle and an article
        ("Barges sail down the Río de la Tessa to the sea.", {"Río de la Tessa"}),
        # a town of the full city list (no place of the gazetteer's own) qualifying a roaster or a maker
        ("The Toowoomba roaster Caffè Orvino buys from Brazil.", {"Toowoomba"}),
        ("It competes with the Salto cheese maker Quesos Orvo.", {"Salto"}),
        # a land that acts, even as a company would ("raised its payout"), stays a land
        ("Chile raised its payout to pensioners by 4 percent.", {"Chile"}),
    ],
)
def test_places_of_e19(text, expected):
    assert expected <= places(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # "Ban" before one word is a Korean family name too
        ("Ban Ki-tae, the trade minister, said exports rose.", "Ban Ki-tae"),
        # the employer first, a land after "for": no place of work (kept as a guard of precision: the rule's
        # need of an organisation's sign after "for" holds it too, so it fails only without both)
        ("Jo Marsh, a sales manager at Kestrel for Asia, said so.", "Kestrel"),
        # a company's act: no place, though a city of the gazetteer is named so
        ("Auckland raised its dividend by a tenth, the brewer said.", "Auckland"),
    ],
)
def test_no_place_of_e19(text, not_expected):
    assert not_expected not in places(text)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        # a family firm named by a founder of two words and the founder's kin, its legal form after it
        ("Pastificio Orvane e Figli S.p.A. of Bari raised prices.", "Pastificio Orvane e Figli", "Figli"),
        # ... and after another name and "for": the founder's name is the run's last capitalised words
        ("She left Halvik for Brennan and Sons in 2019.", "Brennan and Sons", "Halvik for Brennan"),
        # an Italian roaster's or coffee house's name, its particle and all
        ("The Parma roaster Caffè Orvino di Sopra buys from Brazil.", "Caffè Orvino di Sopra", "Orvino"),
        # a kin word going on into the firm's trade, before its legal form
        ("The importer Tan and Sons Ocean Foods Co., Ltd. paid cash.", "Tan and Sons Ocean Foods", "Sons Ocean Foods"),
        # a French public body opened by its kind before capitalised words
        (
            "The Fonds Régional de Soutien Agricole lent 90 million francs.",
            "Fonds Régional de Soutien Agricole",
            "Soutien Agricole",
        ),
        ("A grader for the Conseil Consultatif des Noix de Tessa said so.", "Conseil Consultatif des Noix de Tessa", "Noix"),
        # a firm named like a town acting as only a company does
        ("Tessaly raised its dividend by a tenth, the brewer said.", "Tessaly", "Tessaly raised"),
        ("Orvale cut its own purchases of cocoa this season.", "Orvale", "Orvale cut"),
    ],
)
def test_organisations_of_e19(text, expected, not_expected):
    found = organisations(text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    "text, not_expected",
    [
        ("Barges sail down the Río de la Tessa to the sea.", "Río de la Tessa"),
        ("The Parma roaster Caffè Orvino di Sopra buys from Brazil.", "Caffè Orvino di Sopra"),
        ("The clinic at Ban Anan Orvo opened in May.", "Anan Orvo"),  # (a given name after "Ban")
    ],
)
def test_no_person_of_e19(text, not_expected):
    assert not_expected not in people(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a term of delivery before a port in a price line is no organisation (twice: a name repeated is one)
        ("Sesame (CIF Kelmar) US$1,640/t; niger seed (CIF Kelmar) US$1,020/t.", "CIF Kelmar"),
        ("Maize (FOB Dunport) steady; sorghum (FOB Dunport) firm.", "FOB Dunport"),
        # a land acting is no company
        ("Chile raised its payout to pensioners by 4 percent.", "Chile"),
    ],
)
def test_no_organisation_of_e19(text, not_expected):
    assert not_expected not in organisations(text)
