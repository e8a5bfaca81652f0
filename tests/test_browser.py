"""The HTML working paper in a real headless browser (Debian's chromium and chromedriver).

The Makefile installs ``chromium`` and ``chromium-driver`` from Debian's packages when they
are missing; nothing is downloaded at run time. Without them these tests are skipped (and
``make test`` does not run without them).
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from akip import report
from akip.check import ledger
from akip.output import html

if TYPE_CHECKING:
    from collections.abc import Iterator

    from selenium.webdriver import Chrome

    from akip.check.ledger import Ledger

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402

_CHROMIUM = shutil.which("chromium")
_DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    _CHROMIUM is None or _DRIVER is None, reason="chromium and chromium-driver not installed"
)
_ASSETS = Path(__file__).parent.parent / "docs" / "assets"
_EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@functools.cache
def dumai() -> tuple[report.Report, Ledger]:
    """The Dumai example and its ledger (`akip.check.ledger`)."""
    loaded = report.load(_EXAMPLE)
    return loaded, ledger(loaded)


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
    """The Dumai working paper on disk, and the codes of all its findings (consequences too)."""
    loaded, book = dumai()
    page = tmp_path_factory.mktemp("page") / "reviu.html"
    page.write_text(html.render(loaded, book, lang="id"), encoding="utf-8")
    return page, [f.code for f in book.all_findings()]


def _visible(driver: Chrome, kind: str = "root") -> list[str]:
    """The codes of the findings of *kind* (root, consequence, context) a reader sees."""
    return [
        str(e.get_attribute("data-code"))
        for e in driver.find_elements(By.CSS_SELECTOR, f"article.finding.{kind}")
        if e.is_displayed()
    ]


def _shown(driver: Chrome) -> str:
    return str(driver.find_element(By.ID, "shown").text)


def test_loads_without_console_error(browser, dumai_page):
    """The page loads, its script runs (the counter is filled) and the console stays clean."""
    page, codes = dumai_page
    browser.get(page.as_uri())
    errors = [e for e in browser.get_log("browser") if e["level"] in {"SEVERE", "WARNING"}]
    assert [] == errors
    assert str(len(codes)) == browser.find_element(By.ID, "shown").text


def test_every_finding_is_on_the_page(browser, dumai_page):
    """Every finding of the Dumai ledger, root or consequence, is on the page with its fields.

    The page is in Indonesian: the places too (``Tabel 5, baris 'Sasaran', …``).
    """
    page, _codes = dumai_page
    _loaded, book = dumai()
    browser.get(page.as_uri())
    shown = []
    for article in browser.find_elements(By.CSS_SELECTOR, "article.finding"):
        values = [
            str(dd.get_attribute("textContent"))
            for dd in article.find_elements(By.CSS_SELECTOR, ":scope > dl > dd")
        ]
        shown.append((article.get_attribute("data-code"), values[0], values[1], values[2]))
    expected = [
        (f.code, f.place_in("id"), f.printed or "—", f.expected or "—")
        for f in book.all_findings()
    ]
    assert sorted(expected) == sorted(shown)
    assert len(book.findings) == len(_visible(browser))
    assert [] == _visible(browser, "consequence")  # folded until opened
    assert [] == _visible(browser, "context")


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
    """Unticking 'error' leaves the 6 warnings and 7 infos, and the 2 errors that cause infos.

    Counted from the report: warnings are the 5 MIXED_UNITS target fisik of Pengukuran
    Kinerja 2024 and a fisik capaian of 100.00 with a realisasi of 0 (PLAUSIBILITY); infos are
    Tabel III.3's two predikat "Sangat Berhasil" (another scale), the 4 efficiency indexes
    printed with a % (Ringkasan Eksekutif and §3.7, rows a and b) and §B's change "5,93%",
    a difference in percentage points. The 4 PLAUSIBILITY infos are consequences of two error roots
    (Tabel 6's penyerapan 71,09 and Tabel III.8's capaian 94 %): those stay, dimmed, as the
    context of what they cause.
    """
    page, codes = dumai_page
    browser.get(page.as_uri())
    box = browser.find_element(By.CSS_SELECTOR, "input[name=severity][value=error]")
    box.click()
    assert "13" == _shown(browser)
    assert 9 + 2 == len(_visible(browser))
    assert ["CAPAIAN_MISMATCH", "PCT_MISMATCH"] == sorted(_visible(browser, "context"))
    assert ["PLAUSIBILITY"] * 4 == _visible(browser, "consequence")
    box.click()
    assert str(len(codes)) == _shown(browser)
    assert [] == _visible(browser, "context")


def test_code_filter(browser, dumai_page):
    """Choosing a code shows only its findings: TERBILANG_MISMATCH, 4 roots and 2 copies.

    The amounts in words of the Ringkasan Eksekutif (3 slips, 2 of them copied into §B and
    §2.4) and Bab IV's "3 (dua)".
    """
    page, _codes = dumai_page
    browser.get(page.as_uri())
    select = Select(browser.find_element(By.ID, "code"))
    select.select_by_value("TERBILANG_MISMATCH")
    assert "6" == _shown(browser)
    assert ["TERBILANG_MISMATCH"] * 4 == _visible(browser)
    assert [] == _visible(browser, "context")


def test_code_of_consequences_only(browser, dumai_page):
    """A code found only as a consequence shows its root as context, opened on it.

    Tabel 3's program 4. prints Rp 3.533.515.000 where the other tables agree on
    3.533.511.000: Tabel 3's and Tabel II.6's JUMLAH are then 4.000 too high (2 SUM_MISMATCH).
    """
    page, _codes = dumai_page
    browser.get(page.as_uri())
    Select(browser.find_element(By.ID, "code")).select_by_value("SUM_MISMATCH")
    assert "2" == _shown(browser)
    assert ["CROSS_TABLE_CONFLICT"] == _visible(browser, "context")
    assert ["SUM_MISMATCH"] * 2 == _visible(browser, "consequence")
    Select(browser.find_element(By.ID, "code")).select_by_value("")
    assert [] == _visible(browser, "context")


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
    Select(browser.find_element(By.ID, "code")).select_by_value("SUM_MISMATCH")
    browser.execute_script(
        "document.querySelector('section.place[data-place=\"Tabel 3\"]').scrollIntoView();"
        "window.scrollBy(0, -70);"
    )
    browser.save_screenshot(str(_ASSETS / "working-paper-filter.png"))
    Select(browser.find_element(By.ID, "code")).select_by_value("")
    browser.execute_script(
        "const place = document.querySelector('section.place[data-place=\"Tabel III.9\"]');"
        "place.querySelector('details.ledger').open = true;"
        "place.querySelector('details.ledger').scrollIntoView();"
        "window.scrollBy(0, -70);"
    )
    browser.save_screenshot(str(_ASSETS / "working-paper-verdicts.png"))
