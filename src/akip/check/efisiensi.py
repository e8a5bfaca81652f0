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

from typing import TYPE_CHECKING, Final

from akip import anggaran, efisiensi
from akip._decimal import HUNDRED, ZERO, places_of, quotient, total
from akip._i18n import N_, Message, joined
from akip.check.claims import reads_index
from akip.check.findings import (
    CAPAIAN,
    EFISIENSI,
    INDEKS,
    NILAI,
    PENYERAPAN,
    REALISASI_AS_CAPAIAN,
    TINGKAT,
    Event,
    Finding,
    Severity,
    agreed,
    agrees,
    differs,
    judge,
    not_computable,
    same_text,
    show,
    truncated,
    unchecked,
)
from akip.exceptions import AkipError
from akip.numbers import format_number

if TYPE_CHECKING:
    from collections.abc import Generator, Iterator
    from decimal import Decimal

    from akip.check.claims import Index
    from akip.report import EfficiencyRow, Figure, Indicator, IndicatorRow

__all__ = ["check_boxes", "check_efficiency"]

#: Why the capaian kinerja of a row without an indicator is not checked.
UNIT_CAPAIAN: Final = Message(
    N_("the unit's overall capaian kinerja, printed without an indicator: an input of its index")
)
# Why a figure is not checked, or how it agrees (the ledger's reasons).
_NO_AMOUNTS: Final = Message(N_("a program of the row has no pagu or realisasi"))
_NO_PROGRAM: Final = Message(N_("the row names no program: an input of its index"))
_NO_INDEX: Final = Message(N_("the row prints no index"))
_DECLARED_SE: Final = Message(N_("the report's declared SE"))
_OWN_SE: Final = Message(N_("the row's own standar efisiensi: an input of its TE"))
_NO_KINERJA: Final = Message(N_("the row prints no capaian kinerja and names no indicator"))
_INDEX_NOT_COMPUTABLE: Final = Message(N_("the index cannot be computed"))
_NO_BOX_LINE: Final = Message(N_("the boxes name no budget line"))
_REPORT_YEAR_ONLY: Final = Message(N_("budget rows are of the report year only"))
_NO_BOX_AMOUNTS: Final = Message(N_("a budget line of the box has no pagu or realisasi"))
_NO_BOX_PAGU: Final = Message(N_("the programs' pagu is 0 or an amount is negative"))
_UNDECLARED_SUM: Final = Message(N_("the box does not declare which sum it prints"))


@reads_index
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
            yield unchecked(row.penyerapan, _NO_AMOUNTS)
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
                Message(
                    N_(
                        "penyerapan of programs {programs} is the mean of their ratios ({mean}); "
                        "Σrealisasi / Σpagu gives {expected}"
                    ),
                    programs=", ".join(sorted(row.programs)),
                    mean=show(mean, row.penyerapan),
                    expected=show(ratio, row.penyerapan),
                ),
            )
            yield differs(row.penyerapan, finding)
        else:
            yield judge(row.penyerapan, ratio, "PCT_MISMATCH", PENYERAPAN, "penyerapan")
    kinerja, realisasi, missing = yield from _kinerja(index, row)
    if not row.programs and row.penyerapan is not None:
        # A row printing only percentages (no rupiah): checked from those percentages.
        yield unchecked(row.penyerapan, _NO_PROGRAM)
        ratio = row.penyerapan.value
        if row.capaian_kinerja is not None and (kinerja is None or realisasi is None):
            kinerja = row.capaian_kinerja.value
            realisasi = kinerja if realisasi is None else realisasi
            yield unchecked(row.capaian_kinerja, missing)
    if kinerja is None or realisasi is None:
        for figure in (row.capaian_kinerja, row.indeks, row.kategori, row.te, row.standard):
            if figure is not None:
                yield unchecked(figure, missing)
        return
    if row.capaian_kinerja is not None and row.indicator is not None:
        why = REALISASI_AS_CAPAIAN if row.capaian_kinerja.value == realisasi else ""
        yield judge(
            row.capaian_kinerja, kinerja, "CAPAIAN_MISMATCH", CAPAIAN, "capaian kinerja", why
        )
    aturan = _aturan(index, row)
    if row.indeks is not None:
        if ratio is None:
            for figure in (row.indeks, row.kategori, row.te):
                if figure is not None:
                    yield unchecked(figure, _NO_AMOUNTS)
        else:
            yield from _indeks(
                row, row.indeks, kinerja=kinerja, ratio=ratio, realisasi=realisasi, aturan=aturan
            )
    else:
        for figure in (row.kategori, row.te):
            if figure is not None:
                yield unchecked(figure, _NO_INDEX)
    if row.standard is not None:
        rule = index.report.efficiency_rule
        if rule is not None and row.standard.value == rule.standard:
            yield agreed(row.standard, row.standard.text, TINGKAT, _DECLARED_SE)
        else:
            yield unchecked(row.standard, _OWN_SE)


def _kinerja(
    index: Index, row: EfficiencyRow
) -> Generator[Event, None, tuple[Decimal | None, Decimal | None, str]]:
    """The capaian kinerja and realisasi a row's index is made of, and why they may be missing.

    Those of the row's indicator (their consensus); a row without an indicator prints the
    unit's overall capaian kinerja (e.g. BPOM's "realisasi kinerja"): an input, since the
    indicators it summarises are not in the file.
    """
    year = index.report.year
    if row.indicator is None:
        if row.capaian_kinerja is None:
            return None, None, _NO_KINERJA
        yield unchecked(row.capaian_kinerja, UNIT_CAPAIAN)
        value = row.capaian_kinerja.value
        return value, value, UNIT_CAPAIAN
    indicator = index.indicators[row.indicator]
    kinerja = index.capaian(indicator.id, year)
    realisasi = index.indicator_value(indicator.id, year, "realisasi").value
    return (
        kinerja,
        realisasi,
        Message(
            N_("{indicator} has no target and realisasi of {year}"),
            indicator=indicator.id,
            year=str(year),
        ),
    )


def _aturan(index: Index, row: EfficiencyRow) -> efisiensi.Aturan:
    """The efficiency rule of *row*: the report's (``[report.efficiency_rule]``), else IE ≥ 1.

    A row printing its own standard SE uses it.
    """
    rule = index.report.efficiency_rule
    aturan = rule.aturan() if rule is not None else efisiensi.Aturan()
    if row.standard is not None and row.standard.value > 0:
        bound = aturan.upper_bound
        if bound is not None and bound < row.standard.value:
            bound = None
        aturan = efisiensi.Aturan(row.standard.value, aturan.efisien_if, bound)
    return aturan


def _tingkat(
    te: Figure, expected: Decimal, aturan: efisiensi.Aturan, indeks: Figure
) -> Iterator[Event]:
    """The printed TE = IE − SE of the exact index, at its printed decimals."""
    yield judge(
        te,
        aturan.tingkat(expected),
        "RATIO_MISMATCH",
        TINGKAT,
        f"tingkat efisiensi (IE − SE, SE {_n(aturan.standar, places_of(aturan.standar), te)})",
        inputs=(indeks,),
    )


def _indeks(  # noqa: C901, PLR0912 - the hints name how the printed index was made
    row: EfficiencyRow,
    indeks: Figure,
    *,
    kinerja: Decimal,
    ratio: Decimal,
    realisasi: Decimal,
    aturan: efisiensi.Aturan,
) -> Iterator[Event]:
    printed_penyerapan = row.penyerapan
    inputs = tuple(f for f in (row.penyerapan, row.capaian_kinerja) if f is not None)
    try:
        expected = efisiensi.indeks_efisiensi(kinerja, ratio)
    except AkipError as exc:
        yield not_computable(indeks, INDEKS, exc)
        for figure in (row.kategori, row.te):
            if figure is not None:
                yield unchecked(figure, _INDEX_NOT_COMPUTABLE)
        return
    if row.te is not None:
        yield from _tingkat(row.te, expected, aturan, indeks)
    if agrees(indeks, expected):
        yield agreed(indeks, _shown_index(expected, indeks), INDEKS)
    else:
        hints = []
        if printed_penyerapan is not None and printed_penyerapan.value > 0:
            used = quotient(realisasi, printed_penyerapan.value)
            if agrees(indeks, used) or truncated(indeks, used):
                hints.append(
                    Message(
                        N_(
                            "the report divided realisasi {realisasi} by penyerapan {penyerapan}, "
                            "not capaian by penyerapan"
                        ),
                        realisasi=_n(realisasi, places_of(realisasi), indeks),
                        penyerapan=printed_penyerapan.text,
                    )
                )
            used = quotient(kinerja, printed_penyerapan.value)
            if truncated(indeks, used) and not agrees(indeks, used):
                hints.append(
                    Message(
                        N_("{capaian} / {penyerapan} cut off, not rounded"),
                        capaian=_n(kinerja, 2, indeks),
                        penyerapan=printed_penyerapan.text,
                    )
                )
            else:
                plain = quotient(realisasi, printed_penyerapan.value)
                if truncated(indeks, plain) and not agrees(indeks, plain):
                    hints.append(
                        Message(
                            N_(
                                "{realisasi} / {penyerapan} = {index} is cut off to the printed "
                                "decimals, not rounded HALF_UP"
                            ),
                            realisasi=_n(realisasi, places_of(realisasi), indeks),
                            penyerapan=printed_penyerapan.text,
                            index=_n(plain, 4, indeks),
                        )
                    )
        finding = Finding(
            "RATIO_MISMATCH",
            Severity.ERROR,
            str(indeks.where),
            indeks.text,
            _shown_index(expected, indeks),
            INDEKS,
            joined(
                "; ",
                [
                    Message(
                        N_("capaian {capaian} / penyerapan {penyerapan} = {index}"),
                        capaian=_n(kinerja, 2, indeks) + "%",
                        penyerapan=_n(ratio, 2, indeks) + "%",
                        index=_n(expected, 4, indeks),
                    ),
                    *hints,
                ],
            ),
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
            Message(N_("an efficiency index is a ratio (1 = standard), not a percentage")),
        )
        yield differs(indeks, finding)
    kategori = row.kategori
    if kategori is not None:
        label = aturan.classify(expected).label
        rule = (
            INDEKS if index_rule_is_default(aturan) else joined("; ", [INDEKS, _rule_text(aturan)])
        )
        if same_text(kategori.text, label):
            yield agreed(kategori, label, rule)
        else:
            finding = Finding(
                "CATEGORY_MISMATCH",
                Severity.ERROR,
                str(kategori.where),
                kategori.text,
                label,
                rule,
                Message(
                    N_("an index of {index} is {label} ({rule})"),
                    index=_n(expected, 4, indeks),
                    label=label,
                    rule=_rule_text(aturan),
                ),
            )
            yield differs(kategori, finding, (indeks,))


def index_rule_is_default(aturan: efisiensi.Aturan) -> bool:
    """Whether *aturan* is the default rule IE ≥ 1."""
    return aturan == efisiensi.Aturan()


def _rule_text(aturan: efisiensi.Aturan) -> str:
    """The rule in words: ``"Efisien when IE > SE = 1"``, ``"… 1 ≤ IE ≤ 1,81"``."""
    se = format_number(aturan.standar, places_of(aturan.standar))
    sign = "≥" if aturan.efisien_if == "ge" else ">"
    if aturan.upper_bound is None:
        return Message(N_("Efisien when IE {sign} SE = {se}"), sign=sign, se=se)
    upper = format_number(aturan.upper_bound, places_of(aturan.upper_bound))
    return Message(N_("Efisien when {upper} ≥ IE {sign} SE = {se}"), upper=upper, sign=sign, se=se)


def _shown_index(value: Decimal, like: Figure) -> str:
    """An index printed like *like*, with at least two decimals (``1,31``, ``1,063``)."""
    return format_number(value, max(2, like.decimals), locale=like.locale)


def _n(value: Decimal, places: int, like: Figure) -> str:
    """*value* in the number style of *like*, to *places* decimals."""
    return format_number(value, places, locale=like.locale)


# ---------------------------------------------------------------- indicator boxes
def _box_lines(index: Index, indicator: Indicator, row: IndicatorRow) -> tuple[str, ...]:
    """The budget lines a row's boxes refer to: the row's, else the indicator's.

    With neither, the lines printed for the indicator (``indicator`` on a budget line), else
    the indicator's output line.
    """
    if row.programs:
        return row.programs
    if indicator.programs:
        return indicator.programs
    printed_for = tuple(
        sorted(line.id for line in index.report.budget if line.indicator == indicator.id)
    )
    if printed_for:
        return printed_for
    return (indicator.line,) if indicator.line is not None else ()


@reads_index
def check_boxes(index: Index) -> Iterator[Event]:
    """The "Efisiensi Anggaran" and "Nilai Anggaran" boxes beside each indicator's analysis."""
    for indicator in index.report.indicators:
        for row in indicator.rows:
            boxes = [f for f in (row.efisiensi_anggaran, row.nilai_anggaran) if f is not None]
            if not boxes:
                continue
            lines = _box_lines(index, indicator, row)
            group = index.group(lines) if row.year == index.report.year else []
            if not group:
                reason = (
                    _NO_BOX_LINE
                    if not lines
                    else _REPORT_YEAR_ONLY
                    if row.year != index.report.year
                    else _NO_BOX_AMOUNTS
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
        yield unchecked(figure, _NO_BOX_PAGU, EFISIENSI)
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
            Message(
                N_(
                    "efisiensi anggaran of {programs} is 100 − the mean of their penyerapan "
                    "({mean}); Σsisa / Σpagu gives {expected}"
                ),
                programs=names,
                mean=show(mean, figure),
                expected=show(exact, figure),
            ),
        )
        yield differs(figure, finding)
        return
    why = ""
    if agrees(figure, whole.penyerapan):
        why = Message(N_("the penyerapan is printed where the efisiensi anggaran is named"))
    what = Message(N_("efisiensi anggaran of {programs}"), programs=names)
    yield judge(figure, exact, "PCT_MISMATCH", EFISIENSI, what, why)


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
            Message(
                N_(
                    "'Nilai Anggaran' prints the realisasi of {programs}, not their pagu "
                    '{expected}; declare nilai_anggaran_measure = "realisasi" on the row if that '
                    "is what the box means"
                ),
                programs=names,
                expected=show(exact, figure),
            ),
        )
        yield differs(figure, finding)
        yield unchecked(figure, _UNDECLARED_SUM, NILAI)
        return
    why = (
        Message(N_("it is the {measure} sum"), measure=other)
        if agrees(figure, alternative)
        else ""
    )
    what = Message(N_("nilai anggaran ({measure} of {programs})"), measure=measure, programs=names)
    yield judge(figure, exact, "SUM_MISMATCH", NILAI, what, why)
