"""Review findings on the c17 round's claims, on short original sentences: a whole and a half before a
scale ("two and a half million") is read whole, not as "a half million"; a sum in pounds followed by
"of" stays money where money is meant before it ("was fined", "raised") or a part of the sum follows
("of which", "of its stake"), and a weight where a thing weighed follows; a sentence opening on "It" or
"The company" gives its figure to the company only where the organisation named after the figure just
reports it."""

from __future__ import annotations

import pytest

from loaders.extract.claims import dateline_agency
from loaders.extract.claims.context import is_exchange
from loaders.spans import Span
from tests.test_claim_groups import groups_of
from tests.test_claims import claims_of


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(c.value_as_written, c.value, c.unit) for c in claims_of(text, "2026-11-27")]


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        ("Turnover at Wexcombe Dairies climbed to one and a half million euros.", "one and a half million euros", 1.5e6, "EUR"),
        ("Wexcombe Dairies bottled three and a half million litres last year.", "three and a half million", 3.5e6, "litres"),
        ("Wexcombe Dairies bottled 4 and a half million cartons last year.", "4 and a half million", 4.5e6, "cartons"),
        ("Wexcombe Dairies has six and a half thousand suppliers.", "six and a half thousand", 6500, "suppliers"),
    ],
)
def test_a_whole_and_a_half_before_a_scale_is_read_whole(text, written, value, unit):
    read = _read(text)
    assert any(w == written and v == pytest.approx(value) and (unit is None or u == unit) for w, v, u in read), read
    # never the half alone ("a half million" read as 500,000)
    assert not any(w.lower().startswith("a half") for w, _, _ in read), read


def test_half_a_scale_after_and_is_still_read():
    read = _read("Brannock Farms rears 3.2 million hens a year and half a million turkeys.")
    assert ("half a million", 500000, "turkeys") in read, read


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Tollbridge Mills was fined 6 million pounds of which a third was suspended.", "GBP"),
        ("The hospice raised 2 million pounds of gifts from local families in 2025.", "GBP"),
        ("Pellow Brewery received 3 million pounds of regional backing last year.", "GBP"),
        ("Corran Boats sold 5 million pounds of its holding in the marina last year.", "GBP"),
        ("Corran Boats paid 8 million pounds of the bill in cash.", "GBP"),
        # a thing weighed after "of", no money before: a weight
        ("Corran Fisheries landed 9 million pounds of mackerel last year.", "pounds"),
    ],
)
def test_pounds_of_are_money_where_money_is_meant(text, unit):
    read = _read(text)
    assert [u for _, _, u in read][:1] == [unit], read


def test_a_fine_in_pounds_of_which_groups_with_the_same_fine_in_sterling():
    groups = groups_of(
        {
            "a": "Tollbridge Mills was fined 6 million pounds of which a third was suspended.",
            "b": "Tollbridge Mills was fined £6 million on Tuesday.",
        }
    )
    assert groups == [({"a", "b"}, "consistent")]


def _subjects(text: str) -> dict[str, str | None]:
    return {c.value_as_written: c.subject for c in claims_of(text, "2026-11-27")}


_OPENING = "Marrow Preserves has bought 70% of Dalby Conserves.\n\nMarrow Preserves bottles pickles in Aarhus.\n\n"


@pytest.mark.parametrize(
    "sentence, written, subject",
    [
        # the organisation after the figure is who holds or sells it: its own
        ("It said 35% of the Danish pickle market is held by Osterby Group.", "35%", "Osterby Group"),
        ("It said 48% of Denmark's mustard is sold by Osterby Group.", "48%", "Osterby Group"),
        ("It said sales of 6 million jars a year made Osterby Group the leader.", "6 million", "Osterby Group"),
        # the organisation after the figure is a counterparty, the opening no report: the company's
        ("The company had raised $85 million so far from backers including Holt Ventures.", "$85 million", "Marrow Preserves"),
        # the organisation after the figure only reports it: the company's
        (
            "The company booked turnover of 31.5 million euro in 2025, the registry office Regnum figures showed.",
            "31.5 million euro",
            "Marrow Preserves",
        ),
        (
            "It booked turnover of 31.5 million euro in 2025, figures from Hallund Research showed.",
            "31.5 million euro",
            "Marrow Preserves",
        ),
    ],
)
def test_it_opening_a_sentence_owns_a_figure_only_a_reporter_names(sentence, written, subject):
    assert _subjects(_OPENING + sentence).get(written) == subject, _subjects(_OPENING + sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Growers sowed Bt176 cotton on 25,000 hectares, Tamsin Seeds said.",
        "Tamsin Seeds sells Bt 11 corn seed in nine countries.",
        "Dacia Grain SRL (fiscal code RO24519876) milled 8,000 tonnes of rye in 2025.",
        "The Romanian arm, registered as RO 3307 in Brasov, has 180 staff.",
    ],
)
def test_baht_and_rial_signs_are_no_money_in_a_code_or_a_crops_name(text):
    read = _read(text)
    assert not any(u in {"THB", "OMR"} for _, _, u in read), read


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Chao Phraya Foods Plc paid Bt3.1 billion for the cannery.", 3.1e9, "THB"),
        ("Chao Phraya Foods shares ended at Bt18.40 in Bangkok.", 18.4, "THB"),
        ("Nizwa Cement paid RO 320 a tonne, the Omani company said in Muscat, Oman.", 320, "OMR"),
    ],
)
def test_baht_and_rial_signs_read_with_a_scale_a_decimal_or_in_their_countrys_story(text, value, unit):
    assert any(v == pytest.approx(value) and u == unit for _, v, u in _read(text)), _read(text)


@pytest.mark.parametrize(
    "name, exchange",
    [
        ("Lisbon Stock Exchange", True),
        ("Wiener Börse", True),
        ("Bolsa de Valores de Quito", True),
        ("Bursa Malaysia", True),
        ("Bourse Direct", False),  # a broker named after the bourse
        ("Bolsa Futura SA", False),
    ],
)
def test_an_exchange_is_one_by_its_names_head(name, exchange):
    assert is_exchange(name) is exchange


def test_a_company_named_after_a_bourse_keeps_its_share_price():
    text = "Tavira Capital SA has agreed to buy Bolsa Futura SA.\n\nShares in Bolsa Futura rose 7 percent on the news."
    assert _subjects(text).get("7 percent") == "Bolsa Futura", _subjects(text)


@pytest.mark.parametrize(
    "text, name, agency",
    [
        ("Tbilisi, June 9 (Kura News). Tiroler Kupfer AG has bought 40% of Ganja Wire.", "Kura News", True),
        ("Wexcombe Dairies\n\nDar es Salaam, 14 March (Pwani Wire). Wexcombe Dairies has bought a mill.", "Pwani Wire", True),
        # a name in brackets after a date in the body is no dateline's agency
        (
            "Orvane Dairy has bought Tresk Mills.\n\nThe first lorry left on May 4 (Orvane Dairy). It held 40 tonnes.",
            "Orvane Dairy",
            False,
        ),
    ],
)
def test_a_datelines_agency_only_on_the_datelines_line(text, name, agency):
    start = text.rindex(name)
    assert dateline_agency(text, Span(start, start + len(name))) is agency


def test_a_body_paragraph_opening_on_a_short_clause_is_no_dateline():
    text = "Orvane Dairy has bought Tresk Mills.\n\nIt shipped on May 4 (Orvane Dairy). It held 40 tonnes."
    start = text.rindex("Orvane Dairy")
    assert dateline_agency(text, Span(start, start + len("Orvane Dairy"))) is False
