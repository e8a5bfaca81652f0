"""display (tampilan: exact results shown the Indonesian way in Jupyter).

`show` (and `Table`) displays a frame with its `decimal.Decimal` cells rounded HALF_UP in
the ``id_ID`` style, ``45.195.966.217,00`` and ``90,73``, every label and cell
HTML-escaped; the frame keeps its exact values. `use_display` installs the same as
IPython's HTML formatter for every frame that holds `decimal.Decimal` cells (importing
`akip.frame` in IPython turns it on).

References:
    - akip rules §0 (rounding HALF_UP, for display only; the values stay exact).

Examples:
    >>> import pandas as pd
    >>> table = show(pd.DataFrame({"penyerapan": [Decimal("90.7322")]}))
    >>> "90,73" in table._repr_html_()
    True
"""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any, cast

import numpy as np
import pandas as pd

from akip import _html
from akip._validators import shown
from akip.exceptions import InvalidValue
from akip.frame._cells import _frame, _missing, _places
from akip.numbers import format_number

__all__ = ["Table", "show", "use_display"]


def _display(value: object, places: int) -> tuple[str, bool]:
    """A cell as shown, and whether it is a number: a Decimal rounded in the id_ID style."""
    if isinstance(value, Decimal):
        return (format_number(value, places) if value.is_finite() else str(value)), True
    if _missing(value):
        return "–", False
    if isinstance(value, int | np.integer | float | np.floating) and not isinstance(value, bool):
        return str(value), True
    return str(value), False


def _html_table(frame: pd.DataFrame, places: int) -> str:
    """*frame* as an HTML table, every label and cell escaped, Decimals rounded for reading."""
    index_names = [("" if n is None else str(n)) for n in frame.index.names]
    header = [*index_names, *(str(c) for c in frame.columns)]
    labels = frame.index.to_list()
    if frame.index.nlevels == 1:
        labels = [(label,) for label in labels]
    rows = (
        [*(_display(v, places) for v in label), *(_display(v, places) for v in cells)]
        for label, cells in zip(labels, frame.itertuples(index=False, name=None), strict=True)
    )
    return _html.labelled_grid("akip-frame", header, rows, head_columns=len(index_names))


class Table:
    """A result frame shown the Indonesian way in Jupyter: ``45.195.966.217,00``, ``90,73``.

    Decimals are rounded HALF_UP for display only; ``frame`` keeps the exact values. Every
    column name, index label and cell is HTML-escaped.

    Attributes:
        frame: The frame shown.
        places: Decimals shown.

    Examples:
        >>> import pandas as pd
        >>> table = Table(pd.DataFrame({"<b>": [Decimal("90.725")]}))
        >>> "<th>&lt;b&gt;</th>" in table._repr_html_(), "90,73" in table._repr_html_()
        (True, True)
    """

    def __init__(self, frame: pd.DataFrame, places: int = 2) -> None:
        self.frame = _frame(frame)
        self.places = _places(places)

    def _repr_html_(self) -> str:
        return _html_table(self.frame, self.places)

    def __repr__(self) -> str:
        return f"Table({len(self.frame)} rows × {len(self.frame.columns)} columns)"


def show(frame: pd.DataFrame, places: int = 2) -> Table:
    """Wrap a result frame for display in Jupyter (see `Table`).

    Examples:
        >>> import pandas as pd
        >>> show(pd.DataFrame({"pagu": [Decimal("45195966217")]}))
        Table(1 rows × 1 columns)
    """
    return Table(frame, places)


def _frame_html(frame: pd.DataFrame) -> str | None:
    """The IPython HTML of a frame holding Decimal cells: rounded; else pandas' own."""
    head = frame.head(60)
    has_decimals = any(
        head[c].dtype == object and head[c].map(lambda v: isinstance(v, Decimal)).any()
        for c in head.columns
    )
    if not has_decimals:
        return cast("str | None", cast("Any", frame)._repr_html_())
    more = "" if len(frame) <= len(head) else f"<p>{len(frame)} rows; first {len(head)} shown.</p>"
    return _html_table(head, 2) + more


def use_display(enabled: bool = True) -> bool:  # noqa: FBT001, FBT002 - one switch
    """Show frames with `Decimal` cells rounded in IPython / Jupyter (on by default there).

    A display hook (IPython's HTML formatter for `pandas.DataFrame`): a frame that holds
    exact `Decimal` cells shows them as `show` does, rounded HALF_UP in the ``id_ID``
    style; other frames show as pandas shows them. The values stay exact. Importing
    `akip.frame` in IPython turns it on; ``use_display(False)`` turns it off.

    Returns:
        Whether the hook is installed (``False`` outside IPython).

    Raises:
        InvalidValue: if *enabled* is not a bool.

    Examples:
        >>> use_display()  # a doctest runs outside IPython
        False
    """
    given: object = enabled  # a caller's junk, whatever the annotation says
    if not isinstance(given, bool):
        msg = f"'enabled' must be True or False, not {type(given).__name__}: {shown(given)}"
        raise InvalidValue(msg)
    shell = None
    if "IPython" in sys.modules:
        from IPython import get_ipython  # noqa: PLC0415 - only inside IPython

        shell = get_ipython()
    if shell is None:
        return False
    formatter = shell.display_formatter.formatters["text/html"]  # pragma: no cover - IPython
    if enabled:  # pragma: no cover - exercised by the example notebook
        formatter.for_type(pd.DataFrame, _frame_html)
    else:  # pragma: no cover
        formatter.type_printers.pop(pd.DataFrame, None)
    return bool(enabled)  # pragma: no cover
