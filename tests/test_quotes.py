"""Quotes: each quoting style, each speaker-resolution path, grouping, and properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.clean import layout
from loaders.extract.entities import find_entities
from loaders.extract.quotes import find_quotes, quoted_spans
from loaders.group.quotes import differences, group_utterances, utterances
from loaders.spans import Span
from tests.conftest import query


def quotes_of(text, roles=()):
    paragraphs = layout(text).paragraphs
    entities = find_entities(text, paragraphs, {})
    found = find_quotes(text, paragraphs, entities, list(roles) + [(r.person, r.title, r.organisation) for r in entities.roles])
    return [(q.kind, q.span.of(text), q.speaker) for q in found], found


def test_curly_direct_quote_with_speaker_after():
    got, _ = quotes_of("“Prices will fall,” chief executive Mara Quint said on Monday.")
    assert got == [("direct", "Prices will fall,", "Mara Quint")]


def test_straight_and_british_single_quotes_next_to_apostrophes():
    text = "'The lender's margins held,' finance chief Oskar Brandt told analysts. The bank's shares rose."
    got, _ = quotes_of(text)
    assert got == [("direct", "The lender's margins held,", "Oskar Brandt")]


def test_mixed_marks_in_one_article():
    text = 'CEO Lina Park said: "We will grow." Later she added, “We will hire.”'
    got, _ = quotes_of(text)
    assert [(k, t) for k, t, _ in got] == [("direct", "We will grow."), ("direct", "We will hire.")]
    assert {s for _, _, s in got} == {"Lina Park"}


def test_partial_quote_inside_the_writers_sentence():
    text = "Chief executive Ravi Menon said the plan was \u201cnot a gamble\u201d and would work."
    got, _ = quotes_of(text)
    assert ("partial", "not a gamble", "Ravi Menon") in got


def test_colon_introduction_with_the_words_in_the_next_paragraph():
    text = "Founder Ada Kerr told the paper:\n\n\u201cWe are not for sale. Not now.\u201d\n\nShares rose."
    got, _ = quotes_of(text)
    assert ("direct", "We are not for sale. Not now.", "Ada Kerr") in got


def test_quote_spanning_paragraphs_is_one_quote_per_paragraph_with_one_speaker():
    text = "Chairman Piet Vos said:\n\n\u201cThe first part runs on.\n\n\u201cAnd the second part closes it.\u201d\n\nThe end."
    spans = [span.of(text) for span in quoted_spans(text, layout(text).paragraphs)]
    assert spans == ["The first part runs on.", "And the second part closes it."]
    got, _ = quotes_of(text)
    assert [s for _, _, s in got] == ["Piet Vos", "Piet Vos"]


def test_unbalanced_mark_never_swallows_the_rest():
    text = "He said \u201cthis never closes.\n\nA new paragraph.\n\nAnd \u201cthis one does,\u201d she said."
    spans = [span.of(text) for span in quoted_spans(text, layout(text).paragraphs)]
    assert spans == ["this one does,"]


def test_pronoun_resolves_to_the_last_person_named():
    text = "Analyst Jo Baird expects growth. \u201cIt is early,\u201d she added."
    _, found = quotes_of(text)
    quote = next(q for q in found if q.kind == "direct")
    assert quote.speaker == "Jo Baird" and quote.speaker_as_written == "she"
    assert quote.resolution == "the same sentence, after the quote: pronoun 'she' -> last person named before: Jo Baird"


def test_pronoun_with_nobody_named_before_stays_unknown():
    _, found = quotes_of("\u201cIt is early,\u201d he said.")
    assert found[0].speaker is None and "no person named before" in found[0].resolution


def test_role_resolves_to_the_one_person_holding_it():
    text = "Torvik Bank's CFO said: \u201cCosts are under control.\u201d"
    _, found = quotes_of(text, roles=[("Ida Lunde", "chief financial officer", "Torvik Bank")])
    assert found[0].speaker == "Ida Lunde" and "role 'chief financial officer'" in found[0].resolution


def test_ambiguous_role_is_left_unknown_with_a_reason():
    text = "Torvik Bank's VP said: \u201cCosts are under control.\u201d"
    roles = [("Ida Lunde", "vice president", "Torvik Bank"), ("Per Dahl", "senior vice president", "Torvik Bank")]
    _, found = quotes_of(text, roles=roles)
    assert found[0].speaker is None and "ambiguous" in found[0].resolution


def test_indirect_speech_and_according_to():
    text = (
        "Chief executive Nina Hale said that the company would open 20 stores. "
        "According to analysts at Crestmoor, the plan was too slow."
    )
    got, found = quotes_of(text)
    assert ("indirect", "the company would open 20 stores", "Nina Hale") in got
    source = next(q for q in found if q.cue == "according to")
    assert source.speaker is None and source.source == "analysts at Crestmoor"
    assert source.span.of(text) == "the plan was too slow"


def test_company_statements_are_not_a_persons_speech():
    got, _ = quotes_of("The company said that revenue would rise next year.")
    assert got == []


def test_grouping_matches_editorial_variants_and_records_differences():
    a = "Basically we’re giving [handsets] to you without making any money… we care about revenue."
    b = "Basically we're giving them to you without making any money. We care about revenue."
    fragment = "giving them to you"
    items = (
        utterances("a", a, Span(0, len(a)))
        + utterances("b", b, Span(0, len(b)))
        + utterances("c", fragment, Span(0, len(fragment)), "partial")
    )
    groups = sorted(group_utterances(items), key=lambda g: g.canonical.text)
    assert len(groups) == 2  # two utterances, each printed by several articles
    giving, caring = groups
    assert {(link.utterance.quote_key[0], link.match) for link in giving.links} == {
        ("a", "fuzzy"),
        ("b", "exact"),
        ("c", "partial"),
    }
    assert giving.canonical.text == "Basically we're giving them to you without making any money."
    assert {(link.utterance.quote_key[0], link.match) for link in caring.links} == {("a", "normalised"), ("b", "exact")}
    assert differences("giving them to you", "giving [handsets] to you") == "them → [handsets]"


def test_seed_utterances_grouped_across_all_three_articles(seeds_db):
    rows = query(
        seeds_db,
        """SELECT group_id, count(DISTINCT article_id) AS articles, min(speaker) AS speaker
                              FROM quote_coverage WHERE kind != 'indirect' GROUP BY group_id HAVING articles = 3""",
    )
    assert len(rows) >= 2 and {row["speaker"] for row in rows} == {"Hugo Barra"}
    unknown = query(seeds_db, "SELECT count(*) FROM quotes WHERE kind != 'indirect' AND speaker_id IS NULL")
    assert unknown[0][0] == 0  # every direct and partial quote attributed ("Xiaomi's VP" through its group)
    indirect = {row[0] for row in query(seeds_db, "SELECT DISTINCT speaker_id FROM quotes WHERE kind = 'indirect'")}
    assert {"hugo-barra", "liu-de"} <= indirect
    printed_twice = query(
        seeds_db, """SELECT quote_id FROM quote_coverage GROUP BY quote_id HAVING count(DISTINCT group_id) > 1"""
    )
    assert printed_twice  # a printed quote carrying two utterances belongs to both groups


def test_quality_on_our_own_articles(fixtures_db):
    expected = {
        ("dev_01_aurelia_bank", "direct", "We have never been in better shape,", "tomasz-nowak"),
        ("dev_01_aurelia_bank", "direct", "Rates will fall, but our fee business will carry us.", "tomasz-nowak"),
        ("dev_01_aurelia_bank", "indirect", "the bank would spend €500 million on buying back shares this year", "tomasz-nowak"),
        ("dev_01_aurelia_bank", "indirect", "the buyback was larger than expected", None),
        (
            "dev_02_kestrel_motors",
            "direct",
            "Safety comes first. Every affected owner will be contacted within two weeks.",
            "hana-sato",
        ),
        ("dev_03_kestrel_dispatch", "direct", "Safety comes first,", "hana-sato"),
        ("dev_03_kestrel_dispatch", "indirect", "owners would be contacted within two weeks", "hana-sato"),
        ("fx_02_harbor_foods", "direct", "We got the pricing wrong,", "priya-natarajan"),
        ("fx_02_harbor_foods", "direct", "That is on me, and we are fixing it.", "priya-natarajan"),
        (
            "fx_03_kumo_robotics",
            "direct",
            "Every warehouse in the world will need robots. We want to build half of them.",
            "chen-wei",
        ),
        ("fx_03_kumo_robotics", "direct", "Profit is a choice, not a miracle.", "chen-wei"),
        ("fx_04_kumo_robotics_wire", "partial", "not in a hurry", "chen-wei"),
    }
    found = {tuple(row) for row in query(fixtures_db, "SELECT article_id, kind, text, speaker_id FROM quotes")}
    hits = {(a, k, t) for a, k, t, _ in expected} & {(a, k, t) for a, k, t, _ in found}
    assert len(hits) / len(expected) >= 0.9
    right_speaker = expected & found
    assert len(right_speaker) / len(hits) >= 0.95
    groups = query(
        fixtures_db, "SELECT count(DISTINCT article_id) FROM quote_coverage WHERE utterance LIKE 'Safety comes first%'"
    )
    assert groups[0][0] == 2


MARKS = st.sampled_from(["“", "”", '"', "'", "‘", "’", " ", "\n", "\n\n", ".", ",", ":", "said", "He", "Ann Lee", "[x]", "…"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=8)), max_size=40))
def test_extraction_never_crashes_and_spans_hold_on_arbitrary_text(parts):
    text = "".join(parts)
    paragraphs = layout(text).paragraphs if text.strip() else []
    if not paragraphs:
        return
    entities = find_entities(text, paragraphs, {})
    for quote in find_quotes(text, paragraphs, entities, []):
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert quote.kind in {"direct", "partial", "indirect"}
        for utterance in utterances("x", text, quote.span, quote.kind):
            assert text[utterance.span.start : utterance.span.end] == utterance.text
