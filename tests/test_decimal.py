"""Tests of the private exact-arithmetic helpers."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from akip import _decimal
from tests.strategies import money


@given(st.lists(money, max_size=50))
def test_total_is_exact(values):
    """The sum of amounts with sen equals the integer sum of their sen."""
    sen = sum(int(v * 100) for v in values)
    assert Decimal(sen) / 100 == _decimal.total(values)


def test_total_of_a_million_lines():
    """A million amounts of Rp 999.999.999.999,99 sum exactly (no precision loss)."""
    line = Decimal("999999999999.99")
    assert Decimal("999999999999990000.00") == _decimal.total([line] * 1_000_000)


def test_percent_and_quotient():
    """percent(a, b) is a / b × 100 to 60 digits."""
    assert Decimal(50) == _decimal.percent(Decimal(1), Decimal(2))
    assert _decimal.quotient(Decimal(1), Decimal(3)).as_tuple().digits == (3,) * 60
