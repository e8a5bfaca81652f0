"""A seeded, valid report file of any size, in the shape of the Dumai LKIP 2024 example.

``python bench/generate.py --lines 10000 --indicators 1000 -o big.toml`` writes a report in
the documented format (schema version 1): a tujuan and its sasaran, indicators with their
targets and the rows they are printed in (Tabel 4, Tabel III.3, §3.1, last year's row),
budget lines (the OPD, programs, kegiatan, sub kegiatan, linked by ``parent`` and carrying
their 050-5889 codes) each printed in Tabel III.11, the programs' pagu murni and perubahan,
efficiency rows, amounts made of parts and change statements. Figures are consistent (a
parent's pagu is the sum of its children's, a capaian is what its target and realisasi
give) except for a few seeded slips, about one figure in a hundred, so that a check has
findings to report, as it has on a real report.

The file is for the benchmark (`bench/run.py`): the sizes are the counts of budget lines
and indicators, and the same seed gives the same file.
"""

from __future__ import annotations

import argparse
import json
import random
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import Any

SEED = 20240601
YEAR = 2024
KEGIATAN_PER_PROGRAM = 4
SUB_PER_KEGIATAN = 11
SLIP_RATE = 0.01  # share of printed figures changed by a seeded slip

# Permendagri 86/2017 (lower-bound rule) and the Dumai atribut scale, lowest first.
_PREDIKAT = ((51, "Sangat Rendah"), (66, "Rendah"), (76, "Sedang"), (91, "Tinggi"))
_ATRIBUT_TOP = "Sangat Berhasil"


def _en(amount: Decimal) -> str:
    """Rupiah as Tabel III.11 prints them (en_US): ``4,700,384,252.00``."""
    return f"{amount:,.2f}"


def _rp(amount: Decimal) -> str:
    """Rupiah as Tabel 2 and Tabel 3 print them (id_ID): ``Rp. 4.557.968.228``."""
    return "Rp. " + f"{amount:,.0f}".replace(",", ".")


def _pct(value: Decimal, places: int = 2) -> str:
    """A percentage rounded HALF_UP, in id_ID style: ``88,37%``."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{rounded}".replace(".", ",") + "%"


def _predikat(capaian: Decimal) -> str:
    label = "Sangat Tinggi"
    for edge, below in reversed(_PREDIKAT):
        if capaian < edge:
            label = below
    return label


class _Writer:
    """The report as a nested structure of dicts and lists (TOML and JSON are written from it)."""

    def __init__(self, lines: int, indicators: int, seed: int) -> None:
        if lines < 4 or indicators < 1:  # an OPD, a program, a kegiatan, a sub kegiatan
            msg = f"a report needs at least 4 budget lines and 1 indicator: {lines}, {indicators}"
            raise ValueError(msg)
        self.rng = random.Random(seed)
        self.lines = lines
        self.indicators = indicators
        self.data: dict[str, Any] = {"schema_version": 1}
        self.slips = 0

    def slip(self, text: str) -> str:
        """Now and then a printing slip: one digit of *text* changed."""
        if self.rng.random() >= SLIP_RATE:
            return text
        digits = [i for i, c in enumerate(text) if c.isdigit() and c != "0"]
        if not digits:
            return text
        self.slips += 1
        i = self.rng.choice(digits)
        return text[:i] + str(int(text[i]) % 9 + 1) + text[i + 1 :]  # 1→2, …, 8→9, 9→1

    def build(self) -> dict[str, Any]:
        """The whole report."""
        self.data["report"] = {
            "agency": "Badan Contoh Kota Sintetis",
            "government": "Pemerintah Kota Sintetis",
            "title": f"Laporan Kinerja Instansi Pemerintah (LKIP) Tahun {YEAR} (generated)",
            "year": YEAR,
            "locale": "id_ID",
            "renstra_start": 2021,
            "renstra_end": 2026,
            "source": "bench/generate.py",
        }
        places = ["Tabel 2", "Tabel 3", "Tabel 4", "Tabel III.3", "§3.1", "Tabel 6"]
        places += ["Matrik Renstra", "Lampiran PK 2024", "Ringkasan Eksekutif"]
        self.data["places"] = [{"id": p} for p in places]
        self.data["places"].append({"id": "Tabel III.11", "locale": "en_US"})
        programs = self.budget()
        self.indicator_list(programs)
        return self.data

    def tree(self) -> list[list[list[tuple[Decimal, Decimal]]]]:
        """Exactly ``lines - 1`` lines under the OPD: program → kegiatan → (pagu, realisasi)."""
        rng = self.rng
        subs: list[list[list[tuple[Decimal, Decimal]]]] = []

        def sub() -> tuple[Decimal, Decimal]:
            pagu = Decimal(rng.randrange(5_000_000, 900_000_000))
            return pagu, (pagu * rng.randrange(60, 101) / 100).quantize(Decimal(1))

        remaining = self.lines - 1  # the OPD line
        while remaining > 0:
            if remaining < 3 and subs:  # too few for a program: more subs in the last kegiatan
                subs[-1][-1].extend(sub() for _ in range(remaining))
                break
            program: list[list[tuple[Decimal, Decimal]]] = []
            remaining -= 1
            for _ in range(KEGIATAN_PER_PROGRAM):
                if remaining < 2:  # room for a kegiatan and one sub kegiatan
                    break
                count = min(SUB_PER_KEGIATAN, remaining - 1)
                remaining -= 1 + count
                program.append([sub() for _ in range(count)])
            subs.append(program)
        return subs

    def budget(self) -> list[tuple[str, Decimal, Decimal]]:
        """Budget lines top down; returns each program's id, pagu and realisasi."""
        subs = self.tree()
        lines: list[dict[str, Any]] = []
        opd: dict[str, Any] = {"id": "OPD", "level": "opd", "name": "Badan Contoh Kota Sintetis"}
        lines.append(opd)
        totals: list[tuple[str, Decimal, Decimal]] = []
        for p, program in enumerate(subs, 1):
            pid = f"P{p}"
            pagu_p = sum((s[0] for k in program for s in k), Decimal(0))
            real_p = sum((s[1] for k in program for s in k), Decimal(0))
            totals.append((pid, pagu_p, real_p))
            murni = (pagu_p * Decimal("0.97")).quantize(Decimal(1))
            lines.append(
                {
                    "id": pid,
                    "level": "program",
                    "parent": "OPD",
                    "code": f"7.01.{p:02d}" if p < 100 else None,
                    "name": f"Program Contoh {p}",
                    "pagu": [
                        {
                            "place": "Tabel 2",
                            "row": f"{p}.",
                            "version": "murni",
                            "value": self.slip(_rp(murni)),
                        },
                        {
                            "place": "Tabel 3",
                            "row": f"{p}.",
                            "version": "perubahan",
                            "value": self.slip(_rp(pagu_p)),
                        },
                    ],
                    "rows": [self.row(pagu_p, real_p, f"PROGRAM CONTOH {p}")],
                }
            )
            for k, kegiatan in enumerate(program, 1):
                kid = f"{pid}.K{k}"
                pagu_k = sum((s[0] for s in kegiatan), Decimal(0))
                real_k = sum((s[1] for s in kegiatan), Decimal(0))
                lines.append(
                    {
                        "id": kid,
                        "level": "kegiatan",
                        "parent": pid,
                        "name": f"Kegiatan Contoh {p}.{k}",
                        "rows": [self.row(pagu_k, real_k)],
                    }
                )
                for s, (pagu, realisasi) in enumerate(kegiatan, 1):
                    lines.append(
                        {
                            "id": f"{kid}.S{s}",
                            "level": "sub_kegiatan",
                            "parent": kid,
                            "name": f"Sub Kegiatan Contoh {p}.{k}.{s}",
                            "rows": [self.row(pagu, realisasi)],
                        }
                    )
        opd_pagu = sum((t[1] for t in totals), Decimal(0))
        opd_real = sum((t[2] for t in totals), Decimal(0))
        opd["rows"] = [self.row(opd_pagu, opd_real, "JUMLAH")]
        for line in lines:
            if line.get("code", "") is None:
                del line["code"]
        self.data["budget"] = lines
        self.data["amounts"] = [
            {
                "id": f"A-{pid}",
                "place": "Ringkasan Eksekutif",
                "row": pid,
                "figure": self.slip(_rp(pagu)),
                "line": pid,
                "measure": "pagu",
            }
            for pid, pagu, _ in totals
        ]
        self.data["amounts"].append(
            {
                "id": "A-jumlah",
                "place": "Ringkasan Eksekutif",
                "row": "Jumlah",
                "figure": _rp(opd_pagu),
                "parts": [t[0] for t in totals],
                "parts_measure": "pagu",
            }
        )
        return totals

    def row(self, pagu: Decimal, realisasi: Decimal, label: str | None = None) -> dict[str, Any]:
        """A Tabel III.11 row: pagu, realisasi and penyerapan as printed."""
        with localcontext() as ctx:
            ctx.prec = 60
            penyerapan = realisasi / pagu * 100
        row = {
            "place": "Tabel III.11",
            "pagu": self.slip(_en(pagu)),
            "realisasi": self.slip(_en(realisasi)),
            "penyerapan": self.slip(_pct(penyerapan).replace(",", ".")),
        }
        if label is not None:
            row["row"] = label
        return row

    def indicator_list(self, programs: list[tuple[str, Decimal, Decimal]]) -> None:
        """Indicators under ten sasaran each, with their rows, efficiency rows and statements."""
        rng = self.rng
        count_sasaran = max(1, -(-self.indicators // 10))
        self.data["sasaran"] = [{"id": "T1", "kind": "tujuan", "name": "Tujuan contoh"}]
        self.data["sasaran"] += [
            {"id": f"S{s}", "kind": "sasaran", "parent": "T1", "name": f"Sasaran contoh {s}"}
            for s in range(1, count_sasaran + 1)
        ]
        indicators, efficiency, statements = [], [], []
        for i in range(1, self.indicators + 1):
            iid = f"IKU{i}"
            minimize = rng.random() < 0.1
            target = Decimal(rng.randrange(50, 101))
            last = Decimal(rng.randrange(40, 101))
            realisasi = Decimal(rng.randrange(3000, 11000)).scaleb(-2)
            if minimize and realisasi >= 2 * target:  # keep a lower-is-better capaian above 0
                realisasi = target * Decimal("1.5")
            if minimize and last >= 2 * target:
                last = target
            with localcontext() as ctx:
                ctx.prec = 60
                if minimize:
                    capaian = (2 * target - realisasi) / target * 100
                    last_capaian = (2 * target - last) / target * 100
                else:
                    capaian = realisasi / target * 100
                    last_capaian = last / target * 100
            supported = rng.sample(programs, min(len(programs), rng.randrange(1, 4)))
            t, r, c = f"{target}%", f"{realisasi}%".replace(".", ","), _pct(capaian)
            indicator: dict[str, Any] = {
                "id": iid,
                "level": "sasaran",
                "sasaran": f"S{(i - 1) // 10 + 1}",
                "name": f"Persentase contoh {i}",
                "polarity": "minimize" if minimize else "maximize",
                "unit": "%",
                "programs": [p[0] for p in supported],
                "targets": [
                    {"place": "Matrik Renstra", "year": YEAR, "version": "renstra", "value": t},
                    {
                        "place": "Lampiran PK 2024",
                        "row": f"{i}.",
                        "year": YEAR,
                        "version": "murni",
                        "value": t,
                    },
                ],
                "rows": [
                    {
                        "place": "Tabel 4",
                        "row": f"{i}.",
                        "target": t,
                        "realisasi": r,
                        "capaian": self.slip(c),
                        "atribut": _ATRIBUT_TOP,
                    }
                    if capaian >= 85
                    else {
                        "place": "Tabel 4",
                        "row": f"{i}.",
                        "target": t,
                        "realisasi": r,
                        "capaian": self.slip(c),
                    },
                    {
                        "place": "Tabel III.3",
                        "row": f"{i}",
                        "target": t,
                        "realisasi": r,
                        "capaian": self.slip(c),
                        "predikat": _predikat(capaian),
                    },
                    {
                        "place": "§3.1",
                        "row": f"{i}",
                        "target": t,
                        "realisasi": r,
                        "capaian": self.slip(c),
                        "predikat": _predikat(capaian).lower(),
                    },
                    {
                        "place": "Tabel III.3",
                        "row": f"{i}",
                        "year": YEAR - 1,
                        "target": t,
                        "realisasi": f"{last}%",
                        "capaian": self.slip(_pct(last_capaian)),
                    },
                ],
            }
            indicators.append(indicator)
            pagu = sum((p[1] for p in supported), Decimal(0))
            real = sum((p[2] for p in supported), Decimal(0))
            with localcontext() as ctx:
                ctx.prec = 60
                penyerapan = real / pagu * 100
                indeks = capaian / penyerapan  # of the exact values, as the check recomputes
            efficiency.append(
                {
                    "id": f"E-{iid}",
                    "place": "Tabel 6",
                    "row": f"{i}.",
                    "indicator": iid,
                    "programs": indicator["programs"],
                    "capaian_kinerja": c.rstrip("%"),
                    "penyerapan": _pct(penyerapan).rstrip("%"),
                    "indeks": _pct(indeks).rstrip("%"),
                    "kategori": "Efisien" if indeks >= 1 else "Tidak Efisien",
                }
            )
            if i % 10 == 1:
                direction = (
                    "sama"
                    if capaian == last_capaian
                    else "meningkat"
                    if capaian > last_capaian
                    else "menurun"
                )
                statements.append(
                    {
                        "id": f"ST-{iid}",
                        "place": "§3.1",
                        "row": f"{i}",
                        "kind": "change",
                        "indicator": iid,
                        "measure": "capaian",
                        "from_year": YEAR - 1,
                        "to_year": YEAR,
                        "direction": direction,
                        "text": f"Capaian indikator {i} {direction} dibandingkan tahun lalu.",
                    }
                )
        self.data["indicators"] = indicators
        self.data["efficiency"] = efficiency
        self.data["statements"] = statements


def report(lines: int, indicators: int, seed: int = SEED) -> dict[str, Any]:
    """The report as nested dicts and lists (the structure of a report file)."""
    return _Writer(lines, indicators, seed).build()


# ---------------------------------------------------------------- writing TOML and JSON


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    msg = f"no TOML form for {value!r}"
    raise TypeError(msg)


def _toml_table(out: list[str], name: str, table: dict[str, Any]) -> None:
    """Write one ``[[name]]`` entry: its plain keys, then its arrays of tables."""
    out.append(f"\n[[{name}]]")
    nested = []
    for key, value in table.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            nested.append((key, value))
        else:
            out.append(f"{key} = {_toml_value(value)}")
    for key, items in nested:
        for item in items:
            _toml_table(out, f"{name}.{key}", item)


def to_toml(data: dict[str, Any]) -> str:
    """The report as TOML text, in the layout of the example files."""
    out = [f"schema_version = {data['schema_version']}", "", "[report]"]
    out += [f"{key} = {_toml_value(value)}" for key, value in data["report"].items()]
    for name, items in data.items():
        if isinstance(items, list):
            for item in items:
                _toml_table(out, name, item)
    return "\n".join(out) + "\n"


def to_json(data: dict[str, Any]) -> str:
    """The report as JSON text."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write(path: Path, lines: int, indicators: int, seed: int = SEED) -> Path:
    """Write the report to *path*, TOML or JSON by its suffix; returns *path*."""
    data = report(lines, indicators, seed)
    path.write_text(to_json(data) if path.suffix == ".json" else to_toml(data), encoding="utf-8")
    return path


def main() -> None:
    """The command line: sizes and output file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1000, help="budget lines (default 1000)")
    parser.add_argument("--indicators", type=int, default=100, help="indicators (default 100)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("-o", "--output", type=Path, required=True, help=".toml or .json file")
    args = parser.parse_args()
    write(args.output, args.lines, args.indicators, args.seed)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
