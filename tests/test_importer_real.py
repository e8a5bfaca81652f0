"""Tests of the importer on the tables of other agencies' real reports (tests/data/import_real).

Each data file holds one table (its caption and rows) of a published LKjIP / Laporan Kinerja as a
stored web page gives its text, with the page's address in a header comment; a ``-tabs`` file
holds the same table with its cells re-separated by tabs by hand, as a Word table pasted as text
gives them (every cell text as printed, no figure changed). The expected figures below are read
by hand from the printed tables, never from the importer's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import report
from akip.importer import ImportResult, import_source, import_text
from akip.importer.recognise import role_of
from akip.importer.tables import from_text

DATA = Path(__file__).parent / "data" / "import_real"


def _import(name: str, year: int | None = None) -> tuple[ImportResult, report.Report]:
    result = import_source(DATA / name, year=year)
    return result, report.loads_toml(result.toml)


def _left_out(result: ImportResult) -> list[str]:
    return [str(entry) for entry in result.left_out]


def _text(figure: report.Figure | None) -> str | None:
    return None if figure is None else figure.text


# ---------------------------------------------------------------- Sumatera Utara 2021, Tabel 19
def test_capaian_realisasi_anggaran_percent_column_is_the_penyerapan() -> None:
    """Tabel 19 prints 'CAPAIAN REALISASI ANGGARAN (%)': the ratio, never the realisasi in Rp."""
    assert role_of("CAPAIAN REALISASI ANGGARAN (%)") == "penyerapan"
    assert role_of("REALISASI (Rp)") == "realisasi_anggaran"
    _, loaded = _import("sumut-setda-2021-tabs.txt")
    program = loaded.line("P1")
    assert program.name == "Program Pemerintahan Dan Otonomi Daerah"
    assert [(_text(r.penyerapan), _text(r.realisasi)) for r in program.rows] == [("88.6", None)]


def test_kegiatan_and_sub_kegiatan_named_by_their_level() -> None:
    """Tabel 19 prints no code: 'Kegiatan …', '1. Sub Kegiatan …', '1.Sub Kegiatan …' say it."""
    _, loaded = _import("sumut-setda-2021-tabs.txt")
    lines = {line.name: line for line in loaded.budget}
    # Hand-read from Tabel 19: (name, level, parent's name, anggaran, realisasi).
    expected = [
        ("Kegiatan Pelaksanaan Tugas Pemerintahan", "kegiatan",
         "Program Pemerintahan Dan Otonomi Daerah", None, None),
        ("Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum", "sub_kegiatan",
         "Kegiatan Pelaksanaan Tugas Pemerintahan", "749.930.215", "702.188.300"),
        ("Kegiatan Fasilitasi Kerjasama Daerah", "kegiatan",
         "Program Pemerintahan Dan Otonomi Daerah", None, None),
        ("Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah", "sub_kegiatan",
         "Kegiatan Fasilitasi Kerjasama Daerah", "216.194.000", "188.957.200"),
        ("Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta", "sub_kegiatan",
         "Kegiatan Fasilitasi Kerjasama Daerah", "378.896.500", "351.953.546"),
        ("Sub Kegiatan Evaluasi Pelaksanaan", "sub_kegiatan",
         "Kegiatan Fasilitasi Kerjasama Daerah", "398.379.650", "307.055.630"),
    ]  # fmt: skip
    by_id = {line.id: line for line in loaded.budget}
    actual = []
    for name, *_ in expected:
        line = lines[name]
        parent = by_id[line.parent].name if line.parent else None
        row = line.rows[0] if line.rows else None
        pagu = _text(row.pagu) if row else None
        realisasi = _text(row.realisasi) if row else None
        actual.append((name, line.level, parent, pagu, realisasi))
    assert expected == actual


def test_a_percent_printed_with_a_decimal_point_beside_rupiah_in_id_id_is_left_out() -> None:
    """'93.6' beside '749.930.215': a row has one number style; the 93.6 is left out, with why."""
    result, _ = _import("sumut-setda-2021-tabs.txt")
    printed = [text for text in _left_out(result) if "one number style" in text]
    assert [p.split("'")[-2] for p in printed] == ["93.6", "87.4", "92.9", "80.5"]
    assert all("printed in en_US in a row printed in id_ID" in p for p in printed)


def test_table_whose_cells_are_one_per_line_is_left_out_with_the_reason() -> None:
    """The stored page prints Tabel 19 one cell line per line: never read, always reported."""
    result, loaded = _import("sumut-setda-2021.txt")
    assert list(loaded.figures()) == []
    (entry,) = _left_out(result)
    assert entry.startswith("Tabel 19: left out table (")
    assert "separated by spaces only" in entry
    assert "a person must separate its cells with tabs or transcribe it" in entry


# ---------------------------------------------------------------- Gunung Kaler 2020, Tabel 3.5
def test_gunung_kaler_indicator_rows_for_two_years() -> None:
    """Tabel 3.5 prints target, realisasi and capaian for 2019 and 2020 side by side."""
    _, loaded = _import("gunung-kaler-2020-tabs.txt", year=2020)
    expected = {
        ("Hasil Indeks Kepuasan Masyarakat", 2019): ("82,5", "88,94", "107,81"),
        ("Hasil Indeks Kepuasan Masyarakat", 2020): ("84,75", "88,95", "104,96"),
        ("Prosentase desa/kelurahan dengan kategori minimal Berkembang", 2019): (
            "65", "66,67", "102,57"),
        ("Prosentase desa/kelurahan dengan kategori minimal Berkembang", 2020): (
            "70", "66,7", "95,24"),
        ("Persentase desa dengan laporan pertanggungjawaban baik", 2019): (
            "44,44", "44,44", "100,00"),
        ("Persentase desa dengan laporan pertanggungjawaban baik", 2020): (
            "55,56", "55,56", "100,00"),
    }  # fmt: skip
    actual = {
        (indicator.name, row.year): (_text(row.target), _text(row.realisasi), _text(row.capaian))
        for indicator in loaded.indicators
        for row in indicator.rows
    }
    assert expected == actual
    assert [i.unit for i in loaded.indicators] == ["Nilai", "Persen", "Persen"]


def test_summary_rows_printed_in_the_no_column_are_the_sasaran_rows() -> None:
    """'Jumlah Capaian Realisasi Kinerja' spans the No and indicator columns: not dropped."""
    result, loaded = _import("gunung-kaler-2020-tabs.txt", year=2020)
    (sasaran,) = loaded.sasaran
    rows = {(row.row, row.year): (_text(row.jumlah), _text(row.capaian)) for row in sasaran.rows}
    assert rows == {
        ("Jumlah Capaian Realisasi Kinerja", 2019): ("310,38", None),
        ("Jumlah Capaian Realisasi Kinerja", 2020): ("300,20", None),
        ("Rata-Rata Capaian Realisasi Kinerja", 2019): (None, "103,46"),
        ("Rata-Rata Capaian Realisasi Kinerja", 2020): (None, "100,07"),
    }
    assert {i.sasaran for i in loaded.indicators} == {sasaran.id}
    assert _left_out(result) == []


def test_gunung_kaler_as_the_page_gives_it_is_left_out_with_the_reason() -> None:
    """Tabel 3.5 with its cells separated by spaces only: one entry saying so, no figure."""
    result, loaded = _import("gunung-kaler-2020.txt")
    assert list(loaded.figures()) == []
    (entry,) = _left_out(result)
    assert entry.startswith("Tabel 3.5: left out table (")
    assert "which figure is in which column is not printed" in entry


# ---------------------------------------------------------------- Puslatbang KMP LAN 2021
def test_caption_with_its_title_on_the_same_line() -> None:
    """'Tabel.3.67 Capaian Nilai Evaluasi Kinerja Anggaran' is the table's caption and title."""
    result, loaded = _import("puslatbang-kmp-lan-2021-tabs.txt", year=2021)
    (place,) = loaded.places
    assert (place.id, place.title, place.locale) == (
        "Tabel 3.67",
        "Capaian Nilai Evaluasi Kinerja Anggaran",
        "en_US",
    )
    (indicator,) = loaded.indicators
    (row,) = indicator.rows
    assert indicator.name == "Nilai Evaluasi Kinerja Anggaran"
    assert (_text(row.target), _text(row.realisasi), _text(row.capaian)) == (
        "89",
        "87.93",
        "98.80%",
    )
    assert _left_out(result) == []


def test_caption_and_title_on_one_line_with_spaces_only_is_read() -> None:
    """The page's own text of Tabel 3.67 (spaces only) is read by akip.importer.spaced."""
    result, loaded = _import("puslatbang-kmp-lan-2021.txt")
    assert [e.place for e in result.left_out] == []
    assert [p.id for p in loaded.places] == ["Tabel 3.67"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Tabel 14. Realisasi Anggaran Per Sasaran Strategis", "Tabel 14"),
        ("Tabel 3.1 Pencapaian Kinerja", "Tabel 3.1"),
        ("Tabel.3.67 Capaian Nilai Evaluasi Kinerja Anggaran", "Tabel 3.67"),
        ("Tabel 3.2 berikut menyajikan capaian kinerja:", None),
        ("Tabel 3.1 menunjukkan bahwa capaian meningkat", None),
        ("Tabel 3.1 Pengukuran Kinerja .......... 23", None),
        # A LKPJ numbers its tables by chapter, Roman part and section (Satpol PP example).
        ("Tabel 4.II.16.2", "Tabel 4.II.16.2"),
        ("Tabel 4.II.16.2 Capaian Indikator Kinerja Urusan Ketentraman", "Tabel 4.II.16.2"),
        ("Tabel 3.1.Civil", "Tabel 3.1"),
    ],
)
def test_which_lines_are_captions(line: str, place: str | None) -> None:
    """A caption line may carry its title; a sentence or a Daftar Tabel line is no caption."""
    (table,) = from_text(f"{line}\n\nIndikator\tTarget\nPersentase A\t90%\n")
    assert table.place == place


# ---------------------------------------------------------------- Sampang 2019, Tabel 3.1
def test_n_a_is_no_value() -> None:
    """Tabel 3.1 prints 'n/a' as realisasi and capaian: no value, left out with that reason."""
    result, loaded = _import("sampang-inspektorat-2019-tabs.txt", year=2019)
    (indicator,) = loaded.indicators
    assert indicator.name == "Persentase penurunan temuan keuangan yang bersifat materil"
    (row,) = indicator.rows
    assert (_text(row.target), row.realisasi, row.capaian) == ("55%", None, None)
    assert _left_out(result) == [
        f"Tabel 3.1: left out indicator {indicator.name!r}, column {column!r}: "
        "printed 'n/a': no value (not zero)"
        for column in ("Realisasi", "Capaian")
    ]


@pytest.mark.parametrize("printed", ["n/a", "N/A", "NA", "n.a."])
def test_not_available_in_a_money_column_is_no_value_either(printed: str) -> None:
    """A money column's '-' is zero, but its 'n/a' is no value: never a guessed zero."""
    result = import_text(
        "Tabel 2\nAnggaran Badan Contoh Kota Contoh Tahun 2024\n\n"
        f"No.\tProgram\tAnggaran\tRealisasi\n1.\tProgram A\t1.000.000\t{printed}\n",
    )
    loaded = report.loads_toml(result.toml)
    (row,) = loaded.line("P1").rows
    assert (_text(row.pagu), row.realisasi) == ("1.000.000", None)
    assert f"printed {printed!r}: no value (not zero)" in str(result.left_out[-1])


def test_sampang_as_the_page_gives_it_is_reported() -> None:
    """The page's Tabel 3.1 (spaces only, caption and title on one line) is one left-out entry."""
    result, _ = _import("sampang-inspektorat-2019.txt")
    assert [e.place for e in result.left_out] == ["Tabel 3.1"]


# ---------------------------------------------------------------- sources with no table
@pytest.mark.parametrize("name", ["polewali-mandar-2022.txt", "labuhanbatu-utara-2020.txt"])
def test_a_source_with_no_readable_table_says_so(name: str) -> None:
    """Polewali Mandar 2022 and Labuhanbatu Utara 2020 print spaced tables without a caption."""
    result, loaded = _import(name)
    assert list(loaded.figures()) == []
    (entry,) = result.left_out
    assert (entry.place, entry.what) == ("(no table)", "the whole source")
    assert "separated by spaces only" in entry.reason


def test_a_caption_followed_by_prose_without_figures_is_no_table() -> None:
    """A caption whose table is missing but under which no figure is printed gives no entry."""
    result = import_text("Tabel 3.1\nTarget dan Realisasi Kinerja\n\nSumber: Data Kecamatan\n")
    assert [e.place for e in result.left_out] == ["(no table)"]


_WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1
).filter(
    # a caption of its own, or a figure-column label akip.importer.spaced reads a header by
    lambda word: word.lower() not in {"tabel", "table", "target", "realisasi", "capaian"}
)
_NUMBER = st.from_regex(r"\d{1,3}(?:[.,]\d{1,3})?%?", fullmatch=True)


@given(
    st.integers(1, 40),
    st.lists(st.lists(st.one_of(_WORD, _NUMBER), min_size=1, max_size=8), min_size=1),
)
def test_a_spaced_table_is_never_read_and_never_dropped_in_silence(
    number: int, lines: list[list[str]]
) -> None:
    """Cells separated by spaces under a caption: no figure drafted, the table reported."""
    body = "\n".join(" ".join(cells) for cells in lines)
    result = import_text(f"Tabel {number}\nCapaian Kinerja\n{body}\n")
    assert list(report.loads_toml(result.toml).figures()) == []
    printed = sum(1 for cells in lines for cell in cells if cell[0].isdigit())
    expected = [f"Tabel {number}"] if printed >= 2 else ["(no table)"]
    assert expected == [e.place for e in result.left_out]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_every_draft_loads(name: str) -> None:
    """Every real table's draft is a valid report file (``akip check`` reads it)."""
    result, loaded = _import(name, year=2021)
    assert loaded.year == 2021
    assert result.summary().startswith("imported ")


# ---------------------------------------------------------------- Satpol PP LKPJ, Tabel 4.II.16.2
def test_a_roman_part_in_the_caption_and_a_kesimpulan_column() -> None:
    """Tabel 4.II.16.2 names its place whole; its 'Kesimpulan' column is the predikat.

    Before, the caption read as 'Tabel 4' titled 'II.16.2', and the Kesimpulan labels were
    dropped without a note.
    """
    result, loaded = _import("satpolpp-lkpj-2019-tabs.txt", year=2019)
    assert [p.id for p in loaded.places] == ["Tabel 4.II.16.2"]
    # Hand-read from the table: (row, target, realisasi, capaian, Kesimpulan).
    assert [
        (
            row.row,
            _text(row.target),
            _text(row.realisasi),
            _text(row.capaian),
            None if row.predikat is None else row.predikat.text,
        )
        for indicator in loaded.indicators
        for row in indicator.rows
    ] == [
        ("1.", "46", "49,81", "94,35", "Berhasil"),
        ("2.", "2,95", "6,72", "229,38", "Berhasil"),
        ("3.", "5,85", "5,07", "87,35", "Cukup Berhasil"),
        ("4.", "100", "100", "100", "Berhasil"),
        ("5.", "20", "20", "100", "Berhasil"),
    ]
    assert _left_out(result) == []
