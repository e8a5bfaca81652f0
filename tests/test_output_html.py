"""The HTML working paper (akip.output.html), without a browser (see test_browser.py)."""

from __future__ import annotations

import functools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from akip import report
from akip.check import Finding, Severity, ledger
from akip.check.ledger import Ledger, Status, Verdict
from akip.output import html, place_of
from akip.report import Where

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@functools.cache
def dumai() -> tuple[report.Report, Ledger]:
    """The Dumai example and its ledger (`akip.check.ledger`)."""
    loaded = report.load(EXAMPLE)
    return loaded, ledger(loaded)


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


def _articles(page: str) -> list[dict[str, str | None]]:
    return [a for tag, a in _parsed(page).tags if tag == "article"]


def test_every_finding_once_with_its_fields():
    """Every finding of the Dumai ledger, root or consequence, is one article on the page."""
    loaded, book = dumai()
    page = html.render(loaded, book, lang="en")
    articles = _articles(page)
    roots = [a for a in articles if "root" in str(a["class"]).split()]
    folded = [a for a in articles if "consequence" in str(a["class"]).split()]
    assert sorted(f.code for f in book.findings) == sorted(str(a["data-code"]) for a in roots)
    every = [(f.code, f.severity.value) for f in book.all_findings()]
    shown = [(str(a["data-code"]), str(a["data-severity"])) for a in articles]
    assert sorted(every) == sorted(shown)
    assert len(book.findings) == len(roots)
    assert len(every) - len(book.findings) == len(folded)
    # Tabel 6, row 1.: penyerapan printed 79,61 is the mean of the sub kegiatan ratios; the
    # program's realisasi / pagu gives 91,68 (test_check.py computes it from the amounts).
    mean = next(f for f in book.findings if f.code == "MEAN_OF_RATIOS")
    assert ("79,61", "91,68") == (mean.printed, mean.expected)
    assert "<dd>79,61</dd>" in page
    assert "<dd>91,68</dd>" in page
    assert f"<dd>{mean.rule}</dd>" in page


def test_dumai_findings_by_code():
    """The counts a reader of the Dumai page sees, worked out from the report by hand.

    TERBILANG_MISMATCH: the amounts in words of the Ringkasan Eksekutif (262.323.588 without
    "ribu", 45.195.966.217 as "Empat puluh milyar", 44.484.704.673 without "tiga"), the last
    two copied into §B and §2.4, and Bab IV's "3 (dua)": 4 roots, 2 consequences.
    MIXED_UNITS: the five sub kegiatan of Pengukuran Kinerja 2024 whose target fisik adds
    orang to laporan / dokumen / keluarga.
    """
    loaded, book = dumai()
    page = html.render(loaded, book, lang="en")
    articles = _articles(page)

    def count(code: str, kind: str) -> int:
        return sum(
            1 for a in articles if a["data-code"] == code and kind in str(a["class"]).split()
        )

    assert (4, 2) == (
        count("TERBILANG_MISMATCH", "root"),
        count("TERBILANG_MISMATCH", "consequence"),
    )
    assert (5, 0) == (count("MIXED_UNITS", "root"), count("MIXED_UNITS", "consequence"))


def test_grouped_by_table_in_report_order():
    """Sections and coverage rows follow the report's places; each root sits at its place."""
    loaded, book = dumai()
    page = html.render(loaded, book, lang="en")
    places = re.findall(r'<section class="place" data-place="([^"]*)"', page)
    declared = [p.id for p in loaded.places]
    assert sorted(places, key=declared.index) == places
    covered = page.split('<table class="coverage">')[1].split("</table>")[0]
    rows = re.findall(r"<tr><td>([^<]*)", covered)
    assert sorted(rows, key=declared.index) == rows
    # Tabel 6 (efficiency): the program's penyerapan 71,09 (realisasi / pagu gives 71,03) and
    # program 1.'s mean of ratios 79,61; what they cause elsewhere is folded under them.
    section = page.split('data-place="Tabel 6"')[1].split("</section>")[0]
    assert 2 == section.count('<article class="finding root')
    assert ["PCT_MISMATCH", "MEAN_OF_RATIOS"] == re.findall(
        r'<article class="finding root [a-z]+" data-severity="[a-z]+" data-code="([A-Z_]+)"',
        section,
    )
    # Bab IV's findings have no structured place: the text of their place names it.
    bab = page.split('data-place="Bab IV"')[1].split("</section>")[0]
    assert 2 == bab.count('<article class="finding root')


def test_coverage_is_the_ledgers():
    """The summary line and each coverage row are the ledger's own counts."""
    loaded, book = dumai()
    page = html.render(loaded, book, lang="en")
    whole = book.coverage()
    assert f"<p>{whole}.</p>" in page
    covered = page.split('<table class="coverage">')[1].split("</table>")[0]
    cells = re.findall(
        r'<tr><td>([^<]*)(?:<br><small>[^<]*</small>)?</td>((?:<td class="n">\d+</td>)+)', covered
    )
    shown = {place: tuple(int(n) for n in re.findall(r"\d+", numbers)) for place, numbers in cells}
    expected = {
        c.place: (c.printed, c.checked, c.agrees, c.differs, c.not_computable, c.not_checked)
        for c in book.coverage_by_place()
    }
    assert expected == shown


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


def test_empty_report():
    """A report with no figure and no finding: a valid page with 0 of 0 and an empty bar."""
    loaded = report.loads_toml("schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n")
    page = html.render(loaded, Ledger((), ()), lang="en")
    assert "0 printed figures: 0 checked (0 agree, 0 differ)" in page
    assert '<span id="shown">0</span> / 0' in page
    assert '<div class="bar" role="img"' in page
    assert "<section" not in page
