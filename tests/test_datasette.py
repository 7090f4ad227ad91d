"""Real Datasette on a freshly built database, through its own test client.

The Datasette here is given no metadata and no settings: everything the
project adds reaches it through the project's plugin, loaded by the
`datasette` entry point, exactly as `datasette xiaomi.db` gets it."""

from __future__ import annotations

import csv
import html
import io
import re
import sqlite3

import pytest
import yaml
from datasette.app import Datasette
from datasette.plugins import pm

from loaders.build import build
from tests.conftest import PROJECT, query

METADATA = yaml.safe_load((PROJECT / "metadata.yml").read_text(encoding="utf-8"))
NOT_INSTALLED = "the project's Datasette plugin is not loaded: install the project (pip install -e . ; make test does)"


def plugin_names() -> set[str]:
    return {plugin.__name__ for plugin in pm.get_plugins()}


@pytest.fixture(scope="session")
async def datasette(seeds_db):
    assert "db.datasette_plugin" in plugin_names(), NOT_INSTALLED
    ds = Datasette([str(seeds_db)])
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
    assert {row["outlet"] for row in by_outlet if row["name"] == "Xiaomi"} == {"AndroidGuys", "outlet not known"}


async def test_quotes_searchable_faceted_and_side_by_side(datasette):
    rows = (await get(datasette, "/xiaomi/quotes.json?_search=dime&_shape=array")).json()
    assert {row["article_id"] for row in rows} == {"000_a188cd6fb3fcff5d", "001_8016d296ee3e2089", "004_f8a111c0581a22b1"}
    data = (await get(datasette, "/xiaomi/quotes.json?_facet=speaker_id&_facet=kind")).json()
    assert {item["value"] for item in data["facet_results"]["kind"]["results"]} == {"direct", "partial", "indirect"}
    side_by_side = (await get(datasette, "/xiaomi/same_quote_different_outlets.json?_shape=array")).json()
    assert {row["outlet"] for row in side_by_side} == {"AndroidGuys", "outlet not known"}
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


# --- The project's plugin: what `datasette xiaomi.db` gets -------------------------------------


def test_the_plugin_is_installed_through_the_datasette_entry_point():
    from importlib.metadata import entry_points

    points = {point.value for point in entry_points(group="datasette")}
    assert "db.datasette_plugin" in points, NOT_INSTALLED
    installed = {plugin.__name__ for plugin in pm.get_plugins()}
    for name in [
        "datasette_copyable",
        "datasette_pretty_json",
        "datasette_block_robots",
        "datasette_search_all",
        "datasette_dashboards",
    ]:
        assert name in installed


def test_the_packaged_metadata_is_the_projects_metadata():
    packaged = PROJECT / "db" / "datasette_plugin" / "metadata.yml"
    assert packaged.read_bytes() == (PROJECT / "metadata.yml").read_bytes(), "copy metadata.yml to db/datasette_plugin/"


async def test_metadata_and_settings_come_from_the_plugin(datasette):
    assert (await get(datasette, "/-/metadata.json")).json()["title"] == METADATA["title"]
    settings = (await get(datasette, "/-/settings.json")).json()
    assert settings["sql_time_limit_ms"] == 1000 and settings["suggest_facets"] is False
    databases = (await get(datasette, "/-/databases.json")).json()
    assert [db["is_mutable"] for db in databases if db["name"] == "xiaomi"] == [False]
    assert (await get(datasette, "/xiaomi/claims.json")).json()["suggested_facets"] == []


async def test_a_setting_given_on_the_command_line_wins(seeds_db):
    ds = Datasette([str(seeds_db)], settings={"sql_time_limit_ms": 250})
    await ds.invoke_startup()
    assert (await get(ds, "/-/settings.json")).json()["sql_time_limit_ms"] == 250


def test_every_table_view_and_column_is_described(seeds_db):
    tables = METADATA["databases"]["xiaomi"]["tables"]
    names = [
        row["name"]
        for row in query(
            seeds_db,
            """
        SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
        AND name NOT LIKE '%\\_fts%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' AND name != 'alembic_version'""",
        )
    ]
    assert {"articles", "claims", "claim_conflicts", "quote_coverage"} <= set(names)
    for name in names:
        assert (tables.get(name) or {}).get("description"), f"{name} has no description"
        columns = {row["name"] for row in query(seeds_db, f'PRAGMA table_info("{name}")')}
        described = set(tables[name].get("columns") or {})
        assert columns == described, f"{name}: not described {columns - described}, no such column {described - columns}"
    for key in ["source_url", "license_url", "about_url"]:
        assert METADATA[key]


@pytest.mark.parametrize("path", ["/", "/xiaomi/articles", "/-/dashboards/claims", "/xiaomi/articles.json", "/-/search"])
async def test_security_headers_on_every_page(datasette, path):
    headers = (await get(datasette, path)).headers
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "SAMEORIGIN"


@pytest.mark.parametrize(
    "path", ["/xiaomi/where_outlets_disagree", "/xiaomi/what_each_outlet_said_about", "/xiaomi/articles", "/xiaomi"]
)
async def test_a_post_is_refused_with_405(datasette, path):
    response = await datasette.client.post(path, data={"organisation": "Xiaomi"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    "sql",
    [
        "select length(randomblob(1000000000))",
        "select length(printf('%.*c', 2000000000, 'x'))",
        "select length(zeroblob(1000000000) || 'x')",
        "select length(replace(hex(randomblob(30000000)), 'A', 'AAAA'))",
        "select length(format('%2000000000c', 'x'))",
        "select length(printf('%.*c', '2000000000', 'x'))",
    ],
)
async def test_one_function_call_cannot_build_a_gigabyte(datasette, sql):
    response = await datasette.client.get("/xiaomi.json", params={"sql": sql})
    assert response.status_code == 400
    assert "too big" in response.json()["error"] or "over 100,000" in response.json()["error"]


async def test_the_time_limit_still_stops_a_long_query(datasette):
    sql = "with recursive c(n) as (select 1 union all select n + 1 from c where n < 1000000000) select count(*) from c"
    response = await datasette.client.get("/xiaomi.json", params={"sql": sql})
    assert response.status_code == 400
    assert "too long" in response.json()["error"]


@pytest.mark.parametrize(
    "sql, expected",
    [
        ("select printf('%5.2f|%-4d|%s|%%|%x', 3.14159, 7, 'ab', 255)", " 3.14|7   |ab|%|ff"),
        ("select printf('%.*c', 3, 'x')", "xxx"),
        ("select format('%*d', 4, 5)", "   5"),
        ("select instr('hello world', 'o w')", 5),
        ("select instr('naïve café', 'café')", 7),
        ("select instr(x'00010203', x'0203')", 3),
        ("select instr('abc', null)", None),
        ("select instr(hex(zeroblob(4000000)), hex(zeroblob(200000)) || '1')", 0),  # SQLite's own takes minutes
    ],
)
async def test_checked_functions_answer_as_sqlite_does(datasette, sql, expected):
    rows = (
        await get(datasette, "/xiaomi.json?_shape=array&sql=" + sql.replace("%", "%25").replace("+", "%2B").replace("'", "%27"))
    ).json()
    assert list(rows[0].values()) == [expected]


async def test_an_ordinary_query_still_reads_whole_articles(datasette, seeds_db):
    rows = (await get(datasette, "/xiaomi.json?sql=select+max(length(text))+as+n+from+articles&_shape=array")).json()
    assert rows[0]["n"] == query(seeds_db, "SELECT max(length(text)) FROM articles")[0][0]


async def test_robots_are_kept_to_the_home_page(datasette):
    text = (await get(datasette, "/robots.txt")).text
    assert "Disallow: /xiaomi" in text


async def test_about_page(datasette):
    page = await get(datasette, "/-/about")
    assert "About this dataset" in page.text and METADATA["license"] in html.unescape(page.text)
    home = await get(datasette, "/")
    assert 'href="/-/about"' in home.text and 'href="/-/dashboards/claims"' in home.text


# --- Reading: names, order, numbers ------------------------------------------------------------


async def test_no_none_anywhere_a_reader_looks(datasette, seeds_db):
    labels = query(seeds_db, "SELECT label, label_is_derived, title FROM articles")
    assert all(row["label"] for row in labels)
    assert all(row["label"] == row["title"] for row in labels if not row["label_is_derived"])
    for path in [
        "/xiaomi/quotes",
        "/xiaomi/claims",
        "/xiaomi/articles",
        "/xiaomi/mentions",
        "/xiaomi/where_outlets_disagree",
        "/xiaomi/same_quote_different_outlets",
        "/xiaomi/claim_conflicts",
        "/-/dashboards/claims",
    ]:
        page = await get(datasette, path)
        assert ">None<" not in page.text and "(outlet not known)" not in page.text, path


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ("Acme Doubles Output", "Acme said output doubled. It grew.", ("Acme Doubles Output", False)),
        (
            None,
            "Acme said output doubled in the second quarter. It grew.",
            ("Acme said output doubled in the second quarter", True),
        ),
        (
            None,
            "Sales at Acme Inc. rose by a third in the quarter to June, the company said on a quiet Monday morning.",
            ("Sales at Acme Inc. rose by a third in the quarter to…", True),
        ),
        (None, "", ("(untitled article)", True)),
    ],
)
def test_article_label(title, body, expected):
    from loaders.labels import article_label

    assert article_label(title, body) == expected


@pytest.mark.parametrize("table", ["quotes", "claims", "mentions", "sentences", "paragraphs"])
async def test_lists_read_article_by_article_in_order(datasette, seeds_db, table):
    rows = (await get(datasette, f"/xiaomi/{table}.json?_shape=array&_size=max")).json()
    keys = [(row["article_id"], row["span_start"]) for row in rows]
    assert keys == sorted(keys) and len(keys) == query(seeds_db, f"SELECT count(*) FROM {table}")[0][0]


async def test_lists_show_names_first_ids_last_and_numbers_with_separators(datasette):
    page = (await get(datasette, "/xiaomi/claims")).text
    headers = re.findall(r'<th [^>]*data-column="([^"]+)"', page)
    assert headers[:3] == ["text", "value", "unit"] and headers[-1] == "id"
    assert "46,000,000,000" in page and "46000000000.0" not in page
    quotes = (await get(datasette, "/xiaomi/quotes")).text
    assert re.findall(r'<th [^>]*data-column="([^"]+)"', quotes)[0] == "text"
    articles = (await get(datasette, "/xiaomi/articles")).text
    assert re.findall(r'<th [^>]*data-column="([^"]+)"', articles)[0] == "label"


# --- Search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table, words, expected_column, expected",
    [
        ("sentences", "valued", "text", "valued"),
        ("claims", "smartphone", "text", "45"),  # a claim is found by the words of its sentence
        ("quotes", "dime", "text", "dime"),
    ],
)
async def test_search_filters_sentences_claims_and_quotes(datasette, seeds_db, table, words, expected_column, expected):
    everything = (await get(datasette, f"/xiaomi/{table}.json?_shape=array&_size=max")).json()
    found = (await get(datasette, f"/xiaomi/{table}.json?_shape=array&_size=max&_search={words}")).json()
    assert 0 < len(found) < len(everything)
    assert any(expected in row[expected_column] for row in found)


async def test_search_across_tables(datasette):
    page = (await get(datasette, "/-/search?q=smartphone")).text
    for table in ["articles", "sentences", "quotes", "claims"]:
        assert f'data-searchable-url="/xiaomi/{table}"' in page


# --- Canned queries ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/xiaomi/what_each_outlet_said_about.json", "/xiaomi/entities_by_outlet.json"])
async def test_canned_queries_show_everything_when_their_parameter_is_empty(datasette, path):
    rows = (await get(datasette, path + "?_shape=array")).json()
    assert len(rows) > 1
    assert len({row["metric"] if "metric" in row else row["kind"] for row in rows}) > 1


async def test_canned_query_parameter_is_case_insensitive(datasette):
    lower = (await get(datasette, "/xiaomi/what_each_outlet_said_about.json?organisation=xiaomi&_shape=array")).json()
    assert lower and {row["subject"] for row in lower} == {"Xiaomi"}


# --- Context pages -----------------------------------------------------------------------------


def marked(page: str, kind: str) -> list[str]:
    return [
        html.unescape(re.sub(r"<[^>]+>", "", text))
        for text in re.findall(rf'<mark class="[^"]*\b{kind}\b[^"]*">(.*?)</mark>', page, re.S)
    ]


async def test_a_quotes_page_shows_it_in_its_paragraph(datasette, seeds_db):
    quote = query(
        seeds_db,
        """SELECT q.id, q.text, q.article_id, a.label, m.group_id FROM quotes q JOIN articles a ON a.id = q.article_id
                               JOIN quote_group_members m ON m.quote_id = q.id WHERE q.speaker_id IS NOT NULL ORDER BY q.id LIMIT 1""",
    )[0]
    page = (await get(datasette, f"/xiaomi/quotes/{quote['id']}")).text
    assert marked(page, "quote") == [quote["text"]]
    assert f'href="/xiaomi/articles/{quote["article_id"]}"' in page
    assert f'href="/xiaomi/quote_groups/{quote["group_id"]}"' in page
    assert html.escape(quote["label"], quote=False) in page
    assert "<h1" in page and f"quotes {quote['id']}" in page


async def test_a_claims_page_shows_its_sentence_subject_outlet_and_group(datasette, seeds_db):
    claim = query(seeds_db, "SELECT id, text, article_id, group_id FROM claims WHERE value = 46000000000 ORDER BY id LIMIT 1")[0]
    page = (await get(datasette, f"/xiaomi/claims/{claim['id']}")).text
    assert marked(page, "claim") == [claim["text"]]
    assert "46,000,000,000" in page and "Xiaomi" in page
    assert f'href="/xiaomi/articles/{claim["article_id"]}"' in page and f'href="/xiaomi/claim_groups/{claim["group_id"]}"' in page


async def test_an_articles_page_marks_its_quotes_and_claims(datasette, seeds_db):
    article_id = "001_8016d296ee3e2089"
    page = (await get(datasette, f"/xiaomi/articles/{article_id}")).text
    shown = re.search(r'<div class="article-text">(.*?)</div>', page, re.S).group(1)
    assert (
        html.unescape(re.sub(r"<[^>]+>", "", shown))
        == query(seeds_db, "SELECT text FROM articles WHERE id = ?", (article_id,))[0][0]
    )
    for table in ["quotes", "claims"]:
        ids = [row[0] for row in query(seeds_db, f"SELECT id FROM {table} WHERE article_id = ?", (article_id,))]
        assert ids
        for row_id in ids:
            assert f'href="/xiaomi/{table}/{row_id}"' in shown, (table, row_id)
    claims = [row[0] for row in query(seeds_db, "SELECT text FROM claims WHERE article_id = ?", (article_id,))]
    assert set(claims) <= set(marked(shown, "claim"))


async def test_a_quote_groups_page_puts_the_outlets_side_by_side_with_differences_marked(datasette, seeds_db):
    group = query(
        seeds_db,
        """SELECT g.id FROM quote_groups g JOIN quote_group_members m ON m.group_id = g.id
                               WHERE m.difference LIKE '%[handsets]%' ORDER BY g.id LIMIT 1""",
    )[0]
    page = (await get(datasette, f"/xiaomi/quote_groups/{group['id']}")).text
    assert (
        page.count('class="version"')
        == query(seeds_db, "SELECT count(*) FROM quote_group_members WHERE group_id = ?", (group["id"],))[0][0]
    )
    assert "[handsets]" in marked(page, "changed")
    assert "AndroidGuys" in page and "outlet not known" in page


async def test_a_conflicting_claim_groups_page_marks_what_differs(datasette, seeds_db):
    group = query(seeds_db, "SELECT id, disagreements FROM claim_groups WHERE status = 'conflicting' ORDER BY id LIMIT 1")[0]
    page = (await get(datasette, f"/xiaomi/claim_groups/{group['id']}")).text
    assert page.count('class="version"') == 3 and "conflicting" in page
    periods = {
        row["period"] for row in query(seeds_db, "SELECT period FROM claims WHERE group_id = ?", (group["id"],)) if row["period"]
    }
    assert periods <= set(marked(page, "changed"))


@pytest.fixture(scope="session")
def hostile_text_db(tmp_path_factory):
    """An article whose text looks like HTML: pages must show it, never run it."""
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    (seeds / "html_article.txt").write_text(
        "Widget <b>makers</b> <script>alert(1)</script> report gains\n\n"
        "Acme Widgets Inc said on Monday that sales rose 12% in 2015 to $3 billion. "
        '"Our <img src=x onerror=alert(2)> lines sold out," chief executive Dana Holt said.\n',
        encoding="utf-8",
    )
    path = tmp_path_factory.mktemp("hostile") / "xiaomi.db"
    build(seeds, path)
    return path


async def test_article_text_is_escaped_on_every_context_page(hostile_text_db):
    ds = Datasette([str(hostile_text_db)])
    await ds.invoke_startup()
    article = (await get(ds, "/xiaomi/articles/html_article")).text
    assert "<script>alert(1)" not in article and "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "<img src=x" not in article and "&lt;img src=x onerror=alert(2)&gt;" in article
    connection = sqlite3.connect(hostile_text_db)
    ids = [("claims", row[0]) for row in connection.execute("SELECT id FROM claims")] + [
        ("quotes", row[0]) for row in connection.execute("SELECT id FROM quotes")
    ]
    connection.close()
    assert ids
    for table, row_id in ids:
        page = (await get(ds, f"/xiaomi/{table}/{row_id}")).text
        assert "<img src=x" not in page and "<script>alert" not in page


# --- Pure parts of the context pages -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        ("abcdef", [(1, 3, "q")], [("a", ""), ("bc", "q"), ("def", "")]),
        ("abcdef", [(0, 4, "q"), (2, 6, "c")], [("ab", "q"), ("cd", "c q"), ("ef", "c")]),
        ("abcdef", [(0, 6, "q"), (2, 3, "c")], [("ab", "q"), ("c", "c q"), ("def", "q")]),
        ("a<b>c", [(1, 4, "q")], [("a", ""), ("<b>", "q"), ("c", "")]),
        ("abc", [(5, 9, "q"), (1, 1, "c")], [("abc", "")]),
    ],
)
def test_pieces_cut_text_at_every_boundary(text, spans, expected):
    from db.datasette_plugin.context import Marked, pieces

    cut = pieces(text, [Marked(start, end, kind) for start, end, kind in spans])
    assert [(piece.text, piece.kinds) for piece in cut] == expected
    assert "".join(piece.text for piece in cut) == text


def test_pieces_of_a_passage_count_offsets_in_the_article():
    from db.datasette_plugin.context import Marked, pieces

    cut = pieces("cdef", [Marked(3, 5, "q")], offset=2)
    assert [(piece.text, piece.kinds) for piece in cut] == [("c", ""), ("de", "q"), ("f", "")]


@pytest.mark.parametrize(
    "reference, version, changed",
    [
        ("we sell phones at cost", "we sell phones at cost", []),
        ("we sell phones at cost", "We sell [handsets] at cost.", ["[handsets]"]),
        ("we sell phones at cost", "we sell phones at cost and more", ["and", "more"]),
        ("we sell phones at cost", "we sell at cost", []),
    ],
)
def test_differing_words(reference, version, changed):
    from db.datasette_plugin.context import differing_words

    assert [version[start:end] for start, end in differing_words(reference, version)] == changed


@pytest.mark.parametrize(
    "value, expected",
    [
        (46000000000.0, "46,000,000,000"),
        (12.5, "12.5"),
        (45, "45"),
        (1500000, "1,500,000"),
        (0.25, "0.25"),
        ("45", None),
        (None, None),
        (True, None),
    ],
)
def test_format_number(value, expected):
    from db.datasette_plugin.context import format_number

    assert format_number(value) == expected


@pytest.mark.parametrize(
    "format_string, arguments, bounded",
    [
        ("%d and %s", (1, "x"), True),
        ("%.*c", (100_000, "x"), True),
        ("%.*c", (100_001, "x"), False),
        ("%*.*f", (5, 3_000_000, 1.5), False),
        ("%%%.*c", ("2000000000", "x"), False),  # text widths are read by their leading digits, as SQLite does
        ("%2000000000c", ("x",), False),
        ("%99999999999999999999d", (1,), False),
        ("100%% sure: %5d", (3,), True),
        (None, (), True),
    ],
)
def test_printf_bounds(format_string, arguments, bounded):
    from db.datasette_plugin.limits import printf_is_bounded

    assert printf_is_bounded(format_string, arguments) is bounded


async def test_every_link_in_the_readme_opens(datasette):
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    links = sorted(set(re.findall(r"<http://127\.0\.0\.1:8001(/[^>]*)>", readme)))
    assert len(links) >= 10
    for link in links:
        await get(datasette, link)
        assert "_facet=" not in link or all(
            facet
            not in (METADATA["databases"]["xiaomi"]["tables"].get(link.split("?")[0].rsplit("/", 1)[-1]) or {}).get("facets", [])
            for facet in re.findall(r"_facet=(\w+)", link)
        ), f"{link} repeats a facet metadata.yml already shows"


@pytest.mark.parametrize(
    "query_string, own_sql",
    [
        (b"sql=select+1", True),
        (b"_shape=array&sql=select+1", True),
        (b"_where=id%3D1", True),
        (b"%5Fwhere=id%3D1", True),
        (
            b"sql=select+status%2C+count(*)+as+groups+from+claim_groups+group+by+status+order+by+status",
            False,
        ),  # a dashboard's chart
        (b"_search=sales&_facet=metric", False),
        (b"organisation=Xiaomi", False),
        (b"", False),
        (b"sqlx=1&_sql=2", False),
    ],
)
def test_which_requests_bring_their_own_sql(query_string, own_sql):
    from db.datasette_plugin import dashboard_queries, writes_its_own_sql

    assert writes_its_own_sql(query_string, dashboard_queries()) is own_sql


async def test_sql_requests_beyond_the_queue_are_told_the_server_is_busy(datasette):
    import asyncio

    from db.datasette_plugin import ADHOC_SQL_QUEUE

    slow = "with recursive c(n) as (select 1 union all select n + 1 from c where n < 1000000000) select count(*) from c"
    responses = await asyncio.gather(
        *(datasette.client.get("/xiaomi.json", params={"sql": slow, "_timelimit": "300"}) for _ in range(ADHOC_SQL_QUEUE + 4))
    )
    statuses = sorted(response.status_code for response in responses)
    assert statuses.count(503) >= 2 and set(statuses) <= {400, 503}
    assert (await datasette.client.get("/xiaomi/articles.json")).status_code == 200


# --- Paged canned queries, the response cache, errors ------------------------------------------

PAGED_QUERIES = ["where_outlets_disagree", "what_each_outlet_said_about", "same_quote_different_outlets", "entities_by_outlet"]


@pytest.mark.parametrize("name", PAGED_QUERIES)
async def test_a_canned_querys_pages_put_together_are_its_whole_result(datasette, name):
    whole = (await get(datasette, f"/xiaomi/{name}.json?_shape=array&_size=max")).json()
    assert len(whole) > 1
    pages, offset = [], 0
    while True:
        page = (await get(datasette, f"/xiaomi/{name}.json?_shape=array&_size=2&_next={offset}")).json()
        assert len(page) <= 2
        pages.extend(page)
        if len(page) < 2:
            break
        offset += 2
    assert pages == whole


async def test_a_canned_query_shows_a_page_of_default_page_size_rows_unless_asked(datasette):
    size = (await get(datasette, "/-/settings.json")).json()["default_page_size"]
    assert len((await get(datasette, "/xiaomi/entities_by_outlet.json?_shape=array&_size=3")).json()) == 3
    assert len((await get(datasette, "/xiaomi/entities_by_outlet.json?_shape=array")).json()) <= size
    assert len((await get(datasette, "/xiaomi/entities_by_outlet.json?_shape=array&_size=100000")).json()) <= 2000


async def test_a_canned_query_page_links_its_neighbours_and_its_sql(datasette):
    rows = (await get(datasette, "/xiaomi/entities_by_outlet.json?_shape=array&_size=max")).json()
    middle = html.unescape((await get(datasette, "/xiaomi/entities_by_outlet?_size=2&_next=2")).text)
    assert "Rows 3–4" in middle
    assert 'href="/xiaomi/entities_by_outlet?_size=2" rel="prev"' in middle
    assert 'href="/xiaomi/entities_by_outlet?_size=2&_next=4" rel="next"' in middle
    edit = re.search(r'href="([^"]+)" class="canned-query-edit-sql"', middle).group(1)
    assert "limit 2 offset 2" in edit.replace("+", " ")
    last = html.unescape((await get(datasette, f"/xiaomi/entities_by_outlet?_size=2&_next={len(rows) - 1}")).text)
    assert 'rel="prev"' in last and 'rel="next"' not in last


async def test_pages_are_served_from_the_cache_until_the_file_changes(seeds_db, tmp_path):
    import os
    import shutil

    copy = tmp_path / "xiaomi.db"
    shutil.copyfile(seeds_db, copy)
    ds = Datasette([str(copy)])
    await ds.invoke_startup()
    first, second = await get(ds, "/xiaomi/articles"), await get(ds, "/xiaomi/articles")
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit") and first.text == second.text
    stat = copy.stat()
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # as a rebuild replacing the file would
    assert (await get(ds, "/xiaomi/articles")).headers["x-cache"] == "miss"


@pytest.mark.parametrize(
    "path",
    ["/xiaomi.json?sql=select+random()", "/xiaomi/claims.json?_where=value>0", "/-/threads.json", "/-/actor.json"],
)
async def test_visitor_sql_and_the_servers_own_state_are_never_cached(datasette, path):
    responses = [await datasette.client.get(path) for _ in range(2)]
    assert [response.status_code for response in responses] == [200, 200]
    assert all("x-cache" not in response.headers for response in responses)


@pytest.mark.parametrize(
    "path, status",
    [
        ("/xiaomi/no_such_table", 404),
        (
            "/xiaomi.json?_timelimit=20&sql=with+recursive+c(n)+as+(select+1+union+all+select+n%2B1+from+c)+select+count(*)+from+c",
            400,
        ),
    ],
)
async def test_a_visitors_error_prints_no_traceback(datasette, capfd, path, status):
    # Datasette printed each one with every frame's locals: a second of the
    # server's time per bad request.
    assert (await datasette.client.get(path)).status_code == status
    printed = capfd.readouterr()
    assert "Traceback" not in printed.out + printed.err
