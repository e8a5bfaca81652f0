"""Tests of akip.fisik: capaian fisik and per-unit sums that never add different units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from akip import fisik, round_half_up
from akip.exceptions import AkipError, InvalidValue, NotComputable
from akip.fisik import FisikLine

#: Kegiatan "Perumusan Kebijakan … Ideologi Pancasila" of the seed's last table: printed
#: "100 / 51 orang, 51.00".
IDEOLOGI = [
    FisikLine("Koordinasi", 16, 16, "orang"),
    FisikLine("Monev", 2, 1, "laporan"),
    FisikLine("Karakter Keluarga", 120, 29, "keluarga"),
    FisikLine("Paskibraka", 84, 35, "orang"),
]


class TestCapaianFisik:
    @pytest.mark.parametrize(
        ("target", "realisasi", "printed"),
        [(120, 29, "24.17"), (84, 35, "41.67"), (3, 2, "66.67"), (3, 1, "33.33"), (2, 1, "50.00")],
    )
    def test_seed_lines(self, target, realisasi, printed):
        """The seed's printed capaian fisik per sub kegiatan (realisasi / target × 100)."""
        assert Decimal(printed) == round_half_up(fisik.capaian_fisik(target, realisasi))

    def test_target_zero(self):
        """Target 0: NotComputable."""
        with pytest.raises(NotComputable):
            fisik.capaian_fisik(0, 1)

    def test_negative(self):
        """Negative figures are refused."""
        with pytest.raises(InvalidValue):
            fisik.capaian_fisik(5, -1)


class TestSumInUnit:
    def test_seed_kegiatan(self):
        """100 orang / 51 orang = (16 + 84) / (16 + 35), leaving out laporan and keluarga."""
        orang = fisik.sum_in_unit(IDEOLOGI, "orang")
        assert (Decimal(100), Decimal(51)) == (orang.target, orang.realisasi)
        assert Decimal("51.00") == round_half_up(orang.capaian)
        assert ("Koordinasi", "Paskibraka") == orang.included
        assert ("Monev", "Karakter Keluarga") == orang.left_out

    def test_case_and_space(self):
        """Units compare trimmed and case folded."""
        lines = [FisikLine("a", 1, 1, "Orang "), FisikLine("b", 2, 2, "orang")]
        assert Decimal(3) == fisik.sum_in_unit(lines, "ORANG").target

    def test_unknown_unit(self):
        """A unit no line has is refused."""
        with pytest.raises(InvalidValue, match="dokumen"):
            fisik.sum_in_unit(IDEOLOGI, "dokumen")


class TestRollup:
    def test_one_sum_per_unit(self):
        """Three units, three sums, none adding different units."""
        sums = fisik.rollup_fisik(IDEOLOGI)
        expected = [
            ("orang", Decimal(100), Decimal(51)),
            ("laporan", Decimal(2), Decimal(1)),
            ("keluarga", Decimal(120), Decimal(29)),
        ]
        assert expected == [(s.satuan, s.target, s.realisasi) for s in sums]


class TestJunk:
    @pytest.mark.parametrize(
        "args",
        [("", 1, 1, "orang"), ("a", None, 1, "orang"), ("a", 1, "x", "orang"), ("a", 1, 1, "")],
    )
    def test_line(self, args):
        """Bad names, numbers and units raise AkipError."""
        with pytest.raises(AkipError):
            FisikLine(*args)

    def test_functions(self):
        """Non-lines, bad units and junk numbers raise AkipError."""
        with pytest.raises(AkipError):
            fisik.rollup_fisik([("a", 1, 1, "orang")])  # type: ignore[list-item]
        with pytest.raises(AkipError):
            fisik.sum_in_unit(IDEOLOGI, None)  # type: ignore[arg-type]
        with pytest.raises(AkipError):
            fisik.capaian_fisik(float("nan"), 1)
        big = [FisikLine("a", Decimal("1e40"), 0, "x"), FisikLine("b", Decimal("1e-40"), 0, "x")]
        # 10^40 + 10^-40 needs 81 digits: summed exactly, not rounded to 60.
        assert Decimal("1" + "0" * 40 + "." + "0" * 39 + "1") == fisik.sum_in_unit(big, "x").target
        assert Decimal(50) == IDEOLOGI[1].capaian
