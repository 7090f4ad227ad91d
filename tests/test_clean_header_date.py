"""The publication date read from a page's header where no date line stands alone: the date a
header prints among other things, before the prose. Short original pages."""

from __future__ import annotations

import pytest

from loaders.clean import layout


@pytest.mark.parametrize(
    "page, published",
    [
        (
            "Brenagh Labs cuts jobs\n\nAoife Lynch\nTue Jul 15 2025 - 18:05\n\nBrenagh Labs said on Tuesday it would cut 80 jobs at its plant.\n",
            "2025-07-15",
        ),
        (
            "Brenagh Labs cuts jobs\n\nBy Jo Weil | July 15, 2025\n\nBrenagh Labs said on Tuesday it would cut 80 jobs at its plant.\n",
            "2025-07-15",
        ),
        (
            "Brenagh Labs cuts jobs\n\nJO WEIL\nREPORTER\nPUBLISHED SEPTEMBER 9, 2025\n\nBrenagh Labs said on Tuesday it would cut 80 jobs at its plant.\n",
            "2025-09-09",
        ),
        # a press release's dateline in mixed case, at the start of its first paragraph
        (
            "PRESS RELEASE\n\nTavi Motors closes its offer\n\nPune, September 12, 2025 – Tavi Motors Limited today announced that its offer of shares had closed.\n",
            "2025-09-12",
        ),
    ],
)
def test_a_date_in_the_page_header_is_the_publication_date(page, published):
    found = layout(page)
    assert found.published is not None and found.published.value == published
    assert found.published.span.of(page)  # a span of the page's own words


@pytest.mark.parametrize(
    "page",
    [
        # a date inside the prose is what the prose is about, not when the page was published
        "Brenagh Labs cuts jobs\n\nBrenagh Labs said it would close the plant it opened on March 3, 2019 and cut 80 jobs there.\n",
        "Brenagh Labs cuts jobs\n\nBrenagh Labs said it would cut 80 jobs at its plant in Galway by the end of the year.\n\nThe plant opened on March 3, 2019.\n",
    ],
)
def test_a_date_in_the_prose_is_no_publication_date(page):
    assert layout(page).published is None


def test_a_headline_that_asks_is_no_prose():
    page = (
        "Did Brenagh Labs cut too deep, and will its investors forgive the company for it?\n\n"
        "Aoife Lynch\nPublished: 7:30pm, 3 Feb 2025\n\nBrenagh Labs said on Monday that it would cut 80 jobs at its plant.\n"
    )
    assert layout(page).published.value == "2025-02-03"
