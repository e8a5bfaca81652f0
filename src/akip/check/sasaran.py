"""sasaran (capaian sasaran: the Jumlah and Rata-rata capaian of a sasaran's indicators).

An LKjIP measures each sasaran strategis by its indicators, and many tables print under
them a summary row of the capaian column: the *Jumlah capaian* (their sum) and the
*Rata-rata capaian* (their mean, the "capaian sasaran"), often with the predikat of the
mean. Kinerja does not roll up by summing pagu-like amounts: the capaian of a sasaran is the
simple mean of its indicators' capaian (akip rules §1; rules research, rollup: practice takes
the simple mean).

The rule: each printed jumlah and mean is recomputed from the **exact** capaian akip
recomputes for each summarised indicator of the row's year (`akip.check.claims.Index.capaian`:
the capaian of the consensus target and realisasi, the same value every other rule reads),
each capped only at the cap the report or the indicator declares (``capaian_cap``, ``cap``;
none by default, akip rules §1, applied before averaging), and compared at the printed
decimals (HALF_UP). The mean is `akip.capaian.mean`. A printed figure that is the sum or
mean of the *printed* capaian, each of which agrees with its exact one, agrees: its
difference is only the rounding of its inputs, as a capaian computed from unrounded inputs
agrees in `akip.check.capaian`. When a summarised indicator's capaian of the year cannot be
computed (no target or realisasi), the sasaran has no indicator, or the row declares that it
summarises indicators the file does not transcribe (``partial``: a mean over indicators the
page does not all print), the row cannot be judged: a ``NOT_COMPUTABLE`` warning says so,
never a silent agreement nor an error computed from too few indicators. The predikat and
atribut printed for the mean are judged like an indicator row's labels, on the scale the
summarised indicators share, else on the default scales.

References:
    - akip rules §1 (capaian; caps: none by default, applied before rating and, separately,
      before averaging) and the rules research on kinerja aggregation (the simple mean of
      the indicators' capaian).
    - PermenPANRB 53/2014 (the Laporan Kinerja measures each sasaran by its indicators'
      capaian).
    - Permendagri 86/2017 (Skala Nilai Peringkat Kinerja, the predikat of the mean).

Examples:
    Tabel 3.5 of the LKjIP 2019 of Kecamatan Gunung Kaler prints the Jumlah 310,38 and the
    Rata-rata 103,46 of three capaian, 88,94 / 82,5, 66,67 / 65 and 44,44 / 44,44: their sum
    is 107,806… + 102,569… + 100 = 310,375… and their mean 103,458…:

    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> index = Index(report.load("examples/gunung-kaler-2020.toml"))
    >>> [(e.subject.text, e.status.value) for e in check_sasaran(index)
    ...  if e.subject is not None and e.subject.where.year == 2019]
    [('310,38', 'agrees'), ('103,46', 'agrees')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from akip import capaian
from akip._decimal import total
from akip._i18n import N_, Message
from akip._validators import items_of, shown
from akip.check.capaian import labels_of
from akip.check.claims import Index, reads_index
from akip.check.findings import (
    Event,
    Finding,
    Severity,
    agreed,
    agreement,
    agrees,
    agrees_value,
    differs,
    disagreement,
    unchecked,
)
from akip.exceptions import InvalidValue, UnknownId

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from akip.report import Figure, Indicator, Sasaran, SasaranRow

__all__ = ["capaian_sasaran", "check_sasaran"]

#: The rule of a printed Jumlah capaian.
JUMLAH: Final = Message(
    N_("Jumlah capaian = the exact sum of the indicators' capaian (akip rules §1, §3)")
)
#: The rule of a printed Rata-rata capaian.
RATA_RATA: Final = Message(
    N_(
        "Rata-rata capaian = the mean of the indicators' exact capaian, each capped only at a "
        "declared cap (akip rules §1)"
    )
)

_PARTIAL: Final = Message(
    N_("the row summarises indicators the file does not transcribe (partial = true)")
)
_NO_MEAN: Final = Message(
    N_("the mean of the indicators' capaian cannot be computed, and the row prints none")
)


@reads_index
def check_sasaran(index: Index) -> Iterator[Event]:
    """Every summary row of every sasaran: its Jumlah, its Rata-rata and their labels."""
    members: dict[str, list[Indicator]] = {}
    for indicator in index.report.indicators:
        if indicator.sasaran is not None:
            members.setdefault(indicator.sasaran, []).append(indicator)
    for sasaran in index.report.sasaran:
        for row in sasaran.rows:
            yield from _row(index, sasaran, row, members.get(sasaran.id, []))


def capaian_sasaran(
    index: object, indicators: object, year: object
) -> tuple[Decimal, Decimal] | None:
    """The exact Jumlah and Rata-rata capaian of *indicators* in *year*.

    Each indicator's capaian is `akip.check.claims.Index.capaian` (capped at a declared
    cap only); ``None`` when there is no indicator or one capaian cannot be computed. The
    result does not depend on the order of *indicators*.

    Raises:
        InvalidValue: if *index* is no `akip.check.claims.Index`, *indicators* no sequence of
            ids or *year* no integer.
        UnknownId: for an id that is no indicator of the report (also a `KeyError`).
    """
    if not isinstance(index, Index):
        msg = f"'index' must be an akip.check.claims.Index: {shown(index)}"
        raise InvalidValue(msg)
    ids = items_of(indicators, str, "indicators")
    if isinstance(year, bool) or not isinstance(year, int):
        msg = f"'year' must be an integer: {shown(year)}"
        raise InvalidValue(msg)
    for id_ in ids:
        if id_ not in index.indicators:
            msg = f"no indicator with id {shown(id_)}"
            raise UnknownId(msg)
    values = [index.capaian(id_, year) for id_ in ids]
    exact = [value for value in values if value is not None]
    if not exact or len(exact) != len(values):
        return None
    # Summed in order of value: 60-digit quotients summed in file order could differ in
    # their last digit from one order of the indicators to another.
    exact.sort()
    return total(exact, exact=False), capaian.mean(exact)


def _row(
    index: Index, sasaran: Sasaran, row: SasaranRow, members: list[Indicator]
) -> Iterator[Event]:
    """One summary row: recomputed from its indicators' capaian, or said not to be judged."""
    summarised = [index.indicators[id_] for id_ in row.indicators] if row.indicators else members
    values = [index.capaian(indicator.id, row.year) for indicator in summarised]
    inputs = tuple(
        figure
        for indicator in summarised
        if (figure := _printed_capaian(indicator, row)) is not None
    )
    scales = {indicator.scale for indicator in summarised}
    named = scales.pop() if len(scales) == 1 else None
    missing = [ind.id for ind, value in zip(summarised, values, strict=True) if value is None]
    if not summarised or missing or row.partial:
        if row.partial:
            why = _PARTIAL
        elif missing:
            why = Message(
                N_("the capaian of {indicators} of {year} cannot be computed"),
                indicators=", ".join(missing),
                year=str(row.year),
            )
        else:
            why = Message(N_("the sasaran {sasaran} has no indicator"), sasaran=sasaran.id)
        for figure in (row.jumlah, row.capaian):
            if figure is not None:
                yield _not_judged(figure, why)
        if row.capaian is not None:
            # The labels of the printed mean, as an indicator row's labels of its printed
            # capaian when it prints no target or realisasi.
            yield from labels_of(
                index, named, row.predikat, row.atribut, row.capaian.value, (row.capaian,)
            )
        else:
            yield from _no_mean(row)
        return
    exact = [value for value in values if value is not None]
    recomputed = capaian_sasaran(index, [indicator.id for indicator in summarised], row.year)
    assert recomputed is not None  # noqa: S101 - every capaian is known here
    jumlah, mean = recomputed
    printed = [figure.value for figure in inputs]
    rounded = len(inputs) == len(summarised) and all(
        agrees(figure, value) for figure, value in zip(inputs, exact, strict=True)
    )
    if row.jumlah is not None:
        yield _judge(
            row.jumlah,
            jumlah,
            total(printed) if len(inputs) == len(summarised) else None,
            "SUM_MISMATCH",
            inputs,
            rounded=rounded,
        )
    if row.capaian is not None:
        yield _judge(
            row.capaian,
            mean,
            capaian.mean(printed) if len(inputs) == len(summarised) else None,
            "CAPAIAN_MISMATCH",
            inputs,
            rounded=rounded,
        )
    labelled = (row.capaian,) if row.capaian is not None else inputs
    yield from labels_of(index, named, row.predikat, row.atribut, mean, labelled)


def _printed_capaian(indicator: Indicator, row: SasaranRow) -> Figure | None:
    """The capaian *indicator* prints for the row's year: in the row's place, else anywhere."""
    found = None
    for own in indicator.rows:
        if (
            own.year != row.year
            or own.period is not None
            or own.unit is not None
            or own.other_target
            or own.capaian is None
        ):
            continue
        if own.place == row.place:
            return own.capaian
        found = found or own.capaian
    return found


def _judge(
    figure: Figure,
    exact: Decimal,
    of_printed: Decimal | None,
    code: str,
    inputs: tuple[Figure, ...],
    *,
    rounded: bool,
) -> Event:
    """A printed jumlah or mean against the exact one; the rounding of its inputs is no slip."""
    jumlah = code == "SUM_MISMATCH"
    rule = JUMLAH if jumlah else RATA_RATA
    if agrees(figure, exact):
        return agreement(figure, rule, inputs)
    same = of_printed is not None and agrees_value(figure.value, figure.decimals, of_printed)
    of_what = Message(N_("sum")) if jumlah else Message(N_("mean"))
    if same and rounded:
        return agreed(
            figure,
            figure.text,
            rule,
            Message(
                N_(
                    "the {what} of the printed capaian, each of which agrees: the difference "
                    "is only their rounding"
                ),
                what=of_what,
            ),
        )
    why = ""
    if same:
        why = Message(
            N_("the {what} of the printed capaian, one of which differs from its rule"),
            what=of_what,
        )
    what = Message(N_("Jumlah capaian")) if jumlah else Message(N_("Rata-rata capaian"))
    return disagreement(figure, exact, code, rule, what, why, inputs)


def _not_judged(figure: Figure, why: str) -> Event:
    """A printed jumlah or mean that cannot be judged: a warning naming why, never agreement."""
    finding = Finding(
        "NOT_COMPUTABLE",
        Severity.WARNING,
        str(figure.where),
        figure.text,
        None,
        JUMLAH if figure.where.column == "jumlah" else RATA_RATA,
        Message(
            N_("{why}: the summary of the sasaran's indicators cannot be judged"),
            why=why,
        ),
    )
    return differs(figure, finding)


def _no_mean(row: SasaranRow) -> Iterator[Event]:
    """The labels of a row that prints no mean and whose mean cannot be computed."""
    for label in (row.predikat, row.atribut):
        if label is not None:
            yield unchecked(label, _NO_MEAN)
