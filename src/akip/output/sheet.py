"""sheet (kertas kerja as a spreadsheet: the ledger, one row per printed figure, CSV or XLSX).

Each verdict of a `akip.check.ledger.Ledger` becomes a row: table / section, row, year,
column, printed, expected, verdict, code, rule and reason. A cell that a spreadsheet would
read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
neutralised: in CSV it gets a ``'`` before it (`akip.output.neutral`); in XLSX it is written
as a text cell with Excel's quote prefix, so the printed text is kept as printed and never
evaluated. Both outputs are the same byte for byte for the same ledger.

References:
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja: the reviewer's working paper).
    - OWASP, "CSV Injection" (the characters that start a formula).

Examples:
    >>> from akip.check.ledger import Ledger, Status, Verdict
    >>> from akip.report import Where
    >>> ledger = Ledger((Verdict(Where("Tabel 6", "penyerapan", "1."), "79,61",
    ...                          Status.DIFFERS, "91,68", "MEAN_OF_RATIOS"),), ())
    >>> print(to_csv(ledger, lang="en"), end="")
    table,row,year,column,printed,expected,verdict,code,rule,reason
    Tabel 6,1.,,penyerapan,"79,61","91,68",differ,MEAN_OF_RATIOS,,
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from typing import TYPE_CHECKING, Final

from akip import _i18n
from akip._i18n import _, translated
from akip.check.ledger import Ledger, Status
from akip.output import _need, neutral

if TYPE_CHECKING:
    from collections.abc import Sequence


__all__ = ["header", "rows", "to_csv", "to_xlsx"]

#: The fixed time stamp of every XLSX part (the zip format's earliest date).
_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
_DATES: Final = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def header() -> tuple[str, ...]:
    """The column headers, in the current language."""
    return (
        _("table"),
        _("row"),
        _("year"),
        _("column"),
        _("printed"),
        _("expected"),
        _("verdict"),
        _("code"),
        _("rule"),
        _("reason"),
    )


def _status(status: Status) -> str:
    return {
        Status.AGREES: _("agree"),
        Status.DIFFERS: _("differ"),
        Status.NOT_COMPUTABLE: _("not computable"),
        Status.NOT_CHECKED: _("not checked"),
    }[status]


def rows(ledger: Ledger) -> list[tuple[str, ...]]:
    """One row of text cells per verdict, in ledger order (not yet neutralised).

    The rule and the reason are in the current `akip` language.
    """
    _need(ledger, Ledger, "ledger")
    lang = _i18n.language()
    return [
        (
            v.where.place,
            v.where.row or "",
            "" if v.where.year is None else str(v.where.year),
            v.where.column,
            v.printed,
            v.expected or "",
            _status(v.status),
            v.code or "",
            translated(v.rule or "", lang),
            translated(v.reason or "", lang),
        )
        for v in ledger.verdicts
    ]


def to_csv(ledger: Ledger, *, lang: str | None = None) -> str:
    """The ledger as CSV text (RFC 4180, newline line ends), formula injection neutralised."""
    if lang is not None:
        _i18n.set_language(lang)
    return _table_csv(header(), rows(ledger))


def _table_csv(head: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """*head* and *body* as CSV text, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_cell(cell) for cell in head])
    writer.writerows([_cell(cell) for cell in row] for row in body)
    return buffer.getvalue()


def _cell(text: str) -> str:
    """A CSV cell: neutralised, and a bare CR made a newline (so that the cell is quoted)."""
    return neutral(text).replace("\r\n", "\n").replace("\r", "\n")


def to_xlsx(ledger: Ledger, *, lang: str | None = None) -> bytes:
    """The ledger as an XLSX workbook (one sheet), every cell a text cell."""
    if lang is not None:
        _i18n.set_language(lang)
    return _xlsx_bytes([(_("ledger"), header(), rows(ledger))])


def _xlsx_bytes(sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[str]]]]) -> bytes:
    """A workbook of (title, header, rows) sheets of text cells, the same bytes every run.

    A cell that starts like a formula is stored as text with Excel's quote prefix
    (``quotePrefix``), never as a formula.
    """
    from openpyxl import Workbook  # noqa: PLC0415 - only this output needs it
    from openpyxl.styles import Font  # noqa: PLC0415

    book = Workbook()
    book.remove(book.active)
    for index, (title, head, body) in enumerate(sheets):
        sheet = book.create_sheet(_sheet_title(title, index))
        for r, values in enumerate([head, *body], start=1):
            for c, value in enumerate(values, start=1):
                cell = sheet.cell(row=r, column=c)
                cell.value = value
                cell.data_type = "s"
                if value.startswith(("=", "+", "-", "@", "\t", "\r")):
                    cell.quotePrefix = True
                if r == 1:
                    cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return _reproducible(buffer.getvalue())


def _sheet_title(title: str, index: int) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:28] or "sheet"
    return f"{index + 1} {cleaned}"[:31]


def _reproducible(data: bytes) -> bytes:
    """The same workbook with fixed zip time stamps and no creation / modification date."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _DATES.sub(b"", content)
            entry = zipfile.ZipInfo(info.filename, date_time=_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, content)
    return out.getvalue()
