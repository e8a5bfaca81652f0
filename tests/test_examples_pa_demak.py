"""Tests of examples/pa-demak-2023.toml: the LKjIP 2023 of Pengadilan Agama Demak, p. 42.

Source: https://fliphtml5.com/iehwi/fpuv/LKJIP_PENGADILAN_AGAMA_DEMAK_TAHUN_2023/54
(sections f and g: realisasi and capaian of 2020-2023 side by side, the realisasi up to 2023
against the Renstra's target, and four change claims in words). The hand comparisons are
of the printed figures; they do not call akip's rules.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from akip import check, report

PATH = Path(__file__).parent.parent / "examples" / "pa-demak-2023.toml"

#: The figures of section f as printed: year -> (realisasi, capaian).
PRINTED = {
    2020: ("100", "100"),
    2021: ("101,66", "101,67"),
    2022: ("100", "100"),
    2023: ("100", "100"),
}


def _f(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", ".").rstrip("%")))


def _verdicts() -> dict[tuple[str, int, str], tuple[str, str | None]]:
    book = check.ledger(report.load(PATH))
    return {
        (v.where.place, v.where.year or 0, v.where.column): (v.status.value, v.expected)
        for v in book.verdicts
    }


class TestHandComputation:
    """The four change claims and the Renstra comparison, by hand."""

    def test_2023_is_the_same_as_2022(self):
        """Realisasi 100 and 100, capaian 100 and 100: "cenderung stagnan"."""
        assert PRINTED[2022] == PRINTED[2023]

    def test_2023_is_below_2021(self):
        """Realisasi 101,66 → 100 and capaian 101,67 → 100: "terjadi (sedikit) penurunan"."""
        assert _f(PRINTED[2023][0]) < _f(PRINTED[2021][0])
        assert _f(PRINTED[2023][1]) < _f(PRINTED[2021][1])

    def test_against_the_renstra_target(self):
        """Realisasi s.d. 2023 100 % of the target jangka menengah 100 %: 100 %, as printed.

        This is the tingkat kemajuan (realisasi / target akhir Renstra x 100).
        """
        assert _f("100%") / _f("100%") * 100 == _f("100%")


class TestCheck:
    """What `akip check` says of the file agrees with the hand computation."""

    def test_no_finding(self):
        """Every checked figure and every change claim agrees: no finding."""
        assert list(check.ledger(report.load(PATH)).all_findings()) == []

    def test_the_years_without_a_target_are_not_checked(self):
        """2020-2022 print realisasi and capaian once each and no target: not checked.

        The 2021 pair (101,66 and 101,67) in particular is not judged: the page prints no
        target to recompute the capaian from.
        """
        verdicts = _verdicts()
        assert {
            verdicts["f", year, column][0]
            for year in (2020, 2021, 2022)
            for column in ("realisasi", "capaian")
        } == {"not_checked"}

    def test_the_2023_realisasi_and_the_renstra_comparison_agree(self):
        """The realisasi 100 is printed in f and in g; the kemajuan 100 % is 100 / 100.

        The target jangka menengah is confirmed by the kemajuan computed from it. The
        capaian 2023 of f is printed once, with no target: not checked.
        """
        verdicts = _verdicts()
        assert {
            key: verdicts[key]
            for key in (
                ("f", 2023, "realisasi"),
                ("f", 2023, "capaian"),
                ("g", 2023, "realisasi"),
                ("g", 2023, "kemajuan"),
                ("g", 2023, "target_renstra"),
            )
        } == {
            ("f", 2023, "realisasi"): ("agrees", "100"),
            ("f", 2023, "capaian"): ("not_checked", None),
            ("g", 2023, "realisasi"): ("agrees", "100%"),
            ("g", 2023, "kemajuan"): ("agrees", "100%"),
            ("g", 2023, "target_renstra"): ("agrees", None),
        }

    def test_a_wrong_kemajuan_differs(self):
        """The kemajuan is recomputed from the Renstra's target: 90 % printed is 100 % by hand."""
        text = PATH.read_text(encoding="utf-8").replace('kemajuan = "100%"', 'kemajuan = "90%"')
        rep = report.loads_toml(text)
        assert [(f.code, f.printed, f.expected) for f in check.ledger(rep).all_findings()] == [
            ("CAPAIAN_MISMATCH", "90%", "100%")
        ]

    def test_coverage(self):
        """11 figures: 4 agree, 7 not checked.

        Agree: the realisasi 2023 twice, the kemajuan and its Renstra target. Not checked:
        realisasi and capaian of 2020-2022, the capaian of 2023.
        """
        coverage = check.ledger(report.load(PATH)).coverage()
        assert (coverage.printed, coverage.agrees, coverage.differs, coverage.not_checked) == (
            4 * 2 + 3,
            4,
            0,
            7,
        )

    @pytest.mark.parametrize(
        ("statement", "wrong", "right"),
        [
            ("REAL-2022-2023", "menurun", "sama"),
            ("REAL-2021-2023", "meningkat", "menurun"),
            ("CAP-2022-2023", "meningkat", "sama"),
            ("CAP-2021-2023", "sama", "menurun"),
        ],
    )
    def test_each_claim_is_checked(self, statement: str, wrong: str, right: str):
        """Each change claim turned the other way is a STATEMENT_MISMATCH naming the right one."""
        text = PATH.read_text(encoding="utf-8")
        head, _, tail = text.partition(f'id = "{statement}"')
        tail = tail.replace(f'direction = "{right}"', f'direction = "{wrong}"', 1)
        rep = report.loads_toml(head + f'id = "{statement}"' + tail)
        assert [(f.code, f.printed, f.expected) for f in check.ledger(rep).all_findings()] == [
            ("STATEMENT_MISMATCH", wrong, right)
        ]
