"""An interview printed as questions and answers: each turn a paragraph opening
with its speaker's label, the name in full or its initials, and a colon.

    Ann Lee: We priced for the climate we have.
    AL: Subsidence. Nobody talks about it.

An answer is the interviewee's words, a direct quote with its speaker: the
label's person, a person the article names whose name the label is or whose
initials it gives. A format, not a one-off heading: a label counts only where
the article holds at least two turns. The interviewer's turns (most of them
questions) are the outlet's words, not a quote.
"""

from __future__ import annotations

import re

from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.speakers import Speakers
from loaders.spans import Span, trimmed

MIN_TURNS = 2  # one labelled line is a heading or a caption; an interview has turns
LABEL_WORDS = 4  # a label is a name: a few words at most
_LABEL_RE = re.compile(rf"(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,{LABEL_WORDS - 1}}}):[ \t]+(?=\S)")
RESOLUTION = "interview turn labelled with the speaker's {how}"


def initials(name: str) -> str:
    """ "Fenella Oduya-Marsh" -> "FOM": the first letter of each part of the name."""
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part[:1].isalpha()).upper()


def find_interview_turns(text: str, paragraphs: list[Span], speakers: Speakers) -> list[QuoteFound]:
    """The answers of a question-and-answer interview, each a direct quote of its labelled speaker."""
    names = {mention.name for mention in speakers.people}
    by_label: dict[str, tuple[str, str]] = {}
    for name in sorted(names):
        by_label.setdefault(name, (name, "name"))
        short = initials(name)
        if len(short) >= 2:
            by_label.setdefault(short, (name, "initials"))
    turns: list[tuple[str, str, Span]] = []  # (person, how the label named them, the words after the label)
    for paragraph in paragraphs:
        label = _LABEL_RE.match(text, paragraph.start, paragraph.end)
        if label and label.group("label") in by_label:
            person, how = by_label[label.group("label")]
            turns.append((person, how, trimmed(text, label.end(), paragraph.end)))
    if len(turns) < MIN_TURNS:
        return []
    questions: dict[str, list[bool]] = {}
    for person, _, words in turns:
        questions.setdefault(person, []).append(words.of(text).rstrip().endswith("?"))
    asking = {person for person, asked in questions.items() if sum(asked) * 2 > len(asked)}
    return [
        QuoteFound("direct", words, None, person, person, RESOLUTION.format(how=how))
        for person, how, words in turns
        if person not in asking and re.search(r"\w", words.of(text))
    ]
