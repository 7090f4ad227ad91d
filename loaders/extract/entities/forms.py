"""Forms: the labelled fields of a notice printed as a form, as exchanges' and listed companies'
disclosures print them, one field a line:

    Company Name: KESTREL AGRO
    Date of announcement: 2026/11/26   Time of announcement: 17:32:08
    Subject: Outcome of Board Meeting

A line opening with a label (a capitalised word and a few more, a list number before them or not)
and a colon, or a tab, before its value is a field; two such lines or more running on, most of whose
values do not end as a sentence does, are a form (an interview's turns, "Ann Lee: We priced for the
climate we have.", end as sentences). A field's label names what the value is ("Name", "Time",
"News Title"), never an organisation or a person; its value is read as any other text. A second
field on the same line stands after a tab or two spaces or more.
"""

from __future__ import annotations

import re

from loaders.spans import Span

# A label: a capital, then up to seven more words (of any case: "Date of Board Meeting"), no sentence's
# stops or quote marks, then a colon (a space or a tab after it, or the line's end) or a tab.
_LABEL = r"[A-Z][\w'’()/&-]*(?:[ ][\w'’()/&-]+){0,7}"
# (a gap is read from its first character: a long run of spaces is tried once, not from each of its spaces)
_FIELD_RE = re.compile(
    rf"(?:^|(?<![ \t])(?:\t|[ ]{{2}}))[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?P<label>{_LABEL})(?:[ \t]*:(?=[ \t]|$)|\t)", re.M
)
_LINE_FIELD_RE = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)][ \t]*)?{_LABEL}(?:[ \t]*:(?=[ \t]|$)|\t)")
_SENTENCE_END = tuple(".!?\"”’'")
MIN_FIELDS = 2  # one labelled line is a heading or a caption; a form has fields


def form_labels(text: str, zones: list[Span]) -> list[Span]:
    """The spans of the labels of the fields of every form in the zones (each label without its colon)."""
    lines = [line for zone in zones for line in _lines(text, zone)]
    labels: list[Span] = []
    run: list[Span] = []
    for line in [*lines, None]:
        if line is not None and _LINE_FIELD_RE.match(text, line.start, line.end):
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
            labels.append(Span(match.start("label"), match.end("label")))
    return labels
