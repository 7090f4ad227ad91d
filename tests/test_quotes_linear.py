"""Quote extraction and grouping stay linear on pathological text: each shape
runs at 64 KB under a generous timeout (a guard against a quadratic loop or a
backtracking regex, not a measure of speed: benchmarks/ measures that)."""

from __future__ import annotations

import pytest

from loaders.extract.quotes import find_quotes
from loaders.extract.types import EntityFindings
from loaders.group.quotes import group_utterances, utterances
from loaders.spans import Span
from tests.timing import doubling_ratios

SIZE = 64 * 1024

SHAPES = {
    "straight double marks": '"',
    "curly pairs": "“”",
    "single marks around letters": "'a' ",
    "speech verbs": "said ",
    "no punctuation": "word Ann Lee ",
    "quote then attribution": '"Go," said Lee. ',
    "attributions without stops": "“a” said Lee ",
    "colon introductions": "x said: ",
    "according to": "according to x, ",
    "opening marks only": ' "a',
    "adding clauses": "he said that adding that ",
    "capitalised words": "Ann Lee Bob ",
    "short quotes, no stops": "“a” ",
    "the same words, attributed and not": "“we will win it all” said Ann Lee. “we will win it all” ",
    "spaced guillemets": "« a » ",
    "dash introductions": 'Lee was firm — "a" ',
    "quoted titles": 'the report "Power For All Towns" ',
    "attributions inside the marks": "« a, she said, b, Ann Lee said, c, said x ",
    "signatures without a line break": "a post — Ann Lee (@annlee) — ",
    "signed posts": "A post.\n— Ann Lee (@annlee) June 3\n",
    "question and answer labels": "Q: Why?\nA: Because.\nIn May.\n",
    "transcript times and labels": "[00:02:10] ANN LEE: a [0:1] LEE: b ",
    "described speakers": '"a," the mum-of-three, the 58-year-old said. ',
    "dialogue dashes": "—a —b —said x —c ",
    "described speakers after unnamed people": '"a," the woman said. A neighbour, one 58-year-old, another man ',
    "pronouns of both kinds and courtesy titles": '"a," he said. "b," she said. Mr Lee Mrs Lee ',
    "pull quotes signed below": '> "a b."\n\n> — Ann Lee, 2019\n\n',
    "participle clauses": 'Ann Lee spoke for long, saying, "a." ',
    "unnamed speakers then pronouns": 'A council spokeswoman said "a b c". "d," she said. ',
    "unnamed people speaking in prose": 'A Jakarta-based trader for a bank, who was not named, said x. "y," he said. A ',
    "withheld names and titles speaking": (
        'A welder at the yard, who asked not to be named, said x. One of the women said y. The mayor of Orvale said z. "w," he said. '
    ),
    "titles with no one named": 'I spoke with the chief executive of Kestrel Marine. "a," he said. the mayor the ',
    "record furniture and office labels": "Verbatim record\n\nChairman Ann Lee: a.\n\nBo Park: b?\n\nMinister Bo Park: c.\n\n",
    "record cues in long lines": "a public hearing b official report c ",
    "presenter lines": "Presenter: Ann Lee\nPRESENTER: Ann Lee, welcome.\nHost: Bo Park, editor\n",
    "dash quotes closed by a name and a role": "– a, said Ann Lee, chief of Kestrel Oats.\n\n",
    "first-person clauses in answers": 'TR: I told them, "a," and we always say, "b," you asked me, "c?" ',
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_find_quotes_on_64_kb_of_a_pathological_shape(unit):
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    quotes = find_quotes(text, [Span(0, len(text))], EntityFindings(), [])
    for quote in quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)


@pytest.mark.timeout(60)
def test_find_quotes_on_64_kb_of_interview_turns():
    """Thousands of labelled paragraphs, every one a turn of one of two people."""
    from loaders.extract.types import Mention

    unit = "Ann Lee: Why now?\n\nBo Park: Because the price is right.\n\nAL: And then?\n\nBP: We wait.\n\n"
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start, start + len(block)))
        start += len(block) + 2
    mentions = [Mention("person", "Ann Lee", Span(0, 7), "given", 0.9), Mention("person", "Bo Park", Span(19, 26), "given", 0.9)]
    quotes = find_quotes(text, [p for p in paragraphs if p.end > p.start], EntityFindings(mentions=mentions), [])
    assert {q.speaker for q in quotes if q.kind == "direct"} == {"Bo Park"}


@pytest.mark.timeout(60)
def test_grouping_many_copies_of_one_utterance_and_many_near_copies():
    items = []
    for number in range(3000):
        text = "We will keep every store open this year." if number % 2 else f"We will keep store {number} open this year."
        items.extend(utterances(f"a{number}", text, Span(0, len(text))))
    groups = group_utterances(items)
    assert sum(len(g.links) for g in groups) == len(items)


@pytest.mark.timeout(60)
def test_find_quotes_with_many_people_and_organisations_named():
    import re

    from loaders.extract.types import Mention

    unit = "“Go,” said Ann Lee of Acme Corp. “Stop,” she said. Acme Corp's CFO said: “Wait.” “Then,” said Lee. "
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    mentions = [Mention("person", "Ann Lee", Span(m.start(), m.end()), "given", 0.9) for m in re.finditer("Ann Lee", text)]
    mentions += [
        Mention("organisation", "Acme Corp", Span(m.start(), m.end()), "given", 0.9) for m in re.finditer("Acme Corp", text)
    ]
    quotes = find_quotes(
        text, [Span(0, len(text))], EntityFindings(mentions=mentions), [("Ann Lee", "chief financial officer", "Acme Corp")]
    )
    assert {q.speaker for q in quotes if q.kind == "direct"} == {"Ann Lee"}


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "unit",
    [
        "Q: Why now?\n\nA: Because the price is right.\n\n",
        "Q: Why now?\n\nBecause the price is right.\n\nAnd it will not last.\n\n",
        "A post of the day.\n\n— Ann Lee (@annlee) June 3, 2026\n\n",
        "[00:01:02] ANN LEE: Why now?\n\n[00:01:09] LEE: Because.\n\nAnd then some.\n\n",
        "Ann Lee -- Chief Executive\n\nWe grew.\n\nOperator\n\nNext question.\n\n",
        "—We will not close —said Ann Lee—. We will grow.\n\n",
        "Ann Lee wrote in her post on Monday:\n\nWe will not close the yard this year, or next.\n\n",
    ],
    ids=[
        "answers labelled",
        "answers unlabelled",
        "signed posts",
        "transcript times",
        "speaker lines",
        "dialogue dashes",
        "blocks after a colon",
    ],
)
def test_find_quotes_on_64_kb_of_paragraphs_of_turns_and_posts(unit):
    """Thousands of paragraphs, each a turn of an interview or a post with its signature."""
    from loaders.extract.types import Mention

    text = "Ann Lee spoke to us.\n\n" + (unit * (SIZE // len(unit) + 1))[:SIZE]
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start, start + len(block)))
        start += len(block) + 2
    mentions = [Mention("person", "Ann Lee", Span(0, 7), "given", 0.9)]
    quotes = find_quotes(text, [p for p in paragraphs if p.end > p.start], EntityFindings(mentions=mentions), [])
    assert all(q.speaker in (None, "Ann Lee") for q in quotes)
    assert sum(q.speaker == "Ann Lee" for q in quotes) > 1000  # the turns and posts were read


@pytest.mark.timeout(60)
def test_pronouns_and_descriptions_with_many_people_of_both_pronouns_named():
    """Thousands of people called "he" whom a "she" skips, described speakers after unnamed people."""
    import re

    from loaders.extract.types import Mention

    unit = 'Mr Bo Park spoke. "Go," he said. A neighbour, 58, waved. "Stop," she said. "Wait," the 58-year-old said. '
    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    mentions = [Mention("person", "Bo Park", Span(m.start(), m.end()), "given", 0.9) for m in re.finditer("Bo Park", text)]
    quotes = find_quotes(text, [Span(0, len(text))], EntityFindings(mentions=mentions), [])
    assert {q.speaker for q in quotes if q.span.of(text) in ("Stop,", "Wait,")} == {None}


@pytest.mark.timeout(60)
def test_pronoun_quotes_naming_people_after_a_title_speaking():
    """Thousands of pronoun quotes, each naming people, after one title speaking as a sentence's subject:
    no quote walks back over every name quoted since (to the title, or to the last person named in prose)."""
    import re

    from loaders.extract.types import Mention

    unit = '"We met Ann Lee and the Kestrel team," he said. '
    text = "The mayor of Orvale said the council would meet. " + (unit * (SIZE // len(unit) + 1))[:SIZE]
    mentions = [Mention("person", "Ann Lee", Span(m.start(), m.end()), "given", 0.9) for m in re.finditer("Ann Lee", text)]
    mentions += [Mention("organisation", "Kestrel", Span(m.start(), m.end()), "given", 0.9) for m in re.finditer("Kestrel", text)]
    quotes = find_quotes(text, [Span(0, len(text))], EntityFindings(mentions=mentions), [])
    assert {q.speaker for q in quotes if q.kind == "direct"} == {None}  # no one holds the title; Ann Lee is only quoted


@pytest.mark.timeout(60)
def test_given_names_in_full_over_a_group_of_many_speakers():
    """One line reprinted with tens of thousands of different speakers in one group: each compared only
    with those sharing its first or last word (pairs of them all would take hours)."""
    from loaders.rows import _given_names_in_full

    speakers = {f"ann{n}-lee{n}" for n in range(20_000)} | {f"a-lee{n}" for n in range(20_000)} | {"tom", "tom-reid"}
    found = _given_names_in_full(speakers)
    assert found["tom"] == "tom-reid"
    assert found["a-lee7"] == "ann7-lee7"


@pytest.mark.timeout(60)
def test_find_quotes_on_64_kb_of_questions_printed_without_labels():
    """Thousands of bare questions, each answered in the first person, after one person is said to be asked."""
    from loaders.extract.types import Mention

    opening = "We asked chief executive Ann Lee why.\n\n"
    unit = "Why now, and why here?\n\nWe think the price is right, and I said so.\n\n"
    text = opening + (unit * (SIZE // len(unit) + 1))[:SIZE]
    paragraphs, start = [], 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start, start + len(block)))
        start += len(block) + 2
    name = text.index("Ann Lee")
    mentions = [Mention("person", "Ann Lee", Span(name, name + 7), "given", 0.9)]
    quotes = find_quotes(text, [p for p in paragraphs if p.end > p.start], EntityFindings(mentions=mentions), [])
    assert sum(q.speaker == "Ann Lee" for q in quotes) > 500  # the answers were read


@pytest.mark.timeout(60)
def test_headline_lines_with_quotes_over_a_body_of_quotes_rewording_them():
    """Lines with no sentence's end, each with a quote naming no one, then a body of quotes sharing
    their runs of words: every headline quote is looked up by its runs, never compared with every quote."""
    head = 'Mill to close: "a hard blow to the whole valley"\n\n' * 600
    body = '"It is a hard blow to Hexham," Ann Lee said.\n\n' * 600
    text = head + body
    paragraphs, start = [], 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        paragraphs.append(Span(start, end))
        start = end + 2
    quotes = find_quotes(text, paragraphs, EntityFindings(), [])
    headline = [q.speaker for q in quotes if q.span.of(text) == "a hard blow to the whole valley"]
    assert headline == ["Ann Lee"] * 600  # each headline's quote is the one speaker's, who rewords it


STOCK_SENTENCE = "We do not comment on market rumours or speculation."


def _stock_printing(number: int, speaker: str | None, story: frozenset):
    """Article a<number>'s printing of one stock sentence, said by `speaker`, in a story of `story`'s words."""
    from loaders.group.quotes import Utterance

    text = STOCK_SENTENCE
    return Utterance((f"a{number}", 0, len(text)), Span(0, len(text)), text, "direct", speaker, story)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("shared", [False, True], ids=["distinct stories", "one story"])
def test_one_sentence_printed_by_thousands_of_articles_splits_by_story_in_linear_time(shared):
    """A stock sentence ("We do not comment on rumours.") printed by 16,000 articles: each printing
    finds the stories it joins through its own names, not by testing every story begun before it."""
    from loaders.group.quotes import _by_story, story_names

    items = [
        _stock_printing(i, None, story_names([f"Firm{i} Ltd", "Kessway" if shared else f"Other{i}"], [f"Ann{i} Lee{i}"]))
        for i in range(16_000)
    ]
    parts = _by_story(list(range(len(items))), items)
    assert len(parts) == (1 if shared else len(items))


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "unit",
    ["Mr Bo Park said he had met Ann Lee, ", "Mr Bo Park said he had met Ann Lee. ", '   Mr Bo Park said "a," '],
    ids=["one sentence, no stops", "sentences", "openings of spaces"],
)
def test_people_named_in_reported_speech_over_64_kb(unit):
    """Thousands of people named after a speech verb whose subject another person is, in one sentence
    or many: each sentence's opening found once (the q13 round's rule)."""
    import re

    from loaders.extract.types import Mention

    text = (unit * (SIZE // len(unit) + 1))[:SIZE]
    mentions = sorted(
        (
            Mention("person", name, Span(m.start(), m.end()), "given", 0.9)
            for name in ("Bo Park", "Ann Lee")
            for m in re.finditer(name, text)
        ),
        key=lambda m: m.span,
    )
    quotes = find_quotes(text, [Span(0, len(text))], EntityFindings(mentions=mentions), [])
    for quote in quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)


@pytest.mark.timeout(60)
def test_blocking_keys_of_a_long_utterance_full_of_numbers_stay_linear():
    """A 64 KB utterance of numbers and long words: its number-and-word keys are capped (a few numbers,
    a few words), so its keys grow with its word pairs only; thousands of such utterances group in time."""
    from loaders.group.quotes import blocking_keys

    unit = "45 barcos 60 porto 7 redes quelimane "
    text = (unit * (SIZE // len(unit) + 1))[:SIZE].lower()
    assert len(blocking_keys(text)) <= len(text.split()) + 8
    items = []
    for n in range(1000):
        story = frozenset({"fishing"})
        for article, words in (
            (f"p{n}", f"Em Quelimane os {n} barcos continuam a pescar como sempre."),
            (f"e{n}", f"the {n} boats in Quelimane keep fishing as always"),
        ):
            items += utterances(article, words, Span(0, len(words)), speaker="rui-mabote", story=story)
    # each remark grouped with its own translation only (the number tells them apart)
    pairs = sorted(
        tuple(sorted({link.utterance.quote_key[0] for link in group.links}))
        for group in group_utterances(items)
        if len({link.utterance.quote_key for link in group.links}) > 1
    )
    assert pairs == sorted((f"e{n}", f"p{n}") for n in range(1000))


@pytest.mark.timeout(60)
def test_one_sentence_said_by_thousands_of_people_sharing_one_story_word_splits_in_linear_time():
    """A stock sentence said by 24,000 different people in stories sharing one word (printed plain by
    half of them, as a weak word by the others): none joins another (two speakers need two shared words),
    and each printing reads the parts kept apart by that word a bounded number of times."""
    from loaders.group.quotes import WEAK, _by_story

    items = [
        _stock_printing(i, f"person-{i}", frozenset({"unite" if i % 2 else f"{WEAK}unite", f"firm{i}"})) for i in range(24_000)
    ]
    parts = _by_story(list(range(len(items))), items)
    assert len(parts) == len(items)


class _CountedPeople(list):
    """An article's people, counting each one looked at by index or slice (the work of a speaker lookup)."""

    looked_at = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        _CountedPeople.looked_at += len(got) if isinstance(key, slice) else 1
        return got


def _answer_pronouns_work(size: int) -> float:
    """The people looked at while finding the quotes of one long answer naming a person before each of its
    pronoun quotes: a count, not a time, so the same on a busy machine."""
    from loaders.clean import layout
    from loaders.extract.entities import find_entities

    unit = 'Marta Kvale came in. She told me, "We will buy it," and then left. '
    text = "Ines Falk spoke to Tomas Reinholt.\n\nInes Falk: Did anyone call?\n\nTomas Reinholt: Yes. " + unit * (
        size // len(unit)
    )
    found = layout(text)
    entities = find_entities(text, found.paragraphs, {})
    _CountedPeople.looked_at = 0
    quotes = find_quotes(text, found.paragraphs, entities, ())
    assert sum(1 for quote in quotes if quote.speaker == "Marta Kvale") > size // len(unit) // 2
    return float(_CountedPeople.looked_at)


def test_pronoun_quotes_inside_one_long_answer_grow_linearly(monkeypatch: pytest.MonkeyPatch):
    """One long answer naming a person before each of its pronoun quotes (q22 review H1; fixeq review H4):
    each pronoun's person is looked up by a bisect from the quote back, not by a scan from the answer's
    start. The people looked at, counted at two sizes: 2.0 per doubling now, 4.0 with the scan (measured at
    1b7e498^1), where a time at 64 KB and 128 KB still passed (2.9)."""
    from loaders.extract.quotes import speakers

    made = speakers.Speakers.__init__

    def counted(self, *args, **kwargs):
        made(self, *args, **kwargs)
        self.people = _CountedPeople(self.people)

    monkeypatch.setattr(speakers.Speakers, "__init__", counted)
    ratios = doubling_ratios(_answer_pronouns_work, 16 * 1024, 32 * 1024, tries=1)
    assert min(ratios) < 2.5, ratios


def _shared_surname_seconds(size: int) -> float:
    """CPU seconds of entity extraction and quotes over a page of two people sharing a surname, each named in full
    again and again, with "Ms Berg"/"Mr Berg" after them (review l36, HIGH 4), `size` characters."""
    import time

    from loaders.clean import layout
    from loaders.extract.entities import find_entities

    head = "Anna Berg, the chairman of Kestrel Foods, spoke first. Her brother Olaf Berg, a farmer, disagreed.\n\n"
    unit = (
        'Anna Berg and Olaf Berg met again. Ms Berg, the chairman, said: "Prices will rise." '
        "Mr Berg said the farm would wait.\n\n"
    )
    text = head + (unit * (size // len(unit) + 1))[:size]
    started = time.process_time()
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    find_quotes(text, paragraphs, entities, [(r.person, r.title, r.organisation) for r in entities.roles])
    return time.process_time() - started


@pytest.mark.timeout(240)
def test_a_shared_surname_grows_linearly():
    """(review l36, HIGH 4) Who a shared surname may be: each sharer's gender by the page is worked out once per
    article, not read again before every full-name mention at every "Ms Berg" (a mention or a speaker)."""
    ratios = doubling_ratios(_shared_surname_seconds, 96 * 1024, 192 * 1024)
    assert min(ratios) < 3, ratios
