"""Tests of akip._validators: bounded reprs and typed fields of value types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from akip import _decimal, _validators
from akip._validators import MAX_REPR, clean_text, shown, typed
from akip.exceptions import InvalidValue


class TestShown:
    @pytest.mark.parametrize(
        "value",
        [10**5000, -(10**5000), "x" * 10_000, list(range(10_000)), Decimal(10) ** 900, b"y" * 500],
        ids=["big int", "big negative int", "long text", "long list", "long Decimal", "bytes"],
    )
    def test_bounded(self, value):
        """Whatever the value, the repr has at most 80 characters and never raises."""
        assert len(shown(value)) <= MAX_REPR

    def test_big_int_by_size(self):
        """A 5001-digit int is described by its size (Python refuses its repr past 4300)."""
        assert "<int of about 5001 digits>" == shown(10**5000)

    def test_short_values_as_repr(self):
        """Short values read as their repr."""
        assert ["'abc'", "5", "Decimal('1.5')", "None"] == [
            shown("abc"),
            shown(5),
            shown(Decimal("1.5")),
            shown(None),
        ]

    def test_a_failing_repr(self):
        """An object whose __repr__ raises is described by its type and address."""

        class Hostile:
            def __repr__(self) -> str:
                raise RuntimeError

        assert shown(Hostile()).startswith("<Hostile instance at 0x")

    def test_limits_agree(self):
        """The copy of EXPONENT_LIMIT (import order) equals akip._decimal's."""
        assert _decimal.EXPONENT_LIMIT == _validators.EXPONENT_LIMIT


class TestCleanText:
    def test_lone_surrogates(self):
        """Text with a lone surrogate is not clean; other Unicode is."""
        assert [True, True, False, False] == [
            clean_text("abc"),
            clean_text("Rp ٣²"),
            clean_text("a\ud800"),
            clean_text(5),
        ]


@typed
@attrs.frozen
class _Sample:
    amount: Decimal
    count: int
    name: str
    day: dt.date
    items: tuple[int, ...]
    pair: tuple[str, int]
    table: dict[str, Decimal | None]
    maybe: Decimal | str | None = None
    flag: bool = False


def _sample(**changes: object) -> _Sample:
    fields: dict[str, object] = {
        "amount": Decimal(1),
        "count": 2,
        "name": "n",
        "day": dt.date(2024, 1, 1),
        "items": (1, 2),
        "pair": ("a", 1),
        "table": {"a": None},
    }
    fields.update(changes)
    return _Sample(**fields)  # type: ignore[arg-type]


class TestTyped:
    def test_valid(self):
        """Values of the annotated types are accepted, twice (the compiled initialiser)."""
        assert _sample() == _sample()
        assert "x" == _sample(maybe="x").maybe

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("amount", Decimal("NaN")),
            ("amount", Decimal("1E+5000")),
            ("amount", 1),
            ("count", True),
            ("count", 2**64),
            ("name", "\ud800"),
            ("day", dt.datetime(2024, 1, 1, tzinfo=dt.UTC)),
            ("items", (1, "2")),
            ("items", [1]),
            ("pair", ("a", 1, 2)),
            ("table", {"a": 1}),
            ("table", {1: None}),
            ("maybe", 5),
            ("flag", 1),
        ],
    )
    def test_refused(self, field, value):
        """Each wrong value is an InvalidValue naming the class and the field."""
        with pytest.raises(InvalidValue, match=f"_Sample: '{field}' must be"):
            _sample(**{field: value})
