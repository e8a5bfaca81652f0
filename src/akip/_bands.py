"""Private band mechanism shared by predikat, atribut and evaluasi.

A band table (*skala*) is data: an ordered tuple of [`Band`][akip._bands.Band] values, each
a level with a lower and an upper bound and which of them is inclusive.
[`Scale`][akip._bands.Scale] checks once, when it is built, that its bands are total over
their domain and never overlap: each band's upper bound is the next band's lower bound, and
exactly one of the two includes it. The printed regulation tables have gaps (90–91) and
overlaps (≥ 90 next to 76 ≤ 90); each module resolves them with a named edge rule and builds
a valid scale from it. [`close_gaps`][akip._bands.close_gaps] does so for bands given as
printed (a report's own scale): each gap goes to the band below or to the band above.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeGuard, TypeVar, cast

import attrs

from akip._decimal import EXPONENT_LIMIT
from akip._i18n import joined
from akip._validators import shown
from akip.exceptions import AkipError, BandError, InvalidValue
from akip.numbers import format_number, round_half_up, to_decimal

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

__all__ = [
    "Band",
    "ClassifyOn",
    "LabelledEnum",
    "Level",
    "Scale",
    "at_item",
    "close_gaps",
    "first_gap",
    "parse_option",
    "rate_many",
    "rating_options",
    "rating_value",
    "sequence",
]

L = TypeVar("L")
E = TypeVar("E", bound=Enum)


class LabelledEnum(Enum):
    """An enum whose value is its official Indonesian label."""

    @property
    def label(self) -> str:
        """The Indonesian label printed in reports (``"Sangat Tinggi"``)."""
        return str(self.value)

    def __str__(self) -> str:
        return self.label


@attrs.frozen
class Level:
    """A level of a custom scale built from data: its label (and nothing else)."""

    label: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __str__(self) -> str:
        return self.label


def parse_option(kind: type[E], value: object, field: str) -> E:
    """Accept an option as its enum member or its value as text, case-insensitively.

    Raises:
        InvalidValue: naming *field*, the allowed values and the value given.
    """
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        for member in kind:
            if str(member.value).lower() == value.strip().lower():
                return member
    choices = ", ".join(repr(m.value) for m in kind)
    msg = f"{shown(field)} must be one of {choices}: {shown(value)}"
    raise InvalidValue(msg)


class ClassifyOn(Enum):
    """Whether a band is chosen from the raw value or from the value as printed."""

    #: The exact, unrounded value (default): 90,996 is below 91.
    RAW = "raw"
    #: The value rounded HALF_UP to 2 decimals: 90,996 → 91,00.
    ROUNDED = "rounded"


_RAW = ClassifyOn.RAW  # a module constant: an Enum class lookup is slow on the fast path


def rating_value(
    value: object, *, cap: object = None, classify_on: object = ClassifyOn.RAW
) -> Decimal:
    """The number a scale rates: *value*, capped at *cap* if given, rounded if asked.

    This is the one place where the ``cap`` and ``classify_on`` options of every rating
    module (predikat, atribut, evaluasi) are applied.
    """
    if (
        cap is None
        and classify_on is _RAW
        and type(value) is Decimal
        and value.is_finite()
        and -EXPONENT_LIMIT <= value.adjusted() <= EXPONENT_LIMIT
    ):
        return value
    number = to_decimal(value, field="value")
    if cap is not None:
        number = min(number, to_decimal(cap, field="cap"))
    if parse_option(ClassifyOn, classify_on, "classify_on") is ClassifyOn.ROUNDED:
        number = round_half_up(number, 2)
    return number


def _bound(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="bound")


@attrs.frozen
class Band(Generic[L]):
    """One band of a scale: *level* for values between *lower* and *upper*.

    Attributes:
        level: What a value in the band is rated (an enum member or a `Level`).
        lower: The lower bound, or ``None`` for no lower bound.
        upper: The upper bound, or ``None`` for no upper bound.
        lower_inclusive: Whether *lower* itself is in the band.
        upper_inclusive: Whether *upper* itself is in the band.
    """

    level: L
    lower: Decimal | None = attrs.field(converter=_bound)
    upper: Decimal | None = attrs.field(converter=_bound)
    lower_inclusive: bool = True
    upper_inclusive: bool = False

    def __attrs_post_init__(self) -> None:
        if self.lower is not None and self.upper is not None:
            point = self.lower == self.upper and self.lower_inclusive and self.upper_inclusive
            if self.lower > self.upper or (self.lower == self.upper and not point):
                msg = f"band {self.level} is empty: lower {self.lower}, upper {self.upper}"
                raise BandError(msg)

    def contains(self, value: Decimal) -> bool:
        """Whether *value* falls in this band."""
        if self.lower is not None and (
            value < self.lower or (value == self.lower and not self.lower_inclusive)
        ):
            return False
        return not (
            self.upper is not None
            and (value > self.upper or (value == self.upper and not self.upper_inclusive))
        )

    def interval(self) -> str:
        """The band as printed text: ``76 ≤ x < 91``, ``x ≥ 91``, ``x < 51``."""
        parts: list[str] = []
        if self.lower is not None:
            parts.append(f"{_show(self.lower)} {'≤' if self.lower_inclusive else '<'} ")
        parts.append("x")
        if self.upper is not None:
            parts.append(f" {'≤' if self.upper_inclusive else '<'} {_show(self.upper)}")
        return "".join(parts)


def _show(value: Decimal) -> str:
    places = max(0, -int(value.normalize().as_tuple().exponent))
    return format_number(value, places)


def _sorted_bands(bands: Iterable[Band[Any]]) -> tuple[Band[Any], ...]:
    def key(band: Band[Any]) -> tuple[int, Decimal, bool]:
        # Two bands may start at the same number: a point band [100, 100] comes before the
        # band (100, …) that starts just above it.
        if band.lower is None:
            return (0, Decimal(0), False)
        return (1, band.lower, not band.lower_inclusive)

    return tuple(sorted(bands, key=key))


def _leaves_gap(below: Band[Any], above: Band[Any]) -> bool:
    """Whether some value between two neighbouring bands (sorted) is in neither of them."""
    if below.upper is None or above.lower is None:
        return False  # an unbounded band below another: an overlap
    if below.upper != above.lower:
        return below.upper < above.lower
    return not below.upper_inclusive and not above.lower_inclusive


def first_gap(bands: Iterable[Band[L]]) -> tuple[Band[L], Band[L]] | None:
    """The first two neighbouring bands with values in neither of them, lowest first.

    Examples:
        >>> baik = Band(Level("Baik"), 76, 90, upper_inclusive=True)
        >>> sangat_baik = Band(Level("Sangat Baik"), 91, 100, upper_inclusive=True)
        >>> [str(b.level) for b in first_gap([sangat_baik, baik])]
        ['Baik', 'Sangat Baik']
    """
    ordered = _sorted_bands(bands)
    for below, above in itertools.pairwise(ordered):
        if _leaves_gap(below, above):
            return below, above
    return None


def close_gaps(bands: Iterable[Band[L]], *, keep_lower_bounds: bool) -> tuple[Band[L], ...]:
    """The bands, lowest first, with every gap between neighbours given to one of them.

    A printed scale leaves gaps: "76 % ≤ 90 %" under "91 % ≤ 100 %" puts 90,5 in no band
    (Permendagri 86/2017 and the reports that copy it; akip rules §2, rules-research Rule
    2.3). With *keep_lower_bounds* every band keeps its printed lower bound and runs up to
    the next band's, so a gap goes to the band below it (the ``lower_bound`` edge rule:
    ≥ 91, ≥ 76; 90,5 is in "76 % ≤ 90 %"); otherwise every band keeps its printed upper
    bound and a gap goes to the band above it (the ``upper_bound`` edge rule: > 90, > 75).
    A gap of any width is closed, and so is a single number neither neighbour includes
    (``< 85`` under ``> 85``). Neighbours that touch or overlap are left as they are:
    `Scale` refuses an overlap.

    Examples:
        >>> baik = Band(Level("Baik"), 76, 90, upper_inclusive=True)
        >>> sangat_baik = Band(Level("Sangat Baik"), 91, 100, upper_inclusive=True)
        >>> [b.interval() for b in close_gaps([sangat_baik, baik], keep_lower_bounds=True)]
        ['76 ≤ x < 91', '91 ≤ x ≤ 100']
        >>> [b.interval() for b in close_gaps([sangat_baik, baik], keep_lower_bounds=False)]
        ['76 ≤ x ≤ 90', '90 < x ≤ 100']
    """
    closed = list(_sorted_bands(bands))
    for index in range(len(closed) - 1):
        below, above = closed[index], closed[index + 1]
        if not _leaves_gap(below, above):
            continue
        if keep_lower_bounds:
            closed[index] = attrs.evolve(
                below, upper=above.lower, upper_inclusive=not above.lower_inclusive
            )
        else:
            closed[index + 1] = attrs.evolve(
                above, lower=below.upper, lower_inclusive=not below.upper_inclusive
            )
    return tuple(closed)


@attrs.frozen
class Scale(Generic[L]):
    """A validated band table: total over its domain, never overlapping.

    Bands may be given in any order; they are kept from lowest to highest. The domain runs
    from the first band's lower bound to the last band's upper bound (``None`` = unbounded).

    Attributes:
        name: The scale's name (``"permendagri86_lower_bound"``).
        bands: The bands, lowest first.
        source: Where the table comes from (regulation, report).

    Raises:
        BandError: if two neighbouring bands leave a gap or overlap.
    """

    name: str
    bands: tuple[Band[L], ...] = attrs.field(converter=_sorted_bands)
    source: str = ""
    # Lookup tables derived from the validated bands for `classify` (not part of the value).
    _edges: tuple[Decimal, ...] = attrs.field(init=False, repr=False, eq=False)
    _edge_goes_down: tuple[bool, ...] = attrs.field(init=False, repr=False, eq=False)
    _levels: tuple[L, ...] = attrs.field(init=False, repr=False, eq=False)
    # For an unbounded scale whose every edge belongs to the same side: the bisection that
    # gives a value's band at once (`rate_many`), else None.
    _search: Callable[[Sequence[Decimal], Decimal], int] | None = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.bands:
            msg = f"scale {shown(self.name)} has no bands"
            raise BandError(msg)
        for below, above in zip(self.bands, self.bands[1:], strict=False):
            if below.upper is None or above.lower is None or below.upper != above.lower:
                msg = (
                    f"scale {shown(self.name)}: band {below.level} ends at {below.upper} but "
                    f"band {above.level} starts at {above.lower} (a gap or an overlap)"
                )
                raise BandError(msg)
            if below.upper_inclusive == above.lower_inclusive:
                what = "both include" if below.upper_inclusive else "neither includes"
                msg = (
                    f"scale {shown(self.name)}: bands {below.level} and {above.level} {what} "
                    f"the edge {below.upper}"
                )
                raise BandError(msg)
        # Inner edges, lowest first: band i ends and band i + 1 starts at _edges[i]; the
        # edge itself belongs to band i when _edge_goes_down[i]. Checked above.
        inner = self.bands[:-1]
        object.__setattr__(self, "_edges", tuple(b.upper for b in inner))
        object.__setattr__(self, "_edge_goes_down", tuple(b.upper_inclusive for b in inner))
        object.__setattr__(self, "_levels", tuple(b.level for b in self.bands))
        search = None
        if self.bands[0].lower is None and self.bands[-1].upper is None:
            # Every edge in the band above: bisect_right; every edge in the band below:
            # bisect_left (the two cases of `_index`).
            if not any(self._edge_goes_down):
                search = bisect.bisect_right
            elif all(self._edge_goes_down):
                search = bisect.bisect_left
        object.__setattr__(self, "_search", search)

    def __iter__(self) -> Iterator[Band[L]]:
        return iter(self.bands)

    @property
    def levels(self) -> tuple[L, ...]:
        """The levels from lowest to highest."""
        return self._levels

    def _index(self, value: object) -> int:
        """Position of the band *value* falls in (a binary search over the inner edges)."""
        number = value if type(value) is Decimal and value.is_finite() else to_decimal(value)
        lowest, highest = self.bands[0], self.bands[-1]
        below = lowest.lower is not None and (
            number < lowest.lower or (number == lowest.lower and not lowest.lower_inclusive)
        )
        above = highest.upper is not None and (
            number > highest.upper or (number == highest.upper and not highest.upper_inclusive)
        )
        if below or above:
            msg = f"scale {shown(self.name)} does not cover {number}"
            raise BandError(msg)
        index = bisect.bisect_left(self._edges, number)
        if (
            index < len(self._edges)
            and self._edges[index] == number
            and not self._edge_goes_down[index]
        ):
            index += 1
        return index

    def band_of(self, value: object) -> Band[L]:
        """Return the one band that *value* falls in.

        Raises:
            InvalidNumber: if *value* is not a number.
            BandError: if *value* is outside the scale's domain.
        """
        return self.bands[self._index(value)]

    def classify(self, value: object) -> L:
        """Return the level of the band that *value* falls in.

        Raises:
            InvalidNumber: if *value* is not a number.
            BandError: if *value* is outside the scale's domain.
        """
        return self._levels[self._index(value)]

    def rank(self, level: L) -> int:
        """Position of *level* on the scale: 0 for the lowest band."""
        return self.levels.index(level)

    def to_markdown(self) -> str:
        """The scale as a Markdown table, highest band first (as regulations print them)."""
        rows = ["| Interval | Kriteria |", "|---|---|"]
        rows.extend(
            f"| {band.interval()} | {_label(band.level)} |" for band in reversed(self.bands)
        )
        return "\n".join(rows)

    @classmethod
    def from_rows(
        cls, name: str, rows: Iterable[Mapping[str, object]], source: str = ""
    ) -> Scale[Level]:
        """Build a custom scale from data, one mapping per band.

        Each row has ``label`` and optional ``lower``, ``upper`` (numbers or ``None``),
        ``lower_inclusive`` (default true) and ``upper_inclusive`` (default false).

        Raises:
            InvalidValue: if a row has unknown or missing keys.
            BandError: if the bands leave a gap or overlap.

        Examples:
            >>> s = Scale.from_rows("lulus", [
            ...     {"label": "Lulus", "lower": 60},
            ...     {"label": "Tidak Lulus", "upper": 60},
            ... ])
            >>> s.classify(59.99).label, s.classify(60).label
            ('Tidak Lulus', 'Lulus')
        """
        bands: list[Band[Level]] = []
        allowed = {"label", "lower", "upper", "lower_inclusive", "upper_inclusive"}
        for index, row in enumerate(rows):
            unknown = set(row) - allowed
            if unknown or "label" not in row:
                msg = (
                    f"scale {shown(name)} row {index}: keys must be {sorted(allowed)}: {dict(row)}"
                )
                raise InvalidValue(msg)
            bands.append(
                Band(
                    Level(str(row["label"])),
                    row.get("lower"),
                    row.get("upper"),
                    lower_inclusive=bool(row.get("lower_inclusive", True)),
                    upper_inclusive=bool(row.get("upper_inclusive", False)),
                )
            )
        return Scale(name, tuple(bands), source)


def _label(level: object) -> str:
    return str(getattr(level, "label", level))


# ---------------------------------------------------------------- many values at once


def sequence(values: object, field: str) -> list[object] | tuple[object, ...]:
    """*values* as a list or a tuple, for the ``*_many`` functions (an iterable is listed).

    Raises:
        InvalidValue: naming *field*, for text, a mapping or a non-iterable.
    """
    if type(values) is list or type(values) is tuple:
        return values
    if isinstance(values, str | bytes | dict) or not isinstance(values, Iterable):
        msg = f"{shown(field)} must be a sequence of values: {shown(values)}"
        raise InvalidValue(msg)
    return list(values)


def at_item(exc: AkipError, where: str) -> AkipError:
    """*exc* again, of the same type, its message prefixed with *where* (``values[3]``)."""
    text = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    return type(exc)(joined(": ", [where, text]))


def rating_options(cap: object, classify_on: object) -> bool:
    """Check the ``cap`` and ``classify_on`` options as `rating_value` does, in its order.

    Returns:
        Whether the raw value is rated (``classify_on="raw"``).
    """
    if cap is not None:
        to_decimal(cap, field="cap")
    return parse_option(ClassifyOn, classify_on, "classify_on") is ClassifyOn.RAW


def _rate_one(scale: Scale[L], index: int, value: object, cap: object, classify_on: object) -> L:
    try:
        return scale.classify(rating_value(value, cap=cap, classify_on=classify_on))
    except AkipError as exc:
        raise at_item(exc, f"values[{index}]") from exc


def _ordinary(items: Sequence[object]) -> TypeGuard[Sequence[Decimal]]:
    """Whether every item is a finite `Decimal` within akip's range, in three C-level passes.

    ``Decimal.adjusted`` refuses anything but a `Decimal` (a `TypeError`); the few distinct
    exponents are then compared once.
    """
    decimals = cast("Sequence[Decimal]", items)  # until Decimal.adjusted says otherwise
    try:
        exponents = set(map(Decimal.adjusted, decimals))
        finite = all(map(Decimal.is_finite, decimals))
    except TypeError:
        return False
    return finite and (
        not exponents or (-EXPONENT_LIMIT <= min(exponents) and max(exponents) <= EXPONENT_LIMIT)
    )


def rate_many(
    scale: Scale[L], values: object, *, cap: object = None, classify_on: object = ClassifyOn.RAW
) -> list[L]:
    """The level of each of *values* on *scale*: ``scale.classify(rating_value(v, …))`` each.

    The options are checked once, before any value; a finite `Decimal` within akip's range
    on an unbounded scale with uncapped raw rating is placed by one bisection over the
    scale's edges. Every other value goes through `rating_value` and `Scale.classify`, the
    path of the one-value functions, so the levels and the errors are theirs.

    Raises:
        InvalidValue: *values* is not a sequence; a bad option.
        InvalidNumber: a value that is not a number, prefixed ``values[i]:``.
        BandError: a value outside a bounded scale's domain, prefixed ``values[i]:``.
    """
    items = sequence(values, "values")
    raw = rating_options(cap, classify_on)
    search = scale._search  # noqa: SLF001 - the module's own type
    if search is not None and cap is None and raw:
        edges, levels, limit = scale._edges, scale._levels, EXPONENT_LIMIT  # noqa: SLF001
        if _ordinary(items):
            return [levels[search(edges, value)] for value in items]
        classify = scale.classify
        try:
            return [
                levels[search(edges, value)]
                if type(value) is Decimal
                and value.is_finite()
                and -limit <= value.adjusted() <= limit
                else classify(rating_value(value))
                for value in items
            ]
        except AkipError:
            pass  # again one by one, for the error that names the value
    return [_rate_one(scale, i, v, cap, classify_on) for i, v in enumerate(items)]
