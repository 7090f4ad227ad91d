"""The card's own command, `datasette xiaomi.db` with no options, as a real
server process: it serves with the project's metadata, queries, settings and
headers, and its JSON ids survive a JavaScript client."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.conftest import query
from tests.server import serve, stop


@pytest.fixture(scope="module")
def served(seeds_db, tmp_path_factory):
    server = serve(seeds_db, tmp_path_factory.mktemp("serve"))
    yield server
    stop(server)


def test_the_cards_command_serves_the_projects_metadata_queries_and_dashboard(served):
    status, _, body = served.get("/-/metadata.json")
    assert status == 200 and json.loads(body)["title"].startswith("xiaomi.db")
    for path in [
        "/xiaomi/where_outlets_disagree",
        "/xiaomi/what_each_outlet_said_about",
        "/-/dashboards/claims",
        "/-/about",
        "/-/search?q=sales",
    ]:
        assert served.get(path)[0] == 200, path


def test_the_cards_command_is_read_only_with_a_time_limit(served):
    settings = json.loads(served.get("/-/settings.json")[2])
    assert settings["sql_time_limit_ms"] == 1000
    databases = json.loads(served.get("/-/databases.json")[2])
    assert [(db["name"], db["is_mutable"]) for db in databases if db["name"] == "xiaomi"] == [("xiaomi", False)]
    assert served.get("/xiaomi.json?sql=select+length(randomblob(1000000000))")[0] == 400


def test_the_cards_command_sends_security_headers(served):
    _, headers, _ = served.get("/xiaomi/quotes")
    headers = {key.lower(): value for key, value in headers.items()}
    assert "frame-ancestors" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_a_post_to_a_canned_query_is_405(served):
    import urllib.request

    request = urllib.request.Request(served.url + "/xiaomi/where_outlets_disagree", data=b"x=1", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 405


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed: no JavaScript JSON parser to read ids with")
@pytest.mark.parametrize("table", ["quotes", "claims", "sentences", "mentions", "quote_groups", "claim_groups", "paragraphs"])
def test_ids_survive_a_javascript_json_parser(served, seeds_db, table):
    status, _, body = served.get(f"/xiaomi/{table}.json?_shape=array&_size=max&_col=id")
    assert status == 200
    parsed = subprocess.run(
        [
            "node",
            "-e",
            "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>"
            "console.log(JSON.stringify(JSON.parse(s).map(r=>String(r.id)))))",
        ],
        input=body,
        capture_output=True,
        check=True,
        timeout=60,
    )
    ids_in_javascript = json.loads(parsed.stdout)
    ids_in_database = [str(row[0]) for row in query(seeds_db, f"SELECT id FROM {table}")]
    assert sorted(ids_in_javascript) == sorted(ids_in_database)
