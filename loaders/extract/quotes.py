"""Quotes: direct, partial and indirect, with the speaker as written and how
it was resolved. A pure function of one article's text, its prose
paragraphs and the people found in it.

- direct: a quoted whole sentence or more ("We got the pricing wrong," she said.)
- partial: a quoted fragment inside the writer's sentence (it wouldn't make "a single dime in profits.")
- indirect: reported speech ("X said that ...", "X said the ...", "according to X, ...")

Quote marks: curly and straight, double and single (British style, told apart
from apostrophes), mixed in one article. A quote may run over paragraphs
(an unclosed paragraph continued by one that opens with a quote mark); an
unbalanced mark is dropped, never allowed to swallow the rest of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.cues import PERSONAL_PRONOUN_RE, PERSONAL_PRONOUNS, ROLE_WORDS, SPEECH_VERBS, normalise_role
from loaders.extract.types import EntityFindings
from loaders.segment import sentences
from loaders.spans import Span, trimmed

OPENERS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_SPEECH_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<pronoun>{PERSONAL_PRONOUNS})\s+(?:{SPEECH_VERBS})|(?:{SPEECH_VERBS})\s+(?P<pronoun2>he|she)\b"
    rf"|(?P<name>[^.!?;“”\"]{{0,80}}?)\s+(?P<verb>{SPEECH_VERBS}))",
    re.IGNORECASE,
)
_INTRO_BEFORE_RE = re.compile(rf"(?P<who>[^.!?“”\"]{{0,120}}?)\s*\b(?P<verb>{SPEECH_VERBS}|say|to say|asked)\b[^.!?“”\"]{{0,60}}[,:]\s*$", re.IGNORECASE)
_COLON_INTRO_RE = re.compile(r"(?P<who>[^.!?“”\"]{0,160}):\s*$")
_INDIRECT_RE = re.compile(
    rf"(?P<verb>{SPEECH_VERBS})(?:\s+(?:on|in|at|during)\s+[^,]{{0,40}}?(?=\s+that\b))?(?:,\s+adding)?\s+(?:that\s+)?(?P<clause>.+?)[.!?]?$",
    re.IGNORECASE,
)
_ACCORDING_RE = re.compile(r"^(?P<lead>(?:[A-Z]\w*\s+)?according to (?P<who>[^,]{2,80}),\s+)(?P<clause>.+?)[.!?]?$", re.IGNORECASE)
_ADDING_RE = re.compile(r",?\s+adding(?:\s+that)?\s+(?P<clause>[^“”\"]+?)[.!?]?$", re.IGNORECASE)


@dataclass(frozen=True)
class QuoteFound:
    kind: str  # direct, partial, indirect
    span: Span  # the quoted words (inside the marks) or the reported clause
    cue: str | None  # the speech verb
    speaker: str | None  # canonical person name, when known
    speaker_as_written: str | None  # "he", "Xiaomi's VP", "Hugo Barra"
    resolution: str  # how the speaker was found, or why it is unknown
    source: str | None = None  # a non-person source: "analysts at Berenberg", "a person familiar with the matter"


def _is_opening(text: str, index: int) -> bool:
    char = text[index]
    if char in "“‘":
        return char == "“" or index == 0 or not text[index - 1].isalnum()
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _is_closing(text: str, index: int, mark: str) -> bool:
    if text[index] != mark:
        return False
    after = text[index + 1] if index + 1 < len(text) else " "
    before = text[index - 1] if index > 0 else " "
    if mark in "'’":  # not an apostrophe inside or at the end of a word ("lender's", "companies'")
        return not after.isalnum() and not before.isspace() and (before in ".,!?;:…" or not after.isalpha())
    return not before.isspace()


def quoted_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    """Spans of quoted words (inside the marks), possibly running over paragraphs."""
    found: list[Span] = []
    pending: Span | None = None  # a quote left open at a paragraph's end
    for paragraph in paragraphs:
        index, end = paragraph.start, paragraph.end
        if pending and text[index] in OPENERS:  # the convention: a continued quote reopens
            index += 1
        elif pending:
            pending = None  # unbalanced: drop it, never swallow what follows
        start_inner = index if pending else None
        closer = OPENERS.get(text[pending.start - 1]) if pending else None
        while index < end:
            char = text[index]
            if start_inner is None and char in OPENERS and _is_opening(text, index):
                closer, start_inner = OPENERS[char], index + 1
            elif start_inner is not None and closer and _is_closing(text, index, closer):
                begin = pending.start if pending else start_inner
                span = trimmed(text, begin, index)
                if span.end > span.start and re.search(r"\w", span.of(text)):
                    found.append(span)
                start_inner, closer, pending = None, None, None
            index += 1
        if start_inner is not None and closer in "”\"":  # a double quote left open may continue
            pending = Span(pending.start if pending else start_inner, end)
        else:
            pending = None
    return found


def _sentence_around(text: str, paragraph: Span, span: Span) -> Span:
    """The writer's sentence holding a quote: from the last stop before it to the next stop after it."""
    head = text[paragraph.start : span.start]
    stops = [m.end() for m in re.finditer(r"[.!?…][”\"’']?\s+(?=[A-Z“\"‘'])", head)]
    start = paragraph.start + (stops[-1] if stops else 0)
    tail = re.search(r"[.!?](?=\s|$)", text[span.end + 1 : paragraph.end])
    end = span.end + 1 + tail.end() if tail else paragraph.end
    return Span(start, min(end, paragraph.end))


class _Speakers:
    """Who a stretch of text names as a speaker: a person, a pronoun, a role."""

    def __init__(self, text: str, entities: EntityFindings, all_roles: list[tuple[str, str, str | None]]):
        self.text = text
        self.people = [m for m in entities.mentions if m.kind == "person" and m.rule != "byline"]
        self.organisations = [m for m in entities.mentions if m.kind == "organisation"]
        self.roles = all_roles  # (person, title, organisation) from every article

    def in_span(self, span: Span) -> tuple[str, str] | None:
        people = [m for m in self.people if span.contains(m.span)]
        if people:
            mention = people[-1]
            return mention.name, mention.span.of(self.text)
        return None

    def last_before(self, position: int) -> str | None:
        earlier = [m for m in self.people if m.span.end <= position]
        return earlier[-1].name if earlier else None

    def by_role(self, words: str) -> tuple[str | None, str]:
        role = re.search(ROLE_WORDS, words, re.IGNORECASE)
        if not role:
            return None, "no person or role named"
        title = normalise_role(role.group(0))
        organisation = next((o.name for o in self.organisations if o.span.of(self.text) in words), None)
        holders = sorted({p for p, t, o in self.roles if (t == title or t.endswith(" " + title)) and (organisation is None or o == organisation)})
        if len(holders) == 1:
            return holders[0], f"role '{title}' held by one person in the data"
        if holders:
            return None, f"role '{title}' is held by {len(holders)} people: ambiguous"
        return None, f"role '{title}': no person holds it in the data"


def _resolve(speakers: _Speakers, who: Span, quote_start: int) -> tuple[str | None, str | None, str]:
    """(speaker, as written, how) for the words that introduce or follow a quote."""
    text = speakers.text
    named = speakers.in_span(who)
    if named:
        return named[0], named[1], "named"
    words = who.of(text)
    pronoun = PERSONAL_PRONOUN_RE.search(words)
    role = re.search(ROLE_WORDS, words, re.IGNORECASE)
    if role:
        person, how = speakers.by_role(words)
        as_written = words.strip(" ,:").split(" by ")[-1]
        return person, as_written, how
    if pronoun:
        person = speakers.last_before(quote_start)
        if person:
            return person, pronoun.group(1), f"pronoun '{pronoun.group(1)}' -> last person named before: {person}"
        return None, pronoun.group(1), f"pronoun '{pronoun.group(1)}' with no person named before"
    return None, words.strip() or None, "no person named"


def find_quotes(text: str, paragraphs: list[Span], entities: EntityFindings,
                all_roles: list[tuple[str, str, str | None]] = ()) -> list[QuoteFound]:
    speakers = _Speakers(text, entities, list(all_roles))
    quotes: list[QuoteFound] = []
    spans = quoted_spans(text, paragraphs)
    for span in spans:
        paragraph = next((p for p in paragraphs if p.start <= span.start - 1 < p.end), paragraphs[0])
        sentence = _sentence_around(text, paragraph, span)
        before = text[sentence.start : span.start - 1]
        after = text[span.end + 1 : sentence.end]
        inner = span.of(text)
        partial = bool(before.strip()) and not re.search(r"[,:]\s*$", before) or (inner[:1].islower() and bool(before.strip()))
        kind = "partial" if partial else "direct"
        speaker = as_written = None
        resolution, cue = "no speaker found", None
        match = _SPEECH_AFTER_RE.match(after)
        if match and (match.group("pronoun") or match.group("pronoun2")):
            cue = re.search(SPEECH_VERBS, match.group(0), re.IGNORECASE).group(0)
            offset = span.end + 1 + match.start()
            speaker, as_written, resolution = _resolve(speakers, Span(offset, span.end + 1 + match.end()), span.start)
        elif match and match.group("name") is not None:
            cue = match.group("verb")
            who = Span(span.end + 1 + match.start("name"), span.end + 1 + match.end("name"))
            speaker, as_written, resolution = _resolve(speakers, who, span.start)
        if speaker is None and (intro := _INTRO_BEFORE_RE.search(before) or _COLON_INTRO_RE.search(before)):
            who = Span(sentence.start + intro.start("who"), sentence.start + intro.end("who"))
            cue = intro.groupdict().get("verb") or cue
            speaker, as_written, resolution = _resolve(speakers, Span(who.start, sentence.start + intro.end()), span.start)
        if speaker is None and not before.strip() and paragraph.start == span.start - 1:
            # The words stand alone: the paragraph before introduces them ("X told Y:").
            previous = [p for p in paragraphs if p.end <= paragraph.start]
            if previous and text[previous[-1].start : previous[-1].end].rstrip().endswith(":"):
                intro_span = previous[-1]
                cue_match = re.search(rf"\b({SPEECH_VERBS}|say)\b", intro_span.of(text), re.IGNORECASE)
                cue = cue_match.group(1) if cue_match else cue
                speaker, as_written, resolution = _resolve(speakers, intro_span, span.start)
                resolution = f"introduced by the paragraph before: {resolution}"
        if speaker is None and (according := re.search(r"according to ([^,]+),", before, re.IGNORECASE)):
            who = Span(sentence.start + according.start(1), sentence.start + according.end(1))
            speaker, as_written, resolution = _resolve(speakers, who, span.start)
            cue = "according to"
        if speaker is None and kind == "partial" and (verb := list(re.finditer(rf"\b({SPEECH_VERBS})\b", before, re.IGNORECASE))):
            # A fragment quoted inside reported speech: the reporting clause's subject said it.
            subject = Span(sentence.start, sentence.start + verb[-1].start())
            speaker, as_written, resolution = _resolve(speakers, subject, span.start)
            cue = verb[-1].group(1)
            resolution = f"fragment inside reported speech: {resolution}"
        if speaker is None and quotes and quotes[-1].speaker and not before.strip() and not after.strip(" .") \
                and 0 <= span.start - quotes[-1].span.end <= 160:
            previous = quotes[-1]  # a quote that goes straight on from an attributed one
            speaker, as_written, cue = previous.speaker, previous.speaker_as_written, previous.cue
            resolution = f"continues the quote before it: {previous.resolution}"
        quotes.append(QuoteFound(kind, span, cue, speaker, as_written, resolution))
    quotes.extend(_indirect(text, paragraphs, speakers, spans))
    return sorted(quotes, key=lambda q: (q.span, q.kind))


def _indirect(text: str, paragraphs: list[Span], speakers: _Speakers, quoted: list[Span]) -> list[QuoteFound]:
    """Reported speech: 'X said (that) ...', 'X, adding that ...', 'according to X, ...'."""
    found = []
    for paragraph in paragraphs:
        for sentence in sentences(text, paragraph):
            words = sentence.of(text)
            according = _ACCORDING_RE.match(words)
            if according and not re.search(r"\breport(?:ed|s)?\b|\bdata\b|\bfigures?\b|\bsurvey\b|\bestimates?\b", according.group("who"), re.IGNORECASE):
                clause = _clause_span(text, sentence.start + according.start("clause"), sentence.start + according.end("clause"), quoted)
                if clause:
                    who = Span(sentence.start + according.start("who"), sentence.start + according.end("who"))
                    speaker, as_written, how = _resolve(speakers, who, who.start)
                    source = None if speaker else who.of(text)
                    found.append(QuoteFound("indirect", clause, "according to", speaker, as_written,
                                            how if speaker else f"source is not a person: {who.of(text)}", source))
                continue
            for match in re.finditer(rf"\b(?:{SPEECH_VERBS})\b", words, re.IGNORECASE):
                verb = match.group(0).lower()
                if verb in {"expects", "expected", "estimates", "estimated", "believes", "believed", "went", "announced", "says", "say"}:
                    continue
                subject = Span(sentence.start, sentence.start + match.start())
                rest = words[match.start():]
                clause_match = _INDIRECT_RE.match(rest)
                if not clause_match or re.match(r"[^,]*,?\s*[“\"‘]", rest[len(verb):]) or re.match(r"\s*[,:]", rest[len(verb):]):
                    continue  # a direct quote follows, or no clause
                clause_text = clause_match.group("clause")
                if len(clause_text.split()) < 4:
                    continue  # "he said so": no reported clause
                start = sentence.start + match.start() + clause_match.start("clause")
                adding = _ADDING_RE.search(words)
                clause = _clause_span(text, start, sentence.start + match.start() + clause_match.end("clause"), quoted)
                who_words = subject.of(text)
                if not clause or not (PERSONAL_PRONOUN_RE.search(who_words[-60:]) or re.search(r"[A-Z]", who_words[-60:])):
                    continue
                who = Span(max(subject.start, subject.end - 60), subject.end)
                speaker, as_written, how = _resolve(speakers, who, subject.end)
                if speaker is None and as_written and not PERSONAL_PRONOUN_RE.search(as_written):
                    continue  # "the company said", "Reuters reports": not a person's speech
                found.append(QuoteFound("indirect", clause, verb, speaker, as_written, how))
                if adding and adding.start() > match.start():
                    extra = _clause_span(text, sentence.start + adding.start("clause"), sentence.start + adding.end("clause"), quoted)
                    if extra and extra != clause:
                        found.append(QuoteFound("indirect", extra, "adding", speaker, as_written, how))
                break
    # A clause that contains "adding that" ends before it.
    return [_without_adding(text, quote) for quote in found]


def _without_adding(text: str, quote: QuoteFound) -> QuoteFound:
    cut = re.search(r",?\s+adding\b", quote.span.of(text))
    if cut and quote.cue != "adding":
        return QuoteFound(quote.kind, trimmed(text, quote.span.start, quote.span.start + cut.start()), quote.cue,
                          quote.speaker, quote.speaker_as_written, quote.resolution, quote.source)
    return quote


def _clause_span(text: str, start: int, end: int, quoted: list[Span]) -> Span | None:
    span = trimmed(text, start, end)
    while span.end > span.start and text[span.end - 1] in ".!?":
        span = Span(span.start, span.end - 1)
    if span.end - span.start < 12 or any(q.contains(span) for q in quoted):
        return None
    return span
