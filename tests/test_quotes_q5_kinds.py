"""Error kinds a fifth held-out round (quotes in house styles not seen before) showed, on short
original sentences: spaced guillemets, a quote introduced by a dash or by a possessive pronoun,
a work's title in marks, a paragraph-long quote after a sentence naming its speaker without a
speech verb, a headline's quote repeated in the body, a question-and-answer interview, a given
name printed with its accent, and a surname two people share."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes, quoted_spans
from loaders.extract.quotes.direct import is_title
from loaders.extract.quotes.interview import initials

TITLE = "Town news\n\n"  # a headline line first, as an article has


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(words, kind, speaker) of every direct and partial quote of the text."""
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex())
    return [(q.span.of(text), q.kind, q.speaker) for q in found if q.kind in ("direct", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # French and Swiss spacing inside guillemets
        ("« We will rebuild the bridge », she said.", ["We will rebuild the bridge"]),
        ("He said: « Not this year. »", ["Not this year."]),
        # unspaced guillemets and German marks, as before
        ("«We will rebuild the bridge», she said.", ["We will rebuild the bridge"]),
        ("„We will rebuild the bridge“, she said.", ["We will rebuild the bridge"]),
        # a closing guillemet alone opens nothing, an opening one alone closes nothing
        ("Prices rose » sharply, she said.", []),
    ],
)
def test_spaced_guillemets_pair_by_their_shape(text, expected):
    layout_ = layout(TITLE + text)
    assert [s.of(TITLE + text) for s in quoted_spans(TITLE + text, layout_.paragraphs)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mayor Paola Renzi spoke on Friday.\n\n« We will rebuild the bridge before winter », Renzi said.",
            [("We will rebuild the bridge before winter", "direct", "Paola Renzi")],
        ),
        # a dash introduces a quote as a colon does (em dash, en dash)
        (
            'Speaking in Leeds, Harriet Vane was firm — "We will not raise prices this spring."',
            [("We will not raise prices this spring.", "direct", "Harriet Vane")],
        ),
        (
            'Speaking in Leeds, Harriet Vane was firm – "We will not raise prices this spring."',
            [("We will not raise prices this spring.", "direct", "Harriet Vane")],
        ),
        # a possessive pronoun opening the introduction stands for the person named before it
        (
            'Owen Pryce was asked about the sale. His answer — "Nobody has called me about it" — ended the meeting.',
            [("Nobody has called me about it", "direct", "Owen Pryce")],
        ),
        # words after a verb, no dash: still a fragment in the writer's sentence
        (
            'Owen Pryce said the sale was "nobody else\'s business at all" and left.',
            [("nobody else's business at all", "partial", "Owen Pryce")],
        ),
    ],
)
def test_dash_and_possessive_introductions(text, expected):
    assert quotes(TITLE + text) == expected


@pytest.mark.parametrize(
    "words, title",
    [
        ("Power for Every Town by 2031", True),
        ("Roads That Mend Themselves", True),
        ("The Long Road Home", True),
        ("cost far less than we feared", False),
        ("We Will Not Sell, Ever", False),  # a sentence's comma: words said
        ("Two words", False),  # too short to tell
        ("Bank of the North", True),
    ],
)
def test_title_case_words_are_a_title(words, title):
    assert is_title(words) is title


@pytest.mark.parametrize(
    "text, expected",
    [
        # a work's title in marks, inside the writer's sentence: no quote
        ('The council\'s plan, titled "Power for Every Town by 2031", costs 40 million pounds.', []),
        ('Your review of the depot ("Roads That Mend Themselves", June 2) was unfair.', []),
        # a fragment in lower case is words said
        (
            'Chair Dora Willets said the plan would "cost far less than anyone feared".',
            [("cost far less than anyone feared", "partial", "Dora Willets")],
        ),
    ],
)
def test_a_title_in_marks_is_not_a_quote(text, expected):
    assert quotes(TITLE + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence naming one person, no speech verb, then a quote run over two paragraphs
        (
            "At the hearing, Ruth Ambler made her case.\n\n"
            '"The tunnel is safe. We have tested it twice this year.\n\n'
            '"Nobody should be frightened of driving through it."',
            [
                ("The tunnel is safe. We have tested it twice this year.", "direct", "Ruth Ambler"),
                ("Nobody should be frightened of driving through it.", "direct", "Ruth Ambler"),
            ],
        ),
        # two people named in that sentence: nobody can tell which
        (
            'At the hearing, Ruth Ambler faced Colin Marsh.\n\n"The tunnel is safe. We have tested it twice this year."',
            [("The tunnel is safe. We have tested it twice this year.", "direct", None)],
        ),
    ],
)
def test_a_quote_paragraph_after_a_sentence_naming_one_person(text, expected):
    assert quotes(TITLE + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's quote, printed again in the body with its speaker
        (
            "Mill owner: 'We are staying in this town'\n\n"
            '"We are staying in this town, whatever it costs us," said Owen Pryce, who owns the mill.',
            [
                ("We are staying in this town", "direct", "Owen Pryce"),
                ("We are staying in this town, whatever it costs us,", "direct", "Owen Pryce"),
            ],
        ),
        # three words are too few to say who said them
        (
            "Mill owner: 'We are staying'\n\n\"We are staying, whatever it costs us,\" said Owen Pryce, who owns the mill.",
            [("We are staying", "direct", None), ("We are staying, whatever it costs us,", "direct", "Owen Pryce")],
        ),
    ],
)
def test_words_printed_again_with_their_speaker(text, expected):
    assert quotes(text) == expected


INTERVIEW = (
    "'The power bill doubled': talking trams\n\n"
    "Transit chief Irma Delacroix-Benn spoke to our reporter Lewis Hatton about fares.\n\n"
    "Lewis Hatton: Fares rose again this year. Why?\n\n"
    "Irma Delacroix-Benn: Because the power bill doubled. We did not choose that.\n\n"
    "LH: Riders say the trams are late.\n\n"
    "IDB: Some are. We have ordered new signals, and they arrive in May.\n\n"
    "LH: Will fares rise next year?\n\n"
    "IDB: Not if the power price holds."
)


def test_an_interview_s_answers_are_quotes_of_the_labelled_person():
    assert quotes(INTERVIEW) == [
        ("The power bill doubled", "direct", "Irma Delacroix-Benn"),  # the headline pulls an answer's words
        ("Because the power bill doubled. We did not choose that.", "direct", "Irma Delacroix-Benn"),
        ("Some are. We have ordered new signals, and they arrive in May.", "direct", "Irma Delacroix-Benn"),
        ("Not if the power price holds.", "direct", "Irma Delacroix-Benn"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one labelled line is a heading, not an interview
        "Transit chief Irma Delacroix-Benn spoke on Monday.\n\nIrma Delacroix-Benn: a profile of the new chief.",
        # labels that name nobody in the article
        "Fares rose on Monday.\n\nUpdate: fares rose again.\n\nCorrection: they fell.",
    ],
)
def test_a_labelled_line_alone_is_no_interview(text):
    assert quotes(TITLE + text) == []


@pytest.mark.parametrize("name, expected", [("Irma Delacroix-Benn", "IDB"), ("Lewis Hatton", "LH"), ("Ana de la Vega", "ADLV")])
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name printed with its accent is the list's bare name
        (
            'Zoë Marchetti runs the bakery.\n\n"We bake everything here before dawn," said Marchetti.',
            [("We bake everything here before dawn,", "direct", "Zoë Marchetti")],
        ),
        # a surname two people share: the bare surname is the person the article names first
        (
            "Nina Castell runs the shop. Her father, Piet Castell, founded it in 1970.\n\n"
            '"We sell only what we make ourselves," says Castell.',
            [("We sell only what we make ourselves,", "direct", "Nina Castell")],
        ),
    ],
)
def test_accented_given_names_and_shared_surnames(text, expected):
    assert quotes(TITLE + text) == expected
