"""Indirect quotes: reported speech ("X said (that) ...", "X, adding that ...",
"according to X, ..."), with the speaker or, for a source that is not a
person, the source as written."""
from __future__ import annotations

import re

from loaders.extract.cues import PERSONAL_PRONOUN_RE, SPEECH_VERBS
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.speakers import Speakers, resolve_speaker
from loaders.segment import sentences
from loaders.spans import Span, trimmed
from loaders.vocab import alternation, words

_ACCORDING = alternation(words("quotes", "according_to"))
_ADDING = alternation(words("quotes", "adding"))
_INDIRECT_RE = re.compile(
    rf"(?P<verb>{SPEECH_VERBS})(?:\s+(?:on|in|at|during)\s+[^,]{{0,40}}?(?=\s+that\b))?(?:,\s+{_ADDING})?\s+(?:that\s+)?(?P<clause>.+?)[.!?]?$",
    re.IGNORECASE,
)
_ACCORDING_RE = re.compile(rf"^(?P<lead>(?:[A-Z]\w*\s+)?{_ACCORDING} (?P<who>[^,]{{2,80}}),\s+)(?P<clause>.+?)[.!?]?$", re.IGNORECASE)
_ADDING_RE = re.compile(rf",?\s+{_ADDING}(?:\s+that)?\s+(?P<clause>[^“”\"]+?)[.!?]?$", re.IGNORECASE)
_ADDING_CUT_RE = re.compile(rf",?\s+{_ADDING}\b")
_DOCUMENT_SOURCE_RE = re.compile("|".join(rf"\b{pattern}\b" for pattern in words("quotes", "document_sources")), re.IGNORECASE)
_NOT_REPORTING = frozenset(words("quotes", "not_reporting_verbs"))


def find_indirect(text: str, paragraphs: list[Span], speakers: Speakers, quoted: list[Span]) -> list[QuoteFound]:
    """Reported speech: 'X said (that) ...', 'X, adding that ...', 'according to X, ...'."""
    found = []
    for paragraph in paragraphs:
        for sentence in sentences(text, paragraph):
            words = sentence.of(text)
            according = _ACCORDING_RE.match(words)
            if according and not _DOCUMENT_SOURCE_RE.search(according.group("who")):
                clause = _clause_span(text, sentence.start + according.start("clause"), sentence.start + according.end("clause"), quoted)
                if clause:
                    who = Span(sentence.start + according.start("who"), sentence.start + according.end("who"))
                    said = resolve_speaker(speakers, who, who.start)
                    source = None if said.speaker else who.of(text)
                    found.append(QuoteFound("indirect", clause, "according to", said.speaker, said.as_written,
                                            said.how if said.speaker else f"source is not a person: {who.of(text)}", source,
                                            said.speaker_span if said.speaker else None))
                continue
            for match in re.finditer(rf"\b(?:{SPEECH_VERBS})\b", words, re.IGNORECASE):
                verb = match.group(0).lower()
                if verb in _NOT_REPORTING:
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
                said = resolve_speaker(speakers, who, subject.end)
                speaker, as_written, how = said.speaker, said.as_written, said.how
                if speaker is None and as_written and not PERSONAL_PRONOUN_RE.search(as_written):
                    continue  # "the company said", "Reuters reports": not a person's speech
                found.append(QuoteFound("indirect", clause, verb, speaker, as_written, how, None, said.speaker_span))
                if adding and adding.start() > match.start():
                    extra = _clause_span(text, sentence.start + adding.start("clause"), sentence.start + adding.end("clause"), quoted)
                    if extra and extra != clause:
                        found.append(QuoteFound("indirect", extra, "adding", speaker, as_written, how, None, said.speaker_span))
                break
    # A clause that contains "adding that" ends before it.
    return [_without_adding(text, quote) for quote in found]


def _without_adding(text: str, quote: QuoteFound) -> QuoteFound:
    cut = _ADDING_CUT_RE.search(quote.span.of(text))
    if cut and quote.cue != "adding":
        return QuoteFound(quote.kind, trimmed(text, quote.span.start, quote.span.start + cut.start()), quote.cue,
                          quote.speaker, quote.speaker_as_written, quote.resolution, quote.source, quote.speaker_span)
    return quote


def _clause_span(text: str, start: int, end: int, quoted: list[Span]) -> Span | None:
    span = trimmed(text, start, end)
    while span.end > span.start and text[span.end - 1] in ".!?":
        span = Span(span.start, span.end - 1)
    if span.end - span.start < 12 or any(q.contains(span) for q in quoted):
        return None
    return span
