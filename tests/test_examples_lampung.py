"""Tests of examples/lampung-2015.toml and lampung-2016.toml: the LKj of Provinsi Lampung.

Sources: https://text-id.123dok.com/document/lzgjwrwvz-angka-kematian-ibu-aki-per-100-000-kelahiran-hidup.html
(LKj 2015, p. 155: Angka Kematian Bayi) and
https://text-id.123dok.com/document/eqol5rk7q-1-47-4-63-1-50-2-50-3-50-4-50-tingkat-partisipasi-angkatan-kerja-tpak.html
(LKj 2016, p. 162: Angka Kesakitan DBD). Both print lower-is-better indicators whose capaian
is (2 x target - realisasi) / target x 100. The hand computations are exact fractions of
the printed figures, rounded half up by hand to the printed decimals; they do not call
akip's rules.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from akip import check, report
from akip.exceptions import ReportError
from akip.importer import import_text
from akip.report import IndicatorRow
from tests.hand import round_half_up as _round

EXAMPLES = Path(__file__).parent.parent / "examples"
PATH_2015 = EXAMPLES / "lampung-2015.toml"
PATH_2016 = EXAMPLES / "lampung-2016.toml"

# Permendagri 86/2017, Skala Nilai Peringkat Kinerja: Tinggi is 76 <= x < 91, Sangat Tinggi
# is x >= 91 (the regulation's table, not akip's code).
TINGGI = (Fraction(76), Fraction(91))
SANGAT_TINGGI = Fraction(91)


def _f(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", ".")))


def _minimize(target: str, realisasi: str) -> Fraction:
    """(2 x target - realisasi) / target x 100, exact."""
    return (2 * _f(target) - _f(realisasi)) / _f(target) * 100


def _findings(path: Path) -> set[tuple[str, str, str, str | None, str | None]]:
    rep = report.load(path)
    return {(f.code, f.severity.value, f.place, f.printed, f.expected) for f in check.check(rep)}


def _verdicts(path: Path) -> dict[tuple[str | None, str], tuple[str, str | None]]:
    book = check.ledger(report.load(path))
    return {(v.where.row, v.where.column): (v.status.value, v.expected) for v in book.verdicts}


# ---------------------------------------------------------------- LKj 2016: DBD
PLACE_2016 = "Bab III p. 162"


class TestHandComputation2016:
    """The three capaian of the DBD paragraph, by hand: all three agree."""

    def test_against_the_provincial_target(self):
        """Target "kurang dari 49": (98 - 56,23) / 49 = 41,77 / 49 = 85,2449… → 85,24."""
        assert _round(_minimize("49", "56,23"), 2) == Decimal("85.24")

    def test_against_the_national_target(self):
        """Target nasional 50: (100 - 56,23) / 50 = 43,77 / 50 = 87,54 exactly."""
        assert _minimize("50", "56,23") == _f("87,54")

    def test_against_the_target_of_2019(self):
        """Target 2019 46: (92 - 56,23) / 46 = 35,77 / 46 = 77,7608… → 77,76."""
        assert _round(_minimize("46", "56,23"), 2) == Decimal("77.76")

    def test_all_three_are_tinggi(self):
        """85,24, 87,54 and 77,76 lie in [76, 91): "Tinggi (T)" each time, as printed."""
        low, high = TINGGI
        assert all(low <= _f(c) < high for c in ("85,24", "87,54", "77,76"))


class TestCheck2016:
    """What `akip check` says of the 2016 file agrees with the hand computation."""

    def test_the_target_kurang_dari_49_reads_as_49(self):
        """The bound's number is the target; the text and its unit are kept as printed."""
        rows = report.load(PATH_2016).indicator("DBD").rows
        target = rows[0].target
        assert target is not None
        assert (target.text, target.value, target.unit) == (
            "kurang dari 49 per 100.000 penduduk",
            Decimal(49),
            "per 100.000 penduduk",
        )

    def test_every_capaian_and_label_agrees(self):
        """The three capaian and their predikat agree with the hand computation above."""
        verdicts = _verdicts(PATH_2016)
        assert {
            row: verdicts[row, "capaian"]
            for row in (
                "target Provinsi Lampung dan Nasional",
                "target nasional",
                "target tahun 2019",
            )
        } == {
            "target Provinsi Lampung dan Nasional": ("agrees", "85,24"),
            "target nasional": ("agrees", "87,54"),
            "target tahun 2019": ("agrees", "77,76"),
        }
        assert {verdicts[row, "predikat"] for row in ("target nasional", "target tahun 2019")} == {
            ("agrees", "Tinggi")
        }

    def test_the_one_finding_is_the_unit_slip(self):
        """The first sentence prints the realisasi "56,23 per 1000 peduduk": a note.

        The indicator and every other figure count per 100.000 penduduk; the same number per
        1000 is another quantity. The value agrees (56,23 in all three places), so it is
        information, not an error.
        """
        row = "row 'target Provinsi Lampung dan Nasional'"
        place = f"{PLACE_2016}, {row}, year 2016, column realisasi"
        assert _findings(PATH_2016) == {
            (
                "CROSS_TABLE_CONFLICT",
                "info",
                place,
                "56,23 per 1000 peduduk",
                "per 100.000 penduduk",
            ),
        }

    def test_coverage(self):
        """12 figures: the three capaian, three predikat and three realisasi are checked.

        The three targets are not: each is printed once, and the report declares neither a
        Perjanjian Kinerja target of 2016, a national target elsewhere, nor a target of 2019.
        """
        coverage = check.ledger(report.load(PATH_2016)).coverage()
        assert (coverage.printed, coverage.agrees, coverage.differs, coverage.not_checked) == (
            12,
            9,
            0,
            3,
        )


class TestTheNationalTargetRow:
    """A row measured against the national target: checked on its own.

    Before `akip.report.IndicatorRow.other_target`, the row's capaian 87,54 entered the
    consensus of the year's capaian with 85,24 (one place each): both were
    CROSS_TABLE_CONFLICT warnings and neither was recomputed.
    """

    def test_the_row_is_another_target(self):
        """`target_nasional` and no `target`: the row measures against another target."""
        rows = report.load(PATH_2016).indicator("DBD").rows
        assert [row.other_target for row in rows] == [False, True, True]

    def test_no_conflict_of_the_capaian(self):
        """The 2016 capaian are not a conflict: 85,24 and 87,54 answer two targets."""
        assert not any(
            code != "CROSS_TABLE_CONFLICT" or sev != "info"
            for code, sev, *_ in _findings(PATH_2016)
        )

    def test_a_wrong_capaian_against_the_national_target_is_an_error(self):
        """Printed 87,45 for 87,54: CAPAIAN_MISMATCH, expected the hand's 87,54."""
        text = PATH_2016.read_text(encoding="utf-8").replace(
            'capaian = "87,54"', 'capaian = "87,45"'
        )
        place = f"{PLACE_2016}, row 'target nasional', year 2016, column capaian"
        rep = report.loads_toml(text)
        assert ("CAPAIAN_MISMATCH", "error", place, "87,54") in {
            (f.code, f.severity.value, f.place, f.expected) for f in check.check(rep)
        }

    def test_a_row_with_both_targets_is_its_years_own(self):
        """A row printing its target and a national target beside it stays this year's row."""
        row = report.load(PATH_2016).indicator("DBD").rows[0]
        assert row.target_nasional is None
        both = IndicatorRow(
            row.place, row.row, row.year, None, row.target, row.realisasi, row.capaian,
            None, None, None, None, None, None, None, None,
            target_nasional=row.target,
        )  # fmt: skip
        assert both.other_target is False


class TestBoundedTargets:
    """A target printed with a bound reads as its bound; a realisasi so printed is refused."""

    BASE = (
        'schema_version = 1\n[report]\nagency = "A"\nyear = 2024\n'
        '[[places]]\nid = "T"\n'
        '[[indicators]]\nid = "I"\nname = "i"\npolarity = "minimize"\nunit = "%"\n'
        '[[indicators.rows]]\nplace = "T"\n'
    )

    @pytest.mark.parametrize(
        ("printed", "value"),
        [
            ("< 49", Decimal(49)),
            ("<49", Decimal(49)),
            ("≤ 5%", Decimal(5)),
            ("kurang dari 49", Decimal(49)),
            ("Kurang dari 2,5 per 1000", Decimal("2.5")),
            ("maksimal 10%", Decimal(10)),
            ("minimal 80%", Decimal(80)),
            ("> 75", Decimal(75)),
        ],
    )
    def test_a_target_with_a_bound(self, printed, value):
        """The number after the bound is the target's value; the text stays as printed."""
        rep = report.loads_toml(self.BASE + f'target = "{printed}"\nrealisasi = "4"\n')
        target = rep.indicators[0].rows[0].target
        assert target is not None
        assert (target.text, target.value) == (printed, value)

    def test_a_planning_target_with_a_bound(self):
        """A Renstra target printed "< 3" in [[indicators.targets]] reads as 3."""
        text = self.BASE.replace(
            '[[indicators.rows]]\nplace = "T"\n',
            '[[indicators.targets]]\nplace = "T"\nyear = 2026\nversion = "renstra"\n'
            'value = "< 3"\n',
        )
        (target,) = report.loads_toml(text).indicators[0].targets
        assert target.value.value == Decimal(3)

    def test_a_realisasi_with_a_bound_is_refused(self):
        """A realisasi is a measurement: "< 49" is no number of it."""
        with pytest.raises(ReportError, match=r"rows\[0\]\.realisasi.*'< 49'"):
            report.loads_toml(self.BASE + 'target = "50"\nrealisasi = "< 49"\n')

    def test_a_bound_without_a_number_is_refused(self):
        """A bound before no number, "kurang dari target", is no target."""
        with pytest.raises(ReportError, match="kurang dari target"):
            report.loads_toml(self.BASE + 'target = "kurang dari target"\n')

    def test_the_same_text_in_a_realisasi_after_a_target_is_still_refused(self):
        """The target's reading of "< 49" is not kept for the realisasi of the next row."""
        text = (
            self.BASE
            + 'target = "< 49"\n[[indicators.rows]]\nplace = "T"\nyear = 2023\n'
            + 'realisasi = "< 49"\n'
        )
        with pytest.raises(ReportError, match=r"rows\[1\]\.realisasi"):
            report.loads_toml(text)


class TestUnitsWithANumber:
    """A unit after the number may itself hold a number: "per 100.000 penduduk"."""

    def test_the_value_and_the_unit(self):
        """56,23 per 100.000 penduduk: 56,23, unit "per 100.000 penduduk" (before: refused)."""
        row = report.load(PATH_2016).indicator("DBD").rows[2]
        assert row.realisasi is not None
        assert (row.realisasi.value, row.realisasi.unit) == (
            Decimal("56.23"),
            "per 100.000 penduduk",
        )

    def test_a_multiplier_is_still_no_unit(self):
        """A word that scales the number is not its unit: "1,5 miliar" stays refused."""
        text = TestBoundedTargets.BASE + 'target = "1,5 miliar"\n'
        with pytest.raises(ReportError, match="1,5 miliar"):
            report.loads_toml(text)

    def test_units_of_one_base_are_not_noted(self):
        """One unit in two wordings, per 1000 lahir / kelahiran hidup: no note."""
        rows = report.load(PATH_2015).indicator("AKB").rows
        assert rows[1].realisasi is not None
        assert rows[1].realisasi.unit == "per 1000 lahir hidup"
        assert not any("column realisasi" in f.place for f in check.check(report.load(PATH_2015)))


# ---------------------------------------------------------------- LKj 2015: AKB
PLACE_2015 = "Bab III p. 155"


class TestHandComputation2015:
    """The two capaian of the AKB paragraph, by hand: both agree."""

    def test_against_the_target_of_2015(self):
        """(64 - 4,88) / 32 = 59,12 / 32 = 184,75 exactly: "Sangat Tinggi (ST)"."""
        value = _minimize("32", "4,88")
        assert value == _f("184,75")
        assert value >= SANGAT_TINGGI

    def test_against_the_target_of_2019(self):
        """(48 - 4,88) / 24 = 43,12 / 24 = 179,666… → 179,67: "Sangat Tinggi (ST)"."""
        assert _round(_minimize("24", "4,88"), 2) == Decimal("179.67")

    def test_target_over_realisasi_is_not_the_reports_formula(self):
        """32 / 4,88 = 655,737… → 655,74: the printed 184,75 is 2t − r, not t / r."""
        assert _round(_f("32") / _f("4,88") * 100, 2) == Decimal("655.74")

    def test_the_printed_per_100000_would_give_another_capaian(self):
        """24 per 100.000 is 0,024 per 1000: (0,048 − 4,88) / 0,024 = −201,33…, x 100.

        So the printed 179,67 is computed from 24 per 1000: the "per 100.000" is the text's
        slip, not the figure's.
        """
        value = (2 * Fraction(24, 1000) - _f("4,88")) / Fraction(24, 1000) * 100
        assert value < -20000


class TestCheck2015:
    """What `akip check` says of the 2015 file agrees with the hand computation."""

    def test_both_capaian_and_labels_agree(self):
        """184,75 and 179,67 agree; both predikat are Sangat Tinggi."""
        verdicts = _verdicts(PATH_2015)
        assert [
            verdicts[row, column]
            for row in ("target Provinsi Lampung", "target tahun 2019")
            for column in ("capaian", "predikat")
        ] == [
            ("agrees", "184,75"),
            ("agrees", "Sangat Tinggi"),
            ("agrees", "179,67"),
            ("agrees", "Sangat Tinggi"),
        ]

    def test_the_one_finding_is_the_unit_slip_of_the_target_of_2019(self):
        """The target "24 per 100.000 lahir hidup" of an indicator per 1000: a note."""
        place = f"{PLACE_2015}, row 'target tahun 2019', year 2015, column target"
        assert _findings(PATH_2015) == {
            (
                "CROSS_TABLE_CONFLICT",
                "info",
                place,
                "24 per 100.000 lahir hidup",
                "per 1000 kelahiran hidup",
            ),
        }

    def test_coverage(self):
        """8 figures: 6 checked (capaian, predikat, realisasi of both rows), 2 targets not."""
        coverage = check.ledger(report.load(PATH_2015)).coverage()
        assert (coverage.printed, coverage.agrees, coverage.differs, coverage.not_checked) == (
            8,
            6,
            0,
            2,
        )


class TestImport:
    """`akip import` of the paragraphs: the importer reads tables, not sentences."""

    PARAGRAPH = (
        "h. Angka Kesakitan DBD per 100.000 Penduduk\n"
        "Angka kesakitan DBD per 100.000 penduduk di Provinsi Lampung tahun 2016 sebesar "
        "56,23 per 1000 peduduk data per November. Angka ini bila dibandingkan dengan target "
        "Provinsi Lampung dan Nasional sebesar kurang dari 49 per 100.000 penduduk maka "
        "Capaian kinerja sebesar 85,24 dengan kriteria penilaian kinerja TinggiT.\n"
    )

    def test_no_figure_and_the_summary_says_why(self):
        """No table: no figure drafted, and the summary says no table was found."""
        result = import_text(self.PARAGRAPH, year=2016, agency="Pemerintah Provinsi Lampung")
        assert report.loads_toml(result.toml).indicators == ()
        assert [str(item) for item in result.left_out] == [
            (
                "(no table): left out the whole source: no tab-separated or pipe table was "
                "found in it; a table whose cells are separated by spaces only (as a PDF or web "
                "page's text gives them) cannot be read, nor can figures printed in sentences: "
                "a person must separate a table's cells with tabs (and print its 'Tabel N' "
                "caption above it) or transcribe the figures"
            )
        ]
