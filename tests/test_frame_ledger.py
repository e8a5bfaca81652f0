"""The ledger as DataFrames (akip.frame.verdicts, akip.frame.findings), on the Dumai example."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from akip import frame, report
from akip.check import Finding, Severity, ledger
from akip.check.ledger import Ledger, Status, Verdict
from akip.exceptions import InvalidValue
from akip.report import Where

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@functools.cache
def dumai() -> Ledger:
    """The ledger of the Dumai LKIP 2024 (`akip.check.ledger`)."""
    return ledger(report.load(EXAMPLE))


def _missing(data: pd.DataFrame) -> list[object]:
    return [
        v
        for v in data.to_numpy(dtype=object).ravel()
        if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))
    ]


class TestVerdicts:
    def test_one_row_per_printed_figure_and_label(self):
        """607 rows: the file's 586 figures and its 21 printed labels (counted in the file).

        Labels are the lines ``predikat =``, ``atribut =``, ``kategori =`` and ``words =``.
        """
        rows = frame.verdicts(dumai())
        text = EXAMPLE.read_text(encoding="utf-8").splitlines()
        labels = sum(
            line.startswith(("predikat =", "atribut =", "kategori =", "words =")) for line in text
        )
        figures = len(list(report.load(EXAMPLE).figures()))
        assert figures + labels == len(rows)
        assert pd.RangeIndex(len(rows)).equals(rows.index)

    def test_columns_and_dtypes(self):
        """The verdict's fields, its place structured; text is string, the year Int64."""
        rows = frame.verdicts(dumai())
        assert [
            "place",
            "row",
            "year",
            "column",
            "key",
            "printed",
            "expected",
            "status",
            "code",
            "rule",
            "reason",
        ] == list(rows.columns)
        assert {"string"} == {str(rows[c].dtype) for c in rows.columns if c != "year"}
        assert "Int64" == str(rows["year"].dtype)

    def test_missing_is_na(self):
        """A verdict without a row, year, code or reason holds pd.NA: no None, no NaN."""
        rows = frame.verdicts(dumai())
        missing = _missing(rows)
        assert missing
        assert all(v is pd.NA for v in missing)

    def test_mean_of_ratios_row(self):
        """Tabel 6, row 1.: 79,61 is (70,48 + 95,15 + 68,00 + 84,80) / 4; Σreal / Σpagu 91,68."""
        rows = frame.verdicts(dumai())
        cell = rows[
            (rows["place"] == "Tabel 6") & (rows["row"] == "1.") & (rows["column"] == "penyerapan")
        ]
        assert [["79,61", "91,68", "differs", "MEAN_OF_RATIOS"]] == cell[
            ["printed", "expected", "status", "code"]
        ].to_numpy().tolist()

    def test_status_per_place_is_the_coverage(self):
        """Counting statuses per place gives the ledger's coverage_by_place."""
        book = dumai()
        rows = frame.verdicts(book)
        counted = rows.groupby(["place", "status"]).size()
        for c in book.coverage_by_place():
            for status, n in (
                (Status.AGREES, c.agrees),
                (Status.DIFFERS, c.differs),
                (Status.NOT_COMPUTABLE, c.not_computable),
                (Status.NOT_CHECKED, c.not_checked),
            ):
                assert n == counted.get((c.place, status.value), 0)

    def test_empty_ledger(self):
        """No verdict: an empty frame with the same columns and dtypes."""
        rows = frame.verdicts(Ledger((), ()))
        assert 0 == len(rows)
        assert "Int64" == str(rows["year"].dtype)
        assert "string" == str(rows["status"].dtype)

    def test_synthetic(self):
        """One verdict, field for field; an empty key is <NA>."""
        verdict = Verdict(Where("T", "c", "r", 2024), "1", Status.NOT_CHECKED, reason="why")
        row = frame.verdicts(Ledger((verdict,), ())).iloc[0]
        assert ["T", "r", 2024, "c", "1", "not_checked", "why"] == [
            row["place"],
            row["row"],
            row["year"],
            row["column"],
            row["printed"],
            row["status"],
            row["reason"],
        ]
        assert row["key"] is pd.NA
        assert row["expected"] is pd.NA


class TestFindings:
    def test_every_finding_once(self):
        """One row per finding: each root cause, then the findings folded under it."""
        book = dumai()
        rows = frame.findings(book)
        every = list(book.all_findings())
        assert [f.code for f in every] == list(rows["code"])
        assert [f.place for f in every] == list(rows["at"])
        roots = rows[rows["root"].isna()]
        assert [f.code for f in book.findings] == list(roots["code"])
        assert sum(len(f.consequences) for f in book.findings) == int(roots["consequences"].sum())

    def test_root_points_at_the_root(self):
        """A consequence's root is the label of a root row above it."""
        rows = frame.findings(dumai())
        folded = rows[rows["root"].notna()]
        assert len(folded)
        for label, root in zip(folded.index, folded["root"], strict=True):
            assert root < label
            assert rows.loc[root, "root"] is pd.NA

    def test_terbilang_by_hand(self):
        """TERBILANG_MISMATCH: 4 roots and 2 copies, worked out from the report.

        The Ringkasan Eksekutif's 262.323.588 without "ribu", 45.195.966.217 as "Empat puluh
        milyar" (copied into §B) and 44.484.704.673 without "tiga" (copied into §2.4); Bab
        IV's "3 (dua)".
        """
        rows = frame.findings(dumai())
        terbilang = rows[rows["code"] == "TERBILANG_MISMATCH"]
        assert 4 == int(terbilang["root"].isna().sum())
        assert ["§2.4", "§B"] == sorted(terbilang.loc[terbilang["root"].notna(), "place"])
        bab = terbilang[terbilang["place"] == "Bab IV"]
        assert [["3 (dua)", "3 (tiga)"]] == bab[["printed", "expected"]].to_numpy().tolist()

    def test_place_without_where(self):
        """A finding at no single figure: place from its text, row / year / column <NA>."""
        rows = frame.findings(dumai())
        bab = rows[rows["at"] == "Bab IV, column text"].iloc[0]
        assert "Bab IV" == bab["place"]
        assert bab["column"] is pd.NA
        assert bab["year"] is pd.NA

    def test_dtypes_and_missing(self):
        """Text is string; year, root and consequences Int64; missing is pd.NA."""
        rows = frame.findings(dumai())
        ints = {"year", "root", "consequences"}
        assert {"Int64"} == {str(rows[c].dtype) for c in ints}
        assert {"string"} == {str(rows[c].dtype) for c in rows.columns if c not in ints}
        assert all(v is pd.NA for v in _missing(rows))

    def test_nested_consequences(self):
        """A consequence of a consequence has the top root as its root."""
        leaf = Finding("C", Severity.INFO, "T, column c", None, None, "r", "m")
        middle = Finding("B", Severity.WARNING, "T, column b", "1", "2", "r", "m", None, (leaf,))
        top = Finding("A", Severity.ERROR, "T, column a", "1", "2", "r", "m", None, (middle,))
        rows = frame.findings(Ledger((), (top,)))
        assert ["A", "B", "C"] == list(rows["code"])
        assert [pd.NA, 0, 0] == [rows["root"][0], rows["root"][1], rows["root"][2]]
        assert [1, 1, 0] == list(rows["consequences"])
        assert ["error", "warning", "info"] == list(rows["severity"])


@pytest.mark.parametrize("function", [frame.verdicts, frame.findings])
@pytest.mark.parametrize(
    "junk", [None, 5, "ledger", pd.DataFrame(), 10**5000, object()], ids=lambda v: type(v).__name__
)
def test_not_a_ledger(function, junk):
    """Anything but a Ledger: InvalidValue naming 'ledger' with a bounded repr."""
    with pytest.raises(InvalidValue, match=r"^'ledger' must be a Ledger") as caught:
        function(junk)
    assert len(str(caught.value)) < 200
