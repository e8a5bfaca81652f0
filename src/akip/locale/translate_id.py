# ruff: noqa: INP001 - a script of the catalogs' folder, not a module of akip
"""Fill the Indonesian catalog from the template (run by ``make messages``).

Babel's tools extract the messages (``pybabel extract``) and compile the catalogs
(``pybabel compile``); the Indonesian text of each message lives here, so that a new
message without a translation fails ``tests/test_i18n.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ID = {
    " (rerun with --debug for the traceback)": " (jalankan ulang dengan --debug untuk traceback)",
    "Agree": "Sesuai",
    "Atribut": "Atribut",
    "Budget realisation {year}": "Realisasi Anggaran {year}",
    "Capaian": "Capaian",
    "Capaian kinerja (%)": "Capaian kinerja (%)",
    "Category": "Kategori",
    "Change (points)": "Perubahan (poin)",
    "Chart": "Grafik",
    "Check the figures of an LKjIP report file and print its official tables.": (
        "Memeriksa angka-angka berkas laporan LKjIP dan mencetak tabel resminya."
    ),
    "Checked": "Diperiksa",
    "Code": "Kode",
    "Column": "Kolom",
    "Comparison with earlier years": "Perbandingan dengan tahun-tahun sebelumnya",
    "Coverage": "Cakupan pemeriksaan",
    "Differ": "Berbeda",
    "Efficiency index": "Indeks efisiensi",
    "Efficiency {year}": "Efisiensi Penggunaan Sumber Daya {year}",
    "Every kegiatan and program is the sum of its children, recomputed.": (
        "Setiap kegiatan dan program adalah jumlah rinciannya, dihitung ulang."
    ),
    "Expected": "Seharusnya",
    "Findings": "Temuan",
    "Indicator": "Indikator",
    "LKjIP review working paper": "Kertas Kerja Reviu LKjIP",
    "Made with akip {version}.": "Dibuat dengan akip {version}.",
    "No.": "No.",
    "Not checked": "Tidak diperiksa",
    "Not computable": "Tidak dapat dihitung",
    "Pagu": "Pagu",
    "Penyerapan": "Penyerapan",
    "Penyerapan (%)": "Penyerapan (%)",
    "Performance measurement {year}": "Pengukuran Kinerja {year}",
    "Place": "Letak",
    "Predikat": "Predikat",
    "Print the recomputed official tables of a report file.": (
        "Mencetak tabel resmi berkas laporan, dihitung ulang."
    ),
    "Printed": "Tercetak",
    "Program / kegiatan / sub kegiatan": "Program / kegiatan / sub kegiatan",
    "Programs": "Program",
    "Re-check every printed figure of a report file.": (
        "Memeriksa ulang setiap angka yang tercetak dalam berkas laporan."
    ),
    "Realisasi": "Realisasi",
    "Reason": "Alasan",
    "Report year {year}": "Tahun laporan {year}",
    "Reviu atas Laporan Kinerja: PermenPANRB 53/2014.": (
        "Reviu atas Laporan Kinerja: PermenPANRB 53/2014."
    ),
    "Row": "Baris",
    "Rule": "Aturan",
    "Sasaran / tujuan": "Sasaran / tujuan",
    "Show": "Tampilkan",
    "Sisa": "Sisa",
    "Source: {source}": "Sumber: {source}",
    "Table / section": "Tabel / bagian",
    "Target": "Target",
    "Total": "Jumlah",
    "Unit": "Satuan",
    "Verdict": "Hasil",
    "Year": "Tahun",
    "agree": "sesuai",
    "cannot write": "tidak dapat ditulis",
    "capaian or program amounts not printed": "capaian atau anggaran program tidak tercetak",
    "code": "kode",
    "column": "kolom",
    "did you mean": "maksudnya",
    "differ": "berbeda",
    "error": "kesalahan",
    "every code": "semua kode",
    "exit 1 when a finding of this severity or worse exists (default: error)": (
        "keluar dengan status 1 bila ada temuan setingkat ini atau lebih berat (bawaan: error)"
    ),
    (
        "exit status:\n"
        "  0  no finding at or above the fail level (default: error)\n"
        "  1  findings at or above the fail level\n"
        "  2  unusable input: the file cannot be read or is not a valid report\n"
        "  3  internal error in akip (please report it; --debug shows the traceback)"
    ): (
        "status keluar:\n"
        "  0  tidak ada temuan setingkat --fail-level atau lebih berat (bawaan: error)\n"
        "  1  ada temuan setingkat --fail-level atau lebih berat\n"
        "  2  masukan tidak dapat dipakai: berkas tidak terbaca atau bukan laporan yang sah\n"
        "  3  kesalahan internal akip (mohon dilaporkan; --debug menampilkan traceback)"
    ),
    "expected": "seharusnya",
    "findings shown": "temuan ditampilkan",
    "info": "info",
    "internal error": "kesalahan internal",
    "language of the output (default: id for an id_ID report, else en)": (
        "bahasa keluaran (bawaan: id untuk laporan id_ID, selain itu en)"
    ),
    "ledger": "buku besar",
    "not checked": "tidak diperiksa",
    "not computable": "tidak dapat dihitung",
    "please report it to the akip developers with the command and the report file": (
        "mohon laporkan kepada pengembang akip beserta perintah dan berkas laporannya"
    ),
    "print the recomputed official tables of a report file": (
        "cetak tabel resmi berkas laporan, dihitung ulang"
    ),
    "print the version": "cetak versi",
    "printed": "tercetak",
    "re-check every printed figure of a report file": (
        "periksa ulang setiap angka tercetak dalam berkas laporan"
    ),
    "reason": "alasan",
    "report file (.toml or .json)": "berkas laporan (.toml atau .json)",
    "row": "baris",
    "row at": "baris di",
    "rule": "aturan",
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help and exit": "tampilkan bantuan ini lalu keluar",
    "show the traceback of an internal error": "tampilkan traceback kesalahan internal",
    "table": "tabel",
    (
        "text (default), json, html (a self-contained working paper), csv or xlsx "
        "(one row per printed figure)"
    ): (
        "text (bawaan), json, html (kertas kerja mandiri), csv atau xlsx "
        "(satu baris per angka tercetak)"
    ),
    "text (default), markdown, csv, xlsx or html": (
        "text (bawaan), markdown, csv, xlsx atau html"
    ),
    "text format: show every finding in full": "format text: tampilkan setiap temuan lengkap",
    "unknown key": "kunci tidak dikenal",
    "verdict": "hasil",
    "warning": "peringatan",
    "write it in quotes, as printed: {example}": (
        "tulis dalam tanda kutip, seperti tercetak: {example}"
    ),
    "write to FILE instead of standard output": "tulis ke FILE, bukan ke keluaran standar",
    "year": "tahun",
    (
        "{printed} printed figures: {checked} checked ({agrees} agree, {differs} differ), "
        "{not_computable} not computable, {not_checked} not checked"
    ): (
        "{printed} angka tercetak: {checked} diperiksa ({agrees} sesuai, {differs} berbeda), "
        "{not_computable} tidak dapat dihitung, {not_checked} tidak diperiksa"
    ),
}

#: Messages with a plural: Indonesian has one form.
ID_PLURAL = {
    "The verdict on its {n} printed figure": "Hasil pemeriksaan atas {n} angka tercetaknya",
    "{n} finding caused by this one": "{n} temuan akibat temuan ini",
    "{n} finding (root causes: {roots}): ": "{n} temuan (akar masalah: {roots}): ",
}


_TITLE = {"id": "Bahasa Indonesia", "en": "English"}
_DATE = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def main(locale_dir: str) -> int:
    """Write ``id/LC_MESSAGES/akip.po`` and ``en/…`` from ``akip.pot`` in *locale_dir*."""
    base = Path(locale_dir)
    missing: list[object] = []
    for lang in ("id", "en"):
        with (base / "akip.pot").open("rb") as stream:
            catalog = read_po(stream, locale=lang)
        catalog.project, catalog.version = "akip", ""
        catalog.fuzzy = False
        catalog.header_comment = f"# {_TITLE[lang]} of akip's command line and outputs."
        catalog.creation_date = catalog.revision_date = _DATE
        catalog.last_translator = catalog.language_team = "akip developers"
        catalog.msgid_bugs_address = ""
        for message in catalog:
            if not message.id:
                continue
            if lang == "en":
                message.string = message.id
                continue
            msgid = message.id
            if isinstance(msgid, str):
                text = ID.get(msgid)
                message.string = text or ""
            else:
                text = ID_PLURAL.get(msgid[0])
                message.string = (text or "",)
            if not text:
                missing.append(msgid)
        target = base / lang / "LC_MESSAGES" / "akip.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as stream:
            write_po(
                stream, catalog, omit_header=False, sort_output=True, width=99, no_location=True
            )
    for absent in missing:
        print(f"no Indonesian text for {absent!r}", file=sys.stderr)  # noqa: T201
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent)))
