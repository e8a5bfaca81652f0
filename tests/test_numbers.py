"""Tests of akip.numbers: exact conversion, strict parsing, HALF_UP rounding, formatting."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

import akip
from akip import numbers
from akip.exceptions import AkipError, InvalidNumber, InvalidValue


class TestToDecimal:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (0.1, Decimal("0.1")),  # shortest repr, not 0.1000000000000000055511...
            (2.675, Decimal("2.675")),
            (7, Decimal(7)),
            (Decimal("1.50"), Decimal("1.50")),
            ("1234.5", Decimal("1234.5")),
            (" 12 ", Decimal(12)),
            ("-3e2", Decimal("-3e2")),
        ],
    )
    def test_accepts(self, value, expected):
        """int, Decimal, plain str and float (by shortest repr) convert exactly."""
        assert expected == numbers.to_decimal(value)

    @pytest.mark.parametrize(
        "junk",
        [
            True,
            False,
            None,
            float("nan"),
            float("inf"),
            Decimal("NaN"),
            Decimal("sNaN"),
            Decimal("-Infinity"),
            "1,5",
            "1.234.567",
            "",
            "abc",
            "Rp 100",
            "٣",  # an Arabic-Indic digit: Decimal() would read it as 3
            [1],
            b"1",
            1j,
        ],
    )
    def test_refuses(self, junk):
        """Junk raises InvalidNumber (an AkipError and a TypeError), naming the field."""
        with pytest.raises(InvalidNumber, match="'target'"):
            numbers.to_decimal(junk, field="target")

    @given(st.floats(allow_nan=False, allow_infinity=False))
    def test_float_round_trips_through_repr(self, x):
        """A float converts to the Decimal of its shortest repr, which reads back as x."""
        assert float(numbers.to_decimal(x)) == x
        assert numbers.to_decimal(x) == Decimal(repr(x))


class TestParseNumber:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1.234.567,89", Decimal("1234567.89")),
            ("45.195.966.217", Decimal(45195966217)),
            ("Rp 1.234.567", Decimal(1234567)),
            ("Rp. 44.484.704.673", Decimal(44484704673)),
            ("Rp45.195.966.217,50", Decimal("45195966217.50")),
            ("90,5%", Decimal("90.5")),
            ("104%", Decimal(104)),
            ("90 %", Decimal(90)),
            ("2,5", Decimal("2.5")),  # a decimal comma, never the range 2-5
            ("0,00", Decimal("0.00")),
            ("-", Decimal(0)),
            ("- .00", Decimal(0)),
            ("-1.234,5", Decimal("-1234.5")),
        ],
    )
    def test_indonesian(self, text, expected):
        """Printed Indonesian figures read exactly, keeping the printed decimals."""
        result = numbers.parse_number(text)
        assert expected == result
        assert expected.as_tuple().exponent == result.as_tuple().exponent

    @pytest.mark.parametrize("text", ["1.5", "2,5-3", "Rp", "", "%", "12,", "1.234567", "abc"])
    def test_strict(self, text):
        """Ambiguous or malformed text is refused, never silently misread."""
        with pytest.raises(InvalidNumber, match="'pagu'"):
            numbers.parse_number(text, field="pagu")

    def test_not_text(self):
        """Only strings are parsed; numbers go through to_decimal."""
        with pytest.raises(InvalidNumber):
            numbers.parse_number(12)

    def test_other_locale(self):
        """A table printed with decimal points (Tabel III.11) is read with its own locale."""
        assert Decimal("4700384252.00") == numbers.parse_number("4,700,384,252.00", locale="en_US")
        assert Decimal("88.37") == numbers.parse_number("88.37%", locale="en_US")

    @settings(max_examples=500)
    @given(st.from_regex(r"\A[+-]?[0-9][0-9.,]{0,14}\Z"), st.sampled_from(["id_ID", "en_US"]))
    def test_agrees_with_babel_strict(self, text, locale):
        """The Babel-free reading accepts and refuses exactly what Babel's strict parser does.

        Babel is the reference the rule was written against; akip reads the well-formed
        id_ID and en_US shapes itself (start-up time) and must never differ from it.
        """
        try:
            expected = Decimal(parse_decimal(text, locale=locale, strict=True))
        except (NumberFormatError, decimal.InvalidOperation):
            expected = None
        if text[-1] in ".,":
            expected = None  # refused before Babel is asked ("12," is no number)
        try:
            got = numbers.parse_number(text, locale=locale)
        except InvalidNumber:
            got = None
        assert (expected, str(expected)) == (got, str(got))

    @pytest.mark.parametrize(
        "text", ["01.234", "1.23", "1.2345", "+1.234", "1.234.56", "-0.123", "1,234.5", "٣", "1٣"]
    )
    def test_malformed_grouping(self, text):
        """Grouping that is not id_ID's groups of three, or non-ASCII digits, is refused."""
        with pytest.raises(InvalidNumber):
            numbers.parse_number(text)


class TestRoundHalfUp:
    @pytest.mark.parametrize(
        ("value", "places", "expected"),
        [
            ("2.665", 2, "2.67"),  # round() would give 2.66 on the Decimal (half-even)
            ("2.675", 2, "2.68"),
            ("0.125", 2, "0.13"),
            ("104.5", 0, "105"),
            ("-2.665", 2, "-2.67"),
            ("90.995", 2, "91.00"),
            ("1250", -2, "1.3E+3"),
        ],
    )
    def test_half_up(self, value, places, expected):
        """Halves go away from zero, as the report tables round."""
        assert Decimal(expected) == numbers.round_half_up(Decimal(value), places)
        assert str(Decimal(expected)) == str(numbers.round_half_up(Decimal(value), places))

    @given(st.integers(min_value=-(10**12), max_value=10**12))
    def test_halves_go_up(self, n):
        """n + 0.005 always rounds to n + 0.01 in magnitude (never to even)."""
        value = Decimal(n) + (Decimal("0.005") if n >= 0 else Decimal("-0.005"))
        expected = Decimal(n) + (Decimal("0.01") if n >= 0 else Decimal("-0.01"))
        assert expected == numbers.round_half_up(value)

    def test_bad_places(self):
        """places must be an int."""
        with pytest.raises(InvalidValue):
            numbers.round_half_up(1, 2.0)  # type: ignore[arg-type]

    def test_huge(self):
        """Rounding never fails on large budgets (no InvalidOperation)."""
        assert Decimal("123456789012345678901234567.89") == numbers.round_half_up(
            Decimal("123456789012345678901234567.885")
        )


class TestFormat:
    def test_number(self):
        """Decimal comma, thousands dot, HALF_UP before printing."""
        assert "1.234.567,89" == numbers.format_number(Decimal("1234567.885"))
        assert "2,67" == numbers.format_number(Decimal("2.665"))
        assert "-5,50" == numbers.format_number(Decimal("-5.5"))

    def test_percent(self):
        """A value in percent units prints with a % sign."""
        assert "90,73%" == numbers.format_percent(Decimal("90.7320"))
        assert "104%" == numbers.format_percent(Decimal("104.444"), 0)

    def test_rupiah(self):
        """Rupiah with or without sen."""
        assert "Rp 45.195.966.217" == numbers.format_rupiah(45195966217)
        assert "Rp 45.195.966.217,51" == numbers.format_rupiah(Decimal("45195966217.505"), 2)

    def test_bad_places(self):
        """Negative places are refused for printing."""
        with pytest.raises(InvalidValue):
            numbers.format_number(1, -1)

    @given(
        st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15),
        st.integers(min_value=0, max_value=4),
        st.sampled_from(["id_ID", "en_US"]),
    )
    def test_agrees_with_babel(self, value, places, locale):
        """The Babel-free printing equals Babel's, except that a zero has no sign (issue 13).

        Babel prints -0,33 rounded to 0 places as "-0"; akip prints "0".
        """
        pattern = "#,##0" + ("." + "0" * places if places else "")
        rounded = numbers.round_half_up(value, places)
        rounded = rounded or rounded.copy_abs()
        with decimal.localcontext(decimal.Context(prec=60)):
            expected = format_decimal(rounded, format=pattern, locale=locale)
        assert expected == numbers.format_number(value, places, locale=locale)

    def test_other_locale(self):
        """Other locales print and read through Babel."""
        assert "1.234,50" == numbers.format_number(Decimal("1234.5"), locale="de_DE")
        assert "1,234.50" == numbers.format_number(Decimal("1234.5"), locale="en_US")
        assert Decimal("1234.5") == numbers.parse_number("1.234,5", locale="de_DE")

    def test_round_trip(self):
        """What format_number prints, parse_number reads back."""
        value = Decimal("45195966217.50")
        assert value == numbers.parse_number(numbers.format_number(value))


def test_facade():
    """The number helpers are importable from the top level; errors share one base."""
    assert akip.to_decimal is numbers.to_decimal
    assert issubclass(InvalidNumber, AkipError)
    assert issubclass(AkipError, ValueError)
    assert akip.__version__


class TestRoundingLargeValues:
    def test_beyond_sixty_digits(self):
        """A 70-digit value rounds like any other (a 60-digit context would refuse it).

        10^70 to 2 decimals is 1 followed by 70 zeros and ",00"; 64 digits …890123,885
        round half up to …890123,89.
        """
        assert "1" + "0" * 70 + ".00" == str(numbers.round_half_up(Decimal("1E+70")))
        digits = "123456789012345678901234567890123456789012345678901234567890123"
        assert Decimal(digits + ".89") == numbers.round_half_up(Decimal(digits + ".885"))
        assert numbers.format_number(Decimal("1E+61")).startswith("10.000.000.000.000")

    def test_long_printed_figures(self):
        """Printed figures longer than Babel's default 28 digits are read or refused cleanly.

        76 groups of three in en_US and de_DE (the second through Babel) read exactly; a
        70-digit run with a stray group comma is no en_US number.
        """
        grouped = "1" + ",234" * 25
        assert Decimal("1" + "234" * 25) == numbers.parse_number(grouped, locale="en_US")
        assert Decimal("1" + "234" * 25 + ".5") == numbers.parse_number(
            grouped.replace(",", ".") + ",5", locale="de_DE"
        )
        with pytest.raises(InvalidNumber, match="not a number in en_US format"):
            numbers.parse_number("9" * 70 + ",5", locale="en_US")

    def test_absurd_values_and_places(self):
        """An exponent of a million is outside akip's range; 101 places are refused."""
        with pytest.raises(InvalidNumber, match="outside akip's range"):
            numbers.round_half_up(Decimal("1E+999999"))
        with pytest.raises(InvalidNumber, match="outside akip's range"):
            numbers.parse_number("1" + "0" * 1001)
        with pytest.raises(InvalidNumber, match="outside akip's range"):
            numbers.parse_number("1" + ".000" * 334, locale="de_DE")  # through Babel
        assert Decimal("1E+1000") == numbers.to_decimal("1E+1000")
        with pytest.raises(InvalidValue, match="'places' must be an int from -100 to 100"):
            numbers.round_half_up(1, 101)


class TestSignedZero:
    """Issue 13: a value that rounds to zero prints without a sign."""

    @pytest.mark.parametrize(
        ("value", "places", "expected"),
        [
            (Decimal("-0.001"), 2, "0,00"),
            (Decimal("-0.004"), 2, "0,00"),
            (Decimal("-0.4"), 0, "0"),
            (Decimal("-0"), 2, "0,00"),
            (Decimal("-0.005"), 2, "-0,01"),  # HALF_UP away from zero: a real -0,01
        ],
    )
    def test_format_number(self, value, places, expected):
        """-0,001 at 2 places is 0,00 (the rounded value is zero); -0,005 is -0,01."""
        assert expected == numbers.format_number(value, places)

    def test_rupiah_and_percent(self):
        """Never 'Rp -0' or '-0,00%'."""
        assert ["Rp 0", "0,00%", "0"] == [
            numbers.format_rupiah(Decimal("-0.4")),
            numbers.format_percent(Decimal("-0.0001")),
            numbers.format_number(Decimal("-0.3"), 0, locale="de_DE"),
        ]


class TestLocale:
    """Issue 13: a locale is named explicitly and known, never the process's own."""

    @pytest.mark.parametrize("locale", [None, "xx_YY", "../id_ID", "", 5, "id-ID"])
    def test_unknown_or_missing_locale(self, locale):
        """None (Babel would read LANG), unknown and malformed ids are an InvalidValue."""
        with pytest.raises(InvalidValue, match="'locale' must be a locale identifier"):
            numbers.format_number(1, locale=locale)
        with pytest.raises(InvalidValue, match="'locale' must be a locale identifier"):
            numbers.parse_number("1", locale=locale)

    def test_known_babel_locale(self):
        """A locale Babel knows works through Babel: de_DE prints 1.234,50."""
        assert "1.234,50" == numbers.format_number(Decimal("1234.5"), locale="de_DE")
