"""Review fixes of the q20 quotes round, on short original sentences: "the <title> at/of X" is X's holder only
where X ends the noun phrase (not "X rival Y", "X's partner", "a rival of X"); an organisation after "told" is
the holder's listener, not his employer, unless its staff or meeting follows ("told Orvale Bank employees")."""

from __future__ import annotations

import pytest

from tests.test_quotes_q6_kinds import quotes_with_headings
from tests.test_quotes_q20_kinds import roles, said

CHIEFS = (
    "Tom Reid, chief executive of Kestrel Marine, said orders rose. "
    "Ann Lee, chief executive of Orvale Shipping, said hers fell.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # must not: the company after "of" only qualifies another one (a partner, a rival, its possessive)
        "The chief executive of Kestrel Marine partner Orvale Shipping was less upbeat.",
        "The chief executive of a rival of Kestrel Marine was less upbeat.",
        "The chief executive of Kestrel Marine's partner Orvale Shipping was less upbeat.",
        "The chief executive of Kestrel Marine rival firm Orvale Shipping was less upbeat.",
    ],
)
def test_a_title_of_a_company_that_qualifies_another_is_not_its_holder(sentence):
    words, speaker = said(CHIEFS + sentence + ' "Freight rates are falling," she said.')[-1]
    assert words == "Freight rates are falling," and speaker != "Tom Reid"


def test_a_title_of_a_company_ending_its_noun_phrase_is_still_its_holder():
    text = CHIEFS + 'The chief executive of Kestrel Marine was upbeat. "Freight rates are rising," he said.'
    assert said(text)[-1] == ("Freight rates are rising,", "Tom Reid")


GROCERS = (
    "Per Moen, head of purchasing at Lindal Foods, said the chain would stock 40 tonnes of trout.\n\n"
    "Siri Aune, head of purchasing at Hovden Handel, said trout would not sell in the north.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # must not: "X rival Y", "X supplier Y" name Y's buyer, not X's
        'The head of purchasing at Lindal Foods rival Hovden Handel disagreed. "Wait until spring," she said.',
        'The head of purchasing at Lindal supplier Brattli Fisk disagreed. "Wait until spring," he said.',
    ],
)
def test_a_title_at_a_company_named_for_another_is_not_the_first_companys_holder(sentence):
    words, speaker = said(GROCERS + sentence)[-1]
    assert words == "Wait until spring," and speaker != "Per Moen"


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # must not: the company's own staff, shareholders or meeting a holder told are his company's
        ("Tom Reid, the managing director, told Orvale Bank employees on Monday that 200 jobs would go.", "Orvale Bank"),
        ("Tom Reid, the chief executive, told Kestrel Marine's annual meeting that the dividend was safe.", "Kestrel Marine"),
        ("Ann Lee, the chairwoman, told Brennock Foods shareholders in Leeds that the plant would stay open.", "Brennock Foods"),
    ],
)
def test_a_title_keeps_the_company_whose_staff_or_meeting_its_holder_told(text, organisation):
    assert [(person, org) for person, _, org in roles(text)] == [(text.split(",")[0], organisation)]


def test_a_later_title_of_the_company_whose_meeting_its_holder_told_is_his():
    text = (
        "Tom Reid, the chief executive, told Kestrel Marine's annual meeting that the dividend was safe. "
        'Ann Lee, chief executive of rival Orvale Shipping, said freight rates would fall. "Prices are too high," Lee'
        ' said.\n\n"We have never had a better order book," the chief executive of Kestrel Marine said.'
    )
    assert said(text)[-1] == ("We have never had a better order book,", "Tom Reid")


@pytest.mark.parametrize(
    "text",
    [
        # must not: the article's only organisation, the outlet a holder told, is not where he holds his title
        "Managing director Tom Reid told the Financial Gazette that profits would rise.",
        "Tom Reid, the managing director, told the Financial Gazette that the company would hire 50 people.",
        "Chief executive Ann Lee told Radio Brennock on Friday that the firm would cut prices.",
    ],
)
def test_the_outlet_a_holder_told_is_not_the_articles_organisation_for_his_title(text):
    assert [org for _, _, org in roles(text)] == [None]


def test_an_organisation_the_article_names_elsewhere_stays_its_own_though_the_holder_told_an_outlet():
    text = (
        "Brennock Foods will close two plants. Chief executive Ann Lee told the Financial Gazette that the firm"
        " would cut 300 jobs."
    )
    assert [org for _, _, org in roles(text)] == ["Brennock Foods"]


GAZETTE = "THE BRENNOCK GAZETTE\nBusiness | Mills\n\n"
MILL = (
    '"Every loom at Brennock keeps running for now, but the order book is thin," chief executive Ann Lee said on'
    " Tuesday.\n\nThe mill employs 400 people.\n\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        # must not: a headline naming its speaker after the quote is that speaker's, not the body's rewording one
        '"Every loom at the mill must keep running", says union',
        '"Every loom at the mill must keep running" – union leader',
        '"Every loom at the mill must keep running," warn weavers',
    ],
)
def test_a_headline_naming_its_speaker_after_the_quote_is_not_the_bodys_speakers(headline):
    text = GAZETTE + headline + "\n\n" + MILL
    assert not any(words.startswith("Every loom at the mill") and speaker for words, _, speaker in quotes_with_headings(text))


def test_a_headline_whose_quote_ends_its_line_is_still_the_body_speakers_reworded_words():
    text = GAZETTE + '"Every loom at the mill must keep running"\n\n' + MILL
    assert ("Every loom at the mill must keep running", "direct", "Ann Lee") in quotes_with_headings(text)
