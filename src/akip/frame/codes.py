"""codes (kode sub kegiatan: the budget codes of a column as integer keys, and back).

A sub kegiatan code of Kepmendagri 050-5889/2021 is ``U.BB.PP.L.KK.SSSS`` (strict, ASCII
digits); its kegiatan is the first 5 dot-segments, its program the first 3, its bidang the
first 2, its urusan the first 1. This module checks that one format itself, column-wise, on
the distinct codes of a column (read from the Arrow buffers, no Python object per row), and
turns each into a 12-digit integer key (``U BB PP L KK SSSS``) whose parents are found by
integer division and which sorts like the codes; `_code_texts` prints keys back as codes.
The check is the rule of `akip.kode.pattern` (its segment widths, tested to agree code
for code); a bad code is explained by `akip.kode`.

References:
    - Kepmendagri No. 050-5889 Tahun 2021 (code structure of program, kegiatan, sub
      kegiatan), amended by Kepmendagri 900.1.15.5-3406/2024.
    - akip rules §3 (the code tree).

Examples:
    >>> bool(CODE_PATTERN.fullmatch("8.01.01.2.01.0001")), LEVELS[2]
    (True, 'program')
    >>> bool(CODE_PATTERN.fullmatch("8.01.01.2.01.01"))  # a 2-digit sub kegiatan (90/2019)
    False
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa

from akip import kode as _kode
from akip._validators import shown
from akip.exceptions import CodeError
from akip.frame._cells import _where
from akip.frame.amounts import _BLOCK

if TYPE_CHECKING:
    from collections.abc import Hashable

__all__ = ["CODE_PATTERN", "LEVELS"]


CODE_PATTERN: Final = _kode.pattern(_kode.CodeLevel.SUB_KEGIATAN)
"""A sub kegiatan code of Kepmendagri 050-5889/2021, ``U.BB.PP.L.KK.SSSS`` (ASCII digits), for
``fullmatch``: `akip.kode.pattern`, the rule this module checks column-wise."""

LEVELS: Final = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
"""The levels of the code tree, top first."""

# A sub kegiatan code as a 12-digit integer key: U BB PP L KK SSSS. Dropping the last
# `_DROP[level]` digits gives the key of its parent at that level; keys sort like codes.
# Everything is derived from the segment widths of `akip.kode`.
_SEGMENTS: Final = dict(zip(LEVELS, (1, 2, 3, 5, 6), strict=True))
_ENDS: Final = tuple(itertools.accumulate(_kode.WIDTHS))  # where each segment's digits end
_DROP: Final = {level: _ENDS[-1] - _ENDS[n - 1] for level, n in _SEGMENTS.items()}
_CODE_LEN: Final = _ENDS[-1] + len(_ENDS) - 1  # 12 digits and 5 dots
_DOTS: Final = tuple(end + i for i, end in enumerate(_ENDS[:-1]))  # places in the text
_DIGITS: Final = tuple(place for place in range(_CODE_LEN) if place not in _DOTS)


def _code_bytes(codes: object) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The codes' UTF-8 bytes as an (n, 17) uint8 matrix, and which rows are 17 bytes long.

    Read straight from the Arrow buffers (no Python object per row). A cell that is not text
    (None, a number) counts as a bad length.
    """
    try:
        arrow = (
            codes.cast(pa.large_string())
            if isinstance(codes, pa.Array)
            else pa.array(codes, type=pa.large_string())
        )
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        arrow = pa.array([c if isinstance(c, str) else None for c in codes], pa.large_string())  # type: ignore[attr-defined]
    offsets = np.frombuffer(arrow.buffers()[1], dtype=np.int64)[
        arrow.offset : arrow.offset + len(arrow) + 1
    ]
    data = np.frombuffer(arrow.buffers()[2] or b"", dtype=np.uint8)
    data = data if len(data) else np.zeros(1, dtype=np.uint8)
    good = (np.diff(offsets) == _CODE_LEN) & ~arrow.is_null().to_numpy(zero_copy_only=False)
    if good.all():
        chars = data[offsets[0] : offsets[-1]].reshape(len(arrow), _CODE_LEN)
    else:
        where = np.where(good, offsets[:-1], 0)[:, None] + np.arange(_CODE_LEN)
        chars = np.where(good[:, None], data[np.minimum(where, len(data) - 1)], 0)
    return chars, good


def _why_bad(value: object) -> str:
    """Why *value* is no sub kegiatan code, in the words of `akip.kode`."""
    try:
        level = _kode.code_level(value)
    except CodeError as exc:
        return str(exc).replace("'code' must", "a sub kegiatan code must", 1)
    if level is not _kode.CodeLevel.SUB_KEGIATAN:
        return f"a {level.label} code, not a sub kegiatan code: {shown(value)}"
    return f"a sub kegiatan code must have no surrounding spaces: {shown(value)}"


def _keys_of(
    chars: np.ndarray[Any, Any], good: np.ndarray[Any, Any]
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The 12-digit key of each distinct code (its bytes), and which of them are valid.

    The check is column-wise and equal to `CODE_PATTERN`: 17 bytes, dots at the five
    separator places, ASCII digits elsewhere (a non-ASCII character makes the text longer
    in bytes, or puts a byte outside ``0``–``9`` in a digit's place).
    """
    for place in _DOTS:
        good &= chars[:, place] == ord(".")
    digits = chars[:, list(_DIGITS)].astype(np.int64) - ord("0")
    good &= ((digits >= 0) & (digits <= 9)).all(axis=1)  # noqa: PLR2004
    keys = digits @ (10 ** np.arange(len(_DIGITS) - 1, -1, -1, dtype=np.int64))
    return keys, good


def _arrow_text(codes: pd.Series[Any]) -> Any:
    """The column as one Arrow text array if it is Arrow-backed text, else ``None``."""
    arrow = getattr(codes.array, "_pa_array", None)
    if isinstance(arrow, pa.ChunkedArray) and (
        pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type)
    ):
        return arrow.combine_chunks() if arrow.num_chunks != 1 else arrow.chunk(0)
    return None


def _fixed_binary(text: Any) -> Any:
    """The cells as fixed size binary values when every cell is 17 bytes, else ``None``.

    The cells then lie side by side in Arrow's data buffer, read without a copy as fixed
    size binary values, which Arrow hashes about twice as fast as text.
    """
    if text is None or text.null_count or not len(text):
        return None
    width = np.int64 if pa.types.is_large_string(text.type) else np.int32
    offsets = np.frombuffer(text.buffers()[1], dtype=width)[
        text.offset : text.offset + len(text) + 1
    ]
    if not _all_lengths(offsets, _CODE_LEN):
        return None
    data = text.buffers()[2].slice(int(offsets[0]), _CODE_LEN * len(text))
    return pa.FixedSizeBinaryArray.from_buffers(pa.binary(_CODE_LEN), len(text), [None, data])


def _all_lengths(offsets: np.ndarray[Any, Any], width: int) -> bool:
    """Whether every cell of these Arrow offsets is *width* bytes long.

    Block by block through one buffer, as `_check_total`.
    """
    if int(offsets[-1]) - int(offsets[0]) != width * (len(offsets) - 1):
        return False
    lengths = np.empty(min(len(offsets) - 1, _BLOCK), dtype=offsets.dtype)
    for start in range(0, len(offsets) - 1, _BLOCK):
        part = lengths[: min(_BLOCK, len(offsets) - 1 - start)]
        np.subtract(
            offsets[start + 1 : start + 1 + len(part)],
            offsets[start : start + len(part)],
            out=part,
        )
        if not (part == width).all():
            return False
    return True


def _binary_chars(values: Any) -> np.ndarray[Any, Any]:
    """Fixed size binary values of 17 bytes as an (n, 17) uint8 matrix, without a copy."""
    raw = np.frombuffer(values.buffers()[1], dtype=np.uint8)
    start = values.offset * _CODE_LEN
    return raw[start : start + _CODE_LEN * len(values)].reshape(-1, _CODE_LEN)


def _fixed_width(text: Any) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]] | None:
    """Group numbers and distinct codes' bytes when every cell is 17 bytes, else ``None``."""
    fixed = _fixed_binary(text)
    if fixed is None:
        return None
    encoded = fixed.dictionary_encode()
    return encoded.indices.to_numpy(zero_copy_only=False), _binary_chars(encoded.dictionary)


def _factorize(codes: pd.Series[Any], text: Any) -> tuple[np.ndarray[Any, Any], object]:
    """Each row's number among the distinct codes (-1 if missing), and the distinct codes.

    Arrow-backed text (pandas' ``str`` dtype) is dictionary-encoded by Arrow, faster than a
    pandas hash table; other columns go through `pandas.factorize`.
    """
    if text is not None:
        encoded = text.dictionary_encode()
        indices = encoded.indices
        if indices.null_count:
            indices = indices.fill_null(-1)
        return indices.to_numpy(zero_copy_only=False), encoded.dictionary
    try:
        group, uniques = pd.factorize(codes)
    except TypeError:  # an unhashable cell (a list): it is no code
        group, uniques = pd.factorize(codes.map(lambda c: c if isinstance(c, str) else None))
    return group, np.asarray(uniques, dtype=object)


def _code_groups(
    frame: pd.DataFrame, column: Hashable
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, np.dtype[np.int64]]]:
    """Each row's group number and each group's 12-digit key: only distinct codes are read.

    Raises:
        CodeError: naming the first bad row and the number of rows with a bad code.
    """
    codes = frame[column]
    text = _arrow_text(codes)
    fixed = _fixed_width(text)
    if fixed is not None:
        group, chars = fixed
        good = np.ones(len(chars), dtype=bool)
    else:
        group, uniques = _factorize(codes, text)
        chars, good = _code_bytes(uniques)
    keys, good = _keys_of(chars, good)
    if len(group) and (not good.all() or group.min() < 0):
        bad_row = (group < 0) | ~np.append(good, True)[group]
        bad = np.flatnonzero(bad_row)
        row, value = frame.index[int(bad[0])], codes.iloc[int(bad[0])]
        msg = (
            f"{_where(row, column)}: {_why_bad(value)} "
            f"({len(bad)} bad code{'s' if len(bad) > 1 else ''})"
        )
        raise CodeError(msg)
    return group, keys.astype(np.int64)


@functools.cache
def _four_digits() -> np.ndarray[Any, Any]:
    """The ASCII bytes of 0000 to 9999, each number's four bytes as one 4-byte word.

    A gather of one word per number is an order of magnitude faster than of four bytes.
    """
    numbers = np.arange(10**4, dtype=np.int64)
    powers = 10 ** np.arange(3, -1, -1, dtype=np.int64)
    chars = (numbers[:, None] // powers % 10 + ord("0")).astype(np.uint8)
    words: np.ndarray[Any, Any] = chars.view(np.uint32).ravel()
    return words


def _code_texts(local: np.ndarray[Any, Any], depth: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The code text of every node, column-wise: key 70101 at depth 2 → '7.01.01'.

    The 12 digits (the key padded with zeros) and the five dots are laid out as bytes, and
    each level's nodes take the first 1, 4, 7, 12 or 17 of them.
    """
    drop = np.array([_DROP[level] for level in LEVELS], dtype=np.int64)[depth]
    padded = local * 10**drop
    chars = np.full((len(local), _CODE_LEN), ord("."), dtype=np.uint8)
    # The 12 digits as three groups of four, each looked up as its four ASCII bytes.
    high, rest = np.divmod(padded, 10**8)
    chars[:, list(_DIGITS)] = (
        _four_digits()[np.stack([high, *np.divmod(rest, 10**4)], axis=1)]
        .view(np.uint8)
        .reshape(len(local), len(_DIGITS))
    )
    widths = np.array(
        [_ENDS[_SEGMENTS[level] - 1] + _SEGMENTS[level] - 1 for level in LEVELS], dtype=np.int64
    )[depth]
    # Each node's first *width* bytes, one after the other: the data of one Arrow text array.
    data = np.compress((np.arange(_CODE_LEN) < widths[:, None]).ravel(), chars.ravel())
    offsets = np.zeros(len(local) + 1, dtype=np.int64)
    np.cumsum(widths, out=offsets[1:])
    texts = pa.LargeStringArray.from_buffers(len(local), pa.py_buffer(offsets), pa.py_buffer(data))
    result: np.ndarray[Any, Any] = texts.to_numpy(zero_copy_only=False)
    return result
