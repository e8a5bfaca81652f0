"""Tests of the importer's sources: XLSX template and round trip, CSV, markdown, PDF."""

from __future__ import annotations

import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from akip import report
from akip.exceptions import ReportError, SourceError
from akip.importer import import_source, import_text, tables, template

EXAMPLES = Path(__file__).parent.parent / "examples"
SEED = EXAMPLES / "dumai-2024.txt"
HAND = EXAMPLES / "dumai-2024.toml"


def _figures(loaded: report.Report) -> list[tuple[str, str, int, str, str]]:
    return sorted(
        (f.where.place, f.where.row or "", f.where.year or 0, f.where.column, f.text)
        for f in loaded.figures()
    )


# ---------------------------------------------------------------- XLSX template
def test_template_has_the_documented_sheets_and_columns(tmp_path: Path) -> None:
    """`write_template` writes every sheet with its column names in row 1, and no rows."""
    path = tmp_path / "lkjip.xlsx"
    template.write_template(path)
    book = openpyxl.load_workbook(path)
    assert list(template.COLUMNS) == book.sheetnames
    budget = book["budget"]
    assert ["id", "name", "level", "code", "parent", "source"] == [c.value for c in budget[1]]
    assert 1 == budget.max_row


def test_blank_template_reads_back_as_a_loadable_file(tmp_path: Path) -> None:
    """A blank workbook imports to a file that loads, asking for agency and year."""
    path = tmp_path / "lkjip.xlsx"
    template.write_template(path)
    result = import_source(path)
    assert "# DECIDE: the sheet 'report' gives no agency" in result.toml
    loaded = report.loads_toml(result.toml)
    assert ((), ()) == (loaded.indicators, loaded.budget)


def test_dumai_round_trip_through_the_workbook(tmp_path: Path) -> None:
    """The Dumai example written into the template's columns imports to the same report.

    Not only the figures: every id, level, parent, date, note and statement comes back.
    """
    with HAND.open("rb") as handle:
        data = tomllib.load(handle)
    path = tmp_path / "dumai.xlsx"
    template.write_report(data, path)
    back = report.loads_toml(import_source(path).toml)
    hand = report.load(HAND)
    assert _figures(hand) == _figures(back)
    assert hand == back


@pytest.mark.parametrize("text", ["=1+1", "+62 811", "-", "- .00", "@SUM(A1)", "\tx", "\rx"])
def test_formula_injection_is_written_as_text(tmp_path: Path, text: str) -> None:
    """A text starting with = + - @ tab or CR is stored as a text cell, quote-prefixed."""
    path = tmp_path / "x.xlsx"
    data = {
        "report": {"agency": "A", "year": 2024},
        "places": [{"id": "Tabel 1"}],
        "budget": [{"id": "OPD", "level": "opd", "name": text}],
    }
    template.write_report(data, path)
    cell = openpyxl.load_workbook(path)["budget"]["B2"]
    # XML keeps a carriage return as a line feed: the text stays text either way.
    stored = text.replace("\r", "\n")
    assert ("s", stored, True) == (cell.data_type, cell.value, cell.quotePrefix)
    back = report.loads_toml(import_source(path).toml)
    assert stored == back.budget[0].name


def test_plain_text_is_not_quote_prefixed(tmp_path: Path) -> None:
    """An ordinary figure is a text cell without the quote prefix."""
    path = tmp_path / "x.xlsx"
    data = {"report": {"agency": "A", "year": 2024}, "places": [{"id": "T"}]}
    template.write_report(data, path)
    cell = openpyxl.load_workbook(path)["places"]["A2"]
    assert ("s", "T", False) == (cell.data_type, cell.value, cell.quotePrefix)


def test_write_report_refuses_a_key_without_column(tmp_path: Path) -> None:
    """A key the workbook has no column for is refused, not silently lost."""
    data = {"report": {"agency": "A", "year": 2024}, "places": [{"id": "T", "colour": "red"}]}
    with pytest.raises(SourceError, match="sheet 'places': no column for colour"):
        template.write_report(data, tmp_path / "x.xlsx")


def test_workbook_with_an_unknown_column_is_refused(tmp_path: Path) -> None:
    """A template sheet with a column it does not know names the sheet and the column."""
    path = tmp_path / "x.xlsx"
    template.write_template(path)
    book = openpyxl.load_workbook(path)
    book["places"]["D1"] = "colour"
    book.save(path)
    with pytest.raises(SourceError, match="sheet 'places', row 1: unknown column 'colour'"):
        import_source(path)


def test_workbook_rows_of_an_unknown_indicator_are_reported(tmp_path: Path) -> None:
    """Rows naming an indicator id no sheet declares are left out, with the reason."""
    path = tmp_path / "x.xlsx"
    data = {
        "report": {"agency": "A", "year": "2024"},
        "places": [{"id": "T"}],
        "indicators": [],
    }
    template.write_report(data, path)
    book = openpyxl.load_workbook(path)
    sheet = book["indicator_rows"]
    sheet["A2"], sheet["B2"], sheet["H2"] = "IKU9", "T", "90%"
    book.save(path)
    result = import_source(path)
    assert ["indicator: left out rows of 'IKU9': no indicator with this id"] == [
        str(e) for e in result.left_out
    ]


def test_workbook_year_must_be_whole(tmp_path: Path) -> None:
    """A year that is not a whole number names the sheet and the row."""
    path = tmp_path / "x.xlsx"
    template.write_template(path)
    book = openpyxl.load_workbook(path)
    book["report"]["A2"], book["report"]["B2"] = "year", "dua ribu"
    book.save(path)
    with pytest.raises(SourceError, match="year must be a whole number"):
        import_source(path)


def test_ordinary_workbook_is_read_as_tables(tmp_path: Path) -> None:
    """A workbook not in the template's layout is read sheet by sheet, merged cells filled.

    The IKU cell is merged over two program rows, as agencies lay out Tabel III.9; both
    programs are linked to it. Numbers typed as numbers are read in plain digits.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tabel III.9"
    sheet.append(["No.", "Indikator Kinerja", "Program", "Anggaran", "Realisasi Anggaran"])
    sheet.append(["1.", "Persentase A", "Program Satu", "1.000.000", "900.000"])
    sheet.append([None, None, "Program Dua", 2000000, "1.000.000"])
    sheet.merge_cells("B2:B3")
    path = tmp_path / "realisasi.xlsx"
    book.save(path)
    result = import_source(path, year=2024, agency="Badan A")
    loaded = report.loads_toml(result.toml)
    assert ("P1", "P2") == loaded.indicators[0].programs
    assert "2000000" == loaded.line("P2").rows[0].pagu.text  # type: ignore[union-attr]


def test_unreadable_workbook_is_a_source_error(tmp_path: Path) -> None:
    """A file named .xlsx that is not a workbook gives a SourceError naming it."""
    path = tmp_path / "x.xlsx"
    path.write_text("not a zip")
    with pytest.raises(SourceError, match=r"x\.xlsx: not a readable XLSX workbook"):
        import_source(path)


# ---------------------------------------------------------------- CSV, text
def test_csv_table_is_named_by_its_file(tmp_path: Path) -> None:
    """A CSV file is one table whose place is the file name; the style is per column."""
    path = tmp_path / "Tabel III.11.csv"
    path.write_text(
        "Uraian Program/Kegiatan,Alokasi Anggaran (Rp),Realisasi (Rp),%\n"
        'PROGRAM PENUNJANG,"4,700,384,252.00","4,153,740,542.00",88.37%\n',
        encoding="utf-8",
    )
    loaded = report.loads_toml(import_source(path, year=2024, agency="Badan A").toml)
    row = loaded.line("P1").rows[0]
    assert "Tabel III.11" == row.place
    assert ("4,700,384,252.00", "88.37%") == (row.pagu.text, row.penyerapan.text)  # type: ignore[union-attr]
    assert "en_US" == loaded.places[0].locale


def test_semicolon_csv_is_sniffed() -> None:
    """A semicolon-separated CSV (the Indonesian Excel default) is read."""
    raw = tables.from_csv("Program;Pagu\nProgram A;1.000.000\n", "t.csv")[0]
    assert [["Program", "Pagu"], ["Program A", "1.000.000"]] == [tables.texts(r) for r in raw.rows]


def test_markdown_pipe_table_after_a_caption() -> None:
    """A pipe table (markdown) under a caption imports like a tab-separated one."""
    text = (
        "**Tabel 4**\n\nCapaian Kinerja Tahun 2024 Badan A Kota B\n\n"
        "| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
        "|----|----|----|----|----|\n"
        "| 1. | Persentase A | 90% | 94% | 104% |\n"
    )
    loaded = report.loads_toml(import_text(text).toml)
    row = loaded.indicators[0].rows[0]
    assert ("Tabel 4", "1.", "104%") == (row.place, row.row, row.capaian.text)  # type: ignore[union-attr]
    assert (2024, "Badan A Kota B") == (loaded.year, loaded.agency)


def test_missing_source_exits_with_a_source_error(tmp_path: Path) -> None:
    """A source that does not exist is a SourceError naming it."""
    with pytest.raises(SourceError, match="cannot read"):
        import_source(tmp_path / "none.txt")


def test_non_utf8_text_is_refused(tmp_path: Path) -> None:
    """A text source in another encoding is refused with the byte position, not garbled."""
    path = tmp_path / "x.txt"
    path.write_bytes(b"Tabel 1\n\xff\xfe")
    with pytest.raises(SourceError, match=r"not UTF-8 text \(byte 8\)"):
        import_source(path)


def test_oversized_source_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source above the size limit is refused before it is read."""
    path = tmp_path / "x.txt"
    path.write_text("0123456789")
    monkeypatch.setattr(tables, "MAX_BYTES", 5)
    with pytest.raises(SourceError, match="10 bytes, more than the 5"):
        import_source(path)


# ---------------------------------------------------------------- PDF
def _seed_pdf(path: Path) -> None:
    """Draw the seed's captioned tables into a PDF with reportlab (bold kept as bold)."""
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.lib.pagesizes import A4, landscape  # noqa: PLC0415
    from reportlab.lib.styles import getSampleStyleSheet  # noqa: PLC0415
    from reportlab.platypus import (  # noqa: PLC0415
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("cell", fontSize=6, leading=7)
    story: list[object] = []
    width = landscape(A4)[0] - 72
    for raw in tables.read(SEED):
        # The PDF reader takes places from "Tabel N" captions only, not from lampiran headings.
        if raw.place is None or raw.derived:
            continue
        story.append(Paragraph(raw.place, styles["Heading4"]))
        if raw.title:
            story.append(Paragraph(escape(raw.title), styles["BodyText"]))
        n = len(raw.rows[0])
        data = [
            [
                Paragraph(f"<b>{escape(c.text)}</b>" if c.bold else escape(c.text), small)
                for c in row
            ]
            for row in raw.rows
        ]
        drawn = Table(data, colWidths=[width / n] * n)
        drawn.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.extend([drawn, Spacer(1, 12)])
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)


def test_pdf_of_the_seed_tables_imports_to_the_same_figures(tmp_path: Path) -> None:
    """A PDF drawn by reportlab from the seed's tables gives the figures of the text.

    Its tables break across pages (Tabel III.11 spans four): the pieces are joined, and the
    bold lines of Tabel III.11 are read from the font.
    """
    path = tmp_path / "seed.pdf"
    _seed_pdf(path)
    from_pdf = report.loads_toml(import_source(path).toml)
    from_text = report.loads_toml(import_source(SEED).toml)
    captioned = [f for f in _figures(from_text) if f[0].startswith("Tabel ")]
    # The hand file's "Tabel …" places hold 309 figures (tests/test_importer.py pairs them).
    assert 309 == len(captioned)
    assert captioned == _figures(from_pdf)

    def tree(loaded: report.Report) -> list[tuple[str, str, str | None]]:
        return [
            (b.id, b.level, b.parent)
            for b in loaded.budget
            if any(row.place.startswith("Tabel ") for row in b.rows)
        ]

    assert tree(from_text) == tree(from_pdf)


def test_broken_pdf_is_a_source_error(tmp_path: Path) -> None:
    """A file named .pdf that is not a PDF gives a SourceError naming it."""
    path = tmp_path / "x.pdf"
    path.write_text("%PDF-1.4 broken")
    with pytest.raises(SourceError, match=r"x\.pdf: not a readable PDF"):
        import_source(path)


def test_single_column_csv_is_read() -> None:
    """A CSV the sniffer cannot read (one column) is read as the Excel dialect."""
    raw = tables.from_csv("Uraian\nProgram A\n", "x.csv")[0]
    assert [["Uraian"], ["Program A"]] == [tables.texts(r) for r in raw.rows]


def test_workbook_numbers_and_dates_are_read_as_text(tmp_path: Path) -> None:
    """A number stored as a number is plain digits; a date is YYYY-MM-DD."""
    import datetime as dt  # noqa: PLC0415

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([2000000.0, 70.48, dt.datetime(2024, 9, 23), dt.datetime(2024, 9, 23, 8, 30)])  # noqa: DTZ001 - a workbook stores naive datetimes
    sheet.append([None, None, None, None])
    path = tmp_path / "x.xlsx"
    book.save(path)
    raw = tables.read(path)[0]
    assert [["2000000", "70.48", "2024-09-23", "2024-09-23T08:30:00"]] == [
        tables.texts(r) for r in raw.rows
    ]


def test_workbook_with_template_sheet_names_but_other_columns_is_a_table(
    tmp_path: Path,
) -> None:
    """Sheets named like the template's but with other columns are read as tables."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "indicators"
    sheet.append(["No", "Indikator", "Target"])
    book.create_sheet("budget").append(["No", "Program", "Pagu"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    assert not template.is_template(tables.read(path))


def test_template_date_not_iso_is_kept_as_text_and_refused_on_load(tmp_path: Path) -> None:
    """A date typed '23 September 2024' is not guessed: the file refuses it on load."""
    path = tmp_path / "x.xlsx"
    data = {
        "report": {"agency": "A", "year": 2024},
        "places": [{"id": "T"}],
        "budget": [
            {
                "id": "OPD",
                "level": "opd",
                "name": "A",
                "pagu": [{"place": "T", "version": "murni", "value": "1", "date": "23 Sep"}],
            }
        ],
    }
    template.write_report(data, path)
    with pytest.raises(ReportError, match="date"):
        report.loads_toml(import_source(path).toml)


def test_write_report_refuses_what_has_no_sheet(tmp_path: Path) -> None:
    """Evaluation worksheets (no sheet) and unknown report keys are refused, not lost."""
    data = {"report": {"agency": "A", "year": 2024, "motto": "x"}, "evaluasi": []}
    with pytest.raises(SourceError, match=r"no sheet or row for evaluasi, report\.motto"):
        template.write_report(data, tmp_path / "x.xlsx")
