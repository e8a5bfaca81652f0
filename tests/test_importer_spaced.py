"""Tests of `akip.importer.spaced`: tables whose cells a text separates by single spaces.

The real texts are those of ``tests/data/import_real`` (a stored page's text of a published
table, its address in the file's header comment); the expected figures are read by hand from
the printed table (the ``-tabs`` file holds the same table re-separated by tabs by hand), never
from the importer's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import report
from akip.exceptions import SourceError
from akip.importer import import_source, import_text
from akip.importer.spaced import read
from akip.importer.tables import from_text, texts

DATA = Path(__file__).parent / "data" / "import_real"


def _text_of(name: str) -> str:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines if not line.startswith("#"))


def _only_table(name: str) -> tuple[str | None, list[list[str]], str | None]:
    (table,) = from_text(_text_of(name), name)
    return table.place, [texts(row) for row in table.rows], table.reason


def _figures(loaded: report.Report) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            indicator.name,
            row.target.text if row.target else None,
            row.realisasi.text if row.realisasi else None,
            row.capaian.text if row.capaian else None,
        )
        for indicator in loaded.indicators
        for row in indicator.rows
    ]


# ---------------------------------------------------------------- the real texts
def test_puslatbang_spaced_table_reads_as_its_tab_separated_transcription() -> None:
    """Tabel 3.67 as the flipbook's text gives it: 89, 87.93 and 98.80% in their columns."""
    result = import_source(DATA / "puslatbang-kmp-lan-2021.txt", year=2021)
    loaded = report.loads_toml(result.toml)
    # Hand-read from the printed Tabel 3.67: target 89, realisasi 87.93, capaian 98.80%.
    expected = [("Nilai Evaluasi Kinerja Anggaran", "89", "87.93", "98.80%")]
    assert expected == _figures(loaded)
    assert [e.place for e in result.left_out] == []
    (place,) = loaded.places
    assert (place.id, place.title) == ("Tabel 3.67", "Capaian Nilai Evaluasi Kinerja Anggaran")
    tabs = report.loads_toml(import_source(DATA / "puslatbang-kmp-lan-2021-tabs.txt").toml)
    assert _figures(tabs) == _figures(loaded)


def test_puslatbang_cells_are_those_of_the_tabs_file() -> None:
    """The spaced reading gives, cell by cell, the rows of the tab-separated transcription."""
    place, rows, reason = _only_table("puslatbang-kmp-lan-2021.txt")
    expected = [
        ["Indikator Kinerja", "Target", "Realisasi", "Capaian"],
        ["Nilai Evaluasi Kinerja Anggaran", "89", "87.93", "98.80%"],
    ]
    assert (place, expected, None) == (place, rows, reason)
    (table,) = from_text(_text_of("puslatbang-kmp-lan-2021.txt"))
    assert table.unread == 0  # every figure read
    # By hand: "Sasaran 1", 6 header years, 3 × (code + 6 figures), 4 summary figures.
    assert from_text(_text_of("gunung-kaler-2020.txt"))[0].unread == 32
    assert _only_table("puslatbang-kmp-lan-2021-tabs.txt")[1] == expected


def test_gunung_kaler_summary_rows_leave_the_whole_table_out() -> None:
    """Tabel 3.5's 'Jumlah …' row prints 2 of 6 figures: not one figure of the table is read."""
    place, rows, reason = _only_table("gunung-kaler-2020.txt")
    assert (place, rows) == ("Tabel 3.5", [])
    assert reason is not None
    assert reason.startswith("row 'Jumlah Capaian Realisasi Kinerja 310,38 300,20 Rata-Rata")
    assert reason.endswith("ends in 2 figure(s), not the header's 6")
    result = import_source(DATA / "gunung-kaler-2020.txt")
    assert list(report.loads_toml(result.toml).figures()) == []
    assert [e.place for e in result.left_out] == ["Tabel 3.5"]
    # The draft's note gives the spaced reader's reason after its own.
    assert str(result.left_out[0]).endswith(f" (the spaced reader: {reason})")


def test_gunung_kaler_indicator_rows_alone_read_as_printed() -> None:
    """Without its summary line, Tabel 3.5 reads: year labels, names over lines, units."""
    text = _text_of("gunung-kaler-2020.txt")
    text = "\n".join(line for line in text.split("\n") if not line.startswith("Jumlah"))
    (table,) = from_text(text)
    # Hand-read from the printed Tabel 3.5 (gunung-kaler-2020-tabs.txt holds the same cells).
    expected = [
        ["No.", "Indikator Kinerja", "Satuan", "Target 2019", "Target 2020", "Realisasi 2019",
         "Realisasi 2020", "Capaian 2019(%)", "Capaian 2020(%)"],
        ["01.01", "Hasil Indeks Kepuasan Masyarakat", "Nilai",
         "82,5", "84,75", "88,94", "88,95", "107,81", "104,96"],
        ["01.02", "Prosentase desa/kelurahan dengan kategori minimal Berkembang", "Persen",
         "65", "70", "66,67", "66,7", "102,57", "95,24"],
        ["01.03", "Persentase desa dengan laporan pertanggungjawaban baik", "Persen",
         "44,44", "55,56", "44,44", "55,56", "100,00", "100,00"],
    ]  # fmt: skip
    assert expected == [texts(row) for row in table.rows]
    assert table.title == "Analisis Pencapaian Sasaran 1"


def test_sampang_n_a_and_its_sasaran_row_leave_the_table_out() -> None:
    """Tabel 3.1 prints a sasaran row on its header's line, then 'n/a' cells: nothing read."""
    place, rows, reason = _only_table("sampang-inspektorat-2019.txt")
    assert (place, rows) == ("Tabel 3.1", [])
    assert reason == (
        "its header 'N0 Indikator Kinerja Utama Satuan Target Realisasi Capaian' is followed "
        "on its line by 'Sasaran', not by a row's No"
    )
    result = import_source(DATA / "sampang-inspektorat-2019.txt")
    assert [e.place for e in result.left_out] == ["Tabel 3.1"]
    assert list(report.loads_toml(result.toml).figures()) == []


def test_sampang_row_alone_stops_at_its_n_a() -> None:
    """Without the sasaran row, the indicator row's 'n/a' cells still leave the table out."""
    text = _text_of("sampang-inspektorat-2019.txt").replace(
        " Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah",
        "",
    )
    (table,) = from_text(text)
    assert table.rows == ()
    assert table.reason == (
        "row '1 Persentase penurunan temuan keuangan yang bersifat materil % 55% n/a n/a' "
        "ends in 0 figure(s), not the header's 3"
    )


def test_sumut_one_cell_line_per_line_is_left_out_for_its_header() -> None:
    """Tabel 19's header prints 'ANGGARAN (Rp)': no label of the vocabulary; nothing read."""
    place, rows, reason = _only_table("sumut-setda-2021.txt")
    assert (place, rows) == ("Tabel 19", [])
    assert reason == (
        "its header 'NO INDIKATOR KINERJA PROGRAM/ KINERJA ANGGARAN (Rp) REALISASI' "
        "does not split into one label per figure column"
    )


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (
            "polewali-mandar-2022.txt",
            (
                "its header 'Pejabat Sasaran Kegiatan / Sub-Kegiatan Indikator Satuan Target "
                "Realisasi Target' does not split into one label per figure column"
            ),
        ),
        (
            "labuhanbatu-utara-2020.txt",
            "its header 'a.1 Capaian' names no indicator or uraian column",
        ),
    ],
)
def test_uncaptioned_real_tables_would_be_left_out_under_a_caption(name: str, reason: str) -> None:
    """Polewali Mandar's monthly columns and Labuhanbatu Utara's interleaved header never fit."""
    (table,) = from_text("Tabel 1\n\n" + _text_of(name))
    assert (table.rows, table.reason) == ((), reason)


# ---------------------------------------------------------------- what does not fit
@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (
            "1 Persentase A 90 -",
            "row '1 Persentase A 90 -' ends in 0 figure(s), not the header's 2",
        ),
        (
            "1 Persentase A - 90",
            "row '1 Persentase A - 90' ends in 1 figure(s), not the header's 2",
        ),
        (
            "1 Persentase A - 90 80",
            "row '1 Persentase A - 90 80' prints '-' (an empty cell) before its figures",
        ),
        (
            "1 Persentase A n/a 90 80",
            "row '1 Persentase A n/a 90 80' prints 'n/a' (an empty cell) before its figures",
        ),
        ("1 Persentase A 90", "row '1 Persentase A 90' ends in 1 figure(s), not the header's 2"),
        (
            "1 Persentase A 357 .189,1",
            "row '1 Persentase A 357 .189,1' ends in 0 figure(s), not the header's 2",
        ),
        (
            "1 Persentase A 357.189, 1",
            "row '1 Persentase A 357.189, 1' ends in 1 figure(s), not the header's 2",
        ),
        (
            "1 Persentase A 90 80 70",
            "row '1 Persentase A 90 80 70' ends in 3 figure(s), not the header's 2",
        ),
        ("Persentase A 90 80", "row 'Persentase A 90 80' has no No"),
        ("1 90 80", "row '1 90 80' ends in 3 figure(s), not the header's 2"),
        ("1. 90 80", "row '1. 90 80' prints no name"),
    ],
)
def test_a_row_that_does_not_fit_leaves_the_table_out(row: str, reason: str) -> None:
    """An empty cell, a split number, a missing No: the table is read not at all, with why."""
    (table,) = from_text(
        f"Tabel 1\n\nNo Indikator Target Realisasi\n1 Persentase B 95 90\n{row}\n"
    )
    assert (table.rows, table.reason) == ((), reason)
    result = import_text(
        f"Tabel 1\n\nNo Indikator Target Realisasi\n{row}\n1 Persentase B 95 90\n"
    )
    assert list(report.loads_toml(result.toml).figures()) == []
    assert [e.place for e in result.left_out] == ["Tabel 1"]


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (
            "Indikator Target Target",
            "its header 'Indikator Target Target' does not split into one label per figure column",
        ),
        (
            "Indikator Target Realisasi 2019 2020 2021",
            (
                "its header 'Indikator Target Realisasi 2019 2020 2021' does not split into "
                "one label per figure column"
            ),
        ),
        ("Target Realisasi", "its header 'Target Realisasi' names no indicator or uraian column"),
        (
            "Pejabat Target Realisasi",
            "its header 'Pejabat Target Realisasi' names no indicator or uraian column",
        ),
        (
            "Indikator Pagu Realisasi",
            (
                "its header 'Indikator Pagu Realisasi' prints 'Pagu' before its figure columns: a "
                "column this reader does not read"
            ),
        ),
        (
            "Indikator Anggaran Sisa",
            "no header naming its figure columns (Target, Realisasi, Capaian) is printed",
        ),
    ],
)
def test_a_header_that_does_not_split_leaves_the_table_out(header: str, reason: str) -> None:
    """A repeated label, a year too many, no name column, an unknown word: nothing read."""
    (table,) = from_text(f"Tabel 1\n\n{header}\nPersentase A 90 80\n")
    assert (table.rows, table.reason) == ((), reason)


def test_a_spanning_header_with_its_years_repeated() -> None:
    """'Target Realisasi' over '2019 2020 2019 2020': four columns, each word over each year."""
    (table,) = from_text(
        "Tabel 2\nCapaian\n\nNo Indikator Kinerja Satuan Target Realisasi\n2019 2020 2019 2020\n"
        "1. Persentase desa\nmandiri % 40 45 41 46,5\n2. Indeks kepuasan Nilai 80 81 82,1 83\n"
        "\nSumber: Data Kecamatan 2020\n"
    )
    expected = [
        ["No", "Indikator Kinerja", "Satuan", "Target 2019", "Target 2020", "Realisasi 2019",
         "Realisasi 2020"],
        ["1.", "Persentase desa mandiri", "%", "40", "45", "41", "46,5"],
        ["2.", "Indeks kepuasan", "Nilai", "80", "81", "82,1", "83"],
    ]  # fmt: skip
    assert expected == [texts(row) for row in table.rows]


def test_a_year_line_printed_once_under_several_words_is_ambiguous() -> None:
    """'Target Realisasi' over '2019 2020' only: which year is whose is not printed."""
    (table,) = from_text("Tabel 2\n\nIndikator Target Realisasi\n2019 2020\nA 1 2 3 4\n")
    assert table.rows == ()
    assert table.reason == (
        "its header 'Indikator Target Realisasi 2019 2020' does not split into one label per "
        "figure column"
    )


def test_a_header_line_continued_by_a_word_is_left_out() -> None:
    """'Capaian Kinerja (%)': the header's line goes on with a word no label spells."""
    (table,) = from_text(
        "Tabel 2\n\nIndikator Target Realisasi Capaian Kinerja (%)\nPersentase A 9 8 88,9\n"
    )
    assert table.reason == (
        "its header 'Indikator Target Realisasi Capaian' is followed on its line by 'Kinerja', "
        "not by a row's No"
    )


def test_a_percent_sign_printed_apart_joins_two_rows_and_is_left_out() -> None:
    """'98,80 %' ends a line in no figure: the next row joins it, and its name holds numbers."""
    (table,) = from_text(
        "Tabel 2\n\nIndikator Target Realisasi Capaian\nPersentase A 90 80 88,89 %\n"
        "Persentase B 90 90 100\n"
    )
    assert table.reason == (
        "row 'Persentase A 90 80 88,89 % Persentase B 90 90 100' prints '90' inside its name: "
        "its cells cannot be told apart"
    )


def test_a_unit_column_needs_a_known_unit() -> None:
    """Under 'Satuan', the word before the figures must be a unit of the closed list."""
    (table,) = from_text(
        "Tabel 2\n\nIndikator Satuan Target Realisasi\nPersentase A Kegiatan 9 8\n"
    )
    assert (
        table.reason == "row 'Persentase A Kegiatan 9 8' prints no known unit before its figures"
    )


def test_a_new_row_opened_before_the_last_printed_figures() -> None:
    """A line starting with a No while a row has no figures yet: an empty row, left out."""
    (table,) = from_text(
        "Tabel 2\n\nNo Indikator Target Realisasi\n1 Persentase A\n2 Persentase B 9 8\n"
    )
    assert table.reason == "row '1 Persentase A' ends in 0 figure(s), not the header's 2"


def test_a_row_without_figures_at_the_end() -> None:
    """A name printed under the last row with no blank line between them: left out."""
    (table,) = from_text("Tabel 2\n\nIndikator Target Realisasi\nPersentase A 9 8\nPersentase B\n")
    assert table.reason == "row 'Persentase B' ends in 0 figure(s), not the header's 2"


def test_a_header_with_no_row() -> None:
    """Figures only in the header (its years): no row, nothing read."""
    (table,) = from_text("Tabel 2\n\nIndikator Target 2019 Target 2020\n")
    assert (table.rows, table.reason) == ((), "no row follows its header")


def test_a_blank_line_and_more_rows_continue_the_table() -> None:
    """A paragraph after a blank line that ends in the header's figures is more rows."""
    (table,) = from_text(
        "Tabel 2\n\nIndikator Target Realisasi\nPersentase A 9 8\n\nPersentase B 7 6\n"
        "\nSumber: olahan 2024\ncatatan\n"
    )
    assert [texts(row)[1:] for row in table.rows[1:]] == [["9", "8"], ["7", "6"]]
    reading = read(["Indikator Target Realisasi", "A 9 8", "", "B 7 6"])
    assert reading.rows[1:] == (("A", "9", "8"), ("B", "7", "6"))


def test_a_subtitle_above_the_header_is_no_part_of_it() -> None:
    """The paragraph before the header (the caption's second title line) is not read."""
    (table,) = from_text(
        "Tabel 2\nCapaian Kinerja\nKecamatan Contoh\n\nIndikator Target Realisasi\nA 9 8\n"
    )
    assert [texts(row) for row in table.rows] == [
        ["Indikator", "Target", "Realisasi"],
        ["A", "9", "8"],
    ]


def test_read_refuses_what_is_not_a_sequence_of_text() -> None:
    """Lines must be text: a bare string or a number is refused with a SourceError."""
    with pytest.raises(SourceError, match="lines"):
        read("Indikator Target Realisasi")
    with pytest.raises(SourceError, match="lines item"):
        read([3])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("name", "word", "number"),
    [
        ("Angka kematian", "per", "1000"),
        ("Jumlah kasus", "tahun", "2020"),
        ("Laporan keuangan", "th", "2023"),
        ("Penyelenggaraan rapat", "ke", "3"),
    ],
)
def test_a_number_after_per_or_tahun_may_be_the_names(name: str, word: str, number: str) -> None:
    """'… per 1000 85 94' under three figure columns: nothing of the table is read.

    The 1000 may be the name's, beside an empty cell: the row does not fit.
    """
    row = f"{name} {word} {number} 85 94"
    reading = read(["Indikator Kinerja Target Realisasi Capaian", row])
    assert reading.rows == ()
    assert reading.reason == (
        f"row {row!r} prints {number!r} after {word!r}: a number of its name or its first "
        "figure cannot be told apart"
    )


# ---------------------------------------------------------------- properties
_WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1
).filter(
    # A caption of its own; a word a number of a name follows (its row is refused).
    lambda word: word.lower() not in {"tabel", "table", "per", "tahun", "th", "thn", "ta", "ke"}
)
_NUMBER = st.from_regex(r"\d{1,3}(?:[.,]\d{1,3})?%?", fullmatch=True)
_LABELS = [
    f"{word} {year}" for year in (2019, 2020) for word in ("Target", "Realisasi", "Capaian")
]


@st.composite
def _tables(draw: st.DrawFn) -> tuple[int, list[list[str]]]:
    k = draw(st.integers(2, len(_LABELS)))
    rows = draw(
        st.lists(
            st.tuples(
                st.lists(_WORD, min_size=1, max_size=4), st.lists(_NUMBER, min_size=k, max_size=k)
            ),
            min_size=1,
            max_size=6,
        )
    )
    return k, [[str(i), " ".join(name), *figures] for i, (name, figures) in enumerate(rows, 1)]


def _render(k: int, rows: list[list[str]]) -> str:
    header = "No Indikator Kinerja " + " ".join(_LABELS[:k])
    body = "\n".join(" ".join(row) for row in rows)
    return f"Tabel 3.1\nPengukuran Kinerja\n\n{header}\n{body}\n"


@given(_tables())
def test_a_spaced_table_reads_back_exactly(table: tuple[int, list[list[str]]]) -> None:
    """k figure columns printed with single spaces: every cell read back where it was."""
    k, rows = table
    (raw,) = from_text(_render(k, rows))
    expected = [["No", "Indikator Kinerja", *_LABELS[:k]], *rows]
    assert (expected, None) == ([texts(row) for row in raw.rows], raw.reason)


@given(_tables(), st.data())
def test_a_cell_missing_from_one_row_leaves_the_whole_table_out(
    table: tuple[int, list[list[str]]], data: st.DataObject
) -> None:
    """One cell (No, name or a figure) removed from one row: no figure read, never shifted."""
    k, rows = table
    index = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.integers(0, k + 1))
    rows[index] = [cell for c, cell in enumerate(rows[index]) if c != column]
    (raw,) = from_text(_render(k, rows))
    assert raw.rows == ()
    assert raw.reason is not None
    result = import_text(_render(k, rows))
    assert list(report.loads_toml(result.toml).figures()) == []
    assert [e.place for e in result.left_out] == ["Tabel 3.1"]
