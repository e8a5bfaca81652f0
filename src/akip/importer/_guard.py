"""Private argument checks of `akip.importer`: each refuses junk with a `SourceError`.

Every message names the parameter and shows the value bounded (`akip._validators.shown`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from akip._validators import clean_text, shown
from akip.exceptions import SourceError

if TYPE_CHECKING:
    from akip.importer.tables import RawTable

T = TypeVar("T")

_YEARS = range(1900, 2201)
"""A report year akip can read (as `akip.periode.TahunAnggaran`'s bounds, with room)."""


def fail(name: str, wanted: str, value: object) -> NoReturn:
    """Raise a `SourceError` naming *name*, what it must be, and the value bounded."""
    msg = f"{shown(name)} must be {wanted}: {shown(value)}"
    raise SourceError(msg)


def text(value: object, name: str) -> str:
    """*value*, a ``str`` with a UTF-8 form (no lone surrogate)."""
    if not clean_text(value):
        fail(name, "text with a UTF-8 form", value)
    return value


def optional_text(value: object, name: str) -> str | None:
    """*value*, ``None`` or text with a UTF-8 form."""
    return None if value is None else text(value, name)


def year(value: object, name: str = "year") -> int | None:
    """*value*, ``None`` or a year from 1900 to 2200 (an ``int``, not a ``bool``)."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value not in _YEARS:
        fail(name, "None or a year from 1900 to 2200", value)
    return value


def path(value: object, name: str = "path") -> str:
    """*value* as a file name: a ``str`` or path-like, with a UTF-8 form and no NUL."""
    if not isinstance(value, str | os.PathLike):
        fail(name, "a file name (str or path)", value)
    try:
        result = os.fspath(value)
    except TypeError:  # a PathLike whose __fspath__ returns junk
        fail(name, "a file name (str or path)", value)
    if not clean_text(result) or "\0" in result or not result:
        fail(name, "a non-empty file name with a UTF-8 form and no NUL", value)
    return result


def instance(value: object, kind: type[T], name: str) -> T:
    """*value*, an instance of *kind*."""
    if not isinstance(value, kind):
        fail(name, f"a {kind.__name__}", value)
    return value


def texts(values: object, name: str) -> list[str]:
    """*values*, an iterable (not text, not a mapping) of clean texts, as a list."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        fail(name, "a sequence of text", values)
    listed = list(values)
    for item in listed:
        text(item, f"{name} item")
    return listed


def raws(values: object, name: str = "raws") -> list[RawTable]:
    """*values*, a list or tuple of `RawTable`, as a list."""
    from akip.importer.tables import RawTable  # noqa: PLC0415 - tables imports this module

    if not isinstance(values, list | tuple):
        fail(name, "a list of RawTable", values)
    for item in values:
        instance(item, RawTable, f"{name} item")
    return list(values)


def mapping(value: object, name: str) -> Mapping[str, Any]:
    """*value*, a mapping whose keys are clean texts."""
    if not isinstance(value, Mapping):
        fail(name, "a mapping", value)
    for key in value:
        text(key, f"{name} key")
    return value
