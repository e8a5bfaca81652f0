"""MkDocs hook: render akip's data tables into the docs from the same data the code uses.

A page writes ``{{ scale: akip.predikat:scale(edge_rule='lower_bound') }}``-style markers as
``<!-- akip-table MODULE:FUNCTION -->``; the hook replaces each with the Markdown that
``MODULE.FUNCTION()`` returns. The function takes no arguments and returns a string, so the
docs can never drift from the code.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_MARKER = re.compile(r"<!-- akip-table ([\w.]+):(\w+) -->")


def _render(match: re.Match[str]) -> str:
    module = importlib.import_module(match.group(1))
    return str(getattr(module, match.group(2))())


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace every ``<!-- akip-table module:function -->`` marker with its table."""
    return _MARKER.sub(_render, markdown)
