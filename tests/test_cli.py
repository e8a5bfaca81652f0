"""The command line's own options (the checks themselves are tested in test_check.py)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from typing import TYPE_CHECKING

import pytest

from akip.__main__ import main

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
