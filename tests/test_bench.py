"""Tests of the benchmark's own parts: its report generator and its exact baselines.

The benchmark (``make bench``) is not run here and no speed is asserted; these tests make
sure that what it races akip against computes the right thing, and that its generated
reports are valid and consistent, so that a check of them measures real work.
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import check, report
from tests.bench_modules import bench_module

generate = bench_module("generate")
run = bench_module("run")


class TestGenerate:
    @pytest.mark.parametrize(("lines", "indicators"), [(4, 1), (6, 1), (60, 13), (1000, 100)])
    def test_without_slips_a_report_checks_clean(self, lines, indicators, tmp_path, monkeypatch):
        """With no seeded slip, every printed figure is what the rules give: no finding.

        And the report has exactly the budget lines and indicators asked for.
        """
        monkeypatch.setattr(generate, "SLIP_RATE", 0)
        path = generate.write(tmp_path / "clean.toml", lines, indicators)
        loaded = report.load(path)
        assert (lines, indicators) == (len(loaded.budget), len(loaded.indicators))
        assert [] == check.check(loaded)

    def test_slips_are_found(self, tmp_path):
        """With the seeded slips (about 1 %), the check has findings to report."""
        loaded = report.load(generate.write(tmp_path / "slips.toml", 1000, 100))
        codes = Counter(finding.code for finding in check.check(loaded))
        assert codes["SUM_MISMATCH"] > 0
        assert codes["PCT_MISMATCH"] > 0

    def test_toml_and_json_are_the_same_report(self, tmp_path):
        """The same seed gives the same report, in TOML and in JSON."""
        as_toml = report.load(generate.write(tmp_path / "r.toml", 200, 20))
        as_json = report.load(generate.write(tmp_path / "r.json", 200, 20))
        assert as_toml == as_json

    def test_too_small_is_refused(self):
        """Fewer than 4 budget lines cannot make an OPD, a program, a kegiatan and a sub."""
        with pytest.raises(ValueError, match="at least 4 budget lines"):
            generate.report(3, 1)


# Three lines under two sub kegiatan, amounts in sen; the tree by hand:
# 1.01.01.1.01.0001: 150 + 250 = 400 sen pagu, 50 + 0 = 50 sen realisasi;
# 1.02.01.1.01.0001: 1 sen and 1 sen; everything above sums the two.
LINES = pd.DataFrame(
    {
        "kode": ["1.01.01.1.01.0001", "1.01.01.1.01.0001", "1.02.01.1.01.0001"],
        "pagu": [150, 250, 1],
        "realisasi": [50, 0, 1],
    }
)
HAND = {
    "1": (Decimal("4.01"), Decimal("0.51")),
    "1.01": (Decimal("4.00"), Decimal("0.50")),
    "1.01.01": (Decimal("4.00"), Decimal("0.50")),
    "1.01.01.1.01": (Decimal("4.00"), Decimal("0.50")),
    "1.01.01.1.01.0001": (Decimal("4.00"), Decimal("0.50")),
    "1.02": (Decimal("0.01"), Decimal("0.01")),
    "1.02.01": (Decimal("0.01"), Decimal("0.01")),
    "1.02.01.1.01": (Decimal("0.01"), Decimal("0.01")),
    "1.02.01.1.01.0001": (Decimal("0.01"), Decimal("0.01")),
}


class TestBaselines:
    def test_reference_tree(self):
        """The reference every contender must equal is the tree summed by hand."""
        assert HAND == run.reference_tree(LINES)

    def test_pandas_two_stage(self):
        """The pandas contender gives the hand tree."""
        assert HAND == run.by_pandas(LINES)

    def test_decimal_loop(self):
        """The one-update-per-row Decimal loop gives the hand tree."""
        rows = list(
            zip(
                LINES["kode"],
                run._rupiah(LINES["pagu"].tolist()),
                run._rupiah(LINES["realisasi"].tolist()),
                strict=True,
            )
        )
        assert HAND == run.by_decimal_loop(rows)

    def test_akip_rollup_is_the_hand_tree(self):
        """akip's rollup, as the benchmark reads it, gives the hand tree."""
        assert HAND == run._akip_nodes(run.frame.rollup(LINES, unit="sen"))

    def test_misses_names_what_is_off(self):
        """The exactness check reports a node off by one sen, and missing codes."""
        off = dict(HAND) | {"1": (Decimal("4.02"), Decimal("0.51"))}
        assert "1 nodes off (first 1)" == run._misses(HAND, off)
        assert "1 codes missing or extra" == run._misses(
            HAND, {k: HAND[k] for k in list(HAND)[1:]}
        )
        assert run._misses(HAND, dict(HAND)) is None

    def test_misses_refuses_floats(self):
        """A float equal in value is not exact: the check wants Decimal."""
        floats = dict(HAND) | {"1.02": (0.01, 0.01)}
        assert "1 nodes off (first 1.02)" == run._misses(HAND, floats)

    def test_polars_and_duckdb(self):
        """The polars and both duckdb contenders give the hand tree (with the bench extra)."""
        pl = pytest.importorskip("polars")
        duckdb = pytest.importorskip("duckdb")
        assert HAND == run.by_polars(pl, pl.from_pandas(LINES))
        con = run.duckdb_table(duckdb, LINES)
        assert HAND == run.by_duckdb(con)
        assert HAND == run.by_duckdb_sen(con)

    def test_spin_sums_squares(self):
        """The Dask ceiling's task sums i² below n: 0 + 1 + 4 + 9 = 14 for n = 4."""
        assert [0, 0, 1, 5, 14] == [run.spin(n) for n in range(5)]

    @given(st.integers(min_value=0, max_value=3000))
    def test_spin_sum_is_the_closed_form(self, n):
        """The check of the ceiling's results, (n − 1)·n·(2n − 1) / 6, is what spin returns."""
        assert sum(i * i for i in range(n)) == run.spin(n) == run.spin_sum(n)

    def test_spin_size_is_at_least_the_probe(self):
        """A task of no time at all is still the probe's size (never 0 steps)."""
        assert run._spin_size(0.0) == 100_000

    @pytest.mark.parametrize("maximize", [True, False])
    def test_bare_scalar_agrees_with_akip(self, maximize):
        """Both bare forms find the band akip finds, for the benchmark's printed pairs."""
        from akip import capaian, predikat  # noqa: PLC0415

        pairs = run.printed_pairs(500)
        polarity = "maximize" if maximize else "minimize"
        levels = list(reversed(predikat.Predikat))
        ours = [levels.index(predikat.classify(capaian.compute(t, r, polarity))) for t, r in pairs]
        batch = (run.bare_maximize if maximize else run.bare_minimize)(pairs)
        one = run.bare_one_maximize if maximize else run.bare_one_minimize
        assert ours == batch
        assert ours == [one(t, r) for t, r in pairs]


class TestChildScripts:
    def test_phases_of_a_dumai_check_run(self):
        """The in-process phase script of part 3a runs against the current CLI internals.

        It calls private functions of `akip.__main__`: when one is renamed, this fails here
        rather than in the middle of a ``make bench`` run.
        """
        import os  # noqa: PLC0415

        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        phases = run._phases(run.ROOT / "examples" / "dumai-2024.toml", env, 1)
        assert list(phases) == list(run._PHASE_NAMES)
        assert all(ms > 0 for ms in phases.values())

    @pytest.mark.parametrize("fmt", ["json", "toml"])
    def test_parse_only_floor_reads_the_report(self, fmt, tmp_path):
        """The floor of part 3b parses the generated file and exits 0 (and fails on junk)."""
        import os  # noqa: PLC0415

        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        path = generate.write(tmp_path / f"r.{fmt}", 60, 13)
        _, _, code = run.run_child([sys.executable, "-c", run._PARSE_ONLY[fmt], str(path)], env)
        assert code == 0
        junk = tmp_path / f"junk.{fmt}"
        junk.write_text("{[", encoding="utf-8")
        _, _, code = run.run_child([sys.executable, "-c", run._PARSE_ONLY[fmt], str(junk)], env)
        assert code == 1

    def test_imports_of_a_check_are_listed_and_importable(self):
        """Part 3a's floor imports what a Dumai check imports, none of it akip's, and runs."""
        import os  # noqa: PLC0415

        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        modules = run.imported_by_check(run.ROOT / "examples" / "dumai-2024.toml", env)
        # A check reads TOML, computes in decimal and builds attrs classes.
        assert {"attrs", "decimal", "tomllib"} <= set(modules)
        assert not [m for m in modules if m.split(".")[0] == "akip"]
        _, _, code = run.run_child([sys.executable, "-c", run._IMPORT_ONLY, *modules], env)
        assert code == 0

    def test_the_compile_floor_compiles_akips_modules_of_a_check(self):
        """Part 3a's cold floor compiles the source of akip's modules a Dumai check imports."""
        import os  # noqa: PLC0415

        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        report = run.ROOT / "examples" / "dumai-2024.toml"
        sources = run.akip_sources_of_check(report, env)
        names = {Path(p).relative_to(run.ROOT / "src").as_posix() for p in sources}
        # The command line, the report file and the ledger are loaded by every check; the
        # importer is not (it loads for `akip import` only).
        assert {"akip/__main__.py", "akip/report.py", "akip/check/ledger.py"} <= names
        assert not [n for n in names if n.startswith("akip/importer/")]
        modules = run.imported_by_check(report, env)
        command = [sys.executable, "-c", run._IMPORT_AND_COMPILE, *modules, "--", *sources]
        _, _, code = run.run_child(command, env)
        assert code == 0
        # The report file is no Python: compiling it fails, so the floor does compile.
        _, _, code = run.run_child([*command[:3], "--", str(report)], env)
        assert code == 1


arithmetic = bench_module("arithmetic")


def _line(id_: str, pagu: str, realisasi: str, penyerapan: str, parent: str | None = None):
    line = {"id": id_, "rows": [{"pagu": pagu, "realisasi": realisasi, "penyerapan": penyerapan}]}
    if parent is not None:
        line["parent"] = parent
    return line


def _indicator(id_: str, polarity: str, *rows: tuple[str, str, str]):
    return {
        "id": id_,
        "polarity": polarity,
        "rows": [{"target": t, "realisasi": r, "capaian": c} for t, r, c in rows],
    }


class TestArithmeticFloor:
    """`bench/arithmetic.py`, the least a check of the figures can do, recomputes them right."""

    DATA = {  # noqa: RUF012 - read only
        "schema_version": 1,
        "budget": [
            # 100,00 + 200,00 = 300,00 (right); 50,00 + 101,00 = 151,00, printed 150,00.
            _line("OPD", "300.00", "150.00", "50.00%"),
            # 50 / 100 × 100 = 50,00 (right).
            _line("K1", "100.00", "50.00", "50.00%", "OPD"),
            # 101 / 200 × 100 = 50,5 → HALF_UP to 0 places is 51 (half-even would be 50).
            _line("K2", "200.00", "101.00", "51%", "OPD"),
            # 1 / 8 × 100 = 12,5 → 13 at 0 places, so 12 is wrong. K3 is K2's only child.
            _line("K3", "8.00", "1.00", "12%", "K2"),
        ],
        "indicators": [
            # 71,972 / 80 × 100 = 89,965 → 89,97 HALF_UP (right); 89,96 (half-even) wrong.
            _indicator(
                "IKU1", "maximize", ("80%", "71,972%", "89,97%"), ("80%", "71,972%", "89,96%")
            ),
            # (2 × 80 − 71,98) / 80 × 100 = 88,02 / 80 × 100 = 110,025 → 110,03 (right).
            _indicator("IKU2", "minimize", ("80%", "71,98%", "110,03%")),
        ],
    }
    # K2's pagu 200,00 against its child K3's 8,00 and realisasi 101,00 against 1,00: both
    # differ, as does the OPD's realisasi (150,00 against 50,00 + 101,00 = 151,00).
    EXPECTED = {  # noqa: RUF012 - read only
        "penyerapan": 4,
        "sums": 4,
        "capaian": 3,
        "wrong": sorted(
            ["K3:penyerapan", "OPD:realisasi", "K2:pagu", "K2:realisasi", "IKU1:capaian:1"]
        ),
    }

    def test_a_hand_computed_report(self):
        """Every penyerapan, sum and capaian of a small report, computed by hand above."""
        import json  # noqa: PLC0415

        assert self.EXPECTED == arithmetic.run(json.dumps(self.DATA, indent=1))
        assert self.EXPECTED == arithmetic.run_data(self.DATA)

    def test_the_decimal_reference_agrees_by_hand(self):
        """The benchmark's second count, in Decimal, gives the same hand-computed answer."""
        assert self.EXPECTED == arithmetic.reference(self.DATA)

    @pytest.mark.parametrize("fmt", ["json", "toml"])
    def test_a_generated_report_as_the_reference_counts_it(self, fmt, tmp_path):
        """On a generated report (with its seeded slips) the floor and the Decimal count agree.

        And the floor finds slips: a floor that found nothing would recompute nothing.
        """
        import os  # noqa: PLC0415

        path = generate.write(tmp_path / f"r.{fmt}", 1000, 100)
        expected = arithmetic.reference(run._parsed(path))
        assert expected["penyerapan"] == 1000  # one Tabel III.11 row per line
        assert expected["capaian"] == 4 * 100  # four rows per indicator
        assert expected["wrong"]
        answer = tmp_path / "answer.json"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        command = [sys.executable, str(run._ARITHMETIC), str(path), str(answer)]
        _, _, code = run.run_child(command, env)
        assert code == 0
        import json  # noqa: PLC0415

        assert expected == json.loads(answer.read_text(encoding="utf-8"))

    def test_not_a_json_object(self):
        """A text that is not one JSON object is refused, not counted as empty."""
        with pytest.raises(ValueError, match="not a JSON object"):
            arithmetic.run("[1, 2]")
