"""Dask: the 050-5889 budget rollup of akip.frame on a partitioned dask.dataframe.

Each partition is summed in int64 sen by ``akip.frame.partial`` (``map_partitions``); the
small per-partition sums are combined exactly by ``akip.frame.combine``. The result equals
``akip.frame.rollup`` of the whole table, to the sen. Run with
``.venv/bin/python examples/dask_rollup.py`` (needs ``akip[dask]``).

The data are synthetic (seeded): 200,000 lines over an illustrative code tree.
"""

from __future__ import annotations

import dask.dataframe as dd
import numpy as np
import pandas as pd
from distributed import Client, LocalCluster

from akip import format_percent, format_rupiah, frame


def synthetic_lines(n: int, seed: int = 6) -> pd.DataFrame:
    """*n* budget lines with full 050-5889 codes and amounts in whole sen (as rupiah text)."""
    rng = np.random.default_rng(seed)
    program = rng.integers(1, 9, n)
    kegiatan = rng.integers(1, 6, n)
    sub = rng.integers(1, 13, n)
    codes = [
        f"1.02.{p:02d}.2.{k:02d}.{s:04d}" for p, k, s in zip(program, kegiatan, sub, strict=True)
    ]
    pagu = rng.integers(1_000_000_00, 5_000_000_000_00, n)
    realisasi = pagu * rng.integers(40, 101, n) // 100
    return pd.DataFrame({"kode": codes, "pagu": pagu, "realisasi": realisasi})


def main() -> None:
    """Roll the lines up on a one-worker local cluster and compare with pandas."""
    lines = synthetic_lines(200_000)
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False) as cluster,
        Client(cluster),
    ):
        tree = frame.rollup_dask(dd.from_pandas(lines, npartitions=8), unit="sen")
    assert tree.equals(frame.rollup(lines, unit="sen"))  # noqa: S101 - the point of the demo
    programs = tree[tree["level"] == "program"]
    for kode, row in programs.iterrows():
        print(
            f"{kode}  pagu {format_rupiah(row['pagu'], 2):>26}  "
            f"realisasi {format_rupiah(row['realisasi'], 2):>26}  "
            f"penyerapan {format_percent(row['penyerapan'])}"
        )
    print("Dask result == pandas result, exact to the sen.")


if __name__ == "__main__":
    main()
