"""output (what auditors and agencies take away: a working paper, spreadsheets, tables).

- `akip.output.html`: the *kertas kerja reviu* — one self-contained HTML page of a check's
  ledger and findings, printable on A4.
- `akip.output.sheet`: the ledger as CSV or XLSX, one row per printed figure.
- `akip.output.tables`: the recomputed official tables of an LKjIP (pengukuran kinerja,
  realisasi anggaran, efisiensi, multi-year comparison) as text, Markdown, CSV, XLSX or HTML.

Every HTML writer escapes what it writes; every CSV / XLSX writer neutralises formula
injection (`neutral`).

References:
    - PermenPANRB 53/2014 (Laporan Kinerja and its reviu by the APIP).
"""

from __future__ import annotations

import re
from typing import Final

from akip._safety import is_formula
from akip._validators import shown
from akip.check import Finding
from akip.exceptions import InvalidValue
from akip.report import Report

__all__ = ["neutral", "place_of"]

#: The first characters that make a spreadsheet read a cell as a formula.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _need(value: object, kind: type, field: str) -> None:
    """Refuse *value* unless it is a *kind* (an `InvalidValue` naming *field*)."""
    if not isinstance(value, kind):
        msg = f"{field!r} must be a {kind.__name__}: {shown(value)}"
        raise InvalidValue(msg)


def neutral(text: str) -> str:
    r"""*text* as a spreadsheet cell that is never read as a formula (a ``'`` put before it).

    A plain signed number as printed (``-5``, ``-1.234,50``) stays readable: it is no
    formula (one policy for every writer, `akip._safety.is_formula`).

    >>> neutral("=HYPERLINK(\"http://x\")"), neutral("-"), neutral("104%"), neutral("-5")
    ('\'=HYPERLINK("http://x")', "'-", '104%', '-5')
    """
    _need(text, str, "text")
    if _SURROGATE.search(text):
        msg = f"'text' must be text that has a UTF-8 form (no lone surrogate): {shown(text)}"
        raise InvalidValue(msg)
    return f"'{text}" if is_formula(text) else text


def place_of(finding: Finding, report: Report) -> str:
    """The place (table or section id) a finding is at: its ``where``, else its text."""
    _need(finding, Finding, "finding")
    _need(report, Report, "report")
    if finding.where is not None:
        return finding.where.place
    known = sorted((p.id for p in report.places), key=len, reverse=True)
    for place in known:
        if finding.place == place or finding.place.startswith(f"{place}, "):
            return place
    return finding.place.split(", ")[0]
