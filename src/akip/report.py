"""report (laporan kinerja: what an LKjIP prints, as a checkable file).

A report file records **what a report prints**, not what it should have printed: every
printed figure is kept as the text the report shows (``"45.195.966.217"``, ``"1,18%"``,
``"104%"``) together with its place (table or section, row label, column), so a check can
recompute it with akip's rules and point at the exact cell that differs. The number of
decimals printed travels with the figure (the ``Decimal`` exponent), which later decides
the rounding the check allows.

The format is versioned (``schema_version = 1``), written in TOML (read with the standard
library's ``tomllib``) or the same structure in JSON, and published as a JSON Schema
(``akip/schema/report-1.schema.json``). See the *Report file format* page for every key.

Loading is strict: unknown keys, wrong types, an unknown schema version, duplicate ids,
references to ids that do not exist (a parent, a sasaran, a program, a place), unparsable
printed numbers and files over 512 MiB are refused with a
[`ReportError`][akip.exceptions.ReportError] naming the field path
(``indicators[0].rows[2].capaian``). Nothing in a file is ever evaluated.

References:
    - PermenPANRB 53/2014 (format of the Laporan Kinerja: Perjanjian Kinerja, capaian,
      analisis, realisasi anggaran).
    - akip specification, issue 5 (the report file).

Examples:
    >>> report = loads_toml('''
    ... schema_version = 1
    ... [report]
    ... agency = "Badan Contoh"
    ... year = 2024
    ... [[places]]
    ... id = "Tabel 4"
    ... [[indicators]]
    ... id = "IKU1"
    ... name = "Persentase contoh"
    ... polarity = "maximize"
    ... unit = "%"
    ... [[indicators.rows]]
    ... place = "Tabel 4"
    ... target = "90%"
    ... realisasi = "94%"
    ... capaian = "104%"
    ... ''')
    >>> row = report.indicators[0].rows[0]
    >>> row.capaian.value, str(row.capaian.where)
    (Decimal('104'), "Tabel 4, row 'Persentase contoh', year 2024, column capaian")
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import os
import re
import tomllib
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, NoReturn, cast

import attrs

from akip import _loading, _trusted, atribut, efisiensi, kode, predikat
from akip._bands import Scale
from akip._decimal import ONE
from akip._validators import clean_text, typed
from akip._validators import shown as _shown
from akip.exceptions import AkipError, ReportError, UnknownId
from akip.numbers import ID_LOCALE, parse_number

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "Amount",
    "BudgetLine",
    "BudgetRow",
    "EfficiencyRow",
    "EfficiencyRule",
    "Evaluasi",
    "Figure",
    "Indicator",
    "IndicatorRow",
    "Label",
    "Pagu",
    "Place",
    "Report",
    "ReportScale",
    "Sasaran",
    "ScaleBand",
    "Statement",
    "Target",
    "Where",
    "json_schema",
    "load",
    "loads_json",
    "loads_toml",
    "markdown_reference",
]

SCHEMA_VERSION: Final = 1
"""The format version this module reads and writes."""

MAX_BYTES: Final = 512 * 1024 * 1024
"""Files larger than this (512 MiB) are refused: at most this many bytes are ever read,
whatever size the file system reports. A report of 10^6 budget lines and 10^5 indicators
in the shape of the Dumai example takes about 430 MB as JSON, 345 MB as TOML."""

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
        "bands": _k("tables", "the bands, in any order (no gap, no overlap)", spec="band"),
    },
    "band": {
        "label": _k("str", "label as printed: 'Sangat Baik'", required=True),
        "abbreviation": _k("str", "abbreviation as printed: 'SB'"),
        "lower": _k("number", "lower edge (none: unbounded below)"),
        "upper": _k("number", "upper edge (none: unbounded above)"),
        "lower_inclusive": _k("bool", "whether the lower edge is in the band (default true)"),
        "upper_inclusive": _k("bool", "whether the upper edge is in the band (default false)"),
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
        "target_nasional": _k("number", "national target printed beside the agency's own"),
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


# ---------------------------------------------------------------- value types
_UNIT: Final = Decimal(1)
_CENT: Final = Decimal("0.01")


@typed
@attrs.frozen
class Where:
    """Where a figure is printed: the place (table / section), row label and column."""

    place: str
    column: str
    row: str | None = None
    year: int | None = None

    def __str__(self) -> str:
        parts = [self.place]
        if self.row is not None:
            parts.append(f"row {self.row!r}")
        if self.year is not None:
            parts.append(f"year {self.year}")
        parts.append(f"column {self.column}")
        return ", ".join(parts)


@typed
@attrs.frozen
class Figure:
    """A printed number: its text exactly as printed, its value and its place.

    ``value`` keeps the printed decimals in its exponent (``"1,50"`` → ``Decimal("1.50")``),
    and `decimals` says how many were printed. A printed range (``"75 - 85%"``,
    ``"6 – 8 bulan"``) has its lower end in ``value`` and its upper end in ``upper``; a unit
    printed after the number (``"6 bulan"``) is kept in ``unit``.
    """

    text: str
    value: Decimal
    where: Where
    locale: str = ID_LOCALE
    upper: Decimal | None = None
    unit: str | None = None

    @property
    def is_range(self) -> bool:
        """Whether the report printed a range (``"75 - 85%"``): ``value`` to ``upper``."""
        return self.upper is not None

    @property
    def decimals(self) -> int:
        """Number of decimals printed (0 for ``"104%"``, 2 for ``"88.37%"``)."""
        value = self.value
        # The two precisions nearly every figure prints, without building the digit tuple.
        if value.same_quantum(_UNIT):
            return 0
        if value.same_quantum(_CENT):
            return 2
        exponent = value.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0

    @property
    def percent_sign(self) -> bool:
        """Whether the report printed a ``%`` after the number."""
        return self.text.rstrip().endswith("%")


@typed
@attrs.frozen
class Label:
    """A printed word or phrase (predikat, atribut, kategori, words) and its place."""

    text: str
    where: Where

    @property
    def name(self) -> str:
        """The label without a printed abbreviation: ``"Tinggi (T)"`` → ``"Tinggi"``."""
        match = _ABBREVIATED.match(self.text)
        return match.group(1) if match else self.text.strip()

    @property
    def abbreviation(self) -> str | None:
        """The printed abbreviation: ``"Sangat Tinggi (ST)"`` → ``"ST"``, else ``None``."""
        match = _ABBREVIATED.match(self.text)
        return match.group(2) if match else None


_ABBREVIATED: Final = re.compile(r"^\s*(.*\S)\s*\(\s*([A-Z]{1,5})\s*\)\s*$")


@typed
@attrs.frozen
class Place:
    """A table or section of the report, with the number style it prints in.

    ``locales`` gives the number style of single columns (``(("penyerapan", "en_US"),)``).
    """

    id: str
    title: str | None
    locale: str
    locales: tuple[tuple[str, str], ...] = ()


@typed
@attrs.frozen
class ScaleBand:
    """One band of a report's own scale, as declared in the file."""

    label: str
    abbreviation: str | None
    lower: Decimal | None
    upper: Decimal | None
    lower_inclusive: bool = True
    upper_inclusive: bool = False


@typed
@attrs.frozen
class ReportScale:
    """A scale the report classifies its labels on: its own bands, or a bundled scale."""

    id: str
    bundled: str | None
    source: str | None
    bands: tuple[ScaleBand, ...]

    def scale(self) -> Scale[Any]:
        """The validated band table (`akip._bands.Scale`) of this scale.

        Examples:
            >>> band = ScaleBand("Lulus", None, Decimal(60), None)
            >>> low = ScaleBand("Tidak Lulus", None, None, Decimal(60))
            >>> ReportScale("lulus", None, None, (band, low)).scale().classify(60).label
            'Lulus'
        """
        if self.bundled == "permendagri86":
            return predikat.scale()
        if self.bundled is not None:
            return atribut.scale(self.bundled)
        rows = [
            {
                "label": band.label,
                "lower": band.lower,
                "upper": band.upper,
                "lower_inclusive": band.lower_inclusive,
                "upper_inclusive": band.upper_inclusive,
            }
            for band in self.bands
        ]
        return Scale.from_rows(self.id, rows, self.source or "")


@typed
@attrs.frozen
class EfficiencyRule:
    """The report's own rule for an efficiency index, as data.

    ``efisien_if`` is ``"ge"`` (IE ≥ SE) or ``"gt"`` (IE > SE); ``upper_bound`` makes an
    index above it Tidak Efisien too. See [`akip.efisiensi.Aturan`][akip.efisiensi.Aturan].
    """

    text: str | None
    standard: Decimal
    efisien_if: str
    upper_bound: Decimal | None

    def aturan(self) -> efisiensi.Aturan:
        """The rule as an `akip.efisiensi.Aturan`."""
        return efisiensi.Aturan(
            standar=self.standard,
            efisien_if=self.efisien_if,
            upper_bound=self.upper_bound,
        )


@typed
@attrs.frozen
class Sasaran:
    """A tujuan or sasaran strategis."""

    id: str
    name: str
    kind: str
    parent: str | None


@typed
@attrs.frozen
class Target:
    """A target declared in a planning document (Renstra, RKT, PK murni / perubahan)."""

    year: int
    value: Figure
    version: str
    date: dt.date | None
    note: str | None


@typed
@attrs.frozen
class IndicatorRow:
    """One row in which an indicator is printed; absent cells are ``None``.

    ``row`` is the printed row label, or the indicator's name when the file gives none.
    ``unit`` names another unit (a sister unit, a national row) whose figures the row
    prints: such rows are never this unit's indicator. ``target_year`` is the year of the
    target the realisasi is measured against when it is a later year's (Renstra progress).
    ``pembilang`` / ``penyebut`` are the parts the realisasi is the percentage of, and
    ``realisasi_periode`` the realisasi per period, in file order.
    ``programs`` (default: none given) names the budget lines the ``efisiensi_anggaran`` and
    ``nilai_anggaran`` boxes refer to, when not the indicator's; ``nilai_anggaran_measure``
    says whether the nilai anggaran box prints their pagu or their realisasi sum.
    """

    place: str
    row: str | None
    year: int
    period: str | None
    target: Figure | None
    realisasi: Figure | None
    capaian: Figure | None
    predikat: Label | None
    atribut: Label | None
    target_renstra: Figure | None
    kemajuan: Figure | None
    efisiensi_anggaran: Figure | None
    nilai_anggaran: Figure | None
    realisasi_nasional: Figure | None
    note: str | None
    programs: tuple[str, ...] = ()
    nilai_anggaran_measure: str | None = None
    target_nasional: Figure | None = None
    target_year: int | None = None
    pembilang: Figure | None = None
    penyebut: Figure | None = None
    realisasi_periode: tuple[tuple[str, Figure], ...] = ()
    unit: str | None = None
    scale: str | None = None


@typed
@attrs.frozen
class Indicator:
    """An indicator, its declared rule data (polarity, unit, consolidation) and its rows."""

    id: str
    name: str
    polarity: str
    unit: str
    level: str
    consolidation: str
    sasaran: str | None
    line: str | None
    programs: tuple[str, ...]
    formula: str | None
    note: str | None
    targets: tuple[Target, ...]
    rows: tuple[IndicatorRow, ...]
    minimize_formula: str | None = None
    scale: str | None = None


@typed
@attrs.frozen
class Pagu:
    """A pagu version (murni or perubahan) as printed in one place."""

    version: str
    value: Figure
    date: dt.date | None
    source: str | None
    note: str | None


@typed
@attrs.frozen
class BudgetRow:
    """One row in which a budget line is printed; absent cells are ``None``.

    ``row`` is the printed row label, or the line's name when the file gives none.
    """

    place: str
    row: str | None
    pagu: Figure | None
    realisasi: Figure | None
    penyerapan: Figure | None
    sisa: Figure | None
    fisik_target: Figure | None
    fisik_realisasi: Figure | None
    fisik_unit: str | None
    fisik_capaian: Figure | None
    permasalahan: str | None
    upaya: str | None
    note: str | None
    period: str | None = None
    realisasi_periode: tuple[tuple[str, Figure], ...] = ()
    rencana_penyerapan: Figure | None = None


@typed
@attrs.frozen
class BudgetLine:
    """A budget line (opd, program, kegiatan, sub kegiatan), linked by code or parent id.

    A line with a code and no ``parent`` gets, at load, the line whose code is its code's
    prefix as its parent (exactly as if the file said ``parent``). ``top`` says the table
    prints nothing above it; ``indicator`` names the indicator the budget is printed for.
    """

    id: str
    name: str
    level: str
    code: str | None
    parent: str | None
    source: str | None
    pagu: tuple[Pagu, ...]
    rows: tuple[BudgetRow, ...]
    top: bool = False
    indicator: str | None = None


@typed
@attrs.frozen
class EfficiencyRow:
    """A printed efficiency row: capaian kinerja, penyerapan, index IE, TE and category.

    ``indeks`` is the indeks efisiensi IE (capaian / penyerapan); ``te`` the tingkat
    efisiensi IE − SE; ``standard`` the row's own SE when not the report's rule.
    ``indicator`` is ``None`` when the row prints the unit's overall capaian kinerja (BPOM's
    "realisasi kinerja"): that figure is then an input of the index, not recomputed.
    """

    id: str
    place: str
    row: str | None
    indicator: str | None
    programs: tuple[str, ...]
    capaian_kinerja: Figure | None
    penyerapan: Figure | None
    indeks: Figure | None
    kategori: Label | None
    keterangan: str | None
    note: str | None
    te: Figure | None = None
    standard: Figure | None = None


@typed
@attrs.frozen
class Amount:
    """A printed amount, with its words and / or the parts it is the sum of."""

    id: str
    place: str
    row: str | None
    figure: Figure
    label: str | None
    words: Label | None
    line: str | None
    measure: str | None
    version: str | None
    parts: tuple[str, ...]
    parts_measure: str | None
    note: str | None


@typed
@attrs.frozen
class Statement:
    """A narrative claim: year n of the Renstra, a change between years, a label."""

    id: str
    place: str
    row: str | None
    kind: str
    text: str
    year: int | None
    n: Figure | None
    n_words: str | None
    period_start: int | None
    period_end: int | None
    indicator: str | None
    line: str | None
    measure: str | None
    from_year: int | None
    to_year: int | None
    direction: str | None
    from_value: Figure | None
    to_value: Figure | None
    by: Figure | None
    label: str | None
    note: str | None


@typed
@attrs.frozen
class Evaluasi:
    """A filled SAKIP evaluation worksheet (LKE) and the score and predikat printed for it.

    ``jawaban`` keeps the answers in file order; `akip.evaluasi.score` scores them against
    ``profil`` (the bundled PermenPANRB 88/2021 profile when ``None``).
    """

    id: str
    place: str
    row: str | None
    year: int | None
    profil: str | None
    jawaban: tuple[tuple[str, str], ...]
    nilai: Figure | None
    predikat: Label | None
    note: str | None


@typed
@attrs.frozen
class Report:
    """A whole report file, loaded and checked for structure (not yet for content)."""

    schema_version: int
    agency: str
    year: int
    government: str | None
    title: str | None
    locale: str
    renstra_start: int | None
    renstra_end: int | None
    source: str | None
    places: tuple[Place, ...]
    sasaran: tuple[Sasaran, ...]
    indicators: tuple[Indicator, ...]
    budget: tuple[BudgetLine, ...]
    efficiency: tuple[EfficiencyRow, ...]
    amounts: tuple[Amount, ...]
    statements: tuple[Statement, ...]
    evaluasi: tuple[Evaluasi, ...] = ()
    scales: tuple[ReportScale, ...] = ()
    minimize_formula: str | None = None
    efficiency_rule: EfficiencyRule | None = None

    def indicator(self, id_: str) -> Indicator:
        """Return the indicator with this id.

        Raises:
            UnknownId: if there is none (also a `KeyError`), or *id_* is not text.
        """
        _an_id(id_, "indicator")
        for item in self.indicators:
            if item.id == id_:
                return item
        msg = f"no indicator with id {_shown(id_)}"
        raise UnknownId(msg)

    @functools.cached_property
    def _lines(self) -> dict[str, BudgetLine]:
        return {line.id: line for line in self.budget}

    @functools.cached_property
    def _children(self) -> dict[str, tuple[BudgetLine, ...]]:
        kids: dict[str, list[BudgetLine]] = {}
        for line in self.budget:
            if line.parent is not None:
                kids.setdefault(line.parent, []).append(line)
        return {parent: tuple(lines) for parent, lines in kids.items()}

    def line(self, id_: str) -> BudgetLine:
        """Return the budget line with this id.

        Raises:
            UnknownId: if there is none (also a `KeyError`), or *id_* is not text.
        """
        _an_id(id_, "budget line")
        found = self._lines.get(id_)
        if found is None:
            msg = f"no budget line with id {_shown(id_)}"
            raise UnknownId(msg)
        return found

    def children(self, id_: str) -> tuple[BudgetLine, ...]:
        """Return the budget lines whose parent is *id_*, in file order.

        Raises:
            UnknownId: if *id_* is not text.
        """
        _an_id(id_, "budget line")
        return self._children.get(id_, ())

    def figures(self) -> Iterator[Figure]:
        """Yield every printed figure in the file (in file order)."""
        for value in _walk(self):
            if isinstance(value, Figure):
                yield value


def _an_id(id_: object, what: str) -> None:
    if not clean_text(id_):
        msg = f"'id_' of a {what} must be text: {_shown(id_)}"
        raise UnknownId(msg)


def _walk(value: object) -> Iterator[object]:
    yield value
    if isinstance(value, tuple):
        for item in value:
            yield from _walk(item)
    elif attrs.has(type(value)) and not isinstance(value, Figure):
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            yield from _walk(getattr(value, field.name))


# ---------------------------------------------------------------- structural check
def _type_name(value: object) -> str:
    return {
        bool: "boolean",
        int: "integer",
        float: "float",
        str: "string",
        list: "array",
        dict: "table",
    }.get(type(value), type(value).__name__)


_MAX_KEY: Final = 60


def _key_name(name: object) -> str:
    """A key of the file as a path part: as written, or a bounded repr when long or odd."""
    if isinstance(name, str) and len(name) <= _MAX_KEY and name.isprintable():
        return name
    return _shown(name)


def _fail(path: str, message: str) -> NoReturn:
    msg = f"{path}: {message}"
    raise ReportError(msg)


def _check_answers(value: object, path: str) -> None:
    if not isinstance(value, dict):
        _fail(path, f"must be a table of criterion id = answer, not {_type_name(value)}")
    for name, answer in value.items():
        if not isinstance(answer, str) or not answer.strip():
            _fail(
                f"{path}.{_key_name(name)}", f"must be an answer code (text), not {_shown(answer)}"
            )


_INT_BITS: Final = 64
_EXPECTED: Final = {
    "str": str,
    "number": str,
    "enum": str,
    "table": dict,
    "tables": list,
    "ids": list,
}


def _check_value(value: object, key: _Key, path: str) -> None:  # noqa: C901, PLR0912
    kind = key.kind
    expected = _EXPECTED.get(kind)
    if expected is not None and not isinstance(value, expected):
        wanted = {"table": "a table", "tables": "an array of tables", "ids": "an array of strings"}
        _fail(path, f"must be {wanted.get(kind, 'a string')}, not {_type_name(value)}")
    if kind == "number":
        return
    if kind == "str":
        if isinstance(value, str) and not value.strip():
            _fail(path, f"must be non-empty text: {_shown(value)}")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(path, f"must be an integer, not {_type_name(value)}: {_shown(value)}")
        if value.bit_length() > _INT_BITS:  # what the value types hold (a year, a count)
            _fail(path, f"must be an integer of at most {_INT_BITS} bits: {_shown(value)}")
    elif kind == "date":
        _date(value, path)
    elif kind == "enum":
        if value not in key.choices:
            _fail(path, f"must be one of {', '.join(key.choices)}: {_shown(value)}")
    elif kind == "table":
        _check_table(value, key.spec, path)
    elif kind == "tables":
        assert isinstance(value, list)  # noqa: S101 - narrowed above
        for index, item in enumerate(value):
            _check_table(item, key.spec, f"{path}[{index}]")
    elif kind == "answers":
        _check_answers(value, path)
    elif kind == "ids":
        assert isinstance(value, list)  # noqa: S101 - narrowed above
        for index, item in enumerate(value):
            if not isinstance(item, str):
                _fail(f"{path}[{index}]", f"must be a string, not {_type_name(item)}")
    elif kind in ("bool", "figures", "locales"):
        _check_new_kind(value, kind, path)


def _check_new_kind(value: object, kind: str, path: str) -> None:
    if kind == "bool":
        if not isinstance(value, bool):
            _fail(path, f"must be true or false, not {_type_name(value)}: {_shown(value)}")
        return
    if not isinstance(value, dict):
        _fail(path, f"must be a table, not {_type_name(value)}")
    for name, item in value.items():
        if not isinstance(item, str) or not item.strip():
            _fail(f"{path}.{_key_name(name)}", f"must be non-empty text, not {_shown(item)}")
        if kind == "locales" and item not in _LOCALES:
            _fail(
                f"{path}.{_key_name(name)}",
                f"must be one of {', '.join(_LOCALES)}: {_shown(item)}",
            )


def _check_table(data: object, spec_name: str, path: str) -> None:  # noqa: C901
    if not isinstance(data, dict):
        _fail(path, f"must be a table, not {_type_name(data)}")
    spec = _SPECS[spec_name]
    # One pass over the table: unknown keys are refused at once, text values (most of a
    # report) are checked inline. Only when all of them are right and every required key
    # is there do the nested values follow alone; else the full pass below finds the
    # first error in the order of the specification, as it always has.
    simple = True
    for name, value in data.items():
        key = spec.get(name)
        if key is None:
            close = difflib.get_close_matches(str(name), list(spec), n=1)
            hint = f" (did you mean {_shown(close[0])}?)" if close else ""
            shown_key = _key_name(name)
            _fail(f"{path}.{shown_key}" if path else shown_key, f"unknown key{hint}")
        kind = key.kind
        if kind == "number":
            simple = simple and isinstance(value, str)
        elif kind == "str":
            simple = simple and isinstance(value, str) and bool(value.strip())
        elif kind == "enum":
            simple = simple and isinstance(value, str) and value in key.choices
    if simple and all(name in data for name in _REQUIRED[spec_name]):
        for name in _NESTED[spec_name]:
            if name in data:
                _check_value(data[name], spec[name], f"{path}.{name}" if path else name)
        return
    for name, key in spec.items():
        if name in data:
            _check_value(data[name], key, f"{path}.{name}" if path else name)
        elif key.required:
            _fail(f"{path}.{name}" if path else name, "required key is missing")


_TEXT_KINDS: Final = frozenset(("number", "str", "enum"))
#: The required keys of each table of the specification.
_REQUIRED: Final = {
    table: tuple(name for name, key in spec.items() if key.required)
    for table, spec in _SPECS.items()
}
#: The keys of each table whose values are not text (checked by `_check_value`), in order.
_NESTED: Final = {
    table: tuple(name for name, key in spec.items() if key.kind not in _TEXT_KINDS)
    for table, spec in _SPECS.items()
}


def _date(value: object, path: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    _fail(path, f"must be a date YYYY-MM-DD: {_shown(value)}")


# ---------------------------------------------------------------- building
# The builder's own figures: the schema has typed their text and year, the number reader
# their value (finite and in range), so their initialisers' checks are not run again.
_where = _trusted.maker(Where)
_figure = _trusted.maker(Figure)
# The rows and lines too: their text is the schema's, their figures the builder's.
_budget_row = _trusted.maker(BudgetRow)
_budget_line = _trusted.maker(BudgetLine)
_indicator_row = _trusted.maker(IndicatorRow)


class _Builder:
    def __init__(self, data: Mapping[str, Any]) -> None:
        report = data["report"]
        self.year: int = report["year"]
        self.locale: str = report.get("locale", ID_LOCALE)
        self.places: dict[str, Place] = {}
        #: The number style of each (place, column) of cells that name none of their own.
        self.column_locales: dict[tuple[str, str], str] = {}
        #: Each printed text read once per number style: value, upper end, unit.
        self.numbers: dict[tuple[str, str], tuple[Decimal, Decimal | None, str | None]] = {}
        for index, place in enumerate(data.get("places", [])):
            if place["id"] in self.places:
                _fail(f"places[{index}].id", f"duplicate place id: {_shown(place['id'])}")
            self.places[place["id"]] = Place(
                place["id"],
                place.get("title"),
                place.get("locale", self.locale),
                tuple(place.get("locales", {}).items()),
            )

    def place(self, item: Mapping[str, Any], path: str) -> str:
        place: str = item["place"]
        if place not in self.places:
            _fail(f"{path}.place", f"unknown place {_shown(place)} (declare it in [[places]])")
        return place

    def figure(
        self, item: Mapping[str, Any], name: str, path: str, year: int | None = None
    ) -> Figure | None:
        if name not in item:
            return None
        text: str = item[name]
        return self.printed(item, name, text, path, year, name)

    def locale_of(self, item: Mapping[str, Any], column: str) -> str:
        """The number style of one cell: the row's per-cell, the row's, the place's."""
        key = column.split("[", 1)[0]  # realisasi_periode[TW I] takes realisasi_periode's
        cells = item.get("locales")
        if cells is not None:
            locale = cells.get(column) or cells.get(key)
            if locale is not None:
                return str(locale)
        locale = item.get("locale")
        if locale is not None:
            return str(locale)
        cached = self.column_locales.get((item["place"], column))
        if cached is None:
            place = self.places[item["place"]]
            columns = dict(place.locales)
            cached = columns.get(column) or columns.get(key) or place.locale
            self.column_locales[item["place"], column] = cached
        return cached

    def printed(  # noqa: PLR0917 - an internal helper of the builder
        self,
        item: Mapping[str, Any],
        column: str,
        text: str,
        path: str,
        year: int | None,
        name: str | None = None,
    ) -> Figure:
        """The figure of one cell; *path* (``.name``) names it in an error message."""
        locale = self.locale_of(item, column)
        where = _where(item["place"], column, item.get("row"), year)
        parsed = self.numbers.get((text, locale))
        if parsed is None:
            field = path if name is None else f"{path}.{name}"
            try:
                parsed = (parse_number(text, field=field, locale=locale), None, None)
            except AkipError as exc:
                form = _printed_form(text, field, locale)
                if form is None:
                    raise ReportError(str(exc)) from exc
                parsed = form
            self.numbers[text, locale] = parsed
        return _figure(text, parsed[0], where, locale, parsed[1], parsed[2])

    def periods(
        self, item: Mapping[str, Any], name: str, path: str, year: int | None = None
    ) -> tuple[tuple[str, Figure], ...]:
        table: dict[str, str] = item.get(name, {})
        return tuple(
            (
                period,
                self.printed(item, f"{name}[{period}]", text, f"{path}.{name}.{period}", year),
            )
            for period, text in table.items()
        )

    def label(self, item: Mapping[str, Any], name: str, year: int | None = None) -> Label | None:
        if name not in item:
            return None
        return Label(item[name], Where(item["place"], name, item.get("row"), year))

    def indicator_row(self, item: Mapping[str, Any], path: str) -> IndicatorRow:
        self.place(item, path)
        year = item.get("year", self.year)
        numbers = ("target", "realisasi", "capaian", "target_renstra", "kemajuan")
        money = ("efisiensi_anggaran", "nilai_anggaran", "realisasi_nasional")
        parts = ("target_nasional", "pembilang", "penyebut")
        figures = dict.fromkeys(numbers + money + parts)
        for name in figures:
            if name in item:
                figures[name] = self.printed(item, name, item[name], path, year, name)
        return _indicator_row(
            place=item["place"],
            row=item.get("row"),
            year=year,
            period=item.get("period"),
            predikat=self.label(item, "predikat", year),
            atribut=self.label(item, "atribut", year),
            note=item.get("note"),
            programs=tuple(item.get("programs", ())),
            nilai_anggaran_measure=item.get("nilai_anggaran_measure"),
            target_year=item.get("target_year"),
            realisasi_periode=self.periods(item, "realisasi_periode", path, year),
            unit=item.get("unit"),
            scale=item.get("scale"),
            **figures,
        )

    def target(self, item: Mapping[str, Any], path: str) -> Target:
        self.place(item, path)
        value = self.figure(item, "value", path, item["year"])
        assert value is not None  # noqa: S101 - required key
        date = _date(item["date"], f"{path}.date") if "date" in item else None
        return Target(item["year"], value, item["version"], date, item.get("note"))

    def indicator(self, item: Mapping[str, Any], path: str) -> Indicator:
        return Indicator(
            id=item["id"],
            name=item["name"],
            polarity=item["polarity"],
            unit=item["unit"],
            level=item.get("level", "sasaran"),
            consolidation=item.get("consolidation", "last"),
            sasaran=item.get("sasaran"),
            line=item.get("line"),
            programs=tuple(item.get("programs", ())),
            formula=item.get("formula"),
            note=item.get("note"),
            minimize_formula=item.get("minimize_formula"),
            scale=item.get("scale"),
            targets=tuple(
                self.target(t, f"{path}.targets[{i}]")
                for i, t in enumerate(item.get("targets", []))
            ),
            rows=tuple(
                self.indicator_row({"row": item["name"], **r}, f"{path}.rows[{i}]")
                for i, r in enumerate(item.get("rows", []))
            ),
        )

    def pagu(self, item: Mapping[str, Any], path: str) -> Pagu:
        self.place(item, path)
        value = self.figure(item, "value", path)
        assert value is not None  # noqa: S101 - required key
        date = _date(item["date"], f"{path}.date") if "date" in item else None
        return Pagu(item["version"], value, date, item.get("source"), item.get("note"))

    def budget_row(self, item: Mapping[str, Any], path: str) -> BudgetRow:
        self.place(item, path)
        names = (
            "pagu",
            "realisasi",
            "penyerapan",
            "sisa",
            "fisik_target",
            "fisik_realisasi",
            "fisik_capaian",
            "rencana_penyerapan",
        )
        figures = dict.fromkeys(names)
        for name in names:
            if name in item:
                figures[name] = self.printed(item, name, item[name], path, None, name)
        return _budget_row(
            place=item["place"],
            row=item.get("row"),
            period=item.get("period"),
            realisasi_periode=self.periods(item, "realisasi_periode", path),
            fisik_unit=item.get("fisik_unit"),
            permasalahan=item.get("permasalahan"),
            upaya=item.get("upaya"),
            note=item.get("note"),
            **figures,
        )

    def line(self, item: Mapping[str, Any], path: str) -> BudgetLine:
        return _budget_line(
            id=item["id"],
            name=item["name"],
            level=item["level"],
            code=item.get("code"),
            parent=item.get("parent"),
            source=item.get("source"),
            top=item.get("top", False),
            indicator=item.get("indicator"),
            pagu=tuple(
                self.pagu(p, f"{path}.pagu[{i}]") for i, p in enumerate(item.get("pagu", []))
            ),
            rows=tuple(
                self.budget_row({"row": item["name"], **r}, f"{path}.rows[{i}]")
                for i, r in enumerate(item.get("rows", []))
            ),
        )

    def efficiency(self, item: Mapping[str, Any], path: str) -> EfficiencyRow:
        self.place(item, path)
        return EfficiencyRow(
            id=item["id"],
            place=item["place"],
            row=item.get("row"),
            indicator=item.get("indicator"),
            programs=tuple(item.get("programs", ())),
            capaian_kinerja=self.figure(item, "capaian_kinerja", path),
            penyerapan=self.figure(item, "penyerapan", path),
            indeks=self.figure(item, "indeks", path),
            te=self.figure(item, "te", path),
            standard=self.figure(item, "standard", path),
            kategori=self.label(item, "kategori"),
            keterangan=item.get("keterangan"),
            note=item.get("note"),
        )

    def amount(self, item: Mapping[str, Any], path: str) -> Amount:
        self.place(item, path)
        figure = self.figure(item, "figure", path)
        assert figure is not None  # noqa: S101 - required key
        return Amount(
            id=item["id"],
            place=item["place"],
            row=item.get("row"),
            figure=figure,
            label=item.get("label"),
            words=self.label(item, "words"),
            line=item.get("line"),
            measure=item.get("measure"),
            version=item.get("version"),
            parts=tuple(item.get("parts", ())),
            parts_measure=item.get("parts_measure"),
            note=item.get("note"),
        )

    def evaluasi(self, item: Mapping[str, Any], path: str) -> Evaluasi:
        self.place(item, path)
        return Evaluasi(
            id=item["id"],
            place=item["place"],
            row=item.get("row"),
            year=item.get("year"),
            profil=item.get("profil"),
            jawaban=tuple(item["jawaban"].items()),
            nilai=self.figure(item, "nilai", path, item.get("year")),
            predikat=self.label(item, "predikat", item.get("year")),
            note=item.get("note"),
        )

    def statement(self, item: Mapping[str, Any], path: str) -> Statement:
        self.place(item, path)
        for name in _KIND_NEEDS[item["kind"]]:
            if name not in item:
                _fail(f"{path}.{name}", f"required for kind {_shown(item['kind'])}")
        start, end = item.get("from_year"), item.get("to_year")
        if start is not None and end is not None and start >= end:
            _fail(f"{path}.to_year", f"must be after from_year ({start}): {end}")
        return Statement(
            id=item["id"],
            place=item["place"],
            row=item.get("row"),
            kind=item["kind"],
            text=item["text"],
            year=item.get("year"),
            n=self.figure(item, "n", path),
            n_words=item.get("n_words"),
            period_start=item.get("period_start"),
            period_end=item.get("period_end"),
            indicator=item.get("indicator"),
            line=item.get("line"),
            measure=item.get("measure"),
            from_year=item.get("from_year"),
            to_year=item.get("to_year"),
            direction=item.get("direction"),
            from_value=self.figure(item, "from_value", path, item.get("from_year")),
            to_value=self.figure(item, "to_value", path, item.get("to_year")),
            by=self.figure(item, "by", path),
            label=item.get("label"),
            note=item.get("note"),
        )


_RANGE: Final = re.compile(
    r"^\s*(\d[\d.,]*)\s*(%?)\s*[-–—]\s*(\d[\d.,]*)\s*(%|[^\W\d_][\w ./]*)?\s*$"
)
_UNIT_AFTER: Final = re.compile(r"^\s*(.*\d%?)\s+([^\W\d_][\w ./]*?)\s*$")
# Words that scale the number ("1,5 miliar") are not units: such figures stay refused.
_MULTIPLIERS: Final = frozenset(
    ("ribu", "rb", "juta", "jt", "miliar", "milyar", "m", "triliun", "t", "trilyun")
)
_NIL_DECIMALS: Final = re.compile(r"[,.]\s*-\s*$")


def _printed_form(
    text: str, path: str, locale: str
) -> tuple[Decimal, Decimal | None, str | None] | None:
    """Parse the printed forms that `parse_number` refuses.

    They are ``Rp 1.250.000.000,-`` (no decimals printed as a dash), ranges ``75 - 85%``
    or ``6 – 8 bulan``, and a unit after the number, ``6 bulan``. ``None`` when the text is
    none of them.
    """

    def number(part: str) -> Decimal | None:
        try:
            return parse_number(part, field=path, locale=locale)
        except AkipError:
            return None

    stripped = _NIL_DECIMALS.sub("", text)
    if stripped != text and (value := number(stripped)) is not None:
        return value, None, None
    match = _RANGE.match(text)
    if match:
        low, high = number(match.group(1) + match.group(2)), number(match.group(3))
        if low is not None and high is not None and low <= high:
            unit = match.group(4) or (match.group(2) or None)
            return low, high, unit.strip() if unit else None
    match = _UNIT_AFTER.match(text)
    if match and match.group(2).split()[0].lower() not in _MULTIPLIERS:
        value = number(match.group(1))
        if value is not None:
            return value, None, match.group(2)
    return None


def _decimal(item: Mapping[str, Any], name: str, path: str, locale: str) -> Decimal | None:
    if name not in item:
        return None
    try:
        return parse_number(item[name], field=f"{path}.{name}", locale=locale)
    except AkipError as exc:
        raise ReportError(str(exc)) from exc


def _scales(data: Mapping[str, Any], locale: str) -> tuple[ReportScale, ...]:
    result: list[ReportScale] = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("scales", [])):
        path = f"scales[{index}]"
        if item["id"] in seen:
            _fail(f"{path}.id", f"duplicate scale id {_shown(item['id'])}")
        seen.add(item["id"])
        if ("bundled" in item) == ("bands" in item):
            _fail(path, "give either 'bundled' or 'bands'")
        bands = tuple(
            ScaleBand(
                band["label"],
                band.get("abbreviation"),
                _decimal(band, "lower", f"{path}.bands[{j}]", locale),
                _decimal(band, "upper", f"{path}.bands[{j}]", locale),
                band.get("lower_inclusive", True),
                band.get("upper_inclusive", False),
            )
            for j, band in enumerate(item.get("bands", []))
        )
        scale = ReportScale(item["id"], item.get("bundled"), item.get("source"), bands)
        try:
            scale.scale()
        except AkipError as exc:
            _fail(f"{path}.bands", str(exc))
        result.append(scale)
    return tuple(result)


def _efficiency_rule(head: Mapping[str, Any], locale: str) -> EfficiencyRule | None:
    if "efficiency_rule" not in head:
        return None
    item = head["efficiency_rule"]
    path = "report.efficiency_rule"
    standard = _decimal(item, "standard", path, locale)
    rule = EfficiencyRule(
        item.get("text"),
        ONE if standard is None else standard,
        item.get("efisien_if", "ge"),
        _decimal(item, "upper_bound", path, locale),
    )
    try:
        rule.aturan()
    except AkipError as exc:
        _fail(path, str(exc))
    return rule


_CODE_LEVELS: Final = {
    "program": kode.CodeLevel.PROGRAM,
    "kegiatan": kode.CodeLevel.KEGIATAN,
    "sub_kegiatan": kode.CodeLevel.SUB_KEGIATAN,
}


def _legacy(code: str) -> bool | None:
    """``False`` for a 050-5889 code, ``True`` for a legacy one, ``None`` if malformed."""
    for legacy in (False, True):
        if kode.is_valid_code(code, legacy=legacy):
            return legacy
    return None


def _link_codes(lines: tuple[BudgetLine, ...]) -> tuple[BudgetLine, ...]:
    """Give every code-linked line without a ``parent`` the line of its code's prefix."""
    by_code: dict[str, int] = {}
    for index, line in enumerate(lines):
        if line.code is None:
            continue
        path = f"budget[{index}].code"
        legacy = _legacy(line.code)
        if legacy is None:
            msg = (
                f"malformed kode {_shown(line.code)} "
                "(Kepmendagri 050-5889/2021: U.BB.PP.L.KK.SSSS)"
            )
            _fail(path, msg)
        level = kode.code_level(line.code, legacy=legacy)
        if _CODE_LEVELS.get(line.level) is not level:
            _fail(path, f"a {level.label} code {_shown(line.code)} on a {line.level} line")
        if line.code in by_code:
            _fail(
                path, f"duplicate code {line.code!r} (first used at budget[{by_code[line.code]}])"
            )
        by_code[line.code] = index
    linked: list[BudgetLine] = []
    for index, line in enumerate(lines):
        direct = (
            None
            if line.code is None
            else kode.parent_code(line.code, legacy=bool(_legacy(line.code)))
        )
        above = None if direct is None or direct not in by_code else lines[by_code[direct]]
        if above is not None and line.parent is None:
            line = attrs.evolve(line, parent=above.id)  # noqa: PLW2901 - the linked copy
        elif above is not None and line.parent != above.id:
            msg = (
                f"{_shown(line.parent)} contradicts the code, "
                f"whose prefix is line {_shown(above.id)}"
            )
            _fail(f"budget[{index}].parent", msg)
        linked.append(line)
    return tuple(linked)


def _check_new_row(row: IndicatorRow, path: str, scales: set[str]) -> None:
    if row.scale is not None and row.scale not in scales:
        _fail(f"{path}.scale", f"unknown scale id {_shown(row.scale)}")
    if row.target_year is not None and row.target_year < row.year:
        _fail(f"{path}.target_year", f"must not be before the row's year {row.year}")
    if row.penyebut is not None and row.penyebut.value == 0:
        _fail(f"{path}.penyebut", "must not be 0")
    if (row.pembilang is None) != (row.penyebut is None):
        _fail(path, "pembilang and penyebut go together")


def _check_new_references(report: Report) -> None:
    scales = {scale.id for scale in report.scales}
    indicators = {ind.id for ind in report.indicators}
    for index, ind in enumerate(report.indicators):
        if ind.scale is not None and ind.scale not in scales:
            _fail(f"indicators[{index}].scale", f"unknown scale id {_shown(ind.scale)}")
        for k, row in enumerate(ind.rows):
            _check_new_row(row, f"indicators[{index}].rows[{k}]", scales)
    for index, line in enumerate(report.budget):
        if line.indicator is not None and line.indicator not in indicators:
            _fail(f"budget[{index}].indicator", f"unknown indicator id {_shown(line.indicator)}")
        if line.top and (line.parent is not None):
            _fail(f"budget[{index}].top", f"a top line has no parent: {_shown(line.parent)}")


def _check_references(report: Report) -> None:  # noqa: C901, PLR0912
    ids: dict[str, str] = {}
    groups: list[tuple[str, tuple[Any, ...]]] = [
        ("sasaran", report.sasaran),
        ("indicators", report.indicators),
        ("budget", report.budget),
        ("efficiency", report.efficiency),
        ("amounts", report.amounts),
        ("statements", report.statements),
        ("evaluasi", report.evaluasi),
    ]
    for group, items in groups:
        for index, item in enumerate(items):
            if item.id in ids:
                msg = f"duplicate id {_shown(item.id)} (first used at {ids[item.id]})"
                _fail(f"{group}[{index}].id", msg)
            ids[item.id] = f"{group}[{index}]"
    sasaran = {s.id for s in report.sasaran}
    lines = {line.id: line for line in report.budget}
    indicators = {i.id for i in report.indicators}

    def need(ref: str | None, pool: Mapping[str, Any] | set[str], path: str, what: str) -> None:
        if ref is not None and ref not in pool:
            _fail(path, f"unknown {what} id {_shown(ref)}")

    for index, item in enumerate(report.sasaran):
        need(item.parent, sasaran, f"sasaran[{index}].parent", "sasaran")
    for index, ind in enumerate(report.indicators):
        path = f"indicators[{index}]"
        need(ind.sasaran, sasaran, f"{path}.sasaran", "sasaran")
        need(ind.line, lines, f"{path}.line", "budget line")
        for j, ref in enumerate(ind.programs):
            need(ref, lines, f"{path}.programs[{j}]", "budget line")
        for k, row in enumerate(ind.rows):
            for j, ref in enumerate(row.programs):
                need(ref, lines, f"{path}.rows[{k}].programs[{j}]", "budget line")
    for index, line in enumerate(report.budget):
        path = f"budget[{index}]"
        need(line.parent, lines, f"{path}.parent", "parent")
        if line.parent is not None:
            # Each parent is exactly one level above its child (opd > program > kegiatan >
            # sub_kegiatan) and an opd line has none: every chain of parents descends, so
            # no cycle (a line its own ancestor) can pass, at any level, and no walk of the
            # tree is deeper than the four levels.
            if line.level == LEVELS[0]:
                msg = f"an {LEVELS[0]} line is the top of the budget, it has no parent"
                _fail(f"{path}.parent", f"{msg}: {_shown(line.parent)}")
            above = LEVELS[LEVELS.index(line.level) - 1]
            if lines[line.parent].level != above:
                msg = f"a {line.level} must have a {above} parent, not {lines[line.parent].level}"
                _fail(f"{path}.parent", msg)
        elif line.code is None and line.level != "opd" and not line.top:
            _fail(f"{path}.parent", f"required for a {line.level} without a code")
    for index, eff in enumerate(report.efficiency):
        need(eff.indicator, indicators, f"efficiency[{index}].indicator", "indicator")
        for j, ref in enumerate(eff.programs):
            need(ref, lines, f"efficiency[{index}].programs[{j}]", "budget line")
    for index, amount in enumerate(report.amounts):
        need(amount.line, lines, f"amounts[{index}].line", "budget line")
        for j, ref in enumerate(amount.parts):
            need(ref, ids, f"amounts[{index}].parts[{j}]", "amount or budget line")
    for index, st in enumerate(report.statements):
        need(st.indicator, indicators, f"statements[{index}].indicator", "indicator")
        need(st.line, lines, f"statements[{index}].line", "budget line")


def _build(data: object) -> Report:
    _check_table(data, "root", "")
    assert isinstance(data, dict)  # noqa: S101 - checked above
    if data["schema_version"] != SCHEMA_VERSION:
        version = _shown(data["schema_version"])
        msg = f"unknown schema version {version} (this akip reads {SCHEMA_VERSION})"
        _fail("schema_version", msg)
    b = _Builder(data)
    head = data["report"]

    def each(name: str, build: Any) -> tuple[Any, ...]:
        return tuple(build(item, f"{name}[{i}]") for i, item in enumerate(data.get(name, [])))

    report = Report(
        schema_version=data["schema_version"],
        agency=head["agency"],
        year=head["year"],
        government=head.get("government"),
        title=head.get("title"),
        locale=b.locale,
        renstra_start=head.get("renstra_start"),
        renstra_end=head.get("renstra_end"),
        source=head.get("source"),
        places=tuple(b.places.values()),
        sasaran=tuple(
            Sasaran(s["id"], s["name"], s.get("kind", "sasaran"), s.get("parent"))
            for s in data.get("sasaran", [])
        ),
        indicators=each("indicators", b.indicator),
        budget=_link_codes(each("budget", b.line)),
        efficiency=each("efficiency", b.efficiency),
        amounts=each("amounts", b.amount),
        statements=each("statements", b.statement),
        evaluasi=each("evaluasi", b.evaluasi),
        scales=_scales(data, b.locale),
        minimize_formula=head.get("minimize_formula"),
        efficiency_rule=_efficiency_rule(head, b.locale),
    )
    _check_references(report)
    _check_new_references(report)
    return report


# ---------------------------------------------------------------- entry points
def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        msg = (
            f"{name}: file is {size} bytes, over the limit of {MAX_BYTES} bytes "
            f"({MAX_BYTES >> 20} MiB)"
        )
        raise ReportError(msg)


def _check_text(text: object, where: str) -> str:
    """*text*, if it is a string of UTF-8 text within `MAX_BYTES`, without too long a key.

    Its nesting is counted when its parse or build fails (`akip._loading.DeepFirst`).
    """
    if not isinstance(text, str):
        msg = f"{where}: report text must be a string: {type(text).__name__}"
        raise ReportError(msg)
    # A character is at most 4 bytes: only text that might be over the limit is encoded.
    if len(text) * 4 > MAX_BYTES:
        _check_size(len(text.encode("utf-8", "surrogatepass")), where)
    _loading.check_encodable(text, where)
    _loading.check_keys(text, where.strip("<>"), where)
    return text


def loads_toml(text: str) -> Report:
    """Load a report from TOML text.

    Raises:
        ReportError: for TOML syntax errors (with line and column), unknown keys, wrong
            types, unknown schema versions, duplicate or unknown ids, bad printed numbers,
            text over 512 MiB or nested more than 32 levels deep, integers of more than
            4300 digits and lone surrogates.
    """
    _check_text(text, "<toml>")
    with _loading.PausedGC(), _loading.DeepFirst(text, "toml", "<toml>"):
        try:
            data = tomllib.loads(text)
        except ValueError as exc:  # TOMLDecodeError, or an integer of more than 4300 digits
            msg = f"<toml>: not valid TOML: {_parse_error(exc)}"
            raise ReportError(msg) from exc
        return _build(data)


def _parse_error(exc: ValueError) -> str:
    """The parser's message; Python's own for an integer too long to read, in words."""
    if isinstance(exc, tomllib.TOMLDecodeError | json.JSONDecodeError):
        return str(exc)
    return "an integer of more than 4300 digits (no report figure is that long)"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            msg = f"<json>: duplicate key {_shown(key)} in one object"
            raise ReportError(msg)
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    msg = f"<json>: {name} is not allowed"
    raise ReportError(msg)


def loads_json(text: str) -> Report:
    """Load a report from JSON text (the same structure as TOML; dates as ``"YYYY-MM-DD"``).

    Raises:
        ReportError: as `loads_toml`; also for duplicate keys in one JSON object, and for
            NaN / Infinity.
    """
    _check_text(text, "<json>")
    with _loading.PausedGC(), _loading.DeepFirst(text, "json", "<json>"):
        try:
            data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        except ReportError:  # a duplicate key or a constant, refused by the hooks
            raise
        except ValueError as exc:  # JSONDecodeError, or an integer of more than 4300 digits
            msg = f"<json>: not valid JSON: {_parse_error(exc)}"
            raise ReportError(msg) from exc
        return _build(data)


def load(path: object) -> Report:
    """Load a report file, ``.toml`` or ``.json`` by its suffix.

    Raises:
        ReportError: for an unknown suffix, an unreadable or too large file, and every
            error of `loads_toml` / `loads_json` (the message starts with the file name).
    """
    if not isinstance(path, str | bytes | os.PathLike):
        msg = f"report file must be a path: {_shown(path)}"
        raise ReportError(msg)
    try:
        file = os.fsdecode(os.fspath(path))
    except (TypeError, ValueError) as exc:  # a PathLike whose __fspath__ returns junk
        msg = f"report file must be a path: {_shown(path)}"
        raise ReportError(msg) from exc
    _loading.check_encodable(file, "report file name")
    if "\0" in file:
        msg = f"report file name holds a NUL character: {_shown(file)}"
        raise ReportError(msg)
    suffix = os.path.splitext(file)[1].lower()  # noqa: PTH122 - pathlib costs start-up time
    loaders = {".toml": loads_toml, ".json": loads_json}
    if suffix not in loaders:
        msg = f"{file}: unknown report file type {_shown(suffix)} (use .toml or .json)"
        raise ReportError(msg)
    try:
        # The bound is on the bytes read: /dev/zero, a FIFO or a growing file report a size
        # that says nothing. Newlines are read as text mode reads them (\r\n and \r → \n).
        text = (
            _loading.read_bounded(file, MAX_BYTES)
            .decode("utf-8")
            .replace("\r\n", "\n")
            .replace("\r", "\n")
        )  # the bytes read are dropped at once: the text is all the loader needs
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"{file}: cannot read: {exc}"
        raise ReportError(msg) from exc
    try:
        return loaders[suffix](text)
    except ReportError as exc:
        message = str(exc).removeprefix("<toml>: ").removeprefix("<json>: ")
        msg = f"{file}: {message}"
        raise ReportError(msg) from exc


# ---------------------------------------------------------------- JSON Schema
_SIMPLE_SCHEMAS: Final[dict[str, dict[str, Any]]] = {
    "ids": {"type": "array", "items": {"type": "string"}},
    "int": {"type": "integer"},
    "date": {"type": "string", "format": "date"},
    "number": {"type": "string", "pattern": r"\d|^\s*[-–—]"},
    "str": {"type": "string", "pattern": r"\S"},
    "answers": {
        "type": "object",
        "additionalProperties": {"type": "string", "pattern": r"\S"},
    },
    "bool": {"type": "boolean"},
    "figures": {
        "type": "object",
        "additionalProperties": {"type": "string", "pattern": r"\d|^\s*[-–—]"},
    },
    "locales": {"type": "object", "additionalProperties": {"enum": list(_LOCALES)}},
}


def _schema_of(key: _Key) -> dict[str, Any]:
    if key.kind == "table":
        return {"$ref": f"#/$defs/{key.spec}"}
    if key.kind == "tables":
        return {"type": "array", "items": {"$ref": f"#/$defs/{key.spec}"}}
    if key.kind == "enum":
        return {"enum": list(key.choices)}
    return dict(_SIMPLE_SCHEMAS[key.kind])


def _object_schema(spec_name: str) -> dict[str, Any]:
    spec = _SPECS[spec_name]
    properties = {}
    for name, key in spec.items():
        schema = _schema_of(key)
        if key.doc:
            schema = {"description": key.doc, **schema}
        properties[name] = schema
    result: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    required = [name for name, key in spec.items() if key.required]
    if required:
        result["required"] = required
    return result


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the report format, version 1.

    The file ``akip/schema/report-1.schema.json`` is this value; a test keeps them equal.
    TOML dates appear in JSON as ``"YYYY-MM-DD"`` strings.
    """
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://akip.invalid/schema/report-1.schema.json",
        "title": "akip report file, schema version 1",
        **_object_schema("root"),
        "$defs": {name: _object_schema(name) for name in _SPECS if name != "root"},
    }
    schema["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return schema


_TITLES: Final = {
    "root": "Top level",
    "report": "`[report]`",
    "place": "`[[places]]`",
    "sasaran": "`[[sasaran]]`",
    "indicator": "`[[indicators]]`",
    "target": "`[[indicators.targets]]`",
    "indicator_row": "`[[indicators.rows]]`",
    "line": "`[[budget]]`",
    "pagu": "`[[budget.pagu]]`",
    "budget_row": "`[[budget.rows]]`",
    "efficiency": "`[[efficiency]]`",
    "amount": "`[[amounts]]`",
    "statement": "`[[statements]]`",
    "evaluasi": "`[[evaluasi]]`",
    "efficiency_rule": "`[report.efficiency_rule]`",
    "scale": "`[[scales]]`",
    "band": "`[[scales.bands]]`",
}

_KIND_TEXT: Final = {
    "str": "string",
    "int": "integer",
    "date": "date",
    "number": "printed number (string)",
    "ids": "array of ids",
    "table": "table",
    "tables": "array of tables",
    "answers": "table of criterion id = answer code",
    "bool": "boolean",
    "figures": "table of period = printed number",
    "locales": "table of column = number style",
}


def markdown_reference() -> str:
    """Return the Markdown tables of every key of the format (rendered into the docs).

    Examples:
        >>> print(markdown_reference().splitlines()[0])
        ### Top level
    """
    parts: list[str] = []
    for name, spec in _SPECS.items():
        parts += [
            f"### {_TITLES[name]}",
            "",
            "| key | type | required | meaning |",
            "|---|---|---|---|",
        ]
        for key_name, key in spec.items():
            kind = (
                " / ".join(f"`{c}`" for c in key.choices)
                if key.kind == "enum"
                else _KIND_TEXT[key.kind]
            )
            parts.append(
                f"| `{key_name}` | {kind} | {'yes' if key.required else ''} | {key.doc} |"
            )
        parts.append("")
    return "\n".join(parts)
