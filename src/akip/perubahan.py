"""perubahan (Perjanjian Kinerja perubahan, revisions of targets and pagu, with dates).

A Perjanjian Kinerja (PK) and the pagu behind it are revised during the year: the *APBD
perubahan* revises the pagu, and a *PK perubahan* is signed with new targets or new amounts.
akip stores every version with the date it takes effect (`Version`) in a `VersionHistory`,
ordered by date. Which version governs is an option (A17, A18): the **latest** by default,
the **original**, or the version in force on a given date (the latest effective on or before
it). `VersionHistory.changes` lists, per key (program, indicator), the old value, the new
value and the difference.

No regulation text read says which version governs the annual capaian (rules-research §8
item 3); the default follows the signed, latest PK.

References:
    - LKIP 2024 Badan Kesbangpol Kota Dumai, Tabel 2 (pagu murni per program) and Tabel 3
      (Perubahan Perjanjian Kinerja, 23 September 2024).
    - akip rules §5; rules-research §8 item 3 and ambiguities A17, A18.

Examples:
    The Dumai LKIP 2024, program 1, murni → perubahan on 23 September 2024:

    >>> from datetime import date
    >>> history = VersionHistory([
    ...     Version("murni", date(2024, 1, 2), {"program 1": 4557968228}),
    ...     Version("perubahan", date(2024, 9, 23), {"program 1": 4700384252}),
    ... ])
    >>> history.applicable(date(2024, 6, 30)).label, history.applicable().label
    ('murni', 'perubahan')
    >>> history.changes()[0].difference
    Decimal('142416024')
"""

from __future__ import annotations

import enum
import itertools
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from akip._bands import parse_option
from akip._decimal import ZERO, total
from akip._validators import items_of, shown, typed
from akip.exceptions import InvalidValue, PeriodError
from akip.numbers import to_decimal

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from decimal import Decimal

__all__ = ["Change", "Version", "VersionHistory", "VersionRule"]


class VersionRule(enum.Enum):
    """Which version governs when no date is given (``target_version`` / ``pagu_version``)."""

    #: The latest version (default): the signed PK perubahan, the pagu perubahan.
    LATEST = "latest"
    #: The first version: the original PK, the pagu murni.
    ORIGINAL = "original"


def _items(values: Mapping[Any, object]) -> tuple[tuple[str, Decimal], ...]:
    if not hasattr(values, "items"):
        msg = f"'values' must be a mapping of key to number: {shown(values)}"
        raise InvalidValue(msg)
    result = []
    for key, value in values.items():
        if not isinstance(key, str) or not key.strip():
            msg = f"'values' keys must be non-empty text: {shown(key)}"
            raise InvalidValue(msg)
        result.append((key, to_decimal(value, field=key)))
    return tuple(result)


def _label(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"'label' must be non-empty text: {shown(value)}"
        raise InvalidValue(msg)
    return value


def _effective(value: object) -> date:
    if not isinstance(value, date):
        msg = f"'berlaku' must be a datetime.date: {shown(value)}"
        raise PeriodError(msg)
    return value


@typed
@attrs.frozen
class Version:
    """One version of a set of targets or pagu, effective from ``berlaku``.

    Args:
        label: Its name (``"murni"``, ``"perubahan"``, ``"PK perubahan 1"``).
        berlaku: The date it takes effect (the signing date of the PK perubahan).
        items: Key (program, indicator) → value, given as a mapping.
    """

    label: str = attrs.field(converter=_label)
    berlaku: date = attrs.field(converter=_effective)
    items: tuple[tuple[str, Decimal], ...] = attrs.field(converter=_items)

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys, in the order given."""
        return tuple(key for key, _ in self.items)

    def value(self, key: str) -> Decimal:
        """The value of *key*.

        Raises:
            InvalidValue: if the version has no such key.
        """
        for name, value in self.items:
            if name == key:
                return value
        msg = f"'key' is not in version {shown(self.label)}: {shown(key)}"
        raise InvalidValue(msg)

    def total(self) -> Decimal:
        """The exact sum of the values (the JUMLAH row of a pagu table)."""
        return total(value for _, value in self.items)


@typed
@attrs.frozen
class Change:
    """The change of one key between two versions.

    Attributes:
        key: The program or indicator.
        old: Its value in the older version (``None``: absent there).
        new: Its value in the newer version (``None``: absent there).
        difference: ``new − old``, an absent side counting as 0.
    """

    key: str
    old: Decimal | None
    new: Decimal | None
    difference: Decimal


def _versions(values: Iterable[object]) -> tuple[Version, ...]:
    items = tuple(items_of(values, object, "versions"))
    if not items:
        msg = "'versions' must hold at least one version: ()"
        raise InvalidValue(msg)
    result: list[Version] = []
    for item in items:
        if not isinstance(item, Version):
            msg = f"'versions' must hold Version values: {shown(item)}"
            raise InvalidValue(msg)
        result.append(item)
    for before, after in itertools.pairwise(result):
        if after.berlaku <= before.berlaku:
            msg = (
                f"'berlaku' of version {shown(after.label)} must be after {before.berlaku} "
                f"({shown(before.label)}): versions overlap or are out of order: {after.berlaku}"
            )
            raise PeriodError(msg)
    return tuple(result)


@typed
@attrs.frozen
class VersionHistory:
    """Every version of a PK or pagu, in order of their effective dates.

    Raises:
        PeriodError: two versions on the same date, or versions out of order.
        InvalidValue: no version.
    """

    versions: tuple[Version, ...] = attrs.field(converter=_versions)

    @property
    def original(self) -> Version:
        """The first version (PK awal, pagu murni)."""
        return self.versions[0]

    @property
    def latest(self) -> Version:
        """The latest version."""
        return self.versions[-1]

    def applicable(self, on: object = None, *, rule: object = VersionRule.LATEST) -> Version:
        """The version that governs: in force *on* a date, else by *rule* (latest by default).

        Args:
            on: A date: the latest version effective on or before it.
            rule: `VersionRule` used when *on* is not given.

        Raises:
            PeriodError: *on* is before the first version, or not a date.
            InvalidValue: unknown rule.
        """
        chosen = parse_option(VersionRule, rule, "rule")
        if on is None:
            return self.latest if chosen is VersionRule.LATEST else self.original
        if not isinstance(on, date) or isinstance(on, datetime):
            msg = f"'on' must be a datetime.date (not a datetime): {shown(on)}"
            raise PeriodError(msg)
        in_force = [v for v in self.versions if v.berlaku <= on]
        if not in_force:
            msg = f"'on' is before the first version ({self.original.berlaku}): {on}"
            raise PeriodError(msg)
        return in_force[-1]

    def _find(self, version: Version | str | None, default: Version) -> Version:
        if version is None:
            return default
        if isinstance(version, Version):
            return version
        for item in self.versions:
            if item.label == version:
                return item
        msg = f"'version' is not in the history: {shown(version)}"
        raise InvalidValue(msg)

    def changes(
        self, old: Version | str | None = None, new: Version | str | None = None
    ) -> tuple[Change, ...]:
        """The changed keys between *old* (default the original) and *new* (default latest).

        Keys keep the order of the older version, then the keys new in the newer one.
        Unchanged keys are left out.
        """
        before = self._find(old, self.original)
        after = self._find(new, self.latest)
        old_values = dict(before.items)
        new_values = dict(after.items)
        keys = list(before.keys) + [k for k in after.keys if k not in old_values]
        result = []
        for key in keys:
            was = old_values.get(key)
            now = new_values.get(key)
            if was != now:
                difference = total(
                    [ZERO if now is None else now, (ZERO if was is None else was).copy_negate()],
                    field="difference",
                )
                result.append(Change(key=key, old=was, new=now, difference=difference))
        return tuple(result)
