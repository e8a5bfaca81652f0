"""capaian (capaian kinerja and its labels: every indicator row of a report re-checked).

For every indicator, year and measure the reference value is the consensus of the places
that print it (`akip.check.consensus`); a place printing another value is the slip. A
printed capaian is checked against the capaian of the **consensus** target and realisasi,
so a row that copies a slipped realisasi but prints the right capaian agrees (Dumai Tabel 5:
realisasi 95 % is the slip, capaian 104 % = 94 / 90 agrees). A capaian without inputs
anywhere is checked against the other places printing it. The predikat (Permendagri
86/2017) and the atribut are the bands of the recomputed capaian. The targets a report
declares (Renstra, RKT, PK murni, PK perubahan) are one quantity per year and document; the
rows' target is the latest Perjanjian Kinerja, and a row measured against a murni target a
perubahan superseded is ``SUPERSEDED_TARGET``.

References:
    - PermenPANRB 8/2021 (capaian = realisasi / target × 100; lower is better:
      (2·target − realisasi) / target × 100).
    - Permendagri 86/2017 (Skala Nilai Peringkat Kinerja).
    - PermenPANRB 53/2014 (Perjanjian Kinerja and its perubahan; Renstra → RKT → PK).

Examples:
    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> index = Index(report.load("examples/dumai-2024.toml"))
    >>> events = list(check_indicators(index))
    >>> iku1 = [e for e in events if e.subject is not None and e.status is not None
    ...         and e.subject.where.place == "Tabel 5"
    ...         and index.quantity[id(e.subject)][1] == "IKU1"]
    >>> sorted((e.subject.where.column, e.status.value) for e in iku1)
    [('capaian', 'agrees'), ('realisasi', 'differs'), ('target', 'agrees')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akip import atribut, capaian, predikat
from akip.check.claims import INDICATOR_MEASURES, VERSIONS
from akip.check.consensus import conflicts, decide
from akip.check.findings import (
    ATRIBUT,
    CAPAIAN,
    CAPAIAN_MIN,
    PREDIKAT,
    Event,
    Finding,
    Severity,
    agreed,
    compare,
    differs,
    not_computable,
    same_text,
    unchecked,
)
from akip.check.ledger import Status
from akip.exceptions import AkipError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from akip.check.claims import Index
    from akip.report import Indicator, IndicatorRow, Label

__all__ = ["check_indicators"]

_CASCADE = "planning targets cascade: Renstra → RKT → Perjanjian Kinerja (PermenPANRB 53/2014)"


def check_indicators(index: Index) -> Iterator[Event]:
    """Every indicator of the report: its quantities, rows, labels and planning targets."""
    for indicator in index.report.indicators:
        yield from _quantities(index, indicator)
        for row in indicator.rows:
            yield from _row(index, indicator, row)
        yield from _targets(index, indicator)


def _quantities(index: Index, indicator: Indicator) -> Iterator[Event]:
    """Target, realisasi and capaian of each year: the places that differ from the consensus."""
    keys = sorted({(row.year, row.period or "") for row in indicator.rows})
    for year, period in keys:
        for measure in INDICATOR_MEASURES:
            consensus = index.indicator_value(indicator.id, year, measure, period or None)
            if measure == "capaian" and consensus.recomputed is not None:
                continue  # each printed capaian is compared with the recomputation
            what = f"{indicator.id}: {measure} {year}{' ' + period if period else ''}"
            superseded = None
            if measure == "target" and not period:
                pk = index.pk_target(indicator.id, year)
                superseded = pk[2] if pk is not None else None
            rows_only = [f for f in consensus.figures if f.where.column == measure]
            if measure == "target" and not rows_only:
                continue  # the PK declarations alone: checked with the planning targets
            if len(consensus.figures) == 1 and measure == "target":
                yield unchecked(
                    consensus.figures[0],
                    f"printed in one place only, and the report declares no Perjanjian "
                    f"Kinerja target of {year}",
                )
            yield from (
                event
                for event in conflicts(consensus, what, superseded)
                if event.subject is None or event.subject.where.column == measure
            )


def _row(  # noqa: C901, PLR0912 - one branch per printed column
    index: Index, indicator: Indicator, row: IndicatorRow
) -> Iterator[Event]:
    rule = CAPAIAN_MIN if indicator.polarity == "minimize" else CAPAIAN
    exact = index.capaian(indicator.id, row.year, row.period)
    inputs = tuple(f for f in (row.target, row.realisasi) if f is not None)
    if row.capaian is not None:
        if exact is not None:
            why = ""
            if row.realisasi is not None and row.capaian.value == row.realisasi.value:
                why = "the realisasi is printed where the capaian is named"
            yield from compare(
                row.capaian, exact, "CAPAIAN_MISMATCH", rule, "capaian", why, inputs
            )
        elif row.target is not None and row.realisasi is not None:
            try:
                capaian.compute(row.target.value, row.realisasi.value, indicator.polarity)
            except AkipError as exc:
                yield Event(row.capaian, Status.NOT_COMPUTABLE, rule=rule, reason=str(exc))
    value = exact if exact is not None else (row.capaian.value if row.capaian else None)
    labels = (row.capaian,) if row.capaian is not None else inputs
    if value is not None and row.predikat is not None:
        yield from _check_predikat(row.predikat, value, labels)
    if value is not None and row.atribut is not None:
        expected = atribut.classify(value).label
        if same_text(row.atribut.text, expected):
            yield agreed(row.atribut, expected, ATRIBUT)
        else:
            finding = Finding(
                "ATRIBUT_MISMATCH",
                Severity.ERROR,
                str(row.atribut.where),
                row.atribut.text,
                expected,
                ATRIBUT,
                f"a capaian of {value:.2f} is {expected}",
            )
            yield differs(row.atribut, finding, labels)
    if row.kemajuan is not None:
        if row.target_renstra is not None and row.realisasi is not None:
            end, reached = row.target_renstra.value, row.realisasi.value
            try:
                progress = capaian.compute(end, reached, indicator.polarity)
            except AkipError as exc:
                yield not_computable(row.kemajuan, rule, exc)
            else:
                yield from compare(
                    row.kemajuan,
                    progress,
                    "CAPAIAN_MISMATCH",
                    rule,
                    "tingkat kemajuan Renstra",
                    inputs=(row.target_renstra, row.realisasi),
                )
        else:
            yield unchecked(row.kemajuan, "the row prints no target akhir Renstra or realisasi")


def _check_predikat(
    label: Label, value: Decimal, inputs: tuple[Label | object, ...]
) -> Iterator[Event]:
    expected = predikat.classify(value).label
    used = tuple(i for i in inputs if i is not None)
    if same_text(label.text, expected):
        yield agreed(label, expected, PREDIKAT)
        return
    attribute = atribut.classify(value).label
    if same_text(label.text, attribute):
        finding = Finding(
            "PREDIKAT_MISMATCH",
            Severity.INFO,
            str(label.where),
            label.text,
            expected,
            PREDIKAT,
            f"the column names the Permendagri 86/2017 predikat ({expected}) but prints the "
            f"atribut scale's label {attribute!r}",
        )
        yield agreed(label, attribute, ATRIBUT, "the atribut scale's label")
        yield differs(label, finding)
        return
    finding = Finding(
        "PREDIKAT_MISMATCH",
        Severity.ERROR,
        str(label.where),
        label.text,
        expected,
        PREDIKAT,
        f"a capaian of {value:.2f} is {expected} on the Permendagri 86/2017 scale",
    )
    yield differs(label, finding, used)  # type: ignore[arg-type]


def _targets(index: Index, indicator: Indicator) -> Iterator[Event]:
    """Planning targets: one value per year and document, cascading Renstra → RKT → PK."""
    by_key: dict[tuple[int, str], list[object]] = {}
    for target in indicator.targets:
        by_key.setdefault((target.year, target.version), []).append(target.value)
    for (year, version), figures in sorted(by_key.items()):
        consensus = decide(figures)  # type: ignore[arg-type]
        what = f"{indicator.id}: target {version} {year}"
        yield from conflicts(consensus, what)
        if len(figures) > 1 or consensus.value is None:
            continue
        (figure,) = consensus.figures
        later = [
            decide(by_key[year, v]).value  # type: ignore[arg-type]
            for v in VERSIONS[VERSIONS.index(version) + 1 :]
            if (year, v) in by_key
        ]
        earlier = [
            decide(by_key[year, v]).value  # type: ignore[arg-type]
            for v in VERSIONS[: VERSIONS.index(version)]
            if (year, v) in by_key
        ]
        rows = index.indicator_value(indicator.id, year, "target")
        printed_rows = [f for f in rows.figures if f.where.column == "target"]
        neighbours = [v for v in (*earlier[-1:], *later[:1]) if v is not None]
        if consensus.value in neighbours:
            yield agreed(figure, figure.text, _CASCADE, "the same target as the next document")
        elif version == "perubahan" and printed_rows:
            if any(f.value == figure.value for f in printed_rows):
                yield agreed(figure, figure.text, _CASCADE, "the target the rows print")
            else:
                yield unchecked(figure, "the latest Perjanjian Kinerja; no row prints it")
        elif neighbours:
            yield unchecked(
                figure,
                f"{version} target differs from the {'previous' if earlier else 'next'} "
                "planning document of the year (a revision is allowed; nothing to compare)",
                _CASCADE,
            )
        elif printed_rows and rows.value is not None and version in ("renstra", "rkt"):
            yield from compare(
                figure,
                rows.value,
                "CROSS_TABLE_CONFLICT",
                _CASCADE,
                f"{what} against the rows' target",
            )
        else:
            yield unchecked(
                figure,
                f"printed in one place only ({figure.where.place}); no other document "
                f"of {year} states this target",
            )
