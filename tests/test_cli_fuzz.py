"""Fuzz targets of the command line (issue 13): every command, never a traceback.

`akip check`, `akip table` and `akip import` are run through ``akip.__main__.main`` on the
bundled examples with random edits (characters inserted, deleted or replaced, pieces that
stress a parser) and on random text. The exit status must be one of the documented 0, 1 and
2 — never 3, the status of an internal error —, standard error never holds a traceback, and
an unusable input is told in one line.

A short run is part of ``make test``; ``make fuzz`` runs many more examples
(``AKIP_FUZZ_EXAMPLES``, default here 15).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip.__main__ import main

EXAMPLES = Path(__file__).parent.parent / "examples"
SEEDS = {
    ".toml": (EXAMPLES / "minimal.toml").read_text(encoding="utf-8"),
    ".txt": "Tabel 3\nNo\tProgram\tPagu\tRealisasi\t%\n1\tProgram A\t1.000\t900\t90%\n",
    ".csv": "Program;Pagu;Realisasi\nProgram A;1.000;900\n",
}
FUZZ = settings(
    max_examples=int(os.environ.get("AKIP_FUZZ_EXAMPLES", "15")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PIECES = st.sampled_from(
    ["[" * 100, "9" * 5000, "\ud800", "\x00", "²", '"', "\n[[budget]]\n", "\t", ";", "-", "Rp"]
)


@st.composite
def edited(draw: st.DrawFn, seed: str) -> str:
    """*seed* with up to four random edits."""
    text = seed
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.one_of(PIECES, st.text(max_size=5)))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + 5 :]
        else:
            text = text[:at] + piece + text[at + len(piece) :]
    return text


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status = main(argv)
    err = capsys.readouterr().err
    assert status in {0, 1, 2}, err
    assert "Traceback" not in err
    if status == 2:  # unusable input: one line naming the file and the problem
        assert 1 == len(err.strip().splitlines()), err


def _write(folder: str, suffix: str, text: str) -> str:
    path = Path(folder) / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return str(path)


@FUZZ
@given(data=st.data())
@pytest.mark.parametrize("command", ["check", "table"])
def test_check_and_table_on_edited_reports(command, data, capsys):
    """`akip check` / `akip table` on an edited report file: a documented status."""
    text = data.draw(edited(SEEDS[".toml"]))
    with tempfile.TemporaryDirectory() as folder:
        _run([command, _write(folder, ".toml", text), "--lang", "en"], capsys)


@FUZZ
@given(data=st.data(), suffix=st.sampled_from([".txt", ".csv"]))
def test_import_on_edited_sources(data, suffix, capsys):
    """`akip import` on an edited text or CSV source: a documented status."""
    text = data.draw(edited(SEEDS[suffix]))
    with tempfile.TemporaryDirectory() as folder:
        source = _write(folder, suffix, text)
        _run(["import", source, "-o", str(Path(folder) / "draft.toml")], capsys)


@FUZZ
@given(text=st.text(max_size=200), command=st.sampled_from(["check", "table", "import"]))
def test_every_command_on_random_text(text, command, capsys):
    """Any text at all, given to any command: a documented status."""
    with tempfile.TemporaryDirectory() as folder:
        suffix = ".txt" if command == "import" else ".toml"
        _run([command, _write(folder, suffix, text)], capsys)
