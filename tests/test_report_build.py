"""Tests of the fast paths of the report loader (issue 14): same reports, same errors, less memory.

The loader checks a valid file's structure with `_valid` (no message needed) and builds
its rows with akip's trusted constructors; the parsed JSON tables and the JSON text are
dropped as soon as they are no longer needed. Each of these must leave the result exactly
what the plain path gives: `_valid` never passes what `_check_table` refuses, a row built
fast equals the row the value types' own initialisers build from the printed text, and the
memory a load takes at its peak stays close to the report it returns.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import tomllib
import tracemalloc
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip import _loading, _report_build, report
from akip.exceptions import ReportError
from akip.report import BudgetRow, Figure, IndicatorRow, Label, Where
from tests.bench_modules import bench_module
from tests.strategies import paths_in

ROOT = Path(__file__).resolve().parent.parent
#: The bundled report files (lke-2024.toml is an evaluation worksheet, not a report).
EXAMPLES = sorted(
    path
    for path in (ROOT / "examples").glob("*.toml")
    if "schema_version" in path.read_text(encoding="utf-8")
)


def _generated(lines: int = 60, indicators: int = 12) -> dict[str, Any]:
    data: dict[str, Any] = bench_module("generate").report(lines, indicators)
    return data


def _en_us(text: str) -> Decimal:
    """A Tabel III.11 figure read by hand: en_US groups with ',' and a '.' point."""
    return Decimal(text.removesuffix("%").replace(",", ""))


def _id_id(text: str) -> Decimal:
    """An id_ID figure read by hand: 'Rp. ' dropped, '.' groups, ',' point."""
    return Decimal(text.removeprefix("Rp. ").removesuffix("%").replace(".", "").replace(",", "."))


class TestKnownStructure:
    def test_budget_rows_equal_the_value_types(self):
        """Every budget row equals the row the typed initialisers build from its text."""
        data = _generated()
        loaded = report.loads_json(json.dumps(data))
        raw_lines = data["budget"]
        assert len(loaded.budget) == len(raw_lines) == 60
        for raw, line in zip(raw_lines, loaded.budget, strict=True):
            (raw_row,) = raw["rows"]
            label = raw_row.get("row", raw["name"])

            def cell(column: str, row: dict[str, Any] = raw_row, label: str = label) -> Figure:
                text = row[column]
                where = Where("Tabel III.11", column, label)
                return Figure(text, _en_us(text), where, "en_US")

            expected = BudgetRow(
                "Tabel III.11",
                label,
                cell("pagu"),
                cell("realisasi"),
                cell("penyerapan"),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
            )
            assert (line.id, line.name, line.level, line.parent) == (
                raw["id"],
                raw["name"],
                raw["level"],
                raw.get("parent"),
            )
            assert line.rows == (expected,)

    def test_indicator_rows_equal_the_value_types(self):
        """Every indicator row equals the typed row: its year, label, figures and labels."""
        data = _generated()
        loaded = report.loads_json(json.dumps(data))
        for raw, indicator in zip(data["indicators"], loaded.indicators, strict=True):
            assert len(indicator.rows) == len(raw["rows"]) == 4
            for raw_row, row in zip(raw["rows"], indicator.rows, strict=True):
                year = raw_row.get("year", 2024)
                label = raw_row["row"]
                place = raw_row["place"]

                def cell(column: str, row: dict[str, Any] = raw_row, year: int = year) -> Figure:
                    where = Where(row["place"], column, row["row"], year)
                    return Figure(row[column], _id_id(row[column]), where, "id_ID")

                def word(column: str, row: dict[str, Any] = raw_row, year: int = year) -> Any:
                    if column not in row:
                        return None
                    return Label(row[column], Where(row["place"], column, row["row"], year))

                expected = IndicatorRow(
                    place,
                    label,
                    year,
                    None,
                    cell("target"),
                    cell("realisasi"),
                    cell("capaian"),
                    word("predikat"),
                    word("atribut"),
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                )
                assert row == expected

    def test_rows_share_their_place_text(self):
        """A row and its figures hold the place's own id string, not a copy per row."""
        loaded = report.loads_json(json.dumps(_generated()))
        place = next(p for p in loaded.places if p.id == "Tabel III.11")
        for line in loaded.budget:
            for row in line.rows:
                assert row.place is place.id
                assert row.pagu is not None
                assert row.pagu.where.place is place.id

    def test_json_and_toml_give_the_same_report(self):
        """The same generated report read from JSON and from TOML: equal reports."""
        generate = bench_module("generate")
        data = _generated(30, 5)
        assert report.loads_toml(generate.to_toml(data)) == report.loads_json(json.dumps(data))


# ---------------------------------------------------------------- the structural check
BASE: dict[str, Any] = tomllib.loads((ROOT / "examples" / "dumai-2024.toml").read_text("utf-8"))
PLACES = paths_in(BASE)

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=6),
    st.sampled_from(["", " ", "\t", "id_ID", "en_US", "sasaran", "maximize", "2024-01-31"]),
    st.sampled_from(["2024-13-01", "murni", "opd", "x"]),
    st.just(dt.date(2024, 1, 31)),
    st.just(dt.datetime(2024, 1, 31, 8, 0)),  # noqa: DTZ001 - what TOML gives for a datetime
    st.lists(st.sampled_from(["a", 1, None]), max_size=2),
    st.dictionaries(
        st.sampled_from(["a", "b"]), st.sampled_from(["", "x", "en_US", 1]), max_size=2
    ),
)


def _edited(place: tuple[object, ...], value: object, *, delete: bool) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    node: Any = data
    for part in place[:-1]:
        node = node[part]
    if delete:
        del node[place[-1]]
    else:
        node[place[-1]] = value
    return data


def _refused(data: object) -> bool:
    try:
        _report_build._check_table(data, "root", "")
    except ReportError:
        return True
    return False


class TestValid:
    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
    def test_every_example_is_valid(self, path):
        """Each bundled example passes the fast check: no example takes the slow path."""
        assert _report_build._valid(tomllib.loads(path.read_text("utf-8")), "root")

    def test_generated_reports_are_valid(self):
        """A generated report passes the fast check."""
        assert _report_build._valid(_generated(), "root")

    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(PLACES), junk, st.booleans())
    def test_never_passes_what_the_check_refuses(self, place, value, delete):
        """One value changed or deleted anywhere: `_valid` passes it only if the check does."""
        data = _edited(place, value, delete=delete)
        if _report_build._valid(data, "root"):
            assert not _refused(data)

    @pytest.mark.parametrize(
        ("place", "value"),
        [
            (("schema_version",), True),
            (("schema_version",), 2**64),
            (("report", "agency"), " "),
            (("report", "locale"), "fr_FR"),
            (("report", "efficiency_rule"), []),
            (("places",), {}),
            (("places", 0), "Tabel 2"),
            (("budget", 0, "top"), 1),
            (("budget", 0, "rows", 0, "pagu"), 5),
            (("budget", 0, "rows", 0, "locales"), {"pagu": "fr_FR"}),
            (("indicators", 0, "programs"), ["P1", 2]),
            (("indicators", 0, "targets", 0, "date"), "2024-02-30"),
            (("indicators", 0, "targets", 0, "date"), dt.datetime(2024, 1, 1)),  # noqa: DTZ001
            (("indicators", 0, "rows", 0, "realisasi_periode"), {"TW I": " "}),
            (("indicators", 0, "rows", 0, "realisasi_periode"), ["20"]),
            (("indicators", 0, "bogus"), "x"),
        ],
    )
    def test_doubts_what_the_check_refuses(self, place, value):
        """A wrong value of each kind: `_valid` says no and the check names the error."""
        data = copy.deepcopy(BASE)
        data.setdefault("budget", [{}])[0].setdefault("rows", [{}])
        node: Any = data
        for part in place[:-1]:
            node = node[part]
        node[place[-1]] = value
        assert not _report_build._valid(data, "root")
        assert _refused(data)

    def test_dates_and_answers_pass(self):
        """A date as a TOML date or as ISO text, and LKE answers: valid as the check says."""
        data = copy.deepcopy(BASE)
        targets = data["indicators"][0]["targets"]
        targets.append({**targets[0], "date": "2024-01-31"})
        targets[0]["date"] = dt.date(2024, 1, 31)
        data["evaluasi"] = [{"id": "LKE", "place": "Tabel 2", "jawaban": {"1.a": "AA"}}]
        assert _report_build._valid(data, "root")
        assert not _refused(data)
        data["evaluasi"][0]["jawaban"]["1.b"] = " "
        assert not _report_build._valid(data, "root")
        assert _refused(data)


# ---------------------------------------------------------------- errors and memory
class TestErrors:
    def test_duplicate_key_named_after_a_clean_object(self):
        """A JSON object with a key twice is refused naming that key, as before."""
        text = '{"schema_version": 1, "report": {"agency": "A", "year": 1, "year": 2}}'
        with pytest.raises(ReportError, match="duplicate key 'year' in one object"):
            report.loads_json(text)

    def test_build_error_after_the_text_is_dropped(self):
        """An error found after the JSON text was dropped: the same error, no depth count."""
        data = _generated(8, 2)
        data["budget"][3]["rows"][0]["place"] = "Tabel 99"
        with pytest.raises(ReportError, match=r"budget\[3\]\.rows\[0\]\.place: unknown place"):
            report.loads_json(json.dumps(data))

    def test_deep_text_that_fails_the_schema_is_refused_for_its_depth(self):
        """A text the schema refuses keeps its text: nested too deep is the reason given."""
        text = '{"schema_version": 1, "x": ' + "[" * 40 + "]" * 40 + "}"
        with pytest.raises(ReportError, match="nested deeper than 32 levels"):
            report.loads_json(text)

    def test_release_drops_only_a_json_text(self):
        """`DeepFirst.release` drops a JSON text; a TOML text is kept for the depth count."""
        json_first = _loading.DeepFirst("{}", "json", "<json>")
        json_first.release()
        assert json_first.text is None
        toml_first = _loading.DeepFirst("x = 1", "toml", "<toml>")
        toml_first.release()
        assert toml_first.text == "x = 1"

    def test_a_released_text_is_not_counted(self):
        """After release, an error inside the context is the error itself."""
        deep = _loading.DeepFirst("[" * 40, "json", "<json>")
        deep.release()
        with pytest.raises(ValueError, match="the error itself"), deep:
            raise ValueError("the error itself")  # noqa: EM101, TRY003 - a test's own error


def test_peak_memory_stays_near_the_report(tmp_path):
    """Loading a JSON file peaks at most a third above the report it returns.

    Its tables are parsed and built one item at a time, each item dropped once built; the
    text (about a fifth of the report's size) is all that is held beside the report. Before,
    the parsed data, the text and the report were all held at once: a peak of about 1.7
    times the report.
    """
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_generated(3000, 300)), encoding="utf-8")
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        loaded = report.load(path)
        now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(loaded.budget) == 3000
    assert peak - start <= 1.33 * (now - start)


# ---------------------------------------------------------------- JSON read item by item
def _stream(text: str) -> report.Report | None:
    return _report_build.stream(text, report._SCAN)


def _whole(text: str) -> report.Report | Exception:
    try:
        return _report_build.build(json.loads(text, object_pairs_hook=report._no_duplicates))
    except (ReportError, ValueError) as exc:
        return exc


class TestStream:
    @pytest.mark.parametrize("indent", [None, 0, 2, "\t"])
    def test_same_report_as_the_whole_text(self, indent):
        """A generated report, however indented: read item by item, the same report."""
        text = json.dumps(_generated(40, 8), indent=indent)
        streamed = _stream(text)
        assert streamed is not None
        assert streamed == _whole(text)

    def test_the_json_example_is_streamed(self):
        """The bundled JSON example is read item by item, to the report of its TOML twin."""
        text = (ROOT / "examples" / "dumai-2024.json").read_text(encoding="utf-8")
        toml = (ROOT / "examples" / "dumai-2024.toml").read_text(encoding="utf-8")
        assert _stream(text) == report.loads_toml(toml)

    @pytest.mark.parametrize(
        "text",
        [
            "[]",
            "{}",
            '{"schema_version": 1}',
            '{"schema_version": 1} x',
            '{"schema_version": 1,}',
            '{"schema_version" 1}',
            '{"schema_version": 1 "report": {}}',
            "{1: 2}",
        ],
    )
    def test_other_shapes_are_read_whole(self, text):
        """Text that is no report in the usual shape: left to the whole-text reader."""
        assert _stream(text) is None

    def test_tables_before_places_are_read_whole(self):
        """Budget lines before the places: the builder cannot start, the text is read whole."""
        data = _generated(8, 2)
        reordered = {"budget": data.pop("budget"), **data}
        text = json.dumps(reordered)
        assert _stream(text) is None
        assert report.loads_json(text) == report.loads_json(json.dumps(_generated(8, 2)))

    @pytest.mark.parametrize(
        "edit",
        [
            lambda d: d["budget"].append(d["budget"][0]),  # a duplicate id
            lambda d: d["budget"][2]["rows"][0].update(place="Tabel 99"),
            lambda d: d["budget"][2]["rows"][0].update(pagu="abc"),
            lambda d: d["budget"][2].update(bogus=1),
            lambda d: d.update(schema_version=2),
            lambda d: d["budget"].append(5),
            lambda d: d["indicators"][0].update(programs=["NOPE"]),
            lambda d: d["places"].append({"id": "Tabel 2"}),
        ],
    )
    def test_wrong_files_are_left_to_the_whole_text(self, edit):
        """A file with an error: not read item by item; `loads_json` names the error."""
        data = _generated(8, 2)
        edit(data)
        text = json.dumps(data)
        assert _stream(text) is None
        assert isinstance(_whole(text), ReportError)
        with pytest.raises(ReportError, match=str(_whole(text)).split(":")[0].replace("[", r"\[")):
            report.loads_json(text)

    def test_a_duplicate_top_level_key_is_read_whole(self):
        """The same top-level key twice: refused by the whole-text reader's hook."""
        text = json.dumps(_generated(8, 2))[:-1] + ', "sasaran": []}'
        assert _stream(text) is None
        with pytest.raises(ReportError, match="duplicate key 'sasaran'"):
            report.loads_json(text)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(PLACES), junk, st.booleans())
    def test_streams_only_what_the_whole_text_gives(self, place, value, delete):
        """One value of the Dumai example changed: streamed only to the report read whole."""
        data = _edited(place, value, delete=delete)
        try:
            text = json.dumps(data, default=str, allow_nan=False)
        except ValueError:
            return
        streamed = _stream(text)
        if streamed is not None:
            assert streamed == _whole(text)


def test_empty_and_broken_tables_in_the_stream():
    """An empty table is read item by item; a missing comma between items is read whole."""
    data = _generated(8, 2)
    data["evaluasi"] = []
    text = json.dumps(data)
    streamed = _stream(text)
    assert streamed is not None
    assert streamed.evaluasi == ()
    assert streamed == _whole(text)
    broken = text.replace('}, {"id": "P1"', '} {"id": "P1"', 1)
    assert broken != text
    assert _stream(broken) is None
    with pytest.raises(ReportError, match="not valid JSON: Expecting ',' delimiter"):
        report.loads_json(broken)


class TestEscapedSurrogates:
    r"""A JSON ``\ud800`` escape is valid JSON text that decodes to half a character."""

    @pytest.mark.parametrize(
        ("table", "field", "path"),
        [("budget", "name", "budget[0].name"), ("indicators", "name", "indicators[1].name")],
    )
    def test_a_lone_surrogate_in_a_name_is_refused(self, table, field, path):
        """Refused as the same character typed into the file is, naming where it is."""
        data = _generated(5, 2)
        data[table][0 if table == "budget" else 1][field] = "Program \ud800"
        text = json.dumps(data)  # ensure_ascii: the character is written as \ud800
        assert "\\ud800" in text
        with pytest.raises(ReportError, match=rf"at {re.escape(path)} holds a lone surrogate"):
            report.loads_json(text)

    def test_a_lone_surrogate_in_a_key_is_refused(self):
        """A key is text too."""
        text = json.dumps(_generated(5, 2))[:-1] + ', "x\\udc00": 1}'
        with pytest.raises(ReportError, match="at the top holds a lone surrogate"):
            report.loads_json(text)

    def test_an_escaped_pair_is_one_character(self):
        r"""``\ud83d\ude00`` is one character (U+1F600): the report loads, holding it."""
        data = _generated(5, 2)
        data["budget"][0]["name"] = "Program \U0001f600"
        loaded = report.loads_json(json.dumps(data))
        assert json.loads(json.dumps(data, ensure_ascii=False)) == data
        assert loaded == report.loads_json(json.dumps(data, ensure_ascii=False))

    def test_a_broken_text_with_an_escape_keeps_its_own_error(self):
        """Text that does not parse is refused for that, as without the escape."""
        text = '{"schema_version": 1, "x": "\\ud800", }'
        with pytest.raises(ReportError, match="not valid JSON"):
            report.loads_json(text)

    def test_a_long_or_odd_key_is_named_by_a_bounded_repr(self):
        """A 100.000-character key and a key with a newline: the message stays short, one line."""
        text = json.dumps({"schema_version": 1, "k" * 100_000: {"a\nb": "\ud800"}})
        with pytest.raises(ReportError) as caught:
            report.loads_json(text)
        message = str(caught.value)
        assert len(message) < 400
        assert "\n" not in message
        assert "'a\\nb' holds a lone surrogate" in message
        assert message.startswith("<json>: text at 'kkk")
        assert "k..." in message  # the long key cut by the bounded repr

    def test_a_deep_path_keeps_its_end(self):
        """A path of 20 keys of 56 characters is cut at its start, keeping where the text is."""
        data: object = [{"leaf": "\ud800"}]
        for level in range(20):
            data = {"k" * 54 + f"{level:02d}": data}
        with pytest.raises(ReportError) as caught:
            report.loads_json(json.dumps({"schema_version": 1, "x": data}))
        message = str(caught.value)
        assert message.startswith("<json>: text at …")
        assert f"{'k' * 54}00[0].leaf holds a lone surrogate" in message
        assert len(message) < 400
