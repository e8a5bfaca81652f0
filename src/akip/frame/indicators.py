"""indicators (indikator kinerja: capaian, predikat and atribut of every row of a DataFrame).

The scalar rules `akip.capaian.compute`, `akip.predikat.classify` and
`akip.atribut.classify`, called row by row on exact `decimal.Decimal` cells. Each function
returns its input with new columns. A missing cell (``None``, ``NaN``, ``<NA>``) is *not
assessed* (``<NA>``, status ``not_assessed``), never 0; a target of 0 is
``not_computable``; a bad cell raises an `akip.exceptions.AkipError` subclass naming its
row and column.

References:
    - PermenPANRB No. 8 Tahun 2021, lampiran (capaian = realisasi / target × 100 %, and the
      formula of a polarity to minimise); akip rules §1.
    - Permendagri No. 86 Tahun 2017, "Skala Nilai Peringkat Kinerja" (the predikat bands);
      akip rules §2.
    - LKIP 2024 Badan Kesbangpol Kota Dumai, Tabel III.2 "Atribut Capaian Indikator
      Kinerja" (the default atribut scale); akip rules §2.

Examples:
    IKU 1 of the Dumai LKIP 2024, Tabel 4: target 90 %, realisasi 94 %, so capaian
    94 / 90 × 100 = 104,44 %, "Sangat Tinggi" (above 90) and "Sangat Berhasil":

    >>> import pandas as pd
    >>> from akip.numbers import round_half_up
    >>> row = kinerja(pd.DataFrame({"target": [90], "realisasi": [94]})).iloc[0]
    >>> round_half_up(row["capaian"]), row["predikat"], row["atribut"]
    (Decimal('104.44'), 'Sangat Tinggi', 'Sangat Berhasil')
"""

from __future__ import annotations

from decimal import Decimal  # noqa: TC003 - for the examples
from typing import TYPE_CHECKING, Final

import pandas as pd

from akip import atribut as _atribut
from akip import capaian as _capaian
from akip import predikat as _predikat
from akip.exceptions import AkipError, NotComputable
from akip.frame._cells import (
    _cell,
    _frame,
    _label,
    _missing,
    _objects,
    _objects_array,
    _options,
    _reraise,
    _texts,
    _values,
    _where,
    _with,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from akip._bands import LabelledEnum

__all__ = ["atribut", "capaian", "kinerja", "predikat"]


_STATUS_OK: Final = "ok"


def capaian(
    frame: pd.DataFrame,
    *,
    target: str = "target",
    realisasi: str = "realisasi",
    polarity: object = _capaian.Polarity.MAXIMIZE,
    polarity_column: str | None = None,
    **options: object,
) -> pd.DataFrame:
    """Capaian of every row, exact, with the scalar rule `akip.capaian.compute`.

    Args:
        frame: One indicator per row.
        target: The target column (numbers; a ``(lower, upper)`` tuple for a range).
        realisasi: The realisasi column.
        polarity: The polarity of every row, unless *polarity_column* is given.
        polarity_column: A column holding each row's polarity (polarity is data).
        **options: The options of `akip.capaian.compute` (``cap``, ``zero_target`` …).

    Returns:
        *frame* with the columns ``capaian`` (exact `Decimal`, ``<NA>`` when not
        available) and ``status`` (``ok``, ``not_assessed`` for a missing cell,
        ``not_computable`` for a target of 0).

    Raises:
        InvalidNumber: a cell that is not a number, naming its row and column.
        InvalidValue: a value the rule refuses (a negative target), naming row and column;
            a frame that is not a DataFrame, an unknown column or option.

    Examples:
        >>> import pandas as pd
        >>> capaian(pd.DataFrame({"target": [8, 0], "realisasi": [9, 1]}), polarity="minimize")
           target  realisasi capaian          status
        0       8          9    87.5              ok
        1       0          1    <NA>  not_computable
    """
    data = _frame(frame)
    _options(options, _capaian.compute, "capaian.compute")
    target_column = _label(data, target, "target")
    realisasi_column = _label(data, realisasi, "realisasi")
    polarities = (
        data[_label(data, polarity_column, "polarity_column")].to_numpy(dtype=object)
        if polarity_column is not None
        else [polarity] * len(data)
    )
    targets = _objects(data, target_column)
    reals = _values(data, realisasi_column)
    columns: dict[str, object] = {
        "target": target,
        "realisasi": realisasi,
        "polarity": polarity_column or "",
    }
    values: list[object] = []
    status: list[str] = []
    for row, tgt, real, pol in zip(data.index, targets, reals, polarities, strict=True):
        if not isinstance(tgt, tuple | list | _capaian.Range):
            tgt = None if _missing(tgt) else _cell(tgt, row, target_column)  # noqa: PLW2901
        if tgt is None or real is None:
            values.append(pd.NA)
            status.append("not_assessed")
            continue
        try:
            values.append(_capaian.compute(tgt, real, pol, **options))
            status.append(_STATUS_OK)
        except NotComputable:
            values.append(pd.NA)
            status.append("not_computable")
        except AkipError as exc:
            raise _reraise(exc, row, columns) from exc
    return _with(
        data,
        {"capaian": _objects_array(values), "status": _texts(status)},
    )


def _rate(
    frame: object,
    column: object,
    name: str,
    rate: Callable[[Decimal], LabelledEnum],
) -> pd.DataFrame:
    data = _frame(frame)
    source = _label(data, column, "column")
    labels: list[object] = []
    for row, value in zip(data.index, _values(data, source), strict=True):
        if value is None:
            labels.append(pd.NA)
            continue
        try:
            labels.append(rate(value).label)
        except AkipError as exc:
            msg = f"{_where(row, source)}: {exc}"
            raise type(exc)(msg) from exc
    return _with(data, {name: _texts(labels)})


def predikat(frame: pd.DataFrame, *, column: str = "capaian", **options: object) -> pd.DataFrame:
    """Predikat (Permendagri 86/2017 band label) of every row's capaian.

    Args:
        frame: A frame with a capaian column (e.g. the result of `capaian`).
        column: The capaian column.
        **options: The options of `akip.predikat.classify` (``edge_rule``, ``labels`` …).

    Returns:
        *frame* with the column ``predikat``: the band's label, ``<NA>`` where capaian is
        missing.

    Examples:
        >>> import pandas as pd
        >>> predikat(pd.DataFrame({"capaian": [Decimal("90.5"), None]}))
          capaian predikat
        0    90.5   Tinggi
        1    None     <NA>
    """
    _options(options, _predikat.classify, "predikat.classify")
    return _rate(frame, column, "predikat", lambda v: _predikat.classify(v, **options))


def atribut(frame: pd.DataFrame, *, column: str = "capaian", **options: object) -> pd.DataFrame:
    """Atribut (success attribute, default Tabel III.2 of the Dumai LKIP 2024) of every row.

    Args:
        frame: A frame with a capaian column.
        column: The capaian column.
        **options: The options of `akip.atribut.classify` (``scale``, ``cap`` …).

    Returns:
        *frame* with the column ``atribut``: the attribute's label, ``<NA>`` where capaian
        is missing.

    Examples:
        >>> import pandas as pd
        >>> atribut(pd.DataFrame({"capaian": [Decimal("104.44")]}))
          capaian          atribut
        0  104.44  Sangat Berhasil
    """
    _options(options, _atribut.classify, "atribut.classify")
    return _rate(frame, column, "atribut", lambda v: _atribut.classify(v, **options))


def kinerja(
    frame: pd.DataFrame,
    *,
    target: str = "target",
    realisasi: str = "realisasi",
    polarity: object = _capaian.Polarity.MAXIMIZE,
    polarity_column: str | None = None,
) -> pd.DataFrame:
    """*frame* with ``capaian``, ``status``, ``predikat`` and ``atribut`` added (defaults).

    The rule options keep their defaults here; call `capaian`, `predikat` and `atribut`
    one by one to set them.

    Examples:
        >>> import pandas as pd
        >>> kinerja(pd.DataFrame({"target": [100], "realisasi": [85]}))
           target  realisasi capaian status predikat          atribut
        0     100         85      85     ok   Tinggi  Sangat Berhasil
    """
    result = capaian(
        frame,
        target=target,
        realisasi=realisasi,
        polarity=polarity,
        polarity_column=polarity_column,
    )
    return atribut(predikat(result))
