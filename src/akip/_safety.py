r"""Private output safety for spreadsheet writers: neutralise formula injection.

A CSV or XLSX cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is read by Excel, LibreOffice and Google Sheets as a formula (``=HYPERLINK(...)``,
``@SUM(...)``, ``-2+3+cmd|' /C calc'!A0``). Text that akip writes comes from report files
(names, labels, notes) a stranger may have written, so every CSV / XLSX writer passes each
cell through [`safe_cell`][akip._safety.safe_cell] (or asks
[`is_formula`][akip._safety.is_formula]): such text gets a leading apostrophe,
which spreadsheets show as text and never evaluate (the OWASP "CSV injection"
recommendation). A plain number printed as text (``-1.234,50``, ``+5``, ``-12%``) is no
formula and is left as it is, so negative figures stay readable.

References:
    - OWASP, "CSV Injection" (the characters and the apostrophe prefix).

Examples:
    >>> safe_cell("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    >>> safe_cell("-1.234,50"), safe_cell(-5), safe_cell("Program Penunjang")
    ('-1.234,50', -5, 'Program Penunjang')
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["FORMULA_STARTS", "is_formula", "safe_cell"]

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""A cell whose text starts with one of these is read as a formula by spreadsheets."""

# A number as printed (either decimal style, optional sign, percent or Rp): no formula.
_NUMBER: Final = re.compile(r"[+-]?(?:Rp\.?\s?)?\d[\d.,]*%?", re.ASCII)


def is_formula(text: str) -> bool:
    """Whether a spreadsheet would read *text* as a formula.

    It starts with one of `FORMULA_STARTS` and is not a plain number as printed
    (``-1.234,50``, ``+5``, ``-12%``, ``-Rp 1.000``).
    """
    return text.startswith(FORMULA_STARTS) and _NUMBER.fullmatch(text) is None


def safe_cell(value: object) -> object:
    """*value*, with an apostrophe in front if it is text a spreadsheet would evaluate.

    Non-text values (numbers, ``None``, dates) are returned unchanged: a writer stores them
    as typed cells, never as formulas.
    """
    if isinstance(value, str) and is_formula(value):
        return "'" + value
    return value
