"""Tests of akip.periode: quarters, months, planning periods, consolidation, cumulative figures."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import capaian, periode
from akip.exceptions import AkipError, InvalidValue, NotAssessed, PeriodError
from akip.periode import (
    Bulan,
    Konsolidasi,
    PeriodeRencana,
    QuarterBasis,
    TahunAnggaran,
    Triwulan,
    consolidate,
    cumulative,
    month_of,
    triwulan_of,
)
from tests.strategies import dates, positive, quarters, years


class TestTriwulan:
    def test_pk_perubahan_date_is_tw_iii(self):
        """23 September 2024 (the Dumai PK perubahan) falls in TW III 2024 (Jul–Sep)."""
        assert Triwulan(2024, 3) == triwulan_of(date(2024, 9, 23))

    def test_days_and_months(self):
        """TW I 2024 runs 1 January – 31 March; TW IV ends 31 December."""
        tw1 = Triwulan(2024, "I")
        assert (date(2024, 1, 1), date(2024, 3, 31)) == (tw1.first_day, tw1.last_day)
        assert (Bulan(2024, 1), Bulan(2024, 2), Bulan(2024, 3)) == tw1.months
        assert date(2024, 12, 31) == Triwulan(2024, "TW IV").last_day
        assert "IV" == Triwulan(2024, "4").roman

    def test_through(self):
        """S.d. triwulan III is TW I, II and III."""
        expected = (Triwulan(2024, 1), Triwulan(2024, 2), Triwulan(2024, 3))
        assert expected == Triwulan(2024, 3).through()

    def test_shift_across_years(self):
        """TW IV 2024 + 1 is TW I 2025; TW I 2024 − 1 is TW IV 2023."""
        assert Triwulan(2025, 1) == Triwulan(2024, 4).shift(1)
        assert Triwulan(2023, 4) == Triwulan(2024, 1).shift(-1)

    def test_contains_and_year(self):
        """TW II contains 30 June but not 1 July; its fiscal year is TA 2024."""
        tw2 = Triwulan(2024, 2)
        assert tw2.contains(date(2024, 6, 30))
        assert not tw2.contains(date(2024, 7, 1))
        assert TahunAnggaran(2024) == tw2.tahun_anggaran
        assert "TW II 2024" == str(tw2)

    @pytest.mark.parametrize("bad", [5, 0, -1, "V", "", "5", 2.0, True, None])
    def test_triwulan_outside_one_to_four(self, bad):
        """A triwulan 5 (or any non-quarter) is a PeriodError naming field and value."""
        with pytest.raises(PeriodError, match="'triwulan' must be 1–4 or I–IV"):
            Triwulan(2024, bad)

    @given(dates)
    def test_date_round_trip(self, day):
        """The quarter of a date contains it, and its first and last days map back to it."""
        tw = triwulan_of(day)
        assert tw.contains(day)
        assert tw == triwulan_of(tw.first_day) == triwulan_of(tw.last_day)
        assert tw == month_of(day).triwulan

    @given(years, quarters, st.integers(min_value=-40, max_value=40))
    def test_shift_round_trip(self, year, number, k):
        """Shifting k quarters and back returns the same quarter; k quarters are 3k months."""
        tw = Triwulan(year, number)
        assert tw == tw.shift(k).shift(-k)
        assert tw.months[0].shift(3 * k) == tw.shift(k).months[0]


class TestBulanAndTahun:
    def test_leap_february(self):
        """February 2024 has 29 days and lies in TW I."""
        b = Bulan(2024, 2)
        assert date(2024, 2, 29) == b.last_day
        assert Triwulan(2024, 1) == b.triwulan
        assert "02/2024" == str(b)

    def test_month_shift(self):
        """December 2024 + 1 month is January 2025."""
        assert Bulan(2025, 1) == Bulan(2024, 12).shift(1)

    def test_tahun_anggaran(self):
        """TA 2024 runs 1 January – 31 December and has TW I–IV."""
        ta = TahunAnggaran(2024)
        assert (date(2024, 1, 1), date(2024, 12, 31)) == (ta.first_day, ta.last_day)
        assert tuple(Triwulan(2024, n) for n in (1, 2, 3, 4)) == ta.triwulans
        assert Triwulan(2024, 2) == ta.triwulan("II")
        assert ta.contains(date(2024, 7, 1))
        assert "TA 2024" == str(ta)

    @pytest.mark.parametrize("bad", [0, 13, "1", None, True])
    def test_bad_month(self, bad):
        """A month outside 1–12 is refused."""
        with pytest.raises(PeriodError, match="'bulan'"):
            Bulan(2024, bad)

    @pytest.mark.parametrize("bad", [0, 10000, "2024", 2024.0, False])
    def test_bad_year(self, bad):
        """A year that is not an int in 1–9999 is refused."""
        with pytest.raises(PeriodError, match="'tahun'"):
            TahunAnggaran(bad)


class TestPeriodeRencana:
    def test_dumai_bab_iv_year_index(self):
        """Dumai LKIP 2024 Bab IV: 2024 is year 4 of 2021–2026, and year 3 of 2022–2026.

        The report prints "tahun ke 3 (dua) ... 2022-2026"; 2022 + 3 − 1 = 2024.
        """
        assert 4 == PeriodeRencana(2021, 2026).year_index(2024)
        assert 3 == PeriodeRencana(2022, 2026).year_index(2024)

    def test_years_and_length(self):
        """2021–2026 spans six years."""
        renstra = PeriodeRencana(2021, 2026)
        assert (2021, 2022, 2023, 2024, 2025, 2026) == renstra.years
        assert 6 == renstra.length
        assert "2021–2026" == str(renstra)

    @pytest.mark.parametrize("year", [2020, 2027])
    def test_outside(self, year):
        """A year outside the Renstra is a PeriodError naming it."""
        with pytest.raises(PeriodError, match=f"period 2021–2026: {year}"):
            PeriodeRencana(2021, 2026).year_index(year)

    def test_out_of_order(self):
        """A period ending before it starts is refused."""
        with pytest.raises(PeriodError, match="'last_year' must be >= 'first_year'"):
            PeriodeRencana(2026, 2021)

    @given(years, st.integers(min_value=0, max_value=10), st.integers(min_value=0, max_value=10))
    def test_index_round_trip(self, first, span, offset):
        """first_year + index − 1 gives the year back, for every year inside."""
        plan = PeriodeRencana(first, first + span + offset)
        year = first + offset
        assert year == plan.first_year + plan.year_index(year) - 1


class TestConsolidate:
    def test_sum_counts(self):
        """rules-research §2.2 (Polman): jumlah dokumen 1 + 0 + 2 = 3."""
        assert Decimal(3) == consolidate([1, 0, 2], "sum")

    def test_last_skips_unreported(self):
        """A level indicator takes the last reported quarter: 80, 85, -, - → 85."""
        assert Decimal(85) == consolidate([80, 85, None, None], Konsolidasi.LAST)

    def test_average(self):
        """(70 + 80 + 90 + 100) / 4 = 85."""
        assert Decimal(85) == consolidate([70, 80, 90, 100], "AVERAGE")

    def test_missing_consolidation(self):
        """An indicator with no declared consolidation is refused."""
        with pytest.raises(InvalidValue, match="'consolidation' is required"):
            consolidate([1, 2], None)

    def test_unknown_consolidation(self):
        """An unknown consolidation names the allowed values."""
        with pytest.raises(InvalidValue, match="'consolidation' must be one of"):
            consolidate([1, 2], "median")

    def test_nothing_reported(self):
        """No reported quarter is not assessed, never 0."""
        with pytest.raises(NotAssessed):
            consolidate([None, None], "sum")

    @given(st.lists(positive, min_size=4, max_size=4))
    def test_sum_of_four_quarters_is_annual(self, quarterly):
        """Property: sum over TW I–IV equals the annual figure (their exact sum)."""
        annual = quarterly[0] + quarterly[1] + quarterly[2] + quarterly[3]
        assert annual == consolidate(quarterly, "sum")


class TestCumulative:
    TARGETS = {1: 25, 2: 25, 3: 25, 4: 25}  # noqa: RUF012

    def test_cumulative_basis(self):
        """S.d. TW II: realisasi 20 + 30 = 50 against cumulative target 25 + 25 = 50 → 100 %."""
        k = cumulative(self.TARGETS, {1: 20, 2: 30}, "II", consolidation="sum")
        assert (Decimal(50), Decimal(50), Decimal(100)) == (k.target, k.realisasi, k.capaian)
        assert QuarterBasis.CUMULATIVE_TARGET == k.basis
        assert 2 == k.through

    def test_annual_basis(self):
        """S.d. TW II against the annual target 100: 50 / 100 → 50 %."""
        k = cumulative(
            self.TARGETS, {1: 20, 2: 30}, 2, consolidation="sum", quarter_basis="annual_target"
        )
        assert (Decimal(100), Decimal(50)) == (k.target, k.capaian)

    def test_explicit_annual_target(self):
        """An explicit annual target is used as given: 50 / 80 → 62,5 %."""
        k = cumulative(
            {1: 10},
            {1: 50},
            1,
            consolidation="sum",
            quarter_basis="annual_target",
            annual_target=80,
        )
        assert Decimal("62.5") == k.capaian

    def test_last_level_minimize(self):
        """A level indicator, lower is better: TW III level 9 vs TW III target 8 → 87,5 %."""
        k = cumulative(
            {1: 10, 2: 9, 3: 8, 4: 8},
            {1: 10, 2: 9, 3: 9},
            3,
            consolidation="last",
            polarity="minimize",
        )
        assert Decimal("87.5") == k.capaian

    def test_realisasi_without_target(self):
        """A realisasi for TW III when only TW I–II have targets is a PeriodError."""
        with pytest.raises(PeriodError, match="no target: TW III"):
            cumulative({1: 5, 2: 5}, {1: 5, 3: 5}, 3, consolidation="sum")

    def test_overlapping_keys(self):
        """1 and "I" name the same quarter: an overlap."""
        with pytest.raises(PeriodError, match="overlap"):
            cumulative({1: 5, "I": 5}, {1: 5}, 1, consolidation="sum")

    def test_incomplete_annual(self):
        """The annual basis without all four targets and no annual target is refused."""
        with pytest.raises(PeriodError, match="missing TW III, IV"):
            cumulative({1: 5, 2: 5}, {1: 5}, 1, consolidation="sum", quarter_basis="annual_target")

    def test_missing_consolidation(self):
        """Consolidation is required."""
        with pytest.raises(InvalidValue, match="'consolidation' is required"):
            cumulative(self.TARGETS, {1: 5}, 1, consolidation=None)

    @given(
        st.lists(positive, min_size=4, max_size=4),
        st.lists(positive, min_size=4, max_size=4),
        st.sampled_from(["sum", "last", "average"]),
    )
    def test_tw_iv_annual_basis_equals_annual_capaian(self, tq, rq, kind):
        """Property: at TW IV with the annual basis, capaian is the annual capaian."""
        targets = dict(enumerate(tq, start=1))
        real = dict(enumerate(rq, start=1))
        annual = capaian.compute(consolidate(tq, kind), consolidate(rq, kind))
        k = cumulative(targets, real, 4, consolidation=kind, quarter_basis="annual_target")
        assert annual == k.capaian


class TestJunk:
    @pytest.mark.parametrize(
        "call",
        [
            lambda: Triwulan("2024", 1),
            lambda: Triwulan(2024, 1).shift("1"),  # type: ignore[arg-type]
            lambda: Bulan(2024, 1).shift(1.5),  # type: ignore[arg-type]
            lambda: Triwulan(2024, 1).contains("2024-01-01"),  # type: ignore[arg-type]
            lambda: TahunAnggaran(2024).contains(None),  # type: ignore[arg-type]
            lambda: triwulan_of("2024-09-23"),  # type: ignore[arg-type]
            lambda: month_of(20240923),  # type: ignore[arg-type]
            lambda: PeriodeRencana(2021, "2026"),
            lambda: PeriodeRencana(2021, 2026).check(None),
            lambda: consolidate(["x"], "sum"),
            lambda: cumulative({1: 1}, {1: 1}, 5, consolidation="sum"),
            lambda: cumulative({1: 1}, {1: 1}, 1, consolidation="sum", quarter_basis="monthly"),
            lambda: cumulative({"V": 1}, {}, 1, consolidation="sum"),
        ],
    )
    def test_typed_errors(self, call):
        """Junk input to every public function raises an AkipError, never a bare crash."""
        with pytest.raises(AkipError):
            call()

    def test_module_exports(self):
        """Every name in __all__ exists."""
        assert all(hasattr(periode, name) for name in periode.__all__)


class TestHostileInput:
    """Issue 13: junk periods are refused with a PeriodError, never read or crashed on."""

    @pytest.mark.parametrize("nomor", ["²", "٣", "３", "TW ²"])
    def test_non_ascii_digits_are_no_triwulan(self, nomor):
        """'²'.isdigit() is True and int('٣') is 3: neither is a printed triwulan."""
        with pytest.raises(PeriodError, match="must be 1–4 or I–IV"):
            Triwulan(2024, nomor)

    def test_ascii_digit_text_still_reads(self):
        """'3' and 'TW 3' are TW III."""
        assert [3, 3] == [Triwulan(2024, "3").nomor, Triwulan(2024, "TW 3").nomor]

    def test_last_days_of_year_9999(self):
        """The last fiscal year of the calendar ends on 31 December 9999, as any other."""
        last = date(9999, 12, 31)
        assert [last, last, last] == [
            TahunAnggaran(9999).last_day,
            Triwulan(9999, 4).last_day,
            periode.Bulan(9999, 12).last_day,
        ]

    @pytest.mark.parametrize(
        "call",
        [
            lambda: Triwulan(9999, 4).shift(1),
            lambda: Triwulan(1, 1).shift(-1),
            lambda: periode.Bulan(9999, 12).shift(1),
            lambda: Triwulan(2024, 1).shift(10**5000),
            lambda: periode.Bulan(2024, 1).shift(-(10**5000)),
        ],
    )
    def test_shifts_out_of_the_calendar(self, call):
        """A shift past year 9999 or before year 1, or by a huge count, is a PeriodError."""
        with pytest.raises(PeriodError):
            call()

    def test_shift_across_years(self):
        """TW IV 2024 + 1 = TW I 2025; 03/2024 − 15 months = 12/2022 (hand count)."""
        assert Triwulan(2025, 1) == Triwulan(2024, 4).shift(1)
        assert periode.Bulan(2022, 12) == periode.Bulan(2024, 3).shift(-15)

    @pytest.mark.parametrize(
        "call",
        [
            lambda: Triwulan(2024, 1).contains(datetime(2024, 1, 1, 12, tzinfo=UTC)),
            lambda: TahunAnggaran(2024).contains(datetime(2024, 1, 1, 12, tzinfo=UTC)),
            lambda: periode.triwulan_of(datetime(2024, 1, 1, 12, tzinfo=UTC)),
            lambda: periode.month_of(datetime(2024, 1, 1, 12, tzinfo=UTC)),
        ],
    )
    def test_datetime_is_no_date(self, call):
        """A datetime is a moment, not a day: refused, not compared (TypeError) or truncated."""
        with pytest.raises(PeriodError, match="not a datetime"):
            call()

    @pytest.mark.parametrize("values", [5, "12", {1: 2}, None])
    def test_consolidate_needs_a_sequence(self, values):
        """consolidate('12', 'sum') was 3 (the digits summed); now it is refused."""
        with pytest.raises(InvalidValue, match="must be a sequence"):
            consolidate(values, "sum")

    def test_cumulative_needs_mappings(self):
        """cumulative([25, 25], ...) was an AttributeError."""
        with pytest.raises(InvalidValue, match="must be a mapping"):
            cumulative([25, 25], {1: 20}, 1, consolidation="sum")  # type: ignore[arg-type]

    def test_cumulative_unknown_option(self):
        """An option capaian.compute does not know is named, not a TypeError."""
        with pytest.raises(InvalidValue, match=r"cumulative\(\): unknown option\(s\) \['foo'\]"):
            cumulative({1: 1}, {1: 1}, 1, consolidation="sum", foo=1)


class TestUnreportedQuarter:
    """Issue 13: targets 10/20/30, realisasi 10/–/15 s.d. TW III (TW II not reported)."""

    TARGETS: ClassVar[dict[int, int]] = {1: 10, 2: 20, 3: 30}
    REAL: ClassVar[dict[int, int]] = {1: 10, 3: 15}

    def test_refused_by_default(self):
        """Not assessed: the old 25 / 60 = 41,67 % counted TW II's realisasi as 0."""
        with pytest.raises(NotAssessed, match="TW II is not reported"):
            cumulative(self.TARGETS, self.REAL, 3, consolidation="sum")

    def test_none_is_unreported_too(self):
        """A quarter given as None is the same as an absent one."""
        with pytest.raises(NotAssessed):
            cumulative(self.TARGETS, {1: 10, 2: None, 3: 15}, 3, consolidation="sum")

    def test_left_out_of_both(self):
        """leave_out: (10 + 15) / (10 + 30) × 100 = 62,5 %."""
        k = cumulative(self.TARGETS, self.REAL, 3, consolidation="sum", unreported="leave_out")
        assert (Decimal(40), Decimal(25), Decimal("62.5")) == (k.target, k.realisasi, k.capaian)

    def test_left_out_last(self):
        """leave_out with consolidation last: TW III's 15 against TW III's 30 → 50 %."""
        k = cumulative(self.TARGETS, self.REAL, 3, consolidation="last", unreported="leave_out")
        assert Decimal(50) == k.capaian

    def test_annual_target_cannot_leave_out(self):
        """Against the annual target a quarter cannot be left out: not assessed."""
        with pytest.raises(NotAssessed, match="annual target cannot leave a quarter out"):
            cumulative(
                {1: 10, 2: 20, 3: 30, 4: 40},
                self.REAL,
                3,
                consolidation="sum",
                quarter_basis="annual_target",
                unreported="leave_out",
            )

    def test_quarters_without_target_are_not_gaps(self):
        """An indicator targeted only in TW IV is assessed s.d. TW IV from TW IV alone."""
        k = cumulative({4: 100}, {4: 90}, 4, consolidation="sum")
        assert Decimal(90) == k.capaian

    def test_unknown_policy(self):
        """An unknown policy names the choices."""
        with pytest.raises(InvalidValue, match="'unreported' must be one of"):
            cumulative(self.TARGETS, self.REAL, 3, consolidation="sum", unreported="zero")
