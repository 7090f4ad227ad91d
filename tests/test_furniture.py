"""Page furniture: each rule removes its kind of line, records the rule, and
never removes a sentence of prose (short original texts)."""

from __future__ import annotations

import pytest

from loaders.clean import furniture_rule, layout

PROSE = "Quillon said on Monday that sales rose 4% in the quarter."


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Pictured: Workers leave the Quillon plant in May.", "photo caption"),
        ("FILE PHOTO: The Quillon logo at its head office.", "photo caption"),
        ("Jane Roe/Reuters", "photo credit"),
        ("Getty Images", "photo credit"),
        ("Workers leave the plant at dusk Jane Roe/AFP via Getty Images", "caption with credit"),
        ("12:19 BST", "timestamp"),
        ("Updated: Tuesday, 3 March 2020, 09:41 am", "timestamp"),
        ("11/07/2021 | 08:14pm PST", "date line"),
        ("Comments", "comments"),
        ("14 comments", "comments"),
        ("Advertisement", "ad slot"),
        ("Story continues below advertisement", "ad slot"),
        ("Read more: Quillon cuts 300 jobs", "related link"),
        ("RELATED: Five things to know about Quillon", "related link"),
        ("Sign up for our free business newsletter", "newsletter plug"),
        ("Subscribe to The Daily Ledger", "newsletter plug"),
        ("Get the best stories delivered directly to your inbox.", "newsletter plug"),
        ("Log in", "account furniture"),
        ("This article is more than 1 year old", "article age"),
        ("This article is more than 3 years old", "article age"),
        ("Share | Tweet | Email", "sharing buttons"),
        ("Share: X | Facebook | WhatsApp | Email", "sharing buttons"),
        ("Share: Facebook | X | Email", "sharing buttons"),
        ("(Reporting by Jane Roe; editing by John Doe)", "reporting credits"),
        ("Born : 12/03/1961", "profile field"),
        ("Hometown : Ghent - Belgium", "profile field"),
        ("MarketsCompaniesTechnology PoliticsOpinion", "navigation menu"),
    ],
)
def test_each_furniture_rule(line, rule):
    assert furniture_rule(line) == rule
    text = f"Quillon cuts its forecast\n\n{PROSE}\n\n{line}\n\nShares fell 2% after the news, analysts said."
    found = layout(text)
    assert [(part.rule, part.span.of(text)) for part in found.removed if part.kind == "boilerplate"] == [(rule, line)]
    assert PROSE in found.body(text)


@pytest.mark.parametrize(
    "prose",
    [
        "The newsletter business grew 5% last year, the company said.",
        "Readers can sign up for the scheme until March, Quillon said.",
        "Comments from the chief executive lifted the shares.",
        "Shares closed at 12:19 on Friday, down 3%.",
        "This article is about a company that is more than 100 years old.",
        "Reporting by the company showed sales rose; editing costs fell.",
        "Advertisement revenue rose 8% to $2 billion in the quarter.",
        "Share prices fell after the company said profit would drop.",
        "The photo app was launched in 2019 and now has 3 million users.",
        "SoftWorks and PayPal said WeChat users grew.",
    ],
)
def test_prose_survives(prose):
    assert furniture_rule(prose) is None
    text = f"Quillon cuts its forecast\n\n{PROSE}\n\n{prose}\n\nShares fell 2% after the news."
    assert prose in layout(text).body(text)


def test_plugs_inside_prose_with_single_line_breaks():
    text = (
        "Quillon boss sorry for collapse\n\n"
        "The boss of Quillon apologised on Sunday.\nSubscribe to The Daily Ledger\n"
        "Clear thinking, every weekday. Read the briefing free.\n\n"
        "Sign up for our free newsletters\nHe said he had tried everything.\nThe company collapsed last week."
    )
    found = layout(text)
    assert found.body(text) == (
        "The boss of Quillon apologised on Sunday.\n\nHe said he had tried everything.\n\nThe company collapsed last week."
    )
    assert {part.rule for part in found.removed if part.kind == "boilerplate"} == {"newsletter plug"}


def test_profile_box_and_credit_glued_to_a_caption():
    text = (
        "Log in\nJane Roe\n\nBorn : 12/03/1961\nHometown : Ghent - Belgium\nJane Roe is an investor who has been at the hea\n\n"
        "Quillon plans share issue\n\n"
        "Workers at the plant in spring\nWorkers at the plant in springJohn Doe/Getty\n\n"
        "Quillon plans to raise money in a share issue, it said on Tuesday."
    )
    found = layout(text)
    assert found.title.value == "Quillon plans share issue"
    assert found.body(text) == "Quillon plans to raise money in a share issue, it said on Tuesday."
    rules = [part.rule for part in found.removed if part.kind == "boilerplate"]
    assert rules.count("profile box") == 2 and rules.count("profile field") == 2 and "account furniture" in rules


@pytest.mark.parametrize(
    "line",
    [
        "(L) Jane Roe and (R) John Doe at the launch in Oslo. REUTERS/Kari Lund",
        "Workers at the Quillon plant. Jane Roe/Bloomberg",
    ],
)
def test_captions_with_a_credit_in_either_order(line):
    assert furniture_rule(line) == "caption with credit"


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "unit",
    [
        "Comments\n",
        "Sign up for our newsletter\n",
        "Workers at dusk Jane Roe/Reuters\n",
        "12:19 BST\n",
        "He said so.\n",
        "MarketsCompanies\n",
        "Birthday : 1 May\n",
        "a" * 300 + "\n",
    ],
)
def test_furniture_stays_linear_at_64_kb(unit):
    text = "Headline here\n\n" + unit * (64 * 1024 // len(unit))
    assert layout(text).removed is not None


def test_a_short_line_between_the_headline_and_the_prose_is_no_prose():
    text = "Subscriber only\n\nQuillon cuts its forecast\n\nJane Roe, Business Editor\n\n" + PROSE
    found = layout(text)
    assert found.title.value == "Quillon cuts its forecast"
    assert found.body(text) == PROSE
    assert [(part.kind, part.span.of(text)) for part in found.removed if part.kind == "subheading"] == [
        ("subheading", "Jane Roe, Business Editor")
    ]


_STORY = "Orrin Fell cuts jobs\n\nOrrin Fell said on Monday it would cut 300 jobs.\n\n"


@pytest.mark.parametrize(
    "links, after, links_removed",
    [
        # the titles listed under a "Read more:" heading are links, with or without list marks
        ("Read more:\nWhy the sector is struggling\nOrrin Fell names new chair", "", 2),
        ("Related stories:\n- Why the sector is struggling\n- Orrin Fell names new chair", "\n\nThe union was angry.", 2),
        # a heading with its link on the same line leaves the lines after it alone
        ("Read more: Why the sector is struggling", "\n\nThe union said it was disappointed.", 0),
        # prose after the heading ends the list
        ("Read more:\nWhy the sector is struggling\nThe union said it was disappointed.", "", 1),
    ],
)
def test_link_titles_under_a_related_heading(links, after, links_removed):
    text = _STORY + links + after
    result = layout(text)
    removed = [part.span.of(text) for part in result.removed if part.rule == "related link"]
    assert len(removed) == 1 + links_removed
    assert all("disappointed" not in part and "angry" not in part for part in removed)
    assert "Orrin Fell said on Monday it would cut 300 jobs." in [p.of(text) for p in result.paragraphs]
