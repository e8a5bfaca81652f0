"""Tests of examples/sampang-inspektorat-2019.toml: the LKjIP 2019 of Inspektorat Sampang.

Source: https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html (p. 29-30):
Tabel 3.1 "Interval Penilaian Kinerja", the report's own scale, and the first row of Tabel
3.1 "Pencapaian Kinerja". The expected labels come from the printed interval table; the
capaian by hand are exact fractions, rounded half up by hand.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from akip import _i18n, check, report
from akip.exceptions import ReportError
from akip.importer import import_text
from tests.hand import round_half_up as _round

PATH = Path(__file__).parent.parent / "examples" / "sampang-inspektorat-2019.toml"

# The two tables as printed (the text layer of the stored page, cells tab-separated).
TABLES = (
    "Tabel 3.1\n"
    "Interval Penilaian Kinerja\n\n"
    "NO\tINTERVAL NILAI REALISASI KINERJA\tKRITERIA PENILAIAN REALISASI KINERJA\n"
    "1\t91 % ≤ 100 %\tSangat Baik\n"
    "2\t76 % ≤ 90%\tBaik\n"
    "3\t66 % ≤ 75 %\tCukup\n"
    "4\t51 % ≤ 65 %\tKurang\n"
    "5\t≤ 50 %\tSangat Kurang\n\n"
    "Tabel 3.1 Pencapaian Kinerja\n\n"
    "N0\tIndikator Kinerja Utama\tSatuan\tTarget\tRealisasi\tCapaian\n"
    "1\tPersentase penurunan temuan keuangan yang bersifat materil\t%\t55%\tn/a\tn/a\n"
)

# A row the report does not print, for the scale's top: realisasi 60,5 of the target 55 %.
# 60,5 / 55 = 110 % exactly, above the printed top band "91 % ≤ 100 %".
ROW_110 = (
    '\n[[indicators.rows]]\nplace = "Tabel 3.1"\nrow = "uji"\nyear = 2018\n'
    'target = "55%"\nrealisasi = "60,5%"\ncapaian = "110"\npredikat = "Sangat Baik"\n'
)
# And one within it: 52,8 / 55 = 96 % exactly, Sangat Baik on the printed table.
ROW_96 = (
    '\n[[indicators.rows]]\nplace = "Tabel 3.1"\nrow = "uji 2"\nyear = 2017\n'
    'target = "55%"\nrealisasi = "52,8%"\ncapaian = "96"\npredikat = "Sangat Baik"\n'
)


def _load(extra: str = "") -> report.Report:
    return report.loads_toml(PATH.read_text(encoding="utf-8") + extra)


class TestTheScale:
    """The report's interval table, declared as the file's scale `sampang`."""

    @pytest.mark.parametrize(
        ("capaian", "label"),
        [
            ("100", "Sangat Baik"),  # "91 % ≤ 100 %"
            ("91", "Sangat Baik"),
            ("90", "Baik"),  # "76 % ≤ 90%"
            ("76", "Baik"),
            ("75", "Cukup"),  # "66 % ≤ 75 %"
            ("66", "Cukup"),
            ("65", "Kurang"),  # "51 % ≤ 65 %"
            ("51", "Kurang"),
            ("50", "Sangat Kurang"),  # "≤ 50 %"
            ("0", "Sangat Kurang"),
        ],
    )
    def test_every_printed_edge_is_in_its_printed_band(self, capaian, label):
        """Each value the interval table prints as an edge lies in the band printing it."""
        (scale,) = _load().scales
        assert scale.scale().classify(Decimal(capaian)).label == label

    def test_the_scale_stops_at_100(self):
        """Nothing above 100: "91 % ≤ 100 %" is the top band."""
        (scale,) = _load().scales
        assert (scale.bands[0].label, scale.bands[0].upper, scale.bands[0].upper_inclusive) == (
            "Sangat Baik",
            Decimal(100),
            True,
        )

    def test_the_bands_as_printed(self):
        """The file keeps the interval table as printed: both bounds inclusive, gaps kept."""
        (scale,) = _load().scales
        assert scale.edge_rule == "lower_bound"
        assert [band.interval() + " " + band.label for band in scale.bands] == [
            "91 ≤ x ≤ 100 Sangat Baik",  # "91 % ≤ 100 %"
            "76 ≤ x ≤ 90 Baik",  # "76 % ≤ 90%"
            "66 ≤ x ≤ 75 Cukup",  # "66 % ≤ 75 %"
            "51 ≤ x ≤ 65 Kurang",  # "51 % ≤ 65 %"
            "x ≤ 50 Sangat Kurang",  # "≤ 50 %"
        ]

    def test_the_bands_closed_by_the_lower_bound_rule(self):
        """By hand: each band runs from its printed lower bound up to the next one's."""
        (scale,) = _load().scales
        assert [band.interval() for band in scale.scale().bands] == [
            "x < 51",
            "51 ≤ x < 66",
            "66 ≤ x < 76",
            "76 ≤ x < 91",
            "91 ≤ x ≤ 100",
        ]

    @pytest.mark.parametrize(
        ("capaian", "label"),
        [
            ("90.5", "Baik"),  # in the gap 90-91: below 91, so not "91 % ≤ 100 %"
            ("90.99", "Baik"),
            ("75.5", "Cukup"),
            ("65.5", "Kurang"),
            ("50.5", "Sangat Kurang"),
        ],
    )
    def test_a_value_in_a_gap(self, capaian, label):
        """A value between two printed bands is in the band below it (≥ 91, ≥ 76, …)."""
        (scale,) = _load().scales
        assert scale.scale().classify(Decimal(capaian)).label == label

    def test_the_printed_gaps_need_the_edge_rule(self):
        """Without `edge_rule` the table as printed is refused, the key named."""
        text = PATH.read_text(encoding="utf-8").replace('edge_rule = "lower_bound"\n', "")
        with pytest.raises(
            ReportError,
            match=(
                "band Sangat Kurang ends at 50 but band Kurang starts at 51: a gap, which "
                "edge_rule = 'lower_bound' or 'upper_bound' closes"
            ),
        ):
            report.loads_toml(text)


class TestCheck:
    """What `akip check` says of the file: the row prints only its target."""

    def test_the_row(self):
        """Target 55%; realisasi and capaian printed "n/a" are left out (not assessed)."""
        (row,) = _load().indicator("IKU1").rows
        assert row.target is not None
        assert (row.target.text, row.target.value, row.realisasi, row.capaian) == (
            "55%",
            Decimal(55),
            None,
            None,
        )

    def test_nothing_to_judge(self):
        """No finding; the one figure is not checked (printed once, no PK declared)."""
        rep = _load()
        assert list(check.check(rep)) == []
        coverage = check.ledger(rep).coverage()
        assert (coverage.printed, coverage.checked, coverage.not_checked) == (1, 0, 1)


class TestACapaianAboveTheScale:
    """A capaian of 110 on a scale that stops at 100: its label is not judged, the rest is.

    Before akip.check.capaian learnt it, the scale's "does not cover 110" stopped the check
    of every indicator: one NOT_COMPUTABLE warning "the rest of the indicators was not
    checked", the 96 % row's capaian and label unjudged with it.
    """

    def test_by_hand(self):
        """60,5 / 55 = 110 exactly; 52,8 / 55 = 96 exactly."""
        assert Fraction(Decimal("60.5")) / 55 * 100 == 110
        assert _round(Fraction(Decimal("52.8")) / 55 * 100, 2) == Decimal("96.00")

    def test_the_label_is_not_checked_and_says_why(self):
        """The predikat of 110 is not checked: the reason names the scale and the capaian."""
        book = check.ledger(_load(ROW_110 + ROW_96))
        verdicts = {(v.where.row, v.where.column): v for v in book.verdicts}
        label = verdicts["uji", "predikat"]
        assert (label.status.value, label.expected) == ("not_checked", None)
        assert label.reason is not None
        assert _i18n.translated(label.reason, "id") == (
            "skala 'sampang' tidak mencakup capaian 110,00%"
        )

    def test_the_other_figures_are_still_checked(self):
        """Both capaian agree, and the 96 % row's Sangat Baik agrees on the report's scale."""
        book = check.ledger(_load(ROW_110 + ROW_96))
        verdicts = {
            (v.where.row, v.where.column): (v.status.value, v.expected) for v in book.verdicts
        }
        assert verdicts["uji", "capaian"] == ("agrees", "110")
        assert verdicts["uji 2", "capaian"] == ("agrees", "96")
        assert verdicts["uji 2", "predikat"] == ("agrees", "Sangat Baik")
        assert not [f for f in check.check(_load(ROW_110 + ROW_96)) if f.code == "NOT_COMPUTABLE"]

    def test_in_english(self):
        """The reason in English names the scale and the capaian."""
        book = check.ledger(_load(ROW_110))
        (label,) = [v for v in book.verdicts if v.where.column == "predikat"]
        assert label.reason == "the scale 'sampang' does not cover a capaian of 110,00%"


class TestImport:
    """`akip import` of the two tables."""

    def test_the_caption_with_its_title_on_one_line(self):
        """A caption with its title, "Tabel 3.1 Pencapaian Kinerja": its row is drafted.

        Before akip.importer.tables learnt it, the caption had to stand alone on its line
        and the table was left out as "(no caption)".
        """
        result = import_text(TABLES, year=2019, agency="Inspektorat Daerah Kabupaten Sampang")
        draft = report.loads_toml(result.toml)
        assert [(p.id, p.title) for p in draft.places] == [("Tabel 3.1", "Pencapaian Kinerja")]
        (indicator,) = draft.indicators
        (row,) = indicator.rows
        assert row.target is not None
        assert (indicator.name, row.target.text, row.realisasi) == (
            "Persentase penurunan temuan keuangan yang bersifat materil",
            "55%",
            None,
        )

    def test_what_is_left_out(self):
        """The interval table (no figure column) and the two "n/a" cells, no value (not 0)."""
        result = import_text(TABLES, year=2019, agency="Inspektorat Daerah Kabupaten Sampang")
        name = "Persentase penurunan temuan keuangan yang bersifat materil"
        assert [str(item) for item in result.left_out] == [
            (
                "Tabel 3.1: left out table: no figure column beside an indicator or budget "
                "line column"
            ),
            (
                f"Tabel 3.1: left out indicator {name!r}, column 'Realisasi': printed 'n/a': "
                "no value (not zero)"
            ),
            (
                f"Tabel 3.1: left out indicator {name!r}, column 'Capaian': printed 'n/a': "
                "no value (not zero)"
            ),
        ]
