"""Quotes: direct, partial and indirect, with the speaker as written and how
it was resolved. A pure function of one article's text, its prose
paragraphs and the people found in it.

One module per step: `marks` (where quoted words begin and end), `speakers`
(who the words around a quote name), `direct` (quoted words and their
speaker), `indirect` (reported speech), `interview` (the answers of a
question-and-answer interview or a transcript, labelled with their speaker),
`posts` (a post or a statement quoted as a block, signed by its account or
introduced by a clause and a colon), `dialogue` (speech
opened by a dialogue dash).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from loaders.extract.cues import SPEECH_VERBS
from loaders.extract.entities import NICKNAME_RULE
from loaders.extract.quotes.dialogue import dialogue_spans
from loaders.extract.quotes.direct import (
    NO_VERB_FRAGMENT,
    SAME_SENTENCE_AFTER,
    SAME_SENTENCE_BEFORE,
    SPEECH_VERB_RE,
    VERBS,
    find_direct,
)
from loaders.extract.quotes.found import QuoteFound
from loaders.extract.quotes.indirect import find_indirect
from loaders.extract.quotes.interview import find_interview_turns
from loaders.extract.quotes.marks import QuotedSpan, quoted_spans, quoted_spans_found
from loaders.extract.quotes.posts import find_blocks, find_posts
from loaders.extract.quotes.speakers import RoleIndex, Speakers
from loaders.extract.types import PERSON, EntityFindings, Mention
from loaders.spans import Span
from loaders.vocab import alternation as vocabulary_alternation
from loaders.vocab import words as vocabulary_words

__all__ = ["QuoteFound", "RoleIndex", "find_quotes", "prose_start", "quoted_spans", "speaker_mentions"]

SPEAKER_RULE = "speaker of a quote"
HEADLINE_OF_INTERVIEW = "the headline of an interview: the one person answering"
HEADING = "a headline's quote"
REPEAT_MIN_WORDS = 4  # fewer words ("no comment") are said by many people
REPEAT_CANDIDATES = 8  # attributed quotes kept per run of words: a bound, whatever the text
HEADLINE_RUN_WORDS = 3  # a run a headline's quote shares with the body's quotes ("a hard blow"), a content word in it
HEADLINE_OPENING_WORDS = 2  # the headline's quote opens as the body's quote it clips ("a hard ..."), a content word in them
HEADLINE_LABEL_WORDS = 2  # a speaker's label before a headline's colon ("Minister:", "Ann Lee:")
_FUNCTION_WORDS = frozenset(vocabulary_words("quotes", "function_words"))
_PREDICATE_OPENINGS = frozenset(vocabulary_words("quotes", "predicate_openings"))
_HEADLINE_VERBS = frozenset(vocabulary_words("quotes", "headline_verbs"))
SPEAKER_CONFIDENCE = 0.7  # a name read from its place beside a speech verb, not from a lexicon


def find_quotes(
    text: str,
    paragraphs: list[Span],
    entities: EntityFindings,
    roles: RoleIndex | Iterable[tuple[str, str, str | None]] = (),
    headings: list[Span] | None = None,
    captions: list[Span] | None = None,
    paragraph_sentences: Sequence[list[Span]] | None = None,
) -> list[QuoteFound]:
    """Every quote of one article, in text order. `roles` is the corpus's
    RoleIndex, built once (a plain list of (person, title, organisation) is
    indexed here, for one article). `headings`: the headline lines the layout
    set aside before the prose; a quote there is kept where the body prints
    the same words with their speaker (a headline's words, not a title's).
    `captions`: blocks the layout set aside as furniture; a photo caption's
    own quote and its speaker are read there (`_caption_quotes`). `paragraph_sentences`: each
    paragraph's sentences, where the caller has them (the extraction's `sentences`): not split again."""
    if not paragraphs:
        return []
    speakers = Speakers(text, entities, roles if isinstance(roles, RoleIndex) else RoleIndex(roles))
    found = _with_dialogue(quoted_spans_found(text, paragraphs), dialogue_spans(text, paragraphs, SPEECH_VERB_RE))
    nicknames = [m.span for m in entities.mentions if m.rule == NICKNAME_RULE]
    if nicknames:  # 'Kittipong "Tong" Saengthong': the nickname's marks quote no one
        found = [quote for quote in found if not any(name.contains(quote.span) for name in nicknames)]
    spans = [quote.span for quote in found]
    speakers.set_quoted(spans)
    quotes = find_direct(text, paragraphs, speakers, found)
    turns = find_interview_turns(text, paragraphs, speakers)
    quotes = _headline_of_interview(paragraphs[0], _quoted_in_answers(text, paragraphs, speakers, quotes, turns), turns) + turns
    posts = find_posts(text, paragraphs, speakers, spans + [turn.span for turn in turns])
    quotes += posts + find_blocks(text, paragraphs, speakers, spans + [q.span for q in turns + posts], SPEECH_VERB_RE)
    headline = [
        QuoteFound("direct", quote.span, None, None, None, HEADING)
        for quote in quoted_spans_found(text, headings or [])
        if len(_words_of(quote.span.of(text)).split()) >= REPEAT_MIN_WORDS
        # a headline set aside after a masthead kept as the first paragraph: its quote only where the line names
        # no speaker of its own before it ("Store group blames "too many shops"" is the group's own summary)
        and (quote.span.end <= paragraphs[0].start or not _speaker_named_before(text, quote.span))
    ]
    first = _headlines(text, paragraphs)
    quotes = _repeated_with_speaker(text, headline + quotes)
    unrepeated = [q for q in quotes if q.resolution == HEADING]
    quotes = _headline_reworded_in_body(text, [first], [q for q in quotes if q.resolution != HEADING])
    if unrepeated:
        # a headline set aside whose quote the body rewords ("Cod heads south: „Our cod finally has its own
        # name“"): the body speaker's, as a headline kept in the prose is; one no body quote rewords is dropped
        reworded = _headline_reworded_in_body(text, headings or [], unrepeated + quotes)[: len(unrepeated)]
        quotes += [q for q in reworded if q.speaker is not None]
    quotes.extend(find_indirect(text, paragraphs, speakers, spans, paragraph_sentences))
    quotes.extend(_caption_quotes(text, captions or [], speakers, spans))
    return sorted(quotes, key=lambda q: (q.span, q.kind))


# A photo caption's label ("Photo:", "Pictured:") and the credit closing it ("(Outlet: Name)", "/ Outlet"):
# furniture around the caption's own words, no speaker's.
_CAPTION_LABEL_RE = re.compile(rf"[ \t]*(?:{'|'.join(vocabulary_words('quotes', 'caption_labels'))})[ \t]*:[ \t]*", re.IGNORECASE)
_CREDIT_IN_BRACKETS_RE = re.compile(r"\([^()\n\"“”«»]*\)")
_CREDIT_AFTER_SLASH_RE = re.compile(r"/[^/\n\"“”«»]*")
_QUOTE_MARK_RE = re.compile(r"[\"“”«»]")


def caption_credit_start(text: str, start: int, end: int) -> int:
    """Where the credit closing a caption's words starts, with the blanks before it ("… she says. (Outlet: Name)",
    "… she says. / Outlet"), or `end` where there is none. Read from the end by hand, each character once at
    most: the last bracket's or slash's words to the end, blanks after them trimmed first (a pattern searched
    for blanks then a credit at the end would start again at every blank of a long run)."""
    stop = end - 1 if end > start and text[end - 1] == "\n" else end
    while stop > start and text[stop - 1] in " \t":
        stop -= 1
    credit = stop
    slash = text.rfind("/", start, stop)
    if slash >= 0 and _CREDIT_AFTER_SLASH_RE.fullmatch(text, slash, stop):
        credit = slash
    if stop > start and text[stop - 1] == ")":
        bracket = text.rfind("(", start, stop)
        if 0 <= bracket < credit and _CREDIT_IN_BRACKETS_RE.fullmatch(text, bracket, stop):
            credit = bracket
    if credit == stop:
        return end
    while credit > start and text[credit - 1] in " \t":
        credit -= 1
    return credit


def _caption_quotes(text: str, captions: list[Span], speakers: Speakers, spans: list[Span]) -> list[QuoteFound]:
    """The quotes a photo caption prints with their speaker ('Photo: "We have a buyer," says Ann Lee.
    (Outlet: Name)'; 'Pictured: Ann Lee at the quay. "…," she says.'): its words between the label and the
    credit read as a paragraph of their own, after the prose (its state is the prose's last), a pronoun in
    it standing for the person the caption names before the quote, never for the credit."""
    bodies = []
    for caption in captions:
        label = _CAPTION_LABEL_RE.match(text, caption.start, caption.end)
        if label is None or not _QUOTE_MARK_RE.search(text, label.end(), caption.end):
            continue
        body = Span(label.end(), caption_credit_start(text, label.end(), caption.end))
        if body.end > body.start:
            bodies.append(body)
    if not bodies:
        return []
    found = quoted_spans_found(text, bodies)
    if not found:
        return []
    speakers.set_quoted(sorted(spans + [quote.span for quote in found]))
    for body in bodies:
        first_quote = next((q.span.start for q in found if body.contains(q.span)), body.end)
        speakers.note_named_in(Span(body.start, first_quote))
    # (words in marks with no speech verb or label, '… at the signing ("Every bag …")', name no speaker: the
    # caption may picture several people, the first of them no more the speaker than the others)
    return [quote for quote in find_direct(text, bodies, speakers, found) if NO_VERB_FRAGMENT not in quote.resolution]


def _headline_of_interview(first: Span, quotes: list[QuoteFound], turns: list[QuoteFound]) -> list[QuoteFound]:
    """An interview with one person answering: a quote of its first paragraph (the headline) that
    names nobody is that person's words, pulled from the answers."""
    answering = {turn.speaker for turn in turns}
    if len(answering) != 1:
        return quotes
    (person,) = answering
    return [
        replace(
            quote, speaker=person, speaker_as_written=person, resolution=HEADLINE_OF_INTERVIEW, source=None, speaker_span=None
        )
        if quote.speaker is None and first.contains(quote.span)
        else quote
        for quote in quotes
    ]


def _with_dialogue(marked: list[QuotedSpan], dialogue: list[QuotedSpan]) -> list[QuotedSpan]:
    """The quotes in marks and those a dialogue dash opens, in text order; words in marks inside a
    dash's quote are part of it ("—We have heard "no job will go" before —she said.")."""
    if not dialogue:
        return marked
    kept, index = [], 0
    for quote in marked:  # both in text order: one pass
        while index < len(dialogue) and dialogue[index].span.end <= quote.span.start:
            index += 1
        if index == len(dialogue) or not dialogue[index].span.contains(quote.span):
            kept.append(quote)
    return sorted(kept + dialogue, key=lambda quote: quote.span)


INNER_PRONOUN = "a pronoun inside an answer: {how}"
PASSIVE_AGENT = "a passive's agent inside an answer: {how}"
_PERSONAL_PRONOUNS = frozenset(vocabulary_words("pronouns", "personal_subject"))
_PLURAL_PRONOUNS = frozenset(vocabulary_words("pronouns", "plural_subject"))
# A reporting clause naming its speaker by a capitalised name in apposition ("My deputy, Marvin, told us", "the
# president, Mr Bounmy, said"): a name the article does not know as a person where no speaker was resolved
_NAME_IN_APPOSITION_RE = re.compile(r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]+(?:,|[ \t]*$)")
# A first- or second-person subject before its speech verb, an adverb or two between ("I told", "we always
# say", "you asked"): the answerer's words, or the interviewer's, reported inside an answer
# (the words between lower-case adverbs, in that case only, no pronoun nor a word joining clauses: "I think Ingrid
# said", "I asked and she said" report another's words)
_NOT_BETWEEN = vocabulary_alternation(
    vocabulary_words("pronouns", "personal_subject") + vocabulary_words("pronouns", "clause_joining_words")
)
_SPEAKING_PERSON_RE = re.compile(
    rf"\b{vocabulary_alternation(vocabulary_words('pronouns', 'speaking_person_subject'))}"
    rf"(?:[ \t]+(?!{_NOT_BETWEEN}\b)(?-i:[a-z]+)){{0,2}}?[ \t]+$",
    re.IGNORECASE,
)
# (l35) A first- or second-person word in a relative clause of the reporting clause's subject, a noun phrase opening
# the clause ("The board we elected said", '"…," the buyer we trust told us'), a verb of the relative clause between
# the pronoun and the speech verb: the pronoun is no subject of the speech verb
_RELATIVE_HEAD_RE = re.compile(
    rf"(?:^|[,\"“”’'][ \t]*|\b{vocabulary_alternation(vocabulary_words('pronouns', 'clause_joining_words'))}[ \t]+)"
    rf"[ \t]*{vocabulary_alternation(vocabulary_words('pronouns', 'relative_head_determiners'))}(?:[ \t]+(?-i:[a-z][\w'’-]*)){{1,2}}[ \t]+$",
    re.IGNORECASE,
)
# (fixl35) Words between a first-person subject and its speech verb that are adverbs ("we always say", "we finally
# said"): no verb of a relative clause
_SPEAKING_ADVERBS = frozenset(word.casefold() for word in vocabulary_words("pronouns", "speaking_adverbs"))
_LY_VERBS = frozenset(word.casefold() for word in vocabulary_words("pronouns", "verbs_ending_in_ly"))
# A speech verb of the clause, the one nearest the quote read ("I asked and Ingrid said, "…"": "said")
_CLAUSE_SPEECH_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# "I was told by Ann Lee": a passive's agent after the verb, the first person the listener
_PASSIVE_AGENT_RE = re.compile(
    rf"[ \t]+{vocabulary_alternation(vocabulary_words('pronouns', 'passive_agents'))}\b", re.IGNORECASE
)
_QUOTING_VERBS = frozenset(vocabulary_words("pronouns", "quoting_verbs"))
CLAUSE_REACH = 160  # characters of a quote's reporting clause read before or after it inside an answer
_CLAUSE_STOP_RE = re.compile(r"[.!?:;][\"”’']?[ \t]+|\n")
_INTRODUCING = " \t\"“”‘’'«»:,—–-"  # what may stand between a reporting clause and the quote's words


def _quoted_in_answers(
    text: str, paragraphs: list[Span], speakers: Speakers, quotes: list[QuoteFound], turns: list[QuoteFound]
) -> list[QuoteFound]:
    """The quotes outside the interview's answers, and those inside one that their own sentence attributes
    ('Ann Lee told me, "…"', 'My mother used to say, "…"', '… and I quote, "…"'): another person's words the
    answer reports, listed apart with their own speaker, as the same words another outlet prints are (the
    answer stays whole, its answerer's). Words the answer puts in marks with no clause of saying of their
    own (a scare quote, an echo: 'But "no one was hurt yet" is no standard') are part of the answer, and so
    are words its clause gives the first or second person ('I told the board, "…"', 'You asked me, "…"': the
    answerer's own, or the interviewer's, never the listener's). A pronoun "he" or "she" there ("He said to
    me, "…"") stands for the last person of its gender the answer names before it, else the question just
    before the answer names, never the answerer (the answer's "I"); "they" for no one person. Where the
    clause names someone the page gives no person for (a pronoun for no one named, a name in apposition the
    article does not know as a person: "My deputy, Marvin, told us") the words stay in the answer: listed
    with no one, they would say no one spoke."""
    answers = sorted(turns, key=lambda turn: turn.span)
    starts = [turn.span.start for turn in answers]
    paragraph_starts = [p.start for p in paragraphs]
    kept = []
    for quote in quotes:
        index = bisect.bisect_right(starts, quote.span.start) - 1
        if index < 0 or not answers[index].span.contains(quote.span):
            kept.append(quote)
            continue
        if not quote.resolution.startswith((SAME_SENTENCE_BEFORE, SAME_SENTENCE_AFTER)):
            continue  # the answer's own words in marks
        answer = answers[index]
        quote = _without_turn_label(text, paragraph_starts, answer.span, quote)
        agent = _passive_agent(text, answer.span, quote, speakers)
        if agent is False or (isinstance(agent, Mention) and agent.name == answer.speaker):
            continue  # "I was told by a neighbour": no person the page gives
        if isinstance(agent, Mention):
            resolution = PASSIVE_AGENT.format(how=agent.name)
            kept.append(
                replace(
                    quote,
                    speaker=agent.name,
                    speaker_as_written=agent.span.of(text),
                    speaker_span=agent.span,
                    resolution=resolution,
                )
            )
            continue
        if _said_in_person(text, answer.span, quote):
            continue  # the answerer's own words again, or the interviewer's
        pronoun = (quote.speaker_as_written or "").casefold()
        if quote.speaker is not None and pronoun in _PERSONAL_PRONOUNS:
            if pronoun in _PLURAL_PRONOUNS:
                continue
            person = _named_before_in_answer(text, paragraphs, paragraph_starts, speakers, answer, quote.span.start, pronoun)
            if person is None:
                continue
            quote = replace(quote, speaker=person, resolution=INNER_PRONOUN.format(how=person), speaker_span=None)
        elif quote.speaker is None and _NAME_IN_APPOSITION_RE.search(quote.speaker_as_written or ""):
            continue
        elif quote.speaker is not None and quote.speaker == answer.speaker:
            continue  # (the answerer's own words again)
        kept.append(quote)
    return kept


def _without_turn_label(text: str, paragraph_starts: list[int], answer: Span, quote: QuoteFound) -> QuoteFound:
    """A quote inside an answer with its turn's label ("TR:") cut from the speaker and the source as written
    ("TR: People" -> "People"): the clause is read from the paragraph's start, the label before the answer."""
    index = bisect.bisect_right(paragraph_starts, answer.start) - 1
    label = text[paragraph_starts[index] : answer.start].strip() if index >= 0 else ""
    if not label:
        return quote

    def cut(written: str | None) -> str | None:
        return written[len(label) :].strip() or None if written and written.startswith(label) else written

    return replace(quote, speaker_as_written=cut(quote.speaker_as_written), source=cut(quote.source))


def _reporting_verb(text: str, answer: Span, quote: QuoteFound) -> tuple[str, int, re.Match[str]] | None:
    """A quote's reporting clause inside an answer, read within CLAUSE_REACH characters of the quote up to its
    sentence's stop: (the clause, where it starts, its speech verb nearest the quote), or None."""
    if quote.cue is None or quote.cue.casefold() in _QUOTING_VERBS:
        return None
    verb = re.compile(rf"\b{re.escape(quote.cue)}\b", re.IGNORECASE)
    if quote.resolution.startswith(SAME_SENTENCE_BEFORE):
        start = max(answer.start, quote.span.start - CLAUSE_REACH)
        clause = text[start : quote.span.start]
        # (a colon or a semicolon before the clause's last words opens a clause of its own: "I can say this: the
        # miller wrote, and I quote, "…""; one right before the quote introduces it: "I said: "…"")
        stops = list(_CLAUSE_STOP_RE.finditer(clause, 0, len(clause.rstrip(_INTRODUCING))))
        if stops:
            start, clause = start + stops[-1].end(), clause[stops[-1].end() :]
        found = list(verb.finditer(clause)) + list(_CLAUSE_SPEECH_VERB_RE.finditer(clause))
        nearest = max(found, key=lambda match: match.start()) if found else None
    else:
        start = quote.span.end
        clause = text[start : min(answer.end, start + CLAUSE_REACH)]
        stop = _CLAUSE_STOP_RE.search(clause, 2)  # (past the quote's own closing mark)
        clause = clause[: stop.start()] if stop else clause
        nearest = verb.search(clause)
    return None if nearest is None else (clause, start, nearest)


def _said_in_person(text: str, answer: Span, quote: QuoteFound) -> bool:
    """Whether a quote's reporting clause inside an answer opens with a first- or second-person subject
    before its speech verb, the one nearest the quote ('I told the board, "…"', '"…," I said', 'You asked me,
    "…"'), not a passive's ('I was told by Ann Lee, "…"': hers)."""
    found = _reporting_verb(text, answer, quote)
    if found is None:
        return False
    clause, _, nearest = found
    if _PASSIVE_AGENT_RE.match(clause, nearest.end()):
        return False
    person = _SPEAKING_PERSON_RE.search(clause, 0, nearest.start())
    if person is None:
        return False
    # (a relative clause has a verb of its own before the speech verb: "The next day we said" and "The next day we
    # finally said", adverbs only between, are the first person's)
    between = [word.casefold() for word in person.group(0).split()[1:]]
    adverbs = all(word in _SPEAKING_ADVERBS or (word.endswith("ly") and word not in _LY_VERBS) for word in between)
    return adverbs or not _RELATIVE_HEAD_RE.search(clause, 0, person.start())


def _passive_agent(text: str, answer: Span, quote: QuoteFound, speakers: Speakers) -> Mention | bool | None:
    """The person a passive reporting clause inside an answer names after its verb ('"…," I was told by Ann
    Lee'; 'We were told by Ann Lee, "…"'): their mention; False where the clause is a passive naming no person
    there; None where it is no passive."""
    found = _reporting_verb(text, answer, quote)
    agent = _PASSIVE_AGENT_RE.match(found[0], found[2].end()) if found else None
    if found is None or agent is None:
        return None
    at = found[1] + agent.end()
    at += len(text[at : at + 4]) - len(text[at : at + 4].lstrip(" \t"))
    return next((m for m in speakers.mentions_in(Span(at, min(answer.end, at + CLAUSE_REACH))) if m.span.start == at), False)


def _named_before_in_answer(
    text: str,
    paragraphs: list[Span],
    paragraph_starts: list[int],
    speakers: Speakers,
    answer: QuoteFound,
    position: int,
    pronoun: str,
) -> str | None:
    """The last person an answer names before a position in it whom the pronoun may stand for, else the last
    the question just before the answer names; never the answerer. Each lookup a bisect into the article's
    people (the paragraphs' starts found once per text): linear however many pronouns an answer holds."""
    named = speakers.last_named_in(Span(answer.span.start, position), pronoun, answer.speaker)
    if named is not None:
        return named
    index = bisect.bisect_right(paragraph_starts, answer.span.start) - 1
    question = next(
        (p for p in reversed(paragraphs[max(0, index - QUESTION_REACH) : max(index, 0)]) if re.search(r"\w", p.of(text))), None
    )
    if question is None:
        return None
    return speakers.last_named_in(question, pronoun, answer.speaker)


QUESTION_REACH = 4  # paragraphs looked back over for the question before an answer (blank ones skipped)


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _repeated_with_speaker(text: str, quotes: list[QuoteFound]) -> list[QuoteFound]:
    """A quote that names no person, whose words the article prints again in a quote that does
    (a headline's quote, repeated in the body): the same words, the same speaker. Attributed quotes
    are looked up by their runs of words (a few candidates each), never all compared with all."""
    by_run: dict[str, list[tuple[str, QuoteFound]]] = {}
    for quote in quotes:
        if quote.speaker:
            printed = _words_of(quote.span.of(text)).split()
            padded = f" {' '.join(printed)} "
            for index in range(len(printed) - REPEAT_MIN_WORDS + 1):
                holders = by_run.setdefault(" ".join(printed[index : index + REPEAT_MIN_WORDS]), [])
                if len(holders) < REPEAT_CANDIDATES and all(q is not quote for _, q in holders):
                    holders.append((padded, quote))
    out = []
    for quote in quotes:
        words = _words_of(quote.span.of(text)).split()
        if quote.speaker is None and len(words) >= REPEAT_MIN_WORDS:
            wanted = f" {' '.join(words)} "
            candidates = by_run.get(" ".join(words[:REPEAT_MIN_WORDS]), [])
            # (never the answer or the quote holding it: words it reports are not printed again)
            said = next(
                (q for printed, q in candidates if q is not quote and not q.span.contains(quote.span) and wanted in printed),
                None,
            )
            if said is not None:
                quote = replace(
                    quote,
                    speaker=said.speaker,
                    speaker_as_written=said.speaker_as_written,
                    resolution=f"the same words printed again with their speaker: {said.speaker}",
                    source=None,
                    speaker_span=None,
                )
        out.append(quote)
    return out


def prose_start(text: str, paragraphs: list[Span]) -> int:
    """Where the prose starts: its first paragraph ending as a sentence does, after any opening lines with no
    sentence's end (a masthead, a headline kept in the prose); the headline lines the layout set aside before
    it are headings (`find_quotes`), even after a masthead kept as the first paragraph."""
    for paragraph in paragraphs:
        if paragraph.of(text).rstrip(_CLOSING)[-1:] in _SENTENCE_ENDS:
            return paragraph.start
    return paragraphs[0].start if paragraphs else len(text)


def _headlines(text: str, paragraphs: list[Span]) -> Span:
    """Where the article's opening lines with no sentence's end stand (a masthead, a headline kept in the
    prose): up to its first paragraph ending as a sentence does."""
    end = paragraphs[0].start
    for paragraph in paragraphs:
        if paragraph.of(text).rstrip(_CLOSING)[-1:] in _SENTENCE_ENDS:
            break
        end = paragraph.end
    return Span(paragraphs[0].start, end)


_CLOSING = " \t\n\"”’'»)"  # what may follow a sentence's end
_SENTENCE_ENDS = ".!?…"


def _headline_reworded_in_body(text: str, headlines: list[Span], quotes: list[QuoteFound]) -> list[QuoteFound]:
    """A quote of the opening lines (a headline kept in the prose) naming no one, whose words the
    body's quotes reword: the one speaker whose quotes both open as the headline's quote does (its
    first two words, a content word among them: a sub-editor clips a quote where a phrase of it
    begins) and share a run of HEADLINE_RUN_WORDS words with it, a content word among them ("a hard
    blow to the whole valley" / "It is a hard blow to …," the councillor said). Where two people's
    quotes do, no one; where the headline's line names a speaker of its own before the quote
    ("Minister: "…"", "Residents fear "…""), no one: a body's quote rewording it may be another side's
    answer (the same words printed again are the speaker's, `_repeated_with_speaker`)."""
    heads = {id(q) for q in quotes if q.speaker is None and q.source is None and _within(headlines, q.span)}
    if not heads:
        return quotes
    said_by: dict[tuple[str, ...], set[str]] = {}
    opened_by: dict[tuple[str, ...], set[str]] = {}  # speakers by their quotes' pairs of words: sets of speakers, not of quotes
    for quote in quotes:
        if quote.speaker and not _within(headlines, quote.span):
            tokens = _words_of(quote.span.of(text)).split()
            for run in _content_runs(tokens, HEADLINE_RUN_WORDS):
                said_by.setdefault(run, set()).add(quote.speaker)
            for body_opening in _openings(tokens):
                opened_by.setdefault(body_opening, set()).add(quote.speaker)
    out = []
    for quote in quotes:
        tokens = _words_of(quote.span.of(text)).split()
        if (
            id(quote) in heads
            and len(tokens) >= REPEAT_MIN_WORDS
            and not _speaker_named_before(text, quote.span)
            and not _SPEAKER_NAMED_AFTER_RE.match(text, quote.span.end)
        ):
            opening = _opening(tokens, 0)
            # (q26) a shared run reaching past the opening: the opening alone ("We will not") is no shared phrase
            reach = len(opening) if opening else 0
            sharing = set().union(
                *(
                    said_by.get(run, set())
                    for run in _content_runs(tokens[max(0, reach - HEADLINE_RUN_WORDS + 1) :], HEADLINE_RUN_WORDS)
                )
            )
            people = sharing & opened_by.get(opening, set()) if opening else set()
            if len(people) == 1:
                (person,) = people
                quote = replace(
                    quote,
                    speaker=person,
                    speaker_as_written=person,
                    resolution=f"a headline's words the body's quotes reword: {person}",
                    speaker_span=None,
                )
        out.append(quote)
    return out


def _within(spans: list[Span], span: Span) -> bool:
    return any(outer.contains(span) for outer in spans)


def _speaker_named_before(text: str, quote: Span) -> bool:
    """Whether the headline's line names who says its quote before it: a label of a word or two and a
    colon ("Minister: "…"", "Ann Lee: "…""), or a clause running into the quote with no break
    ("Residents fear "…"", "Union vows "…""). A headline that states its news, then a colon or a dash,
    then the quote ("Creamery to close: "…"") names no one."""
    line = text[text.rfind("\n", 0, quote.start) + 1 : quote.start].rstrip(_OPENING_MARKS)
    if not line.strip():
        return False
    if line[-1:].isalnum():
        # ... unless the quote is the predicate of the words before it ("New ferry services "will change
        # winter"", "Plant "set to close""): they are its subject, no speaker's clause. Not after a speech
        # verb ("Minister says "will act"") or a headline's verb of saying or feeling ("Union vows "to fight on"").
        opening = _words_of(quote.of(text)).split()[:1]
        last = line.split()[-1]
        return not (
            opening
            and opening[0] in _PREDICATE_OPENINGS
            and not SPEECH_VERB_RE.search(last)
            and last.casefold() not in _HEADLINE_VERBS
        )
    return line.rstrip().endswith(":") and len(line.split()) <= HEADLINE_LABEL_WORDS


_OPENING_MARKS = " \t\"“‘'«„‚»"
# A headline's line naming who says its quote after it: a speech or headline verb within a few words of the
# close (""…", says union", ""…," warn weavers", ""…", union says"), or a dash and a label (""…" – union leader")
_SPEAKER_NAMED_AFTER_RE = re.compile(
    r"[,.!?\"”’'»]*[ \t]*(?:[—–―][ \t]*\w|,?[ \t]*(?:[\w'’-]+[ \t]+){0,3}"
    rf"(?:{VERBS}|{vocabulary_alternation(vocabulary_words('quotes', 'headline_verbs'))})\b)",
    re.IGNORECASE,
)


HEADLINE_OPENING_REACH = 4  # (q26) the most words of an opening run to its first content word ("We will not let")


def _opening(tokens: list[str], start: int) -> tuple[str, ...] | None:
    """The words from `start` to the first content word, HEADLINE_OPENING_WORDS at least ("a hard"; (q26) "We will not
    let": a quote opening with function words opens so); none where no content word comes within
    HEADLINE_OPENING_REACH words."""
    for end in range(start + HEADLINE_OPENING_WORDS, min(len(tokens), start + HEADLINE_OPENING_REACH) + 1):
        if any(word not in _FUNCTION_WORDS for word in tokens[start:end]):
            return tuple(tokens[start:end])
    return None


def _openings(tokens: list[str]) -> set[tuple[str, ...]]:
    """A body quote's openings at each of its words (a sub-editor clips a quote where a phrase of it begins)."""
    return {opening for start in range(len(tokens)) if (opening := _opening(tokens, start)) is not None}


def _content_runs(tokens: list[str], size: int) -> set[tuple[str, ...]]:
    """The runs of `size` words of a quote's words with a content word among them."""
    runs = (tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))
    return {run for run in runs if any(word not in _FUNCTION_WORDS for word in run)}


def speaker_mentions(quotes: list[QuoteFound], entities: EntityFindings) -> list[Mention]:
    """A person mention for each speaker read from the words of the text where
    entity extraction marked no person: everyone who speaks has a mention."""
    people = [mention.span for mention in entities.mentions if mention.kind == "person"]
    found: dict[Span, Mention] = {}
    for quote in quotes:
        where = quote.speaker_span
        if quote.speaker and where is not None and where not in found and not any(span.contains(where) for span in people):
            found[where] = Mention(PERSON, quote.speaker, where, SPEAKER_RULE, SPEAKER_CONFIDENCE)
    return sorted(found.values(), key=lambda mention: mention.span)
