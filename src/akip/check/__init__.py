"""check (pemeriksaan laporan kinerja, re-checking every printed figure of an LKjIP).

`check` recomputes each figure a report prints, with akip's own rules, and lists every
discrepancy as a frozen [`Finding`][akip.check.Finding]: a stable code, where the figure is
printed, the printed and the expected value, the rule it breaks (with its regulation) and a
severity. A figure is accepted when it equals the exact value rounded HALF_UP to the number
of decimals printed (``"104%"`` for 104,444… is correct); a truncated value is its own finding
(``TRUNCATED``), not silently accepted. Where the report's method is recognisable but is not
the rule (a mean of ratios instead of a ratio of sums, realisasi divided where capaian was
named), the finding says so.

Finding codes:

| code | what |
|---|---|
| ``CAPAIAN_MISMATCH`` | a printed capaian (or Renstra progress) differs from the formula |
| ``PREDIKAT_MISMATCH`` | a printed Permendagri 86/2017 rating differs from the band of the value |
| ``ATRIBUT_MISMATCH`` | a printed success attribute differs from the band of the value |
| ``PCT_MISMATCH`` | a printed penyerapan / capaian fisik / efisiensi anggaran differs |
| ``MEAN_OF_RATIOS`` | a percentage equals the mean of child ratios, not the ratio of sums |
| ``SUM_MISMATCH`` | a printed total (sisa, nilai anggaran) differs from the sum of its parts |
| ``RATIO_MISMATCH`` | a printed efficiency index differs from capaian / penyerapan |
| ``CATEGORY_MISMATCH`` | a printed Efisien / Tidak Efisien differs from the index |
| ``TRUNCATED`` | a printed figure is the exact value cut off, not rounded HALF_UP |
| ``TERBILANG_MISMATCH`` | an amount in words does not spell its figure |
| ``CROSS_TABLE_CONFLICT`` | the same figure is printed differently in two places |
| ``MIXED_UNITS`` | a fisik total adds only the lines in one unit, leaving others out |
| ``RENSTRA_YEAR`` | a "year n of the Renstra" statement is wrong |
| ``STATEMENT_MISMATCH`` | a narrative change ("naik 4%", "sama") or label contradicts figures |
| ``NOT_COMPUTABLE`` | a figure's inputs are outside its rule (a target of 0, a negative amount) |
| ``EVALUASI_MISMATCH`` | an LKE's printed score or predikat differs from its answers |
| ``PLAUSIBILITY`` | a figure is arithmetically possible but implausible (fisik 100 %, Rp 0) |

Narrative statements (``kind = "change"`` and ``"label"``) are checked against the report's
own figures:

- The value of a measure in a year comes from the indicator's rows of that year (a capaian
  recomputed from the row's target and realisasi when both are printed, else as printed), or
  from the budget line's amounts (its own row, else the sum of its children; budget rows are
  of the report year). Rows at the statement's own place come first; otherwise the most
  common value, ties to the first in file order. A year the report prints nowhere else is
  taken from the statement's own ``from_value`` / ``to_value``; a year with no value at all
  makes the change impossible to state (an error).
- The direction is judged at the precision the report prints: "sama" is right when both
  years round to the same printed figure.
- The size ``by`` printed with "%" is right when it is the relative change
  ``(new − old) / old × 100``. For a measure that is itself a percentage (capaian,
  penyerapan, an indicator in "%") a ``by`` equal to the difference in **points** is
  accepted too, with an informational finding: "5,93%" for 96,66 → 90,73 is 5,93 points, a
  relative fall of 6,13 %. A ``by`` without "%" is the difference in points (or units).
- A label is accepted when it is the capaian's predikat (Permendagri 86/2017) or atribut.

The "Efisiensi Anggaran" and "Nilai Anggaran" boxes of an indicator row are checked against
the pagu and realisasi of the row's (else the indicator's) programs: the efisiensi as
Σsisa / Σpagu (``MEAN_OF_RATIOS`` when it is 100 − the mean of the programs' penyerapan),
the nilai anggaran as Σpagu, or Σrealisasi when the row declares
``nilai_anggaran_measure = "realisasi"``; an undeclared box printing Σrealisasi gets an
informational ``SUM_MISMATCH``.

References:
    - The rules each check applies: `akip.capaian` (PermenPANRB 8/2021), `akip.predikat`
      (Permendagri 86/2017), `akip.atribut`, `akip.anggaran` (Kepmendagri 050-5889/2021),
      `akip.efisiensi`, `akip.fisik`, `akip.periode`, `akip.komparasi`, `akip.terbilang`.
    - PermenPANRB 53/2014 (Perjanjian Kinerja, pelaporan kinerja, reviu LKjIP).

Examples:
    Tabel 6 of the Dumai LKIP 2024 prints the mean of four programs' ratios; the ratio of
    their sums is 35.920.783.504 / 39.182.547.765 = 91,68 %:

    >>> from akip import report
    >>> findings = check(report.load("examples/dumai-2024.toml"))
    >>> f = next(f for f in findings if f.code == "MEAN_OF_RATIOS")
    >>> f.place, f.printed, f.expected
    ("Tabel 6, row '1.', column penyerapan", '79,61', '91,68')

    §3.1 says IKU1's capaian stayed the same; 94 / 90 = 104,44 % in 2024 against 100 % in
    2023 (printed 104 % and 100 %):

    >>> f = next(f for f in findings if f.code == "STATEMENT_MISMATCH")
    >>> f.place, f.printed, f.expected
    ("§3.1, row '1', column direction", 'sama', 'meningkat')
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
from collections import Counter, defaultdict
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING, Final

import attrs

from akip import (
    _html,
    anggaran,
    atribut,
    capaian,
    efisiensi,
    fisik,
    komparasi,
    periode,
    predikat,
    terbilang,
)
from akip._decimal import HUNDRED, ZERO, quantize, quotient, total
from akip._validators import items_of
from akip.exceptions import AkipError, InvalidValue
from akip.numbers import format_number, round_half_up

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from akip.report import (
        Amount,
        BudgetLine,
        BudgetRow,
        EfficiencyRow,
        Evaluasi,
        Figure,
        Indicator,
        IndicatorRow,
        Label,
        Report,
        Statement,
        Where,
    )

__all__ = ["Finding", "Severity", "check", "summary"]


class Severity(enum.Enum):
    """How serious a finding is."""

    #: A printed figure is wrong under the rule.
    ERROR = "error"
    #: A figure is inconsistent or follows another method; a human should look.
    WARNING = "warning"
    #: Worth knowing; not wrong.
    INFO = "info"


@attrs.frozen
class Finding:
    """One discrepancy between what a report prints and what the rules give.

    Attributes:
        code: A stable code (``SUM_MISMATCH``, ``CAPAIAN_MISMATCH`` …).
        severity: `Severity`.
        place: Where it is printed (table / section, row, column).
        printed: The printed text, as printed.
        expected: What the rule gives, printed with the same precision.
        rule: The rule and its regulation.
        message: One sentence for a human.
        where: The structured place of the figure, when the finding is at one.
        consequences: The findings this one causes, folded under it.
    """

    code: str
    severity: Severity
    place: str
    printed: str | None
    expected: str | None
    rule: str
    message: str
    #: The structured place (table, row, year, column) when the finding is at one figure.
    where: Where | None = None
    #: Findings caused by this one (a parent's % wrong because a subtotal is wrong): listed
    #: under their root cause, not as errors of their own.
    consequences: tuple[Finding, ...] = ()

    def _repr_html_(self) -> str:
        """The finding as a small table, for Jupyter."""
        return _html.record(
            f"akip-finding akip-{self.severity.value}",
            [
                ("code", f"{self.code} ({self.severity.value})"),
                ("place", self.place),
                ("printed", self.printed),
                ("expected", self.expected),
                ("message", self.message),
                ("rule", self.rule),
            ],
        )

    def as_dict(self) -> dict[str, str | None]:
        """The finding as a JSON-ready mapping."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "place": self.place,
            "printed": self.printed,
            "expected": self.expected,
            "rule": self.rule,
            "message": self.message,
        }


_CAPAIAN = "capaian = realisasi / target × 100 (PermenPANRB 8/2021)"
_CAPAIAN_MIN = "capaian = (2·target − realisasi) / target × 100 (PermenPANRB 8/2021)"
_PREDIKAT = "Skala Nilai Peringkat Kinerja (Permendagri 86/2017), edge rule lower_bound"
_ATRIBUT = "Atribut capaian (Tabel III.2 of the report)"
_PENYERAPAN = "penyerapan = realisasi / pagu × 100, ratio of sums (akip rules §3)"
_SUM = "a total is the exact sum of its parts (akip rules §3)"
_INDEKS = "indeks efisiensi = capaian kinerja % / penyerapan % (akip rules §4)"
_FISIK = "capaian fisik = realisasi / target × 100; units are never added (akip rules §3)"
_WORDS = "terbilang: the amount in words spells the figure (akip rules §6)"
# Totals over lines printed two ways are tried with every combination up to this many.
_MAX_COMBINATIONS: Final = 256
_DOMAIN = "every rule has a domain: no target of 0, no negative amount (akip rules §0–§4)"
_LKE = (
    "nilai = Σ sub-components (mean of answers × bobot / 100); predikat on the profile's "
    "table (PermenPANRB 88/2021)"
)
_ROUNDING = "figures are rounded HALF_UP to the printed decimals (akip rules §0)"
_EFISIENSI = (
    "efisiensi anggaran = (Σpagu − Σrealisasi) / Σpagu × 100, ratio of sums (akip rules §3)"
)
_NILAI = "nilai anggaran = the exact sum of the indicator's programs (akip rules §3)"
_STATEMENT = "a narrative change states what the report's own figures give (akip rules §5)"
_POINTS = (
    "a change of a percentage is new − old in points, or (new − old) / old × 100 in "
    "percent (akip rules §5)"
)


def _show(value: Decimal, figure: Figure) -> str:
    text = format_number(value, figure.decimals, locale=figure.locale)
    return text + "%" if figure.percent_sign else text


def _agrees(figure: Figure, exact: Decimal) -> bool:
    return _agrees_value(figure.value, figure.decimals, exact)


def _truncated(figure: Figure, exact: Decimal) -> bool:
    cut = quantize(exact, figure.decimals, ROUND_DOWN)
    return cut == figure.value


def _compare(  # noqa: PLR0917 - an internal helper called positionally throughout
    figure: Figure, exact: Decimal, code: str, rule: str, what: str, why: str = ""
) -> Iterator[Finding]:
    """Yield a finding if *figure* is not *exact* at its printed precision."""
    if _agrees(figure, exact):
        return
    if _truncated(figure, exact):
        yield Finding(
            "TRUNCATED",
            Severity.WARNING,
            str(figure.where),
            figure.text,
            _show(exact, figure),
            _ROUNDING,
            f"{what} {exact.normalize():f} is printed cut off, not rounded HALF_UP",
        )
        return
    message = f"{what}: the rule gives {_show(exact, figure)}, the report prints {figure.text}"
    yield Finding(
        code,
        Severity.ERROR,
        str(figure.where),
        figure.text,
        _show(exact, figure),
        rule,
        message + (f" ({why})" if why else ""),
    )


def _same_label(label: Label, expected: str) -> bool:
    return _same_text(label.text, expected)


def _same_text(text: str, expected: str) -> bool:
    return " ".join(text.lower().split()) == expected.lower()


# ---------------------------------------------------------------- indicators


def _row_capaian(indicator: Indicator, row: IndicatorRow) -> Decimal | None:
    if row.target is None or row.realisasi is None:
        return None
    try:
        return capaian.compute(row.target.value, row.realisasi.value, indicator.polarity)
    except AkipError:
        return None


def _check_indicator(indicator: Indicator) -> Iterator[Finding]:
    rule = _CAPAIAN_MIN if indicator.polarity == "minimize" else _CAPAIAN
    for row in indicator.rows:
        exact = _row_capaian(indicator, row)
        if exact is not None and row.capaian is not None:
            why = ""
            if row.realisasi is not None and row.capaian.value == row.realisasi.value:
                why = "the realisasi is printed where the capaian is named"
            yield from _compare(row.capaian, exact, "CAPAIAN_MISMATCH", rule, "capaian", why)
        value = exact if exact is not None else (row.capaian.value if row.capaian else None)
        if value is not None and row.predikat is not None:
            yield from _check_predikat(row.predikat, value)
        if value is not None and row.atribut is not None:
            expected = atribut.classify(value).label
            if not _same_label(row.atribut, expected):
                yield Finding(
                    "ATRIBUT_MISMATCH",
                    Severity.ERROR,
                    str(row.atribut.where),
                    row.atribut.text,
                    expected,
                    _ATRIBUT,
                    f"a capaian of {value:.2f} is {expected}",
                )
        if row.kemajuan is not None and row.target_renstra is not None and row.realisasi:
            end, reached = row.target_renstra.value, row.realisasi.value
            yield from _recompute(
                row.kemajuan,
                functools.partial(capaian.compute, end, reached, indicator.polarity),
                ("CAPAIAN_MISMATCH", rule, "tingkat kemajuan Renstra"),
            )


def _check_predikat(label: Label, value: Decimal) -> Iterator[Finding]:
    expected = predikat.classify(value).label
    if _same_label(label, expected):
        return
    attribute = atribut.classify(value).label
    if _same_label(label, attribute):
        yield Finding(
            "PREDIKAT_MISMATCH",
            Severity.INFO,
            str(label.where),
            label.text,
            expected,
            _PREDIKAT,
            f"the column names the Permendagri 86/2017 predikat ({expected}) but prints the "
            f"atribut scale's label {attribute!r}",
        )
        return
    yield Finding(
        "PREDIKAT_MISMATCH",
        Severity.ERROR,
        str(label.where),
        label.text,
        expected,
        _PREDIKAT,
        f"a capaian of {value:.2f} is {expected} on the Permendagri 86/2017 scale",
    )


def _cross_indicator(indicator: Indicator) -> Iterator[Finding]:
    """The same indicator, year and measure printed with different values."""
    for measure in ("target", "realisasi", "capaian"):
        seen: dict[int, list[Figure]] = defaultdict(list)
        for row in indicator.rows:
            figure = getattr(row, measure)
            if figure is not None and row.year is not None:
                seen[row.year].append(figure)
        for year, figures in sorted(seen.items()):
            values = {f.value.normalize() for f in figures}
            if len(values) > 1:
                majority = max(values, key=lambda v: sum(f.value == v for f in figures))
                for figure in figures:
                    if figure.value != majority:
                        others = sorted(
                            {str(f.where.place) for f in figures if f.value == majority}
                        )
                        yield Finding(
                            "CROSS_TABLE_CONFLICT",
                            Severity.WARNING,
                            str(figure.where),
                            figure.text,
                            f"{majority:f}",
                            f"one {measure} per indicator and year",
                            f"{indicator.name}: {measure} {year} is {majority:f} in "
                            f"{', '.join(others)}",
                        )


# ---------------------------------------------------------------- budget


def _rows_at(line: BudgetLine, place: str) -> list[BudgetRow]:
    return [row for row in line.rows if row.place == place]


def _check_budget(report: Report) -> Iterator[Finding]:
    children: dict[str, list[BudgetLine]] = defaultdict(list)
    for line in report.budget:
        if line.parent is not None:
            children[line.parent].append(line)
    for line in report.budget:
        yield from _check_line_rows(line)
        yield from _check_sums(line, children.get(line.id, []))
        yield from _check_fisik(line, children.get(line.id, []))
    yield from _check_pagu_versions(report, children)


def _check_line_rows(line: BudgetLine) -> Iterator[Finding]:
    for row in line.rows:
        pagu, realisasi = row.pagu, row.realisasi
        if pagu and realisasi and row.penyerapan and pagu.value > 0:
            yield from _recompute(
                row.penyerapan,
                functools.partial(anggaran.penyerapan, pagu.value, realisasi.value),
                ("PCT_MISMATCH", _PENYERAPAN, "penyerapan"),
            )
        if pagu and realisasi and row.sisa:
            yield from _recompute(
                row.sisa,
                functools.partial(anggaran.sisa, pagu.value, realisasi.value),
                ("SUM_MISMATCH", _SUM, "sisa anggaran"),
            )
        target, done = row.fisik_target, row.fisik_realisasi
        if target and done and row.fisik_capaian and target.value > 0:
            yield from _recompute(
                row.fisik_capaian,
                functools.partial(fisik.capaian_fisik, target.value, done.value),
                ("PCT_MISMATCH", _FISIK, "capaian fisik"),
            )
        if (
            row.fisik_capaian is not None
            and row.realisasi is not None
            and row.fisik_capaian.value >= 100  # noqa: PLR2004 - fully achieved
            and row.realisasi.value == 0
            and row.pagu is not None
            and row.pagu.value > 0
        ):
            why = f"; the report says: {row.permasalahan}" if row.permasalahan else ""
            yield Finding(
                "PLAUSIBILITY",
                Severity.WARNING,
                str(row.fisik_capaian.where),
                row.fisik_capaian.text,
                None,
                "fisik and keuangan of one sub kegiatan should tell the same story",
                f"{line.name}: fisik {row.fisik_capaian.text} achieved with realisasi "
                f"keuangan 0 of pagu {row.pagu.text}{why}",
            )


def _check_sums(line: BudgetLine, kids: list[BudgetLine]) -> Iterator[Finding]:
    if not kids:
        return
    for row in line.rows:
        found = [_first(_rows_at(kid, row.place)) for kid in kids]
        kid_rows = [k for k in found if k is not None]
        if len(kid_rows) != len(kids):
            continue
        for measure in ("pagu", "realisasi"):
            figure = getattr(row, measure)
            parts = [getattr(k, measure) for k in kid_rows]
            if figure is None or any(p is None for p in parts):
                continue
            exact = total(p.value for p in parts)
            yield from _compare(figure, exact, "SUM_MISMATCH", _SUM, f"{measure} of {line.name}")
        if row.penyerapan is not None and row.pagu is None:
            pagu = [k.pagu for k in kid_rows]
            real = [k.realisasi for k in kid_rows]
            if all(pagu) and all(real):
                exact = anggaran.penyerapan(
                    total(p.value for p in pagu if p), total(r.value for r in real if r)
                )
                yield from _compare(
                    row.penyerapan, exact, "PCT_MISMATCH", _PENYERAPAN, "penyerapan"
                )


def _first(rows: list[BudgetRow]) -> BudgetRow | None:
    return rows[0] if rows else None


def _check_fisik(line: BudgetLine, kids: list[BudgetLine]) -> Iterator[Finding]:
    for row in line.rows:
        if row.fisik_target is None or row.fisik_unit is None or row.fisik_unit == "%":
            continue
        lines = [
            fisik.FisikLine(kid.name, k.fisik_target.value, k.fisik_realisasi.value, k.fisik_unit)
            for kid in kids
            for k in _rows_at(kid, row.place)
            if k.fisik_target and k.fisik_realisasi and k.fisik_unit
        ]
        units = {item.satuan.casefold() for item in lines}
        if len(units) < 2 or row.fisik_unit.casefold() not in units:  # noqa: PLR2004
            continue
        same = fisik.sum_in_unit(lines, row.fisik_unit)
        left = [item for item in lines if item.name in same.left_out]
        yield Finding(
            "MIXED_UNITS",
            Severity.WARNING,
            str(row.fisik_target.where),
            f"{row.fisik_target.text} / "
            f"{row.fisik_realisasi.text if row.fisik_realisasi else '-'} {row.fisik_unit}",
            f"{same.target:f} / {same.realisasi:f} {row.fisik_unit} + "
            + ", ".join(f"{i.target:f} / {i.realisasi:f} {i.satuan}" for i in left),
            _FISIK,
            f"{line.name}: the fisik total adds only the {row.fisik_unit} lines and leaves out "
            + "; ".join(f"{i.name[:60]} ({i.target:f} {i.satuan})" for i in left),
        )


def _check_pagu_versions(
    report: Report, children: dict[str, list[BudgetLine]]
) -> Iterator[Finding]:
    """Printed pagu per version: totals sum, and one value per line and version."""
    for line in report.budget:
        by_version: dict[str, list[Figure]] = defaultdict(list)
        for pagu in line.pagu:
            by_version[pagu.version].append(pagu.value)
        final = by_version.get("perubahan") or by_version.get("murni") or []
        rows = [row.pagu for row in line.rows if row.pagu is not None]
        for figure in [*final, *rows]:
            values = {f.value for f in [*final, *rows]}
            if len(values) > 1:
                common = max(values, key=lambda v: sum(f.value == v for f in [*final, *rows]))
                if figure.value != common:
                    yield Finding(
                        "CROSS_TABLE_CONFLICT",
                        Severity.WARNING,
                        str(figure.where),
                        figure.text,
                        _show(common, figure),
                        "one final pagu (perubahan) per line",
                        f"{line.name}: pagu {figure.value:f} here, {common:f} elsewhere",
                    )
        for version, figures in by_version.items():
            kids = children.get(line.id, [])
            for figure in figures:
                parts = [
                    p.value
                    for kid in kids
                    for p in kid.pagu
                    if p.version == version and p.value.where.place == figure.where.place
                ]
                if kids and len(parts) == len(kids):
                    exact = total(p.value for p in parts)
                    yield from _compare(figure, exact, "SUM_MISMATCH", _SUM, f"pagu {version}")


# ---------------------------------------------------------------- efficiency


def _amounts(report: Report, line_id: str) -> anggaran.Amounts | None:
    """Pagu and realisasi of a line: its first row printing both, else its children's sum."""
    line = report.line(line_id)
    for row in line.rows:
        if row.pagu is not None and row.realisasi is not None:
            return anggaran.Amounts(pagu=row.pagu.value, realisasi=row.realisasi.value)
    kids = [_amounts(report, kid.id) for kid in report.children(line_id)]
    if not kids or any(kid is None for kid in kids):
        return None
    return anggaran.group_total(kid for kid in kids if kid is not None)


def _group(report: Report, programs: Iterable[str]) -> list[anggaran.Amounts]:
    """The amounts of each program, or ``[]`` if one of them has none."""
    items = []
    for program in programs:
        amounts = _amounts(report, program)
        if amounts is None:
            return []
        items.append(amounts)
    return items


def _annual(report: Report, indicator_id: str) -> tuple[Decimal, Decimal] | None:
    """Capaian and realisasi of the report year, from the first row that computes one."""
    indicator = report.indicator(indicator_id)
    for row in indicator.rows:
        exact = _row_capaian(indicator, row) if row.year == report.year else None
        if exact is not None and row.realisasi is not None:
            return exact, row.realisasi.value
    return None


def _check_efficiency(report: Report) -> Iterator[Finding]:
    for row in report.efficiency:
        ratio, mean = _ratio_and_mean(_group(report, row.programs))
        if row.penyerapan is not None and ratio is not None and not _agrees(row.penyerapan, ratio):
            if _agrees(row.penyerapan, mean):
                yield Finding(
                    "MEAN_OF_RATIOS",
                    Severity.ERROR,
                    str(row.penyerapan.where),
                    row.penyerapan.text,
                    _show(ratio, row.penyerapan),
                    _PENYERAPAN,
                    f"penyerapan of programs {', '.join(row.programs)} is the mean of their "
                    f"ratios ({_show(mean, row.penyerapan)}); Σrealisasi / Σpagu gives "
                    f"{_show(ratio, row.penyerapan)}",
                )
            else:
                yield from _compare(
                    row.penyerapan, ratio, "PCT_MISMATCH", _PENYERAPAN, "penyerapan"
                )
        annual = _annual(report, row.indicator)
        if annual is None:
            continue
        kinerja, realisasi = annual
        if row.capaian_kinerja is not None:
            why = (
                "the realisasi is printed where the capaian is named"
                if row.capaian_kinerja.value == realisasi
                else ""
            )
            yield from _compare(
                row.capaian_kinerja, kinerja, "CAPAIAN_MISMATCH", _CAPAIAN, "capaian kinerja", why
            )
        if row.indeks is not None and ratio is not None:
            yield from _check_indeks(
                row, row.indeks, kinerja=kinerja, ratio=ratio, realisasi=realisasi
            )


def _ratio_and_mean(group: list[anggaran.Amounts]) -> tuple[Decimal | None, Decimal]:
    """Penyerapan of a group as a ratio of sums, and the mean of its ratios (for the hint).

    ``(None, 0)`` when there is nothing to compute: no group, or a pagu of 0.
    """
    try:
        return anggaran.group_total(group).penyerapan, anggaran.mean_of_penyerapan(group)
    except AkipError:
        return None, ZERO


def _check_indeks(
    row: EfficiencyRow, indeks: Figure, *, kinerja: Decimal, ratio: Decimal, realisasi: Decimal
) -> Iterator[Finding]:
    printed_penyerapan = row.penyerapan
    try:
        expected = efisiensi.indeks_efisiensi(kinerja, ratio)
    except AkipError as exc:
        yield _not_computable(indeks, _INDEKS, exc)
        return
    if not _agrees(indeks, expected):
        hints = []
        if printed_penyerapan is not None and printed_penyerapan.value > 0:
            used = quotient(realisasi, printed_penyerapan.value)
            if _agrees(indeks, used) or _truncated(indeks, used):
                hints.append(
                    f"the report divided realisasi {realisasi:f} by penyerapan "
                    f"{printed_penyerapan.text}, not capaian by penyerapan"
                )
            used = quotient(kinerja, printed_penyerapan.value)
            if _truncated(indeks, used) and not _agrees(indeks, used):
                hints.append(f"{kinerja:.2f} / {printed_penyerapan.text} cut off, not rounded")
            else:
                plain = quotient(realisasi, printed_penyerapan.value)
                if _truncated(indeks, plain) and not _agrees(indeks, plain):
                    hints.append(
                        f"{realisasi:f} / {printed_penyerapan.text} = {plain:.4f} is cut off "
                        "to the printed decimals, not rounded HALF_UP"
                    )
        yield Finding(
            "RATIO_MISMATCH",
            Severity.ERROR,
            str(indeks.where),
            indeks.text,
            format_number(round_half_up(expected, 2), 2, locale=indeks.locale),
            _INDEKS,
            f"capaian {kinerja:.2f} / penyerapan {ratio:.2f} = {expected:.4f}"
            + (f"; {'; '.join(hints)}" if hints else ""),
        )
    if indeks.percent_sign:
        yield Finding(
            "PLAUSIBILITY",
            Severity.INFO,
            str(indeks.where),
            indeks.text,
            indeks.text.rstrip().removesuffix("%").rstrip(),
            _INDEKS,
            "an efficiency index is a ratio (1 = standard), not a percentage",
        )
    kategori = row.kategori
    if kategori is not None:
        label = efisiensi.kategori_efisiensi(expected).label
        if not _same_label(kategori, label):
            yield Finding(
                "CATEGORY_MISMATCH",
                Severity.ERROR,
                str(kategori.where),
                kategori.text,
                label,
                _INDEKS,
                f"an index of {expected:.4f} is {label}",
            )


# ---------------------------------------------------------------- indicator boxes


def _box_lines(indicator: Indicator, row: IndicatorRow) -> tuple[str, ...]:
    """The budget lines a row's boxes refer to: the row's, else the indicator's."""
    if row.programs:
        return row.programs
    if indicator.programs:
        return indicator.programs
    return (indicator.line,) if indicator.line is not None else ()


def _check_boxes(report: Report, indicator: Indicator) -> Iterator[Finding]:
    """The "Efisiensi Anggaran" and "Nilai Anggaran" boxes beside an indicator's analysis."""
    for row in indicator.rows:
        if row.efisiensi_anggaran is None and row.nilai_anggaran is None:
            continue
        lines = _box_lines(indicator, row)
        group = _group(report, lines) if row.year == report.year else []
        if not group:
            continue
        names = ", ".join(lines)
        if row.efisiensi_anggaran is not None:
            yield from _check_efisiensi_box(row.efisiensi_anggaran, group, names)
        if row.nilai_anggaran is not None:
            yield from _check_nilai_box(
                row.nilai_anggaran, row.nilai_anggaran_measure, _sums(group), names
            )


def _sums(group: list[anggaran.Amounts]) -> dict[str, Decimal]:
    """Σpagu and Σrealisasi of amounts read from printed rows (realisasi always present)."""
    return {
        "pagu": total(item.pagu for item in group),
        "realisasi": total(item.realisasi or ZERO for item in group),
    }


def _check_efisiensi_box(
    figure: Figure, group: list[anggaran.Amounts], names: str
) -> Iterator[Finding]:
    whole = anggaran.group_total(group)
    try:
        exact = whole.efisiensi_anggaran
        mean = total([HUNDRED, -anggaran.mean_of_penyerapan(group)], exact=False)
    except AkipError:  # a pagu of 0 or a negative amount: nothing to compare with
        return
    if _agrees(figure, exact):
        return
    if len(group) > 1 and _agrees(figure, mean):
        yield Finding(
            "MEAN_OF_RATIOS",
            Severity.ERROR,
            str(figure.where),
            figure.text,
            _show(exact, figure),
            _EFISIENSI,
            f"efisiensi anggaran of {names} is 100 − the mean of their penyerapan "
            f"({_show(mean, figure)}); Σsisa / Σpagu gives {_show(exact, figure)}",
        )
        return
    why = ""
    if _agrees(figure, whole.penyerapan):
        why = "the penyerapan is printed where the efisiensi anggaran is named"
    yield from _compare(
        figure, exact, "PCT_MISMATCH", _EFISIENSI, f"efisiensi anggaran of {names}", why
    )


def _check_nilai_box(
    figure: Figure, declared: str | None, sums: dict[str, Decimal], names: str
) -> Iterator[Finding]:
    measure = declared or "pagu"
    other = "realisasi" if measure == "pagu" else "pagu"
    exact, alternative = sums[measure], sums[other]
    if _agrees(figure, exact):
        return
    if declared is None and _agrees(figure, alternative):
        yield Finding(
            "SUM_MISMATCH",
            Severity.INFO,
            str(figure.where),
            figure.text,
            _show(exact, figure),
            _NILAI,
            f"'Nilai Anggaran' prints the realisasi of {names}, not their pagu "
            f'{_show(exact, figure)}; declare nilai_anggaran_measure = "realisasi" on the '
            "row if that is what the box means",
        )
        return
    why = f"it is the {other} sum" if _agrees(figure, alternative) else ""
    yield from _compare(
        figure, exact, "SUM_MISMATCH", _NILAI, f"nilai anggaran ({measure} of {names})", why
    )


# ---------------------------------------------------------------- amounts and statements


def _check_amounts(report: Report) -> Iterator[Finding]:
    by_id = {amount.id: amount for amount in report.amounts}
    for amount in report.amounts:
        problems: list[str] = []
        if amount.words is not None:
            try:
                problems = terbilang.differences(amount.words.text, amount.figure.value)
            except AkipError as exc:  # a negative amount, a fraction of a sen
                yield _not_computable(amount.figure, _WORDS, exc)
            if problems:
                yield Finding(
                    "TERBILANG_MISMATCH",
                    Severity.ERROR,
                    str(amount.words.where),
                    amount.words.text,
                    terbilang.spell(amount.figure.value),
                    _WORDS,
                    f"the words do not spell {amount.figure.text}: {'; '.join(problems)}",
                )
        if amount.parts and amount.parts_measure is None:
            parts = [by_id[p].figure.value for p in amount.parts if p in by_id]
            if len(parts) == len(amount.parts):
                yield from _compare(amount.figure, total(parts), "SUM_MISMATCH", _SUM, "total")
        elif amount.parts and amount.parts_measure is not None:
            yield from _check_line_parts(report, amount, amount.parts_measure)
        if amount.line is not None and amount.measure is not None:
            yield from _check_amount_link(report, amount, amount.line, amount.measure)


def _check_line_parts(report: Report, amount: Amount, measure: str) -> Iterator[Finding]:
    """An amount printed as the sum of budget lines' pagu, realisasi or sisa.

    Where the tables print a line's figure in two ways (a CROSS_TABLE_CONFLICT of its own),
    a total that adds up with either is accepted; the expected value is the one printed
    most often.
    """
    candidates = [_line_values(report, part, measure, amount.version) for part in amount.parts]
    if not all(candidates):
        return
    preferred = total(values[0] for values in candidates)
    if math.prod(len(values) for values in candidates) <= _MAX_COMBINATIONS:
        sums = [total(combo) for combo in itertools.product(*candidates)]
        if any(_agrees(amount.figure, value) for value in sums):
            return
    what = f"{measure} of {', '.join(amount.parts)}"
    yield from _compare(amount.figure, preferred, "SUM_MISMATCH", _SUM, what)


def _check_amount_link(
    report: Report, amount: Amount, line: str, measure: str
) -> Iterator[Finding]:
    """An amount that names its budget line equals one of that line's printed figures."""
    values = _line_values(report, line, measure, amount.version)
    if not values or any(_agrees(amount.figure, value) for value in values):
        return
    version = f" {amount.version}" if amount.version else ""
    shown = " or ".join(_show(value, amount.figure) for value in values)
    yield Finding(
        "CROSS_TABLE_CONFLICT",
        Severity.WARNING,
        str(amount.figure.where),
        amount.figure.text,
        _show(values[0], amount.figure),
        "one figure per budget line, measure and version",
        f"{amount.id}: the {measure}{version} of {report.line(line).name} is {shown} in "
        "the budget tables",
    )


def _by_frequency(values: Iterable[Decimal]) -> list[Decimal]:
    """Distinct values, the most often printed first (ties in order of first print)."""
    counts = Counter(values)
    return sorted(counts, key=lambda value: -counts[value])


def _line_values(report: Report, line_id: str, measure: str, version: str | None) -> list[Decimal]:
    """Every value the report prints (or implies) for a line's pagu, realisasi or sisa.

    Most often printed first. The pagu of a version is what its pagu tables print; the
    latest pagu is the perubahan (or, without one, the murni) of the pagu tables together
    with the pagu of the line's rows (Tabel III.11). Realisasi comes from the line's rows.
    The sum of the line's children (their preferred values) is added as a further value;
    it is the only one when the line prints none. Empty when nothing is printed.
    """
    line = report.line(line_id)
    if measure == "sisa":
        pagu = _line_values(report, line_id, "pagu", version)
        realisasi = _line_values(report, line_id, "realisasi", None)
        return _by_frequency(total([p, -r]) for p in pagu for r in realisasi)
    printed: list[Decimal] = []
    if measure == "pagu":
        versions = [version] if version is not None else ["perubahan", "murni"]
        for name in versions:
            printed = [p.value.value for p in line.pagu if p.version == name]
            if printed:
                break
    if measure == "realisasi" or version is None:
        printed += [f.value for row in line.rows if (f := getattr(row, measure)) is not None]
    values = _by_frequency(printed)
    kids = [_line_values(report, kid.id, measure, version) for kid in report.children(line_id)]
    if kids and all(kids):
        summed = total(kid[0] for kid in kids)
        if summed not in values:
            values.append(summed)
    return values


def _check_statements(report: Report) -> Iterator[Finding]:
    for statement in report.statements:
        if statement.kind == "renstra_year":
            yield from _check_renstra_year(report, statement)
        elif statement.kind == "change":
            yield from _check_change(report, statement)
        else:  # the loader admits three kinds; this is "label"
            yield from _check_label(report, statement)


@attrs.frozen
class _Value:
    """A measure of one year as the report's figures give it."""

    exact: Decimal
    #: Decimals the report prints this measure with.
    decimals: int
    #: Where it comes from, for the message.
    source: str
    #: Taken from the statement's own printed figure (nothing else in the report has it).
    stated: bool = False


_INDICATOR_MEASURES: Final = ("target", "realisasi", "capaian", "predikat")
_LINE_MEASURES: Final = ("penyerapan", "realisasi")
_DIRECTIONS: Final = ("menurun", "sama", "meningkat")


def _most_common(found: list[tuple[bool, _Value]]) -> _Value | None:
    """The value printed at the statement's own place, else the most common (ties: first)."""
    local = [value for here, value in found if here] or [value for _, value in found]
    if not local:
        return None
    exacts = [value.exact for value in local]
    best = max(exacts, key=exacts.count)
    return next(value for value in local if value.exact == best)


def _indicator_value(indicator: Indicator, measure: str, year: int, place: str) -> _Value | None:
    """A target, realisasi or capaian of *indicator* in *year* from its annual rows.

    A capaian is recomputed from the row's target and realisasi when both are printed, else
    the printed capaian is used; a predikat is rated from the capaian.
    """
    field = "capaian" if measure == "predikat" else measure
    found: list[tuple[bool, _Value]] = []
    for row in indicator.rows:
        if row.year != year or row.period is not None:
            continue
        printed: Figure | None = getattr(row, field)
        exact = _row_capaian(indicator, row) if field == "capaian" else None
        if exact is None and printed is not None:
            exact = printed.value
        if exact is not None:
            decimals = printed.decimals if printed is not None else 2
            found.append((row.place == place, _Value(exact, decimals, row.place)))
    return _most_common(found)


def _line_value(
    report: Report, lines: tuple[str, ...], measure: str, year: int, place: str
) -> _Value | None:
    """A penyerapan or realisasi of budget lines (report year only: budget rows carry none)."""
    if year != report.year or not lines:
        return None
    group = _group(report, lines)
    printed = [
        (row.place == place, row.penyerapan if measure == "penyerapan" else row.realisasi)
        for line in lines
        for row in report.line(line).rows
    ]
    shown = [(here, f) for here, f in printed if f is not None]
    decimals = max((f.decimals for _, f in shown if f is not None), default=2)
    if group:
        sums = _sums(group)
        source = f"Σ of {', '.join(lines)}" if len(lines) > 1 else lines[0]
        if measure == "realisasi":
            return _Value(sums["realisasi"], decimals, source)
        if sums["pagu"] > 0:
            return _Value(anggaran.penyerapan(sums["pagu"], sums["realisasi"]), decimals, source)
    if len(lines) > 1:
        return None
    return _most_common(
        [(here, _Value(f.value, f.decimals, f.where.place)) for here, f in shown if f is not None]
    )


def _statement_lines(report: Report, statement: Statement) -> tuple[str, ...]:
    """The budget lines a statement about a budget measure is about."""
    if statement.line is not None:
        return (statement.line,)
    if statement.indicator is None:
        return ()
    indicator = report.indicator(statement.indicator)
    return indicator.programs or ((indicator.line,) if indicator.line else ())


def _statement_value(report: Report, statement: Statement, year: int) -> _Value | None:
    measure = statement.measure or "capaian"
    if statement.indicator is not None and measure in _INDICATOR_MEASURES:
        indicator = report.indicator(statement.indicator)
        return _indicator_value(indicator, measure, year, statement.place)
    lines = _statement_lines(report, statement)
    return _line_value(report, lines, measure, year, statement.place)


def _checkable(report: Report, statement: Statement) -> bool:
    """Whether akip can find the figures a change statement is about.

    An indicator's target, realisasi, capaian and predikat; a budget line's (or an
    indicator's programs') penyerapan and realisasi. Anything else is left unchecked.
    """
    measure = statement.measure or ""
    if statement.from_year is None or statement.to_year is None:
        return False
    if statement.indicator is not None and measure in _INDICATOR_MEASURES:
        return True
    return measure in _LINE_MEASURES and bool(_statement_lines(report, statement))


def _is_percent(report: Report, statement: Statement) -> bool:
    if statement.measure in ("capaian", "penyerapan"):
        return True
    if statement.indicator is not None and statement.measure in ("target", "realisasi"):
        return report.indicator(statement.indicator).unit.strip() == "%"
    return False


def _statement_place(statement: Statement, column: str) -> str:
    """Where a statement's claim is printed, written as `akip.report.Where` writes it."""
    row = f", row {statement.row!r}" if statement.row is not None else ""
    return f"{statement.place}{row}, column {column}"


def _check_change(report: Report, statement: Statement) -> Iterator[Finding]:
    """A change between two years: its direction, its printed values and its size."""
    if not _checkable(report, statement):
        return
    years: tuple[int, int] = (statement.from_year, statement.to_year)  # type: ignore[assignment]
    subject = statement.indicator or statement.line
    measure = statement.measure or "capaian"
    values: list[_Value] = []
    for year, stated in zip(years, (statement.from_value, statement.to_value), strict=True):
        value = _statement_value(report, statement, year)
        if value is None and stated is not None and measure != "predikat":
            value = _Value(stated.value, stated.decimals, statement.place, stated=True)
        if value is None:
            yield Finding(
                "STATEMENT_MISMATCH",
                Severity.ERROR,
                _statement_place(statement, "direction"),
                statement.direction,
                None,
                _STATEMENT,
                f"{statement.id}: the report prints no {measure} of {subject} for {year}, so "
                f"'{statement.direction}' from {years[0]} to {years[1]} cannot be true",
            )
            return
        values.append(value)
    old, new = values
    if measure == "predikat":
        yield from _check_predikat_change(statement, old, new)
        return
    percent_sign = _is_percent(report, statement)
    for value, figure, year in zip(
        values, (statement.from_value, statement.to_value), years, strict=True
    ):
        if figure is not None and not value.stated:
            what = f"{statement.id}: {measure} {year} of {subject} ({value.source})"
            yield from _compare(figure, value.exact, "STATEMENT_MISMATCH", _STATEMENT, what)
    printed = [f for f in (statement.from_value, statement.to_value, statement.by) if f]
    places = max((f.decimals for f in printed), default=max(old.decimals, new.decimals))
    step = round_half_up(new.exact, places) - round_half_up(old.exact, places)
    actual = _DIRECTIONS[(step > 0) - (step < 0) + 1]
    if actual != statement.direction:
        unit = "%" if percent_sign else ""
        shown = max(places, 2)
        yield Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            _statement_place(statement, "direction"),
            statement.direction,
            actual,
            _STATEMENT,
            f"{statement.id}: {measure} of {subject} is "
            f"{format_number(old.exact, shown)}{unit} in {years[0]} ({old.source}) and "
            f"{format_number(new.exact, shown)}{unit} in {years[1]} ({new.source}), "
            f"{format_number(old.exact, places)} and {format_number(new.exact, places)} at "
            f"the printed precision: {actual}, not {statement.direction}",
        )
    if statement.by is not None:
        change = komparasi.change(years[0], years[1], old.exact, new.exact)
        yield from _check_by(statement, statement.by, change, percent_sign=percent_sign)


def _check_by(
    statement: Statement, by: Figure, change: komparasi.Change, *, percent_sign: bool
) -> Iterator[Finding]:
    """The printed size of a change: points, or percent of the earlier value.

    A size printed with "%" is right when it is the relative change; for a measure that is
    itself a percentage it is also accepted when it is the difference in points, with an
    informational note. A size printed without "%" is the difference in points (or units).
    """
    size = abs(by.value)
    points = abs(change.points)
    relative = None if change.percent is None else abs(change.percent)
    shown_points = format_number(points, by.decimals, locale=by.locale)
    shown_percent = (
        None if relative is None else format_number(relative, by.decimals, locale=by.locale) + "%"
    )
    as_points = _agrees_value(size, by.decimals, points)
    if by.percent_sign:
        if relative is not None and _agrees_value(size, by.decimals, relative):
            return
        if percent_sign and as_points:
            yield Finding(
                "STATEMENT_MISMATCH",
                Severity.INFO,
                str(by.where),
                by.text,
                f"{shown_points} poin",
                _POINTS,
                f"{statement.id}: {by.text} is the difference in percentage points "
                f"({format_number(change.old, by.decimals, locale=by.locale)} → "
                f"{format_number(change.new, by.decimals, locale=by.locale)}); as a percent "
                f"of the earlier value the change is {shown_percent or 'not computable'}",
            )
            return
        expected = shown_points + "%" if percent_sign else shown_percent
    elif as_points:
        return
    else:
        expected = shown_points
    yield Finding(
        "STATEMENT_MISMATCH",
        Severity.ERROR,
        str(by.where),
        by.text,
        expected,
        _POINTS,
        f"{statement.id}: the change from {format_number(change.old, 2, locale=by.locale)} "
        f"to {format_number(change.new, 2, locale=by.locale)} is {shown_points} points, "
        f"{shown_percent or 'not computable as a percent (from 0)'} of the earlier value; "
        f"the report prints {by.text}",
    )


def _agrees_value(printed: Decimal, decimals: int, exact: Decimal) -> bool:
    return round_half_up(exact, decimals) == printed


def _check_predikat_change(statement: Statement, old: _Value, new: _Value) -> Iterator[Finding]:
    """A change of the Permendagri 86/2017 rating: compared by band, best band first."""
    order = list(predikat.Predikat)
    before, after = predikat.classify(old.exact), predikat.classify(new.exact)
    step = order.index(before) - order.index(after)
    actual = _DIRECTIONS[(step > 0) - (step < 0) + 1]
    if actual != statement.direction:
        yield Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            _statement_place(statement, "direction"),
            statement.direction,
            actual,
            _PREDIKAT,
            f"{statement.id}: the predikat is {before.label} in {statement.from_year} and "
            f"{after.label} in {statement.to_year}: {actual}, not {statement.direction}",
        )


def _check_label(report: Report, statement: Statement) -> Iterator[Finding]:
    """A label claimed for an indicator's capaian: either scale's label is accepted."""
    if statement.indicator is None or statement.label is None:
        return
    year = statement.year or report.year
    indicator = report.indicator(statement.indicator)
    value = _indicator_value(indicator, "capaian", year, statement.place)
    place = _statement_place(statement, "label")
    if value is None:
        yield Finding(
            "STATEMENT_MISMATCH",
            Severity.ERROR,
            place,
            statement.label,
            None,
            _STATEMENT,
            f"{statement.id}: the report prints no capaian of {indicator.id} for {year}",
        )
        return
    labels = (predikat.classify(value.exact).label, atribut.classify(value.exact).label)
    if any(_same_text(statement.label, label) for label in labels):
        return
    yield Finding(
        "STATEMENT_MISMATCH",
        Severity.ERROR,
        place,
        statement.label,
        " / ".join(labels),
        f"{_PREDIKAT}; {_ATRIBUT}",
        f"{statement.id}: a capaian of {value.exact:.2f} ({value.source}) is {labels[0]} "
        f"(Permendagri 86/2017) or {labels[1]} (atribut), not {statement.label}",
    )


def _check_renstra_year(report: Report, statement: Statement) -> Iterator[Finding]:
    """A "tahun ke n dari Renstra a–b" claim: the period, then n against the year."""
    year, n = statement.year, statement.n
    stated_start, stated_end = statement.period_start, statement.period_end
    start = report.renstra_start or stated_start
    end = report.renstra_end or stated_end
    place = f"{statement.place}, column text"
    # The loader requires all of these for kind renstra_year; a Report built in code may not.
    if year is None or start is None or end is None or n is None:
        return
    try:
        expected = periode.PeriodeRencana(start, end).year_index(year)
    except AkipError:
        yield Finding(
            "RENSTRA_YEAR",
            Severity.ERROR,
            place,
            n.text,
            None,
            "year n of a Renstra period is computed (akip rules §5)",
            f"{statement.id}: {year} is not a year of the Renstra {start}-{end}",
        )
        return
    if (stated_start, stated_end) != (start, end):
        yield Finding(
            "RENSTRA_YEAR",
            Severity.ERROR,
            place,
            f"{stated_start}-{stated_end}",
            f"{start}-{end}",
            "Renstra period as declared in the report",
            f"the statement names the Renstra {stated_start}-{stated_end}; the report's "
            f"Renstra is {start}-{end}",
        )
    if n.value != expected:
        yield Finding(
            "RENSTRA_YEAR",
            Severity.ERROR,
            place,
            n.text,
            str(expected),
            "year n of a Renstra period is computed (akip rules §5)",
            f"{year} is year {expected} of the Renstra {start}-{end}",
        )
    words = statement.n_words
    counted = n.value >= 0 and n.value == n.value.to_integral_value()  # a year number
    if words is not None and counted and not terbilang.matches(words, n.value):
        yield Finding(
            "TERBILANG_MISMATCH",
            Severity.ERROR,
            place,
            f"{n.text} ({words})",
            f"{n.text} ({terbilang.spell_integer(int(n.value))})",
            _WORDS,
            f"the number {n.text} is written in words as {words!r}",
        )


# ---------------------------------------------------------------- the whole report


def check(report: object) -> list[Finding]:
    """Recompute every printed figure of *report* and list each discrepancy.

    Args:
        report: A loaded report (`akip.report.load`).

    Returns:
        The findings, in the order of the report's sections (indicators, budget,
        efficiency, amounts, statements).

    Raises:
        InvalidValue: if *report* is not a `akip.report.Report`.
    """
    from akip.report import Report  # noqa: PLC0415 - avoid an import cycle at module load

    if not isinstance(report, Report):
        msg = f"'report' must be a loaded Report (akip.report.load): {report!r}"
        raise InvalidValue(msg)
    findings: list[Finding] = []
    for indicator in report.indicators:
        where = f"indicator {indicator.id!r}"
        findings.extend(_guarded(_check_indicator(indicator), where))
        findings.extend(_guarded(_cross_indicator(indicator), where))
        findings.extend(_guarded(_check_boxes(report, indicator), where))
    findings.extend(_guarded(_check_budget(report), "the budget lines"))
    findings.extend(_guarded(_check_efficiency(report), "the efficiency rows"))
    findings.extend(_guarded(_check_amounts(report), "the amounts"))
    findings.extend(_guarded(_check_statements(report), "the statements"))
    for sheet in report.evaluasi:
        findings.extend(_guarded(_check_evaluasi(sheet), f"evaluasi {sheet.id!r}"))
    return findings


def _check_evaluasi(sheet: Evaluasi) -> Iterator[Finding]:
    """A worksheet's printed score and predikat against its answers (PermenPANRB 88/2021)."""
    from akip import evaluasi  # noqa: PLC0415 - its profile data loads only when needed

    profile = evaluasi.profile(sheet.profil or evaluasi.DEFAULT_PROFILE)
    hasil = evaluasi.score(dict(sheet.jawaban), profile)
    if hasil.nilai is None:
        shown = sheet.nilai or sheet.predikat
        if shown is not None:
            yield Finding(
                "NOT_COMPUTABLE",
                Severity.WARNING,
                str(shown.where),
                shown.text,
                None,
                _LKE,
                f"{sheet.id}: {hasil.missing} criteria of profile {profile.id} are not "
                "answered, so the score cannot be recomputed",
            )
        return
    if sheet.nilai is not None:
        what = f"{sheet.id}: nilai evaluasi"
        yield from _compare(sheet.nilai, hasil.nilai, "EVALUASI_MISMATCH", _LKE, what)
    if sheet.predikat is not None and hasil.predikat is not None:
        code, label = hasil.predikat.name, hasil.predikat.label
        printed = sheet.predikat.text
        if not (_same_text(printed, code) or _same_text(printed, label)):
            yield Finding(
                "EVALUASI_MISMATCH",
                Severity.ERROR,
                str(sheet.predikat.where),
                printed,
                f"{code} ({label})",
                _LKE,
                f"{sheet.id}: a score of {format_number(hasil.nilai, 2)} is {code} ({label})",
            )


def _guarded(found: Iterable[Finding], where: str) -> Iterator[Finding]:
    """The findings of one part of the report, never an exception.

    Each check turns a figure outside its rule's domain into a ``NOT_COMPUTABLE`` finding
    at that figure. Should a rule still refuse a figure, the part ends with one such finding
    naming it, so that a whole report is always checked to the end.
    """
    try:
        yield from found
    except AkipError as exc:
        yield Finding(
            "NOT_COMPUTABLE",
            Severity.WARNING,
            where,
            None,
            None,
            _DOMAIN,
            f"{exc}; the rest of {where} was not checked",
        )


def _recompute(
    figure: Figure, compute: Callable[[], Decimal], check: tuple[str, str, str]
) -> Iterator[Finding]:
    """Compare *figure* with ``compute()``; a figure outside the rule's domain is reported.

    *check* is the finding code, the rule and what the figure is.
    """
    code, rule, what = check
    try:
        exact = compute()
    except AkipError as exc:
        yield _not_computable(figure, rule, exc)
        return
    yield from _compare(figure, exact, code, rule, what)


def _not_computable(figure: Figure, rule: str, exc: AkipError) -> Finding:
    """A printed figure that cannot be recomputed: its inputs are outside the rule's domain."""
    return Finding(
        "NOT_COMPUTABLE",
        Severity.WARNING,
        str(figure.where),
        figure.text,
        None,
        rule,
        f"the figure cannot be recomputed from the report's own figures: {exc}",
    )


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings by severity (``{"error": 7, "warning": 3, "info": 1}``)."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in items_of(findings, Finding, "findings"):
        counts[finding.severity.value] += 1
    return counts
