"""Indirect quotes: reported speech ("X said (that) ...", "X, adding that ...",
"according to X, ..."), with the speaker or, for a source that is not a
person, the source as written."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from loaders.extract.cues import PERSONAL_PRONOUN_RE, SPEECH_VERBS
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.speakers import Speakers, resolve_speaker
from loaders.segment import sentences
from loaders.spans import Span, trimmed
from loaders.vocab import alternation, word_start_regex, words

_ACCORDING = alternation(words("quotes", "according_to"))
_ADDING = alternation(words("quotes", "adding"))
# The words between a speech verb and the clause it reports: "said (on Monday) (, adding) (that) …".
_INDIRECT_PREFIX_RE = re.compile(
    rf"(?P<verb>{SPEECH_VERBS})(?:\s+(?:on|in|at|during)\s+[^,]{{0,40}}?(?=\s+that\b))?(?:,\s+{_ADDING})?\s+(?:that\s+)?",
    re.IGNORECASE,
)
_ACCORDING_RE = re.compile(
    rf"^(?P<lead>(?:[A-Z]\w*\s+)?{_ACCORDING} (?P<who>[^,]{{2,80}}),\s+)(?P<clause>.+?)[.!?]?$", re.IGNORECASE
)
_ADDING_PREFIX_RE = re.compile(rf",?\s+{_ADDING}(?:\s+that)?\s+", re.IGNORECASE)
_ADDING_CUT_RE = re.compile(rf",?\s+{_ADDING}\b")
_COMMA_NEXT_RE = re.compile(r"\s*[,:]")
_QUOTE_MARK_RE = re.compile(r"[“\"‘「『]")  # (m15) and the corner brackets of pages translated from Chinese
_CLOSING_OR_OPENING_RE = re.compile(r"[“”\"]")
_NOUN_MARKER_RE = re.compile(rf"\b{alternation(words('quotes', 'noun_markers'))}\s+$", re.IGNORECASE)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$", re.IGNORECASE)
SUBJECT_WINDOW = 60  # a reporting verb's subject is read from the words just before it
_DOCUMENT_SOURCE_RE = re.compile("|".join(rf"\b{pattern}\b" for pattern in words("quotes", "document_sources")), re.IGNORECASE)
_NOT_REPORTING = frozenset(words("quotes", "not_reporting_verbs"))
_SPEECH_VERB_RE = word_start_regex(rf"\b{alternation(words('speech', 'verbs'))}\b", re.IGNORECASE)  # the SPEECH_VERBS


def find_indirect(
    text: str,
    paragraphs: list[Span],
    speakers: Speakers,
    quoted: list[Span],
    paragraph_sentences: Sequence[list[Span]] | None = None,
) -> list[QuoteFound]:
    """Reported speech: 'X said (that) ...', 'X, adding that ...', 'according to X, ...'. `paragraph_sentences`:
    each paragraph's sentences where the caller has them (the extraction's), else split here."""
    found = []
    if paragraph_sentences is None:
        paragraph_sentences = [sentences(text, paragraph) for paragraph in paragraphs]
    assert len(paragraph_sentences) == len(paragraphs), "one list of sentences a paragraph"
    for paragraph_of_sentences in paragraph_sentences:
        for sentence in paragraph_of_sentences:
            words = sentence.of(text)
            according = _ACCORDING_RE.match(words)
            if according and not _DOCUMENT_SOURCE_RE.search(according.group("who")):
                clause = _clause_span(
                    text, sentence.start + according.start("clause"), sentence.start + according.end("clause"), quoted
                )
                if clause:
                    who = Span(sentence.start + according.start("who"), sentence.start + according.end("who"))
                    said = resolve_speaker(speakers, who, who.start)
                    source = None if said.speaker else who.of(text)
                    found.append(
                        QuoteFound(
                            "indirect",
                            clause,
                            "according to",
                            said.speaker,
                            said.as_written,
                            said.how if said.speaker else f"source is not a person: {who.of(text)}",
                            source,
                            said.speaker_span if said.speaker else None,
                        )
                    )
                continue
            reported = _reported_speech(text, sentence, speakers, quoted)
            found.extend(reported)
    # A clause that contains "adding that" ends before it.
    return [_without_adding(text, quote) for quote in found]


class _Sentence:
    """Commas and quote marks of one sentence, found once and looked up by bisection."""

    def __init__(self, text: str, sentence: Span):
        self.text = text
        self.commas = [m.start() for m in re.finditer(",", text[sentence.start : sentence.end])]
        self.marks = [m.start() for m in _QUOTE_MARK_RE.finditer(text[sentence.start : sentence.end])]
        self.start = sentence.start

    def quote_follows(self, position: int) -> bool:
        """A quote mark after `position` before any comma, or after the first comma and white space: `said, “…`."""
        relative = position - self.start
        mark = bisect.bisect_left(self.marks, relative)
        if mark == len(self.marks):
            return False
        comma = bisect.bisect_left(self.commas, relative)
        if comma == len(self.commas) or self.marks[mark] < self.commas[comma]:
            return True
        return not self.text[self.start + self.commas[comma] + 1 : self.start + self.marks[mark]].strip()


def _reported_speech(text: str, sentence: Span, speakers: Speakers, quoted: list[Span]) -> list[QuoteFound]:
    """The first 'X said (that) …' of a sentence, and a clause after 'adding that' in it."""
    words_end = sentence.end
    clause_end = words_end - 1 if words_end > sentence.start and text[words_end - 1] in ".!?" else words_end
    line_break = text.rfind("\n", sentence.start, words_end)
    positions = _Sentence(text, sentence)
    for match in _SPEECH_VERB_RE.finditer(text[sentence.start : words_end]):
        verb = match.group(0).lower()
        if verb in _NOT_REPORTING:
            continue
        verb_start, verb_end = sentence.start + match.start(), sentence.start + match.end()
        if _NOUN_MARKER_RE.search(text, max(sentence.start, verb_start - 12), verb_start):
            continue  # "at claims that …": a noun, not a verb
        if _PASSIVE_BEFORE_RE.search(text, max(sentence.start, verb_start - 12), verb_start):
            continue  # "X and Y were told of the sale": the subject heard it, no one's speech is reported
        prefix = _INDIRECT_PREFIX_RE.match(text, verb_start, words_end)
        if (
            not prefix
            or prefix.end() >= clause_end
            or line_break >= prefix.end()
            or positions.quote_follows(verb_end)
            or _COMMA_NEXT_RE.match(text, verb_end, words_end)
        ):
            continue  # no clause, a direct quote follows, or a comma or colon introduces one
        start = prefix.end()
        if len(text[start : min(clause_end, start + 200)].split()) < 4:
            continue  # "he said so": no reported clause
        clause = _clause_span(text, start, clause_end, quoted)
        who = Span(max(sentence.start, verb_start - SUBJECT_WINDOW), verb_start)
        who_words = who.of(text)
        if not clause or not (PERSONAL_PRONOUN_RE.search(who_words) or re.search(r"[A-Z]", who_words)):
            continue
        said = resolve_speaker(speakers, who, verb_start)
        if said.speaker is None and said.as_written and not PERSONAL_PRONOUN_RE.search(said.as_written):
            continue  # "the company said", "Reuters reports": not a person's speech
        found = [QuoteFound("indirect", clause, verb, said.speaker, said.as_written, said.how, None, said.speaker_span)]
        marks = list(_CLOSING_OR_OPENING_RE.finditer(text, sentence.start, words_end))
        adding = _ADDING_PREFIX_RE.search(text, marks[-1].end() if marks else sentence.start, words_end)
        if adding and adding.start() > verb_start and adding.end() < clause_end:
            extra = _clause_span(text, adding.end(), clause_end, quoted)
            if extra and extra != clause:
                found.append(
                    QuoteFound("indirect", extra, "adding", said.speaker, said.as_written, said.how, None, said.speaker_span)
                )
        return found
    return []


def _without_adding(text: str, quote: QuoteFound) -> QuoteFound:
    cut = _ADDING_CUT_RE.search(quote.span.of(text))
    if cut and quote.cue != "adding":
        return QuoteFound(
            quote.kind,
            trimmed(text, quote.span.start, quote.span.start + cut.start()),
            quote.cue,
            quote.speaker,
            quote.speaker_as_written,
            quote.resolution,
            quote.source,
            quote.speaker_span,
        )
    return quote


def _clause_span(text: str, start: int, end: int, quoted: list[Span]) -> Span | None:
    span = trimmed(text, start, end)
    while span.end > span.start and text[span.end - 1] in ".!?":
        span = Span(span.start, span.end - 1)
    if span.end - span.start < 12:
        return None
    inside = bisect.bisect_right(quoted, Span(span.start, len(text) + 1)) - 1  # quoted spans do not overlap
    if inside >= 0 and quoted[inside].contains(span):
        return None
    return span
