"""Review l35's findings, on short original sentences: a surname shared with a dead or earlier namesake, or with a
person named only after the quote, or of the other gender than the courtesy title says, stays the living one's
("her grandfather Karl Berg founded it ... Berg, the chief executive, said"); a time phrase, a first-person
subject and an adverb ("The next day we finally said") keep the answerer's own words in the answer; an address
to the chair right after the chair's own turn is no one's; a price "per tonne" is a world commodity's in US
dollars only where the sentence names a commodity (a carbon tax or a landfill charge keeps the page's dollar)."""

from __future__ import annotations

import pytest

from tests.helpers import said
from tests.test_claims import claims_of
from tests.test_entity_rules import found_in
from tests.test_quotes_fixeq_review_speakers import INTERVIEW

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


def _mentions_at(text: str, words: str) -> list[str]:
    at = text.index(words)
    return [m.name for m in found_in(text).mentions if m.span.start <= at < m.span.end]


# (L1) The surname with a role in apposition, where the page says which sharer holds that role, or the courtesy title
# says which, or the other sharer is named only later: that person's mention, as the quote is theirs.
@pytest.mark.parametrize(
    "text",
    [
        'Anna Berg, chairman of the co-op, met Olaf Berg, a buyer. Berg, the chairman, said: "Prices are low."',
        'Anna Berg runs the farm with her brother Olaf Berg. Ms Berg, the chairman, said: "Prices are low."',
        'Anna Berg runs the farm. Ms Berg, the chairman, said: "Prices are low." Her brother Olaf Berg sells the milk.',
    ],
)
def test_a_shared_surname_the_page_says_the_holder_of_is_their_mention(text):
    assert _mentions_at(text, "Berg, the chairman") == ["Anna Berg"]
    assert [who for _, who in said(text)] == ["Anna Berg"]


# Must not: two living sharers named before, neither holding the role, no title saying which: the surname is
# no one's mention.
@pytest.mark.parametrize(
    "text",
    [
        'Anna Berg runs the farm. Her brother Olaf Berg sells the milk. Berg, the chairman, said: "Prices are low."',
        'Anna Berg runs the farm with her sister Olga Berg. Ms Berg, the chairman, said: "Prices are low."',
    ],
)
def test_a_surname_two_living_people_share_is_no_ones_mention(text):
    assert _mentions_at(text, "Berg, the chairman") == []


_ASKED = ("Did you meet the buyer?", "Did Ingrid Soltvedt call you?")


# A time phrase, then a first-person subject and an adverb before the speech verb: the answerer's own words, kept
# in the answer (the adverb is no verb of a relative clause).
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. The next day we finally said, "We will take every tonne," and we signed.',
        'TR: Yes. Every year we always say, "We will take every tonne," and we sign.',
        'TR: Yes. This time I simply told them, "We will take every tonne," and we signed.',
        'TR: Yes. That morning we all said, "We will take every tonne," and we signed.',
        'TR: Yes. One day I finally told him, "We will take every tonne," and we signed.',
        'TR: Yes. Every time we always said, "We will take every tonne," and we signed.',
        'TR: Yes. "We will take every tonne," the next day we all said, and we signed.',
    ],
)
def test_a_time_phrase_a_first_person_subject_and_an_adverb_keep_the_answerers_words(answer):
    got = said(INTERVIEW.replace(*_ASKED) + answer + "\n")
    assert not any(words == "We will take every tonne," for words, _ in got)


# Must not: a verb of the relative clause between the pronoun and the speech verb, an adverb with it or not: the
# words are the subject's, listed apart.
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. The board we finally elected said, "We will take every tonne," and we signed.',
        'TR: Yes. The buyer we always trusted told us, "We will take every tonne," and we signed.',
        # (a verb that ends as an adverb does)
        'TR: Yes. The mills we supply told us, "We will take every tonne," and we signed.',
    ],
)
def test_a_relative_clause_with_an_adverb_still_names_no_answerer(answer):
    got = said(INTERVIEW.replace(*_ASKED) + answer + "\n")
    assert [who for words, who in got if words == "We will take every tonne,"] == [None]


_CHAIR_THEN_ADDRESS = (
    "NATIONAL ASSEMBLY\nPlenary sitting of 12 November 2026\n\n"
    "The President (Marta Fonseca): The floor is given to the Minister of Fisheries.\n\n"
    "The Minister of Fisheries (Rui Tavares): Mr President, the quota will rise next year. The boats of the north "
    "coast will land twelve percent more hake.\n\n"
    "The President (Marta Fonseca): Thank you. Deputy Lobo has the floor.\n\n"
    "{address} the minister does not answer the question about the fuel price.\n\n"
    "Inês Lobo (Opposition): Mr President, the small boats pay more each month.\n"
)


def _speaker_of(text: str, words: str) -> str | None:
    (speaker,) = [who for quoted, who in said(text) if words in quoted]
    return speaker


# Must not: an address to the chair right after the chair's own turn is no words of the chair (a chair never
# addresses herself): no one's, as a paragraph the record does not say the speaker of.
@pytest.mark.parametrize("address", ["Mr President:", "Madam President:"])
def test_an_address_to_the_chair_after_the_chairs_own_turn_is_not_the_chairs(address):
    text = _CHAIR_THEN_ADDRESS.format(address=address)
    assert _speaker_of(text, "the fuel price") is None
    assert _speaker_of(text, "Deputy Lobo has the floor") == "Marta Fonseca"
    assert _speaker_of(text, "the small boats pay more") == "Inês Lobo"


_HK = "HONG KONG – Tarnvale Shipping paid HK$310m (US$39.7m) for four tankers. "
_SG = "SINGAPORE – Kessbridge Metals raised S$52m (US$38.5m) from its placement. "


def _readings(text: str) -> set[tuple[float, str]]:
    return {(c.value, c.unit) for c in claims_of(text, "2026-11-28")}


# Must not: a price by the tonne that no world commodity's words go with (a carbon tax, a landfill charge) is a
# local fee, in the page's own dollar.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (_SG + "The carbon tax will rise to $45 per tonne in 2026.", 45, "SGD"),
        (_SG + "Companies will pay a carbon tax of $25 a tonne of emissions.", 25, "SGD"),
        (_HK + "The landfill charge is $365 per tonne of waste.", 365, "HKD"),
    ],
)
def test_a_local_charge_by_the_tonne_keeps_the_pages_dollar(text, value, unit):
    assert (value, unit) in _readings(text)


# ... while a commodity priced by the tonne, named before or after the figure, is in US dollars.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_SG + "Aluminium sold for $2,340 a tonne on Friday.", 2340),
        (_HK + "The mill paid $118 per tonne of iron ore last week.", 118),
        (_SG + "Palm oil futures closed at $905 per metric ton.", 905),
    ],
)
def test_a_commodity_by_the_tonne_is_in_us_dollars(text, value):
    assert (value, "USD") in _readings(text)


# (review of the fix passes, F1) A local charge's price by the tonne keeps the page's dollar, though commodity words
# name the payers' industry in its sentence ...
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (_SG + "The carbon levy, which steel mills and oil refiners pay, goes up to $40 per tonne next year.", 40, "SGD"),
        (_SG + "Coal miners and steel makers will pay a carbon tax of $28 a tonne from 2027.", 28, "SGD"),
        (_HK + "The charge on coal-fired boilers will be $32 per tonne of emissions.", 32, "HKD"),
    ],
)
def test_a_charge_by_the_tonne_paid_by_a_commodity_industry_keeps_the_pages_dollar(text, value, unit):
    assert (value, unit) in _readings(text)


# ... and must not: a commodity's price with a charge named only after it, or none, is in US dollars.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_SG + "Aluminium sold for $2,340 a tonne on Friday, before import duty.", 2340),
        (_HK + "Steel makers paid $118 per tonne of iron ore last week.", 118),
    ],
)
def test_a_commodity_by_the_tonne_with_no_charge_before_it_is_in_us_dollars(text, value):
    assert (value, "USD") in _readings(text)


# Must not (review l36 HIGH 5): a charge named earlier in the sentence, a commodity then the subject of the price, is
# the commodity's world price, in US dollars ...
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_SG + "Despite the export tax, iron ore sold for $118 a tonne on Friday.", 118),
        (_SG + "After the duty cut, coal fetched $92 per tonne in Asian markets.", 92),
        (_SG + "Tariffs weighed on trade; copper traded at $8,900 a tonne.", 8900),
        (_HK + "Fees for miners rose, while gold and iron ore held; iron ore was $104 per tonne.", 104),
    ],
)
def test_a_commodity_priced_after_a_charge_named_earlier_is_in_us_dollars(text, value):
    assert (value, "USD") in _readings(text)


# ... while the charge priced, on a commodity it is levied on, keeps the page's dollar.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (_SG + "The export tax on iron ore will rise to $45 per tonne next year.", 45, "SGD"),
        (_HK + "The levy on imported coal goes up to $30 a tonne in May.", 30, "HKD"),
    ],
)
def test_a_charge_on_a_commodity_by_the_tonne_keeps_the_pages_dollar(text, value, unit):
    assert (value, unit) in _readings(text)
