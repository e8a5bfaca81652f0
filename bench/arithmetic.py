"""The arithmetic floor of a check: a generated report's figures recomputed, and nothing more.

``python bench/arithmetic.py FILE`` reads a report written by `bench/generate.py` and
recomputes, exactly and in integers, the figures that carry the most arithmetic:

- every budget row's penyerapan, ``realisasi / pagu × 100`` rounded HALF_UP to the places
  it is printed with (Permendagri 86/2017; akip rules §3);
- every parent line's pagu and realisasi against the sum of its children's printed ones;
- every indicator row's capaian, ``realisasi / target × 100`` or, lower-is-better,
  ``(2 · target − realisasi) / target × 100``, rounded HALF_UP to its printed places
  (akip rules §1).

It prints, as JSON, how many it recomputed and which differ from what is printed. It keeps
no object per figure and builds no report: a JSON file is read item by item with the
standard library's scanner (the parsed file is never held whole), each item checked and
dropped (a TOML file is parsed whole: the standard library reads no other way). So its
time and memory are the least that any check of these figures in Python can cost, the
file's parse included. It is a floor for `bench/run.py`, not a checker: it
knows only the generated shape (every budget row printed in the style of Tabel III.11,
``4,067,523,426,697.00`` and ``79.90%``; every indicator figure a percentage in the id_ID
style, ``71,98%``), and it leaves out what `akip check` also does (the other figures, the
agreement of one figure across places, root causes, predikat, the messages). `reference`
recomputes the same figures with `decimal.Decimal` from the whole parsed file, as a
second, independent count.
"""

from __future__ import annotations

import json
import json.scanner
import re
import sys
import tomllib
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import Any, cast

_WHITESPACE = re.compile(r"[ \t\n\r]*")


class Floor:
    """The counts of one pass, and the figures that differ (``"id:measure"``)."""

    def __init__(self) -> None:
        self.penyerapan = 0
        self.sums = 0
        self.capaian = 0
        self.wrong: list[str] = []
        self.children: dict[str, list[int]] = {}  # parent id → summed pagu, realisasi (sen)
        self.printed: dict[str, tuple[int, int]] = {}  # line id → its pagu, realisasi (sen)

    def result(self) -> dict[str, Any]:
        """What the pass found: the counts and the differing figures, sorted."""
        for parent, (pagu, realisasi) in self.children.items():
            printed = self.printed[parent]
            self.sums += 2
            if pagu != printed[0]:
                self.wrong.append(f"{parent}:pagu")
            if realisasi != printed[1]:
                self.wrong.append(f"{parent}:realisasi")
        return {
            "penyerapan": self.penyerapan,
            "sums": self.sums,
            "capaian": self.capaian,
            "wrong": sorted(self.wrong),
        }


def sen(text: str) -> int:
    """``"131,697,767.00"`` → 13169776700: rupiah with 2 decimals as integer sen."""
    whole, _, fraction = text.replace(",", "").partition(".")
    return int(whole) * 100 + int((fraction + "00")[:2])


def percent(text: str) -> tuple[int, int]:
    """``"71,98%"`` or ``"79.90%"`` → (7198, 2): the digits as an integer, and the places."""
    whole, _, fraction = text.rstrip("%").replace(",", ".").partition(".")
    return int(whole + fraction), len(fraction)


def rounded(numerator: int, denominator: int, places: int) -> int:
    """``numerator / denominator × 100`` HALF_UP to *places*, as an integer of that scale.

    For positive integers: ``⌊x · 10^places + ½⌋`` computed as one integer division.
    """
    scale: int = 200 * 10**places
    return (numerator * scale + denominator) // (2 * denominator)


def budget_line(item: dict[str, Any], floor: Floor) -> None:
    """One budget line: its rows' penyerapan, and its pagu and realisasi for its parent."""
    line = item["id"]
    for row in item["rows"]:
        pagu, realisasi = sen(row["pagu"]), sen(row["realisasi"])
        value, places = percent(row["penyerapan"])
        floor.penyerapan += 1
        if pagu and rounded(realisasi, pagu, places) != value:
            floor.wrong.append(f"{line}:penyerapan")
        floor.printed[line] = (pagu, realisasi)
    parent = item.get("parent")
    if parent is not None:
        summed = floor.children.get(parent)
        if summed is None:
            floor.children[parent] = [pagu, realisasi]
        else:
            summed[0] += pagu
            summed[1] += realisasi


def indicator(item: dict[str, Any], floor: Floor) -> None:
    """One indicator: the capaian of each of its rows."""
    minimize = item["polarity"] == "minimize"
    for n, row in enumerate(item["rows"]):
        target, target_places = percent(row["target"])
        realisasi, realisasi_places = percent(row["realisasi"])
        value, places = percent(row["capaian"])
        common = max(target_places, realisasi_places)
        target *= 10 ** (common - target_places)
        realisasi *= 10 ** (common - realisasi_places)
        floor.capaian += 1
        numerator = 2 * target - realisasi if minimize else realisasi
        if rounded(numerator, target, places) != value:
            floor.wrong.append(f"{item['id']}:capaian:{n}")


_ITEMS = {"budget": budget_line, "indicators": indicator}


def run_data(data: dict[str, Any]) -> dict[str, Any]:
    """`run` of a report already parsed whole.

    For a TOML file: the standard library has no reader of a TOML file item by item.
    """
    floor = Floor()
    for key, visit in _ITEMS.items():
        for item in data.get(key, ()):
            visit(item, floor)
    return floor.result()


def run(text: str) -> dict[str, Any]:
    """Recompute the figures of a generated JSON report *text*, item by item."""
    scan = json.scanner.make_scanner(cast("Any", json.JSONDecoder()))
    space = _WHITESPACE.match
    floor = Floor()
    at = space(text, 0).end()  # type: ignore[union-attr]
    if text[at : at + 1] != "{":
        msg = "not a JSON object"
        raise ValueError(msg)
    at += 1
    while True:
        at = space(text, at).end()  # type: ignore[union-attr]
        key, at = scan(text, at)
        at = space(text, space(text, at).end() + 1).end()  # type: ignore[union-attr]
        visit = _ITEMS.get(key)
        if visit is not None and text[at] == "[":
            at += 1
            while True:
                item, at = scan(text, space(text, at).end())  # type: ignore[union-attr]
                visit(item, floor)
                del item
                at = space(text, at).end()  # type: ignore[union-attr]
                at += 1
                if text[at - 1] == "]":
                    break
        else:
            _, at = scan(text, at)
        at = space(text, at).end() + 1  # type: ignore[union-attr]
        if text[at - 1] == "}":
            return floor.result()


def reference(data: dict[str, Any]) -> dict[str, Any]:
    """The same figures recomputed with `decimal.Decimal` from the parsed file, whole."""
    wrong: list[str] = []
    with localcontext() as ctx:
        ctx.prec = 60
        ctx.rounding = ROUND_HALF_UP
        penyerapan, sums = _budget_reference(data["budget"], wrong)
        capaian = _capaian_reference(data["indicators"], wrong)
    return {"penyerapan": penyerapan, "sums": sums, "capaian": capaian, "wrong": sorted(wrong)}


def _budget_reference(lines: list[dict[str, Any]], wrong: list[str]) -> tuple[int, int]:
    penyerapan = 0
    printed: dict[str, tuple[Decimal, Decimal]] = {}
    children: dict[str, list[Decimal]] = {}
    for line in lines:
        for row in line["rows"]:
            pagu = Decimal(row["pagu"].replace(",", ""))
            realisasi = Decimal(row["realisasi"].replace(",", ""))
            shown = Decimal(row["penyerapan"].rstrip("%"))
            penyerapan += 1
            if pagu and (realisasi / pagu * 100).quantize(shown) != shown:
                wrong.append(f"{line['id']}:penyerapan")
            printed[line["id"]] = (pagu, realisasi)
        if "parent" in line:
            summed = children.setdefault(line["parent"], [Decimal(0), Decimal(0)])
            summed[0] += pagu
            summed[1] += realisasi
    for parent, (pagu, realisasi) in children.items():
        if pagu != printed[parent][0]:
            wrong.append(f"{parent}:pagu")
        if realisasi != printed[parent][1]:
            wrong.append(f"{parent}:realisasi")
    return penyerapan, 2 * len(children)


def _capaian_reference(indicators: list[dict[str, Any]], wrong: list[str]) -> int:
    capaian = 0
    for item in indicators:
        for n, row in enumerate(item["rows"]):
            target, realisasi, shown = (
                Decimal(row[k].rstrip("%").replace(",", "."))
                for k in ("target", "realisasi", "capaian")
            )
            value = (
                (2 * target - realisasi) / target * 100
                if item["polarity"] == "minimize"
                else realisasi / target * 100
            )
            capaian += 1
            if value.quantize(shown) != shown:
                wrong.append(f"{item['id']}:capaian:{n}")
    return capaian


def main() -> None:
    """``python bench/arithmetic.py FILE [OUT]``: the counts and the differing figures.

    A ``.json`` file is read item by item (`run`), a ``.toml`` file whole (`run_data`). The
    result is printed as JSON, or written to *OUT* (the benchmark's timed child has no
    standard output).
    """
    path = Path(sys.argv[1])
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        data = tomllib.loads(text)
        del text
        result = run_data(data)
    else:
        result = run(text)
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")
    else:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
