"""The q23 review's findings, on short original sentences: names in capitals before a colon make people and
quotes only on a page with a sign of a transcript (player ratings, results, notices and awards lists are
none); a transcript's turn labels are no organisations; a town printed twice as a briefs column's dateline
stays a place; a label is never a pronoun's person; a press conference's cue counts only where it opens its
line, never in a caption."""

from __future__ import annotations

import pytest

from loaders.build import extract_article
from loaders.read import SeedFile
from tests.helpers import claim_subjects, organisation_names, said
from tests.test_entity_rules import found_in
from tests.test_quotes import quotes_of

# H1 must-nots: capitals before a colon on pages that are no transcript


def test_a_teams_player_ratings_in_capitals_are_no_ones_quotes():
    text = (
        "Marks out of ten after the derby\n\n"
        "Rovers drew 1-1 at Kestle Park on Saturday. How each of them fared.\n\n"
        "OSKAR LINDQVIST: Kept his side in it with two saves from close range. Steady all day. 7\n\n"
        "MATEO FERREIRA: Lost his marker for the equaliser. Booked soon after. 5\n\n"
        "DANIEL ACHTERBERG: Ran the midfield for an hour. Tired late on. 7\n"
    )
    assert said(text) == []


def test_ratings_labelled_by_a_position_and_a_name_are_no_ones_quotes():
    text = (
        "United's marks\n\n"
        "GOALKEEPER OSKAR LINDQVIST: Stopped two penalties and could do nothing about either goal that went in. 6\n\n"
        "MIDFIELDER MATEO FERREIRA: Barely touched the ball all afternoon and was taken off before the hour. 5\n\n"
        "MANAGER DANIEL ACHTERBERG: His team never settled and the changes he made came far too late. 4\n"
    )
    assert said(text) == []


def test_an_awards_list_in_capitals_is_no_ones_quotes():
    text = (
        "The film prizes in full\n\n"
        "BEST DIRECTOR MIRELA VOSS: Honoured for a quiet film about a lighthouse keeper.\n\n"
        "BEST NEWCOMER TOMAS KERR: His first part, a boy who runs away to sea, won over the jury.\n"
    )
    assert said(text) == []


def test_an_elections_results_by_candidate_are_no_ones_quotes():
    text = (
        "Harwick East declared\n\n"
        "The count ended just after two in the morning with turnout at 58 percent.\n\n"
        "MIRELA VOSS (Liberal): 14,220 votes, a gain of 900 on last time.\n\n"
        "TOMAS KERR (Labour): 11,085 votes, his lowest share yet.\n"
    )
    assert said(text) == []


def test_death_notices_in_capitals_are_no_ones_quotes():
    text = (
        "Notices\n\n"
        "AGNES MORLAND: Passed away at the hospice on Friday, aged 88. A nurse all her working life.\n\n"
        "WALTER KESTLE: Passed away at home on Sunday. Father of four and a keen sailor.\n"
    )
    assert said(text) == []


# H1: each sign of a transcript alone still makes the labels people and their turns quotes


def test_a_question_between_turns_labelled_in_capitals_makes_them_a_transcript():
    text = (
        "On the quay at dawn\n\n"
        "OSKAR LINDQVIST: The nets came up half empty again this week.\n\n"
        "MATEO FERREIRA: And the price? Did the buyers pay what they promised?\n\n"
        "OSKAR LINDQVIST: They paid less, and they paid it late.\n"
    )
    got = said(text)
    assert ("They paid less, and they paid it late.", "Oskar Lindqvist") in got


def test_a_journalists_role_in_a_label_makes_the_labels_a_transcript():
    text = (
        "Morning edition\n\n"
        "ANCHOR MIRELA VOSS: The ferry strike enters its third day.\n\n"
        "UNION ORGANISER TOMAS KERR: Our members will stay out until the rota is fixed.\n\n"
        "ANCHOR MIRELA VOSS: Thank you.\n"
    )
    assert ("Our members will stay out until the rota is fixed.", "Tomas Kerr") in said(text)


def test_a_transcript_cue_in_the_header_makes_the_labels_a_transcript():
    text = (
        "Transcript: the harbour master on the new berth\n\n"
        "HARBOUR MASTER AGNES MORLAND: The berth opens to ships in June.\n\n"
        "ENGINEER WALTER KESTLE: The piles are in and the deck is half poured.\n"
    )
    assert ("The berth opens to ships in June.", "Agnes Morland") in said(text)


# H2: a transcript's turn labels are no organisations, nor the subjects of its figures

INTERPRETED = (
    "Orchard growers meet the cold-store company\n\n"
    "Frostline Storage opened its third cold store in the valley on Monday.\n\n"
    "WANCHAI PHROMMA (through interpreter): Our orchards sent 900 crates to the store this week. Will the price hold?\n\n"
    "ALH. BAKARY TOURAY: The store will take 1,200 crates a day when it is full.\n\n"
    "WANCHAI PHROMMA (through interpreter): Then we will plant more trees.\n\n"
    "ALH. BAKARY TOURAY: Frostline Storage will pay within three days of delivery.\n"
)


def test_a_transcripts_turn_labels_are_no_organisations():
    organisations = set(organisation_names(INTERPRETED).values()) | set(organisation_names(INTERPRETED))
    assert not any(name.upper() in {"WANCHAI PHROMMA", "ALH", "ALH. BAKARY TOURAY"} for name in organisations), organisations


def test_a_figure_in_a_labelled_turn_has_no_label_as_its_subject():
    subjects = claim_subjects(INTERPRETED)
    assert not any(subject is not None and subject.upper() in {"WANCHAI PHROMMA", "ALH"} for subject in subjects.values()), (
        subjects
    )


# H4: a town printed twice as a briefs column's dateline stays a place


def places(text: str) -> set[str]:
    """The places an article's build finds (its paragraphs read one by one, as a dateline stands)."""
    found = extract_article(SeedFile("a", "a.txt", text, "0" * 64), {})
    return {mention.name for mention in found.entities.mentions if mention.kind == "place"}


def test_a_town_printed_twice_as_a_briefs_dateline_stays_a_place():
    text = (
        "Around the region\n\n"
        "NAIROBI: The water board will cut supply to three estates on Thursday for repairs to the main.\n\n"
        "MOMBASA: Port workers ended a two-day stoppage after the authority agreed to review night shifts.\n\n"
        "NAIROBI: The county will open two more bus lanes on the northern ring road next month.\n"
    )
    assert {"Nairobi", "Mombasa"} <= places(text)


def test_a_smaller_town_printed_twice_as_a_briefs_dateline_stays_a_place():
    text = (
        "District news\n\n"
        "KOTTAYAM: The district hospital will add a second dialysis unit before the monsoon.\n\n"
        "ALAPPUZHA: Boat races on the backwaters were put off by a week after heavy rain.\n\n"
        "KOTTAYAM: Traders asked the council to widen the market road before the festival.\n"
    )
    assert {"Kottayam", "Alappuzha"} <= places(text)


# M1: a turn's label is never the person a pronoun stands for


def test_a_turn_label_is_no_person_a_pronoun_in_the_next_turn_stands_for():
    # "VAN DIJK:" is read as a mention of the presenter named in running text; the "He" of the reporter's turn
    # is the treasurer, never the presenter whose label stands before it
    text = (
        "Good morning, I am Ann van Dijk, and with me is our farm reporter Tom Reid.\n\n"
        "VAN DIJK: What is the news from the bank?\n\n"
        "REID: The bank wants its money back by June, and the co-operative has asked for more time.\n\n"
        "VAN DIJK: And what do the farmers say?\n\n"
        "REID: I went to see the treasurer of the co-operative yesterday. He told our station that the farmers"
        " could not pay back the loans this year.\n\n"
        "VAN DIJK: Thank you.\n"
    )
    got, _ = quotes_of(text)
    assert not any(kind == "indirect" and speaker == "Ann van Dijk" for kind, _, speaker in got), got


# M2, M6: a press conference's cue counts where it opens its line (a transcript's heading), never in a headline
# about one nor in a caption


def test_a_broadcasts_headline_naming_a_press_conference_makes_no_floor_of_its_reporters_turns():
    text = (
        "Mayor leaves news conference early\n\n"
        "REPORTER: The mayor walked out before the second question. Ines Falk saw it happen.\n\n"
        "INES FALK: She was asked about the bus depot and she picked up her papers and went.\n\n"
        "REPORTER: Where does that leave the council?\n\n"
        "INES FALK: Without an answer until the budget vote next month.\n"
    )
    got = said(text)
    assert not any(words.startswith(("The mayor walked out", "Where does that leave")) for words, _ in got), got


# A programme's interview: a host's turns and a guest's, under furniture that names a briefing or a press conference.
PROGRAMME = (
    "With us is the port engineer, Samuel Otieno.\n\n"
    "Host: Welcome. The minister spoke at length this morning. Was she right about the berth?\n\n"
    "Samuel Otieno: About the berth, yes. About the jobs it brings, I am less sure.\n\n"
    "Host: Why is that?\n\n"
    "Samuel Otieno: A berth that empties ships twice as fast needs fewer hands.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        # must not: a programme's title line with a briefing after its colon is no press conference's heading
        "Drive Time: after the media briefing\n\n",
        # must not: a caption naming a press conference (a sentence, a photo credit) is no heading either
        "Drive Time\n\nRuth Achieng speaking at the press conference on Monday. Photo: Tom Reid\n\n",
    ],
)
def test_a_programmes_furniture_naming_a_briefing_makes_no_floor_of_its_hosts_turns(furniture):
    got = said(furniture + PROGRAMME)
    assert not any(words.startswith(("Welcome. The minister", "Why is that")) for words, _ in got), got


def test_a_press_conference_cue_opening_a_line_after_transcript_still_makes_a_floor():
    text = (
        "TRANSCRIPT: Joint news conference on the bus depot\n\n"
        "With us are the mayor, Ruth Achieng, and the depot manager, Samuel Otieno.\n\n"
        "Moderator: Good afternoon. The mayor will begin.\n\n"
        "Ruth Achieng: The depot closes in March and the new one opens in April.\n\n"
        "Question (Harbour Radio): Mr Otieno, will the drivers keep their routes?\n\n"
        "Samuel Otieno: Every driver keeps a route. Some will start from the new depot.\n"
    )
    got = said(text)
    assert ("Good afternoon. The mayor will begin.", None) in got
    assert ("Mr Otieno, will the drivers keep their routes?", None) in got


# M4: must-nots for the guards of labels in capitals: two labelled turns at least, capitals throughout


def test_one_line_labelled_in_capitals_on_an_interview_page_names_no_one():
    # must not: one such line, lower-case words after its colon, is a heading even where the page says interview
    text = (
        "Our interview series\n\n"
        "HARBOUR MASTER AGNES MORLAND: two decades on the quay\n\n"
        "The harbour master has run the port for twenty years, and was a pilot before that.\n"
    )
    assert "Agnes Morland" not in found_in(text).names("person")
    assert said(text) == []


RESULTS_ON_AIR = (
    "Marathon results on the radio\n\n"
    "REPORTER TOM REID: Here are the leading finishers from this morning.\n\n"
    "AGNES MORLAND, Ireland: two hours twenty-four minutes, a course record\n\n"
    "MIRELA VOSS, Austria: two hours twenty-six minutes, her best time\n\n"
    "REPORTER TOM REID: That is all from the finish line. Who will win next year?\n"
)


def test_a_name_in_capitals_with_a_role_in_mixed_case_is_no_turns_label():
    # must not: "NAME, Country:" is a results list's entry, even on a broadcast's page
    assert not {"Agnes Morland", "Mirela Voss"} & found_in(RESULTS_ON_AIR).names("person")
    assert not any(speaker in {"Agnes Morland", "Mirela Voss"} for _, speaker in said(RESULTS_ON_AIR))


def test_a_title_and_a_name_in_mixed_case_before_a_colon_is_no_turns_label():
    # must not: a who's who of the talks ("Finance Minister Ann Lee: In the post since ...") describes each
    # person in the third person; a title in mixed case before the name labels no turn
    text = (
        "Ann Lee, the finance minister, and Tom Reid, who runs the port, lead the talks for the two sides.\n\n"
        "Finance Minister Ann Lee: In the post since 2021, she was a tax lawyer for ten years before that.\n\n"
        "Port Director Tom Reid: He has run the harbour since 2019 and was a pilot on the river before that.\n"
    )
    assert not any(speaker in {"Ann Lee", "Tom Reid"} for _, speaker in said(text)), said(text)
