"""Entities: organisations, people, products and places, as mentions with spans.

Two sources, each mention recording which (`rule`) and how sure (`confidence`):
- the curated catalogue (seeds/catalogue.yml): canonical names and aliases;
- general rules for what the catalogue has never heard of: organisation
  suffixes ("Kestrel Motors", "Temasek Holdings"), acronyms defined in
  brackets, evidence in context for organisations ("analysts at X", "shares
  in X", "X's chief executive", "X, the Japanese carmaker") and for people
  (titles and roles, honorifics, speech verbs, appositions, given names),
  product-model shapes ("Kestrel K7"), and a gazetteer for places.
A name is classified once per article from all its evidence together, so a
name repeated without a cue is still found; then short forms resolve to the
full name found in the same article: a surname to its person ("Barra"), a
first word to its organisation ("Kestrel").

Guards (guards.py): pronouns, currencies, amounts' letters, single letters,
terms and acronyms of metrics, run-together menus, exchanges and indexes are
never names; adjectives of nationality never organisations; nicknames
("China's Apple") are not the company they compare to. Only the spans given
(title, prose, byline, dateline) are read, so boilerplate yields nothing.

One module per kind of thing found: catalogue, acronyms, places,
organisations, people, short_forms (surnames, initials, first words),
spellings (misspelt repeats), product_names, categories, products (model
designations), roles; runs finds the candidates, guards rejects junk,
consistency carries names across articles, state holds one article's
working state. Word lists live in loaders/vocab.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from loaders.extract.cues import NAME_PARTICLES, ROLE_WORDS
from loaders.extract.entities.acronyms import (
    acronyms_as_names,
    drop_defined_terms,
    find_acronyms,
    find_defined_terms,
    find_tickers,
)
from loaders.extract.entities.catalogue import CatalogueEntry, catalogue_entries, match_catalogue
from loaders.extract.entities.categories import find_categories
from loaders.extract.entities.consistency import names_found_again
from loaders.extract.entities.forms import form_labels
from loaders.extract.entities.guards import common_word, junk, lower_case_words
from loaders.extract.entities.organisations import (
    DEPARTMENTS,
    EVENT_WORDS,
    NAME_OPENINGS,
    ORGANISATION_WORDS,
    bodies_by_their_own_grammar,
    bodies_in_their_language,
    brands_named_after_kin,
    companies_acting,
    exchanges_named_after_their_cities,
    family_firms,
    joined_by_and,
    organisation_by_suffix,
    organisation_evidence,
)
from loaders.extract.entities.people import (
    _AGE_RE,
    _HONORIFIC_BEFORE_RE,
    _ROLE_BEFORE_RE,
    _SPEECH_AFTER_RE,
    _TRADE_BEFORE_RE,
    ADDRESS_WORDS,
    APPOSITIVE_ROLE_RE,
    MONTHS,
    common_words,
    doubtful_given_name,
    family_names_in_capitals,
    given_name_honorific_before,
    has_given_name,
    initial_name_is_a_persons,
    initials_before_a_family_name,
    is_given_name,
    known_by_one_name,
    lone_name_evidence,
    one_initial_before_a_family_name,
    people_in_turn_labels_in_capitals,
    person_evidence,
    person_shaped,
    second_sign,
)
from loaders.extract.entities.places import (
    KIND_AND_PARTICLE_RULE,
    QUALIFIED_DIVISION_RULE,
    SITE_AT_RULE,
    find_places_in_context,
    match_places,
    turn_labels_in_capitals,
)
from loaders.extract.entities.product_names import find_named_products, lower_case_brands
from loaders.extract.entities.products import find_products
from loaders.extract.entities.roles import find_roles
from loaders.extract.entities.runs import PATRONYMIC_PARTICLES, proper_runs
from loaders.extract.entities.short_forms import inside_a_role, resolve_short_forms
from loaders.extract.entities.spellings import merge_misspelt_names
from loaders.extract.entities.state import LOWER, NOT_NAMES, UPPER, ArticleState, canonical_organisation, name_openings
from loaders.extract.gazetteer import demonyms, place_words, places, small_towns, towns
from loaders.extract.types import ORGANISATION, PERSON, PLACE, PRODUCT, EntityFindings, RoleFound
from loaders.spans import Span
from loaders.vocab import alternation
from loaders.vocab import words as vocab_words

__all__ = ["find_entities"]

GIVEN_NAME_WEIGHT = 1.5  # a name's first word is a common given name: counted once per name, not per mention
# ... beside an ordinary English word ("Crystal Palace") with no second sign: short of a person on its own
DOUBTFUL_GIVEN_NAME_WEIGHT = 0.5
PERSON_THRESHOLD = 1.5
_POSSESSIVE_AFTER_RE = re.compile(r"[’']s\b")
_MONTHS_SHORT = frozenset(vocab_words("not_names", "months_short"))
_THE_BEFORE_NAME_RE = re.compile(r"\bthe\s+$")
_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")


def _landform_after(text: str, end: int) -> bool:
    """Whether a landform in lower case follows a name ("the Korvan Dag mountains")."""
    after = _WORD_AFTER_RE.match(text, end)
    return after is not None and after.group(1) in place_words()["landforms_after_the_name"]


_SAINT_OPENINGS = frozenset(vocab_words("names", "saint_openings"))
_GENERATION_SUFFIXES = frozenset(vocab_words("names", "generation_suffixes"))
# "not related to", "his cousin": in a shorter form's sentence or right before it, another person of a like name
_SET_APART_RE = re.compile(rf"(?i:{alternation(vocab_words('names', 'names_set_apart'))})")
_RELATION_BEFORE_RE = re.compile(rf"\b(?i:{alternation(vocab_words('quotes', 'relation_nouns'))})[,:]?\s+$")
_TOWN_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "della", "di"})


def _saints_town(value: str) -> bool:
    """ "São Bento do Ribeirão", "Santa Clara de Alvarinho": a saint's word, a name and a particle before another
    name, as Spanish, Portuguese and Italian towns are named; no person's name however it is introduced."""
    parts = value.split()
    return len(parts) >= 4 and parts[0] in _SAINT_OPENINGS and bool(_TOWN_PARTICLES & set(parts[2:-1]))


_PLACE_BEFORE_RE = re.compile(
    r"(?<!stake )(?<!stakes )(?<!shares )(?<!invest )(?<!invested )(?<!investment )(?<!interest )"
    r"\b(?:in|at|near|outside|around|across)\s+$"
)
# "the terminal at Khor Al Ramth", "jobs in Ashby": a site's place, no organisation
_SITE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(vocab_words('organisations', 'sites'))})\s+(?:at|in|near)\s+$"
    r"|(?<!stake )(?<!stakes )(?<!shares )(?<!invest )(?<!invested )(?<!investment )(?<!interest )"
    r"\b(?:in|near|outside|around)\s+$"
)
_DEPARTMENT_OF_RE = re.compile(r"\b(?:head|director|vice[- ]president|vp|chief|manager|officer|lead|leader)\s+of\s+$", re.I)
ORGANISATION_THRESHOLD = 2.0


_NICKNAME_BEFORE_RE = re.compile(r"(?:nicknamed|dubbed|called|known as)\s+\S+[’']s\s+$")  # needs an apostrophe


# ", S.A.", ", S. de R.L." after a name (`legal_forms_after_a_comma`), or "(Pty) Ltd" (`legal_forms_in_brackets`),
# then no word going on
_COMMA_FORMS = sorted(vocab_words("organisations", "legal_forms_after_a_comma"), key=len, reverse=True)
_BRACKET_FORMS = sorted(vocab_words("organisations", "legal_forms_in_brackets"), key=len, reverse=True)
_LEGAL_FORM_AFTER_A_COMMA_RE = re.compile(
    rf"(?:,[^\S\n](?:{alternation(_COMMA_FORMS)})|[^\S\n](?:{alternation(_BRACKET_FORMS)}))(?![\w])"
)
# What a person's comma opens after the letters of a legal form: a title or a possessive ("Ann Marie Jordan, S.A.
# chairman of ...", "Jane Ortiz, Inc. magazine's editor"): the name before it is a person's, whatever it ends in.
_WHAT_A_PERSON_IS_RE = re.compile(rf"[^\S\n]+(?:{ROLE_WORDS}\b|[\w-]+['’]s\b)", re.IGNORECASE)
# ... or "d.o.o.", "s.r.o." after a space: no person's name goes on so ("Adria Vino d.o.o.")
_LOWER_CASE_LEGAL_FORM_RE = re.compile(
    rf"[^\S\n](?:{alternation(sorted(vocab_words('organisations', 'lower_case_legal_forms'), key=len, reverse=True))})(?![\w])"
)


def _classify_runs(article: ArticleState, runs: list[Span]) -> None:
    """Collect every run's evidence, decide each name once for the whole
    article (person, organisation or neither), then record its mentions."""
    text = article.text
    rests = _rests_of_organisations_names(article)
    runs = [run for run in runs if not _rest_of_an_organisations_name(article, run, rests)]
    runs = [run for run in runs if article.free(run)]  # ("Tanjung", the opening cut off, is in it now)
    candidates: list[tuple[Span, str, list, list]] = []
    one_name: set[str] = set()  # people known by one name ("The village head, Suryadi,")
    titled: set[str] = set()  # ... after a courtesy title written before given names ("Ibu Suwarni"): a person however used
    lower_words = lower_case_words(text)
    companies_after_a_title = _companies_after_a_title(article, runs)
    for span in runs:
        value = span.of(text)
        words = value.split()
        before, after = article.before(span), article.after(span)
        if all(word in demonyms() for word in words) or value in demonyms() or value.removesuffix("s") in demonyms():
            continue  # "Chinese", "German", "the Sri Lankans": adjectives of nationality, never organisations or people
        if ("’" in before or "'" in before) and _NICKNAME_BEFORE_RE.search(before):
            continue  # the second half of a nickname ("China's Apple") is not that company
        if _junk(article, span):
            continue
        if (words[-1] in MONTHS or words[-1].rstrip(".") in _MONTHS_SHORT) and re.match(r"\s*\d", after):
            continue  # "Savannah May 4", "Thu Oct 16": a date, not a name
        if _DEPARTMENT_OF_RE.search(before) and all(word in DEPARTMENTS for word in words):
            continue  # "Head of Sustainability at X": the end of a job title
        if not _trade_flow(span.of(text), lower_words) and organisation_by_suffix(article, span):
            continue
        joined = _with_its_courtesy_title(article, span, before) if len(words) == 1 else None
        if joined is not None and joined.of(text) in companies_after_a_title:
            # "Shares of Pak Suzuki rose", "Ibu Holdings": the title is the first word of a company's name
            joined_before, joined_after = article.before(joined), article.after(joined)
            candidates.append((joined, joined.of(text), [], organisation_evidence(article, joined, joined_before, joined_after)))
            continue
        if joined is not None and not common_word(value, lower_words):
            titled.add(value)  # "Pak Sugeng": a person known by one name, unless the article names them in full
            candidates.append((span, value, [("given name after its courtesy title", 3.0)], []))
            continue
        if len(words) == 1 and lone_name_evidence(before):
            candidates.append((span, value, [("honorific", 3.0)], []))
            continue
        if len(words) == 1 and known_by_one_name(before, after, value):
            one_name.add(value)
            candidates.append((span, value, [("title in apposition", 3.0)], []))
            continue
        candidates.append(
            (span, value, person_evidence(article, span, before, after), organisation_evidence(article, span, before, after))
        )

    person_score: dict[str, float] = {}
    organisation_score: dict[str, float] = {}
    for _, value, for_person, for_organisation in candidates:
        person_score[value] = person_score.get(value, 0.0) + max((w for _, w in for_person), default=0.0)
        organisation_score[value] = organisation_score.get(value, 0.0) + max((w for _, w in for_organisation), default=0.0)
    lone_words = {value for _, value, _, _ in candidates if " " not in value}
    spans_of: dict[str, list[Span]] = {}
    for span, value, _, _ in candidates:
        spans_of.setdefault(value, []).append(span)
    evidenced = {value for _, value, for_person, _ in candidates if for_person}
    for value in person_score:
        if value not in evidenced and any(
            _PLACE_BEFORE_RE.search(article.before(span, 30)) and not _POSSESSIVE_AFTER_RE.match(text, span.end)
            for span in spans_of[value]
        ):
            continue  # "the terminal at Khor Al Ramth": after "at" or "in", a place, unless something says person
        if value not in evidenced and all(
            _THE_BEFORE_NAME_RE.search(article.before(span, 5)) and _landform_after(text, span.end) for span in spans_of[value]
        ):
            # "the Korvan Dag mountains": a land named after "the", not a person with a given name; only when every
            # mention is so ("the Carla Mendes settlement. Carla Mendes, a former clerk, sued": a person)
            continue
        if person_shaped(value) and (has_given_name(value, lower_words) or initials_before_a_family_name(value)):
            doubtful = doubtful_given_name(value) and not second_sign(text, spans_of[value], lone_words)
            person_score[value] += DOUBTFUL_GIVEN_NAME_WEIGHT if doubtful else GIVEN_NAME_WEIGHT

    occurrences = Counter(value for _, value, _, _ in candidates)
    # Names a site stands before ("the terminal at X", "jobs in X"): read once per mention, not per name and mention.
    at_a_site = {
        value
        for span, value, _, _ in candidates
        if _SITE_BEFORE_RE.search(article.before(span, 30)) and not _POSSESSIVE_AFTER_RE.match(text, span.end)
    }  # "in Makanjo's head office": the possessive makes it an owner, not a place
    longer = {m.name for m in article.found.mentions if m.kind == ORGANISATION} | {
        value for value in occurrences if organisation_score[value] >= ORGANISATION_THRESHOLD
    }
    leading_words = name_openings(longer)
    # "Andina del Sur" for "Minera Andina del Sur": the name without the word saying what kind of body it is
    # (a name a filing prints in capitals, "CAMARONERA EL GUABO S.A.", read by its words as the text prints
    # them elsewhere: "El Guabo" is its short form)
    without_opening = {
        " ".join(parts[1:]) for parts in (_as_printed(name).split() for name in longer) if parts[0] in NAME_OPENINGS
    }
    leading_words |= without_opening | name_openings(without_opening)  # ... and "Karya Logam" of "PT Karya Logam Nusa"
    by_first_word: dict[str, list[str]] = {}  # the longer names by their first word, for short forms
    for name in sorted(longer):
        parts = _as_printed(name).split()
        by_first_word.setdefault(parts[0], []).append(name)
        if parts[0] in NAME_OPENINGS and len(parts) > 1:  # (keyed " Sinar" for "PT Sinar Kencana")
            by_first_word.setdefault(f" {parts[1]}", []).append(name)
    # "Tianlu Rail" for "China Tianlu Rail Group": the name without its country, to its one full name
    without_country: dict[str, set[str]] = {}
    for parts in (name.split() for name in longer if name.split()[0] in places() or name.split()[0] in demonyms()):
        for size in range(2, len(parts)):
            without_country.setdefault(" ".join(parts[1:size]), set()).add(" ".join(parts))
    named_organisations = {m.name for m in article.found.mentions if m.kind == ORGANISATION}
    initial_persons: dict[str, bool] = {}

    def initial_person(value: str) -> bool:
        """Whether an initial and a family name is a person's, decided once per name from its places."""
        if value not in initial_persons:
            initial_persons[value] = initial_name_is_a_persons(text, spans_of[value])
        return initial_persons[value]

    pending_single: list[Span] = []
    # Names of two words or more first; a single word may then be the short form of one of them.
    for span, value, for_person, for_organisation in candidates:
        people, organisations = person_score[value], organisation_score[value]
        if " " in value:
            # "Coral Bay" where the article names "Coral Bay Minerals": the company's short form,
            # unless a title, an honorific or an apposition says it is a person
            short_form = max((w for _, w in for_person), default=0.0) < 2.0 and value in leading_words
            if value in named_organisations and max((w for _, w in for_person), default=0.0) < 2.0:
                # "Mekong Agri" after "Mekong Agri JSC": what the article names as an organisation stays one
                article.add(ORGANISATION, value, span, "organisation named earlier in the article", 0.8)
            elif people >= PERSON_THRESHOLD and people > organisations and not short_form and not _saints_town(value):
                rule = (
                    max(for_person, key=lambda e: e[1])[0]
                    if for_person
                    else ("given name" if has_given_name(value) else "name repeated in the article")
                )
                article.add(PERSON, value, span, rule, 0.9 if for_person else 0.8)
            elif organisations >= ORGANISATION_THRESHOLD and organisations > people:
                rule = max(for_organisation, key=lambda e: e[1])[0] if for_organisation else "name repeated in the article"
                full = without_country.get(value, set()) or _shortened_from(value, by_first_word)
                name = next(iter(full)) if len(full) == 1 else canonical_organisation(value)
                article.add(ORGANISATION, name, span, rule, 0.85 if for_organisation else 0.75)
            elif (
                occurrences[value] >= 2
                and people == 0
                and organisations == 0
                and value in towns()
                and value not in leading_words
                and value not in named_organisations
            ):  # "Le Havre" again and again, nothing saying a body: the town the city list knows
                article.found.place_kinds.setdefault(value, "town")
                article.add(PLACE, value, span, "a town of the list named again", 0.7)
            elif (
                occurrences[value] >= 2
                and people == 0
                and _bare_name(value)
                and value not in at_a_site
                and value not in leading_words
                and not inside_a_role(article.text, span)  # "Chief Financial Officer": a title, written twice
            ):  # not the short form of a longer name
                if one_initial_before_a_family_name(value) and initial_person(value):
                    # (c28b) "Chairperson: T. Sadykov" twice: a person as minutes print people, no body
                    article.add(PERSON, value, span, "one initial before a family name, repeated", 0.6)
                    continue
                full = without_country.get(value, set()) or _shortened_from(value, by_first_word)
                article.add(
                    ORGANISATION, next(iter(full)) if len(full) == 1 else value, span, "name repeated in the article", 0.6
                )
            else:
                pending_single.append(span)  # maybe the short form of a longer name ("Kestrel Motors" for "Kestrel Motors Co")
    known = _known_words(article)
    for span, value, _, for_organisation in candidates:
        if " " in value:
            continue
        if value in known or common_word(value, lower_words):
            pending_single.append(span)
            continue
        people, organisations = person_score[value], organisation_score[value]
        if value in titled:
            article.add(PERSON, value, span, "known by one name, after a courtesy title", 0.85)
        elif organisations >= ORGANISATION_THRESHOLD and organisations > people:
            rule = max(for_organisation, key=lambda e: e[1])[0] if for_organisation else "name repeated in the article"
            # "Tianshan" for "China Tianshan Orchard Group": the one full name without its country, where the
            # article gives the word as its short form in brackets ("... Group Co., Ltd. (Tianshan)"); else
            # the word names its own body ("Aramco" beside "Saudi Aramco Total Refining", its joint venture)
            full = {name for name in without_country.get(value, set()) if _bracketed_after(article.text, name, value)}
            article.add(
                ORGANISATION, next(iter(full)) if len(full) == 1 else value, span, rule, 0.85 if for_organisation else 0.75
            )
        elif value in one_name:
            article.add(PERSON, value, span, "known by one name, after a title", 0.85)
        else:
            pending_single.append(span)
    pending_single.sort()
    # "Mr Lee": only ever the surname of a person named in full, never a name of its own.
    surnames = {value for _, value, for_person, _ in candidates if " " not in value and for_person}
    resolve_short_forms(article, pending_single, lower_words, surnames)


# What a full name's short form in brackets may follow it by: its legal form, a comma ("Co., Ltd. (X)")
_BRACKET_REACH = 40


def _bracketed_after(text: str, name: str, short: str) -> bool:
    """Whether the text prints `short` in brackets after `name` and its legal form ("China Tianshan Orchard
    Group Co., Ltd. (Tianshan)"): the article's own short form for that name."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)[^()\n]{{0,{_BRACKET_REACH}}}?\(\s*{re.escape(short)}\s*\)")
    return pattern.search(text) is not None


_COURTESY_TITLE_BEFORE_RE = re.compile(r"(\S+)[ \t]+$")


def _with_its_courtesy_title(article: ArticleState, span: Span, before: str) -> Span | None:
    """A single word's span with the courtesy title written before it ("Pak Harjo"), where one
    written before given names stands right before it (and is no family name in this article)."""
    if not given_name_honorific_before(before, article.family_names):
        return None
    title = _COURTESY_TITLE_BEFORE_RE.search(before)
    return Span(span.start - len(title.group(0)), span.end) if title else None


def _companies_after_a_title(article: ArticleState, runs: list[Span]) -> set[str]:
    """A courtesy title and the word after it that the article uses as a company's name anywhere
    ("Shares of Pak Suzuki rose", "Pak Elektron reported a loss") or whose word is an organisation's
    ("Ibu Holdings", "Hajja Properties"): the title is then the name's first word, and the pair no
    person's, however else the article uses it. A cue people take too ("according to Ato Dawit", "backed by")
    is no such use."""
    found: set[str] = set()
    for span in runs:
        value = span.of(article.text)
        if " " in value:
            continue
        joined = _with_its_courtesy_title(article, span, article.before(span))
        if joined is None:
            continue
        evidence = organisation_evidence(article, joined, article.before(joined), article.after(joined))
        if value in ORGANISATION_WORDS or max((weight for _, weight in evidence), default=0.0) >= ORGANISATION_THRESHOLD:
            found.add(joined.of(article.text))
    return found


_MOST_WORDS_OF_A_NAME = 8  # an organisation's name longer than this is no name cut short


def _rests_of_organisations_names(article: ArticleState) -> dict[str, tuple[str, str]]:
    """Every stretch of words after the first of each organisation's name the article has found
    ("Batu Hydrocolloids" of "Tanjung Batu Hydrocolloids Sdn Bhd") -> (the words before it with
    their space, the organisation's name): once per article, for a look-up per run."""
    rests: dict[str, tuple[str, str]] = {}
    for written, name in sorted({(m.span.of(article.text), m.name) for m in article.found.mentions if m.kind == ORGANISATION}):
        words = written.split(" ")
        if len(words) > _MOST_WORDS_OF_A_NAME:
            continue
        for first in range(1, len(words)):
            for last in range(first + 1, len(words) + 1):
                rests.setdefault(" ".join(words[first:last]), (" ".join(words[:first]) + " ", name))
    return rests


def _rest_of_an_organisations_name(article: ArticleState, span: Span, rests: dict[str, tuple[str, str]]) -> bool:
    """ "Batu Hydrocolloids" after "Tanjung " where the article names "Tanjung Batu Hydrocolloids Sdn
    Bhd": the rest of that organisation's name, its first word cut off as no name's (a given name
    opening the rest made it look like a person's). The whole name is recorded as the organisation's."""
    found = rests.get(span.of(article.text))
    if found is None:
        return False
    opening, name = found
    whole = Span(span.start - len(opening), span.end)
    if whole.start >= 0 and article.text[whole.start : span.start] == opening and article.free(whole):
        article.add(ORGANISATION, name, whole, "organisation named earlier in the article", 0.8)
        return True
    return False


def _firms_joined_by_and(article: ArticleState, runs: list[Span]) -> list[Span]:
    """The runs, with two single names joined by "and" made one where they name one firm ("Carrow and Tessel")."""
    joined: list[Span] = []
    for span in runs:
        if joined and joined[-1].end < span.start and joined_by_and(article, joined[-1], span):
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    return joined


_MOST_SHARING_A_WORD = 8  # names opening with one word compared with a short form: a few in any article


def _shortened_from(value: str, by_first_word: dict[str, list[str]]) -> set[str]:
    """ "Himal Hydro" for "Himal Hydropower Company": the one longer organisation name (of those
    sharing its first word) whose words begin with the value's words, one of them cut short."""
    words = value.split()
    found = {
        name
        for name in by_first_word.get(words[0], ())[:_MOST_SHARING_A_WORD]
        if len(name.split()) >= len(words)
        and all(full.startswith(short) for short, full in zip(words, _as_printed(name).split(), strict=False))
        and not _as_printed(name).startswith(value + " ")
        and name != value
    }
    # "Sinar Kencana" for "PT Sinar Kencana Logistik": the opening of a name without its kind word
    found |= {
        name
        for name in by_first_word.get(f" {words[0]}", ())[:_MOST_SHARING_A_WORD]
        if _as_printed(name).split()[1:][: len(words)] == words
    }
    return found if len(found) == 1 else set()


def _as_printed(name: str) -> str:
    """A name printed in capitals ("CAMARONERA EL GUABO") with its words as running text prints them."""
    return name.title() if name.isupper() else name


def _junk(article: ArticleState, span: Span) -> bool:
    """guards.junk, read once per span: both passes over the runs meet most spans."""
    if span not in article.junk_spans:
        article.junk_spans[span] = junk(article.text, span) is not None
    return article.junk_spans[span]


# Rules that make a lone word an organisation on weak evidence: where the article names the same
# word as a place ("its plant at Dorvale", then "meet management at Dorvale"), it is that place.
_WEAK_ORGANISATION_RULES = frozenset({"recurring proper noun", "role of an organisation", "where a person works"})


# A town's name before a company noun ("The Płock group will pay", "the Płock company") reads as a
# name followed by a company word; where the article also puts that word after a locative ("a plant
# in Płock") and never reads it otherwise, it is the town qualifying the noun, no company.
_TOWN_QUALIFYING_RULES = frozenset({"followed by a company word", "name repeated in the article"})


def _places_over_weak_organisations(article: ArticleState) -> None:
    """One word read as a place in the article (or as the name of one named with its kind and a particle,
    "Corvo" of "Ilha do Corvo") and as an organisation only by a weak rule is the place."""
    text = article.text
    placed = {m.span.of(text): m.name for m in article.found.mentions if m.kind == PLACE}
    # (e28) the name a place's kind and a particle open ("Ilha do Corvo", "Vila do Orvo") or an island's word closes
    # ("Tessamoa Island", "Orvu Atoll"), printed alone: that place
    island_words = place_words()["island_words_after"]
    island_kinds = place_words()["island_words_before_a_particle"]
    for m in article.found.mentions:
        words = m.span.of(text).split()
        if m.kind == PLACE and m.rule == KIND_AND_PARTICLE_RULE and words[0] in island_kinds:
            # (review e28 L2) an island's kind only: "Ilha do Corvo" is Corvo, "Puerto de la Cruz" no "Cruz"
            placed.setdefault(words[-1], words[-1])
        elif m.kind == PLACE and len(words) == 2 and words[-1] in island_words:
            placed.setdefault(words[0], words[0])
    other_rules: dict[str, set[str]] = {}
    for m in article.found.mentions:
        if m.kind == ORGANISATION:
            other_rules.setdefault(m.span.of(text), set()).add(m.rule)
    town_qualifying = {
        value for value, rules in other_rules.items() if rules <= _TOWN_QUALIFYING_RULES and "followed by a company word" in rules
    }
    article.found.mentions = [
        replace(m, kind=PLACE, name=placed[value], rule="a place named elsewhere in the article")
        if m.kind == ORGANISATION
        and (value := m.span.of(text)) in placed
        and (m.rule in _WEAK_ORGANISATION_RULES or value in town_qualifying)
        and " " not in value
        else m
        for m in article.found.mentions
    ]


def _divisions_of_organisations(article: ArticleState) -> None:
    """ "Shares of Kestrel fell ... the Kestrel farming region": a name read as a division's only by the
    trade's word before it, or as a place only by a site at it ("two plants at Kestrel"), and as an
    organisation's elsewhere in the article, is the organisation's."""
    text = article.text
    organisations = {m.span.of(text) for m in article.found.mentions if m.kind == ORGANISATION}
    article.found.mentions = [
        m
        for m in article.found.mentions
        if not (m.kind == PLACE and m.rule in (QUALIFIED_DIVISION_RULE, SITE_AT_RULE) and m.span.of(text) in organisations)
    ]


def _late_makers(article: ArticleState) -> None:
    """A named product whose first word is the short name of an organisation found later ("Quillon Band")."""
    organisations = {m.name.split()[0]: m.name for m in article.found.mentions if m.kind == ORGANISATION}
    for mention in article.found.mentions:
        first = mention.name.split()[0]
        if (
            mention.kind == PRODUCT
            and mention.name not in article.found.makers
            and first in organisations
            and organisations[first] != mention.name
            and article.found.product_kinds.get(mention.name) == "product"
        ):
            article.found.makers[mention.name] = organisations[first]


# 'Kittipong "Tong" Saengthong': a nickname in quotation marks between a given name and a surname, as papers
# print a person known by it (one or two capitalised words in marks, a capitalised word each side; the given
# name may keep a middle initial, 'James R. "Jim" Castellano', and the surname a "Jr." or "Sr." after it).
_NAME_PART = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*"
_NICKNAMED_RE = re.compile(
    rf"(?<![\w'’])(?P<given>{_NAME_PART}(?:[ \t][{UPPER}]\.)?)[ \t]+[\"“‘'](?P<nickname>{_NAME_PART}(?:[ \t]{_NAME_PART})?)[\"”’'][ \t]+"
    rf"(?P<surname>{_NAME_PART})(?![\w'’]|[ \t]+(?!(?:Jr|Sr)\.)[{UPPER}])"
)
NICKNAME_RULE = "a nickname in quotation marks inside the name"
NICKNAME_ALONE_RULE = "the nickname of a person named with it"


def _nicknamed_people(article: ArticleState) -> None:
    """A person named with a nickname inside their name ('Kittipong "Tong" Saengthong') is the given name
    and surname; the nickname alone later ("Tong, as he is known, …") and with the surname ("Tong
    Saengthong") are that person too. Only a nickname no other such name of the article gives, and not a
    word the article also writes in lower case.

    Not a title-case line ('Minister Says "No Deal" Better For Farmers') nor a name run on into another
    capitalised word ('Netflix "Squid Game" Season Two'); and the words each side must be a person's: a
    common given name first, or the surname printed again on its own elsewhere ('Kittipong "Tong"
    Saengthong ... Saengthong said'), not a brand before a word in marks ('Samsung "Galaxy" Phones')."""
    text = article.text
    named: dict[str, set[str]] = {}
    full: list[tuple[str, Span]] = []
    lower = lower_case_words(text)
    for zone in article.zones:
        if _title_case(text, zone):
            continue
        for match in _NICKNAMED_RE.finditer(text, zone.start, zone.end):
            span = Span(match.start(), match.end())
            given, surname = match.group("given"), match.group("surname")
            if (
                article.free(span)
                and person_shaped(f"{given} {surname}")
                and surname.casefold() not in lower
                and (
                    has_given_name(f"{given} {surname}", lower)
                    or _printed_again(text, surname, span)
                    or _told_a_person(article, span)
                )
            ):
                full.append((f"{match.group('given')} {match.group('surname')}", span))
                named.setdefault(match.group("nickname"), set()).add(f"{match.group('given')} {match.group('surname')}")
    if not full:
        return
    for name, span in full:
        article.add(PERSON, name, span, NICKNAME_RULE, 0.9)
    for nickname, people in sorted(named.items()):
        if len(people) != 1 or nickname.casefold() in lower:
            continue
        (person,) = people
        # "Bob Marsh" beside 'Robert "Bob" Lindqvist': the nickname before another capitalised word is
        # someone else's given name, save before the person's own surname
        alone = re.compile(
            rf"(?<![\w'’\"“‘]){re.escape(nickname)}(?:[ \t]+{re.escape(person.split()[-1])})?(?![\w'’]|[ \t]+[{UPPER}])"
        )
        for zone in article.zones:
            for match in alone.finditer(text, zone.start, zone.end):
                span = Span(match.start(), match.end())
                if article.free(span):
                    article.add(PERSON, person, span, NICKNAME_ALONE_RULE, 0.85)


def _told_a_person(article: ArticleState, span: Span) -> bool:
    """The context says a person: a role, an honorific or a trade before ("Cooperative chairman
    Kittipong …"), a speech verb, a role or an age after."""
    before, after = article.before(span), article.after(span)
    return bool(
        _ROLE_BEFORE_RE.search(before)
        or _HONORIFIC_BEFORE_RE.search(before)
        or _TRADE_BEFORE_RE.search(before)
        or _SPEECH_AFTER_RE.match(after)
        or APPOSITIVE_ROLE_RE.match(after)
        or _AGE_RE.match(after)
    )


def _printed_again(text: str, word: str, span: Span) -> bool:
    """The word printed on its own (as a whole word) outside the span."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")
    return any(not (span.start <= m.start() < span.end) for m in pattern.finditer(text))


# "Kazarian Imports" is a business, "China Imports Fell 5%", "Vietnam Exports of rice" and "Petroleum Exports
# from Norway" a trade: these endings name a business only after a word naming neither a place, its people
# nor a good (an ordinary word, or one the article writes in lower case).
_TRADE_FLOW_ENDINGS = frozenset(vocab_words("organisations", "trade_flow_endings"))


def _trade_flow(value: str, lower: frozenset[str]) -> bool:
    words = value.split()
    return any(
        word in _TRADE_FLOW_ENDINGS
        and (
            (before := words[index - 1]) in places()
            or before in demonyms()
            or before.lower() in common_words()
            or before.lower() in lower
        )
        for index, word in enumerate(words[1:], 1)
    )


def _registered_names_for_tails(article: ArticleState) -> None:
    """ "Greben" beside "Brodogradilište Greben d.o.o.": a company named before a legal form written in
    lower case, its first word no given name, is named by its last word alone elsewhere in the article
    (the register's name opens with its kind of business in its own language): that word is the company."""
    registered: dict[str, set[str]] = {}
    for m in article.found.mentions:
        words = m.name.split()
        if (
            m.kind == ORGANISATION
            and m.rule == "name before its legal form"
            and len(words) == 2
            and _LOWER_CASE_LEGAL_FORM_RE.match(article.text, m.span.end)
            and not is_given_name(words[0])
            and words[-1] not in ORGANISATION_WORDS
        ):
            registered.setdefault(words[-1], set()).add(m.name)
    if not registered:
        return
    article.found.mentions = [
        replace(m, name=next(iter(registered[m.name]))) if m.kind == ORGANISATION and len(registered.get(m.name, ())) == 1 else m
        for m in article.found.mentions
    ]


def _full_names_for_tails(article: ArticleState) -> None:
    """ "Gutiérrez de la Fuente" beside "María José Gutiérrez de la Fuente": the last two words or more
    of one person's longer name are that person (a compound surname), not a person of their own; so are
    its first two words or more ("Faizal Hakim" of "Faizal Hakim Mohd Yusri", "Kovács Eszter" of "Kovács
    Eszter Judit"), words inside it ("Mohd Hafiz" of "Wan Mohd Hafiz Wan Ismail") and its first and last
    words ("Mariam Al-Nuaimi" of "Mariam Khalid Saif Al-Nuaimi"), where no other person's name holds them
    and the full name ends in no generation's word ("Tomas Reyes" beside "Tomas Reyes Jr": the father)."""
    owners: dict[str, set[str]] = {}
    people = sorted({m.name for m in article.found.mentions if m.kind == PERSON and m.rule != "byline"})
    for name in people:
        words = name.split()
        for size in range(2, len(words)):
            owners.setdefault(_tail_key(" ".join(words[-size:])), set()).add(name)
            if words[-1] not in _GENERATION_SUFFIXES:
                for start in range(len(words) - size):
                    owners.setdefault(" ".join(words[start : start + size]), set()).add(name)
        if len(words) >= 3 and words[-1] not in _GENERATION_SUFFIXES:
            owners.setdefault(f"{words[0]} {words[-1]}", set()).add(name)
        # "Siti Aminah" beside "Siti Aminah binti Yusof": the words before a patronymic are the person;
        # a lone given name only where no one else the article names opens with it ("Ahmed ould Sidi and
        # Ahmed Salem met. Ahmed said": either)
        patronymic = next((i for i, word in enumerate(words) if word in PATRONYMIC_PARTICLES), 0)
        if patronymic and not (patronymic == 1 and any(other != name and other.split()[0] == words[0] for other in people)):
            owners.setdefault(_tail_key(" ".join(words[:patronymic])), set()).add(name)
    if not owners:
        return
    renamed = {tail: next(iter(names)) for tail, names in owners.items() if len(names) == 1}
    # "Ahmed al Jones met Al Jones": the short form in the full name's own sentence is another person
    # (a given name "Al"), wherever the article names them
    own_names = _others_beside_the_full_name(article, renamed)
    # "his cousin Ana Ruiz", "not related to ... Ana Ruiz": a shorter form that is a person of its own keeps its name
    for name in _short_forms_of_their_own(article, renamed):
        renamed.pop(_tail_key(name, own_names), None)
    for index, mention in enumerate(article.found.mentions):
        key = _tail_key(mention.name, own_names)
        if mention.kind == PERSON and key in renamed and renamed[key] != mention.name:
            article.found.mentions[index] = replace(
                mention, name=renamed[key], rule="surname of a person named earlier", confidence=0.85
            )
    article.found.roles = [
        replace(role, person=renamed.get(_tail_key(role.person, own_names), role.person)) for role in article.found.roles
    ]


_SENTENCE_STOP_RE = re.compile(r"[.!?][\"”’']?\s")
_ONE_SENTENCE = 300  # characters: farther apart, two names stand in two sentences


def _short_forms_of_their_own(article: ArticleState, renamed: dict[str, str]) -> set[str]:
    """Shorter forms of a full name that are people of their own, not bare repeats of it: printed before the full
    name, save its surname ("Ana Ruiz, a farmer, ... Ana Ruiz Vega"), after a relation ("his cousin Ana Ruiz"), in a sentence that sets
    them apart ("Ana Ruiz Vega is not related to the singer Ana Ruiz"), or holding a title the full name has not."""
    first: dict[str, int] = {}
    for mention in article.found.mentions:
        if mention.kind == PERSON:
            first[mention.name] = min(first.get(mention.name, mention.span.start), mention.span.start)
    titles: dict[str, set[str]] = {}
    for role in article.found.roles:
        titles.setdefault(role.person, set()).add(role.title)
    text = article.text
    own = set()
    for mention in article.found.mentions:
        full = renamed.get(_tail_key(mention.name))
        if mention.kind != PERSON or full is None or full == mention.name or full not in first:
            continue
        start = mention.span.start
        sentence = max(
            (stop.end() for stop in _SENTENCE_STOP_RE.finditer(text, max(0, start - _ONE_SENTENCE), start)),
            default=max(0, start - _ONE_SENTENCE),
        )
        if (
            # (a surname may come first: "the Ruiz Vega family ... Ana Ruiz Vega")
            (first[mention.name] < first[full] and not full.endswith(f" {mention.name}"))
            or _RELATION_BEFORE_RE.search(text, max(0, start - 24), start)
            or _SET_APART_RE.search(text, sentence, start)
            or any(not any(a.endswith(b) or b.endswith(a) for b in titles.get(full, ())) for a in titles.get(mention.name, ()))
        ):
            own.add(mention.name)
    return own


def _others_beside_the_full_name(article: ArticleState, renamed: dict[str, str]) -> set[str]:
    """Names opening with a capitalised particle written after the full name they would stand for,
    in its sentence ("Kees van Reid hired Van Reid"): one does not name a person twice so."""
    last_end: dict[str, int] = {}
    others = set()
    for mention in sorted((m for m in article.found.mentions if m.kind == PERSON), key=lambda m: m.span.start):
        full = renamed.get(_tail_key(mention.name))
        if full is not None and full != mention.name and mention.name.partition(" ")[0].lower() in NAME_PARTICLES:
            end = last_end.get(full)
            if (
                end is not None
                and mention.span.start - end <= _ONE_SENTENCE
                and not _SENTENCE_STOP_RE.search(article.text, end, mention.span.start)
            ):
                others.add(mention.name)
        last_end[mention.name] = mention.span.end
    return others


def _tail_key(name: str, own_names: set[str] | frozenset[str] = frozenset()) -> str:
    """A surname opening with a particle, written with a capital where it opens a sentence ("De Visser
    said" for "Jan de Visser"): the same surname, unless `own_names` holds it (another person's name)."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in NAME_PARTICLES and name not in own_names else name


def _capitals_as_written_elsewhere(article: ArticleState) -> None:
    """ "KALAHARI COPPER" in a header beside "Kalahari Copper" in the prose: one organisation, named as the prose writes it."""
    names = {m.name.casefold(): m.name for m in article.found.mentions if m.kind == ORGANISATION and not m.name.isupper()}
    for index, mention in enumerate(article.found.mentions):
        if mention.kind == ORGANISATION and mention.name.isupper() and " " in mention.name:
            written = names.get(mention.name.casefold())
            if written:
                article.found.mentions[index] = replace(mention, name=written)


_COMPASS_WORDS = frozenset(vocab_words("organisations", "compass_words"))


def _nationalities_before_names(article: ArticleState) -> None:
    """(l36) "Jordanian Tarfa Food Processing" beside "Tarfa Food Processing": a nationality opening an
    organisation's name, where the article also prints the rest as the name, says where the company is from: the
    name is the rest, the mention its words. Only where the rest is two words or more and opens with no nationality
    of its own: "Saudi Aramco" beside "Aramco", "Swiss Re", "American Express", "British Airways" keep theirs."""
    text = article.text
    names = {m.name for m in article.found.mentions if m.kind == ORGANISATION}
    for index, mention in enumerate(article.found.mentions):
        first, _, rest = mention.name.partition(" ")
        if (
            mention.kind != ORGANISATION
            or len(rest.split()) < 2
            or rest not in names
            or first not in demonyms()
            or first in _COMPASS_WORDS
            or rest.split()[0] in demonyms()
        ):
            continue
        printed = mention.span.of(text)
        if printed.startswith(f"{first} "):
            start = mention.span.start + len(first)
            while text[start].isspace():
                start += 1
            article.found.mentions[index] = replace(mention, name=rest, span=Span(start, mention.span.end))


def _bare_name(value: str) -> bool:
    """Two or three capitalised words, none a word that is never a name, an event's or a street's:
    repeated with no evidence either way, in business news such a name is mostly an organisation's."""
    words = value.split()
    return (
        len(words) <= 3
        and not any(word in NOT_NAMES or word in EVENT_WORDS or word in ADDRESS_WORDS for word in words)
        and not all(word in demonyms() for word in words[:-1])
        and all(word[:1].isupper() for word in words)
    )


def _known_words(article: ArticleState) -> set[str]:
    """Words of the people and organisations found so far: a lone one is their short form."""
    known = set()
    for mention in article.found.mentions:
        if mention.kind == PERSON and mention.rule != "byline":
            known.update(mention.name.split())
        elif mention.kind == ORGANISATION:
            words = mention.name.split()
            known.add(words[0])
            if words[0] in NAME_OPENINGS and len(words) == 2:
                known.add(words[1])  # "Alcázar" for "Grupo Alcázar": the name without its kind
            if len(words) >= 2 and words[-1] in ORGANISATION_WORDS:
                known.add(words[-1])  # "the Journal" for "Harbour Street Journal"
    return known


def _title_case(text: str, zone: Span) -> bool:
    """ "Kestrel Says It Will Cut Jobs": most words, small ones too, capitalised."""
    words = _HEADLINE_WORD_RE.findall(text, zone.start, zone.end)
    if len(words) < 4:
        return False
    most, capitalised = 0.8 * len(words), len(words)
    for word in words:  # prose fails within its first words: stop there
        if not word[0].isupper():
            capitalised -= 1
            if capitalised < most:
                return False
    return any(word[0].isupper() and word.lower() in _SMALL_WORDS for word in words)


_HEADLINE_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "to",
    "for",
    "of",
    "in",
    "on",
    "at",
    "by",
    "with",
    "and",
    "or",
    "as",
    "is",
    "its",
    "it",
    "will",
    "says",
    "said",
    "after",
    "over",
    "from",
    "into",
    "amid",
    "be",
    "are",
    "was",
    "has",
    "have",
}


def _is_person_name(value: str) -> bool:
    return person_shaped(value) and has_given_name(value)


def _ends_in_a_land(value: str) -> bool:
    words = value.split()
    return len(words) > 2 and any(
        places().get(" ".join(words[-size:]), ("", ""))[1] == "country" for size in (1, 2) if size < len(words) - 1
    )


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _no_organisations_in_turn_labels(article: ArticleState) -> None:
    """A transcript's turn label ("ANN LEE (through interpreter):", "ALH. TOURAY:", opening two paragraphs or
    more) names the speaker of its turn, never an organisation, whichever rule read one there (a name printed
    again, an acronym): such mentions are dropped, and the figures of the turn find their subject elsewhere."""
    spans = sorted(span for spans in turn_labels_in_capitals(article).values() for span in spans)
    if not spans:
        return
    starts = [span.start for span in spans]

    def in_a_label(mention: Span) -> bool:
        index = bisect.bisect_right(starts, mention.start) - 1
        return index >= 0 and spans[index].start <= mention.start < spans[index].end

    article.found.mentions = [m for m in article.found.mentions if m.kind != ORGANISATION or not in_a_label(m.span)]


# (e28) A company's own name before a spaced dash and what it does, then its legal form ("Tessmar – Transportes
# Marítimos, Lda.", as Portuguese and Spanish firms register theirs): one name
# (not a dateline's town in capitals, "OSAKA — Tessa Foods, Inc.": an en dash or a hyphen, a name in lower case)
_DASHED_HEAD_RE = re.compile(rf"(?<![\w’'-])([{UPPER}][\w’'&-]*(?: [{UPPER}][\w’'&-]*){{0,2}}) [–-] $")


class _DashedHeads:
    """(e28 review H3) The mentions by their spans, read as they are added (the loop of names before legal forms
    only appends), and the heads a company's name took, dropped and given back once after the loop: each name
    asks its head's place, not every mention."""

    def __init__(self, article: ArticleState) -> None:
        self.article = article
        self.kinds: dict[tuple[int, int], list[str]] = {}
        self.read: tuple[int, int] = (0, 0)  # (the mentions list's id, how many of it are read)
        self.taken: set[tuple[int, int]] = set()

    def kinds_at(self, start: int, end: int) -> list[str]:
        mentions = self.article.found.mentions
        known, count = self.read
        if known != id(mentions) or count > len(mentions):
            self.kinds, count = {}, 0
        for mention in mentions[count:]:
            self.kinds.setdefault((mention.span.start, mention.span.end), []).append(mention.kind)
        self.read = (id(mentions), len(mentions))
        return self.kinds.get((start, end), [])

    def give_back(self) -> None:
        if not self.taken:
            return
        held = [m for m in self.article.found.mentions if (m.span.start, m.span.end) in self.taken]
        self.article.found.mentions = [m for m in self.article.found.mentions if (m.span.start, m.span.end) not in self.taken]
        self.article.release([m.span for m in held])


def _with_its_dashed_head(article: ArticleState, span: Span, lower: frozenset[str], heads: _DashedHeads) -> Span:
    """The legal form's name with the company's own name before a spaced dash, where that is no place, no person,
    no everyday word and no other mention's ("Lisboa – Tessa Transportes, Lda.", "Update – ..." keep the name).
    (e28 review H1, M4) Only where the name after the dash opens with its kind of business ("Transportes
    Marítimos", "Pesquera del Cabo"): "Basco – Tessa Ice, Inc." is a dateline's town and a company, "Kestrel –
    Orvale Foods, Inc." two companies; and never a head opening its line, where a dateline's town stands."""
    text = article.text
    head = _DASHED_HEAD_RE.search(article.before(span, 50))
    if head is None or span.of(text).split()[0] not in NAME_OPENINGS:
        return span
    value = head.group(1)
    start = span.start - len(head.group(0))
    line_start = max(article.zone_of(span).start, text.rfind("\n", 0, start) + 1)
    if (
        value.isupper()
        or value in places()
        or value in towns()
        or value in small_towns()
        or not text[line_start:start].strip()
        or has_given_name(value)
        or common_word(value, lower)
        or any(word in NOT_NAMES or word.lower() in common_words() for word in value.split())
        or text[start : span.start].count("\n")
    ):
        return span
    end = start + len(value)
    if article.free_between(start, span.start):
        return Span(start, span.end)
    # held: by one organisation's mention of the head exactly, and nothing else
    if not (article.free_between(end, span.start) and article.taken_once(start, end)):
        return span
    if heads.kinds_at(start, end) != [ORGANISATION]:
        return span
    heads.taken.add((start, end))
    return Span(start, span.end)


def find_entities(
    text: str,
    zones: list[Span],
    catalogue: dict,
    byline: Span | None = None,
    dateline_place: tuple[str, Span] | None = None,
    known_organisations: tuple[str, ...] = (),
    dateline_outlet: Span | None = None,
) -> EntityFindings:
    """All entity mentions in the given zones of one article's text.

    known_organisations: names the article itself vouches for (its outlet)."""
    entries = catalogue_entries(catalogue)
    article = ArticleState(text, sorted(zones))
    labels = form_labels(text, article.zones)  # "Company Name:", "Time:": a form's labels, no names
    for label in labels:
        article.take(label)
    if byline:
        article.add(PERSON, byline.of(text), byline, "byline", 0.95)
        article.found.roles.append(RoleFound(byline.of(text), "author", None, byline, "byline"))
    if dateline_outlet:  # "TOKYO (Dispatch) -": the publication is an organisation too
        article.add(ORGANISATION, dateline_outlet.of(text), dateline_outlet, "outlet in dateline", 0.95)
    if dateline_place:
        name, span = dateline_place
        article.found.place_kinds[name] = places().get(name, (name, "city"))[1]
        article.add(PLACE, places().get(name, (name, "city"))[0], span, "dateline", 0.95)
    match_catalogue(
        article,
        entries + [CatalogueEntry(ORGANISATION, name, (), source="outlet named by the article") for name in known_organisations],
    )
    brands_named_after_kin(article)  # before people: "Aunt Cora's Bakeshop" is no aunt
    family_names_in_capitals(article)  # before acronyms: "MORI said" of "MORI Keiko" is no acronym
    people_in_turn_labels_in_capitals(article)  # before acronyms and places: "PRESENTER ANN LEE:" is a person
    find_acronyms(article, _is_person_name)
    _nicknamed_people(article)  # before the runs: 'Rajendra "Bobby" Persaud' is one person, "Bobby" him too
    headline_case = [zone for zone in article.zones if _title_case(text, zone)]
    # before the runs and places: "Ministère des Transports et de la Mobilité", "Cámara de Comercio de Rosales"
    exchanges_named_after_their_cities(article)  # "Borsa İstanbul", "Oslo Børs": the exchange, not the city
    bodies_in_their_language(article)
    bodies_by_their_own_grammar(article)  # "UAB Tessavos grūdai", "Šiaulių bankas"
    lower = lower_case_words(text)
    family_firms(article, proper_runs(article))  # before legal forms: "Tessi e Figli S.p.A." is no firm "Figli"
    companies_acting(article, proper_runs(article))  # before places: "Tessaly raised its dividend" is a company
    heads = _DashedHeads(article)
    for span in proper_runs(article):  # before places: "Asia Tech Daily" is a publication, not Asia
        if not _junk(article, span) and not any(zone.contains(span) for zone in headline_case) and article.free(span):
            value = span.of(text)
            # "Pesquera del Cabo, S. de R.L.": a name before its legal form; not a person's name, whose comma
            # opens what the person is ("Jane Ortiz, Inc. magazine's editor"; "Pedro Ruiz, S.A. chairman")
            # (a name ending in a land's is a firm's local company, no person's: "Rosa Quintas Angola, Lda.", but
            # for a title or a possessive after the legal form)
            if (
                (legal_form := _LEGAL_FORM_AFTER_A_COMMA_RE.match(text, span.end))
                and value not in places()
                and not (
                    person_shaped(value)
                    and has_given_name(value)
                    and not (_ends_in_a_land(value) and not _WHAT_A_PERSON_IS_RE.match(text, legal_form.end()))
                )
            ) or (_LOWER_CASE_LEGAL_FORM_RE.match(text, span.end) and value not in places()):
                span = _with_its_dashed_head(article, span, lower, heads)
                article.add(ORGANISATION, canonical_organisation(span.of(text)), span, "name before its legal form", 0.9)
                continue
            if not _trade_flow(value, lower):  # "China Imports Fell": the trade of a place, no business
                organisation_by_suffix(article, span)  # (free: a name listing fields may have taken the runs after it)
    heads.give_back()
    match_places(article)
    find_places_in_context(article)
    find_categories(article)
    makers = {m.name.split()[0]: m.name for m in article.found.mentions if m.kind == ORGANISATION}
    # In a Title Case headline every word is capitalised: no evidence there, only names the prose gives.
    runs = [run for run in proper_runs(article) if not any(zone.contains(run) for zone in headline_case)]
    _classify_runs(article, find_named_products(article, _firms_joined_by_and(article, runs), makers))
    _late_makers(article)
    _places_over_weak_organisations(article)
    _divisions_of_organisations(article)
    _full_names_for_tails(article)
    _registered_names_for_tails(article)
    _capitals_as_written_elsewhere(article)
    _nationalities_before_names(article)
    find_defined_terms(article)
    drop_defined_terms(article, lambda word: word in common_words() or word in lower)
    find_tickers(article)
    article.found.mentions = acronyms_as_names(article.found.mentions)
    merge_misspelt_names(article)
    if headline_case:
        article.found = names_found_again(text, headline_case, article.found)
    _no_organisations_in_turn_labels(article)
    find_products(article)
    lower_case_brands(article)
    find_roles(article, entries)
    if labels:
        article.found.mentions = [m for m in article.found.mentions if not any(_overlap(m.span, label) for label in labels)]
    article.found.mentions.sort(key=lambda m: (m.span, m.kind))
    return article.found
