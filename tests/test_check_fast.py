"""Tests of the check's internal shortcuts against the general paths they stand for.

`akip.check.findings.judge` decides on one figure with one event, `agreement` and
`disagreement` are its two halves for a caller that already knows whether a figure agrees;
`akip.check.anggaran.penyerapan_of` is `akip.anggaran.penyerapan` without the checks that
cannot fail on the check's own values. Each must give what the general path gives: the
same event, the same value (representation included) or the same error.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import anggaran, report
from akip._decimal import in_context
from akip.check import Status
from akip.check.anggaran import penyerapan_of
from akip.check.attribution import flat_natural, natural
from akip.check.claims import Index, _fields, printed
from akip.check.findings import (
    ROUNDING,
    SUM,
    agreement,
    agrees,
    disagreement,
    judge,
)
from akip.exceptions import AkipError
from akip.numbers import round_half_up
from akip.report import BudgetLine, Figure, Label, Where
from tests.bench_modules import bench_module

EXAMPLES = Path(__file__).parent.parent / "examples"


_WHERE = Where("Tabel 4", "capaian", "1.")


def _figure(text: str) -> Figure:
    """A percentage printed in id_ID style (``"104,4%"``)."""
    return Figure(text, Decimal(text.rstrip("%").replace(",", ".")), _WHERE)


def test_judge_of_an_agreeing_figure():
    """104,44… printed as 104% agrees (HALF_UP to 0 decimals): the figure's own text."""
    figure = _figure("104%")
    event = judge(figure, Decimal("104.4444"), "CODE", SUM, "capaian")
    assert (Status.AGREES, "104%", None) == (event.status, event.expected, event.finding)


def test_judge_of_a_differing_and_a_truncated_figure():
    """105,6 printed as 105% is cut off (TRUNCATED, 106%); as 104% it differs (CODE, 106%)."""
    cut = judge(_figure("105%"), Decimal("105.6"), "CODE", SUM, "capaian")
    wrong = judge(_figure("104%"), Decimal("105.6"), "CODE", SUM, "capaian")
    assert cut.finding is not None
    assert wrong.finding is not None
    assert ("TRUNCATED", "106%", ROUNDING) == (cut.finding.code, cut.expected, cut.rule)
    assert ("CODE", "106%", Status.DIFFERS) == (wrong.finding.code, wrong.expected, wrong.status)


texts = st.builds(
    lambda whole, places, digits: f"{whole}{',' if places else ''}{digits[:places]}%",
    st.integers(0, 300),
    st.integers(0, 3),
    st.text("0123456789", min_size=3, max_size=3),
)
exacts = st.decimals(min_value=-10, max_value=400, allow_nan=False, places=6)


@settings(max_examples=300, deadline=None)
@given(texts, exacts, st.booleans())
def test_judge_agrees_at_the_printed_rounding(text, exact, lazy):
    """Any printed percentage and exact value: `judge` agrees exactly at HALF_UP; its halves.

    The event agrees exactly when the exact value rounded HALF_UP to the printed decimals
    is the printed value (`akip.numbers.round_half_up`, the general rounding).
    """
    figure = _figure(text)
    what = (lambda: "capaian") if lazy else "capaian"
    event = judge(figure, exact, "CODE", SUM, what, "", (figure,))
    rounded = round_half_up(exact, figure.decimals)
    assert (rounded == figure.value) == (event.status is Status.AGREES)
    half = agreement(figure, SUM, (figure,)) if agrees(figure, exact) else None
    if half is None:
        half = disagreement(figure, exact, "CODE", SUM, what, "", (figure,))
    assert event == half


@in_context
def _general(pagu: object, realisasi: object) -> tuple[str, object]:
    try:
        value = anggaran.penyerapan(pagu, realisasi)
    except AkipError as exc:
        return type(exc).__name__, str(exc)
    return "value", (value, str(value))


@in_context
def _fast(pagu: Decimal, realisasi: Decimal) -> tuple[str, object]:
    try:
        value = penyerapan_of(pagu, realisasi)
    except AkipError as exc:
        return type(exc).__name__, str(exc)
    return "value", (value, str(value))


amounts = st.one_of(
    st.decimals(min_value=-(10**15), max_value=10**15, places=2),
    st.sampled_from(
        [
            Decimal(0),
            Decimal("0.00"),
            Decimal("-0"),
            Decimal("1E+1000"),
            Decimal("1E+1001"),
            Decimal("1E-1000"),
            Decimal("1E-1001"),
            Decimal("Infinity"),
            Decimal("NaN"),
            Decimal("4700384252.00"),
        ]
    ),
)


@settings(max_examples=400, deadline=None)
@given(amounts, amounts)
def test_penyerapan_of_is_penyerapan(pagu, realisasi):
    """Any two Decimals (0, negatives, out of range, not finite): the same value or error."""
    assert _general(pagu, realisasi) == _fast(pagu, realisasi)


def test_penyerapan_of_a_tabel_iii_11_row():
    """4.700.384.252 of 5.000.000.000 is 94,00768504 % (hand: 4700384252 / 50000000)."""
    assert Decimal("94.00768504") == penyerapan_of(Decimal(5_000_000_000), Decimal(4_700_384_252))


def _printed_by_a_stack(value: object) -> list[tuple[str, Figure | Label]]:
    """Every figure and label under *value*, walked as the ledger first walked them.

    A stack of (key, value) pairs, depth first in field order: the general walk the
    one-function-per-node walk of `akip.check.claims.printed` stands for.
    """
    found: list[tuple[str, Figure | Label]] = []
    stack: list[tuple[str, object]] = [("", value)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, (Figure, Label)):
            found.append((key, item))
        elif isinstance(item, tuple):
            stack.extend((key, part) for part in reversed(item))
        else:
            names = _fields(type(item))  # type: ignore[arg-type]
            stack.extend(
                (f"{key}.{name}" if key else name, child)
                for name in reversed(names)
                if (child := getattr(item, name)) is not None
            )
    return found


def _same_walk(loaded: report.Report) -> None:
    walked = list(printed(loaded))
    expected = _printed_by_a_stack(loaded)
    assert [(k, id(f)) for k, f in expected] == [(k, id(f)) for k, f in walked]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.name)
def test_printed_walks_as_the_stack_did(path):
    """Every example that loads: the same figures, the same objects, in the same order."""
    try:
        loaded = report.load(path)
    except AkipError:
        pytest.skip("not a report file akip check accepts")
    _same_walk(loaded)


@settings(max_examples=25, deadline=None)
@given(st.integers(4, 40), st.integers(1, 12), st.integers(0, 2**32))
def test_printed_walks_generated_reports_as_the_stack_did(lines, indicators, seed):
    """Generated reports of any size (`bench/generate.py`), each walked the same way."""
    data = bench_module("generate").report(lines, indicators, seed)
    _same_walk(report.loads_json(json.dumps(data)))


def test_flat_natural_of_a_row():
    """``Sub Kegiatan 1.10`` is the pairs of `natural` one after the other."""
    assert (1, "sub kegiatan ", 0, 1, 1, ".", 0, 10) == flat_natural("Sub Kegiatan 1.10")


labels = st.text(st.sampled_from("019 .aAbB§-"), max_size=8)


@settings(max_examples=500, deadline=None)
@given(labels, labels)
def test_flat_natural_orders_as_natural(left, right):
    """Any two texts compare as their `natural` keys do: less, equal or greater."""
    a, b = natural(left), natural(right)
    x, y = flat_natural(left), flat_natural(right)
    assert (a < b, a == b, a > b) == (x < y, x == y, x > y)
    assert sum(a, ()) == x


def _figures_in_full(line: BudgetLine, measure: str, version: str | None) -> list[Figure]:
    """The figures of a line's quantity as the index first listed them, every step taken."""
    if measure == "realisasi":
        return [r.realisasi for r in line.rows if r.realisasi is not None and r.period is None]
    if version is not None:
        return [p.value for p in line.pagu if p.version == version]
    latest = "perubahan" if any(p.version == "perubahan" for p in line.pagu) else "murni"
    return [p.value for p in line.pagu if p.version == latest] + [
        r.pagu for r in line.rows if r.pagu is not None
    ]


@pytest.mark.parametrize("name", ["dumai-2024.toml", "sumut-setda-2021.toml", "generated"])
def test_index_of_budget_lines(name):
    """Each line's figures per quantity, and its amounts, as the general path gives them."""
    if name == "generated":
        loaded = report.loads_json(json.dumps(bench_module("generate").report(60, 13, 5)))
    else:
        loaded = report.load(EXAMPLES / name)
    index = Index(loaded)
    for line in loaded.budget:
        for measure, version in [("pagu", None), ("pagu", "murni"), ("realisasi", None)]:
            assert _figures_in_full(line, measure, version) == index._figures(
                line, measure, version
            )
        amounts = index.amounts(line.id)
        if amounts is not None:
            assert anggaran.Amounts(amounts.pagu, amounts.realisasi) == amounts
            assert anggaran.Amounts is type(amounts)
