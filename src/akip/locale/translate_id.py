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
    "standard output ({encoding}) cannot write {character}: write to a file with -o FILE, "
    "or set PYTHONIOENCODING=utf-8": (
        "keluaran standar ({encoding}) tidak dapat menulis {character}: tulis ke berkas "
        "dengan -o BERKAS, atau atur PYTHONIOENCODING=utf-8"
    ),
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
    "{indicator}: no target of {year} is printed: its capaian is not recomputed": (
        "{indicator}: target tahun {year} tidak tercetak: capaiannya tidak dihitung ulang"
    ),
    "{indicator}: no target of {years} is printed: not compared": (
        "{indicator}: target tahun {years} tidak tercetak: tidak dibandingkan"
    ),
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
    "this is an LKE evaluation worksheet, not a report file: "
    "read it with akip.evaluasi.load_worksheet": "ini lembar kerja evaluasi (LKE), bukan berkas "
    "laporan: bacalah dengan akip.evaluasi.load_worksheet",
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

#: The finding messages of `akip.check` and their rules (templates marked with N_).
FINDINGS = {
    # ---- the text of akip check (akip.check.text)
    "Verdicts:": "Hasil pemeriksaan per angka:",
    "consequences ({n}):": "temuan akibatnya ({n}):",
    "expected {value}": "seharusnya {value}",
    "expected:": "seharusnya:",
    "printed:": "tercetak:",
    "rule:": "aturan:",
    (
        "{findings} findings from {roots} root causes: {error} error, {warning} warning, "
        "{info} info"
    ): (
        "{findings} temuan dari {roots} akar masalah: {error} kesalahan, {warning} peringatan, "
        "{info} info"
    ),
    # ---- places of findings (akip.report.Where) and the families of rules
    "column {column}": "kolom {column}",
    "row {row}": "baris {row}",
    "year {year}": "tahun {year}",
    "{place}, column {column}": "{place}, kolom {column}",
    "{place}, row {row}, column {column}": "{place}, baris {row}, kolom {column}",
    "the amounts": "angka-angka rupiah",
    "the budget lines": "baris-baris anggaran",
    "the efficiency rows": "baris-baris efisiensi",
    "the evaluasi worksheets": "lembar kerja evaluasi",
    "the indicator boxes": "kotak-kotak indikator",
    "the indicators": "indikator-indikator",
    "the statements": "pernyataan-pernyataan",
    # ---- the rules and their regulations (regulation names stay as they are)
    "Atribut capaian (Tabel III.2 of the report)": "Atribut capaian (Tabel III.2 laporan)",
    "Renstra period as declared in the report": (
        "periode Renstra sebagaimana dinyatakan dalam laporan"
    ),
    "Skala Nilai Peringkat Kinerja (Permendagri 86/2017), edge rule lower_bound": (
        "Skala Nilai Peringkat Kinerja (Permendagri 86/2017), aturan batas lower_bound"
    ),
    (
        "a change of a percentage is new − old in points, or (new − old) / old × 100 in "
        "percent (akip rules §5)"
    ): (
        "perubahan suatu persentase adalah baru − lama dalam poin, atau (baru − lama) / lama "
        "× 100 dalam persen (aturan akip §5)"
    ),
    "a narrative change states what the report's own figures give (akip rules §5)": (
        "pernyataan perubahan dalam narasi harus sesuai dengan angka laporan itu sendiri "
        "(aturan akip §5)"
    ),
    "a national target is the same wherever it is printed; never this unit's": (
        "target nasional sama di mana pun dicetak, tidak pernah target unit ini"
    ),
    "a total is the exact sum of its parts (akip rules §3)": (
        "jumlah adalah hasil penjumlahan persis rinciannya (aturan akip §3)"
    ),
    "capaian = (2·target − realisasi) / target × 100 (PermenPANRB 8/2021)": (
        "capaian = (2·target − realisasi) / target × 100 (PermenPANRB 8/2021)"
    ),
    "capaian = realisasi / target × 100 (PermenPANRB 8/2021)": (
        "capaian = realisasi / target × 100 (PermenPANRB 8/2021)"
    ),
    "capaian = target / realisasi × 100, the report's declared lower-is-better formula": (
        "capaian = target / realisasi × 100, rumus indikator negatif (makin rendah makin baik) "
        "yang dinyatakan laporan"
    ),
    "capaian fisik = realisasi / target × 100; units are never added (akip rules §3)": (
        "capaian fisik = realisasi / target × 100; satuan yang berbeda tidak pernah dijumlahkan "
        "(aturan akip §3)"
    ),
    (
        "capaian is measured against the latest Perjanjian Kinerja: a perubahan supersedes the "
        "murni target (PermenPANRB 53/2014)"
    ): (
        "capaian diukur terhadap Perjanjian Kinerja terakhir: target perubahan menggantikan "
        "target murni (PermenPANRB 53/2014)"
    ),
    "efisiensi anggaran = (Σpagu − Σrealisasi) / Σpagu × 100, ratio of sums (akip rules §3)": (
        "efisiensi anggaran = (Σpagu − Σrealisasi) / Σpagu × 100, rasio dari jumlah "
        "(aturan akip §3)"
    ),
    "every rule has a domain: no target of 0, no negative amount (akip rules §0–§4)": (
        "setiap aturan memiliki domain: tidak ada target 0, tidak ada jumlah negatif "
        "(aturan akip §0–§4)"
    ),
    "figures are rounded HALF_UP to the printed decimals (akip rules §0)": (
        "angka dibulatkan HALF_UP ke jumlah desimal yang dicetak (aturan akip §0)"
    ),
    "fisik and keuangan of one sub kegiatan should tell the same story": (
        "capaian fisik dan keuangan satu sub kegiatan semestinya sejalan"
    ),
    "indeks efisiensi = capaian kinerja % / penyerapan % (akip rules §4)": (
        "indeks efisiensi = capaian kinerja % / penyerapan % (aturan akip §4)"
    ),
    (
        "nilai = Σ sub-components (mean of answers × bobot / 100); predikat on the profile's "
        "table (PermenPANRB 88/2021)"
    ): (
        "nilai = Σ subkomponen (rata-rata jawaban × bobot / 100); predikat menurut tabel "
        "profilnya (PermenPANRB 88/2021)"
    ),
    "nilai anggaran = the exact sum of the indicator's programs (akip rules §3)": (
        "nilai anggaran = jumlah persis program-program indikator (aturan akip §3)"
    ),
    "one figure per budget line, measure and version": (
        "satu angka untuk setiap baris anggaran, ukuran dan versi"
    ),
    (
        "one value per quantity: the value printed in most places (ties: the one the rule "
        "recomputes) is the reference (akip's own method: no regulation says which place is "
        "right)"
    ): (
        "satu nilai untuk setiap besaran: nilai yang tercetak di paling banyak tempat (bila "
        "sama banyak: nilai yang sesuai hasil hitung ulang) menjadi acuan (metode akip sendiri: "
        "tidak ada peraturan yang menentukan tempat mana yang benar)"
    ),
    "penyerapan = realisasi / pagu × 100, ratio of sums (akip rules §3)": (
        "penyerapan = realisasi / pagu × 100, rasio dari jumlah (aturan akip §3)"
    ),
    "planning targets cascade: Renstra → RKT → Perjanjian Kinerja (PermenPANRB 53/2014)": (
        "target perencanaan berjenjang: Renstra → RKT → Perjanjian Kinerja (PermenPANRB 53/2014)"
    ),
    "realisasi = pembilang / penyebut × 100 (akip.capaian.persentase)": (
        "realisasi = pembilang / penyebut × 100 (akip.capaian.persentase)"
    ),
    "realisasi = the consolidation of its periods by the indicator's rule (akip.periode)": (
        "realisasi = konsolidasi periode-periodenya menurut aturan indikator (akip.periode)"
    ),
    "terbilang: the amount in words spells the figure (akip rules §6)": (
        "terbilang: angka yang ditulis dengan huruf sama dengan angkanya (aturan akip §6)"
    ),
    "tingkat efisiensi = indeks efisiensi − standar efisiensi (akip.efisiensi)": (
        "tingkat efisiensi = indeks efisiensi − standar efisiensi (akip.efisiensi)"
    ),
    "year n of a Renstra period is computed (akip rules §5)": (
        "tahun ke-n periode Renstra dihitung (aturan akip §5)"
    ),
    "Efisien when IE {sign} SE = {se}": "Efisien bila IE {sign} SE = {se}",
    "Efisien when {upper} ≥ IE {sign} SE = {se}": "Efisien bila {upper} ≥ IE {sign} SE = {se}",
    "{kind} on the scale {scale}{source}": "{kind} menurut skala {scale}{source}",
    # ---- comparing a printed figure with its rule (akip.check.findings)
    "{what}: the rule gives {expected}, the report prints {printed}": (
        "{what}: tercetak {printed}, seharusnya {expected} menurut aturan"
    ),
    "{what}: the rule gives {expected}, the report prints {printed} ({why})": (
        "{what}: tercetak {printed}, seharusnya {expected} menurut aturan ({why})"
    ),
    "{what} {value} is printed cut off, not rounded HALF_UP": (
        "{what} {value} tercetak terpotong, tidak dibulatkan HALF_UP"
    ),
    "the figure cannot be recomputed from the report's own figures: {error}": (
        "angka ini tidak dapat dihitung ulang dari angka-angka laporan itu sendiri: {error}"
    ),
    "the realisasi is printed where the capaian is named": (
        "yang tercetak adalah realisasi, padahal kolomnya capaian"
    ),
    "the capaian capped at 100 %: the rule does not cap it; a report that caps declares "
    'capaian_cap = "100" in [report]': (
        "capaian yang dibatasi pada 100 %: aturannya tidak membatasi; laporan yang membatasi "
        'menyatakan capaian_cap = "100" di [report]'
    ),
    "Jumlah capaian": "Jumlah capaian",
    "the capaian {capaian} capped at {cap}, the cap the report declares": (
        "capaian {capaian} dibatasi pada {cap}, batas yang dinyatakan laporan"
    ),
    "Rata-rata capaian": "Rata-rata capaian",
    "mean": "rata-rata",
    "the sasaran summaries": "ringkasan sasaran",
    "Jumlah capaian = the exact sum of the indicators' capaian (akip rules §1, §3)": (
        "jumlah capaian = hasil penjumlahan persis capaian indikator-indikatornya "
        "(aturan akip §1, §3)"
    ),
    "Rata-rata capaian = the mean of the indicators' exact capaian, each capped only at a "
    "declared cap (akip rules §1)": (
        "rata-rata capaian = rata-rata capaian persis indikator-indikatornya, masing-masing "
        "dibatasi hanya pada batas yang dinyatakan (aturan akip §1)"
    ),
    "the mean of the indicators' capaian cannot be computed, and the row prints none": (
        "rata-rata capaian indikator-indikatornya tidak dapat dihitung, dan barisnya tidak "
        "mencetaknya"
    ),
    "the capaian of {indicators} of {year} cannot be computed": (
        "capaian {indicators} tahun {year} tidak dapat dihitung"
    ),
    "the sasaran {sasaran} has no indicator": "sasaran {sasaran} tidak memiliki indikator",
    "the row summarises indicators the file does not transcribe (partial = true)": (
        "baris meringkas indikator-indikator yang tidak disalin dalam berkas (partial = true)"
    ),
    "{why}: the summary of the sasaran's indicators cannot be judged": (
        "{why}: ringkasan indikator-indikator sasaran tidak dapat dinilai"
    ),
    "the {what} of the printed capaian, each of which agrees: the difference is only their "
    "rounding": (
        "{what} capaian yang tercetak, yang masing-masing sesuai: selisihnya hanya pembulatannya"
    ),
    "the {what} of the printed capaian, one of which differs from its rule": (
        "{what} capaian yang tercetak, yang salah satunya berbeda dengan aturannya"
    ),
    "the exact sum of the summarised indicators' capaian of the year": (
        "hasil penjumlahan persis capaian tahun itu dari indikator-indikator yang diringkas"
    ),
    "the mean of the summarised indicators' exact capaian (capped at a declared cap)": (
        "rata-rata capaian persis indikator-indikator yang diringkas (dibatasi pada batas "
        "yang dinyatakan)"
    ),
    "band of the mean capaian (Permendagri 86/2017)": (
        "rentang rata-rata capaian (Permendagri 86/2017)"
    ),
    "band of the mean capaian on the atribut scale": (
        "rentang rata-rata capaian pada skala atribut"
    ),
    "{error}; the rest of {place} was not checked": (
        "{error}; bagian {place} selebihnya tidak diperiksa"
    ),
    # ---- one quantity printed in many places (akip.check.consensus)
    "{value} in {places}": "{value} di {places}",
    (
        "{what} is printed in as many places one way as another ({values}); nothing decides "
        "which is right"
    ): (
        "{what} tercetak berbeda di tempat yang sama banyaknya ({values}); tidak ada yang "
        "menentukan mana yang benar"
    ),
    "{what} is {expected} in {places} ({count} of {total} places)": (
        "{what} tercetak {expected} di {places} ({count} dari {total} tempat)"
    ),
    "{what} is {expected} in {places} (the recomputation decides)": (
        "{what} tercetak {expected} di {places} (ditentukan oleh hasil hitung ulang)"
    ),
    "{what}: {printed} is the murni target; the perubahan ({places}) sets {expected}": (
        "{what}: {printed} adalah target murni; Perjanjian Kinerja perubahan ({places}) "
        "menetapkan {expected}"
    ),
    # ---- capaian, predikat, atribut, planning targets (akip.check.capaian)
    "a capaian of {capaian} is {expected} on the Permendagri 86/2017 scale": (
        "capaian {capaian} berpredikat {expected} menurut skala Permendagri 86/2017"
    ),
    "a capaian of {capaian} is {expected} on the {scale} scale": (
        "capaian {capaian} termasuk {expected} menurut skala {scale}"
    ),
    "average": "rata-rata",
    (
        "capaian {printed} is computed with the formula {formula}, not the report's declared "
        "{declared}"
    ): (
        "capaian {printed} dihitung dengan rumus {formula}, bukan dengan rumus {declared} yang "
        "dinyatakan laporan"
    ),
    "last": "nilai terakhir",
    "realisasi from its pembilang / penyebut": "realisasi dari pembilang / penyebutnya",
    "realisasi: the {consolidation} of its periods": (
        "realisasi: {consolidation} periode-periodenya"
    ),
    "sum": "jumlah",
    (
        "the column names the Permendagri 86/2017 predikat ({expected}) but prints the "
        "atribut scale's label {printed}"
    ): (
        "kolom ini menyebut predikat Permendagri 86/2017 ({expected}) tetapi mencetak label "
        "skala atribut {printed}"
    ),
    "{indicator}: national target": "{indicator}: target nasional",
    "{what} against the rows' target": "{what} dibandingkan dengan target pada baris pengukuran",
    # ---- budget lines (akip.check.anggaran)
    "; the report says: {problem}": "; laporan menyebutkan: {problem}",
    (
        "penyerapan of {line} is the mean of its {count} lines' {means} ({mean}); "
        "Σrealisasi / Σpagu gives {expected}"
    ): (
        "penyerapan {line} adalah rata-rata {means} {count} rinciannya ({mean}); "
        "Σrealisasi / Σpagu menghasilkan {expected}"
    ),
    "printed percentages": "persentase tercetak",
    "ratios": "rasio",
    "realisasi: the sum of its periods": "realisasi: jumlah periode-periodenya",
    "{line}: fisik {fisik} achieved with realisasi keuangan 0 of pagu {pagu}{why}": (
        "{line}: capaian fisik {fisik} tercapai dengan realisasi keuangan 0 dari pagu {pagu}{why}"
    ),
    "{line}: the fisik total adds only the {unit} lines and leaves out {left}": (
        "{line}: jumlah fisik hanya menjumlahkan rincian bersatuan {unit} dan tidak memasukkan "
        "{left}"
    ),
    "{measure} of {line}": "{measure} {line}",
    "{what}: the sum of its children's consensus": "{what}: jumlah nilai acuan rinciannya",
    "{what}: {printed} {unit} is the murni target; the perubahan ({places}) sets {expected}": (
        "{what}: {printed} {unit} adalah target murni; Perjanjian Kinerja perubahan ({places}) "
        "menetapkan {expected}"
    ),
    # ---- efficiency tables and boxes (akip.check.efisiensi)
    (
        "'Nilai Anggaran' prints the realisasi of {programs}, not their pagu {expected}; "
        'declare nilai_anggaran_measure = "realisasi" on the row if that is what the box means'
    ): (
        "'Nilai Anggaran' mencetak realisasi {programs}, bukan pagunya {expected}; nyatakan "
        'nilai_anggaran_measure = "realisasi" pada baris itu bila memang itu maksud kotak ini'
    ),
    "an efficiency index is a ratio (1 = standard), not a percentage": (
        "indeks efisiensi adalah rasio (1 = standar), bukan persentase"
    ),
    "an index of {index} is {label} ({rule})": "indeks {index} termasuk kategori {label} ({rule})",
    "capaian {capaian} / penyerapan {penyerapan} = {index}": (
        "capaian {capaian} dibagi penyerapan {penyerapan} = {index}"
    ),
    "efisiensi anggaran of {programs}": "efisiensi anggaran {programs}",
    (
        "efisiensi anggaran of {programs} is 100 − the mean of their penyerapan ({mean}); "
        "Σsisa / Σpagu gives {expected}"
    ): (
        "efisiensi anggaran {programs} adalah 100 − rata-rata penyerapannya ({mean}); "
        "Σsisa / Σpagu menghasilkan {expected}"
    ),
    "it is the {measure} sum": "angka itu adalah jumlah {measure}",
    "nilai anggaran ({measure} of {programs})": "nilai anggaran ({measure} {programs})",
    (
        "penyerapan of programs {programs} is the mean of their ratios ({mean}); "
        "Σrealisasi / Σpagu gives {expected}"
    ): (
        "penyerapan program {programs} adalah rata-rata rasionya ({mean}); Σrealisasi / Σpagu "
        "menghasilkan {expected}"
    ),
    "the penyerapan is printed where the efisiensi anggaran is named": (
        "yang tercetak adalah penyerapan, padahal kotaknya efisiensi anggaran"
    ),
    (
        "the report divided realisasi {realisasi} by penyerapan {penyerapan}, not capaian by "
        "penyerapan"
    ): (
        "laporan membagi realisasi {realisasi} dengan penyerapan {penyerapan}, bukan capaian "
        "dengan penyerapan"
    ),
    "{capaian} / {penyerapan} cut off, not rounded": (
        "{capaian} / {penyerapan} dipotong, tidak dibulatkan"
    ),
    (
        "{realisasi} / {penyerapan} = {index} is cut off to the printed decimals, not rounded "
        "HALF_UP"
    ): (
        "{realisasi} / {penyerapan} = {index} dipotong ke jumlah desimal yang dicetak, tidak "
        "dibulatkan HALF_UP"
    ),
    # ---- evaluation worksheets (akip.check.evaluasi)
    "{sheet}: a score of {score} is {expected}": "{sheet}: nilai {score} berpredikat {expected}",
    (
        "{sheet}: {missing} criteria of profile {profile} are not answered, so the score "
        "cannot be recomputed"
    ): (
        "{sheet}: {missing} kriteria profil {profile} tidak dijawab, sehingga nilainya tidak "
        "dapat dihitung ulang"
    ),
    # ---- narrative statements (akip.check.statements)
    "not computable as a percent (from 0)": "tidak dapat dihitung sebagai persen (dari 0)",
    "the number {printed} is written in words as {words}": (
        "angka {printed} ditulis dengan huruf sebagai {words}"
    ),
    (
        "the statement names the Renstra {stated_start}-{stated_end}; the report's Renstra is "
        "{start}-{end}"
    ): (
        "pernyataan menyebut Renstra {stated_start}-{stated_end}; Renstra laporan adalah "
        "{start}-{end}"
    ),
    (
        "{statement}: a capaian of {capaian} ({source}) is {predikat} (Permendagri 86/2017) "
        "or {atribut} (atribut), not {printed}"
    ): (
        "{statement}: capaian {capaian} ({source}) berpredikat {predikat} (Permendagri "
        "86/2017) atau {atribut} (atribut), bukan {printed}"
    ),
    "{statement}: a capaian of {capaian} ({source}) is {expected} on the {scale} scale": (
        "{statement}: capaian {capaian} ({source}) adalah {expected} pada skala {scale}"
    ),
    "{statement}: {printed} is on no declared scale (neither a Permendagri 86/2017 predikat "
    "nor an atribut): declare the report's scale ([[scales]]) and name it with `scale` on the "
    "indicator": (
        "{statement}: {printed} tidak ada pada skala yang dinyatakan (bukan predikat "
        "Permendagri 86/2017 maupun atribut): nyatakan skala laporan ([[scales]]) dan sebut "
        "dengan `scale` pada indikatornya"
    ),
    (
        "{statement}: the change from {old} to {new} is {points} points, {percent} of the "
        "earlier value; the report prints {printed}"
    ): (
        "{statement}: perubahan dari {old} menjadi {new} adalah {points} poin, {percent} dari "
        "nilai sebelumnya; laporan mencetak {printed}"
    ),
    (
        "{statement}: the predikat is {old} in {start} and {new} in {end}: {actual}, not "
        "{direction}"
    ): (
        "{statement}: predikatnya {old} pada {start} dan {new} pada {end}: {actual}, bukan "
        "{direction}"
    ),
    "{statement}: the report prints no capaian of {indicator} for {year}": (
        "{statement}: laporan tidak mencetak capaian {indicator} tahun {year}"
    ),
    (
        "{statement}: the report prints no {measure} of {subject} for {year}, so {direction} "
        "from {start} to {end} cannot be true"
    ): (
        "{statement}: laporan tidak mencetak {measure} {subject} tahun {year}, sehingga "
        "pernyataan {direction} dari {start} ke {end} tidak mungkin benar"
    ),
    (
        "{statement}: {measure} of {subject} is {old} in {start} ({old_source}) and {new} in "
        "{end} ({new_source}), {old_printed} and {new_printed} at the printed precision: "
        "{actual}, not {direction}"
    ): (
        "{statement}: {measure} {subject} sebesar {old} pada {start} ({old_source}) dan {new} "
        "pada {end} ({new_source}), {old_printed} dan {new_printed} pada ketelitian yang "
        "dicetak: {actual}, bukan {direction}"
    ),
    "{statement}: {measure} {year} of {subject} ({source})": (
        "{statement}: {measure} {year} {subject} ({source})"
    ),
    (
        "{statement}: {printed} is the difference in percentage points ({old} → {new}); as a "
        "percent of the earlier value the change is {percent}"
    ): (
        "{statement}: {printed} adalah selisih dalam poin persentase ({old} → {new}); sebagai "
        "persen dari nilai sebelumnya, perubahannya {percent}"
    ),
    "{statement}: {year} is not a year of the Renstra {start}-{end}": (
        "{statement}: {year} bukan tahun dalam periode Renstra {start}-{end}"
    ),
    "{year} is year {n} of the Renstra {start}-{end}": (
        "{year} adalah tahun ke-{n} Renstra {start}-{end}"
    ),
    # ---- amounts and their words (akip.check.terbilang, akip.terbilang)
    " after {words}": " setelah {words}",
    " at the start": " di awal",
    "extra {words}{where}": "kelebihan kata {words}{where}",
    "missing {words}{where}": "kurang kata {words}{where}",
    "or {value}": "atau {value}",
    "the words do not spell {printed}: {problems}": (
        "angka yang ditulis dengan huruf tidak sama dengan {printed}: {problems}"
    ),
    "total": "jumlah",
    "{amount}: the {measure} of {line} is {values} in the budget tables": (
        "{amount}: {measure} {line} adalah {values} dalam tabel anggaran"
    ),
    "{printed} instead of {expected}{where}": "{printed}, seharusnya {expected}{where}",
}
ID.update(FINDINGS)

#: The ledger's reasons (akip.check.ledger.Verdict.reason), the rules of the report-format keys
#: (akip.check.keys) and the errors of the rules a NOT_COMPUTABLE finding quotes.
REASONS = {
    # ---- the severities of the text output (codes and JSON values stay English)
    "ERROR": "KESALAHAN",
    "WARNING": "PERINGATAN",
    "INFO": "INFO",
    # ---- the status of a verdict in the verbose text ("not computable", "not checked": above)
    "agrees": "sesuai",
    "differs": "berbeda",
    # ---- how an agreement was reached, why a figure is not checked (the ledger)
    "consensus of {count} of {total} places": "nilai acuan {count} dari {total} tempat",
    "the scale {scale} does not cover a capaian of {capaian}": (
        "skala {scale} tidak mencakup capaian {capaian}"
    ),
    "one unit per indicator: its figures are counted per its unit": (
        "satu satuan untuk setiap indikator: angkanya dihitung per satuannya"
    ),
    "{indicator}: the {column} is printed per another base ({printed}) than the "
    "indicator's unit {unit}": (
        "{indicator}: {column} tercetak per basis lain ({printed}) daripada satuan "
        "indikatornya {unit}"
    ),
    "corroborated: the {column} computed from it agrees": (
        "terkonfirmasi: {column} yang dihitung darinya sesuai"
    ),
    "no rule reads {key}": "tidak ada aturan yang membaca {key}",
    "never checked: {rule}": "tidak pernah diperiksa: {rule}",
    "an input of the rule is not printed ({rule})": "masukan aturannya tidak tercetak ({rule})",
    # ---- capaian and planning targets (akip.check.capaian)
    "agrees with target and realisasi within their printed precision ({span}): the report "
    "computed from unrounded inputs": (
        "sesuai dengan target dan realisasi dalam ketelitian cetaknya ({span}): laporan "
        "menghitung dari masukan yang belum dibulatkan"
    ),
    "a figure of {unit}, printed for comparison": "angka {unit}, dicetak sebagai pembanding",
    "no other place prints one national target of the year": (
        "tidak ada tempat lain yang mencetak satu target nasional tahun itu"
    ),
    "printed in one place only ({place}); no other document of {year} states this target": (
        "hanya tercetak di satu tempat ({place}); tidak ada dokumen {year} lain yang menyatakan "
        "target ini"
    ),
    "printed in one place only, and the report declares no Perjanjian Kinerja target of {year}": (
        "hanya tercetak di satu tempat, dan laporan tidak menyatakan target Perjanjian Kinerja "
        "{year}"
    ),
    "the atribut scale's label": "label skala atribut",
    "the latest Perjanjian Kinerja; no row prints it": (
        "Perjanjian Kinerja terakhir; tidak ada baris yang mencetaknya"
    ),
    "the national target of {year}": "target nasional {year}",
    "the report declares no target of {year} to compare": (
        "laporan tidak menyatakan target {year} sebagai pembanding"
    ),
    "the row prints no realisasi to consolidate into": (
        "baris ini tidak mencetak realisasi tempat periode-periodenya dikonsolidasikan"
    ),
    "the row prints no realisasi, or only one of its parts": (
        "baris ini tidak mencetak realisasi, atau hanya salah satu komponennya"
    ),
    "the row prints no target": "baris ini tidak mencetak target",
    "the row prints no target akhir Renstra or realisasi": (
        "baris ini tidak mencetak target akhir Renstra atau realisasi"
    ),
    "the same target as the next document": "target yang sama dengan dokumen berikutnya",
    "the target the rows print": "target yang dicetak baris-baris pengukuran",
    "{label} is on no declared scale: declare the report's scale ([[scales]]) and name it with "
    "`scale` on the indicator or row": (
        "{label} tidak ada pada skala yang dinyatakan: nyatakan skala laporan ([[scales]]) dan "
        "sebut dengan `scale` pada indikator atau barisnya"
    ),
    "{version} target differs from the next planning document of the year (a revision is "
    "allowed; nothing to compare)": (
        "target {version} berbeda dari dokumen perencanaan berikutnya pada tahun yang sama "
        "(revisi diperbolehkan; tidak ada pembanding)"
    ),
    "{version} target differs from the previous planning document of the year (a revision is "
    "allowed; nothing to compare)": (
        "target {version} berbeda dari dokumen perencanaan sebelumnya pada tahun yang sama "
        "(revisi diperbolehkan; tidak ada pembanding)"
    ),
    # ---- budget lines (akip.check.anggaran)
    "a pagu of 0 has no penyerapan": "pagu 0 tidak memiliki penyerapan",
    "a target fisik of 0 has no capaian": "target fisik 0 tidak memiliki capaian",
    "see the target fisik (mixed units)": "lihat target fisiknya (satuan bercampur)",
    "the latest PK ({places})": "PK terakhir ({places})",
    "the line prints no pagu or realisasi": (
        "baris anggaran ini tidak mencetak pagu atau realisasi"
    ),
    "the row prints no pagu and realisasi": "baris ini tidak mencetak pagu dan realisasi",
    "the row prints no realisasi (Jumlah) to sum into": (
        "baris ini tidak mencetak realisasi (Jumlah) tempat periode-periodenya dijumlahkan"
    ),
    # ---- efficiency rows and boxes (akip.check.efisiensi)
    "a budget line of the box has no pagu or realisasi": (
        "salah satu baris anggaran kotak ini tidak memiliki pagu atau realisasi"
    ),
    "a program of the row has no pagu or realisasi": (
        "salah satu program baris ini tidak memiliki pagu atau realisasi"
    ),
    "budget rows are of the report year only": "baris anggaran hanya untuk tahun laporan",
    "the box does not declare which sum it prints": (
        "kotak ini tidak menyatakan jumlah mana yang dicetaknya"
    ),
    "the boxes name no budget line": "kotak-kotak ini tidak menyebut baris anggaran",
    "the index cannot be computed": "indeksnya tidak dapat dihitung",
    "the programs' pagu is 0 or an amount is negative": (
        "pagu program-programnya 0 atau ada jumlah yang negatif"
    ),
    "the report's declared SE": "SE yang dinyatakan laporan",
    "the row names no program: an input of its index": (
        "baris ini tidak menyebut program: masukan indeksnya"
    ),
    "the row prints no capaian kinerja and names no indicator": (
        "baris ini tidak mencetak capaian kinerja dan tidak menyebut indikator"
    ),
    "the row prints no index": "baris ini tidak mencetak indeks",
    "the row's own standar efisiensi: an input of its TE": (
        "standar efisiensi baris ini sendiri: masukan TE-nya"
    ),
    "the unit's overall capaian kinerja, printed without an indicator: an input of its index": (
        "capaian kinerja keseluruhan unit, dicetak tanpa indikator: masukan indeksnya"
    ),
    "{indicator} has no target and realisasi of {year}": (
        "{indicator} tidak memiliki target dan realisasi {year}"
    ),
    # ---- evaluation worksheets, statements, amounts
    "the score cannot be recomputed": "nilainya tidak dapat dihitung ulang",
    "a predikat change prints no value": "perubahan predikat tidak mencetak nilai",
    "the difference in points": "selisih dalam poin",
    "Σ of {lines}": "Σ dari {lines}",
    "the report prints the {measure} of {year} nowhere else": (
        "laporan tidak mencetak {measure} {year} di tempat lain"
    ),
    "the statement names no years, or a measure akip cannot tie to the report's figures": (
        "pernyataan ini tidak menyebut tahun, atau menyebut ukuran yang tidak dapat dikaitkan "
        "akip dengan angka laporan"
    ),
    "{year} is not a year of the Renstra": "{year} bukan tahun periode Renstra",
    "a budget line of its parts prints nothing": (
        "salah satu baris anggaran rinciannya tidak mencetak apa pun"
    ),
    "budget line {line} prints no {measure}": "baris anggaran {line} tidak mencetak {measure}",
    "its words do not spell it: the words are the slip": (
        "terbilangnya tidak sama dengan angkanya: kesalahannya ada pada terbilang"
    ),
    "spelled by its words": "sama dengan terbilangnya",
    "the amount names no words, parts or budget line": (
        "angka ini tidak menyebut terbilang, rincian atau baris anggaran"
    ),
    "the figure has no words (negative, or a fraction of a sen)": (
        "angka ini tidak memiliki terbilang (negatif, atau ada pecahan sen)"
    ),
    # ---- the rules of the report-format keys (akip.check.keys)
    (
        "one value per year and document across the places printing it (PK: Tabel 1, II.4, the "
        "Lampiran); Renstra → RKT → PK cascade; the latest PK is the rows' target"
    ): (
        "satu nilai untuk setiap tahun dan dokumen di semua tempat yang mencetaknya (PK: Tabel "
        "1, II.4, Lampiran); berjenjang Renstra → RKT → PK; PK terakhir adalah target baris-baris "
        "pengukuran"
    ),
    (
        "consensus of the rows of the year with the latest Perjanjian Kinerja target; a murni "
        "target a perubahan superseded is SUPERSEDED_TARGET"
    ): (
        "nilai acuan baris-baris tahun yang sama dengan target Perjanjian Kinerja terakhir; "
        "target murni yang telah digantikan perubahan adalah SUPERSEDED_TARGET"
    ),
    "consensus of the rows of the year": "nilai acuan baris-baris tahun yang sama",
    (
        "capaian of the consensus target and realisasi (PermenPANRB 8/2021); else the consensus "
        "of the rows printing it"
    ): (
        "capaian dari nilai acuan target dan realisasi (PermenPANRB 8/2021); selain itu nilai "
        "acuan baris-baris yang mencetaknya"
    ),
    "band of the capaian (Permendagri 86/2017)": "rentang capaian (Permendagri 86/2017)",
    "band of the capaian on the atribut scale": "rentang capaian pada skala atribut",
    "realisasi / target akhir Renstra × 100": "realisasi / target akhir Renstra × 100",
    (
        "the target at the end of the Renstra is an input of the kemajuan, corroborated when the "
        "kemajuan agrees; no rule recomputes it"
    ): (
        "target akhir Renstra adalah masukan tingkat kemajuan, terkonfirmasi bila kemajuannya "
        "sesuai; tidak ada aturan yang menghitungnya ulang"
    ),
    "Σsisa / Σpagu of the row's programs": "Σsisa / Σpagu program-program baris ini",
    "Σpagu (or Σrealisasi) of the programs": "Σpagu (atau Σrealisasi) program-programnya",
    "a national figure is another unit's: never merged into this indicator": (
        "angka nasional adalah milik unit lain: tidak pernah digabungkan ke indikator ini"
    ),
    (
        "consensus of the national target of the year across the places printing it; never "
        "this unit's target"
    ): (
        "nilai acuan target nasional tahun itu di semua tempat yang mencetaknya; tidak pernah "
        "target unit ini"
    ),
    (
        "an input of the realisasi: pembilang / penyebut × 100 is compared with the printed "
        "realisasi at its decimals (akip.capaian.persentase)"
    ): (
        "masukan realisasi: pembilang / penyebut × 100 dibandingkan dengan realisasi tercetak "
        "pada jumlah desimalnya (akip.capaian.persentase)"
    ),
    "an input of the realisasi: pembilang / penyebut × 100 (akip.capaian.persentase)": (
        "masukan realisasi: pembilang / penyebut × 100 (akip.capaian.persentase)"
    ),
    (
        "the consolidation of the periods (by the indicator's rule, akip.periode.consolidate) "
        "is the row's realisasi"
    ): (
        "konsolidasi periode-periodenya (menurut aturan indikator, akip.periode.consolidate) "
        "adalah realisasi baris ini"
    ),
    (
        "consensus of the places printing the line's pagu of the version; a table's total is "
        "the sum of the children it prints"
    ): (
        "nilai acuan tempat-tempat yang mencetak pagu baris anggaran pada versi itu; jumlah "
        "suatu tabel adalah penjumlahan rincian yang dicetaknya"
    ),
    "consensus of the line's latest pagu; a parent is the sum of its children": (
        "nilai acuan pagu terakhir baris anggaran; induk adalah jumlah rinciannya"
    ),
    "consensus of the line's realisasi; a parent is the sum of its children": (
        "nilai acuan realisasi baris anggaran; induk adalah jumlah rinciannya"
    ),
    "consensus realisasi / pagu × 100": "nilai acuan realisasi / pagu × 100",
    "pagu − realisasi": "pagu − realisasi",
    (
        "the latest PK target of the line's output indicator; else corroborated by the capaian "
        "fisik it yields"
    ): (
        "target PK terakhir indikator keluaran baris anggaran; selain itu terkonfirmasi oleh "
        "capaian fisik yang dihasilkannya"
    ),
    "corroborated by the capaian fisik it yields; no rule recomputes it": (
        "terkonfirmasi oleh capaian fisik yang dihasilkannya; tidak ada aturan yang "
        "menghitungnya ulang"
    ),
    "realisasi / target fisik × 100": "realisasi / target fisik × 100",
    "the sum of the periods is the row's realisasi (akip.periode.consolidate)": (
        "jumlah periode-periodenya adalah realisasi baris ini (akip.periode.consolidate)"
    ),
    "the planned penyerapan of the period is a plan: no rule derives it": (
        "rencana penyerapan suatu periode adalah rencana: tidak ada aturan yang menurunkannya"
    ),
    (
        "capaian of the indicator's consensus inputs; on a row without an indicator, the "
        "unit's overall capaian: an input of the index, not checked"
    ): (
        "capaian dari nilai acuan masukan indikatornya; pada baris tanpa indikator, capaian "
        "keseluruhan unit: masukan indeks, tidak diperiksa"
    ),
    "Σrealisasi / Σpagu of the row's programs": "Σrealisasi / Σpagu program-program baris ini",
    "capaian % / penyerapan %": "capaian % / penyerapan %",
    (
        "Efisien / Tidak Efisien of the index, on the report's own rule "
        "([report.efficiency_rule], akip.efisiensi.Aturan) else IE ≥ 1"
    ): (
        "Efisien / Tidak Efisien menurut indeksnya, dengan aturan laporan itu sendiri "
        "([report.efficiency_rule], akip.efisiensi.Aturan), selain itu IE ≥ 1"
    ),
    "tingkat efisiensi = IE − SE at the printed decimals (akip.efisiensi)": (
        "tingkat efisiensi = IE − SE pada jumlah desimal yang dicetak (akip.efisiensi)"
    ),
    (
        "the standard SE of the row: the report's rule's standard (1 unless declared); an "
        "input of the TE"
    ): ("standar SE baris ini: standar aturan laporan (1 bila tidak dinyatakan); masukan TE"),
    "spelled by its words; the sum of its parts; a figure of its budget line": (
        "sama dengan terbilangnya; jumlah rinciannya; angka baris anggarannya"
    ),
    "terbilang of the figure": "terbilang angkanya",
    "year n of the Renstra period": "tahun ke-n periode Renstra",
    "the measure of the earlier year": "ukuran tahun yang lebih awal",
    "the measure of the later year": "ukuran tahun yang lebih akhir",
    "points or percent of the change": "poin atau persen perubahannya",
    "score of the answers (PermenPANRB 88/2021)": (
        "nilai dari jawaban-jawaban (PermenPANRB 88/2021)"
    ),
    "band of the score": "rentang nilai",
    # ---- the errors of the rules a NOT_COMPUTABLE finding quotes (the field names stay)
    "'target' must be >= 0 for polarity {polarity}: {target}": (
        "'target' harus >= 0 untuk polaritas {polarity}: {target}"
    ),
    "'realisasi' must be >= 0 for polarity {polarity}: {realisasi}": (
        "'realisasi' harus >= 0 untuk polaritas {polarity}: {realisasi}"
    ),
    "'realisasi' must be != 0 for minimize formula t_over_r: 0 (not computable)": (
        "'realisasi' harus != 0 untuk rumus minimize t_over_r: 0 (tidak dapat dihitung)"
    ),
    (
        "'target' must be != 0 for polarity {polarity} (zero_target={zero_target}, realisasi "
        "{realisasi}): 0 (not computable)"
    ): (
        "'target' harus != 0 untuk polaritas {polarity} (zero_target={zero_target}, realisasi "
        "{realisasi}): 0 (tidak dapat dihitung)"
    ),
    "'pembilang' and 'penyebut' must be >= 0: {pembilang}, {penyebut}": (
        "'pembilang' dan 'penyebut' harus >= 0: {pembilang}, {penyebut}"
    ),
    "'persentase' is not computable when 'penyebut' is 0 (pembilang {pembilang})": (
        "'persentase' tidak dapat dihitung bila 'penyebut' bernilai 0 (pembilang {pembilang})"
    ),
    "'pagu' must be >= 0: {pagu}": "'pagu' harus >= 0: {pagu}",
    "'realisasi' must be >= 0: {realisasi}": "'realisasi' harus >= 0: {realisasi}",
    "'penyerapan' is not computable when 'pagu' is 0 (realisasi {realisasi})": (
        "'penyerapan' tidak dapat dihitung bila 'pagu' bernilai 0 (realisasi {realisasi})"
    ),
    "'target' and 'realisasi' fisik must be >= 0: target {target}, realisasi {realisasi}": (
        "'target' dan 'realisasi' fisik harus >= 0: target {target}, realisasi {realisasi}"
    ),
    "'capaian_fisik' is not computable when 'target' is 0 (realisasi {realisasi})": (
        "'capaian_fisik' tidak dapat dihitung bila 'target' bernilai 0 (realisasi {realisasi})"
    ),
    "'capaian_kinerja' and 'penyerapan' must be >= 0: {capaian}, {penyerapan}": (
        "'capaian_kinerja' dan 'penyerapan' harus >= 0: {capaian}, {penyerapan}"
    ),
    "'indeks_efisiensi' is not computable when 'penyerapan' is 0 (capaian {capaian})": (
        "'indeks_efisiensi' tidak dapat dihitung bila 'penyerapan' bernilai 0 (capaian {capaian})"
    ),
    "'amount' must not be negative in terbilang: {amount}": (
        "'amount' tidak boleh negatif dalam terbilang: {amount}"
    ),
    "'amount' must be below 10**18 in terbilang: {amount}": (
        "'amount' harus di bawah 10**18 dalam terbilang: {amount}"
    ),
    "'amount' must not have a fraction of a sen in terbilang: {amount}": (
        "'amount' tidak boleh memiliki pecahan sen dalam terbilang: {amount}"
    ),
    "'consolidation' is required on the indicator (sum, last or average): None": (
        "'consolidation' wajib dinyatakan pada indikator (sum, last atau average): None"
    ),
}
ID.update(REASONS)

#: The finding codes (akip.check.codes) and akip rule / akip check --statistics.
CODES = {
    "--statistics writes text or json, not {format}": (
        "--statistics menulis teks atau json, bukan {format}"
    ),
    "Emitted by": "Dihasilkan oleh",
    "Explain a finding code of akip check: its page, or the list of codes.": (
        "Menjelaskan kode temuan akip check: halamannya, atau daftar semua kode."
    ),
    "Severity": "Tingkat",
    "Summary": "Ringkasan",
    "a finding code, e.g. SUM_MISMATCH": "kode temuan, mis. SUM_MISMATCH",
    "count": "jumlah",
    (
        "exit status:\n"
        "  0  the page of the code (or the list of codes) is printed\n"
        "  2  unknown code (the message names the nearest one)\n"
        "  3  internal error in akip (please report it; --debug shows the traceback)"
    ): (
        "status keluar:\n"
        "  0  halaman kode (atau daftar kode) dicetak\n"
        "  2  kode tidak dikenal (pesannya menyebut kode terdekat)\n"
        "  3  kesalahan internal akip (mohon laporkan; --debug menampilkan traceback)"
    ),
    "explain a finding code (akip rule --all lists every code)": (
        "menjelaskan kode temuan (akip rule --all mendaftar semua kode)"
    ),
    "language of the output (default: from $LANG, else en)": (
        "bahasa keluaran (bawaan: dari $LANG, selain itu en)"
    ),
    "list every code with its severities and summary": (
        "mendaftar semua kode dengan tingkat dan ringkasannya"
    ),
    (
        "print one line per finding code instead of the findings: count, roots, code, "
        "worst severity, summary (text or json)"
    ): (
        "mencetak satu baris per kode temuan, bukan temuannya: jumlah, akar masalah, kode, "
        "tingkat terberat, ringkasan (teks atau json)"
    ),
    "roots": "akar",
    "severity": "tingkat",
    "summary": "ringkasan",
    "unknown finding code {code}; the nearest is {nearest}": (
        "kode temuan {code} tidak dikenal; yang terdekat adalah {nearest}"
    ),
    # ---- the summaries
    'a "year n of the Renstra" statement is wrong': ('pernyataan "tahun ke-n Renstra" salah'),
    "a figure is possible but implausible": "angka mungkin secara hitungan, tetapi tidak wajar",
    "a figure uses a murni Perjanjian Kinerja target that a perubahan replaced": (
        "angka memakai target Perjanjian Kinerja murni yang telah diganti perubahan"
    ),
    "a fisik total adds only the lines in one unit": (
        "jumlah fisik hanya menjumlahkan baris-baris dengan satu satuan"
    ),
    "a lower-is-better capaian uses another named formula than the report declares": (
        "capaian indikator negatif memakai rumus bernama lain daripada yang dinyatakan laporan"
    ),
    "a narrative change or label contradicts the report's own figures": (
        "perubahan atau label dalam narasi bertentangan dengan angka laporan itu sendiri"
    ),
    "a percentage is the mean of the parts' ratios, not the ratio of their sums": (
        "persentase adalah rata-rata rasio rinciannya, bukan rasio dari jumlahnya"
    ),
    "a place prints another value than the consensus of the places printing the same quantity": (
        "suatu tempat mencetak nilai lain daripada kesepakatan tempat-tempat yang mencetak "
        "besaran yang sama"
    ),
    "a printed Efisien / Tidak Efisien differs from the index on the report's rule": (
        "Efisien / Tidak Efisien yang tercetak berbeda dengan indeksnya menurut aturan laporan"
    ),
    "a printed capaian differs from the formula on the consensus target and realisasi": (
        "capaian yang tercetak berbeda dengan rumusnya atas target dan realisasi kesepakatan"
    ),
    "a printed figure cannot be recomputed: its inputs are outside the rule": (
        "angka yang tercetak tidak dapat dihitung ulang: masukannya di luar domain aturan"
    ),
    "a printed figure is the exact value cut off, not rounded HALF_UP": (
        "angka yang tercetak adalah nilai persis yang dipotong, tidak dibulatkan HALF_UP"
    ),
    ("a printed penyerapan, capaian fisik or efisiensi anggaran differs from the ratio of sums"): (
        "penyerapan, capaian fisik atau efisiensi anggaran yang tercetak berbeda dengan rasio "
        "dari jumlah"
    ),
    "a printed predikat is not the band of the recomputed capaian": (
        "predikat yang tercetak bukan rentang capaian hasil hitung ulang"
    ),
    "a printed success attribute is not the band of the recomputed capaian": (
        "atribut keberhasilan yang tercetak bukan rentang capaian hasil hitung ulang"
    ),
    "a printed total differs from the exact sum of its parts": (
        "jumlah yang tercetak berbeda dengan jumlah persis rinciannya"
    ),
    "an amount or a number in words does not spell its figure": (
        "angka rupiah atau bilangan yang ditulis dengan huruf tidak sama dengan angkanya"
    ),
    (
        "an efficiency index differs from capaian / penyerapan, or a tingkat efisiensi "
        "from IE − SE"
    ): (
        "indeks efisiensi berbeda dengan capaian / penyerapan, atau tingkat efisiensi dengan "
        "IE − SE"
    ),
    "an indicator's realisasi is not the consolidation of its printed periods": (
        "realisasi indikator bukan konsolidasi periode-periode yang dicetaknya"
    ),
    "the printed score or predikat of an evaluation worksheet differs from its answers": (
        "nilai atau predikat lembar kerja evaluasi yang tercetak berbeda dengan jawabannya"
    ),
    # ---- the explanations
    (
        "A Perjanjian Kinerja perubahan supersedes the murni (PermenPANRB 53/2014): capaian "
        "is measured against the latest target. A place, or the target fisik of a budget "
        "line, printing the murni target is an error; what is computed from it is its "
        "consequence. Fix: print the perubahan's target and recompute what depends on it."
    ): (
        "Perjanjian Kinerja perubahan menggantikan yang murni (PermenPANRB 53/2014): capaian "
        "diukur terhadap target terakhir. Tempat, atau target fisik baris anggaran, yang "
        "mencetak target murni adalah kesalahan; yang dihitung darinya adalah akibatnya. "
        "Perbaikan: cetak target perubahan dan hitung ulang apa yang bergantung padanya."
    ),
    (
        "A narrative statement ([[statements]]) is checked against the report's own "
        "figures (akip rules §5): its direction (meningkat, tetap, menurun), the values it "
        "prints, the size of the change (in percent, (new − old) / old × 100, or in points, "
        "new − old) and its label (the capaian's predikat or atribut, or its label on the "
        "indicator's declared scale). An error when it contradicts them or names a year "
        "with no value; info when a change of a percentage is given in points but written "
        "with %, or when the label is on no declared scale (declare the report's scale). "
        "Fix: correct the sentence, or the figure it contradicts."
    ): (
        "Pernyataan naratif ([[statements]]) diperiksa terhadap angka laporan itu sendiri "
        "(aturan akip §5): arahnya (meningkat, tetap, menurun), nilai yang dicetaknya, besar "
        "perubahannya (dalam persen, (baru − lama) / lama × 100, atau dalam poin, baru − lama) "
        "dan labelnya (predikat atau atribut capaian, atau labelnya pada skala yang dinyatakan "
        "untuk indikator). Kesalahan bila bertentangan dengannya atau menyebut tahun tanpa "
        "nilai; info bila perubahan suatu persentase dinyatakan dalam poin tetapi ditulis "
        "dengan %, atau bila labelnya tidak ada pada skala yang dinyatakan (nyatakan skala "
        "laporan). Perbaikan: betulkan kalimatnya, atau angka yang dibantahnya."
    ),
    (
        "A physical (fisik) target carries a unit, and a rollup never adds different units "
        "(akip rules §3). A parent's fisik total that adds only its children in its own "
        "unit leaves the others out: a warning, since the figure is not the whole. Fix: "
        "print the fisik per unit, or no total."
    ): (
        "Target fisik memiliki satuan, dan penjumlahan tidak pernah menjumlahkan satuan yang "
        "berbeda (aturan akip §3). Jumlah fisik induk yang hanya menjumlahkan rinciannya "
        "dengan satuannya sendiri meninggalkan yang lain: peringatan, karena angkanya bukan "
        "keseluruhan. Perbaikan: cetak fisik per satuan, atau tanpa jumlah."
    ),
    (
        "A printed capaian, a tingkat kemajuan of the Renstra, the capaian kinerja of an "
        "efficiency row, a realisasi printed with its pembilang and penyebut, or the "
        "Rata-rata capaian of a sasaran's indicators differs from what its formula gives "
        "on the consensus inputs, at the printed decimals (lower is better: (2·target − "
        "realisasi) / target × 100; the mean of the indicators' exact capaian, capped only "
        "at the report's declared capaian_cap). Always an error; when the row's realisasi "
        "is printed where the capaian is named, or a 100 is the capaian capped at 100 % "
        "without a declared cap, the message says so. Fix: recompute the figure from the "
        "target and the realisasi with the indicator's polarity, and round it HALF_UP; "
        "declare the cap the report applies."
    ): (
        "Capaian yang tercetak, tingkat kemajuan Renstra, capaian kinerja baris efisiensi, "
        "realisasi yang dicetak bersama pembilang dan penyebutnya, atau rata-rata capaian "
        "indikator-indikator suatu sasaran berbeda dengan hasil rumusnya atas masukan "
        "kesepakatan, pada jumlah desimal yang dicetak (makin rendah makin baik: (2·target − "
        "realisasi) / target × 100; rata-rata capaian persis indikator-indikatornya, dibatasi "
        "hanya pada capaian_cap yang dinyatakan laporan). Selalu kesalahan; bila realisasi "
        "baris dicetak di tempat capaian, atau angka 100 adalah capaian yang dibatasi pada "
        "100 % tanpa batas yang dinyatakan, pesannya menyebutkannya. Perbaikan: hitung ulang "
        "angkanya dari target dan realisasi menurut polaritas indikator, lalu bulatkan "
        "HALF_UP; nyatakan batas yang diterapkan laporan."
    ),
    (
        "A row's atribut is the band of its capaian on the default atribut scale (Tabel "
        "III.2 of the Dumai LKjIP 2024: 85 and above Sangat Berhasil, 70 to under 85 "
        "Berhasil, 55 to under 70 Cukup Berhasil, under 55 Tidak Berhasil), or on the "
        "scale the row or its indicator names ([[scales]]). Always an error. Fix: print "
        "the band of the capaian, or declare the scale the report uses."
    ): (
        "Atribut suatu baris adalah rentang capaiannya pada skala atribut bawaan (Tabel III.2 "
        "LKjIP Dumai 2024: 85 ke atas Sangat Berhasil, 70 sampai kurang dari 85 Berhasil, 55 "
        "sampai kurang dari 70 Cukup Berhasil, kurang dari 55 Tidak Berhasil), atau pada skala "
        "yang disebut baris atau indikatornya ([[scales]]). Selalu kesalahan. Perbaikan: "
        "cetak rentang capaiannya, atau nyatakan skala yang dipakai laporan."
    ),
    (
        "A row's predikat is the band of its capaian on the Skala Nilai Peringkat Kinerja "
        "of Permendagri 86/2017 (edge rule lower_bound: 90,5 is Tinggi), or on the scale "
        "the row or its indicator names ([[scales]]). An error when the label is another "
        "band; info when "
        "the column prints the atribut scale's label of the right band instead of the "
        "predikat. Fix: print the band of the capaian on the scale the report uses, and "
        "declare that scale."
    ): (
        "Predikat suatu baris adalah rentang capaiannya pada Skala Nilai Peringkat Kinerja "
        "Permendagri 86/2017 (aturan batas lower_bound: 90,5 adalah Tinggi), atau pada skala "
        "yang disebut baris atau indikatornya ([[scales]]). Kesalahan bila labelnya rentang "
        "lain; info "
        "bila kolom mencetak label skala atribut dari rentang yang benar, bukan predikatnya. "
        "Perbaikan: cetak rentang capaian pada skala yang dipakai laporan, dan nyatakan skala "
        "itu."
    ),
    (
        "A total is the exact sum of its parts (akip rules §3): a budget parent's pagu and "
        "realisasi at a place (the sum of its children there, or of their consensus), the "
        "total of a pagu version, a sisa (pagu − realisasi), a realisasi printed with its "
        "months or triwulans, a Nilai Anggaran box (Σpagu of the indicator's programs), an "
        "amount totalling other amounts or budget lines, the Jumlah capaian of a "
        "sasaran's indicators. An error when it differs; info "
        "when a Nilai Anggaran box prints Σrealisasi without declaring it "
        '(nilai_anggaran_measure = "realisasi"). Fix: add the parts again, or declare the '
        "measure the box prints."
    ): (
        "Jumlah adalah hasil penjumlahan persis rinciannya (aturan akip §3): pagu dan "
        "realisasi induk anggaran di suatu tempat (jumlah rinciannya di tempat itu, atau "
        "kesepakatannya), jumlah suatu versi pagu, sisa (pagu − realisasi), realisasi yang "
        "dicetak bersama bulan atau triwulannya, kotak Nilai Anggaran (Σpagu program-program "
        "indikator), angka rupiah yang menjumlahkan angka lain atau baris anggaran, jumlah "
        "capaian indikator-indikator suatu sasaran. Kesalahan "
        "bila berbeda; info bila kotak Nilai Anggaran mencetak Σrealisasi tanpa menyatakannya "
        '(nilai_anggaran_measure = "realisasi"). Perbaikan: jumlahkan ulang rinciannya, atau '
        "nyatakan ukuran yang dicetak kotak itu."
    ),
    (
        "An amount printed with its words must be spelled by them, as official documents "
        "write rupiah amounts (akip rules §6; Permendagri 77/2020), case, spacing and "
        "milyar / miliar aside; so must the year number of a narrative statement (tahun ke "
        "3 (tiga)). Always an error. Fix: write the words of the figure again, or the "
        "figure of the words, whichever is the slip."
    ): (
        "Angka rupiah yang dicetak bersama hurufnya harus sama dengan hurufnya, sebagaimana "
        "dokumen resmi menulis angka rupiah (aturan akip §6; Permendagri 77/2020), tanpa "
        "memperhatikan huruf besar, spasi dan milyar / miliar; demikian pula nomor tahun "
        "dalam pernyataan naratif (tahun ke 3 (tiga)). Selalu kesalahan. Perbaikan: tulis "
        "ulang huruf dari angkanya, atau angka dari hurufnya, mana pun yang keliru."
    ),
    (
        "An efficiency row is Efisien when its recomputed index reaches the standard: IE ≥ "
        "1 (akip rules §4), or the rule the report declares in [report.efficiency_rule]. "
        "Always an error. Fix: print the category of the recomputed index, or declare the "
        "report's rule."
    ): (
        "Baris efisiensi Efisien bila indeks hasil hitung ulangnya mencapai standar: IE ≥ 1 "
        "(aturan akip §4), atau aturan yang dinyatakan laporan dalam [report.efficiency_rule]. "
        "Selalu kesalahan. Perbaikan: cetak kategori indeks hasil hitung ulang, atau nyatakan "
        "aturan laporan."
    ),
    (
        "An evaluation worksheet ([[evaluasi]]) prints its answers, its score and its "
        "predikat; the score is Σ sub-components (mean of answers × bobot / 100) on the "
        "worksheet's profile, and the predikat is its band (PermenPANRB 88/2021; "
        "akip.evaluasi). Always an error. Fix: recompute the score from the answers, and "
        "the predikat from the score."
    ): (
        "Lembar kerja evaluasi ([[evaluasi]]) mencetak jawaban, nilai dan predikatnya; nilai "
        "adalah Σ subkomponen (rata-rata jawaban × bobot / 100) menurut profil lembar kerja, "
        "dan predikat adalah rentangnya (PermenPANRB 88/2021; akip.evaluasi). Selalu "
        "kesalahan. Perbaikan: hitung ulang nilai dari jawaban, dan predikat dari nilai."
    ),
    (
        "An indicator printing its realisasi per triwulan or month consolidates them by its "
        "declared rule: sum (counts, money), last (levels, percentages) or average (akip "
        "rules §5). Always an error. Fix: print the consolidation of the periods, or "
        "declare the indicator's consolidation."
    ): (
        "Indikator yang mencetak realisasinya per triwulan atau bulan mengonsolidasikannya "
        "menurut aturan yang dinyatakannya: sum (cacah, uang), last (tingkat, persentase) atau "
        "average (aturan akip §5). Selalu kesalahan. Perbaikan: cetak konsolidasi "
        "periode-periodenya, atau nyatakan konsolidasi indikator."
    ),
    (
        "Every rule comparing a printed figure with its exact value accepts the exact value "
        "rounded HALF_UP to the printed decimals (akip rules §0). A figure that is the "
        "exact value cut off at those decimals gets this warning instead of the rule's own "
        "error: the arithmetic is right, the rounding is not. Fix: round HALF_UP (104,45 "
        "is 104,5 at one decimal, not 104,4)."
    ): (
        "Setiap aturan yang membandingkan angka tercetak dengan nilai persisnya menerima nilai "
        "persis yang dibulatkan HALF_UP ke jumlah desimal yang dicetak (aturan akip §0). Angka "
        "yang merupakan nilai persis yang dipotong pada desimal itu mendapat peringatan ini, "
        "bukan kesalahan aturannya sendiri: hitungannya benar, pembulatannya tidak. "
        "Perbaikan: bulatkan HALF_UP (104,45 menjadi 104,5 pada satu desimal, bukan 104,4)."
    ),
    (
        "Every rule has a domain (akip rules §0–§4): no target of 0, no negative amount, no "
        "fraction of a sen in words. A figure whose inputs lie outside it cannot be "
        "recomputed: a warning, not an error, since the figure may be right and the rule "
        "cannot say. A Jumlah or Rata-rata capaian of a sasaran one of whose indicators "
        "has no computable capaian of the year cannot be judged either. A part of the "
        "report that a rule refuses altogether (an unknown evaluation profile or answer "
        "code) ends with one such finding naming it, and the check goes on. Fix: check the "
        "inputs the message names."
    ): (
        "Setiap aturan memiliki domain (aturan akip §0–§4): tidak ada target 0, tidak ada "
        "jumlah negatif, tidak ada pecahan sen dalam huruf. Angka yang masukannya di luar "
        "domain itu tidak dapat dihitung ulang: peringatan, bukan kesalahan, karena angkanya "
        "mungkin benar dan aturannya tidak dapat memastikan. Jumlah atau rata-rata capaian "
        "suatu sasaran yang salah satu indikatornya tidak memiliki capaian tahun itu yang "
        "dapat dihitung juga tidak dapat dinilai. Bagian laporan yang ditolak "
        "seluruhnya oleh suatu aturan (profil evaluasi atau kode jawaban yang tidak dikenal) "
        "berakhir dengan satu temuan seperti ini yang menyebutnya, dan pemeriksaan berlanjut. "
        "Perbaikan: periksa masukan yang disebut pesannya."
    ),
    (
        "One quantity (an indicator's target, realisasi or capaian of a year, a budget "
        "line's pagu of a version or its realisasi) has one value: the value printed in "
        "most places, a tie broken by the recomputation (akip's own method: no regulation "
        "says which place is right). An error when at "
        "least two places agree on the reference, and for a national target, a planning "
        "target that does not follow Renstra → RKT → Perjanjian Kinerja, or a target fisik "
        "that is not the Perjanjian Kinerja's; a warning when only the recomputation "
        "decides, when nothing decides, or when an amount naming a budget line matches "
        "none of the line's printed figures; information when an indicator's figure is "
        "printed per another base than the indicator's unit (56,23 per 1000 for an "
        "indicator per 100.000). Fix: correct the place that differs."
    ): (
        "Satu besaran (target, realisasi atau capaian indikator pada suatu tahun, pagu suatu "
        "versi atau realisasi baris anggaran) memiliki satu nilai: nilai yang tercetak di "
        "paling banyak tempat, bila sama banyak ditentukan oleh hasil hitung ulang (metode akip "
        "sendiri: tidak ada peraturan yang menentukan tempat mana yang benar). Kesalahan bila "
        "sedikitnya dua tempat sepakat atas acuannya, dan untuk "
        "target nasional, target perencanaan yang tidak mengikuti Renstra → RKT → Perjanjian "
        "Kinerja, atau target fisik yang bukan target Perjanjian Kinerja; peringatan bila "
        "hanya hitung ulang yang menentukan, bila tidak ada yang menentukan, atau bila angka "
        "rupiah yang menyebut baris anggaran tidak sama dengan satu pun angka tercetak baris "
        "itu; informasi bila angka suatu indikator tercetak per basis lain daripada satuan "
        "indikatornya (56,23 per 1000 untuk indikator per 100.000). "
        "Perbaikan: betulkan tempat yang berbeda."
    ),
    (
        "The arithmetic does not decide it; a reader should look. A warning for a budget "
        "line whose capaian fisik is at least 100 with a realisasi keuangan of 0 of a "
        "positive pagu (fisik and keuangan should tell the same story); info for an "
        "efficiency index printed as a percentage (an index is a ratio, 1 the standard). "
        "Fix: explain or correct the figure."
    ): (
        "Hitungan tidak memutuskannya; pembaca perlu melihat. Peringatan untuk baris anggaran "
        "yang capaian fisiknya sedikitnya 100 dengan realisasi keuangan 0 dari pagu positif "
        "(capaian fisik dan keuangan semestinya sejalan); info untuk indeks efisiensi yang "
        "dicetak sebagai persentase (indeks adalah rasio, 1 standarnya). Perbaikan: jelaskan "
        "atau betulkan angkanya."
    ),
    (
        "The capaian of a lower-is-better indicator is (2·target − realisasi) / target × "
        "100 (PermenPANRB 8/2021), or target / realisasi × 100 where the report or the "
        "indicator declares it in minimize_formula. The printed capaian is what the other "
        "named formula gives: a warning, since the method is recognisable but is not the "
        "declared one. Fix: use the declared formula, or declare the one the report uses."
    ): (
        "Capaian indikator negatif (makin rendah makin baik) adalah (2·target − realisasi) / "
        "target × 100 (PermenPANRB 8/2021), atau target / realisasi × 100 bila laporan atau "
        "indikator menyatakannya dalam minimize_formula. Capaian yang tercetak adalah hasil "
        "rumus bernama yang lain: peringatan, karena caranya dikenali tetapi bukan yang "
        "dinyatakan. Perbaikan: pakai rumus yang dinyatakan, atau nyatakan rumus yang dipakai "
        "laporan."
    ),
    (
        "The percentage of a group is the ratio of its sums (Σrealisasi / Σpagu), never the "
        "mean of its parts' percentages (akip rules §3). An error for the penyerapan of an "
        "efficiency row or an efisiensi anggaran box that prints the mean; a warning for a "
        "budget parent printing the mean of its leaves' ratios (exact, or of their printed "
        "percentages). Fix: divide the summed realisasi by the summed pagu."
    ): (
        "Persentase suatu kelompok adalah rasio dari jumlahnya (Σrealisasi / Σpagu), bukan "
        "rata-rata persentase rinciannya (aturan akip §3). Kesalahan untuk penyerapan baris "
        "efisiensi atau kotak efisiensi anggaran yang mencetak rata-ratanya; peringatan untuk "
        "induk anggaran yang mencetak rata-rata rasio rincian terbawahnya (persis, atau dari "
        "persentase tercetaknya). Perbaikan: bagi jumlah realisasi dengan jumlah pagu."
    ),
    (
        "Year n of a Renstra period is computed from the period and the year (akip rules "
        "§5; akip.periode): 2024 is year 4 of the Renstra 2021–2026. An error when the "
        "statement's n is not that year's, when the year lies outside the period, or when "
        "the statement names another period than the report declares. Fix: state the "
        "year the period gives."
    ): (
        "Tahun ke-n suatu periode Renstra dihitung dari periode dan tahunnya (aturan akip §5; "
        "akip.periode): 2024 adalah tahun ke-4 Renstra 2021–2026. Kesalahan bila n dalam "
        "pernyataan bukan n tahun itu, bila tahunnya di luar periode, atau bila pernyataan "
        "menyebut periode lain daripada yang dinyatakan laporan. Perbaikan: nyatakan tahun "
        "yang diberikan periodenya."
    ),
    (
        "indeks efisiensi = capaian kinerja % / penyerapan % (akip rules §4), from the "
        "recomputed capaian and penyerapan; tingkat efisiensi = indeks efisiensi − "
        "standar efisiensi. Always an error; an index computed from a printed penyerapan "
        "that is itself wrong is a consequence of that slip. Fix: divide the capaian, not "
        "the realisasi, by the penyerapan."
    ): (
        "indeks efisiensi = capaian kinerja % / penyerapan % (aturan akip §4), dari capaian "
        "dan penyerapan hasil hitung ulang; tingkat efisiensi = indeks efisiensi − standar "
        "efisiensi. Selalu kesalahan; indeks yang dihitung dari penyerapan tercetak yang "
        "keliru adalah akibat kekeliruan itu. Perbaikan: bagi capaiannya, bukan realisasinya, "
        "dengan penyerapan."
    ),
    (
        "penyerapan = realisasi / pagu × 100, capaian fisik = realisasi / target × 100 and "
        "the efisiensi anggaran of an indicator box = (Σpagu − Σrealisasi) / Σpagu × 100, "
        "each from the consensus amounts (akip rules §3). Always an error; a percentage "
        "that is the mean of the parts' ratios is MEAN_OF_RATIOS instead. Fix: recompute "
        "the percentage from the summed amounts."
    ): (
        "penyerapan = realisasi / pagu × 100, capaian fisik = realisasi / target × 100 dan "
        "efisiensi anggaran kotak indikator = (Σpagu − Σrealisasi) / Σpagu × 100, masing-masing "
        "dari angka kesepakatan (aturan akip §3). Selalu kesalahan; persentase yang merupakan "
        "rata-rata rasio rinciannya menjadi MEAN_OF_RATIOS. Perbaikan: hitung ulang "
        "persentasenya dari jumlah angkanya."
    ),
}
ID.update(CODES)

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
