"""akip: the calculation rules of SAKIP / LKjIP, exact and checkable.

Import the rule modules by their Indonesian names (``from akip import capaian``) and the
number helpers from the top level (``akip.to_decimal``, ``akip.parse_number``,
``akip.round_half_up``).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from akip import (
    atribut,
    capaian,
    evaluasi_renja,
    exceptions,
    komparasi,
    numbers,
    periode,
    perubahan,
    predikat,
)
from akip.exceptions import (
    AkipError,
    BandError,
    CodeError,
    InvalidNumber,
    InvalidValue,
    NotAssessed,
    NotComputable,
    PeriodError,
)
from akip.numbers import (
    format_number,
    format_percent,
    format_rupiah,
    parse_number,
    round_half_up,
    to_decimal,
)

try:
    __version__ = version("akip")
except PackageNotFoundError:  # pragma: no cover - only when run from a bare source tree
    __version__ = "0+unknown"

__all__ = [
    "AkipError",
    "BandError",
    "CodeError",
    "InvalidNumber",
    "InvalidValue",
    "NotAssessed",
    "NotComputable",
    "PeriodError",
    "__version__",
    "atribut",
    "capaian",
    "evaluasi_renja",
    "exceptions",
    "format_number",
    "format_percent",
    "format_rupiah",
    "komparasi",
    "numbers",
    "parse_number",
    "periode",
    "perubahan",
    "predikat",
    "round_half_up",
    "to_decimal",
]
