"""Tests of akip.evaluasi_renja, the Permendagri 86/2017 form E.81 computed row by row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import evaluasi_renja
from akip.evaluasi_renja import BarisRenja, Level, evaluate, evaluate_row
from akip.exceptions import AkipError, InvalidValue, NotComputable, PeriodError
from akip.numbers import round_half_up
from akip.predikat import Predikat
from tests.strategies import money


def row(**changes: object) -> BarisRenja:
    """A sub kegiatan "Jumlah dokumen" (Polman style: 1 + 0 + 2 documents, target 2)."""
    values: dict[str, object] = {
        "level": "sub_kegiatan",
        "nama": "Penyusunan Dokumen Perencanaan",
        "indikator": "Jumlah dokumen",
        "consolidation": "sum",
        "renstra_progress": "cumulative_sum",
        "target_renstra": 10,
        "pagu_renstra": 125_000_000,
        "realisasi_lalu_k": 4,
        "realisasi_lalu_rp": 50_000_000,
        "target_k": 2,
        "pagu_rp": 25_000_000,
        "triwulan_k": (1, 0, 2, None),
        "triwulan_rp": (5_000_000, 5_000_000, 6_000_000, 4_000_000),
    }
    values.update(changes)
    return BarisRenja(**values)


class TestColumns:
    def test_count_indicator(self):
        """Cols 5–8 computed by hand from the inputs.

        K 1+0+2 = 3, 3/2 = 150 %; Rp 20 jt / 25 jt = 80 %; Renstra K 4 + 3 = 7, 7/10 = 70 %;
        Rp 50 jt + 20 jt = 70 jt, 70/125 = 56 %.
        """
        r = evaluate_row(row())
        assert (Decimal(3), Decimal(20_000_000)) == (r.realisasi_k, r.realisasi_rp)
        assert (Decimal(150), Decimal(80)) == (r.capaian_k, r.capaian_rp)
        assert (Predikat.SANGAT_TINGGI, Predikat.TINGGI) == (r.predikat_k, r.predikat_rp)
        assert (Decimal(7), Decimal(70_000_000)) == (r.renstra_k, r.renstra_rp)
        assert (Decimal(70), Decimal(56)) == (r.capaian_renstra_k, r.capaian_renstra_rp)

    def test_level_indicator_dumai(self):
        """A level indicator (Dumai IKU "Stabilitas Politik"), TW levels 90, 92, 93, 94.

        Last 94; 94/90 = 104,44 %; Renstra latest level 94 against end target 90 → 104,44 %.
        """
        r = evaluate_row(
            row(
                level=Level.PROGRAM,
                indikator="Persentase peningkatan Stabilitas Politik Dalam Negeri",
                consolidation="last",
                renstra_progress="latest_level",
                target_renstra=90,
                realisasi_lalu_k=90,
                target_k=90,
                triwulan_k=(90, 92, 93, 94),
            )
        )
        assert Decimal(94) == r.realisasi_k
        assert Decimal("104.44") == round_half_up(r.capaian_k)
        assert Decimal(94) == r.renstra_k
        assert Decimal("104.44") == round_half_up(r.capaian_renstra_k)
        assert "Sangat Tinggi" == r.predikat_k.label if r.predikat_k else None

    def test_average_and_minimize(self):
        """Average of 12, 10, 8, 10 = 10 against target 8, lower is better: (16−10)/8 = 75 %."""
        r = evaluate_row(
            row(
                consolidation="average",
                polarity="minimize",
                triwulan_k=(12, 10, 8, 10),
                target_k=8,
                target_renstra=None,
            )
        )
        assert (Decimal(10), Decimal(75)) == (r.realisasi_k, r.capaian_k)
        assert Predikat.SEDANG == r.predikat_k
        assert r.capaian_renstra_k is None

    def test_nothing_reported(self):
        """No quarter reported: col 5 is not assessed (None), col 7 carries last year's figure."""
        r = evaluate_row(row(triwulan_k=(None,) * 4, triwulan_rp=(None,) * 4))
        assert (None, None, None) == (r.realisasi_k, r.capaian_k, r.predikat_k)
        assert (Decimal(4), Decimal(50_000_000)) == (r.renstra_k, r.renstra_rp)

    def test_latest_level_nothing_reported(self):
        """latest_level with no quarter reported keeps last year's level."""
        r = evaluate_row(row(renstra_progress="latest_level", triwulan_k=(None,) * 4))
        assert Decimal(4) == r.renstra_k

    def test_first_year_of_renstra(self):
        """No realisasi before this year: col 7 equals col 5."""
        r = evaluate_row(row(realisasi_lalu_k=None, realisasi_lalu_rp=None))
        assert (Decimal(3), Decimal(20_000_000)) == (r.renstra_k, r.renstra_rp)

    @given(st.lists(money, min_size=4, max_size=4))
    def test_money_sums(self, quarters):
        """Property: col 5 Rp is the exact sum of TW I–IV, whatever the K consolidation."""
        r = evaluate_row(row(consolidation="last", triwulan_rp=tuple(quarters), pagu_rp=1))
        assert quarters[0] + quarters[1] + quarters[2] + quarters[3] == r.realisasi_rp


class TestForm:
    def test_rows_in_order(self):
        """The form keeps the input order."""
        results = evaluate([row(nama="A"), row(nama="B")])
        assert ["A", "B"] == [r.baris.nama for r in results]

    def test_rkpd_needs_perangkat_daerah(self):
        """The RKPD form names the responsible Perangkat Daerah on every row."""
        with pytest.raises(InvalidValue, match="'perangkat_daerah' is required"):
            evaluate([row()], form="rkpd")
        done = evaluate([row(perangkat_daerah="Badan Kesbangpol")], form="rkpd")
        assert "Badan Kesbangpol" == done[0].baris.perangkat_daerah

    def test_labels_option(self):
        """The label set Sangat Baik … is selectable."""
        r = evaluate([row()], labels="baik")[0]
        assert "Sangat Baik" == r.predikat_k.label if r.predikat_k else None


class TestBadInput:
    def test_missing_consolidation(self):
        """Consolidation is declared on every indicator: missing is refused."""
        with pytest.raises(InvalidValue, match="'consolidation' is required"):
            row(consolidation=None)

    def test_missing_progress_mode(self):
        """The Renstra progress mode is required."""
        with pytest.raises(InvalidValue, match="'renstra_progress' mode is required"):
            row(renstra_progress=None)

    def test_five_quarters(self):
        """A fifth triwulan is a PeriodError."""
        with pytest.raises(PeriodError, match="exactly four quarters"):
            row(triwulan_k=(1, 1, 1, 1, 1))

    def test_realisasi_without_target(self):
        """A quarterly realisasi for a year with no target is a PeriodError."""
        with pytest.raises(PeriodError, match=r"'triwulan_k' TW I .* no target"):
            row(target_k=None)
        with pytest.raises(PeriodError, match=r"'triwulan_rp' TW I .* no pagu"):
            row(pagu_rp=None)

    def test_zero_pagu(self):
        """A pagu of 0 makes tingkat capaian anggaran not computable."""
        with pytest.raises(NotComputable, match="'pagu_rp' must be != 0"):
            evaluate_row(row(pagu_rp=0))

    @pytest.mark.parametrize(
        "call",
        [
            lambda: row(level="urusan"),
            lambda: row(nama=""),
            lambda: row(indikator=None),
            lambda: row(polarity="up"),
            lambda: row(target_k="Rp 1"),
            lambda: row(triwulan_k="1234"),
            lambda: row(triwulan_rp=5),
            lambda: row(perangkat_daerah=""),
            lambda: evaluate_row("row"),
            lambda: evaluate([]),
            lambda: evaluate([row()], form="rpjmd"),
            lambda: evaluate(["row"]),
        ],
    )
    def test_typed_errors(self, call):
        """Junk input to every public function raises an AkipError naming the field."""
        with pytest.raises(AkipError, match="'"):
            call()

    def test_module_exports(self):
        """Every name in __all__ exists."""
        assert all(hasattr(evaluasi_renja, name) for name in evaluasi_renja.__all__)
