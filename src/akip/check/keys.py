"""keys (which rule checks which key of the report format).

Every key of the report format that holds a printed figure or label is either checked by a
named rule of `akip.check` or documented here as never checked, with the reason. The
ledger uses the same table to say why a figure no rule decided on is ``not_checked``, and
`checked_keys` renders it for the documentation.

References:
    - akip report format (`akip.report`), schema 1.
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja: what the reviewer compares).

Examples:
    >>> KEYS["indicators.rows.capaian"].module
    'capaian'
    >>> KEYS["indicators.rows.realisasi_nasional"].module is None
    True
"""

from __future__ import annotations

import functools
from typing import Final

import attrs

from akip._i18n import N_, Message
from akip._validators import typed

__all__ = ["KEYS", "Key", "checked_keys"]


@typed
@attrs.frozen
class Key:
    """What checks one report-format key: the rule module and rule, or why nothing does."""

    module: str | None
    rule: str


def _k(module: str | None, rule: str) -> Key:
    return Key(module, Message(rule))


KEYS: Final[dict[str, Key]] = {
    "indicators.targets.value": _k(
        "capaian",
        N_(
            "one value per year and document across the places printing it (PK: Tabel 1, "
            "II.4, the Lampiran); Renstra → RKT → PK cascade; the latest PK is the rows' target"
        ),
    ),
    "indicators.rows.target": _k(
        "capaian",
        N_(
            "consensus of the rows of the year with the latest Perjanjian Kinerja target; a murni "
            "target a perubahan superseded is SUPERSEDED_TARGET"
        ),
    ),
    "indicators.rows.realisasi": _k("capaian", N_("consensus of the rows of the year")),
    "indicators.rows.capaian": _k(
        "capaian",
        N_(
            "capaian of the consensus target and realisasi (PermenPANRB 8/2021); else the "
            "consensus of the rows printing it"
        ),
    ),
    "indicators.rows.predikat": _k("capaian", N_("band of the capaian (Permendagri 86/2017)")),
    "indicators.rows.atribut": _k("capaian", N_("band of the capaian on the atribut scale")),
    "indicators.rows.kemajuan": _k("capaian", N_("realisasi / target akhir Renstra × 100")),
    "indicators.rows.target_renstra": _k(
        None,
        N_(
            "the target at the end of the Renstra is an input of the kemajuan, corroborated when "
            "the kemajuan agrees; no rule recomputes it"
        ),
    ),
    "indicators.rows.efisiensi_anggaran": _k(
        "efisiensi", N_("Σsisa / Σpagu of the row's programs")
    ),
    "indicators.rows.nilai_anggaran": _k("efisiensi", N_("Σpagu (or Σrealisasi) of the programs")),
    "indicators.rows.realisasi_nasional": _k(
        None, N_("a national figure is another unit's: never merged into this indicator")
    ),
    "indicators.rows.target_nasional": _k(
        "capaian",
        N_(
            "consensus of the national target of the year across the places printing it; never "
            "this unit's target"
        ),
    ),
    "indicators.rows.pembilang": _k(
        "capaian",
        N_(
            "an input of the realisasi: pembilang / penyebut × 100 is compared with the printed "
            "realisasi at its decimals (akip.capaian.persentase)"
        ),
    ),
    "indicators.rows.penyebut": _k(
        "capaian",
        N_("an input of the realisasi: pembilang / penyebut × 100 (akip.capaian.persentase)"),
    ),
    "indicators.rows.realisasi_periode": _k(
        "capaian",
        N_(
            "the consolidation of the periods (by the indicator's rule, akip.periode.consolidate) "
            "is the row's realisasi"
        ),
    ),
    "sasaran.rows.jumlah": _k(
        "sasaran", N_("the exact sum of the summarised indicators' capaian of the year")
    ),
    "sasaran.rows.capaian": _k(
        "sasaran",
        N_("the mean of the summarised indicators' exact capaian (capped at a declared cap)"),
    ),
    "sasaran.rows.predikat": _k("sasaran", N_("band of the mean capaian (Permendagri 86/2017)")),
    "sasaran.rows.atribut": _k("sasaran", N_("band of the mean capaian on the atribut scale")),
    "budget.pagu.value": _k(
        "anggaran",
        N_(
            "consensus of the places printing the line's pagu of the version; a table's total is "
            "the sum of the children it prints"
        ),
    ),
    "budget.rows.pagu": _k(
        "anggaran", N_("consensus of the line's latest pagu; a parent is the sum of its children")
    ),
    "budget.rows.realisasi": _k(
        "anggaran", N_("consensus of the line's realisasi; a parent is the sum of its children")
    ),
    "budget.rows.penyerapan": _k("anggaran", N_("consensus realisasi / pagu × 100")),
    "budget.rows.sisa": _k("anggaran", N_("pagu − realisasi")),
    "budget.rows.fisik_target": _k(
        "anggaran",
        N_(
            "the latest PK target of the line's output indicator; else corroborated by the "
            "capaian fisik it yields"
        ),
    ),
    "budget.rows.fisik_realisasi": _k(
        "anggaran", N_("corroborated by the capaian fisik it yields; no rule recomputes it")
    ),
    "budget.rows.fisik_capaian": _k("anggaran", N_("realisasi / target fisik × 100")),
    "budget.rows.realisasi_periode": _k(
        "anggaran", N_("the sum of the periods is the row's realisasi (akip.periode.consolidate)")
    ),
    "budget.rows.rencana_penyerapan": _k(
        None, N_("the planned penyerapan of the period is a plan: no rule derives it")
    ),
    "efficiency.capaian_kinerja": _k(
        "efisiensi",
        N_(
            "capaian of the indicator's consensus inputs; on a row without an indicator, the "
            "unit's overall capaian: an input of the index, not checked"
        ),
    ),
    "efficiency.penyerapan": _k("efisiensi", N_("Σrealisasi / Σpagu of the row's programs")),
    "efficiency.indeks": _k("efisiensi", N_("capaian % / penyerapan %")),
    "efficiency.kategori": _k(
        "efisiensi",
        N_(
            "Efisien / Tidak Efisien of the index, on the report's own rule "
            "([report.efficiency_rule], akip.efisiensi.Aturan) else IE ≥ 1"
        ),
    ),
    "efficiency.te": _k(
        "efisiensi", N_("tingkat efisiensi = IE − SE at the printed decimals (akip.efisiensi)")
    ),
    "efficiency.standard": _k(
        "efisiensi",
        N_(
            "the standard SE of the row: the report's rule's standard (1 unless declared); "
            "an input of the TE"
        ),
    ),
    "amounts.figure": _k(
        "terbilang", N_("spelled by its words; the sum of its parts; a figure of its budget line")
    ),
    "amounts.words": _k("terbilang", N_("terbilang of the figure")),
    "statements.n": _k("statements", N_("year n of the Renstra period")),
    "statements.from_value": _k("statements", N_("the measure of the earlier year")),
    "statements.to_value": _k("statements", N_("the measure of the later year")),
    "statements.by": _k("statements", N_("points or percent of the change")),
    "evaluasi.nilai": _k("evaluasi", N_("score of the answers (PermenPANRB 88/2021)")),
    "evaluasi.predikat": _k("evaluasi", N_("band of the score")),
}


@functools.lru_cache(maxsize=256)
def reason(key: str) -> str:
    """Why a figure printed under *key* got no verdict from any rule (made once per key).

    A `akip._i18n.Message`, shown in Bahasa Indonesia too:

    >>> from akip._i18n import translated
    >>> reason("indicators.rows.realisasi")
    'an input of the rule is not printed (consensus of the rows of the year)'
    >>> translated(reason("indicators.rows.realisasi"), "id")
    'masukan aturannya tidak tercetak (nilai acuan baris-baris tahun yang sama)'
    """
    entry = KEYS.get(key)
    if entry is None:
        return Message(N_("no rule reads {key}"), key=key)
    if entry.module is None:
        return Message(N_("never checked: {rule}"), rule=entry.rule)
    return Message(N_("an input of the rule is not printed ({rule})"), rule=entry.rule)


def checked_keys() -> str:
    """Markdown table: each report-format key of a printed figure and the rule checking it."""
    lines = [
        "| key | checked by | rule |",
        "|---|---|---|",
    ]
    for key, entry in KEYS.items():
        module = f"`akip.check.{entry.module}`" if entry.module else "never checked"
        lines.append(f"| `{key}` | {module} | {entry.rule} |")
    return "\n".join(lines) + "\n"
