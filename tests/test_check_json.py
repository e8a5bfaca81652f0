"""Tests of the JSON ``akip check --format json`` writes (akip.check._json, text.json_text).

The text must be exactly what ``json.dumps(…, ensure_ascii=False, indent=2)`` writes: the
layouts below are written out by hand from the JSON grammar and the standard library's
documented indented form (one item per line, ``", "`` never, ``": "`` after a key, ``[]``
and ``{}`` for empty containers), then the standard library is the reference for random
values.
"""

from __future__ import annotations

import enum
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import check, report
from akip.__main__ import _quietly, main
from akip._i18n import N_, Message
from akip.check import Status, Verdict, _json, text
from akip.exceptions import InvalidValue
from akip.report import Where

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_a_nested_value_by_hand():
    """Objects and lists one item a line, indented two spaces a level."""
    value = {"a": [1, {"b": None}], "c": {}, "d": [], "e": "x"}
    expected = (
        "{\n"
        '  "a": [\n'
        "    1,\n"
        "    {\n"
        '      "b": null\n'
        "    }\n"
        "  ],\n"
        '  "c": {},\n'
        '  "d": [],\n'
        '  "e": "x"\n'
        "}"
    )
    assert expected == _json.dumps(value)


def test_scalars_by_hand():
    """true, false, null, integers as int writes them, strings escaped, not ASCII-only."""
    value = {"t": True, "f": False, "n": None, "i": -12, "s": 'é "q" \\ \n\t\x01'}
    expected = (
        "{\n"
        '  "t": true,\n'
        '  "f": false,\n'
        '  "n": null,\n'
        '  "i": -12,\n'
        '  "s": "é \\"q\\" \\\\ \\n\\t\\u0001"\n'
        "}"
    )
    assert expected == _json.dumps(value)


def test_an_indent_of_zero_and_four():
    """Indent 0 puts every item on its own line, unindented; 4 indents four a level."""
    assert "[\n1,\n[\n2\n]\n]" == _json.dumps([1, [2]], indent=0)
    assert '{\n    "k": [\n        1\n    ]\n}' == _json.dumps({"k": [1]}, indent=4)


class _Level(enum.IntEnum):
    LOW = 3


class _Text(str):
    __slots__ = ()


def test_subclasses_are_written_as_their_base():
    """A str subclass as its text, an int subclass as int writes it (not its repr)."""
    value = {
        "m": Message(N_("consensus of {count} of {total} places"), count="2", total="3"),
        "s": _Text("plain"),
        "e": _Level.LOW,
        "b": [True, False],
    }
    expected = (
        "{\n"
        '  "m": "consensus of 2 of 3 places",\n'
        '  "s": "plain",\n'
        '  "e": 3,\n'
        '  "b": [\n'
        "    true,\n"
        "    false\n"
        "  ]\n"
        "}"
    )
    assert expected == _json.dumps(value)


def test_a_tuple_is_a_list():
    """A tuple is written as a JSON array, as json.dumps writes it."""
    assert "[\n  1,\n  2\n]" == _json.dumps((1, 2))


@pytest.mark.parametrize(
    "value",
    [
        {"x": 1.5},
        [float("nan")],
        {1: "integer key"},
        {None: 1, "a": 2},
        {"a": {True: 1}},
    ],
)
def test_other_values_are_left_to_the_standard_library(value):
    """A float, or a key that is not a string: json.dumps writes them, so the same text."""
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert expected == _json.dumps(value)


def test_what_json_refuses_is_refused():
    """A value JSON has no form for raises json's own TypeError."""
    with pytest.raises(TypeError, match="not JSON serializable"):
        _json.dumps({"a": object()})


_SCALARS = st.none() | st.booleans() | st.integers() | st.text() | st.floats()
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
        | st.dictionaries(st.integers() | st.none(), inner, max_size=2)
    ),
    max_leaves=20,
)


@given(_VALUES, st.integers(0, 4))
def test_the_standard_librarys_text(value, indent):
    """Any JSON-ready value: exactly the text json.dumps writes with ensure_ascii=False."""
    assert json.dumps(value, ensure_ascii=False, indent=indent) == _json.dumps(value, indent)


@pytest.mark.parametrize(
    "name", ["dumai-2024.toml", "minimal.toml", "sumut-setda-2021.toml", "pppomn-2021-tw2.toml"]
)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_json_text_is_json_dumps_of_as_json(name, lang):
    """The report's JSON is json.dumps of as_json: every verdict, finding and count."""
    loaded = report.load(EXAMPLES / name)
    book = check.ledger(loaded)
    expected = json.dumps(text.as_json(book, loaded, lang=lang), ensure_ascii=False, indent=2)
    assert expected == text.json_text(book, loaded, lang=lang)


def test_json_text_of_the_dumai_report_by_hand():
    """The Dumai report's JSON: its four parts, 611 verdicts of which 50 differ.

    The counts are the ledger's of the Dumai LKIP 2024 (derived by hand in its tests).
    """
    loaded = report.load(EXAMPLES / "dumai-2024.toml")
    written = json.loads(text.json_text(check.ledger(loaded), loaded))
    assert 611 == len(written["verdicts"])
    assert 611 == written["coverage"]["printed"]
    assert 50 == sum(v["status"] == "differs" for v in written["verdicts"])
    assert ["report", "coverage", "findings", "verdicts"] == list(written)


def test_json_text_of_no_verdicts():
    """A ledger without verdicts ends with an empty list, as json.dumps writes it."""
    loaded = report.load(EXAMPLES / "minimal.toml")
    empty = check.Ledger((), ())
    assert text.json_text(empty, loaded).endswith('  "findings": [],\n  "verdicts": []\n}')


def test_rule_and_reason_are_translated():
    """In Indonesian a shared reason is the same translation in every verdict."""
    loaded = report.load(EXAMPLES / "dumai-2024.toml")
    written = json.loads(text.json_text(check.ledger(loaded), loaded, lang="id"))
    english = json.loads(text.json_text(check.ledger(loaded), loaded, lang="en"))
    ids = {v["reason"] for v in written["verdicts"]}
    ens = {v["reason"] for v in english["verdicts"]}
    assert "consensus of 2 of 2 places" in ens
    assert "nilai acuan 2 dari 2 tempat" in ids
    assert "consensus of 2 of 2 places" not in ids


@pytest.mark.parametrize("indent", [-1, 9, True, 2.0, "2"])
def test_json_text_refuses_an_odd_indent(indent):
    """The indent is an integer from 0 to 8: anything else is named in the error."""
    loaded = report.load(EXAMPLES / "minimal.toml")
    with pytest.raises(InvalidValue, match="'indent' must be an integer from 0 to 8"):
        text.json_text(check.ledger(loaded), loaded, indent=indent)


@pytest.mark.parametrize("book", [None, "ledger", {}])
def test_json_text_refuses_what_is_no_ledger(book):
    """Anything but a Ledger is refused, naming the parameter."""
    loaded = report.load(EXAMPLES / "minimal.toml")
    with pytest.raises(InvalidValue, match=r"'book' must be an akip\.check\.Ledger"):
        text.json_text(book, loaded)


def _expected_json(name: str, lang: str) -> str:
    loaded = report.load(EXAMPLES / name)
    data = text.as_json(check.ledger(loaded), loaded, lang=lang)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_the_command_writes_json_dumps_to_a_file(tmp_path):
    """``akip check --format json -o FILE``: the bytes of json.dumps and a line break."""
    out = tmp_path / "out.json"
    path = str(EXAMPLES / "dumai-2024.toml")
    status = main(["check", path, "--format", "json", "--lang", "id", "-o", str(out)])
    assert 1 == status  # the Dumai report has errors
    assert _expected_json("dumai-2024.toml", "id").encode() == out.read_bytes()


def test_the_command_writes_json_dumps_to_stdout(capsys):
    """``akip check --format json --lang en``: the same text on standard output."""
    path = str(EXAMPLES / "dumai-2024.toml")
    assert 1 == main(["check", path, "--format", "json", "--lang", "en"])
    assert _expected_json("dumai-2024.toml", "en") == capsys.readouterr().out


def test_pieces_are_joined_for_another_encoding(monkeypatch, capsys):
    """Standard output in ASCII: the pieces are written as one text.

    A character ASCII has no form for then stops the output before anything is written:
    exit 2 (an input error), the character named on stderr.
    """
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stream)
    assert 2 == _quietly(["plain, ", "then — a dash"])
    assert b"" == raw.getvalue()
    assert "cannot write '\\u2014'" in capsys.readouterr().err


def test_pieces_are_written_in_turn_in_utf8(monkeypatch):
    """Standard output in UTF-8: the pieces one after the other, the same bytes."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    _quietly(["plain, ", "then — a dash", "\n"])
    assert "plain, then — a dash\n".encode() == raw.getvalue()


def test_a_stream_without_an_encoding_gets_one_text(monkeypatch):
    """A `io.StringIO` has no encoding: the pieces are joined, the text is the same."""
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    _quietly(["a", "b"])
    assert "ab" == stream.getvalue()


def test_a_flat_writer_by_hand():
    """Keys in order, values of the exact scalar types; None for any other value."""
    writer = _json.flat(["a", "b", "c"], "\n  ", "  ")
    assert '{\n    "a": 1,\n    "b": true,\n    "c": "é"\n  }' == writer([1, True, "é"])
    assert writer([_Level.LOW, None, None]) is None
    assert writer([1.5, None, None]) is None


def test_a_verdict_of_an_unusual_type_is_written_as_json_dumps_writes_it():
    """A verdict whose place is a str subclass: the same text as json.dumps."""
    loaded = report.load(EXAMPLES / "minimal.toml")
    verdict = Verdict(Where(_Text("Tabel 9"), "capaian", "1."), "90%", Status.AGREES, "90%")
    book = check.Ledger((verdict,), ())
    expected = json.dumps(text.as_json(book, loaded), ensure_ascii=False, indent=2)
    assert expected == text.json_text(book, loaded)
    assert '"table": "Tabel 9"' in expected


json_keys = st.text(st.sampled_from('ab%s"\\é\n '), min_size=1, max_size=4)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=6))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(json_keys, json_scalars), min_size=1, max_size=6, unique_by=lambda p: p[0]),
    st.integers(0, 4),
)
def test_a_flat_writer_writes_what_json_dumps_writes(pairs, indent):
    """Any keys (a ``%`` in them too) and scalar values: the text of `json.dumps`."""
    keys = [k for k, _ in pairs]
    writer = _json.flat(keys, "\n", " " * indent)
    expected = json.dumps(dict(pairs), ensure_ascii=False, indent=indent)
    assert expected == writer([v for _, v in pairs])


def test_a_flat_writer_takes_one_value_per_key():
    """Two keys, one value: refused (as a zip of unequal lengths would be)."""
    with pytest.raises(ValueError, match="1 values for 2 keys"):
        _json.flat(["a", "b"], "\n", "  ")(["x"])
