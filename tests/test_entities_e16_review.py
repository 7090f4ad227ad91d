"""Fixes after the review of the e16 round's entity rules: misfires of the one-name, family-name-first,
kin-titled-brand, settlement-list and valley rules, and the family-name rule's time on long lines.
Short original sentences of our own."""

from __future__ import annotations

import string
import time

import pytest

from loaders.extract.entities.people import family_names_in_capitals
from loaders.extract.entities.state import ArticleState
from loaders.extract.types import PERSON
from loaders.spans import Span
from tests.test_entity_rules import found_in, organisations, people


def _capitals(number: int) -> str:
    word = ""
    for _ in range(4):
        word += string.ascii_uppercase[number % 26]
        number //= 26
    return word


@pytest.mark.timeout(60)
def test_family_names_in_capitals_stay_linear_on_one_long_line():
    """Thousands of "FAMILY Given" pairs, each family distinct, on one line with no newline: the line is
    judged once, and the family names alone are found in one pass, not one scan of the text a name."""
    text = "".join(f"The buyer, {_capitals(number)} Maria, agreed. " for number in range(128 * 1024 // 30))
    article = ArticleState(text, [Span(0, len(text))])
    started = time.perf_counter()
    family_names_in_capitals(article)
    elapsed = time.perf_counter() - started
    people = [m for m in article.found.mentions if m.kind == PERSON]
    assert len(people) > 4000
    assert elapsed < 15


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a title firms hold as often as people: a single name after or before one is no person
        ("The lender hired technology partner Wipro to rebuild its card system.", "Wipro"),
        ("Orvane named logistics partner Kuehne for the northern route.", "Kuehne"),
        ("Begbies, the liquidator of the brewer, has sued two former directors.", "Begbies"),
        ("A judge appointed liquidator Quantuma in June.", "Quantuma"),
        ("Teneo, the administrator of the chain, sold 25 shops.", "Teneo"),
        ("Jefferies, the global coordinator for the listing, cut the price range.", "Jefferies"),
        ("The scheme's trustee, Equiniti, holds the bonds.", "Equiniti"),
        ("Sales fell by 4%, according to market analyst Circana.", "Circana"),
        ("The stage was won by title defender Jumbo, ahead of Movistar.", "Jumbo"),
    ],
)
def test_no_one_name_person_after_a_title_firms_hold(text, not_expected):
    assert not_expected not in people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title only people hold still makes a single name a person
        ("Its chief executive Wirawan told reporters that sales would rise.", {"Wirawan"}),
        ("Sudarmo, the finance director of Orvane Pangan, flew in on Monday.", {"Sudarmo"}),
        ("The winger Robinho scored twice.", {"Robinho"}),
    ],
)
def test_one_name_person_after_a_title_only_people_hold(text, expected):
    assert expected <= people(text)


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a titled person's possessive before what they own is no brand named after a kin title
        ("Finance minister Tito Ramaphala's Budget Speech forecast growth of 2%.", "Tito Ramaphala's Budget Speech"),
        ("Bu Wulandari's Instagram post drew 3,000 comments in a day.", "Bu Wulandari's Instagram"),
        ("The actress Lola Brennan's Hulu series was cancelled.", "Lola Brennan's Hulu"),
        ("Ibu Dewi Lestari's Trade Ministry raised the quota.", "Ibu Dewi Lestari's Trade Ministry"),
        # a sentence's opening word is no part of a brand's name
        ("The Pak Sastro chain opened nine shops this year.", "The Pak Sastro"),
        ("The Ibu Ningsih stalls sell noodles in Kediri.", "The Ibu Ningsih"),
    ],
)
def test_no_kin_titled_brand_of_a_persons_possessive(text, not_expected):
    assert not_expected not in organisations(text)


def test_a_kin_titled_eatery_is_still_a_brand():
    assert {"Tita Rosing's Bakeshop", "Uncle Dado's Lechon House"} <= organisations(
        "It competes with Tita Rosing's Bakeshop and Uncle Dado's Lechon House."
    )


def places(text):
    return found_in(text).names("place")


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a locative that hangs on a verb of its own clause names employers, banks or investments, not the
        # settlements of the noun before
        ("Men from the hamlets are now employed at Brantwell, Corvane and Dessop.", {"Brantwell", "Corvane", "Dessop"}),
        ("Growers in the villages invested in Halvik and Stennor last spring.", {"Halvik", "Stennor"}),
        ("People from the suburbs have found work at Lidl, Asda and Greggs.", {"Lidl", "Asda", "Greggs"}),
        ("Pensioners in the towns, who save at Hollsby and Dravin, lost interest.", {"Hollsby", "Dravin"}),
        # a people named by a nation's adjective is no settlement
        ("The plan was backed by communities of Native Americans in Nevada.", {"Native Americans"}),
    ],
)
def test_no_places_listed_after_settlements_across_a_clause(text, not_expected):
    assert not (not_expected & places(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It buys from the villages along the coast, at Parvick, Selloe and Drummoy.", {"Parvick", "Selloe", "Drummoy"}),
        (
            "It buys milk from the hamlets located in the hills, at Ormsby, Kelderby and Thwaite.",
            {"Ormsby", "Kelderby", "Thwaite"},
        ),
    ],
)
def test_places_listed_after_settlements(text, expected):
    assert expected <= places(text)


def test_a_valley_word_after_a_given_name_is_a_surname():
    text = "Marta Valle del Campo, the finance director, resigned on Friday."
    assert "Valle del Campo" not in places(text)
    assert "Marta Valle del Campo" in people(text)


def test_a_valley_word_after_the_is_a_valley():
    assert "Valle del Orvano" in places("Growers in the Valle del Orvano picked early.")


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # a word in capitals and a capitalised word are a person family name first only with a sign of one
        ("The senator told KEYE Austin that the dairy would expand.", "Keye Austin"),
        ("Fees at the BDO Madison office rose.", "Bdo Madison"),
        ("Building contractor NG Harper won the school contract in Derby.", "Ng Harper"),
        ("Letters to the editor: PO Box 3071, Orvane Heights.", "Po Box"),
        ("The insurer's results lifted SUN Life shares.", "Sun Life"),
        ("Trading under LONG Grace ended in May.", "Long Grace"),
    ],
)
def test_no_family_name_first_without_a_sign_of_a_person(text, not_expected):
    assert not_expected not in people(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Its president, HAYASHI Kenta, signed the deal.", {"Hayashi Kenta"}),
        ("Deputy editor: WANG Lihua", {"Wang Lihua"}),
        ("SEO Ji-hoon joined the board in 2021.", {"Seo Ji-hoon"}),
        ('"Costs are rising," said NAKANO Emi at the fair.', {"Nakano Emi"}),
        ("ITO Kenji signed for the club. ITO said he was happy.", {"Ito Kenji"}),
    ],
)
def test_family_name_first_with_a_sign_of_a_person(text, expected):
    assert expected <= people(text)


def test_a_given_name_before_a_surname_opening_with_a_click_is_not_one_name():
    found = people("Orvane Freight managing director Hendrik !Naobeb said volumes rose.")
    assert "Hendrik" not in found
