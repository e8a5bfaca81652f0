"""Tests of the private band mechanism shared by predikat, atribut and evaluasi."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip._bands import Band, Level, Scale, rate_many, rating_value
from akip.exceptions import AkipError, BandError, InvalidNumber, InvalidValue
from tests.strategies import percentages

ROWS = [
    {"label": "Tinggi", "lower": 75},
    {"label": "Sedang", "lower": 50, "upper": 75},
    {"label": "Rendah", "upper": 50},
]

# A scale printed in reports (rules-research §3.2): "Tercapai" is exactly 100.
POINT_ROWS = [
    {"label": "Melebihi Target", "lower": 100, "lower_inclusive": False},
    {"label": "Tercapai", "lower": 100, "upper": 100, "upper_inclusive": True},
    {"label": "90-99.99%", "lower": 90, "upper": 100},
    {"label": "< 90%", "upper": 90},
]


class TestScale:
    def test_any_order(self):
        """Bands given in any order are kept lowest first."""
        scale = Scale.from_rows("t", ROWS)
        assert ["Rendah", "Sedang", "Tinggi"] == [lvl.label for lvl in scale.levels]
        assert 0 == scale.rank(Level("Rendah"))

    @given(st.permutations(POINT_ROWS), percentages)
    def test_order_of_rows_does_not_matter(self, rows, value):
        """A scale with a point band (exactly 100) is the same in any order of its rows.

        The point band sorts before the band that starts just above it.
        """
        scale = Scale.from_rows("p", rows)
        assert ["< 90%", "90-99.99%", "Tercapai", "Melebihi Target"] == [
            level.label for level in scale.levels
        ]
        assert Scale.from_rows("p", POINT_ROWS).classify(value) == scale.classify(value)
        assert "Tercapai" == scale.classify(100).label
        assert "Melebihi Target" == scale.classify(Decimal("100.0001")).label

    @given(percentages)
    def test_exactly_one_band(self, value):
        """Every value of the domain falls in exactly one band."""
        scale = Scale.from_rows("t", ROWS)
        assert 1 == sum(band.contains(value) for band in scale)

    @given(
        st.lists(st.integers(-50, 150), min_size=1, max_size=6, unique=True),
        st.lists(st.booleans(), min_size=8, max_size=8),
        st.sampled_from([None, -60]),
        st.sampled_from([None, 160]),
        st.integers(-70, 170) | percentages,
    )
    def test_classify_is_the_band_that_contains(self, edges, goes_down, low, high, value):
        """classify (a binary search) picks the one band whose bounds hold the value.

        Random scales: random inner edges, each edge given to the band below or above,
        bounded or unbounded ends. Outside a bounded domain, a BandError.
        """
        scale = _random_scale(sorted(edges), goes_down, low, high)
        holding = [band for band in scale.bands if band.contains(Decimal(value))]
        if holding:
            assert [holding[0].level] == [scale.classify(value)]
            assert holding == [scale.band_of(value)]
        else:
            with pytest.raises(BandError, match="does not cover"):
                scale.classify(value)

    @pytest.mark.parametrize(
        ("value", "label"),
        [
            (Decimal("49.99"), "Rendah"),
            (50, "Sedang"),
            (Decimal("74.999"), "Sedang"),
            (75, "Tinggi"),
        ],
    )
    def test_edges(self, value, label):
        """A shared edge belongs to the band that includes it."""
        assert label == Scale.from_rows("t", ROWS).classify(value).label

    def test_gap(self):
        """A gap between two bands (the printed 90–91) is refused."""
        with pytest.raises(BandError, match="gap or an overlap"):
            Scale.from_rows("t", [{"label": "A", "lower": 91}, {"label": "B", "upper": 90}])

    def test_overlap_edge(self):
        """Two bands that both include their shared edge (≥ 90 and ≤ 90) are refused."""
        with pytest.raises(BandError, match="both include"):
            Scale.from_rows(
                "t",
                [
                    {"label": "A", "lower": 90},
                    {"label": "B", "upper": 90, "upper_inclusive": True},
                ],
            )

    def test_open_edge(self):
        """An edge that no band includes is refused."""
        with pytest.raises(BandError, match="neither includes"):
            Scale.from_rows(
                "t",
                [
                    {"label": "A", "lower": 90, "lower_inclusive": False},
                    {"label": "B", "upper": 90},
                ],
            )

    def test_empty(self):
        """A scale needs bands, and a band needs room."""
        with pytest.raises(BandError):
            Scale("t", ())
        with pytest.raises(BandError, match="empty"):
            Band(Level("A"), 5, 5)
        with pytest.raises(BandError, match="empty"):
            Band(Level("A"), 6, 5)

    def test_point_band(self):
        """A single point is a valid band when it includes both ends (e.g. 'Tercapai 100%')."""
        scale = Scale.from_rows(
            "t",
            [
                {"label": "Kurang", "upper": 100},
                {"label": "Tercapai", "lower": 100, "upper": 100, "upper_inclusive": True},
                {"label": "Melebihi", "lower": 100, "lower_inclusive": False},
            ],
        )
        assert "Tercapai" == scale.classify(100).label
        assert "Melebihi" == scale.classify(Decimal("100.01")).label

    def test_outside_domain(self):
        """A value outside a bounded domain is an error, not a silent band."""
        scale = Scale.from_rows(
            "t", [{"label": "A", "lower": 0, "upper": 100, "upper_inclusive": True}]
        )
        with pytest.raises(BandError, match="does not cover"):
            scale.classify(101)
        with pytest.raises(BandError):
            scale.classify(-1)

    def test_bad_rows(self):
        """Rows with unknown keys or no label are refused."""
        with pytest.raises(InvalidValue, match="row 0"):
            Scale.from_rows("t", [{"label": "A", "low": 1}])
        with pytest.raises(InvalidValue):
            Scale.from_rows("t", [{"lower": 1}])

    def test_junk_value(self):
        """classify refuses junk like every akip function."""
        with pytest.raises(InvalidNumber):
            Scale.from_rows("t", ROWS).classify(None)

    def test_markdown(self):
        """The table prints highest band first, with its interval."""
        text = Scale.from_rows("t", ROWS).to_markdown()
        assert text.splitlines()[2] == "| 75 ≤ x | Tinggi |"
        assert text.splitlines()[3] == "| 50 ≤ x < 75 | Sedang |"
        assert text.splitlines()[4] == "| x < 50 | Rendah |"
        assert str(Level("A")) == "A"


def _random_scale(
    cuts: list[int], goes_down: list[bool], low: object, high: object
) -> Scale[Level]:
    """A scale of inner edges *cuts*, edge i given to the band below when *goes_down[i]*."""
    lowers = [low, *cuts]
    uppers = [*cuts, high]
    return Scale(
        "random",
        tuple(
            Band(
                Level(f"L{i}"),
                lo,
                hi,
                lower_inclusive=i == 0 or not goes_down[i - 1],
                upper_inclusive=(i == len(cuts)) or goes_down[i],
            )
            for i, (lo, hi) in enumerate(zip(lowers, uppers, strict=True))
        ),
    )


class TestRateMany:
    """rate_many: many values on one scale, the bisection of `Scale.classify` (issue 14)."""

    @given(
        st.lists(st.integers(-50, 150), min_size=1, max_size=6, unique=True),
        st.sampled_from([[True] * 8, [False] * 8, [True, False] * 4]),
        st.sampled_from([None, -60]),
        st.sampled_from([None, 160]),
        st.lists(st.integers(-70, 170) | percentages | st.sampled_from([None, "5"]), max_size=6),
    )
    def test_is_classify_of_each(self, edges, goes_down, low, high, values):
        """Every edge up, every edge down or mixed, bounded or not: classify of each value.

        A value that classify refuses gives classify's error, prefixed with its index.
        """
        scale = _random_scale(sorted(edges), goes_down, low, high)
        expected = []
        for index, value in enumerate(values):
            try:
                expected.append(scale.classify(rating_value(value)))
            except AkipError as exc:
                message = f"^values\\[{index}\\]: {re.escape(str(exc))}$"
                with pytest.raises(type(exc), match=message):
                    rate_many(scale, values)
                return
        assert expected == rate_many(scale, values)

    def test_edges_up_and_down(self):
        """50 and 75 go to the band above (≥), or to the band below (≤), by the rows.

        Rows "< 50, 50 ≤ x < 75, ≥ 75" rate 50 Sedang and 75 Tinggi; rows "≤ 50, 50 < x ≤
        75, > 75" rate 50 Rendah and 75 Sedang.
        """
        up = Scale.from_rows("up", ROWS)
        down = Scale.from_rows(
            "down",
            [
                {"label": "Tinggi", "lower": 75, "lower_inclusive": False},
                {
                    "label": "Sedang",
                    "lower": 50,
                    "upper": 75,
                    "lower_inclusive": False,
                    "upper_inclusive": True,
                },
                {"label": "Rendah", "upper": 50, "upper_inclusive": True},
            ],
        )
        values = [Decimal(50), Decimal(75)]
        assert ["Sedang", "Tinggi"] == [lv.label for lv in rate_many(up, values)]
        assert ["Rendah", "Sedang"] == [lv.label for lv in rate_many(down, values)]

    def test_outside_a_bounded_scale(self):
        """A value outside a bounded domain is classify's BandError, naming its index."""
        scale = Scale.from_rows(
            "t", [{"label": "A", "lower": 0, "upper": 100, "upper_inclusive": True}]
        )
        assert [Level("A"), Level("A")] == rate_many(scale, [0, Decimal(100)])
        with pytest.raises(BandError, match=r"^values\[1\]: scale 't' does not cover 101"):
            rate_many(scale, [1, 101])
