"""Direct and partial quotes: the words inside quote marks, with their speaker.

- direct: a quoted whole sentence or more ("We got the pricing wrong," she said.)
- partial: a quoted fragment inside the writer's sentence (it wouldn't make "a single dime in profits.")

The speaker comes from one ordered chain; the first step that names someone
(or names a body that is not a person) decides, and `resolution` records the
step and how its words were read:

1. the same sentence, after the quote: `"…," said Lee.`, `"…" Lee said.`,
   `"…," said chief executive Ann Lee, who …`, `"…," she said.`;
2. the same sentence, before it: `Lee said: "…"`, `Lee said, "…"`,
   `according to Lee, "…"`, a fragment inside reported speech;
3. a paragraph that opens with a quote standing alone and names one person in
   its next sentence (`"…." That was the verdict of Lee, an analyst.`);
4. a paragraph that goes on with a quote from the paragraph before;
5. a quote that goes straight on from an attributed one, in the same or the
   next paragraph, while nobody else is named in between;
6. the writer's sentence just before it: `Lee said.`/`said Lee.`/`Lee told us:`,
   or a reporting clause earlier in its paragraph (`Lee said the plan … "…"`).

Words in the speaker's place resolve to a person named there, else a role
held by one person, else a pronoun's last person named before the quote.
Nothing after the quote's own sentence is read (but the next sentence of a
paragraph that opens with the quote), so a quote is never given to someone
introduced in a later paragraph. A company, a statement or a regulator speaking
leaves the speaker NULL, its words kept as the source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from loaders.extract.cues import PERSONAL_PRONOUNS, ROLE_RE, ROLE_WORDS, SPEECH_VERBS
from loaders.extract.entities.people import family_names_first
from loaders.extract.gazetteer import places, towns
from loaders.extract.quotes.dialogue import DASHES
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.marks import CLOSING_MARKS, QuotedSpan
from loaders.extract.quotes.speakers import Attribution, Speakers, resolve_speaker
from loaders.spans import Span
from loaders.vocab import alternation, alternation_by_first_letter, words

Step = tuple[Attribution, str | None, str]  # who, the cue, the step of the chain that found them
WINDOW = 300  # characters read on each side of a quote: a speaker's words are near it
# A stop that ends no sentence: after a courtesy title ("Dr.") or a middle initial ("Ann M. Lee"); after a
# given name written short ("Md. Ali Khan", "Ma. Luisa Cruz") only where the rest of a name follows on its
# line (two capitalised words, no quote mark: "Baltimore, Md. "We ..."" and "Md. The plant ..." end their
# sentences). A short form that is a whole name too, a family name ("Lin Ma.") or a town ("in Jos."), is a
# stop as any word's.
_GIVEN_NAMES_SHORT = [
    short
    for short in words("names", "given_name_abbreviations")
    if short not in family_names_first() and short not in towns() and short not in places()
]
_A_NAME_FOLLOWS = r"\.[ \t]+[A-Z][\w'’-]*\.?[ \t]+[A-Z]"
_SHORT_GIVEN_NAME_STOP = "(?:" + "|".join(rf"(?<=\b{short})" for short in _GIVEN_NAMES_SHORT) + rf")(?={_A_NAME_FOLLOWS})"
_NOT_A_STOP = (
    "".join(rf"(?<!\b{title})" for title in words("quotes", "honorifics"))
    + r"(?<![a-z] [A-Z])"
    + rf"(?!{_SHORT_GIVEN_NAME_STOP})"
)
# (behind a test of the stop itself: the look-behinds, one per title, run only where a stop stands)
_ABBREVIATION_STOP = (
    r"(?=\.)(?-i:(?:"
    + "|".join(rf"(?<=\b{title})" for title in words("quotes", "honorifics"))
    + rf"|(?<=[a-z] [A-Z])|{_SHORT_GIVEN_NAME_STOP})\.)"
)
_INTRO_VERBS = alternation(words("quotes", "intro_verbs"))
_ACCORDING = alternation(words("quotes", "according_to"))
VERBS = SPEECH_VERBS + "|" + "|".join(re.escape(verb) for verb in words("quotes", "attribution_verbs"))
_VERBS_BY_LETTER = alternation_by_first_letter(VERBS)  # (the same alternation, tried only under its word's first letter)
# After the quote's close a dash may stand before the reporting verb, as Central and Eastern European
# house styles print it („…” – said Ann Lee.); not a passive ("– said to be worth $2bn –", "– said by
# Ann Lee twice –") nor an aside a second dash closes: those describe the words in marks, no one says them.
# Pages translated from Georgian, Russian or Ukrainian print the dash as a spaced hyphen („…“, - said Ann Lee.).
_DASH = r"(?:[–—]|(?<=[ \t])-)"
_DASH_BEFORE_THE_VERB = rf"{_DASH}[ \t]+(?!(?:{_VERBS_BY_LETTER})\s+(?:to|by)\b)(?![^–—.!?\n]{{0,120}}[ \t]{_DASH}(?:[ \t]|$))"
_SPEECH_AFTER_RE = re.compile(
    rf"[\s,]*(?:{_DASH_BEFORE_THE_VERB})?(?:(?P<pronoun>{PERSONAL_PRONOUNS})\s+(?:{_VERBS_BY_LETTER})\b|(?:{_VERBS_BY_LETTER})\s+(?P<pronoun2>he|she)\b"
    rf"|(?P<verb_first>{_VERBS_BY_LETTER}|{_ACCORDING})\s+(?P<who_after>(?:[^.!?;,“”\"]|{_ABBREVIATION_STOP}){{1,120}})"
    rf"|(?P<name>(?:[^.!?;“”\"‘]|{_ABBREVIATION_STOP}){{0,80}}?)\s+(?P<verb>{_VERBS_BY_LETTER})\b)",
    re.IGNORECASE,
)
# '„…”, Name specified.', '«…», specifies Name.': a verb attributing a quote only as the whole of what follows
# its closing mark and comma, its subject a person's name (up to four capitalised words) or "he"/"she", before
# the verb or inverted after it as French usage has it, the sentence ending there or the quote going on
# after a comma ('"…," Ms. Petrescu specified, "and the rest …"')
_NAME_AT_CLOSE = r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*"
_PERSON_VERB = rf"(?:{alternation(words('quotes', 'person_after_quote_verbs'))})"
_PERSON_AFTER_QUOTE_RE = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<who>{_NAME_AT_CLOSE}|he|she|He|She)[ \t]+(?P<verb>{_PERSON_VERB})"
    rf"|(?P<verb_first>{_PERSON_VERB})[ \t]+(?P<who_after>{_NAME_AT_CLOSE}))(?=[ \t]*(?:[.!?]|\n|$|,[ \t]*[\"“‘«„]))"
)
# The first words of a document's part named with capitals ("Article Four", "Clause Nine"): quotes.yml `document_parts`
_DOCUMENT_PARTS = frozenset(w.casefold() for w in words("quotes", "document_parts"))
_COMMA_AT_CLOSE_RE = re.compile(r"(?:,[\"”’'»]|[\"”’'»][ \t]*,)")  # '…," Name' / '…”, Name': the close and its comma
_APPOSITIVE_RE = re.compile(r",\s*")  # the comma setting off a name after a role
# One of several people named by a pronoun or a plural noun ("one of them", "one of the skippers", "one of those
# waiting"), all of what stands before a name set off by a comma
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_ONE_OF_SEVERAL_RE = re.compile(r"(?i:one of (?:them|those|us|the|its|their|our)\b)[^,.!?;\n]{0,40}$")
# An attribution set inside the quote's own marks, between commas, as French and Italian usage has it
# (« We will not sign, she said, under threat »): "he"/"she" or a name, and a speech verb.
_INCISE_RE = re.compile(
    rf",\s+(?:(?P<pronoun>he|she)\s+(?:{_VERBS_BY_LETTER})|(?P<who>(?-i:[A-Z])[^,.!?;«»“”\"]{{0,60}}?)\s+(?:{_VERBS_BY_LETTER})|(?:{_VERBS_BY_LETTER})\s+(?P<who_after>[^,.!?;«»“”\"]{{1,60}}?))\s*,",
    re.IGNORECASE,
)
_NAMED_ONLY_AS_RE = re.compile(
    rf",?\s+(?:who\s+)?{alternation(words('quotes', 'named_only_as'))}\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?(?P<name>[A-Z][\w'’-]{0,30}(?:\s[A-Z][\w'’-]{0,30}){0,2})"
)
# What ends a clause that introduces a quote: a comma, a colon or a dash ("X was blunt — "…"").
_INTRODUCING = (",", ":", "—", "–")
_INTRODUCED_RE = re.compile(r"[,:—–]\s*$")
# a reporting verb right after a quote's close: "…," said; «…», explique (the comma after a guillemet)
_CLOSED_QUOTE_BEFORE_RE = re.compile(r"(?:[,!?]\s*[\"”’'»]|[\"”’'»]\s*,)\s*$")
_INTRO_VERB_RE = re.compile(rf"\b(?:{_VERBS_BY_LETTER}|{_INTRO_VERBS})\b", re.IGNORECASE)
_NOT_INTRO_RE = re.compile(r"[.!?“”\"]")
INTRO_WHO, INTRO_TAIL, COLON_WHO = 120, 60, 160  # how far an introduction reaches: its subject, the words after its verb
SUBJECT_REACH = 80  # characters of a sentence's opening that may name its subject
_PARTICIPLES = frozenset(words("quotes", "participle_speech_verbs"))
_BLOCK_MARKER_RE = re.compile(r"\s*[>»][\s>»]*")  # a block quote's marker, as plain-text pages print it ("> ", "» ")
# (q26) a back reference as a passive's whole subject after a quote ("This was said by Ann Lee")
_PASSIVE_BACK_REFERENCE_RE = re.compile(rf"(?:{'|'.join(words('quotes', 'passive_back_references'))})", re.IGNORECASE)
_AGENT_AFTER_RE = re.compile(r"\s+by\b", re.IGNORECASE)  # a passive verb's agent after it ("asked by the convener")
# (review q26 M1) Where a passive's agent names its person: straight after "by", past "the" and a title at most ("by the
# mayor Ann Lee", "by Dr Ann Lee"); and where the agent ends ("by critics that Ann Lee ...", "by critics who ...")
_AGENT_OPENING_RE = re.compile(
    rf"\s+(?:the\s+)?(?:{ROLE_WORDS}(?:\s*,)?\s+)?(?P<name>(?:{alternation(words('names', 'honorifics'))})\.?\s+)?",
    re.IGNORECASE,
)
_AGENT_END_RE = re.compile(rf"\b(?:{alternation(words('quotes', 'agent_ends'))})\b|['’]s\b", re.IGNORECASE)
# A sentence opening by looking back at the quote before it ("That was how Ann Lee put it.")
_BACK_REFERENCE_RE = re.compile(rf"\s*(?:{'|'.join(words('quotes', 'back_references'))})\b", re.IGNORECASE)
_BACK_REFERENCE_NAMING_NEXT_RE = re.compile(
    rf"\s*(?:{'|'.join(words('quotes', 'back_references_naming_next'))})[ \t]+", re.IGNORECASE
)
# A signature line under a pull quote: a dash, a name, then its occasion after a comma ("— Ann Lee, 2019").
_SIGNATURE_LINE_RE = re.compile(r"\s*[>»]?\s*[—–―]+[ \t]*(?P<name>[A-Z][^,\n()@—–―]{1,60}?)[ \t]*(?:,[^\n]{0,80})?")
# A name alone after the quote's close and a dash, ending its sentence or paragraph, as a caption or a pull
# quote signs its words on the same line („…“ – Ann Lee.)
_SIGNED_AFTER_RE = re.compile(
    r"[ \t]*[—–―][ \t]+(?P<name>(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){0,2})[ \t]*(?:\.(?=\s|$)|(?=\n|$))"
)
_ACCORDING_BEFORE_RE = re.compile(alternation(words("quotes", "according_to")) + r" ([^,]+),", re.IGNORECASE)
_VERB_RE = re.compile(rf"\b({_VERBS_BY_LETTER}|say)\b", re.IGNORECASE)
SPEECH_VERB_RE = re.compile(rf"\b(?:{_VERBS_BY_LETTER})\b", re.IGNORECASE)
_A_VERB_RE = re.compile(rf"\b({_VERBS_BY_LETTER})\b", re.IGNORECASE)  # (a reporting clause's verbs)
# A line of a list ("- Chief executive pocketed ...") is a sentence of its own, stop or none.
_LIST_LINE = r"\n[ \t]*[-•*–][ \t]+"
# The stop is looked for first: the look-behinds, one per title, then run only where one stands.
# A sentence may open with any opening mark: English, German („ ‚) and guillemets (« ‹).
_STOP_RE = re.compile(rf"(?=[.!?…]){_NOT_A_STOP}[.!?…][”\"’'“»›]?\s+(?=[A-Z“\"‘'„‚«‹])|{_LIST_LINE}")
_END_RE = re.compile(rf"(?=[.!?]){_NOT_A_STOP}[.!?](?=\s|$)|(?={_LIST_LINE})")


class _Paragraph:
    """A paragraph's sentence stops, found once (a quote looks its sentence up by bisection)."""

    def __init__(self, text: str, span: Span, index: int):
        self.span, self.index = span, index
        self.starts = [m.end() for m in _STOP_RE.finditer(text, span.start, span.end)]
        self.ends = [m.end() for m in _END_RE.finditer(text, span.start, span.end)]

    def sentence_around(self, span: Span) -> Span:
        """The writer's sentence holding a quote: from the last stop before it to the next stop after it."""
        position = bisect.bisect_right(self.starts, span.start)
        start = self.starts[position - 1] if position else self.span.start
        after = bisect.bisect_left(self.ends, span.end + 2)
        end = self.ends[after] if after < len(self.ends) else self.span.end
        return Span(start, min(end, self.span.end))


def _opens_its_paragraph(text: str, quote: QuotedSpan, paragraph: Span) -> bool:
    """The quote's opening mark (spaced or not: "« Oui »") is the first thing in the paragraph."""
    return quote.span.start > paragraph.start and not text[paragraph.start + 1 : quote.span.start].strip()


def _past_closing_mark(text: str, span: Span, limit: int) -> int:
    """Where the writer's words after a quote begin: past its closing mark (and a space before a
    spaced guillemet: "« Oui », she said", or before a dialogue's dash: "—Oui —she said")."""
    position = span.end
    while position < limit and text[position] in " \u00a0\u202f":
        position += 1
    closes = position < limit and (text[position] in CLOSING_MARKS or text[position] in DASHES)  # "—Yes —she said"
    return min(position + 1, limit) if closes else min(span.end + 1, limit)


def _found(attribution: Attribution) -> bool:
    return attribution.speaker is not None or attribution.source is not None


def _same_sentence_after(speakers: Speakers, span: Span, after: Span) -> tuple[Attribution, str | None] | None:
    text = speakers.text
    match = _SPEECH_AFTER_RE.match(text, after.start, after.end)
    if not match:
        return _person_after_quote(speakers, span, after)
    if match.group("pronoun") or match.group("pronoun2"):
        verb = re.search(VERBS, match.group(0), re.IGNORECASE)
        return resolve_speaker(speakers, Span(match.start(), match.end()), span.start), verb.group(0) if verb else None
    if match.group("verb_first"):
        attribution = resolve_speaker(speakers, Span(match.start("who_after"), match.end("who_after")), span.start, first=True)
        one_of_several = _ONE_OF_SEVERAL_RE.match(text, match.start("who_after"), match.end("who_after"))
        if attribution.speaker is None and (
            ROLE_RE.search(text, match.start("who_after"), match.end("who_after")) or one_of_several
        ):
            # "said the mayor of Pellowby, Annis Tregarthen": the name set off after a role is its holder's; after
            # "one of them" or "one of the skippers", the one named ("said one of them, Tomas Verhoek, 68")
            named = _APPOSITIVE_RE.match(text, match.end("who_after"), after.end)
            name_start = named.end() if named else -1
            person = speakers.person_in(Span(name_start, min(name_start + 60, after.end)), True) if named else None
            if one_of_several and person and person[2] != "named":
                # "said one of its suppliers, Halvorsen Timber": a company's lenders, advisers and rivals are
                # mostly bodies; only a person the entity pass found is one of them
                person = None
            if person and person[1].start == name_start and not _POSSESSIVE_RE.match(text, person[1].end):
                # (not "said one of them, Ann Lee's son": the one whose son speaks)
                attribution = Attribution(person[0], person[1].of(text), "named after the role", person[1], person=True)
        if attribution.speaker is None and (attribution.source is None or speakers.unnamed_person(attribution.source)):
            # "said one rider, who gave his name only as Ah Seng": the name the unnamed speaker gave
            given = _NAMED_ONLY_AS_RE.search(text, match.start("who_after"), min(after.end + 80, len(text)))
            if given and not _NOT_INTRO_RE.search(text, match.start("who_after"), given.start()):
                where = Span(given.start("name"), given.end("name"))
                attribution = Attribution(where.of(text), where.of(text), "the name the speaker gave", where, person=True)
        return attribution, match.group("verb_first")
    # "…," Lee, who joined in May, said: the speaker is named first, an apposition may follow
    attribution = resolve_speaker(speakers, Span(match.start("name"), match.end("name")), span.start, first=True)
    agent = _AGENT_AFTER_RE.match(text, match.end("verb"), after.end)
    if agent is not None and not attribution.person and _PASSIVE_BACK_REFERENCE_RE.fullmatch(match.group("name").strip()):
        # (q26) '"…." This was said by Ann Lee, the shop steward.': a passive verb's agent after "by" is the speaker
        # (review q26 M1) the person named straight after "by" ("the", a title at most), not one named further on
        opening = _AGENT_OPENING_RE.match(text, agent.end(), after.end)
        name_start = opening.start("name") if opening and opening.group("name") else opening.end() if opening else -1
        agent_end = _clause_end(text, Span(opening.end(), after.end)) if opening else -1
        stop = _AGENT_END_RE.search(text, agent.end(), agent_end) if opening else None
        by_whom = resolve_speaker(speakers, Span(agent.end(), stop.start() if stop else agent_end), span.start, first=True)
        by_name = by_whom.speaker_span
        if (
            by_whom.person
            and opening
            and by_name is not None
            and name_start <= by_name.start <= opening.end()
            and not _POSSESSIVE_RE.match(text, by_name.end)
        ):
            return by_whom, match.group("verb")
    return attribution, match.group("verb")


def _person_after_quote(speakers: Speakers, span: Span, after: Span) -> tuple[Attribution, str | None] | None:
    """'„…”, Elena Sirbu specified.': a person's verb that attributes a quote only in this shape."""
    text = speakers.text
    match = _PERSON_AFTER_QUOTE_RE.match(text, after.start, after.end)
    if not match or not _COMMA_AT_CLOSE_RE.search(text, max(span.start, after.start - 3), after.start + 1):
        return None
    group = "who" if match.group("who") else "who_after"
    who = Span(match.start(group), match.end(group))
    if who.of(text).split()[0].casefold() in _DOCUMENT_PARTS:
        return None  # "Article Four specified": a document's part, no person
    pronoun = who.of(text).casefold() in ("he", "she")
    attribution = resolve_speaker(speakers, Span(match.start(), match.end()) if pronoun else who, span.start, first=True)
    # the name there, a courtesy title before it at most ("Ms. Petrescu specified")
    named_there = pronoun or (
        attribution.speaker_span is not None
        and who.start <= attribution.speaker_span.start < attribution.speaker_span.end <= who.end
    )
    if not attribution.person or not named_there:
        return None
    return attribution, match.group("verb") or match.group("verb_first")


def _same_sentence_before(speakers: Speakers, span: Span, before: Span, kind: str) -> tuple[Attribution, str | None, str] | None:
    text = speakers.text
    intro = _introduction(text, before)
    if intro:
        who, verb, end = intro
        if verb and _CLOSED_QUOTE_BEFORE_RE.search(text, before.start, verb[0]):
            # «…», explains Ann Lee, «…»: the second half of a quote split around its attribution
            inverted = resolve_speaker(speakers, Span(verb[1], end), span.start, first=True)
            if inverted.person:
                return inverted, text[verb[0] : verb[1]], "the second half of a quote split around its attribution"
        attribution = resolve_speaker(speakers, who, span.start)
        if not attribution.person and not _found(attribution) and verb:  # "said chief executive Ann Lee:"
            attribution = resolve_speaker(speakers, Span(verb[1], end), span.start, first=True)
        if not attribution.person and not _found(attribution):
            attribution = resolve_speaker(speakers, Span(who.start, end), span.start)
        if not attribution.person and not _found(attribution) and verb and text[verb[0] : verb[1]].casefold() in _PARTICIPLES:
            # "X apologised for the recall, saying, "…"": the clause hangs on the sentence, whose subject speaks
            subject = Span(before.start, min(before.end, before.start + SUBJECT_REACH))
            said = resolve_speaker(speakers, Span(subject.start, _clause_end(text, subject)), span.start, first=True)
            if said.speaker:
                return said, text[verb[0] : verb[1]], f"{SAME_SENTENCE_BEFORE}: the subject of its sentence"
        return attribution, text[verb[0] : verb[1]] if verb else None, SAME_SENTENCE_BEFORE
    according = _ACCORDING_BEFORE_RE.search(text, before.start, before.end)
    if according:
        attribution = resolve_speaker(speakers, Span(according.start(1), according.end(1)), span.start)
        if attribution.speaker is None:
            # "according to the company's boss, Ann Lee, …": the name set off after the words is the speaker's
            named = speakers.person_in(Span(according.end(), min(according.end() + 60, before.end)), True)
            if named and not text[according.end() : named[1].start].strip():
                attribution = Attribution(named[0], named[1].of(text), "named after the words", named[1], person=True)
        return attribution, "according to", "according to"
    if kind == "partial":
        verbs = list(_A_VERB_RE.finditer(text[before.start : before.end]))
        if verbs:  # a fragment quoted inside reported speech: the reporting clause's subject said it
            subject = Span(before.start, before.start + verbs[-1].start())
            if _CLOSED_QUOTE_BEFORE_RE.search(text, subject.start, subject.end):
                # a quote split around its attribution ("…," said Ann Lee, chair of the club, "and …"): the
                # reporting verb's subject follows it, and the second half is the same person's
                inverted = resolve_speaker(speakers, Span(before.start + verbs[-1].end(), before.end), span.start, first=True)
                if inverted.person:
                    return inverted, verbs[-1].group(1), "the second half of a quote split around its attribution"
            return resolve_speaker(speakers, subject, span.start), verbs[-1].group(1), "fragment inside reported speech"
        # no speech verb ("The manager put the cost at "a mid double-digit sum""): the sentence's subject, a person
        subject = Span(before.start, min(before.end, before.start + SUBJECT_REACH))
        attribution = resolve_speaker(speakers, Span(subject.start, _clause_end(text, subject)), span.start, first=True)
        if attribution.speaker:
            return attribution, None, NO_VERB_FRAGMENT
    return None


NO_VERB_FRAGMENT = "fragment in a sentence about its speaker"  # words in marks, no speech verb: the subject's
SAME_SENTENCE_BEFORE = "the same sentence, before the quote"  # a reporting clause of its own sentence
SAME_SENTENCE_AFTER = "the same sentence, after the quote"


def _clause_end(text: str, span: Span) -> int:
    """Where the first clause of a span ends: its first comma (or the span's end)."""
    comma = text.find(",", span.start, span.end)
    return comma if comma >= 0 else span.end


def _introduction(text: str, before: Span) -> tuple[Span, tuple[int, int] | None, int] | None:
    """The clause introducing a quote at the end of the words before it, `X said:`/`X told us,`/`X:`:
    (its subject, the verb's span, the end of the clause). Read backwards from the comma or colon
    over a bounded stretch of text, never by trying every start."""
    tail = text[before.start : before.end].rstrip()
    if not tail.endswith(_INTRODUCING):
        return None
    end = before.start + len(tail)
    stops = list(_NOT_INTRO_RE.finditer(text, max(before.start, end - 1 - INTRO_TAIL - INTRO_WHO - 40), end - 1))
    limit = stops[-1].end() if stops else max(before.start, end - 1 - INTRO_TAIL - INTRO_WHO - 40)
    verbs = [
        m
        for m in _INTRO_VERB_RE.finditer(text, max(limit, end - 1 - INTRO_TAIL - 40), end - 1)
        if end - 1 - m.end() <= INTRO_TAIL
    ]
    if verbs:
        verb = verbs[0]
        who_end = verb.start()
        while who_end > limit and text[who_end - 1].isspace():
            who_end -= 1
        return Span(max(limit, who_end - INTRO_WHO), who_end), (verb.start(), verb.end()), end
    if tail.endswith(_INTRODUCING[1:]):  # "X:", "X was emphatic —": the words before name the speaker
        colon_stops = [m for m in stops if m.end() >= end - 1 - COLON_WHO]
        start = colon_stops[-1].end() if colon_stops else max(before.start, end - 1 - COLON_WHO)
        return Span(start, end - 1), None, end
    return None


def _clause_before(
    speakers: Speakers, paragraph: _Paragraph, previous: _Paragraph | None, sentence: Span, quote: QuotedSpan
) -> tuple[Attribution, str | None, str] | None:
    """The writer's words just before a quote that stands alone: `Lee said.`, `said Lee.`,
    a paragraph ending in a colon, or a reporting clause earlier in the paragraph."""
    text = speakers.text
    if sentence.start > paragraph.span.start:  # an earlier sentence of the same paragraph
        region = Span(max(paragraph.span.start, sentence.start - WINDOW), sentence.start)
        how = "a reporting clause earlier in the paragraph"
    elif previous is not None and _opens_its_paragraph(text, quote, paragraph.span):
        region = Span(max(previous.span.start, previous.span.end - WINDOW), previous.span.end)
        region = Span(max(region.start, _last_stop(text, region.start, region.end - 1)), region.end)  # its last sentence
        how = "introduced by the paragraph before"
    else:
        return None
    verbs = [m for m in _VERB_RE.finditer(text, region.start, region.end) if not speakers.inside_quote(m.start())]
    if not verbs:
        if text[region.start : region.end].rstrip().endswith(":"):
            attribution = resolve_speaker(speakers, region, quote.span.start)
            return attribution, None, how
        if how == "introduced by the paragraph before":
            # "Lee set out the case at length." then a paragraph of quote alone: the one person named
            names = {m.name for m in speakers.mentions_in(region) if not speakers.inside_quote(m.span.start)}
            if len(names) == 1:
                name = names.pop()
                return Attribution(name, name, "the one person it names", person=True), None, how
        return None
    verb = verbs[-1]
    clause_start = max(region.start, _last_stop(text, region.start, verb.start()))
    clause_end = _next_end(text, verb.end(), region.end)
    if speakers.others_quoted_between(verb.end(), quote.span.start):
        return None  # a quote in between has its own speaker
    attribution = resolve_speaker(speakers, Span(clause_start, verb.start()), quote.span.start)
    if not attribution.person:
        after_verb = Span(verb.end(), clause_end)
        if _AGENT_AFTER_RE.match(text, verb.end()):
            # "Asked by the convener why …, he reached for …": the asker is no speaker; the subject after the comma is
            comma = text.find(",", verb.end(), clause_end)
            after_verb = Span(comma + 1 if comma >= 0 else clause_end, clause_end)
        after = resolve_speaker(speakers, after_verb, quote.span.start, first=True)
        if after.person or _found(after):
            attribution = after
    if attribution.speaker and speakers.others_named(clause_end, quote.span.start, attribution.speaker):
        return None
    return attribution, verb.group(1), how


def _last_stop(text: str, start: int, end: int) -> int:
    stops = [m.end() for m in _STOP_RE.finditer(text, start, end)]
    return stops[-1] if stops else start


def _next_end(text: str, start: int, end: int) -> int:
    match = _END_RE.search(text, start, end)
    return match.start() if match else end


def _signed_below(speakers: Speakers, blocks: list[_Paragraph], position: int, quote: QuotedSpan) -> Step | None:
    """A quote that is its whole paragraph, signed on the line below with a dash and a name (a pull
    quote or an epigraph: `"…"` then `— Ann Lee, 2019`): the name's."""
    text = speakers.text
    paragraph = blocks[position].span
    if position + 1 >= len(blocks) or text[_past_closing_mark(text, quote.span, paragraph.end) : paragraph.end].strip():
        return None
    signature = _SIGNATURE_LINE_RE.fullmatch(text, blocks[position + 1].span.start, blocks[position + 1].span.end)
    if signature is None:
        return None
    attribution = resolve_speaker(speakers, Span(signature.start("name"), signature.end("name")), quote.span.start, first=True)
    return (attribution, None, "signed on the line below") if attribution.speaker else None


def _signed_after(speakers: Speakers, paragraph: Span, quote: QuotedSpan) -> Step | None:
    """A quote signed after its close with a dash and a person's name alone, ending the sentence
    („Our cod has a name“ – Ann Lee.): that person's, where the name is one the article gives a person."""
    text = speakers.text
    signature = _SIGNED_AFTER_RE.match(text, _past_closing_mark(text, quote.span, paragraph.end), paragraph.end)
    if signature is None:
        return None
    attribution = resolve_speaker(speakers, Span(signature.start("name"), signature.end("name")), quote.span.start, first=True)
    return (attribution, None, "signed after a dash") if attribution.speaker and attribution.speaker_span else None


def _named_just_after(speakers: Speakers, blocks: list[_Paragraph], position: int, quote: QuotedSpan) -> Step | None:
    """A paragraph that opens with a quote standing alone, and whose next sentence names one
    person (`"…." That was the verdict of Ann Lee, an analyst.`): that person said it. Only that
    sentence of the same paragraph is read, and not when it introduces a quote of its own. A quote
    that is its whole paragraph: the next paragraph's first sentence, where it opens by looking back
    at the quote ("That was how Ann Lee described the deal.")."""
    text = speakers.text
    paragraph = blocks[position]
    after_quote = _past_closing_mark(text, quote.span, paragraph.span.end)
    if quote.continued or not _opens_its_paragraph(text, quote, paragraph.span):
        return None
    name_next = None  # where the name must start ("So says Ann Lee"), after a back reference that wants it next
    if after_quote >= paragraph.span.end or not text[after_quote : paragraph.span.end].strip():
        if position + 1 >= len(blocks):
            return None
        naming_next = _BACK_REFERENCE_NAMING_NEXT_RE.match(text, blocks[position + 1].span.start)
        if naming_next:
            name_next = naming_next.end()
        elif not _BACK_REFERENCE_RE.match(text, blocks[position + 1].span.start):
            return None
        after_quote = blocks[position + 1].span.start
        paragraph = blocks[position + 1]
    region = Span(after_quote, _next_end(text, after_quote + 1, min(paragraph.span.end, after_quote + WINDOW)))
    if speakers.others_quoted_between(region.start, region.end) or text[region.end : region.end + 1] == ":":
        return None
    mentions = [mention for mention in speakers.mentions_in(region) if not speakers.inside_quote(mention.span.start)]
    names = {mention.name for mention in mentions}
    if len(names) != 1 or (name_next is not None and mentions[0].span.start != name_next):
        return None
    name = names.pop()
    return Attribution(name, name, "named", person=True), None, "named in the sentence just after the quote"


_CARRIED = "continues the quote before it"


def _going_on(
    speakers: Speakers, quote: QuotedSpan, kind: str, position: int, previous_quote: tuple[QuoteFound, int] | None
) -> Step | None:
    """The speaker of the quote before: a paragraph going on with it, or a follow-on quote in the same
    or the next paragraph while nobody else is named in between."""
    if previous_quote is None:
        return None
    earlier, earlier_position = previous_quote
    if quote.continued and earlier_position == position - 1:
        return (
            Attribution(earlier.speaker, earlier.speaker_as_written, earlier.resolution, source=earlier.source),
            earlier.cue,
            "a paragraph going on with the quote before it",
        )
    if (
        kind == "direct"
        and position - earlier_position <= 1
        and not speakers.others_named(earlier.span.end, quote.span.start, earlier.speaker or "")
    ):
        return (
            Attribution(earlier.speaker, earlier.speaker_as_written, earlier.resolution, source=earlier.source),
            earlier.cue,
            _CARRIED,
        )
    return None


def _speaker_chain(
    speakers: Speakers,
    blocks: list[_Paragraph],
    position: int,
    sentence: Span,
    quote: QuotedSpan,
    kind: str,
    before: Span,
    after: Span,
    previous_quote: tuple[QuoteFound, int] | None,
) -> Step | None:
    """The first step of the chain that names someone (or a body that is not a person); else the
    first words in a speaker's place, naming nobody known; else None."""
    span, paragraph = quote.span, blocks[position]
    after_found = _same_sentence_after(speakers, span, after)
    alone = not speakers.text[before.start : before.end].strip() and after_found is None  # its own sentence names nobody
    # a fragment in a sentence with no speech verb ("Sales were "better than last year's"") after a
    # reporting clause earlier in its paragraph: that clause's speaker
    unreported = kind == "partial" and after_found is None and not _VERB_RE.search(speakers.text, before.start, before.end)
    steps: list[Callable[[], Step | None]] = [
        lambda: (after_found[0], after_found[1], SAME_SENTENCE_AFTER) if after_found else None,
        lambda: _same_sentence_before(speakers, span, before, kind),
        lambda: _signed_below(speakers, blocks, position, quote) if alone and kind == "direct" else None,
        lambda: _signed_after(speakers, paragraph.span, quote) if alone and kind == "direct" else None,
        lambda: _named_just_after(speakers, blocks, position, quote) if alone and kind == "direct" else None,
        lambda: _going_on(speakers, quote, kind, position, previous_quote) if alone else None,
        lambda: (
            _clause_before(speakers, paragraph, blocks[position - 1] if position else None, sentence, quote)
            if alone or unreported
            else None
        ),
    ]
    steps.append(lambda: _incise(speakers, span))
    unresolved: Step | None = None
    for step in steps:
        found = step()
        if found is not None and _found(found[0]):
            return found
        unresolved = unresolved or found
    return unresolved


def _incise(speakers: Speakers, span: Span) -> Step | None:
    """The speaker an attribution set inside the quote's marks names (the last step: the words
    around the quote come first)."""
    incise = _INCISE_RE.search(speakers.text, span.start, span.end)
    if incise is None:
        return None
    group = "pronoun" if incise.group("pronoun") else "who" if incise.group("who") else "who_after"
    who = Span(incise.start(group), incise.end(group))
    return resolve_speaker(speakers, who, span.start, first=True), None, "an attribution inside the quote's marks"


_FUNCTION_WORDS = frozenset(words("quotes", "function_words")) | frozenset(words("quotes", "title_small_words"))


def is_title(words_quoted: str) -> bool:
    """Words in title case, three or more of them, with no sentence stop: a title or a name
    ("Meters That Think For You", "Plan for Every Home by 2030"), which names something, says nothing."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", words_quoted)
    if len(tokens) < 3 or re.search(r"[.!?;,]", words_quoted):
        return False
    return tokens[0][0].isupper() and all(t[0].isupper() for t in tokens if t.casefold() not in _FUNCTION_WORDS)


# A headline's cue right before the opening mark, a date after it or not, a bracket or not ("your article "...",
# "your report of 26 May ("...")", "headlined "..."")
_HEADLINE_BEFORE_RE = re.compile(
    rf"(?<![\w-]){alternation(words('quotes', 'headline_cues'))}(?:[ \t]+(?:of|on|dated)[ \t]+[^()\"“”\n]{{1,25}}?)?[ \t]*\(?[ \t]*\Z",
    re.IGNORECASE,
)
# ... not after a verb of speech or judgement a few words before the cue ("called the report "Misleading and wrong"")
_JUDGED_PIECE_BEFORE_RE = re.compile(
    rf"(?<![\w-]){alternation(words('quotes', 'verbs_judging_a_piece'))}[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?"
    rf"{alternation(words('quotes', 'headline_cues'))}[ \t]*\(?[ \t]*\Z",
    re.IGNORECASE,
)
# A reference list's line up to a title's opening mark: its number ("1.", "[4]", "^", "*"), and an author and a
# date in brackets or not ("Pierre, Ana (12 March 2019). ")
_REFERENCE_LINE_BEFORE_RE = re.compile(
    r"[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\]|\^|[*•])[ \t]+(?:[^\"“\n()]{1,120}\([^()\n]{0,40}\d{4}[^()\n]{0,40}\)[.,]?[ \t]+)?\Z"
)
# ... and after its closing mark the publisher's part: a stop or a comma and more words, or a format in brackets
_REFERENCE_AFTER_RE = re.compile(r"(?:[.,][ \t]+[^\s\"“]|[ \t]*\([A-Za-z]{2,5}\))")
_REFERENCE_REACH = 200  # characters of a reference line before its title


def cited_title(text: str, span: Span, closing: int, before_words: str) -> bool:
    """A title in double quotes that a citation names: a reference list's line ("1. Pierre, Ana (2019). "Title".
    Publisher.") or a headline after a word naming a published piece ("your article "Title" of 12 May"). The
    words end in no sentence stop: a quote ends its sentence inside its marks."""
    words_quoted = span.of(text).rstrip()
    if not words_quoted or words_quoted[-1] in ".!?,;:" or not words_quoted[0].isupper():
        return False
    if _HEADLINE_BEFORE_RE.search(before_words[-80:]) and (
        not _JUDGED_PIECE_BEFORE_RE.search(before_words[-80:]) or _title_cased(words_quoted)
    ):
        return True  # (review l36) 'said the article "Salmon Wars"': a headline in title case even after a verb
    opening = max(span.start - 1, 0)
    line_start = max(text.rfind("\n", 0, opening) + 1, opening - _REFERENCE_REACH)
    if not (_REFERENCE_LINE_BEFORE_RE.match(text, line_start, opening) and _REFERENCE_AFTER_RE.match(text, closing)):
        return False
    # (review of the fix passes, M1) a speech verb after it on its line ('• "Prices will fall", Ann Lee said.'): a
    # bulleted quote with its comma outside the marks, no citation (a publisher's part names no one speaking)
    line_end = text.find("\n", closing, closing + _REFERENCE_REACH)
    return SPEECH_VERB_RE.search(text, closing, line_end if line_end >= 0 else min(len(text), closing + _REFERENCE_REACH)) is None


_LONG_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _title_cased(words_quoted: str) -> bool:
    """(review l36) Quoted words in title case: two words of four letters or more, every one capitalised ("Salmon
    Wars"), as a headline is printed; a judgement's words have lower-case ones ("Unfair and badly sourced")."""
    long_words = _LONG_WORD_RE.findall(words_quoted)
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


def _speaker_only_carried(quote: QuoteFound) -> bool:
    """No speaker found for a quote, or only the one of a quote before it carried on."""
    return (quote.speaker is None and quote.source is None) or quote.resolution.startswith(_CARRIED)


def find_direct(text: str, paragraphs: list[Span], speakers: Speakers, spans: list[QuotedSpan]) -> list[QuoteFound]:
    """Direct and partial quotes for the quoted spans, each with its speaker."""
    quotes: list[QuoteFound] = []
    blocks = [_Paragraph(text, paragraph, index) for index, paragraph in enumerate(paragraphs)]
    starts = [p.start for p in paragraphs]
    previous_quote: tuple[QuoteFound, int] | None = None  # the last quote with a speaker, and its paragraph
    for quote in spans:
        span = quote.span
        position = max(0, bisect.bisect_right(starts, span.start - 1) - 1)
        paragraph = blocks[position]
        sentence = paragraph.sentence_around(span)
        mark = span.start - 1
        while mark > sentence.start and text[mark].isspace():  # "« Oui »": a spaced guillemet
            mark -= 1
        before = Span(max(sentence.start, mark - WINDOW), max(sentence.start, mark))
        if _BLOCK_MARKER_RE.fullmatch(text, before.start, before.end):
            before = Span(before.end, before.end)  # a block quote's "> " (a pull quote): no writer's words
        after_start = _past_closing_mark(text, span, sentence.end)
        after = Span(after_start, max(after_start, min(sentence.end, span.end + 1 + WINDOW)))
        before_words = before.of(text)
        partial = (bool(before_words.strip()) and not _INTRODUCED_RE.search(before_words)) or (
            text[span.start : span.start + 1].islower() and bool(before_words.strip())
        )
        kind = "partial" if partial else "direct"
        if (kind == "partial" or before_words.rstrip().endswith(",")) and is_title(span.of(text)):
            continue  # a work's title in marks ("Heat for All by 2030", "a study, "Ports at Risk", found"), not anyone's words
        if text[span.start - 1 : span.start] in '"“' and cited_title(text, span, after_start, before_words):
            continue  # a cited title ("1. Pierre, Ana (2019). "Title". Publisher."; "your article "Title" of 12 May")
        chosen = _speaker_chain(speakers, blocks, position, sentence, quote, kind, before, after, previous_quote)
        attribution, cue, step = chosen or (Attribution(None, None, "no speaker found"), None, "")
        resolution = f"{step}: {attribution.how}" if step else attribution.how
        found = QuoteFound(
            kind,
            span,
            cue,
            attribution.speaker,
            attribution.as_written,
            resolution,
            attribution.source if attribution.speaker is None else None,
            attribution.speaker_span,
        )
        if quote.continued and found.speaker and quotes and _speaker_only_carried(quotes[-1]):
            # a quote running over paragraphs, its first paragraph left open ("…the town gets told.\n\n"I
            # don't blame them," she says.): the words go on, so does the speaker they end by naming
            opening = quotes[-1]
            quotes[-1] = replace(
                opening,
                cue=opening.cue or found.cue,
                speaker=found.speaker,
                speaker_as_written=found.speaker_as_written,
                resolution=f"the paragraph going on with the quote names its speaker: {found.resolution}",
            )
        quotes.append(found)
        if attribution.speaker_span is not None and attribution.speaker:
            speakers.name(attribution.speaker_span.start, attribution.speaker)
        if found.speaker or found.source:
            previous_quote = (found, position)
        if found.speaker is None and attribution.source and (attribution.person or speakers.unnamed_person(attribution.source)):
            speakers.last_unnamed = max(sentence.end, span.end)
        if found.speaker:
            speakers.last_speaker = (max(sentence.end, span.end), found.speaker)
            if attribution.how.startswith("pronoun"):
                speakers.note_pronoun(found.speaker, attribution.as_written)
    return quotes
