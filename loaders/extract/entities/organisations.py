"""Organisations: a name ending in a sector word or legal form, and the
evidence that a bare name is an organisation ("X reported", "shares in X",
"X's chief executive", "X said in a statement", "X, the Japanese
conglomerate", "analysts at X"). Each piece of evidence is (rule, weight);
the article-wide decision, person or organisation, is made by the caller.
"""

from __future__ import annotations

import re

from loaders.extract.cues import LEGAL_FORMS, ROLE_WORDS, SPEECH_VERBS
from loaders.extract.entities.people import person_shaped
from loaders.extract.entities.state import NON_ORGANISATION_ACRONYMS, NOT_NAMES, ArticleState, canonical_organisation, is_acronym
from loaders.extract.types import ORGANISATION
from loaders.spans import Span
from loaders.vocab import alternation, mapping, words

# Words that end organisation names. Legal forms are dropped from canonical names.
ORGANISATION_WORDS = frozenset(words("organisations", "name_endings")) | LEGAL_FORMS
# A run that goes on past its organisation word into one of these names an event, not a company.
EVENT_WORDS = frozenset(words("organisations", "event_words"))
# Cue phrases right before an organisation's name, each with its id.
_PREVIOUS_WORD_RE = re.compile(r"([\w&’'-]+) $")  # the word right before a cue, no punctuation between
CUES = {cue: re.compile(pattern, re.IGNORECASE) for cue, pattern in mapping("organisations", "cues").items()}
_FOLLOWERS = alternation(words("organisations", "followers"))
_DESCRIPTORS = alternation(words("organisations", "descriptors"))
_FOLLOWER_RE = re.compile(rf"(?:[’']s)?\s+(?:{ROLE_WORDS}|{_FOLLOWERS})\b", re.IGNORECASE)
_ROLE_OF_RE = re.compile(rf"\b(?:{ROLE_WORDS}|{_FOLLOWERS}|founder|owner)\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
_DESCRIPTION_RE = re.compile(
    rf",\s+(?:the|a|an|its)\s+(?:[\w’'-]+\s+){{0,3}}?{_DESCRIPTORS}(?=\s*[,.;)]|\s+(?:that|which|whose|based|in|of|with|owned|backed|said|has|is|was)\b)",
    re.IGNORECASE,
)
_ACTS_RE = re.compile(rf"\s+{alternation(words('organisations', 'acts'))}\b")
_LISTING_RE = re.compile(r"\s*\(\s*[A-Z]{2,6}\s*:\s*[A-Z0-9]")
_SPEECH_AFTER_RE = re.compile(rf",?\s+(?:{SPEECH_VERBS})\b")
_SPEECH_BEFORE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:the\s+)?$")
_ACRONYM_CUE_RE = re.compile(r"(?:group|firm|agency|body|regulator)\s+$", re.IGNORECASE)
_CONNECTORS = {"of", "for", "&", "de"}
_CUES_FOR_PEOPLE_TOO = {"acted on by", "a specialist"}
# Capitalised words in a list right before a name's last words, after "the": "the Culture, Media and ".
_LISTED_BEFORE_RE = re.compile(r"\bthe\s+((?:[A-Z][\w’'-]*,\s+){1,4}[A-Z][\w’'-]*,?\s+(?:and|&)\s+)$")
_UNKNOWN_ACRONYM_RE = re.compile(r"[A-Z]{3,5}")
_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)\d\d\b")
_TITLE_WORDS = frozenset(words("not_names", "titles"))
_PORTFOLIO_AFTER_RE = re.compile(rf"\s+{alternation(words('organisations', 'portfolio_titles'))}\b")


def organisation_by_suffix(article: ArticleState, span: Span) -> bool:
    """ "Kestrel Motors Co", "Temasek Holdings", "Sequoia Capital China" (cut after the suffix,
    unless the name goes on with "of"/"for": "Reserve Bank of Ruritania")."""
    words = span.of(article.text).split()
    # "the Board of Directors" is a company's organ, not an organisation of its own
    if (
        len(words) >= 3
        and words[0] in ORGANISATION_WORDS
        and words[0] != "Board"
        and words[1] in ("of", "for")
        and not (EVENT_WORDS & set(words))
    ):  # "Ministry of Finance", "Department for Transport", "Bank of Ruritania"
        article.add(ORGANISATION, span.of(article.text), span, "organisation of or for", 0.9)
        return True
    if len(words) < 2 or not any(word in ORGANISATION_WORDS for word in words[1:]):
        return False
    if _PORTFOLIO_AFTER_RE.match(article.text, span.end, span.end + 20):
        return False  # "the Ruritania Energy Minister": a minister's portfolio, not a body
    cut = max(i for i, word in enumerate(words) if word in ORGANISATION_WORDS)
    if any(word in EVENT_WORDS for word in words[cut + 1 :]):
        return False  # "Consumer Electronics Show": the name goes on into an event's
    if cut + 1 < len(words) and words[cut + 1] in _CONNECTORS:
        cut = len(words) - 1
    name = " ".join(words[: cut + 1])
    organisation_span = Span(span.start, span.start + len(name))
    if organisation_span.of(article.text) != name:  # irregular spacing: keep the whole run
        organisation_span = span
    listed = _LISTED_BEFORE_RE.search(article.before(span, 120))
    if listed:  # "the Culture, Media and Sport Committee": a name holding a list
        organisation_span = Span(span.start - len(listed.group(1)), organisation_span.end)
    article.add(
        ORGANISATION, canonical_organisation(organisation_span.of(article.text)), organisation_span, "organisation suffix", 0.9
    )
    return True


def _inside_a_name(before: str, cue_start: int) -> bool:
    """ "Keppel Bank Research": a capitalised cue word after a capitalised word is part of a name, no cue."""
    if not before[cue_start : cue_start + 1].isupper():
        return False
    previous = _PREVIOUS_WORD_RE.search(before, max(0, cue_start - 40), cue_start)
    return previous is not None and previous.group(1)[:1].isupper()


def organisation_evidence(article: ArticleState, span: Span, before: str, after: str) -> list[tuple[str, float]]:
    """What the context says for an organisation."""
    value = span.of(article.text)
    tokens = value.split()
    found = []
    if not (len(tokens) == 1 and tokens[0] in NOT_NAMES):
        for cue, pattern in CUES.items():
            match = pattern.search(before)
            if match and not _inside_a_name(before, match.start()):
                # "backed by", "according to": people are backed and quoted too
                # "analysts at X", "research firm X": no person is that; "backed by X": people are backed too
                found.append((f"cue: {cue}", 1.0 if cue in _CUES_FOR_PEOPLE_TOO and person_shaped(value) else 4.0))
                break
    if _LISTING_RE.match(after):
        found.append(("stock listing", 3.0))
    if _DESCRIPTION_RE.match(after):
        found.append(("described as an organisation", 3.0))
    # At a sentence's start a lone capitalised word may be an adjective ("Quarterly results"):
    # a company word after it counts, but not enough alone.
    opening = len(tokens) == 1 and article.sentence_start(span) and not after.startswith(("’", "'"))
    # "Energy Minister" is a portfolio; "Group Managing Director" a title
    if _FOLLOWER_RE.match(after) and not _PORTFOLIO_AFTER_RE.match(after) and tokens[-1] not in _TITLE_WORDS:
        found.append(("followed by a company word", 1.5 if opening else 2.5))
    if _ROLE_OF_RE.search(before) and not after.startswith(("’", "'")):  # "the unit of X's Y": Y's, not X's
        found.append(("role of an organisation", 2.5))
    if _ACTS_RE.match(after):
        found.append(("acts as a company", 1.5))
    elif len(tokens) == 1 and _SPEECH_AFTER_RE.match(after):
        # a lone name that speaks and is no person's surname (those resolve first): an organisation, if it does so twice
        found.append(("speaks alone", 1.0))
    if (
        len(tokens) == 1
        and is_acronym(value)
        and value not in NON_ORGANISATION_ACRONYMS
        and (_SPEECH_AFTER_RE.match(after) or _ACRONYM_CUE_RE.search(before) or _SPEECH_BEFORE_RE.search(before))
    ):
        found.append(("acronym with cue", 2.0))
    if _UNKNOWN_ACRONYM_RE.fullmatch(value) and value not in NON_ORGANISATION_ACRONYMS and not _YEAR_AFTER_RE.match(after):
        # "ZTL", "BBC": in news an unknown acronym mostly names an organisation; once is not enough
        # evidence alone ("CES 2017" is an event), twice or with a cue is.
        found.append(("acronym", 1.0))
    if re.fullmatch(r"[A-Z][\w-]*\.(?:com|net|org|io|ai)", value):
        found.append(("domain name", 3.0))
    return found
