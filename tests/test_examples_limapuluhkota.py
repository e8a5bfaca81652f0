"""Tests of examples/limapuluhkota-perpustakaan-2020.toml (Lima Puluh Kota, LKjIP 2020).

Tabel 6 of the LKjIP 2020 of the Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota.
Source: https://123dok.com/article/capaian-kinerja-organisasi-akuntabilitas-kinerja-metodologi-pengukuran-capaian.zlv3dggy
The hand computations are exact fractions of the printed figures, rounded half up by hand to
the printed decimals; the predikat bands are those of Permendagri 86/2017 (≥ 91 Sangat
Tinggi), written here.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from akip import check, report
from akip.importer import import_text
from akip.importer.recognise import role_of
from tests.hand import round_half_up as _round

PATH = Path(__file__).parent.parent / "examples" / "limapuluhkota-perpustakaan-2020.toml"

TABEL_6 = (
    "Tabel 6\nPengukuran Capaian Kinerja Sasaran Strategis 1 Tahun 2020\n\n"
    "NO.\tINDIKATOR KINERJA\tTARGET\tREALISASI\tCAPAIAN%\tPREDIKET\n"
    "1\tPersentase Pengunjung Perpustakaan per Tahun\t0,35\t0,35\t100\tSangat Tinggi\n"
    "2\tPersentase koleksi buku (tercetak dan e-book) yang tersedia di perpustakaan daerah\t"
    "60\t60\t100\tSangat Tinggi\n"
    "3\tIndeks Kepuasan Masyarakat untuk Layanan Dinas Perpustakaan dan Kearsipan\t72,29\t"
    "79,29\t100\tSangat Tinggi\n"
    "\tRata-rata\t\t\t100\tSangat Tinggi\n"
)


class TestHandComputation:
    """Tabel 6 by hand."""

    def test_two_capaian_are_100(self):
        """0,35 / 0,35 and 60 / 60 are 100 %."""
        assert Fraction(35, 35) * 100 == 100
        assert Fraction(60, 60) * 100 == 100

    def test_the_ikm_capaian_is_not_100(self):
        """79,29 / 72,29 = 109,683… %: 110 at the printed 0 decimals, not 100.

        100 is the capaian capped at 100 %; the stored pages do not say the report caps.
        """
        exact = Fraction(7929, 7229) * 100
        assert _round(exact, 2) == Decimal("109.68")
        assert _round(exact, 0) == Decimal(110)
        assert min(exact, Fraction(100)) == 100

    def test_the_mean_and_the_predikat(self):
        """(100 + 100 + 100) / 3 = 100, as printed; from the exact capaian it is 103,23.

        Every capaian, printed or exact, is ≥ 91: Sangat Tinggi (Permendagri 86/2017).
        """
        assert (Fraction(100) * 3) / 3 == 100
        exact_mean = (100 + 100 + Fraction(7929, 7229) * 100) / 3
        assert _round(exact_mean, 2) == Decimal("103.23")
        assert min(Fraction(100), Fraction(7929, 7229) * 100) >= 91


class TestCheck:
    """What `akip check` says agrees with the hand computation."""

    def test_findings(self):
        """The IKM's 100 is the one root error (expected 110); the four predikat agree.

        The Rata-rata 100 is the mean of the printed capaian, the IKM's 100 among them: its
        finding (expected 103, the mean of 100, 100 and 109,68…) is a consequence of it.
        """
        findings = {
            (f.code, f.severity.value, f.place, f.expected) for f in check.check(report.load(PATH))
        }
        assert findings == {
            ("CAPAIAN_MISMATCH", "error", "Tabel 6, row '3', year 2020, column capaian", "110")
        }
        verdicts = {
            (v.where.row, v.status.value)
            for v in check.ledger(report.load(PATH)).verdicts
            if v.where.column == "predikat"
        }
        assert verdicts == {
            ("1", "agrees"),
            ("2", "agrees"),
            ("3", "agrees"),
            ("Rata-rata", "agrees"),
        }

    def test_the_mean_is_a_consequence(self):
        """The printed mean 100 is off: (100 + 100 + 109,683…) / 3 = 103,228… → 103."""
        (root,) = check.check(report.load(PATH))
        assert [(c.code, c.place, c.printed, c.expected) for c in root.consequences] == [
            (
                "CAPAIAN_MISMATCH",
                "Tabel 6, row 'Rata-rata', year 2020, column capaian",
                "100",
                "103",
            )
        ]

    def test_with_a_declared_cap_everything_agrees(self):
        """With ``capaian_cap = "100"`` (a test-only copy) the 100 and the mean agree.

        Capped, the three capaian are 100, 100 and min(109,683…, 100) = 100; their mean is
        300 / 3 = 100, as printed, and 100 is Sangat Tinggi (≥ 91).
        """
        hundred = Fraction(100)
        capped = [min(Fraction(35, 35) * 100, hundred), min(Fraction(60, 60) * 100, hundred)]
        capped.append(min(Fraction(7929, 7229) * 100, hundred))
        assert capped == [100, 100, 100]
        assert sum(capped, Fraction(0)) / 3 == 100
        text = PATH.read_text(encoding="utf-8").replace(
            'locale = "id_ID"\n', 'locale = "id_ID"\ncapaian_cap = "100"\n', 1
        )
        rep = report.loads_toml(text)
        assert rep.capaian_cap == 100
        assert check.check(rep) == []
        statuses = {
            (v.where.row, v.where.column): v.status.value
            for v in check.ledger(rep).verdicts
            if v.where.column in ("capaian", "predikat")
        }
        assert statuses == {
            ("1", "capaian"): "agrees",
            ("2", "capaian"): "agrees",
            ("3", "capaian"): "agrees",
            ("Rata-rata", "capaian"): "agrees",
            ("1", "predikat"): "agrees",
            ("2", "predikat"): "agrees",
            ("3", "predikat"): "agrees",
            ("Rata-rata", "predikat"): "agrees",
        }

    def test_an_indicator_cap_overrides_the_report(self):
        """An indicator's ``cap = "110"`` over the report's 100: min(109,683…, 110) → 110.

        The IKM's printed 100 is then off again (expected 110), and the mean 100 with it:
        (100 + 100 + 109,683…) / 3 = 103,228… → 103.
        """
        text = PATH.read_text(encoding="utf-8").replace(
            'locale = "id_ID"\n', 'locale = "id_ID"\ncapaian_cap = "100"\n', 1
        )
        text = text.replace('unit = "nilai"\n', 'unit = "nilai"\ncap = "110"\n', 1)
        (root,) = check.check(report.loads_toml(text))
        assert (root.place, root.expected) == (
            "Tabel 6, row '3', year 2020, column capaian",
            "110",
        )
        assert [c.expected for c in root.consequences] == ["103"]

    def test_the_message_names_the_cap(self):
        """The 100 is named as the capaian capped at 100 %, which the rule does not do.

        The finding stays an error (expected 110): the cap is not printed as the report's
        rule, and the file declares none; the message names the key that would.
        """
        (finding,) = check.check(report.load(PATH))
        assert finding.message == (
            "capaian: the rule gives 110, the report prints 100 (the capaian capped at 100 %: "
            'the rule does not cap it; a report that caps declares capaian_cap = "100" in '
            "[report])"
        )
        assert "dibatasi" in finding.message_in("id")

    def test_a_capaian_below_the_cap_is_not_named_capped(self):
        """A printed 100 for an exact 95 % is a plain mismatch (no cap hint)."""
        text = PATH.read_text(encoding="utf-8").replace(
            'realisasi = "79,29"', 'realisasi = "68,68"'
        )
        (finding,) = check.check(report.loads_toml(text))
        assert finding.message == "capaian: the rule gives 95, the report prints 100"


class TestImport:
    """`akip import` of the printed table."""

    def test_prediket_is_the_predikat_column(self):
        """The misspelt header "PREDIKET" is the predikat column (it was "text", dropped)."""
        assert role_of("PREDIKET") == "predikat"
        assert role_of("Prediket Capaian") == "predikat"

    def test_imports_the_labels_and_the_mean(self):
        """The three Sangat Tinggi are imported, and the Rata-rata row as the sasaran's row.

        The caption "Pengukuran Capaian Kinerja Sasaran Strategis 1" names the sasaran: its
        row prints the mean 100 and the predikat Sangat Tinggi; nothing is left out.
        """
        result = import_text(TABEL_6, year=2020, agency="Dinas Perpustakaan dan Kearsipan")
        draft = report.loads_toml(result.toml)
        labels = [row.predikat.text for i in draft.indicators for row in i.rows if row.predikat]
        assert labels == ["Sangat Tinggi"] * 3
        (sasaran,) = draft.sasaran
        (row,) = sasaran.rows
        assert (sasaran.id, sasaran.name, row.row) == ("SS1", "Sasaran Strategis 1", "Rata-rata")
        assert row.capaian is not None
        assert row.predikat is not None
        assert (row.capaian.text, row.predikat.text) == ("100", "Sangat Tinggi")
        assert {i.sasaran for i in draft.indicators} == {"SS1"}
        assert result.left_out == []
