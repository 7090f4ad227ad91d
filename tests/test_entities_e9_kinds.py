"""Entity rules added for kinds the ninth entities round of held-out articles showed (the e8 round's
second batch first: a Northern Irish regional, a Nordic shipping journal, a Pakistani business paper,
a US small-town weekly; then the e9 round's own batches). Short original sentences of our own:
(text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import found_in, organisations


def places(text):
    return found_in(text).names("place")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case compass bearing, "of" and a name: a place, known or not
        ("The plant sits ten miles west of Tessby, the firm said.", {"Tessby"}),
        ("The mill, south-east of Carrowby, will close.", {"Carrowby"}),
        ("Most of its staff live in the villages north of Darvey.", {"Darvey"}),
        ("The weir upstream of Orvale Bridge was rebuilt.", {"Orvale Bridge"}),
        # people living in a list's places: the list closed by "and" names places, one known or none
        ("It buys wheat from farmers around Parma, Quarrow and Tessby.", {"Parma", "Quarrow", "Tessby"}),
        ("Growers in Lennock and Darvey were paid less.", {"Lennock", "Darvey"}),
        # a river after a business's unit or mills and "on the"
        ("We cannot fill orders from our old unit on the Tessen.", {"Tessen"}),
        ("Its mills on the Orrow stand idle.", {"Orrow"}),
    ],
)
def test_places_named_by_their_context(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a bearing before a person's or a company's name, or a capitalised compass word opening a body's name
        ("The farm lies north of Anna Berg's house.", "Anna Berg"),
        ("It has a depot west of Kestrel Holdings.", "Kestrel Holdings"),
        ("East of England Co-op opened a store.", "England Co-op"),
        # analysts and traders "in" names are a bank's more often than a town's
        ("Analysts in Kestrel and Orvane said so.", "Kestrel"),
        # "on the" and a board
        ("Its unit on the Board was dissolved.", "Board"),
    ],
)
def test_no_place_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # ordinary words on both sides of "and" inside a public body's or a union's name: one name
        ("Tessmoor Fire and Rescue Service attended the blaze.", {"Tessmoor Fire and Rescue Service"}),
        ("The county's fire service, Tessmoor Fire and Rescue Service, attended.", {"Tessmoor Fire and Rescue Service"}),
        ("Tessmoor Coast and Rural Borough Council approved the plan.", {"Tessmoor Coast and Rural Borough Council"}),
        ("Orvane Ports and Harbours Authority approved it.", {"Orvane Ports and Harbours Authority"}),
        # a weak ending after a state's or a country's name (also an ordinary word in the list): a utility
        ("Idaho Power will run a new line to the dryers.", {"Idaho Power"}),
        ("Ohio Power said it would run a line.", {"Ohio Power"}),
        # "Air" before a country's or a state's name: a carrier or a utility
        ("Water is supplied by Air Selangor, the state utility.", {"Air Selangor"}),
        ("Air Kenya flies there twice a week.", {"Air Kenya"}),
        # the second party a business supplies, after the first
        ("The company supplies football kits to Orvane and match balls to Tessco.", {"Orvane", "Tessco"}),
        # whom a carrier or a store works for
        ("Kestrel moves containers for Tessco and Orvane Dairy.", {"Tessco", "Orvane Dairy"}),
        ("The co-op hauls grain for Darmill each autumn.", {"Darmill"}),
        # a party a business signs with
        ("It signed with Vantor last year.", {"Vantor"}),
        ("The hauler signed up with Orvex in May.", {"Orvex"}),
    ],
)
def test_organisations_named_by_their_kind_or_dealings(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # two companies listed: a company's ending after "and" does not join them
        ("Existing investors Negev Seed and Orbit Capital took part.", "Negev Seed and Orbit Capital"),
        ("It bought Kestrel Foods and Orvane Holdings.", "Kestrel Foods and Orvane Holdings"),
        # a run before "and" ending in a name's ending stands alone
        ("Kestrel Bank and Rural Trust merged.", "Kestrel Bank and Rural Trust"),
        # people are signed with, hauled for and supplied too
        ("She signed with Jo Hale, an agent.", "Jo Hale"),
        ("It hauls hay for Jo Hale every summer.", "Jo Hale"),
        ("He supplied photos to Anna Berg and prints to Ann Lee.", "Ann Lee"),
        # a country signed with is a place
        ("The firm signed with China for a loan.", "China"),
        # two ordinary words before a weak ending are no name
        ("The nation's leading Learning Society met.", "Learning Society"),
    ],
)
def test_no_organisation_without_its_sign(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)
