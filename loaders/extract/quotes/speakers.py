"""Speakers: who the words in a speaker's place name (a person, a pronoun
standing for the last person named, a role held by one person, or a body
that is not a person), and the people an article names.

A name in a speaker's place that entity extraction did not mark (a bare
surname after "said", a name after a role) is read here by its shape and
resolved within the article ("Lee" -> "Ann Lee" named earlier); its span is
kept so that the speaker gets a mention row.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from loaders.extract.cues import (
    LEGAL_FORMS,
    NAME_PARTICLES,
    NOT_NAME_PRONOUNS,
    PERSONAL_PRONOUN_RE,
    ROLE_RE,
    ROLE_WORDS,
    SPEECH_VERBS,
    normalise_role,
)
from loaders.extract.entities.people import (
    NOUN_GENDERS,
    TITLE_GENDERS,
    courtesy_gender,
    is_given_name,
    living_sharers,
    person_shaped,
)
from loaders.extract.entities.runs import names_not_titles
from loaders.extract.gazetteer import demonyms, unaccented
from loaders.extract.types import EntityFindings, Mention
from loaders.spans import Span
from loaders.vocab import alternation, mapping, words

_HONORIFIC = alternation(words("quotes", "honorifics"))
_PARTICLES = alternation(NAME_PARTICLES)
_NAME_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
# A name by its shape: capitalised words, initials and particles, at most five words; an honorific before it.
NAME_RE = re.compile(
    rf"(?:\b{_HONORIFIC}\.?\s+)?\b(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.\s*)?(?:{_PARTICLES}\s+)?{_NAME_WORD}){{0,3}})(?![\w'’-])"
)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_APPOSITION_COMMA_RE = re.compile(r",[ \t]+")
_NOT_SPEAKER_WORDS = frozenset(words("quotes", "not_speaker_words")) | NOT_NAME_PRONOUNS
# Titles that name whoever speaks for a body, not one person ("a spokesperson said"): unless the article
# names who holds it, the quote is the body's, its source.
_ANONYMOUS_ROLES = frozenset(normalise_role(title) for title in words("roles", "anonymous"))
_DESCRIPTIVE_ROLES = frozenset(normalise_role(title) for title in words("roles", "descriptive"))
# a portfolio's words in its own language ("Salú", "Zaken"), without accents: a title's complement after a particle
_PORTFOLIO_WORDS = frozenset(unaccented(word) for word in words("roles", "portfolios_in_other_languages"))
# The titles a description may stand for ("the executive": a director general, not an analyst).
_DESCRIPTION_COVERS = {
    normalise_role(role): re.compile(
        rf"\b{alternation([word.strip() for word in covered.split(',') if word.strip()])}\b", re.IGNORECASE
    )
    for role, covered in mapping("quotes", "titles_a_description_covers").items()
}
# The descriptions of a public officer ("the official"), each with the titles of government it stands for.
_OFFICE_DESCRIPTORS = {
    noun.casefold(): re.compile(
        rf"\b{alternation([word.strip() for word in titles.split(',') if word.strip()])}\b", re.IGNORECASE
    )
    for noun, titles in mapping("quotes", "office_descriptors").items()
}
_WITHHELD_NAME_RE = re.compile(
    rf"^[^.!?\n]{{0,40}}?\b{alternation(words('quotes', 'withheld_name_clauses'))}\b",
    re.IGNORECASE,
)
WITHHELD_REACH = 100  # characters after a speaker's title in which a clause may say the name is withheld
# People of the description's kind brought in, in the plural ("Analysts were less sure.", "The bank's
# economists agreed."): a later "said the analyst" may be one of them.
_DESCRIPTION_PLURALS = {
    normalise_role(role): re.compile(
        rf"\b{alternation(sorted({role} | {w.strip() for w in covered.split(',') if w.strip()}))}s\b",
        re.IGNORECASE,
    )
    for role, covered in mapping("quotes", "titles_a_description_covers").items()
}
# The organisation a description names after it: "the analyst at Kestrel Bank", "the executive of Tessby".
_DESCRIPTION_ORGANISATION_RE = re.compile(
    r"\s+(?:at|of|from|with)\s+(?:the\s+)?(?P<organisation>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
_OF_A_BODY_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _holder_named_after_its_body(words: str, end: int) -> bool:
    """The speaker's words go on from a title with "of", a body's capitalised name and a name of two words (a
    person's shape) to their end ("the head of Orvala Invest Velmārs Ozoliņš"): they name the title's holder, whom
    no list read, and no one named before is theirs."""
    of = _OF_A_BODY_RE.match(words, end)
    if of is None:
        return False
    tokens = words[of.end() :].strip(" ,:").split()
    return len(tokens) >= 3 and all(token[:1].isupper() for token in tokens) and person_shaped(" ".join(tokens[-2:]))


DATA_WIDE_HOLDER = "held by one person in the data"
NO_HOLDER = "no person holds it in the data"
# "Berg, the chairman, said": one capitalised word, set off by a comma, before the role in a speaker's place
_SURNAME_BEFORE_ROLE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*),\s+(?:the\s+)?$")
# "a spokesman", "a company spokeswoman", "an airline spokesperson": an indefinite article (and up to
# two words) right before the role.
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
_NOT_PERSON_RE = re.compile(rf"\b{alternation(words('quotes', 'not_person_speakers'))}\b", re.IGNORECASE)
_BODY_ENDS = frozenset(word.casefold() for word in words("quotes", "body_name_ends")) | frozenset(
    form.casefold().rstrip(".") for form in LEGAL_FORMS
)
_TITLE_ENDS = frozenset(words("quotes", "title_name_ends"))
_SURNAME_ENDS = frozenset(words("organisations", "surname_name_endings"))  # body endings that are surnames too
# What follows a nationality standing as someone's surname: a speech verb or a clause's end ("French said", "said French.")
_SURNAME_AFTER_RE = re.compile(rf"[ \t]*(?:[,.;:!?)\"”’]|\n|$)|[ \t]+(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_AFTER_PREPOSITION_RE = re.compile(rf"\b{alternation(words('quotes', 'not_speaker_after'))}\s+(?:the\s+)?$", re.IGNORECASE)
# The second name joined by "and" to a name after one ("the Minister of Trade and Regional Integration",
# "the boss of Acme Foods and Bolt Travel"): what the title is of too, not a speaker
_JOINED_AFTER_PREPOSITION_RE = re.compile(
    rf"\b{alternation(words('quotes', 'not_speaker_after'))}\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){{1,4}})(?:and|&)\s+$",
    re.IGNORECASE,
)
_JOINED_REACH = 80  # characters: four words of a name and its preposition
_POSSESSIVE_LEAD_RE = re.compile(rf"\s*({alternation(words('quotes', 'possessive_leads'))})\s", re.IGNORECASE)
# "the mum-of-three, who …", "The 58-year-old": a person described, standing for the one named before.
_DESCRIBED_RE = re.compile(
    rf"\s*the\s+(?:[\w-]+\s+){{0,2}}?(?P<described>{'|'.join(words('quotes', 'person_descriptors'))})\b", re.IGNORECASE
)
# An unnamed person brought in ("a neighbour", "one resident", "another woman"): a later "the woman"
# may be them, not the person named before.
# "One of our longest-serving members", "one of the drivers": one of several, the noun in the plural.
_UNNAMED_PERSON_RE = re.compile(
    rf"\b(?:(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{'|'.join(words('quotes', 'person_descriptors'))}|{alternation(words('quotes', 'unnamed_person_nouns'))})"
    rf"|one\s+of\s+(?:the|our|its|their|his|her|my|your)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?:(?:{alternation(words('quotes', 'unnamed_person_nouns'))})s|women|men|people))\b",
    re.IGNORECASE,
)
# A sentence whose subject is an unnamed person and whose verb reports speech ("A Jakarta-based buyer,
# who asked not to be named, said …"): a pronoun after it, no one named between, is theirs.
_UNNAMED_SPEAKER_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))[ \t]*{_UNNAMED_PERSON_RE.pattern}[^.!?\n]{{0,200}}?\b(?:said|says|told)\b",
    re.IGNORECASE | re.MULTILINE,
)
# ... or that introduces such a person with no speech verb, a quote opening right after it ("An employee
# of the plant is more reserved. "It changes nothing for us," she says."): a pronoun after the quote is theirs.
_UNNAMED_INTRODUCED_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))[ \t]*{_UNNAMED_PERSON_RE.pattern}[^.!?\n\"“«]{{0,200}}?[.:][ \t]*(?=[\"“«])",
    re.IGNORECASE | re.MULTILINE,
)
# (a request is no question: "asked that her name be withheld", "asked us not to print it")
_QUESTION_VERB_RE = re.compile(
    rf"\b{alternation(words('quotes', 'question_verbs'))}\b(?![ \t]+(?:that\b|(?:us|me|them)[ \t]+not\b))", re.IGNORECASE
)
# A clause withholding the person's name ("who asked not to be named") asks no question of anyone.
_WITHHELD_CLAUSE_RE = re.compile(rf"\b{alternation(words('quotes', 'withheld_name_clauses'))}\b", re.IGNORECASE)
# "asked her about it" points back at a person; "asked that her name be withheld" does not: "her" before
# a lower-case word other than an object's followers is a possessive
_POINTING_BACK_RE = re.compile(
    rf"\b{alternation(words('pronouns', 'personal_object'))}\b"
    rf"(?![ \t]+(?!{alternation(words('pronouns', 'object_followers'))}\b)(?-i:[a-z]))",
    re.IGNORECASE,
)
_NOUN_GENDERS = NOUN_GENDERS  # (l36) loaded once, by the entities' people
_PERSON_NOUN_RE = re.compile(rf"\b(?:{alternation(list(_NOUN_GENDERS))})\b", re.IGNORECASE)
# "…, the chairman", "… is a remarkable woman": a gendered noun describing someone already named (its phrase's
# article after a comma or a describing verb, a word or two of its own between), no one else
_DESCRIBING_BEFORE_RE = re.compile(
    rf"(?:,|\b{alternation(words('quotes', 'describing_verbs'))})[ \t]+{alternation(words('quotes', 'describing_articles'))}"
    r"(?:[ \t]+[\w'’-]+){0,2}?[ \t]+$",
    re.IGNORECASE,
)
DESCRIBING_REACH = 40  # characters before a gendered noun read for the phrase that makes it a description
UNNAMED_NOUNS_READ = 4  # gendered nouns read between a name and a pronoun's quote (more: one names someone else)


def _introduces_a_speaker(sentence: str) -> bool:
    """An unnamed person's sentence before a quote introduces its speaker: one ending in a colon, or one
    in which they ask nothing (the quote is then the answer: "One analyst asked about margins.") and that
    points back to no one named with an object pronoun ("A member of the board sat beside her.")."""
    if sentence.rstrip().endswith(":"):
        return True
    rest = _WITHHELD_CLAUSE_RE.sub("", sentence)  # "asked that her name not be used": no question, no one pointed at
    return not (_QUESTION_VERB_RE.search(rest) or _POINTING_BACK_RE.search(rest))


def _introduced_gender(sentence: str) -> str | None:
    """The pronoun an unnamed person's noun calls for ("A spokesman": "he"), if it says."""
    noun = _UNNAMED_PERSON_RE.search(sentence)
    return _NOUN_GENDERS.get(noun.group(0).split()[-1].casefold()) if noun else None


# ... or whose subject is anyone the sentence says is not named ("A packer at the plant, who asked not to
# be named, said …"): whatever the noun, the name is withheld.
_WITHHELD_SPEAKER_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))[ \t]*(?:a|an|one|another)\s[^.!?\n,]{{1,60}},\s+who\s+"
    rf"{alternation(words('quotes', 'withheld_name_clauses'))}\b"
    rf"[^.!?\n]{{0,40}}?\b(?:said|says|told)\b",
    re.IGNORECASE | re.MULTILINE,
)
# A person named in passing as another's relation, after a preposition ("with a high-school friend, "):
# the pattern ends where the name begins.
_IN_PASSING_RE = re.compile(
    rf"\b{alternation(words('quotes', 'relation_prepositions'))}\s+(?:a|an|his|her|their|one|an\s+old)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{alternation(words('quotes', 'relation_nouns'))},?\s+$",
    re.IGNORECASE,
)
IN_PASSING_NEAR = 60  # characters before a name its introduction as someone's relation stands within
_DESCRIBED_PRONOUNS = mapping("quotes", "descriptor_pronouns")
_OBJECT_PRONOUNS = frozenset(words("pronouns", "personal_object"))
_SUBJECT_IN_VERB_LEADS = frozenset(words("quotes", "subject_in_verb_leads"))
_RENDERED_BY_RE = re.compile(r"\b(?:through|via|by)\s+(?:an?|the|its|his|her|their)\b", re.IGNORECASE)
_RENDERER_RE = re.compile(rf"\b{alternation(words('quotes', 'renderers'))}\b", re.IGNORECASE)
_TRADE_DESCRIPTORS = frozenset(words("quotes", "trade_descriptors"))
DESCRIPTION_NEAR = 60  # characters either side of a person's name a trade or an age describing them stands within
DESCRIBED_REACH = 600  # characters back a described person (or a role no one holds) may stand for the one named
# The pronoun each pronoun or courtesy title refers to a person by.
# Where a sentence ends (a stop and the space after it, or a line break), what may open one before its
# subject's name (a courtesy title), and a speech verb right after that name ("said he had", "told the
# Chronicle she was"), reported speech following.
_SENTENCE_STOP_RE = re.compile(r"[.!?][\"”’']?[ \t]+|\n")
_SUBJECT_OPENING_RE = re.compile(rf"[ \t\"“]*(?:(?:{_HONORIFIC})\.?[ \t]+)?")
# "said he had", "told the Courier (that) she had": a speech verb whose subject a pronoun takes up again, so
# the speech is reported and the subject's gender is known.
_REPORTING_VERB_RE = re.compile(
    r",?[ \t]+(?:said|says|added|adds|(?:told|tells)[ \t]+[^.!?\n,\"“]{0,40}?)(?:[ \t]+that)?[ \t]+(?P<pronoun>he|she)\b"
)
# "Lee said the company's manager, Tom Reid, had ...": a speech verb, then a person named in apposition to
# the noun phrase opening the reported clause: that person is reported, the subject speaks.
_REPORTED_APPOSITION_RE = re.compile(
    r",?[ \t]+(?:said|says|added|adds|(?:told|tells)[ \t]+[^.!?\n,\"“]{0,40}?)(?:[ \t]+that)?"
    r"[ \t]+(?:the|a|an|its|(?P<possessive>his|her)|their)[ \t]+(?P<phrase>[^.!?\n,\"“”]{1,60}),[ \t]+"
)
# ... a noun phrase, no clause: "said the talks had failed but the mayor, Tom Reid, insisted" reports a second
# speaker of his own
_CLAUSE_IN_PHRASE_RE = re.compile(
    r"\b(?:and|but|while|whereas|although|though|yet|had|has|have|was|were|is|are|would|will|could|should|might|can)\b",
    re.IGNORECASE,
)
# ... the apposition closing with a comma, the clause's own verb after it (not a verb of speaking or arguing:
# "..., Tom Reid, said", "..., Tom Reid, insisted" make him a speaker of his own)
_APPOSITION_CLOSE_RE = re.compile(
    rf",[ \t]+(?!(?:{SPEECH_VERBS}|promised|promises|replied|replies|countered|counters|vowed|vows|pledged|pledges"
    r"|protested|protests|objected|objects|retorted|responded|responds)\b)",
    re.IGNORECASE,
)
# "The director general took this well.", "The Mayor opened the meeting": a title as a sentence's
# subject, its first words (capitalised or not, as minutes and house styles print it).
_TITLE_SUBJECT_RE = re.compile(rf"(?:^|(?<=[.!?][ \t]))[ \t]*The\s+(?P<role>(?i:{ROLE_WORDS}))\b(?!['’])", re.MULTILINE)
# The rest of such a sentence up to its speech verb, and what the title is of ("of Orvale").
_SPEECH_IN_SENTENCE_RE = re.compile(
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?[^.!?\n]{0,120}?\b(?:said|says|told|tells)\b"
)
# A title with "the" and what it is of, anywhere in a sentence ("with the chief executive of Kestrel").
_THE_TITLE_RE = re.compile(rf"\bthe\s+(?P<role>{ROLE_WORDS})\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?")
# The company a title is held at, right after it or after the field it is of in lower case ("of Kestrel
# Marine", "of purchasing at Varnholt Markets"), the company ending the noun phrase: not one that only
# qualifies another ("of Kestrel Marine partner Orvale", "at Varnholt's supplier", "of a rival of Kestrel"),
# the field opening with no determiner, the name not cut short of its next capitalised word
_RELATED_COMPANY_NOUNS = alternation(words("roles", "related_company_nouns"))
_TITLE_AT_RE = re.compile(
    r"(?:\s+(?:of|for)\s+(?!(?:a|an|one|another|its|their|his|her)\b)[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2})?"
    r"\s+(?:of|at)\s+(?:the\s+)?(?P<at>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    rf"(?<![’']s)(?![\w'’-]|\s+[A-Z]|\s+(?:{_RELATED_COMPANY_NOUNS})s?\b)"
)
# What a title is of, right after it ("of Orvale", "of the Kestrel Marine").
_TITLE_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
TITLE_REACH = 300  # characters before a pronoun in which a title may stand for it when no one is named
STORY_ORGANISATION_REACH = 2000  # characters around a quote searched for its paragraph and the one before it
_PRONOUN_GENDERS = mapping("quotes", "pronoun_genders")


def _title_may_be(title: str, pronoun: str) -> bool:
    """Whether a pronoun may stand for a title's holder: not "he" for a "chairwoman", nor "she" for a
    "chairman" (a title of neither ending, either)."""
    said = _PRONOUN_GENDERS.get(pronoun.casefold())
    if title.endswith("woman"):
        return said != "he"
    if title.endswith("man"):
        return said != "she"
    return True


_TITLE_GENDERS = TITLE_GENDERS
_GIVEN_NAME_TITLES = frozenset(words("names", "given_name_honorifics"))
_TITLED_SURNAME_RE = re.compile(rf"\b({alternation(list(_TITLE_GENDERS))})\.?\s+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?")
# A capitalised name's possessive before a title, up to three words between ("Guatemala's agriculture
# minister", "Kuwait's Minister of"): whose title it is
_OWNER_RE = re.compile(r"(?<![\w'’-])(?P<owner>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})['’]s[ \t]+")
_OWNER_BEFORE_TITLE_RE = re.compile(rf"{_OWNER_RE.pattern}(?:[\w-]+[ \t]+){{0,3}}\Z")
OWNER_REACH = 60  # characters before a title in which its owner's possessive may stand


# A title's portfolio: up to two words before it, portfolios' fields ("trade minister", "Energy Minister",
# "Trade and Industry Minister"), and the words after "of" or "for" ("Minister of Agriculture", "minister
# for trade and industry").
_PORTFOLIO_BEFORE_RE = re.compile(r"(?:(?<=[\s(])|^)((?:[A-Za-z][a-z]+[ \t]+(?:and[ \t]+)?){1,2})\Z")
_PORTFOLIO_FIELDS = frozenset(words("roles", "portfolios"))
_PORTFOLIO_AFTER_RE = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?((?:[A-Za-z][a-z]+)(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3})"
)
_NOT_PORTFOLIO_WORDS = frozenset(words("quotes", "function_words"))
_PORTFOLIO_TITLE_PREFIXES = frozenset(words("roles", "prefixes")) | frozenset({"and"})
PORTFOLIO_REACH = 30  # characters before a title in which its portfolio's words stand


def _portfolio(text: str, start: int, end: int, reach: int, limit: int) -> frozenset[str]:
    """The words naming a title's portfolio, lower-cased (the title's own prefixes, lands and their
    adjectives, "the", "former" left out): "Norway's trade minister" -> {"trade"}, "Minister of
    Agriculture" -> {"agriculture"}, "the deputy minister", "the embattled minister" -> none. Words after the title are read up to
    `limit` (the holder's name printed after it), before it from `reach` on."""
    found: list[str] = []
    before = _PORTFOLIO_BEFORE_RE.search(text, max(0, reach), start)
    if before:
        found += [word for word in before.group(1).split() if word.casefold() in _PORTFOLIO_FIELDS]
    after = _PORTFOLIO_AFTER_RE.match(text, end, max(end, limit))
    if after:
        found += after.group(1).split()
    return frozenset(
        word.casefold()
        for word in found
        if word.casefold() not in _NOT_PORTFOLIO_WORDS
        and word not in demonyms()
        and not ROLE_RE.fullmatch(word)
        and word.casefold() not in _PORTFOLIO_TITLE_PREFIXES
    )


def _same_owner(one: str, other: str) -> bool:
    """Whether two runs of capitalised words before a possessive name one owner: the possessed name is the
    run's tail, a word opening a sentence before it ("Later Kenya's", "In Mombasa Kenya's") no part of it, so
    one run's words end the other's ("Kenya" / "On Tuesday Kenya"; not "North Korea" / "South Korea")."""
    ones, others = one.split(), other.split()
    shorter = min(len(ones), len(others))
    return ones[-shorter:] == others[-shorter:]


_SURNAME_AFTER_ROLE_RE = re.compile(rf"[ \t]+({_NAME_WORD})(?![\w'’-])")  # "President Lee"
# A turn's label: a line's opening words (a title or a role in capitals, a time, at most) before the name, then a
# note in brackets, a role after a comma in capitals, and a colon ("LEE:", "[00:02] ANN LEE (via video link):",
# "ANN LEE, MAYOR:"), no lower-case word before the colon.
_LABEL_BEFORE_RE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[^\s:]+[ \t]+){0,6}$")
_LABEL_AFTER_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?(?:,[ \t][^:\n]{1,80})?:(?:[ \t]|$)")
LABEL_REACH = 80  # characters of a line before a label's name


def _a_turn_label(text: str, name: Span) -> bool:
    """Whether a person's name stands as a turn's label (`_LABEL_BEFORE_RE`, `_LABEL_AFTER_RE`)."""
    after = _LABEL_AFTER_RE.match(text, name.end)
    if after is None or re.search(r"(?<![\w(])(?-i:[a-z])", text[name.end : after.end()].split("(")[0]):
        return False
    before = _LABEL_BEFORE_RE.search(text, max(0, name.start - LABEL_REACH), name.start)
    return before is not None and not re.search(r"(?<!\w)(?-i:[a-z])", before.group(0))


PRONOUN_REACH = 8  # people named before a pronoun it may skip (called by the other pronoun) before giving up
_BIGRAM_RE = re.compile(rf"\b(?=({_NAME_WORD}(?:\s+[A-Z]\.)?)\s+({_NAME_WORD})(?![\w'’-]))")  # overlapping pairs


GUESS_CONFIDENCE = 0.7  # mentions found with less are guesses


@dataclass(frozen=True)
class Attribution:
    """Who said a quote: a person (speaker), or a source that is not one."""

    speaker: str | None
    as_written: str | None
    how: str
    speaker_span: Span | None = None  # the person's name as written, when read from the words
    source: str | None = None
    person: bool = False  # the words name a person (known or not): the chain stops here


# A lookup of a title at one organisation, as recorded (`RoleIndex.asked`): the title, this, the organisation.
LOOKUP_AT = "\x1f"


class RoleIndex:
    """Who holds each title, built once for a corpus: a lookup costs the same
    however many articles there are. A title also answers for longer titles
    ending in it ("vice president" for "senior vice president")."""

    def __init__(self, roles: Iterable[tuple[str, str, str | None]] = ()):
        self._holders: dict[str, set[tuple[str, str | None]]] = {}
        # The titles looked up, when recording: a lookup at a named organisation as title + LOOKUP_AT + organisation
        # (only a holder there can change its answer), any other as the title alone (any holder can).
        self.asked: set[str] | None = None
        for person, title, organisation in roles:
            parts = title.split()
            for index in range(len(parts)):
                self._holders.setdefault(" ".join(parts[index:]), set()).add((person, organisation or None))

    def holders(self, title: str, organisation: str | None) -> list[str]:
        if self.asked is not None:
            self.asked.add(title if organisation is None else title + LOOKUP_AT + organisation)
        return sorted({p for p, o in self._pairs(title) if organisation is None or o == organisation})

    def holders_tied(self, title: str, named: list[str]) -> list[str]:
        """Holders of a title whose organisation is one of the names, or holds one as a word
        ("Orvale Town Council" for "the mayor of Orvale"); a holder of no recorded organisation is tied to none."""
        if self.asked is not None:
            self.asked.add(title)
        tied = [re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", re.IGNORECASE) for name in named]
        return sorted({p for p, o in self._pairs(title) if o and any(t.search(o) for t in tied)})

    def _pairs(self, title: str) -> Iterable[tuple[str, str | None]]:
        """(person, organisation) of everyone holding the title or a longer one ending in it."""
        return self._holders.get(title, ())

    def recording(self) -> RoleIndex:
        """The same index, noting the titles one article looks up: only another article's
        role with one of those titles (at the organisation looked up, where one was) can change that
        article's speakers (`add` reads them)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy.asked = set()
        return copy


class Speakers:
    """The people, organisations and roles one article gives to resolve speakers against."""

    def __init__(self, text: str, entities: EntityFindings, roles: RoleIndex):
        self.text = text
        self.people = sorted((m for m in entities.mentions if m.kind == "person" and m.rule != "byline"), key=lambda m: m.span)
        self._people_starts = [m.span.start for m in self.people]
        self._prose_people, self._prose_starts = self.people, self._people_starts  # the people named outside quotes
        # A guessed organisation (a bare recurring word) does not stop a name in a speaker's place from being a
        # person; a guessed name of several words ("Severnmoor Water", repeated) does.
        self.not_people = sorted(
            m.span
            for m in entities.mentions
            if m.kind != "person" and (m.confidence >= GUESS_CONFIDENCE or (m.kind == "organisation" and " " in m.name))
        )
        self.organisations = sorted((m for m in entities.mentions if m.kind == "organisation"), key=lambda m: m.span)
        self._organisation_starts = [m.span.start for m in self.organisations]
        self.roles = roles
        self.local_roles = RoleIndex((r.person, r.title, r.organisation) for r in entities.roles)
        self.titled = {r.person for r in entities.roles}  # people the article gives a title
        self._unnamed_titles: dict[str, list[int]] | None = None
        self._unnamed_title_positions: list[tuple[int, str]] | None = None
        self._first_named: dict[str, int] | None = None  # where each person is first named
        self.titles: dict[str, set[str]] = {}  # each titled person's titles in the article
        self.portfolios: dict[str, set[str]] = {}  # ... and the portfolios printed with them ("of Agriculture")
        for r in entities.roles:
            self.titles.setdefault(r.person, set()).add(r.title)
            named_after = bisect.bisect_left(self._people_starts, r.span.end)
            limit = self.people[named_after].span.start if named_after < len(self.people) else len(text)
            self.portfolios.setdefault(r.person, set()).update(
                _portfolio(text, r.span.start, r.span.end, r.span.start - PORTFOLIO_REACH, limit)
            )
        self.quoted: list[Span] = []  # quoted words: a name inside a quote is not a speaker introduced in prose
        self._quoted_starts: list[int] = []
        self.named: list[tuple[int, str]] = []  # (position, person) of speakers read from the words, in text order
        # A sentence whose subject is a title the article gives one person ("The director general took this
        # well."): that person, named again for a later pronoun.
        # One the article names no holder of, whose sentence reports speech ("The mayor of Orvale said the
        # council would meet."): where its speech verb stands, and the title's words (with what it is of).
        self.role_subjects: list[tuple[int, Span]] = []
        # (q20 review M2) A title opening a sentence that the article gives two people or more, tied to none of them
        # there: (where, the title) for a later pronoun, which is then the title's unnamed holder, no one's
        self.untied_titles: list[tuple[int, str]] = []
        for match in _TITLE_SUBJECT_RE.finditer(text):
            holders = self.local_roles.holders(normalise_role(match.group("role")), None)
            several = len(holders) > 1
            if several and (at := _TITLE_AT_RE.match(text, match.end())):
                # "The head of purchasing at Varnholt Markets disagreed.", the article naming two: the one
                # it gives that title at that company, named again there for a later pronoun
                holders = self.local_roles.holders_tied(normalise_role(match.group("role")), [at.group("at")])
            if len(holders) == 1:
                self.named.append((match.start("role"), holders[0]))
                continue
            if several:
                self.untied_titles.append((match.start("role"), normalise_role(match.group("role"))))
            if not holders:
                said = _SPEECH_IN_SENTENCE_RE.match(text, match.end())
                if said:
                    self.role_subjects.append((said.end(), Span(match.start("role"), match.end() + len(said.group("of") or ""))))
        self.last_speaker: tuple[int, str] | None = None  # where the sentence of the last attributed quote ends, and who spoke
        # Where the sentence of the last quote said by an unnamed person ("a company spokeswoman") ends: a
        # pronoun after it, no one named between, is that person ("She added: …"), not the speaker before.
        self.last_unnamed: int | None = None
        self._unnamed_speakers: list[int] | None = None  # found once, on the first pronoun
        self._introduced: list[tuple[int, str | None]] = []  # ... and the unnamed people introduced before a quote
        # People named in passing as another's relation ("with a friend, Ann Lee,"): no pronoun's first choice.
        self.in_passing = {
            m.span for m in self.people if _IN_PASSING_RE.search(text[max(0, m.span.start - IN_PASSING_NEAR) : m.span.start])
        }
        # People named inside another's reported speech ("Ann Lee said she had met Tom Reid"): in passing
        # too, so a pronoun after it stays the subject's, who spoke.
        reported, reporters = self._reported_objects()
        self.in_passing |= reported
        # People named as a turn's label ("LEE:", "PRESENTER ANN LEE (via video link):", opening its line): the
        # speaker of the turn, never the person a pronoun in a turn stands for, whichever rule named them there.
        self.labels = {mention.span for mention in self.people if _a_turn_label(text, mention.span)}
        self._newlines = [m.start() for m in re.finditer("\n", text)]  # (paragraph breaks, looked up by bisection)
        self._surnames: dict[str, set[str]] = {}
        for mention in self.people:
            self._surnames.setdefault(mention.name.split()[-1].casefold(), set()).add(mention.name)
        self._full_names: dict[str, str] | None = None
        self._full_mentions: dict[str, list[Span]] | None = None
        # Each word or words the article's people are printed by ("Park" for "Park Ji-hoon", a nickname
        # "Harout" for "Harutyun Kazarian"), with the people so printed
        self._printed_as: dict[str, set[str]] = {}
        for mention in self.people:
            self._printed_as.setdefault(mention.span.of(text), set()).add(mention.name)
        self._lower_words: set[str] | None = None
        self._gendered_nouns: dict[str, list[int]] | None = None
        # The pronoun ("he", "she") the article refers to each person by, where it says: a courtesy
        # title before the surname ("Mrs Lee"), or a pronoun resolved to them before.
        self.pronouns: dict[str, str] = {}
        given: dict[str, set[str]] = {}  # people by their first word ("Hajja Fadma" for "Fadma Aït Ouaziz")
        for mention in self.people:
            given.setdefault(mention.name.split()[0].casefold(), set()).add(mention.name)
        family_names = names_not_titles(text)  # "Bi Jingquan": a family name here, no "Bi" title
        for match in _TITLED_SURNAME_RE.finditer(text):
            if match.group(1) in family_names:
                continue
            word = _POSSESSIVE_RE.sub("", match.group(2)).casefold()
            known = self._surnames.get(word, set())
            if not known and match.group(1) in _GIVEN_NAME_TITLES:
                known = given.get(word, set())
            if not known and match.group(3):  # "Mr Thabo Ntsane": the title before a person's full name
                full = f"{match.group(2)} {_POSSESSIVE_RE.sub('', match.group(3))}".casefold()
                known = {mention.name for mention in self.people if mention.name.casefold() == full}
            if len(known) == 1:
                self.pronouns.setdefault(next(iter(known)), _TITLE_GENDERS[match.group(1)])
        for person, pronoun in reporters:
            self.note_pronoun(person, pronoun)

    def _reported_objects(self) -> tuple[set[Span], list[tuple[str, str]]]:
        """The people named after a speech verb and a pronoun taking up the subject, in a sentence another
        person opens as its subject ("Mr Lee said he had spoken to the master, Tom Reid, twice"), and each
        such subject with that pronoun ("Ann Lee said Tom Reid would ..." says nothing of who "he" is next):
        each sentence's stops found once, in order."""
        stops = [m.end() for m in _SENTENCE_STOP_RE.finditer(self.text)]
        found = set()
        reporters = []
        # ... of them, those named in apposition ("X said the new chief, Y, would start"): in passing only for a
        # pronoun in the same paragraph (a quote in a new paragraph, an appointment notice's, may be Y's)
        self._reported_in_apposition: set[Span] = set()
        for before, mention in itertools.pairwise(self.people):
            opening = stops[bisect.bisect_right(stops, before.span.start) - 1] if stops and stops[0] <= before.span.start else 0
            if (
                before.name != mention.name
                and _SUBJECT_OPENING_RE.fullmatch(self.text, opening, before.span.start)
                and not _SENTENCE_STOP_RE.search(self.text, before.span.end, mention.span.start)
                and (verb := _REPORTING_VERB_RE.match(self.text, before.span.end, mention.span.start))
            ):
                found.add(mention.span)
                reporters.append((before.name, verb.group("pronoun")))
            elif (
                before.name != mention.name
                and _SUBJECT_OPENING_RE.fullmatch(self.text, opening, before.span.start)
                and (apposition := _REPORTED_APPOSITION_RE.fullmatch(self.text, before.span.end, mention.span.start))
                and not _CLAUSE_IN_PHRASE_RE.search(apposition.group("phrase"))
                and _APPOSITION_CLOSE_RE.match(self.text, mention.span.end)
            ):
                found.add(mention.span)
                self._reported_in_apposition.add(mention.span)
                if apposition.group("possessive"):  # "Ann Lee said her successor, Tom Reid, ...": she
                    reporters.append((before.name, {"his": "he", "her": "she"}[apposition.group("possessive")]))
        # Any sentence's subject reporting of themselves ("Orr said he had fitted the ovens"),
        # whoever follows: the pronoun taking the subject up says how the article refers to them.
        for mention in self.people:
            opening = stops[bisect.bisect_right(stops, mention.span.start) - 1] if stops and stops[0] <= mention.span.start else 0
            if (
                _SUBJECT_OPENING_RE.fullmatch(self.text, opening, mention.span.start)
                and (verb := _REPORTING_VERB_RE.match(self.text, mention.span.end, min(len(self.text), mention.span.end + 80)))
                and not self._another_named_near(mention, stops)
            ):
                reporters.append((mention.name, verb.group("pronoun")))
        return found, reporters

    def _another_named_near(self, mention: Mention, stops: list[int]) -> bool:
        """Whether another person is named in a mention's sentence or the one before it: "he" after "Kim
        said" may be that person ("Kim met the owner, Tom Ash. Kim said he had promised ...")."""
        at = bisect.bisect_right(stops, mention.span.start)
        since = stops[at - 2] if at >= 2 else 0
        until = stops[at] if at < len(stops) else len(self.text)
        first = bisect.bisect_left(self._people_starts, since)
        last = bisect.bisect_left(self._people_starts, until)
        return any(other.name != mention.name for other in self.people[first:last])

    # People the text names -------------------------------------------------
    def _mentions_in(self, span: Span) -> Iterator[Mention]:
        index = bisect.bisect_left(self._people_starts, span.start)
        while index < len(self.people) and self.people[index].span.start < span.end:
            if span.contains(self.people[index].span):
                yield self.people[index]
            index += 1

    def mentions_in(self, span: Span) -> list[Mention]:
        """The people named inside a span."""
        return list(self._mentions_in(span))

    def last_named_in(self, span: Span, pronoun: str, other_than: str | None) -> str | None:
        """The last person named inside a span whom a pronoun ("he", "she") may stand for, other than
        `other_than`: looked up from the span's end (a bisect), skipping at most PRONOUN_REACH people; none
        where a person of the pronoun's gender goes unnamed after them ("Lars Holm and his wife. She said")."""
        index = bisect.bisect_left(self._people_starts, span.end)
        skipped = 0
        while index > 0 and skipped <= PRONOUN_REACH:
            index -= 1
            mention = self.people[index]
            if mention.span.start < span.start:
                return None
            if (
                not span.contains(mention.span)
                or mention.name == other_than
                or mention.span in self.labels
                or not self.may_be(mention.name, pronoun)
            ):
                skipped += 1
                continue
            return None if self._unnamed_of_gender(mention.span.end, span.end, pronoun) else mention.name
        return None

    def _unnamed_of_gender(self, start: int, end: int, pronoun: str) -> bool:
        """Whether a noun for a person of the pronoun's gender ("wife", "mother": `person_noun_genders`)
        stands between two positions, naming someone else: not a description of the person named
        (", the chairman", "is a remarkable woman"). Each gender's nouns are found once per text."""
        said = _PRONOUN_GENDERS.get(pronoun.casefold())
        if said is None:
            return False
        if self._gendered_nouns is None:
            self._gendered_nouns = {}
            for match in _PERSON_NOUN_RE.finditer(self.text):
                self._gendered_nouns.setdefault(_NOUN_GENDERS[match.group(0).casefold()], []).append(match.start())
        starts = self._gendered_nouns.get(said, [])
        index = bisect.bisect_left(starts, start)
        for at in starts[index : index + UNNAMED_NOUNS_READ]:
            if at >= end:
                return False
            if not _DESCRIBING_BEFORE_RE.search(self.text, max(start, at - DESCRIBING_REACH), at):
                return True  # "his wife", "a woman from the co-operative": someone else
        return index + UNNAMED_NOUNS_READ < len(starts) and starts[index + UNNAMED_NOUNS_READ] < end

    def _is_common_word(self, word: str) -> bool:
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-z][\w'’-]*", self.text))
        return word.casefold() in self._lower_words

    def _overlaps_not_person(self, span: Span) -> bool:
        index = bisect.bisect_left(self.not_people, Span(span.end, span.end))
        return any(other.overlaps(span) for other in self.not_people[max(0, index - 4) : index])

    def surname_sharers(self, word: str, before: int, gender: str | None = None) -> list[str] | None:
        """Where two or more of the article's people are named in full with this surname: those of them named
        before `before` who are living, of the gender a courtesy title before it gives ("Ms Berg") where the page
        says theirs, in the order named (fixl35: a namesake of the past, "her late father Olaf Berg", or one named
        only later shares it with no one who speaks; l36: the entities' `living_sharers` decides, as it does for a
        mention). None where fewer than two people have the surname."""
        known = self._surnames.get(_POSSESSIVE_RE.sub("", word).casefold(), set())
        if len(known) < 2:
            return None
        text = self.text
        if self._full_mentions is None:  # each person's mentions by their full name, found once
            self._full_mentions = {}
            for mention in self.people:
                if mention.span.of(text) == mention.name:
                    self._full_mentions.setdefault(mention.name, []).append(mention.span)
        full = {name: self._full_mentions.get(name, []) for name in known}
        return living_sharers(text, full, before, gender, self.pronouns)

    def _full_name(self, surname: str) -> str | None:
        """A one-word name resolved within the article: a person named in full, or "First Surname" in the text."""
        known = self._surnames.get(surname.casefold(), set())
        if len(known) == 1:
            (person,) = known
            # "Lopes" for "Ana Lopes", where the article also names "Ana Lopes Vidal": the one fuller name
            fuller = {other.name for other in self.people if other.name.startswith(f"{person} ")}
            return next(iter(fuller)) if len(fuller) == 1 else person
        if known:
            return None
        printed = self._printed_as.get(surname, set())
        if len(printed) == 1:
            return next(iter(printed))  # "Park" printed for "Park Ji-hoon" in the prose, family name first
        if self._full_names is None:
            self._full_names = {}
            for match in _BIGRAM_RE.finditer(self.text):
                first, last = match.group(1), _POSSESSIVE_RE.sub("", match.group(2))
                if (
                    first.split()[0] in _NOT_SPEAKER_WORDS
                    or self._is_common_word(first.split()[0])
                    or re.fullmatch(_HONORIFIC, first)
                    or ROLE_RE.fullmatch(first)
                    or _POSSESSIVE_RE.search(first)
                    or self._overlaps_not_person(Span(match.start(1), match.end(2)))
                ):
                    continue
                self._full_names.setdefault(last, f"{first} {last}")
        found = self._full_names.get(surname)
        # ("Mamani" after "Rosa Mamani", which the prose prints for "Rosa Mamani Condori": that one person)
        printed_for = self._printed_as.get(found, set()) if found else set()
        return next(iter(printed_for)) if len(printed_for) == 1 else found

    def _person_in_apposition(self, position: int) -> Mention | None:
        """The person named right after `position` and a comma ("..., Ana Martis, call ..."), if any."""
        comma = _APPOSITION_COMMA_RE.match(self.text, position)
        if comma is None:
            return None
        index = bisect.bisect_left(self._people_starts, comma.end())
        return self.people[index] if index < len(self.people) and self.people[index].span.start == comma.end() else None

    def _after_preposition(self, position: int) -> bool:
        return bool(
            _AFTER_PREPOSITION_RE.search(self.text, max(0, position - 16), position)
            or _JOINED_AFTER_PREPOSITION_RE.search(self.text, max(0, position - _JOINED_REACH), position)
        )

    def _name_candidates(self, span: Span) -> list[tuple[str, Span]]:
        """Names by their shape inside `span`: (canonical name, span as written)."""
        found = []
        for match in NAME_RE.finditer(self.text, span.start, span.end):
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            role = ROLE_RE.match(name)
            if role:  # "Chief Executive Ann Lee": the title is not part of the name
                rest = name[role.end() :]
                start += role.end() + len(rest) - len(rest.lstrip())
                name = rest.strip()
                words = name.split()
                if (
                    words
                    and words[0] in NAME_PARTICLES
                    and sum(word not in NAME_PARTICLES for word in words) >= 2
                    and any(unaccented(word.casefold()) in _PORTFOLIO_WORDS for word in words)
                    and (holder := self._person_in_apposition(end))
                    and self.text.startswith(",", holder.span.end)
                ):
                    # "Minister di Desaroyo Ekonómiko, Ana Martis, ...": the title's complement in its language, no
                    # one's name; the holder named after it, between commas, speaks. A particle's surname of one word
                    # ("Minister de Klerk, Ana Lee and others") is the minister's own name, and so is one of two words
                    # that names no portfolio ("President de Souza Lima, Ana Lee, the party chair, and ...").
                    found.append((holder.name, holder.span))
                    continue
            if _POSSESSIVE_RE.search(name):
                continue  # "Lee's spokesman", "Torvik's CFO": whoever speaks, it is not the owner
            parts = name.split()
            if self._after_preposition(match.start()):
                continue  # "the boss of Acme Travel": the employer, not the speaker
            if (
                not parts
                or self.inside_quote(start)
                or parts[0] in _NOT_SPEAKER_WORDS
                or ROLE_RE.fullmatch(name)
                or self._overlaps_not_person(Span(start, end))
            ):
                continue
            if parts[-1].casefold().rstrip(".") in _BODY_ENDS and not (
                len(parts) == 2 and parts[1] in _SURNAME_ENDS and is_given_name(parts[0])
            ):  # ("Tom Lines": a given name and a surname)
                continue  # "Corvo Capital", "Nord Airlines Ltd": a body, not a person
            if parts[-1] in _TITLE_ENDS:
                continue  # "Development Officer of the council": a title, not a person
            if len(parts) == 1:  # a surname: the article names the person in full somewhere
                if parts[0] in demonyms() and not _SURNAME_AFTER_RE.match(self.text, end):
                    continue  # "the Swedish company's chief executive": a nationality, no one's surname ("French said": hers)
                name = None if self._is_common_word(parts[0]) else self._full_name(parts[0])
                if name is None:
                    continue
            found.append((name, Span(start, end)))
        return found

    def person_in(self, span: Span, first: bool) -> tuple[str, Span, str] | None:
        """The person the words name (the first, or the last, one): (name, span, how)."""
        mentions = [
            m for m in self._mentions_in(span) if not self._inside_quote(m.span) and not self._after_preposition(m.span.start)
        ]
        if mentions:
            mention = mentions[0] if first else mentions[-1]
            return mention.name, mention.span, "named"
        candidates = self._name_candidates(span)
        if candidates:
            name, where = candidates[0] if first else candidates[-1]
            return name, where, "a name in the speaker's place"
        return None

    def may_be(self, person: str, pronoun: str | None) -> bool:
        """Whether a pronoun may stand for a person: not one the article refers to by the other."""
        said = _PRONOUN_GENDERS.get((pronoun or "").casefold())
        return said is None or self.pronouns.get(person, said) == said

    def note_pronoun(self, person: str, pronoun: str | None) -> None:
        """A pronoun resolved to a person: how the article refers to them, from now on."""
        said = _PRONOUN_GENDERS.get((pronoun or "").casefold())
        if said:
            self.pronouns.setdefault(person, said)

    def last_before(self, position: int, pronoun: str | None = None) -> str | None:
        """The last person named in prose before a position (names inside quotes do not count) whom
        `pronoun`, when given, may stand for (at most PRONOUN_REACH people called otherwise are skipped)."""
        index = bisect.bisect_left(self._prose_starts, position)
        best: tuple[int, str] | None = None
        passing: tuple[int, str] | None = None
        skipped = 0
        while index > 0 and skipped <= PRONOUN_REACH:
            index -= 1
            mention = self._prose_people[index]
            if mention.span.end <= position and mention.span not in self.labels:
                if self.may_be(mention.name, pronoun):
                    if mention.span in self.in_passing and not (
                        mention.span in self._reported_in_apposition
                        and bisect.bisect_left(self._newlines, mention.span.end) < bisect.bisect_left(self._newlines, position)
                    ):
                        passing = passing or (mention.span.start, mention.name)
                        continue  # a relation named in passing: the person before them, if any
                    best = (mention.span.start, mention.name)
                    break
                skipped += 1
        best = best or passing
        index = bisect.bisect_left(self.named, (position, ""))
        skipped = 0
        while index and skipped <= PRONOUN_REACH and (best is None or self.named[index - 1][0] > best[0]):
            index -= 1
            if self.may_be(self.named[index][1], pronoun):
                best = self.named[index]
                break
            skipped += 1
        return best[1] if best else None

    def unnamed_titles(self) -> dict[str, list[int]]:
        """Each title the page gives by itself after "the", as a sentence's subject ("The Minister of
        Agriculture, who ...", no name after it): where it is printed, in order. Read once per article (a
        quote's own "The minister, who ..., said" counts too: it is printed before any later quote). A
        title after "the" inside a sentence ("She beat the sitting mayor of Dorne") brings in no speaker,
        nor does one after a former or other holder's word ("The previous minister, who ...", "the late
        minister of works")."""
        if self._unnamed_titles is None:
            self._unnamed_titles = {}
            for match in _TITLE_ALONE_RE.finditer(self.text):
                role = ROLE_RE.match(self.text, match.end())
                if role is None or not _opens_sentence(self.text, match.start()):
                    continue
                modifiers = match.group("modifiers").casefold().replace("’", "'").split()
                if any(word in _OTHER_HOLDER_WORDS or word.split("-")[0] in _OTHER_HOLDER_WORDS for word in modifiers):
                    continue
                after = Span(role.end(), min(len(self.text), role.end() + NAME_AFTER_TITLE_REACH))
                introduced = match.group("modifiers") or _INTRODUCED_AFTER_TITLE_RE.match(self.text, role.end())
                if introduced and next(iter(self._mentions_in(after)), None) is None:
                    self._unnamed_titles.setdefault(normalise_role(role.group(0)), []).append(match.start())
        return self._unnamed_titles

    def unnamed_title_before(self, position: int) -> tuple[int, str] | None:
        """The last title the page brings in by itself (`unnamed_titles`) before a position: (where, title)."""
        if self._unnamed_title_positions is None:
            self._unnamed_title_positions = sorted((at, title) for title, ats in self.unnamed_titles().items() for at in ats)
        index = bisect.bisect_left(self._unnamed_title_positions, (position, ""))
        return self._unnamed_title_positions[index - 1] if index else None

    def introduced_next(self, position: int, quote_start: int, title: str) -> str | None:
        """The person a sentence right after the one ending past `position` opens with, named there for the
        first time (no mention before `quote_start`), where what stands beside the name makes them the
        holder of `title`: an apposition holding that title ("Ana Ruiz, Vice-Minister of X,"), or a clause
        about them followed by a speech verb ("Ana Ruiz, who oversees X, added that")."""
        stop = _SENTENCE_STOP_RE.search(self.text, position, min(len(self.text), position + SENTENCE_REACH))
        if stop is None:
            return None
        start = stop.end()
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        index = bisect.bisect_left(self._people_starts, start)
        if index >= len(self.people) or self.people[index].span.start != start:
            return None
        mention = self.people[index]
        if self._first_named is None:
            self._first_named = {}
            for named in self.people:
                self._first_named.setdefault(named.name, named.span.start)
        if self._first_named[mention.name] < quote_start:
            return None  # named before the quote: no one the sentence after it brings in
        beside = _BESIDE_NAME_RE.match(self.text, mention.span.end, min(len(self.text), mention.span.end + SENTENCE_REACH))
        if beside is None:
            return None
        if beside.group("who") is not None:
            clause = beside.group("who")
            # "who was chief executive until 2021", "who is a former minister": another holder than the one quoted
            opening = clause.split()[:1]
            if (opening and opening[0].casefold() in _PAST_OFFICE_OPENINGS) or _of_another_holder(clause):
                return None
            return mention.name
        apposition = beside.group("apposition")
        held = ROLE_RE.search(apposition)
        if held is None or _of_another_holder(apposition[: held.end()]):
            return None  # another title, or the title's former or shadow holder ("Ana Ruiz, a former minister,")
        return mention.name if normalise_role(held.group(0)) == title else None

    def last_named(self, person: str, position: int) -> int:
        """Where the person named just before a position was last named or last spoke before it: the
        later of where `_named_just_before` found them and their last mention in the prose before it."""
        found = self._named_just_before(position, titled=False)
        since = found[0] if found and found[1] == person else 0
        index = bisect.bisect_left(self._people_starts, position)
        if index > 0:
            mention = self.people[index - 1]
            if mention.name == person and mention.span.end <= position and not self._inside_quote(mention.span):
                since = max(since, mention.span.start)
        return since

    def named_just_before(self, position: int, titled: bool = True) -> str | None:
        """The speaker before, or else the last person named, where either stands within reach of a
        position (and, unless `titled`, holds no title the article gives): whom "the boss" or "the
        mum-of-three" stands for."""
        found = self._named_just_before(position, titled)
        return found[1] if found else None

    def _named_just_before(self, position: int, titled: bool = True) -> tuple[int, str] | None:
        """`named_just_before`, with where the person was last named or spoke."""
        recent = self.last_speaker
        found: tuple[int, str] | None = None
        if (
            recent
            and position - DESCRIBED_REACH <= recent[0] <= position
            and not self.others_named(recent[0], position, recent[1])
        ):
            found = recent
        else:
            index = bisect.bisect_left(self._people_starts, position)
            while index > 0:
                index -= 1
                mention = self.people[index]
                if mention.span.end <= position and not self._inside_quote(mention.span):
                    if mention.span.start >= position - DESCRIBED_REACH:
                        found = (mention.span.end, mention.name)
                    break
        if found is None or (not titled and found[1] in self.titled):
            return None
        return found

    def described_just_before(self, position: int, described: str) -> str | None:
        """Whom "the woman", "the 34-year-old" or "the manager" in a speaker's place stands for: the
        person named just before, unless an unnamed person is brought in between ("A neighbour saw it.
        '…,' the woman said"), the article calls them by the other pronoun, the age is not the one
        printed by their name, or a trade the description names is not printed by it."""
        found = self._named_just_before(position)
        if found is None:
            return None
        since, person = found
        if _UNNAMED_PERSON_RE.search(self.text, since, position):
            return None
        noun = described.casefold()
        if not self.may_be(person, _DESCRIBED_PRONOUNS.get(noun.split("-")[0])):
            return None
        office = _OFFICE_DESCRIPTORS.get(noun)
        if office is not None and not any(office.search(title) for title in self.titles.get(person, ())):
            return None  # "said the official" after a farmer or a company's chief executive: someone else
        age = re.match(r"(\d+)-year-old", noun)
        trade = noun in _TRADE_DESCRIPTORS
        if age or trade:
            printed = re.compile(rf"\b{age.group(1)}\b" if age else rf"\b{re.escape(noun)}", re.IGNORECASE)
            return person if self._printed_by(person, position, printed, after_only=bool(age)) else None
        return person

    def described_by_title_just_before(self, position: int, title: str, organisation: str | None) -> str | None:
        """Whom "said the executive" or "said the analyst at Kestrel" stands for: the person named just
        before (as `described_just_before`), unless the article gives them only titles the description
        does not cover ("Chief executive Ann Lee … said the analyst"), the description names an
        organisation not printed by their name, or people of that title come in between ("Analysts
        were less sure.": another, unnamed, analyst)."""
        person = self.described_just_before(position, title)
        if person is None:
            return None
        covers = _DESCRIPTION_COVERS.get(title)
        given = self.titles.get(person, set())
        if covers is not None and given and not any(covers.search(other) for other in given):
            return None
        if organisation and not self._printed_by(person, position, re.compile(re.escape(organisation)), after_only=False):
            return None
        found = self._named_just_before(position)
        plural = _DESCRIPTION_PLURALS.get(title) or re.compile(rf"\b{re.escape(title)}s\b", re.IGNORECASE)
        if found and plural.search(self.text, found[0], position):
            return None
        return person

    def _printed_by(self, person: str, position: int, printed: re.Pattern[str], after_only: bool) -> bool:
        """Whether words matching `printed` stand right by a mention of the person within reach before
        a position, and before it (right after the name only, when `after_only`: "Tom Reid, 34")."""
        index = bisect.bisect_left(self._people_starts, position)
        while index > 0:
            index -= 1
            mention = self.people[index]
            if mention.span.start < position - DESCRIBED_REACH:
                break
            if mention.name != person:
                continue
            start = mention.span.start if after_only else max(0, mention.span.start - DESCRIPTION_NEAR)
            if printed.search(self.text, start, min(position, mention.span.end + DESCRIPTION_NEAR)):
                return True
        return False

    def others_named(self, start: int, end: int, speaker: str) -> bool:
        """Whether prose between two positions names a person other than `speaker`."""
        if start >= end:
            return False
        span = Span(start, end)
        index = bisect.bisect_left(self._prose_starts, start)
        while index < len(self._prose_people) and self._prose_people[index].span.start < end:
            mention = self._prose_people[index]
            if span.contains(mention.span) and mention.name != speaker and mention.span not in self.in_passing:
                return True
            index += 1
        index = bisect.bisect_left(self.named, (start, ""))
        while index < len(self.named) and self.named[index][0] < end:
            if self.named[index][1] != speaker:
                return True
            index += 1
        return False

    def unnamed_speaker_before(self, position: int, pronoun: str | None = None) -> int:
        """Where the last sentence before a position in which an unnamed person speaks reaches its
        speech verb ("A trader said"), or -1; not one that names them after all ("A fisherman,
        Faizal Hakim, said"). A sentence that only introduces them before a quote ("An employee is
        more reserved. "…," she says.") counts for a pronoun not of the other gender than their noun's."""
        if self._unnamed_speakers is None:
            self._unnamed_speakers = sorted(
                m.end()
                for pattern in (_UNNAMED_SPEAKER_RE, _WITHHELD_SPEAKER_RE)
                for m in pattern.finditer(self.text)
                if not self.others_named(m.start(), m.end(), "")
            )
            self._introduced = sorted(
                (m.end(), _introduced_gender(m.group(0)))
                for m in _UNNAMED_INTRODUCED_RE.finditer(self.text)
                if _introduces_a_speaker(m.group(0)) and not self.others_named(m.start(), m.end(), "")
            )  # (each match ends at its own position: sorted by it)
        index = bisect.bisect_right(self._unnamed_speakers, position) - 1
        found = self._unnamed_speakers[index] if index >= 0 else -1
        gender = _PRONOUN_GENDERS.get(pronoun.casefold()) if pronoun else None
        index = bisect.bisect_right(self._introduced, position, key=lambda entry: entry[0]) - 1
        if index >= 0:
            end, noun_gender = self._introduced[index]
            if noun_gender is None or gender is None or noun_gender == gender:
                found = max(found, end)
        return found

    def title_just_before(self, position: int) -> Span | None:
        """The last title written with "the" ("the chief executive of Kestrel") in the TITLE_REACH
        characters before a position, with what it is of, if any."""
        start = max(0, position - TITLE_REACH)
        found = list(_THE_TITLE_RE.finditer(self.text, start, position))
        return Span(found[-1].start("role"), found[-1].end()) if found else None

    def _sets_against(self, position: int) -> bool:
        """Whether the sentence a title opens at `position` sets its holder against the last one (`contrast_words`:
        "The head of purchasing disagreed.", "The chief executive of the seller was less sure.")."""
        end = _SENTENCE_END_RE.search(self.text, position, position + SENTENCE_REACH)
        return _CONTRAST_RE.search(self.text, position, end.start() if end else position + SENTENCE_REACH) is not None

    def holder_just_before(self, position: int, title: str, recent: tuple[int, str] | None) -> bool:
        """(review l36) Whether a holder of the title has spoken (`recent`: the last speaker) or is named in prose in the
        title's paragraph before `position` ("'We are pleased,' Berg said. The chief executive added ..."), or (review
        fixfp2) one holder and no other in the paragraph just before it (wire copy prints each sentence as its own
        paragraph): the title then goes on about that holder, however many hold it on the page. Not where the title's
        sentence sets its holder against the last one ("disagreed", "was less sure": `_sets_against`)."""
        if self._sets_against(position):
            return False
        reach = max(0, position - STORY_ORGANISATION_REACH)  # bounded: a page of one long paragraph stays linear
        paragraph = self.text.rfind("\n\n", reach, position)
        start = paragraph + 2 if paragraph >= 0 else reach
        holders = set(self.local_roles.holders(title, None))
        if self._holders_between(holders, start, position, recent):
            return True
        if paragraph < 0:
            return False
        before = self.text.rfind("\n\n", reach, paragraph)
        return len(self._holders_between(holders, before + 2 if before >= 0 else reach, paragraph, recent)) == 1

    def _holders_between(self, holders: set[str], start: int, end: int, recent: tuple[int, str] | None) -> set[str]:
        """The holders among `holders` who spoke (`recent`) or are named in prose between two positions."""
        found = {recent[1]} if recent and recent[1] in holders and start <= recent[0] <= end else set()
        index = bisect.bisect_left(self._prose_starts, start)
        while index < len(self._prose_people) and self._prose_people[index].span.start < end:
            if self._prose_people[index].name in holders:
                found.add(self._prose_people[index].name)
            index += 1
        return found

    def untied_title_before(self, position: int) -> tuple[int, str] | None:
        """The last title opening a sentence before a position that the article gives several people and ties
        to none of them there (`untied_titles`): (where, the title)."""
        index = bisect.bisect_left(self.untied_titles, (position, "")) - 1
        return self.untied_titles[index] if index >= 0 else None

    def role_subject_before(self, position: int) -> tuple[int, Span] | None:
        """The last sentence before a position whose subject is a title no one in the article holds and
        whose verb reports speech (where its verb ends, the title's words), if any."""
        index = bisect.bisect_right(self.role_subjects, (position, Span(position, position))) - 1
        return self.role_subjects[index] if index >= 0 else None

    @staticmethod
    def unnamed_person(source: str) -> bool:
        """A source that is a person the article does not name ("A ministry official", "one worker")."""
        return _UNNAMED_PERSON_RE.match(source) is not None

    def set_quoted(self, spans: list[Span]) -> None:
        self.quoted = sorted(spans)
        self._quoted_starts = [span.start for span in self.quoted]
        # a walk back for the person named before reads prose only: not every name quoted since, once per quote
        self._prose_people = [m for m in self.people if not self._inside_quote(m.span)]
        self._prose_starts = [m.span.start for m in self._prose_people]

    def note_named_in(self, span: Span) -> None:
        """The people words outside the prose name by their shape (a photo caption's "Ann Lee at the
        quay."), noted as named where they stand, for a pronoun after them."""
        known = {mention.name for mention in self.people}
        for name, where in self._name_candidates(span):
            if name not in known and " " in name:
                # "Harout Kazarian" where the prose prints "Harout" for "Harutyun Kazarian": that person
                first, last = name.split()[0], name.split()[-1]
                printed = {p for p in self._printed_as.get(first, set()) if p.split()[-1] == last}
                name = next(iter(printed)) if len(printed) == 1 else name
            bisect.insort(self.named, (where.start, name))

    def inside_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and self.quoted[index].start <= position < self.quoted[index].end

    def _inside_quote(self, span: Span) -> bool:
        index = bisect.bisect_right(self._quoted_starts, span.start) - 1
        return index >= 0 and self.quoted[index].contains(span)

    def others_quoted_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._quoted_starts, start)
        return index < len(self.quoted) and self.quoted[index].end < end

    def name(self, position: int, person: str) -> None:
        """A speaker read from the words at a position: a later pronoun may stand for them."""
        bisect.insort(self.named, (position, person))

    # Roles --------------------------------------------------------------------
    def organisations_in(self, span: Span) -> list[Mention]:
        """Organisations named inside a span (looked up by bisection)."""
        index = bisect.bisect_left(self._organisation_starts, span.start)
        found = []
        while index < len(self.organisations) and self.organisations[index].span.start < span.end:
            if span.contains(self.organisations[index].span):
                found.append(self.organisations[index])
            index += 1
        return found

    def organisation_overlaps(self, span: Span) -> bool:
        index = bisect.bisect_left(self._organisation_starts, span.end)
        return any(o.span.overlaps(span) for o in self.organisations[max(0, index - 4) : index])

    def by_title_before(self, span: Span, pronoun: str) -> tuple[str | None, str]:
        """Whom a pronoun after a title with no one named between stands for ("The mayor of Orvale said
        the council would meet. '…,' he said."): the one holder the data ties to what the title is of
        (an organisation named in it, or its "of X"), or, the title of nothing, the one holder this article
        names; not the one mayor of another town, nor one the article calls by the other pronoun."""
        role = ROLE_RE.search(self.text, span.start, span.end)
        if not role:
            return None, "no role named"
        title = normalise_role(role.group(0))
        named = [o.name for o in self.organisations_in(span)]
        of = _TITLE_OF_RE.match(self.text, role.end(), span.end)
        if of:
            named.append(of.group("of"))
        if named:
            holders = sorted(set(self.roles.holders_tied(title, named)) | set(self.local_roles.holders_tied(title, named)))
            where = f"of {' / '.join(named)}"
        else:
            holders = self.local_roles.holders(title, None)
            where = "in the article"
        if len(holders) != 1:
            return None, f"role '{title}' {where} held by {len(holders)} people"
        if not self.may_be(holders[0], pronoun):
            return None, f"role '{title}' {where}: its holder is not '{pronoun}'"
        return holders[0], f"role '{title}' {where} held by one person"

    def _tied_here(self, title: str, holder: str, span: Span) -> bool:
        """Whether a title's holder in the data belongs to this article's story: named in it, or holding
        the title at the organisation the story is about (`_tied_holder`)."""
        if any(person.name == holder for person in self.people):
            return True
        return self._tied_holder(title, span) == holder

    def _story_organisations(self, span: Span) -> list[str]:
        """The organisations a title in a speaker's place may be of: those named in the quote's paragraph
        (what it is about), or, none named there, in the paragraph before it, or, none there either, in the
        whole article."""
        reach = max(0, span.start - STORY_ORGANISATION_REACH)
        paragraph = self.text.rfind("\n\n", reach, span.start)
        end = self.text.find("\n\n", span.end, span.end + STORY_ORGANISATION_REACH)
        end = end if end >= 0 else min(len(self.text), span.end + STORY_ORGANISATION_REACH)
        before = self.text.rfind("\n\n", reach, paragraph) if paragraph > reach else -1
        for start, stop in ((paragraph if paragraph >= 0 else reach, end), (before if before >= 0 else reach, paragraph)):
            if stop > start and (named := self.organisations_in(Span(start, stop))):
                return sorted({o.name for o in named})
            if paragraph < 0:
                break
        return sorted({o.name for o in self.organisations})

    def _tied_holder(self, title: str, span: Span) -> str | None:
        """The one holder in the data of a title at the organisation this story is about: every organisation
        the title may be of (`_story_organisations`) is theirs alone. A buyer's, supplier's or rival's chief
        executive, the story's own company having no known one, is not whom "the chief executive said" names."""
        candidates = self._story_organisations(span)
        tied = self.roles.holders_tied(title, candidates) if candidates else []
        if len(tied) != 1 or any(self.roles.holders_tied(title, [name]) != tied for name in candidates):
            return None
        return tied[0]

    def _of_another_owner(self, holder: str, span: Span, title_start: int) -> bool:
        """Whether a title in a speaker's place after a name's possessive ("Guatemala's agriculture
        minister said") is not the holder's, whom the article prints as another's ("Kuwait's Minister of
        Commerce, Ali Noor"): the title's owner is not theirs, so the words are not theirs either."""
        if self.organisations_in(span):
            return False  # "Kestrel's chief executive": the organisation already chose the holder
        owner = _OWNER_BEFORE_TITLE_RE.search(self.text, max(span.start, title_start - OWNER_REACH), title_start)
        return owner is not None and self._owned_by_another(holder, owner.group("owner"))

    def _owned_by_another(self, holder: str, owner: str) -> bool:
        """Whether the article prints a holder with another name's possessive right before them ("Kuwait's
        Minister of Commerce, Ali Noor"), and never with the owner's: the holder of a title of someone else."""
        others = False
        for mention in self.people:
            if mention.name != holder:
                continue
            near = self.text[max(0, mention.span.start - DESCRIPTION_NEAR) : mention.span.start]
            if re.search(rf"(?<![\w'’-]){re.escape(owner)}(?![\w-])", near):
                return False
            owners = [m.group("owner") for m in _OWNER_RE.finditer(near)]
            if any(_same_owner(printed, owner) for printed in owners):
                return False
            others = others or bool(owners)
        return others

    def _other_portfolio(self, holder: str, asked: frozenset[str]) -> bool:
        """Whether the portfolio a title in a speaker's place names ("the trade minister") is not one the
        article prints its holder with ("Minister of Agriculture X"), both printed."""
        held = self.portfolios.get(holder)
        return bool(asked and held and asked.isdisjoint(held))

    def by_role(self, span: Span) -> tuple[str | None, str]:
        role = ROLE_RE.search(self.text, span.start, span.end)
        if not role:
            return None, "no person or role named"
        title = normalise_role(role.group(0))
        organisation = next((o.name for o in self.organisations_in(span)), None)
        holders = self.roles.holders(title, organisation)
        if organisation is None and len(holders) == 1 and not self._tied_here(title, holders[0], span):
            # "the commissioner said": the data's one commissioner, of another story (neither named here nor
            # at an organisation named here), says nothing of who speaks in this one
            holders = []
        surname = _SURNAME_AFTER_ROLE_RE.match(self.text, role.end(), span.end)
        if surname and len(holders) > 1:
            # "President Lee", the article naming no Lee in full: the one holder of the title called Lee
            called = [h for h in holders if h.split()[-1] == surname.group(1)]
            if len(called) == 1:
                return called[0], f"role '{title}' and surname '{surname.group(1)}' {DATA_WIDE_HOLDER}"
        asked = _portfolio(self.text, role.start(), role.end(), span.start, span.end)
        if len(holders) == 1 and (
            self._of_another_owner(holders[0], span, role.start()) or self._other_portfolio(holders[0], asked)
        ):
            holders = []
        if len(holders) == 1:
            return holders[0], f"role '{title}' {DATA_WIDE_HOLDER}"
        # "the minister said", where the article named "Economy Minister Ann Lee": the one holder it names
        here = self.local_roles.holders(title, organisation)
        if len(here) == 1 and self._of_another_owner(here[0], span, role.start()):
            return None, f"role '{title}': the article's one holder is printed as another's"
        if len(here) == 1 and self._other_portfolio(here[0], asked):
            # "Norway's trade minister said", the article's one minister printed "Minister of Fisheries X"
            return None, f"role '{title}': the article's one holder holds another portfolio"
        if len(here) == 1:
            return here[0], f"role '{title}' held by one person in the article"
        if organisation is None and len(holders) > 1 and title not in _DESCRIPTIVE_ROLES:
            # "the group's chief executive said", the data holding many: the one holding it at an
            # organisation this article names (the story's own company), not a namesake's of another story
            # (a holder named here without the title stays ambiguous; a description, "the councillor", is not
            # looked up so: it is of someone the article names)
            tied_holder = self._tied_holder(title, span)
            if tied_holder:
                return tied_holder, f"role '{title}' held at the organisation the story is about by one person"
        if holders:
            return None, f"role '{title}' is held by {len(holders)} people: ambiguous"
        return None, f"role '{title}': {NO_HOLDER}"


# "The Danish roads minister", "the Minister of Agriculture", "the minister, who came for the signing":
# a title after "the" and up to three words (a country's, a portfolio's), or after a capitalised name's
# possessive ("Paraguay's Minister of Agriculture, who ..."), the way a page brings in a holder it does not
# name (a bare "the minister" refers back to one named before, or is the quote's own)
_TITLE_ALONE_RE = re.compile(
    rf"(?<![\w-])(?:the|(?-i:[A-Z])[\w-]*['’]s)(?P<modifiers>(?:[ \t]+[\w'’-]+){{0,3}}?)[ \t]+(?={ROLE_RE.pattern})",
    re.IGNORECASE,
)
_INTRODUCED_AFTER_TITLE_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]|,[ \t]*who\b")
NAME_AFTER_TITLE_REACH = 40  # characters after a title in which the holder's name would follow it


# Words before a title that make its holder another than the one in office now ("the former minister",
# "The previous mayor, who ...", "the late chairman of ..."): no unnamed speaker brought in
_OTHER_HOLDER_WORDS = frozenset(word.casefold() for word in words("quotes", "other_holder_words"))
# What ends the sentence before a sentence's first word: a stop, a question or an exclamation mark (with
# any closing quote or bracket after it), or a line break; read in the few characters before the word
_SENTENCE_END_BEFORE_RE = re.compile(r"(?:[.!?][\"'”’»)\]]*[ \t]+|\n[ \t]*)\Z")
SENTENCE_END_REACH = 8  # characters before a word in which the sentence before it ends
SENTENCE_REACH = 300  # characters after a speaker's words in which their sentence ends, or a name's apposition does
# What stands beside a name opening a sentence: an apposition between commas, or a clause about the person
# ("who oversees X,") and a verb saying they go on speaking after it ("added").
_CONTINUATION_VERBS = "|".join(re.escape(verb).replace(r"\ ", r"[ \t]+") for verb in words("quotes", "continuation_verbs"))
_BESIDE_NAME_RE = re.compile(
    rf",[ \t]+(?:who\b(?P<who>[^.;\n]{{0,160}}?),[ \t]+(?:{_CONTINUATION_VERBS})\b|(?P<apposition>(?!who\b)[^,.;\n]{{1,120}}),)"
)
_PAST_OFFICE_OPENINGS = frozenset(words("quotes", "past_office_openings"))
_CONTRAST_RE = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation(words('quotes', 'contrast_words'))})(?![\w'’-])")
_SENTENCE_END_RE = re.compile(r"[.!?](?=[\s\"'”’])|\n")


def _of_another_holder(phrase: str) -> bool:
    """Whether a phrase prints a title after a word making its holder another than the one in office now
    ("a former deputy minister", "the then finance minister", "an ex-governor"): up to two words before."""
    for role in ROLE_RE.finditer(phrase):
        before = phrase[max(0, role.start() - OTHER_HOLDER_REACH) : role.start()].casefold().replace("’", "'").split()[-2:]
        if any(word in _OTHER_HOLDER_WORDS or word.split("-")[0] in _OTHER_HOLDER_WORDS for word in before):
            return True
    return False


OTHER_HOLDER_REACH = 40  # characters before a title in which a word making its holder another stands


def _opens_sentence(text: str, position: int) -> bool:
    """Whether the word at a position is a sentence's first: the text's start or a line's, or after a
    sentence's end."""
    if position == 0 or not text[:position].strip():
        return True
    return _SENTENCE_END_BEFORE_RE.search(text[max(0, position - SENTENCE_END_REACH) : position]) is not None


def _unnamed_holder_before(speakers: Speakers, since: int, position: int, title: str) -> bool:
    """Whether, between the last mention of the person named just before (`since`) and the words naming
    a quote's speaker "the <title>" (`position`), the page brings in a holder of that title by the title
    alone ("The Minister of Agriculture, who came for the signing, said ..."): the quote is that
    holder's, whom the page does not name, not the person named before. One brought in before that
    person ("The last chairman of Orvale Bank ... the bank is run by Ines Kahl") is not. The page's
    titles are read once, in one pass."""
    unnamed = speakers.unnamed_titles().get(title, [])
    return bisect.bisect_left(unnamed, position) > bisect.bisect_left(unnamed, since)


def resolve_speaker(speakers: Speakers, who: Span, quote_start: int, first: bool = False) -> Attribution:
    """Who the words in a speaker's place name: a person (the first or the last
    named), a role, a pronoun, or a body that is not a person."""
    text = speakers.text
    words = who.of(text)
    named = speakers.person_in(who, first)
    if named:
        name, span, how = named
        return Attribution(name, span.of(text), how, span, person=True)
    role = ROLE_RE.search(words)
    if role:
        person, how = speakers.by_role(who)
        as_written = words.strip(" ,:").split(" by ")[-1]
        anonymous = normalise_role(role.group(0)) in _ANONYMOUS_ROLES
        if anonymous and how.endswith(DATA_WIDE_HOLDER) and _INDEFINITE_BEFORE_RE.search(words, 0, role.start()):
            # "a company spokesman said": a name the article withholds is not whoever holds the role in another
            return Attribution(None, as_written, "an unnamed spokesperson", source=as_written, person=True)
        if person is None and normalise_role(role.group(0)) in _ANONYMOUS_ROLES:
            return Attribution(None, as_written, how, source=as_written, person=True)
        if _WITHHELD_NAME_RE.match(text[who.start + role.end() : who.start + role.end() + WITHHELD_REACH]):
            # "said the executive, who asked not to be named": not the executive the article names
            return Attribution(None, as_written, "a speaker whose name is withheld", source=as_written, person=True)
        title = normalise_role(role.group(0))
        if person is None and who.start > quote_start and re.search(r"\bthe\s+$", words[: role.start()], re.IGNORECASE):
            # '"…," the vice-minister said.' and the next sentence brings in a person not named before,
            # holding that title ("Ana Ruiz, Vice-Minister of X, who ...") or reporting speech after a
            # clause about them ("Ana Ruiz, who oversees X, added that ..."): the holder, named after the words
            introduced = speakers.introduced_next(who.end, quote_start, title)
            if introduced:
                return Attribution(
                    introduced, as_written, f"{how}; the holder brought in by the next sentence: {introduced}", person=True
                )
        surname = _SURNAME_BEFORE_ROLE_RE.search(words, 0, role.start()) if person is None else None
        sharers = (
            speakers.surname_sharers(
                surname.group(1),
                who.start,
                courtesy_gender(text, who.start + surname.start(1), who.start),
            )
            if surname
            else None
        )
        if surname and sharers and len(sharers) >= 2:
            # (l35) "Berg, the chairman, said" where "Anna Berg" and "Olaf Berg" are both named: the surname says
            # it is one of them, and no one the article names holds the title: no one's, not the person named last
            return Attribution(None, as_written, f"{how}; a surname several people share", person=True)
        if surname and sharers:
            # (fixl35) "her grandfather Karl Berg founded it ... Berg, the chief executive, said": the one living
            # person of that surname named before (of the title's gender), not the namesake named last
            at = Span(who.start + surname.start(1), who.start + surname.end(1))
            return Attribution(sharers[0], at.of(text), f"{how}; the one living person of that surname named", at, person=True)
        descriptive = title in _DESCRIPTIVE_ROLES and not speakers.local_roles.holders(title, None)
        if (
            person is None
            and (how.endswith(NO_HOLDER) or descriptive)
            and re.search(r"\bthe\s+$", words[: role.start()], re.IGNORECASE)
            # (review q25 M5) "The head of Orvala Invest Velmārs Ozoliņš told ...": a holder the words name, unread
            and not _holder_named_after_its_body(words, role.end())
        ):
            # "the chief executive said", no one the article or the data names holding it: the person
            # named just before, when the article gives them no other title (a role several people hold
            # in the data stays ambiguous); "said the executive", no one the article names holding it:
            # whoever was named just before (a description, as "the 58-year-old" is), when the titles
            # the article gives them are ones the description covers
            named_organisation = _DESCRIPTION_ORGANISATION_RE.match(words, role.end())
            before = (
                speakers.described_by_title_just_before(
                    quote_start, title, named_organisation.group("organisation") if named_organisation else None
                )
                if descriptive
                else speakers.named_just_before(quote_start, titled=False)
            )
            if (
                before
                and not descriptive
                and _unnamed_holder_before(speakers, speakers.last_named(before, quote_start), who.start, title)
            ):
                # "The Minister of Agriculture, who came for the signing, said …" after the person named:
                # "the minister said" is that unnamed holder, not whoever was named before
                before = None
            if before:
                return Attribution(before, as_written, f"{how}; the person named just before: {before}", person=True)
        return Attribution(person, as_written, how, person=True)
    if _UNNAMED_PERSON_RE.match(words.strip(" ,:")):
        # "a union leader told reporters": someone the article does not name, as "a company spokesman" is;
        # another outlet's named speaker of the same words is not carried to them. Before any pronoun: "said
        # a trader in the town who asked not to be named because he buys from them" (the pronoun in a clause
        # about them is theirs, not the last person named's)
        unnamed_person = words.strip(" ,:")
        return Attribution(None, unnamed_person, f"an unnamed person: {unnamed_person}", source=unnamed_person, person=True)
    pronoun_match = PERSONAL_PRONOUN_RE.search(words) or _POSSESSIVE_LEAD_RE.match(words)
    # "according to her": the object pronoun alone in the speaker's place stands as "she" would
    pronoun = (
        pronoun_match.group(1) if pronoun_match else (words.strip() if words.strip().casefold() in _OBJECT_PRONOUNS else None)
    )
    in_verb = pronoun is None and words.strip(" ,:").casefold() in _SUBJECT_IN_VERB_LEADS
    if in_verb:
        pronoun = words.strip(" ,:")  # "Ychwanegodd:" ("she added:"): the verb carries its subject, a pronoun
    if pronoun:
        recent = speakers.last_speaker
        unnamed = max(speakers.last_unnamed or -1, speakers.unnamed_speaker_before(quote_start, pronoun))
        subject = speakers.role_subject_before(quote_start)
        if (
            subject
            and quote_start - subject[0] <= DESCRIBED_REACH  # a title paragraphs back claims no pronoun
            and (recent is None or recent[0] < subject[0])
            and unnamed < subject[0]
            and not speakers.others_named(subject[1].start, quote_start, "")
        ):
            # "The mayor of Orvale said the council would meet. '…,' he said.": the title's one holder
            person, how = speakers.by_title_before(subject[1], pronoun)
            if person:
                return Attribution(person, pronoun, f"pronoun '{pronoun}' -> the title speaking before: {how}", person=True)
        brought_in = speakers.unnamed_title_before(quote_start)
        if (
            brought_in
            and (recent is None or recent[0] < brought_in[0])
            and unnamed < brought_in[0]
            and quote_start - brought_in[0] <= DESCRIBED_REACH
            and not speakers.others_named(brought_in[0], quote_start, "")
            and _title_may_be(brought_in[1], pronoun)
        ):
            # "The Valdorian minister of trade praised the deal. '…,' he declared.": the holder the
            # page brings in by the title alone, no one named since, not the last person named before it; the
            # article's one holder of that title where it names one, else no one named (another outlet naming
            # the holder for the same words gives the name, through the quote's group)
            holders = speakers.local_roles.holders(brought_in[1], None)
            if len(holders) <= 1:
                # the one holder, unless the article refers to them by the other pronoun
                person = holders[0] if holders and speakers.may_be(holders[0], pronoun) else None
                # unnamed, the title as printed stands in the speaker's place ("Minister"): another outlet's
                # one speaker holding it may have said the same words in other words (a translation)
                role = ROLE_RE.search(text, brought_in[0], brought_in[0] + NAME_AFTER_TITLE_REACH)
                return Attribution(
                    person,
                    pronoun if person or role is None else role.group(0),
                    f"pronoun '{pronoun}' -> the title brought in before: {brought_in[1]}",
                    person=True,
                )
        if (
            unnamed >= 0
            and (recent is None or recent[0] < unnamed)
            and unnamed <= quote_start <= unnamed + DESCRIBED_REACH
            and not speakers.others_named(unnamed, quote_start, "")
        ):
            return Attribution(None, pronoun, f"pronoun '{pronoun}' -> the unnamed speaker before", person=True)
        untied = speakers.untied_title_before(quote_start)
        if (
            untied
            and (recent is None or recent[0] < untied[0])
            and quote_start - untied[0] <= DESCRIBED_REACH
            and not speakers.others_named(untied[0], quote_start, "")
            and _title_may_be(untied[1], pronoun)
            and not speakers.holder_just_before(untied[0], untied[1], recent)
        ):
            # (q20 review M2) "The head of purchasing disagreed. '…,' he said." where the article gives the title to
            # two people and ties it to neither here: its holder, unnamed, not the last speaker
            role = ROLE_RE.search(text, untied[0], untied[0] + NAME_AFTER_TITLE_REACH)
            return Attribution(
                None,
                pronoun if role is None else role.group(0),
                f"pronoun '{pronoun}' -> a title of several holders, tied to none: {untied[1]}",
                person=True,
            )
        if (
            recent
            and recent[0] <= quote_start
            and not speakers.others_named(recent[0], quote_start, recent[1])
            and speakers.may_be(recent[1], pronoun)
        ):
            return Attribution(recent[1], pronoun, f"pronoun '{pronoun}' -> the speaker before: {recent[1]}", person=True)
        person = speakers.last_before(quote_start, pronoun)
        if person and in_verb and speakers.others_named(max(0, quote_start - DESCRIBED_REACH), quote_start, person):
            person = None  # "Dijo:" names no gender: with two people named before, either may be its subject
        if person:
            return Attribution(person, pronoun, f"pronoun '{pronoun}' -> last person named before: {person}", person=True)
        title_written = speakers.title_just_before(quote_start)
        if title_written:
            # no one named yet ("I spoke with the chief executive of Kestrel by phone. He told me: …"):
            # the title just before, where the data ties its one holder to what it is of
            person, how = speakers.by_title_before(title_written, pronoun)
            if person:
                return Attribution(person, pronoun, f"pronoun '{pronoun}' -> the title named just before: {how}", person=True)
        return Attribution(None, pronoun, f"pronoun '{pronoun}' with no person named before", person=True)
    head = words.split(",")[0] if words.strip(" ,").count(",") else words  # "the bank, which …": the head names the source
    described = _DESCRIBED_RE.match(head)
    if (
        described
        and described.end() == len(head.rstrip(" ,:"))
        # "said the official, who asked not to be named": the page withholds whose words they are
        and not _WITHHELD_NAME_RE.match(text[who.start + described.end() : who.start + described.end() + WITHHELD_REACH])
    ):
        said = described.group("described")
        person = speakers.described_just_before(quote_start, said)
        if person:
            return Attribution(person, f"the {said}", f"'the {said}' -> the person named just before: {person}", person=True)
    renderer = _RENDERER_RE.search(words)
    if renderer and not (_INDEFINITE_BEFORE_RE.search(words, 0, renderer.start()) and not _RENDERED_BY_RE.search(words)):
        # "as rendered by the company's interpreter:": the interpreter speaks for the person just before
        # (not "a translator said": an unnamed translator speaking for herself)
        person = speakers.named_just_before(quote_start)
        if person:
            return Attribution(person, person, f"an interpreter's words: the person named just before: {person}", person=True)
    body = _NOT_PERSON_RE.search(head)
    if body or speakers.organisation_overlaps(who):
        source = words.strip(" ,:") or None
        return Attribution(None, source, f"source is not a person: {source}", source=source)
    return Attribution(None, words.strip() or None, "no person named")
