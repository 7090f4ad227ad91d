"""Error kinds of the q23 quotes round, on short original sentences: a transcript's turns labelled in
capitals by a title and a name ("MINISTER OF TRADE ANN LEE:", "PRESENTER TOM REID:"), the people named only
there; a name in capitals with a dotless i ("YILDIZ" for "Yıldız"); a record's office labels with the holder's
name in brackets and no courtesy title ("The President (Ann Lee):"); a record headed "Plenary sitting of ...",
its members' questions theirs; "[Applause]" between a speaker's paragraphs nobody's words; a guest who asks
on a page whose journalists' labels say so."""

from __future__ import annotations

from tests.helpers import places, said
from tests.test_entity_rules import found_in

BROADCAST = (
    "EVENING BULLETIN\n\n"
    "PRESENTER ROSALIND MBEKI: Good evening. The port of Tessby will get a new crane. Our reporter has more.\n\n"
    "REPORTER DANIEL OKORO: The harbour board signed the order this afternoon. The minister was there.\n\n"
    "MINISTER OF PORTS ESTHER NAKAMYA: This crane doubles what the port can lift in a day. The work starts in May.\n\n"
    "REPORTER DANIEL OKORO: Not everyone on the quay is pleased.\n\n"
    "GODFREY ADUKU, DOCKER, TESSBY: A crane that lifts twice as much needs half the men. Who pays for that?\n\n"
    "PRESENTER ROSALIND MBEKI: Thank you, Daniel. Now the weather.\n"
)


def test_a_turn_labelled_in_capitals_by_a_title_and_a_name_is_the_named_persons():
    got = said(BROADCAST)
    assert ("This crane doubles what the port can lift in a day. The work starts in May.", "Esther Nakamya") in got
    assert ("A crane that lifts twice as much needs half the men. Who pays for that?", "Godfrey Aduku") in got


def test_the_people_of_labels_in_capitals_are_named_as_running_text_prints_names():
    people = found_in(BROADCAST).names("person")
    assert {"Esther Nakamya", "Godfrey Aduku", "Rosalind Mbeki", "Daniel Okoro"} <= people


def test_a_presenters_and_a_reporters_turns_labelled_with_their_role_are_no_quotes():
    got = said(BROADCAST)
    assert not any(words.startswith(("Good evening.", "The harbour board", "Not everyone", "Thank you")) for words, _ in got)


def test_headings_in_capitals_before_a_colon_name_no_one():
    # must not: a page's run-in headings in capitals are no turns, no person's
    text = (
        "KEY FIGURES: Sales rose 4 percent to 310 million euros in the year.\n\n"
        "NEXT STEPS FOR THE BOARD: The board will meet in March to vote on the dividend.\n\n"
        "The company said the figures were in line with its guidance.\n"
    )
    assert not found_in(text).names("person")
    assert said(text) == []


def test_one_line_labelled_in_capitals_is_a_heading_not_a_transcript():
    # must not: a single such line is no format of turns
    text = (
        "MINISTER OF PORTS ESTHER NAKAMYA: A PROFILE\n\n"
        "The minister has run the ports ministry for two years, and was a pilot before that.\n"
    )
    assert said(text) == []


def test_a_name_in_capitals_with_a_dotless_i_is_the_person_named_in_running_text():
    text = (
        "With us today are Aylin Yıldız of Marmara Cables and the mayor.\n\n"
        "HOST: Ms Yıldız, why Tessby?\n\n"
        "AYLIN YILDIZ: Because the port is deep and the people know cables. We will hire two hundred.\n\n"
        "HOST: And the mayor?\n\n"
        "AYLIN YILDIZ (through the interpreter): He asked us first, and he asked us twice.\n"
    )
    got = said(text)
    assert ("Because the port is deep and the people know cables. We will hire two hundred.", "Aylin Yıldız") in got
    assert ("He asked us first, and he asked us twice.", "Aylin Yıldız") in got


RECORD = (
    "PARLIAMENT OF TESSLAND\n"
    "Plenary sitting, Tuesday 10 June\n\n"
    "The President (Maria Lundqvist): I declare the meeting open. Deputy Jonas Berg has asked to speak.\n\n"
    "Jonas Berg (Opposition): Madam President, a question for the Minister. Why did the grain silo tender close"
    " before members saw a single bid?\n\n"
    "The Minister of Agriculture (Petra Holm): Madam President: every bid went online the week the tender"
    " closed, and anyone could read them.\n\n"
    "[Cheers on the government side]\n\n"
    "And the silo will be full before the harvest.\n\n"
    "The President (Maria Lundqvist): Thank you, Minister. Next, the fisheries bill.\n"
)


def test_a_records_office_label_with_the_holders_name_in_brackets_and_no_courtesy_title_is_the_holders():
    got = said(RECORD)
    assert ("I declare the meeting open. Deputy Jonas Berg has asked to speak.", "Maria Lundqvist") in got
    assert any(words.startswith("Madam President: every bid") and who == "Petra Holm" for words, who in got)


def test_a_name_before_a_bench_in_brackets_stays_the_label_not_the_bench():
    # must not: "Jonas Berg (Opposition):" is Jonas Berg's turn, no office "Jonas Berg" held by "Opposition"
    assert any(who == "Jonas Berg" for _, who in said(RECORD))


def test_a_member_asking_in_a_record_headed_plenary_sitting_is_quoted():
    got = said(RECORD)
    assert any(words.startswith("Madam President, a question for the Minister.") and who == "Jonas Berg" for words, who in got)


def test_plenary_session_in_a_leads_sentence_makes_no_record():
    # must not: the cue counts in the page's furniture only, not in a sentence of the lead
    text = (
        "The ferry contract will be debated at Thursday's plenary session. Our editor Ingrid Sola spoke to the"
        " harbour master, Karl Moen.\n\n"
        "Ingrid Sola: Why was it signed so fast?\n\n"
        "Karl Moen: Because the old ferry broke down. We had no choice.\n\n"
        "Ingrid Sola: Who chose the operator?\n\n"
        "Karl Moen: The harbour board, after a tender.\n"
    )
    got = said(text)
    assert not any(who == "Ingrid Sola" for _, who in got)
    assert any(who == "Karl Moen" for _, who in got)


def test_a_bracketed_note_between_a_speakers_paragraphs_is_nobodys_words():
    got = said(RECORD)
    assert not any(words.startswith("[Cheers") for words, _ in got)
    # the speech after it is still the speaker's
    assert ("And the silo will be full before the harvest.", "Petra Holm") in got


def test_a_guest_asking_on_a_page_whose_journalists_labels_say_so_is_quoted():
    text = BROADCAST.replace(
        "PRESENTER ROSALIND MBEKI: Thank you, Daniel.",
        "MINISTER OF PORTS ESTHER NAKAMYA: Why should a port stand still?\n\nPRESENTER ROSALIND MBEKI: Thank you, Daniel.",
    )
    assert ("Why should a port stand still?", "Esther Nakamya") in said(text)


PRESS_CONFERENCE = (
    "TESSBY CITY HALL\n"
    "Transcript of the press conference on the new harbour crane\n\n"
    "With us are the mayor, Ruth Achieng, and the harbour master, Samuel Otieno.\n\n"
    "Moderator: Good morning, and thank you for coming. The mayor will open.\n\n"
    "Ruth Achieng: Thank you. The crane arrives in May and the quay reopens in June.\n\n"
    "Question (Tessby Post, Ann Wekesa): Mr Otieno, how many dockers will lose their jobs?\n\n"
    "Samuel Otieno: None. Every docker will be trained to work with the new crane.\n\n"
    "Moderator: Thank you all. We have run out of time for questions.\n"
)


def test_a_press_conferences_moderator_and_journalists_turns_are_quotes_of_no_one():
    got = said(PRESS_CONFERENCE)
    assert ("Good morning, and thank you for coming. The mayor will open.", None) in got
    assert ("Mr Otieno, how many dockers will lose their jobs?", None) in got
    assert ("Thank you all. We have run out of time for questions.", None) in got
    # the speakers' turns stay theirs, not the moderator's nor the journalist's
    assert ("None. Every docker will be trained to work with the new crane.", "Samuel Otieno") in got
    assert ("Thank you. The crane arrives in May and the quay reopens in June.", "Ruth Achieng") in got


def test_a_programmes_host_with_no_press_conference_furniture_speaks_for_the_outlet():
    # must not: a radio programme's "Host:" turns are the outlet's words, no one's quotes
    text = PRESS_CONFERENCE.replace("Transcript of the press conference on the new harbour crane", "Morning Harbour Show")
    got = said(text)
    assert not any(words.startswith(("Good morning, and thank you", "Thank you all. We have run out")) for words, _ in got)


def test_a_press_conference_in_a_leads_sentence_makes_no_press_conference_page():
    # must not: the cue counts in the page's furniture only ("... told a press conference." is a sentence)
    text = PRESS_CONFERENCE.replace(
        "Transcript of the press conference on the new harbour crane",
        "The mayor spoke about the crane at a press conference on Monday.",
    )
    assert not any(words.startswith("Good morning, and thank you") for words, _ in said(text))


def test_a_label_in_capitals_of_a_person_named_in_running_text_is_no_mention_a_pronoun_stands_for():
    # must not: "He said to me" inside an answer names no one the answer or its question names in running text;
    # the question's label "RUTH OWINO:" is no mention of a man, nor of anyone the pronoun may stand for
    text = (
        "RUTH OWINO: Welcome. I'm Ruth Owino, and today I'm talking to Peter Mwangi, who runs Kisiwa Fisheries.\n\n"
        "PETER MWANGI: Thank you, Ruth. It is good to be here.\n\n"
        "RUTH OWINO: The fishers say you are taking their work away.\n\n"
        'PETER MWANGI: I understand Juma. He said to me, "Peter, every tonne that leaves is a tonne we lose."'
        " But the plant keeps the tilapia.\n"
    )
    got = said(text)
    assert not any(words.startswith("Peter, every tonne") and who == "Ruth Owino" for words, who in got)
    assert any(words.startswith("I understand Juma.") and who == "Peter Mwangi" for words, who in got)


def test_a_transcripts_turn_label_in_capitals_is_no_dateline_place():
    text = (
        "REPORTER TOM REID: The crane arrived today in Mombasa.\n\n"
        "ANN LEE: It is the biggest the port has had.\n\n"
        "REPORTER TOM REID: Thank you, Ann.\n"
    )
    assert places(text) == {"Mombasa"}


def test_a_dateline_before_a_colon_printed_once_stays_a_place():
    # must not: a dateline stands once; a town so printed is the story's place
    text = "MOMBASA: The crane arrived today at the port, the authority said.\n\nWork starts in May.\n"
    assert "Mombasa" in places(text)
