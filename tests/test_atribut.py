"""Tests of akip.atribut: the Dumai Tabel III.2 scale and the other named scales."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import atribut
from akip.atribut import Atribut, AtributMalukuTengah, ScaleName
from akip.exceptions import AkipError, InvalidNumber, InvalidValue
from akip.predikat import PredikatBaik
from tests.strategies import percentages


class TestDumai:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            # Tabel III.2: 85 % s.d 100 % Sangat Berhasil; above 100 too.
            ("85", Atribut.SANGAT_BERHASIL),
            ("100", Atribut.SANGAT_BERHASIL),
            ("104.44", Atribut.SANGAT_BERHASIL),
            # 70 % s.d < 85 %.
            ("84.99", Atribut.BERHASIL),
            ("70", Atribut.BERHASIL),
            # 55 % s.d < 70 %.
            ("69.99", Atribut.CUKUP_BERHASIL),
            ("55", Atribut.CUKUP_BERHASIL),
            # < 55 %.
            ("54.99", Atribut.TIDAK_BERHASIL),
            ("0", Atribut.TIDAK_BERHASIL),
            ("-100", Atribut.TIDAK_BERHASIL),
        ],
    )
    def test_table(self, value, expected):
        """Each row of Tabel III.2 at and around its edges."""
        assert expected is atribut.classify(Decimal(value))

    def test_seed_tabel_4(self):
        """Tabel 4 marks both IKU (104 %, 85 %) Sangat Berhasil."""
        assert "Sangat Berhasil" == atribut.classify(Decimal(9400) / 90).label
        assert "Sangat Berhasil" == atribut.classify(85).label


class TestOtherScales:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("85.01", AtributMalukuTengah.MEMUASKAN),
            ("85", AtributMalukuTengah.SANGAT_BAIK),  # in no printed row; akip's reading
            ("75.01", AtributMalukuTengah.SANGAT_BAIK),
            ("75", AtributMalukuTengah.BAIK),
            ("65", AtributMalukuTengah.CUKUP_BAIK),
            ("50", AtributMalukuTengah.AGAK_KURANG),
            ("30.01", AtributMalukuTengah.AGAK_KURANG),
            ("30", AtributMalukuTengah.KURANG),
        ],
    )
    def test_maluku_tengah(self, value, expected):
        """Maluku Tengah 2021: lower bounds exclusive, upper bounds inclusive."""
        assert expected is atribut.classify(Decimal(value), scale="maluku_tengah_2021")

    def test_sampang(self):
        """Sampang 2019: the Permendagri intervals with Sangat Baik … Sangat Kurang."""
        assert PredikatBaik.SANGAT_BAIK is atribut.classify(91, scale=ScaleName.SAMPANG_2019)
        assert PredikatBaik.BAIK is atribut.classify(Decimal("90.5"), scale="sampang_2019")

    @given(percentages)
    def test_total(self, value):
        """Every value falls in exactly one band of every named scale."""
        for name in ScaleName:
            assert 1 == sum(band.contains(value) for band in atribut.bands(name))

    @given(percentages, percentages)
    def test_monotone(self, a, b):
        """A higher capaian never gets a lower attribute."""
        lo, hi = sorted((a, b))
        for name in ScaleName:
            scale = atribut.scale(name)
            assert scale.rank(scale.classify(lo)) <= scale.rank(scale.classify(hi))

    def test_markdown(self):
        """The docs table is rendered from the data."""
        assert "| 85 ≤ x | Sangat Berhasil |" in atribut.markdown()
        assert "| 75 < x ≤ 85 | Sangat Baik |" in atribut.markdown("maluku_tengah_2021")

    def test_options(self):
        """cap and classify_on work as in predikat; junk is refused."""
        assert Atribut.SANGAT_BERHASIL is atribut.classify(
            Decimal("84.996"), classify_on="rounded"
        )
        assert Atribut.SANGAT_BERHASIL is atribut.classify(300, cap=100)
        with pytest.raises(InvalidValue, match="'scale'"):
            atribut.classify(90, scale="nowhere")
        with pytest.raises(InvalidNumber):
            atribut.classify("9O")


class TestClassifyMany:
    """atribut.classify_many: classify of each value in one call (bench issue 14)."""

    def test_dumai_table(self):
        """Tabel III.2 at and around its edges: 85, 70 and 55 go to the band above."""
        values = [Decimal(v) for v in ("85", "84.99", "70", "69.99", "55", "54.99", "104.44")]
        expected = [
            Atribut.SANGAT_BERHASIL,
            Atribut.BERHASIL,
            Atribut.BERHASIL,
            Atribut.CUKUP_BERHASIL,
            Atribut.CUKUP_BERHASIL,
            Atribut.TIDAK_BERHASIL,
            Atribut.SANGAT_BERHASIL,
        ]
        assert expected == atribut.classify_many(values)

    def test_maluku_tengah_edges_go_down(self):
        """Maluku Tengah 2021 ("> 85", "> 75 s.d. 85"): 85 is Sangat Baik, 85,01 Memuaskan."""
        got = atribut.classify_many(
            [Decimal(85), Decimal("85.01"), 30], scale="maluku_tengah_2021"
        )
        expected = [
            AtributMalukuTengah.SANGAT_BAIK,
            AtributMalukuTengah.MEMUASKAN,
            AtributMalukuTengah.KURANG,
        ]
        assert expected == got

    def test_options_and_errors(self):
        """cap, rounding and the Sampang scale; a bad value named by its index."""
        assert [Atribut.SANGAT_BERHASIL] * 2 == atribut.classify_many(
            [Decimal("84.996"), 300], cap=100, classify_on="rounded"
        )
        assert [PredikatBaik.BAIK] == atribut.classify_many(
            [Decimal("90.5")], scale="sampang_2019"
        )
        with pytest.raises(InvalidValue, match="'scale'"):
            atribut.classify_many([], scale="nowhere")
        with pytest.raises(InvalidNumber, match=r"^values\[1\]: "):
            atribut.classify_many([90, "9O"])

    @given(
        st.lists(percentages | st.sampled_from([None, "70"]), max_size=6),
        st.sampled_from(list(ScaleName)),
    )
    def test_batch_is_per_call(self, values, name):
        """The batch equals classify of each value, or gives its first error, prefixed."""
        expected = []
        for index, value in enumerate(values):
            try:
                expected.append(atribut.classify(value, scale=name))
            except AkipError as exc:
                message = f"^values\\[{index}\\]: {re.escape(str(exc))}$"
                with pytest.raises(type(exc), match=message):
                    atribut.classify_many(values, scale=name)
                return
        assert expected == atribut.classify_many(values, scale=name)
