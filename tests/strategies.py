"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

#: Rupiah amounts with sen, as budgets print them.
money = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal("1e13"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)

#: Positive targets and realisasi of indicators (percentages, counts, indices).
positive = st.decimals(
    min_value=Decimal("0.01"),
    max_value=Decimal(1_000_000),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)

#: Non-negative realisasi values.
non_negative = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal(1_000_000),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)

#: Any percentage a capaian can take, negatives included.
percentages = st.decimals(
    min_value=Decimal(-1000),
    max_value=Decimal(10_000),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)

#: Answer codes of the PermenPANRB 88/2021 LKE scale, lowest value first.
lke_codes = st.sampled_from(["E", "D", "C", "CC", "B", "BB", "A", "AA"])
