r"""Spaced tables (tabel berspasi): the simplest tables whose cells a text separates by spaces.

The text a PDF's or a web page's extraction gives of a table often separates its cells by
single spaces only (``Nilai Evaluasi Kinerja Anggaran 89 87.93 98.80%``): which figure is in
which column is then not printed, and a figure put in the wrong column is worse than a figure
left out, because `akip check` would report it as the agency's error. This module reads such a
table **only** when its layout leaves no choice, and otherwise reads nothing from it and says
why (the first line that did not fit); `akip.importer.tables.from_text` calls it for a
``Tabel N`` caption under which figures but no tab-separated or pipe line are printed.

What it reads (its *lines* are those between the caption, without the caption's title line,
and the next caption or table line):

- **The header**: an optional No label (``No``, ``No.``, ``N0``, ``Nomor``), the name
  column's label (words that `akip.importer.recognise.role_of` reads as an indicator, an IKU,
  a sasaran, a program or an uraian: ``Indikator Kinerja``), an optional ``Satuan``, and then
  *k* figure-column labels, each ``Target``, ``Realisasi`` or ``Capaian`` — alone
  (``Target Realisasi Capaian``), with a year (``Target 2019 Target 2020``, ``Capaian
  2019(%)``), or as a spanning header whose year line repeats the same years under each word
  (``Target Realisasi`` over ``2019 2020 2019 2020``). The header starts at its No label (or,
  without one, at the start of its paragraph): a subtitle printed above it is no part of it.
  The header may span lines; no two labels may be the same; its last line may go on only
  with a row opened by its No (``… Capaian 2020(%) 01.01 Hasil Indeks Kepuasan``).
- **The rows**: after the header, lines are joined (a name printed over several lines, blank
  lines between them included) until a line ends in figures; the run of figures that ends
  the row must hold exactly *k* figures, the token before it must be a word (never ``-`` or
  ``n/a``: an empty cell), and the row is: its No (``1``, ``1.``, ``01.01``: required when the
  header has a No label, refused when it has none), its name (the words; never empty), its unit
  (when the header has ``Satuan``: the word right before the figures, one of
  [`UNITS`][akip.importer.spaced.UNITS]) and its *k* figures. A name holding a figure or a
  lone ``%`` is refused: two rows joined (``88,89 %`` printed apart) or a cell not told apart. A line starting with a No while
  a row without figures is open means that row has an empty cell: the table does not fit.
- **Its end**: after a complete row, a blank line followed by a paragraph that does not end in
  *k* figures ends the table (a note or the prose after it); the rest is not read.

If the header or any row does not fit, nothing of the table is read: the draft reports it
left out, and [`read`][akip.importer.spaced.read] gives the reason, naming the first line that
did not fit. A row whose figures follow a word that a number of its name follows (``per``,
``tahun``, ``th``, ``ke`` …: "Angka kematian per 1000", "Target tahun 2020") is refused: that
number may be the name's, beside an empty cell. Known limit: a name that ends in a number
after any other word, in a row with one empty figure cell and no ``Satuan`` column, reads as
that row's first figure (the row still ends in *k* figures); such a name beside an empty cell
has not been seen in the real reports of ``tests/data/import_real``.

References:
    - PermenPANRB 53/2014, Lampiran (format of the Laporan Kinerja: the pengukuran kinerja
      tables of Bab III print per indicator its target, realisasi and capaian, in the columns
      this module reads).

Examples:
    >>> reading = read(["Indikator Kinerja Target Realisasi Capaian",
    ...                 "Nilai Evaluasi Kinerja Anggaran 89 87.93 98.80%"])
    >>> reading.rows
    (('Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'), ('Nilai Evaluasi Kinerja Anggaran', '89', '87.93', '98.80%'))
    >>> read(["Indikator Target Realisasi", "Persentase A 90 -"]).reason
    "row 'Persentase A 90 -' ends in 0 figure(s), not the header's 2"
"""  # noqa: E501

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from akip._validators import typed
from akip.importer import _guard
from akip.importer.recognise import role_of

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["UNITS", "Reading", "read"]

UNITS: Final = frozenset(
    {"%", "persen", "nilai", "indeks", "dokumen", "laporan", "orang", "kali", "unit", "poin"}
)
"""The unit words a row may print right before its figures (compared lower-cased)."""

_NO_LABELS: Final = frozenset({"no", "no.", "n0", "nomor"})
_NAME_ROLES: Final = frozenset({"indikator", "iku", "indikator_program", "sasaran", "line"})
_FIGURE_WORD: Final = re.compile(r"(target|realisasi|capaian)(\(%\))?", re.IGNORECASE)
_YEAR: Final = re.compile(r"(?:19|20)\d\d(\(%\))?")
_PERCENT: Final = re.compile(r"\(?%\)?")
_FIGURE: Final = re.compile(r"[-+]?\d(?:[\d.,]*\d)?%?")
_NO: Final = re.compile(r"\d+(?:\.\d+)*\.?")
_EMPTY: Final = frozenset({"-", "\u2013", "\u2014", "n/a", "n.a.", "n.a"})
#: Words a name ends in when a number follows as part of it ("… per 1000", "… tahun 2020"):
#: a figure right after one is refused, since it may be the name's, beside an empty cell.
_NUMBER_NEXT: Final = frozenset({"per", "tahun", "th", "th.", "thn", "ta", "ta.", "ke"})
_SHOWN: Final = 80


@typed
@attrs.frozen
class Reading:
    """What `read` made of a spaced table: its rows of cell texts, or why it read none.

    ``rows`` is the header row and then the data rows, each as many cells as the header (the
    cells a tab-separated table would give); it is empty exactly when ``reason`` is set.
    """

    rows: tuple[tuple[str, ...], ...] = ()
    reason: str | None = None


def _shown(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "\u2026")


def _label_run(tokens: Sequence[str]) -> list[str]:
    """The figure-column labels *tokens* spell out, one form throughout ([] if none fits)."""
    labels: list[str] = []
    i = 0
    while i < len(tokens) and _FIGURE_WORD.fullmatch(tokens[i]):
        label = tokens[i]
        i += 1
        if i < len(tokens) and (_YEAR.fullmatch(tokens[i]) or _PERCENT.fullmatch(tokens[i])):
            label += " " + tokens[i]
            i += 1
        labels.append(label)
    if i == len(tokens):
        return labels
    # A spanning header: words, then their years repeated under each word.
    words = list(tokens[: next(j for j, t in enumerate(tokens) if not _FIGURE_WORD.fullmatch(t))])
    years = list(tokens[len(words) :])
    if not words or not all(_YEAR.fullmatch(t) for t in years) or len(years) % len(words):
        return []
    span = len(years) // len(words)
    if span < 2 or years != years[:span] * len(words):  # noqa: PLR2004
        return []
    return [f"{word} {year}" for word in words for year in years[:span]]


def _header(tokens: Sequence[str]) -> tuple[list[str], bool, bool, int] | str:
    """The header cells, whether it has a No and a Satuan, and the tokens it used (or why not)."""
    first = next((i for i, t in enumerate(tokens) if _FIGURE_WORD.fullmatch(t)), None)
    if first is None:
        return "no header naming its figure columns (Target, Realisasi, Capaian) is printed"
    end = first
    while end < len(tokens) and (
        _FIGURE_WORD.fullmatch(tokens[end])
        or _YEAR.fullmatch(tokens[end])
        or _PERCENT.fullmatch(tokens[end])
    ):
        end += 1
    labels = _label_run(tokens[first:end])
    if end < len(tokens) and tokens[end].startswith("("):
        labels = []  # a label the vocabulary does not know: "REALISASI (Rp)"
    prefix = list(tokens[:first])
    has_no = bool(prefix) and prefix[0].lower() in _NO_LABELS
    has_unit = bool(prefix) and prefix[-1].lower() == "satuan"
    name = " ".join(prefix[int(has_no) : len(prefix) - int(has_unit)])
    header = " ".join(tokens[:end])
    if not labels or len(set(labels)) != len(labels):
        return f"its header {_shown(header)} does not split into one label per figure column"
    if not name or role_of(name) not in _NAME_ROLES:
        return f"its header {_shown(header)} names no indicator or uraian column"
    for word in name.split():
        if role_of(word) not in _NAME_ROLES | {"text"}:
            return (
                f"its header {_shown(header)} prints {word!r} before its figure columns: "
                "a column this reader does not read"
            )
    cells = [*(prefix[:1] if has_no else []), name, *(["Satuan"] if has_unit else []), *labels]
    return cells, has_no, has_unit, end


def _row(  # noqa: PLR0911
    tokens: Sequence[str], k: int, *, has_no: bool, has_unit: bool
) -> tuple[str, ...] | str:
    """The cells of one data row (or why it does not fit)."""
    text = " ".join(tokens)
    run = 0
    while run < len(tokens) and _FIGURE.fullmatch(tokens[len(tokens) - 1 - run]):
        run += 1
    if run != k:
        return f"row {_shown(text)} ends in {run} figure(s), not the header's {k}"
    body = list(tokens[: len(tokens) - k])
    if body and body[-1].lower() in _EMPTY:
        return f"row {_shown(text)} prints {body[-1]!r} (an empty cell) before its figures"
    if body and body[-1].lower() in _NUMBER_NEXT:
        return (
            f"row {_shown(text)} prints {tokens[len(tokens) - k]!r} after {body[-1]!r}: "
            "a number of its name or its first figure cannot be told apart"
        )
    starts = bool(body) and _NO.fullmatch(body[0]) is not None
    if starts != has_no:
        return f"row {_shown(text)} " + ("has no No" if has_no else "starts with a number")
    no = [body.pop(0)] if has_no else []
    unit = []
    if has_unit:
        if not body or body[-1].lower() not in UNITS:
            return f"row {_shown(text)} prints no known unit before its figures"
        unit = [body.pop()]
    if not body:
        return f"row {_shown(text)} prints no name"
    inside = next((t for t in body if _FIGURE.fullmatch(t) or _PERCENT.fullmatch(t)), None)
    if inside is not None:
        return (
            f"row {_shown(text)} prints {inside!r} inside its name: its cells cannot be told apart"
        )
    return (*no, " ".join(body), *unit, *tokens[len(tokens) - k :])


def read(lines: Sequence[str]) -> Reading:  # noqa: C901, PLR0912, PLR0915
    """Read the spaced table printed in *lines* (see the module), or say why not.

    Raises:
        SourceError: if *lines* is not a sequence of text.
    """
    lines = _guard.texts(lines, "lines")
    tokens: list[str] = []
    starts: list[int] = []  # the token index each line starts at
    for line in lines:
        starts.append(len(tokens))
        tokens.extend(line.split())
    first = next((i for i, t in enumerate(tokens) if _FIGURE_WORD.fullmatch(t)), len(tokens))
    # The header starts at its (last) No label, or else at the start of its paragraph.
    nos = [i for i in range(first) if tokens[i].lower() in _NO_LABELS]
    begin = nos[-1] if nos else 0
    if not nos:
        for index, line in enumerate(lines):
            if starts[index] > first:
                break
            if not line.strip():
                begin = starts[index]
    header = _header(tokens[begin:])
    if isinstance(header, str):
        return Reading(reason=header)
    cells, has_no, has_unit, used = header
    end = begin + used
    k = len(cells) - 1 - int(has_no) - int(has_unit)
    line_end = next(start + len(line.split()) for start, line in zip(starts, lines, strict=True)
                    if start + len(line.split()) >= end)  # fmt: skip
    if end < line_end and not (has_no and _NO.fullmatch(tokens[end])):
        # Only a row opened by its No may start on the header's last line (Gunung Kaler).
        return Reading(
            reason=f"its header {_shown(' '.join(tokens[begin:end]))} is followed on its line "
            f"by {tokens[end]!r}, not by a row's No"
        )
    # The data lines: the rest of the header's last line, then the lines after it.
    data: list[list[str]] = []
    for index, line in enumerate(lines):
        stop = starts[index] + len(line.split())
        if stop <= end and line.split():
            continue
        if not line.split():
            if starts[index] >= end:
                data.append([])
            continue
        data.append(tokens[max(starts[index], end) : stop])
    rows: list[tuple[str, ...]] = [tuple(cells)]
    open_row: list[str] = []
    blank = False
    for position, words in enumerate(data):
        if not words:
            blank = True
            continue
        if blank and not open_row and len(rows) > 1:
            last = words  # the last line of the paragraph that starts here
            for later in data[position:]:
                if not later:
                    break
                last = later
            if not _ends_in(last, k):
                break  # a note or prose after the table: the table ends here
        blank = False
        if open_row and has_no and _NO.fullmatch(words[0]):
            break  # a new row opens while this one has no figures: it does not fit
        open_row.extend(words)
        if _FIGURE.fullmatch(words[-1]):
            row = _row(open_row, k, has_no=has_no, has_unit=has_unit)
            if isinstance(row, str):
                return Reading(reason=row)
            rows.append(row)
            open_row = []
    if open_row:
        reason = _row(open_row, k, has_no=has_no, has_unit=has_unit)
        assert isinstance(reason, str)  # noqa: S101 - its last word is no figure
        return Reading(reason=reason)
    if len(rows) == 1:
        return Reading(reason="no row follows its header")
    return Reading(rows=tuple(rows))


def _ends_in(words: Sequence[str], k: int) -> bool:
    run = 0
    while run < len(words) and _FIGURE.fullmatch(words[len(words) - 1 - run]):
        run += 1
    return run == k
