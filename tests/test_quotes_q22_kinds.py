"""Error kinds and conventions of the q22 quotes round, on short original sentences. First the convention
for a quote printed inside an interview's answer: words the answer's own sentence attributes to someone
('Ann Lee told me, "…"', 'My father used to say, "…"', '… and I quote, "…"') are listed apart as that
speaker's (none for an unnamed source), the answer staying whole, its answerer's; words the answer puts in
marks with no clause of saying (a scare quote, an echo) stay part of it; a pronoun there stands for the
person the answer, or its question, names, never for the answerer."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import find_quotes, prose_start
from tests.helpers import said


def said_with_headings(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of the direct and partial quotes, the headline lines set aside before the prose
    passed as headings, as the build passes them."""
    found = layout(text)
    prose_from = prose_start(text, found.paragraphs)
    headings = [part.span for part in found.removed if part.kind in ("title", "subheading") and part.span.end <= prose_from]
    quotes = find_quotes(text, found.paragraphs, find_entities(text, found.paragraphs, {}), (), headings)
    return [(q.span.of(text), q.speaker) for q in quotes if q.kind in ("direct", "partial")]


INTERVIEW = (
    "Tomas Reinholt, the managing director of Kestrel Oats, spoke to us about the deal with Vidar Mills.\n\n"
    "FARM WEEKLY: Why did you sign with Vidar Mills?\n\n"
    'TR: Because they pay on time. Their buyer, Ingrid Soltvedt, told me, "We will take every tonne you grow,"'
    " and I believe her. We have never had that before.\n\n"
    "FARM WEEKLY: Is the price fair?\n\n"
    'TR: It is fair. My father used to say, "A fair price is one both sides complain about," and he was right.\n\n'
)


def test_a_quote_its_sentence_attributes_inside_an_answer_is_listed_apart_with_its_speaker():
    got = said(INTERVIEW)
    assert ("We will take every tonne you grow,", "Ingrid Soltvedt") in got
    # the answer stays whole, its answerer's
    assert any(words.startswith("Because they pay on time.") and who == "Tomas Reinholt" for words, who in got)


def test_an_unnamed_source_inside_an_answer_speaks_for_no_one_not_the_answerer():
    got = said(INTERVIEW)
    assert ("A fair price is one both sides complain about,", None) in got
    assert any(words.startswith("It is fair.") and who == "Tomas Reinholt" for words, who in got)


def test_a_scare_quote_or_an_echo_inside_an_answer_stays_part_of_it():
    # must not: words the answer puts in marks with no clause of saying are no quote of their own
    text = INTERVIEW + (
        "FARM WEEKLY: Has anyone been hurt at the mill?\n\n"
        'TR: Nobody has been hurt. But "nobody has been hurt so far" is not a safety standard, and we call'
        ' the old dryer "the widow maker" for a reason.\n'
    )
    got = said(text)
    assert not any(words.startswith("nobody has been hurt so far") for words, _ in got)
    assert not any(words == "the widow maker" for words, _ in got)


def test_a_pronoun_inside_an_answer_stands_for_the_person_the_answer_names():
    text = INTERVIEW + (
        "FARM WEEKLY: Did you meet their chief executive?\n\n"
        "TR: Yes. Marta Kvale showed me the silos in August. She told me, \"Every bag will carry your farm's"
        ' name," and that mattered to me.\n'
    )
    assert ("Every bag will carry your farm's name,", "Marta Kvale") in said(text)


# Inside an answer, a reporting clause whose subject is the first or the second person reports the
# answerer's own words, or the interviewer's: they stay part of the answer, whoever heard them.
PERSON_ANSWERS = [
    'TR: Because they pay. I told the bank, "We will not sell a single share," and they listened.',
    'TR: Because they pay. We told the bank, "We will not sell a single share," and they listened.',
    'TR: I said to Lars Holm, "We need a longer contract this time," and he agreed.',
    'TR: "We will not sell a single share," I told them, and they listened.',
    'TR: I always say, "Oats are patient," and they are.',
    'TR: I asked him, "Will you pay on time this spring?" and he laughed.',
    'TR: You asked me, "Is the price fair?" Yes, it is.',
]


@pytest.mark.parametrize("answer", PERSON_ANSWERS)
def test_words_an_answer_gives_the_first_or_second_person_stay_in_it(answer):
    # must not: listed apart as no one's, or as the listener's (Lars Holm)
    text = INTERVIEW + "FARM WEEKLY: Did you meet Lars Holm of the bank?\n\n" + answer + "\n"
    inner = answer[answer.index('"') + 1 : answer.index('"', answer.index('"') + 1)]
    got = said(text)
    assert not any(words == inner for words, _ in got)
    assert any(words.startswith(answer[4:14]) and who == "Tomas Reinholt" for words, who in got)


def test_words_the_answerer_reads_out_are_still_listed_apart():
    # must not: "I quote" reads out another's words, even after the answerer's own "I can say this:"
    text = INTERVIEW + (
        "FARM WEEKLY: Will the miller pay more?\n\n"
        'TR: I can say this: the miller has written to us, and I quote, "every grower will have a premium of six'
        ' per cent." That is in writing.\n'
    )
    assert ("every grower will have a premium of six per cent.", None) in said(text)


def test_a_quote_inside_an_answer_carries_no_turn_label_in_its_speaker_as_written():
    text = INTERVIEW + "FARM WEEKLY: Is the mill too far?\n\n" + 'TR: Growers say, "The mill is too far south," but it is not.\n'
    paragraphs = layout(text).paragraphs
    found = find_quotes(text, paragraphs, find_entities(text, paragraphs, {}), ())
    inner = [q for q in found if q.span.of(text) == "The mill is too far south,"]
    assert inner
    assert all(not (q.speaker_as_written or "").startswith("TR") and not (q.source or "").startswith("TR") for q in inner)


def test_they_inside_an_answer_is_no_one_person():
    # must not: "they" are the growers, not the person the question names
    text = INTERVIEW + (
        "FARM WEEKLY: Did Ingrid Soltvedt call you?\n\n"
        'TR: Yes. The growers came to see me. They said, "We need a longer contract this time," and I agreed.\n'
    )
    assert not any(words == "We need a longer contract this time," for words, _ in said(text))


def test_she_inside_an_answer_is_not_the_man_named_before_her():
    # must not: "she" is Lars Holm's wife, named by no name
    text = INTERVIEW + (
        "FARM WEEKLY: Did you meet the buyer?\n\n"
        'TR: Yes. I met Lars Holm and his wife in Oslo. She said, "We need a longer contract this time," and I agreed.\n'
    )
    assert not any(who == "Lars Holm" for _, who in said(text))


def test_a_pronoun_inside_an_answer_is_never_the_answerer_nor_the_interviewer():
    # must not: with no one named in the answer or its question, "he" is no one the page gives; the words
    # stay in the answer rather than go to the answerer or the last label
    text = INTERVIEW + (
        "FARM WEEKLY: What did the growers say?\n\n"
        'TR: They were pleased. One of them came to the office. He said, "This is the first contract I have'
        ' understood," and he signed that day.\n'
    )
    got = said(text)
    assert not any(words.startswith("This is the first contract") and who is not None for words, who in got)


# A dash-opened quote with no marks, closed by "said Name, role ..." (Estonian, Finnish and Swedish pages and
# their translations): the speaker's name, then a role in apposition, ends the paragraph.
DASHED = (
    "Peipsi Oats will ship oat base to Oulu from next autumn, the company said on Wednesday.\n\n"
    "– This is the largest order we have ever had. We will build a second line for it, said Mart Kask,"
    " chairman of the management board of Peipsi Oats.\n\n"
    "– If we are good enough for Finland, we are good enough for anyone, Kask added.\n\n"
)


def test_a_dash_opened_quote_closed_by_said_a_name_and_a_role_is_the_named_persons():
    got = said(DASHED)
    assert ("This is the largest order we have ever had. We will build a second line for it", "Mart Kask") in got
    assert ("If we are good enough for Finland, we are good enough for anyone", "Mart Kask") in got


def test_a_headline_quote_the_dash_quote_repeats_is_its_speakers():
    text = "Peipsi Oats wins Finnish order: „This is the largest order we have ever had“\n\n" + DASHED
    assert ("This is the largest order we have ever had", "Mart Kask") in said_with_headings(text)


def test_a_dash_list_of_figures_is_no_ones_quote():
    # must not: a dash list of the company's figures, or a dash line whose tail after a name is a clause of
    # its own, is no quote
    text = DASHED + (
        "According to the company:\n\n"
        "– Sales rose 14 per cent to 22.6 million euros last year.\n\n"
        "– The company employs 96 people in Tartu.\n\n"
        "The mill's workers were told on Thursday.\n\n"
        "– Prices rose again in May, said Kask, and the market for oat flakes fell on Friday as traders sold.\n"
    )
    got = said(text)
    assert not any(words.startswith(("Sales rose", "The company employs", "Prices rose")) for words, _ in got)


# A committee's verbatim record: members labelled by their names alone (no "Hon."), the chairman's and the
# minister's turns labelled with their office before the name.
HEARING = (
    "PARLIAMENT OF RURITANIA\nEconomic Affairs Committee\nVerbatim record of the sitting of 3 March 2026\n\n"
    "Present: Olav Brekke (chairman), Sanna Lind, Petri Ojala\n\n"
    "Chairman Olav Brekke: Good morning. We hear the minister on the ferry tender. Minister, please.\n\n"
    "Minister Hanna Vik: Thank you, Chairman. The tender will be published in April, and the winner will run"
    " the route from 2028.\n\n"
    "Sanna Lind: Will the islanders be asked before the timetable is fixed?\n\n"
    "Minister Hanna Vik: Yes. We will hold meetings on every island in May.\n\n"
    "Petri Ojala: Minister, why not keep the route in public hands?\n\n"
    "Minister Hanna Vik: Because no public operator bid last time, and the ferries are thirty years old.\n\n"
    "Chairman Olav Brekke: Thank you. We close the item.\n"
)


def test_a_committee_records_members_questions_and_office_labelled_turns_are_quotes():
    got = said(HEARING)
    assert ("Will the islanders be asked before the timetable is fixed?", "Sanna Lind") in got
    assert ("Minister, why not keep the route in public hands?", "Petri Ojala") in got
    assert ("Yes. We will hold meetings on every island in May.", "Hanna Vik") in got
    assert ("Good morning. We hear the minister on the ferry tender. Minister, please.", "Olav Brekke") in got


def test_an_interviewers_questions_labelled_by_name_stay_the_outlets():
    # must not: an interview (no record's furniture) whose interviewer is labelled by name asks for the outlet
    text = (
        "Ines Falk spoke to the minister, Hanna Vik, about the ferry tender.\n\n"
        "Ines Falk: Why a tender now?\n\n"
        "Minister Hanna Vik: Because the ferries are thirty years old.\n\n"
        "Ines Falk: Will the islanders be asked?\n\n"
        "Minister Hanna Vik: Yes, on every island in May.\n"
    )
    got = said(text)
    assert ("Because the ferries are thirty years old.", "Hanna Vik") in got
    assert not any(words.startswith(("Why a tender", "Will the islanders")) for words, _ in got)


WIRE = (
    "ULAANBAATAR, March 3 (WIRE) – Mongolia will open a wool market in Murun with Khuvsgul Wool LLC, the"
    " agriculture ministry said.\n\n"
    '"For thirty years we sold our wool at whatever price the trader named at the border," said Tsend Enkhjin,'
    " the agriculture minister.\n"
)
BRIEFING = (
    "MINISTRY OF AGRICULTURE\nTranscript of the press briefing, 3 March\n\n"
    "Speakers: T. Enkhjin, Minister of Agriculture\n\n"
    "The minister presented the wool market Khuvsgul Wool LLC will run in Murun from May.\n\n"
    "Minister T. Enkhjin: For thirty years we sold our wool at whatever price the trader named at the border.\n\n"
    "Journalist (Daily Wool): When will the market open?\n\n"
    "Minister T. Enkhjin: The market will open in May, and every herder may sell there.\n"
)


def test_a_quote_groups_speaker_is_its_quotes_speaker(tmp_path):
    # the group joining the two printings names the person in full, as its member quotes do; the article's
    # quote in no such group keeps the article's own form of the name (the renaming `add` could not repeat
    # exactly is gone: review q22 H2, H6)
    from loaders.build import build
    from tests.conftest import query

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in {"wire": WIRE, "briefing": BRIEFING}.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    build(seeds, db)
    rows = query(
        db,
        "SELECT q.text AS text, q.speaker_id AS quote_speaker, g.speaker_id AS group_speaker FROM quotes q"
        " JOIN quote_group_members m ON m.quote_id = q.id JOIN quote_groups g ON g.id = m.group_id"
        " WHERE q.kind = 'direct'",
    )
    assert rows
    assert all(row["quote_speaker"] == row["group_speaker"] for row in rows)
    got = {row["text"]: row["quote_speaker"] for row in rows}
    assert got["The market will open in May, and every herder may sell there."] == "t-enkhjin"


@pytest.mark.parametrize("order", ["briefing first", "wire first"])
def test_adding_the_other_printing_gives_the_full_builds_speakers(order, tmp_path):
    # build one article, add the other: the same rows as the full build of both, whichever comes first
    from loaders.build import add, build
    from loaders.executors import SerialExecutor
    from tests.test_add_oracle import assert_same

    first, second = (
        (("briefing", BRIEFING), ("wire", WIRE)) if order == "briefing first" else (("wire", WIRE), ("briefing", BRIEFING))
    )
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / f"{first[0]}.txt").write_text(first[1], encoding="utf-8")
    db, full = tmp_path / "added.db", tmp_path / "full.db"
    build(folder, db, executor=SerialExecutor())
    new = tmp_path / "new" / f"{second[0]}.txt"
    new.parent.mkdir()
    new.write_text(second[1], encoding="utf-8")
    add([new], folder, db, executor=SerialExecutor())
    (folder / new.name).write_text(second[1], encoding="utf-8")
    build(folder, full, executor=SerialExecutor())
    assert_same(db, full)


# A broadcast's transcript naming its guest and its presenter in lines set aside above the turns, the turns
# labelled by their initials: the presenter's turns are the outlet's, statements and all.
BROADCAST = (
    "RADIO NORDKAPP\nMorning Business, 3 March 2026\n\n"
    "Guest: Tomas Reinholt, chief executive, Kestrel Oats\nPresenter: Aino Virta\n\n"
    "AV: Good morning. Kestrel Oats signed a contract with a Tartu mill yesterday. Tomas, why Tartu?\n\n"
    "TR: Because they make the oat base we need, and nobody here does.\n\n"
    "AV: Farmers here will say the money goes south.\n\n"
    "TR: We still buy every tonne of local oats we bought before.\n\n"
    "AV: Tomas Reinholt, thank you.\n"
)


def test_a_presenter_named_in_a_line_set_aside_above_the_turns_asks_for_the_outlet():
    got = said(BROADCAST)
    assert ("Because they make the oat base we need, and nobody here does.", "Tomas Reinholt") in got
    assert not any(who == "Aino Virta" for _, who in got)


def test_a_guest_line_makes_no_one_the_outlets():
    # must not: the guest named in the "Guest:" line still answers
    got = said(BROADCAST)
    assert ("We still buy every tonne of local oats we bought before.", "Tomas Reinholt") in got


# A presenter who greets the guest by name in the programme's first turn makes no journalist of the guest.
GREETED_TURNS = (
    "GUNNAR VIK: Thank you. It is good to be here.\n\n"
    "PRESENTER: Why did you sign with the mill in Pärnu?\n\n"
    "GUNNAR VIK: Because it dries the grain we harvest, and nobody here can.\n\n"
    "PRESENTER: And the growers?\n\n"
    "GUNNAR VIK: We still take every tonne the growers bring us.\n"
)


@pytest.mark.parametrize(
    "greeting",
    [
        "PRESENTER: Gunnar Vik, chairman of Lindholm Grain, welcome to the programme.",
        "PRESENTER: Gunnar Vik, welcome.",
        "Host: Gunnar Vik, welcome to the show.",
    ],
)
def test_a_presenter_greeting_the_guest_by_name_makes_no_journalist_of_the_guest(greeting):
    # must not: the guest's answers are his quotes
    turns = GREETED_TURNS.replace("PRESENTER", "Host") if greeting.startswith("Host") else GREETED_TURNS
    got = said("SOUND 4 RADIO\nFarm Hour\n\n" + greeting + "\n\n" + turns)
    assert ("We still take every tonne the growers bring us.", "Gunnar Vik") in got


# A record cue counts only in the page's furniture, never in a lead's sentence.
INTERVIEWER_TURNS = (
    "Lotte Brand: Why sell the quay now?\n\n"
    "Mayor Per Aas: Because the harbour loses money every winter.\n\n"
    "Lotte Brand: Will the fishermen be asked?\n\n"
    "Mayor Per Aas: Yes, at a meeting in April.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Lotte Brand spoke to the mayor, Per Aas, ahead of next week's public hearing on the quay.",
        "According to the official report on the harbour, the quay is failing. Lotte Brand spoke to the mayor, Per Aas.",
        "Before Thursday's committee hearing, Lotte Brand spoke to the mayor, Per Aas.",
    ],
)
def test_a_record_cue_in_a_leads_sentence_leaves_the_interviewers_questions_the_outlets(lead):
    # must not: the interviewer's questions are no quotes
    got = said(lead + "\n\n" + INTERVIEWER_TURNS)
    assert ("Because the harbour loses money every winter.", "Per Aas") in got
    assert not any(words.startswith(("Why sell the quay", "Will the fishermen")) for words, _ in got)
