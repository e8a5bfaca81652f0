"""predikat (kriteria penilaian realisasi kinerja, rating band of Permendagri 86/2017).

The "Skala Nilai Peringkat Kinerja" of Permendagri 86/2017 rates a capaian in five bands. The
regulation prints it with integer edges that leave gaps and, in the Dumai LKIP 2024, an
overlap:

| printed interval | kriteria |
|---|---|
| 91 ≤ 100 | Sangat Tinggi |
| 76 ≤ 90 | Tinggi |
| 66 ≤ 75 | Sedang |
| 51 ≤ 65 | Rendah |
| ≤ 50 | Sangat Rendah |

Values between 90 and 91 (and 75–76, 65–66, 50–51) fall in no printed band. akip resolves
the gaps with an explicit edge rule (`EdgeRule`), so every value falls in exactly one band:

- ``lower_bound`` (default, common practice): ≥ 91, ≥ 76, ≥ 66, ≥ 51, else. 90,5 is Tinggi.
- ``upper_bound``: > 90, > 75, > 65, > 50, else. 90,5 is Sangat Tinggi; 90 is Tinggi.
- ``ge90`` (the Dumai LKIP 2024's Tabel III.1, "≥ 90 Sangat Tinggi; 76 ≤ 90 Tinggi"):
  ≥ 90 Sangat Tinggi, then ≥ 76, ≥ 66, ≥ 51, else. The overlap at 90 goes to Sangat Tinggi.
- custom: build your own `akip._bands.Scale` with ``Scale.from_rows`` and call its
  ``classify``.

Values above 100 are Sangat Tinggi (capaian is not capped unless ``cap`` is given). Two label
sets are in use: Sangat Tinggi … Sangat Rendah (default, `Predikat`) and Sangat Baik … Sangat
Kurang (`PredikatBaik`, e.g. LKjIP Inspektorat Kab. Sampang 2019).

References:
    - Permendagri No. 86 Tahun 2017 (Tata Cara Perencanaan, Pengendalian dan Evaluasi
      Pembangunan Daerah), "Skala Nilai Peringkat Kinerja", as cited in Tabel III.1 of the
      LKIP 2024 of Badan Kesbangpol Kota Dumai and Tabel 3.1 of LKjIP Inspektorat Sampang
      2019. (The lampiran page itself was not read: rules-research §2.1.)
    - akip rules §2 and rules-research §2.3 (edge rules, ambiguity A8, A9).

Examples:
    >>> classify(Decimal("104.44")).label
    'Sangat Tinggi'
    >>> classify(85).label
    'Tinggi'
    >>> classify(Decimal("90.5")).label, classify(Decimal("90.5"), edge_rule="upper_bound").label
    ('Tinggi', 'Sangat Tinggi')
    >>> classify(90, edge_rule="ge90").label
    'Sangat Tinggi'
    >>> classify(85, labels="baik").label
    'Baik'
"""

from __future__ import annotations

import enum
import functools
from bisect import bisect_right
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, overload

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
from akip._decimal import EXPONENT_LIMIT

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "EdgeRule",
    "LabelSet",
    "Predikat",
    "PredikatBaik",
    "bands",
    "classify",
    "classify_many",
    "markdown",
    "scale",
]


class Predikat(LabelledEnum):
    """The five bands, labels Sangat Tinggi … Sangat Rendah (default label set)."""

    SANGAT_TINGGI = "Sangat Tinggi"
    TINGGI = "Tinggi"
    SEDANG = "Sedang"
    RENDAH = "Rendah"
    SANGAT_RENDAH = "Sangat Rendah"


class PredikatBaik(LabelledEnum):
    """The same five bands, labels Sangat Baik … Sangat Kurang."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP = "Cukup"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


class EdgeRule(enum.Enum):
    """How the gaps (and the Dumai overlap) of the printed table are resolved."""

    #: ≥ 91, ≥ 76, ≥ 66, ≥ 51 (default).
    LOWER_BOUND = "lower_bound"
    #: > 90, > 75, > 65, > 50.
    UPPER_BOUND = "upper_bound"
    #: ≥ 90 Sangat Tinggi, then as lower_bound (the Dumai LKIP 2024 variant).
    GE90 = "ge90"


class LabelSet(enum.Enum):
    """Which labels the bands carry."""

    #: Sangat Tinggi … Sangat Rendah.
    TINGGI = "tinggi"
    #: Sangat Baik … Sangat Kurang.
    BAIK = "baik"


# Edges between the five bands, lowest first, per edge rule, and whether the band above
# includes the edge. Permendagri 86/2017 prints 51, 66, 76, 91 as lower bounds and
# 50, 65, 75, 90 as upper bounds.
_EDGES: dict[EdgeRule, tuple[tuple[int, bool], ...]] = {
    EdgeRule.LOWER_BOUND: ((51, True), (66, True), (76, True), (91, True)),
    EdgeRule.UPPER_BOUND: ((50, False), (65, False), (75, False), (90, False)),
    # Dumai LKIP 2024 Tabel III.1: "≥ 90 Sangat Tinggi; 76 ≤ 90 Tinggi"; 90 goes up.
    EdgeRule.GE90: ((51, True), (66, True), (76, True), (90, True)),
}

_SOURCE = "Permendagri 86/2017, Skala Nilai Peringkat Kinerja"


def scale(
    edge_rule: object = EdgeRule.LOWER_BOUND, labels: object = LabelSet.TINGGI
) -> Scale[Predikat | PredikatBaik]:
    """Return the band table for an edge rule and label set, as validated data.

    Raises:
        InvalidValue: for an unknown edge rule or label set.
    """
    rule = parse_option(EdgeRule, edge_rule, "edge_rule")
    label_set = parse_option(LabelSet, labels, "labels")
    return _build(rule, label_set)


@functools.cache
def _build(rule: EdgeRule, label_set: LabelSet) -> Scale[Predikat | PredikatBaik]:
    """Build the scale once per edge rule and label set (a `Scale` is immutable)."""
    edges = _EDGES[rule]
    lowers: list[tuple[Decimal | None, bool]] = [(None, True)]
    lowers += [(Decimal(edge), inclusive) for edge, inclusive in edges]
    uppers: list[tuple[Decimal | None, bool]] = [
        (Decimal(edge), not inclusive) for edge, inclusive in edges
    ]
    uppers.append((None, False))
    name = f"permendagri86_{rule.value}_{label_set.value}"
    members: list[Predikat | PredikatBaik] = list(
        reversed(PredikatBaik if label_set is LabelSet.BAIK else Predikat)
    )
    return Scale(
        name,
        tuple(
            Band(level, lo, hi, lower_inclusive=lo_inc, upper_inclusive=hi_inc)
            for level, (lo, lo_inc), (hi, hi_inc) in zip(members, lowers, uppers, strict=True)
        ),
        _SOURCE,
    )


# The default scale and options as module constants, for the fast path of `classify`.
_LOWER_BOUND, _TINGGI = EdgeRule.LOWER_BOUND, LabelSet.TINGGI
_DEFAULT = _build(_LOWER_BOUND, _TINGGI)
_RAW = ClassifyOn.RAW
# The default scale is unbounded and each inner edge belongs to the band above it (≥ 51,
# ≥ 66, ≥ 76, ≥ 91), so a value's band is ``bisect_right`` of the edges: `classify`'s fast
# path for a finite Decimal within akip's range. Checked here against the scale's bands.
_DEFAULT_EDGES = tuple(band.lower for band in _DEFAULT.bands[1:] if band.lower is not None)
_DEFAULT_LEVELS = _DEFAULT.levels
if (
    len(_DEFAULT_EDGES) != len(_DEFAULT.bands) - 1
    or _DEFAULT.bands[0].lower is not None
    or _DEFAULT.bands[-1].upper is not None
    or not all(band.lower_inclusive for band in _DEFAULT.bands[1:])
):  # pragma: no cover - a change of _EDGES that the fast path does not allow for
    raise AssertionError(_DEFAULT.name)


def bands(
    edge_rule: object = EdgeRule.LOWER_BOUND, labels: object = LabelSet.TINGGI
) -> tuple[Band[Predikat | PredikatBaik], ...]:
    """The bands of `scale`, lowest first: public data, validated total and non-overlapping.

    Examples:
        >>> [(b.level.label, b.interval()) for b in bands()][-1]
        ('Sangat Tinggi', '91 ≤ x')
    """
    return scale(edge_rule, labels).bands


@overload
def classify(
    value: object,
    *,
    edge_rule: object = ...,
    labels: Literal[LabelSet.TINGGI, "tinggi"] = ...,
    cap: object = ...,
    classify_on: object = ...,
) -> Predikat: ...
@overload
def classify(
    value: object,
    *,
    edge_rule: object = ...,
    labels: Literal[LabelSet.BAIK, "baik"],
    cap: object = ...,
    classify_on: object = ...,
) -> PredikatBaik: ...
@overload
def classify(
    value: object,
    *,
    edge_rule: object = ...,
    labels: object,
    cap: object = ...,
    classify_on: object = ...,
) -> Predikat | PredikatBaik: ...
def classify(
    value: object,
    *,
    edge_rule: object = EdgeRule.LOWER_BOUND,
    labels: object = LabelSet.TINGGI,
    cap: object = None,
    classify_on: object = ClassifyOn.RAW,
) -> Predikat | PredikatBaik:
    """Rate a capaian on the Permendagri 86/2017 scale.

    Args:
        value: The capaian in percent (any number `akip.to_decimal` accepts).
        edge_rule: `EdgeRule` (default ``lower_bound``).
        labels: `LabelSet` (default Sangat Tinggi … Sangat Rendah).
        cap: Cap the value before rating (none by default).
        classify_on: ``"raw"`` (default) rates the exact value; ``"rounded"`` rates it rounded
            HALF_UP to 2 decimals, as printed (90,996 → 91,00 → Sangat Tinggi).

    Returns:
        The band, an enum member with an Indonesian ``.label``.

    Raises:
        InvalidNumber: if *value* is not a number.
        InvalidValue: for an unknown option.

    Examples:
        >>> classify(Decimal("90.996")).label
        'Tinggi'
        >>> classify(Decimal("90.996"), classify_on="rounded").label
        'Sangat Tinggi'
    """
    if (
        type(value) is Decimal
        and edge_rule is _LOWER_BOUND
        and labels is _TINGGI
        and cap is None
        and classify_on is _RAW
        and value.is_finite()
        and -EXPONENT_LIMIT <= value.adjusted() <= EXPONENT_LIMIT
    ):
        # The common call: a finite Decimal within akip's range (`akip.numbers.to_decimal`),
        # every option at its default. Equal to the general path (tested property).
        return _DEFAULT_LEVELS[bisect_right(_DEFAULT_EDGES, value)]
    number = rating_value(value, cap=cap, classify_on=classify_on)
    if edge_rule is _LOWER_BOUND and labels is _TINGGI:
        return _DEFAULT.classify(number)
    return scale(edge_rule, labels).classify(number)


@overload
def classify_many(
    values: Iterable[object],
    *,
    edge_rule: object = ...,
    labels: Literal[LabelSet.TINGGI, "tinggi"] = ...,
    cap: object = ...,
    classify_on: object = ...,
) -> list[Predikat]: ...
@overload
def classify_many(
    values: Iterable[object],
    *,
    edge_rule: object = ...,
    labels: Literal[LabelSet.BAIK, "baik"],
    cap: object = ...,
    classify_on: object = ...,
) -> list[PredikatBaik]: ...
@overload
def classify_many(
    values: Iterable[object],
    *,
    edge_rule: object = ...,
    labels: object,
    cap: object = ...,
    classify_on: object = ...,
) -> list[Predikat] | list[PredikatBaik]: ...
def classify_many(
    values: Iterable[object],
    *,
    edge_rule: object = EdgeRule.LOWER_BOUND,
    labels: object = LabelSet.TINGGI,
    cap: object = None,
    classify_on: object = ClassifyOn.RAW,
) -> list[Predikat] | list[PredikatBaik]:
    """Rate many capaian at once: ``[classify(v, **options) for v in values]``, faster.

    The options (the same as `classify`'s, in any form it takes) are checked once, before
    any value; then each finite `Decimal` is placed by one bisection over the edges of the
    chosen scale. Any other value (an ``int``, text, a capped or rounded rating) takes
    `classify`'s own path, so every level and every error is the one `classify` gives.

    Args:
        values: The capaian, a list, a tuple or any other iterable (not text).
        edge_rule: `EdgeRule` (default ``lower_bound``).
        labels: `LabelSet` (default Sangat Tinggi … Sangat Rendah).
        cap: Cap each value before rating (none by default).
        classify_on: ``"raw"`` (default) or ``"rounded"`` (HALF_UP, 2 decimals).

    Returns:
        One band per value, in order.

    Raises:
        InvalidValue: *values* is not a sequence of values, or an unknown option.
        InvalidNumber: a value that is not a number; the message starts with
            ``values[i]:``, the index of the first bad value.

    Examples:
        The Dumai LKIP 2024 capaian 104,44 %, 85 % and 90,5 % (Tinggi by the default rule,
        Sangat Tinggi by ``upper_bound``):

        >>> values = [Decimal("104.44"), Decimal(85), Decimal("90.5")]
        >>> [p.label for p in classify_many(values)]
        ['Sangat Tinggi', 'Tinggi', 'Tinggi']
        >>> [p.label for p in classify_many(values, edge_rule="upper_bound")]
        ['Sangat Tinggi', 'Tinggi', 'Sangat Tinggi']
        >>> classify_many([Decimal(80), "8O"])
        Traceback (most recent call last):
        akip.exceptions.InvalidNumber: values[1]: 'value' must be plain numeric text ...
    """
    rating_options(cap, classify_on)  # in `classify`'s order: cap, classify_on, scale
    rule = parse_option(EdgeRule, edge_rule, "edge_rule")
    label_set = parse_option(LabelSet, labels, "labels")
    return rate_many(  # type: ignore[return-value]
        _build(rule, label_set), values, cap=cap, classify_on=classify_on
    )


def markdown(edge_rule: str = "lower_bound", labels: str = "tinggi") -> str:
    """The band table as Markdown, for the docs (rendered from the same data)."""
    return scale(edge_rule, labels).to_markdown()
