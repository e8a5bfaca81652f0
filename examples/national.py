"""A synthetic national budget file: every pemda, every sub kegiatan line of one year.

The lines are generated with a fixed seed in the shape of the official code list of
Kepmendagri 050-5889/2021: its eight urusan and their 44 bidang numbered as the list numbers
them (urusan 2 continues at bidang ``2.07``), programs ``01`` (the *penunjang* program) and
up, kegiatan of level ``1`` (provinsi) or ``2`` (kabupaten/kota), sub kegiatan ``0001`` and
up. The names below urusan are synthetic ("Program 1.01.02"). Amounts are whole rupiah;
each pemda spends at its own pace (realisasi mostly 40–100 % of pagu), a few lines spend
nothing and a few spend more than their pagu.

At the full size (552 pemda: 38 provinsi, 416 kabupaten, 98 kota) a year is about
940.000 lines over 5.711 sub kegiatan codes; the example notebook uses a few pemda::

    from national import national_lines
    lines = national_lines(8)          # 8 pemda, 13.580 lines
    lines = national_lines()           # all 552 pemda

Run as a script to write a Parquet file: ``python examples/national.py 552 lines.parquet``.
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

SEED = 20240601
YEAR = 2024
PROVINSI, KABUPATEN, KOTA = 38, 416, 98
PEMDA = PROVINSI + KABUPATEN + KOTA

URUSAN = {
    1: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    2: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    3: "URUSAN PEMERINTAHAN PILIHAN",
    4: "UNSUR PENDUKUNG URUSAN PEMERINTAHAN",
    5: "UNSUR PENUNJANG URUSAN PEMERINTAHAN",
    6: "UNSUR PENGAWASAN URUSAN PEMERINTAHAN",
    7: "UNSUR KEWILAYAHAN",
    8: "UNSUR PEMERINTAHAN UMUM",
}
# The bidang numbers of each urusan in the official list.
BIDANG = {
    1: range(1, 7),
    2: range(7, 25),
    3: range(25, 33),
    4: range(1, 3),
    5: range(1, 8),
    6: range(1, 2),
    7: range(1, 2),
    8: range(1, 2),
}


def nomenclature(seed: int = SEED) -> pd.DataFrame:
    """The synthetic code list: one row per sub kegiatan of level 1 and of level 2.

    Columns ``kode``, ``level`` (1 provinsi, 2 kabupaten/kota) and the names of the
    urusan, bidang, program, kegiatan and sub kegiatan.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for urusan, bidangs in BIDANG.items():
        for bidang in bidangs:
            for program in range(1, int(rng.integers(3, 7))):
                for level in (1, 2):
                    for kegiatan in range(1, int(rng.integers(2, 6))):
                        for sub in range(1, int(rng.integers(3, 15))):
                            code = f"{urusan}.{bidang:02d}.{program:02d}.{level}.{kegiatan:02d}"
                            rows.append(
                                {
                                    "kode": f"{code}.{sub:04d}",
                                    "level": level,
                                    "nama_urusan": URUSAN[urusan],
                                    "nama_bidang": f"Bidang {urusan}.{bidang:02d}",
                                    "nama_program": f"Program {urusan}.{bidang:02d}.{program:02d}",
                                    "nama_kegiatan": f"Kegiatan {code}",
                                    "nama_sub_kegiatan": f"Sub Kegiatan {code}.{sub:04d}",
                                }
                            )
    return pd.DataFrame(rows)


def pemda(count: int = PEMDA) -> pd.DataFrame:
    """The first *count* pemda: the provinsi first, then kabupaten and kota, in turn."""
    names = [f"Provinsi {i:02d}" for i in range(1, PROVINSI + 1)]
    kinds = ["provinsi"] * PROVINSI
    cities = [f"Kota {i:03d}" for i in range(1, KOTA + 1)]
    regencies = [f"Kabupaten {i:03d}" for i in range(1, KABUPATEN + 1)]
    for i, regency in enumerate(regencies):
        names.append(regency)
        kinds.append("kabupaten")
        if i % 4 == 0 and cities:
            names.append(cities.pop(0))
            kinds.append("kota")
    names += cities
    kinds += ["kota"] * len(cities)
    if not 1 <= count <= PEMDA:
        msg = f"'count' must be from 1 to {PEMDA}: {count!r}"
        raise ValueError(msg)
    # Small samples mix the kinds: one provinsi in four.
    order = sorted(range(PEMDA), key=lambda i: (i % 13, i))
    chosen = sorted(order[:count])
    return pd.DataFrame({"pemda": [names[i] for i in chosen], "jenis": [kinds[i] for i in chosen]})


def national_lines(count: int = PEMDA, seed: int = SEED) -> pd.DataFrame:
    """Every sub kegiatan line of *count* pemda for `YEAR`, seeded.

    A provinsi budgets about 60 % of the level-1 sub kegiatan, a kabupaten or kota about
    60 % of the level-2 ones. Columns: ``pemda``, ``jenis``, ``tahun``, ``kode``, the five
    names, ``pagu`` and ``realisasi`` (whole rupiah, int64).
    """
    rng = np.random.default_rng(seed)
    pace = np.random.default_rng(seed + 1)  # how far each pemda has spent its budget
    codes = nomenclature(seed)
    parts = []
    for name, kind in pemda(count).itertuples(index=False):
        level = 1 if kind == "provinsi" else 2
        own = codes[codes["level"] == level]
        taken = own[rng.random(len(own)) < 0.6]  # noqa: PLR2004 - the share budgeted
        parts.append(taken.assign(pemda=name, jenis=kind, pace=pace.uniform(0.55, 1.0)))
    lines = pd.concat(parts, ignore_index=True).drop(columns="level")
    n = len(lines)
    pagu = (np.exp(rng.normal(19.0, 1.3, n)).astype(np.int64) // 1000 + 10_000) * 1000
    share = rng.uniform(0.7, 1.0, n) * lines["pace"].to_numpy()
    share[rng.random(n) < 0.02] = 0.0  # noqa: PLR2004 - nothing spent
    share[rng.random(n) < 0.01] = 1.05  # noqa: PLR2004 - overspent
    realisasi = (pagu * share).astype(np.int64)
    columns = ["pemda", "jenis", "kode", "nama_urusan", "nama_bidang", "nama_program"]
    out = lines[[*columns, "nama_kegiatan", "nama_sub_kegiatan"]]
    out.insert(2, "tahun", YEAR)
    return out.assign(pagu=pagu, realisasi=realisasi)


NAMES = {
    "urusan": "nama_urusan",
    "bidang": "nama_bidang",
    "program": "nama_program",
    "kegiatan": "nama_kegiatan",
    "sub_kegiatan": "nama_sub_kegiatan",
}
"""The name column of each level, for ``frame.rollup(..., name=NAMES)``."""


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else PEMDA
    target = sys.argv[2] if len(sys.argv) > 2 else "national.parquet"  # noqa: PLR2004
    national_lines(size).to_parquet(target)
    print(f"{target}: {size} pemda")
