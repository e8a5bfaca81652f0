"""Tests of akip.efisiensi: indeks efisiensi and its category."""

from __future__ import annotations

from decimal import Decimal

import pytest

from akip import efisiensi, round_half_up
from akip.efisiensi import KategoriEfisiensi
from akip.exceptions import AkipError, InvalidValue, NotComputable


class TestIndeks:
    def test_seed_iku1(self):
        """Seed III.8 a: 94 / 79,61 = 1,1807… → 1,18, EFISIEN."""
        result = efisiensi.assess_efisiensi(94, Decimal("79.61"))
        assert Decimal("1.18") == round_half_up(result.indeks)
        assert KategoriEfisiensi.EFISIEN == result.kategori

    def test_seed_iku2_rounds_half_up(self):
        """Seed III.8 b prints 1,19 for 85 / 71,09 = 1,1956…; HALF_UP gives 1,20."""
        assert Decimal("1.20") == round_half_up(efisiensi.indeks_efisiensi(85, Decimal("71.09")))

    def test_prkom(self):
        """BPOM PRKOM: 99,92 / 94,00 = 1,063."""
        assert Decimal("1.063") == round_half_up(efisiensi.indeks_efisiensi("99.92", 94), 3)

    def test_penyerapan_zero(self):
        """Penyerapan 0: NotComputable."""
        with pytest.raises(NotComputable):
            efisiensi.indeks_efisiensi(90, 0)


class TestKategori:
    @pytest.mark.parametrize(
        ("indeks", "efisien_if", "upper_bound", "expected"),
        [
            (1, "ge_1", None, KategoriEfisiensi.EFISIEN),
            (1, "gt_1", None, KategoriEfisiensi.TIDAK_EFISIEN),
            ("0.99", "ge_1", None, KategoriEfisiensi.TIDAK_EFISIEN),
            ("1.81", "ge_1", "1.81", KategoriEfisiensi.EFISIEN),
            ("1.82", "ge_1", "1.81", KategoriEfisiensi.TIDAK_EFISIEN),
        ],
    )
    def test_options(self, indeks, efisien_if, upper_bound, expected):
        """≥ 1 by default; > 1 as an option; above the PRKOM upper bound 1,81 not efisien."""
        assert expected == efisiensi.kategori_efisiensi(
            indeks, efisien_if=efisien_if, upper_bound=upper_bound
        )

    def test_bad_options(self):
        """Unknown rule and an upper bound below 1 are refused."""
        with pytest.raises(InvalidValue):
            efisiensi.kategori_efisiensi(1, efisien_if="ge1")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue):
            efisiensi.kategori_efisiensi(1, upper_bound="0.5")


class TestJunk:
    @pytest.mark.parametrize("junk", [None, True, "1,5", float("inf"), -1, []])
    def test_inputs(self, junk):
        """Junk or negative inputs raise AkipError, never ZeroDivisionError."""
        with pytest.raises(AkipError):
            efisiensi.assess_efisiensi(junk, 90)
        with pytest.raises(AkipError):
            efisiensi.assess_efisiensi(90, junk)


class TestTingkatAndAturan:
    """TE = IE − SE and a report's own rule as data (BPOM reports)."""

    @pytest.mark.parametrize(
        ("capaian_kinerja", "penyerapan", "ie", "te"),
        [
            # BPOM PRKOM LKj 2021, Tabel 28: 99,92 / 94,00 = 1,06298 → 1,063; TE 0,063.
            ("99.92", "94.00", "1.063", "0.063"),
            # Tabel 28 row 2: 100,00 / 99,21 = 1,00796 → 1,008; TE 0,008.
            ("100.00", "99.21", "1.008", "0.008"),
        ],
    )
    def test_prkom_tabel_28(self, capaian_kinerja, penyerapan, ie, te):
        """The printed IE and TE of BPOM PRKOM 2021 Tabel 28, rounded to 3 decimals."""
        indeks = efisiensi.indeks_efisiensi(Decimal(capaian_kinerja), Decimal(penyerapan))
        assert Decimal(ie) == round_half_up(indeks, 3)
        assert Decimal(te) == round_half_up(efisiensi.tingkat_efisiensi(indeks), 3)

    def test_own_standard(self):
        """With SE 1,2 an IE of 1,05 is 0,15 below the standard."""
        assert Decimal("-0.15") == efisiensi.tingkat_efisiensi(Decimal("1.05"), Decimal("1.2"))
        assert Decimal("-0.15") == efisiensi.Aturan(standar=Decimal("1.2")).tingkat("1.05")

    @pytest.mark.parametrize(
        ("aturan", "indeks", "expected"),
        [
            (efisiensi.Aturan(efisien_if="gt"), 1, KategoriEfisiensi.TIDAK_EFISIEN),
            (efisiensi.Aturan(), 1, KategoriEfisiensi.EFISIEN),
            (efisiensi.Aturan(upper_bound="1.81"), "1.81", KategoriEfisiensi.EFISIEN),
            (efisiensi.Aturan(upper_bound="1.81"), "1.811", KategoriEfisiensi.TIDAK_EFISIEN),
            (efisiensi.Aturan(upper_bound="1.5"), "0.99", KategoriEfisiensi.TIDAK_EFISIEN),
        ],
    )
    def test_rule_as_data(self, aturan, indeks, expected):
        """IE > SE (Ambon), IE ≥ SE, 1 ≤ IE ≤ 1,81 (PRKOM), 1 ≤ IE ≤ 1,5."""
        assert expected == aturan.classify(indeks)

    @pytest.mark.parametrize(
        "kwargs",
        [{"efisien_if": "ge_1"}, {"standar": 0}, {"standar": 2, "upper_bound": 1}],
    )
    def test_bad_rules(self, kwargs):
        """An unknown comparison, SE ≤ 0 or an upper bound below SE is refused."""
        with pytest.raises(InvalidValue):
            efisiensi.Aturan(**kwargs)

    def test_rule_of_a_huge_int_is_refused_bounded(self):
        """An efisien_if of 5001 digits (10^5000) is refused, its size shown, not its digits."""
        with pytest.raises(InvalidValue) as info:
            efisiensi.Aturan(efisien_if=10**5000)
        assert "'efisien_if' must be one of ('ge', 'gt'): <int of about 5001 digits>" == str(
            info.value
        )
