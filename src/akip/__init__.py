"""akip: the calculation rules of SAKIP / LKjIP, exact and checkable.

Import the rule modules by their Indonesian names (``from akip import capaian``) and the
number helpers from the top level (``akip.to_decimal``, ``akip.parse_number``,
``akip.round_half_up``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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
    UnknownId,
)
from akip.numbers import (
    format_number,
    format_percent,
    format_rupiah,
    parse_number,
    round_half_up,
    to_decimal,
)

if TYPE_CHECKING:
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

    __version__: str

# The rule modules load on first use (``akip.capaian`` or ``from akip import capaian``), so
# a command imports only what it needs: start-up time is part of `akip check`'s budget.
_SUBMODULES = frozenset(
    {
        "anggaran",
        "atribut",
        "capaian",
        "check",
        "efisiensi",
        "evaluasi",
        "evaluasi_renja",
        "exceptions",
        "fisik",
        "kode",
        "komparasi",
        "numbers",
        "periode",
        "perubahan",
        "predikat",
        "report",
        "terbilang",
    }
)


def __getattr__(name: str) -> object:
    """Load a rule module, or the package version, when it is first asked for (PEP 562)."""
    if name in _SUBMODULES:
        return importlib.import_module(f"akip.{name}")
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            found = version("akip")
        except PackageNotFoundError:  # pragma: no cover - only from a bare source tree
            found = "0+unknown"
        globals()["__version__"] = found
        return found
    msg = f"module 'akip' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
    "UnknownId",
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
