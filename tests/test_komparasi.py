"""Tests of akip.komparasi against the Dumai LKIP 2024 Tabel III.4 and Tabel III.5."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from akip import komparasi
from akip.exceptions import AkipError, InvalidValue, NotAssessed, PeriodError
from akip.komparasi import (
    ProgressMode,
    change,
    compare_years,
    renstra_progress,
    renstra_realisasi,
)
from akip.numbers import round_half_up
from akip.periode import PeriodeRencana
from akip.perubahan import Version, VersionHistory

RENSTRA = PeriodeRencana(2021, 2026)


class TestTabelIII4:
    def test_partisipasi_pemilu(self):
        """IKU "Partisipasi ... Pemilu": 85/85, 90/90, 2024 "-" → 100, 100, not assessed."""
        c = compare_years({2022: 85, 2023: 90, 2024: None}, {2022: 85, 2023: 90}, periode=RENSTRA)
        assert [Decimal(100), Decimal(100), None] == [row.capaian for row in c.rows]
        assert [2022, 2023, 2024] == [row.tahun for row in c.rows]

    def test_stabilitas_politik(self):
        """IKU "Stabilitas Politik": 90/90, 90/90, 94/90 → 100, 100, 104 (94/90·100 = 104,44)."""
        c = compare_years({2022: 90, 2023: 90, 2024: 90}, {2022: 90, 2023: 90, 2024: 94})
        printed = [round_half_up(row.capaian, 0) for row in c.rows if row.capaian is not None]
        assert [Decimal(100), Decimal(100), Decimal(104)] == printed

    def test_stabilitas_change_2023_2024(self):
        """Bab III: "capaian tahun 2024 meningkat sebesar 4%": 104,444… − 100 = 4,44 points.

        In percent of 2023: 4,444… / 100 × 100 = 4,44 % too; realisasi rose 4 points (90 → 94),
        4 / 90 × 100 = 4,44 %.
        """
        c = compare_years({2023: 90, 2024: 90}, {2023: 90, 2024: 94})
        change = c.capaian_change(2023, 2024)
        assert Decimal(4) == round_half_up(change.points, 0)
        assert Decimal("4.44") == round_half_up(change.points)
        assert change.percent is not None
        assert Decimal("4.44") == round_half_up(change.percent)
        real = c.realisasi_change(2023, 2024)
        assert (Decimal(4), Decimal("4.44")) == (real.points, round_half_up(real.percent or 0))

    def test_konflik_sosial(self):
        """IKU "Fasilitasi Penanganan Konflik Sosial": new in 2024, 85 against 100 → 85."""
        c = compare_years({2022: None, 2023: None, 2024: 100}, {2024: 85})
        assert Decimal(85) == c.year(2024).capaian
        with pytest.raises(NotAssessed, match="'capaian' is not assessed in 2023"):
            c.capaian_change(2023, 2024)

    def test_minimize(self):
        """A lower-is-better indicator uses the minimize formula: 9 against 8 → 87,5."""
        c = compare_years({2024: 8}, {2024: 9}, "minimize")
        assert Decimal("87.5") == c.year(2024).capaian

    def test_percent_from_zero(self):
        """A change from 0 has points but no percent (not computable)."""
        c = compare_years({2023: 10, 2024: 10}, {2023: 0, 2024: 5})
        change = c.realisasi_change(2023, 2024)
        assert (Decimal(5), None) == (change.points, change.percent)

    def test_realisasi_without_target(self):
        """A realisasi for a year printed "-" in the target row is a PeriodError."""
        with pytest.raises(PeriodError, match="no target: 2023"):
            compare_years({2023: None}, {2023: 90})

    def test_year_outside_renstra(self):
        """A year outside the Renstra is refused when the period is given."""
        with pytest.raises(PeriodError, match="2021–2026: 2027"):
            compare_years({2027: 90}, {}, periode=RENSTRA)

    def test_years_out_of_order(self):
        """A change must go forward in time."""
        c = compare_years({2023: 90, 2024: 90}, {2023: 90, 2024: 94})
        with pytest.raises(PeriodError, match="'to_year' must be after"):
            c.capaian_change(2024, 2023)
        with pytest.raises(PeriodError, match="not in the comparison: 2022"):
            c.year(2022)


class TestTargetVersions:
    """A year's target given as a PK history: the version rule picks the target."""

    @staticmethod
    def history(**extra: int) -> VersionHistory:
        return VersionHistory(
            [
                Version("murni", date(2024, 1, 2), {"IKU1": 90, **extra}),
                Version("perubahan", date(2024, 9, 23), {"IKU1": 95, **extra}),
            ]
        )

    def test_latest_by_default(self):
        """The signed PK perubahan governs: 94 / 95 × 100 = 98,947… → 98,95 (rules §5)."""
        row = compare_years({2024: self.history()}, {2024: 94}).year(2024)
        assert (Decimal(95), "perubahan") == (row.target, row.target_version)
        assert Decimal("98.95") == round_half_up(row.capaian)

    def test_original_and_on_a_date(self):
        """The original PK, or the version in force on a day: 94 / 90 → 104,44."""
        for choice in ("original", date(2024, 9, 22)):
            row = compare_years({2024: self.history()}, {2024: 94}, target_version=choice)
            assert (Decimal(90), "murni") == (row.year(2024).target, row.year(2024).target_version)
            assert Decimal("104.44") == round_half_up(row.year(2024).capaian)
        on_the_day = compare_years(
            {2024: self.history()}, {2024: 94}, target_version=date(2024, 9, 23)
        )
        assert "perubahan" == on_the_day.year(2024).target_version

    def test_mixed_with_plain_years(self):
        """Plain numbers keep no version; the change runs across both kinds of year."""
        c = compare_years({2023: 90, 2024: self.history()}, {2023: 90, 2024: 94})
        assert c.year(2023).target_version is None
        # 2023: 90 / 90 = 100; 2024: 94 / 95 = 98,947… → −1,05 points.
        assert Decimal("-1.05") == round_half_up(c.capaian_change(2023, 2024).points)

    def test_key(self):
        """A PK with several indicators needs the key; an unknown key is refused."""
        history = self.history(IKU2=50)
        with pytest.raises(InvalidValue, match=r"'key' must name the indicator"):
            compare_years({2024: history}, {2024: 94})
        assert Decimal(95) == compare_years({2024: history}, {2024: 94}, key="IKU1").rows[0].target
        with pytest.raises(InvalidValue, match=r"'key' is not in version"):
            compare_years({2024: history}, {2024: 94}, key="IKU9")

    def test_bad_choice(self):
        """A date before the first version, an unknown rule."""
        with pytest.raises(PeriodError, match=r"before the first version"):
            compare_years({2024: self.history()}, {2024: 94}, target_version=date(2023, 1, 1))
        with pytest.raises(InvalidValue, match=r"'rule'"):
            compare_years({2024: self.history()}, {2024: 94}, target_version="newest")


class TestChange:
    def test_penyerapan_points_and_percent(self):
        """§B: 96,66 % (2023) → 90,73 % (2024) is −5,93 points but −6,13 % relative.

        90,73 − 96,66 = −5,93; −5,93 / 96,66 × 100 = −6,1349… → −6,13 (HALF_UP).
        """
        c = change(2023, 2024, Decimal("96.66"), Decimal("90.73"))
        assert Decimal("-5.93") == c.points
        assert c.percent is not None
        assert Decimal("-6.13") == round_half_up(c.percent)
        assert (2023, 2024, Decimal("96.66"), Decimal("90.73")) == (
            c.from_year,
            c.to_year,
            c.old,
            c.new,
        )

    def test_from_zero(self):
        """A change from 0 has points but no percent."""
        assert (Decimal(3), None) == (
            change(2023, 2024, 0, 3).points,
            change(2023, 2024, 0, 3).percent,
        )

    @pytest.mark.parametrize(
        ("from_year", "to_year", "old", "new", "error"),
        [
            (2024, 2024, 1, 2, PeriodError),
            (2024, 2023, 1, 2, PeriodError),
            ("2023", 2024, 1, 2, PeriodError),
            (2023, True, 1, 2, PeriodError),
            (2023, 2024, "abc", 2, AkipError),
            (2023, 2024, 1, float("nan"), AkipError),
        ],
    )
    def test_junk(self, from_year, to_year, old, new, error):
        """Years out of order or not ints, and values that are not numbers, are refused."""
        with pytest.raises(error):
            change(from_year, to_year, old, new)


class TestTabelIII5:
    def test_stabilitas_politik(self):
        """Target akhir Renstra 90 %, realisasi 2024 94 % → tingkat kemajuan 104 % (104,44)."""
        p = renstra_progress(
            90, {2022: 90, 2023: 90, 2024: 94}, 2024, mode="latest_level", periode=RENSTRA
        )
        assert (Decimal(94), Decimal(104)) == (p.realisasi, round_half_up(p.capaian, 0))
        assert 4 == p.year_index

    def test_konflik_sosial(self):
        """Target akhir Renstra 100 %, realisasi 2024 85 % → 85 %."""
        p = renstra_progress(100, {2024: 85}, 2024, mode="latest_level", periode=RENSTRA)
        assert Decimal(85) == p.capaian

    def test_cumulative_sum(self):
        """A count indicator: 2 + 3 + 1 documents s.d. 2024 against 10 → 60 %; 2025 not used."""
        p = renstra_progress(
            10,
            {2022: 2, 2023: 3, 2024: 1, 2025: 4},
            2024,
            mode=ProgressMode.CUMULATIVE_SUM,
            periode=RENSTRA,
        )
        assert (Decimal(6), Decimal(60)) == (p.realisasi, p.capaian)

    def test_minimize_against_end_target(self):
        """Lower is better: level 12 against end target 10 → (20 − 12)/10 × 100 = 80."""
        p = renstra_progress(
            10, {2024: 12}, 2024, mode="latest_level", periode=RENSTRA, polarity="minimize"
        )
        assert Decimal(80) == p.capaian

    def test_latest_reported_level(self):
        """latest_level takes the latest reported year up to the year (2023 when 2024 is None)."""
        real = renstra_realisasi(
            {2023: 70, 2024: None}, 2024, mode="latest_level", periode=RENSTRA
        )
        assert Decimal(70) == real

    def test_missing_mode(self):
        """The progress mode is declared per indicator and required."""
        with pytest.raises(InvalidValue, match="'renstra_progress' mode is required"):
            renstra_progress(90, {2024: 94}, 2024, mode=None, periode=RENSTRA)

    def test_outside_period(self):
        """A realisasi year outside the Renstra is refused."""
        with pytest.raises(PeriodError, match="2021–2026: 2020"):
            renstra_progress(90, {2020: 80}, 2024, mode="latest_level", periode=RENSTRA)

    def test_nothing_reported(self):
        """No realisasi up to the year is not assessed."""
        with pytest.raises(NotAssessed):
            renstra_progress(90, {2025: 80}, 2024, mode="latest_level", periode=RENSTRA)


class TestJunk:
    @pytest.mark.parametrize(
        "call",
        [
            lambda: compare_years([90], {}),  # type: ignore[arg-type]
            lambda: compare_years({"2024": 90}, {}),
            lambda: compare_years({2024: "x"}, {}),
            lambda: compare_years({2024: 90}, {2024: 94}, "up"),
            lambda: renstra_progress(90, {2024: 94}, 2024, mode="sum", periode=RENSTRA),
            lambda: renstra_progress(90, {2024: 94}, 2024, mode="latest_level", periode=None),
            lambda: renstra_progress("x", {2024: 94}, 2024, mode="latest_level", periode=RENSTRA),
            lambda: renstra_progress(90, {2024: 94}, "2024", mode="latest_level", periode=RENSTRA),
        ],
    )
    def test_typed_errors(self, call):
        """Junk input to every public function raises an AkipError naming the field."""
        with pytest.raises(AkipError, match="'"):
            call()

    def test_module_exports(self):
        """Every name in __all__ exists."""
        assert all(hasattr(komparasi, name) for name in komparasi.__all__)


class TestRelativeBase:
    """Issue 13: a relative change needs a positive base unless asked to divide by |base|."""

    def test_rise_from_a_negative_base_is_not_computable(self):
        """−10 → −5 is a rise; (−5 − (−10)) / −10 = −50 % would say it fell."""
        c = change(2023, 2024, -10, -5)
        assert (Decimal(5), None) == (c.points, c.percent)

    def test_absolute_base(self):
        """base="absolute": 5 / |−10| × 100 = +50 %; −10 → −15 is −5 / 10 × 100 = −50 %."""
        assert Decimal(50) == change(2023, 2024, -10, -5, base="absolute").percent
        assert Decimal(-50) == change(2023, 2024, -10, -15, base="absolute").percent

    def test_zero_base_is_never_computable(self):
        """Nothing is a percentage of 0, whatever the base rule."""
        assert [None, None] == [
            change(2023, 2024, 0, 5).percent,
            change(2023, 2024, 0, 5, base="absolute").percent,
        ]

    def test_positive_base_unchanged(self):
        """A positive base: 80 → 90 is 10 / 80 × 100 = 12,5 % under either rule."""
        assert [Decimal("12.5")] * 2 == [
            change(2023, 2024, 80, 90).percent,
            change(2023, 2024, 80, 90, base="absolute").percent,
        ]

    def test_comparison_passes_the_rule(self):
        """Comparison.realisasi_change takes the same option."""
        c = compare_years({2023: 1, 2024: 1}, {2023: -10, 2024: -5}, negative="compute")
        assert c.realisasi_change(2023, 2024).percent is None
        assert Decimal(50) == c.realisasi_change(2023, 2024, base="absolute").percent

    def test_unknown_rule(self):
        """An unknown base rule names the choices."""
        with pytest.raises(InvalidValue, match="'base' must be one of"):
            change(2023, 2024, 1, 2, base="abs")


class TestHostileInput:
    """Issue 13: options and years are checked before anything is computed."""

    def test_unknown_option(self):
        """compare_years(..., foo=1) was a TypeError from capaian.compute."""
        with pytest.raises(
            InvalidValue, match=r"compare_years\(\): unknown option\(s\) \['foo'\]"
        ):
            compare_years({2024: 90}, {2024: 94}, foo=1)

    def test_unknown_option_progress(self):
        """renstra_progress refuses it too."""
        with pytest.raises(InvalidValue, match="unknown option"):
            komparasi.renstra_progress(
                90,
                {2024: 94},
                2024,
                mode="latest_level",
                periode=PeriodeRencana(2021, 2026),
                cpa=1,
            )

    @pytest.mark.parametrize(
        "year",
        [10**5000, Decimal("sNaN"), 0, 10_000, "2024"],
        ids=["huge", "sNaN", "0", "10000", "text"],
    )
    def test_years(self, year):
        """A year must be an int from 1 to 9999: no hash or comparison of junk first."""
        comparison = compare_years({2024: 90}, {2024: 94})
        with pytest.raises(PeriodError):
            comparison.year(year)
        with pytest.raises(PeriodError):
            comparison.capaian_change(year, 2024)

    def test_periode_type(self):
        """A periode that is not a PeriodeRencana is refused by name."""
        with pytest.raises(PeriodError, match="'periode' must be a PeriodeRencana"):
            compare_years({2024: 90}, {2024: 94}, periode=(2021, 2026))  # type: ignore[arg-type]


def test_key_must_be_text():
    """compare_years(key=5) is refused by name (issue 13)."""
    with pytest.raises(InvalidValue, match="'key' must be text or None"):
        compare_years({2024: 90}, {2024: 94}, key=5)  # type: ignore[arg-type]
