"""Mutated report files: refused by the loader with ReportError, or checked without raising.

The Dumai example is changed at one random place at a time: a key deleted, a value
replaced by junk of another type or by a number in another form, an unknown key added. An
auditor's run over a whole report must end in findings or in one clear error naming the
place, never in a traceback.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip import check, report
from akip.exceptions import ReportError
from tests.strategies import paths_in

EXAMPLE = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"
BASE: dict[str, Any] = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))


PLACES = paths_in(BASE)

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["", "-", "1.5", "0", "0%", "-3", "1e400", "Rp", "٣", "1.234,5678", "xx"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)


def _default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    msg = f"not JSON: {value!r}"
    raise TypeError(msg)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLACES), st.sampled_from(["delete", "replace", "add"]), junk)
def test_mutated_report_is_refused_or_checked(place, action, value):
    """One change anywhere: ReportError from the loader, or a clean check."""
    doc = copy.deepcopy(BASE)
    parent: Any = doc
    for key in place[:-1]:
        parent = parent[key]
    last = place[-1]
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = value
    elif isinstance(parent, dict):
        parent["unknown_key"] = value
    else:
        parent.append(value)
    try:
        loaded = report.loads_json(json.dumps(doc, default=_default))
    except ReportError:
        return
    findings = check.check(loaded)  # must not raise: a loaded report is always checkable
    assert all(f.code and f.place for f in findings)


def _text_places() -> list[tuple[object, ...]]:
    """The places holding text (printed figures, labels, ids)."""
    found = []
    for place in PLACES:
        node: Any = BASE
        for key in place:
            node = node[key]
        if isinstance(node, str):
            found.append(place)
    return found


TEXT_PLACES = _text_places()

#: Printed figures a careless transcription or report could hold: zero, dash, negative,
#: tiny, huge, with too many decimals, empty.
figures = st.sampled_from(
    [
        "0",
        "-",
        "0%",
        "0,00",
        "-3",
        "-1.000",
        "Rp 0",
        "0,001",
        "999.999.999.999.999",
        "9" * 70 + ",5",  # more digits than akip's 60-digit context
        "",
        " ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(TEXT_PLACES), figures)
def test_any_printed_figure_is_checkable(place, value):
    """Any text replaced by a zero, negative, tiny or huge figure: refused or checked."""
    doc = copy.deepcopy(BASE)
    parent: Any = doc
    for key in place[:-1]:
        parent = parent[key]
    parent[place[-1]] = value
    try:
        loaded = report.loads_json(json.dumps(doc, default=_default))
    except ReportError:
        return
    # Every figure is handled where it stands: the per-part safety net never has to act.
    assert [] == [f.place for f in check.check(loaded) if "was not checked" in f.message]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["toml", "json"]))
def test_any_text_is_refused_cleanly(text, kind):
    """Any text at all: a ReportError (or, by chance, a report), never another exception."""
    load = report.loads_toml if kind == "toml" else report.loads_json
    with contextlib.suppress(ReportError):
        load(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(EXAMPLE.read_text(encoding="utf-8")) - 1), st.text(max_size=3))
def test_example_with_a_typo(position, typo):
    """The Dumai file with a few characters typed at any place: refused or checked."""
    original = EXAMPLE.read_text(encoding="utf-8")
    text = original[:position] + typo + original[position:]
    try:
        loaded = report.loads_toml(text)
    except ReportError:
        return
    check.check(loaded)
