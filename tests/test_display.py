"""Jupyter display (``_repr_html_``) of akip's result records: figures as reports print them."""

from __future__ import annotations

from decimal import Decimal

from akip import check, evaluasi, komparasi, report
from akip.anggaran import BudgetLine, build_tree
from tests import tabel_iii_11
from tests.test_check import EXAMPLE


def test_budget_tree():
    """Tabel III.11's total, shown in the id_ID style.

    The seed prints 45,195,966,217.00 / 41,007,152,300.00 / 90.73%.
    """
    text = build_tree(tabel_iii_11.lines())._repr_html_()
    assert "<td style='text-align:right'>45.195.966.217,00</td>" in text
    assert "<td style='text-align:right'>41.007.152.300,00</td>" in text
    assert "<td style='text-align:right'>90,73</td>" in text
    assert "akip-flags" not in text  # the printed table raises no flag


def test_budget_tree_flags_and_escaping():
    """Flags are listed; names are escaped. Realisasi 120 of a pagu 100 is overspent."""
    tree = build_tree([BudgetLine("<b>Program</b>", Decimal(100), Decimal(120))])
    text = tree._repr_html_()
    assert "&lt;b&gt;Program&lt;/b&gt;" in text
    assert "<b>" not in text
    assert "realisasi &gt; pagu" in text
    assert "<td style='text-align:right'>120,00</td>" in text  # 120 / 100 × 100


def test_comparison():
    """Tabel III.4, IKU 1: 94 / 90 = 104,444… → 104,44 in 2024; 90 / 90 = 100 before."""
    c = komparasi.compare_years({2023: 90, 2024: 90}, {2023: 90, 2024: 94})
    text = c._repr_html_()
    assert "<td style='text-align:right'>104,44</td>" in text
    assert "<td style='text-align:right'>100,00</td>" in text
    assert text.count("<tr>") == 3  # header and two years


def test_evaluation():
    """Every criterion answered AA (100) scores 100 in total: predikat AA, nothing missing."""
    profile = evaluasi.profile()
    jawaban = {
        k.id: "AA"
        for komponen in profile.komponen
        for sub in komponen.subkomponen
        for k in sub.kriteria
    }
    text = evaluasi.score(jawaban, profile)._repr_html_()
    assert "Perencanaan Kinerja" in text
    assert "<td style='text-align:left'>Sangat Memuaskan</td>" in text
    assert "<td style='text-align:right'>100,00</td>" in text


def test_finding():
    """Tabel 6's mean of ratios: printed 79,61, expected 91,68 (the ratio of sums)."""
    findings = check.check(report.load(EXAMPLE))
    finding = next(f for f in findings if f.code == "MEAN_OF_RATIOS")
    text = finding._repr_html_()
    assert "<td>79,61</td>" in text
    assert "<td>91,68</td>" in text
    assert "akip-error" in text
