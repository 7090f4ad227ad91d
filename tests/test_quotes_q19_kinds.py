"""Error kinds the q19 quotes round showed, on short original sentences: a title-only attribution after a
quote whose holder the next sentence brings in ('"…," the deputy governor said. Name, who oversees X, added
that ...'); a title with "of X" printed straight before the name ("Deputy Governor of Harju County Name
noted"); a pronoun after an apposition-led sentence ("Her deputy, Name, ...") decided by how the article
refers to the deputy ("Name said he had ..."); a quote nested in reversed guillemets inside a quote of other
marks („… »…« …”); one speaker's short sentence whose content words stand in order in another outlet's longer
one; a land's name and its adjective ("Asia" / "Asian") one name in grouping. After the second batch: a name
after a title of a body named by its kind ("Chair of the Union Name") a person's."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import quoted_spans
from loaders.spans import Span
from tests.test_quotes import quotes_of
from tests.test_quotes_q12_kinds import _printed, _two_printings


def said(text: str) -> list[tuple[str, str | None]]:
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


ROAD = '"The ring road will be paved before the first snow," the deputy governor said at the opening.\n\n'


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "Marta Ilves, who oversees transport in the county administration, added that the tolls would end in May.",
        "Marta Ilves, Deputy Governor of Harju County, who came by bus, promised a second bridge.",
    ],
)
def test_a_title_after_a_quote_is_the_holder_the_next_sentence_brings_in(next_paragraph):
    assert said(ROAD + next_paragraph)[0] == ("The ring road will be paved before the first snow,", "Marta Ilves")


@pytest.mark.parametrize(
    "next_paragraph",
    [
        # must not: a person of another title, or with no speech after the clause about them
        "Anu Saar, a farmer beside the road, doubted it would last a winter.",
        "Anu Saar, who farms beside the road, doubted it would last a winter.",
    ],
)
def test_a_title_after_a_quote_is_not_a_person_of_another_description_the_next_sentence_brings_in(next_paragraph):
    assert said(ROAD + next_paragraph)[0] == ("The ring road will be paved before the first snow,", None)


def test_a_title_after_a_quote_is_not_a_person_named_before_it_opening_the_next_sentence():
    """must not: a person the page named before the quote is no holder brought in after it."""
    text = (
        "Anu Saar, a farmer beside the road, came to the opening. Governor Peeter Kask cut the ribbon.\n\n"
        + ROAD
        + "Anu Saar, who farms beside the road, added that it would not last a winter."
    )
    assert said(text)[0] == ("The ring road will be paved before the first snow,", None)


def test_a_title_of_a_body_straight_before_the_name_is_the_persons_role():
    text = "Deputy Governor of Harju County Marta Ilves noted that the road was late. Tolls end in May."
    entities = find_entities(text, layout(text).paragraphs, {})
    assert [(r.person, r.title) for r in entities.roles] == [("Marta Ilves", "deputy governor")]


def test_the_title_after_its_holder_named_before_with_the_title_straight_before_the_name():
    text = (
        "Deputy Governor of Harju County Marta Ilves noted that the road was late.\n\n"
        '"The ring road will be paved before the first snow," the deputy governor emphasized.'
    )
    assert said(text) == [("The ring road will be paved before the first snow,", "Marta Ilves")]


DEPUTY = (
    "The bakery's owner, Carla Venn, signed the lease on Friday.\n\n"
    "Her deputy, Sasha Orr, who runs the night shift, showed the inspectors the new ovens.{between}\n\n"
    '"We kept every job through the winter," she said.'
)


@pytest.mark.parametrize(
    "between, speaker",
    [
        # the article calls the deputy "he": "she" is the owner
        (" Orr said he would stay on nights until the spring.", "Carla Venn"),
        # nothing says otherwise: the deputy named just before
        ("", "Sasha Orr"),
        (" Orr said she would stay on nights until the spring.", "Sasha Orr"),
    ],
)
def test_a_pronoun_after_an_apposition_led_sentence_follows_how_the_article_refers_to_the_deputy(between, speaker):
    assert said(DEPUTY.format(between=between)) == [("We kept every job through the winter,", speaker)]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "„On the door we painted »Closed on Sundays« and nobody complained” – says Daria Wolak.",
            ["On the door we painted »Closed on Sundays« and nobody complained"],
        ),
        ("“He wrote »no« twice,” she said.", ["He wrote »no« twice,"]),
        # a quote in reversed guillemets by itself (German usage), and a French one
        ("Sie sagte: »Wir bleiben hier«. Dann ging sie.", ["Wir bleiben hier"]),
        ("« Nous restons », a-t-elle dit.", ["Nous restons"]),
    ],
)
def test_a_quote_nested_in_reversed_guillemets_stays_inside_its_quote(text, words):
    assert [span.of(text) for span in quoted_spans(text, [Span(0, len(text))])] == words


GROWERS = "Nobody lent us money in March, and smaller growers need rain in summer"


@pytest.mark.parametrize(
    "first, second, speakers, same",
    [
        ("The smaller growers need the rain in summer.", GROWERS, ("ana", "ana"), True),
        ("Nobody lent us any money in March", GROWERS, ("ana", "ana"), True),
        # must not: another speaker's words, or the longer one denying what the shorter says
        ("The smaller growers need the rain in summer.", GROWERS, ("ana", "tomas"), False),
        ("The company will raise prices.", "The company will not raise prices in spring", ("ana", "ana"), False),
    ],
)
def test_one_speakers_short_sentence_in_order_inside_the_longer_version_is_one_utterance(first, second, speakers, same):
    one = _printed("article-1", first, speakers[0], None, frozenset())
    other = _printed("article-2", second, speakers[1], None, frozenset())
    assert _two_printings(one, other) == same


@pytest.mark.parametrize(
    "second, same",
    [
        ("Next winter the new ferry carries our cherries to buyers in Europe", True),
        # must not: another land
        ("Next winter the new ferry carries our cherries to buyers in Africa", False),
    ],
)
def test_a_lands_name_and_its_adjective_are_one_name_in_a_rewording(second, same):
    one = _printed("article-1", "The new ferry takes our cherries to European buyers next winter", "ana", None, frozenset())
    other = _printed("article-2", second, "ana", None, frozenset())
    assert _two_printings(one, other) == same


@pytest.mark.parametrize(
    "holder, speaker",
    [
        # must not: the article's one minister holds another portfolio than the title asked
        ("Minister of Agriculture Lea Tamm inspected the first crates.", None),
        ("Minister of Trade Lea Tamm inspected the first crates.", "Lea Tamm"),
        ("Trade Minister Lea Tamm inspected the first crates.", "Lea Tamm"),
    ],
)
def test_a_title_with_a_portfolio_is_not_the_articles_one_holder_of_another_portfolio(holder, speaker):
    text = f'{holder}\n\nThe trade minister, who flew in on Monday, said the deal "shows what small growers can do abroad."'
    assert said(text) == [("shows what small growers can do abroad.", speaker)]


@pytest.mark.parametrize(
    "text, person",
    [
        ('"The forest is ours," Chair of the Union Aigerim Tolen said at the ceremony.', "Aigerim Tolen"),
        ("Director of the Cooperative Jonas Vaitkus opened the plant on Monday.", "Jonas Vaitkus"),
    ],
)
def test_a_name_after_a_title_of_a_body_named_by_its_kind_is_a_person(text, person):
    entities = find_entities(text, layout(text).paragraphs, {})
    assert person in entities.names("person")
    assert person not in entities.names("organisation")
