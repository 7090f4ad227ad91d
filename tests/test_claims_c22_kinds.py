"""The c22 round's kinds of claims, on short original sentences: a filing's figure in words repeated in digits
in brackets ("thirty (30) refrigerated trucks"); an aside in brackets between a figure and its noun ("22 (mostly
leased) farms"); "p.p." for percentage points; a Latin American firm named by its trade ("Camaronera X") and a
name a filing prints in capitals, each with its short form; a deal's target's site named by a word of its name or
by a nationality ("The Kelmor plant alone makes ...", "The Polish site, which employs ...")."""

from __future__ import annotations

import pytest

from loaders.clean import layout
from loaders.extract.claims.parties import deal_parties
from loaders.extract.entities import find_entities
from loaders.extract.entities.state import canonical_organisation
from loaders.segment import sentences
from tests.helpers import claims_by_written, organisation_names
from tests.test_claims import claims_of


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("The Company will lease sixteen (16) forklifts.", "sixteen (16)", 16, "forklifts"),
        ("The subsidiary will run one hundred twelve (112) vans next year.", "one hundred twelve (112)", 112, "vans"),
        ("Orvane Foods has 40 (forty) trucks.", "40 (forty)", 40, "trucks"),
        ("Orvane Foods delivers from 7 (mostly rented) depots.", "7", 7, "depots"),
        ("Its 640 (mostly seasonal) workers packed the crop.", "640", 640, "workers"),
        ("Its gross margin fell by 0,7 p.p. to 3,2%.", "0,7 p.p.", 0.7, "percentage points"),
        ("The margin rose 1.2 p.p. to 14%.", "1.2 p.p.", 1.2, "percentage points"),
    ],
)
def test_figures_of_filings_asides_and_points(sentence, written, value, unit):
    claim = claims_by_written(sentence)[written]
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was 40 (for) to 12 against.",  # a bracket of words before no counted noun
        "Orvane sold 40 (see below) and Bram 12.",
        "The fund raised 40 (in euros) million.",
    ],
)
def test_an_aside_before_no_counted_noun_makes_no_count(sentence):
    assert "40" not in {c.value_as_written.split()[0] for c in claims_of(sentence, "2026-11-27")}


def test_digits_in_brackets_after_a_word_that_is_no_number_take_no_words():
    claims = claims_by_written("Line B (30) trucks were sold.")
    assert not any("B" in written for written in claims)


def test_a_firm_named_by_its_trade_has_its_short_form():
    text = "Camaronera Las Brisas S.A. was sold on Monday. Las Brisas employs 300 people. Las Brisas farms 900 hectares."
    names = organisation_names(text)
    assert names["Las Brisas"] == names["Camaronera Las Brisas S.A."]


def test_a_name_printed_in_capitals_has_its_short_form():
    text = (
        "The Issuer signed an agreement with the shareholders of CAMARONERA LOS ALMENDROS S.A. on Monday.\n\n"
        "Los Almendros operates 22 farms. Los Almendros employs 1,100 people."
    )
    names = organisation_names(text)
    assert names["Los Almendros"] == names["CAMARONERA LOS ALMENDROS S.A."]


def test_a_capitals_name_lends_no_name_to_other_words():
    text = "ORVANE FOODS S.A. reported results on Monday. Orvane Dairy employs 300 people. Orvane Dairy sells milk."
    names = organisation_names(text)
    assert names.get("Orvane Dairy") != names["ORVANE FOODS S.A."]


_DEAL = "Tessa Foods Ltd has agreed to buy 80% of Kelmor Dairy Ltd for £21 million. "


@pytest.mark.parametrize(
    ("deal", "site"),
    [
        (_DEAL, "The Kelmor factory turns out 8,400 tonnes of butter a year."),
        # a nationality the article ties to the target ("Kelmor Dairy Ltd, a Polish cheese maker,")
        (
            "Tessa Foods Ltd has agreed to buy 80% of Kelmor Dairy Ltd, a Polish cheese maker, for £21 million. ",
            "The Polish site, which employs 8,400 people, makes butter.",
        ),
    ],
)
def test_a_targets_site_named_by_its_name_or_nationality(deal, site):
    claim = claims_by_written(deal + site)["8,400"]
    assert claim.subject == "Kelmor Dairy"


def test_the_buyers_own_site_stays_the_buyers():
    claim = claims_by_written(_DEAL + "The Tessa factory turns out 8,400 tonnes of butter a year.")["8,400"]
    assert claim.subject != "Kelmor Dairy"


def test_a_nationalitys_site_with_no_deal_is_no_other_firms():
    text = "Tessa Foods Ltd reported results on Monday. Kelmor Dairy Ltd did too. The Polish site employs 8,400 people."
    assert claims_by_written(text)["8,400"].subject != "Kelmor Dairy"


_SPOKE = "Tessa Foods Ltd will buy 65% of Kelmor Dairy Ltd for $5m. Kelmor Dairy makes 9,000 tonnes of cheese. "


@pytest.mark.parametrize(
    "attribution",
    [
        '"We need scale," said Ana Ruiz, general manager of Tessa Foods. ',
        '"We need scale," said Ana Ruiz, the chief executive of Tessa Foods. ',
    ],
)
def test_according_to_the_speaker_the_group_is_the_speakers_organisation(attribution):
    claim = claims_by_written(_SPOKE + attribution + "According to her, the group shipped 27,500 tonnes in 2024.")["27,500"]
    assert claim.subject == "Tessa Foods"


def test_according_to_the_speaker_its_president_speaks_for_the_body_named_before():
    text = (
        "Tessa Foods Ltd will buy 65% of Kelmor Dairy Ltd for $5m. The Lenno Growers Association Ltd, which sells milk to"
        ' Kelmor, welcomed the deal. "We need a buyer," said its president, Ana Ruiz. According to her, the co-operative'
        " delivered 6,300 tonnes to the dairy in 2024."
    )
    assert claims_by_written(text)["6,300"].subject == "Lenno Growers Association"


@pytest.mark.parametrize(
    "after",
    [
        "According to her, the market grew 6% in 2025.",  # no description of the speaker's business
        "According to her, the group's rival sold 6% more.",  # a rival's figure: no verb after the description
        "According to Kelmor, the group sold 6% more.",  # no pronoun standing for the speaker
    ],
)
def test_according_to_the_speaker_only_the_speakers_business(after):
    """The attribution changes no subject where the rule does not apply: as if the sentence had none."""
    spoken = '"Kelmor gives us scale," said Ana Ruiz, general manager of Tessa Foods. '
    plain = after.split(", ", 1)[1]
    plain = plain[0].upper() + plain[1:]
    assert claims_by_written(_SPOKE + spoken + after)["6%"].subject == claims_by_written(_SPOKE + spoken + plain)["6%"].subject


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Harbor Nets Pvt Ltd", "Harbor Nets"),
        ("Orvane Seafoods Private Limited", "Orvane Seafoods"),
        ("Tessa Canning Public Company Limited", "Tessa Canning"),
        ("Orvane Lanka (Private) Limited", "Orvane Lanka"),
        # must not: "Private" or "Public" inside a name, or ending it with no legal form after it
        ("Kestrel Private Bank Ltd", "Kestrel Private Bank"),
        ("Orvane Public", "Orvane Public"),
        ("Tessa Public Transport Company Limited", "Tessa Public Transport"),
    ],
)
def test_a_legal_form_of_several_words_is_dropped_whole(name, canonical):
    assert canonical_organisation(name) == canonical


def test_a_letter_sign_reads_the_currency_whose_code_the_page_prints():
    claims = claims_by_written("Harbor Nets Pvt Ltd was sold for LKR 300 million. Its exports rose to Rs 2.4 billion.")
    assert (claims["Rs 2.4 billion"].value, claims["Rs 2.4 billion"].unit) == (2.4e9, "LKR")


def test_a_letter_sign_beside_two_of_its_codes_is_read_as_usual():
    claims = claims_by_written("Orvane Ltd paid INR 5 crore and PKR 3 crore. Its rival paid Rs 2 crore.")
    plain = claims_by_written("Orvane Ltd paid 5 crore. Its rival paid Rs 2 crore.")
    assert claims["Rs 2 crore"].unit == plain["Rs 2 crore"].unit


def test_a_code_tells_no_dollar_sign_which_dollar():
    assert claims_by_written("Orvane Ltd paid CAD 5 million. Its rival paid $2 million.")["$2 million"].unit == "USD"


def _parties(text: str) -> dict[str, str]:
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    organisations = sorted((m for m in entities.mentions if m.kind == "organisation"), key=lambda m: m.span)
    return deal_parties(text, [s for p in paragraphs for s in sentences(text, p)], organisations)


@pytest.mark.parametrize("part", ["60 percent of the shares of", "51% of the share capital of"])
def test_a_part_of_a_targets_shares_names_the_target(part):
    parties = _parties(
        f"Dravo Foods Ltd will buy {part} the family-owned fruit juice maker Orlen Orchards Ltd for €14.2 million."
    )
    assert parties.get("target") == "Orlen Orchards"


def test_shares_of_no_named_company_name_no_target():
    parties = _parties("Dravo Foods Ltd will buy 60 percent of the shares of a juice maker for €14.2 million.")
    assert parties.get("target") is None
