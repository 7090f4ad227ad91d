"""Error kinds the q6 held-out round (quotes, speakers and quote grouping in house styles not seen
before) showed, on short original sentences: a broadcast transcript's labels in capitals and by
surname, an answer running on over an unlabelled paragraph, words an answer puts in marks, a post
quoted as a block and signed by its account, a quote opening with a German mark or a guillemet
after the writer's full stop."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import RoleIndex, find_quotes, prose_start

TITLE = "Town news\n\n"  # a headline line first, as an article has


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(words, kind, speaker) of every direct and partial quote of the text."""
    text = TITLE + text
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), RoleIndex())
    return [(q.span.of(text), q.kind, q.speaker) for q in found if q.kind in ("direct", "partial")]


TRANSCRIPT = (
    "PRESENTER (JO BELL): With me is the harbour master, Alasdair Fennick-Dow, and the skipper Fiona Tait. Why?\n\n"
    "ALASDAIR FENNICK-DOW: The dredger broke down in June. We are waiting for parts.\n\n"
    "PRESENTER: How long?\n\n"
    "FENNICK-DOW: Six weeks, maybe eight.\n\n"
    "And nobody can promise better than that.\n\n"
    "PRESENTER: Fiona Tait?\n\n"
    'TAIT: We lose a tide every day. The crews call it "the long wait", and they are right.\n\n'
    "PRESENTER: Thank you both.\n\n"
    "Alasdair Fennick-Dow later said the parts had been ordered."
)


def test_a_transcript_s_turns_in_capitals_and_by_surname_are_quotes():
    assert quotes(TRANSCRIPT) == [
        ("The dredger broke down in June. We are waiting for parts.", "direct", "Alasdair Fennick-Dow"),
        ("Six weeks, maybe eight.", "direct", "Alasdair Fennick-Dow"),
        # an answer running on over a paragraph printed without its label, up to the next turn
        ("And nobody can promise better than that.", "direct", "Alasdair Fennick-Dow"),
        # the words the answer puts in marks are part of it, no quote of their own
        ('We lose a tide every day. The crews call it "the long wait", and they are right.', "direct", "Fiona Tait"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a magazine's interview: the outlet's short label asks, the surname answers
        (
            "Ines Marlow-Prieto runs the ferry line.\n\nMB: Why cut the winter boat?\n\n"
            "Marlow-Prieto: Because nobody sails on it.\n\nMB: Nobody at all?\n\nMarlow-Prieto: Four people on a good day.",
            [
                ("Because nobody sails on it.", "direct", "Ines Marlow-Prieto"),
                ("Four people on a good day.", "direct", "Ines Marlow-Prieto"),
            ],
        ),
        # a surname two people of the article bear labels neither
        (
            "Ann Tait and Rob Tait run the yard.\n\nQ: Why now?\n\nTait: Because the bank asked.\n\nQ: And?\n\nTait: We said yes.",
            [],
        ),
    ],
)
def test_interview_labels_by_surname(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prose after the last turn is the writer's again, not an answer running on
        "Ann Lee: We sold the yard.\n\nBo Park: Why?\n\nAnn Lee: The bank asked.\n\nThe yard closes in May, the council said.",
        # labels that name nobody in the article, then prose
        "Fares rose on Monday.\n\nUpdate: fares rose again.\n\nThey will rise in May.\n\nCorrection: they fell.",
    ],
)
def test_no_answer_runs_on_into_the_writer_s_prose(text):
    assert ("The yard closes in May, the council said.", "direct", "Ann Lee") not in quotes(text)
    assert all(words != "They will rise in May." for words, _, _ in quotes(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # an embedded post: its words, then the signature line of the account
        (
            "Skipper Morven Tait posted on Monday night:\n\n"
            "Forty years at sea and I have never seen the harbour this empty. Bring back the dredger.\n\n"
            "— Morven Tait (@morventait) June 3, 2026",
            [
                (
                    "Forty years at sea and I have never seen the harbour this empty. Bring back the dredger.",
                    "direct",
                    "Morven Tait",
                )
            ],
        ),
        # the signature printed at the end of the post's own paragraph
        (
            "Skipper Morven Tait posted on Monday night.\n\n"
            "Forty years at sea and I have never seen the harbour this empty.— Morven Tait (@morventait) June 3, 2026",
            [("Forty years at sea and I have never seen the harbour this empty.", "direct", "Morven Tait")],
        ),
        # a body's account: a quote of no person
        (
            "The harbour board posted a notice.\n\nThe dredger will return to service in August.\n\n"
            "— Port of Kelbie (@portofkelbie) June 3, 2026",
            [("The dredger will return to service in August.", "direct", None)],
        ),
    ],
)
def test_a_post_quoted_as_a_block(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dash and a name in brackets that is no signature: a paragraph of prose
        "The dredger was repaired on Monday, the harbour master said.\n\nIt cost £40,000 — Fennick (the yard) said so.",
        # a handle in prose, no dash before the name
        "Morven Tait (@morventait) posted a photo of the harbour.\n\nThe dredger was repaired on Monday, she said.",
    ],
)
def test_prose_is_no_post(text):
    assert [q for q in quotes(text) if q[1] == "direct" and "harbour" in q[0]] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a German mark or a guillemet opening the sentence after the writer's full stop: a quote of its own
        (
            "„We have never lost a boat“, said harbour master Alasdair Fennick-Dow on Monday. „We will not start now.“",
            [
                ("We have never lost a boat", "direct", "Alasdair Fennick-Dow"),
                ("We will not start now.", "direct", "Alasdair Fennick-Dow"),
            ],
        ),
        (
            "Alasdair Fennick-Dow spoke first. «We have never lost a boat», he said.",
            [("We have never lost a boat", "direct", "Alasdair Fennick-Dow")],
        ),
    ],
)
def test_a_sentence_opening_with_a_german_mark_or_a_guillemet(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title in marks set off by commas, as the subject's apposition: no one's words
        ('Last year a study, "Ports at Risk: A Review of Harbour Dredging", warned of closures.', []),
        # the same words introduced by a colon are a quote (a slogan someone spoke)
        (
            'Fiona Tait told the meeting: "Ports at Risk Means Jobs at Risk"',
            [("Ports at Risk Means Jobs at Risk", "direct", "Fiona Tait")],
        ),
        # a sentence after a comma is no title
        (
            'Fiona Tait said, "We will reopen the harbour in May."',
            [("We will reopen the harbour in May.", "direct", "Fiona Tait")],
        ),
    ],
)
def test_a_title_set_off_by_commas_is_no_quote(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "according to" a role, the holder's name set off after it
        (
            'According to the yard\'s boss, Fiona Tait, the dredger is "the oldest working boat in Scotland".',
            [("the oldest working boat in Scotland", "partial", "Fiona Tait")],
        ),
        # a name further on in the sentence, not set off after the words: a document's words, no speaker
        (
            'According to the yard\'s accounts, which Fiona Tait signed, the dredger cost "more than the harbour itself".',
            [("more than the harbour itself", "partial", None)],
        ),
    ],
)
def test_according_to_a_role_and_the_name_set_off_after_it(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a tabloid's verb of speech
        (
            'Union organiser Fiona Tait branded the closure "a scandal for the whole coast".',
            [("a scandal for the whole coast", "partial", "Fiona Tait")],
        ),
        # a person described ("the mum-of-three", "the 58-year-old") after the person is named
        (
            'Fiona Tait runs the harbour shop.\n\nThe mum-of-three, who has lived here all her life, added: "We will not leave."',
            [("We will not leave.", "direct", "Fiona Tait")],
        ),
        (
            'Fiona Tait, 58, runs the harbour shop.\n\n"We will not leave," the 58-year-old said.',
            [("We will not leave,", "direct", "Fiona Tait")],
        ),
        # a role no one the article or the data names holding it: the person named just before
        (
            'Fiona Tait opened the meeting.\n\n"We will not leave," the chief executive said.',
            [("We will not leave,", "direct", "Fiona Tait")],
        ),
        # a fragment in a sentence about its speaker (described in its first clause), with no speech verb
        (
            'Fiona Tait runs the harbour shop. The shopkeeper, who opened in 2019, put the losses at "a few thousand a month".',
            [("a few thousand a month", "partial", "Fiona Tait")],
        ),
        # a fragment after a reporting clause earlier in its paragraph
        (
            'Fiona Tait spoke on Monday. Nobody would lose a mooring, she said. Trade was "better than last summer".',
            [("better than last summer", "partial", "Fiona Tait")],
        ),
    ],
)
def test_a_speaker_named_by_description_or_by_an_earlier_clause(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body, described: no person
        ('Fiona Tait runs the harbour shop.\n\n"We will not leave," the union said.', [("We will not leave,", "direct", None)]),
        # a described person with nobody named before: no one to stand for
        ('"We will not leave," the 58-year-old said.', [("We will not leave,", "direct", None)]),
        # the person named before holds another title: a role no one holds stays unresolved
        (
            'Analyst Fiona Tait spoke first.\n\n"We will not leave," the chief executive said.',
            [("We will not leave,", "direct", None)],
        ),
        # "a" (not "the") person described: someone else
        ('Fiona Tait runs the harbour shop.\n\n"We will not leave," a pensioner said.', [("We will not leave,", "direct", None)]),
        # a fragment in a sentence about something, no person: no speaker
        ('Trade at the harbour shop was "better than last summer".', [("better than last summer", "partial", None)]),
    ],
)
def test_no_speaker_where_no_person_is_described(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Asked about it, Fiona Tait was brief: «We will talk to everyone.»", False),
        ("Fiona Tait was brief: „We will talk to everyone.“", False),
        ("Harbour chief: «We will talk to everyone»", True),  # a headline's quote, no stop before the mark
    ],
)
def test_a_line_ending_in_a_quote_after_its_stop_is_prose(line, heading):
    text = (
        "Town news\n\nThe harbour reopened on Monday after the dredger was repaired.\n\n"
        + line
        + "\n\nThe end of the story came later."
    )
    assert (line in [p.of(text) for p in layout(text).paragraphs]) is not heading


@pytest.mark.parametrize(
    "text, organisation",
    [
        # a ferry operator speaking is a body, not a person named by a speech verb
        ("Town news\n\nKelbie Ferries says it has no choice. The winter timetable starts in November.", "Kelbie Ferries"),
    ],
)
def test_a_body_whose_name_ends_in_its_trade_speaks(text, organisation):
    paragraphs = layout(text).paragraphs
    found = find_entities(text, paragraphs, {})
    assert organisation in {m.name for m in found.mentions if m.kind == "organisation"}
    assert organisation not in {m.name for m in found.mentions if m.kind == "person"}


# The second batch's kinds: an interview labelled "Q:" and "A:", a press conference's page whose
# answers carry no label, a transcript printing the time before its labels, a spaced guillemet
# before the writer's words, an attribution inside the quote's own marks, and grouping's reading of
# polarity and of a fragment that two versions share.

QA = (
    "Fiona Tait has run the harbour since 2019. We spoke to her on Monday.\n\n"
    "Q: When will the dredger be back?\n\n"
    "A: In August, if the parts arrive.\n\n"
    "Q: And if they do not?\n\n"
    "A: Then we hire one. The fishing fleet cannot wait another winter.\n\n"
    "Elsewhere in this issue: ferry fares."
)

PRESS_CONFERENCE = (
    "Harbour master Fiona Tait spoke to reporters on Monday.\n\n"
    "Q: When will the dredger be back?\n\n"
    "In August, if the parts arrive.\n\n"
    "We have ordered them twice.\n\n"
    "Q: And the fleet?\n\n"
    "The fleet cannot wait another winter.\n\n"
    "Tickets for the harbour open day are on sale now."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            QA,
            [
                ("In August, if the parts arrive.", "direct", "Fiona Tait"),
                ("Then we hire one. The fishing fleet cannot wait another winter.", "direct", "Fiona Tait"),
            ],
        ),
        (
            PRESS_CONFERENCE,
            [
                ("In August, if the parts arrive.", "direct", "Fiona Tait"),
                ("We have ordered them twice.", "direct", "Fiona Tait"),
                # after the last question its first paragraph only: the page's own words follow
                ("The fleet cannot wait another winter.", "direct", "Fiona Tait"),
            ],
        ),
    ],
)
def test_question_and_answer_turns_that_name_no_one(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two people named before the first question: whose answers they are is not said
        QA.replace("We spoke to her on Monday.", "Rob Keir joined her on Monday."),
        # one labelled question is a heading, not an interview
        "Fiona Tait spoke on Monday.\n\nQ: When will the dredger be back?\n\nIn August, if the parts arrive.",
        # a readers' questions and answers after a story quoting one person: the outlet's words
        (
            'Fiona Tait said the harbour would reopen. "We are nearly there," she said.\n\n'
            "Your questions answered\n\nQ: Can I get a refund?\n\nA: Yes, if your sailing was cancelled.\n\n"
            "Q: How do I claim?\n\nA: Fill in the form on the harbour's website."
        ),
    ],
)
def test_no_answers_where_the_interviewee_is_not_one_person(text):
    assert [q for q in quotes(text) if q[0] != "We are nearly there,"] == []


def test_a_transcript_printing_the_time_before_its_labels():
    text = (
        "Fiona Tait, the harbour master, joined the show.\n\n"
        "[00:02:10] HOST: Fiona, what happened?\n\n"
        "[00:02:14] FIONA TAIT: The dredger broke down in June.\n\n"
        "[00:02:30] HOST: And now?\n\n"
        "[00:02:33] FIONA TAIT: We wait for parts."
    )
    assert quotes(text) == [
        ("The dredger broke down in June.", "direct", "Fiona Tait"),
        ("We wait for parts.", "direct", "Fiona Tait"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the writer's words after a spaced guillemet
        (
            "The chief executive, Fiona Tait, met the fleet.\n\n« Our door stays open », added the chief executive.",
            [("Our door stays open", "direct", "Fiona Tait")],
        ),
        (
            "Fiona Tait met the fleet.\n\n« Our door stays open », added Tait, who runs the port.",
            [("Our door stays open", "direct", "Fiona Tait")],
        ),
        # a paragraph of quote alone in spaced guillemets, after a paragraph ending in a colon
        (
            "Reached by telephone, Fiona Tait explained:\n\n« The fleet cannot wait another winter. »",
            [("The fleet cannot wait another winter.", "direct", "Fiona Tait")],
        ),
        # an attribution inside the quote's own marks
        (
            "Fiona Tait met the fleet on Monday.\n\n« We will not close, she insisted, whatever it costs. »",
            [("We will not close, she insisted, whatever it costs.", "direct", "Fiona Tait")],
        ),
    ],
)
def test_guillemets_spaced_and_an_attribution_inside_the_marks(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # words around the quote come first: the attribution outside wins over one inside
        (
            'Fiona Tait met the fleet.\n\n"The owners, Rob Keir said, will pay," Tait told them.',
            [("The owners, Rob Keir said, will pay,", "direct", "Fiona Tait")],
        ),
        # "they say" inside a quote is no attribution of it
        (
            "Fiona Tait and Rob Keir met the fleet.\n\n« Our rivals, they say, are cheaper. »",
            [("Our rivals, they say, are cheaper.", "direct", None)],
        ),
    ],
)
def test_an_attribution_inside_the_marks_only_where_nothing_else_names_the_speaker(text, expected):
    assert quotes(text) == expected


# The third batch's kinds: dialogue dashes (Spanish usage kept by a translation), a call
# transcript's speaker lines with no colon, a committee record's numbered questions and a label
# with a courtesy title.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The yard met its workers on Monday.\n\n"
            "—We will not close the yard —said the chief executive, Fiona Tait, at the meeting—. "
            "Our families have worked here for four generations.",
            [
                ("We will not close the yard", "direct", "Fiona Tait"),
                ("Our families have worked here for four generations.", "direct", "Fiona Tait"),
            ],
        ),
        # words in marks inside the dash's quote are part of it
        (
            'Rob Keir leads the works committee.\n\n—We have heard "nobody will lose a job" before —Keir warned.',
            [('We have heard "nobody will lose a job" before', "direct", "Rob Keir")],
        ),
    ],
)
def test_dialogue_dashes_open_speech(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a dash before a space: a list's line
        "Fiona Tait set out the plan.\n\n— We will close the yard —said to be in May.",
        # no speech verb after the second dash: an aside, not an attribution
        "Fiona Tait set out the plan.\n\n—Closing the yard —a plan first made in 2019— was not discussed.",
    ],
)
def test_a_dash_that_opens_no_speech(text):
    assert quotes(text) == []


CALL = (
    "Harbour Holdings (HBH) Q2 2026 Earnings Call Transcript\n\n"
    "Operator\n\n"
    "Good morning. I will now hand over to Fiona Tait, Chief Executive Officer.\n\n"
    "Fiona Tait -- Chief Executive Officer\n\n"
    "Thank you. The dredger is back, and volumes rose in June.\n\n"
    "We expect a stronger second half.\n\n"
    "Operator\n\n"
    "Our first question comes from Rob Keir at Northgate Bank.\n\n"
    "Rob Keir -- Northgate Bank -- Analyst\n\n"
    "How much did the repair cost?\n\n"
    "Fiona Tait -- Chief Executive Officer\n\n"
    "About two million pounds, all in this half.\n\n"
    "Operator\n\n"
    "This concludes today's call.\n\n"
    "Call participants:\n\n"
    "Fiona Tait -- Chief Executive Officer\n\n"
    "Rob Keir -- Northgate Bank -- Analyst\n\n"
    "This transcript may contain errors."
)


def test_a_call_transcript_s_speaker_lines():
    assert quotes(CALL) == [
        ("Thank you. The dredger is back, and volumes rose in June.", "direct", "Fiona Tait"),
        ("We expect a stronger second half.", "direct", "Fiona Tait"),
        ("About two million pounds, all in this half.", "direct", "Fiona Tait"),
    ]


def test_one_speaker_line_is_no_transcript():
    text = "Fiona Tait runs the harbour.\n\nFiona Tait -- Chief Executive Officer\n\nThe dredger is back in service."
    assert quotes(text) == []


def test_a_committee_record_s_numbered_questions_and_titled_labels():
    text = (
        "Witnesses: Fiona Tait, Chief Executive, Harbour Holdings; Dr Rob Keir, Head of Science, Sea Watch.\n\n"
        "Q45 Chair: Ms Tait, why did the dredger fail?\n\n"
        "Fiona Tait: It was forty years old. We replaced it too late.\n\n"
        "Q46 Chair: Dr Keir, do you agree?\n\n"
        "Dr Keir: Yes. The harbour silted up for a year."
    )
    assert quotes(text) == [
        ("It was forty years old. We replaced it too late.", "direct", "Fiona Tait"),
        ("Yes. The harbour silted up for a year.", "direct", "Rob Keir"),
    ]


# The fourth batch's kind: a post or a statement quoted as a block that lost its marks, after a
# paragraph ending in a speech verb's clause and a colon.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Harbour master Fiona Tait went further in a post on Tuesday. She wrote:\n\n"
            "In the yard everything worked. At sea the dredger failed within an hour, and that is on us.",
            [
                (
                    "In the yard everything worked. At sea the dredger failed within an hour, and that is on us.",
                    "direct",
                    "Fiona Tait",
                )
            ],
        ),
        # a body's statement: a quote of no person
        (
            "The harbour board said in a statement:\n\nThe dredger will return to service in August, once repairs end.",
            [("The dredger will return to service in August, once repairs end.", "direct", None)],
        ),
    ],
)
def test_a_block_after_a_colon_introducing_it(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comment section's header: a name and "says:" alone
        ("The harbour reopened on Monday after repairs.\n\nRob Keir says:\n\nGreat news for the fleet, and about time too.", []),
        # a list after the colon
        ("The harbour board said the plan includes:\n\n- a new dredger for the outer harbour by May.", []),
        # no speech verb in the clause before the colon
        ("The repairs were as follows:\n\nThe dredger was towed to Leith and its engine replaced in June.", []),
        # the block is already in marks: the marks' quote, found once
        (
            'Fiona Tait wrote:\n\n"The dredger failed within an hour, and that is on us, not on the yard."',
            [("The dredger failed within an hour, and that is on us, not on the yard.", "direct", "Fiona Tait")],
        ),
    ],
)
def test_no_block_quote_without_a_writer_s_introduction(text, expected):
    assert quotes(text) == expected


def quotes_with_headings(text: str) -> list[tuple[str, str, str | None]]:
    """`quotes`, the headline lines the layout set aside before the prose read as build reads them."""
    found_layout = layout(text)
    prose_from = prose_start(text, found_layout.paragraphs)
    headings = [p.span for p in found_layout.removed if p.kind in ("title", "subheading") and p.span.end <= prose_from]
    entities = find_entities(text, found_layout.paragraphs, {})
    found = find_quotes(text, found_layout.paragraphs, entities, RoleIndex(), headings)
    return [(q.span.of(text), q.kind, q.speaker) for q in found if q.kind in ("direct", "partial")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline line the layout sets aside, its quote in guillemets, printed again in the body with its speaker
        (
            "The Harbour Times\n\nHarbour chief: «The fleet cannot wait another winter»\n\n"
            "Fiona Tait, the harbour master, spoke on Monday. «The fleet cannot wait another winter», she said.",
            [
                ("The fleet cannot wait another winter", "direct", "Fiona Tait"),
                ("The fleet cannot wait another winter", "direct", "Fiona Tait"),
            ],
        ),
        # a headline's quoted words the body never gives a speaker: a title or a slogan, no quote
        (
            "The Harbour Times\n\nReport: «Ports at Risk in a Warmer Sea»\n\n"
            "Fiona Tait, the harbour master, spoke on Monday about the dredger and the winter ahead.",
            [],
        ),
    ],
)
def test_a_headline_set_aside_keeps_a_quote_the_body_gives_a_speaker(text, expected):
    assert quotes_with_headings(text) == expected


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a trade people practise, before a person-shaped name with a given name: the person
        (
            "Town news\n\nMaster distiller Isobel Crichton-Hay, who joined in 1994, was at the site.",
            "Isobel Crichton-Hay",
            "person",
        ),
        ("Town news\n\nIndependent bottler Gregor Haddow of Teviot Casks called it a sad day.", "Gregor Haddow", "person"),
        # a kind of business no person is: still the business's name
        ("Town news\n\nChipmaker Kessway Semiconductor raised its prices on Monday.", "Kessway Semiconductor", "organisation"),
    ],
)
def test_a_trade_before_a_person_s_name(text, name, kind):
    paragraphs = layout(text).paragraphs
    found = {(m.name, m.kind) for m in find_entities(text, paragraphs, {}).mentions}
    assert (name, kind) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the presenters open the programme naming themselves and each other: their turns are the
        # outlet's words; the guest's words they quote are a quote of the guest's
        (
            "[00:00:02] PIA HOLM: Hello, I'm Pia Holm, and with me as always is Rob Eke. Rob, the ferry news?\n\n"
            "[00:00:09] ROB EKE: Grim, Pia. The line is selling two boats. Its owner, Lars Vik, told me: "
            '"We cannot crew them all winter."\n\n'
            "[00:00:20] PIA HOLM: That is a blow for the islands.\n\n"
            "[00:00:25] ROB EKE: It is. The sale should close in May.",
            [("We cannot crew them all winter.", "direct", "Lars Vik")],
        ),
        # a guest introduced with who they are (a comma after the name) answers: their turns are quotes
        # (the presenter's are still the outlet's)
        (
            "[00:00:02] PIA HOLM: Hello, I'm Pia Holm, and with me is Lars Vik, who runs the ferry line.\n\n"
            "[00:00:09] LARS VIK: We cannot crew the boats all winter.\n\n"
            "[00:00:20] PIA HOLM: That is a blow for the islands.\n\n"
            "[00:00:25] LARS VIK: It is, and I am sorry for it.",
            [
                ("We cannot crew the boats all winter.", "direct", "Lars Vik"),
                ("It is, and I am sorry for it.", "direct", "Lars Vik"),
            ],
        ),
        # an opening turn in which no one names themselves opens no programme: both speak for themselves
        (
            "Pia Holm and Rob Eke debated the ferries on our stage.\n\n"
            "PIA HOLM: Rob Eke and I disagree on the ferries, plainly.\n\n"
            "ROB EKE: We do. The line should keep its boats.\n\n"
            "PIA HOLM: And I say it should sell them.",
            [
                ("Rob Eke and I disagree on the ferries, plainly.", "direct", "Pia Holm"),
                ("We do. The line should keep its boats.", "direct", "Rob Eke"),
                ("And I say it should sell them.", "direct", "Pia Holm"),
            ],
        ),
    ],
)
def test_a_programme_s_presenters_speak_for_the_outlet(text, expected):
    assert quotes(text) == expected
