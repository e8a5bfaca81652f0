"""numbers (angka: exact amounts and percentages, Indonesian number format).

Every amount (rupiah) and percentage in akip is a `decimal.Decimal`. This module is the one
door numbers come in through and go out of:

- [`to_decimal`][akip.numbers.to_decimal] takes ``int``, ``Decimal``, plain text
  (``"1234.5"``) or ``float`` by its shortest repr (``0.1`` → ``Decimal("0.1")``, never the
  binary expansion) and refuses NaN, infinities, ``bool`` and other types.
- [`parse_number`][akip.numbers.parse_number] reads printed Indonesian figures
  (``"1.234.567,89"``, ``"Rp 45.195.966.217"``, ``"90,5%"``, the dash ``"-"`` for zero)
  strictly through Babel, so ``"1.5"`` is never silently 15.
- [`round_half_up`][akip.numbers.round_half_up] is the one rounding step: ROUND_HALF_UP,
  2 places by default. Python's ``round()`` rounds half to even and is wrong here.
- [`format_number`][akip.numbers.format_number],
  [`format_percent`][akip.numbers.format_percent] and
  [`format_rupiah`][akip.numbers.format_rupiah] print in the ``id_ID`` style.

References:
    - Rules §0 of the akip specification (exact numbers, strict parsing, HALF_UP).
    - Python ``decimal`` documentation: the default context rounds half-even.
    - Babel ``parse_decimal(..., strict=True)`` (python-babel/babel#589, #590).

Examples:
    >>> to_decimal(0.1)
    Decimal('0.1')
    >>> parse_number("1.234.567,89")
    Decimal('1234567.89')
    >>> parse_number("Rp. 45.195.966.217")
    Decimal('45195966217')
    >>> parse_number("70,48%")
    Decimal('70.48')
    >>> round_half_up(Decimal("2.665"))
    Decimal('2.67')
    >>> format_rupiah(Decimal("45195966217"))
    'Rp 45.195.966.217'
"""

from __future__ import annotations

import decimal
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

import attrs

from akip._decimal import CONTEXT, EXPONENT_LIMIT, MAX_PLACES, quantize
from akip._validators import shown
from akip.exceptions import InvalidNumber, InvalidValue

__all__ = [
    "ID_LOCALE",
    "Number",
    "format_number",
    "format_percent",
    "format_rupiah",
    "parse_number",
    "round_half_up",
    "to_decimal",
]

Number = int | Decimal | str | float
"""What akip accepts wherever a number is expected (see `to_decimal`)."""

ID_LOCALE: Final = "id_ID"
"""The Indonesian locale: decimal comma, thousands dot."""

# Plain machine form: optional sign, digits with an optional '.' fraction, optional exponent.
# Digits are ASCII only (re.ASCII): an Arabic-Indic '٣' is no number here.
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
# Printed dash meaning zero in Indonesian tables: "-", "- .00", "-,00", "– 0,00"? (only zeros).
_DASH = re.compile(r"[-–—]\s*(?:[.,]0+)?")
_CURRENCY = re.compile(r"^rp\.?\s*", re.IGNORECASE)
# After removing the currency and percent signs, a printed number holds only these.
_PRINTED = re.compile(r"[+-]?\d[\d.,]*", re.ASCII)


@attrs.frozen
class _Style:
    """A locale's number style, read and printed without Babel (tested to agree with it).

    ``plain`` matches digits with an optional decimal symbol and ``grouped`` groups of three
    after a first group without a leading zero: the forms Babel's strict parser accepts.
    Any other text goes to Babel, which accepts or refuses it.
    """

    group: str
    point: str
    plain: re.Pattern[str] = attrs.field(init=False)
    grouped: re.Pattern[str] = attrs.field(init=False)
    printed: dict[int, str] = attrs.field(init=False)
    fast: re.Pattern[str] = attrs.field(init=False)

    @plain.default
    def _plain(self) -> re.Pattern[str]:
        return re.compile(rf"[+-]?\d+(?:{re.escape(self.point)}\d+)?", re.ASCII)

    @grouped.default
    def _grouped(self) -> re.Pattern[str]:
        g, d = re.escape(self.group), re.escape(self.point)
        return re.compile(rf"-?[1-9]\d{{0,2}}(?:{g}\d{{3}})+(?:{d}\d+)?", re.ASCII)

    @printed.default
    def _printed(self) -> dict[int, str]:
        """From Python's ``format(x, ",f")`` symbols to the locale's."""
        return str.maketrans({",": self.group, ".": self.point})

    @fast.default
    def _fast(self) -> re.Pattern[str]:
        """A whole figure in one of the two forms, with nothing but ``Rp`` and ``%``.

        ``Rp. 4.557.968.228``, ``88,37%``, ``4,700,384,252.00``: what nearly every cell of
        a report prints.
        """
        forms = f"{self.plain.pattern}|{self.grouped.pattern}"
        return re.compile(rf"(?:[Rr][Pp]\.? *)?({forms})%?", re.ASCII)

    def read(self, body: str) -> Decimal | None:
        """The value of *body* if it is in one of the two forms, else ``None``."""
        if self.plain.fullmatch(body) or self.grouped.fullmatch(body):
            return self.value(body)
        return None

    def value(self, body: str) -> Decimal:
        """The value of *body*, known to be in one of the two forms: its digits, exactly."""
        return Decimal(body.replace(self.group, "").replace(self.point, "."))


# Babel is imported only for other locales: it costs a noticeable part of a command's
# start-up time.
_STYLES: Final = {ID_LOCALE: _Style(".", ","), "en_US": _Style(",", ".")}


def to_decimal(value: object, *, field: str = "value") -> Decimal:
    """Convert an ``int``, ``Decimal``, plain ``str`` or ``float`` to an exact ``Decimal``.

    A ``float`` is taken by its shortest repr (``str(x)``), so ``0.1`` is ``Decimal("0.1")``;
    it never enters the arithmetic as a binary fraction. Text must be in plain machine form
    (``"1234.5"``); printed Indonesian text goes through `parse_number`. Magnitudes from
    10^-1000 to 10^1000 are accepted (no report prints anything near), so that no
    computation of akip can overflow.

    Args:
        value: The number.
        field: The name used in error messages.

    Returns:
        The exact value.

    Raises:
        InvalidNumber: for ``bool``, ``None``, other types, NaN, infinities, values outside
            10^±1000 and text that is not in plain form.

    Examples:
        >>> to_decimal("1234.50")
        Decimal('1234.50')
        >>> to_decimal(True)
        Traceback (most recent call last):
        akip.exceptions.InvalidNumber: 'value' must be a number, not bool: True
    """
    if isinstance(value, bool):
        msg = f"{shown(field)} must be a number, not bool: {shown(value)}"
        raise InvalidNumber(msg)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            msg = f"{shown(field)} must be a finite number: {shown(value)}"
            raise InvalidNumber(msg)
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if not _PLAIN.fullmatch(text):
            msg = (
                f"{shown(field)} must be plain numeric text such as '1234.5' "
                f"(use parse_number for printed Indonesian figures): {shown(value)}"
            )
            raise InvalidNumber(msg)
        result = Decimal(text)
    else:
        msg = (
            f"{shown(field)} must be int, Decimal, str or float, "
            f"not {type(value).__name__}: {shown(value)}"
        )
        raise InvalidNumber(msg)
    if not result.is_finite():
        msg = f"{shown(field)} must be a finite number: {shown(value)}"
        raise InvalidNumber(msg)
    return _in_range(result, field, value)


def _in_range(result: Decimal, field: str, given: object) -> Decimal:
    """*result*, if its size is within ``10^±EXPONENT_LIMIT`` (else `InvalidNumber`)."""
    if abs(result.adjusted()) > EXPONENT_LIMIT:
        msg = (
            f"{shown(field)} is outside akip's range (10^-{EXPONENT_LIMIT} to 10^{EXPONENT_LIMIT} "
            f"in size): {shown(given)}"
        )
        raise InvalidNumber(msg)
    return result


def parse_number(text: object, *, field: str = "value", locale: str = ID_LOCALE) -> Decimal:
    """Read a printed figure strictly: ``"1.234.567,89"``, ``"Rp 1.234.567"``, ``"90,5%"``.

    The currency prefix ``Rp`` / ``Rp.`` and a trailing ``%`` are removed; a percentage is
    returned in percent units (``"90,5%"`` → ``90.5``). A dash alone (``"-"``, ``"- .00"``)
    is the tables' way of printing zero. The rest must be a number in *locale*'s format,
    checked by Babel in strict mode: ``"1.5"`` in ``id_ID`` is refused, never read as 15, and
    ``"2,5"`` is 2.5, never a range. The decimals printed are kept (``"1,50"`` →
    ``Decimal("1.50")``), so a checker knows the printed precision.

    Args:
        text: The printed figure.
        field: The name used in error messages.
        locale: The report's number style: ``"id_ID"`` (default) or e.g. ``"en_US"`` for a
            table printed with a decimal point.

    Returns:
        The exact value.

    Raises:
        InvalidNumber: if *text* is not a string or not a number in that format.

    Examples:
        >>> parse_number("2,5")
        Decimal('2.5')
        >>> parse_number("-")
        Decimal('0')
        >>> parse_number("4,700,384,252.00", locale="en_US")
        Decimal('4700384252.00')
        >>> parse_number("1.5")
        Traceback (most recent call last):
        akip.exceptions.InvalidNumber: 'value' is not a number in id_ID format: '1.5'
    """
    if text.__class__ is str and locale.__class__ is str and locale in _STYLES:
        # The common figure, read in one step: what the steps below give it (a text the
        # pattern matches has nothing to strip, is no dash, and its body is in one of the
        # style's two forms).
        known = _STYLES[locale]
        match = known.fast.fullmatch(text)
        if match is not None:
            return _in_range(known.value(match.group(1)), field, text)
    if not isinstance(text, str):
        msg = f"{shown(field)} must be printed text, not {type(text).__name__}: {shown(text)}"
        raise InvalidNumber(msg)
    body = text.strip()
    if _DASH.fullmatch(body):
        return Decimal(0)
    body = _CURRENCY.sub("", body)
    body = body.removesuffix("%").rstrip()
    if not _PRINTED.fullmatch(body) or body[-1] in ".,":
        msg = f"{shown(field)} is not a number in {locale} format: {shown(text)}"
        raise InvalidNumber(msg)
    style = _STYLES.get(_locale(locale))
    value = None if style is None else style.read(body)
    if value is not None:
        return _in_range(value, field, text)
    from babel.numbers import NumberFormatError, parse_decimal  # noqa: PLC0415

    # Babel's strict check formats the value back in the current decimal context: give it
    # room for every printed digit (the default 28 digits would fail on long figures).
    try:
        with decimal.localcontext(CONTEXT) as ctx:
            ctx.prec = max(CONTEXT.prec, 2 * len(body))
            parsed = Decimal(parse_decimal(body, locale=locale, strict=True))
    except (NumberFormatError, decimal.DecimalException) as exc:
        msg = f"{shown(field)} is not a number in {locale} format: {shown(text)}"
        raise InvalidNumber(msg) from exc
    return _in_range(parsed, field, text)


_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2}|_\d{3})?", re.ASCII)


def _locale(locale: object) -> str:
    """*locale* if it is a locale identifier Babel has data for (``None`` is refused).

    Babel reads ``None`` as the process's own locale (``LC_NUMERIC``, ``LANG``): a figure
    would print differently on another machine. An unknown identifier is an error here,
    never Babel's ``UnknownLocaleError``.
    """
    if isinstance(locale, str) and locale in _STYLES:
        return locale
    if isinstance(locale, str) and _LOCALE.fullmatch(locale):
        from babel import localedata  # noqa: PLC0415

        if localedata.exists(locale):
            return locale
    msg = f"'locale' must be a locale identifier such as 'id_ID' or 'en_US': {shown(locale)}"
    raise InvalidValue(msg)


def round_half_up(value: object, places: int = 2) -> Decimal:
    """Round to *places* decimals, halves away from zero (ROUND_HALF_UP).

    This is the rounding LKjIP tables use (2,665 → 2,67). Python's ``round()`` and the
    default decimal context round half to even (2,665 → 2,66) and are wrong here.

    Args:
        value: Any number `to_decimal` accepts.
        places: Decimals to keep; 0 rounds to a whole number; negative places round to tens,
            hundreds, and so on.

    Returns:
        The rounded value, with exactly *places* decimals.

    Raises:
        InvalidNumber: if *value* is not a number.
        InvalidValue: if *places* is not an int.

    Examples:
        >>> round_half_up(Decimal("2.675"))
        Decimal('2.68')
        >>> round_half_up(Decimal("104.4444"), 0)
        Decimal('104')
        >>> round_half_up(Decimal("-0.125"))
        Decimal('-0.13')
    """
    if isinstance(places, bool) or not isinstance(places, int) or abs(places) > MAX_PLACES:
        msg = f"'places' must be an int from -{MAX_PLACES} to {MAX_PLACES}: {shown(places)}"
        raise InvalidValue(msg)
    return quantize(to_decimal(value), places, ROUND_HALF_UP)


def _pattern(places: int) -> str:
    if isinstance(places, bool) or not isinstance(places, int) or places < 0:
        msg = f"'places' must be an int >= 0: {shown(places)}"
        raise InvalidValue(msg)
    return "#,##0" + ("." + "0" * places if places else "")


def format_number(value: object, places: int = 2, *, locale: str = ID_LOCALE) -> str:
    """Print a number in the Indonesian style after rounding it HALF_UP.

    Examples:
        >>> format_number(Decimal("1234567.891"))
        '1.234.567,89'
        >>> format_number(Decimal("0.125"))
        '0,13'
    """
    pattern = _pattern(places)
    rounded = round_half_up(value, places)
    if not rounded:
        # A value that rounds to zero prints without a sign: -0,001 is "0,00", never
        # "-0,00" (a sign of a figure that is not there).
        rounded = rounded.copy_abs()
    style = _STYLES.get(_locale(locale))
    if style is not None:
        return format(rounded, ",f").translate(style.printed)
    from babel.numbers import format_decimal  # noqa: PLC0415

    with decimal.localcontext(CONTEXT):
        return str(format_decimal(rounded, format=pattern, locale=locale))


def format_percent(value: object, places: int = 2, *, locale: str = ID_LOCALE) -> str:
    """Print a value already in percent units: ``95.666`` → ``"95,67%"``.

    Examples:
        >>> format_percent(Decimal("104.4444"))
        '104,44%'
        >>> format_percent(Decimal("104.4444"), 0)
        '104%'
    """
    return format_number(value, places, locale=locale) + "%"


def format_rupiah(value: object, places: int = 0, *, locale: str = ID_LOCALE) -> str:
    """Print a rupiah amount: ``Rp 45.195.966.217``; ``places=2`` keeps the sen.

    Examples:
        >>> format_rupiah(Decimal("45195966217.505"), 2)
        'Rp 45.195.966.217,51'
    """
    return "Rp " + format_number(value, places, locale=locale)
