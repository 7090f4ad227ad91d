"""Entity rules added for kinds a thirteenth round of held-out articles showed (a Samogitian district
paper translated from Lithuanian, a Baltic biomass trade site, a Småland local news site, a Réunion
daily, a Santo Antão news site and a cane-spirits newsletter). Short original sentences of our own:
(text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations, people


@pytest.mark.parametrize(
    "text, expected",
    [
        # an owner or a contractor with a given name is a person, the trade in apposition or before
        ("The mill was built by Jonas Peldaitis, a sawmill owner from Tessby.", {"Jonas Peldaitis"}),
        ("Haulage contractor Erik Lundmark of Tessby worries.", {"Erik Lundmark"}),
        ("Forestry contractor Erik Lundmark said prices fell.", {"Erik Lundmark"}),
    ],
)
def test_owners_and_contractors_with_a_given_name_are_people(text, expected):
    assert expected <= people(text)
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a contractor or an owner with no given name stays a business
        ("The work went to contractor Kestrel Build last year.", {"Kestrel Build"}),
        ("The yard was sold to Hallberg Partners, the owner of the port.", {"Hallberg Partners"}),
        ("The contractor Tessmark Civils will build the road.", {"Tessmark Civils"}),
    ],
)
def test_owners_and_contractors_without_a_given_name_stay_businesses(text, expected):
    assert expected <= organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a municipality that acts, owns or speaks is the local government
        ("Tessby Municipality has promised to repair the road.", {"Tessby Municipality"}),
        ("Tessby Municipality's business officer said the deal was good.", {"Tessby Municipality"}),
        ("Pellmoor District Municipality will pay for the new quay.", {"Pellmoor District Municipality"}),
        ("The Orvane Hills Local Municipality said it would grade the road.", {"Orvane Hills Local Municipality"}),
        ("The mayor of Tessby Municipality opened the plant.", {"Tessby Municipality"}),
    ],
)
def test_a_municipality_acting_is_a_body(text, expected):
    assert organisations(text) >= expected
    assert not expected & places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a word saying where, the municipality is the area
        ("The farm lies in Tessby Municipality, near the lake.", {"Tessby Municipality"}),
        ("Farms across the Pellmoor Municipality are dry.", {"Pellmoor Municipality"}),
    ],
)
def test_a_municipality_after_a_word_saying_where_is_a_place(text, expected):
    assert places(text) >= expected
    assert not expected & organisations(text)


def test_the_place_a_longer_body_is_named_after():
    """ "Orvane" beside "Orvane Hills Local Municipality": the place, not a short form of the body."""
    text = (
        "The Orvane Hills Local Municipality said it would grade the road. "
        "Wool from farms in the Orvane is washed there, and the Orvane has no other washery."
    )
    assert "Orvane" in places(text)
    assert "Orvane" not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town of the list written with the accents the list leaves out ("Taurage" in the list)
        ("Sales rose in Tauragė last year.", {"Tauragė"}),
        ("She was born in Tauragė.", {"Tauragė"}),
        # ... and a small town of the list so written ("Ebene")
        ("Analysts in Ebène said the deal was fair.", {"Ebène"}),
        # goods carried to a town of the list: by ship, by truck, shipped, as far as
        ("The pellets go by ship to Karlshamn every week.", {"Karlshamn"}),
        ("Logs travel by truck to Klaipėda.", {"Klaipėda"}),
        ("The sawdust was trucked as far as Šiauliai.", {"Šiauliai"}),
        ("Most of the cheese is shipped to Rotterdam.", {"Rotterdam"}),
    ],
)
def test_known_towns_in_their_own_spelling_and_where_goods_go(text, expected):
    assert places(text) >= expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a name no list knows after "shipped to" or "as far as" is no place by these rules
        ("The parts are shipped to Kestrel in bulk.", "Kestrel"),
        ("Prices went as far as Brentwick allowed.", "Brentwick"),
        # an accented name that folds to no town of any list
        ("Sales rose in Kęstrelė last year.", "Kęstrelė"),
    ],
)
def test_no_place_without_a_list_or_a_sign(text, not_a_place):
    assert not_a_place not in places(text)


def test_cape_verde_is_named_as_english_news_names_it():
    """The country's name as English news writes it, whichever spelling the article uses."""
    assert found_in("Exports to Cabo Verde rose.").names("place") == {"Cape Verde"}
    assert found_in("Exports to Cape Verde rose.").names("place") == {"Cape Verde"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trade worked on one's own account, a person, then "of" or "from": the person's village
        ("Forestry contractor Erik Lundmark of Pellby worries about prices.", {"Pellby"}),
        ("The fisherman Ivo Rand of Skerrö sells herring.", {"Skerrö"}),
        ("The mill was built by Jonas Peldaitis, a sawmill owner from Tessuva.", {"Tessuva"}),
    ],
)
def test_the_village_of_a_person_working_on_their_own_account(text, expected):
    assert places(text) >= expected
    assert not expected & organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an employee's employer stays an organisation
        ("Analyst Jo Hale of Kestrel said prices fell.", {"Kestrel"}),
        # a contractor with no kind of work before the trade works as often for a firm
        ("Contractor Jo Hale of Balfour said the job was late.", {"Balfour"}),
        ("The contractor Jo Hale of Tessmoor said the job was late.", {"Tessmoor"}),
        # a longer name after "of" may be the trader's business
        ("The contractor Jo Hale of Tessmoor Civils said prices fell.", {"Tessmoor Civils"}),
        ("The contractor Jo Hale of Tessmoor Construction said prices fell.", {"Tessmoor Construction"}),
    ],
)
def test_an_employer_after_of_stays_an_organisation(text, expected):
    assert organisations(text) >= expected
    assert not expected & places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an island after "on", then "in" or "off" and a country a list knows
        ("The firm bought a small producer on Tessay in Cape Verde.", {"Tessay", "Cape Verde"}),
        ("Most of the cheese is made on Skerrow off Scotland.", {"Skerrow", "Scotland"}),
        ("A distillery on São Orvane in Portugal was sold.", {"São Orvane", "Portugal"}),
        # a place in "the valley of"
        ("The trapiche lies in the valley of Orvane, on the north coast.", {"Orvane"}),
    ],
)
def test_islands_and_valleys(text, expected):
    assert places(text) >= expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # after a verb's past or -ing form, "on" names what is worked on
        ("He worked on Kestrel in Spain.", "Kestrel"),
        ("The team is focusing on Kestrel in Spain.", "Kestrel"),
        # a day, an organisation or a person after "on"
        ("The bank reported on Monday in France that sales fell.", "Monday"),
        ("The firm spent heavily on Kestrel Bank in Spain.", "Kestrel Bank"),
        ("They bet on Anna Berg in Spain.", "Anna Berg"),
        # "on" after any noun but a producer's or a site's names what the noun is about
        ("Regulators in Brussels opened an inquiry on Kessway in Germany last week.", "Kessway"),
        ("The ban on Huawei in Britain was extended.", "Huawei"),
        ("A report on Solvane in France showed profits fell.", "Solvane"),
        ("Analysts are bullish on Tessvane in Japan after the deal.", "Tessvane"),
        ("The tax on Kestrel in Ireland was upheld by the court.", "Kestrel"),
    ],
)
def test_no_island_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case kind of body after its name, in the name's own language
        ("It stopped when Tessavos bankas called in a loan.", {"Tessavos bankas"}),
        ("The loan came from Orvana banka Pellgrad last year.", {"Orvana banka Pellgrad"}),
        # a legal form written before the name, with the lower-case words of its language
        ("The firm bought UAB Tessavos grūdai for 2.3 million euros.", {"UAB Tessavos grūdai"}),
        # cane mills, distilleries and dairies named in Portuguese and French
        ("Terms were not disclosed. Trapiche Orvalho makes 90,000 litres a year.", {"Trapiche Orvalho"}),
        ("The buyer was a cachaça group, Engenho Pedra Alta.", {"Engenho Pedra Alta"}),
        ("Sucrerie Tessac will close its press.", {"Sucrerie Tessac"}),
        # a body named in its own language ends before its owner's "'s"
        ("Queijaria da Orvana's owner said the plant would open.", {"Queijaria da Orvana"}),
    ],
)
def test_bodies_by_their_own_grammar(text, expected):
    assert organisations(text) >= expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # an English "bank" in lower case after a name is no part of it
        ("The Orvana bank was sold.", "Orvana bank"),
        # a legal form before capitalised words only is left to the other rules ("AS Roma" is a club)
        ("The AS Roma match was cancelled.", "AS Roma match"),
        # an everyday English word after the legal form's name is no word of the name
        ("The firm bought UAB Tessavos for cash.", "UAB Tessavos for"),
        # the name ends before an English verb: a speech verb or an inflection of an English word
        ("UAB Tessavos said it would expand.", "UAB Tessavos said"),
        ("UAB Tessavos hauls timber to the port.", "UAB Tessavos hauls"),
    ],
)
def test_no_body_beyond_its_own_grammar(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a business's sites, plural or opening a sentence, then "in" and a list closed by "and"
        ('"Sawmills in Orvane, Tessby and Pellow kept piling it up," he said.', {"Orvane", "Tessby", "Pellow"}),
        ("The canneries in Orvane, Tessby and Pellow closed.", {"Orvane", "Tessby", "Pellow"}),
    ],
)
def test_sites_in_a_list_of_villages(text, expected):
    assert places(text) >= expected


@pytest.mark.parametrize(
    "text",
    [
        # "Shares in X, Y and Z": no site before the list, no place
        "Shares in Orvane, Tessby and Pellow rose.",
        # an organisation's sites opening a sentence may be a list of retailers' ("Stores in X, Y and Z")
        "Stores in Orvane, Tessby and Pellow were shut.",
        "Offices in Orvane, Tessby and Pellow were shut.",
    ],
)
def test_no_village_in_a_list_of_companies_after_sites(text):
    assert not places(text) & {"Orvane", "Tessby", "Pellow"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name seen twice where places are named (on an island, visited), no company's sign
        ("The works on Tessaig employs eleven people. The buyer visited Tessaig in May.", "Tessaig"),
        # ... or once so and once listed with a place the article names
        ("Boats from Stornoway and Orvasay landed fish. A new shed on Orvasay will open.", "Orvasay"),
    ],
)
def test_a_recurring_name_where_places_are_named_is_a_place(text, expected):
    assert expected in places(text)
    assert expected not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a recurring name that acts or owns stays a company
        ("Kestrava sells grain to mills. Analysts said Kestrava would grow.", "Kestrava"),
        ("About 300 jobs, mostly in Kestrava's head office, will go. Kestrava said sales fell.", "Kestrava"),
    ],
)
def test_a_recurring_company_is_no_place(text, expected):
    assert expected not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "on" before a company is everyday business English: no island without a producer or a site before it
        ("Pressure on Kessway grew after the recall. Kessway shares fell 5%. Lenders kept pressure on Kessway.", "Kessway"),
        ("The US imposed new curbs on Huawei in May. Suppliers said the curbs on Huawei would hurt them.", "Huawei"),
        ("Investors piled on Nvidia in March. Bets on Nvidia kept rising, analysts said.", "Nvidia"),
        ("Ofgem called on Centrica to cut prices. Pressure on Centrica rose.", "Centrica"),
    ],
)
def test_a_company_after_on_stays_a_company(text, expected):
    assert expected in organisations(text)
    assert expected not in places(text)


def test_a_visit_alone_names_no_town():
    """People visit companies too: a visit, even twice, with no place's sign names no town."""
    assert "Tessvane" not in places("The minister visited Tessvane last month. She visited Tessvane again in June.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city of the list written with the accents the list leaves out, found as written
        ("Chișinău is the seat of the bank.", {"Chișinău"}),
        ("Tourists come from Comrat and Chișinău by bus.", {"Chișinău"}),
    ],
)
def test_a_listed_city_in_its_own_spelling(text, expected):
    assert places(text) >= expected


def test_a_short_accented_name_is_no_city_of_the_list():
    """ "Văn" of a Vietnamese name is no "Van": the person keeps their middle name."""
    assert not places("Nguyễn Văn Hùng said prices rose.")
    assert "Nguyễn Văn Hùng" in people("Nguyễn Văn Hùng said prices rose.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Catalan "Grup", Nordic "Kapital", Gaelic "nan" in a body's name
        ("Grup Orvell Rossa, based in Encamp, paid an undisclosed sum.", {"Grup Orvell Rossa"}),
        ("The company is owned by the investment fund Tessvik Kapital.", {"Tessvik Kapital"}),
        ("Comhairle nan Eilean Orvay said it would help.", {"Comhairle nan Eilean Orvay"}),
    ],
)
def test_bodies_in_more_languages(text, expected):
    assert organisations(text) >= expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adviser, an accountant or a broker with a given name is a person
        ("Industry adviser Birgitte Lundgaard of Tessby Seafood Association said prices rose.", "Birgitte Lundgaard"),
        ("The accountant Maria Lind signed the accounts.", "Maria Lind"),
        # a Gaelic woman's surname with "Nic"
        ("Catriona NicOrvain, who has cut wrack for nine years, welcomed the news.", "Catriona NicOrvain"),
        # a given name written with the accents the list leaves out, first of three words
        ("Dòmhnall Iain MacOrvay said the sale was good.", "Dòmhnall Iain MacOrvay"),
        # a province's name after a given name, before a person's context
        ("The head of the district, Elena Karaman, said the investment was large.", "Elena Karaman"),
    ],
)
def test_people_by_their_names_and_trades(text, expected):
    assert expected in people(text)
    assert expected not in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adviser or an auditor with no given name stays a firm
        ("The deal was advised by adviser Rothschild last year.", "Rothschild"),
        ("Its auditors Pellow Marsh signed the accounts.", "Pellow Marsh"),
    ],
)
def test_advisers_without_a_given_name_stay_firms(text, expected):
    assert expected in organisations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province's name among places stays a place
        ("Exports from Turkey and Karaman rose.", "Karaman"),
    ],
)
def test_a_province_without_a_person_stays_a_place(text, expected):
    assert expected in places(text)


def test_a_known_town_after_a_business_and_from():
    """ "Tessvik Seafood from Sisimiut": the town of the lists the business comes from."""
    assert "Sisimiut" in places("When Tessvik Seafood from Sisimiut bought the processor, prices rose.")


def test_no_town_of_a_business_the_lists_do_not_know():
    assert "Orvanby" not in places("The loan came from Kestrel Bank from Orvanby last year.")


def test_a_recurring_name_listed_before_a_place_is_no_company():
    """ "from Tessaly and Chișinău", "Tessaly market": listed before a place, no company's sign."""
    text = "Tourists come from Tessaly and Chișinău. Read more: Tessaly market gets a roof."
    assert "Tessaly" not in organisations(text)
