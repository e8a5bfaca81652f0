"""Tests of akip.capaian against PermenPANRB 8/2021, the Dumai LKIP 2024 and prior-art bugs."""

from __future__ import annotations

import contextlib
import decimal
import re
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from akip import capaian
from akip._i18n import translated
from akip.capaian import (
    InsideRange,
    MinimizeFormula,
    NegativePolicy,
    Polarity,
    Range,
    ZeroTarget,
)
from akip.exceptions import AkipError, InvalidNumber, InvalidValue, NotAssessed, NotComputable
from akip.numbers import round_half_up
from tests.strategies import non_negative, positive

ALL_OPTIONS = [
    {},
    {"minimize_formula": MinimizeFormula.T_OVER_R},
    {"zero_target": ZeroTarget.ACHIEVED_IF_REALISASI_ZERO},
    {"inside_range": InsideRange.NEAREST_BOUND},
    {"negative": NegativePolicy.COMPUTE},
    {"cap": 100},
    {"cap": 120, "clamp_min": 0},
]


class TestRegulationExamples:
    def test_minimize_six_and_a_half_vs_seven(self):
        """PermenPANRB 8/2021 p. -100-: 6,5 vs target 7 → (14 − 6,5)/7 × 100 = 750/7 %."""
        expected = Decimal(750) / Decimal(7)  # 107,142857…, computed by hand as 7,5 / 7
        result = capaian.compute(7, Decimal("6.5"), Polarity.MINIMIZE)
        assert round_half_up(expected, 20) == round_half_up(result, 20)
        assert Decimal("107.14") == round_half_up(result)

    def test_minimize_nine_vs_eight(self):
        """PermenPANRB 8/2021 p. -100-: 9 vs target 8 → (16 − 9)/8 × 100 = 87,5 %."""
        assert Decimal("87.5") == capaian.compute(8, 9, "minimize")

    def test_maximize_dumai_iku1(self):
        """Dumai LKIP 2024 Tabel 4: 94 vs 90 → 9400/90 = 104,444… (printed 104 %)."""
        result = capaian.compute(90, 94)
        assert Decimal("104.44") == round_half_up(result)
        assert Decimal(104) == round_half_up(result, 0)
        assert round_half_up(Decimal(9400) / Decimal(90), 20) == round_half_up(result, 20)

    def test_maximize_dumai_iku2(self):
        """Dumai LKIP 2024 Tabel 4: 85 vs 100 → 85 %."""
        assert Decimal(85) == capaian.compute(100, 85)

    def test_range_above(self):
        """PermenPANRB 8/2021 p. -91-: 92 % against 80–90 % uses 90: 92/90 = 102,22 %.

        The regulation prints 113 %, an arithmetic slip; the formula wins.
        """
        assert Decimal("102.22") == round_half_up(capaian.compute(Range(80, 90), 92))

    def test_range_below(self):
        """70 % against 80–90 % uses the lower bound: 70/80 = 87,5 %."""
        assert Decimal("87.5") == capaian.compute((80, 90), 70)

    def test_range_minimize(self):
        """6,5 bulan against 7–8 (lower is better) uses 7; 9 bulan uses 8 (87,5 %)."""
        assert Decimal("107.14") == round_half_up(capaian.compute(Range(7, 8), "6.5", "minimize"))
        assert Decimal("87.5") == capaian.compute(Range(7, 8), 9, "minimize")


class TestPriorArtBugs:
    def test_minimize_on_target_is_100(self):
        """T = R on a lower-is-better indicator is 100 % (not 0 % as wp-eval-sakip, not 1 %)."""
        assert Decimal(100) == capaian.compute(10, 10, "minimize")
        assert Decimal(100) == capaian.compute(10, 10, "minimize", minimize_formula="t_over_r")

    def test_minimize_realisasi_zero_is_200(self):
        """Realisasi 0 on a lower-is-better indicator is the best case: (2T − 0)/T = 200 %."""
        assert Decimal(200) == capaian.compute(10, 0, "minimize")

    def test_minimize_eight_vs_ten(self):
        """T=10, R=8 lower-is-better: (20 − 8)/10 = 120 % (wp-eval-sakip gives 20 %)."""
        assert Decimal(120) == capaian.compute(10, 8, "minimize")

    def test_no_silent_cap(self):
        """1500 % is 1500 %: no cap unless asked (simonev21 caps, and then fails to)."""
        assert Decimal(1500) == capaian.compute(100, 1500)
        assert Decimal(100) == capaian.compute(100, 1500, cap=100)

    def test_fractional_target(self):
        """A target below 1 is computed (wp-sipd's JS scores it 0): 0,6 / 0,75 = 80 %."""
        assert Decimal(80) == capaian.compute(Decimal("0.75"), Decimal("0.6"))

    def test_huge_integer_result(self):
        """A capaian of 10^70 % is returned, not a bare InvalidOperation from tidying."""
        assert Decimal("1E+70") == capaian.compute(1, Decimal("1E+68"))

    def test_zero_target_never_zerodivision(self):
        """Target 0 (including 0.0) is NotComputable, never ZeroDivisionError."""
        for zero in (0, 0.0, Decimal("0.00"), "0"):
            with pytest.raises(NotComputable, match="'target' must be != 0"):
                capaian.compute(zero, 5)

    def test_zero_over_zero_is_not_assessed_zero(self):
        """0 against 0 is not 0 %: not computable by default, 100 under zero incidents."""
        with pytest.raises(NotComputable):
            capaian.compute(0, 0, "minimize")
        assert Decimal(100) == capaian.compute(
            0, 0, "minimize", zero_target="achieved_if_realisasi_zero"
        )
        with pytest.raises(NotComputable):
            capaian.compute(0, 1, "minimize", zero_target="achieved_if_realisasi_zero")


class TestOptions:
    def test_negative_capaian_and_clamp(self):
        """R = 3T lower-is-better gives −100 %; clamp_min=0 clamps it, recorded in the working."""
        assert Decimal(-100) == capaian.compute(10, 30, "minimize")
        working = capaian.explain(10, 30, "minimize", clamp_min=0)
        assert (Decimal(-100), Decimal(0)) == (working.raw, working.value)

    def test_t_over_r(self):
        """The practice formula T/R: 8 vs 10 → 125 %; R = 0 is not computable."""
        assert Decimal(125) == capaian.compute(10, 8, "minimize", minimize_formula="t_over_r")
        with pytest.raises(NotComputable, match="t_over_r"):
            capaian.compute(10, 0, "minimize", minimize_formula="T_OVER_R")

    def test_inside_range(self):
        """Inside a range scores 100; nearest_bound measures against the nearer bound."""
        assert Decimal(100) == capaian.compute(Range(80, 90), 84)
        assert Decimal(105) == capaian.compute(Range(80, 90), 84, inside_range="nearest_bound")
        assert Decimal(95) == capaian.compute(
            Range(80, 100), 95, inside_range=InsideRange.NEAREST_BOUND
        )

    def test_stabilize(self):
        """Stabilize: inside → 100; below → R/lo; above → (2·hi − R)/hi."""
        assert Decimal(100) == capaian.compute(Range(40, 60), 50, "stabilize")
        assert Decimal(75) == capaian.compute(Range(40, 60), 30, "stabilize")  # 30/40
        assert Decimal(50) == capaian.compute(Range(40, 60), 90, "stabilize")  # (120 − 90)/60
        assert Decimal(100) == capaian.compute(50, 50, "STABILIZE")  # a point band
        assert Decimal(90) == capaian.compute(50, 55, "stabilize")  # (100 − 55)/50

    def test_negative_policy(self):
        """Negative inputs are refused by default and computed when asked."""
        with pytest.raises(InvalidValue, match="'realisasi' must be >= 0"):
            capaian.compute(10, -1)
        with pytest.raises(InvalidValue, match="'target' must be >= 0"):
            capaian.compute(-10, 1)
        assert Decimal(-10) == capaian.compute(10, -1, negative="compute")

    def test_cap_and_clamp_conflict(self):
        """clamp_min above cap is refused."""
        with pytest.raises(InvalidValue, match="clamp_min"):
            capaian.compute(10, 5, cap=50, clamp_min=60)

    def test_working_record(self):
        """The working names formula, target used, options, raw and rounded value."""
        working = capaian.explain(Range(80, 90), 92)
        assert "realisasi / target × 100" == working.formula
        assert Decimal(90) == working.target_used
        assert Decimal("102.22") == working.rounded
        assert Polarity.MAXIMIZE is working.polarity
        assert "80–90" == str(working.target)
        inside = capaian.explain(Range(80, 90), 85)
        assert inside.target_used is None
        assert Decimal(100) == inside.value

    def test_polarity_parse(self):
        """Polarity accepts members and names in any case; nothing else."""
        assert Polarity.MINIMIZE is Polarity.parse(" Minimize ")
        with pytest.raises(InvalidValue, match="'polarity' must be one of"):
            Polarity.parse("lower")
        with pytest.raises(InvalidValue):
            Polarity.parse(3)


class TestBadInput:
    @pytest.mark.parametrize(
        ("target", "realisasi", "error"),
        [
            (None, 5, NotAssessed),
            (5, None, NotAssessed),
            (float("nan"), 5, InvalidNumber),
            (5, Decimal("NaN"), InvalidNumber),
            (True, 5, InvalidNumber),
            ("90%", 5, InvalidNumber),
            ((1, 2, 3), 5, InvalidValue),
            (Range(1, 2), "x", InvalidNumber),
            ([], 5, InvalidValue),
        ],
    )
    def test_junk(self, target, realisasi, error):
        """Junk gets a typed AkipError, never ZeroDivisionError or InvalidOperation."""
        with pytest.raises(error):
            capaian.compute(target, realisasi)

    def test_reversed_range(self):
        """A range with lower > upper is refused."""
        with pytest.raises(InvalidValue, match="lower <= upper"):
            Range(90, 80)

    def test_bad_option(self):
        """Unknown option values are refused with the option's name."""
        with pytest.raises(InvalidValue, match="'zero_target'"):
            capaian.compute(1, 1, zero_target="maybe")


class TestMean:
    def test_dumai_accumulation(self):
        """Tabel 4 'akumulasi capaian': (9400/90 + 85) / 2 = 94,72 % → Sangat Berhasil."""
        iku1 = capaian.compute(90, 94)
        expected = (Decimal(9400) / Decimal(90) + 85) / 2
        assert round_half_up(expected, 20) == round_half_up(capaian.mean([iku1, 85]), 20)

    def test_mean_of_long_quotients(self):
        """Two capaian of 2000/3 × 100 % average to 66.666,67 %, without decimal.Inexact.

        Each value has 60 digits; their sum needs a 61st, which is rounded like any quotient.
        """
        value = capaian.compute(3, 2000)
        assert Decimal("66666.67") == round_half_up(capaian.mean([value, value]))

    def test_not_assessed_is_skipped(self):
        """A not-assessed indicator is left out, not counted as 0."""
        assert Decimal(90) == capaian.mean([80, None, 100])
        with pytest.raises(NotAssessed):
            capaian.mean([None, None])
        with pytest.raises(InvalidValue, match="'values'"):
            capaian.mean(None)  # type: ignore[arg-type]


class TestProperties:
    @given(positive, st.sampled_from(list(Polarity)), st.sampled_from(ALL_OPTIONS))
    def test_on_target_is_exactly_100(self, target, polarity, options):
        """realisasi == target gives exactly 100 in every polarity and option."""
        assert Decimal(100) == capaian.compute(target, target, polarity, **options)

    @given(positive, non_negative, non_negative)
    def test_maximize_non_decreasing(self, target, r1, r2):
        """More realisasi never lowers a higher-is-better capaian."""
        lo, hi = sorted((r1, r2))
        assert capaian.compute(target, lo) <= capaian.compute(target, hi)

    @given(positive, non_negative, non_negative, st.sampled_from(list(MinimizeFormula)))
    def test_minimize_non_increasing(self, target, r1, r2, formula):
        """More realisasi never raises a lower-is-better capaian."""
        lo, hi = sorted((r1, r2))
        assume(formula is MinimizeFormula.TWO_T_MINUS_R or lo > 0)
        assert capaian.compute(target, lo, "minimize", minimize_formula=formula) >= (
            capaian.compute(target, hi, "minimize", minimize_formula=formula)
        )

    @given(positive, positive, non_negative, non_negative, st.sampled_from(list(Polarity)))
    def test_range_monotone(self, a, b, r1, r2, polarity):
        """With a range target, maximize rises and minimize falls with realisasi."""
        target = Range(min(a, b), max(a, b))
        lo, hi = sorted((r1, r2))
        low, high = capaian.compute(target, lo, polarity), capaian.compute(target, hi, polarity)
        if polarity is Polarity.MAXIMIZE:
            assert low <= high
        elif polarity is Polarity.MINIMIZE:
            assert low >= high
        else:
            assert low <= 100
            assert high <= 100

    @given(
        st.one_of(positive, st.integers(min_value=-5, max_value=10**6)),
        st.one_of(non_negative, st.integers(min_value=-5, max_value=10**6)),
        st.sampled_from([Polarity.MAXIMIZE, Polarity.MINIMIZE]),
    )
    def test_fast_path_is_explain(self, target, realisasi, polarity):
        """compute's fast path (Decimal or int, default options) equals explain's value.

        Same value and same representation; zero and negative inputs fall through to the
        full path and raise the same error.
        """
        try:
            expected = capaian.explain(target, realisasi, polarity).value
        except AkipError as exc:
            with pytest.raises(type(exc)):
                capaian.compute(target, realisasi, polarity)
        else:
            got = capaian.compute(target, realisasi, polarity)
            assert (expected, str(expected)) == (got, str(got))

    @pytest.mark.parametrize(
        ("target", "realisasi"),
        [
            (Decimal("1E+1001"), Decimal(1)),
            (Decimal(1), Decimal("1E+1001")),
            (Decimal("1E-1001"), Decimal(1)),
            (Decimal(1), Decimal("1E-1001")),
            (Decimal(1), Decimal("0E-2000")),
        ],
    )
    def test_outside_the_range(self, target, realisasi):
        """Beyond 10^±1000 the fast path steps aside and explain refuses.

        No overflow, and no silent underflow to 0.
        """
        with pytest.raises(InvalidNumber, match="outside akip's range"):
            capaian.compute(target, realisasi)

    @given(positive, non_negative)
    def test_float_input_is_its_repr(self, target, realisasi):
        """A float input gives the same result as the Decimal of its repr."""
        as_float = float(realisasi)
        assert capaian.compute(target, Decimal(repr(as_float))) == capaian.compute(
            target, as_float
        )

    @given(st.one_of(st.none(), st.booleans(), st.text(max_size=5), st.floats()))
    def test_junk_is_akip_error(self, junk):
        """Whatever the junk, the error is an AkipError."""
        with contextlib.suppress(AkipError):
            capaian.compute(junk, junk)


class TestNamedFormulas:
    """capaian.variants and capaian.persentase (issue 11 §3)."""

    def test_variants_manggarai_timur(self):
        """Manggarai Timur 2019 AKB: T / R is the printed 96,54 %, (2T − R) / T 96,41 %.

        9,20 / 9,53 = 0,965372…; (2 × 9,20 − 9,53) / 9,20 = 0,964130….
        """
        found = capaian.variants(Decimal("9.20"), Decimal("9.53"))
        assert {"2t_minus_r": Decimal("96.41"), "t_over_r": Decimal("96.54")} == {
            formula.value: round_half_up(value) for formula, value in found.items()
        }

    def test_variants_not_computable(self):
        """A target of 0 is not computable for every formula."""
        with pytest.raises(NotComputable):
            capaian.variants(0, 5)

    def test_persentase(self):
        """31 of 40 is 77,5 %; 186 of 100.000 is 0,186 %."""
        assert Decimal("77.5") == capaian.persentase(31, 40)
        assert Decimal("0.186") == capaian.persentase(186, 100_000)

    @pytest.mark.parametrize(
        ("top", "bottom", "error"), [(1, 0, NotComputable), (-1, 4, InvalidValue)]
    )
    def test_persentase_refuses(self, top, bottom, error):
        """A penyerapan of 0 is not computable; negative parts are refused."""
        with pytest.raises(error):
            capaian.persentase(top, bottom)


# Decimals as a report file's loader gives them (the printed decimals kept in the exponent,
# trailing zeros included), beyond akip's range, with more digits than akip's precision,
# and the non-finite ones: every input form of the fast path and of its edges.
printed_decimals = st.one_of(
    st.builds(
        lambda digits, places: Decimal(digits).scaleb(-places),
        st.integers(min_value=-(10**8), max_value=10**8),
        st.integers(min_value=-3, max_value=4),
    ),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(
        lambda digits, exponent: Decimal(digits).scaleb(exponent),
        st.integers(min_value=10**59, max_value=10**70),
        st.integers(min_value=-1080, max_value=1010),
    ),
    st.sampled_from(
        [Decimal("0E-2000"), Decimal("0E+1001"), Decimal("0E-1000"), Decimal("1E-1000")]
    ),
    st.integers(min_value=-5, max_value=10**6),
)
fast_polarities = st.sampled_from(
    [
        "maximize",
        "minimize",
        Polarity.MAXIMIZE,
        Polarity.MINIMIZE,
        "Maximize",
        " minimize ",
        "stabilize",
        Polarity.STABILIZE,
        "junk",
        ["maximize"],
        None,
    ]
)


fast_formulas = st.sampled_from(
    [
        MinimizeFormula.TWO_T_MINUS_R,
        MinimizeFormula.T_OVER_R,
        "2t_minus_r",
        "t_over_r",
        "T_over_R",
        " 2t_minus_r",
        "junk",
        None,
        ["t_over_r"],
    ]
)


class TestFastPathForms:
    """`compute`'s fast path for every input form `akip check` passes (bench issue 14)."""

    @given(printed_decimals, printed_decimals, fast_polarities, fast_formulas)
    def test_every_formula_form_is_explain(self, target, realisasi, polarity, formula):
        """With the lower-is-better formula as `akip.check` passes it, the same as explain.

        `akip.check` passes the report file's text (``minimize_formula="2t_minus_r"``);
        members, other texts and junk too: the same value and representation, or the same
        error.
        """
        try:
            expected = capaian.explain(target, realisasi, polarity, minimize_formula=formula).value
        except AkipError as exc:
            with pytest.raises(type(exc)):
                capaian.compute(target, realisasi, polarity, minimize_formula=formula)
        else:
            got = capaian.compute(target, realisasi, polarity, minimize_formula=formula)
            assert (expected, str(expected)) == (got, str(got))

    @pytest.mark.parametrize(
        ("target", "realisasi", "formula", "printed"),
        [
            # 9,20 / 9,53 × 100 (Manggarai Timur 2019) to 80 digits is
            # 96.537250786988457502623294858342077649527806925498426023084 99475…: the 60th
            # significant digit (the last 4) rounds up to 5.
            (
                Decimal("9.20"),
                Decimal("9.53"),
                "t_over_r",
                "96.537250786988457502623294858342077649527806925498426023085",
            ),
            # 10 / 8 × 100 = 125; (2 × 10 − 8) / 10 × 100 = 120.
            (Decimal(10), Decimal(8), "t_over_r", "125"),
            (Decimal(10), Decimal(8), "2t_minus_r", "120"),
            # 25 / 50,0 × 100 = 50, as digits.
            (Decimal(25), Decimal("50.0"), MinimizeFormula.T_OVER_R, "50"),
        ],
    )
    def test_formula_text_values(self, target, realisasi, formula, printed):
        """The lower-is-better formulas by hand, given as text (as `akip.check` does) or member."""
        assert printed == str(
            capaian.compute(target, realisasi, "minimize", minimize_formula=formula)
        )

    def test_t_over_r_realisasi_zero_is_not_computable(self):
        """t / r with a realisasi of 0 is not computable, in the text form too."""
        with pytest.raises(NotComputable, match="t_over_r"):
            capaian.compute(Decimal(10), Decimal("0.0"), "minimize", minimize_formula="t_over_r")

    @given(printed_decimals, printed_decimals, fast_polarities)
    def test_every_form_is_explain(self, target, realisasi, polarity):
        """Same value, same representation, or the same error as explain, for every form.

        Polarity as a report file's text or as the enum, other texts and junk; numbers with
        their printed exponents, trailing zeros, more digits than the precision, outside
        akip's range, infinite or NaN.
        """
        try:
            expected = capaian.explain(target, realisasi, polarity).value
        except AkipError as exc:
            with pytest.raises(type(exc)):
                capaian.compute(target, realisasi, polarity)
        else:
            got = capaian.compute(target, realisasi, polarity)
            assert (expected, str(expected)) == (got, str(got))

    @pytest.mark.parametrize("polarity", ["maximize", Polarity.MAXIMIZE])
    def test_dumai_iku1_to_60_digits(self, polarity):
        """Dumai LKIP 2024, IKU 1 (target "90%", realisasi "94%"): 94 / 90 × 100.

        By hand: 104.444…, 60 significant digits, the last one rounded half-even (a 4).
        """
        expected = Decimal("104." + "4" * 57)
        assert expected == capaian.compute(Decimal(90), Decimal(94), polarity)

    @pytest.mark.parametrize("polarity", ["minimize", Polarity.MINIMIZE])
    def test_regulation_minimize_to_60_digits(self, polarity):
        """PermenPANRB 8/2021 p. -100-: target 7, realisasi 6,5 → (14 − 6,5) / 7 × 100.

        By hand: 750 / 7 = 107.142857 142857 …; 60 significant digits are 3 before the
        point and 57 after it: nine times 142857, then 142, and the next digit (8) rounds
        that last 2 up to 3.
        """
        expected = Decimal("107." + "142857" * 9 + "143")
        assert expected == capaian.compute(Decimal(7), Decimal("6.5"), polarity)

    @pytest.mark.parametrize(
        ("target", "realisasi", "polarity", "printed"),
        [
            # 90,00 against 90,00: exactly 100, printed as digits, never 1E+2 or 100.00.
            (Decimal("90.00"), Decimal("90.00"), "maximize", "100"),
            # (2·50 − 25,0) / 50 × 100 = 150.
            (Decimal(50), Decimal("25.0"), "minimize", "150"),
            # 0,5 / 2 × 100 = 25.
            (Decimal(2), Decimal("0.5"), "maximize", "25"),
            # 94,50 / 90 × 100 = 105.
            (Decimal(90), Decimal("94.50"), "maximize", "105"),
            # 1 / 8 × 100 = 12,5.
            (Decimal(8), Decimal(1), "maximize", "12.5"),
            # realisasi 0: 0, and (2·10 − 0) / 10 × 100 = 200.
            (Decimal(10), Decimal("0.00"), "maximize", "0"),
            (Decimal(10), Decimal("0.00"), "minimize", "200"),
            # (2·10 − 30) / 10 × 100 = −100.
            (Decimal(10), Decimal(30), "minimize", "-100"),
        ],
    )
    def test_representation(self, target, realisasi, polarity, printed):
        """The result prints without trailing zeros and without exponent form."""
        assert printed == str(capaian.compute(target, realisasi, polarity))

    def test_text_polarity_other_case_is_parsed(self):
        """Text in another case or with spaces is still the polarity (the general path)."""
        assert Decimal(150) == capaian.compute(50, 25, " Minimize ")

    def test_bad_inside_range_is_refused_on_a_plain_target(self):
        """An unknown inside_range option is refused even when the target is a number."""
        with pytest.raises(InvalidValue, match="inside_range"):
            capaian.compute(90, 94, inside_range="junk")

    def test_explicit_default_options_take_the_same_value(self):
        """Options given explicitly at their defaults change nothing."""
        assert Decimal(85) == capaian.compute(
            Decimal(100),
            Decimal(85),
            "maximize",
            zero_target=ZeroTarget.NOT_COMPUTABLE,
            negative=NegativePolicy.RAISE,
            minimize_formula=MinimizeFormula.TWO_T_MINUS_R,
            inside_range=InsideRange.HUNDRED,
        )


class TestCheckOptions:
    """Issue 13: options passed on to compute are checked first."""

    def test_known_options_pass(self):
        """The keyword options of compute are accepted."""
        assert capaian.check_options({"cap": 100, "minimize_formula": "t_over_r"}, "f") is None

    def test_unknown_option_named(self):
        """An unknown option is named with the function and the known ones."""
        with pytest.raises(InvalidValue, match=r"f\(\): unknown option\(s\) \['cpa'\]; known"):
            capaian.check_options({"cpa": 100}, "f")

    @pytest.mark.parametrize("options", [[("cap", 1)], {1: 2}, None])
    def test_not_a_mapping_of_names(self, options):
        """Options must be a mapping of names."""
        with pytest.raises(InvalidValue, match="'options' must be a mapping"):
            capaian.check_options(options, "f")


# ---------------------------------------------------------------- compute_many (issue 14)

# Pairs as a report file's loader gives them, and pairs of anything `compute` is given.
printed_pairs = st.tuples(printed_decimals, printed_decimals)
report_pairs = st.tuples(
    st.builds(
        lambda digits, places: Decimal(digits).scaleb(-places),
        st.integers(min_value=1, max_value=10**6),
        st.integers(min_value=0, max_value=2),
    ),
    st.builds(
        lambda digits, places: Decimal(digits).scaleb(-places),
        st.integers(min_value=0, max_value=10**6),
        st.integers(min_value=0, max_value=2),
    ),
)
pair_lists = st.lists(st.one_of(report_pairs, printed_pairs), max_size=10)
batch_options = st.sampled_from(
    [
        {},
        {"minimize_formula": "2t_minus_r"},
        {"minimize_formula": "t_over_r"},
        {"minimize_formula": MinimizeFormula.T_OVER_R},
        {"minimize_formula": "junk"},
        {"cap": 100},
        {"cap": 120, "clamp_min": 0},
        {"zero_target": "achieved_if_realisasi_zero"},
        {"negative": NegativePolicy.COMPUTE},
        {"inside_range": InsideRange.NEAREST_BOUND},
        {"cap": "x"},
    ]
)


def _per_call(
    pairs: list[tuple[object, object]], polarity: object, options: dict[str, object]
) -> tuple[list[Decimal], tuple[int, AkipError] | None]:
    """`compute` of each pair: the values, or the index and the error of the first refusal."""
    values: list[Decimal] = []
    for index, (target, realisasi) in enumerate(pairs):
        try:
            values.append(capaian.compute(target, realisasi, polarity, **options))
        except AkipError as exc:
            return values, (index, exc)
    return values, None


class TestComputeMany:
    """capaian.compute_many: compute of each pair in one call (bench issue 14)."""

    def test_regulation_examples(self):
        """PermenPANRB 8/2021 p. -100-, lower is better, by hand to 60 digits.

        (2 × 7 − 6,5) / 7 × 100 = 750 / 7 = 107.142857…: 3 digits before the point and 57
        after, nine times 142857, then 142 rounded up to 143 by the next digit 8;
        (2 × 8 − 9) / 8 × 100 = 700 / 8 = 87,5.
        """
        got = capaian.compute_many(
            [Decimal(7), Decimal(8)], [Decimal("6.5"), Decimal(9)], "minimize"
        )
        assert ["107." + "142857" * 9 + "143", "87.5"] == [str(v) for v in got]

    def test_dumai_iku1_and_printed_representations(self):
        """Dumai LKIP 2024 IKU 1 (94 / 90 × 100 = 104,444…), and printed exponents.

        94,50 / 90 × 100 = 105; 90,00 / 90,00 × 100 = 100 (digits, never 1E+2 or 100.00);
        1 / 8 × 100 = 12,5; 0,00 / 10 × 100 = 0.
        """
        targets = [Decimal(90), Decimal(90), Decimal("90.00"), Decimal(8), Decimal(10)]
        reals = [Decimal(94), Decimal("94.50"), Decimal("90.00"), Decimal(1), Decimal("0.00")]
        got = capaian.compute_many(targets, reals, Polarity.MAXIMIZE)
        assert ["104." + "4" * 57, "105", "100", "12.5", "0"] == [str(v) for v in got]

    def test_exponent_forms_and_signed_zero(self):
        """Inputs in exponent form give digits; a realisasi of −0 gives 0, as compute does.

        10^3 / 10 × 100 = 10^4 = 10000 (never 1E+4 or 1.00E+4); (2 × 10 − 0) / 10 × 100 = 200;
        −0 / 4 × 100 = 0.
        """
        got = capaian.compute_many(
            [Decimal("1E+1"), Decimal("1E+1"), Decimal(4)],
            [Decimal("1E+3"), Decimal("0E+2"), Decimal("-0")],
        )
        assert ["10000", "0", "0"] == [str(v) for v in got]
        minimize = capaian.compute_many([Decimal("1E+1")], [Decimal("-0.0")], "minimize")
        assert ["200"] == [str(v) for v in minimize]

    def test_t_over_r_as_text(self):
        """Manggarai Timur 2019, target / realisasi: 9,20 / 9,53 × 100 to 60 digits; 10 / 8.

        9,20 / 9,53 × 100 = 96.5372507869884575026232948583420776495278069254984260230849…:
        the 60th significant digit, 4, rounds up to 5; 10 / 8 × 100 = 125.
        """
        got = capaian.compute_many(
            (Decimal("9.20"), Decimal(10)),
            (Decimal("9.53"), Decimal(8)),
            "minimize",
            minimize_formula="t_over_r",
        )
        expected = ["96.537250786988457502623294858342077649527806925498426023085", "125"]
        assert expected == [str(v) for v in got]

    def test_other_forms_take_computes_path(self):
        """ints, a range target, a generator, stabilize and cap: each as compute defines it.

        Range 80–90 with realisasi 92: 92 / 90 × 100 = 102,22…, capped at 100; int 8 of
        target 10: 80; stabilize, realisasi inside the band: 100.
        """
        got = capaian.compute_many(
            iter([10, Range(80, 90), (5, 7)]), (n for n in [8, 92, 6]), "maximize", cap=100
        )
        assert [Decimal(80), Decimal(100), Decimal(100)] == got
        assert [Decimal(100)] == capaian.compute_many([Range(5, 7)], [6], "stabilize")

    def test_empty(self):
        """No pairs, no capaian."""
        assert [] == capaian.compute_many([], ())

    @pytest.mark.parametrize(
        ("targets", "reals", "error", "message"),
        [
            (
                [Decimal(90), Decimal(0)],
                [Decimal(94), Decimal(5)],
                NotComputable,
                "targets[1]: 'target' must be != 0 for polarity maximize",
            ),
            (
                [Decimal(90), Decimal(90), Decimal(90)],
                [Decimal(94), Decimal(1), Decimal(-1)],
                InvalidValue,
                "realisasi[2]: 'realisasi' must be >= 0 for polarity maximize: -1",
            ),
            ([None], [Decimal(1)], NotAssessed, "targets[0]: 'target' is missing"),
            ([1, 2], [1, None], NotAssessed, "realisasi[1]: 'realisasi' is missing"),
            ([Decimal(9), Decimal("NaN")], [1, 1], InvalidNumber, "targets[1]: 'target'"),
            ([Decimal(9)], [Decimal("-Infinity")], InvalidNumber, "realisasi[0]: 'realisasi'"),
            ([Decimal("1E+1001")], [Decimal(1)], InvalidNumber, "targets[0]: 'target'"),
            ([True], [1], InvalidNumber, "targets[0]: 'target' must be a number, not bool"),
            # The first bad item is named, not a later one.
            ([0, -1], [1, 1], NotComputable, "targets[0]: "),
        ],
    )
    def test_errors_name_the_item(self, targets, reals, error, message):
        """compute's error, of its type, prefixed with the input and the item's index."""
        with pytest.raises(error) as raised:
            capaian.compute_many(targets, reals)
        assert str(raised.value).startswith(message)

    def test_prefixed_message_stays_translatable(self):
        """The item's message keeps compute's template: it reads Indonesian in a report."""
        with pytest.raises(NotComputable) as raised:
            capaian.compute_many([Decimal(9), Decimal(0)], [Decimal(1), Decimal(5)])
        expected = (
            "targets[1]: 'target' harus != 0 untuk polaritas maximize (zero_target="
            "not_computable, realisasi 5): 0 (tidak dapat dihitung)"
        )
        assert expected == translated(raised.value.args[0], "id")

    def test_options_are_checked_before_any_item(self):
        """A bad option is compute's error, unprefixed, even with no items."""
        with pytest.raises(InvalidValue, match=r"^'polarity' must be one of"):
            capaian.compute_many([], [], "junk")
        with pytest.raises(InvalidValue, match=r"^'clamp_min' must be <= 'cap'"):
            capaian.compute_many([Decimal(0)], [Decimal(1)], cap=100, clamp_min=110)

    @pytest.mark.parametrize(
        ("targets", "reals", "message"),
        [
            ("90", [1], "'targets' must be a sequence"),
            ([1], 5, "'realisasi' must be a sequence"),
            ([1], {1: 2}, "'realisasi' must be a sequence"),
            ([1, 2], [1], "'targets' and 'realisasi' must be of the same length: 2 and 1"),
        ],
    )
    def test_inputs_that_are_not_sequences(self, targets, reals, message):
        """Text, a number or a mapping is no sequence; the two must be as long."""
        with pytest.raises(InvalidValue, match=message):
            capaian.compute_many(targets, reals)

    def test_a_bound_outside_the_fast_path_is_computed(self):
        """Beyond the bounds of the operators' path the value is still compute's, exact.

        10^31 / 1 × 100 = 10^33 (as digits); 1 / 10^-26 × 100 = 10^28; and (2 · 10^-30 −
        0) / 10^-30 × 100 = 200.
        """
        got = capaian.compute_many(
            [Decimal(1), Decimal("1E-26"), Decimal("1E-30")],
            [Decimal("1E+31"), Decimal(1), Decimal(0)],
            "minimize",
        )
        assert [str(200 - 10**33), str(200 - 10**28), "200"] == [str(v) for v in got]
        maximize = capaian.compute_many([Decimal(1), Decimal("1E-26")], [Decimal("1E+31"), 1])
        assert [str(10**33), str(10**28)] == [str(v) for v in maximize]

    @given(pair_lists, fast_polarities, batch_options)
    def test_batch_is_per_call(self, pairs, polarity, options):
        """The batch equals compute of each pair: values, representation and first error.

        Options that compute refuses for the pair (1, 1) are refused by the batch with the
        same message, before any item (for no items too).
        """
        targets, reals = [t for t, _ in pairs], [r for _, r in pairs]
        try:
            capaian.compute(Decimal(1), Decimal(1), polarity, **options)
        except AkipError as exc:
            with pytest.raises(type(exc), match=f"^{re.escape(str(exc))}$"):
                capaian.compute_many(targets, reals, polarity, **options)
            return
        values, refused = _per_call(pairs, polarity, options)
        if refused is None:
            got = capaian.compute_many(targets, reals, polarity, **options)
            assert [(v, str(v)) for v in values] == [(v, str(v)) for v in got]
            return
        index, error = refused
        # The message is compute's, prefixed with the input and the index of the item.
        where = rf"(targets|realisasi)\[{index}\]: "
        with pytest.raises(type(error), match=f"^{where}{re.escape(str(error))}$"):
            capaian.compute_many(targets, reals, polarity, **options)

    @given(
        st.lists(report_pairs, max_size=6),
        st.sampled_from(["maximize", "minimize"]),
        st.integers(min_value=1, max_value=80),
        st.sampled_from([decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_HALF_EVEN]),
        st.booleans(),
    )
    def test_any_caller_context(self, pairs, polarity, prec, rounding, traps):
        """The caller's decimal context changes no digit, and its flags stay clear."""
        targets, reals = [t for t, _ in pairs], [r for _, r in pairs]
        expected = [capaian.compute(t, r, polarity) for t, r in pairs]
        caller = decimal.Context(prec=prec, rounding=rounding, traps=[] if traps else None)
        with decimal.localcontext(caller) as ctx:
            got = capaian.compute_many(targets, reals, polarity)
            assert not any(ctx.flags.values())
        assert [str(v) for v in expected] == [str(v) for v in got]
