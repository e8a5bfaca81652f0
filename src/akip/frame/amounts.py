"""amounts (pagu, realisasi, sisa and penyerapan of budget lines, in integer sen).

Budget amounts become **integer sen** (``int64``): an amount with more than 2 decimals is
refused, and so is a column whose total could overflow ``int64``. Sums of integers are
exact; results come back as exact `decimal.Decimal` rupiah, and every percentage is
recomputed from the amounts, ``penyerapan = realisasi / pagu × 100``, never a mean of
ratios; ``sisa = pagu − realisasi``. A pagu of 0 has no penyerapan (``<NA>``). The
``flag`` column holds the `akip.anggaran.FlagKind` values as text. `penyerapan` is the
row-wise rule; `akip.frame.tree` uses the same helpers on the sums of the code tree.

References:
    - Permendagri 77/2020 (pedoman teknis pengelolaan keuangan daerah): pagu in the DPA,
      realisasi, sisa.
    - akip rules §0 (exact numbers) and §3 (penyerapan from the sums, never a mean of
      ratios).

Examples:
    Tabel III.11 of the Dumai LKIP 2024 in total: Rp 41.007.152.300 of Rp 45.195.966.217,
    so 41.007.152.300 / 45.195.966.217 × 100 = 90,73 % and a sisa of Rp 4.188.813.917:

    >>> import pandas as pd
    >>> out = penyerapan(pd.DataFrame({"pagu": [45_195_966_217], "realisasi": [41_007_152_300]}))
    >>> round_half_up(out["penyerapan"][0]), out["sisa"][0], out["flag"][0]
    (Decimal('90.73'), Decimal('4188813917.00'), <NA>)
"""

from __future__ import annotations

import decimal
import itertools
import operator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

import numpy as np
import pandas as pd

from akip._decimal import CONTEXT, HUNDRED
from akip._validators import shown
from akip.anggaran import FlagKind
from akip.exceptions import InvalidNumber, InvalidValue, NotAssessed
from akip.frame._cells import (
    _arrow_texts,
    _cell,
    _choice,
    _frame,
    _label,
    _missing,
    _objects,
    _objects_array,
    _where,
    _with,
)
from akip.numbers import round_half_up, to_decimal  # noqa: F401 - round_half_up: for the examples

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterable, Sized

__all__ = ["penyerapan"]


# Float amounts are exact to the sen only while two-decimal values are > 2 ulp apart.
_FLOAT_LIMIT: Final = 2.0**45
_INT64_MAX: Final = int(np.iinfo(np.int64).max)
# Totals are checked against half the int64 range, through a float sum of absolute values
# whose relative error (n × 2⁻⁵³) is far below the factor 2 of margin.
_SUM_LIMIT: Final = 2.0**62
_BLOCK: Final = 1 << 16  # rows per block of the overflow check
_FLAG_JOIN: Final = "; "
_UNITS: Final = ("rupiah", "sen")


def _sen_of_decimal(value: Decimal, row: object, column: object) -> int:
    sen = CONTEXT.scaleb(value, 2)
    if sen != sen.to_integral_value(context=CONTEXT):
        msg = f"{_where(row, column)}: amounts must have at most 2 decimals (sen): {shown(value)}"
        raise InvalidValue(msg)
    return int(sen)


def _may_miss(series: pd.Series[Any]) -> bool:
    """Whether an integer column has a missing cell: never in a NumPy integer column."""
    return not isinstance(series.dtype, np.dtype) and bool(series.hasnans)


def _to_sen(
    frame: pd.DataFrame, column: Hashable, unit: str
) -> np.ndarray[Any, np.dtype[np.int64]]:
    """A column of amounts as exact int64 sen; bad, missing or too large cells are named."""
    series = frame[column]
    dtype = series.dtype
    if unit == "sen":
        if not pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_bool_dtype(dtype):
            msg = f"column {shown(column)} must hold int64 sen for unit='sen', not {dtype}"
            raise InvalidNumber(msg)
        if _may_miss(series):
            return _to_sen_cells(frame, column, 1)
        sen = series.to_numpy(dtype=np.int64)
    elif pd.api.types.is_integer_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        if _may_miss(series):
            return _to_sen_cells(frame, column, 100)
        whole = series.to_numpy(dtype=np.int64)
        if whole.size and int(np.abs(whole).max()) > _INT64_MAX // 100:
            return _to_sen_cells(frame, column, 100)  # the per-cell path names the row
        sen = whole * 100
    elif pd.api.types.is_float_dtype(dtype) and dtype == np.float64:
        sen = _float_to_sen(frame, series.to_numpy(dtype=np.float64), column)
    else:
        return _to_sen_cells(frame, column, 100)
    _check_total(frame, sen, column)
    return sen


def _float_to_sen(
    frame: pd.DataFrame, rupiah: np.ndarray[Any, np.dtype[np.float64]], column: Hashable
) -> np.ndarray[Any, np.dtype[np.int64]]:
    # Below 2**45 two-decimal values are more than 2 ulp apart, so a float whose shortest repr
    # has at most 2 decimals is exactly the nearest float to k/100 for k = rint(x * 100), and
    # the test `k / 100 == x` is the same as "its repr has at most 2 decimals".
    with np.errstate(invalid="ignore"):
        sen = np.rint(rupiah * 100)
        good = np.isfinite(rupiah) & (np.abs(rupiah) < _FLOAT_LIMIT) & (sen / 100 == rupiah)
    if not good.all():
        bad = int(np.flatnonzero(~good)[0])
        row, value = frame.index[bad], float(rupiah[bad])
        if not np.isfinite(value):
            msg = f"{_where(row, column)}: the amount is missing or not finite: {value!r}"
            raise NotAssessed(msg) if np.isnan(value) else InvalidNumber(msg)
        _sen_of_decimal(to_decimal(value, field=str(column)), row, column)
        msg = f"{_where(row, column)}: float amounts must be below 2**45 (use Decimal): {value!r}"
        raise InvalidValue(msg)
    result: np.ndarray[Any, np.dtype[np.int64]] = sen.astype(np.int64)
    return result


def _to_sen_cells(
    frame: pd.DataFrame, column: Hashable, scale: int
) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Cell by cell (the slow path, which names a bad cell); *scale* 100 for rupiah."""
    sen: list[int] = []
    for row, value in zip(frame.index, _objects(frame, column), strict=True):
        if _missing(value):
            msg = f"{_where(row, column)}: the amount is missing (not assessed): {value!r}"
            raise NotAssessed(msg)
        cell = _cell(value, row, column)
        amount = _sen_of_decimal(cell, row, column) if scale == 100 else int(cell)  # noqa: PLR2004
        if abs(amount) > _INT64_MAX:
            msg = f"{_where(row, column)}: the amount overflows int64 sen: {shown(value)}"
            raise InvalidValue(msg)
        sen.append(amount)
    result = np.array(sen, dtype=np.int64)
    _check_total(frame, result, column)
    return result


def _check_total(frame: Sized, sen: np.ndarray[Any, Any], column: object) -> None:
    """Refuse a column whose sums could overflow int64 (every partial sum is bounded too).

    The float sum of absolute values runs in blocks that stay in the cache, through one
    block-sized buffer: no temporary array the size of the column, and no fresh memory per
    block (a Dask worker's allocator returns freed memory to the system at once). A column
    with no negative amount (one pass for its minimum) is its own absolute value: its float
    sum (numpy casts it in small buffers) is the same bound, at less cost.
    """
    if len(sen) and sen.min() >= 0:
        total = float(sen.sum(dtype=np.float64))
    else:
        total = 0.0
        block = np.empty(min(len(sen), _BLOCK), dtype=np.float64)
        for start in range(0, len(sen), _BLOCK):
            part = sen[start : start + _BLOCK]
            total += float(np.abs(part, out=block[: len(part)]).sum())
    if total >= _SUM_LIMIT:
        msg = (
            f"column {shown(column)}: the total could overflow int64 sen "
            f"(split the data): {len(frame)} rows"
        )
        raise InvalidValue(msg)


_CENT: Final = Decimal("0.01")


def _rupiah(sen: list[int]) -> list[Decimal]:
    """Integer sen back to exact rupiah: 10050 → Decimal('100.50') (19 digits: exact).

    The bare operator in akip's context (`decimal.localcontext`) costs less per value than
    a context method.
    """
    with decimal.localcontext(CONTEXT):
        return list(map(operator.mul, map(CONTEXT.create_decimal, sen), itertools.repeat(_CENT)))


def _percents(pagu: list[int], real: list[int]) -> list[object]:
    """``realisasi / pagu × 100`` in akip's context, ``<NA>`` where pagu is 0.

    ``100·r`` is an exact integer, so one division rounds once to 60 digits: the value of
    `akip._decimal.percent`.
    """
    computable = [i for i, p in enumerate(pagu) if p]
    values = map(
        CONTEXT.divide,
        map(Decimal, map(operator.mul, [real[i] for i in computable], itertools.repeat(100))),
        map(Decimal, [pagu[i] for i in computable]),
    )
    if len(computable) == len(pagu):
        return list(values)
    out: list[object] = [pd.NA] * len(pagu)
    for i, value in zip(computable, values, strict=False):
        out[i] = value
    return out


def _amounts(pagu: np.ndarray[Any, Any], real: np.ndarray[Any, Any]) -> dict[str, Any]:
    """The Decimal columns of the tree: ``pagu``, ``realisasi``, ``sisa``, ``penyerapan``.

    Each amount is made a Decimal once; ``sisa`` is their difference and ``penyerapan``
    ``100·realisasi / pagu``, both from those Decimals: exact to 19 digits, the sums' size,
    and the quotient rounded once to 60 digits (the value and, the ideal exponent being
    the same, the digits of `_percents`).
    """
    pagu_rp, real_rp = _rupiah(pagu.tolist()), _rupiah(real.tolist())
    pagu_cells = _objects_array(cast("list[object]", pagu_rp))
    real_cells = _objects_array(cast("list[object]", real_rp))
    computable = np.flatnonzero(pagu)  # no division by a pagu of 0: <NA>
    with decimal.localcontext(CONTEXT):  # the operators below: akip's 60 digits
        sisa = list(map(operator.sub, pagu_rp, real_rp))
        if len(computable) == len(pagu):
            percents = _objects_array(_percents_of(real_rp, pagu_rp))
        else:
            percents = np.full(len(pagu), pd.NA, dtype=object)
            percents[computable] = _objects_array(
                _percents_of(real_cells[computable], pagu_cells[computable])
            )
    return {
        "pagu": pagu_cells,
        "realisasi": real_cells,
        "sisa": _objects_array(cast("list[object]", sisa)),
        "penyerapan": percents,
    }


def _percents_of(real: Iterable[Decimal], pagu: Iterable[Decimal]) -> list[object]:
    """``100·r / p``, in the caller's context (akip's): the division rounds once."""
    return list(map(operator.truediv, map(operator.mul, real, itertools.repeat(HUNDRED)), pagu))


def _flags(
    pagu: np.ndarray[Any, Any],
    real: np.ndarray[Any, Any],
    conflict: np.ndarray[Any, Any] | None = None,
) -> Any:
    """The ``flag`` column: `akip.anggaran.FlagKind` values as text, ``<NA>`` for none.

    The rules of `akip.anggaran`: realisasi above a pagu of 0 is
    ``REALISASI_WITHOUT_PAGU``, above another pagu ``OVERSPENT``; a negative amount
    ``NEGATIVE``; a code printed with different names ``DUPLICATE``.
    """
    kinds = {
        FlagKind.OVERSPENT: (real > pagu) & (pagu != 0),
        FlagKind.REALISASI_WITHOUT_PAGU: (pagu == 0) & (real > 0),
        FlagKind.NEGATIVE: (pagu < 0) | (real < 0),
    }
    if conflict is not None:
        kinds[FlagKind.CONFLICTING_NAMES] = conflict
    flags = np.full(len(pagu), None, dtype=object)
    any_flag = np.zeros(len(pagu), dtype=bool)
    for mask in kinds.values():
        any_flag |= mask
    for i in np.flatnonzero(any_flag).tolist():
        flags[i] = _FLAG_JOIN.join(kind.value for kind, mask in kinds.items() if mask[i])
    return _arrow_texts(flags)


def penyerapan(
    frame: pd.DataFrame,
    *,
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
) -> pd.DataFrame:
    """Penyerapan (budget absorption) and sisa of every row, exact.

    Args:
        frame: One budget line per row.
        pagu: The pagu (allocation) column.
        realisasi: The realisasi (spent) column.
        unit: ``"rupiah"`` (default; at most 2 decimals) or ``"sen"`` for int64 sen columns.

    Returns:
        *frame* with the columns ``sisa`` (exact `Decimal` rupiah), ``penyerapan`` (exact
        `Decimal` percent, ``<NA>`` for pagu 0) and ``flag`` (`akip.anggaran.FlagKind`
        values: ``realisasi > pagu``, ``pagu 0 with realisasi > 0``, ``negative amount``;
        ``<NA>`` for none).

    Examples:
        >>> import pandas as pd
        >>> out = penyerapan(pd.DataFrame({"pagu": [9_947_200, 0], "realisasi": [9_846_000, 5]}))
        >>> round_half_up(out["penyerapan"][0]), out["penyerapan"][1], out["flag"][1]
        (Decimal('98.98'), <NA>, 'pagu 0 with realisasi > 0')
        >>> out["sisa"].tolist()
        [Decimal('101200.00'), Decimal('-5.00')]
    """
    data = _frame(frame)
    chosen = _choice(unit, _UNITS, "unit")
    pagu_sen = _to_sen(data, _label(data, pagu, "pagu"), chosen)
    real_sen = _to_sen(data, _label(data, realisasi, "realisasi"), chosen)
    p, r = pagu_sen.tolist(), real_sen.tolist()
    return _with(
        data,
        {
            "sisa": _objects_array(cast("list[object]", _rupiah((pagu_sen - real_sen).tolist()))),
            "penyerapan": _objects_array(_percents(p, r)),
            "flag": _flags(pagu_sen, real_sen),
        },
    )
