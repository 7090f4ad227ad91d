"""The speaker chain, one table per step: (text, the quote's speaker, the step recorded).

Entities are given by hand (the people and organisations a test names), so that
each case tests the chain, not entity extraction.
"""

from __future__ import annotations

import re

import pytest

from loaders.clean import layout
from loaders.extract.quotes import RoleIndex, find_quotes, speaker_mentions
from loaders.extract.types import EntityFindings, Mention
from loaders.spans import Span


def findings(text: str, people=(), organisations=()) -> EntityFindings:
    mentions = []
    for kind, names in (("person", people), ("organisation", organisations)):
        for name in names:
            for match in re.finditer(re.escape(name), text):
                mentions.append(Mention(kind, name, Span(match.start(), match.end()), "given", 0.9))
    return EntityFindings(mentions=sorted(mentions, key=lambda m: m.span))


def direct_quotes(text: str, people=(), organisations=(), roles=()):
    entities = findings(text, people, organisations)
    found = find_quotes(text, layout(text).paragraphs, entities, RoleIndex(roles))
    return [q for q in found if q.kind != "indirect"], entities


def speaker_of(text: str, quote_words: str, **given):
    quotes, _ = direct_quotes(text, **given)
    quote = next(q for q in quotes if q.span.of(text).startswith(quote_words))
    return quote.speaker, quote.resolution


@pytest.mark.parametrize(
    "text, words, speaker, step",
    [
        # 1. the same sentence, after the quote: both word orders, pronouns, appositions
        ("“Prices will ease,” said Mina Ortiz.", "Prices", "Mina Ortiz", "the same sentence, after the quote"),
        ("“Prices will ease,” Mina Ortiz said.", "Prices", "Mina Ortiz", "the same sentence, after the quote"),
        (
            "Mina Ortiz runs the chain.\n\n“Prices will ease,” Ortiz, who joined the firm in 2015, said.",
            "Prices",
            "Mina Ortiz",
            "the same sentence, after the quote",
        ),
        (
            "“Prices will ease,” said chief executive Mina Ortiz, who took over in May from Sol Reyes.",
            "Prices",
            "Mina Ortiz",
            "the same sentence, after the quote",
        ),
        ("Mina Ortiz runs the chain. “Prices will ease,” she said.", "Prices", "Mina Ortiz", "pronoun 'she'"),
        # a pronoun stands for the speaker before, not for a person named in that speaker's apposition
        (
            "“Prices will ease,” said Mina Ortiz, who took over from Sol Reyes in May.\n\n“Costs will rise,” she added.",
            "Costs",
            "Mina Ortiz",
            "pronoun 'she' -> the speaker before",
        ),
        (
            "Sol Reyes spoke first.\n\n“Prices will ease,” according to Mina Ortiz.",
            "Prices",
            "Mina Ortiz",
            "the same sentence, after the quote",
        ),
        # a bare surname after the verb resolves to the person named in full earlier
        (
            "Mina Ortiz runs the chain.\n\n“Prices will ease,” said Ortiz.",
            "Prices",
            "Mina Ortiz",
            "the same sentence, after the quote",
        ),
        # 2. the same sentence, before the quote
        ("Mina Ortiz said: “Prices will ease.”", "Prices", "Mina Ortiz", "the same sentence, before the quote"),
        ("Mina Ortiz told reporters, “Prices will ease.”", "Prices", "Mina Ortiz", "the same sentence, before the quote"),
        ("According to Mina Ortiz, “prices will ease.”", "prices", "Mina Ortiz", "according to"),
        (
            "Mina Ortiz said prices would “ease a little” this year.",
            "ease a little",
            "Mina Ortiz",
            "fragment inside reported speech",
        ),
        (
            "Mina Ortiz queried whether bosses should take “large sums of money” now.",
            "large sums",
            "Mina Ortiz",
            "fragment inside reported speech",
        ),
        # 3. a paragraph going on with the quote of the paragraph before (left open, reopened)
        ("Mina Ortiz said: “Prices will ease.\n\n“Stores will stay open.”", "Stores", "Mina Ortiz", "a paragraph going on"),
        # 4. a follow-on quote with no attribution continues the speaker before it
        (
            "“Prices will ease,” said Mina Ortiz.\n\n“Stores will stay open.”",
            "Stores",
            "Mina Ortiz",
            "continues the quote before it",
        ),
        (
            "“Prices will ease,” said Mina Ortiz. “Stores will stay open.”",
            "Stores",
            "Mina Ortiz",
            "continues the quote before it",
        ),
        # 5. the writer's sentence just before the quote
        (
            "In a video, Mina Ortiz said. “Prices will ease.”",
            "Prices",
            "Mina Ortiz",
            "a reporting clause earlier in the paragraph",
        ),
        (
            "Mina Ortiz said the chain had a plan. “Prices will ease.”",
            "Prices",
            "Mina Ortiz",
            "a reporting clause earlier in the paragraph",
        ),
        ("Mina Ortiz told the paper:\n\n“Prices will ease.”", "Prices", "Mina Ortiz", "introduced by the paragraph before"),
    ],
)
def test_each_step_of_the_chain(text, words, speaker, step):
    got, resolution = speaker_of(text, words, people=["Mina Ortiz", "Sol Reyes"])
    assert got == speaker
    assert step in resolution


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a colon introduction is not given to a person named in the next paragraph
        ("Mina Ortiz said: “Prices will ease.”\n\n“Costs will rise,” said Sol Reyes.", "Prices", "Mina Ortiz"),
        ("Mina Ortiz said: “Prices will ease.”\n\n“Costs will rise,” said Sol Reyes.", "Costs", "Sol Reyes"),
        # a follow-on quote continues only until another person is named
        # (here the paragraph before names Sol Reyes alone: the quote standing after it is hers)
        ("“Prices will ease,” said Mina Ortiz.\n\nSol Reyes disagreed.\n\n“Costs will rise.”", "Costs", "Sol Reyes"),
        ("“Prices will ease,” said Mina Ortiz.\n\nSol Reyes met Mina Ortiz again.\n\n“Costs will rise.”", "Costs", None),
        ("“Prices will ease,” said Mina Ortiz.\n\nSol Reyes said the plan was late.\n\n“Costs will rise.”", "Costs", "Sol Reyes"),
        # never a speaker introduced after the quote in a later paragraph
        ("“Prices will ease.”\n\nMina Ortiz runs the chain.", "Prices", None),
        ("The report was out.\n\n“Prices will ease,” he said.\n\nMina Ortiz runs the chain.", "Prices", None),
        # a company, a statement or a regulator speaking: no person
        ("“Prices will ease,” the company said in a statement.", "Prices", None),
        ("“Prices will ease,” Norda Foods said.", "Prices", None),
        ("Mina Ortiz runs Norda Foods. “Prices will ease,” it said.", "Prices", None),
        # a follow-on quote after a company's statement is the company's too
        ("“Prices will ease,” Norda Foods said.\n\n“Stores will stay open.”", "Stores", None),
        ("“Risks lie ahead,” the bank said in a note.\n\n“Margins will stay thin.”", "Margins", None),
        # a name that ends like a body's is not a person's
        ("“Prices will ease,” said Corvo Capital.", "Prices", None),
        # a possessive names the employer, not the speaker
        ("“Prices will ease,” Norda Foods's spokesman said.", "Prices", None),
        # a name after "of", "at", "for" is the employer or the place, not the speaker
        ("The boss of Harbor Line said he was “deeply sorry about it” on Sunday.", "deeply", None),
        # a capitalised day or a word the article also writes in lower case is not a name
        ("“Prices will ease,” analysts said Monday.", "Prices", None),
    ],
)
def test_what_the_chain_never_does(text, words, speaker):
    got, _ = speaker_of(text, words, people=["Mina Ortiz", "Sol Reyes"], organisations=["Norda Foods"])
    assert got == speaker


@pytest.mark.parametrize(
    "text, roles, speaker, how",
    [
        (
            "Norda Foods's CFO said: “Costs are under control.”",
            [("Ida Lunde", "chief financial officer", "Norda Foods")],
            "Ida Lunde",
            "held by one person",
        ),
        (
            "Norda Foods's VP said: “Costs are under control.”",
            [("Ida Lunde", "vice president", "Norda Foods"), ("Per Dahl", "senior vice president", "Norda Foods")],
            None,
            "ambiguous",
        ),
        ("The CFO said: “Costs are under control.”", [], None, "no person holds it"),
    ],
)
def test_roles(text, roles, speaker, how):
    got, resolution = speaker_of(text, "Costs", organisations=["Norda Foods"], roles=roles)
    assert got == speaker and how in resolution


def test_role_index_answers_for_longer_titles_and_costs_no_scan():
    index = RoleIndex([("Ida Lunde", "senior vice president", "Norda Foods"), ("Per Dahl", "chief financial officer", None)])
    assert index.holders("vice president", "Norda Foods") == ["Ida Lunde"]
    assert index.holders("vice president", "Other Co") == []
    assert index.holders("chief financial officer", None) == ["Per Dahl"]


def test_a_speaker_named_only_beside_the_verb_gets_a_mention():
    text = "Teo Marsh founded the chain.\n\n“Prices will ease,” said Marsh."
    quotes, entities = direct_quotes(text)  # entity extraction marked nobody
    assert quotes[0].speaker == "Teo Marsh" and quotes[0].speaker_span.of(text) == "Marsh"
    mentions = speaker_mentions(quotes, entities)
    assert [(m.kind, m.name, m.span.of(text), m.rule) for m in mentions] == [
        ("person", "Teo Marsh", "Marsh", "speaker of a quote")
    ]


def test_a_speaker_already_marked_gets_no_second_mention():
    text = "“Prices will ease,” said Teo Marsh."
    quotes, entities = direct_quotes(text, people=["Teo Marsh"])
    assert quotes[0].speaker == "Teo Marsh" and speaker_mentions(quotes, entities) == []


def test_a_surname_the_article_never_names_in_full_is_not_a_speaker():
    quotes, _ = direct_quotes("“Prices will ease,” Norvale said.")
    assert quotes[0].speaker is None


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        ("Mina Ortiz said that the chain would open ten more stores.", "the chain would open ten more stores", "Mina Ortiz"),
        ("Mina Ortiz said on Monday that the chain would open ten stores.", "the chain would open ten stores", "Mina Ortiz"),
        ("Teo Marsh founded it. Marsh said the chain would open ten stores.", "the chain would open ten stores", "Teo Marsh"),
        # a speech verb used as a noun reports nothing
        ("Mina Ortiz hit back at claims she was paid too much last year.", None, None),
        # a company speaking is not a person's reported speech
        ("Norda Foods said that the chain would open ten stores.", None, None),
    ],
)
def test_reported_speech(text, clause, speaker):
    entities = findings(text, people=["Mina Ortiz"], organisations=["Norda Foods"])
    found = [q for q in find_quotes(text, layout(text).paragraphs, entities, RoleIndex()) if q.kind == "indirect"]
    assert [(q.span.of(text), q.speaker) for q in found] == ([(clause, speaker)] if clause else [])


def test_a_follow_on_quote_keeps_the_source_of_a_statement():
    text = "“Risks lie ahead,” the bank said in a note.\n\n“Margins will stay thin.”"
    quotes, _ = direct_quotes(text)
    assert [(q.speaker, q.source) for q in quotes] == [(None, "the bank"), (None, "the bank")]


def test_a_person_mention_after_of_is_not_the_speaker():
    # entity extraction took a company for a person: in "the boss of X", X is still not who spoke
    text = "The boss of Harbor Line said he was “heartbroken about the staff” this week."
    quotes, _ = direct_quotes(text, people=["Harbor Line"])
    assert quotes[0].speaker is None
