"""The e23 round's kinds: a name's initials kept ("S. Lakshmi Priya"), "M." an initial on a page of English
courtesy titles ("M. Kathirvel", later "Mr. Kathirvel"), provinces named with their local words ("Lebap
velayat", "Namangan viloyat"), a regulator named by its acronym a public body ("the SEBI circular"), a river's
parts of finance as data. Short sentences of our own."""

from __future__ import annotations

import pytest

from loaders.extract.claims import main_organisation
from loaders.extract.claims.context import is_public_body
from loaders.extract.entities.places import _finance_part_re
from loaders.extract.types import Mention
from loaders.spans import Span
from tests.helpers import places, said
from tests.test_entity_rules import organisations, people


# Must not change: a given name after a word that is no initial still opens a person's name of its own
# ("Board Peter Lindqvist"), a land's letters are no one's initial, and a name with a middle initial is one name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Board Peter Lindqvist chaired approved the plan.", "Peter Lindqvist"),
        ("Ravi K. Menon, a former farmer, said the mill would stay.", "Ravi K. Menon"),
        ("Kevin M. Squires, a staff representative, said the vote was close.", "Kevin M. Squires"),
    ],
)
def test_a_person_after_other_words_or_with_a_middle_initial(text, expected):
    assert expected in people(text)


def test_a_lands_letters_open_no_ones_name():
    assert not any(name.startswith("U.S.") for name in people("U.S. Maria Lopez, a trader, said prices fell."))


# The fix: initials opening a person's name stay in it, whatever given name follows them ("S. Lakshmi Priya" was
# stored as "Lakshmi Priya", her initial dropped).
@pytest.mark.parametrize(
    "text",
    [
        "S. Lakshmi Priya, president of the spinners' association, said mills had cut shifts.",
        "R. Anand Kumar, a cotton trader in Erode, said prices had eased.",
        "K.R. Senthil Nathan, managing director of the mill, said orders had doubled.",
    ],
)
def test_initials_stay_in_the_persons_name(text):
    name = text.split(",")[0]
    assert name in people(text)
    assert name.split(" ", 1)[1] not in people(text)


# Must not change: "M." is "Monsieur" on a page that writes no English courtesy title ("M. Rossier" of a Swiss
# daily translated from French): no person "M. Rossier" of an initial and a surname.
@pytest.mark.parametrize(
    "text",
    [
        "M. Rossier says that the Marly site will not be affected.",
        "M. Othmane Lazrak, managing director of the group, and Mme Nadia Chraibi signed the deal.",
    ],
)
def test_m_is_monsieur_on_a_page_of_no_english_courtesy_title(text):
    assert not any(name.startswith("M. ") for name in people(text))


# The fix: on a page that writes "Mr." (an Indian daily), "M. Kathirvel" is a person of an initial and a surname,
# and "Mr. Kathirvel" later is him.
def test_m_is_an_initial_on_a_page_of_english_courtesy_titles():
    text = (
        "The company's director (finance) M. Kathirvel said the loan had been agreed. "
        '"Not one worker will lose a job," Mr. Kathirvel said.'
    )
    assert people(text) == {"M. Kathirvel"}
    assert said(text) == [("Not one worker will lose a job,", "M. Kathirvel")]


# Must not change: a fabric's "rayon" is no province's word ("the Kestrel rayon plant" names no place).
def test_rayon_the_fabric_names_no_place():
    assert places("Sales of the Kestrel rayon plant rose in March.") == set()


# The fix: a province or district named with its local word is a place, known to a list or not.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Farmers of Dashoguz velayat sowed wheat early.", "Dashoguz"),
        ("Growers of Zarbdor viloyat sold their cotton early.", "Zarbdor"),
        ("The Ungheni raion council met on Monday.", "Ungheni"),
        ("A brickworks in Kuruvat wilaya has closed.", "Kuruvat"),
        ("Cotton from Lebap Velayat reached the mill.", "Lebap Velayat"),  # the local word capitalised, in the name
    ],
)
def test_a_province_named_with_its_local_word_is_a_place(text, place):
    assert place in places(text)


# The words of finance among a river's parts ("delta", "basin") are data now, the same words as before.
def test_a_rivers_parts_of_finance_are_data():
    assert _finance_part_re().match("delta of the Tessa")
    assert _finance_part_re().match("basin of the Orvane")
    assert not _finance_part_re().match("mouth of the Tessa")


def _main(text: str, names: list[str]) -> str | None:
    """The article's main organisation, the organisations named at the positions of `names` in the text, in order."""
    mentions, start = [], 0
    for name in names:
        start = text.index(name, start)
        mentions.append(Mention("organisation", name, Span(start, start + len(name)), "test", 0.9))
        start += len(name)
    return main_organisation(text, [Span(0, len(text))], mentions)


FILING = (
    "Filed under the SEBI LODR. Kestrel Agro Foods has told the exchanges, as the SEBI circular requires, "
    "that Kestrel Agro Foods will buy a pulse handler. The SEBI circular asks for the details below."
)


# Must not change: a company named by an acronym (no regulator's) and named most is the article's own.
def test_a_companys_acronym_named_most_is_the_articles_own():
    text = FILING.replace("SEBI", "BHPX")
    assert _main(text, ["BHPX", "Kestrel Agro Foods", "BHPX", "Kestrel Agro Foods", "BHPX"]) == "BHPX"


# The fix: a regulator named by its acronym ("the SEBI circular" of a filing's furniture, a name another article
# taught) is a public body: not the article's own organisation while it names a company twice, nor a figure's owner.
def test_a_regulators_acronym_is_a_public_body():
    assert _main(FILING, ["SEBI", "Kestrel Agro Foods", "SEBI", "Kestrel Agro Foods", "SEBI"]) == "Kestrel Agro Foods"
    assert is_public_body("SEBI")
    assert not is_public_body("Kestrel Agro Foods")


# Must not change: a thing or a body that "gave its name only as" or was "identified only as" a word is no person.
@pytest.mark.parametrize(
    "text",
    [
        "The firm, which gave its name only as Kestrel, sold the land.",
        "A vessel identified only as Orvane sank off the cape.",
    ],
)
def test_a_thing_named_only_as_a_word_is_no_person(text):
    assert people(text) == set()


# The fix: a person who "gave his name only as" a single name, the clause before the name, is known by that name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At the junction, a bricklayer who gave his name only as Tunde welcomed the news.", "Tunde"),
        ("A grower, who gave his first name only as Nodar, said the price was fair.", "Nodar"),
    ],
)
def test_a_person_who_gave_one_name_is_that_name(text, name):
    assert people(text) == {name}


# Must not change: after a title and "of", a body's name holding a person's name with a middle initial after a given
# name stays that person ("Mary Ann K. Reddy"), and initials opening a firm's name after "of" make no person.
def test_a_middle_initial_after_a_body_stays_in_one_name():
    assert people("The chairman of Kestrel Mills Mary Ann K. Reddy said the plant would stay open.") == {"Mary Ann K. Reddy"}
    assert people("Shares of the director of J.P. Morgan rose on Monday.") == set()


# The fix: title, body, then a name opening with initials, as pages translated from Russian order them: the body an
# organisation, the name a person ("Palani Cotspin K.R. Palanisamy" was read as one organisation).
def test_title_body_then_a_name_with_initials():
    text = "The agreement was signed by the managing director of Palani Cotspin K.R. Palanisamy on Monday."
    assert people(text) == {"K.R. Palanisamy"}
    assert organisations(text) == {"Palani Cotspin"}


# Must not change: lands' letters joined by a hyphen open a body's name, no person's ("the U.S.-E.U. Trade Council").
def test_lands_letters_joined_by_a_hyphen_are_no_initials():
    assert people("Officials of the U.S.-E.U. Trade Council said prices fell.") == set()


# The fix: initials joined by a hyphen, as Korean and Chinese given names of two syllables are printed ("S.-J. Ng"),
# are a person's initials.
@pytest.mark.parametrize(
    "text",
    [
        "The notice was signed by S.-J. Ng, the company secretary.",
        "S.-J. Ng, the company secretary, said the notice was sent.",
    ],
)
def test_hyphenated_initials_open_a_persons_name(text):
    assert people(text) == {"S.-J. Ng"}
