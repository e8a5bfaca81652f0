"""Tests of akip.frame against the Dumai LKIP 2024 (Tabel 4, Tabel III.11) and the scalar rules."""

from __future__ import annotations

import decimal
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import atribut, capaian, frame, kode, predikat, report
from akip.anggaran import FlagKind
from akip.exceptions import CodeError, InvalidNumber, InvalidValue, NotAssessed
from akip.frame import codes as frame_codes
from akip.frame import tree as frame_tree
from akip.numbers import round_half_up
from tests.strategies import money, non_negative, positive

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def tabel_iii_11() -> pd.DataFrame:
    """Tabel III.11 of the Dumai LKIP 2024: 31 sub kegiatan lines, illustrative codes."""
    return pd.read_csv(EXAMPLES / "tabel-iii-11.csv", dtype=str)


@pytest.fixture(scope="module")
def tree(tabel_iii_11: pd.DataFrame) -> pd.DataFrame:
    return frame.rollup(tabel_iii_11, kode="kode_ilustratif")


class TestTabelIII11:
    def test_totals(self, tree):
        """Printed: pagu Rp 45.195.966.217, realisasi Rp 41.007.152.300, 90,73 %."""
        total = tree.loc["8"]
        assert Decimal("45195966217.00") == total["pagu"]
        assert Decimal("41007152300.00") == total["realisasi"]
        assert Decimal("90.73") == round_half_up(total["penyerapan"])
        assert Decimal("4188813917.00") == total["sisa"]  # 45.195.966.217 − 41.007.152.300

    def test_program_percentages(self, tree):
        """Each program's printed percentage is recomputed from its sums."""
        programs = tree[tree["level"] == "program"]
        expected = ["88.37", "70.48", "95.15", "68.00", "84.80", "71.03"]
        assert expected == [str(round_half_up(v)) for v in programs["penyerapan"]]

    def test_program_sums(self, tree):
        """Programme 1 printed 4.700.384.252 / 4.153.740.542; programme 3 33.894.866.910."""
        assert Decimal("4700384252.00") == tree.loc["8.01.01", "pagu"]
        assert Decimal("4153740542.00") == tree.loc["8.01.01", "realisasi"]
        assert Decimal("33894866910.00") == tree.loc["8.01.03", "pagu"]

    def test_kegiatan_percentage(self, tree):
        """Administrasi Umum Perangkat Daerah: 436.896.811 / 544.461.184 → 80,24 %."""
        assert Decimal("80.24") == round_half_up(tree.loc["8.01.01.2.02", "penyerapan"])

    def test_not_the_mean_of_ratios(self, tree):
        """The total (90,73) is not the mean of the programme percentages.

        The printed percentages average 477,83 / 6 = 79,638…; each exact ratio is within
        0,005 of its printed value, so their mean is within 0,005 of 79,638.
        """
        programs = tree[tree["level"] == "program"]["penyerapan"]
        mean = sum(programs, Decimal(0)) / 6
        assert abs(mean - Decimal("79.638")) < Decimal("0.006")
        assert Decimal("90.73") == round_half_up(tree.loc["8", "penyerapan"])

    def test_levels(self, tree):
        """1 urusan, 1 bidang, 6 programmes, 10 kegiatan, 31 sub kegiatan."""
        assert {"urusan": 1, "bidang": 1, "program": 6, "kegiatan": 10, "sub_kegiatan": 31} == (
            tree["level"].value_counts().to_dict()
        )

    def test_line_penyerapan(self, tabel_iii_11):
        """Every line's printed percentage (2 dp) is its realisasi / pagu."""
        out = frame.penyerapan(tabel_iii_11)
        assert list(tabel_iii_11["persen_tercetak"]) == [
            str(round_half_up(v)) for v in out["penyerapan"]
        ]
        assert list(tabel_iii_11.index) == list(out.index)


class TestKinerja:
    def test_tabel_4(self):
        """Tabel 4: 94 vs 90 → 104,44 Sangat Tinggi; 85 vs 100 → 85 Tinggi, Sangat Berhasil."""
        iku = pd.DataFrame({"target": [90, 100], "realisasi": [94, 85]}, index=["IKU 1", "IKU 2"])
        out = frame.kinerja(iku)
        assert ["IKU 1", "IKU 2"] == list(out.index)
        assert [Decimal("104.44"), Decimal(85)] == [round_half_up(v, 2) for v in out["capaian"]]
        assert ["Sangat Tinggi", "Tinggi"] == list(out["predikat"])
        assert ["Sangat Berhasil", "Sangat Berhasil"] == list(out["atribut"])

    def test_float_by_shortest_repr(self):
        """A float cell 0.1 is Decimal('0.1'): 0,3 / 0,1 × 100 = 300 exactly."""
        out = frame.capaian(pd.DataFrame({"target": [0.1], "realisasi": [0.3]}))
        assert Decimal(300) == out["capaian"][0]

    def test_missing_is_not_assessed(self):
        """A NaN realisasi is not assessed (NA), never 0; predikat and atribut are NA too."""
        out = frame.kinerja(pd.DataFrame({"target": [90.0, None], "realisasi": [np.nan, 1.0]}))
        assert ["not_assessed", "not_assessed"] == list(out["status"])
        assert out["predikat"].isna().all()
        assert out["atribut"].isna().all()

    def test_polarity_column_and_range(self):
        """Polarity per row; a range target (80, 90) with 92 uses 90 → 102,22 %."""
        data = pd.DataFrame(
            {
                "target": [8, (80, 90)],
                "realisasi": [9, 92],
                "polaritas": ["minimize", "maximize"],
            }
        )
        out = frame.capaian(data, polarity_column="polaritas")
        assert Decimal("87.5") == out["capaian"][0]
        assert Decimal("102.22") == round_half_up(out["capaian"][1])

    def test_options_pass_through(self):
        """cap=100 caps 104,44 at 100; predikat labels='baik' gives Sangat Baik."""
        data = pd.DataFrame({"target": [90], "realisasi": [94]})
        out = frame.capaian(data, cap=100)
        assert Decimal(100) == out["capaian"][0]
        assert "Sangat Baik" == frame.predikat(out, labels="baik")["predikat"][0]
        assert "Sangat Berhasil" == frame.atribut(out, scale="lkip_dumai_2024")["atribut"][0]

    def test_numpy_integers(self):
        """int64 cells are exact integers: 1 / 4 × 100 = 25."""
        data = pd.DataFrame({"target": np.array([4], dtype=np.int64), "realisasi": [1]})
        assert Decimal(25) == frame.capaian(data)["capaian"][0]

    @settings(max_examples=50)
    @given(
        st.lists(st.tuples(positive, non_negative), min_size=1, max_size=8),
        st.sampled_from(["maximize", "minimize"]),
    )
    def test_equals_scalar_rules(self, rows, polarity):
        """Row by row, the frame equals capaian.compute, predikat.classify, atribut.classify."""
        data = pd.DataFrame(rows, columns=["target", "realisasi"])
        out = frame.kinerja(data, polarity=polarity)
        expected = [capaian.compute(t, r, polarity) for t, r in rows]
        assert expected == list(out["capaian"])
        assert [predikat.classify(v).label for v in expected] == list(out["predikat"])
        assert [atribut.classify(v).label for v in expected] == list(out["atribut"])


class TestBadCells:
    def test_bad_target_names_row_and_column(self):
        """A bool target is refused, naming the row label and the column."""
        data = pd.DataFrame({"target": [90, True], "realisasi": [94, 85]}, index=["a", "b"])
        with pytest.raises(InvalidNumber, match=r"row 'b', column 'target'"):
            frame.capaian(data)

    def test_negative_names_row(self):
        """A negative realisasi (refused by default) names its row and column."""
        data = pd.DataFrame({"t": [90, 90], "r": [94, -1]})
        with pytest.raises(InvalidValue, match=r"row 1, column 'r'"):
            frame.capaian(data, target="t", realisasi="r")

    def test_bad_option_names_row(self):
        """An unknown polarity in a column names the row."""
        data = pd.DataFrame({"target": [90], "realisasi": [94], "p": ["sideways"]})
        with pytest.raises(InvalidValue, match=r"row 0, column 'p'"):
            frame.capaian(data, polarity_column="p")

    def test_float32_refused(self):
        """float32 has no exact shortest repr in Python floats: refused by name."""
        data = pd.DataFrame({"target": np.array([90], dtype=np.float32), "realisasi": [94]})
        with pytest.raises(InvalidNumber, match=r"row 0, column 'target'.*float32"):
            frame.capaian(data)

    def test_bad_capaian_for_predikat(self):
        """predikat of a text cell names the row."""
        with pytest.raises(InvalidNumber, match=r"row 0, column 'capaian'"):
            frame.predikat(pd.DataFrame({"capaian": ["tinggi"]}))

    def test_bad_rating_option_names_row(self):
        """An unknown edge rule is refused at the first row, naming it."""
        with pytest.raises(InvalidValue, match=r"row 0, column 'capaian'.*edge_rule"):
            frame.predikat(pd.DataFrame({"capaian": [90]}), edge_rule="middle")

    def test_bad_options_name_row(self):
        """clamp_min above cap concerns no column: the row is named."""
        with pytest.raises(InvalidValue, match=r"^row 0: 'clamp_min'"):
            frame.capaian(pd.DataFrame({"target": [90], "realisasi": [94]}), cap=1, clamp_min=2)

    def test_numpy_scalars_in_objects(self):
        """An np.int64 inside an object column is an exact integer."""
        data = pd.DataFrame({"target": pd.Series([np.int64(4)], dtype=object), "realisasi": [1]})
        assert Decimal(25) == frame.capaian(data)["capaian"][0]

    def test_unknown_column(self):
        """A missing column is named."""
        with pytest.raises(InvalidValue, match=r"'target' names no column of the frame: 'target'"):
            frame.capaian(pd.DataFrame({"x": [1]}))

    def test_bad_code_names_row(self):
        """A 2-digit last segment (Permendagri 90/2019 style) is refused, naming the row."""
        lines = pd.DataFrame(
            {
                "kode": ["8.01.01.2.01.0001", "8.01.01.2.01.01", None],
                "pagu": [1, 2, 3],
                "realisasi": [1, 2, 3],
            },
            index=[10, 11, 12],
        )
        with pytest.raises(CodeError, match=r"row 11, column 'kode'.*'8.01.01.2.01.01' \(2 bad"):
            frame.rollup(lines)

    @pytest.mark.parametrize(
        "code", ["8.01.01.2.01.000１", "8-01.01.2.01.0001", "8.01.01.2.01.00011", "", 80101201]
    )
    def test_bad_codes(self, code):
        """Non-ASCII digits, a wrong separator, a long code, empty text, a number."""
        lines = pd.DataFrame({"kode": [code], "pagu": [1], "realisasi": [1]})
        with pytest.raises(CodeError, match=r"row 0, column 'kode'"):
            frame.rollup(lines)

    def test_seventeen_bytes_not_ascii(self):
        """'8.01.01.2.01.0é1' is 17 bytes but not a code (é is two bytes): refused."""
        assert 17 == len("8.01.01.2.01.0é1".encode())
        lines = pd.DataFrame(
            {
                "kode": ["8.01.01.2.01.0001", "8.01.01.2.01.0é1"],
                "pagu": [1, 1],
                "realisasi": [1, 1],
            }
        )
        with pytest.raises(CodeError, match=r"row 1, column 'kode'.*\(1 bad code\)"):
            frame.rollup(lines)

    @pytest.mark.parametrize("dtype", ["str", object, "string[python]", "category"])
    def test_any_text_dtype(self, dtype):
        """Arrow text, Python objects, pandas strings, categories: the same tree.

        Two lines of 8.01.01.2.01.0001 (1 + 2) and one of 8.01.02.2.01.0001 (4): the
        program 8.01.01 holds 3 rupiah, the urusan 7.
        """
        codes = ["8.01.01.2.01.0001", "8.01.02.2.01.0001", "8.01.01.2.01.0001"]
        lines = pd.DataFrame(
            {"kode": pd.Series(codes, dtype=dtype), "pagu": [1, 4, 2], "realisasi": [0, 0, 0]}
        )
        tree = frame.rollup(lines)
        assert Decimal("3.00") == tree.loc["8.01.01", "pagu"]
        assert Decimal("7.00") == tree.loc["8", "pagu"]
        assert 3 == tree.loc["8", "lines"]

    def test_chunked_arrow_codes(self):
        """Codes in several Arrow chunks (a concatenated column) roll up as one column."""
        one = pd.DataFrame({"kode": ["8.01.01.2.01.0001"], "pagu": [1], "realisasi": [1]})
        two = pd.concat([one, one.assign(kode="8.01.01.2.01.0002")], ignore_index=True)
        assert Decimal("2.00") == frame.rollup(two).loc["8.01.01", "pagu"]
        with_none = pd.concat([two, one.assign(kode=None)], ignore_index=True)
        with pytest.raises(CodeError, match=r"row 2, column 'kode'"):
            frame.rollup(with_none)

    @settings(max_examples=300)
    @given(
        st.one_of(
            st.text(alphabet="0123456789. ٣", min_size=15, max_size=19),
            st.from_regex(r"\A\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}\Z"),
        )
    )
    def test_codes_agree_with_kode(self, code):
        """The column-wise check accepts exactly the sub kegiatan codes akip.kode accepts.

        Surrounding spaces, which akip.kode strips, are refused in a column.
        """
        expected = (
            code == code.strip()
            and kode.is_valid_code(code)
            and (kode.code_level(code) is kode.CodeLevel.SUB_KEGIATAN)
        )
        lines = pd.DataFrame({"kode": [code], "pagu": [1], "realisasi": [1]})
        try:
            frame.rollup(lines)
        except CodeError:
            accepted = False
        else:
            accepted = True
        assert expected == accepted

    @pytest.mark.parametrize(
        ("code", "reason"),
        [
            ("8.01.01.2.01", "a kegiatan code, not a sub kegiatan code"),
            (" 8.01.01.2.01.0001", "no surrounding spaces"),
            ("8.01.01.02.01.0001", r"must match U\.BB\.PP\.L\.KK\.SSSS"),
        ],
    )
    def test_bad_code_reason(self, code, reason):
        """A bad code is explained in the words of akip.kode."""
        lines = pd.DataFrame({"kode": [code], "pagu": [1], "realisasi": [1]})
        with pytest.raises(CodeError, match=reason):
            frame.rollup(lines)

    def test_three_decimals_refused(self):
        """An amount with 3 decimals is not whole sen: refused, naming the row."""
        lines = pd.DataFrame({"pagu": ["1.00", "1.005"], "realisasi": [1, 1]})
        with pytest.raises(InvalidValue, match=r"row 1, column 'pagu'.*2 decimals"):
            frame.penyerapan(lines)

    def test_float_three_decimals_refused(self):
        """A float64 amount 0.125 is refused; 0.1 is 10 sen."""
        with pytest.raises(InvalidValue, match=r"row 1, column 'pagu'.*2 decimals"):
            frame.penyerapan(pd.DataFrame({"pagu": [0.1, 0.125], "realisasi": [0.1, 0.1]}))
        out = frame.penyerapan(pd.DataFrame({"pagu": [0.1], "realisasi": [0.05]}))
        assert Decimal("0.05") == out["sisa"][0]
        assert Decimal(50) == out["penyerapan"][0]

    def test_float_missing_and_huge(self):
        """A NaN amount is not assessed; a float above 2**45 rupiah is refused."""
        with pytest.raises(NotAssessed, match=r"row 0, column 'pagu'"):
            frame.penyerapan(pd.DataFrame({"pagu": [np.nan], "realisasi": [1.0]}))
        with pytest.raises(InvalidNumber, match=r"row 0, column 'pagu'"):
            frame.penyerapan(pd.DataFrame({"pagu": [np.inf], "realisasi": [1.0]}))
        with pytest.raises(InvalidValue, match=r"row 0, column 'pagu'.*2\*\*45"):
            frame.penyerapan(pd.DataFrame({"pagu": [2.0**46], "realisasi": [1.0]}))

    def test_missing_amount(self):
        """A missing amount in an object column is not assessed, never 0."""
        with pytest.raises(NotAssessed, match=r"row 1, column 'realisasi'"):
            frame.penyerapan(pd.DataFrame({"pagu": ["1", "2"], "realisasi": ["1", None]}))

    def test_overflow_refused(self):
        """Amounts whose int64-sen total could overflow are refused."""
        big = 2**62 // 100
        with pytest.raises(InvalidValue, match=r"overflow"):
            frame.penyerapan(pd.DataFrame({"pagu": [big, big], "realisasi": [0, 0]}))
        with pytest.raises(InvalidValue, match=r"row 0, column 'pagu'.*overflows"):
            frame.penyerapan(pd.DataFrame({"pagu": [2**62], "realisasi": [0]}))
        with pytest.raises(InvalidValue, match=r"overflow"):
            frame.combine([frame.partial(_lines([2**61]), unit="sen")] * 3)

    def test_large_amounts_within_the_total_pass(self):
        """One line of 2**61 sen among three of 1 sen: the total, 2**61 + 3, is in range.

        Two lines of 2**61 reach 2**62, the limit: refused. The sums are summed by hand.
        """
        tree = frame.rollup(_lines([2**61, 1, 1, 1], [2**60, 0, 0, 1]), unit="sen")
        assert Decimal(2**61 + 3).scaleb(-2) == tree["pagu"].iloc[0]
        assert Decimal(2**60 + 1).scaleb(-2) == tree["realisasi"].iloc[0]
        with pytest.raises(InvalidValue, match=r"overflow"):
            frame.rollup(_lines([2**61, 2**61, 0, 0]), unit="sen")

    def test_negative_amounts_count_by_their_size(self):
        """With a negative amount the total of absolute values decides: 2**61 + 1 passes.

        2**61 and −2**61 sum to 0, yet their absolute values reach 2**62: refused.
        """
        tree = frame.rollup(_lines([2**61, -1, 0, 0]), unit="sen")
        assert Decimal(2**61 - 1).scaleb(-2) == tree["pagu"].iloc[0]
        with pytest.raises(InvalidValue, match=r"overflow"):
            frame.rollup(_lines([2**61, -(2**61), 0, 0]), unit="sen")

    def test_total_bound_over_many_blocks(self):
        """Over several blocks of the check, the total of absolute values decides.

        131.072 lines (two blocks of 65.536) of 2**45 sen total 2**62: refused; with one
        line fewer the total is 2**62 − 2**45: it passes, its sum written by hand. Signs
        alternating, the sum is 0 but the absolute values still total 2**62: refused.
        """
        lines = 2 * 65_536
        with pytest.raises(InvalidValue, match=r"^column 'pagu': the total could overflow"):
            frame.rollup(_lines([2**45] * lines), unit="sen")
        tree = frame.rollup(_lines([2**45] * (lines - 1)), unit="sen")
        assert Decimal(2**62 - 2**45).scaleb(-2) == tree["pagu"].iloc[0]
        with pytest.raises(InvalidValue, match=r"^column 'pagu': the total could overflow"):
            frame.rollup(_lines([2**45, -(2**45)] * (lines // 2)), unit="sen")

    def test_sen_unit_needs_integers(self):
        """unit='sen' takes int64 columns only; an unknown unit is refused."""
        with pytest.raises(InvalidNumber, match=r"int64 sen"):
            frame.penyerapan(pd.DataFrame({"pagu": [1.5], "realisasi": [1]}), unit="sen")
        with pytest.raises(InvalidValue, match=r"'unit'"):
            frame.penyerapan(pd.DataFrame({"pagu": [1], "realisasi": [1]}), unit="juta")


def _lines(pagu: list[int], realisasi: list[int] | None = None) -> pd.DataFrame:
    codes = [f"1.01.01.2.01.{i % 9999 + 1:04d}" for i in range(len(pagu))]
    return pd.DataFrame({"kode": codes, "pagu": pagu, "realisasi": realisasi or [0] * len(pagu)})


class TestRollup:
    def test_flags(self):
        """The words of akip.anggaran.FlagKind, pagu 0 gives NA (no division).

        Pagu 0 with realisasi 5, 11 of 10 overspent, a negative pagu; pagu 0 with
        realisasi 0 and 5 of 10 are not flagged.
        """
        out = frame.penyerapan(
            pd.DataFrame({"pagu": [0, 10, -1, 10, 0], "realisasi": [5, 11, 0, 5, 0]})
        )
        assert out["penyerapan"].isna().tolist() == [True, False, False, False, True]
        # 0 > −1 is also realisasi above pagu, as akip.anggaran flags it.
        expected = [
            "pagu 0 with realisasi > 0",
            "realisasi > pagu",
            "realisasi > pagu; negative amount",
        ]
        assert expected == list(out["flag"][:3])
        assert out["flag"][3:].isna().all()
        words = {w for text in out["flag"].dropna() for w in text.split("; ")}
        assert {k.value for k in FlagKind} >= words
        assert Decimal(110) == out["penyerapan"][1]
        assert Decimal("-5.00") == out["sisa"][0]

    def test_nullable_integers(self):
        """A nullable Int64 column with <NA> names the missing cell."""
        data = pd.DataFrame({"pagu": pd.array([1, None], dtype="Int64"), "realisasi": [1, 1]})
        with pytest.raises(NotAssessed, match=r"row 1, column 'pagu'"):
            frame.penyerapan(data)

    def test_sen_unit_missing_cell(self):
        """unit='sen' with a nullable Int64 column: a <NA> line is named, never summed as 0."""
        lines = _lines([1, 2]).assign(pagu=pd.array([100, None], dtype="Int64"))
        with pytest.raises(NotAssessed, match=r"row 1, column 'pagu'"):
            frame.rollup(lines, unit="sen")

    def test_sen_unit(self):
        """unit='sen': 10050 sen is Rp 100,50."""
        out = frame.rollup(_lines([10050], [5025]), unit="sen")
        assert Decimal("100.50") == out.loc["1.01.01.2.01.0001", "pagu"]
        assert Decimal(50) == out.loc["1", "penyerapan"]

    def test_empty(self):
        """No lines, no nodes."""
        assert 0 == len(frame.rollup(_lines([])))
        assert 0 == len(frame.combine([]))

    def test_by_keeps_pemda_apart(self):
        """The same code in two pemda is two trees, each summed by hand.

        Dumai: 7.01.01.2.01.0001 Rp 100,50 / 90,25 and 7.01.01.2.02.0001 Rp 300 / 0, so
        program 7.01.01 is 400,50 / 90,25 (22,53 %). Siak: the first code alone, 50 / 50.
        Without ``by`` the program would be 450,50 / 140,25: a sum across governments.
        """
        lines = pd.DataFrame(
            {
                "pemda": ["Dumai", "Dumai", "Siak"],
                "kode": ["7.01.01.2.01.0001", "7.01.01.2.02.0001", "7.01.01.2.01.0001"],
                "pagu": ["100.50", "300", "50"],
                "realisasi": ["90.25", "0", "50"],
            }
        )
        tree = frame.rollup(lines, by="pemda")
        assert ["pemda", "kode"] == list(tree.index.names)
        assert Decimal("400.50") == tree.loc[("Dumai", "7.01.01"), "pagu"]
        assert Decimal("22.53") == round_half_up(tree.loc[("Dumai", "7.01.01"), "penyerapan"])
        assert Decimal(100) == tree.loc[("Siak", "7.01.01"), "penyerapan"]
        assert Decimal("450.50") == frame.rollup(lines).loc["7.01.01", "pagu"]
        assert 0 == len(frame.rollup(lines.iloc[:0], by="pemda"))

    @settings(max_examples=40)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(["A", "B", "C"]),
                st.integers(2023, 2024),
                st.integers(1, 4),
                money,
                money,
            ),
            min_size=1,
            max_size=25,
        )
    )
    def test_by_equals_one_rollup_per_group(self, rows):
        """Grouped, the result is exactly the rollup of each group's lines on its own."""
        lines = pd.DataFrame(
            {
                "pemda": [g for g, _, _, _, _ in rows],
                "tahun": [y for _, y, _, _, _ in rows],
                "kode": [f"{k}.01.01.2.01.0001" for _, _, k, _, _ in rows],
                "pagu": [p for _, _, _, p, _ in rows],
                "realisasi": [r for _, _, _, _, r in rows],
            }
        )
        grouped = frame.rollup(lines, by=["pemda", "tahun"])
        for group, part in lines.groupby(["pemda", "tahun"]):
            alone = frame.rollup(part)
            assert alone.equals(grouped.xs(group, level=["pemda", "tahun"]))
        assert len(grouped) == sum(
            len(frame.rollup(part)) for _, part in lines.groupby(["pemda", "tahun"])
        )

    @pytest.mark.parametrize(
        ("by", "match"),
        [
            ("nope", r"'by' names no column of the frame: 'nope'"),
            (["pemda", "pemda"], r"distinct columns"),
            (3, r"'by' must be a column name"),
        ],
    )
    def test_bad_by(self, by, match):
        """A bad grouping is refused, naming it."""
        with pytest.raises(InvalidValue, match=match):
            frame.rollup(_lines([1]).assign(pemda="A"), by=by)

    def test_too_many_groups(self, monkeypatch):
        """Group numbers share int64 with the 12 code digits; past the limit: refused.

        The real limit is 9.223.371 groups; lowered here to 1 so two pemda exceed it.
        """
        monkeypatch.setattr(frame_tree, "_MAX_GROUPS", 1)
        lines = _lines([1, 2]).assign(pemda=["A", "B"])
        with pytest.raises(InvalidValue, match=r"too many groups.*: 2"):
            frame.rollup(lines, by="pemda")

    def test_missing_group_cell(self):
        """A line with no pemda would silently vanish from a groupby: refused, row named."""
        lines = _lines([1, 2]).assign(pemda=pd.Series(["A", None], dtype=object))
        with pytest.raises(InvalidValue, match=r"row 1, column 'pemda'.*missing"):
            frame.rollup(lines, by="pemda")

    def test_code_text(self):
        """Keys print back as codes at every level: 801012010003 → 8.01.01.2.01.0003."""
        keys = np.array([801_01_2_01_0003, 801_01, 8, 8_01, 801_01_2_01])
        texts = frame_codes._code_texts(keys, np.array([4, 2, 0, 1, 3]))
        assert ["8.01.01.2.01.0003", "8.01.01", "8", "8.01", "8.01.01.2.01"] == list(texts)

    @settings(max_examples=40)  # three rollups per example
    @given(
        st.lists(
            st.tuples(st.integers(0, 3), st.integers(0, 3), money, money),
            min_size=1,
            max_size=20,
        ),
        st.randoms(use_true_random=False),
    )
    def test_row_order_and_partitions(self, rows, rnd):
        """Shuffled or split in two, the lines give the same tree; sums equal Decimal sums."""
        data = pd.DataFrame(
            {
                "kode": [f"{p}.01.0{k}.2.01.000{k}" for p, k, _, _ in rows],
                "pagu": [p for _, _, p, _ in rows],
                "realisasi": [r for _, _, _, r in rows],
            }
        )
        expected = frame.rollup(data)
        order = list(range(len(rows)))
        rnd.shuffle(order)
        shuffled = data.iloc[order]
        assert expected.equals(frame.rollup(shuffled))
        half = len(rows) // 2
        split = frame.combine([frame.partial(shuffled[:half]), frame.partial(shuffled[half:])])
        assert expected.equals(split)
        grand = sum((p for _, _, p, _ in rows), Decimal(0))
        assert grand == sum(expected[expected["level"] == "urusan"]["pagu"], Decimal(0))

    @given(st.lists(st.decimals(-(10**9), 10**9, places=2), min_size=1, max_size=20))
    def test_float_sen_exact(self, values):
        """A float64 amount with ≤ 2 decimals converts to the same sen as its Decimal."""
        floats = [float(v) for v in values]
        out = frame.penyerapan(pd.DataFrame({"pagu": floats, "realisasi": floats}))
        assert [Decimal(0)] * len(floats) == list(out["sisa"])
        assert all(v == 100 for v, f in zip(out["penyerapan"], floats, strict=True) if f)


# Codes of a small tree (3 urusan, 2 bidang, 2 program, 2 kegiatan, 2 sub kegiatan), so
# that drawn lines share nodes at every level.
_TREE_CODES = [
    f"{u}.0{b}.0{p}.2.0{k}.000{s}"
    for u in (1, 2, 7)
    for b in (1, 2)
    for p in (1, 2)
    for k in (1, 2)
    for s in (1, 2)
]
_WIDTHS = (1, 4, 7, 12, 17)  # U, U.BB, U.BB.PP, U.BB.PP.L.KK, the whole code


def _reference_tree(rows: list[tuple[str, int, int]]) -> dict[str, tuple[object, ...]]:
    """The tree by hand, in Python integers and Decimal: every prefix of every line's code.

    Per node: pagu and realisasi (sen / 100), sisa, penyerapan (100·r / p at 60 digits,
    None for a pagu of 0) and the number of lines.
    """
    sums: dict[str, list[int]] = {}
    for code, pagu, realisasi in rows:
        for width in _WIDTHS:
            node = sums.setdefault(code[:width], [0, 0, 0])
            node[0] += pagu
            node[1] += realisasi
            node[2] += 1
    with decimal.localcontext(decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)):
        return {
            code: (
                Decimal(p).scaleb(-2),
                Decimal(r).scaleb(-2),
                Decimal(p - r).scaleb(-2),
                None if p == 0 else Decimal(100 * r) / Decimal(p),
                n,
            )
            for code, (p, r, n) in sums.items()
        }


class TestRollupEngine:
    """The column-wise rollup against a hand computation in Python integers and Decimal."""

    @settings(max_examples=60)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(_TREE_CODES),
                st.integers(-(10**12), 10**15),
                st.integers(-(10**12), 10**15),
            ),
            min_size=1,
            max_size=40,
        ),
        st.sampled_from(["str", object]),
    )
    def test_equals_decimal_reference(self, rows, dtype):
        """Every node of every level: the hand sums, sisa, penyerapan and line count.

        ``str`` codes take the Arrow hash aggregation, ``object`` codes the factorised
        path; both must give the hand tree, in code order.
        """
        lines = pd.DataFrame(
            {
                "kode": pd.Series([c for c, _, _ in rows], dtype=dtype),
                "pagu": [p for _, p, _ in rows],
                "realisasi": [r for _, _, r in rows],
            }
        )
        tree = frame.rollup(lines, unit="sen")
        expected = _reference_tree(rows)
        assert sorted(expected) == list(tree.index)
        for code, (pagu, realisasi, sisa, persen, count) in expected.items():
            node = tree.loc[code]
            assert (pagu, realisasi, sisa, count) == (
                node["pagu"],
                node["realisasi"],
                node["sisa"],
                node["lines"],
            )
            assert node["penyerapan"] is pd.NA if persen is None else persen == node["penyerapan"]
        assert frame.combine(frame.partial(lines, unit="sen")).equals(tree)

    def test_callers_context_changes_nothing(self):
        """A caller's 3-digit ROUND_FLOOR context changes no value of the tree.

        Pagu 100,50 and realisasi 33,33: penyerapan 3333 / 10050 × 100 to 60 digits,
        33,164179…, and sisa 67,17.
        """
        lines = _lines([10050], [3333])
        expected = frame.rollup(lines, unit="sen")
        with decimal.localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR)):
            tree = frame.rollup(lines, unit="sen")
        assert expected.equals(tree)
        with decimal.localcontext(decimal.Context(prec=60)):
            assert Decimal(333300) / Decimal(10050) == tree.loc["1", "penyerapan"]
        assert Decimal("67.17") == tree.loc["1", "sisa"]

    def test_lengths_that_add_up_to_seventeen_each(self):
        """A 16- and an 18-byte cell (34 bytes for 2 lines) are no run of 17-byte codes."""
        lines = pd.DataFrame(
            {
                "kode": ["8.01.01.2.01.001", "8.01.01.2.01.00011"],
                "pagu": [1, 1],
                "realisasi": [1, 1],
            }
        )
        with pytest.raises(CodeError, match=r"row 0, column 'kode'.*\(2 bad codes\)"):
            frame.rollup(lines)

    def test_bad_code_named_before_bad_amount(self):
        """A bad code and a bad amount: the code is named first, as on the slow path.

        With good codes the bad amount is named, by its row.
        """
        lines = pd.DataFrame(
            {
                "kode": ["8.01.01.2.01.0001", "8-01.01.2.01.0001"],
                "pagu": ["1", "1.005"],
                "realisasi": [1, 1],
            }
        )
        with pytest.raises(CodeError, match=r"row 1, column 'kode'"):
            frame.rollup(lines)
        good = lines.assign(kode="8.01.01.2.01.0001")
        with pytest.raises(InvalidValue, match=r"row 1, column 'pagu'.*2 decimals"):
            frame.rollup(good)
        with pytest.raises(InvalidValue, match=r"row 1, column 'pagu'.*2 decimals"):
            frame.partial(good)


class TestDisplay:
    def test_working_html(self):
        """Working._repr_html_ shows the formula, the exact and the rounded capaian.

        94 / 90 × 100 = 104,444…: exact as computed, 104,44 as printed.
        """
        text = capaian.explain(90, 94)._repr_html_()
        assert "realisasi / target × 100" in text
        assert "<td>104.4444444444" in text
        assert "<td>104,44</td>" in text

    def test_table_html(self, tree):
        """The table shows Indonesian figures; repr names its size."""
        table = frame.show(tree.loc[["8"]])
        assert "45.195.966.217,00" in table._repr_html_()
        assert "90,73" in table._repr_html_()
        assert "Table(1 rows × 8 columns)" == repr(table)
        assert "–" in frame.show(pd.DataFrame({"x": [None]}))._repr_html_()


class TestPlots:
    @pytest.fixture(autouse=True)
    def _agg(self):
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")

    def test_plot_capaian(self):
        """One bar per assessed indicator over five band spans, on the Agg backend."""
        data = frame.kinerja(pd.DataFrame({"target": [90, 100, 1], "realisasi": [94, 85, None]}))
        data["indikator"] = ["IKU 1", "IKU 2", "IKU 3"]
        fig = frame.plot_capaian(data)
        ax = fig.axes[0]
        assert 2 == len(ax.containers[0])
        legend = ax.get_legend()
        assert legend is not None
        assert 5 == len(legend.get_texts())
        fig.canvas.draw()

    def test_plot_penyerapan(self, tree):
        """Six programme bars for Tabel III.11; an unknown level is refused."""
        fig = frame.plot_penyerapan(tree)
        assert 6 == len(fig.axes[0].containers[0])
        with pytest.raises(InvalidValue, match="'level'"):
            frame.plot_penyerapan(tree, level="bab")


@pytest.fixture(scope="module")
def dumai():
    """The Dumai LKIP 2024 transcription, loaded."""
    return report.load(EXAMPLES / "dumai-2024.toml")


class TestReportFiles:
    """A loaded report file as DataFrames, recomputed with the column rules."""

    def test_indicator_rows_recomputed(self, dumai):
        """Tabel 4, IKU 1: 94 / 90 × 100 = 104,444… beside the printed 104 %."""
        rows = frame.indicator_rows(dumai)
        tabel4 = rows[rows["place"] == "Tabel 4"].reset_index(drop=True)
        done = frame.kinerja(tabel4, polarity_column="polarity")
        first = done.iloc[0]
        assert ("IKU1", Decimal(104)) == (first["indicator"], first["capaian_printed"])
        assert Decimal("104.44") == round_half_up(first["capaian"])
        assert "Sangat Tinggi" == first["predikat"]

    def test_budget_rows_tabel_iii_11(self, dumai):
        """Tabel III.11's six programs, against the seed's own figures.

        Σpagu 45.195.966.217 and Σrealisasi 41.007.152.300 (the seed's JUMLAH); each
        recomputed penyerapan equals the printed one at 2 decimals (88,37; 70,48; 95,15;
        68,00; 84,80; 71,03).
        """
        rows = frame.budget_rows(dumai)
        programs = rows[(rows["place"] == "Tabel III.11") & (rows["level"] == "program")]
        assert Decimal(45195966217) == sum(programs["pagu"])
        assert Decimal(41007152300) == sum(programs["realisasi"])
        recomputed = frame.penyerapan(programs)["penyerapan"].map(round_half_up)
        assert list(programs["penyerapan_printed"]) == list(recomputed)
        assert ["88.37", "70.48", "95.15", "68.00", "84.80", "71.03"] == [
            str(v) for v in programs["penyerapan_printed"]
        ]

    def test_not_a_report(self):
        """Anything but a loaded report is refused."""
        with pytest.raises(InvalidValue, match=r"'report' must be a loaded Report"):
            frame.indicator_rows("examples/dumai-2024.toml")
        with pytest.raises(InvalidValue, match=r"'report' must be a loaded Report"):
            frame.budget_rows(None)
