"""Acronyms defined in the article: "Harlow and Finch (HF)", "Kestrel
Motors Group Limited (KMG)". The long form is an organisation; the acronym,
wherever else it stands in the article, is that organisation too. So is a
ticker given in brackets after a company's name ("Kestrel Foods (NYSE: KFD)",
"Kestrel Foods (KFD US)", "Kestrel Foods (KSTF)", its letters the name's): a fund's letter calls the
company by it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from loaders.extract.cues import LEGAL_FORMS
from loaders.extract.entities.guards import is_currency_word
from loaders.extract.entities.state import NON_ORGANISATION_ACRONYMS, ArticleState, canonical_organisation, word_bounded
from loaders.extract.types import DEFINED_TERM_RULE, ORGANISATION, Mention
from loaders.spans import Span
from loaders.vocab import words

# "(KMG)", '("KMG")', '(hereinafter "KMG")', '(hereinafter referred to as "KMG")': a short form defined in brackets
_BRACKETED_RE = re.compile(
    r"\((?:hereinafter(?:\s+(?:referred\s+to\s+as|called))?,?\s+)?([“\"])?([A-Z][A-Za-z&]{1,7})(?(1)[”\"])\)"
)
_WORD_RE = re.compile(r"[\w’'&.-]+")
_SKIPPED = {"and", "of", "for", "the", "&", "de", "und", "et"}
_LOOK_BACK = 120  # characters: a long form has at most a dozen words
# "Sale and Purchase Agreement", "Memorandum of Understanding": a document, event or scheme, no body
_DOCUMENT_END_RE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(words('organisations', 'document_nouns'), key=len, reverse=True)))})\Z"
)
# (m16) "Environmental Impact Assessment (EIA)", a notice's heading "ROAD SAFETY AUDIT (RSA)": a study's or a notice's
# name in any case, its acronym a term's too ("the draft EIA report")
_STUDY_END_RE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(words('organisations', 'study_nouns'), key=len, reverse=True)))})\Z",
    re.IGNORECASE,
)


def find_acronyms(article: ArticleState, is_person: Callable[[str], bool]) -> dict[str, str]:
    """Acronym -> organisation name, for each acronym the article defines in
    brackets after its long form; adds the long form's and the acronym's mentions."""
    text = article.text
    defined: dict[str, str] = {}
    for zone in article.zones:
        for match in _BRACKETED_RE.finditer(text, zone.start, zone.end):
            acronym = match.group(2)
            if acronym.upper() in NON_ORGANISATION_ACRONYMS or acronym in defined:
                continue
            long_form = _long_form(text, max(zone.start, match.start() - _LOOK_BACK), match.start(), acronym)
            if not long_form or is_person(long_form.of(text)) or _DOCUMENT_END_RE.search(long_form.of(text)):
                continue
            if _STUDY_END_RE.search(long_form.of(text)):
                article.add_term_acronym(acronym)  # "the EIA report", "the EIA consultant": the study's, no body's
                continue
            if article.free(long_form):
                name = canonical_organisation(long_form.of(text))
                article.add(ORGANISATION, name, long_form, "name with its acronym", 0.9)
            else:
                inside = [m for m in article.found.mentions if m.kind == ORGANISATION and long_form.contains(m.span)]
                if not inside:
                    continue
                name = inside[-1].name
            defined[acronym] = name
    for acronym, name in defined.items():
        for zone in article.zones:
            for match in re.finditer(re.escape(acronym), text[zone.start : zone.end]):
                span = Span(zone.start + match.start(), zone.start + match.end())
                if word_bounded(text, span.start, span.end, zone) and article.free(span):
                    article.add(ORGANISATION, name, span, "acronym of a name in the article", 0.85)
    return defined


# '(the "Company")', '("Kestrel" or the "Issuer")', '(the "Company"; together with its subsidiaries, the
# "Group")': a filing's defined term for the party named before it.
# '(hereinafter referred to as "the Company")', '(hereinafter "the Company")' and '(the Company)' too; and (m21) with no
# "the", as Brazilian, Portuguese and Spanish filings print them in English ('("Company" or "Kestrel")').
_DEFINED_TERM_RE = re.compile(
    r"\((?:hereinafter(?:\s+(?:referred\s+to\s+as|called))?,?\s+)?(?:[“\"](?P<first>[^“”\"()]{1,40})[”\"]\s+(?:or|and)\s+)?"
    r"(?:the\s+[“\"](?P<term>[A-Z][a-z]{2,14})[”\"]|[“\"]the\s+(?P<inside>[A-Z][a-z]{2,14})[”\"]|the\s+(?P<bare>[A-Z][a-z]{2,14})"
    r"|[“\"](?P<plain>[A-Z][a-z]{2,14})[”\"])"
    r"(?:\)|[;,]\s|\s+(?:or|and)\s+[“\"])"
)
_TERM_RE = re.compile(r"\bthe\s+[“\"](?P<term>[A-Z][a-z]{2,14})[”\"]")
_PARTY_TERMS = frozenset(words("organisations", "defined_party_terms"))


def _term_of(match: re.Match[str]) -> str:
    """The term a bracket defines: its party's term where it gives one first ('("Company" or "Kestrel")'), else its
    last."""
    if match.group("first") in _PARTY_TERMS:
        return match.group("first")
    return match.group("term") or match.group("inside") or match.group("bare") or match.group("plain")


def party_terms_defined(article: ArticleState) -> dict[str, int]:
    """(fixc29) The party terms the page defines in brackets ('(the "Issuer")'), each with where its first definition
    starts: read once for the article."""
    if article.party_terms is None:
        found: dict[str, int] = {}
        for zone in article.zones:
            for match in _DEFINED_TERM_RE.finditer(article.text, zone.start, zone.end):
                term = _term_of(match)
                if term in _PARTY_TERMS:
                    found.setdefault(term, match.start())
                    if match.group(0)[-1] != ")":  # '(the "Company"; together with its subsidiaries, the "Group")'
                        close = article.text.find(")", match.end(), match.end() + _LOOK_BACK)
                        for other in _TERM_RE.finditer(article.text, match.end(), close if close >= 0 else match.end()):
                            if other.group("term") in _PARTY_TERMS:
                                found.setdefault(other.group("term"), match.start())
        article.party_terms = found
    return article.party_terms


def find_defined_terms(article: ArticleState) -> None:
    """'Kestrel Foods Ltd (the "Company")': "the Company" (or "Company"), wherever it stands after, is
    the organisation whose name ends nearest before the bracket (in its zone, at most _LOOK_BACK
    characters before); a mention read after it as an organisation of the term's own name takes its name."""
    text = article.text
    organisations = sorted((m for m in article.found.mentions if m.kind == ORGANISATION), key=lambda m: m.span.end)
    ends = [m.span.end for m in organisations]
    defined: dict[str, tuple[str, int]] = {}  # term -> (its organisation, where its definition starts)
    for zone in article.zones:
        for match in _DEFINED_TERM_RE.finditer(text, zone.start, zone.end):
            term = _term_of(match)
            at = bisect.bisect_right(ends, match.start()) - 1
            if (
                term in _PARTY_TERMS
                and term not in defined
                and at >= 0
                and organisations[at].span.end >= max(zone.start, match.start() - _LOOK_BACK)
                and organisations[at].name != term
            ):
                defined[term] = (organisations[at].name, match.start())
                # '(the "Company"; together with its subsidiaries, the "Group")': the bracket's other terms too
                if match.group(0)[-1] != ")":
                    close = text.find(")", match.end(), match.end() + _LOOK_BACK)
                    for other in _TERM_RE.finditer(text, match.end(), close if close >= 0 else match.end()):
                        if other.group("term") in _PARTY_TERMS and other.group("term") not in defined:
                            defined[other.group("term")] = (organisations[at].name, match.start())
    if not defined:
        return
    article.found.mentions = [
        replace(m, name=defined[m.name][0], rule=DEFINED_TERM_RULE)
        if m.kind == ORGANISATION and m.name in defined and m.span.start >= defined[m.name][1]
        else m
        for m in article.found.mentions
    ]
    term_re = re.compile(rf"\b[Tt]he (?P<term>{'|'.join(defined)})\b(?![”\"])")
    for zone in article.zones:
        for later in term_re.finditer(text, zone.start, zone.end):
            owner, defined_at = defined[later.group("term")]
            span = Span(later.start("term"), later.end("term"))
            if span.start > defined_at and article.free(span):
                article.add(ORGANISATION, owner, span, DEFINED_TERM_RULE, 0.85)


# '(the "JV Agreement")', '(together, the "Sellers")', '(hereinafter "the Cooperative")': a term the page defines with
# "the", in brackets and quotes, one to four capitalised words
_THE_TERM = r"[A-Z][\w’'-]*(?:[^\S\n][A-Z][\w’'-]*){0,3}"
# (m21) ... or with no "the", as Brazilian, Portuguese and Spanish filings print them in English ('("Project")', '("JV")',
# '("Company" or "Kestrel")')
_BRACKETED_THE_TERM_RE = re.compile(
    r"\((?:[^()\n]{0,40}?,\s+)?(?:hereinafter(?:\s+(?:referred\s+to\s+as|called))?,?\s+)?"
    rf"(?:the\s+[“\"](?P<quoted>{_THE_TERM})[”\"]|[“\"]the\s+(?P<inside>{_THE_TERM})[”\"]"
    rf"|[“\"](?P<plain>{_THE_TERM})[”\"](?=\)|\s+(?:or|and)\s))"
)


_TERM_NOUNS = frozenset(words("organisations", "defined_term_nouns")) | frozenset(words("organisations", "document_nouns"))
_SHORT_CAPITALS_RE = re.compile(r"[A-Z]{2,3}")  # "JV", "SPV": an abbreviation inside a term


def _a_term_of_ordinary_nouns(term: str, lower: Callable[[str], bool]) -> bool:
    """A deal's, a document's or a party's term ("JV Agreement", "Proposed Acquisition", "Sellers", "JV Company"): its
    last word a term's noun or a party's, its other words ordinary words or a short abbreviation; not a body's own name
    ("Red Hills Army", "Orvale Capital")."""
    *opening, last = term.split()
    return (last in _TERM_NOUNS or last in _PARTY_TERMS) and all(
        lower(word.lower()) or _SHORT_CAPITALS_RE.fullmatch(word) for word in opening
    )


def drop_defined_terms(article: ArticleState, lower: Callable[[str], bool]) -> None:
    """A term the page defines in brackets and quotes after "the" ('(the "JV Agreement")', '(together, the
    "Sellers")') names what it stands for, no organisation of its own: no mention of an organisation is named by it
    or lies inside its words ("JV" of "JV Agreement"). A term of several words for a party ('Tessa Cold Chain LLC (the
    "JV Company")') names the party's mentions after its definition, as find_defined_terms names "the Company"'s. A term
    naming a body ('(the "Red Hills Army")') stays its name. `lower`: whether a word is an ordinary one."""
    text = article.text
    organisations = sorted((m for m in article.found.mentions if m.kind == ORGANISATION), key=lambda m: m.span.end)
    ends = [m.span.end for m in organisations]
    owners: dict[str, tuple[str, int]] = {}
    terms: set[str] = set()
    for zone in article.zones:
        for match in _BRACKETED_THE_TERM_RE.finditer(text, zone.start, zone.end):
            term = match.group("quoted") or match.group("inside") or match.group("plain")
            if not _a_term_of_ordinary_nouns(term, lower):
                continue
            at = bisect.bisect_right(ends, match.start()) - 1
            if (
                match.group("plain")
                and at >= 0
                and organisations[at].span.end >= max(zone.start, match.start() - _LOOK_BACK)
                and organisations[at].name.split()[-1] == term
            ):
                continue  # (m21 review M2) 'Kestrel Bank Plc ("Bank")': the company's short name, its own last word
            terms.add(term)
            if (
                " " in term
                and term.split()[-1] in _PARTY_TERMS
                and term not in owners
                and at >= 0
                and organisations[at].span.end >= max(zone.start, match.start() - _LOOK_BACK)
                and not organisations[at].span.contains(Span(match.start(), match.end()))
            ):
                owners[term] = (organisations[at].name, match.end())
    if not terms:
        return
    term_re = re.compile(rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(terms, key=len, reverse=True)))})(?![\w’'-])")
    inside = [(match.start(), match.end(), match.group(0)) for match in term_re.finditer(text)]
    starts = [start for start, _, _ in inside]
    kept: list[Mention] = []
    for m in article.found.mentions:
        if m.kind == ORGANISATION and m.rule != DEFINED_TERM_RULE:  # (not one named after its party already)
            at = bisect.bisect_right(starts, m.span.start) - 1
            occurrence = inside[at] if at >= 0 and inside[at][1] >= m.span.end else None
            if occurrence is not None and occurrence[2] in owners and m.span.start >= owners[occurrence[2]][1]:
                kept.append(replace(m, name=owners[occurrence[2]][0], rule=DEFINED_TERM_RULE))
                continue
            if occurrence is not None or m.name in terms:
                continue
        kept.append(m)
    article.found.mentions = kept


# "(Nasdaq: CDRG)", "(Euronext Dublin: BKC)", "(BIST: KRVAN)": an exchange, a colon, the ticker; or
# "(MIRA AR)": a ticker and its market's two letters, as terminals print it.
_TICKER_RE = re.compile(
    r"\((?:[A-Z][A-Za-z]{1,9}(?: [A-Z][a-z]{1,9})?\s?:\s?(?P<listed>[A-Z][A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?)"
    r"|(?P<terminal>[A-Z]{2,6}) [A-Z]{2}|(?P<bare>[A-Z]{3,5}))\)"
)
_BEFORE_TICKER_RE = re.compile(r"(?:,? (?:Inc|Corp|Ltd|Co|Plc|AG|SA|NV|ASA|JSC)\.?)? ?$")


def find_tickers(article: ArticleState) -> dict[str, str]:
    """Ticker -> organisation name, for each ticker the article gives in brackets right after an
    organisation's name; every mention of the ticker in the article is that organisation."""
    text = article.text
    ends = {m.span.end: m.name for m in article.found.mentions if m.kind == ORGANISATION}
    tickers: dict[str, str] = {}
    for zone in article.zones:
        for match in _TICKER_RE.finditer(text, zone.start, zone.end):
            ticker = match.group("listed") or match.group("terminal") or match.group("bare")
            gap = _BEFORE_TICKER_RE.search(text, max(zone.start, match.start() - 8), match.start())
            name = ends.get(gap.start()) if gap else None
            if name and match.group("bare") and not _spelled_from(ticker, name):
                continue  # "(KRTN)" after "Karet Nusantara" is its ticker; "(FTSE)" after another name is not
            if name and ticker not in tickers and ticker.upper() not in NON_ORGANISATION_ACRONYMS:
                tickers[ticker] = name
    if not tickers:
        return tickers
    mentions = []
    for mention in article.found.mentions:
        if mention.kind == ORGANISATION and mention.name in tickers:
            mention = replace(mention, name=tickers[mention.name], rule="ticker of a name in the article")
        mentions.append(mention)
    article.found.mentions = mentions
    for ticker, name in tickers.items():
        for zone in article.zones:
            for match in re.finditer(rf"\b{re.escape(ticker)}\b", text[zone.start : zone.end]):
                span = Span(zone.start + match.start(), zone.start + match.end())
                if article.free(span):
                    article.add(ORGANISATION, name, span, "ticker of a name in the article", 0.85)
    return tickers


def _spelled_from(ticker: str, name: str) -> bool:
    """Whether a bracketed code's letters are the name's, in order, beginning one of its first two words
    ("KRTN" of "PT Karet Nusantara", "CDRG" of "Caddo Ridge")."""
    words = name.casefold().split()
    letters = iter("".join(words))
    return ticker[0].casefold() in {word[0] for word in words[:2]} and all(c in letters for c in ticker.casefold())


_ACRONYM_RE = re.compile(r"[A-Z]{3,6}")  # two letters ("AP") match too many names by chance


def initials(name: str) -> str:
    """ "Food and Drug Administration" -> "FDA": the first letters of its words, less "and", "of", "the"."""
    return "".join(word[0] for word in name.split() if word.lower() not in _SKIPPED and word[:1].isupper())


def acronyms_as_names(mentions: list[Mention]) -> list[Mention]:
    """An organisation found only as an acronym ("FDA") in an article that spells out one organisation
    with those initials ("Food and Drug Administration"), with no brackets between: that organisation."""
    owners: dict[str, set[str]] = {}
    run_together: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind == ORGANISATION and len(mention.name.split()) >= 2:
            owners.setdefault(initials(mention.name), set()).add(mention.name)
            name_words = mention.name.split()
            for count in range(2, len(name_words) + 1):
                run_together.setdefault("".join(name_words[:count]).upper(), set()).add(mention.name)
    renamed = {key: next(iter(names)) for key, names in owners.items() if len(names) == 1 and _ACRONYM_RE.fullmatch(key)}
    # "KESTRELFOOD" (an exchange's trading code) beside "Kestrel Food Processing": the name's opening words run together
    codes = {m.name for m in mentions if m.kind == ORGANISATION and m.name.isupper() and m.name.isalpha()}
    renamed |= {code: next(iter(names)) for code in codes if len(names := run_together.get(code, set())) == 1}
    if not renamed:
        return mentions
    return [
        replace(m, name=renamed[m.name], rule="initials of a name in the article")  # no definition for other articles
        if m.kind == ORGANISATION and m.name in renamed
        else m
        for m in mentions
    ]


_LEGAL_FORM_WORDS = 3  # the most words of a legal form after a name ("Joint Stock Company")
_PREFIX_LETTERS = 3  # the most letters one word gives an acronym ("Co" of "Company" in "MALFICO")


def _long_form(text: str, start: int, end: int, acronym: str) -> Span | None:
    """The capitalised words right before the bracket whose initials spell the acronym, or, where none do,
    whose first letters do, each word giving the acronym one to three of its first letters in order
    ("Marsabit Lake Fisheries Company (MALFICO)", "Tanzania Electric Supply Company (TANESCO)")."""
    # "Aptma", "Anac": an acronym written as a word spells a word with each of its letters
    letters = [char.upper() for char in acronym] if acronym[1:].islower() else [char for char in acronym if char.isupper()]
    tokens = list(_WORD_RE.finditer(text, start, end))
    if not tokens or text[tokens[-1].end() : end].strip():
        return None
    # (a short name written as a word, "Somafri" of "Société Mauritanienne de Froid Industriel", is a name of
    # its own, which outlets print alone: only capitals are read from first letters; and a currency's code,
    # "Thai Baht (THB)", names a currency, no organisation)
    found = _initials_form(tokens, list(letters)) or (
        _prefixes_form(tokens, acronym) if acronym.isupper() and not is_currency_word(acronym) else None
    )
    if found is None and acronym.isupper():
        # "Kestrel Alloy Joint Stock Company ("KA")": the initials of the name before its legal form
        # (a legal form's word last, capitalised words between it and the name)
        for cut in range(1, min(_LEGAL_FORM_WORDS, len(tokens) - 1) + 1):
            dropped = [token.group(0) for token in tokens[-cut:]]
            if dropped[-1].rstrip(".,") not in LEGAL_FORMS or not all(word[:1].isupper() for word in dropped):
                break
            head = _initials_form(tokens[:-cut], list(letters))
            if head is not None:
                return Span(head.start, tokens[-1].end())
    return found


def _prefixes_form(tokens: list[re.Match[str]], acronym: str) -> Span | None:
    """The words (from the last) each giving the end of the acronym left one to three of their first
    letters, the fewest first; None where they spell it no way that takes every word's first letter."""
    left, first = acronym, None
    for token in reversed(tokens):
        word = token.group(0)
        if not left:
            break
        if word.lower() in _SKIPPED:
            continue
        if not word[0].isupper():
            return None
        taken = next(
            (size for size in range(1, min(_PREFIX_LETTERS, len(word), len(left)) + 1) if left.endswith(word[:size].upper())),
            None,
        )
        if taken is None:
            return None
        left, first = left[:-taken], token
    if left or first is None:
        return None
    return Span(first.start(), tokens[-1].end())


# A legal form of initials written with stops ("S.A.", "S.R.L."): each of its capitals a letter of the acronym
_STOPPED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,4}")


def _initials_form(tokens: list[re.Match[str]], letters: list[str]) -> Span | None:
    first = None
    for token in reversed(tokens):
        word = token.group(0)
        if not letters:
            break
        if word.lower() in _SKIPPED:
            continue
        if _STOPPED_INITIALS_RE.fullmatch(word):
            # "Industrias Maniseras de Occidente, S.A. (IMOSA)": the form gives the acronym its last letters
            capitals = [char for char in word if char.isupper()]
            if letters[-len(capitals) :] != capitals:
                return None
            del letters[-len(capitals) :]
            first = token
            continue
        if word[0] != letters[-1]:
            return None
        letters.pop()
        first = token
    if letters or first is None:
        return None
    return Span(first.start(), tokens[-1].end())
