"""Fuzz targets of the report loaders (issue 13): raw text and bytes, never a traceback.

``loads_toml``, ``loads_json`` and ``load`` are fed random text, the bundled examples with
random edits (characters inserted, deleted or replaced, brackets piled up, digits
lengthened) and random bytes. Each call must return a `Report` or raise a `ReportError`;
any other exception is a defect.

A short run is part of ``make test``; ``make fuzz`` runs many more examples
(``AKIP_FUZZ_EXAMPLES``, default here 40).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akip import report
from akip.exceptions import ReportError

EXAMPLES = Path(__file__).parent.parent / "examples"
SEEDS = {
    "toml": [
        (EXAMPLES / n).read_text(encoding="utf-8") for n in ("minimal.toml", "dumai-2024.toml")
    ],
    "json": [(EXAMPLES / "dumai-2024.json").read_text(encoding="utf-8")],
}
FUZZ = settings(
    max_examples=int(os.environ.get("AKIP_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces that stress a parser: nesting, long numbers, odd characters, structure keys.
PIECES = st.sampled_from(
    [
        "[" * 200,
        "{" * 200,
        "]",
        "}",
        "9" * 5000,
        "1e999999",
        "-0",
        "\ud800",
        "\x00",
        "²",
        "٣",
        '"',
        "'''",
        "\\",
        "\n[[budget]]\n",
        'parent = "OPD"\n',
        'level = "opd"\n',
        "= =",
        ",",
        "NaN",
        "Infinity",
        "2024-02-30",
        "\r\n",
    ]
)


@st.composite
def edited(draw: st.DrawFn, kind: str) -> str:
    """A seed file with a few random edits."""
    text = draw(st.sampled_from(SEEDS[kind]))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.one_of(PIECES, st.text(max_size=8)))
        end = min(len(text), at + draw(st.integers(min_value=0, max_value=40)))
        if action == "insert":
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[end:]
        else:
            text = text[:at] + piece + text[end:]
    return text


def _loads_or_refuses(loads: object, text: str) -> None:
    try:
        result = loads(text)  # type: ignore[operator]
    except ReportError:
        return
    assert isinstance(result, report.Report)


@FUZZ
@given(st.one_of(edited("toml"), st.text(max_size=200)))
def test_fuzz_loads_toml(text):
    """loads_toml returns a Report or raises ReportError, whatever the text."""
    _loads_or_refuses(report.loads_toml, text)


@FUZZ
@given(st.one_of(edited("json"), st.text(max_size=200)))
def test_fuzz_loads_json(text):
    """loads_json returns a Report or raises ReportError, whatever the text."""
    _loads_or_refuses(report.loads_json, text)


@FUZZ
@given(
    st.sampled_from([".toml", ".json"]),
    st.one_of(
        edited("toml").map(lambda t: t.encode("utf-8", "surrogatepass")),
        edited("json").map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.binary(max_size=200),
    ),
)
def test_fuzz_load(suffix, data):
    """load() of random bytes (invalid UTF-8 included) returns a Report or a ReportError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(data)
        _loads_or_refuses(report.load, path)  # type: ignore[arg-type]
