"""The recomputed official tables (akip.output.tables), against the Dumai LKIP 2024."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from akip import report
from akip.output import tables

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@pytest.fixture(scope="module")
def dumai() -> report.Report:
    return report.load(EXAMPLE)


def test_budget_total(dumai):
    """The total row: Tabel III.11's 31 sub kegiatan summed by hand.

    Σpagu = 45.195.966.217 and Σrealisasi = 41.007.152.300 (the report's own total row);
    sisa = 45.195.966.217 − 41.007.152.300 = 4.188.813.917; penyerapan = 41.007.152.300 /
    45.195.966.217 × 100 = 90,7319… → 90,73.
    """
    budget = tables.official_tables(dumai, lang="id")[1]
    total = budget.rows[-1]
    assert "total" == total.kind
    assert ("", "Jumlah", "45.195.966.217", "41.007.152.300", "4.188.813.917", "90,73%") == (
        total.cells
    )


def test_budget_subtotals_recomputed(dumai):
    """A program is the sum of its kegiatan, recomputed.

    P1 = 3.167.092.680 + 544.461.184 + 262.323.588 + 558.576.800 + 167.930.000 =
    4.700.384.252 (pagu); penyerapan 4.153.740.542 / 4.700.384.252 = 88,37 %.
    """
    budget = tables.official_tables(dumai, lang="id")[1]
    program = budget.rows[0]
    assert ("subtotal", 0) == (program.kind, program.level)
    assert ("4.700.384.252", "4.153.740.542", "88,37%") == (
        program.cells[2],
        program.cells[3],
        program.cells[5],
    )
    kinds = {row.level: row.kind for row in budget.rows if row.kind != "total"}
    assert {0: "subtotal", 1: "subtotal", 2: "line"} == kinds


def test_pengukuran(dumai):
    """Capaian and predikat per indicator of the report year.

    IKU1: target 90, realisasi 94 → 94 / 90 = 104,44 %, Sangat Tinggi (≥ 91, Permendagri
    86/2017); IKU2: 85 / 100 = 85,00 %, Tinggi (76–90).
    """
    rows = tables.official_tables(dumai, lang="id")[0].rows
    iku1 = next(r for r in rows if r.cells[2].startswith("Persentase peningkatan Stabilitas"))
    assert ("90", "94", "104,44%", "Sangat Tinggi") == iku1.cells[4:8]
    iku2 = next(r for r in rows if r.cells[2].startswith("Persentase Fasilitasi"))
    assert ("85,00%", "Tinggi") == iku2.cells[6:8]
    # IKU1 and IKU2 share sasaran S1, printed once (as a merged cell); the program indicator
    # after them has no sasaran. (TI1 prints no 2024 target and realisasi: not in the table.)
    goals = [r.cells[1][:30] for r in rows[:3]]
    assert ["Meningkatnya Partisipasi Masya", "", ""] == goals


def test_efisiensi(dumai):
    """The efficiency index of IKU1 over its programs P2–P5.

    Σrealisasi / Σpagu = 35.920.783.504 / 39.182.547.765 = 91,68 %; 104,444… / 91,675… =
    1,139… → 1,14, Efisien (≥ 1).
    """
    rows = tables.official_tables(dumai, lang="id")[2].rows
    assert ("104,44", "91,68", "1,14", "Efisien") == rows[0].cells[2:]


def test_efisiensi_of_the_units_overall_capaian():
    """BBPOM Yogyakarta 2020: a row of percentages only, the unit's capaian 100,57 printed.

    IE = 100,57 / 95,44 = 1,05379… → 1,05; the report's rule (IE > SE = 1) makes it Efisien.
    The row's label is its printed text: no indicator is named.
    """
    rep = report.load(EXAMPLE.parent / "bbpom-yogyakarta-2020.toml")
    (row,) = tables.official_tables(rep, lang="id")[2].rows
    assert row.cells[0].startswith("Realisasi anggaran sebesar 95,44")
    assert ("100,57", "95,44", "1,05", "Efisien") == row.cells[2:]


def test_komparasi(dumai):
    """IKU1 2022–2024: capaian 100, 100, 104,44 %; change 2023 → 2024 = 4,44 points."""
    rows = tables.official_tables(dumai, lang="id")[3].rows
    iku1 = [r for r in rows if r.cells[0].startswith("Persentase peningkatan Stabilitas")]
    assert [
        ("2022", "100,00%", "—"),
        ("2023", "100,00%", "0,00"),
        ("2024", "104,44%", "4,44"),
    ] == [(r.cells[1], r.cells[4], r.cells[5]) for r in iku1]


def test_a_bounded_target_keeps_its_bound():
    """Lampung 2016 prints the target "kurang dari 49 per 100.000 penduduk": shown so.

    Before, the table printed a bare "49". The unit stands in its own column; the capaian
    is measured against the bound, 2 x 49 - 56,23 = 41,77; 41,77 / 49 = 85,244… → 85,24 %.
    """
    rep = report.load(EXAMPLE.parent / "lampung-2016.toml")
    (row,) = tables.official_tables(rep, lang="id")[0].rows
    assert ("per 100.000 penduduk", "kurang dari 49", "56,23", "85,24%") == row.cells[3:7]


def test_a_bounded_target_over_the_years():
    """The comparison table keeps a printed bound too: "maksimal 10%", "≤5%" (2 decimals)."""
    loaded = report.loads_toml(
        "schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n[[places]]\nid = 'T'\n"
        "[[indicators]]\nid = 'I'\nname = 'I'\npolarity = 'minimize'\nunit = '%'\n"
        "[[indicators.rows]]\nplace = 'T'\nyear = 2023\ntarget = 'maksimal 10%'\n"
        "realisasi = '8'\n"
        "[[indicators.rows]]\nplace = 'T'\nyear = 2024\ntarget = '≤5%'\nrealisasi = '5'\n"
    )
    rows = tables.official_tables(loaded, lang="id")[3].rows
    assert [("2023", "maksimal 10,00"), ("2024", "≤ 5,00")] == [
        (r.cells[1], r.cells[2]) for r in rows
    ]


def test_a_year_without_a_target_is_shown_not_dropped():
    """Pengadilan Agama Demak 2023 prints its 2023 realisasi (100) and no target.

    Before, the pengukuran table left the indicator out without a word and the comparison
    table said nothing of its four years; now the row is shown with a dash for the target,
    the capaian, the predikat and the atribut, and each table says why in a note.
    """
    rep = report.load(EXAMPLE.parent / "pa-demak-2023.toml")
    pengukuran, _, _, komparasi = tables.official_tables(rep, lang="en")
    (row,) = pengukuran.rows
    assert ("%", "—", "100", "—", "—", "—") == row.cells[3:]
    assert ("POSBAKUM: no target of 2023 is printed: its capaian is not recomputed",) == (
        pengukuran.notes
    )
    assert () == komparasi.rows
    assert ("POSBAKUM: no target of 2020, 2021, 2022, 2023 is printed: not compared",) == (
        komparasi.notes
    )


def test_years_with_a_target_are_compared_and_the_others_named():
    """Two years with target and realisasi are compared; a third, realisasi only, is named.

    By hand: 2023 80 / 100 = 80,00 %; 2024 90 / 100 = 90,00 %, +10,00 points; 2022 prints
    no target, so it is not compared (before, it was left out in silence).
    """
    loaded = report.loads_toml(
        "schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n[[places]]\nid = 'T'\n"
        "[[indicators]]\nid = 'I'\nname = 'I'\npolarity = 'maximize'\nunit = '%'\n"
        "[[indicators.rows]]\nplace = 'T'\nyear = 2022\nrealisasi = '70'\n"
        "[[indicators.rows]]\nplace = 'T'\nyear = 2023\ntarget = '100'\nrealisasi = '80'\n"
        "[[indicators.rows]]\nplace = 'T'\nyear = 2024\ntarget = '100'\nrealisasi = '90'\n"
    )
    komparasi = tables.official_tables(loaded, lang="id")[3]
    assert [("2023", "80,00%", "—"), ("2024", "90,00%", "10,00")] == [
        (r.cells[1], r.cells[4], r.cells[5]) for r in komparasi.rows
    ]
    assert ("I: target tahun 2022 tidak tercetak: tidak dibandingkan",) == komparasi.notes


def test_not_computable_is_a_dash():
    """A target of 0 and a pagu of 0: '—' and a note, never an exception (issue 13)."""
    loaded = report.loads_toml(
        "schema_version = 1\n[report]\nagency = 'A'\nyear = 2024\n[[places]]\nid = 'T'\n"
        "[[indicators]]\nid = 'I'\nname = 'I'\npolarity = 'maximize'\nunit = '%'\n"
        "[[indicators.rows]]\nplace = 'T'\ntarget = '0'\nrealisasi = '5'\n"
        "[[budget]]\nid = 'O'\nlevel = 'opd'\nname = 'O'\n"
        "[[budget]]\nid = 'P'\nlevel = 'program'\nparent = 'O'\nname = 'P'\n"
        "[[budget.rows]]\nplace = 'T'\npagu = '0'\nrealisasi = '0'\n"
    )
    pengukuran, budget, *_ = tables.official_tables(loaded, lang="en")
    assert ("—", "—", "—") == pengukuran.rows[0].cells[6:]
    assert 1 == len(pengukuran.notes)
    assert ("0", "0", "0", "—") == budget.rows[0].cells[2:]


def test_markdown_escapes_pipes_and_bolds_totals(dumai):
    """Markdown: numbers right-aligned, subtotals and the total in bold, '|' escaped."""
    built = tables.official_tables(dumai, lang="id")
    text = tables.to_markdown(dumai, built)
    assert "|  | **Jumlah** | **45.195.966.217** | **41.007.152.300** |" in text
    cell = tables.Table("t", ("a|b",), (tables.Row(("x|y",)),))
    assert "| a\\|b |" in tables.to_markdown(dumai, (cell,))


def test_csv_and_xlsx(dumai):
    """CSV: a title line before each table; XLSX: one sheet per table, same cells."""
    built = tables.official_tables(dumai, lang="id")
    rows = list(csv.reader(io.StringIO(tables.to_csv(dumai, built))))
    assert ["Pengukuran Kinerja 2024"] == rows[0]
    assert ["", "Jumlah", "45.195.966.217", "41.007.152.300", "4.188.813.917", "90,73%"] in rows
    book = load_workbook(io.BytesIO(tables.to_xlsx(dumai, built)))
    assert 4 == len(book.worksheets)
    budget = book.worksheets[1]
    last = [c.value for c in list(budget.iter_rows())[-1]]
    assert [None, "Jumlah", "45.195.966.217", "41.007.152.300", "4.188.813.917", "90,73%"] == last


def test_csv_neutralises_injection(dumai):
    """A table cell starting like a formula is written with a ' before it."""
    table = tables.Table("t", ("h",), (tables.Row(("=cmd()",)),))
    assert "'=cmd()" in tables.to_csv(dumai, (table,))


def test_html_escapes(dumai):
    """HTML: every cell escaped; a total row is marked."""
    table = tables.Table("<t>", ("<h>",), (tables.Row(("<x>",), "total"),), ("<n>",))
    page = tables.to_html(dumai, (table,))
    for text in ("&lt;t&gt;", "&lt;h&gt;", "&lt;x&gt;", "&lt;n&gt;"):
        assert text in page
    assert '<tr class="total">' in page


def test_text_clips_long_names(dumai):
    """Plain text: a name over 60 characters is cut with an ellipsis; totals are there."""
    text = tables.to_text(dumai, tables.official_tables(dumai, lang="en"))
    assert "Total" in text
    assert "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" in text
    long = "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan"
    assert long not in text
    assert long[:59] + "…" in text
