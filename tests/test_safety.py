"""Tests of akip._safety: spreadsheet formula injection is neutralised."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from akip._safety import FORMULA_STARTS, is_formula, safe_cell
from akip.importer.template import risky
from akip.output import neutral


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
    csv.writer(buffer).writerow([safe_cell(v) for v in ["=cmd()", "Program", -1]])
    assert [["'=cmd()", "Program", "-1"]] == list(csv.reader(io.StringIO(buffer.getvalue())))


@pytest.mark.parametrize(
    "text", ["=1", "-", "-5", "-1.234,50", "-2+3", "+5", "@x", "\t1", "Program", "", "-Rp 5"]
)
def test_one_policy_for_every_writer(text):
    """The ledger CSV (`neutral`), the template XLSX (`risky`) and `safe_cell` agree.

    A text is quote-prefixed exactly when it starts with = + - @ tab or CR and is not a
    number as printed: "-5" and "-1.234,50" stay readable, "-" and "-2+3" do not.
    """
    formula = text[:1] in {"=", "+", "-", "@", "\t", "\r"} and text not in {
        "-5",
        "-1.234,50",
        "+5",
        "-Rp 5",
    }
    assert formula == is_formula(text) == risky(text)
    assert neutral(text) == safe_cell(text) == ("'" + text if formula else text)
