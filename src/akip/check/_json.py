r"""The layout of ``json.dumps(value, ensure_ascii=False, indent=n)``, written faster.

With an ``indent``, the standard library writes JSON in pure Python (its C encoder writes
only the one-line form): `dumps` writes the same text, each string by the C encoder
(`json.encoder.encode_basestring`) and each flat mapping in one expression. It takes what
`akip.check.text` gives (mappings with string keys, lists, strings, integers, ``True``,
``False``, ``None``) and leaves anything else (a float, a key of another type) to
`json.dumps` itself, so that the text is always the standard library's.

Examples:
    >>> value = {"a": [1, True, None, "é\n"], "b": {}, "c": [], "d": {"e": -2}}
    >>> dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
    True
    >>> print(dumps({"x": [1, {"y": "z"}]}))
    {
      "x": [
        1,
        {
          "y": "z"
        }
      ]
    }
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from akip._i18n import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["Unusual", "dumps", "flat", "write"]


def dumps(value: object, indent: int = 2) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``."""
    out: list[str] = []
    try:
        write(value, "\n", " " * indent, out)
    except Unusual:
        return json.dumps(value, ensure_ascii=False, indent=indent)
    return "".join(out)


class Unusual(Exception):
    """A value `write` does not write itself (a float, a key that is not a string, …)."""


#: The JSON of a string, as `json.dumps` writes it with ``ensure_ascii=False`` (C, if built).
_STRING: Final = json.encoder.encode_basestring


def _null(_value: object) -> str:
    return "null"


def _bool(value: object) -> str:
    return "true" if value else "false"


#: How `json.dumps` writes a value of each of these exact types.
_SCALAR: Final[dict[type, Callable[[Any], str]]] = {
    str: _STRING,
    Message: _STRING,
    type(None): _null,
    bool: _bool,
    int: int.__repr__,
}


def write(value: object, newline: str, step: str, out: list[str]) -> None:
    """Append the JSON of *value* to *out*, laid out as ``json.dumps(indent=…)`` lays it.

    *newline* is the line break and indentation of the line *value* is on. The checks are
    those of the standard library's `json.encoder`, in its order: a string (of any
    subclass) as a string, then ``None``, ``True``, ``False``, an integer (of any subclass,
    as `int` writes it), a list or tuple, a dict; anything else is `Unusual`.

    Raises:
        Unusual: for a value (or key) of another type.
    """
    if isinstance(value, str):
        out.append(_STRING(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, list | tuple):
        _list(value, newline, step, out)
    elif isinstance(value, dict):
        _dict(value, newline, step, out)
    else:
        raise Unusual


def _list(
    value: list[object] | tuple[object, ...], newline: str, step: str, out: list[str]
) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + step
    out.append("[")
    first = True
    for item in value:
        out.append(inner if first else "," + inner)
        first = False
        write(item, inner, step, out)
    out.append(newline + "]")


def _dict(value: dict[object, object], newline: str, step: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + step
    try:
        # The common case: string keys, values of the exact scalar types, in one expression.
        out.append(
            "{"
            + inner
            + ("," + inner).join(
                [_STRING(k) + ": " + _SCALAR[v.__class__](v) for k, v in value.items()]  # type: ignore[arg-type]
            )
            + newline
            + "}"
        )
    except (KeyError, TypeError):
        out.append("{")
        first = True
        for key, item in value.items():
            if not isinstance(key, str):
                raise Unusual from None
            out.append(inner if first else "," + inner)
            first = False
            out.append(_STRING(key) + ": ")
            write(item, inner, step, out)
        out.append(newline + "}")


def flat(keys: Sequence[str], newline: str, step: str) -> Callable[[Sequence[object]], str | None]:
    r"""A writer of one kind of flat mapping: its *keys*, in order, on the line *newline*.

    The writer takes the values, in the order of *keys*, and gives the text `write` gives
    for the mapping when every value is a string, ``None``, a boolean or an integer of
    exactly that type; ``None`` for any other value (which `write` then writes).

    >>> writer = flat(["a", "b"], "\n", "  ")
    >>> writer(["x", None]) == dumps({"a": "x", "b": None})
    True
    >>> writer([1.5, None]) is None
    True
    """
    inner = newline + step
    heads = ["{" + inner + _STRING(keys[0]) + ": "]
    heads += ["," + inner + _STRING(key) + ": " for key in keys[1:]]
    close = newline + "}"
    scalar = _SCALAR
    count = len(heads)
    # The layout as one %-template, the values written into it in one step (a key's JSON
    # may hold a "%": doubled, it is written as itself).
    layout = "".join(head.replace("%", "%%") + "%s" for head in heads) + close.replace("%", "%%")

    def written(values: Sequence[object]) -> str | None:
        if len(values) != count:
            msg = f"{len(values)} values for {count} keys"
            raise ValueError(msg)
        try:
            return layout % tuple([scalar[v.__class__](v) for v in values])
        except KeyError:
            return None

    return written
