"""The c26 round's kinds, on short original sentences: the story-level subject step. Two articles printing two or
more of the same exact sums of money (three significant figures, not two: "$48.5 million", not "$100 million") are
one story; a figure both print alike stands in the subjects the other outlet gives it too, where the two subjects
share their first word and one outlet prints both names (a parent and its unit), where one gives none, or where
the figure is such an exact sum of one named measure itself (a native and a translated name). Never two different figures, never two stories."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.group.claims import group_claims, story_figures, story_partners
from tests.helpers import grouping_subjects
from tests.test_claim_groups import extract
from tests.test_claims import claims_of

BUY = "Kestrel Heat is buying Marlow Pellets Ltd for {price}. Kestrel Heat had revenue of {revenue}. "
SELL = "Marlow Timber Group is selling its pellet plant to Kestrel Heat for {price}. Kestrel Heat had revenue of {revenue}. "
EXACT = {"price": "$48.5 million", "revenue": "$118.9 million"}
ROUND = {"price": "$100 million", "revenue": "$1.5 billion"}


def _grouped_values(a: str, b: str) -> set[float]:
    """The values of the groups holding claims of both articles."""
    organisations: set[str] = set()
    groups = group_claims(extract({"a": a, "b": b}, organisations), organisations)
    return {m.claim.value for g in groups if len({m.article_id for m in g.members}) > 1 for m in g.members}


@pytest.mark.parametrize(
    ("a", "b", "value"),
    [
        # a unit and its parent (one first word), one outlet printing both names: one figure, in one story
        (
            BUY.format(**EXACT) + "Marlow Pellets Ltd employs 146 people.",
            SELL.format(**EXACT) + "Marlow Timber Group owns Marlow Pellets Ltd. Marlow Timber Group's pellet plant"
            " employs 146 people.",
            146,
        ),
        # a native and a translated name of one company: an exact sum both print is one figure
        (
            BUY.format(**EXACT) + "Turun Lampo Oy had sales of $164.2 million.",
            SELL.format(**EXACT) + "Turku Heating Ltd had sales of $164.2 million.",
            164.2e6,
        ),
    ],
)
def test_one_storys_figure_given_two_subjects_is_grouped(a, b, value):
    assert value in _grouped_values(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # must not: one exact sum shared is no story
        (
            "Kestrel Heat is buying Marlow Pellets Ltd for $48.5 million. Marlow Pellets Ltd employs 146 people.",
            "Marlow Timber Group is selling its pellet plant for $48.5 million. Marlow Timber Group's pellet plant"
            " employs 146 people.",
        ),
        # must not: round sums are printed by many stories
        (
            BUY.format(**ROUND) + "Marlow Pellets Ltd employs 146 people.",
            SELL.format(**ROUND) + "Marlow Timber Group's pellet plant employs 146 people.",
        ),
        # must not: two subjects of unrelated names, a count not an exact sum: two companies' staff
        (
            BUY.format(**EXACT) + "Marlow Pellets Ltd employs 146 people.",
            SELL.format(**EXACT) + "Brenford Mills Ltd employs 146 people.",
        ),
        # must not: two different figures of one story
        (
            BUY.format(**EXACT) + "Marlow Pellets Ltd employs 146 people.",
            SELL.format(**EXACT) + "Marlow Timber Group employs 612 people.",
        ),
    ],
)
def test_no_story_or_no_relation_leaves_the_subjects_apart(a, b):
    grouped = _grouped_values(a, b)
    assert 146 not in grouped and 612 not in grouped


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Kestrel Heat paid $48.5 million.", {"USD 4.85e+07"}),
        ("Kestrel Heat paid 58 412 306 thousand tenge.", {"KZT 5.84e+10"}),
        # must not: a round sum, a small sum, a range
        ("Kestrel Heat paid $100 million.", set()),
        ("Kestrel Heat paid $1.5 billion.", set()),
        ("Kestrel Heat shares closed at $32.75.", set()),
        ("Kestrel Heat paid between $48.5 million and $52.5 million.", set()),
    ],
)
def test_a_story_figure_is_an_exact_sum(sentence, figures):
    assert set().union(*(story_figures(c) for c in claims_of(sentence))) == figures


def test_story_partners_share_two_figures_of_few_printers():
    two = {"x": {1}, "y": {2}}  # figure -> the claims printing it
    assert story_partners({"a": two, "b": two, "c": {"x": {1}}}) == {"a": {"b": 2}, "b": {"a": 2}}
    many = {str(n): two for n in range(9)}  # printed by more articles than a story has: no evidence
    assert story_partners(many) == {}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a company's governing body named alone is some company's, no figure's subject
        ("Orda Agro plans a new mill.\n\nThe Supervisory Board said the mill would cost 14.6 billion tenge.\n", None),
        # must not: the body of a named company is that company
        ("The Management Board of Orda Agro SA approved an investment of 14.6 billion tenge.\n", "orda-agro"),
        # must not: a board that is an organisation of its own
        ("The Nyeri Tea Board sold 4.2 million kilos of tea last year.\n", "nyeri-tea-board"),
    ],
)
def test_a_governing_body_named_alone_is_no_subject(text, subject):
    assert set(grouping_subjects(text).values()) == {subject}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name after its legal form ends before a short English word
        ("The consolidated revenue of AS Kallaste Kala in 2025 was EUR 31.2 million.\n", "AS Kallaste Kala"),
        ("Profit at AS Kallaste Kala is up by a fifth this year.\n", "AS Kallaste Kala"),
        ("Workers at AS Kallaste Kala from Tartu went on strike.\n", "AS Kallaste Kala"),
        # must not: a lower-case word of the name's own language stays in it
        ("UAB Tessavos grūdai exported 40,000 tonnes of wheat.\n", "UAB Tessavos grūdai"),
    ],
)
def test_a_name_after_its_legal_form_ends_before_a_short_english_word(text, name):
    paragraphs = layout(text).paragraphs
    found = [m.name for m in find_entities(text, paragraphs, {}).mentions if m.kind == "organisation"]
    assert found == [name]
