"""The HTML working paper in a real headless browser (Debian's chromium and chromedriver).

The Makefile installs ``chromium`` and ``chromium-driver`` from Debian's packages when they
are missing; nothing is downloaded at run time. Without them these tests are skipped (and
``make test`` does not run without them).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from akip.output import html
from tests.ledgers import dumai

if TYPE_CHECKING:
    from collections.abc import Iterator

    from selenium.webdriver import Chrome

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402

_CHROMIUM = shutil.which("chromium")
_DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    _CHROMIUM is None or _DRIVER is None, reason="chromium and chromium-driver not installed"
)
_ASSETS = Path(__file__).parent.parent / "docs" / "assets"


@pytest.fixture(scope="module")
def browser() -> Iterator[Chrome]:
    """A headless Chromium with a new empty profile and no background network."""
    profile = tempfile.mkdtemp(prefix="akip-chromium-")
    options = webdriver.ChromeOptions()
    assert _CHROMIUM is not None
    assert _DRIVER is not None
    options.binary_location = _CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=_DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def dumai_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The Dumai working paper on disk, and the codes of its findings in order."""
    loaded, ledger = dumai()
    page = tmp_path_factory.mktemp("page") / "reviu.html"
    page.write_text(html.render(loaded, ledger, lang="id"), encoding="utf-8")
    return page, [f.code for f in ledger.findings]


def _visible(driver: Chrome) -> int:
    return sum(
        1
        for e in driver.find_elements(By.CSS_SELECTOR, "article.finding.root")
        if e.is_displayed()
    )


def test_loads_without_console_error(browser, dumai_page):
    """The page loads, its script runs (the counter is filled) and the console stays clean."""
    page, codes = dumai_page
    browser.get(page.as_uri())
    errors = [e for e in browser.get_log("browser") if e["level"] in {"SEVERE", "WARNING"}]
    assert [] == errors
    assert str(len(codes)) == browser.find_element(By.ID, "shown").text


def test_every_finding_is_on_the_page(browser, dumai_page):
    """Every finding of the Dumai example is shown, with its code, place and printed value."""
    page, _codes = dumai_page
    _loaded, ledger = dumai()
    browser.get(page.as_uri())
    shown = []
    for article in browser.find_elements(By.CSS_SELECTOR, "article.finding.root"):
        values = [dd.text for dd in article.find_elements(By.CSS_SELECTOR, "dl > dd")]
        shown.append((article.get_attribute("data-code"), values[0], values[1]))
    expected = [(f.code, f.place, f.printed or "—") for f in ledger.findings]
    assert sorted(expected) == sorted(shown)
    assert len(expected) == _visible(browser)


def test_print_media_hides_filters(browser, dumai_page):
    """In print media (the A4 working paper) the filter bar is not shown."""
    page, _codes = dumai_page
    browser.get(page.as_uri())
    bar = browser.find_element(By.CSS_SELECTOR, ".filters")
    assert bar.is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not bar.is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_severity_filter(browser, dumai_page):
    """Unticking 'error' hides the 32 errors of the Dumai example; ticking shows them again."""
    page, codes = dumai_page
    browser.get(page.as_uri())
    box = browser.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]")
    box.click()
    # The Dumai example has 32 findings of severity error (test_check.py counts them too).
    assert len(codes) - 32 == _visible(browser)
    assert str(len(codes) - 32) == browser.find_element(By.ID, "shown").text
    box.click()
    assert len(codes) == _visible(browser)


def test_code_filter(browser, dumai_page):
    """Choosing a code shows only its findings: TERBILANG_MISMATCH has 6 in the example."""
    page, _codes = dumai_page
    browser.get(page.as_uri())
    select = Select(browser.find_element(By.ID, "code"))
    select.select_by_value("TERBILANG_MISMATCH")
    assert 6 == _visible(browser)
    shown = {
        e.get_attribute("data-code")
        for e in browser.find_elements(By.CSS_SELECTOR, "article.finding.root")
        if e.is_displayed()
    }
    assert {"TERBILANG_MISMATCH"} == shown


@pytest.mark.skipif(not os.environ.get("AKIP_SCREENSHOTS"), reason="AKIP_SCREENSHOTS not set")
def test_screenshots(browser, dumai_page):  # pragma: no cover - run by make screenshots
    """The screenshots of the working-paper guide (``make screenshots``)."""
    page, _codes = dumai_page
    browser.get(page.as_uri())
    _ASSETS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(_ASSETS / "working-paper-coverage.png"))
    browser.execute_script(
        "document.querySelector('section.place[data-place=\"Tabel 6\"]').scrollIntoView();"
        "window.scrollBy(0, -70);"
    )
    browser.save_screenshot(str(_ASSETS / "working-paper-findings.png"))
