"""The m21 round's kinds that recur on other pages: Sierra Leone's new leone by the "NLe" its papers print, a bare "$"
on the page of a land that uses another's dollar, Krio's and Gilbertese's courtesy titles before a name. Short
sentences of our own."""

from __future__ import annotations

import pytest

from loaders.extract.entities.runs import _STOP_ENDED_LEGAL_FORMS
from loaders.group.claims import same_amount
from tests.helpers import TITLE, claim_values, organisation_names, said
from tests.test_claim_groups import extract
from tests.test_entity_rules import people


def _units(text: str) -> dict[str, str]:
    return {written: unit for written, _value, unit in claim_values(text)}


# Sierra Leone's leone, redenominated in 2022, printed "NLe" (new leones) by Freetown's papers before the sum
# ("NLe 265 million", "NLe 9,500"), as "Le" is: the new leone (SLE), and no organisation. Must not change: the
# letters on a page of no land of the leone.
@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("FREETOWN - The Bo mill in Sierra Leone will cost NLe 265 million, the firm said.", "NLe 265 million", 265e6),
        ("FREETOWN - Farmers in Sierra Leone will be paid NLe 9,500 for a bag.", "NLe 9,500", 9500),
        ("FREETOWN - A Kenema bank in Sierra Leone will lend NLe90 million to the mill.", "NLe90 million", 90e6),
    ],
)
def test_the_new_leone_of_sierra_leone(text, written, value):
    found = {w: (v, u) for w, v, u in claim_values(text)}
    assert found[written] == (value, "SLE"), found


def test_the_new_leones_sign_is_no_organisation():
    text = (
        TITLE + "FREETOWN - The Bo mill in Sierra Leone will cost NLe 265 million, the firm said.\n\n"
        "It will pay NLe 9,500 for a bag. Traders pay NLe 6,000 a bag."
    )
    assert "NLe" not in organisation_names(text).values()


# Must not change: a company whose name holds a land's letter sign as a word stays the company.
def test_a_name_holding_a_letter_sign_stays_the_company():
    text = TITLE + "Le Chic Foods will open a shop in Leeds. Le Chic Foods employs 40 people."
    assert "Le Chic Foods" in organisation_names(text).values()


def test_the_new_leones_letters_on_a_page_of_no_leone_land_are_no_money():
    units = _units("The Lyon group will spend NLe 80 million on its French plants.")
    assert "SLE" not in units.values(), units


# Kiribati, Tuvalu and Nauru pay in the Australian dollar, and their government's releases and papers print it with a
# bare "$" ("The plant will cost $21.0 million"). Must not change: the bare "$" on a page of no such land (the US
# dollar), and the US dollar a Kiribati page prints as "US$".
@pytest.mark.parametrize(
    "text",
    [
        "BAIRIKI, Kiribati - The Betio plant in Kiribati will cost $21.0 million, the ministry said.",
        "FUNAFUTI, Tuvalu - The Tuvalu wharf will cost $4.5 million, the government said.",
    ],
)
def test_a_bare_dollar_on_a_page_of_an_australian_dollar_land(text):
    assert [u for _w, _v, u in claim_values(text) if _v > 1e6] == ["AUD"], claim_values(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Ohio plant will cost $21.0 million, the company said.", "USD"),
        ("BAIRIKI, Kiribati - Skipjack in Kiribati sold for US$1,650 a tonne.", "USD"),
    ],
)
def test_a_dollar_elsewhere_or_printed_us_stays_the_us_dollar(text, unit):
    assert {u for _w, _v, u in claim_values(text)} == {unit}, claim_values(text)


# Krio's courtesy title for an elder man ("Pa"), as Sierra Leone's papers print it before a name, and Gilbertese's for
# a man ("Tem") and a woman ("Nei"), as Kiribati's releases and Pacific radios print them: no word of the name. Must
# not change: the news agency "PA" and the abbreviation of Pennsylvania ("Pa.").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The farmers\' chairman, Pa Alieu Sesay, spoke on Monday. "We will plant more," Pa Sesay said.',
            "Alieu Sesay",
        ),
        ('The manager, Tem Ioane Rimon, spoke on Monday. "We will hire in May," Tem Rimon said.', "Ioane Rimon"),
        ('A trader, Nei Tiaon Kirata, spoke on Monday. "We will sell less," Nei Kirata said.', "Tiaon Kirata"),
    ],
)
def test_a_krio_or_gilbertese_courtesy_title_is_no_part_of_the_name(text, speaker):
    assert said(text) == [(text.split('"')[1], speaker)]
    found = people(text)
    assert speaker in found
    assert not any(name.startswith(("Pa ", "Tem ", "Nei ")) for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        'PA Media reported the sale on Monday. "We will hire in May," the manager said.',
        "The plant in Scranton, Pa., will close in May, the company said.",
    ],
)
def test_the_agency_pa_and_pennsylvania_are_no_title(text):
    assert not any(name.startswith(("Pa", "PA")) for name in people(text)), people(text)


# (m21 review H1) "Tem" is an English nickname ("Tem Morrison"), "Nei" and "Pa" given names and family names in
# Chinese, Hmong and Burmese ("Nei Yang", "Pa Vang", "Ma Pa"): a title only where the page prints it before a full
# name and again before that name's last word alone (above); elsewhere a word of the person's name.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"We lost everything," said Tem Morrison, a farmer in Ohio.', "Tem Morrison"),
        ('"Prices will rise," said Nei Yang, an analyst.', "Nei Yang"),
        ("Pa Vang, a Hmong farmer, said the rain came late.", "Pa Vang"),
        ("Ma Pa, a trader in Lagos, said sales fell.", "Ma Pa"),
        ("Pa Sesay said the harvest was poor.", "Pa Sesay"),
    ],
)
def test_pa_tem_and_nei_are_names_where_the_page_shows_no_title(text, person):
    assert person in people(text), people(text)


# ... but on a page of the land whose language they are titles in, titles before any name, printed once.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The plant in Kiribati will open in May.\n\nNei Tiaon Kirata, a fish seller, said: "We will sell less."',
            "Tiaon Kirata",
        ),
        ('Rice is dear in Sierra Leone. "We will plant more," said Pa Alieu Sesay, a farmer.', "Alieu Sesay"),
    ],
)
def test_pa_tem_and_nei_are_titles_on_a_page_of_their_land(text, speaker):
    assert said(text) == [(text.split('"')[1], speaker)]


# A bound and an approximation of one number, printed equally finely ("over 6,000 farmers", "about 6,000 farmers"):
# each outlet's figure may be the other's (6,100 is both), so they agree, whichever is read first. Must not change: a
# bound and an approximation a step apart, and two approximations a half step apart.
@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Pelican Mills buys from over 6,000 farmers.", "Pelican Mills buys from about 6,000 farmers.", True),
        ("Pelican Mills buys from more than 6,000 farmers.", "Pelican Mills buys from approximately 6,000 farmers.", True),
        ("Pelican Mills buys from nearly 6,000 farmers.", "Pelican Mills buys from around 6,000 farmers.", True),
        ("Pelican Mills buys from over 6,000 farmers.", "Pelican Mills buys from about 5,000 farmers.", False),
        ("Pelican Mills buys from nearly 6,000 farmers.", "Pelican Mills buys from about 7,000 farmers.", False),
        ("Pelican Mills buys from about 2,400 farmers.", "Pelican Mills buys from about 2,350 farmers.", False),
    ],
)
def test_a_bound_and_an_approximation_of_one_number_agree_either_way(a, b, agree):
    (first,), (second,) = extract({"a": a}), extract({"b": b})
    assert same_amount(first.claim, second.claim) is agree
    assert same_amount(second.claim, first.claim) is agree


# A filing's defined terms in brackets and quotes with no "the" before them, as Brazilian, Portuguese and Spanish
# filings print them in English ('Kestrel Foods S.A. ("Company" or "Kestrel")', 'a plant in Leeds ("Project")', 'the
# venture ("JV")'): a party's term names the party wherever it stands after ("the Company's share"); a deal's, a
# project's or a venture's term is no organisation. Must not change: a company's short name so defined stays its
# name, and a body's name so defined stays a body.
def test_a_party_term_defined_with_no_the_names_the_party():
    text = (
        TITLE + 'KESTREL FOODS S.A. ("Company" or "Kestrel") informs the market that it signed a deal.\n\n'
        "The Company's share of the cost is R$ 25.0 million."
    )
    names = organisation_names(text)
    assert names.get("Company", "").casefold() == "kestrel foods", names


@pytest.mark.parametrize(
    "text",
    [
        TITLE + 'Kestrel Foods S.A. will build a mill in Leeds ("Project").\n\nThe Project will cost R$ 62.4 million.',
        TITLE + 'Kestrel Foods S.A. will run the plant through Harlow Mills Ltd ("JV").\n\nThe JV will hire 200 people.',
    ],
)
def test_a_deals_term_defined_with_no_the_is_no_organisation(text):
    names = organisation_names(text)
    assert not {"Project", "JV"} & set(names.values()), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            TITLE + 'Kestrel Foods S.A. signed with Harlow Mills Ltd ("Harlow") on Monday.\n\nHarlow will supply the grain.',
            "Harlow Mills",
        ),
        (
            TITLE + 'The mill is owned by Orvale Growers Cooperative ("Orvale Growers") in Leeds.\n\nIt has 400 members.',
            "Orvale Growers",
        ),
    ],
)
def test_a_short_name_defined_with_no_the_stays_the_companys(text, name):
    names = organisation_names(text)
    assert any(n.startswith(name) for n in names.values()), names


# (m21 review M2) A short name with no "the" that is the last word of the company named right before it ('Kestrel Bank
# Plc ("Bank")') is that company's short name, no term of ordinary nouns.
@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        (
            'Harlow Mills signed with Kestrel Bank Plc ("Bank") on Monday.\n\nThe Bank will lend 2 million.',
            "Bank",
            "Kestrel Bank",
        ),
        (
            'Harlow Mills signed with Orvale Cooperative ("Cooperative") on Monday.\n\nThe Cooperative will buy rye.',
            "Cooperative",
            "Orvale Cooperative",
        ),
    ],
)
def test_a_short_name_that_is_the_companys_last_word_stays_its(text, short, name):
    assert organisation_names(TITLE + text).get(short) == name, organisation_names(TITLE + text)


# A government's release opens with its masthead, a line of its own naming the land ("GOVERNMENT OF KIRIBATI",
# "Government of Tuvalu"): the page is that land's, as a dateline makes it, and its bare "$" that land's money where its
# papers print their own so. Must not change: a land of no dollar of its own keeps the US dollar, and a government
# named in a sentence makes no masthead.
@pytest.mark.parametrize(
    "masthead",
    ["GOVERNMENT OF KIRIBATI", "Government of Tuvalu"],
)
def test_a_government_masthead_makes_the_page_its_lands(masthead):
    text = (
        f"{masthead}\nMinistry of Fisheries\n\nMEDIA RELEASE\n\n"
        "The plant, built with a partner from Manta in Ecuador, will cost $21.0 million, the ministry said."
    )
    assert {u for _w, v, u in claim_values(text) if v > 1e6} == {"AUD"}, claim_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "GOVERNMENT OF SIERRA LEONE\nMinistry of Trade\n\nPRESS RELEASE\n\nThe Bo plant will cost $21.0 million, it said.",
        "Town news\n\nThe Government of Kiribati will pay $21.0 million to Ohio Boats Inc of Ohio, the Ohio firm said in Ohio.",
    ],
)
def test_no_masthead_or_no_dollar_land_keeps_the_us_dollar(text):
    assert {u for _w, v, u in claim_values(text) if v > 1e6} == {"USD"}, claim_values(text)


# (m21 review M3) A masthead is a line at the page's top or set off by a blank line, not a hard-wrapped line of prose
# ("... under the flag of the\nRepublic of Kiribati\nand was sold ..."). Must not change: a masthead under a site's
# line at the top, or set off between blank lines.
def test_a_wrapped_line_of_prose_is_no_masthead():
    text = (
        "Ships of the week\n\nThe Kestrel sails under the flag of the\nRepublic of Kiribati\n"
        "and was sold for $21.0 million in Singapore."
    )
    assert {u for _w, v, u in claim_values(text) if v > 1e6} == {"USD"}, claim_values(text)


@pytest.mark.parametrize(
    "head",
    ["Te Tautaeka\nGOVERNMENT OF KIRIBATI\nMinistry of Fisheries\n\n", "Media release\n\nGovernment of Kiribati\n\n"],
)
def test_a_masthead_at_the_top_or_set_off_makes_the_page_its_lands(head):
    text = head + "The plant, built with a partner from Manta in Ecuador, will cost $21.0 million, the ministry said."
    assert {u for _w, v, u in claim_values(text) if v > 1e6} == {"AUD"}, claim_values(text)


# A legal form written with its stop ends its name where a capitalised word follows that is no legal form: the stop
# ends the sentence too ("... owned by Kestrel Foods Ltd. Harlow Mills S.A. will hold the rest"). Must not change: a
# legal form of two words ("Co. Ltd.", "Pty. Ltd."), the Irish county's "Co." before its name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant will be owned by Kestrel Foods Ltd. Harlow Mills S.A. will hold the rest.",
            {"Kestrel Foods", "Harlow Mills"},
        ),
        ("Half of it is owned by Kestrel Foods S.A. Harlow Mills Ltd. owns the rest.", {"Kestrel Foods", "Harlow Mills"}),
        (
            "Half of it is owned by Kestrel Rice Company (SL) Ltd. Harlow Mills S.A. owns the rest.",
            {"Kestrel Rice", "Harlow Mills"},
        ),
    ],
)
def test_a_legal_form_with_its_stop_ends_the_name_before_the_next_sentence(text, expected):
    assert set(organisation_names(TITLE + text).values()) == expected, organisation_names(TITLE + text)


# (m21 review H2) Every legal form written with its stop, lower-case and non-ASCII letters too ("S.p.A.", "S.r.l.",
# "A.Ş."), is no word of the company's name at a sentence's end; a form of dotted letters keeps its stop.
@pytest.mark.parametrize("form", sorted(_STOP_ENDED_LEGAL_FORMS))
def test_every_legal_form_with_its_stop_at_a_sentences_end_leaves_the_name(form):
    text = TITLE + f"The deal was signed with Anatolia Karoseri {form} The ceremony was attended by the minister."
    text += "\n\nAnatolia Karoseri builds buses."
    found = organisation_names(text)
    assert set(found.values()) == {"Anatolia Karoseri"}, found
    if form.count(".") >= 2:  # a form of dotted letters keeps its stop ("S.p.A.")
        assert f"Anatolia Karoseri {form}" in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plant will be built by Kestrel Electronics Co. Ltd. in Busan.", "Kestrel Electronics"),
        ("The plant will be built by Kestrel Mining Pty. Ltd. in Perth.", "Kestrel Mining"),
    ],
)
def test_a_legal_form_of_two_words_stays_one_name(text, name):
    assert name in organisation_names(TITLE + text).values(), organisation_names(TITLE + text)


# A list line's label naming what is counted, a hedge between its colon and its number ("Jobs: ~400", "Jobs: about
# 400", "Staff: c. 250"), as the number alone after the colon is ("Jobs: 400"). Must not change: a label naming no count.
@pytest.mark.parametrize(
    ("line", "written", "unit"),
    [
        ("- Jobs: ~400 (the release says 450)", "400", "jobs"),
        ("- Jobs: about 400", "400", "jobs"),
        ("- Employees: c. 250", "250", "employees"),
    ],
)
def test_a_hedged_figure_after_a_list_lines_label(line, written, unit):
    text = TITLE + f"The numbers:\n{line}\n- Debt: AUD 8m"
    found = {w: u for w, _v, u in claim_values(text)}
    assert found.get(written) == unit, found


def test_a_hedged_figure_after_a_label_naming_no_count():
    text = TITLE + "The numbers:\n- Start: ~2028\n- Debt: AUD 8m"
    assert {u for _w, _v, u in claim_values(text)} <= {"AUD"}, claim_values(text)


# A venture's split printed as two shares joined by a slash, a colon or a hyphen before the venture's or the split's
# noun ("a 51/49 JV", "a 60:40 joint venture", "a 50-50 split"): two shares, in percent. Must not change: two numbers
# not adding up to a hundred ("a 24/7 service", "the 2025-26 season"), and a pair before no such noun ("a 60/40 mix").
@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("Kestrel Foods formed a 51/49 JV with Harlow Mills.", [51.0, 49.0]),
        ("Kestrel Foods and Harlow Mills formed a 60:40 joint venture on Monday.", [60.0, 40.0]),
        ("Kestrel Foods and Harlow Mills agreed a 50-50 split of the profits.", [50.0, 50.0]),
    ],
)
def test_a_ventures_split_is_two_shares(text, shares):
    assert [v for _w, v, u in claim_values(TITLE + text) if u == "percent"] == shares, claim_values(TITLE + text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Foods runs a 24/7 service in Leeds.",
        "Kestrel Foods sponsored the 2025-26 season in Leeds.",
        "Kestrel Foods sells a 60/40 mix of rye and wheat.",
    ],
)
def test_a_pair_of_numbers_that_is_no_split(text):
    assert not [v for _w, v, u in claim_values(TITLE + text) if u == "percent"], claim_values(TITLE + text)


# A minister's portfolio after "for" as after "of" ("the Minister for Fisheries and Marine Resources Development"): the
# fields are the title's, no organisation, though one of them ends as companies do ("Resources"). Must not change: a
# company of that ending named apart from a title, and a ministry's whole name.
def test_a_ministers_portfolio_after_for_is_no_organisation():
    text = TITLE + "At the launch the Minister for Fisheries and Marine Resources Development, Jo Hale, spoke."
    assert organisation_names(text) == {}, organisation_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister met Kestrel Marine Resources in Leeds on Monday.", "Kestrel Marine Resources"),
        ('"It is good," said Jo Hale, secretary of the Kestrel Growers Forum of Leeds.', "Kestrel Growers Forum of Leeds"),
        ("Jo Hale, company secretary of Kestrel Resources, signed the deal.", "Kestrel Resources"),
        (
            "The Ministry of Fisheries and Marine Resources Development (MFMRD) approved the plant.",
            "Ministry of Fisheries and Marine Resources Development",
        ),
    ],
)
def test_a_company_or_a_ministry_beside_a_portfolio_stays(text, name):
    assert name in organisation_names(TITLE + text).values(), organisation_names(TITLE + text)


# (m21 review H4) Only a portfolio's fields are the title's: a company listed after a minister ("the Minister for
# Mines, Kestrel Resources and Harlow Gold Ltd.") or printed straight after the portfolio stays an organisation.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The meeting was attended by the Minister for Mines, Kestrel Resources and Harlow Gold Ltd.",
            {"Kestrel Resources", "Harlow Gold"},
        ),
        ("He thanked the Minister for Trade and Kestrel Resources for their support.", {"Kestrel Resources"}),
        ("The Minister of Mines Kestrel Resources chief Jo Hale met on Monday.", {"Kestrel Resources"}),
    ],
)
def test_a_company_listed_after_a_ministers_portfolio_stays(text, names):
    assert set(organisation_names(TITLE + text).values()) == names, organisation_names(TITLE + text)
