"""tables (tabel-tabel LKjIP: the official tables of a report, recomputed with akip's rules).

An LKjIP prints its results in a few standard tables (PermenPANRB 53/2014, Bab III): the
*pengukuran kinerja* (target, realisasi, capaian and its predikat per indicator), the
*realisasi anggaran* per program / kegiatan / sub kegiatan, the *efisiensi penggunaan
sumber daya*, and the comparison with earlier years. `official_tables` rebuilds them from a
report file's inputs — never from its printed results — with the rule modules:

- capaian: `akip.capaian.compute` (PermenPANRB 8/2021) with the indicator's polarity; the
  predikat by `akip.predikat` (Permendagri 86/2017), the atribut by `akip.atribut`;
- realisasi anggaran: the pagu and realisasi of each sub kegiatan (or childless line) as
  printed, every kegiatan and program the sum of its children, and a total row; sisa and
  penyerapan from the sums (`akip.anggaran.group_total`, Kepmendagri 050-5889/2021);
- efisiensi: `akip.efisiensi` on the capaian and the penyerapan of the indicator's programs;
- the multi-year comparison: `akip.komparasi.compare_years`.

Numbers are printed in the report's number style (`akip.numbers`); a target printed with a
bound ("kurang dari 49 per 100.000 penduduk") keeps it (``kurang dari 49``). A figure
outside its rule's domain (a target of 0, a pagu of 0) is printed ``—`` with a note, never
a traceback.
The renderers (`to_text`, `to_markdown`, `to_csv`, `to_xlsx`, `to_html`) take the report and
the tables.

References:
    - PermenPANRB 53/2014 (format of the Laporan Kinerja), PermenPANRB 8/2021 (capaian),
      Permendagri 86/2017 (predikat), Kepmendagri 050-5889/2021 (realisasi anggaran).

Examples:
    >>> from akip import report
    >>> dumai = report.load("examples/dumai-2024.toml")
    >>> budget = official_tables(dumai, lang="en")[1]
    >>> budget.rows[-1].cells
    ('', 'Total', '45.195.966.217', '41.007.152.300', '4.188.813.917', '90,73%')
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any, Final

import attrs

from akip import _i18n, anggaran, atribut, capaian, efisiensi, komparasi, predikat
from akip._i18n import _
from akip._report_build import _BOUND  # the loader's reading of a bounded target
from akip._validators import items_of, shown
from akip.exceptions import AkipError, InvalidValue
from akip.numbers import format_number, format_percent
from akip.output import _need
from akip.report import Report

if TYPE_CHECKING:
    from decimal import Decimal

    from akip.report import BudgetLine, Figure, Indicator, IndicatorRow

__all__ = [
    "Row",
    "Table",
    "official_tables",
    "to_csv",
    "to_html",
    "to_markdown",
    "to_text",
    "to_xlsx",
]

_DASH: Final = "—"
_KINDS: Final = ("line", "subtotal", "total")
_MAX_LEVEL: Final = 1000


def _tuple_of(kind: type) -> Any:
    """An attrs validator: a tuple of *kind* (the value's repr bounded in the message)."""

    def check(_: object, attribute: attrs.Attribute[object], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            msg = f"{attribute.name!r} must be a tuple of {kind.__name__}: {shown(value)}"
            raise InvalidValue(msg)

    return check


def _text(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        msg = f"{attribute.name!r} must be text: {shown(value)}"
        raise InvalidValue(msg)


def _kind(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or value not in _KINDS:
        msg = f"{attribute.name!r} must be one of {', '.join(_KINDS)}: {shown(value)}"
        raise InvalidValue(msg)


def _level(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_LEVEL:
        msg = f"{attribute.name!r} must be an integer from 0 to {_MAX_LEVEL}: {shown(value)}"
        raise InvalidValue(msg)


@attrs.frozen
class Row:
    """A row of an official table: its cells as printed, and its kind.

    ``kind`` is ``"line"``, ``"subtotal"`` (a kegiatan or program, the sum of its children)
    or ``"total"``; ``level`` is the indentation depth (0 for a program).
    """

    cells: tuple[str, ...] = attrs.field(validator=_tuple_of(str))
    kind: str = attrs.field(default="line", validator=_kind)
    level: int = attrs.field(default=0, validator=_level)


@attrs.frozen
class Table:
    """An official table: its title, column headers, rows and notes."""

    title: str = attrs.field(validator=_text)
    columns: tuple[str, ...] = attrs.field(validator=_tuple_of(str))
    rows: tuple[Row, ...] = attrs.field(validator=_tuple_of(Row))
    notes: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str))


def _number(value: Decimal, places: int, locale: str) -> str:
    return format_number(value, places, locale=locale)


def _printed(figure: Figure, locale: str) -> str:
    return format_number(figure.value, figure.decimals, locale=locale)


def _target(figure: Figure, text: str) -> str:
    """*text*, a target's number as the table prints it, after the bound printed before it.

    A target printed "kurang dari 49" reads as 49 (`akip.report`, targets with a bound):
    the table shows ``kurang dari 49``, not a bare ``49``.
    """
    match = _BOUND.match(figure.text)
    if match is None:
        return text
    return f"{' '.join(figure.text[: match.end()].split())} {text}"


def _year_row(indicator: Indicator, year: int) -> IndicatorRow | None:
    """The row of *year* printing a target and a realisasi, else one printing a realisasi.

    A report may print a year's realisasi without its target (a table of several years
    whose targets are not printed): the row is shown, its target and capaian ``—``, never
    left out in silence.
    """
    alone = None
    for row in indicator.rows:
        if row.year == year and row.realisasi is not None:
            if row.target is not None:
                return row
            alone = alone or row
    return alone


def _capaian(indicator: Indicator, row: IndicatorRow) -> Decimal:
    assert row.target is not None  # noqa: S101 - _pengukuran passes a row with a target
    assert row.realisasi is not None  # noqa: S101 - _year_row chose a row with a realisasi
    return capaian.compute(row.target.value, row.realisasi.value, indicator.polarity)


def _measured(
    indicator: Indicator, row: IndicatorRow, locale: str, notes: list[str]
) -> tuple[str, str, str]:
    """The capaian, predikat and atribut cells of *row*; ``—`` and a note when not computed."""
    if row.target is None:
        notes.append(
            _("{indicator}: no target of {year} is printed: its capaian is not recomputed").format(
                indicator=indicator.id, year=row.year
            )
        )
        return _DASH, _DASH, _DASH
    try:
        value = _capaian(indicator, row)
    except AkipError as exc:
        notes.append(f"{indicator.id}: {exc}")
        return _DASH, _DASH, _DASH
    return (
        format_percent(value, 2, locale=locale),
        predikat.classify(value).label,
        atribut.classify(value).label,
    )


def _pengukuran(report: Report) -> Table:
    locale = report.locale
    rows: list[Row] = []
    notes: list[str] = []
    number = 0
    sasaran = {item.id: item.name for item in report.sasaran}
    previous = ""  # a sasaran is printed once for its run of indicators, as a merged cell
    for indicator in report.indicators:
        row = _year_row(indicator, report.year)
        if row is None:
            continue
        number += 1
        assert row.realisasi is not None  # noqa: S101
        unit = indicator.unit
        cells = _measured(indicator, row, locale, notes)
        goal = sasaran.get(indicator.sasaran or "", "")
        rows.append(
            Row(
                (
                    str(number),
                    "" if goal == previous else goal,
                    indicator.name,
                    unit,
                    _DASH
                    if row.target is None
                    else _target(row.target, _printed(row.target, locale)),
                    _printed(row.realisasi, locale),
                    *cells,
                )
            )
        )
        previous = goal
    return Table(
        _("Performance measurement {year}").format(year=report.year),
        (
            _("No."),
            _("Sasaran / tujuan"),
            _("Indicator"),
            _("Unit"),
            _("Target"),
            _("Realisasi"),
            _("Capaian"),
            _("Predikat"),
            _("Atribut"),
        ),
        tuple(rows),
        tuple(notes),
    )


def _own(line: BudgetLine) -> anggaran.Amounts | None:
    for row in line.rows:
        if row.pagu is not None and row.realisasi is not None:
            return anggaran.Amounts(row.pagu.value, row.realisasi.value)
    return None


def _amounts(report: Report, line: BudgetLine, memo: dict[str, anggaran.Amounts | None]) -> None:
    """Fill *memo* with each line's amounts: its children's sum, else its own (iterative)."""
    stack: list[tuple[BudgetLine, bool]] = [(line, False)]
    open_: set[str] = set()  # lines whose children are being summed (a cycle stops here)
    while stack:
        node, expanded = stack.pop()
        if node.id in memo or (node.id in open_ and not expanded):
            continue
        children = report.children(node.id)
        if not children:
            memo[node.id] = _own(node)
        elif not expanded:
            open_.add(node.id)
            stack.append((node, True))
            stack.extend((child, False) for child in children)
        else:
            parts = [memo.get(child.id) for child in children]
            known = [p for p in parts if p is not None]
            memo[node.id] = anggaran.group_total(known) if known else None


def _money_cells(amounts: anggaran.Amounts | None, locale: str) -> tuple[str, ...]:
    if amounts is None or amounts.realisasi is None:
        return (_DASH, _DASH, _DASH, _DASH)
    try:
        share = format_percent(amounts.penyerapan, 2, locale=locale)
    except AkipError:
        share = _DASH
    return (
        _number(amounts.pagu, 0, locale),
        _number(amounts.realisasi, 0, locale),
        _number(amounts.sisa, 0, locale),
        share,
    )


def _anggaran(report: Report) -> Table:
    locale = report.locale
    memo: dict[str, anggaran.Amounts | None] = {}
    ids = {line.id for line in report.budget}
    roots = [line for line in report.budget if line.parent is None or line.parent not in ids]
    tops: list[BudgetLine] = []
    for root in roots:
        tops.extend(report.children(root.id) if root.level == "opd" else [root])
    rows: list[Row] = []
    shown: set[str] = set()
    for top in tops:
        _amounts(report, top, memo)
        stack: list[tuple[BudgetLine, int]] = [(top, 0)]
        while stack:
            line, depth = stack.pop()
            if line.id in shown:
                continue
            shown.add(line.id)
            children = report.children(line.id)
            kind = "subtotal" if children else "line"
            code = line.code or ""
            amounts = memo.get(line.id)
            rows.append(Row((code, line.name, *_money_cells(amounts, locale)), kind, depth))
            stack.extend((child, depth + 1) for child in reversed(children))
    known = [memo[top.id] for top in tops if memo.get(top.id) is not None]
    whole = anggaran.group_total([a for a in known if a is not None]) if known else None
    rows.append(Row(("", _("Total"), *_money_cells(whole, locale)), "total"))
    return Table(
        _("Budget realisation {year}").format(year=report.year),
        (
            _("Code"),
            _("Program / kegiatan / sub kegiatan"),
            _("Pagu"),
            _("Realisasi"),
            _("Sisa"),
            _("Penyerapan"),
        ),
        tuple(rows),
        (_("Every kegiatan and program is the sum of its children, recomputed."),),
    )


def _efisiensi(report: Report) -> Table:
    locale = report.locale
    memo: dict[str, anggaran.Amounts | None] = {}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    rule = report.efficiency_rule
    aturan = rule.aturan() if rule is not None else efisiensi.Aturan()
    rows, notes = [], []
    for item in report.efficiency:
        key = (item.indicator or f"efficiency {item.id}", item.programs)
        if key in seen:
            continue
        seen.add(key)
        for program in item.programs:
            _amounts(report, report.line(program), memo)
        parts = [memo.get(p) for p in item.programs]
        if item.indicator is None:
            # The unit's overall capaian kinerja, printed: an input of the index.
            name, about = item.row or item.id, item.id
            value = item.capaian_kinerja.value if item.capaian_kinerja is not None else None
        else:
            indicator = report.indicator(item.indicator)
            name, about = indicator.name, indicator.id
            year_row = _year_row(indicator, report.year)
            value = None if year_row is None else _capaian(indicator, year_row)
        try:
            if value is None or any(p is None for p in parts):
                msg = _("capaian or program amounts not printed")
                raise AkipError(msg)  # noqa: TRY301 - one path for every missing input
            if not item.programs and item.penyerapan is not None:
                share = item.penyerapan.value  # a row of percentages only: its own input
            else:
                share = anggaran.group_total([p for p in parts if p is not None]).penyerapan
            index = efisiensi.indeks_efisiensi(value, share)
            cells = (
                format_number(value, 2, locale=locale),
                format_number(share, 2, locale=locale),
                format_number(index, 2, locale=locale),
                aturan.classify(index).label,
            )
        except AkipError as exc:
            cells = (_DASH, _DASH, _DASH, _DASH)
            notes.append(f"{about}: {exc}")
        rows.append(Row((name, ", ".join(item.programs), *cells)))
    return Table(
        _("Efficiency {year}").format(year=report.year),
        (
            _("Indicator"),
            _("Programs"),
            _("Capaian kinerja (%)"),
            _("Penyerapan (%)"),
            _("Efficiency index"),
            _("Category"),
        ),
        tuple(rows),
        tuple(notes),
    )


def _komparasi(report: Report) -> Table:
    locale = report.locale
    rows, notes = [], []
    for indicator in report.indicators:
        years = sorted({row.year for row in indicator.rows})
        chosen = {y: _year_row(indicator, y) for y in years}
        present = {y: r for y, r in chosen.items() if r is not None and r.target is not None}
        alone = [y for y, r in chosen.items() if r is not None and r.target is None]
        if alone:
            notes.append(
                _("{indicator}: no target of {years} is printed: not compared").format(
                    indicator=indicator.id, years=", ".join(map(str, alone))
                )
            )
        if len(present) < 2:  # noqa: PLR2004 - a comparison needs two years
            continue
        target_of = {y: r.target for y, r in present.items() if r.target is not None}
        targets = {y: figure.value for y, figure in target_of.items()}
        real = {y: r.realisasi.value for y, r in present.items() if r.realisasi is not None}
        try:
            compared = komparasi.compare_years(targets, real, indicator.polarity)
        except AkipError as exc:
            notes.append(f"{indicator.id}: {exc}")
            continue
        previous: Decimal | None = None
        previous_year = 0
        for figure in compared.rows:
            value = figure.capaian
            change = _DASH
            if value is not None and previous is not None:
                change = format_number(
                    komparasi.change(previous_year, figure.tahun, previous, value).points,
                    2,
                    locale=locale,
                )
            rows.append(
                Row(
                    (
                        indicator.name,
                        str(figure.tahun),
                        _DASH
                        if figure.target is None
                        else _target(target_of[figure.tahun], _number(figure.target, 2, locale)),
                        _DASH
                        if figure.realisasi is None
                        else _number(figure.realisasi, 2, locale),
                        _DASH if value is None else format_percent(value, 2, locale=locale),
                        change,
                    )
                )
            )
            previous, previous_year = value, figure.tahun
    return Table(
        _("Comparison with earlier years"),
        (
            _("Indicator"),
            _("Year"),
            _("Target"),
            _("Realisasi"),
            _("Capaian"),
            _("Change (points)"),
        ),
        tuple(rows),
        tuple(notes),
    )


def official_tables(report: Report, *, lang: str | None = None) -> tuple[Table, ...]:
    """The recomputed official tables of *report*: pengukuran, anggaran, efisiensi, komparasi.

    Args:
        report: A loaded report.
        lang: ``"id"`` or ``"en"`` for the titles and headers; the current language if None.
    """
    _need(report, Report, "report")
    if lang is not None:
        _i18n.set_language(lang)
    return (_pengukuran(report), _anggaran(report), _efisiensi(report), _komparasi(report))


def _checked(report: object, tables: object) -> list[Table]:
    """*tables*, once *report* and *tables* are known to be what a renderer takes."""
    _need(report, Report, "report")
    return items_of(tables, Table, "tables")


def _heading(report: Report, tables: object) -> str:
    _checked(report, tables)
    return f"{report.agency} — {report.year}"


def _cells(row: Row) -> tuple[str, ...]:
    if row.level and len(row.cells) > 1:
        return (row.cells[0], "  " * row.level + row.cells[1], *row.cells[2:])
    return row.cells


def to_text(report: Report, tables: tuple[Table, ...]) -> str:
    """The tables as aligned plain text (the cells of a long name are cut at 60 characters)."""
    out = [_heading(report, tables)]
    for table in tables:
        body = [table.columns, *(_cells(r) for r in table.rows)]
        clipped = [tuple(c if len(c) <= 60 else c[:59] + "…" for c in row) for row in body]  # noqa: PLR2004
        widths = [max(len(row[i]) for row in clipped) for i in range(len(table.columns))]
        out += ["", table.title]
        for row in clipped:
            out.append(
                "  ".join(
                    cell.rjust(w) if _numeric(cell) else cell.ljust(w)
                    for cell, w in zip(row, widths, strict=True)
                ).rstrip()
            )
        out += [f"* {note}" for note in table.notes]
    return "\n".join(out) + "\n"


def _numeric(cell: str) -> bool:
    return (
        bool(cell)
        and cell.lstrip("-").replace(".", "").replace(",", "").replace("%", "").isdigit()
    )


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report, tables: tuple[Table, ...]) -> str:
    """The tables as Markdown (pipe tables; ``|`` in a cell escaped)."""
    out = [f"# {_md(_heading(report, tables))}"]
    for table in tables:
        out += ["", f"## {_md(table.title)}", ""]
        out.append("| " + " | ".join(_md(c) for c in table.columns) + " |")
        numeric = [
            all(_numeric(r.cells[i]) or r.cells[i] in {"", _DASH} for r in table.rows)
            for i in range(len(table.columns))
        ]
        out.append("|" + "|".join("---:" if n else "---" for n in numeric) + "|")
        for row in table.rows:
            cells = [_md(c) for c in _cells(row)]
            if row.kind != "line":
                cells = [f"**{c}**" if c else c for c in cells]
            out.append("| " + " | ".join(cells) + " |")
        out += [""] + [f"- {_md(note)}" for note in table.notes] if table.notes else []
    return "\n".join(out) + "\n"


def to_csv(report: Report, tables: tuple[Table, ...]) -> str:
    """The tables as one CSV text: a title line before each table, formula injection neutral."""
    from akip.output.sheet import _table_csv  # noqa: PLC0415

    parts = []
    for table in _checked(report, tables):
        parts.append(_table_csv([table.title], []))
        parts.append(_table_csv(table.columns, [r.cells for r in table.rows]))
    return "\n".join(parts)


def to_xlsx(report: Report, tables: tuple[Table, ...]) -> bytes:
    """The tables as an XLSX workbook, one sheet per table."""
    from akip.output.sheet import _xlsx_bytes  # noqa: PLC0415

    built = _checked(report, tables)
    return _xlsx_bytes([(t.title, t.columns, [r.cells for r in t.rows]) for t in built])


def to_html(report: Report, tables: tuple[Table, ...]) -> str:
    """The tables as one self-contained HTML page, every cell escaped."""
    e = escape
    parts = [
        (
            f'<!DOCTYPE html>\n<html lang="{_i18n.language()}"><head><meta charset="utf-8">'
            f"<title>{e(_heading(report, tables))}</title><style>"
            "body{font:14px system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;"
            "margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.2rem .4rem}"
            "td.n{text-align:right}tr.subtotal td{font-weight:600}tr.total td{font-weight:700;"
            "border-top:2px solid #000}@page{size:A4 landscape;margin:12mm}</style></head><body>"
            f"<h1>{e(_heading(report, tables))}</h1>"
        )
    ]
    for table in tables:
        head = "".join(f"<th>{e(c)}</th>" for c in table.columns)
        body = []
        for row in table.rows:
            tds = "".join(
                f'<td class="n">{e(c)}</td>' if _numeric(c) else f"<td>{e(c)}</td>"
                for c in _cells(row)
            )
            body.append(f'<tr class="{row.kind}">{tds}</tr>')
        notes = "".join(f"<li>{e(n)}</li>" for n in table.notes)
        parts.append(
            f"<h2>{e(table.title)}</h2><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>" + (f"<ul>{notes}</ul>" if notes else "")
        )
    parts.append("</body></html>\n")
    return "".join(parts)
