"""The pages in a real browser: Debian's chromium driven by Playwright, JavaScript off.

From the metric chart, click a dot; the browser must land on that claim's page, whose
highlighted quote is the claim's evidence text as stored (oa:exact). With KG_SCREENSHOTS
set to a folder, the test also saves the screenshots the README shows there:

    KG_SCREENSHOTS=docs/screenshots .venv/bin/pytest tests/web/test_browser.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed: apt-get install chromium fonts-noto-cjk "
           "(scripts/bootstrap.sh does it when run as root, as in CI)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed: pip install -e '.[test]'")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    # no JavaScript: the chart's dots are plain SVG links and must work as such
    context = browser.new_context(java_script_enabled=False,
                                  viewport={"width": 1200, "height": 900})
    yield context.new_page()
    context.close()


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("KG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def test_clicking_a_chart_point_reaches_the_claim_and_its_evidence(live, facts, page):
    page.goto(f"{live.url}/metric/dau")
    points = page.locator("svg.timeline a.point")
    assert points.count() >= 2
    _screenshot(page, "metric")
    # the WeChat mini-program's point makes the clearest screenshot; any point would do
    preferred = page.locator('svg.timeline a.point[data-series="微信小程序"]')
    target = preferred.first if preferred.count() else points.first
    href = target.get_attribute("href")
    target.locator("circle").click()
    page.wait_for_url(f"{live.url}{href}")

    claim = "https://example.org/kg" + href
    stored = {row["exact"] for row in facts["evidence"] if row["claim"] == claim}
    marked = page.locator("section.evidence blockquote mark")
    assert marked.count() == len(stored) >= 1
    assert {marked.nth(i).inner_text() for i in range(marked.count())} == stored
    _screenshot(page, "claim")


def test_the_evidence_link_opens_the_article_at_the_quote(live, facts, page):
    row = next(r for r in facts["evidence"] if r["metricKey"] == "dau")
    page.goto(f"{live.url}/claim/{row['claim'].rsplit('/', 1)[1]}")
    page.locator("a.in-article").first.click()
    assert "#o-" in page.url
    anchor = page.url.split("#", 1)[1]
    mark = page.locator(f"mark:has(#{anchor})")
    assert row["exact"] in mark.inner_text()
    assert mark.is_visible()
