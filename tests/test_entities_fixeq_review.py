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
