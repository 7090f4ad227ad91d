"""Error kinds the q12 held-out round (quotes: speakers and grouping, in house styles not seen
before) showed, on short original sentences: two stories tied only by a given name their people
share ("Ann Lee" in one, "Ann Reid" in another) are two stories, so one's quote is no printing of
the other's nor takes its speaker; "the councillor" in a speaker's place is the person named just
before where the article gives them a council's title ("the leader of the council")."""

from __future__ import annotations

import pytest

from loaders.group.quotes import Utterance, group_utterances, story_names
from loaders.spans import Span
from tests.test_quotes_q8_kinds import speakers_with_roles  # (words, speaker) of every quote


def _grouped(first: tuple[str, frozenset[str]], second: tuple[str, frozenset[str]]) -> bool:
    items = [
        Utterance((f"article-{n}", 0, len(words)), Span(0, len(words)), words, "direct", None, story)
        for n, (words, story) in enumerate((first, second))
    ]
    return any(len({link.utterance.quote_key for link in g.links}) > 1 for g in group_utterances(items))


@pytest.mark.parametrize(
    "first_story, second_story, grouped",
    [
        # must-not: two stories whose only shared word is a given name two strangers carry
        ((["Hexham Mills"], ["Ann Lee"]), (["Orvale Dairies"], ["Ann Reid"]), False),
        # a surname both print ties them
        ((["Hexham Mills"], ["Ann Lee"]), (["Orvale Dairies"], ["Tom Lee"]), True),
        # a given name one article calls someone by alone ("Ann said") ties it to the full name
        ((["Hexham Mills"], ["Ann Lee"]), (["Orvale Dairies"], ["Ann"]), True),
        # an organisation both name ties them, its first word as any other
        ((["Hexham Mills"], ["Ann Lee"]), (["Hexham Mills Ltd"], ["Tom Reid"]), True),
    ],
)
def test_stories_tied_by_a_given_name_alone_are_two(first_story, second_story, grouped):
    first = ("a hard blow to the whole valley", story_names(*first_story))
    second = ("a hammer blow for the whole valley", story_names(*second_story))
    assert _grouped(first, second) == grouped


@pytest.mark.parametrize(
    "text, expected",
    [
        # the leader of a council is one of its councillors
        (
            "The leader of Hexham Town Council, Ann Lee, said the closure was a blow.\n\n"
            '"We will do what we can for every family," the councillor told the Courier.',
            [("We will do what we can for every family,", "Ann Lee")],
        ),
        (
            'Mayor Tom Reid opened the meeting. "This town will not go quietly," the councillor said.',
            [("This town will not go quietly,", "Tom Reid")],
        ),
        # must-not: the person named just before holds a title no council's member does
        (
            "The chief executive of Orvale Dairies, Ann Lee, said the plant would close.\n\n"
            '"We will do what we can for every family," the councillor said.',
            [("We will do what we can for every family,", None)],
        ),
        # must-not: councillors brought in, in the plural, between the name and the quote
        (
            "The leader of Hexham Town Council, Ann Lee, said the closure was a blow. Other councillors were angrier.\n\n"
            '"We were lied to," the councillor said.',
            [("We were lied to,", None)],
        ),
    ],
)
def test_the_councillor_is_the_council_member_named_just_before(text, expected):
    roles = [("Ivo Brandt", "councillor", "Orvale Town Council"), ("Rosa Quist", "councillor", "Hexham Town Council")]
    assert speakers_with_roles(text, roles) == expected
