"""The fixeq review's findings (the q22 and e23 fix rounds), on short original pages: a record's weak cue in a
headline, two presenters in the page's furniture, and the near shapes the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.helpers import said

# An interview with a mayor: the interviewer's questions are the outlet's, however the page's furniture
# mentions a hearing or a report.
QUAY_TURNS = (
    "By Lotte Brand\n\n"
    "Lotte Brand put three questions to the mayor, Per Aas.\n\n"
    "Lotte Brand: Why sell the quay now?\n\n"
    "Mayor Per Aas: Because the harbour loses money every winter.\n\n"
    "Lotte Brand: Will the fishermen be asked?\n\n"
    "Mayor Per Aas: Yes, at a meeting in April.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Mayor defends quay sale ahead of public hearing\n\n",  # a headline
        "Public hearing on quay sale set for May\n\n",
        "Quay sale goes ahead\n\nThe mayor on the committee hearing and the fishermen\n\n",  # a subheading
        "Quay sale goes ahead\n\nPhoto: the official report on the quay\n\n",  # a caption
    ],
)
def test_a_record_cue_in_a_headline_subheading_or_caption_leaves_an_interview_an_interview(furniture):
    # must not: with no other sign of a record, the interviewer's questions are no quotes
    got = said(furniture + QUAY_TURNS)
    assert ("Because the harbour loses money every winter.", "Per Aas") in got
    assert not any(words.startswith(("Why sell the quay", "Will the fishermen")) for words, _ in got)


HEARING_TURNS = (
    "Chairman Ann Lee: Why did the ferry stop?\n\n"
    "Minister Bo Park: Because the operator went bankrupt in March.\n\n"
    "Kari Dahl: Who pays for the new ferry?\n\n"
    "Minister Bo Park: The state pays for it, from next year.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Transport Committee\nPublic hearing on the ferry service\n\n",  # a weak cue, two office-labelled turns
        "Official Report\n\n",  # a strong cue opening its line
        "Minutes of the meeting of the harbour board\n\nPresent: Ann Lee, Kari Dahl, Olav Brekke\n\n",
    ],
)
def test_a_records_furniture_with_a_second_sign_makes_members_questions_quotes(furniture):
    got = said(furniture + HEARING_TURNS)
    assert ("Who pays for the new ferry?", "Kari Dahl") in got
    assert ("Because the operator went bankrupt in March.", "Bo Park") in got


# A programme with two presenters names both in its furniture: a role printed on two lines that each name a
# person alone labels no turns.
TWO_PRESENTERS = (
    "SOUND 4 RADIO\nFarm Hour, 4 May\nPresenter: Ann Lee\nPresenter: Bo Park\n"
    "Guest: Gunnar Vik, chairman of Lindholm Grain\n\n"
    "ANN LEE: Grain prices fell again this week, the third fall in a row.\n\n"
    "BO PARK: And the mill at Lindholm has signed a new contract with the growers.\n\n"
    "ANN LEE: Why did you sign with the mill?\n\n"
    "GUNNAR VIK: Because the growers asked for a price fixed for three years.\n\n"
    "BO PARK: That is all from Farm Hour this week.\n"
)


def test_two_presenters_named_in_the_furniture_speak_for_the_programme():
    # must not: neither presenter's turns are quotes
    got = said(TWO_PRESENTERS)
    assert ("Because the growers asked for a price fixed for three years.", "Gunnar Vik") in got
    assert not any(speaker in ("Ann Lee", "Bo Park") for _, speaker in got), got


def test_a_presenter_label_printed_on_the_turns_still_labels_them():
    # the role labels the turns ("PRESENTER: Why ...?"): a name after it greets the guest, who answers
    text = (
        "SOUND 4 RADIO\nFarm Hour\n\nGunnar Vik, the chairman of Lindholm Grain, spoke about the mill.\n\n"
        "PRESENTER: Gunnar Vik, welcome to the programme.\n\n"
        "GUNNAR VIK: Thank you. It is good to be here.\n\n"
        "PRESENTER: Why did you sign with the mill?\n\n"
        "GUNNAR VIK: Because the growers asked for a price fixed for three years.\n"
    )
    assert ("Because the growers asked for a price fixed for three years.", "Gunnar Vik") in said(text)


# A record's heading may hold a stop (an abbreviation's, a two-part title's): a heading still, not a lead's sentence.
@pytest.mark.parametrize(
    "furniture",
    [
        "Verbatim record of the sitting of 3 March, opened at 10 a.m.\n\n",
        "Official Report, Vol. 712, No. 45\n\n",
        "Transport Committee. Public hearing on the ferry service\n\n",
    ],
)
def test_a_records_heading_with_a_stop_makes_members_questions_quotes(furniture):
    got = said(furniture + HEARING_TURNS)
    assert ("Who pays for the new ferry?", "Kari Dahl") in got


def test_a_leads_sentence_opening_with_a_strong_cue_leaves_an_interview_an_interview():
    # must not: a lead sentence is no heading, whatever cue opens it
    got = said("Official report figures show the quay is failing.\n\n" + QUAY_TURNS)
    assert ("Because the harbour loses money every winter.", "Per Aas") in got
    assert not any(words.startswith(("Why sell the quay", "Will the fishermen")) for words, _ in got)


# A presenter's furniture line may end in a stop after a programme's or an outlet's name ("Presenter: Ann Lee,
# Farm Hour."): still the presenter's line, their turns the programme's.
def test_a_presenters_line_ending_in_a_programmes_name_and_a_stop_names_the_presenter():
    text = (
        "SOUND 4 RADIO\nPresenter: Ann Lee, Farm Hour.\nGuest: Gunnar Vik, chairman of Lindholm Grain\n\n"
        "Gunnar Vik, the chairman of Lindholm Grain, spoke about the mill.\n\n"
        "ANN LEE: Grain prices fell again this week, the third fall in a row.\n\n"
        "GUNNAR VIK: Because the growers asked for a price fixed for three years.\n\n"
        "ANN LEE: That is all from Farm Hour this week.\n"
    )
    got = said(text)
    assert ("Because the growers asked for a price fixed for three years.", "Gunnar Vik") in got
    assert not any(who == "Ann Lee" for _, who in got), got


# Each guard of the presenter's line on its own. A greeting ending in a stop on a page whose turns are labelled by
# the presenter's name ("PRESENTER:" printed once: only the stop tells the greeting from a presenter's line) ...
def test_a_greeting_with_a_stop_on_a_page_of_named_turns_makes_no_journalist_of_the_guest():
    text = (
        "SOUND 4 RADIO\nFarm Hour\n\nGunnar Vik, the chairman of Lindholm Grain, spoke about the mill.\n\n"
        "PRESENTER: Gunnar Vik, welcome to the programme.\n\n"
        "GUNNAR VIK: Thank you. It is good to be here.\n\n"
        "ANN LEE: Why did you sign with the mill?\n\n"
        "GUNNAR VIK: Because the growers asked for a price fixed for three years.\n\n"
        "ANN LEE: And the growers?\n\n"
        "GUNNAR VIK: We still take every tonne the growers bring us.\n"
    )
    assert ("We still take every tonne the growers bring us.", "Gunnar Vik") in said(text)


# ... and the presenter introducing the guest by name and firm on a page whose turns the role labels ("PRESENTER:
# Gunnar Vik, Lindholm Grain.": a presenter's line in shape, only the role's own turns tell it).
def test_a_presenter_introducing_the_guest_on_a_page_of_role_labelled_turns_makes_no_journalist_of_the_guest():
    text = (
        "SOUND 4 RADIO\nFarm Hour\n\n"
        "PRESENTER: Gunnar Vik, Lindholm Grain.\n\n"
        "GUNNAR VIK: Thank you. It is good to be here.\n\n"
        "PRESENTER: Why did you sign with the mill?\n\n"
        "GUNNAR VIK: Because the growers asked for a price fixed for three years.\n\n"
        "PRESENTER: And the growers?\n\n"
        "GUNNAR VIK: We still take every tonne the growers bring us.\n"
    )
    assert ("We still take every tonne the growers bring us.", "Gunnar Vik") in said(text)
