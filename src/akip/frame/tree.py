"""tree (pohon anggaran: budget lines rolled up the 050-5889 code tree, exactly).

`rollup` rolls budget lines up the code tree of Kepmendagri 050-5889/2021: urusan,
bidang, program, kegiatan, sub kegiatan, one row per code at every level. `combine` is
its exact combine step over `akip.frame.sums.partial` results (one per partition, in any
order). Amounts are summed in ``int64`` sen and each node's penyerapan is recomputed from
its own sums, never the mean of its children's percentages; a node keeps the name printed
most often for its code, and a code printed with different names is flagged
``conflicting names`` (`akip.anggaran.FlagKind.CONFLICTING_NAMES`).

References:
    - Kepmendagri No. 050-5889 Tahun 2021 (code structure of program, kegiatan, sub
      kegiatan).
    - akip rules §3 (budget rollup: penyerapan of a node from its sums).

Examples:
    Two sub kegiatan of one program, 75 % and 0 % absorbed: the program absorbs
    (75 + 0) / (100 + 300) = 18,75 %, not the mean 37,5 %.

    >>> import pandas as pd
    >>> lines = pd.DataFrame({"kode": ["7.01.01.2.01.0001", "7.01.01.2.02.0003"],
    ...                       "pagu": [100, 300], "realisasi": [75, 0]})
    >>> rollup(lines).loc["7.01.01", "penyerapan"]
    Decimal('18.75')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, cast

import numpy as np
import pandas as pd
import pyarrow as pa

from akip._validators import shown
from akip.exceptions import InvalidValue
from akip.frame._cells import _arrow_texts, _frame
from akip.frame.amounts import _INT64_MAX, _amounts, _check_total, _flags
from akip.frame.codes import _DIGITS, _DROP, LEVELS, _code_texts
from akip.frame.sums import (
    _NAME_PREFIX,
    _SUM_COLUMNS,
    _arguments,
    _plain_sums,
    _starts,
    _sums,
    partial,
)
from akip.numbers import round_half_up  # noqa: F401 - for the examples

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["combine", "rollup"]


# Grouped keys are group number × 10¹² + the 12-digit code key, within int64.
_KEY_SPAN: Final = 10 ** len(_DIGITS)
_MAX_GROUPS: Final = _INT64_MAX // _KEY_SPAN - 1


def _partials(partials: object) -> list[pd.DataFrame]:
    if isinstance(partials, pd.DataFrame):
        parts = [partials]
    elif isinstance(partials, str | bytes) or not hasattr(partials, "__iter__"):
        msg = (
            "'partials' must be a partial() DataFrame or an iterable of them, "
            f"not {type(partials).__name__}: {shown(partials)}"
        )
        raise InvalidValue(msg)
    else:
        parts = [_frame(p, "partials") for p in cast("Iterable[object]", partials)]
    for part in parts:
        index_names = list(part.index.names)
        if (
            "key" not in index_names
            or index_names[-1] != "key"
            or any(c not in part.columns for c in _SUM_COLUMNS)
        ):
            msg = f"'partials' must be results of partial(): {shown(part)}"
            raise InvalidValue(msg)
    return parts


def combine(partials: pd.DataFrame | Iterable[pd.DataFrame]) -> pd.DataFrame:
    """The exact combine step: sum `partial` results and build the whole code tree.

    Args:
        partials: One `partial` result, or several (one per partition), in any order. Made
            with ``by``, they give one tree per group.

    Returns:
        One row per code at every level, indexed by the code text (``"7.01.01"``), sorted by
        code, after the ``by`` columns if any: ``name`` (the name printed most often for
        the code, ``<NA>`` if none), ``level``, ``lines`` and the columns of `penyerapan`
        (``pagu``, ``realisasi``, ``sisa``, ``penyerapan``, ``flag``), every percentage
        recomputed from the node's exact sums. A code printed with different names is
        flagged ``conflicting names`` (`akip.anggaran.FlagKind.CONFLICTING_NAMES`).

    Examples:
        >>> import pandas as pd
        >>> half = pd.DataFrame({"kode": ["8.01.01.2.01.0001"], "pagu": [2], "realisasi": [1]})
        >>> tree = combine([partial(half), partial(half)])
        >>> tree[["level", "lines", "pagu", "penyerapan"]].head(2)
               level  lines  pagu penyerapan
        kode
        8     urusan      2  4.00         50
        8.01  bidang      2  4.00         50
    """
    parts = _partials(partials)
    if len(parts) == 1:
        stacked = parts[0]
    elif parts:
        stacked = pd.concat(parts)
    else:
        stacked = pd.DataFrame(
            {c: np.zeros(0, dtype=np.int64) for c in _SUM_COLUMNS},
            index=pd.Index([], name="key", dtype=np.int64),
        )
    for column in ("pagu_sen", "realisasi_sen"):
        _check_total(stacked, stacked[column].to_numpy(dtype=np.int64), column)
    keys = stacked.index.get_level_values(-1).to_numpy(dtype=np.int64)
    sums = {c: stacked[c].to_numpy(dtype=np.int64) for c in _SUM_COLUMNS}
    labels = {
        str(c)[len(_NAME_PREFIX) :]: stacked[c].to_numpy(dtype=object)
        for c in stacked.columns
        if str(c).startswith(_NAME_PREFIX)
    }
    if not isinstance(stacked.index, pd.MultiIndex):
        return _tree(keys, sums, labels)
    # One pass for every group: the group's number goes in front of the 12 code digits.
    by_names = list(stacked.index.names[:-1])
    number, groups = stacked.index.droplevel(-1).factorize(sort=True)
    if len(groups) > _MAX_GROUPS:
        msg = f"'by' makes too many groups for one combine (split the data): {len(groups)}"
        raise InvalidValue(msg)
    tree = _tree(number.astype(np.int64) * _KEY_SPAN + keys, sums, labels, grouped=True)
    group_labels = cast("pd.Index[Any]", groups).take(
        tree.index.get_level_values(0).to_numpy(dtype=np.int64)
    )
    tree.index = pd.MultiIndex.from_arrays(
        [
            *(group_labels.get_level_values(i) for i in range(group_labels.nlevels)),
            tree.index.get_level_values(1),
        ],
        names=[*by_names, "kode"],
    )
    return tree


def _level_names(
    parent: np.ndarray[Any, Any],
    names: np.ndarray[Any, Any],
    lines: np.ndarray[Any, Any],
    level_keys: np.ndarray[Any, Any],
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """For each of *level_keys*: the name printed on most lines, and whether it has several.

    *parent* and *names* are aligned with the partial sums, *lines* their line counts. A
    tie goes to the name first in sort order, so the row order never matters; a key with
    no name gets ``None``.
    """
    chosen = np.full(len(level_keys), None, dtype=object)
    several = np.zeros(len(level_keys), dtype=bool)
    present = ~pd.isna(names)
    if not present.any():
        return chosen, several
    texts = names[present]
    if pd.api.types.infer_dtype(texts, skipna=False) != "string":
        texts = np.array([str(t) for t in texts], dtype=object)
    number, uniques = pd.factorize(texts, sort=True)  # number order is text order
    table = pd.DataFrame({"key": parent[present], "name": number, "lines": lines[present]})
    counted = table.groupby(["key", "name"], sort=False)["lines"].sum().reset_index()
    counted = counted.sort_values(
        ["key", "lines", "name"], ascending=[True, False, True], kind="stable"
    )
    keys = counted["key"].to_numpy()
    first = np.r_[True, keys[1:] != keys[:-1]]
    best_keys = keys[first]
    best_names = np.asarray(uniques, dtype=object)[counted["name"].to_numpy()[first]]
    counts = np.diff(np.r_[np.flatnonzero(first), len(keys)])
    where = np.searchsorted(best_keys, level_keys)
    hit = where < len(best_keys)
    hit[hit] = best_keys[where[hit]] == level_keys[hit]
    chosen[hit] = best_names[where[hit]]
    several[hit] = counts[where[hit]] > 1
    return chosen, several


def _tree(
    keys: np.ndarray[Any, Any],
    sums: dict[str, np.ndarray[Any, Any]],
    labels: dict[str, np.ndarray[Any, Any]],
    *,
    grouped: bool = False,
) -> pd.DataFrame:
    """The code tree of partial sums (overflow checked by the caller).

    *keys* are the 12-digit code keys or, *grouped*, group number × 10¹² + key; then the
    result is indexed by (group number, code), else by code. *labels* are the name columns
    by level, aligned with *keys*.
    """
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    sums = {c: v[order] for c, v in sums.items()}
    labels = {level: v[order] for level, v in labels.items()}
    node_keys: list[np.ndarray[Any, Any]] = []
    node_levels: list[np.ndarray[Any, Any]] = []
    node_conflicts: list[np.ndarray[Any, Any]] = []
    node_names: list[np.ndarray[Any, Any]] = []
    node_sums: dict[str, list[np.ndarray[Any, Any]]] = {c: [] for c in _SUM_COLUMNS}
    for depth, level in enumerate(LEVELS):
        parent = keys // (10 ** _DROP[level])
        starts = _starts(parent)
        level_keys = parent[starts]
        for c, v in sums.items():
            node_sums[c].append(_sums(v, starts))
        node_keys.append(level_keys)
        node_levels.append(np.full(len(starts), depth, dtype=np.int64))
        if level in labels:
            chosen, several = _level_names(parent, labels[level], sums["lines"], level_keys)
        else:
            chosen = np.full(len(level_keys), None, dtype=object)
            several = np.zeros(len(level_keys), dtype=bool)
        node_names.append(chosen)
        node_conflicts.append(several)
    depth_of = np.concatenate(node_levels)
    key_of = np.concatenate(node_keys)
    drop = np.array([_DROP[level] for level in LEVELS], dtype=np.int64)[depth_of]
    # Preorder (the order of the code texts): a code's digits padded to 12, then its depth.
    group, local = np.divmod(key_of, _KEY_SPAN // 10**drop)
    padded = group * _KEY_SPAN + local * 10**drop
    order = np.lexsort((depth_of, padded))
    depth_of, local, group = depth_of[order], local[order], group[order]
    pagu = np.concatenate(node_sums["pagu_sen"])[order]
    real = np.concatenate(node_sums["realisasi_sen"])[order]
    if grouped:  # the same codes recur in every group: build each text once
        number, distinct = pd.factorize(local * len(LEVELS) + depth_of)
        pairs = np.divmod(np.asarray(distinct, dtype=np.int64), len(LEVELS))
        texts = _code_texts(pairs[0], pairs[1])[number]
    else:
        texts = _code_texts(local, depth_of)
    index = pd.Index(texts, name="kode", dtype=object)
    if grouped:
        index = pd.MultiIndex.from_arrays([group, index], names=["group", "kode"])
    return pd.DataFrame(
        {
            "name": _arrow_texts(
                np.concatenate(node_names)[order] if labels else pa.nulls(len(order), pa.string())
            ),
            "level": _arrow_texts(pa.array(LEVELS).take(depth_of)),
            "lines": np.concatenate(node_sums["lines"])[order],
            **_amounts(pagu, real),
            "flag": _flags(pagu, real, np.concatenate(node_conflicts)[order]),
        },
        index=index,
        copy=False,  # every column is a fresh array
    )


def rollup(
    frame: pd.DataFrame,
    *,
    kode: str = "kode",
    pagu: str = "pagu",
    realisasi: str = "realisasi",
    unit: str = "rupiah",
    by: str | list[str] | None = None,
    name: str | Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Roll budget lines up the 050-5889 code tree: urusan, bidang, program, kegiatan, sub.

    Exact: amounts are summed in int64 sen, and each node's penyerapan is recomputed from
    its sums (never the mean of its children's percentages). With *by* (``"pemda"``,
    ``["pemda", "tahun"]``) each group gets its own tree. With *name* each node keeps the
    name printed most often for its code. See `partial` for the arguments and errors and
    `combine` for the result.

    Examples:
        Tabel III.11 of the Dumai LKIP 2024 (illustrative codes), its first program:

        >>> import pandas as pd
        >>> lines = pd.read_csv("examples/tabel-iii-11.csv", dtype=str)
        >>> names = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub_kegiatan"}
        >>> tree = rollup(lines, kode="kode_ilustratif", name=names)
        >>> program = tree.loc["8.01.01"]
        >>> program["name"]
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA'
        >>> int(program["lines"]), program["pagu"], round_half_up(program["penyerapan"])
        (15, Decimal('4700384252.00'), Decimal('88.37'))
    """
    if by is None and name is None:  # one tree straight from the sums: no partial frame
        data, chosen, _, _, columns = _arguments(
            frame, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by, name=name
        )
        keys, sums = _plain_sums(data, *columns, chosen)
        return _tree(keys, sums, {})  # the lines' totals were checked against overflow
    return combine(
        partial(frame, kode=kode, pagu=pagu, realisasi=realisasi, unit=unit, by=by, name=name)
    )
