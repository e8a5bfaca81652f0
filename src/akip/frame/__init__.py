"""frame (tabel data, the rules over pandas DataFrame columns).

The rules of `akip.capaian`, `akip.predikat`, `akip.atribut` and the budget rollup of rules
§3, applied to whole DataFrame columns for analysts in notebooks and for national-scale data.
This package needs the optional extra ``akip[pandas]`` (pandas, and matplotlib for the plots);
``import akip`` never imports it, so the core stays pandas-free. Importing it registers the
DataFrame accessor ``df.akip`` (`AkipAccessor`), the documented way in:
``df.akip.capaian()``, ``lines.akip.rollup()``; the functions below stay.

**One convention for every function.**

- Each takes a DataFrame first and *column names* as keyword arguments (``target="t"``);
  a wrong type or an unknown column raises an `akip.exceptions.AkipError` subclass that
  names the parameter and a bounded repr of the value.
- Row-wise functions (`capaian`, `predikat`, `atribut`, `kinerja`, `penyerapan`) return the
  input **with new columns**, like `pandas.DataFrame.assign`: same rows, same index, same
  columns, plus theirs. Aggregations (`rollup`, `partial`, `combine`) return a new frame,
  one row per code. No function ever changes its input.
- A missing value is ``pd.NA`` in every result: exact numbers are `decimal.Decimal` in
  ``object`` columns, text is the ``string`` dtype, whole numbers the ``Int64`` dtype.
- Budget flags use the words of `akip.anggaran.FlagKind`: the ``flag`` column holds its
  values as text (``"realisasi > pagu"``, ``"pagu 0 with realisasi > 0"``,
  ``"negative amount"``, and ``"conflicting names"`` for a code printed with different names;
  several joined by ``"; "``), ``<NA>`` when there is nothing to flag.
- Values stay exact; `show` (and, in IPython, every frame holding `Decimal` cells) displays
  them rounded HALF_UP in the ``id_ID`` style, ``45.195.966.217,00`` and ``90,73``.

Exactness is the same as in the scalar rules: no float enters the arithmetic.

- Indicators call the scalar rules row by row on `decimal.Decimal` values; a float cell is
  taken by its shortest repr (`akip.numbers.to_decimal`), so ``0.1`` is ``Decimal("0.1")``.
- Budget amounts become **integer sen** (``int64``): an amount with more than 2 decimals is
  refused, and so is a column whose total could overflow ``int64``. Sums of integers are
  exact; results come back as exact `Decimal` rupiah, and every percentage is recomputed
  from the sums (``penyerapan = realisasi / pagu × 100``), never a mean of ratios.
  ``sisa = pagu − realisasi``. A pagu of 0 has no penyerapan: the cell is ``<NA>``
  (never a division by zero or ``inf``).

A bad cell raises an `akip.exceptions.AkipError` subclass whose message names its row and
column: ``row 3, column 'target': 'target' must be a number, not bool: True``. A missing
indicator cell (``None``, ``NaN``, ``<NA>``) is *not assessed*: NA with status
``not_assessed``, never 0.

Budget codes follow Kepmendagri 050-5889/2021: a sub kegiatan is ``U.BB.PP.L.KK.SSSS``
(strict, ASCII digits); its kegiatan is the first 5 dot-segments, its program the first 3,
its bidang the first 2, its urusan the first 1. `akip.frame.codes` checks that one format
itself, on the distinct codes of a column; the check is the rule of `akip.kode.pattern` (its
segment widths, tested to agree code for code), and a bad code is explained by `akip.kode`.

For Dask, `partial` is the per-partition step (sums in integer sen per sub kegiatan) and
`combine` the exact combine step; `rollup_dask` runs both on a ``dask.dataframe``.

**The submodules, along the data flow** (every public name is importable from
`akip.frame` itself):

- `akip.frame.indicators`: `capaian`, `predikat`, `atribut`, `kinerja` (indikator kinerja).
- `akip.frame.amounts`: `penyerapan`, and the amounts in integer sen beneath every budget
  function.
- `akip.frame.codes`: `CODE_PATTERN`, `LEVELS`; budget codes as integer keys, and back.
- `akip.frame.sums`: `partial`, the per-partition sums per sub kegiatan.
- `akip.frame.tree`: `combine`, `rollup`, the code tree of the sums.
- `akip.frame.dask`: `rollup_dask`, the rollup on a ``dask.dataframe``.
- `akip.frame.report_rows`: `indicator_rows`, `budget_rows` (a loaded report's rows).
- `akip.frame.ledger`: `verdicts`, `findings` (a check's ledger).
- `akip.frame.display`: `show`, `Table`, `use_display`; `akip.frame.plots`:
  `plot_capaian`, `plot_penyerapan`; `akip.frame.accessor`: `AkipAccessor` (``df.akip``).

References:
    - akip rules §0 (exact numbers), §1 (capaian), §2 (bands), §3 (budget rollup).
    - Kepmendagri No. 050-5889 Tahun 2021 (code structure of program, kegiatan, sub
      kegiatan).

Examples:
    The two IKU of the Dumai LKIP 2024, Tabel 4, through the accessor:

    >>> import pandas as pd
    >>> iku = pd.DataFrame({"target": [90, 100], "realisasi": [94, 85]})
    >>> out = iku.akip.kinerja()
    >>> list(out.columns)
    ['target', 'realisasi', 'capaian', 'status', 'predikat', 'atribut']
    >>> [str(round_half_up(v)) for v in out["capaian"]]
    ['104.44', '85.00']
    >>> list(out["predikat"]), list(out["atribut"])
    (['Sangat Tinggi', 'Tinggi'], ['Sangat Berhasil', 'Sangat Berhasil'])

    A budget rollup (illustrative codes); each node keeps its name:

    >>> lines = pd.DataFrame({
    ...     "kode": ["7.01.01.2.01.0001", "7.01.01.2.02.0003"],
    ...     "nama": ["Rapat Koordinasi", "Sosialisasi"],
    ...     "pagu": ["100.50", "300"], "realisasi": ["90.25", "0"]})
    >>> tree = lines.akip.rollup(name="nama")
    >>> tree.loc["7.01.01", ["pagu", "realisasi", "sisa"]].tolist()
    [Decimal('400.50'), Decimal('90.25'), Decimal('310.25')]
    >>> round_half_up(tree.loc["7.01.01", "penyerapan"])
    Decimal('22.53')
    >>> tree.loc["7.01.01.2.02.0003", ["name", "level"]].tolist()
    ['Sosialisasi', 'sub_kegiatan']
"""

from __future__ import annotations

from akip.frame.accessor import AkipAccessor
from akip.frame.amounts import penyerapan
from akip.frame.codes import CODE_PATTERN, LEVELS
from akip.frame.dask import rollup_dask
from akip.frame.display import Table, show, use_display
from akip.frame.indicators import atribut, capaian, kinerja, predikat
from akip.frame.ledger import findings, verdicts
from akip.frame.plots import plot_capaian, plot_penyerapan
from akip.frame.report_rows import budget_rows, indicator_rows
from akip.frame.sums import partial
from akip.frame.tree import combine, rollup
from akip.numbers import round_half_up  # noqa: F401 - for the examples

__all__ = [  # noqa: RUF022 - along the flow: the order of the reference page
    "CODE_PATTERN",
    "LEVELS",
    "capaian",
    "predikat",
    "atribut",
    "kinerja",
    "penyerapan",
    "partial",
    "combine",
    "rollup",
    "rollup_dask",
    "indicator_rows",
    "budget_rows",
    "verdicts",
    "findings",
    "Table",
    "show",
    "use_display",
    "plot_capaian",
    "plot_penyerapan",
    "AkipAccessor",
]

use_display()
