"""Tests of akip._validators: bounded reprs and typed fields of value types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

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


def _sample_class() -> Any:
    """A fresh typed class (a new one has not compiled its initialiser yet)."""

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
        note: str | None = None
        level: int | None = None
        share: Decimal | None = None

    return _Sample


_VALID: dict[str, object] = {
    "amount": Decimal(1),
    "count": 2,
    "name": "n",
    "day": dt.date(2024, 1, 1),
    "items": (1, 2),
    "pair": ("a", 1),
    "table": {"a": None},
}


class _Exact(Decimal):
    """A Decimal subclass: a Decimal for isinstance, not for ``v.__class__ is Decimal``."""


_REFUSED = [
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
    ("note", b"x"),
    ("level", 1.0),
    ("share", Decimal("-Infinity")),
    ("amount", _Exact("1.5")),
    ("share", _Exact("1.5")),
]


_ACCEPTED = [
    ("items", ()),
    ("name", "Rp ٣²"),
    ("count", -(2**63)),
    ("maybe", "x"),
    ("maybe", Decimal("-0.00")),
    ("note", "ü"),
    ("level", None),
    ("share", Decimal("1E+4000")),
]


@pytest.fixture(params=["loop", "compiled"])
def sample(request, monkeypatch):
    """A fresh typed class, checked by the generic loop or by its compiled initialiser."""
    kind = _sample_class()
    if request.param == "compiled":
        monkeypatch.setattr(_validators, "COMPILE_AFTER", 1)
        kind(**_VALID)  # the first instance compiles the initialiser
        assert kind.__init__.__code__.co_filename == "<string>"
    else:
        monkeypatch.setattr(_validators, "COMPILE_AFTER", 10**9)
    return kind


class TestTyped:
    def test_valid(self, sample):
        """Values of the annotated types are accepted, and equal instances are equal."""
        assert sample(**_VALID) == sample(**_VALID)
        assert "x" == sample(**_VALID, maybe="x").maybe

    @pytest.mark.parametrize(("field", "value"), _REFUSED)
    def test_refused(self, sample, field, value):
        """Each wrong value is an InvalidValue naming the class and the field."""
        with pytest.raises(InvalidValue, match=f"_Sample: '{field}' must be"):
            sample(**(_VALID | {field: value}))

    @pytest.mark.parametrize(("field", "value"), _ACCEPTED)
    def test_accepted(self, sample, field, value):
        """Values at the edges of each type (10^4000, −2^63, non-ASCII text) are kept."""
        assert value == getattr(sample(**(_VALID | {field: value})), field)

    def test_compiles_after_the_threshold(self, monkeypatch):
        """The loop checks the first COMPILE_AFTER instances, then the class compiles."""
        monkeypatch.setattr(_validators, "COMPILE_AFTER", 3)
        kind = _sample_class()
        loop = kind.__init__
        kind(**_VALID)
        kind(**_VALID)
        assert loop is kind.__init__
        kind(**_VALID)
        assert loop is not kind.__init__
        # The first initialiser, kept by a caller, goes on to the compiled one.
        instance = object.__new__(kind)
        loop(instance, **_VALID)
        assert kind(**_VALID) == instance
        with pytest.raises(InvalidValue, match="'count' must be int"):
            loop(object.__new__(kind), **(_VALID | {"count": "2"}))

    def test_plain_subclass_is_checked(self):
        """A plain subclass (attrs' initialiser inherited) is checked like its base."""
        base = _sample_class()

        class Child(base):  # type: ignore[misc, valid-type]
            """No fields of its own."""

        assert 2 == Child(**_VALID).count
        with pytest.raises(InvalidValue, match="Child: 'count' must be int"):
            Child(**(_VALID | {"count": None}))

    def test_annotation_given_as_a_type(self):
        """A field whose type is a class, not annotation text, is checked by that class."""
        kind: Any = typed(attrs.make_class("Made", {"count": attrs.field(type=int)}, frozen=True))
        assert 3 == kind(3).count
        with pytest.raises(InvalidValue, match="Made: 'count' must be <class 'int'>: '3'"):
            kind("3")
