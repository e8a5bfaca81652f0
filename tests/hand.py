"""Hand computations shared by the tests of the examples, independent of akip's own code.

The expected values of those tests are computed by hand on exact fractions; rounding them
HALF_UP here, with integer arithmetic only, keeps the tests from reading akip's answer
(`akip.numbers.round_half_up`) back to itself.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction


def round_half_up(value: Fraction, places: int) -> Decimal:
    """Round *value* half up to *places* decimals, by hand (non-negative values).

    >>> round_half_up(Fraction(89965, 1000), 2), round_half_up(Fraction(1, 8) * 100, 0)
    (Decimal('89.97'), Decimal('13'))
    """
    scaled = value * 10**places
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole).scaleb(-places)
