"""Rules added for kinds the m8 mixed round showed (a Kyrgyz walnut exporter's buying story told by
Central Asian outlets; a Flemish chocolate maker buying into a Dominican cocoa fermenter). Short
original sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import people
from tests.test_quotes_q7_kinds import speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        # Kyrgyz, Kazakh and Uzbek patronymics after the father's name stand in place of a surname
        ("Farmer Almaz Temir uulu said the walnut harvest was poor.", {"Almaz Temir uulu"}),
        ("Aidai Bek kyzy, who runs a drying shop, said prices rose.", {"Aidai Bek kyzy"}),
        ("Yerlan Serik uly heads the grain board.", {"Yerlan Serik uly"}),
        ("The trader Sardor Akmal o'g'li said demand held.", {"Sardor Akmal o'g'li"}),
        # two such names in one sentence stay two people
        ("Almaz Temir uulu met Nurbek Osmon uulu in Bishkek.", {"Almaz Temir uulu", "Nurbek Osmon uulu"}),
        # a name without one is read as before
        ("Farmer Almaz Temir said the walnut harvest was poor.", {"Almaz Temir"}),
    ],
)
def test_central_asian_patronymics_after_the_name(text, expected):
    assert people(text) == expected


def test_a_quote_is_given_to_the_whole_name_with_its_patronymic():
    text = (
        'Kanat Bolot uulu buys apricots in Batken. "Prices will fall by spring," Kanat Bolot uulu said.\n\n'
        'Aigerim Talant kyzy runs a drying shop. "We have no buyers," said Aigerim Talant kyzy.'
    )
    assert speakers(text) == [
        ("Prices will fall by spring,", "Kanat Bolot uulu"),
        ("We have no buyers,", "Aigerim Talant kyzy"),
    ]
