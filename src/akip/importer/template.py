"""LKjIP workbook (buku kerja LKjIP): the XLSX template of `akip template` and `akip import`.

An agency that prepares its report with akip keeps its indicators, targets and budget lines
in a workbook of fixed sheets and columns — the report file format (schema version 1) laid
out as tables, one sheet per kind of row:

| sheet | one row per | first columns |
|---|---|---|
| ``report`` | key | ``key``, ``value`` (agency, year, government, title, …) |
| ``places`` | table / section | ``id``, ``title``, ``locale`` |
| ``sasaran`` | tujuan / sasaran | ``id``, ``name``, ``kind``, ``parent`` |
| ``indicators`` | indicator | ``id``, ``name``, ``polarity``, ``unit``, … |
| ``targets`` | target version | ``indicator``, ``place``, ``row``, … |
| ``indicator_rows`` | printed row | ``indicator``, ``place``, ``row``, … |
| ``budget`` | budget line | ``id``, ``name``, ``level``, ``code``, ``parent`` |
| ``pagu`` | pagu version | ``line``, ``place``, ``row``, … |
| ``budget_rows`` | printed row | ``line``, ``place``, ``row``, … |
| ``efficiency`` | efficiency row | ``id``, ``place``, ``row``, … |
| ``amounts`` | amount | ``id``, ``place``, ``row``, … |
| ``statements`` | narrative claim | ``id``, ``place``, ``row``, … |

The first row of each sheet holds the column names; [`COLUMNS`][akip.importer.template.COLUMNS]
lists them all. Figures are typed as text, exactly as printed (``Rp. 1.547.690.855``,
``70,48%``); id lists (``programs``, ``parts``) are comma-separated, dates
``YYYY-MM-DD``. A cell a spreadsheet stores as a number is read in plain digits with a
decimal point (``1547690855``, ``70.48``): give such a row ``locale = en_US``, or type the
figure as text.

**Formula injection**: every text written into a cell is stored as text, never as a
formula, and a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
marked with Excel's quote prefix, so that a spreadsheet never evaluates a printed ``-`` or
``=SUM(...)`` typed by someone else.

References:
    - PermenPANRB 53/2014, Lampiran (Perjanjian Kinerja, pengukuran kinerja, realisasi
      anggaran: the tables these sheets hold).
    - OWASP, *CSV Injection* (formula injection in spreadsheet cells).

Examples:
    >>> COLUMNS["budget"]
    ('id', 'name', 'level', 'code', 'parent', 'source')
    >>> risky("=1+1"), risky("- .00"), risky("Rp. 1.000")
    (True, True, False)
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from akip._safety import is_formula
from akip._validators import clean_text, shown
from akip.exceptions import SourceError
from akip.importer import _guard
from akip.importer.render import quote

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from akip.importer import ImportResult
    from akip.importer.tables import RawTable

__all__ = ["COLUMNS", "import_workbook", "is_template", "risky", "write_report", "write_template"]

_ROW: Final = ("place", "row", "locale", "note")
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "report": ("key", "value"),
    "places": ("id", "title", "locale"),
    "sasaran": ("id", "name", "kind", "parent"),
    "indicators": (
        "id",
        "name",
        "polarity",
        "unit",
        "level",
        "consolidation",
        "sasaran",
        "line",
        "programs",
        "formula",
        "note",
    ),
    "targets": ("indicator", *_ROW, "year", "version", "value", "date"),
    "indicator_rows": (
        "indicator",
        *_ROW,
        "year",
        "period",
        "target",
        "realisasi",
        "capaian",
        "predikat",
        "atribut",
        "target_renstra",
        "kemajuan",
        "efisiensi_anggaran",
        "nilai_anggaran",
        "nilai_anggaran_measure",
        "programs",
        "realisasi_nasional",
    ),
    "budget": ("id", "name", "level", "code", "parent", "source"),
    "pagu": ("line", *_ROW, "version", "value", "date", "source"),
    "budget_rows": (
        "line",
        *_ROW,
        "pagu",
        "realisasi",
        "penyerapan",
        "sisa",
        "fisik_target",
        "fisik_realisasi",
        "fisik_unit",
        "fisik_capaian",
        "permasalahan",
        "upaya",
    ),
    "efficiency": (
        "id",
        *_ROW,
        "indicator",
        "programs",
        "capaian_kinerja",
        "penyerapan",
        "indeks",
        "kategori",
        "keterangan",
    ),
    "amounts": (
        "id",
        *_ROW,
        "figure",
        "label",
        "words",
        "line",
        "measure",
        "version",
        "parts",
        "parts_measure",
    ),
    "statements": (
        "id",
        *_ROW,
        "kind",
        "text",
        "year",
        "n",
        "n_words",
        "period_start",
        "period_end",
        "indicator",
        "line",
        "measure",
        "from_year",
        "to_year",
        "direction",
        "from_value",
        "to_value",
        "by",
        "label",
    ),
}
"""Every sheet of the workbook and its columns, in order."""

_REPORT_KEYS: Final = (
    "agency",
    "year",
    "government",
    "title",
    "locale",
    "renstra_start",
    "renstra_end",
    "source",
)
_INTEGERS: Final = frozenset(
    {
        "year",
        "renstra_start",
        "renstra_end",
        "period_start",
        "period_end",
        "from_year",
        "to_year",
    }
)
_LISTS: Final = frozenset({"programs", "parts"})
_DATES: Final = frozenset({"date"})
_TOP: Final = (
    ("places", "places"),
    ("sasaran", "sasaran"),
    ("indicators", "indicators"),
    ("efficiency", "efficiency"),
    ("amounts", "amounts"),
    ("statements", "statements"),
)


def risky(text: str) -> bool:
    """Whether a spreadsheet would read *text* as a formula (`akip._safety.is_formula`).

    Raises:
        SourceError: if *text* is not text.
    """
    return is_formula(_guard.text(text, "text"))


# ---------------------------------------------------------------- writing
def _put(sheet: Any, row: int, column: int, value: object) -> None:
    """Write *value* into a cell as text: never a formula, risky texts quote-prefixed."""
    text = _cell_text(value)
    if text == "":
        return
    cell = sheet.cell(row=row, column=column)
    cell.value = text
    cell.data_type = "s"
    if is_formula(text):
        cell.quotePrefix = True


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _book(rows: Mapping[str, Iterable[Mapping[str, Any]]]) -> Any:
    import openpyxl  # noqa: PLC0415

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, columns in COLUMNS.items():
        sheet = book.create_sheet(name)
        for c, column in enumerate(columns, start=1):
            _put(sheet, 1, c, column)
        for r, item in enumerate(rows.get(name, ()), start=2):
            for c, column in enumerate(columns, start=1):
                _put(sheet, r, c, item.get(column))
    return book


def _save(book: Any, path: str | os.PathLike[str]) -> None:
    try:
        book.save(os.fspath(path))
    except OSError as exc:
        msg = f"{os.fspath(path)}: cannot write: {exc.strerror or exc}"
        raise SourceError(msg) from exc


def write_template(path: str | os.PathLike[str]) -> None:
    """Write the blank workbook: every sheet with its column names, no rows.

    Raises:
        SourceError: if *path* is not a file name, or the file cannot be written.
    """
    _save(_book({}), _guard.path(path))


def _sheets_of(data: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    sheets: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    report = data.get("report", {})
    sheets["report"] = [
        {"key": key, "value": report[key]} for key in _REPORT_KEYS if key in report
    ]
    for sheet, key in _TOP:
        sheets[sheet] = [dict(item) for item in data.get(key, [])]
    for indicator in data.get("indicators", []):
        for target in indicator.get("targets", []):
            sheets["targets"].append({"indicator": indicator["id"], **target})
        for row in indicator.get("rows", []):
            sheets["indicator_rows"].append({"indicator": indicator["id"], **row})
    for line in data.get("budget", []):
        sheets["budget"].append(line)
        for pagu in line.get("pagu", []):
            sheets["pagu"].append({"line": line["id"], **pagu})
        for row in line.get("rows", []):
            sheets["budget_rows"].append({"line": line["id"], **row})
    return sheets


def write_report(data: Mapping[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a report (the mapping `tomllib` reads from a report file) into the workbook.

    Every key of the sheets' columns is written; a key the workbook has no column for is
    refused rather than lost.

    Raises:
        SourceError: if *data* is not such a mapping (tables, arrays of tables, text,
            booleans, integers of at most 64 bits, dates), *path* is not a file name, a key
            has no column, or the file cannot be written.
    """
    data = _guard.mapping(data, "data")
    file = _guard.path(path)
    _check_data(data, "data")
    unknown = sorted(set(data) - {"schema_version", "report", *(key for _, key in _TOP), "budget"})
    unknown += sorted(f"report.{key}" for key in set(data.get("report", {})) - set(_REPORT_KEYS))
    if unknown:
        msg = f"the workbook has no sheet or row for {', '.join(unknown)}"
        raise SourceError(msg)
    sheets = _sheets_of(data)
    for name, items in sheets.items():
        nested = {"targets", "rows", "pagu"}
        for item in items:
            extra = (
                set(item)
                - set(COLUMNS[name])
                - (nested if name in {"indicators", "budget"} else set())
            )
            if extra:
                msg = f"sheet {name!r}: no column for {', '.join(sorted(extra))}"
                raise SourceError(msg)
    _save(_book(sheets), file)


_NESTED: Final = {"indicators": ("targets", "rows"), "budget": ("pagu", "rows")}
_INT_BITS: Final = 64


def _check_data(data: Mapping[str, object], where: str) -> None:
    """Refuse what `tomllib` never reads into a report: a wrong shape or a junk value."""
    report = data.get("report", {})
    _guard.mapping(report, f"{where}['report']")
    for key, value in report.items():  # type: ignore[attr-defined]
        _check_cell(value, f"{where}['report'][{shown(key)}]")
    for key in [k for _, k in _TOP] + ["budget"]:
        for index, item in enumerate(_tables(data.get(key, []), f"{where}[{key!r}]")):
            path = f"{where}[{key!r}][{index}]"
            for name, value in item.items():
                if name in _NESTED.get(key, ()):
                    for inner, nested in enumerate(_tables(value, f"{path}[{shown(name)}]")):
                        for column, cell in nested.items():
                            _check_cell(cell, f"{path}[{shown(name)}][{inner}][{shown(column)}]")
                else:
                    _check_cell(value, f"{path}[{shown(name)}]")


def _tables(value: object, where: str) -> list[Mapping[str, object]]:
    if not isinstance(value, list | tuple):
        _guard.fail(where, "an array of tables", value)
    return [_guard.mapping(item, f"{where} item") for item in value]


def _check_cell(value: object, where: str) -> None:
    """A value a cell can hold: text, a boolean, a bounded integer, a date, or a list of them."""
    if isinstance(value, list | tuple):
        for item in value:
            _check_cell(item, f"{where} item")
        return
    ok = (
        clean_text(value)
        or isinstance(value, bool)
        or (isinstance(value, int) and value.bit_length() <= _INT_BITS)
        or (isinstance(value, dt.date) and not isinstance(value, dt.datetime))
    )
    if not ok:
        _guard.fail(where, "text, a boolean, an integer of at most 64 bits or a date", value)


# ---------------------------------------------------------------- reading
def is_template(raws: Sequence[RawTable]) -> bool:
    """Whether the sheets of a workbook are those of the template (names and first row).

    Raises:
        SourceError: if *raws* is not a list of `RawTable`.
    """
    by_name = {raw.place: raw for raw in _guard.raws(raws)}
    for name in ("indicators", "budget"):
        raw = by_name.get(name)
        if raw is None or not raw.rows:
            return False
        if tuple(c.text for c in raw.rows[0])[: len(COLUMNS[name])] != COLUMNS[name]:
            return False
    return True


def _records(raw: RawTable, name: str) -> list[dict[str, str]]:
    header = [c.text for c in raw.rows[0]] if raw.rows else []
    unknown = [h for h in header if h and h not in COLUMNS[name]]
    if unknown:
        msg = f"{raw.source}: sheet {name!r}, row 1: unknown column {unknown[0]!r}"
        raise SourceError(msg)
    out = []
    for row in raw.rows[1:]:
        record = {header[c.column]: c.text for c in row if c.column < len(header) and c.text}
        if record:
            out.append({**record, "_row": str(row[0].row + 1)})
    return out


def _typed(key: str, text: str, where: str) -> object:
    if key in _INTEGERS:
        try:
            return int(Decimal(text))
        except ArithmeticError as exc:
            msg = f"{where}: {key} must be a whole number, not {text[:40]!r}"
            raise SourceError(msg) from exc
    if key in _LISTS:
        return [part.strip() for part in text.split(",") if part.strip()]
    if key in _DATES:
        return dt.date.fromisoformat(text[:10]) if _is_date(text) else text
    return text


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _clean(
    record: Mapping[str, str], source: str, sheet: str, skip: Iterable[str] = ()
) -> dict[str, object]:
    where = f"{source}: sheet {sheet!r}, row {record['_row']}"
    return {
        key: _typed(key, value, where)
        for key, value in record.items()
        if key != "_row" and key not in skip
    }


def _toml_value(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(quote(str(v)) for v in value) + "]"
    if isinstance(value, dt.date):
        return value.isoformat()
    return quote(str(value))


def _emit(lines: list[str], header: str, item: Mapping[str, object]) -> None:
    lines.append("")
    lines.append(header)
    lines.extend(f"{key} = {_toml_value(value)}" for key, value in item.items())


def import_workbook(raws: Sequence[RawTable], *, source: str) -> ImportResult:  # noqa: C901
    """Return the report file of a workbook in the template's sheets and columns.

    Raises:
        SourceError: if *raws* is not a list of `RawTable` or *source* is not text.
    """
    from akip.importer import ImportResult  # noqa: PLC0415
    from akip.importer.draft import Draft, Entry  # noqa: PLC0415

    raws = _guard.raws(raws)
    _guard.text(source, "source")
    by_name = {raw.place: raw for raw in raws}
    records = {name: _records(by_name[name], name) if name in by_name else [] for name in COLUMNS}
    report = {r["key"]: r.get("value", "") for r in records["report"] if "key" in r}
    lines = [
        f"# Report file read by `akip import` from the workbook {Path(source).name}",
        "",
        "schema_version = 1",
        "",
        "[report]",
    ]
    blanks = {"agency": "(nama instansi: isi / fill in)", "year": "0"}
    for key in _REPORT_KEYS:
        if key in report:
            lines.append(f"{key} = {_toml_value(_typed(key, report[key], source))}")
        elif key in blanks:
            lines.append(f"# DECIDE: the sheet 'report' gives no {key}")
            lines.append(f"{key} = {_toml_value(_typed(key, blanks[key], source))}")
    children: dict[str, dict[str, list[dict[str, object]]]] = {}
    for sheet, owner_key, into in (
        ("targets", "indicator", "targets"),
        ("indicator_rows", "indicator", "rows"),
        ("pagu", "line", "pagu"),
        ("budget_rows", "line", "rows"),
    ):
        for record in records[sheet]:
            owner = record.get(owner_key, "")
            item = _clean(record, source, sheet, skip=(owner_key,))
            children.setdefault(f"{owner_key}:{owner}", {}).setdefault(into, []).append(item)
    entries = []
    for sheet, key in (*_TOP[:3], ("budget", "budget"), *_TOP[3:]):
        for record in records[sheet]:
            item = _clean(record, source, sheet)
            _emit(lines, f"[[{key}]]", item)
            kind = {"indicators": "indicator", "budget": "line"}.get(key)
            if kind is None:
                continue
            for into, kids in children.pop(f"{kind}:{record.get('id', '')}", {}).items():
                for kid in kids:
                    _emit(lines, f"[[{key}.{into}]]", kid)
        if records[sheet]:
            entries.append(Entry(sheet, f"{len(records[sheet])} row(s)", imported=True))
    for owner in children:
        kind, _, id_ = owner.partition(":")
        entries.append(
            Entry(kind, f"rows of {id_!r}", imported=False, reason=f"no {kind} with this id")
        )
    draft = Draft(agency=str(report.get("agency", "")), year=0, source=source, entries=entries)
    return ImportResult("\n".join(lines) + "\n", draft)
