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


# The second batch's kinds: a courtesy title before a given name makes a person of a single word (people
# known by one name, "Pak Harjo") and says how the article calls them ("Hajja" a woman, so a later "he"
# is someone else); a transcript's label with a note in brackets ("(translated)") and a correspondent's
# own turns (the outlet's words); a question line after a labelled answer is no part of it; a split quote
# in guillemets ("«…», explains X, «…»"); an unnamed person introduced before a quote takes its pronoun.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pak Harjo, who drives the village truck, said the order had changed everything.", {"Harjo"}),
        # repeated alone and read as its own speaker, still a person: the title said so
        (
            "Its chairwoman Ibu Lestari told the paper on Monday. According to Lestari, the order came in May. "
            '"We were surprised," Lestari said.',
            {"Lestari"},
        ),
        # the title before a given name of a person named in full: that person, no second one
        ("The president, Hajja Zineb Aït Brahim, said so. Hajja Zineb, 61, founded it.", {"Zineb Aït Brahim"}),
        # must-not: "Mr" before a single word is a surname, no person of its own
        ("Mr Harjo said the order had changed everything.", set()),
    ],
)
def test_a_courtesy_title_before_a_given_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Hajja" says she is a woman: "he" after her quote is the man named before her
        (
            "The chairman, Tom Reid of the growers' union, was there. For the president of the cooperative, "
            "Hajja Zineb Aït Brahim, «it is the end of the middlemen who come by car».\n\n"
            "«Our customers ask us where each ingredient comes from», he said.",
            [
                ("it is the end of the middlemen who come by car", "Zineb Aït Brahim"),
                ("Our customers ask us where each ingredient comes from", "Tom Reid"),
            ],
        ),
        # an unnamed person introduced with no speech verb, the quote right after: its "she" is hers
        (
            "Ms Rosa Lima was there. «Our customers ask us where it comes from», she said.\n\n"
            "An employee of the packing line, met at the gate, is more reserved. «It is good for them over there», she says.",
            [("Our customers ask us where it comes from", "Rosa Lima"), ("It is good for them over there", None)],
        ),
        # a quote split around "explains X" in guillemets, the comma after the closing mark
        (
            "«We did not go there to find the cheapest oil», explains Ann Lee, chief executive of the family firm, "
            "«we went there to find an oil we can follow to the tree.»",
            [
                ("We did not go there to find the cheapest oil", "Ann Lee"),
                ("we went there to find an oil we can follow to the tree.", "Ann Lee"),
            ],
        ),
        # a broadcast transcript: "(translated)" after the label; the correspondent's turns are the outlet's
        (
            "PRESENTER (ANN LEE): A cooperative in Orvale has won an order. Our correspondent Tom Reid went there.\n\n"
            "TOM REID: The smell here is hot wax. The chair is Rosa Lima.\n\n"
            "ROSA LIMA (translated): We did not believe it at first, and we still do not.\n\n"
            "TOM REID: How long does one scarf take?\n\n"
            "ROSA LIMA (translated): Four days for a simple one, three weeks for a fine one.\n\n"
            "TOM REID: The first shipment leaves in February.",
            [
                ("We did not believe it at first, and we still do not.", "Rosa Lima"),
                ("Four days for a simple one, three weeks for a fine one.", "Rosa Lima"),
            ],
        ),
        # questions printed with no label between labelled answers are the interviewer's, not run-on answers
        (
            "We asked its chief executive, Ann Lee, about the deal.\n\nWhy go direct?\n\n"
            "Lee: Because our customers ask where each thing comes from.\n\nIs it more expensive for you?\n\n"
            "Lee: Yes, by about a fifth, and we accept that.",
            [
                ("Because our customers ask where each thing comes from.", "Ann Lee"),
                ("Yes, by about a fifth, and we accept that.", "Ann Lee"),
            ],
        ),
    ],
)
def test_titles_genders_transcripts_and_split_guillemets(text, expected):
    assert speakers(text) == expected
