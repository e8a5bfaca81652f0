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

import datetime as dt  # noqa: TC003 - read by `typed` at run time
import functools
import json
import json.scanner
import os
import re
import tomllib
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

from akip import _loading, atribut, efisiensi, predikat
from akip._bands import Band, Level, Scale, close_gaps, first_gap
from akip._decimal import places_of
from akip._report_spec import (
    _LOCALES,
    _SCALE_EDGE_RULES,
    _SPECS,
    LEVELS,  # noqa: F401 - akip.report.LEVELS, the budget levels
    _Key,
)
from akip._validators import clean_text, typed
from akip._validators import shown as _shown
from akip.exceptions import BandError, ReportError, UnknownId
from akip.numbers import ID_LOCALE

if TYPE_CHECKING:
    from collections.abc import Iterator

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
    "SasaranRow",
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
        return places_of(value)

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
    """One band of a report's own scale, as declared in the file (its printed bounds).

    On a scale with an ``edge_rule`` these are the bounds as printed, gaps included; the
    bands that classify are `ReportScale.scale`'s, the gaps closed.
    """

    label: str
    abbreviation: str | None
    lower: Decimal | None
    upper: Decimal | None
    lower_inclusive: bool = True
    upper_inclusive: bool = False

    def band(self) -> Band[Level]:
        """This band as an `akip._bands.Band` of its label, its bounds as declared."""
        return Band(
            Level(self.label),
            self.lower,
            self.upper,
            lower_inclusive=self.lower_inclusive,
            upper_inclusive=self.upper_inclusive,
        )

    def interval(self) -> str:
        """The band's bounds as declared: ``76 ≤ x ≤ 90``.

        Examples:
            >>> ScaleBand("Baik", None, Decimal(76), Decimal(90), upper_inclusive=True).interval()
            '76 ≤ x ≤ 90'
        """
        return self.band().interval()


@typed
@attrs.frozen
class ReportScale:
    """A scale the report classifies its labels on: its own bands, or a bundled scale.

    ``bands`` are the bands as the file declares them. With ``edge_rule`` (``lower_bound`` or
    ``upper_bound``, the names of `akip.predikat.EdgeRule`) they are the bands as printed,
    with gaps between them ("76 % ≤ 90 %" under "91 % ≤ 100 %"), and `scale` closes each gap
    by the rule: ``lower_bound`` keeps every band's printed lower bound and gives a gap to
    the band below it (≥ 91, ≥ 76: 90,5 is in "76 % ≤ 90 %"), ``upper_bound`` keeps the
    upper bounds and gives it to the band above (> 90, > 75: 90,5 is in "91 % ≤ 100 %").
    Without it a gap is an error; an overlap is an error either way.
    """

    id: str
    bundled: str | None
    source: str | None
    bands: tuple[ScaleBand, ...]
    edge_rule: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(_SCALE_EDGE_RULES))
    )

    def scale(self) -> Scale[Any]:
        """The validated band table (`akip._bands.Scale`) of this scale, its gaps closed.

        Raises:
            BandError: the bands overlap, or leave a gap and the scale has no edge rule.

        Examples:
            >>> band = ScaleBand("Lulus", None, Decimal(60), None)
            >>> low = ScaleBand("Tidak Lulus", None, None, Decimal(60))
            >>> ReportScale("lulus", None, None, (band, low)).scale().classify(60).label
            'Lulus'
            >>> high = ScaleBand("Lulus", None, Decimal(61), None)
            >>> low = ScaleBand("Tidak Lulus", None, None, Decimal(60), upper_inclusive=True)
            >>> printed = ReportScale("lulus", None, None, (high, low), "upper_bound")
            >>> printed.scale().classify(Decimal("60.5")).label
            'Lulus'
        """
        if self.bundled == "permendagri86":
            return predikat.scale()
        if self.bundled is not None:
            return atribut.scale(self.bundled)
        bands = [band.band() for band in self.bands]
        if self.edge_rule is None:
            gap = first_gap(bands)
            if gap is not None:
                below, above = gap
                msg = (
                    f"scale {_shown(self.id)}: band {below.level} ends at {below.upper} but "
                    f"band {above.level} starts at {above.lower}: a gap, which edge_rule = "
                    f"{' or '.join(repr(rule) for rule in _SCALE_EDGE_RULES)} closes"
                )
                raise BandError(msg)
            return Scale(self.id, tuple(bands), self.source or "")
        keep_lower_bounds = self.edge_rule == "lower_bound"
        return Scale(
            self.id, close_gaps(bands, keep_lower_bounds=keep_lower_bounds), self.source or ""
        )


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
class SasaranRow:
    """One printed summary of a sasaran's indicators in one table; absent cells are ``None``.

    ``jumlah`` is the printed sum of the indicators' capaian (*Jumlah capaian*), ``capaian``
    their printed mean (*Rata-rata capaian*), ``predikat`` / ``atribut`` the labels printed
    for the mean. ``indicators`` names the indicators summarised when not all of the
    sasaran's (``()``: every indicator whose ``sasaran`` is this one); ``partial`` says that
    the row summarises indicators the file does not transcribe, so it cannot be judged.
    ``row`` is the printed row label, or the sasaran's name when the file gives none.
    """

    place: str
    row: str | None
    year: int
    jumlah: Figure | None
    capaian: Figure | None
    predikat: Label | None
    atribut: Label | None
    indicators: tuple[str, ...] = ()
    note: str | None = None
    partial: bool = False


@typed
@attrs.frozen
class Sasaran:
    """A tujuan or sasaran strategis, and the rows printing its indicators' summary."""

    id: str
    name: str
    kind: str
    parent: str | None
    rows: tuple[SasaranRow, ...] = ()


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

    @property
    def other_target(self) -> bool:
        """Whether the row measures its realisasi against a target not its year's own.

        A later year's target (``target_year``: Renstra progress) or the national one (a row
        printing ``target_nasional`` and no ``target``: "dibandingkan dengan target
        nasional"). Such a row's target and capaian are not this year's own: they are
        checked on the row alone and never merged into the year's consensus.
        """
        return self.target_year is not None or (
            self.target is None and self.target_nasional is not None
        )


@typed
@attrs.frozen
class Indicator:
    """An indicator, its declared rule data (polarity, unit, consolidation) and its rows.

    ``cap`` is this indicator's cap on its capaian (akip rules §1), over the report's
    ``capaian_cap``; ``None``: the report's, and by default no cap.
    """

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
    cap: Decimal | None = None


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
    """A whole report file, loaded and checked for structure (not yet for content).

    ``capaian_cap`` is the cap the report declares on every indicator's capaian (akip rules
    §1: ``None``, no cap, by default); an indicator's own ``cap`` overrides it.
    """

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
    capaian_cap: Decimal | None = None

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
    return _toml([text])


def _toml(held: list[object]) -> Report:
    """`loads_toml` of the text *held* holds (the caller keeps no reference to it)."""
    text = _check_text(held.pop(), "<toml>")
    with _loading.PausedGC(), _loading.DeepFirst(text, "toml", "<toml>"):
        try:
            data = tomllib.loads(text)
        except ValueError as exc:  # TOMLDecodeError, or an integer of more than 4300 digits
            msg = f"<toml>: not valid TOML: {_parse_error(exc)}"
            raise ReportError(msg) from exc
        return _report_build.build(data)


def _parse_error(exc: ValueError) -> str:
    """The parser's message; Python's own for an integer too long to read, in words."""
    if isinstance(exc, tomllib.TOMLDecodeError | json.JSONDecodeError):
        return str(exc)
    return "an integer of more than 4300 digits (no report figure is that long)"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # a key twice: the first key that repeats is named
        seen: set[str] = set()
        for key, _ in pairs:  # pragma: no branch - some key repeats
            if key in seen:
                msg = f"<json>: duplicate key {_shown(key)} in one object"
                raise ReportError(msg)
            seen.add(key)
    return result


def _no_constant(name: str) -> None:
    msg = f"<json>: {name} is not allowed"
    raise ReportError(msg)


#: The decoder `loads_json` reads with (what ``json.loads`` with these hooks makes), and its
#: scanner of one value (the one its ``decode`` uses).
_DECODER: Final = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
_SCAN: Final = json.scanner.make_scanner(cast("Any", _DECODER))


def loads_json(text: str) -> Report:
    """Load a report from JSON text (the same structure as TOML; dates as ``"YYYY-MM-DD"``).

    Raises:
        ReportError: as `loads_toml`; also for duplicate keys in one JSON object, and for
            NaN / Infinity.
    """
    return _json([text])


def _json(held: list[object]) -> Report:
    """`loads_json` of the text *held* holds (the caller keeps no reference to it).

    The text is dropped as soon as its data has passed the structural check
    (`akip._loading.DeepFirst.release`): a big file's text is not kept while its report
    is built.
    """
    deep = _loading.DeepFirst(_check_text(held.pop(), "<json>"), "json", "<json>")
    with _loading.PausedGC(), deep:
        if _loading.may_decode_to_surrogate(cast("str", deep.text)):
            # Rare (an escaped emoji, say): parsed whole once more to find a lone surrogate;
            # a text that does not parse is refused below, as always.
            try:
                escaped = json.loads(
                    cast("str", deep.text),
                    object_pairs_hook=_no_duplicates,
                    parse_constant=_no_constant,
                )
            except (ReportError, ValueError, RecursionError):
                pass
            else:
                _loading.check_encodable_data(escaped, "<json>")
                del escaped
        # A report in the usual shape is read table item by table item; anything else, and
        # anything wrong, is read whole below (and refused there, as it always was).
        streamed = _report_build.stream(cast("str", deep.text), _SCAN)
        if streamed is not None:
            return streamed
        try:
            data = json.loads(
                cast("str", deep.text),
                object_pairs_hook=_no_duplicates,
                parse_constant=_no_constant,
            )
        except ReportError:  # a duplicate key or a constant, refused by the hooks
            raise
        except ValueError as exc:  # JSONDecodeError, or an integer of more than 4300 digits
            msg = f"<json>: not valid JSON: {_parse_error(exc)}"
            raise ReportError(msg) from exc
        return _report_build.build(data, deep.release)


#: The files `akip.importer` reads: their tables become a draft report file.
_TABLE_SUFFIXES: Final = frozenset({".txt", ".md", ".csv", ".xlsx", ".xlsm", ".pdf"})


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
    loaders = {".toml": _toml, ".json": _json}
    if suffix not in loaders:
        hint = (
            f"; 'akip import' (akip.importer) turns the tables of a {suffix} file into a draft"
            " report file"
            if suffix in _TABLE_SUFFIXES
            else ""
        )
        msg = f"{file}: unknown report file type {_shown(suffix)} (use .toml or .json{hint})"
        raise ReportError(msg)
    try:
        # The bound is on the bytes read: /dev/zero, a FIFO or a growing file report a size
        # that says nothing. Newlines are read as text mode reads them (\r\n and \r → \n).
        # The text is handed over in a list, so that this frame keeps no reference to it:
        # the JSON loader drops it once parsed (the bytes read are dropped at once).
        held: list[object] = [
            _loading.read_bounded(file, MAX_BYTES)
            .decode("utf-8")
            .replace("\r\n", "\n")
            .replace("\r", "\n")
        ]
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"{file}: cannot read: {exc}"
        raise ReportError(msg) from exc
    try:
        return loaders[suffix](held)
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
    "sasaran_row": "`[[sasaran.rows]]`",
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


# The builder reads the value types above: imported once they exist (one-way at run time:
# akip._report_build imports this module, never the reverse at import time).
from akip import _report_build  # noqa: E402
