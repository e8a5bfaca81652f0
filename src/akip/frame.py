"""frame (tabel data, the rules over pandas DataFrame columns).

The rules of `akip.capaian`, `akip.predikat`, `akip.atribut` and the budget rollup of rules
§3, applied to whole DataFrame columns for analysts in notebooks and for national-scale data.
This module needs the optional extra ``akip[pandas]`` (pandas, and matplotlib for the plots);
``import akip`` never imports it, so the core stays pandas-free. Importing it registers the
DataFrame accessor ``df.akip`` (`AkipAccessor`), the documented way in:
``df.akip.capaian()``, ``lines.akip.rollup()``; the functions below stay.

**One convention for every function.**

- Each takes a DataFrame first and *column names* as keyword arguments (``target="t"``);
  a wrong type or an unknown column raises an `akip.exceptions.AkipError` subclass that
  names the parameter and a bounded repr of the value.
- Row-wise functions (`capaian`, `predikat`, `atribut`, `kinerja`, `penyerapan`) return the
  input **with new columns**, like `pandas.DataFrame.assign`: same rows, same index, same
  columns, plus theirs. Aggregations (`rollup`, `partial`, `combine`) return a new frame,
  one row per code. No function ever changes its input.
- A missing value is ``pd.NA`` in every result: exact numbers are `decimal.Decimal` in
  ``object`` columns, text is the ``string`` dtype, whole numbers the ``Int64`` dtype.
- Budget flags use the words of `akip.anggaran.FlagKind`: the ``flag`` column holds its
  values as text (``"realisasi > pagu"``, ``"pagu 0 with realisasi > 0"``,
  ``"negative amount"``, and ``"conflicting names"`` for a code printed with different names;
  several joined by ``"; "``), ``<NA>`` when there is nothing to flag.
- Values stay exact; `show` (and, in IPython, every frame holding `Decimal` cells) displays
  them rounded HALF_UP in the ``id_ID`` style, ``45.195.966.217,00`` and ``90,73``.

Exactness is the same as in the scalar rules: no float enters the arithmetic.

- Indicators call the scalar rules row by row on `decimal.Decimal` values; a float cell is
  taken by its shortest repr (`akip.numbers.to_decimal`), so ``0.1`` is ``Decimal("0.1")``.
- Budget amounts become **integer sen** (``int64``): an amount with more than 2 decimals is
  refused, and so is a column whose total could overflow ``int64``. Sums of integers are
  exact; results come back as exact `Decimal` rupiah, and every percentage is recomputed
  from the sums (``penyerapan = realisasi / pagu × 100``), never a mean of ratios.
  ``sisa = pagu − realisasi``. A pagu of 0 has no penyerapan: the cell is ``<NA>``
  (never a division by zero or ``inf``).

A bad cell raises an `akip.exceptions.AkipError` subclass whose message names its row and
column: ``row 3, column 'target': 'target' must be a number, not bool: True``. A missing
indicator cell (``None``, ``NaN``, ``<NA>``) is *not assessed*: NA with status
``not_assessed``, never 0.

Budget codes follow Kepmendagri 050-5889/2021: a sub kegiatan is ``U.BB.PP.L.KK.SSSS``
(strict, ASCII digits); its kegiatan is the first 5 dot-segments, its program the first 3,
its bidang the first 2, its urusan the first 1. This module checks that one format itself,
on the distinct codes of a column; the check is the rule of `akip.kode.pattern` (its
segment widths, tested to agree code for code), and a bad code is explained by `akip.kode`.

For Dask, `partial` is the per-partition step (sums in integer sen per sub kegiatan) and
`combine` the exact combine step; `rollup_dask` runs both on a ``dask.dataframe``.

References:
    - akip rules §0 (exact numbers), §1 (capaian), §2 (bands), §3 (budget rollup).
    - Kepmendagri No. 050-5889 Tahun 2021 (code structure of program, kegiatan, sub
      kegiatan).

Examples:
    The two IKU of the Dumai LKIP 2024, Tabel 4, through the accessor:

    >>> import pandas as pd
    >>> iku = pd.DataFrame({"target": [90, 100], "realisasi": [94, 85]})
    >>> out = iku.akip.kinerja()
    >>> list(out.columns)
    ['target', 'realisasi', 'capaian', 'status', 'predikat', 'atribut']
    >>> [str(round_half_up(v)) for v in out["capaian"]]
    ['104.44', '85.00']
    >>> list(out["predikat"]), list(out["atribut"])
    (['Sangat Tinggi', 'Tinggi'], ['Sangat Berhasil', 'Sangat Berhasil'])

    A budget rollup (illustrative codes); each node keeps its name:

    >>> lines = pd.DataFrame({
    ...     "kode": ["7.01.01.2.01.0001", "7.01.01.2.02.0003"],
    ...     "nama": ["Rapat Koordinasi", "Sosialisasi"],
    ...     "pagu": ["100.50", "300"], "realisasi": ["90.25", "0"]})
    >>> tree = lines.akip.rollup(name="nama")
    >>> tree.loc["7.01.01", ["pagu", "realisasi", "sisa"]].tolist()
    [Decimal('400.50'), Decimal('90.25'), Decimal('310.25')]
    >>> round_half_up(tree.loc["7.01.01", "penyerapan"])
    Decimal('22.53')
    >>> tree.loc["7.01.01.2.02.0003", ["name", "level"]].tolist()
    ['Sosialisasi', 'sub_kegiatan']
"""

from __future__ import annotations

import decimal
import functools
import inspect
import itertools
import operator
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

import numpy as np
import pandas as pd
import pyarrow as pa

from akip import _html
from akip import atribut as _atribut
from akip import capaian as _capaian
from akip import kode as _kode
from akip import predikat as _predikat
from akip._decimal import CONTEXT, HUNDRED
from akip._validators import shown
from akip.anggaran import FlagKind
from akip.exceptions import (
    AkipError,
    CodeError,
    InvalidNumber,
    InvalidValue,
    NotAssessed,
    NotComputable,
)
from akip.numbers import (  # round_half_up: for the examples
    format_number,
    format_percent,
    round_half_up,  # noqa: F401
    to_decimal,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable, Mapping, Sized

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from akip._bands import LabelledEnum
    from akip.check import Finding
    from akip.check.ledger import Ledger
    from akip.report import Figure as PrintedFigure
    from akip.report import Report

__all__ = [
    "CODE_PATTERN",
    "LEVELS",
    "AkipAccessor",
    "Table",
    "atribut",
    "budget_rows",
    "capaian",
    "combine",
    "findings",
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
    "use_display",
    "verdicts",
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
_BLOCK: Final = 1 << 16  # rows per block of the overflow check
_STATUS_OK: Final = "ok"
_SUM_COLUMNS: Final = ("pagu_sen", "realisasi_sen", "lines")
_NAME_PREFIX: Final = "name_"
# Grouped keys are group number × 10¹² + the 12-digit code key, within int64.
_KEY_SPAN: Final = 10 ** len(_DIGITS)
_MAX_GROUPS: Final = _INT64_MAX // _KEY_SPAN - 1
_TEXT: Final = "string"  # the pandas dtype of text results: missing is pd.NA
_FLAG_JOIN: Final = "; "
_UNITS: Final = ("rupiah", "sen")


# ---------------------------------------------------------------- arguments


def _frame(value: object, param: str = "frame") -> pd.DataFrame:
    """*value* if it is a DataFrame, else a typed error naming *param*."""
    if not isinstance(value, pd.DataFrame):
        msg = f"{param!r} must be a pandas DataFrame, not {type(value).__name__}: {shown(value)}"
        raise InvalidValue(msg)
    return value


def _label(frame: pd.DataFrame, value: object, param: str) -> Hashable:
    """*value* if it names exactly one column of *frame*, else an error naming *param*."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        msg = f"{param!r} must be a column name, not {type(value).__name__}: {shown(value)}"
        raise InvalidValue(msg)
    try:
        found = int((frame.columns == value).sum()) if len(frame.columns) else 0
    except OverflowError:  # an int past int64 names no column
        found = 0
    if found != 1:
        what = "names no column of the frame" if not found else f"names {found} columns"
        msg = f"{param!r} {what}: {shown(value)} (columns: {shown(list(frame.columns))})"
        raise InvalidValue(msg)
    return value


@functools.cache
def _known_options(rule: Callable[..., object]) -> frozenset[str]:
    parameters = inspect.signature(rule).parameters.values()
    return frozenset(p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY)


def _options(options: Mapping[str, object], rule: Callable[..., object], name: str) -> None:
    """Refuse an option *rule* does not take, by name, before any row is computed."""
    unknown = sorted(set(options) - _known_options(rule))
    if unknown:
        known = ", ".join(sorted(_known_options(rule)))
        msg = f"unknown option of {name}: {shown(unknown[0])} (known: {known})"
        raise InvalidValue(msg)


def _choice(value: object, choices: tuple[str, ...], param: str) -> str:
    if not isinstance(value, str) or value not in choices:
        msg = f"{param!r} must be one of {', '.join(map(repr, choices))}: {shown(value)}"
        raise InvalidValue(msg)
    return value


def _places(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:  # noqa: PLR2004
        msg = f"'places' must be an int from 0 to 10: {shown(value)}"
        raise InvalidValue(msg)
    return value


def _objects_array(values: list[object]) -> np.ndarray[Any, Any]:
    """*values* as a 1-D object array (tuples and lists stay cells)."""
    return np.fromiter(values, dtype=object, count=len(values))


def _texts(values: object, dtype: str = _TEXT) -> Any:
    """*values* as a pandas array of *dtype* (text by default), missing cells ``<NA>``."""
    return pd.array(values, dtype=dtype)  # type: ignore[call-overload]


def _arrow_texts(values: object) -> Any:
    """*values* (an object array with ``None`` for missing, or Arrow text) as text cells.

    Built by Arrow directly, much faster than `pandas.array` for a million cells.
    """
    arrow = values if isinstance(values, pa.Array) else pa.array(values, type=pa.string())
    return pd.array(arrow, dtype=pd.StringDtype("pyarrow"))


def _with(frame: pd.DataFrame, columns: dict[str, Any]) -> pd.DataFrame:
    """*frame* with *columns* added or replaced, positionally: the `DataFrame.assign` rule."""
    out = frame.copy(deep=False)
    for name, values in columns.items():
        out[name] = values
    return out


# ---------------------------------------------------------------- cells


def _row(row: object) -> str:
    label = row.item() if isinstance(row, np.generic) else row
    return f"row {shown(label)}"


def _where(row: object, column: object) -> str:
    return f"{_row(row)}, column {shown(column)}"


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float | np.floating) and bool(np.isnan(value))


def _cell(value: object, row: object, column: object) -> Decimal:
    """One non-missing cell as an exact Decimal, or an error naming its row and column."""
    if isinstance(value, np.integer):
        value = int(value)
    elif isinstance(value, np.floating) and value.dtype == np.float64:
        value = float(value)
    try:
        return to_decimal(value, field=str(column))
    except AkipError as exc:
        msg = f"{_where(row, column)}: {exc}"
        raise type(exc)(msg) from exc


def _objects(frame: pd.DataFrame, column: Hashable) -> np.ndarray[Any, Any]:
    """A column's cells as Python objects; float16/32 (no exact shortest repr) is refused."""
    series = frame[column]
    if series.dtype in (np.float16, np.float32):
        msg = f"{_where(frame.index[0], column)}: use float64, Decimal or int, not {series.dtype}"
        raise InvalidNumber(msg)
    return series.to_numpy(dtype=object)


def _values(frame: pd.DataFrame, column: Hashable) -> list[Decimal | None]:
    """A column as exact Decimals (None where missing), each bad cell named."""
    return [
        None if _missing(v) else _cell(v, row, column)
        for row, v in zip(frame.index, _objects(frame, column), strict=True)
    ]


def _reraise(exc: AkipError, row: object, columns: dict[str, object]) -> AkipError:
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


# ---------------------------------------------------------------- amounts in sen


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


# ---------------------------------------------------------------- codes and the rollup


def _code_bytes(codes: object) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The codes' UTF-8 bytes as an (n, 17) uint8 matrix, and which rows are 17 bytes long.

    Read straight from the Arrow buffers (no Python object per row). A cell that is not text
    (None, a number) counts as a bad length.
    """
    try:
        arrow = (
            codes.cast(pa.large_string())
            if isinstance(codes, pa.Array)
            else pa.array(codes, type=pa.large_string())
        )
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        arrow = pa.array([c if isinstance(c, str) else None for c in codes], pa.large_string())  # type: ignore[attr-defined]
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
        return f"a {level.label} code, not a sub kegiatan code: {shown(value)}"
    return f"a sub kegiatan code must have no surrounding spaces: {shown(value)}"


def _keys_of(
    chars: np.ndarray[Any, Any], good: np.ndarray[Any, Any]
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The 12-digit key of each distinct code (its bytes), and which of them are valid.

    The check is column-wise and equal to `CODE_PATTERN`: 17 bytes, dots at the five
    separator places, ASCII digits elsewhere (a non-ASCII character makes the text longer
    in bytes, or puts a byte outside ``0``–``9`` in a digit's place).
    """
    for place in _DOTS:
        good &= chars[:, place] == ord(".")
    digits = chars[:, list(_DIGITS)].astype(np.int64) - ord("0")
    good &= ((digits >= 0) & (digits <= 9)).all(axis=1)  # noqa: PLR2004
    keys = digits @ (10 ** np.arange(len(_DIGITS) - 1, -1, -1, dtype=np.int64))
    return keys, good


def _arrow_text(codes: pd.Series[Any]) -> Any:
    """The column as one Arrow text array if it is Arrow-backed text, else ``None``."""
    arrow = getattr(codes.array, "_pa_array", None)
    if isinstance(arrow, pa.ChunkedArray) and (
        pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type)
    ):
        return arrow.combine_chunks() if arrow.num_chunks != 1 else arrow.chunk(0)
    return None


def _fixed_binary(text: Any) -> Any:
    """The cells as fixed size binary values when every cell is 17 bytes, else ``None``.

    The cells then lie side by side in Arrow's data buffer, read without a copy as fixed
    size binary values, which Arrow hashes about twice as fast as text.
    """
    if text is None or text.null_count or not len(text):
        return None
    width = np.int64 if pa.types.is_large_string(text.type) else np.int32
    offsets = np.frombuffer(text.buffers()[1], dtype=width)[
        text.offset : text.offset + len(text) + 1
    ]
    if not _all_lengths(offsets, _CODE_LEN):
        return None
    data = text.buffers()[2].slice(int(offsets[0]), _CODE_LEN * len(text))
    return pa.FixedSizeBinaryArray.from_buffers(pa.binary(_CODE_LEN), len(text), [None, data])


def _all_lengths(offsets: np.ndarray[Any, Any], width: int) -> bool:
    """Whether every cell of these Arrow offsets is *width* bytes long.

    Block by block through one buffer, as `_check_total`.
    """
    if int(offsets[-1]) - int(offsets[0]) != width * (len(offsets) - 1):
        return False
    lengths = np.empty(min(len(offsets) - 1, _BLOCK), dtype=offsets.dtype)
    for start in range(0, len(offsets) - 1, _BLOCK):
        part = lengths[: min(_BLOCK, len(offsets) - 1 - start)]
        np.subtract(
            offsets[start + 1 : start + 1 + len(part)],
            offsets[start : start + len(part)],
            out=part,
        )
        if not (part == width).all():
            return False
    return True


def _binary_chars(values: Any) -> np.ndarray[Any, Any]:
    """Fixed size binary values of 17 bytes as an (n, 17) uint8 matrix, without a copy."""
    raw = np.frombuffer(values.buffers()[1], dtype=np.uint8)
    start = values.offset * _CODE_LEN
    return raw[start : start + _CODE_LEN * len(values)].reshape(-1, _CODE_LEN)


def _fixed_width(text: Any) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]] | None:
    """Group numbers and distinct codes' bytes when every cell is 17 bytes, else ``None``."""
    fixed = _fixed_binary(text)
    if fixed is None:
        return None
    encoded = fixed.dictionary_encode()
    return encoded.indices.to_numpy(zero_copy_only=False), _binary_chars(encoded.dictionary)


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


def _factorize(codes: pd.Series[Any], text: Any) -> tuple[np.ndarray[Any, Any], object]:
    """Each row's number among the distinct codes (-1 if missing), and the distinct codes.

    Arrow-backed text (pandas' ``str`` dtype) is dictionary-encoded by Arrow, faster than a
    pandas hash table; other columns go through `pandas.factorize`.
    """
    if text is not None:
        encoded = text.dictionary_encode()
        indices = encoded.indices
        if indices.null_count:
            indices = indices.fill_null(-1)
        return indices.to_numpy(zero_copy_only=False), encoded.dictionary
    try:
        group, uniques = pd.factorize(codes)
    except TypeError:  # an unhashable cell (a list): it is no code
        group, uniques = pd.factorize(codes.map(lambda c: c if isinstance(c, str) else None))
    return group, np.asarray(uniques, dtype=object)


def _code_groups(
    frame: pd.DataFrame, column: Hashable
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, np.dtype[np.int64]]]:
    """Each row's group number and each group's 12-digit key: only distinct codes are read.

    Raises:
        CodeError: naming the first bad row and the number of rows with a bad code.
    """
    codes = frame[column]
    text = _arrow_text(codes)
    fixed = _fixed_width(text)
    if fixed is not None:
        group, chars = fixed
        good = np.ones(len(chars), dtype=bool)
    else:
        group, uniques = _factorize(codes, text)
        chars, good = _code_bytes(uniques)
    keys, good = _keys_of(chars, good)
    if len(group) and (not good.all() or group.min() < 0):
        bad_row = (group < 0) | ~np.append(good, True)[group]
        bad = np.flatnonzero(bad_row)
        row, value = frame.index[int(bad[0])], codes.iloc[int(bad[0])]
        msg = (
            f"{_where(row, column)}: {_why_bad(value)} "
            f"({len(bad)} bad code{'s' if len(bad) > 1 else ''})"
        )
        raise CodeError(msg)
    return group, keys.astype(np.int64)


@functools.cache
def _four_digits() -> np.ndarray[Any, Any]:
    """The ASCII bytes of 0000 to 9999, each number's four bytes as one 4-byte word.

    A gather of one word per number is an order of magnitude faster than of four bytes.
    """
    numbers = np.arange(10**4, dtype=np.int64)
    powers = 10 ** np.arange(3, -1, -1, dtype=np.int64)
    chars = (numbers[:, None] // powers % 10 + ord("0")).astype(np.uint8)
    words: np.ndarray[Any, Any] = chars.view(np.uint32).ravel()
    return words


def _code_texts(local: np.ndarray[Any, Any], depth: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The code text of every node, column-wise: key 70101 at depth 2 → '7.01.01'.

    The 12 digits (the key padded with zeros) and the five dots are laid out as bytes, and
    each level's nodes take the first 1, 4, 7, 12 or 17 of them.
    """
    drop = np.array([_DROP[level] for level in LEVELS], dtype=np.int64)[depth]
    padded = local * 10**drop
    chars = np.full((len(local), _CODE_LEN), ord("."), dtype=np.uint8)
    # The 12 digits as three groups of four, each looked up as its four ASCII bytes.
    high, rest = np.divmod(padded, 10**8)
    chars[:, list(_DIGITS)] = (
        _four_digits()[np.stack([high, *np.divmod(rest, 10**4)], axis=1)]
        .view(np.uint8)
        .reshape(len(local), len(_DIGITS))
    )
    widths = np.array(
        [_ENDS[_SEGMENTS[level] - 1] + _SEGMENTS[level] - 1 for level in LEVELS], dtype=np.int64
    )[depth]
    # Each node's first *width* bytes, one after the other: the data of one Arrow text array.
    data = np.compress((np.arange(_CODE_LEN) < widths[:, None]).ravel(), chars.ravel())
    offsets = np.zeros(len(local) + 1, dtype=np.int64)
    np.cumsum(widths, out=offsets[1:])
    texts = pa.LargeStringArray.from_buffers(len(local), pa.py_buffer(offsets), pa.py_buffer(data))
    result: np.ndarray[Any, Any] = texts.to_numpy(zero_copy_only=False)
    return result


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


def _starts(sorted_keys: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.intp]]:
    if not len(sorted_keys):
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])


def _sums(values: np.ndarray[Any, Any], starts: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    if not len(starts):
        return np.zeros(0, dtype=np.int64)
    return np.add.reduceat(values, starts).astype(np.int64)


def _partials(partials: object) -> list[pd.DataFrame]:
    if isinstance(partials, pd.DataFrame):
        parts = [partials]
    elif isinstance(partials, str | bytes) or not hasattr(partials, "__iter__"):
        msg = (
            "'partials' must be a partial() DataFrame or an iterable of them, "
            f"not {type(partials).__name__}: {shown(partials)}"
        )
        raise InvalidValue(msg)
    else:
        parts = [_frame(p, "partials") for p in cast("Iterable[object]", partials)]
    for part in parts:
        index_names = list(part.index.names)
        if (
            "key" not in index_names
            or index_names[-1] != "key"
            or any(c not in part.columns for c in _SUM_COLUMNS)
        ):
            msg = f"'partials' must be results of partial(): {shown(part)}"
            raise InvalidValue(msg)
    return parts


def combine(partials: pd.DataFrame | Iterable[pd.DataFrame]) -> pd.DataFrame:
    """The exact combine step: sum `partial` results and build the whole code tree.

    Args:
        partials: One `partial` result, or several (one per partition), in any order. Made
            with ``by``, they give one tree per group.

    Returns:
        One row per code at every level, indexed by the code text (``"7.01.01"``), sorted by
        code, after the ``by`` columns if any: ``name`` (the name printed most often for
        the code, ``<NA>`` if none), ``level``, ``lines`` and the columns of `penyerapan`
        (``pagu``, ``realisasi``, ``sisa``, ``penyerapan``, ``flag``), every percentage
        recomputed from the node's exact sums. A code printed with different names is
        flagged ``conflicting names`` (`akip.anggaran.FlagKind.CONFLICTING_NAMES`).

    Examples:
        >>> import pandas as pd
        >>> half = pd.DataFrame({"kode": ["8.01.01.2.01.0001"], "pagu": [2], "realisasi": [1]})
        >>> tree = combine([partial(half), partial(half)])
        >>> tree[["level", "lines", "pagu", "penyerapan"]].head(2)
               level  lines  pagu penyerapan
        kode
        8     urusan      2  4.00         50
        8.01  bidang      2  4.00         50
    """
    parts = _partials(partials)
    if len(parts) == 1:
        stacked = parts[0]
    elif parts:
        stacked = pd.concat(parts)
    else:
        stacked = pd.DataFrame(
            {c: np.zeros(0, dtype=np.int64) for c in _SUM_COLUMNS},
            index=pd.Index([], name="key", dtype=np.int64),
        )
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, stacked[column].to_numpy(dtype=np.int64), column)
    keys = stacked.index.get_level_values(-1).to_numpy(dtype=np.int64)
    sums = {c: stacked[c].to_numpy(dtype=np.int64) for c in _SUM_COLUMNS}
    labels = {
        str(c)[len(_NAME_PREFIX) :]: stacked[c].to_numpy(dtype=object)
        for c in stacked.columns
        if str(c).startswith(_NAME_PREFIX)
    }
    if not isinstance(stacked.index, pd.MultiIndex):
        return _tree(keys, sums, labels)
    # One pass for every group: the group's number goes in front of the 12 code digits.
    by_names = list(stacked.index.names[:-1])
    number, groups = stacked.index.droplevel(-1).factorize(sort=True)
    if len(groups) > _MAX_GROUPS:
        msg = f"'by' makes too many groups for one combine (split the data): {len(groups)}"
        raise InvalidValue(msg)
    tree = _tree(number.astype(np.int64) * _KEY_SPAN + keys, sums, labels, grouped=True)
    group_labels = cast("pd.Index[Any]", groups).take(
        tree.index.get_level_values(0).to_numpy(dtype=np.int64)
    )
    tree.index = pd.MultiIndex.from_arrays(
        [
            *(group_labels.get_level_values(i) for i in range(group_labels.nlevels)),
            tree.index.get_level_values(1),
        ],
        names=[*by_names, "kode"],
    )
    return tree


def _level_names(
    parent: np.ndarray[Any, Any],
    names: np.ndarray[Any, Any],
    lines: np.ndarray[Any, Any],
    level_keys: np.ndarray[Any, Any],
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """For each of *level_keys*: the name printed on most lines, and whether it has several.

    *parent* and *names* are aligned with the partial sums, *lines* their line counts. A
    tie goes to the name first in sort order, so the row order never matters; a key with
    no name gets ``None``.
    """
    chosen = np.full(len(level_keys), None, dtype=object)
    several = np.zeros(len(level_keys), dtype=bool)
    present = ~pd.isna(names)
    if not present.any():
        return chosen, several
    texts = names[present]
    if pd.api.types.infer_dtype(texts, skipna=False) != "string":
        texts = np.array([str(t) for t in texts], dtype=object)
    number, uniques = pd.factorize(texts, sort=True)  # number order is text order
    table = pd.DataFrame({"key": parent[present], "name": number, "lines": lines[present]})
    counted = table.groupby(["key", "name"], sort=False)["lines"].sum().reset_index()
    counted = counted.sort_values(
        ["key", "lines", "name"], ascending=[True, False, True], kind="stable"
    )
    keys = counted["key"].to_numpy()
    first = np.r_[True, keys[1:] != keys[:-1]]
    best_keys = keys[first]
    best_names = np.asarray(uniques, dtype=object)[counted["name"].to_numpy()[first]]
    counts = np.diff(np.r_[np.flatnonzero(first), len(keys)])
    where = np.searchsorted(best_keys, level_keys)
    hit = where < len(best_keys)
    hit[hit] = best_keys[where[hit]] == level_keys[hit]
    chosen[hit] = best_names[where[hit]]
    several[hit] = counts[where[hit]] > 1
    return chosen, several


def _tree(
    keys: np.ndarray[Any, Any],
    sums: dict[str, np.ndarray[Any, Any]],
    labels: dict[str, np.ndarray[Any, Any]],
    *,
    grouped: bool = False,
) -> pd.DataFrame:
    """The code tree of partial sums (overflow checked by the caller).

    *keys* are the 12-digit code keys or, *grouped*, group number × 10¹² + key; then the
    result is indexed by (group number, code), else by code. *labels* are the name columns
    by level, aligned with *keys*.
    """
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    sums = {c: v[order] for c, v in sums.items()}
    labels = {level: v[order] for level, v in labels.items()}
    node_keys: list[np.ndarray[Any, Any]] = []
    node_levels: list[np.ndarray[Any, Any]] = []
    node_conflicts: list[np.ndarray[Any, Any]] = []
    node_names: list[np.ndarray[Any, Any]] = []
    node_sums: dict[str, list[np.ndarray[Any, Any]]] = {c: [] for c in _SUM_COLUMNS}
    for depth, level in enumerate(LEVELS):
        parent = keys // (10 ** _DROP[level])
        starts = _starts(parent)
        level_keys = parent[starts]
        for c, v in sums.items():
            node_sums[c].append(_sums(v, starts))
        node_keys.append(level_keys)
        node_levels.append(np.full(len(starts), depth, dtype=np.int64))
        if level in labels:
            chosen, several = _level_names(parent, labels[level], sums["lines"], level_keys)
        else:
            chosen = np.full(len(level_keys), None, dtype=object)
            several = np.zeros(len(level_keys), dtype=bool)
        node_names.append(chosen)
        node_conflicts.append(several)
    depth_of = np.concatenate(node_levels)
    key_of = np.concatenate(node_keys)
    drop = np.array([_DROP[level] for level in LEVELS], dtype=np.int64)[depth_of]
    # Preorder (the order of the code texts): a code's digits padded to 12, then its depth.
    group, local = np.divmod(key_of, _KEY_SPAN // 10**drop)
    padded = group * _KEY_SPAN + local * 10**drop
    order = np.lexsort((depth_of, padded))
    depth_of, local, group = depth_of[order], local[order], group[order]
    pagu = np.concatenate(node_sums["pagu_sen"])[order]
    real = np.concatenate(node_sums["realisasi_sen"])[order]
    if grouped:  # the same codes recur in every group: build each text once
        number, distinct = pd.factorize(local * len(LEVELS) + depth_of)
        pairs = np.divmod(np.asarray(distinct, dtype=np.int64), len(LEVELS))
        texts = _code_texts(pairs[0], pairs[1])[number]
    else:
        texts = _code_texts(local, depth_of)
    index = pd.Index(texts, name="kode", dtype=object)
    if grouped:
        index = pd.MultiIndex.from_arrays([group, index], names=["group", "kode"])
    return pd.DataFrame(
        {
            "name": _arrow_texts(
                np.concatenate(node_names)[order] if labels else pa.nulls(len(order), pa.string())
            ),
            "level": _arrow_texts(pa.array(LEVELS).take(depth_of)),
            "lines": np.concatenate(node_sums["lines"])[order],
            **_amounts(pagu, real),
            "flag": _flags(pagu, real, np.concatenate(node_conflicts)[order]),
        },
        index=index,
        copy=False,  # every column is a fresh array
    )


def rollup(
    frame: pd.DataFrame,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
    name: str | Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Roll budget lines up the 050-5889 code tree: urusan, bidang, program, kegiatan, sub.

    Exact: amounts are summed in int64 sen, and each node's penyerapan is recomputed from
    its sums (never the mean of its children's percentages). With *by* (``"pemda"``,
    ``["pemda", "tahun"]``) each group gets its own tree. With *name* each node keeps the
    name printed most often for its code. See `partial` for the arguments and errors and
    `combine` for the result.

    Examples:
        Tabel III.11 of the Dumai LKIP 2024 (illustrative codes), its first program:

        >>> import pandas as pd
        >>> lines = pd.read_csv("examples/tabel-iii-11.csv", dtype=str)
        >>> names = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub_kegiatan"}
        >>> tree = rollup(lines, kode="kode_ilustratif", name=names)
        >>> program = tree.loc["8.01.01"]
        >>> program["name"]
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'
        >>> int(program["lines"]), program["pagu"], round_half_up(program["penyerapan"])
        (15, Decimal('4700384252.00'), Decimal('88.37'))
    """
    if by is None and name is None:  # one tree straight from the sums: no partial frame
        data, chosen, _, _, columns = _arguments(
            frame, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by, name=name
        )
        keys, sums = _plain_sums(data, *columns, chosen)
        return _tree(keys, sums, {})  # the lines' totals were checked against overflow
    return combine(
        partial(frame, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by, name=name)
    )


def rollup_dask(
    frame: Any,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
    name: str | Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """`rollup` of a ``dask.dataframe.DataFrame``: `partial` per partition, then `combine`.

    Each partition is summed in int64 sen by `partial` on the workers; the partial sums
    are merged there too, eight at a time (int64 again, overflow checked), so the client
    receives one small frame of int64 sums per code, never a Decimal, and only builds the
    Decimal tree (`combine`). Without *by* and *name*, a frame whose partitions the
    active ``distributed.Client`` holds in memory (``client.persist``) is summed by one
    task per worker thread, each over partitions its worker holds (a partition moves only
    if its worker holds more than its threads' even share), and the client merges a few
    int64 arrays before it builds the tree as `rollup` does. Runs
    on whatever scheduler is active (a ``distributed.Client``, or dask's default). Needs
    ``akip[dask]``. The guide *Notebooks, DataFrames and Dask* says how to run it on a
    cluster.

    Examples:
        >>> import dask.dataframe as dd
        >>> import pandas as pd
        >>> lines = pd.DataFrame({"kode": ["8.01.01.2.01.0001", "8.01.01.2.01.0002"],
        ...                       "pagu": [10, 30], "realisasi": [10, 20]})
        >>> tree = rollup_dask(dd.from_pandas(lines, npartitions=2))
        >>> tree.equals(rollup(lines)), tree.loc["8", "penyerapan"]
        (True, Decimal('75'))
    """
    meta = getattr(frame, "_meta", None)
    if not isinstance(meta, pd.DataFrame) or not hasattr(frame, "map_partitions"):
        msg = f"'frame' must be a dask DataFrame, not {type(frame).__name__}: {shown(frame)}"
        raise InvalidValue(msg)
    from dask.delayed import delayed  # noqa: PLC0415 - akip[dask], needed here only

    options: dict[str, Any] = {
        "kode": kode,
        "pagu": pagu,
        "realisasi": realisasi,
        "unit": unit,
        "by": by,
        "name": name,
    }
    empty = partial(meta, **options)  # checks the options before anything runs
    if by is None and name is None:
        located = _located(frame)
        if located is not None:  # in the workers' memory: one task per worker thread
            return _tree(*_merged(_chunk_results(*located, options)), {})
    parts = list(frame.map_partitions(partial, **options, meta=empty).to_delayed())
    merge = delayed(_merge, pure=True)
    while len(parts) > 1:
        parts = [
            merge(parts[start : start + _MERGE_FAN_IN])
            for start in range(0, len(parts), _MERGE_FAN_IN)
        ]
    return combine(parts[0].compute())  # a dask frame has at least one partition


_MERGE_FAN_IN: Final = 8  # partial results merged by one task of `rollup_dask`

_Sums = tuple[np.ndarray[Any, Any], dict[str, np.ndarray[Any, Any]]]


def _located(frame: Any) -> tuple[Any, list[Any]] | None:
    """The active ``distributed.Client`` and the future of each partition, or ``None``.

    Only for a frame whose partitions are all held by the cluster as they are (a persisted
    frame: each partition's task is an alias of a future). Then `rollup_dask` sends its
    work to where the data are, in as few tasks as the workers have threads: per task one
    scheduling round trip less, and nothing moves but the partial sums.
    """
    try:
        from dask._task_spec import Alias  # noqa: PLC0415 - akip[dask], needed here only
        from dask.base import get_scheduler  # noqa: PLC0415
        from distributed import Client, futures_of  # noqa: PLC0415
    except ImportError:  # pragma: no cover - dask without distributed: dask's own path
        return None
    scheduler = get_scheduler(collections=[frame])  # type: ignore[no-untyped-call]
    client = getattr(scheduler, "__self__", None)
    if not isinstance(client, Client):
        return None
    futures = {f.key: f for f in futures_of(frame)}  # type: ignore[no-untyped-call]
    if not futures:  # nothing held: no graph to read
        return None
    graph = frame.__dask_graph__()
    held = []
    for key in frame.__dask_keys__():
        task = graph.get(key)
        if (
            not isinstance(task, Alias)
            or task.target not in futures
            or futures[task.target].client is not client  # held by another cluster
        ):
            return None
        held.append(futures[task.target])
    return client, held


def _chunk_results(client: Any, held: list[Any], options: dict[str, Any]) -> list[_Sums]:
    """The partitions' sums, one task per worker thread, over the partitions it holds.

    Each worker's partitions are dealt to its threads in turn, each thread up to its even
    share of all the partitions; what a worker holds beyond its threads' shares (and a
    partition still being computed, which no worker holds yet) goes to the threads with
    the fewest, whose worker then fetches it. A task sums its partitions one by one
    (`_chunk_sums`).
    """
    holders = client.who_has(held)
    threads = client.nthreads()
    slots = [(worker, n) for worker in sorted(threads) for n in range(threads[worker])]
    if not slots:  # no worker yet: the scheduler places the one task
        slots = [("", 0)]
    share = -(-len(held) // len(slots))  # the even share of a thread, rounded up
    chunks: dict[tuple[str, int], list[Any]] = {slot: [] for slot in slots}
    dealt: dict[str, int] = {}  # partitions dealt so far per worker
    spilled = []
    for future in held:
        worker = min(holders.get(future.key) or ("",))
        number = dealt[worker] = dealt.get(worker, -1) + 1
        slot = (worker, number % max(1, int(threads.get(worker, 0))))
        if slot in chunks and len(chunks[slot]) < share:
            chunks[slot].append(future)
        else:
            spilled.append(future)
    for future in spilled:
        min(chunks.values(), key=len).append(future)
    tasks = [
        client.submit(
            _chunk_sums,
            futures,
            options,
            pure=False,
            **({"workers": [worker], "allow_other_workers": True} if worker else {}),
        )
        for (worker, _), futures in chunks.items()
        if futures
    ]
    results: list[_Sums] = client.gather(tasks)
    return results


def _chunk_sums(parts: list[pd.DataFrame], options: dict[str, Any]) -> _Sums:
    """The int64 sums per code of several partitions (`partial` of each, then merged)."""
    sums = []
    for part in parts:
        data, chosen, _, _, columns = _arguments(part, **options)
        sums.append(_plain_sums(data, *columns, chosen))
    return _merged(sums)


def _merged(parts: list[_Sums]) -> _Sums:
    """Sorted keys and int64 sums from several: each key once, its sums added (`_merge`).

    The total of the sums is checked against overflow first, as `combine` does.
    """
    if len(parts) == 1:
        keys, sums = parts[0]
    else:
        keys = np.concatenate([k for k, _ in parts])
        sums = {c: np.concatenate([s[c] for _, s in parts]) for c in _SUM_COLUMNS}
    stacked = range(len(keys))  # what the message counts: the rows of partial sums
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, sums[column], column)
    if len(parts) == 1:
        return keys, sums
    return _by_key(keys, sums)


def _by_key(keys: np.ndarray[Any, Any], sums: dict[str, np.ndarray[Any, Any]]) -> _Sums:
    """Each of *keys* once, sorted, with its int64 *sums* added (overflow checked before)."""
    order = np.argsort(keys, kind="stable")
    starts = _starts(keys[order])
    return keys[order][starts], {c: _sums(v[order], starts) for c, v in sums.items()}


def _merge(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Several `partial` results as one: each (group, key, names) once, its sums added.

    The int64 sums are exact: their total is checked against overflow first, as `combine`
    does.
    """
    stacked = pd.concat(parts)
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, stacked[column].to_numpy(dtype=np.int64), column)
    names = [c for c in stacked.columns if str(c).startswith(_NAME_PREFIX)]
    if not names and not isinstance(stacked.index, pd.MultiIndex):  # keys only: numpy
        keys, sums = _by_key(
            stacked.index.to_numpy(dtype=np.int64),
            {c: stacked[c].to_numpy(dtype=np.int64) for c in _SUM_COLUMNS},
        )
        return pd.DataFrame(sums, index=pd.Index(keys, name="key", dtype=np.int64))
    levels = list(stacked.index.names)
    summed = stacked.groupby([*levels, *names], sort=True, observed=True, dropna=False)[
        list(_SUM_COLUMNS)
    ].sum()
    if names:
        summed = summed.reset_index(level=names)
    return summed[[*_SUM_COLUMNS, *names]].astype(dict.fromkeys(_SUM_COLUMNS, np.int64))


# ---------------------------------------------------------------- report files


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


# ---------------------------------------------------------------- the ledger


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


# ---------------------------------------------------------------- display


def _display(value: object, places: int) -> tuple[str, bool]:
    """A cell as shown, and whether it is a number: a Decimal rounded in the id_ID style."""
    if isinstance(value, Decimal):
        return (format_number(value, places) if value.is_finite() else str(value)), True
    if _missing(value):
        return "–", False
    if isinstance(value, int | np.integer | float | np.floating) and not isinstance(value, bool):
        return str(value), True
    return str(value), False


def _html_table(frame: pd.DataFrame, places: int) -> str:
    """*frame* as an HTML table, every label and cell escaped, Decimals rounded for reading."""
    index_names = [("" if n is None else str(n)) for n in frame.index.names]
    header = [*index_names, *(str(c) for c in frame.columns)]
    labels = frame.index.to_list()
    if frame.index.nlevels == 1:
        labels = [(label,) for label in labels]
    rows = (
        [*(_display(v, places) for v in label), *(_display(v, places) for v in cells)]
        for label, cells in zip(labels, frame.itertuples(index=False, name=None), strict=True)
    )
    return _html.labelled_grid("akip-frame", header, rows, head_columns=len(index_names))


class Table:
    """A result frame shown the Indonesian way in Jupyter: ``45.195.966.217,00``, ``90,73``.

    Decimals are rounded HALF_UP for display only; ``frame`` keeps the exact values. Every
    column name, index label and cell is HTML-escaped.

    Attributes:
        frame: The frame shown.
        places: Decimals shown.

    Examples:
        >>> import pandas as pd
        >>> table = Table(pd.DataFrame({"<b>": [Decimal("90.725")]}))
        >>> "<th>&lt;b&gt;</th>" in table._repr_html_(), "90,73" in table._repr_html_()
        (True, True)
    """

    def __init__(self, frame: pd.DataFrame, places: int = 2) -> None:
        self.frame = _frame(frame)
        self.places = _places(places)

    def _repr_html_(self) -> str:
        return _html_table(self.frame, self.places)

    def __repr__(self) -> str:
        return f"Table({len(self.frame)} rows × {len(self.frame.columns)} columns)"


def show(frame: pd.DataFrame, places: int = 2) -> Table:
    """Wrap a result frame for display in Jupyter (see `Table`).

    Examples:
        >>> import pandas as pd
        >>> show(pd.DataFrame({"pagu": [Decimal("45195966217")]}))
        Table(1 rows × 1 columns)
    """
    return Table(frame, places)


def _frame_html(frame: pd.DataFrame) -> str | None:
    """The IPython HTML of a frame holding Decimal cells: rounded; else pandas' own."""
    head = frame.head(60)
    has_decimals = any(
        head[c].dtype == object and head[c].map(lambda v: isinstance(v, Decimal)).any()
        for c in head.columns
    )
    if not has_decimals:
        return cast("str | None", cast("Any", frame)._repr_html_())
    more = "" if len(frame) <= len(head) else f"<p>{len(frame)} rows; first {len(head)} shown.</p>"
    return _html_table(head, 2) + more


def use_display(enabled: bool = True) -> bool:  # noqa: FBT001, FBT002 - one switch
    """Show frames with `Decimal` cells rounded in IPython / Jupyter (on by default there).

    A display hook (IPython's HTML formatter for `pandas.DataFrame`): a frame that holds
    exact `Decimal` cells shows them as `show` does, rounded HALF_UP in the ``id_ID``
    style; other frames show as pandas shows them. The values stay exact. Importing
    `akip.frame` in IPython turns it on; ``use_display(False)`` turns it off.

    Returns:
        Whether the hook is installed (``False`` outside IPython).

    Raises:
        InvalidValue: if *enabled* is not a bool.

    Examples:
        >>> use_display()  # a doctest runs outside IPython
        False
    """
    given: object = enabled  # a caller's junk, whatever the annotation says
    if not isinstance(given, bool):
        msg = f"'enabled' must be True or False, not {type(given).__name__}: {shown(given)}"
        raise InvalidValue(msg)
    shell = None
    if "IPython" in sys.modules:
        from IPython import get_ipython  # noqa: PLC0415 - only inside IPython

        shell = get_ipython()
    if shell is None:
        return False
    formatter = shell.display_formatter.formatters["text/html"]  # pragma: no cover - IPython
    if enabled:  # pragma: no cover - exercised by the example notebook
        formatter.for_type(pd.DataFrame, _frame_html)
    else:  # pragma: no cover
        formatter.type_printers.pop(pd.DataFrame, None)
    return bool(enabled)  # pragma: no cover


# ---------------------------------------------------------------- plots

# Band colours from the lowest band (red) to the highest (green).
_BAND_COLOURS: Final = ("#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641")
_BAR_COLOUR: Final = "#2b5c8a"
_LABEL_WIDTH: Final = 56


def _figure(width: float, height: float) -> Figure:
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - optional dependency
    except ImportError as exc:  # pragma: no cover - matplotlib is in akip[pandas]
        msg = "plots need matplotlib: pip install 'akip[pandas]'"
        raise ImportError(msg) from exc
    return Figure(figsize=(width, height), layout="constrained")


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_WIDTH else text[: _LABEL_WIDTH - 1] + "…"


def _bars(ax: Axes, labels: list[str], values: list[Decimal], top: float) -> None:
    """One horizontal bar per row at y = 0, 1, …, each labelled with its own value."""
    positions = list(range(len(labels)))
    ax.barh(positions, [float(v) for v in values], color=_BAR_COLOUR, height=0.6)
    ax.set_yticks(positions, labels=labels)
    for y, value in zip(positions, values, strict=True):
        ax.annotate(
            format_percent(value),
            (float(max(value, Decimal(0))), y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize="small",
        )
    ax.set_xlim(0, top)
    ax.set_ylim(len(labels) - 0.5, -0.5)  # the first row on top
    ax.spines[["top", "right"]].set_visible(False)


def _top(values: list[Decimal]) -> float:
    """The x range: past the largest bar, with room for its label."""
    return max([120.0, *(float(v) * 1.15 for v in values)])


def _default_label(frame: pd.DataFrame) -> Hashable | None:
    for column in ("name", "indikator", "indicator"):
        if column in frame.columns:
            return column
    return None


def _row_labels(frame: pd.DataFrame, column: Hashable | None) -> list[str]:
    """A label per row; rows of one indicator (several places or years) get their index."""
    index = [
        " · ".join(map(str, k)) if isinstance(k, tuple) else str(k) for k in frame.index.to_list()
    ]
    if column is None:
        return [_short(k) for k in index]
    texts = ["–" if _missing(v) else str(v) for v in frame[column].to_numpy(dtype=object)]
    repeated = {t for t in texts if texts.count(t) > 1}
    return [
        _short(f"{t} [{k}]" if t in repeated else t) for t, k in zip(texts, index, strict=True)
    ]


def plot_capaian(
    frame: pd.DataFrame,
    *,
    name: str | None = None,
    column: str = "capaian",
    edge_rule: object = _predikat.EdgeRule.LOWER_BOUND,
) -> Figure:
    """Bar chart of capaian per indicator over the Permendagri 86/2017 band colours.

    Each bar is labelled with its name (the *name* column; by default ``name``,
    ``indikator`` or ``indicator``, whichever the frame has, else the index) and its own
    value in the ``id_ID`` style (``104,44%``); rows of one indicator printed several
    times are told apart by their index. The band legend sits outside the axes. Floats
    are used for drawing only; rows without capaian are left out.

    Returns:
        A matplotlib ``Figure`` (not shown; Jupyter displays it; ``fig.savefig`` writes
        PNG or SVG).

    Examples:
        >>> import pandas as pd
        >>> done = kinerja(pd.DataFrame({"indikator": ["IKU 1", "IKU 2"],
        ...                              "target": [90, 100], "realisasi": [94, 85]}))
        >>> fig = plot_capaian(done)
        >>> [t.get_text() for t in fig.axes[0].texts]
        ['104,44%', '85,00%']
    """
    data = _frame(frame)
    source = _label(data, column, "column")
    label = _default_label(data) if name is None else _label(data, name, "name")
    bands = _predikat.bands(edge_rule)
    rated = data[~data[source].map(_missing)]
    values = _values(rated, source)
    labels = _row_labels(rated, label)
    top = _top(cast("list[Decimal]", values))
    fig = _figure(9, 1.4 + 0.45 * len(labels))
    ax = fig.add_subplot()
    for band, colour in zip(bands, _BAND_COLOURS, strict=True):
        lower = 0.0 if band.lower is None else float(band.lower)
        upper = top if band.upper is None else float(band.upper)
        ax.axvspan(lower, upper, color=colour, alpha=0.35, label=band.level.label, lw=0)
    _bars(ax, labels, cast("list[Decimal]", values), top)
    ax.set_xlabel("capaian (%)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", title="predikat")
    return fig


def plot_penyerapan(
    tree: pd.DataFrame,
    *,
    level: str | None = "program",
    name: str | None = None,
    column: str = "penyerapan",
) -> Figure:
    """Bar chart of penyerapan per row, in the frame's order: one level of a `rollup`.

    With *level* (default ``program``) only the rows of that level of a `rollup` result
    are drawn; ``level=None`` draws every row (a frame of `penyerapan`, or one sorted to
    rank pemda). Each bar is labelled with its index (the code) and name (the *name*
    column, by default ``name``) and its own value in the ``id_ID`` style; a line marks
    100 %. Rows without penyerapan (pagu 0) are left out.
    Floats are used for drawing only.

    Returns:
        A matplotlib ``Figure`` (``fig.savefig`` writes PNG or SVG).

    Examples:
        >>> import pandas as pd
        >>> lines = pd.read_csv("examples/tabel-iii-11.csv", dtype=str)
        >>> tree = rollup(lines, kode="kode_ilustratif", name={"program": "program"})
        >>> fig = plot_penyerapan(tree)
        >>> [t.get_text() for t in fig.axes[0].texts][:2]
        ['88,37%', '70,48%']
        >>> fig.axes[0].get_yticklabels()[0].get_text()
        '8.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KA…'
    """
    data = _frame(tree, "tree")
    source = _label(data, column, "column")
    if level is not None:
        _choice(level, LEVELS, "level")
        data = data[data[_label(data, "level", "level")] == level]
    label = _default_label(data) if name is None else _label(data, name, "name")
    rows = data[~data[source].map(_missing)]
    values = cast("list[Decimal]", _values(rows, source))
    if label is not None and not isinstance(rows.index, pd.RangeIndex):
        index = [" · ".join(map(str, k)) if isinstance(k, tuple) else str(k) for k in rows.index]
        texts = rows[label].to_numpy(dtype=object)
        labels = [
            _short(k if _missing(t) else f"{k} {t}") for k, t in zip(index, texts, strict=True)
        ]
    else:
        labels = _row_labels(rows, label)
    top = _top(values)
    fig = _figure(9, 1.4 + 0.45 * len(labels))
    ax = fig.add_subplot()
    _bars(ax, labels, values, top)
    ax.axvline(100, color="black", linewidth=0.8)
    ax.set_xlabel("penyerapan (%)")
    return fig


# ---------------------------------------------------------------- the accessor


class AkipAccessor:
    """``df.akip``: the functions of `akip.frame` as methods of a DataFrame.

    Registered on `pandas.DataFrame` when `akip.frame` is imported. Each method is the
    function of the same name with the frame filled in, and follows the same convention
    (the input with new columns; the input never changed).

    Examples:
        >>> import pandas as pd
        >>> iku = pd.DataFrame({"target": [90], "realisasi": [94]})
        >>> iku.akip.capaian().akip.predikat()["predikat"].tolist()
        ['Sangat Tinggi']
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def capaian(self, **options: Any) -> pd.DataFrame:
        """`capaian` of this frame."""
        return capaian(self._frame, **options)

    def predikat(self, **options: Any) -> pd.DataFrame:
        """`predikat` of this frame."""
        return predikat(self._frame, **options)

    def atribut(self, **options: Any) -> pd.DataFrame:
        """`atribut` of this frame."""
        return atribut(self._frame, **options)

    def kinerja(self, **options: Any) -> pd.DataFrame:
        """`kinerja` of this frame."""
        return kinerja(self._frame, **options)

    def penyerapan(self, **options: Any) -> pd.DataFrame:
        """`penyerapan` of this frame."""
        return penyerapan(self._frame, **options)

    def partial(self, **options: Any) -> pd.DataFrame:
        """`partial` of this frame."""
        return partial(self._frame, **options)

    def rollup(self, **options: Any) -> pd.DataFrame:
        """`rollup` of this frame."""
        return rollup(self._frame, **options)

    def show(self, places: int = 2) -> Table:
        """`show` this frame."""
        return show(self._frame, places)

    def plot_capaian(self, **options: Any) -> Figure:
        """`plot_capaian` of this frame."""
        return plot_capaian(self._frame, **options)

    def plot_penyerapan(self, **options: Any) -> Figure:
        """`plot_penyerapan` of this frame."""
        return plot_penyerapan(self._frame, **options)


if not hasattr(pd.DataFrame, "akip"):  # imported twice (a reload): registered once
    pd.api.extensions.register_dataframe_accessor("akip")(AkipAccessor)
use_display()
