"""The ledger as CSV and XLSX (akip.output.sheet): one row per figure, no formula injection."""

from __future__ import annotations

import csv
import functools
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from akip import report
from akip.check import ledger
from akip.check.ledger import Ledger, Status, Verdict
from akip.output import neutral
from akip.output.sheet import to_csv, to_xlsx
from akip.report import Where

_EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@functools.cache
def dumai() -> tuple[report.Report, Ledger]:
    """The Dumai example and its ledger (`akip.check.ledger`)."""
    loaded = report.load(_EXAMPLE)
    return loaded, ledger(loaded)


#: Every way a spreadsheet starts a formula (OWASP "CSV Injection").
_INJECTIONS = ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1"]


def _ledger(*texts: str) -> Ledger:
    return Ledger(
        tuple(
            Verdict(Where("T", "c", "r", 2024), t, Status.DIFFERS, t, "CODE", t, t) for t in texts
        ),
        (),
    )


@pytest.mark.parametrize("text", _INJECTIONS)
def test_neutral_prefixes_formula_starts(text):
    """A cell starting with =, +, -, @, tab or CR gets a ' before it; others are kept."""
    assert f"'{text}" == neutral(text)


@pytest.mark.parametrize("text", ["104%", "Rp 1.000", "", "a=b", " =1"])
def test_neutral_keeps_other_text(text):
    """Text that does not start a formula is unchanged."""
    assert text == neutral(text)


def test_csv_one_row_per_verdict():
    """Header, then one row per verdict with the place split into table, row, year, column."""
    ledger = Ledger(
        (
            Verdict(
                Where("Tabel 6", "penyerapan", "1."),
                "79,61",
                Status.DIFFERS,
                "91,68",
                "MEAN_OF_RATIOS",
                "penyerapan = realisasi / pagu × 100",
            ),
            Verdict(Where("Tabel 4", "capaian", None, 2024), "104%", Status.AGREES, "104%"),
        ),
        (),
    )
    rows = list(csv.reader(io.StringIO(to_csv(ledger, lang="en"))))
    assert [
        [
            "table",
            "row",
            "year",
            "column",
            "printed",
            "expected",
            "verdict",
            "code",
            "rule",
            "reason",
        ],
        [
            "Tabel 6",
            "1.",
            "",
            "penyerapan",
            "79,61",
            "91,68",
            "differ",
            "MEAN_OF_RATIOS",
            "penyerapan = realisasi / pagu × 100",
            "",
        ],
        ["Tabel 4", "", "2024", "capaian", "104%", "104%", "agree", "", "", ""],
    ] == rows


def test_csv_indonesian_header():
    """The Indonesian header and verdict words."""
    text = to_csv(_ledger("1"), lang="id")
    assert text.startswith(
        "tabel,baris,tahun,kolom,tercetak,seharusnya,hasil,kode,aturan,alasan\n"
    )
    assert ",berbeda," in text


@pytest.mark.parametrize("text", _INJECTIONS)
def test_csv_neutralises_injection(text):
    """Every cell that would start a formula is written with a ' in front."""
    rows = list(csv.reader(io.StringIO(to_csv(_ledger(text), lang="en"), newline="")))
    written = "'" + text.replace("\r", "\n")
    assert [written] * 3 == [rows[1][4], rows[1][5], rows[1][8]]


def test_xlsx_rows_and_text_cells():
    """XLSX: the same rows as the CSV; every cell a string."""
    loaded, ledger = dumai()
    book = load_workbook(io.BytesIO(to_xlsx(ledger, lang="en")))
    sheet = book.worksheets[0]
    values = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    assert len(ledger.verdicts) + 1 == len(values)
    # One row per printed figure and per printed label: the predikat, atribut, kategori and
    # amount-in-words lines of the file.
    labels = sum(
        line.startswith(("predikat =", "atribut =", "kategori =", "words ="))
        for line in _EXAMPLE.read_text(encoding="utf-8").splitlines()
    )
    assert len(list(loaded.figures())) + labels == len(values) - 1
    assert list(csv.reader(io.StringIO(to_csv(ledger, lang="en"))))[1][:5] == values[1][:5]
    assert {"s"} == {c.data_type for row in sheet.iter_rows() for c in row if c.value}


@pytest.mark.parametrize("text", _INJECTIONS)
def test_xlsx_never_writes_a_formula(text):
    """A formula-like printed text is a text cell with Excel's quote prefix, not a formula."""
    data = to_xlsx(_ledger(text), lang="en")
    with zipfile.ZipFile(io.BytesIO(data)) as parts:
        sheet_xml = parts.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml
    cell = load_workbook(io.BytesIO(data)).worksheets[0]["E2"]
    assert "s" == cell.data_type
    assert cell.quotePrefix
    assert text.replace("\r", "\n") == cell.value.replace("\r", "\n")


def test_xlsx_reproducible():
    """Two runs give the same bytes: fixed zip times, no creation date."""
    _, ledger = dumai()
    assert to_xlsx(ledger, lang="en") == to_xlsx(ledger, lang="en")
