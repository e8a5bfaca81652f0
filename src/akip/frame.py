"""frame (tabel data, the rules over pandas DataFrame columns).

The rules of `akip.capaian`, `akip.predikat`, `akip.atribut` and the budget rollup of rules
§3, applied to whole DataFrame columns for analysts in notebooks and for national-scale data.
This module needs the optional extra ``akip[pandas]`` (pandas, and matplotlib for the plots);
``import akip`` never imports it, so the core stays pandas-free.

Exactness is the same as in the scalar rules: no float enters the arithmetic.

- Indicators (`capaian`, `predikat`, `atribut`, `kinerja`) call the scalar rules row by row
  on `decimal.Decimal` values; a float cell is taken by its shortest repr
  (`akip.numbers.to_decimal`), so ``0.1`` is ``Decimal("0.1")``.
- Budget amounts (`penyerapan`, `rollup`) become **integer sen** (``int64``): an amount with
  more than 2 decimals is refused, and so is a column whose total could overflow ``int64``.
  Sums of integers are exact; results come back as exact `Decimal` rupiah, and every
  percentage is recomputed from the sums (``penyerapan = realisasi / pagu × 100``), never a
  mean of ratios. ``sisa = pagu − realisasi``. A pagu of 0 has no penyerapan: the cell is
  ``<NA>`` and the row's ``flag`` says ``pagu_zero`` (never a division by zero or ``inf``).

Every result is a DataFrame with the input's index (the rollup is indexed by code). A bad
cell raises an `akip.exceptions.AkipError` subclass whose message names its row and column:
``row 3, column 'target': 'target' must be a number, not bool: True``. A missing indicator
cell (``None``, ``NaN``, ``<NA>``) is *not assessed*: NA with status ``not_assessed``, never 0.

Budget codes follow Kepmendagri 050-5889/2021: a sub kegiatan is ``U.BB.PP.L.KK.SSSS``
(strict, ASCII digits); its kegiatan is the first 5 dot-segments, its program the first 3,
its bidang the first 2, its urusan the first 1. This module parses that one format itself,
column-wise; the code rules of ``akip.kode`` (legacy formats, names) are kept out of this hot
path on purpose. The column-wise check is the rule of `akip.kode.pattern` (its segment
widths, tested to agree code for code); a bad code is explained by `akip.kode`.

For Dask, `partial` is the per-partition step (sums in integer sen per sub kegiatan) and
`combine` the exact combine step; `rollup_dask` runs both on a ``dask.dataframe``.

References:
    - akip rules §0 (exact numbers), §1 (capaian), §2 (bands), §3 (budget rollup).
    - Kepmendagri No. 050-5889 Tahun 2021 (code structure of program, kegiatan, sub
      kegiatan).

Examples:
    The two IKU of the Dumai LKIP 2024, Tabel 4:

    >>> import pandas as pd
    >>> iku = pd.DataFrame({"target": [90, 100], "realisasi": [94, 85]})
    >>> out = kinerja(iku)
    >>> [str(round_half_up(v)) for v in out["capaian"]]
    ['104.44', '85.00']
    >>> list(out["predikat"]), list(out["atribut"])
    (['Sangat Tinggi', 'Tinggi'], ['Sangat Berhasil', 'Sangat Berhasil'])

    A budget rollup (illustrative codes):

    >>> lines = pd.DataFrame({
    ...     "kode": ["7.01.01.2.01.0001", "7.01.01.2.02.0003"],
    ...     "pagu": ["100.50", "300"], "realisasi": ["90.25", "0"]})
    >>> tree = rollup(lines)
    >>> tree.loc["7.01.01", ["pagu", "realisasi", "sisa"]].tolist()
    [Decimal('400.50'), Decimal('90.25'), Decimal('310.25')]
    >>> round_half_up(tree.loc["7.01.01", "penyerapan"])
    Decimal('22.53')
"""

from __future__ import annotations

import html
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

import numpy as np
import pandas as pd
import pyarrow as pa

from akip import atribut as _atribut
from akip import capaian as _capaian
from akip import kode as _kode
from akip import predikat as _predikat
from akip._decimal import CONTEXT, HUNDRED, percent
from akip.exceptions import (
    AkipError,
    CodeError,
    InvalidNumber,
    InvalidValue,
    NotAssessed,
    NotComputable,
)
from akip.numbers import format_number, round_half_up, to_decimal

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from matplotlib.figure import Figure

    from akip._bands import LabelledEnum
    from akip.report import Figure as PrintedFigure
    from akip.report import Report

__all__ = [
    "CODE_PATTERN",
    "LEVELS",
    "Table",
    "atribut",
    "budget_rows",
    "capaian",
    "combine",
    "indicator_rows",
    "kinerja",
    "partial",
    "penyerapan",
    "plot_capaian",
    "plot_penyerapan",
    "predikat",
    "rollup",
    "rollup_dask",
    "show",
]

CODE_PATTERN: Final = _kode.pattern(_kode.CodeLevel.SUB_KEGIATAN)
"""A sub kegiatan code of Kepmendagri 050-5889/2021, ``U.BB.PP.L.KK.SSSS`` (ASCII digits), for
``fullmatch``: `akip.kode.pattern`, the rule this module checks column-wise."""

LEVELS: Final = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
"""The levels of the code tree, top first."""

# A sub kegiatan code as a 12-digit integer key: U BB PP L KK SSSS. Dropping the last
# `_DROP[level]` digits gives the key of its parent at that level; keys sort like codes.
# Everything is derived from the segment widths of `akip.kode`.
_SEGMENTS: Final = dict(zip(LEVELS, (1, 2, 3, 5, 6), strict=True))
_ENDS: Final = tuple(itertools.accumulate(_kode.WIDTHS))  # where each segment's digits end
_DROP: Final = {level: _ENDS[-1] - _ENDS[n - 1] for level, n in _SEGMENTS.items()}
_CODE_LEN: Final = _ENDS[-1] + len(_ENDS) - 1  # 12 digits and 5 dots
_DOTS: Final = tuple(end + i for i, end in enumerate(_ENDS[:-1]))  # places in the text
_DIGITS: Final = tuple(place for place in range(_CODE_LEN) if place not in _DOTS)
# Where each level's code text is cut from the 12 digits.
_SLICES: Final = {
    level: tuple(zip((0, *_ENDS[: n - 1]), _ENDS[:n], strict=True))
    for level, n in _SEGMENTS.items()
}
# Float amounts are exact to the sen only while two-decimal values are > 2 ulp apart.
_FLOAT_LIMIT: Final = 2.0**45
_INT64_MAX: Final = int(np.iinfo(np.int64).max)
# Totals are checked against half the int64 range, through a float sum of absolute values
# whose relative error (n × 2⁻⁵³) is far below the factor 2 of margin.
_SUM_LIMIT: Final = 2.0**62
_STATUS_OK: Final = "ok"
_PARTIAL_COLUMNS: Final = ("pagu_sen", "realisasi_sen", "lines")
# Grouped keys are group number × 10¹² + the 12-digit code key, within int64.
_KEY_SPAN: Final = 10 ** len(_DIGITS)
_MAX_GROUPS: Final = _INT64_MAX // _KEY_SPAN - 1


# ---------------------------------------------------------------- cells


def _row(row: object) -> str:
    label = row.item() if isinstance(row, np.generic) else row
    return f"row {label!r}"


def _where(row: object, column: str) -> str:
    return f"{_row(row)}, column {column!r}"


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (not isinstance(value, str) and bool(pd.isna(value)))  # type: ignore[call-overload]


def _cell(value: object, row: object, column: str) -> Decimal:
    """One non-missing cell as an exact Decimal, or an error naming its row and column."""
    if isinstance(value, np.integer):
        value = int(value)
    try:
        return to_decimal(value, field=column)
    except AkipError as exc:
        msg = f"{_where(row, column)}: {exc}"
        raise type(exc)(msg) from exc


def _column(frame: pd.DataFrame, column: str) -> pd.Series[Any]:
    if column not in frame.columns:
        msg = f"column {column!r} is not in the frame: {list(frame.columns)}"
        raise InvalidValue(msg)
    return frame[column]


def _objects(frame: pd.DataFrame, column: str) -> np.ndarray[Any, Any]:
    """A column's cells as Python objects; float16/32 (no exact shortest repr) is refused."""
    series = _column(frame, column)
    if series.dtype in (np.float16, np.float32):
        msg = f"{_where(frame.index[0], column)}: use float64, Decimal or int, not {series.dtype}"
        raise InvalidNumber(msg)
    return series.to_numpy(dtype=object)


def _values(frame: pd.DataFrame, column: str) -> list[Decimal | None]:
    """A column as exact Decimals (None where missing), each bad cell named."""
    return [
        None if _missing(v) else _cell(v, row, column)
        for row, v in zip(frame.index, _objects(frame, column), strict=True)
    ]


def _reraise(exc: AkipError, row: object, columns: dict[str, str]) -> AkipError:
    """The same error, its message prefixed with the row and the column it is about."""
    text = str(exc)
    for field, column in columns.items():
        if text.startswith(f"{field!r}"):
            return type(exc)(f"{_where(row, column)}: {text}")
    return type(exc)(f"{_row(row)}: {text}")


# ---------------------------------------------------------------- indicators


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
        Columns ``capaian`` (exact `Decimal`, ``<NA>`` when not available) and ``status``
        (``ok``, ``not_assessed`` for a missing cell, ``not_computable`` for a target of 0),
        with *frame*'s index.

    Raises:
        InvalidNumber: a cell that is not a number, naming its row and column.
        InvalidValue: a value the rule refuses (a negative target), naming row and column.

    Examples:
        >>> import pandas as pd
        >>> capaian(pd.DataFrame({"target": [8, 0], "realisasi": [9, 1]}), polarity="minimize")
          capaian          status
        0    87.5              ok
        1    <NA>  not_computable
    """
    polarities = (
        _column(frame, polarity_column).to_numpy(dtype=object)
        if polarity_column is not None
        else [polarity] * len(frame)
    )
    targets = _objects(frame, target)
    reals = _values(frame, realisasi)
    columns = {"target": target, "realisasi": realisasi, "polarity": polarity_column or ""}
    values: list[object] = []
    status: list[str] = []
    for row, tgt, real, pol in zip(frame.index, targets, reals, polarities, strict=True):
        if not isinstance(tgt, tuple | list | _capaian.Range):
            tgt = None if _missing(tgt) else _cell(tgt, row, target)  # noqa: PLW2901
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
    return pd.DataFrame(
        {"capaian": pd.Series(values, index=frame.index, dtype=object), "status": status},
        index=frame.index,
    )


def _rate(
    frame: pd.DataFrame, column: str, name: str, rate: Callable[[Decimal], LabelledEnum]
) -> pd.DataFrame:
    labels: list[object] = []
    for row, value in zip(frame.index, _values(frame, column), strict=True):
        if value is None:
            labels.append(pd.NA)
            continue
        try:
            labels.append(rate(value).label)
        except AkipError as exc:
            msg = f"{_where(row, column)}: {exc}"
            raise type(exc)(msg) from exc
    return pd.DataFrame({name: pd.Series(labels, index=frame.index, dtype=object)})


def predikat(frame: pd.DataFrame, *, column: str = "capaian", **options: object) -> pd.DataFrame:
    """Predikat (Permendagri 86/2017 band label) of every row's capaian.

    Args:
        frame: A frame with a capaian column (e.g. the result of `capaian`).
        column: The capaian column.
        **options: The options of `akip.predikat.classify` (``edge_rule``, ``labels`` …).

    Returns:
        Column ``predikat``: the band's label, ``<NA>`` where capaian is missing.

    Examples:
        >>> import pandas as pd
        >>> predikat(pd.DataFrame({"capaian": [Decimal("90.5"), None]}))
          predikat
        0   Tinggi
        1     <NA>
    """
    return _rate(frame, column, "predikat", lambda v: _predikat.classify(v, **options))


def atribut(frame: pd.DataFrame, *, column: str = "capaian", **options: object) -> pd.DataFrame:
    """Atribut (success attribute, default Tabel III.2 of the Dumai LKIP 2024) of every row.

    Args:
        frame: A frame with a capaian column.
        column: The capaian column.
        **options: The options of `akip.atribut.classify` (``scale``, ``cap`` …).

    Returns:
        Column ``atribut``: the attribute's label, ``<NA>`` where capaian is missing.
    """
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
    """
    result = capaian(
        frame,
        target=target,
        realisasi=realisasi,
        polarity=polarity,
        polarity_column=polarity_column,
    )
    return pd.concat([frame, result, predikat(result), atribut(result)], axis=1)


# ---------------------------------------------------------------- amounts in sen


def _sen_of_decimal(value: Decimal, row: object, column: str) -> int:
    sen = CONTEXT.multiply(value, HUNDRED)
    if sen != sen.to_integral_value():
        msg = f"{_where(row, column)}: amounts must have at most 2 decimals (sen): {value}"
        raise InvalidValue(msg)
    return int(sen)


def _to_sen(frame: pd.DataFrame, column: str, unit: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    """A column of amounts as exact int64 sen; bad, missing or too large cells are named."""
    series = _column(frame, column)
    dtype = series.dtype
    if unit == "sen":
        if not pd.api.types.is_integer_dtype(dtype):
            msg = f"column {column!r} must hold int64 sen for unit='sen', not {dtype}"
            raise InvalidNumber(msg)
        sen = series.to_numpy(dtype=np.int64)
    elif pd.api.types.is_integer_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        if series.hasnans:
            return _to_sen_cells(frame, column)
        whole = series.to_numpy(dtype=np.int64)
        if whole.size and int(np.abs(whole).max()) > _INT64_MAX // 100:
            return _to_sen_cells(frame, column)  # the per-cell path names the row
        sen = whole * 100
    elif pd.api.types.is_float_dtype(dtype) and dtype == np.float64:
        sen = _float_to_sen(frame, series.to_numpy(dtype=np.float64), column)
    else:
        return _to_sen_cells(frame, column)
    _check_total(frame, sen, column)
    return sen


def _float_to_sen(
    frame: pd.DataFrame, rupiah: np.ndarray[Any, np.dtype[np.float64]], column: str
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
        _sen_of_decimal(to_decimal(value, field=column), row, column)
        msg = f"{_where(row, column)}: float amounts must be below 2**45 (use Decimal): {value!r}"
        raise InvalidValue(msg)
    result: np.ndarray[Any, np.dtype[np.int64]] = sen.astype(np.int64)
    return result


def _to_sen_cells(frame: pd.DataFrame, column: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    sen: list[int] = []
    for row, value in zip(frame.index, _objects(frame, column), strict=True):
        if _missing(value):
            msg = f"{_where(row, column)}: the amount is missing (not assessed): {value!r}"
            raise NotAssessed(msg)
        amount = _sen_of_decimal(_cell(value, row, column), row, column)
        if abs(amount) > _INT64_MAX:
            msg = f"{_where(row, column)}: the amount overflows int64 sen: {value}"
            raise InvalidValue(msg)
        sen.append(amount)
    result = np.array(sen, dtype=np.int64)
    _check_total(frame, result, column)
    return result


def _check_total(frame: pd.DataFrame, sen: np.ndarray[Any, Any], column: str) -> None:
    """Refuse a column whose sums could overflow int64 (every partial sum is bounded too)."""
    if float(np.abs(sen, dtype=np.float64).sum()) >= _SUM_LIMIT:
        msg = (
            f"column {column!r}: the total could overflow int64 sen "
            f"(split the data): {len(frame)} rows"
        )
        raise InvalidValue(msg)


def _rupiah(sen: int) -> Decimal:
    """Integer sen back to exact rupiah: 10050 → Decimal('100.50')."""
    return Decimal(sen).scaleb(-2)


def _budget(pagu: np.ndarray[Any, Any], real: np.ndarray[Any, Any]) -> dict[str, list[object]]:
    """pagu, realisasi, sisa, penyerapan and flag from int sen, each exact."""
    out: dict[str, list[object]] = {
        "pagu": [],
        "realisasi": [],
        "sisa": [],
        "penyerapan": [],
        "flag": [],
    }
    for p, r in zip(pagu.tolist(), real.tolist(), strict=True):
        out["pagu"].append(_rupiah(p))
        out["realisasi"].append(_rupiah(r))
        out["sisa"].append(_rupiah(p - r))
        out["penyerapan"].append(percent(Decimal(r), Decimal(p)) if p else pd.NA)
        out["flag"].append(_flag(p, r))
    return out


def _flag(pagu: int, realisasi: int) -> str:
    if pagu < 0 or realisasi < 0:
        return "negative_amount"
    if pagu == 0:
        return "pagu_zero"
    if realisasi > pagu:
        return "realisasi_above_pagu"
    return ""


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
        Columns ``pagu``, ``realisasi``, ``sisa`` (exact `Decimal` rupiah), ``penyerapan``
        (exact `Decimal` percent, ``<NA>`` for pagu 0) and ``flag`` (``""``, ``pagu_zero``,
        ``realisasi_above_pagu``, ``negative_amount``), with *frame*'s index.

    Examples:
        >>> import pandas as pd
        >>> out = penyerapan(pd.DataFrame({"pagu": [9_947_200, 0], "realisasi": [9_846_000, 5]}))
        >>> round_half_up(out["penyerapan"][0]), out["penyerapan"][1], out["flag"][1]
        (Decimal('98.98'), <NA>, 'pagu_zero')
    """
    unit = _unit(unit)
    data = _budget(_to_sen(frame, pagu, unit), _to_sen(frame, realisasi, unit))
    return pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in data.items()}).set_axis(
        frame.index
    )


def _unit(unit: str) -> str:
    if unit not in {"rupiah", "sen"}:
        msg = f"'unit' must be one of 'rupiah', 'sen': {unit!r}"
        raise InvalidValue(msg)
    return unit


# ---------------------------------------------------------------- codes and the rollup


def _code_bytes(codes: pd.Series[Any]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The codes' UTF-8 bytes as an (n, 17) uint8 matrix, and which rows are 17 bytes long.

    Read straight from the Arrow buffers (no Python object per row). A cell that is not text
    (None, a number) counts as a bad length.
    """
    try:
        arrow = pa.array(codes, type=pa.large_string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        arrow = pa.array([c if isinstance(c, str) else None for c in codes], pa.large_string())
    offsets = np.frombuffer(arrow.buffers()[1], dtype=np.int64)[
        arrow.offset : arrow.offset + len(arrow) + 1
    ]
    data = np.frombuffer(arrow.buffers()[2] or b"", dtype=np.uint8)
    data = data if len(data) else np.zeros(1, dtype=np.uint8)
    good = (np.diff(offsets) == _CODE_LEN) & ~arrow.is_null().to_numpy(zero_copy_only=False)
    if good.all():
        chars = data[offsets[0] : offsets[-1]].reshape(len(arrow), _CODE_LEN)
    else:
        where = np.where(good, offsets[:-1], 0)[:, None] + np.arange(_CODE_LEN)
        chars = np.where(good[:, None], data[np.minimum(where, len(data) - 1)], 0)
    return chars, good


def _why_bad(value: object) -> str:
    """Why *value* is no sub kegiatan code, in the words of `akip.kode`."""
    try:
        level = _kode.code_level(value)
    except CodeError as exc:
        return str(exc).replace("'code' must", "a sub kegiatan code must", 1)
    if level is not _kode.CodeLevel.SUB_KEGIATAN:
        return f"a {level.label} code, not a sub kegiatan code: {value!r}"
    return f"a sub kegiatan code must have no surrounding spaces: {value!r}"


def _code_keys(frame: pd.DataFrame, column: str) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Validate every code against `CODE_PATTERN` and return its 12-digit integer key.

    The check is column-wise and equal to the regex: 17 bytes, dots at the five separator
    places, ASCII digits elsewhere (a non-ASCII character makes the text longer in bytes).
    """
    codes = _column(frame, column)
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    chars, good = _code_bytes(codes)
    for place in _DOTS:
        good &= chars[:, place] == ord(".")
    keys = np.zeros(len(codes), dtype=np.int64)
    for place in _DIGITS:  # one digit column at a time: a few 8-byte columns of memory
        digit = chars[:, place]
        good &= (digit >= ord("0")) & (digit <= ord("9"))
        keys *= 10
        keys += digit
        keys -= ord("0")
    if not good.all():
        bad = np.flatnonzero(~good)
        row, value = frame.index[int(bad[0])], codes.iloc[int(bad[0])]
        msg = (
            f"{_where(row, column)}: {_why_bad(value)} "
            f"({len(bad)} bad code{'s' if len(bad) > 1 else ''})"
        )
        raise CodeError(msg)
    return keys


def _code_text(key: int, level: str) -> str:
    """The code of a key at its level: 70101 at program → '7.01.01'."""
    digits = f"{key:0{len(_DIGITS) - _DROP[level]}d}"
    return ".".join(digits[a:b] for a, b in _SLICES[level])


def _by(frame: pd.DataFrame, by: object) -> list[str]:
    """The grouping columns: present, not the amount or code columns, with no missing cell."""
    if by is None:
        return []
    names = [by] if isinstance(by, str) else by
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        msg = f"'by' must be a column name or a list of column names: {by!r}"
        raise InvalidValue(msg)
    if len(set(names)) != len(names) or "key" in names:
        msg = f"'by' must name distinct columns other than 'key': {by!r}"
        raise InvalidValue(msg)
    for name in names:
        missing = _column(frame, name).isna().to_numpy()
        if missing.any():
            row = frame.index[int(np.flatnonzero(missing)[0])]
            msg = (
                f"{_where(row, name)}: a grouping cell is missing; the line would belong "
                f"to no group: {frame[name].iloc[int(np.flatnonzero(missing)[0])]!r}"
            )
            raise InvalidValue(msg)
    return list(names)


def partial(
    frame: pd.DataFrame,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
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

    Returns:
        Indexed by the code's 12-digit integer key (``key``), after the *by* columns if
        given; columns ``pagu_sen``, ``realisasi_sen`` and ``lines`` (int64), sorted. Feed
        one or more of these to `combine`.

    Raises:
        CodeError: a malformed code, naming the first bad row and the number of bad codes.
        InvalidValue: an amount with more than 2 decimals, or overflow risk; a bad *by*.
        InvalidNumber: an amount that is not a number.
        NotAssessed: a missing amount.
    """
    unit = _unit(unit)
    names = _by(frame, by)
    keys = _code_keys(frame, kode)
    pagu_sen = _to_sen(frame, pagu, unit)
    real_sen = _to_sen(frame, realisasi, unit)
    if names:
        lines = frame[names].reset_index(drop=True)
        lines = lines.assign(key=keys, pagu_sen=pagu_sen, realisasi_sen=real_sen, lines=1)
        # int64 sums are exact: every column total was checked against overflow above.
        summed = lines.groupby([*names, "key"], sort=True, observed=True).sum()
        return summed.astype(np.int64)
    # Hash the keys (no sort of the rows), add exactly in int64, then sort the few groups.
    group, uniques = pd.factorize(keys)
    sums = {"pagu_sen": pagu_sen, "realisasi_sen": real_sen, "lines": None}
    columns = {}
    for name, values in sums.items():
        total = np.zeros(len(uniques), dtype=np.int64)
        if values is None:
            total += np.bincount(group, minlength=len(uniques))
        else:
            np.add.at(total, group, values)
        columns[name] = total
    order = np.argsort(uniques, kind="stable")
    return pd.DataFrame(
        {name: total[order] for name, total in columns.items()},
        index=pd.Index(np.asarray(uniques, dtype=np.int64)[order], name="key", dtype=np.int64),
    )


def _starts(sorted_keys: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.intp]]:
    if not len(sorted_keys):
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])


def _sums(values: np.ndarray[Any, Any], starts: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    if not len(starts):
        return np.zeros(0, dtype=np.int64)
    return np.add.reduceat(values, starts).astype(np.int64)


def combine(partials: pd.DataFrame | Iterable[pd.DataFrame]) -> pd.DataFrame:
    """The exact combine step: sum `partial` results and build the whole code tree.

    Args:
        partials: One `partial` result, or several (one per partition), in any order. Made
            with ``by``, they give one tree per group.

    Returns:
        One row per code at every level, indexed by the code text (``"7.01.01"``), sorted by
        code, after the ``by`` columns if any: ``level``, ``lines`` and the columns of
        `penyerapan`, every percentage recomputed from the node's exact sums.
    """
    parts = [partials] if isinstance(partials, pd.DataFrame) else list(partials)
    stacked = pd.concat(parts) if parts else pd.DataFrame(columns=list(_PARTIAL_COLUMNS))
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, stacked[column].to_numpy(dtype=np.int64), column)
    keys = stacked.index.get_level_values(-1).to_numpy(dtype=np.int64)
    sums = {c: stacked[c].to_numpy(dtype=np.int64) for c in _PARTIAL_COLUMNS}
    if not isinstance(stacked.index, pd.MultiIndex):
        return _tree(keys, sums)
    # One pass for every group: the group's number goes in front of the 12 code digits.
    names = list(stacked.index.names[:-1])
    number, groups = stacked.index.droplevel(-1).factorize(sort=True)
    if len(groups) > _MAX_GROUPS:
        msg = f"'by' makes too many groups for one combine (split the data): {len(groups)}"
        raise InvalidValue(msg)
    tree = _tree(number.astype(np.int64) * _KEY_SPAN + keys, sums, grouped=True)
    labels = cast("pd.Index[Any]", groups).take(
        tree.index.get_level_values(0).to_numpy(dtype=np.int64)
    )
    tree.index = pd.MultiIndex.from_arrays(
        [
            *(labels.get_level_values(i) for i in range(labels.nlevels)),
            tree.index.get_level_values(1),
        ],
        names=[*names, "kode"],
    )
    return tree


def _tree(
    keys: np.ndarray[Any, Any], sums: dict[str, np.ndarray[Any, Any]], *, grouped: bool = False
) -> pd.DataFrame:
    """The code tree of partial sums (overflow checked by the caller).

    *keys* are the 12-digit code keys or, *grouped*, group number × 10¹² + key; then the
    result is indexed by (group number, code), else by code.
    """
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    sums = {c: v[order] for c, v in sums.items()}
    pieces = []
    for level in LEVELS:
        parent = keys // (10 ** _DROP[level])
        starts = _starts(parent)
        level_sums = {c: _sums(v, starts) for c, v in sums.items()}
        group, local = np.divmod(parent[starts], _KEY_SPAN // 10 ** _DROP[level])
        codes = [_code_text(k, level) for k in local.tolist()]
        data: dict[str, object] = {"level": level, "lines": level_sums["lines"]}
        data.update(_budget(level_sums["pagu_sen"], level_sums["realisasi_sen"]))
        index = pd.Index(codes, name="kode", dtype=object)
        if grouped:
            index = pd.MultiIndex.from_arrays([group, index], names=["group", "kode"])
        pieces.append(pd.DataFrame(data, index=index))
    tree = pd.concat(pieces).sort_index(kind="stable")
    for column in ("pagu", "realisasi", "sisa", "penyerapan"):
        tree[column] = tree[column].astype(object)
    return tree


def rollup(
    frame: pd.DataFrame,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
) -> pd.DataFrame:
    """Roll budget lines up the 050-5889 code tree: urusan, bidang, program, kegiatan, sub.

    Exact: amounts are summed in int64 sen, and each node's penyerapan is recomputed from
    its sums (never the mean of its children's percentages). With *by* (``"pemda"``,
    ``["pemda", "tahun"]``) each group gets its own tree. See `partial` for the arguments
    and errors and `combine` for the result.
    """
    return combine(partial(frame, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by))


def rollup_dask(
    frame: Any,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
) -> pd.DataFrame:
    """`rollup` of a ``dask.dataframe.DataFrame``: `partial` per partition, then `combine`.

    Each partition is summed in int64 sen by `partial` (``map_partitions``); the small
    partial sums are gathered and combined exactly. Runs on whatever scheduler is active
    (a ``distributed.Client``, or dask's default). Needs ``akip[dask]``.
    """
    sums = frame.map_partitions(
        partial,
        kode=kode,
        pagu=pagu,
        realisasi=realisasi,
        unit=unit,
        by=by,
        meta=partial(frame._meta, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by),  # noqa: SLF001 - dask's empty frame of the right dtypes
    )
    return combine(sums.compute())


# ---------------------------------------------------------------- report files


def _report(loaded: object) -> Report:
    from akip.report import Report  # noqa: PLC0415 - the report module is not needed otherwise

    if not isinstance(loaded, Report):
        msg = f"'report' must be a loaded Report (akip.report.load): {loaded!r}"
        raise InvalidValue(msg)
    return loaded


def _value(figure: PrintedFigure | None) -> Decimal | None:
    """A printed figure's exact value, ``None`` where nothing is printed."""
    return None if figure is None else figure.value


def indicator_rows(report: object) -> pd.DataFrame:
    """Every row in which a loaded report prints an indicator, as a DataFrame.

    One row per printed row: the indicator's ``indicator`` id, ``name``, ``polarity`` and
    ``unit``, the ``place``, ``row``, ``year`` and ``period``, and what is printed there as
    exact values (``target``, ``realisasi``) or as printed (``capaian_printed``,
    ``predikat_printed``, ``atribut_printed``). `kinerja` with
    ``polarity_column="polarity"`` recomputes capaian, predikat and atribut beside them.

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
    records = [
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
    return pd.DataFrame.from_records(records, columns=_INDICATOR_COLUMNS)


def budget_rows(report: object) -> pd.DataFrame:
    """Every row in which a loaded report prints a budget line, as a DataFrame.

    One row per printed row: the line's ``line`` id, ``level``, ``code``, ``parent`` and
    ``name``, the ``place`` and ``row``, the amounts as exact values (``pagu``,
    ``realisasi``, ``fisik_target``, ``fisik_realisasi``, with ``fisik_unit``) and the
    printed percentages (``penyerapan_printed``, ``sisa_printed``,
    ``fisik_capaian_printed``). `penyerapan` recomputes from the rows that print both
    amounts.

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
    records = [
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
    return pd.DataFrame.from_records(records, columns=_BUDGET_COLUMNS)


_INDICATOR_COLUMNS: Final = (
    "indicator",
    "name",
    "polarity",
    "unit",
    "place",
    "row",
    "year",
    "period",
    "target",
    "realisasi",
    "capaian_printed",
    "predikat_printed",
    "atribut_printed",
)
_BUDGET_COLUMNS: Final = (
    "line",
    "level",
    "code",
    "parent",
    "name",
    "place",
    "row",
    "pagu",
    "realisasi",
    "sisa_printed",
    "penyerapan_printed",
    "fisik_target",
    "fisik_realisasi",
    "fisik_unit",
    "fisik_capaian_printed",
)


# ---------------------------------------------------------------- display


def _display(value: object, places: int) -> str:
    if isinstance(value, Decimal):
        return format_number(value, places)
    if _missing(value):
        return "–"
    return html.escape(str(value))


class Table:
    """A result frame shown the Indonesian way in Jupyter: ``45.195.966.217,00``, ``90,73``.

    Decimals are rounded HALF_UP for display only; ``frame`` keeps the exact values.

    Attributes:
        frame: The frame shown.
        places: Decimals shown.
    """

    def __init__(self, frame: pd.DataFrame, places: int = 2) -> None:
        self.frame = frame
        self.places = places

    def _repr_html_(self) -> str:
        shown = self.frame.map(lambda v: _display(v, self.places))
        return str(shown.to_html(escape=False))

    def __repr__(self) -> str:
        return f"Table({len(self.frame)} rows × {len(self.frame.columns)} columns)"


def show(frame: pd.DataFrame, places: int = 2) -> Table:
    """Wrap a result frame for display in Jupyter (see `Table`)."""
    return Table(frame, places)


# ---------------------------------------------------------------- plots

# Band colours from the lowest band (red) to the highest (green).
_BAND_COLOURS: Final = ("#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641")


def _pyplot_figure(width: float, height: float) -> Figure:
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - optional dependency
    except ImportError as exc:  # pragma: no cover - matplotlib is in akip[pandas]
        msg = "plots need matplotlib: pip install 'akip[pandas]'"
        raise ImportError(msg) from exc
    return Figure(figsize=(width, height), layout="constrained")


def plot_capaian(
    frame: pd.DataFrame,
    *,
    name: str = "indikator",
    column: str = "capaian",
    edge_rule: object = _predikat.EdgeRule.LOWER_BOUND,
) -> Figure:
    """Bar chart of capaian per indicator over the Permendagri 86/2017 band colours.

    Floats are used for drawing only. Rows without capaian are left out.

    Returns:
        A matplotlib ``Figure`` (not shown; Jupyter displays it).
    """
    rows = frame[[name, column]][~frame[column].map(_missing)]
    labels = [str(v) for v in rows[name]]
    values = [float(v) for v in rows[column]]
    top = max([110.0, *(v + 10 for v in values)])
    fig = _pyplot_figure(8, 1.2 + 0.5 * len(labels))
    ax = fig.add_subplot()
    for band, colour in zip(_predikat.bands(edge_rule), _BAND_COLOURS, strict=True):
        lower = 0.0 if band.lower is None else float(band.lower)
        upper = top if band.upper is None else float(band.upper)
        ax.axvspan(lower, upper, color=colour, alpha=0.35, label=band.level.label)
    ax.barh(labels, values, color="#2b5c8a")
    for y, value in enumerate(rows[column]):
        ax.annotate(
            format_number(round_half_up(value), 2),
            (float(value), y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
        )
    ax.set_xlim(0, top)
    ax.set_xlabel("capaian (%)")
    ax.invert_yaxis()
    ax.legend(loc="lower right", fontsize="small")
    return fig


def plot_penyerapan(tree: pd.DataFrame, *, level: str = "program") -> Figure:
    """Bar chart of penyerapan per node of one level of a `rollup` result.

    Nodes without penyerapan (pagu 0) are left out. Floats are used for drawing only.

    Returns:
        A matplotlib ``Figure``.
    """
    if level not in LEVELS:
        msg = f"'level' must be one of {', '.join(LEVELS)}: {level!r}"
        raise InvalidValue(msg)
    rows = tree[(tree["level"] == level) & ~tree["penyerapan"].map(_missing)]
    values = [float(v) for v in rows["penyerapan"]]
    fig = _pyplot_figure(8, 1.2 + 0.5 * len(rows))
    ax = fig.add_subplot()
    ax.barh([str(k) for k in rows.index], values, color="#2b5c8a")
    ax.axvline(100, color="black", linewidth=0.8)
    ax.set_xlabel("penyerapan (%)")
    ax.set_xlim(0, max([110.0, *(v + 10 for v in values)]))
    ax.invert_yaxis()
    return fig
