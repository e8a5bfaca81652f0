"""Every result is the same whatever the caller's decimal context says (issue 13).

akip computes in its own context (`akip._decimal.CONTEXT`); a caller who lowers the
precision, changes the rounding, clears the traps or narrows the exponents must get the
same value, digit for digit, and the same refusals.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import (
    anggaran,
    capaian,
    efisiensi,
    evaluasi,
    fisik,
    komparasi,
    numbers,
    periode,
    predikat,
    terbilang,
)
from akip._decimal import CONTEXT, in_context
from akip.exceptions import AkipError, InvalidValue

if TYPE_CHECKING:
    from collections.abc import Callable

ROUNDINGS = [
    decimal.ROUND_CEILING,
    decimal.ROUND_DOWN,
    decimal.ROUND_FLOOR,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_UP,
    decimal.ROUND_05UP,
]
SIGNALS = [
    decimal.Clamped,
    decimal.DivisionByZero,
    decimal.Inexact,
    decimal.InvalidOperation,
    decimal.Overflow,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
    decimal.FloatOperation,
]

caller_contexts = st.builds(
    decimal.Context,
    prec=st.integers(min_value=1, max_value=80),
    rounding=st.sampled_from(ROUNDINGS),
    Emin=st.integers(min_value=-999_999, max_value=-1),
    Emax=st.integers(min_value=1, max_value=999_999),
    capitals=st.integers(min_value=0, max_value=1),
    clamp=st.integers(min_value=0, max_value=1),
    traps=st.lists(st.sampled_from(SIGNALS), unique=True),
)

_TREE = [
    anggaran.BudgetLine("Program", "4700384252.00", "4153740542.00", code="1.01.01"),
    anggaran.BudgetLine("Kegiatan", "1234567.891", "1234567.89", code="1.01.01.2.01"),
]

#: Rule calls whose digits a small precision, another rounding or narrow exponents would
#: change if any step ran in the caller's context.
CALLS: dict[str, Callable[[], object]] = {
    "sisa": lambda: anggaran.sisa(1, 123456),
    "sisa of 70 digits": lambda: anggaran.sisa(10**70, 10**70 - 1),
    "penyerapan": lambda: anggaran.penyerapan("4700384252.00", "4153740542.00"),
    "efisiensi_anggaran": lambda: anggaran.efisiensi_anggaran(3, 1),
    "group_total": lambda: anggaran.group_total(
        [anggaran.Amounts(Decimal("123456.789"), Decimal(1)), anggaran.Amounts(Decimal(1), None)]
    ),
    "build_tree": lambda: anggaran.build_tree(_TREE),
    "capaian maximize": lambda: capaian.compute(90, 94),
    "capaian minimize": lambda: capaian.compute(7, Decimal("6.5"), "minimize"),
    "capaian explain": lambda: capaian.explain(3, 1, "minimize", clamp_min=0),
    "capaian mean": lambda: capaian.mean([Decimal("104.444"), 1, 2]),
    "predikat": lambda: predikat.classify(Decimal("90.996")),
    "efisiensi": lambda: efisiensi.assess_efisiensi(Decimal("104.44"), Decimal("88.37")),
    "fisik": lambda: fisik.capaian_fisik(3, 7),
    "konsolidasi average": lambda: periode.consolidate([1, 1, 2], "average"),
    "kumulatif": lambda: periode.cumulative(
        {1: 10, 2: 20, 3: 30}, {1: 10, 3: 15}, 3, consolidation="sum", unreported="leave_out"
    ),
    "change": lambda: komparasi.change(2023, 2024, "96.66", "90.73"),
    "change of 70 digits": lambda: komparasi.change(2023, 2024, 10**70, 10**70 + 1),
    "compare_years": lambda: komparasi.compare_years({2023: 7, 2024: 9}, {2023: 3, 2024: 9}),
    "round_half_up": lambda: numbers.round_half_up(Decimal("2.665")),
    "format_number": lambda: numbers.format_number(Decimal("1234567.891")),
    "format_number de_DE": lambda: numbers.format_number(Decimal("-0.001"), locale="de_DE"),
    "parse_number": lambda: numbers.parse_number("1.234.567,891"),
    "terbilang": lambda: terbilang.spell("1234567.89"),
    "terbilang fraction of a sen": lambda: terbilang.spell("1234567.891"),
    "evaluasi": lambda: evaluasi.score({"1.1.1": "A", "1.1.2": "B", "1.1.3": "C"}).komponen[0],
}


def _outcome(call: Callable[[], object]) -> str:
    """The result's repr, or the akip error's type and message."""
    try:
        return repr(call())
    except AkipError as exc:
        return f"{type(exc).__name__}: {exc}"


BASELINE = {name: _outcome(call) for name, call in CALLS.items()}


@given(caller_contexts, st.sampled_from(sorted(CALLS)))
def test_same_result_in_any_caller_context(ctx, name):
    """A rule call gives the same result, digit for digit, in a random caller context."""
    with decimal.localcontext(ctx):
        outcome = _outcome(CALLS[name])
    assert BASELINE[name] == outcome


def test_the_issue_cases_at_precision_five():
    """The issue's examples, computed by hand: prec=5 changes none of them.

    sisa(1, 123456) = 1 − 123456 = −123455 (the caller's prec=5 gave −123459 before);
    sisa(10^70, 10^70 − 1) = 1 (the 28-digit default gave 0E+11); 1.234.567,891 rupiah has
    a fraction of a sen, so it is refused, never spelt as whole rupiah.
    """
    with decimal.localcontext(decimal.Context(prec=5)):
        assert Decimal(-123455) == anggaran.sisa(1, 123456)
        assert Decimal(1) == anggaran.sisa(10**70, 10**70 - 1)
        words = (
            "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah "
            "delapan puluh sembilan sen"
        )
        assert words == terbilang.spell("1234567.89")
        with pytest.raises(InvalidValue, match="fraction of a sen"):
            terbilang.spell("1234567.891")


def test_in_context_restores_the_caller_context():
    """in_context runs in akip's context and leaves the caller's as it was, flags included."""

    @in_context
    def precision() -> int:
        return decimal.getcontext().prec

    caller = decimal.Context(prec=5, rounding=decimal.ROUND_FLOOR)
    with decimal.localcontext(caller) as ctx:
        assert CONTEXT.prec == precision()
        assert (5, decimal.ROUND_FLOOR) == (ctx.prec, ctx.rounding)
        assert not any(ctx.flags.values())
