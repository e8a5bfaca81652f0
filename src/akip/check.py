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
| ``SUM_MISMATCH`` | a printed total differs from the sum of its parts |
| ``RATIO_MISMATCH`` | a printed efficiency index differs from capaian / penyerapan |
| ``CATEGORY_MISMATCH`` | a printed Efisien / Tidak Efisien differs from the index |
| ``TRUNCATED`` | a printed figure is the exact value cut off, not rounded HALF_UP |
| ``TERBILANG_MISMATCH`` | an amount in words does not spell its figure |
| ``CROSS_TABLE_CONFLICT`` | the same figure is printed differently in two places |
| ``MIXED_UNITS`` | a fisik total adds only the lines in one unit, leaving others out |
| ``RENSTRA_YEAR`` | a "year n of the Renstra" statement is wrong |
| ``STATEMENT_MISMATCH`` | a narrative change ("naik 4%", "sama") contradicts the figures |
| ``PLAUSIBILITY`` | a figure is arithmetically possible but implausible (fisik 100 %, Rp 0) |

References:
    - The rules each check applies: `akip.capaian` (PermenPANRB 8/2021), `akip.predikat`
      (Permendagri 86/2017), `akip.atribut`, `akip.anggaran` (Kepmendagri 050-5889/2021),
      `akip.efisiensi`, `akip.fisik`, `akip.periode`, `akip.terbilang`.
    - PermenPANRB 53/2014 (Perjanjian Kinerja, pelaporan kinerja, reviu LKjIP).

Examples:
    Tabel 6 of the Dumai LKIP 2024 prints the mean of four programs' ratios; the ratio of
    their sums is 35.920.783.504 / 39.182.547.765 = 91,68 %:

    >>> from akip import report
    >>> findings = check(report.load("examples/dumai-2024.toml"))
    >>> f = next(f for f in findings if f.code == "MEAN_OF_RATIOS")
    >>> f.place, f.printed, f.expected
    ("Tabel 6, row '1.', column penyerapan", '79,61', '91,68')
"""

from __future__ import annotations

import enum
from collections import defaultdict
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

import attrs

from akip import anggaran, atribut, capaian, efisiensi, fisik, periode, predikat, terbilang
from akip._decimal import CONTEXT, quotient, total
from akip._validators import items_of
from akip.exceptions import AkipError, InvalidValue
from akip.numbers import format_number, round_half_up

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from akip.report import BudgetLine, BudgetRow, Figure, Indicator, IndicatorRow, Label, Report

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
    """

    code: str
    severity: Severity
    place: str
    printed: str | None
    expected: str | None
    rule: str
    message: str

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
_ROUNDING = "figures are rounded HALF_UP to the printed decimals (akip rules §0)"


def _show(value: Decimal, figure: Figure) -> str:
    text = format_number(value, figure.decimals, locale=figure.locale)
    return text + "%" if figure.percent_sign else text


def _agrees(figure: Figure, exact: Decimal) -> bool:
    return round_half_up(exact, figure.decimals) == figure.value


def _truncated(figure: Figure, exact: Decimal) -> bool:
    cut = exact.quantize(Decimal(1).scaleb(-figure.decimals), rounding=ROUND_DOWN, context=CONTEXT)
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
    return " ".join(label.text.lower().split()) == expected.lower()


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
            progress = capaian.compute(
                row.target_renstra.value, row.realisasi.value, indicator.polarity
            )
            yield from _compare(
                row.kemajuan, progress, "CAPAIAN_MISMATCH", rule, "tingkat kemajuan Renstra"
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
        if row.pagu and row.realisasi and row.penyerapan and row.pagu.value > 0:
            exact = anggaran.penyerapan(row.pagu.value, row.realisasi.value)
            yield from _compare(row.penyerapan, exact, "PCT_MISMATCH", _PENYERAPAN, "penyerapan")
        if row.pagu and row.realisasi and row.sisa:
            exact = anggaran.sisa(row.pagu.value, row.realisasi.value)
            yield from _compare(row.sisa, exact, "SUM_MISMATCH", _SUM, "sisa anggaran")
        if (
            row.fisik_target
            and row.fisik_realisasi
            and row.fisik_capaian
            and row.fisik_target.value > 0
        ):
            exact = fisik.capaian_fisik(row.fisik_target.value, row.fisik_realisasi.value)
            yield from _compare(row.fisik_capaian, exact, "PCT_MISMATCH", _FISIK, "capaian fisik")
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


def _group(report: Report, programs: Iterable[str]) -> list[anggaran.Amounts]:
    items = []
    for program in programs:
        line = report.line(program)
        rows = [r for r in line.rows if r.pagu is not None and r.realisasi is not None]
        if not rows:
            return []
        items.append(anggaran.Amounts(pagu=rows[0].pagu.value, realisasi=rows[0].realisasi.value))  # type: ignore[union-attr]
    return items


def _annual_capaian(report: Report, indicator_id: str) -> Decimal | None:
    indicator = report.indicator(indicator_id)
    for row in indicator.rows:
        if row.year in (None, report.year):
            exact = _row_capaian(indicator, row)
            if exact is not None:
                return exact
    return None


def _check_efficiency(report: Report) -> Iterator[Finding]:
    for row in report.efficiency:
        group = _group(report, row.programs)
        ratio = anggaran.group_total(group).penyerapan if group else None
        mean = anggaran.mean_of_penyerapan(group) if group else None
        if row.penyerapan is not None and ratio is not None and mean is not None:
            if _agrees(row.penyerapan, ratio):
                pass
            elif _agrees(row.penyerapan, mean):
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
        kinerja = _annual_capaian(report, row.indicator)
        if row.capaian_kinerja is not None and kinerja is not None:
            realisasi = _annual_realisasi(report, row.indicator)
            why = (
                "the realisasi is printed where the capaian is named"
                if realisasi is not None and row.capaian_kinerja.value == realisasi
                else ""
            )
            yield from _compare(
                row.capaian_kinerja, kinerja, "CAPAIAN_MISMATCH", _CAPAIAN, "capaian kinerja", why
            )
        if row.indeks is not None and kinerja is not None and ratio is not None:
            yield from _check_indeks(row, kinerja, ratio, _annual_realisasi(report, row.indicator))


def _annual_realisasi(report: Report, indicator_id: str) -> Decimal | None:
    for row in report.indicator(indicator_id).rows:
        if row.year in (None, report.year) and row.realisasi is not None:
            return row.realisasi.value
    return None


def _check_indeks(  # noqa: C901 - one check with its explanations, kept together
    row: object, kinerja: Decimal, ratio: Decimal, realisasi: Decimal | None
) -> Iterator[Finding]:
    indeks: Figure = row.indeks  # type: ignore[attr-defined]
    printed_penyerapan: Figure | None = row.penyerapan  # type: ignore[attr-defined]
    expected = efisiensi.indeks_efisiensi(kinerja, ratio)
    if not _agrees(indeks, expected):
        hints = []
        if printed_penyerapan is not None and realisasi is not None:
            used = quotient(realisasi, printed_penyerapan.value)
            if _agrees(indeks, used) or _truncated(indeks, used):
                hints.append(
                    f"the report divided realisasi {realisasi:f} by penyerapan "
                    f"{printed_penyerapan.text}, not capaian by penyerapan"
                )
        if printed_penyerapan is not None:
            used = quotient(kinerja, printed_penyerapan.value)
            if _truncated(indeks, used) and not _agrees(indeks, used):
                hints.append(f"{kinerja:.2f} / {printed_penyerapan.text} cut off, not rounded")
            elif realisasi is not None:
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
    kategori = row.kategori  # type: ignore[attr-defined]
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


# ---------------------------------------------------------------- amounts and statements


def _check_amounts(report: Report) -> Iterator[Finding]:
    by_id = {amount.id: amount for amount in report.amounts}
    for amount in report.amounts:
        if amount.words is not None:
            problems = terbilang.differences(amount.words.text, amount.figure.value)
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


def _check_statements(report: Report) -> Iterator[Finding]:
    for statement in report.statements:
        if statement.kind == "renstra_year" and statement.year is not None:
            yield from _check_renstra_year(report, statement)


def _check_renstra_year(report: Report, statement: object) -> Iterator[Finding]:
    year: int = statement.year  # type: ignore[attr-defined]
    n: Figure | None = statement.n  # type: ignore[attr-defined]
    start = report.renstra_start or statement.period_start  # type: ignore[attr-defined]
    end = report.renstra_end or statement.period_end  # type: ignore[attr-defined]
    place = f"{statement.place}, column text"  # type: ignore[attr-defined]
    if start is None or end is None or n is None:
        return
    expected = periode.PeriodeRencana(start, end).year_index(year)
    stated_start = statement.period_start  # type: ignore[attr-defined]
    stated_end = statement.period_end  # type: ignore[attr-defined]
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
    words = statement.n_words  # type: ignore[attr-defined]
    if words is not None and not terbilang.matches(words, n.value):
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
        findings.extend(_check_indicator(indicator))
        findings.extend(_cross_indicator(indicator))
    findings.extend(_check_budget(report))
    findings.extend(_check_efficiency(report))
    findings.extend(_check_amounts(report))
    findings.extend(_check_statements(report))
    return findings


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings by severity (``{"error": 7, "warning": 3, "info": 1}``)."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in items_of(findings, Finding, "findings"):
        counts[finding.severity.value] += 1
    return counts
