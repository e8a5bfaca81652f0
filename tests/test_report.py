"""Tests of akip.report: the Dumai 2024 example against the seed text, and loader errors."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TypeVar

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from akip import check, periode, report, terbilang
from akip.exceptions import AkipError, ReportError

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
DUMAI = EXAMPLES / "dumai-2024.toml"


T = TypeVar("T")


def _some(value: T | None) -> T:
    """*value*, which the test expects to be present."""
    assert value is not None
    return value


MINIMAL = """
schema_version = 1
[report]
agency = "Badan Contoh"
year = 2024
[[places]]
id = "T"
[[budget]]
id = "OPD"
level = "opd"
name = "Badan Contoh"
[[budget]]
id = "P1"
level = "program"
parent = "OPD"
name = "Program"
[[budget.rows]]
place = "T"
pagu = "1.000"
"""


@pytest.fixture(scope="module")
def dumai() -> report.Report:
    return report.load(DUMAI)


class TestDumaiExample:
    def test_iii11_program_row(self, dumai):
        """Tabel III.11, program 1: 4,700,384,252.00 / 4,153,740,542.00 / 88.37% (en_US)."""
        row = next(r for r in dumai.line("P1").rows if r.place == "Tabel III.11")
        assert row.pagu is not None
        assert row.realisasi is not None
        assert row.penyerapan is not None
        assert "4,700,384,252.00" == row.pagu.text
        assert Decimal("4700384252.00") == row.pagu.value
        assert Decimal("4153740542.00") == row.realisasi.value
        assert Decimal("88.37") == row.penyerapan.value
        assert 2 == row.penyerapan.decimals

    def test_iii11_dash_is_zero(self, dumai):
        """Tabel III.11 prints '- .00' for a realisasi of zero."""
        row = next(r for r in dumai.line("P2.K1.S3").rows if r.place == "Tabel III.11")
        assert row.realisasi is not None
        assert "- .00" == row.realisasi.text
        assert Decimal(0) == row.realisasi.value

    def test_iii11_subtotal_is_sum_of_children(self, dumai):
        """The seed's kegiatan 'Administrasi Umum' pagu 544,461,184.00 is the sum of its 6 subs."""

        def pagu(line_id: str) -> Decimal:
            row = next(r for r in dumai.line(line_id).rows if r.place == "Tabel III.11")
            assert row.pagu is not None
            value: Decimal = row.pagu.value
            return value

        children = dumai.children("P1.K2")
        assert 6 == len(children)
        assert Decimal("544461184.00") == pagu("P1.K2")
        assert pagu("P1.K2") == sum(pagu(c.id) for c in children)

    def test_tabel4_rows(self, dumai):
        """Tabel 4: 90% / 94% / 104% and 100% / 85% / 85%."""
        iku1 = next(r for r in dumai.indicator("IKU1").rows if r.place == "Tabel 4")
        iku2 = next(r for r in dumai.indicator("IKU2").rows if r.place == "Tabel 4")
        printed = [
            (f.text if f else None)
            for row in (iku1, iku2)
            for f in (row.target, row.realisasi, row.capaian)
        ]
        assert ["90%", "94%", "104%", "100%", "85%", "85%"] == printed

    def test_tabel5_prints_95(self, dumai):
        """Tabel 5 prints realisasi 95% for IKU1 (94% elsewhere)."""
        row = next(r for r in dumai.indicator("IKU1").rows if r.place == "Tabel 5")
        assert row.realisasi is not None
        assert Decimal(95) == row.realisasi.value

    def test_pagu_program4_differs(self, dumai):
        """Tabel 3 prints program 4 at 3.533.515.000; III.11 at 3,533,511,000.00."""
        pagu = {p.value.where.place: p.value.value for p in dumai.line("P4").pagu}
        assert Decimal(3533515000) == pagu["Tabel 3"]
        assert Decimal(3533511000) == pagu["Lampiran Perubahan PK 2024"]

    def test_opd_jumlah(self, dumai):
        """Tabel 3 JUMLAH 45.195.970.217; Tabel 2 JUMLAH 44.484.704.673."""
        pagu = {p.value.where.place: p.value.value for p in dumai.line("OPD").pagu}
        assert Decimal(45195970217) == pagu["Tabel 3"]
        assert Decimal(44484704673) == pagu["Tabel 2"]

    def test_words_slips_are_kept(self, dumai):
        """The printed words keep their slips: 'lima', 'tiga' and 'ribu' are missing."""
        amounts = {a.id: a for a in dumai.amounts}
        for id_ in ("A-RE-total", "A-RE-PK", "A-RE-modal", "A-B-pagu"):
            words = amounts[id_].words
            assert words is not None
            assert not terbilang.matches(words.text, amounts[id_].figure.value)
        operasi = amounts["A-RE-operasi"]
        assert operasi.words is not None
        assert terbilang.matches(operasi.words.text, operasi.figure.value)

    def test_efficiency_percent_sign(self, dumai):
        """§3.7 writes the ratio '1,18%' with a percent sign; Tabel 6 writes '1,18'."""
        rows = {e.id: e for e in dumai.efficiency}
        assert rows["E-37-a"].indeks is not None
        assert rows["E-T6-1"].indeks is not None
        assert rows["E-37-a"].indeks.percent_sign
        assert not rows["E-T6-1"].indeks.percent_sign
        assert Decimal("1.18") == rows["E-T6-1"].indeks.value

    def test_pengukuran_fisik(self, dumai):
        """Pengukuran table: kegiatan of program 2 prints 100 / 51 orang, 51.00."""
        row = next(r for r in dumai.line("P2.K1").rows if r.place == "Pengukuran Kinerja 2024")
        assert row.fisik_target is not None
        assert row.fisik_capaian is not None
        assert (Decimal(100), "orang", Decimal("51.00")) == (
            row.fisik_target.value,
            row.fisik_unit,
            row.fisik_capaian.value,
        )

    def test_renstra_statement(self, dumai):
        """Bab IV: 'tahun ke 3 (dua) ... 2022-2026'; the report's Renstra is 2021-2026."""
        statement = next(s for s in dumai.statements if s.kind == "renstra_year")
        assert statement.n is not None
        assert (Decimal(3), "dua", 2022, 2026) == (
            statement.n.value,
            statement.n_words,
            statement.period_start,
            statement.period_end,
        )
        assert (2021, 2026) == (dumai.renstra_start, dumai.renstra_end)

    def test_boxes_declare_their_lines(self, dumai):
        """The "kotak IKU" rows print the realisasi under 'Nilai Anggaran' (§3.1 of the seed)."""
        iku1 = dumai.indicator("IKU1")
        box = next(r for r in iku1.rows if r.place == "§3.1" and r.row == "kotak IKU1")
        assert box.nilai_anggaran is not None
        assert ("Rp. 35.920.783.504", "realisasi", ()) == (
            box.nilai_anggaran.text,
            box.nilai_anggaran_measure,
            box.programs,
        )
        assert ("P2", "P3", "P4", "P5") == iku1.programs

    def test_json_twin_is_equal(self, dumai):
        """examples/dumai-2024.json loads to the same Report as the TOML."""
        assert dumai == report.load(EXAMPLES / "dumai-2024.json")

    def test_where_names_the_row(self, dumai):
        """A figure's place names table, row and column."""
        row = next(r for r in dumai.line("P1.K3.S1").rows if r.place == "Tabel III.11")
        assert row.pagu is not None
        assert "Tabel III.11, row 'Pengadaan Mebel', column pagu" == str(row.pagu.where)

    def test_lookup_missing(self, dumai):
        """Unknown ids raise KeyError."""
        with pytest.raises(KeyError):
            dumai.line("nope")
        with pytest.raises(KeyError):
            dumai.indicator("nope")


class TestSchema:
    def test_published_schema_is_current(self):
        """The packaged schema file equals report.json_schema()."""
        text = resources.files("akip").joinpath("schema/report-1.schema.json").read_text("utf-8")
        assert report.json_schema() == json.loads(text)

    @pytest.mark.parametrize("name", ["dumai-2024.json"])
    def test_examples_validate(self, name):
        """The JSON example satisfies the JSON Schema (draft 2020-12)."""
        data = json.loads((EXAMPLES / name).read_text("utf-8"))
        jsonschema.Draft202012Validator(report.json_schema()).validate(data)

    def test_schema_rejects_unknown_key(self):
        """The schema, like the loader, refuses unknown keys."""
        data = json.loads((EXAMPLES / "dumai-2024.json").read_text("utf-8"))
        data["report"]["colour"] = "red"
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.Draft202012Validator(report.json_schema()).validate(data)

    def test_minimal_example_loads(self):
        """examples/minimal.toml (included in the docs) loads."""
        loaded = report.load(EXAMPLES / "minimal.toml")
        assert "Badan Contoh Kota Contoh" == loaded.agency
        assert 9 == len(list(loaded.figures()))


class TestLoaderErrors:
    def error(self, text: str) -> str:
        with pytest.raises(ReportError) as info:
            report.loads_toml(text)
        return str(info.value)

    def test_minimal_loads(self):
        """The base text of these tests is valid."""
        assert 2 == len(report.loads_toml(MINIMAL).budget)

    def test_unknown_key(self):
        """An unknown key is named with its path."""
        message = self.error(MINIMAL + 'colour = "red"\n')
        assert "budget[1].rows[0].colour: unknown key" == message

    def test_unknown_key_is_bounded(self):
        """A huge unknown key is quoted cut to 80 characters, not whole (issue 13)."""
        key = "k" * 10**6
        message = self.error(MINIMAL + f"{key} = 1\n")
        # 80 characters (reprlib): a quote and 37 k, three dots, 38 k and a quote.
        shown = "'" + "k" * 37 + "..." + "k" * 38 + "'"
        assert f"budget[1].rows[0].{shown}: unknown key" == message

    def test_unknown_top_level_key_is_bounded(self):
        """An unknown key at the top is bounded too."""
        key = "z" * 10**6
        message = self.error(f"{key} = 1\n" + MINIMAL)
        assert "'" + "z" * 37 + "..." + "z" * 38 + "': unknown key" == message

    def test_wrong_type(self):
        """A number where a printed string is expected is refused with its path."""
        message = self.error(MINIMAL + "realisasi = 5\n")
        assert "budget[1].rows[0].realisasi: must be a string, not integer" == message

    @pytest.mark.parametrize("blank", ["", "   "])
    def test_empty_text(self, blank):
        """An empty or blank name (or any text) is refused with its path."""
        message = self.error(MINIMAL.replace('name = "Program"', f'name = "{blank}"'))
        assert f"budget[1].name: must be non-empty text: {blank!r}" == message

    def test_wrong_int(self):
        """A string year is refused."""
        message = self.error(MINIMAL.replace("year = 2024", 'year = "2024"'))
        assert message.startswith("report.year: must be an integer")

    def test_bad_version(self):
        """Only schema version 1 is read."""
        message = self.error(MINIMAL.replace("schema_version = 1", "schema_version = 2"))
        assert message.startswith("schema_version: unknown schema version 2")

    def test_duplicate_id(self):
        """Ids are unique across the file."""
        message = self.error(MINIMAL.replace('id = "P1"', 'id = "OPD"'))
        assert message.startswith("budget[1].id: duplicate id 'OPD'")

    def test_missing_parent(self):
        """A parent id must exist."""
        message = self.error(MINIMAL.replace('parent = "OPD"', 'parent = "X"'))
        assert "budget[1].parent: unknown parent id 'X'" == message

    def test_no_parent_no_code(self):
        """A program without code needs a parent."""
        message = self.error(MINIMAL.replace('parent = "OPD"\n', ""))
        assert "budget[1].parent: required for a program without a code" == message

    def test_parent_level(self):
        """A kegiatan's parent must be a program."""
        message = self.error(MINIMAL.replace('level = "program"', 'level = "kegiatan"'))
        assert "budget[1].parent: a kegiatan must have a program parent, not opd" == message

    def test_bad_number(self):
        """'1.5' is not an id_ID number; the message names the field."""
        message = self.error(MINIMAL.replace('pagu = "1.000"', 'pagu = "1.5"'))
        assert message.startswith("'budget[1].rows[0].pagu' is not a number in id_ID format")

    def test_unknown_place(self):
        """Places must be declared."""
        message = self.error(MINIMAL.replace('place = "T"', 'place = "U"'))
        assert message.startswith("budget[1].rows[0].place: unknown place 'U'")

    def test_duplicate_place(self):
        """Place ids are unique."""
        message = self.error(MINIMAL.replace('id = "T"', 'id = "T"\n[[places]]\nid = "T"'))
        assert message.startswith("places[1].id: duplicate place id")

    def test_missing_required(self):
        """Required keys are named."""
        message = self.error(MINIMAL.replace('agency = "Badan Contoh"\n', ""))
        assert "report.agency: required key is missing" == message

    def test_bad_enum(self):
        """Enumerations list their choices."""
        message = self.error(MINIMAL.replace('level = "program"', 'level = "urusan"'))
        assert message.startswith("budget[1].level: must be one of opd, program")

    def test_bad_date(self):
        """Dates must be dates."""
        text = (
            MINIMAL
            + '[[budget.pagu]]\nplace = "T"\nversion = "murni"\nvalue = "1"\ndate = "soon"\n'
        )
        assert "budget[1].pagu[0].date: must be a date YYYY-MM-DD: 'soon'" == self.error(text)

    def test_not_a_table(self):
        """A scalar where a table is expected is refused."""
        with pytest.raises(ReportError) as info:
            report.loads_json(
                '{"schema_version": 1, "report": {"agency": "A", "year": 1}, "places": 3}'
            )
        assert "<json>: places: must be an array of tables, not integer" != str(info.value)
        assert "places: must be an array of tables, not integer" == str(info.value)

    def test_ids_must_be_strings(self):
        """Id lists hold strings."""
        text = MINIMAL + (
            '[[indicators]]\nid = "I"\nname = "n"\npolarity = "maximize"\nunit = "%"\n'
            "programs = [1]\n"
        )
        assert "indicators[0].programs[0]: must be a string, not integer" == self.error(text)

    def test_unknown_references(self):
        """References to indicators, lines and parts must exist."""
        base = MINIMAL + (
            '[[indicators]]\nid = "I"\nname = "n"\npolarity = "maximize"\nunit = "%"\n'
        )
        assert "indicators[0].line: unknown budget line id 'Q'" == self.error(
            base + 'line = "Q"\n'
        )
        eff = '[[efficiency]]\nid = "E"\nplace = "T"\nindicator = "Z"\n'
        assert "efficiency[0].indicator: unknown indicator id 'Z'" == self.error(base + eff)
        amount = '[[amounts]]\nid = "A"\nplace = "T"\nfigure = "1"\nparts = ["Q"]\n'
        assert "amounts[0].parts[0]: unknown amount or budget line id 'Q'" == self.error(
            base + amount
        )

    def test_row_programs(self):
        """An indicator row may name the budget lines of its boxes; they must exist."""
        base = MINIMAL + (
            '[[indicators]]\nid = "I"\nname = "n"\npolarity = "maximize"\nunit = "%"\n'
            '[[indicators.rows]]\nplace = "T"\nnilai_anggaran = "1.000"\n'
            'nilai_anggaran_measure = "pagu"\n'
        )
        row = report.loads_toml(base + 'programs = ["P1"]\n').indicators[0].rows[0]
        assert (("P1",), "pagu") == (row.programs, row.nilai_anggaran_measure)
        assert "indicators[0].rows[0].programs[0]: unknown budget line id 'Q'" == self.error(
            base + 'programs = ["Q"]\n'
        )
        assert self.error(base.replace('"pagu"', '"sisa"')).startswith(
            "indicators[0].rows[0].nilai_anggaran_measure: must be one of pagu, realisasi"
        )

    def test_change_years_in_order(self):
        """A change statement goes forward in time: to_year after from_year."""
        text = MINIMAL + (
            '[[statements]]\nid = "S"\nplace = "T"\nkind = "change"\ntext = "naik"\n'
            'line = "P1"\nmeasure = "penyerapan"\ndirection = "meningkat"\n'
            "from_year = 2024\nto_year = 2024\n"
        )
        assert "statements[0].to_year: must be after from_year (2024): 2024" == self.error(text)
        ok = text.replace("from_year = 2024", "from_year = 2023")
        assert (2023, 2024) == (
            report.loads_toml(ok).statements[0].from_year,
            report.loads_toml(ok).statements[0].to_year,
        )

    def test_statement_kind_needs(self):
        """A renstra_year statement needs its year, n and period."""
        text = MINIMAL + (
            '[[statements]]\nid = "S"\nplace = "T"\nkind = "renstra_year"\ntext = "tahun ke 3"\n'
        )
        assert "statements[0].year: required for kind 'renstra_year'" == self.error(text)

    def test_toml_syntax(self):
        """TOML syntax errors carry line and column."""
        message = self.error("schema_version = \n")
        assert message.startswith("<toml>: not valid TOML")
        assert "line 1" in message

    def test_json_errors(self):
        """JSON: syntax, duplicate keys and NaN are refused."""
        with pytest.raises(ReportError, match="not valid JSON"):
            report.loads_json("{")
        with pytest.raises(ReportError, match="duplicate key 'a'"):
            report.loads_json('{"a": 1, "a": 2}')
        with pytest.raises(ReportError, match="NaN is not allowed"):
            report.loads_json('{"a": NaN}')
        with pytest.raises(ReportError, match="must be a table"):
            report.loads_json("[]")

    def test_too_big(self, tmp_path, monkeypatch):
        """Text and files over MAX_BYTES are refused before parsing (a 1 KiB cap here)."""
        monkeypatch.setattr(report, "MAX_BYTES", 1024)
        with pytest.raises(ReportError, match="over the limit"):
            report.loads_toml("#" * 1025)
        big = tmp_path / "big.toml"
        big.write_text("#" * 1025)
        with pytest.raises(ReportError, match=r"big\.toml: file is"):
            report.load(big)

    @pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".pdf", ".txt", ".MD"])
    def test_a_table_file_is_sent_to_the_importer(self, tmp_path, suffix):
        """A table file given as a report names `akip import`, which reads it."""
        with pytest.raises(ReportError) as caught:
            report.load(tmp_path / f"tabel{suffix}")
        expected = (
            f"{tmp_path / f'tabel{suffix}'}: unknown report file type {suffix.lower()!r} (use "
            f".toml or .json; 'akip import' (akip.importer) turns the tables of a "
            f"{suffix.lower()} file into a draft report file)"
        )
        assert expected == str(caught.value)

    def test_another_suffix_gets_no_import_hint(self, tmp_path):
        """A suffix the importer does not read either gets no hint to import it."""
        with pytest.raises(ReportError) as caught:
            report.load(tmp_path / "r.yaml")
        assert str(caught.value).endswith("unknown report file type '.yaml' (use .toml or .json)")

    def test_load_errors(self, tmp_path):
        """load() names the file, refuses unknown suffixes and unreadable files."""
        with pytest.raises(ReportError, match="unknown report file type"):
            report.load(tmp_path / "r.yaml")
        with pytest.raises(ReportError, match="cannot read"):
            report.load(tmp_path / "missing.toml")
        bad = tmp_path / "bad.json"
        bad.write_text('{"schema_version": 1}')
        with pytest.raises(ReportError, match=r"bad\.json: report: required key is missing"):
            report.load(bad)

    def test_is_akip_error(self):
        """ReportError is an AkipError (and a ValueError)."""
        assert issubclass(ReportError, AkipError)
        assert issubclass(ReportError, ValueError)


HEAD = """
schema_version = 1
[report]
agency = "Badan Contoh"
year = 2024
"""

PLACE = """
[[places]]
id = "T"
"""

INDICATOR = """
[[indicators]]
id = "I1"
name = "Angka contoh"
polarity = "minimize"
unit = "%"
[[indicators.rows]]
place = "T"
"""


def _error(text: str) -> str:
    with pytest.raises(ReportError) as caught:
        report.loads_toml(text)
    return str(caught.value)


class TestNewKeys:
    """Keys added for the reports of other agencies (issue 11 §3): load and refuse."""

    def test_scales_bands_and_a_label_column(self):
        """A declared scale loads, classifies, and an indicator names it."""
        text = (
            HEAD
            + PLACE
            + """
[[scales]]
id = "own"
[[scales.bands]]
label = "Baik"
abbreviation = "B"
lower = "90"
[[scales.bands]]
label = "Kurang"
upper = "90"
"""
            + INDICATOR.replace('unit = "%"', 'unit = "%"\nscale = "own"')
            + 'predikat = "Baik (B)"\n'
        )
        rep = report.loads_toml(text)
        (scale,) = rep.scales
        assert scale.scale().classify(90).label == "Baik"
        assert scale.bands[0].abbreviation == "B"
        label = _some(rep.indicators[0].rows[0].predikat)
        assert (label.name, label.abbreviation, rep.indicators[0].scale) == ("Baik", "B", "own")

    def test_bundled_scale(self):
        """A bundled scale by name gives akip's table."""
        rep = report.loads_toml(HEAD + '[[scales]]\nid = "d"\nbundled = "lkip_dumai_2024"\n')
        assert rep.scales[0].scale().classify(85).label == "Sangat Berhasil"
        rep = report.loads_toml(HEAD + '[[scales]]\nid = "p"\nbundled = "permendagri86"\n')
        assert rep.scales[0].scale().classify(91).label == "Sangat Tinggi"

    @pytest.mark.parametrize(
        ("scale", "path"),
        [
            ('id = "s"\n', "scales[0]: give either"),
            ('id = "s"\nbundled = "x"\n', "scales[0].bundled"),
            ('id = "s"\n[[scales.bands]]\nlabel = "A"\nlower = "9"\nupper = "5"\n', "bands"),
            ('id = "s"\n[[scales.bands]]\nlabel = "A"\nlower_inclusive = "yes"\n', "inclusive"),
            ('id = "s"\n[[scales.bands]]\nlabel = "A"\nlower = "x"\n', "scales[0].bands[0]"),
        ],
    )
    def test_bad_scales(self, scale, path):
        """A scale with neither or both forms, empty bands, bad values is refused."""
        assert path in _error(HEAD + "[[scales]]\n" + scale)

    def test_duplicate_and_unknown_scale(self):
        """Scale ids are unique, and a label column names a declared one."""
        two = HEAD + '[[scales]]\nid = "s"\nbundled = "sampang_2019"\n' * 2
        assert "scales[1].id: duplicate" in _error(two)
        unknown = HEAD + PLACE + INDICATOR.replace('unit = "%"', 'unit = "%"\nscale = "no"')
        assert "indicators[0].scale: unknown scale" in _error(unknown)
        row = HEAD + PLACE + INDICATOR + 'scale = "no"\n'
        assert "indicators[0].rows[0].scale: unknown scale" in _error(row)

    def test_minimize_formula(self):
        """The report and an indicator declare their lower-is-better formula."""
        text = HEAD.replace("year = 2024", 'year = 2024\nminimize_formula = "t_over_r"')
        text += PLACE + INDICATOR.replace(
            'unit = "%"', 'unit = "%"\nminimize_formula = "2t_minus_r"'
        )
        rep = report.loads_toml(text)
        assert (rep.minimize_formula, rep.indicators[0].minimize_formula) == (
            "t_over_r",
            "2t_minus_r",
        )
        bad = HEAD.replace("year = 2024", 'year = 2024\nminimize_formula = "r_over_t"')
        assert "report.minimize_formula: must be one of" in _error(bad)

    def test_efficiency_rule_and_te(self):
        """The report's own rule as data; an efficiency row prints IE and TE."""
        text = (
            HEAD
            + '[report.efficiency_rule]\nefisien_if = "ge"\nupper_bound = "1,81"\n'
            + PLACE
            + INDICATOR
            + 'realisasi = "1"\n[[efficiency]]\nid = "E"\nplace = "T"\nindicator = "I1"\n'
            + 'indeks = "1,063"\nte = "0,063"\ncapaian_kinerja = "99,92"\npenyerapan = "94,00"\n'
        )
        rep = report.loads_toml(text)
        rule = _some(rep.efficiency_rule)
        assert rule.upper_bound == Decimal("1.81")
        assert rule.aturan().classify(Decimal("1.9")).label == "Tidak Efisien"
        assert _some(rep.efficiency[0].te).value == Decimal("0.063")
        own = report.loads_toml(text.replace('te = "0,063"', 'te = "0,063"\nstandard = "1,2"'))
        assert _some(own.efficiency[0].standard).value == Decimal("1.2")
        low = HEAD + '[report.efficiency_rule]\nstandard = "1"\nupper_bound = "0,5"\n'
        assert "report.efficiency_rule: 'upper_bound' must be >=" in _error(low)
        bad = HEAD + '[report.efficiency_rule]\nefisien_if = "ne"\n'
        assert "report.efficiency_rule.efisien_if" in _error(bad)

    @pytest.mark.parametrize(
        ("printed", "value", "upper", "unit"),
        [
            ("Rp 1.250.000.000,-", Decimal(1250000000), None, None),
            ("75 - 85%", Decimal(75), Decimal(85), "%"),
            ("6 – 8 bulan", Decimal(6), Decimal(8), "bulan"),
            ("6 bulan", Decimal(6), None, "bulan"),
            ("12 dokumen", Decimal(12), None, "dokumen"),
        ],
    )
    def test_printed_forms(self, printed, value, upper, unit):
        """Rupiah with ',-', ranges and units after the figure load with their parts."""
        rep = report.loads_toml(HEAD + PLACE + INDICATOR + f'target = "{printed}"\n')
        figure = _some(rep.indicators[0].rows[0].target)
        assert (figure.value, figure.upper, figure.unit, figure.text) == (
            value,
            upper,
            unit,
            printed,
        )
        assert figure.is_range is (upper is not None)

    @pytest.mark.parametrize(
        "printed",
        ["85 - 75%", "bulan 6", "6 - bulan", "Rp ,-", "1,5 miliar", "250 juta", "1,2,3 bulan"],
    )
    def test_bad_printed_forms(self, printed):
        """A reversed range or words without a number stay refused, naming the path."""
        message = _error(HEAD + PLACE + INDICATOR + f'target = "{printed}"\n')
        assert "indicators[0].rows[0].target" in message

    def test_label_without_abbreviation(self):
        """A plain label has no abbreviation; its name is its text."""
        rep = report.loads_toml(HEAD + PLACE + INDICATOR + 'predikat = "Sangat Tinggi"\n')
        label = _some(rep.indicators[0].rows[0].predikat)
        assert (label.name, label.abbreviation) == ("Sangat Tinggi", None)

    def test_number_style_per_column_and_per_cell(self):
        """Place columns, then the row, then the cell decide a figure's number style."""
        place = '[[places]]\nid = "T"\nlocales = { capaian = "en_US" }\n'
        text = HEAD + place + INDICATOR + 'target = "1.234"\ncapaian = "92.5"\n'
        text += 'realisasi = "1,500"\nlocales = { realisasi = "en_US" }\n'
        row = report.loads_toml(text).indicators[0].rows[0]
        assert (_some(row.target).value, _some(row.capaian).value, _some(row.realisasi).value) == (
            Decimal(1234),
            Decimal("92.5"),
            Decimal(1500),
        )
        bad = HEAD + '[[places]]\nid = "T"\nlocales = { capaian = "fr_FR" }\n'
        assert "places[0].locales.capaian: must be one of" in _error(bad)
        worse = HEAD + '[[places]]\nid = "T"\nlocales = "en_US"\n'
        assert "places[0].locales: must be a table" in _error(worse)

    def test_national_target_units_and_later_years(self):
        """target_nasional, unit (another unit's row) and target_year load."""
        text = HEAD + PLACE + INDICATOR
        text += 'target = "95"\ntarget_nasional = "95,00"\nunit = "BBPOM di Denpasar"\n'
        text += "target_year = 2026\n"
        row = report.loads_toml(text).indicators[0].rows[0]
        assert (_some(row.target_nasional).value, row.unit, row.target_year) == (
            Decimal(95),
            "BBPOM di Denpasar",
            2026,
        )
        early = HEAD + PLACE + INDICATOR + "target_year = 2020\n"
        assert "indicators[0].rows[0].target_year: must not be before" in _error(early)

    def test_pembilang_penyebut(self):
        """31 of 40 loads; a penyebut of 0 or a part alone is refused."""
        text = HEAD + PLACE + INDICATOR + 'pembilang = "31"\npenyebut = "40"\n'
        row = report.loads_toml(text).indicators[0].rows[0]
        parts = (_some(row.pembilang).value, _some(row.penyebut).value)
        assert parts == (Decimal(31), Decimal(40))
        zero = HEAD + PLACE + INDICATOR + 'pembilang = "31"\npenyebut = "0"\n'
        assert "indicators[0].rows[0].penyebut: must not be 0" in _error(zero)
        alone = HEAD + PLACE + INDICATOR + 'pembilang = "31"\n'
        assert "pembilang and penyebut go together" in _error(alone)

    def test_periodic_realisasi(self):
        """Month / triwulan columns load as figures with their own place."""
        text = HEAD + PLACE + INDICATOR + 'realisasi_periode = { "TW I" = "20", "TW II" = "25" }\n'
        row = report.loads_toml(text).indicators[0].rows[0]
        assert [(p, f.value) for p, f in row.realisasi_periode] == [
            ("TW I", Decimal(20)),
            ("TW II", Decimal(25)),
        ]
        assert row.realisasi_periode[0][1].where.column == "realisasi_periode[TW I]"
        bad = HEAD + PLACE + INDICATOR + 'realisasi_periode = { "TW I" = "x" }\n'
        assert "realisasi_periode.TW I" in _error(bad)
        empty = HEAD + PLACE + INDICATOR + 'realisasi_periode = { "TW I" = 5 }\n'
        assert "realisasi_periode.TW I: must be non-empty text" in _error(empty)

    def test_periodic_realisasi_consolidates_to_the_jumlah(self):
        """The periods of a row consolidate (akip.periode) to its printed Jumlah.

        Triwulan 12 + 15 + 20 + 33 = 80 for a summed indicator; its last value 33 for a
        'last' one. A Jumlah of 81 would be a slip the checker reports.
        """
        periods = '{ "TW I" = "12", "TW II" = "15", "TW III" = "20", "TW IV" = "33" }'
        text = HEAD + PLACE + INDICATOR + f'realisasi = "80"\nrealisasi_periode = {periods}\n'
        row = report.loads_toml(text).indicators[0].rows[0]
        values = [figure.value for _, figure in row.realisasi_periode]
        assert periode.consolidate(values, "sum") == _some(row.realisasi).value
        assert periode.consolidate(values, "last") == Decimal(33)

    def test_budget_periods_and_rencana(self):
        """A budget row prints a period, its monthly realisasi and the planned %."""
        text = MINIMAL + 'period = "s.d. TW II"\nrencana_penyerapan = "40,73"\n'
        text += 'realisasi_periode = { Januari = "100" }\n'
        row = report.loads_toml(text).line("P1").rows[0]
        assert (row.period, _some(row.rencana_penyerapan).value) == (
            "s.d. TW II",
            Decimal("40.73"),
        )
        assert row.realisasi_periode[0][1].value == 100

    def test_top_lines_and_budgets_per_indicator(self):
        """A table may start at a kegiatan (top) and be printed for one indicator."""
        text = (
            HEAD
            + PLACE
            + INDICATOR
            + '[[budget]]\nid = "K"\nlevel = "kegiatan"\nname = "K"\ntop = true\n'
            + 'indicator = "I1"\n'
            + '[[budget]]\nid = "S"\nlevel = "sub_kegiatan"\nname = "S"\nparent = "K"\n'
        )
        rep = report.loads_toml(text)
        assert (rep.line("K").top, rep.line("K").indicator) == (True, "I1")
        assert "budget[0].indicator: unknown indicator" in _error(
            text.replace('"I1"\n[[b', '"X"\n[[b')
        )
        assert "budget[0].top: must be true or false" in _error(text.replace("true", '"yes"'))
        program = '[[budget]]\nid = "P"\nlevel = "program"\nname = "P"\ntop = true\n'
        both = text.replace("top = true", 'top = true\nparent = "P"') + program
        assert "budget[0].top: a top line has no parent: 'P'" in _error(both)

    def test_lines_linked_by_code(self):
        """Code-linked lines get their parent from the code prefix, as if `parent` said so."""
        text = (
            HEAD
            + '[[budget]]\nid = "P"\nlevel = "program"\nname = "P"\ncode = "1.02.02"\n'
            + '[[budget]]\nid = "K"\nlevel = "kegiatan"\nname = "K"\ncode = "1.02.02.2.02"\n'
            + '[[budget]]\nid = "S"\nlevel = "sub_kegiatan"\nname = "S"\n'
            + 'code = "1.02.02.2.02.0001"\n'
        )
        rep = report.loads_toml(text)
        assert [(line.id, line.parent) for line in rep.budget] == [
            ("P", None),
            ("K", "P"),
            ("S", "K"),
        ]
        assert [line.id for line in rep.children("P")] == ["K"]

    def test_code_linked_subtotals_are_summed(self):
        """The blocker of issue 11: a wrong subtotal of code-linked lines is now found.

        Two sub kegiatan of 100 / 50 each sum to 200 / 100; the kegiatan prints 300 / 150.
        """
        rows = [
            ("K", "kegiatan", "1.02.02.2.02", "300", "150"),
            ("S1", "sub_kegiatan", "1.02.02.2.02.0001", "100", "50"),
            ("S2", "sub_kegiatan", "1.02.02.2.02.0002", "100", "50"),
        ]
        text = HEAD + PLACE
        for id_, level, code, pagu, real in rows:
            text += f'[[budget]]\nid = "{id_}"\nlevel = "{level}"\nname = "{id_}"\n'
            text += f'code = "{code}"\n[[budget.rows]]\nplace = "T"\n'
            text += f'pagu = "{pagu}"\nrealisasi = "{real}"\n'
        found = {(f.code, f.place, f.expected) for f in check.check(report.loads_toml(text))}
        assert found == {
            ("SUM_MISMATCH", "T, row 'K', column pagu", "200"),
            ("SUM_MISMATCH", "T, row 'K', column realisasi", "100"),
        }

    @pytest.mark.parametrize(
        ("lines", "message"),
        [
            ([("K", "kegiatan", "1.2.x")], "budget[0].code: malformed kode '1.2.x'"),
            ([("K", "kegiatan", "1.02.02")], "budget[0].code: a program code"),
            ([("O", "opd", "1.02")], "budget[0].code: a bidang urusan code"),
            (
                [("K", "kegiatan", "1.02.02.2.02"), ("L", "kegiatan", "1.02.02.2.02")],
                "budget[1].code: duplicate code '1.02.02.2.02' (first used at budget[0])",
            ),
        ],
    )
    def test_bad_codes(self, lines, message):
        """Malformed, wrong-level and duplicate codes are load errors naming the path."""
        text = HEAD + "".join(
            f'[[budget]]\nid = "{id_}"\nlevel = "{level}"\nname = "{id_}"\ncode = "{code}"\n'
            for id_, level, code in lines
        )
        assert message in _error(text)

    def test_legacy_codes_link_too(self):
        """A Permendagri 90/2019 sub kegiatan code (2 digits) links to its kegiatan."""
        text = (
            HEAD
            + '[[budget]]\nid = "K"\nlevel = "kegiatan"\nname = "K"\ncode = "1.02.02.2.02"\n'
            + '[[budget]]\nid = "S"\nlevel = "sub_kegiatan"\nname = "S"\n'
            + 'code = "1.02.02.2.02.01"\n'
        )
        assert report.loads_toml(text).line("S").parent == "K"

    def test_parent_contradicting_the_code(self):
        """A parent other than the code's prefix line is refused."""
        text = (
            HEAD
            + '[[budget]]\nid = "P"\nlevel = "program"\nname = "P"\ncode = "1.02.02"\n'
            + '[[budget]]\nid = "Q"\nlevel = "program"\nname = "Q"\ncode = "1.02.03"\n'
            + '[[budget]]\nid = "K"\nlevel = "kegiatan"\nname = "K"\ncode = "1.02.02.2.02"\n'
            + 'parent = "Q"\n'
        )
        assert "budget[2].parent: 'Q' contradicts the code" in _error(text)

    def test_schema_accepts_the_new_examples(self):
        """The published schema validates the four new example files."""
        validator = jsonschema.Draft202012Validator(report.json_schema())
        names = (
            "sumut-setda-2021",
            "manggarai-timur-2019",
            "bbpom-yogyakarta-2020",
            "bpom-prkom-2021",
            "pppomn-2021-tw2",
        )
        for name in names:
            with (EXAMPLES / f"{name}.toml").open("rb") as stream:
                validator.validate(_toml_json(stream.read()))

    def test_reference_documents_every_new_key(self):
        """The generated reference lists the new keys with their meaning."""
        text = report.markdown_reference()
        for key in ("`minimize_formula`", "`scales`", "`pembilang`", "`te`", "`locales`"):
            assert key in text
        assert "### `[[scales.bands]]`" in text


def _toml_json(raw: bytes) -> object:
    """TOML to the JSON data model (dates as text), as the JSON loader sees it."""
    import datetime as dt  # noqa: PLC0415 - only here
    import tomllib  # noqa: PLC0415 - only here

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return plain(tomllib.loads(raw.decode()))


class TestPrintedFormProperties:
    """Invariants of the printed forms the loader reads (issue 11 §3)."""

    @given(st.integers(0, 10**15))
    def test_rupiah_with_nil_decimals(self, amount):
        """'Rp <amount in id_ID>,-' loads as exactly that amount."""
        printed = f"Rp {amount:,}".replace(",", ".") + ",-"
        rep = report.loads_toml(HEAD + PLACE + INDICATOR + f'target = "{printed}"\n')
        figure = _some(rep.indicators[0].rows[0].target)
        assert (figure.value, figure.upper) == (Decimal(amount), None)

    @given(st.integers(0, 10**6), st.integers(0, 10**6), st.sampled_from(["-", "–", "—"]))
    def test_ranges(self, low, width, dash):
        """'<a> - <b>%' with a ≤ b loads as the range a to b."""
        printed = f"{low} {dash} {low + width}%"
        rep = report.loads_toml(HEAD + PLACE + INDICATOR + f'target = "{printed}"\n')
        figure = _some(rep.indicators[0].rows[0].target)
        assert (figure.value, figure.upper) == (Decimal(low), Decimal(low + width))
