"""Tests of the checker rules for the report-format keys of other agencies' reports.

Each test builds a small report; the expected values are computed by hand in the docstring
(exact fractions of the printed figures, rounded half up to the printed decimals).
"""

from __future__ import annotations

from akip import check, report
from tests.test_check import HEAD, codes, efficiency, indicator, line, run, table

#: A declared scale: Lulus from 60, Tidak Lulus below.
LULUS = (
    table("scales", id="lulus", source="the agency's own table")
    + table("scales.bands", label="Tidak Lulus", upper="60")
    + table("scales.bands", label="Lulus", lower="60")
)


def verdicts(*parts: str) -> dict[tuple[str, str | None, str], tuple[str, str | None]]:
    """(place, row, column) → (status, reason) of every printed figure of the report."""
    book = check.ledger(report.loads_toml(HEAD + "".join(parts)))
    return {
        (v.where.place, v.where.row, v.where.column): (v.status.value, v.reason)
        for v in book.verdicts
    }


def with_formula(formula: str) -> str:
    """The test HEAD with a report-level minimize_formula."""
    return f'minimize_formula = "{formula}"\n'


class TestMinimizeFormula:
    """Target 10, realisasi 8, lower is better: T / R = 125 %, (2T − R) / T = 120 %."""

    def test_declared_t_over_r_agrees(self):
        """The report declares T / R and prints 125: nothing to report."""
        text = HEAD.replace("year = 2024\n", "year = 2024\n" + with_formula("t_over_r"))
        rows = indicator(
            "I", {"target": "10", "realisasi": "8", "capaian": "125"}, polarity="minimize"
        )
        assert [] == check.check(report.loads_toml(text + rows))

    def test_other_named_formula_is_a_method_hint(self):
        """Declared T / R but printed 120 = (2·10 − 8) / 10: FORMULA_VARIANT, expected 125."""
        text = HEAD.replace("year = 2024\n", "year = 2024\n" + with_formula("t_over_r"))
        rows = indicator(
            "I", {"target": "10", "realisasi": "8", "capaian": "120"}, polarity="minimize"
        )
        found = check.check(report.loads_toml(text + rows))
        assert [("FORMULA_VARIANT", "120", "125")] == codes(found)
        assert check.Severity.WARNING is found[0].severity

    def test_indicator_formula_overrides_the_default(self):
        """No report formula; the indicator declares T / R: 125 agrees, 120 is the variant."""
        good = indicator(
            "I",
            {"target": "10", "realisasi": "8", "capaian": "125"},
            polarity="minimize",
            minimize_formula="t_over_r",
        )
        assert [] == run(good)
        default = indicator(
            "I", {"target": "10", "realisasi": "8", "capaian": "125"}, polarity="minimize"
        )
        assert [("FORMULA_VARIANT", "125", "120")] == codes(run(default))


class TestScales:
    def test_label_on_the_declared_scale(self):
        """Capaian 70 / 100 = 70 % is Lulus (≥ 60) on the declared scale."""
        row = {"target": "100", "realisasi": "70", "capaian": "70", "predikat": "Lulus"}
        assert [] == run(LULUS, indicator("I", row, scale="lulus"))
        assert verdicts(LULUS, indicator("I", row, scale="lulus"))[
            "T", "Indikator I", "predikat"
        ] == ("agrees", None)

    def test_wrong_label_on_the_declared_scale(self):
        """50 % is Tidak Lulus (below 60): the printed Lulus is PREDIKAT_MISMATCH."""
        row = {"target": "100", "realisasi": "50", "capaian": "50", "predikat": "Lulus"}
        assert [("PREDIKAT_MISMATCH", "Lulus", "Tidak Lulus")] == codes(
            run(LULUS, indicator("I", row, scale="lulus"))
        )

    def test_wrong_atribut_on_the_declared_scale(self):
        """50 % is Tidak Lulus: a Lulus printed in the atribut column is ATRIBUT_MISMATCH.

        The column is the row's success attribute, read on the scale the indicator names;
        its slip is an atribut's, not a predikat's (both codes have their own page).
        """
        row = {"target": "100", "realisasi": "50", "capaian": "50", "atribut": "Lulus"}
        assert [("ATRIBUT_MISMATCH", "Lulus", "Tidak Lulus")] == codes(
            run(LULUS, indicator("I", row, scale="lulus"))
        )

    def test_row_scale_overrides_the_indicator(self):
        """The row names the Lulus scale, the indicator none: 50 % is Tidak Lulus there."""
        row = {"target": "100", "realisasi": "50", "capaian": "50", "predikat": "Tidak Lulus"}
        assert [] == run(LULUS, indicator("I", {**row, "scale": "lulus"}))

    def test_label_on_no_declared_scale(self):
        """'Memuaskan' is no Permendagri 86/2017 word: not_checked with a hint."""
        row = {"target": "100", "realisasi": "95", "capaian": "95", "predikat": "Memuaskan"}
        assert [] == run(indicator("I", row))
        status, reason = verdicts(indicator("I", row))["T", "Indikator I", "predikat"]
        assert "not_checked" == status
        assert "[[scales]]" in (reason or "")

    def test_label_with_its_abbreviation(self):
        """80 % is Tinggi (76–90, Permendagri 86/2017): 'Tinggi (T)' agrees."""
        row = {"target": "100", "realisasi": "80", "capaian": "80", "predikat": "Tinggi (T)"}
        assert [] == run(indicator("I", row))


class TestOtherUnitsAndYears:
    def test_other_units_row_is_not_merged(self):
        """The sister unit prints 50 of 100 (50 %); this unit 94 of 90. No conflict."""
        own = {"target": "90", "realisasi": "94", "capaian": "104"}
        sister = {
            "row": "B",
            "unit": "Balai B",
            "target": "100",
            "realisasi": "50",
            "capaian": "50",
        }
        assert [] == run(indicator("I", own, sister))

    def test_other_units_arithmetic_is_checked(self):
        """The sister unit's 50 / 100 is 50 %, not the printed 60."""
        sister = {
            "row": "B",
            "unit": "Balai B",
            "target": "100",
            "realisasi": "50",
            "capaian": "60",
        }
        found = run(indicator("I", {"target": "90", "realisasi": "94"}, sister))
        assert [("CAPAIAN_MISMATCH", "60", "50")] == codes(found)

    def test_target_of_a_later_year(self):
        """Realisasi 94 against the Renstra target 2026 of 100: 94 %; 95 is the wrong target."""
        renstra = table("indicators.targets", place="T", year=2026, version="renstra", value="100")
        this_year = {"target": "90", "realisasi": "94"}
        good = {
            "row": "2026",
            "target_year": 2026,
            "target": "100",
            "realisasi": "94",
            "capaian": "94",
        }
        assert [] == run(indicator("I", this_year, good) + renstra)
        bad = {**good, "target": "95"}
        found = run(indicator("I", this_year, bad) + renstra)
        assert ("CROSS_TABLE_CONFLICT", "95", "100") in codes(found)

    def test_national_target(self):
        """The national row prints 95; this row's target_nasional 96 differs from it."""
        national = {"row": "N", "unit": "Pusat", "target": "95"}
        own = {"target": "90", "realisasi": "94", "target_nasional": "96"}
        found = run(indicator("I", national, own))
        assert [("CROSS_TABLE_CONFLICT", "96", "95")] == codes(found)
        assert [] == run(indicator("I", national, {**own, "target_nasional": "95"}))


class TestParts:
    def test_pembilang_penyebut(self):
        """31 of 40 = 77,50 %: the printed 78,50 is a slip."""
        row = {"target": "80", "pembilang": "31", "penyebut": "40"}
        assert [] == run(indicator("I", {**row, "realisasi": "77,50"}))
        found = run(indicator("I", {**row, "realisasi": "78,50"}))
        assert ("CAPAIAN_MISMATCH", "78,50", "77,50") in codes(found)

    def test_indicator_periods(self):
        """Periods 20 + 30 under 'sum': 50, not the printed 55; 'last' gives 30."""
        periods = 'realisasi_periode = { "TW I" = "20", "TW II" = "30" }\n'

        def one(realisasi: str, consolidation: str) -> str:
            row = indicator(
                "I", {"target": "100", "realisasi": realisasi}, consolidation=consolidation
            )
            return row + periods

        assert [] == run(one("50", "sum"))
        assert [("PERIODE_MISMATCH", "55", "50")] == codes(run(one("55", "sum")))
        assert [("PERIODE_MISMATCH", "50", "30")] == codes(run(one("50", "last")))

    def test_budget_periods(self):
        """Monthly realisasi 10 + 15 + 20 = 45, not the printed Jumlah 46."""
        months = 'realisasi_periode = { Januari = "10", Februari = "15", Maret = "20" }\n'
        good = line("P1", {"pagu": "100", "realisasi": "45"}) + months
        assert [] == run(good)
        bad = line("P1", {"pagu": "100", "realisasi": "46"}) + months
        assert [("SUM_MISMATCH", "46", "45")] == codes(run(bad))

    def test_penyerapan_up_to_a_period(self):
        """The year's realisasi is 80; up to TW II 30 of 100: 30 %, checked on its own row."""
        rows = line(
            "P1",
            {"pagu": "100", "realisasi": "80", "penyerapan": "80"},
            {
                "place": "M",
                "period": "s.d. TW II",
                "pagu": "100",
                "realisasi": "30",
                "penyerapan": "30",
            },
        )
        assert [] == run(rows)

    def test_rounded_inputs(self):
        """Rounded inputs: 87,10 lies in the span of T / R, 95,00 does not.

        Any T / R of [0,155; 0,165) / [0,185; 0,195) is 79,49–89,19 %; 0,16 / 0,19 = 84,21.
        """
        head = HEAD.replace("year = 2024\n", "year = 2024\n" + with_formula("t_over_r"))
        row = {"target": "0,16", "realisasi": "0,19"}
        parts = indicator("I", {**row, "capaian": "87,10"}, polarity="minimize")
        assert [] == check.check(report.loads_toml(head + parts))
        parts = indicator("I", {**row, "capaian": "95,00"}, polarity="minimize")
        found = check.check(report.loads_toml(head + parts))
        assert [("CAPAIAN_MISMATCH", "95,00", "84,21")] == codes(found)

    def test_range_target(self):
        """Realisasi 95 inside the range 90 – 100: capaian 100 (InsideRange.HUNDRED)."""
        row = {"target": "90 - 100", "realisasi": "95", "capaian": "100"}
        assert [] == run(indicator("I", row))


class TestMeanOfLeaves:
    def test_mean_of_printed_percentages_through_levels(self):
        """Leaves 50 / 100 = 50 % and 90 / 100 = 90 % under K under P: Σ 140 / 200 = 70 %.

        P prints 70: agrees. With leaves pagu 100 and 300, realisasi 50 and 270: 50 % and
        90 %, Σ 320 / 400 = 80 %; P printing 70 = (50 + 90) / 2 is MEAN_OF_RATIOS.
        """
        leaf = {"level": "sub_kegiatan", "parent": "K"}
        same = line("A", {"pagu": "100", "realisasi": "50", "penyerapan": "50"}, **leaf) + line(
            "B", {"pagu": "100", "realisasi": "90", "penyerapan": "90"}, **leaf
        )
        top = line("P", {"penyerapan": "70"})
        assert [] == run(top, line("K", parent="P", level="kegiatan"), same)
        other = line("A", {"pagu": "100", "realisasi": "50", "penyerapan": "50"}, **leaf) + line(
            "B", {"pagu": "300", "realisasi": "270", "penyerapan": "90"}, **leaf
        )
        found = run(top, line("K", parent="P", level="kegiatan"), other)
        assert [("MEAN_OF_RATIOS", "70", "80")] == codes(found)


class TestEfficiencyRule:
    """IKU 'I' 94 / 90 = 104,44 %; P1 80 / 100 = 80 %; IE 1,3055…; TE = IE − 1 = 0,3055."""

    def test_tingkat_efisiensi(self):
        """TE 0,31 agrees; 0,40 is RATIO_MISMATCH (expected 0,31)."""
        from tests.test_check import EFF  # noqa: PLC0415

        assert [] == run(EFF, efficiency(indeks="1,31", te="0,31"))
        found = run(EFF, efficiency(indeks="1,31", te="0,40"))
        assert [("RATIO_MISMATCH", "0,40", "0,31")] == codes(found)

    def test_report_rule_gt(self):
        """Under IE > SE an index of exactly 1 (80 / 80) is Tidak Efisien."""
        rule = '[report.efficiency_rule]\nstandard = "1"\nefisien_if = "gt"\n'
        head = HEAD.replace("[[places]]", rule + "[[places]]", 1)
        parts = indicator("I", {"target": "100", "realisasi": "80"}) + line(
            "P1", {"pagu": "100", "realisasi": "80"}
        )
        row = table(
            "efficiency",
            id="E",
            place="T",
            indicator="I",
            programs=["P1"],
            indeks="1,00",
            kategori="Efisien",
        )
        found = check.check(report.loads_toml(head + parts + row))
        assert [("CATEGORY_MISMATCH", "Efisien", "Tidak Efisien")] == codes(found)

    def test_percentages_only(self):
        """No program, no rupiah: 104 / 80 = 1,30; the printed 1,50 is RATIO_MISMATCH."""
        parts = indicator("I", {"target": "90", "realisasi": "94"})
        row = {
            "id": "E",
            "place": "T",
            "indicator": "I",
            "capaian_kinerja": "104",
            "penyerapan": "80",
        }
        assert [] == run(parts, table("efficiency", **row, indeks="1,31"))
        found = run(parts, table("efficiency", **row, indeks="1,50"))
        assert [("RATIO_MISMATCH", "1,50", "1,31")] == codes(found)


class TestMessages:
    def test_numbers_in_the_report_style(self):
        """92,384 / 93 = 99,33763… printed 99,33 (cut off): the message says 99,3376 %.

        An id_ID report shows no 99.3376344086021505376344086 and no 104.44.
        """
        row = {"target": "93,00", "realisasi": "92,384", "capaian": "99,33"}
        (finding,) = run(indicator("I", row))
        assert "TRUNCATED" == finding.code
        assert "capaian 99,3376 is printed cut off" in finding.message

    def test_reference_value_in_the_figure_style(self):
        """Two places print 1.500.000, one 1.600.000: the message names Rp 1.500.000."""
        rows = [{"place": p, "pagu": "Rp 1.500.000"} for p in ("T", "N")]
        other = {"place": "M", "pagu": "Rp 1.600.000"}
        found = run(line("P1", *rows, other))
        (finding,) = [f for f in found if f.code == "CROSS_TABLE_CONFLICT"]
        assert "is Rp 1.500.000 in N, T" in finding.message


class TestUndecidedPaths:
    def test_parts_without_realisasi(self):
        """A pembilang and penyebut without a realisasi: nothing to compare, not_checked."""
        parts = indicator("I", {"target": "80", "pembilang": "31", "penyebut": "40"})
        assert [] == run(parts)
        got = verdicts(parts)
        assert "not_checked" == got["T", "Indikator I", "pembilang"][0]

    def test_periods_without_realisasi(self):
        """Periods but no Jumlah: each period is not_checked."""
        periods = 'realisasi_periode = { "TW I" = "20", "TW II" = "30" }\n'
        parts = indicator("I", {"target": "100"}, consolidation="sum") + periods
        assert [] == run(parts)
        statuses = {s for (_, _, col), (s, _) in verdicts(parts).items() if "periode" in col}
        assert {"not_checked"} == statuses

    def test_national_target_printed_once(self):
        """A national target no other place prints: not_checked."""
        parts = indicator("I", {"target": "90", "realisasi": "94", "target_nasional": "95"})
        assert [] == run(parts)
        assert "not_checked" == verdicts(parts)["T", "Indikator I", "target_nasional"][0]

    def test_target_year_not_declared(self):
        """A row against 2026's target when no document declares one: not_checked."""
        row = {"row": "2026", "target_year": 2026, "target": "100", "realisasi": "94"}
        parts = indicator("I", {"target": "90", "realisasi": "94"}, row)
        assert [] == run(parts)
        assert "not_checked" == verdicts(parts)["T", "2026", "target"][0]

    def test_other_unit_without_target(self):
        """A sister unit printing a capaian but no target: not_checked."""
        sister = {"row": "B", "unit": "Balai B", "realisasi": "50", "capaian": "50"}
        parts = indicator("I", {"target": "90", "realisasi": "94"}, sister)
        assert [] == run(parts)
        assert "not_checked" == verdicts(parts)["T", "B", "capaian"][0]

    def test_other_unit_target_zero(self):
        """A sister unit's target of 0: its capaian is not computable."""
        sister = {"row": "B", "unit": "Balai B", "target": "0", "realisasi": "5", "capaian": "50"}
        parts = indicator("I", {"target": "90", "realisasi": "94"}, sister)
        assert ["NOT_COMPUTABLE"] == [f.code for f in run(parts)]

    def test_row_standard(self):
        """A row's own SE 1,2: TE = 1,3055 − 1,2 = 0,1055 → 0,11; the SE is an input."""
        from tests.test_check import EFF  # noqa: PLC0415

        parts = EFF + efficiency(indeks="1,31", te="0,11", standard="1,2")
        assert [] == run(parts)
        assert "not_checked" == verdicts(parts)["T", None, "standard"][0]

    def test_te_without_index(self):
        """A TE printed without an index: not_checked."""
        from tests.test_check import EFF  # noqa: PLC0415

        parts = EFF + efficiency(te="0,31")
        assert [] == run(parts)
        assert "not_checked" == verdicts(parts)["T", None, "te"][0]
