"""Tests of akip.check and the CLI on the Dumai LKIP 2024 example.

Expected findings are the slips a careful auditor finds by hand in the seed report
(`../shared/seed/000_77fad2a2099ece71.txt`); each expected value is computed in the test.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest

from akip import check, report
from akip.__main__ import main
from akip.check import Severity
from akip.exceptions import InvalidValue, ReportError

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@pytest.fixture(scope="module")
def findings() -> list[check.Finding]:
    """Every finding of the Dumai file: each root cause, then its consequences."""
    return list(check.ledger(report.load(EXAMPLE)).all_findings())


def pick(findings: list[check.Finding], code: str, place: str) -> list[check.Finding]:
    return [f for f in findings if f.code == code and f.place.startswith(place)]


def pct(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class TestDumai:
    def test_mean_of_ratios(self, findings):
        """Tabel 6's 79,61 is (70,48 + 95,15 + 68,00 + 84,80) / 4; Σreal / Σpagu is 91,68."""
        real = 1_090_738_664 + 32_252_179_390 + 2_402_763_150 + 175_102_300
        pagu = 1_547_690_855 + 33_894_866_910 + 3_533_511_000 + 206_479_000
        (finding,) = pick(findings, "MEAN_OF_RATIOS", "Tabel 6")
        assert "79,61" == finding.printed
        assert f"{pct(Decimal(real) * 100 / Decimal(pagu))}".replace(".", ",") == finding.expected
        assert Severity.ERROR is finding.severity

    def test_efficiency_index(self, findings):
        """1,18 = 94 / 79,61 (realisasi, not capaian); 1,19 is 85 / 71,09 = 1,1957 cut off."""
        assert Decimal("1.18") == pct(Decimal(94) / Decimal("79.61"))
        assert Decimal("1.20") == pct(Decimal(85) / Decimal("71.09"))
        by_printed = {f.printed: f for f in pick(findings, "RATIO_MISMATCH", "Tabel 6")}
        first, second = by_printed["1,18"], by_printed["1,19"]
        assert "realisasi 94" in first.message
        assert "cut off" in second.message

    def test_penyerapan_program_6(self, findings):
        """71,09 is printed for program 6, whose 932.628.254 / 1.313.034.200 is 71,03 %."""
        expected = pct(Decimal(932_628_254) * 100 / Decimal(1_313_034_200))
        (finding,) = pick(findings, "PCT_MISMATCH", "Tabel 6")
        assert str(expected).replace(".", ",") == finding.expected

    def test_terbilang(self, findings):
        """The words for 45.195.966.217 lack 'lima', for 44.484.704.673 'tiga', modal 'ribu'."""
        messages = " | ".join(f.message for f in findings if f.code == "TERBILANG_MISMATCH")
        assert "missing 'lima'" in messages
        assert "missing 'tiga'" in messages
        assert "missing 'ribu'" in messages

    def test_renstra_year(self, findings):
        """2024 is year 4 (2024 − 2021 + 1) of the Renstra 2021–2026, not '3 (dua)'."""
        years = [f for f in findings if f.code == "RENSTRA_YEAR"]
        assert {"4", "2021-2026"} == {f.expected for f in years}

    def test_predikat_85(self, findings):
        """§3.5 calls 85 % 'sangat tinggi'; Permendagri 86/2017 puts 85 in 76–90: Tinggi."""
        (finding,) = pick(findings, "PREDIKAT_MISMATCH", "§3.5")
        assert "Tinggi" == finding.expected

    def test_tabel_5_realisasi_95(self, findings):
        """Tabel 5 prints 95 % (94 % in 13 other places): the slip is the 95 %.

        Its capaian 104 % agrees with the consensus inputs: 94 / 90 = 104,44 → 104 %.
        """
        (finding,) = pick(findings, "CROSS_TABLE_CONFLICT", "Tabel 5, row 'Sasaran'")
        assert ("95%", "94%", Severity.ERROR) == (
            finding.printed,
            finding.expected,
            finding.severity,
        )
        assert [] == pick(findings, "CAPAIAN_MISMATCH", "Tabel 5")

    def test_pagu_conflict(self, findings):
        """Tabel 3 prints program 4 at 3.533.515.000, Tabel III.11 at 3.533.511.000."""
        (finding,) = pick(findings, "CROSS_TABLE_CONFLICT", "Tabel 3")
        assert "3.533.511.000" in finding.message

    def test_mixed_units(self, findings):
        """'100 / 51 orang' = 16 + 84 / 16 + 35 orang, leaving out 2 laporan and 120 keluarga."""
        (first,) = [
            f for f in pick(findings, "MIXED_UNITS", "Pengukuran") if f.printed == "100 / 51 orang"
        ]
        assert "2 / 1 laporan" in str(first.expected)
        assert "120 / 29 keluarga" in str(first.expected)

    def test_plausibility(self, findings):
        """Fisik 100 % with realisasi keuangan 0 for an activity the report says was not held."""
        (finding,) = [f for f in findings if f.code == "PLAUSIBILITY" and "fisik" in f.message]
        assert "tidak jadi dilaksanakan" in finding.message

    def test_correct_figures_not_flagged(self, findings):
        """Tabel III.11's subtotals, 90,73 % and Tabel 4's 104 % / 85 % are correct.

        The only sums off are Tabel 3's and II.6's JUMLAH 45.195.970.217, consequences of
        their program 4 printed 3.533.515.000 (3.533.511.000 in six places): 4.000 more than
        45.195.966.217.
        """
        assert 45_195_970_217 - 45_195_966_217 == 3_533_515_000 - 3_533_511_000
        sums = [f for f in findings if f.code == "SUM_MISMATCH"]
        assert ["Tabel 3", "Tabel II.6"] == sorted(str(f.where.place) for f in sums if f.where)
        assert {"45.195.966.217"} == {f.expected for f in sums}
        assert not [f for f in findings if f.place.startswith("Tabel III.11")]
        assert not [f for f in findings if f.place.startswith("Tabel 4")]

    def test_every_finding_is_complete(self, findings):
        """Each finding names its place, rule and message, and serialises to JSON."""
        for finding in findings:
            assert finding.place
            assert finding.rule
            assert finding.message
            json.dumps(finding.as_dict())

    def test_junk(self):
        """check refuses anything that is not a loaded report."""
        with pytest.raises(InvalidValue):
            check.check("examples/dumai-2024.toml")


class TestCli:
    def test_check_text(self, capsys):
        """Exit 1 when errors exist; the summary counts findings by severity.

        611 printed figures: the 607 of the tables and text, and the 4 output targets of
        the Lampiran PK and its perubahan (120 → 29, 84 → 35). 596 checked: the 4 targets
        are a revision nothing compares, and the realisasi fisik 29 and 35 are no longer
        corroborated (their capaian fisik differs against the perubahan): 598 − 2. In
        English (``--lang en``; an id_ID report is checked in Indonesian by default).
        """
        assert 1 == main(["check", str(EXAMPLE), "--lang", "en"])
        out = capsys.readouterr().out
        assert out.splitlines()[1].startswith("611 printed figures: 596 checked")
        assert "root causes" in out
        assert "MEAN_OF_RATIOS" in out
        # IKU2's "menurun" names no 2023 value: the missing expected value prints as a dash.
        assert "None" not in out
        assert "  printed:  menurun\n  expected: —\n" in out
        # Below the counts by severity, the counts by code, most frequent first; their
        # sum is the number of findings.
        block = out.split("\n\n")[0].splitlines()
        (at,) = [i for i, text in enumerate(block) if "root causes" in text]
        head = block[at + 1 :]
        counted = {line.split()[1]: int(line.split()[0]) for line in head}
        findings = check.check(report.load(EXAMPLE))
        assert {f.code for f in findings} == set(counted)
        assert len(findings) == sum(counted.values())
        assert sorted(counted.values(), reverse=True) == [int(line.split()[0]) for line in head]

    def test_check_json(self, capsys):
        """--format json prints the ledger: report, coverage, findings and verdicts."""
        main(["check", str(EXAMPLE), "--format", "json", "--lang", "en"])
        data = json.loads(capsys.readouterr().out)
        assert {"report", "coverage", "findings", "verdicts"} == set(data)
        assert {"code", "severity", "place", "printed", "expected", "rule", "message"} <= set(
            data["findings"][0]
        )
        assert {"table", "row", "year", "column", "status", "reason"} <= set(data["verdicts"][0])
        assert len(data["verdicts"]) == data["coverage"]["printed"]
        main(["check", str(EXAMPLE), "--format", "json"])
        assert json.loads(capsys.readouterr().out)

    def test_table(self, capsys):
        """akip table prints capaian per indicator and penyerapan per line."""
        assert 0 == main(["table", str(EXAMPLE)])
        out = capsys.readouterr().out
        assert "104,44%" in out
        assert "90,73%" in out or "88,37%" in out

    def test_bad_file(self, capsys, tmp_path):
        """A bad file gives one message on stderr and exit status 2."""
        bad = tmp_path / "bad.toml"
        bad.write_text("schema_version = 99\n")
        assert 2 == main(["check", str(bad)])
        err = capsys.readouterr().err
        assert err.startswith("akip:")
        assert "Traceback" not in err

    def test_clean_report_exits_0(self, capsys):
        """The minimal example is correct, so it has no finding and exits 0.

        94 / 90 → 104 %; 4.153.740.542 / 4.700.384.252 → 88,37 % (Tabel III.11 of the seed).
        The report is id_ID: the summary is in Indonesian.
        """
        minimal = EXAMPLE.parent / "minimal.toml"
        assert 0 == main(["check", str(minimal)])
        assert "0 kesalahan, 0 peringatan, 0 info" in capsys.readouterr().out

    def test_one_slip_is_found(self, tmp_path):
        """Changing one printed figure of the minimal example to a wrong one is found."""
        text = (EXAMPLE.parent / "minimal.toml").read_text(encoding="utf-8")
        slipped = tmp_path / "slipped.toml"
        slipped.write_text(text.replace('capaian = "104%"', 'capaian = "105%"'), encoding="utf-8")
        (finding,) = check.check(report.load(slipped))
        assert ("CAPAIAN_MISMATCH", "105%", "104%") == (
            finding.code,
            finding.printed,
            finding.expected,
        )


# ---------------------------------------------------------------- narrative statements, Dumai


class TestDumaiStatements:
    def test_tetap_contradicts_figures(self, findings):
        """§3.1 says IKU1's capaian stayed the same; 2023: 90 / 90 → 100 %, 2024: 94 / 90.

        94 / 90 × 100 = 104,444… → 104 at the printed precision (0 decimals), 2023 prints
        100 %: the capaian rose, so "tetap" / "sama" is wrong (§3.5 says "meningkat").
        """
        tetap = [f for f in findings if f.message.startswith("ST-31-IKU1-tetap:")]
        assert [("STATEMENT_MISMATCH", "sama", "meningkat", Severity.ERROR)] == [
            (f.code, f.printed, f.expected, f.severity) for f in tetap
        ]
        assert "§3.1, row '1', column direction" == tetap[0].place

    def test_sama_names_the_wrong_value(self, findings):
        """'capaian tahun 2024 sama … yakni 100%': the 2024 capaian prints as 104 %, not 100 %."""
        sama = [f for f in findings if f.message.startswith("ST-31-IKU1-sama:")]
        assert {("to_value", "100%", "104%"), ("direction", "sama", "meningkat")} == {
            (f.place.rsplit("column ", 1)[1], f.printed, f.expected) for f in sama
        }

    def test_change_from_a_year_without_value(self, findings):
        """IKU2 is new in 2024 (its 2023 cells print '-'): 'menurun' cannot be true."""
        (finding,) = [f for f in findings if f.message.startswith("ST-31-IKU2-menurun:")]
        assert ("menurun", None, Severity.ERROR) == (
            finding.printed,
            finding.expected,
            finding.severity,
        )
        assert "no capaian of IKU2 for 2023" in finding.message

    def test_meningkat_4_is_right(self, findings):
        """§3.5 'meningkat sebesar 4%': 104,444 − 100 = 4,44 points → 4 (and 4,44 % of 100)."""
        assert not [f for f in findings if f.message.startswith("ST-35-IKU1-meningkat:")]

    def test_penyerapan_points_written_as_percent(self, findings):
        """§B: 96,66 % → 90,73 % 'penurunan sebesar 5,93%'.

        2024: 41.007.152.300 / 45.195.966.217 × 100 = 90,7319… (Σ of programs 1–6 in
        Tabel III.11); 96,66 − 90,7319 = 5,9281 → 5,93 points; as a percent of 96,66 it is
        5,9281 / 96,66 × 100 = 6,1329… → 6,13 %. Accepted, with a note.
        """
        (finding,) = [f for f in findings if f.message.startswith("ST-B-penyerapan:")]
        assert ("STATEMENT_MISMATCH", Severity.INFO) == (finding.code, finding.severity)
        assert ("5,93%", "5,93 poin") == (finding.printed, finding.expected)
        assert "6,13%" in finding.message
        assert "§B, row 'narasi', column by" == finding.place

    def test_boxes_agree(self, findings):
        """The Efisiensi / Nilai Anggaran boxes of both IKU are right; a slip in one is found.

        IKU1 (programs 2–5): Σpagu 39.182.547.765, Σrealisasi 35.920.783.504,
        sisa 3.261.764.261 / 39.182.547.765 × 100 = 8,3245… → 8,32 %.
        IKU2 (program 6): 380.405.946 / 1.313.034.200 × 100 = 28,971… → 28,97 %.
        """
        assert not [f for f in findings if "kotak" in f.place]
        text = EXAMPLE.read_text(encoding="utf-8").replace(
            'efisiensi_anggaran = "8,32%"', 'efisiensi_anggaran = "8,33%"', 1
        )
        (finding,) = [f for f in check.check(report.loads_toml(text)) if "kotak" in f.place]
        assert ("PCT_MISMATCH", "8,33%", "8,32%") == (
            finding.code,
            finding.printed,
            finding.expected,
        )
        assert "§3.1, row 'kotak IKU1', year 2024, column efisiensi_anggaran" == finding.place


# ---------------------------------------------------------------- small reports built in the test

HEAD = """
schema_version = 1
[report]
agency = "Badan Uji"
year = 2024
[[places]]
id = "T"
[[places]]
id = "N"
[[places]]
id = "M"
[[places]]
id = "Q"
[[budget]]
id = "OPD"
level = "opd"
name = "Badan Uji"
"""


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def table(header: str, **fields: object) -> str:
    """One ``[[header]]`` table with its keys (``str`` values are quoted)."""
    return "".join([f"[[{header}]]\n", *(f"{k} = {_toml(v)}\n" for k, v in fields.items())])


def indicator(id_: str, *rows: Mapping[str, object], **fields: object) -> str:
    head = {"id": id_, "name": f"Indikator {id_}", "polarity": "maximize", "unit": "%"}
    return table("indicators", **{**head, **fields}) + "".join(
        table("indicators.rows", **{"place": "T", **row}) for row in rows
    )


def line(
    id_: str, *rows: Mapping[str, object], parent: str = "OPD", level: str = "program"
) -> str:
    head = table("budget", id=id_, level=level, parent=parent, name=f"Program {id_}")
    return head + "".join(table("budget.rows", **{"place": "T", **row}) for row in rows)


def statement(id_: object = "S", **fields: object) -> str:
    return table("statements", **{"id": id_, "place": "N", "text": "…", **fields})


def run(*parts: str) -> list[check.Finding]:
    """Every finding (roots and their consequences) of a report built from *parts*."""
    return list(check.ledger(report.loads_toml(HEAD + "".join(parts))).all_findings())


def change(**fields: object) -> str:
    return statement(**{"kind": "change", "from_year": 2023, "to_year": 2024, **fields})


def codes(findings: list[check.Finding]) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.printed, f.expected) for f in findings]


#: An indicator counted in orang: realisasi 40 (2023) → 50 (2024), 10 more, 25 % more.
ORANG = indicator(
    "I",
    {"year": 2023, "target": "40", "realisasi": "40"},
    {"target": "50", "realisasi": "50"},
    unit="orang",
)
#: A percentage indicator: capaian 80 / 100 = 80 % (2023) → 88 / 100 = 88 % (2024):
#: 8 points, and 8 / 80 × 100 = 10 % relative.
PERSEN = indicator(
    "I",
    {"year": 2023, "target": "100%", "realisasi": "80%", "capaian": "80%"},
    {"target": "100%", "realisasi": "88%", "capaian": "88%"},
)


class TestChangeStatement:
    @pytest.mark.parametrize(
        ("by", "expected"),
        [
            ("10", []),  # 50 − 40 = 10 orang
            ("25%", []),  # 10 / 40 × 100 = 25 %
            ("10%", [("STATEMENT_MISMATCH", "10%", "25%")]),
            ("12", [("STATEMENT_MISMATCH", "12", "10")]),
        ],
    )
    def test_by_of_a_count(self, by, expected):
        """A count's change printed without % is the difference; with % the relative change."""
        found = run(
            ORANG, change(indicator="I", measure="realisasi", direction="meningkat", by=by)
        )
        assert expected == codes(found)
        assert all(f.severity is Severity.ERROR for f in found)

    @pytest.mark.parametrize(
        ("by", "expected", "severity"),
        [
            ("10%", None, None),  # 8 / 80 × 100 = 10 %: the relative change, as % says
            ("8", None, None),  # 88 − 80 = 8 points, no % sign
            ("8%", "8 poin", Severity.INFO),  # points written as %
            ("9%", "8%", Severity.ERROR),
            ("10", "8", Severity.ERROR),  # without % it is points: 8, not 10
            ("8,0%", "8,0 poin", Severity.INFO),  # 10,0 % relative at one decimal
        ],
    )
    def test_by_of_a_percentage(self, by, expected, severity):
        """A capaian's change in points or percent; points written as "%" get a note."""
        found = run(PERSEN, change(indicator="I", measure="capaian", direction="meningkat", by=by))
        wanted = [] if expected is None else [(by, expected, severity)]
        assert wanted == [(f.printed, f.expected, f.severity) for f in found]

    def test_points_note_names_the_relative_change(self):
        """The note gives both readings: 8 points, 10 % of the earlier value."""
        (finding,) = run(
            PERSEN, change(indicator="I", measure="capaian", direction="meningkat", by="8%")
        )
        assert "80 → 88" in finding.message
        assert "the change is 10%" in finding.message
        assert "N, column by" == finding.place

    def test_relative_from_zero(self):
        """From 0 a relative change does not exist: '5%' has no expected value."""
        zero = indicator(
            "I",
            {"year": 2023, "target": "5", "realisasi": "0"},
            {"target": "5", "realisasi": "5"},
            unit="kegiatan",
        )
        stated = {"indicator": "I", "measure": "realisasi", "direction": "meningkat"}
        assert [] == run(zero, change(**stated, by="5"))
        (finding,) = run(zero, change(**stated, by="5%"))
        assert ("5%", None) == (finding.printed, finding.expected)
        assert "not computable" in finding.message

    @pytest.mark.parametrize(
        ("direction", "expected"),
        [("meningkat", []), ("sama", [("STATEMENT_MISMATCH", "sama", "meningkat")])],
    )
    def test_direction(self, direction, expected):
        """80 % → 88 % is meningkat."""
        found = run(PERSEN, change(indicator="I", measure="capaian", direction=direction))
        assert expected == codes(found)

    def test_sama_at_the_printed_precision(self):
        """90,3 / 90 × 100 = 100,333…: printed '100%' it is the same as 100 %, at 2 decimals not.

        The direction is judged at the precision the report prints the measure with.
        """
        before = {"year": 2023, "target": "90", "realisasi": "90", "capaian": "100%"}
        after = {"target": "90", "realisasi": "90,3", "capaian": "100%"}
        stated = change(indicator="I", measure="capaian", direction="sama")
        assert [] == run(indicator("I", before, after), stated)
        after["capaian"] = "100,33%"
        found = run(indicator("I", before, after), stated)
        assert [("STATEMENT_MISMATCH", "sama", "meningkat")] == codes(found)
        assert "100,00% in 2023 (T) and 100,33% in 2024 (T)" in found[0].message

    def test_from_and_to_value(self):
        """Printed values of both years are checked: 2023 is 80 %, not 90 %."""
        found = run(
            PERSEN,
            change(
                indicator="I",
                measure="capaian",
                direction="meningkat",
                from_value="90%",
                to_value="88%",
            ),
        )
        assert [("STATEMENT_MISMATCH", "90%", "80%")] == codes(found)
        assert "N, year 2023, column from_value" == found[0].place

    def test_own_place_first_then_most_common(self):
        """2023 is 90 / 90 → 100 % at T and M; N prints only a capaian of 95 %.

        N's 95 % is itself a slip (the consensus inputs give 100 %), so a statement
        anywhere reads 100 % for 2023, and 100 → 100 (2024: 90 / 90) is sama.
        """
        ind = indicator(
            "I",
            {"place": "T", "year": 2023, "target": "90", "realisasi": "90"},
            {"place": "N", "year": 2023, "capaian": "95%"},
            {"place": "M", "year": 2023, "target": "90", "realisasi": "90"},
            {"place": "T", "target": "90", "realisasi": "90"},
        )
        slip = [("CAPAIAN_MISMATCH", "95%", "100%")]
        stated = {"indicator": "I", "measure": "capaian", "from_value": "95%"}
        assert slip == codes(run(ind, change(**stated, direction="sama", place="N")))[:1]
        found = run(ind, change(**stated, direction="sama", place="Q"))
        assert [*slip, ("STATEMENT_MISMATCH", "95%", "100%")] == codes(found)

    def test_ties_never_by_file_order(self):
        """Two rows print 2023's realisasi 85 and 90 (target 90): nothing decides.

        Both rows are conflicts, whichever comes first in the file, listed by place (M
        before T).
        """
        rows = (
            {"place": "T", "year": 2023, "target": "90", "realisasi": "85"},
            {"place": "M", "year": 2023, "target": "90", "realisasi": "90"},
        )
        first = run(indicator("I", *rows))
        second = run(indicator("I", *reversed(rows)))
        assert first == second
        assert [("CROSS_TABLE_CONFLICT", "90", None), ("CROSS_TABLE_CONFLICT", "85", None)] == [
            t for t in codes(first) if t[0] == "CROSS_TABLE_CONFLICT"
        ]

    def test_year_without_value_uses_the_statement(self):
        """No 2023 row: the statement's own 2023 figure is the report's only one, and is used."""
        ind = indicator("I", {"target": "100%", "realisasi": "88%"})
        stated = {"indicator": "I", "measure": "capaian", "from_value": "80%"}
        assert [] == run(ind, change(**stated, direction="meningkat"))
        found = run(ind, change(**stated, direction="menurun"))
        assert [("STATEMENT_MISMATCH", "menurun", "meningkat")] == codes(found)
        found = run(ind, change(indicator="I", measure="capaian", direction="menurun"))
        assert [("STATEMENT_MISMATCH", "menurun", None)] == codes(found)

    def test_target_of_a_percentage_indicator(self):
        """A target in % changes in points: 90 → 95 is 5 points (5,56 % relative)."""
        ind = indicator("I", {"year": 2023, "target": "90%"}, {"target": "95%"})
        stated = {"indicator": "I", "measure": "target", "direction": "meningkat"}
        assert [] == run(ind, change(**stated, by="5"))
        assert [("STATEMENT_MISMATCH", "5%", "5 poin")] == codes(
            run(ind, change(**stated, by="5%"))
        )

    @pytest.mark.parametrize(
        ("direction", "expected"),
        [("meningkat", []), ("sama", [("STATEMENT_MISMATCH", "sama", "meningkat")])],
    )
    def test_predikat(self, direction, expected):
        """Capaian 80 % is Tinggi (76 ≤ 80 < 91), 95 % Sangat Tinggi: the predikat rose."""
        ind = indicator(
            "I",
            {"year": 2023, "target": "100", "realisasi": "80"},
            {"target": "100", "realisasi": "95"},
        )
        found = run(ind, change(indicator="I", measure="predikat", direction=direction))
        assert expected == codes(found)

    def test_predikat_same_band(self):
        """95 % → 92 % stays Sangat Tinggi: 'sama', although the capaian fell."""
        ind = indicator(
            "I",
            {"year": 2023, "target": "100", "realisasi": "95"},
            {"target": "100", "realisasi": "92"},
        )
        found = run(ind, change(indicator="I", measure="predikat", direction="menurun"))
        assert [("STATEMENT_MISMATCH", "menurun", "sama")] == codes(found)
        assert "Sangat Tinggi in 2023 and Sangat Tinggi in 2024" in found[0].message


#: Two programs: P1 pagu 1.000, realisasi 900 (90 %); P3 pagu 1.000, realisasi 500 (50 %).
#: Together 1.400 / 2.000 = 70 %. P2 prints only a penyerapan of 70 % at N.
LINES = (
    line("P1", {"pagu": "1.000", "realisasi": "900", "penyerapan": "90%"})
    + line("P2", {"place": "N", "penyerapan": "70%"})
    + line("P3", {"pagu": "1.000", "realisasi": "500"})
)


class TestChangeOfABudgetLine:
    def test_penyerapan(self):
        """P1: 95 % (2023, printed only here) → 900 / 1.000 = 90 % in 2024.

        5 points; 5 / 95 × 100 = 5,263… %: '5%' at 0 decimals is both; '5,00%' is points.
        """
        stated = {
            "line": "P1",
            "measure": "penyerapan",
            "direction": "menurun",
            "from_value": "95%",
            "to_value": "90%",
        }
        assert [] == run(LINES, change(**stated, by="5%"))
        found = run(LINES, change(**stated, by="5,00%"))
        assert [("STATEMENT_MISMATCH", "5,00%", "5,00 poin")] == codes(found)
        assert "5,26%" in found[0].message
        found = run(LINES, change(**{**stated, "to_value": "91%"}))
        assert [("STATEMENT_MISMATCH", "91%", "90%")] == codes(found)

    def test_realisasi(self):
        """P1 realisasi 800 (2023) → 900: 100 more, 12,5 % more."""
        stated = {"line": "P1", "measure": "realisasi", "direction": "meningkat"}
        assert [] == run(LINES, change(**stated, from_value="800", by="100"))
        assert [] == run(LINES, change(**stated, from_value="800", by="12,5%"))
        found = run(LINES, change(**stated, from_value="800", by="12%"))
        assert [("STATEMENT_MISMATCH", "12%", "13%")] == codes(found)

    def test_rollup_of_children(self):
        """The OPD prints nothing itself: its penyerapan is Σ of its programs, 1.400 / 2.000.

        P2 has no amounts, so the OPD's sum is not known; without P2 it is 70 %.
        """
        stated = {"line": "OPD", "measure": "penyerapan", "from_value": "75%"}
        both = LINES.replace(line("P2", {"place": "N", "penyerapan": "70%"}), "")
        assert [] == run(both, change(**stated, direction="menurun", to_value="70%"))
        found = run(both, change(**stated, direction="menurun", to_value="90%"))
        assert [("STATEMENT_MISMATCH", "90%", "70%")] == codes(found)
        found = run(LINES, change(**stated, direction="menurun"))
        assert [("STATEMENT_MISMATCH", "menurun", None)] == codes(found)

    def test_printed_penyerapan_only(self):
        """P2 prints only '70%' (at N): that figure is the 2024 value."""
        stated = {"line": "P2", "measure": "penyerapan", "from_value": "60%"}
        assert [] == run(LINES, change(**stated, direction="meningkat", to_value="70%"))
        found = run(LINES, change(**stated, direction="meningkat", to_value="71%"))
        assert [("STATEMENT_MISMATCH", "71%", "70%")] == codes(found)

    def test_indicator_programs(self):
        """An indicator's penyerapan is that of its programs: P1 + P3 → 70 %."""
        ind = indicator("I", {"target": "1", "realisasi": "1"}, programs=["P1", "P3"])
        stated = {"indicator": "I", "measure": "penyerapan", "from_value": "80%"}
        assert [] == run(LINES, ind, change(**stated, direction="menurun", to_value="70%"))
        (wrong,) = run(LINES, ind, change(**stated, direction="menurun", to_value="75%"))
        assert "Σ of P1, P3" in wrong.message
        assert "Σ dari P1, P3" in wrong.message_in("id")
        missing = indicator("I", {"target": "1", "realisasi": "1"}, programs=["P1", "P2"])
        found = run(LINES, missing, change(**stated, direction="menurun"))
        assert [("STATEMENT_MISMATCH", "menurun", None)] == codes(found)

    def test_earlier_year_of_a_line(self):
        """Budget rows are of the report year: without a printed 2023 value there is none."""
        found = run(LINES, change(line="P1", measure="penyerapan", direction="menurun"))
        assert [("STATEMENT_MISMATCH", "menurun", None)] == codes(found)
        assert "no penyerapan of P1 for 2023" in found[0].message

    def test_zero_pagu(self):
        """A pagu of 0 has no penyerapan."""
        zero = line("P0", {"pagu": "0", "realisasi": "0"})
        found = run(
            zero, change(line="P0", measure="penyerapan", direction="sama", from_value="0%")
        )
        assert [("STATEMENT_MISMATCH", "sama", None)] == codes(found)

    @pytest.mark.parametrize(
        "fields",
        [
            {"line": "P1", "measure": "capaian"},
            {"measure": "penyerapan"},
            {"indicator": "J", "measure": "penyerapan"},
        ],
        ids=["capaian-of-a-line", "no-subject", "indicator-without-programs"],
    )
    def test_not_checkable(self, fields):
        """Statements akip cannot tie to figures are left alone (no finding, no error)."""
        ind = indicator("J", {"target": "1", "realisasi": "1"})
        assert [] == run(LINES, ind, change(direction="sama", **fields))

    def test_without_years(self):
        """A change statement without its two years names no figures to compare."""
        stated = statement(kind="change", line="P1", measure="penyerapan", direction="sama")
        assert [] == run(LINES, stated)


class TestLabelStatement:
    #: 85 / 100 → 85 %: Tinggi (Permendagri 86/2017, 76 ≤ 85 < 91), Sangat Berhasil (atribut).
    IND = indicator("I", {"target": "100", "realisasi": "85"})

    @pytest.mark.parametrize("label", ["Tinggi", "sangat  berhasil"])
    def test_either_scale(self, label):
        """The label of either scale is accepted, case and spacing aside."""
        assert [] == run(self.IND, statement(kind="label", indicator="I", label=label))

    def test_wrong_label(self):
        """'Sedang' is 66–75 on the Permendagri scale and no atribut label."""
        found = run(self.IND, statement(kind="label", indicator="I", label="Sedang"))
        assert [("STATEMENT_MISMATCH", "Sedang", "Tinggi / Sangat Berhasil")] == codes(found)
        assert "N, column label" == found[0].place

    def test_year_without_capaian(self):
        """A label for 2023, which has no row, cannot be checked true."""
        found = run(self.IND, statement(kind="label", indicator="I", label="Tinggi", year=2023))
        assert [("STATEMENT_MISMATCH", "Tinggi", None)] == codes(found)

    def test_no_indicator(self):
        """A label of the whole report ('kategori Sangat Berhasil') names no figure to check."""
        assert [] == run(self.IND, statement(kind="label", label="Sedang"))


#: Two programs: P1 pagu 100, realisasi 50 (50 %); P2 pagu 300, realisasi 270 (90 %).
#: Together: Σpagu 400, Σrealisasi 320, penyerapan 320 / 400 = 80 %, efisiensi anggaran
#: (400 − 320) / 400 = 20 %; 100 − the mean of the ratios (50 + 90) / 2 = 30 %.
BOX_LINES = line("P1", {"pagu": "100", "realisasi": "50"}) + line(
    "P2", {"pagu": "300", "realisasi": "270"}
)


def box(**fields: object) -> str:
    """IKU 'I' (programs P1, P2) with one row printing the given boxes."""
    programs = fields.pop("indicator_programs", ["P1", "P2"])
    extra = {} if programs is None else {"programs": programs}
    return indicator("I", {"target": "1", "realisasi": "1", **fields}, **extra)


class TestBoxes:
    @pytest.mark.parametrize(
        ("printed", "code", "expected"),
        [
            ("20%", None, None),
            ("30%", "MEAN_OF_RATIOS", "20%"),
            ("80%", "PCT_MISMATCH", "20%"),
            ("25%", "PCT_MISMATCH", "20%"),
        ],
    )
    def test_efisiensi_anggaran(self, printed, code, expected):
        """Efisiensi anggaran is Σsisa / Σpagu of the indicator's programs: 80 / 400 = 20 %."""
        found = run(BOX_LINES, box(efisiensi_anggaran=printed))
        assert ([] if code is None else [(code, printed, expected)]) == codes(found)
        assert all(f.severity is Severity.ERROR for f in found)

    def test_penyerapan_in_the_efisiensi_box(self):
        """80 % is the penyerapan; the finding says it was printed under the wrong name."""
        (finding,) = run(BOX_LINES, box(efisiensi_anggaran="80%"))
        assert "the penyerapan is printed where the efisiensi anggaran is named" in finding.message
        assert "T, row 'Indikator I', year 2024, column efisiensi_anggaran" == finding.place

    @pytest.mark.parametrize(
        ("printed", "declared", "expected"),
        [
            ("400", None, []),
            ("320", "realisasi", []),
            ("320", None, [("SUM_MISMATCH", "320", "400", Severity.INFO)]),
            ("320", "pagu", [("SUM_MISMATCH", "320", "400", Severity.ERROR)]),
            ("400", "realisasi", [("SUM_MISMATCH", "400", "320", Severity.ERROR)]),
            ("350", None, [("SUM_MISMATCH", "350", "400", Severity.ERROR)]),
        ],
    )
    def test_nilai_anggaran(self, printed, declared, expected):
        """Nilai anggaran is Σpagu (400) unless the row declares the realisasi (320)."""
        fields: dict[str, object] = {"nilai_anggaran": printed}
        if declared is not None:
            fields["nilai_anggaran_measure"] = declared
        found = run(BOX_LINES, box(**fields))
        assert expected == [(f.code, f.printed, f.expected, f.severity) for f in found]

    def test_nilai_anggaran_names_the_other_sum(self):
        """A declared pagu box that prints the realisasi says so; an undeclared one asks."""
        (declared,) = run(BOX_LINES, box(nilai_anggaran="320", nilai_anggaran_measure="pagu"))
        assert "it is the realisasi sum" in declared.message
        (asked,) = run(BOX_LINES, box(nilai_anggaran="320"))
        assert 'declare nilai_anggaran_measure = "realisasi"' in asked.message
        (neither,) = run(BOX_LINES, box(nilai_anggaran="350"))
        assert "it is the" not in neither.message

    def test_row_programs(self):
        """A row naming P1 only: (100 − 50) / 100 = 50 %."""
        assert [] == run(BOX_LINES, box(efisiensi_anggaran="50%", programs=["P1"]))
        found = run(BOX_LINES, box(efisiensi_anggaran="20%", programs=["P1"]))
        assert [("PCT_MISMATCH", "20%", "50%")] == codes(found)

    def test_program_indicator_line(self):
        """A program indicator's boxes refer to its line: P2, (300 − 270) / 300 = 10 %."""
        ind = box(efisiensi_anggaran="20%", indicator_programs=None).replace(
            'unit = "%"\n', 'unit = "%"\nline = "P2"\n', 1
        )
        assert [("PCT_MISMATCH", "20%", "10%")] == codes(run(BOX_LINES, ind))

    def test_nothing_to_compare(self):
        """No lines, another year, lines without amounts or a pagu of 0: nothing is claimed."""
        assert [] == run(BOX_LINES, box(efisiensi_anggaran="99%", indicator_programs=None))
        assert [] == run(BOX_LINES, box(efisiensi_anggaran="99%", year=2023))
        empty = line("P9")
        assert [] == run(BOX_LINES, empty, box(efisiensi_anggaran="99%", programs=["P9"]))
        zero = line("P0", {"pagu": "0", "realisasi": "0"})
        assert [] == run(BOX_LINES, zero, box(efisiensi_anggaran="99%", programs=["P0"]))


# ---------------------------------------------------------------- the other paths of check


class TestIndicatorPaths:
    def test_truncated(self):
        """2 / 3 × 100 = 66,666…: '66,66%' is cut off (HALF_UP gives 66,67)."""
        (finding,) = run(indicator("I", {"target": "3", "realisasi": "2", "capaian": "66,66%"}))
        assert ("TRUNCATED", "66,66%", "66,67%", Severity.WARNING) == (
            finding.code,
            finding.printed,
            finding.expected,
            finding.severity,
        )

    def test_capaian_not_computable(self):
        """Target 0: no capaian by the rule; the printed 100 % is rated (Sangat Tinggi)."""
        ind = indicator(
            "I", {"target": "0", "realisasi": "0", "capaian": "100%", "predikat": "Rendah"}
        )
        assert [("PREDIKAT_MISMATCH", "Rendah", "Sangat Tinggi")] == codes(run(ind))

    def test_atribut(self):
        """60 / 100 → 60 %: Cukup Berhasil (55 ≤ 60 < 70), not Berhasil."""
        ind = indicator("I", {"target": "100", "realisasi": "60", "atribut": "Berhasil"})
        assert [("ATRIBUT_MISMATCH", "Berhasil", "Cukup Berhasil")] == codes(run(ind))


class TestBudgetPaths:
    @pytest.mark.parametrize(("sisa", "expected"), [("100", []), ("110", ["100"])])
    def test_sisa(self, sisa, expected):
        """Sisa is pagu − realisasi: 1.000 − 900 = 100."""
        found = run(line("P1", {"pagu": "1.000", "realisasi": "900", "sisa": sisa}))
        assert [("SUM_MISMATCH", sisa, e) for e in expected] == codes(found)

    def test_parent_penyerapan_from_children(self):
        """A program printing only a penyerapan: Σ of its kegiatan, (50 + 250) / (100 + 300).

        = 300 / 400 = 75 %.
        """
        kids = line(
            "K1", {"pagu": "100", "realisasi": "50"}, parent="P1", level="kegiatan"
        ) + line("K2", {"pagu": "300", "realisasi": "250"}, parent="P1", level="kegiatan")
        assert [] == run(line("P1", {"penyerapan": "75%"}), kids)
        found = run(line("P1", {"penyerapan": "70%"}), kids)
        assert [("PCT_MISMATCH", "70%", "75%")] == codes(found)

    def test_parent_penyerapan_needs_every_child(self):
        """When a kegiatan prints no realisasi, the parent's penyerapan is not recomputed."""
        kids = line("K1", {"pagu": "100"}, parent="P1", level="kegiatan") + line(
            "K2", {"pagu": "300", "realisasi": "250"}, parent="P1", level="kegiatan"
        )
        assert [] == run(line("P1", {"penyerapan": "70%"}), kids)


#: IKU 'I': 94 / 90 → 104,444… %; program P1: 80 / 100 → 80 %. Indeks 104,444 / 80 = 1,3055…
EFF = indicator("I", {"target": "90", "realisasi": "94"}) + line(
    "P1", {"pagu": "100", "realisasi": "80"}
)


def efficiency(**fields: object) -> str:
    return table(
        "efficiency", **{"id": "E", "place": "T", "indicator": "I", "programs": ["P1"], **fields}
    )


class TestEfficiencyPaths:
    def test_all_correct(self):
        """80; 104; 1,31 (1,3055… HALF_UP); Efisien (≥ 1): nothing to report."""
        row = efficiency(penyerapan="80", capaian_kinerja="104", indeks="1,31", kategori="Efisien")
        assert [] == run(EFF, row)

    def test_category(self):
        """An index of 1,3055 is Efisien."""
        found = run(EFF, efficiency(indeks="1,31", kategori="Tidak Efisien"))
        assert [("CATEGORY_MISMATCH", "Tidak Efisien", "Efisien")] == codes(found)

    def test_realisasi_divided_and_cut_off(self):
        """1,17 = 94 / 80 = 1,175 cut off: realisasi divided, and not rounded (1,18)."""
        (finding,) = run(EFF, efficiency(penyerapan="80", indeks="1,17"))
        assert ("RATIO_MISMATCH", "1,17", "1,31") == (
            finding.code,
            finding.printed,
            finding.expected,
        )
        assert "divided realisasi 94 by penyerapan 80" in finding.message
        assert "94 / 80 = 1,1750 is cut off" in finding.message

    def test_capaian_cut_off(self):
        """1,30 = 104,444 / 80 = 1,3055 cut off."""
        (finding,) = run(EFF, efficiency(penyerapan="80", indeks="1,30"))
        assert "104,44 / 80 cut off, not rounded" in finding.message
        assert "divided realisasi" not in finding.message

    def test_no_hint_without_printed_penyerapan(self):
        """Without a printed penyerapan the finding names no method."""
        (finding,) = run(EFF, efficiency(indeks="2"))
        assert ("RATIO_MISMATCH", "2", "1,31") == (
            finding.code,
            finding.printed,
            finding.expected,
        )
        assert ";" not in finding.message

    def test_printed_penyerapan_zero(self):
        """A printed penyerapan of 0 is wrong (80) and cannot divide anything."""
        found = run(EFF, efficiency(penyerapan="0", indeks="1,5"))
        assert [("PCT_MISMATCH", "0", "80"), ("RATIO_MISMATCH", "1,5", "1,31")] == codes(found)

    def test_pagu_zero(self):
        """A program with pagu 0 has no penyerapan: only the capaian kinerja is checked."""
        zero = EFF.replace('pagu = "100"\nrealisasi = "80"', 'pagu = "0"\nrealisasi = "0"')
        found = run(zero, efficiency(penyerapan="80", capaian_kinerja="94", indeks="1"))
        assert [("CAPAIAN_MISMATCH", "94", "104")] == codes(found)
        assert "the realisasi is printed where the capaian is named" in found[0].message

    def test_no_capaian_this_year(self):
        """An indicator with only a 2023 row: the penyerapan is still checked, nothing else."""
        old = indicator("I", {"year": 2023, "target": "90", "realisasi": "94"}) + line(
            "P1", {"pagu": "100", "realisasi": "80"}
        )
        found = run(old, efficiency(penyerapan="81", capaian_kinerja="1", indeks="9"))
        assert [("PCT_MISMATCH", "81", "80")] == codes(found)

    def test_program_from_children(self):
        """A program without rows is the Σ of its kegiatan: (30 + 50) / (40 + 60) = 80 %."""
        kids = line("K1", {"pagu": "40", "realisasi": "30"}, parent="P1", level="kegiatan")
        kids += line("K2", {"pagu": "60", "realisasi": "50"}, parent="P1", level="kegiatan")
        ind = indicator("I", {"target": "90", "realisasi": "94"})
        assert [] == run(ind, line("P1"), kids, efficiency(penyerapan="80"))
        found = run(ind, line("P1"), kids, efficiency(penyerapan="79"))
        assert [("PCT_MISMATCH", "79", "80")] == codes(found)
        assert [] == run(ind, line("P1"), efficiency(penyerapan="79"))


class TestAmountsPaths:
    def test_parts(self):
        """A total of amounts: 1 + 2 = 3, not 4; parts naming budget lines are not summed."""
        parts = table("amounts", id="A1", place="T", figure="1") + table(
            "amounts", id="A2", place="T", figure="2"
        )
        total = table("amounts", id="A3", place="T", figure="4", parts=["A1", "A2"])
        assert [("SUM_MISMATCH", "4", "3")] == codes(run(parts, total))
        lines = table("amounts", id="A4", place="T", figure="4", parts=["A1", "P1"])
        assert [] == run(line("P1", {"pagu": "5"}), parts, lines)


def amount(id_: str, figure: str, **fields: object) -> str:
    return table("amounts", id=id_, place="N", figure=figure, **fields)


def pagu(version: str, value: str, place: str = "M") -> str:
    """A ``[[budget.pagu]]`` of the line just declared."""
    return table("budget.pagu", place=place, version=version, value=value)


#: P1: pagu murni 800, perubahan 1.000, realisasi 900 (sisa 100); P2: 500 / 400.
#: The OPD prints nothing: its pagu is 1.000 + 500 = 1.500, its realisasi 900 + 400 = 1.300.
LINKED_LINES = (
    line("P1", {"pagu": "1.000", "realisasi": "900"})
    + pagu("murni", "800")
    + pagu("perubahan", "1.000")
    + line("P2", {"pagu": "500", "realisasi": "400"})
)


class TestAmountLinks:
    @pytest.mark.parametrize(
        ("figure", "fields", "expected"),
        [
            ("Rp 1.000", {"measure": "pagu"}, None),
            ("Rp 800", {"measure": "pagu", "version": "murni"}, None),
            ("Rp 800", {"measure": "pagu"}, "1.000"),  # the latest pagu is the perubahan
            ("Rp 1.000", {"measure": "pagu", "version": "murni"}, "800"),
            ("Rp 900", {"measure": "realisasi"}, None),
            ("Rp 100", {"measure": "sisa"}, None),  # 1.000 − 900
            ("Rp 200", {"measure": "sisa"}, "100"),
        ],
    )
    def test_line_figures(self, figure, fields, expected):
        """An amount naming a line, a measure and a version equals the tables' figure."""
        found = run(LINKED_LINES, amount("A", figure, line="P1", **fields))
        want = [] if expected is None else [("CROSS_TABLE_CONFLICT", figure, expected)]
        assert want == codes(found)

    def test_parent_from_children(self):
        """The OPD prints no figure of its own: 1.000 + 500 = 1.500, 900 + 400 = 1.300."""
        assert [] == run(LINKED_LINES, amount("A", "Rp 1.500", line="OPD", measure="pagu"))
        assert [] == run(LINKED_LINES, amount("A", "Rp 1.300", line="OPD", measure="realisasi"))
        found = run(LINKED_LINES, amount("A", "Rp 1.400", line="OPD", measure="realisasi"))
        assert [("CROSS_TABLE_CONFLICT", "Rp 1.400", "1.300")] == codes(found)

    def test_line_printing_nothing(self):
        """A line with no figure at all (and no children) leaves nothing to compare."""
        bare = table("budget", id="P9", level="program", parent="OPD", name="Program P9")
        assert [] == run(bare, amount("A", "Rp 7", line="P9", measure="pagu"))

    @pytest.mark.parametrize(
        ("figure", "expected"),
        [("Rp 1.500", None), ("Rp 1.600", "1.500")],
    )
    def test_parts_of_lines(self, figure, expected):
        """A total of lines' pagu: P1 1.000 (perubahan) + P2 500 = 1.500."""
        found = run(LINKED_LINES, amount("A", figure, parts=["P1", "P2"], parts_measure="pagu"))
        want = [] if expected is None else [("SUM_MISMATCH", figure, expected)]
        assert want == codes(found)

    def test_parts_of_lines_printed_two_ways(self):
        """A line printed two ways: a total that adds up with either print is accepted.

        P1's pagu is printed 1.000 twice and 1.004 once, so 1.500 and 1.504 pass; 1.508
        does not, and 1.000 + 500 = 1.500 is expected. The two prints of P1 are the line's
        own CROSS_TABLE_CONFLICT.
        """
        lines = line(
            "P1",
            {"pagu": "1.000", "realisasi": "900"},
            {"place": "M", "pagu": "1.000"},
            {"place": "Q", "pagu": "1.004"},
        ) + line("P2", {"pagu": "500", "realisasi": "400"})
        for ok in ("Rp 1.500", "Rp 1.504"):
            found = run(lines, amount("A", ok, parts=["P1", "P2"], parts_measure="pagu"))
            assert ["CROSS_TABLE_CONFLICT"] == [f.code for f in found]
        found = run(lines, amount("A", "Rp 1.508", parts=["P1", "P2"], parts_measure="pagu"))
        assert ("SUM_MISMATCH", "Rp 1.508", "1.500") in codes(found)

    def test_parts_with_a_line_printing_nothing(self):
        """A total over a line with no figure cannot be recomputed: no finding."""
        bare = table("budget", id="P9", level="program", parent="OPD", name="Program P9")
        found = run(
            LINKED_LINES, bare, amount("A", "Rp 7", parts=["P1", "P9"], parts_measure="pagu")
        )
        assert [] == codes(found)

    def test_too_many_combinations(self):
        """Past 256 combinations only the sum of the most printed values is tried.

        Nine lines each printed 10 twice and 11 once: 2⁹ = 512 combinations, so only
        9 × 10 = 90 is tried and 91 (one line at 11) is a mismatch.
        """
        lines = "".join(
            line(
                f"L{i}", {"pagu": "10"}, {"place": "M", "pagu": "10"}, {"place": "Q", "pagu": "11"}
            )
            for i in range(9)
        )
        parts = [f"L{i}" for i in range(9)]
        found = run(lines, amount("A", "Rp 91", parts=parts, parts_measure="pagu"))
        assert [("SUM_MISMATCH", "Rp 91", "90")] == [
            c for c in codes(found) if c[0] == "SUM_MISMATCH"
        ]


RENSTRA_HEAD = HEAD.replace(
    "year = 2024\n", "year = 2024\nrenstra_start = 2021\nrenstra_end = 2026\n"
)


def renstra(n: str, start: int = 2021, end: int = 2026, year: int = 2024, **fields: object) -> str:
    return statement(
        kind="renstra_year", year=year, n=n, period_start=start, period_end=end, **fields
    )


class TestRenstraYear:
    def run(self, *parts: str) -> list[check.Finding]:
        return check.check(report.loads_toml(RENSTRA_HEAD + "".join(parts)))

    def test_right(self):
        """2024 is year 4 (2024 − 2021 + 1) of 2021–2026, 'empat'."""
        assert [] == self.run(renstra("4", n_words="empat"))

    def test_wrong_n_only(self):
        """The right period and a wrong n: one finding, expected 4."""
        found = self.run(renstra("3"))
        assert [("RENSTRA_YEAR", "3", "4")] == codes(found)

    def test_period_from_the_statement(self):
        """Without a Renstra period of the report, the statement's: 2024 is year 3 of 2022–2026."""
        assert [] == run(renstra("3", start=2022, n_words="tiga"))

    def test_year_outside_the_period(self):
        """2030 is not in 2021–2026: a finding, not a crash."""
        (finding,) = self.run(renstra("10", year=2030))
        assert ("RENSTRA_YEAR", "10", None) == (finding.code, finding.printed, finding.expected)

    def test_report_built_in_code(self):
        """A Report built in code without n is checked without error (nothing to compare)."""
        loaded = report.loads_toml(RENSTRA_HEAD + renstra("3"))
        bare = attrs.evolve(loaded, statements=(attrs.evolve(loaded.statements[0], n=None),))
        assert [] == check.check(bare)


class TestOutsideTheRules:
    """Printed figures outside a rule's domain give NOT_COMPUTABLE, never an exception."""

    @staticmethod
    def not_computable(found: list[check.Finding]) -> list[tuple[str | None, str]]:
        return [(f.printed, f.place) for f in found if f.code == "NOT_COMPUTABLE"]

    def test_negative_realisasi(self):
        """Penyerapan of a negative realisasi is not recomputed (rules §3: flag it).

        Sisa still is: 100 − (−3) = 103, as printed.
        """
        row = {"pagu": "100", "realisasi": "-3", "penyerapan": "-3%", "sisa": "103"}
        found = run(line("P1", row))
        assert [("-3%", "T, row 'Program P1', column penyerapan")] == self.not_computable(found)
        assert ["NOT_COMPUTABLE"] == [f.code for f in found]

    def test_negative_fisik(self):
        """Capaian fisik of a negative realisasi fisik is not recomputed."""
        row = {"fisik_target": "10", "fisik_realisasi": "-1", "fisik_capaian": "-10%"}
        found = run(line("P1", row))
        assert ["-10%"] == [printed for printed, _ in self.not_computable(found)]

    def test_renstra_end_target_zero(self):
        """Progress toward an end target of 0 is not computable (rules §1)."""
        row = {"target": "90", "realisasi": "94", "target_renstra": "0", "kemajuan": "104%"}
        found = run(indicator("I", row))
        assert ["104%"] == [printed for printed, _ in self.not_computable(found)]

    @pytest.mark.parametrize("figure", ["-3", "1.234,5678"])
    def test_terbilang_outside(self, figure):
        """Words of a negative amount or of a fraction of a sen are not compared."""
        found = run(amount("A", figure, words="tiga rupiah"))
        assert [figure] == [printed for printed, _ in self.not_computable(found)]

    def test_index_with_zero_penyerapan(self):
        """An efficiency index against a penyerapan of 0 (0 / 100) is not computable."""
        parts = indicator("I", {"target": "90", "realisasi": "94"}) + line(
            "P1", {"pagu": "100", "realisasi": "0"}
        )
        found = run(parts, efficiency(indeks="1,04"))
        assert ["1,04"] == [printed for printed, _ in self.not_computable(found)]

    def test_negative_renstra_year(self):
        """A year number of −3: wrong (expected 4), and its words are not compared."""
        loaded = report.loads_toml(RENSTRA_HEAD + renstra("-3", n_words="tiga"))
        assert [("RENSTRA_YEAR", "-3", "4")] == codes(check.check(loaded))

    def test_safety_net(self, monkeypatch):
        """Should a rule still raise, that part ends with one finding and the rest runs."""

        def broken(_index: object) -> Iterator[check.Finding]:
            yield from ()
            msg = "'x' is broken: 1"
            raise InvalidValue(msg)

        families = [
            (name, where, broken if name == "amounts" else rules)
            for name, where, rules in check._FAMILIES
        ]
        monkeypatch.setattr(check, "_FAMILIES", tuple(families))
        found = run(line("P1", {"pagu": "100", "realisasi": "50", "penyerapan": "40%"}))
        assert [
            ("PCT_MISMATCH", "T, row 'Program P1', column penyerapan"),
            ("NOT_COMPUTABLE", "the amounts"),
        ] == [(f.code, f.place) for f in found]
        assert "'x' is broken: 1; the rest of the amounts was not checked" == found[-1].message


def _sheet(
    answer: str, *, nilai: str | None = None, predikat: str | None = None, **extra: object
) -> str:
    """An ``[[evaluasi]]`` answering every criterion of the 88/2021 profile with *answer*."""
    from akip import evaluasi  # noqa: PLC0415

    lines = ["[[evaluasi]]", 'id = "LKE"', 'place = "T"']
    lines += [f"{key} = {json.dumps(value)}" for key, value in extra.items()]
    if nilai is not None:
        lines.append(f"nilai = {json.dumps(nilai)}")
    if predikat is not None:
        lines.append(f"predikat = {json.dumps(predikat)}")
    lines.append("[evaluasi.jawaban]")
    lines += [f'"{k.id}" = "{answer}"' for k in evaluasi.profile().criteria()]
    return "\n".join(lines) + "\n"


class TestEvaluasiWorksheet:
    """A worksheet (LKE) in the report file: its printed score and predikat re-checked."""

    def test_all_b(self):
        """Every answer B (70) scores 70, which is B (> 60–70) on the 88/2021 table.

        Each sub-component's mean is 70, so the total is Σ bobot × 70 / 100 = 70.
        """
        assert [] == run(_sheet("B", nilai="70,00", predikat="B"))
        assert [] == run(_sheet("B", nilai="70", predikat="Baik"))

    def test_wrong_score_and_predikat(self):
        """A printed 72,50 and BB where the answers give 70,00 and B."""
        found = run(_sheet("B", nilai="72,50", predikat="BB"))
        assert [
            ("EVALUASI_MISMATCH", "72,50", "70,00"),
            ("EVALUASI_MISMATCH", "BB", "B (Baik)"),
        ] == codes(found)

    def test_all_aa(self):
        """Every answer AA: 100, predikat AA (Sangat Memuaskan), as issue 7 requires."""
        assert [] == run(_sheet("AA", nilai="100", predikat="Sangat Memuaskan"))

    def test_nothing_printed(self):
        """A worksheet with nothing printed for it is scored, never a finding.

        A printed predikat alone is checked alone (all B → B, not A).
        """
        assert [] == run(_sheet("B"))
        assert [] == run(
            '[[evaluasi]]\nid = "L"\nplace = "T"\n[evaluasi.jawaban]\n"1.1.1" = "A"\n'
        )
        assert [("EVALUASI_MISMATCH", "A", "B (Baik)")] == codes(run(_sheet("B", predikat="A")))

    def test_incomplete_worksheet(self):
        """A printed score over a worksheet with unanswered criteria cannot be recomputed."""
        text = (
            '[[evaluasi]]\nid = "LKE"\nplace = "T"\nnilai = "62,15"\n'
            '[evaluasi.jawaban]\n"1.1.1" = "AA"\n'
        )
        found = run(text)
        assert [("NOT_COMPUTABLE", "62,15", None)] == codes(found)
        assert "79 criteria" in found[0].message

    @pytest.mark.parametrize(
        ("sheet", "match"),
        [
            (_sheet("Z", nilai="1"), "'jawaban.1.1.1'"),  # no such answer code
            (_sheet("B", profil="permenpanrb-1-1999"), "permenpanrb-1-1999"),
        ],
    )
    def test_bad_worksheet(self, sheet, match):
        """An answer outside the scale, an unknown profile: one finding, the check goes on."""
        (finding,) = run(sheet)
        assert ("NOT_COMPUTABLE", "evaluasi 'LKE'") == (finding.code, finding.place)
        assert match in finding.message

    def test_loader(self):
        """The worksheet must be a table of text answers, and ids stay unique."""
        with pytest.raises(ReportError, match=r"evaluasi\[0\]\.jawaban\.1\.1\.1"):
            report.loads_toml(
                HEAD + '[[evaluasi]]\nid = "L"\nplace = "T"\njawaban = {"1.1.1" = 5}\n'
            )
        with pytest.raises(ReportError, match=r"jawaban: must be a table"):
            report.loads_toml(HEAD + '[[evaluasi]]\nid = "L"\nplace = "T"\njawaban = "AA"\n')
        loaded = report.loads_toml(HEAD + _sheet("B", year=2023))
        assert (2023, "B") == (loaded.evaluasi[0].year, dict(loaded.evaluasi[0].jawaban)["1.1.1"])
