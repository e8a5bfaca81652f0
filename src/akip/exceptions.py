"""Errors raised by akip.

Every error akip raises is an [`AkipError`][akip.exceptions.AkipError], a subclass of
`ValueError`. Messages name the field, the rule and the value, in the style
``'target' must be > 0 for polarity minimize: 0``. A subclass exists only where a caller
will want to branch on it.
"""

from __future__ import annotations

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
    "SourceError",
    "UnknownId",
]


class AkipError(ValueError):
    """Base of every error raised by akip."""


class InvalidNumber(AkipError, TypeError):
    """A value could not be read as a number.

    Raised for wrong types (``bool``, ``None``, lists), NaN and infinities, and text that is
    not a number in the expected format (``"1.5"`` where the Indonesian parser is strict,
    ``"2,5-3"``, ``"Rp"``, ``""``). It is also a `TypeError`, so callers that catch either
    get it.
    """


class InvalidValue(AkipError):
    """A number was read, but the rule does not accept it.

    Examples: a negative target, an unknown option, a band outside its domain.
    """


class NotComputable(AkipError):
    """The rule has no value for these inputs (a target of 0, a pagu of 0).

    This is a domain case, not a crash: akip never lets `ZeroDivisionError` escape.
    """


class NotAssessed(AkipError):
    """A figure is missing ("not assessed", *tidak dinilai*), which is not the same as 0."""


class BandError(AkipError):
    """A band table is not total and non-overlapping, or a value lies outside its domain."""


class CodeError(AkipError):
    """A budget code (*kode rekening* of program / kegiatan / sub kegiatan) is malformed."""


class ReportError(AkipError):
    """A report file is malformed: syntax, unknown key, wrong type, bad id or figure.

    The message starts with the file name (or ``<toml>`` / ``<json>``) and names the field
    path, as in ``indicators[0].rows[2].capaian: 'x' is not a number in id_ID format``.
    """


class PeriodError(InvalidValue):
    """A period is invalid, overlaps another, is out of order or lies outside its frame.

    Raised for a triwulan outside I–IV, two figures for one period, versions or years out of
    order, a year outside the Renstra period, and a realisasi for a period that has no target.
    It is also an `InvalidValue`.
    """


class SourceError(AkipError):
    """A source of `akip.importer` (text, CSV, XLSX, PDF) cannot be read.

    The message names the source and, where it applies, the table and the cell, as in
    ``lkjip.xlsx: sheet 'budget', cell C4: ...``.
    """


class UnknownId(AkipError, KeyError):
    """A lookup by id found nothing: ``Report.indicator("nope")``, ``Report.line("x")``.

    It is also a `KeyError`, so callers that caught the bare ``KeyError`` these lookups
    raised before still catch it; its message reads as a sentence, not as a quoted key.
    """

    def __str__(self) -> str:
        return Exception.__str__(self)
