r"""importer (impor laporan): a draft report file from the tables of an LKjIP.

Transcribing an LKjIP into a report file by hand takes an auditor one and a half to two days,
and every slip becomes a false finding. `akip.importer` reads the tables of a report — the
text a PDF / DOCX extraction produces (tab-separated or pipe tables), CSV, an XLSX workbook
(such as the one `akip template` writes), or a PDF with a text layer (``akip[pdf]``) — and
writes a **draft** report file: every figure exactly as printed with its place, row and
column, and ``# DECIDE:`` comments where a person must decide. A summary says what was
imported and what was left out, and why.

The pipeline runs in one direction:

1. source → raw tables (`akip.importer.tables`): cells with text, row, column, page;
2. raw tables → recognised tables (`akip.importer.recognise`): column roles from the
   vocabulary of the tables PermenPANRB 53/2014 prescribes, the number style per column;
3. recognised tables → draft (`akip.importer.draft`): places, indicators, budget lines with
   levels and parents, efficiency rows, names matched across tables;
4. draft → TOML text (`akip.importer.render`).

The importer never corrects a figure: it is copied as printed, or left out with the reason.

References:
    - PermenPANRB 53/2014 (Perjanjian Kinerja, pelaporan kinerja: the tables of the LKjIP).
    - The report file format (``docs/reference/report-format.md``).

Examples:
    >>> result = import_text(
    ...     "Tabel 2\nProgram Kerja Badan Contoh Kota Contoh Tahun 2024\n\n"
    ...     "No.\tProgram\tAnggaran\n1.\tProgram Penunjang\tRp. 4.557.968.228\n"
    ...     "JUMLAH\t\tRp. 4.557.968.228\n")
    >>> loaded = report.loads_toml(result.toml)
    >>> loaded.agency, loaded.year, loaded.line("P1").pagu[0].value.text
    ('Badan Contoh Kota Contoh', 2024, 'Rp. 4.557.968.228')
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import attrs

from akip import report
from akip._validators import typed
from akip.importer import _guard, tables
from akip.importer import draft as _draft
from akip.importer.draft import Draft  # noqa: TC001 - typed reads the annotation at run time
from akip.importer.render import to_toml

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akip.importer.draft import Entry
    from akip.importer.tables import RawTable

__all__ = ["ImportResult", "import_raw", "import_source", "import_text"]


@typed
@attrs.frozen
class ImportResult:
    """The draft report (its TOML text and entities) and the summary of the import."""

    toml: str
    draft: Draft

    @property
    def imported(self) -> list[Entry]:
        """What was imported, place by place."""
        return self.draft.imported()

    @property
    def left_out(self) -> list[Entry]:
        """What was left out, with the reason."""
        return self.draft.left_out()

    def summary(self) -> str:
        """Return a readable summary: counts, then every item left out and why."""
        loaded = report.loads_toml(self.toml)
        figures = sum(1 for _ in loaded.figures())
        lines = [
            (
                f"imported {figures} figure(s) from {len(loaded.places)} table(s): "
                f"{len(loaded.indicators)} indicator(s), {len(loaded.budget)} budget line(s), "
                f"{len(loaded.efficiency)} efficiency row(s)"
            ),
            f"left out {len(self.left_out)} item(s):",
        ]
        lines.extend(f"  {entry}" for entry in self.left_out)
        return "\n".join(lines)


def import_raw(
    raws: Sequence[RawTable],
    *,
    year: int | None = None,
    agency: str | None = None,
    source: str = "",
) -> ImportResult:
    """Return the draft report of raw tables already read.

    Raises:
        akip.exceptions.SourceError: if *raws* is not a sequence of raw tables, or an
            option is not what `akip.importer.draft.build` takes.
    """
    built = _draft.build(_guard.raws(raws), year=year, agency=agency, source=source)
    return ImportResult(to_toml(built), built)


def import_text(
    text: str, *, year: int | None = None, agency: str | None = None, source: str = "<text>"
) -> ImportResult:
    """Return the draft report of a text extraction (tab-separated or pipe tables).

    Raises:
        akip.exceptions.SourceError: if *text* or *source* is not text with a UTF-8 form,
            *year* not ``None`` or a year, *agency* not ``None`` or text.
    """
    _guard.text(text, "text")
    _guard.text(source, "source")
    _guard.year(year)
    _guard.optional_text(agency, "agency")
    return import_raw(tables.from_text(text, source), year=year, agency=agency, source=source)


def import_source(
    path: str | os.PathLike[str], *, year: int | None = None, agency: str | None = None
) -> ImportResult:
    """Return the draft report of the source at *path* (text, ``.csv``, ``.xlsx``, ``.pdf``).

    Raises:
        akip.exceptions.SourceError: if *path* is not a file name, the source cannot be
            read, *year* is not ``None`` or a year, *agency* not ``None`` or text.
    """
    name = _guard.path(path)
    _guard.year(year)
    _guard.optional_text(agency, "agency")
    raws = tables.read(name)
    if name.lower().endswith((".xlsx", ".xlsm")):
        from akip.importer import template  # noqa: PLC0415

        if template.is_template(raws):
            return template.import_workbook(raws, source=name)
    return import_raw(raws, year=year, agency=agency, source=os.path.basename(name))  # noqa: PTH119
