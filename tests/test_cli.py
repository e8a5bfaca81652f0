"""The command line's own options (the checks themselves are tested in test_check.py)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

import pytest

from akip import check as checking
from akip.__main__ import _fails, main
from akip._locate import describe, line_of
from akip.check import Finding, Severity
from akip.exceptions import ReportError
from akip.output import tables
from akip.report import BudgetLine, EfficiencyRow, Indicator, Report

if TYPE_CHECKING:
    from pathlib import Path


def test_version(capsys):
    """``akip --version`` prints the installed distribution's version and exits 0."""
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert 0 == stopped.value.code
    assert f"akip {version('akip')}\n" == capsys.readouterr().out


def test_no_command(capsys):
    """Without a command the usage is printed and the exit status is 2 (argparse's)."""
    with pytest.raises(SystemExit) as stopped:
        main([])
    assert 2 == stopped.value.code
    assert "usage: akip" in capsys.readouterr().err


def _many_findings(folder: Path) -> Path:
    """A report whose findings fill more than a pipe's buffer (64 KiB).

    800 lines each print a wrong penyerapan (900 / 1.000 is 90 %, printed 80 %).
    """
    head = (
        'schema_version = 1\n[report]\nagency = "Uji"\nyear = 2024\n[[places]]\nid = "T"\n'
        '[[budget]]\nid = "OPD"\nlevel = "opd"\nname = "Uji"\n'
    )
    parts = [head]
    parts += [
        f'[[budget]]\nid = "P{i}"\nlevel = "program"\nparent = "OPD"\nname = "Program {i}"\n'
        '[[budget.rows]]\nplace = "T"\npagu = "1.000"\nrealisasi = "900"\npenyerapan = "80%"\n'
        for i in range(800)
    ]
    path = folder / "many.toml"
    path.write_text("".join(parts), encoding="utf-8")
    return path


@pytest.mark.parametrize("extra", [[], ["--format", "json"]])
def test_reader_stops_early(extra, tmp_path):
    """``akip check … | head -1``: no traceback, and the exit status still reports errors."""
    command = [sys.executable, "-m", "akip", "check", str(_many_findings(tmp_path)), *extra]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:  # noqa: S603
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # the reader goes away while akip still writes
        error = process.stderr.read()
        status = process.wait()
    assert first
    assert b"" == error
    assert 1 == status  # 800 PCT_MISMATCH findings of severity error


_EXAMPLE = "examples/dumai-2024.toml"


def _report(folder: Path, body: str, name: str = "r.toml") -> Path:
    path = folder / name
    path.write_text(
        'schema_version = 1\n[report]\nagency = "Uji"\nyear = 2024\n[[places]]\nid = "T"\n' + body,
        encoding="utf-8",
    )
    return path


_WRONG_PCT = (
    '[[budget]]\nid = "OPD"\nlevel = "opd"\nname = "Uji"\n'
    '[[budget]]\nid = "P1"\nlevel = "program"\nparent = "OPD"\nname = "Program"\n'
    '[[budget.rows]]\nplace = "T"\npagu = "1.000"\nrealisasi = "900"\npenyerapan = "80%"\n'
)


@pytest.mark.parametrize(
    ("level", "status"),
    [("error", 1), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_fail_level_with_an_error(level, status, tmp_path, capsys):
    """A wrong penyerapan (900 / 1.000 is 90 %, printed 80 %) is an error: 1 unless never."""
    path = _report(tmp_path, _WRONG_PCT)
    assert status == main(["check", str(path), "--fail-level", level])
    assert "PCT_MISMATCH" in capsys.readouterr().out


@pytest.mark.parametrize(("level", "status"), [("error", 0), ("warning", 0), ("info", 1)])
def test_fail_level_with_info_only(level, status, capsys):
    """Findings of severity info only fail at --fail-level info."""
    info = Finding("PLAUSIBILITY", Severity.INFO, "T", None, None, "r", "m")
    assert (status == 1) == _fails([info], level)
    capsys.readouterr()


def test_fail_level_sees_consequences():
    """An error folded under a warning (its consequence) still fails at --fail-level error."""
    error = Finding("PCT_MISMATCH", Severity.ERROR, "T", "1", "2", "r", "m")
    root = Finding("SUM_MISMATCH", Severity.WARNING, "T", "1", "2", "r", "m", None, (error,))
    assert _fails([root], "error")


def test_clean_report_exits_0(tmp_path, capsys):
    """A right penyerapan (900 / 1.000 = 90 %) gives no error finding and status 0."""
    body = _WRONG_PCT.replace('"80%"', '"90%"')
    assert 0 == main(["check", str(_report(tmp_path, body))])
    capsys.readouterr()


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        ("schema_version = 1\n[report\n", "bad.toml", "not valid TOML"),
        ("{}", "bad.json", "required key is missing"),
        ("x", "bad.txt", "unknown report file type '.txt'"),
    ],
)
def test_unusable_input_exits_2(content, name, expected, tmp_path, capsys):
    """Unusable input: status 2 and one line on stderr naming the file, no traceback."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert 2 == main(["check", str(path)])
    err = capsys.readouterr().err
    assert 1 == len(err.splitlines())
    assert err.startswith(f"akip: {path}")
    assert expected in err
    assert "Traceback" not in err


def test_missing_file_exits_2(tmp_path, capsys):
    """A file that does not exist is unusable input (2), named in the message."""
    path = tmp_path / "none.toml"
    assert 2 == main(["table", str(path)])
    assert f"akip: {path}: cannot read" in capsys.readouterr().err


def test_misspelt_key_names_line_ids_and_suggestion(tmp_path, capsys):
    """A misspelt key: file:line, the budget line and row, and the key it probably meant."""
    path = _report(tmp_path, _WRONG_PCT.replace("penyerapan", "penyerapn"))
    assert 2 == main(["check", str(path)])
    # Line 20 of the file: 6 lines of head, 4 of the opd line, 5 of the program line,
    # [[budget.rows]], place, pagu, realisasi, then the misspelt key.
    expected = (
        f"akip: {path}:20: budget 'P1', row at 'T': unknown key 'penyerapn' "
        "(did you mean 'penyerapan'?)\n"
    )
    assert expected == capsys.readouterr().err


def test_unquoted_number_says_to_quote(tmp_path, capsys):
    """A printed number written without quotes: the message says to write it as printed."""
    path = _report(tmp_path, _WRONG_PCT.replace('pagu = "1.000"', "pagu = 1000"))
    assert 2 == main(["check", str(path)])
    err = capsys.readouterr().err
    assert f"akip: {path}:18: budget 'P1', row at 'T': 'pagu' must be a string" in err
    assert 'pagu = "1000"' in err


def test_internal_error_exits_3(monkeypatch, tmp_path, capsys):
    """A bug in akip: status 3, one line with the version and how to report it."""

    def broken(_report: object) -> None:
        msg = "boom"
        raise RuntimeError(msg)

    monkeypatch.setattr(checking, "ledger", broken)
    path = _report(tmp_path, _WRONG_PCT)
    assert 3 == main(["check", str(path), "--lang", "en"])
    err = capsys.readouterr().err
    assert 1 == len(err.splitlines())
    assert err.startswith(f"akip {version('akip')}: internal error: RuntimeError: boom;")
    assert "--debug" in err
    assert "Traceback" not in err


def test_internal_error_debug_shows_traceback(monkeypatch, tmp_path, capsys):
    """With --debug the traceback of an internal error is printed too."""

    def broken(_report: object) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(checking, "ledger", broken)
    path = _report(tmp_path, _WRONG_PCT)
    assert 3 == main(["check", str(path), "--debug"])
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_interrupt_exits_130(monkeypatch, tmp_path, capsys):
    """Ctrl-C while checking: status 130 (128 + SIGINT), as shells report it."""

    def stopped(_report: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(checking, "ledger", stopped)
    assert 130 == main(["check", str(_report(tmp_path, _WRONG_PCT))])
    capsys.readouterr()


@pytest.mark.parametrize("form", ["html", "csv", "xlsx", "json", "text"])
def test_output_file(form, tmp_path, capsys):
    """-o writes the chosen format to the file and nothing to standard output."""
    out = tmp_path / f"reviu.{form}"
    assert 1 == main(["check", _EXAMPLE, "--format", form, "-o", str(out)])
    assert "" == capsys.readouterr().out
    data = out.read_bytes()
    starts = {
        "html": b"<!DOCTYPE html>",
        "xlsx": b"PK\x03\x04",
        "csv": b"tabel,baris",
        "json": b"{",
        "text": "Badan Kesatuan Bangsa dan Politik Kota Dumai — 2024".encode(),
    }
    assert data.startswith(starts[form])


def test_output_unwritable(tmp_path, capsys):
    """An output path that cannot be written: status 2, one line naming it."""
    out = tmp_path / "no" / "such" / "dir.html"
    assert 2 == main(["check", _EXAMPLE, "--format", "html", "-o", str(out)])
    assert f"akip: {out}: " in capsys.readouterr().err


def test_xlsx_to_stdout(capsysbinary):
    """XLSX without -o goes to standard output as bytes (a zip file)."""
    assert 0 == main(["table", _EXAMPLE, "--format", "xlsx"])
    assert capsysbinary.readouterr().out.startswith(b"PK\x03\x04")


def test_csv_language(capsys):
    """--lang en gives English headers; an id_ID report gives Indonesian ones by default."""
    main(["check", _EXAMPLE, "--format", "csv", "--lang", "en"])
    assert capsys.readouterr().out.startswith("table,row,year,column,printed,expected,verdict")
    main(["check", _EXAMPLE, "--format", "csv"])
    assert capsys.readouterr().out.startswith("tabel,baris,tahun,kolom,tercetak,seharusnya")


def test_verbose_is_accepted(capsys):
    """--verbose is passed on to the text renderer; the report is printed either way."""
    assert 1 == main(["check", _EXAMPLE, "--verbose"])
    assert "MEAN_OF_RATIOS" in capsys.readouterr().out


@pytest.mark.parametrize("form", ["text", "markdown", "csv", "html"])
def test_table_formats(form, capsys):
    """akip table prints the recomputed total in every text format (Rp 45.195.966.217)."""
    assert 0 == main(["table", _EXAMPLE, "--format", form])
    assert "45.195.966.217" in capsys.readouterr().out


def test_help_is_plain_text_with_exit_codes(capsys):
    """--help: every option described, the exit codes listed, no RST markup."""
    with pytest.raises(SystemExit):
        main(["check", "--help", "--lang", "en"])
    out = capsys.readouterr().out
    for option in ("--format", "--output", "--fail-level", "--verbose", "--lang", "--debug"):
        assert option in out
    assert "exit status:" in out
    for status in ("0 ", "1 ", "2 ", "3 "):
        assert f"\n  {status}" in out
    assert "``" not in out


def test_help_in_indonesian(capsys):
    """--lang id gives the help in Bahasa Indonesia."""
    with pytest.raises(SystemExit):
        main(["check", "--lang", "id", "--help"])
    assert "status keluar:" in capsys.readouterr().out


def test_subprocess_exit_status(tmp_path):
    """The installed command: status 2 and one line for a broken file, run as a process."""
    path = tmp_path / "bad.toml"
    path.write_text("[[", encoding="utf-8")
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "akip", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 2 == done.returncode
    assert 1 == len(done.stderr.splitlines())
    assert "" == done.stdout


def test_json_error_names_ids_without_a_line(tmp_path, capsys):
    """A JSON report: the ids of the entry and the suggestion, no line number."""
    body = (
        '{"schema_version": 1, "report": {"agency": "Uji", "year": 2024},'
        ' "places": [{"id": "T"}], "budget": [{"id": "OPD", "level": "opd", "name": "Uji"},'
        ' {"id": "P1", "level": "program", "parent": "OPD", "name": "P",'
        ' "rows": [{"place": "T", "pagu": "1", "realisai": "1"}]}]}'
    )
    path = tmp_path / "r.json"
    path.write_text(body, encoding="utf-8")
    assert 2 == main(["check", str(path), "--lang=en"])
    expected = (
        f"akip: {path}: budget 'P1', row at 'T': unknown key 'realisai' "
        "(did you mean 'realisasi'?)\n"
    )
    assert expected == capsys.readouterr().err


def test_error_at_top_level_key(tmp_path, capsys):
    """An error outside any entry (the schema version) names the line and the key path."""
    path = tmp_path / "r.toml"
    path.write_text('schema_version = 9\n[report]\nagency = "Uji"\nyear = 2024\n', "utf-8")
    assert 2 == main(["check", str(path)])
    err = capsys.readouterr().err
    assert err.startswith(f"akip: {path}:1: schema_version: unknown schema version 9")


def test_error_in_an_entry_without_ids(tmp_path, capsys):
    """A wrong type in [report]: the line of the key and the key named."""
    path = tmp_path / "r.toml"
    path.write_text('schema_version = 1\n[report]\nagency = "Uji"\nyear = "2024"\n', "utf-8")
    assert 2 == main(["check", str(path)])
    assert f"akip: {path}:4: report.year: must be an integer" in capsys.readouterr().err


def test_line_of_headers_and_missing_paths():
    """line_of: a plain table header, a nested array entry, and a path that is not there."""
    text = (
        "schema_version = 1\n[report] # head\nyear = 2024\n"
        '[[indicators]]\nid = "A"\n[[indicators]]\nid = "B"\n[[indicators.rows]]\n'
        'place = "T"\n[[indicators.rows]]\nplace = "U"\n'
    )
    assert 2 == line_of(text, "report")
    assert 3 == line_of(text, "report.year")
    assert 7 == line_of(text, "indicators[1].id")
    assert 11 == line_of(text, "indicators[1].rows[1].place")
    assert 10 == line_of(text, "indicators[1].rows[1].target")
    assert line_of(text, "budget[0].rows[0]") is None


def test_describe_keeps_other_messages(tmp_path):
    """A message that names no field path, or a file that no longer reads, is kept as is."""
    path = tmp_path / "gone.toml"
    assert f"{path}: cannot read" == describe(ReportError(f"{path}: cannot read"), str(path))
    message = f"{path}: budget[0].name: unknown key"
    assert message == describe(ReportError(message), str(path))
    assert "other: x: y" == describe(ReportError("other: x: y"), str(path))


def test_budget_cycle_in_tables_terminates():
    """A parent cycle (refused at load by issue 13's check) cannot hang the table walk."""
    a = BudgetLine("A", "A", "program", None, "B", None, (), ())
    b = BudgetLine("B", "B", "kegiatan", None, "A", None, (), ())
    iku = Indicator("I", "I", "maximize", "%", "iku", "sum", None, None, (), None, None, (), ())
    row = EfficiencyRow("E", "T", None, "I", ("A",), None, None, None, None, None, None)
    loaded = Report(
        1, "X", 2024, None, None, "id_ID", None, None, None, (), (), (iku,), (a, b), (row,), (), ()
    )
    _, budget, efficiency, _ = tables.official_tables(loaded, lang="en")
    assert ("", "Total", "—", "—", "—", "—") == budget.rows[-1].cells
    assert ("I", "A", "—", "—", "—", "—") == efficiency.rows[0].cells
    assert ("I: capaian or program amounts not printed",) == efficiency.notes


def test_start_up_imports_no_shutil():
    """A check run imports neither shutil nor the lzma / bz2 it pulls in (issue 14).

    argparse imports shutil for the terminal width of every formatter it makes; akip's
    formatters are given the width.
    """
    command = [sys.executable, "-X", "importtime", "-m", "akip", "check", "--help"]
    run = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    assert 0 == run.returncode
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "akip.__main__" in imported or "argparse" in imported
    assert set() == imported & {"shutil", "lzma", "bz2"}


_LOADED = (
    "import sys\n"
    "from akip.__main__ import main\n"
    "status = main(sys.argv[1:])\n"
    "print(sorted(m for m in sys.modules if m.startswith('akip.importer') or m in {mods}))\n"
)


@pytest.mark.parametrize(
    "argv",
    [
        ["check", _EXAMPLE],
        ["check", _EXAMPLE, "--format", "json"],
        ["check", "--lang", "en", _EXAMPLE],
        ["table", _EXAMPLE, "--format", "markdown"],
    ],
)
def test_check_and_table_do_not_import_the_importer(argv):
    """`akip check` and `akip table` load neither the importer nor traceback (issue 14).

    Nor `akip._locate`, which only an unusable file needs, nor the registry of finding
    codes (`akip.check.codes`), which only ``--statistics`` and ``akip rule`` need.
    Start-up time is part of the check's budget: the importer's modules and their regular
    expressions cost about a sixth of akip's own import time.
    """
    code = _LOADED.format(mods="{'traceback', 'akip._locate', 'akip.check.codes'}")
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False
    )
    assert "" == run.stderr
    assert "[]" == run.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "examples/minimal.toml"],
        ["table", _EXAMPLE],
    ],
)
def test_difflib_loads_only_for_a_near_miss(argv):
    """difflib is imported only to name a near miss, which these runs have none of.

    A refused key ("did you mean"), a misspelt finding code and a wrong terbilang are the
    near misses; the minimal example checks clean and a table checks no words.
    """
    code = _LOADED.format(mods="{'difflib'}")
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False
    )
    assert "" == run.stderr
    assert "[]" == run.stdout.splitlines()[-1]


def test_the_collector_is_paused_for_the_whole_check(monkeypatch, capsys):
    """Between loading the report and writing the output, no cyclic collection runs.

    The report and ledger live until the run ends and hold no cycle: a collection after
    the load or after the ledger would only walk all of them again. The collector is
    running again once the command returns.
    """
    import akip.__main__ as cli  # noqa: PLC0415

    seen: list[bool] = []
    ledger, rendered = checking.ledger, cli._rendered

    def watched_ledger(loaded: Report) -> object:
        seen.append(gc.isenabled())
        return ledger(loaded)

    def watched_rendered(*args: Any, **kwargs: Any) -> object:
        seen.append(gc.isenabled())
        return rendered(*args, **kwargs)

    monkeypatch.setattr(checking, "ledger", watched_ledger)
    monkeypatch.setattr(cli, "_rendered", watched_rendered)
    assert gc.isenabled()
    assert 1 == main(["check", _EXAMPLE])
    capsys.readouterr()
    assert [False, False] == seen
    assert gc.isenabled()


def test_importer_commands_are_known_to_the_command_line():
    """The subcommands `akip.__main__` leaves to the importer are the importer's own."""
    from akip.__main__ import _IMPORTER_COMMANDS  # noqa: PLC0415
    from akip.importer import cli as importer_cli  # noqa: PLC0415

    assert importer_cli.COMMANDS == _IMPORTER_COMMANDS


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "x.toml"], "check"),
        (["--help"], None),
        ([], None),
        (["-o", "out.txt", "table", "x.toml"], "table"),
        (["--lang", "check", "import", "x.txt"], "import"),
        (["--lang=id", "template", "-o", "t.xlsx"], "template"),
        (["--version"], None),
    ],
)
def test_command_word(argv, expected):
    """The subcommand is the first word that is no option nor the value of one."""
    from akip.__main__ import _command  # noqa: PLC0415

    assert expected == _command(argv)


@pytest.mark.parametrize("argv", [["--help"], ["imprt", "x"], ["import", "--help"]])
def test_every_subcommand_is_offered_when_not_check(argv, capsys):
    """`akip --help`, a misspelt command and the importer's own help still know all five."""
    with pytest.raises(SystemExit):
        main(argv)
    captured = capsys.readouterr()
    text = captured.out + captured.err
    if argv == ["import", "--help"]:
        assert "--year" in text
    else:
        for command in ("check", "table", "rule", "import", "template"):
            assert command in text


@pytest.mark.parametrize(
    ("columns", "expected"), [("50", 50), ("0", None), ("wide", None), ("-3", None)]
)
def test_terminal_columns(columns, expected, monkeypatch):
    """$COLUMNS when it is a positive number, else the terminal's width (80 without one)."""
    import os  # noqa: PLC0415

    from akip.__main__ import _columns  # noqa: PLC0415

    monkeypatch.setenv("COLUMNS", columns)
    try:
        terminal = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        terminal = 80
    assert (terminal if expected is None else expected) == _columns()


def test_help_wraps_at_columns(monkeypatch, capsys):
    """Options are wrapped to $COLUMNS − 2 as argparse does; the raw exit-status list is not."""
    monkeypatch.setenv("COLUMNS", "60")
    with pytest.raises(SystemExit):
        main(["check", "--lang", "en", "--help"])
    help_text = capsys.readouterr().out
    # After the usage (whose unbreakable groups may pass the width), before the epilog.
    options = help_text.split("exit status:")[0].split("\n\n", 1)[1].splitlines()
    assert len(options) > 10
    assert 58 >= max(len(line) for line in options)


def test_the_text_output_counts_every_printed_figure(capsys):
    """The text output of the command starts from the coverage of every printed figure."""
    from pathlib import Path  # noqa: PLC0415

    example = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"
    main(["check", str(example), "--lang", "en"])
    alone = capsys.readouterr().out
    # 590 figures and 21 labels in the file (test_output_sheet.py counts them).
    assert "\n611 printed figures: " in alone


def test_run_exits_with_the_status_of_main(monkeypatch, capsys):
    """`run` (the ``akip`` script) exits with main's status, the objects left frozen.

    The Dumai example has findings of severity error: status 1. After the run the
    objects are out of the cyclic collector's reach (`gc.freeze`), which spares the
    collection at exit.
    """
    import gc  # noqa: PLC0415

    from akip.__main__ import run  # noqa: PLC0415

    monkeypatch.setattr(sys, "argv", ["akip", "check", _EXAMPLE, "--lang", "en"])
    try:
        with pytest.raises(SystemExit) as stopped:
            run()
        assert 1 == stopped.value.code
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert "printed figures" in capsys.readouterr().out


def test_installed_script_runs_run():
    """The ``akip`` script of the package is `akip.__main__.run`."""
    from importlib.metadata import entry_points  # noqa: PLC0415

    (script,) = (e for e in entry_points(group="console_scripts") if e.name == "akip")
    assert "akip.__main__:run" == script.value


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["check", _EXAMPLE, "--statistics"], "['akip.check.codes']"),
        (["rule", "SUM_MISMATCH"], "['akip.check.codes']"),
        (["rule", "--all"], "['akip.check.codes']"),
    ],
)
def test_statistics_and_rule_import_the_registry(argv, loaded):
    """The registry loads when it is needed (so the test above can fail), not the importer."""
    code = _LOADED.format(mods="{'akip.check.codes'}")
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=False
    )
    assert "" == run.stderr
    assert loaded == run.stdout.splitlines()[-1]


# ---------------------------------------------------------------- akip check --statistics
#: The findings of the Dumai example by code, counted by hand from
#: ``akip check examples/dumai-2024.toml --format json``: each root of "findings" and each
#: finding nested under "consequences" (at any depth) counts once; a root is a member of
#: the top-level list. (code, count, roots, worst severity), most frequent first, then by
#: code. E.g. CAPAIAN_MISMATCH: 7 roots (4 rows of Tabel III.7, Tabel III.9 '1.', §3.3 'a',
#: Tabel III.8 '1.') and 6 consequences (the 4 rows' copies in Tabel III.9, Ringkasan
#: Eksekutif 'a' and §3.7 'a' under Tabel III.8); RATIO_MISMATCH: no root, 6 consequences
#: (3 under the penyerapan of Tabel 6, 1 under its mean of ratios, 2 under the capaian
#: kinerja of Tabel III.8); PLAUSIBILITY: 1 warning root, 4 info consequences.
_DUMAI_STATISTICS = [
    ("CAPAIAN_MISMATCH", 13, 7, "error"),
    ("PCT_MISMATCH", 6, 1, "error"),
    ("RATIO_MISMATCH", 6, 0, "error"),
    ("TERBILANG_MISMATCH", 6, 4, "error"),
    ("MIXED_UNITS", 5, 5, "warning"),
    ("PLAUSIBILITY", 5, 1, "warning"),
    ("STATEMENT_MISMATCH", 5, 4, "error"),
    ("CROSS_TABLE_CONFLICT", 4, 3, "error"),
    ("MEAN_OF_RATIOS", 4, 1, "error"),
    ("PREDIKAT_MISMATCH", 3, 3, "error"),
    ("RENSTRA_YEAR", 2, 1, "error"),
    ("SUM_MISMATCH", 2, 0, "error"),
    ("SUPERSEDED_TARGET", 2, 2, "error"),
]


def test_statistics_text(capsys):
    """--statistics: a header, then one line per code (count, roots, code, worst, summary).

    The counts add up to the text output's "63 findings from 32 root causes".
    """
    assert 1 == main(["check", _EXAMPLE, "--statistics", "--lang", "en"])
    lines = capsys.readouterr().out.splitlines()
    assert "count  roots  code                  severity  summary" == lines[0]
    rows = [line.split(maxsplit=4) for line in lines[1:]]
    assert _DUMAI_STATISTICS == [(c, int(n), int(r), s) for n, r, c, s, _ in rows]
    assert (63, 32) == (sum(int(r[0]) for r in rows), sum(int(r[1]) for r in rows))
    assert (
        "    5      5  MIXED_UNITS           warning   a fisik total adds only the lines in "
        "one unit" == lines[5]
    )


def test_statistics_json(capsys):
    """--statistics --format json: an array of objects with stable English keys."""
    assert 1 == main(["check", _EXAMPLE, "--statistics", "--format", "json", "--lang", "id"])
    got = json.loads(capsys.readouterr().out)
    assert _DUMAI_STATISTICS == [(o["code"], o["count"], o["roots"], o["severity"]) for o in got]
    assert {"code", "count", "roots", "severity", "summary"} == set(got[0])
    # The summary is in the output language.
    assert (
        "fisik hanya menjumlahkan" in next(o for o in got if o["code"] == "MIXED_UNITS")["summary"]
    )


def test_statistics_in_the_reports_language(capsys):
    """Without --lang, an id_ID report's statistics are in Bahasa Indonesia."""
    main(["check", _EXAMPLE, "--statistics"])
    assert capsys.readouterr().out.startswith("jumlah  akar  kode ")


@pytest.mark.parametrize(
    ("level", "status"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_statistics_follow_the_fail_level(level, status, tmp_path, capsys):
    """The exit status of --statistics is that of the check (a wrong penyerapan: error)."""
    path = _report(tmp_path, _WRONG_PCT)
    assert status == main(["check", str(path), "--statistics", "--fail-level", level])
    assert "PCT_MISMATCH" in capsys.readouterr().out


def test_statistics_of_a_clean_report(tmp_path, capsys):
    """A report without findings: the header alone, status 0."""
    body = _WRONG_PCT.replace('"80%"', '"90%"')
    assert 0 == main(["check", str(_report(tmp_path, body)), "--statistics", "--lang", "en"])
    assert "count  roots  code  severity  summary\n" == capsys.readouterr().out


@pytest.mark.parametrize("form", ["html", "csv", "xlsx"])
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "akip: --statistics writes text or json, not {form}\n"),
        ("id", "akip: --statistics menulis teks atau json, bukan {form}\n"),
    ],
)
def test_statistics_refuse_other_formats(form, lang, expected, capsys):
    """--statistics with html, csv or xlsx: a usage error, one line, status 2."""
    assert 2 == main(["check", _EXAMPLE, "--statistics", "--format", form, "--lang", lang])
    captured = capsys.readouterr()
    assert ("", expected.format(form=form)) == (captured.out, captured.err)


def test_statistics_to_a_file(tmp_path, capsys):
    """-o writes the statistics to the file, nothing to standard output."""
    out = tmp_path / "stats.json"
    argv = ["check", _EXAMPLE, "--statistics", "--format", "json", "-o", str(out)]
    assert 1 == main(argv)
    assert "" == capsys.readouterr().out
    assert "CAPAIAN_MISMATCH" == json.loads(out.read_text(encoding="utf-8"))[0]["code"]


def test_check_output_is_unchanged_by_the_option(capsys):
    """Without --statistics the text output is the findings, as before."""
    main(["check", _EXAMPLE, "--lang", "en"])
    assert "\n611 printed figures: " in capsys.readouterr().out


# ---------------------------------------------------------------- akip rule
def test_rule_prints_the_page(capsys):
    """akip rule CODE: the code's page (title, summary, severities, modules, rules)."""
    assert 0 == main(["rule", "MEAN_OF_RATIOS", "--lang", "en"])
    lines = capsys.readouterr().out.splitlines()
    assert "# MEAN_OF_RATIOS" == lines[0]
    assert (
        "A percentage is the mean of the parts' ratios, not the ratio of their sums." == lines[2]
    )
    assert "- **Severity**: error / warning" == lines[4]
    assert "- **Emitted by**: `akip.check.anggaran`, `akip.check.efisiensi`" == lines[5]
    assert "    - penyerapan = realisasi / pagu × 100, ratio of sums (akip rules §3)" == lines[7]


def test_rule_in_indonesian(capsys):
    """--lang id gives the page in Bahasa Indonesia."""
    assert 0 == main(["rule", "SUM_MISMATCH", "--lang", "id"])
    out = capsys.readouterr().out
    assert "Jumlah yang tercetak berbeda dengan jumlah persis rinciannya." in out
    assert "- **Tingkat**: error / info" in out


@pytest.mark.parametrize(("env", "expected"), [("id_ID.UTF-8", "Tingkat"), ("C", "Severity")])
def test_rule_language_from_the_environment(env, expected, monkeypatch, capsys):
    """Without --lang the language comes from $LANG (English otherwise)."""
    for name in ("LANGUAGE", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", env)
    assert 0 == main(["rule", "TRUNCATED"])
    assert f"- **{expected}**: warning" in capsys.readouterr().out


def test_rule_all(capsys):
    """akip rule --all: every code, one line each, with its severities and summary."""
    assert 0 == main(["rule", "--all", "--lang", "en"])
    lines = capsys.readouterr().out.splitlines()
    assert 20 == len(lines)
    assert (
        "PLAUSIBILITY          warning / info          a figure is possible but implausible"
        == (lines[-1])
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "akip: unknown finding code 'CAPAIAN_MISMACH'; the nearest is CAPAIAN_MISMATCH\n"),
        (
            "id",
            (
                "akip: kode temuan 'CAPAIAN_MISMACH' tidak dikenal; yang terdekat adalah "
                "CAPAIAN_MISMATCH\n"
            ),
        ),
    ],
)
def test_rule_unknown_code(lang, expected, capsys):
    """An unknown code: status 2 and one line naming it and the nearest code."""
    assert 2 == main(["rule", "CAPAIAN_MISMACH", "--lang", lang])
    captured = capsys.readouterr()
    assert ("", expected) == (captured.out, captured.err)


def test_rule_needs_a_code_or_all(capsys):
    """akip rule alone (or with both) is a usage error: argparse's status 2."""
    for argv in (["rule"], ["rule", "TRUNCATED", "--all"]):
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert 2 == stopped.value.code
        assert "usage: akip rule" in capsys.readouterr().err


def test_rule_to_a_file(tmp_path, capsys):
    """-o writes the page to the file."""
    out = tmp_path / "rule.md"
    assert 0 == main(["rule", "TRUNCATED", "-o", str(out), "--lang", "en"])
    assert "" == capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("# TRUNCATED\n")


def test_rule_help_lists_its_exit_statuses(capsys):
    """akip rule --help: the options and the command's own exit statuses."""
    with pytest.raises(SystemExit):
        main(["rule", "--help", "--lang", "en"])
    out = capsys.readouterr().out
    for option in ("--all", "--lang", "--output", "CODE"):
        assert option in out
    assert "exit status:\n  0  the page of the code" in out
    assert "\n  2  unknown code" in out


def test_check_help_lists_statistics(capsys):
    """akip check --help describes --statistics."""
    with pytest.raises(SystemExit):
        main(["check", "--help", "--lang", "en"])
    assert "--statistics" in capsys.readouterr().out


def _console_runs(page: str) -> list[tuple[list[str], str]]:
    """The ``$ akip …`` commands of *page*'s console blocks, each with the output shown."""
    from pathlib import Path  # noqa: PLC0415

    text = (Path(__file__).parent.parent / "docs" / page).read_text(encoding="utf-8")
    runs: list[tuple[list[str], str]] = []
    for block in text.split("```console\n")[1:]:
        for run in block.split("```", 1)[0].split("$ akip ")[1:]:
            command, _, shown = run.partition("\n")
            runs.append((command.split(), shown))
    return runs


@pytest.mark.parametrize("argv_shown", _console_runs("guides/checking-an-lkjip.md"))
def test_guide_console_blocks_are_what_akip_prints(argv_shown, capsys):
    """The outputs the guide shows for --statistics and akip rule are the commands' own."""
    argv, shown = argv_shown
    main(argv)
    captured = capsys.readouterr()
    assert shown == captured.out + captured.err


@pytest.mark.parametrize(
    ("argv", "commands"),
    [
        (["check", "x.toml"], {"check", "table"}),
        (["table", "x.toml"], {"check", "table"}),
        (["rule", "TRUNCATED"], {"check", "table", "rule"}),
        (["--lang", "en", "rule", "--all"], {"check", "table", "rule"}),
    ],
)
def test_rule_parser_only_when_it_may_run(argv, commands):
    """A run of check or table does not build akip rule's parser (start-up time)."""
    from akip.__main__ import _parser  # noqa: PLC0415

    parser = _parser(argv)
    (sub,) = (a for a in parser._actions if a.dest == "command")
    assert sub.choices is not None
    assert commands == set(sub.choices)
