"""The scalar race of `bench/run.py` timed in CPU time, for a machine shared with other jobs.

``python bench/scalar_cpu.py --rounds 31`` runs, per input form, the contenders of
``run.py --parts scalar`` (the bare batch expression, the bare function per indicator,
``compute`` + ``classify`` per indicator, ``compute_many`` + ``classify_many``) interleaved
round by round, every result checked band for band against the bare batch, and prints the
ratios to the bare batch of the medians and of the minima of the process's CPU time
(`time.process_time`). CPU time leaves out the time the process waits for a core, which
on a loaded machine dominates the scatter of wall-clock ratios; it is not the figure of
record (`run.py` on an idle machine is), but it is stable enough to compare code.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run

from akip import capaian, predikat

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal

FORMS: list[tuple[str, object, dict[str, object]]] = [
    ('"maximize", formula text (akip check)', "maximize", {"minimize_formula": "2t_minus_r"}),
    ('"minimize", formula text (akip check)', "minimize", {"minimize_formula": "2t_minus_r"}),
    ('polarity "maximize" (text)', "maximize", {}),
    ('polarity "minimize" (text)', "minimize", {}),
    ("Polarity.MAXIMIZE", capaian.Polarity.MAXIMIZE, {}),
    ("Polarity.MINIMIZE", capaian.Polarity.MINIMIZE, {}),
]


def contenders(
    pairs: list[tuple[Decimal, Decimal]], polarity: object, options: dict[str, object]
) -> dict[str, Callable[[], list[Any]]]:
    """The four contenders of one form, each returning its bands."""
    targets, reals = [t for t, _ in pairs], [r for _, r in pairs]
    maximize = capaian.Polarity.parse(polarity) is capaian.Polarity.MAXIMIZE
    bare = run.bare_maximize if maximize else run.bare_minimize
    one = run.bare_one_maximize if maximize else run.bare_one_minimize
    compute, classify = capaian.compute, predikat.classify
    compute_many, classify_many = capaian.compute_many, predikat.classify_many
    return {
        "bare": lambda: bare(pairs),
        "bare per indicator": lambda: [one(t, r) for t, r in pairs],
        "akip": lambda: [classify(compute(t, r, polarity, **options)) for t, r in pairs],
        "akip batch": lambda: classify_many(compute_many(targets, reals, polarity, **options)),
    }


def race(runs: dict[str, Callable[[], list[Any]]], rounds: int) -> dict[str, list[float]]:
    """CPU seconds of each contender per round, the order turned each round; bands checked."""
    levels = list(reversed(predikat.Predikat))
    expected = runs["bare"]()
    names = list(runs)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            gc.collect()
            start = time.process_time()
            result = runs[name]()
            times[name].append(time.process_time() - start)
            bands = result if name.startswith("bare") else [levels.index(lv) for lv in result]
            if bands != expected:
                msg = f"{name}: bands differ"
                raise AssertionError(msg)
    return times


def main(argv: list[str] | None = None) -> None:
    """Print, per form, the per-call and the batch ratio to the bare batch expression."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--indicators", type=int, default=20_000)
    args = parser.parse_args(argv)
    pairs = run.printed_pairs(args.indicators)
    print(f"{'form':<38} {'per call':>16} {'batch':>16}   (× bare batch: median / min)")
    for label, polarity, options in FORMS:
        times = race(contenders(pairs, polarity, options), args.rounds)

        def ratio(name: str, times: dict[str, list[float]] = times) -> str:
            median = statistics.median(times[name]) / statistics.median(times["bare"])
            least = min(times[name]) / min(times["bare"])
            return f"{median:5.2f} / {least:4.2f}"

        print(f"{label:<38} {ratio('akip'):>16} {ratio('akip batch'):>16}")


if __name__ == "__main__":
    main()
