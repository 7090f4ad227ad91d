"""The c27 round's kinds, on short original sentences: one figure labelled differently by outlets. The people who
grow a crop counted by other words (growers, planters, smallholders, farming households, farmer families) compare as
one count, apart from homes and from staff; a part of a company's shares written "70 percent shares" is a stake,
not a share price; Laos's kip by its word where the story names Laos; a currency's name ISO 4217 gives ("ariary",
"cedis") read as money before a price's divisor ("per kilo", "a tonne"), capitalised too; and a home-only island's
rupee where a page about a third country names that island and no other rupee country."""

from __future__ import annotations

import pytest

from loaders.extract.claims import _spells_initials
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text) if len(c.unit) == 3 and c.unit.isupper()]


# --- the growers of a crop, by whatever word counts them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Kestrel Starch Ltd buys its cassava from about 2,800 farming households.",
            "Kestrel Starch Ltd has contracts with some 2,800 growers.",
        ),
        (
            "Kestrel Starch Ltd buys its cassava from about 2,800 farmer families.",
            "Kestrel Starch Ltd has contracts with 2,800 smallholders.",
        ),
        (
            "Marlow Fruits Ltd buys lychees from 3,480 planters on the east coast.",
            "Marlow Fruits Ltd buys lychees from about 3,500 smallholder farmers on the east coast.",
        ),
        # the growers still meet a plural the vocabulary does not know, as before (`open_families`)
        (
            "Marlow Dairy Ltd buys its milk from 1,400 farmers.",
            "Marlow Dairy Ltd buys its milk from around 1,400 breeders.",
        ),
    ],
)
def test_one_count_of_growers_in_other_words_is_grouped(a, b):
    assert ({"a", "b"}, "consistent") in groups_of({"a": a, "b": b})


def test_growers_counted_differently_in_other_words_conflict():
    groups = groups_of(
        {
            "a": "Marlow Fruits Ltd buys lychees from 3,000 planters on the east coast.",
            "b": "Marlow Fruits Ltd buys lychees from 3,600 growers on the east coast.",
        }
    )
    assert ({"a", "b"}, "conflicting") in groups


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # must not: a town's households are homes, not growers
        (
            "Kestrel Starch Ltd has contracts with 2,800 growers.",
            "Kestrel Starch Ltd will supply biogas to 2,800 households.",
        ),
        # must not: the staff are not the growers
        (
            "Kestrel Starch Ltd has contracts with 2,800 farmers.",
            "Kestrel Starch Ltd will employ 2,800 workers.",
        ),
    ],
)
def test_growers_are_not_homes_nor_staff(a, b):
    assert not any(ids == {"a", "b"} for ids, _ in groups_of({"a": a, "b": b}))


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Starch will buy cassava from about 2,800 farming households.",
        "Kestrel Starch will buy cassava from about 2,800 farmer families.",
    ],
)
def test_a_farming_household_keeps_its_words(text):
    (claim,) = claims_of(text)
    assert claim.unit in {"farming households", "farmer families"}


# --- "70 percent shares": a stake ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Starch holds 70 percent shares in the joint venture.",
        "The Thai company holds 70% shares and the Lao partner the rest.",
        "Marlow Agro will own 35 per cent shares of the new company.",
    ],
)
def test_a_percentage_of_shares_is_a_stake(text):
    (claim,) = [c for c in claims_of(text) if c.unit == "percent"]
    assert claim.metric == "stake"


@pytest.mark.parametrize(
    "text",
    [
        # must not: a move of the share price stays one
        "Kestrel Starch shares rose 4.8 percent on Wednesday.",
        "The news sent Kestrel Starch shares 3% higher.",
        "Kestrel Starch's shares fell 2 percent after the results.",
    ],
)
def test_a_share_price_move_stays_a_share_price(text):
    (claim,) = [c for c in claims_of(text) if c.unit == "percent"]
    assert claim.metric == "share price change"


# --- the kip ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill in Savannakhet, Laos, will pay farmers 1,100 kip per kg.", 1100),
        ("The plant in Laos will cost 480 billion kip.", 480e9),
    ],
)
def test_the_kip_in_a_story_of_laos(text, value):
    assert (value, "LAK") in [(v, u) for _, v, u in _money(text)]


def test_the_kip_is_no_money_where_laos_is_not_named():
    # must not: a story naming no country of the kip gives the word no currency
    assert not _money("The porter took 2 kip on the bench in the afternoon.")


# --- a currency's name before a price's divisor -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Marlow Fruits promises 1,200 ariary the kilo to the planters of Toamasina, Madagascar.", 1200, "MGA"),
        ("Planters in Madagascar will get a guaranteed 1,200 Ariary per kilo, paid at delivery.", 1200, "MGA"),
        ("Cocoa farmers in Ghana will receive 580 cedis per bag this season.", 580, "GHS"),
    ],
)
def test_a_currency_name_before_a_price_divisor_is_money(text, value, unit):
    assert (value, unit) in [(v, u) for _, v, u in _money(text)]


@pytest.mark.parametrize(
    "text",
    [
        # must not: with no divisor, no scale, no cue, the bare name stays unread as before
        "Marlow Fruits promises 1,200 ariary to the planters of Toamasina, Madagascar.",
        # must not: a capitalised name with no divisor after it is a street's
        "The office of Marlow Fruits moved to 12 Cedi Street in Accra, Ghana.",
    ],
)
def test_a_currency_name_without_a_divisor_stays_unread(text):
    assert not _money(text)


# --- an island's rupee on a third country's page --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rivière Agro Ltd of Port Louis, Mauritius, takes 35% of Marlow Fruits, a lychee exporter with packhouses in"
        " Toamasina and Antananarivo, Madagascar, and brings 145 million rupees.",
        "The Mauritian group Rivière Agro brings 145 million rupees to the lychee exporter in Toamasina, Madagascar.",
    ],
)
def test_an_islands_rupee_on_a_third_countrys_page(text):
    assert (145e6, "MUR") in [(v, u) for _, v, u in _money(text)]


@pytest.mark.parametrize(
    "text",
    [
        # must not: a page naming India keeps India's rupee, whatever island is the money's route
        "A Mauritius-based fund will invest 200 million rupees in a startup in Bengaluru, India.",
        # must not: a page naming no third country keeps the usual reading
        "Acme Fund of Mauritius will invest 200 million rupees in Kestrel Ltd.",
        # must not: a page counting in crore is the subcontinent's
        "A Mauritius-based fund will invest 200 crore rupees in a hotel in Toamasina, Madagascar.",
        # must not: a third country named less often than the island (a town of it in passing) is no story of it
        "Acme Fund of Port Louis, Mauritius, will invest 200 million rupees in Kestrel Ltd, which has a desk in Toamasina.",
    ],
)
def test_an_islands_rupee_needs_a_third_country_and_no_other_candidate(text):
    assert all(unit == "INR" for _, _, unit in _money(text))


# --- a filing's initialism for the name it follows ----------------------------------------------------------------

_FILING = (
    'Marlow Foods Public Company Limited will invest in Savan Marlow Starch Co., Ltd. ("SMSL"), a joint venture with'
    ' Kestrel Agro Co., Ltd. ("KAC"). {sentence}'
)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("SMSL will produce 600 tons of starch per day.", "Savan Marlow Starch"),
        ("KAC will supply 2,800 tons of roots a year.", "Kestrel Agro"),
    ],
)
def test_a_filings_initialism_names_the_company_it_follows(sentence, subject):
    claims = claims_of(_FILING.format(sentence=sentence))
    assert subject in {c.subject for c in claims if c.unit == "tonnes"}


@pytest.mark.parametrize(
    ("term", "owner", "spelled"),
    [
        ("SMSL", "Savan Marlow Starch", True),  # the initials and the legal form's letter
        ("KAC", "Kestrel Agro", True),
        ("KA", "Kestrel Agro", True),
        # must not: capitals that merely open with the initials, or other letters, or one word's initial alone
        ("KANBAN", "Kestrel Agro Nova", False),
        ("ISO", "Kestrel Agro Nova", False),
        ("KL", "Kestrel", False),
        ("K-A", "Kestrel Agro", False),
    ],
)
def test_an_initialism_spells_its_names_initials(term, owner, spelled):
    assert _spells_initials(term, owner) is spelled


# --- "Chief Executive Officer of X": the company X, no "Officer of X" ----------------------------------------------


def _named(text: str, kind: str) -> list[str]:
    from loaders.clean import layout
    from loaders.extract.entities import find_entities

    return [m.name for m in find_entities(text, layout(text).paragraphs, {}).mentions if m.kind == kind]


def test_a_chief_executive_officer_of_a_company_names_the_company():
    text = "The deal was witnessed by the Chief Executive Officer of Kestrel Foods Public Company Limited, Mr. Tan Boon."
    assert "Kestrel Foods" in _named(text, "organisation")
    assert not any(name.startswith("Officer") for name in _named(text, "organisation"))


def test_an_officers_title_before_a_name_still_names_the_person():
    # must not: "Officer" before a person's name is a title, and the person is found
    assert "Jane Hale" in _named("Officer Jane Hale of the Marlow Police said the road was closed.", "person")
