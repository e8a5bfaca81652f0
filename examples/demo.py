"""Demo: the two IKU of the Dumai LKIP 2024 (Tabel 4) with capaian, predikat and atribut.

Run with ``make demo``. The inputs are typed from Tabel 4 of the report; every output is
computed by akip.
"""

from __future__ import annotations

from akip import atribut, capaian, format_percent, predikat, round_half_up

# Tabel 4: Capaian Kinerja berdasarkan target dan realisasi tahun 2024.
IKU = [
    ("Persentase Peningkatan Stabilitas Politik Dalam Negeri", "90", "94", "maximize"),
    ("Persentase Fasilitasi Penanganan Konflik Sosial", "100", "85", "maximize"),
]


def main() -> None:
    """Print each IKU's capaian (exact and rounded), predikat and atribut."""
    print("LKIP 2024 Badan Kesbangpol Kota Dumai — Tabel 4, recomputed by akip\n")
    values = []
    for name, target, realisasi, polarity in IKU:
        working = capaian.explain(target, realisasi, polarity)
        values.append(working.value)
        print(name)
        print(f"  target {target} %, realisasi {realisasi} % ({polarity})")
        print(f"  formula   {working.formula}")
        print(f"  capaian   {working.value}  →  {format_percent(working.value)}")
        print(f"  printed   {format_percent(round_half_up(working.value, 0), 0)} (0 decimals)")
        print(f"  predikat  {predikat.classify(working.value).label} (Permendagri 86/2017)")
        print(f"  atribut   {atribut.classify(working.value).label} (Tabel III.2)\n")
    mean = capaian.mean(values)
    print(f"Rata-rata capaian IKU: {format_percent(mean)} → {atribut.classify(mean).label}")


if __name__ == "__main__":
    main()
