"""efisiensi (indeks efisiensi: efficiency of resource use).

``indeks_efisiensi = capaian kinerja % / penyerapan anggaran %``. The use of resources is
*Efisien* when the index reaches the standard 1 (``efisien_if="ge_1"``, the default), or
exceeds it (``"gt_1"``); an optional *upper_bound* (1,81 in one ministry's report) marks an
index above it as *Tidak Efisien* too (a target set too low, or spending not recorded).

Both inputs are explicit arguments and never guessed: the sample report divides its IKU's
realisasi (94 %) by a penyerapan that is itself a mean of ratios (79,61 %, see
[`akip.anggaran.mean_of_penyerapan`][akip.anggaran.mean_of_penyerapan]). *Efisiensi
anggaran* (sisa / pagu × 100) is a different quantity:
[`akip.anggaran.efisiensi_anggaran`][akip.anggaran.efisiensi_anggaran].

References:
    - PP 8/2006 and PermenPANRB 53/2014: the LKjIP analyses the efficiency of resource use.
    - BPOM PRKOM LKj 2021, Tabel 28: IE = % capaian output / % capaian input, SE = 1,
      "1,81 ≥ IE ≥ SE … efisien".
    - Balai POM di Ambon LKj 2017 and BBPOM di Yogyakarta LKj 2020: SE = 1, "Jika IE > SE,
      maka kegiatan dianggap efisien", tingkat efisiensi TE = IE − SE (1,05 → 0,05).
    - Rules §4 and research §5.1 of the akip specification (ambiguity A14).

Examples:
    >>> from akip import round_half_up
    >>> result = assess_efisiensi(94, Decimal("79.61"))
    >>> round_half_up(result.indeks), result.kategori.label
    (Decimal('1.18'), 'Efisien')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

from akip._bands import LabelledEnum
from akip._decimal import in_context, quotient
from akip._i18n import N_, Message
from akip._validators import shown, typed
from akip.exceptions import InvalidValue, NotComputable
from akip.numbers import to_decimal

__all__ = [
    "Aturan",
    "EfisienIf",
    "Efisiensi",
    "KategoriEfisiensi",
    "assess_efisiensi",
    "indeks_efisiensi",
    "kategori_efisiensi",
    "tingkat_efisiensi",
]

EfisienIf = Literal["ge_1", "gt_1"]
"""When an index is Efisien: ``"ge_1"`` (≥ 1, default) or ``"gt_1"`` (> 1)."""

_EFISIEN_IF = ("ge_1", "gt_1")
_STANDARD = Decimal(1)


class KategoriEfisiensi(LabelledEnum):
    """The category of an efficiency index."""

    EFISIEN = "Efisien"
    TIDAK_EFISIEN = "Tidak Efisien"


@in_context
def indeks_efisiensi(capaian_kinerja: object, penyerapan: object) -> Decimal:
    """Return ``capaian_kinerja / penyerapan`` (both in percent), exact.

    Raises:
        NotComputable: if *penyerapan* is 0.
        InvalidValue: if either is negative.

    Examples:
        >>> from akip import round_half_up
        >>> round_half_up(indeks_efisiensi(Decimal("99.92"), 94), 3)
        Decimal('1.063')
    """
    capaian = to_decimal(capaian_kinerja, field="capaian_kinerja")
    serapan = to_decimal(penyerapan, field="penyerapan")
    if capaian < 0 or serapan < 0:
        msg = Message(
            N_("'capaian_kinerja' and 'penyerapan' must be >= 0: {capaian}, {penyerapan}"),
            capaian=str(capaian),
            penyerapan=str(serapan),
        )
        raise InvalidValue(msg)
    if serapan == 0:
        msg = Message(
            N_("'indeks_efisiensi' is not computable when 'penyerapan' is 0 (capaian {capaian})"),
            capaian=str(capaian),
        )
        raise NotComputable(msg)
    return quotient(capaian, serapan)


@in_context
def kategori_efisiensi(
    indeks: object,
    *,
    efisien_if: EfisienIf = "ge_1",
    upper_bound: object = None,
) -> KategoriEfisiensi:
    """Classify an efficiency index.

    Args:
        indeks: The index (a ratio, 1 = standard).
        efisien_if: ``"ge_1"`` (default) or ``"gt_1"``.
        upper_bound: If given, an index above it is Tidak Efisien.

    Raises:
        InvalidValue: for an unknown *efisien_if* or an upper bound below 1.

    Examples:
        >>> kategori_efisiensi(1).label, kategori_efisiensi(1, efisien_if="gt_1").label
        ('Efisien', 'Tidak Efisien')
        >>> kategori_efisiensi(Decimal("1.9"), upper_bound=Decimal("1.81")).label
        'Tidak Efisien'
    """
    value = to_decimal(indeks, field="indeks")
    if efisien_if not in _EFISIEN_IF:
        msg = f"'efisien_if' must be one of {_EFISIEN_IF}: {shown(efisien_if)}"
        raise InvalidValue(msg)
    bound = None if upper_bound is None else to_decimal(upper_bound, field="upper_bound")
    if bound is not None and bound < _STANDARD:
        msg = f"'upper_bound' must be >= 1: {bound}"
        raise InvalidValue(msg)
    efisien = value >= _STANDARD if efisien_if == "ge_1" else value > _STANDARD
    if bound is not None and value > bound:
        efisien = False
    return KategoriEfisiensi.EFISIEN if efisien else KategoriEfisiensi.TIDAK_EFISIEN


@typed
@attrs.frozen
class Efisiensi:
    """An efficiency index and its category."""

    indeks: Decimal
    kategori: KategoriEfisiensi


@in_context
def assess_efisiensi(
    capaian_kinerja: object,
    penyerapan: object,
    *,
    efisien_if: EfisienIf = "ge_1",
    upper_bound: object = None,
) -> Efisiensi:
    """Compute the index and classify it on the exact (unrounded) value.

    Raises:
        NotComputable: if *penyerapan* is 0.
        InvalidValue: for negative inputs or bad options.
    """
    indeks = indeks_efisiensi(capaian_kinerja, penyerapan)
    kategori = kategori_efisiensi(indeks, efisien_if=efisien_if, upper_bound=upper_bound)
    return Efisiensi(indeks=indeks, kategori=kategori)


def tingkat_efisiensi(indeks: object, standar: object = 1) -> Decimal:
    """Return the *tingkat efisiensi* ``TE = IE − SE``, exact.

    The index IE is `indeks_efisiensi`; the *standar efisiensi* SE is 1 unless a report
    declares another. A positive TE measures how efficient, a negative one how inefficient.

    Raises:
        InvalidNumber: if either is not a number.

    Examples:
        BBPOM di Yogyakarta LKj 2020: IE 1,05, SE 1 → TE 0,05; BPOM PRKOM LKj 2021, Tabel
        28: IE 1,063 → TE 0,063.

        >>> tingkat_efisiensi(Decimal("1.05")), tingkat_efisiensi(Decimal("1.063"))
        (Decimal('0.05'), Decimal('0.063'))
    """
    ie = to_decimal(indeks, field="indeks")
    se = to_decimal(standar, field="standar")
    return ie - se


_RULES = ("ge", "gt")


def _standar(value: object) -> Decimal:
    result = to_decimal(value, field="standar")
    if result <= 0:
        msg = f"'standar' must be > 0: {result}"
        raise InvalidValue(msg)
    return result


def _bound(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="upper_bound")


def _rule(value: object) -> str:
    if not isinstance(value, str) or value not in _RULES:
        msg = f"'efisien_if' must be one of {_RULES}: {shown(value)}"
        raise InvalidValue(msg)
    return str(value)


@attrs.frozen
class Aturan:
    """A report's own efficiency rule as data (*aturan*: the rule).

    Efisien when ``IE ≥ SE`` (``efisien_if="ge"``) or ``IE > SE`` (``"gt"``), and, with an
    *upper_bound*, not above it (BPOM PRKOM 2021: ``1,81 ≥ IE ≥ SE``). The rule is applied
    to the exact index.

    Attributes:
        standar: The standar efisiensi SE (default 1).
        efisien_if: ``"ge"`` (default) or ``"gt"``.
        upper_bound: An index above it is Tidak Efisien, or ``None``.

    Raises:
        InvalidValue: for an unknown *efisien_if*, SE ≤ 0 or an upper bound below SE.

    Examples:
        >>> ambon = Aturan(efisien_if="gt")
        >>> ambon.classify(1).label, ambon.classify(Decimal("1.05")).label
        ('Tidak Efisien', 'Efisien')
        >>> prkom = Aturan(upper_bound=Decimal("1.81"))
        >>> prkom.classify(Decimal("1.063")).label, prkom.classify(2).label
        ('Efisien', 'Tidak Efisien')
    """

    standar: Decimal = attrs.field(default=_STANDARD, converter=_standar)
    efisien_if: str = attrs.field(default="ge", converter=_rule)
    upper_bound: Decimal | None = attrs.field(default=None, converter=_bound)

    def __attrs_post_init__(self) -> None:
        if self.upper_bound is not None and self.upper_bound < self.standar:
            msg = f"'upper_bound' must be >= 'standar' {self.standar}: {self.upper_bound}"
            raise InvalidValue(msg)

    def classify(self, indeks: object) -> KategoriEfisiensi:
        """Classify an index (a ratio) by this rule.

        Raises:
            InvalidNumber: if *indeks* is not a number.
        """
        value = to_decimal(indeks, field="indeks")
        efisien = value >= self.standar if self.efisien_if == "ge" else value > self.standar
        if self.upper_bound is not None and value > self.upper_bound:
            efisien = False
        return KategoriEfisiensi.EFISIEN if efisien else KategoriEfisiensi.TIDAK_EFISIEN

    def tingkat(self, indeks: object) -> Decimal:
        """Return TE = IE − SE for this rule's SE."""
        return tingkat_efisiensi(indeks, self.standar)
