"""The q16, q23, e23 and e24 rounds' leftovers, by kind: a capitalised word no list knows right before a person's
given name and surname is a first given name ("Ndèye Awa Diop", not "Awa Diop"); a caption's surname is the person
the prose prints by a shorter form of a full name ("Mamani" of "Rosa Mamani", printed for "Rosa Mamani Condori"); a
shipping line's word ends an organisation's name ("... Navegação"); a form of address ("Honourable Deputies") is no
person; a royal title before a full name ("Prince", "Sultan") is no part of it. Short sentences of our own, the
must-not sentences first."""

from __future__ import annotations

import pytest

from tests.helpers import said
from tests.test_entity_rules import organisations, people
from tests.test_quotes_q18_kinds import with_captions


# Must not: a known word right before a given name and surname is no part of the name: a day, an adverb of time, a
# nationality, a title, a place (whichever opens the sentence or the run).
@pytest.mark.parametrize(
    "opening",
    ["Monday", "Yesterday", "Senegalese", "Chairwoman", "In Kaolack"],
)
def test_a_known_word_before_a_given_name_stays_out_of_the_name(opening):
    assert people(f"{opening} Awa Diop said the trucks came late.") == {"Awa Diop"}


# Must not: a title no list knows opens a run before a given name and surname with no role set off beside them
# ("Judge", "Campaigner", "Headman"), and a pilgrim's title before a name set off by a role is a title still.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the county court, Judge Helen Carver said the firm knew of the leak.", "Helen Carver"),
        ("Campaigner Ruth Ellison said the fish died in the spring.", "Ruth Ellison"),
        ("Headman Peter Mwila of Chinsali said the road was cut.", "Peter Mwila"),
        ("The price tripled, said Elhadji Ibrahim Sani, president of the growers' union.", "Ibrahim Sani"),
        ("The managing director, Alhagie Musa Jallow, said the plant would open.", "Musa Jallow"),
    ],
)
def test_an_unlisted_title_before_a_name_stays_out_of_it(text, expected):
    assert people(text) == {expected}


# The fix: a capitalised word of a name's letters that no list knows, right before a given name and a surname, is a
# first given name no list knows, part of the person's name, where a title stands before the run or a role is set off
# after it.
@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            'Ndèye Awa Diop, the head of the cooperative, spoke in Wolof. "The trucks come on time," she said.',
            "Ndèye Awa Diop",
            "Ndèye Awa Diop",
        ),
        (
            'The regional director, Mr. Pape Ibrahima Ndiaye, was more careful. "We need cold stores here," he said.',
            "Pape Ibrahima Ndiaye",
            "Pape Ibrahima Ndiaye",
        ),
    ],
)
def test_an_unlisted_first_given_name_is_part_of_the_name(text, expected, speaker):
    assert people(text) == {expected}
    assert [who for _, who in said(text)] == [speaker]


QUINOA = (
    "Quinoa news\n\n"
    "The association's president, Rosa Mamani Condori, signed the contract at the salt flat on Monday.\n\n"
    "Roy Martin, the buyer, said the firm would pay in advance. {short} told him the frost came early this year.\n\n"
    'PHOTO: Rosa Mamani Condori and Roy Martin at the salt flat. "We signed with our hands, not with a computer," '
    "Mamani said. (Altiplano Press)\n\n"
    "The first sacks leave in May."
)


# Must not: where the prose names another person by the caption's surname, the caption's quote is that person's.
def test_a_captions_surname_of_another_person_stays_that_persons():
    text = QUINOA.replace("{short}", "Her cousin, Luis Mamani,").replace("Rosa Mamani Condori", "Rosa Condori")
    assert with_captions(text) == [("We signed with our hands, not with a computer,", "Luis Mamani")]


# The fix: the caption's surname is the person the prose prints as "Rosa Mamani", a shorter form of her full name.
def test_a_captions_surname_is_the_full_name_the_prose_prints_it_for():
    text = QUINOA.replace("{short}", "Rosa Mamani")
    assert with_captions(text) == [("We signed with our hands, not with a computer,", "Rosa Mamani Condori")]


# Must not: a given name and a surname with no organisation's word after them stay a person.
def test_a_name_without_a_shipping_word_stays_a_person():
    text = "Rosa Verde, a sailor, said the ferry was late."
    assert people(text) == {"Rosa Verde"} and organisations(text) == set()


# The fix: a shipping line's word in the language of its country ends an organisation's name, whatever opens it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The islands' ferries went to a Mindelo company. Rosa Verde Navegação promises new ships.", "Rosa Verde Navegação"),
        ("Costa Clara Navegación hired forty sailors.", "Costa Clara Navegación"),
        ("Maria Stella Navigazione hired forty sailors.", "Maria Stella Navigazione"),
    ],
)
def test_a_shipping_lines_word_ends_an_organisations_name(text, expected):
    assert people(text) == set()
    assert organisations(text) == {expected}


# Must not: a form of address that opens with a word the lists already know ("Dear", a sentence's opener) or joins
# two plural nouns ("Ladies and Gentlemen") was no person before the fix and stays none, its noun alone after it too.
@pytest.mark.parametrize(
    "text",
    [
        "Dear Colleagues, thank you for coming. Colleagues, we must act.",
        "Ladies and Gentlemen, welcome. Gentlemen, sit down.",
    ],
)
def test_a_known_form_of_address_stays_no_person(text):
    assert people(text) == set() and organisations(text) == set()


# The fix: "Honourable" (and "Honorable", "Esteemed") opens a form of address, never a name's word: the form is no
# person where its noun recurs alone ("Deputies, order."), and before a person's name it is a title, no part of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kofi Boateng said: Mr Speaker, Honourable Deputies, the road is late. The Speaker said: Order. Deputies, order.",
            {"Kofi Boateng"},
        ),
        ("Honourable Members, the budget is late. Members, order.", set()),
        ("Honourable Ama Mensah said the road would open in May.", {"Ama Mensah"}),
    ],
)
def test_honourable_opens_a_form_of_address_or_a_title(text, expected):
    assert people(text) == expected


# Must not: "Prince" or "Sultan" before one word is a given name; in a street's or a body's name a word of it.
@pytest.mark.parametrize(
    ("text", "expected_people", "expected_organisations"),
    [
        ("Prince Osei, a trader, said prices rose.", {"Prince Osei"}, set()),
        ("The shop on Prince Albert Street closed.", set(), set()),
        ("Sultan Qaboos University opened a lab.", set(), {"Sultan Qaboos University"}),
    ],
)
def test_a_royal_word_as_a_given_name_or_in_a_name(text, expected_people, expected_organisations):
    assert people(text) == expected_people
    assert organisations(text) == expected_organisations


# The fix: "Prince" or "Sultan" before a person's full name is a title, no part of the name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Commissioner for Trade, Prince Kolade Adeyemi, said the road would be ready.", "Kolade Adeyemi"),
        ("Sultan Ahmed Al Busaidi, the minister, opened the port.", "Ahmed Al Busaidi"),
    ],
)
def test_a_royal_title_before_a_full_name_is_no_part_of_it(text, expected):
    assert people(text) == {expected}
