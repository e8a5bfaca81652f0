"""The akip benchmark (``make bench``; not part of ``make test``).

Prints, in one run, side by side:

1. rollup of 1,000,000 sub kegiatan lines (full 050-5889 codes, amounts with sen) into the
   code tree: ``akip.frame.rollup`` vs pandas int64 groupby-sum vs pandas float64
   groupby-sum vs a plain per-row Decimal dict loop — time, peak memory (tracemalloc, a
   separate run), ratios, and whether each result is exact to the sen;
2. scalar ``capaian.compute`` + ``predikat.classify`` per indicator vs the bare Decimal
   expression, per second (best of ``SCALAR_ROUNDS`` interleaved rounds each);
3. ``akip check`` of the example report, whole-process wall time: the median of
   ``CHECK_RUNS`` runs, with the best and worst, with akip's bytecode cached (warm, the
   target) and with every module compiled from source (cold).

The data are synthetic and seeded. Results go to ``bench/results/<date>-<host>.json``.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa

import akip
from akip import capaian, frame, predikat

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
LINES = 1_000_000
INDICATORS = 20_000
SCALAR_ROUNDS = 7  # interleaved rounds of the scalar part
CHECK_RUNS = 7  # whole-process runs of `akip check`; the median is the figure
SEED = 20240601
PREFIXES = (1, 4, 7, 12, 17)  # urusan, bidang, program, kegiatan, sub kegiatan


# ---------------------------------------------------------------- data


def nomenclature(rng: np.random.Generator) -> list[str]:
    """An illustrative 050-5889 code tree: ~35 bidang, ~6 programs, ~5 kegiatan, ~8 sub each."""
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


def budget_lines(n: int, seed: int = SEED) -> tuple[pd.DataFrame, int]:
    """*n* lines drawn (skewed) from the tree; pagu and realisasi in int64 sen."""
    rng = np.random.default_rng(seed)
    codes = np.array(nomenclature(rng), dtype=object)
    weights = rng.pareto(1.5, len(codes)) + 1
    pick = rng.choice(len(codes), size=n, p=weights / weights.sum())
    # Pagu: from Rp 1 juta to a few miliar, with sen; realisasi 0–110 % of it, with sen.
    pagu = (np.exp(rng.normal(18.5, 1.6, n)).astype(np.int64) + 1_000_000) * 100
    pagu += rng.integers(0, 100, n)
    realisasi = pagu // 100 * rng.integers(0, 111, n) + rng.integers(0, 100, n)
    lines = pd.DataFrame(
        {"kode": pd.Series(codes[pick], dtype="str"), "pagu": pagu, "realisasi": realisasi}
    )
    return lines, len(codes)


# ---------------------------------------------------------------- measuring


def timed(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Best wall time of *repeat* runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def peak_mib(run: Callable[[], Any]) -> float:
    """Peak memory while *run* runs: tracemalloc's peak plus the peak of Arrow's pool.

    tracemalloc sees Python and numpy allocations; pandas string operations allocate in
    Arrow's memory pool, which a fresh proxy pool counts. The sum of the two peaks is an
    upper bound of the true combined peak.
    """
    gc.collect()
    previous = pa.default_memory_pool()
    pool = pa.proxy_memory_pool(previous)
    pa.set_memory_pool(pool)
    tracemalloc.start()
    try:
        run()
        return float(tracemalloc.get_traced_memory()[1] + pool.max_memory()) / 2**20
    finally:
        tracemalloc.stop()
        pa.set_memory_pool(previous)


# ---------------------------------------------------------------- 1. the rollup


def by_pandas(lines: pd.DataFrame, pagu: str, realisasi: str) -> dict[str, pd.DataFrame]:
    """Groupby-sum per level on the code prefix: what an analyst writes in pandas."""
    return {
        str(width): lines.groupby(lines["kode"].str[:width])[[pagu, realisasi]].sum()
        for width in PREFIXES
    }


def by_decimal_loop(rows: list[tuple[str, Decimal, Decimal]]) -> dict[str, list[Decimal]]:
    """A plain per-row loop adding Decimal rupiah into a dict per code prefix."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for kode, pagu, realisasi in rows:
        for width in PREFIXES:
            node = sums[kode[:width]]
            node[0] += pagu
            node[1] += realisasi
    return sums


def exact_misses(reference: dict[str, list[Decimal]], got: dict[str, tuple[Any, Any]]) -> int:
    """Nodes whose pagu or realisasi differs from the exact Decimal sums.

    A float is read by its shortest repr (what it prints as), so a float sum counts as exact
    when it prints as the exact sum.
    """
    misses = 0
    for kode, (pagu, realisasi) in reference.items():
        other = got.get(kode)
        if other is None or other != (pagu, realisasi):
            misses += 1
    return misses + len(set(got) - set(reference))


def flatten(tables: dict[str, pd.DataFrame], scale: Callable[[Any], Any]) -> dict[str, Any]:
    """Group tables of a pandas contender as code → (pagu, realisasi)."""
    return {
        str(kode): (scale(row.iloc[0]), scale(row.iloc[1]))
        for table in tables.values()
        for kode, row in table.iterrows()
    }


def rollup_bench() -> dict[str, Any]:
    """Part 1: the rollup, four ways."""
    lines, distinct = budget_lines(LINES)
    floats = lines.assign(pagu=lines["pagu"] / 100, realisasi=lines["realisasi"] / 100)
    rows = [
        (k, Decimal(p).scaleb(-2), Decimal(r).scaleb(-2))
        for k, p, r in zip(
            lines["kode"].tolist(),
            lines["pagu"].tolist(),
            lines["realisasi"].tolist(),
            strict=True,
        )
    ]
    contenders: dict[str, Callable[[], Any]] = {
        "akip": lambda: frame.rollup(lines, unit="sen"),
        "pandas int64": lambda: by_pandas(lines, "pagu", "realisasi"),
        "pandas float64": lambda: by_pandas(floats, "pagu", "realisasi"),
        "Decimal loop": lambda: by_decimal_loop(rows),
    }
    results: dict[str, dict[str, Any]] = {}
    outputs: dict[str, Any] = {}
    for name, run in contenders.items():
        seconds, outputs[name] = timed(run, 1 if name == "Decimal loop" else 3)
        results[name] = {"seconds": seconds}
        print(f"  {name:<15} {seconds:8.3f} s", flush=True)
    for name, run in contenders.items():
        results[name]["peak_mib"] = peak_mib(run)

    reference = outputs["Decimal loop"]
    akip_nodes = {str(k): (r["pagu"], r["realisasi"]) for k, r in outputs["akip"].iterrows()}
    sen = lambda v: Decimal(int(v)).scaleb(-2)  # noqa: E731 - int64 sen → rupiah
    results["akip"]["exact_misses"] = exact_misses(reference, akip_nodes)
    results["pandas int64"]["exact_misses"] = exact_misses(
        reference, flatten(outputs["pandas int64"], sen)
    )
    results["pandas float64"]["exact_misses"] = exact_misses(
        reference, flatten(outputs["pandas float64"], lambda v: Decimal(repr(float(v))))
    )
    results["Decimal loop"]["exact_misses"] = 0
    for entry in results.values():
        entry["exact"] = entry["exact_misses"] == 0
    akip, pandas_int, loop = (
        results[n]["seconds"] for n in ("akip", "pandas int64", "Decimal loop")
    )
    return {
        "lines": LINES,
        "distinct_sub_kegiatan": distinct,
        "nodes": len(reference),
        "memory_method": "tracemalloc peak + Arrow memory pool peak",
        "contenders": results,
        "ratio_akip_to_pandas_int64": akip / pandas_int,
        "ratio_akip_to_decimal_loop": akip / loop,
        "target_met": akip <= 2 * pandas_int and akip <= loop / 10,
    }


# ---------------------------------------------------------------- 2. scalar rules


def scalar_bench() -> dict[str, Any]:
    """Part 2: scalar capaian + predikat against the bare expression."""
    rng = np.random.default_rng(SEED)
    pairs = [
        (Decimal(int(t)), Decimal(int(r)).scaleb(-2))
        for t, r in zip(
            rng.integers(1, 1000, INDICATORS), rng.integers(0, 150_000, INDICATORS), strict=True
        )
    ]
    hundred, edges = Decimal(100), (Decimal(51), Decimal(66), Decimal(76), Decimal(91))

    def bare() -> list[int]:
        out = []
        for target, realisasi in pairs:
            value = realisasi / target * hundred
            out.append(sum(value >= edge for edge in edges))
        return out

    def akip() -> list[predikat.Predikat]:
        return [predikat.classify(capaian.compute(t, r)) for t, r in pairs]

    # Interleaved rounds, best of each: on a shared machine the load changes within seconds,
    # and a ratio of two timings taken at different moments would measure the load.
    bare_s = akip_s = float("inf")
    for _ in range(SCALAR_ROUNDS):
        seconds, bare_out = timed(bare, 1)
        bare_s = min(bare_s, seconds)
        seconds, akip_out = timed(akip, 1)
        akip_s = min(akip_s, seconds)
    ranks = [4 - list(predikat.Predikat).index(level) for level in akip_out]
    return {
        "indicators": INDICATORS,
        "bare_per_second": INDICATORS / bare_s,
        "akip_per_second": INDICATORS / akip_s,
        "ratio": akip_s / bare_s,
        "same_bands": ranks == bare_out,
        "target_met": akip_s <= 3 * bare_s,
    }


# ---------------------------------------------------------------- 3. akip check


def _check_command(report: Path) -> list[str]:
    """``akip check REPORT``: the installed command, or ``python -m akip`` without one."""
    script = Path(sys.executable).with_name("akip")
    if script.exists():
        return [str(script), "check", str(report)]
    return [sys.executable, "-m", "akip", "check", str(report)]


def _time_check(report: Path, env: dict[str, str]) -> dict[str, Any]:
    """Whole-process wall times of `CHECK_RUNS` runs of ``akip check`` in *env*."""
    times, codes = [], set()
    for _ in range(CHECK_RUNS):
        start = time.perf_counter()
        done = subprocess.run(  # noqa: S603
            _check_command(report),
            capture_output=True,
            check=False,
            env=env,
        )
        times.append(time.perf_counter() - start)
        codes.add(done.returncode)
    return {
        "seconds": statistics.median(times),
        "seconds_best": min(times),
        "seconds_worst": max(times),
        "returncodes": sorted(codes),
    }


def check_bench() -> dict[str, Any]:
    """Part 3: `akip check` of the example report, whole process, warm and cold.

    Warm: Python's bytecode cache of akip is in place, as after ``pip install`` (which
    compiles the package) or after a first run; this is the figure the target is judged on.
    Cold: akip's own modules are compiled from source on every run (their bytecode cache
    removed and not rewritten), as in a source checkout with ``PYTHONDONTWRITEBYTECODE``.
    Shown for information.
    """
    report = ROOT / "examples" / "dumai-2024.toml"
    probe = subprocess.run(
        [sys.executable, "-m", "akip", "check", "--help"],
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    if not report.exists() or probe.returncode != 0:
        return {"available": False}
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    warm_env.pop("PYTHONPYCACHEPREFIX", None)
    subprocess.run(  # noqa: S603 - the first run writes the bytecode cache
        _check_command(report),
        capture_output=True,
        check=False,
        env=warm_env,
    )
    warm = _time_check(report, warm_env)
    for cache in Path(akip.__file__).parent.glob("**/__pycache__"):
        shutil.rmtree(cache)
    cold = _time_check(report, warm_env | {"PYTHONDONTWRITEBYTECODE": "1"})
    return {
        "available": True,
        "command": " ".join(Path(arg).name for arg in _check_command(report)),
        "runs": CHECK_RUNS,
        **warm,
        "cold": cold,
        "target_met": warm["seconds"] < 0.2,
    }


# ---------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    """What machine the figures come from."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "python": sys.version.replace("\n", " "),
        "cpu": cpu,
        "pandas": pd.__version__,
        "numpy": np.__version__,
    }


def main() -> None:
    """Run the three parts, print the table, save the JSON."""
    print(f"akip benchmark — {LINES:,} lines, seed {SEED}\n")
    print("1. rollup into the 050-5889 code tree (timing runs):")
    rollup = rollup_bench()
    print(
        f"\n   {rollup['lines']:,} lines, {rollup['distinct_sub_kegiatan']:,} distinct sub "
        f"kegiatan codes, {rollup['nodes']:,} tree nodes"
    )
    print(f"   peak memory: {rollup['memory_method']}")
    print(f"   {'contender':<15} {'time s':>8} {'peak MiB':>9} {'× akip':>7}  exact to the sen")
    akip_s = rollup["contenders"]["akip"]["seconds"]
    for name, entry in rollup["contenders"].items():
        exact = "yes" if entry["exact"] else f"NO ({entry['exact_misses']:,} nodes off)"
        print(
            f"   {name:<15} {entry['seconds']:8.3f} {entry['peak_mib']:9.1f} "
            f"{entry['seconds'] / akip_s:7.2f}  {exact}"
        )
    print(
        f"   target ≤ 2× pandas int64 ({rollup['ratio_akip_to_pandas_int64']:.2f}×) and "
        f"≤ 1/10 of the Decimal loop ({rollup['ratio_akip_to_decimal_loop']:.3f}×): "
        f"{'met' if rollup['target_met'] else 'MISSED'}"
    )

    scalar = scalar_bench()
    print("\n2. capaian.compute + predikat.classify per indicator:")
    print(f"   bare Decimal expression {scalar['bare_per_second']:12,.0f} /s")
    print(f"   akip                    {scalar['akip_per_second']:12,.0f} /s")
    print(
        f"   ratio {scalar['ratio']:.2f}× (same bands: {scalar['same_bands']}); target ≤ 3×: "
        f"{'met' if scalar['target_met'] else 'MISSED'}"
    )

    check = check_bench()
    print("\n3. akip check examples/dumai-2024.toml, whole process:")
    if check["available"]:
        cold = check["cold"]
        print(
            f"   warm (bytecode cached): median of {check['runs']} runs {check['seconds']:.3f} s "
            f"(best {check['seconds_best']:.3f}, worst {check['seconds_worst']:.3f}; exit "
            f"{check['returncodes']}); target < 0.2 s: "
            f"{'met' if check['target_met'] else 'MISSED'}"
        )
        print(
            f"   cold (akip compiled from source): median {cold['seconds']:.3f} s (best "
            f"{cold['seconds_best']:.3f}, worst {cold['seconds_worst']:.3f})"
        )
    else:
        print("   not available yet (no `akip check` command or example report in this tree)")

    info = machine()
    print(f"\nmachine: {info['cpu']}, nproc {info['nproc']}, Python {info['python']}")
    stamp = dt.datetime.now(dt.UTC)
    out = ROOT / "bench" / "results" / f"{stamp:%Y%m%d-%H%M%S}-{platform.node()}.json"
    out.parent.mkdir(exist_ok=True)
    payload = {"when": stamp.isoformat(), "machine": info, "rollup": rollup}
    payload |= {"scalar": scalar, "check": check}
    out.write_text(json.dumps(payload, indent=2) + "\n")
    print(f"saved {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
