"""Tests of table recognition and the draft: roles, number styles, merged cells, levels."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import report
from akip.importer import import_text
from akip.importer.draft import normalise
from akip.importer.recognise import number_style, recognise, role_of
from akip.importer.render import quote
from akip.importer.tables import clean, from_text
from akip.numbers import format_number

HEAD = "Tabel 9\nRealisasi Badan Contoh Kota Contoh Tahun 2024\n\n"


def _load(text: str) -> report.Report:
    return report.loads_toml(import_text(HEAD + text).toml)


# ---------------------------------------------------------------- vocabulary
@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("No.", "no"),
        ("Kode Rekening", "kode"),
        ("Indikator Kinerja", "indikator"),
        ("Indikator Kinerja Utama", "iku"),
        ("IKU", "iku"),
        ("Indikator Program", "indikator_program"),
        ("Target", "target"),
        ("Realisasi", "realisasi"),
        ("Capaian (%)", "capaian"),
        ("Predikat", "predikat"),
        ("Kriteria", "predikat"),
        ("Atribut", "atribut"),
        ("Berhasil", "atribut_mark"),
        ("Pagu", "pagu"),
        ("Anggaran", "pagu"),
        ("Alokasi Anggaran (Rp)", "pagu"),
        ("Target Keuangan (Rp)", "pagu"),
        ("Realisasi Keuangan (Rp)", "realisasi_anggaran"),
        ("%", "penyerapan"),
        ("Capaian Kinerja Keuangan", "penyerapan"),
        ("Sisa Anggaran", "sisa"),
        ("Target Fisik", "fisik_target"),
        ("Realisasi Fisik", "fisik_realisasi"),
        ("Capaian Kinerja Fisik (%)", "fisik_capaian"),
        ("Satuan Target dan Realisasi", "satuan"),
        ("Permasalahan", "permasalahan"),
        ("Upaya Dalam Mengatasi Permasalahan", "upaya"),
        ("Uraian Program (Indikator) / Kegiatan", "line"),
        ("Target Akhir Renstra", "target_renstra"),
        ("Tingkat Kemajuan", "kemajuan"),
        ("Realisasi Nasional", "realisasi_nasional"),
        ("Capaian Program", "capaian_program"),
        ("Tingkat Efisiensi", "indeks"),
        ("Penyerapan Anggaran (%)", "penyerapan"),
        ("Sumber Dana", "sumber"),
        ("Satuan", "satuan"),
        ("Keterangan", "keterangan"),
        ("Uraian Program/Kegiatan/Sub Kegiatan", "line"),
        ("Jenis Penghargaan", "text"),
    ],
)
def test_role_of_the_lkjip_vocabulary(label: str, role: str) -> None:
    """Each header word of the PermenPANRB 53/2014 tables has its role."""
    assert role == role_of(label)


def test_years_and_quarters_of_columns() -> None:
    """Year columns and TW I–IV are read from the header, spanning headers spread."""
    raw = from_text(
        HEAD + "No\tIndikator\tTarget\t\tRealisasi\t\n"
        "\t\tTW I\tTW IV\t2023\t2024\n"
        "1.\tPersentase A\t25%\t100%\t90%\t94%\n"
    )[0]
    table = recognise(raw)
    assert [
        ("no", None, None),
        ("indikator", None, None),
        ("target", None, "TW I"),
        ("target", None, "TW IV"),
        ("realisasi", 2023, None),
        ("realisasi", 2024, None),
    ] == [(c.role, c.year, c.period) for c in table.columns]


# ---------------------------------------------------------------- number styles
@pytest.mark.parametrize(
    ("texts", "style"),
    [
        (["1.547.690.855", "70,48%"], "id_ID"),
        (["Rp. 4.557.968.228"], "id_ID"),
        (["1,18"], "id_ID"),
        (["4,700,384,252.00", "88.37%"], "en_US"),
        (["94.00%"], "en_US"),
        (["90%", "100", "-", "- .00"], None),
        (["1.234"], "ambiguous"),
        (["1,000", "2,500"], "ambiguous"),
        (["1.234", "1.234.567"], "id_ID"),
        (["1.000.000", "1,000,000"], "mixed"),
    ],
)
def test_number_style_of_a_column(texts: list[str], style: str | None) -> None:
    """The style is what the separators show; ambiguous and mixed columns are named."""
    assert style == number_style(texts)


@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from(["id_ID", "en_US"]))
def test_number_style_of_formatted_money(value: int, locale: str) -> None:
    """Any amount of 1.000.000 or more formatted with 2 decimals shows its style."""
    text = format_number(Decimal(value) * 1000, 2, locale=locale)
    assert locale == number_style([text])


def test_ambiguous_column_is_refused_never_guessed() -> None:
    """A column printing only '1.234' is left out with the reason; nothing is guessed."""
    result = import_text(HEAD + "No\tProgram\tPagu\tRealisasi\n1.\tProgram A\t1.234\t1.200\n")
    assert () == report.loads_toml(result.toml).line("P1").rows
    assert any("ambiguous" in e.reason and "'1.234'" in e.what for e in result.left_out)


def test_mixed_column_is_refused() -> None:
    """A column mixing 1.000.000 and 1,000,000 is refused, cell by cell."""
    result = import_text(
        HEAD + "No\tProgram\tPagu\n1.\tProgram A\t1.000.000\n2.\tProgram B\t2,000,000\n"
    )
    reasons = [e.reason for e in result.left_out]
    assert 2 == sum("mixes id_ID and en_US" in r for r in reasons)


def test_unparsable_figure_is_left_out() -> None:
    """A cell that is not a number in its column's style is left out, naming the cell."""
    result = import_text(HEAD + "No\tIndikator\tTarget\tRealisasi\n1.\tPersentase A\t90%\t±5\n")
    loaded = report.loads_toml(result.toml)
    assert ("90%", None) == (
        loaded.indicators[0].rows[0].target.text,  # type: ignore[union-attr]
        loaded.indicators[0].rows[0].realisasi,
    )
    assert [
        (
            "Tabel 9: left out indicator 'Persentase A', column 'Realisasi' '±5': "
            "not a number in the column's style"
        )
    ] == [str(e) for e in result.left_out]


def test_place_locale_is_the_columns_style() -> None:
    """A place whose columns print 1,000,000.00 is en_US; one printing 1.000.000 is id_ID."""
    loaded = _load("No\tProgram\tPagu\tRealisasi\n1.\tProgram A\t1.000.000\t0\n")
    assert "id_ID" == loaded.places[0].locale
    us = _load("No\tProgram\tPagu\tRealisasi\n1.\tProgram A\t1,000,000.00\t0\n")
    assert ("en_US", "en_US") == (us.places[0].locale, us.line("P1").rows[0].pagu.locale)  # type: ignore[union-attr]


def test_row_locale_overrides_the_place() -> None:
    """A budget row printing en_US in an id_ID place gets its own locale."""
    loaded = _load(
        "Program\tIndikator\tTarget\tRealisasi\tCapaian\tPagu\n"
        "Program A\tPersentase A\t90,5%\t94,5%\t104,4%\t1,000,000.00\n"
    )
    budget = loaded.line("P1").pagu[0].value
    indicator = loaded.indicators[0].rows[0].capaian
    assert indicator is not None
    assert "id_ID" == loaded.places[0].locale
    assert ("en_US", "id_ID") == (budget.locale, indicator.locale)
    assert Decimal("1000000.00") == budget.value


def test_a_row_mixing_styles_keeps_the_places() -> None:
    """A row printing 1,000,000.00 beside 90,00% keeps one style; the other is left out."""
    result = import_text(
        HEAD + "No\tProgram\tPagu\tRealisasi\t%\n1.\tProgram A\t1,000,000.00\t900,000.00\t90,00%\n"
    )
    loaded = report.loads_toml(result.toml)
    row = loaded.line("P1").rows[0]
    assert row.pagu is not None
    assert ("en_US", "1,000,000.00", None) == (
        loaded.places[0].locale,
        row.pagu.text,
        row.penyerapan,
    )
    assert any(
        "a row of the report format has one number style" in e.reason for e in result.left_out
    )


# ---------------------------------------------------------------- dashes, headers, merged
def test_dash_is_no_value_except_in_money() -> None:
    """'-' in a target is left out; '-' and '- .00' in a realisasi anggaran are zero."""
    loaded = _load(
        "No\tProgram\tIndikator\tTarget\tPagu\tRealisasi Anggaran\n"
        "1.\tProgram A\tPersentase A\t-\t1.000.000\t-\n"
        "2.\tProgram B\tPersentase B\t90%\t2.000.000\t- .00\n"
    )
    assert () == loaded.indicators[0].rows
    assert ["-", "- .00"] == [
        line.rows[0].realisasi.text  # type: ignore[union-attr]
        for line in loaded.budget
        if line.level == "program"
    ]
    assert Decimal(0) == loaded.line("P2").rows[0].realisasi.value  # type: ignore[union-attr]


def test_repeated_header_after_page_break_is_skipped() -> None:
    """The header printed again on the next page is not a row."""
    result = import_text(
        HEAD + "No\tProgram\tPagu\n1.\tProgram A\t1.000.000\n\n\f"
        "No\tProgram\tPagu\n2.\tProgram B\t2.000.000\n"
    )
    loaded = report.loads_toml(result.toml)
    assert ["Program A", "Program B"] == [b.name for b in loaded.budget if b.level == "program"]
    assert "Tabel 9: left out row 3: a repeated header (page break): skipped" in [
        str(e) for e in result.left_out
    ]


def test_merged_sasaran_and_iku_are_filled_forward() -> None:
    """An IKU printed once over two programs serves both; its figure is not copied."""
    loaded = _load(
        "No\tIndikator Kinerja\tProgram\tAnggaran\tCapaian Kinerja\n"
        "1.\tPersentase A\tProgram Satu\t1.000.000\t94%\n"
        "\t\tProgram Dua\t2.000.000\t\n"
    )
    iku = loaded.indicators[0]
    assert (("P1", "P2"), 1) == (iku.programs, len(iku.rows))


# ---------------------------------------------------------------- levels, parents, names
def test_levels_from_codes() -> None:
    """A Kode column gives levels: x.xx.xx program, +.x.xx kegiatan, +.xxxx sub kegiatan."""
    loaded = _load(
        "Kode\tUraian\tPagu\tRealisasi\n"
        "1.01.01\tProgram A\t1.000.000\t0\n"
        "1.01.01.2.01\tKegiatan A\t1.000.000\t0\n"
        "1.01.01.2.01.0001\tSub A\t1.000.000\t0\n"
    )
    assert [("opd", None), ("program", "1.01.01"), ("kegiatan", "1.01.01.2.01")] == [
        (b.level, b.code) for b in loaded.budget
    ][:3]
    assert ("sub_kegiatan", "1.01.01.2.01.0001") == (
        loaded.budget[3].level,
        loaded.budget[3].code,
    )


def test_levels_from_numbering_and_parent_comment() -> None:
    """'1.1' is a kegiatan, '1.1.1' a sub kegiatan; the draft asks to confirm the parent."""
    result = import_text(
        HEAD + "No\tUraian\tPagu\tRealisasi\n"
        "1\tProgram A\t1.000.000\t0\n"
        "1.1\tKegiatan A\t1.000.000\t0\n"
        "1.1.1\tSub A\t1.000.000\t0\n"
    )
    loaded = report.loads_toml(result.toml)
    assert [("P1", "OPD"), ("P1.K1", "P1"), ("P1.K1.S1", "P1.K1")] == [
        (b.id, b.parent) for b in loaded.budget[1:]
    ]
    assert "# DECIDE: parent 'P1' is the line above it in Tabel 9" in result.toml


def test_line_without_level_or_parent_is_left_out() -> None:
    """A line whose level is not printed, or a kegiatan with no program above, is left out."""
    result = import_text(
        HEAD + "No\tUraian\tPagu\tRealisasi\n"
        "1\tBelanja Pegawai\t1.000.000\t0\n"
        "1.1\tKegiatan A\t1.000.000\t0\n"
    )
    reasons = [e.reason for e in result.left_out]
    assert any("its level is not printed" in r for r in reasons)
    assert any("no line of the level above precedes it" in r for r in reasons)


def test_names_match_across_tables_whitespace_and_case() -> None:
    """'PROGRAM  A' of one table is 'Program A' of another: one line, no note."""
    text = (
        "Tabel 1\nPagu Tahun 2024\n\nNo\tProgram\tAnggaran\n1.\tProgram A\tRp. 1.000.000\n\n"
        "Tabel 2\nRealisasi Tahun 2024\n\nUraian\tAlokasi Anggaran\tRealisasi\n"
        "PROGRAM  A\t1,000,000.00\t900,000.00\n"
    )
    loaded = report.loads_toml(import_text(text).toml)
    programs = [b for b in loaded.budget if b.level == "program"]
    assert 1 == len(programs)
    assert (1, 1, None) == (len(programs[0].pagu), len(programs[0].rows), programs[0].rows[0].note)


def test_a_looser_match_is_reported() -> None:
    """'Fasilitas' for 'Fasilitasi' is the same indicator, with a note saying so."""
    text = (
        "Tabel 1\nPK Tahun 2024\n\nNo\tIndikator\tTarget\tRealisasi\n"
        "1.\tPersentase Fasilitasi Konflik\t100%\t85%\n\n"
        "Tabel 2\nCapaian Tahun 2024\n\nNo\tIndikator\tTarget\tRealisasi\n"
        "1.\tPersentase Fasilitas Konflik\t100%\t85%\n"
    )
    result = import_text(text)
    loaded = report.loads_toml(result.toml)
    assert 1 == len(loaded.indicators)
    assert "name matched loosely: printed 'Persentase Fasilitas Konflik'" == (
        loaded.indicators[0].rows[1].note
    )


def test_two_similar_names_in_one_table_stay_two() -> None:
    """Within a table two names are two lines, however alike."""
    loaded = _load(
        "No\tProgram\tPagu\n1.\tProgram Pelaksanaan Kebijakan A\t1.000\n"
        "2.\tProgram Pelaksanaan Kebijakan B\t2.000\n"
    )
    assert 2 == sum(1 for b in loaded.budget if b.level == "program")


def test_efficiency_table() -> None:
    """An efficiency table gives efficiency rows for the IKU named in it."""
    loaded = _load(
        "No\tIndikator Kinerja Utama\tCapaian Kinerja (%)\tPenyerapan Anggaran (%)\t"
        "Tingkat Efisiensi\t\tKeterangan\n1.\tPersentase A\t104\t79,61\t1,18\tEfisien\t-\n"
    )
    item = loaded.efficiency[0]
    assert ("104", "79,61", "1,18", "Efisien") == (
        item.capaian_kinerja.text,  # type: ignore[union-attr]
        item.penyerapan.text,  # type: ignore[union-attr]
        item.indeks.text,  # type: ignore[union-attr]
        item.kategori.text,  # type: ignore[union-attr]
    )


def test_predikat_and_atribut_mark() -> None:
    """A predikat column is a label; a √ under an atribut heading is that atribut."""
    loaded = _load(
        "No\tIndikator\tTarget\tRealisasi\tPredikat\tSangat Berhasil\n"
        "1.\tPersentase A\t90%\t94%\tSangat Tinggi\t√\n"
    )
    row = loaded.indicators[0].rows[0]
    assert ("Sangat Tinggi", "Sangat Berhasil") == (row.predikat.text, row.atribut.text)  # type: ignore[union-attr]


def test_table_without_figures_is_left_out_with_reason() -> None:
    """A table of words only is reported, not imported."""
    result = import_text(HEAD + "No\tJenis Penghargaan\n1.\tPiagam\n")
    assert [
        "Tabel 9: left out table: no figure column beside an indicator or budget line column"
    ] == [str(e) for e in result.left_out]


def test_capaian_program_without_program_indicator_is_left_out() -> None:
    """A 'Capaian Program' whose program has no indicator anywhere is left out."""
    result = import_text(
        HEAD + "No\tIndikator Kinerja\tProgram\tAnggaran\tCapaian Program\n"
        "1.\tPersentase A\tProgram Satu\t1.000.000\t90%\n"
        "\t\tProgram Dua\t1.000.000\t90%\n"
    )
    assert any("no indicator of this program" in e.reason for e in result.left_out)


# ---------------------------------------------------------------- text and TOML
def test_caption_too_far_from_its_table_is_not_used() -> None:
    """A caption followed by more than three lines of prose captions nothing."""
    raws = from_text("Tabel 1\na\nb\nc\nd\nNo\tX\n1\t2\n")
    assert [None] == [raw.place for raw in raws]


@given(st.text())
def test_quote_round_trips_through_tomllib(text: str) -> None:
    """Any text written by `quote` is read back by tomllib unchanged."""
    assert {"k": text} == tomllib.loads(f"k = {quote(text)}")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_normalise_is_idempotent(name: str) -> None:
    """Normalising a normalised name changes nothing."""
    assert normalise(name) == normalise(normalise(name))


def test_clean_removes_markup_and_notes_bold() -> None:
    """<b>…</b> and **…** mark a bold cell; other tags are removed."""
    assert [("A", True), ("B", True), ("C d", False)] == [
        clean("<b>A</b>"),
        clean("**B**"),
        clean("C <i>d</i>"),
    ]


def test_fisik_and_keuangan_table() -> None:
    """A pengukuran table of fisik and keuangan gives fisik figures with their satuan."""
    loaded = _load(
        "No\tUraian Program / Kegiatan\tTarget Fisik\tRealisasi Fisik\tSatuan\t"
        "Capaian Kinerja Fisik (%)\tTarget Keuangan (Rp)\tRealisasi Keuangan (Rp)\n"
        "1\tProgram A\t100\t51\torang\t51.00\t1,547,690,855\t1,090,738,664\n"
    )
    row = loaded.line("P1").rows[0]
    assert ("100", "51", "orang", "51.00", "1,547,690,855") == (
        row.fisik_target.text,  # type: ignore[union-attr]
        row.fisik_realisasi.text,  # type: ignore[union-attr]
        row.fisik_unit,
        row.fisik_capaian.text,  # type: ignore[union-attr]
        row.pagu.text,  # type: ignore[union-attr]
    )


def test_iku_table_and_atribut_column() -> None:
    """An IKU column without programs gives the IKU's rows; an Atribut column its label."""
    loaded = _load(
        "No\tIndikator Kinerja Utama\tTarget\tRealisasi\tAtribut\n"
        "1.\tPersentase A\t90%\t94%\tSangat Berhasil\n"
    )
    row = loaded.indicators[0].rows[0]
    assert ("94%", "Sangat Berhasil") == (row.realisasi.text, row.atribut.text)  # type: ignore[union-attr]


def test_import_result_lists_what_was_imported() -> None:
    """`ImportResult.imported` names each indicator and row imported, place by place."""
    result = import_text(HEAD + "No\tIndikator\tTarget\n1.\tPersentase A\t90%\n")
    assert [
        "Tabel 9: imported indicator 'Persentase A'",
        "Tabel 9: imported indicator 'Persentase A': 1 figure(s)",
    ] == [str(e) for e in result.imported]


def test_raw_table_cell() -> None:
    """`RawTable.cell` returns the cell at a row and column, or None outside."""
    raw = from_text("a\tb\n")[0]
    assert ("b", None, None) == (raw.cell(0, 1).text, raw.cell(1, 0), raw.cell(0, 2))  # type: ignore[union-attr]


def test_shifted_repeated_header_realigns_the_rows_below() -> None:
    """A header printed again with a column inserted realigns the rows under it.

    The cell under the inserted (unlabelled) column joins the cell to its left, so
    "3 | Sub C" is read as "3 Sub C" like the rows above the break.
    """
    result = import_text(
        HEAD + "Uraian Program / Kegiatan\tPagu\tRealisasi\n"
        "Program A\t3.000.000\t3.000.000\n"
        "<b>1 Kegiatan A</b>\t3.000.000\t3.000.000\n"
        "1 Sub A\t1.000.000\t1.000.000\n"
        "2 Sub B\t1.000.000\t1.000.000\n\n"
        "Uraian Program / Kegiatan\t\tPagu\tRealisasi\n"
        "3\tSub C\t1.000.000\t1.000.000\n"
    )
    loaded = report.loads_toml(result.toml)
    assert [
        ("P1", "Program A", "Program A"),
        ("P1.K1", "1", "Kegiatan A"),
        ("P1.K1.S1", "1", "Sub A"),
        ("P1.K1.S2", "2", "Sub B"),
        ("P1.K1.S3", "3", "Sub C"),
    ] == [(b.id, b.rows[0].row, b.name) for b in loaded.budget[1:]]
    assert "Tabel 9: left out row 6: a repeated header (page break): skipped" in [
        str(e) for e in result.left_out
    ]


def test_a_line_named_in_another_table_keeps_its_level() -> None:
    """A line whose level this table does not show is the line another table named."""
    text = (
        "Tabel 1\nRealisasi 2024\n\nUraian\tPagu\tRealisasi\n"
        "Program A\t1.000.000\t900.000\n<b>Kegiatan A</b>\t1.000.000\t900.000\n"
        "Sub A\t1.000.000\t900.000\n\n"
        "Tabel 2\nPengukuran 2024\n\nUraian Kegiatan\tTarget Fisik\tRealisasi Fisik\tPagu\n"
        "1 Sub A\t10\t9\t1.000.000\n2 Sub Baru\t5\t5\t500.000\n"
    )
    result = import_text(text)
    loaded = report.loads_toml(result.toml)
    sub = loaded.line("P1.K1.S1")
    # A row without a label of its own is labelled by the line's name.
    assert [("Tabel 1", "Sub A"), ("Tabel 2", "1")] == [(r.place, r.row) for r in sub.rows]
    assert any(
        "'Sub Baru'" in e.what and "no other table names it" in e.reason for e in result.left_out
    )


def test_targets_table_with_only_a_predikat_printed() -> None:
    """A target table row whose target is '-' but whose predikat is printed keeps the label."""
    result = import_text(
        "Tabel 1\nPerjanjian Kinerja Tahun 2024\n\nNo\tIndikator\tTarget\tPredikat\n"
        "1.\tPersentase A\t-\tTinggi\n2.\tPersentase B\t90%\t-\n"
    )
    loaded = report.loads_toml(result.toml)
    first, second = loaded.indicators
    assert ("Tinggi", ()) == (first.rows[0].predikat.text, first.targets)  # type: ignore[union-attr]
    assert ("murni", "90%") == (second.targets[0].version, second.targets[0].value.text)


_NAME_HEADERS = st.sampled_from(
    [
        "Indikator Kinerja",
        "Indikator Kinerja Utama",
        "Program",
        "Uraian Program/Kegiatan",
        "Kode",
        "Sasaran",
    ]
)
_FIGURE_HEADERS = st.sampled_from(
    [
        "Target",
        "Realisasi",
        "Capaian 2023",
        "Capaian",
        "Pagu",
        "Realisasi (Rp)",
        "%",
        "Sisa",
        "Predikat",
        "Tingkat Efisiensi",
        "Penyerapan Anggaran (%)",
        "Target Fisik",
        "Satuan",
        "Capaian Program",
        "TW I",
        "Keterangan",
    ]
)
_NAMES = st.one_of(
    st.sampled_from(
        [
            "",
            "Program A",
            "PROGRAM A",
            "Program B",
            "Kegiatan A",
            "Persentase A",
            "Persentase B",
            "Sub A",
            "JUMLAH",
            "1 Sub A",
            "Tujuan : X",
        ]
    ),
    st.text(alphabet="abc <>*|=\"\\'", max_size=6),
)
_CELLS = st.one_of(
    st.sampled_from(
        [
            "-",
            "- .00",
            "",
            "90%",
            "1.234",
            "1,234",
            "1.547.690.855",
            "4,700,384,252.00",
            "70,48%",
            "88.37%",
            "√",
            "Efisien",
        ]
    ),
    st.from_regex(r"(Rp\. )?[0-9]{1,3}([.,][0-9]{3}){0,3}([.,][0-9]{1,2})?%?", fullmatch=True),
    st.text(alphabet="1,. -%abc<>*|=\"\\'", max_size=6),
)


@given(st.data())
def test_any_table_gives_a_loadable_draft_of_printed_figures(data: st.DataObject) -> None:
    """Whatever a captioned table holds, the draft loads, and every figure was printed.

    The draft is the importer's only output: it must always be a valid report file, and
    each figure in it must be the text of a cell of the source — never a corrected one.
    """
    heads = data.draw(st.lists(_NAME_HEADERS, min_size=1, max_size=2))
    figures = data.draw(st.lists(_FIGURE_HEADERS, min_size=1, max_size=5))
    width = len(heads) + len(figures)
    numbers = st.sampled_from(["1.", "", "2.", "1.1", "1.1.1", "1.01.01", "JUMLAH"])
    rows = data.draw(
        st.lists(
            st.tuples(
                numbers,
                st.booleans(),
                st.lists(_NAMES, min_size=len(heads), max_size=len(heads)),
                st.lists(_CELLS, min_size=len(figures), max_size=len(figures)),
            ),
            min_size=1,
            max_size=6,
        )
    )
    lines = ["\t".join(["No", *heads, *figures])]
    printed: set[str] = set()
    for number, bold, names, cells in rows:
        shown = [f"<b>{n}</b>" if bold and n else n for n in names]
        lines.append("\t".join([number, *shown, *cells]))
        printed.update(c.strip() for c in [number, *names, *cells])
    assert width + 1 == len(lines[0].split("\t"))
    loaded = report.loads_toml(import_text(HEAD + "\n".join(lines) + "\n").toml)
    assert {f.text for f in loaded.figures()} <= printed
