"""fisik (capaian fisik: physical targets and realisasi, with units).

A physical target (*target fisik*) and its realisasi carry a unit (*satuan*: orang,
laporan, dokumen, keluarga, %). ``capaian_fisik = realisasi / target × 100`` per line. Amounts
in different units are never added: [`sum_in_unit`][akip.fisik.sum_in_unit] adds the lines of
one unit and names the lines it leaves out, and [`rollup_fisik`][akip.fisik.rollup_fisik]
gives one sum per unit. The sample report prints a kegiatan as "100 orang / 51 orang", which
is the orang lines only (16 + 84 / 16 + 35); its laporan and keluarga lines are silently
dropped.

Units are compared after trimming and case folding (``"Orang"`` = ``"orang"``); no unit is
converted into another.

References:
    - Permendagri 86/2017, evaluation form E.81 (target and realisasi "K" with satuan, and
      "Rp" for keuangan).
    - Rules §3 of the akip specification (a rollup never adds different units).

Examples:
    >>> from akip import round_half_up
    >>> lines = [
    ...     FisikLine("Koordinasi", 16, 16, "orang"),
    ...     FisikLine("Monev", 2, 1, "laporan"),
    ...     FisikLine("Karakter Keluarga", 120, 29, "keluarga"),
    ...     FisikLine("Paskibraka", 84, 35, "orang"),
    ... ]
    >>> orang = sum_in_unit(lines, "orang")
    >>> orang.target, orang.realisasi, round_half_up(orang.capaian)
    (Decimal('100'), Decimal('51'), Decimal('51.00'))
    >>> orang.left_out
    ('Monev', 'Karakter Keluarga')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from akip._decimal import in_context, percent, total
from akip._i18n import N_, Message
from akip._validators import items_of, shown, typed
from akip.exceptions import InvalidValue, NotComputable
from akip.numbers import to_decimal

if TYPE_CHECKING:
    from collections.abc import Iterable
    from decimal import Decimal

__all__ = ["FisikLine", "UnitSum", "capaian_fisik", "rollup_fisik", "sum_in_unit"]


@in_context
def capaian_fisik(target: object, realisasi: object) -> Decimal:
    """Return ``realisasi / target × 100`` for a physical target, exact.

    Raises:
        NotComputable: if *target* is 0.
        InvalidValue: if *target* or *realisasi* is negative.

    Examples:
        >>> from akip import round_half_up
        >>> round_half_up(capaian_fisik(120, 29))
        Decimal('24.17')
    """
    t = to_decimal(target, field="target")
    r = to_decimal(realisasi, field="realisasi")
    if t < 0 or r < 0:
        msg = Message(
            N_(
                "'target' and 'realisasi' fisik must be >= 0: target {target}, "
                "realisasi {realisasi}"
            ),
            target=str(t),
            realisasi=str(r),
        )
        raise InvalidValue(msg)
    if t == 0:
        msg = Message(
            N_("'capaian_fisik' is not computable when 'target' is 0 (realisasi {realisasi})"),
            realisasi=str(r),
        )
        raise NotComputable(msg)
    return percent(r, t)


def _unit(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"'satuan' must be a non-empty str: {shown(value)}"
        raise InvalidValue(msg)
    return value.strip()


def _name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"'name' must be a non-empty str: {shown(value)}"
        raise InvalidValue(msg)
    return value.strip()


def _target(value: object) -> Decimal:
    return to_decimal(value, field="target")


def _realisasi(value: object) -> Decimal:
    return to_decimal(value, field="realisasi")


@typed
@attrs.frozen
class FisikLine:
    """A line's physical target and realisasi in one unit (*satuan*)."""

    name: str = attrs.field(converter=_name)
    target: Decimal = attrs.field(converter=_target)
    realisasi: Decimal = attrs.field(converter=_realisasi)
    satuan: str = attrs.field(converter=_unit)

    @property
    def unit_key(self) -> str:
        """The unit as compared: trimmed and case folded."""
        return self.satuan.casefold()

    @property
    def capaian(self) -> Decimal:
        """``realisasi / target × 100`` (see `capaian_fisik`)."""
        return capaian_fisik(self.target, self.realisasi)


@typed
@attrs.frozen
class UnitSum:
    """The sum of the lines in one unit, and the names of the lines in other units."""

    satuan: str
    target: Decimal
    realisasi: Decimal
    included: tuple[str, ...]
    left_out: tuple[str, ...]

    @property
    def capaian(self) -> Decimal:
        """``realisasi / target × 100`` of the sums."""
        return capaian_fisik(self.target, self.realisasi)


def _lines(lines: Iterable[object]) -> list[FisikLine]:
    return items_of(lines, FisikLine, "lines")


@in_context
def sum_in_unit(lines: Iterable[FisikLine], satuan: str) -> UnitSum:
    """Add the target and realisasi of the lines in *satuan*, naming the lines left out.

    Raises:
        InvalidValue: if *satuan* is empty or no line has it.
    """
    unit = _unit(satuan)
    listed = _lines(lines)
    inside = [line for line in listed if line.unit_key == unit.casefold()]
    if not inside:
        msg = f"'satuan' {shown(unit)} is the unit of none of the lines"
        raise InvalidValue(msg)
    target = total((line.target for line in inside), field="target")
    realisasi = total((line.realisasi for line in inside), field="realisasi")
    return UnitSum(
        satuan=unit,
        target=target,
        realisasi=realisasi,
        included=tuple(line.name for line in inside),
        left_out=tuple(line.name for line in listed if line.unit_key != unit.casefold()),
    )


@in_context
def rollup_fisik(lines: Iterable[FisikLine]) -> tuple[UnitSum, ...]:
    """One [`UnitSum`][akip.fisik.UnitSum] per unit, in order of first appearance.

    Examples:
        >>> sums = rollup_fisik([FisikLine("a", 2, 1, "laporan"), FisikLine("b", 5, 5, "orang")])
        >>> [(s.satuan, s.target) for s in sums]
        [('laporan', Decimal('2')), ('orang', Decimal('5'))]
    """
    listed = _lines(lines)
    units: dict[str, str] = {}
    for line in listed:
        units.setdefault(line.unit_key, line.satuan)
    return tuple(sum_in_unit(listed, satuan) for satuan in units.values())
