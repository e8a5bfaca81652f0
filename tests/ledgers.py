"""A ledger for the output tests, made by hand from the checker's findings.

`akip.check.ledger` (issue 11) decides a verdict per printed figure; the renderers are
tested against this stand-in so that they do not depend on it: a figure with a finding at
its place ``differs`` (with the finding's expected value, code and rule), a figure in an
input column (target, realisasi, pagu, value) is ``not_checked`` and every other figure
``agrees``.
"""

from __future__ import annotations

from pathlib import Path

from akip import report
from akip.check import Finding, check
from akip.check.ledger import Ledger, Status, Verdict

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"
_INPUTS = frozenset({"target", "realisasi", "pagu", "value"})


def ledger_of(loaded: report.Report, findings: tuple[Finding, ...]) -> Ledger:
    """The stand-in ledger of *loaded* with *findings*."""
    at = {f.place: f for f in findings}
    verdicts = []
    for figure in loaded.figures():
        finding = at.get(str(figure.where))
        if finding is not None:
            verdict = Verdict(
                figure.where,
                figure.text,
                Status.DIFFERS,
                finding.expected,
                finding.code,
                finding.rule,
            )
        elif figure.where.column in _INPUTS:
            verdict = Verdict(figure.where, figure.text, Status.NOT_CHECKED, reason="an input")
        else:
            verdict = Verdict(figure.where, figure.text, Status.AGREES, figure.text)
        verdicts.append(verdict)
    return Ledger(tuple(verdicts), findings)


def dumai() -> tuple[report.Report, Ledger]:
    """The Dumai example and its stand-in ledger."""
    loaded = report.load(EXAMPLE)
    return loaded, ledger_of(loaded, tuple(check(loaded)))
