"""claims (klaim: each printed figure of a report, and the quantities it claims a value for).

The first stage of the check. A report is read once into an `Index`: dictionaries of its
indicators and budget lines, and for every **quantity** (an indicator's target, realisasi or
capaian of a year; a budget line's pagu of a version, its realisasi) the figures that print
it and their `akip.check.consensus.Consensus`. Budget subtrees are summed once, bottom up,
so the check is linear in the size of the report. `printed` lists every `Figure` and
`Label` of the report with the report-format key it is printed under: the ledger gives each
exactly one verdict.

References:
    - akip's own method (one value per quantity, `akip.check.consensus`), not a regulation.
    - PermenPANRB 53/2014 (Perjanjian Kinerja murni and perubahan).

Examples:
    >>> from akip import report
    >>> index = Index(report.load("examples/dumai-2024.toml"))
    >>> index.indicator_value("IKU1", 2024, "realisasi").value
    Decimal('94')
    >>> f"{index.capaian('IKU1', 2024):.4f}"
    '104.4444'
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import TYPE_CHECKING, Final, TypeVar, cast

import attrs

from akip import anggaran, capaian
from akip._decimal import total
from akip._trusted import maker
from akip._validators import shown
from akip.check.consensus import Consensus, decide, decided
from akip.exceptions import AkipError, InvalidValue
from akip.report import Figure, Label, Report

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from collections.abc import Set as AbstractSet
    from decimal import Decimal

    from akip.report import BudgetLine, Indicator, IndicatorRow, Target

# `Index` is the pipeline's own lookup structure, built by `akip.check.ledger` from a
# validated report and read by the rule families only: it is not public API.
__all__ = ["printed"]

T = TypeVar("T")

#: The measures of an indicator row that are one quantity per indicator and year.
INDICATOR_MEASURES: Final = ("target", "realisasi", "capaian")
#: Planning documents, earliest first: a later one supersedes an earlier one's target.
VERSIONS: Final = ("renstra", "rkt", "murni", "perubahan")
#: The quantities of a budget line: the latest pagu, the pagu of each version, realisasi.
_LINE_QUANTITIES: Final = (
    ("pagu", None),
    ("pagu", "murni"),
    ("pagu", "perubahan"),
    ("realisasi", None),
)


def a_report(value: object) -> Report:
    """*value*, which must be a loaded `akip.report.Report`.

    Raises:
        InvalidValue: naming the parameter and a bounded repr of *value*.
    """
    if not isinstance(value, Report):
        msg = f"'report' must be a loaded Report (akip.report.load): {shown(value)}"
        raise InvalidValue(msg)
    return value


def printed(report: Report) -> Iterator[tuple[str, Figure | Label]]:
    """Every printed figure and label of *report*, with its report-format key.

    The key is the dotted path of report-format keys (``indicators.rows.capaian``,
    ``budget.pagu.value``), the same for every row of a table.

    Raises:
        InvalidValue: if *report* is not a loaded `akip.report.Report`.
    """
    return _printed(a_report(report))


def _printed(report: Report) -> Iterator[tuple[str, Figure | Label]]:
    """`printed` of a loaded report: depth first, in field order, an item of a table at a time."""
    # Per kind of value and key: its fields that may hold figures, each with its key (one
    # string per key, shared by every row of a table).
    plans: dict[tuple[type, str], tuple[tuple[str, str], ...]] = {}
    found: list[tuple[str, Figure | Label]] = []
    for name, key in _plan(plans, type(report), ""):
        value = getattr(report, name)
        for item in value if type(value) is tuple else (value,):
            _walk(key, item, found, plans)
            yield from found
            found.clear()


def _plan(
    plans: dict[tuple[type, str], tuple[tuple[str, str], ...]], kind: type, key: str
) -> tuple[tuple[str, str], ...]:
    """The fields of *kind* that may hold figures, each with its key under *key*."""
    plan = plans.get((kind, key))
    if plan is None:
        plan = tuple((name, f"{key}.{name}" if key else name) for name in _fields(kind))
        plans[kind, key] = plan
    return plan


def _walk(
    key: str,
    value: object,
    found: list[tuple[str, Figure | Label]],
    plans: dict[tuple[type, str], tuple[tuple[str, str], ...]],
) -> None:
    """Append the figures and labels of *value* to *found*, depth first, in field order."""
    kind = type(value)
    if kind is Figure or kind is Label or isinstance(value, (Figure, Label)):
        found.append((key, value))  # type: ignore[arg-type]
    elif kind is tuple or isinstance(value, tuple):
        for item in value:  # type: ignore[attr-defined]
            _walk(key, item, found, plans)
    else:
        plan = plans.get((kind, key)) or _plan(plans, kind, key)
        for name, child in plan:
            item = getattr(value, name)
            if item is None:
                continue
            if item.__class__ is Figure or item.__class__ is Label:
                found.append((child, item))  # a field of one figure (most of them): at once
            else:
                _walk(child, item, found, plans)


def _own(value: object, only: AbstractSet[int] | None = None) -> list[tuple[str, Figure | Label]]:
    """The figures and labels one row prints in its own fields (those in *only*, by identity).

    With *only*, a field is tested by the identity of its value first: a row whose figures
    are none of them (nearly every row) makes no pair.
    """
    if only is None:
        return [
            (name, item)
            for name in _single(type(value))  # type: ignore[arg-type]
            if isinstance(item := getattr(value, name), (Figure, Label))
        ]
    return [
        (name, item)
        for name in _single(type(value))  # type: ignore[arg-type]
        if id(item := getattr(value, name)) in only and isinstance(item, (Figure, Label))
    ]


@functools.cache
def _single(kind: type) -> tuple[str, ...]:
    """The fields of *kind* that may hold one figure or label (not a tuple of them)."""
    return tuple(
        field.name
        for field in attrs.fields(kind)
        if field.name in _fields(kind)
        and not (isinstance(field.type, str) and field.type.startswith("tuple["))
    )


_SCALARS: Final = (str, int, bool, float, type(None))


@functools.cache
def _fields(kind: type) -> tuple[str, ...]:
    """The fields of an attrs class that may hold printed figures (none for other types)."""
    if kind in _SCALARS or not attrs.has(kind):
        return ()
    return tuple(
        field.name
        for field in attrs.fields(kind)
        if not isinstance(field.type, str) or _may_hold_figures(field.type)
    )


def _may_hold_figures(annotation: str) -> bool:
    """Whether a field annotated *annotation* can hold a Figure or Label, directly or nested."""
    if "Figure" in annotation or "Label" in annotation:
        return True
    if not annotation.startswith("tuple["):
        return False
    inner = annotation.removeprefix("tuple[").replace("tuple[", "").replace("]", "")
    return any(part.strip()[:1].isupper() for part in inner.split(","))


def own(row: IndicatorRow, measure: str) -> bool:
    """Whether *row* prints *measure* as one of this unit's quantities of its year.

    A row of another unit (``unit``: a sister unit, a national row) is never merged into this
    unit's consensus; a row measured against another year's target (``target_year``: a
    Renstra progress table) or the national target prints this year's realisasi but not its
    target or capaian (`akip.report.IndicatorRow.other_target`).
    """
    if row.unit is not None:
        return False
    return not row.other_target or measure == "realisasi"


def range_of(value: Decimal, figures: Sequence[Figure]) -> Decimal | capaian.Range:
    """*value*, or the printed range (``"75 - 85%"``) it is the lower end of."""
    for figure in figures:
        if figure.upper is not None and figure.value == value:
            return capaian.Range(figure.value, figure.upper)
    return value


def reads_index(rule: Callable[[Index], T]) -> Callable[[object], T]:
    """A family of rules that refuses anything but an `Index` before it yields a verdict."""

    @functools.wraps(rule)
    def checked(index: object) -> T:
        if not isinstance(index, Index):
            msg = f"'index' must be an akip.check.claims.Index: {shown(index)}"
            raise InvalidValue(msg)
        return rule(index)

    return checked


#: The `akip.anggaran.Amounts` of a line's consensus pagu and realisasi: values of its
#: figures (finite, within akip's range), so the initialiser's checks are not run again.
_amounts = maker(anggaran.Amounts)

#: The consensus of a quantity nothing prints and nothing recomputes (one for all of them).
_NOTHING: Final = decide([])


class Index:
    """A report read once: lookups by id and the consensus of every quantity.

    Args:
        report: A loaded `akip.report.Report`.

    Raises:
        InvalidValue: if *report* is not a loaded `akip.report.Report`.
    """

    def __init__(self, report: Report) -> None:
        self.report = a_report(report)
        self.indicators: dict[str, Indicator] = {i.id: i for i in report.indicators}
        self.lines: dict[str, BudgetLine] = {line.id: line for line in report.budget}
        children: dict[str, list[BudgetLine]] = defaultdict(list)
        for line in report.budget:
            if line.parent is not None:
                children[line.parent].append(line)
        #: Children of each line, by id (never in file order).
        self.children: dict[str, tuple[BudgetLine, ...]] = {
            key: tuple(sorted(kids, key=lambda line: line.id)) for key, kids in children.items()
        }
        self._indicator: dict[tuple[str, int, str | None, str], Consensus] = {}
        self._line: dict[tuple[str, str, str | None], Consensus] = {}
        self._amounts: dict[str, anggaran.Amounts | None] = {}
        self._capaian: dict[tuple[str, int, str | None], Decimal | None] = {}
        self._pk: dict[
            tuple[str, int], tuple[Decimal, tuple[Target, ...], Decimal | None] | None
        ] = {}
        self._sum_lines()

    @functools.cached_property
    def quantity(self) -> dict[int, tuple[object, ...]]:
        """The quantity each printed figure claims a value for, by the figure's identity.

        The same slip copied into another place is one slip of one quantity. The check
        itself asks `quantities` for the few figures with a finding.
        """
        return self.quantities()

    def quantities(self, only: AbstractSet[int] | None = None) -> dict[int, tuple[object, ...]]:
        """`quantity`, of the figures whose identity is in *only* (of every figure if ``None``).

        A report of 10⁵ budget lines prints half a million figures, of which a few thousand
        have a finding: only theirs are kept.
        """
        return dict(self._claims(only))

    def _claims(  # noqa: C901, PLR0912 - one loop per kind of row
        self, only: AbstractSet[int] | None
    ) -> Iterator[tuple[int, tuple[object, ...]]]:
        """Each printed figure of a quantity (of those in *only*), by identity, with the quantity.

        A figure not asked for is skipped before its quantity is made.
        """
        report = self.report
        every = only is None
        wanted: AbstractSet[int] = frozenset() if only is None else only
        for indicator in report.indicators:
            for row in indicator.rows:
                for key, subject in _own(row, only):
                    yield id(subject), ("indicator", indicator.id, row.year, key)
            for target in indicator.targets:
                if every or id(target.value) in wanted:
                    yield id(target.value), ("target", indicator.id, target.year, target.version)
        for line in report.budget:
            for pagu in line.pagu:
                if every or id(pagu.value) in wanted:
                    yield id(pagu.value), ("line", line.id, "pagu", pagu.version)
            for budget_row in line.rows:
                for key, subject in _own(budget_row, only):
                    yield id(subject), ("line", line.id, key)
        for efficiency in report.efficiency:
            # A row of the unit's overall capaian (no indicator) is its own quantity.
            about = efficiency.indicator or f"efficiency {efficiency.id}"
            for key, subject in _own(efficiency, only):
                yield id(subject), ("efficiency", about, key)
        for amount in report.amounts:
            value = amount.figure.value.normalize()
            if every or id(amount.figure) in wanted:
                yield id(amount.figure), ("amount", value, "figure")
            if amount.words is not None and (every or id(amount.words) in wanted):
                yield id(amount.words), ("amount", value, "words")

    # ------------------------------------------------------------ indicators
    def indicator_value(
        self, indicator_id: str, year: int, measure: str, period: str | None = None
    ) -> Consensus:
        """The consensus of one measure (target, realisasi, capaian) of a year (and period).

        A target is one quantity with the latest Perjanjian Kinerja of the year (the
        perubahan, else the murni); a tie of printed capaian is broken by the capaian of
        the consensus target and realisasi.
        """
        key = (indicator_id, year, period, measure)
        found = self._indicator.get(key)
        if found is None:
            indicator = self.indicators[indicator_id]
            figures = [
                f
                for row in indicator.rows
                if row.year == year and row.period == period and own(row, measure)
                if (f := getattr(row, measure)) is not None
            ]
            recomputed = None
            if measure == "target" and period is None:
                final = self.pk_target(indicator_id, year)
                if final is not None:
                    figures += [t.value for t in final[1]]
                    recomputed = final[0]
            if measure == "capaian":
                recomputed = self.capaian(indicator_id, year, period)
            found = decided(figures, recomputed)
            if measure == "target" and period is None and recomputed is not None:
                # The latest Perjanjian Kinerja is the reference, however many tables copy
                # a superseded target.
                found = attrs.evolve(
                    found,
                    value=recomputed,
                    count=sum(f.value == recomputed for f in figures),
                )
            self._indicator[key] = found
        return found

    def pk_target(
        self, indicator_id: str, year: int
    ) -> tuple[Decimal, tuple[Target, ...], Decimal | None] | None:
        """The latest Perjanjian Kinerja target of a year, its declarations, the murni it replaces.

        The perubahan (the latest by date when several are declared) else the murni
        (their consensus); ``None`` when the report declares no PK target for the year.
        """
        key = (indicator_id, year)
        if key not in self._pk:
            self._pk[key] = self._pk_target(indicator_id, year)
        return self._pk[key]

    def _pk_target(
        self, indicator_id: str, year: int
    ) -> tuple[Decimal, tuple[Target, ...], Decimal | None] | None:
        targets = [t for t in self.indicators[indicator_id].targets if t.year == year]
        perubahan = [t for t in targets if t.version == "perubahan"]
        murni = [t for t in targets if t.version == "murni"]
        murni_value = decide([t.value for t in murni]).value
        if perubahan:
            latest = max(t.date.toordinal() if t.date else 0 for t in perubahan)
            last = [t for t in perubahan if (t.date.toordinal() if t.date else 0) == latest]
            value = decide([t.value for t in last]).value
            if value is not None:
                superseded = murni_value if murni_value != value else None
                return value, tuple(last), superseded
        if murni and murni_value is not None:
            return murni_value, tuple(murni), None
        return None

    def planned(self, indicator_id: str, year: int) -> Decimal | None:
        """The target of *year* in the latest planning document declaring it (Renstra …)."""
        pk = self.pk_target(indicator_id, year)
        if pk is not None:
            return pk[0]
        targets = [t for t in self.indicators[indicator_id].targets if t.year == year]
        for version in reversed(VERSIONS):
            found = decide([t.value for t in targets if t.version == version]).value
            if found is not None:
                return found
        return None

    def capaian(self, indicator_id: str, year: int, period: str | None = None) -> Decimal | None:
        """The capaian of the consensus target and realisasi, ``None`` if either is unknown.

        Exact, and capped only at the cap the indicator or the report declares (`cap`).
        """
        key = (indicator_id, year, period)
        if key not in self._capaian:
            self._capaian[key] = self._capaian_of(indicator_id, year, period)
        return self._capaian[key]

    def uncapped(self, indicator_id: str, year: int, period: str | None = None) -> Decimal | None:
        """`capaian` before the declared cap (the same value when none is declared)."""
        if self.cap(self.indicators[indicator_id]) is None:
            return self.capaian(indicator_id, year, period)
        return self._capaian_of(indicator_id, year, period, capped=False)

    def _capaian_of(
        self, indicator_id: str, year: int, period: str | None, *, capped: bool = True
    ) -> Decimal | None:
        indicator = self.indicators[indicator_id]
        target = self.indicator_value(indicator_id, year, "target", period).value
        realisasi = self.indicator_value(indicator_id, year, "realisasi", period).value
        if target is None or realisasi is None:
            return None
        figures = self.indicator_value(indicator_id, year, "target", period).figures
        try:
            return capaian.compute(
                range_of(target, figures),
                realisasi,
                indicator.polarity,
                cap=self.cap(indicator) if capped else None,
                minimize_formula=self.formula(indicator),
            )
        except AkipError:
            return None

    def cap(self, indicator: Indicator) -> Decimal | None:
        """The cap on *indicator*'s capaian: its own, the report's ``capaian_cap``, else none.

        Akip rules §1: no cap by default; a declared cap applies before the label is judged
        and before the capaian enters a mean.
        """
        return indicator.cap if indicator.cap is not None else self.report.capaian_cap

    def formula(self, indicator: Indicator) -> str:
        """The lower-is-better formula of *indicator*: its own, the report's, else (2T − R)/T."""
        return (
            indicator.minimize_formula
            or self.report.minimize_formula
            or capaian.MinimizeFormula.TWO_T_MINUS_R.value
        )

    # ------------------------------------------------------------ budget lines
    def line_value(self, line_id: str, measure: str, version: str | None = None) -> Consensus:
        """The consensus of a line's pagu (of *version*, or the latest) or realisasi.

        The latest pagu is the perubahan (else the murni) of the pagu tables together with
        the pagu of the line's rows; ties are broken by the sum of the line's children.
        """
        return self._line[line_id, measure, version]

    def _figures(self, line: BudgetLine, measure: str, version: str | None) -> list[Figure]:
        if not line.pagu and measure == "pagu" and version is not None:
            return []  # most lines print no pagu table (the sub kegiatan)
        if measure == "realisasi":
            # A realisasi up to a period (s.d. TW II) is not the year's.
            return [
                row.realisasi
                for row in line.rows
                if row.realisasi is not None and row.period is None
            ]
        if version is not None:
            return [p.value for p in line.pagu if p.version == version]
        if not line.pagu:  # the pagu of the rows alone (most lines)
            return [row.pagu for row in line.rows if row.pagu is not None]
        latest = "perubahan" if any(p.version == "perubahan" for p in line.pagu) else "murni"
        return [p.value for p in line.pagu if p.version == latest] + [
            row.pagu for row in line.rows if row.pagu is not None
        ]

    def _sum_lines(self) -> None:
        """Every line's consensus, children before parents, each subtree summed once."""
        order: list[BudgetLine] = []
        roots = [line for line in self.report.budget if line.parent not in self.lines]
        stack = list(roots)
        seen: set[str] = set()
        while stack:
            line = stack.pop()
            if line.id in seen:
                continue
            seen.add(line.id)
            order.append(line)
            stack.extend(self.children.get(line.id, ()))
        order += [line for line in self.report.budget if line.id not in seen]  # cycles
        consensus = self._line
        for line in reversed(order):
            kids = self.children.get(line.id, ())
            for measure, version in _LINE_QUANTITIES:
                figures = self._figures(line, measure, version)
                if not kids and not figures:
                    consensus[line.id, measure, version] = _NOTHING
                    continue
                recomputed = None
                if kids:
                    parts = [consensus.get((kid.id, measure, version)) for kid in kids]
                    values = [None if p is None else p.value for p in parts]
                    if None not in values:
                        recomputed = total(cast("list[Decimal]", values))
                consensus[line.id, measure, version] = decided(figures, recomputed)
            self._amounts[line.id] = self._amounts_of(line, kids)

    def _amounts_of(
        self, line: BudgetLine, kids: tuple[BudgetLine, ...]
    ) -> anggaran.Amounts | None:
        pagu = self._line[line.id, "pagu", None]
        realisasi = self._line[line.id, "realisasi", None]
        if (
            pagu.figures
            and realisasi.figures
            and pagu.value is not None
            and realisasi.value is not None
        ):
            return _amounts(pagu.value, realisasi.value)
        if not kids:
            return None
        parts = [self._amounts.get(kid.id) for kid in kids]
        if any(part is None for part in parts):
            return None
        return anggaran.group_total(part for part in parts if part is not None)

    def amounts(self, line_id: str) -> anggaran.Amounts | None:
        """Pagu and realisasi of a line: its consensus, else the sum of its children."""
        return self._amounts.get(line_id)

    def group(self, lines: tuple[str, ...]) -> list[anggaran.Amounts]:
        """The amounts of each line, or ``[]`` if one of them has none."""
        items = []
        for line in lines:
            amounts = self._amounts.get(line)
            if amounts is None:
                return []
            items.append(amounts)
        return items
