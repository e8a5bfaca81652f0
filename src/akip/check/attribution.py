"""attribution (akar masalah: one root cause, one finding; its consequences folded under it).

A slip has consequences: a parent's sum that is off because a child's figure slipped, an
index computed from a wrong penyerapan, a capaian measured against a superseded target,
the same wrong figure copied into another table. Each is still a finding at its own cell,
but it is listed under its **root** finding (`akip.check.Finding.consequences`), not as an
error of its own:

- a finding whose rule read a printed figure that is itself wrong is a consequence of that
  figure's finding;
- a second finding at the same figure is a consequence of the first;
- the same slip of one quantity printed in several places (same code, printed and expected
  value) is one root and its copies; the root is the first copy in a table, in canonical
  order (a place whose id begins with "§", "Bab" or "Ringkasan" is narrative: the
  narrative copies the tables).

The canonical order does not depend on the order of any array in the report file: family
of rules (indicators, sasaran, budget, efficiency, amounts, statements, evaluasi), then
place, row, year and column in natural order, then code and text.

References:
    - PermenPANRB 53/2014 (reviu: a finding names its cause).
    - akip's own method (the finding lands on the slip, once): no regulation says which of
      two printed values is right; the guide "Checking an LKjIP" §3–§4 describes it.

Examples:
    >>> natural("Tabel 10") > natural("Tabel 9")
    True
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from akip._validators import items_of, shown
from akip.check.findings import Event
from akip.check.ledger import Status
from akip.exceptions import InvalidValue
from akip.report import Where

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from akip.check.findings import Finding

__all__ = ["FAMILIES", "fold", "natural", "where_key"]

#: The families of rules, in the order findings are listed.
FAMILIES: Final = (
    "indicators",
    "sasaran",
    "budget",
    "efficiency",
    "boxes",
    "amounts",
    "statements",
    "evaluasi",
)
_DIGITS = re.compile(r"(\d+)")


@functools.lru_cache(maxsize=1 << 17)
def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that orders the numbers inside a text by value (``Tabel 9 < Tabel 10``)."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(text)
        if part
    )


def flat_natural(text: str) -> tuple[int | str, ...]:
    """`natural` of *text* as one flat tuple: the pairs one after the other, in the same order.

    Two texts compare as their `natural` keys do (every pair has two items, the first
    telling the type of the second), in a third of the memory and without the cache: the
    ledger keys the rows of a whole report with it, once each, and lets them go.
    """
    flat: list[int | str] = []
    for part in _DIGITS.split(text):
        if part:
            flat += (0, int(part)) if part.isdigit() else (1, part.casefold())
    return tuple(flat)


def where_key(where: object, place: object = "") -> tuple[object, ...]:
    """The canonical sort key of a place.

    Raises:
        InvalidValue: if *where* is not a `akip.report.Where` or ``None``, or *place* no text.
    """
    if not isinstance(where, Where | None) or not isinstance(place, str):
        msg = f"'where' must be an akip.report.Where or None, 'place' text: {shown(where)}"
        raise InvalidValue(msg)
    if where is None:
        return (natural(place), (), 0, "")
    return placed(where)


def placed(where: Where) -> tuple[object, ...]:
    """`where_key` of a `akip.report.Where` the caller has (the ledger's own figures)."""
    return (natural(where.place), natural(where.row or ""), where.year or 0, where.column)


def _key(event: Event) -> tuple[object, ...]:
    finding = event.finding
    assert finding is not None  # noqa: S101 - only events with findings are folded
    return (
        FAMILIES.index(event.family) if event.family in FAMILIES else len(FAMILIES),
        where_key(finding.where, finding.place),
        finding.code,
        finding.printed or "",
        finding.expected or "",
        finding.message,
    )


#: How the id of a narrative place (not a table) begins: a copy there is never the root.
NARRATIVE: Final = ("§", "bab", "ringkasan", "kata pengantar", "pendahuluan")


def _narrative(event: Event) -> bool:
    finding = event.finding
    place = finding.where.place if finding is not None and finding.where else ""
    return place.casefold().startswith(NARRATIVE)


def _copy_key(event: Event, quantity: Mapping[int, tuple[object, ...]]) -> tuple[object, ...]:
    def bare(text: str | None) -> str:
        return (text or "").replace("%", "").replace(" ", "").casefold()

    finding = event.finding
    assert finding is not None  # noqa: S101 - only events with findings are folded
    same = quantity.get(id(event.subject)) if event.subject is not None else None
    return (
        finding.code,
        finding.severity,
        same if same is not None else (finding.place, finding.message),
        bare(finding.printed),
        bare(finding.expected),
    )


def _causes(found: Sequence[Event]) -> dict[int, int]:
    """Each finding's cause: another finding at the same figure, or at one of its inputs."""
    at: dict[int, list[int]] = {}
    for i, event in enumerate(found):
        if event.subject is not None and event.status in (Status.DIFFERS, Status.NOT_COMPUTABLE):
            at.setdefault(id(event.subject), []).append(i)
    parent: dict[int, int] = {}
    by_finding = {id(event.finding): i for i, event in enumerate(found)}
    for i, event in enumerate(found):
        if event.cause is not None and id(event.cause) in by_finding:
            parent[i] = by_finding[id(event.cause)]
            continue
        if event.subject is None:
            continue
        here = at.get(id(event.subject), [])
        if here and here[0] != i:
            parent[i] = here[0]
            continue
        causes = sorted(
            j for subject in event.inputs for j in at.get(id(subject), [])[:1] if j != i
        )
        if causes and event.status is Status.DIFFERS:
            parent[i] = causes[0]
    return parent


def _root(parent: dict[int, int], i: int) -> int:
    seen = {i}
    while i in parent and parent[i] not in seen:
        i = parent[i]
        seen.add(i)
    return i


def fold(
    events: Sequence[Event], quantity: Mapping[int, tuple[object, ...]] | None = None
) -> tuple[Finding, ...]:
    """The root findings of *events*, each with its consequences, in canonical order.

    *quantity* names the quantity each printed figure claims a value for (by the figure's
    identity), so that only copies of one quantity fold as one slip.

    Raises:
        InvalidValue: if *events* holds anything but events, or *quantity* is no mapping.
    """
    listed = items_of(events, Event, "events")
    if quantity is not None and not isinstance(quantity, dict):
        msg = f"'quantity' must be a dict of figure ids or None: {shown(quantity)}"
        raise InvalidValue(msg)
    found = sorted((e for e in listed if e.finding is not None), key=_key)
    parent = _causes(found)
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, event in enumerate(found):
        if _root(parent, i) == i:
            groups.setdefault(_copy_key(event, quantity or {}), []).append(i)
    for members in groups.values():
        # The narrative copies a table: the first copy in a table is the root.
        head = min(members, key=lambda i: (_narrative(found[i]), i))
        for i in members:
            if i != head:
                parent[i] = head
    children: dict[int, list[Finding]] = {}
    roots: list[int] = []
    for i, event in enumerate(found):
        r = _root(parent, i)
        if r == i:
            roots.append(i)
        elif event.finding is not None:
            children.setdefault(r, []).append(event.finding)
    return tuple(
        attrs.evolve(finding, consequences=tuple(children.get(r, [])))
        for r in roots
        if (finding := found[r].finding) is not None
    )
