"""The e23 review's fixes: dotted letters that are no initials before a name ("5 P.M. Ravi Kumar", "D.G.P. Ravi
Kumar", "vitamin C. Lakshmi Priya"), "M." read per name, not per page, and the gates of the e23 rules each held by a
test. Short sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_entity_rules import people


# The fix: dotted letters of a clock, a title or a state before a name are no one's initials, and a letter after a
# number or a noun a letter labels ends a sentence: the name after them is the person's own.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The vote closed at 6 P.M. Ravi Shankar, the returning officer, said turnout was high.", "Ravi Shankar"),
        ("The train left at 9 A.M. Maria Santos, a passenger, said it was full.", "Maria Santos"),
        ("The district police chief, D.G.P. Ravi Shankar, said the road was shut.", "Ravi Shankar"),
        ("The bank's C.E.O. Maria Santos said deposits rose.", "Maria Santos"),
        ("Wheat prices fell in U.P. Ravi Shankar, a miller, said stocks were high.", "Ravi Shankar"),
        ("The syrup is rich in vitamin D. Meena Kumari, a chemist, said it sold well.", "Meena Kumari"),
        ("Cases of hepatitis A. Maria Santos, a nurse, said the ward was full.", "Maria Santos"),
    ],
)
def test_dotted_letters_that_are_no_initials_leave_the_name_its_own(text, name):
    assert name in people(text)
    assert not any(found.endswith(name) and found != name for found in people(text))


# Must not change: a person's initials stay in the name after a lowercase word that labels nothing with a letter, after
# a speech verb, and after a title.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The prize went to S. Meena Kumari, who said looms were idle.", "S. Meena Kumari"),
        ('"We will reopen," said K.R. Senthil Nathan.', "K.R. Senthil Nathan"),
        ("The mill owner R. Maria Santos said orders had doubled.", "R. Maria Santos"),
    ],
)
def test_initials_stay_after_other_lowercase_words(text, name):
    assert name in people(text)


# Must not change (the fix): on a page that prints "Mr." too, "M." before a given name is "Monsieur", unless the page
# names the same man "Mr. <surname>": the name after it is his own, no initial's.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The French envoy M. Pierre Lemaire met Mr. Hale in Geneva.", "Pierre Lemaire"),
        ("M. Karim Bennani, head of the port authority, said the berth was ready. Mr. Doyle agreed.", "Karim Bennani"),
    ],
)
def test_m_before_a_given_name_is_monsieur_on_a_mixed_page(text, name):
    assert name in people(text)
    assert not any(found.startswith("M. ") for found in people(text))


# The fix kept: "M." before a given name is an initial where the page names the man "Mr. <surname>" too, and before a
# word that is no given name on a page of English courtesy titles.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("M. Senthil Nathan said looms were idle. Mr. Nathan said yarn was dear.", "M. Senthil Nathan"),
        ("The mill's owner M. Palanisamy said looms were idle. Mr. Raman agreed.", "M. Palanisamy"),
    ],
)
def test_m_is_an_initial_where_the_page_names_the_man_mr(text, name):
    assert name in people(text)


# Must not change: after a title and "of", initials or a given name before the initials belong to the same person's
# name, so the body's name is not cut before the last initial ("J. K. Reddy", "Ravi K. Menon": no person "K. Reddy").
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("The chairman of Kestrel J. K. Reddy said sales rose.", "K. Reddy"),
        ("The head of Grupo Orvane Ravi K. Menon said the plant would stay open.", "K. Menon"),
    ],
)
def test_no_person_cut_from_the_middle_of_a_name_after_a_body(text, piece):
    assert piece not in people(text)


# Must not change: a land's letters after a title, "of" and a body open no one's name ("U.K. Maria Lopez").
def test_a_lands_letters_after_a_body_are_no_initials():
    text = "The head of Kestrel Mills U.K. Maria Lopez said sales rose."
    assert "Maria Lopez" in people(text)
    assert not any(found.startswith("U.K.") for found in people(text))


# Must not change: "M." ending a run on a page of English courtesy titles is no one's initial (and nothing breaks).
def test_m_alone_is_no_ones_initial():
    assert people("He signed the letter M. and left. Mr. Hale agreed.") == set()


# The fix: spaced initials, each with its stop, stay in the name as joined ones do.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("S. K. Meena Kumari, head of the weavers' union, said looms were idle.", "S. K. Meena Kumari"),
        ("The treasurer, A. S. Ravi Shankar, said the accounts were filed.", "A. S. Ravi Shankar"),
    ],
)
def test_spaced_initials_stay_in_the_name(text, name):
    assert name in people(text)
    assert name.split(" ", 2)[2] not in people(text)


# The fix: the evidence "a title and a body before the name" reads a person's opening initials as the runs do,
# hyphenated ones too ("S.-J. Ng"): one pattern of initials.
@pytest.mark.parametrize(("value", "opens"), [("S.-J. Ng", True), ("K.R. Rao", True), ("S. Ng", True), ("US-EU Ng", False)])
def test_the_evidence_reads_the_same_initials_as_the_runs(value, opens):
    from loaders.extract.entities.people import _OPENING_INITIALS_RE

    assert (_OPENING_INITIALS_RE.match(value) is not None) is opens


# The fix: people who "gave their names only as" single names are known by those names, each of them.
def test_people_who_gave_their_names_only_as_single_names():
    text = "Two porters who gave their names only as Tunde and Sola said the market was shut."
    assert people(text) == {"Tunde", "Sola"}


# Must not change: a body that gave its names is no person ("which", not "who").
def test_a_body_that_gave_names_is_no_person():
    assert people("The two firms, which gave their names only as Orvane and Kestrel, said sales rose.") == set()
