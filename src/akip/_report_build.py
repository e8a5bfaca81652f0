"""Reading a report file: the structural check against the format, then the builder.

Private to [`akip.report`][akip.report], whose loaders (`akip.report.loads_toml`,
`akip.report.loads_json`, `akip.report.load`) call `build` on the parsed data. Data flows
one way: parsed TOML / JSON → `_check_table` (every key against `akip._report_spec`) →
`_Builder` (printed texts into `akip.report.Figure` and the other value types) → the
reference and code checks → an `akip.report.Report`. Every refusal is a
[`ReportError`][akip.exceptions.ReportError] naming the field path.

References:
    - PermenPANRB 53/2014 (what a Laporan Kinerja prints).
    - akip specification, issue 5 (the report file).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, NoReturn

import attrs

from akip import _trusted, kode
from akip._decimal import ONE
from akip._i18n import N_
from akip._report_spec import _KIND_NEEDS, _LOCALES, _SPECS, LEVELS, _Key
from akip._validators import key_name as _key_name
from akip._validators import shown as _shown
from akip.exceptions import AkipError, ReportError
from akip.numbers import ID_LOCALE, parse_number
from akip.report import (
    SCHEMA_VERSION,
    Amount,
    BudgetLine,
    BudgetRow,
    EfficiencyRow,
    EfficiencyRule,
    Evaluasi,
    Figure,
    Indicator,
    IndicatorRow,
    Label,
    Pagu,
    Place,
    Report,
    ReportScale,
    Sasaran,
    SasaranRow,
    ScaleBand,
    Statement,
    Target,
    Where,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping


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


def _unknown_key(data: dict[Any, Any], spec_name: str, name: object, path: str) -> NoReturn:
    """Refuse the key *name* of the table *data*, with the nearest known key as a hint.

    A top level holding a ``jawaban`` table is an LKE worksheet: the hint says so.
    """
    import difflib  # noqa: PLC0415 - only for a refused key (start-up time)

    close = difflib.get_close_matches(str(name), list(_SPECS[spec_name]), n=1)
    hint = f" (did you mean {_shown(close[0])}?)" if close else ""
    if spec_name == "root" and isinstance(data.get("jawaban"), dict):
        hint = f" ({WORKSHEET})"
    shown_key = _key_name(name)
    _fail(f"{path}.{shown_key}" if path else shown_key, f"unknown key{hint}")


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
            _unknown_key(data, spec_name, name, path)
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


_REQUIRED_KEYS: Final = {table: frozenset(names) for table, names in _REQUIRED.items()}

#: The hint for a file whose top level holds ``jawaban``: an LKE worksheet (`akip.evaluasi`).
WORKSHEET: Final = N_(
    "this is an LKE evaluation worksheet, not a report file: "
    "read it with akip.evaluasi.load_worksheet"
)


# A valid report (nearly every file loaded) passes the structural check without one error
# message being needed: `_valid` tells, and only a table it doubts goes through
# `_check_table`, which names the first error in the order it always has. Each test below
# accepts only what `_check_table` accepts (a doubt that `_check_table` passes is no
# error), so a file is refused exactly when it was before, with the same message.
def _valid(data: object, spec_name: str) -> bool:  # noqa: C901, PLR0911, PLR0912 - per kind
    """Whether `_check_table` passes *data* as a table of *spec_name*, without a message."""
    if type(data) is not dict or not data.keys() >= _REQUIRED_KEYS[spec_name]:
        return False
    spec = _SPECS[spec_name]
    for name, value in data.items():
        key = spec.get(name)
        if key is None:
            return False
        kind = key.kind
        if kind == "number":
            if type(value) is not str:
                return False
        elif kind == "str":
            if type(value) is not str or not value.strip():
                return False
        elif kind == "enum":
            if type(value) is not str or value not in key.choices:
                return False
        elif kind == "tables":
            if type(value) is not list:
                return False
            for item in value:
                if not _valid(item, key.spec):
                    return False
        elif not _valid_value(value, key):
            return False
    return True


def _valid_value(value: object, key: _Key) -> bool:  # noqa: PLR0911 - a test per kind
    """Whether `_check_value` passes *value* for a key that is not text nor tables."""
    kind = key.kind
    if kind == "int":
        return type(value) is int and value.bit_length() <= _INT_BITS
    if kind == "table":
        return _valid(value, key.spec)
    if kind == "ids":
        return type(value) is list and all(type(item) is str for item in value)
    if kind == "bool":
        return type(value) is bool
    if kind == "date":
        return type(value) is dt.date or (type(value) is str and _iso_date(value))
    if kind in ("answers", "figures"):
        return type(value) is dict and all(
            type(item) is str and bool(item.strip()) for item in value.values()
        )
    if kind == "locales":
        return type(value) is dict and all(
            type(item) is str and item in _LOCALES for item in value.values()
        )
    return False  # pragma: no cover - every kind of the specification is tested above


def _iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


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
# A label whose texts are all ASCII: ``@typed`` would pass it (an ASCII str holds no lone
# surrogate, the only text it refuses; the schema typed the rest), so it is made directly.
# Other labels go through the type itself, which refuses a lone surrogate (a JSON escape).
_label = _trusted.maker(Label)

#: The figures of a budget row, in the order they are read (and refused).
_BUDGET_FIGURES: Final = (
    "pagu",
    "realisasi",
    "penyerapan",
    "sisa",
    "fisik_target",
    "fisik_realisasi",
    "fisik_capaian",
    "rencana_penyerapan",
)
#: The figures of an indicator row, in the order they are read (and refused).
_ROW_FIGURES: Final = (
    "target",
    "realisasi",
    "capaian",
    "target_renstra",
    "kemajuan",
    "efisiensi_anggaran",
    "nilai_anggaran",
    "realisasi_nasional",
    "target_nasional",
    "pembilang",
    "penyebut",
)

#: Printed texts up to this long are read once and kept: a percentage or a count repeats
#: from row to row, an amount in rupiah seldom does (keeping each would hold a copy of
#: every amount of the report until the build ends).
_KEPT_LENGTH: Final = 12
#: The text of a level, as `akip.report.LEVELS` holds it (one string for every line).
_LEVEL_TEXTS: Final = {level: level for level in LEVELS}

#: A printed text read in one number style: the text, its value, upper end and unit.
_Parsed = tuple[str, Decimal, Decimal | None, str | None]


class _Builder:
    def __init__(self, data: Mapping[str, Any]) -> None:
        report = data["report"]
        self.year: int = report["year"]
        self.locale: str = report.get("locale", ID_LOCALE)
        self.places: dict[str, Place] = {}
        #: The number style of each column of each place, for cells that name none.
        self.column_locales: dict[str, dict[str, str]] = {}
        #: Each printed text read once per number style (the text itself kept once).
        self.numbers: dict[str, dict[str, _Parsed]] = {}
        for index, place in enumerate(data.get("places", [])):
            if place["id"] in self.places:
                _fail(f"places[{index}].id", f"duplicate place id: {_shown(place['id'])}")
            self.places[place["id"]] = Place(
                place["id"],
                place.get("title"),
                place.get("locale", self.locale),
                tuple(place.get("locales", {}).items()),
            )
            self.column_locales[place["id"]] = {}
        #: Each place id as the place holds it: the rows printed there share its text.
        self.place_ids: dict[str, str] = {name: place.id for name, place in self.places.items()}
        #: The id of each budget line built so far: its children's ``parent`` shares it.
        self.line_ids: dict[str, str] = {}
        #: Words many tables repeat (a polarity, a unit, a label): one string each.
        self.words: dict[str, str] = {}

    def word(self, text: str) -> str:
        """*text*, as the first table that had it holds it (a repeated word kept once)."""
        return self.words.setdefault(text, text)

    def place(self, item: Mapping[str, Any], path: str) -> str:
        place: str | None = self.place_ids.get(item["place"])
        if place is None:
            _fail(
                f"{path}.place",
                f"unknown place {_shown(item['place'])} (declare it in [[places]])",
            )
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
        cells = item.get("locales")
        if cells is not None:
            key = column.split("[", 1)[0]  # realisasi_periode[TW I] takes realisasi_periode's
            locale = cells.get(column) or cells.get(key)
            if locale is not None:
                return str(locale)
        locale = item.get("locale")
        if locale is not None:
            return str(locale)
        return self.place_locale(item["place"], column)

    def place_locale(self, place: str, column: str) -> str:
        """The number style of a column of *place* (its own, else the place's)."""
        columns = self.column_locales[place]
        cached = columns.get(column)
        if cached is None:
            own = dict(self.places[place].locales)
            key = column.split("[", 1)[0]
            cached = own.get(column) or own.get(key) or self.places[place].locale
            columns[column] = cached
        return cached

    def parsed(self, text: str, locale: str, field: str) -> _Parsed:
        """*text* read in *locale*, not read before (kept if short: `_KEPT_LENGTH`)."""
        parsed: _Parsed
        try:
            parsed = (text, parse_number(text, field=field, locale=locale), None, None)
        except AkipError as exc:
            bounded = _bounded_target(text, field)
            form = _printed_form(text if bounded is None else bounded, field, locale)
            if form is None and bounded is not None:
                form = _plain(bounded, field, locale)
            if form is None:
                raise ReportError(str(exc)) from exc
            parsed = (text, *form)
            if bounded is not None:
                return parsed  # a target's form: not kept for the other columns
        if len(text) <= _KEPT_LENGTH:
            self.numbers.setdefault(locale, {})[text] = parsed
        return parsed

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
        where = _where(self.place_ids[item["place"]], column, item.get("row"), year)
        known = self.numbers.get(locale)
        parsed = None if known is None else known.get(text)
        if parsed is None:
            parsed = self.parsed(text, locale, path if name is None else f"{path}.{name}")
        return _figure(parsed[0], parsed[1], where, locale, parsed[2], parsed[3])

    def cells(  # noqa: PLR0917 - an internal helper of the builder
        self,
        item: Mapping[str, Any],
        names: tuple[str, ...],
        place: str,
        row: str | None,
        year: int | None,
        path: str,
    ) -> list[Figure | None]:
        """The figures of a row's cells *names* (``None`` where absent), in that order.

        What `printed` gives each of them, read faster: a row that names no number style
        of its own takes its place's, looked up once per column.
        """
        if "locales" in item or "locale" in item:
            cell = {**item, "row": row}
            return [
                self.printed(cell, name, item[name], path, year, name) if name in item else None
                for name in names
            ]
        columns = self.column_locales[place]
        numbers = self.numbers
        result: list[Figure | None] = []
        append = result.append
        for name in names:
            text = item.get(name)
            if text is None:  # absent: the schema allows no null
                append(None)
                continue
            locale = columns.get(name) or self.place_locale(place, name)
            known = numbers.get(locale)
            parsed = None if known is None else known.get(text)
            if parsed is None:
                parsed = self.parsed(text, locale, f"{path}.{name}")
            where = _where(place, name, row, year)
            append(_figure(parsed[0], parsed[1], where, locale, parsed[2], parsed[3]))
        return result

    def periods(
        self,
        item: Mapping[str, Any],
        name: str,
        path: str,
        year: int | None = None,
        row: str | None = None,
    ) -> tuple[tuple[str, Figure], ...]:
        table: dict[str, str] | None = item.get(name)
        if not table:
            return ()
        cell = item if row is None else {**item, "row": row}
        return tuple(
            (
                period,
                self.printed(cell, f"{name}[{period}]", text, f"{path}.{name}.{period}", year),
            )
            for period, text in table.items()
        )

    def label(
        self,
        item: Mapping[str, Any],
        name: str,
        year: int | None = None,
        row: str | None = None,
    ) -> Label | None:
        if name not in item:
            return None
        text: str = item[name]
        place: str = item["place"]
        if row is None:
            row = item.get("row")
        if text.isascii() and place.isascii() and (row is None or row.isascii()):
            word = self.words.setdefault(text, text)
            return _label(word, _where(self.place_ids.get(place, place), name, row, year))
        return Label(text, Where(place, name, row, year))

    def indicator_row(self, item: Mapping[str, Any], path: str, name: str) -> IndicatorRow:
        """A row of an indicator named *name* (the row's label when it prints none)."""
        place = self.place(item, path)
        row: str = item.get("row", name)
        year: int = item.get("year", self.year)
        (
            target,
            realisasi,
            capaian,
            target_renstra,
            kemajuan,
            efisiensi_anggaran,
            nilai_anggaran,
            realisasi_nasional,
            target_nasional,
            pembilang,
            penyebut,
        ) = self.cells(item, _ROW_FIGURES, place, row, year, path)
        get = item.get
        predikat = self.label(item, "predikat", year, row)
        atribut = self.label(item, "atribut", year, row)
        programs = tuple(get("programs", ()))
        return _indicator_row(
            place,
            row,
            year,
            get("period"),
            target,
            realisasi,
            capaian,
            predikat,
            atribut,
            target_renstra,
            kemajuan,
            efisiensi_anggaran,
            nilai_anggaran,
            realisasi_nasional,
            get("note"),
            programs,
            get("nilai_anggaran_measure"),
            target_nasional,
            get("target_year"),
            pembilang,
            penyebut,
            self.periods(item, "realisasi_periode", path, year, row),
            get("unit"),
            get("scale"),
        )

    def sasaran_row(self, item: Mapping[str, Any], path: str, name: str) -> SasaranRow:
        """A row printing the summary of a sasaran named *name* (its label when none)."""
        place = self.place(item, path)
        row: str = item.get("row", name)
        year: int = item.get("year", self.year)
        if not any(key in item for key in _SUMMARY_CELLS):
            _fail(path, f"prints none of {', '.join(_SUMMARY_CELLS)}")
        jumlah, capaian = self.cells(item, ("jumlah", "capaian"), place, row, year, path)
        return SasaranRow(
            place,
            row,
            year,
            jumlah,
            capaian,
            self.label(item, "predikat", year, row),
            self.label(item, "atribut", year, row),
            tuple(item.get("indicators", ())),
            item.get("note"),
            item.get("partial", False),
        )

    def target(self, item: Mapping[str, Any], path: str) -> Target:
        self.place(item, path)
        value = self.figure(item, "value", path, item["year"])
        assert value is not None  # noqa: S101 - required key
        date = _date(item["date"], f"{path}.date") if "date" in item else None
        return Target(item["year"], value, self.word(item["version"]), date, item.get("note"))

    def indicator(self, item: Mapping[str, Any], path: str) -> Indicator:
        name = item["name"]
        return Indicator(
            id=item["id"],
            name=name,
            polarity=self.word(item["polarity"]),
            unit=self.word(item["unit"]),
            level=self.word(item.get("level", "sasaran")),
            consolidation=self.word(item.get("consolidation", "last")),
            sasaran=item.get("sasaran"),
            line=item.get("line"),
            programs=tuple(item.get("programs", ())),
            formula=item.get("formula"),
            note=item.get("note"),
            minimize_formula=item.get("minimize_formula"),
            scale=item.get("scale"),
            cap=_cap(item, "cap", path, self.locale),
            targets=tuple(
                self.target(t, f"{path}.targets[{i}]")
                for i, t in enumerate(item.get("targets", []))
            ),
            rows=tuple(
                self.indicator_row(r, f"{path}.rows[{i}]", name)
                for i, r in enumerate(item.get("rows", []))
            ),
        )

    def pagu(self, item: Mapping[str, Any], path: str) -> Pagu:
        self.place(item, path)
        value = self.figure(item, "value", path)
        assert value is not None  # noqa: S101 - required key
        date = _date(item["date"], f"{path}.date") if "date" in item else None
        return Pagu(item["version"], value, date, item.get("source"), item.get("note"))

    def budget_row(self, item: Mapping[str, Any], path: str, name: str) -> BudgetRow:
        """A row of a budget line named *name* (the row's label when it prints none)."""
        place = self.place(item, path)
        row: str = item.get("row", name)
        (
            pagu,
            realisasi,
            penyerapan,
            sisa,
            fisik_target,
            fisik_realisasi,
            fisik_capaian,
            rencana_penyerapan,
        ) = self.cells(item, _BUDGET_FIGURES, place, row, None, path)
        get = item.get
        return _budget_row(
            place,
            row,
            pagu,
            realisasi,
            penyerapan,
            sisa,
            fisik_target,
            fisik_realisasi,
            get("fisik_unit"),
            fisik_capaian,
            get("permasalahan"),
            get("upaya"),
            get("note"),
            get("period"),
            self.periods(item, "realisasi_periode", path, None, row),
            rencana_penyerapan,
        )

    def line(self, item: Mapping[str, Any], path: str) -> BudgetLine:
        name = item["name"]
        pagu = item.get("pagu")
        rows = item.get("rows")
        get = item.get
        line_id: str = item["id"]
        self.line_ids.setdefault(line_id, line_id)
        parent: str | None = get("parent")
        if parent is not None:
            parent = self.line_ids.get(parent, parent)
        level: str = item["level"]
        return _budget_line(
            line_id,
            name,
            _LEVEL_TEXTS.get(level, level),
            get("code"),
            parent,
            get("source"),
            ()
            if not pagu
            else tuple(self.pagu(p, f"{path}.pagu[{i}]") for i, p in enumerate(pagu)),
            ()
            if not rows
            else tuple(self.budget_row(r, f"{path}.rows[{i}]", name) for i, r in enumerate(rows)),
            get("top", False),
            get("indicator"),
        )

    def maker(self, section: str) -> Callable[[Mapping[str, Any], str], Any]:
        """The builder of an item of the table *section* (one of `_SECTIONS`)."""
        makers: dict[str, Callable[[Mapping[str, Any], str], Any]] = {
            "indicators": self.indicator,
            "budget": self.line,
            "efficiency": self.efficiency,
            "amounts": self.amount,
            "statements": self.statement,
            "evaluasi": self.evaluasi,
        }
        return makers[section]

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
#: A plain number, then its unit: the unit may hold a number ("56,23 per 100.000 penduduk").
_NUMBER_UNIT: Final = re.compile(r"^\s*(\d[\d.,]*%?)\s+([^\W\d_][\w ./]*?)\s*$")
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
    for pattern in (_NUMBER_UNIT, _UNIT_AFTER):
        match = pattern.match(text)
        if match and match.group(2).split()[0].lower() not in _MULTIPLIERS:
            value = number(match.group(1))
            if value is not None:
                return value, None, match.group(2)
    return None


#: A bound printed before a target, "kurang dari 49", "< 49", "≤ 5%", "minimal 80%".
_BOUND: Final = re.compile(
    r"^\s*(?:<=?|>=?|≤|≥|kurang\s+dari|lebih\s+dari|minimal|maksimal|min\.?|maks\.?)\s*"
    r"(?=[\d]|Rp)",
    re.IGNORECASE,
)
#: The cells a bound may be printed in: a target (of a row, of a planning document).
_BOUNDED_COLUMNS: Final = frozenset(("target", "target_nasional", "target_renstra"))


def _bounded_target(text: str, path: str) -> str | None:
    """The number of a target printed with a bound (``kurang dari 49`` → ``49``).

    A lower-is-better target printed "kurang dari 49" (or ``< 49``, ``≤ 49``) and a
    higher-is-better one printed "minimal 80%" are measured against their bound, as the
    reports compute their capaian. Only a target's cell reads so (``target``,
    ``target_nasional``, ``target_renstra``, a planning document's target ``value``): a
    realisasi printed as a bound is not a measurement, and stays refused. ``None`` when
    *path* is no target or *text* prints no bound.
    """
    column = path.rsplit(".", 1)[-1]
    if column not in _BOUNDED_COLUMNS and not (column == "value" and ".targets[" in path):
        return None
    match = _BOUND.match(text)
    return None if match is None else text[match.end() :]


def _plain(text: str, path: str, locale: str) -> tuple[Decimal, Decimal | None, str | None] | None:
    try:
        return parse_number(text, field=path, locale=locale), None, None
    except AkipError:
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
        edge_rule = item.get("edge_rule")
        if edge_rule is not None and "bundled" in item:
            _fail(f"{path}.edge_rule", "closes the gaps of printed bands, not of a bundled scale")
        # Bands printed "76 % ≤ 90 %": on a scale with an edge rule both bounds are
        # inclusive unless the band says otherwise.
        bands = tuple(
            ScaleBand(
                band["label"],
                band.get("abbreviation"),
                _decimal(band, "lower", f"{path}.bands[{j}]", locale),
                _decimal(band, "upper", f"{path}.bands[{j}]", locale),
                band.get("lower_inclusive", True),
                band.get("upper_inclusive", edge_rule is not None),
            )
            for j, band in enumerate(item.get("bands", []))
        )
        scale = ReportScale(item["id"], item.get("bundled"), item.get("source"), bands, edge_rule)
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
    # The path of an error is only written when there is one: a valid report of 10^5 lines
    # makes no string per reference.
    ids: dict[str, tuple[str, int]] = {}
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
                first = "{}[{}]".format(*ids[item.id])
                msg = f"duplicate id {_shown(item.id)} (first used at {first})"
                _fail(f"{group}[{index}].id", msg)
            ids[item.id] = (group, index)
    sasaran = {s.id for s in report.sasaran}
    lines = {line.id: line for line in report.budget}
    indicators = {i.id for i in report.indicators}

    def need(
        ref: str | None, pool: Mapping[str, Any] | set[str], what: str, path: str, *at: int
    ) -> None:
        if ref is not None and ref not in pool:
            _fail(path.format(*at), f"unknown {what} id {_shown(ref)}")

    for index, item in enumerate(report.sasaran):
        need(item.parent, sasaran, "sasaran", "sasaran[{}].parent", index)
        for k, summary in enumerate(item.rows):
            for j, ref in enumerate(summary.indicators):
                at = "sasaran[{}].rows[{}].indicators[{}]"
                need(ref, indicators, "indicator", at, index, k, j)
    for index, ind in enumerate(report.indicators):
        need(ind.sasaran, sasaran, "sasaran", "indicators[{}].sasaran", index)
        need(ind.line, lines, "budget line", "indicators[{}].line", index)
        for j, ref in enumerate(ind.programs):
            need(ref, lines, "budget line", "indicators[{}].programs[{}]", index, j)
        for k, row in enumerate(ind.rows):
            for j, ref in enumerate(row.programs):
                at = "indicators[{}].rows[{}].programs[{}]"
                need(ref, lines, "budget line", at, index, k, j)
    above_of = dict(zip(LEVELS[1:], LEVELS, strict=False))
    for index, line in enumerate(report.budget):
        if line.parent is not None:
            need(line.parent, lines, "parent", "budget[{}].parent", index)
            # Each parent is exactly one level above its child (opd > program > kegiatan >
            # sub_kegiatan) and an opd line has none: every chain of parents descends, so
            # no cycle (a line its own ancestor) can pass, at any level, and no walk of the
            # tree is deeper than the four levels.
            if line.level == LEVELS[0]:
                msg = f"an {LEVELS[0]} line is the top of the budget, it has no parent"
                _fail(f"budget[{index}].parent", f"{msg}: {_shown(line.parent)}")
            above = above_of[line.level]
            if lines[line.parent].level != above:
                msg = f"a {line.level} must have a {above} parent, not {lines[line.parent].level}"
                _fail(f"budget[{index}].parent", msg)
        elif line.code is None and line.level != "opd" and not line.top:
            _fail(f"budget[{index}].parent", f"required for a {line.level} without a code")
    for index, eff in enumerate(report.efficiency):
        need(eff.indicator, indicators, "indicator", "efficiency[{}].indicator", index)
        for j, ref in enumerate(eff.programs):
            need(ref, lines, "budget line", "efficiency[{}].programs[{}]", index, j)
    for index, amount in enumerate(report.amounts):
        need(amount.line, lines, "budget line", "amounts[{}].line", index)
        for j, ref in enumerate(amount.parts):
            need(ref, ids, "amount or budget line", "amounts[{}].parts[{}]", index, j)
    for index, st in enumerate(report.statements):
        need(st.indicator, indicators, "indicator", "statements[{}].indicator", index)
        need(st.line, lines, "budget line", "statements[{}].line", index)


#: The tables built item by item, in the order the report builds them.
_SECTIONS: Final = ("indicators", "budget", "efficiency", "amounts", "statements", "evaluasi")


def build(data: object, release: Callable[[], object] | None = None) -> Report:
    """The report of parsed *data*, which it takes apart: each table is dropped once built.

    *release* is called once *data* has passed the structural check: the JSON text it was
    parsed from is no longer needed (`akip._loading.DeepFirst.release`).

    Raises:
        ReportError: naming the field path of the first error.
    """
    if _valid(data, "root"):
        if release is not None:
            release()
    else:
        _check_table(data, "root", "")
    assert isinstance(data, dict)  # noqa: S101 - checked above
    if data["schema_version"] != SCHEMA_VERSION:
        version = _shown(data["schema_version"])
        msg = f"unknown schema version {version} (this akip reads {SCHEMA_VERSION})"
        _fail("schema_version", msg)
    b = _Builder(data)
    sasaran = _sasaran(data, b)
    built: dict[str, tuple[Any, ...]] = {}
    for name in _SECTIONS:
        items: list[Any] = data.get(name, [])
        make = b.maker(name)
        done = []
        for index, item in enumerate(items):
            done.append(make(item, f"{name}[{index}]"))
            # The parsed table is no longer needed (the structural check is done, and a
            # later error names the built items): dropping it now keeps the peak memory of
            # a big file near the report's own size.
            items[index] = None
        built[name] = _link_codes(tuple(done)) if name == "budget" else tuple(done)
    return _report(data, b, sasaran, built)


#: The cells of a sasaran's summary row: it prints at least one of them.
_SUMMARY_CELLS: Final = ("jumlah", "capaian", "predikat", "atribut")


def _sasaran(data: Mapping[str, Any], b: _Builder) -> tuple[Sasaran, ...]:
    return tuple(
        Sasaran(
            s["id"],
            s["name"],
            s.get("kind", "sasaran"),
            s.get("parent"),
            tuple(
                b.sasaran_row(row, f"sasaran[{index}].rows[{k}]", s["name"])
                for k, row in enumerate(s.get("rows", []))
            ),
        )
        for index, s in enumerate(data.get("sasaran", []))
    )


def _cap(item: Mapping[str, Any], name: str, path: str, locale: str) -> Decimal | None:
    """The cap *item* declares under *name* (a number above 0), ``None`` if it declares none."""
    value = _decimal(item, name, path, locale)
    if value is not None and value <= 0:
        _fail(f"{path}.{name}", f"a cap on the capaian must be above 0: {_shown(item[name])}")
    return value


def _report(
    data: Mapping[str, Any],
    b: _Builder,
    sasaran: tuple[Sasaran, ...],
    built: Mapping[str, tuple[Any, ...]],
) -> Report:
    """The report of *data* whose tables `_SECTIONS` are *built*, its references checked."""
    head = data["report"]
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
        sasaran=sasaran,
        indicators=built["indicators"],
        budget=built["budget"],
        efficiency=built["efficiency"],
        amounts=built["amounts"],
        statements=built["statements"],
        evaluasi=built["evaluasi"],
        scales=_scales(data, b.locale),
        minimize_formula=head.get("minimize_formula"),
        efficiency_rule=_efficiency_rule(head, b.locale),
        capaian_cap=_cap(head, "capaian_cap", "report", b.locale),
    )
    _check_references(report)
    _check_new_references(report)
    return report


# ---------------------------------------------------------------- reading JSON item by item
_WHITESPACE: Final = re.compile(r"[ \t\n\r]*")
_STREAMED: Final = frozenset(_SECTIONS)


def _skip(text: str, at: int) -> int:
    """Where the JSON whitespace from *at* on ends."""
    match = _WHITESPACE.match(text, at)
    assert match is not None  # noqa: S101 - the pattern matches the empty text
    return match.end()


def stream(text: str, scan: Callable[[str, int], tuple[Any, int]]) -> Report | None:
    """The report of a JSON *text*, its big tables read and built one item at a time.

    *scan* is the ``scan_once`` of the JSON decoder the loader reads with: each item of a
    table of `_SECTIONS` is parsed, checked (`_valid`), built and dropped before the next is
    parsed, so the parsed file is never held whole, and the memory its items free is reused
    by the next ones. ``None`` when anything is wrong or doubtful, or the text is not in
    the shape this reads (one object, ``report`` and ``places`` before those tables): the
    loader then parses the whole text and `build` refuses it with the error it always has.
    What this returns is what `build` returns for the same text: the same items, checked by
    the same test and built by the same builder (in file order, which changes nothing but
    which equal strings are shared).
    """
    try:
        return _stream(text, scan)
    except Exception:  # noqa: BLE001 - any error is the plain path's to name
        return None


def _stream(  # noqa: C901, PLR0911, PLR0912 - one test per step of the text
    text: str, scan: Callable[[str, int], tuple[Any, int]]
) -> Report | None:
    at = _skip(text, 0)
    if text[at : at + 1] != "{":
        return None
    at = _skip(text, at + 1)
    data: dict[str, Any] = {}
    built: dict[str, tuple[Any, ...]] = {}
    b: _Builder | None = None
    while True:
        if text[at : at + 1] != '"':
            return None
        key, at = scan(text, at)
        at = _skip(text, at)
        if text[at : at + 1] != ":" or key in data or key in built:
            return None
        at = _skip(text, at + 1)
        if key in _STREAMED and text[at : at + 1] == "[":
            if b is None:
                places = data.get("places")
                if not (
                    _valid(data.get("report"), "report")
                    and type(places) is list
                    and all(_valid(place, "place") for place in places)
                ):
                    return None
                b = _Builder(data)
            items, at = _stream_items(text, at, scan, key, b)
            if items is None:
                return None
            built[key] = items
        else:
            data[key], at = scan(text, at)
        at = _skip(text, at)
        separator, at = text[at : at + 1], at + 1
        if separator == "}":
            break
        if separator != ",":
            return None
        at = _skip(text, at)
    if _skip(text, at) != len(text) or b is None:
        return None
    # The rest of the file as the structural check reads it (the tables read item by item
    # are optional keys of the top level, their items each checked by `_valid`).
    if not _valid(data, "root") or data["schema_version"] != SCHEMA_VERSION:
        return None
    for name in _SECTIONS:
        built.setdefault(name, ())
    built["budget"] = _link_codes(built["budget"])
    return _report(data, b, _sasaran(data, b), built)


def _stream_items(
    text: str,
    at: int,
    scan: Callable[[str, int], tuple[Any, int]],
    name: str,
    b: _Builder,
) -> tuple[tuple[Any, ...] | None, int]:
    """The built items of the array of *name* at *at*, and where the text goes on."""
    spec = _SPECS["root"][name].spec
    make = b.maker(name)
    built: list[Any] = []
    at = _skip(text, at + 1)
    if text[at : at + 1] == "]":
        return (), at + 1
    while True:
        item, at = scan(text, at)
        if not _valid(item, spec):
            return None, at
        built.append(make(item, f"{name}[{len(built)}]"))
        del item  # its parsed tables are freed before the next item is parsed
        at = _skip(text, at)
        separator, at = text[at : at + 1], at + 1
        if separator == "]":
            return tuple(built), at
        if separator != ",":
            return None, at
        at = _skip(text, at)
