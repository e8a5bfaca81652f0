"""Command line: akip check FILE, akip table FILE and akip rule CODE.

akip check FILE recomputes every printed figure of a report file and reports the findings
(text, JSON, an HTML working paper, CSV or XLSX; with --statistics, one line per finding
code); akip table FILE prints the recomputed official tables; akip rule CODE prints the page
of a finding code (akip rule --all lists them). Exit codes: 0 no finding at or above the fail
level, 1 findings at or above it, 2 unusable input (one line naming the file and the
problem; for akip rule, an unknown code), 3 an internal error (one line with the version and
how to report it; the traceback only with --debug).
"""

from __future__ import annotations

import argparse
import codecs
import gc
import os
import sys
from typing import TYPE_CHECKING, Any, Final, NoReturn

from akip import _i18n, report
from akip import check as checking
from akip._i18n import _
from akip._loading import PausedGC
from akip.exceptions import AkipError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from akip.check.ledger import Ledger

#: Exit statuses (documented in ``akip --help`` and the working-paper guide).
EXIT_OK: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_INPUT: Final = 2
EXIT_INTERNAL: Final = 3

_CHECK_FORMATS: Final = ("text", "json", "html", "csv", "xlsx")
_TABLE_FORMATS: Final = ("text", "markdown", "csv", "xlsx", "html")
_FAIL_LEVELS: Final = ("error", "warning", "info", "never")
_BINARY: Final = frozenset({"xlsx"})
_STATISTICS_FORMATS: Final = ("text", "json")
_REPORT_COMMANDS: Final = frozenset({"check", "table"})
_OWN_COMMANDS: Final = _REPORT_COMMANDS | {"rule"}
_IMPORTER_COMMANDS: Final = frozenset({"import", "template"})
"""`akip.importer.cli.COMMANDS`, known here so that `akip check` does not import the importer."""


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked (start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"akip {_version()}")
        parser.exit()


def _version() -> str:
    import akip  # noqa: PLC0415

    return akip.__version__


def _epilog() -> str:
    return _(
        "exit status:\n"
        "  0  no finding at or above the fail level (default: error)\n"
        "  1  findings at or above the fail level\n"
        "  2  unusable input: the file cannot be read or is not a valid report\n"
        "  3  internal error in akip (please report it; --debug shows the traceback)"
    )


def _rule_epilog() -> str:
    return _(
        "exit status:\n"
        "  0  the page of the code (or the list of codes) is printed\n"
        "  2  unknown code (the message names the nearest one)\n"
        "  3  internal error in akip (please report it; --debug shows the traceback)"
    )


def _columns() -> int:
    """The terminal's width, as `shutil.get_terminal_size` finds it, without importing shutil.

    argparse imports `shutil` (and with it `bz2` and `lzma`) for every formatter it makes,
    and it makes one for every ``add_argument``: a few milliseconds of each run.
    """
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Width(argparse.HelpFormatter):
    """argparse's formatter with the terminal width given (so that it imports no shutil)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """An `argparse.ArgumentParser` whose default formatter is `_Width`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Width)
        super().__init__(*args, **kwargs)


class _Formatter(_Width, argparse.RawDescriptionHelpFormatter):
    """argparse's layout, with the words argparse adds itself in akip's language."""

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


def _help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help=_("show this help and exit"))


def _titles(*parsers: argparse.ArgumentParser) -> None:
    """argparse's group titles in akip's language (set after the parents are merged)."""
    for parser in parsers:
        parser._positionals.title = _("positional arguments")  # noqa: SLF001 - no public API
        parser._optionals.title = _("options")  # noqa: SLF001


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand of *argv*: its first word that is no option (``None`` without one).

    Only ``--lang``, ``-o`` / ``--output`` take a value before the subcommand's own words
    (argparse refuses them there anyway, so a guess that is off changes no outcome).
    """
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--lang", "-o", "--output"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of *argv*, or of every subcommand when *argv* is ``None``.

    The importer's subcommands (`akip.importer.cli`) are added unless *argv* runs
    ``check`` or ``table``, whose runs then do not import the importer (start-up time).
    """
    raw = _Formatter
    parser = _Parser(
        prog="akip",
        description=_("Check the figures of an LKjIP report file and print its official tables."),
        epilog=_epilog(),
        formatter_class=raw,
        add_help=False,
    )
    _help(parser)
    parser.add_argument("--version", nargs=0, action=_Version, help=_("print the version"))
    common = _Parser(add_help=False)
    _help(common)
    _output_options(common, _("language of the output (default: id for an id_ID report, else en)"))
    sub: argparse._SubParsersAction[Any] = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND"
    )
    check = sub.add_parser(
        "check",
        parents=[common],
        help=_("re-check every printed figure of a report file"),
        description=_("Re-check every printed figure of a report file."),
        epilog=_epilog(),
        formatter_class=raw,
        add_help=False,
    )
    check.add_argument("file", metavar="FILE", help=_("report file (.toml or .json)"))
    check.add_argument(
        "--format",
        choices=_CHECK_FORMATS,
        default="text",
        help=_(
            "text (default), json, html (a self-contained working paper), csv or xlsx "
            "(one row per printed figure)"
        ),
    )
    check.add_argument(
        "--fail-level",
        choices=_FAIL_LEVELS,
        default="error",
        help=_("exit 1 when a finding of this severity or worse exists (default: error)"),
    )
    check.add_argument(
        "-v", "--verbose", action="store_true", help=_("text format: show every finding in full")
    )
    check.add_argument(
        "--statistics",
        action="store_true",
        help=_(
            "print one line per finding code instead of the findings: count, roots, code, "
            "worst severity, summary (text or json)"
        ),
    )
    table = sub.add_parser(
        "table",
        parents=[common],
        help=_("print the recomputed official tables of a report file"),
        description=_("Print the recomputed official tables of a report file."),
        epilog=_epilog(),
        formatter_class=raw,
        add_help=False,
    )
    table.add_argument("file", metavar="FILE", help=_("report file (.toml or .json)"))
    table.add_argument(
        "--format",
        choices=_TABLE_FORMATS,
        default="text",
        help=_("text (default), markdown, csv, xlsx or html"),
    )
    # akip rule: not made for a run of check or table (start-up time)
    extra = [] if argv is not None and _command(argv) in _REPORT_COMMANDS else [_rule_parser(sub)]
    # ---- akip import / akip template (akip.importer.cli)
    if argv is None or _command(argv) not in _OWN_COMMANDS:
        from akip.importer import cli as importer_cli  # noqa: PLC0415 - only when it may run

        importer_cli.register(sub)
    # ----
    _titles(parser, check, table, *extra)
    return parser


def _output_options(parser: argparse.ArgumentParser, lang_help: str) -> None:
    """``-o FILE``, ``--lang`` (its default told by *lang_help*) and ``--debug``."""
    parser.add_argument(
        "-o", "--output", metavar="FILE", help=_("write to FILE instead of standard output")
    )
    parser.add_argument("--lang", choices=_i18n.LANGUAGES, help=lang_help)
    parser.add_argument(
        "--debug", action="store_true", help=_("show the traceback of an internal error")
    )


def _rule_parser(sub: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    """The parser of ``akip rule CODE`` / ``akip rule --all``."""
    rule: argparse.ArgumentParser = sub.add_parser(
        "rule",
        help=_("explain a finding code (akip rule --all lists every code)"),
        description=_("Explain a finding code of akip check: its page, or the list of codes."),
        epilog=_rule_epilog(),
        formatter_class=_Formatter,
        add_help=False,
    )
    _help(rule)
    _output_options(rule, _("language of the output (default: from $LANG, else en)"))
    which = rule.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "code", metavar="CODE", nargs="?", help=_("a finding code, e.g. SUM_MISMATCH")
    )
    which.add_argument(
        "--all", action="store_true", help=_("list every code with its severities and summary")
    )
    return rule


def _pre_language(argv: Sequence[str]) -> None:
    """The language of ``--help`` and of argparse's errors: ``--lang``, else ``$LANG``."""
    lang = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    if lang not in _i18n.LANGUAGES:
        env = os.environ.get("LANGUAGE") or os.environ.get("LC_ALL") or os.environ.get("LANG")
        lang = _i18n.language_for(env or "en")
    _i18n.set_language(lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    args = _parser(argv).parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the one top-level handler: no traceback
        debug = getattr(args, "debug", False)
        if debug:
            import traceback  # noqa: PLC0415 - only for --debug

            traceback.print_exc()
        name = type(exc).__name__
        what = _("internal error")
        how = _("please report it to the akip developers with the command and the report file")
        hint = "" if debug else _(" (rerun with --debug for the traceback)")
        print(f"akip {_version()}: {what}: {name}: {exc!s:.200}; {how}{hint}", file=sys.stderr)
        return EXIT_INTERNAL


def run() -> NoReturn:
    """The ``akip`` command: `main` on ``sys.argv``, then exit with its status.

    Before the interpreter exits, the objects the run leaves are put out of the cyclic
    garbage collector's reach (`gc.freeze`): its last collection at exit would walk every
    one of them (the report, its ledger, akip's classes), about a tenth of the time of a
    check of the Dumai example. Nothing is lost: akip closes what it writes, and the
    interpreter still flushes standard output and runs the exit handlers.
    """
    status = main()
    gc.freeze()
    sys.exit(status)


def _run(args: argparse.Namespace) -> int:
    # ---- akip import / akip template (akip.importer.cli)
    if args.command in _IMPORTER_COMMANDS:
        from akip.importer import cli as importer_cli  # noqa: PLC0415

        return importer_cli.run(args)
    # ----
    if args.command == "rule":
        return _rule(args)
    return _on_report(args)


def _on_report(args: argparse.Namespace) -> int:
    """``akip check FILE`` and ``akip table FILE``.

    The cyclic garbage collector is paused for the whole run (`PausedGC`): the report, its
    ledger and the output live until the run ends, and none of them is in a cycle, so a
    collection between the steps would only walk them again (at 10⁴ budget lines, two
    collections of some 40 ms each, after the load and after the ledger).
    """
    if args.command == "check" and args.statistics and args.format not in _STATISTICS_FORMATS:
        problem = _("--statistics writes text or json, not {format}").format(format=args.format)
        print(f"akip: {problem}", file=sys.stderr)
        return EXIT_INPUT
    with PausedGC():
        return _report_command(args)


def _report_command(args: argparse.Namespace) -> int:
    try:
        loaded = report.load(args.file)
    except AkipError as exc:
        from akip import _locate  # noqa: PLC0415 - only for an unusable file

        print(f"akip: {_locate.describe(exc, args.file)}", file=sys.stderr)
        return EXIT_INPUT
    _i18n.set_language(args.lang or _i18n.language_for(loaded.locale))
    if args.command == "table":
        return _table(loaded, args)
    ledger = checking.ledger(loaded)
    if args.statistics:
        content: str | bytes | list[str] = _statistics(ledger, args.format)
    else:
        content = _rendered(loaded, ledger, args.format, verbose=args.verbose)
    status = _emit(content, args.output)
    del content
    if status != EXIT_OK:
        return status
    return EXIT_FINDINGS if _fails(ledger.findings, args.fail_level) else EXIT_OK


def _rendered(
    loaded: report.Report, ledger: Ledger, form: str, *, verbose: bool = False
) -> str | bytes | list[str]:
    """The output of ``akip check --format`` *form*, to be written by `_emit`."""
    if form in ("text", "json"):
        from akip.check import text  # noqa: PLC0415 - the renderer loads only when printing

        lang = _i18n.language()
        if form == "json":
            return [*text.json_pieces(ledger, loaded, lang=lang), "\n"]
        return text.render_text(ledger, loaded, verbose=verbose, lang=lang) + "\n"
    from akip.output import html, sheet  # noqa: PLC0415

    if form == "html":
        return html.render(loaded, ledger)
    if form == "csv":
        return sheet.to_csv(ledger)
    return sheet.to_xlsx(ledger)


def _statistics(ledger: Ledger, form: str) -> str:
    """``akip check --statistics``: the findings counted by code, as text or JSON."""
    from akip.check import codes  # noqa: PLC0415 - only --statistics needs the registry

    lang = _i18n.language()
    tallies = codes.statistics(ledger.findings)
    if form == "json":
        return codes.statistics_json(tallies, lang)
    return codes.statistics_text(tallies, lang)


def _rule(args: argparse.Namespace) -> int:
    """``akip rule CODE``: the page of a finding code; ``akip rule --all``: every code."""
    from akip.check import codes  # noqa: PLC0415 - only akip rule needs the registry

    lang = _i18n.language()
    if args.all:
        return _emit(codes.all_text(lang), args.output)
    try:
        page = codes.markdown_page(args.code, lang)
    except AkipError as exc:
        from akip.check.findings import error_text  # noqa: PLC0415

        print(f"akip: {_i18n.translated(error_text(exc), lang)}", file=sys.stderr)
        return EXIT_INPUT
    return _emit(page, args.output)


def _table(loaded: report.Report, args: argparse.Namespace) -> int:
    from akip.output import tables  # noqa: PLC0415

    built = tables.official_tables(loaded)
    renderers: dict[str, Callable[..., str | bytes]] = {
        "text": tables.to_text,
        "markdown": tables.to_markdown,
        "csv": tables.to_csv,
        "xlsx": tables.to_xlsx,
        "html": tables.to_html,
    }
    return _emit(renderers[args.format](loaded, built), args.output)


def _fails(findings: Sequence[checking.Finding], level: str) -> bool:
    if level == "never":
        return False
    order = ["info", "warning", "error"]
    worst = order.index(level)
    stack = list(findings)
    while stack:
        finding = stack.pop()
        if order.index(finding.severity.value) >= worst:
            return True
        stack.extend(finding.consequences)
    return False


def _emit(content: str | bytes | list[str], output: str | None) -> int:
    """Write *content* (a text, bytes, or a text in pieces) to *output* (a path) or stdout."""
    pieces = content if isinstance(content, list) else [content]
    if output is not None:
        # Encoded before the file is opened: a text that cannot be encoded leaves no file.
        data = [piece.encode() if isinstance(piece, str) else piece for piece in pieces]
        try:
            with open(output, "wb") as stream:  # noqa: PTH123 - pathlib costs start-up time
                stream.writelines(data)
        except OSError as exc:
            problem = _("cannot write")
            print(f"akip: {output}: {problem}: {exc.strerror}", file=sys.stderr)
            return EXIT_INPUT
        return EXIT_OK
    return _quietly(pieces)


def _writes_utf8() -> bool:
    """Whether standard output encodes its text as UTF-8 (a `io.StringIO` does not encode)."""
    try:
        return codecs.lookup(sys.stdout.encoding).name == "utf-8"
    except (AttributeError, LookupError, TypeError):
        return False


def _quietly(pieces: Sequence[str | bytes]) -> int:
    """Write *pieces*; a reader that stops early (``akip check … | head``) is no error.

    The pieces of a text are written one by one when standard output writes UTF-8, which
    writes every text akip reads; in another encoding they are joined first, so that a
    character it cannot write stops the output before anything is written: that is an
    input error (exit 2) naming the encoding and the way out, not an internal one.
    """
    if len(pieces) > 1 and not _writes_utf8():
        pieces = ["".join(piece for piece in pieces if isinstance(piece, str))]  # text only
    try:
        for content in pieces:
            if isinstance(content, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(content)
            else:
                sys.stdout.write(content)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except UnicodeEncodeError as exc:
        problem = _(
            "standard output ({encoding}) cannot write {character}: write to a file "
            "with -o FILE, or set PYTHONIOENCODING=utf-8"
        ).format(encoding=exc.encoding, character=ascii(exc.object[exc.start : exc.end]))
        print(f"akip: {problem}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    run()
