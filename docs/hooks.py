"""MkDocs hook: render akip's data tables into the docs from the same data the code uses.

A page writes a marker ``<!-- akip-table MODULE:FUNCTION -->`` or
``<!-- akip-table MODULE:FUNCTION('arg', ...) -->``; the hook replaces it with the Markdown
string that ``MODULE.FUNCTION(*args)`` returns (arguments are Python literals), so the docs
can never drift from the code.
"""

from __future__ import annotations

import ast
import importlib
import re
from typing import Any

_MARKER = re.compile(r"<!-- akip-table ([\w.]+):(\w+)(?:\((.*?)\))? -->")


def _render(match: re.Match[str]) -> str:
    module = importlib.import_module(match.group(1))
    args = ast.literal_eval(f"({match.group(3)},)") if match.group(3) else ()
    return str(getattr(module, match.group(2))(*args))


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace every ``<!-- akip-table module:function -->`` marker with its table."""
    return _MARKER.sub(_render, markdown)
