"""Dask: the 050-5889 budget rollup of akip.frame on a partitioned dask.dataframe.

Each partition is summed in int64 sen by ``akip.frame.partial`` (``map_partitions``); the
small per-partition sums are combined exactly by ``akip.frame.combine``. The result equals
``akip.frame.rollup`` of the whole table, to the sen. Run with
``.venv/bin/python examples/dask_rollup.py [pemda] [workers]`` (needs ``akip[dask]``);
with a scheduler address as a third argument it runs on that cluster instead of a local
one.

The data are the synthetic national file of ``national.py`` (seeded), 8 pemda by default.

distributed sets ``MALLOC_TRIM_THRESHOLD_=65536`` in every worker it spawns; setting that
variable turns off glibc's adaptive mmap threshold, so every large array a worker allocates
is mapped and unmapped afresh, and ``partial`` ran markedly slower in a worker than in the
client. The example unsets it for its local workers.
"""

from __future__ import annotations

import sys
import time
from typing import cast

import dask
import dask.dataframe as dd
from distributed import Client, LocalCluster
from national import NAMES, national_lines

from akip import format_percent, format_rupiah, frame


def main() -> None:
    """Roll the lines up on a local cluster (or the one given) and compare with pandas."""
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2  # noqa: PLR2004
    address = sys.argv[3] if len(sys.argv) > 3 else None  # noqa: PLR2004
    lines = national_lines(size)
    parts = dd.from_pandas(lines, npartitions=4 * workers)
    dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None})
    if address is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(address)
    with client:
        start = time.perf_counter()
        trees = frame.rollup_dask(parts, by="pemda", name=NAMES)
        seconds = time.perf_counter() - start
    assert trees.equals(frame.rollup(lines, by="pemda", name=NAMES))  # noqa: S101 - the point
    urusan = trees[trees["level"] == "urusan"]
    for label, row in urusan.head(8).iterrows():
        pemda, kode = cast("tuple[str, str]", label)
        print(
            f"{pemda:14} {kode}  pagu {format_rupiah(row['pagu'], 2):>26}  "
            f"penyerapan {format_percent(row['penyerapan'])}"
        )
    print(f"{len(lines)} lines, {len(trees)} nodes in {seconds:.2f} s on {workers} workers.")
    print("Dask result == pandas result, exact to the sen.")


if __name__ == "__main__":
    main()
