"""Places: countries, cities, states and regions from the gazetteer."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import ChainMap, Counter
from collections.abc import Callable, Iterator

from loaders.extract.cues import LEGAL_FORMS, ROLE_RE
from loaders.extract.entities.state import (
    AREA_BODY_ENDINGS,
    LOWER,
    NOT_NAMES,
    UPPER,
    VILLAGER_TRADES,
    WHERE_BEFORE_RE,
    ArticleState,
    name_openings,
)
from loaders.extract.gazetteer import (
    city_countries,
    demonyms,
    divisions_named_like_people,
    given_name_list,
    other_town_names,
    place_words,
    places,
    small_towns,
    small_towns_named_like_people,
    towns,
)
from loaders.extract.types import ORGANISATION, PERSON, PLACE
from loaders.spans import Span
from loaders.vocab import alternation, first_character_regex, word_start_regex
from loaders.vocab import mapping as vocab_mapping
from loaders.vocab import words as vocab_words

KICKERS = frozenset(vocab_words("not_names", "kickers"))
_TITLE_WORDS = frozenset(vocab_words("not_names", "titles"))
_CALENDAR_WORDS = frozenset(vocab_words("not_names", "calendar_words"))
_PUBLIC_BODIES = frozenset(vocab_words("organisations", "public_bodies"))


@functools.cache
def _longest_place() -> int:
    """The most words any known place name has: no window need be wider."""
    return max(len(re.findall(r"[A-Z][\w.]*", name)) for name in places())


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word (up to a space or hyphen) of every known place name."""
    return frozenset(re.split(r"[ -]", name, maxsplit=1)[0] for name in places())


# "Côte d'Ivoire" too; "Ürümqi", "Łódź", "Ōita": a capital of any Latin letter
_CAPITALISED_RUN_RE = re.compile(rf"[{UPPER}][\w.]*(?:(?:[ -]| d[’'])[{UPPER}][\w.]*)*")
_CAPITALISED_WORD_RE = re.compile(rf"[{UPPER}][\w.]*")


_NAME_WORD_BEFORE_RE = re.compile(rf"(?<![\w’'-])(?!The |In |Of |From )[{UPPER}][\w’'&-]* $")
_NAME_WORD_AFTER_RE = re.compile(rf" (?:[{UPPER}]|of [{UPPER}])")


@functools.cache
def _official_land_name_re() -> re.Pattern:
    """ "Democratic Republic of the Congo", "Republic of Zambia": openings, a form of state, "of", maybe "the", a name."""
    openings = alternation(place_words()["official_name_openings"])
    forms = alternation(vocab_words("pronouns", "forms_of_state"))
    return first_character_regex(  # (behind the test of the letters the openings and forms begin with: the same matches)
        rf"(?<![\w’'-])(?:(?:{openings}) ){{0,3}}(?:{forms}) of (?:the )?([{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*){{0,2}})(?![\w’'-])"
    )


def _official_names_of_lands(article: ArticleState) -> None:
    """A land named by its official name ("the Democratic Socialist Republic of Sri Lanka", "Republic of Zambia",
    "Democratic Republic of Congo") is that land, read whole before the capitalised runs split it at "of"."""
    gazetteer = places()
    for zone in article.zones:
        for match in _official_land_name_re().finditer(article.text, zone.start, zone.end):
            whole, tail = match.group(0), match.group(1)
            if _NAME_WORD_BEFORE_RE.search(article.text, max(0, match.start() - 40), match.start()):
                continue  # "the Mineworkers Union of Zambia", "Federation of Kenya Employers": a body's name
            if _NAME_WORD_AFTER_RE.match(article.text, match.end()):
                continue
            # the whole name as the lists know it, else the land after "of"
            if gazetteer.get(whole, ("", ""))[1] == "country":
                name, end = gazetteer[whole][0], match.end()
            else:
                if gazetteer.get(tail, ("", ""))[1] != "country":
                    continue  # (the land's name is all the words after "of": "Federation of Kenya Employers" is a body)
                name, end = gazetteer[tail][0], match.end()
            span = Span(match.start(), end)
            if article.free(span):
                article.found.place_kinds[name] = "country"
                article.add(PLACE, name, span, "a land's official name", 0.95)


@functools.cache
def _lands_named_with_and_re() -> re.Pattern:
    """The lands and states whose names hold "and" ("Bosnia and Herzegovina", "Trinidad and Tobago"), longest first."""
    names = sorted(
        (name for name, (_, kind) in places().items() if " and " in name and kind in ("country", "state")), key=len, reverse=True
    )
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(re.escape(name) for name in names)})(?![\w’'-])")


def _lands_named_with_and(article: ArticleState) -> None:
    """ "Bosnia and Herzegovina": a land whose name holds "and", read whole before the capitalised runs split it
    there; not inside a body's name ("the Bank of Trinidad and Tobago": a name word and "of" before it)."""
    gazetteer = places()
    for zone in article.zones:
        for match in _lands_named_with_and_re().finditer(article.text, zone.start, zone.end):
            if _BODY_OF_BEFORE_RE.search(article.text, max(0, match.start() - 40), match.start()):
                continue
            span = Span(match.start(), match.end())
            if article.free(span):
                name, kind = gazetteer[match.group(0)]
                article.found.place_kinds[name] = kind
                article.add(PLACE, name, span, f"gazetteer ({kind})", 0.95)


# A town's two names joined by a slash, as bilingual towns print them ("Biel/Bienne", "Piran/Pirano"): each half a
# capitalised word of lower-case letters (no acronyms, "AC/DC", nor a brand's inner capitals, "Orvo/TessTech"),
# hyphen-joined capitalised parts allowed ("Tessa-Polje"); not before a hyphen's lower-case word ("Orvo/Paris-based")
# nor before another capitalised word ("Dallas/Fort Worth": a town and its neighbour's first word)
_SLASHED_HALF = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*"
_SLASHED_NAME_RE = first_character_regex(  # (behind the test of a capital: the same matches)
    rf"(?<![\w’'/.-])({_SLASHED_HALF})/({_SLASHED_HALF})(?![\w’'/-]|[^\S\n][{UPPER}])"
)
# ... the pair read as a place where an address's postcode stands before it ("Obala 4, 6320 Tessa/Tessano"; not a
# year in prose, "Since 2019 Orvo/Kessa"), or where it opens a line before a date ("Tessa/Tessano, 3 March (SDA) –")
_SLASHED_POSTCODE_BEFORE_RE = re.compile(r"(?:^|\n|,[^\S\n]+)\d{4,5}[^\S\n]$")
_SLASHED_DATELINE_AFTER_RE = re.compile(r",[^\S\n]+\d{1,2}\.?[^\S\n]+[A-Z]")
_CAPITALISED_WORD_BEFORE_RE = re.compile(rf"(?<![\w’'-])([{UPPER}][\w’'.-]*)[^\S\n]$")


@functools.cache
def _photo_credit_before_re() -> re.Pattern:
    """ "(Photo: Anna Tessa/Orvonews)": a photo's credit, a photographer and an agency, no town."""
    words = alternation(place_words()["photo_credit_words"])
    return re.compile(rf"(?<![\w’'-])(?:{words})(?:[^\S\n]?:|[^\S\n]+by)[^\S\n]+(?:[{UPPER}][\w’'.-]*[^\S\n]+){{0,3}}$")


@functools.cache
def _legal_form_and_locative_before_re() -> re.Pattern:
    """ "Orvatek d.d. from Tessa/Tessano": a company's legal form and a locative before the pair, the company's seat."""
    forms = sorted({*LEGAL_FORMS, *vocab_words("organisations", "lower_case_legal_forms")}, key=len, reverse=True)
    locatives = alternation(place_words()["locatives_after_a_legal_form"])
    return re.compile(rf"(?<![\w’'-])(?:{alternation(forms)}),?[^\S\n]+(?:{locatives})[^\S\n]$")


def _the_towns_name_printed(article: ArticleState, value: str, end: int) -> str:
    """(e29) The list's name of the town another of whose names `value` (ending at `end`) is, where the page prints
    it as a word outside an organisation's name ("Bozen" on a page printing "Bolzano": "Bolzano"; not "Zenta" where
    "Senta" stands only in "Agromehanika Senta d.o.o."); else `value`. Not a name before a kind of division or
    feature ("the Ubaté valley": the valley, no town)."""
    town = other_town_names().get(value)
    if town is None or (end and _division_word_after_re().match(article.text, end)):
        return value
    if re.search(rf"(?<![\w’'-]){re.escape(town)}(?![\w’'-])", value):
        return value  # "Santa Maria da Feira" (the list's "Feira"): the fuller name holds the list's, printed so
    if town not in article.towns_printed:  # (read once per town and article: linear however often it is named)
        article.towns_printed[town] = _printed_outside_an_organisation(article, town)
    return town if article.towns_printed[town] else value


_PAGE_WORD_RE = re.compile(r"[\w’'-]+")


def _printed_outside_an_organisation(article: ArticleState, town: str) -> bool:
    """(e29 review H3) Whether the page prints `town` (as written, or in capitals; a whole word) outside an
    organisation's or a person's name:
    the page's words indexed once per article, so that each town costs the printings of its first word, not a scan
    of the page."""
    if article.word_starts is None or article.organisation_spans is None:
        article.word_starts = {}
        for word in _PAGE_WORD_RE.finditer(article.text):
            article.word_starts.setdefault(word.group(0).lower(), []).append(word.start())
        # (e29 review H2) and the people's: "Victoria" of "Victoria Beckham" prints no town
        article.organisation_spans = sorted(m.span for m in article.found.mentions if m.kind in (ORGANISATION, PERSON))
        article.organisation_starts = [span.start for span in article.organisation_spans]
    first = _PAGE_WORD_RE.match(town)
    if first is None:
        return False
    organisations, starts = article.organisation_spans, article.organisation_starts
    for start in article.word_starts.get(first.group(0).lower(), ()):
        end = start + len(town)
        # (e29 review L2) as a name is printed, or in a dateline's capitals: not "pounds sterling" for "Sterling"
        if article.text[start:end] not in (town, town.upper()) or _PAGE_WORD_RE.match(article.text[end : end + 1]):
            continue  # (another word, or the town's name opening a longer word)
        at = bisect.bisect_right(starts, start)
        if not any(span.start <= start and end <= span.end for span in organisations[max(0, at - 3) : at]):
            return True
    return False


@functools.cache
def _particle_and_name_after_re() -> re.Pattern:
    """(e29 review M3) A lower-case particle and a capitalised word: the name before them goes on ("Treinta y Tres")."""
    return re.compile(rf"[^\S\n]+(?:{alternation(place_words()['particles_inside_a_place_name'])})[^\S\n]+[{UPPER}]")


@functools.cache
def _division_word_after_re() -> re.Pattern:
    return re.compile(rf"[^\S\n]+(?:{alternation(place_words()['kinds_after_an_other_name'])})\b")


_TWO_NAMES_NAME = rf"[{UPPER}][\w’'-]*(?:[^\S\n][{UPPER}][\w’'-]*){{0,2}}"
# (e29) "Bozen/Bolzano", "Helsinki / Helsingfors", "Hondarribia (Fuenterrabía)": a name and a second one after a slash
# or in brackets
_TWO_NAMES_RE = first_character_regex(
    rf"(?<![\w’'/.-])({_TWO_NAMES_NAME})(?:[^\S\n]?(/)[^\S\n]?|[^\S\n]\()({_TWO_NAMES_NAME})(?:(?<=\w)\)|(?![\w’'/-]))"
)


def _one_town_under_two_names(article: ArticleState) -> None:
    """(e29) A town printed with another of its names beside it, after a slash or in brackets ("Bozen/Bolzano",
    "Pasaia (Pasajes)", "the quay of Hondarribia (Fuenterrabía)"), where the gazetteer gives the one as the other's
    other name (city_other_names.tsv): one place, under the list's name, each name a mention of it (the pair says
    a place is named, whatever else reads either name)."""
    others = other_town_names()
    for zone in article.zones:
        for match in _TWO_NAMES_RE.finditer(article.text, zone.start, zone.end):
            first, slash, second = match.groups()
            town = others.get(first) or first
            if first == second or town != (others.get(second) or second):
                continue
            if match.group(0).endswith(")") is bool(slash):
                continue  # "Bozen/Bolzano)" or "Pasaia (Pasajes": half a pair of brackets
            town = _the_towns_name_printed(article, first, match.end(1)) if first in others else first
            kind = places().get(town, (town, "town"))[1]
            spans = (
                [Span(match.start(), match.end())]
                if slash
                else [Span(match.start(1), match.end(1)), Span(match.start(3), match.end(3))]
            )
            if all(article.free(span) for span in spans):
                article.found.place_kinds.setdefault(town, kind)
                for span in spans:
                    article.add(PLACE, town, span, "a town's two names the gazetteer joins", 0.95)


def _slashed_names(article: ArticleState) -> None:
    """One town's two names ("Tessa/Tessano"), one place, not two organisations: where a half is a small town a
    list knows, or where an address's postcode, a dateline's date or a company's legal form and a locative before
    it ("Orvatek d.d. from Tessa/Tessano") say a place is named. Not where a half is
    a place the gazetteer knows (two places: "Bonn/Orvale, 3 May –", a city and its land, "Berlin/Kessland"; the
    gazetteer reads the known one), nor two lands; not a photographer's name and agency ("Photo: Anna
    Preston/Orvonews": a capitalised word or a photo's credit before the pair); a bare locative is not enough
    ("in Kramer/Hollis": a court case, "from Orvo/Kessa": two companies)."""
    from loaders.extract.entities.people import common_words  # (imported late, as the context does)

    gazetteer = places()
    locatives = frozenset(word for word in place_words()["locative_words"] if " " not in word)
    for zone in article.zones:
        for match in _SLASHED_NAME_RE.finditer(article.text, zone.start, zone.end):
            halves = match.groups()
            if halves[0] == halves[1] or any(half in gazetteer for half in halves):
                continue
            if any(half.lower() in common_words() for half in halves):
                continue  # "from Sales/Marketing": a department's words, no town's
            start = match.start()
            before = article.text[max(0, start - 40) : start]
            word_before = _CAPITALISED_WORD_BEFORE_RE.search(before)
            if word_before and word_before.group(1).lower() not in locatives | common_words():
                continue  # "Jordan Whitfield/Orvonews": a person's name and an agency
            if _photo_credit_before_re().search(before):
                continue
            if not (
                any(half in small_towns() for half in halves)
                or _SLASHED_POSTCODE_BEFORE_RE.search(article.text, max(0, start - 12), start)
                or _legal_form_and_locative_before_re().search(article.text, max(0, start - 30), start)
                or (
                    (start == 0 or article.text[start - 1] == "\n")
                    and _SLASHED_DATELINE_AFTER_RE.match(article.text, match.end())
                )
            ):
                continue
            span = Span(start, match.end())
            if article.free(span):
                article.found.place_kinds.setdefault(match.group(0), "town")
                article.add(PLACE, match.group(0), span, "a town's two names joined by a slash", 0.85)


# "Orvatek d.o.o., Tešanj (Bosnia and Herzegovina)": a filing's company, the town where it is, its land in brackets
@functools.cache
def _town_after_a_legal_form_re() -> re.Pattern:
    forms = sorted({*LEGAL_FORMS, *vocab_words("organisations", "lower_case_legal_forms")}, key=len, reverse=True)
    slashed = _SLASHED_NAME_RE.pattern.replace("(", "(?:").replace("(?:?", "(?")
    return re.compile(rf"(?<![\w’'-])(?:{alternation(forms)}),[^\S\n]+({slashed}|{_RUN})[^\S\n]+\(([^()\n]{{2,40}})\)")


# After the land's bracket, a list going on: another member (", Orvo AG", " and the state", ", and two funds")
_LIST_GOES_ON_RE = re.compile(rf"(?:,[^\S\n]+(?:and[^\S\n]+)?[{UPPER}\d]|,?[^\S\n]+(?:and|or|&)[^\S\n])")


_WORD_AFTER_A_BRACKET_RE = re.compile(r",?[^\S\n]+([a-z][\w’'-]*)")


def _acting_after(text: str, end: int) -> bool:
    """(review of the fix passes, E1) A verb right after the land's bracket, a comma between or not ("Samsung (South
    Korea) was named", "Volkswagen (Germany), said"): the name is the clause's subject, a company acting. Not a
    function word opening an apposition or a phrase ("Orvange (Luxembourg), since 2019", ", a maker of doors")."""
    after = _WORD_AFTER_A_BRACKET_RE.match(text, end)
    if after is None:
        return False
    word = after.group(1).casefold()
    return word not in _SMALL_WORDS or word in _verbs_after_a_land()


def _printed_again(printed: Counter[str], name: str) -> bool:
    """Whether every capitalised word of a name stands twice or more among the article's (`printed`)."""
    return all(printed[word] >= 2 for word in _CAPITALISED_WORD_RE.findall(name))


@functools.cache
def _verbs_after_a_land() -> frozenset[str]:
    return frozenset(place_words()["verbs_after_a_land_in_brackets"])


def _towns_after_a_legal_form(article: ArticleState) -> None:
    """The town between a company's legal form and its land in brackets; not a name holding a body's word ("Korvo
    Bank S.A., Banco Tessal (Argentina)": a second company). A town no list knows only where the name is no
    person's (no given name opens it: "Orvo Ltd., Maria Tessa (Italy)") and no list goes on after the bracket
    ("Orvo Ltd., Kessa (Germany) and Tessa plc": the companies' list, each with its land), nor where a verb follows the
    bracket and the article prints the name again ("Orvo GmbH, Daewonix (South Korea), said ... Daewonix makes")."""
    from loaders.extract.entities.people import is_given_name  # (imported late, as the context does)

    gazetteer = places()
    body_words = _body_words()
    printed: Counter[str] | None = None  # the article's capitalised words, counted once where needed
    for zone in article.zones:
        for match in _town_after_a_legal_form_re().finditer(article.text, zone.start, zone.end):
            if gazetteer.get(match.group(2), ("", ""))[1] != "country":
                continue
            name = match.group(1)
            if any(word in body_words for word in re.split(r"[ /]", name)) or gazetteer.get(name, ("", ""))[1] == "country":
                continue
            if (
                name not in gazetteer
                and name not in small_towns()
                and (
                    is_given_name(re.split(r"[ /]", name)[0])
                    or _LIST_GOES_ON_RE.match(article.text, match.end())
                    or (
                        _acting_after(article.text, match.end())
                        # (review fixfp2, l36 M1) a second company only where the article prints its name again:
                        # after a seat's town ("Norsk Fisk AS, Brennvik (Norway), said") the verb is the first one's
                        and _printed_again(printed := printed or Counter(_CAPITALISED_WORD_RE.findall(article.text)), name)
                    )
                )
            ):
                continue
            span = Span(match.start(1), match.end(1))
            if article.free(span):
                canonical, kind = gazetteer.get(name, (name, "town"))
                article.found.place_kinds.setdefault(canonical, kind)
                article.add(PLACE, canonical, span, "town after a company's legal form", 0.85)


def match_places(article: ArticleState) -> None:
    """The longest known place at each capitalised word, left to right."""
    _official_names_of_lands(article)
    _lands_named_with_and(article)
    _one_town_under_two_names(article)
    _slashed_names(article)
    _towns_after_a_legal_form(article)
    accented: dict[str, tuple[str, str]] = {}  # "Chișinău" for the list's "Chisinau", as the article spells it
    gazetteer = ChainMap(accented, places())
    widest = _longest_place()
    first_words = _first_words()
    # the first two words of each organisation found so far: "Hsinchu Photonics" of "Hsinchu Photonics Corp"
    organisation_pairs = {tuple(m.name.split()[:2]) for m in article.found.mentions if m.kind == ORGANISATION and " " in m.name}
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        # "the Serra do Orvale": a range's whole name, read later, not a town named "Serra"
        ranges = {match.start() for match in _opening_word_patterns()[1].finditer(chunk)}
        for match in _CAPITALISED_RUN_RE.finditer(chunk):
            words = match.group(0)
            # Try the longest prefix-aligned sub-run that is a known place.
            tokens = list(_CAPITALISED_WORD_RE.finditer(words))
            i = 0
            while i < len(tokens):
                word = tokens[i].group(0)
                if match.start() + tokens[i].start() in ranges:
                    i += 1
                    continue
                if (
                    word not in first_words
                    and word.rstrip(".") not in first_words
                    and (word.isascii() or _plain(word) not in first_words)  # "Chișinău" of the list's "Chisinau"
                ):
                    i += 1  # no known place begins with this word
                    continue
                for j in range(min(len(tokens), i + widest), i, -1):
                    if _hyphen_joined(words, tokens[i].start(), tokens[j - 1].end()):
                        continue  # "Bello" of "Asante-Bello": part of a longer hyphenated name
                    candidate = words[tokens[i].start() : tokens[j - 1].end()]
                    stripped = (
                        candidate.rstrip(".") if candidate.rstrip(".") in gazetteer and candidate not in gazetteer else candidate
                    )
                    if (
                        stripped not in gazetteer
                        and not stripped.isascii()
                        and len(stripped) >= 5  # ("Văn" is no "Van")
                        and _plain(stripped) in gazetteer
                    ):
                        # the list's name without accents: the place, as the article spells it
                        accented[stripped] = (stripped, gazetteer[_plain(stripped)][1])
                    start = zone.start + match.start() + tokens[i].start()
                    if stripped in gazetteer and (
                        article_before := _ARTICLE_BEFORE_RE.search(article.text, max(0, start - 4), start)
                    ):
                        # "Los Lagos", "La Unión": a longer name opening with an article, a place too
                        span = Span(article_before.start(), start + len(stripped))
                        if article.free(span):
                            article.found.place_kinds.setdefault(span.of(article.text), "town")
                            article.add(PLACE, span.of(article.text), span, "known name after an article", 0.85)
                        i = j - 1
                        break
                    if stripped in gazetteer:
                        span = Span(
                            zone.start + match.start() + tokens[i].start(),
                            zone.start + match.start() + tokens[i].start() + len(stripped),
                        )
                        longer = Span(*_with_its_particle(article.text, span.start, span.end))
                        if longer != span and article.free(longer):
                            # "Santa Rosa de Viterbo": the longer town's name, not the list's "Viterbo"
                            article.found.place_kinds.setdefault(longer.of(article.text), "town")
                            article.add(PLACE, longer.of(article.text), longer, "known name inside a town's name", 0.85)
                            i = j - 1
                            break
                        if (
                            article.free(span)
                            and not (
                                gazetteer[stripped][0] in place_words()["unions_naming_acts"]
                                and _an_acts_union(article.text, span)
                            )
                            and not _opens_an_organisation(article, span, organisation_pairs)
                            and article.text[span.end : span.end + 1] != "$"  # "US$1.4 billion": a currency, no place
                            and not _CURRENCY_AFTER_RE.match(article.text, span.end)  # "630 million U.S. dollars"
                            and not _SURNAME_PARTICLE_AFTER_RE.match(article.text, span.end)  # "Van der Berghe"
                            and not _street_after().match(article.text, span.end)  # "Queens Road": a street
                            and not _nickname(article, span)
                            and not _first_name(article, span, gazetteer[stripped][1])
                            and not _surname(article, span, gazetteer[stripped][1])
                            and not _inside_a_body(article, span, gazetteer[stripped][1])
                            and not _land_inside_a_longer_name(article.text, span, gazetteer[stripped][1])
                            and not _a_region_doubled(article.text, span, gazetteer[stripped][1])
                            and not _a_region_opening_a_name(article.text, span, gazetteer[stripped][1])
                            and not _in_a_companys_brackets(article.text, span)
                        ):
                            name, kind = gazetteer[stripped]
                            article.found.place_kinds[name] = kind
                            article.add(PLACE, name, span, f"gazetteer ({kind})", 0.95)
                        i = j - 1
                        break
                i += 1


@functools.cache
def _act_before_a_bracket_re() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(place_words()['acts_naming_a_union'])})[^\S\n]?\($")


def _an_acts_union(text: str, span: Span) -> bool:
    """ "Regulation (EU) No 596/2014": the union's initials in brackets after a kind of legal act name the act (the
    caller checks the place is a union naming its acts so)."""
    return (
        text[span.end : span.end + 1] == ")"
        and _act_before_a_bracket_re().search(text, max(0, span.start - 14), span.start) is not None
    )


@functools.cache
def _legal_form_after_a_bracket_re() -> re.Pattern:
    forms = sorted({*LEGAL_FORMS, *vocab_words("organisations", "lower_case_legal_forms")}, key=len, reverse=True)
    return re.compile(rf"\)[^\S\n]+(?:\(\w{{1,4}}\)[^\S\n]+)?(?:{'|'.join(map(re.escape, forms))})(?![\w-])")


_NAME_WORD_BEFORE_A_BRACKET_RE = re.compile(rf"[{UPPER}][\w’'&.-]*[^\S\n]\($")


def _in_a_companys_brackets(text: str, span: Span) -> bool:
    """(m20) "Lagoon Bank (Mauritius) Ltd", "Coral Re (Seychelles) (Pty) Ltd": a land in brackets between a company's
    name and its legal form is a word of the name (the group's unit in that land), no place of the article."""
    return (
        text[span.start - 1 : span.start] == "("
        and _legal_form_after_a_bracket_re().match(text, span.end) is not None
        and _NAME_WORD_BEFORE_A_BRACKET_RE.search(text, max(0, span.start - 40), span.start) is not None
    )


# A capitalised article of the Romance languages right before a name: the place is the longer name
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:Los|Las|La|El|Le|Les|Lo|Il) $")
_NEXT_WORD_RE = re.compile(r" ([A-Z][\w’'-]*)")


def _opens_an_organisation(article: ArticleState, span: Span, pairs: set[tuple[str, ...]]) -> bool:
    """ "Taiwan's Hsinchu Photonics to build ...": a place's name and the next word open the name
    of an organisation the article names in full elsewhere."""
    following = _NEXT_WORD_RE.match(article.text, span.end)
    return following is not None and (span.of(article.text).split()[-1], following.group(1)) in pairs


_WORD_BEFORE_A_LAND_RE = re.compile(rf"(?<![\w’'.-])([{UPPER}][\w’'-]*) $")
_WORD_AFTER_A_LAND_RE = re.compile(rf" [{UPPER}][\w’'-]*")


def _land_inside_a_longer_name(text: str, span: Span, kind: str) -> bool:
    """ "Farmers in Ban Mali Kessa", "the Lake Chad Basin": a land's name with a capitalised word right before
    and right after it stands inside a longer name (a village's, a feature's, a firm's) and is no land there;
    the word before is no sentence's function word ("In Mali Farmers ...") nor a place itself."""
    if kind != "country":
        return False
    before = _WORD_BEFORE_A_LAND_RE.search(text, max(0, span.start - 40), span.start)
    return (
        before is not None
        and _WORD_AFTER_A_LAND_RE.match(text, span.end) is not None
        and before.group(1) not in NOT_NAMES
        and before.group(1) not in places()
    )


def _a_region_doubled(text: str, span: Span, kind: str) -> bool:
    """(e28 review H4) "Madeira Madeira": a region's one-word name printed twice in a row is a name of its own (a
    company's, a person's), no region."""
    if kind != "region" or " " in (value := span.of(text)):
        return False
    after = re.compile(rf" {re.escape(value)}(?![\w’'-])").match(text, span.end)
    before = re.compile(rf"(?<![\w’'-]){re.escape(value)} $").search(text, max(0, span.start - len(value) - 2), span.start)
    return after is not None or before is not None


_NAME_WORD_AFTER_RE = re.compile(rf" ([{UPPER}][\w’'-]*)")
_WORD_BEFORE_A_REGION_RE = re.compile(r"(?<![\w’'-])(\w+)[^\S\n]$")


def _a_region_opening_a_name(text: str, span: Span, kind: str) -> bool:
    """(review fixpasses4 M2) "Alps Electric said", "Himalayas Drugs (India) Ltd": a mountain range's one-word name
    (`ranges_opening_names`) right before a capitalised word that is no place, no place's kind and no function word
    opens a longer name (a company's), no region there ("a valley in the Alps", "the Alps, the Andes", "the Alps in
    May" keep it)."""
    if kind != "region" or span.of(text) not in place_words()["ranges_opening_names"]:
        return False
    after = _NAME_WORD_AFTER_RE.match(text, span.end)
    before = _WORD_BEFORE_A_REGION_RE.search(text, max(0, span.start - 20), span.start)
    return (
        after is not None
        # ("the Beibu Gulf Cold Chain warehouse": a name word before, the region's word inside a longer name)
        and (before is None or not before.group(1)[:1].isupper() or before.group(1) in NOT_NAMES)
        and not after.group(1).isupper()  # "Butter Europe EUR 6,950/t": a code after a price table's region
        # ("Lombardy Region", "Limpopo River": a place's kind after its name, the place read as it was)
        and after.group(1) not in place_words()["feature_words_after"]
        and after.group(1).lower() not in place_words()["division_words"]
        and after.group(1) not in NOT_NAMES
        and after.group(1) not in places()
        # ("In Europe Kestrel Foods grew", "across Europe Kestrel ...": a locative before, the region named there)
        and (
            before is None or before.group(1).lower() not in _single_locatives() | set(place_words()["locatives_before_a_region"])
        )
    )


def _hyphen_joined(words: str, start: int, end: int) -> bool:
    """Whether the words from start to end are joined by a hyphen to a capitalised word before or after."""
    return (start > 0 and words[start - 1] == "-") or words.startswith("-", end)


_PERSON_AFTER_RE = re.compile(r",\s+(?:a|an|the|who|whose)\b|,?\s+(?:said|says|told|added)\b")


@functools.cache
def _all_given_names() -> frozenset[str]:
    """The given-name list as generated, countries included ("Georgia", "India")."""
    return given_name_list()


def _first_name(article: ArticleState, span: Span, kind: str) -> bool:
    """ "Sofia Brandauer", "Lincoln Abara": a city's name that is also a given name, followed by a surname."""
    from loaders.extract.entities.people import person_shaped  # people reads the gazetteer too

    value = span.of(article.text)
    if " " in value or value not in _all_given_names():
        return False
    surname = re.match(r"\s([A-Z][\w’'-]+)(.{0,20})", article.after(span, 40))
    if not surname or not person_shaped(f"{value} {surname.group(1)}") or surname.group(1) in places():
        return False
    # A city's name is often a given name; a country's or state's only with a person's context after it,
    # or a person's title, courtesy title or speech verb around the name ("Mr Israel Fotso", "analyst
    # Georgia Han of X said")
    return kind == "city" or bool(_PERSON_AFTER_RE.match(surname.group(2))) or _persons_context(article, span, surname.end(1))


def _persons_context(article: ArticleState, span: Span, length: int) -> bool:
    """A title, an honorific, a speech verb or a role in apposition around the name that runs from the
    place's name for `length` characters (a country's name as a given name or a surname)."""
    from loaders.extract.entities.people import person_evidence  # people reads the gazetteer too

    name = Span(span.start, span.end + length) if length > 0 else Span(span.start + length, span.end)
    evidence = person_evidence(article, name, article.before(name), article.after(name))
    return any(weight >= 1.5 for _, weight in evidence)


_BYLINE_END_RE = re.compile(r"\s?(?:\||\n|$)")
# Initials before a family name ("A.K. Bello", "Mr S. Lima"): two or more run together, or one after a courtesy
# title; "U.S." and "U.K." are lands' initials, no given names.
_INITIALS_BEFORE_RE = re.compile(r"(?<![\w.’'-])((?:[A-Z]\. ?){1,5})$")


def _initials_before(article: ArticleState, span: Span, kind: str) -> bool:
    """ "Alhaji A.K. Bello", "Dr M. Lima": a one-word city's or state's name right after a person's initials
    is their family name; a country's only where a person's context says so."""
    from loaders.extract.entities.people import lone_name_evidence  # people reads the gazetteer too

    match = _INITIALS_BEFORE_RE.search(article.before(span, 30))
    if match is None or match.group(1).replace(" ", "").rstrip(".") in _land_initials():
        return False
    if _COMPASS_INITIALS_RE.fullmatch(match.group(1)):
        return False  # "S.E. London", "the N.E. Ohio plant": a compass point's initials
    before = article.before(span, 60)[: -len(match.group(0))]
    if not lone_name_evidence(before):
        # no title before: one initial is a letter of a list ("route A."); two or more after a locative or "the" are
        # a place's or a thing's ("in N.A. Dallas", "from Zone B.C."), and a person's only where the context says so
        if match.group(1).count(".") < 2 or _LOCATIVE_OR_THE_BEFORE_RE.search(before):
            return False
        return _persons_context(article, span, -len(match.group(0)))
    return kind != "country" or _persons_context(article, span, -len(match.group(0)))


_COMPASS_INITIALS_RE = re.compile(r"(?:[NSEW]\. ?)+")
_LOCATIVE_OR_THE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?i:in|from|to|at|the|of) $")


@functools.cache
def _land_initials() -> frozenset[str]:
    """Lands, unions and regions written by their initials ("U.S", "U.K", "E.U"), without their last stop."""
    return frozenset(name.rstrip(".") for name in place_words()["land_initials"])


_GIVEN_NAME_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+) $")


def _surname(article: ArticleState, span: Span, kind: str) -> bool:
    """ "Sani Bello", "Ana Lima": a city's one-word name right after a given name is a surname; a
    state's too where a person's context follows ("Elena Karaman, said")."""
    from loaders.extract.entities.people import is_given_name  # people reads the gazetteer too

    # (e28 review H4) a region's too, as a city's: "Madeira" of "Tomás Madeira", then "Madeira said"
    if kind not in ("city", "state", "country", "region") or " " in span.of(article.text):
        return False
    if _initials_before(article, span, kind):
        return True
    given = _GIVEN_NAME_BEFORE_RE.search(article.before(span, 30))
    if given is None and kind in ("city", "state", "region"):
        return _named_surname_alone(article, span)
    if given is None or not is_given_name(given.group(1)):
        return False
    if given.group(1) in places():
        # a given name that is a place too ("Guadalupe") is one where another given name, no place, stands right
        # before it ("Ana Guadalupe Ávila")
        first = _GIVEN_NAME_BEFORE_RE.search(article.before(Span(span.start - len(given.group(0)), span.end), 30))
        if first is None or not is_given_name(first.group(1)) or first.group(1) in places():
            return False
    if kind == "region":
        # (fix-passes-4 review H2) a region's name after a given name ("Rui Madeira") only with a title or a speech
        # verb before the pair, a role in apposition after it, or the page naming the pair so elsewhere: never
        # "<given> <Region> said" alone, a company's unit named like a person ("Visa Europe said")
        return _region_surname_signed(article, Span(span.start - len(given.group(0)), span.end))
    if kind == "country":
        # a country's name as a surname ("Lewis Jordan, green coffee buyer at X, said") only where a
        # title, a speech verb or a role says a person is named
        return _persons_context(article, span, -len(given.group(0)))
    # a state's name only with a person's context after it ("Elena Karaman, said", "Ana Lima, who")
    # ... or a byline's end after it ("Texto: Nuno Goiás | 3 de maio"), or where a title, a speech verb or a
    # role says a person is named, as for a country's ("County Judge Ana Segovia", "Ana Toledo, general
    # manager of X": Spain's provinces are named after their towns, and the towns are common surnames)
    # ... or a transcript's turn label prints the name in capitals ("PATRICIA TOLEDO:")
    return kind != "state" or bool(
        _PERSON_AFTER_RE.match(article.after(span, 20))
        or _BYLINE_END_RE.match(article.after(span, 3))
        or _persons_context(article, span, -len(given.group(0)))
        or f"{given.group(0)}{span.of(article.text)}".upper() in _names_labelling_turns(article.text)
    )


_OTHER_PRINTINGS_READ = 8  # the page's other printings of the pair read at most (each read in a fixed window)


def _region_surname_signed(article: ArticleState, pair: Span) -> bool:
    """ "Coach Rui Madeira", "said Rui Madeira", "Rui Madeira, the club's president": a title, a speech verb before
    the pair or a role after it, there or at another printing of the same pair on the page; a speech verb after the
    pair alone is no sign ("Visa Europe said")."""
    value = pair.of(article.text)
    if _signed_before_or_in_apposition(article, pair):
        return True
    start, read = 0, 0
    while read < _OTHER_PRINTINGS_READ and (at := article.text.find(value, start)) >= 0:
        start = at + len(value)
        if at != pair.start:
            read += 1
            if _signed_before_or_in_apposition(article, Span(at, at + len(value))):
                return True
    return False


_SPORT_TITLE_BEFORE_RE = re.compile(rf"(?<![\w’'-])(?i:{alternation(vocab_words('names', 'sport_titles_before_a_name'))})\s+$")


def _signed_before_or_in_apposition(article: ArticleState, name: Span) -> bool:
    from loaders.extract.entities.people import person_evidence  # people reads the gazetteer too

    before = article.before(name)
    if _SPORT_TITLE_BEFORE_RE.search(before):
        return True
    evidence = person_evidence(article, name, before, article.after(name))
    if any(weight >= 1.5 and label != "speech verb" for label, weight in evidence):
        return True
    # a speech verb only where it stands before the name ("said Rui Madeira"): read without the words after
    return any(label == "speech verb" for label, _ in evidence) and any(
        label == "speech verb" for label, _ in person_evidence(article, name, before, "")
    )


# A capitalised word right after another (each end free of letters), or after a nickname in marks after it
# ('Ana "La Güera" Zamora'): overlapping pairs ("Ana Guadalupe Ávila" gives "Ana Guadalupe" and "Guadalupe Ávila").
# The capitalised word after the pair, if any, is read too ("George Washington University": a body's name, no person's).
_WORD_AFTER_A_WORD_RE = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]+) (?:[\"“][^\"“”\n]{1,30}[\"”] )?(?=([A-Z][\w’'-]+)(?![\w’'-])(?: ([A-Z][\w’'-]+))?)"
)
_PLACE_PREPOSITION_RE = re.compile(rf"\b{alternation(vocab_words('names', 'place_prepositions'))}\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _words_after_given_names(text: str) -> frozenset[str]:
    """The words a text prints right after a given name ("Ana Toledo", "Ana Guadalupe Ávila"): the surnames of
    the people it names in full (read once a text)."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads the gazetteer too
    from loaders.extract.entities.people import is_given_name  # people reads the gazetteer too

    return frozenset(
        match.group(2)
        for match in _WORD_AFTER_A_WORD_RE.finditer(text)
        if is_given_name(match.group(1)) and match.group(3) not in ORGANISATION_WORDS
    )


# A line opening with words in capitals before a colon ("ANN LEE:", "REPORTER ANN LEE:"): a turn's label.
_TURN_LABEL_RE = re.compile(r"^([^\W\d_a-z][^\W\d_a-z ’'.-]*(?: [^\W\d_a-z][^\W\d_a-z’'.-]*){0,7}):", re.MULTILINE)


@functools.lru_cache(maxsize=8)
def _names_labelling_turns(text: str) -> frozenset[str]:
    """The last two words of each turn label in capitals opening a line ("REPORTER ANN LEE:" -> "ANN LEE"),
    where two lines or more are so labelled (a transcript's turns)."""
    heads = [match.group(1).split() for match in _TURN_LABEL_RE.finditer(text)]
    if len(heads) < 2:
        return frozenset()
    return frozenset(" ".join(head[-2:]) for head in heads if len(head) >= 2)


_WHO_AFTER_RE = re.compile(r",\s+(?:who|whose)\b")  # "Pereira, who leads the union": a person's clause
# "Toledo said it would host the final": a thing's pronoun after the verb after the name, a place or a body speaking
_THINGS_PRONOUN_AFTER_RE = re.compile(rf",?\s+[a-z]+\s+{alternation(vocab_words('names', 'things_pronouns'))}\b")
# "said Pereira." / "said Pereira, who": the clause ends at the name after the verb (not "said Lima officials", "said
# Toledo would host": the name opens a phrase or a clause of its own)
_CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)")


def _named_surname_alone(article: ArticleState, span: Span) -> bool:
    """ "Pereira said", "declared Toledo": a city's or a state's one-word name alone, where the article names a
    person in full with it as their surname ("Ana Pereira") and a speech verb beside it or a person's clause after
    it ("Pereira, who leads the union") says a person is meant; not after a place's preposition ("in Toledo, said the mayor")."""
    from loaders.extract.entities.people import speech_verb_beside  # people reads the gazetteer too

    value = span.of(article.text)
    before = article.before(span, 30)
    if value not in _words_after_given_names(article.text) or _PLACE_PREPOSITION_RE.search(before):
        return False
    after = article.after(span, 60)
    if _WHO_AFTER_RE.match(after):
        return True
    if speech_verb_beside("", after):  # "Pereira said", not "Toledo said it would"
        return not _THINGS_PRONOUN_AFTER_RE.match(after)
    return speech_verb_beside(before, "") and bool(_CLAUSE_END_AFTER_RE.match(after))  # "said Pereira."


# "U.S. dollars", a filing's "US Dollars" or "US DOLLARS" (not a name's singular "Texas Dollar Days", "Canada Dollar Bonds")
_CURRENCY_AFTER_RE = re.compile(r" (?:dollars?|cents?|Dollars|Cents|DOLLARS?|CENTS?)\b")


@functools.cache
def _street_after() -> re.Pattern:
    return re.compile(rf" (?:{'|'.join(place_words()['street_words'])})\b")


_SURNAME_PARTICLE_AFTER_RE = re.compile(r" (?:der|den|ter|ten|van|von) [A-Z]")  # a Dutch or German name goes on
_NAME_GOES_ON_RE = re.compile(r" [A-Z][a-z]")
_REST_OF_NAME_RE = re.compile(r"(?: [A-Z][\w’'-]*){1,4}")
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*\s+$")


def _inside_a_body(article: ArticleState, span: Span, kind: str) -> bool:
    """ "rival Sokoto Clinker", "analysts at Lagos Crest": a city's or a state's name opening a longer
    name that a cue before it says is an organisation's."""
    from loaders.extract.entities.organisations import CUES  # organisations reads the gazetteer too

    if kind not in ("city", "state") or not _NAME_GOES_ON_RE.match(article.text, span.end):
        return False
    from loaders.extract.entities.organisations import DESCRIPTION_RE

    rest = _REST_OF_NAME_RE.match(article.text, span.end)
    if rest and DESCRIPTION_RE.match(article.text, rest.end(), min(len(article.text), rest.end() + 80)):
        return True  # "the Bengaluru Blasters, a franchise in ...": described as a body after the name
    before = article.before(span)
    # every cue ends in a lower-case word: read the cues only after one
    return _LOWER_WORD_BEFORE_RE.search(before) is not None and any(pattern.search(before) for pattern in CUES.values())


def _nickname(article: ArticleState, span: Span) -> bool:
    """ "China's Apple": the place is part of a nickname; handled by the organisation guard."""
    after = article.after(span, 12)
    return bool(re.match(r"[’']s [A-Z]\w+", after)) and bool(
        re.search(r"(?:nicknamed|dubbed|called|known as)\s+$", article.before(span, 30))
    )


# Places the gazetteer's large cities and divisions miss, read from what the text says of them.
_WORD = rf"[{UPPER}][\w’'-]*"
# ("on" joins "Stratford on Avon", not a day: "Tessby on Wednesday" is the town and when)
_PARTICLE = rf"(?:de|del|della|di|da|do|dos|la|le|los|on(?! (?:{'|'.join(vocab_words('not_names', 'weekdays'))})\b)|upon|sur|og)"
# (e27) an abbreviated saint, mount or fort opening the name ("St. George's", "Mt. Pleasant"), read with it
_ABBREVIATED_OPENINGS = vocab_mapping("names", "abbreviated_place_openings")
_ABBREVIATED = rf"(?:{alternation(list(_ABBREVIATED_OPENINGS))} )?"
_RUN = rf"{_ABBREVIATED}{_WORD}(?:(?: {_PARTICLE})? {_WORD}){{0,3}}"  # "Lonato del Garda", "Troms og Finnmark"
_PARTICLE_BEFORE_RE = re.compile(rf"(?<![\w’'-])({_WORD}(?: {_WORD}){{0,2}}) (?:de|del|do|da|dos|das)(?: (?:la|las|los))? $")
_PARTICLE_AFTER_RE = re.compile(rf" (?:de|del|do|da|dos|das)(?: (?:la|las|los))? {_WORD}(?: {_WORD})?(?![ -]?{_WORD}|[’']s\b)")


@functools.cache
def _settlement_openings() -> frozenset[str]:
    words = place_words()
    return frozenset([*words["settlements_before_a_particle"], *words["place_adjectives"], *_SAINT_OPENINGS])


@functools.cache
def _body_words() -> frozenset[str]:
    """Words of organisations' names ("Banco", "Universidad", "Bank", "Council"): no town's name holds one."""
    return frozenset(
        [
            *vocab_words("organisations", "name_openings"),
            *vocab_words("organisations", "name_endings"),
            *vocab_words("organisations", "public_bodies"),
            *AREA_BODY_ENDINGS,
        ]
    )


def _with_its_particle(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Santa Rosa de Viterbo", "Villa de San Diego de Ubaté": a place a list knows ("Viterbo", "San Diego")
    after a settlement's or a saint's word and a particle ends a longer town's name; a name opening with one
    ("San Miguel", "Villa de San Diego") goes on across a particle to the name after it ("de Sema")."""
    before = _PARTICLE_BEFORE_RE.search(text, max(0, start - 60), start)
    if before and before.group(1).split()[0] in _settlement_openings() and not _body_words() & set(before.group(1).split()):
        start = before.start(1)
    after = _PARTICLE_AFTER_RE.match(text, end)
    if after and text[start:end].split()[0] in _settlement_openings() and not _body_words() & set(after.group(0).split()):
        end = after.end()
    return start, end


# A dateline left in the prose: capitals at a paragraph's start, then a state's abbreviation or a
# country, a date, an outlet in brackets, and a dash or colon ("COWETA, Okla. (KTV) -", "LAHORE: ",
# "TESSBY, Ruritania, Nov 26 (APS) -").
_DATELINE_CAPITALS_RE = re.compile(
    rf"([{UPPER}][{UPPER}’'.-]+(?: [{UPPER}][{UPPER}’'.-]+){{0,2}})"
    r"(?:,\s(?:[A-Z][a-z]{1,12}\.?(?:\s[A-Z][a-z]{1,12})?(?:\s\d{1,2})?|\d{1,2}\s[A-Z][a-z]{2,8}\.?(?:\s\d{4})?|\d{4})){0,3}"
    # (on its line: "HIGHLIGHTS" over a list's "- " and "KEY POINTS:" ending its line are headings; a dash may
    # end the line, as where a page sets its dateline's town on a line of its own, "OSLO —")
    r"(?:\s?\([^()\n]{1,40}\))?[ \t\u00a0]?(?:[-—–]+\s|:[^\S\n])"
)
# A release's or a filing's place and date, as a line of its own or before a dash ("Tessby, 24 November 2026",
# "Tessby, November 24, 2026 —"): the town the release was issued in, whether or not a list knows it.
# (an Italian page puts the province's code after the town, "Tessano (CN), 27 November 2026 –")
_DATED_PLACE_RE = re.compile(
    rf"({_WORD}(?: {_WORD}){{0,2}})( \([A-Z]{{2}}\))?, (?:\d{{1,2}}(?:st|nd|rd|th)? [A-Z][a-z]{{2,8}}\.? \d{{4}}|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}})"
    r"[ \t]*(?:[-—–]+[ \t]|\n|$)"
)
# ... a full date in either ("24 November 2026", "November 24, 2026", "2026") and a paragraph of prose
_FULL_DATE_RE = re.compile(r"\d{1,2}\s[A-Z][a-z]{2,8}|\b\d{4}\b")
_PROSE_RE = re.compile(r"[.!?][\"”’')]?(?:\s|$)")
# ... or a town's name in capitals closed by a full stop, as East African dailies print it ("NAKURU.
# Farmers ..."): a town a list knows, the stop no heading's
_DATELINE_STOP_RE = re.compile(rf"([{UPPER}]{{3,}}(?: [{UPPER}]{{2,}}){{0,2}})\. (?=[{UPPER}])")


@functools.cache
def _kind_words() -> re.Pattern:
    """Any word naming a kind of place: a paragraph without one needs no closer reading for it."""
    words = place_words()
    kinds = {
        *words["feature_words_after"],
        *words["feature_words_before"],
        *words["feature_words_before_after_a_locative"],
        *words["division_words"],
    }
    # (and their plurals: "provinces"; behind the test of a word's start and its first letter: the same matches)
    return word_start_regex(rf"\b(?:{'|'.join(sorted(kinds))})", first_character=True)


@functools.cache
def _context_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    words = place_words()
    after = "|".join(words["feature_words_after"])
    before = "|".join(words["feature_words_before"])
    divisions = "|".join(words["division_words"])
    # grouped by their first letter (the same order within a letter): at a word, only those beginning with it are tried
    locatives = alternation(sorted(words["locative_words"], key=len, reverse=True))
    # "off Cap Tessa": a feature word after a word placing it at sea or on the coast
    coast = "|".join(rf"(?<=\b{word} )" for word in words["coast_locatives"])
    before_after_a_locative = "|".join(words["feature_words_before_after_a_locative"])
    feature = re.compile(
        rf"(?<![\w’'-])(?:((?:{_WORD} ){{1,3}}?)(?:{after})|(?:{before}|(?:{coast})(?:{before_after_a_locative})) ({_WORD}))"
        rf"\b(?![ -]{_WORD}|[’']s [A-Z])"
    )
    division = first_character_regex(rf"(?<![\w’'-])((?:{_WORD} ){{0,2}}{_WORD}) (?:{divisions})\b")  # (a capital first)
    # (a list may open with a town's two names joined by a slash, "in Tessa/Tessano and Orvale": a member only
    # where the slashed-names rule placed it, no cue rule reads a slashed pair as a place)
    locative = re.compile(rf"\b(?i:{locatives}) (?:nearby )?({_SLASHED_HALF}/{_SLASHED_HALF}(?![\w’'/-])|{_RUN})")
    listed = re.compile(rf"(?:,| and| or|,? and) ({_RUN})")
    return feature, division, locative, listed


_SHIRE_RE = re.compile(rf"(?<![\w’'-])[{UPPER}][a-z]+shire\b(?![ -][{UPPER}])")  # "Flintshire": a county
# "in Časy near Pardubice", "in Wieze, in East Flanders", "near Tarfaya, in the Souss region"
# (a trade's or a landscape's word may stand before the division: "in Kvelo, in the Tessa wine region")


@functools.cache
def _near_a_place_pattern() -> re.Pattern:
    qualifiers = "|".join(place_words()["division_qualifiers"])
    # (", on the island of Flores": `on_a_known_island`)
    islands = "|".join(re.escape(words) for words in place_words()["on_a_known_island"])
    return re.compile(
        rf"(?: (?:near|outside)|,? in(?: the)?|, (?:{islands})) ({_RUN})"
        rf"( (?:(?:{qualifiers}) )?(?:region|province|district|county|state)\b)?"
    )


_TOWN_PAIR_RE = re.compile(rf"(?<![\w’'-])([{UPPER}][a-z]+)-([{UPPER}][a-z]+)\b")
_CAPITALISED_BEFORE_RE = re.compile(rf"[{UPPER}][\w’'-]* $")  # "Tomás Ibarra-Lund": a surname, no towns
_MOST_LISTED = 20  # names in one list after a locative: a longer "list" is no prose


def _listed_from(chunk: str, first: re.Match[str], listed: re.Pattern[str]) -> tuple[list[tuple[int, int]], bool]:
    """The spans of a list's names from `first`'s group 1 on ("Orvale, Tessby and Darvey"), at most
    _MOST_LISTED, and whether an "and"/"or" closed it."""
    members = [(first.start(1), first.end(1))]
    while len(members) < _MOST_LISTED and (more := listed.match(chunk, members[-1][1])):
        members.append((more.start(1), more.end(1)))
        if more.group(0).lstrip(",").startswith((" and", " or")):
            return members, True
    return members, False


def _plain(name: str) -> str:
    """ "Tauragė" -> "Taurage", "Lānaʻi" -> "Lanai": a name without its accents and okina, as a list may spell it."""
    return "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char) and char != "ʻ")


# (m18) the okina of Polynesian names as pages type it, an apostrophe between two vowels ("Pape'ete", "Hawai'i"):
# the list spells the name without it
_OKINA_AS_APOSTROPHE_RE = re.compile(r"([aeiouāēīōū])['’ʻ]([aeiouāēīōū])")
_CEDILLAS = str.maketrans("șțȘȚ", "şţŞŢ")  # the list spells "Timişoara" with a cedilla, the news with a comma
_POSSESSIVE_RE = re.compile(r"[’']s\b")
_POSSESSIVE_END_RE = re.compile(r"[’']s$")  # "up to Kestrel's standards": an owner, no place
_TWO_DIVISIONS_RE = re.compile(
    rf"(?<![\w’'-])((?:{_WORD}, ){{0,6}}{_WORD}(?: {_WORD})?) (?:and|&) ({_WORD}(?: {_WORD})?) "
    r"(?:provinces|districts|regions|counties|states|prefectures|governorates|zones|villages|towns|suburbs|townships)\b"
)
_LIST_MEMBER_RE = re.compile(r"[^,]+")  # a list's names between its commas
# "at Kundara in Kollam district": the site lies in a division the text names
_IN_A_PLACE_RE = re.compile(
    rf" in (?:the )?{_WORD}(?: {_WORD})? (?i:district|province|region|county|state)\b|, {_WORD}\b(?= district| province)"
)
# After a town's name: a pause or a preposition, no surname or possessive ("in Geneva, the ...", "in Geneva and ...")
_CLAUSE_GOES_ON_RE = re.compile(r"[,.;:)]|\s(?:and|or|in|on|at|to|for|from|near|with|since|until|last|this|next)\s")
_IN_A_KNOWN_TOWN_RE = re.compile(rf" in ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _in_a_known_place(context: _Context, chunk: str, end: int) -> bool:
    """ "the depot at Dorvale in Kumasi": the site lies in a town or state a list knows."""
    known = _IN_A_KNOWN_TOWN_RE.match(chunk, end)
    return known is not None and (context.a_town(known.group(1)) or context.compass_and_place(known.group(1)))


# "from Carrow Bay to Speightstown": two names a route joins (one of them a town a list knows)


@functools.cache
def _route_pattern() -> re.Pattern:
    """ "from Tessby to Orvale", "from the port of Tessby to Orvale" (`route_end_nouns`): a route's two ends."""
    ends = "|".join(re.escape(words) for words in place_words()["route_end_nouns"])
    end_noun = rf"(?:the (?:{ends}) )?"
    return re.compile(rf"\bfrom {end_noun}({_RUN}) to {end_noun}({_RUN})(?![ -]?{_WORD}|[’']s\b)")


# "workers from Kemalpaşa, where most of them live": a town of the list the clause says is a place
_WHERE_AFTER_RE = re.compile(rf"\b(?:at|from|to) ({_RUN}), where\b")
_BASED_RE = re.compile(rf"(?<![\w’'-])({_RUN})-based\b")
_TOWN_BEFORE_RE = re.compile(rf"(?<![\w’'-])({_RUN}), $")


@functools.cache
def _naming_locative() -> re.Pattern:
    cues = "|".join(re.escape(w) for w in sorted(place_words()["naming_locatives"], key=len, reverse=True))
    # (behind the test of the letters the locatives begin with: the same matches)
    return first_character_regex(rf"\b(?:{cues}) ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


@functools.cache
def _coast_after_a_possessive() -> re.Pattern:
    """ "Tessay's south shore", "Orvale's coastline": the name before the possessive is a place's."""
    coasts = "|".join(place_words()["possessed_coasts"])
    compass = r"(?:(?:north|south|east|west)(?:ern)?|north-?east|north-?west|south-?east|south-?west|windward|leeward) "
    return re.compile(rf"(?<![\w’'-])({_RUN})[’']s (?:{compass})?(?:{coasts})\b")


_WORD_AFTER_RE = re.compile(r"[ \t]*([^\W\d_]+)?")
_SMALL_WORDS = frozenset(word.casefold() for word in vocab_words("quotes", "function_words")) | frozenset(
    word.casefold() for word in vocab_words("not_names", "function_words")
)


def _coast_qualifies_nothing(chunk: str, end: int) -> bool:
    """ "Tessay's west coast every winter", "Orvale's coastline.": the coast noun ends its phrase (a
    stop or a function word after it), where "Kestrel's west coast routes" names a company's routes."""
    following = _WORD_AFTER_RE.match(chunk, end)
    word = following.group(1) if following else None
    return word is None or word.casefold() in _SMALL_WORDS


@functools.cache
def _sites_before() -> re.Pattern:
    """A business's sites or people's homes right before a locative ("stores in", "farms near", "housing in")."""
    working = [*place_words()["dwellings"], *place_words()["sites_at_a_place"]]
    # (a working site or a home capitalised too, opening a sentence: "Sawmills in X, Y and Z"; not an
    # organisation's sites: "Stores in X, Y and Z" opens a list of retailers as often)
    nouns = [*vocab_words("organisations", "sites"), *(f"(?i:{noun[0]}){noun[1:]}" for noun in working)]
    return re.compile(rf"\b(?:{'|'.join(nouns)}) $")


@functools.cache
def _grower_sites_before() -> re.Pattern:
    """A grower's sites right before a locative ("orchards near", "groves around")."""
    return re.compile(rf"\b(?i:{'|'.join(place_words()['grower_sites'])}) $")


@functools.cache
def _grower_name_endings() -> frozenset[str]:
    return frozenset(place_words()["grower_name_endings"])


@functools.cache
def _site_pattern() -> re.Pattern:
    sites = "|".join(vocab_words("organisations", "sites"))
    # (the whole name: "a plant at Gafanha da Nazaré" is not at "Gafanha")
    # (behind the test of the letters the sites begin with: the same matches)
    return first_character_regex(
        rf"\b(?:{sites}) (?:at|in|near) ({_WORD}(?: {_WORD}){{0,2}})(?![ -]?{_WORD}| {_PARTICLE} {_WORD})"
    )


# a founder's kin after a name ("Petrov and Sons", "Ruiz & Hijos"): a family firm's name
_KIN_FIRM_AFTER_RE = re.compile(rf" (?:and|&|y|e|et) {alternation(vocab_words('organisations', 'kin_firm_words'))}\b")


@functools.cache
def _loose_naming_locatives() -> frozenset[str]:
    return frozenset(place_words()["loose_naming_locatives"])


_LOWER_WORD_AFTER_RE = re.compile(r"[^\S\n]+([a-z][\w’'-]*)")


def _clause_goes_on_after(chunk: str, end: int) -> bool:
    """ "the business zone Kestrel chose", "the distrito de Orvo officials": a lower-case word (no function word)
    right after the name: a verb or a noun the name qualifies. Not a locative ("the business zone Tessa-Polje near
    the river": `locative_words`), which places the zone (review of the fix passes, E2)."""
    after = _LOWER_WORD_AFTER_RE.match(chunk, end)
    return after is not None and after.group(1).casefold() not in _SMALL_WORDS | _single_locatives()


@functools.cache
def _single_locatives() -> frozenset[str]:
    """The one-word locatives ("near", "outside", "around")."""
    return frozenset(word.casefold() for word in place_words()["locative_words"] if " " not in word)


def _an_offices_department(context: _Context, words: list[str]) -> bool:
    """ "the Justice department", "the department of Cardiology": a name of a field or of goods before
    "department" or after "department of" (its last word ending as an English noun of one does, or all
    its words ordinary ones: "Human Resources"), where no list knows the town: an office's part, no
    country's division."""
    value = " ".join(words)
    if not words or context.a_town(value, given_name_too=True, small_too=False):
        return False
    return words[-1].lower().endswith(_office_department_endings()) or all(word.lower() in context.common_words for word in words)


@functools.cache
def _office_department_endings() -> tuple[str, ...]:
    return tuple(place_words()["office_department_endings"])


class _Context:
    """One article's places read from their context: what is known, and how a place is added."""

    def __init__(self, article: ArticleState):
        from loaders.extract.entities.people import common_words

        self.article = article
        self.gazetteer, self.towns, self.common_words = places(), towns(), common_words()
        # "Arden Lake" of "Arden Lake Capital": an organisation's name begins so, no place
        self.organisation_openings = name_openings({m.name for m in article.found.mentions if m.kind == ORGANISATION})
        # ... and their first words alone ("Kestrel" of "Kestrel Foods"), which a possessive may stand for
        # (not a public body's, named after its area: "Tessay Planning Commission" leaves "Tessay's coast")
        self.organisation_heads = name_openings(
            {m.name for m in article.found.mentions if m.kind == ORGANISATION and m.name.split()[-1] not in _PUBLIC_BODIES},
            1,
        )
        kinds = article.found.place_kinds
        self.states = sorted(
            m.span for m in article.found.mentions if m.kind == PLACE and kinds.get(m.name) in ("state", "country")
        )
        self.state_starts = [span.start for span in self.states]
        self.place_spans = {m.span for m in article.found.mentions if m.kind == PLACE}
        self.place_names = {m.span.of(article.text) for m in article.found.mentions if m.kind == PLACE}
        self.organisation_starts = {m.span.start for m in article.found.mentions if m.kind == ORGANISATION}
        self.organisation_ends = {m.span.end for m in article.found.mentions if m.kind == ORGANISATION}
        self.organisation_names = {m.span.of(article.text) for m in article.found.mentions if m.kind == ORGANISATION}
        self.names_after_a_name: frozenset[str] | None = None  # (read at the first link that needs it)
        # the starts of a related-links block's lines, and the names printed outside such blocks (read at the first
        # link line)
        self.link_lines: tuple[frozenset[int], frozenset[str]] | None = None
        # the names the article prints before a speech verb or a company's act (read at the first signature)
        self.acting_names: frozenset[str] | None = None
        # ... and each without its legal form: "Tessavi Ltd" is "Tessavi" again later in the article
        self.organisation_names |= {
            name.rsplit(" ", 1)[0] for name in self.organisation_names if name.rsplit(" ", 1)[-1] in LEGAL_FORMS
        }
        # (e28 review H3) the first words of those names, read once: "Kestrel" of "Kestrel Fish Ltd"
        self.organisation_first_words = frozenset(name.split()[0] for name in self.organisation_names if name.split())

    def add(self, start: int, end: int, rule: str, name: str | None = None, town: bool = False) -> bool:
        span = Span(start, end)
        value = name or span.of(self.article.text)
        if (not town and value.lower() in self.common_words) or value in self.organisation_openings:
            return False
        if not self.article.free(span) or value in NOT_NAMES or value in demonyms():
            return False
        if _KIN_FIRM_AFTER_RE.match(self.article.text, end):
            return False  # "to Petrov and Sons", "Ruiz & Hijos": a family firm's founder, no town
        if (
            value not in self.gazetteer
            and value in other_town_names()
            and _particle_and_name_after_re().match(self.article.text, end)
        ):
            return False  # (e29 review M3) "Treinta y Tres": a town's other name opening a longer name, not read alone
        # (e29) a town printed under another of its names ("Bozen") where the page prints the list's name too
        # ("Bolzano"): one place, under the list's name (elsewhere the name as printed: the list's names are often
        # the local ones, "Gent", "Irákleion", where English news prints "Ghent", "Heraklion")
        canonical, kind = self.gazetteer.get(value, (_the_towns_name_printed(self.article, value, end), "town"))
        self.article.found.place_kinds.setdefault(canonical, kind)
        self.article.add(PLACE, canonical, span, rule, 0.85)
        self.place_spans.add(span)
        self.place_names.add(value)
        return True

    def a_town(self, value: str, given_name_too: bool = False, small_too: bool = True) -> bool:
        """A town of the full list; one whose name is also a given name ("Marion") only where asked; a
        small town of the long list unless the article names a body so ("Larkspur said")."""
        listed = value in self.towns or value.translate(_CEDILLAS) in self.towns or value in self.gazetteer
        if not listed and (opening := value.split(" ", 1)[0]) in _ABBREVIATED_OPENINGS and " " in value:
            # "St. George's" of a list that spells it "Saint George's"
            full = f"{_ABBREVIATED_OPENINGS[opening]} {value.split(' ', 1)[1]}"
            listed = full in self.towns or full in self.gazetteer or full.replace("'", "’") in self.towns
        if not listed and not value.isascii():
            listed = _plain(value) in self.towns  # "Tauragė" of a list that spells it "Taurage"
        if not listed and value in other_town_names():
            # (e29) "Bozen", "Fontarabie": a town under another of its names, read where the context reads a town's
            # (stored under the name printed, or the list's where the page prints that too: `_the_towns_name_printed`)
            # (e29 review H1) unless the article names a body so, or a body's name opens with it, as the small
            # towns ("Harwick Foods said ... Harwick, Britain's grocer": the company)
            return value not in self.organisation_names and value not in self.organisation_heads
        if not listed and _OKINA_AS_APOSTROPHE_RE.search(value):
            listed = _plain(_OKINA_AS_APOSTROPHE_RE.sub(r"\1\2", value)) in self.towns  # "Pape'ete", listed "Papeete"
        if given_name_too and value in divisions_named_like_people():
            return True  # "in Alberta and Ontario": a province named like a person, a pause or a list after it
        # (the long list read at its first use: most articles never reach it)
        if not listed and small_too and (value in small_towns() or (not value.isascii() and _plain(value) in small_towns())):
            return value not in self.organisation_names
        if not listed and small_too and given_name_too and value in small_towns_named_like_people():
            return value not in self.organisation_names  # (review q26 M2) "in Sława": a town named like a person
        return listed and (given_name_too or value not in _all_given_names())

    def known_town(self, value: str, given_name_too: bool = False) -> bool:
        """(e29 review H1) A town a list knows, as a list's or a route's guard needs one ("from Takeda and X": one
        member a known town): a town's other name alone is not, only where the page prints its town's list name
        too ("Bozen" on a page printing "Bolzano")."""
        if not self.a_town(value, given_name_too=given_name_too):
            return False
        if value in self.towns or value in self.gazetteer or value not in other_town_names():
            return True
        return _the_towns_name_printed(self.article, value, 0) != value

    def compass_and_place(self, value: str) -> bool:
        """ "East Flanders", "Northern Cape": a compass word before a known place."""
        first, _, rest = value.partition(" ")
        return bool(rest) and first in demonyms() and (rest in self.gazetteer or self.a_town(rest))

    def states_in(self, start: int, end: int) -> list[Span]:
        """The spans of the states and countries the gazetteer found between start and end."""
        first = bisect.bisect_left(self.state_starts, start)
        last = bisect.bisect_left(self.state_starts, end)
        return self.states[first:last]

    def placed_at(self, start: int, end: int) -> bool:
        return Span(start, end) in self.place_spans


_MAYOR_AFTER_RE = re.compile(rf"(?<![\w’'-])({_RUN})(?= (?:Vice |Deputy )?(?:Mayor|Governor|Provost)\b)")


def _towns_of_mayors(context: _Context, offset: int, chunk: str) -> None:
    """ "Tessay City Mayor Ana Reyes", "Quillan Governor": the town or province a mayor or a governor serves."""
    for match in _MAYOR_AFTER_RE.finditer(chunk):
        words = _without_leading_function_words(match.group(1).split())
        if words and not (set(words) & _TITLE_WORDS) and not (set(words) & set(place_words()["party_words"])):
            end = offset + match.end(1)  # (not "Labour Mayor Jo Hale": a party)
            context.add(end - len(" ".join(words)), end, "place of a mayor or governor")


@functools.cache
def _councillor_pattern() -> re.Pattern:
    levels = "|".join(place_words()["council_levels"])
    return re.compile(rf"(?<![\w’'-])({_RUN}) (?:{levels}) (?:councillors?|councilors?)\b")


def _towns_of_councillors(context: _Context, offset: int, chunk: str) -> None:
    """ "Karas regional councillor Jo Hale": the place a local councillor serves (not a party's name)."""
    for match in _councillor_pattern().finditer(chunk):
        words = _without_leading_function_words(match.group(1).split())
        if words and not (set(words) & _TITLE_WORDS) and not (set(words) & set(place_words()["party_words"])):
            value = " ".join(words)
            if _place_shaped(value) or context.a_town(value):
                end = offset + match.end(1)
                context.add(end - len(value), end, "place of a councillor")


_OF_A_TOWN_RE = re.compile(rf" of ({_RUN})\b(?![ -]?{_WORD}|[’']s\b)")


def _towns_of_businesses(context: _Context) -> None:
    """ "Marrow Engineering of Leeds": a town a list knows after a business's name and "of"
    (the names that take "of" into them, "Bank of X", keep it: it is no place's mention then);
    "Kestle Fabrication of Hayle": after a name ending in a trade's word, a town no list knows too
    (one or two words, then a pause or a preposition)."""
    text = context.article.text
    for mention in [m for m in context.article.found.mentions if m.kind == ORGANISATION]:
        town = _OF_A_TOWN_RE.match(text, mention.span.end)
        if town and (context.a_town(town.group(1), given_name_too=True) or town.group(1) in city_countries()):
            context.add(town.start(1), town.end(1), "town of a business", town=True)  # (its ambiguous names too)
        elif (
            town
            and mention.rule == "organisation suffix"
            and len(town.group(1).split()) <= 2
            and _place_shaped(town.group(1))
            and _CLAUSE_GOES_ON_RE.match(text, town.end(1))
        ):
            context.add(town.start(1), town.end(1), "town of a trade's business")


_BODY_OF_BEFORE_RE = re.compile(rf"(?<![\w’'-])[{UPPER}][\w’'-]* of (?:the )?$")


@functools.cache
def _body_particle_before_re() -> re.Pattern:
    """A capitalised word and a name's particle (`particles_before_a_town_in_a_name`) right before a run: "Molinos del
    Osorno", "Banco di Tessano", a body's name ending in a town's, as "Bank of Tessby" does (where the article names
    the body)."""
    particles = "|".join(re.escape(word) for word in place_words()["particles_before_a_town_in_a_name"])
    return re.compile(rf"(?<![\w’'-])[{UPPER}][\w’'-]* (?:{particles}) $")


_MAXIMAL_RUN_RE = re.compile(rf"(?<![\w’'-]){_WORD}(?: {_WORD})*")


def _in_a_named_body_after_a_particle(context: _Context, match: re.Match[str]) -> bool:
    """A run after a capitalised word and a name's particle that, with them, is an organisation's name the article
    gives or its opening ("Molinos del Osorno" of "Molinos del Osorno S.A."): the body's name, not the town."""
    text = context.article.text
    before = _body_particle_before_re().search(text, max(0, match.start() - 30), match.start())
    if before is None:
        return False
    body = text[before.start() : match.end()]
    return body in context.organisation_names or body in context.organisation_openings


def _places_named_again(context: _Context, found_before: int) -> None:
    """ "the Tessay City mayor" then "in Tessay City": a place read from its context (no list knows
    it) is that place wherever else the article prints it as a whole run of capitalised words
    ("Papiers Orvale" holds more; "Bank of Tessay City" and "Molinos del Tessay City" end a body's name); one pass
    over the zones, each run looked up in a set."""
    text = context.article.text
    names = {
        m.span.of(text)
        for m in context.article.found.mentions[found_before:]
        if m.kind == PLACE and m.rule != "dateline in capitals"
    }
    if not names:
        return
    # (e28 review H5) not a person's surname the article prints after a given name: "the islands of Flores and
    # Corvo" with "Mayor Ana Flores", then "Flores said" is hers
    names -= _words_after_given_names(text)
    for zone in context.article.zones:
        for match in _MAXIMAL_RUN_RE.finditer(text, zone.start, zone.end):
            if (
                match.group(0) in names
                and context.article.free(Span(match.start(), match.end()))
                # "Shire of Leonora", "Bank of Tessby": the end of a body's name, no mention of the place
                and not _BODY_OF_BEFORE_RE.search(text, max(zone.start, match.start() - 30), match.start())
                # "Molinos del Osorno", "Banco di Tessano": the same, after a name's particle, where the article
                # names that body
                and not _in_a_named_body_after_a_particle(context, match)
            ):
                context.add(match.start(), match.end(), "place named again", town=True)


_TABLE_LINE_RE = re.compile(r"^[^\n|]*\|[^\n]*$", re.MULTILINE)
_CELL_RE = re.compile(r"[^|\n]+")
_CELL_PART_RE = re.compile(r"[^/\n]+")
_HEADING_WORD_RE = re.compile(r"[a-z]+")
_TABLE_PLACE_RE = re.compile(rf"{_ABBREVIATED}{_WORD}(?:(?: {_PARTICLE})? {_WORD}){{0,3}}")


def _places_in_a_tables_column(context: _Context) -> None:
    """(e29) A table's column headed by a place's kind ("Stop", "Station", "Port", "Town", "Airport / city"; the
    words of `place_column_headings`): each row's cell there names a place, known or not, and the names of one cell
    parted by a slash are one place's in two languages ("Unterinn / Auna di Sotto | 06:34 | ..."), under the first.
    A cell holding a figure or a lower-case word, or a name in capitals (a heading), names none; where only a weak
    rule read the cell's name as an organisation (a stop recurring in the timetable), the column says it is the
    place."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads the gazetteer too

    text = context.article.text
    if "|" not in text:
        return
    headings = frozenset(place_words()["place_column_headings"])
    weak: set[Span] | None = None
    lines = list(_TABLE_LINE_RE.finditer(text))
    for index, line in enumerate(lines):
        follows = index > 0 and text.count("\n", lines[index - 1].end(), line.start()) == 1
        if follows:
            continue  # a row: read under its table's heading
        cells = list(_CELL_RE.finditer(text, line.start(), line.end()))
        columns = [
            number for number, cell in enumerate(cells) if frozenset(_HEADING_WORD_RE.findall(cell.group(0).lower())) & headings
        ]
        if not columns:
            continue
        row_index = index + 1
        while row_index < len(lines) and text.count("\n", lines[row_index - 1].end(), lines[row_index].start()) == 1:
            row = lines[row_index]
            row_cells = list(_CELL_RE.finditer(text, row.start(), row.end()))
            row_index += 1
            for number in columns:
                if number >= len(row_cells):
                    continue
                parts = [
                    (
                        part.start() + len(part.group(0)) - len(part.group(0).lstrip()),
                        part.end() - len(part.group(0)) + len(part.group(0).rstrip()),
                    )
                    for part in _CELL_PART_RE.finditer(text, row_cells[number].start(), row_cells[number].end())
                ]
                parts = [(a, b) for a, b in parts if b > a]
                if not parts or not _TABLE_PLACE_RE.fullmatch(text, *parts[0]) or text[slice(*parts[0])].isupper():
                    continue
                name = text[slice(*parts[0])]
                if set(name.split()) & ORGANISATION_WORDS:
                    continue  # "Kestrel Ferries | ...": an operator's name (a town named like a person is one here)
                for a, b in parts:
                    if not _TABLE_PLACE_RE.fullmatch(text, a, b) or text[a:b].isupper():
                        continue  # "St. Magdalena / S. Maddalena": the second name cut short, the first read
                    span = Span(a, b)
                    if weak is None:  # (the weak organisations by their spans, gathered once: linear in the rows)
                        weak = {
                            m.span
                            for m in context.article.found.mentions
                            if m.kind == ORGANISATION and m.rule in _WEAK_ORGANISATION_RULES
                        }
                    if span in weak:
                        gone = [m for m in context.article.found.mentions if m.kind == ORGANISATION and m.span == span]
                        context.article.found.mentions = [
                            m for m in context.article.found.mentions if not (m.kind == ORGANISATION and m.span == span)
                        ]
                        context.article.release([m.span for m in gone])
                        weak.discard(span)
                    context.add(a, b, "a place in a table's column of places", name=name, town=True)


# (the organisation rules no later rule trusts over a place's context; as the entities' module names them)
_WEAK_ORGANISATION_RULES = frozenset({"recurring proper noun", "role of an organisation", "where a person works"})


def find_places_in_context(article: ArticleState) -> None:
    """Places named by their context: a dateline in capitals at a paragraph's start, a name with the
    kind of place it is ("Tana River", "Wagoner County", "the Atacama region"), a site's place, and a
    town of the full city list after "in", "near" or "the port of", before "-based" or its state."""
    context = _Context(article)
    found_before = len(article.found.mentions)
    prose_before = 0  # paragraphs of prose read: a dateline stands before the second
    # a turn's label, shaped like a name or a role, is no dateline; a town a list knows printed so twice is a
    # briefs column's dateline ("NAIROBI: ..." / "MOMBASA: ..." / "NAIROBI: ...") and stays the place
    turn_labels = {label for label in turn_labels_in_capitals(article) if not context.a_town(_titled(label))}
    for zone in article.zones:
        chunk = article.text[zone.start : zone.end]
        _dateline(context, zone.start, chunk, where_a_dateline_stands=prose_before < 2, turn_labels=turn_labels)
        prose_before += _PROSE_RE.search(chunk) is not None and len(chunk.split()) >= 12
        _named_with_their_kind(context, zone.start, chunk)
        _named_by_their_opening_word(context, zone.start, chunk)
        if " near " in chunk:
            _places_near_a_known_place(context, zone.start, chunk)
        _towns_after_locatives(context, zone.start, chunk)
        if "from " in chunk:
            _towns_after_from(context, zone.start, chunk)
        _towns_by_other_signs(context, zone.start, chunk)
        if " on the " in chunk or " along the " in chunk:
            _rivers_of_sites(context, zone.start, chunk)
        if " off " in chunk:
            _places_off_the_coast(context, zone.start, chunk)
        _places_listed_after_settlements(context, zone.start, chunk)
        if ": " in chunk or ", " in chunk:
            _towns_opening_links(context, zone.start, chunk)
        if ", " in chunk:
            _towns_signing_letters_and_comments(context, zone.start, chunk)
        if any(map(str.isdigit, chunk)):  # (str.isdigit of each character, without a Python frame each)
            _towns_after_postcodes(context, zone.start, chunk)
        if " of " in chunk:
            _known_towns_listed_after_growers_of(context, zone.start, chunk)
        if ", " in chunk:
            _compass_divisions_after_towns(context, zone.start, chunk)
            _towns_before_their_division(context, zone.start, chunk)
        if " at " in chunk and " for " in chunk:
            _places_of_work_before_an_employer(context, zone.start, chunk)
        if " at " in chunk:
            _sites_in_a_list(context, zone.start, chunk)
            _places_of_sites_at(context, zone.start, chunk)
        if "old " in chunk or "former " in chunk:
            _places_of_old_sites(context, zone.start, chunk)
        if " from " in chunk or " of " in chunk:
            _towns_of_owners(context, zone.start, chunk)
        _places_of_crops(context, zone.start, chunk)
        if " on " in chunk:
            _islands_in_a_country(context, zone.start, chunk)
        if " from " in chunk:
            _towns_of_named_businesses(context, zone.start, chunk)
        if "Mayor" in chunk or "Governor" in chunk or "Provost" in chunk:
            _towns_of_mayors(context, zone.start, chunk)
        if "councillor" in chunk or "councilor" in chunk:
            _towns_of_councillors(context, zone.start, chunk)
        if " of " in chunk:
            _towns_of_bearings(context, zone.start, chunk)
        _towns_qualifying_a_business(context, zone.start, chunk)
        if "its " in chunk or "their " in chunk:
            _places_of_owned_sites(context, zone.start, chunk)
    _places_in_a_tables_column(context)
    _towns_of_businesses(context)
    if "the " in article.text:
        _regions_named_with_the(context)
    _places_named_again(context, found_before)


# "in the Okavango", "from the Noun, the Mifi and the Bamboutos": a single name after a locative and
# "the", a pause, "and", "or" or a verb after it (not a noun it qualifies: "the Mifi farms"); and the
# names listed with it, each after "the"
_THE_NAME = rf"[{UPPER}][{LOWER}]+(?:-[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)?"
_THE_NAME_END = r"(?=[,.;:)]|\s+(?:and|or|as|has|have|had|is|was|were|where|with|to|for|on|at|in|from)\b)"
_REGION_AFTER_THE_RE = re.compile(
    rf"\b(?:in|from|across|throughout|around|of) the ({_THE_NAME}){_THE_NAME_END}"
    rf"((?:,? the {_THE_NAME}{_THE_NAME_END})*(?:,? (?:and|or) (?:from |in )?the {_THE_NAME}{_THE_NAME_END})?)"
)
_LISTED_THE_NAME_RE = re.compile(rf"the ({_THE_NAME})")
_THE_NAME_ANYWHERE_RE = re.compile(rf"\b[Tt]he ({_THE_NAME}){_THE_NAME_END}")
# "The Nasdaq has lost", "the Louvre has closed": "the" and a name before "has", "have" or "had"
# is how an agent, a body, is written; printed so, the name is not printed again as a region's
# (unless after a locative: "farmers in the Okavango have")
_AGENT_AFTER_RE = re.compile(r"\s+(?:has|have|had)\b")
_LOCATIVE_BEFORE_THE_RE = re.compile(r"\b(?:in|from|across|throughout|around|of) $")


# The locatives before "the <Name>" a region's people or settlements are "in"; the prefilter below reads
# the same words, so a locative added here is one the prefilter lets through
_REGION_LOCATIVES = "in|of|across|throughout"


@functools.cache
def _people_of_a_region_re() -> re.Pattern:
    """ "farmers in the Orvai", "the villages of the Tessarny", "exporters across the Kelmor", "buyers in the
    Orvesh": people who live, farm or trade somewhere, or its settlements, then a locative and "the" and a name."""
    w = place_words()
    dwellers = sorted({*w["at_residents"], *w["settlement_nouns"]})
    trades = sorted({*w["from_traders"], *w["people_of_a_region"]} - set(dwellers))
    # (the nouns in either case, "Farmers in the X"; the name capitalised.) Those who trade or make a thing "in",
    # "across" or "throughout" it, and "of" it only where what they make is named before them ("mango producers of
    # the X", "textile exporters of the X"): "of the" after them alone names what they make ("buyers of the
    # Cybertruck", "producers of the Emmys"); residents and settlements "of" it too ("villages of the X")
    goods = rf"(?<![\w’'-])(?!(?i:{'|'.join(_NO_GOODS_BEFORE)})\b)[{UPPER}{LOWER}][\w’'-]* "
    # (behind the test of a word's start: the same matches, where the engine tried every noun at every character of
    # the page; no test of first letters, which reads no case-blind group's other cases)
    return word_start_regex(
        rf"(?:\b(?i:{'|'.join(dwellers)}) (?:{_REGION_LOCATIVES})|\b(?i:{'|'.join(trades)}) (?:in|across|throughout)"
        rf"|{goods}(?i:{'|'.join(trades)}) of) the ({_THE_NAME}){_THE_NAME_END}"
    )


# What every match of `_people_of_a_region_re` holds, a locative, "the" and a name's first letters: an article
# with none of it has no match, and the long pattern is not run over it
_A_LOCATIVE_AND_THE_NAME_RE = re.compile(rf"(?:{_REGION_LOCATIVES}) the [{UPPER}][{LOWER}]")


# words before a trade noun that name no goods ("The producers of", "and exporters of", "Its buyers of")
_NO_GOODS_BEFORE = sorted(
    {
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "for",
        "to",
        "by",
        "with",
        "from",
        "in",
        "its",
        "their",
        "our",
        "his",
        "her",
        "some",
        "many",
        "most",
        "all",
        "these",
        "those",
        "other",
        "main",
        "big",
        "biggest",
        "largest",
        "top",
        "leading",
        "local",
        "foreign",
        "major",
        "small",
        "two",
        "three",
        "several",
        "few",
        "both",
        "said",
        "says",
        "that",
        "which",
    }
)


# "at Tessbari in the Orvai", "Tessbari, in the Orvai,": a place the article names, then "in the" and a name (after
# "in" a venue inside a city is as likely: "in London in the Savoy"; so a locative of its own before the place, or
# the place set off by a comma)
_PLACE_IN_THE_RE = re.compile(
    rf"(?<![\w’'-])([{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*){{0,2}})(,?) in the ({_THE_NAME}){_THE_NAME_END}"
)
_OWN_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:at|near|from|outside|around|of) $")
# "in the Orvesh and in Germany", "in Spain or in the Maghreb": a name after "in the" joined to a place after "in"
_IN_THE_AND_IN_RE = re.compile(
    rf"\bin the ({_THE_NAME}) (?:and|or) in ([{UPPER}][\w’'-]*)|\bin ([{UPPER}][\w’'-]*) (?:and|or) in the ({_THE_NAME}){_THE_NAME_END}"
)


_FAMILIES_OF_RE = re.compile(r"(?i:families|households) of ")


@functools.cache
def _finance_part_re() -> re.Pattern[str]:
    """A river's part that is a word of finance too (the data's words): it names a known place only."""
    parts = "|".join(re.escape(part) for part in place_words()["parts_of_known_places_only"])
    return re.compile(rf"\b(?:{parts}) ")


# "the mouth of the Bojana", "the banks of the Orvai": a river's or a land's part in lower case, then "of the" and
# one name (not "the source of the X", a report's, nor "the bank of the X", a lender's)
@functools.cache
def _part_of_the_re() -> re.Pattern[str]:
    """A river's or a valley's part (the data's words) before "of the <Name>": "the mouth of the Tessa"."""
    parts = "|".join(re.escape(part) for part in place_words()["parts_of_a_river"])
    return re.compile(rf"\b(?:{parts}) of the ({_THE_NAME})(?![\w’'-]| [{UPPER}])")


# "the Rothschilds", "the Kings": a family's or a people's plural (a river's name ends "-es", "-us", "-is": "Thames")
_A_FAMILYS_PLURAL_RE = re.compile(r"[^eiu]s$")
_WORD_AFTER_RE = re.compile(r" ([a-z]+)\b")


def _a_noun_after(text: str, end: int) -> bool:
    """A lower-case word after a name that is no function word, adverb or verb in the past ("the Tessa valley fund",
    "the delta of the Tessa option"), where "the mouth of the Tessa next year" or "the Tessa valley, where" name it."""
    word = _WORD_AFTER_RE.match(text, end)
    return word is not None and word.group(1) not in _words_after_a_place() and not word.group(1).endswith(("ed", "ly"))


@functools.cache
def _words_after_a_place() -> frozenset[str]:
    """A function word, a locative ("near", "into": a place's) or "river" after a place's name."""
    words = place_words()
    locatives = [word for word in (*words["locative_words"], *words["coast_locatives"]) if " " not in word]
    return frozenset([*words["words_after_a_place"], *locatives, "into", "river"])


@functools.cache
def _the_name_before_a_landform_re() -> re.Pattern:
    """ "the Maggia valley", "the Volujica peninsula": "the", one name and a landform in lower case after it."""
    forms = "|".join(place_words()["landforms_after_the_name"])
    return re.compile(rf"\b[Tt]he ({_THE_NAME}) (?:{forms})\b(?![’'-])")


_MARKETS = frozenset(vocab_words("markets", "exchanges")) | frozenset(vocab_words("markets", "indexes"))


def _regions_named_once(context: _Context, region_shaped: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """A region named with "the" once, where its sentence says it is one: the people or settlements of it,
    a known place lying in it, or a known place it is listed with after "in"."""
    text = context.article.text

    def known(name: str) -> bool:  # (two lookups, not a union of the lists built per article)
        return name in context.gazetteer or name in context.place_names

    found = [
        (m.start(1), m.end(1), m.group(1))
        for m in (_people_of_a_region_re().finditer(text) if _A_LOCATIVE_AND_THE_NAME_RE.search(text) else ())
        # ("families of the Hendersons": a family's name in the plural, no region)
        if not (_FAMILIES_OF_RE.match(m.group(0)) and m.group(1).endswith("s"))
    ]
    found += [
        (m.start(3), m.end(3), m.group(3))
        for m in _PLACE_IN_THE_RE.finditer(text)
        # (the place is the run's last words: "The plant at Tessa Vale, in the Orvai")
        if (m.group(2) or _OWN_LOCATIVE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()))
        and any(known(" ".join(m.group(1).split()[-size:])) for size in (1, 2, 3))
    ]
    found += [
        (m.start(1), m.end(1), m.group(1))
        for m in _the_name_before_a_landform_re().finditer(text)
        if m.group(1) not in context.organisation_first_words  # "the Orvane valley plant"
        and not _a_noun_after(text, m.end())  # "the Tessa valley fund": a thing named after it
    ]
    for match in _IN_THE_AND_IN_RE.finditer(text):
        region, other = (1, 2) if match.group(1) else (4, 3)
        # (a land, a state or a region beside it: "in the Nasdaq and in London" names a market and a city)
        if context.gazetteer.get(match.group(other), ("", ""))[1] in ("country", "state", "region"):
            found.append((match.start(region), match.end(region), match.group(region)))
    # (a river's part names it even where a given name is spelt the same: "the mouth of the Bojana")
    parts = [
        (m.start(1), m.end(1), m.group(1))
        for m in _part_of_the_re().finditer(text)
        # (a thing named by the name: "the delta of the Heston option"; a family: "the banks of the Rothschilds";
        # an option's or a trader's "delta" and "basin" name a known river or place only)
        if (
            known(m.group(1))
            or (
                not _a_noun_after(text, m.end(1))
                and not _A_FAMILYS_PLURAL_RE.search(m.group(1))
                and not _finance_part_re().match(m.group(0))
            )
        )
        and m.group(1).lower() not in context.common_words
        and m.group(1) not in NOT_NAMES
        and m.group(1) not in context.organisation_names
        and m.group(1) not in demonyms()
    ]
    return [(start, end, name) for start, end, name in found if region_shaped(name)] + parts


def _regions_named_with_the(context: _Context) -> None:
    """ "the Okavango", "the Noun": a region named with "the" that no list knows, read as one where the
    article names it so after a locative and prints "the <name>" again, or lists it with others so
    ("from the Noun, the Mifi and the Bamboutos": three, or two of which one is a region read so or a
    place the lists know). "The <name> has" is an agent's printing, not a second one ("in the Nasdaq ...
    The Nasdaq has lost"). Not an ordinary word, a body the article names, a person's given name, a
    nationality, or a parliament or a stock index of the data's list ("in the Bundestag", "in the Nikkei")."""
    from loaders.extract.entities.people import given_names

    text = context.article.text
    # (nor a market: "in the Topix and in Japan", "in the Comex")
    not_regions = frozenset(place_words()["not_regions_after_the"]) | _MARKETS

    def region_shaped(name: str) -> bool:
        return (
            name.lower() not in context.common_words
            and name not in NOT_NAMES
            and name not in not_regions
            and name not in context.organisation_names
            and name not in given_names()
            and name not in demonyms()
        )

    times = Counter(
        match.group(1)
        for match in _THE_NAME_ANYWHERE_RE.finditer(text)
        if not _AGENT_AFTER_RE.match(text, match.end())
        or _LOCATIVE_BEFORE_THE_RE.search(text, max(0, match.start() - 12), match.start())
    )
    found: list[tuple[int, int, str]] = []
    for match in _REGION_AFTER_THE_RE.finditer(text):
        listed = [(match.start(1), match.end(1))]
        listed += [
            (match.start(2) + item.start(1), match.start(2) + item.end(1))
            for item in _LISTED_THE_NAME_RE.finditer(match.group(2))
        ]
        names = [text[a:b] for a, b in listed]
        known = [name in context.gazetteer or times[name] >= 2 for name in names]
        if len(listed) >= 3 or (any(known) and len(listed) >= 2):
            found += [(a, b, name) for (a, b), name in zip(listed, names, strict=True) if region_shaped(name)]
        else:
            found += [(a, b, name) for (a, b), name, k in zip(listed, names, known, strict=True) if k and region_shaped(name)]
    found += _regions_named_once(context, region_shaped)
    for start, end, name in found:
        if name not in context.gazetteer:
            context.add(start, end, "region named with the", town=True)


_UPPER_CHARACTERS = frozenset(UPPER)


def line_openings_in_capitals(text: str, start: int, end: int) -> Iterator[int]:
    """The positions of [start, end) that open a line (the text's first, or right after a line break) with a capital, in
    order: what `(?:^|(?<=\n))(?=[UPPER])` finds there, the line breaks looked up rather than the pattern tried at every
    character of a paragraph."""
    if start < end and (start == 0 or text[start - 1] == "\n") and text[start] in _UPPER_CHARACTERS:
        yield start
    newline = text.find("\n", start, end)
    while newline != -1:
        position = newline + 1
        if position < end and text[position] in _UPPER_CHARACTERS:
            yield position
        newline = text.find("\n", position, end)


def turn_labels_in_capitals(article: ArticleState) -> dict[str, list[Span]]:
    """Words in capitals before a colon that open two paragraphs or more ("REPORTER TOM REID:", "QUESTION (Radio
    Tessby):", "ALH. TOURAY:"): a transcript's turn labels, each with the spans it stands at. No dateline (a
    dateline stands once), nor an organisation."""
    seen: dict[str, list[Span]] = {}
    for zone in article.zones:
        for line_start in line_openings_in_capitals(article.text, zone.start, zone.end):
            label = _DATELINE_CAPITALS_RE.match(article.text, line_start, zone.end)
            if label and label.group(0).rstrip().endswith(":"):
                seen.setdefault(label.group(1), []).append(Span(label.start(1), label.end(1)))
    return {label: spans for label, spans in seen.items() if len(spans) >= 2}


def _titled(capitals: str) -> str:
    """ "TESSBY" -> "Tessby", "İZMİT" -> "İzmit": a name in capitals as a name, Turkish capitals' dotted "İ"
    lowered without the combining dot Unicode's lower-casing leaves after its "i"."""
    return capitals.title().replace("i\u0307", "i")


def _dateline(
    context: _Context,
    offset: int,
    chunk: str,
    where_a_dateline_stands: bool,
    turn_labels: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A paragraph opening with a dateline; one with a full date ("TESSBY, 24 November 2026 —", "Tessby, 24 November
    2026") only before the second paragraph of prose, where a dateline stands, and of a town's name: a filing's or a
    table's heading ("Record Date, 15 December 2026", "FINANCIAL HIGHLIGHTS, 30 June 2026 —") is none; nor a
    transcript's turn label (`turn_labels`, "REPORTER TOM REID:" opening two paragraphs or more)."""
    dateline = _DATELINE_CAPITALS_RE.match(chunk)
    if dateline and dateline.group(1) in turn_labels and dateline.group(0).rstrip().endswith(":"):
        return
    if (
        dateline
        and len(dateline.group(1)) >= 4
        and _titled(dateline.group(1)) not in KICKERS
        and (
            not _FULL_DATE_RE.search(dateline.group(0), dateline.end(1))
            or (where_a_dateline_stands and _a_dated_towns_name(context, _titled(dateline.group(1))))
        )
    ):
        context.add(offset, offset + dateline.end(1), "dateline in capitals", _titled(dateline.group(1)), town=True)
    elif (stop := _DATELINE_STOP_RE.match(chunk)) and context.a_town(_titled(stop.group(1)), small_too=False):
        context.add(offset, offset + stop.end(1), "dateline in capitals", _titled(stop.group(1)), town=True)
    elif (titled := _DATELINE_TITLED_RE.match(chunk)) and context.a_town(titled.group(1)):
        context.add(offset, offset + titled.end(1), "dateline of a known town", town=True)  # "Concarneau – The ..."
    elif (
        where_a_dateline_stands
        and (dated := _DATED_PLACE_RE.match(chunk))
        and (
            (_a_place_shaped_name(dated.group(1)) and _a_dated_towns_name(context, dated.group(1)))
            # (a town named like a person, "Alba", where its province's code follows it)
            or (dated.group(2) is not None and context.a_town(dated.group(1), given_name_too=True))
        )
    ):
        context.add(offset, offset + dated.end(1), "place and date of a release", town=True)
    elif (
        where_a_dateline_stands
        and (agency := _AGENCY_DATELINE_RE.match(chunk))
        and _an_agencys_name(context, agency.group(2))
        and _a_place_shaped_name(agency.group(1))
        and _a_dated_towns_name(context, agency.group(1))
    ):
        context.add(offset, offset + agency.end(1), "an agency's dateline", town=True)
    elif (
        where_a_dateline_stands
        and (undated := _UNDATED_AGENCY_DATELINE_RE.match(chunk))
        and _a_place_shaped_name(undated.group(1))
        and context.a_town(undated.group(1))
    ):
        context.add(offset, offset + undated.end(1), "an agency's dateline", town=True)


# An agency's dateline whatever its calendar: the town, a date with a number in it (a month no list knows, "Orvamet
# 19/2019", "12.03.2027"), the agency's initials in brackets and a dash ("Tessaro, Meskerem 12/2019 (XNA) -"); (e28)
# initials or a name in mixed or lower case too, as agencies and press offices write their own ("(GaCS)", "(dpa)",
# "(Lusa)")
_AGENCY_DATELINE_RE = re.compile(
    rf"({_WORD}(?: {_WORD}){{0,2}}), (?=[^()\n]{{0,24}}\d)[^()\n]{{1,24}} \(([^\W\d_][\w/]{{1,11}})\)[ \t]*[-—–]+[ \t]"
)


# ... and without a date, the town a list knows and its region or province after a comma ("Tessaro, E Orvala (XNA) -");
# not a name alone before the bracket, a market brief's company and its ticker ("Tessby (TSB) – Shares of ...")
_UNDATED_AGENCY_DATELINE_RE = re.compile(
    rf"({_WORD}(?: {_WORD}){{0,2}}), {_WORD}(?: {_WORD}){{0,3}} \([{UPPER}][{UPPER}/]{{1,9}}\)[ \t]*[-—–]+[ \t]"
)


def _an_agencys_name(context: _Context, word: str) -> bool:
    """(e28 review M2) An agency's name or initials in a dateline's brackets ("(XNA)", "(dpa)", "(Lusa)"), no
    heading's label ("(unaudited)", "(video)": `dateline_bracket_labels`) nor an everyday word in lower case."""
    return word.lower() not in place_words()["dateline_bracket_labels"] and not (word.islower() and word in context.common_words)


def _a_dated_towns_name(context: _Context, name: str) -> bool:
    """A name before a full date is a town's where a list knows the town, or where a word of it is no everyday
    word and its everyday words are towns' ("Port Tessvik"); no kicker's or a calendar's word ("Correction",
    "Record Date"), no heading of everyday words ("Balance Sheet", "Annual General Meeting")."""
    words = name.split()
    if name in KICKERS or any(word in KICKERS or word in _CALENDAR_WORDS for word in words):
        return False
    if context.a_town(name):
        return True
    everyday = [word.lower() in context.common_words and word not in _town_name_words() for word in words]
    return not any(everyday) and any(word.lower() not in context.common_words for word in words)


@functools.cache
def _town_name_words() -> frozenset[str]:
    return frozenset(place_words()["town_name_words"])


def _a_place_shaped_name(name: str) -> bool:
    """No given name, month, weekday, legal form, body's word or title in it: "Tessby" or "Port Orvale", not
    "Orvane Holdings", "Monday" or a signature's "Ana Lima"."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS
    from loaders.extract.entities.people import has_given_name  # people reads the gazetteer too

    words = name.split()
    return not has_given_name(name) and not any(
        word in ORGANISATION_WORDS or word in _TITLE_WORDS or word in NOT_NAMES or word in LEGAL_FORMS for word in words
    )


# "Concarneau – The cannery ...": a paragraph opening with a town's name, written as a name, and a dash
_DATELINE_TITLED_RE = re.compile(rf"({_RUN}) [–—] [{UPPER}]")


_OWNER_BEFORE_RE = re.compile(r"[’']s $")


def _an_owners_company_acting(chunk: str, start: int, end: int) -> bool:
    """A name after an owner's possessive that speaks or acts as a company does ("Ireland's Dunmore
    Head reported a loss"): the owner's company, where "Italy's Aosta Valley" is the owner's land."""
    from loaders.extract.entities.organisations import acts_as_a_company  # organisations reads places too

    return _OWNER_BEFORE_RE.search(chunk, max(0, start - 3), start) is not None and acts_as_a_company(chunk, end)


def _a_known_owner(name: str) -> bool:
    """A place or a people a list knows ("Italy", "Hong Kong"), which owns a land named after it."""
    return name in places() or name in demonyms()


def _without_leading_function_words(words: list[str]) -> list[str]:
    """ "The Tana River": the article is no part of the name (a compass word is: "Central Region")."""
    while words and words[0] in NOT_NAMES and words[0] not in demonyms():
        words = words[1:]
    # "Italy's Aosta Valley", "Kestrel's Orvale Valley": the owner before its land is no part of the name
    # (though "John's Creek" is one, and "St Mary's Bay Harbour", where a kind of place follows the
    # possessive, unless a list knows the owner as a place)
    owner = next((index for index, word in enumerate(words) if _POSSESSIVE_END_RE.search(word)), None)
    if (
        owner is not None
        and len(words) - owner > 2
        and (words[owner + 1] not in place_words()["feature_words_after"] or _a_known_owner(" ".join(words[: owner + 1])[:-2]))
    ):
        words = words[owner + 1 :]
    return words


_TOLD_BEFORE_RE = re.compile(r"\btold $")


def _weakly_named_place(context: _Context, start: int, words: list[str]) -> bool:
    """ "Crow Head", "Stumpy Point", "Bitter Springs": a name ending in a kind of place that ends
    other names too is a place's when no word before it is a title's, a department's or an
    organisation's, it opens with no given name ("John Head", "Tessa Hills") and no cue before it
    says a business is named ("rival bottler Kemble Springs")."""
    from loaders.extract.entities.organisations import CUES, DEPARTMENTS, ORGANISATION_WORDS
    from loaders.extract.entities.people import has_given_name

    before = set(words[:-1])
    text_before = context.article.text[max(0, start - 60) : start]
    return (
        not (before & _TITLE_WORDS)
        and not (before & DEPARTMENTS)
        and not (before & ORGANISATION_WORDS)
        and not has_given_name(" ".join(words))
        and not (_LOWER_WORD_BEFORE_RE.search(text_before) and any(cue.search(text_before) for cue in CUES.values()))
    )


# A plural noun right after a name (not a verb of the third person: "Tessa Island lies off the coast")
_PLURAL_NOUN_AFTER_RE = re.compile(r" (?!(?:is|was|has|lies|sits|remains|stands|says|needs|gets)\b)[a-z]{3,}s\b")


_WORD_BEFORE_RE = re.compile(rf"([{UPPER}][\w’'-]*) $")


@functools.cache
def _village_locative_re() -> re.Pattern:
    """ "in", "from", "near" before a name, or "of" after its residents ("families of Tessa Village", "villagers
    of the Orvu Community and of Tessa Village")."""
    residents = "|".join(word for word in place_words()["from_residents"] if " " not in word)
    return re.compile(
        r"\b(?:in|at|from|near|outside|around|within|across|throughout) (?:the )?$"
        rf"|\b(?i:{residents}) of (?:the )?(?:[^.;:]{{0,60}} and of )?$"
    )


@functools.cache
def _village_business_after_re() -> re.Pattern:
    nouns = "|".join(place_words()["village_business_nouns"])
    no_preposition = r"(?!(?:in|of|from|at|on|to|for|with|and|or|by|near)\b)"
    return re.compile(rf"(?:,? (?:an?|the|its|their|our))? (?:{no_preposition}[a-z-]+ ){{0,3}}(?:{nouns})\b")


@functools.cache
def _business_noun_after_re() -> re.Pattern:
    return re.compile(rf" (?:{'|'.join(place_words()['village_business_nouns'])})\b")


def _a_village(chunk: str, start: int, end: int) -> bool:
    """ "in Tessa Village", "farmers from Tessa Village", "families of Tessa Village": "X Village" after a
    locative or its residents' "of" is a village, unless a business's noun follows it or ends an apposition
    to it ("at Alder Village, its flagship care home", "in the Marlowe Village shopping centre")."""
    return bool(_village_locative_re().search(chunk, max(0, start - 100), start)) and not _village_business_after_re().match(
        chunk, end
    )


@functools.cache
def _kind_and_particle_pattern() -> re.Pattern:
    kinds = "|".join(place_words()["feature_words_before_a_particle"])
    return re.compile(
        # (the whole last word: "the Vila do Orvo Hotel" is no "Vila do Orv")
        rf"(?<![\w’'-])(?:{kinds}) (?:de|do|da|del|della|di|dos|das|des) (?:la |las |los )?{_WORD}(?![\w’'-]|[ -]?{_WORD})"
    )


KIND_AND_PARTICLE_RULE = "named as a place by its kind and a particle"


def _named_with_their_kind(context: _Context, offset: int, chunk: str) -> None:
    from loaders.extract.entities.people import is_given_name  # people reads the gazetteer too

    if "shire" in chunk:
        for match in _SHIRE_RE.finditer(chunk):
            context.add(offset + match.start(), offset + match.end(), "county's name")
    if " and " in chunk or " & " in chunk:
        for match in _TWO_DIVISIONS_RE.finditer(chunk):  # "the Uva and Sabaragamuwa provinces", "Volta and Bono East"
            # (the first may open a list: "the Tolon, Kumbungu and Savelugu districts")
            members = [
                (match.start(1) + at.start(), match.start(1) + at.end()) for at in _LIST_MEMBER_RE.finditer(match.group(1))
            ]
            for member_start, member_end in [*members, (match.start(2), match.end(2))]:
                words = chunk[member_start:member_end].split()
                kept = _without_leading_function_words(words)  # "The Uva and ...": the article is no part of it
                if len(kept) == 2 and kept[0].lower() in context.common_words and kept[0] not in demonyms():
                    kept = kept[1:]  # "Serving Dare and Hyde counties": a verb opening a line, no part of a name
                if kept:
                    start = offset + member_end - len(" ".join(kept))
                    context.add(start, offset + member_end, "names before a division")
    for match in _kind_and_particle_pattern().finditer(chunk) if " d" in chunk else ():  # "Ría de Orvane"
        # (not after a given name: "Ana Valle de Souza" is a woman's name, "Valle" and "Vale" surnames too)
        before = _WORD_BEFORE_RE.search(chunk, max(0, match.start() - 40), match.start())
        if before is not None and is_given_name(before.group(1)):
            continue
        if _business_noun_after_re().match(chunk, match.end()):
            continue  # (e28 review L3) "the Vila do Mar restaurant": the business's name, no town
        context.add(offset + match.start(), offset + match.end(), KIND_AND_PARTICLE_RULE)
    if not _kind_words().search(chunk):
        return
    feature, division, _, _ = _context_patterns()
    brand_words = place_words()["brand_feature_words"]
    weak_words = place_words()["weak_feature_words"]
    for match in feature.finditer(chunk):
        words = _without_leading_function_words(match.group(0).split())
        if words and words[-1] in brand_words and _PLURAL_NOUN_AFTER_RE.match(chunk, match.end()):
            continue  # "the SpinJar and Lucky Harbour websites": a brand's name qualifying what it makes
        before = _CAPITALISED_BEFORE_RE.search(chunk, max(0, match.start() - 30), match.start()) if match.group(2) else None
        if before and before.group(0).strip() not in NOT_NAMES:
            continue  # "Sak River Washery": a kind written first inside a longer name, no place's
        if words and _TOLD_BEFORE_RE.search(chunk, max(0, match.start() - 6), match.start()):
            continue  # "told Highland Sound radio": one tells a person or an outlet, no place
        if (
            words
            and words[-1] in weak_words
            and not _weakly_named_place(context, offset + match.end() - len(" ".join(words)), words)
        ):
            continue  # "the Marketing Head", "John Head", "rival bottler Kemble Springs": no place's name
        if words and words[-1] == "Village" and chunk.startswith(" of ", match.end()):
            continue  # "the Organized Village of Tessa": a body's name, the village's after "of"
        if (
            words
            and words[-1] in AREA_BODY_ENDINGS
            and not WHERE_BEFORE_RE.search(
                chunk, max(0, match.end() - len(" ".join(words)) - 30), match.end() - len(" ".join(words))
            )
        ):
            continue  # "Tessa Municipality has approved": the local government, no place, unless "in" it
        if len(words) >= 2 and _an_owners_company_acting(chunk, match.end() - len(" ".join(words)), match.end()):
            continue  # "Japan's Kestrel Point said it would cut jobs": a country's company, no land of it
        if len(words) >= 2 and words[-1] == "Village":
            if not _a_village(chunk, match.end() - len(" ".join(words)), match.end()):
                continue  # "Kestrel owns Marlowe Village", "at Alder Village, its care home": a business's name
            # "in Lumbani Village", then "a farmer in Lumbani": one village, named without its word
            context.add(offset + match.end() - len(" ".join(words)), offset + match.end() - len(" Village"), "named as a village")
        elif len(words) >= 2:
            context.add(offset + match.end() - len(" ".join(words)), offset + match.end(), "named as a place")
    for match in [*division.finditer(chunk), *_qualified_division_pattern().finditer(chunk)]:
        words = _without_leading_function_words(match.group(1).split())
        if match.re is _qualified_division_pattern() and not _qualifying_a_division(context, " ".join(words)):
            continue  # "the Kestrel farming region" of the company Kestrel, "the Shell oil region": a body's name
        if (
            words
            and not (len(words) == 1 and words[0].lower() in context.common_words)
            and not (set(words) & set(place_words()["party_words"]))  # "Labour county councillor": a party
            and not (len(words) == 1 and words[0].isupper() and match.group(0).endswith("department"))  # "the HR department"
            and not (match.group(0).endswith(("department", "departments")) and _an_offices_department(context, words))
        ):
            end = offset + match.end(1)
            qualified = match.re is _qualified_division_pattern()
            context.add(end - len(" ".join(words)), end, QUALIFIED_DIVISION_RULE if qualified else "name before a division")
            if not qualified and match.group(0).endswith(_PLURAL_DIVISIONS):
                # "the Kasur, Okara and Sheikhupura districts": the names listed before the last are divisions too
                for start, stop in _listed_before(chunk, match.end(1) - len(" ".join(words))):
                    value = chunk[start:stop]
                    if not (start + 1 == stop or value.lower() in context.common_words or _an_organisation(context, value)):
                        context.add(offset + start, offset + stop, "listed before a division")


_PLURAL_DIVISIONS = tuple(
    f" {word}" for word in place_words()["division_words"] if word.endswith("s") and word[:-1] in place_words()["division_words"]
)
_LIST_AND_BEFORE_RE = re.compile(r",? and $")
_RUN_BEFORE_RE = re.compile(rf"(?<![\w’'-])({_RUN})$")
_LONGEST_LISTED = 60  # characters of a listed name
_MOST_LISTED = 8


def _listed_before(chunk: str, start: int) -> list[tuple[int, int]]:
    """The names listed before the name at `start` ("A, B and" before C), nearest first."""
    joined = _LIST_AND_BEFORE_RE.search(chunk, max(0, start - 6), start)
    members: list[tuple[int, int]] = []
    cursor = joined.start() if joined else -1
    while cursor > 0 and len(members) < _MOST_LISTED:
        run = _RUN_BEFORE_RE.search(chunk, max(0, cursor - _LONGEST_LISTED), cursor)
        if run is None:
            break
        # "The Kestra, Orvale and Tessby departments": the sentence's article is no part of the first name
        words = _without_leading_function_words(run.group(1).split())
        if words:
            members.append((run.end(1) - len(" ".join(words)), run.end(1)))
        cursor = run.start(1) - 2 if chunk[run.start(1) - 2 : run.start(1)] == ", " else -1
    return members


@functools.cache
def _opening_word_patterns() -> tuple[re.Pattern, re.Pattern]:
    openings = "|".join(place_words()["words_opening_a_place"])
    two_words = "|".join(place_words()["words_opening_a_place_of_two_words"])
    ranges = "|".join(place_words()["ranges_before_a_particle"])
    # (each behind the test of the letters its words begin with: the same matches)
    return (
        first_character_regex(
            rf"(?<![\w’'-])(?:(?:{openings})(?: {_WORD}){{1,3}}|(?:{two_words})(?: {_WORD}){{2,3}})(?![ -]?{_WORD}|[’']s [{UPPER}])"
        ),
        first_character_regex(
            rf"(?<=\bthe )(?:{ranges}) (?:de|do|da|del|dos|das) (?:la |las |los )?{_WORD}(?![ -]?{_WORD}|[’']s\b)"
        ),
    )


_WORD_BEFORE_RE = re.compile(r"([\w’'-]+)[ \t]+$")


def _opens_a_village(context: _Context, chunk: str, match: re.Match[str]) -> bool:
    """Whether "Ban" (a Thai or Lao village) opens the name it is read in: it opens its run of capitalised words
    (not "the Export Ban", "Secretary-General Ban": an English noun in a title-case line, a person's name), and no
    word after it is an English word ("Ban On Plastic Bags", "Ban Takes Effect", "Ban Hurts Sales": a headline's;
    a short word only if it is a function word: a Thai village's "Tha", "Don", "Na" are English words too)."""
    before = _WORD_BEFORE_RE.search(chunk, max(0, match.start() - 40), match.start())
    if before is not None and before.group(1)[:1].isupper():
        return False
    function_words = _function_words()
    return not any(
        word in function_words or (len(word) > 3 and word.lower() in context.common_words)  # ("Tha": a pier)
        for word in match.group(0).split()[1:]
    )


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(vocab_words("not_names", "function_words"))


def _named_by_their_opening_word(context: _Context, offset: int, chunk: str) -> None:
    """ "Kampung Tessa Laut", "Pulau Orvale", "Souk Al-Tessi": a Malay, Indonesian or Arabic word of a
    village, an island or a market opening a name; "the Sierra de Tessa": a range before a particle."""
    from loaders.extract.cues import SPEECH_VERBS  # (the cues read the vocabulary)

    openings, ranges = _opening_word_patterns()
    not_places = frozenset(place_words()["not_places_after_an_opening_word"])
    speaks = re.compile(rf" (?:{SPEECH_VERBS})\b")  # (not after a comma: "a dealer at Souk Tessa, said" is the dealer's)
    two_words = frozenset(place_words()["words_opening_a_place_of_two_words"])
    for pattern in (openings, ranges):
        for match in pattern.finditer(chunk):
            value = match.group(0)
            if value.split()[-1] in not_places or speaks.match(chunk, match.end()):
                continue  # "Kampung Tessa Mosque", "Souk Orvale Festival"; "Gunung Tessa Kencana said": a body
            if value.split()[0] in two_words and not _opens_a_village(context, chunk, match):
                continue  # "the Export Ban Takes Effect", "a Ban On Plastic Bags", "Secretary-General Ban Ki Moon"
            if pattern is openings and _a_company_by_its_cues(chunk, match):
                continue  # "Shares of Bukit Tessa rose", "Bukit Tessa raised its dividend": a company
            if not _an_organisation(context, value) and value not in context.organisation_openings:
                context.add(offset + match.start(), offset + match.end(), "named as a place by its opening word")


def _a_company_by_its_cues(chunk: str, match: re.Match[str]) -> bool:
    """An organisation's cue right before the name ("Shares of", "analysts at"; places.yml
    `company_cues_before_an_opening_word`) or a company's own act after it ("raised its dividend")."""
    from loaders.extract.entities.organisations import COMPANY_ACT_RE, CUES  # organisations reads the gazetteer too

    before = chunk[max(0, match.start() - 60) : match.start()]
    return bool(COMPANY_ACT_RE.match(chunk, match.end())) or any(
        CUES[cue].search(before) for cue in place_words()["company_cues_before_an_opening_word"]
    )


@functools.cache
def _at_a_place_near_pattern() -> re.Pattern:
    """A site noun or a siting verb, "at" or "in", a name, "near" and a name ("the mill, at Tessby, near
    Tamale", "a depot located in Orvale near Kumasi")."""
    words = place_words()
    heads = "|".join(sorted({*words["sites_at_a_place"], *words["owned_site_nouns"], *words["siting_verbs"]}))
    return re.compile(rf"\b(?:{heads}),? (?:at|in) ({_RUN}),? near ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _places_near_a_known_place(context: _Context, offset: int, chunk: str) -> None:
    """ "the mill, at Tessby near Tamale": a name after a site or a siting verb and "at" or "in", placed
    near a place a list knows (or the article has read), is a place too, known or not, unless shaped like
    a person's or a body's. Not "analysts at X near Y", "staff in X near Y": employers."""
    for match in _at_a_place_near_pattern().finditer(chunk):
        value, near = match.group(1), match.group(2)
        if not (context.a_town(near) or near in context.gazetteer or near in context.place_names):
            continue
        if _place_shaped(value) and not _an_organisation(context, value) and value not in context.organisation_openings:
            context.add(offset + match.start(1), offset + match.end(1), "place near a known place", town=True)


# (the rules' names: a name the article's later passes find an organisation's is no place by them)
QUALIFIED_DIVISION_RULE = "name before a trade's division"
SITE_AT_RULE = "place of a site at it"  # "Shares of Kestrel rose ... two plants at Kestrel": a contractor's works


def _qualifying_a_division(context: _Context, value: str) -> bool:
    """A name before a trade's word and a division that may be the division's: no organisation's name
    of the article, and no one-word given name (brands take them) unless a list knows the town."""
    return (
        bool(value)
        and value not in context.organisation_names
        and (" " in value or value not in _all_given_names() or context.a_town(value, given_name_too=True))
    )


@functools.cache
def _qualified_division_pattern() -> re.Pattern:
    """ "the Tessavi wine region": "the", a name, a trade's or a landscape's word, and a division."""
    words = place_words()
    qualifiers = "|".join(words["division_qualifiers"])
    divisions = "|".join(words["division_words"])
    return re.compile(rf"(?<![\w’'-])the ((?:{_WORD} ){{0,2}}{_WORD}) (?:{qualifiers}) (?:{divisions})\b")


# "across the North Tessen", "in the East Carrow": a compass word and a name after "in the" name a region
_COMPASS_REGION_RE = re.compile(
    rf"\b(?:in|across|throughout|around) the ((?:North|South|East|West|Northern|Southern|Eastern|Western|Central) {_WORD})\b"
    rf"(?![ -]?{_WORD}|[’']s\b)"
)


# "in Manado, North Sulawesi, and", "Pasuruan and Blitar, East Java": a compass word and a name after a
# town and its comma, then a pause: the town's province or region
_COMPASS_DIVISION_AFTER_A_TOWN_RE = re.compile(
    rf"(?<![\w’'-])({_WORD}), ((?:North|South|East|West|Northern|Southern|Eastern|Western|Central) {_WORD})"
    rf"(?=[,.;]| and\b| or\b|\n)"
)


def _compass_divisions_after_towns(context: _Context, offset: int, chunk: str) -> None:
    """ "Manado, North Sulawesi": a province a compass word names, after a town the article places."""
    for match in _COMPASS_DIVISION_AFTER_A_TOWN_RE.finditer(chunk):
        town = (offset + match.start(1), offset + match.end(1))
        if context.placed_at(*town) or context.a_town(match.group(1)):
            context.add(offset + match.start(2), offset + match.end(2), "a province after its town")


_HOLDING_BEFORE_RE = re.compile(r"\b(?:stakes?|shares|invest(?:s|ed|ment|ments|ing)?|interests?|holdings?)\s+$", re.IGNORECASE)


@functools.cache
def _town_and_division_pattern() -> re.Pattern:
    """ "of Tessbari, Orvang District", "at Tessby, Orvale County": a locative, a name, a comma, then a division
    named with its kind: the address of a town in that division."""
    divisions = "|".join(place_words()["address_divisions"])
    # (a second town between: "of Orvasi, Tessbo, Kelmor Province")
    return re.compile(rf"\b(?:of|in|at|from|near) ({_WORD}(?: {_WORD})?), (?:({_WORD}), )?{_WORD}(?: {_WORD})? (?:{divisions})\b")


def _towns_before_their_division(context: _Context, offset: int, chunk: str) -> None:
    from loaders.extract.entities.people import has_given_name

    for match in _town_and_division_pattern().finditer(chunk):
        for group in (1, 2):
            value = match.group(group)
            if (
                value
                and not _an_organisation(context, value)  # "at Tessby Hospital, Orvale County": a body's address
                and value not in context.organisation_heads
                and not has_given_name(value)
                and value.lower() not in context.common_words
            ):
                context.add(offset + match.start(group), offset + match.end(group), "town before its division", town=True)


_OPENS_A_PLACE = frozenset(vocab_words("names", "saint_openings")) | frozenset(vocab_words("names", "places_before_elision"))


def _name_after_the_place(value: str) -> int:
    """The characters of a person's name of two or three words, a given name first or last (Hungarian order), that
    end a place's run after a title and "of" ("Kecel Szabó Gergely"), 0 where none does: not after a given name
    or a word opening a town's name ("Villa Carlos Paz"), nor in a name the gazetteer knows whole."""
    from loaders.extract.entities.people import is_given_name, person_shaped

    tokens = list(re.finditer(r"\S+", value))
    words = [token.group(0) for token in tokens]
    if value in places():
        return 0
    for size in (3, 2):
        if len(words) <= size:
            continue
        tail, head = words[-size:], words[:-size]
        if (
            (is_given_name(tail[0]) or is_given_name(tail[-1]))
            and person_shaped(" ".join(tail))
            and not is_given_name(head[-1])
            and not all(word in _OPENS_A_PLACE for word in head)
        ):
            return len(value) - tokens[-size - 1].end()
    return 0


def _a_persons_words(value: str) -> bool:
    """(review of the fix passes, LOW E3) Two or three capitalised words and no particle between ("Ana Tessa", "Juan
    Perez"): a person's name; a name with a particle run is a place's ("Lucas do Rio Verde", a municipality)."""
    words = value.split()
    return 2 <= len(words) <= 3 and all(word[:1].isupper() for word in words)


def _towns_after_locatives(context: _Context, offset: int, chunk: str) -> None:
    """ "in Joplin", "the port of Koper", "in Ostrava, Plzeň and Mladá Boleslav", "in Časy near Pardubice"."""
    from loaders.extract.entities.people import has_given_name, is_given_name, person_shaped

    _, _, locative, listed = _context_patterns()
    for match in _naming_locative().finditer(chunk):  # "the village of Río Jorquera": a place, known or not
        value = match.group(1)
        if match.group(0).startswith("department") and _an_offices_department(context, value.split()):
            continue  # "the department of Cardiology": an office's part
        cue = match.group(0)[: match.start(1) - match.start()].strip()
        if cue in _loose_naming_locatives() and is_given_name(value.split()[0]) and _a_persons_words(value):
            continue  # "in the business zone Ana Tessa opened a bakery": a person, no place
        if cue in place_words()["naming_locatives_before_a_clause"] and _clause_goes_on_after(chunk, match.end(1)):
            continue  # "the business zone Kestrel chose": a clause's subject, no place
        end = match.end(1)
        if ROLE_RE.fullmatch(match.group(0).split()[0]):  # "The mayor of Kecel Szabó Gergely": the town, then him
            end -= _name_after_the_place(value)
            value = chunk[match.start(1) : end]
        if not (len(value.split()) == 1 and value.lower() in context.common_words):
            context.add(offset + match.start(1), offset + end, "named as a town", town=True)
    for match in _coast_after_a_possessive().finditer(chunk) if "s " in chunk else ():
        words = _without_leading_function_words(match.group(1).split())
        value = " ".join(words)
        start = offset + match.end(1) - len(value)
        if (
            words
            and _coast_qualifies_nothing(chunk, match.end())  # "Kestrel's west coast refinery": the firm's plant
            and value not in context.organisation_names
            and value not in context.organisation_heads  # "Kestrel Foods said ... Kestrel's east coast"
            and not (person_shaped(value) and has_given_name(value))
        ):
            context.add(start, offset + match.end(1), "a place's own coast")
    for match in _COMPASS_REGION_RE.finditer(chunk) if " the " in chunk else ():
        context.add(offset + match.start(1), offset + match.end(1), "region of the compass")
    walked_to = 0  # each list is walked once: a locative inside a list walked ("In X, In Y") starts none
    for match in locative.finditer(chunk):
        if match.start() < walked_to or _HOLDING_BEFORE_RE.search(chunk, max(0, match.start() - 16), match.start()):
            continue  # "shares in Quillon", "a stake in X": a company's name after "in"
        if match.group(1) in _TIMES:
            continue  # "In September, Tamarack restated": a time, and the subject after it
        members, closed = _listed_from(chunk, match, listed)
        walked_to = members[-1][1]
        # "in Orvale, Tessby and the villages along the river": the villages close the list too
        closed = closed or (len(members) > 1 and _VILLAGES_TAIL_RE.match(chunk, members[-1][1]) is not None)
        # a town that is also a given name ("in Geneva,") when no surname or possessive follows it
        known = [
            context.a_town(chunk[a:b], given_name_too=_CLAUSE_GOES_ON_RE.match(chunk, b) is not None)
            or context.placed_at(offset + a, offset + b)
            for a, b in members
        ]
        # (e29 review H1) the list's guards: a town's other name alone is no town a list knows
        listed_known = [
            town and (context.placed_at(offset + a, offset + b) or context.known_town(chunk[a:b], given_name_too=True))
            for (a, b), town in zip(members, known, strict=True)
        ]
        # a list closed by "and" whose names are mostly known towns, or the sites a business has in
        # them ("stores in Orvale, Tessby and Darvey"): the others are places too
        # ... or the people living in them ("farmers around Parma, Wilder and Homedale")
        residents = _residents_before().search(chunk, max(0, match.start() - 20), match.start()) is not None
        listed_places = (
            closed
            and (
                2 * sum(listed_known) >= len(members)
                or _sites_before().search(chunk, max(0, match.start() - 24), match.start())
                or residents
                # ... or the towns a road runs through ("the road through Orvale, Tessby and Darvey"), one
                # of them known, none an organisation's ("services through Kestrel, Orvale and Darvey")
                or (
                    _road_through_before().search(chunk, max(0, match.start() - 24), match.start()) is not None
                    and any(listed_known)
                    and not any(_an_organisation(context, chunk[a:b]) for a, b in members)
                )
            )
        )
        # ... or a grower's groves or orchards, one of the names a known town, none an organisation's or
        # an estate's ("vineyards at Kestrel Estate and Orvale Hill" are named after their owners)
        grower = (
            closed
            and not listed_places
            and any(listed_known)
            and _grower_sites_before().search(chunk, max(0, match.start() - 24), match.start()) is not None
            and not any(_an_organisation(context, chunk[a:b]) for a, b in members)
        )
        listed_places = listed_places or grower
        if match.group(0)[:7].lower() == "between":
            # "talks between Ardmore and Kestrel" may name two companies: both must be towns a list knows,
            # unless people living there stand before ("every grower between Latrobe and Smithton")
            residents = _residents_before().search(chunk, max(0, match.start() - 20), match.start()) is not None
            # ... or a route ("the ferry between Tessby and Orvale"): two places, known or not
            route_match = _route_before().search(chunk, max(0, match.start() - 24), match.start())
            route = route_match is not None and _route_names_places(chunk, route_match, listed_known)
            # (no organisation's name on it: "a service between Kestrel and Orvale Logistics" joins two firms)
            route = route and not any(_an_organisation(context, chunk[a:b]) for a, b in members)
            listed_places = (residents or route) and closed
            if not ((all(known) and any(listed_known)) or listed_places):
                continue
        if len(members) == 2 and not closed and chunk[members[0][1]] == ",":
            # "her home in Two Harbors, Minnesota": a name after a locative, then its state or country
            first, state = chunk[slice(*members[0])], chunk[slice(*members[1])]
            if context.gazetteer.get(state, ("", ""))[1] in ("state", "country") and not has_given_name(first):
                known[0] = True
        locative_said = chunk[match.start() : match.start(1)].lower().split()
        unlisted = bool({locative_said[0], " ".join(locative_said)} & _unlisted_locatives())  # "near", "up to"
        unlisted = unlisted and _a_journey(chunk, match.start(), " ".join(locative_said), context.common_words)
        particle = " ".join(locative_said) in place_words()["particle_locatives"]
        living = match.group(0).split(" ", 1)[0].lower() in _LIVING
        for (start, end), town in zip(members, known, strict=True):
            value = chunk[start:end]
            if _CURRENCY_OR_FIGURE_AFTER_RE.match(chunk, end):
                continue  # "up to S$150 million", "down to US$74 million": a currency's letters, no place
            if "/" in value and not context.placed_at(offset + start, offset + end):
                continue  # "in Sales/Marketing and London": a slashed pair the slashed-names rule did not place
            if end - start == 1 and chunk.startswith(".", end):
                continue  # "lives in N.W. London": a letter with its stop is an abbreviation's (a compass point's), no place
            # (a name shaped like a person's without a given name is a place in such a list: "Gafanha da Encarnação")
            if town or (
                listed_places
                and not (grower and value.rsplit(" ", 1)[-1] in _grower_name_endings())
                and (not (person_shaped(value) and has_given_name(value)) or (residents and _particle_opening(value)))
                and not _given_name_first(value, first_word_only=False)
            ):
                context.add(offset + start, offset + end, "town after a locative", town=town)
            elif (
                unlisted
                and not _POSSESSIVE_RE.match(chunk, end)
                and not _POSSESSIVE_END_RE.search(value)
                and not (particle and _qualifies_a_noun(chunk, end))  # "up to Kestrel staff": a company's staff
                and value not in context.organisation_names  # a name the article knows as an organisation's
            ):
                value = _before_a_date(value)  # "near Orvale on Thursday"
                if value and _place_shaped(value) and not any(character.isdigit() for character in value):
                    # (no figure: "up to Dh1.2 billion")
                    context.add(offset + start, offset + start + len(value), "name after near")
                elif value and living and (len(members) > 1 or _CLAUSE_GOES_ON_RE.match(chunk, end)) and " " not in value:
                    # "staff live in Ramsey, Sulby and Andreas": a one-word name where people live is a
                    # place even when it is a given name too (no person is lived in)
                    context.add(offset + start, offset + start + len(value), "where people live")
            elif len(members) == 1:
                near = _near_a_place_pattern().match(chunk, end)
                # (the island's or coast's name after "on the island of" is a place's even where it is a given name
                # too: "in Tessby, on the island of Flores")
                named_so = near is not None and not near.group(0).startswith((" ", ", in"))
                if near and (
                    context.a_town(near.group(1), given_name_too=named_so)
                    or near.group(2)
                    or context.compass_and_place(near.group(1))
                ):
                    context.add(offset + start, offset + end, "town near a known place")
                elif (
                    match.group(0)[:3].lower() == "in "
                    and _sites_before().search(chunk, max(0, match.start() - 24), match.start())
                    and not _POSSESSIVE_RE.match(chunk, end)
                    and (value := _before_a_date(value))
                    and _place_shaped(value)
                    and value.lower() not in context.common_words
                    and not any(character.isdigit() for character in value)  # "centres in a Sh1.2bn deal"
                    and not (len(value) <= 3 and chunk.startswith(".", start + len(value)))  # "St. James": cut at its stop
                ):  # "a new plant in Gafanha da Nazaré": where a business's site is, known or not
                    context.add(offset + start, offset + start + len(value), "a site's town")


_LIVING = frozenset({"live", "lives", "lived", "living"})
_TIMES = frozenset(vocab_words("not_names", "months") + vocab_words("not_names", "weekdays"))
_CURRENCY_OR_FIGURE_AFTER_RE = re.compile(r"[$€£¥\d]")
_CLAUSE_BEFORE_RE = re.compile(r"[^.,;:!?()\n]{0,100}$")  # the clause before a locative
_WORD_AFTER_RE = re.compile(r" ([a-z]+)\b")


def _a_journey(chunk: str, start: int, locative: str, common_words: frozenset[str]) -> bool:
    """Whether an unlisted locative speaks of going somewhere: "the catch went down to X", not "it
    comes down to X"; "the ship calls at X", not "margin calls at X"; "from there to X"; not "lost
    passengers to X"."""
    words = place_words()
    before = _CLAUSE_BEFORE_RE.search(chunk, max(0, start - 100), start)
    said = before.group(0).lower().split() if before else []
    first = locative.split()[0]
    if locative in words["particle_locatives"] or first == "road":
        # a verb of motion in the clause ("moving its line from X up to Y", "went down the road to X")
        moving = any(word in _motion_verbs() for word in said)
        # "customers moved across to X": a switch of supplier; "moved the line up to X": a journey
        # ("moved up to X", "moved down to X" go north or south: a journey too)
        switching = bool(said) and said[-1] in words["changes_not_routes"] and first in ("across", "round")
        return moving or (not switching and any(word in words["changes_not_routes"] for word in said))
    if first == "there":
        return said[-1:] == ["from"]
    if first in ("calls", "calling"):  # "the ship calls at X", "Nordbåt calls at X"; not "margin calls at X"
        caller = before.group(0).split()[-1:] if before else []
        return bool(caller) and (
            caller[0].lower() in words["callers"] or (caller[0][0].isupper() and caller[0].lower() not in common_words)
        )
    if first in ("passengers", "sailings", "crossings", "flights", "ferry", "ferries"):
        return not any(word in words["losing_verbs"] for word in said[-2:])
    return True


@functools.cache
def _motion_verbs() -> frozenset[str]:
    return frozenset(place_words()["motion_verbs"])


def _qualifies_a_noun(chunk: str, end: int) -> bool:
    """ "up to Kestrel staff", "down to Kestrel levels": a lower-case word after the name that no
    place's name is followed by makes it qualify that noun."""
    after = _WORD_AFTER_RE.match(chunk, end)
    return after is not None and after.group(1) not in place_words()["words_after_a_place"]


def _particle_opening(value: str) -> bool:
    """ "Van Wyksvlei", "La Junta": a name opening with a particle that opens places' names and people's."""
    return value.split(" ", 1)[0] in place_words()["particle_openings"] and " " in value


@functools.cache
def _unlisted_locatives() -> frozenset[str]:
    return frozenset(place_words()["unlisted_locatives"])


@functools.cache
def _worker_at_pattern() -> re.Pattern:
    workers = alternation(place_words()["workers_at_a_place"])
    return re.compile(rf"\b(?:{workers}) at ({_RUN}) for (?:the )?({_RUN}(?: (?:and|e|y|et) {_WORD}(?: {_WORD}){{0,3}})?)")


def _places_of_work_before_an_employer(context: _Context, offset: int, chunk: str) -> None:
    """ "a veterinary officer at Tessby for the Animal Health Service", "a buyer at Orvale for Kestrel and
    Sons": the name after "at" is where the worker works, a place known or not, the employer named after
    "for" (not a land or a town: "a manager at Kestrel for Asia" names the employer first). Only where the name
    after "for" is an organisation's, by a word of one ("Service", "Board", "Sons", "Ltd", "Conseil") or as the article
    knows it: "an engineer at Tessco for the Atlas programme", "an agent at Orvo for the Kessel family" work at
    a company."""
    from loaders.extract.entities.organisations import NAME_OPENINGS  # organisations reads the gazetteer too
    from loaders.extract.entities.people import has_given_name, person_shaped

    for match in _worker_at_pattern().finditer(chunk):
        value, employer = match.group(1), match.group(2)
        after = employer.split()[0]
        if (
            not (_an_organisation(context, employer) or after in NAME_OPENINGS)  # "the Conseil Consultatif X"
            or after in context.gazetteer
            or after in demonyms()
            or _an_organisation(context, value)
            or value in context.organisation_heads
            or (person_shaped(value) and has_given_name(value))
        ):
            continue
        context.add(offset + match.start(1), offset + match.end(1), "a place of work before its employer")


# A link's or a list's line: a bullet, a name, then a colon or a comma and a lower-case word or a capital
# ("- Tessby: farmers receive new boats", "• Orvale, the market opens again")
@functools.cache
def _link_bullets() -> str:
    """A character class of the bullets opening a list's line (`link_bullets`: "-", "•", and the chevrons and
    arrows of French and other pages, "» Tessby: ...")."""
    return "[" + "".join(re.escape(bullet) for bullet in place_words()["link_bullets"]) + "]"


@functools.cache
def _link_opening_re() -> re.Pattern:
    return re.compile(rf"(?:^|(?<=\n))[ \t]*{_link_bullets()}[ \t]+({_RUN})(?::|,)[ \t]+(?=\w)")


def _towns_opening_links(context: _Context, offset: int, chunk: str) -> None:
    """A related link's line opening with a town a list knows, then a colon or a comma, as a page's "Read also"
    block prints its towns' stories ("Read also:" / "- Tessby: farmers receive new boats"): the town. Only a line
    of a related-links block (after a heading `related_links_headings` opens, its bullet lines): a bullet list of
    results ("- Tessby: sales rose 3%") names companies and clubs as often as towns. A name no list knows, a given
    name ("- Ana: ..."), a name the article gives a body ("- Tessby Marine: shares rise"), or one the article
    prints outside the block but never as a place ("Tessby said on Monday ...") is none."""
    if context.link_lines is None:
        context.link_lines = _related_link_lines(context.article.text)
    block_lines, named_outside = context.link_lines
    if not block_lines:
        return
    for match in _link_opening_re().finditer(chunk):
        value = match.group(1)
        if (
            offset + match.start() in block_lines
            and _a_place_shaped_name(value)
            and context.a_town(value)
            and (value not in named_outside or value in context.place_names)
            and not _an_organisation(context, value)
            and not _a_companys_short_name(context, value)
        ):
            context.add(offset + match.start(1), offset + match.end(1), "town opening a link", town=True)


_SIGNER = rf"[{UPPER}][\w’'-]*\.?(?: [{UPPER}][\w’'-]*\.?){{0,2}}"  # "Ryan", "Fatima B.", "Claudette Orvane-Dell"


@functools.cache
def _signature_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A reader's letter's signature, "— Name, Town" on its own line or after the letter's closing quotation mark
    (group 1 the town), and a comment's heading line, "Name, Town – 27/11/2026 at 19:42" or "Name, Town · 1 h ago"
    (group 1 the signer, group 2 the town)."""
    dashes = "".join(re.escape(dash) for dash in place_words()["signature_dashes"])
    ages = "|".join(re.escape(unit) for unit in place_words()["comment_age_units"])
    letter = re.compile(rf"(?:^|(?<=\n)|(?<=[”\"])[ \t]+)[{dashes}][ \t]+{_SIGNER},[ \t]+({_RUN})[ \t]*(?=\n|$)")
    comment = re.compile(
        rf"(?:^|(?<=\n))[ \t]*({_SIGNER}),[ \t]+({_RUN})[ \t]+[{dashes}·|][ \t]+"
        rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d+[ \t]*(?:{ages})[ \t]+ago)\b"
    )
    return letter, comment


# (e27) an address's postcode of four or five digits after a comma or at a line's start, then a name and a comma, a
# dash, a bracket or the line's end ("Rue Haute, 41200 Tessby – Legal notice", "41200 Orvale, France")
_POSTCODE_AND_TOWN_RE = re.compile(rf"(?:^|(?<=\n)|(?<=,)[ \t])[ \t]*(\d{{4,5}})[ \t]+({_RUN})(?=[ \t]*(?:,|[–—-][ \t]|\(|\n|$))")
_YEARS = range(1800, 2101)  # "On 3 March, 2026 Tessa Orvale, ...": a year, no postcode, unless a list knows the town


def _towns_after_postcodes(context: _Context, offset: int, chunk: str) -> None:
    """(e27) The town after an address's postcode in a footer, a contact block or a masthead ("Rue Haute, 41200
    Tessby – Legal notice"), known or not; a name after a number that may be a year only where a list knows it, and
    none shaped like a person's or a body's."""
    for match in _POSTCODE_AND_TOWN_RE.finditer(chunk):
        value = match.group(2)
        if int(match.group(1)) in _YEARS and not context.a_town(value):
            continue
        if not _in_an_address(context, offset + match.start(1), offset + match.end(2)):
            continue  # "0700 Kelmor" in a tickers' list, "Sold, 4500 Tonnes, ...", "1500 Basic" in a price list
        if (
            not value.isupper()  # "1391 BS" (an era's year), "6120 JP ORVALE" (a ticker's code and a company)
            and value.split(" ", 1)[0] not in place_words()["street_openings"]  # "318 Rue Tessa Nord": a street
            and _a_place_shaped_name(value)
            and _place_shaped(value)
            and not _an_organisation(context, value)
        ):
            context.add(offset + match.start(2), offset + match.end(2), "town after a postcode", town=True)


@functools.cache
def _address_patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """A post box and its number ("BP 412"), a page's contact, legal or copyright words (`post_box_words`,
    `address_cues`), and the words opening or ending a street's name (`street_openings`)."""
    boxes = alternation(place_words()["post_box_words"])
    cues = alternation(place_words()["address_cues"])
    return (
        re.compile(rf"(?<![\w.])(?:{boxes})[ \t]*\d", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE),
        frozenset(place_words()["street_openings"]),
    )


_COUNTRY_AFTER_RE = re.compile(rf"[ \t]*,[ \t]*({_RUN})")


def _in_an_address(context: _Context, start: int, end: int) -> bool:
    """(review of e27) A postcode (at `start`) and its town (ending at `end`) inside an address: a street's word or a
    post box on the line before the postcode or the line before that, a country after the town, or a contact,
    legal or copyright word on the line."""
    text = context.article.text
    line_start = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)  # (a bounded look)
    line_end = text.find("\n", end, end + 300)
    line_end = min(len(text), end + 300) if line_end < 0 else line_end
    previous = text[max(0, line_start - 200) : max(0, line_start - 1)].rsplit("\n", 1)[-1]
    box, cue, streets = _address_patterns()
    before = f"{previous}\n{text[line_start:start]}"
    if box.search(before) or any(word.strip(",") in streets for word in before.split()):
        return True  # "9 Rue Haute, 41200 Tessby", "BP 412, 98713 Tessby"
    country = _COUNTRY_AFTER_RE.match(text, end)
    if country and context.gazetteer.get(country.group(1), ("", ""))[1] == "country":
        return True  # "41200 Tessby, France"
    return cue.search(text, line_start, line_end) is not None


def _towns_signing_letters_and_comments(context: _Context, offset: int, chunk: str) -> None:
    """(e27) The town of a reader's letter's or comment's signature ("— Ryan, Tessby" after the letter, "Ahmed,
    Orvale – 27/11/2026 at 19:42" above the comment), known or not: a page prints there where its reader lives.
    A second half that is a title, a body's name or word, a given name (a name printed surname first, "Orvale,
    Tessa") or a weekday is none; a list of people on a line has no dash before it and no date after it."""
    letter, comment = _signature_patterns()
    for pattern in (letter, comment):
        for match in pattern.finditer(chunk):
            group = 1 if pattern is letter else 2
            value = match.group(group)
            if pattern is comment and not _a_commenters_name(context, match.group(1)):
                continue  # "Kelmor Ltd, Annual Report – 27/11/2026", "Sales, Marketing – ...": no commenter
            if pattern is letter and not _after_a_readers_letter(context.article.text, offset + match.start()):
                continue  # "- Jo Hale, Farmer" in a list, "— Ana Lima, Staff Reporter" under a story: no letter
            if (
                _a_place_shaped_name(value)
                and _place_shaped(value)
                and not _an_organisation(context, value)
                and not _a_signers_role(value)
                and not _a_companys_short_name(context, value)  # "— Jo Hale, Kelmor" of "Kelmor Foods said ..."
                and not _acting_elsewhere(context, value)  # "Kelmor said ..." earlier
            ):
                context.add(offset + match.start(group), offset + match.end(group), "town of a reader's signature", town=True)


def _a_commenters_name(context: _Context, signer: str) -> bool:
    """(review of e27) A comment heading's first half that may be a reader's name: no body's name or word, no legal
    form, and no common word alone ("Sales", "Finance": a department)."""
    words = signer.split()
    return not (
        _an_organisation(context, signer)
        or any(word in LEGAL_FORMS for word in words)
        or (len(words) == 1 and signer.lower() in context.common_words)
    )


_CLOSING_QUOTES = '”"»'


def _after_a_readers_letter(text: str, start: int) -> bool:
    """(review of e27) A signature right after a reader's letter: its closing quotation mark on the signature's line
    before the dash, or ending the last line before it that is not blank."""
    line_start = text.rfind("\n", 0, start + 1) + 1 if text[start : start + 1] != "\n" else start + 1
    if text[line_start:start].rstrip()[-1:] in tuple(_CLOSING_QUOTES):
        return True  # '"..." — Jo Hale, Tessby'
    before = text[max(0, line_start - 2000) : line_start].rstrip()
    return before[-1:] in tuple(_CLOSING_QUOTES)


@functools.cache
def _signature_role_words() -> frozenset[str]:
    return frozenset(word.lower() for word in place_words()["signature_roles"]) | frozenset(
        word.lower() for word in place_words()["party_words"]
    )


def _a_signers_role(value: str) -> bool:
    """(review of e27) A signature's second half naming the signer's role, trade, party or standing ("Staff
    Reporter", "Farmer", "Labour", "Guest", `signature_roles`), or an agency's capitals ("AFP"): no town."""
    words = value.lower().split()
    return (
        bool(set(words) & _signature_role_words())
        or ROLE_RE.fullmatch(value) is not None
        or (value.isupper() and " " not in value)
    )


def _acting_elsewhere(context: _Context, value: str) -> bool:
    """(review of e27) The name printed elsewhere in the article as a speaker or an actor ("Kelmor said ...",
    "Kelmor reported ..."): a body, no reader's town. The names before such a verb are read once per article, in one
    pass (each run adds at most four of its last words)."""
    from loaders.extract.entities.organisations import acts_as_a_company  # organisations reads places too

    if context.acting_names is None:
        text = context.article.text
        found: set[str] = set()
        for run in _MAXIMAL_RUN_RE.finditer(text):
            if acts_as_a_company(text, run.end()):
                words = run.group(0).split(" ")[-4:]
                found.update(" ".join(words[-size:]) for size in range(1, len(words) + 1))
        context.acting_names = frozenset(found)
    return value in context.acting_names


@functools.cache
def _links_heading_pattern() -> re.Pattern:
    """A related-links block's heading line: one of `related_links_headings` opening a short line with no full stop
    ("Read also:", "READ ALSO", "Related news", "ALSO IN ECONOMY"), or ending one after a slash or a bar that follows
    a few words of the page's own language ("Baca juga / Read also:"; a bilingual page's heading)."""
    headings = "|".join(re.escape(words) for words in sorted(place_words()["related_links_headings"], key=len, reverse=True))
    return re.compile(
        rf"[ \t]*(?:(?i:{headings})\b[^\n.]{{0,60}}|[^\n/|.:\d]{{1,40}}[/|][ \t]*(?i:{headings})[ \t]*[:–-]?[ \t]*)"
    )


@functools.cache
def _bullet_line_re() -> re.Pattern:
    return re.compile(rf"[ \t]*{_link_bullets()}[ \t]")


def _related_link_lines(text: str) -> tuple[frozenset[int], frozenset[str]]:
    """The starts of the bullet lines of every related-links block (a heading line, then bullet lines, blank lines
    between them allowed, up to the first other line), and every run of one to four capitalised words printed
    outside such lines: one pass over the article's lines."""
    heading = _links_heading_pattern()
    block: set[int] = set()
    outside: list[str] = []
    in_block = False
    start = 0
    for line in text.split("\n"):
        if heading.fullmatch(line):
            in_block = True
        elif in_block and _bullet_line_re().match(line):
            block.add(start)
        elif line.strip():
            in_block = False
            outside.append(line)
        start += len(line) + 1
    if not block:
        return frozenset(), frozenset()
    named: set[str] = set()
    for run in _MAXIMAL_RUN_RE.finditer("\n".join(outside)):
        words = run.group(0).split(" ")
        for size in range(1, 5):
            named.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return frozenset(block), frozenset(named)


def _a_companys_short_name(context: _Context, value: str) -> bool:
    """A town's name the article prints elsewhere as a longer name's last words ("Automobiles Tessby", "Maison Orvale"),
    or gives a company as its first or last words: a company named after the town, whose short form a link or a
    list line prints alone ("- Tessby: the new van, a costly bet"). (Not after a function word, a compass word or
    a word of towns' names: "In Tessby", "East Tessby", "Port Tessby".)"""
    if context.names_after_a_name is None:
        context.names_after_a_name = _names_after_a_name(context.article.text, context.organisation_names)
    return value in context.names_after_a_name


_NAME_AFTER_A_NAME_RE = re.compile(rf"(?<![\w’'.-])([{UPPER}][\w’'-]*) (?=[{UPPER}])")
_NAME_WORDS_RE = re.compile(rf"[{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*){{0,3}}")


def _names_after_a_name(text: str, organisation_names: set[str]) -> frozenset[str]:
    """Every run of one to four capitalised words printed right after another capitalised word (no function word,
    compass word or word of towns' names), and every organisation's name's first and last words: read once per
    article, in one pass (each name after a name adds at most four runs)."""
    found: set[str] = set()
    for before in _NAME_AFTER_A_NAME_RE.finditer(text):
        word = before.group(1)
        if word.lower() in _SMALL_WORDS or word in demonyms() or word in _town_name_words():
            continue
        run = _NAME_WORDS_RE.match(text, before.end())
        if run:
            words = run.group(0).split(" ")
            found.update(" ".join(words[:size]) for size in range(1, len(words) + 1))
    for name in organisation_names:
        words = name.split(" ")
        found.update(" ".join(words[:size]) for size in range(1, len(words)))
        found.update(" ".join(words[-size:]) for size in range(1, len(words)))
    return frozenset(found)


@functools.cache
def _growers_of_pattern() -> re.Pattern:
    """ "the producers of X, Y and Z", "farmers of X and Y": people who live, grow or make there, "of" and a name."""
    w = place_words()
    nouns = sorted(word for word in {*w["at_residents"], *w["people_of_a_region"], *w["from_residents"]} if " " not in word)
    return re.compile(rf"\b(?i:{'|'.join(nouns)}) of ({_RUN})")


def _known_towns_listed_after_growers_of(context: _Context, offset: int, chunk: str) -> None:
    """After a noun of residents, growers or producers and "of", a list closed by "and" or "or" whose every name is
    a town a list knows ("the producers of Tirebolu, Görele and Espiye"): the towns. A list holding one name no list
    knows as a town ("of Tessby and Orvale Mills"), a given name or a body's name is none of it."""
    _, _, _, listed = _context_patterns()
    for match in _growers_of_pattern().finditer(chunk):
        members, closed = _listed_from(chunk, match, listed)
        values = [chunk[start:end] for start, end in members]
        if (
            closed
            and len(members) >= 2
            and all(
                (
                    (_a_place_shaped_name(v) and context.a_town(v))
                    # (m19) a first-level division named like a person among them ("the growers of Kayanza, Ngozi and
                    # Muramvya": Burundi's province, a given name too) is one of the places, as after "in"
                    or v in divisions_named_like_people()
                )
                and not _an_organisation(context, v)
                for v in values
            )
        ):
            for start, end in members:
                context.add(offset + start, offset + end, "known towns listed after their growers", town=True)


def _an_organisation(context: _Context, value: str) -> bool:
    """A name the article knows as an organisation's, or one holding an organisation's word."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads the gazetteer too

    return value in context.organisation_names or bool(set(value.split()) & ORGANISATION_WORDS)


def _place_shaped(value: str) -> bool:
    """A name no list knows that may be a town's: no given name first ("Anna Berg"), no organisation's word."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads the gazetteer too

    words = value.split()
    return (
        not _given_name_first(value)
        and not (set(words) & ORGANISATION_WORDS)
        and not any(word.endswith("s") and word[:-1] in ORGANISATION_WORDS for word in words)  # "Orvale Cooperatives"
        and not (set(words) & _TITLE_WORDS)
        and words[0] not in _body_openings()  # "Team Orvale": a team's name
        and not _POSSESSIVE_END_RE.search(value)  # "Orvale Water's land team": an owner of what follows
    )


def _given_name_first(value: str, first_word_only: bool = True) -> bool:
    """Whether a name's first word (or, not `first_word_only`, all of it up to a hyphen) is a given name
    ("Anna Berg", "Ana-Maria Lupu"), not where a settlement's word follows it after a hyphen ("Yusuf-Abad",
    "Karim-Obod", "Rahim-Pur": a village named after a man)."""
    head, _, tail = (value.split()[0] if first_word_only else value).partition("-")
    return head in _all_given_names() and tail.split(" ")[0] not in _hyphenated_settlement_endings()


@functools.cache
def _hyphenated_settlement_endings() -> frozenset[str]:
    return frozenset(place_words()["hyphenated_settlement_endings"])


@functools.cache
def _body_openings() -> frozenset[str]:
    return frozenset(place_words()["body_openings"])


def _before_a_date(value: str) -> str:
    """ "Orvale on Thursday": a run that takes a particle goes on into a date, no part of the name."""
    words = value.split()
    for index, word in enumerate(words):
        if index and word in NOT_NAMES:
            return " ".join(words[: index - 1 if re.fullmatch(_PARTICLE, words[index - 1]) else index])
    return value


@functools.cache
def _owners_from_pattern() -> re.Pattern:
    owners = "|".join(place_words()["owners_from"])
    return re.compile(rf"\b(?i:a|an) (?:[a-z]+ ){{0,2}}(?:{owners}) from ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _towns_of_owners(context: _Context, offset: int, chunk: str) -> None:
    """ "a family firm from Orvale": the town a business comes from, known or not."""
    for match in _owners_from_pattern().finditer(chunk):
        value = _before_a_date(match.group(1))
        if value and _place_shaped(value):
            context.add(offset + match.start(1), offset + match.start(1) + len(value), "town of an owner", town=True)
    for match in _person_from_pattern().finditer(chunk):  # "a farmer from Tessmoor": a village, known or not
        value = _before_a_date(match.group(1))
        if value and _place_shaped(value) and value not in context.organisation_names:
            context.add(offset + match.start(1), offset + match.start(1) + len(value), "village of a person", town=True)
    from loaders.extract.entities.people import has_given_name  # people reads the gazetteer too

    for match in _villager_of_pattern().finditer(chunk):  # "a fisherman of Tessby": his village, known or not
        value = match.group(1)
        if (
            _place_shaped(value)
            and value.lower() not in context.common_words  # (e28 review L1) "a herder of Goats" in Title Case
            and value not in context.organisation_first_words  # "Kestrel" of "Kestrel Fish"
            and not _an_organisation(context, value)
            and not has_given_name(value)
        ):
            context.add(offset + match.start(1), offset + match.end(1), "village of a person", town=True)

    for match in _person_of_pattern().finditer(chunk):  # "contractor Jo Hale of Tessmoor": the person's village
        value = _before_a_date(match.group(2))
        if (
            value
            and " " not in value  # (a longer name may be a business's: "Jo Hale of Tessmoor Civils")
            and has_given_name(match.group(1))
            and _place_shaped(value)
            and not _an_organisation(context, value)
        ):
            context.add(offset + match.start(2), offset + match.start(2) + len(value), "village of a person", town=True)


@functools.cache
def _grown_at_pattern() -> re.Pattern:
    verbs = "|".join(place_words()["grown_at_verbs"])
    return re.compile(rf"\b(?:{verbs}) (?:on|in|at|near|around) ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _places_of_crops(context: _Context, offset: int, chunk: str) -> None:
    """ "coffee grown on Velmora", "kelp harvested at Vessak": where a crop or a catch comes from, known or not."""
    for match in _grown_at_pattern().finditer(chunk):
        value = _before_a_date(match.group(1))
        if (
            value
            and _place_shaped(value)
            and value not in context.organisation_names
            and not (len(value.split()) == 1 and value.lower() in context.common_words)
            and not any(character.isdigit() for character in value)
        ):
            context.add(offset + match.start(1), offset + match.start(1) + len(value), "where a crop is grown", town=True)


# "a producer on Santo Antão in Cape Verde", "a farm on Tessay off Scotland": a name after "on", then
# "in" or "off" and a country, state or region a list knows
# (not after a verb's past or its -ing form: "worked on Kestrel in Spain", "focusing on Kestrel in Spain")
_ON_AN_ISLAND_RE = re.compile(rf"(?<!ed)(?<!ing) on ({_RUN}),? (in|off) (?:the )?({_RUN})(?![ -]?{_WORD}|[’']s\b)")
_ISLAND_SIGN_REACH = 40  # characters before "on" a producer or a site is looked for


@functools.cache
def island_sign_before() -> re.Pattern:
    """A producer or a site right before "on" ("a seaweed processor on", "the works on"): an island's name
    follows. A bare "on" does not say so ("pressure on Kestrel", "bets on Kestrel")."""
    nouns = {
        *vocab_words("names", "producers_on_an_island"),
        *place_words()["sites_at_a_place"],
        *place_words()["owned_site_nouns"],
    }
    # (capitalised too, ending a site's name: "Kilnaughton Distillery on Islay")
    return re.compile(rf"\b(?:{'|'.join(f'(?i:{noun[0]}){noun[1:]}' for noun in sorted(nouns))})\s+on\s+$")


_OF_A_COUNTRY = frozenset({"country", "state", "region"})
_SAINT_OPENINGS = frozenset(vocab_words("names", "saint_openings"))  # "Santo Antão": a saint's name, no person's


_FROM_A_TOWN_RE = re.compile(rf" from ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _towns_of_named_businesses(context: _Context, offset: int, chunk: str) -> None:
    """ "Qaleraq Seafood from Sisimiut bought": a town of the lists right after an organisation's name
    and "from" is where the business comes from."""
    for match in _FROM_A_TOWN_RE.finditer(chunk):
        value = match.group(1)
        if offset + match.start() in context.organisation_ends and context.a_town(value):
            context.add(offset + match.start(1), offset + match.end(1), "town of a business named before")


def _islands_in_a_country(context: _Context, offset: int, chunk: str) -> None:
    """ "on Santo Antão in Cape Verde": an island, known or not, in the country a list knows."""
    for match in _ON_AN_ISLAND_RE.finditer(chunk):
        value, country = match.group(1), match.group(3)
        if (
            context.gazetteer.get(country, ("", ""))[1] in _OF_A_COUNTRY
            # "off" a country, or "in" it after a producer or a site ("a distillery on X in Portugal"); not
            # after any noun: "a report on Kestrel in France", "the ban on Kestrel in Spain" name a company
            and (
                match.group(2) == "off"
                or island_sign_before().search(chunk, max(0, match.start() - _ISLAND_SIGN_REACH), match.start() + 4)
            )
            and value not in context.gazetteer
            and value not in _TIMES
            and not (" " not in value and value.lower() in context.common_words)
            and not _an_organisation(context, value)
            and (_place_shaped(value) or value.split()[0] in _SAINT_OPENINGS)
        ):
            context.add(offset + match.start(1), offset + match.end(1), "island in a country")


@functools.cache
def _person_of_pattern() -> re.Pattern:
    # (behind the test of a word's start: the same matches; the trades are a case-blind group, whose first letters'
    # other cases a test of first letters does not read)
    return word_start_regex(rf"\b{VILLAGER_TRADES} ({_WORD} {_WORD}),? of ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


@functools.cache
def _person_from_pattern() -> re.Pattern:
    people = "|".join(place_words()["person_from"])
    return re.compile(rf"\b(?i:a|an) (?:[a-z]+ ){{0,2}}(?:{people}) from ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


@functools.cache
def _villager_of_pattern() -> re.Pattern:
    """(e28) "a fisherman of Tessby", "an islander of Orvu": a villager's trade, "of" and one name."""
    people = "|".join(place_words()["villagers_of"])
    return re.compile(rf"\b(?i:a|an) (?:[a-z]+ ){{0,2}}(?:{people}) of ({_WORD})(?![ -]?{_WORD}|[’'-]|\.\w)")


@functools.cache
def _bearings_pattern() -> re.Pattern:
    bearings = "|".join(re.escape(w) for w in sorted(place_words()["bearings_of"], key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{bearings}) of (the )?({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _towns_of_bearings(context: _Context, offset: int, chunk: str) -> None:
    """ "ten miles west of Tessby", "upstream of Darvey": a compass bearing in lower case, "of" and a
    name, known or not, shaped like no person's or organisation's."""
    for match in _bearings_pattern().finditer(chunk):
        value = _before_a_date(match.group(2))
        if match.group(1) and (" " in value or value.lower() in context.common_words):
            continue  # after "the", one word and no ordinary one: a river's ("south of the Tessen"), not "the Border"
        if value and (context.a_town(value) or _place_shaped(value)):
            context.add(offset + match.start(2), offset + match.start(2) + len(value), "town of a bearing", town=True)


@functools.cache
def _owned_site_pattern() -> re.Pattern:
    nouns = "|".join(place_words()["owned_site_nouns"])
    return re.compile(rf"\b(?:its|their) (?:[a-z]+ )?({_RUN}) (?:[a-z-]+ )?(?:{nouns})\b")


def _places_of_owned_sites(context: _Context, offset: int, chunk: str) -> None:
    """ "its Navutu mill", "its flagship Yarrabin spodumene mine": where a business's own site is."""
    for match in _owned_site_pattern().finditer(chunk):
        value = match.group(1)
        if _place_shaped(value) and not (len(value.split()) == 1 and value.lower() in context.common_words):
            context.add(offset + match.start(1), offset + match.end(1), "place of a business's site")


@functools.cache
def _town_business_patterns() -> tuple[re.Pattern, re.Pattern]:
    nouns = "|".join(place_words()["town_business_nouns"])
    # (no "and" between: "finance house Larkspur and law firm Wright Hassall" qualifies no firm by Larkspur)
    before_a_name = re.compile(rf"(?<![\w’'-])({_RUN}) (?:(?!and |or )[a-z-]+ ){{0,2}}?(?:{nouns}|company|group) [{UPPER}]")
    after_an_article = first_character_regex(rf"\b(?:a|an) ({_RUN}) (?:[a-z-]+ ){{0,2}}?(?:{nouns})\b")  # ("a" first)
    return before_a_name, after_an_article


def _towns_qualifying_a_business(context: _Context, offset: int, chunk: str) -> None:
    """ "a Redruth firm", "the Porto engineering firm Ferreira & Lobo", "Ndola fabricator Kaputa Steel":
    a town of the full list qualifying a kind of business is a place, no company's name; "a Tessby
    bakery": a trade only a town qualifies, the town known or not."""
    for before_a_name, pattern in zip((True, False), _town_business_patterns(), strict=True):
        for match in pattern.finditer(chunk):
            words = _without_leading_function_words(match.group(1).split())
            value = " ".join(words)
            # before the business's own name, a town named like a person too ("the Darwin law firm
            # Halloran Stacey"): no person's given name alone qualifies a firm
            if value and context.a_town(value, given_name_too=before_a_name and " " not in value):
                end = offset + match.end(1)
                context.add(end - len(value), end, "town qualifying a business", town=True)
    if context.organisation_starts:
        for match in _trade_before_a_business_pattern().finditer(chunk):
            value = " ".join(_without_leading_function_words(match.group(1).split()))
            if (
                value
                and offset + match.end() in context.organisation_starts
                and _place_shaped(value)
                and not (len(value.split()) == 1 and value.lower() in context.common_words)
            ):  # "Stornoway engineers Arnish Cold Solutions": a town no list knows, the business named after
                end = offset + match.end(1)
                context.add(end - len(value), end, "town qualifying a named business")
    for match in _town_only_business_pattern().finditer(chunk):
        value = match.group(1)
        if _place_shaped(value) and not (len(value.split()) == 1 and value.lower() in context.common_words):
            context.add(offset + match.start(1), offset + match.end(1), "town qualifying a local trade")


@functools.cache
def _trade_before_a_business_pattern() -> re.Pattern:
    trades = "|".join(place_words()["trades_before_a_business"])
    return re.compile(rf"(?<![\w’'-])({_RUN}) (?:{trades}) (?=[{UPPER}])")


@functools.cache
def _town_only_business_pattern() -> re.Pattern:
    nouns = "|".join(place_words()["town_only_business_nouns"])
    return re.compile(rf"\b(?:a|an) ({_RUN}) (?:[a-z-]+ ){{0,2}}?(?:{nouns})\b")


@functools.cache
def _at_residents_pattern() -> re.Pattern:
    residents = "|".join(place_words()["at_residents"])
    return re.compile(rf"\b(?i:{residents}) at ({_RUN})")


def _sites_in_a_list(context: _Context, offset: int, chunk: str) -> None:
    """ "branches at Orvale, Tessby and Darvey", "farmers at Lennock and Darvey": the names of a list
    closed by "and" after a business's sites or a place's people and "at" are places, known or not."""
    _, _, _, listed = _context_patterns()
    matches = sorted([*_sites_list_pattern().finditer(chunk), *_at_residents_pattern().finditer(chunk)], key=re.Match.start)
    for match in matches:
        members, closed = _listed_from(chunk, match, listed)
        # (a name read as a place by its kind already: "Wesley Vale")
        if closed and all(_place_shaped(chunk[a:b]) or context.placed_at(offset + a, offset + b) for a, b in members):
            for start, end in members:
                context.add(offset + start, offset + end, "sites in a list", town=True)


_SETTLEMENT_LOCATIVE_RE = re.compile(rf"\b(?:at|in|near|around) ({_RUN})")


@functools.cache
def _settlements_of_pattern() -> re.Pattern:
    """ "the villages of X, Y and Z", "the regencies of X, Y and Z": a settlements' noun or a division's plural,
    "of" and a name."""
    words = place_words()
    nouns = sorted({*words["settlement_nouns"], *words["divisions_of_a_list"], *words["islands_of_a_list"]})
    return re.compile(rf"\b(?:{'|'.join(nouns)}) of ({_RUN})")


@functools.cache
def _settlements_in_apposition_pattern() -> re.Pattern:
    """(e29) A settlements' plural noun, what says where they lie in lower-case words, a comma and the first name of a
    list: "the villages of the hinterland, Urrugne, ...", "the hamlets along the coast, X, ..."."""
    plural = "|".join(place_words()["settlement_nouns"])
    where = "|".join(place_words()["settlement_apposition_where"])
    return re.compile(rf"\b(?:{plural})(?: (?:{where}) (?:the )?[a-z-]+(?: [a-z-]+)?)?, ({_RUN})")


# (e29 review M2) An apposition closes with a pause or the sentence's end, not a verb
_APPOSITION_CLOSED_RE = re.compile(r"[,.;:!?)]|[^\S\n]*(?:\n|$)")


@functools.cache
def _settlement_patterns() -> tuple[re.Pattern, re.Pattern]:
    plural = "|".join(place_words()["settlement_nouns"])
    single = "|".join(place_words()["settlement_noun"])
    # a settlements' noun earlier in the sentence ("the villages along the river, at X, Y and Z")
    listed = re.compile(rf"\b(?:{plural})\b([^.!?;:\n]{{0,200}})$")
    # "Tessby, a district south of Orvane": the name, a comma, an article and a settlement's noun, then
    # what says where it lies or a pause
    apposition = re.compile(
        rf"(?<![\w’'-])({_RUN}), (?:a|an|the) (?:(?!(?:in|of|on|at|for|with|from|by|to) )[a-z-]+ ){{0,2}}?(?:{single})"
        rf"(?=[,.;]| (?:{'|'.join(place_words()['settlement_apposition_placers'])})\b)"
    )
    return listed, apposition


_WORD_RE = re.compile(r"[\w’'-]+")


def _a_clause_between(gap: str) -> bool:
    """Whether the words between a settlements' noun and a locative hold a verb of their own clause
    ("are employed", "invested", ", who bank"): then the locative is the verb's, and what follows it
    may be employers or banks ("workers from the villages are employed at X, Y and Z")."""
    words_ = place_words()
    clause_words = frozenset(words_["settlement_clause_words"])
    participles = frozenset(words_["settlement_participles"])
    for word in _WORD_RE.findall(gap.lower()):
        if word in clause_words or (word.endswith("ed") and len(word) > 4 and word not in participles):
            return True
    return False


def _people_of_a_nation(value: str) -> bool:
    """ "Native Americans", "Filipinos": a people named by a nation's adjective, plural, no settlement."""
    last = value.split()[-1]
    return last.endswith("s") and (last[:-1] in demonyms() or last[:-2] in demonyms())


def _places_listed_after_settlements(context: _Context, offset: int, chunk: str) -> None:
    """ "the villages along the Danube, at Orvane, Tessby and Kelmoor": after a settlements' noun in
    the sentence, the names of a list closed by "and" after a locative are places, known or not (a
    lone name is one where a list knows the town); "Tessby, a district south of Orvane": a name
    described as a settlement is a place."""
    from loaders.extract.entities.people import has_given_name, person_shaped

    settlements_before, apposition = _settlement_patterns()
    _, _, _, listed = _context_patterns()
    position = 0
    for match in _SETTLEMENT_LOCATIVE_RE.finditer(chunk):
        if match.start() < position:
            continue
        settlements = settlements_before.search(chunk, max(0, match.start() - 200), match.start())
        if settlements is None or _a_clause_between(settlements.group(1)):
            continue
        members, closed = _listed_from(chunk, match, listed)
        position = members[-1][1]
        for start, end in members:
            value = chunk[start:end]
            if (
                (closed or context.a_town(value))
                and _place_shaped(value)
                and not (person_shaped(value) and has_given_name(value))
                and not _an_organisation(context, value)
                and not _POSSESSIVE_RE.match(chunk, end)
                and value not in _TIMES
            ):
                context.add(offset + start, offset + end, "places listed after settlements", town=True)
    if ", " in chunk:
        for match in _settlements_in_apposition_pattern().finditer(chunk):
            # (e29) "the small villages of the hinterland, Urrugne, Biriatou, Ascain and Sare": the settlements' list in
            # apposition, closed by "and" or "or", its names places, known or not
            members, closed = _listed_from(chunk, match, listed)
            if not closed or len(members) < 2:
                continue
            if not _APPOSITION_CLOSED_RE.match(chunk, members[-1][1]):
                continue  # (e29 review M2) "Across the towns of the region, X, Y and Z cut prices": a verb's subject
            values = [chunk[start:end] for start, end in members]
            if any(
                not _place_shaped(value) or (person_shaped(value) and has_given_name(value)) or _an_organisation(context, value)
                for value in values
            ):
                continue  # "the towns of the valley, Kestrel Foods and Orvale": a company in the list, no settlements'
            for start, end in members:
                context.add(offset + start, offset + end, "places listed after settlements", town=True)
    for match in _settlements_of_pattern().finditer(chunk):
        # "the ejidos of Juan José Ríos, Gabriel Leyva Solano and Adolfo Ruiz Cortines": the settlements'
        # own names, named like people or not
        members, _ = _listed_from(chunk, match, listed)
        islands = chunk[match.start() : match.start(1)].split()[0] in place_words()["islands_of_a_list"]
        for start, end in members:
            value = chunk[start:end]
            if (
                not _an_organisation(context, value)
                # (an island's owner: "the islands of Tessa Orvale"; "Orvale's islands")
                # (an island named like a given name alone is an island: "the islands of Flores and Corvo"; not one
                # opening a company's name the article prints, "Tessa Beef Processors ... the islands of Tessa and Orvo")
                and not (
                    islands
                    and (
                        (" " in value and has_given_name(value))
                        or _POSSESSIVE_END_RE.search(value)
                        or value in context.organisation_first_words
                    )
                )
                and not _people_of_a_nation(value)  # "communities of Native Americans"
                and not (set(value.split()) & _TITLE_WORDS)
                and not _POSSESSIVE_RE.match(chunk, end)
                and value not in _TIMES
            ):
                context.add(offset + start, offset + end, "places listed after settlements", town=True)
    if ", " not in chunk:
        return
    for match in apposition.finditer(chunk):
        parts = _without_leading_function_words(match.group(1).split())
        name = " ".join(parts)
        # (named like a person or not: "Anna Regina, a town on the coast", described as a settlement)
        if (
            parts
            and not _an_organisation(context, name)
            and not (set(parts) & _TITLE_WORDS)
            and not _POSSESSIVE_END_RE.search(name)
        ):
            end = offset + match.end(1)
            context.add(end - len(name), end, "a name described as a settlement")


@functools.cache
def _site_at_pattern() -> re.Pattern:
    nouns = "|".join(place_words()["sites_at_a_place"])
    return re.compile(rf"\b(?:{nouns}) at ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _places_of_sites_at(context: _Context, offset: int, chunk: str) -> None:
    """ "the fish plant at Tessby", "a receiving station at Orvale": a working site's place, known or
    not (a business is seldom said to have a plant at another company)."""
    for match in _site_at_pattern().finditer(chunk):
        value = _before_a_date(match.group(1))
        if (
            value
            and _place_shaped(value)
            and not (len(value.split()) == 1 and value.lower() in context.common_words)
            and not any(character.isdigit() for character in value)
            # (a contractor's works: "two plants at Foxconn" where the article names Foxconn a body)
            and not _an_organisation(context, value)
            and value not in context.organisation_openings
        ):
            context.add(offset + match.start(1), offset + match.start(1) + len(value), SITE_AT_RULE)


@functools.cache
def _old_site_pattern() -> re.Pattern:
    nouns = "|".join(place_words()["owned_site_nouns"])
    return re.compile(rf"\bthe (?:old|former) ({_RUN}) (?:[a-z-]+ )?(?:{nouns})\b")


def _places_of_old_sites(context: _Context, offset: int, chunk: str) -> None:
    """ "the old Tessby plant", "the former Orvale knitwear unit": a site remembered by its place."""
    for match in _old_site_pattern().finditer(chunk):
        value = match.group(1)
        if _place_shaped(value) and not (len(value.split()) == 1 and value.lower() in context.common_words):
            context.add(offset + match.start(1), offset + match.end(1), "place of an old site")


@functools.cache
def _sites_list_pattern() -> re.Pattern:
    sites = "|".join(vocab_words("organisations", "sites"))
    return re.compile(rf"\b(?:{sites}) at ({_RUN})")


@functools.cache
def _riverside_pattern() -> re.Pattern:
    """ "the plant on the Maullín", "farmers on the Towy": one name after a site's noun and "on the"."""
    nouns = "|".join(place_words()["riverside_nouns"])
    return re.compile(rf"\b(?i:{nouns}) (?:on|along) the ({_WORD})(?![ -]?{_WORD}|[’']s\b|\w)")


@functools.cache
def _off_pattern() -> re.Pattern:
    sea = "|".join(place_words()["sea_before_off"])
    return re.compile(rf"\b(?:{sea})(?: [a-z]+)? off ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _places_off_the_coast(context: _Context, offset: int, chunk: str) -> None:
    """ "fishing off Tessay", "a storm off Orvale Head": what happens at sea off a headland, an
    island or a coast (one word between at most: "waited two days off Tessay" is not read)."""
    _, _, _, listed = _context_patterns()
    for match in _off_pattern().finditer(chunk):
        members = [(match.start(1), match.end(1))]
        # "fishing off Tessay and Orrin": a list closed by "and"
        if (more := listed.match(chunk, match.end(1))) and more.group(0).lstrip(",").startswith(" and"):
            members.append((more.start(1), more.end(1)))
        for start, end in members:
            value = _before_a_date(chunk[start:end])
            if value and _place_shaped(value) and not (len(value.split()) == 1 and value.lower() in context.common_words):
                context.add(offset + start, offset + start + len(value), "place off the coast")


def _rivers_of_sites(context: _Context, offset: int, chunk: str) -> None:
    for match in _riverside_pattern().finditer(chunk):
        if _place_shaped(match.group(1)):
            context.add(offset + match.start(1), offset + match.end(1), "river of a site")


# "... and the villages around Pellmoor": a list of names closed by the villages or towns near a place
_VILLAGES_TAIL_RE = re.compile(
    r",? and (?:the )?(?:other |nearby |surrounding )?(?:villages|towns|hamlets|communities|compounds|townships|suburbs"
    r"|settlements)\b"
)
_FROM_RE = re.compile(rf"\bfrom ({_RUN})")


@functools.cache
def _residents_before() -> re.Pattern:
    residents = "|".join(place_words()["from_residents"])
    return re.compile(rf"\b(?:{residents}) $", re.IGNORECASE)


@functools.cache
def _change_before() -> re.Pattern:
    changes = "|".join(place_words()["changes_not_routes"])
    return re.compile(rf"\b(?:{changes})(?: [a-z]+)? $", re.IGNORECASE)


@functools.cache
def _route_before() -> re.Pattern:
    routes = "|".join(place_words()["route_nouns"])
    return re.compile(rf"\b(?:{routes})(?: service| link)? $", re.IGNORECASE)


@functools.cache
def _road_through_before() -> re.Pattern:
    roads = "|".join(place_words()["roads_through"])
    return re.compile(rf"\b(?:{roads}) $", re.IGNORECASE)


_FIGURE_BEFORE_RE = re.compile(r"\d\s+$")


def _route_names_places(chunk: str, route: re.Match, known: list[bool]) -> bool:
    """A route noun before "between" names two places; a measure only after a figure ("the 40
    kilometres between"), a noun said of time too ("the stretch between") only where one is known."""
    noun = route.group(0).split()[0].lower()
    if noun in place_words()["measures_between"]:
        return _FIGURE_BEFORE_RE.search(chunk, max(0, route.start() - 4), route.start()) is not None
    if noun in place_words()["spans_of_time_too"] or noun in place_words()["waters_between"]:
        return any(known)
    return True


@functools.cache
def _route_after_pattern() -> re.Pattern:
    routes = "|".join(place_words()["route_nouns"])
    return re.compile(rf"\bthe ({_WORD}(?: {_WORD})?) to ({_WORD}(?: {_WORD})?) (?:{routes})\b")


@functools.cache
def _origin_before() -> re.Pattern:
    """ "come from", "hail from": where people are from (a list holding a known town then names places)."""
    return re.compile(rf"\b(?:{'|'.join(place_words()['origin_verbs'])}) $", re.IGNORECASE)


@functools.cache
def _people_coming_before() -> re.Pattern:
    """ "the crew come from", "others will come from": people, not bids or money, come from the list."""
    w = place_words()
    people = "|".join([*w["from_members"], *w["from_traders"], *w["from_residents"], *w["person_from"], *w["origin_subjects"]])
    return re.compile(rf"\b(?:{people})\b[^.;:!?]{{0,30}}\b(?:{'|'.join(w['origin_verbs'])}) $", re.IGNORECASE)


@functools.cache
def _members_before() -> re.Pattern:
    members = "|".join(place_words()["from_members"])
    return re.compile(rf"\b(?:{members}) $", re.IGNORECASE)


@functools.cache
def _traders_before() -> re.Pattern:
    traders = "|".join(place_words()["from_traders"])
    return re.compile(rf"\b(?:{traders}) $", re.IGNORECASE)


_CARRIED_BEFORE_RE = re.compile(r"[^.;:!?()\n]{0,100}$")  # the sentence before "from" (commas of a list in it)


def _carried(chunk: str, start: int) -> bool:
    """A verb of carrying or travelling in the sentence before "from" ("carries most of the food,
    fuel and sand from"; not "buys parts from")."""
    before = _CARRIED_BEFORE_RE.search(chunk, max(0, start - 100), start)
    return before is not None and any(word in _motion_verbs() for word in before.group(0).lower().split())


def _towns_after_from(context: _Context, offset: int, chunk: str) -> None:
    """A list of names after "from" that says it names places: "people from Orvale, Tessby and the
    villages around Pellmoor" (closed by villages or towns), "boats from Carrowby and St Ninnis" (people
    or boats from them). Names after "from" alone may be companies' ("orders from Toyota and
    Honda", both towns too): they take one of these signs."""
    from loaders.extract.entities.people import has_given_name, person_shaped

    _, _, _, listed = _context_patterns()
    walked_to = 0
    for match in _FROM_RE.finditer(chunk):
        if match.start() < walked_to:
            continue
        members, closed = _listed_from(chunk, match, listed)
        walked_to = members[-1][1]
        villages = not closed and _VILLAGES_TAIL_RE.match(chunk, members[-1][1]) is not None
        if not (villages or closed):
            continue
        values = [chunk[a:b] for a, b in members]
        if (
            closed
            and all(context.a_town(value, given_name_too=True) for value in values)
            and any(context.gazetteer.get(value, ("", ""))[1] in ("state", "country") for value in values)
        ):  # "from Alberta and Alaska": a province named like a person beside a state
            for start, end in members:
                context.add(offset + start, offset + end, "states listed after from", town=True)
            continue
        if any(
            person_shaped(value) and has_given_name(value) and not context.placed_at(offset + a, offset + b)
            for (a, b), value in zip(members, values, strict=True)
        ):
            continue  # "from Anna Berg and Jo Hale": people (not "Harvey Vale", a vale read by its kind: e27)
        if (
            closed
            and all(context.a_town(value) for value in values)
            and _CARRIED_BEFORE_RE.search(chunk, max(0, match.start() - 100), match.start())
            and _carried(chunk, match.start())
        ):  # "it carries the island's food from Portsmouth and Poole": goods carried from towns a list knows
            for start, end in members:
                context.add(offset + start, offset + end, "towns goods are carried from", town=True)
            continue
        residents = _residents_before().search(chunk, max(0, match.start() - 20), match.start()) is not None
        town_members = [context.a_town(chunk[a:b]) or context.placed_at(offset + a, offset + b) for a, b in members]
        # (e29 review H1) a town's other name alone is no town a list knows ("Workers from Takeda and X")
        known_members = [
            town and (context.placed_at(offset + a, offset + b) or context.known_town(chunk[a:b]))
            for (a, b), town in zip(members, town_members, strict=True)
        ]
        # "come from": things come from companies too ("bids came from X and Y"): every name a town, or
        # people coming from the list
        origin = _origin_before().search(chunk, max(0, match.start() - 12), match.start()) is not None
        people_coming = origin and _people_coming_before().search(chunk, max(0, match.start() - 60), match.start())
        # a workplace's or a school's people: from places only when the list names a town a list knows
        # (traders and buyers deal with firms too: from places only when every name is a town)
        traders = _traders_before().search(chunk, max(0, match.start() - 20), match.start()) is not None
        members_of_a_town = (
            not residents
            and (origin or traders or _members_before().search(chunk, max(0, match.start() - 20), match.start()) is not None)
            and (all(town_members) or not ((origin and not people_coming) or traders))
            and any(known_members)
            # (or a name read as a place by its kind: "young people from Manns Harbor and Colington")
            and not any(_an_organisation(context, value) for value in values)  # "staff from X and Y Logistics"
        )
        if villages or residents or members_of_a_town:
            for start, end in members:
                context.add(offset + start, offset + end, "town listed after from", town=True)


@functools.cache
def _apposition_pattern() -> re.Pattern:
    """ "Skervay, a fishing village on the coast": a name, a comma, and at most two words (no
    preposition or article) before a noun of a place, then a pause or a word placing it; "Tessby, a
    small farming community near the coast": a trade's word before a community, and a word placing it."""
    words = place_words()
    nouns = "|".join(words["appositive_place_nouns"])
    after = "|".join(words["appositive_place_after"])
    qualified = "|".join(words["appositive_qualified_place_nouns"])
    qualifiers = "|".join(words["division_qualifiers"])
    placed_by = "|".join(words["qualified_place_placed_by"])
    not_an_adjective = r"(?!(?:in|of|from|at|on|to|for|with|and|or|by|the|an?)\b)"
    return re.compile(
        rf"(?<![\w’'-])({_RUN}), (?:an?|the) (?:(?:{not_an_adjective}[a-z-]+ ){{0,2}}(?:{nouns})(?=[,.;:)]| (?:{after})\b)"
        rf"|(?:{not_an_adjective}[a-z-]+ )?(?:{qualifiers}) (?:{qualified})(?= (?:{placed_by})\b| of \d))"
    )


def _places_described_in_apposition(context: _Context, offset: int, chunk: str) -> None:
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads the gazetteer too

    for match in _apposition_pattern().finditer(chunk):
        words = _without_leading_function_words(match.group(1).split())
        if not words or set(words) & ORGANISATION_WORDS or match.start(1) + offset in context.organisation_starts:
            continue  # "Kestrel Harbour Co, a port operator": a body described, no place
        start = offset + match.end(1) - len(" ".join(words))
        context.add(start, offset + match.end(1), "described as a place in apposition", town=True)


# "Marrow Engineering, of Leeds, said": a town a list knows set off by commas after "of"
_SET_OFF_TOWN_RE = re.compile(rf", of ({_RUN}),")


@functools.cache
def _counted_workers_pattern() -> re.Pattern:
    """ "employs 310 people in Tessby", "200 jobs in Orvale", "520 of them in Darvey"."""
    nouns = "|".join(place_words()["counted_workers"])
    return re.compile(rf"(?<![\w.,])(?:\d[\d,.]*|most|half) (?:{nouns}) in ({_RUN})(?![ -]?{_WORD}|[’']s\b)")


def _where_workers_are_counted(context: _Context, offset: int, chunk: str) -> None:
    """A count of workers or jobs "in" a name: where they work, a place known or not (no person's or
    organisation's name, no figure, no name the article knows as an organisation's)."""
    for match in _counted_workers_pattern().finditer(chunk):
        value = _before_a_date(match.group(1))
        if (
            value
            and _place_shaped(value)
            and value not in context.organisation_names
            and not (len(value.split()) == 1 and value.lower() in context.common_words)
            and not any(character.isdigit() for character in value)
        ):
            context.add(offset + match.start(1), offset + match.start(1) + len(value), "where counted workers work")


def _towns_by_other_signs(context: _Context, offset: int, chunk: str) -> None:
    """A site's place ("a unit at Kundara"), "X-based", "X, <state>", "the X-Y road" and ", of X,"."""
    from loaders.extract.entities.organisations import ORGANISATION_WORDS  # organisations reads the gazetteer too
    from loaders.extract.entities.people import has_given_name, person_shaped

    for match in _SET_OFF_TOWN_RE.finditer(chunk) if ", of " in chunk else ():
        if context.a_town(match.group(1)):
            context.add(offset + match.start(1), offset + match.end(1), "town set off after of", town=True)
    if " in " in chunk:
        _where_workers_are_counted(context, offset, chunk)

    for match in _site_pattern().finditer(chunk):
        value, end = match.group(1), match.end(1)
        if (
            not (set(value.split()) & ORGANISATION_WORDS)
            and not _POSSESSIVE_RE.match(chunk, end)
            and (
                context.a_town(value, given_name_too=_CLAUSE_GOES_ON_RE.match(chunk, end) is not None)
                or context.compass_and_place(value)  # "a cool store at East Devonport"
                or _IN_A_PLACE_RE.match(chunk, end)
                or _in_a_known_place(context, chunk, end)
            )
        ):
            context.add(offset + match.start(1), offset + end, "a site's place", town=True)
    for match in _route_pattern().finditer(chunk) if " from " in chunk else ():  # "flown from Kelso Point to Anchorage"
        first, second = match.group(1), match.group(2)
        if _change_before().search(chunk, max(0, match.start() - 24), match.start()):
            continue  # "switched from Kestrel to Orvane": a change of supplier, no route
        # (one a town a list knows, or people living there before: "growers from Penguin to Stanley")
        residents = _residents_before().search(chunk, max(0, match.start() - 20), match.start()) is not None
        placed = (
            context.placed_at(offset + match.start(1), offset + match.end(1))
            or context.placed_at(offset + match.start(2), offset + match.end(2))
            or first in context.place_names  # ... or one the article has already read as a place
            or second in context.place_names
        )  # ... or one read as a place by its kind ("from Durrell to Crow Head")
        by_kind = placed and not any(person_shaped(value) and has_given_name(value) for value in (first, second))
        # (a name shaped like a person's only where a list knows it as a town: "from Lahad Datu to Kunak")
        by_list = (context.known_town(first) or context.known_town(second) or residents) and not any(
            person_shaped(value) and not (residents and _particle_opening(value)) and not context.a_town(value)
            for value in (first, second)
        )
        if by_kind or by_list:
            context.add(offset + match.start(1), offset + match.end(1), "town on a route", town=True)
            context.add(offset + match.start(2), offset + match.end(2), "town on a route", town=True)
    for match in _route_after_pattern().finditer(chunk) if " to " in chunk else ():  # "the Tessby to Orvale ferry"
        for group in (1, 2):
            value = match.group(group)
            if _place_shaped(value) or context.a_town(value, given_name_too=True):
                context.add(offset + match.start(group), offset + match.end(group), "town on a route", town=True)
    for match in _WHERE_AFTER_RE.finditer(chunk) if ", where" in chunk else ():
        if context.a_town(match.group(1), given_name_too=True):
            context.add(offset + match.start(1), offset + match.end(1), "town before where", town=True)
    if ", a" in chunk or ", the" in chunk:
        _places_described_in_apposition(context, offset, chunk)
    for match in _BASED_RE.finditer(chunk) if "-based" in chunk else ():
        value = match.group(1)
        while " " in value and not context.a_town(value, given_name_too=True):
            value = value.split(" ", 1)[1]  # "A Herzliya-based startup": the town is the run's end
        if context.a_town(value, given_name_too=True):  # "Kandy-based": no person is "-based"
            context.add(offset + match.end(1) - len(value), offset + match.end(1), "town before -based", town=True)
    for state in context.states_in(offset, offset + len(chunk)):  # "Joplin, Missouri": the town before its state
        town = _TOWN_BEFORE_RE.search(chunk, max(0, state.start - offset - 40), state.start - offset)
        if town and context.a_town(town.group(1)):
            context.add(offset + town.start(1), offset + town.end(1), "town before its state", town=True)
    for match in _TOWN_PAIR_RE.finditer(chunk):  # "the Dhaka-Mymensingh belt": two towns joined
        if (
            context.a_town(match.group(1), small_too=False)  # "Sison-Ledesma": villages' names, and a surname
            and context.a_town(match.group(2), small_too=False)
            and not _CAPITALISED_BEFORE_RE.search(chunk, max(0, match.start() - 40), match.start())
        ):
            context.add(offset + match.start(1), offset + match.end(1), "towns joined by a hyphen")
            context.add(offset + match.start(2), offset + match.end(2), "towns joined by a hyphen")
