"""Tests of akip.importer on the lampiran: tables without a caption, placed by their heading."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import report
from akip.check import ledger
from akip.exceptions import SourceError
from akip.importer import import_source, import_text
from akip.importer.recognise import recognise, role_of, split
from akip.importer.tables import from_text, lampiran_place
from tests.seed_figures import HAND, SEED, figures

if TYPE_CHECKING:
    from akip.report import Report


def table_places(hand: Report) -> set[str]:
    """The places of the hand file that are tables: captioned ('Tabel …') or a lampiran.

    The hand file titles each lampiran table "Lampiran N: …"; its other places (the
    Ringkasan Eksekutif, §2.4, Bab IV, …) are narrative.
    """
    return {
        p.id
        for p in hand.places
        if p.id.startswith("Tabel ") or (p.title or "").startswith("Lampiran ")
    }


@pytest.fixture(scope="module")
def hand() -> Report:
    return report.load(HAND)


@pytest.fixture(scope="module")
def draft() -> Report:
    return report.loads_toml(import_source(SEED).toml)


def test_the_hand_file_has_494_table_figures(hand: Report) -> None:
    """The hand file prints 494 figures in tables: 309 captioned, 185 in the lampiran.

    Counted by hand in ``examples/dumai-2024.toml``: Pengukuran Kinerja 2024 156, Lampiran
    PK 2024 10 (2 IKU targets, 6 pagu, and the targets 84 and 120 of two output indicators,
    printed in the PK of an official), Lampiran Perubahan PK 2024 10 (2 IKU targets, 5 pagu,
    the Jumlah amount, and the same output indicators' 35 and 29), Matrik Renstra 7, RKT
    2024 2.
    """
    places = table_places(hand)
    wanted = [f for f in figures(hand) if f[0] in places]
    lampiran = {
        "Pengukuran Kinerja 2024": 156,
        "Lampiran PK 2024": 10,
        "Lampiran Perubahan PK 2024": 10,
        "Matrik Renstra": 7,
        "RKT 2024": 2,
    }
    assert lampiran == {p: sum(1 for f in wanted if f[0] == p) for p in lampiran}
    assert (494, 309) == (len(wanted), sum(1 for f in wanted if f[0].startswith("Tabel ")))


def test_every_table_figure_of_the_hand_file_is_imported(hand: Report, draft: Report) -> None:
    """≥ 90 % of all the hand file's table figures, lampiran included, are imported as printed.

    A hand figure pairs with the draft's figures at the same place, year and column whose
    row label or entity name is the same (whitespace and case normalised); no paired figure
    may print another text.
    """
    places = table_places(hand)
    wanted = [f for f in figures(hand) if f[0] in places]
    got = figures(draft)
    same = 0
    different = []
    missing = []
    for place, year, column, labels, text in wanted:
        paired = [g for g in got if g[:3] == (place, year, column) and g[3] & labels]
        if any(g[4] == text for g in paired):
            same += 1
        elif paired:
            different.append((place, column, sorted(labels), text, [g[4] for g in paired]))
        else:
            missing.append((place, year, column, min(labels), text))
    assert same / len(wanted) >= 0.9, f"{same} of {len(wanted)}"
    assert [] == different
    # Every lampiran figure of the hand file is imported but the output indicators' targets:
    # they are printed in the PK of an official (Paskibraka 84 → 35, Karakter Keluarga
    # 120 → 29), and the importer reads only the first PK under a heading, the agency's.
    left_out = sorted((m[0], m[4]) for m in missing if not m[0].startswith("Tabel "))
    assert [
        ("Lampiran PK 2024", "120"),
        ("Lampiran PK 2024", "84"),
        ("Lampiran Perubahan PK 2024", "29"),
        ("Lampiran Perubahan PK 2024", "35"),
    ] == left_out


def test_no_imported_figure_contradicts_the_hand_file(hand: Report, draft: Report) -> None:
    """No figure imported at a place the hand file also transcribes prints a different text."""
    wanted = figures(hand)
    conflicts = []
    for place, year, column, labels, text in figures(draft):
        paired = [w for w in wanted if w[:3] == (place, year, column) and w[3] & labels]
        if paired and all(w[4] != text for w in paired):
            conflicts.append((place, column, min(labels), text))
    assert [] == conflicts


def test_ledger_of_the_draft_names_the_slips_of_the_seed(draft: Report) -> None:
    """`akip.check.ledger` checks the unedited draft and finds the slips the issue names.

    Expected values computed by hand: Tabel 3 prints program 4's pagu 3.533.515.000 where
    every other table prints 3.533.511.000; Tabel 5 prints IKU1's realisasi 95 % where the
    other tables print 94 %; Tabel 6 prints the mean of programs 2–5's penyerapan, 79,61,
    where 35.920.783.504 / 39.182.547.765 = 91,68 %, and 71,09 for program 6 where
    932.628.254 / 1.313.034.200 = 71,03 %; its indices 1,18 and 1,19 where
    104,44 / 91,68 = 1,14 and 85 / 71,03 = 1,20.
    """
    found = {
        (f.code, f.place.split(",")[0], f.place.rsplit("column ", 1)[-1], str(f.printed),
         str(f.expected))
        for f in ledger(draft).all_findings()
    }  # fmt: skip
    expected = {
        ("CROSS_TABLE_CONFLICT", "Tabel 3", "value", "Rp. 3.533.515.000", "3.533.511.000"),
        ("CROSS_TABLE_CONFLICT", "Tabel 5", "realisasi", "95%", "94%"),
        ("MEAN_OF_RATIOS", "Tabel 6", "penyerapan", "79,61", "91,68"),
        ("PCT_MISMATCH", "Tabel 6", "penyerapan", "71,09", "71,03"),
        ("RATIO_MISMATCH", "Tabel 6", "indeks", "1,18", "1,14"),
        ("RATIO_MISMATCH", "Tabel 6", "indeks", "1,19", "1,20"),
    }
    assert expected <= found


def test_lampiran_places_say_their_id_was_derived() -> None:
    """Each lampiran place carries a DECIDE comment naming the heading its id comes from."""
    text = import_source(SEED).toml
    for place in ("Matrik Renstra", "RKT 2024", "Lampiran PK 2024", "Pengukuran Kinerja 2024"):
        block = text.split(f'[[places]]\nid = "{place}"')[0].rsplit("\n", 2)[-2]
        assert block.startswith("# DECIDE: id derived from the heading"), place
    assert "it is the first of 17 tables under that heading" in text


def test_lampiran_jumlah_is_the_sum_of_its_block_not_the_agency_total(draft: Report) -> None:
    """The Perubahan PK's Jumlah is an amount of the 5 programs it lists, not the OPD's pagu.

    The lampiran lists programs 2–6 (not the Penunjang program): 1.547.690.855 +
    33.894.866.910 + 3.533.511.000 + 206.479.000 + 1.313.034.200 = 40.495.581.965, as
    printed; the agency's Perubahan pagu is 45.195.966.217.
    """
    amounts = [a for a in draft.amounts if a.place == "Lampiran Perubahan PK 2024"]
    assert [("Jumlah", "Rp. 40.495.581.965", ("P2", "P3", "P4", "P5", "P6"), "pagu")] == [
        (a.row, a.figure.text, a.parts, a.parts_measure) for a in amounts
    ]
    opd = draft.line("OPD")
    assert [] == [p for p in opd.pagu if "Lampiran" in p.value.where.place]


def test_later_tables_under_one_heading_are_left_out() -> None:
    """The Perjanjian Kinerja of other officials (same heading) are left out, with why."""
    result = import_source(SEED)
    left = [str(e) for e in result.left_out if e.place == "Lampiran PK 2024"]
    assert 1 == len(left)
    assert "16 more table(s) under the heading" in left[0]
    assert "JUMLAH ANGGARAN is the sum of their own kegiatan" in left[0]
    assert "Lampiran PK 2024 (2)" not in {p.id for p in report.loads_toml(result.toml).places}


@pytest.mark.parametrize(
    ("heading", "place"),
    [
        ("MATRIK RENCANA STRATEGIS BADAN A TAHUN 2021 - 2026", "Matrik Renstra"),
        ("Lampiran 1: Matriks Renstra Dinas B", "Matrik Renstra"),
        ("RENCANA KERJA TAHUNAN TAHUN 2024 BADAN A", "RKT 2024"),
        ("Lampiran II. Rencana Kinerja Tahunan Tahun 2023", "RKT 2023"),
        ("PERJANJIAN KINERJA TAHUN 2024 BADAN A", "Lampiran PK 2024"),
        ("PENETAPAN KINERJA TAHUN 2019", "Lampiran PK 2019"),
        ("LAMPIRAN PERUBAHAN PERJANJIAN KINERJA TAHUN 2024", "Lampiran Perubahan PK 2024"),
        ("**PENGUKURAN KINERJA TAHUN 2025  \nBADAN A**", "Pengukuran Kinerja 2025"),
    ],
)
def test_lampiran_place_vocabulary(heading: str, place: str) -> None:
    """Headings of the LKjIP lampiran (PermenPANRB 53/2014) give their place id."""
    found = lampiran_place(heading)
    assert found is not None
    assert place == found[0]


@pytest.mark.parametrize(
    "heading",
    [
        "Perjanjian Kinerja merupakan proses penyusunan rencana kinerja " * 5,  # prose
        "PERJANJIAN KINERJA BADAN A",  # no year
        "5. Pengukuran Kinerja Tahun 2024",  # a list item, not a heading
        "Sasaran : Meningkatkan Kualitas Pelayanan Publik",
    ],
)
def test_lampiran_place_refuses_what_is_not_a_heading(heading: str) -> None:
    """Prose, a heading without its year and a numbered list item give no place."""
    assert lampiran_place(heading) is None


def test_a_table_after_a_signature_continues_the_lampiran() -> None:
    """A table after ≤ 6 lines of prose with no heading continues the lampiran; later, not."""
    text = (
        "PENGUKURAN KINERJA TAHUN 2024\n\nIndikator\tTarget\nPersentase A\t90%\n\n"
        "Kepala Badan,\n\nNama\nNIP. 1\n\nProgram\tAnggaran\nProgram A\tRp. 1.000\n\n"
        + "".join(f"baris {n}\n" for n in range(7))
        + "\nProgram\tAnggaran\nProgram B\tRp. 2.000\n"
    )
    assert ["Pengukuran Kinerja 2024", "Pengukuran Kinerja 2024", None] == [
        t.place for t in from_text(text)
    ]


def test_a_caption_ends_the_lampiran() -> None:
    """A 'Tabel N' caption opens its own place: the lampiran does not continue past it."""
    text = (
        "PERJANJIAN KINERJA TAHUN 2024\n\nIndikator\tTarget\nPersentase A\t90%\n\n"
        "Tabel 9\n\nIndikator\tTarget\nPersentase B\t80%\n\nttd\n\n"
        "Indikator\tTarget\nPersentase C\t70%\n"
    )
    assert [("Lampiran PK 2024", True), ("Tabel 9", False), (None, False)] == [
        (t.place, t.derived) for t in from_text(text)
    ]


def test_split_keeps_a_repeated_header_and_opens_a_new_one() -> None:
    """A header printed again is not a new table; a header of other columns is."""
    raw = from_text(
        "Indikator\tTarget\nPersentase A\t90%\nIndikator\tTarget\nPersentase B\t80%\n"
        "Sasaran Program: X\tIndikator: Y\nProgram\tAnggaran\nProgram A\tRp. 1.000\n"
    )[0]
    parts = split(raw)
    assert [5, 2] == [len(p.rows) for p in parts]


def test_formula_column_is_not_an_indicator() -> None:
    """'Rumus Indikator' / 'Formula Perhitungan' hold a formula, not an indicator's name."""
    assert ("formula", "formula") == (role_of("Rumus Indikator"), role_of("FORMULA PERHITUNGAN"))
    table = recognise(from_text("Indikator\tRumus Indikator\tTarget\nA\tx / y\t90%\n")[0])
    assert ["indikator", "formula", "target"] == [c.role for c in table.columns]


def test_side_by_side_indicators_each_get_their_own_targets() -> None:
    """A Renstra matrix prints tujuan and sasaran indicators, each with its target columns.

    Its programs serve one of them, which the table does not say: they are left out.
    """
    result = import_text(
        "MATRIK RENSTRA BADAN A TAHUN 2021 - 2026\n\n"
        "Indikator Tujuan\tTarget 2024\tIndikator Sasaran\tTarget 2024\tProgram\n"
        "Persentase T\t100%\tPersentase S\t90%\tProgram A\n",
        year=2024,
        agency="Badan A",
    )
    loaded = report.loads_toml(result.toml)
    assert [("Persentase T", "100%"), ("Persentase S", "90%")] == [
        (i.name, i.targets[0].value.text) for i in loaded.indicators
    ]
    assert ("renstra", ()) == (loaded.indicators[1].targets[0].version, loaded.budget)
    assert any(e.what == "programs" for e in result.left_out)


def test_jumlah_without_lines_above_is_left_out() -> None:
    """A lampiran's Jumlah with no budget line above it has no parts: it is left out."""
    result = import_text(
        "PERJANJIAN KINERJA TAHUN 2024\n\nProgram\tAnggaran\nJumlah\tRp. 1.000.000\n"
        "Program A\tRp. 1.000.000\nJumlah\t\n",
        agency="Badan A",
    )
    left = [str(e) for e in result.left_out]
    why = "no budget line is printed above it to be its parts"
    assert f"Lampiran PK 2024: left out row 'Jumlah': {why}" in left
    assert () == report.loads_toml(result.toml).amounts


def test_tables_of_one_place_in_two_styles_keep_their_own() -> None:
    """An id_ID table and an en_US one at one lampiran place: each row keeps its style."""
    result = import_text(
        "PENGUKURAN KINERJA TAHUN 2024\n\nIndikator\tTarget\nPersentase A\t90,5%\n\n"
        "ttd\n\nProgram\tPagu\tRealisasi\nProgram A\t1,000,000.00\t900,000.00\n",
        agency="Badan A",
    )
    loaded = report.loads_toml(result.toml)
    assert "en_US" == loaded.places[0].locale
    target = loaded.indicators[0].rows[0].target
    assert target is not None
    assert ("90,5%", "90.5") == (target.text, str(target.value))


def test_lampiran_place_and_split_refuse_junk() -> None:
    """A heading that is not UTF-8 text, or a split of no raw table, is a SourceError."""
    with pytest.raises(SourceError, match="must be text, not int"):
        lampiran_place(5)  # type: ignore[arg-type]
    with pytest.raises(SourceError, match="must be UTF-8 text"):
        lampiran_place("PERJANJIAN KINERJA \ud800")
    with pytest.raises(SourceError, match="split needs a RawTable, not str"):
        split("a\tb")  # type: ignore[arg-type]


def test_jumlah_of_a_lampiran_is_read_for_its_pagu_only() -> None:
    """The realisasi printed in a lampiran's Jumlah row is left out, with the reason.

    The amount is the pagu of the block: 1.000.000 + 2.000.000 = 3.000.000, as printed.
    """
    result = import_text(
        "PENGUKURAN KINERJA TAHUN 2024\n\nProgram\tPagu\tRealisasi\n"
        "Program A\tRp. 1.000.000\tRp. 900.000\nProgram B\tRp. 2.000.000\tRp. 1.500.000\n"
        "Jumlah\tRp. 3.000.000\tRp. 2.400.000\n",
        agency="Badan A",
    )
    loaded = report.loads_toml(result.toml)
    assert [("Rp. 3.000.000", ("P1", "P2"))] == [(a.figure.text, a.parts) for a in loaded.amounts]
    assert (
        "Pengukuran Kinerja 2024: left out row 'Jumlah', column 'Realisasi' 'Rp. 2.400.000': "
        "a lampiran's Jumlah is read for its pagu only; a person must add the rest"
    ) in [str(e) for e in result.left_out]


_IDS = re.compile(
    r"^(?:Matrik Renstra|(?:RKT|Lampiran PK|Lampiran Perubahan PK|Pengukuran Kinerja) 20\d\d)$"
)
_WORDS = st.sampled_from(
    ["PERJANJIAN", "PERUBAHAN", "KINERJA", "TAHUN", "2024", "2021 - 2026", "MATRIK", "RENSTRA",
     "RENCANA", "KERJA", "TAHUNAN", "PENGUKURAN", "LAMPIRAN", "3:", "**", "Badan", "\n", "5."]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=10).map(" ".join) | st.text(max_size=80))
def test_lampiran_place_gives_a_vocabulary_id_or_none(heading: str) -> None:
    """Any text gives no place or one of the vocabulary's ids, its year from 'TAHUN NNNN'."""
    try:
        found = lampiran_place(heading)
    except SourceError:
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in heading)
        return
    if found is not None:
        assert _IDS.match(found[0]), found
        year = found[0][-4:]
        assert found[0] == "Matrik Renstra" or re.search(rf"(?i)tahun\s+{year}", found[1])


@given(st.lists(st.sampled_from(["Persentase A\t90%", "Program A\tRp. 1.000.000", "ttd", ""])))
def test_every_table_line_lands_in_one_table(lines: list[str]) -> None:
    """Under a lampiran heading, every table line of the text is a row of exactly one table."""
    text = "PENGUKURAN KINERJA TAHUN 2024\n\nIndikator\tTarget\n" + "\n".join(lines) + "\n"
    tables = from_text(text)
    assert 1 + sum(1 for line in lines if "\t" in line) == sum(len(t.rows) for t in tables)
    assert "Pengukuran Kinerja 2024" == tables[0].place
