"""Exact cuts to extraction cost (s15): each faster form finds what the form before it found, on
short original sentences and on the seeds, sentence by sentence."""

from __future__ import annotations

import re

from tests.conftest import SEEDS

SENTENCES = [
    "Chile exports rose 5% in May, while Peru sales fell.",
    "The Netherlands has cut its forecast, and Danish farmers sowed less wheat.",
    "Third-quarter Serbian exports came to 4,000 tonnes, as the Kestrel Group's sales rose.",
    "Azerbaijan Q3 exports: 47 million lbs",
    "2025 Azerbaijani crop: 165 million lbs",
    "Orvane, which makes pumps, said the US had paid $4m; but Brazil's coffee exports slid.",
    "the Slovenians are buying a chain; where Norway's oil fund stood, the UK was.",
    "sales in Tessby, whose mayor spoke, were up; NATO has said so.",
]


def _pieces() -> list[str]:
    texts = [*SENTENCES, *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))]
    return [piece for text in texts for piece in re.split(r"(?<=[.!?])\s+|\n+", text) if piece]


def _found(pattern: re.Pattern[str], pieces: list[str]) -> list[list[tuple]]:
    return [[(m.span(), m.groupdict()) for m in pattern.finditer(piece)] for piece in pieces]


def test_the_land_pattern_finds_what_it_found_without_its_first_character_test():
    from loaders.extract.claims.lands import _LAND_RE

    guard = "|(?=[A-Zt])(?:"
    assert _LAND_RE.pattern.count(guard) == 1 and _LAND_RE.pattern.endswith(")")
    before, _, rest = _LAND_RE.pattern.partition(guard)
    unguarded = re.compile(f"{before}|{rest[:-1]}", _LAND_RE.flags)
    pieces = _pieces()
    found = _found(_LAND_RE, pieces)
    assert found == _found(unguarded, pieces)
    assert sum(map(len, found[: len(SENTENCES)])) >= 8


def _most_named_before(counts: dict[str, int], among) -> str | None:
    """_most_named as it was: every candidate ranked, those never named too."""
    ranked = sorted(((counts.get(code, 0), code) for code in among), reverse=True)
    if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _one_currency_most_named_before(counts: dict[str, int], by_country: dict[str, str]) -> str | None:
    top = max((counts.get(code, 0) for code in by_country), default=0)
    shared = {currency for code, currency in by_country.items() if top and counts.get(code, 0) == top}
    return shared.pop() if len(shared) == 1 else None


def test_the_country_named_most_is_the_one_it_was():
    import random

    from loaders.extract.claims.countries import _most_named, _one_currency_most_named

    chance = random.Random(15)
    codes = ["NO", "SE", "DK", "IS", "SN", "ML", "CA", "AU"]
    seen = set()
    for _ in range(3000):
        counts = {code: chance.randint(1, 3) for code in chance.sample(codes, chance.randint(0, 5))}
        among = chance.sample(codes, chance.randint(0, 6))
        by_country = {code: chance.choice(["XOF", "NOK", "SEK"]) for code in among}
        assert _most_named(counts, among) == _most_named_before(counts, among)
        assert _most_named(counts, counts) == _most_named_before(counts, counts)
        assert _one_currency_most_named(counts, by_country) == _one_currency_most_named_before(counts, by_country)
        seen.add(_most_named(counts, among) is None)
    assert seen == {True, False}


def test_proper_runs_trimmed_once_are_the_runs_trimmed_each_time():
    """proper_runs keeps each piece's trimmed run for the article: as text is taken between calls, the runs
    are those trimmed afresh."""
    from loaders.extract.entities.runs import proper_runs
    from loaders.extract.entities.state import ArticleState
    from loaders.spans import Span

    texts = [
        "Analyst Jo Baird of Kestrel Mobile Ltd said Chipmaker Kessway and Orvane Group would merge.",
        "CEO April Dunn met Two-thirds of Bloomly in Tessby; Hai Minh Port for US$228m was sold.",
        *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))),
    ]
    compared = 0
    for text in texts:
        article = ArticleState(text, [Span(0, len(text))])
        for taken in (None, Span(len(text) // 3, len(text) // 3 + 12), Span(20, 40)):
            if taken:
                article.take(taken)
            runs = proper_runs(article)
            article.stripped_runs.clear()
            assert runs == proper_runs(article)
            compared += len(runs)
    assert compared > 50


def test_an_articles_lower_case_words_are_read_once_and_are_its_own():
    from loaders.extract.entities.guards import lower_case_words

    first, second = "Further, the Holding rose; it's well-known co-op news.", "Kestrel holding further gains."
    words_ = lower_case_words(first)
    assert lower_case_words(first) is words_  # read once
    assert words_ == {"the", "rose", "news"}
    assert lower_case_words(second) == {"holding", "further", "gains"}
    assert lower_case_words(first) == words_


def test_the_organisation_cues_find_what_they_found_with_their_words_tried_in_turn():
    from loaders.extract.entities.organisations import CUES
    from loaders.vocab import first_character_regex, mapping

    texts = [
        "shares of chipmaker Kessway rose, said the engine-builder Orvane, rivals such as the retailer Tessby "
        "and its machine builder Kestrel; according to Bloomly, backed by Alder, auditors Kim, a union Grove.",
        *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))),
    ]
    befores = [text[max(0, m.start() - 60) : m.start()] for text in texts for m in re.finditer(r"\b\w", text)]
    hits = 0
    for cue, pattern in mapping("organisations", "cues").items():
        before_cut = first_character_regex(pattern, re.IGNORECASE)
        for before in befores:
            found, wanted = CUES[cue].search(before), before_cut.search(before)
            assert (found and found.span()) == (wanted and wanted.span()), (cue, before)
            hits += wanted is not None
    assert hits > 30


def test_the_periods_find_what_they_found_without_the_test_of_their_first_character():
    from loaders.extract.claims import periods

    text = " ".join(
        [
            "In the first quarter of 2024 and Q3 FY2025 sales rose; last year's second-half profit fell, H1 2023 too.",
            "From March to June 2024, in the three months to September, the June quarter, fiscal 2023-24, FY2024/25.",
            "In the year to March 31, 2025, and the first six months of 2024, at 11:45 a.m., at the close, 1998.",
            "Two years ago, a year earlier, the previous year; Quarterly, fifth, Harvest, 2023-2024 and 1999-00.",
            *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))),
        ]
    )
    tested = 0
    for name in dir(periods):
        pattern = getattr(periods, name)
        if not isinstance(pattern, re.Pattern) or not name.endswith("_RE"):
            continue
        untested = re.compile(re.sub(r"^(\\b\(\?=\\w\))\(\?=\[[^\]]+\]\)", r"\1", pattern.pattern), pattern.flags)
        if untested.pattern == pattern.pattern:
            continue
        tested += 1
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in untested.finditer(text)], name
        for start in range(0, len(text), 97):  # windows, as sentences are read
            assert [m.span() for m in pattern.finditer(text, start, start + 120)] == [
                m.span() for m in untested.finditer(text, start, start + 120)
            ]
    assert tested >= 8
