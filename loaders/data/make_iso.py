"""Regenerate the ISO 3166 and ISO 4217 files the extractors read from pycountry (pinned in requirements.lock).

    python -m loaders.data.make_iso

The build reads these small files instead of importing pycountry and loading
its JSON databases (a fifth of the seeds' build):
- countries.tsv: each country's alpha-2 code, name and common name, in pycountry's order;
- country_lookup.tsv: every value pycountry's `countries.lookup` finds a country by
  (codes, names, official and common names, lower-cased), with the country it finds;
- subdivisions.tsv: each first-level or lower division's code, country, type and name, by code;
- currency_codes.txt: the ISO 4217 alphabetic codes;
- currency_names.tsv: the currencies ISO 4217 names by one word of their own ("Lari", "Ngultrum",
  "Pa’anga"), lower-cased, with their codes.
A test checks the files still match what this script makes.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
COUNTRIES_TARGET = FOLDER / "countries.tsv"
LOOKUP_TARGET = FOLDER / "country_lookup.tsv"
SUBDIVISIONS_TARGET = FOLDER / "subdivisions.tsv"
CURRENCIES_TARGET = FOLDER / "currency_codes.txt"
CURRENCY_NAMES_TARGET = FOLDER / "currency_names.tsv"


def _line(*values: str) -> str:
    if any("\t" in value or "\n" in value for value in values):
        raise ValueError(f"a tab or a line break in {values!r}")
    return "\t".join(values)


def country_rows() -> list[str]:
    import pycountry

    return ["alpha_2\tname\tcommon_name"] + [
        _line(country.alpha_2, country.name, getattr(country, "common_name", None) or "") for country in pycountry.countries
    ]


def lookup_rows() -> list[str]:
    """What `pycountry.countries.lookup(value)` returns for each value it knows: it tries its indexes
    in order (the first one holding the lower-cased value wins); it has no unindexed fields."""
    import pycountry

    countries = pycountry.countries
    list(countries)  # loaded
    if countries.no_index:
        raise ValueError("pycountry's countries have unindexed fields: lookup reads them too")
    found: dict[str, str] = {}
    for index in countries.indices.values():
        for value, country in index.items():
            found.setdefault(value, country.alpha_2)
    return ["key\talpha_2"] + [_line(value, code) for value, code in sorted(found.items())]


def subdivision_rows() -> list[str]:
    import pycountry

    divisions = sorted(pycountry.subdivisions, key=lambda division: division.code)
    return ["code\tcountry_code\ttype\tname"] + [
        _line(division.code, division.country_code, division.type, division.name) for division in divisions
    ]


def currency_rows() -> list[str]:
    import pycountry

    return sorted(currency.alpha_3 for currency in pycountry.currencies)


def currency_name_rows() -> list[str]:
    """Each one-word ISO 4217 name that no other current currency bears, lower-cased, with its code
    (the metals and funds, codes in X, apart): a name shared by several ("Dollar") names none."""
    import pycountry

    names: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        if " " not in currency.name and not currency.alpha_3.startswith("X"):
            names.setdefault(currency.name.casefold(), set()).add(currency.alpha_3)
    return ["name\talpha_3"] + [_line(name, next(iter(codes))) for name, codes in sorted(names.items()) if len(codes) == 1]


def files() -> dict[Path, str]:
    return {
        COUNTRIES_TARGET: "\n".join(country_rows()) + "\n",
        LOOKUP_TARGET: "\n".join(lookup_rows()) + "\n",
        SUBDIVISIONS_TARGET: "\n".join(subdivision_rows()) + "\n",
        CURRENCIES_TARGET: "\n".join(currency_rows()) + "\n",
        CURRENCY_NAMES_TARGET: "\n".join(currency_name_rows()) + "\n",
    }


def main() -> None:
    for path, content in files().items():
        path.write_text(content, encoding="utf-8")


if __name__ == "__main__":
    main()
