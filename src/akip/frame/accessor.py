"""accessor (``df.akip``: the functions of `akip.frame` as methods of a DataFrame).

`AkipAccessor`, registered on `pandas.DataFrame` as ``akip`` when this module (and so
`akip.frame`) is imported: ``df.akip.capaian()``, ``lines.akip.rollup()``. Each method is
the function of the same name with the frame filled in.

References:
    - pandas, "Extending pandas: registering custom accessors"
      (`pandas.api.extensions.register_dataframe_accessor`).
    - akip rules §1–§3 (the rules the methods apply).

Examples:
    The two IKU of the Dumai LKIP 2024, Tabel 4 (capaian 94 / 90 and 85 / 100):

    >>> import pandas as pd
    >>> iku = pd.DataFrame({"target": [90, 100], "realisasi": [94, 85]})
    >>> iku.akip.kinerja()["predikat"].tolist()
    ['Sangat Tinggi', 'Tinggi']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from akip.frame.amounts import penyerapan
from akip.frame.display import Table, show
from akip.frame.indicators import atribut, capaian, kinerja, predikat
from akip.frame.plots import plot_capaian, plot_penyerapan
from akip.frame.sums import partial
from akip.frame.tree import rollup

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["AkipAccessor"]


class AkipAccessor:
    """``df.akip``: the functions of `akip.frame` as methods of a DataFrame.

    Registered on `pandas.DataFrame` when `akip.frame` is imported. Each method is the
    function of the same name with the frame filled in, and follows the same convention
    (the input with new columns; the input never changed).

    Examples:
        >>> import pandas as pd
        >>> iku = pd.DataFrame({"target": [90], "realisasi": [94]})
        >>> iku.akip.capaian().akip.predikat()["predikat"].tolist()
        ['Sangat Tinggi']
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def capaian(self, **options: Any) -> pd.DataFrame:
        """`capaian` of this frame."""
        return capaian(self._frame, **options)

    def predikat(self, **options: Any) -> pd.DataFrame:
        """`predikat` of this frame."""
        return predikat(self._frame, **options)

    def atribut(self, **options: Any) -> pd.DataFrame:
        """`atribut` of this frame."""
        return atribut(self._frame, **options)

    def kinerja(self, **options: Any) -> pd.DataFrame:
        """`kinerja` of this frame."""
        return kinerja(self._frame, **options)

    def penyerapan(self, **options: Any) -> pd.DataFrame:
        """`penyerapan` of this frame."""
        return penyerapan(self._frame, **options)

    def partial(self, **options: Any) -> pd.DataFrame:
        """`partial` of this frame."""
        return partial(self._frame, **options)

    def rollup(self, **options: Any) -> pd.DataFrame:
        """`rollup` of this frame."""
        return rollup(self._frame, **options)

    def show(self, places: int = 2) -> Table:
        """`show` this frame."""
        return show(self._frame, places)

    def plot_capaian(self, **options: Any) -> Figure:
        """`plot_capaian` of this frame."""
        return plot_capaian(self._frame, **options)

    def plot_penyerapan(self, **options: Any) -> Figure:
        """`plot_penyerapan` of this frame."""
        return plot_penyerapan(self._frame, **options)


if not hasattr(pd.DataFrame, "akip"):  # imported twice (a reload): registered once
    pd.api.extensions.register_dataframe_accessor("akip")(AkipAccessor)
