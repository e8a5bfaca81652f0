"""plots (grafik: capaian over the predikat bands, penyerapan per program).

`plot_capaian` draws the capaian of each indicator as a bar over the band colours of
Permendagri 86/2017, `plot_penyerapan` the penyerapan of one level of a rollup with a
line at 100 %; each bar is labelled with its value in the ``id_ID`` style. Floats are
used for drawing only. Needs matplotlib (``akip[pandas]``); a plot is a matplotlib
``Figure``, not shown (Jupyter displays it; ``fig.savefig`` writes PNG or SVG).

References:
    - Permendagri No. 86 Tahun 2017, "Skala Nilai Peringkat Kinerja" (the bands coloured).
    - akip rules §2 (bands) and §3 (penyerapan).

Examples:
    >>> import pandas as pd
    >>> fig = plot_capaian(pd.DataFrame({"capaian": [Decimal("104.44")]}))
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['104,44%']
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, cast

import pandas as pd

from akip import predikat as _predikat
from akip.frame._cells import _choice, _frame, _label, _missing, _values
from akip.frame.codes import LEVELS
from akip.frame.indicators import kinerja  # noqa: F401 - for the examples
from akip.frame.tree import rollup  # noqa: F401 - for the examples
from akip.numbers import format_percent

if TYPE_CHECKING:
    from collections.abc import Hashable

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plot_capaian", "plot_penyerapan"]


# Band colours from the lowest band (red) to the highest (green).
_BAND_COLOURS: Final = ("#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641")
_BAR_COLOUR: Final = "#2b5c8a"
_LABEL_WIDTH: Final = 56


def _figure(width: float, height: float) -> Figure:
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - optional dependency
    except ImportError as exc:  # pragma: no cover - matplotlib is in akip[pandas]
        msg = "plots need matplotlib: pip install 'akip[pandas]'"
        raise ImportError(msg) from exc
    return Figure(figsize=(width, height), layout="constrained")


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_WIDTH else text[: _LABEL_WIDTH - 1] + "…"


def _bars(ax: Axes, labels: list[str], values: list[Decimal], top: float) -> None:
    """One horizontal bar per row at y = 0, 1, …, each labelled with its own value."""
    positions = list(range(len(labels)))
    ax.barh(positions, [float(v) for v in values], color=_BAR_COLOUR, height=0.6)
    ax.set_yticks(positions, labels=labels)
    for y, value in zip(positions, values, strict=True):
        ax.annotate(
            format_percent(value),
            (float(max(value, Decimal(0))), y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize="small",
        )
    ax.set_xlim(0, top)
    ax.set_ylim(len(labels) - 0.5, -0.5)  # the first row on top
    ax.spines[["top", "right"]].set_visible(False)


def _top(values: list[Decimal]) -> float:
    """The x range: past the largest bar, with room for its label."""
    return max([120.0, *(float(v) * 1.15 for v in values)])


def _default_label(frame: pd.DataFrame) -> Hashable | None:
    for column in ("name", "indikator", "indicator"):
        if column in frame.columns:
            return column
    return None


def _row_labels(frame: pd.DataFrame, column: Hashable | None) -> list[str]:
    """A label per row; rows of one indicator (several places or years) get their index."""
    index = [
        " · ".join(map(str, k)) if isinstance(k, tuple) else str(k) for k in frame.index.to_list()
    ]
    if column is None:
        return [_short(k) for k in index]
    texts = ["–" if _missing(v) else str(v) for v in frame[column].to_numpy(dtype=object)]
    repeated = {t for t in texts if texts.count(t) > 1}
    return [
        _short(f"{t} [{k}]" if t in repeated else t) for t, k in zip(texts, index, strict=True)
    ]


def plot_capaian(
    frame: pd.DataFrame,
    *,
    name: str | None = None,
    column: str = "capaian",
    edge_rule: object = _predikat.EdgeRule.LOWER_BOUND,
) -> Figure:
    """Bar chart of capaian per indicator over the Permendagri 86/2017 band colours.

    Each bar is labelled with its name (the *name* column; by default ``name``,
    ``indikator`` or ``indicator``, whichever the frame has, else the index) and its own
    value in the ``id_ID`` style (``104,44%``); rows of one indicator printed several
    times are told apart by their index. The band legend sits outside the axes. Floats
    are used for drawing only; rows without capaian are left out.

    Returns:
        A matplotlib ``Figure`` (not shown; Jupyter displays it; ``fig.savefig`` writes
        PNG or SVG).

    Examples:
        >>> import pandas as pd
        >>> done = kinerja(pd.DataFrame({"indikator": ["IKU 1", "IKU 2"],
        ...                              "target": [90, 100], "realisasi": [94, 85]}))
        >>> fig = plot_capaian(done)
        >>> [t.get_text() for t in fig.axes[0].texts]
        ['104,44%', '85,00%']
    """
    data = _frame(frame)
    source = _label(data, column, "column")
    label = _default_label(data) if name is None else _label(data, name, "name")
    bands = _predikat.bands(edge_rule)
    rated = data[~data[source].map(_missing)]
    values = _values(rated, source)
    labels = _row_labels(rated, label)
    top = _top(cast("list[Decimal]", values))
    fig = _figure(9, 1.4 + 0.45 * len(labels))
    ax = fig.add_subplot()
    for band, colour in zip(bands, _BAND_COLOURS, strict=True):
        lower = 0.0 if band.lower is None else float(band.lower)
        upper = top if band.upper is None else float(band.upper)
        ax.axvspan(lower, upper, color=colour, alpha=0.35, label=band.level.label, lw=0)
    _bars(ax, labels, cast("list[Decimal]", values), top)
    ax.set_xlabel("capaian (%)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", title="predikat")
    return fig


def plot_penyerapan(
    tree: pd.DataFrame,
    *,
    level: str | None = "program",
    name: str | None = None,
    column: str = "penyerapan",
) -> Figure:
    """Bar chart of penyerapan per row, in the frame's order: one level of a `rollup`.

    With *level* (default ``program``) only the rows of that level of a `rollup` result
    are drawn; ``level=None`` draws every row (a frame of `penyerapan`, or one sorted to
    rank pemda). Each bar is labelled with its index (the code) and name (the *name*
    column, by default ``name``) and its own value in the ``id_ID`` style; a line marks
    100 %. Rows without penyerapan (pagu 0) are left out.
    Floats are used for drawing only.

    Returns:
        A matplotlib ``Figure`` (``fig.savefig`` writes PNG or SVG).

    Examples:
        >>> import pandas as pd
        >>> lines = pd.read_csv("examples/tabel-iii-11.csv", dtype=str)
        >>> tree = rollup(lines, kode="kode_ilustratif", name={"program": "program"})
        >>> fig = plot_penyerapan(tree)
        >>> [t.get_text() for t in fig.axes[0].texts][:2]
        ['88,37%', '70,48%']
        >>> fig.axes[0].get_yticklabels()[0].get_text()
        '8.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KA…'
    """
    data = _frame(tree, "tree")
    source = _label(data, column, "column")
    if level is not None:
        _choice(level, LEVELS, "level")
        data = data[data[_label(data, "level", "level")] == level]
    label = _default_label(data) if name is None else _label(data, name, "name")
    rows = data[~data[source].map(_missing)]
    values = cast("list[Decimal]", _values(rows, source))
    if label is not None and not isinstance(rows.index, pd.RangeIndex):
        index = [" · ".join(map(str, k)) if isinstance(k, tuple) else str(k) for k in rows.index]
        texts = rows[label].to_numpy(dtype=object)
        labels = [
            _short(k if _missing(t) else f"{k} {t}") for k, t in zip(index, texts, strict=True)
        ]
    else:
        labels = _row_labels(rows, label)
    top = _top(values)
    fig = _figure(9, 1.4 + 0.45 * len(labels))
    ax = fig.add_subplot()
    _bars(ax, labels, values, top)
    ax.axvline(100, color="black", linewidth=0.8)
    ax.set_xlabel("penyerapan (%)")
    return fig
