"""Direct and partial quotes: the words inside quote marks, with their speaker.

- direct: a quoted whole sentence or more ("We got the pricing wrong," she said.)
- partial: a quoted fragment inside the writer's sentence (it wouldn't make "a single dime in profits.")
"""
from __future__ import annotations

import re

from loaders.extract.cues import PERSONAL_PRONOUNS, SPEECH_VERBS
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.speakers import Speakers, resolve_speaker
from loaders.spans import Span
from loaders.vocab import alternation, words

_INTRO_VERBS = "|".join(words("quotes", "intro_verbs"))
_SPEECH_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<pronoun>{PERSONAL_PRONOUNS})\s+(?:{SPEECH_VERBS})|(?:{SPEECH_VERBS})\s+(?P<pronoun2>he|she)\b"
    rf"|(?P<name>[^.!?;“”\"]{{0,80}}?)\s+(?P<verb>{SPEECH_VERBS}))",
    re.IGNORECASE,
)
_INTRO_BEFORE_RE = re.compile(rf"(?P<who>[^.!?“”\"]{{0,120}}?)\s*\b(?P<verb>{SPEECH_VERBS}|{_INTRO_VERBS})\b[^.!?“”\"]{{0,60}}[,:]\s*$", re.IGNORECASE)
_COLON_INTRO_RE = re.compile(r"(?P<who>[^.!?“”\"]{0,160}):\s*$")
_ACCORDING_BEFORE_RE = re.compile(alternation(words("quotes", "according_to")) + r" ([^,]+),", re.IGNORECASE)


def _sentence_around(text: str, paragraph: Span, span: Span) -> Span:
    """The writer's sentence holding a quote: from the last stop before it to the next stop after it."""
    head = text[paragraph.start : span.start]
    stops = [m.end() for m in re.finditer(r"[.!?…][”\"’']?\s+(?=[A-Z“\"‘'])", head)]
    start = paragraph.start + (stops[-1] if stops else 0)
    tail = re.search(r"[.!?](?=\s|$)", text[span.end + 1 : paragraph.end])
    end = span.end + 1 + tail.end() if tail else paragraph.end
    return Span(start, min(end, paragraph.end))


def find_direct(text: str, paragraphs: list[Span], speakers: Speakers, spans: list[Span]) -> list[QuoteFound]:
    """Direct and partial quotes for the quoted spans, each with its speaker."""
    quotes: list[QuoteFound] = []
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
            speaker, as_written, resolution = resolve_speaker(speakers, Span(offset, span.end + 1 + match.end()), span.start)
        elif match and match.group("name") is not None:
            cue = match.group("verb")
            who = Span(span.end + 1 + match.start("name"), span.end + 1 + match.end("name"))
            speaker, as_written, resolution = resolve_speaker(speakers, who, span.start)
        if speaker is None and (intro := _INTRO_BEFORE_RE.search(before) or _COLON_INTRO_RE.search(before)):
            who = Span(sentence.start + intro.start("who"), sentence.start + intro.end("who"))
            cue = intro.groupdict().get("verb") or cue
            speaker, as_written, resolution = resolve_speaker(speakers, Span(who.start, sentence.start + intro.end()), span.start)
        if speaker is None and not before.strip() and paragraph.start == span.start - 1:
            # The words stand alone: the paragraph before introduces them ("X told Y:").
            previous = [p for p in paragraphs if p.end <= paragraph.start]
            if previous and text[previous[-1].start : previous[-1].end].rstrip().endswith(":"):
                intro_span = previous[-1]
                cue_match = re.search(rf"\b({SPEECH_VERBS}|say)\b", intro_span.of(text), re.IGNORECASE)
                cue = cue_match.group(1) if cue_match else cue
                speaker, as_written, resolution = resolve_speaker(speakers, intro_span, span.start)
                resolution = f"introduced by the paragraph before: {resolution}"
        if speaker is None and (according := _ACCORDING_BEFORE_RE.search(before)):
            who = Span(sentence.start + according.start(1), sentence.start + according.end(1))
            speaker, as_written, resolution = resolve_speaker(speakers, who, span.start)
            cue = "according to"
        if speaker is None and kind == "partial" and (verb := list(re.finditer(rf"\b({SPEECH_VERBS})\b", before, re.IGNORECASE))):
            # A fragment quoted inside reported speech: the reporting clause's subject said it.
            subject = Span(sentence.start, sentence.start + verb[-1].start())
            speaker, as_written, resolution = resolve_speaker(speakers, subject, span.start)
            cue = verb[-1].group(1)
            resolution = f"fragment inside reported speech: {resolution}"
        if speaker is None and quotes and quotes[-1].speaker and not before.strip() and not after.strip(" .") \
                and 0 <= span.start - quotes[-1].span.end <= 160:
            previous = quotes[-1]  # a quote that goes straight on from an attributed one
            speaker, as_written, cue = previous.speaker, previous.speaker_as_written, previous.cue
            resolution = f"continues the quote before it: {previous.resolution}"
        quotes.append(QuoteFound(kind, span, cue, speaker, as_written, resolution))
    return quotes
