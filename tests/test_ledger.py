"""Tests of akip.check.ledger: a verdict for every printed figure of the Dumai LKIP 2024.

Expected values are hand computations from the seed report (`examples/dumai-2024.toml`
transcribes it as printed), written in each test.
"""

from __future__ import annotations

import json
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip import check, report
from akip.check import Severity, Status, keys, text
from akip.exceptions import InvalidValue

if TYPE_CHECKING:
    import random

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


class TestDumaiLedger:
    def test_every_figure_has_one_verdict(self, book):
        """Each Figure and Label of the file gets exactly one verdict."""
        loaded = report.load(EXAMPLE)
        figures = list(loaded.figures())
        labels = [
            label
            for indicator in loaded.indicators
            for row in indicator.rows
            for label in (row.predikat, row.atribut)
            if label is not None
        ]
        labels += [row.kategori for row in loaded.efficiency if row.kategori is not None]
        labels += [a.words for a in loaded.amounts if a.words is not None]
        labels += [s.predikat for s in loaded.evaluasi if s.predikat is not None]
        assert len(figures) + len(labels) == len(book.verdicts)
        coverage = book.coverage()
        assert coverage.printed == (
            coverage.agrees + coverage.differs + coverage.not_computable + coverage.not_checked
        )

    def test_at_least_95_percent_checked(self, book):
        """≥ 95 % of the printed figures are checked; each of the rest says why."""
        coverage = book.coverage()
        assert coverage.checked * 100 >= coverage.printed * 95
        rest = [
            v
            for v in book.verdicts
            if v.status is not Status.AGREES and v.status is not Status.DIFFERS
        ]
        assert all(v.reason for v in rest)

    def test_tabel_5_capaian_agrees(self, book):
        """Tabel 5, IKU1: realisasi 95 % is the slip; capaian 104 % = 94 / 90 = 104,44 → 104."""
        assert Decimal(104) == (Decimal(94) * 100 / Decimal(90)).quantize(Decimal(1))
        assert {"target": "agrees", "realisasi": "differs", "capaian": "agrees"} == verdicts_at(
            book, "Tabel 5", "Sasaran"
        )

    def test_section_3_2_capaian_2023_agrees(self, book):
        """§3.2 2.b, 2023: realisasi 95 % (90 % in III.3, III.4) is the slip; 90 / 90 = 100 %."""
        at = {
            v.where.column: (v.status.value, v.expected)
            for v in book.verdicts
            if v.where.place == "§3.2" and v.where.row == "2.b" and v.where.year == 2023
        }
        assert ("differs", "90%") == at["realisasi"]
        assert ("agrees", "100%") == at["capaian"]

    def test_root_causes(self, book):
        """Copies of one slip fold under it: 79,61 is printed in four places, one root.

        The root is the table (Tabel 6), not the executive summary that copies it.

        (70,48 + 95,15 + 68,00 + 84,80) / 4 = 79,6075 → 79,61; the ratio of sums is
        35.920.783.504 / 39.182.547.765 = 91,68 %.
        """
        assert Decimal("79.61") == (
            (Decimal("70.48") + Decimal("95.15") + Decimal("68.00") + Decimal("84.80")) / 4
        ).quantize(Decimal("0.01"))
        (root,) = [f for f in book.findings if f.code == "MEAN_OF_RATIOS"]
        copies = sorted(
            (c.where.place for c in root.consequences if c.code == "MEAN_OF_RATIOS" and c.where),
        )
        assert ["Ringkasan Eksekutif", "Tabel III.8", "§3.7"] == copies
        assert root.where is not None
        assert "Tabel 6" == root.where.place  # the narrative copies the table
        counts = book.summary()
        assert counts["root_causes"] == len(book.findings) < counts["findings"]

    def test_index_is_a_consequence_of_its_penyerapan(self, book):
        """Tabel 6's indeks 1,19 = 85 / 71,09 follows from the wrong 71,09 (71,03 is right)."""
        (root,) = [f for f in book.findings if f.code == "PCT_MISMATCH"]
        assert ("71,09", "71,03") == (root.printed, root.expected)
        indices = [c for c in root.consequences if c.code == "RATIO_MISMATCH"]
        assert {"Tabel 6", "Ringkasan Eksekutif", "§3.7"} == {
            c.where.place for c in indices if c.where
        }

    def test_guide_slips_are_flagged(self, book):
        """Every slip the guide lists is a finding (a root or a consequence)."""
        every = {(f.code, f.printed) for f in book.all_findings()}
        expected = {
            ("MEAN_OF_RATIOS", "79,61"),
            ("RATIO_MISMATCH", "1,18"),
            ("RATIO_MISMATCH", "1,19"),
            ("PCT_MISMATCH", "71,09"),
            ("PLAUSIBILITY", "1,18%"),
            ("CAPAIAN_MISMATCH", "94%"),
            ("CROSS_TABLE_CONFLICT", "95%"),
            ("PREDIKAT_MISMATCH", "sangat tinggi"),
            ("PREDIKAT_MISMATCH", "Sangat Berhasil"),
            ("CROSS_TABLE_CONFLICT", "Rp. 3.533.515.000"),
            ("MIXED_UNITS", "100 / 51 orang"),
            ("PLAUSIBILITY", "100.00"),
            ("CAPAIAN_MISMATCH", "96"),
            ("RENSTRA_YEAR", "3"),
            ("TERBILANG_MISMATCH", "3 (dua)"),
            ("STATEMENT_MISMATCH", "sama"),
            ("STATEMENT_MISMATCH", "100%"),
            ("STATEMENT_MISMATCH", "menurun"),
            ("STATEMENT_MISMATCH", "5,93%"),
        }
        assert set() == expected - every
        words = [f for f in book.all_findings() if f.code == "TERBILANG_MISMATCH"]
        assert 6 == len(words)  # Ringkasan ×3, §2.4, §B, and Bab IV's "3 (dua)"

    def test_coverage_by_place(self, book):
        """Tabel III.11 prints 141 figures, all of them right."""
        (iii_11,) = [c for c in book.coverage_by_place() if c.place == "Tabel III.11"]
        assert (141, 141, 0) == (iii_11.printed, iii_11.agrees, iii_11.differs)
        assert sum(c.printed for c in book.coverage_by_place()) == book.coverage().printed

    def test_findings_at_a_figure_have_a_where(self, book):
        """A finding at one printed figure says where it is, structured."""
        for finding in book.all_findings():
            if finding.place.startswith("Tabel"):
                assert finding.where is not None
                assert finding.place.startswith(finding.where.place)

    def test_display(self, book):
        """The ledger has a Jupyter display and a JSON form."""
        html = book._repr_html_()
        assert "akip-ledger" in html
        assert "Tabel III.11" in html
        json.dumps([v.as_dict() for v in book.verdicts])


def _mutated(old: str, new: str, count: int = 1) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, count)


class TestCrossChecks:
    def test_realisasi_across_tables(self):
        """Tabel 5 printing 32.251.179.390 for 32.252.179.390 (six other places) is the slip.

        The penyerapan 95,15 % agrees either way: 32.252.179.390 / 33.894.866.910 = 95,153 %.
        """
        text = _mutated('realisasi = "32.252.179.390"', 'realisasi = "32.251.179.390"')
        found = check.ledger(report.loads_toml(text))
        (finding,) = [
            f
            for f in found.all_findings()
            if f.code == "CROSS_TABLE_CONFLICT" and f.printed == "32.251.179.390"
        ]
        assert "32.252.179.390" == finding.expected
        assert Severity.ERROR is finding.severity
        assert finding.where is not None
        assert "Tabel 5" == finding.where.place

    def test_murni_pagu_across_tables(self):
        """A murni pagu printed differently in one of the places printing it is a finding."""
        loaded = report.load(EXAMPLE)
        murni = [
            (line, p)
            for line in loaded.budget
            for p in line.pagu
            if p.version == "murni"
            and sum(q.version == "murni" for q in line.pagu) >= 3
            and any(q.version == "perubahan" for q in line.pagu)
        ]
        line, pagu = murni[0]
        others = {q.value.value for q in line.pagu if q.version == "murni" and q is not pagu}
        assert {pagu.value.value} == others  # the file's murni pagu agree
        text = EXAMPLE.read_text(encoding="utf-8")
        printed = f'value = "{pagu.value.text}"'
        at = text.index(f'place = "{pagu.value.where.place}"', text.index(f'id = "{line.id}"'))
        start = text.index(printed, at)
        slipped = text[:start] + 'value = "Rp. 1"' + text[start + len(printed) :]
        found = check.ledger(report.loads_toml(slipped))
        (finding,) = [f for f in found.all_findings() if f.printed == "Rp. 1"]
        assert "CROSS_TABLE_CONFLICT" == finding.code
        assert finding.where is not None
        assert pagu.value.where.place == finding.where.place

    def test_superseded_targets(self):
        """The Pengukuran table measures Paskibraka 35 of 84 and Karakter Keluarga 29 of 120.

        Lampiran PK (February) says 84 orang and 120 keluarga; the Lampiran Perubahan PK
        (23 September) says 35 and 29. Against the perubahan the capaian fisik is
        35 / 35 = 100 % and 29 / 29 = 100 %, not the printed 41,67 % and 24,17 %.
        """
        assert Decimal("41.67") == (Decimal(35) * 100 / 84).quantize(Decimal("0.01"))
        assert Decimal("24.17") == (Decimal(29) * 100 / 120).quantize(Decimal("0.01"))
        found = check.ledger(report.load(EXAMPLE))
        superseded = {
            f.printed: (f.expected, sorted(c.printed or "" for c in f.consequences))
            for f in found.findings
            if f.code == "SUPERSEDED_TARGET"
        }
        assert {"84": ("35", ["41.67"]), "120": ("29", ["24.17"])} == superseded


def _dumai_data() -> Any:
    return tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))


class TestOrderIndependence:
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.randoms(use_true_random=False))
    def test_shuffled_file_same_ledger(self, rng):
        """Shuffling every array of the Dumai file changes neither verdicts nor findings."""
        data = _dumai_data()
        base = check.ledger(_load_data(data))
        shuffled = check.ledger(_load_data(_shuffled(data, rng)))
        assert _canonical(base) == _canonical(shuffled)

    def test_iku1_tabel_5_first(self):
        """Moving IKU1's Tabel 5 row first changes nothing (it changed Tabel 6's checks)."""
        data = _dumai_data()
        rows = data["indicators"][2]["rows"]
        (tabel_5,) = [r for r in rows if r["place"] == "Tabel 5" and r.get("row") == "Sasaran"]
        moved = [tabel_5, *[r for r in rows if r is not tabel_5]]
        base = check.ledger(_load_data(data))
        data["indicators"][2]["rows"] = moved
        assert _canonical(base) == _canonical(check.ledger(_load_data(data)))


class TestScale:
    def test_many_lines(self):
        """An opd of 20 programs × 20 kegiatan × 10 sub kegiatan, every level printed.

        Each sub kegiatan has pagu 10 and realisasi 9, so a kegiatan prints 100 / 90, a
        program 2.000 / 1.800 and the opd 40.000 / 36.000: every figure agrees. One sub
        kegiatan realisasi printed 8 makes its kegiatan's 90 differ from the sum 89: one
        finding (the program and the opd add the kegiatan as printed, and agree).
        """
        parts = [HEAD, _line("OPD", None, "40000", "36000", level="opd")]
        for p in range(20):
            parts.append(_line(f"P{p}", "OPD", "2000", "1800", level="program"))
            for k in range(20):
                parts.append(_line(f"P{p}.K{k}", f"P{p}", "100", "90", level="kegiatan"))
                parts += [
                    _line(f"P{p}.K{k}.S{s}", f"P{p}.K{k}", "10", "9", level="sub_kegiatan")
                    for s in range(10)
                ]
        text = "".join(parts)
        book = check.ledger(report.loads_toml(text))
        assert 2 * (1 + 20 + 400 + 4000) == book.coverage().agrees
        assert () == book.findings
        slipped = text.replace(
            'row = "P0.K0.S0"\npagu = "10"\nrealisasi = "9"',
            'row = "P0.K0.S0"\npagu = "10"\nrealisasi = "8"',
        )
        (root,) = check.ledger(report.loads_toml(slipped)).findings
        assert ("SUM_MISMATCH", "90", "89") == (root.code, root.printed, root.expected)


HEAD = """
schema_version = 1
[report]
agency = "Badan Uji"
year = 2024
[[places]]
id = "T"
"""


def _line(id_: str, parent: str | None, pagu: str, realisasi: str, *, level: str) -> str:
    text = f'[[budget]]\nid = "{id_}"\nname = "{id_}"\nlevel = "{level}"\n'
    if parent is not None:
        text += f'parent = "{parent}"\n'
    return text + (
        f'[[budget.rows]]\nplace = "T"\nrow = "{id_}"\npagu = "{pagu}"\n'
        f'realisasi = "{realisasi}"\n'
    )


def _figure_keys(kind: type, prefix: str = "") -> set[str]:
    """Every report-format key of a printed Figure or Label, from the model's own classes."""
    keys: set[str] = set()
    for field in attrs.fields(kind):
        annotation = str(field.type)
        key = f"{prefix}.{field.name}" if prefix else field.name
        nested = re.findall(r"tuple\[(\w+), \.\.\.\]", annotation)
        if nested and attrs.has(getattr(report, nested[0], None) or object):
            keys |= _figure_keys(getattr(report, nested[0]), key)
        elif "Figure" in annotation or "Label" in annotation:
            keys.add(key)
    return keys


class TestKeys:
    def test_every_figure_key_is_documented(self):
        """Each key of the report format holding a printed figure is in the keys table."""
        expected = _figure_keys(report.Report)
        assert "indicators.rows.capaian" in expected
        assert "budget.pagu.value" in expected
        assert set() == expected - set(keys.KEYS)

    def test_dumai_keys(self, book):
        """The ledger names the key of each verdict; every one is in the table."""
        assert {v.key for v in book.verdicts} <= set(keys.KEYS)

    def test_table(self):
        """The generated table has one row per key, checked by a module or never checked."""
        table = keys.checked_keys().splitlines()
        assert len(keys.KEYS) + 2 == len(table)
        assert "| `indicators.rows.realisasi_nasional` | never checked |" in "\n".join(table)
        assert "`akip.check.capaian`" in table[2]

    def test_reasons(self):
        """An unknown key, a never-checked key and a checked key each give their reason."""
        assert "no rule reads x.y" == keys.reason("x.y")
        assert keys.reason("indicators.rows.realisasi_nasional").startswith("never checked")
        assert keys.reason("budget.rows.sisa").startswith("an input of the rule")


class TestText:
    def test_verbose_lists_every_verdict(self, book):
        """--verbose adds one line per printed figure, with its verdict."""
        loaded = report.load(EXAMPLE)
        plain = text.render_text(book, loaded)
        verbose = text.render_text(book, loaded, verbose=True)
        extra = verbose.removeprefix(plain).splitlines()
        assert ["", "", "Verdicts:"] == extra[:3]  # the end of the last line, a blank line
        assert len(book.verdicts) == len(extra) - 3
        at = "Tabel 5, row 'Sasaran', year 2024, column realisasi | 95% |"
        (line,) = [x for x in extra if at in x]
        assert line.endswith("| 95% | differs CROSS_TABLE_CONFLICT | expected 94%")

    def test_consequences_are_indented(self, book):
        """A root finding lists its consequences under it, indented."""
        out = text.render_text(book, report.load(EXAMPLE))
        assert "  consequences (" in out
        assert "\n    [ERROR] MEAN_OF_RATIOS — Ringkasan Eksekutif" in out

    def test_json(self, book):
        """The JSON object has the report, the coverage (per place too) and every verdict."""
        data = text.as_json(book, report.load(EXAMPLE))
        assert "Badan Kesatuan Bangsa dan Politik Kota Dumai" == data["report"]["agency"]  # type: ignore[index]
        coverage = data["coverage"]
        assert isinstance(coverage, dict)
        assert book.coverage().printed == coverage["printed"]
        assert {"findings", "root_causes"} <= set(coverage["summary"])
        json.dumps(data, ensure_ascii=False)


class TestSummary:
    def test_counts_consequences(self, book):
        """check.summary counts every finding under the roots, and the roots."""
        counts = check.summary(book.findings)
        assert counts == book.summary()
        assert sum(counts[s] for s in ("error", "warning", "info")) == counts["findings"]
        assert len(book.findings) == counts["root_causes"]

    def test_refuses_junk(self):
        """summary names the argument it refuses."""
        with pytest.raises(InvalidValue, match="findings"):
            check.summary([object()])  # type: ignore[list-item]


class TestStatementCauses:
    def test_year_n_follows_the_period(self, book):
        """Bab IV: "tahun ke 3 … 2022-2026"; 2024 is year 3 of 2022–2026, year 4 of 2021–2026.

        The 3 follows from the wrong period; the words "dua" for 3 are a slip of their own.
        """
        assert 3 == 2024 - 2022 + 1
        assert 4 == 2024 - 2021 + 1
        (period,) = [f for f in book.findings if f.printed == "2022-2026"]
        assert [("RENSTRA_YEAR", "3", "4")] == [
            (c.code, c.printed, c.expected) for c in period.consequences
        ]
        assert [f for f in book.findings if f.printed == "3 (dua)"]

    def test_direction_follows_the_printed_value(self, book):
        """§3.1 row 1 says the capaian stayed at 100 %: the 100 % is the slip (104,44 %)."""
        (value,) = [
            f for f in book.findings if f.code == "STATEMENT_MISMATCH" and f.printed == "100%"
        ]
        assert [("sama", "meningkat")] == [(c.printed, c.expected) for c in value.consequences]


class TestCallerContext:
    def test_low_precision_context(self, book):
        """A caller's decimal context of 3 digits and ROUND_FLOOR changes nothing."""
        import decimal  # noqa: PLC0415 - only this test changes the context

        loaded = report.load(EXAMPLE)
        with decimal.localcontext() as ctx:
            ctx.prec = 3
            ctx.rounding = decimal.ROUND_FLOOR
            again = check.ledger(loaded)
        assert _canonical(book) == _canonical(again)


class TestPlanningTargets:
    def test_pk_target_across_tables(self):
        """IKU1's PK murni 2024 is 90 in Tabel II.4 and the Lampiran PK: Tabel 1's 95 slipped."""
        text = _mutated(
            'place = "Tabel 1"\nrow = "1."\nyear = 2024\nversion = "murni"\nvalue = "90 %"',
            'place = "Tabel 1"\nrow = "1."\nyear = 2024\nversion = "murni"\nvalue = "95 %"',
        )
        found = check.ledger(report.loads_toml(text))
        (finding,) = [f for f in found.all_findings() if f.printed == "95 %"]
        assert ("CROSS_TABLE_CONFLICT", "90%") == (finding.code, finding.expected)
        assert "2 of 3 places" in finding.message

    def test_targets_agree(self, book):
        """Every planning target of the Dumai file agrees, but for those nothing else states.

        The Renstra's 2025 and 2026 targets (the matrix alone prints them) and the two
        output targets the perubahan revised (120 → 29, 84 → 35): a revision is allowed,
        and no other place prints either version.
        """
        targets = [v for v in book.verdicts if v.key == "indicators.targets.value"]
        revised = {
            ("Lampiran PK 2024", "120"),
            ("Lampiran PK 2024", "84"),
            ("Lampiran Perubahan PK 2024", "29"),
            ("Lampiran Perubahan PK 2024", "35"),
        }
        pk = [
            v
            for v in targets
            if v.where.year == 2024 and (v.where.place, v.printed) not in revised
        ]
        assert {"agrees"} == {v.status.value for v in pk}
        unchecked = sorted(
            (v.where.year or 0, v.printed) for v in targets if v.status is Status.NOT_CHECKED
        )
        expected = [(2024, "120"), (2024, "29"), (2024, "35"), (2024, "84")]
        assert [*expected, (2025, "90%"), (2026, "90%")] == unchecked


def _verdict(book: check.Ledger, column: str) -> check.Verdict:
    (verdict,) = [v for v in book.verdicts if v.where.column == column]
    return verdict


class TestOutputTargets:
    @pytest.mark.parametrize(
        ("murni", "perubahan", "status", "capaian"),
        [
            # No perubahan changes the target: 35 / 84 = 41,67 % agrees.
            ("84", "84", "agrees", "agrees"),
            # The target matches neither PK: a conflict, and 41,67 % is off too.
            ("50", "40", "differs", "differs"),
        ],
    )
    def test_target_fisik_against_the_pk(self, murni, perubahan, status, capaian):
        """A sub kegiatan's target fisik is its output indicator's latest PK target."""
        text = EXAMPLE.read_text(encoding="utf-8")
        text = text.replace('value = "84"', f'value = "{murni}"').replace(
            'value = "35"', f'value = "{perubahan}"'
        )
        found = check.ledger(report.loads_toml(text))
        at = {
            v.where.column: v.status.value
            for v in found.verdicts
            if v.where.place == "Pengukuran Kinerja 2024" and v.where.row == "4"
        }
        assert (status, capaian) == (at["fisik_target"], at["fisik_capaian"])


class TestUndecided:
    def test_zero_pagu_and_missing_inputs(self):
        """A pagu of 0, a sisa without realisasi, a target fisik of 0, a kemajuan alone."""
        budget = (
            '[[budget]]\nid = "P"\nname = "P"\nlevel = "opd"\n'
            '[[budget.rows]]\nplace = "T"\npagu = "0"\nrealisasi = "0"\npenyerapan = "0%"\n'
            'fisik_target = "0"\nfisik_realisasi = "0"\nfisik_unit = "orang"\n'
            'fisik_capaian = "0"\n'
            '[[budget]]\nid = "Q"\nname = "Q"\nlevel = "opd"\n'
            '[[budget.rows]]\nplace = "T"\npagu = "10"\nsisa = "10"\n'
        )
        indicator = (
            '[[indicators]]\nid = "I"\nname = "I"\npolarity = "maximize"\nunit = "%"\n'
            '[[indicators.rows]]\nplace = "T"\nkemajuan = "50%"\n'
        )
        book = check.ledger(report.loads_toml(HEAD + budget + indicator))
        reasons = {
            v.where.column: v.reason for v in book.verdicts if v.status is Status.NOT_CHECKED
        }
        assert "a pagu of 0 has no penyerapan" == reasons["penyerapan"]
        assert "the row prints no pagu and realisasi" == reasons["sisa"]
        assert "a target fisik of 0 has no capaian" == reasons["fisik_capaian"]
        assert "the row prints no target akhir Renstra or realisasi" == reasons["kemajuan"]
        assert () == book.findings
