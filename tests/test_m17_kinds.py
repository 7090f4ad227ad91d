"""The m17 round's kinds that recur on other pages: courtesy titles of other languages before a name (Kurdish
"Kak" and "Mamosta", Haitian Creole "Madan" and "Mesye", Malay "Ustaz") no part of the name, and a later "title
Surname" the person the page names in full. Short sentences of our own."""

from __future__ import annotations

import pytest

from loaders.extract.entities.runs import given_names_not_titles
from tests.helpers import claim_values, said
from tests.test_entity_rules import organisations, people


# Must not change: a given name or a surname equal to a title word of another language stays the name's, and a
# company named with one stays a company.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The owner, Madan Lal Verma, said the rains came late. Madan Lal said prices would rise.", "Madan Lal Verma"),
        ("The poet Madan Gopal Rao read at the festival in Pune on Sunday.", "Madan Gopal Rao"),
        ("The historian Subhash Kak spoke at the museum on Monday.", "Subhash Kak"),
    ],
)
def test_a_name_equal_to_a_title_word_stays_the_name(text, person):
    assert person in people(text)


def test_a_company_named_with_a_title_word_stays_a_company():
    text = "Madan Holdings said on Tuesday its profit rose by a tenth."
    assert "Madan Holdings" in organisations(text)
    assert not any(name.startswith("Holdings") for name in people(text))


# The fix: a courtesy title of another language before a name is no part of it, and the page's later "title
# Surname" is the same person.
@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("The co-op's head, Kak Hemin Aziz Karim, said the season was good.", "Hemin Aziz Karim", "Kak Hemin Aziz Karim"),
        ("The school's head, Mamosta Shilan Rauf, opened the new library.", "Shilan Rauf", "Mamosta Shilan Rauf"),
        ("The buyer, Mesye Yves Laborde, visited the mill on Friday.", "Yves Laborde", "Mesye Yves Laborde"),
        ("The imam, Ustaz Hafiz Rahman, led the prayers on Friday.", "Hafiz Rahman", "Ustaz Hafiz Rahman"),
        (
            "The mill's manager, Madan Josette Pierre-Louis, spoke on Monday. Madan Pierre-Louis said sales doubled.",
            "Josette Pierre-Louis",
            "Madan Josette Pierre-Louis",
        ),
    ],
)
def test_a_courtesy_title_of_another_language_is_no_part_of_the_name(text, person, absent):
    found = people(text)
    assert person in found
    assert absent not in found


def test_a_later_title_and_surname_is_the_person_named_in_full():
    text = 'The buyer, Mesye Yves Laborde, visited the mill. "We want oil we can trace," said Mesye Laborde.'
    assert said(text) == [("We want oil we can trace,", "Yves Laborde")]
    assert not any(name.startswith("Mesye") for name in people(text))


# Must not change: a courtesy title and a word the article uses as a company's name stay the company's.
def test_a_title_and_a_word_used_as_a_company_stay_the_company():
    assert "Pak Suzuki" in organisations("Shares of Pak Suzuki rose 4% on Monday, the exchange said.")


# The fix: "according to" (a cue people take too) before a title and a given name makes no company of them; the
# given name is the person the page names in full.
@pytest.mark.parametrize("title", ["Kak", "Ato"])
def test_according_to_a_title_and_a_given_name_is_the_person(title):
    text = f"The head of the co-op, {title} Hemin Aziz, spoke on Monday. The plant opens in May, according to {title} Hemin."
    found = people(text)
    assert "Hemin Aziz" in found
    assert f"{title} Hemin" not in found


def test_a_title_that_is_a_given_name_is_a_title_only_before_a_surname_named_in_full():
    # (m18 added other such words, "Mana" and "Sri", q24 "Don", and the m21 review "Nei", "Pa" and "Tem": given names
    # on these pages, which print none)
    others = {"Don", "Mana", "Nei", "Pa", "Sri", "Tem"}
    assert given_names_not_titles("Madan Josette Pierre-Louis spoke. Madan Pierre-Louis added more.") == frozenset(others)
    assert given_names_not_titles("Madan Lal Verma spoke. Madan Lal added more.") == frozenset(others | {"Madan"})
    assert given_names_not_titles("Madan Holdings reported a profit.") == frozenset(others | {"Madan"})


# Must not change: a numbered list of quotes, a report's words introduced by a speech verb or partially quoted
# with a speaker, a quote whose sentence ends inside its marks, are quotes.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('1. "We will double the output," said Ana Ruiz, the head of the mill.\n', "We will double the output,"),
        ('The report said: "Growth will slow this year."', "Growth will slow this year."),
        ('Her report "found the mill in breach of its licence", the regulator, Ana Ruiz, said.', "found the mill"),
        ('Your article quoted the mayor, Ana Ruiz: "We will build the road."', "We will build the road."),
    ],
)
def test_a_quote_near_a_citation_word_stays_a_quote(text, quote):
    assert any(words.startswith(quote) for words, _ in said(text))


# (review of the fix passes, M1) Must not change: a numbered or bulleted quote with its comma outside the marks and a
# speech verb after it is its speaker's, no reference list's title.
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'The mayor made two promises.\n\n• "The mill will reopen by June", Ana Ruiz said.\n• "No farm will lose its'
            ' water", she added.\n',
            "The mill will reopen by June",
            "Ana Ruiz",
        ),
        ('What they said:\n\n1. "The Harbour Stays Open", said Ana Ruiz, the mayor.\n', "The Harbour Stays Open", "Ana Ruiz"),
        (
            'Ana Ruiz, the mayor, spoke after the flood.\n\n2. "We will dry every field", she told farmers.\n',
            "We will dry every field",
            "Ana Ruiz",
        ),
    ],
)
def test_a_bulleted_quote_with_a_speech_verb_after_is_its_speakers(text, quote, speaker):
    assert (quote, speaker) in said(text)


# (review of the fix passes, LOW M2) Must not change: capitalised words quoted after a verb of speech or judgement and
# a piece's word are said of the piece, a quote; a headline after "headlined" further on stays no quote.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Tessa Mills called the report "Unfair and badly sourced" in a statement.', "Unfair and badly sourced"),
        ('Ana Ruiz said the article "Got every figure wrong" and asked for a correction.', "Got every figure wrong"),
    ],
)
def test_words_said_of_a_piece_are_a_quote(text, quote):
    assert quote in [words for words, _ in said(text)]


def test_a_headline_named_further_after_a_speech_verb_is_no_quote():
    assert said('Ana Ruiz said the paper ran a story headlined "Mill to close" on Monday.') == []


# The fix: a title in double quotes in a reference list's citation (a numbered line, an author and a date before
# it, its publisher after) and a headline after "article", "report" or "headlined" are no quotes.
@pytest.mark.parametrize(
    "text",
    [
        'References\n\n1. Ruiz, Ana (12 March 2019). "Mills of the south". Daily Post. Retrieved 2 May 2026.\n',
        'References\n\n2. "Our growers". mill.example. Retrieved 2 May 2026.\n3. "Annual report 2025" (PDF). Tessa Mills. 2025.\n',
        'Notes\n\n[4] "After the storm, the stills run again", Island Review, 4 May 2017.\n',
        'Sir, your article "Water rates to double" of 12 May left out the farmers.',
        'Sir, – Your report of 26 May ("Mill wins its licence") was welcome news.',
        'The paper ran a story headlined "Mill to close" on Monday.',
    ],
)
def test_a_title_in_a_citation_or_after_article_is_no_quote(text):
    assert said(text) == []


# Must not change: a company after an infobox's person label stays a company; a name over a "Headquarters" line
# with no person's label before it is read as before; a founder named in running prose is a person.
def test_a_company_after_a_founders_label_stays_a_company():
    text = "Tessa Mills Ltd\nType: Private\nFounder: Orvale Holdings Ltd\nHeadquarters: Tessa\n\nTessa Mills Ltd makes flour."
    assert "Orvale Holdings" in organisations(text)


def test_a_founder_in_prose_is_a_person():
    assert "Ana Ruiz" in people("The mill was founded in 1986 by Ana Ruiz, a chemist from Tessa.")


# The fix: the value of an infobox's "Founder:" or "Key people:" line is a person, the next line's label no
# company word of the name.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tessa Mills Ltd\nType: Private\nFounder: Josette Marchand\nHeadquarters: Tessa\n", "Josette Marchand"),
        ("Tessa Mills Ltd\nKey people: Yves Laborde (chair)\nProducts: Flour\n", "Yves Laborde"),
        ("Tessa Mills Ltd\nKey people: Yves Laborde (chair), Josette Marchand (CEO)\nRevenue: $4 million\n", "Josette Marchand"),
    ],
)
def test_an_infobox_persons_label_makes_its_value_a_person(text, person):
    assert person in people(text)
    assert person not in organisations(text)


# Must not change: the Creole word as no sum's unit (a band's name, the word alone) is no money.
@pytest.mark.parametrize(
    "text",
    ["The Dutch band Goud sold 20,000 records last year.", "The goud fell against the dollar on Monday."],
)
def test_goud_with_no_sum_is_no_money(text):
    assert not any(unit == "HTG" for _, _, unit in claim_values(text))


# The fix: Haiti's gourde by its Creole name ("goud", the same word singular and plural) is money.
@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The new still cost 550 million goud, the cooperative said.", "550 million goud", 550e6),
        ("The mill will pay 40 goud for a pound of roots, instead of 30 goud today.", "40 goud", 40.0),
    ],
)
def test_the_gourde_by_its_creole_name_is_money(text, written, value):
    assert (written, value, "HTG") in claim_values(text)


# Must not (review l36 MEDIUM 3): a title in title case after "said the article" is the piece's headline, no words of
# the speaker's; words of a judgement keep their lower-case words ("Unfair and badly sourced", above).
def test_a_title_cased_headline_after_said_the_article_is_no_quote():
    assert said('Anna Berg said the article "Salmon Wars" had been widely read.') == []
