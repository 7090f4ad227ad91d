"""The fixeq review's findings on the e23 fixes: a name's initials after a date or a count, two-letter initials
that are also a clock's or a state's letters, and a one-name source's comma. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import people


# Must not cut: a number with its comma ("3,", "2019,") ends a clause, so the initials after it belong to the name;
# only a bare number before dotted letters is a clock ("at 6 P.M. Ravi Shankar").
@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("On March 3, S. Ravi Kumar, the chairman, said the vote was close.", "Ravi Kumar"),
        ("In 2019, K.R. Senthil Nathan took over the mill, and he said orders doubled.", "Senthil Nathan"),
        ("In 2021, S. Meena Kumari took over the weavers' union.", "Meena Kumari"),
        ("Of the 12, S. Ravi Kumar was the oldest, the chairman said.", "Ravi Kumar"),
    ],
)
def test_initials_after_a_number_and_its_comma_are_not_cut_from_the_name(text, cut):
    assert cut not in people(text)


def test_initials_after_a_date_stay_in_the_name():
    assert "S. Ravi Kumar" in people("On March 3, S. Ravi Kumar, the chairman, said the vote was close.")


# Must not cut: two-letter initials that are also a clock's or a state's letters ("A.M.", "M.P.") are a person's
# initials where no number stands before them (a clock's) and no preposition of place (a state's: "in U.P.").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A.M. Ravi Shankar, the chairman of the board, said sales rose.", "A.M. Ravi Shankar"),
        ("The treasurer, A.M. Ravi Shankar, said the accounts were filed.", "A.M. Ravi Shankar"),
        ("M.P. Abdul Rahman, the minister, said the road would open.", "M.P. Abdul Rahman"),
    ],
)
def test_two_letter_initials_that_spell_a_clock_or_a_state_stay_in_the_name(text, name):
    assert name in people(text)


# ... while a state's letters after a preposition of place, and a clock's after a number, still end a sentence.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wheat prices fell in M.P. Ravi Shankar, a miller, said stocks were high.", "Ravi Shankar"),
        ("The lorries came from U.P. Maria Santos, a trader, said the roads were shut.", "Maria Santos"),
        ("The vote closed at 6 P.M. Ravi Shankar, the returning officer, said turnout was high.", "Ravi Shankar"),
    ],
)
def test_a_states_or_a_clocks_letters_are_no_initials(text, name):
    assert name in people(text)
    assert not any(found.endswith(name) and found != name for found in people(text))


# Must not: one person's one name ("gave his name only as Ahmed") is no list, so the capitalised word after it
# ("Ahmed, Reuters reported", "Ahmed and Reuters") is nobody known by one name; a plural "names" may list several.
@pytest.mark.parametrize(
    "text",
    [
        "A trader who gave his name only as Ahmed, Reuters reported, said prices rose.",
        "A man who gave his name only as Ahmed and Reuters both said the port was shut.",
    ],
)
def test_one_name_given_is_no_list(text):
    assert "Reuters" not in people(text)
    assert "Ahmed" in people(text)


def test_names_given_as_a_list_are_each_a_person():
    found = people("Three porters who gave their names only as Tunde, Sola and Ade said the market was shut.")
    assert {"Tunde", "Sola", "Ade"} <= found
