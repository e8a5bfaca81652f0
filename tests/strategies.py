"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from datetime import date
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

#: Leaf budget lines as (pagu, realisasi) with sen, realisasi at most pagu.
budget_leaf = money.flatmap(
    lambda pagu: st.tuples(
        st.just(pagu),
        st.decimals(
            min_value=Decimal(0), max_value=pagu, places=2, allow_nan=False, allow_infinity=False
        ),
    )
)

#: Leaves grouped under programs and kegiatan: a list of programs, each a list of kegiatan,
#: each a non-empty list of (pagu, realisasi) leaves.
budget_groups = st.lists(
    st.lists(st.lists(budget_leaf, min_size=1, max_size=4), min_size=1, max_size=3),
    min_size=1,
    max_size=4,
)

#: Years a fiscal period can fall in (leaving room to shift across years).
years = st.integers(min_value=1990, max_value=2100)

#: Dates inside those years.
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))

#: Quarter numbers 1–4.
quarters = st.integers(min_value=1, max_value=4)

#: A quarterly figure that may be missing (not reported).
maybe_positive = st.none() | positive

#: Distinct effective dates of PK versions, in order.
effective_dates = st.lists(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    min_size=1,
    max_size=6,
    unique=True,
).map(sorted)


def paths_in(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every path (keys and indices) to a value or container below *node*, parents first.

    The places a mutation test can edit in a parsed report file.
    """
    found: list[tuple[object, ...]] = []
    children: list[tuple[object, object]] = []
    if isinstance(node, dict):
        children = list(node.items())
    elif isinstance(node, list):
        children = list(enumerate(node))
    for key, child in children:
        found.append((*path, key))
        found.extend(paths_in(child, (*path, key)))
    return found
