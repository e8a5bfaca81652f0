"""Tests of a report's own scale declared as printed: `[[scales]]` with `edge_rule`.

The printed tables leave gaps between their bands (Permendagri 86/2017 "91 % ≤ 100 %;
76 % ≤ 90 %; …", akip rules §2 and rules-research Rule 2.3; Maluku Tengah 2021's "> 85 s.d.
100; > 75 s.d. < 85", where exactly 85 is on no band, rules-research Rule 3.2). The
expected bands are the edge rules' own words: ``lower_bound`` ≥ 91, ≥ 76 (a band runs from
its printed lower bound up to the next one's), ``upper_bound`` > 90, > 75 (a band runs up to
its printed upper bound).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import check, predikat, report
from akip._report_spec import _SCALE_EDGE_RULES
from akip.exceptions import BandError, ReportError
from akip.report import ReportScale, ScaleBand

HEAD = """
schema_version = 1
[report]
agency = "Badan Contoh"
year = 2024
[[places]]
id = "Tabel 1"
"""

# Permendagri 86/2017's table with the labels of Sampang 2019, as printed.
PRINTED = """
[[scales]]
id = "s"
{rule}
[[scales.bands]]
label = "Sangat Baik"
lower = "91"
upper = "100"
[[scales.bands]]
label = "Baik"
lower = "76"
upper = "90"
[[scales.bands]]
label = "Cukup"
lower = "66"
upper = "75"
[[scales.bands]]
label = "Kurang"
lower = "51"
upper = "65"
[[scales.bands]]
label = "Sangat Kurang"
upper = "50"
"""


def _scale(rule: str | None, bands: str = PRINTED) -> ReportScale:
    line = "" if rule is None else f'edge_rule = "{rule}"'
    (scale,) = report.loads_toml(HEAD + bands.format(rule=line)).scales
    return scale


class TestTheKey:
    def test_the_names_are_those_of_the_predikat_edge_rules(self):
        """`edge_rule` takes the two gap-closing values of `akip.predikat.EdgeRule`."""
        assert _SCALE_EDGE_RULES == (
            predikat.EdgeRule.LOWER_BOUND.value,
            predikat.EdgeRule.UPPER_BOUND.value,
        )

    def test_an_unknown_rule_is_refused(self):
        """`ge90` closes no gap (it moves an overlap): refused with the allowed values."""
        with pytest.raises(ReportError, match=r"scales\[0\]\.edge_rule: must be one of"):
            _scale("ge90")

    def test_not_on_a_bundled_scale(self):
        """A bundled scale has no printed bands for the rule to close."""
        text = (
            HEAD + '[[scales]]\nid = "p"\nbundled = "permendagri86"\nedge_rule = "lower_bound"\n'
        )
        with pytest.raises(
            ReportError, match=r"scales\[0\]\.edge_rule: closes the gaps of printed bands"
        ):
            report.loads_toml(text)

    def test_without_it_a_gap_is_refused_and_the_key_named(self):
        """The table as printed, no rule: the first gap from below, and the key that closes it."""
        with pytest.raises(ReportError) as info:
            _scale(None)
        assert str(info.value) == (
            "scales[0].bands: scale 's': band Sangat Kurang ends at 50 but band Kurang starts "
            "at 51: a gap, which edge_rule = 'lower_bound' or 'upper_bound' closes"
        )

    def test_the_value_type_refuses_another_rule(self):
        """`ReportScale.edge_rule` is one of the two names or None."""
        with pytest.raises(ValueError, match="edge_rule"):
            ReportScale("s", None, None, (), "ge90")


class TestPrintedAndClosed:
    def test_the_printed_bands_are_kept(self):
        """`bands` are the bounds as printed, both inclusive ("76 % ≤ 90 %")."""
        scale = _scale("lower_bound")
        assert [(b.label, b.lower, b.upper, b.lower_inclusive, b.upper_inclusive) for b in
                scale.bands] == [
            ("Sangat Baik", Decimal(91), Decimal(100), True, True),
            ("Baik", Decimal(76), Decimal(90), True, True),
            ("Cukup", Decimal(66), Decimal(75), True, True),
            ("Kurang", Decimal(51), Decimal(65), True, True),
            ("Sangat Kurang", None, Decimal(50), True, True),
        ]  # fmt: skip

    def test_lower_bound_closes_each_gap_to_the_band_below(self):
        """≥ 91, ≥ 76, ≥ 66, ≥ 51: every printed lower bound kept."""
        bands = _scale("lower_bound").scale().bands
        assert [b.interval() for b in bands] == [
            "x < 51",
            "51 ≤ x < 66",
            "66 ≤ x < 76",
            "76 ≤ x < 91",
            "91 ≤ x ≤ 100",
        ]

    def test_upper_bound_closes_each_gap_to_the_band_above(self):
        """> 90, > 75, > 65, > 50: every printed upper bound kept."""
        bands = _scale("upper_bound").scale().bands
        assert [b.interval() for b in bands] == [
            "x ≤ 50",
            "50 < x ≤ 65",
            "65 < x ≤ 75",
            "75 < x ≤ 90",
            "90 < x ≤ 100",
        ]

    @pytest.mark.parametrize(
        ("value", "lower_bound", "upper_bound"),
        [
            ("90.5", "Baik", "Sangat Baik"),  # rules §2: "so 90,5 is Tinggi" (lower_bound)
            ("90", "Baik", "Baik"),  # printed edges are in their printed band either way
            ("91", "Sangat Baik", "Sangat Baik"),
            ("90.99", "Baik", "Sangat Baik"),  # a decimal in the gap: the rule, not rounding
            ("90.01", "Baik", "Sangat Baik"),
            ("75.5", "Cukup", "Baik"),
            ("50.5", "Sangat Kurang", "Kurang"),
            ("100", "Sangat Baik", "Sangat Baik"),
            ("-5", "Sangat Kurang", "Sangat Kurang"),
        ],
    )
    def test_values_in_gaps_and_on_edges(self, value, lower_bound, upper_bound):
        """The band of each value under both rules, as the rules' words give it."""
        assert (
            _scale("lower_bound").scale().classify(Decimal(value)).label,
            _scale("upper_bound").scale().classify(Decimal(value)).label,
        ) == (lower_bound, upper_bound)

    def test_the_top_still_stops_at_100(self):
        """Closing gaps adds no band above the printed top: 100,01 is on no band."""
        with pytest.raises(BandError, match=r"does not cover 100\.01"):
            _scale("lower_bound").scale().classify(Decimal("100.01"))

    def test_a_rule_on_a_scale_without_gaps_changes_nothing(self):
        """Touching bands ("< 60", "≥ 60") classify the same with or without the rule."""
        bands = """
[[scales]]
id = "s"
{rule}
[[scales.bands]]
label = "Lulus"
lower = "60"
[[scales.bands]]
label = "Tidak Lulus"
upper = "60"
upper_inclusive = false
"""
        shown = [
            [b.interval() for b in _scale(rule, bands).scale().bands]
            for rule in (None, *_SCALE_EDGE_RULES)
        ]
        assert shown == [["x < 60", "60 ≤ x"]] * 3


class TestInclusivity:
    def test_a_wide_gap_is_closed_too(self):
        """A band "≤ 50" under "60 ≤ 100": 55 is Kurang below, Baik above (a gap of any width)."""
        bands = """
[[scales]]
id = "s"
{rule}
[[scales.bands]]
label = "Baik"
lower = "60"
upper = "100"
[[scales.bands]]
label = "Kurang"
upper = "50"
"""
        assert (
            _scale("lower_bound", bands).scale().classify(55).label,
            _scale("upper_bound", bands).scale().classify(55).label,
        ) == ("Kurang", "Baik")

    def test_decimal_edges(self):
        """A band "76 ≤ 90,99" under "91 ≤ 100": the gap is 90,99 < x < 91, 90,995 in it."""
        bands = """
[[scales]]
id = "s"
{rule}
[[scales.bands]]
label = "Sangat Baik"
lower = "91"
upper = "100"
[[scales.bands]]
label = "Baik"
lower = "76"
upper = "90,99"
"""
        lower, upper = _scale("lower_bound", bands).scale(), _scale("upper_bound", bands).scale()
        assert [
            (lower.classify(Decimal(v)).label, upper.classify(Decimal(v)).label)
            for v in ("90.99", "90.995", "91")
        ] == [("Baik", "Baik"), ("Baik", "Sangat Baik"), ("Sangat Baik", "Sangat Baik")]

    def test_an_exclusive_bound_as_printed(self):
        """Maluku Tengah's "> 85 s.d. 100" over "> 75 s.d. < 85": 85 alone is in no band.

        ``lower_inclusive = false`` / ``upper_inclusive = false`` say a bound is printed
        ">" / "<"; the rule then gives 85 to the band below or above.
        """
        bands = """
[[scales]]
id = "s"
{rule}
[[scales.bands]]
label = "Memuaskan"
lower = "85"
lower_inclusive = false
upper = "100"
[[scales.bands]]
label = "Sangat Baik"
lower = "75"
lower_inclusive = false
upper = "85"
upper_inclusive = false
[[scales.bands]]
label = "Baik"
upper = "75"
upper_inclusive = true
"""
        lower, upper = _scale("lower_bound", bands), _scale("upper_bound", bands)
        assert [b.interval() for b in lower.bands] == ["85 < x ≤ 100", "75 < x < 85", "x ≤ 75"]
        assert (lower.scale().classify(85).label, upper.scale().classify(85).label) == (
            "Sangat Baik",
            "Memuaskan",
        )
        with pytest.raises(ReportError, match="band Sangat Baik ends at 85 but band Memuaskan"):
            _scale(None, bands)

    def test_an_overlap_stays_an_error(self):
        """Dumai's "≥ 90" next to "76 ≤ 90": 90 is in both bands, refused under either rule."""
        bands = """
[[scales]]
id = "s"
{rule}
[[scales.bands]]
label = "Sangat Tinggi"
lower = "90"
[[scales.bands]]
label = "Tinggi"
lower = "76"
upper = "90"
"""
        for rule in _SCALE_EDGE_RULES:
            with pytest.raises(ReportError, match="both include the edge 90"):
                _scale(rule, bands)

    def test_a_crossing_overlap_stays_an_error(self):
        """A band "76 ≤ 92" under "91 ≤ 100": 91 to 92 in two bands, refused under either rule."""
        bands = PRINTED.replace('upper = "90"', 'upper = "92"')
        for rule in _SCALE_EDGE_RULES:
            with pytest.raises(ReportError, match="a gap or an overlap"):
                _scale(rule, bands)


class TestCheck:
    ROW = """
[[indicators]]
id = "IKU1"
name = "Persentase contoh"
polarity = "maximize"
unit = "%"
scale = "s"
[[indicators.rows]]
place = "Tabel 1"
target = "200"
realisasi = "181"
capaian = "90,5"
predikat = "{label}"
"""

    def _verdict(self, rule: str, label: str) -> str:
        rep = report.loads_toml(
            HEAD + PRINTED.format(rule=f'edge_rule = "{rule}"') + self.ROW.format(label=label)
        )
        (verdict,) = [v for v in check.ledger(rep).verdicts if v.where.column == "predikat"]
        return verdict.status.value

    def test_a_label_in_a_gap(self):
        """181 / 200 = 90,5 %: Baik by lower_bound, Sangat Baik by upper_bound."""
        assert [
            self._verdict("lower_bound", "Baik"),
            self._verdict("lower_bound", "Sangat Baik"),
            self._verdict("upper_bound", "Sangat Baik"),
            self._verdict("upper_bound", "Baik"),
        ] == ["agrees", "differs", "agrees", "differs"]


# ---------------------------------------------------------------- the property

STEPS = (Decimal(1), Decimal("0.1"), Decimal("0.01"))


@st.composite
def printed_scales(draw: st.DrawFn) -> tuple[list[ScaleBand], Decimal]:
    """Bands as printed, lowest first, both bounds inclusive, a gap above every band."""
    step = draw(st.sampled_from(STEPS))
    count = draw(st.integers(2, 6))
    start = draw(st.integers(-200, 200)) * step
    bands: list[ScaleBand] = []
    lower = start
    for index in range(count):
        upper = lower + draw(st.integers(0, 30)) * step  # 0: a point band ("100 %")
        bands.append(ScaleBand(f"B{index}", None, lower, upper, True, True))
        lower = upper + draw(st.integers(1, 12)) * step  # the gap above: one step or more
    if draw(st.booleans()):
        bands[0] = ScaleBand("B0", None, None, bands[0].upper, True, True)
    if draw(st.booleans()):
        top = bands[-1]
        bands[-1] = ScaleBand(top.label, None, top.lower, None, True, True)
    return bands, step


def _expected(bands: list[ScaleBand], value: Decimal, rule: str) -> str | None:
    """The band of *value* by the rule's words, or None outside the printed domain."""
    first, last = bands[0], bands[-1]
    if (first.lower is not None and value < first.lower) or (
        last.upper is not None and value > last.upper
    ):
        return None
    if rule == "lower_bound":  # the highest band whose printed lower bound is ≤ value
        return [b.label for b in bands if b.lower is None or b.lower <= value][-1]
    # upper_bound: the lowest band whose printed upper bound is ≥ value
    return next(b.label for b in bands if b.upper is None or value <= b.upper)


@given(st.data(), printed_scales(), st.sampled_from(_SCALE_EDGE_RULES), st.randoms())
def test_every_value_is_in_exactly_one_closed_band(data, printed, rule, rnd):
    """Any printed gapped scale, closed by either rule: one band per value, the rule's band.

    The values are the printed edges, a half step either side of them (inside the gaps and
    outside the domain) and any number near the scale.
    """
    bands, step = printed
    rnd.shuffle(bands)  # the file may list the bands in any order
    scale = ReportScale("s", None, None, tuple(bands), rule).scale()
    ordered = sorted(bands, key=lambda b: b.lower if b.lower is not None else Decimal("-1e9"))
    edges = [e for b in bands for e in (b.lower, b.upper) if e is not None]
    near = [e + d for e in edges for d in (-step / 2, Decimal(0), step / 2)]
    value = data.draw(
        st.one_of(
            st.sampled_from(near),
            st.decimals(min(edges) - 10, max(edges) + 10, places=3),
        )
    )
    expected = _expected(ordered, value, rule)
    if expected is None:
        with pytest.raises(BandError):
            scale.classify(value)
        assert not any(band.contains(value) for band in scale.bands)
        return
    assert [sum(band.contains(value) for band in scale.bands), scale.classify(value).label] == [
        1,
        expected,
    ]
