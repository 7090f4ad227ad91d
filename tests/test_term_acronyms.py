"""term_acronyms reads each bracketed acronym's words backwards: the same acronyms as the regex
that defines them, tried at every position (the reading it replaced, kept here as the oracle)."""

import random
import re

import pytest

from loaders.extract.entities.state import term_acronyms

# The definition: one to six words (a letter, then lower-case letters and hyphens), each followed by
# spaces or tabs, then the bracketed acronym; the initials of its last words spell the acronym, or (fewer
# words, one of them hyphenated) the initials of their hyphen-parted parts do ("non-revenue water (NRW)").
_DEFINITION_RE = re.compile(r"((?:[A-Za-z][a-z-]*[ \t]+){1,6})\(([A-Z]{2,6})\)")


def _by_definition(text: str) -> frozenset[str]:
    found = set()
    for match in _DEFINITION_RE.finditer(text):
        acronym, words = match.group(2), match.group(1).split()
        spelled = words[-len(acronym) :]
        if (
            len(spelled) == len(acronym)
            and "".join(word[0] for word in spelled).upper() == acronym
            and all(word.islower() for word in spelled[1:])
        ):
            found.add(acronym)
            continue
        if _spelled_by_some_suffix(words, acronym):
            found.add(acronym)
    return frozenset(found)


def _spelled_by_some_suffix(words: list[str], acronym: str) -> bool:
    """Written apart from the code under test: some run of last words, fewer than the acronym's letters, whose
    letter runs (a hyphen parting a word) begin with its letters in order, every word after the run's first in
    lower case."""
    return any(
        len(run) < len(acronym)
        and "".join(part[0] for word in run for part in re.findall(r"[A-Za-z]+", word)).upper() == acronym
        and all(word == word.lower() for word in run[1:])
        for run in (words[start:] for start in range(len(words)))
    )


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        ("Its net interest margin (NIM) rose.", {"NIM"}),
        ("the Kestrel Shipping Line (KSL) said", set()),  # capitalised words: a name, not a term
        ("a McKinsey global (KG) study", {"KG"}),  # the first word may begin inside a longer one
        ("the -net yield (NY) figure", {"NY"}),  # a word begins with a letter
        ("net yield(NY)", set()),  # no space before the bracket
        ("net\nyield (NY)", set()),  # a line break parts the words
        ("alpha beta (AB) gamma delta (GD)", {"AB", "GD"}),
        ("x y (AB) (CD)", set()),
        ("cash flow per unit (CFPU)", {"CFPU"}),
        ("one two three four five six seven (FSS)", {"FSS"}),  # its last words spell it
        ("one two three (OTS)", set()),
        ("its non-revenue water (NRW) fell", {"NRW"}),  # a hyphenated word's parts spell it
        ("a loan-to-value (LTV) cap", {"LTV"}),
        ("the Indo-Pacific Fund (IPF) said", set()),  # capitalised words: a name
        ("the Anti-graft Commission (AGC) said", set()),  # a hyphenated word's parts, then a capitalised word: a name
        ("the Orvane Agri-food Council (OAFC) said", set()),
        ("its price-earnings ratio (PER) rose", {"PER"}),
    ],
)
def test_term_acronyms(text, acronyms):
    assert term_acronyms(text) == acronyms
    assert _by_definition(text) == acronyms


def test_term_acronyms_agree_with_the_definition_on_random_text():
    rng = random.Random(7)
    alphabet = "abc CD-\t(ABC)\n.éx yZ"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) + rng.choice(["(AB)", "(ABC)", " (AB)", "(A)"])
        assert term_acronyms(text) == _by_definition(text), text
