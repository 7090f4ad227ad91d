"""Error kinds the m12 mixed round showed in quotes, on short original sentences: a quote closed by a comma
and a spaced hyphen standing for a dash before a verb-first attribution, as pages translated from Georgian,
Russian or Ukrainian print it ('„…“, - said X.'); a given name written short with a stop ("Md.") in the
speaker's name after the verb."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes_of


def said(text: str) -> list[tuple[str, str | None]]:
    got, _ = quotes_of(text)
    return [(words, speaker) for kind, words, speaker in got if kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„The orchard will give two harvests a year from now on“, - said Nino Abashidze.\n", "Nino Abashidze"),
        ('"The orchard will give two harvests a year from now on," - stressed Nino Abashidze.\n', "Nino Abashidze"),
        (
            "„The orchard will give two harvests a year from now on“, - said Md. Anwar Hossain Talukder.\n",
            "Md. Anwar Hossain Talukder",
        ),
        (
            '"The orchard will give two harvests a year from now on," — said Md. Anwar Hossain Talukder.\n',
            "Md. Anwar Hossain Talukder",
        ),
    ],
)
def test_a_spaced_hyphen_after_a_quote_stands_for_the_dash_before_a_verb_first_attribution(text, speaker):
    assert said(text)[0][1] == speaker


def test_a_spaced_hyphen_before_a_passive_names_no_speaker():
    """must not: "- said to be ..." describes the words in marks, no one says them."""
    text = '"Operation Harvest", - said to be the largest plan of the ministry, starts in May.\n'
    assert all(speaker is None for _, speaker in said(text))
