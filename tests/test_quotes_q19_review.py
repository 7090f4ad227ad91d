"""Fixes after the q19 review, on short original sentences: a person the sentence after a title-only quote
brings in is the title's holder only where the page says they go on speaking ("added") and holds the title
now (not a rival who "said", not a former or shadow holder)."""

from __future__ import annotations

import pytest

from loaders.extract.quotes import quoted_spans
from loaders.spans import Span
from tests.test_quotes import quotes_of
from tests.test_quotes_q12_kinds import _printed, _two_printings


def said(text: str) -> list[tuple[str, str | None]]:
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        # the story's other side, brought in with a clause about them and "said" / "told"
        '"These tariffs will protect thousands of jobs," the minister said. Karl Brenner, who leads the opposition'
        " Liberal party, said the measure would raise prices.",
        '"Our exports grew 12 per cent last year," the chairman said. Peter Lund, who heads a rival exporter, told'
        " reporters the figure was inflated.",
        '"Sales will recover in the second half," the chief executive said on Thursday.\n\nJana Novak, who follows'
        " the company at Erste Bank, said she expected a weaker third quarter.",
        # a former holder, even where "added" follows
        '"Freight rates will fall," the chief executive said. Omar Haddad, who was chief executive until 2021, added'
        " that the ships were too old.",
        '"The quota is fair," the governor said. Ines Moreau, who is a former governor, added that it came too late.',
    ],
)
def test_a_title_after_a_quote_is_not_a_rival_or_a_former_holder_brought_in_next(text):
    assert said(text)[0][1] is None


def test_a_title_after_a_quote_is_the_holder_who_goes_on_speaking_next():
    text = (
        '"The quota is fair," the governor said. Ines Moreau, who has run the province since 2022, added that it'
        " came too late for the trawlers."
    )
    assert said(text)[0] == ("The quota is fair,", "Ines Moreau")


@pytest.mark.parametrize(
    "text",
    [
        # a former or a shadow holder in the apposition
        '"The reform will create jobs," the deputy minister said. Ana Ruiz, a former deputy minister now in'
        " opposition, said it would destroy them.",
        '"The reform will create jobs," the minister said. Ana Ruiz, the opposition\'s shadow minister, called it a fantasy.',
        '"The harbour will be dredged by June," the mayor said. Luc Perrin, an ex-mayor of the town, doubted it.',
    ],
)
def test_a_title_after_a_quote_is_not_a_former_or_shadow_holder_in_the_next_sentences_apposition(text):
    assert said(text)[0][1] is None


def test_a_title_after_a_quote_is_the_holder_in_the_next_sentences_apposition():
    text = '"The harbour will be dredged by June," the mayor said. Luc Perrin, mayor of the town, promised a ferry.'
    assert said(text)[0] == ("The harbour will be dredged by June,", "Luc Perrin")


@pytest.mark.parametrize(
    "holder, title",
    [
        # words before a title that name no portfolio: the article's one minister is still the speaker
        ("Finance Minister Jan Berg presented the budget on Monday.", "the embattled minister"),
        ("Finance Minister Jan Berg visited the port on Monday.", "the visiting minister"),
        ("Jan Berg, the minister of finance, presented the budget on Monday.", "the outgoing minister"),
        ("The agreement was signed by Minister Jan Berg on Monday.", "the trade minister"),
        # a portfolio of two fields, one of them asked
        ("Trade and Industry Minister Jan Berg opened the plant on Monday.", "the trade minister"),
    ],
)
def test_only_a_portfolios_field_before_a_title_names_another_portfolio(holder, title):
    text = f'{holder}\n\n"This budget protects pensions," {title} said.'
    assert said(text) == [("This budget protects pensions,", "Jan Berg")]


def test_a_portfolios_field_before_a_title_still_names_another_portfolio():
    """must not: the article's one minister printed with another field."""
    text = 'Health Minister Jan Berg opened the clinic on Monday.\n\n"This budget protects pensions," the finance minister said.'
    assert said(text) == [("This budget protects pensions,", None)]


def _one_utterance(first: str, second: str) -> bool:
    one = _printed("article-1", first, "ana", None, frozenset())
    other = _printed("article-2", second, "ana", None, frozenset())
    return _two_printings(one, other)


@pytest.mark.parametrize(
    "first, second",
    [
        # two lands, or two companies, whose names begin alike: no land and its adjective
        ("Our sales to Iraqi refiners will double this year.", "Our sales to Iran will double this year."),
        ("Our deal with Bayer closes in May.", "Our deal with Bayern closes in May."),
        ("We bought the tyres from Nokian last year.", "We bought the phones from Nokia last year."),
    ],
)
def test_names_alike_are_not_a_land_and_its_adjective_in_grouping(first, second):
    assert not _one_utterance(first, second)


def test_a_land_and_its_adjective_are_still_one_name_in_grouping():
    assert _one_utterance(
        "The new line brings Bolivian copper to the coast", "The new line brings copper from Bolivia to the coast"
    )


@pytest.mark.parametrize(
    "first, second",
    [
        # the shorter's words spread over the longer one: another remark, here the opposite
        ("The board backs the merger.", "The board that I chair backs every plan except the merger"),
        ("Copper demand keeps growing.", "Copper prices are falling even as demand for batteries keeps growing"),
        (
            "Margins improved this quarter.",
            "Margins were squeezed in the first months but improved sharply later, this quarter was a turnaround",
        ),
    ],
)
def test_a_short_sentence_whose_words_spread_over_a_longer_one_is_another_utterance(first, second):
    assert not _one_utterance(first, second)


def test_a_short_sentence_standing_close_together_in_a_longer_one_is_one_utterance():
    assert _one_utterance("The oak barrel gives the colour.", "Oak barrel gives the colour, steel gives nothing")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "he" after "Kim said" is the other person just named, not Kim
        (
            "Union leader Sara Kim met the owner, Tom Ash, on Monday. Kim said he had promised no job cuts this"
            ' year.\n\n"We will hold him to that," she said.',
            "Sara Kim",
        ),
        (
            "Pension fund manager Anna Holt met the chairman, Paul Reed, after the vote. Holt said he had ignored"
            ' the board for too long.\n\n"We want a vote on every bonus," she said.',
            "Anna Holt",
        ),
    ],
)
def test_a_pronoun_after_name_said_is_no_gender_of_the_name_where_another_person_is_named_near(text, speaker):
    assert said(text)[-1][1] == speaker


def _quoted(text: str) -> list[str]:
    return [span.of(text) for span in quoted_spans(text, [Span(0, len(text))])]


@pytest.mark.parametrize(
    "text, words",
    [
        # a guillemet inside a quote that no guillemet closes before the quote's own closer: a stray mark
        (
            "“We called it »the plan, and it worked,” she said. Later “prices fell,” he said.",
            ["We called it »the plan, and it worked,", "prices fell,"],
        ),
        (
            "„Zaczęliśmy od »małych kroków” – mówi Anna Nowak. „Teraz rośniemy” – dodaje.",
            ["Zaczęliśmy od »małych kroków", "Teraz rośniemy"],
        ),
        # still: one closed inside the quote
        ("“The sign said »Back at noon« all week,” he said.", ["The sign said »Back at noon« all week,"]),
    ],
)
def test_a_guillemet_never_closed_inside_a_quote_does_not_swallow_the_paragraph(text, words):
    assert _quoted(text) == words


@pytest.mark.parametrize(
    "text, words",
    [
        # a menu's arrows before a word, no guillemet closing them: no quote
        ("Markets » Business »Read more: Kestrel shares rose. “We are pleased,” she said.", ["We are pleased,"]),
        ("Home »Energy »Wind: “The turbines arrive in May,” he said.", ["The turbines arrive in May,"]),
        # still: a quote in reversed guillemets (German) or in Swedish ones
        ("Er sagte: »Wir öffnen im Mai«. Dann ging er.", ["Wir öffnen im Mai"]),
        ("Hon sa: »Vi öppnar i maj». Sedan gick hon.", ["Vi öppnar i maj"]),
    ],
)
def test_a_guillemet_before_a_word_opens_a_quote_only_where_one_closes_it(text, words):
    assert _quoted(text) == words
