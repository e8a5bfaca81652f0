"""Private guards of the report loader: bounded reads, nesting depth, encodable text.

The parsers (``tomllib``, ``json``) recurse once per level of nesting and read whatever they
are given. These checks run before them, so hostile input is a `ReportError` naming the
file and the problem, never a ``RecursionError`` or an unbounded read:

- a file is read up to a number of **bytes read** (never trusting the size the file system
  reports: ``/dev/zero`` and a FIFO report 0);
- the nesting depth of arrays and tables is counted on the text (outside strings and
  comments) before parsing;
- text with a lone surrogate (no UTF-8 form) is refused.
"""

from __future__ import annotations

import gc
import itertools
import os
import re
from typing import Final

from akip.exceptions import ReportError

_PIECE: Final = 1 << 20  # bytes read at a time past the size the file system reports

MAX_DEPTH: Final = 32
"""The deepest nesting of arrays / tables a report file may have (the format needs 4)."""

# Everything that may hold a bracket that is not structure (strings, comments) is matched
# whole, so only the brackets outside them are counted.
_KEY_PART = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
_TOML_TOKENS: Final = re.compile(
    # A key of more than MAX_DEPTH dotted parts (tomllib takes quadratic time over them),
    # tried first so that its quoted parts are not read as strings. It starts where a bare
    # key does (not inside one), and its parts never backtrack (possessive).
    rf"(?P<key>(?<![A-Za-z0-9_-]){_KEY_PART}(?:[ \t]*+\.[ \t]*+{_KEY_PART}){{{MAX_DEPTH},}})"
    r'|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]'
)
_JSON_TOKENS: Final = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_OPEN: Final = frozenset("[{")
_CLOSE: Final = frozenset("]}")

# The fast pass: the same strings and comments, matched whole without backtracking (the
# unrolled, possessive form of the same languages), with the bracket outside them in the
# group. A key of more than MAX_DEPTH dotted parts has that many dots on one line: only a
# file with such a line takes the slow pass above, which looks for one.
_FAST_STRINGS: Final = r'"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"'
_FAST_TOML: Final = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|' + _FAST_STRINGS + r"|'[^'\n]*+'|#[^\n]*+|([\[\]{}])"
)
_FAST_JSON: Final = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"|([\[\]{}])')
# MAX_DEPTH dots on one line:
_DOTTED_LINE: Final = re.compile(rf"\.(?:[^.\n]*+\.){{{MAX_DEPTH - 1}}}")
_STEP: Final = {"[": 1, "{": 1, "]": -1, "}": -1}


def _deepest(text: str, kind: str) -> int | None:
    """The deepest nesting of *text*, or ``None`` when only the slow pass can tell.

    ``None`` when a line may hold a key of too many dotted parts (TOML), or a closing
    bracket comes before its opening one (the slow pass counts such text its own way).
    """
    if kind == "toml" and _DOTTED_LINE.search(text):
        return None
    fast = _FAST_TOML if kind == "toml" else _FAST_JSON
    brackets = "".join(fast.findall(text))
    if not brackets:
        return 0
    depths = list(itertools.accumulate(map(_STEP.__getitem__, brackets)))
    return max(depths) if min(depths) >= 0 else None


class PausedGC:
    """A context in which the cyclic garbage collector does not run (if it was enabled).

    Building a report or its ledger makes millions of small objects that live on, none of
    them in a cycle: each full collection on the way would walk all of them again, so the
    build would take time quadratic in the size of the report. Reference counting still
    frees everything that is dropped; the collector runs again after the block.
    """

    def __init__(self) -> None:
        self.was_enabled = False

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was_enabled:
            gc.enable()


def check_depth(text: str, kind: str, where: str) -> None:
    """Refuse *text* whose arrays / tables nest deeper than `MAX_DEPTH` (before parsing).

    Raises:
        ReportError: naming *where*, the limit and the line where it is passed.
    """
    dots = text.count(".") if kind == "toml" else 0
    if text.count("[") + text.count("{") <= MAX_DEPTH and dots <= MAX_DEPTH:
        return  # too few brackets or dots to nest that deep: no scan needed
    deepest = _deepest(text, kind)
    if deepest is not None and deepest <= MAX_DEPTH:
        return
    tokens = _TOML_TOKENS if kind == "toml" else _JSON_TOKENS
    depth = 0
    for match in tokens.finditer(text):
        token = match.group()
        if match.lastgroup == "key":
            line = text.count("\n", 0, match.start()) + 1
            msg = f"{where}: a key of more than {MAX_DEPTH} dotted parts (line {line})"
            raise ReportError(msg)
        if token in _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                msg = (
                    f"{where}: nested deeper than {MAX_DEPTH} levels of arrays or tables "
                    f"(line {line})"
                )
                raise ReportError(msg)
        elif token in _CLOSE:
            depth = max(0, depth - 1)


def check_encodable(text: str, where: str) -> None:
    r"""Refuse text that has no UTF-8 form (a lone surrogate such as ``'\ud800'``).

    Raises:
        ReportError: naming *where* and the position of the first such character.
    """
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = (
            f"{where}: text holds a lone surrogate at character {exc.start} "
            "(not valid Unicode; the file must be UTF-8)"
        )
        raise ReportError(msg) from exc


def read_bounded(file: str, limit: int) -> bytes:
    """Read at most *limit* bytes of *file*, refusing it if there are more.

    The bound is on the bytes read, whatever size the file system reports, so a device
    (``/dev/zero``), a pipe or a growing file cannot make the loader read without end.

    Raises:
        OSError: if the file cannot be opened or read (the caller names the file).
        ReportError: if the file holds more than *limit* bytes.
    """
    with open(file, "rb") as stream:  # noqa: PTH123 - pathlib costs start-up time
        # The size the file system reports is only the first read's size: a regular file
        # is read in one piece of its own size (never a buffer of the whole limit), and
        # whatever follows (a device, a pipe, a file that grows) in pieces up to the limit.
        size = os.fstat(stream.fileno()).st_size
        parts = [stream.read(min(max(size, 0), limit) + 1)]
        read = len(parts[0])
        while read <= limit and parts[-1]:
            parts.append(stream.read(min(_PIECE, limit + 1 - read)))
            read += len(parts[-1])
    if read > limit:
        msg = f"{file}: file is over the limit of {limit} bytes ({limit // (1 << 20)} MiB)"
        raise ReportError(msg)
    return parts[0] if len(parts) == 1 else b"".join(parts)
