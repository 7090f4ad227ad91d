"""Exact cuts to the first pass's cost (s20): each pattern put behind a test of where its matches may begin finds
what it found bare, on short original sentences and on the seeds, sentence by sentence, in their own case and with
their letters' cases swapped; the line openings found without a pattern are the pattern's."""

from __future__ import annotations

import importlib
import re

import pytest

from tests.conftest import SEEDS

SENTENCES = [
    "Two and a half million cans were sold, and 3,400 tonnes of fish; a quarter of a billion dollars went in.",
    "Two-thirds of them women, the survey said; 41,000 tonnes, of which half came from Tessby.",
    "One in four adults bought seventeen kettles for 1.2bn rupees, up from 2,50,000 last year.",
    "Buyers in the Orvai were slow, the villages of the Tessarny were flooded and farmers in the Kelmor were paid.",
    "The Tessa province and Orvo County voted; farmer Jo Hale of Tessby spoke, as did fisherman Ana Ruiz of Orvale.",
    "It runs a plant at Gafanha da Nazaré and a mine near Tessa Vale.",
    "Offices in Biel/Bienne and Piran/Pirano opened, not in Dallas/Fort Worth.",
    "The Democratic Republic of the Congo and the Republic of Zambia signed; the village of Río Jorquera did not.",
    "Banco de la Nación and Grupo de los Andes bought shares; Kvelo district and Tessa Orvo province grew.",
    "Kampung Baru Tessa and Pulau Orvo sit below the Sierra de la Tessa; a Tessby bakery and an Orvale brewery opened.",
]


def _pieces() -> list[str]:
    texts = [*SENTENCES, *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))]
    pieces = [piece for text in texts for piece in re.split(r"(?<=[.!?])\s+|\n+", text) if piece]
    return pieces + [piece.swapcase() for piece in pieces]


# the tests the cuts put in front: a digit or a word's start, a word's start, a test of first characters
_GUARD_RE = re.compile(r"(?:\(\?=\\d\|\\b\\w\)|\\b\(\?=\\w\))?(?:\(\?=\[[^\]]+\]\))?\(\?:")


def _bare(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the test in front of it."""
    guard = _GUARD_RE.match(pattern.pattern)
    assert guard is not None and guard.end() > 3 and pattern.pattern.endswith(")"), pattern.pattern[:80]
    return re.compile(pattern.pattern[guard.end() : -1], pattern.flags)


def _found(pattern: re.Pattern[str], pieces: list[str]) -> list[list[tuple]]:
    return [[(m.span(), m.groups()) for m in pattern.finditer(piece)] for piece in pieces]


def _patterns() -> dict[str, re.Pattern[str]]:
    places = importlib.import_module("loaders.extract.entities.places")
    organisations = importlib.import_module("loaders.extract.entities.organisations")
    amounts = importlib.import_module("loaders.extract.claims.amounts")
    return {
        "numbers": amounts.NUMBER_RE,
        "people of a region": places._people_of_a_region_re(),
        "kinds of place": places._kind_words(),
        "a villager of a place": places._person_of_pattern(),
        "a site at a place": places._site_pattern(),
        "slashed names": places._SLASHED_NAME_RE,
        "official names of lands": places._official_land_name_re(),
        "naming locatives": places._naming_locative(),
        "divisions": places._context_patterns()[1],
        "words opening a place": places._opening_word_patterns()[0],
        "ranges": places._opening_word_patterns()[1],
        "a town qualifying a business": places._town_business_patterns()[1],
        "bodies in their own language": organisations._OPENING_RE,
    }


@pytest.mark.parametrize("name", list(_patterns()))
def test_each_guarded_pattern_finds_what_it_found_bare(name):
    pattern = _patterns()[name]
    pieces = _pieces()
    found = _found(pattern, pieces)
    assert found == _found(_bare(pattern), pieces)


def test_the_sentences_give_the_guarded_patterns_matches_to_compare():
    counts = {name: sum(map(len, _found(pattern, SENTENCES))) for name, pattern in _patterns().items()}
    assert all(counts.values()), counts


def test_the_line_openings_in_capitals_are_the_patterns():
    places = importlib.import_module("loaders.extract.entities.places")
    from loaders.extract.entities.state import UPPER

    pattern = re.compile(rf"(?:^|(?<=\n))(?=[{UPPER}])")
    texts = [
        *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))),
        "REPORTER JO HALE: Yes.\n\nQUESTION: And then?\nÉLODIE: No.\nlower\n",
        "\nA",
        "A\n",
        "\n\n",
        "",
    ]
    for text in texts:
        for start in range(0, len(text) + 1, 5):
            for end in {start, min(len(text), start + 1), min(len(text), start + 60), len(text)}:
                expected = [m.start() for m in pattern.finditer(text, start, end)]
                assert list(places.line_openings_in_capitals(text, start, end)) == expected


def test_the_name_summarys_lower_case_words_are_the_pages_own():
    from loaders.extract.entities.consistency import name_summary
    from loaders.extract.types import EntityFindings

    former = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")  # the pattern name_summary read the page with before
    texts = [*SENTENCES, *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))]
    for text in texts:
        assert name_summary(text, EntityFindings()).lower_case == set(former.findall(text))


def test_proper_runs_read_again_only_after_a_change_are_the_runs_read_afresh():
    from loaders.extract.entities.runs import proper_runs
    from loaders.extract.entities.state import ArticleState
    from loaders.spans import Span

    text = "Kestrel Mobile chief executive Ana Ruiz met Orvale Bank in Tessby. Jo Hale of Harbour Foods said so."
    zones = [Span(0, len(text))]

    def fresh(taken: list[Span]) -> list[Span]:
        state = ArticleState(text, zones)
        for span in taken:
            state.take(span)
        return proper_runs(state)

    article = ArticleState(text, zones)
    first = proper_runs(article)
    first.append(Span(0, 1))  # a caller's change to its list is no part of the next answer
    assert proper_runs(article) == fresh([]) and len(fresh([])) >= 4
    taken = Span(text.index("Orvale"), text.index("Orvale") + len("Orvale Bank"))
    article.take(taken)
    assert proper_runs(article) == fresh([taken]) != fresh([])
    article.release([taken])
    assert proper_runs(article) == fresh([])
