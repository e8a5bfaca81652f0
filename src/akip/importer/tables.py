r"""Raw tables (tabel mentah): the cells of a source, with their text, row, column and page.

The first stage of `akip.importer` reads a source — the text a PDF / DOCX extraction
produces (tab-separated or pipe tables), a CSV file, an XLSX workbook or a PDF with a text
layer — into [`RawTable`][akip.importer.tables.RawTable]s: every cell keeps the text exactly
as printed (markup such as ``<b>`` removed, the bold kept as a flag), its row and column, and
the page it is printed on. Nothing is interpreted here: which row is a header and what a
column holds is decided by `akip.importer.recognise`.

In a text extraction a table is a run of lines holding tabs (or a markdown pipe table); it
belongs to the caption printed just before it (``Tabel 3``, ``Tabel III.11``, ``Tabel 3.3.9``,
``Tabel. 3.2``, ``Tabel 14. Realisasi Anggaran`` with its title). Runs separated only by blank
lines — a table continued after a page break — belong to the same caption. A caption followed
by figures but by no table line (the cells separated by spaces only, as the text of a PDF or a
web page gives them) gives a table without rows, which the draft reports as left out.

The lampiran of an LKjIP print their tables without a "Tabel N" caption, under a heading
(``MATRIK RENCANA STRATEGIS … TAHUN 2021 - 2026``, ``PERJANJIAN KINERJA TAHUN 2024``,
``PENGUKURAN KINERJA TAHUN 2024``). Such a table gets a place **derived from the heading**
by the vocabulary [`LAMPIRAN_TITLES`][akip.importer.tables.LAMPIRAN_TITLES] (``Matrik
Renstra``, ``RKT 2024``, ``Lampiran PK 2024``, ``Lampiran Perubahan PK 2024``, ``Pengukuran
Kinerja 2024``), marked ``derived``; a table printed after it with no heading of its own and
only a signature block between them (at most six lines) continues that place.

References:
    - PermenPANRB 53/2014, Lampiran (format of the Laporan Kinerja: the tables of
      Perjanjian Kinerja, pengukuran kinerja and realisasi anggaran are captioned
      "Tabel ..." in the body of the report; the lampiran of the report are the Renstra
      matrix, the Rencana Kerja Tahunan, the Perjanjian Kinerja and its Perubahan, and the
      pengukuran kinerja, each under its own heading).

Examples:
    >>> tables = from_text("Tabel 2\nProgram Kerja\n\nNo.\tProgram\tAnggaran\n"
    ...                    "1.\t<b>Program A</b>\tRp. 1.000\n")
    >>> table = tables[0]
    >>> table.place, table.title, [cell.text for cell in table.rows[1]]
    ('Tabel 2', 'Program Kerja', ['1.', 'Program A', 'Rp. 1.000'])
    >>> table.rows[1][1].bold
    True
    >>> lampiran = from_text("**PENGUKURAN KINERJA TAHUN 2024\nBADAN CONTOH**\n\n"
    ...                      "Indikator\tTarget\nPersentase A\t90%\n")[0]
    >>> lampiran.place, lampiran.derived
    ('Pengukuran Kinerja 2024', True)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from typing import TYPE_CHECKING, Any, Final

import attrs

from akip._validators import typed
from akip.exceptions import SourceError
from akip.importer import _guard

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "LAMPIRAN_TITLES",
    "Cell",
    "RawTable",
    "from_csv",
    "from_pdf",
    "from_text",
    "from_xlsx",
    "lampiran_place",
    "read",
]

MAX_BYTES: Final = 20 * 1024 * 1024
"""Sources larger than this (20 MiB) are refused before reading."""

_CAPTION: Final = re.compile(
    r"^[\s*#_]*(?:<b>\s*)?(Tabel|Table)\s*\.?\s*((?:[A-Z]+\.)?\d+(?:\.(?:\d+|(?-i:[IVXLC]+)))*)\b"
    r"\.?(?:\s*</b>)?[\s*_]*"
    r"(?:[:\-\u2013]?\s*(?P<title>\S.*?))?[\s*_]*$",
    re.IGNORECASE,
)
_LEADER: Final = re.compile(r"\.{3,}|\u2026{2,}")
_FIGURE_TOKEN: Final = re.compile(r"(?<![\w.,])[-+]?\d[\d.,]*%?(?!\w)")
_TAG: Final = re.compile(r"</?(?:b|i|u|strong|em|sup|sub|span)\b[^>]*>", re.IGNORECASE)
_BOLD: Final = re.compile(r"^\s*(?:<b>|\*\*)(.*?)(?:</b>|\*\*)\s*$", re.IGNORECASE | re.DOTALL)
_PIPE_RULE: Final = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SPACE: Final = re.compile(r"\s+")
_TITLE_LINES: Final = 3
_CARRY_LINES: Final = 6
_TITLE_CHARS: Final = 240
_HEADING_PARAGRAPHS: Final = 2
_UNREAD_FIGURES: Final = 2
_TITLE_PREFIX: Final = r"^(?:lampiran\s*(?:[ivx]+|\d+)?\s*[:.\-]?\s*)?"

LAMPIRAN_TITLES: Final = (
    ("matrik", r"matri[ck]s?\s+(?:rencana\s+strategis|renstra)\b", "Matrik Renstra"),
    ("perubahan_pk", r"(?:perubahan\s+perjanjian\s+kinerja|perubahan\s+pk)\b",
     "Lampiran Perubahan PK {year}"),
    ("pk", r"(?:perjanjian|penetapan)\s+kinerja\b", "Lampiran PK {year}"),
    ("rkt", r"(?:rencana\s+kerja\s+tahunan|rencana\s+kinerja\s+tahunan|rkt)\b", "RKT {year}"),
    ("pengukuran", r"pengukuran\s+kinerja\b", "Pengukuran Kinerja {year}"),
)  # fmt: skip
"""The headings of the lampiran of an LKjIP (PermenPANRB 53/2014) and the place id each gives.

A heading matches when it *starts* with the term (after an optional ``LAMPIRAN 3:``); the
``{year}`` is the first ``TAHUN NNNN`` of the heading. Perubahan PK is tried before PK."""
_HEADING_YEAR: Final = re.compile(r"\btahun\s+(20\d\d)\b(?!\s*[-–]\s*20\d\d)", re.IGNORECASE)


@typed
@attrs.frozen
class Cell:
    """One printed cell: its text (stripped, markup removed), row, column, page and bold."""

    text: str
    row: int
    column: int
    page: int | None = None
    bold: bool = False


@typed
@attrs.frozen
class RawTable:
    """A table as read from a source: its caption (place), title and rows of cells.

    ``place`` is the caption as the report prints it (``"Tabel III.11"``, a sheet name, a CSV
    file name), the id derived from the heading of a lampiran (``derived`` is then true), or
    ``None`` for a table printed without either. ``repeat`` counts the earlier headings that
    gave the same place (the Perjanjian Kinerja of each official of the agency, printed one
    after the other under one heading): its place then ends in ``(2)``, ``(3)``, ….

    A caption followed by figures but by no tab-separated or pipe row (a table whose cells a
    PDF or web page's text separates by spaces only, Gunung Kaler 2020 Tabel 3.5, or a table
    printed as an image) gives a table with no rows; ``unread`` counts the figures printed
    between its caption and the next one, which `akip.importer.draft` reports as left out,
    and ``reason`` says why `akip.importer.spaced` could not read it. When that conservative
    reader can (Puslatbang KMP LAN 2021 Tabel 3.67), the table has its rows as a
    tab-separated one would.
    """

    source: str
    place: str | None
    title: str | None
    rows: tuple[tuple[Cell, ...], ...]
    page: int | None = None
    derived: bool = False
    repeat: int = 0
    unread: int = 0
    reason: str | None = None

    def cell(self, row: int, column: int) -> Cell | None:
        """Return the cell at *row*, *column* (``None`` outside the table).

        Raises:
            SourceError: if *row* or *column* is not an integer of at most 64 bits.
        """
        for name, value in (("row", row), ("column", column)):
            if not isinstance(value, int) or isinstance(value, bool) or value.bit_length() > 64:  # noqa: PLR2004
                _guard.fail(name, "an integer of at most 64 bits", value)
        if 0 <= row < len(self.rows) and 0 <= column < len(self.rows[row]):
            return self.rows[row][column]
        return None


def clean(text: str) -> tuple[str, bool]:
    r"""Return *text* without markup and collapsed spaces, and whether it was all bold.

    >>> clean(" <b>Rp. 1.000</b> ")
    ('Rp. 1.000', True)
    >>> clean("a\u00a0 b")
    ('a b', False)
    """
    bold = bool(_BOLD.match(text)) and bool(text.strip())
    body = _TAG.sub("", text)
    if bold:
        body = body.strip().removeprefix("**").removesuffix("**")
    return _SPACE.sub(" ", body).strip(), bold


def _cells(values: Sequence[str], row: int, page: int | None) -> tuple[Cell, ...]:
    out = []
    for column, value in enumerate(values):
        text, bold = clean(value)
        out.append(Cell(text, row, column, page, bold))
    return tuple(out)


def _split_pipe(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    return body.split("|")


def _is_table_line(line: str) -> bool:
    return "\t" in line or (line.lstrip().startswith("|") and line.count("|") >= 2)  # noqa: PLR2004


def _caption(line: str) -> tuple[str, str | None] | None:
    """The place and title a caption line prints: ``Tabel 3.5``, ``Tabel 14. Realisasi …``.

    A title on the caption's own line (``Tabel.3.67 Capaian Nilai Evaluasi Kinerja
    Anggaran``) starts with a capital or a digit and does not end as a sentence does (``.``,
    ``:``, ``,``, ``;``): ``Tabel 3.2 berikut menyajikan …:`` is prose, and a line of the
    Daftar Tabel (dot leaders) is no caption.

    >>> _caption("Tabel 14. Realisasi Anggaran Per Sasaran Strategis")
    ('Tabel 14', 'Realisasi Anggaran Per Sasaran Strategis')
    >>> _caption("Tabel III.11"), _caption("Tabel 3.1 menunjukkan capaian")
    (('Tabel III.11', None), None)

    A number may hold a Roman part after its first (a LKPJ's ``Tabel 4.II.16.2``):

    >>> _caption("Tabel 4.II.16.2")
    ('Tabel 4.II.16.2', None)
    """
    match = _CAPTION.match(_TAG.sub("", line).replace("*", " "))
    if match is None:
        return None
    title = match.group("title")
    if title is not None:
        title = clean(title)[0]
        if (
            not title
            or not (title[0].isupper() or title[0].isdigit() or title[0] == "(")
            or title.endswith((".", ":", ",", ";"))
            or _LEADER.search(title)
            or len(title) > _TITLE_CHARS
        ):
            return None
    return f"Tabel {match.group(2)}", title or None


def lampiran_place(heading: str) -> tuple[str, str] | None:
    """Return the place id and title a lampiran *heading* gives (``None`` if it is none).

    >>> lampiran_place("PERUBAHAN PERJANJIAN KINERJA TAHUN 2024 BADAN CONTOH")
    ('Lampiran Perubahan PK 2024', 'PERUBAHAN PERJANJIAN KINERJA TAHUN 2024 BADAN CONTOH')
    >>> lampiran_place("Lampiran 1: Matrik Rencana Strategis Tahun 2021 - 2026")[0]
    'Matrik Renstra'
    >>> lampiran_place("Perjanjian Kinerja merupakan proses penyusunan rencana kinerja") is None
    True

    Raises:
        SourceError: if *heading* is not text (or holds a lone surrogate).
    """
    given: object = heading  # a caller outside mypy may pass anything
    if not isinstance(given, str):
        msg = f"a lampiran heading must be text, not {type(given).__name__}"
        raise SourceError(msg)
    try:
        heading.encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = f"a lampiran heading must be UTF-8 text (character {exc.start} is not)"
        raise SourceError(msg) from exc
    title = clean(heading.replace("*", " ").replace("#", " "))[0]
    if not title or len(title) > _TITLE_CHARS:
        return None
    for _, pattern, template in LAMPIRAN_TITLES:
        if re.match(_TITLE_PREFIX + pattern, title, re.IGNORECASE) is None:
            continue
        if "{year}" not in template:
            return template, title
        year = _HEADING_YEAR.search(title)
        if year is None:
            return None
        return template.format(year=year.group(1)), title
    return None


def from_text(text: str, source: str = "<text>") -> list[RawTable]:  # noqa: C901, PLR0912, PLR0915
    r"""Read the tables of a text extraction (tab-separated or markdown pipe tables).

    A table is captioned by the nearest ``Tabel N`` line before it (``Tabel 14. Realisasi
    …`` carries its title), when at most three non-blank lines (its title) stand between
    them; runs of table lines separated only by blank lines are one table. A caption under
    which at least two figures are printed before the next caption but no table line is a
    table with no rows (its ``unread`` counts them): a table laid out with spaces. A table
    without a caption under a lampiran heading (one of the two paragraphs before it, see
    `lampiran_place`) gets the place derived from it. A form feed (``\f``) counts pages.

    >>> tuple(t.place for t in from_text("| a | b |\n|---|---|\n| 1 | 2 |\n"))
    (None,)

    Raises:
        SourceError: if *text* or *source* is not text with a UTF-8 form.
    """
    _guard.text(text, "text")
    _guard.text(source, "source")
    tables: list[RawTable] = []
    place: str | None = None
    title: str | None = None
    text_lines = 0
    page = 1
    block: list[list[str]] = []
    block_page = 1
    paragraphs: list[list[str]] = []  # the prose since the last table, by paragraph
    carry: tuple[str, str, int] | None = None  # the lampiran place a later table continues
    headings: dict[str, int] = {}  # how many headings gave each lampiran place
    prose = 0  # lines of prose since the last table
    derived: tuple[bool, int] = (False, 0)
    pending: tuple[str, str | None, int, int] | None = None  # a caption not yet given a table
    spaced: list[str] = []  # the lines under that caption (without its title line)

    def unread() -> None:
        """A caption followed by figures but by no table line: a table laid out with spaces."""
        nonlocal pending
        if pending is not None and pending[3] >= _UNREAD_FIGURES:
            from akip.importer.spaced import read as read_spaced  # noqa: PLC0415 - a cycle

            # Its title line, when the caption has none, is the line right under it.
            titled = pending[1] is None and bool(spaced) and bool(spaced[0].strip())
            reading = read_spaced(spaced[int(titled) :])
            rows = tuple(_cells(row, i, pending[2]) for i, row in enumerate(reading.rows))
            name = clean(spaced[0])[0] if titled and rows else pending[1]
            figures = 0 if rows else pending[3]
            tables.append(
                RawTable(source, pending[0], name, rows, pending[2], unread=figures,
                         reason=reading.reason)
            )  # fmt: skip
        pending = None
        spaced.clear()

    def flush() -> None:
        nonlocal block, place, title, prose, derived
        if block:
            width = max(len(row) for row in block)
            rows = tuple(
                _cells([*values, *[""] * (width - len(values))], index, block_page)
                for index, values in enumerate(block)
            )
            tables.append(RawTable(source, place, title, rows, block_page, *derived))
            place, title, derived = None, None, (False, 0)
            paragraphs.clear()
            prose = 0
        block = []

    def heading() -> None:
        """Give the table about to open the place of its lampiran heading, if any."""
        nonlocal place, title, carry, derived
        found = None
        for paragraph in [p for p in paragraphs if p][-_HEADING_PARAGRAPHS:][::-1]:
            found = lampiran_place(" ".join(paragraph))
            if found is not None:
                break
        if found is not None:
            repeat = headings.get(found[0], 0)
            headings[found[0]] = repeat + 1
            name = found[0] if not repeat else f"{found[0]} ({repeat + 1})"
            carry = (name, found[1], repeat)
        elif carry is not None and prose > _CARRY_LINES:
            carry = None
        if carry is not None:
            place, title = carry[0], carry[1]
            derived = (True, carry[2])

    for line in text.split("\n"):
        page += line.count("\f")
        line = line.replace("\f", "")  # noqa: PLW2901
        if _is_table_line(line):
            if not block:
                block_page = page
                pending = None
                if place is None:
                    heading()
            if _PIPE_RULE.match(line):
                continue
            block.append(_split_pipe(line) if "\t" not in line else line.split("\t"))
            continue
        if not line.strip():
            if pending is not None:
                spaced.append(line)
            if not block and paragraphs and paragraphs[-1]:
                paragraphs.append([])
            continue
        # A line of prose ends the table; a caption opens the next place.
        flush()
        prose += 1
        if not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line)
        caption = _caption(line)
        if caption is not None:
            unread()
            place, title, text_lines = caption[0], caption[1], 0
            pending = (caption[0], caption[1], page, 0)
            carry = None
        elif pending is not None:
            spaced.append(line)
            figures = pending[3] + len(_FIGURE_TOKEN.findall(line))
            pending = (pending[0], pending[1], pending[2], figures)
        if caption is None and place is not None:
            text_lines += 1
            if title is None:
                title = clean(line)[0] or None
            if text_lines > _TITLE_LINES:
                place, title = None, None
    flush()
    unread()
    return tables


def from_csv(text: str, source: str = "<csv>") -> list[RawTable]:
    r"""Read a CSV text (comma, semicolon or tab separated, sniffed) as one table.

    The table's place is the file name without its suffix.

    >>> table = from_csv("Uraian;Pagu\nProgram A;1.000\n", "Tabel 2.csv")[0]
    >>> table.place, [c.text for c in table.rows[1]]
    ('Tabel 2', ['Program A', '1.000'])

    Raises:
        SourceError: if *text* or *source* is not text with a UTF-8 form.
    """
    _guard.text(text, "text")
    _guard.text(source, "source")
    try:
        dialect: type[csv.Dialect] = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    width = max((len(row) for row in rows), default=0)
    cells = tuple(
        _cells([*row, *[""] * (width - len(row))], index, None) for index, row in enumerate(rows)
    )
    place = os.path.splitext(os.path.basename(source))[0] or None  # noqa: PTH119, PTH122
    return [RawTable(source, place, None, cells)]


def from_xlsx(path: str | os.PathLike[str]) -> list[RawTable]:
    """Read every sheet of an XLSX workbook as one table, its cells' text exactly as stored.

    A merged range holds its value in its first cell only, as a merged cell of a text
    extraction does; the recogniser fills the context columns (No, Sasaran, IKU) forward. A
    number stored as a number is read in plain digits (``1234.5``, ``2000000``); a date as
    ``YYYY-MM-DD``.

    Raises:
        SourceError: if *path* is not a file name, or the file is not a readable workbook.
    """
    name = _guard.path(path)
    import openpyxl  # noqa: PLC0415

    try:
        book = openpyxl.load_workbook(name, data_only=True, read_only=False)
    except Exception as exc:  # openpyxl raises many unrelated types for a broken file
        msg = f"{name}: not a readable XLSX workbook: {type(exc).__name__}: {exc}"[:300]
        raise SourceError(msg) from exc
    tables = []
    for sheet in book.worksheets:
        grid = [[_xlsx_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        while grid and not any(grid[-1]):
            grid.pop()
        cells = tuple(
            tuple(Cell(text, r, c) for c, text in enumerate(row)) for r, row in enumerate(grid)
        )
        tables.append(RawTable(name, sheet.title, None, cells))
    return tables


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return str(value)


def from_pdf(path: str | os.PathLike[str]) -> list[RawTable]:
    """Read the tables of a PDF with a text layer, through ``pdfplumber`` (``akip[pdf]``).

    Each table pdfplumber finds (ruled tables) becomes a raw table; its caption is the
    ``Tabel N`` line printed above it on the page. A table at the top of a page, with as
    many columns as the last table before it and no caption above it, continues that table
    (its rows join it). Bold cells are those whose every character is in a bold font.

    Raises:
        SourceError: if *path* is not a file name, or the file is not a readable PDF.
    """
    name = _guard.path(path)
    try:
        import pdfplumber  # noqa: PLC0415
    except ModuleNotFoundError as exc:  # pragma: no cover - the test extra installs it
        msg = f"{name}: reading PDF needs the extra akip[pdf] (pdfplumber)"
        raise SourceError(msg) from exc
    tables: list[RawTable] = []
    try:
        with pdfplumber.open(name) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                tables.extend(_pdf_page(name, page, number, tables))
    except SourceError:  # pragma: no cover - raised only by _pdf_page
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        msg = f"{name}: not a readable PDF: {type(exc).__name__}: {exc}"[:300]
        raise SourceError(msg) from exc
    return tables


def _bold(chars: Sequence[Mapping[str, Any]], box: Sequence[float] | None) -> bool:
    if box is None:
        return False
    x0, top, x1, bottom = box
    inside = [
        c
        for c in chars
        if c["x0"] >= x0 - 1 and c["x1"] <= x1 + 1 and c["top"] >= top - 1
        and c["bottom"] <= bottom + 1 and c["text"].strip()
    ]  # fmt: skip
    return bool(inside) and all("bold" in str(c.get("fontname", "")).lower() for c in inside)


def _pdf_page(name: str, page: Any, number: int, before: list[RawTable]) -> list[RawTable]:
    found: list[RawTable] = []
    bottom = 0.0
    lines = page.extract_text_lines()
    chars = page.chars
    for table in page.find_tables():
        top = table.bbox[1]
        above = [line for line in lines if line["top"] < top]
        above = [line for line in above if line["top"] >= bottom]
        bottom = table.bbox[3]
        place, title = None, None
        recent = above[-(_TITLE_LINES + 1) :]
        for index in range(len(recent) - 1, -1, -1):
            caption = _caption(recent[index]["text"])
            if caption is not None:
                place, title = caption
                following = recent[index + 1 : index + 2]
                if title is None and following:
                    title = clean(following[0]["text"])[0]
                break
        x0, top0, x1, bottom0 = table.bbox
        inside = [
            c
            for c in chars
            if c["x0"] >= x0 - 1 and c["x1"] <= x1 + 1 and c["top"] >= top0 - 1
            and c["bottom"] <= bottom0 + 1
        ]  # fmt: skip
        boxes = [row.cells for row in table.rows]
        values = table.extract()
        rows = [
            tuple(
                Cell(
                    clean(text or "")[0],
                    r,
                    c,
                    number,
                    _bold(inside, boxes[r][c] if c < len(boxes[r]) else None),
                )
                for c, text in enumerate(row)
            )
            for r, row in enumerate(values)
        ]
        previous = found[-1] if found else (before[-1] if before else None)
        continues = (
            place is None
            and not above
            and previous is not None
            and previous.place is not None
            and bool(rows)
            and len(rows[0]) == len(previous.rows[0])
        )
        if continues:
            assert previous is not None  # noqa: S101 - narrowed by continues
            # A table continued from the page before: its rows join that table.
            start = len(previous.rows)
            moved = tuple(
                tuple(attrs.evolve(cell, row=start + r) for cell in row)
                for r, row in enumerate(rows)
            )
            merged = attrs.evolve(previous, rows=previous.rows + moved)
            if found:
                found[-1] = merged
            else:
                before[-1] = merged
            continue
        found.append(RawTable(name, place, title, tuple(rows), number))
    return found


def read(path: str | os.PathLike[str]) -> list[RawTable]:
    """Read the raw tables of the source at *path*, by its suffix.

    ``.xlsx`` / ``.xlsm`` is a workbook, ``.csv`` a CSV file, ``.pdf`` a PDF (``akip[pdf]``),
    anything else text (``.txt``, ``.md``).

    Raises:
        SourceError: if *path* is not a file name, or the file cannot be read, is too large,
            or is not what its suffix says.
    """
    name = _guard.path(path)
    suffix = os.path.splitext(name)[1].lower()  # noqa: PTH122
    try:
        size = os.path.getsize(name)  # noqa: PTH202
    except OSError as exc:
        msg = f"{name}: cannot read: {exc.strerror or exc}"
        raise SourceError(msg) from exc
    if size > MAX_BYTES:
        msg = f"{name}: {size} bytes, more than the {MAX_BYTES} an import reads"
        raise SourceError(msg)
    if suffix in {".xlsx", ".xlsm"}:
        return from_xlsx(name)
    if suffix == ".pdf":
        return from_pdf(name)
    text = _read_text(name)
    if suffix == ".csv":
        return from_csv(text, name)
    return from_text(text, name)


def _read_text(name: str) -> str:
    """The text of *name*, reading at most `MAX_BYTES` (a FIFO or a device reports no size)."""
    try:
        with open(name, "rb") as handle:  # noqa: PTH123
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            msg = f"{name}: more than the {MAX_BYTES} bytes an import reads"
            raise SourceError(msg)
        text = data.decode("utf-8-sig")
        return text.replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        msg = f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8"
        raise SourceError(msg) from exc
    except OSError as exc:
        msg = f"{name}: cannot read: {exc.strerror or exc}"
        raise SourceError(msg) from exc


def texts(cells: Iterable[Cell]) -> list[str]:
    r"""Return the texts of *cells* (a helper for tests and docs).

    >>> texts(from_text("a\tb\n")[0].rows[0])
    ['a', 'b']
    """
    return [cell.text for cell in cells]
