"""Tests of akip.report: the Dumai 2024 example against the seed text, and loader errors."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from akip import report, terbilang
from akip.exceptions import AkipError, ReportError

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
DUMAI = EXAMPLES / "dumai-2024.toml"

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
