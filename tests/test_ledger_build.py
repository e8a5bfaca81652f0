"""Tests of the shortcuts of the ledger and the consensus (akip.check.ledger, .consensus).

Each shortcut must give what the plain computation gives: a hand-written case, and a
property against the plain computation written out here (a Counter of the printed values,
the verdict chosen by the full order).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from akip import report
from akip.check import Status
from akip.check.claims import Index
from akip.check.consensus import decide
from akip.check.findings import Event
from akip.check.ledger import _counted, _grouped, build
from akip.report import Figure, Where

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


def _figure(text: str, place: str = "Tabel 4") -> Figure:
    return Figure(text, Decimal(text.replace(",", ".")), Where(place, "realisasi", "1."))


def test_one_value_in_every_place():
    """94, 94,0 and 94,00 are one value printed three ways: 94 in 3 of 3 places."""
    figures = [_figure("94"), _figure("94,0", "Tabel 5"), _figure("94,00", "§3.3")]
    consensus = decide(figures)
    assert (Decimal(94), 3) == (consensus.value, consensus.count)
    assert "94" == str(consensus.value)  # normalised: no trailing zeros
    assert tuple(figures) == consensus.figures


def test_two_values_the_most_places_decide():
    """94 in two places, 95 in one: 94, counted twice."""
    figures = [_figure("95", "Tabel 5"), _figure("94"), _figure("94", "§3.3")]
    consensus = decide(figures)
    assert (Decimal(94), 2) == (consensus.value, consensus.count)


def _plain_decide(figures: list[Figure], recomputed: Decimal | None) -> tuple[object, int]:
    """akip's consensus rule written out: most places, a tie broken by the recomputation."""
    counts = Counter(f.value for f in figures)
    most = max(counts.values())
    best = [v for v, n in counts.items() if n == most]
    if len(best) > 1 and recomputed is not None:
        best = [v for v in best if v == recomputed]
    if len(best) != 1:
        return None, 0
    return best[0].normalize(), most


_TEXTS = st.sampled_from(["10", "10,0", "12", "12,00", "7"])


@given(st.lists(_TEXTS, min_size=2, max_size=7), st.sampled_from([None, "10", "12", "7"]))
def test_decide_is_the_plain_rule(texts, recomputed):
    """Any printed values (the one-value case among them): the value and count of the rule."""
    figures = [_figure(text, f"T{i}") for i, text in enumerate(texts)]
    again = None if recomputed is None else Decimal(recomputed)
    consensus = decide(figures, again)
    assert _plain_decide(figures, again) == (consensus.value, consensus.count)


def test_statuses_counted():
    """Two agree, one differs, one not checked, one note (no status): 5 printed."""
    statuses = [Status.AGREES, Status.DIFFERS, None, Status.AGREES, Status.NOT_CHECKED]
    coverage = _counted("Tabel 4", statuses)
    assert ("Tabel 4", 5, 2, 1, 0, 1) == (
        coverage.place,
        coverage.printed,
        coverage.agrees,
        coverage.differs,
        coverage.not_computable,
        coverage.not_checked,
    )
    assert coverage == _counted("Tabel 4", tuple(statuses))


def test_events_grouped_by_subject():
    """One event: the event itself; two: both, in order; agreements listed at their inputs."""
    a, b, c = _figure("1"), _figure("2"), _figure("3")
    one = Event(a, Status.AGREES, None, "1", "rule", inputs=(c,))
    two = Event(b, Status.AGREES, None, "2", "rule")
    three = Event(b, Status.NOT_CHECKED, None, None, None, "why")
    by_subject, corroborates = _grouped([one, two, three])
    assert one is by_subject[id(a)]
    assert [two, three] == by_subject[id(b)]
    assert {id(c): [one]} == corroborates


def test_one_subject_several_events():
    """Several rules decide on one figure: the verdict of the first event in order.

    A figure that differs by one rule and agrees by another differs; of two agreements, the
    one of the rule first in order ("a" before "b") decides.
    """
    wrong, right = _figure("95"), _figure("94", "Tabel 5")
    events = [
        Event(wrong, Status.AGREES, None, "95", "b"),
        Event(wrong, Status.DIFFERS, None, "94", "a"),
        Event(right, Status.AGREES, None, "94", "b", "by b"),
        Event(right, Status.AGREES, None, "94", "a", "by a"),
    ]
    book = build([("k", wrong), ("k", right)], events, ())
    decided = {v.where.place: (v.status, v.rule, v.reason) for v in book.verdicts}
    assert (Status.DIFFERS, "a", None) == decided["Tabel 4"]
    assert (Status.AGREES, "a", "by a") == decided["Tabel 5"]


def test_quantities_of_some_figures():
    """The quantities of the figures asked for are those of the whole map, and only those.

    Tabel 5 of the Dumai LKIP 2024 prints IKU1's 2024 realisasi (95 %): its quantity is the
    indicator's realisasi of 2024.
    """
    index = Index(report.load(EXAMPLE))
    figure = next(
        row.realisasi
        for row in index.indicators["IKU1"].rows
        if row.place == "Tabel 5" and row.year == 2024 and row.realisasi is not None
    )
    assert ("indicator", "IKU1", 2024, "realisasi") == index.quantity[id(figure)]
    some = set(list(index.quantity)[::7]) | {id(figure)}
    assert {k: index.quantity[k] for k in index.quantity if k in some} == index.quantities(some)
    assert {} == index.quantities(set())
