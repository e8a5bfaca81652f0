"""html (kertas kerja reviu LKjIP: the checked report as one self-contained HTML page).

PermenPANRB 53/2014 has the APIP (Inspektorat) review (*reviu*) an agency's Laporan Kinerja
before it is published, and keep a working paper (*kertas kerja reviu*) of what was checked.
`render` writes that paper for a checked report: the agency and year; the coverage of the
ledger (how many printed figures agree, differ, are not computable or not checked), as a
summary and a bar per table; the findings grouped by table, each with its place, printed and
expected value, rule and regulation, and the findings it causes folded under it; the
verdict on every printed figure of each table; filters by severity and code; and a print
stylesheet for A4.

The page needs no network: its CSS and script are inline and a Content-Security-Policy
forbids every load. Every text from the report is escaped with `html.escape`. The output is
the same, byte for byte, for the same report and ledger (no timestamp).

References:
    - PermenPANRB 53/2014, Lampiran (reviu atas Laporan Kinerja, kertas kerja reviu).

Examples:
    >>> from akip import report
    >>> from akip.check import ledger
    >>> dumai = report.load("examples/dumai-2024.toml")
    >>> page = render(dumai, ledger(dumai), lang="en")
    >>> page.startswith("<!DOCTYPE html>"), "Badan Kesatuan Bangsa dan Politik" in page
    (True, True)
    >>> [page.count(f'<article class="finding {kind}') for kind in ("root", "consequence")]
    [32, 31]
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Final

from akip import _i18n
from akip._decimal import percent
from akip._i18n import _
from akip.check.ledger import Ledger, Status
from akip.numbers import format_number, to_decimal
from akip.output import _need, place_of
from akip.report import Report

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akip.check import Finding
    from akip.check.ledger import Coverage, Verdict

__all__ = ["render"]

_CSS: Final = """
:root { --agree: #2e7d32; --differ: #c62828; --nc: #ef6c00; --unchecked: #9e9e9e; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem;
       padding: 0 1rem; color: #212121; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #424242; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.meta { color: #555; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; }
th, td { border: 1px solid #bdbdbd; padding: .2rem .4rem; text-align: left;
         vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: flex; height: .9rem; min-width: 12rem; border: 1px solid #757575; }
.bar span { display: block; height: 100%; }
.bar .agrees, .key .agrees { background: var(--agree); }
.bar .differs, .key .differs { background: var(--differ); }
.bar .not_computable, .key .not_computable { background: var(--nc); }
.bar .not_checked, .key .not_checked { background: var(--unchecked); }
.key span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .2rem 0 .8rem; }
.filters { position: sticky; top: 0; background: #fafafa; border: 1px solid #e0e0e0;
           padding: .5rem .8rem; z-index: 1; }
.filters label { margin-right: 1rem; }
.finding { border-left: 5px solid var(--unchecked); margin: .5rem 0; padding: .3rem .7rem;
           background: #fcfcfc; break-inside: avoid; }
.finding.error { border-color: var(--differ); }
.finding.warning { border-color: var(--nc); }
.finding.info { border-color: #1565c0; }
.finding .head { font-weight: 600; }
.finding.context > .head, .finding.context > dl { opacity: .55; }
.finding dl { display: grid; grid-template-columns: 8rem 1fr; margin: .2rem 0; gap: 0 .5rem; }
.finding dt { color: #555; }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.badge { font-size: .75rem; text-transform: uppercase; padding: 0 .3rem; color: #fff;
         background: var(--unchecked); border-radius: 3px; margin-right: .4rem; }
.error .badge { background: var(--differ); }
.warning .badge { background: var(--nc); }
.info .badge { background: #1565c0; }
[hidden] { display: none !important; }
footer { margin-top: 2rem; color: #757575; font-size: .85rem; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  .filters { display: none; }
  h2 { break-after: avoid; }
  section.place { break-before: auto; }
  .finding { background: none; }
  .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""

_SCRIPT: Final = """
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[name=severity]");
  var code = document.getElementById("code");
  var shown = document.getElementById("shown");
  function wanted(f, ticked) {
    return ticked[f.dataset.severity] && (code.value === "" || code.value === f.dataset.code);
  }
  function apply() {
    var ticked = {};
    boxes.forEach(function (b) { ticked[b.value] = b.checked; });
    var n = 0;
    // Innermost first: a finding is shown when it is wanted or one it causes is shown.
    var all = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
    all.reverse().forEach(function (f) {
      var own = wanted(f, ticked);
      if (own) { n += 1; }
      var folded = f.querySelector(":scope > details.consequences");
      var inner = folded === null ? 0 :
        folded.querySelectorAll(":scope > article.finding:not([hidden])").length;
      f.hidden = !(own || inner > 0);
      f.classList.toggle("context", !own);
      if (folded !== null) {
        folded.hidden = (inner === 0);
        if (!own && inner > 0) { folded.open = true; }
      }
    });
    document.querySelectorAll("section.place").forEach(function (s) {
      var any = s.querySelector("article.finding.root:not([hidden])");
      s.querySelector(".findings").hidden = (any === null);
    });
    shown.textContent = String(n);
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  code.addEventListener("change", apply);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.consequences").forEach(function (d) { d.open = true; });
  });
  apply();
})();
"""

_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
)


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _status_label(status: Status) -> str:
    return {
        Status.AGREES: _("agree"),
        Status.DIFFERS: _("differ"),
        Status.NOT_COMPUTABLE: _("not computable"),
        Status.NOT_CHECKED: _("not checked"),
    }[status]


def _severity_label(severity: str) -> str:
    return {"error": _("error"), "warning": _("warning"), "info": _("info")}[severity]


def _share(part: int, whole: int) -> str:
    """*part* of *whole* in percent, two decimals, for a CSS width (``"33.33"``)."""
    return format_number(percent(to_decimal(part), to_decimal(whole)), 2, locale="en_US")


def _bar(counts: Coverage) -> str:
    parts = [
        (Status.AGREES, counts.agrees),
        (Status.DIFFERS, counts.differs),
        (Status.NOT_COMPUTABLE, counts.not_computable),
        (Status.NOT_CHECKED, counts.not_checked),
    ]
    spans = "".join(
        f'<span class="{status.value}" style="width:{_share(n, counts.printed)}%" '
        f'title="{_e(_status_label(status))}: {n}"></span>'
        for status, n in parts
        if n
    )
    return f'<div class="bar" role="img" aria-label="{_e(_summary(counts))}">{spans}</div>'


def _summary(counts: Coverage) -> str:
    return _(
        "{printed} printed figures: {checked} checked ({agrees} agree, {differs} differ), "
        "{not_computable} not computable, {not_checked} not checked"
    ).format(
        printed=counts.printed,
        checked=counts.checked,
        agrees=counts.agrees,
        differs=counts.differs,
        not_computable=counts.not_computable,
        not_checked=counts.not_checked,
    )


def _coverage_table(per_place: Sequence[Coverage], titles: dict[str, str | None]) -> str:
    head = "".join(
        f"<th>{_e(label)}</th>"
        for label in (
            _("Table / section"),
            _("Printed"),
            _("Checked"),
            _("Agree"),
            _("Differ"),
            _("Not computable"),
            _("Not checked"),
            _("Chart"),
        )
    )
    rows = []
    for c in per_place:
        place = c.place or ""
        title = titles.get(place)
        label = _e(place) + (f"<br><small>{_e(title)}</small>" if title else "")
        numbers = (c.printed, c.checked, c.agrees, c.differs, c.not_computable, c.not_checked)
        cells = "".join(f'<td class="n">{n}</td>' for n in numbers)
        rows.append(f"<tr><td>{label}</td>{cells}<td>{_bar(c)}</td></tr>")
    body = "".join(rows)
    return f'<table class="coverage"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _dash(value: str | None) -> str:
    return "—" if value is None else value


def _finding(finding: Finding, *, root: bool) -> str:
    severity = finding.severity.value
    kind = "root" if root else "consequence"
    lang = _i18n.language()
    fields = [
        (_("Place"), finding.place_in(lang)),
        (_("Printed"), _dash(finding.printed)),
        (_("Expected"), _dash(finding.expected)),
        (_("Rule"), finding.rule_in(lang)),
    ]
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in fields)
    nested = ""
    if finding.consequences:
        inner = "".join(_finding(c, root=False) for c in finding.consequences)
        count = _i18n.ngettext(
            "{n} finding caused by this one",
            "{n} findings caused by this one",
            len(finding.consequences),
        ).format(n=len(finding.consequences))
        nested = f'<details class="consequences"><summary>{_e(count)}</summary>{inner}</details>'
    return (
        f'<article class="finding {kind} {_e(severity)}" data-severity="{_e(severity)}" '
        f'data-code="{_e(finding.code)}">'
        f'<div class="head"><span class="badge">{_e(_severity_label(severity))}</span>'
        f"<code>{_e(finding.code)}</code> — {_e(finding.message_in(lang))}</div>"
        f"<dl>{rows}</dl>{nested}</article>"
    )


def _verdicts(verdicts: list[Verdict]) -> str:
    lang = _i18n.language()
    head = "".join(
        f"<th>{_e(label)}</th>"
        for label in (
            _("Row"),
            _("Year"),
            _("Column"),
            _("Printed"),
            _("Verdict"),
            _("Expected"),
            _("Code"),
            _("Reason"),
        )
    )
    rows = []
    for v in verdicts:
        cells = (
            _dash(v.where.row),
            _dash(None if v.where.year is None else str(v.where.year)),
            v.where.column,
            v.printed,
            _status_label(v.status),
            _dash(v.expected),
            _dash(v.code),
            _dash(None if v.reason is None else _i18n.translated(v.reason, lang)),
        )
        tds = "".join(f"<td>{_e(c)}</td>" for c in cells)
        rows.append(f'<tr class="{v.status.value}">{tds}</tr>')
    summary = _i18n.ngettext(
        "The verdict on its {n} printed figure",
        "The verdict on each of its {n} printed figures",
        len(verdicts),
    ).format(n=len(verdicts))
    return (
        f'<details class="ledger"><summary>{_e(summary)}</summary><table><thead><tr>{head}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></details>"
    )


def _filters(codes: list[str], total: int) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s}" checked> '
        f"{_e(_severity_label(s))}</label>"
        for s in ("error", "warning", "info")
    )
    options = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in codes)
    show, code, every, shown = _("Show"), _("code"), _("every code"), _("findings shown")
    return (
        f'<div class="filters" role="search"><strong>{_e(show)}:</strong> {boxes}'
        f'<label>{_e(code)} <select id="code"><option value="">{_e(every)}'
        f"</option>{options}</select></label>"
        f'<span><span id="shown">{total}</span> / {total} {_e(shown)}</span></div>'
    )


def render(report: Report, ledger: Ledger, *, lang: str | None = None) -> str:
    """The working paper of a checked *report* and its *ledger*, as one HTML page.

    Args:
        report: The loaded report (agency, year, places and their titles).
        ledger: Its ledger: the verdict on every printed figure and the root findings.
        lang: ``"id"`` or ``"en"``; the current `akip` language when ``None``.
    """
    _need(report, Report, "report")
    _need(ledger, Ledger, "ledger")
    if lang is not None:
        _i18n.set_language(lang)
    titles = {p.id: p.title for p in report.places}
    by_place: dict[str, list[Finding]] = {}
    for finding in ledger.findings:
        by_place.setdefault(place_of(finding, report), []).append(finding)
    verdicts_at: dict[str, list[Verdict]] = {}
    for verdict in ledger.verdicts:
        verdicts_at.setdefault(verdict.where.place, []).append(verdict)
    order = [p.id for p in report.places]
    order += [p for p in [*by_place, *verdicts_at] if p not in order]
    rank = {place: index for index, place in enumerate(order)}
    per_place = sorted(
        ledger.coverage_by_place(), key=lambda c: rank.get(c.place or "", len(rank))
    )
    sections = []
    for place in order:
        if place not in by_place and place not in verdicts_at:
            continue
        title = titles.get(place)
        heading = _e(place) + (f" — {_e(title)}" if title else "")
        findings = "".join(_finding(f, root=True) for f in by_place.get(place, []))
        ledger_part = _verdicts(verdicts_at[place]) if place in verdicts_at else ""
        sections.append(
            f'<section class="place" data-place="{_e(place)}"><h3>{heading}</h3>'
            f'<div class="findings">{findings}</div>{ledger_part}</section>'
        )
    counts = ledger.summary()
    codes = sorted({f.code for f in ledger.all_findings()})
    severity_line = _i18n.ngettext(
        "{n} finding (root causes: {roots}): ",
        "{n} findings (root causes: {roots}): ",
        counts["findings"],
    ).format(n=counts["findings"], roots=counts["root_causes"]) + ", ".join(
        f"{counts[s]} {_severity_label(s)}" for s in ("error", "warning", "info")
    )
    import akip  # noqa: PLC0415

    meta = [
        report.government,
        report.title,
        _("Report year {year}").format(year=report.year),
        report.source and _("Source: {source}").format(source=report.source),
    ]
    meta_html = "".join(f'<p class="meta">{_e(m)}</p>' for m in meta if m)
    key = "".join(f'<span class="{s.value}"></span>{_e(_status_label(s))}' for s in Status)
    lang_attr = _i18n.language()
    whole = ledger.coverage()
    paper, covered, found = _("LKjIP review working paper"), _("Coverage"), _("Findings")
    made = _("Made with akip {version}.").format(version=akip.__version__)
    basis = _("Reviu atas Laporan Kinerja: PermenPANRB 53/2014.")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang_attr}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(paper)} — {_e(report.agency)} {report.year}</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(paper)}: {_e(report.agency)}</h1>"
        f"{meta_html}</header>"
        f"<h2>{_e(covered)}</h2><p>{_e(_summary(whole))}.</p>{_bar(whole)}"
        f'<p class="key">{key}</p>{_coverage_table(per_place, titles)}'
        f"<h2>{_e(found)}</h2><p>{_e(severity_line)}.</p>"
        f"{_filters(codes, counts['findings'])}{''.join(sections)}"
        f"<footer>{_e(made)} {_e(basis)}</footer>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
