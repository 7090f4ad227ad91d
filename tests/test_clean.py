"""The cleaner: headline, datelines, bylines, subheadings, image slugs, footers."""

from __future__ import annotations

import pytest

from loaders.clean import blocks, layout


def removed(text, kind):
    return [part.span.of(text) for part in layout(text).removed if part.kind == kind]


def test_headline_line_becomes_title_and_leaves_body():
    text = "Harbor Foods cuts 300 jobs\n\nHarbor Foods said on Monday it would cut 300 jobs.\n\nThe cuts fall mostly in Ohio."
    found = layout(text)
    assert found.title.value == "Harbor Foods cuts 300 jobs"
    assert found.body(text) == "Harbor Foods said on Monday it would cut 300 jobs.\n\nThe cuts fall mostly in Ohio."


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    text = "Harbor Foods said on Monday it would cut 300 jobs.\nThe cuts fall mostly in Ohio."
    found = layout(text)
    assert found.title is None
    assert len(found.paragraphs) == 2


def test_date_line_with_time_and_empty_byline_and_no_break_spaces():
    text = "Head line here\n\nMar 4, 2021 09:30 GMT \u00a0·\u00a0 By\n\nThe prose starts here. It goes on."
    found = layout(text)
    assert found.published.value == "2021-03-04"
    assert found.published.span.of(text) == "Mar 4, 2021"
    assert found.byline is None  # an empty byline is no author
    assert removed(text, "dateline") == ["Mar 4, 2021 09:30 GMT \u00a0·\u00a0 By"]
    assert found.body(text) == "The prose starts here. It goes on."


def test_date_line_with_a_named_author():
    text = "Head line here\n\n4 March 2021 · By Ana Ruiz\n\nThe prose starts here."
    found = layout(text)
    assert (found.published.value, found.byline.value) == ("2021-03-04", "Ana Ruiz")


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Ana Ruiz, Retail Correspondent", "Ana Ruiz"),
        ("By ANA RUIZ, City Editor", "ANA RUIZ"),
        ("By Ana Ruiz\nStaff Reporter", "Ana Ruiz"),
        ("By ANA M. RUIZ AP Business Writer", "ANA M. RUIZ"),
        ("By Ana Ruiz and Tom Hale", "Ana Ruiz and Tom Hale"),
        ("By Ana Ruiz, Tom Hale and Lee Park", "Ana Ruiz, Tom Hale and Lee Park"),
        # the news or reporting service the writer files for, after a comma
        ("By Ana Ruiz, Local News Reporting Service", "Ana Ruiz"),
    ],
)
def test_a_writers_title_is_no_part_of_the_byline(byline, names):
    text = f"Port reopens after strike\n\n{byline}\n\nThe port reopened on Sunday. Trade resumed."
    found = layout(text)
    assert found.byline.value == names and found.byline.span.of(text) == names


def test_byline_line_and_dateline_prefix_with_agency():
    text = "Port reopens after strike\n\nBy Jonas Berg\n\nOSLO, 2 June 2024 (Nordwire) - The port reopened on Sunday.\n\nTrade resumed."
    found = layout(text)
    assert found.byline.value == "Jonas Berg"
    assert found.published.value == "2024-06-02"
    assert found.outlet.value == "Nordwire" and found.outlet.span.of(text) == "Nordwire"
    assert found.dateline_place.value == "Oslo" and found.dateline_place.span.of(text) == "OSLO"
    assert found.body(text) == "The port reopened on Sunday.\n\nTrade resumed."


def test_dateline_prefix_without_a_date_still_names_the_agency():
    text = "SEOUL (Reuters) - Shares rose on Friday.\nThey fell later."
    found = layout(text)
    assert found.outlet.value == "Reuters" and found.published is None
    assert found.paragraphs[0].of(text) == "Shares rose on Friday."


def test_an_impossible_date_is_not_a_publication_date():
    text = "Headline of a story\n\nFeb 30, 2021 10:00 GMT\n\nProse."
    assert layout(text).published is None


def test_subheading_inside_the_article_is_removed_but_a_quote_lead_in_is_not():
    text = (
        "A headline\n\nFirst paragraph of prose.\n\nWhy the plan may still fail\n\n"
        "The chief executive went as far as to say:\n\n\u201cIt will work.\u201d"
    )
    assert removed(text, "subheading") == ["Why the plan may still fail"]
    assert "The chief executive went as far as to say:" in layout(text).body(text)


def test_image_slug_glued_to_a_paragraph_start():
    text = "First paragraph here.\n\nacme-factory-photoAfter the fire, Acme rebuilt.\n\nmore text follows."
    found = layout(text)
    assert removed(text, "image_slug") == ["acme-factory-photo"]
    assert found.paragraphs[1].of(text) == "After the fire, Acme rebuilt."


def test_affiliate_footer_is_boilerplate_and_names_the_outlet():
    text = (
        "Prose paragraph one.\n\nProse paragraph two.\n\n"
        "Disclosure: links may be affiliate links and TechPanda may earn a commission on purchases."
    )
    found = layout(text)
    assert found.outlet.value == "TechPanda"
    assert "affiliate" not in found.body(text)
    assert len(removed(text, "boilerplate")) == 1


def test_photo_credit_and_newsletter_plug():
    text = "Prose here.\n\nPhoto: Jane Roe | Subscribe to The Ledger Daily for more."
    found = layout(text)
    assert found.body(text) == "Prose here."
    assert found.outlet is None  # a newsletter plug is no statement of who published the article


def test_prose_that_mentions_subscriptions_midway_is_not_boilerplate():
    text = "Users subscribe to the service monthly.\n\nThe firm said revenue rose."
    assert removed(text, "boilerplate") == []


def test_blocks_follow_blank_lines_when_present_else_lines():
    assert len(blocks("one\ntwo\nthree")) == 3
    assert len(blocks("one\nstill one\n\ntwo")) == 2
