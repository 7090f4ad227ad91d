"""Fixes of the c21 review's findings, each on sentences of our own: a form's labels counted once per text,
split years read as fiscal years only where the text says so, a site's place kept to its own deal and
paragraph, a person after "the joint venture," no organisation, acronyms carried across articles after a
sentence's opening word, a document's defined term no organisation, and a venture's figures only where the
venture is what the clause is about."""

from __future__ import annotations

import time

import pytest

from loaders.extract.entities.guards import junk
from loaders.spans import Span


@pytest.mark.timeout(60)
def test_a_forms_labels_are_counted_once_per_text_not_once_a_line():
    """Every line of a long feed opens with a name before a colon: each line's name asks how many lines
    open with it, which must not scan the whole text again for each line."""
    lines = [f"Marlow Tea Estates Ltd: shipped {number} crates.\n" for number in range(12_000)]
    text = "".join(lines) + "Brindle Cargo Ltd: shipped 4 crates.\n"
    started = time.process_time()
    reasons = []
    position = 0
    for line in lines:
        reasons.append(junk(text, Span(position, position + len("Marlow Tea Estates Ltd"))))
        position += len(line)
    elapsed = time.process_time() - started
    assert set(reasons) == {"a form's field label"}
    assert junk(text, Span(position, position + len("Brindle Cargo Ltd"))) is None  # one line: a name as any other
    assert elapsed < 2
