"""Tests of examples/gunung-kaler-2020.toml: Tabel 3.5 of the LKjIP 2020 of Kecamatan Gunung Kaler.

Source: https://123dok.com/id/article/sasaran-strategis-pengukuran-evaluasi-analisis-capaian-kinerja-strategi.10176983
(Kabupaten Tangerang). The hand computations are exact fractions of the printed figures,
rounded half up by hand to the printed decimals; they do not call akip's rules.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from akip import check, report
from akip.importer import import_text
from tests.hand import round_half_up as _round

EXAMPLES = Path(__file__).parent.parent / "examples"

# Tabel 3.5 as printed, tab-separated (the text layer of the stored page, its cells joined).
TABEL_3_5 = (
    "Tabel 3.5\n"
    "Analisis Pencapaian Sasaran 1 Kecamatan Gunung Kaler Kabupaten Tangerang Tahun 2020\n\n"
    "No.\tIndikator Kinerja\tSatuan\tTarget 2019\tTarget 2020\tRealisasi 2019\t"
    "Realisasi 2020\tCapaian 2019(%)\tCapaian 2020(%)\n"
    "01.01\tHasil Indeks Kepuasan Masyarakat\tNilai\t82,5\t84,75\t88,94\t88,95\t107,81\t104,96\n"
    "01.02\tProsentase desa/kelurahan dengan kategori minimal Berkembang\tPersen\t65\t70\t"
    "66,67\t66,7\t102,57\t95,24\n"
    "01.03\tPersentase desa dengan laporan pertanggungjawaban baik\tPersen\t44,44\t55,56\t"
    "44,44\t55,56\t100,00\t100,00\n"
    "\tJumlah Capaian Realisasi Kinerja\t\t\t\t\t\t310,38\t300,20\n"
    "\tRata-Rata Capaian Realisasi Kinerja\t\t\t\t\t\t103,46\t100,07\n"
)


def _f(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", ".")))


def _load() -> report.Report:
    return report.load(EXAMPLES / "gunung-kaler-2020.toml")


# printed (target, realisasi, capaian) by (indicator, year)
PRINTED = {
    ("IKM", 2019): ("82,5", "88,94", "107,81"),
    ("IKM", 2020): ("84,75", "88,95", "104,96"),
    ("DESA", 2019): ("65", "66,67", "102,57"),
    ("DESA", 2020): ("70", "66,7", "95,24"),
    ("LPJ", 2019): ("44,44", "44,44", "100,00"),
    ("LPJ", 2020): ("55,56", "55,56", "100,00"),
}


class TestHandComputation:
    """Every capaian of Tabel 3.5 by hand: one slip, the rest right."""

    def test_five_capaian_agree(self):
        """Five of the six capaian agree with their target and realisasi.

        88,94 / 82,5 = 107,806 → 107,81; 88,95 / 84,75 = 104,956 → 104,96;
        66,67 / 65 = 102,569 → 102,57; 44,44 / 44,44 and 55,56 / 55,56 = 100,00.
        """
        right = {
            key
            for key, (target, real, cap) in PRINTED.items()
            if _round(_f(real) / _f(target) * 100, 2) == _f(cap)
        }
        assert right == set(PRINTED) - {("DESA", 2020)}

    def test_the_desa_capaian_of_2020_is_a_slip(self):
        """66,7 / 70 = 95,2857… → 95,29, not the printed 95,24.

        95,24 is 2 of 3 desa unrounded: (200/3) / 70 = 95,238… → 95,24; the table prints
        the realisasi rounded to one decimal and the capaian of the unrounded one.
        """
        assert _round(_f("66.7") / 70 * 100, 2) == Decimal("95.29")
        assert _round(Fraction(200, 3) / 70 * 100, 2) == Decimal("95.24")

    def test_the_summary_rows(self):
        """The Jumlah and Rata-rata rows agree with the printed capaian (95,24 included).

        Jumlah 107,81 + 102,57 + 100,00 = 310,38 and 104,96 + 95,24 + 100,00 = 300,20;
        Rata-rata 310,38 / 3 = 103,46 and 300,20 / 3 = 100,0667 → 100,07.
        """
        assert _f("107.81") + _f("102.57") + _f("100.00") == _f("310.38")
        assert _f("104.96") + _f("95.24") + _f("100.00") == _f("300.20")
        assert _round(_f("310.38") / 3, 2) == Decimal("103.46")
        assert _round(_f("300.20") / 3, 2) == Decimal("100.07")
        # With the right 95,29 the 2020 mean would be 100,08 (300,25 / 3 = 100,0833).
        assert _round((_f("104.96") + _f("95.29") + _f("100.00")) / 3, 2) == Decimal("100.08")

    def test_the_change_is_in_points(self):
        """107,81 − 104,96 = 2,85 points ("penurunan sebesar 2,85%").

        In percent of 107,81 the fall is 2,6435… → 2,64 %.
        """
        assert _f("107.81") - _f("104.96") == _f("2.85")
        assert _round((_f("107.81") - _f("104.96")) / _f("107.81") * 100, 2) == Decimal("2.64")


class TestCheck:
    """What `akip check` says of the file agrees with the hand computation."""

    def test_loads_two_years_per_indicator(self):
        """Each indicator has its 2019 and 2020 rows of Tabel 3.5."""
        rep = _load()
        years = {i.id: [r.year for r in i.rows if r.place == "Tabel 3.5"] for i in rep.indicators}
        assert years == {"IKM": [2019, 2020], "DESA": [2019, 2020], "LPJ": [2019, 2020]}

    def test_findings_are_the_slip_and_the_points(self):
        """The one error is the 95,24 (expected 95,29); the 2,85% is informational (points)."""
        found = {(f.code, f.severity.value, f.place, f.expected) for f in check.check(_load())}
        assert found == {
            (
                "CAPAIAN_MISMATCH",
                "error",
                "Tabel 3.5, row '01.02', year 2020, column capaian",
                "95,29",
            ),
            (
                "STATEMENT_MISMATCH",
                "info",
                "Tabel 3.5 teks, row 'indikator 1', column by",
                "2,85 poin",
            ),
        }


class TestSummaryRows:
    """The Jumlah and Rata-rata rows, entered as the sasaran's rows, checked by akip."""

    def test_the_rows_load(self):
        """Four summary figures of SS1: the Jumlah and the Rata-rata of 2019 and 2020."""
        (sasaran,) = _load().sasaran
        assert [
            (r.year, r.jumlah and r.jumlah.value, r.capaian and r.capaian.value)
            for r in sasaran.rows
        ] == [
            (2019, Decimal("310.38"), None),
            (2020, Decimal("300.20"), None),
            (2019, None, Decimal("103.46")),
            (2020, None, Decimal("100.07")),
        ]

    def test_verdicts(self):
        """2019 agrees; 2020 differs from the exact capaian.

        2019: 88,94 / 82,5 + 66,67 / 65 + 44,44 / 44,44 = 107,806… + 102,569… + 100 =
        310,375… → 310,38, mean 103,458… → 103,46. 2020: 88,95 / 84,75 + 66,7 / 70 + 100 =
        104,955… + 95,285… + 100 = 300,241… → 300,24 (printed 300,20), mean 100,080… →
        100,08 (printed 100,07).
        """
        exact_2019 = [_f("88.94") / _f("82.5"), _f("66.67") / 65, Fraction(1)]
        exact_2020 = [_f("88.95") / _f("84.75"), _f("66.7") / 70, Fraction(1)]
        sum_2019, sum_2020 = sum(exact_2019, Fraction(0)), sum(exact_2020, Fraction(0))
        assert _round(sum_2019 * 100, 2) == Decimal("310.38")
        assert _round(sum_2019 * 100 / 3, 2) == Decimal("103.46")
        assert _round(sum_2020 * 100, 2) == Decimal("300.24")
        assert _round(sum_2020 * 100 / 3, 2) == Decimal("100.08")
        verdicts = {
            (v.where.year, v.where.column): (v.status.value, v.expected)
            for v in check.ledger(_load()).verdicts
            if v.where.row is not None and "Capaian Realisasi Kinerja" in v.where.row
        }
        assert verdicts == {
            (2019, "jumlah"): ("agrees", "310,38"),
            (2020, "jumlah"): ("differs", "300,24"),
            (2019, "capaian"): ("agrees", "103,46"),
            (2020, "capaian"): ("differs", "100,08"),
        }

    def test_the_2020_summary_follows_the_slip(self):
        """300,20 and 100,07 are the sum and mean of the printed capaian, 95,24 among them.

        Their findings are consequences of the 95,24, not root causes of their own.
        """
        roots = check.check(_load())
        (slip,) = [f for f in roots if f.code == "CAPAIAN_MISMATCH"]
        assert sorted((c.code, c.printed, c.expected) for c in slip.consequences) == [
            ("CAPAIAN_MISMATCH", "100,07", "100,08"),
            ("SUM_MISMATCH", "300,20", "300,24"),
        ]
        (jumlah,) = [c for c in slip.consequences if c.code == "SUM_MISMATCH"]
        assert "one of which differs" in jumlah.message


class TestImport:
    """`akip import` of the printed table."""

    def test_reads_the_three_indicators_and_both_years(self):
        """Every figure of the three indicator rows is copied, 2019 and 2020 apart."""
        draft = report.loads_toml(import_text(TABEL_3_5, source="gunung-kaler.txt").toml)
        rows = {
            (i.name[:20], r.year): (r.target.text, r.realisasi.text, r.capaian.text)
            for i in draft.indicators
            for r in i.rows
            if r.target and r.realisasi and r.capaian
        }
        assert rows[("Prosentase desa/kelu", 2020)] == ("70", "66,7", "95,24")
        assert rows[("Hasil Indeks Kepuasa", 2019)] == ("82,5", "88,94", "107,81")
        assert len(rows) == 6

    def test_summary_rows_are_the_sasarans_rows(self):
        """'Jumlah Capaian …' and 'Rata-Rata Capaian …' are drafted as rows of Sasaran 1.

        The caption "Analisis Pencapaian Sasaran 1" names the sasaran; its two summary rows
        print a capaian per year: Jumlah 310,38 (2019) and 300,20, Rata-rata 103,46 (2019)
        and 100,07. They are not indicators (before the importer learnt that, they became
        two indicators of their own whose rows printed only a capaian).
        """
        result = import_text(TABEL_3_5, source="gunung-kaler.txt")
        draft = report.loads_toml(result.toml)
        assert [(i.name, i.sasaran) for i in draft.indicators] == [
            ("Hasil Indeks Kepuasan Masyarakat", "SS1"),
            ("Prosentase desa/kelurahan dengan kategori minimal Berkembang", "SS1"),
            ("Persentase desa dengan laporan pertanggungjawaban baik", "SS1"),
        ]
        (sasaran,) = draft.sasaran
        assert sasaran.name == "Sasaran 1"
        assert [
            (r.row, r.year, r.jumlah and r.jumlah.text, r.capaian and r.capaian.text)
            for r in sasaran.rows
        ] == [
            ("Jumlah Capaian Realisasi Kinerja", 2019, "310,38", None),
            ("Jumlah Capaian Realisasi Kinerja", 2020, "300,20", None),
            ("Rata-Rata Capaian Realisasi Kinerja", 2019, None, "103,46"),
            ("Rata-Rata Capaian Realisasi Kinerja", 2020, None, "100,07"),
        ]
        assert result.left_out == []

    def test_the_draft_is_checked_like_the_example(self):
        """The draft's summary rows get the example's verdicts: the 2020 pair follows 95,24."""
        draft = report.loads_toml(import_text(TABEL_3_5, source="gunung-kaler.txt").toml)
        (root,) = check.check(draft)
        assert (root.expected, sorted(str(c.expected) for c in root.consequences)) == (
            "95,29",
            ["100,08", "300,24"],
        )

    def test_an_indicator_named_jumlah_is_still_an_indicator(self):
        """'Jumlah Rancangan Perda …' and 'Rata-rata Lama Sekolah' are indicators, kept."""
        text = (
            "Tabel 3.1\nCapaian Kinerja Tahun 2022\n\n"
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tJumlah Rancangan Perda yang tersusun\t2\t3\t150,00\n"
            "2\tRata-rata Lama Sekolah\t8,5\t8,6\t101,18\n"
            "\tRata-rata capaian\t\t\t125,59\n"
        )
        result = import_text(text, year=2022, agency="Badan A")
        names = [i.name for i in report.loads_toml(result.toml).indicators]
        assert names == ["Jumlah Rancangan Perda yang tersusun", "Rata-rata Lama Sekolah"]

    def test_an_indicator_of_another_sasaran_is_listed(self):
        """A table of Sasaran 2 reprints Sasaran 1's indicator: its row names both ids.

        An empty summary cell (2019 here) drafts no row for that year.
        """
        text = (
            TABEL_3_5 + "\nTabel 3.6\nAnalisis Pencapaian Sasaran 2 Tahun 2020\n\n"
            "No.\tIndikator Kinerja\tSatuan\tTarget 2019\tTarget 2020\tRealisasi 2019\t"
            "Realisasi 2020\tCapaian 2019(%)\tCapaian 2020(%)\n"
            "01.01\tHasil Indeks Kepuasan Masyarakat\tNilai\t82,5\t84,75\t88,94\t88,95\t"
            "107,81\t104,96\n"
            "02.01\tPersentase B\tPersen\t50\t50\t50\t50\t100,00\t100,00\n"
            "\tRata-Rata Capaian Realisasi Kinerja\t\t\t\t\t\t\t102,48\n"
        )
        draft = report.loads_toml(import_text(text, source="gunung-kaler.txt").toml)
        assert [s.id for s in draft.sasaran] == ["SS1", "SS2"]
        (row,) = draft.sasaran[1].rows
        assert row.capaian is not None
        assert (row.year, row.capaian.text, row.indicators) == (2020, "102,48", ("I1", "I4"))
        # (104,955… + 100) / 2 = 102,477… → 102,48.
        assert _round((_f("88.95") / _f("84.75") * 100 + 100) / 2, 2) == Decimal("102.48")
        assert [f.code for f in check.check(draft)] == ["CAPAIAN_MISMATCH"]

    def test_a_summary_row_without_a_sasaran_is_left_out(self):
        """A caption that names no sasaran: the 'Rata-rata capaian' row is left out, with why."""
        text = (
            "Tabel 3.1\nCapaian Kinerja Tahun 2022\n\n"
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
            "1\tPersentase A\t80\t90\t112,50\n"
            "\tRata-rata capaian\t\t\t112,50\n"
        )
        result = import_text(text, year=2022, agency="Badan A")
        assert report.loads_toml(result.toml).sasaran == ()
        assert [str(e) for e in result.left_out] == [
            (
                "Tabel 3.1: left out row 'Rata-rata capaian': a summary row of the capaian "
                "column (Jumlah / Rata-rata), not an indicator; the caption names no sasaran "
                "its indicators serve: a person must enter it as the sasaran's [[sasaran.rows]]"
            )
        ]
