"""Which currency an ambiguous sign or word names in one article ("kroner" in a Danish or a Norwegian
story, "N" before a number in a Nigerian one, "$" in a Canadian one), from the countries the article
names most."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Set
from pathlib import Path

import yaml

from loaders.data import iso
from loaders.extract.claims.vocabulary import (
    BESIDE_USUAL_PREFIXES,
    CURRENCY_WORDS,
    LOCAL_PREFIXES,
    LOCAL_SIGNS_AFTER,
    LOCAL_WORDS,
    MINOR_UNITS,
    PREFIXES,
    longest_first,
)
from loaders.extract.gazetteer import DATA as PLACES
from loaders.extract.gazetteer import city_countries, city_spellings
from loaders.spans import Span
from loaders.vocab import SAFE_LOADER, load

CITY_COUNTRIES = Path(__file__).resolve().parents[2] / "data" / "city_countries.tsv"
SHARED_TOWN_NAMES = Path(__file__).resolve().parents[2] / "data" / "city_names_of_several_countries.txt"
MINOR_WORDS = frozenset(entry["local"] for entry in MINOR_UNITS.values() if entry.get("local"))
MOST_NAMED_CANDIDATE = frozenset((load("currencies").get("by_country") or {}).get("most_named_candidate") or [])
_BY_COUNTRY = load("currencies").get("by_country") or {}
HOME_ONLY_COUNTRIES = frozenset(_BY_COUNTRY.get("home_only_countries") or [])
NAMED_ISLAND_DECIDES = frozenset(_BY_COUNTRY.get("named_island_decides") or [])
ONLY_NAMED_CANDIDATE = frozenset(_BY_COUNTRY.get("only_named_candidate") or [])
BARE_SIGN_AT_HOME = {sign: frozenset(codes) for sign, codes in (_BY_COUNTRY.get("bare_sign_at_home") or {}).items()}
OWN_SIGN_AT_HOME = {sign: tuple(codes) for sign, codes in (_BY_COUNTRY.get("own_sign_at_home") or {}).items()}
BOTH_PREFIXES_AT_HOME = {sign: frozenset(codes) for sign, codes in (_BY_COUNTRY.get("both_prefixes_at_home") or {}).items()}
# (fixc27) the adjectives of an island's rival candidates ("Indian", "Sri Lankan"), counted only against the island;
# not before a region's noun ("the Indian Ocean"); only before a noun of the money's side ("Indian investors")
_RIVAL_ADJECTIVES: dict[str, str] = dict(_BY_COUNTRY.get("home_only_rival_adjectives") or {})
_RIVAL_ADJECTIVE_RE = (
    re.compile(
        rf"\b(?-i:{longest_first(_RIVAL_ADJECTIVES)})\b"
        rf"(?![ \u00a0]+(?:{'|'.join(map(re.escape, _BY_COUNTRY.get('region_nouns') or []))})\b)"
        # (review fixfp2) only before the money's side ("Indian investors"), not "Indian-born" or "Indian buyers"
        rf"(?=[ \u00a0]+(?:{'|'.join(map(re.escape, _BY_COUNTRY.get('rival_adjective_money_nouns') or []))})\b)"
    )
    if _RIVAL_ADJECTIVES
    else None
)
_SUBCONTINENT_SCALES_RE = re.compile(
    rf"\d\s*(?:{'|'.join(map(re.escape, sorted(_BY_COUNTRY.get('subcontinent_scales') or [], key=len, reverse=True)))})\b"
)
ADJECTIVES = {adjective: code for adjective, code in (load("currencies").get("country_adjectives") or {}).items()}
_SIGNS_RE = re.compile(
    "|".join(
        part
        for part in (
            rf"(?<![A-Za-z])(?-i:{longest_first(LOCAL_PREFIXES)})[ \u00a0]?\d" if LOCAL_PREFIXES else "",
            rf"\b{longest_first(LOCAL_WORDS)}\b" if LOCAL_WORDS else "",
            r"(?<=\d)(?-i:c)\b",  # "85c": cents, read like the word "cents"
            rf"\d\s?(?-i:{longest_first(LOCAL_SIGNS_AFTER)})" if LOCAL_SIGNS_AFTER else "",
        )
        if part
    ),
    re.IGNORECASE,
)
# "South American", "Latin American": a region's adjective, not a country's ("South African" is listed whole)
_ADJECTIVE_RE = (
    re.compile(rf"\b(?<!South )(?<!North )(?<!Latin )(?<!Central )(?-i:{longest_first(ADJECTIVES)})\b") if ADJECTIVES else None
)
_CANDIDATE_ADJECTIVES = load("currencies").get("candidate_adjectives") or {}
# adjectives that only choose among the countries of their signs (the Gulf's riyals), and those signs
CANDIDATE_ADJECTIVES: dict[str, str] = dict(_CANDIDATE_ADJECTIVES.get("adjectives") or {})
CANDIDATE_ADJECTIVE_SIGNS = frozenset(_CANDIDATE_ADJECTIVES.get("signs") or [])
# ... never before a capitalised word, where they are part of a name ("Saudi Aramco")
_CANDIDATE_ADJECTIVE_RE = (
    re.compile(rf"\b(?-i:{longest_first(CANDIDATE_ADJECTIVES)})\b(?![ \u00a0]+[A-Z])") if CANDIDATE_ADJECTIVES else None
)


# Places a story names outside the prose's sentences: a dateline's city on a line of its own or before
# the date ("MONTREAL, May 5 -", "MUMBAI: ..."), and a company's home in "Montreal-based".
_DATELINE_RE = re.compile(r"^(?P<city>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:,| \(| [-–—]|:|$)", re.MULTILINE)
_BASED_RE = re.compile(r"\b(?P<city>[A-Z][a-z'.]+(?:[ -][A-Z][a-z'.]+){0,2})-based\b")


def _folded(name: str) -> str:
    if name.isascii():
        return name  # nothing to fold (most names: a tenth of the time)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _ambiguous_towns() -> frozenset[str]:
    return frozenset(yaml.load(PLACES.read_text(encoding="utf-8"), Loader=SAFE_LOADER)["ambiguous_cities"])


def is_town(name: str) -> bool:
    """Whether a name is a town's (loaders/data/city_countries.tsv) and no everyday word or given name."""
    return name in _city_countries() and name not in _ambiguous_towns()


@functools.lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """City name -> the country of the most populous city of that name (loaders/data/city_countries.tsv);
    a name is also found without its accents ("Montreal" for "Montréal") where that spelling names no other city."""
    cities = city_countries()
    # (a name spelt otherwise without accents is a row of city_spellings.tsv; a spelling that is
    # itself a city's name is that city's)
    unaccented: dict[str, set[str]] = {}
    for name, spelling, _ in city_spellings():
        if spelling not in cities:
            unaccented.setdefault(spelling, set()).add(cities[name])
    return {
        **{name: countries.pop() for name, countries in unaccented.items() if len(countries) == 1},
        **cities,
    }


_HOME_OFFICE_RE = re.compile(
    rf"\b(?P<city>[A-Z][a-z'.]+(?: [A-Z][a-z'.]+){{0,2}}) (?:{'|'.join(load('currencies')['home_offices'])})\b"
)


# Words a town's name keeps in lower case after its first ("PORT OF SPAIN" is Port of Spain)
_PARTICLES = frozenset(
    {
        "of",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "le",
        "les",
        "on",
        "upon",
        "sur",
        "en",
        "y",
        "al",
    }
)


def _town_title(capitals: str) -> str:
    """A dateline's town in capitals as the town is spelled ("PORT OF SPAIN" -> "Port of Spain")."""
    words = capitals.title().split(" ")
    return " ".join([words[0], *(w.lower() if w.lower() in _PARTICLES else w for w in words[1:])])


def _named_outside_prose(text: str) -> list[str]:
    """The dateline's city, the "X-based" homes, the town of a newsroom ("Mildura newsroom", twice:
    where the page was made) and the land of a government's masthead the text prints, as names to look up."""
    names = [_town_title(found.group("city")) for found in _DATELINE_RE.finditer(text)]
    homes = [found.group("city") for found in _HOME_OFFICE_RE.finditer(text)]
    return names + [found.group("city") for found in _BASED_RE.finditer(text)] + homes + homes + _masthead_lands(text)


# (m21) A government's release opens with its masthead, a line of its own naming its land ("GOVERNMENT OF KIRIBATI",
# "Government of Tuvalu", "REPUBLIC OF THE MARSHALL ISLANDS"): the page was made there.
def _masthead_words(key: str, lower: bool = False) -> str:
    """An alternation of the masthead's words of `key` (places.yml), each in capitals and as written (or in lower
    case: "the" before the land)."""
    entries = yaml.load(PLACES.read_text(encoding="utf-8"), Loader=SAFE_LOADER)[key]
    forms = {form for entry in entries for form in (entry.upper(), entry.lower() if lower else entry)}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


_GOVERNMENT_MASTHEAD_RE = re.compile(
    rf"^(?:(?:{_masthead_words('masthead_articles')})[ \t]+)?(?:{_masthead_words('masthead_bodies')})[ \t]+"
    rf"(?:{_masthead_words('masthead_particles')})[ \t]+(?:(?:{_masthead_words('masthead_articles', lower=True)})[ \t]+)?"
    r"(?P<land>[A-Z][A-Za-z'’.-]*(?:[ \t][A-Z][A-Za-z'’.-]*){0,3})[ \t]*$",
    re.MULTILINE,
)


# (m21 review M3) ... a line of the page's top block, or one set off by a blank line before it, and no line of prose
# going on after it in lower case ("the flag of the\nRepublic of Kiribati\nand was sold"): a wrapped line is no masthead
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_SET_OFF_BEFORE_RE = re.compile(r"\n[ \t]*\n[ \t]*$")
_LOWER_CASE_LINE_AFTER_RE = re.compile(r"\n[ \t]*[a-z]")


def _masthead_lands(text: str) -> list[str]:
    """The lands of the government mastheads the text prints, as names to look up ("Kiribati")."""
    opening = len(text) - len(text.lstrip())
    first_blank = _BLANK_LINE_RE.search(text, opening)
    top_end = first_blank.start() if first_blank else len(text)
    return [
        _town_title(found.group("land"))
        for found in _GOVERNMENT_MASTHEAD_RE.finditer(text)
        if (found.start() <= top_end or _SET_OFF_BEFORE_RE.search(text, max(0, found.start() - 40), found.start()))
        and not _LOWER_CASE_LINE_AFTER_RE.match(text, found.end())
    ]


# A dateline naming its country after the city ("VICTORIA, Seychelles -": the city's name may be many
# places'), or a masthead's line opening with the paper's country ("Ruritania · Business · Weekly") or
# with its town and country ("Port Royal, Ruritania · Since 1921")
_DATELINE_COUNTRY_RE = re.compile(
    r"^(?:[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}, (?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?= [-–—]|,)"
    r"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, )?(?P<masthead>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) [·|] )",
    re.MULTILINE,
)


# A wire's dateline: the town (and date), then the agency in brackets before the dash ("MEXICO CITY, Nov
# 27 (Reuters) - "): a wire prints the US dollar by a bare "$" wherever it is datelined.
_WIRE_DATELINE_RE = re.compile(
    r"^[A-Z][A-Za-z'.-]+(?: [A-Za-z][A-Za-z'.-]*){0,3},?(?:[ \t][^\n()]{1,24}?)?[ \t]\([A-Z][^()\n]{1,40}\)[ \t]*[-–—]",
    re.MULTILINE,
)


# A byline line naming the writer's town after the name ("By Salma Kombo, Dar es Salaam"): where the page was made
_BYLINE_TOWN_RE = re.compile(
    r"^By[ \t]+[A-Z][^,\n]{1,60},[ \t]+(?P<city>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]{1,3}))*?)[ \t]*$",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=1)
def _dateline_divisions() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The abbreviations of first-level divisions a dateline prints after its town ("ESTEVAN, Sask. —")
    -> their country (loaders/data/places.yml), and the pattern of such a dateline."""
    abbreviations = yaml.load(PLACES.read_text(encoding="utf-8"), Loader=SAFE_LOADER).get("dateline_division_abbreviations") or {}
    if not abbreviations:
        return {}, None
    pattern = re.compile(
        rf"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){{0,2}}, (?P<division>{longest_first(abbreviations)})(?= [-–—]|,| \()",
        re.MULTILINE,
    )
    return abbreviations, pattern


def _page_countries(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries of the page's dateline (its town, its country or its province's abbreviation), byline
    town and newsroom: where it was made; and of those, the ones printed beyond doubt: a country, a
    province's abbreviation, or a town's name that is no state's or province's ("VICTORIA —": Australia's
    state, British Columbia's capital or the Seychelles') and none of the towns' names several countries
    share (`ambiguous_cities`: "HAMILTON —" is Bermuda's as often as Ontario's)."""
    named = [
        code
        for found in _DATELINE_COUNTRY_RE.finditer(text)
        if (code := iso.lookup_country(found.group("country") or found.group("masthead")))
    ]
    named += [code for land in _masthead_lands(text) if (code := iso.lookup_country(land))]
    divisions, division_re = _dateline_divisions()
    placed = [divisions[found.group("division")] for found in division_re.finditer(text)] if division_re else []
    # (a dateline placing its town in a land or a province says which town of the name it is: "PERTH,
    # Scotland —" is no Australian page, whatever the gazetteer's Perth; "SYDNEY, Nova Scotia —" no
    # Australian one. A division several lands have ("MELBOURNE, Florida —") says the town is not the
    # gazetteer's, though not which land's)
    lands = [found.group("country") for found in _DATELINE_COUNTRY_RE.finditer(text) if found.group("country")]
    placed += [code for land in lands if (code := iso.lookup_country(land) or _division_countries().get(_folded(land)))]
    named += placed
    elsewhere = any(_folded(land) in _division_names() for land in lands)
    names = [] if placed or elsewhere else [_town_title(found.group("city")) for found in _DATELINE_RE.finditer(text)]
    names += [found.group("city") for found in _HOME_OFFICE_RE.finditer(text)]
    names += [found.group("city") for found in _BYLINE_TOWN_RE.finditer(text)]
    sure = [
        code
        for name in names
        if (code := iso.lookup_country(name) or (_city_countries().get(name) if _sure_town(name) else None))
    ]
    return (
        frozenset(code for name in names if (code := _country_of(name))) | frozenset(named),
        frozenset(sure) | frozenset(named),
    )


def _sure_town(name: str) -> bool:
    """A town's name no state or province bears, no listed ambiguity and no name cities of several countries
    bear ("Perth": Western Australia's and Scotland's): its country is the gazetteer's."""
    return name not in _division_countries() and name not in _ambiguous_towns() and name not in _shared_town_names()


@functools.lru_cache(maxsize=1)
def _shared_town_names() -> frozenset[str]:
    """The city names cities of more than one country bear (loaders/data/city_names_of_several_countries.txt)."""
    return frozenset(SHARED_TOWN_NAMES.read_text(encoding="utf-8").split("\n")) - {""}


def _divisions_opening(names: Iterable[str]) -> list[str]:
    """The first-level divisions opening organisations' names ("Alberta Utilities Commission",
    "Ontario Teachers' Pension Plan"): a body named for its province or state is of that country."""
    divisions = _division_countries()
    found = []
    for name in set(names):
        words = name.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            if (opening := " ".join(words[:size])) in divisions:
                found.append(opening)
                break
    return found


_OF_PLACE_RE = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$")


def _countries_closing(names: Iterable[str]) -> list[str]:
    """The countries closing organisations' names ("Central Bank of Kenya", "Competition Authority of
    Kenya"): a body named for its country is that country's, so the page's."""
    return [
        found.group("place")
        for name in set(names)
        if (found := _OF_PLACE_RE.search(name)) and iso.lookup_country(found.group("place"))
    ]


def _countries_opening(names: Iterable[str]) -> list[str]:
    """(c25b) The countries opening organisations' names ("Sri Lanka Telecom", "Nepal Electricity Authority"): a
    body named for its country is that country's, as "Central Bank of Kenya" is (`_countries_closing`)."""
    found = []
    for name in set(names):
        words = name.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            if iso.lookup_country(opening := " ".join(words[:size])):
                found.append(opening)
                break
    return found


@functools.lru_cache(maxsize=1)
def _division_countries() -> dict[str, str]:
    """First-level division name ("Western Australia", "Ontario") -> its country, where only one has the name."""
    found: dict[str, set[str]] = {}
    for _, country_code, _, division_name in iso.subdivisions():
        found.setdefault(_folded(division_name), set()).add(country_code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


@functools.lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Every first-level division's name, however many countries have it ("Florida": Uruguay's too)."""
    return frozenset(_folded(division_name) for _, _, _, division_name in iso.subdivisions())


def _country_of(place: str) -> str | None:
    return iso.lookup_country(place) or _division_countries().get(place) or _city_countries().get(place)


def local_currencies(
    text: str, places: Iterable[str], organisations: Iterable[str] = (), published: str | None = None
) -> dict[str, str]:
    """Ambiguous sign or word (a word casefolded) -> the currency it names in this article, from the
    countries the article's places, its bodies named for a province or state and its country
    adjectives name (see _local_reading); a word of `dated_words` by the page's `published` date too."""
    if not _SIGNS_RE.search(text):
        return {}  # nothing ambiguous: the places need not be looked up
    counts: dict[str, int] = {}
    organisations = list(organisations)
    for place in (
        *places,
        *_named_outside_prose(text),
        *_divisions_opening(organisations),
        *_countries_closing(organisations),
        *_countries_opening(organisations),
    ):
        if code := _country_of(place):
            counts[code] = counts.get(code, 0) + 1
    for found in _ADJECTIVE_RE.finditer(text) if _ADJECTIVE_RE else ():
        counts[ADJECTIVES[found.group(0)]] = counts.get(ADJECTIVES[found.group(0)], 0) + 1
    candidate_counts = dict(counts)  # for the signs `candidate_adjectives` lists: their adjectives counted too
    if _CANDIDATE_ADJECTIVE_RE and any(sign.casefold() in text.casefold() for sign in CANDIDATE_ADJECTIVE_SIGNS):
        for found in _CANDIDATE_ADJECTIVE_RE.finditer(text):
            code = CANDIDATE_ADJECTIVES[found.group(0)]
            candidate_counts[code] = candidate_counts.get(code, 0) + 1
    out = {}
    home, sure_home = _page_countries(text)
    # A country that decides only as the page's home is no candidate elsewhere, nor on a page counting in crore
    crore = _SUBCONTINENT_SCALES_RE.search(text) is not None
    away = HOME_ONLY_COUNTRIES - home if not crore else HOME_ONLY_COUNTRIES
    all_named = {code: count for code, count in counts.items() if count}
    if away and _RIVAL_ADJECTIVE_RE:  # for the island only: "Indian investors" name India as a candidate
        for found in _RIVAL_ADJECTIVE_RE.finditer(text):
            code = _RIVAL_ADJECTIVES[found.group(0)]
            all_named[code] = all_named.get(code, 0) + 1
    with_islands = dict(counts)  # (m20) for the signs `named_island_decides` lists
    counts = {code: count for code, count in counts.items() if code not in away}
    candidate_counts = {code: count for code, count in candidate_counts.items() if code not in away}
    home, sure_home = home - away, sure_home - away
    # a wire's page is made for readers anywhere: its home decides no tie of the countries it names
    wire = _WIRE_DATELINE_RE.search(text) is not None
    codes = _codes_before_a_number(text)
    for sign, by_country in (*LOCAL_PREFIXES.items(), *LOCAL_WORDS.items(), *LOCAL_SIGNS_AFTER.items()):
        if not crore and (island := _home_only_on_a_third_page(by_country, all_named, away)):
            out[sign] = by_country[island]
            continue
        # (review of the fix passes 4, M1) the named island decides only where no other land of the sign is named:
        # "South Africa's X will spend R300 million on a lodge in the Seychelles" stays the rand
        island_decides = sign in NAMED_ISLAND_DECIDES and not any(counts.get(code) for code in by_country)
        named = candidate_counts if sign in CANDIDATE_ADJECTIVE_SIGNS else with_islands if island_decides else counts
        currency = _local_reading(text, sign, by_country, named, home, wire, sure_home) or _coded_reading(codes, sign, by_country)
        # A page made in a country (its dateline or newsroom) printing the usual currency with a sign of its
        # own ("US$") and exactly one other of the sign's currencies so, its own ("HK$"), means its own by the
        # bare sign ("HONG KONG – ... HK$150m (US$19.2m) ... a further $60m"); a page from nowhere, or from
        # another country, printing "S$95.6m (US$70.4m)" may still mean US dollars by "$".
        if not wire and (other := _the_other_written_out(text, sign, by_country, home)):
            out[sign] = other
            continue
        # A page printing "€3,000" still means euro cents by "46.5 cent": a hundredth has no sign of its own.
        # (a word `candidate_adjectives` lists means the same currency bare as with its sign or its country's
        # adjective: "QR75mn ... 30 million riyals" on a Doha page are both Qatar's)
        if currency and (sign in MINOR_WORDS or sign in CANDIDATE_ADJECTIVE_SIGNS or not _written_out(text, sign, currency)):
            out[sign] = currency
    if not any(sign in out for sign in MINOR_WORDS) and (own := _page_currency(text)):
        out.update(dict.fromkeys(MINOR_WORDS, own))  # no country decides: the page's own money does
    for word, dates in DATED_WORDS.items():
        if word not in out:
            continue
        own_lands = sum(all_named.get(code, 0) for code in LOCAL_WORDS.get(word, {}))
        if any(all_named.get(code, 0) > own_lands for code in dates.get("shared_with") or ()):
            del out[word]  # "38 million guilders" on a page about the Netherlands: left as written
        elif published and published[:10] < str(dates["since"]) and dates.get("before"):
            out[word] = dates["before"]  # a page older than the currency: the one it replaced
    return out


# (fixpasses3 review) words read as a currency only from its introduction, and left as written in a sentence of an
# older year (`dated_words` in currencies.yml)
DATED_WORDS: dict[str, dict] = {word.casefold(): dates for word, dates in (load("currencies").get("dated_words") or {}).items()}
_YEAR_RE = (
    re.compile(rf"(?<![\d.,])(?:1[89]|20)\d\d(?![\d]|[.,]\d)(?![ \u00a0]*(?:{longest_first(DATED_WORDS)})\b)", re.IGNORECASE)
    if DATED_WORDS
    else None
)


def in_sentence(local: dict[str, str], text: str, sentence: Span) -> dict[str, str]:
    """The article's readings of its ambiguous signs and words for one sentence: a word of `dated_words` is left as
    written where the sentence holds a year before the older money it also named ended ("bought in 1985 for 38
    million guilders")."""
    dated = [word for word in DATED_WORDS if word in local]
    if not dated or _YEAR_RE is None:
        return local
    years = [int(found.group(0)) for found in _YEAR_RE.finditer(text, sentence.start, sentence.end)]
    old = [word for word in dated if any(year < int(DATED_WORDS[word].get("shared_until") or 0) for year in years)]
    return {sign: currency for sign, currency in local.items() if sign not in old} if old else local


_CENTS_BY_SIGN = load("currencies")["cents_by_sign"]
_CENT_SIGNS_RE = re.compile("|".join(rf"(?<![A-Za-z]){re.escape(sign)}(?![A-Za-z])" for sign in _CENTS_BY_SIGN))


# Three capital letters before a number ("MVR 462 million"): where a page may print a currency's ISO code.
# Such a match ends in a digit and the next begins at a word's start, so no two overlap: one scan finds them all.
_CODE_BEFORE_A_NUMBER_RE = re.compile(r"\b([A-Z]{3})\s?\d")


def _home_only_on_a_third_page(by_country: dict[str, str], named: dict[str, int], away: Set[str]) -> str | None:
    """(c27) The one home-only candidate of a sign (`home_only_countries`) a page names where it names no other of the
    sign's candidates and names a country that is none of them more often: a story of a third country whose
    money comes from the island ("a Mauritian fund brings 90 million rupees" to a vanilla curer in Mahajanga,
    Madagascar, is the Mauritian rupee). A page naming India, or another candidate by its adjective ("Indian
    investors": `named` holds `home_only_rival_adjectives` too), or no third country more often than the island, keeps
    the usual reading; so does one counting in crore (not called then)."""
    islands = [code for code in by_country if code in named and code in away]
    if len(islands) != 1 or any(code in named for code in by_country if code not in away):
        return None
    island = islands[0]
    return island if any(code not in by_country and count > named[island] for code, count in named.items()) else None


def _codes_before_a_number(text: str) -> frozenset[str]:
    """Every three capital letters the page prints before a number, found in one scan of the page
    (not one scan per currency code looked for)."""
    return frozenset(found.group(1) for found in _CODE_BEFORE_A_NUMBER_RE.finditer(text))


def _coded_reading(codes: frozenset[str], sign: str, by_country: dict[str, str]) -> str | None:
    """A sign of letters that names a currency only in some countries ("Rf", the rufiyaa's) on a page naming
    none of them: the one of its currencies whose ISO code the page prints before an amount ("MVR 462 million
    ... Rf 1.02 billion"), if it prints exactly one (`codes`: see _codes_before_a_number)."""
    if not sign.isalpha() or not codes:
        return None  # "$" and the like: a code beside them is no sign of which dollar they mean
    printed = {currency for currency in set(by_country.values()) if currency in codes}
    return printed.pop() if len(printed) == 1 else None


def _page_currency(text: str) -> str | None:
    """The one currency of `cents_by_sign` whose signs the page prints, if it prints no other's."""
    printed = {_CENTS_BY_SIGN[found.group(0)] for found in _CENT_SIGNS_RE.finditer(text)}
    return printed.pop() if len(printed) == 1 else None


def _most_named(counts: dict[str, int], among: Iterable[str]) -> str | None:
    """The code of `among` named most, where one is (named at all, and no other as often)."""
    if not counts:
        return None  # (none named: the page's many signs are read without ranking their candidates)
    ranked = sorted(((counts[code], code) for code in among if counts.get(code)), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _tied_at_home(counts: dict[str, int], home: frozenset[str]) -> str | None:
    """The page's own country where it is among the countries named most and they tie (a Honiara page
    naming Fiji and the Solomon Islands as often prints its own dollar by "$"), else None."""
    top = max(counts.values(), default=0)
    at_home = [code for code, count in counts.items() if top and count == top and code in home]
    return at_home[0] if len(at_home) == 1 else None


def _one_currency_most_named(counts: dict[str, int], by_country: dict[str, str]) -> str | None:
    """The currency of the candidates named most where they tie but share it (a Dakar story naming Senegal
    and Mali as often prints West Africa's CFA franc by "CFA francs"), else None."""
    if not counts:
        return None
    top = max((counts.get(code, 0) for code in by_country), default=0)
    shared = {currency for code, currency in by_country.items() if top and counts.get(code, 0) == top}
    return shared.pop() if len(shared) == 1 else None


def _local_reading(
    text: str,
    sign: str,
    by_country: dict[str, str],
    counts: dict[str, int],
    home: frozenset[str] = frozenset(),
    wire: bool = False,
    sure_home: frozenset[str] = frozenset(),
) -> str | None:
    """The currency `sign` names in this article, or None for its usual reading (or none); `home`, the
    countries of the page's dateline and newsroom (`sure_home`: those printed beyond doubt, see
    _page_countries); `wire`, whether the dateline names a news agency."""
    usual = PREFIXES.get(sign) or CURRENCY_WORDS.get(sign)
    if usual is None or sign in MOST_NAMED_CANDIDATE:  # "Dh", "N": a currency only where some candidate country is named
        # a page made in one candidate country prints its money ("MUMBAI: ... Rs 500 crore in its Sri
        # Lanka unit"); the candidate named most decides only where the page's home does not
        if len(at_home := [code for code in by_country if code in home]) == 1:
            return by_country[at_home[0]]
        code = _most_named(counts, by_country)
        return by_country[code] if code else _one_currency_most_named(counts, by_country)
    # A page that also prints the usual currency with a sign of its own ("US$") means another by the bare sign.
    if _written_out(text, sign, usual):
        by_country = {**by_country, **BESIDE_USUAL_PREFIXES.get(sign, {})}
        candidates = [code for code, currency in by_country.items() if currency != usual]
        # a page made in one candidate country prints its own money so (a Georgetown daily's story of a
        # mill in Suriname means Guyana dollars by "$"); elsewhere the candidate named most decides
        if len(at_home := [code for code in candidates if code in home]) == 1:
            return by_country[at_home[0]]
        code = _most_named(counts, candidates)
        return by_country[code] if code else None
    # A page made in a country whose papers print their own dollar by the bare sign whatever the story
    # is about (`own_sign_at_home`): its own, on no wire's page (a Saskatchewan weekly's story of a
    # Moroccan buyer prints Canadian dollars by "$"); a home printed beyond doubt only, for it overrides the
    # country the story names most.
    own_home = [code for code in OWN_SIGN_AT_HOME.get(sign, ()) if code in sure_home and code in by_country]
    if not wire and len(own_home) == 1:
        return by_country[own_home[0]]
    # Otherwise only in a story whose country (named most of all) is a candidate: a wire story
    # from Chile that mentions a Canadian company's Toronto office prints US dollars.
    tied_at_home = _tied_at_home(counts, home) if not wire else None
    code = _most_named(counts, counts) or tied_at_home
    if code and code in by_country:
        return by_country[code]
    # a page made in a country whose own papers print their own money by the bare sign (`bare_sign_at_home`),
    # that country named most or as often as any (a Bridgetown site's "$96 million" in a story of a
    # Trinidad buyer is Barbados dollars); no wire's page, nor a Mexico City daily's (its "$" beside no
    # "US$" is the US dollar's)
    own = BESIDE_USUAL_PREFIXES.get(sign, {})
    if code and code == tied_at_home and code in BARE_SIGN_AT_HOME.get(sign, ()) and code in own:
        return own[code]
    # or, for the words `only_named_candidate` lists, in a story naming one other candidate and none of the
    # usual reading's countries ("145 million dirhams" in a Tunis story of a Moroccan buyer: Morocco's)
    named = [code for code, currency in by_country.items() if counts.get(code)]
    if sign in ONLY_NAMED_CANDIDATE and len(named) == 1 and by_country[named[0]] != usual:
        return by_country[named[0]]
    return None


def _the_other_written_out(text: str, sign: str, by_country: dict[str, str], home: frozenset[str]) -> str | None:
    """The one currency of the sign's candidates (other than its usual reading) that the page prints with a
    sign of its own, where it also prints the usual reading so ("HK$150m (US$19.2m)") and is the currency of
    the page's home, one whose papers print both prefixes (`both_prefixes_at_home`), else None."""
    usual = PREFIXES.get(sign)
    candidates = {**by_country, **BESIDE_USUAL_PREFIXES.get(sign, {})}
    both = BOTH_PREFIXES_AT_HOME.get(sign, frozenset())
    own = {candidates[code] for code in home if code in candidates and code in both} - {usual}
    if usual is None or not own or not _written_out(text, sign, usual):
        return None
    printed = [currency for currency in sorted(set(candidates.values()) - {usual}) if _written_out(text, sign, currency)]
    return printed[0] if len(printed) == 1 and printed[0] in own else None


def prints_own_dollar(text: str, local: dict[str, str]) -> bool:
    """Whether the page reads a bare "$" as a dollar other than the US one and prints that dollar's own
    prefix too ("HK$310m ... $81 a barrel"): a page that marks its own dollar, so that a world commodity's
    price by a bare "$" is the US dollar's."""
    own = local.get("$")
    return own is not None and own != PREFIXES.get("$") and _written_out(text, "$", own)


def _written_out(text: str, sign: str, currency: str) -> bool:
    """Whether the article prints `currency` with a sign of its own before a number ("C$8"), so that
    the ambiguous `sign` names something else there (a bare "$" beside "C$" is the US dollar)."""
    pattern = _own_signs_pattern(sign, currency)
    return pattern is not None and pattern.search(text) is not None


@functools.cache
def _own_signs_pattern(sign: str, currency: str) -> re.Pattern[str] | None:
    """The currency's own signs before a number, other than `sign` (None where it has none): built
    once per sign and currency, not per article."""
    # "Rs." is the sign "Rs" with a stop, not a sign of its own
    own = [prefix for prefix, code in PREFIXES.items() if code == currency and prefix.rstrip(".") != sign.rstrip(".")]
    return re.compile(rf"(?<![A-Za-z])(?:{longest_first(own)})\s?\d") if own else None
