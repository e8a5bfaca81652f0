"""terbilang (amounts in the narrative: their words, their parts, their budget line).

An amount (``[[amounts]]``) printed with its words must be spelled by them; an amount that
is the total of other amounts or of budget lines must be their sum; an amount naming its
budget line must equal one of the figures the budget tables print for that line (its
consensus pagu of the version, realisasi, or sisa). Where the tables print a line's figure
in two ways (a conflict of its own), an amount that adds up with either is accepted.

References:
    - akip rules §6 (terbilang); Permendagri 77/2020 (penulisan angka dan huruf).
    - akip rules §3 (a total is the exact sum of its parts).

Examples:
    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> events = check_amounts(Index(report.load("examples/dumai-2024.toml")))
    >>> sorted({e.finding.code for e in events if e.finding})
    ['TERBILANG_MISMATCH']
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING, Final

from akip import terbilang
from akip._decimal import total
from akip._i18n import N_, Message, joined
from akip.check.claims import reads_index
from akip.check.findings import (
    SUM,
    WORDS,
    Event,
    Finding,
    Severity,
    agreed,
    agrees,
    differs,
    judge,
    not_computable,
    show,
    unchecked,
)
from akip.exceptions import AkipError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from akip.check.claims import Index
    from akip.report import Amount

__all__ = ["check_amounts"]

# Totals over lines printed two ways are tried with every combination up to this many.
_MAX_COMBINATIONS: Final = 256
_LINK = Message(N_("one figure per budget line, measure and version"))
_TOTAL = Message(N_("total"))
# Why a figure is not checked, or how it agrees (the ledger's reasons).
_UNDECIDED: Final = Message(N_("the amount names no words, parts or budget line"))
_NO_WORDS: Final = Message(N_("the figure has no words (negative, or a fraction of a sen)"))
_SPELLED: Final = Message(N_("spelled by its words"))
_WORDS_ARE_THE_SLIP: Final = Message(N_("its words do not spell it: the words are the slip"))
_EMPTY_PART: Final = Message(N_("a budget line of its parts prints nothing"))


@reads_index
def check_amounts(index: Index) -> Iterator[Event]:
    """Every amount: its words, its parts, its budget line."""
    by_id = {amount.id: amount for amount in index.report.amounts}
    for amount in index.report.amounts:
        decided = False
        if amount.words is not None:
            decided = True
            yield from _words(amount)
        if amount.parts and amount.parts_measure is None:
            parts = [by_id[p].figure for p in amount.parts if p in by_id]
            if len(parts) == len(amount.parts):
                decided = True
                yield judge(
                    amount.figure,
                    total(p.value for p in parts),
                    "SUM_MISMATCH",
                    SUM,
                    _TOTAL,
                    inputs=tuple(parts),
                )
        elif amount.parts and amount.parts_measure is not None:
            decided = True
            yield from _line_parts(index, amount, amount.parts_measure)
        if amount.line is not None and amount.measure is not None:
            decided = True
            yield from _link(index, amount, amount.line, amount.measure)
        if not decided:
            yield unchecked(amount.figure, _UNDECIDED)


def _words(amount: Amount) -> Iterator[Event]:
    words = amount.words
    assert words is not None  # noqa: S101 - checked by the caller
    try:
        problems = terbilang.differences(words.text, amount.figure.value)
    except AkipError as exc:  # a negative amount, a fraction of a sen
        yield not_computable(amount.figure, WORDS, exc)
        yield unchecked(words, _NO_WORDS)
        return
    if not problems:
        yield agreed(words, words.text, WORDS)
        yield agreed(amount.figure, amount.figure.text, WORDS, _SPELLED)
        return
    finding = Finding(
        "TERBILANG_MISMATCH",
        Severity.ERROR,
        str(words.where),
        words.text,
        terbilang.spell(amount.figure.value),
        WORDS,
        Message(
            N_("the words do not spell {printed}: {problems}"),
            printed=amount.figure.text,
            problems=joined("; ", problems),
        ),
    )
    yield differs(words, finding)
    yield unchecked(amount.figure, _WORDS_ARE_THE_SLIP)


def _values(index: Index, line_id: str, measure: str, version: str | None) -> list[Decimal]:
    """Every value the tables print (or imply) for a line's pagu, realisasi or sisa.

    The reference (consensus) first, then the other printed values, then the sum of the
    line's children when it is not among them. Empty when nothing is known.
    """
    if measure == "sisa":
        pagu = _values(index, line_id, "pagu", version)
        realisasi = _values(index, line_id, "realisasi", None)
        seen: list[Decimal] = []
        for p, r in itertools.product(pagu, realisasi):
            value = total([p, r.copy_negate()])
            if value not in seen:
                seen.append(value)
        return seen
    consensus = index.line_value(line_id, measure, None if measure == "realisasi" else version)
    values = [v for v in consensus.candidates if v is not None]
    if consensus.value is not None and consensus.value not in values:
        values.insert(0, consensus.value)
    if consensus.recomputed is not None and consensus.recomputed not in values:
        values.append(consensus.recomputed)
    return values


def _line_parts(index: Index, amount: Amount, measure: str) -> Iterator[Event]:
    """An amount printed as the sum of budget lines' pagu, realisasi or sisa."""
    candidates = [_values(index, part, measure, amount.version) for part in amount.parts]
    if not all(candidates):
        yield unchecked(amount.figure, _EMPTY_PART, SUM)
        return
    preferred = total(values[0] for values in candidates)
    if math.prod(len(values) for values in candidates) <= _MAX_COMBINATIONS:
        sums = [total(combo) for combo in itertools.product(*candidates)]
        if any(agrees(amount.figure, value) for value in sums):
            yield agreed(amount.figure, show(preferred, amount.figure), SUM)
            return
    what = Message(
        N_("{measure} of {line}"), measure=measure, line=", ".join(sorted(amount.parts))
    )
    yield judge(amount.figure, preferred, "SUM_MISMATCH", SUM, what)


def _link(index: Index, amount: Amount, line: str, measure: str) -> Iterator[Event]:
    """An amount that names its budget line equals one of that line's printed figures."""
    values = _values(index, line, measure, amount.version)
    if not values:
        yield unchecked(
            amount.figure,
            Message(N_("budget line {line} prints no {measure}"), line=line, measure=measure),
            _LINK,
        )
        return
    if any(agrees(amount.figure, value) for value in values):
        yield agreed(amount.figure, show(values[0], amount.figure), _LINK)
        return
    version = f" {amount.version}" if amount.version else ""
    shown = joined(
        " ",
        [show(values[0], amount.figure)]
        + [Message(N_("or {value}"), value=show(v, amount.figure)) for v in values[1:]],
    )
    finding = Finding(
        "CROSS_TABLE_CONFLICT",
        Severity.WARNING,
        str(amount.figure.where),
        amount.figure.text,
        show(values[0], amount.figure),
        _LINK,
        Message(
            N_("{amount}: the {measure} of {line} is {values} in the budget tables"),
            amount=amount.id,
            measure=f"{measure}{version}",
            line=index.lines[line].name,
            values=shown,
        ),
    )
    yield differs(amount.figure, finding)
