"""Tests of the example reports of other kinds of agency than the Dumai Kesbangpol.

Each file is a transcription of published tables (see the header of each file). The hand
computations here are independent of akip's code: exact fractions of the printed figures,
rounded half up by hand to the printed decimals. They find the printed slips; every other
figure is right. The findings `akip check` must give are data here (code, severity,
place).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from akip import anggaran, capaian, check, efisiensi, report
from akip.check import efisiensi as efisiensi_rule
from tests.hand import round_half_up as _round

if TYPE_CHECKING:
    from akip.report import Report

EXAMPLES = Path(__file__).parent.parent / "examples"


T = TypeVar("T")


def _some(value: T | None) -> T:
    """*value*, which the test expects to be present."""
    assert value is not None
    return value


def _load(name: str) -> Report:
    return report.load(EXAMPLES / f"{name}.toml")


def _f(text: str) -> Fraction:
    return Fraction(Decimal(text))


def _findings(rep: Report) -> set[tuple[str, str, str]]:
    return {
        (f.code, f.severity.value, f.place)
        for f in check.check(rep)
        if f.severity.value in ("error", "warning")
    }


# ---------------------------------------------------------------- Sekretariat Daerah Sumut
class TestSumutSetda2021:
    """Tabel 19: rupiah 1.234.567 and percentages 93.6 in one row; pagu-less parents."""

    def test_loads_with_a_number_style_per_column(self):
        """Rupiah parse in id_ID, the % column in en_US (the place's per-column style)."""
        rep = _load("sumut-setda-2021")
        row = rep.line("K1.1").rows[0]
        pagu, penyerapan = _some(row.pagu), _some(row.penyerapan)
        assert (pagu.value, penyerapan.value) == (Decimal(749930215), Decimal("93.6"))
        assert (pagu.locale, penyerapan.locale) == ("id_ID", "en_US")

    def test_starts_at_the_program_without_inventing_lines(self):
        """No opd line: the program is the top, printed for one indicator."""
        rep = _load("sumut-setda-2021")
        program = rep.line("P")
        assert (program.top, program.parent, program.indicator) == (True, None, "SS3-1")
        assert [line.id for line in rep.children("K2")] == ["K2.1", "K2.2", "K2.3"]
        assert len(rep.budget) == 7

    def test_hand_computation_finds_the_slip(self):
        """307.055.630 / 398.379.650 = 77,08 %: the printed 80.5 is the one slip.

        The other three sub kegiatan agree at one decimal.
        """
        printed = {
            "K1.1": ("749930215", "702188300", "93.6"),
            "K2.1": ("216194000", "188957200", "87.4"),
            "K2.2": ("378896500", "351953546", "92.9"),
            "K2.3": ("398379650", "307055630", "80.5"),
        }
        wrong = {
            key
            for key, (pagu, real, pct) in printed.items()
            if _round(_f(real) / _f(pagu) * 100, 1) != Decimal(pct)
        }
        assert wrong == {"K2.3"}
        assert _round(_f("307055630") / _f("398379650") * 100, 1) == Decimal("77.1")

    def test_program_prints_the_mean_of_its_leaves_printed_percentages(self):
        """88.6 = (93.6 + 87.4 + 92.9 + 80.5) / 4; the ratio of the sums is 88.9 %.

        Pagu 1.743.400.365, realisasi 1.550.154.676 (summed by hand).
        """
        mean = (_f("93.6") + _f("87.4") + _f("92.9") + _f("80.5")) / 4
        assert mean == _f("88.6")
        ratio = _f("1550154676") / _f("1743400365") * 100
        assert _round(ratio, 1) == Decimal("88.9")

    def test_build_tree_rolls_the_leaves_up(self):
        """anggaran.build_tree over the file's lines gives the hand sums at the program."""
        rep = _load("sumut-setda-2021")
        lines = [
            anggaran.BudgetLine(
                line.name,
                line.rows[0].pagu.value if line.rows and line.rows[0].pagu else 0,
                line.rows[0].realisasi.value if line.rows and line.rows[0].realisasi else None,
                key=line.id,
                parent=line.parent,
            )
            for line in rep.budget
        ]
        program = anggaran.build_tree(lines).node("P")
        assert (program.pagu, program.realisasi) == (Decimal(1743400365), Decimal(1550154676))

    def test_check_flags_exactly_the_slip_and_the_mean(self):
        """The 80.5 is an error; the program's 88.6 is the mean of the printed ratios."""
        place = "Tabel 19, row '{}', column penyerapan"
        expected = {
            (
                "PCT_MISMATCH",
                "error",
                place.format("3.Sub Kegiatan Evaluasi Pelaksanaan"),
            ),
            ("MEAN_OF_RATIOS", "warning", place.format("Program Pemerintahan Dan Otonomi Daerah")),
        }
        assert _findings(_load("sumut-setda-2021")) == expected


# ---------------------------------------------------------------- Kab. Manggarai Timur
class TestManggaraiTimur2019:
    """Tabel 3.8: lower-is-better indicators under target / realisasi × 100."""

    def test_loads_the_report_formula_and_the_parts(self):
        """minimize_formula is the report's; the text row prints 186 of 100.000."""
        rep = _load("manggarai-timur-2019")
        assert rep.minimize_formula == "t_over_r"
        text_row = rep.indicator("AKI").rows[1]
        parts = (_some(text_row.pembilang).value, _some(text_row.penyebut).value)
        assert parts == (Decimal(186), Decimal(100000))
        assert capaian.persentase(186, 100_000) == Decimal("0.186")

    def test_hand_computation_under_t_over_r(self):
        """Under T / R, AKB and AKI agree and the Balita capaian is a slip.

        AKB 9,20 / 9,53 = 96,54 %; AKI 162 / 186 = 87,10 % (the text's unrounded rates per
        100.000); Balita 0,64 / 0,18 = 355,56 %, not the printed 72,52.
        """
        assert _round(_f("9.20") / _f("9.53") * 100, 2) == Decimal("96.54")
        assert _round(Fraction(162, 186) * 100, 2) == Decimal("87.10")
        assert _round(_f("0.64") / _f("0.18") * 100, 2) == Decimal("355.56")
        # Under (2T - R) / T the AKB would be 96,41 %: the report's formula is T / R.
        assert _round((2 * _f("9.20") - _f("9.53")) / _f("9.20") * 100, 2) == Decimal("96.41")

    def test_capaian_variants_name_the_report_formula(self):
        """capaian.variants gives both named formulas; T / R is the printed one."""
        found = capaian.variants(Decimal("9.20"), Decimal("9.53"))
        rounded = {formula.value: _round(Fraction(v), 2) for formula, v in found.items()}
        assert rounded == {"2t_minus_r": Decimal("96.41"), "t_over_r": Decimal("96.54")}

    def test_the_printed_mean_is_truncated(self):
        """(87,10 + 96,54 + 72,52) / 3 = 85,3867 → 85,39; the text prints 85,38."""
        mean = (_f("87.10") + _f("96.54") + _f("72.52")) / 3
        assert _round(mean, 2) == Decimal("85.39")

    def test_check_flags_exactly_the_balita_capaian(self):
        """Only the 72,52 is an error under the declared T / R."""
        expected = {
            ("CAPAIAN_MISMATCH", "error", "Tabel 3.8, row '3.', year 2019, column capaian")
        }
        assert _findings(_load("manggarai-timur-2019")) == expected


# ---------------------------------------------------------------- BBPOM di Yogyakarta
class TestBbpomYogyakarta2020:
    """BPOM's own scale, IE / TE, kluster rows of sister units, later-year targets."""

    def test_loads_the_scale_and_the_rule(self):
        """The declared bpom scale classifies 99,34 as Baik; the rule is IE > SE."""
        rep = _load("bbpom-yogyakarta-2020")
        (scale,) = rep.scales
        assert scale.scale().classify(Decimal("99.34")).label == "Baik"
        assert scale.scale().classify(Decimal(90)).label == "Baik"
        assert scale.scale().classify(Decimal("120.01")).label == "Tidak dapat disimpulkan"
        rule = _some(rep.efficiency_rule)
        assert (rule.standard, rule.efisien_if) == (Decimal(1), "gt")

    def test_other_units_rows_are_marked(self):
        """The kluster rows carry the unit whose figures they are; this unit's have none."""
        rows = _load("bbpom-yogyakarta-2020").indicator("IKK11.1").rows
        units = [row.unit for row in rows]
        assert units == [
            None,
            "BADAN POM",
            None,
            "BBPOM di Banda Aceh",
            "BBPOM di Denpasar",
            "BBPOM di Jayapura",
        ]

    def test_later_year_targets(self):
        """Tabel 44 measures the 2020 realisasi against the 2022 and 2024 targets."""
        rows = _load("bbpom-yogyakarta-2020").indicator("IKK-TE").rows
        assert [(r.year, r.target_year) for r in rows[:3]] == [
            (2020, None),
            (2020, 2022),
            (2020, 2024),
        ]
        assert _round(Fraction(100, 97) * 100, 2) == Decimal("103.09")
        assert _round(Fraction(100, 99) * 100, 2) == Decimal("101.01")

    def test_hand_computation_finds_the_kluster_slip(self):
        """Tabel 42's 99,34 is right; the kluster row's 99,33 is truncated.

        92,384 / 93 = 99,3376 %. The sister units' capaian all agree.
        """
        assert _round(_f("92.384") / 93 * 100, 2) == Decimal("99.34")
        sisters = {"89.47": "96.20", "89.45": "96.18", "89.05": "95.75"}
        assert all(_round(_f(r) / 93 * 100, 2) == Decimal(c) for r, c in sisters.items())
        assert _round(Fraction(100, 86) * 100, 2) == Decimal("116.28")

    def test_efficiency_ie_and_te(self):
        """IE = 100,57 / 95,44 = 1,0538 → 1,05; TE = IE − SE = 0,05; IE > 1: Efisien."""
        ie = _f("100.57") / _f("95.44")
        assert _round(ie, 2) == Decimal("1.05")
        assert _round(ie - 1, 2) == Decimal("0.05")
        rep = _load("bbpom-yogyakarta-2020")
        (row,) = rep.efficiency
        aturan = _some(rep.efficiency_rule).aturan()
        capaian_kinerja, penyerapan = _some(row.capaian_kinerja), _some(row.penyerapan)
        exact = efisiensi.indeks_efisiensi(capaian_kinerja.value, penyerapan.value)
        assert aturan.classify(exact).label == "Efisien"
        assert _round(Fraction(aturan.tingkat(exact)), 2) == _some(row.te).value

    def test_efficiency_row_without_indicator_prints_the_units_capaian(self):
        """The row's 100,57 is the unit's overall capaian: an input, its IE and TE agree.

        IE = 100,57 / 95,44 = 1,05379… → 1,05 and TE = 1,05379… − 1 → 0,05 (rounded by
        hand above); neither the capaian nor the penyerapan (no program named) is recomputed.
        """
        rep = _load("bbpom-yogyakarta-2020")
        (row,) = rep.efficiency
        assert row.indicator is None
        verdicts = {
            v.where.column: (v.status.value, v.reason)
            for v in check.ledger(rep).verdicts
            if v.where.place == "Efisiensi"
        }
        assert verdicts["capaian_kinerja"] == (
            "not_checked",
            efisiensi_rule.UNIT_CAPAIAN,
        )
        assert "unit's overall capaian kinerja" in efisiensi_rule.UNIT_CAPAIAN
        assert verdicts["penyerapan"][0] == "not_checked"
        assert (verdicts["indeks"][0], verdicts["te"][0]) == ("agrees", "agrees")

    def test_efficiency_row_without_indicator_still_finds_a_wrong_index(self):
        """Printing IE 1,06 for 100,57 / 95,44 = 1,0538 (→ 1,05) is a RATIO_MISMATCH."""
        path = EXAMPLES / "bbpom-yogyakarta-2020.toml"
        text = path.read_text(encoding="utf-8").replace('indeks = "1,05"', 'indeks = "1,06"')
        assert 'indeks = "1,06"' in text
        found = {(f.code, f.expected) for f in check.check(report.loads_toml(text))}
        assert ("RATIO_MISMATCH", "1,05") in found

    def test_check_flags_exactly_the_truncated_kluster_capaian(self):
        """Only the kluster table's 99,33 is a (truncation) warning."""
        expected = {
            (
                "TRUNCATED",
                "warning",
                "Kluster 4 (NKA), row 'BBPOM di Yogyakarta', year 2020, column capaian",
            )
        }
        assert _findings(_load("bbpom-yogyakarta-2020")) == expected


# ---------------------------------------------------------------- PPPOMN (Badan POM)
class TestPppomn2021Triwulan2:
    """Realisasi up to triwulan II, rupiah printed with Rp. and ",-"."""

    def test_loads_the_printed_forms(self):
        """'Rp. 1.544.000.000,-' loads as 1544000000; the period is kept on the row."""
        rep = _load("pppomn-2021-tw2")
        amounts = {a.id: a.figure.value for a in rep.amounts}
        assert amounts["HEMAT"] == Decimal(1544000000)
        (row,) = rep.line("PPPOMN").rows
        assert (row.period, _some(row.rencana_penyerapan).value) == (
            "s.d. TW II",
            Decimal("40.73"),
        )

    def test_hand_computation(self):
        """Every figure agrees.

        The three belanja sum to the DIPA; minus the penghematan it is the new pagu;
        23.906.077.655 / 103.826.538.000 = 23,025 % → 23,03 %.
        """
        assert 24_126_484_000 + 48_022_572_000 + 33_221_482_000 == 105_370_538_000
        assert 105_370_538_000 - 1_544_000_000 == 103_826_538_000
        assert _round(Fraction(23_906_077_655, 103_826_538_000) * 100, 2) == Decimal("23.03")

    def test_check_finds_nothing(self):
        """Nothing printed here is wrong: no error, no warning."""
        assert _findings(_load("pppomn-2021-tw2")) == set()


# ---------------------------------------------------------------- BPOM PRKOM 2021
class TestBpomPrkom2021:
    """Tabel 28: IE and TE to three decimals under the rule 1,81 ≥ IE ≥ SE."""

    def test_loads_the_rule_and_the_rows(self):
        """The rule's upper bound 1,81 and the two rows' IE and TE load."""
        rep = _load("bpom-prkom-2021")
        rule = _some(rep.efficiency_rule)
        assert (rule.standard, rule.efisien_if, rule.upper_bound) == (
            Decimal(1),
            "ge",
            Decimal("1.81"),
        )
        printed = [(_some(e.indeks).value, _some(e.te).value) for e in rep.efficiency]
        assert printed == [
            (Decimal("1.063"), Decimal("0.063")),
            (Decimal("1.008"), Decimal("0.008")),
        ]

    def test_hand_computation(self):
        """Every printed figure of both rows agrees.

        74,94 / 75 = 99,92 %; 6.495.748.767 / 6.910.387.000 = 93,99978 % → 94,00 %;
        99,92 / 94,00 = 1,06298 → 1,063, TE 0,063; 41.818.800 / 42.150.000 = 99,2142 % →
        99,21 %; 100 / 99,21 = 1,00796 → 1,008, TE 0,008.
        """
        assert _round(_f("74.94") / 75 * 100, 2) == Decimal("99.92")
        assert _round(Fraction(6_495_748_767, 6_910_387_000) * 100, 2) == Decimal("94.00")
        assert _round(_f("99.92") / _f("94.00"), 3) == Decimal("1.063")
        assert _round(_f("99.92") / _f("94.00") - 1, 3) == Decimal("0.063")
        assert _round(Fraction(41_818_800, 42_150_000) * 100, 2) == Decimal("99.21")
        assert _round(_f("100.00") / _f("99.21"), 3) == Decimal("1.008")
        assert _round(_f("100.00") / _f("99.21") - 1, 3) == Decimal("0.008")

    def test_rule_classifies_both_efisien(self):
        """Both indices lie in 1 ≤ IE ≤ 1,81: Efisien, as printed."""
        rep = _load("bpom-prkom-2021")
        aturan = _some(rep.efficiency_rule).aturan()
        labels = [aturan.classify(_some(e.indeks).value).label for e in rep.efficiency]
        assert labels == [_some(e.kategori).text for e in rep.efficiency]

    def test_check_finds_nothing(self):
        """Nothing printed in the two rows is wrong."""
        assert _findings(_load("bpom-prkom-2021")) == set()
