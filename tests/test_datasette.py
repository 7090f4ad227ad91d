"""Real Datasette on a freshly built database, through its own test client."""
from __future__ import annotations

import csv
import io

import pytest
import yaml
from datasette.app import Datasette

from tests.conftest import PROJECT

METADATA = yaml.safe_load((PROJECT / "metadata.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
async def datasette(seeds_db):
    ds = Datasette([str(seeds_db)], metadata=METADATA, immutables=[], settings={"sql_time_limit_ms": 1000})
    await ds.invoke_startup()
    return ds


async def get(datasette, path):
    response = await datasette.client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response


async def test_index_and_articles_table_as_html(datasette):
    page = await get(datasette, "/xiaomi/articles")
    assert "The company never made too much money selling phones" in page.text
    assert METADATA["databases"]["xiaomi"]["tables"]["articles"]["description"][:40] in page.text
    home = await get(datasette, "/")
    assert METADATA["title"] in home.text


async def test_articles_as_json_array(datasette):
    rows = (await get(datasette, "/xiaomi/articles.json?_shape=array")).json()
    assert sorted(row["id"] for row in rows) == ["000_a188cd6fb3fcff5d", "001_8016d296ee3e2089", "004_f8a111c0581a22b1"]
    assert all({"text", "body", "title", "published", "outlet_id"} <= set(row) for row in rows)


async def test_csv_export_streams_every_sentence(datasette, seeds_db):
    from tests.conftest import query

    text = (await get(datasette, "/xiaomi/sentences.csv?_stream=on&_size=max")).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == query(seeds_db, "SELECT count(*) FROM sentences")[0][0]
    assert {"article_id", "span_start", "span_end", "text"} <= set(rows[0])


async def test_facets_from_metadata(datasette):
    data = (await get(datasette, "/xiaomi/removed_parts.json?_facet=kind")).json()
    kinds = {item["value"]: item["count"] for item in data["facet_results"]["kind"]["results"]}
    assert kinds["image_slug"] == 3 and kinds["title"] == 1
    articles = (await get(datasette, "/xiaomi/articles.json")).json()
    assert {"outlet_id", "published"} <= set(articles["facet_results"])


async def test_full_text_search_finds_the_right_article(datasette):
    rows = (await get(datasette, "/xiaomi/articles.json?_search=affiliate&_shape=array")).json()
    assert rows == []  # the footer is boilerplate, not body: the index covers title and body
    rows = (await get(datasette, "/xiaomi/articles.json?_search=dime&_shape=array")).json()
    assert sorted(row["id"] for row in rows) == ["000_a188cd6fb3fcff5d", "001_8016d296ee3e2089", "004_f8a111c0581a22b1"]
    rows = (await get(datasette, "/xiaomi/articles.json?_search=mascot&_shape=array")).json()
    assert rows == []  # the image slug is removed from the body


async def test_row_page_and_foreign_key_label(datasette):
    page = await get(datasette, "/xiaomi/articles/004_f8a111c0581a22b1")
    assert "AndroidGuys" in page.text  # outlet_id shown with its label


async def test_internal_tables_are_hidden(datasette):
    tables = (await get(datasette, "/xiaomi.json")).json()["tables"]
    hidden = {table["name"] for table in tables if table["hidden"]}
    assert "alembic_version" in hidden


async def test_sql_is_read_only(datasette):
    response = await datasette.client.get("/xiaomi.json?sql=DELETE+FROM+articles")
    assert response.status_code == 400


async def test_entities_are_browsable_with_counts_and_kind_facets(datasette):
    rows = (await get(datasette, "/xiaomi/article_entities.json?_shape=array&kind=person")).json()
    assert {row["name"] for row in rows} == {"Hugo Barra", "Liu De"}
    data = (await get(datasette, "/xiaomi/mentions.json?_facet=kind")).json()
    assert {item["value"] for item in data["facet_results"]["kind"]["results"]} == {"organisation", "person", "product", "place"}
    by_outlet = (await get(datasette, "/xiaomi/entities_by_outlet.json?kind=organisation&_shape=array")).json()
    assert by_outlet[0]["name"] == "Xiaomi"
    per_article = (await get(datasette, "/xiaomi/article_entities.json?_shape=array&entity_id=xiaomi")).json()
    assert sum(row["mentions"] for row in by_outlet if row["name"] == "Xiaomi") == sum(row["mentions"] for row in per_article)
    assert {row["outlet"] for row in by_outlet if row["name"] == "Xiaomi"} == {"androidguys", "(outlet not known)"}


async def test_quotes_searchable_faceted_and_side_by_side(datasette):
    rows = (await get(datasette, "/xiaomi/quotes.json?_search=dime&_shape=array")).json()
    assert {row["article_id"] for row in rows} == {"000_a188cd6fb3fcff5d", "001_8016d296ee3e2089", "004_f8a111c0581a22b1"}
    data = (await get(datasette, "/xiaomi/quotes.json?_facet=speaker_id&_facet=kind")).json()
    assert {item["value"] for item in data["facet_results"]["kind"]["results"]} == {"direct", "partial", "indirect"}
    side_by_side = (await get(datasette, "/xiaomi/same_quote_different_outlets.json?_shape=array")).json()
    assert {row["outlet"] for row in side_by_side} == {"AndroidGuys", "(outlet not known)"}
    assert any(row["difference"] and "[handsets]" in row["difference"] for row in side_by_side)


async def test_claims_facets_sorting_canned_queries_and_dashboard(datasette):
    data = (await get(datasette, "/xiaomi/claims.json?_facet=metric&_facet=unit&_sort_desc=value")).json()
    assert data["rows"][0][data["columns"].index("value")] >= 1e10
    assert "percent" in {item["value"] for item in data["facet_results"]["unit"]["results"]}
    disagree = (await get(datasette, "/xiaomi/where_outlets_disagree.json?_shape=array")).json()
    assert {row["metric"] for row in disagree} == {"sales change"}
    assert len({row["article_id"] for row in disagree}) == 3
    said = (await get(datasette, "/xiaomi/what_each_outlet_said_about.json?organisation=Xiaomi&_shape=array")).json()
    assert {"valuation", "sales change"} <= {row["metric"] for row in said}
    await get(datasette, "/-/dashboards/claims")
