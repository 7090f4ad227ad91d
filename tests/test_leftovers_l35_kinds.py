"""Kinds left open by last session's reviews, on short original sentences: a world commodity's price by the unit
("$81 a barrel", "$1,870 an ounce") on a page that prints its own dollar's prefix ("HK$", "S$") beside "US$" is in
US dollars unless the figure marks it otherwise, while a local price by the unit ("$7.40 a ride") keeps the page's
dollar; a bare surname with a role in apposition ("Salcedo, the chairman, said") is the one person the article
names in full with that surname, where no other person shares it, and no one where two do ("Anna Berg ... her
brother Olaf Berg ... Berg, the chairman, said"); in a record that labels its chair by office ("The President (Marta
Fonseca):"), a paragraph opening with an address to the chair ("Mr President:", "Madam Speaker,") is the running
turn's, not the chair's; inside an interview's answer, a first-person word in a relative clause after the reporting
clause's subject ("The board we elected said, "…"") does not make the words the answerer's."""

from __future__ import annotations

import pytest

from tests.helpers import said
from tests.test_claims import claims_of
from tests.test_entity_rules import found_in
from tests.test_quotes_fixeq_review_speakers import INTERVIEW


def _readings(text: str) -> set[tuple[float, str]]:
    """Every (value, unit) the sentences' claims give, their second currencies' too."""
    claims = claims_of(text, "2026-11-28")
    return {(c.value, c.unit) for c in claims} | {(c.also_value, c.also_unit) for c in claims if c.also_value is not None}


_HK = "HONG KONG – Tarnvale Shipping paid HK$310m (US$39.7m) for four tankers. "
_SG = "SINGAPORE – Kessbridge Metals raised S$52m (US$38.5m) from its placement. "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_HK + "Brent crude traded at $81 a barrel on Tuesday.", 81),
        (_HK + "Its bunker fuel costs rose as oil climbed to $79.50 per barrel.", 79.5),
        (_SG + "Copper fetched US$9,400 a tonne while aluminium sold for $2,340 a tonne.", 2340),
        (_SG + "Gold rose to $1,870 an ounce, its highest in a month.", 1870),
    ],
)
def test_a_world_commodity_price_by_the_unit_is_in_us_dollars(text, value):
    assert (value, "USD") in _readings(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # must not: a local fare by the unit keeps the page's own dollar
        (_HK + "A single trip on the new route costs $7.40 a ride.", 7.4, "HKD"),
        (_HK + "Seats on the upper deck sell for $95 a ticket.", 95, "HKD"),
        # must not: a commodity price the page marks with its own dollar's prefix stays in that dollar
        (_HK + "Diesel for the fleet cost HK$612 a barrel last month.", 612, "HKD"),
        # must not: a bare sum that is no price by a commodity's unit keeps the page's dollar
        (_HK + "The ships will burn fuel worth $81m a year.", 81e6, "HKD"),
    ],
)
def test_a_local_price_by_the_unit_keeps_the_pages_dollar(text, value, unit):
    assert (value, unit) in _readings(text)


def _people(text: str) -> set[str]:
    return found_in(text).names("person")


# A full name printed without a title, then its surname with a role in apposition: one person.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Dervla Quinlan opened the meeting at noon. Quinlan, the chairman, said: "The vote was close."', "Dervla Quinlan"),
        (
            'Tomé Abreu Lacerda toured the pier on Monday. Abreu Lacerda, the harbour master, said: "Dredging starts soon."',
            "Tomé Abreu Lacerda",
        ),
    ],
)
def test_a_surname_with_a_role_of_its_own_is_the_one_full_name(text, person):
    assert _people(text) == {person}
    assert [who for _, who in said(text)] == [person]


# Must not: two people of the article share the surname, and the role in apposition says which one neither does:
# no one's (the quote goes to no one rather than to the first named).
@pytest.mark.parametrize(
    "text",
    [
        'Anna Berg runs the farm. Her brother Olaf Berg sells the milk. Berg, the chairman, said: "Prices are low."',
        'Ines Navarro and Bruno Navarro met the buyers. Navarro, the union\'s secretary, said: "We sold it all."',
    ],
)
def test_a_surname_two_people_share_with_a_role_of_its_own_is_neither(text):
    assert [who for _, who in said(text)] == [None]
    assert len(_people(text)) == 2


_SITTING = (
    "NATIONAL ASSEMBLY\nPlenary sitting of 12 November 2026\n\n"
    "The {chair} (Marta Fonseca): The floor is given to the Minister of Fisheries.\n\n"
    "The Minister of Fisheries (Rui Tavares): Mr President, the quota will rise next year. The boats of the north "
    "coast will land twelve percent more hake.\n\n"
    "{address} the Deputy asked about the small boats. They keep their share, and the harbour fees stay as they "
    "are.\n\n"
    "Madam Speaker, I will add one more thing. The licences are free for boats under ten metres.\n\n"
    "Inês Lobo (Opposition): Mr President, the minister does not answer the question about the fuel price.\n"
)


def _speaker_of(text: str, words: str) -> str | None:
    """The speaker of the one quote holding `words`."""
    (speaker,) = [who for quoted, who in said(text) if words in quoted]
    return speaker


# A record that labels its chair "The President (Name):": a paragraph opening "Mr President:" or "Madam Speaker,"
# addresses the chair and goes on the turn before it.
@pytest.mark.parametrize(
    ("chair", "address"),
    [
        ("President", "Mr President:"),
        ("President", "Madam President:"),
        ("Speaker", "Madam Speaker:"),
        ("Chairman", "Mr Chairman:"),
        # (an address with a comma was never a label)
        ("President", "Mr President,"),
    ],
)
def test_an_address_to_a_chair_the_record_labels_by_office_runs_on_the_turn(chair, address):
    text = _SITTING.format(chair=chair, address=address)
    assert _speaker_of(text, "the small boats") == "Rui Tavares"
    assert _speaker_of(text, "The licences are free") == "Rui Tavares"
    assert _speaker_of(text, "the fuel price") == "Inês Lobo"


# Must not: a record whose chair speaks only under "Mr Speaker:" (no labelled office names it): that label is the
# chair's own turn, quoted of no one, and the member's turn before it keeps only its own words.
def test_a_chair_labelled_only_by_address_keeps_its_turn():
    text = (
        "HOUSE OF ASSEMBLY\nOfficial Report of the sitting of 4 November 2026\n\n"
        "Ms Dora Quaye (Central): Mr Speaker, may I ask the Minister when the new clinic will open?\n\n"
        "Minister of Health [Hon. Kwame Asante]: Mr Speaker, the clinic opens in March, with twelve beds.\n\n"
        "Mr Speaker: Hon. Member, your supplementary question, please.\n\n"
        "Ms Quaye: Mr Speaker, will it have a doctor at night?\n\n"
        "Minister of Health [Hon. Kwame Asante]: Mr Speaker, it will, from the first day.\n"
    )
    assert _speaker_of(text, "your supplementary question") is None
    assert _speaker_of(text, "the clinic opens in March") == "Kwame Asante"


# Inside an answer, a first-person word in a relative clause of the subject ("The board we elected said") is no
# subject of the speech verb: the words are that subject's, listed apart from the answer.
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. The board we elected said, "We will take every tonne," and we signed.',
        'TR: Yes. The man I met at the fair said, "We will take every tonne," and we signed.',
        'TR: Yes. "We will take every tonne," the buyer we trust told us, and we signed.',
        'TR: Yes. I think Ingrid said, "We will take every tonne," but I am not sure.',
        'TR: Yes. "We will take every tonne," I was told by Ingrid Soltvedt, and we signed.',
    ],
)
def test_words_whose_subject_a_first_person_clause_describes_are_not_the_answers(answer):
    got = said(INTERVIEW.replace("Did you meet the buyer?", "Did Ingrid Soltvedt call you?") + answer + "\n")
    assert [who for words, who in got if words == "We will take every tonne,"] in ([None], ["Ingrid Soltvedt"])


# Must not: a first-person subject after a phrase of its own ("In the end we said") still reports the answerer's
# own words, kept in the answer.
@pytest.mark.parametrize(
    "answer",
    [
        'TR: Yes. In the end we said, "We will take every tonne," and we signed.',
        'TR: Yes. At the fair I told them, "We will take every tonne," and we signed.',
        'TR: Yes. The next day we said, "We will take every tonne," and we signed.',
    ],
)
def test_a_first_person_subject_after_a_phrase_keeps_the_words_in_the_answer(answer):
    got = said(INTERVIEW.replace("Did you meet the buyer?", "Did Ingrid Soltvedt call you?") + answer + "\n")
    assert not any(words == "We will take every tonne," for words, _ in got)
