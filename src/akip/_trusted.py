"""Private constructors of value types for akip's own hot paths, without re-validation.

A value type's initialiser (``@typed``) checks every field against its annotation, so that
no instance holds junk. Where akip itself builds millions of instances from values it has
already checked — the figures of a loaded report (the schema typed their text, the number
reader their value), the consensus of a quantity, the verdict on a figure — that check
is repeated work: a check of a report of 10^5 budget lines spent a large part of its time
in it. `maker` gives a constructor that sets the fields directly, as attrs' own
initialiser does, in field order, every field given.

Only for values akip has checked: anything from a caller goes through the type itself.

Examples:
    >>> import attrs
    >>> @attrs.frozen
    ... class Pair:
    ...     left: int
    ...     right: int = 0
    >>> maker(Pair)(1, 2) == Pair(1, 2)
    True
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

_SAFE_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def maker(cls: type[T]) -> Callable[..., T]:
    """A constructor of the frozen attrs class *cls* taking every field, in order.

    The class must have no converters, validators or ``__attrs_post_init__`` of its own
    (akip's value types check their fields with ``@typed`` instead); its instances are
    equal to the ones its initialiser builds from the same values.

    Raises:
        TypeError: if *cls* is not an attrs class, or one with a post-init hook,
            converters or validators.
    """
    if not attrs.has(cls) or hasattr(cls, "__attrs_post_init__"):
        msg = f"not a plain attrs class: {cls!r}"
        raise TypeError(msg)
    fields = attrs.fields(cls)
    if any(f.converter is not None or f.validator is not None for f in fields):
        msg = f"{cls.__name__} converts or validates a field: use its initialiser"
        raise TypeError(msg)
    names = [f.name for f in fields]
    assert all(set(n) <= _SAFE_NAME for n in names)  # noqa: S101 - identifiers of a class
    namespace: dict[str, Any] = {"new": object.__new__, "setattr_": object.__setattr__, "cls": cls}
    body = [f"def make({', '.join(names)}):", "    obj = new(cls)"]
    for index, name in enumerate(names):
        slot = cls.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            # A slot of the class itself: its descriptor sets it directly, about a third
            # faster than object.__setattr__, which looks the name up first.
            namespace[f"set{index}"] = slot.__set__
            body.append(f"    set{index}(obj, {name})")
        else:  # a slot of a base class, or an instance dict
            body.append(f"    setattr_(obj, {name!r}, {name})")
    body.append("    return obj")
    exec("\n".join(body), namespace)  # noqa: S102 - code built from a class's field names
    make: Callable[..., T] = namespace["make"]
    make.__doc__ = f"A {cls.__name__} of checked values, every field given in order."
    return make
