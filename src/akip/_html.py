"""Private HTML tables for Jupyter (``_repr_html_`` of akip's result records).

Figures are shown the way reports print them: rounded HALF_UP to 2 decimals in the
``id_ID`` style (``45.195.966.217,00``, ``90,73``); the records keep their exact values.
Every cell is escaped.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from akip.numbers import format_number

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


def show(value: object) -> str:
    """One cell's text: a number as printed (2 decimals, ``id_ID``), ``–`` for none."""
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return format_number(value, 2)
    return str(getattr(value, "label", value))


def _escape(text: str) -> str:
    import html  # noqa: PLC0415 - only notebooks need it; spares the commands' start-up

    return html.escape(text)


def record(css: str, rows: Iterable[tuple[str, object]]) -> str:
    """A two-column table of named values."""
    cells = "".join(
        f"<tr><th style='text-align:left'>{_escape(name)}</th><td>{_escape(show(value))}</td></tr>"
        for name, value in rows
    )
    return f"<table class='{css}'>{cells}</table>"


def grid(css: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A table with a header row; numbers are right-aligned."""
    head = "".join(f"<th>{_escape(name)}</th>" for name in header)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='text-align:{'right' if isinstance(v, Decimal) else 'left'}'>"
            f"{_escape(show(v))}</td>"
            for v in row
        )
        + "</tr>"
        for row in rows
    )
    return f"<table class='{css}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def labelled_grid(
    css: str,
    header: Sequence[str],
    rows: Iterable[Sequence[tuple[str, bool]]],
    *,
    head_columns: int = 0,
) -> str:
    """A table of texts already formatted, each ``(text, numeric)``; numbers right-aligned.

    The first *head_columns* cells of each row are row labels (``<th>``). Every text is
    escaped: a column name or label ``<script>`` is shown, never run.
    """
    head = "".join(f"<th>{_escape(name)}</th>" for name in header)
    body = "".join(
        "<tr>"
        + "".join(
            f"<{'th' if i < head_columns else 'td'} "
            f"style='text-align:{'right' if numeric else 'left'}'>"
            f"{_escape(text)}</{'th' if i < head_columns else 'td'}>"
            for i, (text, numeric) in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table class='{css}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
