"""Fixes of the q18 round's review, on short original sentences of our own: a photo caption's credit read
from the caption's end in one pass (steps counted, not timed); a title after a land's possessive whose owner
run opens with a sentence's first word ("Later Kenya's trade minister") is the land's; "Bi" a Chinese family
name where the article prints it so; "the official" only a public officer named before, and no one where the
page says the speaker is unnamed."""

from __future__ import annotations

import re

import pytest

from loaders.extract import quotes as quotes_module
from loaders.extract.quotes import caption_credit_start
from loaders.group.quotes import _compare, comparable
from tests.test_quotes_q18_kinds import said, with_captions


class _CountingPattern:
    """A compiled pattern as the credit reader sees it: only anchored matches from a given position, each
    counting the characters it is handed (a pattern's steps are bounded by them)."""

    def __init__(self, pattern, counter):
        self.pattern, self.counter = pattern, counter

    def fullmatch(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.counter[0] += endpos - pos
        return self.pattern.fullmatch(text, pos, endpos)


def _credit_steps(monkeypatch, text: str) -> tuple[int, int]:
    counter = [0]
    for name in ("_CREDIT_IN_BRACKETS_RE", "_CREDIT_AFTER_SLASH_RE"):
        monkeypatch.setattr(quotes_module, name, _CountingPattern(getattr(quotes_module, name), counter))
    return caption_credit_start(text, 0, len(text)), counter[0]


@pytest.mark.parametrize("tail", ["(Delta Radio)x", "(Delta Radio)", "/ Delta Radio", "/ Delta Radio)x", "/" + " " * 50])
def test_a_captions_credit_is_read_in_steps_that_grow_with_the_caption_not_its_square(monkeypatch, tail):
    """A long run of blanks before a credit (or before words that only look like one) once cost a pattern
    searched from every blank, each try running to the run's end: the credit is now read by patterns matched
    only from one bracket or slash (a literal, one class repeated, at most one literal: steps bounded by the
    characters handed), and the characters handed to them stay within the caption's length at every size,
    at most doubling when it doubles."""
    for pattern in (quotes_module._CREDIT_IN_BRACKETS_RE, quotes_module._CREDIT_AFTER_SLASH_RE):
        assert re.fullmatch(r"(?:\\\(|/)\[[^\]]*\]\*(?:\\\))?", pattern.pattern), pattern.pattern
    steps = []
    for blanks in (4_000, 8_000, 16_000):
        text = '"We sail at dawn," she says.' + " " * blanks + tail
        _, counted = _credit_steps(monkeypatch, text)
        assert counted <= len(text)
        steps.append(counted)
    assert steps[2] <= 2 * steps[1] and steps[1] <= 2 * steps[0]


@pytest.mark.parametrize(
    "caption, body",
    [
        ('"We sail at dawn," she says. (Delta Radio: Ana Voss)', '"We sail at dawn," she says.'),
        ('"We sail at dawn," she says.   / Delta Radio  ', '"We sail at dawn," she says.'),
        ('"We sail at dawn," she says. / Delta Radio (file)', '"We sail at dawn," she says.'),
        ('"We sail at dawn," she says. (Photo/Delta Radio)', '"We sail at dawn," she says.'),
        # must not: words after the brackets, a quote mark or a line break in them, no credit at all
        ('"We sail at dawn," she says. (Delta Radio) today', '"We sail at dawn," she says. (Delta Radio) today'),
        ('She says (of the "dawn" boats)', 'She says (of the "dawn" boats)'),
        ('"We sail at dawn," she says.', '"We sail at dawn," she says.'),
    ],
)
def test_a_captions_credit_ends_its_words(caption, body):
    assert caption[: caption_credit_start(caption, 0, len(caption))] == body


def test_a_caption_with_a_long_run_of_blanks_still_gives_its_quote():
    text = (
        "Ferry returns to the delta\n\n"
        "The ferry to Sandvik sailed again on Monday.\n\n"
        'Photo: "We sail at dawn again," says Ana Voss.' + " " * 20_000 + "(Delta Radio)\n\n"
        "The ferry will sail twice a day until May."
    )
    assert with_captions(text) == [("We sail at dawn again,", "Ana Voss")]


@pytest.mark.parametrize("opening", ["Later", "On Tuesday", "In Mombasa", "Then"])
def test_a_titles_owner_after_a_sentences_first_words_is_the_land_that_holds_it(opening):
    """The run of capitalised words before a possessive takes a sentence's first words with it ("Later
    Kenya's"): the owner is the run's tail, the same land as the holder's."""
    text = (
        "Kenya's Minister of Fisheries, Joyce Mutua, opened the landing site.\n\n"
        f'{opening} Kenya\'s fisheries minister said the site "will take the night catch by May."'
    )
    assert said(text) == [("will take the night catch by May.", "Joyce Mutua")]


@pytest.mark.parametrize(
    "named, speaker",
    [
        # must not: another land's holder, whatever opens the sentence
        ("Uganda's Minister of Fisheries, Joyce Mutua,", None),
        ("North Korea's Minister of Fisheries, Joyce Mutua,", None),
        # ... and the holder printed after a sentence's first word is that land's all the same
        ("Later South Korea's Minister of Fisheries, Joyce Mutua,", "Joyce Mutua"),
    ],
)
def test_a_titles_owner_is_compared_by_the_runs_tail(named, speaker):
    text = (
        f'{named} opened the landing site.\n\nSouth Korea\'s fisheries minister said the site "will take the night catch by May."'
    )
    assert said(text) == [("will take the night catch by May.", speaker)]


@pytest.mark.parametrize(
    "named, speaker",
    [
        ("Mayor Ruth Kamau opened the new market hall on Friday.", "Ruth Kamau"),
        ("The Minister of Water, Ruth Kamau, opened the new market hall on Friday.", "Ruth Kamau"),
        # must not: someone given no title, a trade, or a company's title is no official
        ("Ruth Kamau, 61, opened the new market hall on Friday.", None),
        ("Stallholder Ruth Kamau, 61, welcomed the new market hall on Friday.", None),
        ("Ruth Kamau, chief executive of Kestrel Foods, welcomed the new market hall on Friday.", None),
    ],
)
def test_the_official_in_a_speakers_place_is_only_a_public_officer_named_before(named, speaker):
    text = f'{named} "Every stall will have running water by June," said the official.'
    assert said(text) == [("Every stall will have running water by June,", speaker)]


@pytest.mark.parametrize("described", ["the official", "the 61-year-old", "the woman"])
def test_a_description_whose_name_the_page_withholds_is_no_one_named_before(described):
    text = (
        "The Minister of Water, Ruth Kamau, 61, opened the new market hall on Friday. "
        f'"Every stall will have running water by June," said {described}, who asked not to be named.'
    )
    assert said(text) == [("Every stall will have running water by June,", None)]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Twenty-one trawlers left the harbour before dawn.", "21 trawlers left the harbour before dawn.", True),
        ("Twenty one trawlers left the harbour before dawn.", "21 trawlers left the harbour before dawn.", True),
        ("We hired ninety-one pickers for the season.", "We hired 91 pickers for the season.", True),
        # must not: other numbers stay other utterances, and number words joined otherwise are no range
        ("Twenty-one trawlers left the harbour before dawn.", "20 trawlers left the harbour before dawn.", False),
        ("Twenty-one trawlers left the harbour before dawn.", "22 trawlers left the harbour before dawn.", False),
    ],
)
def test_a_tens_word_joined_to_one_is_read_as_its_number(a, b, same):
    assert (_compare(a, b) is not None) == same


def test_number_words_joined_by_a_hyphen_as_a_name_stay_words():
    assert comparable("Nine-Eleven kiosks opened in the port.") == "nine eleven kiosks opened in the port"
    assert comparable("The kiosks opened forty-two days late.") == comparable("The kiosks opened 42 days late.")


def test_each_spelled_cardinal_has_its_own_value():
    values = {word: int(comparable(f"{word} kiosks").split("e")[0].replace("p", "")) for word in ("nine", "nineteen")}
    assert values == {"nine": 9, "nineteen": 19}
    assert comparable("ninety kiosks") == comparable("90 kiosks") and comparable("thirty kiosks") == comparable("30 kiosks")
