"""Runs of capitalised words: the candidates the general rules classify."""

from __future__ import annotations

import bisect
import functools
import re

from loaders.extract.cues import LEGAL_FORMS, NAME_PARTICLES, ROLE_RE
from loaders.extract.entities.guards import is_currency_word
from loaders.extract.entities.state import LOWER, NOT_NAMES, UPPER, ArticleState
from loaders.extract.gazetteer import demonyms, places, towns
from loaders.spans import Span
from loaders.vocab import alternation, mapping, words

# A word of a name; "A/S", "K/S": a company-law form written with a slash;
# "Workers' Union": a plural's apostrophe inside a name, when another capitalised word follows.
# (A capital of any Latin alphabet opens a word: "Şişecam", "Österberg"; a Hawaiian okina may stand
# before it: "ʻAkana".)
TOKEN = rf"(?:[A-Z]/[A-Z](?![\w/])|ʻ?[{UPPER}][\w’'&.-]*[\w.](?:(?<=s)['’](?= [A-Z]))?|[{UPPER}])"
# "Seamen's Union", "People's Committee": an irregular plural's possessive inside a body's name
_PLURAL_POSSESSIVE_RE = re.compile(r"(?:men|people|children|People|Children)[’']s$")  # ("Ó" of "Seán Ó Dálaigh")
# "d'Investissement", "l'Industrie": a French elided article glued to a capitalised word, inside a name
ELIDED = r"(?:[dl][’'][A-Z][\w’'&.-]*[\w.])"
# Lower-case words that join the words of one name: "Bank of X", "Office for Y", "Jan van der Berg", "Ahmed bin Salem",
# "Comisión para el Comercio".
# A name never runs across a line break ("Jo Hale" on one line, "Thu Oct 16" on the next).
NAME_JOINERS = tuple(sorted(words("names", "name_joiners"), key=len, reverse=True))  # "para el" before "para"
# Each connector a whole word, and the run of them possessive: connectors are lower case and a name's
# words capitalised, so no match needs one back, and " para los" read as one joiner or two is tried once
# (without that, k such pairs before no name take 2**k steps).
CONNECTOR = rf"(?:(?:[^\S\n](?:of|for|&|du|des|et|{'|'.join((*NAME_PARTICLES, *NAME_JOINERS))})(?!\w))++[^\S\n]|[^\S\n])"
# "Almaz Temir uulu": a Central Asian patronymic after the father's name ends the run, part of the name.
TRAILING_PATRONYMICS = tuple(sorted(words("names", "trailing_patronymics"), key=len, reverse=True))
_TRAILING_PATRONYMIC = rf"(?:[^\S\n](?:{'|'.join(re.escape(word) for word in TRAILING_PATRONYMICS)})(?![\w'’ʻ‘]))?"
PROPER_RUN_RE = re.compile(rf"{TOKEN}(?:{CONNECTOR}(?:{TOKEN}|{ELIDED}))*{_TRAILING_PATRONYMIC}")
POSSESSIVE_RE = re.compile(r"[’'][sS]$")  # "INDONESIA'S" in a line of capitals too
_TOKEN_RE = re.compile(r"\S+")
_WORD_TOKEN_RE = re.compile(r"\w\S*")
# "BA-owner", "Oslo-listed": a name joined to a common word is a description, no part of a name.
_LOWER_COMPOUND_RE = re.compile(rf"\w-(?:[a-z]+ed|{'|'.join(words('names', 'compound_tails'))})$")
_GIVEN_NAME_ABBREVIATIONS = frozenset(words("names", "given_name_abbreviations"))
_KEEPS_ITS_STOP = frozenset(words("not_names", "keeps_its_stop"))
_HONORIFICS = frozenset(words("names", "honorifics"))
_HEREDITARY_NAME_TITLES = frozenset(words("names", "hereditary_name_titles"))
# "Tan Sri", "Dato' Sri": titles of two words, both dropped before a name ("Tan" alone a family name, "Sri" a given name)
_TWO_WORD_HONORIFICS = frozenset(words("names", "two_word_honorifics"))
_DEDICATION_OPENERS = frozenset(words("names", "dedication_openers"))  # "Our Lady": a dedication's, no title
_HONORIFICS_WITH_STOP = frozenset(words("names", "honorifics_with_stop"))  # "M. Rossier", not "$31M"
# A page that writes English courtesy titles ("Mr. Kathirvel") writes "M." as a name's initial ("M. Kathirvel"),
# not as "Monsieur" ("M. Rossier" on a page translated from French, "Mme" its courtesy title for women); the name
# after the title, its last word the surname.
_ENGLISH_COURTESY_RE = re.compile(
    rf"(?<![\w.])(?:{alternation(words('names', 'courtesy_titles_of_english_pages'))})\.?[^\S\n]+"
    rf"(?P<name>[{UPPER}][\w'’-]*(?:[^\S\n][{UPPER}][\w'’-]*)*)"
)
# Initials opening a person's name ("S. Lakshmi Priya", "K.R. Palanisamy"): one or more letters with their stops.
INITIALS = r"[A-Z]\.(?:-?[A-Z]\.)*"  # (hyphenated too: "S.-J. Ng"; people's evidence reads the same initials)
_INITIALS_RE = re.compile(INITIALS)
# A title and "of" right before a run (the order of pages translated from Russian and other languages: title, body,
# then the name: "managing director of Palani Cotspin K.R. Palanisamy")
_TITLE_OF_BEFORE_RE = re.compile(rf"\b(?:{ROLE_RE.pattern})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Dotted letters of a clock, a title or a state ("P.M.", "D.G.P.", "U.P."), and nouns a letter labels ("vitamin C."):
# before a name, no one's initials
_DOTTED_NOT_INITIALS = frozenset(words("names", "dotted_letters_not_initials"))
_DOTTED_STATES = frozenset(words("names", "dotted_letters_of_a_state"))  # "in U.P.": no initials after a place's preposition
_PLACE_PREPOSITIONS = frozenset(words("names", "place_prepositions"))
_NOUNS_LABELLED_BY_A_LETTER = frozenset(words("names", "nouns_labelled_by_a_letter"))
_WORD_BEFORE_RE = re.compile(r"(\S+)[^\S\n]+$")
_NUMBER_RE = re.compile(r"\d[\d.,:]*(?<![,:])")  # a bare number ("6"), not one a comma ends ("3,", "2019,")
_TITLE_OF_REACH = 80
PATRONYMIC_PARTICLES = frozenset(words("names", "patronymic_particles"))
_HONORIFICS_ALSO_ADDRESSES = frozenset(words("names", "honorifics_also_addresses"))  # "Av.": Avenida too
_ADDRESS_LOCATIVE_BEFORE_RE = re.compile(rf"\b(?i:{alternation(words('names', 'address_locatives'))})\s+$")
_SET_OFF_NAME_AFTER_RE = re.compile(rf"\s*,(?!\s*\d)|\s+(?:{alternation(words('names', 'address_title_verbs'))})\b")


def _a_title_set_off(text: str, start: int, end: int) -> bool:
    """Whether a title an address prints too ("Av.") opens a person's name here: no locative before it
    ("on Av. Winston Churchill"), and the name set off after it by a comma (no house number: "Av. Presidente
    Vargas, 1000") or a speech verb ("Av. Ayşe Demir said"); not a table's label ("Av. Selling Price rose")."""
    return (
        _ADDRESS_LOCATIVE_BEFORE_RE.search(text, max(0, start - 12), start) is None
        and _SET_OFF_NAME_AFTER_RE.match(text, end) is not None
    )


# Courtesy titles written before given names ("Pak", "Ibu", "Mang") are ordinary words too, and open
# companies' names ("Pak Shing Shipping", "Ibu Holdings"): one opening a run that ends in an
# organisation's word is the name's first word, not a title cut off.
_GIVEN_NAME_HONORIFICS = frozenset(words("names", "given_name_honorifics"))
_ORGANISATION_ENDINGS = (
    frozenset(words("organisations", "name_endings")) | LEGAL_FORMS | frozenset(words("organisations", "weak_name_endings"))
)
# (review fixfp2) a courtesy title that is a town's name too ("Maun") opens a body's or a site's name where the run
# goes on into one of these words ("Maun Safari Lodges", "Maun International Airport")
_TOWN_TITLE_BODY_WORDS = (
    frozenset(words("names", "town_title_body_words")) | _ORGANISATION_ENDINGS | frozenset(words("names", "address_words"))
)
_HONORIFICS_ALSO_NOUNS = frozenset(words("names", "honorifics_also_nouns"))  # "Hajj": "the Hajj Ministry"
_FAMILY_NAME_HONORIFICS = words("names", "honorifics_also_family_names")  # "Bi": "Bi Jingquan", "Bi said"
_SURNAME_HONORIFICS = frozenset(words("names", "honorifics_also_surnames"))  # "Shaikh": "Imran Shaikh" too
_FAMILY_NAME_HONORIFIC_RE = re.compile(
    rf"(?<![\w'’-])({'|'.join(re.escape(word) for word in _FAMILY_NAME_HONORIFICS)})(?P<possessive>['’]s)?(?![\w'’-])"
    rf"(?P<names>[^\S\n]+[A-Z][\w'’-]*[^\S\n]+[A-Z][\w'’-]*)?(?P<alone>(?![^\S\n]+[A-Z]))?"
)


def family_names_not_titles(text: str) -> frozenset[str]:
    """The honorifics that are family names too ("Bi") which this article does not use as titles: it
    never prints one before two or more capitalised name words, or prints one alone as a name ("Bi
    said", "Bi's", "Bi,"). One pass over the article."""
    titled: set[str] = set()
    alone: set[str] = set()
    for match in _FAMILY_NAME_HONORIFIC_RE.finditer(text):
        if match.group("possessive") or (match.group("alone") is not None and not match.group("names")):
            alone.add(match.group(1))
        elif match.group("names"):
            titled.add(match.group(1))
    return frozenset(word for word in _FAMILY_NAME_HONORIFICS if word not in titled or word in alone)


def names_not_titles(text: str) -> frozenset[str]:
    """The honorifics that are names too which this article does not use as titles: family names ("Bi
    Jingquan"; family_names_not_titles) and given names ("Madan Lal Verma"; given_names_not_titles).
    Decided once per article by its reader (ArticleState.family_names; quotes' Speakers) and passed down."""
    return family_names_not_titles(text) | given_names_not_titles(text)


_TITLES_BEFORE_SEVERAL_NAMES = frozenset(words("names", "titles_before_several_names"))  # "Sri": "Sri Wahyuni" too
_TITLES_BEFORE_A_GIVEN_NAME = frozenset(words("names", "titles_before_a_given_name_alone"))  # "Don Ramón"
_GIVEN_NAME_ALSO_HONORIFICS = [
    *dict.fromkeys([*words("names", "honorifics_also_given_names"), *sorted(_TITLES_BEFORE_SEVERAL_NAMES)])
]
_HONORIFICS_OF_A_LAND = mapping("names", "honorifics_of_a_land")  # (m21 review H1) "Tem": Kiribati
_GENERATION_WORDS = frozenset(words("names", "generation_suffixes"))  # "Don Kelly Jr.": a given name and a surname
_NAME_WORD = r"[A-Z][\w'’-]*"
_GIVEN_NAME_HONORIFIC_RE = re.compile(
    rf"(?<![\w'’-])({'|'.join(re.escape(word) for word in _GIVEN_NAME_ALSO_HONORIFICS)})[^\S\n]+"
    rf"(?P<names>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})*)"
)


def _opens_a_land(title: str, names: list[str]) -> bool:
    """Whether the title word and the words after it open a known place's name or a land's adjective ("Sri Lanka",
    "Sri Lanka's", "Sri Lankan"): a land's name, no person's, whatever title the word is elsewhere."""
    for count in range(1, min(len(names), 3) + 1):
        name = " ".join([title, *names[:count]])
        name = POSSESSIVE_RE.sub("", name).rstrip(".,;:")
        if name in places() or name in demonyms():
            return True
    return False


def _a_bodys_words(names: list[str]) -> bool:
    """Whether the words after a title hold an organisation's word ("Sri Venkateswara University"): a body's
    name, no person's."""
    return any(name.rstrip(".,;:") in _ORGANISATION_ENDINGS for name in names)


def _a_towns_body(title: str, after: list[re.Match[str]]) -> bool:
    """Whether a courtesy title that is a town's name too ("Maun") opens a body's or a site's name: the words after it
    go on into a body's or a site's word ("Maun Safari Lodges", "Maun International Airport")."""
    return title in towns() and any(token.group(0).rstrip(".,;:") in _TOWN_TITLE_BODY_WORDS for token in after)


def given_names_not_titles(text: str) -> frozenset[str]:
    """The honorifics that are given names too ("Madan") which this article does not use as titles: a title
    is one it prints before a name of two words or more and again before that name's last word alone
    ("Madan Josette Pierre-Louis", then "Madan Pierre-Louis"); a given name opens the same words again
    ("Madan Lal Verma", then "Madan Lal"). Those of titles_before_several_names are titles too where the page prints
    them before two names or more that open with different words ("Sri Kottala Ravi Kumar", "Sri P. Anand"); those of
    titles_before_a_given_name_alone where the page prints them before a given name alone that opens a longer name
    after them too ("Don Ramón Ortiz", "Don Ramón"). A land's name or adjective ("Sri Lanka", "Sri Lankan") or a
    body's ("Sri Venkateswara University") is no name here. One pass over the article."""
    from loaders.extract.entities.people import is_given_name  # people reads the runs too

    full: dict[str, set[str]] = {}
    alone: dict[str, set[str]] = {}
    openings: dict[str, set[str]] = {}
    full_openings: dict[str, set[str]] = {}  # the first words of the names of two words or more after each
    title_case_lines = _TitleCaseLines(text)
    for match in _GIVEN_NAME_HONORIFIC_RE.finditer(text):
        names = match.group("names").split()
        if _opens_a_land(match.group(1), names) or _a_bodys_words(names):
            continue  # "Sri Lanka", "Sri Lankan", "Sri Venkateswara University": no person's name
        openings.setdefault(match.group(1), set()).add(names[0])
        if len(names) == 1:
            alone.setdefault(match.group(1), set()).add(names[0])
        else:
            full.setdefault(match.group(1), set()).add(names[-1])
            if _a_longer_name(names) and not title_case_lines.holds(match.start()):
                full_openings.setdefault(match.group(1), set()).add(names[0])
    given_alone = {
        word: {name for name in alone.get(word, set()) & full_openings.get(word, set()) if is_given_name(name)}
        for word in _TITLES_BEFORE_A_GIVEN_NAME
    }
    surnames_alone = _printed_alone(text, set().union(*given_alone.values()))
    lands = {land for land in set(_HONORIFICS_OF_A_LAND.values()) if re.search(rf"(?<!\w){re.escape(land)}", text)}
    return frozenset(
        word
        for word in _GIVEN_NAME_ALSO_HONORIFICS
        if not (full.get(word, set()) & alone.get(word, set()))
        and _HONORIFICS_OF_A_LAND.get(word) not in lands  # "Tem Taratai Bauro" on a page of Kiribati
        and not (word in _TITLES_BEFORE_SEVERAL_NAMES and len(openings.get(word, ())) >= 2)
        and not (word in _TITLES_BEFORE_A_GIVEN_NAME and given_alone[word] - surnames_alone)
    )


def _a_longer_name(names: list[str]) -> bool:
    """Whether the words after a title that is a given name too ("Don") are a person's longer name the given name
    alone after it opens ("Ramón Ortiz", "Ramón Ortiz Peña"): two or three words, the last no generation's word
    ("Don Kelly Jr.": Don Kelly's son, "Don" his given name)."""
    return 2 <= len(names) <= 3 and names[-1].rstrip(".,;:") not in _GENERATION_WORDS


class _TitleCaseLines:
    """Whether the line holding an offset is in title case ("Don Lee Says Farm Bill Is Ready"): a headline's
    capitalised words are no name. Each line is read once, where a match falls in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [match.start() for match in re.finditer("\n", text)]
        self.read: dict[int, bool] = {}

    def holds(self, offset: int) -> bool:
        from loaders.extract.entities import _title_case  # the entity pass reads the runs too

        line = bisect.bisect_left(self.ends, offset)
        if line not in self.read:
            start = self.ends[line - 1] + 1 if line else 0
            end = self.ends[line] if line < len(self.ends) else len(self.text)
            self.read[line] = _title_case(self.text, Span(start, end))
        return self.read[line]


_LETTER_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _printed_alone(text: str, names: set[str]) -> set[str]:
    """Those of the names the page prints as a word alone ("Lee said", "said Lee."): no capitalised word right
    before or after it. A given name a courtesy title stands before ("Don Ramón") is not printed so; a surname is
    ("Don Lee", then "Lee said"). One pass over the article's words."""
    found: set[str] = set()
    if not names:
        return found
    tokens = _LETTER_WORD_RE.finditer(text)
    before: re.Match[str] | None = None
    current = next(tokens, None)
    while current is not None:
        after = next(tokens, None)
        if current.group(0) in names and not (_joined(text, before, current, before) or _joined(text, current, after, after)):
            found.add(current.group(0))
        before, current = current, after
    return found


def _joined(text: str, left: re.Match[str] | None, right: re.Match[str] | None, other: re.Match[str] | None) -> bool:
    """Whether two words stand side by side on a line, a space between, and the other is capitalised: one name."""
    return (
        left is not None
        and right is not None
        and other is not None
        and other.group(0)[0].isupper()
        and right.start() - left.end() <= 2
        and text[left.end() : right.start()].strip(" \u00a0") == ""
    )


def fathers_titles(tokens: list[str]) -> set[int]:
    """The indexes of the honorifics after a patronymic particle ("bin Pengiran Haji Yusof"): the
    father's titles, part of the name, no honorific opening another one."""
    found: set[int] = set()
    after_particle = False
    for index, token in enumerate(tokens):
        if token in PATRONYMIC_PARTICLES:
            after_particle = True
        elif after_particle and token.rstrip(".,") in _HONORIFICS:
            found.add(index)
        else:
            after_particle = False
    return found


_BUSINESS_NOUNS = frozenset(words("organisations", "business_nouns"))
_DEAL_ROLES = frozenset(words("organisations", "deal_role_words"))
# A kind of body right after a deal's role makes the role part of a name ("Buyer Group International")
_KINDS_AFTER_A_ROLE = frozenset(
    word for key in ("name_endings", "company_endings", "weak_name_endings") for word in words("organisations", key)
)
_SENTENCE_OPENERS = frozenset(" \t\n\"“‘'(")
_NAME_OPENINGS = frozenset(words("organisations", "name_openings"))
_MONTHS = frozenset(words("not_names", "months"))
# "Fisherman Owain Hughes", "Herder Ánte Labba": a trade people work on their own account, capitalised
# before a name, is no part of it
_TRADES_BEFORE_A_NAME = frozenset(trade.capitalize() for trade in words("names", "trades_before_a_villager"))
_QUANTITY_RE = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Half|Both|Dozens|Hundreds|Thousands|Millions)"
    r"(?:-(?:thirds?|quarters?|fifths?|tenths?|halves))?"
)
# The most words a person's name takes, particles and fathers' titles with it ("Khalid bin Saeed bin Rashid Al
# Mansoori"): a longer stretch of a run is no one's name.
_MOST_NAME_TOKENS = 8
_PREVIOUS_WORD_RE = re.compile(r"([\w-]+)\.?\s+$")
_CONNECTORS = {"of", "for", "de", "des", "et", "&", "and", "the"}
_TRAILING_CONNECTORS = {
    "of",
    "for",
    "&",
    "and",
    "du",
    "des",
    "et",
    "the",
    *NAME_PARTICLES,
    *(joiner for joiner in NAME_JOINERS if " " not in joiner),
}
# ("Ministry of Industry": a page's section word ends a body's name after "of")
_NEVER_LAST = (
    (NOT_NAMES - frozenset(words("not_names", "page_words")))
    | frozenset(words("not_names", "currency_words"))
    | frozenset(words("not_names", "months_short"))
)
_HAS_DIGIT_RE = re.compile(r"\d")
_FIGURE_AFTER_RE = re.compile(r"[ \u00a0]?\d")
_GLUED_FIGURE_RE = re.compile(r"[A-Z][A-Za-z]{0,2}\d[\d.,]*")  # "N2", "KSh1.4", "TSh46": a currency's letters and a figure
_SCALE_AFTER_RE = re.compile(r"[.,]?\d*(?:\s+(?:billion|million|trillion|crore|lakh)\b|(?:bn|mn|m|tn|k|b)\b)")
_SIGN_PREFIX_RE = re.compile(r"[A-Z]{1,3}")  # "US", "NZ", "HK", "C": a dollar's country letters before "$"
_SIGN_AFTER_RE = re.compile(r"\$\s?\d")
# A run ending in a legal form of initials written with their stops keeps the last one ("Tessby Kōgyō
# K.K.", "Orvane B.V."): the stop is the form's, though it may end the sentence too.
_ENDS_WITH_ITS_STOP = (
    "Co.",
    "Inc.",
    "Corp.",
    "Ltd.",
    "U.S.",
    *sorted(form for form in LEGAL_FORMS if re.fullmatch(r"(?:[A-Z]\.){2,}", form)),
    # (m21 review H2) ... and, after a name's word, every legal form of dotted letters, lower-case and non-ASCII ones too
    # ("Anatolia Karoseri S.p.A.", "Kestrel Gıda A.Ş.", "Orvane S.r.l."): none loses its stop to a sentence's end and
    # with it its reading as a legal form (a form of one word, "Kft.", loses it and is read without it)
    *sorted(f" {form}" for form in LEGAL_FORMS if re.fullmatch(r"(?:[^\W\d_]+\.){2,}", form)),
)


def _cut_points(
    text: str, start: int, end: int, family_names: frozenset[str], courtesy_surnames: frozenset[str] | None
) -> list[tuple[int, int]]:
    """Where a run of capitalised words holds more than one name, the stretches
    to drop between them: a full stop ending a sentence ("Holdings. Kumo"), a
    title ("Kestrel CEO Jane Roe"), an honorific ("said Mr Lee"), and the "'s"
    of a possessive inside the run ("Kestrel's Harbour Fund"). `family_names`:
    the honorifics the article uses as family names, no titles ("Bi Jingquan";
    names_not_titles). `courtesy_surnames`: the surnames the page prints after English courtesy titles ("Mr.
    Kathirvel"), None where it prints none; on such a page a one-letter title with its stop ("M.") is a name's
    initial before a word that is no given name ("M. Kathirvel"), or before a name whose surname the page prints
    after "Mr." too ("M. Senthil Nathan" ... "Mr. Nathan"); before another given name it is "Monsieur" ("M. Pierre
    Lemaire met Mr. Hale")."""
    from loaders.extract.entities.people import given_names, person_shaped  # people needs runs' vocabulary

    cuts = []
    tokens = list(_TOKEN_RE.finditer(text, start, end))
    titles_of_fathers = fathers_titles([token.group(0) for token in tokens])
    company = len(tokens) >= 2 and tokens[-1].group(0).rstrip(".,") in _ORGANISATION_ENDINGS
    # an honorific that is a noun too opens a name only before a given name ("Hajj Abdullah", not "Hajj Ministry")
    nouns_not_titles = {
        index
        for index, token in enumerate(tokens)
        if token.group(0).rstrip(".,") in _HONORIFICS_ALSO_NOUNS
        and not (index + 1 < len(tokens) and tokens[index + 1].group(0).rstrip(".,") in given_names())
    }
    # an honorific that is a surname too opens a name only, a name word after it ("Shaikh Rashid Al-Hadi", "Chairman
    # Shaikh Rashid", "Tessa Foods Shaikh Rashid"); after a given name, or last, it is the surname ("Imran Shaikh")
    surnames_not_titles = {
        index
        for index, token in enumerate(tokens)
        if token.group(0).rstrip(".,") in _SURNAME_HONORIFICS
        and (index + 1 >= len(tokens) or (index > 0 and tokens[index - 1].group(0).rstrip(".,") in given_names()))
    }
    # (review fixpasses4 H3) nor a title before a run that is no person's name: with no given name next, a run going on
    # into an organisation's word (a possessive's too) or a place's name is a company's ("Tata Steel UK", "Tata Steel's
    # Port Talbot plant", "Tata Chemicals Europe"); a title only before a person's ("Tata Albert Mouanda", "Tata Mouanda")
    surnames_opening_bodies = {
        index
        for index, token in enumerate(tokens)
        if token.group(0).rstrip(".,") in _SURNAME_HONORIFICS
        and index + 1 < len(tokens)
        # (a given name that is an organisation's word too opens no person's name: "Tata Steel UK")
        and not (
            tokens[index + 1].group(0).rstrip(".,") in given_names()
            and POSSESSIVE_RE.sub("", tokens[index + 1].group(0)).rstrip(".,") not in _ORGANISATION_ENDINGS
        )
        and any(
            name in _ORGANISATION_ENDINGS or name in places()
            for name in (POSSESSIVE_RE.sub("", after.group(0)).rstrip(".,;:") for after in tokens[index + 1 : index + 4])
        )
    }
    for index, token in enumerate(tokens):
        word = token.group(0)
        bare = word.rstrip(".,")
        if index == 0 and bare in _ROYAL_TITLES and _royal_title_before_a_full_name(text, tokens):
            cuts.append((token.start(), token.end()))  # "Prince Adedapo Sowunmi": the title, then the name
            continue
        if index + 1 < len(tokens) and f"{word} {tokens[index + 1].group(0).rstrip('.,')}" in _TWO_WORD_HONORIFICS:
            cuts.append((token.start(), tokens[index + 1].end()))  # "Tan Sri Faizal Hakim": the title's two words
            continue
        if (
            word.endswith(".")
            and token.end() < end
            # "U.S." keeps its stop; a figure with a decimal point does not ("a combined KSh1.62bn. Rimal")
            and not (
                bare in _KEEPS_ITS_STOP
                or len(bare) == 1
                or ("." in bare and not _HAS_DIGIT_RE.search(bare))
                or bare in _HONORIFICS
            )
            # a given name's abbreviation keeps its stop only where it opens the name ("Md. Rafiq
            # Hasan"); after a name word it is a surname ending a sentence ("backed by Jo Ma. Shares rose")
            and not (bare in _GIVEN_NAME_ABBREVIATIONS and token.start() == start)
        ):
            cuts.append((token.end() - 1, token.end()))  # a sentence ends here: "Holdings." | "Kumo"
        elif _a_legal_form_ending_a_sentence(tokens, index):
            cuts.append((token.end(), tokens[index + 1].start()))  # (m21) "Kestrel Foods Ltd." | "Harlow Mills S.A."
        elif token.end() < end and POSSESSIVE_RE.search(word) and not _PLURAL_POSSESSIVE_RE.search(word):
            cuts.append((token.end() - 2, token.end()))
        if (
            (
                bare in _HONORIFICS
                and bare not in family_names
                and index not in titles_of_fathers
                and index not in nouns_not_titles
                and index not in surnames_not_titles
                and index not in surnames_opening_bodies
                # (m20) nor a surname's ("Tata Steel", "Tata Motors": a family's company, no title)
                and not (company and (bare in _GIVEN_NAME_HONORIFICS or bare in _SURNAME_HONORIFICS))
                # "Sri Lanka Telecom", "Central Bank of Sri Lanka": the land's name, on any page
                and not _opens_a_land(bare, [token.group(0) for token in tokens[index + 1 : index + 4]])
                and not (bare in _GIVEN_NAME_HONORIFICS and _a_towns_body(bare, tokens[index + 1 : index + 4]))
                # "Parish Our Lady of the Tides": a church's dedication, the honorific no person's title
                and not (index > 0 and tokens[index - 1].group(0) in _DEDICATION_OPENERS)
            )
            or (
                bare in _HONORIFICS_WITH_STOP
                and word.endswith(".")
                and token.start() == start
                and not (len(bare) == 1 and _an_initial(tokens, index, courtesy_surnames, given_names()))
            )
            or (
                bare in _HONORIFICS_ALSO_ADDRESSES
                and word.endswith(".")
                and token.start() == start
                and _a_title_set_off(text, start, end)
            )
            or _LOWER_COMPOUND_RE.search(bare)
            or (_role_word(bare) and bare[:1].isupper() and token.start() > start)
        ):
            cuts.append((token.start(), token.end()))
        elif (
            word == "of"
            and 0 < index <= _MOST_NAME_TOKENS
            and index < len(tokens) - 2
            and tokens[index + 1].group(0) in _NAME_OPENINGS
            and person_shaped(text[start : tokens[index - 1].end()])  # (a bounded stretch: linear in the run)
        ):
            # "Ana Reyes of Bank Tessal", "Jo Hale of Banco Orvo": a person, then the body a name opens (the
            # body's kind first), no "X of Bank" body
            cuts.append((token.start(), token.end()))
    return cuts


# (m21) The legal forms that, with their stop, end a name before a next sentence's capitalised word ("Ltd.", "S.A.",
# "Inc."): not those that open a place's name too (`legal_forms_opening_places`: "Co. Cork", an Irish county).
_STOP_ENDED_LEGAL_FORMS = frozenset(form for form in LEGAL_FORMS if form.endswith(".")) - frozenset(
    words("organisations", "legal_forms_opening_places")
)


def _a_legal_form_ending_a_sentence(tokens: list[re.Match[str]], index: int) -> bool:
    """(m21) Whether the token is a legal form with its stop (after a name's word, or after its name's bracket: "Kestrel
    Rice Company (SL) Ltd."), the next token a capitalised word that is no legal form or name ending: the stop ends the
    sentence ("owned by Kestrel Foods Ltd. Harlow Mills S.A. holds the rest"); "Co. Ltd.", "Pty. Ltd." stay one name's."""
    if index + 1 >= len(tokens) or tokens[index].group(0) not in _STOP_ENDED_LEGAL_FORMS:
        return False
    following = tokens[index + 1].group(0)
    return following[:1].isupper() and following.rstrip(".,") not in _ORGANISATION_ENDINGS and following not in LEGAL_FORMS


# Royal and princely titles that are given names too ("Prince", "Sultan"): before a person's full name a title, no
# part of the name ("Prince Adedapo Sowunmi"); before one word a name ("Prince Osei"); in a street's or a body's name
# a word of it ("Prince Albert Street", "Sultan Qaboos University").
_ROYAL_TITLES = frozenset(words("names", "royal_titles_also_given_names"))
_ADDRESS_WORDS = frozenset(words("names", "address_words"))


def _royal_title_before_a_full_name(text: str, tokens: list[re.Match[str]]) -> bool:
    """The run opens with a royal title before two name words or more that make a person's name, ending in no
    address's or organisation's word."""
    from loaders.extract.entities.people import person_shaped  # people needs runs' vocabulary

    if len(tokens) < 3:
        return False
    last = tokens[-1].group(0).rstrip(".,")
    if last in _ADDRESS_WORDS or last in _ORGANISATION_ENDINGS:
        return False
    return person_shaped(text[tokens[1].start() : tokens[-1].end()])


def _an_initial(tokens: list[re.Match[str]], index: int, courtesy_surnames: frozenset[str] | None, given: frozenset[str]) -> bool:
    """A one-letter title with its stop ("M.") opening a name is the name's initial: the page prints English courtesy
    titles, and the word after it is no given name, or the name's surname is one the page prints after "Mr." too."""
    if courtesy_surnames is None or index + 1 >= len(tokens):
        return False
    return tokens[index + 1].group(0) not in given or any(
        POSSESSIVE_RE.sub("", token.group(0).rstrip(".,")) in courtesy_surnames for token in tokens[index + 2 :]
    )


def _person_tail(text: str, start: int, end: int) -> int | None:
    """Where a person's name starts inside a longer run ("Board Peter Lindqvist"): a given
    name after the run's first word, followed by one or two name words to the run's end; not
    after the initials that open a person's name ("S. Lakshmi Priya": one name, its initial kept)."""
    from loaders.extract.entities.people import given_names, has_given_name, person_shaped, titled_or_set_off

    tokens = list(_TOKEN_RE.finditer(text, start, end))
    for index in range(max(1, len(tokens) - 5), len(tokens) - 1):  # four name words and particles
        tail = text[tokens[index].start() : end]
        if _initials_after_a_body(text, start, tokens, index) or _name_after_a_title_of_a_body(text, start, tokens, index):
            return tokens[index].start()
        if (
            tokens[index].group(0) in given_names()
            and tokens[index - 1].group(0) not in NAME_PARTICLES  # "Khalid bin Saeed": one name across "bin"
            and tokens[0].group(0) not in _NAME_OPENINGS  # "Minera Andina del Sur": a company's name
            # "Wan Mohd Hafiz Wan Ismail", "Tengku Nur Aisyah ...": a Malay hereditary title opens the person's name
            and tokens[0].group(0) not in _HEREDITARY_NAME_TITLES
            and tokens[0].group(0).rstrip(".") not in _GIVEN_NAME_ABBREVIATIONS  # "Md. Rafiq Hasan": one name
            # "S. Lakshmi Priya", "S. K. Lakshmi Priya": one name
            and not _initials_open_the_name(text, start, [token.group(0) for token in tokens[:index]])
            and person_shaped(tail)
            # "Central Bank of Sri Lanka": a land's name ("Sri" a given name too) is no person's
            and places().get(tail, ("", ""))[1] not in ("country", "state")
            # (the run's first word a given name, accents and all: "Dòmhnall Iain MacLeod" is one name)
            and (
                not (tokens[0].group(0) in given_names() or has_given_name(text[start:end])) or not person_shaped(text[start:end])
            )
            # ("Ndèye Fatou Sarr", "Pape Moussa Diouf": a first given name no list knows, no known word, is part of it)
            and not (
                index == 1
                and _unlisted_given_name(tokens[0].group(0))
                and person_shaped(text[start:end])
                and titled_or_set_off(
                    text[max(0, tokens[0].start() - _TITLE_OF_REACH) : tokens[0].start()], text[end : end + _TITLE_OF_REACH]
                )
            )
        ):
            return tokens[index].start()
    return None


def _unlisted_given_name(word: str) -> bool:
    """A capitalised word right before a person's given name and surname that may be a first given name no list
    knows ("Ndèye" of "Ndèye Fatou Sarr"): a name's letters, and no known word of any other kind (an ordinary
    word, a day or month, a place, a nationality, a title, a body's or an address's word: "Monday Fatou Sarr",
    "Board Peter Lindqvist", "Senegalese Fatou Sarr" are no one's longer name). Read so only where a title, a
    courtesy title or a role set off stands beside the whole run (`titled_or_set_off`): unknown titles and
    bodies' words in other languages open runs too ("Headman X Y", "Scheepswerf Van der Kolk")."""
    from loaders.extract.entities.people import _not_name_words, common_words, is_given_name  # people needs runs' vocabulary
    from loaders.extract.gazetteer import demonyms

    return (
        _LETTERS_WORD_RE.fullmatch(word) is not None
        and not is_given_name(word)
        and word.lower() not in common_words()
        and word not in _not_name_words()
        and word not in _MONTHS
        and word not in _HONORIFICS
        and word not in _NAME_OPENINGS
        and word not in places()
        and word not in towns()
        and word not in demonyms()
        and not ROLE_RE.fullmatch(word)
    )


_LETTERS_WORD_RE = re.compile(rf"[{UPPER}][{LOWER}]+")


# A title and "of" before a body's or a place's capitalised words, up to the word looked at ("The mayor of
# Kecel ", "President of the Municipality of Kikinda ", "chairman of the board of Tessa Mills ")
_TITLE_OF_A_BODY_BEFORE_RE = re.compile(
    rf"\b(?:{ROLE_RE.pattern})\s+of\s+(?:the\s+)?(?:[{UPPER}][\w’'.&-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)+$",
    re.IGNORECASE,
)


_PORTFOLIOS = frozenset(words("roles", "portfolios"))
# (q26) A title, "for" and one portfolio's word, up to the word looked at ("the Minister for Finance ")
_TITLE_FOR_A_PORTFOLIO_BEFORE_RE = re.compile(rf"\b(?:{ROLE_RE.pattern})[ \t]+for[ \t]+[{UPPER}][{LOWER}]+[ \t]+$", re.IGNORECASE)


def _a_body_then_a_given_name(tokens: list[re.Match[str]], index: int) -> bool:
    """(q25) Two capitalised words or more of a body's name run straight into a given name and one more name word,
    the run's last ("Kestrel Torvik Bojan Kranjc"): no word of the name a body's, nor a given name the body's last."""
    from loaders.extract.entities.people import is_given_name  # people needs runs' vocabulary

    body = 0
    for token in reversed(tokens[:index]):
        if not token.group(0)[:1].isupper():
            break
        body += 1
    tail = [token.group(0).rstrip(".,") for token in tokens[index:]]
    return (
        body >= 2
        and len(tail) == 2
        and is_given_name(tail[0])
        and not is_given_name(tail[1])
        and not any(word in _ORGANISATION_ENDINGS or word in _NAME_OPENINGS for word in tail)
    )


def _name_after_a_title_of_a_body(text: str, start: int, tokens: list[re.Match[str]], index: int) -> bool:
    """A person's name of two or three words, a given name first or last (Hungarian order, "Szabó Gergely"), ends a
    run after a title, "of" and a body's name ending in a place's the gazetteer knows ("President of the Municipality
    of Kikinda Ilona Kertész"): the body, then the person; never after a given name or a particle ("Mary Ann Lee":
    one name), nor after a word of the body's own ("The chief economist of Bank Dena Kerman": one bank)."""
    from loaders.extract.entities.people import is_given_name, person_shaped  # people needs runs' vocabulary

    if not (index >= 1 and len(tokens) - index in (2, 3)):
        return False
    previous = tokens[index - 1].group(0)
    if is_given_name(previous) or previous in NAME_PARTICLES or previous.lower() in ("of", "the", "and", "for"):
        return False
    place = previous.rstrip(".,")
    # (q26) a portfolio right after the title's "of" or "for" is the whole of the body's name, though a company's name
    # may end in its word ("the Minister of Finance Ana Mwale.": "Finance" ends "Kestrel Finance" too)
    portfolio_alone = place.casefold() in _PORTFOLIOS and index >= 2 and tokens[index - 2].group(0) in ("of", "for")
    if (place in _NAME_OPENINGS or place in _ORGANISATION_ENDINGS) and not portfolio_alone:
        return False  # "Bank Dena Kerman": a bank's word, though a town's too
    # the body's name ends in a place's: "... of Kikinda"; (q25) or it is a portfolio ("the Minister of Economy
    # Juraj Tamm"), or a name of two capitalised words or more that a given name then follows ("the director of
    # Kestrel Torvik Bojan Kranjc"), the person's name two words, none a body's
    a_place = place in places() or place in towns()
    if not (a_place or place.casefold() in _PORTFOLIOS or _a_body_then_a_given_name(tokens, index)):
        return False
    tail = [token.group(0) for token in tokens[index:]]
    if len(tail[-1]) > 2:
        tail[-1] = tail[-1].rstrip(".")  # the sentence's stop after the run ("... said the Minister of Economy Juraj Tamm.")
    # a given name last (Hungarian order) only after a place's name; after a portfolio's or a body's word the name
    # opens with a given name: a portfolio of two words ("Foreign Affairs Mark Thomas") keeps its second word
    if not (is_given_name(tail[0]) or (a_place and is_given_name(tail[-1]))) or not person_shaped(" ".join(tail)):
        return False
    window = text[max(0, start - _TITLE_OF_REACH) : tokens[index].start()]
    if portfolio_alone and _TITLE_FOR_A_PORTFOLIO_BEFORE_RE.search(window):
        return True  # (q26) "the Minister for Finance Ana Mwale": the portfolio after "for"
    return "\n" not in window[window.rfind("of") :] and _TITLE_OF_A_BODY_BEFORE_RE.search(window) is not None


def _initials_after_a_body(text: str, start: int, tokens: list[re.Match[str]], index: int) -> bool:
    """A person's initials and one or two name words end a run that a title and "of" stand before, after two or
    more words of a body's name ("managing director of Palani Cotspin K.R. Palanisamy"): the body, then the person;
    never after a given name or an initial ("Mary Ann K. Reddy", "J. K. Reddy": one person's name)."""
    from loaders.extract.entities.people import is_given_name, person_shaped  # people needs runs' vocabulary

    return (
        index >= 2
        and len(tokens) - index in (2, 3)
        and _opening_initials(tokens[index].group(0))
        and not _INITIALS_RE.fullmatch(tokens[index - 1].group(0))
        and not is_given_name(tokens[index - 1].group(0))
        and person_shaped(text[tokens[index].start() : tokens[-1].end()])
        and _TITLE_OF_BEFORE_RE.search(text, max(0, start - _TITLE_OF_REACH), start) is not None
    )


def _initials_open_the_name(text: str, start: int, opening: list[str]) -> bool:
    """The words opening a run at `start` before a given name are all the name's initials ("S. Lakshmi Priya", "S. K.
    Lakshmi Priya"), not a letter ending a sentence after a number or a noun a letter labels ("at 5 P.M. Ravi Kumar",
    "rich in vitamin C. Lakshmi Priya"), nor a state's letters after a preposition of place ("in U.P. Ravi Kumar")."""
    if not all(_opening_initials(word) for word in opening):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    state = len(opening) == 1 and opening[0].replace(".", "") in _DOTTED_STATES
    return not (
        _NUMBER_RE.fullmatch(before.group(1))
        or before.group(1) in _NOUNS_LABELLED_BY_A_LETTER
        or (state and before.group(1).casefold() in _PLACE_PREPOSITIONS)
    )


def _opening_initials(word: str) -> bool:
    """A name's initials ("S.", "K.R."), not a land's letters ("U.S.", "U.K."), a word kept with its stop, nor the
    dotted letters of a clock, a title or a state ("P.M.", "D.G.P.", "U.P.")."""
    return (
        _INITIALS_RE.fullmatch(word) is not None
        and word.rstrip(".") not in _KEEPS_ITS_STOP
        and word.replace(".", "").replace("-", "") not in _DOTTED_NOT_INITIALS
        and word not in places()
        and word.replace(".", "") not in places()
    )


def _person_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Ivo Brandt of Ostrander Research": a person's name (a given name first) before "of" is
    their own name, the words after it their employer's. The stretch " of " to drop, or None."""
    from loaders.extract.entities.people import given_names, person_shaped, title_before  # people needs runs' vocabulary
    from loaders.extract.gazetteer import given_name_list

    link = text.find(" of ", start, end)
    if link < 0:
        return None
    tokens = text[start:link].split()
    for size in (2, 3, 4):
        if size <= len(tokens) and tokens[-size] in given_names() and person_shaped(" ".join(tokens[-size:])):
            return link, link + len(" of ")
    # a country's name as the given name ("analyst Georgia Han of Hwaseong Research") where a title or a
    # courtesy title stands right before the run
    # (the title may open the run itself: "Analyst Georgia Han of X")
    titled = len(tokens) >= 3 and title_before(tokens[0] + " ")
    name = tokens[1:] if titled else tokens
    if (
        2 <= len(name) <= 4
        and name[0] in given_name_list()
        and person_shaped(" ".join(name))
        and (titled or title_before(text[max(0, start - 60) : start]))
    ):
        return link, link + len(" of ")
    return None


def _pieces(
    text: str, start: int, end: int, family_names: frozenset[str], courtesy_surnames: frozenset[str] | None
) -> list[tuple[int, int]]:
    pieces = []
    for whole_start, whole_end in _cut_pieces(text, start, end, family_names, courtesy_surnames):
        link = _person_of(text, whole_start, whole_end)
        for piece_start, piece_end in [(whole_start, link[0]), (link[1], whole_end)] if link else [(whole_start, whole_end)]:
            tail = _person_tail(text, piece_start, piece_end)
            if tail is not None:
                pieces.append((piece_start, tail))
                pieces.append((tail, piece_end))
            else:
                pieces.append((piece_start, piece_end))
    return pieces


def _cut_pieces(
    text: str, start: int, end: int, family_names: frozenset[str], courtesy_surnames: frozenset[str] | None
) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for cut_start, cut_end in sorted(_cut_points(text, start, end, family_names, courtesy_surnames)):
        if cut_start > cursor:
            pieces.append((cursor, cut_start))
        cursor = max(cursor, cut_end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


# "Committee on Foreign Investment", "Council on Trade": after these words "on" joins one name.
_JOINS_ON = frozenset(words("organisations", "joined_by_on"))
# "The Clarion on Sunday", "the Clarion on Sunday's", "the Clarion on Sunday revealed": a weekly's
# title. Only with such a sign: "told the Clarion on Sunday" may be a day.
_TITLE_DAY_RE = re.compile(r" on (?:Sunday|Saturday)\b")
_TITLE_SIGN_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(words('organisations', 'publication_verbs'))})\b")
_CAPITAL_THE_RE = re.compile(r"[\w,;] The $")
_JOINABLE = 60  # characters: a run longer than this before "on" is no body's name
# Words of a body after which "of the" goes on with its name ("Bank of the Visayas", "Friends of the Earth").
_ENDS_A_BODY = (
    frozenset(words("organisations", "name_endings"))
    | frozenset(words("organisations", "weak_name_endings"))
    | _JOINS_ON
    | _NAME_OPENINGS
)  # "Friends of the Earth"


# Words that end a name whatever comes before them: a run ending in one stands as a name of its own.
_NAME_ENDINGS = frozenset(words("organisations", "name_endings")) | frozenset(words("organisations", "weak_name_endings"))
_JOINED_BY_AND_ENDINGS = frozenset(words("organisations", "joined_by_and_endings"))
_WHOLE_NAMES_BEFORE_AND = frozenset(words("organisations", "whole_names_before_and"))
_MOST_WORDS_BEFORE_AND = 3
# People of a trade, in the plural ("Bakers", "Graziers", "Teachers", "Sailors", "Chemists", "Musicians")
_TRADE_PLURAL_RE = re.compile(r"[A-Z][a-z]{2,}(?:ers|ors|ists|ians)")


def _one_name_across_and(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """ "Tessmoor Fire and Rescue Service", "Orvane Coast and Rural Borough Council": ordinary words
    on both sides of "and" inside one body's name, the run before it no name of its own (no ending
    of a name: "Kestrel Foods and Orvane Holdings" are two) and the run after it ending in a public
    body's, a service's or an association's last word (a company's does not: "Negev Seed and Orbit
    Capital" are two)."""
    from loaders.extract.entities.people import common_words  # people needs runs' vocabulary

    def ordinary(word: str) -> bool:  # a plural too ("Harbours"), a British spelling, people of a trade ("Graziers")
        lower = word.lower()
        singular = lower[:-1] if lower.endswith("s") else lower
        return _TRADE_PLURAL_RE.fullmatch(word) is not None or any(
            form in common_words() for form in (lower, singular, singular.replace("our", "or"))
        )

    before, after = text[previous[0] : previous[1]].split(), text[start:end].split()
    # "The Wool and Mohair Growers' Association", "the Cocoa and Shea Farmers Union": two goods of one trade
    # in a name the article opens, its people's plural (possessive or not) just before the body's last word,
    # the second good any word (without "the", "Orvane Tea and Kestrel Pickers Union" may be two parties)
    trade = (
        (before[0] == "The" or text[max(0, previous[0] - 4) : previous[0]] in ("the ", "The "))
        and len(after) >= 3
        and _TRADE_PLURAL_RE.fullmatch(after[-2].rstrip("'’")) is not None
    )
    if before[0] == "The":  # the article opening the name is none of its words
        before = before[1:]
    return (
        0 < len(before) <= _MOST_WORDS_BEFORE_AND
        and before[-1] not in _NAME_ENDINGS
        and before[-1] not in _WHOLE_NAMES_BEFORE_AND  # "The South African Treasury and Banking Association"
        and ordinary(before[-1])
        and (ordinary(after[0]) or trade)
        and len(after) >= 2
        and after[-1] in _JOINED_BY_AND_ENDINGS
    )


def _joined_runs(text: str, zone: Span) -> list[tuple[int, int]]:
    """The runs of capitalised words, with two runs joined by "on" where the words make one name,
    or by "and" where ordinary words on both sides of it do."""
    runs: list[tuple[int, int]] = []
    joined = False  # the last run holds a join already: one "on" per name, so a run stays short
    for match in PROPER_RUN_RE.finditer(text, zone.start, zone.end):
        start, end = match.start(), match.end()
        between = text[runs[-1][1] : start] if runs else ""
        if runs and not joined and between == " and " and _one_name_across_and(text, runs[-1], start, end):
            runs[-1] = (runs[-1][0], end)
            if len(runs) > 1 and text[runs[-2][1] : runs[-1][0]] == ", " and _TRADE_PLURAL_RE.fullmatch(text[slice(*runs[-2])]):
                runs[-2:] = [(runs[-2][0], end)]  # "Bakers, Food and Allied Workers Union": a trade listed first
            joined = True
            continue
        if runs and not joined and between == " of the " and text[runs[-1][0] : runs[-1][1]].rsplit(None, 1)[-1] in _ENDS_A_BODY:
            runs[-1] = (runs[-1][0], end)  # "Bank of the Visayas", "University of the Andes"
            joined = True
            continue
        if runs and not joined and runs[-1][1] - runs[-1][0] <= _JOINABLE and between == " on ":
            previous_start, previous_end = runs[-1]
            previous_words = text[previous_start:previous_end].split()
            name_start = previous_start + 4 if previous_words[0] == "The" else previous_start  # "The" opens the run
            day = text[start:end]
            title = (
                _TITLE_DAY_RE.match(text, previous_end)
                and day.rstrip("s").rstrip("’'") in ("Sunday", "Saturday")  # the day alone, or its possessive
                and len(previous_words) == (2 if name_start > previous_start else 1)
                and (
                    _CAPITAL_THE_RE.search(text, max(zone.start, name_start - 6), name_start)
                    or day.endswith("s")
                    or _TITLE_SIGN_AFTER_RE.match(text, end, min(zone.end, end + 30))
                )
                and re.search(r"\b[Tt]he $", text[max(zone.start, name_start - 4) : name_start])
            )
            last_word = previous_words[-1]
            if last_word in _JOINS_ON or title:
                runs[-1] = (previous_start, end)
                joined = True
                continue
        runs.append((start, end))
        joined = False
    return runs


def proper_runs(article: ArticleState) -> list[Span]:
    """Runs of capitalised words in the zones, split where they hold more than
    one name and at text already taken, trimmed of possessives and non-name words."""
    if article.runs_read is not None and article.runs_read[0] == article.cover_changes:
        return list(article.runs_read[1])  # nothing taken or given back since they were read: the same runs
    text = article.text
    if article.run_pieces is None:  # they depend on the text alone: found once, split at what is taken each time
        article.run_pieces = _run_pieces(text, article.zones, article.family_names)
    runs = []
    stripped = article.stripped_runs  # (a piece's trimmed run depends on the text alone: trimmed once per article)
    for start, end in article.run_pieces:
        if article.free_between(start, end):  # nothing taken inside: the piece is one run
            if (start, end) not in stripped:
                stripped[start, end] = _strip_run(text, Span(start, end))
            if cleaned := stripped[start, end]:
                runs.append(cleaned)
            continue
        # Split at text already taken (catalogue, places): walk the run's characters once.
        cursor = start
        for position in range(start, end + 1):
            if position == end or article.taken_at(position):
                if position > cursor:
                    if (cursor, position) not in stripped:
                        stripped[cursor, position] = _strip_run(text, Span(cursor, position))
                    if cleaned := stripped[cursor, position]:
                        runs.append(cleaned)
                cursor = position + 1
    article.runs_read = (article.cover_changes, runs)
    return list(runs)


def _run_pieces(text: str, zones: list[Span], family_names: frozenset[str]) -> list[tuple[int, int]]:
    """The pieces of every run of capitalised words in the zones, without possessives and trailing punctuation."""
    pieces = []
    # the surnames after English courtesy titles, None where the page prints none (one pass over the page)
    named = [POSSESSIVE_RE.sub("", match.group("name").rsplit(None, 1)[-1]) for match in _ENGLISH_COURTESY_RE.finditer(text)]
    courtesy_surnames = frozenset(named) if named else None
    for zone in zones:
        for match_start, match_end in _joined_runs(text, zone):
            for start, end in _pieces(text, match_start, match_end, family_names, courtesy_surnames):
                possessive = POSSESSIVE_RE.search(text, start, end)
                if possessive:
                    end = possessive.start()
                while end > start and text[end - 1] in ".,-’' " and not text[start:end].endswith(_ENDS_WITH_ITS_STOP):
                    end -= 1
                if end > start:
                    pieces.append((start, end))
    return pieces


@functools.lru_cache(maxsize=2**14)  # (a word of the text alone: the same words come again and again)
def _role_word(word: str) -> bool:
    """A title ("CEO", "Chairman"); an abbreviation only in capitals: "Md" opens a name ("Md Rafiq
    Hasan"), "MD" is a managing director."""
    return bool(ROLE_RE.fullmatch(word)) and (len(word) > 3 or word.isupper())


def _titled(text: str, start: int) -> bool:
    """A title or an honorific stands right before `start` ("chief executive ", "Ms ")."""
    previous = _PREVIOUS_WORD_RE.search(text[max(0, start - 40) : start])
    return previous is not None and (bool(ROLE_RE.fullmatch(previous.group(1))) or previous.group(1) in _HONORIFICS)


def _a_person_after_a_trade(text: str, tokens: list[re.Match], first: int) -> bool:
    """The words after a capitalised trade make a person's name, and the trade is no given name
    ("Fisherman Owain Hughes"; not "Fisher Stevens", nor "Crofter Foods Ltd")."""
    from loaders.extract.entities.people import given_names, person_shaped  # people needs runs' vocabulary

    rest = text[tokens[first + 1].start() : tokens[-1].end()]
    return tokens[first].group(0) not in given_names() and person_shaped(rest)


def _a_deal_role_opening(text: str, tokens: list[re.Match]) -> bool:
    """The run opens its sentence with a deal's role before a name ("Parent Kessway Marine posted"), not
    inside a sentence ("The Parent Teacher Association", "advised by Seller Labs") nor before a kind of
    body ("Buyer Group International")."""
    if len(tokens) < 2 or tokens[0].group(0) not in _DEAL_ROLES or tokens[1].group(0) in _KINDS_AFTER_A_ROLE:
        return False
    start = tokens[0].start()
    index = start
    while index > max(0, start - 20) and text[index - 1] in _SENTENCE_OPENERS:
        index -= 1
    return index == 0 or text[index - 1] in ".!?:" or "\n" in text[index:start]


_OFFICE_NOUNS = frozenset(words("organisations", "office_nouns_before_of"))
_MOST_TITLE_WORDS = 4  # "District Agricultural Extension Officer of X"


def _after_an_office_of(tokens: list[re.Match], first: int) -> int | None:
    """The index of the word after a title's "of", where the run's words from `first` to its first "of" are a title
    ending in an office's noun ("Financial Officer of Kestrel Foods", "General Manager of X"), with words after "of";
    else None."""
    for index in range(first + 1, min(len(tokens) - 1, first + _MOST_TITLE_WORDS + 1)):
        if tokens[index].group(0) == "of":
            return index + 1 if tokens[index - 1].group(0) in _OFFICE_NOUNS else None
    return None


def _strip_run(text: str, span: Span) -> Span | None:
    """Trim white space, connectors and leading non-name words (sentence adverbs, "The", titles)."""
    tokens = list(_WORD_TOKEN_RE.finditer(text, span.start, span.end))  # their positions are the text's
    first = 0
    while first < len(tokens) and (
        tokens[first].group(0) in NOT_NAMES
        or tokens[first].group(0) in _CONNECTORS
        or _role_word(tokens[first].group(0))
        or (tokens[first].group(0) in _BUSINESS_NOUNS and first + 1 < len(tokens))
        or (first == 0 and _a_deal_role_opening(text, tokens))
    ):  # "Analyst Jo Baird", "Chipmaker Kessway": the title or the kind of business is no part of the name
        if tokens[first].group(0) in _MONTHS and first + 2 == len(tokens) and _titled(text, tokens[first].start()):
            break  # "CEO April Dunn", "Ms May Lin": after a title a month is a given name
        first += 1
    if (after_office := _after_an_office_of(tokens, first)) is not None:
        first = after_office  # "the Chief Financial Officer of Kestrel Foods": the title and its "of" are no name's words
        while first < len(tokens) and tokens[first].group(0) in _CONNECTORS | NOT_NAMES:
            first += 1  # "... Officer of the Kestrel Group"
    if (
        first + 2 < len(tokens)
        and tokens[first].group(0) in _TRADES_BEFORE_A_NAME
        and _a_person_after_a_trade(text, tokens, first)
    ):
        first += 1
    if first + 2 < len(tokens) and _QUANTITY_RE.fullmatch(tokens[first].group(0)) and tokens[first + 1].group(0) == "of":
        first += 2  # "Two-thirds of Bloomly", "Half of Kestrel": a share of the name, no part of it
    last = len(tokens)
    if (
        last - first > 1
        and _GLUED_FIGURE_RE.fullmatch(tokens[last - 1].group(0))
        and _SCALE_AFTER_RE.match(text, tokens[last - 1].end())
    ):
        last -= 1  # "fined Oduduwa Bank Plc N2.4 billion": a currency's letter glued to a figure ends the name
    if (
        last - first > 1
        and _SIGN_PREFIX_RE.fullmatch(tokens[last - 1].group(0))
        and _SIGN_AFTER_RE.match(text, tokens[last - 1].end())
    ):
        last -= 1  # "Hai Minh Port for US$228m": a dollar's country letters glued to its sign end the name
    # "Kestrel Platforms for Rs": a connector and a word that is never a name end no name.
    while last > first and (
        tokens[last - 1].group(0) in _TRAILING_CONNECTORS
        or (
            last - 2 > first
            and tokens[last - 2].group(0) in _TRAILING_CONNECTORS
            and (
                tokens[last - 1].group(0).rstrip(".") in _NEVER_LAST
                # "Altiplano Fibras for EUR 21.4 mln": a currency's code before its figure
                or (is_currency_word(tokens[last - 1].group(0)) and _FIGURE_AFTER_RE.match(text, tokens[last - 1].end()))
            )
        )
    ):
        last -= 1
    if first >= last:
        return None
    return Span(tokens[first].start(), tokens[last - 1].end())
