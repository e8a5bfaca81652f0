"""report rows (baris laporan: what a loaded LKjIP prints, as DataFrames).

`indicator_rows` gives every row in which a report file (`akip.report.load`) prints an
indicator, `budget_rows` every row in which it prints a budget line: the exact printed
values beside the printed percentages and labels, ``<NA>`` where nothing is printed. The
rules of `akip.frame` recompute beside them (`akip.frame.indicators.kinerja`,
`akip.frame.amounts.penyerapan`).

References:
    - PermenPANRB 53/2014 (format of the Laporan Kinerja: Perjanjian Kinerja, capaian,
      realisasi anggaran).
    - akip specification, issue 5 (the report file).

Examples:
    Tabel 4 of the Dumai LKIP 2024 prints two IKU:

    >>> from akip import report
    >>> rows = indicator_rows(report.load("examples/dumai-2024.toml"))
    >>> rows[rows["place"] == "Tabel 4"]["indicator"].tolist()
    ['IKU1', 'IKU2']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import pandas as pd

from akip._validators import shown
from akip.exceptions import InvalidValue
from akip.frame._cells import _TEXT, _objects_array, _texts

if TYPE_CHECKING:
    from akip.report import Figure as PrintedFigure
    from akip.report import Report

__all__ = ["budget_rows", "indicator_rows"]


def _report(loaded: object) -> Report:
    from akip.report import Report  # noqa: PLC0415 - the report module is not needed otherwise

    if not isinstance(loaded, Report):
        msg = (
            f"'report' must be a loaded Report (akip.report.load), "
            f"not {type(loaded).__name__}: {shown(loaded)}"
        )
        raise InvalidValue(msg)
    return loaded


def _value(figure: PrintedFigure | None) -> object:
    """A printed figure's exact value, ``<NA>`` where nothing is printed."""
    return pd.NA if figure is None else figure.value


def _records(records: list[dict[str, object]], columns: dict[str, str]) -> pd.DataFrame:
    """Records as a frame of the given dtypes, every missing cell ``<NA>``."""
    data: dict[str, Any] = {}
    for column, dtype in columns.items():
        cells = [pd.NA if r[column] is None else r[column] for r in records]
        data[column] = _objects_array(cells) if dtype == "object" else _texts(cells, dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(len(records)))


def indicator_rows(report: object) -> pd.DataFrame:
    """Every row in which a loaded report prints an indicator, as a DataFrame.

    One row per printed row: the indicator's ``indicator`` id, ``name``, ``polarity`` and
    ``unit``, the ``place``, ``row``, ``year`` and ``period``, and what is printed there as
    exact values (``target``, ``realisasi``) or as printed (``capaian_printed``,
    ``predikat_printed``, ``atribut_printed``); ``<NA>`` where nothing is printed.
    `kinerja` with ``polarity_column="polarity"`` recomputes capaian, predikat and atribut
    beside them.

    Raises:
        InvalidValue: if *report* is not a loaded `akip.report.Report`.

    Examples:
        >>> from akip import report
        >>> rows = indicator_rows(report.load("examples/dumai-2024.toml"))
        >>> tabel4 = rows[rows["place"] == "Tabel 4"]
        >>> tabel4[["indicator", "target", "realisasi", "capaian_printed"]].iloc[0].tolist()
        ['IKU1', Decimal('90'), Decimal('94'), Decimal('104')]
    """
    loaded = _report(report)
    records: list[dict[str, object]] = [
        {
            "indicator": indicator.id,
            "name": indicator.name,
            "polarity": indicator.polarity,
            "unit": indicator.unit,
            "place": row.place,
            "row": row.row,
            "year": row.year,
            "period": row.period,
            "target": _value(row.target),
            "realisasi": _value(row.realisasi),
            "capaian_printed": _value(row.capaian),
            "predikat_printed": None if row.predikat is None else row.predikat.text,
            "atribut_printed": None if row.atribut is None else row.atribut.text,
        }
        for indicator in loaded.indicators
        for row in indicator.rows
    ]
    return _records(records, _INDICATOR_COLUMNS)


def budget_rows(report: object) -> pd.DataFrame:
    """Every row in which a loaded report prints a budget line, as a DataFrame.

    One row per printed row: the line's ``line`` id, ``level``, ``code``, ``parent`` and
    ``name``, the ``place`` and ``row``, the amounts as exact values (``pagu``,
    ``realisasi``, ``fisik_target``, ``fisik_realisasi``, with ``fisik_unit``) and the
    printed percentages (``penyerapan_printed``, ``sisa_printed``,
    ``fisik_capaian_printed``); ``<NA>`` where nothing is printed. `penyerapan`
    recomputes from the rows that print both amounts.

    Raises:
        InvalidValue: if *report* is not a loaded `akip.report.Report`.

    Examples:
        Tabel III.11 of the Dumai LKIP 2024, its six programs:

        >>> from akip import report
        >>> rows = budget_rows(report.load("examples/dumai-2024.toml"))
        >>> programs = rows[(rows["place"] == "Tabel III.11") & (rows["level"] == "program")]
        >>> len(programs), sum(programs["pagu"])
        (6, Decimal('45195966217.00'))
    """
    loaded = _report(report)
    records: list[dict[str, object]] = [
        {
            "line": line.id,
            "level": line.level,
            "code": line.code,
            "parent": line.parent,
            "name": line.name,
            "place": row.place,
            "row": row.row,
            "pagu": _value(row.pagu),
            "realisasi": _value(row.realisasi),
            "sisa_printed": _value(row.sisa),
            "penyerapan_printed": _value(row.penyerapan),
            "fisik_target": _value(row.fisik_target),
            "fisik_realisasi": _value(row.fisik_realisasi),
            "fisik_unit": row.fisik_unit,
            "fisik_capaian_printed": _value(row.fisik_capaian),
        }
        for line in loaded.budget
        for row in line.rows
    ]
    return _records(records, _BUDGET_COLUMNS)


_INDICATOR_COLUMNS: Final = {
    "indicator": _TEXT,
    "name": _TEXT,
    "polarity": _TEXT,
    "unit": _TEXT,
    "place": _TEXT,
    "row": _TEXT,
    "year": "Int64",
    "period": _TEXT,
    "target": "object",
    "realisasi": "object",
    "capaian_printed": "object",
    "predikat_printed": _TEXT,
    "atribut_printed": _TEXT,
}
_BUDGET_COLUMNS: Final = {
    "line": _TEXT,
    "level": _TEXT,
    "code": _TEXT,
    "parent": _TEXT,
    "name": _TEXT,
    "place": _TEXT,
    "row": _TEXT,
    "pagu": "object",
    "realisasi": "object",
    "sisa_printed": "object",
    "penyerapan_printed": "object",
    "fisik_target": "object",
    "fisik_realisasi": "object",
    "fisik_unit": _TEXT,
    "fisik_capaian_printed": "object",
}
