r"""Draft report (rancangan berkas laporan): recognised tables become an akip report file.

The third stage of `akip.importer` turns [`Table`][akip.importer.recognise.Table]s into the
entities of the report format (schema version 1): places, indicators with their rows and
targets, budget lines with their pagu versions and rows, efficiency rows. Every figure is
copied exactly as printed, or left out with the reason; nothing is corrected.

- **Names are matched across tables** to one indicator or budget line after normalising
  whitespace and case (``PROGRAM PENUNJANG …`` in Tabel III.11 is ``Program Penunjang …``
  of Tabel 2). A looser match — a few letters differ (``Fasilitas`` / ``Fasilitasi``), or a
  program indicator found through its program — is kept and reported in the row's ``note``
  and the summary, for a person to confirm.
- **Levels** of budget lines come from the official code when a Kode column is printed
  (Kepmendagri 050-5889/2021), from the name (``Program …``), from numbering (``1.`` / ``1.1``)
  or from bold type (a bold line under a program is a kegiatan, a plain one a sub kegiatan);
  the **parent** of a line without a code is the line above it of the level above, and the
  draft says so in a comment.
- **Which programs serve which IKU** is read from tables that print an IKU column beside
  program names (Tabel III.7, III.9), and marked in a comment for a person to confirm.
- A cell printed ``-`` is "no value" (left out) except in a money column, where it is zero
  and kept; ``- .00`` is zero.
- **Lampiran** (tables without a "Tabel N" caption, their place derived from the heading
  above them, see `akip.importer.tables.lampiran_place`): the place gets a ``# DECIDE``
  comment saying so. Only the first table under a heading is read: the later ones under the
  same heading (the Perjanjian Kinerja of each official below the head of the agency) are
  left out, with the reason. A ``Jumlah`` row of a lampiran is the sum of the lines printed
  above it in its block — an ``[[amounts]]`` entry with those lines as its ``parts`` — never
  the agency's total: a Perjanjian Kinerja lists only the programs it covers.
- A row under the indicators that sums or averages their capaian ("Jumlah Capaian
  Realisasi Kinerja", "Rata-Rata Capaian Realisasi Kinerja") is not an indicator. When the
  table's caption names the sasaran its indicators serve ("Analisis Pencapaian Sasaran 1",
  "Pengukuran Capaian Kinerja Sasaran Strategis 1"), the row is drafted as that sasaran's
  ``[[sasaran.rows]]`` (``jumlah`` or ``capaian``, per year, with its labels) and the
  table's indicators get the sasaran; otherwise it is left out, with the reason.
- Rule data the report format requires but a table does not print — polarity, unit — gets
  a default and a ``# DECIDE`` comment.

References:
    - PermenPANRB 53/2014, Lampiran (Perjanjian Kinerja: sasaran, indikator, target;
      pengukuran kinerja; realisasi anggaran per program / kegiatan / sub kegiatan).
    - Kepmendagri 050-5889/2021 (kode program / kegiatan / sub kegiatan).

Examples:
    >>> from akip.importer.tables import from_text
    >>> draft = build(from_text("Tabel 4\n\nNo\tIndikator Kinerja\tTarget\tRealisasi\n"
    ...                         "1.\tPersentase A\t90%\t94%\n"), year=2024, agency="Badan A")
    >>> [(i.name, i.rows[0]["target"]) for i in draft.indicators]
    [('Persentase A', '90%')]
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Any, Final

import attrs

from akip._validators import typed
from akip.exceptions import AkipError
from akip.importer import _guard
from akip.importer.recognise import MONEY_ROLES, Table, recognise, split
from akip.numbers import ID_LOCALE, parse_number

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from akip.importer.recognise import Column
    from akip.importer.tables import Cell, RawTable

__all__ = ["Draft", "Entry", "build"]

LOOSE_RATIO: Final = 0.9
"""Two names whose similarity (difflib ratio of the normalised names) is at least this, and
clearly above any other candidate, are matched loosely — and the match is reported."""

EN_LOCALE: Final = "en_US"
_MARGIN: Final = 0.03
_NOT_AVAILABLE: Final = re.compile(r"n\.?\s*/?\s*a\.?", re.IGNORECASE)
"""A cell printed "n/a", "N/A", "NA", "n.a." (Sampang 2019, Tabel 3.1): no value, in any column."""
_CHECK_MARKS: Final = frozenset({"√", "v", "V", "✓", "✔", "x", "X"})
_TOTAL: Final = re.compile(r"^(jumlah|total)\b", re.IGNORECASE)
_NOT_A_LINE: Final = re.compile(r"^(tujuan|sasaran|indikator)\b\s*:?", re.IGNORECASE)
_SUMMARY_ROW: Final = re.compile(
    r"^(jumlah|total|rata-?\s?rata|rerata)(\s+(nilai\s+)?capaian\b.*)?\s*:?$", re.IGNORECASE
)
"""A row under the indicators summing or averaging their capaian ("Jumlah Capaian Realisasi
Kinerja", "Rata-Rata Capaian", "Rata-rata"): not an indicator. "Jumlah Rancangan Perda …" and
"Rata-rata Lama Sekolah" are indicators and do not match."""
_SUMMING: Final = re.compile(r"^(jumlah|total)\b", re.IGNORECASE)
_SASARAN_CAPTION: Final = re.compile(
    r"\bsasaran(\s+strategis)?\s+(\d+(?:\.\d+)*)\b", re.IGNORECASE
)
"""A caption naming the sasaran its table measures: "… Sasaran 1 …", "Sasaran Strategis 1"."""
_NUMBERED: Final = re.compile(r"^(\d+(?:\.\d+)*)(?:\.\s*|\s+)(\S.*)$")
"""A number printed in the name's cell: "1 Perumusan …", "1. Sub Kegiatan …", "1.Sub …"."""
_LEVEL_WORD: Final = re.compile(r"^(sub\s*-?\s*kegiatan|kegiatan)\b", re.IGNORECASE)
"""A line whose name starts with its level: "Kegiatan Pelaksanaan …", "Sub Kegiatan …"."""
_RANK: Final = {"opd": 0, "program": 1, "kegiatan": 2, "sub_kegiatan": 3}
_CODE_LEVELS: Final = {1: "program", 2: "program", 3: "program", 4: "kegiatan", 5: "kegiatan"}
_INDICATOR_FIGURES: Final = (
    "target",
    "realisasi",
    "capaian",
    "target_renstra",
    "kemajuan",
    "realisasi_nasional",
)
_BUDGET_FIGURES: Final = {
    "pagu": "pagu",
    "realisasi_anggaran": "realisasi",
    "penyerapan": "penyerapan",
    "sisa": "sisa",
    "fisik_target": "fisik_target",
    "fisik_realisasi": "fisik_realisasi",
    "fisik_capaian": "fisik_capaian",
}
_VERSIONS: Final = (
    ("perubahan", "perubahan"),
    ("renstra", "renstra"),
    ("rencana kerja", "rkt"),
    ("rkt", "rkt"),
    ("rencana strategis", "renstra"),
    ("perjanjian kinerja", "murni"),
)


def normalise(name: str) -> str:
    """Return *name* with whitespace collapsed, case folded and trailing dots removed.

    >>> normalise("  PROGRAM  Penunjang Urusan. ")
    'program penunjang urusan'
    """
    return re.sub(r"\s+", " ", name).strip().rstrip(".:;").strip().casefold()


@typed
@attrs.frozen
class Entry:
    """One line of the import summary: what was imported or left out, where, and why."""

    place: str
    what: str
    imported: bool
    reason: str = ""

    def __str__(self) -> str:
        mark = "imported" if self.imported else "left out"
        why = f": {self.reason}" if self.reason else ""
        return f"{self.place}: {mark} {self.what}{why}"


@attrs.define
class DraftIndicator:
    """An indicator of the draft: name, rule data, rows and targets (mutable while built)."""

    id: str
    name: str
    unit: str | None = None
    line: str | None = None
    programs: list[str] = attrs.Factory(list)
    programs_from: list[str] = attrs.Factory(list)
    rows: list[dict[str, str | int]] = attrs.Factory(list)
    targets: list[dict[str, str | int]] = attrs.Factory(list)
    places: set[str] = attrs.Factory(set)
    sasaran: str | None = None


@attrs.define
class DraftSasaran:
    """A sasaran of the draft, named by the caption of the table *place*, and its summary rows."""

    id: str
    name: str
    place: str
    rows: list[dict[str, Any]] = attrs.Factory(list)


@attrs.define
class DraftLine:
    """A budget line of the draft: name, level, code or parent, pagu versions and rows."""

    id: str
    name: str
    level: str
    parent: str | None = None
    code: str | None = None
    parent_from: str | None = None
    source: str | None = None
    pagu: list[dict[str, str | int]] = attrs.Factory(list)
    rows: list[dict[str, str | int]] = attrs.Factory(list)
    places: set[str] = attrs.Factory(set)


@typed
@attrs.define
class Draft:
    """A draft report: its places, entities and the summary of the import."""

    agency: str
    year: int
    source: str
    places: dict[str, dict[str, str]] = attrs.Factory(dict)
    indicators: list[DraftIndicator] = attrs.Factory(list)
    sasaran: list[DraftSasaran] = attrs.Factory(list)
    lines: list[DraftLine] = attrs.Factory(list)
    efficiency: list[dict[str, Any]] = attrs.Factory(list)
    amounts: list[dict[str, Any]] = attrs.Factory(list)
    entries: list[Entry] = attrs.Factory(list)
    agency_found: bool = True
    derived: dict[str, str] = attrs.Factory(dict)
    """The places whose id was derived from a lampiran heading, with what a person must check."""

    def imported(self) -> list[Entry]:
        """Return the summary entries of what was imported."""
        return [e for e in self.entries if e.imported]

    def left_out(self) -> list[Entry]:
        """Return the summary entries of what was left out, with the reason."""
        return [e for e in self.entries if not e.imported]


class _Builder:
    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.by_name: dict[str, DraftIndicator] = {}
        self.lines: dict[tuple[str, str], DraftLine] = {}
        self.opd: DraftLine | None = None
        self.counter = {"program": 0}

    # ------------------------------------------------------------ entries
    def note(self, place: str, what: str, reason: str = "", *, imported: bool = False) -> None:
        self.draft.entries.append(Entry(place, what, imported, reason))

    # ------------------------------------------------------------ matching
    def _loose(self, name: str, candidates: Iterable[tuple[str, Any]]) -> Any:
        key = normalise(name)
        scored = sorted(
            ((difflib.SequenceMatcher(None, key, k).ratio(), k, v) for k, v in candidates),
            key=lambda item: -item[0],
        )
        if not scored or scored[0][0] < LOOSE_RATIO:
            return None
        if len(scored) > 1 and scored[1][0] > scored[0][0] - _MARGIN:
            return None
        return scored[0][2]

    def indicator(self, name: str, place: str, *, line: str | None = None) -> tuple[Any, str]:
        """Return the indicator of *name* (made when new) and how it was matched."""
        key = normalise(name)
        found = self.by_name.get(key)
        if found is not None:
            found.places.add(place)
            return found, ""
        # A looser match never joins two names printed in the same table: those are two.
        others = [i for i in self.draft.indicators if place not in i.places]
        if line is not None:
            for item in others:
                if item.line == line:
                    item.places.add(place)
                    return item, f"matched through its program: printed {name!r}"
        loose = self._loose(name, ((normalise(i.name), i) for i in others))
        if loose is not None:
            loose.places.add(place)
            return loose, f"name matched loosely: printed {name!r}"
        made = DraftIndicator(f"I{len(self.draft.indicators) + 1}", name, line=line)
        made.places.add(place)
        self.draft.indicators.append(made)
        self.by_name[key] = made
        self.note(place, f"indicator {name!r}", imported=True)
        return made, ""

    def sasaran(self, caption: str, number: str, place: str) -> DraftSasaran:
        """The sasaran numbered *number* (made when new), named by *caption* in *place*."""
        for item in self.draft.sasaran:
            if item.name == caption or item.id == f"SS{number}":
                return item
        made = DraftSasaran(f"SS{number}", caption, place)
        self.draft.sasaran.append(made)
        self.note(place, f"sasaran {caption!r}", imported=True)
        return made

    def opd_line(self) -> DraftLine:
        if self.opd is None:
            self.opd = DraftLine("OPD", self.draft.agency, "opd")
            self.draft.lines.insert(0, self.opd)
        return self.opd

    def known_line(self, name: str, place: str) -> tuple[DraftLine | None, str]:
        """Return the one line of any level already named *name* (case and spaces aside)."""
        key = normalise(name)
        found = [line for (_, k), line in self.lines.items() if k == key]
        if len(found) != 1:
            return None, ""
        found[0].places.add(place)
        return found[0], ""

    def loose_line(self, name: str, place: str) -> tuple[DraftLine | None, str]:
        """Return the one line of any level whose name is close to *name* (reported)."""
        others = [(k, v) for (_, k), v in self.lines.items() if place not in v.places]
        loose = self._loose(name, others)
        if loose is None:
            return None, ""
        loose.places.add(place)
        return loose, f"name matched loosely: printed {name!r}"

    def line(
        self, name: str, level: str, parent: DraftLine | None, place: str, code: str | None
    ) -> tuple[DraftLine, str]:
        key = (level, normalise(name))
        found = self.lines.get(key)
        if found is not None:
            found.places.add(place)
            return found, ""
        siblings = [
            (k[1], v)
            for k, v in self.lines.items()
            if k[0] == level
            and (parent is None or v.parent == parent.id)
            and place not in v.places
        ]
        loose = self._loose(name, siblings)
        if loose is not None:
            loose.places.add(place)
            return loose, f"name matched loosely: printed {name!r}"
        if level == "program":
            self.counter["program"] += 1
            id_ = f"P{self.counter['program']}"
            parent = self.opd_line()
        else:
            assert parent is not None  # noqa: S101 - callers pass the parent of a child line
            n = sum(1 for line in self.draft.lines if line.parent == parent.id) + 1
            id_ = f"{parent.id}.{'K' if level == 'kegiatan' else 'S'}{n}"
        made = DraftLine(id_, name, level, parent.id, code)
        made.places.add(place)
        if code is None and level != "program":
            made.parent_from = place
        self.draft.lines.append(made)
        self.lines[key] = made
        return made, ""


# ---------------------------------------------------------------- figures
def _locale(column: Column, place_locale: str) -> str:
    return column.style if column.style in {ID_LOCALE, EN_LOCALE} else place_locale


def _figure(
    builder: _Builder, table: Table, column: Column, cell: Cell, place_locale: str, *, what: str
) -> str | None:
    """Return the printed text of a figure cell, or ``None`` (and a summary entry) to leave it."""
    text = cell.text
    place = table.raw.place or "?"
    where = f"{what}, column {column.label!r}"
    if not text:
        return None
    if text.strip() == "-" and column.role not in MONEY_ROLES:
        builder.note(place, where, "printed '-': no value (not zero)")
        return None
    if _NOT_AVAILABLE.fullmatch(text.strip()):
        builder.note(place, where, f"printed {text.strip()!r}: no value (not zero)")
        return None
    if column.style in {"mixed", "ambiguous"}:
        why = (
            "the column mixes id_ID and en_US number styles"
            if column.style == "mixed"
            else "the number style of the column is ambiguous (1.234 or 1,234)"
        )
        builder.note(place, f"{where} {text!r}", f"{why}; a person must decide")
        return None
    try:
        parse_number(text, locale=_locale(column, place_locale))
    except AkipError:
        builder.note(place, f"{where} {text!r}", "not a number in the column's style")
        return None
    return text


def _text(row: Sequence[Cell], column: Column | None) -> str:
    if column is None or column.index >= len(row):
        return ""
    return row[column.index].text


# ---------------------------------------------------------------- tables
def _place_locale(table: Table, default: str) -> str:
    counts = {ID_LOCALE: 0, EN_LOCALE: 0}
    for column in table.columns:
        if column.style in counts:
            counts[column.style] += 1
    if counts[EN_LOCALE] > counts[ID_LOCALE]:
        return EN_LOCALE
    return default


def _version(title: str | None) -> str | None:
    text = (title or "").lower()
    return next((version for word, version in _VERSIONS if word in text), None)


def _level(  # noqa: PLR0911 - code, name, numbering, bold
    table: Table, row: Sequence[Cell], name: str, *, bold_table: bool, number: str | None = None
) -> tuple[str | None, str | None]:
    """Return the level of the line named *name* and its code (``None`` when unknown)."""
    code_column = table.role("kode")
    code = _text(row, code_column) or None
    if code is not None and re.fullmatch(r"\d+(\.\d+)+", code):
        return _CODE_LEVELS.get(code.count(".") + 1, "sub_kegiatan"), code
    if name.lower().startswith("program"):
        return "program", None
    word = _LEVEL_WORD.match(name)
    if word is not None:
        return ("kegiatan" if word.group(1).lower() == "kegiatan" else "sub_kegiatan"), None
    number = number or _text(row, table.role("no"))
    if re.fullmatch(r"\d+\.\d+\.\d+\.?", number):
        return "sub_kegiatan", None
    if re.fullmatch(r"\d+\.\d+\.?", number):
        return "kegiatan", None
    line_column = table.role("line")
    if bold_table and line_column is not None:
        return ("kegiatan" if row[line_column.index].bold else "sub_kegiatan"), None
    return None, None


class _TableReader:
    def __init__(self, builder: _Builder, table: Table) -> None:
        self.b = builder
        self.t = table
        self.place = table.raw.place or "?"
        self.locale = _place_locale(table, ID_LOCALE)
        self.roles = table.roles()
        self.current: dict[str, DraftLine] = {}
        self.block: list[DraftLine] = []
        self.number: str | None = None
        self.used: list[Column] = []
        line_column = table.role("line")
        self.bold_table = line_column is not None and any(
            row[line_column.index].bold for row in table.rows
        )
        indikator = table.role("indikator")
        # An indicator printed once over several programs (a merged cell) is an IKU the
        # programs serve; one printed on each program's row is the program's own indicator.
        self.spans = indikator is not None and any(
            (r, indikator.index) in table.filled for r in range(len(table.rows))
        )

    def row_locale(self, columns: Iterable[Column]) -> str | None:
        styles = {c.style for c in columns if c.style in {ID_LOCALE, EN_LOCALE}}
        if len(styles) == 1:
            style = styles.pop()
            return style if style != self.locale else None
        return None

    def figures(self, row: Sequence[Cell], columns: Iterable[Column], what: str) -> dict[str, str]:
        out: dict[str, str] = {}
        used: dict[str, Column] = {}
        for column in columns:
            if column.index >= len(row):
                continue
            text = _figure(self.b, self.t, column, row[column.index], self.locale, what=what)
            if text is not None and column.role in out:
                self.b.note(
                    self.place,
                    f"{what}, column {column.label!r} {text!r}",
                    f"an earlier column of the row already gives its {column.role}",
                )
            elif text is not None:
                out[column.role] = text
                used[column.role] = column
        styles = {c.style for c in used.values() if c.style in {ID_LOCALE, EN_LOCALE}}
        if len(styles) > 1:
            # The report format gives a row one number style: keep the place's.
            for role, column in list(used.items()):
                if column.style in styles and column.style != self.locale:
                    self.b.note(
                        self.place,
                        f"{what}, column {column.label!r} {out.pop(role)!r}",
                        f"printed in {column.style} in a row printed in {self.locale}; "
                        "a row of the report format has one number style",
                    )
                    del used[role]
        self.used = list(used.values())
        return out

    # ------------------------------------------------------------ budget lines
    def budget_line(self, r: int, row: Sequence[Cell]) -> tuple[DraftLine | None, str]:
        line_column = self.t.role("line")
        assert line_column is not None  # noqa: S101 - called for tables with a line column
        first = " ".join(c.text for c in row[:2])
        name = _text(row, line_column)
        self.number = None
        if _TOTAL.match(first.strip()) or _TOTAL.match(name):
            if self.t.raw.derived:
                self.jumlah(row, next((c.text for c in row if c.text), "Jumlah"))
                return None, ""
            return self.b.opd_line(), ""
        if not name or _NOT_A_LINE.match(name) or (r, line_column.index) in self.t.filled:
            return None, ""
        numbered = _NUMBERED.match(name)
        if numbered is not None and not _text(row, self.t.role("no")):
            # "1 Perumusan Kebijakan …": the number printed in the name's cell.
            self.number, name = numbered.group(1), numbered.group(2)
        line, how = self.b.known_line(name, self.place)
        if line is None:
            line, how = self.new_line(row, name)
        if line is not None:
            self.current[line.level] = line
            if line.level == "program":
                self.current.pop("kegiatan", None)
            if line not in self.block:
                self.block.append(line)
        return line, how

    def jumlah(self, row: Sequence[Cell], printed: str) -> None:
        """A "Jumlah" row of a lampiran: the sum of the lines of its block, as an amount."""
        label = printed
        what = f"row {label!r}"
        pagu = self.t.role("pagu")
        figures = self.figures(row, [pagu] if pagu is not None else [], what)
        for column in self.t.columns:
            if column.role in _BUDGET_FIGURES and column.role != "pagu" and _text(row, column):
                self.b.note(
                    self.place,
                    f"{what}, column {column.label!r} {_text(row, column)!r}",
                    "a lampiran's Jumlah is read for its pagu only; a person must add the rest",
                )
        top = min((_RANK[line.level] for line in self.block), default=None)
        parts = [line.id for line in self.block if _RANK[line.level] == top]
        self.block = []
        if "pagu" not in figures:
            return
        if not parts:
            self.b.note(self.place, what, "no budget line is printed above it to be its parts")
            return
        item: dict[str, Any] = {
            "id": f"A{len(self.b.draft.amounts) + 1}",
            "place": self.place,
            "row": label,
            "figure": figures["pagu"],
            "parts": parts,
            "parts_measure": "pagu",
        }
        version = _version(self.t.raw.title)
        if version in {"murni", "perubahan"}:
            item["version"] = version
        locale = self.row_locale(self.used)
        if locale is not None:
            item["locale"] = locale
        self.b.draft.amounts.append(item)
        self.b.note(
            self.place,
            f"{what}: the sum of {', '.join(parts)}",
            "a lampiran's Jumlah closes the lines printed above it, not the agency's budget",
            imported=True,
        )

    def new_line(self, row: Sequence[Cell], name: str) -> tuple[DraftLine | None, str]:
        level, code = _level(self.t, row, name, bold_table=self.bold_table, number=self.number)
        if level is None:
            found, how = self.b.loose_line(name, self.place)
            if found is None:
                self.b.note(
                    self.place,
                    f"line {name!r}",
                    "its level is not printed (no code, number or bold) and no other table "
                    "names it; a person must decide",
                )
            return found, how
        parent = None
        if level == "kegiatan":
            parent = self.current.get("program")
        elif level == "sub_kegiatan":
            parent = self.current.get("kegiatan")
        if level != "program" and parent is None and code is None:
            self.b.note(
                self.place,
                f"line {name!r}",
                "no line of the level above precedes it; a person must give its parent",
            )
            return None, ""
        return self.b.line(name, level, parent, self.place, code)

    def row_label(self, row: Sequence[Cell], r: int, entity_name: str, printed: str) -> str | None:
        no = self.t.role("no")
        if no is not None and (r, no.index) not in self.t.filled and _text(row, no):
            return _text(row, no)
        if printed and printed != entity_name:
            return printed
        return None

    # ------------------------------------------------------------ the table
    def read(self) -> None:
        budget_cols = [c for c in self.t.columns if c.role in _BUDGET_FIGURES]
        indicator_cols = [c for c in self.t.columns if c.role in _INDICATOR_FIGURES]
        names = [self.t.role(r) for r in ("iku", "indikator", "indikator_program")]
        has_indicator = any(n is not None for n in names)
        efficiency = (
            "penyerapan" in self.roles
            and "pagu" not in self.roles
            and self.t.role("iku") is not None
        ) or "indeks" in self.roles
        for r, row in enumerate(self.t.rows):
            if efficiency:
                self.efficiency_row(r, row)
                continue
            line, how = (None, "")
            if self.t.role("line") is not None:
                line, how = self.budget_line(r, row)
            if line is not None and budget_cols:
                self.budget_row(r, row, line, how, budget_cols)
            if has_indicator:
                self.indicator_rows(r, row, line, indicator_cols)

    def budget_row(  # noqa: C901
        self, r: int, row: Sequence[Cell], line: DraftLine, how: str, columns: list[Column]
    ) -> None:
        printed = _text(row, self.t.role("line")) or " ".join(c.text for c in row[:2]).strip()
        what = f"line {line.name!r}"
        figures = self.figures(row, columns, what)
        if not figures:
            return
        label = self.number or self.row_label(row, r, line.name, printed)
        only_pagu = set(figures) == {"pagu"} and {c.role for c in columns} == {"pagu"}
        item: dict[str, str | int] = {"place": self.place}
        if label is not None:
            item["row"] = label
        locale = self.row_locale(self.used)
        if locale is not None:
            item["locale"] = locale
        if how:
            item["note"] = how
            self.b.note(self.place, what, how, imported=True)
        if only_pagu:
            version = _version(self.t.raw.title) or "murni"
            item["version"] = version
            item["value"] = figures["pagu"]
            source = _text(row, self.t.role("sumber"))
            if source:
                item["source"] = source
            line.pagu.append(item)
        else:
            for role, text in figures.items():
                item[_BUDGET_FIGURES[role]] = text
            unit = _text(row, self.t.role("satuan"))
            if unit and "fisik_target" in figures:
                item["fisik_unit"] = unit
            for role in ("permasalahan", "upaya"):
                text = _text(row, self.t.role(role))
                if text:
                    item[role] = text
            line.rows.append(item)
        self.b.note(self.place, f"{what}: {len(figures)} figure(s)", imported=True)

    def indicator_rows(
        self, r: int, row: Sequence[Cell], line: DraftLine | None, columns: list[Column]
    ) -> None:
        iku_column = self.t.role("iku")
        program_indicator = self.t.role("indikator_program")
        indikator = self.t.role("indikator")
        names = {c.index for c in (iku_column, program_indicator, indikator) if c is not None}
        first = next((cell for cell in row if cell.text), None)
        if (
            self.t.role("line") is None
            and first is not None
            and first.column not in names
            and _SUMMARY_ROW.match(first.text.strip())
        ):
            # "Jumlah Capaian Realisasi Kinerja" printed across the No and indicator columns
            # (Gunung Kaler 2020, Tabel 3.5): the indicator cell is empty or filled from the
            # row above, the row is the summary row.
            self.summary_row(row, first.text, columns)
            return
        if iku_column is not None and line is not None and line.level == "program":
            self.link(_text(row, iku_column), line)
        if indikator is not None and self.spans and line is not None and line.level == "program":
            self.link(_text(row, indikator), line)
        own = program_indicator or (indikator if not self.spans else None)
        if own is not None and _text(row, own) and (r, own.index) not in self.t.filled:
            serves = line if (program_indicator is not None or line is not None) else None
            self.indicator_row(r, row, _text(row, own), serves, columns)
        elif (
            indikator is not None
            and self.spans
            and _text(row, indikator)
            and (r, indikator.index) not in self.t.filled
        ):
            self.indicator_row(r, row, _text(row, indikator), None, columns)
        elif iku_column is not None and program_indicator is None and _text(row, iku_column):
            self.indicator_row(r, row, _text(row, iku_column), None, columns)
        self.capaian_program(row, line)

    def link(self, name: str, line: DraftLine) -> None:
        if not name:
            return
        indicator, _ = self.b.indicator(name, self.place)
        if line.id not in indicator.programs:
            indicator.programs.append(line.id)
        if self.place not in indicator.programs_from:
            indicator.programs_from.append(self.place)

    def capaian_program(self, row: Sequence[Cell], line: DraftLine | None) -> None:
        column = self.t.role("capaian_program")
        if column is None or line is None:
            return
        owner = next((i for i in self.b.draft.indicators if i.line == line.id), None)
        what = f"capaian program of {line.name!r}"
        if owner is None:
            self.b.note(
                self.place,
                what,
                "no indicator of this program is printed elsewhere; a person must name it",
            )
            return
        figures = self.figures(row, [column], what)
        if figures:
            item: dict[str, str | int] = {
                "place": self.place,
                "capaian": figures["capaian_program"],
            }
            locale = self.row_locale(self.used)
            if locale is not None:
                item["locale"] = locale
            item["note"] = f"column {column.label!r}"
            owner.rows.append(item)
            self.b.note(self.place, what, imported=True)

    def indicator_row(  # noqa: C901, PLR0912 - summary rows, years, targets and rows
        self,
        r: int,
        row: Sequence[Cell],
        name: str,
        line: DraftLine | None,
        columns: list[Column],
    ) -> None:
        if _SUMMARY_ROW.match(name.strip()):
            self.summary_row(row, name, columns)
            return
        indicator, how = self.b.indicator(
            name,
            self.place,
            line=line.id if line is not None and line.level == "program" else None,
        )
        if line is not None and line.level == "program" and indicator.line is None:
            indicator.line = line.id
        unit = _text(row, self.t.role("satuan"))
        if unit and indicator.unit is None:
            indicator.unit = unit
        label = self.row_label(row, r, indicator.name, name)
        groups: dict[int | None, list[Column]] = {}
        for column in columns:
            year = column.year if column.year != self.b.draft.year else None
            groups.setdefault(year, []).append(column)
        version = _version(self.t.raw.title)
        only_target = {c.role for c in columns} == {"target"}
        for year, group in groups.items():
            what = f"indicator {name!r}" + (f", {year}" if year else "")
            figures = self.figures(row, group, what)
            if year is None:
                figures.update(self.labels(row))
            if not figures:
                continue
            item: dict[str, str | int] = {"place": self.place}
            if label is not None:
                item["row"] = label
            locale = self.row_locale(self.used)
            if locale is not None:
                item["locale"] = locale
            if only_target and version is not None and "target" in figures:
                item["year"] = year or self.b.draft.year
                item["version"] = version
                item["value"] = figures["target"]
                indicator.targets.append(item)
            else:
                if year is not None:
                    item["year"] = year
                item.update(figures)
                indicator.rows.append(item)
            if how:
                item["note"] = how
            self.b.note(self.place, f"{what}: {len(figures)} figure(s)", how, imported=True)

    def summary_row(  # noqa: C901 - the sasaran, its years, figures and labels
        self, row: Sequence[Cell], name: str, columns: list[Column]
    ) -> None:
        """A Jumlah / Rata-rata row: the sasaran's row when the caption names it, else a note."""
        members = [i for i in self.b.draft.indicators if self.place in i.places]
        match = _SASARAN_CAPTION.search(self.t.raw.title or "")
        if match is None or not members:
            self.b.note(
                self.place,
                f"row {name!r}",
                "a summary row of the capaian column (Jumlah / Rata-rata), not an indicator; "
                "the caption names no sasaran its indicators serve: a person must enter it "
                "as the sasaran's [[sasaran.rows]]",
            )
            return
        sasaran = self.b.sasaran(match.group(0), match.group(2), self.place)
        for indicator in members:
            if indicator.sasaran is None:
                indicator.sasaran = sasaran.id
        key = "jumlah" if _SUMMING.match(name.strip()) else "capaian"
        groups: dict[int | None, list[Column]] = {}
        for column in columns:
            if column.role == "capaian":
                year = column.year if column.year != self.b.draft.year else None
                groups.setdefault(year, []).append(column)
        ids = [i.id for i in members]
        for year, group in groups.items():
            what = f"row {name!r}" + (f", {year}" if year else "")
            figures = self.figures(row, group, what)
            if year is None:
                figures.update(self.labels(row))
            if not figures:
                continue
            item: dict[str, Any] = {"place": self.place, "row": name}
            if year is not None:
                item["year"] = year
            locale = self.row_locale(self.used)
            if locale is not None:
                item["locale"] = locale
            if "capaian" in figures:
                item[key] = figures.pop("capaian")
            item.update(figures)
            if any(i.sasaran != sasaran.id for i in members):
                item["indicators"] = ids
            sasaran.rows.append(item)
            self.b.note(
                self.place, f"{what} of {sasaran.id}: {len(figures) + 1} figure(s)", imported=True
            )

    def labels(self, row: Sequence[Cell]) -> dict[str, str]:
        out: dict[str, str] = {}
        predikat = _text(row, self.t.role("predikat"))
        if predikat and predikat != "-":
            out["predikat"] = predikat
        atribut = _text(row, self.t.role("atribut"))
        if atribut and atribut != "-":
            out["atribut"] = atribut
        for column in self.t.columns:
            if column.role == "atribut_mark" and _text(row, column) in _CHECK_MARKS:
                out["atribut"] = column.label
        return out

    def efficiency_row(self, r: int, row: Sequence[Cell]) -> None:
        name = _text(row, self.t.role("iku") or self.t.role("indikator"))
        if not name:
            return
        indicator, how = self.b.indicator(name, self.place)
        cols = [c for c in self.t.columns if c.role in {"capaian", "penyerapan", "indeks"}]
        figures = self.figures(row, cols, f"efficiency of {name!r}")
        item: dict[str, Any] = {
            "id": f"E{len(self.b.draft.efficiency) + 1}",
            "place": self.place,
        }
        label = self.row_label(row, r, indicator.name, name)
        if label is not None:
            item["row"] = label
        item["indicator"] = indicator
        locale = self.row_locale(self.used)
        if locale is not None:
            item["locale"] = locale
        for role, key in (
            ("capaian", "capaian_kinerja"),
            ("penyerapan", "penyerapan"),
            ("indeks", "indeks"),
        ):
            if role in figures:
                item[key] = figures[role]
        for role in ("kategori", "keterangan"):
            text = _text(row, self.t.role(role))
            if text:
                item[role] = text
        if how:
            item["note"] = how
        self.b.draft.efficiency.append(item)
        self.b.note(
            self.place, f"efficiency of {name!r}: {len(figures)} figure(s)", how, imported=True
        )


_AGENCY: Final = re.compile(
    r"\b((?:Badan|Dinas|Sekretariat|Inspektorat|Kantor|Satuan|Rumah Sakit|Kecamatan)\b"
    r"[^.\n]*?\b(?:Kota|Kabupaten|Provinsi)\s+[A-Z][\w-]*)"
)
_TITLE_YEAR: Final = re.compile(r"\bTahun\s+(20\d\d)\b", re.IGNORECASE)


def guess_year(raws: Sequence[RawTable]) -> int | None:
    """Return the year most often printed as "Tahun NNNN" in the tables' titles."""
    years: dict[int, int] = {}
    for raw in raws:
        for match in _TITLE_YEAR.finditer(raw.title or ""):
            year = int(match.group(1))
            years[year] = years.get(year, 0) + 1
    return max(years, key=lambda y: (years[y], y)) if years else None


def guess_agency(raws: Sequence[RawTable]) -> str | None:
    """Return the agency most often named in the tables' titles ("Badan … Kota …")."""
    names: dict[str, int] = {}
    for raw in raws:
        for match in _AGENCY.finditer(raw.title or ""):
            names[match.group(1)] = names.get(match.group(1), 0) + 1
    return max(names, key=lambda n: names[n]) if names else None


def build(
    raws: Sequence[RawTable],
    *,
    year: int | None = None,
    agency: str | None = None,
    source: str = "",
) -> Draft:
    """Build the draft report of the raw tables *raws* (in their printed order).

    *year* and *agency* default to those the tables' titles print most often; without
    either, the draft says a person must fill them in.

    Raises:
        SourceError: if *raws* is not a list of `RawTable`, *year* not ``None`` or a year
            from 1900 to 2200, *agency* not ``None`` or text, *source* not text.
    """
    raws = _guard.raws(raws)
    _guard.year(year)
    _guard.optional_text(agency, "agency")
    _guard.text(source, "source")
    found_agency = agency or guess_agency(raws)
    draft = Draft(
        agency=found_agency or "(nama instansi: isi / fill in)",
        year=year or guess_year(raws) or 0,
        source=source,
        agency_found=found_agency is not None,
    )
    builder = _Builder(draft)
    untitled = 0
    repeats: dict[str, list[RawTable]] = {}
    if not raws:
        builder.note(
            "(no table)",
            "the whole source",
            "no tab-separated or pipe table was found in it; a table whose cells are separated "
            "by spaces only (as a PDF or web page's text gives them) cannot be read, nor can "
            "figures printed in sentences: a person must separate a table's cells with tabs "
            "(and print its 'Tabel N' caption above it) or transcribe the figures",
        )
    for whole in raws:
        if whole.place is None:
            untitled += 1
            continue
        if not whole.rows:
            builder.note(
                whole.place,
                f"table ({whole.unread} number(s) printed under its caption)",
                "no tab-separated or pipe row follows its caption: its cells are separated by "
                "spaces only (as a PDF or web page's text gives them) or it is an image, so "
                "which figure is in which column is not printed; a person must separate its "
                "cells with tabs or transcribe it"
                + ("" if whole.reason is None else f" (the spaced reader: {whole.reason})"),
            )
            continue
        if whole.derived and whole.repeat:
            repeats.setdefault(whole.place.rsplit(" (", 1)[0], []).append(whole)
            continue
        for raw in split(whole):
            _read_table(builder, raw)
    _later_headings(builder, repeats)
    if untitled:
        builder.note(
            "(no caption)",
            f"{untitled} table(s) printed without a 'Tabel N' caption or a lampiran heading",
            "the place of their figures is not printed; a person must transcribe them",
        )
    _settle_locales(draft)
    return draft


def _later_headings(builder: _Builder, repeats: dict[str, list[RawTable]]) -> None:
    """Leave out the tables under a lampiran heading printed before, one entry per heading."""
    for first, later in repeats.items():
        builder.note(
            first,
            f"{len(later)} more table(s) under the heading {later[0].title!r} "
            f"({later[0].place} to {later[-1].place})",
            "only the first table under a lampiran heading is read as the agency's; the later "
            "ones are the Perjanjian Kinerja of other officials (their JUMLAH ANGGARAN is the "
            "sum of their own kegiatan), not the agency's figures: a person must decide",
        )
        note = builder.draft.derived.get(first)
        if note is not None:
            builder.draft.derived[first] = (
                f"{note}; it is the first of {len(later) + 1} tables under that heading "
                "(the others are left out): confirm it is the agency's own"
            )


def _read_table(builder: _Builder, raw: RawTable) -> None:  # noqa: C901
    assert raw.place is not None  # noqa: S101 - the caller skips tables without a place
    draft = builder.draft
    table = recognise(raw)
    for index in table.skipped:
        builder.note(raw.place, f"row {index + 1}", "a repeated header (page break): skipped")
    figures = [
        c
        for c in table.columns
        if c.role in _INDICATOR_FIGURES
        or c.role in _BUDGET_FIGURES
        or c.role in {"indeks", "capaian_program"}
    ]
    entities = table.roles() & {"line", "iku", "indikator", "indikator_program"}
    if not figures or not entities:
        builder.note(
            raw.place, "table", "no figure column beside an indicator or budget line column"
        )
        return
    before = len(draft.entries)
    made = {id(item) for item in _items(draft)}
    views = _groups(table)
    if len(views) > 1 and table.role("line") is not None:
        builder.note(
            raw.place,
            "programs",
            "a table of several indicators side by side (tujuan and sasaran of a Renstra "
            "matrix) does not say which indicator its programs serve; a person must decide",
        )
    for view in views:
        reader = _TableReader(builder, view)
        reader.read()
    if not any(e.imported for e in draft.entries[before:]):
        return
    place = draft.places.setdefault(raw.place, {"id": raw.place})
    if raw.title and "title" not in place:
        place["title"] = raw.title
    if raw.derived and raw.place not in draft.derived:
        draft.derived[raw.place] = (
            f"id derived from the heading {raw.title!r} (the table has no 'Tabel N' caption)"
        )
    # Every item keeps the number style of its table, whatever the place's ends up being.
    for item in _items(draft):
        if id(item) not in made:
            item.setdefault("_table_locale", reader.locale)
    if reader.locale != ID_LOCALE and "locale" not in place:
        place["locale"] = reader.locale


def _groups(table: Table) -> list[Table]:
    """Split a table printing several indicators side by side into one view per indicator.

    Each indicator column owns the columns to its right up to the next one (a Renstra
    matrix prints the tujuan's indicator and targets, then the sasaran's); in a view, the
    other groups' indicator, figure and line columns are plain text. With several groups,
    no view reads budget lines.
    """
    names = [c.index for c in table.columns if c.role in {"iku", "indikator"}]
    if len(names) < 2:  # noqa: PLR2004
        return [table]
    views = []
    for n, start in enumerate(names):
        end = names[n + 1] if n + 1 < len(names) else len(table.columns)
        columns = tuple(
            c
            if (start <= c.index < end and c.role != "line")
            or c.index < names[0]
            or c.role not in {*_INDICATOR_FIGURES, "iku", "indikator", "line"}
            else attrs.evolve(c, role="text")
            for c in table.columns
        )
        views.append(attrs.evolve(table, columns=columns))
    return views


def _items(draft: Draft) -> Iterable[dict[str, Any]]:
    for indicator in draft.indicators:
        yield from indicator.rows
        yield from indicator.targets
    for line in draft.lines:
        yield from line.pagu
        yield from line.rows
    yield from draft.efficiency
    yield from draft.amounts


def _settle_locales(draft: Draft) -> None:
    """Give every item printed in another style than its place's final one its own locale."""
    for item in _items(draft):
        table_locale = item.pop("_table_locale", None)
        if table_locale is None or "locale" in item:
            continue
        place = draft.places.get(str(item.get("place")), {})
        if table_locale != place.get("locale", ID_LOCALE):
            item["locale"] = table_locale
