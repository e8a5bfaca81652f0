"""Tests of akip.predikat: the Permendagri 86/2017 scale, its edge rules and label sets."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import predikat
from akip._bands import rating_value
from akip.exceptions import AkipError, InvalidNumber, InvalidValue
from akip.predikat import EdgeRule, Predikat, PredikatBaik
from tests.strategies import percentages

ST, T, S, R, SR = (
    Predikat.SANGAT_TINGGI,
    Predikat.TINGGI,
    Predikat.SEDANG,
    Predikat.RENDAH,
    Predikat.SANGAT_RENDAH,
)

# Expected band per edge, written from the printed table and each edge rule's definition:
# lower_bound: >= 91 ST, >= 76 T, >= 66 S, >= 51 R, else SR.
# upper_bound: > 90 ST, > 75 T, > 65 S, > 50 R, else SR.
# ge90:        >= 90 ST, >= 76 T, >= 66 S, >= 51 R, else SR.
EDGES = {
    "50": (SR, SR, SR),
    "50.5": (SR, R, SR),
    "51": (R, R, R),
    "65": (R, R, R),
    "65.5": (R, S, R),
    "66": (S, S, S),
    "75": (S, S, S),
    "75.5": (S, T, S),
    "76": (T, T, T),
    "90": (T, T, ST),
    "90.5": (T, ST, ST),
    "91": (ST, ST, ST),
    "100": (ST, ST, ST),
    "104.44": (ST, ST, ST),
}


class TestEdges:
    @pytest.mark.parametrize("value", EDGES)
    @pytest.mark.parametrize(
        ("rule", "column"),
        [(EdgeRule.LOWER_BOUND, 0), (EdgeRule.UPPER_BOUND, 1), (EdgeRule.GE90, 2)],
    )
    def test_edge(self, value, rule, column):
        """Each printed edge and each gap resolves as its edge rule says."""
        assert EDGES[value][column] is predikat.classify(Decimal(value), edge_rule=rule)

    def test_default_is_lower_bound(self):
        """The default edge rule is lower_bound: 90,5 is Tinggi."""
        assert T is predikat.classify(Decimal("90.5"))

    def test_classify_on_rounded(self):
        """90,996 is Tinggi raw but Sangat Tinggi once rounded to 91,00."""
        assert T is predikat.classify(Decimal("90.996"))
        assert ST is predikat.classify(Decimal("90.996"), classify_on="rounded")

    def test_cap(self):
        """A cap applies before rating (it cannot change a top rating, but is honoured)."""
        assert ST is predikat.classify(1500, cap=100)
        assert R is predikat.classify(60, cap=100)

    def test_negative_capaian(self):
        """A negative capaian (minimize, R ≥ 2T) is Sangat Rendah, not an error."""
        assert SR is predikat.classify(-100)


class TestLabels:
    def test_baik_labels(self):
        """The Sampang label set: Sangat Baik … Sangat Kurang on the same bands."""
        assert PredikatBaik.BAIK is predikat.classify(85, labels="baik")
        assert "Sangat Kurang" == predikat.classify(10, labels="BAIK").label

    def test_label_strings(self):
        """Labels are the Indonesian strings of the regulation."""
        assert ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"] == [
            p.label for p in Predikat
        ]
        assert "Sedang" == str(S)


class TestTable:
    @given(percentages)
    def test_every_value_in_exactly_one_band(self, value):
        """Under every edge rule, every value falls in exactly one band."""
        for rule in EdgeRule:
            assert 1 == sum(band.contains(value) for band in predikat.bands(rule))

    @given(percentages, percentages)
    def test_monotone(self, a, b):
        """A higher capaian never gets a lower band."""
        lo, hi = sorted((a, b))
        for rule in EdgeRule:
            scale = predikat.scale(rule)
            assert scale.rank(scale.classify(lo)) <= scale.rank(scale.classify(hi))

    def test_bands_are_data(self):
        """The band table is public data, lowest first, validated at build time."""
        bands = predikat.bands()
        assert [SR, R, S, T, ST] == [b.level for b in bands]
        assert (Decimal(76), Decimal(91)) == (bands[3].lower, bands[3].upper)

    def test_markdown(self):
        """The docs table comes from the same data."""
        text = predikat.markdown()
        assert "| 91 ≤ x | Sangat Tinggi |" in text
        assert "| x < 51 | Sangat Rendah |" in text
        assert "| 50 < x ≤ 65 | Rendah |" in predikat.markdown("upper_bound")


class TestBadInput:
    @pytest.mark.parametrize("junk", [None, "abc", float("nan"), True, [90]])
    def test_junk_value(self, junk):
        """Junk values are refused with InvalidNumber."""
        with pytest.raises(InvalidNumber):
            predikat.classify(junk)

    def test_bad_options(self):
        """Unknown options are refused by name."""
        with pytest.raises(InvalidValue, match="'edge_rule'"):
            predikat.classify(90, edge_rule="middle")
        with pytest.raises(InvalidValue, match="'labels'"):
            predikat.classify(90, labels="english")
        with pytest.raises(InvalidValue, match="'classify_on'"):
            predikat.classify(90, classify_on="printed")


# Decimals of every kind `classify`'s fast path sees or must step aside for: printed
# values with their exponents, beyond akip's range (10^±1000), and the non-finite ones.
any_decimals = st.one_of(
    st.builds(
        lambda digits, places: Decimal(digits).scaleb(-places),
        st.integers(min_value=-(10**7), max_value=10**7),
        st.integers(min_value=-2, max_value=6),
    ),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [Decimal("1E+1001"), Decimal("-1E+1001"), Decimal("1E-1001"), Decimal("0E-2000")]
    ),
)


class TestFastPath:
    """`classify`'s fast path (a Decimal, every option at its default) (bench issue 14)."""

    @given(any_decimals)
    def test_same_band_or_error_as_the_scale(self, value):
        """The band is the one the general path finds, or the error is the same."""
        general = predikat.scale()
        try:
            expected = general.classify(rating_value(value))
        except AkipError as exc:
            with pytest.raises(type(exc)):
                predikat.classify(value)
        else:
            assert expected == predikat.classify(value)
            assert general.band_of(value).contains(value)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            # lower_bound (Permendagri 86/2017 lower bounds 91, 76, 66, 51): an edge goes up.
            ("91", ST),
            ("91.00", ST),
            ("90.999999", T),
            ("76", T),
            ("75.9999", S),
            ("66.0", S),
            ("65.99", R),
            ("51", R),
            ("50.99", SR),
            ("0E-5", SR),
            ("-12.5", SR),
            ("1E+3", ST),
        ],
    )
    def test_edges_as_printed_decimals(self, value, expected):
        """Each band from the printed table, with the exponents a report prints."""
        assert expected == predikat.classify(Decimal(value))


class TestHostileInput:
    """Issue 13: a value outside akip's range is not rated."""

    @pytest.mark.parametrize("value", [Decimal("1E+999999"), Decimal("-1E+999999")])
    def test_huge_decimal(self, value):
        """1E+999999 was rated Sangat Tinggi by the fast path."""
        with pytest.raises(InvalidNumber, match="outside akip's range"):
            predikat.classify(value)


# ---------------------------------------------------------------- classify_many (issue 14)

many_options = st.fixed_dictionaries(
    {},
    optional={
        "edge_rule": st.sampled_from([*EdgeRule, "upper_bound", "GE90", "junk"]),
        "labels": st.sampled_from(["tinggi", "baik", predikat.LabelSet.BAIK, 3]),
        "cap": st.sampled_from([None, 100, Decimal("90.5"), "x"]),
        "classify_on": st.sampled_from(["raw", "rounded", "printed"]),
    },
)
many_values = st.lists(st.one_of(percentages, any_decimals, st.sampled_from([85, "90.5", None])))


class TestClassifyMany:
    """predikat.classify_many: classify of each value in one call (bench issue 14)."""

    @pytest.mark.parametrize(
        ("rule", "column"),
        [(EdgeRule.LOWER_BOUND, 0), ("upper_bound", 1), (EdgeRule.GE90, 2)],
    )
    def test_every_edge(self, rule, column):
        """Each printed edge and each gap as its edge rule says (the EDGES table)."""
        values = [Decimal(v) for v in EDGES]
        expected = [EDGES[v][column] for v in EDGES]
        assert expected == predikat.classify_many(values, edge_rule=rule)

    def test_labels_cap_and_rounding(self):
        """Sampang labels; a cap; 90,996 rounded to 91,00 is the top band.

        85 is Baik (76 ≤ 85 < 91); 1500 capped at 100 and 60 capped at 100 stay ST and R.
        """
        assert [PredikatBaik.BAIK] == predikat.classify_many([Decimal(85)], labels="baik")
        assert [ST, R] == predikat.classify_many([1500, 60], cap=100)
        values = (Decimal("90.996"), Decimal("90.994"))
        assert [ST, T] == predikat.classify_many(values, classify_on="rounded")

    def test_any_iterable(self):
        """A generator of values, ints and text among them."""
        assert [ST, SR, S] == predikat.classify_many(v for v in [Decimal("104.44"), -100, "70"])

    def test_the_first_bad_value_is_named(self):
        """classify's error, of its type, prefixed with the value's index."""
        with pytest.raises(InvalidNumber) as raised:
            predikat.classify_many([Decimal(80), Decimal("NaN"), None])
        assert str(raised.value).startswith("values[1]: 'value' must be a finite number")
        with pytest.raises(InvalidNumber, match=r"^values\[0\]: 'value' must be a number"):
            predikat.classify_many([True])
        with pytest.raises(InvalidNumber, match=r"^values\[2\]: .*outside akip's range"):
            predikat.classify_many([1, 2, Decimal("1E+1001")])

    def test_options_and_sequence_checked_first(self):
        """A bad option or a non-sequence is refused before any value, unprefixed."""
        with pytest.raises(InvalidValue, match=r"^'edge_rule' must be one of"):
            predikat.classify_many([], edge_rule="middle")
        with pytest.raises(InvalidValue, match=r"^'classify_on' must be one of"):
            predikat.classify_many([], classify_on="printed")
        with pytest.raises(InvalidValue, match=r"^'values' must be a sequence"):
            predikat.classify_many("90")

    @given(many_values, many_options)
    def test_batch_is_per_call(self, values, options):
        """The batch equals classify of each value, or gives its first error, prefixed.

        Options that classify refuses for the value 50 are refused by the batch with the
        same message, before any value.
        """
        try:
            predikat.classify(Decimal(50), **options)
        except AkipError as exc:
            with pytest.raises(type(exc), match=f"^{re.escape(str(exc))}$"):
                predikat.classify_many(values, **options)
            return
        expected = []
        for index, value in enumerate(values):
            try:
                expected.append(predikat.classify(value, **options))
            except AkipError as exc:
                message = f"^values\\[{index}\\]: {re.escape(str(exc))}$"
                with pytest.raises(type(exc), match=message):
                    predikat.classify_many(values, **options)
                return
        assert expected == predikat.classify_many(values, **options)
