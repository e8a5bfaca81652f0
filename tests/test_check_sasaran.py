"""Tests of akip.check.sasaran: the Jumlah and Rata-rata capaian of a sasaran's indicators.

The expected values are hand computations written in each test (exact fractions of the
printed target and realisasi, rounded half up by hand), or taken from the published reports
the examples transcribe (Gunung Kaler 2020, Lima Puluh Kota 2020).
"""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip import _report_build, check, report
from akip.check.claims import Index
from akip.check.sasaran import capaian_sasaran, check_sasaran
from akip.exceptions import InvalidValue, ReportError, UnknownId

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"

HEAD = """
schema_version = 1
[report]
agency = "Dinas Contoh"
year = 2024
{head}
[[places]]
id = "Tabel 3"
[[sasaran]]
id = "S1"
name = "Meningkatnya contoh"
{rows}
"""


def _indicator(id_: str, target: str, realisasi: str | None, capaian: str | None) -> str:
    cells = f'target = "{target}"\n'
    if realisasi is not None:
        cells += f'realisasi = "{realisasi}"\n'
    if capaian is not None:
        cells += f'capaian = "{capaian}"\n'
    return (
        f'[[indicators]]\nid = "{id_}"\nsasaran = "S1"\nname = "Indikator {id_}"\n'
        f'polarity = "maximize"\nunit = "%"\n'
        f'[[indicators.rows]]\nplace = "Tabel 3"\nrow = "{id_}"\n{cells}'
    )


def _report(rows: str, indicators: list[str], head: str = "") -> report.Report:
    """A report of sasaran S1 with its summary *rows* and *indicators* (TOML texts)."""
    text = HEAD.format(head=head, rows=rows) + "\n".join(indicators)
    return report.loads_toml(text)


def _row(**cells: str) -> str:
    body = "".join(f'{key} = "{value}"\n' for key, value in cells.items())
    return f'[[sasaran.rows]]\nplace = "Tabel 3"\nrow = "Rata-rata"\n{body}'


def _verdicts(rep: report.Report) -> dict[str, tuple[str, str | None]]:
    """Status and expected value of each figure of the row 'Rata-rata', by column."""
    return {
        v.where.column: (v.status.value, v.expected)
        for v in check.ledger(rep).verdicts
        if v.where.row == "Rata-rata"
    }


def _all(rep: report.Report) -> list[check.Finding]:
    return list(check.ledger(rep).all_findings())


# Three indicators whose capaian are exactly 100,005 (200,01 / 200): printed 100,01 each.
HALVES = [_indicator(f"I{n}", "200", "200,01", "100,01") for n in (1, 2, 3)]


class TestLoading:
    """The report format: [[sasaran.rows]], capaian_cap and an indicator's cap."""

    def test_a_row_is_built(self):
        """Year and row label default to the report's year and the sasaran's name."""
        rep = _report(
            '[[sasaran.rows]]\nplace = "Tabel 3"\njumlah = "300,03"\ncapaian = "100,01"\n'
            'predikat = "Sangat Tinggi"\nindicators = ["I1", "I2"]\n',
            HALVES,
        )
        (row,) = rep.sasaran[0].rows
        assert (row.year, row.row, row.indicators, row.partial) == (
            2024,
            "Meningkatnya contoh",
            ("I1", "I2"),
            False,
        )
        assert row.jumlah is not None
        assert row.capaian is not None
        assert row.predikat is not None
        assert (row.jumlah.value, row.capaian.text, row.predikat.text) == (
            Decimal("300.03"),
            "100,01",
            "Sangat Tinggi",
        )
        assert str(row.capaian.where) == (
            "Tabel 3, row 'Meningkatnya contoh', year 2024, column capaian"
        )

    def test_the_caps_are_read(self):
        """capaian_cap on the report and cap on an indicator, in the report's number style."""
        indicator = _indicator("I1", "200", "200,01", None).replace(
            'unit = "%"\n', 'unit = "%"\ncap = "110,5"\n'
        )
        rep = _report("", [indicator], head='capaian_cap = "100"')
        assert (rep.capaian_cap, rep.indicators[0].cap) == (Decimal(100), Decimal("110.5"))
        assert _report("", HALVES).capaian_cap is None

    @pytest.mark.parametrize(
        ("rows", "head", "path"),
        [
            (_row(capaian="1", indicators="x"), "", "sasaran[0].rows[0].indicators"),
            (
                (
                    '[[sasaran.rows]]\nplace = "Tabel 3"\nindicators = ["I1", "NOPE"]\n'
                    'capaian = "1"\n'
                ),
                "",
                "sasaran[0].rows[0].indicators[1]",
            ),
            ('[[sasaran.rows]]\nplace = "Tabel 3"\nrow = "x"\n', "", "sasaran[0].rows[0]"),
            ('[[sasaran.rows]]\nplace = "Nowhere"\ncapaian = "1"\n', "", "sasaran[0].rows[0]"),
            (_row(capaian="1,2,3"), "", "sasaran[0].rows[0].capaian"),
            ("", 'capaian_cap = "0"', "report.capaian_cap"),
            ("", 'capaian_cap = "seratus"', "report.capaian_cap"),
        ],
    )
    def test_refusals_name_the_field(self, rows, head, path):
        """A wrong row or cap is refused, the error naming its field path."""
        with pytest.raises(ReportError, match=path.replace("[", r"\[").replace("]", r"\]")):
            _report(rows, HALVES, head=head)

    @pytest.mark.parametrize(
        "name", ["gunung-kaler-2020.toml", "limapuluhkota-perpustakaan-2020.toml"]
    )
    def test_streamed_json_is_the_plain_build(self, name):
        """The JSON of the examples, read item by item, is the report of their TOML."""
        data = tomllib.loads((EXAMPLES / name).read_text(encoding="utf-8"))
        data["report"]["capaian_cap"] = "100"
        data["indicators"][0]["cap"] = "120"
        text = json.dumps(data)
        streamed = _report_build.stream(text, report._SCAN)
        assert streamed is not None
        assert streamed == report.loads_json(text)
        assert streamed == _report_build.build(json.loads(text))
        assert streamed.sasaran[0].rows
        assert (streamed.capaian_cap, streamed.indicators[0].cap) == (Decimal(100), Decimal(120))

    def test_the_schema_and_format_page_have_the_keys(self):
        """The JSON Schema and the format page are generated with the new keys."""
        schema = report.json_schema()
        assert set(schema["$defs"]["sasaran_row"]["properties"]) >= {
            "jumlah",
            "capaian",
            "predikat",
            "atribut",
            "indicators",
            "partial",
        }
        assert "capaian_cap" in schema["$defs"]["report"]["properties"]
        assert "cap" in schema["$defs"]["indicator"]["properties"]
        assert "### `[[sasaran.rows]]`" in report.markdown_reference()


class TestRule:
    """The Jumlah and Rata-rata against the exact capaian, by hand."""

    def test_the_sum_and_mean_of_exact_capaian(self):
        """90 / 100 = 90, 85 / 100 = 85, 95 / 100 = 95: Jumlah 270, mean 90, both agree."""
        indicators = [
            _indicator("I1", "100", "90", "90"),
            _indicator("I2", "100", "85", "85"),
            _indicator("I3", "100", "95", "95"),
        ]
        rep = _report(_row(jumlah="270", capaian="90,00", predikat="Tinggi"), indicators)
        assert _verdicts(rep) == {
            "jumlah": ("agrees", "270"),
            "capaian": ("agrees", "90,00"),
            "predikat": ("agrees", "Tinggi"),
        }
        assert check.check(rep) == []

    def test_a_wrong_sum_and_mean(self):
        """Jumlah 271 for 270 is SUM_MISMATCH, mean 91 for 90 CAPAIAN_MISMATCH (roots).

        The printed capaian all agree with their rule, so the slips are the summary's own;
        91 would be Sangat Tinggi (≥ 91), but the mean 90 is Tinggi (76 to under 91,
        Permendagri 86/2017): the printed label of the wrong mean is a consequence of it.
        """
        indicators = [
            _indicator("I1", "100", "90", "90"),
            _indicator("I2", "100", "85", "85"),
            _indicator("I3", "100", "95", "95"),
        ]
        rep = _report(_row(jumlah="271", capaian="91", predikat="Sangat Tinggi"), indicators)
        roots = {(f.code, f.severity.value, f.printed, f.expected) for f in check.check(rep)}
        assert roots == {
            ("SUM_MISMATCH", "error", "271", "270"),
            ("CAPAIAN_MISMATCH", "error", "91", "90"),
        }
        (mean,) = [f for f in check.check(rep) if f.code == "CAPAIAN_MISMATCH"]
        assert [(c.code, c.expected) for c in mean.consequences] == [
            ("PREDIKAT_MISMATCH", "Tinggi")
        ]
        assert mean.message == "Rata-rata capaian: the rule gives 90, the report prints 91"
        assert "Rata-rata capaian" in mean.message_in("id")

    def test_the_sum_of_printed_rounded_capaian_agrees(self):
        """Three exact 100,005 (printed 100,01): exact sum 300,015 → 300,02; printed 300,03.

        300,03 = 3 × 100,01, the sum of the printed capaian, each of which agrees: only
        their rounding differs, so it agrees (with the reason). 300,04 is a slip.
        """
        assert Fraction(20001, 200) == Fraction("100.005")
        rep = _report(_row(jumlah="300,03"), HALVES)
        (verdict,) = [v for v in check.ledger(rep).verdicts if v.where.column == "jumlah"]
        assert (verdict.status.value, verdict.reason) == (
            "agrees",
            (
                "the sum of the printed capaian, each of which agrees: the difference is only "
                "their rounding"
            ),
        )
        rep = _report(_row(jumlah="300,04"), HALVES)
        assert {(f.code, f.expected) for f in check.check(rep)} == {("SUM_MISMATCH", "300,02")}

    def test_the_mean_of_printed_rounded_capaian_agrees(self):
        """100,004 / 100,004 / 100,007 (printed 100,00 / 100,00 / 100,01).

        The exact mean is 300,015 / 3 = 100,005 → 100,01; the mean of the printed ones is
        300,01 / 3 = 100,0033… → 100,00. Both 100,01 and 100,00 agree.
        """
        indicators = [
            _indicator("I1", "1000", "1000,04", "100,00"),
            _indicator("I2", "1000", "1000,04", "100,00"),
            _indicator("I3", "1000", "1000,07", "100,01"),
        ]
        exact = (Fraction("1000.04") * 2 + Fraction("1000.07")) / 1000 * 100 / 3
        assert exact == Fraction("100.005")
        for printed in ("100,01", "100,00"):
            assert _verdicts(_report(_row(capaian=printed), indicators))["capaian"][0] == "agrees"
        assert {
            (f.code, f.expected) for f in check.check(_report(_row(capaian="100,02"), indicators))
        } == {("CAPAIAN_MISMATCH", "100,01")}

    def test_the_printed_capaian_of_another_place(self):
        """The summary in Tabel 4 reads the capaian printed in Tabel 3 (none in Tabel 4).

        Three exact 100,005 printed 100,01 in Tabel 3: the Jumlah 300,03 in Tabel 4 is their
        sum, each right, so it agrees (only their rounding differs from 300,015 → 300,02).
        """
        text = HEAD.format(head="", rows=_row(jumlah="300,03").replace("Tabel 3", "Tabel 4"))
        text = text.replace("[[sasaran]]", '[[places]]\nid = "Tabel 4"\n[[sasaran]]', 1)
        rep = report.loads_toml(text + "\n".join(HALVES))
        assert _verdicts(rep) == {"jumlah": ("agrees", "300,03")}

    def test_only_the_listed_indicators(self):
        """indicators = ["I1", "I3"]: (90 + 95) / 2 = 92,5 → 93 (HALF_UP); Jumlah 185."""
        indicators = [
            _indicator("I1", "100", "90", "90"),
            _indicator("I2", "100", "85", "85"),
            _indicator("I3", "100", "95", "95"),
        ]
        row = _row(jumlah="185", capaian="93") + 'indicators = ["I1", "I3"]\n'
        assert _verdicts(_report(row, indicators)) == {
            "jumlah": ("agrees", "185"),
            "capaian": ("agrees", "93"),
        }

    def test_a_shared_scale_labels_the_mean(self):
        """Indicators on the scale 'own' (≥ 80 Baik): the mean 82,5 is Baik on it."""
        scale = (
            '[[scales]]\nid = "own"\n[[scales.bands]]\nlabel = "Baik"\nlower = "80"\n'
            '[[scales.bands]]\nlabel = "Kurang"\nupper = "80"\n'
        )
        indicators = [
            _indicator("I1", "100", "80", None).replace(
                'unit = "%"\n', 'unit = "%"\nscale = "own"\n'
            ),
            _indicator("I2", "100", "85", None).replace(
                'unit = "%"\n', 'unit = "%"\nscale = "own"\n'
            ),
        ]
        rep = report.loads_toml(
            HEAD.format(head="", rows=_row(capaian="82,5", predikat="Baik"))
            + scale
            + "\n".join(indicators)
        )
        assert _verdicts(rep)["predikat"] == ("agrees", "Baik")


class TestNotJudged:
    """A summary akip cannot recompute is said so: a warning, never agreement or an error."""

    def test_an_indicator_without_realisasi(self):
        """I2 prints no realisasi: its capaian, so the Jumlah and the mean, cannot be judged."""
        indicators = [_indicator("I1", "100", "90", "90"), _indicator("I2", "100", None, None)]
        rep = _report(_row(jumlah="190", capaian="95", predikat="Sangat Tinggi"), indicators)
        assert {(f.code, f.severity.value, f.printed) for f in _all(rep)} == {
            ("NOT_COMPUTABLE", "warning", "190"),
            ("NOT_COMPUTABLE", "warning", "95"),
        }
        verdicts = _verdicts(rep)
        assert (verdicts["jumlah"][0], verdicts["capaian"][0]) == (
            "not_computable",
            "not_computable",
        )
        # The label is judged on the printed mean, 95 ≥ 91: Sangat Tinggi.
        assert verdicts["predikat"] == ("agrees", "Sangat Tinggi")
        (finding,) = [f for f in _all(rep) if f.printed == "95"]
        assert finding.message == (
            "the capaian of I2 of 2024 cannot be computed: the summary of the sasaran's "
            "indicators cannot be judged"
        )

    def test_a_partial_row(self):
        """partial = true: the file does not list every indicator; nothing is judged wrong."""
        rows = _row(capaian="100,41") + "partial = true\n"
        rep = _report(rows, HALVES)
        assert [(f.code, f.severity.value) for f in _all(rep)] == [("NOT_COMPUTABLE", "warning")]
        assert "partial = true" in _all(rep)[0].message

    def test_a_sasaran_without_indicators(self):
        """A summary of a sasaran with no indicator: not computable, its label unchecked."""
        rep = _report(_row(jumlah="100") + 'atribut = "Berhasil"\n', [])
        assert [(f.code, f.printed) for f in _all(rep)] == [("NOT_COMPUTABLE", "100")]
        assert _verdicts(rep)["atribut"][0] == "not_checked"

    def test_the_rule_refuses_what_is_no_index(self):
        """check_sasaran reads an Index only."""
        with pytest.raises(InvalidValue):
            list(check_sasaran(object()))


class TestCap:
    """capaian_cap and cap: applied before the label and before the mean."""

    def test_a_capped_capaian_agrees(self):
        """120 / 100 = 120 %, printed 100 with capaian_cap = "100": agrees; without, 120."""
        indicator = _indicator("I1", "100", "120", "100")
        capped = _report("", [indicator], head='capaian_cap = "100"')
        assert check.check(capped) == []
        (verdict,) = [v for v in check.ledger(capped).verdicts if v.where.column == "capaian"]
        assert (verdict.status.value, verdict.reason) == (
            "agrees",
            "the capaian 120,00% capped at 100, the cap the report declares",
        )
        on_target = _report("", [_indicator("I1", "100", "100", "100")], 'capaian_cap = "100"')
        (verdict,) = [v for v in check.ledger(on_target).verdicts if v.where.column == "capaian"]
        assert (verdict.status.value, verdict.reason) == ("agrees", None)
        (finding,) = check.check(_report("", [indicator]))
        assert (finding.code, finding.expected) == ("CAPAIAN_MISMATCH", "120")
        assert 'capaian_cap = "100"' in finding.message

    def test_the_cap_applies_before_the_mean_and_the_label(self):
        """120 and 80 capped at 100: mean (100 + 80) / 2 = 90, Tinggi; uncapped 100, ST."""
        indicators = [
            _indicator("I1", "100", "120", None),
            _indicator("I2", "100", "80", None),
        ]
        capped = _report(_row(capaian="90", predikat="Tinggi"), indicators, 'capaian_cap = "100"')
        assert _verdicts(capped) == {
            "capaian": ("agrees", "90"),
            "predikat": ("agrees", "Tinggi"),
        }
        plain = _report(_row(capaian="90", predikat="Tinggi"), indicators)
        assert _verdicts(plain) == {
            "capaian": ("differs", "100"),
            "predikat": ("differs", "Sangat Tinggi"),
        }

    def test_an_indicator_cap_overrides(self):
        """cap = "110" on I1 over the report's 100: min(120, 110) = 110; (110 + 80) / 2 = 95."""
        indicators = [
            _indicator("I1", "100", "120", None).replace(
                'unit = "%"\n', 'unit = "%"\ncap = "110"\n'
            ),
            _indicator("I2", "100", "80", None),
        ]
        rep = _report(_row(jumlah="190", capaian="95"), indicators, 'capaian_cap = "100"')
        assert _verdicts(rep) == {"jumlah": ("agrees", "190"), "capaian": ("agrees", "95")}


class TestExamples:
    """The summary rows of the examples get a verdict each."""

    @pytest.mark.parametrize(
        ("name", "count"),
        [("gunung-kaler-2020.toml", 4), ("limapuluhkota-perpustakaan-2020.toml", 2)],
    )
    def test_every_summary_figure_has_a_verdict(self, name, count):
        """Each printed figure and label of the sasaran rows is decided, none not_checked."""
        book = check.ledger(report.load(EXAMPLES / name))
        rows = {
            (r.place, r.row, r.year) for s in report.load(EXAMPLES / name).sasaran for r in s.rows
        }
        decided = [v for v in book.verdicts if (v.where.place, v.where.row, v.where.year) in rows]
        assert len(decided) == count
        assert all(v.status.value in ("agrees", "differs") for v in decided)


# ---------------------------------------------------------------- invariants
pairs = st.lists(st.tuples(st.integers(1, 10_000), st.integers(0, 20_000)), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(pairs=pairs, order=st.randoms(use_true_random=False))
def test_sum_and_mean_of_the_indicators(pairs, order):
    """Jumlah = Σ capaian; min ≤ mean ≤ max; the same in any order of the indicators.

    Each capaian is realisasi / target × 100 (maximize), an exact fraction here.
    """
    indicators = [_indicator(f"I{n}", str(t), str(r), None) for n, (t, r) in enumerate(pairs)]
    shuffled = list(indicators)
    order.shuffle(shuffled)
    exact = [Fraction(r, t) * 100 for t, r in pairs]
    results = []
    for items in (indicators, shuffled):
        index = Index(_report("", items))
        ids = [indicator.id for indicator in index.report.indicators]
        found = capaian_sasaran(index, ids, 2024)
        assert found is not None
        jumlah, mean = found
        assert abs(Fraction(jumlah) - sum(exact)) < Fraction(1, 10**40)
        assert (
            min(exact) - Fraction(1, 10**40) <= Fraction(mean) <= max(exact) + Fraction(1, 10**40)
        )
        results.append(found)
    assert results[0] == results[1]


class TestCapaianSasaran:
    """capaian_sasaran refuses junk with an AkipError naming the argument."""

    def test_refusals(self):
        """No Index, ids that are not text, a year that is no integer, an unknown id."""
        index = Index(_report("", HALVES))
        with pytest.raises(InvalidValue, match="index"):
            capaian_sasaran(object(), ["I1"], 2024)
        with pytest.raises(InvalidValue, match="indicators"):
            capaian_sasaran(index, "I1", 2024)
        with pytest.raises(InvalidValue, match="year"):
            capaian_sasaran(index, ["I1"], True)
        with pytest.raises(UnknownId, match="NOPE"):
            capaian_sasaran(index, ["NOPE"], 2024)

    def test_nothing_to_summarise(self):
        """No indicator, or one whose capaian of the year is unknown (2023): None."""
        index = Index(_report("", HALVES))
        assert capaian_sasaran(index, [], 2024) is None
        assert capaian_sasaran(index, ["I1"], 2023) is None
        assert capaian_sasaran(index, ["I1"], 2024) == (Decimal("100.005"), Decimal("100.005"))
