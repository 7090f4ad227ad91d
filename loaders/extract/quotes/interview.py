"""An interview printed as questions and answers, or a broadcast's transcript:
each turn a paragraph opening with its speaker's label, the name in full (in
capitals too, as transcripts print it), the surname alone or the initials,
and a colon.

    Ann Lee: We priced for the climate we have.
    AL: Subsidence. Nobody talks about it.
    LEE: And the insurers know it.

An answer is the interviewee's words, a direct quote with its speaker: the
label's person, a person the article names whose name the label is, whose
surname it gives (when no one else in the article bears it) or whose initials
it gives. A format, not a one-off heading: a label counts only where the
article holds at least two turns. The interviewer's turns (most of them
questions) are the outlet's words, not a quote. An answer may run on over a
paragraph or two printed without a label, up to the next labelled turn; a
paragraph after the last turn is the writer's again.

Two formats name no one in their labels: an interview labelled "Q:" and "A:"
(or whose answers follow each "Q:" unlabelled), whose answers are the one
person's the article names before its first question, and a call transcript
whose speaker lines stand alone ("Ann Lee -- Chief Executive Officer").
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from loaders.extract.cues import normalise_role
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.speakers import Speakers
from loaders.spans import Span, trimmed
from loaders.vocab import alternation, words

MIN_TURNS = 2  # one labelled line is a heading or a caption; an interview has turns
LABEL_WORDS = 4  # a label is a name: a few words at most
LABEL_TITLE_WORDS = 6  # words of a title before the name in a label in capitals ("MINISTER OF FINANCE ANN LEE:") at most
MAX_RUN_ON = 2  # unlabelled paragraphs an answer may run on over before the next turn
# A transcript may print the time before the label: "[00:02:19] ANN LEE:".
_TIME = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?"
# A committee's record numbers its questions ("Q45 Chair:"); a label may carry a courtesy title ("Dr Lee:"),
# in capitals too as transcripts print them ("ALH. JALLOW:", "HON. MENSAH:"), some only with their stop.
# A record labels a turn with the office before the name too ("Chairman Ann Lee:", "Minister Ann Lee:").
_PREFIX = (
    rf"{_TIME}(?:Q\d+[ \t]+)?(?i:(?:{alternation(words('names', 'honorifics'))}\.?"
    rf"|{alternation(words('names', 'honorifics_with_stop'))}\.)[ \t]+)?"
    rf"(?:(?P<office>{alternation(words('quotes', 'label_offices'))})[ \t]+(?=[^\W\d_]))?"
)
# A broadcast transcript's label may give the speaker's role, or organisation, after a comma, all in
# capitals ("ANN LEE, MANAGING DIRECTOR:").
# A label's words are capitalised (in any script: "Ó Briain:"), a name's lower-case particles between
# them ("Van den Berg:"); the label must be a name of the article's people (`_labels`).
_LABEL_WORD = r"[^\W\d_][\w'’.-]*"
_LABEL_RE = re.compile(
    rf"{_PREFIX}(?P<label>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,{LABEL_WORDS - 1}}})"
    # a note in brackets after the name ("RINI ASTUTI (translated):", "ANN LEE (via video link):")
    r"(?:[ \t]\([^()\n:]{1,30}\))?"
    rf"(?:,[ \t](?P<role>[^:,\n]{{1,40}}(?:,[ \t][^:,\n]{{1,40}})?))?:[ \t]+(?=\S)"
)
# A record of proceedings labels a minister's turn with the office, then the holder's name in brackets
# ("Minister of Agriculture [Hon. Ann Lee]:", "THE PRESIDENT (Mr Tom Reid):"): the bracketed name must be a
# person of the article (`_labels`), the office before it a few words.
_HONORIFIC = (
    rf"(?:{alternation(words('names', 'honorifics'))}\.?"
    rf"|{alternation(words('names', 'honorifics_with_stop'))}\.)"
)
_OFFICE_LABEL_RE = re.compile(
    rf"{_TIME}(?P<role>[^\W\d_][^\[\]():\n]{{0,60}}?)[ \t]*[\[(](?i:{_HONORIFIC})[ \t]+"
    rf"(?P<label>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,{LABEL_WORDS - 1}}})[\])]:[ \t]+(?=\S)"
)
# ... in a record whose furniture says so ("Plenary sitting of 4 March"), the name in brackets may come with no
# courtesy title ("The President (Ann Lee):", "The Minister of Transport (Tom Reid):"); elsewhere "Chair (Ann
# Lee):" is a board list's line, no turn
_BARE_OFFICE_LABEL_RE = re.compile(
    rf"{_TIME}(?P<role>[^\W\d_][^\[\]():\n]{{0,60}}?)[ \t]*[\[(](?:(?i:{_HONORIFIC})[ \t]+)?"
    rf"(?P<label>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,{LABEL_WORDS - 1}}})[\])]:[ \t]+(?=\S)"
)
# A label made of a courtesy title and a presiding officer's office ("Mr Speaker:", "Madam Chair:"): the
# chair of a record of proceedings, a person the record does not name there.
_PRESIDING_RE = re.compile(
    rf"{_TIME}(?i:{_HONORIFIC})[ \t]+(?P<deputy>Deputy[ \t]+)?"
    rf"(?P<office>{alternation(words('quotes', 'presiding_offices'))}):[ \t]+(?=\S)"
)
# (l35) A record's chair labelled by its office after "the", with or without a name in brackets ("The President
# (Ann Lee):", "THE SPEAKER:"): in such a record "Mr President:" opening a paragraph addresses that chair; it is
# no label of the chair's turn.
_CHAIR_BY_OFFICE_RE = re.compile(
    rf"{_TIME}(?i:the)[ \t]+(?P<office>(?i:{alternation(words('quotes', 'presiding_offices'))}))"
    r"(?:[ \t]*[\[(][^\[\]()\n]{1,60}[\])])?:[ \t]+(?=\S)"
)
_HON_LABEL_RE = re.compile(rf"{_TIME}(?:Q\d+[ \t]+)?(?:[^\n:]{{0,40}}?\b)?Hon(?:ourable|\.)?[ \t]")  # "Hon. Ann Lee:"
_TITLED_LABEL_RE = re.compile(rf"{_TIME}(?:Q\d+[ \t]+)?(?i:{_HONORIFIC})[ \t]+[^\W\d_]")
# Any turn's label, the interviewer's too ("V&I:", "PRESENTER (ANN LEE):", "Q:"): a few words and a colon.
_ANY_LABEL_RE = re.compile(rf"{_PREFIX}(?P<label>[^\s:]{{1,30}}(?:[ \t][^\s:]{{1,30}}){{0,{LABEL_WORDS - 1}}}):[ \t]+(?=\S)")
# A question or an answer labelled with a stop, not a colon ("Q. Why now?", "A. Because ..."), as some
# pages print them: read only with the labels of questions and answers, a question's line ending in "?"
# ("A. Lee said" opens a sentence on an initial).
_STOP_LABEL_RE = re.compile(
    rf"(?P<label>{alternation(words('quotes', 'question_labels') + words('quotes', 'answer_labels'))})"
    r"\.[ \t]+(?=\S)"
)
RESOLUTION = "interview turn labelled with the speaker's {how}"
PRESIDING_RESOLUTION = "a record's turn labelled with the presiding officer's office"
QA_RESOLUTION = "interview answer{how}: the one person the article names before its first question"
_JOURNALIST_ROLES = frozenset(role.casefold() for role in words("quotes", "journalist_roles"))
# "Our correspondent Ann Lee went to the plant", "our Jakarta reporter Ann Lee": a person the page
# introduces by a journalist's role after its own possessive (not "TV presenter Ann Lee", someone else's).
_JOURNALIST_BEFORE_RE = re.compile(
    rf"(?<![\w-]){alternation(words('quotes', 'outlet_possessives'))}"
    rf"(?:[ \t]+[\w-]+){{0,2}}?[ \t]+"
    rf"{alternation(words('quotes', 'journalist_roles'))}[ \t]+$",
    re.IGNORECASE,
)
JOURNALIST_REACH = 60  # characters before a name in which its journalist's role stands
# "Presenter: Ann Lee", "Host: Ann Lee": a line naming the programme's journalist, as a transcript sets it
# aside above the turns (the name right after the role and its colon, at the line's start)
_JOURNALIST_LINE_RE = re.compile(
    rf"(?:^|\n)[ \t]*{alternation(words('quotes', 'journalist_roles'))}[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# ... the name alone on its line, or a role in apposition after a comma ("Aino Virta, business editor"): no
# question, no sentence ending in a stop ("PRESENTER: Tomas Reinholt, welcome to the programme." greets a guest),
# but a stop after capitalised words, a programme's or an outlet's name ("Ann Lee, Farm Hour.", "BBC Radio 4.")
_NAME_ENDS_LINE_RE = re.compile(r"[ \t]*(?:,(?:[^\n?!]{0,80}[^\n?!.\s]|(?:[ \t]+(?-i:[A-Z0-9])[\w'’&-]*){1,6}\.))?[ \t]*(?:\n|$)")
# A journalist's role opening a line as a label ("PRESENTER:"): printed so on two lines or more, the role labels
# the page's turns, and a name after it is the person it speaks to, not the journalist's own
_JOURNALIST_LABEL_RE = re.compile(rf"(?:^|\n)[ \t]*({alternation(words('quotes', 'journalist_roles'))})[ \t]*:", re.IGNORECASE)
_QUESTION_LABELS = frozenset(label.casefold() for label in words("quotes", "question_labels"))
_ANSWER_LABELS = frozenset(label.casefold() for label in words("quotes", "answer_labels"))
MAX_ANSWER_PARAGRAPHS = 3  # unlabelled paragraphs after a question that are its answer
_INTERVIEW_CUE_RE = re.compile(rf"(?<!\w){alternation(words('quotes', 'interview_cues'))}(?!\w)", re.IGNORECASE)

# The furniture of a record of proceedings ("Verbatim record of the sitting", "Official Report"): its turns are
# members', their questions too
_RECORD_CUE_RE = re.compile(
    rf"(?<!\w)(?:(?P<strong>{alternation(words('quotes', 'record_cues'))})"
    rf"|{alternation(words('quotes', 'record_cues_weak'))})(?!\w)",
    re.IGNORECASE,
)
# A record's note of what happened between the turns, a paragraph in brackets of its own ("[Applause]",
# "(Laughter from the benches)"): nobody's words, though it stands inside a speaker's turn
_STAGE_DIRECTION_RE = re.compile(r"[ \t]*(?:\[[^\[\]\n]*\]|\([^()\n]*\))[ \t]*")
# A press conference's transcript, its furniture saying so ("Transcript of the press conference", "Press
# conference on the signing of ..."): its moderator's turns and the journalists' questions, labelled by a role
# and not a person ("Moderator:", "Host:", "Question (Radio Tessby):", "Journalist (Tessby Post, Ann Lee):"),
# are quotes of no one the page names there, not the outlet's own words nor the next speaker's.
_PRESS_CONFERENCE_CUE_RE = re.compile(rf"(?<!\w){alternation(words('quotes', 'press_conference_cues'))}(?!\w)", re.IGNORECASE)
_FLOOR_LABEL_RE = re.compile(
    rf"{_TIME}(?P<label>(?i:{alternation(words('quotes', 'floor_labels'))}))"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]+(?=\S)"
)
FLOOR_RESOLUTION = "a press conference's turn labelled with the moderator's or a journalist's role"
FURNITURE_LINE_MAX = 120  # characters of a line of a page's furniture (a heading, a record's title)
# A lead's sentence in a line: one ending in a stop, or a stop before a lower-case word ("… hearing. the"); a
# heading's stops are an abbreviation's or a two-part title's ("Vol. 712", "Transport Committee. Public hearing …")
_SENTENCE_STOP_RE = re.compile(r"[.!?](?:[ \t]+(?-i:[a-z])|[\"”’']?$)")
# ... a sentence's end: a word's stop at the line's end, not an abbreviation's ("10 a.m.", "No.")
_SENTENCE_END_RE = re.compile(r"(?<![\w.])(?-i:[a-z]){3,}[.!?][\"”’']?[ \t]*$")
# "Present: Ann Lee, Bo Park": a record's list of who attended, a line's opening label
_ATTENDANCE_RE = re.compile(
    rf"(?:^|\n)[ \t]*{alternation(words('quotes', 'record_attendance_labels'))}[ \t]*:",
    re.IGNORECASE,
)


# What may stand before a press conference's cue in its line: nothing, or a transcript's heading's opening
# ("Transcript of the", "Transcript:", "Joint", both: "Transcript: Joint")
_CUE_OPENER_RE = re.compile(
    rf"[ \t]*(?:{alternation(sorted(words('quotes', 'press_conference_cue_openers'), key=len, reverse=True))}"
    r"[ \t]*:?[ \t]*){0,2}",
    re.IGNORECASE,
)
# ... and in no sentence: any stop before a blank or at the line's end refuses it (a caption's "... at the press
# conference. Photo: Tom Reid")
_FURNITURE_STOP_RE = re.compile(r"[.!?](?:[ \t]|$)")


def _furniture_line(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The line a cue stands in, where it is short enough to be a page's furniture (a heading, a record's title):
    its start and end, or None for a longer line."""
    start = text.rfind("\n", max(0, cue.start() - FURNITURE_LINE_MAX), cue.start()) + 1
    if start == 0 and cue.start() > FURNITURE_LINE_MAX:
        return None
    end = text.find("\n", cue.end(), min(len(text), start + FURNITURE_LINE_MAX + 1))
    if end < 0:
        end = len(text) if len(text) - start <= FURNITURE_LINE_MAX else -1
    return None if end < 0 else (start, end)


def _cue_in_furniture(text: str, first_turn: int, cues: re.Pattern[str]) -> bool:
    """Whether one of `cues` (a press conference's: "Transcript of the press conference") stands before the first
    turn in a line of the page's furniture: a short line of its own that the cue opens (after a transcript's
    heading's words at most, `press_conference_cue_openers`) with no sentence stop in it; not a lead's sentence
    ("… at a press conference on Monday."), a headline about one ("Minister walks out of press conference"), nor a
    caption ("Ann Lee at the press conference. Photo: Tom Reid")."""
    for cue in cues.finditer(text, 0, first_turn):
        line = _furniture_line(text, cue)
        if line is None:
            continue
        start, end = line
        opener = _CUE_OPENER_RE.match(text, start, cue.start())
        if opener is not None and opener.end() == cue.start() and not _FURNITURE_STOP_RE.search(text[start:end].rstrip()):
            return True
    return False


def _record_furniture(text: str, first_turn: int, second_sign: bool) -> bool:
    """Whether a record cue ("Verbatim record", "Official Report") stands before the first turn in a line of
    the page's furniture: a short line of its own. A strong cue opening its line is enough ("Official Report,
    Vol. 712"); any other (a headline's "… ahead of public hearing", a caption's "Photo: the official report")
    needs a second sign of a record (`second_sign`, the turns', or a list of who attended) and a line that is
    no lead's sentence ("… ahead of next week's public hearing on the tender.")."""
    second_sign = second_sign or _ATTENDANCE_RE.search(text, 0, first_turn) is not None
    for cue in _RECORD_CUE_RE.finditer(text, 0, first_turn):
        line = _furniture_line(text, cue)
        if line is None:
            continue
        start, end = line
        if (
            cue.group("strong") is not None
            and not text[start : cue.start()].strip()
            and not _SENTENCE_END_RE.search(text, start, end)  # "Official report figures show the quay is failing."
        ):
            return True  # "Verbatim record of the sitting of 3 March, opened at 10 a.m.", "Official Report, Vol. 712"
        if second_sign and not _SENTENCE_STOP_RE.search(text[start:end].rstrip()):
            return True
    return False


def _named_in_a_journalists_line(text: str, name: Span, turn_roles: set[str]) -> bool:
    """A name in a line of its own after a journalist's role ("Presenter: Ann Lee"), a role that labels none of
    the page's turns, the line the name alone or a role after a comma ("PRESENTER: Fiona Tait?" is a turn)."""
    line = _JOURNALIST_LINE_RE.search(text, max(0, name.start - JOURNALIST_REACH), name.start)
    if line is None:
        return False
    role = _JOURNALIST_LABEL_RE.match(line.group(0))
    return (
        role is not None and role.group(1).casefold() not in turn_roles and _NAME_ENDS_LINE_RE.match(text, name.end) is not None
    )


_BLANKS_RE = re.compile(r"[ \t]*")


def _turn_label_roles(text: str, people: list[Span]) -> set[str]:
    """The journalist's roles that label two lines or more of the page ("PRESENTER: …" turns). A line that
    names a person alone after the role, or a person and a role after a comma ("Presenter: Ann Lee", a
    programme's two presenters' lines), is the page's furniture, no turn (`people`: the names' spans, sorted)."""
    starts = [name.start for name in people]
    seen: dict[str, int] = {}
    for label in _JOURNALIST_LABEL_RE.finditer(text):
        opens = _BLANKS_RE.match(text, label.end()).end()  # type: ignore[union-attr]
        index = bisect.bisect_left(starts, opens)
        if index < len(people) and people[index].start == opens and _NAME_ENDS_LINE_RE.match(text, people[index].end):
            continue
        role = label.group(1).casefold()
        seen[role] = seen.get(role, 0) + 1
    return {role for role, count in seen.items() if count > 1}


_INTERVIEW_CREDIT_RE = re.compile(rf"(?<!\w){alternation(words('quotes', 'interview_credits'))}(?!\w)", re.IGNORECASE)

_EDIT_NOTE_RE = re.compile(rf"(?<!\w){alternation(words('quotes', 'interview_edit_notes'))}(?!\w)", re.IGNORECASE)
_INTERVIEW_WORD_RE = re.compile(rf"(?<!\w){alternation(words('quotes', 'interview_words'))}(?!\w)", re.IGNORECASE)
EDIT_NOTE_REACH = 120  # characters of an editors' note's sentence, either side, that may say it is an interview's
# A person who asks on the page ("Ines Falk went to Tromsø to ask", "Ines Falk put five questions to"): the
# interviewer, not the one asked
_ASKING_AFTER_RE = re.compile(
    r"[ \t]+(?:asked|asks|put|puts|questioned|interviewed|interviews|spoke[ \t]+to|talked[ \t]+to"
    r"|(?:[\w’'-]+[ \t]+){1,4}?to[ \t]+(?:ask|question|interview))(?!\w)",
    re.IGNORECASE,
)


def _says_it_is_an_interview(text: str) -> bool:
    """The page's furniture says it is an interview: a credit ("Interview by Ann Lee"), or an editors' note
    whose own sentence says so ("The conversation has been edited for length")."""
    if _INTERVIEW_CREDIT_RE.search(text):
        return True
    for note in _EDIT_NOTE_RE.finditer(text):
        start = max(
            [text.rfind(stop, max(0, note.start() - EDIT_NOTE_REACH), note.start()) for stop in (".", "!", "?", "\n")]
            + [max(0, note.start() - EDIT_NOTE_REACH)]
        )
        ends = [end for end in (text.find(stop, note.end(), note.end() + EDIT_NOTE_REACH) for stop in (".", "\n")) if end >= 0]
        if _INTERVIEW_WORD_RE.search(text, start, min(ends) if ends else min(len(text), note.end() + EDIT_NOTE_REACH)):
            return True
    return False


def _credited(text: str) -> set[tuple[int, int]]:
    """The lines crediting the interview ("Interview by Ann Lee"): their extents, whose names are the interviewer's."""
    spans = set()
    for credit in _INTERVIEW_CREDIT_RE.finditer(text):
        start = text.rfind("\n", 0, credit.start()) + 1
        end = text.find("\n", credit.end())
        spans.add((start, end if end >= 0 else len(text)))
    return spans


# A name after "when", "from", "by" or "after" is a founder's, a predecessor's, a maker's ("When Tomas Berg
# founded it", "took over from Tomas Berg", "founded by", "after Tomas Berg retired"): not the one asked
_NOT_THE_ONE_BEFORE_RE = re.compile(r"(?<!\w)(?:when|whenever|from|by|after)[ \t]+$", re.IGNORECASE)


def _the_one_asked(text: str, paragraph: Span, mention: Span, credits: set[tuple[int, int]], journalists: bool) -> bool:
    """With bare questions on a page that says it is an interview, whether a mention of a person the paragraph
    opening the questions names leaves them the one asked (whatever opens its sentence: "At 52, Ann Lee runs",
    "Brisa Ferries chief executive Ann Lee"): not the credited interviewer, the outlet's journalist, nor one
    who asks ("Ann Lee went to Oslo to ask"); not a name after "when", "from", "by" or "after"."""
    if journalists or any(start <= mention.start < end for start, end in credits):
        return False
    if _ASKING_AFTER_RE.match(text, mention.end, min(len(text), mention.end + 40)):
        return False
    if _NOT_THE_ONE_BEFORE_RE.search(text, max(paragraph.start, mention.start - 10), mention.start):
        return False
    return _stands_as_a_subject(text, max(paragraph.start, mention.start - SUBJECT_REACH), mention.start)


# Words of a title or role run before a name ("Brisa Ferries' new chief executive Ann Lee", "Prime Minister Per
# Dahl"): skipped to find the word the run follows (roles.yml titles, speaks_for, prefixes, portfolio_titles;
# quotes.yml other_holder_words, title_adjectives)
_TITLE_RUN_WORDS = frozenset(
    word.casefold()
    for name, key in (
        *(("roles", key) for key in ("titles", "speaks_for", "prefixes", "portfolio_titles")),
        ("quotes", "other_holder_words"),
        ("quotes", "title_adjectives"),
    )
    for title in words(name, key)
    for word in title.split()
)
_SUBJECT_OPENERS = frozenset(w.casefold() for w in words("quotes", "subject_openers"))
_TOKEN_RE = re.compile(r"[\w’'.-]+|[^\w\s]")
SUBJECT_REACH = 60  # characters before a name in which the word its title run follows is looked for
SHORT_FORM = 3  # letters at most of a capitalised word with a full stop that may be a title's short form ("Mr.", "Gen.")


def _stands_as_a_subject(text: str, start: int, end: int) -> bool:
    """Whether a name ending the text from start to end stands as a subject: once a run of capitalised and title
    words before it is skipped, no lower-case word (a verb, a preposition, a relative pronoun) comes before it
    ("replaced Per Dahl", "appointed by Prime Minister Per Dahl", "which Per Dahl founded"), but "and" or "but";
    a mark, a number, a possessive or the paragraph's start may ("At 52, Ann Lee", "Since 2019 Ann Lee")."""
    for token in reversed(_TOKEN_RE.findall(text, start, end)):
        word = token.strip(".-")
        if not word or not word[0].isalpha() or word.endswith(("'s", "’s", "'", "’")):
            return True
        if token.endswith(".") and (len(word) > SHORT_FORM or word.islower()):
            return True  # the sentence before ends ("... in Lesotho. Ann Lee, 44, has run"), not a short form ("Mr.")
        if word[0].isupper() or word.casefold() in _TITLE_RUN_WORDS:
            continue
        return word.casefold() in _SUBJECT_OPENERS
    return True


_SELF_INTRODUCTION_RE = re.compile(rf"(?<!\w){alternation(words('quotes', 'self_introductions'))}[ \t]+$", re.IGNORECASE)
_CO_PRESENTER_RE = re.compile(
    rf"(?<!\w){alternation(words('quotes', 'co_presenter_introductions'))}(?!\w)[^.!?,]*$",
    re.IGNORECASE,
)
INTRODUCTION_REACH = 40  # characters before a name its introduction may stand in ("with me as ever is")
OPENING_REACH = 400  # characters of the opening turn in which its presenters name themselves


def _presenters(text: str, first_turn: tuple[str, Span], people: set[str]) -> set[str]:
    """The people a transcript's opening turn says present it: its speaker, naming themselves ("I'm
    Ann Lee"), and whoever that speaker introduces beside them with no word of who they are ("with me
    as ever is Tom Reid."; a guest's name is followed by a comma and their role)."""
    speaker, said = first_turn
    opening = text[said.start : min(said.end, said.start + OPENING_REACH)]
    presenters: set[str] = set()
    for person in people:
        start = opening.find(person)
        while start >= 0:
            before = opening[max(0, start - INTRODUCTION_REACH) : start]
            after = opening[start + len(person) : start + len(person) + 1]
            naming_themselves = person == speaker and _SELF_INTRODUCTION_RE.search(before)
            if naming_themselves or (person != speaker and _CO_PRESENTER_RE.search(before) and after != ","):
                presenters.add(person)
            start = opening.find(person, start + len(person))
    return presenters if speaker in presenters else set()


def initials(name: str) -> str:
    """ "Fenella Oduya-Marsh" -> "FOM": the first letter of each part of the name."""
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part[:1].isalpha()).upper()


def _labels(names: set[str], first_named: dict[str, int] | None = None, first_turn: int = 0) -> dict[str, tuple[str, str]]:
    """Each label (case-folded) a person of the article may be printed under: (person, how). Initials two
    people share ("RM" of "Robin Moss" and "Rita Marsh") are the one of them the article names before its
    first labelled turn (`first_named`: each name's first position), the interviewee it introduces; a
    person first named inside the turns (an answer's "Rita Marsh, who taught me") labels none of them."""
    by_label: dict[str, tuple[str, str]] = {}
    surnames: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    by_initials: dict[str, list[str]] = {}
    for name in sorted(names):
        by_label.setdefault(fold(name), (name, "name"))
        short = initials(name)
        if len(short) >= 2:
            by_initials.setdefault(fold(short), []).append(name)
        parts = name.split()
        for index in range(1, len(parts)):  # "Lima Duarte", "Duarte" of "Rosa Lima Duarte"
            surnames.setdefault(fold(" ".join(parts[index:])), set()).add(name)
        if len(parts) > 1:  # "Dawit:" for "Dawit Gebremedhin": a page calling people by their given names
            given.setdefault(fold(parts[0]), set()).add(name)
    for short, bearers in sorted(by_initials.items()):
        if len(bearers) > 1 and first_named is not None:
            bearers = [name for name in bearers if first_named.get(name, first_turn) < first_turn]
        if len(bearers) == 1 or (bearers and first_named is None):
            by_label.setdefault(short, (bearers[0], "initials"))
    for surname, people in sorted(surnames.items()):
        if len(people) == 1:  # a surname two people share names neither
            by_label.setdefault(surname, (next(iter(people)), "surname"))
    for first, people in sorted(given.items()):
        if len(people) == 1 and first not in surnames:  # a given name two people share (or a surname's) names neither
            by_label.setdefault(first, (next(iter(people)), "given name"))
    return by_label


_PARTICLES = frozenset(words("names", "particles"))


def _stop_label(text: str, paragraph: Span) -> re.Match[str] | None:
    """A question's or an answer's label printed with a stop ("Q. Why now?", "A. Because ..."): a
    question's paragraph ends in "?"."""
    label = _STOP_LABEL_RE.match(text, paragraph.start, paragraph.end)
    if label is None:
        return None
    if label.group("label").casefold() in _QUESTION_LABELS and not paragraph.of(text).rstrip().endswith("?"):
        return None
    return label


def _name_shaped(label: str) -> bool:
    """A label written as a name: capitalised words, lower-case particles between them ("Van den Berg")."""
    parts = label.split()
    return parts[0][0].isupper() and all(part[0].isupper() or part in _PARTICLES for part in parts[1:])


def fold(name: str) -> str:
    """A name case-folded as a label prints it: in capitals a dotless i ("YILDIRIM" of "Yıldırım") is an I."""
    return name.casefold().replace("ı", "i").replace("i\u0307", "i")


# A transcript's label in capitals with a title before the name ("MINISTER OF FINANCE ANN LEE:", "REPORTER TOM
# REID (in Oslo):", "DEPUTY ANN LEE, LABOUR:"): the head's last words are the name, those before its title.
_CAPITALS_HEAD_RE = re.compile(
    rf"{_TIME}(?P<head>[^\W\d_][^\s:()]*(?:[ \t][^\W\d_][^\s:()]*){{1,{LABEL_TITLE_WORDS + LABEL_WORDS - 1}}})"
    r"(?:[ \t]\([^()\n:]{1,40}\))?(?:,[ \t](?P<role>[^:,\n]{1,40}(?:,[ \t][^:,\n]{1,40})?))?:[ \t]+(?=\S)"
)


class _TitledLabel:
    """A label in capitals whose name follows a title: the match's groups, the name its own ("label")."""

    def __init__(self, match: re.Match[str], name_start: int):
        self.match = match
        self.name_start = name_start

    def group(self, key: str) -> Any:  # as re.Match's: a str, or None for a group that did not take part
        if key == "label":
            return self.match.string[self.name_start : self.match.end("head")]
        if key == "title":
            return self.match.string[self.match.start("head") : self.name_start]
        # a group the capitals' pattern has not ("office": a record's office label) took no part
        return self.match.group(key) if key in self.match.re.groupindex else None

    def end(self) -> int:
        return self.match.end()


def _titled_in_capitals(text: str, paragraph: Span, by_label: dict[str, tuple[str, str]]) -> _TitledLabel | None:
    """A turn's label in capitals, a title before a person's full name ("MINISTER NINO LEE:"): the name, the
    last two to four words of the head, is a person of the article named so in full."""
    match = _CAPITALS_HEAD_RE.match(text, paragraph.start, paragraph.end)
    if match is None or not (match.group("head") + (match.group("role") or "")).isupper():
        return None
    starts = [word.start() for word in re.finditer(r"\S+", match.group("head"))]
    for at in starts[1 : len(starts) - 1]:  # the longest name first, a title of one word at least
        name = match.group("head")[at:]
        if len(name.split()) <= LABEL_WORDS and by_label.get(fold(name), ("", ""))[1] == "name":
            return _TitledLabel(match, match.start("head") + at)
    return None


def _title_before(label: re.Match[str] | _TitledLabel) -> str | None:
    """The title a label in capitals prints before the name ("PRESENTER" of "PRESENTER ANN LEE:"), if any."""
    return label.group("title") if isinstance(label, _TitledLabel) else None


def _journalist(role: str | None) -> bool:
    """A label's role names the programme's own journalist ("REPORTER", "Senior correspondent")."""
    return role is not None and any(word in _JOURNALIST_ROLES for word in re.split(r"[\s,()]+", role.casefold()))


# (q25) A transcript's turn labelled by an office alone, in capitals or not ("MINISTER:", "Mayor:"): no presiding
# office (the chair's turns are the record's own) nor a journalist's role.
_OFFICE_ONLY_LABEL_RE = re.compile(
    rf"{_TIME}(?i:the[ \t]+)?(?P<office>(?i:{alternation(words('quotes', 'label_offices'))})):[ \t]+(?=\S)"
)
_UNNAMED_TURN_LABELS = frozenset(label.casefold() for label in words("quotes", "unnamed_turn_labels"))
UNNAMED_RESOLUTION = "a transcript's turn labelled by who speaks, with no name"
_PRESIDING_OFFICES = frozenset(office.casefold() for office in words("quotes", "presiding_offices"))


def _office_labels_holder(text: str, paragraph: Span, speakers: Speakers, named_turns: bool) -> tuple[str, str, int] | None:
    """(q25) The one person the page gives the office of a turn labelled by that office alone ("MINISTER:", the page
    naming "Ana Kovač, Minister of Agriculture"): (holder, how, where the turn's words start); none where the page
    gives it to no one or to two people (no guess), nor for a presiding office's label ("CHAIR:"). The holder's whole
    title is the office: a longer one ending in it ("Prime Minister", "Deputy Mayor") is another office. (review q25
    L4) A label in capitals only ("MINISTER:"), or in other cases ("Mayor:") on a page of turns labelled by names
    (`named_turns`): a live blog's subhead "Governor: schools stay shut" is no turn."""
    label = _OFFICE_ONLY_LABEL_RE.match(text, paragraph.start, paragraph.end)
    if label is None or label.group("office").casefold() in _PRESIDING_OFFICES:
        return None
    if not (label.group("office").isupper() or named_turns):
        return None
    title = normalise_role(label.group("office"))
    # the office itself, the holder's whole title: no prime minister, deputy minister or deputy mayor answers a bare
    # "MINISTER:" or "MAYOR:" (a title ending in the office is another office)
    holders = sorted(person for person, titles in speakers.titles.items() if title in titles)
    if len(holders) != 1:
        return None
    return holders[0], f"office, '{title}' held by one person in the article", label.end()


def find_interview_turns(text: str, paragraphs: list[Span], speakers: Speakers) -> list[QuoteFound]:
    """The answers of a question-and-answer interview, each a direct quote of its labelled speaker."""
    first_named: dict[str, int] = {}
    for mention in speakers.people:
        first_named[mention.name] = min(mention.span.start, first_named.get(mention.name, mention.span.start))
    first_turn = next(
        (paragraph.start for paragraph in paragraphs if _ANY_LABEL_RE.match(text, paragraph.start, paragraph.end)), len(text)
    )
    by_label = _labels({mention.name for mention in speakers.people}, first_named, first_turn)
    labelled: list[tuple[str | None, str, Span] | None] = []  # per paragraph: (person, how, words), or None
    any_labels: dict[str, int] = {}
    # labelled with a journalist's role ("ANN LEE, REPORTER:"), or introduced by one ("our correspondent Ann
    # Lee"): the outlet's turns
    turn_roles = _turn_label_roles(text, [mention.span for mention in speakers.people])
    journalists: set[str] = {
        mention.name
        for mention in speakers.people
        if _JOURNALIST_BEFORE_RE.search(text, max(0, mention.span.start - JOURNALIST_REACH), mention.span.start)
        # ... or named in a line of its own after a journalist's role ("Presenter: Ann Lee"), a role that labels
        # no turns of the page ("PRESENTER: Tomas Reinholt, welcome." is a turn greeting the guest)
        or _named_in_a_journalists_line(text, mention.span, turn_roles)
    }
    # people labelled with a courtesy title ("Ms Lee:") or under their office ("Minister of Trade [Hon. Ann
    # Lee]:"): members of a record of proceedings, whose questions are theirs, not an outlet's interviewer's
    members: set[str] = set()
    # ... but a courtesy title alone is an interview's style too ("Ms Okafor: Why ...?" / "Mr Bello: Because
    # ..."): titled labels make members only on a page with a record's own signs (a presiding officer's
    # turn, an office label, "Hon." in a label)
    titled: set[str] = set()
    # journalists whose labels give their role ("PRESENTER ANN LEE:", "TOM REID, REPORTER:"): on such a page
    # the outlet's turns are known, and a guest who asks is no interviewer
    labelled_journalists: set[str] = set()
    record = False
    press_conference = _cue_in_furniture(text, first_turn, _PRESS_CONFERENCE_CUE_RE)
    # a page whose furniture alone says it is a record (a strong cue opening its line, a list of who attended):
    # there an office label needs no courtesy title ("The President (Ann Lee):")
    record_page = _record_furniture(text, first_turn, False)
    chair_turns: list[int] = []  # paragraphs labelled "Mr Speaker:": the chair's words
    office_labelled: set[str] = set()  # people whose turns are labelled with an office ("Minister Bo Park:")
    # the presiding offices the record labels its chair by ("The President (Ann Lee):")
    chair_offices = {
        chair.group("office").casefold()
        for paragraph in paragraphs
        if (chair := _CHAIR_BY_OFFICE_RE.match(text, paragraph.start, paragraph.end))
    }
    # (review q25 L4) a page of turns labelled by a person's name, where an office's label in any case is a turn too
    named_turns = any(
        (named := _LABEL_RE.match(text, paragraph.start, paragraph.end)) is not None
        and _name_shaped(named.group("label"))
        and fold(named.group("label")) in by_label
        for paragraph in paragraphs
    )
    after_chair = False  # (fixl35) the turn running is the chair's own ("The President (Ann Lee): Thank you.")
    own_chair = False
    for paragraph in paragraphs:
        if labelled and labelled[-1] is not None:
            after_chair = own_chair
        own_chair = _CHAIR_BY_OFFICE_RE.match(text, paragraph.start, paragraph.end) is not None
        label: re.Match[str] | _TitledLabel | None = _LABEL_RE.match(text, paragraph.start, paragraph.end)
        if label and label.group("role") is not None and not (label.group("label") + label.group("role")).isupper():
            label = None  # "Ann Lee, Director of Sales, added: …": a role after a name in capitals only (a broadcast's)
        office = None
        if not (label and fold(label.group("label")) in by_label):
            office = (_BARE_OFFICE_LABEL_RE if record_page else _OFFICE_LABEL_RE).match(text, paragraph.start, paragraph.end)
            label = office if office and fold(office.group("label")) in by_label else label
        if not (label and fold(label.group("label")) in by_label):
            # "MINISTER OF FINANCE ANN LEE:", "PRESENTER TOM REID:": a title in capitals before the name
            label = _titled_in_capitals(text, paragraph, by_label) or label
        if label and _name_shaped(label.group("label")) and fold(label.group("label")) in by_label:
            person, how = by_label[fold(label.group("label"))]
            if _journalist(label.group("role")) or _journalist(_title_before(label)):
                journalists.add(person)
                labelled_journalists.add(person)
            elif label is office:
                members.add(person)
                record = True
            else:
                if label.group("office"):
                    office_labelled.add(person)  # "Minister Bo Park:": a record's sign where two people are so labelled
                if _TITLED_LABEL_RE.match(text, paragraph.start, paragraph.end):
                    titled.add(person)
                    record = record or _HON_LABEL_RE.match(text, paragraph.start, paragraph.end) is not None
            labelled.append((person, how, trimmed(text, label.end(), paragraph.end)))
            continue
        holder = _office_labels_holder(text, paragraph, speakers, named_turns)
        if holder is not None:
            labelled.append((holder[0], holder[1], trimmed(text, holder[2], paragraph.end)))
            continue
        presiding = _PRESIDING_RE.match(text, paragraph.start, paragraph.end)
        if (
            presiding
            and not presiding.group("deputy")
            and presiding.group("office").casefold() in chair_offices
            and not after_chair
        ):
            # "Mr President: the Deputy asked ..." where the chair speaks as "The President (Ann Lee):": the member
            # addresses the chair, and the paragraph is the running turn's (not after the chair's own turn: a
            # chair never addresses herself)
            labelled.append(None)
            continue
        if presiding:
            chair_turns.append(len(labelled))
        other = _ANY_LABEL_RE.match(text, paragraph.start, paragraph.end) or _stop_label(text, paragraph)
        if other is None and press_conference:  # "Question (Tessby Post, Ann Lee):", a label of many words
            other = _FLOOR_LABEL_RE.match(text, paragraph.start, paragraph.end)
        if other:
            any_labels[other.group("label")] = any_labels.get(other.group("label"), 0) + 1
            labelled.append((None, other.group("label"), trimmed(text, other.end(), paragraph.end)))
        else:
            labelled.append(None)
    if record or chair_turns:
        members |= titled
    if _record_furniture(text, first_turn, record or bool(chair_turns) or len(office_labelled) > 1):
        # a page whose furniture says it is a record: every person labelled speaks as a member, questions and all
        members |= {entry[0] for entry in labelled if entry is not None and entry[0] is not None} - journalists
    turns = [entry for entry in labelled if entry is not None and entry[0] is not None]
    if len(turns) < MIN_TURNS:
        return _question_and_answer(text, paragraphs, speakers, labelled) or _speaker_lines(text, paragraphs, by_label)
    questions: dict[str, list[bool]] = {}
    for turn_person, _, said in turns:
        questions.setdefault(turn_person or "", []).append(said.of(text).rstrip().endswith("?"))
    asking = {
        asker
        for asker, asked in questions.items()
        if sum(asked) * 2 > len(asked) and asker not in members and not labelled_journalists
    }
    asking |= journalists
    # A programme's presenters, who open it naming themselves, speak for the outlet too.
    first_person, _, first_said = turns[0]
    if first_person is not None:
        asking |= _presenters(text, (first_person, first_said), {mention.name for mention in speakers.people})

    def is_turn(entry: tuple[str | None, str, Span] | None) -> bool:
        # a person's label, or another label printed on two turns or more (the interviewer's)
        return entry is not None and (entry[0] is not None or any_labels.get(entry[1], 0) >= 2)

    found: list[QuoteFound] = []
    if press_conference:  # the moderator's turns and the journalists' questions: quotes of no one named there
        for paragraph, entry in zip(paragraphs, labelled, strict=True):
            if (
                entry is not None
                and entry[0] is None
                and _FLOOR_LABEL_RE.match(text, paragraph.start, paragraph.end)
                and re.search(r"\w", entry[2].of(text))
            ):
                found.append(QuoteFound("direct", entry[2], None, None, None, FLOOR_RESOLUTION))
    for entry in labelled:  # (q25) a transcript's vox pop ("PASSER-BY:"): a quote of no one named
        if (
            entry is not None
            and entry[0] is None
            and entry[1].casefold() in _UNNAMED_TURN_LABELS
            and re.search(r"\w", entry[2].of(text))
        ):
            found.append(QuoteFound("direct", entry[2], None, None, None, UNNAMED_RESOLUTION))
    if members:  # a record of proceedings: the chair's turns are quotes too, of no one the record names there
        for index in chair_turns:
            entry = labelled[index]
            if entry is not None and re.search(r"\w", entry[2].of(text)):
                found.append(QuoteFound("direct", entry[2], None, None, None, PRESIDING_RESOLUTION))
    for index, entry in enumerate(labelled):
        if entry is None or entry[0] is None or entry[0] in asking:
            continue
        answering, how, words = entry
        resolution = RESOLUTION.format(how=how)
        if re.search(r"\w", words.of(text)):
            found.append(QuoteFound("direct", words, None, answering, answering, resolution))
        run_on = index + 1
        while (
            run_on < len(labelled)
            and run_on - index <= MAX_RUN_ON
            and labelled[run_on] is None
            and not _bare_question(paragraphs[run_on].of(text))  # the next question, printed with no label
        ):
            run_on += 1
        if run_on > index + 1 and run_on < len(labelled) and is_turn(labelled[run_on]):
            for paragraph in paragraphs[index + 1 : run_on]:
                if re.search(r"\w", paragraph.of(text)) and not _STAGE_DIRECTION_RE.fullmatch(
                    text, paragraph.start, paragraph.end
                ):
                    found.append(QuoteFound("direct", paragraph, None, answering, answering, f"{resolution}, run on"))
    return found


def _question_and_answer(
    text: str, paragraphs: list[Span], speakers: Speakers, labelled: list[tuple[str | None, str, Span] | None]
) -> list[QuoteFound]:
    """An interview whose turns name no one: questions labelled "Q:", answers labelled "A:" or printed
    without a label after each question (a press conference's page). The answers are the words of the
    one person the article names before its first question, where the paragraph just before it says
    someone is questioned (`interview_cues`); an unlabelled answer is the paragraphs after a question up to
    the next label (after the last question, its first paragraph only). Questions printed with no label
    at all are an interview only where that paragraph makes a named person the one asked and most answers
    speak in the first person: otherwise they are an explainer's, the writer's words."""

    def labelled_as(entry: tuple[str | None, str, Span] | None, labels: frozenset[str]) -> bool:
        return entry is not None and entry[0] is None and entry[1].casefold() in labels

    questions = [index for index, entry in enumerate(labelled) if labelled_as(entry, _QUESTION_LABELS)]
    answers = [index for index, entry in enumerate(labelled) if labelled_as(entry, _ANSWER_LABELS)]
    bare: set[int] = set()
    if len(questions) < MIN_TURNS and not answers:
        # questions printed as lines of their own with no label ("Why cut the route now?"), each answered
        # by the plain paragraphs after it: a trade site's Q&A
        questions = [
            index for index, entry in enumerate(labelled) if entry is None and _bare_question(paragraphs[index].of(text))
        ]
        if len(questions) >= MIN_TURNS:
            # a question put as a statement to the one asked ("The brokers say you are too slow."), between
            # an answer and the paragraph answering it
            questions = sorted(
                set(questions)
                | {
                    index
                    for index in range(questions[0] + 2, len(labelled) - 1)
                    if labelled[index] is None
                    and labelled[index - 1] is None
                    and labelled[index + 1] is None
                    and index - 1 not in questions
                    and _put_to_them(paragraphs[index].of(text))
                }
            )
        bare = set(questions)
    if len(questions) < MIN_TURNS:
        return []
    first = paragraphs[questions[0]].start
    before = next((p for p in reversed(paragraphs[: questions[0]]) if re.search(r"\w", p.of(text))), None)
    if (
        before is None
        or re.search(r"\w", text[before.end : first])
        or (not bare and not _INTERVIEW_CUE_RE.search(text, before.start, before.end))
    ):
        # no one is said to be questioned in the paragraph that opens the questions (a heading between
        # opens another section): a page's questions and answers (an FAQ), though an interview be
        # mentioned higher up
        return []
    introduced = [mention for mention in speakers.mentions_in(before) if not speakers.inside_quote(mention.span.start)]
    if bare:
        # questions with no label: an interview only where the opening paragraph makes a named person the
        # one asked, not a page's explainer ("We asked readers what they wanted to know.")
        named = {mention.name for mention in introduced if _asked(text, mention.span)}
        if not named and _says_it_is_an_interview(text):
            # a page that says it is an interview ("Interview by Ann Lee", "This interview has been
            # edited"): the one person the paragraph opening the questions names as its subject is the one asked
            credits = _credited(text)
            journalists = {
                mention.name
                for mention in speakers.people
                if _JOURNALIST_BEFORE_RE.search(text, max(0, mention.span.start - JOURNALIST_REACH), mention.span.start)
            }
            # judged per person: one whose mentions none excludes ("Ann Lee has run ... Under Lee, the fleet")
            excluded = {m.name for m in introduced if not _the_one_asked(text, before, m.span, credits, m.name in journalists)}
            named = {mention.name for mention in introduced} - excluded
    else:
        named = {
            mention.name
            for mention in speakers.people
            if mention.span.end <= first and not speakers.inside_quote(mention.span.start)
        }
        if len(named) != 1 and len({mention.name for mention in introduced}) == 1:
            named = {introduced[0].name}  # the one person the paragraph opening the questions names, a byline above
    if len(named) != 1:
        return []
    (person,) = named
    found: list[QuoteFound] = []
    if len(answers) >= MIN_TURNS:
        for index in answers:
            entry = labelled[index]
            if entry is not None and re.search(r"\w", entry[2].of(text)):
                found.append(QuoteFound("direct", entry[2], None, person, person, QA_RESOLUTION.format(how=" labelled")))
        return found
    if answers:
        return []
    answered: list[list[Span]] = []
    for number, index in enumerate(questions):
        last = number + 1 == len(questions)
        end = index + 1
        while (
            end < len(labelled)
            and labelled[end] is None
            and end not in bare
            and end - index <= (1 if last else MAX_ANSWER_PARAGRAPHS)
        ):
            end += 1
        if not last and (end >= len(labelled) or end != questions[number + 1]):
            continue  # the question's answer does not run up to the next question: not a simple Q-and-answer page
        answered.append([paragraph for paragraph in paragraphs[index + 1 : end] if re.search(r"\w", paragraph.of(text))])
    if bare and sum(any(_FIRST_PERSON_RE.search(p.of(text)) for p in answer) for answer in answered if answer) * 2 <= len(
        [answer for answer in answered if answer]
    ):
        return []  # answers that are not the person's own speech ("Not directly, but thresholds stay frozen.")
    return [
        QuoteFound("direct", paragraph, None, person, person, QA_RESOLUTION.format(how=""))
        for answer in answered
        for paragraph in answer
    ]


_ASKED_BEFORE_RE = re.compile(
    rf"(?<!\w){alternation(words('quotes', 'asking_before_name'))}"
    r"(?P<title>(?:[ \t]+[\w'’.-]+){0,4}?)(?:,)?[ \t]+$",
    re.IGNORECASE,
)
_ASKED_AFTER_RE = re.compile(
    rf"(?:,[^,.\n]{{1,60}},)?[ \t]+{alternation(words('quotes', 'asking_after_name'))}(?!\w)",
    re.IGNORECASE,
)
_NOT_A_TITLE = frozenset(word.casefold() for word in words("quotes", "not_an_askeds_title"))
ASKED_REACH = 80  # characters before or after a name in which it is made the one asked
_FIRST_PERSON_RE = re.compile(
    rf"(?<!\w){alternation(sorted({w for word in words('quotes', 'first_person_words') for w in (word, word.capitalize())}))}(?!\w)"
)


def _asked(text: str, name: Span) -> bool:
    """Whether the words around a name make its person the one asked: "we asked chief executive Ann
    Lee why", "an interview with Ann Lee", "Ann Lee answered our questions"; not "we asked readers
    what they wanted to know" or "Ann Lee spoke to residents"."""
    if re.match(r"['’]s?(?!\w)", text[name.end : name.end + 2]):
        return False  # "we asked Ann Lee's neighbours": the ones asked are others
    before = _ASKED_BEFORE_RE.search(text[max(0, name.start - ASKED_REACH) : name.start])
    if before and not any(word.casefold() in _NOT_A_TITLE for word in before.group("title").split()):
        return True
    return bool(_ASKED_AFTER_RE.match(text[name.end : name.end + ASKED_REACH]))


MAX_BARE_QUESTION = 160  # characters of a question printed as a line of its own


def _bare_question(paragraph: str) -> bool:
    """A paragraph that is a short question, no quote marks in it ("What about the vessel?"), a sentence
    before it at most ("The islanders are angry. What do you say to them?")."""
    words = paragraph.strip()
    return (
        len(words) <= MAX_BARE_QUESTION
        and words.endswith("?")
        and len(re.findall(r"[.!?](?=\s)", words)) <= 1
        and not re.search(r"[\"“”«»]", words)
    )


_SECOND_PERSON_RE = re.compile(r"(?<!\w)(?:you|your|yours)(?!\w)", re.IGNORECASE)
# ... the statement reports others' claims about the one asked ("Critics say your prices are too high", "You
# have been accused of ..."): not a generic or an imperative "you" of the answer going on ("You cannot run a
# ferry on sentiment.", "Ask any skipper and you will hear the same thing.")
_CLAIMS_ABOUT_YOU_RE = re.compile(
    rf"(?<!\w){alternation(words('quotes', 'claims_about_you_verbs'))}(?!\w)"
    r"[^.!?\n]{0,40}?(?<!\w)(?:you|your|yours)(?!\w)"
    r"|(?<!\w)you(?:[ \t]+have|['’]ve)[ \t]+been[ \t]+(?:accused|criticised|criticized|blamed|called|described|attacked)(?!\w)",
    re.IGNORECASE,
)


def _put_to_them(paragraph: str) -> bool:
    """A paragraph of a bare Q&A that is a question put as a statement: one short sentence addressed to the
    one asked ("Critics say your prices are too high."), in no one's first person, no quote marks in it."""
    words = paragraph.strip()
    return (
        len(words) <= MAX_BARE_QUESTION
        and words.endswith(".")
        and not re.search(r"[.!?;:](?=\s)", words)
        and not re.search(r"[\"“”«»]", words)
        and _SECOND_PERSON_RE.search(words) is not None
        and _CLAIMS_ABOUT_YOU_RE.search(words) is not None
        and _FIRST_PERSON_RE.search(words) is None
    )


# A call transcript's speaker line, a paragraph of its own: "Ann Lee -- Chief Executive Officer",
# "Bo Park -- Acme Bank -- Analyst", or a line naming no person ("Operator").
_SPEAKER_LINE_RE = re.compile(r"(?P<name>[^\W\d_][\w'’. -]{1,60}?)(?:[ \t]+(?:--|—|–)[ \t]+[^\n]{1,80})?")
MAX_LINE_TURN = 4  # paragraphs a speaker line's turn may hold


def _speaker_lines(text: str, paragraphs: list[Span], by_label: dict[str, tuple[str, str]]) -> list[QuoteFound]:
    """A call's transcript: each speaker's line (a short line of its own, which the page's layout may
    have set aside as a heading), then what they said, up to the next speaker's line. A line counts
    only where several name a person of the article with their title; the paragraphs after the last
    line are left alone (a page's furniture follows the call), and so are the turns of a speaker who
    mostly asks."""
    said: list[tuple[str | None, list[Span]]] = []  # (speaker or None, their paragraphs), in text order

    def speaker_line(line: str) -> bool:
        """Whether a line is a speaker's line; if so, a new turn begins."""
        found = _SPEAKER_LINE_RE.fullmatch(line.strip())
        if not found:
            return False
        known = by_label.get(fold(found.group("name").strip()))
        if known and found.end("name") < len(line.strip()):
            said.append((known[0], []))
        elif len(found.group("name").split()) == 1 and found.end("name") == len(line.strip()):
            said.append((None, []))  # "Operator"
        else:
            return False
        return True

    previous_end = 0
    for paragraph in paragraphs:
        for line in text[previous_end : paragraph.start].splitlines():
            speaker_line(line)
        previous_end = paragraph.end
        if not speaker_line(paragraph.of(text)) and said and re.search(r"\w", paragraph.of(text)):
            said[-1][1].append(paragraph)
    if sum(person is not None for person, _ in said) < MIN_TURNS:
        return []
    turns = [
        (person, paragraph)
        for person, spoken in said[:-1]  # after the last line: the page's furniture
        if person is not None and len(spoken) <= MAX_LINE_TURN
        for paragraph in spoken
    ]
    asked: dict[str, list[bool]] = {}
    for person, paragraph in turns:
        asked.setdefault(person, []).append(paragraph.of(text).rstrip().endswith("?"))
    asking = {person for person, marks in asked.items() if sum(marks) * 2 > len(marks)}
    resolution = "a call transcript's turn, after the speaker's line"
    return [QuoteFound("direct", words, None, person, person, resolution) for person, words in turns if person not in asking]
