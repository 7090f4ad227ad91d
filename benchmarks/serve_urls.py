"""A long-tail set of URLs for load benchmarks, drawn from the database itself.

Real visitors do not cycle through four pages: they open many different
articles, rows, facets, searches and exports, a few of them often and most
of them rarely. `long_tail_urls(db, count, seed)` reads the database (read
only) and returns `count` distinct paths, in an order that is a seeded
shuffle, each labelled with its kind; `ZipfChooser` then draws from them
with probability proportional to 1 / rank**s, so that the response cache
sees a realistic mix of repeats and first requests. Same database, count
and seed: same URLs, same draws.
"""

from __future__ import annotations

import bisect
import random
import re
import sqlite3
from itertools import accumulate
from pathlib import Path
from urllib.parse import quote, urlencode

DATABASE = "xiaomi"

# Share of the URL set each kind gets (before duplicates are dropped).
KIND_SHARES = {
    "article page": 0.30,
    "row page": 0.25,
    "filtered table": 0.12,
    "facet": 0.08,
    "search": 0.10,
    "export": 0.10,
    "canned query": 0.05,
}
WORD = re.compile(r"[A-Za-z]{5,}")


def tilde(value: object) -> str:
    """Datasette's tilde encoding of a primary key in a row URL."""
    from datasette.utils import tilde_encode

    return tilde_encode(str(value))


def _sample(conn: sqlite3.Connection, sql: str, count: int, rng: random.Random) -> list:
    rows = [row[0] for row in conn.execute(sql) if row[0] not in (None, "")]
    rng.shuffle(rows)
    return rows[:count]


def long_tail_urls(db: Path, count: int = 3000, seed: int = 1) -> list[tuple[str, str]]:
    """`count` distinct (kind, path) pairs read from the database at db."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return _urls(conn, count, rng)
    finally:
        conn.close()


def _urls(conn: sqlite3.Connection, count: int, rng: random.Random) -> list[tuple[str, str]]:
    want = {kind: max(1, round(count * share)) for kind, share in KIND_SHARES.items()}
    base = f"/{DATABASE}"
    urls: list[tuple[str, str]] = [("index", "/"), ("index", base)]

    articles = _sample(conn, "select id from articles", want["article page"], rng)
    urls += [("article page", f"{base}/articles/{tilde(article)}") for article in articles]

    row_tables = ["quotes", "claims", "organisations", "people", "products", "places", "claim_groups", "quote_groups"]
    per_table = want["row page"] // len(row_tables) + 1
    for table in row_tables:
        for key in _sample(conn, f"select id from {table}", per_table, rng):
            urls.append(("row page", f"{base}/{table}/{tilde(key)}"))

    # Values to filter and facet on, each taken from the data.
    subjects = _sample(conn, "select distinct subject_id from claims", 200, rng)
    speakers = _sample(conn, "select distinct speaker_id from quotes", 200, rng)
    outlets = _sample(conn, "select distinct outlet_id from articles", 50, rng)
    metrics = _sample(conn, "select distinct metric from claims", 50, rng)
    entities = _sample(conn, "select distinct entity_id from mentions", 300, rng)
    dates = _sample(conn, "select distinct substr(published, 1, 7) from articles", 50, rng)
    organisation_names = _sample(conn, "select distinct name from organisations", 200, rng)
    filters = (
        [("claims", {"subject_id": value}) for value in subjects]
        + [("quotes", {"speaker_id": value}) for value in speakers]
        + [("articles", {"outlet_id": value}) for value in outlets]
        + [("claims", {"metric": value}) for value in metrics]
        + [("mentions", {"entity_id": value}) for value in entities]
        + [("articles", {"published__startswith": value}) for value in dates]
    )
    rng.shuffle(filters)
    for table, arguments in filters[: want["filtered table"]]:
        urls.append(("filtered table", f"{base}/{table}?{urlencode(arguments)}"))

    facet_columns = {
        "claims": ["metric", "unit", "subject_id", "modality", "period", "scope"],
        "quotes": ["kind", "speaker_id", "speaker_resolution"],
        "mentions": ["kind", "rule", "entity_id"],
        "articles": ["outlet_id", "published", "label_is_derived"],
        "claim_groups": ["status", "metric", "unit"],
        "products": ["kind", "maker_id"],
    }
    facets = []
    for table, columns in facet_columns.items():
        for column in columns:
            facets.append(f"{base}/{table}?_facet={column}")
    facets += [f"{base}/claims?{urlencode({'subject_id': value, '_facet': 'metric'})}" for value in subjects]
    facets += [f"{base}/articles?{urlencode({'outlet_id': value, '_facet': 'published'})}" for value in outlets]
    facets += [f"{base}/claims?{urlencode({'metric': value, '_facet': 'subject_id'})}" for value in metrics]
    rng.shuffle(facets)
    urls += [("facet", path) for path in facets[: want["facet"]]]

    # Search terms: words printed in the articles, so most searches find something.
    sentences = _sample(conn, "select text from sentences", 400, rng)
    terms = sorted({word.lower() for text in sentences for word in WORD.findall(text)})
    rng.shuffle(terms)
    search_tables = ["sentences", "articles", "quotes", "claims"]
    searches = [
        f"{base}/{search_tables[number % len(search_tables)]}?{urlencode({'_search': term})}"
        for number, term in enumerate(terms[: want["search"]])
    ]
    urls += [("search", path) for path in searches]

    exports = []
    for table, arguments in filters:
        exports.append(f"{base}/{table}.json?{urlencode({**arguments, '_shape': 'array'})}")
        exports.append(f"{base}/{table}.csv?{urlencode(arguments)}")
    exports += [f"{base}/mentions.json?{urlencode({'article_id': article, '_shape': 'array'})}" for article in articles[:200]]
    rng.shuffle(exports)
    urls += [("export", path) for path in exports[: want["export"]]]

    canned = [f"{base}/what_each_outlet_said_about?{urlencode({'organisation': name})}" for name in organisation_names]
    canned += [f"{base}/what_each_outlet_said_about.json?{urlencode({'organisation': name})}" for name in organisation_names[:50]]
    for kind in ["", "organisation", "person", "product", "place"]:
        for offset in (0, 50, 100):
            arguments = {"kind": kind, **({"_next": offset} if offset else {})}
            canned.append(f"{base}/entities_by_outlet?{urlencode(arguments)}")
    for name in ["where_outlets_disagree", "same_quote_different_outlets"]:
        for offset in (0, 50, 100, 150):
            canned.append(f"{base}/{name}" + (f"?_next={offset}" if offset else ""))
    rng.shuffle(canned)
    urls += [("canned query", path) for path in canned[: want["canned query"]]]

    seen: set[str] = set()
    unique = []
    for kind, path in urls:
        if path not in seen:
            seen.add(path)
            unique.append((kind, path))
    rng.shuffle(unique)
    return unique[:count]


class ZipfChooser:
    """Draws items with probability proportional to 1 / rank**s (rank 1 = first item)."""

    def __init__(self, items: list, s: float = 1.0) -> None:
        self.items = items
        self.cumulative = list(accumulate(1.0 / rank**s for rank in range(1, len(items) + 1)))

    def choose(self, rng: random.Random):
        point = rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_right(self.cumulative, point)]


def path_quote(path: str) -> str:
    """The path as a request line carries it (spaces and non-ASCII escaped)."""
    return quote(path, safe="/?&=%~:+,;@")
