"""The HTML working paper (akip.output.html), without a browser (see test_browser.py)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from akip import report
from akip.check import Finding, Severity
from akip.check.ledger import Ledger, Status, Verdict
from akip.output import coverage, html, place_of
from akip.report import Where
from tests.ledgers import dumai, ledger_of


class _Tags(HTMLParser):
    """Collects start tags and their attributes, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


_HOSTILE = '<script>alert("x")</script>&"\''


def _hostile_report() -> report.Report:
    return report.loads_toml(
        "schema_version = 1\n[report]\n"
        f"agency = {json.dumps(_HOSTILE)}\nyear = 2024\n"
        f"[[places]]\nid = 'T<b>'\ntitle = {json.dumps(_HOSTILE)}\n"
    )


def test_everything_is_escaped():
    """Agency, place, title, code and message with markup are shown as text, never as tags."""
    loaded = _hostile_report()
    finding = Finding(
        "X<i>", Severity.ERROR, "T<b>, row '<u>', column c", "<p>", "</p>", "r<q>", _HOSTILE
    )
    verdict = Verdict(Where("T<b>", "c<s>", "<u>"), "<p>", Status.DIFFERS, "</p>", "X<i>")
    page = html.render(loaded, Ledger((verdict,), (finding,)), lang="en")
    tags = {tag for tag, _ in _parsed(page).tags}
    assert set() == tags & {"b", "i", "u", "q", "s"}
    assert "<dd>&lt;p&gt;</dd>" in page
    assert 1 == page.count("<script>")  # the page's own script only
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&quot;&#x27;" in page


def test_self_contained():
    """No external resource: no src / href attribute, and a CSP forbids every load."""
    loaded, ledger = dumai()
    parsed = _parsed(html.render(loaded, ledger, lang="id"))
    linked = [a for _, attrs in parsed.tags for a in ("src", "href") if a in attrs]
    assert [] == linked
    meta = [a for tag, a in parsed.tags if tag == "meta" and a.get("http-equiv")]
    assert "default-src 'none'" in (meta[0]["content"] or "")


def test_every_finding_once_with_its_fields():
    """Each of the 55 Dumai findings is an article with its code, printed and expected."""
    loaded, ledger = dumai()
    page = html.render(loaded, ledger, lang="en")
    articles = [a for tag, a in _parsed(page).tags if tag == "article"]
    assert len(ledger.findings) == len(articles)
    assert sorted(f.code for f in ledger.findings) == sorted(str(a["data-code"]) for a in articles)
    mean = next(f for f in ledger.findings if f.code == "MEAN_OF_RATIOS")
    assert "<dd>79,61</dd>" in page
    assert "<dd>91,68</dd>" in page
    assert f"<dd>{mean.rule}</dd>" in page


def test_grouped_by_table_in_report_order():
    """Sections follow the report's places; Tabel 6's four findings sit in its section."""
    loaded, ledger = dumai()
    page = html.render(loaded, ledger, lang="en")
    places = re.findall(r'<section class="place" data-place="([^"]*)"', page)
    declared = [p.id for p in loaded.places]
    assert sorted(places, key=declared.index) == places
    covered = page.split('<table class="coverage">')[1].split("</table>")[0]
    rows = re.findall(r"<tr><td>([^<]*)", covered)
    assert sorted(rows, key=declared.index) == rows
    section = page.split('data-place="Tabel 6"')[1].split("</section>")[0]
    assert 4 == section.count('<article class="finding root')


def test_consequences_are_folded():
    """A finding's consequences are in a <details> under it, not findings of their own."""
    loaded, _ = dumai()
    child = Finding(
        "PCT_MISMATCH", Severity.ERROR, "Tabel 6, column penyerapan", "1", "2", "r", "c"
    )
    root = Finding(
        "SUM_MISMATCH", Severity.ERROR, "Tabel 6, column pagu", "1", "2", "r", "m", None, (child,)
    )
    page = html.render(loaded, Ledger((), (root,)), lang="en")
    assert 1 == page.count('class="finding root')
    folded = page.split('<details class="consequences">')[1]
    assert folded.startswith("<summary>1 finding caused by this one</summary>")
    assert '<article class="finding consequence error" data-severity="error"' in folded


def test_coverage_summary_and_bars():
    """The whole-report counts and one bar per place, widths in percent of the place."""
    where = Where("T", "c")
    verdicts = (
        Verdict(where, "1", Status.AGREES),
        Verdict(where, "1", Status.AGREES),
        Verdict(where, "1", Status.DIFFERS),
        Verdict(Where("U", "c"), "1", Status.NOT_CHECKED),
    )
    loaded = report.loads_toml(
        "schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n"
        "[[places]]\nid = 'T'\n[[places]]\nid = 'U'\n"
    )
    page = html.render(loaded, Ledger(verdicts, ()), lang="en")
    assert (
        "4 printed figures: 3 checked (2 agree, 1 differ), 0 not computable, 1 not checked" in page
    )
    # T: 2 of 3 agree = 66,67 %, 1 of 3 differs = 33,33 %; U: 1 of 1 not checked = 100 %.
    assert 'class="agrees" style="width:66.67%"' in page
    assert 'class="differs" style="width:33.33%"' in page
    assert 'class="not_checked" style="width:100.00%"' in page


def test_indonesian_labels():
    """An Indonesian page: lang="id", the title and the column labels in Bahasa Indonesia."""
    loaded, ledger = dumai()
    page = html.render(loaded, ledger, lang="id")
    assert '<html lang="id">' in page
    assert "Kertas Kerja Reviu LKjIP" in page
    assert "<dt>Seharusnya</dt>" in page


def test_print_stylesheet():
    """An A4 page rule and a print medium that hides the filters."""
    loaded, ledger = dumai()
    page = html.render(loaded, ledger, lang="en")
    assert "@page { size: A4;" in page
    assert "@media print" in page


def test_reproducible():
    """The same report and ledger give the same bytes."""
    loaded, ledger = dumai()
    assert html.render(loaded, ledger, lang="en") == html.render(loaded, ledger, lang="en")


def test_place_of():
    """A finding's place: its where, else the longest declared place its text starts with."""
    loaded = report.loads_toml(
        "schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n"
        "[[places]]\nid = 'Tabel 1'\n[[places]]\nid = 'Tabel 1, lanjutan'\n"
    )

    def at(text: str, where: Where | None = None) -> str:
        f = Finding("X", Severity.INFO, text, None, None, "r", "m", where)
        return place_of(f, loaded)

    assert "Tabel 1, lanjutan" == at("Tabel 1, lanjutan, column c")
    assert "Tabel 1" == at("Tabel 1, column c")
    assert "Bab IV" == at("Bab IV, column text")
    assert "T" == at("anything", Where("T", "c"))


def test_coverage_counts():
    """coverage() counts by status per place; checked = agree + differ."""
    where = Where("T", "c")
    whole, per_place = coverage(
        [
            Verdict(where, "1", Status.NOT_COMPUTABLE),
            Verdict(where, "1", Status.DIFFERS),
        ]
    )
    assert (2, 0, 1, 1, 0, 1) == (
        whole.printed,
        whole.agrees,
        whole.differs,
        whole.not_computable,
        whole.not_checked,
        whole.checked,
    )
    assert ("T",) == tuple(c.place for c in per_place)


def test_stand_in_ledger_covers_every_figure():
    """The test ledger gives each of the example's 586 printed figures one verdict."""
    loaded, ledger = dumai()
    assert len(list(loaded.figures())) == len(ledger.verdicts)
    assert ledger == ledger_of(loaded, ledger.findings)


def test_empty_report():
    """A report with no figure and no finding: a valid page with 0 of 0 and an empty bar."""
    loaded = report.loads_toml("schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n")
    page = html.render(loaded, Ledger((), ()), lang="en")
    assert "0 printed figures: 0 checked (0 agree, 0 differ)" in page
    assert '<span id="shown">0</span> / 0' in page
    assert '<div class="bar" role="img"' in page
    assert "<section" not in page
