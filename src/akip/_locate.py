r"""Where in a report file a load error is: its line, and the indicator or budget line id.

`akip.report.load` names the field path of what it refuses
(``budget[12].rows[0].penyerapn: unknown key``). An author edits a file by its lines and
knows its entries by their ids, so the command line turns that into
``dumai-2024.toml:1479: budget 'P3.K1.S2', row at 'Tabel III.11': unknown key 'penyerapn'
(did you mean 'penyerapan'?)``. A printed number given unquoted gets the advice to quote it.

The TOML line is found by scanning the file's table headers (``[[budget]]``,
``[[budget.rows]]``, ``[report]``) and keys, counting the array entries as the loader does.
A JSON file gets the ids but no line; a file that no longer reads keeps the message as it
is. Private: used by `akip.__main__`.

Examples:
    >>> text = '[report]\nyear = 2024\n[[budget]]\nid = "P1"\n[[budget.rows]]\npagu = 5\n'
    >>> line_of(text, "budget[0].rows[0].pagu")
    6
    >>> line_of(text, "budget[0].rows[0]")
    5
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any, Final

from akip._i18n import _
from akip._report_build import WORKSHEET

__all__ = ["describe", "line_of"]

_HEADER: Final = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY: Final = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=\s*(.*?)\s*$")
_STEP: Final = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")
_MESSAGE: Final = re.compile(r"^(?P<path>[A-Za-z0-9_.\[\]\-]+): (?P<problem>.+)$", re.DOTALL)
_WHAT: Final = {
    "indicators": "indicator",
    "budget": "budget",
    "places": "place",
    "sasaran": "sasaran",
    "efficiency": "efficiency",
    "amounts": "amount",
    "statements": "statement",
    "evaluasi": "evaluasi",
}


def _paths(text: str) -> dict[str, int]:
    """Every table, array entry and key path of a TOML text, with its (first) line."""
    found: dict[str, int] = {}
    counts: dict[str, int] = {}
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            names = [part.strip().strip('"') for part in header.group(2).split(".")]
            resolved = ""
            for depth, name in enumerate(names):
                resolved = f"{resolved}.{name}" if resolved else name
                last = depth == len(names) - 1
                if last and header.group(1) == "[[":
                    counts[resolved] = counts.get(resolved, -1) + 1
                    resolved = f"{resolved}[{counts[resolved]}]"
                elif resolved in counts:
                    resolved = f"{resolved}[{counts[resolved]}]"
            current = resolved
            found.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key:
            path = f"{current}.{key.group(1)}" if current else key.group(1)
            found.setdefault(path, number)
    return found


def line_of(text: str, path: str) -> int | None:
    """The line of *path* (``budget[3].rows[0].pagu``) in TOML *text*, or of its entry."""
    found = _paths(text)
    while path:
        if path in found:
            return found[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _value(line: str) -> str | None:
    key = _KEY.match(line)
    return key.group(2) if key else None


def _context(data: Any, path: str) -> tuple[list[str], str]:
    """The ids along *path* (``budget 'P3'``, ``row at 'Tabel 2'``) and its last key."""
    parts: list[str] = []
    node = data
    steps = _STEP.findall(path)
    for depth, (name, index) in enumerate(steps):
        if not isinstance(node, dict) or name not in node:
            break
        node = node[name]
        if index and isinstance(node, list) and int(index) < len(node):
            node = node[int(index)]
            if isinstance(node, dict):
                parts.append(_label(name, node, top=depth == 0))
    return parts, steps[-1][0] if steps else path


def _label(name: str, entry: dict[str, Any], *, top: bool) -> str:
    if top and isinstance(entry.get("id"), str):
        return f"{_WHAT.get(name, name)} {entry['id']!r}"
    if name == "rows" and isinstance(entry.get("place"), str):
        row_at = _("row at")
        return f"{row_at} {entry['place']!r}"
    if isinstance(entry.get("id"), str):
        return f"{name} {entry['id']!r}"
    return name


def describe(error: Exception, file: str) -> str:
    """The message of a load *error* of *file*, with its line and ids when they are known."""
    message = str(error)
    body = message.removeprefix(f"{file}: ")
    matched = _MESSAGE.match(body)
    suffix = file.lower().rpartition(".")[2]
    if body == message or matched is None or suffix not in {"toml", "json"}:
        return message
    path, problem = matched.group("path"), matched.group("problem")
    try:
        with open(file, encoding="utf-8") as stream:  # noqa: PTH123 - already loaded once
            text = stream.read()
        data = tomllib.loads(text) if suffix == "toml" else json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return message
    # A JSON file's lines are not its structure: only the ids are named.
    line = line_of(text, path) if suffix == "toml" else None
    parts, key = _context(data, path)
    if problem.startswith("unknown key"):
        unknown = _("unknown key")
        problem = problem.replace("unknown key", f"{unknown} {key!r}", 1)
        problem = problem.replace("did you mean", _("did you mean"))
        problem = problem.replace(WORKSHEET, _(WORKSHEET))
    elif re.match(r"must be (a string|non-empty text), not (integer|float)", problem):
        value = _value(text.splitlines()[line - 1]) if line else None
        printed = value if value is not None else "…"
        problem = f"{key!r} {problem}; " + _("write it in quotes, as printed: {example}").format(
            example=f'{key} = "{printed}"'
        )
    else:
        problem = f"{key!r}: {problem}" if parts else f"{path}: {problem}"
    place = f"{file}:{line}" if line else file
    return ": ".join([place, ", ".join(parts), problem] if parts else [place, problem])
