"""Tests of examples/satpolpp-lkpj-2019.toml: a Satpol PP table of a "contoh narasi LKPJ".

Source: https://id.scribd.com/document/556359386/contoh-narasi-lkpj-2020 (Tabel 4.II.16.2,
"Capaian Indikator Kinerja Urusan Ketentraman, Ketertiban Umum Dan Perlindungan
Masyarakat (Satpol PP)", and the paragraph on its first indicator). The hand computations
are exact fractions of the printed figures, rounded half up by hand to the printed
decimals; they do not call akip's rules.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from akip import check, report
from tests.hand import round_half_up as _round

PATH = Path(__file__).parent.parent / "examples" / "satpolpp-lkpj-2019.toml"
TABLE = "Tabel 4.II.16.2"


def _f(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", ".")))


def _capaian(target: str, realisasi: str) -> Decimal:
    """realisasi / target x 100, HALF_UP at 2 decimals (the table prints 2)."""
    return _round(_f(realisasi) / _f(target) * 100, 2)


def _all_findings(path: Path) -> set[tuple[str, str, str, str | None, str | None]]:
    book = check.ledger(report.load(path))
    return {
        (f.code, f.severity.value, f.place, f.printed, f.expected) for f in book.all_findings()
    }


def _verdicts(path: Path) -> dict[tuple[str, str | None, str], tuple[str, str | None]]:
    book = check.ledger(report.load(path))
    return {
        (v.where.place, v.where.row, v.where.column): (v.status.value, v.expected)
        for v in book.verdicts
    }


class TestHandComputation:
    """Each printed capaian against its own row, by hand."""

    def test_the_realisasi_of_the_first_indicator_is_133_of_267(self):
        """267 violations in 2018, 134 in 2019: the fall, 133, is 49,8127… % → 49,81."""
        assert 267 - 134 == 133
        assert _round(Fraction(133, 267) * 100, 2) == Decimal("49.81")

    def test_the_first_capaian_is_neither_target_s_quotient(self):
        """49,81 / 46 = 108,28 and 49,81 / 47 = 105,98; 94,35 is 47 / 49,81 = 94,358… cut."""
        assert _capaian("46", "49,81") == Decimal("108.28")
        assert _capaian("47", "49,81") == Decimal("105.98")
        inverse = _f("47") / _f("49,81") * 100
        assert _round(inverse, 2) == Decimal("94.36")  # rounded half up
        assert int(inverse * 100) == 9435  # cut to two decimals: the printed 94,35

    def test_the_two_ratios(self):
        """6,72 / 2,95 = 227,796… → 227,80 (printed 229,38); 5,07 / 5,85 = 86,666… → 86,67."""
        assert _capaian("2,95", "6,72") == Decimal("227.80")
        assert _capaian("5,85", "5,07") == Decimal("86.67")

    def test_the_last_two_rows(self):
        """100 / 100 and 20 / 20: 100 each, as printed."""
        assert _capaian("100", "100") == _capaian("20", "20") == Decimal(100)


class TestCheck:
    """What `akip check` says of the file agrees with the hand computation."""

    def test_every_finding(self):
        """The target printed 46 and 47, both first capaian, and the two ratios' capaian.

        The two targets tie (one place each): nothing decides between them, so each row's
        capaian is judged on the row's own target and realisasi, and differs from both.
        """
        row1 = f"{TABLE}, row '1.', year 2019, column"
        para = "§1, row 'paragraf', year 2019, column"
        assert _all_findings(PATH) == {
            ("CROSS_TABLE_CONFLICT", "warning", f"{row1} target", "46", None),
            ("CROSS_TABLE_CONFLICT", "warning", f"{para} target", "47%", None),
            ("CAPAIAN_MISMATCH", "error", f"{row1} capaian", "94,35", "108,28"),
            ("CAPAIAN_MISMATCH", "error", f"{para} capaian", "94,35%", "105,98%"),
            (
                "CAPAIAN_MISMATCH",
                "error",
                f"{TABLE}, row '2.', year 2019, column capaian",
                "229,38",
                "227,80",
            ),
            (
                "CAPAIAN_MISMATCH",
                "error",
                f"{TABLE}, row '3.', year 2019, column capaian",
                "87,35",
                "86,67",
            ),
        }

    def test_the_capaian_of_the_first_indicator_are_consequences_of_the_target_conflict(self):
        """Four root causes: each first capaian is listed under the target of its row."""
        roots = check.check(report.load(PATH))
        assert sorted((f.code, len(f.consequences)) for f in roots) == [
            ("CAPAIAN_MISMATCH", 0),
            ("CAPAIAN_MISMATCH", 0),
            ("CROSS_TABLE_CONFLICT", 1),
            ("CROSS_TABLE_CONFLICT", 1),
        ]

    def test_the_agreeing_figures(self):
        """The realisasi 49,81 (two places and 133 of 267), the capaian of rows 4 and 5."""
        verdicts = _verdicts(PATH)
        assert {
            key: verdicts[key]
            for key in (
                (TABLE, "1.", "realisasi"),
                ("§1", "paragraf", "realisasi"),
                ("§1", "paragraf", "pembilang"),
                ("§1", "paragraf", "penyebut"),
                (TABLE, "4.", "capaian"),
                (TABLE, "5.", "capaian"),
            )
        } == {
            (TABLE, "1.", "realisasi"): ("agrees", "49,81"),
            ("§1", "paragraf", "realisasi"): ("agrees", "49,81%"),
            ("§1", "paragraf", "pembilang"): ("agrees", None),
            ("§1", "paragraf", "penyebut"): ("agrees", None),
            (TABLE, "4.", "capaian"): ("agrees", "100"),
            (TABLE, "5.", "capaian"): ("agrees", "100"),
        }

    def test_the_kesimpulan_labels_are_not_judged(self):
        """The labels Berhasil and Cukup Berhasil: no scale printed, none declared."""
        verdicts = _verdicts(PATH)
        labels = {
            verdicts[place, row, "predikat"][0]
            for place, row in [(TABLE, f"{n}.") for n in range(1, 6)] + [("§1", "paragraf")]
        }
        assert labels == {"not_checked"}

    def test_coverage(self):
        """26 figures: 8 agree, 6 differ, 12 not checked.

        Printed: 5 rows x (target, realisasi, capaian, Kesimpulan) and the paragraph's target,
        realisasi, 133, 267, capaian and Kesimpulan. Not checked: the six labels, the four
        targets printed once (2,95, 5,85, 100, 20) and the realisasi 6,72 and 5,07 (printed
        once, their capaian differ). Differ: the targets 46 and 47 and the four capaian above.
        """
        coverage = check.ledger(report.load(PATH)).coverage()
        assert (coverage.printed, coverage.agrees, coverage.differs, coverage.not_checked) == (
            5 * 4 + 6,
            8,
            6,
            12,
        )


class TestTiedTarget:
    """A capaian of a year whose target ties is judged on its own row's target and realisasi.

    Before, no consensus target meant no recomputed capaian of the year: two places printing
    one wrong capaian agreed with each other ("2 of 2 places") and the file passed.
    """

    TOML = """
schema_version = 1
[report]
agency = "X"
year = 2019
[[places]]
id = "T"
[[places]]
id = "P"
[[indicators]]
id = "I"
name = "I"
polarity = "maximize"
unit = "%"
[[indicators.rows]]
place = "T"
target = "{t1}"
realisasi = "50"
capaian = "{c1}"
[[indicators.rows]]
place = "P"
target = "{t2}"
realisasi = "50"
capaian = "{c2}"
"""

    def _verdicts(self, **cells: str) -> dict[str, tuple[str, str | None]]:
        rep = report.loads_toml(self.TOML.format(**cells))
        return {
            v.where.place: (v.status.value, v.expected)
            for v in check.ledger(rep).verdicts
            if v.where.column == "capaian"
        }

    def test_one_wrong_capaian_printed_twice_differs_on_each_row(self):
        """Targets 40 and 25 tie; 50 / 40 = 125 and 50 / 25 = 200, not the printed 80."""
        assert self._verdicts(t1="40", c1="80", t2="25", c2="80") == {
            "T": ("differs", "125"),
            "P": ("differs", "200"),
        }

    def test_each_row_s_own_capaian_is_no_mismatch(self):
        """The same targets with each row's own capaian (125, 200): no CAPAIAN_MISMATCH.

        The year's target and capaian are each printed two ways in as many places: four
        conflicts (warnings), as before; neither capaian is a wrong quotient of its row.
        """
        rep = report.loads_toml(self.TOML.format(t1="40", c1="125", t2="25", c2="200"))
        found = {
            (f.code, f.place.split(",")[0], f.place.rsplit(" ", 1)[-1])
            for f in check.ledger(rep).all_findings()
        }
        assert found == {
            ("CROSS_TABLE_CONFLICT", place, column)
            for place in ("T", "P")
            for column in ("target", "capaian")
        }
