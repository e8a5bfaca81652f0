"""Tests of akip.anggaran: the budget tree, exact rollups, penyerapan, flags and verify."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import anggaran, round_half_up
from akip.anggaran import Amounts, BudgetLine, FlagKind, Pagu, build_tree
from akip.exceptions import AkipError, CodeError, InvalidValue, NotAssessed, NotComputable
from akip.kode import CodeLevel
from tests import strategies, tabel_iii_11

if TYPE_CHECKING:
    import random


@pytest.fixture
def tabel():
    """Tabel III.11 of the sample report, rolled up."""
    return build_tree(tabel_iii_11.lines())


def kinds(tree: anggaran.BudgetTree) -> list[FlagKind]:
    return [flag.kind for flag in tree.flags]


class TestSeedTabelIII11:
    def test_total(self, tabel):
        """The report's total: pagu 45.195.966.217, realisasi 41.007.152.300, 90,73 %."""
        assert Decimal(45195966217) == tabel.root.pagu
        assert Decimal(41007152300) == tabel.root.realisasi
        assert Decimal("90.73") == round_half_up(tabel.root.penyerapan)

    @pytest.mark.parametrize(
        ("key", "printed"),
        [
            ("P1", "88.37"),
            ("P2", "70.48"),
            ("P3", "95.15"),
            ("P4", "68.00"),
            ("P5", "84.80"),
            ("P6", "71.03"),
        ],
    )
    def test_program_percentages(self, tabel, key, printed):
        """Each program's penyerapan, recomputed from its sums, is the printed one."""
        assert Decimal(printed) == round_half_up(tabel.node(key).penyerapan)

    def test_iku1_ratio_of_sums(self, tabel):
        """IKU 1 programs 2–5: penyerapan as a ratio of sums is 91,68 %.

        (1.090.738.664 + 32.252.179.390 + 2.402.763.150 + 175.102.300)
        / (1.547.690.855 + 33.894.866.910 + 3.533.511.000 + 206.479.000)
        = 35.920.783.504 / 39.182.547.765 = 91,675… % → 91,68.
        """
        group = anggaran.group_total(tabel.node(f"P{n}") for n in (2, 3, 4, 5))
        assert Decimal(39182547765) == group.pagu
        assert Decimal(35920783504) == group.realisasi
        assert Decimal("91.68") == round_half_up(group.penyerapan)

    def test_iku1_mean_of_ratios_is_the_printed_79_61(self, tabel):
        """Tabel III.8's 79,61 is a mean of ratios, given only by mean_of_penyerapan.

        (70,48 + 95,15 + 68,00 + 84,80) / 4 = 79,6075.
        """
        programs = [tabel.node(f"P{n}") for n in (2, 3, 4, 5)]
        assert Decimal("79.61") == round_half_up(anggaran.mean_of_penyerapan(programs))

    def test_efisiensi_anggaran(self, tabel):
        """Efisiensi anggaran: 8,32 % for IKU 1 and 28,97 % for program 6.

        100 − 91,675… = 8,32; 380.405.946 / 1.313.034.200 = 28,97 %.
        """
        group = anggaran.group_total(tabel.node(f"P{n}") for n in (2, 3, 4, 5))
        assert Decimal("8.32") == round_half_up(group.efisiensi_anggaran)
        assert Decimal("28.97") == round_half_up(tabel.node("P6").efisiensi_anggaran)
        assert Decimal(380405946) == tabel.node("P6").sisa

    def test_printed_tree_verifies(self, tabel):
        """Every printed subtotal and percentage of Tabel III.11 agrees with its rollup."""
        assert () == anggaran.verify(tabel)
        assert () == tabel.flags

    def test_zero_realisasi_line(self, tabel):
        """Pengadaan Mebel, printed "-", realised 0: penyerapan 0,00 %, not missing."""
        assert Decimal("0.00") == round_half_up(tabel.node("P1.K3.S1").penyerapan)


class TestPenyerapan:
    def test_formula(self):
        """realisasi / pagu × 100: 1.000.972.958 / 1.004.422.800 = 99,66 % (Polman)."""
        assert Decimal("99.66") == round_half_up(anggaran.penyerapan(1_004_422_800, 1_000_972_958))

    def test_not_capped(self):
        """Realisasi above pagu gives more than 100 (flagged in a tree, never capped)."""
        assert Decimal(125) == anggaran.penyerapan(80, 100)

    def test_pagu_zero(self):
        """Pagu 0: NotComputable, never ZeroDivisionError."""
        with pytest.raises(NotComputable, match="'pagu' is 0"):
            anggaran.penyerapan(0, 0)

    def test_negative(self):
        """A negative pagu is refused, naming field and value."""
        with pytest.raises(InvalidValue, match="'pagu' must be >= 0: -5"):
            anggaran.penyerapan(-5, 1)
        with pytest.raises(InvalidValue, match="'realisasi' must be >= 0: -1"):
            anggaran.efisiensi_anggaran(5, -1)

    def test_float_by_shortest_repr(self):
        """A float goes through to_decimal: 0.1 of 0.3 is 33,33… % (100/3), not 33,33…34."""
        assert Decimal("33.3333333333") == round_half_up(anggaran.penyerapan(0.3, 0.1), 10)
        assert Decimal(50) == anggaran.penyerapan(0.3, 0.15)

    def test_sisa_negative_when_overspent(self):
        """sisa = pagu − realisasi: 80 − 100 = −20."""
        assert Decimal(-20) == anggaran.sisa(80, 100)

    def test_mean_of_nothing(self):
        """The mean of no items is refused."""
        with pytest.raises(InvalidValue):
            anggaran.mean_of_penyerapan([])


class TestPagu:
    def test_final_is_perubahan(self):
        """Default version "final": perubahan when present."""
        pagu = Pagu(100, 120, dt.date(2024, 1, 2), dt.date(2024, 9, 30))
        assert (Decimal(120), Decimal(100)) == (pagu.amount(), pagu.amount("murni"))

    def test_tree_version(self):
        """A rollup on the murni pagu sums the murni figures: 100 + 50."""
        lines = [BudgetLine("a", Pagu(100, 120), 60), BudgetLine("b", 50, 40)]
        assert Decimal(150) == build_tree(lines, pagu_version="murni").root.pagu
        assert Decimal(170) == build_tree(lines).root.pagu

    def test_bad_version_and_date(self):
        """An unknown version and a non-date are refused."""
        with pytest.raises(InvalidValue):
            Pagu(1).amount("dppa")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue):
            build_tree([], pagu_version="dppa")  # type: ignore[arg-type]
        with pytest.raises(InvalidValue):
            Pagu(1, murni_date="2024-01-01")


class TestTreeFromCodes:
    def test_prefix_links(self):
        """Sub kegiatan → kegiatan → program → bidang → urusan by code prefix."""
        lines = [
            BudgetLine("urusan", 0, 0, code="1"),
            BudgetLine("bidang", 0, 0, code="1.02"),
            BudgetLine("program", 0, 0, code="1.02.02"),
            BudgetLine("kegiatan", 0, 0, code="1.02.02.2.02"),
            BudgetLine("sub 1", 100, 90, code="1.02.02.2.02.0001"),
            BudgetLine("sub 2", 300, 150, code="1.02.02.2.02.0002"),
        ]
        tree = build_tree(lines)
        for key in ("1", "1.02", "1.02.02", "1.02.02.2.02"):
            assert (Decimal(400), Decimal(240)) == (tree.node(key).pagu, tree.node(key).realisasi)
        assert Decimal(60) == tree.node("1").penyerapan
        assert (Decimal(400), Decimal(240)) == (tree.root.pagu, tree.root.realisasi)

    def test_missing_parent_code(self):
        """A sub kegiatan whose kegiatan is missing is linked to the program and flagged.

        A program without bidang and urusan lines (the table starts there) is not.
        """
        lines = [
            BudgetLine("program", 0, 0, code="1.02.02"),
            BudgetLine("sub", 100, 90, code="1.02.02.2.02.0001"),
        ]
        tree = build_tree(lines)
        assert [FlagKind.MISSING_PARENT] == kinds(tree)
        assert Decimal(100) == tree.node("1.02.02").pagu

    def test_malformed_code(self):
        """A malformed code stops the build with CodeError; legacy needs the option."""
        with pytest.raises(CodeError):
            build_tree([BudgetLine("x", 1, 1, code="1.01.01.02.01.0001")])
        tree = build_tree([BudgetLine("x", 1, 1, code="4.01.05.1.01.01")], legacy_codes=True)
        assert Decimal(1) == tree.root.pagu

    def test_level_contradiction(self):
        """A level that contradicts the code is refused."""
        with pytest.raises(InvalidValue, match="contradicts"):
            build_tree([BudgetLine("x", 1, 1, code="1.02", level=CodeLevel.PROGRAM)])


class TestFlags:
    def test_overspent_and_no_pagu(self):
        """Realisasi > pagu and pagu 0 with realisasi are flagged, amounts kept."""
        tree = build_tree([BudgetLine("a", 80, 100), BudgetLine("b", 0, 5)])
        assert FlagKind.OVERSPENT in kinds(tree)
        assert FlagKind.REALISASI_WITHOUT_PAGU in kinds(tree)
        assert Decimal(105) == tree.root.realisasi

    def test_negative(self):
        """Negative pagu and realisasi are flagged."""
        tree = build_tree([BudgetLine("a", -1, 0), BudgetLine("b", 5, -2)])
        assert 2 == kinds(tree).count(FlagKind.NEGATIVE)

    def test_duplicate_and_two_parents(self):
        """The same key twice under one parent, and under two parents."""
        lines = [
            BudgetLine("p", 0, 0, key="p"),
            BudgetLine("q", 0, 0, key="q"),
            BudgetLine("s", 1, 1, parent="p"),
            BudgetLine("s", 2, 2, parent="p"),
            BudgetLine("t", 3, 3, parent="p"),
            BudgetLine("t", 4, 4, parent="q"),
        ]
        tree = build_tree(lines)
        assert [FlagKind.DUPLICATE, FlagKind.TWO_PARENTS] == kinds(tree)
        assert Decimal(10) == tree.root.pagu

    def test_cycle(self):
        """a → b → a is flagged, and a is put under the root so nothing is lost."""
        lines = [
            BudgetLine("a", 0, 0, parent="b"),
            BudgetLine("b", 0, 0, parent="a"),
            BudgetLine("c", 7, 7, parent="b"),
        ]
        tree = build_tree(lines)
        assert [FlagKind.CYCLE] == kinds(tree)
        assert Decimal(7) == tree.root.pagu

    def test_missing_parent_key(self):
        """A parent key that names no line is flagged; the line goes under the root."""
        tree = build_tree([BudgetLine("a", 5, 5, parent="nope")])
        assert [FlagKind.MISSING_PARENT] == kinds(tree)
        assert Decimal(5) == tree.root.pagu

    def test_missing_realisasi(self):
        """Realisasi None is not 0: the node's realisasi is None and penyerapan NotAssessed."""
        tree = build_tree([BudgetLine("a", 5, None), BudgetLine("b", 5, 5)])
        assert [FlagKind.MISSING_REALISASI] == kinds(tree)
        assert tree.root.realisasi is None
        with pytest.raises(NotAssessed):
            _ = tree.root.penyerapan


class TestVerify:
    def test_wrong_subtotal_and_percentage(self):
        """A printed subtotal 1 off and a percentage 0,01 off are both reported."""
        lines = [
            BudgetLine("k", 301, 200, key="k", printed_penyerapan=Decimal("66.68")),
            BudgetLine("s1", 100, 50, parent="k"),
            BudgetLine("s2", 200, 150, parent="k"),
        ]
        found = anggaran.verify(build_tree(lines))
        assert [("pagu", Decimal(1)), ("penyerapan", Decimal("0.01"))] == [
            (d.field, d.difference) for d in found
        ]
        assert Decimal("66.67") == found[1].computed

    def test_printed_precision(self):
        """A percentage printed without decimals is compared at 0 places: 66,67 → 67."""
        lines = [BudgetLine("s", 3, 2, printed_penyerapan=67)]
        assert () == anggaran.verify(build_tree(lines))

    def test_realisasi_subtotal(self):
        """A wrong printed realisasi subtotal is reported with its difference."""
        lines = [
            BudgetLine("k", 10, 9, key="k"),
            BudgetLine("s", 10, 8, parent="k"),
        ]
        (found,) = anggaran.verify(build_tree(lines))
        assert ("realisasi", Decimal(9), Decimal(8), Decimal(1)) == (
            found.field,
            found.printed,
            found.computed,
            found.difference,
        )


class TestJunk:
    @pytest.mark.parametrize(
        "junk", [None, True, "abc", float("nan"), [], Decimal("Infinity"), object()]
    )
    @pytest.mark.parametrize(
        "function", [anggaran.penyerapan, anggaran.efisiensi_anggaran, anggaran.sisa]
    )
    def test_pure_functions(self, function, junk):
        """Junk in either argument raises an AkipError, never ZeroDivisionError."""
        with pytest.raises(AkipError):
            function(junk, 1)
        with pytest.raises(AkipError):
            function(1, junk)

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"name": "", "pagu": 1, "realisasi": 1},
            {"name": None, "pagu": 1, "realisasi": 1},
            {"name": "x", "pagu": "1.000,00", "realisasi": 1},
            {"name": "x", "pagu": 1, "realisasi": True},
            {"name": "x", "pagu": 1, "realisasi": 1, "code": 102},
            {"name": "x", "pagu": 1, "realisasi": 1, "level": "program"},
            {"name": "x", "pagu": 1, "realisasi": 1, "printed_penyerapan": "90,5%"},
        ],
    )
    def test_budget_line(self, kwargs):
        """A BudgetLine validates once, with AkipError subclasses."""
        with pytest.raises(AkipError):
            BudgetLine(**kwargs)

    def test_build_and_node(self):
        """build_tree refuses non-lines; node() refuses an unknown key."""
        with pytest.raises(InvalidValue):
            build_tree([("x", 1, 1)])  # type: ignore[list-item]
        with pytest.raises(InvalidValue, match="names no node"):
            build_tree([]).node("x")

    def test_sum_beyond_precision(self):
        """Amounts whose exact sum needs more than 60 digits are summed exactly, not rounded.

        10^40 + 10^-40 has 81 digits: 1, 39 zeros, the point, 39 zeros, 1.
        """
        tree = build_tree(
            [BudgetLine("a", Decimal("1e40"), 0), BudgetLine("b", Decimal("1e-40"), 0)]
        )
        assert Decimal("1" + "0" * 40 + "." + "0" * 39 + "1") == tree.root.pagu

    def test_empty_tree(self):
        """An empty tree has pagu 0: penyerapan is NotComputable."""
        tree = build_tree([])
        assert Decimal(0) == tree.root.pagu
        with pytest.raises(NotComputable):
            _ = tree.root.penyerapan
        assert "Total" == tree.root.name


Groups = list[list[list[tuple[Decimal, Decimal]]]]


def tree_of(groups: Groups, shuffle: random.Random | None = None) -> anggaran.BudgetTree:
    lines = []
    for p, program in enumerate(groups):
        lines.append(BudgetLine(f"program {p}", 0, 0, key=f"P{p}"))
        for k, kegiatan in enumerate(program):
            kkey = f"P{p}.K{k}"
            lines.append(BudgetLine("kegiatan", 0, 0, key=kkey, parent=f"P{p}"))
            for s, (pagu, realisasi) in enumerate(kegiatan):
                lines.append(BudgetLine("sub", pagu, realisasi, key=f"{kkey}.S{s}", parent=kkey))
    if shuffle is not None:
        shuffle.shuffle(lines)
    return build_tree(lines)


def spent(node: anggaran.BudgetNode) -> Decimal:
    assert node.realisasi is not None
    return node.realisasi


def leaves(groups: Groups) -> list[tuple[Decimal, Decimal]]:
    return [leaf for program in groups for kegiatan in program for leaf in kegiatan]


class TestProperties:
    @given(strategies.budget_groups)
    def test_every_node_is_the_sum_of_its_leaves(self, groups):
        """Every node's pagu and realisasi equal the sums over its leaves; total = all leaves."""
        tree = tree_of(groups)
        for node in tree.root.walk():
            below = list(node.leaves())
            assert sum((leaf.pagu for leaf in below), Decimal(0)) == node.pagu
            assert sum((spent(leaf) for leaf in below), Decimal(0)) == node.realisasi
        everything = leaves(groups)
        assert sum((p for p, _ in everything), Decimal(0)) == tree.root.pagu
        assert sum((r for _, r in everything), Decimal(0)) == tree.root.realisasi

    @given(strategies.budget_groups, st.randoms(use_true_random=False))
    def test_order_does_not_matter(self, groups, rnd):
        """Shuffling the input lines gives the same amounts at every key."""
        plain, shuffled = tree_of(groups), tree_of(groups, shuffle=rnd)
        for node in plain.root.walk():
            other = shuffled.root if node.key == "" else shuffled.node(node.key)
            assert (node.pagu, node.realisasi) == (other.pagu, other.realisasi)

    @given(strategies.budget_groups, strategies.budget_groups)
    def test_merge_then_roll_up(self, first, second):
        """Merging two trees then rolling up equals rolling up each and adding."""
        merged = tree_of(first + second)
        a, b = tree_of(first), tree_of(second)
        assert a.root.pagu + b.root.pagu == merged.root.pagu
        assert spent(a.root) + spent(b.root) == merged.root.realisasi

    @given(strategies.budget_groups)
    def test_parent_penyerapan_between_children(self, groups):
        """With pagu > 0, a parent's penyerapan lies between its children's min and max."""
        tree = tree_of(groups)
        for node in tree.root.walk():
            kids = [kid for kid in node.children if kid.pagu > 0]
            if not kids or len(kids) != len(node.children):
                continue
            ratios = [kid.penyerapan for kid in kids]
            assert min(ratios) <= node.penyerapan <= max(ratios)

    def test_million_lines_with_sen_are_exact(self):
        """10^6 lines of Rp 0,01 … sum to exactly Rp 10.000,00 (float would drift)."""
        cent = Decimal("0.01")
        group = anggaran.group_total(Amounts(cent, cent) for _ in range(10**6))
        assert Decimal("10000.00") == group.pagu
        assert Decimal(100) == group.penyerapan


class TestAmounts:
    def test_group_with_missing_realisasi(self):
        """A group with a missing realisasi has realisasi None, never a partial sum."""
        group = anggaran.group_total([Amounts(Decimal(1), None), Amounts(Decimal(2), Decimal(2))])
        assert (Decimal(3), None) == (group.pagu, group.realisasi)


class TestCreateParents:
    """build_tree of leaves only creates the nodes their codes name (issue 11 §3)."""

    def test_leaves_only(self):
        """Three sub kegiatan under two kegiatan of one program: sums by hand 40 and 60."""
        lines = [
            BudgetLine("a", 10, 5, code="1.02.02.2.02.0001"),
            BudgetLine("b", 30, 15, code="1.02.02.2.02.0002"),
            BudgetLine("c", 60, 60, code="1.02.02.2.03.0001"),
        ]
        tree = build_tree(lines, create_parents=True)
        assert (Decimal(40), Decimal(20)) == (
            tree.node("1.02.02.2.02").pagu,
            tree.node("1.02.02.2.02").realisasi,
        )
        assert Decimal(100) == tree.node("1.02.02").pagu
        assert Decimal(100) == tree.node("1").pagu
        assert () == tree.flags
        assert ["1"] == [node.key for node in tree.root.children]

    def test_off_by_default(self):
        """Without the option the leaves hang from the root, as before."""
        lines = [BudgetLine("a", 10, 5, code="1.02.02.2.02.0001")]
        assert ["1.02.02.2.02.0001"] == [n.key for n in build_tree(lines).root.children]

    def test_present_parents_are_kept(self):
        """A kegiatan line that is printed is used, not created again."""
        lines = [
            BudgetLine("K", 0, None, code="1.02.02.2.02"),
            BudgetLine("a", 10, 5, code="1.02.02.2.02.0001"),
            BudgetLine("no code", 7, 7),
            BudgetLine("linked", 3, 3, code="1.02.02.2.02.0002", parent="1.02.02.2.02"),
        ]
        tree = build_tree(lines, create_parents=True)
        line = tree.node("1.02.02.2.02").line
        assert line is not None
        assert "K" == line.name
        assert Decimal(13) == tree.node("1.02").pagu
        assert Decimal(20) == tree.root.pagu


class TestHostileInput:
    """Issue 13: amounts are checked, and trees of any depth are built without recursion."""

    @pytest.mark.parametrize("pagu", [True, 1, Decimal("sNaN"), Decimal("1E+999999"), "1"])
    def test_amounts_fields(self, pagu):
        """Amounts takes exact Decimals only: True was summed as 1 by group_total."""
        with pytest.raises(InvalidValue, match="Amounts: 'pagu' must be Decimal"):
            Amounts(pagu, None)

    def test_group_total_refuses_non_amounts(self):
        """group_total([True]) is refused by name."""
        with pytest.raises(InvalidValue, match="'items' must hold Amounts"):
            anggaran.group_total([True])  # type: ignore[list-item]

    def test_chain_of_100000_lines(self):
        """A parent chain of 100.000 lines builds, walks and verifies without recursion.

        Each line has pagu 100 and realisasi 90; the one leaf at the bottom carries them up,
        so every node and the root sum to 100 / 90, and the printed pagu of each inner line
        (100) agrees with its child's (no discrepancy).
        """
        n = 100_000
        lines = [
            BudgetLine(f"L{i}", 100, 90, key=f"k{i}", parent=f"k{i - 1}" if i else None)
            for i in range(n)
        ]
        tree = build_tree(lines)
        nodes = list(tree.root.walk())
        assert (n + 1, 1) == (len(nodes), len(list(tree.root.leaves())))
        assert (Decimal(100), Decimal(90)) == (tree.root.pagu, tree.root.realisasi)
        assert () == anggaran.verify(tree)
        assert ["k0", "k1", "k2"] == [node.key for node in nodes[1:4]]

    @pytest.mark.parametrize(
        "parents", [{"a": "a"}, {"a": "b", "b": "a"}, {"a": "c", "b": "a", "c": "b"}]
    )
    def test_cycles_are_flagged_once(self, parents):
        """A line its own parent, and cycles of two and three, are flagged once each.

        The first line of the cycle goes under the root, so the cycle becomes a chain whose
        one leaf (pagu 1) carries the total: the root's pagu is 1.
        """
        lines = [BudgetLine(k.upper(), 1, 1, key=k, parent=p) for k, p in parents.items()]
        tree = build_tree(lines)
        assert [FlagKind.CYCLE] == [flag.kind for flag in tree.flags]
        assert (Decimal(1), len(parents) + 1) == (tree.root.pagu, len(list(tree.root.walk())))


def test_conflicting_names_is_its_own_kind():
    """A code printed with conflicting names has a kind of its own, not the duplicate key's."""
    assert "conflicting names" == FlagKind.CONFLICTING_NAMES.value
    assert 2 == len({FlagKind.DUPLICATE, FlagKind.CONFLICTING_NAMES})
