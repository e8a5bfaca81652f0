"""text (the ledger as an auditor reads it: plain text and JSON, for every front-end).

`render_text` prints the coverage first (``611 printed figures: 596 checked (546 agree, 50
differ), 0 not computable, 15 not checked``), then per place, then the counts of findings
and root causes, then each root finding with its consequences indented; ``verbose`` adds
every figure with its verdict and reason. `as_json` is the same as one JSON-ready object:
``{"report": …, "coverage": …, "findings": […], "verdicts": […]}`` with structured places;
`json_text` is that object written as ``akip check --format json`` writes it.
Both write the findings' messages and rules, and the verdicts' reasons, in *lang*: English
(the default) or Bahasa Indonesia (``lang="id"``, labels and the severities of the text too),
the figures in the report's number style either way.

References:
    - PermenPANRB 53/2014 (reviu atas Laporan Kinerja: the reviewer's working paper).

Examples:
    >>> from akip import report
    >>> from akip.check import ledger
    >>> loaded = report.load("examples/dumai-2024.toml")
    >>> render_text(ledger(loaded), loaded).splitlines()[1]
    '611 printed figures: 596 checked (546 agree, 50 differ), 0 not computable, 15 not checked'
    >>> render_text(ledger(loaded), loaded, lang="id").splitlines()[1]  # doctest: +ELLIPSIS
    '611 angka tercetak: 596 diperiksa (546 sesuai, 50 berbeda), 0 tidak dapat dihitung, 15 ...'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from akip._i18n import N_, checked_language, gettext_in, translated
from akip._validators import shown
from akip.check.claims import a_report
from akip.check.findings import Severity, place_text
from akip.check.ledger import VERDICT_KEYS, Coverage, Ledger, Status
from akip.exceptions import InvalidValue

if TYPE_CHECKING:
    from akip.check.findings import Finding
    from akip.check.ledger import Verdict
    from akip.report import Report

__all__ = ["as_json", "json_pieces", "json_text", "render_text"]

#: The severity of a finding as the text shows it (``[ERROR]``; ``[KESALAHAN]`` in Indonesian).
#: The finding's code and the JSON's ``severity`` stay as they are: stable identifiers.
_SEVERITY: Final = {
    Severity.ERROR: N_("ERROR"),
    Severity.WARNING: N_("WARNING"),
    Severity.INFO: N_("INFO"),
}
#: The status of a verdict in the verbose text of another language than English (in English:
#: its value, ``not_checked``).
_STATUS: Final = {
    Status.AGREES: N_("agrees"),
    Status.DIFFERS: N_("differs"),
    Status.NOT_COMPUTABLE: N_("not computable"),
    Status.NOT_CHECKED: N_("not checked"),
}


def _dash(text: str | None) -> str:
    # A finding without a value to compare (a statement about a year with no figure, an
    # implausible figure) prints a dash, not Python's None.
    return "—" if text is None else text


def _checked(book: object, report: object, *, verbose: object = False) -> tuple[Ledger, Report]:
    """*book* and *report*, which must be a `Ledger` and the loaded report it is of."""
    if not isinstance(book, Ledger):
        msg = f"'book' must be an akip.check.Ledger (akip.check.ledger): {shown(book)}"
        raise InvalidValue(msg)
    if not isinstance(verbose, bool):
        msg = f"'verbose' must be True or False: {shown(verbose)}"
        raise InvalidValue(msg)
    return book, a_report(report)


def _finding(finding: Finding, indent: str, lang: str) -> list[str]:
    printed, expected = gettext_in(lang, N_("printed:")), gettext_in(lang, N_("expected:"))
    rule = gettext_in(lang, N_("rule:"))
    severity = gettext_in(lang, _SEVERITY[finding.severity])
    width = max(len(printed), len(expected)) + 1
    return [
        f"{indent}[{severity}] {finding.code} — {finding.place_in(lang)}",
        f"{indent}  {printed.ljust(width)}{_dash(finding.printed)}",
        f"{indent}  {expected.ljust(width)}{_dash(finding.expected)}",
        f"{indent}  {finding.message_in(lang)}",
        f"{indent}  {rule} {finding.rule_in(lang)}",
    ]


def _coverage(coverage: Coverage, lang: str) -> str:
    """The counts of a coverage in *lang* (English: as `Coverage` writes them)."""
    if lang == "en":
        return str(coverage)
    return gettext_in(
        lang,
        "{printed} printed figures: {checked} checked ({agrees} agree, {differs} differ), "
        "{not_computable} not computable, {not_checked} not checked",
    ).format(
        printed=coverage.printed,
        checked=coverage.checked,
        agrees=coverage.agrees,
        differs=coverage.differs,
        not_computable=coverage.not_computable,
        not_checked=coverage.not_checked,
    )


def render_text(book: Ledger, report: Report, *, verbose: bool = False, lang: str = "en") -> str:
    """The ledger as text: coverage, coverage per place, findings (and every verdict).

    *lang* is the language of the labels, messages and rules: ``"en"`` or ``"id"``.

    Raises:
        InvalidValue: if *book* is not a `Ledger`, *report* not a loaded report, or *lang*
            not ``"id"`` or ``"en"``.
    """
    book, report = _checked(book, report, verbose=verbose)
    lang = checked_language(lang)
    lines = [f"{report.agency} — {report.year}", _coverage(book.coverage(), lang)]
    lines += [
        f"  {coverage.place}: {_coverage(coverage, lang)}" for coverage in book.coverage_by_place()
    ]
    counts = book.summary()
    lines.append(
        gettext_in(
            lang,
            N_(
                "{findings} findings from {roots} root causes: {error} error, {warning} "
                "warning, {info} info"
            ),
        ).format(
            findings=counts["findings"],
            roots=counts["root_causes"],
            error=counts["error"],
            warning=counts["warning"],
            info=counts["info"],
        )
    )
    by_code: dict[str, int] = {}
    for finding in book.findings:
        by_code[finding.code] = by_code.get(finding.code, 0) + 1
    for code, n in sorted(by_code.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  {n:3d}  {code}")
    for finding in book.findings:
        lines.append("")
        lines += _finding(finding, "", lang)
        if finding.consequences:
            caused = gettext_in(lang, N_("consequences ({n}):"))
            lines.append(f"  {caused.format(n=len(finding.consequences))}")
            for consequence in finding.consequences:
                lines += _finding(consequence, "    ", lang)
    if verbose:
        lines += ["", gettext_in(lang, N_("Verdicts:"))]
        for verdict in book.verdicts:
            detail = (
                translated(verdict.reason, lang)
                if verdict.reason
                else (
                    gettext_in(lang, N_("expected {value}")).format(value=verdict.expected)
                    if verdict.expected is not None
                    else ""
                )
            )
            code = f" {verdict.code}" if verdict.code else ""
            where, status = verdict.where, verdict.status
            place = str(where) if lang == "en" else place_text(where, lang)
            state = status.value if lang == "en" else gettext_in(lang, _STATUS[status])
            lines.append(
                f"  {place} | {verdict.printed} | {state}{code}"
                + (f" | {detail}" if detail else "")
            )
    return "\n".join(lines)


def as_json(book: Ledger, report: Report, *, lang: str = "en") -> dict[str, object]:
    """The ledger as one JSON-ready object with structured places.

    The findings' ``message`` and ``rule``, and the verdicts' ``rule`` and ``reason``, are in
    *lang* (``"en"`` or ``"id"``); the codes and the ``severity`` and ``status`` values are the
    same in both.

    Raises:
        InvalidValue: if *book* is not a `Ledger`, *report* not a loaded report, or *lang*
            not ``"id"`` or ``"en"``.
    """
    book, report = _checked(book, report)
    lang = checked_language(lang)
    return {
        "report": {
            "agency": report.agency,
            "year": report.year,
            "government": report.government,
            "title": report.title,
            "source": report.source,
        },
        "coverage": {
            **book.coverage().as_dict(),
            "summary": book.summary(),
            "places": [c.as_dict() for c in book.coverage_by_place()],
        },
        "findings": [f.in_language(lang).as_dict() for f in book.findings],
        "verdicts": [_verdict(v.as_dict(), lang, {}) for v in book.verdicts],
    }


def _verdict(
    verdict: dict[str, object], lang: str, seen: dict[int, tuple[str, str]]
) -> dict[str, object]:
    """A verdict's mapping with its rule and reason in *lang* (see `_in` for *seen*)."""
    for name in ("rule", "reason"):
        text = verdict[name]
        if isinstance(text, str):
            verdict[name] = _in(text, lang, seen)
    return verdict


def _in(text: object, lang: str, seen: dict[int, tuple[str, str]]) -> object:
    """*text* in *lang* when it is text (a `Message` translated), anything else as it is.

    *seen* holds the translations made so far, by the identity of the text (with the text,
    which the verdicts keep alive): the ledger shares one rule or reason among thousands
    of verdicts, and each is translated once.
    """
    if not isinstance(text, str):
        return text
    known = seen.get(id(text))
    if known is None or known[0] is not text:
        known = (text, translated(text, lang))
        seen[id(text)] = known
    return known[1]


def json_text(book: Ledger, report: Report, *, lang: str = "en", indent: int = 2) -> str:
    """`as_json` written as JSON, as ``akip check --format json`` writes it.

    The text is exactly ``json.dumps(as_json(book, report, lang=lang), ensure_ascii=False,
    indent=indent)``, written faster: the standard library writes an indented object in
    pure Python; here each string is written by its C encoder and the layout is added
    around it, and each verdict's mapping is made, written and dropped in turn (the
    mappings of half a million verdicts are never all alive at once).

    Examples:
        >>> from akip import report
        >>> from akip.check import ledger
        >>> loaded = report.load("examples/minimal.toml")
        >>> book = ledger(loaded)
        >>> import json
        >>> json_text(book, loaded) == json.dumps(
        ...     as_json(book, loaded), ensure_ascii=False, indent=2
        ... )
        True

    Raises:
        InvalidValue: if *book* is not a `Ledger`, *report* not a loaded report, *lang* not
            ``"id"`` or ``"en"``, or *indent* not an integer from 0 to 8.
    """
    return "".join(json_pieces(book, report, lang=lang, indent=indent))


#: How many verdicts `json_pieces` writes into one piece.
_PIECE: Final = 2048


def json_pieces(book: Ledger, report: Report, *, lang: str = "en", indent: int = 2) -> list[str]:
    """`json_text` in pieces, to be written one after the other (their text is `json_text`).

    The pieces of a large report are a few thousand strings of a few hundred kilobytes:
    writing them one by one leaves out the copy that joining them into one text makes
    (a report of 10⁵ budget lines has 200 MB of JSON).

    Raises:
        InvalidValue: as `json_text`.
    """
    from akip.check import _json  # noqa: PLC0415 - json loads only for JSON output

    book, report = _checked(book, report)
    lang = checked_language(lang)
    if indent.__class__ is not int or not 0 <= indent <= 8:  # noqa: PLR2004 - a sane layout
        msg = f"'indent' must be an integer from 0 to 8: {shown(indent)}"
        raise InvalidValue(msg)
    head = as_json(_Findings(book), report, lang=lang)
    step = " " * indent
    out: list[str] = []
    _json.write(head, "\n", step, out)  # as_json gives only JSON's own types
    # The object ends with the verdicts' placeholder and the closing brace: both replaced.
    del out[-2:]
    pieces = ["".join(out)]
    out.clear()
    seen: dict[int, tuple[str, str]] = {}
    inner = "\n" + step * 2
    verdicts = book.verdicts
    written = _json.flat(VERDICT_KEYS, inner, step)
    for start in range(0, len(verdicts), _PIECE):
        for verdict in verdicts[start : start + _PIECE]:
            out.append("," + inner if out or start else "[" + inner)
            *fields, rule, reason = verdict.as_row()
            line = written((*fields, _in(rule, lang, seen), _in(reason, lang, seen)))
            if line is None:
                _json.write(_verdict(verdict.as_dict(), lang, seen), inner, step, out)
            else:
                out.append(line)
        pieces.append("".join(out))
        out.clear()
    pieces.append(("\n" + step + "]" if verdicts else "[]") + "\n}")
    return pieces


class _Findings(Ledger):
    """A ledger's findings and coverage, without its verdicts (`json_text` writes those)."""

    __slots__ = ("_book",)
    _book: Ledger

    def __init__(self, book: Ledger) -> None:
        object.__setattr__(self, "_book", book)
        object.__setattr__(self, "findings", book.findings)

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """No verdicts."""
        return ()

    def coverage(self) -> Coverage:
        """The ledger's coverage."""
        return self._book.coverage()

    def coverage_by_place(self) -> tuple[Coverage, ...]:
        """The ledger's coverage per place."""
        return self._book.coverage_by_place()

    def summary(self) -> dict[str, int]:
        """The ledger's counts of findings."""
        return self._book.summary()
