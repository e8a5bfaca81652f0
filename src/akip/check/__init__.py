"""check (pemeriksaan laporan kinerja, re-checking every printed figure of an LKjIP).

`ledger` gives every printed figure and label of a report exactly one verdict (agrees,
differs, not computable, not checked, and why) and the findings behind them; `check` returns
the root findings. The package is a pipeline, data flowing one way: the report is read into
claims (`akip.check.claims`: every quantity and the places printing it, with their
consensus, `akip.check.consensus`), each family of rules yields its verdicts
(`akip.check.capaian`, `.sasaran`, `.anggaran`, `.efisiensi`, `.terbilang`, `.statements`,
`.evaluasi`), and `akip.check.attribution` folds each slip's consequences under it before
`akip.check.ledger` counts the coverage.

`check` recomputes each figure a report prints, with akip's own rules, and lists every
discrepancy as a frozen [`Finding`][akip.check.Finding]: a stable code, where the figure is
printed, the printed and the expected value, the rule it breaks (with its regulation) and a
severity. A figure is accepted when it equals the exact value rounded HALF_UP to the number
of decimals printed (``"104%"`` for 104,444… is correct); a truncated value is its own finding
(``TRUNCATED``), not silently accepted. Where the report's method is recognisable but is not
the rule (a mean of ratios instead of a ratio of sums, realisasi divided where capaian was
named), the finding says so.

Finding codes: `akip.check.codes` holds one entry per code (``CAPAIAN_MISMATCH``,
``SUM_MISMATCH``, ``TRUNCATED`` …): its severities, summary, emitting modules, rules and
explanation; ``akip rule CODE`` prints it, and the docs have a page per code.

References:
    - The rules each family applies: `akip.capaian` (PermenPANRB 8/2021), `akip.predikat`
      (Permendagri 86/2017), `akip.atribut`, `akip.anggaran` (Kepmendagri 050-5889/2021),
      `akip.efisiensi`, `akip.fisik`, `akip.periode`, `akip.komparasi`, `akip.terbilang`,
      `akip.evaluasi` (PermenPANRB 88/2021).
    - PermenPANRB 53/2014 (Perjanjian Kinerja, pelaporan kinerja, reviu LKjIP).

Examples:
    Tabel 6 of the Dumai LKIP 2024 prints the mean of four programs' ratios, and three more
    places copy it; the ratio of their sums is 35.920.783.504 / 39.182.547.765 = 91,68 %:

    >>> from akip import report
    >>> book = ledger(report.load("examples/dumai-2024.toml"))
    >>> f = next(f for f in book.findings if f.code == "MEAN_OF_RATIOS")
    >>> copies = [c for c in f.consequences if c.code == f.code]
    >>> f.printed, f.expected, sorted(c.where.place for c in copies)
    ('79,61', '91,68', ['Ringkasan Eksekutif', 'Tabel III.8', '§3.7'])

    Tabel 5 prints IKU1's realisasi as 95 % (94 % in four other places) and its capaian as
    104 %, which agrees: 94 / 90 = 104,44 %.

    >>> [(v.where.column, v.status.value) for v in book.verdicts
    ...  if v.where.place == "Tabel 5" and v.printed in ("90%", "95%", "104%")]
    [('capaian', 'agrees'), ('realisasi', 'differs'), ('target', 'agrees')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akip._decimal import in_context
from akip._i18n import N_, Message
from akip._loading import PausedGC
from akip._validators import items_of, shown
from akip.check import ledger as _ledger
from akip.check.anggaran import check_budget
from akip.check.attribution import fold
from akip.check.capaian import check_indicators
from akip.check.claims import Index, printed
from akip.check.efisiensi import check_boxes, check_efficiency
from akip.check.evaluasi import check_evaluasi
from akip.check.findings import Event, Finding, Severity, rest_not_checked
from akip.check.ledger import Coverage, Ledger, Status, Verdict
from akip.check.sasaran import check_sasaran
from akip.check.statements import check_statements
from akip.check.terbilang import check_amounts
from akip.exceptions import AkipError, InvalidValue

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from akip.report import Report


__all__ = [
    "Coverage",
    "Finding",
    "Ledger",
    "Severity",
    "Status",
    "Verdict",
    "check",
    "ledger",
    "summary",
]

#: The families of rules, each with the part of the report it reads.
_FAMILIES: tuple[tuple[str, str, Callable[[Index], Iterable[Event]]], ...] = (
    ("indicators", Message(N_("the indicators")), check_indicators),
    ("sasaran", Message(N_("the sasaran summaries")), check_sasaran),
    ("budget", Message(N_("the budget lines")), check_budget),
    ("efficiency", Message(N_("the efficiency rows")), check_efficiency),
    ("boxes", Message(N_("the indicator boxes")), check_boxes),
    ("amounts", Message(N_("the amounts")), check_amounts),
    ("statements", Message(N_("the statements")), check_statements),
    ("evaluasi", Message(N_("the evaluasi worksheets")), check_evaluasi),
)


def ledger(report: object) -> Ledger:
    """Give every printed figure and label of *report* a verdict, and find the slips.

    Args:
        report: A loaded report (`akip.report.load`).

    Returns:
        The `Ledger`: one `Verdict` per printed figure and label, and the root findings
        (each with its consequences), both in a canonical order that does not depend on the
        order of any array in the report file.

    Raises:
        InvalidValue: if *report* is not a `akip.report.Report`.
    """
    from akip.report import Report  # noqa: PLC0415 - avoid an import cycle at module load

    if not isinstance(report, Report):
        msg = f"'report' must be a loaded Report (akip.report.load): {shown(report)}"
        raise InvalidValue(msg)
    last = _LAST.get("ledger")
    if last is not None and last[0] is report:
        return last[1]  # a report is immutable: `check` then a renderer compute it once
    with PausedGC():
        book = _build(report)
    _LAST["ledger"] = (report, book)
    return book


@in_context
def _build(report: Report) -> Ledger:
    """The ledger of *report*; every rule runs in akip's own decimal context."""
    index = Index(report)
    events: list[Event] = []
    for family, where, rules in _FAMILIES:
        events.extend(_guarded(rules, index, family, where))
    slips = {id(e.subject) for e in events if e.finding is not None and e.subject is not None}
    findings = fold(events, index.quantities(slips))
    del index  # the lookups are done with: freed before the ledger is built
    return _ledger.build(printed(report), events, findings)  # each figure as it is walked


#: The last report checked and its ledger (a report is immutable; identity, not equality).
_LAST: dict[str, tuple[object, Ledger]] = {}


def check(report: object) -> list[Finding]:
    """Recompute every printed figure of *report* and list the root findings.

    Each root finding carries the findings it causes in its ``consequences``
    (`Ledger.all_findings` lists them all).

    Raises:
        InvalidValue: if *report* is not a `akip.report.Report`.
    """
    return list(ledger(report).findings)


def _guarded(
    rules: Callable[[Index], Iterable[Event]], index: Index, family: str, where: str
) -> Iterator[Event]:
    """The events of one family of rules, never an exception.

    Each rule turns a figure outside its domain into a ``NOT_COMPUTABLE`` verdict at that
    figure. Should a rule still refuse a figure, the family ends with one such finding
    naming it, so that a whole report is always checked to the end.
    """
    try:
        for event in rules(index):
            # Only findings are ordered by their family: other events pass as they are.
            yield event if event.finding is None else event._replace(family=family)
    except AkipError as exc:
        finding = rest_not_checked(where, exc)
        yield Event(None, Status.NOT_COMPUTABLE, finding, family=family)


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings by severity, consequences included, and the root causes.

    ``{"error": 7, "warning": 3, "info": 1, "findings": 11, "root_causes": 5}``.
    """
    counts = {severity.value: 0 for severity in Severity}
    roots = every = 0
    for root in items_of(findings, Finding, "findings"):
        roots += 1
        for finding in root.all():
            every += 1
            counts[finding.severity.value] += 1
    counts["findings"] = every
    counts["root_causes"] = roots
    return counts
