"""The q14 round's review findings, on short original sentences: a courtesy title written before
given names ("Pak", "Ibu", "Hajja") that is the first word of a company's name; an unnamed person
introduced before a quote who is no speaker (an analyst who asks, someone beside the speaker); an
interviewee named after a broadcaster's role ("TV presenter Ann Lee"), who is no journalist of the
page; a headline's quote that is the predicate of the words before it; the second half of a split
quote in guillemets after a French reporting verb; the Catalan "i" only between a person's surnames."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import organisations, people
from tests.test_quotes_q8_kinds import speakers


@pytest.mark.parametrize(
    "text, expected_people, expected_organisations",
    [
        # the pair used as a company's name elsewhere: the title is its first word, no person's
        (
            "Bapak Tirta shipped 2,100 pumps in May. Shares of Bapak Tirta climbed 6% on the news.",
            set(),
            {"Bapak Tirta"},
        ),
        ("Shares in Ibu Holdings slid 7% on Tuesday.", set(), {"Ibu Holdings"}),
        ("Hajja Estates paid 4m dirhams for the plot.", set(), {"Hajja Estates"}),
        # the title opening a longer company's name, and the name's short form after it
        (
            "Mang Tomas Shipping lost two routes. Mang Tomas had sailed them since 1990.",
            set(),
            {"Mang Tomas Shipping"},
        ),
        # must-not: a person known by one name after the title keeps it
        ("Bapak Tirta, who fishes off the reef, said the new pier had changed his week.", {"Tirta"}, set()),
    ],
)
def test_a_courtesy_title_opening_a_companys_name(text, expected_people, expected_organisations):
    assert people(text) == expected_people
    assert organisations(text) == expected_organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone unnamed who asks: the quote after is the answer, the named person's
        (
            "Orvale Mills' finance chief, Petra Novak, faced investors on Thursday. One fund manager wondered "
            'about the debt. "We will pay half of it off by 2027," she said.',
            [("We will pay half of it off by 2027,", "Petra Novak")],
        ),
        # someone unnamed of the other gender than the pronoun after the quote
        (
            "Ivo Baric, the harbour master, walked the new quay. A woman watched from the slipway. "
            '"It is 40 metres longer than the old one," he said.',
            [("It is 40 metres longer than the old one,", "Ivo Baric")],
        ),
        (
            "Lena Sorvik, the mayor, cut the ribbon. A businessman waited by the door. "
            '"This hall cost 3 million crowns," she said.',
            [("This hall cost 3 million crowns,", "Lena Sorvik")],
        ),
        # someone unnamed pointing back to the named person ("beside her")
        (
            "Lena Sorvik, the mayor, cut the ribbon. A council member stood next to her. "
            '"This hall cost 3 million crowns," she said.',
            [("This hall cost 3 million crowns,", "Lena Sorvik")],
        ),
        # must-not: an unnamed woman introduced before the quote keeps her "she says"
        (
            "Lena Sorvik, the mayor, cut the ribbon. A businesswoman from the market is less sure. "
            '"The rents will double," she says.',
            [("The rents will double,", None)],
        ),
        # must-not: a clause withholding the unnamed person's name ("who asked not to be named") asks no
        # question, so they keep the pronoun after their quote
        (
            '"We will double the output," said Tomas Berg, the mill\'s owner.\n\nThe deal comes as prices fall. '
            'One grain broker, who asked not to be named, was blunt. "Nobody here will sell at that price," he said.',
            [("We will double the output,", "Tomas Berg"), ("Nobody here will sell at that price,", None)],
        ),
    ],
)
def test_an_unnamed_person_before_a_quote_who_is_not_its_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a broadcaster by trade interviewed by the page: her answers are hers
        (
            "This month we talked to radio anchor Mirela Dobos about her first novel.\n\n"
            "Q: Where did it start?\n\nMirela Dobos: On a night bus from Cluj, in 2019.\n\n"
            "Q: Will there be another?\n\nMirela Dobos: Yes, I have written half of it.",
            [("On a night bus from Cluj, in 2019.", "Mirela Dobos"), ("Yes, I have written half of it.", "Mirela Dobos")],
        ),
        # must-not: the page's own reporter, introduced after its possessive, asks; her turns are the outlet's
        (
            "PRESENTER: A bakery in Orvale has doubled its staff. Our business reporter Mirela Dobos met its owner, "
            "Ivo Baric.\n\n"
            "MIRELA DOBOS: The ovens here run all night.\n\n"
            "IVO BARIC: We bake 4,000 loaves before six in the morning.\n\n"
            "MIRELA DOBOS: And the new staff?\n\n"
            "IVO BARIC: Twelve of them, all from the village.",
            [
                ("We bake 4,000 loaves before six in the morning.", "Ivo Baric"),
                ("Twelve of them, all from the village.", "Ivo Baric"),
            ],
        ),
    ],
)
def test_a_broadcaster_interviewed_is_no_journalist_of_the_page(text, expected):
    assert speakers(text) == expected


def _headline_speaker(headline: str, said: str) -> str | None:
    body = f'\n\nBy Tom Reid\n\nThe mayor, Ann Lee, opened the tram depot on Friday. "{said}," Ms Lee said.'
    return dict(speakers(headline + body))[headline.split('"')[1]]


@pytest.mark.parametrize(
    "headline, said, speaker",
    [
        # a plural noun before the quote is its subject, no verb's "-s"
        ('New tram services "would cut the commute by half"', "The new line would cut the commute to Velmora by half", "Ann Lee"),
        # "to" and "set to" as a headline writes "is to"
        ('Tram line "to cut the commute by half"', "We plan to cut the commute to Velmora by half", "Ann Lee"),
        ('Tram depot "set to cut the commute by half"', "The depot is set to cut the commute to Velmora by half", "Ann Lee"),
        # must-not: a headline's verb of promising before it names its own speaker
        ('Drivers\' union vows "to cut the commute by half"', "We plan to cut the commute to Velmora by half", None),
        ('Commuters fear "would cut the commute by half"', "The new line would cut the commute to Velmora by half", None),
    ],
)
def test_a_headlines_quote_that_is_its_lines_predicate(headline, said, speaker):
    assert _headline_speaker(headline, said) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # a French reporting verb inverted after the first half, the second half in guillemets after the role
        (
            "«Nous avons planté 12 000 arbres», explique Marc Rivière, maire du village, «et nous en planterons "
            "autant l'an prochain.»",
            [
                ("Nous avons planté 12 000 arbres", "Marc Rivière"),
                ("et nous en planterons autant l'an prochain.", "Marc Rivière"),
            ],
        ),
        (
            "«Le prix du lait a baissé de 8 %», précise Claire Dumas, éleveuse à Die.",
            [("Le prix du lait a baissé de 8 %", "Claire Dumas")],
        ),
    ],
)
def test_french_reporting_verbs_after_a_quote_in_guillemets(text, expected):
    assert speakers(text) == expected
