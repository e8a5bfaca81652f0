"""The figures of a report as comparable keys: the importer's draft against the hand file.

Shared by ``test_importer.py`` (captioned tables) and ``test_importer_lampiran.py`` (the
lampiran too): both pair the figures of ``akip import examples/dumai-2024.txt`` with those of
the hand transcription ``examples/dumai-2024.toml``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from akip.report import Figure, Report

EXAMPLES = Path(__file__).parent.parent / "examples"
SEED = EXAMPLES / "dumai-2024.txt"
HAND = EXAMPLES / "dumai-2024.toml"

#: (place, year, column, {row label, entity name}, printed text).
Key = tuple[str, int | None, str, frozenset[str], str]

_INDICATOR_COLUMNS = (
    "target",
    "realisasi",
    "capaian",
    "target_renstra",
    "kemajuan",
    "efisiensi_anggaran",
    "nilai_anggaran",
    "realisasi_nasional",
)
_BUDGET_COLUMNS = (
    "pagu",
    "realisasi",
    "penyerapan",
    "sisa",
    "fisik_target",
    "fisik_realisasi",
    "fisik_capaian",
)


def norm(text: str | None) -> str:
    """A label compared loosely: spaces collapsed, end punctuation dropped, case folded."""
    return re.sub(r"\s+", " ", text or "").strip().rstrip(".:;").strip().casefold()


def figures(loaded: Report, *, amounts: bool = True) -> list[Key]:  # noqa: C901 - one loop per kind
    """Every figure of a report as (place, year, column, {row label, entity name}, text).

    The row label of a figure is the printed label when the file gives one, and the name of
    its indicator or budget line in any case: the hand file labels a row '1.' or 'Sasaran'
    where the draft labels it by its printed number or name. With *amounts*, the amounts
    (labelled by their row and label) are figures too.
    """
    out: list[Key] = []

    def add(figure: Figure | None, *names: str | None) -> None:
        if figure is not None:
            where = figure.where
            labels = frozenset(norm(n) for n in names if n)
            out.append((where.place, where.year, where.column, labels, figure.text))

    for indicator in loaded.indicators:
        for target in indicator.targets:
            add(target.value, indicator.name, target.value.where.row)
        for row in indicator.rows:
            for name in _INDICATOR_COLUMNS:
                add(getattr(row, name), indicator.name, row.row)
    for line in loaded.budget:
        for pagu in line.pagu:
            add(pagu.value, line.name, pagu.value.where.row)
        for brow in line.rows:
            for name in _BUDGET_COLUMNS:
                add(getattr(brow, name), line.name, brow.row)
    for item in loaded.efficiency:
        name = loaded.indicator(item.indicator).name if item.indicator else item.id
        for field in ("capaian_kinerja", "penyerapan", "indeks"):
            add(getattr(item, field), name, item.row)
    if amounts:
        for amount in loaded.amounts:
            add(amount.figure, amount.row, amount.label)
    return out
