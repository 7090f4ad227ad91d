"""Error kinds the q14 held-out round (quotes and speakers, in house styles not seen before) showed,
on short original sentences: an interview's answers labelled by a surname with its particle ("Van der
Berg:", "Ó Briain:") or by a given name alone ("Tesfaye:"); honorifics that are no part of a name
(Amharic "Ato", "W/ro"); Gaelic surnames with accented letters ("MacNìll", "NicLeòid"); the Catalan
"i" between two surnames; a parent named in passing ("with her father, X,") taking no "she says";
the second half of a quote split around "said X, <a long role>,"; a headline's quote that is the
predicate of the words before it ("New ferry "will change ..."")."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import people
from tests.test_quotes_q8_kinds import speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname with its lower-case particle, and one opening with an accented capital
        (
            "We spoke to the yard's owner, Jan van der Berg, and its buyer, Áine Ó Briain.\n\n"
            "Dock Weekly: Why a small yard?\n\n"
            "Van der Berg: They came to us in the rain and asked for a boat that sails in winter.\n\n"
            "Dock Weekly: And the price?\n\n"
            "Ó Briain: We paid what a good boat costs and not a cent more than that.",
            [
                ("They came to us in the rain and asked for a boat that sails in winter.", "Jan van der Berg"),
                ("We paid what a good boat costs and not a cent more than that.", "Áine Ó Briain"),
            ],
        ),
        # a page calling its interviewee by his given name, as Ethiopian usage has it
        (
            "This week we spoke to Tesfaye Abebe, manager of the Orvale growers' union.\n\n"
            "OGN: Why ten years?\n\n"
            "Tesfaye: Because our growers start from nothing every single season.\n\n"
            "OGN: And if prices rise?\n\n"
            "Tesfaye: Then the contract price rises with them, every year.",
            [
                ("Because our growers start from nothing every single season.", "Tesfaye Abebe"),
                ("Then the contract price rises with them, every year.", "Tesfaye Abebe"),
            ],
        ),
        # must-not: a given name two people of the article share labels neither
        (
            "We spoke to Tesfaye Abebe and Tesfaye Lemma of the Orvale growers' union.\n\n"
            "OGN: Why ten years?\n\n"
            "Tesfaye: Because our growers start from nothing every single season.\n\n"
            "OGN: And if prices rise?\n\n"
            "Tesfaye: Then the contract price rises with them, every year.",
            [],
        ),
    ],
)
def test_interview_labels_with_particles_and_given_names(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The union's manager, Ato Tesfaye Abebe, told the paper the deal was signed.", {"Tesfaye Abebe"}),
        ("W/ro Meron Haile, who farms three hectares near Yirgalem, said it was fair.", {"Meron Haile"}),
        ("On Eriskay, Ruairidh MacNìll, secretary of the pier trust, was cautious.", {"Ruairidh MacNìll"}),
        ("Committee chair Cllr Catriona NicLeòid said she would write to the board.", {"Catriona NicLeòid"}),
        ("The president of the guild, Jordi Puig i Ferrer, welcomed the order.", {"Jordi Puig i Ferrer"}),
        # must-not: "i" joining two people, or opening a name's second half alone
        ("Jan Kowalski i Anna Nowak went home.", set()),
    ],
)
def test_names_with_honorifics_particles_and_gaelic_letters(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a parent named in passing is no "she"'s first choice: the woman the sentences are about
        (
            "Rosa Lima Duarte runs the roastery. She travelled with her father, Tomas Lima Serra, who founded it.\n\n"
            '"My father bought his first sack in 1980 from a trader," she says.',
            [("My father bought his first sack in 1980 from a trader,", "Rosa Lima Duarte")],
        ),
        # the second half of a quote split around its attribution, a long role after the name
        (
            '"We have waited eleven years for this pier," said Ann Ní Bhriain, chairperson of the island\'s '
            'community co-operative, "and we will not wait another winter for it."',
            [
                ("We have waited eleven years for this pier,", "Ann Ní Bhriain"),
                ("and we will not wait another winter for it.", "Ann Ní Bhriain"),
            ],
        ),
        # must-not: an unnamed speaker's two halves stay no one's
        (
            '"We have waited eleven years for this pier," said a spokesman for the island\'s '
            'community co-operative, "and we will not wait another winter for it."',
            [("We have waited eleven years for this pier,", None), ("and we will not wait another winter for it.", None)],
        ),
    ],
)
def test_pronouns_past_a_parent_and_split_quotes(text, expected):
    assert speakers(text) == expected


HEADLINE_BODY = (
    "\n\nBy Tom Reid\n\nThe minister, Ann Lee, opened the new pier on Tuesday. "
    '"This boat will change what winter means on Orvale," Ms Lee said.'
)


@pytest.mark.parametrize(
    "headline, speaker",
    [
        # the quote the predicate of the headline's words: they are its subject, and the body's speaker said it
        ('Ferry for Orvale "will change what winter means on the island"', "Ann Lee"),
        # must-not: words ending in a verb's "-s" before it name a speaker of their own ("Union vows")
        ('Union vows "will change what winter means on the island"', None),
        # must-not: a speech verb before it
        ('Harbour master says "will change what winter means on the island"', None),
    ],
)
def test_a_headlines_quote_that_is_its_lines_predicate(headline, speaker):
    found = dict(speakers(headline + HEADLINE_BODY))
    assert found["will change what winter means on the island"] == speaker
