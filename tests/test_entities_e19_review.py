"""Review e19's findings on the entity rules of the nineteenth held-out round: short original sentences of our
own, and a count of the work the family-firm rule does on a long run of capitals."""

from __future__ import annotations

import pytest

from loaders.extract.entities import organisations as organisation_rules
from tests.test_entity_rules import found_in, organisations


class _CountingPattern:
    """A compiled pattern's stand-in that counts the words it is asked to match."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.calls = 0

    def fullmatch(self, *args):
        self.calls += 1
        return self.pattern.fullmatch(*args)


@pytest.mark.parametrize("words", [10, 400, 4000])
def test_a_long_run_of_capitals_is_walked_once(monkeypatch, words):
    # a press release's name in capitals before "of <town> and Sons": each word is looked at once, whatever
    # the run's length (the regex it replaced tried every split of the capitals: 2^n steps)
    counting = _CountingPattern(organisation_rules._CAPITALISED_WORD_RE)
    monkeypatch.setattr(organisation_rules, "_CAPITALISED_WORD_RE", counting)
    run = " ".join(["NORDVIK", "BULK", "CARRIERS"] * (words // 3 + 1))
    value = f"Shares of {run} LIMITED of Kestrel"
    assert organisation_rules.capitalised_tail(value) == value.index("Kestrel")
    assert counting.calls <= 2  # "Kestrel", then "of" ends the walk
    value = f"Shares of {run} LIMITED"
    assert organisation_rules.capitalised_tail(value) == value.index("NORDVIK")
    assert counting.calls <= 2 + len(value.split())


def test_a_capitalised_name_before_a_family_firm_is_read_in_bounded_steps(monkeypatch):
    counting = _CountingPattern(organisation_rules._CAPITALISED_WORD_RE)
    monkeypatch.setattr(organisation_rules, "_CAPITALISED_WORD_RE", counting)
    run = " ".join(["NORDVIK", "BULK", "CARRIERS"] * 30)
    text = f"Shares of {run} LIMITED of Kestrel and Sons rose."
    assert "Kestrel and Sons" in organisations(text)
    assert counting.calls <= 2 * len(text.split())


@pytest.mark.parametrize(
    "value, tail",
    [
        ("Orvo for Tessi", "Tessi"),
        ("Torrefazione Tessi", "Torrefazione Tessi"),
        ("a buyer at Orvo", "Orvo"),
        ("Orvo  Tessi", "Tessi"),
        ("Orvo S.p.A.", None),
        ("for tessi", None),
    ],
)
def test_capitalised_tail(value, tail):
    start = organisation_rules.capitalised_tail(value)
    assert (None if start is None else value[start:]) == tail


def places(text):
    return found_in(text).names("place")


@pytest.mark.parametrize(
    "text, city",
    [
        # a capital or a city standing for its government or council: its bid, stake, offer or purchases
        ("Ottawa raised its bid to host the 2034 regatta after a rival city withdrew.", "Ottawa"),
        ("Lisbon cut its stake in the port venture to 12 percent.", "Lisbon"),
        ("Nairobi doubled its purchases of maize from Uganda, millers said.", "Nairobi"),
        ("Adelaide trimmed its guidance for parking revenue.", "Adelaide"),
        ("Madrid lifted its offer to the striking bus drivers.", "Madrid"),
    ],
)
def test_a_city_acting_as_its_government_stays_a_place(text, city):
    found = found_in(text)
    assert city not in found.names("organisation")
    assert city in found.names("place")


@pytest.mark.parametrize(
    "text, company",
    [
        # what only a company has: a town's name is the company's
        ("Hobart raised its dividend to 14 cents a share.", "Hobart"),
        # the sentence says what kind of business acted
        ("Perth cut its purchases of malting barley, the brewer said.", "Perth"),
        ("Ghent raised its stake in the mill, the rival grain trader said on Monday.", "Ghent"),
        # a name on no list acting so is a company's, whatever the object
        ("Kelvaro raised its stake in the mill to 40 percent.", "Kelvaro"),
    ],
)
def test_a_company_named_like_a_town_acting(text, company):
    assert company in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # an Incoterm and its port on a price line, twice (a recurring name would be read as a company's)
        "Kernels W320 (FOB Tessport) US$3.10/lb; W240 (FOB Tessport) US$3.40/lb.",
        "Kernel, FOB Tessport: US$9.80/kg. Shell, FOB Tessport: US$2.10/kg.",
        "Barley (CIF Orvale, per tonne): steady. Wheat (CIF Orvale, per tonne): up.",
        "Kernels were quoted FOB on Monday. Buyers paid FOB prices, and FOB rates rose.",
    ],
)
def test_a_term_of_delivery_on_a_price_line_is_no_organisation(text):
    assert organisations(text) == set()


@pytest.mark.parametrize(
    "text, body",
    [
        # the same letters as a body's or a company's acronym
        ("Britain's FCA said the lender had failed its savers.", "FCA"),
        ("Shares of FCA rose after the merger talks with the French group.", "FCA"),
        ("Regulators said the DDP would review the takeover.", "DDP"),
        ("The FCA fined Harwick Bank £2m. The FCA said in a statement that it had acted.", "FCA"),
        ("The Fair Commerce Authority (FCA) said so on Friday.", "Fair Commerce Authority"),
    ],
)
def test_an_incoterm_s_letters_as_a_body(text, body):
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text, village",
    [
        # a Thai village opened by "Ban", alone in its sentence (no list, no locative)
        ("Ban Nong Kessa lies in the hills above the river.", "Ban Nong Kessa"),
        ("The school at Ban Tha Orvo, Moo 4, opened in May.", "Ban Tha Orvo"),
    ],
)
def test_a_village_opened_by_ban(text, village):
    assert village in places(text)


@pytest.mark.parametrize(
    "text",
    [
        # "Ban", an English noun, in title case: a headline's words, no village
        "Officials said the Export Ban Takes Effect Monday.",
        "The council voted for a Ban On Plastic Bags.",
        "Cigarette Ban Hits Small Shops",
        "Kids Face Ban From Pools",
        "Shop Owners Say Plastic Bag Ban Hurts Sales\n\nThe Bag Ban Came Into Force in March.",
        # a person's name written without its hyphen, after a title
        "Secretary-General Ban Ki Moon visited the flooded region.",
    ],
)
def test_ban_in_title_case_is_no_village(text):
    assert not any(place.startswith("Ban ") for place in places(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a worker "at" a name "for" what is no organisation's name: the name is a company's, not a place
        ("Tom Reyes, an engineer at Halvorn for the Atlas programme, said tests went well.", "Halvorn"),
        ("Ana Duarte, a manager at Quintara for the Orvale account, said so.", "Quintara"),
        ("Ravi Nair, an agent at Brindle for the Kestrel family, said the sale was off.", "Brindle"),
        ("Mark Hale, a teacher at Stowe for the Maths department, retired.", "Stowe"),
    ],
)
def test_a_worker_at_a_name_for_no_organisation(text, name):
    assert name not in places(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # ... and for an organisation, by a word of one: the name after "at" is where the worker works
        ("Joan Pike, a ranger at Velmora for the Coastal Parks Service, counted the seals.", "Velmora"),
        ("Yves Akpo, an inspector at Kessabo for the Conseil Consultatif National des Noix, said so.", "Kessabo"),
    ],
)
def test_a_worker_at_a_name_for_an_organisation(text, place):
    assert place in places(text)
