"""Tests of the private exact-arithmetic helpers."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import _decimal
from akip.exceptions import InvalidValue
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


def test_total_stays_exact_past_sixty_digits():
    """An exact sum that needs more than 60 digits is taken with more digits, never rounded.

    big = 10^40 − 10^-20 has 60 digits; 2·big = 2·10^40 − 2·10^-20 needs 61:
    19999999999999999999999999999999999999999.99999999999999999998. Rounded to 60 digits
    (exact=False, for sums of quotients) the trailing …98 carries all the way: 2·10^40.
    """
    big = Decimal("9" * 40 + "." + "9" * 20)
    assert Decimal("1" + "9" * 40 + "." + "9" * 19 + "8") == _decimal.total([big, big])
    assert Decimal("2E+40") == _decimal.total([big, big], exact=False)
    # A 70-digit printed figure and a small one: 10^70 + 0,5 exactly.
    assert Decimal("1" + "0" * 70 + ".5") == _decimal.total(
        (v for v in (Decimal("1E+70"), Decimal("0.5"))), field="pagu"
    )


def test_total_refuses_absurd_spans():
    """Values spanning 10^-50001 to 10^50001 would need 100.003 digits: refused, named."""
    with pytest.raises(InvalidValue, match="'pagu' cannot be summed exactly within 100000"):
        _decimal.total([Decimal("1E+50001"), Decimal("1E-50001")], field="pagu")


@given(money, st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("1e13"), places=4))
def test_percent_scales_before_dividing(numerator, denominator):
    """100·n / d rounded to 60 digits equals (n / d rounded to 60 digits) × 100.

    The reference divides first, in its own 60-digit context, as the definition reads.
    """
    ctx = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)
    expected = ctx.multiply(ctx.divide(numerator, denominator), 100)
    assert expected == _decimal.percent(numerator, denominator)


@pytest.mark.parametrize(
    ("given_value", "shown"),
    [
        ("87.500", "87.5"),
        ("1E+2", "100"),
        ("85.00", "85"),
        ("-1.20E+3", "-1200"),
        ("0.00010", "0.0001"),
        ("0.000", "0"),
        ("1E+70", "1E+70"),  # more than 60 digits as an integer: left in exponent form
    ],
)
def test_tidy(given_value, shown):
    """tidy drops trailing zeros and never leaves a small integer in exponent form."""
    result = _decimal.tidy(Decimal(given_value))
    assert shown == str(result)
    assert Decimal(given_value) == result
