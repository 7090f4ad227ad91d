"""An error kind the m14 held-out round showed, on short original sentences: cranes counted by a spelled
number, with one modifier or two before the noun ("two floating cranes"), read as a count the way
"three new refrigerated trucks" is."""

from __future__ import annotations

from loaders.clean import layout
from loaders.extract.claims import find_claims
from loaders.extract.entities import find_entities
from loaders.segment import sentences

TITLE = "Town news\n\n"


def claims(text: str) -> list[tuple[str, float, str | None]]:
    text = TITLE + text
    paragraphs = layout(text).paragraphs
    found = find_claims(text, [s for p in paragraphs for s in sentences(text, p)], find_entities(text, paragraphs, {}), None)
    return [(c.span.of(text), c.value, c.unit) for c in found]


# must-not first
def test_a_finance_term_with_a_hyphenated_modifier_is_no_count():
    assert claims("The lender sold two floating-rate notes to pension funds.") == []


def test_a_crane_model_number_before_the_singular_is_no_count():
    assert claims("The terminal runs a Kessler KMC 640 crane.") == []


def test_a_crane_operator_s_decades_are_no_crane_count():
    assert claims("The yard hired a crane operator with two decades at sea.") == []


# the rule
def test_cranes_counted_by_a_spelled_number_after_two_modifiers():
    assert claims("The Korvik yard will lease three electric gantry cranes.") == [("three", 3.0, "cranes")]


def test_cranes_counted_by_a_spelled_number_after_one_modifier_or_none():
    assert claims("The yard will build three mobile cranes.") == [("three", 3.0, "cranes")]
    assert claims("Four cranes stood idle on the quay.") == [("Four", 4.0, "cranes")]
