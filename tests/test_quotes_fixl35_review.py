"""Review l35's findings, on short original sentences: a surname shared with a dead or earlier namesake, or with a
person named only after the quote, or of the other gender than the courtesy title says, stays the living one's
("her grandfather Karl Berg founded it ... Berg, the chief executive, said"); a time phrase, a first-person
subject and an adverb ("The next day we finally said") keep the answerer's own words in the answer; an address
to the chair right after the chair's own turn is no one's; a price "per tonne" is a world commodity's in US
dollars only where the sentence names a commodity (a carbon tax or a landfill charge keeps the page's dollar)."""

from __future__ import annotations

import pytest

from tests.helpers import said
from tests.test_entity_rules import found_in

_SAYS = 'Berg, the chief executive, said: "Prices are low."'


# A namesake of the past (an ancestor, one "late", one "who died") or one named only after the quote shares the
# surname with no one who speaks: the living person named in full before the quote is the speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg, 45, runs Berg Farms, which her grandfather Karl Berg founded in 1931. " + _SAYS,
        "Anna Berg runs the farm her late father Olaf Berg founded. " + _SAYS,
        "Anna Berg runs the farm. The company was founded in 1920 by Olaf Berg, who died in 1980. " + _SAYS,
        'Anna Berg runs the farm. Ms Berg, the chairman, said: "Prices are low." Her brother Olaf Berg sells the milk.',
        # the courtesy title says which of two: the one the page calls a man is not "Ms Berg"
        'Anna Berg runs the farm with her brother Olaf Berg. Ms Berg, the chairman, said: "Prices are low."',
    ],
)
def test_a_surname_shared_with_no_living_person_before_the_quote_is_the_ones(text):
    assert [who for _, who in said(text)] == ["Anna Berg"]


# Must not: two living people named before the quote, nothing saying which: no one's, as before.
@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg runs the farm. Her brother Olaf Berg, who founded the dairy, sells the milk. " + _SAYS,
        "Anna Berg runs the farm. Her grandson Olaf Berg sells the milk. " + _SAYS,
        # both women: "Ms" says neither
        'Anna Berg runs the farm with her sister Olga Berg. Ms Berg, the chairman, said: "Prices are low."',
    ],
)
def test_a_surname_two_living_people_share_before_the_quote_stays_no_ones(text):
    assert [who for _, who in said(text)] == [None]


# ... and the surname printed alone is that person's mention too, as the quote is theirs.
@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg, 45, runs Berg Farms, which her grandfather Karl Berg founded in 1931. " + _SAYS,
        "Anna Berg runs the farm. The company was founded in 1920 by Olaf Berg, who died in 1980. " + _SAYS,
    ],
)
def test_a_surname_shared_only_with_a_namesake_of_the_past_is_the_living_ones_mention(text):
    at = text.index(_SAYS)
    assert [m.name for m in found_in(text).mentions if m.span.start == at] == ["Anna Berg"]
