"""kode (kode program, kegiatan dan sub kegiatan, the budget codes).

A regional budget line is keyed by a dotted code whose prefixes are its ancestors:
urusan ``U`` → bidang urusan ``U.BB`` → program ``U.BB.PP`` → kegiatan ``U.BB.PP.L.KK`` →
sub kegiatan ``U.BB.PP.L.KK.SSSS``. The parent of a code is the code one level up (its
prefix). Before Kepmendagri 050-5889/2021 the sub kegiatan segment had two digits
(``4.01.05.1.01.01``, Permendagri 90/2019); such codes are accepted only with
``legacy=True``. Real data also holds malformed codes (``1.01.01.02.01.0001``: a two-digit
``L``); [`normalize_code`][akip.kode.normalize_code] refuses them in strict mode (the default)
and repairs unambiguous width errors otherwise, saying what it changed
([`repair_code`][akip.kode.repair_code]).

The ``L`` digit (1 in provincial, 2 in kabupaten/kota data) is kept as part of the key and
given no meaning.

References:
    - Permendagri 90/2019 on the classification, codification and nomenclature of regional
      development planning and finance (2-digit sub kegiatan).
    - Kepmendagri 050-5889/2021 (4-digit sub kegiatan), amended by Kepmendagri
      900.1.15.5-3406/2024.
    - Rules §3 and research §7 of the akip specification.

Examples:
    >>> code_level("1.02.02.2.02.0001")
    <CodeLevel.SUB_KEGIATAN: 'sub kegiatan'>
    >>> parent_code("1.02.02.2.02.0001")
    '1.02.02.2.02'
    >>> parent_code("1.02.02")
    '1.02'
    >>> normalize_code("1.01.01.02.01.0001", strict=False)
    '1.01.01.2.01.0001'
    >>> normalize_code("1.01.01.02.01.0001")
    Traceback (most recent call last):
    akip.exceptions.CodeError: 'code' must match U.BB.PP.L.KK.SSSS (Kepmendagri 050-5889/2021): '1.01.01.02.01.0001'
"""  # noqa: E501

from __future__ import annotations

import re
from typing import Final

import attrs

from akip._bands import LabelledEnum, parse_option
from akip._validators import clean_text, shown, typed
from akip.exceptions import CodeError, InvalidValue

__all__ = [
    "WIDTHS",
    "CodeLevel",
    "CodeRepair",
    "code_level",
    "is_valid_code",
    "markdown_table",
    "normalize_code",
    "parent_code",
    "pattern",
    "repair_code",
]


class CodeLevel(LabelledEnum):
    """The level of a budget line, from the top of the tree down."""

    URUSAN = "urusan"
    BIDANG = "bidang urusan"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub kegiatan"

    @property
    def depth(self) -> int:
        """0 for urusan … 4 for sub kegiatan."""
        return list(CodeLevel).index(self)


WIDTHS: Final = (1, 2, 2, 1, 2, 4)
"""Digits in each segment of a sub kegiatan code ``U.BB.PP.L.KK.SSSS``; a code of a higher
level has the first 1, 2, 3 or 5 of them (Kepmendagri 050-5889/2021)."""

_WIDTHS = WIDTHS
_LEGACY_LAST = 2
_SEGMENTS = {
    CodeLevel.URUSAN: 1,
    CodeLevel.BIDANG: 2,
    CodeLevel.PROGRAM: 3,
    CodeLevel.KEGIATAN: 5,
    CodeLevel.SUB_KEGIATAN: 6,
}
_BY_COUNT = {count: level for level, count in _SEGMENTS.items()}
_PATTERN_NAMES = {1: "U", 2: "U.BB", 3: "U.BB.PP", 5: "U.BB.PP.L.KK", 6: "U.BB.PP.L.KK.SSSS"}
_EXAMPLES = {
    1: "1",
    2: "1.02",
    3: "1.02.02",
    5: "1.02.02.2.02",
    6: "1.02.02.2.02.0001",
}


def _widths(count: int, *, legacy: bool) -> tuple[int, ...]:
    widths = _WIDTHS[:count]
    if legacy and count == len(_WIDTHS):
        widths = (*widths[:-1], _LEGACY_LAST)
    return widths


def _regex(count: int, *, legacy: bool) -> re.Pattern[str]:
    flag: object = legacy  # refused at run time, whatever the annotation says
    if not isinstance(flag, bool):
        msg = f"'legacy' must be True or False: {shown(legacy)}"
        raise InvalidValue(msg)
    parts = (r"\d" if w == 1 else rf"\d{{{w}}}" for w in _widths(count, legacy=legacy))
    return re.compile(r"\.".join(parts), re.ASCII)  # ASCII digits: '٣' is no code digit


def pattern(level: object = CodeLevel.SUB_KEGIATAN, *, legacy: bool = False) -> re.Pattern[str]:
    r"""The regular expression of a well-formed code of *level*, for ``fullmatch``.

    Examples:
        >>> print(pattern().pattern)
        \d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}
        >>> bool(pattern("program").fullmatch("1.02.02"))
        True

    Raises:
        InvalidValue: for an unknown level.
    """
    chosen = parse_option(CodeLevel, level, "level")
    return _regex(_SEGMENTS[chosen], legacy=legacy)


def _text(code: object) -> str:
    if not isinstance(code, str):
        msg = f"'code' must be a str, not {type(code).__name__}: {shown(code)}"
        raise CodeError(msg)
    return code.strip()


def is_valid_code(code: object, *, legacy: bool = False) -> bool:
    """Whether *code* is a well-formed code of some level (no repair, surrounding spaces ok).

    Raises:
        CodeError: if *code* is not text (a number is no code: ``1.02`` has lost its zeros).

    Examples:
        >>> is_valid_code("4.01.05.1.01.01"), is_valid_code("4.01.05.1.01.01", legacy=True)
        (False, True)
    """
    if not clean_text(code):
        msg = f"'code' must be text: {shown(code)}"
        raise CodeError(msg)
    try:
        code_level(code, legacy=legacy)
    except CodeError:
        return False
    return True


def code_level(code: object, *, legacy: bool = False) -> CodeLevel:
    """Return the level of a well-formed *code*.

    Args:
        code: A dotted code such as ``"1.02.02.2.02.0001"``.
        legacy: Accept the two-digit sub kegiatan segment of Permendagri 90/2019.

    Raises:
        CodeError: if *code* is not a string or not well formed.
    """
    text = _text(code)
    count = text.count(".") + 1
    level = _BY_COUNT.get(count)
    if level is None or not _regex(count, legacy=legacy).fullmatch(text):
        if level is None:
            msg = f"'code' must have 1, 2, 3, 5 or 6 dot-separated segments: {shown(code)}"
        else:
            pattern = _PATTERN_NAMES[count]
            if count == len(_WIDTHS) and legacy:
                pattern = pattern[:-2] + " (legacy, Permendagri 90/2019)"
            else:
                pattern += " (Kepmendagri 050-5889/2021)"
            msg = f"'code' must match {pattern}: {shown(code)}"
        raise CodeError(msg)
    return level


def parent_code(code: object, *, legacy: bool = False) -> str | None:
    """Return the code one level up (its prefix), or ``None`` for an urusan.

    Examples:
        >>> parent_code("1.02.02.2.02"), parent_code("1")
        ('1.02.02', None)
    """
    level = code_level(code, legacy=legacy)
    if level is CodeLevel.URUSAN:
        return None
    parent = list(CodeLevel)[level.depth - 1]
    return ".".join(_text(code).split(".")[: _SEGMENTS[parent]])


@typed
@attrs.frozen
class CodeRepair:
    """The result of [`repair_code`][akip.kode.repair_code]: the code and what was changed."""

    original: str
    code: str
    repairs: tuple[str, ...]

    @property
    def repaired(self) -> bool:
        """Whether anything but surrounding whitespace was changed."""
        return bool(self.repairs)


def _digits(segment: str) -> bool:
    """ASCII digits only (``str.isdigit`` also takes '٣' and '²')."""
    return segment.isascii() and segment.isdigit()


def repair_code(code: object, *, legacy: bool = False) -> CodeRepair:
    """Repair unambiguous width errors in *code* and list each repair.

    Spaces around segments are removed; a segment shorter than its width is zero-padded
    (``1.1`` → ``1.01``); a segment longer than its width loses leading zeros only
    (``02`` → ``2`` for ``L``). A two-digit sub kegiatan segment without ``legacy`` is not
    widened: the 90/2019 and 050-5889/2021 numberings are different nomenclatures.

    Raises:
        CodeError: if the code cannot be repaired without guessing.

    Examples:
        >>> repair_code("1.1.1").repairs
        ("segment 2 '1' padded to '01'", "segment 3 '1' padded to '01'")
    """
    text = _text(code)
    segments = [segment.strip() for segment in text.split(".")]
    count = len(segments)
    if count not in _BY_COUNT or not all(_digits(segment) for segment in segments):
        msg = f"'code' must be 1, 2, 3, 5 or 6 dot-separated digit groups: {shown(code)}"
        raise CodeError(msg)
    widths = _widths(count, legacy=legacy)
    fixed: list[str] = []
    repairs: list[str] = []
    for number, (segment, width) in enumerate(zip(segments, widths, strict=True), start=1):
        new = segment
        if count == len(_WIDTHS) and number == count and not legacy and len(segment) == 2:  # noqa: PLR2004
            msg = (
                f"'code' has a 2-digit sub kegiatan segment (Permendagri 90/2019); "
                f"pass legacy=True to accept it: {shown(code)}"
            )
            raise CodeError(msg)
        if len(segment) < width:
            new = segment.zfill(width)
        elif len(segment) > width:
            new = segment.lstrip("0").zfill(width)
            if len(new) > width:
                msg = f"'code' segment {number} must have {width} digit(s): {shown(code)}"
                raise CodeError(msg)
        if new != segment:
            verb = "padded" if len(segment) < width else "trimmed"
            repairs.append(f"segment {number} {shown(segment)} {verb} to {shown(new)}")
        fixed.append(new)
    return CodeRepair(original=str(code), code=".".join(fixed), repairs=tuple(repairs))


def normalize_code(code: object, *, strict: bool = True, legacy: bool = False) -> str:
    """Return *code* in canonical form.

    Args:
        code: The code as printed or stored.
        strict: Refuse anything but surrounding whitespace (default). With ``strict=False``
            the repairs of [`repair_code`][akip.kode.repair_code] are applied; call that
            function to see them.
        legacy: Accept the two-digit sub kegiatan segment of Permendagri 90/2019.

    Raises:
        CodeError: if *code* is malformed (strict) or cannot be repaired.

    Examples:
        >>> normalize_code(" 1.02.02.2.02.0001 ")
        '1.02.02.2.02.0001'
    """
    if strict:
        code_level(code, legacy=legacy)
        return _text(code)
    return repair_code(code, legacy=legacy).code


def markdown_table() -> str:
    """The code patterns as a Markdown table (rendered into the docs)."""
    rows = ["| Level | Pattern | Regex | Example |", "|---|---|---|---|"]
    for level, count in _SEGMENTS.items():
        regex = _regex(count, legacy=False).pattern
        rows.append(
            f"| {level.label} | `{_PATTERN_NAMES[count]}` | `^{regex}$` | `{_EXAMPLES[count]}` |"
        )
    legacy = _regex(len(_WIDTHS), legacy=True).pattern
    rows.append(
        f"| sub kegiatan (legacy, Permendagri 90/2019, `legacy=True`) | `U.BB.PP.L.KK.SS` "
        f"| `^{legacy}$` | `4.01.05.1.01.01` |"
    )
    return "\n".join(rows)
