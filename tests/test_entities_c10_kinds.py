"""Entity and page errors the c10 held-out round showed (see tests/test_claims_c10_kinds.py), on short
original sentences: a name run on from a figure with a decimal point across a sentence's end
("a combined KSh1.62bn. Rimal Cement Kenya operates"), a currency glued to a figure read as a
product's model after a name ("Tsavu Cement KSh380m"), and a line of a news site's section names
read as an organisation ("Local News | Business"; its words are listed in loaders/vocab/furniture.yml)."""

from __future__ import annotations

import pytest

from loaders.build import extract_article
from loaders.clean import furniture_rule, layout
from loaders.read import SeedFile


def _entities(text: str) -> set[tuple[str, str]]:
    article = extract_article(SeedFile("a", "a.txt", text, "0" * 64), {})
    return {(m.name, m.kind) for m in article.entities.mentions}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a figure with a decimal point ends its sentence: the name after it is a name of its own
        (
            "Tsavu Cement was fined KSh380m, a combined KSh1.62bn. Harlow Cement Works operates a plant.",
            {("Harlow Cement Works", "organisation")},
            {("KSh1.62bn. Harlow Cement Works", "organisation"), ("KSh1.62bn", "organisation")},
        ),
        # a currency glued to a figure after a name is money, no product's model
        (
            "The authority fined Harlow Cement Works KSh1.42bn and Tsavu Cement KSh380m.",
            {("Tsavu Cement", "organisation")},
            {("KSh380m", "product"), ("KSh1.42bn", "organisation")},
        ),
        # a currency's letter glued to a figure ends the name before it ("Plc N2.4 billion")
        (
            "The central bank has fined Harlow Bank Plc N2.4 billion for breaches.",
            {("Harlow Bank", "organisation")},
            {("Harlow Bank Plc N2", "organisation")},
        ),
        # must not: an abbreviation with its stops still holds a name together, and a brand's model stays
        (
            "Kestrel Motors U.S. Holdings sold the Kestrel K7 last year.",
            {("Kestrel K7", "product")},
            set(),
        ),
        ("Airbus sold the Airbus A380 to Emirates.", {("Airbus A380", "product")}, set()),
    ],
)
def test_names_beside_figures(text, present, absent):
    found = _entities(text)
    assert present <= found and not (absent & found)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Local News | Business", "section labels"),
        ("Companies | Industry", "section labels"),
        ("Business › Markets", "section labels"),
        # must not: a masthead beside its sections, a section with a date, or a headline
        ("Kestrel Daily | Companies | Industry", None),
        ("Local News | Wednesday, 11 March 2026", None),
        ("Business leaders | Markets fall", None),
    ],
)
def test_section_labels(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "text, kept",
    [
        # a line pairing a label with its figure is a key figure, no subheading (c10 batch 2)
        (
            "Hokuri Seiki reported.\n\nOverview (fiscal year ended March 2026)\nNet sales: ¥486.2 billion\n\nMore.",
            "Net sales: ¥486.2 billion",
        ),
        # must not: a short line of words alone is still a subheading
        ("Hokuri Seiki reported.\n\nWhat happens next\n\nThe deal closes in May.", None),
    ],
)
def test_a_label_and_its_figure_is_no_subheading(text, kept):
    found = [r for r in layout(text).removed if r.rule == "short line without closing punctuation"]
    if kept:
        assert not any(kept in r.span.of(text) for r in found)
    else:
        assert found
