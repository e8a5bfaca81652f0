"""dask (the budget rollup on a ``dask.dataframe``, summed where the partitions are).

`rollup_dask` runs `akip.frame.sums.partial` on every partition, on the workers, merges
the ``int64`` partial sums there too (`_merge`, eight at a time), and builds the
`decimal.Decimal` tree on the client (`akip.frame.tree.combine`): the result equals
`akip.frame.tree.rollup` of the whole table, to the sen. A frame the active
``distributed.Client`` holds in memory is summed by one task per worker thread
(`_chunk_results`, `_chunk_sums`). The functions sent to the workers are top-level
functions of this module, pickled by reference. Needs ``akip[dask]``.

References:
    - akip rules §3 (budget rollup: an exact combine step, sums before ratios).
    - Kepmendagri No. 050-5889 Tahun 2021 (the code tree).

Examples:
    Two partitions of one sub kegiatan each, Rp 10 of Rp 10 and Rp 20 of Rp 30: the
    urusan absorbs 30 / 40 = 75 %.

    >>> import dask.dataframe as dd
    >>> import pandas as pd
    >>> lines = pd.DataFrame({"kode": ["8.01.01.2.01.0001", "8.01.01.2.01.0002"],
    ...                       "pagu": [10, 30], "realisasi": [10, 20]})
    >>> rollup_dask(dd.from_pandas(lines, npartitions=2)).loc["8", "penyerapan"]
    Decimal('75')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd

from akip._validators import shown
from akip.exceptions import InvalidValue
from akip.frame.amounts import _check_total
from akip.frame.sums import (
    _NAME_PREFIX,
    _SUM_COLUMNS,
    _arguments,
    _by_key,
    _plain_sums,
    partial,
)
from akip.frame.tree import _tree, combine, rollup  # noqa: F401 - rollup: for the examples

if TYPE_CHECKING:
    from collections.abc import Mapping

    from akip.frame.sums import _Sums

__all__ = ["rollup_dask"]


def rollup_dask(
    frame: Any,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
    name: str | Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """`rollup` of a ``dask.dataframe.DataFrame``: `partial` per partition, then `combine`.

    Each partition is summed in int64 sen by `partial` on the workers; the partial sums
    are merged there too, eight at a time (int64 again, overflow checked), so the client
    receives one small frame of int64 sums per code, never a Decimal, and only builds the
    Decimal tree (`combine`). Without *by* and *name*, a frame whose partitions the
    active ``distributed.Client`` holds in memory (``client.persist``) is summed by one
    task per worker thread, each over partitions its worker holds (a partition moves only
    if its worker holds more than its threads' even share), and the client merges a few
    int64 arrays before it builds the tree as `rollup` does. Runs
    on whatever scheduler is active (a ``distributed.Client``, or dask's default). Needs
    ``akip[dask]``. The guide *Notebooks, DataFrames and Dask* says how to run it on a
    cluster.

    Examples:
        >>> import dask.dataframe as dd
        >>> import pandas as pd
        >>> lines = pd.DataFrame({"kode": ["8.01.01.2.01.0001", "8.01.01.2.01.0002"],
        ...                       "pagu": [10, 30], "realisasi": [10, 20]})
        >>> tree = rollup_dask(dd.from_pandas(lines, npartitions=2))
        >>> tree.equals(rollup(lines)), tree.loc["8", "penyerapan"]
        (True, Decimal('75'))
    """
    meta = getattr(frame, "_meta", None)
    if not isinstance(meta, pd.DataFrame) or not hasattr(frame, "map_partitions"):
        msg = f"'frame' must be a dask DataFrame, not {type(frame).__name__}: {shown(frame)}"
        raise InvalidValue(msg)
    from dask.delayed import delayed  # noqa: PLC0415 - akip[dask], needed here only

    options: dict[str, Any] = {
        "kode": kode,
        "pagu": pagu,
        "realisasi": realisasi,
        "unit": unit,
        "by": by,
        "name": name,
    }
    empty = partial(meta, **options)  # checks the options before anything runs
    if by is None and name is None:
        located = _located(frame)
        if located is not None:  # in the workers' memory: one task per worker thread
            return _tree(*_merged(_chunk_results(*located, options)), {})
    parts = list(frame.map_partitions(partial, **options, meta=empty).to_delayed())
    merge = delayed(_merge, pure=True)
    while len(parts) > 1:
        parts = [
            merge(parts[start : start + _MERGE_FAN_IN])
            for start in range(0, len(parts), _MERGE_FAN_IN)
        ]
    return combine(parts[0].compute())  # a dask frame has at least one partition


_MERGE_FAN_IN: Final = 8  # partial results merged by one task of `rollup_dask`


def _located(frame: Any) -> tuple[Any, list[Any]] | None:
    """The active ``distributed.Client`` and the future of each partition, or ``None``.

    Only for a frame whose partitions are all held by the cluster as they are (a persisted
    frame: each partition's task is an alias of a future). Then `rollup_dask` sends its
    work to where the data are, in as few tasks as the workers have threads: per task one
    scheduling round trip less, and nothing moves but the partial sums.
    """
    try:
        from dask._task_spec import Alias  # noqa: PLC0415 - akip[dask], needed here only
        from dask.base import get_scheduler  # noqa: PLC0415
        from distributed import Client, futures_of  # noqa: PLC0415
    except ImportError:  # pragma: no cover - dask without distributed: dask's own path
        return None
    scheduler = get_scheduler(collections=[frame])  # type: ignore[no-untyped-call]
    client = getattr(scheduler, "__self__", None)
    if not isinstance(client, Client):
        return None
    futures = {f.key: f for f in futures_of(frame)}  # type: ignore[no-untyped-call]
    if not futures:  # nothing held: no graph to read
        return None
    graph = frame.__dask_graph__()
    held = []
    for key in frame.__dask_keys__():
        task = graph.get(key)
        if (
            not isinstance(task, Alias)
            or task.target not in futures
            or futures[task.target].client is not client  # held by another cluster
        ):
            return None
        held.append(futures[task.target])
    return client, held


def _chunk_results(client: Any, held: list[Any], options: dict[str, Any]) -> list[_Sums]:
    """The partitions' sums, one task per worker thread, over the partitions it holds.

    Each worker's partitions are dealt to its threads in turn, each thread up to its even
    share of all the partitions; what a worker holds beyond its threads' shares (and a
    partition still being computed, which no worker holds yet) goes to the threads with
    the fewest, whose worker then fetches it. A task sums its partitions one by one
    (`_chunk_sums`).
    """
    holders = client.who_has(held)
    threads = client.nthreads()
    slots = [(worker, n) for worker in sorted(threads) for n in range(threads[worker])]
    if not slots:  # no worker yet: the scheduler places the one task
        slots = [("", 0)]
    share = -(-len(held) // len(slots))  # the even share of a thread, rounded up
    chunks: dict[tuple[str, int], list[Any]] = {slot: [] for slot in slots}
    dealt: dict[str, int] = {}  # partitions dealt so far per worker
    spilled = []
    for future in held:
        worker = min(holders.get(future.key) or ("",))
        number = dealt[worker] = dealt.get(worker, -1) + 1
        slot = (worker, number % max(1, int(threads.get(worker, 0))))
        if slot in chunks and len(chunks[slot]) < share:
            chunks[slot].append(future)
        else:
            spilled.append(future)
    for future in spilled:
        min(chunks.values(), key=len).append(future)
    tasks = [
        client.submit(
            _chunk_sums,
            futures,
            options,
            pure=False,
            **({"workers": [worker], "allow_other_workers": True} if worker else {}),
        )
        for (worker, _), futures in chunks.items()
        if futures
    ]
    results: list[_Sums] = client.gather(tasks)
    return results


def _chunk_sums(parts: list[pd.DataFrame], options: dict[str, Any]) -> _Sums:
    """The int64 sums per code of several partitions (`partial` of each, then merged)."""
    sums = []
    for part in parts:
        data, chosen, _, _, columns = _arguments(part, **options)
        sums.append(_plain_sums(data, *columns, chosen))
    return _merged(sums)


def _merged(parts: list[_Sums]) -> _Sums:
    """Sorted keys and int64 sums from several: each key once, its sums added (`_merge`).

    The total of the sums is checked against overflow first, as `combine` does.
    """
    if len(parts) == 1:
        keys, sums = parts[0]
    else:
        keys = np.concatenate([k for k, _ in parts])
        sums = {c: np.concatenate([s[c] for _, s in parts]) for c in _SUM_COLUMNS}
    stacked = range(len(keys))  # what the message counts: the rows of partial sums
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, sums[column], column)
    if len(parts) == 1:
        return keys, sums
    return _by_key(keys, sums)


def _merge(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Several `partial` results as one: each (group, key, names) once, its sums added.

    The int64 sums are exact: their total is checked against overflow first, as `combine`
    does.
    """
    stacked = pd.concat(parts)
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, stacked[column].to_numpy(dtype=np.int64), column)
    names = [c for c in stacked.columns if str(c).startswith(_NAME_PREFIX)]
    if not names and not isinstance(stacked.index, pd.MultiIndex):  # keys only: numpy
        keys, sums = _by_key(
            stacked.index.to_numpy(dtype=np.int64),
            {c: stacked[c].to_numpy(dtype=np.int64) for c in _SUM_COLUMNS},
        )
        return pd.DataFrame(sums, index=pd.Index(keys, name="key", dtype=np.int64))
    levels = list(stacked.index.names)
    summed = stacked.groupby([*levels, *names], sort=True, observed=True, dropna=False)[
        list(_SUM_COLUMNS)
    ].sum()
    if names:
        summed = summed.reset_index(level=names)
    return summed[[*_SUM_COLUMNS, *names]].astype(dict.fromkeys(_SUM_COLUMNS, np.int64))
