r"""Table recognition (pengenalan tabel): what each column of an LKjIP table holds.

The second stage of `akip.importer` reads the header of a
[`RawTable`][akip.importer.tables.RawTable] with the vocabulary of the tables
PermenPANRB 53/2014 prescribes — Target /
Realisasi / Capaian / Predikat / Atribut for the pengukuran kinerja, Pagu / Anggaran /
Alokasi / Realisasi / % / Sisa for the realisasi anggaran, Fisik / Keuangan, year columns,
TW I–IV, No / Kode — and gives every column a role. Header rows spanning several columns
(``Kinerja`` over Target, Realisasi, Capaian) are spread over the columns below them; a header
repeated after a page break is skipped; the cells of context columns (No, Sasaran, IKU) that
a merged cell left empty are filled from the row above, and marked as filled.

The number style of each figure column is detected from its cells: ``1.234.567,89`` is
Indonesian (``id_ID``), ``1,234,567.89`` American (``en_US``); ``1.234`` or ``1,000`` could be
either. A column whose cells disagree, or whose only separators are ambiguous, is refused
(``style = "mixed"`` / ``"ambiguous"``): the importer never guesses a number.

References:
    - PermenPANRB 53/2014, Lampiran: format of the Perjanjian Kinerja (sasaran, indikator,
      target), of the pengukuran kinerja (target, realisasi, capaian) and of the realisasi
      anggaran in the Laporan Kinerja.
    - Permendagri 86/2017 (predikat of the capaian), Kepmendagri 050-5889/2021 (program /
      kegiatan / sub kegiatan codes).

Examples:
    >>> from akip.importer.tables import from_text
    >>> raw = from_text("Tabel 4\n\nNo\tIndikator Kinerja\tTarget\tRealisasi\t"
    ...                 "Capaian 2024\n1.\tPersentase A\t90%\t94%\t104%\n")[0]
    >>> table = recognise(raw)
    >>> [(c.role, c.year) for c in table.columns]
    [('no', None), ('indikator', None), ('target', None), ('realisasi', None), ('capaian', 2024)]
    >>> number_style(["1.547.690.855", "70,48%"]), number_style(["4,700,384,252.00"])
    ('id_ID', 'en_US')
    >>> number_style(["1.234"]), number_style(["1.000.000", "1,000,000"])
    ('ambiguous', 'mixed')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from akip._validators import typed
from akip.exceptions import SourceError
from akip.importer import _guard
from akip.importer.tables import Cell, RawTable

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["Column", "Table", "number_style", "recognise", "role_of", "split"]

FIGURE_ROLES: Final = frozenset(
    {
        "target",
        "realisasi",
        "capaian",
        "target_renstra",
        "kemajuan",
        "realisasi_nasional",
        "capaian_program",
        "pagu",
        "realisasi_anggaran",
        "penyerapan",
        "sisa",
        "fisik_target",
        "fisik_realisasi",
        "fisik_capaian",
        "indeks",
    }
)
"""Roles whose cells are printed numbers."""

MONEY_ROLES: Final = frozenset({"pagu", "realisasi_anggaran", "sisa"})
"""Roles in which a dash is zero (a money column), not "no value"."""

CONTEXT_ROLES: Final = frozenset({"iku", "indikator", "sasaran", "tujuan"})
"""Roles whose empty cells (merged cells) are filled from the row above."""

ATRIBUT_LABELS: Final = ("sangat berhasil", "cukup berhasil", "tidak berhasil", "berhasil")
_YEAR: Final = re.compile(r"\b(19[5-9]\d|20\d\d|2100)\b")
_PERIOD: Final = re.compile(r"\b(?:tw|triwulan)\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_COLUMN_NUMBER: Final = re.compile(r"^\(?\d{1,2}\)?$")
_FIGURE: Final = re.compile(r"^(?:rp\.?\s*)?[-+]?\s*\d[\d.,\s]*\s*%?$", re.IGNORECASE)
_ID_STYLE: Final = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$")
_EN_STYLE: Final = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$")
_AMBIGUOUS: Final = re.compile(r"^\d{1,3}[.,]\d{3}$")
_PLAIN: Final = re.compile(r"^\d+$")
_DASH: Final = re.compile(r"^-+(?:\s*[.,]0+)?$")
_MAX_HEADER_ROWS: Final = 3
_HEADER_WORDS: Final = 6


@typed
@attrs.frozen
class Column:
    """A recognised column: its header text, role, year, period and number style.

    ``style`` is ``"id_ID"`` or ``"en_US"`` when the cells show it, ``None`` when no cell has
    a separator (plain integers), ``"ambiguous"`` or ``"mixed"`` when the column is refused.
    """

    index: int
    label: str
    role: str
    year: int | None = None
    period: str | None = None
    style: str | None = None


@typed
@attrs.frozen
class Table:
    """A raw table with its header read: the columns and the data rows.

    ``filled`` holds the (data row, column) positions whose text was copied from the row
    above (a merged cell); ``skipped`` the indices of raw rows skipped as repeated headers.
    """

    raw: RawTable
    columns: tuple[Column, ...]
    header_rows: int
    rows: tuple[tuple[Cell, ...], ...]
    filled: frozenset[tuple[int, int]]
    skipped: tuple[int, ...]

    def role(self, role: str) -> Column | None:
        """Return the first column of *role* (``None`` if there is none).

        Raises:
            SourceError: if *role* is not text.
        """
        _guard.text(role, "role")
        return next((c for c in self.columns if c.role == role), None)

    def roles(self) -> set[str]:
        """Return the roles of the table's columns."""
        return {c.role for c in self.columns}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _is_header_row(row: Sequence[Cell]) -> bool:
    texts = [c.text for c in row if c.text]
    if not texts:
        return True
    if all(_COLUMN_NUMBER.match(t) for t in texts):
        return True
    return not any(_FIGURE.match(t) and not _YEAR.fullmatch(t) for t in texts)


def role_of(label: str) -> str:  # noqa: C901, PLR0911, PLR0912
    """Return the role of a column from its header text (``"text"`` when none applies).

    >>> role_of("Alokasi Anggaran (Rp)"), role_of("Realisasi (Rp)"), role_of("%")
    ('pagu', 'realisasi_anggaran', 'penyerapan')
    >>> role_of("Kinerja Target"), role_of("2024 Predikat"), role_of("Target Akhir Renstra")
    ('target', 'predikat', 'target_renstra')

    Raises:
        SourceError: if *label* is not text.
    """
    text = _norm(_YEAR.sub(" ", _guard.text(label, "label")))
    text = re.sub(r"\s+", " ", text).strip()
    money = any(word in text for word in ("anggaran", "keuangan", "(rp)", "alokasi", "pagu"))
    if text in {"no", "no.", "nomor"}:
        return "no"
    if "kode" in text:
        return "kode"
    if text in ATRIBUT_LABELS:
        return "atribut_mark"
    if "atribut" in text:
        return "atribut"
    if "satuan" in text:
        return "satuan"
    if "rumus" in text or "formula" in text:
        return "formula"
    if "uraian" in text and ("program" in text or "kegiatan" in text):
        return "line"
    for word in ("permasalahan", "upaya"):
        if text.startswith(word):
            return word
    if "indikator" in text:
        if "utama" in text:
            return "iku"
        return "indikator_program" if "program" in text else "indikator"
    if text == "iku":
        return "iku"
    if "sisa" in text:
        return "sisa"
    if "penyerapan" in text:
        return "penyerapan"
    if "efisiensi" in text:
        return "indeks"
    if "fisik" in text:
        for word, role in (("target", "fisik_target"), ("realisasi", "fisik_realisasi")):
            if word in text:
                return role
        return "fisik_capaian" if "capaian" in text else "text"
    if "renstra" in text and "target" in text:
        return "target_renstra"
    if "kemajuan" in text:
        return "kemajuan"
    if "nasional" in text:
        return "realisasi_nasional"
    if "capaian program" in text:
        return "capaian_program"
    if money:
        # "Capaian Realisasi Anggaran (%)" (Sumatera Utara 2021, Tabel 19) is the ratio, not the
        # realisasi: a capaian or a percent sign decides before the word realisasi.
        if "capaian" in text or "%" in text:
            return "penyerapan"
        if "realisasi" in text:
            return "realisasi_anggaran"
        return "pagu"
    if text == "%":
        return "penyerapan"
    for word, role in (
        ("predikat", "predikat"),
        ("prediket", "predikat"),
        ("kriteria", "predikat"),
        ("kesimpulan", "predikat"),
        ("target", "target"),
        ("realisasi", "realisasi"),
        ("capaian", "capaian"),
        ("satuan", "satuan"),
        ("sumber dana", "sumber"),
        ("keterangan", "keterangan"),
        ("tujuan", "tujuan"),
        ("sasaran", "sasaran"),
    ):
        if word in text:
            return role
    if any(word in text for word in ("program", "kegiatan", "uraian")):
        return "line"
    return "text"


def number_style(texts: Iterable[str]) -> str | None:
    """Return the number style the printed *texts* of one column show.

    ``"id_ID"`` or ``"en_US"`` when every cell with a separator agrees; ``None`` when no
    cell has one; ``"mixed"`` when cells disagree; ``"ambiguous"`` when the only separators
    could be either (``1.234``, ``1,000``).

    Raises:
        SourceError: if *texts* is not a sequence of text.
    """
    seen: set[str] = set()
    ambiguous = False
    for raw in _guard.texts(texts, "texts"):
        body = re.sub(r"^rp\.?\s*", "", raw.strip(), flags=re.IGNORECASE)
        body = body.removesuffix("%").strip().lstrip("-+").strip()
        if not body or _DASH.match(raw.strip()) or _PLAIN.match(body):
            continue
        if _AMBIGUOUS.match(body):
            ambiguous = True
        elif _ID_STYLE.match(body):
            seen.add("id_ID")
        elif _EN_STYLE.match(body):
            seen.add("en_US")
    if len(seen) > 1:
        return "mixed"
    if seen:
        return seen.pop()
    return "ambiguous" if ambiguous else None


def _header_labels(header: Sequence[Sequence[Cell]], width: int) -> list[str]:
    grid = [[row[c].text if c < len(row) else "" for c in range(width)] for row in header]
    for index, row in enumerate(grid[:-1]):
        below = grid[index + 1]
        for c in range(1, width):
            # A spanning header: empty here, with a sub-header below it.
            if not row[c] and row[c - 1] and below[c]:
                row[c] = row[c - 1]
    return [" ".join(row[c] for row in grid if row[c] and not _COLUMN_NUMBER.match(row[c]))
            for c in range(width)]  # fmt: skip


def _line_column(columns: list[Column], rows: Sequence[Sequence[Cell]]) -> None:
    """Choose the column naming budget lines among the candidates (cells start "Program")."""
    best: tuple[int, int] | None = None
    for column in columns:
        label = column.label.lower()
        candidate = column.role == "line" or (
            column.role in {"sasaran", "tujuan"} and "program" in label
        )
        if not candidate:
            continue
        programs = sum(
            1
            for row in rows
            if column.index < len(row) and row[column.index].text.lower().startswith("program")
        )
        if column.role != "line" and programs == 0:
            continue
        if best is None or programs > best[0]:
            best = (programs, column.index)
    for i, column in enumerate(columns):
        if column.role == "line" and (best is None or column.index != best[1]):
            columns[i] = attrs.evolve(column, role="text")
        elif best is not None and column.index == best[1]:
            columns[i] = attrs.evolve(column, role="line")


def _count_header_rows(raw: RawTable) -> int:
    header_rows = 0
    while header_rows < min(_MAX_HEADER_ROWS, len(raw.rows) - 1) and _is_header_row(
        raw.rows[header_rows]
    ):
        header_rows += 1
    return header_rows


def _is_new_header(row: Sequence[Cell], known: set[tuple[str, ...]]) -> bool:
    """A row of column names only, with a figure column, that is not the table's header."""
    texts = [c.text for c in row if c.text]
    if len(texts) < 2 or not _is_header_row(row):  # noqa: PLR2004
        return False
    key = tuple(_norm(c.text) for c in row)
    if key in known or tuple(t for t in key if t) in {tuple(t for t in k if t) for k in known}:
        return False
    if any(len(text.split()) > _HEADER_WORDS for text in texts):
        return False
    roles = [role_of(text) for text in texts]
    return "text" not in roles and any(role in FIGURE_ROLES for role in roles)


def split(raw: RawTable) -> list[RawTable]:
    r"""Split *raw* where a second header opens another table printed right below it.

    A lampiran prints the Perjanjian Kinerja's indicators and, after a blank line, its
    programs and anggaran (``No | PROGRAM | ANGGARAN``): two tables that a text extraction
    gives as one run. A row of column names only (each a word of the vocabulary, one of them
    a figure column) that is not the table's own header repeated opens a new table.

    >>> from akip.importer.tables import from_text
    >>> raw = from_text("Indikator\tTarget\nPersentase A\t90%\n\n"
    ...                 "Program\tAnggaran\nProgram A\tRp. 1.000\n")[0]
    >>> first, second = split(raw)
    >>> len(first.rows), len(second.rows), second.cell(0, 1).text
    (2, 2, 'Anggaran')

    Raises:
        akip.exceptions.SourceError: if *raw* is not a raw table.
    """
    given: object = raw  # a caller outside mypy may pass anything
    if not isinstance(given, RawTable):
        msg = f"split needs a RawTable, not {type(given).__name__}"
        raise SourceError(msg)
    header_rows = _count_header_rows(raw)
    known = {tuple(_norm(c.text) for c in row) for row in raw.rows[:header_rows]}
    parts: list[RawTable] = []
    start = 0
    for index in range(header_rows + 1, len(raw.rows)):
        if index > start + header_rows and _is_new_header(raw.rows[index], known):
            parts.append(attrs.evolve(raw, rows=raw.rows[start:index]))
            start = index
            header_rows = 1
            known = {tuple(_norm(c.text) for c in raw.rows[index])}
    parts.append(attrs.evolve(raw, rows=raw.rows[start:]))
    return parts


def recognise(raw: RawTable) -> Table:
    """Read the header of *raw*: the role, year, period and number style of each column.

    Raises:
        SourceError: if *raw* is not a `RawTable`.
    """
    _guard.instance(raw, RawTable, "raw")
    width = max((len(row) for row in raw.rows), default=0)
    header_rows = _count_header_rows(raw)
    header = raw.rows[:header_rows]
    labels = _header_labels(header, width)
    header_keys = {tuple(_norm(c.text) for c in row) for row in header}
    compact = {tuple(t for t in key if t): key for key in header_keys if any(key)}
    data: list[tuple[Cell, ...]] = []
    skipped: list[int] = []
    shift: dict[int, int] | None = None
    for index in range(header_rows, len(raw.rows)):
        row = raw.rows[index]
        key = tuple(_norm(c.text) for c in row)
        if key in header_keys or (header_rows and all(_COLUMN_NUMBER.match(t) for t in key if t)):
            skipped.append(index)
            shift = None
            continue
        moved = compact.get(tuple(t for t in key if t))
        if moved is not None:
            # The header again, its columns shifted (a column inserted after a page break):
            # the rows below it are realigned under the first header.
            skipped.append(index)
            shift = _shift(key, moved)
            continue
        data.append(_realign(row, shift, width) if shift is not None else row)
    columns = []
    for c, label in enumerate(labels):
        year = _YEAR.search(label)
        period = _PERIOD.search(label)
        role = role_of(label)
        columns.append(
            Column(
                c,
                label,
                role,
                int(year.group(1)) if year else None,
                f"TW {period.group(1).upper()}" if period else None,
            )
        )
    _after_indeks(columns, data)
    _budget_only(columns)
    _line_column(columns, data)
    columns = [
        attrs.evolve(c, style=number_style(row[c.index].text for row in data))
        if c.role in FIGURE_ROLES
        else c
        for c in columns
    ]
    rows, filled = _fill(columns, data)
    return Table(raw, tuple(columns), header_rows, rows, frozenset(filled), tuple(skipped))


def _shift(new: Sequence[str], old: Sequence[str]) -> dict[int, int]:
    """Map each column of a shifted header to the column of the first header it stands for.

    Labelled columns map in order; an unlabelled one joins the column to its left.
    """
    targets = iter([i for i, text in enumerate(old) if text])
    mapping: dict[int, int] = {}
    last = 0
    for j, text in enumerate(new):
        if text:
            last = next(targets)
        mapping[j] = last
    return mapping


def _realign(row: Sequence[Cell], shift: Mapping[int, int], width: int) -> tuple[Cell, ...]:
    parts: list[list[Cell]] = [[] for _ in range(width)]
    for cell in row:
        target = shift.get(cell.column, cell.column)
        if target < width:
            parts[target].append(cell)
    out = []
    for c, cells in enumerate(parts):
        printed = [cell for cell in cells if cell.text]
        text = " ".join(cell.text for cell in printed)
        bold = bool(printed) and all(cell.bold for cell in printed)
        first = cells[0] if cells else row[0]
        out.append(attrs.evolve(first, text=text, column=c, bold=bold))
    return tuple(out)


def _budget_only(columns: list[Column]) -> None:
    """In a table of budget lines only, "Realisasi" and "Capaian" are of the anggaran."""
    roles = {c.role for c in columns}
    if "pagu" not in roles or roles & {"iku", "indikator", "indikator_program"}:
        return
    for i, column in enumerate(columns):
        if column.role in {"realisasi", "capaian"}:
            role = "realisasi_anggaran" if column.role == "realisasi" else "penyerapan"
            columns[i] = attrs.evolve(column, role=role)


def _after_indeks(columns: list[Column], rows: Sequence[Sequence[Cell]]) -> None:
    """A second "Tingkat Efisiensi" column (or an unlabelled one after it) of words: kategori."""
    for i in range(1, len(columns)):
        if columns[i - 1].role == "indeks" and columns[i].role in {"indeks", "text"}:
            texts = [row[i].text for row in rows if i < len(row) and row[i].text]
            if texts and not any(_FIGURE.match(t) for t in texts):
                columns[i] = attrs.evolve(columns[i], role="kategori")


def _fill(
    columns: Sequence[Column], rows: Sequence[tuple[Cell, ...]]
) -> tuple[tuple[tuple[Cell, ...], ...], set[tuple[int, int]]]:
    out: list[tuple[Cell, ...]] = []
    filled: set[tuple[int, int]] = set()
    context = [c.index for c in columns if c.role in CONTEXT_ROLES]
    for r, row in enumerate(rows):
        cells = list(row)
        for c in context:
            if c < len(cells) and not cells[c].text and out and out[-1][c].text:
                cells[c] = attrs.evolve(cells[c], text=out[-1][c].text)
                filled.add((r, c))
        out.append(tuple(cells))
    return tuple(out), filled
