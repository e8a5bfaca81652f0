"""Tests of akip.check.ledger: a verdict for every printed figure of the Dumai LKIP 2024.

Expected values are hand computations from the seed report (`examples/dumai-2024.toml`
transcribes it as printed), written in each test.
"""

from __future__ import annotations

import json
import random
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip import check, report
from akip.check import Status

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"


@pytest.fixture(scope="module")
def book() -> check.Ledger:
    return check.ledger(report.load(EXAMPLE))


def verdicts_at(book: check.Ledger, place: str, row: str | None = None) -> dict[str, str]:
    return {
        v.where.column: v.status.value
        for v in book.verdicts
        if v.where.place == place and (row is None or v.where.row == row)
    }


def _shuffled(data: Any, rng: random.Random) -> Any:
    """*data* with every array shuffled, recursively."""
    if isinstance(data, list):
        items = [_shuffled(item, rng) for item in data]
        rng.shuffle(items)
        return items
    if isinstance(data, dict):
        return {key: _shuffled(value, rng) for key, value in data.items()}
    return data


def _load_data(data: Any) -> report.Report:
    return report.loads_json(json.dumps(data, default=str))


def _canonical(book: check.Ledger) -> tuple[object, ...]:
    return (book.verdicts, book.findings)
