"""Tests of akip._safety: spreadsheet formula injection is neutralised."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from akip._safety import FORMULA_STARTS, safe_cell, safe_row


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        '=HYPERLINK("http://evil.example","klik")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "=",
    ],
)
def test_formulas_get_an_apostrophe(text):
    """Text starting with = + - @ tab or CR is prefixed with ' (OWASP CSV injection)."""
    assert "'" + text == safe_cell(text)


@pytest.mark.parametrize("text", ["-1.234,50", "+5", "-12%", "-4,700,384,252.00", "-Rp 5"])
def test_printed_numbers_are_left_alone(text):
    """A negative figure printed as text is a number, not a formula."""
    assert text == safe_cell(text)


@pytest.mark.parametrize("value", [None, -5, Decimal("-1.5"), "Program", " =1", "a=1"])
def test_other_values_unchanged(value):
    """Non-text values and text not starting with a formula character pass unchanged."""
    assert value == safe_cell(value)


def test_every_formula_start_is_covered():
    """The six characters of the OWASP list, no more and no fewer."""
    assert {"=", "+", "-", "@", "\t", "\r"} == set(FORMULA_STARTS)


def test_a_csv_row_round_trips_as_text():
    """Written with csv and read back, the hostile cell is inert text."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(safe_row(["=cmd()", "Program", -1]))
    assert [["'=cmd()", "Program", "-1"]] == list(csv.reader(io.StringIO(buffer.getvalue())))
