"""The report file format as data: every key of every table, its kind and its meaning.

Private to [`akip.report`][akip.report] (the model and the loaders) and `akip._report_build`
(the structural check and the builder). One table, `_SPECS`, is the specification: the loader
checks a file against it, `akip.report.json_schema` publishes it as a JSON Schema and
`akip.report.markdown_reference` as the *Report file format* page, so the three never
disagree.

References:
    - PermenPANRB 53/2014 (what a Laporan Kinerja prints).
    - akip specification, issue 5 (the report file).
"""

from __future__ import annotations

from typing import Any, Final

import attrs

LEVELS: Final = ("opd", "program", "kegiatan", "sub_kegiatan")
"""Budget line levels, top down: the whole perangkat daerah, program, kegiatan, sub kegiatan."""


# ---------------------------------------------------------------- the specification
@attrs.frozen
class _Key:
    kind: str  # str, int, bool, date, number, ids, enum, table, tables, figures, locales
    required: bool = False
    choices: tuple[str, ...] = ()
    spec: str = ""
    doc: str = ""


def _k(kind: str, doc: str = "", *, required: bool = False, **kw: Any) -> _Key:
    return _Key(kind, required, doc=doc, **kw)


_ROW = {
    "place": _k(
        "str", "id of the place (table or section) where this row is printed", required=True
    ),
    "row": _k("str", "row label or number as printed"),
    "note": _k("str", "free note of the transcriber (never checked)"),
    "locale": _k(
        "enum", "number style of this row when not its place's", choices=("id_ID", "en_US")
    ),
    "locales": _k(
        "locales",
        "number style per cell of this row: column = 'id_ID' / 'en_US' "
        "(over the row's and the place's)",
    ),
}

_LOCALES: Final = ("id_ID", "en_US")
_BUNDLED_SCALES: Final = (
    "permendagri86",
    "lkip_dumai_2024",
    "maluku_tengah_2021",
    "sampang_2019",
)
# The edge rules a declared scale may name: the values of `akip.predikat.EdgeRule` that close
# a gap (a test keeps them equal).
_SCALE_EDGE_RULES: Final = ("lower_bound", "upper_bound")
_MINIMIZE_FORMULAS: Final = ("2t_minus_r", "t_over_r")

_SPECS: Final[dict[str, dict[str, _Key]]] = {
    "root": {
        "schema_version": _k("int", "format version; must be 1", required=True),
        "report": _k("table", "the report itself", required=True, spec="report"),
        "places": _k("tables", "tables and sections figures are printed in", spec="place"),
        "scales": _k(
            "tables",
            "the report's own predikat / atribut / kategori scales (a label column names its "
            "scale by id; checked labels on no declared scale are not checked)",
            spec="scale",
        ),
        "sasaran": _k("tables", "tujuan and sasaran strategis", spec="sasaran"),
        "indicators": _k("tables", "indicators (IKU, program indicators)", spec="indicator"),
        "budget": _k("tables", "budget lines: opd, program, kegiatan, sub kegiatan", spec="line"),
        "efficiency": _k("tables", "efficiency rows (capaian / penyerapan)", spec="efficiency"),
        "amounts": _k("tables", "amounts printed with their words or parts", spec="amount"),
        "statements": _k("tables", "narrative claims a check can verify", spec="statement"),
        "evaluasi": _k(
            "tables", "SAKIP evaluation worksheets (LKE) and their printed score", spec="evaluasi"
        ),
    },
    "report": {
        "agency": _k("str", "perangkat daerah / instansi", required=True),
        "year": _k("int", "tahun anggaran reported on", required=True),
        "government": _k("str", "pemerintah daerah"),
        "title": _k("str", "title as printed"),
        "locale": _k("enum", "default number style", choices=("id_ID", "en_US")),
        "renstra_start": _k("int", "first year of the Renstra period"),
        "renstra_end": _k("int", "last year of the Renstra period"),
        "source": _k("str", "where the transcribed document comes from"),
        "capaian_cap": _k(
            "number",
            "the report's cap on every indicator's capaian ('100'), applied before its label "
            "is judged and before it enters a mean (akip rules §1: none by default)",
        ),
        "minimize_formula": _k(
            "enum",
            "the report's lower-is-better capaian formula: '2t_minus_r' = (2T - R) / T x 100 "
            "(PermenPANRB 8/2021, the default), 't_over_r' = T / R x 100",
            choices=_MINIMIZE_FORMULAS,
        ),
        "efficiency_rule": _k(
            "table",
            "the report's own rule for efficiency indices (default: Efisien when IE >= 1)",
            spec="efficiency_rule",
        ),
    },
    "efficiency_rule": {
        "text": _k("str", "the rule as printed: 'Jika IE > SE, maka kegiatan dianggap efisien'"),
        "standard": _k("number", "standar efisiensi SE (default 1)"),
        "efisien_if": _k(
            "enum",
            "Efisien when IE >= SE ('ge', the default) or IE > SE ('gt')",
            choices=("ge", "gt"),
        ),
        "upper_bound": _k("number", "an IE above this is Tidak Efisien too ('1,81 >= IE')"),
    },
    "scale": {
        "id": _k("str", "id a label column names ('bpom')", required=True),
        "bundled": _k(
            "enum",
            "a scale akip bundles, instead of bands",
            choices=_BUNDLED_SCALES,
        ),
        "source": _k("str", "where the scale is printed"),
        "bands": _k(
            "tables",
            "the bands, in any order (no overlap; no gap without edge_rule)",
            spec="band",
        ),
        "edge_rule": _k(
            "enum",
            "the bands are as printed, with gaps ('76 % ≤ 90 %' under '91 % ≤ 100 %'), each "
            "bound inclusive unless the band says not; a value in a gap goes to the band below "
            "('lower_bound': >= 91, >= 76, so 90,5 is Baik) or above ('upper_bound': > 90)",
            choices=_SCALE_EDGE_RULES,
        ),
    },
    "band": {
        "label": _k("str", "label as printed: 'Sangat Baik'", required=True),
        "abbreviation": _k("str", "abbreviation as printed: 'SB'"),
        "lower": _k("number", "lower edge (none: unbounded below)"),
        "upper": _k("number", "upper edge (none: unbounded above)"),
        "lower_inclusive": _k("bool", "whether the lower edge is in the band (default true)"),
        "upper_inclusive": _k(
            "bool",
            "whether the upper edge is in the band (default false; true on a scale with "
            "edge_rule)",
        ),
    },
    "place": {
        "id": _k(
            "str", "short id as the report names it: 'Tabel III.11', 'Bab IV'", required=True
        ),
        "title": _k("str", "caption as printed"),
        "locale": _k("enum", "number style of this place", choices=("id_ID", "en_US")),
        "locales": _k(
            "locales", "number style per column of this place: column = 'id_ID' / 'en_US'"
        ),
    },
    "sasaran": {
        "id": _k("str", "id", required=True),
        "name": _k("str", "uraian as printed", required=True),
        "kind": _k("enum", "tujuan or sasaran", choices=("tujuan", "sasaran")),
        "parent": _k("str", "id of the tujuan this sasaran serves"),
        "rows": _k(
            "tables",
            "every row printing the Jumlah / Rata-rata capaian of the sasaran's indicators",
            spec="sasaran_row",
        ),
    },
    "sasaran_row": {
        **_ROW,
        "year": _k("int", "year the row is about (default: the report year)"),
        "jumlah": _k("number", "the printed sum of the indicators' capaian (Jumlah capaian)"),
        "capaian": _k("number", "the printed mean of the indicators' capaian (Rata-rata capaian)"),
        "predikat": _k("str", "predikat / kriteria label printed for the mean"),
        "atribut": _k("str", "atribut label printed for the mean"),
        "indicators": _k(
            "ids",
            "ids of the indicators the row summarises (default: every indicator whose "
            "sasaran is this one)",
        ),
        "partial": _k(
            "bool",
            "the row summarises indicators the file does not transcribe (the page does not "
            "print them all): its jumlah and mean are not judged, only said so",
        ),
    },
    "indicator": {
        "id": _k("str", "id", required=True),
        "name": _k("str", "name as printed", required=True),
        "polarity": _k(
            "enum", "direction", required=True, choices=("maximize", "minimize", "stabilize")
        ),
        "unit": _k("str", "satuan: '%', 'orang', 'dokumen'", required=True),
        "level": _k("enum", "level", choices=("tujuan", "sasaran", "program", "kegiatan")),
        "consolidation": _k("enum", "how periods combine", choices=("sum", "last", "average")),
        "sasaran": _k("str", "id of its tujuan / sasaran"),
        "line": _k("str", "id of the budget line it measures (program indicators)"),
        "programs": _k("ids", "ids of the budget lines that support it"),
        "formula": _k("str", "rumus as printed"),
        "minimize_formula": _k(
            "enum",
            "this indicator's lower-is-better formula when not the report's",
            choices=_MINIMIZE_FORMULAS,
        ),
        "scale": _k("str", "id of the scale its predikat / atribut labels are on"),
        "cap": _k(
            "number",
            "this indicator's cap on its capaian when not the report's capaian_cap ('110')",
        ),
        "note": _k("str", "free note"),
        "targets": _k(
            "tables", "target declarations (Renstra, PK murni, PK perubahan)", spec="target"
        ),
        "rows": _k("tables", "every row in which the indicator is printed", spec="indicator_row"),
    },
    "target": {
        **_ROW,
        "year": _k("int", "tahun", required=True),
        "value": _k("number", "target as printed", required=True),
        "version": _k(
            "enum", "document", required=True, choices=("renstra", "rkt", "murni", "perubahan")
        ),
        "date": _k("date", "date of the document (YYYY-MM-DD)"),
    },
    "indicator_row": {
        **_ROW,
        "year": _k("int", "year the row is about (default: the report year)"),
        "period": _k("str", "period when not the whole year: 'TW I', 's.d. TW III'"),
        "target": _k("number", "target as printed"),
        "realisasi": _k("number", "realisasi as printed"),
        "capaian": _k("number", "capaian as printed"),
        "predikat": _k("str", "predikat / kriteria label as printed"),
        "atribut": _k("str", "atribut label as printed"),
        "target_renstra": _k("number", "target akhir Renstra as printed"),
        "kemajuan": _k("number", "tingkat kemajuan as printed"),
        "efisiensi_anggaran": _k("number", "efisiensi anggaran (sisa %) as printed"),
        "nilai_anggaran": _k("number", "nilai anggaran as printed"),
        "nilai_anggaran_measure": _k(
            "enum",
            "which sum the nilai anggaran box prints (default: pagu, the plain meaning)",
            choices=("pagu", "realisasi"),
        ),
        "programs": _k(
            "ids",
            "budget lines the efisiensi / nilai anggaran boxes refer to "
            "(default: the indicator's programs, else its line)",
        ),
        "realisasi_nasional": _k("number", "national realisasi as printed"),
        "target_nasional": _k(
            "number",
            "national target printed beside the agency's own (without target: the one the "
            "row measures against)",
        ),
        "target_year": _k(
            "int",
            "the year whose target the row measures the realisasi against, when later "
            "than the row's year (Renstra progress tables)",
        ),
        "pembilang": _k("number", "numerator the realisasi is the percentage of (31 of 40)"),
        "penyebut": _k("number", "denominator of the realisasi (31 of 40 -> 77,50 %)"),
        "realisasi_periode": _k(
            "figures",
            "realisasi per period as printed: { 'TW I' = '20', 'Januari' = '5' }; the "
            "row's realisasi is their consolidation (the Jumlah)",
        ),
        "unit": _k(
            "str",
            "the unit whose figures the row prints when not this report's agency (a sister "
            "unit of a kluster, 'BADAN POM' for a national row); never this indicator's",
        ),
        "scale": _k("str", "id of the scale of this row's labels when not the indicator's"),
    },
    "line": {
        "id": _k("str", "id", required=True),
        "name": _k("str", "uraian as printed", required=True),
        "level": _k("enum", "level", required=True, choices=LEVELS),
        "code": _k("str", "kode rekening when printed"),
        "parent": _k("str", "id of the parent line (required when there is no code)"),
        "source": _k("str", "sumber dana"),
        "top": _k(
            "bool",
            "the table prints no line above this one: it starts here (no parent, no code)",
        ),
        "indicator": _k("str", "id of the indicator this budget is printed for"),
        "pagu": _k("tables", "pagu versions (murni, perubahan)", spec="pagu"),
        "rows": _k("tables", "every row in which the line is printed", spec="budget_row"),
    },
    "pagu": {
        **_ROW,
        "version": _k("enum", "murni or perubahan", required=True, choices=("murni", "perubahan")),
        "value": _k("number", "pagu as printed", required=True),
        "date": _k("date", "date of the document (YYYY-MM-DD)"),
        "source": _k("str", "sumber dana as printed"),
    },
    "budget_row": {
        **_ROW,
        "pagu": _k("number", "pagu / alokasi / target keuangan as printed"),
        "realisasi": _k("number", "realisasi keuangan as printed"),
        "penyerapan": _k("number", "penyerapan / capaian anggaran % as printed"),
        "sisa": _k("number", "sisa anggaran as printed"),
        "fisik_target": _k("number", "target fisik as printed"),
        "fisik_realisasi": _k("number", "realisasi fisik as printed"),
        "fisik_unit": _k("str", "satuan of target and realisasi fisik"),
        "fisik_capaian": _k("number", "capaian fisik % as printed"),
        "period": _k("str", "period when not the whole year: 's.d. TW II', 'Maret'"),
        "realisasi_periode": _k(
            "figures",
            "realisasi per period as printed: { Januari = '1.250.000' }; the row's "
            "realisasi is their sum (the Jumlah)",
        ),
        "rencana_penyerapan": _k(
            "number", "planned penyerapan % for the period (rencana penarikan dana)"
        ),
        "permasalahan": _k("str", "permasalahan as printed"),
        "upaya": _k("str", "upaya mengatasi permasalahan as printed"),
    },
    "efficiency": {
        **_ROW,
        "id": _k("str", "id", required=True),
        "indicator": _k(
            "str",
            "id of the indicator whose capaian the row prints; without it, the row prints "
            "the unit's overall capaian kinerja (an input of its index, not recomputed)",
        ),
        "programs": _k("ids", "ids of the budget lines whose penyerapan is used"),
        "capaian_kinerja": _k("number", "capaian kinerja % as printed"),
        "penyerapan": _k("number", "penyerapan anggaran % as printed"),
        "indeks": _k("number", "indeks efisiensi IE (capaian / penyerapan) as printed"),
        "te": _k("number", "tingkat efisiensi TE = IE - SE as printed"),
        "standard": _k("number", "standar efisiensi SE of this row when not the report's"),
        "kategori": _k("str", "category as printed: 'Efisien'"),
        "keterangan": _k("str", "keterangan as printed"),
    },
    "amount": {
        **_ROW,
        "id": _k("str", "id", required=True),
        "figure": _k("number", "the amount as printed", required=True),
        "label": _k("str", "what the amount is, as printed: 'Belanja Operasi'"),
        "words": _k("str", "the amount in words as printed (terbilang)"),
        "line": _k("str", "id of the budget line whose pagu or realisasi this is"),
        "measure": _k("enum", "which amount of the line", choices=("pagu", "realisasi", "sisa")),
        "version": _k(
            "enum", "pagu version meant (default: latest)", choices=("murni", "perubahan")
        ),
        "parts": _k("ids", "ids of amounts or budget lines this amount is the sum of"),
        "parts_measure": _k(
            "enum", "which amount of the parts", choices=("pagu", "realisasi", "sisa")
        ),
    },
    "evaluasi": {
        **_ROW,
        "id": _k("str", "id", required=True),
        "year": _k("int", "tahun evaluated"),
        "profil": _k("str", "evaluation profile (default: permenpanrb-88-2021)"),
        "jawaban": _k("answers", "answer code by criterion id, as in the LKE", required=True),
        "nilai": _k("number", "total score as printed"),
        "predikat": _k("str", "predikat as printed: its code (BB) or its label (Sangat Baik)"),
    },
    "statement": {
        **_ROW,
        "id": _k("str", "id", required=True),
        "kind": _k(
            "enum", "what is claimed", required=True, choices=("renstra_year", "change", "label")
        ),
        "text": _k("str", "the sentence as printed", required=True),
        "year": _k(
            "int", "renstra_year: the year; label: the year labelled (default: report year)"
        ),
        "n": _k("number", "renstra_year: the year number as printed ('3')"),
        "n_words": _k("str", "renstra_year: the number in words as printed ('dua')"),
        "period_start": _k("int", "renstra_year: first year of the period as printed"),
        "period_end": _k("int", "renstra_year: last year of the period as printed"),
        "indicator": _k("str", "id of the indicator the claim is about"),
        "line": _k("str", "id of the budget line the claim is about"),
        "measure": _k(
            "enum",
            "change: what changes (indicator: target, realisasi, capaian, predikat; "
            "budget line or an indicator's programs: penyerapan, realisasi)",
            choices=("target", "realisasi", "capaian", "penyerapan", "predikat"),
        ),
        "from_year": _k("int", "change: earlier year"),
        "to_year": _k("int", "change: later year"),
        "direction": _k("enum", "change: as printed", choices=("sama", "meningkat", "menurun")),
        "from_value": _k("number", "change: earlier value as printed"),
        "to_value": _k("number", "change: later value as printed"),
        "by": _k("number", "change: the printed difference"),
        "label": _k(
            "str",
            "label: the label claimed for the indicator's capaian ('sangat tinggi', "
            "'Sangat Berhasil')",
        ),
    },
}

_KIND_NEEDS: Final = {
    "renstra_year": ("year", "n", "period_start", "period_end"),
    "change": ("measure", "direction"),
    "label": ("label",),
}
