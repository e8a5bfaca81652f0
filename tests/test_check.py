"""Tests of akip.check and the CLI on the Dumai LKIP 2024 example.

Expected findings are the slips a careful auditor finds by hand in the seed report
(`../shared/seed/000_77fad2a2099ece71.txt`); each expected value is computed in the test.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from akip import check, report
from akip.__main__ import main
from akip.check import Severity
from akip.exceptions import InvalidValue

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@pytest.fixture(scope="module")
def findings() -> list[check.Finding]:
    return check.check(report.load(EXAMPLE))


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
        first, second = pick(findings, "RATIO_MISMATCH", "Tabel 6")
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
        """Tabel 5 prints 95 % (94 % elsewhere); 95 / 90 = 105,6 → 106 %, not 104 %."""
        (finding,) = pick(findings, "CAPAIAN_MISMATCH", "Tabel 5")
        assert ("104%", "106%") == (finding.printed, finding.expected)
        assert pick(findings, "CROSS_TABLE_CONFLICT", "Tabel 5, row 'Sasaran'")

    def test_pagu_conflict(self, findings):
        """Tabel 3 prints program 4 at 3.533.515.000, Tabel III.11 at 3.533.511.000."""
        (finding,) = pick(findings, "CROSS_TABLE_CONFLICT", "Tabel 3")
        assert "3533511000" in finding.message

    def test_mixed_units(self, findings):
        """'100 / 51 orang' = 16 + 84 / 16 + 35 orang, leaving out 2 laporan and 120 keluarga."""
        first = pick(findings, "MIXED_UNITS", "Pengukuran")[0]
        assert "100 / 51 orang" == first.printed
        assert "2 / 1 laporan" in str(first.expected)
        assert "120 / 29 keluarga" in str(first.expected)

    def test_plausibility(self, findings):
        """Fisik 100 % with realisasi keuangan 0 for an activity the report says was not held."""
        (finding,) = [f for f in findings if f.code == "PLAUSIBILITY" and "fisik" in f.message]
        assert "tidak jadi dilaksanakan" in finding.message

    def test_correct_figures_not_flagged(self, findings):
        """Tabel III.11's subtotals, 90,73 % and Tabel 4's 104 % / 85 % are correct."""
        assert not [f for f in findings if f.code == "SUM_MISMATCH"]
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
        """Exit 1 when errors exist; the summary counts findings by severity."""
        assert 1 == main(["check", str(EXAMPLE)])
        out = capsys.readouterr().out
        assert "error" in out.splitlines()[1]
        assert "MEAN_OF_RATIOS" in out

    def test_check_json(self, capsys):
        """--format json prints one object per finding with the documented fields."""
        main(["check", str(EXAMPLE), "--format", "json"])
        data = json.loads(capsys.readouterr().out)
        assert {"code", "severity", "place", "printed", "expected", "rule", "message"} == set(
            data[0]
        )

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
        """
        minimal = EXAMPLE.parent / "minimal.toml"
        assert 0 == main(["check", str(minimal)])
        assert "0 error, 0 warning, 0 info" in capsys.readouterr().out

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
