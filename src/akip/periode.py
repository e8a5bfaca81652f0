"""periode (periode pelaporan, reporting periods: tahun anggaran, triwulan, bulan, Renstra).

Reports measure indicators per *tahun anggaran* (fiscal year, 1 January – 31 December), per
*triwulan* (quarter, I–IV) and per *bulan* (month), and place each year inside a five-year
planning period (*Renstra* of an agency, *RPJMD* of a region). Every period is a frozen value
built from inputs; nothing here reads the clock. Date arithmetic counts months (a shift of
n quarters is 3n months) within the years 1–9999 and refuses to leave them.

Figures of several periods are consolidated by a rule declared on each indicator
(`Konsolidasi`, required): ``sum`` for counts and money, ``last`` for levels and
percentages, ``average`` for averages. A cumulative figure "s.d. triwulan n" (*sampai dengan*,
up to and including quarter n) is the consolidation of TW I…n and is compared with the
cumulative target of TW I…n (default) or with the annual target (``quarter_basis``). Money
always sums.

References:
    - Permendagri No. 86 Tahun 2017, evaluation forms with columns "Realisasi Kinerja Pada
      Triwulan I–IV" (formulir E.81), via rules-research §2.2.
    - Kemenkeu practice guide, consolidation types "sum" and "take last known"
      (rules-research §2.2, §8 item 5); ambiguities A11 and A12.
    - LKIP 2024 Badan Kesbangpol Kota Dumai, Bab IV: the Renstra year of 2024.

Examples:
    >>> from datetime import date
    >>> tw = triwulan_of(date(2024, 9, 23))
    >>> str(tw), tw.first_day, tw.last_day
    ('TW III 2024', datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
    >>> [str(b) for b in tw.months]
    ['07/2024', '08/2024', '09/2024']
    >>> [str(t) for t in tw.through()]
    ['TW I 2024', 'TW II 2024', 'TW III 2024']

    The Dumai LKIP 2024: 2024 is year 4 of the Renstra 2021–2026.

    >>> PeriodeRencana(2021, 2026).year_index(2024)
    4

    Consolidation and a cumulative capaian s.d. TW II:

    >>> consolidate([1, 0, 2, None], "sum")
    Decimal('3')
    >>> k = cumulative({1: 25, 2: 25, 3: 25, 4: 25}, {1: 20, 2: 30}, 2, consolidation="sum")
    >>> k.target, k.realisasi, k.capaian
    (Decimal('50'), Decimal('50'), Decimal('100'))
    >>> cumulative({1: 25, 2: 25, 3: 25, 4: 25}, {1: 20, 2: 30}, 2, consolidation="sum",
    ...            quarter_basis="annual_target").capaian
    Decimal('50')
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from akip import capaian
from akip._bands import parse_option
from akip._decimal import in_context, quotient, total
from akip._i18n import N_, Message
from akip._validators import shown, typed
from akip.exceptions import InvalidValue, NotAssessed, PeriodError
from akip.numbers import to_decimal

__all__ = [
    "Bulan",
    "Konsolidasi",
    "Kumulatif",
    "PeriodeRencana",
    "QuarterBasis",
    "TahunAnggaran",
    "Triwulan",
    "Unreported",
    "consolidate",
    "cumulative",
    "month_of",
    "triwulan_of",
]

_ROMAN = ("I", "II", "III", "IV")
_MONTHS_PER_TRIWULAN = 3
_FIRST_YEAR = 1
_LAST_YEAR = 9999
_MAX_STEPS = 12 * _LAST_YEAR  # more months than the calendar of years 1–9999 has


def _year(value: object, field: str = "tahun") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{shown(field)} must be an int year: {shown(value)}"
        raise PeriodError(msg)
    if not _FIRST_YEAR <= value <= _LAST_YEAR:
        msg = (
            f"{shown(field)} must be a year between {_FIRST_YEAR} and {_LAST_YEAR}: {shown(value)}"
        )
        raise PeriodError(msg)
    return value


def _date(value: object, field: str) -> date:
    # A datetime is a date subclass, but compares unequal to every date (and raises
    # TypeError against one): a moment is not a day, so it is refused, not truncated.
    if not isinstance(value, date) or isinstance(value, datetime):
        msg = f"{shown(field)} must be a datetime.date (not a datetime): {shown(value)}"
        raise PeriodError(msg)
    return value


def _month_start(tahun: int, month_index: int, field: str) -> date:
    """The 1st of month *month_index* (0 = January of *tahun*; may run into other years).

    Raises:
        PeriodError: if the month lies outside the years 1–9999.
    """
    year, month = divmod(month_index, 12)
    return date(_year(tahun + year, field), month + 1, 1)


def _month_end(first: date) -> date:
    """The last day of the month that starts on *first*."""
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _steps(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > _MAX_STEPS:
        msg = f"{shown(field)} must be an int within ±{_MAX_STEPS}: {shown(value)}"
        raise PeriodError(msg)
    return value


def _triwulan_number(value: object, field: str = "triwulan") -> int:
    """Read a triwulan number: 1–4, ``"I"``–``"IV"`` (optionally ``"TW II"``), a `Triwulan`."""
    if isinstance(value, Triwulan):
        return value.nomor
    number: object = value
    if isinstance(value, str):
        text = value.strip().upper().removeprefix("TW").strip()
        if text in _ROMAN:
            return _ROMAN.index(text) + 1
        # ASCII digits only: '²'.isdigit() is True (and int() refuses it), int('٣') is 3.
        number = int(text) if text.isascii() and text.isdigit() else value
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= len(_ROMAN):
        msg = f"{shown(field)} must be 1–4 or I–IV: {shown(value)}"
        raise PeriodError(msg)
    return number


@typed
@attrs.frozen(order=True)
class TahunAnggaran:
    """A fiscal year (*tahun anggaran*): 1 January to 31 December of ``tahun``.

    Examples:
        >>> ta = TahunAnggaran(2024)
        >>> ta.first_day, ta.last_day, str(ta.triwulan("IV"))
        (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), 'TW IV 2024')
    """

    tahun: int = attrs.field(converter=_year)

    @property
    def first_day(self) -> date:
        """1 January."""
        return date(self.tahun, 1, 1)

    @property
    def last_day(self) -> date:
        """31 December."""
        return date(self.tahun, 12, 31)

    @property
    def triwulans(self) -> tuple[Triwulan, ...]:
        """TW I–IV of the year."""
        return tuple(Triwulan(self.tahun, n) for n in range(1, len(_ROMAN) + 1))

    def triwulan(self, nomor: object) -> Triwulan:
        """Triwulan *nomor* (1–4 or I–IV) of the year."""
        return Triwulan(self.tahun, nomor)

    def contains(self, day: date) -> bool:
        """Whether *day* falls in the year."""
        return _date(day, "date").year == self.tahun

    def __str__(self) -> str:
        return f"TA {self.tahun}"


@typed
@attrs.frozen(order=True)
class Triwulan:
    """A quarter (*triwulan*) of a fiscal year: TW I (Jan–Mar) … TW IV (Oct–Dec).

    Args:
        tahun: The fiscal year.
        nomor: 1–4, or ``"I"``–``"IV"`` (``"TW III"`` is read too).

    Raises:
        PeriodError: for a triwulan outside 1–4 (``5``, ``"V"``) or a bad year.

    Examples:
        >>> Triwulan(2024, "II").shift(3)
        Triwulan(tahun=2025, nomor=1)
        >>> Triwulan(2024, 5)
        Traceback (most recent call last):
        akip.exceptions.PeriodError: 'triwulan' must be 1–4 or I–IV: 5
    """

    tahun: int = attrs.field(converter=_year)
    nomor: int = attrs.field(converter=_triwulan_number)

    @property
    def roman(self) -> str:
        """The quarter as printed: ``"I"`` … ``"IV"``."""
        return _ROMAN[self.nomor - 1]

    @property
    def first_day(self) -> date:
        """The first day of the quarter's first month."""
        return date(self.tahun, (self.nomor - 1) * _MONTHS_PER_TRIWULAN + 1, 1)

    @property
    def last_day(self) -> date:
        """The last day of the quarter's last month."""
        return _month_end(date(self.tahun, self.nomor * _MONTHS_PER_TRIWULAN, 1))

    @property
    def months(self) -> tuple[Bulan, ...]:
        """The three months of the quarter."""
        first = (self.nomor - 1) * _MONTHS_PER_TRIWULAN + 1
        return tuple(Bulan(self.tahun, first + k) for k in range(_MONTHS_PER_TRIWULAN))

    @property
    def tahun_anggaran(self) -> TahunAnggaran:
        """The fiscal year the quarter belongs to."""
        return TahunAnggaran(self.tahun)

    def through(self) -> tuple[Triwulan, ...]:
        """The periods of "s.d. triwulan n": TW I … this quarter, in order."""
        return tuple(Triwulan(self.tahun, n) for n in range(1, self.nomor + 1))

    def shift(self, quarters: int) -> Triwulan:
        """The quarter *quarters* later (earlier if negative), across years."""
        steps = _steps(quarters, "quarters")
        month = (self.nomor - 1) * _MONTHS_PER_TRIWULAN + _MONTHS_PER_TRIWULAN * steps
        return triwulan_of(_month_start(self.tahun, month, "tahun"))

    def contains(self, day: date) -> bool:
        """Whether *day* falls in the quarter."""
        return self.first_day <= _date(day, "date") <= self.last_day

    def __str__(self) -> str:
        return f"TW {self.roman} {self.tahun}"


def _month(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:  # noqa: PLR2004
        msg = f"'bulan' must be 1–12: {shown(value)}"
        raise PeriodError(msg)
    return value


@typed
@attrs.frozen(order=True)
class Bulan:
    """A month (*bulan*) of a fiscal year.

    Examples:
        >>> b = Bulan(2024, 2)
        >>> b.last_day, str(b.triwulan)
        (datetime.date(2024, 2, 29), 'TW I 2024')
    """

    tahun: int = attrs.field(converter=_year)
    nomor: int = attrs.field(converter=_month)

    @property
    def first_day(self) -> date:
        """The 1st of the month."""
        return date(self.tahun, self.nomor, 1)

    @property
    def last_day(self) -> date:
        """The last day of the month."""
        return _month_end(self.first_day)

    @property
    def triwulan(self) -> Triwulan:
        """The quarter the month belongs to."""
        return triwulan_of(self.first_day)

    def shift(self, months: int) -> Bulan:
        """The month *months* later (earlier if negative), across years."""
        steps = _steps(months, "months")
        return month_of(_month_start(self.tahun, self.nomor - 1 + steps, "tahun"))

    def __str__(self) -> str:
        return f"{self.nomor:02d}/{self.tahun}"


@in_context
def triwulan_of(day: date) -> Triwulan:
    """The quarter a date falls in (23 September 2024 → TW III 2024).

    Raises:
        PeriodError: if *day* is not a `datetime.date`.
    """
    value = _date(day, "date")
    return Triwulan(value.year, (value.month - 1) // _MONTHS_PER_TRIWULAN + 1)


@in_context
def month_of(day: date) -> Bulan:
    """The month a date falls in.

    Raises:
        PeriodError: if *day* is not a `datetime.date`.
    """
    value = _date(day, "date")
    return Bulan(value.year, value.month)


def _first_year(value: object) -> int:
    return _year(value, "first_year")


def _last_year(value: object) -> int:
    return _year(value, "last_year")


@typed
@attrs.frozen
class PeriodeRencana:
    """A multi-year planning period (*periode Renstra* or *RPJMD*), ``first_year``–``last_year``.

    Raises:
        PeriodError: if the years are out of order (``last_year < first_year``).

    Examples:
        >>> PeriodeRencana(2022, 2026).year_index(2024)
        3
        >>> PeriodeRencana(2021, 2026).year_index(2027)
        Traceback (most recent call last):
        akip.exceptions.PeriodError: 'tahun' must lie in the period 2021–2026: 2027
    """

    first_year: int = attrs.field(converter=_first_year)
    last_year: int = attrs.field(converter=_last_year)

    def __attrs_post_init__(self) -> None:
        if self.last_year < self.first_year:
            msg = (
                f"'last_year' must be >= 'first_year' ({self.first_year}) "
                f"for a planning period: {self.last_year}"
            )
            raise PeriodError(msg)

    @property
    def years(self) -> tuple[int, ...]:
        """Every year of the period, in order."""
        return tuple(range(self.first_year, self.last_year + 1))

    @property
    def length(self) -> int:
        """The number of years (2021–2026 → 6)."""
        return self.last_year - self.first_year + 1

    def check(self, tahun: object) -> int:
        """Return *tahun* if it lies in the period.

        Raises:
            PeriodError: for a year outside the period (or not a year).
        """
        year = _year(tahun)
        if not self.first_year <= year <= self.last_year:
            msg = f"'tahun' must lie in the period {self}: {year}"
            raise PeriodError(msg)
        return year

    def year_index(self, tahun: object) -> int:
        """The 1-based year number of *tahun* in the period ("tahun ke-n")."""
        return self.check(tahun) - self.first_year + 1

    def __str__(self) -> str:
        return f"{self.first_year}–{self.last_year}"


class Konsolidasi(enum.Enum):
    """How an indicator's figures of several periods combine (declared per indicator)."""

    #: Add the periods (counts, money): 1 + 0 + 2 = 3.
    SUM = "sum"
    #: Take the last reported period (levels, percentages, stocks).
    LAST = "last"
    #: Average the reported periods.
    AVERAGE = "average"

    @classmethod
    def parse(cls, value: object) -> Konsolidasi:
        """Accept a member or its name as text; ``None`` (undeclared) is refused.

        Raises:
            InvalidValue: if the consolidation is missing or unknown.
        """
        if value is None:
            msg = Message(
                N_("'consolidation' is required on the indicator (sum, last or average): None")
            )
            raise InvalidValue(msg)
        return parse_option(cls, value, "consolidation")


class Unreported(enum.Enum):
    """What a cumulative figure does with a quarter that has a target but no realisasi.

    A quarter not reported is "not assessed", never 0 (akip rules §0). In a cumulative
    figure "s.d. triwulan n" it cannot simply be skipped on one side only: keeping its
    target while skipping its realisasi counts it as 0 (targets 10/20/30, realisasi 10/–/15
    would score 25 / 60 = 41,67 %).
    """

    #: The cumulative figure is not assessed (`NotAssessed`) while a quarter of TW I … n
    #: that has a target is unreported (default): the form's column is left empty.
    REFUSE = "refuse"
    #: The quarter is left out of the target and the realisasi alike: 10/–/15 against
    #: 10/20/30 scores (10 + 15) / (10 + 30) = 62,5 %. Only with the cumulative target.
    LEAVE_OUT = "leave_out"


class QuarterBasis(enum.Enum):
    """Which target a cumulative realisasi "s.d. triwulan n" is compared with (A11)."""

    #: The cumulative target of TW I … n (default).
    CUMULATIVE_TARGET = "cumulative_target"
    #: The annual target.
    ANNUAL_TARGET = "annual_target"


@in_context
def consolidate(values: Iterable[object], consolidation: object) -> Decimal:
    """Combine the figures of consecutive periods, in period order.

    ``None`` entries are periods not reported; they are skipped (never counted as 0).

    Args:
        values: The figures, in period order.
        consolidation: `Konsolidasi` or its name; required.

    Returns:
        The consolidated figure, exact.

    Raises:
        InvalidValue: missing or unknown consolidation.
        NotAssessed: no period reported.
        InvalidNumber: a value that is not a number.

    Examples:
        >>> consolidate([80, 85, None, 90], "last")
        Decimal('90')
        >>> consolidate([80, 85, 90], "average")
        Decimal('85')
    """
    listed = _sequence(values, "values")
    kind = Konsolidasi.parse(consolidation)
    reported = [to_decimal(v, field="realisasi") for v in listed if v is not None]
    if not reported:
        msg = "'realisasi' has no reported period (not assessed): nothing to consolidate"
        raise NotAssessed(msg)
    if kind is Konsolidasi.SUM:
        return total(reported)
    if kind is Konsolidasi.LAST:
        return reported[-1]
    return quotient(total(reported), Decimal(len(reported)))


def _sequence(values: object, field: str) -> list[object]:
    """*values* as a list: a list, tuple or other iterable, but not text or a mapping."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        msg = f"{shown(field)} must be a sequence of figures in period order: {shown(values)}"
        raise InvalidValue(msg)
    return list(values)


def _by_triwulan(values: object, field: str) -> dict[int, object]:
    """Key a mapping by triwulan number, refusing two keys for the same quarter."""
    if not isinstance(values, Mapping):
        msg = f"{shown(field)} must be a mapping of triwulan to figure: {shown(values)}"
        raise InvalidValue(msg)
    result: dict[int, object] = {}
    for key, value in values.items():
        number = _triwulan_number(key, f"{field} triwulan")
        if number in result:
            msg = (
                f"{shown(field)} has two entries for the same period (overlap): "
                f"TW {_ROMAN[number - 1]}"
            )
            raise PeriodError(msg)
        result[number] = value
    return result


@typed
@attrs.frozen
class Kumulatif:
    """A cumulative figure "s.d. triwulan n" and its capaian.

    Attributes:
        through: n, the last quarter included.
        basis: The target basis used.
        consolidation: How the quarters were combined.
        target: The target compared with (cumulative or annual).
        realisasi: The consolidated realisasi of TW I … n.
        capaian: ``capaian.compute(target, realisasi, polarity)``, exact.
    """

    through: int
    basis: QuarterBasis
    consolidation: Konsolidasi
    target: Decimal
    realisasi: Decimal
    capaian: Decimal


@in_context
def cumulative(
    targets: Mapping[Any, object],
    realisasi: Mapping[Any, object],
    through: object,
    *,
    consolidation: object,
    polarity: object = capaian.Polarity.MAXIMIZE,
    quarter_basis: object = QuarterBasis.CUMULATIVE_TARGET,
    annual_target: object = None,
    unreported: object = Unreported.REFUSE,
    **options: object,
) -> Kumulatif:
    """Cumulative realisasi "s.d. triwulan *through*" against its target, with its capaian.

    Args:
        targets: Quarterly targets keyed by triwulan (1–4, ``"I"``–``"IV"`` or `Triwulan`).
        realisasi: Quarterly realisasi, keyed the same way; a quarter not reported is absent
            or ``None``.
        through: The last quarter included (1–4 or I–IV).
        consolidation: The indicator's `Konsolidasi`; required.
        polarity: The indicator's polarity (see `akip.capaian.compute`).
        quarter_basis: `QuarterBasis`: cumulative target of TW I … n (default) or the annual
            target.
        annual_target: The annual target; by default the consolidation of the four quarterly
            targets.
        unreported: `Unreported`: a quarter of TW I … *through* with a target and no
            realisasi makes the figure not assessed (``"refuse"``, default), or is left out
            of target and realisasi alike (``"leave_out"``, cumulative target only).
        **options: Passed to `akip.capaian.compute` (``cap``, ``minimize_formula`` …).

    Raises:
        PeriodError: a realisasi for a quarter that has no target, two keys for one quarter,
            a triwulan outside 1–4, or an annual target needed but TW I–IV targets incomplete.
        InvalidValue: missing consolidation, unknown option.
        NotAssessed: no realisasi or no target up to *through*; a quarter with a target
            and no realisasi (unless ``unreported="leave_out"``).

    Examples:
        Targets 10/20/30, realisasi 10/–/15 s.d. TW III: TW II is not reported.

        >>> cumulative({1: 10, 2: 20, 3: 30}, {1: 10, 3: 15}, 3, consolidation="sum")
        Traceback (most recent call last):
        akip.exceptions.NotAssessed: 'realisasi' of TW II is not reported: ...
        >>> cumulative({1: 10, 2: 20, 3: 30}, {1: 10, 3: 15}, 3, consolidation="sum",
        ...            unreported="leave_out").capaian
        Decimal('62.5')
    """
    capaian.check_options(options, "cumulative")
    kind = Konsolidasi.parse(consolidation)
    basis = parse_option(QuarterBasis, quarter_basis, "quarter_basis")
    policy = parse_option(Unreported, unreported, "unreported")
    last = _triwulan_number(through, "through")
    tgt = _by_triwulan(targets, "target")
    real = _by_triwulan(realisasi, "realisasi")
    for number, value in sorted(real.items()):
        if value is not None and tgt.get(number) is None:
            msg = f"'realisasi' is given for a period that has no target: TW {_ROMAN[number - 1]}"
            raise PeriodError(msg)
    gaps = [n for n in range(1, last + 1) if tgt.get(n) is not None and real.get(n) is None]
    if gaps and (policy is Unreported.REFUSE or basis is QuarterBasis.ANNUAL_TARGET):
        quarters = ", ".join(_ROMAN[n - 1] for n in gaps)
        msg = (
            f"'realisasi' of TW {quarters} is not reported: the cumulative figure "
            f"s.d. TW {_ROMAN[last - 1]} is not assessed"
            + (
                " (unreported='leave_out' leaves the quarter out of target and realisasi)"
                if basis is QuarterBasis.CUMULATIVE_TARGET
                else " (an annual target cannot leave a quarter out)"
            )
        )
        raise NotAssessed(msg)
    span = [n for n in range(1, last + 1) if n not in gaps]
    realised = consolidate([real.get(n) for n in span], kind)
    if basis is QuarterBasis.CUMULATIVE_TARGET:
        target = consolidate([tgt.get(n) for n in span], kind)
    elif annual_target is not None:
        target = to_decimal(annual_target, field="annual_target")
    else:
        missing = [_ROMAN[n - 1] for n in range(1, len(_ROMAN) + 1) if tgt.get(n) is None]
        if missing:
            msg = (
                "'annual_target' is needed for quarter_basis annual_target when quarterly "
                f"targets are incomplete: missing TW {', '.join(missing)}"
            )
            raise PeriodError(msg)
        target = consolidate([tgt[n] for n in range(1, len(_ROMAN) + 1)], kind)
    value = capaian.compute(target, realised, polarity, **options)
    return Kumulatif(
        through=last,
        basis=basis,
        consolidation=kind,
        target=target,
        realisasi=realised,
        capaian=value,
    )
