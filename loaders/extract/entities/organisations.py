"""Organisations: a name ending in a sector word or legal form, and the
evidence that a bare name is an organisation ("X reported", "shares in X",
"X's chief executive", "X said in a statement", "X, the Japanese
conglomerate", "analysts at X"). Each piece of evidence is (rule, weight);
the article-wide decision, person or organisation, is made by the caller.
"""

from __future__ import annotations

import itertools
import re

from loaders.data import iso
from loaders.extract.cues import LEGAL_FORMS, ROLE_WORDS, SPEECH_VERBS
from loaders.extract.entities.acronyms import party_terms_defined
from loaders.extract.entities.guards import OWN_UNIT
from loaders.extract.entities.people import (
    ADDRESS_WORDS,
    APPOSITIVE_ROLE_RE,
    INFOBOX_PERSON_LABEL_BEFORE_RE,
    PRONOUN_NEXT_RE,
    common_words,
    given_names,
    has_given_name,
    is_given_name,
    person_shaped,
    title_before,
)
from loaders.extract.entities.state import (
    AREA_BODY_ENDINGS,
    NON_ORGANISATION_ACRONYMS,
    NOT_NAMES,
    UPPER,
    VILLAGER_OF_RE,
    WHERE_BEFORE_RE,
    ArticleState,
    canonical_organisation,
    is_acronym,
    organ_of_a_defined_term,
)
from loaders.extract.gazetteer import city_countries, demonyms, given_name_list, place_words, places, towns
from loaders.extract.types import ORGANISATION, PERSON, PLACE
from loaders.spans import Span
from loaders.vocab import alternation, first_character_regex, mapping, opening_alternation_by_first_letter, words

# Words that end organisation names. Legal forms are dropped from canonical names.
# ... and the weak ones, which make no name of two ordinary words ("a Digital Society")
WEAK_ENDINGS = frozenset(words("organisations", "weak_name_endings"))
SURNAME_ENDINGS = frozenset(words("organisations", "surname_name_endings"))
ORGANISATION_WORDS = frozenset(words("organisations", "name_endings")) | LEGAL_FORMS | WEAK_ENDINGS
# A run that goes on past its organisation word into one of these names an event, not a company.
EVENT_WORDS = frozenset(words("organisations", "event_words"))
_DOCUMENT_NOUNS = frozenset(words("organisations", "document_nouns"))
# "Omondi and Wekesa Advocates": a partnership's name joins two surnames (not after "between": two parties)
PARTNERSHIP_ENDINGS = frozenset(words("organisations", "partnership_endings"))
_PARTNER_BEFORE_RE = re.compile(rf"(?<![\w’',-])(?<!between )([{UPPER}][\w’'-]+ (?:and|&) )$")
_FIELDS_BEFORE_A_COUNTRY = frozenset(words("organisations", "fields_before_a_country"))
_BANKS = frozenset({"Bank", "Banco", "Banque", "Banca"})
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"})


def _nation(word: str) -> bool:
    """A nation's adjective ("Scottish", "Welsh"), not a compass word ("Northern", "Central")."""
    return word in demonyms() and word not in _COMPASS_WORDS


# Endings after which "of" goes on with the name ("Bank of X"); after the others it says where the business is.
_ENDINGS_TAKING_OF = frozenset(words("organisations", "endings_taking_of"))
# A company's functions: after "head of" the end of a job title, no organisation.
DEPARTMENTS = frozenset(words("organisations", "departments"))
_GOVERNMENT_FIELDS = frozenset(words("organisations", "government_fields"))
# Words that open a name whose kind comes first ("Banco X", "Grupo Y").
NAME_OPENINGS = frozenset(words("organisations", "name_openings"))
# Cue phrases right before an organisation's name, each with its id.
_PREVIOUS_WORD_RE = re.compile(r"([\w&’'-]+) $")  # the word right before a cue, no punctuation between
# (each behind a test of the letters its matches begin with: most open with a long list of words and
# are searched at every position of the 60 characters before a name)
# (a cue opening with a list of words tries them only under the letter a position holds)
CUES = {
    cue: first_character_regex(opening_alternation_by_first_letter(pattern), re.IGNORECASE)
    for cue, pattern in mapping("organisations", "cues").items()
}
_FOLLOWERS = alternation(words("organisations", "followers"))
_DESCRIPTORS = alternation(words("organisations", "descriptors"))
# a name alone on its line: only spaces before it on the line, a line break right after it
LINE_START_RE = re.compile(r"(?:\A|\n)[^\S\n]*\Z")
# ... above a person's title alone on the next line ("Head of Investor Relations", "Director, Sales"; not a body's
# "Head Office, 12 Harbour Road"), and what the line after the title opens with
_TITLE_ON_THE_NEXT_LINE_RE = re.compile(
    rf"[^\S\n]*\r?\n[^\S\n]*(?i:{ROLE_WORDS})(?:[^\S\n]+(?i:of|for|to|and|&)[^\S\n][^\n]*|[^\S\n]*,[^\n]*)?[^\S\n]*"
    rf"(?:\r?\n[^\S\n]*(?P<next>[{UPPER}][\w'’-]+(?:[^\S\n]+[{UPPER}][\w'’-]+){{1,3}})?|\Z)"
)
_FOLLOWER_RE = re.compile(
    rf"(?:[’']s)?\s+(?:{ROLE_WORDS}|{_FOLLOWERS})\b"
    # "Kestrel Mobile's third-quarter numbers": a period's report after the possessive
    rf"|[’']s\s+(?:{alternation(words('organisations', 'reporting_periods'))})\s+"
    rf"(?:{_FOLLOWERS}|{alternation(words('organisations', 'period_reports'))})\b",
    re.IGNORECASE,
)
# A town's name between an article and a lower-case company noun: "the Płock group", "a Kalisz firm".
TOWN_BEFORE_A_COMPANY_NOUN_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
COMPANY_NOUN_AFTER_RE = re.compile(
    rf"\s+(?:{alternation([word for word in words('organisations', 'descriptors') if word.islower()])})\b"
)
_ROLE_OF_RE = re.compile(rf"\b(?:{ROLE_WORDS}|{_FOLLOWERS}|founder|owner)\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
DESCRIPTION_RE = re.compile(
    rf",\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){{0,3}}?{_DESCRIPTORS}(?=\s*[,.;)]|\s+(?:that|which|whose|based|in|of|from|with|owned|backed|said|has|is|was)\b|(?<=s)\s+who\b)",
    re.IGNORECASE,
)
# ", the owner of", ", an investor in": a descriptor a person is called too, before what they own or trade
_PEOPLES_DESCRIPTION_RE = re.compile(
    rf",\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){{0,3}}?{alternation(words('organisations', 'descriptors_of_people_too'))}"
    r"\s+(?:of|in|at|for)\b",
    re.IGNORECASE,
)
# "Jo Hale, the owner of Kestrel Mills, chairs the guild": after that apposition, a verb only a person does
_PERSONS_VERB_AFTER_APPOSITION_RE = re.compile(
    rf",[^,.;:!?\n]{{1,120}},\s+(?:{'|'.join(words('organisations', 'verbs_of_people_only'))})\b"
)
# "TasWater", "BankNordik": two words run together, each capitalised (three letters or more each)
_CAMEL_CASE_RE = re.compile(rf"[{UPPER}][a-z]{{2,}}[{UPPER}][a-z]{{2,}}")
_CAMEL_CASE_SURNAME_OPENINGS = tuple(words("names", "camel_case_surname_openings"))
# "the union that represents the sector, X,", "the government's investment fund, X.": a kind of body
# (with a clause or a possessive), then the name in apposition
_DESCRIBED_BEFORE_RE = re.compile(
    rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{0,4}}?{_DESCRIPTORS}(?:\s+(?:that|which)\s+[a-z][a-z ’'-]{{0,60}}?)?,\s+$"
)
_APPOSITION_CLOSES_RE = re.compile(r"\s*[,.;)]")
_MENU_BAR_BEFORE_RE = re.compile(r"[|:·]\s*$")
_PROSE_WORD_BEFORE_RE = re.compile(r"\b[a-z]+ $")
_PROSE_WORD_AFTER_RE = re.compile(r",? [a-z]")
_ON_BEFORE_RE = re.compile(r"\bon $")
_MENU_BAR_AFTER_RE = re.compile(r"\s*[|·]")
_THING_IN_APPOSITION_RE = re.compile(r",\s+(?:a|an)\s+[a-z]")
_WHICH_ACTS_RE = re.compile(rf",\s+which\s+(?:also\s+)?{alternation(words('organisations', 'which_acts'))}\b")
_ACTS_RE = re.compile(rf"\s+{alternation(words('organisations', 'acts'))}\b")
# "Quellmar supplies the oil", "Tessmark also exports wool": a verb of trade and what is traded
_TRADES_RE = re.compile(rf"\s+(?:also\s+)?{alternation(words('organisations', 'trades'))}\s+[a-z]")
PLURAL_TRADE_NOUNS = frozenset(words("organisations", "plural_trade_nouns"))
_ITS_WORD_RE = re.compile(r"\bits\b")
_SENTENCE_AND_SPACE_RE = re.compile(r"[.!?][\"”’']?\s+")
_COMPANY_OPENING_RE = re.compile(rf"(?:The|This) {alternation(words('organisations', 'descriptors'))}\b|It ")
_TRADE_SIGN_REACH = 300  # characters after the name: its sentence and the next one's opening


def _a_company_again(text: str, end: int) -> bool:
    """After "X supplies ...": "its" in the same sentence, or the next sentence opening with "The
    company", "The firm", "It"."""
    window = text[end : end + _TRADE_SIGN_REACH]
    stop = _SENTENCE_AND_SPACE_RE.search(window)
    sentence = window[: stop.start()] if stop else window
    return _ITS_WORD_RE.search(sentence) is not None or (
        stop is not None and _COMPANY_OPENING_RE.match(window, stop.end()) is not None
    )


def _opens_a_headline(text: str, span: Span) -> bool:
    """A name opening a line that ends with no full stop: a headline's first word, often a surname."""
    if span.start and text[span.start - 1] != "\n":
        return False
    line_end = text.find("\n", span.end)
    line = text[span.start : line_end if line_end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", '"', "”"))


_LISTING_RE = re.compile(r"\s*\(\s*[A-Z]{2,6}\s*:\s*[A-Z0-9]")
_SPEECH_AFTER_RE = re.compile(rf",?\s+(?:{SPEECH_VERBS})\b")


def acts_as_a_company(text: str, end: int) -> bool:
    """A speech verb or a company's act ("reported", "announced") right after a name ending at `end`."""
    return _SPEECH_AFTER_RE.match(text, end) is not None or _ACTS_RE.match(text, end) is not None


_SPEECH_BEFORE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:the\s+)?$")
_ACRONYM_CUE_RE = re.compile(r"(?:group|firm|agency|body|regulator)\s+$", re.IGNORECASE)
_CONNECTORS = {"of", "for", "&", "de"}
_TRADES_PEOPLE_PRACTISE = frozenset(words("organisations", "trades_people_practise"))
# A title of a body named by its kind alone, straight before a name ("Chair of the Union Ana Ruiz", "Director
# of the Cooperative Jo Hale"): the kind of business is what the title is of, the name after it its holder's.
_TITLE_OF_THE_KIND_BEFORE_RE = re.compile(rf"\b{ROLE_WORDS}\s+of\s+the\s+(?-i:[A-Z])[a-z]+\s+$", re.IGNORECASE)
_PRACTISED_WHERE_RE = re.compile(
    rf",\s+(?:a|an)\s+(?:[a-z-]+\s+)?{alternation(sorted(_TRADES_PEOPLE_PRACTISE))}\s+(?:in|at|near|on|from)\s+[{UPPER}]"
)
_CUES_FOR_PEOPLE_TOO = {
    "acted on by",
    "a specialist",
    "a member of",
    "competes with",
    "money from",
    "bought",
    "designer of",
    "paid with",
    "connects with",
    "professionals in apposition",  # "its lawyers, Jo Hale and Ann Lee,": people too
    "owner",  # "previous owner Hugh Dorran": people own businesses too
    "deal with",  # "a deal with Jo Hale": people sign deals too
}
# ... and those naming a person only with a given name ("property developer Jo Hale", "London-based Ann
# Lee"); a business's dealings too: "supplied photos to Ann Lee", "signed with agent Jo Hale", "hauls
# hay for Jo Hale", "sold the house to Jo Hale" (but "sells cod to Pingo Doce": no given name, a business)
_CUES_FOR_NAMED_PEOPLE = {
    "backer or developer",
    "based in a town",
    "main trading partner",
    "supplies to",
    "supplies to another",
    "signed with",
    "carries for",
    "sells to",
    "rival in apposition",  # "His main rival, Jo Hale, took 34%": a candidate's rival is a person
    "venture in apposition",  # "They formed a joint venture, Jo Hale said": a person speaking after it
}
# Capitalised words in a list right before a name's last words, after "the": "the Culture, Media and ".
_LISTED_BEFORE_RE = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w’'-]*,\s+){1,4}[A-Z][\w’'-]*,?\s+(?:and|&)\s+|(?:[A-Z][\w’'-]*\s+){1,2}and\s+)$"
)  # ... or "the Thunder Vale and District Council": a place and its district
_UNKNOWN_ACRONYM_RE = re.compile(r"[A-Z]{3,5}")
# ", Labour and Welfare" after "Ministry of Health": more fields of the same body (ordinary words, capitalised)
# ("Housing, Local Government and Heritage": a field may take two words)
# a courtesy title and the stop or space after it ("Dr. ", "Mr "): the name of a person opens
_TITLE_BEFORE_A_NAME = rf"{alternation(words('names', 'honorifics'))}\.?[ \t]"
_FIELDS_AFTER_RE = re.compile(
    r"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){0,3},?\s(?:and|&)\s(?:the\s)?[A-Z][a-z]+(?:\s(?!"
    + _TITLE_BEFORE_A_NAME
    + r")[A-Z][a-z]+)?\b"
    # "... and the Bank of Ruritania": the last words begin another body's name (not "... and Rural
    # Development for a safeguard": "for" and a lower-case word go on the sentence; for "for" and a capital
    # see _with_listed_fields)
    # (unless the last field is an ordinary word: "... and Agriculture of Moldova" is the ministry's country, see
    # _with_listed_fields)
    # "... and the Economic Development Board": a further capitalised word on the line makes the last words
    # another body's name (a masthead's next line is no part of it), but for the body's own office after its
    # name ("... and Agriculture Press Service")
    # (a courtesy title after the last field opens the name of the person who holds a title in the body: "... and
    # Commerce Dr. Hana Ali", "... and Commerce Mr. Ali Hasan")
    rf"(?![ \t](?!{OWN_UNIT}\b|{_TITLE_BEFORE_A_NAME})[A-Z])"
)
_OF_A_NAME_RE = re.compile(r"\sof\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})")
_ROLE_WORD_RE = re.compile(rf"{ROLE_WORDS}", re.IGNORECASE)
_FOR_A_NAME_RE = re.compile(r"\sfor\s+(?:the\s+)?[A-Z]")
# "(ANP)" right after the list: the page spells out the body's whole name before its acronym
_ACRONYM_AFTER_RE = re.compile(r"\s\([A-Z][A-Za-z]{1,7}\)")
# "..., the company said": the clause reporting the sentence, no apposition describing the name before it
_REPORTING_CLAUSE_RE = re.compile(rf",\s+the\s+{_DESCRIPTORS}\s+(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_BOARD_MEMBERS = {"Directors", "Governors", "Trustees", "Management", "Supervisors", "Commissioners"}
_JOINED_BEFORE_RE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){1,3}(?:and|&)\s+)$")
_UNION_LOCAL_RE = re.compile(r" \d{1,5}\b")
_OWNS_A_NAME_RE = re.compile(r"[’']s\s+[A-Z][a-z]+\s+[A-Z]")
# "Davy's Ruairí Breathnach": a given name and a surname after the possessive
_OWNS_A_PERSON_RE = re.compile(r"[’']s\s+([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\b(?!\s+[A-Z])")
_SUBJECT_VERB_RE = re.compile(r"\s+(?:was|were|is|has|had|have|will|would|said|says|warned|agreed|declined|called)\b")
# "X plans to raise money ..., the budget airline said": the rest of the sentence ends in a
# reporting clause naming a kind of body, which is the sentence's subject
_REPORTED_BY_A_BODY_RE = re.compile(
    rf",\s+the\s+(?:[\w-]+\s+){{0,3}}?{_DESCRIPTORS}\s+(?:said|says|added|announced|reported)\b", re.IGNORECASE
)
# "The" capitalised in the middle of a sentence belongs to a title ("told The Block Report")
_CAPITAL_THE_BEFORE_RE = re.compile(r"[a-z,;] The $")
# (the lower-case word a portfolio, not the first word of a title: "chief executive", "vice president")
_PORTFOLIO_ROLE_AFTER_RE = re.compile(
    rf"\s+(?!(?:chief|senior|deputy|vice|general|managing|executive|acting|interim|former|group|co)\s)[a-z]+\s+"
    rf"(?:{ROLE_WORDS})\s+[A-Z]"
)
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
# Titles a town or a province gives ("Tessay City Mayor", "the Quillan Governor"): no company has them
CIVIC_TITLE_AFTER_RE = re.compile(r"\s+(?:Vice\s+|Deputy\s+|Lord\s+)?(?:Mayor|mayor|Governor|governor|Provost|provost)\b")
_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)\d\d\b")
# "the GMWU, which represents", "the WSTC said": an acronym with the article, then a pause or a verb
THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
_CLAUSE_AFTER_RE = re.compile(
    r"\s*[,;).:]|\s+(?:said|says|has|had|is|was|will|would|which|who|warned|wants|called|represents|argued|added"
    r"|in|on|for|by|to|and|or|last|this|next|after|before|earlier|later)\b"
)  # "with the FDA in May": a pause or a preposition after it, no noun it qualifies ("the ZTL port")
# "Ivo Brandt of Ostrander Research", "Jo Baird at Kestrel": the words after a person's name and
# "of", "at" or "from" name where the person works.
_LINKS = (" of ", " at ", " from ", " of the ", " at the ", " from the ")
_LETTER_BEFORE_RE = re.compile(r"[A-Za-z],?\s+$")  # (", " after an apposition's noun: "its lawyers, X")
_PERSON_OF_RE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),?\s+(?:of|at|from)\s+(?:the\s+)?$")
_TITLE_WORDS = frozenset(words("not_names", "titles"))
_HONORIFICS = frozenset(words("names", "honorifics"))
_WEAK_NAME_OPENINGS = frozenset(words("organisations", "weak_name_openings"))


def _weak_opening_of_a_phrase(words: list[str]) -> bool:
    """ "Bank Stocks Slide", "Bank Customers", "Bank Chief", "Bank Loan Demand Eases": an opening that is an
    everyday English word, then an ordinary word (a plural too) or a title, or ending in one: a phrase, no
    name ("Bank Negara Malaysia", "Bank Julius Baer" are names)."""

    def ordinary(word: str) -> bool:
        lower = word.lower()  # (not a place's name the list of words holds too: "Bank Negara Malaysia")
        return word not in places() and bool({lower, lower.removesuffix("s"), lower.removesuffix("es")} & common_words())

    return words[0] in _WEAK_NAME_OPENINGS and (words[1] in _TITLE_WORDS or ordinary(words[1]) or ordinary(words[-1]))


_FAMILY_AFTER_RE = re.compile(r"(?:[’']s)?\s+(?:family|families|clan|dynasty)\b")
# A lower-case word right after a name that is no function word: the name qualifies a noun
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:for|from|in|on|at|with|and|or|to|as|by|which|that|after|last|this|is|was|has|had|will|would|said|says"
    r"|earlier|in|including|under|over)\b)[a-z]"
)
# "Minister of Science, Energy and ...": after a minister's or secretary's "of" a portfolio, no body
# ... and after a mayor's, a governor's or a prefect's "of" a place ("Mayor of Hradec X said")
_PORTFOLIO_OF_RE = re.compile(
    rf"\b(?:{alternation(words('organisations', 'portfolio_titles') + words('organisations', 'place_office_titles'))})"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Minister Jo Hale of Agriculture, Livestock and Fisheries": after a minister named by title and name,
# "of" opens the portfolio too, no body the person works at
_MINISTER_NAMED_OF_RE = re.compile(
    rf"\b(?:{alternation(words('organisations', 'portfolio_titles'))})\s+(?:[A-Z][\w’'.-]*\s+){{1,4}}of\s+(?:the\s+)?$"
)
# "Moss & Marrow", "Hale & Finch": two capitalised words joined by an ampersand name a firm
_AMPERSAND_NAME_RE = re.compile(r"[A-Z][a-z][\w’'-]* & [A-Z][a-z]")  # (not a heading in capitals)
_COUNTRY_POSSESSIVE_RE = re.compile(r"(?<![\w’'-])([A-Z]\w+(?: [A-Z]\w+){0,2})[’']s\s+$")
_CALENDAR_WORDS = frozenset(words("not_names", "weekdays")) | frozenset(words("not_names", "months"))
_TIME_BEFORE_RE = re.compile(r"(?:\d|[ap]\.m\.|[AP]M)\s+$")
_NOUN_AND_NAME_AFTER_RE = re.compile(r"\s+[a-z]+\s+[A-Z]")
# (fixc30) ... and a company's local unit, after the town only ("the Pécs branch"; "the branch at X" is no site's place)
_SITE_NOUN_AFTER_RE = re.compile(
    rf"\s+{alternation(sorted({*words('organisations', 'sites'), *words('organisations', 'town_units')}))}\b"
)
_SITE_AT_RE = re.compile(rf"\b{alternation(words('organisations', 'sites'))}\s+(?:at|in)\s+$")
# "the unions Fiom-Ark, Cisna and Uil-Tex": names listed right after a plural kind of body (lower
# case), each an organisation; the list's names before this one are capitalised runs between commas or "and"
_LISTED_AFTER_A_KIND_RE = re.compile(
    rf"\b{alternation(words('organisations', 'plural_kinds'))}\s+"
    rf"(?:[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){{0,3}}(?:,\s+|,?\s+and\s+)){{0,6}}$"
)
# "ACV Voeding en Diensten": a short lower-case word and a capitalised one, the name going on in its own language
_NAME_GOES_ON_RE = re.compile(r" [a-z]{1,3} [A-Z]")
_PORTFOLIO_AFTER_RE = re.compile(rf"\s+{alternation(words('organisations', 'portfolio_titles'))}\b")


# (c29) 'the Issuer and Tessel Holz GmbH signed', 'the Company and Kormo Ltd': a filing's defined term for one party
# (`defined_party_terms`), one the page defined before ('(the "Issuer")'), listed before another party's name: two
# parties, no one name holding a list (not "the Bank and Trust Company of X" on a page defining no "Bank")
_TERM_AND_RE = re.compile(rf"(?P<term>{alternation(words('organisations', 'defined_party_terms'))})\s+and\s+")


# (e28) an address's next division after a comma ("..., Province of Orvala", "..., Region 2")
_ADDRESS_DIVISION_AFTER_RE = re.compile(rf",[^\S\n]+{alternation(place_words()['address_divisions'])}\b")


def _an_area_named_of(article: ArticleState, span: Span) -> bool:
    """ "in the Municipality of Tessa", "Barangay Orvo, Municipality of Tessa, Province of Kelmar": a body's word that
    is its area's too, read as the area after a word saying where or between an address's commas, its next division
    after it; the body elsewhere ("the Municipality of Tessa approved the budget")."""
    before = article.before(span, 30)
    return bool(WHERE_BEFORE_RE.search(before)) or (
        before.endswith(", ") and bool(_ADDRESS_DIVISION_AFTER_RE.match(article.text, span.end))
    )


def organisation_by_suffix(article: ArticleState, span: Span) -> bool:
    """ "Kestrel Motors Co", "Temasek Holdings", "Sequoia Capital China" (cut after the suffix,
    unless the name goes on with "of"/"for": "Reserve Bank of Ruritania")."""
    words = span.of(article.text).split()
    # "the Board of Directors" is a company's organ, not an organisation of its own; "Board of Investment" is one
    if (
        len(words) >= 3
        and words[0] in ORGANISATION_WORDS
        and words[0] not in _KIN_FIRM_WORDS  # "Hale and Sons of Leeds": a kin word ends a firm's name, never opens one
        and not (words[0] == "Board" and words[2] in _BOARD_MEMBERS)
        and words[1] in ("of", "for", "on")
        and not (EVENT_WORDS & set(words))
    ):  # "Ministry of Finance", "Department for Transport", "Bank of Ruritania", "Committee on Trade"
        if words[0] in AREA_BODY_ENDINGS and words[1] == "of" and _an_area_named_of(article, span):
            # (e28) "in the Municipality of Tessa", "Barangay Orvo, Municipality of Tessa, Province of ...": the area
            area = Span(span.end - len(" ".join(words[2:])), span.end)
            if article.free(area):
                article.add(PLACE, area.of(article.text), area, "area named with its body's word", 0.8)
                # (e28 review M1) and the body's word before it read by no later rule ("Municipality" alone)
                article.take(Span(span.start, area.start))
            return True
        span = _with_a_land_named_with_and(article.text, _with_listed_fields(article.text, span))
        article.add(ORGANISATION, span.of(article.text), span, "organisation of or for", 0.9)
        return True
    if len(words) >= 2 and words[-1] == "Local" and (number := _UNION_LOCAL_RE.match(article.text, span.end)):
        span = Span(span.start, number.end())  # "Ironworkers Local 412": a union's branch, by its number
        joined = _JOINED_BEFORE_RE.search(article.before(span, 60))
        if joined:  # "United Food and Commercial Workers Local 1996": the union's name holds an "and"
            span = Span(span.start - len(joined.group(1)), span.end)
        article.add(ORGANISATION, span.of(article.text), span, "union local", 0.85)
        return True
    if len(words) == 3 and words[1] == "on" and words[2] in ("Sunday", "Saturday"):
        article.add(ORGANISATION, span.of(article.text), span, "weekly's title", 0.85)
        return True  # joined into one run only with a title's sign: "The Clarion on Sunday"
    if (
        len(words) >= 2
        and words[0] in NAME_OPENINGS
        and not _weak_opening_of_a_phrase(words)
        and words[-1] not in ADDRESS_WORDS  # "Bank Street", "Banco Road": a street's name, no body's
        and not (EVENT_WORDS & set(words))
        and not (_CALENDAR_WORDS & set(words[1:]))  # "9 a.m. PT Monday": a time zone and a day
        and not _TIME_BEFORE_RE.search(article.before(span, 12))
    ):
        article.add(ORGANISATION, canonical_organisation(span.of(article.text)), span, "organisation opening word", 0.85)
        return True
    if len(words) == 3 and words[0] in _FIELDS_BEFORE_A_COUNTRY and words[1] == "for" and words[2] in places():
        # "Transport for Wales", "Health for Tessaly": a public body of a field for a place a list knows
        article.add(ORGANISATION, span.of(article.text), span, "body named by its field and its place", 0.85)
        return True
    if len(words) == 2 and (
        (words[0] in _FIELDS_BEFORE_A_COUNTRY and places().get(words[1], ("", ""))[1] in ("country", "state", "region"))
        or (words[0] in _BANKS and (words[1] in places() or words[1] in towns()))
    ):  # "Sport England", "Health Canada": a national agency; "Bank Tessaly": a bank named after its town
        article.add(ORGANISATION, span.of(article.text), span, "body named by its kind and its place", 0.85)
        return True
    if len(words) < 2 or not any(word in ORGANISATION_WORDS for word in words[1:]):
        return False
    if _PORTFOLIO_AFTER_RE.match(article.text, span.end, span.end + 20):
        return False  # "the Ruritania Energy Minister": a minister's portfolio, not a body
    portfolio = _MINISTERS_PORTFOLIO_BEFORE_RE.search(article.text, max(0, span.start - _PORTFOLIO_REACH), span.start)
    if portfolio and all(a_portfolio_field(word) for word in re.findall(r"[A-Z][\w-]*", portfolio["fields"])):
        # (m21) "the Minister for Fisheries and Marine Resources Development": the title's fields; (m21 review H4)
        # only where every word of the run is a field's too and no legal form ends it ("the Minister for Mines,
        # Kestrel Resources and Harlow Gold Ltd.": companies listed after the minister)
        if all(a_portfolio_field(word) for word in words) and words[-1].rstrip(".") not in _LEGAL_FORM_WORDS:
            return False
        fields = next(i for i, word in enumerate(words) if not a_portfolio_field(word))
        if (
            fields
            and not portfolio["fields"]
            and words[0].casefold() in _PORTFOLIOS
            and all(word.casefold() in _PORTFOLIOS or word in ("and", "&") for word in words[:fields])
        ):  # "the Minister of Mines Kestrel Resources chief", "the Minister for Trade and Kestrel Resources": the
            # portfolio, then the company's name
            rest = Span(span.end - len(" ".join(words[fields:])), span.end)
            if rest.of(article.text) == " ".join(words[fields:]):
                return organisation_by_suffix(article, rest)
    cut = max(i for i, word in enumerate(words) if word in ORGANISATION_WORDS)
    if cut == len(words) - 1 and any(
        " ".join(words[-len(kind.split()) :]) == kind for kind in place_words()["feature_words_after"] if " " in kind
    ):
        return False  # "the Namurra Administrative Post": a district's part, ending in a place's kind of two words
    if _a_titled_person_of(article, span, words, cut):
        return True
    if words[cut] in AREA_BODY_ENDINGS and WHERE_BEFORE_RE.search(article.before(span, 30)):
        return False  # "farms in Tessa Municipality": the area, a place's name
    if (
        cut == 1
        and words[1] in WEAK_ENDINGS
        and words[0].lower() in common_words()
        and not _nation(words[0])
        and places().get(words[0], ("", ""))[1] not in ("country", "state")
    ):  # "the nation's leading Learning Society": two ordinary words, capitalised (not "Welsh Enterprise",
        return False  # nor a country's or a state's name the list of words holds too: "Ohio Power")
    if len(words) == 2 and words[1] in SURNAME_ENDINGS and is_given_name(words[0]):
        return False  # "Tom Lines": a given name and a surname, no shipping line
    if any(word in EVENT_WORDS for word in words[cut + 1 :]):
        return False  # "Consumer Electronics Show": the name goes on into an event's
    if (
        cut + 1 < len(words)
        and words[cut + 1] in _DOCUMENT_NOUNS
        and all(word.lower() in common_words() or word in NOT_NAMES for word in words[:cut])
    ):
        return False  # "Outcome of Board Meeting", "Notice of Board Resolution": a filing's subject, no body
    # "Agency for Coastal Renewal": an ending going on with its connector takes the rest of the
    # run, even where a later word of the run ("Enterprise") is an ending too
    goes_on = any(words[i] in ORGANISATION_WORDS and _goes_on_after(words, i) for i in range(cut + 1))
    if not goes_on:  # "Halden Communications for Kestrel Motors": the trade's name ends before "for"
        cut = next((i for i in range(1, cut) if words[i] in ORGANISATION_WORDS and words[i + 1] in ("of", "for")), cut)
    if goes_on or _country_after(words[cut + 1 :]):
        cut = len(words) - 1  # "... of Ruritania", or "Natural Resources Wales": the country ends the name
    name = " ".join(words[: cut + 1])
    organisation_span = Span(span.start, span.start + len(name))
    if organisation_span.of(article.text) != name:  # irregular spacing: keep the whole run
        organisation_span = span
    # "National Agency of Petroleum, Natural Gas and Biofuels": a body "of" fields may list more of them
    if (goes_on or "of" in words[1:cut] or "for" in words[1:cut]) and organisation_span.end == span.end:
        organisation_span = _with_listed_fields(article.text, organisation_span)
    partner = _PARTNER_BEFORE_RE.search(article.before(span, 40)) if cut == 1 and words[1] in PARTNERSHIP_ENDINGS else None
    if partner and organisation_span.end == span.start + len(name):  # "Omondi and Wekesa Advocates": one firm
        organisation_span = Span(span.start - len(partner.group(1)), organisation_span.end)
    if organisation_span.end == span.end:  # "... Agency of Bosnia and Herzegovina": the land's whole name ends it
        organisation_span = _with_a_land_named_with_and(article.text, organisation_span)
    listed = _LISTED_BEFORE_RE.search(article.before(span, 120))
    if (
        listed
        and (term := _TERM_AND_RE.fullmatch(listed.group(1)))
        and party_terms_defined(article).get(term.group("term"), span.start) < span.start - len(listed.group(1))
    ):
        listed = None  # "the Issuer and Tessel Holz GmbH": a filing's defined party, then another party
    if listed:  # "the Culture, Media and Sport Committee": a name holding a list
        organisation_span = Span(span.start - len(listed.group(1)), organisation_span.end)
    if organ_of_a_defined_term(organisation_span.of(article.text)):
        article.take(organisation_span)  # "the Management Board of the Company": no organisation's name
        return True
    article.add(
        ORGANISATION, canonical_organisation(organisation_span.of(article.text)), organisation_span, "organisation suffix", 0.9
    )
    return True


_PORTFOLIO_BEFORE_RE = re.compile(
    rf"\b(?i:{'|'.join(sorted(map(re.escape, words('roles', 'portfolio_titles')), key=len, reverse=True))})"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:,|\s+and|\s+&)?\s+){0,4}$"
)
# (m21) ... and a minister's, whose fields are never a body's name ("the Minister for Fisheries and Marine Resources
# Development"), "the" not before them
_MINISTERS_PORTFOLIO_BEFORE_RE = re.compile(
    rf"\b(?i:{'|'.join(sorted(map(re.escape, words('roles', 'ministers_portfolio_titles')), key=len, reverse=True))})"
    r"\s+(?:of|for)\s+(?P<fields>(?:[A-Z][\w-]*(?:,|\s+and|\s+&)?\s+){0,4})$"
)
_PORTFOLIOS = frozenset(word.casefold() for word in words("roles", "portfolios"))
_PORTFOLIO_FIELD_WORDS = frozenset(word.casefold() for word in words("roles", "portfolio_field_words"))
_LEGAL_FORM_WORDS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)


def a_portfolio_field(word: str) -> bool:
    """Whether a capitalised word may be a minister's field ("Fisheries", "Marine", "Resources"), not a proper name."""
    folded = word.casefold()
    return folded in _PORTFOLIOS or folded in _PORTFOLIO_FIELD_WORDS or folded in common_words()


_PORTFOLIO_REACH = 90  # characters a portfolio title may open before the word looked at


def in_a_portfolio(text: str, span: Span) -> bool:
    """Whether the word is one of a minister's portfolio written after the title ("Minister of Forests
    and Fisheries"): part of a title, no organisation's name."""
    return _PORTFOLIO_BEFORE_RE.search(text, max(0, span.start - _PORTFOLIO_REACH), span.start) is not None


def _a_titled_person_of(article: ArticleState, span: Span, words: list[str], cut: int) -> bool:
    """ "Analyst Wanda Orlik of Tessa Securities": a job title before a person's name and "of" their employer (no
    body's word before "of"): the person and the employer, no body "Wanda Orlik of Tessa Securities"."""
    of_at = next((i for i in range(2, cut) if words[i] == "of"), None)
    if of_at is None or any(word in ORGANISATION_WORDS or word in NOT_NAMES for word in words[:of_at]):
        return False
    person = " ".join(words[:of_at])
    if not (person_shaped(person) and title_before(article.before(span))):
        return False
    value = span.of(article.text)
    if not value.startswith(person + " of "):
        return False  # irregular spacing: left to the other rules
    employer_start = span.start + len(person) + len(" of ")
    employer = Span(employer_start, employer_start + len(" ".join(words[of_at + 1 : cut + 1])))
    article.add(PERSON, person, Span(span.start, span.start + len(person)), "role before name", 0.9)
    article.add(ORGANISATION, canonical_organisation(employer.of(article.text)), employer, "organisation suffix", 0.9)
    return True


_AND_A_NAME_AFTER_RE = re.compile(r" and ([A-Z][\w’'-]*(?: (?:the )?[A-Z][\w’'-]*){0,2})")


def _with_a_land_named_with_and(text: str, span: Span) -> Span:
    """ "Central Bank of Trinidad" before "and Tobago": the body's name runs on to the end of its land's name."""
    after = _AND_A_NAME_AFTER_RE.match(text, span.end)
    if after is None:
        return span
    words = span.of(text).split()
    for size in (1, 2):
        for end in range(len(after.group(1).split()), 0, -1):
            rest = " ".join(after.group(1).split()[:end])
            land = " ".join(words[-size:]) + " and " + rest
            if places().get(land, ("", ""))[1] in ("country", "state"):
                return Span(span.start, after.start(1) + len(rest))
    return span


def _goes_on_after(words: list[str], index: int) -> bool:
    """The name ending at `index` goes on with a connector: "Bank of", "Office for", "Hale &"; not a
    trade's ending before "of" or "for" ("Marrow Engineering of Leeds", "Halden Communications for
    its client"), which says where or for whom the business works."""
    if index + 1 >= len(words) or words[index + 1] not in _CONNECTORS:
        return False
    return words[index + 1] not in ("of", "for") or words[index] in _ENDINGS_TAKING_OF


def _country_after(rest: list[str]) -> bool:
    """The words left after a name's last organisation word are a country's or a region's name."""
    return bool(rest) and places().get(" ".join(rest), ("", ""))[1] in ("country", "region", "state")


def _opens_with_a_country(name: str) -> bool:
    """The capitalised words after "of" open with a country's name ("Moldova", "United Kingdom")."""
    words = name.split()
    return any(places().get(" ".join(words[:size]), ("", ""))[1] == "country" for size in range(len(words), 0, -1))


def _with_listed_fields(text: str, span: Span) -> Span:
    """ "Ministry of Health, Labour and Welfare", "Office of Economic Development and International
    Trade": the fields a body's name lists after "of", ordinary words written capitalised."""
    listed = _FIELDS_AFTER_RE.match(text, span.end, min(len(text), span.end + 80))
    last = listed.group(0).split()[-1] if listed else ""
    if listed and _ROLE_WORD_RE.fullmatch(last):
        return span  # "... and Chairman of Kestrel Power Ann Lee": a person's title opens, no field
    if listed and _FOR_A_NAME_RE.match(text, listed.end()) and last in _ENDINGS_TAKING_OF:
        return span  # "... and the Office for Fair Trade": an institution's word before "for" opens another body's name
    # "of" and a capital after the last words open another body's name ("... and Friends of the Earth", "... and
    # the Bank of Ruritania") but for the body's own country ("... and Agriculture of Moldova")
    of_name = _OF_A_NAME_RE.match(text, listed.end()) if listed else None
    if of_name and (last in _ENDINGS_TAKING_OF or not _opens_with_a_country(of_name.group("name"))):
        return span
    if listed and (
        all(_ordinary_word(field) for field in re.findall(r"[A-Z][a-z]+", listed.group(0)))
        or _ACRONYM_AFTER_RE.match(text, listed.end())
    ):
        return Span(span.start, listed.end())
    # "... Transport and Infrastructure Ivana Kovač": a person's given name and family name run into the last
    # field (a title before the body's name), the name no field and no other body's
    before_a_name = None if listed else _FIELDS_BEFORE_A_NAME_RE.match(text, span.end, min(len(text), span.end + 80))
    if (
        before_a_name
        and is_given_name(before_a_name.group("given"))
        and not _ROLE_WORD_RE.fullmatch(last_field := before_a_name.group(0).split()[-1])
        and last_field not in _TITLE_WORDS | _HONORIFICS  # "... and President Maria Lopez": a person's title, no field
        and all(_ordinary_word(field) for field in re.findall(r"[A-Z][a-z]+", before_a_name.group(0)))
    ):
        return Span(span.start, before_a_name.end())
    return span


# A body's listed fields, the last of one word, before a person's given and family names ("..., Transport and
# Infrastructure Ivana Kovač")
_FIELDS_BEFORE_A_NAME_RE = re.compile(
    r"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){0,3},?\s(?:and|&)\s(?:the\s)?[A-Z][a-z]+(?=\s(?P<given>[A-Z][^\W\d_]+)\s[A-Z])"
)

# Endings of abstract nouns naming a field ("Metallurgy", "Geology", "Economics", "Heritage")
_ABSTRACT_NOUN_RE = re.compile(r"(?:urgy|logy|nomy|ics|ism|ment|tion|sion|ture|ance|ence|ity|age|ship)$")


def _compound_of_ordinary_words(lower: str) -> bool:
    """Two ordinary words run together ("waterways": "water" and "ways"), each of three letters or more."""
    return any(
        lower[:cut] in common_words() and (lower[cut:] in common_words() or lower[cut:-1] in common_words())
        for cut in range(3, len(lower) - 2)
    )


def _ordinary_word(word: str) -> bool:
    """An ordinary English word written capitalised ("Labour": the list's American "labor" too)."""
    lower = word.lower()
    return (
        lower in common_words()
        or (lower.endswith("s") and lower[:-1] in common_words())  # "Fisheries" too
        or _compound_of_ordinary_words(lower)  # "Waterways", "Shipbuilding"
        or (lower.endswith("our") and lower[:-3] + "or" in common_words())
        or word in ORGANISATION_WORDS  # "Food and the Marine": a sector's word
        or word in DEPARTMENTS
        or word in _GOVERNMENT_FIELDS  # "Agriculture, Animal Husbandry and Fisheries"
        or _ABSTRACT_NOUN_RE.search(word) is not None  # "Mining and Metallurgy"
    )


def _inside_a_name(before: str, cue_start: int) -> bool:
    """ "Keppel Bank Research": a capitalised cue word after a capitalised word is part of a name, no cue."""
    if not before[cue_start : cue_start + 1].isupper():
        return False
    previous = _PREVIOUS_WORD_RE.search(before, max(0, cue_start - 40), cue_start)
    # ("the Ségou-based NGO X": a town's "-based" qualifies the cue, no name's word)
    return previous is not None and previous.group(1)[:1].isupper() and not previous.group(1).endswith("-based")


def _reported_by_a_body(after: str) -> bool:
    """The sentence that opens with a name ends in ", the budget airline said" (within 300 characters)."""
    end = _SENTENCE_END_RE.search(after)
    return _REPORTED_BY_A_BODY_RE.search(after, 0, end.start() if end else len(after)) is not None


def _employer_of_a_person(before: str, value: str) -> bool:
    """ "Declan Furlong of Ludgate Sports Finance", "Wen-Li Carvalho at Chainscope": a person's
    name (a given name first, two to four words) right before "of", "at" or "from"."""
    if not before.endswith(_LINKS):
        return False
    if _MINISTER_NAMED_OF_RE.search(before, max(0, len(before) - 80)):
        return False  # "Minister Jo Hale of Agriculture": a portfolio
    match = _PERSON_OF_RE.search(before, max(0, len(before) - 80))
    if not match:
        return False
    villager = VILLAGER_OF_RE.search(before, max(0, len(before) - 100))
    if villager and has_given_name(villager.group(1)) and " " not in value:
        return False  # "contractor Jo Hale of Tessmoor": the person's village (a longer name may be a firm's)
    tokens = match.group(1).split()
    if any(is_given_name(tokens[-size]) and person_shaped(" ".join(tokens[-size:])) for size in (2, 3, 4) if size <= len(tokens)):
        return True
    # a country's name as the given name, after a title ("Analyst Jordan Kos of X", "analyst Georgia Han at X")
    titled = len(tokens) >= 3 and title_before(tokens[0] + " ")
    name = tokens[1:] if titled else tokens
    return (
        2 <= len(name) <= 4
        and name[0] in given_name_list()
        and person_shaped(" ".join(name))
        and (titled or title_before(before[: match.start()]))
    )


def _run_tails(article: ArticleState) -> frozenset[str]:
    """The last words of the article's names of two words or more, read once per article."""
    from loaders.extract.entities.runs import proper_runs

    if article.run_tails is None:
        article.run_tails = frozenset(
            value.split()[-1] for value in (run.of(article.text) for run in proper_runs(article)) if " " in value
        )
    return article.run_tails


def _a_person_beside(article: ArticleState, span: Span, before: str) -> bool:
    """Beyond a given name, the mention's context says person: a title or an honorific before it, a verb only
    people do after its apposition, or a next sentence opening with "He" or "She"."""
    return bool(
        title_before(before)
        or _PERSONS_VERB_AFTER_APPOSITION_RE.match(article.after(span, 160))
        or PRONOUN_NEXT_RE.match(article.text, span.end)
    )


# '"Tessby Wool" LLC', '"Orvale Fibre Group" JSC': a name in quotation marks, its legal form right after them (as
# filings translated from Mongolian, Russian or the other languages of the region print a company's name)
_QUOTED_BEFORE_A_LEGAL_FORM_RE = re.compile(rf"[”\"]\s+{alternation(sorted(LEGAL_FORMS))}(?![\w-])")


def _a_title_on_the_next_line(after: str) -> bool:
    """A person's title alone on the next line ("Head of Investor Relations"), and no person's name opening the line
    after it ("Head of Research\nAna Ruiz said": the title is hers, the name above it a company's)."""
    match = _TITLE_ON_THE_NEXT_LINE_RE.match(after)
    if match is None:
        return False
    following = match.group("next")
    return not (following and person_shaped(following) and has_given_name(following))


def organisation_evidence(article: ArticleState, span: Span, before: str, after: str) -> list[tuple[str, float]]:
    """What the context says for an organisation."""
    value = span.of(article.text)
    tokens = value.split()
    if len(tokens) == 3 and tokens[0] == "Board" and tokens[2] in _BOARD_MEMBERS:
        return []  # "approved by the Board of Directors": a company's organ, no organisation of its own
    if _FAMILY_AFTER_RE.match(after):
        return []  # "controlled by the Larraín family": a family's name
    found = []
    # "at Piraeus broker Aegean Tonnage": a place qualifying a business noun and the name after it
    place_before_a_name = (value in places() or value in towns()) and _NOUN_AND_NAME_AFTER_RE.match(after) is not None
    # every cue ends in a word of letters right before the name: read them only after one
    if not (len(tokens) == 1 and tokens[0] in NOT_NAMES) and not place_before_a_name and _LETTER_BEFORE_RE.search(before):
        for cue, pattern in CUES.items():
            match = pattern.search(before)
            if match and cue == "bought" and _NOUN_AFTER_RE.match(after):
                break  # "to buy Sabah oil palm estates": the name qualifies what is bought
            if match and not _inside_a_name(before, match.start()):
                # "backed by", "according to": people are backed and quoted too
                # "analysts at X", "research firm X": no person is that; "backed by X": people are backed too
                weak = (
                    cue in _CUES_FOR_PEOPLE_TOO
                    or (cue in _CUES_FOR_NAMED_PEOPLE and has_given_name(value))
                    or (
                        cue in ("kind of business", "auditors")  # "Industry adviser Jo Hale": a person
                        and match.group(0).split()[-1].casefold() in _TRADES_PEOPLE_PRACTISE
                        and has_given_name(value)
                    )
                    or (cue == "kind of business" and has_given_name(value) and _TITLE_OF_THE_KIND_BEFORE_RE.search(before))
                )
                found.append((f"cue: {cue}", 1.0 if weak and person_shaped(value) else 4.0))
                break
    if _LISTING_RE.match(after):
        found.append(("stock listing", 3.0))
    if before.endswith(('"', "“")) and _QUOTED_BEFORE_A_LEGAL_FORM_RE.match(after):
        found.append(("quoted before its legal form", 4.0))  # 'shares of "Tessby Wool" LLC': a filing's company
    if _LISTED_AFTER_A_KIND_RE.search(before) and not _NAME_GOES_ON_RE.match(after):
        found.append(("listed after its kind", 3.0))
    if _CAPITAL_THE_BEFORE_RE.search(before) and not (person_shaped(value) and has_given_name(value)):
        found.append(("title with The", 2.0))  # "told The Block Report", "a column in The Ledger"
    if _employer_of_a_person(before, value):
        found.append(("where a person works", 3.0))
    country = _COUNTRY_POSSESSIVE_RE.search(before)
    if (
        country
        and places().get(country.group(1), ("", ""))[1] == "country"
        and not has_given_name(value)
        and not _NOUN_AFTER_RE.match(after)  # "Chile's Atacama region": the name qualifies a noun
        and not all(token.lower() in common_words() for token in tokens)  # "Kenya's Rural Growth Drive": a phrase
        # "Italy's Aosta Valley", "Malawi's Shire Highlands": a country's land, ending in a kind of place,
        # unless it speaks or acts as a company does ("Japan's Kestrel Point said it would cut jobs")
        and (tokens[-1] not in place_words()["feature_words_after"] or acts_as_a_company(after, 0))
    ):
        found.append(("a country's company", 2.0))  # "Spain's Hidrotec Global": no person's given name
    if _AMPERSAND_NAME_RE.search(value) and not (person_shaped(value) and has_given_name(value)):
        found.append(("names joined by an ampersand", 2.5))
    # ("X, a director of the company,": a person's role in apposition, no description of X)
    if (
        DESCRIPTION_RE.match(after)
        and not _REPORTING_CLAUSE_RE.match(after)
        and not (APPOSITIVE_ROLE_RE.match(after) and person_shaped(value))
        # "Jo Hale, the owner of Kestrel Mills, chairs the guild": a person's name with a given name, what they
        # own after it, and something else saying person (a company owns and invests too: "Charles Schwab, the
        # owner of TD Ameritrade, reported")
        and not (
            _PEOPLES_DESCRIPTION_RE.match(after)
            and person_shaped(value)
            and has_given_name(value)
            and _a_person_beside(article, span, before)
        )
        # "Ngaio Tairoa, a grower in Tessby,": a trade people practise, where they practise it
        and not (
            person_shaped(value)
            and _PRACTISED_WHERE_RE.match(after)
            and not any(token.lower() in common_words() for token in tokens)
            and tokens[-1] not in PLURAL_TRADE_NOUNS  # "Hillcrest Orchards, a grower in X,": a business
        )
    ):
        found.append(("described as an organisation", 3.0))
    if (
        len(tokens) == 1
        and _CAMEL_CASE_RE.fullmatch(value)
        and not value.startswith(_CAMEL_CASE_SURNAME_OPENINGS)
        and value not in article.term_acronyms
        # in running prose ("from BankNordik", "TasWater will"), not a share bar's buttons ("Share: Facebook
        # WhatsApp", "X | WhatsApp") nor a platform one is "on" ("follow us on WhatsApp")
        and (_PROSE_WORD_BEFORE_RE.search(before) or _PROSE_WORD_AFTER_RE.match(after))
        and not _ON_BEFORE_RE.search(before)
        and not _MENU_BAR_BEFORE_RE.search(before)
        and not _MENU_BAR_AFTER_RE.match(after)
        and not (_THING_IN_APPOSITION_RE.match(after) and not DESCRIPTION_RE.match(after))  # "MintPay, a debit card"
        and value not in article.found.product_kinds  # a product the article names ("rolling out MintPay, a card")
    ):
        found.append(("a compound name in camel case", 2.0))  # "TasWater", "BankNordik": a business's coinage
    if (
        (len(tokens) == 1 or not person_shaped(value))
        and _DESCRIBED_BEFORE_RE.search(before)
        and _APPOSITION_CLOSES_RE.match(after)
    ):
        found.append(("described before, in apposition", 3.0))  # "The union that represents them, X, said"
    # At a sentence's start a lone capitalised word may be an adjective ("Quarterly results"):
    # a company word after it counts, but not enough alone.
    opening = len(tokens) == 1 and article.sentence_start(span) and not after.startswith(("’", "'"))
    # "Energy Minister" is a portfolio; "Group Managing Director" a title
    if (
        _FOLLOWER_RE.match(after)
        and not _PORTFOLIO_AFTER_RE.match(after)
        and not CIVIC_TITLE_AFTER_RE.match(after)  # "Tessay City Mayor X": a town's mayor, no company's
        and tokens[-1] not in _TITLE_WORDS
        # "Maryam Saeed Al Hosani" alone on its line, "Head of Investor Relations" on the next: a signature's
        # name and title, no company's word (not above "Head Office", nor above a title and the person holding it)
        and not (person_shaped(value) and LINE_START_RE.search(before) and _a_title_on_the_next_line(after))
        # "Founder: Ana Ruiz" over "Headquarters: ...": an infobox's person, the next line's label no company word
        and not (person_shaped(value) and INFOBOX_PERSON_LABEL_BEFORE_RE.search(before))
        # "Fishermen's union leader ...": a common noun opening the sentence
        and not (len(tokens) == 1 and tokens[0].lower() in common_words() and article.sentence_start(span))
        # "The Płock group will pay", "a Kalisz company": a town qualifying the noun, no company's name
        and not (
            len(tokens) == 1
            and value in towns()
            and TOWN_BEFORE_A_COMPANY_NOUN_RE.search(before)
            and COMPANY_NOUN_AFTER_RE.match(after)
        )
    ):
        found.append(("followed by a company word", 1.5 if opening else 2.5))
    if (
        _PORTFOLIO_ROLE_AFTER_RE.match(after)
        and not (len(tokens) == 1 and tokens[0] in ORGANISATION_WORDS)  # "Group chief executive Jo Hale"
        and not (person_shaped(value) and has_given_name(value))
        and not opening  # "Works council head Jo Hale": a sentence's first word qualifies the title
    ):
        found.append(("a role in the body", 2.0))  # "Federated Farmers dairy chair Jo Hale"
    if (
        _ROLE_OF_RE.search(before)
        and not after.startswith(("’", "'"))
        and not _PORTFOLIO_OF_RE.search(before)
        and not _SITE_AT_RE.search(before)  # "a processing unit at Kundara": a site's place
        # "chief executive of the Tessby mill": one word qualifying a site's noun, a town's where it is a place (the
        # lists', one the article names, or the last word of a firm's name it prints: "Tessby Linen a.s."); a brand's
        # otherwise ("the head of the Tesla factory"; not a chain's or a group's: "stores of the Homestead chain")
        and not (
            len(tokens) == 1
            and _SITE_NOUN_AFTER_RE.match(after)
            and (
                value in places()
                or value in towns()
                or value in article.words_naming_places()
                or value in _run_tails(article)  # "Lnárna Tessby ... the Tessby mill": a name's last word elsewhere
            )
        )
    ):  # "the unit of X's Y": Y's, not X's
        found.append(("role of an organisation", 2.5))
    if _WHICH_ACTS_RE.match(after) or (" and " in value and _WHICH_HAS_DONE_RE.match(after)):
        found.append(("does as a company", 2.0))  # "Ornua, which sells dairy products,": a company's "which"
    if (
        len(tokens) == 1
        and _TRADES_RE.match(after)
        and not has_given_name(value)
        and value not in places()
        and value not in towns()
        and value.lower() not in common_words()
        # a second sign of a company ("Tessmark supplies its oil", "... The company sells ..."): a lone
        # surname ("Kowalczyk sells the plan") or a region ("Tessland supplies most of the wool") has none
        and _a_company_again(article.text, span.end)
        and not _opens_a_headline(article.text, span)  # "Kowalczyk sells stake in the refiner"
    ):
        found.append(("trades as a company", 2.5))  # "Tessmark supplies the oil. The company ...": no given name
    if _ACTS_RE.match(after):
        found.append(("acts as a company", 1.5))
    elif len(tokens) == 1 and _SPEECH_AFTER_RE.match(after):
        # a lone name that speaks and is no person's surname (those resolve first): an organisation, if it does so twice
        found.append(("speaks alone", 1.0))
    if (
        len(tokens) == 1
        and is_acronym(value)
        and value not in NON_ORGANISATION_ACRONYMS
        and value not in article.term_acronyms
        and (_SPEECH_AFTER_RE.match(after) or _ACRONYM_CUE_RE.search(before) or _SPEECH_BEFORE_RE.search(before))
    ):
        found.append(("acronym with cue", 2.0))
    if (
        _UNKNOWN_ACRONYM_RE.fullmatch(value)
        and value not in NON_ORGANISATION_ACRONYMS
        and value not in article.term_acronyms  # "lithium carbonate equivalent (LCE)": a term's
        and not _YEAR_AFTER_RE.match(after)
    ):
        # "ZTL", "BBC": in news an unknown acronym mostly names an organisation; once is not enough
        # evidence alone ("CES 2017" is an event), twice or with a cue is.
        found.append(("acronym", 1.0))
        if THE_BEFORE_RE.search(before) and _CLAUSE_AFTER_RE.match(after):
            found.append(("acronym after the", 2.0))  # "the ZTLU, which represents...": a body, not a term ("the ZTL port")
    if len(tokens) == 1 and _OWNS_A_NAME_RE.match(after) and value not in given_names():
        # "Tavros's Kindle Scribe": one word owning a named thing is its maker (a person's surname
        # resolves to that person first; places are taken before)
        found.append(("possessive before a name", 2.0))
    elif len(tokens) == 1 and (person := _OWNS_A_PERSON_RE.match(after)) and is_given_name(person.group(1).split()[0]):
        found.append(("employer of a person", 2.0))  # "Davy's Ruairí Breathnach said": the broker's analyst
    if (
        len(tokens) == 1
        and _UNKNOWN_ACRONYM_RE.fullmatch(value)
        and value not in NON_ORGANISATION_ACRONYMS
        and _SUBJECT_VERB_RE.match(after)
    ):
        found.append(("acronym doing", 2.0))  # "ZTLU was asked to", "the LWU has said": a body acting
    if (
        article.sentence_start(span)
        and not (person_shaped(value) and has_given_name(value))  # "Jo Hale expects ..., the company said"
        and len(tokens) >= 2  # one word at a sentence's start is often an ordinary word ("Billionaire investor ...")
        and _reported_by_a_body(article.after(span, 300))
    ):
        found.append(("the sentence's reporting body", 2.5))
    if re.fullmatch(r"[A-Z][\w-]*\.(?:com|net|org|io|ai)", value):
        found.append(("domain name", 3.0))
    return found


# Evidence that speaks of one body, not of two listed ones: "X and Y, a Leeds accounting firm,",
# "its accountants, X and Y,", "X and Y, which has built boats since 1952", "X and Y director Jo Hale".
_ONE_BODY_RULES = frozenset(
    {
        "described as an organisation",
        "a role in the body",
        "does as a company",
        "cue: auditors",
        "cue: professionals in apposition",
        "cue: kind of firm",
    }
)
_ROLE_AND_NAME_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{ROLE_WORDS})\s+[A-Z]")
_WHICH_HAS_DONE_RE = re.compile(r",\s+which\s+(?:has|had)\s+(?:long\s+|also\s+)?(?:been|built|made|run|sold|grown|[a-z]+ed)\b")
# a list goes on before the first name, or two parties are named ("between X and Y", "both X and Y")
_LIST_BEFORE_RE = re.compile(r"(?:[A-Z][\w’'.-]*,|\band|\bor|\bbetween|\bboth|\bversus|\bvs\.?)\s+$")


_KIN_FIRM_WORDS = frozenset(words("organisations", "kin_firm_words"))
_KIN_JOINERS = (" and ", " y ", " e ", " et ")


def kin_firm(founders: str, kin: str) -> bool:
    """ "Torrefazione Tessi", "Figli S.p.A.": a founder's name of capitalised words (a trade's word before it
    too) and a word of kin, its legal form or its trade's capitalised words after it, name one family firm
    ("Torrefazione Tessi e Figli S.p.A.", "Paul Orvane and Sons", "Tessi and Sons Marine Foods Co.")."""
    kin_words = kin.split()
    return (
        (len(founders.split()) > 1 or len(kin_words) > 1)
        and all(word[:1].isupper() for word in founders.split())
        and kin_words[0] in _KIN_FIRM_WORDS
        and all(word[:1].isupper() for word in kin_words[1:])
    )


_CAPITALISED_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")


def capitalised_tail(value: str) -> int | None:
    """Where the run's last capitalised words begin ("Tessi" of "Orvo for Tessi", "Orvo Tessi" of "Orvo Tessi"),
    or None when its last word is not capitalised. Walks the words once from the end: no regex over the whole
    run, whose nested repetition would try every split of a long run of capitals."""
    start = None
    end = len(value)
    while end > 0:
        begin = end
        while begin > 0 and not value[begin - 1].isspace():
            begin -= 1
        if not _CAPITALISED_WORD_RE.fullmatch(value, begin, end):
            break
        start = begin
        if begin == 0 or (begin > 1 and value[begin - 2].isspace()):
            break  # the run's first word, or two spaces before it: the words before are no part of the tail
        end = begin - 1
    return start


def family_firms(article: ArticleState, runs: list[Span]) -> None:
    """ "Torrefazione Tessi e Figli S.p.A.", "a buyer at Orvo for Tessi and Sons": a founder's name and a word of
    kin joined by "and" ("e", "y", "et") read as one firm before a legal form makes the kin word a firm of its
    own; the founder's name is the run's capitalised words after its last lower-case word ("Tessi" of "Orvo for
    Tessi")."""
    text = article.text
    for first, second in itertools.pairwise(runs):
        if text[first.end : second.start] not in _KIN_JOINERS or second.of(text).split()[0] not in _KIN_FIRM_WORDS:
            continue
        tail = capitalised_tail(first.of(text))
        if tail is None:
            continue
        founders = first.of(text)[tail:]
        start = first.start + tail
        kin_words = second.of(text).split()
        kin = " ".join(kin_words[: 1 + next((i for i, w in enumerate(kin_words[1:]) if not w[:1].isupper()), len(kin_words) - 1)])
        name = Span(start, second.start + len(kin))  # "Figli S.p.A." of "Figli S.p.A. of Trieste"
        if (
            (kin_firm(founders, kin) or (" " not in founders and start > first.start))
            and not _LIST_BEFORE_RE.search(article.before(Span(start, start)))
            and article.free(name)
        ):
            article.add(ORGANISATION, canonical_organisation(name.of(text)), name, "family firm by its founder's kin", 0.85)


COMPANY_ACT_RE = re.compile(
    rf"\s+(?:{alternation(words('organisations', 'company_act_verbs'))})\s+its\s+(?:own\s+)?"
    rf"(?:{alternation(words('organisations', 'company_act_objects'))})\b"
)


_COMPANY_ONLY_OBJECTS = frozenset(words("organisations", "company_only_objects"))
_COMPANY_KIND_SAID_RE = re.compile(
    rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(words('organisations', 'company_kind_nouns'))})\b(?!-)"
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")


def company_acted(article: ArticleState, run: Span, act: re.Match[str]) -> bool:
    """Whether a town of the city list before an act is a company's: the act's object is one only a company has
    ("Tessby raised its dividend"), or the act's sentence says what kind of business acted ("Tessby cut its
    purchases, the rival processor said"). Not "Tessby raised its bid to host the Games": a city's council."""
    if " ".join(act.group().split()).split(" its ")[-1].removeprefix("own ") in _COMPANY_ONLY_OBJECTS:
        return True
    rest = article.after(Span(run.end, act.end()), 240)
    end = _SENTENCE_END_RE.search(rest)
    return bool(_COMPANY_KIND_SAID_RE.search(rest, 0, end.start() if end else len(rest)))


def companies_acting(article: ArticleState, runs: list[Span]) -> None:
    """ "Tessaly raised its dividend", "Orvale cut its own purchases": a name before a company's own act is the
    company's; a town of the city list so named only where the act or its sentence is a company's alone
    (company_acted); no land's, no person's."""
    text = article.text
    for run in runs:
        value = run.of(text)
        act = COMPANY_ACT_RE.match(text, run.end)
        if (
            act
            and article.free(run)
            and value not in demonyms()
            and places().get(value, (value, "city"))[1] == "city"  # (no country, state or region)
            and ((value not in places() and value not in towns()) or company_acted(article, run, act))
            and not (person_shaped(value) and has_given_name(value))
        ):
            article.add(ORGANISATION, canonical_organisation(value), run, "a company's own act", 0.85)


def joined_by_and(article: ArticleState, first: Span, second: Span) -> bool:
    """ "Carrow and Tessel": two single names joined by "and" are one firm's name where what is
    said of them speaks of one body (a singular description, a role, "which has")."""
    text = article.text
    if text[first.end : second.start] in _KIN_JOINERS and kin_firm(first.of(text), second.of(text)):
        return not _LIST_BEFORE_RE.search(article.before(first))
    if text[first.end : second.start] not in _KIN_JOINERS or " " in first.of(text) or " " in second.of(text):
        return False
    before = article.before(first)
    if _LIST_BEFORE_RE.search(before):
        return False
    if second.of(text) in _KIN_FIRM_WORDS:
        return True  # "Petrov and Sons", "Ruiz y Hermanos": a family firm named by its founder's kin
    if text[first.end : second.start] != " and ":
        return False
    joined = Span(first.start, second.end)
    after = article.after(joined)
    if _ROLE_AND_NAME_AFTER_RE.match(after) or _WHICH_HAS_DONE_RE.match(after):
        return True
    return any(
        rule in _ONE_BODY_RULES and weight >= 2.0 for rule, weight in organisation_evidence(article, joined, before, after)
    )


# A body's name in its own language, lower-case words and all: an opening word, then joining words
# of that language ("de", "du", "des", "na") each before a word, its own adjectives between
# ("nationale", "forestiers", "bois-énergie": lower-case words that are no everyday English word).
_OPENINGS_IN_THEIR_LANGUAGE = frozenset(words("organisations", "openings_in_their_language")) | NAME_OPENINGS
_JOINERS = frozenset(words("organisations", "joiners_in_their_language"))
_JOINERS_BEFORE_A_CAPITAL = frozenset(words("organisations", "joiners_before_a_capital"))
_OPENING_RE = first_character_regex(  # (behind the test of the letters the openings begin with: the same matches)
    rf"(?<![\w’'-])(?:{alternation(sorted(_OPENINGS_IN_THEIR_LANGUAGE, key=lambda w: (-len(w), w)))}) (?=[a-z])"
)
# ... or a trade's goods in Spanish or Portuguese, only where a joining word follows ("Cacao del Orvale")
_PRODUCE_OPENING_RE = re.compile(
    rf"(?<![\w’'-])(?:{alternation(sorted(words('organisations', 'produce_openings'), key=lambda w: (-len(w), w)))})"
    rf" (?=(?:de|del|da|dos|das)(?: (?:la|las|los))? [{UPPER}])"
)
_NAME_TOKEN_RE = re.compile(r"([^\s,.;:()\[\]“”\"!?]+)( ?)")  # a word, and the space after it (none at a pause)
_ELIDED_RE = re.compile(r"[dl][’'](\S+)")  # "d'épargne", "l'Ouest"
_POSSESSIVE_END_RE = re.compile(r"\w[’']s$")
_MOST_NAME_WORDS = 14  # words after the opening: a bound on the walk, longer than any such name


_EXCHANGE_HEADS = alternation(words("markets", "exchange_heads"))
_PLACE_WORDS = rf"[{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*)?"
# "Borsa İstanbul", "Bolsa de Santiago", "Bursa Malaysia": an exchange's word, a particle maybe, and its city or land
_EXCHANGE_BEFORE_ITS_CITY_RE = re.compile(
    rf"(?<![\w’'-])(?:({_EXCHANGE_HEADS})|({alternation(words('markets', 'exchange_heads_before_a_land'))}))"
    rf"(?: (?:de|di|do|da|of|van|du))? ({_PLACE_WORDS})(?![\w’'-])"
)
# "Oslo Børs", "Colombo Stock Exchange": its city or land, then the exchange's word (not one that is a city too:
# "Istanbul Bursa"), where the name ends ("London Stock Exchange Group" is a longer name, left to the runs)
_EXCHANGE_AFTER_ITS_CITY_RE = re.compile(
    rf"(?<![\w’'-])({_PLACE_WORDS}) "
    rf"(?:{alternation(sorted(set(words('markets', 'exchange_words')) - set(words('markets', 'exchange_heads_before_a_land'))))})"
    rf"(?![\w’'-])"
)


def _land_of_city(city: str) -> str | None:
    """The gazetteer's name of the land a city lies in ("Turkey" for "Bursa"), where the city list knows it."""
    code = city_countries().get(city)
    names = [common or name for alpha2, name, common in iso.countries() if alpha2 == code]
    return places().get(names[0], (None, ""))[0] if names else None


_NEXT_NAME_RE = re.compile(rf" ([{UPPER}][\w’'-]*)")


def exchanges_named_after_their_cities(article: ArticleState) -> None:
    """ "Borsa İstanbul", "Oslo Børs", "Bolsa de Santiago": a stock exchange named with its city (or land) is
    the exchange, an organisation, read whole before places take the city inside it."""
    text = article.text
    gazetteer = places()
    for zone in article.zones:
        for match in _EXCHANGE_BEFORE_ITS_CITY_RE.finditer(text, zone.start, zone.end):
            name = match.group(3)
            # (the city's name alone, or its first word: "Borsa Italiana" names no city and is read otherwise)
            place = name if name in gazetteer else name.split()[0] if name.split()[0] in gazetteer else None
            if place is None or (match.group(2) and gazetteer[place][1] != "country"):
                continue
            # "the Bursa Türkiye office": a head that is a city too, before the land it lies in, is the city
            if match.group(2) and _land_of_city(match.group(2)) == gazetteer[place][0]:
                continue
            span = Span(match.start(), match.start(3) + len(place))
            if article.free(span):
                article.add(ORGANISATION, span.of(text), span, "stock exchange named after its city", 0.9)
        for match in _EXCHANGE_AFTER_ITS_CITY_RE.finditer(text, zone.start, zone.end):
            following = _NEXT_NAME_RE.match(text, match.end())
            if following and following.group(1) not in NOT_NAMES:
                continue  # "London Stock Exchange Group": a longer name, left to the runs (not "Oslo Børs Tuesday")
            words_before = match.group(1).split()
            # the city's name is the last words before the exchange's ("Shares rose on the Oslo Børs")
            for size in (2, 1):
                place = " ".join(words_before[-size:])
                if len(words_before) >= size and place in gazetteer:
                    span = Span(match.end(1) - len(place), match.end())
                    if article.free(span):
                        article.add(ORGANISATION, span.of(text), span, "stock exchange named after its city", 0.9)
                    break


def bodies_in_their_language(article: ArticleState) -> None:
    """ "the Conseil du lait-caillé", "Fonds de soutien des pêcheurs", "Údarás na Farraige": a
    body named in French, Spanish, Italian, Portuguese or Irish with the lower-case words of that
    language, read whole before places take a town inside it ("Cámara de Comercio de Rosales")."""
    text = article.text
    everyday = common_words()
    for zone in article.zones:
        for opening in _OPENING_RE.finditer(text, zone.start, zone.end):
            end = _name_in_its_language_ends(text, opening.end(), zone.end, everyday)
            span = Span(opening.start(), end)
            if end > opening.end() and article.free(span):
                article.add(ORGANISATION, span.of(text), span, "body named in its own language", 0.85)
        for opening in _PRODUCE_OPENING_RE.finditer(text, zone.start, zone.end):
            end = _name_in_its_language_ends(text, opening.end(), zone.end, everyday)
            span = Span(opening.start(), end)
            if end > opening.end() and article.free(span):
                article.add(ORGANISATION, span.of(text), span, "trade's goods named before a joining word", 0.8)


_LEGAL_FORM_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?:{alternation(words('organisations', 'legal_forms_before'))}) [{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*)*"
)
_LOWER_CASE_KIND_RE = re.compile(
    rf"(?<![\w’'-])[{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*){{0,2}} (?:{alternation(words('organisations', 'lower_case_kinds'))})"
    rf"(?: [{UPPER}][\w’'-]*)?(?![\w’'-])"
)
_LOWER_WORD_RE = re.compile(r" ([a-zß-öø-ÿā-ž][\w’'-]*)")


_SPEECH_VERBS = frozenset(words("speech", "verbs"))
_NAME_STOPS = frozenset(words("organisations", "legal_form_name_stops"))
_INFLECTIONS = ("ed", "d", "es", "s", "ing")


def _a_word_of_its_language(word: str, everyday: frozenset[str]) -> bool:
    """A lower-case word after a legal form and a name that is no English word, a speech verb ("UAB
    Tessavos said") or an English word's inflection ("expanded", "plans"): part of the name."""
    return (
        word.isalpha()
        and word not in everyday
        and word not in _NAME_STOPS
        and word not in _SPEECH_VERBS
        and not any(word.endswith(ending) and word[: -len(ending)] in everyday for ending in _INFLECTIONS)
    )


def bodies_by_their_own_grammar(article: ArticleState) -> None:
    """ "UAB Tessavos grūdai", "Šiaulių bankas", "Privredna banka Zagreb": a legal form written before
    the name, or a lower-case kind of body after it, in the name's own language, read whole."""
    text = article.text
    everyday = common_words()
    for zone in article.zones:
        for match in _LEGAL_FORM_BEFORE_RE.finditer(text, zone.start, zone.end):
            if " " not in match.group(0):
                continue
            end = match.end()
            while (word := _LOWER_WORD_RE.match(text, end, zone.end)) and _a_word_of_its_language(word.group(1), everyday):
                end = word.end()  # "granulės": a word of the name's language
            span = Span(match.start(), end)
            if end > match.end() and article.free(span):
                article.add(ORGANISATION, span.of(text), span, "legal form before the name", 0.85)
        for match in _LOWER_CASE_KIND_RE.finditer(text, zone.start, zone.end):
            span = Span(match.start(), match.end())
            if article.free(span):
                article.add(ORGANISATION, span.of(text), span, "kind of body in its own language", 0.85)


def _name_in_its_language_ends(text: str, position: int, limit: int, everyday: frozenset[str]) -> int:
    """Where the name going on at `position` (after its opening word and a space) ends; `position - 1`
    where no joining word follows. Words are read one at a time, at most _MOST_NAME_WORDS of them."""
    start, end, joined, after_joiner = position, position - 1, False, False
    token = _NAME_TOKEN_RE.match(text, position, limit)
    for _ in range(_MOST_NAME_WORDS):
        if not token:
            break
        word = token.group(1)
        following = _NAME_TOKEN_RE.match(text, token.end(), limit) if token.group(2) else None
        if _POSSESSIVE_END_RE.search(word) and (after_joiner or joined):
            # "Queijaria da Fajã's owner": the name ends before its owner's "'s"
            return token.end(1) - 2
        if word in _JOINERS or (word in _JOINERS_BEFORE_A_CAPITAL and following is not None and following.group(1)[:1].isupper()):
            after_joiner = True  # "de", "et des": a joining word, the name goes on after it
        elif _ELIDED_RE.fullmatch(word) or after_joiner:
            end, joined, after_joiner = token.end(1), True, False  # the word a joining word (or "d'") brings
        elif joined and word[:1].isupper():
            end = token.end(1)  # "de Córdoba": the capitalised words of a place inside the name
        elif (
            word.islower()
            and word not in everyday
            and not any(char.isdigit() for char in word)
            and (
                (following is not None and (following.group(1) in _JOINERS or _ELIDED_RE.fullmatch(following.group(1))))
                or (following is None and ("-" in word or not word.isascii()))  # "bois-énergie." at the name's end
            )
        ):
            end = token.end(1)  # "nationale des", "forestiers du": an adjective of the name's language
        else:
            break
        token = following
    return end if joined else start - 1


_KIN_TITLES = alternation(words("names", "kin_titles_of_brands"))
_BRAND_NOUNS = alternation(words("names", "brand_nouns"))
_CAPITALISED = rf"[{UPPER}][\w’'-]*[\w]"
# "Aunt Cora's Bakeshop", "Uncle Boy's Lechon House": a kin title, a name, "'s" and the business's words,
# the last an eatery's or a food's ("Tito Mboweni's Budget Review" is a minister's)
_KIN_POSSESSIVE_BRAND_RE = re.compile(
    rf"(?<![\w’'-]){_KIN_TITLES} {_CAPITALISED}(?: {_CAPITALISED})?[’']s(?: {_CAPITALISED}){{0,2}}"
    rf" {alternation(words('names', 'eatery_words'))}(?![\w’'-])"
)
# words that open a sentence or a noun phrase, never a brand's name ("The Pak Harjo chain")
_NOT_BRAND_OPENINGS = frozenset(words("not_names", "function_words")) | {word.title() for word in words("names", "determiners")}
# "the Warung Pak Sastro chain", "the Bakso Mbak Tari noodle-shop brand": a word, a kin title and a
# name before a word for a chain or a brand
_KIN_TITLED_BRAND_RE = re.compile(rf"(?<![\w’'-])({_CAPITALISED} {_KIN_TITLES} {_CAPITALISED}) (?:[a-z-]+ )?{_BRAND_NOUNS}\b")


def brands_named_after_kin(article: ArticleState) -> None:
    """Eateries and food brands named after a cook with a kinship or courtesy title ("Aunt Cora's
    Bakeshop", "Warung Pak Sastro"): organisations, not the person the title would introduce."""
    from loaders.extract.entities.people import HONORIFICS

    text = article.text
    for zone in article.zones:
        for match in _KIN_POSSESSIVE_BRAND_RE.finditer(text, zone.start, zone.end):
            span = Span(match.start(), match.end())
            if article.free(span):
                article.add(ORGANISATION, span.of(text), span, "brand named after a kin title", 0.85)
        for match in _KIN_TITLED_BRAND_RE.finditer(text, zone.start, zone.end):
            span = Span(match.start(1), match.end(1))
            first = match.group(1).split()[0]
            if (
                article.free(span)
                and first not in HONORIFICS
                and first not in _NOT_BRAND_OPENINGS
                and not re.fullmatch(ROLE_WORDS, first, re.IGNORECASE)
            ):
                article.add(ORGANISATION, span.of(text), span, "brand named after a kin title", 0.85)
