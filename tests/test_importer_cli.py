"""Tests of `akip import` and `akip template` on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from akip import report
from akip.__main__ import main

SEED = Path(__file__).parent.parent / "examples" / "dumai-2024.txt"


def test_import_writes_the_draft_and_prints_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`akip import SOURCE -o draft.toml` writes a loadable draft; the summary goes to stderr."""
    out = tmp_path / "draft.toml"
    assert 0 == main(["import", str(SEED), "-o", str(out)])
    loaded = report.load(out)
    assert ("Badan Kesatuan Bangsa dan Politik Kota Dumai", 2024) == (loaded.agency, loaded.year)
    err = capsys.readouterr().err
    # The summary counts what the draft holds: every figure of the file it wrote.
    assert err.startswith(f"imported {len(list(loaded.figures()))} figure(s) from ")
    assert "printed without a 'Tabel N' caption" in err


def test_import_without_output_prints_the_draft(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the draft goes to stdout; --year and --agency override the titles."""
    assert 0 == main(["import", str(SEED), "--year", "2025", "--agency", "Badan X"])
    loaded = report.loads_toml(capsys.readouterr().out)
    assert ("Badan X", 2025) == (loaded.agency, loaded.year)


def test_draft_checks_without_edits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`akip check` reads the draft as written and exits 1 for the seed's errors."""
    out = tmp_path / "draft.toml"
    main(["import", str(SEED), "-o", str(out)])
    capsys.readouterr()
    assert 1 == main(["check", str(out)])
    assert "MEAN_OF_RATIOS" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "cannot read"),
        ("bad.xlsx", b"not a zip", "not a readable XLSX workbook"),
        ("latin.txt", b"Tabel 1\n\xe9", "not UTF-8 text"),
    ],
)
def test_unreadable_source_exits_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    """An unreadable source gives exit status 2 and one line on stderr, no traceback."""
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert 2 == main(["import", str(path), "-o", str(tmp_path / "d.toml")])
    err = capsys.readouterr().err
    assert 1 == len(err.strip().splitlines())
    assert err.startswith("akip: ")
    assert message in err
    assert "Traceback" not in err


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output in a missing directory gives exit 2 and one line."""
    assert 2 == main(["import", str(SEED), "-o", str(tmp_path / "no" / "d.toml")])
    err = capsys.readouterr().err
    assert 1 == len(err.strip().splitlines())
    assert err.startswith("akip: ")


def test_template_writes_a_workbook_import_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`akip template -o lkjip.xlsx` writes the blank workbook; `akip import` reads it back."""
    book = tmp_path / "lkjip.xlsx"
    assert 0 == main(["template", "-o", str(book)])
    assert "indicators" in openpyxl.load_workbook(book).sheetnames
    draft = tmp_path / "draft.toml"
    assert 0 == main(["import", str(book), "-o", str(draft)])
    assert () == report.load(draft).indicators
    capsys.readouterr()


def test_template_to_an_unwritable_place_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A template that cannot be written gives exit 2 and one line."""
    assert 2 == main(["template", "-o", str(tmp_path / "no" / "x.xlsx")])
    assert capsys.readouterr().err.startswith("akip: ")


def test_module_runs_as_a_program(tmp_path: Path) -> None:
    """`python -m akip import` works as a separate process, with no traceback on errors."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "akip", "import", str(tmp_path / "none.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 2 == done.returncode
    assert "Traceback" not in done.stderr
