"""Error kinds the q20 quotes round showed, on short original sentences: a title's organisation is not the
outlet or listener the holder "told" ("managing director Name told the Harbour Gazette"), so '"…," the
managing director of X said' after a rival managing director's quote is X's holder's."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.entities import find_entities
from tests.test_quotes import quotes_of
from tests.test_quotes_q6_kinds import quotes_with_headings


def said(text: str) -> list[tuple[str, str | None]]:
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


def roles(text: str) -> list[tuple[str, str, str | None]]:
    found = find_entities(text, layout(text).paragraphs, {})
    return [(r.person, r.title, r.organisation) for r in found.roles]


def test_a_title_is_not_at_the_outlet_its_holder_told():
    text = (
        "Varnholt Markets will open four stores in Tromsø. Managing director Eirik Solstad told the Harbour Gazette"
        " the stores would open in May."
    )
    assert ("Eirik Solstad", "managing director", "Harbour Gazette") not in roles(text)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # must not: what the title is of, printed beside it, stays its organisation
        ("Managing director Eirik Solstad of Varnholt Markets told reporters the stores would open in May.", "Varnholt Markets"),
        (
            "Eirik Solstad, managing director of Varnholt Markets, told the Harbour Gazette the stores would open.",
            "Varnholt Markets",
        ),
        ("Varnholt Markets managing director Eirik Solstad said the stores would open in May.", "Varnholt Markets"),
    ],
)
def test_a_title_keeps_the_organisation_printed_beside_it(text, organisation):
    assert ("Eirik Solstad", "managing director", organisation) in roles(text)


def test_the_managing_director_of_a_company_after_a_rivals_quote_is_its_holder():
    text = (
        "Varnholt Markets will sell Chilean salmon in all 20 stores, managing director Eirik Solstad told the"
        " Harbour Gazette.\n\n"
        "Rivals were unimpressed. Kari Brekke, managing director of Nordkyst Handel, said the plan was a gimmick.\n\n"
        '"Our customers buy Norwegian fish and they are happy with it," Brekke said.\n\n'
        '"People said the same about Spanish ham ten years ago," the managing director of Varnholt Markets said.'
    )
    assert said(text)[-1] == ("People said the same about Spanish ham ten years ago,", "Eirik Solstad")


BUYERS = (
    "Lars Dahl, head of purchasing at Varnholt Markets, said the chain would buy 50 tonnes of salmon.\n\n"
    "Kari Brekke, head of purchasing at Nordkyst Handel, thought shoppers in the north would stick to trout. "
    '"Salmon from the Pacific is a hard sell up here," Brekke said.\n\n'
)


def test_a_pronoun_after_a_title_at_a_named_company_opening_its_sentence_is_its_holder():
    text = BUYERS + 'The head of purchasing at Varnholt Markets disagreed. "We sold salmon from Chile last year," he said.'
    assert said(text)[-1] == ("We sold salmon from Chile last year,", "Lars Dahl")


def test_a_pronoun_after_a_title_opening_a_sentence_is_a_person_named_after_it():
    """must not: a person named after the title's sentence is the pronoun's."""
    text = BUYERS + 'The head of purchasing at Varnholt Markets disagreed. Brekke did not move. "We will see in May," she said.'
    assert said(text)[-1] == ("We will see in May,", "Kari Brekke")


@pytest.mark.parametrize(
    "sentence",
    [
        # must not: a company none of the holders is at, or no company, names the first holder
        'The head of purchasing at Sjøbris Fisk disagreed. "We will see in May," he said.',
        'The head of purchasing disagreed. "We will see in May," he said.',
        'The head of purchasing at the rival chain disagreed. "We will see in May," he said.',
    ],
)
def test_a_title_opening_a_sentence_chooses_no_holder_the_page_does_not_tie_it_to(sentence):
    """(q20 review M2, l36) Two holders of the title on the page and none tied to it here: the pronoun after it is
    the title's unnamed holder, no one's, not the last speaker's."""
    assert said(BUYERS + sentence)[-1] == ("We will see in May,", None)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # must not: the title beside the name of one holder is that holder
        (
            'Kari Brekke, the head of purchasing at Nordkyst Handel, was not convinced. "We will see in May," she said.',
            "Kari Brekke",
        ),
        ('Kari Brekke, the head of purchasing, was not convinced. "We will see in May," she said.', "Kari Brekke"),
        # must not: a person named after the title's sentence, before the pronoun
        ('The head of purchasing disagreed. Brekke did not move. "We will see in May," she said.', "Kari Brekke"),
        # must not: no title brought in: the last speaker
        ('Shoppers disagreed. "We will see in May," she said.', "Kari Brekke"),
        # must not: the title tied to one holder by its company
        ('The head of purchasing at Nordkyst Handel disagreed. "We will see in May," she said.', "Kari Brekke"),
    ],
)
def test_a_pronoun_after_a_title_given_a_holder_or_no_title_is_that_holder(sentence, speaker):
    assert said(BUYERS + sentence)[-1] == ("We will see in May,", speaker)


def test_a_pronoun_after_a_title_of_one_holder_on_the_page_is_that_holder():
    """must not: with one holder of the title on the page, the title opening a sentence is theirs."""
    text = (
        "Lars Dahl, head of purchasing at Varnholt Markets, said the chain would buy 50 tonnes of salmon.\n\n"
        'Kari Brekke, a buyer at Nordkyst Handel, was sceptical. "Salmon is a hard sell up here," Brekke said.\n\n'
        'The head of purchasing disagreed. "We will see in May," he said.'
    )
    assert said(text)[-1] == ("We will see in May,", "Lars Dahl")


@pytest.mark.parametrize(
    "sentence",
    [
        'The head of purchasing at Sjøbris Fisk disagreed. "We will see in May," he said.',
        'The head of purchasing disagreed. "We will see in May," he said.',
        'The head of purchasing at the rival chain disagreed. "We will see in May," he said.',
    ],
)
def test_a_title_opening_a_sentence_ties_its_pronoun_to_neither_company_named_first(sentence):
    """must not: Varnholt's buyer, named first, is not chosen either."""
    assert said(BUYERS + sentence)[-1][1] != "Lars Dahl"


HARBOUR = "THE HARBOUR TIMES\nBusiness | Ports\n\n"
BODY = (
    "Tromsø Fisk will ship 300 tonnes of herring to Porto this winter, the company said on Monday.\n\n"
    "„Our herring used to reach Porto in other people's barrels. Now it sails under its own flag“ – said Eirik Solstad,"
    " chief executive of Tromsø Fisk.\n\n"
)


def test_a_headline_set_aside_gives_its_reworded_quote_the_body_speakers():
    text = HARBOUR + "Herring heads south: „Our herring sails under its own flag“\n\n" + BODY
    got = quotes_with_headings(text)
    assert ("Our herring sails under its own flag", "direct", "Eirik Solstad") in got


@pytest.mark.parametrize(
    "headline",
    [
        # must not: a headline's label names its own speaker, whom a body's quote may answer
        "Rival: „Our herring sails under its own flag“",
        # must not: words the body's quotes do not reword are a slogan or a title, no one's
        "Herring heads south: „Fresh Fish for a Warmer Sea“",
    ],
)
def test_a_headline_set_aside_keeps_no_quote_the_body_does_not_give_its_speaker(headline):
    text = HARBOUR + headline + "\n\n" + BODY
    assert not any(words in headline and speaker for words, _, speaker in quotes_with_headings(text))


def test_a_headline_set_aside_gives_no_one_words_two_people_reword():
    text = (
        HARBOUR
        + "Herring heads south: „Our herring sails under its own flag“\n\n"
        + BODY
        + "„Our herring has sailed under its own flag in Porto for years“ – said Rui Matos, the importer's director.\n\n"
    )
    assert not any(words.startswith("Our herring sails") and speaker for words, _, speaker in quotes_with_headings(text))


SIGNING = "Eirik Solstad, chief executive of Tromsø Fisk, signed the contract with Rui Matos in Porto on Monday.\n\n"


@pytest.mark.parametrize("closing", ["– Solstad.", "— Solstad", "– Eirik Solstad. Photo: Tromsø Fisk"])
def test_a_quote_signed_after_a_dash_with_a_name_alone_is_that_persons(closing):
    text = SIGNING + "Solstad and Matos at the quay. „The barrels finally carry our name“ " + closing
    assert said(text)[-1] == ("The barrels finally carry our name", "Eirik Solstad")


@pytest.mark.parametrize(
    "closing",
    [
        # must not: a place, two people, or a name with more words after it signs nothing
        "– Porto.",
        "– Solstad and Matos.",
        "– Solstad's rival in Porto.",
    ],
)
def test_a_quote_after_a_dash_names_no_one_but_a_person_alone(closing):
    text = SIGNING + "Solstad and Matos at the quay. „The barrels finally carry our name“ " + closing
    assert said(text)[-1] == ("The barrels finally carry our name", None)


def test_a_headline_after_a_masthead_naming_its_own_subject_before_the_quote_gives_it_no_speaker():
    """must not: a deck whose subject runs into the quote ("Store group blames "…"") is that subject's summary."""
    text = (
        HARBOUR
        + 'Store group blames "too many big shops" for its losses\n\n'
        + ('Chief executive Eirik Solstad said the group had "too many big shops in towns where nobody shops".\n\n')
    )
    assert [speaker for words, _, speaker in quotes_with_headings(text) if words == "too many big shops"] in ([], [None])


def test_a_ministers_title_with_a_list_of_portfolios_ending_in_two_words_is_his():
    text = "The Minister of Agriculture, Fisheries and Rural Development, Pedro Gil, opened the port on Monday."
    assert [(person, title) for person, title, _ in roles(text)] == [("Pedro Gil", "minister")]


@pytest.mark.parametrize(
    ("text", "ministers"),
    [
        # must not: the person before the title is no minister (the one in apposition after the list is)
        ("Ana Ruiz met the Minister of Agriculture, Fisheries and Rural Development, Pedro Gil, in May.", ["Pedro Gil"]),
        # must not: a name after the list with no apposition is no minister
        ("The Minister of Agriculture, Fisheries and Rural Development said Pedro Gil would lead the board.", []),
    ],
)
def test_a_list_of_portfolios_makes_no_one_else_a_minister(text, ministers):
    assert [p for p, t, _ in roles(text) if t == "minister"] == ministers


DEAL = (
    "Kestrel Foods will buy Tarlow Mills for $40 million. Anna Berg, chief executive of Kestrel Foods, said the deal "
    "made sense. Olaf Lund, chief executive of Tarlow Mills, welcomed it.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # must not (review l36 HIGH 3): a holder of the title who has just spoken, or was just named, in the title's
        # own paragraph is the one the title goes on about, the pronoun theirs
        (
            '"We are pleased," Berg said. The chief executive added that jobs were safe. "No one will lose work," she said.',
            "Anna Berg",
        ),
        ('"We are pleased," Lund said. The chief executive said the mill would stay open. "Tarlow stays," he said.', "Olaf Lund"),
        (
            'Berg spoke to staff on Monday. The chief executive told them jobs were safe. "No one will lose work," she said.',
            "Anna Berg",
        ),
    ],
)
def test_a_title_after_one_of_its_holders_in_its_paragraph_continues_that_holder(sentence, speaker):
    assert said(DEAL + sentence)[-1][1] == speaker
