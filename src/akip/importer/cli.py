"""Command line of the importer: ``akip import SOURCE -o draft.toml`` and ``akip template``.

``akip import SOURCE -o draft.toml`` writes the draft report file of *SOURCE* (text, CSV,
XLSX, PDF with ``akip[pdf]``) and prints the summary — what was imported, what was left out
and why — on stderr; without ``-o`` the draft goes to stdout. ``akip template -o
lkjip.xlsx`` writes the blank workbook that ``akip import`` reads back. A source that cannot
be read gives one line on stderr and exit status 2, never a traceback.

The subcommands are registered on the parser of `akip.__main__` by
[`register`][akip.importer.cli.register] and run by [`run`][akip.importer.cli.run].

References:
    - PermenPANRB 53/2014 (the tables of the Laporan Kinerja the importer reads).

Examples:
    >>> import argparse
    >>> parser = argparse.ArgumentParser(prog="akip")
    >>> register(parser.add_subparsers(dest="command"))
    >>> args = parser.parse_args(["import", "report.txt", "-o", "draft.toml", "--year", "2024"])
    >>> args.command, args.source, args.output, args.year
    ('import', 'report.txt', 'draft.toml', 2024)
"""

from __future__ import annotations

import argparse
import sys
from typing import Final

from akip.exceptions import AkipError
from akip.importer import _guard

__all__ = ["COMMANDS", "register", "run"]

COMMANDS: Final = frozenset({"import", "template"})
"""The subcommands this module adds."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` and ``template`` to the ``akip`` subcommands.

    Raises:
        SourceError: if *subparsers* is not what ``ArgumentParser.add_subparsers`` returns.
    """
    _guard.instance(subparsers, argparse._SubParsersAction, "subparsers")  # noqa: SLF001
    imp = subparsers.add_parser(
        "import", help="write a draft report file from the tables of a report"
    )
    imp.add_argument("source", help="text (.txt/.md), .csv, .xlsx or .pdf (akip[pdf])")
    imp.add_argument("-o", "--output", help="draft report file to write (default: stdout)")
    imp.add_argument("--year", type=int, help="report year (default: read from table titles)")
    imp.add_argument("--agency", help="agency (default: read from table titles)")
    template = subparsers.add_parser(
        "template", help="write a blank LKjIP workbook that akip import reads"
    )
    template.add_argument("-o", "--output", required=True, help="workbook to write (.xlsx)")


def run(args: argparse.Namespace) -> int:
    """Run ``akip import`` or ``akip template``; return the exit status.

    Raises:
        SourceError: if *args* is not an ``argparse.Namespace`` of one of `COMMANDS`.
    """
    _guard.instance(args, argparse.Namespace, "args")
    command = getattr(args, "command", None)
    if not isinstance(command, str) or command not in COMMANDS:
        _guard.fail("args.command", f"one of {sorted(COMMANDS)}", command)
    given = getattr(args, "output", None)
    output = None if given is None else _guard.path(given, "args.output")
    if command == "template" and output is None:
        _guard.fail("args.output", "a file name (the workbook to write)", None)
    try:
        if command == "template":
            assert output is not None  # noqa: S101 - checked above
            from akip.importer import template  # noqa: PLC0415

            template.write_template(output)
            sys.stderr.write(f"akip: wrote {output}\n")
            return 0
        from akip.importer import import_source  # noqa: PLC0415

        source = _guard.path(getattr(args, "source", None), "args.source")
        year, agency = getattr(args, "year", None), getattr(args, "agency", None)
        result = import_source(source, year=year, agency=agency)
        if output:
            with open(output, "w", encoding="utf-8") as handle:  # noqa: PTH123
                handle.write(result.toml)
        else:
            sys.stdout.write(result.toml)
        sys.stderr.write(result.summary() + "\n")
    except AkipError as exc:
        sys.stderr.write(f"akip: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"akip: {output}: {exc.strerror or exc}\n")
        return 2
    return 0
