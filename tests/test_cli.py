"""The command line's own options (the checks themselves are tested in test_check.py)."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from akip.__main__ import main


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
