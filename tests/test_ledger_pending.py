"""Tests of the ledger whose verdicts are made when first read (akip.check.ledger._Pending).

The counts are the Dumai LKIP 2024's (`examples/dumai-2024.toml`): 611 printed figures,
546 agree, 50 differ, 15 not checked (the ledger's own tests derive them by hand).
"""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from akip import check, report
from akip.check import Ledger, Status

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@pytest.fixture
def book() -> Ledger:
    """A ledger just built (no verdict read yet), not the one cached for the report."""
    return check.ledger(report.load(EXAMPLE))


def test_counts_are_read_without_making_the_verdicts(book):
    """The coverage of the report and per place comes from the rows, verdicts unmade."""
    coverage = book.coverage()
    assert (611, 546, 50, 0, 15) == (
        coverage.printed,
        coverage.agrees,
        coverage.differs,
        coverage.not_computable,
        coverage.not_checked,
    )
    assert 611 == sum(c.printed for c in book.coverage_by_place())
    assert book._made is None


def test_counts_are_those_of_the_verdicts(book):
    """The same counts as a plain Ledger of the same verdicts gives."""
    plain = Ledger(book.verdicts, book.findings)
    assert plain.coverage() == book.coverage()
    assert plain.coverage_by_place() == book.coverage_by_place()
    assert 50 == sum(v.status is Status.DIFFERS for v in book.verdicts)


def test_verdicts_are_made_once(book):
    """Read twice: the same tuple."""
    assert book.verdicts is book.verdicts


def test_it_is_a_ledger_in_every_other_respect(book):
    """Equal to, hashing as and printed as the plain Ledger; copied and pickled as one."""
    plain = Ledger(book.verdicts, book.findings)
    assert plain == book
    assert book == plain
    assert not book != plain  # noqa: SIM202 - the operator itself is tested
    assert hash(plain) == hash(book)
    assert repr(plain) == repr(book)
    assert plain == copy.copy(book)
    restored = pickle.loads(pickle.dumps(book))  # noqa: S301 - our own data
    assert Ledger is type(restored)
    assert plain == restored
    assert Ledger((), ()) != book
    assert book != "a ledger"
