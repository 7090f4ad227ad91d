"""Forms: the labelled fields of a notice printed as a form, as exchanges' and listed companies'
disclosures print them, one field a line:

    Company Name: ORSK FITTINGS
    Date of meeting: 2027/03/05   Time of meeting: 09:41:10
    Subject: Purchase of a plant

A line opening with a label (a capitalised word and a few more, a list number before them or not)
and a colon before its value is a field where the label names a field: its first or last word is a
field's noun (`form_field_nouns`: "Company Name", "Date of Board Meeting", "Subject") or it is in
sentence case after its first word ("Date of meeting"), and it is no name printed with
confidence (a name before its legal form, a given name and a surname). Two such lines or more
running on, most of whose values do not end as a sentence does, are a form (an interview's turns,
"Ann Lee: We priced for the climate we have.", end as sentences; a list of companies or people
before colons, "Halden Bank: up 2.4 per cent", names no fields; a table's cells between tabs are no
labels). A field's label names what the value is, never an organisation or a person; its value is
read as any other text. A second field on the same line stands after a tab or two spaces or more.
"""

from __future__ import annotations

import re

from loaders.extract.entities.people import is_given_name
from loaders.spans import Span
from loaders.vocab import words

# A label: a capital, then up to seven more words (of any case: "Date of Board Meeting"), no sentence's
# stops or quote marks, then a colon (a space or a tab after it, or the line's end).
_LABEL = r"[A-Z][\w'’()/&-]*(?:[ ][\w'’()/&-]+){0,7}"
# (a gap is read from its first character: a long run of spaces is tried once, not from each of its spaces)
_FIELD_RE = re.compile(
    rf"(?:^|(?<![ \t])(?:\t|[ ]{{2}}))[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?P<label>{_LABEL})[ \t]*:(?=[ \t]|$)", re.M
)
_LINE_FIELD_RE = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?P<label>{_LABEL})[ \t]*:(?=[ \t]|$)")
_FIELD_NOUNS = frozenset(noun.casefold() for noun in words("furniture", "form_field_nouns"))
_LEGAL_FORMS = frozenset(form.casefold().rstrip(".") for form in words("organisations", "legal_forms"))
_SENTENCE_END = tuple(".!?\"”’'")
MIN_FIELDS = 2  # one labelled line is a heading or a caption; a form has fields


def form_labels(text: str, zones: list[Span]) -> list[Span]:
    """The spans of the labels of the fields of every form in the zones (each label without its colon)."""
    lines = [line for zone in zones for line in _lines(text, zone)]
    labels: list[Span] = []
    run: list[Span] = []
    for line in [*lines, None]:
        if line is not None and (field := _LINE_FIELD_RE.match(text, line.start, line.end)) and names_a_field(field["label"]):
            if run and text.count("\n", run[-1].end, line.start) <= 2:
                run.append(line)
                continue
            labels.extend(_run_labels(text, run))
            run = [line]
            continue
        labels.extend(_run_labels(text, run))
        run = []
    return labels


def _lines(text: str, zone: Span) -> list[Span]:
    found, start = [], zone.start
    while start < zone.end:
        end = text.find("\n", start, zone.end)
        end = zone.end if end < 0 else end
        if text[start:end].strip():
            found.append(Span(start, end))
        start = end + 1
    return found


def _run_labels(text: str, run: list[Span]) -> list[Span]:
    if len(run) < MIN_FIELDS:
        return []
    sentences = sum(1 for line in run if text[line.start : line.end].rstrip().endswith(_SENTENCE_END))
    if sentences * 2 >= len(run):
        return []
    labels = []
    for line in run:
        for match in _FIELD_RE.finditer(text, line.start, line.end):
            if names_a_field(match["label"]):
                labels.append(Span(match.start("label"), match.end("label")))
    return labels


def names_a_field(label: str) -> bool:
    """Whether a label names a field ("Company Name", "Date of meeting"), not a body or a person ("Halden
    Bank", "Orsk Fittings Ltd", "Joanna Mbeki")."""
    label_words = label.split()
    if label_words[-1].casefold().rstrip(".") in _LEGAL_FORMS:
        return False  # a name before its legal form
    if len(label_words) == 2 and is_given_name(label_words[0]) and label_words[1][:1].isupper():
        return False  # a given name and a surname
    heads = {label_words[0].casefold(), label_words[-1].casefold()}
    if heads & _FIELD_NOUNS:
        return True
    return len(label_words) > 1 and all(not word[:1].isupper() for word in label_words[1:])
