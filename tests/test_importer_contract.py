"""Tests of akip.importer's argument checks: junk gives a SourceError naming the parameter.

Issue 13: every public callable refuses a wrong type or value with an akip error that names
the parameter and shows the value bounded (at most 80 characters), never a bare Python
exception, and gives no result for invalid input.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

import pytest

from akip.exceptions import InvalidValue, SourceError
from akip.importer import cli, import_source, import_text, render, template
from akip.importer.draft import build
from akip.importer.recognise import number_style, role_of
from akip.importer.tables import Cell, from_csv, from_text, read

if TYPE_CHECKING:
    from pathlib import Path


def test_text_with_a_lone_surrogate_is_refused() -> None:
    """A lone surrogate has no UTF-8 form: the draft could not be written, so it is refused."""
    with pytest.raises(SourceError) as info:
        from_text("Tabel 2\n\ud800\tb\n")
    assert str(info.value).startswith("'text' must be text with a UTF-8 form: ")


def test_a_huge_int_as_a_path_is_shown_by_its_size() -> None:
    """A 5001-digit int as a file name: its size, not its digits (Python refuses > 4300)."""
    with pytest.raises(SourceError) as info:
        import_source(10**5000)  # type: ignore[arg-type]
    assert "'path' must be a file name (str or path): <int of about 5001 digits>" == str(
        info.value
    )


def test_a_long_text_is_shown_cut_to_80_characters() -> None:
    """The value in a message is cut to 80 characters (reprlib: 37 + '...' + 38 + quotes)."""
    with pytest.raises(SourceError) as info:
        render.quote(b"x" * 1000)  # type: ignore[arg-type]
    shown = str(info.value).split(": ", 1)[1]
    assert 80 == len(shown)


@pytest.mark.parametrize(
    "year",
    [0, True, 10**5000, "2024", 1899, 2201],
    ids=["0", "True", "huge", "text", "1899", "2201"],
)
def test_build_refuses_a_year_out_of_range(year: object) -> None:
    """A report year is an int from 1900 to 2200 (not a bool, not text)."""
    with pytest.raises(SourceError, match=r"^'year' must be None or a year from 1900 to 2200"):
        build([], year=year)  # type: ignore[arg-type]


def test_build_refuses_what_is_not_a_list_of_raw_tables() -> None:
    """A list of something else is refused by its item."""
    with pytest.raises(SourceError, match=r"^'raws item' must be a RawTable: 'abc'$"):
        build(["abc"])  # type: ignore[list-item]


def test_role_of_and_number_style_refuse_non_text() -> None:
    """A header label and the texts of a column are text."""
    with pytest.raises(SourceError, match=r"^'label' must be text"):
        role_of(5)  # type: ignore[arg-type]
    with pytest.raises(SourceError, match=r"^'texts' must be a sequence of text: '12'$"):
        number_style("12")
    with pytest.raises(SourceError, match=r"^'texts item' must be text"):
        number_style([1, 2])  # type: ignore[list-item]


def test_a_cell_row_that_is_a_bool_is_refused() -> None:
    """The value types check their fields: a bool is no row number."""
    with pytest.raises(InvalidValue, match=r"'row' must be int: True"):
        Cell("a", True, 0)


def test_import_text_refuses_a_source_name_that_is_not_text() -> None:
    """Every option is checked before anything is read."""
    with pytest.raises(SourceError, match=r"^'source' must be text"):
        import_text("a\tb\n", source=None)  # type: ignore[arg-type]
    with pytest.raises(SourceError, match=r"^'agency' must be text"):
        import_text("a\tb\n", agency=5)  # type: ignore[arg-type]


def test_from_csv_refuses_bytes() -> None:
    """CSV text is text, not bytes."""
    with pytest.raises(SourceError, match=r"^'text' must be text"):
        from_csv(b"a;b\n")  # type: ignore[arg-type]


def test_a_device_is_read_with_a_bound_on_the_bytes() -> None:
    """/dev/zero reports size 0 and never ends: at most 20 MiB + 1 byte is read."""
    with pytest.raises(SourceError, match="more than the 20971520 bytes an import reads"):
        read("/dev/zero")


def test_write_report_refuses_a_cell_that_no_report_holds(tmp_path: Path) -> None:
    """A report read by tomllib holds no 5001-digit int nor an object: refused, not written."""
    path = tmp_path / "x.xlsx"
    data = {"report": {"agency": "A", "year": 10**5000}}
    with pytest.raises(SourceError) as info:
        template.write_report(data, path)
    expected = (
        "\"data['report']['year']\" must be text, a boolean, an integer of at most 64 bits "
        "or a date: <int of about 5001 digits>"
    )
    assert expected == str(info.value)
    assert not path.exists()


def test_write_report_refuses_a_table_where_an_array_is_expected(tmp_path: Path) -> None:
    """``indicators`` is an array of tables."""
    with pytest.raises(SourceError) as info:
        template.write_report({"indicators": {"a": 1}}, tmp_path / "x.xlsx")
    assert str(info.value).startswith("\"data['indicators']\" must be an array of tables: ")


def test_cli_run_refuses_an_unknown_command() -> None:
    """`run` takes the namespace of one of its commands."""
    with pytest.raises(SourceError, match=r"^'args.command' must be one of"):
        cli.run(argparse.Namespace(command="check"))
    with pytest.raises(SourceError, match=r"^'args' must be a Namespace: 5$"):
        cli.run(5)  # type: ignore[arg-type]


def test_cli_register_refuses_a_parser_that_is_not_subparsers() -> None:
    """`register` adds to what ``add_subparsers`` returns, nothing else."""
    with pytest.raises(SourceError, match=r"^'subparsers' must be a _SubParsersAction"):
        cli.register(argparse.ArgumentParser())  # type: ignore[arg-type]
