"""akip: the calculation rules of SAKIP / LKjIP, exact and checkable.

Import the rule modules by their Indonesian names (``from akip import capaian``) and the
number helpers from the top level (``akip.to_decimal``, ``akip.parse_number``,
``akip.round_half_up``).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from akip import (
    anggaran,
    atribut,
    capaian,
    check,
    efisiensi,
    evaluasi,
    evaluasi_renja,
    exceptions,
    fisik,
    kode,
    komparasi,
    numbers,
    periode,
    perubahan,
    predikat,
    report,
    terbilang,
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
    ReportError,
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
    "ReportError",
    "__version__",
    "anggaran",
    "atribut",
    "capaian",
    "check",
    "efisiensi",
    "evaluasi",
    "evaluasi_renja",
    "exceptions",
    "fisik",
    "format_number",
    "format_percent",
    "format_rupiah",
    "kode",
    "komparasi",
    "numbers",
    "parse_number",
    "periode",
    "perubahan",
    "predikat",
    "report",
    "round_half_up",
    "terbilang",
    "to_decimal",
]
