"""Private guards of the report loader: bounded reads, nesting depth, encodable text.

The parsers (``tomllib``, ``json``) recurse once per level of nesting and read whatever they
are given. These checks make hostile input a `ReportError` naming the file and the problem,
never a ``RecursionError``, minutes of parsing or an unbounded read:

- a file is read up to a number of **bytes read** (never trusting the size the file system
  reports: ``/dev/zero`` and a FIFO report 0);
- a TOML key of more than `MAX_DEPTH` dotted parts (``tomllib`` takes time quadratic in
  them) is refused before parsing;
- text nested more than `MAX_DEPTH` arrays or tables deep is refused, with that reason,
  whatever else is wrong with it: a report the schema accepts nests 6 deep at most, so
  the nesting (counted on the text, outside strings and comments) is counted only when the
  parser or the schema refuses the text (`deep_first`), not on every valid file;
- text with a lone surrogate (no UTF-8 form) is refused.
"""

from __future__ import annotations

import gc
import os
import re
from typing import Final

from akip._validators import key_name
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

# MAX_DEPTH dots on one line: only such a line can hold a key of more than MAX_DEPTH parts.
_DOTTED_LINE: Final = re.compile(rf"\.(?:[^.\n]*+\.){{{MAX_DEPTH - 1}}}")


def check_keys(text: str, kind: str, where: str) -> None:
    """Refuse a TOML key of more than `MAX_DEPTH` dotted parts, before parsing.

    Only text with a line of that many dots is scanned (`check_depth`, which refuses too
    deep a nesting as well); nothing else of a valid file is.

    Raises:
        ReportError: naming *where*, the limit and the line of the key.
    """
    if kind == "toml" and text.count(".") >= MAX_DEPTH and _DOTTED_LINE.search(text):
        check_depth(text, kind, where)


class DeepFirst:
    """A context in which an error of text nested too deep is that error (`check_depth`).

    Parsing and building a report run in it: when either fails (a ``RecursionError`` of the
    parser, a syntax or schema error), the nesting of the text is counted, and a text nested
    more than `MAX_DEPTH` deep is refused for that reason, as if it had been counted first.
    A text that parses and passes the schema nests no deeper than the schema (6 levels).
    """

    def __init__(self, text: str, kind: str, where: str) -> None:
        self.text: str | None = text
        self.kind, self.where = kind, where

    def release(self) -> None:
        """Drop the text: its parsed JSON data passed the schema, so it nests no deeper.

        Only for JSON: every bracket of a parsed JSON text outside its strings (all that
        `check_depth` counts) opens an array or object of the data, so the text nests
        exactly as deep as the data, and data the schema passes nests 6 levels at most:
        `check_depth` could not refuse it. The text of a big file (43 MB for 10^5 budget
        lines) is then freed before the report is built. (A TOML text is kept: a quoted
        or escaped form the token pattern does not know could hold brackets it counts.)
        """
        if self.kind == "json":
            self.text = None

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is not None and issubclass(kind, Exception) and self.text is not None:
            check_depth(self.text, self.kind, self.where)


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
    """Refuse *text* whose arrays / tables nest deeper than `MAX_DEPTH`, or a long key.

    Raises:
        ReportError: naming *where*, the limit and the line where it is passed.
    """
    dots = text.count(".") if kind == "toml" else 0
    if text.count("[") + text.count("{") <= MAX_DEPTH and dots <= MAX_DEPTH:
        return  # too few brackets or dots to nest that deep: no scan needed
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


# A JSON escape of a surrogate (``\ud800``): the only way JSON text that is valid Unicode
# can decode to a string with no UTF-8 form (a high surrogate without its low one).
_SURROGATE_ESCAPE: Final = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def may_decode_to_surrogate(text: str) -> bool:
    r"""Whether JSON *text* holds an escape of a surrogate (``\ud800``), paired or not."""
    return _SURROGATE_ESCAPE.search(text) is not None


def check_encodable_data(data: object, where: str) -> None:
    r"""Refuse parsed data holding a string (key or value) with no UTF-8 form.

    A JSON escape such as ``"\ud800"`` is valid JSON text that decodes to a lone
    surrogate; `check_encodable` on the text cannot see it. Walked without recursion.

    Raises:
        ReportError: naming *where* and the path of the first such string.
    """
    # Each entry: (its path as a linked list of parts, or None at the top; the value).
    stack: list[tuple[_Path, object]] = [(None, data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            texts = [value]
        elif isinstance(value, dict):
            texts = list(value)
            stack.extend(((path, key), v) for key, v in reversed(value.items()))
        elif isinstance(value, list):
            texts = []
            stack.extend(((path, i), v) for i, v in reversed(list(enumerate(value))))
        else:
            continue
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                msg = (
                    f"{where}: text at {_path_text(path)} holds a lone surrogate "
                    "(a \\u escape of half a character; not valid Unicode)"
                )
                raise ReportError(msg) from None


_Path = tuple["_Path", object] | None
_MAX_PATH: Final = 200  # a longer path keeps its end (where the text is), after "…"


def _path_text(path: _Path) -> str:
    """``budget[3].name``, each key as written or as a bounded repr when long or odd."""
    parts: list[str] = []
    while path is not None:
        path, part = path
        parts.append(f"[{part}]" if isinstance(part, int) else f".{key_name(part)}")
    text = "".join(reversed(parts)).removeprefix(".") or "the top"
    return text if len(text) <= _MAX_PATH else "…" + text[-(_MAX_PATH - 1) :]


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
