"""atribut (atribut capaian indikator kinerja, success attribute of an achievement).

LKjIPs attach a success attribute to each indicator's capaian. The default scale is the one
the Dumai LKIP 2024 prints in its Tabel III.2:

| nilai capaian | atribut |
|---|---|
| 85 % s.d. 100 % | Sangat Berhasil |
| 70 % s.d. < 85 % | Berhasil |
| 55 % s.d. < 70 % | Cukup Berhasil |
| < 55 % | Tidak Berhasil |

Above 100 % is Sangat Berhasil (capaian is not capped unless ``cap`` is given). No
regulation text for this table was found (rules-research §3.1, tag [U]); it is a named,
replaceable scale. Other scales in use are selectable by name (`ScaleName`):

- ``lkip_dumai_2024`` (default): Tabel III.2 above.
- ``maluku_tengah_2021``: LKjIP Kab. Maluku Tengah 2021, ">85 s.d. 100 Memuaskan; >75 s.d.
  <85 Sangat Baik; >65 s.d 75 Baik; >50 s.d 65 Cukup Baik; >30 s.d 50 Agak Kurang; 0 s.d 30
  Kurang". Exactly 85 matches no printed row; akip reads the table as lower-exclusive and
  upper-inclusive, like its other rows, so 85 is Sangat Baik.
- ``sampang_2019``: LKjIP Inspektorat Sampang 2019, the Permendagri 86/2017 intervals with
  the labels Sangat Baik … Sangat Kurang (the same as ``akip.predikat`` with
  ``labels="baik"``).

A custom scale is built from data with ``akip._bands.Scale.from_rows``.

References:
    - LKIP 2024 Badan Kesatuan Bangsa dan Politik Kota Dumai, Tabel III.2 "Atribut Capaian
      Indikator Kinerja".
    - LKjIP Kab. Maluku Tengah 2021; LKjIP Inspektorat Daerah Kab. Sampang 2019, Tabel 3.1.
    - akip rules §2 and rules-research §3.1, §3.2 (ambiguity A10).

Examples:
    >>> classify(85).label
    'Sangat Berhasil'
    >>> classify(Decimal("84.99")).label
    'Berhasil'
    >>> classify(Decimal("104.44")).label
    'Sangat Berhasil'
    >>> classify(85, scale="maluku_tengah_2021").label
    'Sangat Baik'
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, cast, overload

from akip import predikat
from akip._bands import (
    Band,
    ClassifyOn,
    LabelledEnum,
    Scale,
    parse_option,
    rate_many,
    rating_options,
    rating_value,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Atribut",
    "AtributMalukuTengah",
    "ScaleName",
    "bands",
    "classify",
    "classify_many",
    "markdown",
    "scale",
]


class Atribut(LabelledEnum):
    """The Dumai LKIP 2024 attributes (default scale)."""

    SANGAT_BERHASIL = "Sangat Berhasil"
    BERHASIL = "Berhasil"
    CUKUP_BERHASIL = "Cukup Berhasil"
    TIDAK_BERHASIL = "Tidak Berhasil"


class AtributMalukuTengah(LabelledEnum):
    """The six-level scale of LKjIP Kab. Maluku Tengah 2021."""

    MEMUASKAN = "Memuaskan"
    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP_BAIK = "Cukup Baik"
    AGAK_KURANG = "Agak Kurang"
    KURANG = "Kurang"


class ScaleName(enum.Enum):
    """The named attribute scales."""

    LKIP_DUMAI_2024 = "lkip_dumai_2024"
    MALUKU_TENGAH_2021 = "maluku_tengah_2021"
    SAMPANG_2019 = "sampang_2019"


def _n(value: int) -> Decimal:
    return Decimal(value)


_DUMAI: Scale[Atribut] = Scale(
    ScaleName.LKIP_DUMAI_2024.value,
    (
        # Tabel III.2 no. 1: "85% s.d 100%" (and above 100, not capped).
        Band(Atribut.SANGAT_BERHASIL, _n(85), None),
        # no. 2: "70% s.d < 85%".
        Band(Atribut.BERHASIL, _n(70), _n(85)),
        # no. 3: "55% s.d < 70%".
        Band(Atribut.CUKUP_BERHASIL, _n(55), _n(70)),
        # no. 4: "< 55%".
        Band(Atribut.TIDAK_BERHASIL, None, _n(55)),
    ),
    "LKIP 2024 Badan Kesbangpol Kota Dumai, Tabel III.2",
)

_MALUKU: Scale[AtributMalukuTengah] = Scale(
    ScaleName.MALUKU_TENGAH_2021.value,
    (
        # ">85 s.d. 100 Memuaskan" (and above 100).
        Band(AtributMalukuTengah.MEMUASKAN, _n(85), None, lower_inclusive=False),
        # ">75 s.d. <85 Sangat Baik": 85 itself is in no printed row; akip puts it here.
        Band(
            AtributMalukuTengah.SANGAT_BAIK,
            _n(75),
            _n(85),
            lower_inclusive=False,
            upper_inclusive=True,
        ),
        # ">65 s.d 75 Baik".
        Band(
            AtributMalukuTengah.BAIK, _n(65), _n(75), lower_inclusive=False, upper_inclusive=True
        ),
        # ">50 s.d 65 Cukup Baik".
        Band(
            AtributMalukuTengah.CUKUP_BAIK,
            _n(50),
            _n(65),
            lower_inclusive=False,
            upper_inclusive=True,
        ),
        # ">30 s.d 50 Agak Kurang".
        Band(
            AtributMalukuTengah.AGAK_KURANG,
            _n(30),
            _n(50),
            lower_inclusive=False,
            upper_inclusive=True,
        ),
        # "0 s.d 30 Kurang" (and below 0).
        Band(AtributMalukuTengah.KURANG, None, _n(30), upper_inclusive=True),
    ),
    "LKjIP Kab. Maluku Tengah 2021",
)


def scale(
    name: object = ScaleName.LKIP_DUMAI_2024,
) -> Scale[LabelledEnum]:
    """Return a named attribute scale as validated data.

    Raises:
        InvalidValue: for an unknown scale name.
    """
    which = parse_option(ScaleName, name, "scale")
    if which is ScaleName.LKIP_DUMAI_2024:
        return cast("Scale[LabelledEnum]", _DUMAI)
    if which is ScaleName.MALUKU_TENGAH_2021:
        return cast("Scale[LabelledEnum]", _MALUKU)
    return cast(
        "Scale[LabelledEnum]",
        predikat.scale(predikat.EdgeRule.LOWER_BOUND, predikat.LabelSet.BAIK),
    )


def bands(name: object = ScaleName.LKIP_DUMAI_2024) -> tuple[Band[LabelledEnum], ...]:
    """The bands of a named scale, lowest first."""
    return scale(name).bands


@overload
def classify(
    value: object,
    *,
    scale: Literal[ScaleName.LKIP_DUMAI_2024, "lkip_dumai_2024"] = ...,
    cap: object = ...,
    classify_on: object = ...,
) -> Atribut: ...
@overload
def classify(
    value: object,
    *,
    scale: object,
    cap: object = ...,
    classify_on: object = ...,
) -> Atribut | AtributMalukuTengah | predikat.PredikatBaik: ...
def classify(
    value: object,
    *,
    scale: object = ScaleName.LKIP_DUMAI_2024,
    cap: object = None,
    classify_on: object = ClassifyOn.RAW,
) -> Atribut | AtributMalukuTengah | predikat.PredikatBaik:
    """Give a capaian its success attribute.

    Args:
        value: The capaian in percent.
        scale: A `ScaleName` (default the Dumai LKIP 2024 Tabel III.2).
        cap: Cap the value before rating (none by default).
        classify_on: ``"raw"`` (default) or ``"rounded"`` (HALF_UP, 2 decimals).

    Returns:
        The attribute, an enum member with an Indonesian ``.label``.

    Raises:
        InvalidNumber: if *value* is not a number.
        InvalidValue: for an unknown option.
    """
    number = rating_value(value, cap=cap, classify_on=classify_on)
    return _scale_of(scale).classify(number)  # type: ignore[return-value]


@overload
def classify_many(
    values: Iterable[object],
    *,
    scale: Literal[ScaleName.LKIP_DUMAI_2024, "lkip_dumai_2024"] = ...,
    cap: object = ...,
    classify_on: object = ...,
) -> list[Atribut]: ...
@overload
def classify_many(
    values: Iterable[object],
    *,
    scale: object,
    cap: object = ...,
    classify_on: object = ...,
) -> list[Atribut] | list[AtributMalukuTengah] | list[predikat.PredikatBaik]: ...
def classify_many(
    values: Iterable[object],
    *,
    scale: object = ScaleName.LKIP_DUMAI_2024,
    cap: object = None,
    classify_on: object = ClassifyOn.RAW,
) -> list[Atribut] | list[AtributMalukuTengah] | list[predikat.PredikatBaik]:
    """Give many capaian their attributes: ``[classify(v, **options) for v in values]``.

    The options are checked once, before any value; each finite `Decimal` is placed by one
    bisection over the scale's edges, any other value takes `classify`'s own path (the
    same attributes, the same errors).

    Raises:
        InvalidValue: *values* is not a sequence of values, or an unknown option.
        InvalidNumber: a value that is not a number; the message starts with
            ``values[i]:``, the index of the first bad value.

    Examples:
        The Dumai LKIP 2024 Tabel III.2: 85 % is Sangat Berhasil, 84,99 % Berhasil; on
        the Maluku Tengah 2021 scale 85 is Sangat Baik.

        >>> [a.label for a in classify_many([Decimal(85), Decimal("84.99")])]
        ['Sangat Berhasil', 'Berhasil']
        >>> [a.label for a in classify_many([Decimal(85)], scale="maluku_tengah_2021")]
        ['Sangat Baik']
    """
    rating_options(cap, classify_on)  # in `classify`'s order: cap, classify_on, scale
    return rate_many(  # type: ignore[return-value]
        _scale_of(scale), values, cap=cap, classify_on=classify_on
    )


def _scale_of(
    name: object,
) -> Scale[LabelledEnum]:
    return scale(name)


def markdown(name: str = "lkip_dumai_2024") -> str:
    """The attribute table as Markdown, for the docs (rendered from the same data)."""
    return scale(name).to_markdown()
