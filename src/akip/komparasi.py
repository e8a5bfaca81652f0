"""komparasi (perbandingan kinerja, comparisons across years and toward the Renstra target).

Bab III of an LKjIP compares each indicator with earlier years (target, realisasi and capaian
per year, and the change between years in points and in percent) and with the end target of
the Renstra (*tingkat kemajuan*, progress toward the end target). akip computes every column
from the inputs:

- capaian per year: `akip.capaian.compute` with the indicator's polarity; a year with no
  target (printed "-") is not assessed; a realisasi for a year with no target is an error;
- change between two years: ``new − old`` points and ``(new − old) / old × 100`` percent
  (``None``, not computable, when the old value is 0 or negative: a relative change needs a
  positive base; ``base="absolute"`` divides by its magnitude instead);
- progress toward the Renstra end target, declared per indicator (A13):
  ``cumulative_sum`` (the realisasi of every year up to the year, summed: counts) or
  ``latest_level`` (the realisasi of the latest reported year: levels, percentages). The
  capaian formula of the indicator's polarity is applied against the end target, so a
  minimize indicator uses the minimize formula.

References:
    - LKIP 2024 Badan Kesbangpol Kota Dumai, Tabel III.4 (targets, realisasi and capaian
      2022–2024) and Tabel III.5 (Perbandingan Realisasi Kinerja Sampai Dengan Akhir Periode
      Renstra).
    - akip rules §5; rules-research §6 and ambiguity A13.

Examples:
    Tabel III.4, "Persentase peningkatan Stabilitas Politik Dalam Negeri":

    >>> from akip.numbers import round_half_up
    >>> c = compare_years({2022: 90, 2023: 90, 2024: 90}, {2022: 90, 2023: 90, 2024: 94})
    >>> [round_half_up(row.capaian, 0) for row in c.rows]
    [Decimal('100'), Decimal('100'), Decimal('104')]
    >>> round_half_up(c.capaian_change(2023, 2024).points)
    Decimal('4.44')

    Tabel III.5, the same indicator against the Renstra end target 90 %:

    >>> p = renstra_progress(90, {2024: 94}, 2024, mode="latest_level",
    ...                      periode=PeriodeRencana(2021, 2026))
    >>> round_half_up(p.capaian, 0), p.year_index
    (Decimal('104'), 4)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from akip import _html, capaian
from akip._bands import parse_option
from akip._decimal import CONTEXT, in_context, percent, total
from akip._validators import clean_text, shown, typed
from akip.exceptions import InvalidValue, NotAssessed, PeriodError
from akip.numbers import to_decimal
from akip.periode import PeriodeRencana

if TYPE_CHECKING:
    from decimal import Decimal

    from akip.perubahan import VersionHistory

__all__ = [
    "Change",
    "Comparison",
    "Kemajuan",
    "ProgressMode",
    "RelativeBase",
    "YearFigure",
    "change",
    "compare_years",
    "renstra_progress",
    "renstra_realisasi",
]


def _year_key(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _LAST_YEAR:
        msg = f"'tahun' must be an int year (1–{_LAST_YEAR}): {shown(value)}"
        raise PeriodError(msg)
    return value


_LAST_YEAR = 9999


def _mapping(values: object, field: str) -> Mapping[Any, object]:
    if not isinstance(values, Mapping):
        msg = f"{shown(field)} must be a mapping of year to value: {shown(values)}"
        raise InvalidValue(msg)
    return values


def _by_year(values: Mapping[Any, object], field: str) -> dict[int, Decimal | None]:
    return {
        _year_key(year): None if value is None else to_decimal(value, field=field)
        for year, value in _mapping(values, field).items()
    }


@typed
@attrs.frozen
class YearFigure:
    """One year of an indicator: target, realisasi and capaian (``None``: not assessed).

    ``target_version`` names the PK version the target was taken from when the year's
    target was given as a `VersionHistory` (``None`` for a plain number).
    """

    tahun: int
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    target_version: str | None = None


def _governing(
    history: VersionHistory, rule: object, key: str | None, year: int
) -> tuple[Decimal, str]:
    """The target of *year* from a PK history: the version *rule* picks, its *key*."""
    version = (
        history.applicable(rule) if isinstance(rule, dt.date) else history.applicable(rule=rule)
    )
    if key is None:
        if len(version.keys) != 1:
            msg = (
                f"'key' must name the indicator: the {year} target versions hold "
                f"{list(version.keys)}: None"
            )
            raise InvalidValue(msg)
        return version.items[0][1], version.label
    return version.value(key), version.label


@typed
@attrs.frozen
class Change:
    """The change of a figure between two years.

    Attributes:
        from_year: The earlier year.
        to_year: The later year.
        old: The earlier value.
        new: The later value.
        points: ``new − old`` (percentage points for a capaian).
        percent: ``(new − old) / old × 100``; ``None`` (not computable) when *old* is 0, or
            negative without ``base="absolute"`` (`RelativeBase`).
    """

    from_year: int
    to_year: int
    old: Decimal
    new: Decimal
    points: Decimal
    percent: Decimal | None


@typed
@attrs.frozen
class Comparison:
    """An indicator over several years (Tabel III.4), in year order."""

    rows: tuple[YearFigure, ...]

    def year(self, tahun: int) -> YearFigure:
        """The row of *tahun*.

        Raises:
            PeriodError: if the year is not in the comparison.
        """
        year = _year_key(tahun)
        for row in self.rows:
            if row.tahun == year:
                return row
        msg = f"'tahun' is not in the comparison: {shown(tahun)}"
        raise PeriodError(msg)

    def _change(self, field: str, from_year: object, to_year: object, base: object) -> Change:
        from_year, to_year = _year_key(from_year), _year_key(to_year)
        if from_year >= to_year:
            msg = f"'to_year' must be after 'from_year' ({from_year}): {to_year}"
            raise PeriodError(msg)
        old = getattr(self.year(from_year), field)
        new = getattr(self.year(to_year), field)
        if old is None or new is None:
            msg = (
                f"{shown(field)} is not assessed in {from_year if old is None else to_year}: None"
            )
            raise NotAssessed(msg)
        return change(from_year, to_year, old, new, base=base)

    def _repr_html_(self) -> str:
        """The years as a table (Tabel III.4), for Jupyter."""
        return _html.grid(
            "akip-comparison",
            ("tahun", "target", "realisasi", "capaian %", "versi target"),
            (
                (str(r.tahun), r.target, r.realisasi, r.capaian, r.target_version)
                for r in self.rows
            ),
        )

    def capaian_change(self, from_year: int, to_year: int, *, base: object = "positive") -> Change:
        """The change of capaian between two years (points and percent; see `change`)."""
        return self._change("capaian", from_year, to_year, base)

    def realisasi_change(
        self, from_year: int, to_year: int, *, base: object = "positive"
    ) -> Change:
        """The change of realisasi between two years (points and percent; see `change`)."""
        return self._change("realisasi", from_year, to_year, base)


class RelativeBase(enum.Enum):
    """Which base a relative change ``(new − old) / base × 100`` divides by.

    A relative change is defined against a positive base: from −10 to −5 is a rise, yet
    (−5 − (−10)) / −10 gives −50 %, and from 0 nothing is a percentage of it. No regulation
    defines the case, so by default the percent is not computable (``None``); dividing by
    the base's magnitude is a convention some analysts use, and must be asked for.
    """

    #: ``(new − old) / old × 100`` for a positive *old*; not computable (``None``) for an
    #: *old* of 0 or below (default).
    POSITIVE = "positive"
    #: ``(new − old) / |old| × 100``: the sign follows the direction of the change. An *old*
    #: of 0 is still not computable.
    ABSOLUTE = "absolute"


@in_context
def change(
    from_year: object,
    to_year: object,
    old: object,
    new: object,
    *,
    base: object = RelativeBase.POSITIVE,
) -> Change:
    """The change of one figure between two years: points and percent.

    ``points`` is ``new − old``: for a figure that is itself a percentage (a capaian, a
    penyerapan) these are *percentage points*. ``percent`` is the relative change
    ``(new − old) / old × 100``, ``None`` (not computable) when *old* is 0 or negative —
    from −10 to −5 is a rise, never "−50 %" — unless ``base="absolute"`` divides by
    ``|old|`` (`RelativeBase`). The two differ unless *old* is 100, which is why a report's
    "turun sebesar 5,93%" must say which one it means.

    Args:
        from_year: The earlier year.
        to_year: The later year (after *from_year*).
        old: The value in *from_year*.
        new: The value in *to_year*.
        base: `RelativeBase`: ``"positive"`` (default) or ``"absolute"``.

    Raises:
        PeriodError: if a year is not an int, or *to_year* is not after *from_year*.
        InvalidNumber: if *old* or *new* is not a number.

    Examples:
        Realisasi anggaran of the Dumai LKIP 2024 (§B): 96,66 % in 2023, 90,73 % in 2024.

        >>> from akip.numbers import round_half_up
        >>> c = change(2023, 2024, "96.66", "90.73")
        >>> c.points, round_half_up(c.percent)
        (Decimal('-5.93'), Decimal('-6.13'))

        From a negative base the relative change is not computable unless asked for:

        >>> change(2023, 2024, -10, -5).percent is None
        True
        >>> change(2023, 2024, -10, -5, base="absolute").percent
        Decimal('50')
    """
    rule = parse_option(RelativeBase, base, "base")
    start, end = _year_key(from_year), _year_key(to_year)
    if start >= end:
        msg = f"'to_year' must be after 'from_year' ({start}): {end}"
        raise PeriodError(msg)
    before = to_decimal(old, field="old")
    after = to_decimal(new, field="new")
    points = total([after, before.copy_negate()], field="points", exact=False)
    return Change(
        from_year=start,
        to_year=end,
        old=before,
        new=after,
        points=points,
        percent=_relative(points, before, rule),
    )


def _relative(points: Decimal, before: Decimal, rule: RelativeBase) -> Decimal | None:
    if before > 0:
        return percent(points, before)
    if before < 0 and rule is RelativeBase.ABSOLUTE:
        return percent(points, CONTEXT.minus(before))
    return None


@in_context
def compare_years(
    targets: Mapping[Any, object],
    realisasi: Mapping[Any, object],
    polarity: object = capaian.Polarity.MAXIMIZE,
    *,
    periode: PeriodeRencana | None = None,
    target_version: object = "latest",
    key: str | None = None,
    **options: object,
) -> Comparison:
    """Target, realisasi and capaian of an indicator per year (Tabel III.4).

    Args:
        targets: Year → target; ``None`` (printed "-") when the indicator had no target. A
            year whose target was revised (PK perubahan) may be given as an
            `akip.perubahan.VersionHistory`; *target_version* picks the version.
        realisasi: Year → realisasi; ``None`` or absent when not reported.
        polarity: The indicator's polarity.
        periode: If given, every year must lie in this Renstra / RPJMD period.
        target_version: For targets given as a history: a `VersionRule` (``"latest"``, the
            default: the signed PK perubahan; ``"original"``) or a ``datetime.date`` (the
            version in force that day). akip rules §5.
        key: The indicator's key in the histories (needed when a version holds several).
        **options: Passed to `akip.capaian.compute`.

    Raises:
        PeriodError: a realisasi for a year with no target, a year outside *periode*, a
            date before the first version.
        InvalidValue: an unknown version rule, a key the version does not hold.

    Examples:
        An illustrative PK perubahan that revises a target from 90 to 95 on 23 September
        (the date of the Dumai LKIP 2024's Tabel 3):

        >>> from datetime import date
        >>> from akip.perubahan import Version, VersionHistory
        >>> pk = VersionHistory([Version("murni", date(2024, 1, 2), {"IKU1": 90}),
        ...                      Version("perubahan", date(2024, 9, 23), {"IKU1": 95})])
        >>> row = compare_years({2024: pk}, {2024: 94}).year(2024)
        >>> row.target, row.target_version
        (Decimal('95'), 'perubahan')
        >>> compare_years({2024: pk}, {2024: 94}, target_version="original").year(2024).target
        Decimal('90')
    """
    capaian.check_options(options, "compare_years")
    given_periode: object = periode  # refused at run time, whatever the annotation says
    if given_periode is not None and not isinstance(given_periode, PeriodeRencana):
        msg = f"'periode' must be a PeriodeRencana or None: {shown(periode)}"
        raise PeriodError(msg)
    if key is not None and not clean_text(key):
        msg = f"'key' must be text or None: {shown(key)}"
        raise InvalidValue(msg)
    # perubahan is loaded only when targets are compared: `akip check` never needs it.
    from akip.perubahan import VersionHistory  # noqa: PLC0415

    given = _mapping(targets, "target")
    plain = {y: v for y, v in given.items() if not isinstance(v, VersionHistory)}
    tgt = _by_year(plain, "target")
    labels: dict[int, str] = {}
    for year, history in given.items():
        if isinstance(history, VersionHistory):
            tahun = _year_key(year)
            tgt[tahun], labels[tahun] = _governing(history, target_version, key, tahun)
    real = _by_year(realisasi, "realisasi")
    rows = []
    for year in sorted(set(tgt) | set(real)):
        if periode is not None:
            periode.check(year)
        target, value = tgt.get(year), real.get(year)
        if value is not None and target is None:
            msg = f"'realisasi' is given for a period that has no target: {year}"
            raise PeriodError(msg)
        score = None
        if target is not None and value is not None:
            score = capaian.compute(target, value, polarity, **options)
        rows.append(
            YearFigure(
                tahun=year,
                target=target,
                realisasi=value,
                capaian=score,
                target_version=labels.get(year),
            )
        )
    return Comparison(rows=tuple(rows))


class ProgressMode(enum.Enum):
    """How realisasi adds up toward the Renstra end target (declared per indicator)."""

    #: Sum the realisasi of every year up to the year (counts, outputs).
    CUMULATIVE_SUM = "cumulative_sum"
    #: The realisasi of the latest reported year (levels, indices, percentages).
    LATEST_LEVEL = "latest_level"

    @classmethod
    def parse(cls, value: object) -> ProgressMode:
        """Accept a member or its name; ``None`` (undeclared) is refused.

        Raises:
            InvalidValue: if the mode is missing or unknown.
        """
        if value is None:
            msg = (
                "'renstra_progress' mode is required on the indicator "
                "(cumulative_sum or latest_level): None"
            )
            raise InvalidValue(msg)
        return parse_option(cls, value, "renstra_progress")


@typed
@attrs.frozen
class Kemajuan:
    """Progress toward the Renstra end target (*tingkat kemajuan*, Tabel III.5).

    Attributes:
        tahun: The year measured.
        year_index: Its year number in the Renstra period.
        mode: The progress mode.
        end_target: The Renstra end target (*target akhir Renstra*).
        realisasi: The realisasi s.d. *tahun* the mode gives.
        capaian: The tingkat kemajuan, exact.
    """

    tahun: int
    year_index: int
    mode: ProgressMode
    end_target: Decimal
    realisasi: Decimal
    capaian: Decimal


@in_context
def renstra_realisasi(
    realisasi: Mapping[Any, object], tahun: object, *, mode: object, periode: PeriodeRencana
) -> Decimal:
    """The realisasi s.d. *tahun* under *mode* (see `renstra_progress`)."""
    kind = ProgressMode.parse(mode)
    year = periode.check(tahun)
    real = _by_year(realisasi, "realisasi")
    for item in real:
        periode.check(item)
    reported = [(y, v) for y, v in sorted(real.items()) if y <= year and v is not None]
    if not reported:
        msg = f"'realisasi' has no reported year up to {year} (not assessed): nothing to measure"
        raise NotAssessed(msg)
    if kind is ProgressMode.CUMULATIVE_SUM:
        return total(v for _, v in reported)
    return reported[-1][1]


@in_context
def renstra_progress(
    end_target: object,
    realisasi: Mapping[Any, object],
    tahun: object,
    *,
    mode: object,
    periode: object,
    polarity: object = capaian.Polarity.MAXIMIZE,
    **options: object,
) -> Kemajuan:
    """Progress of an indicator toward its Renstra end target, s.d. *tahun*.

    Args:
        end_target: The Renstra end target.
        realisasi: Year → realisasi (years after *tahun* are not used).
        tahun: The year measured.
        mode: `ProgressMode`, declared per indicator; required.
        periode: The Renstra period; *tahun* and every realisasi year must lie in it.
        polarity: The indicator's polarity; minimize applies the minimize formula.
        **options: Passed to `akip.capaian.compute`.

    Raises:
        PeriodError: a year outside the period.
        InvalidValue: missing or unknown mode.
        NotAssessed: no realisasi up to *tahun*.
    """
    capaian.check_options(options, "renstra_progress")
    if not isinstance(periode, PeriodeRencana):
        msg = f"'periode' must be a PeriodeRencana: {shown(periode)}"
        raise PeriodError(msg)
    kind = ProgressMode.parse(mode)
    used = renstra_realisasi(realisasi, tahun, mode=kind, periode=periode)
    target = to_decimal(end_target, field="end_target")
    value = capaian.compute(target, used, polarity, **options)
    year = periode.check(tahun)
    return Kemajuan(
        tahun=year,
        year_index=periode.year_index(year),
        mode=kind,
        end_target=target,
        realisasi=used,
        capaian=value,
    )
