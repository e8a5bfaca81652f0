"""Tests of akip.perubahan against the Dumai LKIP 2024 Tabel 2 → Tabel 3 pagu change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import perubahan
from akip.exceptions import AkipError, InvalidValue, PeriodError
from akip.perubahan import Change, Version, VersionHistory
from tests.strategies import effective_dates

# Tabel 2 (pagu murni, PK signed "Dumai, 1 Februari 2024") and Tabel 3 (PK perubahan,
# 23 September 2024), programs 1–6, as printed.
MURNI = {
    "program 1": 4_557_968_228,
    "program 2": 1_257_899_255,
    "program 3": 33_695_812_990,
    "program 4": 3_533_511_000,
    "program 5": 206_479_000,
    "program 6": 1_233_034_200,
}
PERUBAHAN = {
    "program 1": 4_700_384_252,
    "program 2": 1_547_690_855,
    "program 3": 33_894_866_910,
    "program 4": 3_533_515_000,
    "program 5": 206_479_000,
    "program 6": 1_313_034_200,
}


def dumai() -> VersionHistory:
    return VersionHistory(
        [
            Version("murni", date(2024, 2, 1), MURNI),
            Version("perubahan", date(2024, 9, 23), PERUBAHAN),
        ]
    )


class TestDumaiPagu:
    def test_totals_as_printed(self):
        """Tabel 2 JUMLAH Rp 44.484.704.673; Tabel 3 JUMLAH Rp 45.195.970.217."""
        history = dumai()
        assert Decimal(44_484_704_673) == history.original.total()
        assert Decimal(45_195_970_217) == history.latest.total()

    def test_program_1_change(self):
        """Program 1: 4.557.968.228 → 4.700.384.252, difference 142.416.024 (by hand)."""
        first = dumai().changes()[0]
        expected = Change(
            key="program 1",
            old=Decimal(4_557_968_228),
            new=Decimal(4_700_384_252),
            difference=Decimal(142_416_024),
        )
        assert expected == first

    def test_changed_programs(self):
        """Programs 1, 2, 3, 4 and 6 change; program 5 (206.479.000) does not.

        Program 4 changes by 4.000 (3.533.511.000 → 3.533.515.000): the Bab III total
        "45,195,966,217" is the Tabel 3 total less that 4.000.
        """
        changes = dumai().changes("murni", "perubahan")
        assert ["program 1", "program 2", "program 3", "program 4", "program 6"] == [
            c.key for c in changes
        ]
        assert Decimal(4000) == changes[3].difference
        assert Decimal(45_195_970_217 - 44_484_704_673) == sum(c.difference for c in changes)

    def test_version_on_date(self):
        """Before 23 September 2024 the murni pagu applies; from that day the perubahan."""
        history = dumai()
        assert "murni" == history.applicable(date(2024, 9, 22)).label
        assert "perubahan" == history.applicable(date(2024, 9, 23)).label
        assert "perubahan" == history.applicable().label
        assert "murni" == history.applicable(rule="original").label
        assert Decimal(4_700_384_252) == history.applicable().value("program 1")

    def test_before_first_version(self):
        """A date before the first PK has no version: PeriodError."""
        with pytest.raises(PeriodError, match="before the first version"):
            dumai().applicable(date(2024, 1, 31))


class TestVersionHistory:
    def test_added_and_removed_keys(self):
        """An indicator dropped and one added: absent sides count as 0 in the difference."""
        history = VersionHistory(
            [
                Version("PK", date(2024, 2, 1), {"partisipasi": 90}),
                Version("PK perubahan", date(2024, 9, 23), {"konflik": 100}),
            ]
        )
        expected = (
            Change("partisipasi", Decimal(90), None, Decimal(-90)),
            Change("konflik", None, Decimal(100), Decimal(100)),
        )
        assert expected == history.changes(history.original, history.latest)
        assert ("konflik",) == history.latest.keys

    def test_out_of_order(self):
        """Versions out of date order are refused, naming both dates."""
        with pytest.raises(PeriodError, match="must be after 2024-09-23"):
            VersionHistory(
                [
                    Version("perubahan", date(2024, 9, 23), {"a": 1}),
                    Version("murni", date(2024, 2, 1), {"a": 1}),
                ]
            )

    def test_same_date(self):
        """Two versions effective on the same day overlap."""
        with pytest.raises(PeriodError, match="overlap"):
            VersionHistory(
                [Version("a", date(2024, 2, 1), {"x": 1}), Version("b", date(2024, 2, 1), {})]
            )

    @given(effective_dates, st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
    def test_lookup_is_latest_on_or_before(self, days, on):
        """Property: the version in force is the latest effective on or before the date."""
        history = VersionHistory([Version(f"v{i}", day, {"x": i}) for i, day in enumerate(days)])
        earlier = [day for day in days if day <= on]
        if not earlier:
            with pytest.raises(PeriodError):
                history.applicable(on)
        else:
            chosen = history.applicable(on)
            assert max(earlier) == chosen.berlaku
            assert all(v.berlaku <= on for v in history.versions[: days.index(max(earlier))])


class TestJunk:
    @pytest.mark.parametrize(
        "call",
        [
            lambda: Version("", date(2024, 1, 1), {}),
            lambda: Version("a", "2024-01-01", {}),
            lambda: Version("a", date(2024, 1, 1), [1, 2]),  # type: ignore[arg-type]
            lambda: Version("a", date(2024, 1, 1), {1: 2}),
            lambda: Version("a", date(2024, 1, 1), {"x": "Rp 1.000"}),
            lambda: VersionHistory([]),
            lambda: VersionHistory(["murni"]),
            lambda: dumai().applicable("2024-09-23"),
            lambda: dumai().applicable(rule="newest"),
            lambda: dumai().changes("revisi 2"),
            lambda: dumai().latest.value("program 7"),
        ],
    )
    def test_typed_errors(self, call):
        """Junk input to every public function raises an AkipError naming the field."""
        with pytest.raises(AkipError, match="'"):
            call()

    def test_unknown_rule_lists_choices(self):
        """An unknown rule names the allowed values."""
        with pytest.raises(InvalidValue, match="'rule' must be one of 'latest', 'original'"):
            dumai().applicable(rule="newest")

    def test_module_exports(self):
        """Every name in __all__ exists."""
        assert all(hasattr(perubahan, name) for name in perubahan.__all__)
