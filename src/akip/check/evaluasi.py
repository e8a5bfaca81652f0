"""evaluasi (Lembar Kerja Evaluasi SAKIP: a worksheet's printed score against its answers).

A worksheet (``[[evaluasi]]``) prints its answers, its total score and its predikat; the
score is recomputed from the answers by `akip.evaluasi` on the worksheet's profile, and the
predikat is the band of that score (its code ``BB`` or its label ``Sangat Baik``).

References:
    - PermenPANRB 88/2021 (evaluasi atas implementasi SAKIP: komponen, bobot, predikat).

Examples:
    >>> from akip import report
    >>> from akip.check.claims import Index
    >>> list(check_evaluasi(Index(report.load("examples/dumai-2024.toml"))))
    []
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from akip._i18n import N_, Message
from akip.check.claims import reads_index
from akip.check.findings import (
    LKE,
    Event,
    Finding,
    Severity,
    agreed,
    differs,
    judge,
    rest_not_checked,
    same_text,
)
from akip.check.ledger import Status
from akip.exceptions import AkipError
from akip.numbers import format_number

if TYPE_CHECKING:
    from collections.abc import Iterator

    from akip.check.claims import Index
    from akip.report import Evaluasi

__all__ = ["check_evaluasi"]

#: Why a predikat is not checked (the ledger's reason).
_NOT_RECOMPUTED: Final = Message(N_("the score cannot be recomputed"))


@reads_index
def check_evaluasi(index: Index) -> Iterator[Event]:
    """Every evaluation worksheet of the report."""
    for sheet in index.report.evaluasi:
        where = f"evaluasi {sheet.id!r}"
        try:
            yield from _sheet(sheet)
        except AkipError as exc:  # an unknown profile or answer code
            finding = rest_not_checked(where, exc)
            yield Event(None, Status.NOT_COMPUTABLE, finding)


def _sheet(sheet: Evaluasi) -> Iterator[Event]:
    from akip import evaluasi  # noqa: PLC0415 - its profile data loads only when needed

    profile = evaluasi.profile(sheet.profil or evaluasi.DEFAULT_PROFILE)
    hasil = evaluasi.score(dict(sheet.jawaban), profile)
    if hasil.nilai is None:
        for shown in (sheet.nilai, sheet.predikat):
            if shown is None:
                continue
            finding = Finding(
                "NOT_COMPUTABLE",
                Severity.WARNING,
                str(shown.where),
                shown.text,
                None,
                LKE,
                Message(
                    N_(
                        "{sheet}: {missing} criteria of profile {profile} are not answered, so "
                        "the score cannot be recomputed"
                    ),
                    sheet=sheet.id,
                    missing=str(hasil.missing),
                    profile=profile.id,
                ),
            )
            yield differs(shown, finding)
            break
        if sheet.nilai is not None and sheet.predikat is not None:
            yield Event(sheet.predikat, None, reason=_NOT_RECOMPUTED)
        return
    if sheet.nilai is not None:
        what = f"{sheet.id}: nilai evaluasi"
        yield judge(sheet.nilai, hasil.nilai, "EVALUASI_MISMATCH", LKE, what)
    if sheet.predikat is not None and hasil.predikat is not None:
        code, label = hasil.predikat.name, hasil.predikat.label
        printed = sheet.predikat.text
        if same_text(printed, code) or same_text(printed, label):
            yield agreed(sheet.predikat, f"{code} ({label})", LKE)
        else:
            finding = Finding(
                "EVALUASI_MISMATCH",
                Severity.ERROR,
                str(sheet.predikat.where),
                printed,
                f"{code} ({label})",
                LKE,
                Message(
                    N_("{sheet}: a score of {score} is {expected}"),
                    sheet=sheet.id,
                    score=format_number(hasil.nilai, 2),
                    expected=f"{code} ({label})",
                ),
            )
            yield differs(sheet.predikat, finding)
