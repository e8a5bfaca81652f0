"""sums (jumlah per sub kegiatan: the per-partition step of the budget rollup).

`partial` sums the budget lines of a frame per sub kegiatan code, exactly, in ``int64``
sen: the amounts through `akip.frame.amounts`, the codes through `akip.frame.codes`. A
result holds no `decimal.Decimal`, so it is small and cheap to move between Dask workers;
`akip.frame.tree.combine` adds any number of them and builds the code tree. With ``by``
the same code in two groups (two pemda) stays two lines, never one sum. The sorted keys and
their sums (`_Sums`) are added per key by `_starts`, `_sums` and `_by_key`, which the tree
and the Dask merge use too.

References:
    - Kepmendagri No. 050-5889 Tahun 2021 (the sub kegiatan code).
    - akip rules §0 (exact numbers) and §3 (budget rollup: sums, then ratios).

Examples:
    Two lines of one sub kegiatan, Rp 1,50 and Rp 2 of pagu: 150 + 200 = 350 sen.

    >>> import pandas as pd
    >>> lines = pd.DataFrame({"kode": ["8.01.01.2.01.0001"] * 2,
    ...                       "pagu": ["1.50", "2"], "realisasi": ["1", "0"]})
    >>> partial(lines).loc[801012010001].tolist()
    [350, 100, 2]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa

from akip._validators import shown
from akip.exceptions import AkipError, InvalidValue
from akip.frame._cells import _choice, _frame, _label, _where
from akip.frame.amounts import _UNITS, _to_sen
from akip.frame.codes import (
    LEVELS,
    _arrow_text,
    _binary_chars,
    _code_groups,
    _fixed_binary,
    _keys_of,
)

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping

__all__ = ["partial"]


_SUM_COLUMNS: Final = ("pagu_sen", "realisasi_sen", "lines")
_NAME_PREFIX: Final = "name_"


def _by(frame: pd.DataFrame, by: object) -> list[Hashable]:
    """The grouping columns: present, not the amount or code columns, with no missing cell."""
    if by is None:
        return []
    names = [by] if isinstance(by, str) else by
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        msg = f"'by' must be a column name or a list of column names: {shown(by)}"
        raise InvalidValue(msg)
    if len(set(names)) != len(names) or any(
        n == "key" or n.startswith(_NAME_PREFIX) for n in names
    ):
        msg = f"'by' must name distinct columns other than 'key' and 'name_…': {shown(by)}"
        raise InvalidValue(msg)
    for name in names:
        missing = frame[_label(frame, name, "by")].isna().to_numpy()
        if missing.any():
            first = int(np.flatnonzero(missing)[0])
            msg = (
                f"{_where(frame.index[first], name)}: a grouping cell is missing; the line "
                f"would belong to no group: {shown(frame[name].iloc[first])}"
            )
            raise InvalidValue(msg)
    return list(names)


def _names(frame: pd.DataFrame, name: object) -> dict[str, Hashable]:
    """The name column of each level: one column (the sub kegiatan's) or a level mapping."""
    if name is None:
        return {}
    chosen = {"sub_kegiatan": name} if isinstance(name, str) else name
    if not isinstance(chosen, dict) or not all(level in LEVELS for level in chosen):
        msg = (
            f"'name' must be a column name or a mapping of levels "
            f"({', '.join(LEVELS)}) to column names: {shown(name)}"
        )
        raise InvalidValue(msg)
    return {level: _label(frame, chosen[level], "name") for level in LEVELS if level in chosen}


def partial(
    frame: pd.DataFrame,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
    name: str | Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Sum the lines of *frame* per sub kegiatan, in int64 sen: the per-partition step.

    Args:
        frame: One budget line per row (a sub kegiatan may have several lines).
        kode: The sub kegiatan code column (``U.BB.PP.L.KK.SSSS``).
        pagu: The pagu column.
        realisasi: The realisasi column.
        unit: ``"rupiah"`` (default) or ``"sen"`` for int64 sen columns.
        by: Column(s) that keep separate trees apart, such as the pemda and the tahun
            anggaran of national data (the same code in two pemda is two budget lines, never
            one sum). A missing grouping cell is refused.
        name: The column of the lines' names (the sub kegiatan's), or a mapping of levels
            to name columns (``{"program": "nama_program", "sub_kegiatan": "nama"}``).

    Returns:
        Indexed by the code's 12-digit integer key (``key``), after the *by* columns if
        given; columns ``pagu_sen``, ``realisasi_sen`` and ``lines`` (int64), and a
        ``name_<level>`` column per name column (a code printed with two names has a row
        for each), sorted. Feed one or more of these to `combine`.

    Raises:
        CodeError: a malformed code, naming the first bad row and the number of bad codes.
        InvalidValue: an amount with more than 2 decimals, or overflow risk; a bad *by*,
            *name* or column; a frame that is not a DataFrame.
        InvalidNumber: an amount that is not a number.
        NotAssessed: a missing amount.

    Examples:
        >>> import pandas as pd
        >>> lines = pd.DataFrame({"kode": ["8.01.01.2.01.0001"] * 2, "pagu": [1, 2],
        ...                       "realisasi": [1, 0]})
        >>> partial(lines)
                     pagu_sen  realisasi_sen  lines
        key
        801012010001       300            100      2
    """
    data, chosen, names, labels, columns = _arguments(
        frame, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by, name=name
    )
    if not (names or labels):
        keys, sums = _plain_sums(data, *columns, chosen)
        return pd.DataFrame(sums, index=pd.Index(keys, name="key", dtype=np.int64))
    code_column, pagu_column, real_column = columns
    group, keys = _code_groups(data, code_column)
    pagu_sen = _to_sen(data, pagu_column, chosen)
    real_sen = _to_sen(data, real_column, chosen)
    lines_of = {n: data[n].array for n in names}
    lines_of["key"] = keys[group]
    lines_of.update({f"{_NAME_PREFIX}{level}": data[c].array for level, c in labels.items()})
    lines = pd.DataFrame(lines_of).assign(pagu_sen=pagu_sen, realisasi_sen=real_sen, lines=1)
    name_columns = [f"{_NAME_PREFIX}{level}" for level in labels]
    # int64 sums are exact: every column total was checked against overflow above.
    summed = lines.groupby(
        [*names, "key", *name_columns], sort=True, observed=True, dropna=False
    ).sum()
    summed = summed.astype(np.int64)
    return summed.reset_index(level=name_columns)[[*_SUM_COLUMNS, *name_columns]]


def _arguments(
    frame: object,
    *,
    kode: object,
    pagu: object,
    realisasi: object,
    unit: object,
    by: object,
    name: object,
) -> tuple[
    pd.DataFrame, str, list[Hashable], dict[str, Hashable], tuple[Hashable, Hashable, Hashable]
]:
    """The checked arguments of `partial` and `rollup`: frame, unit, by, names, columns."""
    data = _frame(frame)
    chosen = _choice(unit, _UNITS, "unit")
    names = _by(data, by)
    labels = _names(data, name)
    columns = (
        _label(data, kode, "kode"),
        _label(data, pagu, "pagu"),
        _label(data, realisasi, "realisasi"),
    )
    return data, chosen, names, labels, columns


def _plain_sums(
    data: pd.DataFrame,
    code_column: Hashable,
    pagu_column: Hashable,
    real_column: Hashable,
    unit: str,
) -> tuple[np.ndarray[Any, Any], dict[str, np.ndarray[Any, Any]]]:
    """The sorted keys of the distinct codes and their int64 sums (`_SUM_COLUMNS`)."""
    fixed = _fixed_binary(_arrow_text(data[code_column]))
    if fixed is not None:
        try:
            pagu_sen = _to_sen(data, pagu_column, unit)
            real_sen = _to_sen(data, real_column, unit)
        except AkipError:
            _code_groups(data, code_column)  # a bad code is named first, as on the slow path
            raise
        summed = _summed_codes(fixed, pagu_sen, real_sen)
        if summed is not None:
            return summed
    group, keys = _code_groups(data, code_column)
    pagu_sen = _to_sen(data, pagu_column, unit)
    real_sen = _to_sen(data, real_column, unit)
    # Add exactly in int64 per distinct code, then sort the few groups by key.
    sums = {}
    for column, values in (("pagu_sen", pagu_sen), ("realisasi_sen", real_sen)):
        total = np.zeros(len(keys), dtype=np.int64)
        np.add.at(total, group, values)
        sums[column] = total
    sums["lines"] = np.bincount(group, minlength=len(keys)).astype(np.int64)
    order = np.argsort(keys, kind="stable")
    return keys[order], {column: total[order] for column, total in sums.items()}


def _summed_codes(
    fixed: Any, pagu_sen: np.ndarray[Any, Any], real_sen: np.ndarray[Any, Any]
) -> tuple[np.ndarray[Any, Any], dict[str, np.ndarray[Any, Any]]] | None:
    """The sorted keys and sums of 17-byte codes in one hash aggregation, or ``None``.

    Arrow's hash aggregation (Acero, on the calling thread) reads each cell's 17 bytes once
    and adds both amounts and the line count per distinct code, in int64 (exact: the
    callers checked the totals against overflow). Only the distinct codes are then checked;
    ``None`` if one is bad, and the caller's slow path names the first bad row.
    """
    table = pa.table({"code": fixed, "pagu": pagu_sen, "real": real_sen})
    summed = table.group_by("code", use_threads=False).aggregate(
        [("pagu", "sum"), ("real", "sum"), ([], "count_all")]
    )
    keys, good = _keys_of(
        _binary_chars(summed.column("code").combine_chunks()), np.ones(len(summed), dtype=bool)
    )
    if not good.all():
        return None
    order = np.argsort(keys)
    columns = zip(_SUM_COLUMNS, ("pagu_sum", "real_sum", "count_all"), strict=True)
    return keys[order], {
        column: summed.column(name).to_numpy().astype(np.int64, copy=False)[order]
        for column, name in columns
    }


def _starts(sorted_keys: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.intp]]:
    if not len(sorted_keys):
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])


def _sums(values: np.ndarray[Any, Any], starts: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    if not len(starts):
        return np.zeros(0, dtype=np.int64)
    return np.add.reduceat(values, starts).astype(np.int64)


_Sums = tuple[np.ndarray[Any, Any], dict[str, np.ndarray[Any, Any]]]


def _by_key(keys: np.ndarray[Any, Any], sums: dict[str, np.ndarray[Any, Any]]) -> _Sums:
    """Each of *keys* once, sorted, with its int64 *sums* added (overflow checked before)."""
    order = np.argsort(keys, kind="stable")
    starts = _starts(keys[order])
    return keys[order][starts], {c: _sums(v[order], starts) for c, v in sums.items()}
