"""anggaran (anggaran: the budget tree, pagu, realisasi, penyerapan and sisa).

Budget lines form a tree, sub kegiatan → kegiatan → program → bidang urusan → urusan →
total, linked by code prefix ([`akip.kode`][akip.kode]) or, in reports without codes, by
explicit parent keys. The rollup sums pagu and realisasi exactly at every node, and every
percentage at a node is recomputed from that node's sums (a ratio of sums):

- ``penyerapan = realisasi / pagu × 100`` (budget absorption);
- ``sisa = pagu − realisasi`` (unspent budget);
- ``efisiensi_anggaran = sisa / pagu × 100`` (the unspent share; *not* the efficiency index
  of [`akip.efisiensi`][akip.efisiensi]).

A pagu of 0 makes both percentages [`NotComputable`][akip.exceptions.NotComputable]. The
mean of child percentages, which reports print by mistake at totals, is a separate function,
[`mean_of_penyerapan`][akip.anggaran.mean_of_penyerapan]. Bad data is flagged, never hidden
or capped: realisasi above pagu, pagu 0 with realisasi, negative amounts, duplicate keys, a
missing parent, a cycle in parent links, a line under two parents.

References:
    - Permendagri 77/2020 (pedoman teknis pengelolaan keuangan daerah): pagu in the DPA and,
      after the APBD perubahan, the DPPA.
    - Kepmendagri 050-5889/2021 (the code tree).
    - Rules §3 and research §4.1–4.3 of the akip specification.

Examples:
    The program "Penguatan Ideologi Pancasila" of the sample report (Tabel III.11):

    >>> lines = [
    ...     BudgetLine("Program", 0, 0, key="p"),
    ...     BudgetLine("Koordinasi", 50_000_000, 36_299_000, parent="p"),
    ...     BudgetLine("Monev", 300_000_000, 284_350_000, parent="p"),
    ...     BudgetLine("Karakter Keluarga", 49_868_900, 0, parent="p"),
    ...     BudgetLine("Paskibraka", 1_147_821_955, 770_089_664, parent="p"),
    ... ]
    >>> program = build_tree(lines).node("p")
    >>> program.pagu, program.realisasi
    (Decimal('1547690855'), Decimal('1090738664'))
    >>> round_half_up(program.penyerapan), round_half_up(program.efisiensi_anggaran)
    (Decimal('70.48'), Decimal('29.52'))
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

import attrs

from akip import _html
from akip._bands import LabelledEnum
from akip._decimal import CONTEXT, ZERO, in_context, percent, places_of, quotient, total
from akip._i18n import N_, Message
from akip._validators import items_of, shown, typed
from akip.exceptions import InvalidValue, NotAssessed, NotComputable
from akip.kode import CodeLevel, code_level, parent_code
from akip.numbers import round_half_up, to_decimal

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "Amounts",
    "BudgetLine",
    "BudgetNode",
    "BudgetTree",
    "Discrepancy",
    "Flag",
    "FlagKind",
    "Pagu",
    "PaguVersion",
    "build_tree",
    "efisiensi_anggaran",
    "group_total",
    "mean_of_penyerapan",
    "penyerapan",
    "sisa",
    "verify",
]

PaguVersion = Literal["final", "murni"]
"""Which pagu a rollup uses: ``"final"`` (perubahan if any, else murni) or ``"murni"``."""

_PAGU_VERSIONS = ("final", "murni")
ROOT_KEY = ""


def _murni(value: object) -> Decimal:
    return to_decimal(value, field="pagu murni")


def _perubahan(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="pagu perubahan")


def _realisasi(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="realisasi")


def _printed(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="printed_penyerapan")


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    msg = f"'date' of a pagu must be a dt.date or None: {shown(value)}"
    raise InvalidValue(msg)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        kind = type(value).__name__
        msg = f"'code', 'key' and 'parent' must be str or None, not {kind}: {shown(value)}"
        raise InvalidValue(msg)
    return value.strip()


def _check(pagu: object, realisasi: object) -> tuple[Decimal, Decimal]:
    p = to_decimal(pagu, field="pagu")
    r = to_decimal(realisasi, field="realisasi")
    if p < 0:
        msg = Message(N_("'pagu' must be >= 0: {pagu}"), pagu=str(p))
        raise InvalidValue(msg)
    if r < 0:
        msg = Message(N_("'realisasi' must be >= 0: {realisasi}"), realisasi=str(r))
        raise InvalidValue(msg)
    if p == 0:
        msg = Message(
            N_("'penyerapan' is not computable when 'pagu' is 0 (realisasi {realisasi})"),
            realisasi=str(r),
        )
        raise NotComputable(msg)
    return p, r


@in_context
def sisa(pagu: object, realisasi: object) -> Decimal:
    """Return ``pagu − realisasi`` exactly (negative when realisasi exceeds pagu).

    Examples:
        >>> sisa(1_313_034_200, 932_628_254)
        Decimal('380405946')
    """
    p = to_decimal(pagu, field="pagu")
    r = to_decimal(realisasi, field="realisasi")
    return total([p, r.copy_negate()], field="sisa")


@in_context
def penyerapan(pagu: object, realisasi: object) -> Decimal:
    """Return ``realisasi / pagu × 100``, exact (round for display with `round_half_up`).

    Not capped: realisasi above pagu gives more than 100.

    Raises:
        NotComputable: if *pagu* is 0.
        InvalidValue: if *pagu* or *realisasi* is negative.
        InvalidNumber: if either is not a number.

    Examples:
        >>> round_half_up(penyerapan(45_195_966_217, 41_007_152_300))
        Decimal('90.73')
        >>> penyerapan(0, 5)
        Traceback (most recent call last):
        akip.exceptions.NotComputable: 'penyerapan' is not computable when 'pagu' is 0 ...
    """
    p, r = _check(pagu, realisasi)
    return percent(r, p)


@in_context
def efisiensi_anggaran(pagu: object, realisasi: object) -> Decimal:
    """Return ``sisa / pagu × 100``, the unspent share of the budget (= 100 − penyerapan).

    This is *not* the efficiency index (capaian / penyerapan) of `akip.efisiensi`.

    Raises:
        NotComputable: if *pagu* is 0.
        InvalidValue: if *pagu* or *realisasi* is negative.

    Examples:
        >>> round_half_up(efisiensi_anggaran(1_313_034_200, 932_628_254))
        Decimal('28.97')
    """
    p, r = _check(pagu, realisasi)
    return percent(total([p, r.copy_negate()], field="sisa"), p)


@in_context
def mean_of_penyerapan(items: Iterable[Amounts]) -> Decimal:
    """Return the simple mean of the items' penyerapan: a *mean of ratios*, not penyerapan.

    Reports print this at totals (the sample report's 79,61 % for its four IKU 1 programs,
    whose penyerapan as a ratio of sums is 91,68 %). It weights a 206 million program like a
    34 billion one. Use it only to reproduce such a figure; the penyerapan of a group is
    ``group_total(items).penyerapan``.

    Raises:
        InvalidValue: for no items.
        NotComputable: if an item's pagu is 0.
        NotAssessed: if an item's realisasi is missing.
    """
    ratios = [item.penyerapan for item in items_of(items, Amounts, "items")]
    if not ratios:
        msg = "'items' must not be empty for a mean of penyerapan: []"
        raise InvalidValue(msg)
    return quotient(total(ratios, exact=False), Decimal(len(ratios)))


class PaguKind(LabelledEnum):
    """The two versions of a pagu."""

    MURNI = "murni"
    PERUBAHAN = "perubahan"


@typed
@attrs.frozen
class Pagu:
    """A budget allocation: the original (*murni*, DPA) and revised (*perubahan*, DPPA) pagu.

    A plain number given where a `Pagu` is expected is a murni pagu with no perubahan.

    Examples:
        >>> Pagu(100, 120).amount(), Pagu(100, 120).amount("murni"), Pagu(100).amount()
        (Decimal('120'), Decimal('100'), Decimal('100'))
    """

    murni: Decimal = attrs.field(converter=_murni)
    perubahan: Decimal | None = attrs.field(default=None, converter=_perubahan)
    murni_date: dt.date | None = attrs.field(default=None, converter=_date)
    perubahan_date: dt.date | None = attrs.field(default=None, converter=_date)

    def amount(self, version: PaguVersion = "final") -> Decimal:
        """The pagu of *version*: ``"final"`` (perubahan if any, else murni) or ``"murni"``."""
        if version not in _PAGU_VERSIONS:
            msg = f"'pagu_version' must be one of {_PAGU_VERSIONS}: {shown(version)}"
            raise InvalidValue(msg)
        if version == "final" and self.perubahan is not None:
            return self.perubahan
        return self.murni

    @property
    def amounts(self) -> tuple[Decimal, ...]:
        """Every pagu figure held (murni, and perubahan if any)."""
        return (self.murni,) if self.perubahan is None else (self.murni, self.perubahan)


def _to_pagu(value: object) -> Pagu:
    return value if isinstance(value, Pagu) else Pagu(value)


def _level(value: object) -> CodeLevel | None:
    if value is None or isinstance(value, CodeLevel):
        return value
    msg = f"'level' must be a CodeLevel or None: {shown(value)}"
    raise InvalidValue(msg)


def _name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"'name' must be a non-empty str: {shown(value)}"
        raise InvalidValue(msg)
    return value.strip()


@typed
@attrs.frozen
class BudgetLine:
    """One line of a budget table as given (printed figures included).

    Attributes:
        name: The uraian (program / kegiatan / sub kegiatan name).
        pagu: A `Pagu`, or a number (a murni pagu).
        realisasi: The amount spent; ``None`` when not reported (not the same as 0).
        code: The official code, if the report prints one (level and parent come from it).
        key: Identity for parent links; defaults to the code, else the name.
        parent: Key of the parent line, for reports without codes (overrides the code).
        level: The level, when there is no code to derive it from.
        printed_penyerapan: The percentage the report prints, for `verify`.

    Negative amounts are accepted here and flagged by `build_tree`.
    """

    name: str = attrs.field(converter=_name)
    pagu: Pagu = attrs.field(converter=_to_pagu)
    realisasi: Decimal | None = attrs.field(converter=_realisasi)
    code: str | None = attrs.field(default=None, kw_only=True, converter=_text)
    key: str | None = attrs.field(default=None, kw_only=True, converter=_text)
    parent: str | None = attrs.field(default=None, kw_only=True, converter=_text)
    level: CodeLevel | None = attrs.field(default=None, kw_only=True, converter=_level)
    printed_penyerapan: Decimal | None = attrs.field(
        default=None, kw_only=True, converter=_printed
    )

    @property
    def identity(self) -> str:
        """The key other lines use as ``parent``: key, else code, else name."""
        return self.key or self.code or self.name


@typed
@attrs.frozen
class Amounts:
    """A pagu and a realisasi with the percentages computed from them.

    Examples:
        >>> a = Amounts(Decimal(200), Decimal(150))
        >>> a.sisa, round_half_up(a.penyerapan), round_half_up(a.efisiensi_anggaran)
        (Decimal('50'), Decimal('75.00'), Decimal('25.00'))
    """

    pagu: Decimal
    realisasi: Decimal | None

    def _realisasi(self) -> Decimal:
        if self.realisasi is None:
            msg = "'realisasi' is not reported (None), which is not 0"
            raise NotAssessed(msg)
        return self.realisasi

    @property
    def sisa(self) -> Decimal:
        """``pagu − realisasi``."""
        return sisa(self.pagu, self._realisasi())

    @property
    def penyerapan(self) -> Decimal:
        """``realisasi / pagu × 100`` from these sums."""
        return penyerapan(self.pagu, self._realisasi())

    @property
    def efisiensi_anggaran(self) -> Decimal:
        """``sisa / pagu × 100`` from these sums."""
        return efisiensi_anggaran(self.pagu, self._realisasi())


@in_context
def group_total(items: Iterable[Amounts]) -> Amounts:
    """Sum nodes that are not one subtree (e.g. the programs of one IKU) exactly.

    The realisasi is ``None`` if any item's is.

    Examples:
        >>> a, b = Amounts(Decimal(100), Decimal(50)), Amounts(Decimal(300), Decimal(270))
        >>> g = group_total([a, b])
        >>> g.pagu, g.penyerapan == 80
        (Decimal('400'), True)
    """
    listed = items_of(items, Amounts, "items")
    pagu = total((item.pagu for item in listed), field="pagu")
    if any(item.realisasi is None for item in listed):
        return Amounts(pagu, None)
    realisasi = total(
        (item.realisasi for item in listed if item.realisasi is not None), field="realisasi"
    )
    return Amounts(pagu, realisasi)


@typed
@attrs.frozen
class BudgetNode(Amounts):
    """A node of a rolled-up tree: its line, its children and its summed amounts.

    A leaf's amounts are its line's; an inner node's are the sums over its children (its
    own printed figures stay on ``line`` for `verify`). The root has ``line=None``.
    """

    key: str
    line: BudgetLine | None
    children: tuple[BudgetNode, ...]

    @property
    def name(self) -> str:
        """The line's name, ``"Total"`` at the root."""
        return "Total" if self.line is None else self.line.name

    def walk(self) -> Iterator[BudgetNode]:
        """This node and every node below it, depth first, in input order.

        The walk keeps its own stack: a chain of 100.000 nested lines is walked without
        recursion.
        """
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def leaves(self) -> Iterator[BudgetNode]:
        """The nodes below (or at) this one that have no children."""
        return (node for node in self.walk() if not node.children)


class FlagKind(LabelledEnum):
    """What a [`Flag`][akip.anggaran.Flag] reports.

    ``DUPLICATE`` is one key given to two lines of one tree; ``CONFLICTING_NAMES`` one
    kode rekening printed with different names (Kepmendagri 050-5889/2021 gives each code
    one nomenclature name), as `akip.frame` finds it when it combines the rows of a code.

    Examples:
        >>> FlagKind.CONFLICTING_NAMES.value
        'conflicting names'
    """

    OVERSPENT = "realisasi > pagu"
    REALISASI_WITHOUT_PAGU = "pagu 0 with realisasi > 0"
    NEGATIVE = "negative amount"
    DUPLICATE = "duplicate key"
    TWO_PARENTS = "line under two parents"
    MISSING_PARENT = "parent missing"
    CYCLE = "cycle in parent links"
    MISSING_REALISASI = "realisasi not reported"
    CONFLICTING_NAMES = "conflicting names"


@typed
@attrs.frozen
class Flag:
    """A data problem found while building a tree; the key names the line."""

    kind: FlagKind
    key: str
    message: str


@typed
@attrs.frozen
class BudgetTree:
    """A rolled-up tree: the root (the total), the flags, and nodes by key."""

    root: BudgetNode
    flags: tuple[Flag, ...]

    def node(self, key: str) -> BudgetNode:
        """The first node with *key* (code, key or name of its line).

        Raises:
            InvalidValue: if no node has that key.
        """
        for node in self.root.walk():
            if node.key == key:
                return node
        msg = f"'key' names no node of the tree: {shown(key)}"
        raise InvalidValue(msg)

    def _repr_html_(self) -> str:
        """Every node with its sums and percentages, then the flags, for Jupyter."""

        def rows() -> Iterator[tuple[object, ...]]:
            for node in self.root.walk():
                level = None if node.line is None else node.line.level
                done = node.realisasi is not None and node.pagu > 0
                yield (
                    node.key if node.line is not None else "",
                    level,
                    node.name,
                    node.pagu,
                    node.realisasi,
                    node.sisa if node.realisasi is not None else None,
                    node.penyerapan if done else None,
                )

        header = ("kode", "level", "uraian", "pagu", "realisasi", "sisa", "penyerapan %")
        table = _html.grid("akip-budget", header, rows())
        if not self.flags:
            return table
        flags = _html.grid("akip-flags", ("flag", "line", "message"), self._flag_rows())
        return table + flags

    def _flag_rows(self) -> Iterator[tuple[object, ...]]:
        return ((flag.kind, flag.key, flag.message) for flag in self.flags)


def _parent_key(line: BudgetLine, present: set[str], *, legacy: bool) -> tuple[str, bool]:
    """The parent key of *line* and whether its direct parent is missing."""
    if line.parent is not None:
        if line.parent in present:
            return line.parent, False
        return ROOT_KEY, True
    if line.code is None:
        return ROOT_KEY, False
    direct = parent_code(line.code, legacy=legacy)
    candidate = direct
    while candidate is not None and candidate not in present:
        candidate = parent_code(candidate, legacy=legacy)
    # A hole (an ancestor present, the direct parent not) is flagged; a table that starts at
    # program level, with no bidang or urusan lines at all, is not.
    return (candidate or ROOT_KEY), candidate is not None and candidate != direct


def _check_lines(lines: Iterable[object], *, legacy: bool) -> list[BudgetLine]:
    listed = items_of(lines, BudgetLine, "lines")
    for line in listed:
        if line.code is not None:
            level = code_level(line.code, legacy=legacy)
            if line.level is not None and line.level is not level:
                msg = (
                    f"'level' {shown(line.level.label)} contradicts code {shown(line.code)} "
                    f"({level.label})"
                )
                raise InvalidValue(msg)
    return listed


def _negatives(line: BudgetLine) -> Iterator[Flag]:
    key = line.identity
    if any(amount < 0 for amount in line.pagu.amounts):
        yield Flag(FlagKind.NEGATIVE, key, f"'pagu' of {shown(key)} is negative: {line.pagu}")
    if line.realisasi is not None and line.realisasi < 0:
        yield Flag(
            FlagKind.NEGATIVE, key, f"'realisasi' of {shown(key)} is negative: {line.realisasi}"
        )


def _amount_flags(key: str, pagu: Decimal, realisasi: Decimal | None) -> Iterator[Flag]:
    if realisasi is None:
        return
    if pagu == 0 and realisasi > 0:
        yield Flag(
            FlagKind.REALISASI_WITHOUT_PAGU, key, f"{shown(key)}: pagu 0, realisasi {realisasi}"
        )
    elif realisasi > pagu:
        yield Flag(FlagKind.OVERSPENT, key, f"{shown(key)}: realisasi {realisasi} > pagu {pagu}")


@attrs.define
class _Builder:
    """Links lines by index; ``parents[i]`` is the key of line i's parent."""

    listed: list[BudgetLine]
    pagu_version: PaguVersion
    flags: list[Flag] = attrs.Factory(list)
    parents: list[str] = attrs.Factory(list)
    first: dict[str, int] = attrs.Factory(dict)
    children: dict[int | None, list[int]] = attrs.Factory(dict)

    def link(self, *, legacy: bool) -> None:
        present = {line.identity for line in self.listed}
        for index, line in enumerate(self.listed):
            key = line.identity
            parent, missing = _parent_key(line, present, legacy=legacy)
            if missing:
                msg = f"parent of {shown(key)} is missing; linked to {shown(parent or 'the root')}"
                self.flags.append(Flag(FlagKind.MISSING_PARENT, key, msg))
            if key in self.first:
                earlier = self.parents[self.first[key]]
                kind = FlagKind.DUPLICATE if earlier == parent else FlagKind.TWO_PARENTS
                msg = (
                    f"{shown(key)} appears again at line {index + 1} "
                    f"(parents {shown(earlier)}, {shown(parent)})"
                )
                self.flags.append(Flag(kind, key, msg))
            else:
                self.first[key] = index
            self.parents.append(parent)
            self.flags.extend(_negatives(line))

    def break_cycles(self) -> None:
        # Each line is visited once: a chain of parents is followed until it reaches the
        # root or a line already settled (state 2) — linear in the lines, with no recursion.
        state = [0] * len(self.listed)  # 0 unvisited, 1 on the current chain, 2 settled
        for index in range(len(self.listed)):
            chain: list[int] = []
            current = index
            while state[current] == 0 and self.parents[current] != ROOT_KEY:
                state[current] = 1
                chain.append(current)
                current = self.first[self.parents[current]]
            if state[current] == 1:
                cycle = chain[chain.index(current) :]
                head = min(cycle)
                keys = [self.listed[i].identity for i in cycle]
                msg = (
                    f"cycle of parent links {shown(keys)}; "
                    f"{shown(keys[cycle.index(head)])} put under root"
                )
                self.flags.append(Flag(FlagKind.CYCLE, self.listed[head].identity, msg))
                self.parents[head] = ROOT_KEY
            for visited in chain:
                state[visited] = 2
            state[current] = 2
        for index, parent in enumerate(self.parents):
            owner = None if parent == ROOT_KEY else self.first[parent]
            self.children.setdefault(owner, []).append(index)

    def make(self, index: int | None) -> BudgetNode:
        """The node of line *index* (the root for ``None``), built bottom up without recursion."""
        built: dict[int | None, BudgetNode] = {}
        stack: list[tuple[int | None, bool]] = [(index, False)]
        while stack:
            current, expanded = stack.pop()
            kids = self._kids(current)
            if expanded or not kids:
                built[current] = self._node(current, tuple(built.pop(i) for i in kids))
            else:
                stack.append((current, True))
                stack.extend((i, False) for i in reversed(kids))
        return built[index]

    def _kids(self, index: int | None) -> list[int]:
        line = None if index is None else self.listed[index]
        owns = line is None or self.first[line.identity] == index
        return self.children.get(index, []) if owns else []

    def _node(self, index: int | None, kids: tuple[BudgetNode, ...]) -> BudgetNode:
        line = None if index is None else self.listed[index]
        key = ROOT_KEY if line is None else line.identity
        if kids:
            summed = group_total(kids)
            pagu, realisasi = summed.pagu, summed.realisasi
        elif line is None:
            pagu, realisasi = ZERO, ZERO
        else:
            pagu, realisasi = line.pagu.amount(self.pagu_version), line.realisasi
            if realisasi is None:
                msg = f"realisasi of {shown(key)} is not reported (None)"
                self.flags.append(Flag(FlagKind.MISSING_REALISASI, key, msg))
        self.flags.extend(_amount_flags(key, pagu, realisasi))
        return BudgetNode(pagu=pagu, realisasi=realisasi, key=key, line=line, children=kids)


def _with_parents(listed: list[BudgetLine], *, legacy: bool) -> list[BudgetLine]:
    """*listed* and, after them, one line per ancestor code that no line carries."""
    present = {line.code for line in listed if line.code is not None}
    present |= {line.identity for line in listed}
    added: list[BudgetLine] = []
    for line in listed:
        if line.code is None or line.parent is not None:
            continue
        above = parent_code(line.code, legacy=legacy)
        while above is not None and above not in present:
            present.add(above)
            added.append(BudgetLine(above, 0, None, code=above))
            above = parent_code(above, legacy=legacy)
    return listed + added


@in_context
def build_tree(
    lines: Iterable[BudgetLine],
    *,
    pagu_version: PaguVersion = "final",
    legacy_codes: bool = False,
    create_parents: bool = False,
) -> BudgetTree:
    """Link *lines* into a tree and roll pagu and realisasi up exactly.

    A line's parent is its ``parent`` key if given, else the prefix of its ``code`` (the
    nearest ancestor code present), else the root. Problems are flagged, and every line's
    amounts still count once:

    - duplicate key under the same parent (``DUPLICATE``) or under different parents
      (``TWO_PARENTS``): each line stays a node; children attach to the first;
    - parent key not among the lines, or a hole in the codes (the direct parent code absent
      while a higher one is present) (``MISSING_PARENT``): attached to the nearest ancestor
      code present, else to the root. A table that simply starts at program level is fine;
    - a cycle of parent links (``CYCLE``): the first line of the cycle goes to the root;
    - realisasi > pagu, pagu 0 with realisasi > 0 (at any node), negative figures,
      realisasi not reported.

    Args:
        lines: The budget lines, in any order.
        pagu_version: ``"final"`` (default: perubahan if any, else murni) or ``"murni"``.
        legacy_codes: Accept 2-digit sub kegiatan codes (Permendagri 90/2019).
        create_parents: Create the kegiatan, program, bidang and urusan nodes that the
            codes of the lines name but no line carries (a table of leaves only, as
            [`akip.frame.rollup`][akip.frame.rollup] does); each created node is named by
            its code and sums its children. Default: off (such lines go to the root).

    Raises:
        CodeError: if a line's code is malformed (normalise codes first with `akip.kode`).
        InvalidValue: for an unknown *pagu_version* or a line that is not a `BudgetLine`.
    """
    if pagu_version not in _PAGU_VERSIONS:
        msg = f"'pagu_version' must be one of {_PAGU_VERSIONS}: {shown(pagu_version)}"
        raise InvalidValue(msg)
    listed = _check_lines(lines, legacy=legacy_codes)
    if create_parents:
        listed = _with_parents(listed, legacy=legacy_codes)
    builder = _Builder(listed, pagu_version)
    builder.link(legacy=legacy_codes)
    builder.break_cycles()
    root = builder.make(None)
    return BudgetTree(root=root, flags=tuple(builder.flags))


@typed
@attrs.frozen
class Discrepancy:
    """A printed figure that differs from the computed one.

    ``difference = printed − computed``.
    """

    key: str
    field: str
    printed: Decimal
    computed: Decimal
    difference: Decimal


@in_context
def verify(tree: object, *, pagu_version: PaguVersion = "final") -> tuple[Discrepancy, ...]:
    """Compare a printed tree with its rollup.

    For an inner node, its line's printed pagu and realisasi are compared with the sums of
    its children. For every node with a ``printed_penyerapan``, that figure is compared with
    the node's own ratio rounded HALF_UP to as many decimals as were printed (``88.37`` → 2).

    Returns:
        One `Discrepancy` per differing figure, in tree order; empty if all agree.
    """
    found: list[Discrepancy] = []
    if not isinstance(tree, BudgetTree):
        msg = f"'tree' must be a BudgetTree (from build_tree): {shown(tree)}"
        raise InvalidValue(msg)
    for node in tree.root.walk():
        line = node.line
        if line is None:
            continue
        if node.children:
            checks = [("pagu", line.pagu.amount(pagu_version), node.pagu)]
            if line.realisasi is not None and node.realisasi is not None:
                checks.append(("realisasi", line.realisasi, node.realisasi))
            found.extend(
                Discrepancy(
                    node.key,
                    field,
                    printed,
                    computed,
                    total([printed, computed.copy_negate()], field=field),
                )
                for field, printed, computed in checks
                if printed != computed
            )
        printed = line.printed_penyerapan
        if printed is None or node.realisasi is None or node.pagu <= 0 or node.realisasi < 0:
            continue
        places = places_of(printed)
        computed = round_half_up(node.penyerapan, places)
        if computed != printed:
            found.append(
                Discrepancy(
                    node.key, "penyerapan", printed, computed, CONTEXT.subtract(printed, computed)
                )
            )
    return tuple(found)
