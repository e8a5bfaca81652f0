"""The akip benchmark (``make bench``; not part of ``make test``).

Each part races akip against the strongest baseline we know for the same job, on the same
input, **interleaved round by round** (every contender runs once per round, the order turned
each round), so that a change of the machine's load hits every contender alike. Every
contender's result of every round is checked **exact** against a reference computed once,
apart, with Python integers or ``Decimal``; a contender that is not exact is reported so, and
its time means nothing. Each timing is reported as min / median / max over the rounds; ratios
are of medians (the min ratio is kept in the JSON too).

Parts (``--parts``, default all):

``rollup``
    Roll 10⁶ budget lines (``--lines 1e6,1e7`` for more) up the whole 050-5889 code tree
    (sub kegiatan → kegiatan → program → bidang → urusan): ``akip.frame.rollup`` vs the same
    two-stage exact query (sum per sub kegiatan, then roll the ~9,000 sums up) in pandas
    (int64 sen), polars (int64 sen) and duckdb (``DECIMAL(38,2)``), every peer
    single-threaded and **including the conversion of its result to Python ``Decimal``**,
    and a one-update-per-row ``Decimal`` dict loop.
``scalar``
    ``capaian.compute`` + ``predikat.classify`` vs the bare expression at akip's precision
    (60 digits, one ``decimal.localcontext``) with a ``bisect`` band lookup, for every input
    form ``akip check`` passes: polarity as text and as the enum, maximize and minimize,
    target and realisasi as ``Decimal`` with the exponents they are printed with.
``check`` (``check_dumai`` and ``check_scaling`` run one half each)
    ``akip check examples/dumai-2024.toml`` as a whole process vs ``python -c pass``, warm
    and cold, and ``akip check`` of generated reports (``bench/generate.py``) of 10³, 10⁴,
    10⁵ budget lines and 10², 10³, 10⁴ indicators: wall time and the child's peak RSS.
``dask``
    ``frame.rollup_dask`` of 10⁷ lines (``--dask-lines``) on a ``distributed.LocalCluster``
    of 2 worker processes vs 1, the same persisted partitions, every result checked equal
    to ``frame.rollup``; and, on one worker, the shareable and the serial part of its time.

The data are synthetic and seeded. Results go to ``bench/results/<date>-<host>.json``; the
check-scaling plot to ``docs/assets/check-scaling.png`` (``--plot``).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import decimal
import gc
import importlib
import itertools
import json
import logging
import operator
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import warnings
from bisect import bisect_right
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

# The peers run single-threaded, as akip does: set before polars and pyarrow start.
os.environ.setdefault("POLARS_MAX_THREADS", "1")

import numpy as np
import pandas as pd

import akip
from akip import capaian, frame, predikat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import arithmetic
import generate

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
SEED = 20240601
WIDTHS = (1, 4, 7, 12)  # urusan, bidang, program, kegiatan: prefixes of U.BB.PP.L.KK.SSSS
LEVEL_OF_WIDTH = {1: "urusan", 4: "bidang", 7: "program", 12: "kegiatan", 17: "sub_kegiatan"}

Nodes = dict[str, tuple[Decimal, Decimal]]


def _module(name: str) -> Any:
    """Import a peer library of the ``bench`` extra (``pip install -e '.[bench]'``)."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        msg = f"{name} is missing: run `make bench` (it installs the bench extra)"
        raise SystemExit(msg) from exc


# ---------------------------------------------------------------- measuring


def spread(times: list[float]) -> dict[str, float]:
    """Min, median and max of *times* (seconds)."""
    return {
        "min": min(times),
        "median": statistics.median(times),
        "max": max(times),
        "rounds": len(times),
    }


def race(
    contenders: dict[str, Callable[[], Any]],
    check: Callable[[str, Any], str | None],
    rounds: int,
) -> dict[str, dict[str, Any]]:
    """Run the contenders interleaved, *rounds* rounds, checking every result.

    The order turns each round (round 2 starts with the second contender), so no contender
    always runs right after the same one. *check* returns ``None`` for an exact result, or
    what is wrong with it.
    """
    names = list(contenders)
    times: dict[str, list[float]] = {name: [] for name in names}
    errors: dict[str, str | None] = dict.fromkeys(names)
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            gc.collect()
            start = time.perf_counter()
            result = contenders[name]()
            times[name].append(time.perf_counter() - start)
            wrong = check(name, result)
            errors[name] = errors[name] or wrong
            del result
    return {
        name: {
            "seconds": spread(times[name]),
            "exact": errors[name] is None,
            "error": errors[name],
        }
        for name in names
    }


def _ratios(results: dict[str, dict[str, Any]], ours: str, theirs: list[str]) -> dict[str, Any]:
    """akip's time over the fastest of *theirs*: of the medians and of the minima."""
    fastest = min(theirs, key=lambda n: results[n]["seconds"]["median"])
    return {
        "fastest_peer": fastest,
        "ratio_median": results[ours]["seconds"]["median"] / results[fastest]["seconds"]["median"],
        "ratio_min": results[ours]["seconds"]["min"]
        / min(results[n]["seconds"]["min"] for n in theirs),
    }


def _print_race(results: dict[str, dict[str, Any]], reference: str, indent: str = "   ") -> None:
    base = results[reference]["seconds"]["median"]
    print(
        f"{indent}{'contender':<22} {'min s':>9} {'median s':>9} {'max s':>9} "
        f"{'÷ ' + reference:>10}  exact"
    )
    for name, entry in results.items():
        s = entry["seconds"]
        if "exact" in entry:
            exact = "yes" if entry["exact"] else f"NO: {entry['error']}"
        else:  # a process: its exit status and peak memory
            exact = f"exit {entry['exit']}, peak RSS {entry['peak_rss_mib']:.1f} MiB"
        print(
            f"{indent}{name:<22} {s['min']:9.4f} {s['median']:9.4f} {s['max']:9.4f} "
            f"{s['median'] / base:10.2f}  {exact}"
        )


# ---------------------------------------------------------------- 1. the rollup


def nomenclature(rng: np.random.Generator) -> list[str]:
    """An illustrative 050-5889 code tree: ~9,000 sub kegiatan under 8 urusan."""
    codes: list[str] = []
    for urusan in range(1, 9):
        for bidang in range(1, int(rng.integers(2, 8)) + 1):
            for program in range(1, int(rng.integers(3, 10)) + 1):
                for kegiatan in range(1, int(rng.integers(2, 9)) + 1):
                    level = int(rng.integers(1, 3))
                    codes.extend(
                        f"{urusan}.{bidang:02d}.{program:02d}.{level}.{kegiatan:02d}.{sub:04d}"
                        for sub in range(1, int(rng.integers(3, 14)) + 1)
                    )
    return codes


def budget_lines(n: int, seed: int = SEED) -> pd.DataFrame:
    """*n* lines drawn (skewed) from the tree; pagu and realisasi in int64 sen."""
    rng = np.random.default_rng(seed)
    codes = np.array(nomenclature(rng), dtype=object)
    weights = rng.pareto(1.5, len(codes)) + 1
    pick = rng.choice(len(codes), size=n, p=weights / weights.sum())
    # Pagu: from Rp 1 juta to a few miliar, with sen; realisasi 0–110 % of it, with sen.
    pagu = (np.exp(rng.normal(18.5, 1.6, n)).astype(np.int64) + 1_000_000) * 100
    pagu += rng.integers(0, 100, n)
    realisasi = pagu // 100 * rng.integers(0, 111, n) + rng.integers(0, 100, n)
    return pd.DataFrame(
        {"kode": pd.Series(codes[pick], dtype="str"), "pagu": pagu, "realisasi": realisasi}
    )


CENT = Decimal("0.01")
EXACT = decimal.Context(prec=60, traps=[decimal.Inexact, decimal.InvalidOperation])


def _rupiah(sen: list[int]) -> list[Decimal]:
    """int64 sen → exact ``Decimal`` rupiah: the peers' conversion of their result.

    The fastest exact conversion we know (the one akip uses): ``create_decimal`` of the
    integer, then the bare ``*`` by 0.01 in a context that traps any inexact result.
    """
    with decimal.localcontext(EXACT):
        return list(map(operator.mul, map(EXACT.create_decimal, sen), itertools.repeat(CENT)))


def reference_tree(lines: pd.DataFrame) -> Nodes:
    """The exact tree with Python integers, row by row: the reference every result must equal."""
    sums: dict[str, list[int]] = {}
    for kode, pagu, realisasi in zip(
        lines["kode"].tolist(), lines["pagu"].tolist(), lines["realisasi"].tolist(), strict=True
    ):
        node = sums.setdefault(kode, [0, 0])
        node[0] += pagu
        node[1] += realisasi
    tree: dict[str, list[int]] = {}
    for kode, (pagu, realisasi) in sums.items():
        for width in (*WIDTHS, len(kode)):
            node = tree.setdefault(kode[:width], [0, 0])
            node[0] += pagu
            node[1] += realisasi
    return {k: (Decimal(p).scaleb(-2), Decimal(r).scaleb(-2)) for k, (p, r) in tree.items()}


def by_pandas(lines: pd.DataFrame) -> Nodes:
    """Two stages in pandas, int64 sen: per sub kegiatan, then the ~9,000 sums up each level."""
    stage = lines.groupby("kode", sort=False)[["pagu", "realisasi"]].sum()
    levels = [stage]
    codes = stage.index.to_series()
    levels += [stage.groupby(codes.str[:width].to_numpy(), sort=False).sum() for width in WIDTHS]
    out: Nodes = {}
    for level in levels:
        pagu = _rupiah(level["pagu"].tolist())
        realisasi = _rupiah(level["realisasi"].tolist())
        out.update(zip(level.index.tolist(), zip(pagu, realisasi, strict=True), strict=True))
    return out


def by_polars(pl: Any, lines: Any) -> Nodes:
    """Two stages in polars, int64 sen."""
    sums = [pl.col("pagu").sum(), pl.col("realisasi").sum()]
    stage = lines.group_by("kode").agg(sums)
    levels = [stage]
    levels += [stage.group_by(pl.col("kode").str.slice(0, width)).agg(sums) for width in WIDTHS]
    out: Nodes = {}
    for level in levels:
        pagu = _rupiah(level["pagu"].to_list())
        realisasi = _rupiah(level["realisasi"].to_list())
        out.update(zip(level["kode"].to_list(), zip(pagu, realisasi, strict=True), strict=True))
    return out


_LEVEL_SUMS = "".join(
    f"UNION ALL SELECT substr(kode, 1, {w}), SUM(pagu), SUM(realisasi) FROM sub GROUP BY 1\n"  # noqa: S608 - constants
    for w in WIDTHS
)
DUCKDB_QUERY = (
    "WITH sub AS MATERIALIZED (\n"  # noqa: S608 - constants
    "    SELECT kode, SUM(pagu) AS pagu, SUM(realisasi) AS realisasi FROM lines GROUP BY kode\n"
    ")\n"
    "SELECT kode, pagu, realisasi FROM sub\n" + _LEVEL_SUMS
)


def by_duckdb(con: Any) -> Nodes:
    """Two stages in duckdb, DECIMAL(18,2) lines summed as DECIMAL(38,2), fetched as Decimal."""
    return {
        kode: (pagu, realisasi) for kode, pagu, realisasi in con.execute(DUCKDB_QUERY).fetchall()
    }


_LEVEL_SUMS_SEN = "".join(
    f"UNION ALL SELECT substr(kode, 1, {w}), SUM(pagu)::BIGINT, SUM(realisasi)::BIGINT "  # noqa: S608 - constants
    "FROM sub GROUP BY 1\n"
    for w in WIDTHS
)
DUCKDB_SEN_QUERY = (
    "WITH sub AS MATERIALIZED (\n"  # noqa: S608 - constants
    "    SELECT kode, SUM(pagu)::BIGINT AS pagu, SUM(realisasi)::BIGINT AS realisasi\n"
    "    FROM lines_sen GROUP BY kode\n"
    ")\n"
    "SELECT kode, pagu, realisasi FROM sub\n" + _LEVEL_SUMS_SEN
)


def by_duckdb_sen(con: Any) -> Nodes:
    """Two stages in duckdb on BIGINT sen, fetched as NumPy int64, converted as the others.

    The sums are cast back to BIGINT (an overflow is an error, never a wrong sum). duckdb's
    fastest exact form here: its HUGEINT sums of BIGINT beat DECIMAL(38,2).
    """
    result = con.execute(DUCKDB_SEN_QUERY).fetchnumpy()
    pagu = _rupiah(result["pagu"].tolist())
    realisasi = _rupiah(result["realisasi"].tolist())
    return dict(zip(result["kode"].tolist(), zip(pagu, realisasi, strict=True), strict=True))


def duckdb_table(duckdb: Any, lines: pd.DataFrame) -> Any:
    """A single-threaded duckdb connection holding the lines, rupiah and sen.

    Table ``lines`` holds DECIMAL(18,2) rupiah, table ``lines_sen`` BIGINT sen.
    """
    con = duckdb.connect()
    con.execute("SET threads = 1")
    con.register("source", lines)
    # Integer sen to DECIMAL(18,2) rupiah, exactly: the cast of an integer keeps its value,
    # and dividing a DECIMAL by an integer would give a DOUBLE, so scale the unscaled value.
    con.execute(
        "CREATE TABLE lines AS SELECT kode, "
        "CAST(pagu // 100 AS DECIMAL(18,2)) + CAST(pagu % 100 AS DECIMAL(18,2)) * 0.01 AS pagu, "
        "CAST(realisasi // 100 AS DECIMAL(18,2)) + CAST(realisasi % 100 AS DECIMAL(18,2)) * 0.01 "
        "AS realisasi FROM source"
    )
    con.execute("CREATE TABLE lines_sen AS SELECT kode, pagu, realisasi FROM source")
    con.unregister("source")
    types = con.execute("SELECT typeof(pagu), typeof(realisasi) FROM lines LIMIT 1").fetchone()
    if types is not None and any(not t.startswith("DECIMAL") for t in types):
        msg = f"duckdb lines are not DECIMAL: {types}"
        raise AssertionError(msg)
    return con


def by_decimal_loop(rows: list[tuple[str, Decimal, Decimal]]) -> Nodes:
    """One dict update per row adding ``Decimal`` rupiah, then the ~9,000 sums up each level."""
    sums: dict[str, list[Decimal]] = {}
    get = sums.get
    with decimal.localcontext() as ctx:
        ctx.traps[decimal.Inexact] = True  # exact, or an error
        for kode, pagu, realisasi in rows:
            node = get(kode)
            if node is None:
                sums[kode] = [pagu, realisasi]
            else:
                node[0] += pagu
                node[1] += realisasi
        tree: dict[str, list[Decimal]] = {}
        for kode, (pagu, realisasi) in sums.items():
            for width in WIDTHS:
                node = tree.get(kode[:width])
                if node is None:
                    tree[kode[:width]] = [pagu, realisasi]
                else:
                    node[0] += pagu
                    node[1] += realisasi
    out: Nodes = {k: (p, r) for k, (p, r) in sums.items()}
    out.update((k, (p, r)) for k, (p, r) in tree.items())
    return out


def _akip_nodes(tree: pd.DataFrame) -> Nodes:
    return dict(
        zip(
            tree.index.tolist(),
            zip(tree["pagu"].tolist(), tree["realisasi"].tolist(), strict=True),
            strict=True,
        )
    )


def _misses(reference: Nodes, got: Nodes) -> str | None:
    """What differs between *got* and the exact *reference* (None: nothing)."""
    if got.keys() != reference.keys():
        return f"{len(got.keys() ^ reference.keys())} codes missing or extra"
    wrong = [
        k
        for k, (p, r) in reference.items()
        if not (type(got[k][0]) is Decimal and type(got[k][1]) is Decimal and got[k] == (p, r))
    ]
    return f"{len(wrong)} nodes off (first {wrong[0]})" if wrong else None


def rollup_part(sizes: list[int], rounds: int) -> list[dict[str, Any]]:
    """Part 1 for each size."""
    out = []
    for n in sizes:
        out.append(_rollup_race(n, rounds))
        gc.collect()
    return out


def _rollup_race(n: int, rounds: int) -> dict[str, Any]:
    pl, duckdb = _module("polars"), _module("duckdb")
    print(f"\n1. rollup of {n:,} lines into the whole code tree ({rounds} rounds)", flush=True)
    lines = budget_lines(n)
    reference = reference_tree(lines)
    polars_lines = pl.from_pandas(lines)
    con = duckdb_table(duckdb, lines)
    rows = list(
        zip(
            lines["kode"].tolist(),
            _rupiah(lines["pagu"].tolist()),
            _rupiah(lines["realisasi"].tolist()),
            strict=True,
        )
    )
    contenders: dict[str, Callable[[], Any]] = {
        "akip frame.rollup": lambda: frame.rollup(lines, unit="sen"),
        "pandas int64": lambda: by_pandas(lines),
        "polars int64": lambda: by_polars(pl, polars_lines),
        "duckdb DECIMAL(38,2)": lambda: by_duckdb(con),
        "duckdb int64": lambda: by_duckdb_sen(con),
        "Decimal dict loop": lambda: by_decimal_loop(rows),
    }

    def check(name: str, result: Any) -> str | None:
        nodes = _akip_nodes(result) if name.startswith("akip") else result
        return _misses(reference, nodes)

    results = race(contenders, check, rounds)
    _print_race(results, "akip frame.rollup")
    peers = ["pandas int64", "polars int64", "duckdb DECIMAL(38,2)", "duckdb int64"]
    ratios = _ratios(results, "akip frame.rollup", peers)
    loop = _ratios(results, "akip frame.rollup", ["Decimal dict loop"])
    met = ratios["ratio_median"] <= 1.0
    print(
        f"   akip ÷ fastest exact peer ({ratios['fastest_peer']}): "
        f"{ratios['ratio_median']:.2f}× (of minima {ratios['ratio_min']:.2f}×); "
        f"target ≤ 1.0×: {'met' if met else 'MISSED'}, aim ≤ 0.8×: "
        f"{'met' if ratios['ratio_median'] <= 0.8 else 'missed'}; "
        f"akip ÷ Decimal loop {loop['ratio_median']:.3f}×"
    )
    summary = {
        "lines": n,
        "distinct_sub_kegiatan": sum(1 for k in reference if len(k) == 17),
        "nodes": len(reference),
        "contenders": results,
        **ratios,
        "ratio_to_decimal_loop": loop["ratio_median"],
        "target": "≤ 1.0× the fastest exact peer",
        "target_met": met,
        "threads": {
            "polars": pl.thread_pool_size(),
            "duckdb": con.execute("SELECT current_setting('threads')").fetchone()[0],
        },
    }
    con.close()
    return summary


# ---------------------------------------------------------------- 2. scalar rules

PREDIKAT_EDGES = (Decimal(51), Decimal(66), Decimal(76), Decimal(91))  # lower_bound rule
HUNDRED = Decimal(100)


def printed_pairs(count: int, seed: int = SEED) -> list[tuple[Decimal, Decimal]]:
    """(target, realisasi) as a report prints them and the loader reads them.

    ``akip.report`` keeps the printed decimals in the exponent: ``"90%"`` → ``Decimal('90')``,
    ``"94,50"`` → ``Decimal('94.50')``, ``"6,5"`` → ``Decimal('6.5')``.
    """
    rng = np.random.default_rng(seed)
    out = []
    for t, r, places in zip(
        rng.integers(1, 1000, count),
        rng.integers(0, 150_000, count),
        rng.integers(0, 3, count),
        strict=True,
    ):
        target = Decimal(int(t))
        realisasi = (
            Decimal(int(r))
            .scaleb(-2)
            .quantize(Decimal(1).scaleb(-int(places)), decimal.ROUND_DOWN)
        )
        if realisasi >= 2 * target:  # keep minimize capaian from going far below 0
            realisasi = Decimal(int(r) % int(t))
        out.append((target, realisasi))
    return out


def bare_maximize(pairs: list[tuple[Decimal, Decimal]]) -> list[int]:
    """realisasi / target × 100 at 60 digits, and its band by bisection."""
    edges = PREDIKAT_EDGES
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        return [bisect_right(edges, r / t * HUNDRED) for t, r in pairs]


def bare_minimize(pairs: list[tuple[Decimal, Decimal]]) -> list[int]:
    """(2·target − realisasi) / target × 100 at 60 digits, and its band by bisection."""
    edges = PREDIKAT_EDGES
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        return [bisect_right(edges, (t + t - r) / t * HUNDRED) for t, r in pairs]


CONTEXT_60 = decimal.Context(prec=60)


def bare_one_maximize(target: Decimal, realisasi: Decimal) -> int:
    """One indicator, as a function: the band of realisasi / target × 100 at 60 digits."""
    return bisect_right(
        PREDIKAT_EDGES, CONTEXT_60.multiply(CONTEXT_60.divide(realisasi, target), HUNDRED)
    )


def bare_one_minimize(target: Decimal, realisasi: Decimal) -> int:
    """One indicator, as a function: the band of (2·target − realisasi) / target × 100."""
    twice = CONTEXT_60.add(target, target)
    return bisect_right(
        PREDIKAT_EDGES,
        CONTEXT_60.multiply(
            CONTEXT_60.divide(CONTEXT_60.subtract(twice, realisasi), target), HUNDRED
        ),
    )


def _batch_differs(
    pairs: list[tuple[Decimal, Decimal]], ours: list[Decimal], batch: list[Decimal]
) -> str | None:
    """Where the batch's values differ from the per-call ones (representation included)."""
    return next(
        (
            f"batch value of {p} differs"
            for p, o, b in zip(pairs, ours, batch, strict=True)
            if (o, str(o)) != (b, str(b))
        ),
        None,
    )


def _scalar_summary(
    label: str, count: int, results: dict[str, Any], wrong: dict[str, str | None]
) -> dict[str, Any]:
    """Print one form's row (per call and batch) and return its JSON entry.

    *wrong* names, per contender, a value that differs (the race checks the bands only).
    """
    for name, error in wrong.items():
        if error:
            results[name]["exact"], results[name]["error"] = False, error

    def seconds(name: str, stat: str) -> float:
        return float(results[name]["seconds"][stat])

    def exact(name: str) -> str:
        return "exact" if results[name]["exact"] else f"NOT EXACT: {results[name]['error']}"

    ratio = seconds("akip", "median") / seconds("bare", "median")
    ratio_min = seconds("akip", "min") / seconds("bare", "min")
    per_call = seconds("akip", "median") / seconds("bare per indicator", "median")
    batch_ratio = seconds("akip batch", "median") / seconds("bare", "median")
    batch_ratio_min = seconds("akip batch", "min") / seconds("bare", "min")
    met, batch_met = ratio <= 2.0, batch_ratio <= 2.0
    print(
        f"   {label:<38} bare {count / seconds('bare', 'median'):>10,.0f}/s  "
        f"akip {count / seconds('akip', 'median'):>10,.0f}/s  "
        f"{ratio:5.2f}× (of minima {ratio_min:.2f}×; per indicator {per_call:.2f}×) "
        f"{exact('akip')}; target ≤ 2×: {'met' if met else 'MISSED'}\n"
        f"   {'':<38} {'':<20} batch {count / seconds('akip batch', 'median'):>9,.0f}/s  "
        f"{batch_ratio:5.2f}× (of minima {batch_ratio_min:.2f}×) "
        f"{exact('akip batch')}; target ≤ 2×: {'met' if batch_met else 'MISSED'}"
    )
    return {
        "form": label,
        "indicators": count,
        "contenders": results,
        "ratio_median": ratio,
        "ratio_min": ratio_min,
        "ratio_to_bare_per_indicator": per_call,
        "target": "≤ 2× the bare expression (batch, one localcontext)",
        "target_met": met,
        "batch_ratio_median": batch_ratio,
        "batch_ratio_min": batch_ratio_min,
        "batch_target_met": batch_met,
    }


def scalar_part(count: int, rounds: int) -> list[dict[str, Any]]:
    """Part 2: one race per input form."""
    print(f"\n2. capaian.compute + predikat.classify, {count:,} indicators per form", flush=True)
    pairs = printed_pairs(count)
    # The batch API takes columns, as a report table holds them.
    targets, reals = [t for t, _ in pairs], [r for _, r in pairs]
    levels = list(reversed(predikat.Predikat))  # band index 0 = Sangat Rendah
    compute, classify = capaian.compute, predikat.classify
    compute_many, classify_many = capaian.compute_many, predikat.classify_many
    # ``akip check`` passes the polarity and the lower-is-better formula as the report file's
    # text (``minimize_formula="2t_minus_r"``); library callers the defaults or the members.
    check_form: dict[str, object] = {"minimize_formula": "2t_minus_r"}
    forms: list[
        tuple[str, object, dict[str, object], Callable[[list[tuple[Decimal, Decimal]]], list[int]]]
    ] = [
        ('"maximize", formula text (akip check)', "maximize", check_form, bare_maximize),
        ('"minimize", formula text (akip check)', "minimize", check_form, bare_minimize),
        ('polarity "maximize" (text)', "maximize", {}, bare_maximize),
        ('polarity "minimize" (text)', "minimize", {}, bare_minimize),
        ("Polarity.MAXIMIZE", capaian.Polarity.MAXIMIZE, {}, bare_maximize),
        ("Polarity.MINIMIZE", capaian.Polarity.MINIMIZE, {}, bare_minimize),
    ]
    out = []
    for label, polarity, options, bare in forms:
        # The exactness check: akip's value equals the bare expression's, and so does the band.
        with decimal.localcontext() as ctx:
            ctx.prec = 60
            if bare is bare_maximize:
                values = [r / t * HUNDRED for t, r in pairs]
            else:
                values = [(t + t - r) / t * HUNDRED for t, r in pairs]
        ours = [compute(t, r, polarity, **options) for t, r in pairs]
        value_error = next(
            (
                f"value of {p} differs"
                for p, v, o in zip(pairs, values, ours, strict=True)
                if v != o
            ),
            None,
        )
        batch_error = _batch_differs(
            pairs, ours, compute_many(targets, reals, polarity, **options)
        )
        expected = bare(pairs)

        def check(name: str, result: Any, expected: list[int] = expected) -> str | None:
            got = result if name.startswith("bare") else [levels.index(lv) for lv in result]
            return None if got == expected else "bands differ"

        one = bare_one_maximize if bare is bare_maximize else bare_one_minimize

        def bare_calls(one: Callable[[Decimal, Decimal], int] = one) -> list[int]:
            return [one(t, r) for t, r in pairs]

        def ours_all(
            polarity: object = polarity, options: dict[str, object] = options
        ) -> list[predikat.Predikat]:
            if options:
                return [classify(compute(t, r, polarity, **options)) for t, r in pairs]
            return [classify(compute(t, r, polarity)) for t, r in pairs]

        def ours_batch(
            polarity: object = polarity, options: dict[str, object] = options
        ) -> list[predikat.Predikat]:
            return classify_many(compute_many(targets, reals, polarity, **options))

        def bare_all(
            bare: Callable[[list[tuple[Decimal, Decimal]]], list[int]] = bare,
        ) -> list[int]:
            return bare(pairs)

        contenders: dict[str, Callable[[], Any]] = {
            "bare": bare_all,
            "bare per indicator": bare_calls,
            "akip": ours_all,
            "akip batch": ours_batch,
        }
        results = race(contenders, check, rounds)
        wrong = {"akip": value_error, "akip batch": value_error or batch_error}
        out.append(_scalar_summary(label, count, results, wrong))
    return out


# ---------------------------------------------------------------- 3. akip check


def _akip_command() -> list[str]:
    script = Path(sys.executable).with_name("akip")
    return [str(script)] if script.exists() else [sys.executable, "-m", "akip"]


# A small launcher for the timed child. A child's peak RSS (``ru_maxrss``) counts its life
# before ``exec`` too, as a fork (or vfork) of its parent: started from this process, with
# pandas and the test data loaded, every child would show this process's size. Started from
# this launcher (``python -I -S``, about 8 MiB), it shows its own peak.
_LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
quiet = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ, file_actions=quiet)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
print(json.dumps([seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]))
"""


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MiB) and exit status of one child process.

    The time runs from the spawn to the end of the child, measured by the launcher.
    """
    executable = shutil.which(command[0]) or command[0]
    done = subprocess.run(  # noqa: S603 - our own commands
        [sys.executable, "-I", "-S", "-c", _LAUNCHER, executable, *command[1:]],
        env=env,
        capture_output=True,
        check=True,
    )
    seconds, rss_kib, code = json.loads(done.stdout)
    return float(seconds), float(rss_kib) / 1024, int(code)


def _race_processes(
    commands: dict[str, list[str]], env: dict[str, str], rounds: int
) -> dict[str, dict[str, Any]]:
    names = list(commands)
    times: dict[str, list[float]] = {n: [] for n in names}
    rss: dict[str, list[float]] = {n: [] for n in names}
    codes: dict[str, set[int]] = {n: set() for n in names}
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            seconds, peak, code = run_child(commands[name], env)
            times[name].append(seconds)
            rss[name].append(peak)
            codes[name].add(code)
    return {
        n: {"seconds": spread(times[n]), "peak_rss_mib": max(rss[n]), "exit": sorted(codes[n])}
        for n in names
    }


def _drop_akip_bytecode() -> int:
    caches = list(Path(akip.__file__).parent.glob("**/__pycache__"))
    for cache in caches:
        shutil.rmtree(cache)
    return len(caches)


def _import_profile(report: Path, env: dict[str, str], runs: int) -> list[dict[str, Any]]:
    """``python -X importtime`` of one check, *runs* times: the slowest twelve imports.

    Per module, two levels deep, the least self and cumulative time (µs) of the runs.
    """
    best: dict[str, list[int]] = {}
    order: list[str] = []
    for _ in range(runs):
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-X", "importtime", "-m", "akip", "check", str(report)],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)", line)
            if match and len(match.group(3)) <= 2:  # top level, and one below
                name = ("  " if match.group(3) else "") + match.group(4)
                self_us, cumulative = int(match.group(1)), int(match.group(2))
                if name not in best:
                    best[name] = [self_us, cumulative]
                    order.append(name)
                else:
                    best[name] = [min(best[name][0], self_us), min(best[name][1], cumulative)]
    top = sorted(order, key=lambda n: -best[n][1])[:12]
    return [
        {
            "module": n.strip(),
            "depth": 1 if n.startswith(" ") else 0,
            "self_us": best[n][0],
            "cumulative_us": best[n][1],
        }
        for n in top
    ]


# The phases of one `akip check`, timed inside the process (ms); the rest of the
# whole-process time is the interpreter starting and `site`.
_PHASES = """
import time, sys, io, contextlib
t0 = time.perf_counter()
import attrs
import attr._next_gen
t1 = time.perf_counter()
# Time attrs' class generation: every @attrs.frozen / @attrs.define class goes through it.
generate = attr._next_gen.attrs
generating = [0.0]
def timed(*args, **kwargs):
    start = time.perf_counter()
    made = generate(*args, **kwargs)
    generating[0] += time.perf_counter() - start
    return made
attr._next_gen.attrs = timed
import akip.__main__ as main
from akip import check, report
t2 = time.perf_counter()
attr._next_gen.attrs = generate
main._parser(["check", sys.argv[1]]).parse_args(["check", sys.argv[1]])
t3 = time.perf_counter()
loaded = report.load(sys.argv[1])
t4 = time.perf_counter()
book = check.ledger(loaded)
t5 = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    main._emit(main._rendered(loaded, book, "text"), None)
t6 = time.perf_counter()
import tomllib
with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
t7 = time.perf_counter()
tomllib.loads(text)
t8 = time.perf_counter()
spans = (t1 - t0, t2 - t1, generating[0], t3 - t2, t4 - t3, t5 - t4, t6 - t5, t8 - t7)
print(" ".join(str(1e3 * x) for x in spans))
"""
_PHASE_NAMES = (
    "import attrs (and what it imports)",
    "import akip.__main__, akip.check, akip.report",
    "of which attrs class generation",
    "argparse: build the parser, parse",
    "report.load (read, TOML, build the Report)",
    "check.check",
    "print the findings",
    "of report.load: tomllib.loads alone",
)


def _phases(report: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    """The least time (ms) of each phase of `_PHASES` over *runs* runs."""
    best = [float("inf")] * len(_PHASE_NAMES)
    for _ in range(runs):
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-c", _PHASES, str(report)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        best = [min(b, float(x)) for b, x in zip(best, done.stdout.split(), strict=True)]
    return dict(zip(_PHASE_NAMES, best, strict=True))


# The modules other than akip's that one `akip check` imports, beyond what `python -c pass`
# has: printed one per line by a child process.
_IMPORTED = """
import contextlib, io, sys
before = set(sys.modules)
import akip.__main__ as main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    main.main(["check", sys.argv[1]])
new = set(sys.modules) - before
print("\\n".join(sorted(m for m in new if m.split(".")[0] not in ("akip", "__main__"))))
"""

# A process that imports the given modules (one per argument) and does nothing else.
_IMPORT_ONLY = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


# The source files of akip's own modules that one `akip check` imports: one per line.
_AKIP_SOURCES = """
import contextlib, io, sys
import akip.__main__ as main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    main.main(["check", sys.argv[1]])
mine = [m for n, m in list(sys.modules.items()) if n.split(".")[0] == "akip"]
files = {getattr(m, "__file__", None) or "" for m in mine}
print("\\n".join(sorted(f for f in files if f.endswith(".py"))))
"""

# A process that imports the modules named before ``--`` and compiles (does not run) the
# source files named after it: the least a cold check of that code does (`dumai_part`).
_IMPORT_AND_COMPILE = """
import importlib, sys
split = sys.argv.index("--")
for name in sys.argv[1:split]:
    importlib.import_module(name)
for path in sys.argv[split + 1:]:
    with open(path, "rb") as source:
        compile(source.read(), path, "exec", dont_inherit=True)
"""


def _listed(script: str, report: Path, env: dict[str, str]) -> list[str]:
    """What *script*, run on *report* in a child process, prints one item per line."""
    done = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, "-c", script, str(report)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return done.stdout.split()


def akip_sources_of_check(report: Path, env: dict[str, str]) -> list[str]:
    """The source files of akip's modules that ``akip check`` of *report* imports."""
    return _listed(_AKIP_SOURCES, report, env)


def imported_by_check(report: Path, env: dict[str, str]) -> list[str]:
    """The modules, not akip's, that ``akip check`` of *report* imports (`_IMPORTED`)."""
    return _listed(_IMPORTED, report, env)


def dumai_part(rounds: int) -> dict[str, Any]:
    """``akip check`` of the Dumai example vs ``python -c pass``, warm and cold.

    A third contender imports only the modules other than akip's that the check imports
    (attrs and the standard library's): the floor of any akip that keeps them. A fourth
    imports them and compiles, without running, the source of akip's modules the check
    imports: the floor of a cold check of that code (cold, akip's source is compiled on
    every run; warm, it is read from the bytecode cache, so this floor is a cold one).
    """
    report = ROOT / "examples" / "dumai-2024.toml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    modules = imported_by_check(report, env)
    sources = akip_sources_of_check(report, env)
    lines = sum(Path(path).read_bytes().count(b"\n") for path in sources)
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "its imports only": [sys.executable, "-c", _IMPORT_ONLY, *modules],
        "imports + compiling akip": [
            sys.executable,
            "-c",
            _IMPORT_AND_COMPILE,
            *modules,
            "--",
            *sources,
        ],
        "akip check dumai": [*_akip_command(), "check", str(report)],
    }
    print(
        f"\n3a. akip check {report.relative_to(ROOT)}, whole process ({rounds} rounds)", flush=True
    )
    run_child(commands["akip check dumai"], env)  # writes akip's bytecode cache
    warm = _race_processes(commands, env, rounds)
    dropped = _drop_akip_bytecode()
    cold_env = env | {"PYTHONDONTWRITEBYTECODE": "1"}
    cold = _race_processes(commands, cold_env, rounds)
    run_child(commands["akip check dumai"], env)  # restore the cache
    out: dict[str, Any] = {
        "rounds": rounds,
        "pycache_dirs_dropped": dropped,
        "imports_only_modules": modules,
        "compiled_sources": len(sources),
        "compiled_lines": lines,
    }
    for name, results in (("warm", warm), ("cold", cold)):
        _print_race(results, "python -c pass", "   " + name + " ")
        base = results["python -c pass"]["seconds"]["median"]
        ratio = results["akip check dumai"]["seconds"]["median"] / base
        floor = results["its imports only"]["seconds"]["median"] / base
        compiling = results["imports + compiling akip"]["seconds"]["median"] / base
        out[name] = {
            "contenders": results,
            "ratio_median": ratio,
            "imports_only_ratio": floor,
            "imports_and_compile_ratio": compiling,
        }
        print(
            f"   {name}: {ratio:.2f}× python -c pass (peak RSS "
            f"{results['akip check dumai']['peak_rss_mib']:.1f} MiB); importing its "
            f"{len(modules)} modules other than akip's alone: {floor:.2f}×; and compiling "
            f"the {lines} lines of akip's {len(sources)} modules it imports: {compiling:.2f}×"
        )
    out["target"] = "cold ≤ 6× python -c pass"
    out["target_met"] = out["cold"]["ratio_median"] <= 6
    out["import_profile_warm"] = _import_profile(report, env, 5)
    print("   slowest imports (warm, least of 5 runs, cumulative ms):")
    for m in out["import_profile_warm"]:
        print(
            f"     {'  ' * m['depth']}{m['module']:<28} {m['cumulative_us'] / 1000:6.1f} "
            f"(self {m['self_us'] / 1000:.1f})"
        )
    out["phases_ms"] = _phases(report, env, 7)
    print("   phases inside the process (warm, least of 7 runs, ms):")
    for name, ms in out["phases_ms"].items():
        print(f"     {name:<48} {ms:6.1f}")
    return out


#: The floor of a check of a report file: a process that only parses it with the
#: standard library (the same parser `akip.report.load` uses), and builds nothing more.
_PARSE_ONLY: Final = {
    "json": "import json, sys\nwith open(sys.argv[1], 'rb') as f:\n    json.load(f)",
    "toml": "import tomllib, sys\nwith open(sys.argv[1], 'rb') as f:\n    tomllib.load(f)",
}


#: The arithmetic floor (`arithmetic`): a process that recomputes the figures with the
#: most arithmetic of a generated report, keeping no object per figure.
_ARITHMETIC: Final = Path(__file__).resolve().parent / "arithmetic.py"


def _parsed(path: Path) -> dict[str, Any]:
    """A generated report file parsed whole by the standard library."""
    text = path.read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    return data


def scaling_part(sizes: list[tuple[int, int]], rounds: int, fmt: str) -> list[dict[str, Any]]:
    """``akip check`` of generated reports: time and peak memory against size.

    Each round also runs, right after the check, a process that only parses the file
    (`_PARSE_ONLY`): the floor that any check reading the file into Python objects pays;
    and one that recomputes the figures with the most arithmetic, and nothing more
    (`arithmetic`, its answer checked against `arithmetic.reference` every round): the
    least a check of those figures can cost in Python.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out: list[dict[str, Any]] = []
    if not sizes:
        return out
    print(f"\n3b. akip check of generated reports ({fmt}, {rounds} rounds each)", flush=True)
    print(
        f"   {'lines':>8} {'indic.':>7} {'MiB file':>8} {'min s':>8} {'median s':>8} "
        f"{'max s':>8} {'peak MiB':>8} {'µs/line':>8} {'parse s':>8} {'parse MiB':>9} "
        f"{'arith s':>8} {'arith MiB':>8}  exit"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for lines, indicators in sizes:
            path = generate.write(Path(tmp) / f"r{lines}.{fmt}", lines, indicators)
            command = [*_akip_command(), "check", str(path)]
            parse = [sys.executable, "-c", _PARSE_ONLY[fmt], str(path)]
            answer = Path(tmp) / "arithmetic.json"
            recompute = [sys.executable, str(_ARITHMETIC), str(path), str(answer)]
            expected = arithmetic.reference(_parsed(path))
            times, peaks, codes = [], [], set()
            parse_times, parse_peaks = [], []
            arithmetic_times, arithmetic_peaks, exact = [], [], True
            for _ in range(rounds):
                seconds, peak, code = run_child(command, env)
                times.append(seconds)
                peaks.append(peak)
                codes.add(code)
                seconds, peak, _ = run_child(parse, env)
                parse_times.append(seconds)
                parse_peaks.append(peak)
                answer.unlink(missing_ok=True)
                seconds, peak, _ = run_child(recompute, env)
                arithmetic_times.append(seconds)
                arithmetic_peaks.append(peak)
                exact = exact and answer.exists() and json.loads(answer.read_text()) == expected
            s = spread(times)
            floor = spread(parse_times)
            least = spread(arithmetic_times)
            entry: dict[str, Any] = {
                "format": fmt,
                "budget_lines": lines,
                "indicators": indicators,
                "file_bytes": path.stat().st_size,
                "seconds": s,
                "peak_rss_mib": max(peaks),
                "exit": sorted(codes),
                # exit 0 or 1 is a finished check (1: errors found); 2 is a refused file.
                "checked": codes <= {0, 1},
                "parse_only": {"seconds": floor, "peak_rss_mib": max(parse_peaks)},
                "arithmetic_only": {
                    "seconds": least,
                    "peak_rss_mib": max(arithmetic_peaks),
                    "figures": expected["penyerapan"] + expected["sums"] + expected["capaian"],
                    "differing": len(expected["wrong"]),
                    "exact": exact,
                },
            }
            out.append(entry)
            print(
                f"   {lines:>8,} {indicators:>7,} {entry['file_bytes'] / 2**20:8.1f} "
                f"{s['min']:8.3f} {s['median']:8.3f} {s['max']:8.3f} "
                f"{entry['peak_rss_mib']:8.1f} {s['median'] / lines * 1e6:8.1f} "
                f"{floor['median']:8.3f} {max(parse_peaks):9.1f} "
                f"{least['median']:8.3f} {max(arithmetic_peaks):8.1f}  "
                f"{sorted(codes)}{'' if entry['checked'] else ' (refused)'}"
                f"{'' if exact else ' (arithmetic NOT EXACT)'}",
                flush=True,
            )
    return out


#: The goal of issue 14 for `akip check`: 10⁵ budget lines in ≤ 2 s and ≤ 200 MiB.
_CHECK_GOAL: Final = {"seconds": (100_000, 2.0), "peak_rss_mib": (100_000, 200.0)}


def plot_scaling(scaling: list[dict[str, Any]], path: Path) -> None:
    """Time and peak memory against budget lines, log-log, with a line of slope 1.

    One line per report format (entries of saved runs before the format was recorded are
    TOML, the default): results of a TOML and a JSON run can be merged into one file and
    drawn together with ``--replot``.
    """
    import matplotlib as mpl  # noqa: PLC0415 - only for --plot

    mpl.use("Agg")
    pyplot = importlib.import_module("matplotlib.pyplot")
    done = [e for e in scaling if e["checked"]]
    formats = sorted({e.get("format", "toml") for e in done})
    series = {f: [e for e in done if e.get("format", "toml") == f] for f in formats}
    if all(len(entries) < 2 for entries in series.values()):
        print("   (too few finished checks to plot)")
        return
    ticker = importlib.import_module("matplotlib.ticker")
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(9, 3.6), dpi=110)
    for axis, key, label in (
        (left, "seconds", "wall time (s, median)"),
        (right, "peak_rss_mib", "peak RSS (MiB)"),
    ):
        for fmt, entries in series.items():
            x = [e["budget_lines"] for e in entries]
            y = [e[key]["median"] if key == "seconds" else e[key] for e in entries]
            axis.loglog(x, y, "o-", label=f"akip check ({fmt.upper()})")
            floors = [e["parse_only"] for e in entries if "parse_only" in e]
            if len(floors) == len(entries):  # runs saved before the floor was measured: none
                z = [f["seconds"]["median"] if key == "seconds" else f[key] for f in floors]
                axis.loglog(x, z, "s--", label=f"only parse the file ({fmt.upper()}, stdlib)")
            least = [e["arithmetic_only"] for e in entries if "arithmetic_only" in e]
            if len(least) == len(entries):  # runs saved before this floor was measured: none
                z = [f["seconds"]["median"] if key == "seconds" else f[key] for f in least]
                axis.loglog(x, z, "^-.", label=f"only the arithmetic ({fmt.upper()})")
            # Slope 1 through the largest size: a linear cost would follow it all the way.
            axis.loglog(x, [y[-1] * v / x[-1] for v in x], ":", color="grey")
        axis.plot([], [], ":", color="grey", label="linear (slope 1)")
        goal = _CHECK_GOAL[key]
        axis.loglog([goal[0]], [goal[1]], "*", color="green", markersize=10, label="goal")
        axis.set_xlabel("budget lines (indicators = lines / 10)")
        axis.set_ylabel(label)
        for axis_of in (axis.xaxis, axis.yaxis):
            axis_of.set_major_formatter(ticker.FuncFormatter(lambda v, _: f"{v:,g}"))
            axis_of.set_minor_formatter(ticker.NullFormatter())
        axis.grid(visible=True, which="both", alpha=0.3)
        axis.legend(fontsize="small")
    figure.suptitle("akip check of generated reports (bench/generate.py)", fontsize="medium")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    print(f"   plot: {path.relative_to(ROOT)}")


# ---------------------------------------------------------------- 4. dask


def dask_part(n: int, rounds: int) -> dict[str, Any]:
    """``rollup_dask`` on 2 worker processes vs 1: the same input, every result checked.

    Both clusters hold the same *n* lines in the same partitions (persisted before the
    clock starts); each result must equal ``frame.rollup`` of the lines in the client.
    The workers start without distributed's ``MALLOC_TRIM_THRESHOLD_``. Then, on the one
    worker cluster, where the time goes (`_dask_profile`): what two workers can share and
    what they cannot, and the speed-up that split allows (Amdahl), which a loaded machine
    does not show in the race itself. In the same rounds, two CPU-bound tasks without data
    (`spin`) on each cluster: the speed-up this machine gives any work in the run.
    """
    dask = _module("dask")
    dd = _module("dask.dataframe")
    distributed = _module("distributed")
    print(f"\n4. dask: rollup_dask of {n:,} lines on a LocalCluster ({rounds} rounds)", flush=True)
    logging.getLogger("distributed").setLevel(logging.ERROR)
    dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None})
    lines = budget_lines(n)
    reference = frame.rollup(lines, unit="sen")
    # Partitions of 1,25 million lines (about 55 MB; dask suggests ~100 MB), an even number
    # so that both workers get as many: 8 at 10⁷ lines, one merge task.
    parts = 2 * max(2, n // 2_500_000)
    clients = {}
    for workers in (1, 2):
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: another cluster may hold 8787
            silence_logs=logging.ERROR,
        )
        client = distributed.Client(cluster, set_as_default=False)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Sending large graph": the data
            data = client.persist(dd.from_pandas(lines, npartitions=parts))
        with client.as_current():
            distributed.wait(data)
        clients[workers] = (cluster, client, data)
    # How many partitions each worker holds: rollup_dask works where the data are.
    held = {
        workers: sorted(
            collections.Counter(
                min(where) for where in client.who_has(data).values() if where
            ).values()
        )
        for workers, (_, client, data) in clients.items()
    }

    def on(workers: int) -> Callable[[], Any]:
        _, client, data = clients[workers]

        def run() -> Any:
            with client.as_current():
                return frame.rollup_dask(data, unit="sen")

        return run

    # The ceiling: two CPU-bound tasks that touch no data (`spin`), one per worker where
    # there are two, on the same clusters and in the same rounds. What 2 workers gain on
    # them is what this machine lets any work gain in this run.
    spin_n = _spin_size(_CEILING_TASK_S)

    def pair(workers: int) -> Callable[[], Any]:
        _, client, _ = clients[workers]
        addresses = sorted(client.scheduler_info()["workers"])

        def run() -> Any:
            futures = [
                client.submit(spin, spin_n, workers=[addresses[i % len(addresses)]], pure=False)
                for i in range(2)
            ]
            return client.gather(futures)

        return run

    contenders: dict[str, Callable[[], Any]] = {
        "rollup_dask 1 worker": on(1),
        "rollup_dask 2 workers": on(2),
        "2 CPU tasks, 1 worker": pair(1),
        "2 CPU tasks, 2 workers": pair(2),
    }

    def check(name: str, result: Any) -> str | None:
        if name.startswith("2 CPU tasks"):
            return None if result == [spin_sum(spin_n)] * 2 else "a wrong sum of squares"
        return None if result.equals(reference) else "differs from frame.rollup"

    try:
        results = race(contenders, check, rounds)
        _, client, data = clients[1]
        profile = _dask_profile(distributed, client, data, lines.iloc[: n // parts], rounds)
    finally:
        for cluster, client, _ in clients.values():
            client.close()
            cluster.close()
    _print_race(results, "rollup_dask 1 worker")
    speedup = (
        results["rollup_dask 1 worker"]["seconds"]["median"]
        / results["rollup_dask 2 workers"]["seconds"]["median"]
    )
    ceiling = (
        results["2 CPU tasks, 1 worker"]["seconds"]["median"]
        / results["2 CPU tasks, 2 workers"]["seconds"]["median"]
    )
    print(f"   partitions held per worker: 1 worker {held[1]}, 2 workers {held[2]}")
    print(
        f"   the machine's ceiling: two CPU-bound tasks without data (a pure-Python loop of "
        f"{spin_n:,} steps each) run {ceiling:.2f}× as fast on 2 workers as on 1"
    )
    print(
        f"   2 workers are {speedup:.2f}× faster than 1; target ≥ 1.8×: "
        f"{'met' if speedup >= 1.8 else 'MISSED'}"
    )
    print(
        f"   one worker: {profile['parallel_s']:.3f} s shareable (the sums "
        f"{profile['partial_task_s']['median'] * 1000:.1f} ms per task; `partial` of a "
        f"partition of {n // parts:,} lines {profile['client_partial_s'] * 1000:.1f} ms in "
        "the client), "
        f"{profile['serial_s']:.3f} s not (the client's combine "
        f"{profile['client_combine_s'] * 1000:.1f} ms, the last merge, the round trips): "
        f"Amdahl allows {profile['amdahl_2_workers']:.2f}× on 2 workers"
    )
    return {
        "lines": n,
        "partitions": parts,
        "held_per_worker": {str(k): v for k, v in held.items()},
        "contenders": results,
        "speedup_2_over_1": speedup,
        "ceiling": {"spin_steps": spin_n, "speedup_2_over_1": ceiling},
        "profile_1_worker": profile,
        "target": "2 workers ≥ 1.8× one, equal to frame.rollup",
        "target_met": speedup >= 1.8 and all(r["exact"] for r in results.values()),
    }


#: How long one task of the Dask part's ceiling runs, in the client (seconds): about the
#: share of each of two workers in the rollup of 10⁷ lines.
_CEILING_TASK_S: Final = 0.15


def spin(n: int) -> int:
    """A CPU-bound task that reads no data: the sum of i² for i < *n*, in pure Python."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def spin_sum(n: int) -> int:
    """What `spin` of *n* returns, by the closed form (n − 1)·n·(2n − 1) / 6."""
    return (n - 1) * n * (2 * n - 1) // 6 if n > 0 else 0


def _spin_size(seconds: float) -> int:
    """The *n* for which `spin` takes about *seconds* here (the least of 3 timings)."""
    probe = 100_000
    took = []
    for _ in range(3):
        start = time.perf_counter()
        spin(probe)
        took.append(time.perf_counter() - start)
    return max(probe, round(probe * seconds / min(took)))


def _dask_profile(
    distributed: Any, client: Any, data: Any, one_partition: pd.DataFrame, rounds: int
) -> dict[str, Any]:
    """Where the time of ``rollup_dask`` on one worker goes (medians over *rounds*).

    From distributed's task stream: the ``partial`` tasks and every merge but the last
    can run on two workers at once (*parallel*); the rest of the wall time (building the
    graph, the last merge, the round trips, ``combine`` in the client) cannot (*serial*).
    Amdahl's bound for two workers is then ``wall / (serial + parallel / 2)``.
    """
    walls, shares, partials, merges = [], [], [], []
    for _ in range(rounds):
        with client.as_current(), distributed.get_task_stream(client) as stream:
            start = time.perf_counter()
            frame.rollup_dask(data, unit="sen")
            walls.append(time.perf_counter() - start)
        # The sums of the partitions: one `_chunk_sums` task per worker thread for data held
        # by the cluster (its time divides between the threads), else one `partial` task
        # per partition and `_merge` tasks.
        spans: dict[str, list[float]] = {"partial": [], "_chunk_sums": [], "_merge": []}
        for task in stream.data:
            name = str(task["key"][0] if isinstance(task["key"], tuple) else task["key"])
            kind = next((k for k in spans if name.startswith(k)), None)
            if kind is not None:
                spans[kind].extend(
                    s["stop"] - s["start"] for s in task["startstops"] if s["action"] == "compute"
                )
        last_merge = max(spans["_merge"], default=0.0)  # the root runs alone
        shares.append(
            sum(spans["partial"]) + sum(spans["_chunk_sums"]) + sum(spans["_merge"]) - last_merge
        )
        partials.extend(spans["partial"] or spans["_chunk_sums"])
        merges.extend(spans["_merge"])
    sums = frame.partial(one_partition, unit="sen")
    whole = client.compute(
        data.map_partitions(frame.partial, unit="sen", meta=sums.iloc[:0])
    ).result()
    client_partial, client_combine = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        frame.partial(one_partition, unit="sen")
        client_partial.append(time.perf_counter() - start)
        start = time.perf_counter()
        frame.combine(whole)  # what the client merges and builds from the workers' sums
        client_combine.append(time.perf_counter() - start)
    wall, parallel = statistics.median(walls), statistics.median(shares)
    serial = max(wall - parallel, 0.0)
    return {
        "wall_s": wall,
        "parallel_s": parallel,
        "serial_s": serial,
        "partial_task_s": spread(partials),
        "merge_task_s": spread(merges) if merges else None,
        "client_partial_s": statistics.median(client_partial),
        "client_combine_s": statistics.median(client_combine),
        "amdahl_2_workers": wall / (serial + parallel / 2),
    }


# ---------------------------------------------------------------- the run


def machine() -> dict[str, Any]:
    """What machine the figures come from, and how loaded it was."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    versions = {}
    for name in ("pandas", "numpy", "pyarrow", "polars", "duckdb", "dask", "distributed"):
        try:
            versions[name] = importlib.import_module(name).__version__
        except ImportError:
            versions[name] = None
    return {
        "host": platform.node(),
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "python": sys.version.replace("\n", " "),
        "load_average": os.getloadavg(),
        "versions": versions,
    }


def _sizes(text: str) -> list[int]:
    return [int(float(part)) for part in text.split(",") if part]


def _pairs(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split(","):
        lines, _, indicators = part.partition(":")
        out.append((int(float(lines)), int(float(indicators or float(lines) / 10))))
    return out


def main(argv: list[str] | None = None) -> None:
    """Run the parts asked for, print the tables, save the JSON."""
    parser = argparse.ArgumentParser(
        description="The akip benchmark.", formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--parts",
        default="rollup,scalar,check,dask",
        help="comma-separated: rollup, scalar, check (= check_dumai, check_scaling), dask "
        "(default all)",
    )
    parser.add_argument(
        "--lines", default="1e6", help="rollup sizes, comma-separated (default 1e6; e.g. 1e6,1e7)"
    )
    parser.add_argument("--rounds", type=int, default=7, help="rounds of each race (default 7)")
    parser.add_argument(
        "--big-rounds",
        type=int,
        default=3,
        help="rounds at 10^7 lines and for the largest reports (default 3)",
    )
    parser.add_argument(
        "--indicators", type=int, default=20_000, help="indicators per scalar form (default 20000)"
    )
    parser.add_argument(
        "--reports",
        default="1e3:100,1e4:1000,1e5:10000",
        help="generated report sizes LINES:INDICATORS,... (default 1e3:100,1e4:1000,1e5:10000)",
    )
    parser.add_argument(
        "--format",
        choices=("toml", "json"),
        default="toml",
        help="generated report format (default toml)",
    )
    parser.add_argument(
        "--dask-lines",
        type=float,
        default=1e7,
        help="lines of the dask part (default 1e7, the goal's size)",
    )
    parser.add_argument(
        "--plot",
        action="store_true",
        help="write docs/assets/check-scaling.png from the scaling part",
    )
    parser.add_argument("--label", default="", help="a note saved with the results")
    parser.add_argument(
        "--replot", type=Path, help="only redraw the plot from a saved results JSON file"
    )
    args = parser.parse_args(argv)
    if args.replot:
        saved = json.loads(args.replot.read_text())
        plot_scaling(saved["check_scaling"], ROOT / "docs" / "assets" / "check-scaling.png")
        return
    parts = set(args.parts.split(","))

    print(
        f"akip benchmark, seed {SEED}, load average {os.getloadavg()[0]:.1f} "
        f"on {len(os.sched_getaffinity(0))} cores"
    )
    payload: dict[str, Any] = {"when": dt.datetime.now(dt.UTC).isoformat(), "label": args.label}
    load_at_start = os.getloadavg()
    payload["argv"] = sys.argv[1:] if argv is None else argv
    if "rollup" in parts:
        sizes = _sizes(args.lines)
        payload["rollup"] = [
            *rollup_part([s for s in sizes if s < 5_000_000], args.rounds),
            *rollup_part([s for s in sizes if s >= 5_000_000], args.big_rounds),
        ]
    if "scalar" in parts:
        payload["scalar"] = scalar_part(args.indicators, args.rounds)
    if parts & {"check", "check_dumai"}:
        payload["check_dumai"] = dumai_part(max(args.rounds, 11))
    if parts & {"check", "check_scaling"}:
        reports = _pairs(args.reports)
        payload["check_scaling"] = [
            *scaling_part([r for r in reports if r[0] < 50_000], args.rounds, args.format),
            *scaling_part([r for r in reports if r[0] >= 50_000], args.big_rounds, args.format),
        ]
        if args.plot:
            plot_scaling(payload["check_scaling"], ROOT / "docs" / "assets" / "check-scaling.png")
    if "dask" in parts:
        payload["dask"] = dask_part(int(args.dask_lines), args.big_rounds)
    payload["machine"] = machine()
    payload["machine"]["load_average_end"] = payload["machine"].pop("load_average")
    payload["machine"]["load_average"] = load_at_start
    info = payload["machine"]
    print(
        f"\nmachine: {info['cpu']}, {info['nproc']} cores, load {info['load_average'][0]:.1f} "
        f"→ {info['load_average_end'][0]:.1f}, Python {sys.version.split()[0]}"
    )
    stamp = dt.datetime.now(dt.UTC)
    out = ROOT / "bench" / "results" / f"{stamp:%Y%m%d-%H%M%S}-{platform.node()}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    print(f"saved {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
