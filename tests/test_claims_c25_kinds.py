"""The c25 round's kinds of claims and subjects, on short original sentences: a short form is resolved in its own
article first ("Ostra Marine" beside "Ostra Marine Holdings" is that company, whatever other stories' organisations
it begins too)."""

from __future__ import annotations

import pytest

from tests.helpers import grouping_subjects

# A short form is resolved in its own article first: where the article names one organisation whose name it begins
# ("Ostra Marine" beside "Ostra Marine Holdings"), it is that organisation, whatever other stories' organisations
# it begins too ("Ostra Marine Services" elsewhere in the corpus); only a short form the article names no longer
# name for is resolved corpus-wide, and only to a unique match.
_CORPUS = {"ostra-marine-holdings", "ostra-marine", "ostra-marine-services"}


def test_a_short_form_is_the_one_organisation_of_its_article_it_begins():
    text = "Ostra Marine Holdings bought two ferries in May. Ostra Marine carried 9.4 million passengers last year."
    assert grouping_subjects(text, names=_CORPUS)["9.4 million"] == "ostra-marine-holdings"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # must not: the article names two organisations the short form begins: it stays the name as written
        (
            "Ostra Marine Holdings and Ostra Marine Services split in May. Ostra Marine carried 9.4 million passengers.",
            "ostra-marine",
        ),
        # must not: a short form its article names no longer name for: the corpus decides (here no unique match)
        ("Ostra Marine carried 9.4 million passengers last year, up from 8.1 million.", "ostra-marine"),
    ],
)
def test_a_short_form_the_article_does_not_settle_is_left_to_the_corpus(text, subject):
    assert grouping_subjects(text, names=_CORPUS)["9.4 million"] == subject
