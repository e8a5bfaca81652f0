"""text (the ledger as an auditor reads it: plain text and JSON, for every front-end).

`render_text` prints the coverage first (``611 printed figures: 596 checked (546 agree, 50
differ), 0 not computable, 15 not checked``), then per place, then the counts of findings
and root causes, then each root finding with its consequences indented; ``verbose`` adds
every figure with its verdict and reason. `as_json` is the same as one JSON-ready object:
``{"report": …, "coverage": …, "findings": […], "verdicts": […]}`` with structured places.

References:
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja: the reviewer's working paper).

Examples:
    >>> from akip import report
    >>> from akip.check import ledger
    >>> loaded = report.load("examples/dumai-2024.toml")
    >>> render_text(ledger(loaded), loaded).splitlines()[1]
    '611 printed figures: 596 checked (546 agree, 50 differ), 0 not computable, 15 not checked'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akip._validators import shown
from akip.check.claims import a_report
from akip.check.ledger import Ledger
from akip.exceptions import InvalidValue

if TYPE_CHECKING:
    from akip.check.findings import Finding
    from akip.report import Report

__all__ = ["as_json", "render_text"]


def _dash(text: str | None) -> str:
    # A finding without a value to compare (a statement about a year with no figure, an
    # implausible figure) prints a dash, not Python's None.
    return "—" if text is None else text


def _checked(book: object, report: object, *, verbose: object = False) -> tuple[Ledger, Report]:
    """*book* and *report*, which must be a `Ledger` and the loaded report it is of."""
    if not isinstance(book, Ledger):
        msg = f"'book' must be an akip.check.Ledger (akip.check.ledger): {shown(book)}"
        raise InvalidValue(msg)
    if not isinstance(verbose, bool):
        msg = f"'verbose' must be True or False: {shown(verbose)}"
        raise InvalidValue(msg)
    return book, a_report(report)


def _finding(finding: Finding, indent: str) -> list[str]:
    return [
        f"{indent}[{finding.severity.value.upper()}] {finding.code} — {finding.place}",
        f"{indent}  printed:  {_dash(finding.printed)}",
        f"{indent}  expected: {_dash(finding.expected)}",
        f"{indent}  {finding.message}",
        f"{indent}  rule: {finding.rule}",
    ]


def render_text(book: Ledger, report: Report, *, verbose: bool = False) -> str:
    """The ledger as text: coverage, coverage per place, findings (and every verdict).

    Raises:
        InvalidValue: if *book* is not a `Ledger` or *report* not a loaded report.
    """
    book, report = _checked(book, report, verbose=verbose)
    lines = [f"{report.agency} — {report.year}", str(book.coverage())]
    lines += [f"  {coverage.place}: {coverage}" for coverage in book.coverage_by_place()]
    counts = book.summary()
    lines.append(
        f"{counts['findings']} findings from {counts['root_causes']} root causes: "
        + ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info"))
    )
    by_code: dict[str, int] = {}
    for finding in book.findings:
        by_code[finding.code] = by_code.get(finding.code, 0) + 1
    for code, n in sorted(by_code.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {n:3d}  {code}")
    for finding in book.findings:
        lines.append("")
        lines += _finding(finding, "")
        if finding.consequences:
            lines.append(f"  consequences ({len(finding.consequences)}):")
            for consequence in finding.consequences:
                lines += _finding(consequence, "    ")
    if verbose:
        lines += ["", "Verdicts:"]
        for verdict in book.verdicts:
            detail = verdict.reason or (
                f"expected {verdict.expected}" if verdict.expected is not None else ""
            )
            code = f" {verdict.code}" if verdict.code else ""
            lines.append(
                f"  {verdict.where} | {verdict.printed} | {verdict.status.value}{code}"
                + (f" | {detail}" if detail else "")
            )
    return "\n".join(lines)


def as_json(book: Ledger, report: Report) -> dict[str, object]:
    """The ledger as one JSON-ready object with structured places.

    Raises:
        InvalidValue: if *book* is not a `Ledger` or *report* not a loaded report.
    """
    book, report = _checked(book, report)
    return {
        "report": {
            "agency": report.agency,
            "year": report.year,
            "government": report.government,
            "title": report.title,
            "source": report.source,
        },
        "coverage": {
            **book.coverage().as_dict(),
            "summary": book.summary(),
            "places": [c.as_dict() for c in book.coverage_by_place()],
        },
        "findings": [f.as_dict() for f in book.findings],
        "verdicts": [v.as_dict() for v in book.verdicts],
    }
