"""Error kinds the q14 held-out round (quotes and speakers, in house styles not seen before) showed,
on short original sentences: an interview's answers labelled by a surname with its particle ("Van der
Berg:", "Ó Briain:") or by a given name alone ("Tesfaye:"); honorifics that are no part of a name
(Amharic "Ato", "W/ro"); Gaelic surnames with accented letters ("MacNìll", "NicLeòid"); the Catalan
"i" between two surnames; a parent named in passing ("with her father, X,") taking no "she says";
the second half of a quote split around "said X, <a long role>,"; a headline's quote that is the
predicate of the words before it ("Tram line "would cut ..."")."""

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
            "Rosa Lima Duarte runs the bakery. She drove to the mill with her father, Tomas Lima Serra, who opened it.\n\n"
            '"Dad still checks every batch of flour himself at six," she says.',
            [("Dad still checks every batch of flour himself at six,", "Rosa Lima Duarte")],
        ),
        # the second half of a quote split around its attribution, a long role after the name
        (
            '"The school roof has leaked since 2016," said Ann Ní Bhriain, head of the parents\' '
            'association of the valley\'s two schools, "so a grant of 90,000 euro is welcome."',
            [
                ("The school roof has leaked since 2016,", "Ann Ní Bhriain"),
                ("so a grant of 90,000 euro is welcome.", "Ann Ní Bhriain"),
            ],
        ),
        # must-not: an unnamed speaker's two halves stay no one's
        (
            '"The school roof has leaked since 2016," said a spokesman for the parents\' '
            'association of the valley\'s two schools, "so a grant of 90,000 euro is welcome."',
            [("The school roof has leaked since 2016,", None), ("so a grant of 90,000 euro is welcome.", None)],
        ),
    ],
)
def test_pronouns_past_a_parent_and_split_quotes(text, expected):
    assert speakers(text) == expected


HEADLINE_BODY = (
    "\n\nBy Tom Reid\n\nThe minister, Ann Lee, opened the tram depot on Friday. "
    '"The new line would cut the commute to Velmora by half," Ms Lee said.'
)


@pytest.mark.parametrize(
    "headline, speaker",
    [
        # the quote the predicate of the headline's words: they are its subject, and the body's speaker said it
        ('Tram line to Velmora "would cut the commute by half"', "Ann Lee"),
        # must-not: words ending in a verb's "-s" before it name a speaker of their own ("Union vows")
        ('Union vows "would cut the commute by half"', None),
        # must-not: a speech verb before it
        ('Depot manager says "would cut the commute by half"', None),
    ],
)
def test_a_headlines_quote_that_is_its_lines_predicate(headline, speaker):
    found = dict(speakers(headline + HEADLINE_BODY))
    assert found["would cut the commute by half"] == speaker


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
            "The treasurer, Tom Reid of the fishermen's league, sat in the front row. For the head of the weavers' "
            "association, Hajja Zineb Aït Brahim, «the tourists now pay the weaver and not the shop».\n\n"
            "«Every rug carries the name of the woman who knotted it», he said.",
            [
                ("the tourists now pay the weaver and not the shop", "Zineb Aït Brahim"),
                ("Every rug carries the name of the woman who knotted it", "Tom Reid"),
            ],
        ),
        # an unnamed person introduced with no speech verb, the quote right after: its "she" is hers
        (
            "Ms Rosa Lima opened the shop at nine. «We sell out by noon most days», she said.\n\n"
            "A worker at the till, four years in the job, sounds less happy. «The queues are longer and the pay is the same», she says.",
            [("We sell out by noon most days", "Rosa Lima"), ("The queues are longer and the pay is the same", None)],
        ),
        # a quote split around "explains X" in guillemets, the comma after the closing mark
        (
            "«Nobody forced us to move the factory», explains Ann Lee, managing director of the tannery her grandfather set up, "
            "«but the rent in town tripled in two years.»",
            [
                ("Nobody forced us to move the factory", "Ann Lee"),
                ("but the rent in town tripled in two years.", "Ann Lee"),
            ],
        ),
        # a broadcast transcript: "(translated)" after the label; the correspondent's turns are the outlet's
        (
            "PRESENTER (ANN LEE): A dairy near Orvale has tripled its output. Our correspondent Tom Reid visited.\n\n"
            "TOM REID: It is five in the morning and the milking has started. The manager is Rosa Lima.\n\n"
            "ROSA LIMA (translated): Three years ago we had forty cows; now we have a hundred and twenty.\n\n"
            "TOM REID: What changed?\n\n"
            "ROSA LIMA (translated): A buyer in the city who pays on time, every month.\n\n"
            "TOM REID: The new barn opens in April.",
            [
                ("Three years ago we had forty cows; now we have a hundred and twenty.", "Rosa Lima"),
                ("A buyer in the city who pays on time, every month.", "Rosa Lima"),
            ],
        ),
        # questions printed with no label between labelled answers are the interviewer's, not run-on answers
        (
            "We put three questions to the bootmaker's founder, Ann Lee.\n\nWhy sell online only?\n\n"
            "Lee: Shops took 40 per cent of every pair of boots we made.\n\nDo you miss them?\n\n"
            "Lee: Not the invoices, no, but I miss the people.",
            [
                ("Shops took 40 per cent of every pair of boots we made.", "Ann Lee"),
                ("Not the invoices, no, but I miss the people.", "Ann Lee"),
            ],
        ),
    ],
)
def test_titles_genders_transcripts_and_split_guillemets(text, expected):
    assert speakers(text) == expected
