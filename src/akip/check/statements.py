"""statements (pernyataan naratif: the report's prose checked against its own figures).

A report's narrative makes claims about its figures: "capaian tahun 2024 meningkat sebesar
4%", "menunjukkan capaian yang tetap", "tahun ke 3 (tiga) dari Renstra 2021-2026". Each
``[[statements]]`` entry is checked against the report's own figures:

- The value of a measure in a year comes from the indicator's rows of that year (a capaian
  recomputed from the consensus target and realisasi, else as printed), or from the budget
  lines' consensus amounts (budget rows are of the report year). Rows at the statement's own
  place come first; otherwise the most common value, ties to the consensus of the quantity,
  never to the order of the file. A year printed nowhere else is taken from the statement's
  own ``from_value`` / ``to_value``; a year with no value at all makes the change impossible.
- The direction is judged at the precision the report prints.
- The size ``by`` printed with "%" is right when it is the relative change; for a measure
  that is itself a percentage the difference in **points** is accepted too, with an
  informational finding.
- A label is accepted when it is the capaian's predikat (Permendagri 86/2017) or atribut;
  for an indicator on a declared scale (``scale``), when it is the capaian's label on that
  scale. A label that is on neither bundled scale, for an indicator on none, is the report's
  own undeclared scale: an informational finding asks for the scale, never an error.

References:
    - akip rules §5 (narrative statements); `akip.komparasi` (changes between years).
    - `akip.periode` (year n of a Renstra period); `akip.terbilang` (numbers in words).

Examples:
    §3.1 says IKU1's capaian stayed the same; 94 / 90 = 104,44 % in 2024 against 100 % in
    2023:

    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> events = check_statements(Index(report.load("examples/dumai-2024.toml")))
    >>> f = next(e.finding for e in events if e.finding and e.finding.code == "STATEMENT_MISMATCH")
    >>> f.place, f.printed, f.expected
    ("§3.1, row '1', column direction", 'sama', 'meningkat')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from akip import anggaran, atribut, komparasi, periode, predikat, terbilang
from akip._decimal import ZERO, total
from akip._i18n import N_, Message, joined
from akip.check.claims import reads_index
from akip.check.findings import (
    ATRIBUT,
    POINTS,
    PREDIKAT,
    STATEMENT,
    WORDS,
    Event,
    Finding,
    Severity,
    agreed,
    agrees_value,
    differs,
    judge,
    same_text,
)
from akip.check.ledger import Status
from akip.exceptions import AkipError
from akip.numbers import format_number, round_half_up

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from akip.check.claims import Index
    from akip.report import Figure, Indicator, ReportScale, Statement

__all__ = ["check_statements"]


@reads_index
def check_statements(index: Index) -> Iterator[Event]:
    """Every statement; a finding about no printed figure is an event without a subject."""
    for item in _statements(index):
        yield item if isinstance(item, Event) else Event(None, Status.DIFFERS, item)


def _sums(group: list[anggaran.Amounts]) -> dict[str, Decimal]:
    return {
        "pagu": total(item.pagu for item in group),
        "realisasi": total(item.realisasi or ZERO for item in group),
    }


def _statements(index: Index) -> Iterator[Event | Finding]:
    for statement in index.report.statements:
        if statement.kind == "renstra_year":
            yield from _check_renstra_year(index, statement)
        elif statement.kind == "change":
            yield from _check_change(index, statement)
        else:  # the loader admits three kinds; this is "label"
            yield from _check_label(index, statement)


@attrs.frozen
class _Value:
    """A measure of one year as the report's figures give it."""

    exact: Decimal
    #: Decimals the report prints this measure with.
    decimals: int
    #: Where it comes from, for the message.
    source: str
    #: Taken from the statement's own printed figure (nothing else in the report has it).
    stated: bool = False


_INDICATOR_MEASURES: Final = ("target", "realisasi", "capaian", "predikat")
_LINE_MEASURES: Final = ("penyerapan", "realisasi")
_DIRECTIONS: Final = ("menurun", "sama", "meningkat")
_YEAR_N: Final = Message(N_("year n of a Renstra period is computed (akip rules §5)"))
_UNTIED: Final = Message(
    N_("the statement names no years, or a measure akip cannot tie to the report's figures")
)
_NO_PREDIKAT_VALUE: Final = Message(N_("a predikat change prints no value"))
_IN_POINTS: Final = Message(N_("the difference in points"))


def _most_common(
    found: list[tuple[bool, _Value]], preferred: Decimal | None = None
) -> _Value | None:
    """The value printed at the statement's own place, else the most common.

    Ties go to *preferred* (the consensus of the quantity) when it is among them, else to
    the lowest value: never to the order of the file.
    """
    local = [value for here, value in found if here] or [value for _, value in found]
    if not local:
        return None
    exacts = [value.exact for value in local]
    most = max(exacts.count(v) for v in exacts)
    tied = sorted({v for v in exacts if exacts.count(v) == most})
    best = preferred if preferred in tied else tied[0]
    return min(
        (value for value in local if value.exact == best),
        key=lambda value: (value.source, -value.decimals),
    )


def _indicator_value(
    index: Index, indicator: Indicator, measure: str, year: int, place: str
) -> _Value | None:
    """A target, realisasi or capaian of *indicator* in *year* from its annual rows.

    A capaian is recomputed from the row's target and realisasi when both are printed, else
    the printed capaian is used; a predikat is rated from the capaian.
    """
    field = "capaian" if measure == "predikat" else measure
    found: list[tuple[bool, _Value]] = []
    for row in indicator.rows:
        if row.year != year or row.period is not None:
            continue
        printed: Figure | None = getattr(row, field)
        exact = index.capaian(indicator.id, year) if field == "capaian" else None
        if exact is None and printed is not None:
            exact = printed.value
        if exact is not None:
            decimals = printed.decimals if printed is not None else 2
            found.append((row.place == place, _Value(exact, decimals, row.place)))
    preferred = (
        index.capaian(indicator.id, year)
        if field == "capaian"
        else index.indicator_value(indicator.id, year, field).value
    )
    return _most_common(found, preferred)


def _line_value(
    index: Index, lines: tuple[str, ...], measure: str, year: int, place: str
) -> _Value | None:
    """A penyerapan or realisasi of budget lines (report year only: budget rows carry none)."""
    if year != index.report.year or not lines:
        return None
    group = index.group(lines)
    printed = [
        (row.place == place, row.penyerapan if measure == "penyerapan" else row.realisasi)
        for line in lines
        for row in index.lines[line].rows
    ]
    shown = [(here, f) for here, f in printed if f is not None]
    decimals = max((f.decimals for _, f in shown if f is not None), default=2)
    if group:
        sums = _sums(group)
        source = (
            Message(N_("Σ of {lines}"), lines=", ".join(sorted(lines)))
            if len(lines) > 1
            else lines[0]
        )
        if measure == "realisasi":
            return _Value(sums["realisasi"], decimals, source)
        if sums["pagu"] > 0:
            return _Value(anggaran.penyerapan(sums["pagu"], sums["realisasi"]), decimals, source)
    if len(lines) > 1:
        return None
    return _most_common(
        [(here, _Value(f.value, f.decimals, f.where.place)) for here, f in shown if f is not None]
    )


def _statement_lines(index: Index, statement: Statement) -> tuple[str, ...]:
    """The budget lines a statement about a budget measure is about."""
    if statement.line is not None:
        return (statement.line,)
    if statement.indicator is None:
        return ()
    indicator = index.indicators[statement.indicator]
    return indicator.programs or ((indicator.line,) if indicator.line else ())


def _statement_value(index: Index, statement: Statement, year: int) -> _Value | None:
    measure = statement.measure or "capaian"
    if statement.indicator is not None and measure in _INDICATOR_MEASURES:
        indicator = index.indicators[statement.indicator]
        return _indicator_value(index, indicator, measure, year, statement.place)
    lines = _statement_lines(index, statement)
    return _line_value(index, lines, measure, year, statement.place)


def _checkable(index: Index, statement: Statement) -> bool:
    """Whether akip can find the figures a change statement is about.

    An indicator's target, realisasi, capaian and predikat; a budget line's (or an
    indicator's programs') penyerapan and realisasi. Anything else is left unchecked.
    """
    measure = statement.measure or ""
    if statement.from_year is None or statement.to_year is None:
        return False
    if statement.indicator is not None and measure in _INDICATOR_MEASURES:
        return True
    return measure in _LINE_MEASURES and bool(_statement_lines(index, statement))


def _is_percent(index: Index, statement: Statement) -> bool:
    if statement.measure in ("capaian", "penyerapan"):
        return True
    if statement.indicator is not None and statement.measure in ("target", "realisasi"):
        return index.indicators[statement.indicator].unit.strip() == "%"
    return False


def _statement_place(statement: Statement, column: str) -> str:
    """Where a statement's claim is printed, written as `akip.report.Where` writes it."""
    if statement.row is not None:
        return Message(
            N_("{place}, row {row}, column {column}"),
            place=statement.place,
            row=repr(statement.row),
            column=column,
        )
    return Message(N_("{place}, column {column}"), place=statement.place, column=column)


def _check_change(  # noqa: C901, PLR0912 - direction, printed values and size
    index: Index, statement: Statement
) -> Iterator[Event | Finding]:
    """A change between two years: its direction, its printed values and its size."""
    if not _checkable(index, statement):
        for figure in (statement.from_value, statement.to_value, statement.by):
            if figure is not None:
                yield Event(figure, Status.NOT_CHECKED, reason=_UNTIED)
        return
    years: tuple[int, int] = (statement.from_year, statement.to_year)  # type: ignore[assignment]
    subject = statement.indicator or statement.line
    measure = statement.measure or "capaian"
    values: list[_Value] = []
    for year, stated in zip(years, (statement.from_value, statement.to_value), strict=True):
        value = _statement_value(index, statement, year)
        if value is None and stated is not None and measure != "predikat":
            value = _Value(stated.value, stated.decimals, statement.place, stated=True)
        if value is None:
            yield Finding(
                "STATEMENT_MISMATCH",
                Severity.ERROR,
                _statement_place(statement, "direction"),
                statement.direction,
                None,
                STATEMENT,
                Message(
                    N_(
                        "{statement}: the report prints no {measure} of {subject} for {year}, "
                        "so {direction} from {start} to {end} cannot be true"
                    ),
                    statement=statement.id,
                    measure=measure,
                    subject=str(subject),
                    year=str(year),
                    direction=f"'{statement.direction}'",
                    start=str(years[0]),
                    end=str(years[1]),
                ),
            )
            return
        values.append(value)
    old, new = values
    if measure == "predikat":
        for figure in (statement.from_value, statement.to_value, statement.by):
            if figure is not None:
                yield Event(figure, Status.NOT_CHECKED, reason=_NO_PREDIKAT_VALUE)
        yield from _check_predikat_change(statement, old, new)
        return
    percent_sign = _is_percent(index, statement)
    slipped: Finding | None = None
    for value, figure, year in zip(
        values, (statement.from_value, statement.to_value), years, strict=True
    ):
        if figure is not None and not value.stated:
            what = Message(
                N_("{statement}: {measure} {year} of {subject} ({source})"),
                statement=statement.id,
                measure=measure,
                year=str(year),
                subject=str(subject),
                source=value.source,
            )
            event = judge(figure, value.exact, "STATEMENT_MISMATCH", STATEMENT, what)
            slipped = slipped or event.finding
            yield event
        elif figure is not None:
            reason = Message(
                N_("the report prints the {measure} of {year} nowhere else"),
                measure=measure,
                year=str(year),
            )
            yield Event(figure, Status.NOT_CHECKED, reason=reason)
    printed = [f for f in (statement.from_value, statement.to_value, statement.by) if f]
    places = max((f.decimals for f in printed), default=max(old.decimals, new.decimals))
    before, after = round_half_up(old.exact, places), round_half_up(new.exact, places)
    actual = _DIRECTIONS[(after > before) - (after < before) + 1]
    if actual != statement.direction:
        unit = "%" if percent_sign else ""
        shown = max(places, 2)
        # A direction that follows from a slipped printed value is that slip's consequence.
        first = statement.from_value.value if statement.from_value else before
        last = statement.to_value.value if statement.to_value else after
        as_printed = _DIRECTIONS[(last > first) - (last < first) + 1]
        finding = Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            _statement_place(statement, "direction"),
            statement.direction,
            actual,
            STATEMENT,
            Message(
                N_(
                    "{statement}: {measure} of {subject} is {old} in {start} ({old_source}) and "
                    "{new} in {end} ({new_source}), {old_printed} and {new_printed} at the "
                    "printed precision: {actual}, not {direction}"
                ),
                statement=statement.id,
                measure=measure,
                subject=str(subject),
                old=f"{format_number(old.exact, shown)}{unit}",
                start=str(years[0]),
                old_source=old.source,
                new=f"{format_number(new.exact, shown)}{unit}",
                end=str(years[1]),
                new_source=new.source,
                old_printed=format_number(old.exact, places),
                new_printed=format_number(new.exact, places),
                actual=actual,
                direction=str(statement.direction),
            ),
        )
        cause = slipped if as_printed == statement.direction else None
        yield Event(None, Status.DIFFERS, finding, cause=cause)
    if statement.by is not None:
        change = komparasi.change(years[0], years[1], old.exact, new.exact)
        yield from _check_by(statement, statement.by, change, percent_sign=percent_sign)


def _check_by(
    statement: Statement, by: Figure, change: komparasi.Change, *, percent_sign: bool
) -> Iterator[Event | Finding]:
    """The printed size of a change: points, or percent of the earlier value.

    A size printed with "%" is right when it is the relative change; for a measure that is
    itself a percentage it is also accepted when it is the difference in points, with an
    informational note. A size printed without "%" is the difference in points (or units).
    """
    size = by.value.copy_abs()
    points = change.points.copy_abs()
    relative = None if change.percent is None else change.percent.copy_abs()
    shown_points = format_number(points, by.decimals, locale=by.locale)
    shown_percent = (
        None if relative is None else format_number(relative, by.decimals, locale=by.locale) + "%"
    )
    as_points = agrees_value(size, by.decimals, points)
    if by.percent_sign:
        if relative is not None and agrees_value(size, by.decimals, relative):
            yield agreed(by, shown_percent or by.text, POINTS)
            return
        if percent_sign and as_points:
            yield agreed(by, f"{shown_points} poin", POINTS, _IN_POINTS)
            yield differs(
                by,
                Finding(
                    "STATEMENT_MISMATCH",
                    Severity.INFO,
                    str(by.where),
                    by.text,
                    f"{shown_points} poin",
                    POINTS,
                    Message(
                        N_(
                            "{statement}: {printed} is the difference in percentage points "
                            "({old} → {new}); as a percent of the earlier value the change is "
                            "{percent}"
                        ),
                        statement=statement.id,
                        printed=by.text,
                        old=format_number(change.old, by.decimals, locale=by.locale),
                        new=format_number(change.new, by.decimals, locale=by.locale),
                        percent=shown_percent or Message(N_("not computable")),
                    ),
                ),
            )
            return
        expected = shown_points + "%" if percent_sign else shown_percent
    elif as_points:
        yield agreed(by, shown_points, POINTS)
        return
    else:
        expected = shown_points
    yield differs(
        by,
        Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            str(by.where),
            by.text,
            expected,
            POINTS,
            Message(
                N_(
                    "{statement}: the change from {old} to {new} is {points} points, {percent} "
                    "of the earlier value; the report prints {printed}"
                ),
                statement=statement.id,
                old=format_number(change.old, 2, locale=by.locale),
                new=format_number(change.new, 2, locale=by.locale),
                points=shown_points,
                percent=shown_percent or Message(N_("not computable as a percent (from 0)")),
                printed=by.text,
            ),
        ),
    )


def _check_predikat_change(
    statement: Statement, old: _Value, new: _Value
) -> Iterator[Event | Finding]:
    """A change of the Permendagri 86/2017 rating: compared by band, best band first."""
    order = list(predikat.Predikat)
    before, after = predikat.classify(old.exact), predikat.classify(new.exact)
    step = order.index(before) - order.index(after)
    actual = _DIRECTIONS[(step > 0) - (step < 0) + 1]
    if actual != statement.direction:
        yield Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            _statement_place(statement, "direction"),
            statement.direction,
            actual,
            PREDIKAT,
            Message(
                N_(
                    "{statement}: the predikat is {old} in {start} and {new} in {end}: "
                    "{actual}, not {direction}"
                ),
                statement=statement.id,
                old=before.label,
                start=str(statement.from_year),
                new=after.label,
                end=str(statement.to_year),
                actual=actual,
                direction=str(statement.direction),
            ),
        )


def _check_label(index: Index, statement: Statement) -> Iterator[Event | Finding]:
    """A label claimed for an indicator's capaian: either scale's label is accepted."""
    if statement.indicator is None or statement.label is None:
        return
    year = statement.year or index.report.year
    indicator = index.indicators[statement.indicator]
    value = _indicator_value(index, indicator, "capaian", year, statement.place)
    place = _statement_place(statement, "label")
    if value is None:
        yield Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            place,
            statement.label,
            None,
            STATEMENT,
            Message(
                N_("{statement}: the report prints no capaian of {indicator} for {year}"),
                statement=statement.id,
                indicator=indicator.id,
                year=str(year),
            ),
        )
        return
    declared = {scale.id: scale for scale in index.report.scales}
    if indicator.scale is not None and indicator.scale in declared:
        yield from _on_declared_scale(statement, declared[indicator.scale], value, place)
        return
    labels = (predikat.classify(value.exact).label, atribut.classify(value.exact).label)
    if any(same_text(statement.label, label) for label in labels):
        return
    known = [level.label for level in (*predikat.scale().levels, *atribut.scale().levels)]
    if not any(same_text(statement.label, label) for label in known):
        # The report's own scale, undeclared: nothing to judge the label on.
        yield Finding(
            "STATEMENT_MISMATCH",
            Severity.INFO,
            place,
            statement.label,
            None,
            joined("; ", [PREDIKAT, ATRIBUT]),
            Message(
                N_(
                    "{statement}: {printed} is on no declared scale (neither a Permendagri "
                    "86/2017 predikat nor an atribut): declare the report's scale ([[scales]]) "
                    "and name it with `scale` on the indicator"
                ),
                statement=statement.id,
                printed=repr(statement.label),
            ),
        )
        return
    yield Finding(
        "STATEMENT_MISMATCH",
        Severity.ERROR,
        place,
        statement.label,
        " / ".join(labels),
        joined("; ", [PREDIKAT, ATRIBUT]),
        Message(
            N_(
                "{statement}: a capaian of {capaian} ({source}) is {predikat} (Permendagri "
                "86/2017) or {atribut} (atribut), not {printed}"
            ),
            statement=statement.id,
            capaian=f"{format_number(value.exact, 2)}%",
            source=value.source,
            predikat=labels[0],
            atribut=labels[1],
            printed=statement.label,
        ),
    )


def _on_declared_scale(
    statement: Statement, scale: ReportScale, value: _Value, place: str
) -> Iterator[Finding]:
    """A label claimed for an indicator whose labels are on the report's declared *scale*."""
    expected = scale.scale().classify(value.exact).label
    if statement.label is None or same_text(statement.label, expected):
        return
    where = f" ({scale.source})" if scale.source else ""
    yield Finding(
        "STATEMENT_MISMATCH",
        Severity.ERROR,
        place,
        statement.label,
        expected,
        Message(
            N_("{kind} on the scale {scale}{source}"),
            kind="predikat",
            scale=repr(scale.id),
            source=where,
        ),
        Message(
            N_(
                "{statement}: a capaian of {capaian} ({source}) is {expected} on the {scale} scale"
            ),
            statement=statement.id,
            capaian=f"{format_number(value.exact, 2)}%",
            source=value.source,
            expected=expected,
            scale=scale.id,
        ),
    )


def _year_of(start: int | None, end: int | None, year: int) -> int | None:
    """Year n of *year* in the period *start*–*end* as a statement prints it, if valid."""
    if start is None or end is None:
        return None
    try:
        return periode.PeriodeRencana(start, end).year_index(year)
    except AkipError:
        return None


def _check_renstra_year(index: Index, statement: Statement) -> Iterator[Event | Finding]:
    """A "tahun ke n dari Renstra a–b" claim: the period, then n against the year."""
    year, n = statement.year, statement.n
    stated_start, stated_end = statement.period_start, statement.period_end
    start = index.report.renstra_start or stated_start
    end = index.report.renstra_end or stated_end
    place = _statement_place(statement, "text")
    # The loader requires all of these for kind renstra_year; a Report built in code may not.
    if year is None or start is None or end is None or n is None:
        return
    try:
        expected = periode.PeriodeRencana(start, end).year_index(year)
    except AkipError:
        yield Finding(
            "RENSTRA_YEAR",
            Severity.ERROR,
            place,
            n.text,
            None,
            _YEAR_N,
            Message(
                N_("{statement}: {year} is not a year of the Renstra {start}-{end}"),
                statement=statement.id,
                year=str(year),
                start=str(start),
                end=str(end),
            ),
        )
        yield Event(
            n,
            Status.NOT_CHECKED,
            reason=Message(N_("{year} is not a year of the Renstra"), year=str(year)),
        )
        return
    period: Finding | None = None
    if (stated_start, stated_end) != (start, end):
        period = Finding(
            "RENSTRA_YEAR",
            Severity.ERROR,
            place,
            f"{stated_start}-{stated_end}",
            f"{start}-{end}",
            Message(N_("Renstra period as declared in the report")),
            Message(
                N_(
                    "the statement names the Renstra {stated_start}-{stated_end}; the report's "
                    "Renstra is {start}-{end}"
                ),
                stated_start=str(stated_start),
                stated_end=str(stated_end),
                start=str(start),
                end=str(end),
            ),
        )
        yield period
    if n.value == expected:
        yield agreed(n, str(expected), _YEAR_N)
    else:
        yield differs(
            n,
            Finding(
                "RENSTRA_YEAR",
                Severity.ERROR,
                place,
                n.text,
                str(expected),
                _YEAR_N,
                Message(
                    N_("{year} is year {n} of the Renstra {start}-{end}"),
                    year=str(year),
                    n=str(expected),
                    start=str(start),
                    end=str(end),
                ),
            ),
            cause=period if _year_of(stated_start, stated_end, year) == n.value else None,
        )
    words = statement.n_words
    counted = n.value >= 0 and n.value == n.value.to_integral_value()  # a year number
    if words is not None and counted and not terbilang.matches(words, n.value):
        yield Finding(
            "TERBILANG_MISMATCH",
            Severity.ERROR,
            place,
            f"{n.text} ({words})",
            f"{n.text} ({terbilang.spell_integer(int(n.value))})",
            WORDS,
            Message(
                N_("the number {printed} is written in words as {words}"),
                printed=n.text,
                words=repr(words),
            ),
        )
