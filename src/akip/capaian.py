"""capaian (capaian kinerja, performance achievement as a percentage of target).

How far the realisasi (realised value) of an indicator reaches its target, in percent. The
formula depends on the indicator's polarity, which is data on the indicator and never guessed
from its name:

- maximize (higher is better): ``realisasi / target × 100`` (PermenPANRB 8/2021, lampiran
  p. -91-);
- minimize (lower is better): ``(2·target − realisasi) / target × 100`` (PermenPANRB 8/2021,
  lampiran p. -100-);
- stabilize (stay in a band): inside → 100; below → maximize against the lower bound; above →
  minimize against the upper bound (the PermenPANRB 8/2021 range rule).

A target may be a range (`Range`): realisasi above it is measured against the upper bound,
below it against the lower bound (PermenPANRB 8/2021 pp. -91-, -100-), inside it scores 100
(option ``inside_range="nearest_bound"``).

The minimize formula is the regulation's ``(1 + (1 − realisasi/target)) × 100``. The Dumai
LKIP 2024 prints it with the fraction bar lost (``target − (realisasi − target)/target ×
100%``); that literal reading contradicts the regulation's worked examples and is never
implemented. ``target / realisasi × 100`` is used in practice and is available as the
non-default ``minimize_formula="t_over_r"``.

Results are exact and unrounded; ``realisasi == target`` gives exactly 100 in every mode.
Nothing is capped or clamped unless asked (``cap``, ``clamp_min``). A target of 0 is not
computable by default (`NotComputable`, never `ZeroDivisionError`); negative values are
refused by default; a missing value is `NotAssessed`, never 0.

References:
    - PermenPANRB No. 8 Tahun 2021 (Sistem Manajemen Kinerja PNS), lampiran pp. -91-, -93-,
      -100-: "Capaian IKI (%) = Realisasi / Target × 100%" and "(1 + (1 − Realisasi /
      Target)) × 100%", with the range-target rule and worked examples.
    - LKjIP Kab. Maluku Tengah 2021 p. III.2 (the same two formulas in practice).
    - akip rules §1 and rules-research §1 (options for the cases no regulation covers).

Examples:
    The regulation's worked examples (PermenPANRB 8/2021 p. -100-): target 7 bulan,
    realisasi 6,5 bulan, lower is better → 107,14 %; target 8, realisasi 9 → 87,5 %.

    >>> from decimal import Decimal
    >>> round_half_up(compute(7, Decimal("6.5"), "minimize"))
    Decimal('107.14')
    >>> compute(8, 9, Polarity.MINIMIZE)
    Decimal('87.5')

    The Dumai LKIP 2024, IKU 1: target 90 %, realisasi 94 % → 104,44 % (printed 104 %).

    >>> round_half_up(compute(90, 94))
    Decimal('104.44')
"""

from __future__ import annotations

import decimal
import enum
import functools
import inspect
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import attrs

from akip import _html
from akip._bands import at_item, parse_option, sequence
from akip._decimal import (
    CONTEXT,
    EXPONENT_LIMIT,
    HUNDRED,
    ZERO,
    in_context,
    percent,
    quotient,
    total,
)
from akip._i18n import N_, Message
from akip._validators import shown, typed
from akip.exceptions import AkipError, InvalidValue, NotAssessed, NotComputable
from akip.numbers import round_half_up, to_decimal

__all__ = [
    "InsideRange",
    "MinimizeFormula",
    "NegativePolicy",
    "Polarity",
    "Range",
    "Working",
    "ZeroTarget",
    "check_options",
    "compute",
    "compute_many",
    "explain",
    "mean",
    "persentase",
    "variants",
]


class Polarity(enum.Enum):
    """Polarity of an indicator (*polaritas*): which direction is better."""

    #: Higher is better ("kondisi normal"): realisasi / target × 100.
    MAXIMIZE = "maximize"
    #: Lower is better ("kondisi khusus"): (2·target − realisasi) / target × 100.
    MINIMIZE = "minimize"
    #: Stay inside a band: 100 inside, maximize below, minimize above.
    STABILIZE = "stabilize"

    @classmethod
    def parse(cls, value: object) -> Polarity:
        """Accept a member or its name as text, case-insensitively (``"Minimize"``)."""
        return parse_option(cls, value, "polarity")


class MinimizeFormula(enum.Enum):
    """Which lower-is-better formula to use."""

    #: (2·target − realisasi) / target × 100 — PermenPANRB 8/2021 (default).
    TWO_T_MINUS_R = "2t_minus_r"
    #: target / realisasi × 100 — seen in practice, no regulation text read.
    T_OVER_R = "t_over_r"


class ZeroTarget(enum.Enum):
    """What a target of 0 means."""

    #: Not computable: raise `NotComputable` (default).
    NOT_COMPUTABLE = "not_computable"
    #: Realisasi 0 against target 0 ("zero incidents") is achieved: 100; otherwise not computable.
    ACHIEVED_IF_REALISASI_ZERO = "achieved_if_realisasi_zero"


class InsideRange(enum.Enum):
    """How a realisasi inside a range target scores."""

    #: Exactly 100 (default).
    HUNDRED = "100"
    #: Measured against the nearer bound (the upper one on a tie).
    NEAREST_BOUND = "nearest_bound"


class NegativePolicy(enum.Enum):
    """What a negative target or realisasi means."""

    #: Refuse it with `InvalidValue` (default): no regulation covers negative values.
    RAISE = "raise"
    #: Apply the formula anyway.
    COMPUTE = "compute"


# The default options as module constants: looking a member up on an Enum class costs
# more than the rest of `compute`'s fast path.
_MAXIMIZE, _MINIMIZE = Polarity.MAXIMIZE, Polarity.MINIMIZE
_NOT_COMPUTABLE = ZeroTarget.NOT_COMPUTABLE
_RAISE = NegativePolicy.RAISE
_TWO_T_MINUS_R, _T_OVER_R = MinimizeFormula.TWO_T_MINUS_R, MinimizeFormula.T_OVER_R
_HUNDRED_INSIDE = InsideRange.HUNDRED
# The polarity texts the fast path takes: exactly as a report file carries them
# (``polarity = "maximize"``); True for maximize. Any other text, in another case or with
# spaces, goes through `Polarity.parse`.
_TEXT_POLARITY = {"maximize": True, "minimize": False}
# The lower-is-better formulas the fast path takes, as members or as the text `akip.check`
# passes (``minimize_formula="2t_minus_r"``); True for target / realisasi.
_FAST_FORMULA = {"2t_minus_r": False, "t_over_r": True}
# A number within akip's range (`akip.numbers.to_decimal`) has ``|x.adjusted()| <=
# EXPONENT_LIMIT``; for x > 0 that is ``_TINY <= x < _HUGE``, two comparisons.
_TINY = Decimal(f"1E-{EXPONENT_LIMIT}")
_HUGE = Decimal(f"1E+{EXPONENT_LIMIT + 1}")
_divide, _multiply, _subtract = CONTEXT.divide, CONTEXT.multiply, CONTEXT.subtract
_add, _normalize = CONTEXT.add, CONTEXT.normalize
_PRECISION = CONTEXT.prec
# `tidy` in one operation for a quotient below 10^60: normalize() in a context whose largest
# exponent is 0 (``clamp=1``, ``Emax = prec − 1``) strips the trailing zeros of a fraction
# and writes an integer in digits (1E+2 → 100), as `akip._decimal.tidy` does below 10^60.
# Nothing is rounded (a quotient has at most 60 digits); 10^60 or more would overflow.
_TIDY = decimal.Context(
    prec=CONTEXT.prec,
    rounding=CONTEXT.rounding,
    Emin=CONTEXT.Emin,
    Emax=CONTEXT.prec - 1,
    clamp=1,
    traps=[decimal.DivisionByZero, decimal.InvalidOperation, decimal.Overflow],
)
_tidy = _TIDY.normalize


def _fast_number(value: object) -> Decimal | None:
    """An int as a Decimal for `compute`'s fast path; None for anything else."""
    return Decimal(value) if type(value) is int else None


def _range_bound(value: object) -> Decimal:
    return to_decimal(value, field="target")


@typed
@attrs.frozen
class Range:
    """A range target (*target dalam bentuk range*), ``lower ≤ x ≤ upper``.

    Raises:
        InvalidValue: if ``lower > upper``.
    """

    lower: Decimal = attrs.field(converter=_range_bound)
    upper: Decimal = attrs.field(converter=_range_bound)

    def __attrs_post_init__(self) -> None:
        if self.lower > self.upper:
            msg = f"'target' range must have lower <= upper: {self.lower}-{self.upper}"
            raise InvalidValue(msg)

    def __str__(self) -> str:
        return f"{self.lower}–{self.upper}"


@typed
@attrs.frozen
class Working:
    """The whole working of one capaian, so an auditor can rebuild the number.

    Attributes:
        target: The target as given (a number or a `Range`).
        realisasi: The realisasi.
        polarity: The polarity used.
        formula: The formula applied, in words (``"realisasi / target × 100"``).
        target_used: The target the formula used (a range bound), or ``None`` when no formula
            was needed (inside a range, or 0 against 0).
        raw: The formula's exact value, before any cap or clamp.
        value: The value after ``clamp_min`` and ``cap`` (what `compute` returns).
        cap: The cap applied, if any.
        clamp_min: The lower clamp applied, if any.
        minimize_formula: The lower-is-better formula option.
        zero_target: The zero-target option.
        inside_range: The inside-range option.
        negative: The negative-value option.
    """

    target: Decimal | Range
    realisasi: Decimal
    polarity: Polarity
    formula: str
    target_used: Decimal | None
    raw: Decimal
    value: Decimal
    cap: Decimal | None
    clamp_min: Decimal | None
    minimize_formula: MinimizeFormula
    zero_target: ZeroTarget
    inside_range: InsideRange
    negative: NegativePolicy

    @property
    def rounded(self) -> Decimal:
        """``value`` rounded HALF_UP to 2 decimals, as tables print it."""
        return round_half_up(self.value, 2)

    def _repr_html_(self) -> str:
        """The working as a small HTML table, for Jupyter."""
        return _html.record(
            "akip-working",
            [
                ("target", str(self.target)),
                ("realisasi", str(self.realisasi)),
                ("polarity", self.polarity.value),
                ("formula", self.formula),
                ("target used", None if self.target_used is None else str(self.target_used)),
                ("capaian (exact)", str(self.value)),
                ("capaian (HALF_UP, 2 dp)", self.rounded),
            ],
        )


def _target(target: object, polarity: Polarity) -> Decimal | Range:
    if target is None:
        msg = "'target' is missing (not assessed): None"
        raise NotAssessed(msg)
    if isinstance(target, Range):
        return target
    if isinstance(target, tuple | list):
        if len(target) != 2:  # noqa: PLR2004 - a range has two bounds
            msg = f"'target' range must have two bounds: {shown(target)}"
            raise InvalidValue(msg)
        return Range(target[0], target[1])
    value = to_decimal(target, field="target")
    return Range(value, value) if polarity is Polarity.STABILIZE else value


def _optional(value: object, field: str) -> Decimal | None:
    return None if value is None else to_decimal(value, field=field)


def _check_negative(target: Decimal | Range, realisasi: Decimal, polarity: Polarity) -> None:
    lowest = target.lower if isinstance(target, Range) else target
    if lowest < 0:
        msg = Message(
            N_("'target' must be >= 0 for polarity {polarity}: {target}"),
            polarity=polarity.value,
            target=str(target),
        )
        raise InvalidValue(msg)
    if realisasi < 0:
        msg = Message(
            N_("'realisasi' must be >= 0 for polarity {polarity}: {realisasi}"),
            polarity=polarity.value,
            realisasi=str(realisasi),
        )
        raise InvalidValue(msg)


def _formula(
    polarity: Polarity, target: Decimal, realisasi: Decimal, minimize: MinimizeFormula
) -> tuple[str, Decimal]:
    """Apply the maximize or minimize formula (target != 0 is checked by the caller)."""
    if polarity is Polarity.MAXIMIZE:
        return "realisasi / target × 100", percent(realisasi, target)
    if minimize is MinimizeFormula.T_OVER_R:
        if realisasi == 0:
            msg = Message(
                N_("'realisasi' must be != 0 for minimize formula t_over_r: 0 (not computable)")
            )
            raise NotComputable(msg)
        return "target / realisasi × 100", percent(target, realisasi)
    return (
        "(2 × target − realisasi) / target × 100",
        percent(CONTEXT.subtract(CONTEXT.multiply(2, target), realisasi), target),
    )


def _choose(
    target: Decimal | Range, realisasi: Decimal, polarity: Polarity, inside: InsideRange
) -> tuple[Polarity, Decimal | None]:
    """Pick the formula's polarity and the target it uses (None: inside a range → 100)."""
    if not isinstance(target, Range):
        return polarity, target
    if realisasi > target.upper:
        bound = target.upper
        side = Polarity.MINIMIZE if polarity is Polarity.STABILIZE else polarity
    elif realisasi < target.lower:
        bound = target.lower
        side = Polarity.MAXIMIZE if polarity is Polarity.STABILIZE else polarity
    else:
        if inside is InsideRange.HUNDRED or polarity is Polarity.STABILIZE:
            return polarity, None
        lower_gap = CONTEXT.subtract(realisasi, target.lower)
        upper_gap = CONTEXT.subtract(target.upper, realisasi)
        bound = target.lower if lower_gap < upper_gap else target.upper
        side = polarity
    return side, bound


_Options = tuple[
    Polarity,
    MinimizeFormula,
    ZeroTarget,
    NegativePolicy,
    InsideRange,
    Decimal | None,
    Decimal | None,
]


def _options(  # noqa: PLR0917 - the options of `compute`, in its order
    polarity: object,
    cap: object,
    clamp_min: object,
    zero_target: object,
    negative: object,
    minimize_formula: object,
    inside_range: object,
) -> _Options:
    """The options of `compute` as members and Decimals, each checked (in this order)."""
    pol = Polarity.parse(polarity)
    minimize = parse_option(MinimizeFormula, minimize_formula, "minimize_formula")
    zero = parse_option(ZeroTarget, zero_target, "zero_target")
    neg = parse_option(NegativePolicy, negative, "negative")
    inside = parse_option(InsideRange, inside_range, "inside_range")
    cap_value = _optional(cap, "cap")
    clamp_value = _optional(clamp_min, "clamp_min")
    if cap_value is not None and clamp_value is not None and clamp_value > cap_value:
        msg = f"'clamp_min' must be <= 'cap' ({cap_value}): {clamp_value}"
        raise InvalidValue(msg)
    return pol, minimize, zero, neg, inside, cap_value, clamp_value


@in_context
def explain(
    target: object,
    realisasi: object,
    polarity: object = Polarity.MAXIMIZE,
    *,
    cap: object = None,
    clamp_min: object = None,
    zero_target: object = ZeroTarget.NOT_COMPUTABLE,
    negative: object = NegativePolicy.RAISE,
    minimize_formula: object = MinimizeFormula.TWO_T_MINUS_R,
    inside_range: object = InsideRange.HUNDRED,
) -> Working:
    """Compute capaian and return the whole working (see `compute` for the arguments).

    Examples:
        >>> w = explain(Range(80, 90), 92)
        >>> w.target_used, w.formula, w.rounded
        (Decimal('90'), 'realisasi / target × 100', Decimal('102.22'))
    """
    pol, minimize, zero, neg, inside, cap_value, clamp_value = _options(
        polarity, cap, clamp_min, zero_target, negative, minimize_formula, inside_range
    )
    tgt = _target(target, pol)
    if realisasi is None:
        msg = "'realisasi' is missing (not assessed): None"
        raise NotAssessed(msg)
    real = to_decimal(realisasi, field="realisasi")
    if neg is NegativePolicy.RAISE:
        _check_negative(tgt, real, pol)

    side, used = _choose(tgt, real, pol, inside)
    if used is None:
        formula, raw = "realisasi inside the target range → 100", HUNDRED
    elif used == 0:
        if zero is ZeroTarget.ACHIEVED_IF_REALISASI_ZERO and real == 0:
            formula, raw, used = "realisasi 0 against target 0 → 100", HUNDRED, None
        else:
            msg = Message(
                N_(
                    "'target' must be != 0 for polarity {polarity} (zero_target={zero_target}, "
                    "realisasi {realisasi}): 0 (not computable)"
                ),
                polarity=pol.value,
                zero_target=zero.value,
                realisasi=str(real),
            )
            raise NotComputable(msg)
    else:
        formula, raw = _formula(side, used, real, minimize)

    value = raw
    if clamp_value is not None and value < clamp_value:
        value = clamp_value
    if cap_value is not None and value > cap_value:
        value = cap_value
    return Working(
        target=tgt,
        realisasi=real,
        polarity=pol,
        formula=formula,
        target_used=used,
        raw=raw,
        value=value,
        cap=cap_value,
        clamp_min=clamp_value,
        minimize_formula=minimize,
        zero_target=zero,
        inside_range=inside,
        negative=neg,
    )


@in_context
def check_options(options: Mapping[str, object], where: str) -> None:
    """Refuse keyword options that `compute` does not know, before anything is computed.

    Functions that pass ``**options`` on to `compute` call this first, so a misspelt option
    (``cpa=100``) is an `InvalidValue` naming the function, never a bare ``TypeError``.

    Raises:
        InvalidValue: naming *where*, the unknown options and the known ones.
    """
    if not isinstance(options, Mapping) or not all(isinstance(k, str) for k in options):
        msg = f"'options' must be a mapping of option names: {shown(options)}"
        raise InvalidValue(msg)
    unknown = sorted(set(options) - _option_names())
    if unknown:
        known = ", ".join(sorted(_option_names()))
        name = where if isinstance(where, str) and where.isidentifier() else shown(where)
        msg = f"{name}(): unknown option(s) {shown(unknown)}; known: {known}"
        raise InvalidValue(msg)


@functools.cache
def _option_names() -> frozenset[str]:
    parameters = inspect.signature(compute).parameters.values()
    return frozenset(p.name for p in parameters if p.kind is p.KEYWORD_ONLY)


def compute(
    target: object,
    realisasi: object,
    polarity: object = Polarity.MAXIMIZE,
    *,
    cap: object = None,
    clamp_min: object = None,
    zero_target: object = ZeroTarget.NOT_COMPUTABLE,
    negative: object = NegativePolicy.RAISE,
    minimize_formula: object = MinimizeFormula.TWO_T_MINUS_R,
    inside_range: object = InsideRange.HUNDRED,
) -> Decimal:
    """Return the capaian (achievement %) of an indicator, exact and unrounded.

    Args:
        target: The target: a number, or a range as `Range` or a ``(lower, upper)`` pair.
        realisasi: The realised value.
        polarity: `Polarity` or its name (``"maximize"``, ``"minimize"``, ``"stabilize"``),
            case-insensitive. Default maximize.
        cap: Upper cap applied to the result (e.g. 100, 110, 120); none by default.
        clamp_min: Lower clamp (e.g. 0) for minimize results below 0; none by default.
        zero_target: `ZeroTarget` policy for a target of 0; default not computable.
        negative: `NegativePolicy` for negative inputs; default refuse.
        minimize_formula: `MinimizeFormula`; default ``(2·target − realisasi) / target``.
        inside_range: `InsideRange`, how a realisasi inside a range target scores.

    Returns:
        The capaian in percent, exact (quotients to 60 significant digits).

    Raises:
        NotAssessed: target or realisasi is ``None``.
        NotComputable: the target used is 0 (under the default policy).
        InvalidValue: negative input (default policy), a bad option, a reversed range.
        InvalidNumber: input that is not a number.

    Examples:
        >>> compute(100, 85)
        Decimal('85')
        >>> compute(10, 10, "minimize")
        Decimal('100')
        >>> compute(10, 0, "minimize")
        Decimal('200')
        >>> compute(10, 30, "minimize")
        Decimal('-100')
        >>> compute(10, 30, "minimize", clamp_min=0)
        Decimal('0')
        >>> compute(0, 0, "minimize", zero_target="achieved_if_realisasi_zero")
        Decimal('100')
        >>> compute(0, 5)
        Traceback (most recent call last):
        akip.exceptions.NotComputable: 'target' must be != 0 for polarity maximize ...
    """
    # The common call (Decimal or int numbers within akip's range, target > 0,
    # realisasi >= 0, maximize or minimize and each formula as a member or as a report
    # file's text, the other options at their defaults) is computed here without building
    # the `Working` record; every other call, and every error, goes through `explain`. Both
    # give the same value in the same representation (tested property): ``100·r / t``
    # rounded once to akip's precision is `percent`, and the result is put in
    # `akip._decimal.tidy`'s form.
    if (
        cap is None
        and clamp_min is None
        and zero_target is _NOT_COMPUTABLE
        and negative is _RAISE
        and inside_range is _HUNDRED_INSIDE
    ):
        # Text first (what a report file and `akip.check` pass), by an exact lookup; members
        # by identity (an Enum member's hash is a Python-level call).
        if type(polarity) is str:
            maximize = _TEXT_POLARITY.get(polarity)
        elif polarity is _MAXIMIZE:
            maximize = True
        else:
            maximize = False if polarity is _MINIMIZE else None
        if minimize_formula is _TWO_T_MINUS_R:
            over: bool | None = False
        elif type(minimize_formula) is str:
            over = _FAST_FORMULA.get(minimize_formula)
        else:
            over = True if minimize_formula is _T_OVER_R else None
        t = target if type(target) is Decimal else _fast_number(target)
        r = realisasi if type(realisasi) is Decimal else _fast_number(realisasi)
        if (
            maximize is not None
            and over is not None
            and t is not None
            and r is not None
            and t.is_finite()
            and r.is_finite()
            and _TINY <= t < _HUGE
            and (
                _TINY <= r < _HUGE
                # A realisasi of 0 (t / r is then not computable: `explain` says so).
                or (r == ZERO and -EXPONENT_LIMIT <= r.adjusted() <= EXPONENT_LIMIT and not over)
            )
        ):
            # ``n × 100``: the value of ``n.scaleb(2)`` (whose int argument is converted each
            # call) in another exponent, which the tidy form below no longer shows.
            if maximize:
                value = _divide(_multiply(r, HUNDRED), t)
            elif over:
                value = _divide(_multiply(t, HUNDRED), r)
            else:
                value = _divide(_multiply(_subtract(_add(t, t), r), HUNDRED), t)
            # `tidy`: below 10^60 the normalize() of `_TIDY` (0 as 0, never −0); beyond,
            # akip's own normalize(), which keeps the exponent form (1E+70), as `tidy` does.
            if not value:
                return ZERO
            return _tidy(value) if value.adjusted() < _PRECISION else _normalize(value)
    return explain(
        target,
        realisasi,
        polarity,
        cap=cap,
        clamp_min=clamp_min,
        zero_target=zero_target,
        negative=negative,
        minimize_formula=minimize_formula,
        inside_range=inside_range,
    ).value


def _item(target: object, realisasi: object, options: _Options) -> Decimal:
    """`compute` of one item of `compute_many`, with the checked options."""
    pol, minimize, zero, neg, inside, cap_value, clamp_value = options
    return compute(
        target,
        realisasi,
        pol,
        cap=cap_value,
        clamp_min=clamp_value,
        zero_target=zero,
        negative=neg,
        minimize_formula=minimize,
        inside_range=inside,
    )


def _one(index: int, target: object, realisasi: object, options: _Options) -> Decimal:
    """`compute` of item *index* of `compute_many`, its error naming the item."""
    try:
        return _item(target, realisasi, options)
    except AkipError as exc:
        field = "realisasi" if str(exc).startswith("'realisasi'") else "targets"
        raise at_item(exc, f"{field}[{index}]") from exc


@in_context
def compute_many(
    targets: Iterable[object],
    realisasi: Iterable[object],
    polarity: object = Polarity.MAXIMIZE,
    *,
    cap: object = None,
    clamp_min: object = None,
    zero_target: object = ZeroTarget.NOT_COMPUTABLE,
    negative: object = NegativePolicy.RAISE,
    minimize_formula: object = MinimizeFormula.TWO_T_MINUS_R,
    inside_range: object = InsideRange.HUNDRED,
) -> list[Decimal]:
    """The capaian of many indicators of one polarity: `compute` of each pair, faster.

    ``compute_many(targets, realisasi, polarity, **options)`` equals ``[compute(t, r,
    polarity, **options) for t, r in zip(targets, realisasi)]``, value for value and
    representation for representation, with the same errors. The options (in every form
    `compute` takes) are checked once, before any item; then each pair of `Decimal` values
    within akip's range, with a target above 0 and a realisasi of at least 0, is computed
    in one `decimal` context switch for the whole call. Every other item (an ``int``, a
    range, a zero target, a negative value) takes `compute`'s own path.

    Args:
        targets: The targets (a list, a tuple or any other iterable, not text).
        realisasi: The realisasi, as many as the targets.
        polarity: The one polarity of every item (`compute`'s *polarity*).
        cap: As for `compute`.
        clamp_min: As for `compute`.
        zero_target: As for `compute`.
        negative: As for `compute`.
        minimize_formula: As for `compute`.
        inside_range: As for `compute`.

    Returns:
        One capaian per pair, in order, exact (60 significant digits) and unrounded.

    Raises:
        InvalidValue: *targets* or *realisasi* is not a sequence, they differ in length,
            or a bad option.
        NotAssessed, NotComputable, InvalidValue, InvalidNumber: an item `compute`
            refuses, the first in order; the message starts with ``targets[i]:`` or
            ``realisasi[i]:``, naming the input and the index of the item.

    Examples:
        PermenPANRB 8/2021 p. -100- (lower is better): target 7, realisasi 6,5 → 107,14 %;
        target 8, realisasi 9 → 87,5 %.

        >>> found = compute_many([Decimal(7), Decimal(8)], [Decimal("6.5"), Decimal(9)],
        ...                      "minimize")
        >>> [round_half_up(v) for v in found]
        [Decimal('107.14'), Decimal('87.50')]
        >>> compute_many([Decimal(90), Decimal(0)], [Decimal(94), Decimal(5)])
        Traceback (most recent call last):
        akip.exceptions.NotComputable: targets[1]: 'target' must be != 0 for polarity ...
    """
    ts = sequence(targets, "targets")
    rs = sequence(realisasi, "realisasi")
    if len(ts) != len(rs):
        msg = f"'targets' and 'realisasi' must be of the same length: {len(ts)} and {len(rs)}"
        raise InvalidValue(msg)
    options = _options(
        polarity, cap, clamp_min, zero_target, negative, minimize_formula, inside_range
    )
    pol, _, zero, neg, inside, cap_value, clamp_value = options
    if (
        pol is not Polarity.STABILIZE
        and cap_value is None
        and clamp_value is None
        and zero is _NOT_COMPUTABLE
        and neg is _RAISE
        and inside is _HUNDRED_INSIDE
    ):
        try:
            return _fast_many(ts, rs, options)
        except (AkipError, decimal.DecimalException):
            # An item `compute` refuses, or a NaN (whose comparison signals
            # InvalidOperation): item by item below, so that the error is `compute`'s and
            # names the first bad item.
            pass
    return [_one(i, t, r, options) for i, (t, r) in enumerate(zip(ts, rs, strict=True))]


def _fast_many(ts: Sequence[object], rs: Sequence[object], options: _Options) -> list[Decimal]:
    """`compute_many`'s common case, in akip's context (the caller's `in_context`).

    The fast path of `compute`, with operators: an item of two `Decimal` values above 0,
    within the bounds below, is computed here; any other item (a realisasi of 0 too) by
    `compute` itself. The comparisons also refuse infinities; a NaN raises
    `decimal.InvalidOperation` in them (trapped in akip's context).
    """
    low, high, hundred, tidy = _MANY_LOW, _MANY_HIGH, HUNDRED, _tidy
    maximize = options[0] is _MAXIMIZE
    over = not maximize and options[1] is _T_OVER_R
    if over:
        return [
            tidy(t * hundred / r)
            if type(t) is Decimal and type(r) is Decimal and low <= r < _HUGE and low <= t < high
            else _item(t, r, options)
            for t, r in zip(ts, rs, strict=True)
        ]
    if maximize:
        return [
            tidy(r * hundred / t)
            if type(t) is Decimal and type(r) is Decimal and low <= t < _HUGE and _TINY <= r < high
            else _item(t, r, options)
            for t, r in zip(ts, rs, strict=True)
        ]
    return [
        tidy((t + t - r) * hundred / t)
        if type(t) is Decimal and type(r) is Decimal and low <= t < _HUGE and _TINY <= r < high
        else _item(t, r, options)
        for t, r in zip(ts, rs, strict=True)
    ]


# `compute_many` computes with operators an item whose divisor is at least _MANY_LOW and
# whose dividend's variable part is below _MANY_HIGH (a realisasi of 0 goes to `compute`):
# then 0 < |result| <= 200 + 100 · 10^30 / 10^-25 < 10^58, for `_tidy`.
_MANY_LOW = Decimal("1E-25")
_MANY_HIGH = Decimal("1E+30")


@in_context
def mean(values: Iterable[object], *, cap: object = None) -> Decimal:
    """Mean of several capaian (the report's *rata-rata capaian*), skipping the not assessed.

    ``None`` entries are "not assessed" and are left out; they are never counted as 0. The
    optional *cap* applies to each value **before** averaging, and is separate from the cap
    used for rating.

    Raises:
        NotAssessed: if no value is assessed.

    Examples:
        >>> mean([Decimal("104.4444"), Decimal(85), None])
        Decimal('94.7222')
        >>> mean([120, 80], cap=100)
        Decimal('90')
    """
    cap_value = _optional(cap, "cap")
    if isinstance(values, str | bytes | dict) or not isinstance(values, Iterable):
        msg = f"'values' must be a sequence of capaian: {shown(values)}"
        raise InvalidValue(msg)
    assessed = [to_decimal(v, field="capaian") for v in values if v is not None]
    if not assessed:
        msg = "'capaian' values are all missing (not assessed): nothing to average"
        raise NotAssessed(msg)
    if cap_value is not None:
        assessed = [min(v, cap_value) for v in assessed]
    return quotient(total(assessed, exact=False), Decimal(len(assessed)))


def variants(target: object, realisasi: object) -> dict[MinimizeFormula, Decimal]:
    """Return the lower-is-better capaian of every named formula, exact.

    A report declares its own formula (``minimize_formula``); a printed capaian that matches
    another named formula than the declared one is a method hint, not a slip.

    Raises:
        NotComputable: if the target (or, for ``t_over_r``, the realisasi) is 0.
        InvalidValue: for negative values.

    Examples:
        LKjIP Kab. Manggarai Timur 2019, Tabel 3.8, Angka Kematian Bayi: target 9,20,
        realisasi 9,53, printed capaian 96,54 (target / realisasi).

        >>> found = variants(Decimal("9.20"), Decimal("9.53"))
        >>> {f.value: round_half_up(v) for f, v in found.items()}
        {'2t_minus_r': Decimal('96.41'), 't_over_r': Decimal('96.54')}
    """
    return {
        formula: compute(target, realisasi, Polarity.MINIMIZE, minimize_formula=formula)
        for formula in MinimizeFormula
    }


def persentase(pembilang: object, penyebut: object) -> Decimal:
    """Return ``pembilang / penyebut × 100``: a realisasi printed with its parts, exact.

    Raises:
        NotComputable: if *penyebut* is 0.
        InvalidValue: if either is negative.

    Examples:
        31 of 40 → 77,50 %; Manggarai Timur 2019: 186 deaths per 100.000 → 0,186 (printed
        0,19 %).

        >>> persentase(31, 40), persentase(186, 100_000)
        (Decimal('77.5'), Decimal('0.186'))
    """
    top = to_decimal(pembilang, field="pembilang")
    bottom = to_decimal(penyebut, field="penyebut")
    if top < 0 or bottom < 0:
        msg = Message(
            N_("'pembilang' and 'penyebut' must be >= 0: {pembilang}, {penyebut}"),
            pembilang=str(top),
            penyebut=str(bottom),
        )
        raise InvalidValue(msg)
    if bottom == 0:
        msg = Message(
            N_("'persentase' is not computable when 'penyebut' is 0 (pembilang {pembilang})"),
            pembilang=str(top),
        )
        raise NotComputable(msg)
    return percent(top, bottom)
