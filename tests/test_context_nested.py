"""An entry point called from inside another runs in the outer one's context (akip's).

`akip._decimal.in_context` copies and sets akip's context once, at the outermost entry
point: the entry points it calls reuse that context, and the caller's is never read.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from akip._decimal import CONTEXT, in_context


@in_context
def _current() -> decimal.Context:
    return decimal.getcontext()


@in_context
def _outer() -> tuple[decimal.Context, decimal.Context]:
    return decimal.getcontext(), _current()


def test_nested_entry_points_share_the_outer_context():
    """The inner entry point sees the very context the outer one set: akip's."""
    outer, inner = _outer()
    assert outer is inner
    assert (CONTEXT.prec, CONTEXT.rounding) == (inner.prec, inner.rounding)


def test_each_outermost_call_gets_a_fresh_context():
    """Two calls from outside: two contexts, neither the caller's."""
    first, second = _current(), _current()
    assert first is not second
    assert decimal.getcontext() is not first


def test_a_context_the_caller_set_is_never_taken_for_akips():
    """A caller's own context of 5 digits, set inside a call chain, is not reused."""

    @in_context
    def third() -> Decimal:
        return Decimal(1) / Decimal(3)

    with decimal.localcontext(decimal.Context(prec=5)):
        assert Decimal("0." + "3" * CONTEXT.prec) == third()
