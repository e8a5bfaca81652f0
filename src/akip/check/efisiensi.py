"""efisiensi (efisiensi anggaran: the efficiency tables and the boxes beside each indicator).

An efficiency row prints an indicator's capaian kinerja, the penyerapan of its programs and
the index capaian / penyerapan. The penyerapan of a group of programs is the ratio of their
sums (``MEAN_OF_RATIOS`` when it is the mean of their ratios), from each program's consensus
pagu and realisasi (`akip.check.claims`); the capaian kinerja is the capaian of the
indicator's consensus target and realisasi. An index or category computed from a printed
penyerapan that is itself wrong is a consequence of that slip.

The "Efisiensi Anggaran" and "Nilai Anggaran" boxes of an indicator row refer to the row's
programs, else the indicator's, else its line: Σsisa / Σpagu and Σpagu (or Σrealisasi when
the row declares ``nilai_anggaran_measure = "realisasi"``).

References:
    - akip rules §3 (ratios of sums) and §4 (indeks efisiensi = capaian % / penyerapan %).
    - PermenPANRB 53/2014 (analisis efisiensi penggunaan sumber daya in the LKjIP).

Examples:
    Tabel 6 of the Dumai LKIP 2024 prints the mean of four programs' ratios; the ratio of
    their sums is 35.920.783.504 / 39.182.547.765 = 91,68 %:

    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> events = check_efficiency(Index(report.load("examples/dumai-2024.toml")))
    >>> [e.finding.expected for e in events if e.finding and e.finding.code == "MEAN_OF_RATIOS"][0]
    '91,68'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akip import anggaran, efisiensi
from akip._decimal import HUNDRED, ZERO, quotient, total
from akip.check.findings import (
    CAPAIAN,
    EFISIENSI,
    INDEKS,
    NILAI,
    PENYERAPAN,
    Event,
    Finding,
    Severity,
    agreed,
    agrees,
    compare,
    differs,
    not_computable,
    same_text,
    show,
    truncated,
    unchecked,
)
from akip.exceptions import AkipError
from akip.numbers import format_number, round_half_up

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from akip.check.claims import Index
    from akip.report import EfficiencyRow, Figure, Indicator, IndicatorRow

__all__ = ["check_boxes", "check_efficiency"]


def check_efficiency(index: Index) -> Iterator[Event]:
    """Every efficiency row: penyerapan, capaian kinerja, index and category."""
    for row in index.report.efficiency:
        yield from _row(index, row)


def _ratio_and_mean(group: list[anggaran.Amounts]) -> tuple[Decimal | None, Decimal]:
    """Penyerapan of a group as a ratio of sums, and the mean of its ratios (for the hint)."""
    try:
        return anggaran.group_total(group).penyerapan, anggaran.mean_of_penyerapan(group)
    except AkipError:
        return None, ZERO


def _row(index: Index, row: EfficiencyRow) -> Iterator[Event]:  # noqa: C901, PLR0912 - one branch per printed column
    ratio, mean = _ratio_and_mean(index.group(row.programs))
    if row.penyerapan is not None:
        if ratio is None:
            yield unchecked(row.penyerapan, "a program of the row has no pagu or realisasi")
        elif agrees(row.penyerapan, ratio):
            yield agreed(row.penyerapan, show(ratio, row.penyerapan), PENYERAPAN)
        elif agrees(row.penyerapan, mean):
            finding = Finding(
                "MEAN_OF_RATIOS",
                Severity.ERROR,
                str(row.penyerapan.where),
                row.penyerapan.text,
                show(ratio, row.penyerapan),
                PENYERAPAN,
                f"penyerapan of programs {', '.join(sorted(row.programs))} is the mean of their "
                f"ratios ({show(mean, row.penyerapan)}); Σrealisasi / Σpagu gives "
                f"{show(ratio, row.penyerapan)}",
            )
            yield differs(row.penyerapan, finding)
        else:
            yield from compare(row.penyerapan, ratio, "PCT_MISMATCH", PENYERAPAN, "penyerapan")
    year = index.report.year
    indicator = index.indicators[row.indicator]
    kinerja = index.capaian(indicator.id, year)
    realisasi = index.indicator_value(indicator.id, year, "realisasi").value
    if kinerja is None or realisasi is None:
        for figure in (row.capaian_kinerja, row.indeks, row.kategori):
            if figure is not None:
                yield unchecked(figure, f"{indicator.id} has no target and realisasi of {year}")
        return
    if row.capaian_kinerja is not None:
        why = (
            "the realisasi is printed where the capaian is named"
            if row.capaian_kinerja.value == realisasi
            else ""
        )
        yield from compare(
            row.capaian_kinerja, kinerja, "CAPAIAN_MISMATCH", CAPAIAN, "capaian kinerja", why
        )
    if row.indeks is not None:
        if ratio is None:
            yield unchecked(row.indeks, "a program of the row has no pagu or realisasi")
            if row.kategori is not None:
                yield unchecked(row.kategori, "a program of the row has no pagu or realisasi")
        else:
            yield from _indeks(row, row.indeks, kinerja=kinerja, ratio=ratio, realisasi=realisasi)
    elif row.kategori is not None:
        yield unchecked(row.kategori, "the row prints no index")


def _indeks(  # noqa: C901, PLR0912 - the hints name how the printed index was made
    row: EfficiencyRow, indeks: Figure, *, kinerja: Decimal, ratio: Decimal, realisasi: Decimal
) -> Iterator[Event]:
    printed_penyerapan = row.penyerapan
    inputs = tuple(f for f in (row.penyerapan, row.capaian_kinerja) if f is not None)
    try:
        expected = efisiensi.indeks_efisiensi(kinerja, ratio)
    except AkipError as exc:
        yield not_computable(indeks, INDEKS, exc)
        if row.kategori is not None:
            yield unchecked(row.kategori, "the index cannot be computed")
        return
    if agrees(indeks, expected):
        yield agreed(indeks, format_number(round_half_up(expected, 2), 2), INDEKS)
    else:
        hints = []
        if printed_penyerapan is not None and printed_penyerapan.value > 0:
            used = quotient(realisasi, printed_penyerapan.value)
            if agrees(indeks, used) or truncated(indeks, used):
                hints.append(
                    f"the report divided realisasi {realisasi:f} by penyerapan "
                    f"{printed_penyerapan.text}, not capaian by penyerapan"
                )
            used = quotient(kinerja, printed_penyerapan.value)
            if truncated(indeks, used) and not agrees(indeks, used):
                hints.append(f"{kinerja:.2f} / {printed_penyerapan.text} cut off, not rounded")
            else:
                plain = quotient(realisasi, printed_penyerapan.value)
                if truncated(indeks, plain) and not agrees(indeks, plain):
                    hints.append(
                        f"{realisasi:f} / {printed_penyerapan.text} = {plain:.4f} is cut off "
                        "to the printed decimals, not rounded HALF_UP"
                    )
        finding = Finding(
            "RATIO_MISMATCH",
            Severity.ERROR,
            str(indeks.where),
            indeks.text,
            format_number(round_half_up(expected, 2), 2, locale=indeks.locale),
            INDEKS,
            f"capaian {kinerja:.2f} / penyerapan {ratio:.2f} = {expected:.4f}"
            + (f"; {'; '.join(hints)}" if hints else ""),
        )
        yield differs(indeks, finding, inputs)
    if indeks.percent_sign:
        finding = Finding(
            "PLAUSIBILITY",
            Severity.INFO,
            str(indeks.where),
            indeks.text,
            indeks.text.rstrip().removesuffix("%").rstrip(),
            INDEKS,
            "an efficiency index is a ratio (1 = standard), not a percentage",
        )
        yield differs(indeks, finding)
    kategori = row.kategori
    if kategori is not None:
        label = efisiensi.kategori_efisiensi(expected).label
        if same_text(kategori.text, label):
            yield agreed(kategori, label, INDEKS)
        else:
            finding = Finding(
                "CATEGORY_MISMATCH",
                Severity.ERROR,
                str(kategori.where),
                kategori.text,
                label,
                INDEKS,
                f"an index of {expected:.4f} is {label}",
            )
            yield differs(kategori, finding, (indeks,))


# ---------------------------------------------------------------- indicator boxes
def _box_lines(indicator: Indicator, row: IndicatorRow) -> tuple[str, ...]:
    """The budget lines a row's boxes refer to: the row's, else the indicator's."""
    if row.programs:
        return row.programs
    if indicator.programs:
        return indicator.programs
    return (indicator.line,) if indicator.line is not None else ()


def check_boxes(index: Index) -> Iterator[Event]:
    """The "Efisiensi Anggaran" and "Nilai Anggaran" boxes beside each indicator's analysis."""
    for indicator in index.report.indicators:
        for row in indicator.rows:
            boxes = [f for f in (row.efisiensi_anggaran, row.nilai_anggaran) if f is not None]
            if not boxes:
                continue
            lines = _box_lines(indicator, row)
            group = index.group(lines) if row.year == index.report.year else []
            if not group:
                reason = (
                    "the boxes name no budget line"
                    if not lines
                    else "budget rows are of the report year only"
                    if row.year != index.report.year
                    else "a budget line of the box has no pagu or realisasi"
                )
                for figure in boxes:
                    yield unchecked(figure, reason)
                continue
            names = ", ".join(sorted(lines))
            if row.efisiensi_anggaran is not None:
                yield from _efisiensi_box(row.efisiensi_anggaran, group, names)
            if row.nilai_anggaran is not None:
                yield from _nilai_box(
                    row.nilai_anggaran, row.nilai_anggaran_measure, _sums(group), names
                )


def _sums(group: list[anggaran.Amounts]) -> dict[str, Decimal]:
    """Σpagu and Σrealisasi of amounts read from printed rows (realisasi always present)."""
    return {
        "pagu": total(item.pagu for item in group),
        "realisasi": total(item.realisasi or ZERO for item in group),
    }


def _efisiensi_box(figure: Figure, group: list[anggaran.Amounts], names: str) -> Iterator[Event]:
    whole = anggaran.group_total(group)
    try:
        exact = whole.efisiensi_anggaran
        mean = total([HUNDRED, anggaran.mean_of_penyerapan(group).copy_negate()], exact=False)
    except AkipError:  # a pagu of 0 or a negative amount: nothing to compare with
        yield unchecked(figure, "the programs' pagu is 0 or an amount is negative", EFISIENSI)
        return
    if agrees(figure, exact):
        yield agreed(figure, show(exact, figure), EFISIENSI)
        return
    if len(group) > 1 and agrees(figure, mean):
        finding = Finding(
            "MEAN_OF_RATIOS",
            Severity.ERROR,
            str(figure.where),
            figure.text,
            show(exact, figure),
            EFISIENSI,
            f"efisiensi anggaran of {names} is 100 − the mean of their penyerapan "
            f"({show(mean, figure)}); Σsisa / Σpagu gives {show(exact, figure)}",
        )
        yield differs(figure, finding)
        return
    why = ""
    if agrees(figure, whole.penyerapan):
        why = "the penyerapan is printed where the efisiensi anggaran is named"
    yield from compare(
        figure, exact, "PCT_MISMATCH", EFISIENSI, f"efisiensi anggaran of {names}", why
    )


def _nilai_box(
    figure: Figure, declared: str | None, sums: dict[str, Decimal], names: str
) -> Iterator[Event]:
    measure = declared or "pagu"
    other = "realisasi" if measure == "pagu" else "pagu"
    exact, alternative = sums[measure], sums[other]
    if agrees(figure, exact):
        yield agreed(figure, show(exact, figure), NILAI)
        return
    if declared is None and agrees(figure, alternative):
        finding = Finding(
            "SUM_MISMATCH",
            Severity.INFO,
            str(figure.where),
            figure.text,
            show(exact, figure),
            NILAI,
            f"'Nilai Anggaran' prints the realisasi of {names}, not their pagu "
            f'{show(exact, figure)}; declare nilai_anggaran_measure = "realisasi" on the '
            "row if that is what the box means",
        )
        yield differs(figure, finding)
        yield unchecked(figure, "the box does not declare which sum it prints", NILAI)
        return
    why = f"it is the {other} sum" if agrees(figure, alternative) else ""
    yield from compare(
        figure, exact, "SUM_MISMATCH", NILAI, f"nilai anggaran ({measure} of {names})", why
    )
