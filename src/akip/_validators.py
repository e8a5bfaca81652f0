"""Private attrs validators that raise akip's own errors (never a bare TypeError)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from akip.exceptions import InvalidValue

T = TypeVar("T")


def tuple_of(*kinds: type) -> Any:
    """An attrs validator: the field is a tuple whose items are instances of *kinds*."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kinds) for v in value):
            names = " or ".join(k.__name__ for k in kinds)
            msg = f"{attribute.name!r} must be a tuple of {names}: {value!r}"
            raise InvalidValue(msg)

    return check


def _text(_: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str):
        msg = f"{attribute.name!r} must be text: {value!r}"
        raise InvalidValue(msg)


text: Any = _text
"""An attrs validator: the field is a string."""


def items_of(values: object, kind: type[T], field: str) -> list[T]:
    """Return *values* as a list, refusing a non-sequence or an item that is not a *kind*.

    Raises:
        InvalidValue: naming *field* and the offending value.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        msg = f"{field!r} must be a sequence of {kind.__name__}: {values!r}"
        raise InvalidValue(msg)
    listed: list[T] = []
    for value in values:
        if not isinstance(value, kind):
            got = type(value).__name__
            msg = f"{field!r} must hold {kind.__name__} values, not {got}: {value!r}"
            raise InvalidValue(msg)
        listed.append(value)
    return listed
