"""Arguments and cells of the DataFrame functions (shared private helpers of `akip.frame`).

What every function of `akip.frame` does first and last: check its arguments (a
DataFrame, column names that name exactly one column, the options a scalar rule takes),
read a column's cells as exact `decimal.Decimal` values (a float by its shortest repr,
`akip.numbers.to_decimal`), name a bad cell by its row and column, and add the result
columns to a shallow copy of the input (the `pandas.DataFrame.assign` rule).

References:
    - akip rules §0 (exact numbers: no float enters the arithmetic).
"""

from __future__ import annotations

import functools
import inspect
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa

from akip._validators import shown
from akip.exceptions import AkipError, InvalidNumber, InvalidValue
from akip.numbers import to_decimal

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Mapping
    from decimal import Decimal


_TEXT: Final = "string"  # the pandas dtype of text results: missing is pd.NA


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
