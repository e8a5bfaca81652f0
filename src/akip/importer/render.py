r"""TOML text of a draft report (teks TOML rancangan laporan), with comments for a person.

The last stage of `akip.importer` writes a [`Draft`][akip.importer.draft.Draft] as a report
file in the documented format (schema version 1) that `akip.report.load` reads and
`akip check` re-checks without an edit. Where a person must decide, a comment starting
``# DECIDE:`` says what and why: polarity and unit of an indicator (tables do not print
them), which programs serve an IKU, the parent of a line without a code, a name matched
loosely, the version of a pagu read from a caption, the id of a place derived from a lampiran
heading, the parts of a lampiran's Jumlah. The summary of what was left out closes the file
as comments.

References:
    - PermenPANRB 53/2014, Lampiran (the tables of the Laporan Kinerja).
    - The report file format (``docs/reference/report-format.md``).

Examples:
    >>> quote('Rp. 1.000 "x"\tb')
    '"Rp. 1.000 \\"x\\"\\tb"'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from akip.importer import _guard
from akip.importer.draft import Draft

if TYPE_CHECKING:
    from collections.abc import Mapping

    from akip.importer.draft import DraftIndicator, DraftLine

__all__ = ["quote", "to_toml"]

_ESCAPES: Final = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_SASARAN_ROW_KEYS: Final = (
    "place",
    "row",
    "year",
    "locale",
    "jumlah",
    "capaian",
    "predikat",
    "atribut",
    "indicators",
)
_ROW_KEYS: Final = (
    "place",
    "row",
    "year",
    "version",
    "locale",
    "value",
    "source",
    "target",
    "realisasi",
    "capaian",
    "predikat",
    "atribut",
    "target_renstra",
    "kemajuan",
    "realisasi_nasional",
    "pagu",
    "penyerapan",
    "sisa",
    "fisik_target",
    "fisik_realisasi",
    "fisik_unit",
    "fisik_capaian",
    "note",
)


_BUDGET_KEYS: Final = (
    "place",
    "row",
    "version",
    "locale",
    "value",
    "source",
    "pagu",
    "realisasi",
    "penyerapan",
    "sisa",
    "fisik_target",
    "fisik_realisasi",
    "fisik_unit",
    "fisik_capaian",
    "permasalahan",
    "upaya",
    "note",
)


_AMOUNT_KEYS: Final = (
    "id",
    "place",
    "row",
    "locale",
    "figure",
    "parts",
    "parts_measure",
    "version",
    "note",
)


def quote(text: str) -> str:
    """Return *text* as a TOML basic string.

    Raises:
        SourceError: if *text* is not text with a UTF-8 form.
    """
    return _quote(_guard.text(text, "text"))


def _quote(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:  # noqa: PLR2004
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):  # pragma: no cover - drafts hold no booleans
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return _quote(str(value))


def _table(lines: list[str], header: str, item: Mapping[str, Any], order: tuple[str, ...]) -> None:
    lines.append(header)
    keys = [k for k in order if k in item] + [k for k in item if k not in order]
    lines.extend(f"{key} = {_value(item[key])}" for key in keys)


def _indicator(lines: list[str], indicator: DraftIndicator) -> None:
    lines.append("")
    lines.append("[[indicators]]")
    lines.append(f"id = {_quote(indicator.id)}")
    lines.append(f"name = {_quote(indicator.name)}")
    if indicator.sasaran is not None:
        lines.append(f"sasaran = {_quote(indicator.sasaran)}")
    if indicator.line is not None:
        lines.append('level = "program"')
        lines.append(f"line = {_quote(indicator.line)}")
    lines.append("# DECIDE: polarity (maximize / minimize / stabilize) is not printed in a table")
    lines.append('polarity = "maximize"')
    unit = indicator.unit or _unit(indicator)
    if unit is None:
        lines.append("# DECIDE: the unit (satuan) is not printed; '-' stands in for it")
    lines.append(f"unit = {_quote(unit or '-')}")
    if indicator.programs:
        places = ", ".join(indicator.programs_from)
        lines.append(
            f"# DECIDE: programs read from {places} (the IKU printed beside them): confirm"
        )
        lines.append(f"programs = {_value(indicator.programs)}")
    for target in indicator.targets:
        lines.append("")
        if "version" in target:
            lines.append(
                f"# DECIDE: version {target['version']!r} read from the caption of "
                f"{target['place']}: confirm, and add the date of the document"
            )
        _table(lines, "[[indicators.targets]]", target, _ROW_KEYS)
    for row in indicator.rows:
        lines.append("")
        _table(lines, "[[indicators.rows]]", row, _ROW_KEYS)


def _unit(indicator: DraftIndicator) -> str | None:
    texts = [str(row.get(k, "")) for row in indicator.rows for k in ("target", "realisasi")]
    texts += [str(t.get("value", "")) for t in indicator.targets]
    printed = [t for t in texts if t]
    if printed and all(t.rstrip().endswith("%") for t in printed):
        return "%"
    return None


def _line(lines: list[str], line: DraftLine) -> None:
    lines.append("")
    lines.append("[[budget]]")
    lines.append(f"id = {_quote(line.id)}")
    lines.append(f"level = {_quote(line.level)}")
    if line.code is not None:
        lines.append(f"code = {_quote(line.code)}")
    if line.parent is not None:
        if line.parent_from is not None:
            lines.append(
                f"# DECIDE: parent {line.parent!r} is the line above it in {line.parent_from}"
                " (no code printed): confirm"
            )
        lines.append(f"parent = {_quote(line.parent)}")
    lines.append(f"name = {_quote(line.name)}")
    for pagu in line.pagu:
        lines.append("")
        lines.append(
            f"# DECIDE: version {pagu['version']!r} read from the caption of {pagu['place']}:"
            " confirm, and add the date of the document"
        )
        _table(lines, "[[budget.pagu]]", pagu, _BUDGET_KEYS)
    for row in line.rows:
        lines.append("")
        _table(lines, "[[budget.rows]]", row, _BUDGET_KEYS)


def _efficiency(lines: list[str], item: Mapping[str, Any]) -> None:
    indicator: DraftIndicator = item["indicator"]
    lines.append("")
    body = {k: v for k, v in item.items() if k != "indicator"}
    body["indicator"] = indicator.id
    if indicator.programs:
        body["programs"] = list(indicator.programs)
        lines.append(f"# DECIDE: programs are those of {indicator.id} (see there): confirm")
    order = (
        "id",
        "place",
        "row",
        "indicator",
        "programs",
        "locale",
        "capaian_kinerja",
        "penyerapan",
        "indeks",
        "kategori",
        "keterangan",
        "note",
    )
    _table(lines, "[[efficiency]]", body, order)


def to_toml(draft: Draft) -> str:  # noqa: C901, PLR0912
    """Return the draft as the text of a report file (TOML, schema version 1).

    Raises:
        SourceError: if *draft* is not a `Draft`.
    """
    _guard.instance(draft, Draft, "draft")
    lines = [
        "# Draft report file written by `akip import` from",
        f"#   {draft.source}",
        "# Every figure is copied exactly as printed; nothing is corrected. Lines starting",
        "# '# DECIDE:' need a person. Narrative statements, amounts in words and the figures",
        "# of tables printed without a caption are not imported (see the summary at the end).",
        "",
        "schema_version = 1",
        "",
        "[report]",
    ]
    if not draft.agency_found:
        lines.append("# DECIDE: the agency is not printed in a table title")
    lines.append(f"agency = {_quote(draft.agency)}")
    if draft.year == 0:
        lines.append("# DECIDE: the report year is not printed in a table title")
    lines.append(f"year = {draft.year}")
    lines.append('locale = "id_ID"')
    if draft.source:
        lines.append(f"source = {_quote(draft.source)}")
    lines.append("")
    lines.append("# ---------------------------------------------------------------- places")
    for place in draft.places.values():
        if place["id"] in draft.derived:
            lines.append(f"# DECIDE: {draft.derived[place['id']]}")
        _table(lines, "[[places]]", place, ("id", "title", "locale"))
    if draft.sasaran:
        lines.append("")
        lines.append("# ---------------------------------------------------------------- sasaran")
    for sasaran in draft.sasaran:
        lines.append("")
        lines.append("[[sasaran]]")
        lines.append(f"id = {_quote(sasaran.id)}")
        lines.append(
            f"# DECIDE: the caption of {sasaran.place} names the sasaran by its number only: "
            "write its uraian as printed"
        )
        lines.append(f"name = {_quote(sasaran.name)}")
        for row in sasaran.rows:
            lines.append("")
            _table(lines, "[[sasaran.rows]]", row, _SASARAN_ROW_KEYS)
    if draft.indicators:
        lines.append("")
        lines.append(
            "# ---------------------------------------------------------------- indicators"
        )
    for indicator in draft.indicators:
        _indicator(lines, indicator)
    if draft.efficiency:
        lines.append("")
        lines.append(
            "# ---------------------------------------------------------------- efficiency"
        )
    for item in draft.efficiency:
        _efficiency(lines, item)
    if draft.lines:
        lines.append("")
        lines.append("# ---------------------------------------------------------------- budget")
    for line in draft.lines:
        _line(lines, line)
    if draft.amounts:
        lines.append("")
        lines.append("# ---------------------------------------------------------------- amounts")
    for amount in draft.amounts:
        lines.append("")
        lines.append(
            f"# DECIDE: {amount['row']!r} of {amount['place']} is the sum of the lines printed"
            " above it (parts), not the agency's total: confirm"
        )
        _table(lines, "[[amounts]]", amount, _AMOUNT_KEYS)
    left = draft.left_out()
    if left:
        lines.append("")
        lines.append(
            f"# ---------------------------------------------------------- left out ({len(left)})"
        )
        lines.extend(f"# {entry}" for entry in left)
    return "\n".join(lines) + "\n"
