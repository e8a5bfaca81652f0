"""Write the JSON twin of a TOML report file: ``python examples/toml_to_json.py IN.toml OUT.json``.

The structure is the same; TOML dates become ``"YYYY-MM-DD"`` strings.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tomllib
from pathlib import Path


def _default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    msg = f"cannot write {type(value).__name__} to JSON: {value!r}"
    raise TypeError(msg)


def convert(source: Path, target: Path) -> None:
    """Read *source* (TOML) and write *target* (JSON, UTF-8, indented)."""
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    text = json.dumps(data, indent=2, ensure_ascii=False, default=_default)
    target.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    here = Path(__file__).parent
    args = sys.argv[1:] or [str(here / "dumai-2024.toml"), str(here / "dumai-2024.json")]
    convert(Path(args[0]), Path(args[1]))
