"""Private attrs validators that raise akip's own errors (never a bare TypeError)."""

from __future__ import annotations

import reprlib
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from akip.exceptions import InvalidValue

T = TypeVar("T")

MAX_REPR = 80
"""The most characters of a value an error message shows."""


class _Bounded(reprlib.Repr):
    """`reprlib.Repr` that never calls ``repr`` on a huge int (Python refuses > 4300 digits)."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = MAX_REPR
        self.maxother = MAX_REPR
        self.maxlong = MAX_REPR

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 256:
            # About 0.30103 decimal digits per bit: the size, not the digits.
            return f"<int of about {int(x.bit_length() * 0.30103) + 1} digits>"
        return super().repr_int(x, level)

    def repr_Decimal(self, x: Decimal, level: int) -> str:  # noqa: N802 - reprlib's naming
        return self.repr_instance(x, level)


_BOUNDED = _Bounded()


def shown(value: object) -> str:
    """A repr of *value* of at most `MAX_REPR` characters, for error messages.

    Never raises: a > 4300-digit int is described by its size, a huge container or string
    is cut, and an object whose ``repr`` fails is described by its type.
    """
    try:
        text = _BOUNDED.repr(value)
    except Exception:  # noqa: BLE001 - an object's own __repr__ may raise anything
        text = f"<{type(value).__name__} object>"
    if len(text) > MAX_REPR:
        text = text[: MAX_REPR - 3] + "..."
    return text


def tuple_of(*kinds: type) -> Any:
    """An attrs validator: the field is a tuple whose items are instances of *kinds*."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kinds) for v in value):
            names = " or ".join(k.__name__ for k in kinds)
            msg = f"{attribute.name!r} must be a tuple of {names}: {shown(value)}"
            raise InvalidValue(msg)

    return check


def _text(_: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str):
        msg = f"{attribute.name!r} must be text: {shown(value)}"
        raise InvalidValue(msg)


text: Any = _text
"""An attrs validator: the field is a string."""


def items_of(values: object, kind: type[T], field: str) -> list[T]:
    """Return *values* as a list, refusing a non-sequence or an item that is not a *kind*.

    Raises:
        InvalidValue: naming *field* and the offending value.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        msg = f"{field!r} must be a sequence of {kind.__name__}: {shown(values)}"
        raise InvalidValue(msg)
    listed: list[T] = []
    for value in values:
        if not isinstance(value, kind):
            got = type(value).__name__
            msg = f"{field!r} must hold {kind.__name__} values, not {got}: {shown(value)}"
            raise InvalidValue(msg)
        listed.append(value)
    return listed
