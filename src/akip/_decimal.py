"""Private exact-arithmetic helpers shared by every rule module.

All arithmetic in akip runs in [`CONTEXT`][akip._decimal.CONTEXT]: 60 significant digits,
with `DivisionByZero`, `InvalidOperation` and `Overflow` trapped, so a quotient is correct
to 60 digits. Sums of amounts (`total`) and rounding (`quantize`) take more digits when a
value needs them, so they stay exact. Rounding for
display is a separate public step ([`akip.numbers.round_half_up`][akip.numbers.round_half_up]).
"""

from __future__ import annotations

import contextvars
import decimal
import functools
from decimal import Decimal
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from akip._validators import shown
from akip.exceptions import InvalidValue

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

P = ParamSpec("P")
R = TypeVar("R")

CONTEXT = decimal.Context(
    prec=60,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    traps=[decimal.DivisionByZero, decimal.InvalidOperation, decimal.Overflow],
)
"""The decimal context every akip computation runs in."""


def in_context(function: Callable[P, R]) -> Callable[P, R]:
    """Run *function* in akip's own decimal context, whatever the caller's context says.

    A decorator for public entry points: inside, bare operators (``-x``, ``a - b``,
    ``a * b``, comparisons) run with akip's precision, rounding, traps and exponent limits,
    so a caller's ``decimal.getcontext().prec = 5`` (or ``ROUND_FLOOR``, or cleared traps)
    changes no result. The caller's context is restored on return, with its flags
    untouched.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if decimal.getcontext() is _ENTERED.get():
            # Called from inside another entry point: the context is akip's already (akip
            # changes no context in place), so it is not copied and set again.
            return function(*args, **kwargs)
        with decimal.localcontext(CONTEXT) as ctx:
            token = _ENTERED.set(ctx)
            try:
                return function(*args, **kwargs)
            finally:
                _ENTERED.reset(token)

    return wrapper


#: The context the outermost entry point (`in_context`) runs in, in this thread or task.
_ENTERED: contextvars.ContextVar[decimal.Context | None] = contextvars.ContextVar(
    "akip_decimal_context", default=None
)


EXPONENT_LIMIT = 1000
"""Numbers akip takes are between 10^-1000 and 10^1000 in size (`akip.numbers.to_decimal`):
no report prints anything near, and within it no computation can overflow or underflow."""

HUNDRED = Decimal(100)
ONE = Decimal(1)
ZERO = Decimal(0)


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent form: 87.500 → 87.5, 1E+2 → 100.

    The value is unchanged; only its representation is.
    """
    normal = value.normalize(CONTEXT)
    # Only an integer can come out of normalize() in exponent form (1E+2); a value below 1
    # in magnitude never does. ``as_tuple`` would tell too, but costs a tuple of 60 digits.
    # An integer of more than 60 digits stays in exponent form.
    if 0 <= normal.adjusted() < CONTEXT.prec and normal == normal.to_integral_value():
        return Decimal(int(normal))
    return normal


def quotient(numerator: Decimal, denominator: Decimal) -> Decimal:
    """Return ``numerator / denominator`` in akip's context (caller checks the zero case)."""
    return tidy(CONTEXT.divide(numerator, denominator))


def percent(numerator: Decimal, denominator: Decimal) -> Decimal:
    """Return ``numerator / denominator × 100`` in akip's context.

    The numerator is scaled first: ``100·n`` is exact, and rounding ``100·n/d`` to 60
    significant digits gives the same value as 100 × (``n/d`` rounded to 60 digits), since
    a power of ten only moves the exponent.
    """
    return tidy(CONTEXT.divide(CONTEXT.multiply(numerator, HUNDRED), denominator))


def total(values: Iterable[Decimal], *, field: str = "values", exact: bool = True) -> Decimal:
    """Return the sum of ``values`` (0 for none).

    With ``exact=True`` (amounts, counts: what a report adds up) the sum is exact: when 60
    significant digits are not enough (a figure of 70 digits), it is taken again with as
    many digits as the values span. With ``exact=False`` (sums of computed quotients such
    as capaian, whose digits never end) the sum is rounded to akip's 60 digits like any
    other computed value.

    Raises:
        InvalidValue: with ``exact=True``, if the exact sum would need more than
            ``MAX_SUM_DIGITS`` digits (values spanning 10^-50000 to 10^50000).
    """
    items = values if isinstance(values, list | tuple) else list(values)
    ctx = CONTEXT.copy()
    ctx.traps[decimal.Inexact] = exact
    try:
        return _add(items, ctx)
    except decimal.Inexact:
        pass
    # The exact sum needs the digits from the largest value's first to the smallest
    # exponent, and a few more for the carries.
    top = max(value.adjusted() for value in items if value)
    bottom = min(_exponent(value) for value in items)
    ctx.prec = top - bottom + len(str(len(items))) + 2
    if ctx.prec > MAX_SUM_DIGITS:
        msg = f"{shown(field)} cannot be summed exactly within {MAX_SUM_DIGITS} digits"
        raise InvalidValue(msg)
    return _add(items, ctx)


MAX_SUM_DIGITS = 100_000
"""The most digits an exact sum may take."""


def _add(items: Iterable[Decimal], ctx: decimal.Context) -> Decimal:
    result = ZERO
    for value in items:
        result = ctx.add(result, value)
    return result


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def places_of(value: Decimal) -> int:
    """The decimals *value* is written with: ``Decimal("92.384")`` → 3, ``1E+2`` → 0.

    >>> places_of(Decimal("92.384")), places_of(Decimal("1E+2")), places_of(Decimal("104"))
    (3, 0, 0)
    """
    return max(0, -_exponent(value))


MAX_PLACES = 100
"""The most decimals (or, negative, tens) a value is rounded to."""


def quantize(value: Decimal, places: int, rounding: str) -> Decimal:
    """Round *value* to *places* decimals with *rounding*, for any finite value.

    The precision grows with the value, so a 70-digit amount is rounded, never refused
    with ``InvalidOperation`` the way a 60-digit context would (the caller checks that
    *places* is an int within ``±MAX_PLACES``; values are within ``10^±EXPONENT_LIMIT``,
    so a few thousand digits at most).
    """
    prec = max(CONTEXT.prec, value.adjusted() + places + 2)
    ctx = _ROUNDING.get(prec)
    if ctx is None:
        ctx = CONTEXT.copy()
        ctx.prec = prec
        if len(_ROUNDING) < _ROUNDING_CONTEXTS:
            _ROUNDING[prec] = ctx
    quantum = _QUANTA.get(places)
    if quantum is None:
        quantum = _QUANTA[places] = ONE.scaleb(-places, ctx)
    return value.quantize(quantum, rounding=rounding, context=ctx)


# A rounding needs a context of enough digits: akip's own, with a precision that depends on
# the value's size. One per precision is kept (their flags are never read; their traps are
# akip's, and the rounding is given with each call), and one quantum 10^-places per places.
_ROUNDING: dict[int, decimal.Context] = {}
_ROUNDING_CONTEXTS = 64
_QUANTA: dict[int, Decimal] = {}
