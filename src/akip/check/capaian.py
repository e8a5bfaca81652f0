"""capaian (capaian kinerja and its labels: every indicator row of a report re-checked).

For every indicator, year and measure the reference value is the consensus of the places
that print it (`akip.check.consensus`); a place printing another value is the slip. A
printed capaian is checked against the capaian of the **consensus** target and realisasi,
so a row that copies a slipped realisasi but prints the right capaian agrees (Dumai Tabel 5:
realisasi 95 % is the slip, capaian 104 % = 94 / 90 agrees). A capaian without inputs
anywhere is checked against the other places printing it. The predikat (Permendagri
86/2017) and the atribut are the bands of the recomputed capaian. The targets a report
declares (Renstra, RKT, PK murni, PK perubahan) are one quantity per year and document; the
rows' target is the latest Perjanjian Kinerja, and a row measured against a murni target a
perubahan superseded is ``SUPERSEDED_TARGET``.

References:
    - PermenPANRB 8/2021 (capaian = realisasi / target × 100; lower is better:
      (2·target − realisasi) / target × 100).
    - Permendagri 86/2017 (Skala Nilai Peringkat Kinerja).
    - PermenPANRB 53/2014 (Perjanjian Kinerja and its perubahan; Renstra → RKT → PK).

Examples:
    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> index = Index(report.load("examples/dumai-2024.toml"))
    >>> events = list(check_indicators(index))
    >>> iku1 = [e for e in events if e.subject is not None and e.status is not None
    ...         and e.subject.where.place == "Tabel 5"
    ...         and index.quantity[id(e.subject)][1] == "IKU1"]
    >>> sorted((e.subject.where.column, e.status.value) for e in iku1)
    [('capaian', 'agrees'), ('realisasi', 'differs'), ('target', 'agrees')]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from akip import atribut, capaian, periode, predikat
from akip._decimal import HUNDRED
from akip._i18n import N_, Message
from akip.check.claims import INDICATOR_MEASURES, VERSIONS, range_of, reads_index
from akip.check.consensus import conflicts, decide
from akip.check.findings import (
    ATRIBUT,
    CAPAIAN,
    CAPAIAN_MIN,
    CAPAIAN_T_OVER_R,
    CAPPED_AT_100,
    NATIONAL,
    PARTS,
    PERIODS,
    PREDIKAT,
    REALISASI_AS_CAPAIAN,
    Event,
    Finding,
    Severity,
    agreed,
    agreement,
    agrees,
    differs,
    disagreement,
    error_text,
    judge,
    not_computable,
    same_text,
    show,
    unchecked,
)
from akip.check.ledger import Status
from akip.exceptions import AkipError, BandError
from akip.numbers import ID_LOCALE, format_number

if TYPE_CHECKING:
    from collections.abc import Iterator

    from akip._bands import Scale
    from akip.check.claims import Index
    from akip.report import Figure, Indicator, IndicatorRow, Label

__all__ = ["check_indicators"]

_CASCADE = Message(
    N_("planning targets cascade: Renstra → RKT → Perjanjian Kinerja (PermenPANRB 53/2014)")
)

#: The consolidations of periods (`akip.periode`), in words.
_CONSOLIDATIONS: Final = {
    "sum": Message(N_("sum")),
    "last": Message(N_("last")),
    "average": Message(N_("average")),
}

_FRACTION: Final = Message(N_("realisasi from its pembilang / penyebut"))

# Why a figure is not checked, or how it agrees (the ledger's reasons).
_NO_RENSTRA_TARGET: Final = Message(N_("the row prints no target akhir Renstra or realisasi"))
_NO_FRACTION: Final = Message(N_("the row prints no realisasi, or only one of its parts"))
_NO_CONSOLIDATION: Final = Message(N_("the row prints no realisasi to consolidate into"))
_NO_NATIONAL: Final = Message(N_("no other place prints one national target of the year"))
_NO_TARGET: Final = Message(N_("the row prints no target"))
_UNIT_RULE: Final = Message(N_("one unit per indicator: its figures are counted per its unit"))
_NUMBERS: Final = re.compile(r"\d[\d.,]*\d|\d")
_ATRIBUT_LABEL: Final = Message(N_("the atribut scale's label"))
_SAME_AS_NEXT: Final = Message(N_("the same target as the next document"))
_ROWS_TARGET: Final = Message(N_("the target the rows print"))
_LATEST_PK_UNPRINTED: Final = Message(N_("the latest Perjanjian Kinerja; no row prints it"))


@functools.lru_cache(maxsize=256)
def _scale_rule(kind: str, named: str, source: str) -> str:
    """The rule of a label on a declared scale (one per scale and kind: made once)."""
    return Message(
        N_("{kind} on the scale {scale}{source}"), kind=kind, scale=repr(named), source=source
    )


@reads_index
def check_indicators(index: Index) -> Iterator[Event]:
    """Every indicator of the report: its quantities, rows, labels and planning targets."""
    for indicator in index.report.indicators:
        yield from _units(indicator)
        yield from _quantities(index, indicator)
        for row in indicator.rows:
            yield from _row(index, indicator, row)
        yield from _targets(index, indicator)


def _base(unit: str) -> tuple[str, ...]:
    """The numbers a unit holds, separators aside: ``per 100.000 penduduk`` → ``('100000',)``.

    Units are told apart only by their numbers (per 1000 is not per 100.000): their words
    vary from place to place for one unit ("kelahiran hidup", "lahir hidup", "KH").
    """
    return tuple(re.sub(r"[.,]", "", n) for n in _NUMBERS.findall(unit))


def _units(indicator: Indicator) -> Iterator[Event]:
    """This unit's figures printed per another base than the indicator's unit: a note each.

    "56,23 per 1000 peduduk" for an indicator per 100.000 penduduk is the same number of
    another quantity: information for a person to decide, never a verdict (the value is
    judged as printed). Only units holding a number are compared.
    """
    base = _base(indicator.unit)
    if not base:
        return
    figures = [t.value for t in indicator.targets] + [
        figure
        for row in indicator.rows
        if row.unit is None
        for figure in (row.target, row.realisasi, row.target_nasional)
        if figure is not None
    ]
    for figure in figures:
        if figure.unit is None or not (own := _base(figure.unit)) or own == base:
            continue
        finding = Finding(
            "CROSS_TABLE_CONFLICT",
            Severity.INFO,
            str(figure.where),
            figure.text,
            indicator.unit,
            _UNIT_RULE,
            Message(
                N_(
                    "{indicator}: the {column} is printed per another base ({printed}) than "
                    "the indicator's unit {unit}"
                ),
                indicator=indicator.id,
                column=figure.where.column,
                printed=repr(figure.unit),
                unit=repr(indicator.unit),
            ),
        )
        yield differs(figure, finding)


def _quantities(index: Index, indicator: Indicator) -> Iterator[Event]:
    """Target, realisasi and capaian of each year: the places that differ from the consensus."""
    keys = sorted({(row.year, row.period or "") for row in indicator.rows})
    for year, period in keys:
        for measure in INDICATOR_MEASURES:
            consensus = index.indicator_value(indicator.id, year, measure, period or None)
            if measure == "capaian" and consensus.recomputed is not None:
                continue  # each printed capaian is compared with the recomputation
            what = f"{indicator.id}: {measure} {year}{' ' + period if period else ''}"
            superseded = None
            if measure == "target" and not period:
                pk = index.pk_target(indicator.id, year)
                superseded = pk[2] if pk is not None else None
            rows_only = [f for f in consensus.figures if f.where.column == measure]
            if measure == "target" and not rows_only:
                continue  # the PK declarations alone: checked with the planning targets
            if len(consensus.figures) == 1 and measure == "target":
                yield unchecked(
                    consensus.figures[0],
                    Message(
                        N_(
                            "printed in one place only, and the report declares no Perjanjian "
                            "Kinerja target of {year}"
                        ),
                        year=str(year),
                    ),
                )
            yield from (
                event
                for event in conflicts(consensus, what, superseded)
                if event.subject is None or event.subject.where.column == measure
            )


def rule_of(indicator: Indicator, formula: str) -> str:
    """The capaian rule of *indicator* in words, with the lower-is-better formula used."""
    if indicator.polarity != "minimize":
        return CAPAIAN
    if formula == capaian.MinimizeFormula.T_OVER_R.value:
        return CAPAIAN_T_OVER_R
    return CAPAIAN_MIN


def _compute(index: Index, indicator: Indicator, target: Figure, realisasi: Decimal) -> Decimal:
    """The capaian of a printed target (a range too) and *realisasi*, on the report's formula."""
    return capaian.compute(
        range_of(target.value, (target,)),
        realisasi,
        indicator.polarity,
        minimize_formula=index.formula(indicator),
    )


def _row(  # noqa: C901 - one branch per printed column
    index: Index, indicator: Indicator, row: IndicatorRow
) -> Iterator[Event]:
    formula = index.formula(indicator)
    rule = rule_of(indicator, formula)
    yield from _parts(index, indicator, row)
    if row.target_nasional is not None:
        yield from _national(indicator, row, row.target_nasional)
    if row.unit is not None or row.other_target:
        yield from _own_row(index, indicator, row, rule)
        return
    exact = index.capaian(indicator.id, row.year, row.period)
    inputs = tuple(f for f in (row.target, row.realisasi) if f is not None)
    if row.capaian is not None:
        if exact is not None:
            yield _capaian(index, indicator, row, row.capaian, exact, rule, inputs)
        elif row.target is not None and row.realisasi is not None:
            # The year has no consensus target or realisasi (the places tie): the row's
            # capaian is judged on the row's own target and realisasi.
            try:
                own_capaian = _compute(index, indicator, row.target, row.realisasi.value)
            except AkipError as exc:
                yield Event(row.capaian, Status.NOT_COMPUTABLE, rule=rule, reason=error_text(exc))
            else:
                yield _capaian(index, indicator, row, row.capaian, own_capaian, rule, inputs)
    value = exact if exact is not None else (row.capaian.value if row.capaian else None)
    labels = (row.capaian,) if row.capaian is not None else inputs
    yield from _labels(index, indicator, row, value, labels)
    if row.kemajuan is not None:
        if row.target_renstra is not None and row.realisasi is not None:
            end, reached = row.target_renstra.value, row.realisasi.value
            try:
                progress = capaian.compute(
                    end, reached, indicator.polarity, minimize_formula=formula
                )
            except AkipError as exc:
                yield not_computable(row.kemajuan, rule, exc)
            else:
                yield judge(
                    row.kemajuan,
                    progress,
                    "CAPAIAN_MISMATCH",
                    rule,
                    "tingkat kemajuan Renstra",
                    inputs=(row.target_renstra, row.realisasi),
                )
        else:
            yield unchecked(row.kemajuan, _NO_RENSTRA_TARGET)


def _capaian(  # noqa: PLR0917 - one printed capaian and what it is compared with
    index: Index,
    indicator: Indicator,
    row: IndicatorRow,
    figure: Figure,
    exact: Decimal,
    rule: str,
    inputs: tuple[Figure, ...],
) -> Event:
    """A printed capaian against the exact one; a named other formula is a method hint."""
    if agrees(figure, exact):
        cap = index.cap(indicator)
        if cap is not None and exact == cap:
            before = index.uncapped(indicator.id, row.year, row.period)
            if before is not None and before > cap:
                return agreed(
                    figure,
                    figure.text,
                    rule,
                    Message(
                        N_("the capaian {capaian} capped at {cap}, the cap the report declares"),
                        capaian=_pct(before, figure.locale),
                        cap=show(cap, figure),
                    ),
                )
        return agreement(figure, rule, inputs)
    hint = _variant(index, indicator, row, figure, exact)
    if hint is not None:
        return differs(figure, hint, inputs)
    span = _span(index, indicator, row)
    if span is not None and span[0] <= figure.value <= span[1]:
        return agreed(
            figure,
            figure.text,
            rule,
            Message(
                N_(
                    "agrees with target and realisasi within their printed precision "
                    "({span}): the report computed from unrounded inputs"
                ),
                span=span_text(span, figure),
            ),
        )
    why = ""
    if row.realisasi is not None and figure.value == row.realisasi.value:
        why = REALISASI_AS_CAPAIAN
    elif figure.value == HUNDRED and exact > HUNDRED:  # the capaian capped at 100 %
        why = CAPPED_AT_100
    return disagreement(figure, exact, "CAPAIAN_MISMATCH", rule, "capaian", why, inputs)


def span_text(span: tuple[Decimal, Decimal], figure: Figure) -> str:
    """A span of values printed like *figure*: ``"83,33 – 88,71"``."""
    return f"{show(span[0], figure)} – {show(span[1], figure)}"


#: A printed input whose rounding moves it by at least this share of its value is coarse.
_COARSE: Final = Decimal("0.01")


def _span(index: Index, indicator: Indicator, row: IndicatorRow) -> tuple[Decimal, Decimal] | None:
    """The capaian over every target and realisasi that round to the printed ones.

    Only for coarse inputs: printed with decimals and rounded by at least 1 % of their
    value (``0,16`` for 0,162). ``None`` otherwise, or when the row prints no such inputs.
    A realisasi re-derived from the row's pembilang / penyebut is exact.
    """
    target, realisasi = row.target or row.target_nasional, row.realisasi
    if row.unit is None and not row.other_target:
        target = target or _printing(index, indicator, row, "target")
        realisasi = realisasi or _printing(index, indicator, row, "realisasi")
    if target is None or realisasi is None or target.upper is not None:
        return None
    exact_realisasi = _derived(row)
    bounds: list[tuple[Decimal, Decimal]] = []
    coarse = False
    for figure, known in ((target, None), (realisasi, exact_realisasi)):
        if known is not None:
            bounds.append((known, known))
            continue
        half = Decimal(5).scaleb(-figure.decimals - 1)
        if figure.decimals > 0 and figure.value > 0 and half / figure.value >= _COARSE:
            coarse = True
        bounds.append((figure.value - half, figure.value + half))
    if not coarse:
        return None
    values = []
    for low_high in bounds[0]:
        for reached in bounds[1]:
            try:
                values.append(
                    capaian.compute(
                        low_high,
                        reached,
                        indicator.polarity,
                        cap=index.cap(indicator),
                        minimize_formula=index.formula(indicator),
                    )
                )
            except AkipError:
                return None
    return min(values), max(values)


def _printing(
    index: Index, indicator: Indicator, row: IndicatorRow, measure: str
) -> Figure | None:
    """A figure printing the consensus *measure* of the row's year, if any."""
    consensus = index.indicator_value(indicator.id, row.year, measure, row.period)
    return next((f for f in consensus.figures if f.value == consensus.value), None)


def _derived(row: IndicatorRow) -> Decimal | None:
    """The realisasi pembilang / penyebut × 100 of *row*, ``None`` if it prints no parts."""
    if row.pembilang is None or row.penyebut is None:
        return None
    try:
        return capaian.persentase(row.pembilang.value, row.penyebut.value)
    except AkipError:
        return None


def _variant(
    index: Index, indicator: Indicator, row: IndicatorRow, figure: Figure, exact: Decimal
) -> Finding | None:
    """``FORMULA_VARIANT``: *figure* is the capaian of another named lower-is-better formula."""
    if indicator.polarity != "minimize" or row.target is None or row.realisasi is None:
        return None
    declared = index.formula(indicator)
    try:
        found = capaian.variants(row.target.value, row.realisasi.value)
    except AkipError:
        return None
    for formula, value in found.items():
        if formula.value != declared and agrees(figure, value):
            return Finding(
                "FORMULA_VARIANT",
                Severity.WARNING,
                str(figure.where),
                figure.text,
                show(exact, figure),
                rule_of(indicator, declared),
                Message(
                    N_(
                        "capaian {printed} is computed with the formula {formula}, not the "
                        "report's declared {declared}"
                    ),
                    printed=figure.text,
                    formula=repr(formula.value),
                    declared=repr(declared),
                ),
            )
    return None


def _parts(index: Index, indicator: Indicator, row: IndicatorRow) -> Iterator[Event]:
    """A realisasi printed with its pembilang / penyebut, or with its periods."""
    del index
    yield from _fraction(row)
    yield from _periods(indicator, row)


def _fraction(row: IndicatorRow) -> Iterator[Event]:
    """A realisasi printed with its pembilang / penyebut: re-derived at its decimals."""
    if row.realisasi is not None and row.pembilang is not None and row.penyebut is not None:
        try:
            derived = capaian.persentase(row.pembilang.value, row.penyebut.value)
        except AkipError as exc:
            yield not_computable(row.realisasi, PARTS, exc)
        else:
            yield judge(
                row.realisasi,
                derived,
                "CAPAIAN_MISMATCH",
                PARTS,
                _FRACTION,
                inputs=(row.pembilang, row.penyebut),
            )
    elif row.pembilang is not None or row.penyebut is not None:
        for part in (row.pembilang, row.penyebut):
            if part is not None:
                yield unchecked(part, _NO_FRACTION)


def _periods(indicator: Indicator, row: IndicatorRow) -> Iterator[Event]:
    """A realisasi printed with its periods: their consolidation is the realisasi."""
    if row.realisasi_periode:
        periods = tuple(figure for _, figure in row.realisasi_periode)
        if row.realisasi is None:
            for figure in periods:
                yield unchecked(figure, _NO_CONSOLIDATION)
            return
        try:
            value = periode.consolidate([f.value for f in periods], indicator.consolidation)
        except AkipError as exc:
            yield not_computable(row.realisasi, PERIODS, exc)
            return
        yield judge(
            row.realisasi,
            value,
            "PERIODE_MISMATCH",
            PERIODS,
            functools.partial(
                Message,
                N_("realisasi: the {consolidation} of its periods"),
                consolidation=_CONSOLIDATIONS.get(
                    indicator.consolidation, indicator.consolidation
                ),
            ),
            inputs=periods,
        )


def _national(indicator: Indicator, row: IndicatorRow, figure: Figure) -> Iterator[Event]:
    """A national target: the same as the national rows' target of the year, never this unit's."""
    national = [
        other.target
        for other in indicator.rows
        if other.year == row.year and other.unit is not None and other.target is not None
    ] + [
        other.target_nasional
        for other in indicator.rows
        if other.year == row.year and other.target_nasional is not None
    ]
    others = [f for f in national if f is not figure]
    consensus = decide(others)
    if consensus.value is None:
        yield unchecked(figure, _NO_NATIONAL)
        return
    if figure.value == consensus.value:
        yield agreed(
            figure,
            figure.text,
            NATIONAL,
            Message(N_("the national target of {year}"), year=str(row.year)),
        )
        return
    yield judge(
        figure,
        consensus.value,
        "CROSS_TABLE_CONFLICT",
        NATIONAL,
        Message(N_("{indicator}: national target"), indicator=indicator.id),
    )


def _own_row(index: Index, indicator: Indicator, row: IndicatorRow, rule: str) -> Iterator[Event]:
    """A row of another unit, or against a later year's or the national target: alone."""
    if row.target is not None and row.target_year is not None and row.unit is None:
        later = index.planned(indicator.id, row.target_year)
        if later is None:
            yield unchecked(
                row.target,
                Message(
                    N_("the report declares no target of {year} to compare"),
                    year=str(row.target_year),
                ),
            )
        else:
            yield judge(
                row.target,
                later,
                "CROSS_TABLE_CONFLICT",
                _CASCADE,
                f"{indicator.id}: target {row.target_year}",
            )
    elif row.target is not None and row.capaian is None:
        yield unchecked(
            row.target,
            Message(N_("a figure of {unit}, printed for comparison"), unit=str(row.unit)),
        )
    realisasi: Decimal | None = row.realisasi.value if row.realisasi is not None else None
    if row.unit is None:
        consensus = index.indicator_value(indicator.id, row.year, "realisasi", row.period)
        realisasi = consensus.value if consensus.value is not None else realisasi
    value: Decimal | None = None
    target = row.target if row.target is not None else row.target_nasional
    inputs = tuple(f for f in (target, row.realisasi) if f is not None)
    if target is not None and realisasi is not None:
        try:
            value = _compute(index, indicator, target, realisasi)
        except AkipError as exc:
            if row.capaian is not None:
                yield not_computable(row.capaian, rule, exc)
    if row.capaian is not None and value is not None:
        yield _capaian(index, indicator, row, row.capaian, value, rule, inputs)
    elif row.capaian is not None and value is None and target is None:
        yield unchecked(row.capaian, _NO_TARGET)
    yield from _labels(index, indicator, row, value, inputs)


def _labels(
    index: Index,
    indicator: Indicator,
    row: IndicatorRow,
    value: Decimal | None,
    labels: tuple[Figure, ...],
) -> Iterator[Event]:
    """The predikat and atribut of *value*, on the scale the row or indicator names."""
    yield from labels_of(
        index, row.scale or indicator.scale, row.predikat, row.atribut, value, labels
    )


def labels_of(  # noqa: PLR0917 - the labels, their scale, the value and its figures
    index: Index,
    named: str | None,
    predikat_label: Label | None,
    atribut_label: Label | None,
    value: Decimal | None,
    labels: tuple[Figure, ...],
) -> Iterator[Event]:
    """A predikat and an atribut printed for *value*, on the scale *named* (else the defaults).

    An indicator row's labels, and a sasaran's labels of its mean capaian
    (`akip.check.sasaran`), are judged alike: on the declared scale *named*, else the
    predikat on Permendagri 86/2017 and the atribut on the default atribut scale.
    """
    declared = {scale.id: scale for scale in index.report.scales}
    for label, kind in ((predikat_label, "predikat"), (atribut_label, "atribut")):
        if label is None or value is None:
            continue
        if named is not None and named in declared:  # the loader refuses an unknown id
            scale = declared[named]
            where = f" ({scale.source})" if scale.source else ""
            rule = _scale_rule(kind, named, where)
            yield from _on_scale(
                label,
                value,
                scale.scale(),
                rule,
                labels,
                "ATRIBUT_MISMATCH" if kind == "atribut" else "PREDIKAT_MISMATCH",
            )
        elif kind == "predikat":
            yield from _check_predikat(label, value, labels)
        else:
            yield from _on_scale(
                label, value, atribut.scale(), ATRIBUT, labels, "ATRIBUT_MISMATCH"
            )


def _on_scale(  # noqa: PLR0917 - a label, its value, the scale and the rule
    label: Label,
    value: Decimal,
    scale: Scale[Any],
    rule: str,
    inputs: tuple[Figure, ...],
    code: str = "PREDIKAT_MISMATCH",
) -> Iterator[Event]:
    try:
        expected: str = scale.classify(value).label
    except BandError:
        # A report's own scale that stops short of the value ("91 % ≤ 100 %" and a capaian
        # of 110): the label cannot be judged on it, and the other labels still are.
        yield unchecked(
            label,
            Message(
                N_("the scale {scale} does not cover a capaian of {capaian}"),
                scale=repr(scale.name),
                capaian=_pct(value),
            ),
            rule,
        )
        return
    if _same_label(label, expected):
        yield agreed(label, expected, rule)
        return
    finding = Finding(
        code,
        Severity.ERROR,
        str(label.where),
        label.text,
        expected,
        rule,
        Message(
            N_("a capaian of {capaian} is {expected} on the {scale} scale"),
            capaian=_pct(value),
            expected=expected,
            scale=scale.name,
        ),
    )
    yield differs(label, finding, inputs)


def _same_label(label: Label, expected: str) -> bool:
    """Whether *label* names *expected*, as printed or without its abbreviation (``"T"``)."""
    return same_text(label.text, expected) or same_text(label.name, expected)


def _pct(value: Decimal, locale: str = ID_LOCALE) -> str:
    """A capaian in the report's number style for messages: two decimals, ``%``."""
    return format_number(value, 2, locale=locale) + "%"


def _check_predikat(
    label: Label,
    value: Decimal,
    inputs: tuple[Label | object, ...],
) -> Iterator[Event]:
    expected = predikat.classify(value).label
    used = tuple(i for i in inputs if i is not None)
    if _same_label(label, expected):
        yield agreed(label, expected, PREDIKAT)
        return
    attribute = atribut.classify(value).label
    if _same_label(label, attribute):
        finding = Finding(
            "PREDIKAT_MISMATCH",
            Severity.INFO,
            str(label.where),
            label.text,
            expected,
            PREDIKAT,
            Message(
                N_(
                    "the column names the Permendagri 86/2017 predikat ({expected}) but prints "
                    "the atribut scale's label {printed}"
                ),
                expected=expected,
                printed=repr(attribute),
            ),
        )
        yield agreed(label, attribute, ATRIBUT, _ATRIBUT_LABEL)
        yield differs(label, finding)
        return
    known = {level.label for level in predikat.scale().levels}
    if not any(_same_label(label, name) for name in known):
        yield unchecked(
            label,
            Message(
                N_(
                    "{label} is on no declared scale: declare the report's scale ([[scales]]) "
                    "and name it with `scale` on the indicator or row"
                ),
                label=repr(label.text),
            ),
            PREDIKAT,
        )
        return
    finding = Finding(
        "PREDIKAT_MISMATCH",
        Severity.ERROR,
        str(label.where),
        label.text,
        expected,
        PREDIKAT,
        Message(
            N_("a capaian of {capaian} is {expected} on the Permendagri 86/2017 scale"),
            capaian=_pct(value),
            expected=expected,
        ),
    )
    yield differs(label, finding, used)  # type: ignore[arg-type]


def _targets(index: Index, indicator: Indicator) -> Iterator[Event]:
    """Planning targets: one value per year and document, cascading Renstra → RKT → PK."""
    by_key: dict[tuple[int, str], list[object]] = {}
    for target in indicator.targets:
        by_key.setdefault((target.year, target.version), []).append(target.value)
    for (year, version), figures in sorted(by_key.items()):
        consensus = decide(figures)  # type: ignore[arg-type]
        what = f"{indicator.id}: target {version} {year}"
        yield from conflicts(consensus, what)
        if len(figures) > 1 or consensus.value is None:
            continue
        (figure,) = consensus.figures
        later = [
            decide(by_key[year, v]).value  # type: ignore[arg-type]
            for v in VERSIONS[VERSIONS.index(version) + 1 :]
            if (year, v) in by_key
        ]
        earlier = [
            decide(by_key[year, v]).value  # type: ignore[arg-type]
            for v in VERSIONS[: VERSIONS.index(version)]
            if (year, v) in by_key
        ]
        rows = index.indicator_value(indicator.id, year, "target")
        printed_rows = [f for f in rows.figures if f.where.column == "target"]
        neighbours = [v for v in (*earlier[-1:], *later[:1]) if v is not None]
        if consensus.value in neighbours:
            yield agreed(figure, figure.text, _CASCADE, _SAME_AS_NEXT)
        elif version == "perubahan" and printed_rows:
            if any(f.value == figure.value for f in printed_rows):
                yield agreed(figure, figure.text, _CASCADE, _ROWS_TARGET)
            else:
                yield unchecked(figure, _LATEST_PK_UNPRINTED)
        elif neighbours:
            yield unchecked(
                figure,
                Message(
                    N_(
                        "{version} target differs from the previous planning document of the "
                        "year (a revision is allowed; nothing to compare)"
                    )
                    if earlier
                    else N_(
                        "{version} target differs from the next planning document of the year "
                        "(a revision is allowed; nothing to compare)"
                    ),
                    version=version,
                ),
                _CASCADE,
            )
        elif printed_rows and rows.value is not None and version in ("renstra", "rkt"):
            yield judge(
                figure,
                rows.value,
                "CROSS_TABLE_CONFLICT",
                _CASCADE,
                Message(N_("{what} against the rows' target"), what=what),
            )
        else:
            yield unchecked(
                figure,
                Message(
                    N_(
                        "printed in one place only ({place}); no other document of {year} "
                        "states this target"
                    ),
                    place=figure.where.place,
                    year=str(year),
                ),
            )
