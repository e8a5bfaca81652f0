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
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from akip.check import Finding
    from akip.report import Where

__all__ = ["Coverage", "Ledger", "Status", "Verdict"]


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


@attrs.frozen
class Ledger:
    """The verdict on every printed figure of a report, and the findings behind them.

    ``findings`` are the root findings, each with the findings it causes in its
    ``consequences``; both are in a canonical order that does not depend on the order of
    any array in the report file.
    """

    verdicts: tuple[Verdict, ...]
    findings: tuple[Finding, ...]
