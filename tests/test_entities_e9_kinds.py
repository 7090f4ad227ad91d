"""Entity rules added for kinds the ninth entities round of held-out articles showed (the e8 round's
second batch first: a Northern Irish regional, a Nordic shipping journal, a Pakistani business paper,
a US small-town weekly; then the e9 round's own batches). Short original sentences of our own:
(text, expected) and (text, what must not be found)."""

from __future__ import annotations

import pytest

from tests.helpers import places
from tests.test_entity_rules import found_in, organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case compass bearing, "of" and a name: a place, known or not
        ("The plant sits ten miles west of Tessby, the firm said.", {"Tessby"}),
        ("The mill, south-east of Carrowby, will close.", {"Carrowby"}),
        ("Most of its staff live in the villages north of Darvey.", {"Darvey"}),
        ("The weir upstream of Orvale Bridge was rebuilt.", {"Orvale Bridge"}),
        # people living in a list's places: the list closed by "and" names places, one known or none
        ("It buys wheat from farmers around Parma, Quarrow and Tessby.", {"Parma", "Quarrow", "Tessby"}),
        ("Growers in Lennock and Darvey were paid less.", {"Lennock", "Darvey"}),
        # a river after a business's unit or mills and "on the"
        ("We cannot fill orders from our old unit on the Tessen.", {"Tessen"}),
        ("Its mills on the Orrow stand idle.", {"Orrow"}),
    ],
)
def test_places_named_by_their_context(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a bearing before a person's or a company's name, or a capitalised compass word opening a body's name
        ("The farm lies north of Anna Berg's house.", "Anna Berg"),
        ("It has a depot west of Kestrel Holdings.", "Kestrel Holdings"),
        ("East of England Co-op opened a store.", "England Co-op"),
        # analysts and traders "in" names are a bank's more often than a town's
        ("Analysts in Kestrel and Orvane said so.", "Kestrel"),
        # "on the" and a board
        ("Its unit on the Board was dissolved.", "Board"),
    ],
)
def test_no_place_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # ordinary words on both sides of "and" inside a public body's or a union's name: one name
        ("Tessmoor Fire and Rescue Service attended the blaze.", {"Tessmoor Fire and Rescue Service"}),
        ("The county's fire service, Tessmoor Fire and Rescue Service, attended.", {"Tessmoor Fire and Rescue Service"}),
        ("Tessmoor Coast and Rural Borough Council approved the plan.", {"Tessmoor Coast and Rural Borough Council"}),
        ("Orvane Ports and Harbours Authority approved it.", {"Orvane Ports and Harbours Authority"}),
        # people of a trade on either side of "and", or listed first
        ("Tessland Farmers and Graziers Association backed it.", {"Tessland Farmers and Graziers Association"}),
        ("Bakers, Food and Allied Workers Union officials met.", {"Bakers, Food and Allied Workers Union"}),
        # a weak ending after a state's or a country's name (also an ordinary word in the list): a utility
        ("Idaho Power will run a new line to the dryers.", {"Idaho Power"}),
        ("Ohio Power said it would run a line.", {"Ohio Power"}),
        # "Air" before a country's or a state's name: a carrier or a utility
        ("Water is supplied by Air Selangor, the state utility.", {"Air Selangor"}),
        ("Air Kenya flies there twice a week.", {"Air Kenya"}),
        # the second party a business supplies, after the first
        ("The company supplies football kits to Orvane and match balls to Tessco.", {"Orvane", "Tessco"}),
        # whom a carrier or a store works for
        ("Kestrel moves containers for Tessco and Orvane Dairy.", {"Tessco", "Orvane Dairy"}),
        ("The co-op hauls grain for Darmill each autumn.", {"Darmill"}),
        # a party a business signs with
        ("It signed with Vantor last year.", {"Vantor"}),
        ("The hauler signed up with Orvex in May.", {"Orvex"}),
    ],
)
def test_organisations_named_by_their_kind_or_dealings(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # two companies listed: a company's ending after "and" does not join them
        ("Existing investors Negev Seed and Orbit Capital took part.", "Negev Seed and Orbit Capital"),
        ("It bought Kestrel Foods and Orvane Holdings.", "Kestrel Foods and Orvane Holdings"),
        # a run before "and" ending in a name's ending stands alone
        ("Kestrel Bank and Rural Trust merged.", "Kestrel Bank and Rural Trust"),
        # people are signed with, hauled for and supplied too
        ("She signed with Jo Hale, an agent.", "Jo Hale"),
        ("It hauls hay for Jo Hale every summer.", "Jo Hale"),
        ("He supplied photos to Anna Berg and prints to Ann Lee.", "Ann Lee"),
        # a country signed with is a place
        ("The firm signed with China for a loan.", "China"),
        # two ordinary words before a weak ending are no name
        ("The nation's leading Learning Society met.", "Learning Society"),
    ],
)
def test_no_organisation_without_its_sign(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


# The e9 round's first batch (a Tasmanian regional, a Zambian mining site, a translated Portuguese
# daily, a Faroese fisheries journal, a Namibian paper, a Cornish weekly).
@pytest.mark.parametrize(
    "text, expected",
    [
        # a town of the full list qualifying a kind of business, with the business's name after or not
        ("The plans were drawn by the Porto engineering firm Marlow & Teixeira.", {"Porto"}),
        ("The tanks will be built by Ndola fabricator Orvane Steel Works.", {"Ndola"}),
        ("Work went to Kestrel Technical Services, a Kalulushi firm, in May.", {"Kalulushi"}),
        ("It bought a Redruth firm that makes pumps.", {"Redruth"}),
        # a name with a place's kind after it: an island, a strait, a harbour, a vale
        ("Oysters grow in racks off Tessa Island.", {"Tessa Island"}),
        ("Crops cross the Orvane Strait by ferry.", {"Orvane Strait"}),
        ("It will lease a site on Robert Harbour.", {"Robert Harbour"}),
        # ... and the list it stands in after people living there
        ("Our growers at Tessby and Wesley Vale send crops north.", {"Tessby", "Wesley Vale"}),
        # suburbs, townships and border posts
        ("Most staff come from the town's Orvik and Tessvik suburbs.", {"Orvik", "Tessvik"}),
        ("Trucks queue at the Kassara border post.", {"Kassara"}),
        ("Most come from Kassanga, Orvik North and the compounds around Tessvik.", {"Kassanga", "Orvik North", "Tessvik"}),
        # where people live, one name or a list
        ("Some staff live in Four Lanes and Tessvik.", {"Four Lanes", "Tessvik"}),
        ("Its founder, who lives at Carrowby, will stay on.", {"Carrowby"}),
        ("The company has leased housing in Orvik and Tessvik.", {"Orvik", "Tessvik"}),
        # a business's site in a place no list knows, its name holding a particle
        ("It will build a plant in Gafanha da Orvela next year.", {"Gafanha da Orvela"}),
        ("It employs 300 people between its plants in Corvela do Mar and Vagos.", {"Corvela do Mar", "Vagos"}),
        # a local councillor's place
        ("Karvas regional councillor Ann Moyo welcomed it.", {"Karvas"}),
        # a town after a trade's business and "of", known or not
        ("It supplies housings to Kestle Fabrication of Carrowby.", {"Carrowby"}),
        # people living there before a route or "between": the names are places, known or not
        ("Growers from Penwick to Stanmore feared a sale.", {"Penwick", "Stanmore"}),
        ("Every grower between Latrobb and Smithvale knows it.", {"Latrobb", "Smithvale"}),
        # a compass word before a town of the full list, at a business's site
        ("It runs a cool store at East Devonport.", {"East Devonport"}),
    ],
)
def test_places_of_the_first_batch(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a name ending in a place's kind, right before a plural noun: a brand's
        ("Orvane Gaming runs the Lucky Cove websites.", "Lucky Cove"),
        # "maker" and "supplier" qualify another company, "group" one's own name
        ("Denso is a Toyota supplier, its chief said.", "Denso"),
        ("Orvane, a Kestrava company, makes speakers.", "Kestrava"),
        # a party before a councillor's title or a division
        ("Labour county councillor Jo Hale said so.", "Labour"),
        # a person where people live
        ("He lived in Anna Berg's house.", "Anna Berg"),
        # a site "in" an amount, or a name cut at its stop
        ("It buys 40 cooling centres in Sh1.2bn deal.", "Sh1"),
        ("Its plant in St. James Parish flared.", "St"),
        # after "of", a company's name goes on or is another company
        ("It hired Kestrel Engineering of Orvane Holdings.", "Orvane Holdings"),
        # talks "between" two names, or a change "from" one "to" another, without people living there
        ("Talks between Ardmore and Kestrel broke down.", "Ardmore"),
        ("The firm moved from Kestrel to Orvane.", "Orvane"),
    ],
)
def test_no_place_of_the_first_batch_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # two capitalised words run together in prose: a business's coinage
        ("TessWater will upgrade the line.", {"TessWater"}),
        ("Financing comes from BankOrvik and Orvane Banki.", {"BankOrvik", "Orvane Banki"}),
        # a kind of body described before its name in apposition
        ("The union that represents the sector, SINDORVA, asked for guarantees.", {"SINDORVA"}),
        ("It has a guarantee from the government's investment fund, Vinnukestra.", {"Vinnukestra"}),
        # a business's customers after "sells ... to" (no given name) and "packs ... for"
        ("It sells most of its dried cod to Pingo Orvale and Tessinente.", {"Pingo Orvale", "Tessinente"}),
        ("It packs frozen peas for Woolmart and Colesby.", {"Woolmart", "Colesby"}),
        # a description after the name: "a company from"
        ("The cooling is supplied by Friotessa Orvale, a company from Orvale.", {"Friotessa Orvale"}),
        # an organisation's name ending in "Organisation", "Fabrication", "Banki"
        ("The Tessvik Pelagic Organisation backed it.", {"Tessvik Pelagic Organisation"}),
    ],
)
def test_organisations_of_the_first_batch(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # surnames written with a capital inside, share bars, platforms, products
        ("MacLeod will stay on, said FitzGerald.", "MacLeod"),
        ("Share: Facebook Twitter LinkedIn WhatsApp", "WhatsApp"),
        ("Share: X | Facebook | WhatsApp | Email", "WhatsApp"),
        ("Follow the Ledger on WhatsApp for updates.", "WhatsApp"),
        ("Kestrel Pay is rolling out MintOrva, a debit card. MintOrva is the first step.", "MintOrva"),
        # an apposition naming a person
        ("The firm's founder, Ann Lee, said so.", "Ann Lee"),
        # people are sold to
        ("He sold the house to Jo Hale in May.", "Jo Hale"),
        # a route's towns are no customers ("sells in shops from X to Y")
        ("It sells in rum shops from Oistava to Speightvale.", "Speightvale"),
    ],
)
def test_no_organisation_of_the_first_batch_without_its_sign(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, person",
    [
        # "according to" a name and where the person works: a person, no given name needed
        ("Prices rose, according to Heðin Poulsvik of the Tessvik Pelagic Organisation.", "Heðin Poulsvik"),
    ],
)
def test_people_of_the_first_batch(text, person):
    assert person in found_in(text).names("person")


def test_according_to_a_research_firm_of_a_country_is_no_person():
    assert "Kestrel Research" not in found_in("Prices rose, according to Kestrel Research of Germany.").names("person")


# The e9 round's second batch (a Yukon weekly, a Fijian business site, a translated Basque
# regional, a Sri Lankan business paper, a translated Breton regional, a Manx news site).
@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph opening with a town of the full list and a dash
        ("Concarneau – The cannery is taking over a smokehouse.", {"Concarneau"}),
        # a town of the full list qualifying a cannery or a smokehouse
        ("It bought a Douarnenez smokehouse in receivership.", {"Douarnenez"}),
        # the mayor of a town, a court of a town
        ("The mayor of Tessavik, Ann Moyo, welcomed it.", {"Tessavik"}),
        ("The commercial court of Orvelac decided on Tuesday.", {"Orvelac"}),
        # a neighbourhood, an industrial estate, a site at a place in a district written with a capital
        ("It started in a workshop in the Orvika neighbourhood.", {"Orvika"}),
        ("It moved to the industrial estate of Tessandi.", {"Tessandi"}),
        ("It will build a centre at Kestuwa in the Orvara District.", {"Kestuwa", "Orvara District"}),
        # a list after smallholders "in", closed by villages or settlements
        ("It buys from smallholders in Kestuwa, Orvaka and the villages along the river.", {"Kestuwa", "Orvaka"}),
        ("Workers come mostly from Drasova, Tessawi and the settlements along the coast.", {"Drasova", "Tessawi"}),
        # a river in Sinhala and Hindi
        ("The villages along the Orvala Ganga grow cinnamon.", {"Orvala Ganga"}),
        # a business's shipyard "in" a place
        ("His father worked at the shipyard in Tessaxey.", {"Tessaxey"}),
        # where people live: a one-word name that is also a given name, in a list
        ("Most of the staff live in Orvik, Tessby and Andreas.", {"Orvik", "Tessby", "Andreas"}),
        # a trade only a town qualifies, after "a": the town known or not
        ("Forty jobs at a Ballyorva bakery were saved. With Ballyorva we can bake more.", {"Ballyorva"}),
        ("It lends to Colin Dunmore Contracting, a Waitessa harvesting firm.", {"Waitessa"}),
        # a business's own site after "its"
        ("It doubled production at its Navorutu mill.", {"Navorutu"}),
        ("It will move from its Wheal Orva unit to the park.", {"Wheal Orva"}),
        # a province named like a person beside a state
        ("Buyers are coming from Alberta and Alaska.", {"Alberta", "Alaska"}),
        # "Shire of X": the end of a body's name, not the place named again
        ("Staff live in Leonvale. Shire of Leonvale president Jo Hale said so.", {"Leonvale"}),
    ],
)
def test_places_of_the_second_batch(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # a brand's shop, a brand's company, a brand's processor
        ("A Kestrava shop in the mall closed. Staff moved from Kestrava to Orvane.", "Kestrava"),
        ("It uses an Orvane processor in its phones.", "Orvane"),
        # a dash after a name no list knows opens no dateline
        ("Kestrel – The company said so.", "Kestrel"),
        # "its" before a brand's line, or a company's plant
        ("It shut its Galaxy line and its Kestrel Foods plant.", "Galaxy"),
        ("It shut its Galaxy line and its Kestrel Foods plant.", "Kestrel Foods"),
        # people live with people
        ("She lives with Anna Berg in a flat.", "Anna Berg"),
    ],
)
def test_no_place_of_the_second_batch_without_its_sign(text, not_a_place):
    assert not_a_place not in places(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # trades' premises opening a name in French or Spanish, and "Crédit"
        ("The cannery Conserverie Le Tessec bought it.", {"Conserverie Le Tessec"}),
        ("Mecanizados Orvaizabal makes grinders.", {"Mecanizados Orvaizabal"}),
        ("It has a loan from Crédit Mutuel de Tessagne.", {"Crédit Mutuel de Tessagne"}),
        # "with the support of" a body
        ("The takeover had the support of Orvafrance and Kestrel Bank.", {"Orvafrance", "Kestrel Bank"}),
        # a ministry's fields: a compound of two ordinary words
        ("The Ministry of Agriculture and Waterways said so.", {"Ministry of Agriculture and Waterways"}),
        # a body's kind opening a Malay name
        ("New shares were placed with Kumpulan Wang Tessaraan last week.", {"Kumpulan Wang Tessaraan"}),
        # a name ending in "Cluster" or "Commissioners"
        ("The sector, grouped in the association Orva Cluster, grew.", {"Orva Cluster"}),
        ("Tessby Town Commissioners said they would consider a lease.", {"Tessby Town Commissioners"}),
    ],
)
def test_organisations_of_the_second_batch(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize(
    "text, not_an_organisation",
    [
        # a Breton, a Manx: nations' adjectives, never organisations
        ("It is a Breton solution for a Breton know-how, the Breton mayor said.", "Breton"),
        # two ministries' fields: the second name is a bank's, not a field
        ("The Ministry of Finance and Kestrel Bank agreed.", "Ministry of Finance and Kestrel Bank"),
    ],
)
def test_no_organisation_of_the_second_batch_without_its_sign(text, not_an_organisation):
    assert not_an_organisation not in organisations(text)


@pytest.mark.parametrize(
    "text, person, title, organisation",
    [
        # a title, what it is of, then the name in apposition: a town has no organisation
        ("The mayor of Tessavik, Ann Moyo, welcomed it. A Breton group bought it.", "Ann Moyo", "mayor", None),
        ("The chief executive of Kestrel Foods, Jo Hale, said so.", "Jo Hale", "chief executive", "Kestrel Foods"),
        # a union's delegate
        ("The workers want guarantees, said the CFDT delegate, Mai Kerlo.", "Mai Kerlo", "delegate", "CFDT"),
    ],
)
def test_roles_of_the_second_batch(text, person, title, organisation):
    assert (person, title, organisation) in {(r.person, r.title, r.organisation) for r in found_in(text).roles}
