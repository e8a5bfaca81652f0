"""Private attrs validators that raise akip's own errors (never a bare TypeError)."""

from __future__ import annotations

from typing import Any

from akip.exceptions import InvalidValue


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
