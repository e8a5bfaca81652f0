"""Private attrs validators that raise akip's own errors (never a bare TypeError)."""

from __future__ import annotations

import collections.abc
import datetime as dt
import functools
import re
import reprlib
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, NoReturn, TypeGuard, TypeVar

import attrs

from akip.exceptions import InvalidValue

EXPONENT_LIMIT = 1000  # akip._decimal.EXPONENT_LIMIT (that module imports this one's errors)

T = TypeVar("T")

MAX_REPR = 80
"""The most characters of a value an error message shows."""


_INT_BITS = 256


class _Bounded(reprlib.Repr):
    """`reprlib.Repr` that never calls ``repr`` on a huge int (Python refuses > 4300 digits)."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = MAX_REPR
        self.maxother = MAX_REPR
        self.maxlong = MAX_REPR

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > _INT_BITS:
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
    except Exception:  # noqa: BLE001  # pragma: no cover - reprlib catches most failures itself
        text = f"<{type(value).__name__} object>"
    if len(text) > MAX_REPR:
        text = text[: MAX_REPR - 3] + "..."
    return text


MAX_KEY = 60
"""The longest key of a file an error's path shows as written (a longer one: `shown`)."""


def key_name(name: object) -> str:
    """A key of a file as a path part: as written, or a bounded repr when long or odd."""
    if isinstance(name, str) and len(name) <= MAX_KEY and name.isprintable():
        return name
    return shown(name)


def tuple_of(*kinds: type) -> Any:
    """An attrs validator: the field is a tuple whose items are instances of *kinds*."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kinds) for v in value):
            names = " or ".join(k.__name__ for k in kinds)
            msg = f"{shown(attribute.name)} must be a tuple of {names}: {shown(value)}"
            raise InvalidValue(msg)

    return check


def _text(_: object, attribute: Any, value: object) -> None:
    if not isinstance(value, str):
        msg = f"{shown(attribute.name)} must be text: {shown(value)}"
        raise InvalidValue(msg)


text: Any = _text
"""An attrs validator: the field is a string."""


def items_of(values: object, kind: type[T], field: str) -> list[T]:
    """Return *values* as a list, refusing a non-sequence or an item that is not a *kind*.

    Raises:
        InvalidValue: naming *field* and the offending value.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        msg = f"{shown(field)} must be a sequence of {kind.__name__}: {shown(values)}"
        raise InvalidValue(msg)
    listed: list[T] = []
    for value in values:
        if not isinstance(value, kind):
            got = type(value).__name__
            msg = f"{shown(field)} must hold {kind.__name__} values, not {got}: {shown(value)}"
            raise InvalidValue(msg)
        listed.append(value)
    return listed


# ---------------------------------------------------------------- typed fields

_SURROGATE = re.compile("[\ud800-\udfff]")
_RESULT_EXPONENT = 4 * EXPONENT_LIMIT
"""A computed value (a quotient of two inputs, a product) stays within 10^±4000."""

_Check = Callable[[object], bool]
_BITS = 64  # an int field of a value type (a year, a count, an index) fits 64 bits


def clean_text(value: object) -> TypeGuard[str]:
    """Whether *value* is a ``str`` with a UTF-8 form (no lone surrogate)."""
    return isinstance(value, str) and (value.isascii() or _SURROGATE.search(value) is None)


def _finite(value: object) -> bool:
    return (
        isinstance(value, Decimal)
        and value.is_finite()
        and abs(value.adjusted()) <= _RESULT_EXPONENT
    )


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value.bit_length() <= _BITS


def _date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _any(_: object) -> bool:
    return True


def _checker(hint: object) -> _Check:  # noqa: C901, PLR0911, PLR0912 - a branch per kind of type
    """A predicate for values of the type *hint*."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint in (Any, object) or isinstance(hint, TypeVar):
        return _any
    if hint is type(None):
        return lambda v: v is None
    if origin in (types.UnionType, typing.Union):
        return _union(args)
    if hint is Decimal:
        return _finite
    if hint is str:
        return clean_text
    if hint is bool:
        return lambda v: isinstance(v, bool)
    if hint is int:
        return _integer
    if hint is dt.date:
        return _date
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004 - tuple[X, ...]
            item = _checker(args[0])
            return lambda v: isinstance(v, tuple) and all(item(i) for i in v)
        items = [_checker(a) for a in args]
        return lambda v: (
            isinstance(v, tuple)
            and len(v) == len(items)
            and all(c(i) for c, i in zip(items, v, strict=True))
        )
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        key, value = (_checker(a) for a in args) if args else (_any, _any)
        return lambda v: isinstance(v, origin) and all(key(k) and value(x) for k, x in v.items())
    if origin is not None and isinstance(origin, type):
        return lambda v: isinstance(v, origin)
    if isinstance(hint, type):
        return lambda v: isinstance(v, hint)
    return _any  # pragma: no cover - a typing form akip's value types do not use


def _exact_decimal(value: object) -> bool:
    """A field annotated ``Decimal`` holds a `Decimal` itself, no subclass of it."""
    return value.__class__ is Decimal and _finite(value)


def _field_checker(hint: object) -> _Check:
    """The predicate of a field annotated *hint* (`_checker`, a ``Decimal`` field exactly)."""
    if hint is Decimal:
        return _exact_decimal
    if hint == Decimal | None:
        return lambda v: v is None or _exact_decimal(v)
    return _checker(hint)


def _union(args: tuple[object, ...]) -> _Check:
    """A predicate for ``A | B | …``, specialised for the common ``X | None``."""
    optional = type(None) in args
    rest = [a for a in args if a is not type(None)]
    plain = all(isinstance(a, type) and a not in (Decimal, str, int, bool, dt.date) for a in rest)
    if plain:  # classes only: one isinstance call
        kinds = tuple(typing.cast("type", a) for a in rest)
        if optional:
            return lambda v: v is None or isinstance(v, kinds)
        return lambda v: isinstance(v, kinds)
    checks = [_checker(a) for a in rest]
    if len(checks) == 1:
        (only,) = checks
        if optional:
            return lambda v: v is None or only(v)
        return only  # pragma: no cover - a union of one type is that type
    if optional:
        return lambda v: v is None or any(c(v) for c in checks)
    return lambda v: any(c(v) for c in checks)


_NAMESPACE: dict[str, Any] = {}
"""What an annotation may name besides its module's globals (built on first use)."""

_RESOLVED: dict[tuple[str, str], tuple[_Check, object]] = {}
"""``(module, annotation text)`` → its predicate and type: a module's classes repeat them."""

COMPILE_AFTER = 64
"""Instances a `typed` class checks field by field before it compiles its initialiser.

Compiling costs about as much as checking a few hundred instances by the generic loop, and
most value types of a report have fewer: they never pay for it (start-up time, issue 14).
"""


def _checks(cls: type) -> list[tuple[str, str, _Check, object]]:
    """``(field, annotation text, predicate, annotation)`` of each checked field of *cls*."""
    module = sys.modules[cls.__module__]
    if not _NAMESPACE:
        _NAMESPACE.update({**vars(typing), **vars(collections.abc), "dt": dt, "date": dt.date})
        _NAMESPACE["Decimal"] = Decimal
    checks = []
    for field in attrs.fields(cls):
        if isinstance(field.type, str):
            key = (module.__name__, field.type)
            resolved = _RESOLVED.get(key)
            if resolved is None:
                try:
                    # The module's own names first, then typing's and collections.abc's.
                    hint = eval(field.type, _NAMESPACE, vars(module))  # noqa: S307 - akip's own
                except NameError:  # pragma: no cover - a name only imported for type checking
                    hint = object
                resolved = _RESOLVED[key] = (_field_checker(hint), hint)
        else:  # an annotation given as a type (no ``from __future__ import annotations``)
            resolved = (_field_checker(field.type), field.type)
        check, annotation = resolved
        if check is not _any:  # a field typed ``object`` is checked by its own converter
            checks.append((field.name, str(field.type), check, annotation))
    return checks


def _fail(self: object, name: str, hint: str, value: object) -> NoReturn:
    msg = f"{type(self).__name__}: {name!r} must be {hint}: {shown(value)}"
    raise InvalidValue(msg)


def _inline(hint: object, index: int) -> str:
    """A fast test of ``v`` for the most common annotations, then the call of ``c<index>``.

    Each fast test only accepts what the predicate ``c<index>`` accepts; whatever it does not
    accept is left to the predicate, so the compiled initialiser accepts exactly what the
    loop of `typed` does.
    """
    bounds = f"-{_RESULT_EXPONENT} <= v.adjusted() <= {_RESULT_EXPONENT}"
    # An ASCII str has no surrogate: the regular expression runs only on other text.
    text = f"((v.__class__ is str and v.isascii()) or c{index}(v))"
    integer = f"((v.__class__ is int and v.bit_length() <= {_BITS}) or c{index}(v))"
    decimal = f"((v.__class__ is Decimal and v.is_finite() and {bounds}) or c{index}(v))"
    inline: dict[object, str] = {
        Decimal: decimal,
        Decimal | None: f"v is None or {decimal}",
        str: text,
        str | None: f"v is None or {text}",
        int: integer,
        int | None: f"v is None or {integer}",
        bool: "v is True or v is False",
    }
    try:
        return inline.get(hint, f"c{index}(v)")
    except TypeError:  # an annotation that cannot be hashed
        return f"c{index}(v)"


def _compile(
    init: Callable[..., None], checks: list[tuple[str, str, _Check, object]]
) -> Callable[..., None]:
    """An initialiser: attrs' own *init*, then one test per checked field, inlined."""
    namespace: dict[str, Any] = {"init": init, "Decimal": Decimal, "fail": _fail}
    body = ["def __init__(self, *args, **kwargs):", "    init(self, *args, **kwargs)"]
    for index, (name, hint, check, annotation) in enumerate(checks):
        namespace[f"c{index}"] = check
        namespace[f"h{index}"] = hint
        body.append(f"    v = self.{name}")
        body.append(
            f"    if not ({_inline(annotation, index)}): fail(self, {name!r}, h{index}, v)"
        )
    exec("\n".join(body), namespace)  # noqa: S102 - code built from akip's own annotations
    compiled: Callable[..., None] = namespace["__init__"]
    return functools.wraps(init)(compiled)


def typed(cls: type[T]) -> type[T]:
    """Class decorator for an attrs value type: every field is checked against its annotation.

    Applied on top of ``@attrs.frozen``: after ``__init__`` each field must match its
    annotation — a ``Decimal`` is finite and within 10^±4000, an ``int`` is no ``bool`` and
    fits 64 bits, a ``str`` has no lone surrogate, a ``date`` is no ``datetime``, tuples and
    mappings hold what they say, ``X | None`` allows ``None``. Value types that akip builds as
    results get the same guarantee as the inputs: no instance holds junk.

    The decorator itself does no work (start-up time): the annotations are read when the
    first instance is made, the first `COMPILE_AFTER` instances are checked field by field,
    and from then on an initialiser compiled for the class checks them with the common tests
    inlined. Both accept exactly the same values (tested).

    Raises:
        InvalidValue: naming the class, the field, its type and a bounded repr of the value.
    """
    init = cls.__init__
    # The checks of *cls* (read on first use), the instances made, the compiled initialiser.
    state: list[Any] = [None, 0, None]

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807 - the initialiser
        kind = type(self)
        if kind is not cls:  # a subclass of a typed class: checked by its own fields
            init(self, *args, **kwargs)
            _check_all(self, _checks(kind))
            return
        if state[2] is not None:  # called through a reference taken before it compiled
            state[2](self, *args, **kwargs)
            return
        if state[0] is None:
            state[0] = _checks(cls)
        init(self, *args, **kwargs)
        _check_all(self, state[0])
        state[1] += 1
        if state[1] >= COMPILE_AFTER:
            compiled = _compile(init, state[0])
            state[2] = compiled
            cls.__init__ = compiled  # type: ignore[method-assign]

    cls.__init__ = __init__  # type: ignore[method-assign]
    return cls


def _check_all(self: object, checks: list[tuple[str, str, _Check, object]]) -> None:
    for name, hint, check, _ in checks:
        value = getattr(self, name)
        if not check(value):
            _fail(self, name, hint, value)
