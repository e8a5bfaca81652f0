"""The command line on the hostile inputs of issue 13: one line on stderr, never a traceback.

Each of these printed a Python traceback before (exit 1, the status of "findings"). Now an
unusable file exits 2 with one line naming the file and the problem; a file that loads but
whose figures are outside a rule's domain is checked or tabled to the end.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

import pytest

from akip import report
from akip.__main__ import main

if TYPE_CHECKING:
    from pathlib import Path

_HEAD = 'schema_version = 1\n[report]\nagency = "Uji"\nyear = 2024\n[[places]]\nid = "T"\n'


def _one_line_no_traceback(err: str) -> None:
    assert 1 == len(err.strip().splitlines()), err
    assert "Traceback" not in err


def _write(folder: Path, text: str, name: str = "r.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["check", "table"])
@pytest.mark.parametrize(
    ("name", "text"),
    [
        # An opd line whose parent is a sub kegiatan: a cycle through all four levels.
        (
            "cycle.toml",
            _HEAD
            + '[[budget]]\nid = "O"\nlevel = "opd"\nname = "O"\nparent = "S"\n'
            + '[[budget]]\nid = "P"\nlevel = "program"\nname = "P"\nparent = "O"\n'
            + '[[budget]]\nid = "K"\nlevel = "kegiatan"\nname = "K"\nparent = "P"\n'
            + '[[budget]]\nid = "S"\nlevel = "sub_kegiatan"\nname = "S"\nparent = "K"\n',
        ),
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("deep.toml", "x = " + "[" * 100_000 + "]" * 100_000 + "\n"),
        ("long.toml", _HEAD.replace("year = 2024", "year = " + "9" * 5000)),
    ],
)
def test_unusable_file_exits_2(command, name, text, tmp_path, capsys):
    """Cycles, nesting 100.000 deep and a 5.000-digit integer: exit 2, one line."""
    path = _write(tmp_path, text, name)
    assert 2 == main([command, str(path)])
    err = capsys.readouterr().err
    _one_line_no_traceback(err)
    assert str(path) in err


@pytest.mark.parametrize("command", ["check", "table"])
def test_dev_zero_exits_2(command, tmp_path, monkeypatch, capsys):
    """/dev/zero reports a size of 0 and never ends: the bound on bytes read stops it."""
    monkeypatch.setattr(report, "MAX_BYTES", 4096)
    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    assert 2 == main([command, str(link)])
    err = capsys.readouterr().err
    _one_line_no_traceback(err)
    assert "over the limit" in err


def test_fifo_fed_without_end_exits_2(tmp_path, monkeypatch, capsys):
    """A FIFO fed without end is read up to the cap, then refused."""
    monkeypatch.setattr(report, "MAX_BYTES", 4096)
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with fifo.open("wb") as stream:
                while True:
                    stream.write(b"#" * 1024)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert 2 == main(["check", str(fifo)])
    writer.join(timeout=5)
    _one_line_no_traceback(capsys.readouterr().err)


@pytest.mark.parametrize("command", ["check", "table"])
@pytest.mark.parametrize(
    "body",
    [
        # A target of 0: the capaian is not computable.
        (
            '[[indicators]]\nid = "I"\nname = "I"\npolarity = "maximize"\nunit = "%"\n'
            '[[indicators.rows]]\nplace = "T"\ntarget = "0"\nrealisasi = "5"\ncapaian = "100%"\n'
        ),
        # A negative pagu: outside the rule of penyerapan.
        (
            '[[budget]]\nid = "O"\nlevel = "opd"\nname = "O"\n'
            '[[budget.rows]]\nplace = "T"\npagu = "-1.000"\nrealisasi = "900"\n'
            'penyerapan = "90%"\n'
        ),
    ],
)
def test_figures_outside_a_rule_are_no_crash(command, body, tmp_path, capsys):
    """akip check and akip table go to the end on a target of 0 or a negative pagu.

    Neither figure can be recomputed, so nothing is an error finding: check exits 0 (the
    figure is not computable, a warning) and table prints a dash for it.
    """
    path = _write(tmp_path, _HEAD + body)
    assert 0 == main([command, str(path), "--lang", "en"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "" == captured.err.strip() or 1 == len(captured.err.strip().splitlines())
    assert "Uji" in captured.out


@pytest.mark.parametrize("command", ["check", "table"])
@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_an_ascii_terminal_is_an_input_error(command, fmt):
    """Standard output in ASCII cannot write the Dumai report's '—' or '§': exit 2, one line.

    It was exit 3, "internal error … please report". Nothing is written to standard output,
    and the message says how to get the output (a file, or a UTF-8 standard output).
    """
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    example = Path(__file__).resolve().parent.parent / "examples" / "dumai-2024.toml"
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(  # noqa: S603 - the interpreter running the tests
        [sys.executable, "-m", "akip", command, str(example), "--format", fmt, "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert 2 == done.returncode
    assert "" == done.stdout
    _one_line_no_traceback(done.stderr)
    assert done.stderr.startswith("akip: standard output (ascii) cannot write '\\")
    assert "-o FILE" in done.stderr
