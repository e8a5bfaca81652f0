"""Tests of the example with periodic realisasi: examples/polewali-mandar-2022.toml.

The file transcribes a published "Pengukuran Kinerja Tahun 2022" (SIMKINERJA, Pemerintah
Kabupaten Polewali Mandar) that prints realisasi per month 1-12 with a Jumlah, on indicator
rows and on budget rows (see the header of the file). The printed figures are copied into
this module; the hand computations use exact fractions and round half up by hand,
independently of akip's code. They find no slip on the page: every Jumlah, every % and the
kegiatan's sums agree, so the check must flag nothing, and every period figure must be
checked (corroborated by the Jumlah it adds up to), none left unchecked.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip import check, report
from akip.check import Status
from tests.hand import round_half_up as _round

if TYPE_CHECKING:
    from akip.report import Report

EXAMPLE = Path(__file__).parent.parent / "examples" / "polewali-mandar-2022.toml"
TEXT = EXAMPLE.read_text(encoding="utf-8")

# The budget table as printed: Alokasi, the filled month cells in printed order, Jumlah, %.
BUDGET = {
    "K": (
        "1,004,422,800",
        ("177,776,900", "217,285,100", "159,227,092", "446,683,866"),
        "1,000,972,958",
        "99.66",
    ),
    "SK1": (
        "808,430,200",
        ("177,776,900", "139,800,500", "156,653,392", "331,138,792"),
        "805,369,584",
        "99.62",
    ),
    "SK2": (
        "195,992,600",
        ("77,484,600", "2,573,700", "115,545,074"),
        "195,603,374",
        "99.80",
    ),
}

# The indicator table as printed: target, the filled month cells, Jumlah, Kinerja %.
INDICATORS = {
    "SK-1": ("95.56", ("93",), "93", "97.32"),
    "SSK1-1": ("2", ("1", "0", "2"), "3", "150.00"),
    "SSK2-1": ("3", ("1", "1", "1", "2"), "5", "166.67"),
}

PLACE = "{table}, row '{row}', {year}column {column}"
SK2_ROW = (
    "Koordinasi dan Penyusunan Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala "
    "Daerah Tentang Penjabaran Perubahan APBD"
)
SSK1_ROW = (
    "Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu"
)


def _f(text: str) -> Fraction:
    """A printed US-style number as an exact fraction (thousands commas dropped by hand)."""
    return Fraction(Decimal(text.replace(",", "")))


def _findings(rep: Report) -> set[tuple[str, str, str]]:
    return {
        (f.code, f.severity.value, f.place)
        for f in check.check(rep)
        if f.severity.value in ("error", "warning")
    }


class TestTranscription:
    def test_periods_load_in_printed_order(self):
        """Each row keeps its filled month cells as printed, in order, with their style."""
        rep = report.load(EXAMPLE)
        for key, (_, months, _, _) in BUDGET.items():
            periods = rep.line(key).rows[0].realisasi_periode
            assert [p for p, _ in periods] == [f"isian {i}" for i in range(1, len(months) + 1)]
            assert tuple(f.text for _, f in periods) == months
            assert {f.locale for _, f in periods} == {"en_US"}
        for key, (_, months, _, _) in INDICATORS.items():
            periods = rep.indicator(key).rows[0].realisasi_periode
            assert tuple(f.text for _, f in periods) == months

    def test_consolidations_are_declared(self):
        """The document counts add up (sum); the one-month percentage takes its figure."""
        rep = report.load(EXAMPLE)
        found = {key: rep.indicator(key).consolidation for key in INDICATORS}
        assert found == {"SK-1": "last", "SSK1-1": "sum", "SSK2-1": "sum"}


class TestHandComputation:
    def test_every_budget_jumlah_is_the_sum_of_its_months(self):
        """177.776.900 + 217.285.100 + 159.227.092 + 446.683.866 = 1.000.972.958, etc."""
        wrong = {
            key
            for key, (_, months, jumlah, _) in BUDGET.items()
            if sum(_f(m) for m in months) != _f(jumlah)
        }
        assert wrong == set()
        assert sum(_f(m) for m in BUDGET["SK2"][1]) == 195_603_374

    def test_every_realisasi_percent_rounds_from_the_ratio(self):
        """1.000.972.958 / 1.004.422.800 = 99,6565…% → 99.66; 99.62 and 99.80 likewise."""
        wrong = {
            key
            for key, (pagu, _, jumlah, pct) in BUDGET.items()
            if _round(_f(jumlah) / _f(pagu) * 100, 2) != Decimal(pct)
        }
        assert wrong == set()
        assert _round(Fraction(195_603_374, 195_992_600) * 100, 2) == Decimal("99.80")

    def test_the_kegiatan_is_the_sum_of_its_sub_kegiatan(self):
        """Alokasi and Jumlah add up; so does every month column, SK2 under the last three."""
        kegiatan, first, second = BUDGET["K"], BUDGET["SK1"], BUDGET["SK2"]
        assert _f(first[0]) + _f(second[0]) == _f(kegiatan[0])
        assert _f(first[2]) + _f(second[2]) == _f(kegiatan[2])
        shifted = (Fraction(0), *(_f(m) for m in second[1]))
        columns = [_f(a) + b for a, b in zip(first[1], shifted, strict=True)]
        assert columns == [_f(m) for m in kegiatan[1]]

    def test_every_indicator_jumlah_and_kinerja(self):
        """1 + 0 + 2 = 3 of 2: 150.00 %; 1 + 1 + 1 + 2 = 5 of 3: 166.67 %; 93 of 95.56: 97.32 %."""
        for target, months, jumlah, kinerja in INDICATORS.values():
            assert sum(_f(m) for m in months) == _f(jumlah)
            assert _round(_f(jumlah) / _f(target) * 100, 2) == Decimal(kinerja)


class TestCheck:
    def test_check_flags_nothing(self):
        """No slip on the page, so no finding at any severity."""
        assert list(check.check(report.load(EXAMPLE))) == []

    def test_every_period_figure_is_checked(self):
        """The 19 month figures agree (each corroborated by its Jumlah); none is unchecked.

        Only the three targets stay unchecked: each is printed once, with no PK to compare.
        """
        book = check.ledger(report.load(EXAMPLE))
        periods = [v for v in book.verdicts if v.where.column.startswith("realisasi_periode[")]
        expected = sum(len(m) for _, m, _, _ in BUDGET.values())
        expected += sum(len(m) for _, m, _, _ in INDICATORS.values())
        assert expected == 19
        assert (len(periods), {v.status for v in periods}) == (expected, {Status.AGREES})
        unchecked = {
            (v.where.column, v.printed) for v in book.verdicts if v.status is Status.NOT_CHECKED
        }
        assert unchecked == {("target", "95.56"), ("target", "2"), ("target", "3")}

    def test_a_slipped_month_is_found_at_its_jumlah(self):
        """3 printed for 1 + 0 + 1; 195.603.374 printed for 195.603.474: one error each."""
        indicator = TEXT.replace(
            '"isian 2" = "0", "isian 3" = "2"', '"isian 2" = "0", "isian 3" = "1"'
        )
        budget = TEXT.replace('"isian 2" = "2,573,700"', '"isian 2" = "2,573,800"')
        assert TEXT not in (indicator, budget)
        row = PLACE.format(table="Kinerja", row=SSK1_ROW, year="year 2022, ", column="realisasi")
        assert _findings(report.loads_toml(indicator)) == {("PERIODE_MISMATCH", "error", row)}
        row = PLACE.format(table="Anggaran", row=SK2_ROW, year="", column="realisasi")
        assert _findings(report.loads_toml(budget)) == {("SUM_MISMATCH", "error", row)}

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(delta=st.integers(min_value=-77_484_600, max_value=10**9).filter(bool))
    def test_any_change_of_a_month_is_found(self, delta: int):
        """Whatever a month figure is changed by, its Jumlah no longer adds up: SUM_MISMATCH."""
        changed = f"{77_484_600 + delta:,}"
        text = TEXT.replace('"isian 1" = "77,484,600"', f'"isian 1" = "{changed}"')
        row = PLACE.format(table="Anggaran", row=SK2_ROW, year="", column="realisasi")
        assert ("SUM_MISMATCH", "error", row) in _findings(report.loads_toml(text))
