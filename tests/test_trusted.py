"""Tests of akip._trusted: constructors of value types for akip's own hot paths."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from akip._trusted import maker
from akip.check.consensus import Consensus
from akip.check.ledger import Status, Verdict
from akip.report import Figure, Where


def test_instances_equal_the_initialisers():
    """Every field set in order: the same value as the type's own initialiser gives."""
    where = Where("Tabel 3", "pagu", "1.", 2024)
    assert where == maker(Where)("Tabel 3", "pagu", "1.", 2024)
    figure = Figure("1.250,50", Decimal("1250.50"), where, "id_ID")
    assert figure == maker(Figure)("1.250,50", Decimal("1250.50"), where, "id_ID", None, None)
    assert Consensus(Decimal(5), (figure,), 1) == maker(Consensus)(Decimal(5), (figure,), 1, None)
    verdict = Verdict(where, "1.250,50", Status.AGREES, "1.250,50", key="budget.pagu.value")
    made = maker(Verdict)(
        where, "1.250,50", Status.AGREES, "1.250,50", None, None, None, "budget.pagu.value"
    )
    assert verdict == made
    assert hash(verdict) == hash(made)


def test_instances_stay_frozen():
    """An instance made this way is as immutable as any other."""
    where = maker(Where)("Tabel 3", "pagu", None, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        where.place = "Tabel 4"  # type: ignore[misc]


def test_every_field_must_be_given():
    """The constructor takes every field: a missing one is Python's TypeError."""
    with pytest.raises(TypeError):
        maker(Where)("Tabel 3", "pagu")


def test_classes_with_their_own_checks_are_refused():
    """A converter, a validator or a post-init hook would be skipped: no maker for them."""

    @attrs.frozen
    class Converted:
        value: int = attrs.field(converter=int)

    @attrs.frozen
    class Validated:
        value: int = attrs.field(validator=attrs.validators.instance_of(int))

    @attrs.frozen
    class Hooked:
        value: int

        def __attrs_post_init__(self) -> None:
            pass

    for cls in (Converted, Validated, Hooked, dict):
        with pytest.raises(TypeError):
            maker(cls)


def test_classes_without_own_slots():
    """A class with an instance dict, or a slot of its base: set by name, equal as well."""

    @attrs.frozen(slots=False)
    class Plain:
        left: int
        right: int = 0

    @attrs.frozen
    class Base:
        left: int

    @attrs.frozen
    class Derived(Base):
        right: int = 0

    assert maker(Plain)(1, 2) == Plain(1, 2)
    assert maker(Derived)(1, 2) == Derived(1, 2)
