"""evaluasi_renja (evaluasi hasil Renja Perangkat Daerah, the Permendagri 86/2017 form E.81).

Permendagri 86/2017 has each Perangkat Daerah evaluate its Renja every quarter on formulir
E.81 ("Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten/Kota"); the region
fills the same columns for its RKPD, with the responsible Perangkat Daerah in a last column.
Each row is a program, kegiatan or sub kegiatan and one of its indicators; each numeric column
is a pair **K** (kinerja) and **Rp** (anggaran). akip computes every column from the inputs:

| col | content | K | Rp |
|---|---|---|---|
| 1 | target Renstra PD (end of period) | input | input |
| 2 | realisasi Renstra s.d. tahun lalu | input | input |
| 3 | target and pagu of the Renja year | input | input |
| 4 | realisasi TW I–IV | input | input |
| 5 | realisasi of the year | consolidation of TW I–IV | sum of TW I–IV |
| 6 | tingkat capaian (%) | `akip.capaian.compute(col 3, col 5)` | col 5 / col 3 × 100 |
| 7 | realisasi Renstra s.d. the year | col 2 + col 5; col 5 if ``latest_level`` | col 2 + col 5 |
| 8 | tingkat capaian Renstra (%) | `akip.capaian.compute(col 1, col 7)` | col 7 / col 1 × 100 |

Column 6 carries its predikat on the Permendagri 86/2017 scale (`akip.predikat.classify`).
The consolidation (`akip.periode.Konsolidasi`) and the Renstra progress mode
(`akip.komparasi.ProgressMode`) are declared on every row; there is no default.

References:
    - Permendagri No. 86 Tahun 2017, formulir E.81 and its "Petunjuk Pengisian" (columns 1–4
      read); the computed columns follow the regional systems listed in rules-research §2.2.
    - akip rules §5; rules-research §2.2, §6; ambiguities A11–A13.

Examples:
    A "jumlah dokumen" sub kegiatan: 1 + 0 + 2 + 0 documents against a target of 2, Rp
    20.000.000 spent of a pagu of 25.000.000:

    >>> row = BarisRenja(
    ...     level="sub_kegiatan", nama="Penyusunan Dokumen", indikator="Jumlah dokumen",
    ...     consolidation="sum", renstra_progress="cumulative_sum",
    ...     target_renstra=10, pagu_renstra=125_000_000,
    ...     realisasi_lalu_k=4, realisasi_lalu_rp=50_000_000,
    ...     target_k=2, pagu_rp=25_000_000,
    ...     triwulan_k=(1, 0, 2, 0),
    ...     triwulan_rp=(5_000_000, 5_000_000, 6_000_000, 4_000_000),
    ... )
    >>> r = evaluate_row(row)
    >>> r.realisasi_k, r.capaian_k, r.predikat_k.label, r.capaian_rp
    (Decimal('3'), Decimal('150'), 'Sangat Tinggi', Decimal('80'))
    >>> r.renstra_k, r.capaian_renstra_k, r.renstra_rp, r.capaian_renstra_rp
    (Decimal('7'), Decimal('70'), Decimal('70000000'), Decimal('56'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from akip import capaian, predikat
from akip._bands import parse_option
from akip._decimal import in_context, percent, total
from akip._validators import items_of, shown, typed
from akip.exceptions import InvalidValue, NotAssessed, NotComputable, PeriodError
from akip.komparasi import ProgressMode
from akip.numbers import to_decimal
from akip.periode import Konsolidasi, consolidate

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["BarisRenja", "Form", "HasilRenja", "Level", "evaluate", "evaluate_row"]

_QUARTERS = 4


class Level(enum.Enum):
    """The level of a row in the budget tree."""

    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"


class Form(enum.Enum):
    """Which form: the Renja Perangkat Daerah (E.81) or its RKPD counterpart."""

    #: Formulir E.81, Renja Perangkat Daerah (default).
    RENJA = "renja"
    #: The RKPD counterpart: every row names its Perangkat Daerah penanggung jawab.
    RKPD = "rkpd"


def _maybe(value: object, field: str) -> Decimal | None:
    return None if value is None else to_decimal(value, field=field)


def _quarterly(values: object, field: str) -> tuple[Decimal | None, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        msg = f"{shown(field)} must be the four figures of TW I–IV: {shown(values)}"
        raise InvalidValue(msg)
    items = tuple(values)
    if len(items) != _QUARTERS:
        msg = (
            f"{shown(field)} must have exactly four quarters (TW I–IV), got {len(items)}: "
            f"{shown(items)}"
        )
        raise PeriodError(msg)
    return tuple(_maybe(v, field) for v in items)


def _target_renstra(value: object) -> Decimal | None:
    return _maybe(value, "target_renstra")


def _pagu_renstra(value: object) -> Decimal | None:
    return _maybe(value, "pagu_renstra")


def _realisasi_lalu_k(value: object) -> Decimal | None:
    return _maybe(value, "realisasi_lalu_k")


def _realisasi_lalu_rp(value: object) -> Decimal | None:
    return _maybe(value, "realisasi_lalu_rp")


def _target_k(value: object) -> Decimal | None:
    return _maybe(value, "target_k")


def _pagu_rp(value: object) -> Decimal | None:
    return _maybe(value, "pagu_rp")


def _triwulan_k(values: object) -> tuple[Decimal | None, ...]:
    return _quarterly(values, "triwulan_k")


def _triwulan_rp(values: object) -> tuple[Decimal | None, ...]:
    return _quarterly(values, "triwulan_rp")


_NONE4 = (None,) * _QUARTERS


def _level(value: object) -> Level:
    return parse_option(Level, value, "level")


def _consolidation(value: object) -> Konsolidasi:
    return Konsolidasi.parse(value)


def _progress(value: object) -> ProgressMode:
    return ProgressMode.parse(value)


def _polarity(value: object) -> capaian.Polarity:
    return capaian.Polarity.parse(value)


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"'nama' and 'indikator' must be non-empty text: {shown(value)}"
        raise InvalidValue(msg)
    return value


def _perangkat_daerah(value: object) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        msg = f"'perangkat_daerah' must be non-empty text or None: {shown(value)}"
        raise InvalidValue(msg)
    return value


@typed
@attrs.frozen(kw_only=True)
class BarisRenja:
    """One input row of the form: a program, kegiatan or sub kegiatan and one indicator.

    Attributes:
        level: `Level` or its name.
        nama: The program, kegiatan or sub kegiatan.
        indikator: The indicator (outcome for a program, output for a kegiatan).
        consolidation: `akip.periode.Konsolidasi` of the indicator; required.
        renstra_progress: `akip.komparasi.ProgressMode` of the indicator; required.
        polarity: The indicator's polarity (default maximize).
        target_renstra: Col 1 K, the Renstra end target.
        pagu_renstra: Col 1 Rp, the Renstra pagu of the whole period.
        realisasi_lalu_k: Col 2 K, realisasi Renstra s.d. last year (``None``: none yet).
        realisasi_lalu_rp: Col 2 Rp.
        target_k: Col 3 K, the target of the year.
        pagu_rp: Col 3 Rp, the pagu of the year.
        triwulan_k: Col 4 K, TW I–IV (``None``: not reported).
        triwulan_rp: Col 4 Rp, TW I–IV.
        perangkat_daerah: Col 9 (RKPD form), the responsible Perangkat Daerah.
    """

    level: Level = attrs.field(converter=_level)
    nama: str = attrs.field(converter=_text)
    indikator: str = attrs.field(converter=_text)
    consolidation: Konsolidasi = attrs.field(converter=_consolidation)
    renstra_progress: ProgressMode = attrs.field(converter=_progress)
    polarity: capaian.Polarity = attrs.field(
        default=capaian.Polarity.MAXIMIZE, converter=_polarity
    )
    target_renstra: Decimal | None = attrs.field(default=None, converter=_target_renstra)
    pagu_renstra: Decimal | None = attrs.field(default=None, converter=_pagu_renstra)
    realisasi_lalu_k: Decimal | None = attrs.field(default=None, converter=_realisasi_lalu_k)
    realisasi_lalu_rp: Decimal | None = attrs.field(default=None, converter=_realisasi_lalu_rp)
    target_k: Decimal | None = attrs.field(default=None, converter=_target_k)
    pagu_rp: Decimal | None = attrs.field(default=None, converter=_pagu_rp)
    triwulan_k: tuple[Decimal | None, ...] = attrs.field(default=_NONE4, converter=_triwulan_k)
    triwulan_rp: tuple[Decimal | None, ...] = attrs.field(default=_NONE4, converter=_triwulan_rp)
    perangkat_daerah: str | None = attrs.field(default=None, converter=_perangkat_daerah)

    def __attrs_post_init__(self) -> None:
        roman = ("I", "II", "III", "IV")
        for n, value in enumerate(self.triwulan_k):
            if value is not None and self.target_k is None:
                msg = f"'triwulan_k' TW {roman[n]} is given for a year that has no target: {value}"
                raise PeriodError(msg)
        for n, value in enumerate(self.triwulan_rp):
            if value is not None and self.pagu_rp is None:
                msg = f"'triwulan_rp' TW {roman[n]} is given for a year that has no pagu: {value}"
                raise PeriodError(msg)


@typed
@attrs.frozen(kw_only=True)
class HasilRenja:
    """One computed row of the form (columns 5–8; ``None``: not assessed).

    Attributes:
        baris: The input row (columns 1–4 and 9).
        realisasi_k: Col 5 K, consolidation of TW I–IV.
        realisasi_rp: Col 5 Rp, sum of TW I–IV.
        capaian_k: Col 6 K, tingkat capaian kinerja (%), exact.
        capaian_rp: Col 6 Rp, tingkat capaian anggaran: realisasi / pagu × 100, exact.
        predikat_k: The Permendagri 86/2017 band of ``capaian_k``.
        predikat_rp: The band of ``capaian_rp``.
        renstra_k: Col 7 K, realisasi Renstra s.d. this year.
        renstra_rp: Col 7 Rp.
        capaian_renstra_k: Col 8 K (%).
        capaian_renstra_rp: Col 8 Rp (%).
    """

    baris: BarisRenja
    realisasi_k: Decimal | None
    realisasi_rp: Decimal | None
    capaian_k: Decimal | None
    capaian_rp: Decimal | None
    predikat_k: predikat.Predikat | predikat.PredikatBaik | None
    predikat_rp: predikat.Predikat | predikat.PredikatBaik | None
    renstra_k: Decimal | None
    renstra_rp: Decimal | None
    capaian_renstra_k: Decimal | None
    capaian_renstra_rp: Decimal | None


def _money_percent(
    numerator: Decimal | None, denominator: Decimal | None, field: str
) -> Decimal | None:
    if numerator is None or denominator is None:
        return None
    if denominator == 0:
        msg = f"{shown(field)} must be != 0 for tingkat capaian anggaran: 0 (not computable)"
        raise NotComputable(msg)
    return percent(numerator, denominator)


def _renstra_k(row: BarisRenja, year: Decimal | None) -> Decimal | None:
    if row.renstra_progress is ProgressMode.LATEST_LEVEL:
        return year if year is not None else row.realisasi_lalu_k
    if year is None:
        return row.realisasi_lalu_k
    return total([year] if row.realisasi_lalu_k is None else [row.realisasi_lalu_k, year])


@in_context
def evaluate_row(
    row: object,
    *,
    edge_rule: object = predikat.EdgeRule.LOWER_BOUND,
    labels: object = predikat.LabelSet.TINGGI,
    **options: object,
) -> HasilRenja:
    """Compute columns 5–8 of one row of the form.

    Args:
        row: The input row.
        edge_rule: The predikat edge rule (`akip.predikat.EdgeRule`).
        labels: The predikat label set.
        **options: Passed to `akip.capaian.compute` (``cap``, ``minimize_formula`` …).

    Raises:
        NotComputable: a target or pagu of 0.
        InvalidValue: a row that is not a `BarisRenja`, an unknown option.
    """
    capaian.check_options(options, "evaluate_row")
    if not isinstance(row, BarisRenja):
        msg = f"'row' must be a BarisRenja: {shown(row)}"
        raise InvalidValue(msg)
    real_k = None
    if any(v is not None for v in row.triwulan_k):
        real_k = consolidate(row.triwulan_k, row.consolidation)
    reported_rp = [v for v in row.triwulan_rp if v is not None]
    real_rp = total(reported_rp) if reported_rp else None

    cap_k = None
    if real_k is not None and row.target_k is not None:
        cap_k = capaian.compute(row.target_k, real_k, row.polarity, **options)
    cap_rp = _money_percent(real_rp, row.pagu_rp, "pagu_rp")

    renstra_k = _renstra_k(row, real_k)
    parts_rp = [v for v in (row.realisasi_lalu_rp, real_rp) if v is not None]
    renstra_rp = total(parts_rp) if parts_rp else None
    cap_renstra_k = None
    if renstra_k is not None and row.target_renstra is not None:
        cap_renstra_k = capaian.compute(row.target_renstra, renstra_k, row.polarity, **options)

    def band(value: Decimal | None) -> predikat.Predikat | predikat.PredikatBaik | None:
        if value is None:
            return None
        return predikat.classify(value, edge_rule=edge_rule, labels=labels)

    return HasilRenja(
        baris=row,
        realisasi_k=real_k,
        realisasi_rp=real_rp,
        capaian_k=cap_k,
        capaian_rp=cap_rp,
        predikat_k=band(cap_k),
        predikat_rp=band(cap_rp),
        renstra_k=renstra_k,
        renstra_rp=renstra_rp,
        capaian_renstra_k=cap_renstra_k,
        capaian_renstra_rp=_money_percent(renstra_rp, row.pagu_renstra, "pagu_renstra"),
    )


@in_context
def evaluate(
    rows: Iterable[object],
    *,
    form: object = Form.RENJA,
    edge_rule: object = predikat.EdgeRule.LOWER_BOUND,
    labels: object = predikat.LabelSet.TINGGI,
    **options: object,
) -> tuple[HasilRenja, ...]:
    """Compute the whole form, row by row, in input order.

    Args:
        rows: The input rows.
        form: `Form`: ``"renja"`` (E.81, default) or ``"rkpd"`` (every row must name its
            ``perangkat_daerah``).
        edge_rule: The predikat edge rule.
        labels: The predikat label set.
        **options: Passed to `akip.capaian.compute`.

    Raises:
        InvalidValue: an RKPD row without its Perangkat Daerah, an unknown option.
        NotAssessed: no rows.
    """
    capaian.check_options(options, "evaluate")
    kind = parse_option(Form, form, "form")
    items = tuple(items_of(rows, object, "rows"))
    if not items:
        msg = "'rows' must hold at least one row: ()"
        raise NotAssessed(msg)
    results = []
    for item in items:
        if kind is Form.RKPD and isinstance(item, BarisRenja) and item.perangkat_daerah is None:
            msg = f"'perangkat_daerah' is required on the RKPD form: row {shown(item.nama)}"
            raise InvalidValue(msg)
        results.append(evaluate_row(item, edge_rule=edge_rule, labels=labels, **options))
    return tuple(results)
