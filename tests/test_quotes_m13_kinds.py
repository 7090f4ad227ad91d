"""Error kinds the m13 mixed round showed in quotes, on short original sentences: quotes opened and closed by
the same curly mark (”…”, as Swedish and Finnish pages print them), read where the article prints that mark as
an opening one (before a capital after a space or at a paragraph's start), never in an article where ” closes
a “."""

from __future__ import annotations

from tests.test_quotes import quotes_of


def said(text: str) -> list[tuple[str, str | None]]:
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


def test_a_closing_mark_in_ordinary_english_closes_the_quote_opened_before_it():
    """must not: “…,” in English usage; the ” closes, the words after it are the writer's."""
    text = "“The mill will reopen in March,” said Lena Halvorsen. The union welcomed the news.\n"
    assert said(text) == [("The mill will reopen in March,", "Lena Halvorsen")]


def test_a_stray_closing_mark_before_a_capital_opens_nothing_in_an_english_article():
    """must not: an article that opens its quotes with “ keeps reading a lone ” as a closer, even one typed
    before a capital (a typo), so no quote swallows the writer's words after it."""
    text = "“Prices will rise,” said Tor Ekdahl.\n\nThe board met on ”Monday and approved the plan. Shares rose 3 percent.\n"
    assert said(text) == [("Prices will rise,", "Tor Ekdahl")]


def test_inches_and_seconds_marks_open_no_quote():
    """must not: ” after a figure (12” screens) stands for inches, not a quote."""
    text = "The store sells 12” tablets and 27” monitors, said Oskar Nyberg, its owner.\n"
    assert said(text) == []


def test_quotes_opened_and_closed_by_the_same_curly_mark_are_read_with_their_speaker():
    text = (
        "Timber prices fell in October.\n\n"
        "”The sawmills have cut their shifts and the export orders are late”, says Aino Virtanen, chief "
        "economist at Metsälinja.\n\n"
        "”We expect a better spring”, she says.\n"
    )
    assert said(text) == [
        ("The sawmills have cut their shifts and the export orders are late", "Aino Virtanen"),
        ("We expect a better spring", "Aino Virtanen"),
    ]


def test_a_same_mark_quote_inside_a_paragraph_is_read():
    text = "Aino Virtanen, chief economist at Metsälinja, was blunt. ”The sawmills have cut their shifts”, she said.\n"
    assert said(text) == [("The sawmills have cut their shifts", "Aino Virtanen")]


def test_quotes_in_guillemets_pointing_the_same_way_are_read_with_the_speaker_after():
    text = "Exports fell.\n\n»The ports are full and the buyers wait», says Aino Virtanen, chief economist.\n"
    assert said(text) == [("The ports are full and the buyers wait", "Aino Virtanen")]
