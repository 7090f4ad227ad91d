"""Entity rules added for kinds the m7 mixed round showed (a Ugandan vanilla exporter buying into a
Malagasy curer; a Guyanese rice miller buying into a Surinamese mill). Short original sentences of our
own: (text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_claims import claims_of
from tests.test_entity_rules import organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry named for a list of fields, some no everyday words
        (
            "The Ministry of Agriculture, Animal Husbandry and Fisheries approved the sale.",
            {"Ministry of Agriculture, Animal Husbandry and Fisheries"},
        ),
        ("The Ministry of Lands, Mines and Hydrocarbons approved it.", {"Ministry of Lands, Mines and Hydrocarbons"}),
        # a minister named by title and name: "of" opens a portfolio, no body
        ("The deal was signed before Minister Ravi Dewnarain of Agriculture, Livestock and Fisheries on Monday.", set()),
        ("Minister Ravi Dewnarain of Agriculture signed it on Monday.", set()),
        # ... while a person's "of" before a firm still names the firm
        ("Analyst Jo Hale of Marrow Capital said so.", {"Marrow Capital"}),
    ],
)
def test_ministries_and_portfolios(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a stretch of coast named as a region is a place, no company
        ("Kestrel Rice, based on Guyana's Mahaica Coast, will spend more.", {"Mahaica Coast"}, set()),
        # datelines: a country and a date after the town, or the town closed by a full stop
        ("NAKURU, Kenya, Oct 3 (KNA) - Farmers sold more milk.", {"Nakuru", "Kenya"}, set()),
        ("NAKURU. Farmers sold more milk.", {"Nakuru"}, set()),
        ("UPDATE. Farmers sold more milk.", set(), {"Update"}),
        # a weekday after "on" is when, not part of the town's name
        ("Buyers met in Maroantsetra on Wednesday to set prices.", {"Maroantsetra"}, {"Maroantsetra on Wednesday"}),
    ],
)
def test_places_of_the_round(text, expected, absent):
    found = places(text)
    assert expected <= found and not (absent & found)


def test_a_coast_in_a_company_name_stays_the_company():
    assert organisations("Gold Coast Bakeries Ltd raised prices.") == {"Gold Coast Bakeries"}
    assert "Gold Coast" not in places("Gold Coast Bakeries Ltd raised prices.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # East Africa's pilgrim titles and an engineer's "Eng." are no part of the name
        ("Hajji Yusuf Kateregga, the firm's chairman, said the coffee was late.", {"Yusuf Kateregga"}),
        ("Hajjat Aisha Nakato, a trader in Masaka, said prices had fallen.", {"Aisha Nakato"}),
        # an age in brackets after a name, as Caribbean and Dutch-language papers print it
        ("The mill was founded by Harinarine Dookhie (81), who still runs it.", {"Harinarine Dookhie"}),
    ],
)
def test_people_with_titles_and_ages(text, expected):
    assert people(text) == expected


def test_a_name_opening_with_a_dutch_particle_is_no_given_name():
    """A mill's short name "De Hoop" after "Rijstpellerij De Hoop N.V." is the mill's, no person's: its
    figures are the mill's."""
    text = (
        "Kestrel Rice has bought 60 per cent of Rijstpellerij De Hoop N.V., a mill in Suriname.\n\n"
        "De Hoop dries about 40,000 tonnes of paddy a year and has 120 workers."
    )
    assert "De Hoop" not in people(text)
    assert {c.subject for c in claims_of(text)} == {"Rijstpellerij De Hoop"}
    # a surname alone after a title stays a person
    assert people("Coach Van Gaal said the side was ready.") == {"Van Gaal"}
