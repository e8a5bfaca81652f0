"""ledger (kertas kerja pemeriksaan, the auditor's working paper: a verdict per printed figure).

Every `akip.report.Figure` and `akip.report.Label` of a report file gets exactly one
`Verdict`: it `agrees` with the rule, it `differs` (and a finding says why), it is
`not_computable` (its inputs are outside the rule's domain, and why), or it is `not_checked`
(and why: no rule reads this key, an input is missing, its scale is not declared, …).
Nothing is skipped in silence: an auditor reads "612 printed figures: 585 checked (552 agree,
33 differ), 4 not computable, 23 not checked", per table too.

References:
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja: the reviewer's working paper).
    - akip specification, issue 11 (the ledger).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

import attrs

from akip import _html
from akip._i18n import N_, Message
from akip._trusted import maker
from akip._validators import typed
from akip.report import Figure, Label, Where

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from akip.check import Finding
    from akip.check.findings import Event

__all__ = ["VERDICT_KEYS", "Coverage", "Ledger", "Status", "Verdict"]


class Status(enum.Enum):
    """The verdict on one printed figure or label."""

    #: The printed figure is what the rule gives, at its printed precision.
    AGREES = "agrees"
    #: The printed figure differs; a finding names the rule it breaks.
    DIFFERS = "differs"
    #: The figure's inputs are outside its rule's domain (a target of 0, a negative pagu).
    NOT_COMPUTABLE = "not_computable"
    #: No rule decided on the figure; ``reason`` says why.
    NOT_CHECKED = "not_checked"


@typed
@attrs.frozen
class Verdict:
    """One printed figure or label, and what the check decided about it.

    Attributes:
        where: Where it is printed (place, row, year, column).
        printed: The printed text, as printed.
        status: `Status`.
        expected: What the rule (or the consensus of the places that print the same
            quantity) gives, printed with the same precision; ``None`` when not decided.
        code: The finding code when the figure differs or is not computable.
        rule: The rule that decided the verdict, with its regulation.
        reason: Why a figure is not computable or not checked, or how an agreement was
            reached (``"consensus of 4 places"``).
    """

    where: Where
    printed: str
    status: Status
    expected: str | None = None
    code: str | None = None
    rule: str | None = None
    reason: str | None = None
    #: The report-format key the figure is printed under (``indicators.rows.capaian``).
    key: str = ""

    def as_row(self) -> tuple[object, ...]:
        """The values of `as_dict`, in the order of `VERDICT_KEYS`."""
        where = self.where
        return (
            where.place,
            where.row,
            where.year,
            where.column,
            self.key,
            self.printed,
            _STATUS_TEXT[id(self.status)],
            self.expected,
            self.code,
            self.rule,
            self.reason,
        )

    def as_dict(self) -> dict[str, object]:
        """The verdict as a JSON-ready mapping, its place structured."""
        return dict(zip(VERDICT_KEYS, self.as_row(), strict=True))


#: The text of each status, by the identity of the member (`Status.value` is a descriptor
#: of Python code: once per verdict, in the canonical sort and the outputs, it adds up).
_STATUS_TEXT: Final = {id(status): status.value for status in Status}

#: The keys of `Verdict.as_dict`, in its order (the order of `Verdict.as_row`).
VERDICT_KEYS: Final = (
    "table",
    "row",
    "year",
    "column",
    "key",
    "printed",
    "status",
    "expected",
    "code",
    "rule",
    "reason",
)


@typed
@attrs.frozen
class Coverage:
    """Counts of verdicts, for the whole report (``place`` is ``None``) or one place."""

    place: str | None
    printed: int
    agrees: int
    differs: int
    not_computable: int
    not_checked: int

    @property
    def checked(self) -> int:
        """Figures compared with a rule: those that agree plus those that differ."""
        return self.agrees + self.differs

    def __str__(self) -> str:
        figures = "figure" if self.printed == 1 else "figures"
        return (
            f"{self.printed} printed {figures}: {self.checked} checked ({self.agrees} agree, "
            f"{self.differs} differ), {self.not_computable} not computable, "
            f"{self.not_checked} not checked"
        )

    def as_dict(self) -> dict[str, object]:
        """The counts as a JSON-ready mapping."""
        return {
            "place": self.place,
            "printed": self.printed,
            "checked": self.checked,
            "agrees": self.agrees,
            "differs": self.differs,
            "not_computable": self.not_computable,
            "not_checked": self.not_checked,
        }


def _coverage(place: str | None, verdicts: Sequence[Verdict]) -> Coverage:
    return _counted(place, [v.status for v in verdicts])


def _counted(place: str | None, statuses: Sequence[Status | None]) -> Coverage:
    # `list.count` compares each member by identity first (an enum member is a singleton):
    # four passes in C, where a Counter hashes every status through `Enum.__hash__`.
    if not isinstance(statuses, list):
        statuses = list(statuses)
    return Coverage(
        place,
        len(statuses),
        statuses.count(Status.AGREES),
        statuses.count(Status.DIFFERS),
        statuses.count(Status.NOT_COMPUTABLE),
        statuses.count(Status.NOT_CHECKED),
    )


@typed
@attrs.frozen
class Ledger:
    """The verdict on every printed figure of a report, and the findings behind them.

    ``findings`` are the root findings, each with the findings it causes in its
    ``consequences``; both are in a canonical order that does not depend on the order of
    any array in the report file.
    """

    verdicts: tuple[Verdict, ...]
    findings: tuple[Finding, ...]

    def coverage(self) -> Coverage:
        """Counts of verdicts for the whole report."""
        return _coverage(None, self.verdicts)

    def coverage_by_place(self) -> tuple[Coverage, ...]:
        """Counts of verdicts per place (table or section), in natural order of the place."""
        from akip.check.attribution import natural  # noqa: PLC0415 - one-way imports

        places: dict[str, list[Verdict]] = {}
        for verdict in self.verdicts:
            places.setdefault(verdict.where.place, []).append(verdict)
        return tuple(_coverage(p, places[p]) for p in sorted(places, key=natural))

    def all_findings(self) -> Iterator[Finding]:
        """Every finding: each root, then its consequences."""
        for finding in self.findings:
            yield from finding.all()

    def summary(self) -> dict[str, int]:
        """Counts of findings by severity (all of them), and of root causes.

        ``{"error": …, "warning": …, "info": …, "findings": …, "root_causes": …}``.
        """
        from akip.check.findings import Severity  # noqa: PLC0415 - one-way imports

        every = list(self.all_findings())
        counts = {severity.value: 0 for severity in Severity}
        for finding in every:
            counts[finding.severity.value] += 1
        counts["findings"] = len(every)
        counts["root_causes"] = len(self.findings)
        return counts

    def _repr_html_(self) -> str:
        """The coverage per place, then the root findings, for Jupyter."""
        rows = [
            (c.place or "(all)", c.printed, c.agrees, c.differs, c.not_computable, c.not_checked)
            for c in (self.coverage(), *self.coverage_by_place())
        ]
        header = ("place", "printed", "agree", "differ", "not computable", "not checked")
        findings = [
            (f.code, f.severity.value, f.place, f.printed, f.expected, len(f.consequences))
            for f in self.findings
        ]
        return _html.grid("akip-ledger", header, rows) + _html.grid(
            "akip-findings",
            ("code", "severity", "place", "printed", "expected", "consequences"),
            findings,
        )


#: One verdict before it is made: where, printed, status, expected, code, rule, reason, key.
_Row = tuple[
    Where, str, "Status | None", "str | None", "str | None", "str | None", "str | None", str
]


class _Pending(Ledger):
    """The ledger `build` returns: its verdicts are made, and sorted, when first read.

    ``akip check`` prints the coverage and the findings, not every verdict: the counts are
    taken from the rows, and the half a million `Verdict` objects of a large report and
    their canonical sort are left for whoever reads `Ledger.verdicts`. It is a `Ledger` in
    every other respect: equal to (and hashing as) the `Ledger` of the same verdicts and
    findings, printed, copied and pickled as one.
    """

    __slots__ = ("_made", "_naturals", "_rows")
    _made: tuple[Verdict, ...] | None
    _rows: list[_Row]
    #: The natural keys the build made of places and rows, for the canonical sort.
    _naturals: dict[str, tuple[int | str, ...]] | None

    def __init__(
        self,
        rows: list[_Row],
        findings: tuple[Finding, ...],
        naturals: dict[str, tuple[int | str, ...]] | None = None,
    ) -> None:
        object.__setattr__(self, "findings", findings)
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_made", None)
        object.__setattr__(self, "_naturals", naturals)

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """Every verdict, in canonical order (made on first read)."""
        made: tuple[Verdict, ...] | None = self._made
        if made is None:
            made = _canonical([_verdict(*row) for row in self._rows], self._naturals or {})
            object.__setattr__(self, "_made", made)
            object.__setattr__(self, "_naturals", None)  # the sort is done with them
        return made

    def coverage(self) -> Coverage:
        """Counts of verdicts for the whole report."""
        return _counted(None, [row[2] for row in self._rows])

    def coverage_by_place(self) -> tuple[Coverage, ...]:
        """Counts of verdicts per place (table or section), in natural order of the place."""
        from akip.check.attribution import natural  # noqa: PLC0415 - one-way imports

        places: dict[str, list[Status | None]] = {}
        for row in self._rows:
            places.setdefault(row[0].place, []).append(row[2])
        return tuple(_counted(p, places[p]) for p in sorted(places, key=natural))

    def _plain(self) -> Ledger:
        return Ledger(self.verdicts, self.findings)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ledger):
            return NotImplemented
        return (self.verdicts, self.findings) == (other.verdicts, other.findings)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self._plain())

    def __repr__(self) -> str:
        return repr(self._plain())

    def __reduce__(self) -> tuple[type[Ledger], tuple[object, ...]]:
        return (Ledger, (self.verdicts, self.findings))


#: A `Verdict` of the ledger's own: its where and text are a loaded figure's, its status,
#: expected text, code, rule and reason a rule's (the initialiser's checks are not rerun).
_verdict = maker(Verdict)

#: The order of the statuses when several rules decide on one figure, by the identity of
#: the member (`Enum.__hash__` is Python code); a note (no status) comes last.
_PRIORITY = {
    id(Status.DIFFERS): 0,
    id(Status.NOT_COMPUTABLE): 1,
    id(Status.AGREES): 2,
    id(Status.NOT_CHECKED): 3,
    id(None): 9,
}


def _grouped(
    events: Sequence[Event],
) -> tuple[dict[int, Event | list[Event]], dict[int, list[Event]]]:
    """The events of each subject, and the agreements each figure is an input of, by identity.

    A subject with one event (most of them) maps to the event itself, not to a list.
    """
    by_subject: dict[int, Event | list[Event]] = {}
    corroborates: dict[int, list[Event]] = {}
    setdefault, agrees = by_subject.setdefault, Status.AGREES
    for event in events:
        if event.subject is not None:
            had = setdefault(id(event.subject), event)
            if had is not event:
                if isinstance(had, list):
                    had.append(event)
                else:
                    by_subject[id(event.subject)] = [had, event]
        if event.status is agrees:
            for subject in event.inputs:
                others = corroborates.get(id(subject))
                if others is None:  # no list made in vain for an input seen before
                    corroborates[id(subject)] = [event]
                else:
                    others.append(event)
    return by_subject, corroborates


def build(
    printed: Iterable[tuple[str, Figure | Label]],
    events: Sequence[Event],
    findings: tuple[Finding, ...],
) -> Ledger:
    """The ledger of a report: one verdict per printed figure from the rules' events.

    A figure some rule finds wrong ``differs``; else one a rule could not compute is
    ``not_computable``; else one a rule confirms ``agrees``; a figure no rule decided on
    ``agrees`` when it is an input of a figure that agrees (it is corroborated), and is
    ``not_checked`` otherwise, with the reason.
    """
    from akip.check.attribution import flat_natural  # noqa: PLC0415 - one-way imports
    from akip.check.keys import reason as key_reason  # noqa: PLC0415

    by_subject, corroborates = _grouped(events)

    # The natural keys of the places and rows of the figures an agreement is at, each made
    # once, for the build only (flat: `akip.check.attribution.flat_natural`).
    naturals: dict[str, tuple[int | str, ...]] = {}

    def natural_of(text: str) -> tuple[int | str, ...]:
        key = naturals.get(text)
        if key is None:
            key = naturals[text] = flat_natural(text)
        return key

    def order(event: Event) -> tuple[object, ...]:
        where = event.subject.where if event.subject is not None else None
        return (
            _PRIORITY[id(event.status)],
            event.finding.code if event.finding is not None else "",
            ()
            if where is None
            else (
                natural_of(where.place),
                natural_of(where.row or ""),
                where.year or 0,
                where.column,
            ),
            event.expected or "",
            event.rule or "",
            event.reason or "",
        )

    def own_order(event: Event) -> tuple[object, ...]:
        # `order` among the events of one subject: their places are the same (its own),
        # so the place is left out of the comparison, which it could not decide.
        return (
            _PRIORITY[id(event.status)],
            event.finding.code if event.finding is not None else "",
            event.expected or "",
            event.rule or "",
            event.reason or "",
        )

    rows: list[_Row] = []
    append = rows.append
    corroborated: dict[str, str] = {}  # the reason of a corroborated figure, by column
    not_checked = Status.NOT_CHECKED
    for key, subject in printed:
        found = by_subject.get(id(subject))
        if isinstance(found, tuple) and found.status is not None:
            event: Event | None = found  # one event (not a list) that decides: most figures
            mine: Sequence[Event] = ()
        else:
            event, mine = _deciding(found, own_order)
        if event is not None:
            append(
                (
                    subject.where,
                    subject.text,
                    event.status,
                    event.expected,
                    event.finding.code if event.finding is not None else None,
                    event.rule,
                    event.reason,
                    key,
                )
            )
        elif id(subject) in corroborates:
            others = corroborates[id(subject)]
            other = others[0] if len(others) == 1 else min(others, key=order)
            column = other.subject.where.column if other.subject is not None else "figure"
            agrees_by = corroborated.get(column)
            if agrees_by is None:
                agrees_by = corroborated[column] = Message.cached(
                    N_("corroborated: the {column} computed from it agrees"), column=column
                )
            append(
                (subject.where, subject.text, other.status, None, None, other.rule, agrees_by, key)
            )
        else:
            notes = sorted(e.reason for e in mine if e.reason)
            reason = notes[0] if notes else key_reason(key)
            append((subject.where, subject.text, not_checked, None, None, None, reason, key))
    return _Pending(rows, findings, naturals)


def _deciding(
    found: Event | list[Event] | None, own_order: Callable[[Event], tuple[object, ...]]
) -> tuple[Event | None, Sequence[Event]]:
    """The event that decides a figure's verdict (first by *own_order*), and all its events."""
    mine: Sequence[Event] = () if found is None else found if isinstance(found, list) else (found,)
    decided = [e for e in mine if e.status is not None]
    if not decided:
        return None, mine
    return (decided[0] if len(decided) == 1 else min(decided, key=own_order)), mine


def _ranks(texts: set[str], known: dict[str, tuple[int | str, ...]]) -> dict[str, int]:
    """The rank of each text in natural order (texts of one natural key share a rank).

    *known* holds the flat natural keys (`akip.check.attribution.flat_natural`) already
    made of some of the texts; the others are made here, once each.
    """
    from akip.check.attribution import flat_natural  # noqa: PLC0415 - one-way imports

    keys = {text: known.get(text) or flat_natural(text) for text in texts}
    ranks: dict[str, int] = {}
    rank, last = -1, None
    for text in sorted(texts, key=keys.__getitem__):
        key = keys[text]
        if key != last:
            rank, last = rank + 1, key
        ranks[text] = rank
    return ranks


def _canonical(
    verdicts: list[Verdict], naturals: dict[str, tuple[int | str, ...]]
) -> tuple[Verdict, ...]:
    """*verdicts* in canonical order (place, row, year, column, key, text, status, …).

    Place and row in natural order, then column, key, text, status, expected and reason.
    The natural keys of places and rows are compared once per distinct text (a rank),
    not once per comparison of two verdicts: the order is the same.
    """
    places = _ranks({v.where.place for v in verdicts}, naturals)
    rows = _ranks({v.where.row or "" for v in verdicts}, naturals)
    keys = [
        (
            places[v.where.place],
            rows[v.where.row or ""],
            v.where.year or 0,
            v.where.column,
            v.key,
            v.printed,
            _STATUS_TEXT[id(v.status)],
            v.expected or "",
            v.reason or "",
        )
        for v in verdicts
    ]
    order = sorted(range(len(verdicts)), key=keys.__getitem__)
    return tuple([verdicts[i] for i in order])
