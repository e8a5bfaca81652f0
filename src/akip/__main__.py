"""Command line: ``akip check FILE`` and ``akip table FILE``.

``akip check FILE`` prints a readable summary (counts by severity, then each finding with its
place, printed and expected value) and exits 1 when any finding of severity error exists, 0
otherwise; ``--format json`` prints the findings as a JSON list. ``akip table FILE`` prints
the recomputed tables (capaian per indicator, budget lines with penyerapan). A file that
cannot be loaded gives one clear message on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING

from akip import check as checking
from akip import predikat, report
from akip.anggaran import penyerapan
from akip.capaian import compute
from akip.exceptions import AkipError
from akip.numbers import format_percent, format_rupiah

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked (start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        import akip  # noqa: PLC0415

        print(f"akip {akip.__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="akip", description=__doc__.splitlines()[0])
    parser.add_argument("--version", nargs=0, action=_Version, help="print the version")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="re-check every printed figure of a report file")
    check.add_argument("file", help="report file (.toml or .json)")
    check.add_argument("--format", choices=["text", "json"], default="text")
    table = sub.add_parser("table", help="print the recomputed tables of a report file")
    table.add_argument("file", help="report file (.toml or .json)")
    return parser


def _print_check(
    loaded: report.Report, findings: list[checking.Finding], *, verbose: bool = False
) -> None:
    """The ledger as text: coverage first, then the root findings and their consequences."""
    from akip.check import text  # noqa: PLC0415 - the renderer loads only when printing

    del findings  # the ledger holds them, with the verdicts beside them
    print(text.render_text(checking.ledger(loaded), loaded, verbose=verbose))


def _print_table(loaded: report.Report) -> None:
    print(f"{loaded.agency} — {loaded.year}\n\nCapaian per indicator ({loaded.year})")
    for indicator in loaded.indicators:
        for row in indicator.rows:
            if row.year == loaded.year and row.target and row.realisasi:
                value = compute(row.target.value, row.realisasi.value, indicator.polarity)
                label = predikat.classify(value).label
                print(f"  {indicator.name[:70]:70}  {format_percent(value):>9}  {label}")
                break
    print("\nBudget lines (pagu, realisasi, penyerapan)")
    for line in loaded.budget:
        for amounts in line.rows:
            if amounts.pagu and amounts.realisasi:
                pagu, real = amounts.pagu.value, amounts.realisasi.value
                pct = format_percent(penyerapan(pagu, real)) if pagu else "-"
                print(
                    f"  {line.level[:3]} {line.name[:60]:60} {format_rupiah(pagu):>20}"
                    f" {format_rupiah(real):>20} {pct:>8}"
                )
                break


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        loaded = report.load(args.file)
    except AkipError as exc:
        print(f"akip: {exc}", file=sys.stderr)
        return 2
    if args.command == "table":
        _quietly(_print_table, loaded)
        return 0
    findings = checking.check(loaded)
    if args.format == "json":
        _quietly(_print_json, findings)
    else:
        _quietly(_print_check, loaded, findings)
    return 1 if any(f.severity is checking.Severity.ERROR for f in findings) else 0


def _print_json(loaded: report.Report | list[checking.Finding], findings: object = None) -> None:
    """The ledger as one JSON object: report, coverage, findings, verdicts.

    Called as ``_print_json(loaded, findings)``; a bare list of findings (the older call)
    prints the findings alone.
    """
    from akip.check import text  # noqa: PLC0415 - the renderer loads only when printing

    del findings
    if isinstance(loaded, report.Report):
        data: object = text.as_json(checking.ledger(loaded), loaded)
    else:
        data = [f.as_dict() for f in loaded]
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _quietly(write: Callable[..., None], *args: object) -> None:
    """Run *write*; a reader that stops early (``akip check … | head``) is no error."""
    try:
        write(*args)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
