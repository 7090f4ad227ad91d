"""Start-up: what a fresh SQLite build and `add` in place import, and the plain data they read
instead of the models (db/tables.py), checked against the models."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from db.datapackage import datapackage, resources_from_models
from db.make_tables import TARGET, source
from tests.conftest import PROJECT, SEEDS

HEAVY = ("sqlalchemy", "alembic", "numpy", "sqlite_utils")


def test_the_tables_file_is_what_the_models_give():
    """db/tables.py is regenerated (python -m db.make_tables) whenever the models change."""
    assert TARGET.read_text(encoding="utf-8") == source()


def test_the_datapackage_from_the_tables_file_is_the_models_one():
    from_models = [{**resource, "path": "sqlite:///x.db"} for resource in resources_from_models()]
    assert json.dumps(datapackage("x.db")["resources"]) == json.dumps(from_models)


def _imported(code: str) -> list[str]:
    probe = f"{code}; import sys; print(sorted({{n.split('.')[0] for n in sys.modules}} & {set(HEAVY)!r}))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=PROJECT)
    return json.loads(result.stdout.strip().replace("'", '"'))


def test_a_fresh_build_and_an_add_in_place_import_no_sqlalchemy(tmp_path):
    """SQLAlchemy (and Alembic, numpy) only where a server database or a migration is reached; no
    sqlite-utils (the full-text indexes are made by its statements, written out)."""
    folder = tmp_path / "folder"
    folder.mkdir()
    articles = sorted(SEEDS.glob("*.txt"))
    for path in articles[:-1]:
        (folder / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "x.db"
    setup = "from pathlib import Path; from loaders.build import add, build"
    assert _imported(f"{setup}; build(Path({str(folder)!r}), Path({str(db)!r}))") == []
    assert _imported(f"{setup}; add([Path({str(articles[-1])!r})], Path({str(folder)!r}), Path({str(db)!r}))") == []


def test_the_iso_files_are_what_the_script_makes_from_pycountry():
    from loaders.data.make_iso import files

    for path, content in files().items():
        assert path.read_text(encoding="utf-8") == content, f"{path.name}: run python -m loaders.data.make_iso"


def test_countries_are_looked_up_as_pycountry_looks_them_up():
    import pycountry

    from loaders.data import iso
    from loaders.data.make_iso import LOOKUP_TARGET

    probes = [key for key, _ in (line.split("\t") for line in LOOKUP_TARGET.read_text(encoding="utf-8").splitlines()[1:])]
    probes += ["Canada", "CANADA", "ca", "Côte d'Ivoire", "Korea, Republic of", "South Korea", "Ontario", "Narnia", ""]
    for probe in probes:
        try:
            expected = pycountry.countries.lookup(probe).alpha_2
        except LookupError:
            expected = None
        assert iso.lookup_country(probe) == expected, probe
    assert iso.is_currency_code("usd") and iso.is_currency_code("EUR") and not iso.is_currency_code("ABC")


def test_the_city_spellings_are_what_the_script_makes_from_the_city_names():
    """loaders/data/city_spellings.tsv is regenerated (python -m loaders.data.make_cities) with the city list."""
    from loaders.data.make_cities import COUNTRIES_TARGET, SPELLINGS_TARGET, spelling_rows

    names = [line.split("\t")[0] for line in COUNTRIES_TARGET.read_text(encoding="utf-8").splitlines()[1:]]
    assert SPELLINGS_TARGET.read_text(encoding="utf-8").splitlines() == spelling_rows(names)


def test_towns_and_city_countries_read_from_the_spellings_are_what_folding_every_name_gives():
    """The sets read from the generated spellings equal the ones made by folding all 32,000 names."""
    from loaders.extract.claims.countries import _city_countries
    from loaders.extract.entities.people import common_words
    from loaders.extract.gazetteer import _data, city_countries, plain_spelling, towns, unaccented

    cities = city_countries()
    by_spelling: dict[str, set[str]] = {}
    for name, country in cities.items():
        by_spelling.setdefault(unaccented(name), set()).add(country)
    folded = {spelling: countries.pop() for spelling, countries in by_spelling.items() if len(countries) == 1}
    assert _city_countries() == {**folded, **cities}
    assert _city_countries()["Montreal"] == cities["Montréal"] == "CA"

    names = frozenset(cities) - frozenset(_data()["ambiguous_cities"])
    plain = {spelt for spelt in map(plain_spelling, names) if spelt.lower() not in common_words()}
    assert towns() == names | plain | {name.replace("İ", "I") for name in names if "İ" in name}
    assert {"Izmir", "Salalah"} <= towns()


def test_the_full_text_indexes_are_the_ones_sqlite_utils_makes(tmp_path):
    """fts_statements gives the schema, and the search results, of sqlite-utils' enable_fts."""
    import sqlite_utils

    from db.derived import FTS_TABLES, fts_statements

    made = []
    for maker in ("sqlite-utils", "fts_statements"):
        connection = sqlite3.connect(tmp_path / f"{maker}.db")
        for table, columns in FTS_TABLES.items():
            connection.execute(f'CREATE TABLE "{table}" (id INTEGER PRIMARY KEY, {", ".join(columns)})')
            connection.execute(
                f'INSERT INTO "{table}" VALUES (1, {", ".join("?" for _ in columns)})', ["Shares rose"] * len(columns)
            )
        connection.commit()
        for table, columns in FTS_TABLES.items():
            if maker == "sqlite-utils":
                sqlite_utils.Database(connection, execute_plugins=False)[table].enable_fts(
                    columns, create_triggers=True, tokenize="porter"
                )
            else:
                for statement in fts_statements(table, columns):
                    connection.execute(statement)
        connection.execute('INSERT INTO "quotes" VALUES (2, ?, ?)', ("Sales fell", "a spokesperson"))  # through the trigger
        connection.commit()
        schema = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
        found = [
            connection.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", (word,)).fetchall()
            for table in FTS_TABLES
            for word in ("share", "sale")
        ]
        made.append((schema, found))
        connection.close()
    assert made[0] == made[1]
    assert any(sql and "tokenize='porter'" in sql for _, _, _, sql in made[1][0])
    # stemmed ("share" finds "Shares"), and kept up to date by the triggers (the quote added after)
    assert made[1][1] == [[(1,)], [], [(1,)], [(2,)], [(1,)], []]


def test_small_towns_are_looked_up_in_their_sorted_file():
    """The list is bisected, not hashed: the file must stay sorted (make_cities.py sorts it)."""
    from loaders.data.make_cities import SMALL_TOWNS_TARGET
    from loaders.extract.gazetteer import small_towns

    names = SMALL_TOWNS_TARGET.read_text(encoding="utf-8").splitlines()
    assert names == sorted(set(names))
    towns = small_towns()
    assert len(towns) == len(names)
    assert all(name in towns for name in names[:: len(names) // 500])
    assert all(probe not in towns for probe in ["", "Komiž", names[0][:-1], names[-1] + "a", "zzzz", None])
