"""consensus (kesepakatan antar tabel: one reference value for a quantity printed in many places).

A report prints one quantity (an indicator's realisasi of a year, a budget line's pagu of a
version) in several tables. Its reference value is the value printed in **most places**;
a tie is broken by agreement with the recomputation (a sum of the line's children, a
capaian of the consensus inputs), never by the order of the file. A tie nothing breaks is
undecided: every place printing it is then a conflict. The finding goes to the cells that
differ from the reference, not to the figures derived from them.

References:
    - akip's own method (one value per quantity; the finding lands on the slip): no
      regulation says which of two printed values is right; the guide "Checking an LKjIP"
      §3 describes it.
    - PermenPANRB 53/2014 (one Perjanjian Kinerja per year: a perubahan supersedes the murni).

Examples:
    Tabel 5 prints IKU1's 2024 realisasi as 95 %, four other places print 94 %:

    >>> from decimal import Decimal
    >>> from akip.report import Figure, Where
    >>> def fig(text, place):
    ...     return Figure(text, Decimal(text.rstrip("%")), Where(place, "realisasi"))
    >>> printed = [fig("94%", p) for p in ("Tabel 4", "III.3", "III.4", "§3.3")]
    >>> decide([*printed, fig("95%", "Tabel 5")]).value
    Decimal('94')

    One place against one, and the recomputation (Σ children) decides:

    >>> decide([fig("10", "A"), fig("12", "B")], recomputed=Decimal("12")).value
    Decimal('12')
    >>> decide([fig("10", "A"), fig("12", "B")]).value is None
    True
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from akip._i18n import N_, Message, joined
from akip._trusted import maker
from akip._validators import items_of, shown, typed
from akip.check.findings import (
    CONSENSUS,
    SUPERSEDED,
    Event,
    Finding,
    Severity,
    agreed,
    agrees,
    differs,
    number,
    show,
)
from akip.exceptions import InvalidValue
from akip.numbers import to_decimal
from akip.report import Figure

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["Consensus", "decide"]


@typed
@attrs.frozen
class Consensus:
    """The reference value of one quantity and the figures that print it.

    Attributes:
        value: The reference value; ``None`` when nothing is printed, or when a tie of
            places is broken by nothing.
        figures: Every printed figure of the quantity.
        count: How many places print the reference value.
        recomputed: The value the rule recomputes for the quantity, if any.
    """

    value: Decimal | None
    figures: tuple[Figure, ...]
    count: int = 0
    recomputed: Decimal | None = None

    @property
    def candidates(self) -> list[Decimal]:
        """The distinct printed values: the reference first, then by places, then by value."""
        counts = Counter(f.value.normalize() for f in self.figures)
        return sorted(counts, key=lambda v: (v != self.value, -counts[v], v))

    def places(self, value: Decimal) -> list[str]:
        """The places printing *value*, sorted.

        Raises:
            InvalidValue: if *value* is not a `decimal.Decimal` within akip's range.
        """
        given: object = value  # a caller outside mypy may pass anything
        if not isinstance(given, Decimal):
            msg = f"'value' must be a Decimal: {shown(given)}"
            raise InvalidValue(msg)
        value = to_decimal(given, field="value")
        return sorted({f.where.place for f in self.figures if f.value == value})


#: A `Consensus` of figures `decide` has checked, without its initialiser's checks again.
_consensus = maker(Consensus)


def decide(figures: Sequence[Figure], recomputed: Decimal | None = None) -> Consensus:
    """The reference value of the quantity *figures* print (see the module docstring).

    Raises:
        InvalidValue: if *figures* holds anything but figures, or *recomputed* is no number.
    """
    if not isinstance(figures, list | tuple) or not all(isinstance(f, Figure) for f in figures):
        figures = items_of(figures, Figure, "figures")
    return decided(figures, recomputed)


def decided(figures: Sequence[Figure], recomputed: Decimal | None = None) -> Consensus:
    """`decide` of *figures* the caller knows are figures (a loaded report's own), unchecked.

    Raises:
        InvalidValue: if *recomputed* is no number within akip's range.
    """
    # The figures are checked, and their values are a Figure's: only a recomputed value
    # from the caller needs the checks of the initialiser.
    make = _consensus if recomputed is None else Consensus
    if not figures:
        return make(recomputed, (), 0, recomputed)
    if len(figures) == 1:
        return make(figures[0].value.normalize(), tuple(figures), 1, recomputed)
    first = figures[0].value
    if all(f.value == first for f in figures):
        # One value in every place (the common case): what the count below gives, its
        # key the first figure's value, without the Counter.
        return make(first.normalize(), tuple(figures), len(figures), recomputed)
    counts = Counter(f.value for f in figures)
    most = max(counts.values())
    best = [value for value, n in counts.items() if n == most]
    if len(best) > 1 and recomputed is not None:
        best = [v for v in best if any(agrees(f, recomputed) for f in figures if f.value == v)]
    value = best[0].normalize() if len(best) == 1 else None
    return make(value, tuple(figures), most if value is not None else 0, recomputed)


def conflicts(
    consensus: Consensus, what: str, superseded: Decimal | None = None
) -> Iterator[Event]:
    """The verdict on each place of a quantity printed in more than one place.

    A place printing the reference agrees; a place printing another value differs
    (``CROSS_TABLE_CONFLICT``, an error when at least two places print the reference); a
    place printing the *superseded* value (a murni target a perubahan replaced) is
    ``SUPERSEDED_TARGET``. With no reference, every place is a conflict.
    """
    figures = consensus.figures
    if len(figures) < 2 and superseded is None:  # noqa: PLR2004 - one place: nothing to compare
        return
    reference = consensus.value
    reason: str | None = None  # the reason of every place that agrees: made once
    for figure in figures:
        if reference is not None and figure.value == reference:
            if reason is None:
                reason = Message.cached(
                    N_("consensus of {count} of {total} places"),
                    count=str(consensus.count),
                    total=str(len(figures)),
                )
            yield agreed(figure, figure.text, CONSENSUS, reason)
            continue
        if reference is None:
            shown = joined(
                "; ",
                (
                    Message(
                        N_("{value} in {places}"),
                        value=number(v, figure),
                        places=", ".join(consensus.places(v)),
                    )
                    for v in consensus.candidates
                ),
            )
            finding = Finding(
                "CROSS_TABLE_CONFLICT",
                Severity.WARNING,
                str(figure.where),
                figure.text,
                None,
                CONSENSUS,
                Message(
                    N_(
                        "{what} is printed in as many places one way as another ({values}); "
                        "nothing decides which is right"
                    ),
                    what=what,
                    values=shown,
                ),
            )
            yield differs(figure, finding)
            continue
        others = ", ".join(consensus.places(reference))
        if superseded is not None and figure.value == superseded:
            finding = Finding(
                "SUPERSEDED_TARGET",
                Severity.ERROR,
                str(figure.where),
                figure.text,
                show(reference, figure),
                SUPERSEDED,
                Message(
                    N_(
                        "{what}: {printed} is the murni target; the perubahan ({places}) sets "
                        "{expected}"
                    ),
                    what=what,
                    printed=figure.text,
                    places=others,
                    expected=number(reference, figure),
                ),
            )
        else:
            finding = Finding(
                "CROSS_TABLE_CONFLICT",
                Severity.ERROR if consensus.count >= 2 else Severity.WARNING,  # noqa: PLR2004
                str(figure.where),
                figure.text,
                show(reference, figure),
                CONSENSUS,
                Message(
                    N_("{what} is {expected} in {places} ({count} of {total} places)"),
                    what=what,
                    expected=number(reference, figure),
                    places=others,
                    count=str(consensus.count),
                    total=str(len(figures)),
                )
                if consensus.count >= 2  # noqa: PLR2004
                else Message(
                    N_("{what} is {expected} in {places} (the recomputation decides)"),
                    what=what,
                    expected=number(reference, figure),
                    places=others,
                ),
            )
        yield differs(figure, finding)
