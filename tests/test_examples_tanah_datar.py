"""Tests of examples/tanah-datar-2016.toml: the APM of the LKjIP 2016 of Kabupaten Tanah Datar.

Source: https://text-id.123dok.com/document/dy445j4ry-angka-partisipasi-murni-sdmi-angka-partisipasi-murni-apm-smpmts.html
(p. 49-50). The hand computations are exact fractions of the printed figures, rounded half
up by hand to the printed decimals; they do not call akip's rules.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from akip import check, report
from akip.importer import import_text
from tests.hand import round_half_up as _round

EXAMPLES = Path(__file__).parent.parent / "examples"
PATH = EXAMPLES / "tanah-datar-2016.toml"
PARTS_PLACE = "§3.3 p. 49, row 'persentase APM SD/MI (perhitungan)', year 2016, column realisasi"


def _f(text: str) -> Fraction:
    return Fraction(Decimal(text))


def _findings(text: str | None = None) -> set[tuple[str, str, str, str | None]]:
    rep = report.loads_toml(text) if text is not None else report.load(PATH)
    return {(f.code, f.severity.value, f.place, f.expected) for f in check.check(rep)}


class TestHandComputation:
    """The figures of p. 49-50 by hand."""

    def test_the_realisasi_does_not_follow_from_its_parts(self):
        """36.743 / 39.834 × 100 = 92,2403… → 92,24; the text prints "= 92.22"."""
        assert _round(Fraction(36_743, 39_834) * 100, 2) == Decimal("92.24")

    def test_the_capaian_follow_from_the_printed_realisasi(self):
        """92,22 / 90,89 = 101,4633… → 101,46; 82,92 / 81,73 = 101,4560… → 101,46.

        From the parts' 92,24 the capaian would be 101,4853… → 101,49.
        """
        assert _round(_f("92.22") / _f("90.89") * 100, 2) == Decimal("101.46")
        assert _round(_f("82.92") / _f("81.73") * 100, 2) == Decimal("101.46")
        assert _round(_f("92.24") / _f("90.89") * 100, 2) == Decimal("101.49")

    def test_the_change_from_2015(self):
        """101,46 − 92,92 = 8,54: "peningkatan capaian kinerja sebesar 8,54" (points)."""
        assert _f("101.46") - _f("92.92") == _f("8.54")


class TestCheck:
    """What `akip check` says of the file agrees with the hand computation."""

    def test_loads_both_number_styles_of_the_computation(self):
        """36.743 and 39.834 are thousands (id_ID); 92.22 is a decimal (en_US, per cell)."""
        rows = report.load(PATH).indicator("APM-SD").rows
        parts = rows[1]
        assert parts.pembilang is not None
        assert parts.penyebut is not None
        assert parts.realisasi is not None
        assert (parts.pembilang.value, parts.penyebut.value, parts.realisasi.value) == (
            Decimal(36743),
            Decimal(39834),
            Decimal("92.22"),
        )
        assert (rows[2].year, rows[2].target) == (2015, None)

    def test_findings(self):
        """The parts' 92,24 is the one error; the label 'sangat baik' is on no declared scale.

        "sangat baik" is neither a Permendagri 86/2017 predikat (Sangat Tinggi …) nor an
        atribut: the report's own "kategori penilaian keberhasilan" is not printed on the
        stored pages, so the label cannot be judged — an informational finding asking for the
        scale, not an error against Permendagri (before the fix: an error, expected "Sangat
        Tinggi / Sangat Berhasil").
        """
        assert _findings() == {
            (
                "CAPAIAN_MISMATCH",
                "error",
                PARTS_PLACE,
                "92.24",
            ),
            (
                "STATEMENT_MISMATCH",
                "info",
                "§3.3 p. 49, row 'a. Angka Partisipasi Murni SD/MI', column label",
                None,
            ),
        }

    def test_a_declared_scale_judges_the_statement_label(self):
        """With the indicator on a declared scale, its label is judged on that scale.

        The bands below are a test's, not the report's (which the stored pages do not print):
        101,46 ≥ 91 is "Sangat Baik" on them, so the statement agrees; on the same scale a
        claimed "Baik" is an error whose expected label is "Sangat Baik".
        """
        scale = (
            '[[scales]]\nid = "uji"\n'
            '[[scales.bands]]\nlabel = "Sangat Baik"\nlower = "91"\n'
            '[[scales.bands]]\nlabel = "Baik"\nlower = "76"\nupper = "91"\n'
            '[[scales.bands]]\nlabel = "Kurang"\nupper = "76"\n\n[[sasaran]]'
        )
        text = PATH.read_text(encoding="utf-8").replace("[[sasaran]]", scale, 1)
        text = text.replace('unit = "%"\nformula', 'unit = "%"\nscale = "uji"\nformula', 1)
        assert 'scale = "uji"' in text
        assert not any(code == "STATEMENT_MISMATCH" for code, *_ in _findings(text))
        wrong = text.replace('label = "sangat baik"', 'label = "Baik"')
        place = "§3.3 p. 49, row 'a. Angka Partisipasi Murni SD/MI', column label"
        assert ("STATEMENT_MISMATCH", "error", place, "Sangat Baik") in _findings(wrong)

    def test_a_permendagri_label_is_still_judged(self):
        """A Permendagri word that is wrong stays an error: 101,46 is Sangat Tinggi, not Tinggi."""
        text = PATH.read_text(encoding="utf-8")
        wrong = text.replace('label = "sangat baik"', 'label = "Tinggi"')
        place = "§3.3 p. 49, row 'a. Angka Partisipasi Murni SD/MI', column label"
        assert (
            "STATEMENT_MISMATCH",
            "error",
            place,
            "Sangat Tinggi / Sangat Berhasil",
        ) in _findings(wrong)


# ---------------------------------------------------------------- the LKjIP 2015
PATH_2015 = EXAMPLES / "tanah-datar-2015.toml"


class TestTheSasaranMean:
    """The "rata-rata capaian … sebesar 100,41" of sasaran 2.1.1: not all indicators printed.

    The file has two of the sasaran's indicators: APM SD/MI 92,22 / 90,89 = 101,463… and
    APM SMP/MTs 82,92 / 81,73 = 101,456…; their mean, 101,46, is not the printed 100,41,
    which averages indicators of Tabel 3.3.8 the stored page does not print. Entered as a
    row, it must be declared ``partial``: akip then says it cannot judge it.
    """

    ROW = '[[sasaran.rows]]\nplace = "§3.3 p. 49"\nrow = "rata-rata capaian"\ncapaian = "100,41"\n'

    def _entered(self, extra: str = "") -> str:
        text = PATH.read_text(encoding="utf-8")
        anchor = 'name = "Sasaran strategis 2.1.1"\n'
        return text.replace(anchor, anchor + "\n" + self.ROW + extra, 1)

    def test_the_two_printed_indicators_do_not_give_it(self):
        """(101,463… + 101,456…) / 2 = 101,46, not 100,41."""
        mean = (_f("92.22") / _f("90.89") + _f("82.92") / _f("81.73")) * 100 / 2
        assert _round(mean, 2) == Decimal("101.46")

    def test_a_partial_row_is_not_judged(self):
        """With partial = true: one NOT_COMPUTABLE warning at the 100,41, no error."""
        rep = report.loads_toml(self._entered("partial = true\n"))
        book = check.ledger(rep)
        new = {
            (f.code, f.severity.value, f.place)
            for f in book.all_findings()
            if f.printed == "100,41"
        }
        assert new == {
            (
                "NOT_COMPUTABLE",
                "warning",
                "§3.3 p. 49, row 'rata-rata capaian', year 2016, column capaian",
            )
        }
        assert _findings(self._entered("partial = true\n")) - _findings() == {
            (
                "NOT_COMPUTABLE",
                "warning",
                "§3.3 p. 49, row 'rata-rata capaian', year 2016, column capaian",
                None,
            )
        }

    def test_without_partial_akip_averages_what_the_file_has(self):
        """Without the declaration the mean of the two printed indicators is the reference.

        That is why such a row needs ``partial``: akip cannot know the indicators a file
        does not transcribe.
        """
        found = _findings(self._entered()) - _findings()
        assert found == {
            (
                "CAPAIAN_MISMATCH",
                "error",
                "§3.3 p. 49, row 'rata-rata capaian', year 2016, column capaian",
                "101,46",
            )
        }


class TestTanahDatar2015:
    """examples/tanah-datar-2015.toml: a budget in a sentence and a four-year table.

    Source: https://text-id.123dok.com/document/oz1w68wpy-apk-smpmtspaketb-tabel3-3-21-meningkatnya-apk-smasmkmapaketc.html
    """

    def test_hand_computation(self):
        """Every figure that can be recomputed agrees.

        18.817.240.527 / 22.275.313.470 = 84,4758… % → 84,48; 22.275.313.470 −
        18.817.240.527 = 3.458.072.943; 103,22 / 101,51 = 101,6845… → 101,68.
        """
        assert _round(Fraction(18_817_240_527, 22_275_313_470) * 100, 2) == Decimal("84.48")
        assert 22_275_313_470 - 18_817_240_527 == 3_458_072_943
        assert _round(_f("103.22") / _f("101.51") * 100, 2) == Decimal("101.68")

    def test_loads_the_printed_forms_of_the_sentence(self):
        """'Rp.18.817.240.527,-', '3.458.072.943,-' and '84,48' (no %) load as printed."""
        (row,) = report.load(PATH_2015).line("SOLUSI-APK-SD").rows
        assert row.pagu is not None
        assert row.realisasi is not None
        assert row.penyerapan is not None
        assert row.sisa is not None
        assert (row.pagu.value, row.realisasi.value, row.sisa.value) == (
            Decimal(22275313470),
            Decimal(18817240527),
            Decimal(3458072943),
        )
        assert (row.penyerapan.value, row.penyerapan.percent_sign) == (Decimal("84.48"), False)

    def test_check_finds_nothing(self):
        """No error, warning or info; the 2012-2014 capaian print no target (not checked)."""
        rep = report.load(PATH_2015)
        assert check.check(rep) == []
        unchecked = {
            v.where.year
            for v in check.ledger(rep).verdicts
            if v.where.column == "capaian" and v.status.value == "not_checked"
        }
        assert unchecked == {2012, 2013, 2014}

    def test_imports_a_four_year_table(self):
        """Tabel 3.3.21's header spreads Realisasi and Capaian over 2012-2015: four rows.

        The file's rows are the same figures (the 2015 row carries the report year).
        """
        text = (
            "Tabel 3.3.21\nRealisasi dan Capaian Indikator Kinerja Persentase APK Pendidikan "
            "SMP/MTs/Paket B Tahun 2012-2015\n\n"
            "No.\tIndikator Kinerja\tRealisasi\t\t\t\tCapaian Kinerja\t\t\t\n"
            "\t\t2012\t2013\t2014\t2015\t2012\t2013\t2014\t2015\n"
            "1\tPersentase APK SMP/MTs/Paket B\t82,67\t79,37\t100,41\t103,22\t90,57\t83,75\t"
            "102,27\t101,68\n"
        )
        draft = report.loads_toml(
            import_text(text, year=2015, agency="Kabupaten Tanah Datar").toml
        )
        (imported,) = draft.indicators
        table = [
            r
            for r in report.load(PATH_2015).indicator("APK-SMP").rows
            if r.place == "Tabel 3.3.21"
        ]

        def cells(rows: list[report.IndicatorRow]) -> list[tuple[int, str | None, str | None]]:
            return [
                (
                    r.year,
                    r.realisasi.text if r.realisasi else None,
                    r.capaian.text if r.capaian else None,
                )
                for r in rows
            ]

        assert cells(list(imported.rows)) == cells(table)
        assert [r.year for r in table] == [2012, 2013, 2014, 2015]


class TestImportCaptions:
    """`akip import` of the tables of a report that numbers them by section (Tabel 3.3.9)."""

    TABEL_3_3_9 = (
        "Tabel 3.3.9\n"
        "Realisasi dan Capaian Indikator Kinerja APM SD/MI Tahun 2015-2016\n\n"
        "No.\tIndikator Kinerja\tRealisasi 2015\tRealisasi 2016\tCapaian Kinerja 2015\t"
        "Capaian Kinerja 2016\n"
        "1\tAPM SD/MI\t90,67\t92,22\t92,92\t101,46\n"
    )

    def test_a_three_level_caption_is_a_place(self):
        """'Tabel 3.3.9' captions its table (before the fix: '(no caption)', nothing read)."""
        result = import_text(
            self.TABEL_3_3_9, year=2016, agency="Pemerintah Kabupaten Tanah Datar"
        )
        draft = report.loads_toml(result.toml)
        assert [p.id for p in draft.places] == ["Tabel 3.3.9"]
        (indicator,) = draft.indicators
        printed = [
            (
                r.year,
                r.realisasi.text if r.realisasi else None,
                r.capaian.text if r.capaian else None,
            )
            for r in indicator.rows
        ]
        assert printed == [(2015, "90,67", "92,92"), (2016, "92,22", "101,46")]

    def test_a_caption_with_a_point_after_tabel(self):
        """'Tabel. 3.2' (printed so by Kecamatan Blimbing's LKjIP 2022) is 'Tabel 3.2'."""
        text = self.TABEL_3_3_9.replace("Tabel 3.3.9", "Tabel. 3.2")
        result = import_text(text, year=2016, agency="Pemerintah Kabupaten Tanah Datar")
        assert [p.id for p in report.loads_toml(result.toml).places] == ["Tabel 3.2"]
