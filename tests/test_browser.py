"""Pages as a reader sees them: Debian's chromium, headless, driven by
Playwright, against a real `datasette xiaomi.db`. Screenshots go to
tests/screenshots/ (not committed) for a person to look at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import query
from tests.server import serve, stop

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 20_000

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run does)")


@pytest.fixture(scope="module")
def served(seeds_db, tmp_path_factory):
    server = serve(seeds_db, tmp_path_factory.mktemp("browser-serve"))
    yield server
    stop(server)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            args=FLAGS,
            headless=True,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    page.close()


def shoot(page, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_home_page(page, served):
    page.goto(served.url + "/")
    assert page.locator("h1").first.inner_text().startswith("xiaomi.db")
    assert page.locator('a[href="/-/dashboards/claims"]').count() >= 1
    shoot(page, "home")
    assert page.console_errors == []


def test_a_quotes_page_marks_the_quoted_words(page, served, seeds_db):
    quote = query(seeds_db, "SELECT id, text FROM quotes WHERE kind = 'direct' ORDER BY id LIMIT 1")[0]
    page.goto(f"{served.url}/xiaomi/quotes/{quote['id']}")
    mark = page.locator("blockquote.passage mark.quote")
    mark.wait_for(state="visible", timeout=WAIT_MS)
    assert mark.inner_text() == quote["text"]
    assert page.locator('a[href^="/xiaomi/articles/"]').count() >= 1
    shoot(page, "quote")
    assert page.console_errors == []


def test_the_dashboard_draws_its_chart(page, served):
    page.goto(served.url + "/-/dashboards/claims")
    chart = page.locator("#chart-figures canvas, #chart-figures svg").first
    chart.wait_for(state="visible", timeout=WAIT_MS)
    box = chart.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100
    page.locator("#chart-status canvas, #chart-status svg").first.wait_for(state="visible", timeout=WAIT_MS)
    shoot(page, "dashboard")
    assert not [error for error in page.console_errors if "Content Security Policy" in error or "Refused" in error]
    assert page.console_errors == []


def test_search_across_tables(page, served):
    page.goto(served.url + "/-/search?q=smartphone")
    page.wait_for_function("document.querySelectorAll('#search-all-results h2').length >= 4", timeout=WAIT_MS)
    headings = page.locator("#search-all-results h2").all_inner_texts()
    assert {heading.rsplit(": ", 1)[-1] for heading in headings} >= {"articles", "sentences", "quotes", "claims"}
    shoot(page, "search")
    assert page.console_errors == []
