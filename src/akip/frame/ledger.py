"""ledger (kertas kerja: the verdicts and findings of a check, as DataFrames).

`verdicts` gives the verdict on every printed figure of an `akip.check.ledger.Ledger`,
one row each, its place structured (table, row, year, column) so that coverage per table
is a groupby away; `findings` gives every finding, each root cause followed by the
consequences folded under it. Rules, reasons and messages are in English or Bahasa
Indonesia (``lang``).

References:
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja: the reviewer's working paper).
    - akip specification, issue 11 (the ledger).

Examples:
    >>> from akip import report
    >>> from akip.check import ledger
    >>> book = ledger(report.load("examples/dumai-2024.toml"))
    >>> list(verdicts(book).columns[:4]), findings(book)["root"].dtype
    (['place', 'row', 'year', 'column'], Int64Dtype())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from akip._validators import shown
from akip.exceptions import InvalidValue
from akip.frame._cells import _TEXT
from akip.frame.report_rows import _records

if TYPE_CHECKING:
    import pandas as pd

    from akip.check import Finding
    from akip.check.ledger import Ledger

__all__ = ["findings", "verdicts"]


def _ledger(value: object) -> Ledger:
    from akip.check.ledger import Ledger  # noqa: PLC0415 - the check loads only when asked

    if not isinstance(value, Ledger):
        msg = (
            f"'ledger' must be a Ledger (akip.check.ledger), "
            f"not {type(value).__name__}: {shown(value)}"
        )
        raise InvalidValue(msg)
    return value


def verdicts(ledger: object, *, lang: str = "en") -> pd.DataFrame:
    """The verdict on every printed figure of a ledger, one row each, as a DataFrame.

    The columns are those of `akip.check.ledger.Verdict`, its place structured: ``place``
    (the table or section), ``row``, ``year``, ``column``, ``key`` (the report-format key),
    ``printed``, ``expected``, ``status`` (the `akip.check.ledger.Status` value:
    ``agrees``, ``differs``, ``not_computable``, ``not_checked``), ``code``, ``rule`` and
    ``reason``; text as the ``string`` dtype, ``year`` as ``Int64``, ``<NA>`` where the
    verdict has nothing. Rows are in ledger order. The ``rule`` and the ``reason`` are in
    *lang* (``"en"`` or ``"id"``).

    Raises:
        InvalidValue: if *ledger* is not an `akip.check.ledger.Ledger`, or *lang* is not
            ``"en"`` or ``"id"``.

    Examples:
        The Dumai LKIP 2024: its coverage per table is a groupby away.

        >>> from akip import report
        >>> from akip.check import ledger
        >>> rows = verdicts(ledger(report.load("examples/dumai-2024.toml")))
        >>> tabel6 = rows[rows["place"] == "Tabel 6"]
        >>> tabel6["status"].value_counts().to_dict()
        {'agrees': 4, 'differs': 4}
        >>> mean = tabel6[tabel6["code"] == "MEAN_OF_RATIOS"]
        >>> mean[["row", "column", "printed", "expected"]].iloc[0].tolist()
        ['1.', 'penyerapan', '79,61', '91,68']
    """
    from akip._i18n import checked_language, translated  # noqa: PLC0415 - with the check

    book = _ledger(ledger)
    lang = checked_language(lang)
    records: list[dict[str, object]] = [
        {
            "place": v.where.place,
            "row": v.where.row,
            "year": v.where.year,
            "column": v.where.column,
            "key": v.key or None,
            "printed": v.printed,
            "expected": v.expected,
            "status": v.status.value,
            "code": v.code,
            "rule": None if v.rule is None else translated(v.rule, lang),
            "reason": None if v.reason is None else translated(v.reason, lang),
        }
        for v in book.verdicts
    ]
    return _records(records, _VERDICT_COLUMNS)


def _finding_place(finding: Finding) -> str:
    """The table or section a finding is at: its ``where``, else its text up to a comma."""
    if finding.where is not None:
        return finding.where.place
    return finding.place.split(", ", maxsplit=1)[0]


def findings(ledger: object, *, lang: str = "en") -> pd.DataFrame:
    """Every finding of a ledger, root causes and the consequences folded under them.

    One row per finding, each root followed by its consequences (the order of
    `akip.check.ledger.Ledger.all_findings`): ``code``, ``severity`` (the
    `akip.check.Severity` value), ``place`` (the table or section), ``row``, ``year`` and
    ``column`` (of the figure, ``<NA>`` when the finding is not at one figure), ``at`` (the
    place as the finding words it), ``printed``, ``expected``, ``rule``, ``message``,
    ``root`` (the row label of the root cause a consequence is folded under; ``<NA>`` for a
    root) and ``consequences`` (how many findings it causes directly). Text is the
    ``string`` dtype, ``year``, ``root`` and ``consequences`` are ``Int64``. ``at``,
    ``rule`` and ``message`` are in *lang*: English (``"en"``, the default) or Bahasa
    Indonesia (``"id"``).

    Raises:
        InvalidValue: if *ledger* is not an `akip.check.ledger.Ledger`, or *lang* is not
            ``"en"`` or ``"id"``.

    Examples:
        The Dumai LKIP 2024: Tabel 6's row 1. prints the mean of its programs' penyerapan;
        the slip is copied into three other places and makes the row's index wrong.

        >>> from akip import report
        >>> from akip.check import ledger
        >>> rows = findings(ledger(report.load("examples/dumai-2024.toml")))
        >>> mean = rows[(rows["code"] == "MEAN_OF_RATIOS") & rows["root"].isna()].index[0]
        >>> rows.loc[mean, ["place", "row", "printed", "expected"]].tolist()
        ['Tabel 6', '1.', '79,61', '91,68']
        >>> caused = rows[rows["root"] == mean]
        >>> sorted(zip(caused["place"], caused["column"]))  # doctest: +NORMALIZE_WHITESPACE
        [('Ringkasan Eksekutif', 'penyerapan'), ('Tabel 6', 'indeks'),
         ('Tabel III.8', 'penyerapan'), ('§3.7', 'penyerapan')]

        In Bahasa Indonesia:

        >>> rows = findings(ledger(report.load("examples/dumai-2024.toml")), lang="id")
        >>> print(rows.loc[mean, "message"])  # doctest: +NORMALIZE_WHITESPACE
        penyerapan program P2, P3, P4, P5 adalah rata-rata rasionya (79,61); Σrealisasi / Σpagu
        menghasilkan 91,68
    """
    from akip._i18n import checked_language  # noqa: PLC0415 - with the check

    book = _ledger(ledger)
    lang = checked_language(lang)
    records: list[dict[str, object]] = []

    def add(finding: Finding, root: int | None) -> None:
        where = finding.where
        records.append(
            {
                "code": finding.code,
                "severity": finding.severity.value,
                "place": _finding_place(finding),
                "row": None if where is None else where.row,
                "year": None if where is None else where.year,
                "column": None if where is None else where.column,
                "at": finding.place_in(lang),
                "printed": finding.printed,
                "expected": finding.expected,
                "rule": finding.rule_in(lang),
                "message": finding.message_in(lang),
                "root": root,
                "consequences": len(finding.consequences),
            }
        )

    def walk(finding: Finding, root: int) -> None:
        for consequence in finding.consequences:
            add(consequence, root)
            walk(consequence, root)

    for finding in book.findings:
        root = len(records)
        add(finding, None)
        walk(finding, root)
    return _records(records, _FINDING_COLUMNS)


_VERDICT_COLUMNS: Final = {
    "place": _TEXT,
    "row": _TEXT,
    "year": "Int64",
    "column": _TEXT,
    "key": _TEXT,
    "printed": _TEXT,
    "expected": _TEXT,
    "status": _TEXT,
    "code": _TEXT,
    "rule": _TEXT,
    "reason": _TEXT,
}
_FINDING_COLUMNS: Final = {
    "code": _TEXT,
    "severity": _TEXT,
    "place": _TEXT,
    "row": _TEXT,
    "year": "Int64",
    "column": _TEXT,
    "at": _TEXT,
    "printed": _TEXT,
    "expected": _TEXT,
    "rule": _TEXT,
    "message": _TEXT,
    "root": "Int64",
    "consequences": "Int64",
}
