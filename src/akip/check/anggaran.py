"""anggaran (realisasi anggaran: every budget line of a report re-checked).

Each budget line's pagu (of each version: murni, perubahan, and the latest the rows print)
and realisasi is one quantity; the places printing it are compared with their consensus
(`akip.check.consensus`), so Tabel 5 printing 32.251.179.390 for a realisasi every other
table prints 32.252.179.390 is a finding at that cell. A row's penyerapan and sisa are
recomputed from the consensus pagu and realisasi; a parent's figures at a place are the sum
of its children's figures at that place (a parent whose sum is off because a child's figure
slipped is a consequence of that slip). Fisik: capaian fisik = realisasi / target, units are
never added, and a target fisik is the latest Perjanjian Kinerja's target of the line's
output indicator (a murni target a perubahan replaced is ``SUPERSEDED_TARGET``).

References:
    - Kepmendagri 050-5889/2021 (the budget tree); akip rules §3 (ratios of sums).
    - PermenPANRB 53/2014 (Perjanjian Kinerja perubahan).

Examples:
    Tabel 3 prints program 4's pagu as 3.533.515.000; six other places print 3.533.511.000:

    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> events = check_budget(Index(report.load("examples/dumai-2024.toml")))
    >>> [e.finding.expected for e in events if e.finding and e.subject.where.place == "Tabel 3"
    ...  and e.finding.code == "CROSS_TABLE_CONFLICT"]
    ['3.533.511.000']
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Final

from akip import anggaran, fisik, periode
from akip._decimal import EXPONENT_LIMIT, percent, places_of, quotient, total
from akip._i18n import N_, Message
from akip.check.claims import reads_index
from akip.check.consensus import conflicts
from akip.check.findings import (
    FISIK,
    PENYERAPAN,
    SUM,
    SUPERSEDED,
    Event,
    Finding,
    Severity,
    agreed,
    agreement,
    agrees,
    differs,
    disagreement,
    judge,
    not_computable,
    number,
    show,
    unchecked,
)
from akip.exceptions import AkipError
from akip.numbers import format_number

if TYPE_CHECKING:
    from collections.abc import Iterator

    from akip.check.claims import Index
    from akip.report import BudgetLine, BudgetRow, Figure, Indicator

__all__ = ["check_budget"]

_STORY = Message(N_("fisik and keuangan of one sub kegiatan should tell the same story"))
#: What a mean of the leaves' penyerapan is a mean of (in the message).
_RATIOS = Message(N_("ratios"))
_PERCENTAGES = Message(N_("printed percentages"))
_PERIODS = Message(N_("realisasi: the sum of its periods"))

# Why a figure is not checked (the ledger's reasons).
_NO_AMOUNTS: Final = Message(N_("the line prints no pagu or realisasi"))
_ZERO_PAGU: Final = Message(N_("a pagu of 0 has no penyerapan"))
_NO_PAGU_AND_REALISASI: Final = Message(N_("the row prints no pagu and realisasi"))
_ZERO_FISIK: Final = Message(N_("a target fisik of 0 has no capaian"))
_NO_JUMLAH: Final = Message(N_("the row prints no realisasi (Jumlah) to sum into"))
_SEE_TARGET_FISIK: Final = Message(N_("see the target fisik (mixed units)"))


@reads_index
def check_budget(index: Index) -> Iterator[Event]:
    """Every budget line: its quantities across tables, its rows, its sums per table."""
    outputs: dict[str, list[Indicator]] = defaultdict(list)
    for indicator in index.report.indicators:
        if indicator.line is not None:
            outputs[indicator.line].append(indicator)
    for line in index.report.budget:
        kids = index.children.get(line.id, ())
        yield from _quantities(index, line)
        for row in line.rows:
            yield from _row(index, line, row, outputs.get(line.id, []))
        if kids:  # the sums of a line without children (most of them) are no sums
            yield from _sums(line, kids)
            yield from _mixed_units(line, kids)
            yield from _version_sums(line, kids)


def _quantities(index: Index, line: BudgetLine) -> Iterator[Event]:
    versions = {p.version for p in line.pagu}
    quantities: list[tuple[str, str | None]] = [("pagu", None), ("realisasi", None)]
    if "perubahan" in versions and "murni" in versions:
        quantities.append(("pagu", "murni"))
    for measure, version in quantities:
        consensus = index.line_value(line.id, measure, version)
        value, children = consensus.value, consensus.recomputed
        no_sum = value is None or children is None or not consensus.figures or value == children
        if no_sum and len(consensus.figures) < 2:  # noqa: PLR2004 - one place
            continue  # nothing to compare (most lines): their name is not needed
        what = f"{line.name}: {measure}{' ' + version if version else ''}"
        yield from conflicts(consensus, what)
        if value is None or children is None or no_sum:
            continue
        # The places agree on a total their children's consensus does not give: each is
        # a consequence of the children printed differently there.
        slipped = tuple(
            f
            for kid in index.children.get(line.id, ())
            for f in index.line_value(kid.id, measure, version).figures
            if f.value != index.line_value(kid.id, measure, version).value
        )
        for figure in consensus.figures:
            if figure.value == value:
                yield judge(
                    figure,
                    children,
                    "SUM_MISMATCH",
                    SUM,
                    Message(N_("{what}: the sum of its children's consensus"), what=what),
                    inputs=slipped,
                )


def _row(  # noqa: C901, PLR0912 - one branch per printed column
    index: Index, line: BudgetLine, row: BudgetRow, outputs: list[Indicator]
) -> Iterator[Event]:
    if row.realisasi_periode:
        yield from _periods(row)
    pagu = index.line_value(line.id, "pagu").value
    realisasi = index.line_value(line.id, "realisasi").value
    if row.period is not None:
        # The penyerapan up to a period is of the period's realisasi.
        realisasi = row.realisasi.value if row.realisasi is not None else None
    pagu = pagu if pagu is not None else (row.pagu.value if row.pagu else None)
    realisasi = (
        realisasi if realisasi is not None else (row.realisasi.value if row.realisasi else None)
    )
    inputs = tuple(f for f in (row.pagu, row.realisasi) if f is not None)
    if row.penyerapan is not None:
        # The row's own pagu and realisasi, else the line's amounts (of its children).
        sums: tuple[Decimal, Decimal | None] | None = None
        if row.pagu is not None and pagu is not None and realisasi is not None:
            sums = (pagu, realisasi)
        elif row.period is None and (amounts := index.amounts(line.id)) is not None:
            sums = (amounts.pagu, amounts.realisasi)
        if sums is None or sums[1] is None:
            yield unchecked(row.penyerapan, _NO_AMOUNTS, PENYERAPAN)
        elif sums[0] == 0:
            yield unchecked(row.penyerapan, _ZERO_PAGU, PENYERAPAN)
        else:
            try:
                exact = penyerapan_of(sums[0], sums[1])
            except AkipError as exc:
                yield not_computable(row.penyerapan, PENYERAPAN, exc)
            else:
                yield _penyerapan(index, line, row, row.penyerapan, exact, inputs)
    if row.sisa is not None:
        if pagu is not None and realisasi is not None and row.pagu and row.realisasi:
            try:
                exact = anggaran.sisa(pagu, realisasi)
            except AkipError as exc:
                yield not_computable(row.sisa, SUM, exc)
            else:
                yield judge(row.sisa, exact, "SUM_MISMATCH", SUM, "sisa anggaran", inputs=inputs)
        else:
            yield unchecked(row.sisa, _NO_PAGU_AND_REALISASI, SUM)
    if row.fisik_target is not None or row.fisik_capaian is not None:
        yield from _fisik(index, line, row, outputs)


def penyerapan_of(pagu: Decimal, realisasi: Decimal) -> Decimal:
    """`akip.anggaran.penyerapan` of two of the check's own values, in akip's context.

    Where its checks cannot fail (finite values within akip's range, a pagu above 0, a
    realisasi not below it) the quotient is taken at once; anything else goes through
    `akip.anggaran.penyerapan`, which refuses it as it always has.
    """
    if (
        pagu.__class__ is Decimal
        and realisasi.__class__ is Decimal
        and pagu.is_finite()
        and realisasi.is_finite()
        and -EXPONENT_LIMIT <= pagu.adjusted() <= EXPONENT_LIMIT
        and -EXPONENT_LIMIT <= realisasi.adjusted() <= EXPONENT_LIMIT
        and pagu > 0
        and realisasi >= 0
    ):
        return percent(realisasi, pagu)
    return anggaran.penyerapan(pagu, realisasi)


def _penyerapan(  # noqa: PLR0917 - one printed penyerapan and what it is compared with
    index: Index,
    line: BudgetLine,
    row: BudgetRow,
    figure: Figure,
    exact: Decimal,
    inputs: tuple[Figure, ...],
) -> Event:
    """The verdict on a row's printed penyerapan: the ratio of sums, else a mean of ratios."""
    if agrees(figure, exact):
        return agreement(figure, PENYERAPAN, inputs)
    mean = _mean(index, line, row)
    if mean is None or not agrees(figure, mean[0]):
        return disagreement(figure, exact, "PCT_MISMATCH", PENYERAPAN, "penyerapan", inputs=inputs)
    finding = Finding(
        "MEAN_OF_RATIOS",
        Severity.WARNING,
        str(figure.where),
        figure.text,
        show(exact, figure),
        PENYERAPAN,
        Message(
            N_(
                "penyerapan of {line} is the mean of its {count} lines' "
                "{means} ({mean}); Σrealisasi / Σpagu gives {expected}"
            ),
            line=line.name,
            count=str(mean[2]),
            means=mean[1],
            mean=show(mean[0], figure),
            expected=show(exact, figure),
        ),
    )
    return differs(figure, finding)


def _fisik(  # noqa: C901 - target, capaian and plausibility of one row
    index: Index, line: BudgetLine, row: BudgetRow, outputs: list[Indicator]
) -> Iterator[Event]:
    target, done = row.fisik_target, row.fisik_realisasi
    reference = target.value if target is not None else None
    if target is not None and row.fisik_unit is not None:
        unit = row.fisik_unit.casefold()
        for indicator in outputs:
            pk = index.pk_target(indicator.id, index.report.year)
            if indicator.unit.casefold() != unit or pk is None:
                continue
            reference, declared, superseded = pk
            places = ", ".join(sorted({t.value.where.place for t in declared}))
            what = f"{line.name}: target fisik ({indicator.id})"
            if target.value == reference:
                yield agreed(
                    target,
                    target.text,
                    SUPERSEDED,
                    Message(N_("the latest PK ({places})"), places=places),
                )
            elif superseded is not None and target.value == superseded:
                finding = Finding(
                    "SUPERSEDED_TARGET",
                    Severity.ERROR,
                    str(target.where),
                    target.text,
                    show(reference, target),
                    SUPERSEDED,
                    Message(
                        N_(
                            "{what}: {printed} {unit} is the murni target; the perubahan "
                            "({places}) sets {expected}"
                        ),
                        what=what,
                        printed=target.text,
                        unit=row.fisik_unit,
                        places=places,
                        expected=number(reference, target),
                    ),
                )
                yield differs(target, finding)
            else:
                yield judge(target, reference, "CROSS_TABLE_CONFLICT", FISIK, what)
            break
    if target and done and row.fisik_capaian:
        if reference is not None and reference > 0:
            try:
                exact = fisik.capaian_fisik(reference, done.value)
            except AkipError as exc:
                yield not_computable(row.fisik_capaian, FISIK, exc)
            else:
                yield judge(
                    row.fisik_capaian,
                    exact,
                    "PCT_MISMATCH",
                    FISIK,
                    "capaian fisik",
                    inputs=(target, done),
                )
        else:
            yield unchecked(row.fisik_capaian, _ZERO_FISIK, FISIK)
    if (
        row.fisik_capaian is not None
        and row.realisasi is not None
        and row.fisik_capaian.value >= 100  # noqa: PLR2004 - fully achieved
        and row.realisasi.value == 0
        and row.pagu is not None
        and row.pagu.value > 0
    ):
        why = (
            Message(N_("; the report says: {problem}"), problem=row.permasalahan)
            if row.permasalahan
            else ""
        )
        finding = Finding(
            "PLAUSIBILITY",
            Severity.WARNING,
            str(row.fisik_capaian.where),
            row.fisik_capaian.text,
            None,
            _STORY,
            Message(
                N_("{line}: fisik {fisik} achieved with realisasi keuangan 0 of pagu {pagu}{why}"),
                line=line.name,
                fisik=row.fisik_capaian.text,
                pagu=row.pagu.text,
                why=why,
            ),
        )
        yield differs(row.fisik_capaian, finding)


def _n(value: Decimal, like: Figure) -> str:
    """A count or amount for a message, in the number style of *like*."""
    return format_number(value, places_of(value.normalize()), locale=like.locale)


def _periods(row: BudgetRow) -> Iterator[Event]:
    """A realisasi printed with its months or triwulans: their sum is the realisasi."""
    if not row.realisasi_periode:
        return
    periods = tuple(figure for _, figure in row.realisasi_periode)
    if row.realisasi is None:
        for figure in periods:
            yield unchecked(figure, _NO_JUMLAH)
        return
    value = periode.consolidate([f.value for f in periods], "sum")
    yield judge(
        row.realisasi,
        value,
        "SUM_MISMATCH",
        SUM,
        _PERIODS,
        inputs=periods,
    )


def _leaves(index: Index, line: BudgetLine) -> list[BudgetLine]:
    """The lines without children under *line*, through any number of levels, by id."""
    found: list[BudgetLine] = []
    stack = list(index.children.get(line.id, ()))
    seen: set[str] = {line.id}
    while stack:
        kid = stack.pop()
        if kid.id in seen:
            continue
        seen.add(kid.id)
        grandchildren = index.children.get(kid.id, ())
        if grandchildren:
            stack.extend(grandchildren)
        else:
            found.append(kid)
    return sorted(found, key=lambda leaf: leaf.id)


def _mean(index: Index, line: BudgetLine, row: BudgetRow) -> tuple[Decimal, str, int] | None:
    """The mean of the leaves' ratios that *row*'s printed penyerapan equals, if any.

    First the exact ratios of the leaves' consensus amounts, then their printed, rounded
    percentages at the row's place; ``None`` when the line has fewer than two leaves.
    """
    leaves = _leaves(index, line)
    if len(leaves) < 2:  # noqa: PLR2004 - a mean of one ratio is the ratio
        return None
    printed = row.penyerapan
    amounts = [index.amounts(leaf.id) for leaf in leaves]
    if all(a is not None and a.realisasi is not None and a.pagu > 0 for a in amounts):
        ratios = [
            anggaran.penyerapan(a.pagu, a.realisasi)
            for a in amounts
            if a is not None and a.realisasi is not None
        ]
        exact = quotient(total(ratios), Decimal(len(ratios)))
        if printed is not None and agrees(printed, exact):
            return exact, _RATIOS, len(leaves)
    shown = [_at(leaf, row.place) for leaf in leaves]
    percentages = [r.penyerapan.value for r in shown if r is not None and r.penyerapan]
    if len(percentages) != len(leaves):
        return None
    return (
        quotient(total(percentages), Decimal(len(percentages))),
        _PERCENTAGES,
        len(leaves),
    )


def _at(line: BudgetLine, place: str) -> BudgetRow | None:
    """The line's row at *place* (the first by row label when a table prints it twice)."""
    rows = [row for row in line.rows if row.place == place]
    return min(rows, key=lambda row: row.row or "") if rows else None


def _sums(line: BudgetLine, kids: tuple[BudgetLine, ...]) -> Iterator[Event]:
    if not kids:
        return
    for row in line.rows:
        found = [_at(kid, row.place) for kid in kids]
        kid_rows = [k for k in found if k is not None]
        if len(kid_rows) != len(kids):
            continue
        for measure in ("pagu", "realisasi"):
            figure: Figure | None = getattr(row, measure)
            parts: list[Figure | None] = [getattr(k, measure) for k in kid_rows]
            if figure is None or any(p is None for p in parts):
                continue
            values = [p for p in parts if p is not None]
            exact = total(p.value for p in values)
            yield judge(
                figure,
                exact,
                "SUM_MISMATCH",
                SUM,
                partial(Message, N_("{measure} of {line}"), measure=measure, line=line.name),
                inputs=tuple(values),
            )


def _mixed_units(line: BudgetLine, kids: tuple[BudgetLine, ...]) -> Iterator[Event]:
    for row in line.rows:
        if row.fisik_target is None or row.fisik_unit is None or row.fisik_unit == "%":
            continue
        lines = [
            fisik.FisikLine(kid.name, k.fisik_target.value, k.fisik_realisasi.value, k.fisik_unit)
            for kid in kids
            for k in kid.rows
            if k.place == row.place
            if k.fisik_target and k.fisik_realisasi and k.fisik_unit
        ]
        units = {item.satuan.casefold() for item in lines}
        if len(units) < 2 or row.fisik_unit.casefold() not in units:  # noqa: PLR2004
            continue
        same = fisik.sum_in_unit(lines, row.fisik_unit)
        left = [item for item in lines if item.name in same.left_out]
        like = row.fisik_target
        finding = Finding(
            "MIXED_UNITS",
            Severity.WARNING,
            str(row.fisik_target.where),
            f"{row.fisik_target.text} / "
            f"{row.fisik_realisasi.text if row.fisik_realisasi else '-'} {row.fisik_unit}",
            f"{_n(same.target, like)} / {_n(same.realisasi, like)} {row.fisik_unit} + "
            + ", ".join(
                f"{_n(i.target, like)} / {_n(i.realisasi, like)} {i.satuan}" for i in left
            ),
            FISIK,
            Message(
                N_("{line}: the fisik total adds only the {unit} lines and leaves out {left}"),
                line=line.name,
                unit=row.fisik_unit,
                left="; ".join(f"{i.name[:60]} ({_n(i.target, like)} {i.satuan})" for i in left),
            ),
        )
        yield differs(row.fisik_target, finding)
        if row.fisik_realisasi is not None:
            yield Event(row.fisik_realisasi, None, reason=_SEE_TARGET_FISIK)


def _version_sums(line: BudgetLine, kids: tuple[BudgetLine, ...]) -> Iterator[Event]:
    """A pagu table's total of a version is the sum of the children it prints there."""
    if not kids:
        return
    for pagu in line.pagu:
        figure = pagu.value
        parts = [
            p.value
            for kid in kids
            for p in kid.pagu
            if p.version == pagu.version and p.value.where.place == figure.where.place
        ]
        if len(parts) == len(kids):
            exact = total(p.value for p in parts)
            yield judge(
                figure,
                exact,
                "SUM_MISMATCH",
                SUM,
                f"pagu {pagu.version}",
                inputs=tuple(parts),
            )
