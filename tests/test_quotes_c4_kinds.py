"""Error kinds a fourth held-out round showed for quotes, on short original sentences: a stock
phrase printed in two unrelated stories is two utterances (a quote's group joins only articles
that share a person or an organisation they name), and the speakers of "he" and "the minister"."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes
from loaders.group.quotes import Utterance, group_utterances, story_names
from loaders.spans import Span


def item(article: str, text: str, story: tuple[str, ...] = (), speaker: str | None = None) -> Utterance:
    return Utterance((article, 0, len(text)), Span(0, len(text)), text, "direct", speaker, story_names(story))


def grouped(*items: Utterance) -> list[set[str]]:
    groups = group_utterances(list(items))
    return sorted((s for s in ({link.utterance.quote_key[0] for link in g.links} for g in groups) if len(s) > 1), key=sorted)


@pytest.mark.parametrize(
    "items, expected",
    [
        # two outlets of one story share its company or its speaker
        (
            [
                item("a", "We will protect the balance sheet first.", ("Tarrow Mining", "Ada Quint")),
                item("b", "protect the balance sheet first", ("Tarrow Mining",)),
            ],
            [{"a", "b"}],
        ),
        # the same stock phrase in an unrelated story is another utterance
        (
            [
                item("a", "We will protect the balance sheet first.", ("Tarrow Mining", "Ada Quint")),
                item("b", "protect the balance sheet first", ("Tarrow Mining",)),
                item("c", "protect the balance sheet first", ("Quill Cells", "Ben Orr")),
            ],
            [{"a", "b"}],
        ),
        (
            [
                item("b", "protect the balance sheet first", ("Tarrow Mining",)),
                item("c", "protect the balance sheet first", ("Quill Cells", "Ben Orr")),
            ],
            [],
        ),
        # names spelt alike across outlets ("Tamborá", "Tambora") are one name
        (
            [
                item("a", "We are not going to grow at any price.", ("Tamborá Airlines",)),
                item("b", "We are not going to grow at any price.", ("Tambora Airlines",)),
            ],
            [{"a", "b"}],
        ),
        # a short form one outlet prints shares its words with the full name
        (
            [
                item("a", "We are not going to grow at any price.", ("Tamborá Linhas Aéreas",)),
                item("b", "We are not going to grow at any price.", ("Tambora",)),
            ],
            [{"a", "b"}],
        ),
        # a word any company's name may end in links no stories
        (
            [
                item("a", "protect the balance sheet first", ("Tarrow Group",)),
                item("b", "protect the balance sheet first", ("Quill Group",)),
            ],
            [],
        ),
        # an article whose names are unknown may join any story, as before
        (
            [
                item("a", "We are not going to grow at any price.", ("Tarrow Mining",)),
                item("b", "We are not going to grow at any price."),
            ],
            [{"a", "b"}],
        ),
    ],
)
def test_one_utterance_is_printed_in_one_story(items, expected):
    assert grouped(*items) == expected


MINISTERS = [
    ("Luca Brenner", "economy minister", None),
    ("Ines Varga", "finance minister", None),
    ("Tomas Reuel", "transport minister", None),
]


def speaker(text: str) -> str | None:
    """The speaker of the text's direct quote, the corpus knowing three ministers."""
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex(MINISTERS))
    (quote,) = [q for q in found if q.kind == "direct"]
    return quote.speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role several people hold in the corpus: the one holder this article names with it
        (
            "Economy Minister Luca Brenner asked for a meeting.\n\n“We will not lend another cent,” the minister said.",
            "Luca Brenner",
        ),
        # no holder named here: still ambiguous
        ("Officials asked for a meeting.\n\n“We will not lend another cent,” the minister said.", None),
        # a holder named here without the title: still ambiguous
        ("Luca Brenner asked for a meeting.\n\n“We will not lend another cent,” the minister said.", None),
        # two holders named here with it: still ambiguous
        (
            "Economy Minister Luca Brenner and Finance Minister Ines Varga asked for a meeting.\n\n"
            "“We will not lend another cent,” the minister said.",
            None,
        ),
    ],
)
def test_a_role_is_the_holder_the_article_names_with_it(text, expected):
    assert speaker(text) == expected
