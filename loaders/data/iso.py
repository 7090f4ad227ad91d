"""Countries, their divisions and currency codes (ISO 3166, ISO 4217) as pycountry has them, read
from the small files loaders/data/make_iso.py makes from it (importing pycountry and loading its
databases cost a fifth of the seeds' build)."""

from __future__ import annotations

import functools
from pathlib import Path

from loaders.data.make_iso import (
    COUNTRIES_TARGET,
    CURRENCIES_TARGET,
    CURRENCY_NAMES_TARGET,
    LOOKUP_TARGET,
    SUBDIVISIONS_TARGET,
)


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:]]


@functools.cache
def countries() -> tuple[tuple[str, str, str | None], ...]:
    """(alpha-2 code, name, common name or None), in pycountry's order."""
    return tuple((code, name, common or None) for code, name, common in _rows(COUNTRIES_TARGET))


@functools.cache
def _lookup() -> dict[str, str]:
    return dict((key, code) for key, code in _rows(LOOKUP_TARGET))


def lookup_country(value: str) -> str | None:
    """The alpha-2 code of the country `pycountry.countries.lookup(value)` finds (a code, a name,
    an official or common name, in any case), or None where it finds none."""
    return _lookup().get(value.lower())


@functools.cache
def subdivisions() -> tuple[tuple[str, str, str, str], ...]:
    """(code, country's alpha-2 code, type, name) of every division, by code."""
    return tuple((code, country, kind, name) for code, country, kind, name in _rows(SUBDIVISIONS_TARGET))


@functools.cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 alphabetic codes ("USD")."""
    return frozenset(CURRENCIES_TARGET.read_text(encoding="utf-8").split())


@functools.cache
def _lower_currency_codes() -> frozenset[str]:
    return frozenset(code.lower() for code in currency_codes())


def is_currency_code(code: str) -> bool:
    """Whether `pycountry.currencies.get(alpha_3=code)` finds a currency (in any case)."""
    return code.lower() in _lower_currency_codes()


@functools.cache
def currency_names() -> dict[str, str]:
    """The currencies ISO 4217 names by one word of their own, lower-cased ("lari", "pa’anga"), with their codes."""
    return dict((name, code) for name, code in _rows(CURRENCY_NAMES_TARGET))
