"""terbilang (angka terbilang: amounts written in words, rupiah with sen).

Official documents print a rupiah amount twice, as a figure and in words:
``Rp 45.195.966.217 (empat puluh lima miliar seratus sembilan puluh lima juta sembilan
ratus enam puluh enam ribu dua ratus tujuh belas rupiah)``. This module spells amounts
([`spell`][akip.terbilang.spell]) and compares printed words with a figure
([`matches`][akip.terbilang.matches], [`differences`][akip.terbilang.differences]).

The rule (Indonesian number words, KBBI / PUEBI):

- 1–9 *satu … sembilan*; 10 *sepuluh*, 11 *sebelas*, 12–19 *dua belas … sembilan belas*;
  tens *dua puluh … sembilan puluh*; 100 *seratus*, 200 *dua ratus*.
- Groups of three digits take the scale words *ribu* (10³), *juta* (10⁶), *miliar* (10⁹),
  *triliun* (10¹²) and *kuadriliun* (10¹⁵). Amounts from 10¹⁸ up are refused.
- The prefix *se-* replaces *satu* only in *sepuluh*, *sebelas*, *seratus* and *seribu*,
  and *seribu* only when the whole thousands group is 1: 1.001.000 is *satu juta seribu*,
  101.000 is *seratus satu ribu* (the ``terbilang`` package writes "seratus seribu"),
  1.000.000 is *satu juta* (never *sejuta*).
- Sen: the amount is read to two decimals; a non-zero sen part is spelled as a whole
  number followed by *sen*: 1.500,50 is *seribu lima ratus rupiah lima puluh sen*;
  0,50 is *lima puluh sen*; 0 is *nol rupiah*. More than two decimals (other than zeros)
  are refused: they are not a rupiah amount.
- Negative amounts are refused: official documents do not write them in words.

Words are lower case; a report's capitalisation is matched by the comparison, which
ignores case, spacing and punctuation, reads *milyar* as *miliar* and *trilyun* as
*triliun*, and accepts words with or without the final *rupiah*.

References:
    - Kamus Besar Bahasa Indonesia: *miliar*, *triliun*, *kuadriliun*; prefix *se-*.
    - Pedoman Umum Ejaan Bahasa Indonesia (PUEBI), penulisan angka dan bilangan.
    - akip specification, rules §6; prior-art §(d) (num2words ``lang='id'`` writes
      1.001.000 as "satu juta satu ribu"; the ``terbilang`` package writes 101.000 as
      "seratus seribu").

Examples:
    >>> spell(45195966217)  # doctest: +NORMALIZE_WHITESPACE
    'empat puluh lima miliar seratus sembilan puluh lima juta sembilan ratus enam puluh enam
    ribu dua ratus tujuh belas rupiah'
    >>> spell(1001000)
    'satu juta seribu rupiah'
    >>> spell("1500.50")
    'seribu lima ratus rupiah lima puluh sen'
    >>> matches("Empat puluh milyar seratus sembilan puluh lima juta sembilan ratus "
    ...         "enam puluh enam ribu dua ratus tujuh belas rupiah", 45195966217)
    False
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from akip._decimal import in_context
from akip._i18n import N_, Message
from akip._validators import clean_text, shown
from akip.exceptions import InvalidValue
from akip.numbers import to_decimal

__all__ = ["LIMIT", "differences", "matches", "normalize", "spell", "spell_integer"]

LIMIT: Final = 10**18
"""Amounts must be below 10¹⁸ (the largest scale word is *kuadriliun*, 10¹⁵)."""

_UNITS: Final = (
    *("", "satu", "dua", "tiga", "empat"),
    *("lima", "enam", "tujuh", "delapan", "sembilan"),
)
_SCALES: Final = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")
_SPELLING: Final = {"milyar": "miliar", "trilyun": "triliun", "kwadriliun": "kuadriliun"}
_PUNCTUATION: Final = re.compile(r"[^\w]+")
_CENT: Final = Decimal("0.01")


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNITS[hundreds], "ratus"]
    tens, unit = divmod(rest, 10)
    if rest == 10:  # noqa: PLR2004 - the word sepuluh
        words.append("sepuluh")
    elif rest == 11:  # noqa: PLR2004 - the word sebelas
        words.append("sebelas")
    elif tens == 1:
        words += [_UNITS[unit], "belas"]
    else:
        if tens:
            words += [_UNITS[tens], "puluh"]
        if unit:
            words.append(_UNITS[unit])
    return words


@in_context
def spell_integer(n: int) -> str:
    """Spell a whole number 0 ≤ *n* < 10¹⁸ in Indonesian words.

    Examples:
        >>> spell_integer(101000)
        'seratus satu ribu'
        >>> spell_integer(10**12)
        'satu triliun'
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < LIMIT:
        msg = f"'n' must be an int with 0 <= n < 10**18: {shown(n)}"
        raise InvalidValue(msg)
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale in range(len(_SCALES) - 1, -1, -1):
        group = n // 1000**scale % 1000
        if not group:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")
        else:
            words += _below_thousand(group)
            if scale:
                words.append(_SCALES[scale])
    return " ".join(words)


@in_context
def spell(amount: object) -> str:
    """Spell a rupiah amount in words, with *rupiah* and, when not zero, the sen.

    Args:
        amount: Any number `akip.to_decimal` accepts (``int``, ``Decimal``, plain text).

    Returns:
        Lower-case words: ``"seribu lima ratus rupiah lima puluh sen"``.

    Raises:
        InvalidNumber: if *amount* is not a number.
        InvalidValue: for a negative amount, one of 10¹⁸ or more, or one with a fraction
            of a sen.

    Examples:
        >>> spell(0)
        'nol rupiah'
        >>> spell("0.05")
        'lima sen'
        >>> spell(-1)
        Traceback (most recent call last):
        akip.exceptions.InvalidValue: 'amount' must not be negative in terbilang: -1
    """
    value = to_decimal(amount, field="amount")
    if value < 0:
        msg = Message(
            N_("'amount' must not be negative in terbilang: {amount}"), amount=shown(amount)
        )
        raise InvalidValue(msg)
    if value >= LIMIT:
        msg = Message(
            N_("'amount' must be below 10**18 in terbilang: {amount}"), amount=shown(amount)
        )
        raise InvalidValue(msg)
    cents = value * 100
    if cents != cents.to_integral_value():
        msg = Message(
            N_("'amount' must not have a fraction of a sen in terbilang: {amount}"),
            amount=shown(amount),
        )
        raise InvalidValue(msg)
    rupiah, sen = divmod(int(cents), 100)
    if rupiah == 0 and sen:
        return f"{spell_integer(sen)} sen"
    words = f"{spell_integer(rupiah)} rupiah"
    return f"{words} {spell_integer(sen)} sen" if sen else words


@in_context
def normalize(words: object) -> list[str]:
    """Split printed words into comparable tokens.

    Lower case; punctuation (``( ) , . - /`` and the like) and runs of spaces separate
    words; *milyar* becomes *miliar* and *trilyun* becomes *triliun*.

    Examples:
        >>> normalize("(Empat  puluh milyar, Rupiah).")
        ['empat', 'puluh', 'miliar', 'rupiah']
    """
    if not clean_text(words):
        msg = f"'words' must be text: {shown(words)}"
        raise InvalidValue(msg)
    tokens = _PUNCTUATION.sub(" ", words.lower()).split()
    return [_SPELLING.get(token, token) for token in tokens]


def _expected(printed: list[str], amount: object) -> list[str]:
    expected = normalize(spell(amount))
    if "rupiah" not in printed and "rupiah" in expected:
        expected.remove("rupiah")
    return expected


@in_context
def matches(words: str, amount: object) -> bool:
    """Tell whether printed *words* spell *amount* (tolerant of form, strict on content).

    Case, spacing, punctuation and the spellings *milyar* / *trilyun* do not matter; the
    word *rupiah* may be left out. Every number word must be right: a missing *lima* or
    *ribu* is a mismatch.

    Examples:
        >>> matches("Seribu Lima Ratus Rupiah", 1500)
        True
        >>> matches("seratus seribu", 101000)
        False
    """
    printed = normalize(words)
    return printed == _expected(printed, amount)


@in_context
def differences(words: str, amount: object) -> list[str]:
    """Describe how printed *words* differ from the spelling of *amount* (empty if they match).

    Each item names a missing, extra or replaced word with the words around it, so a
    finding can say what the printed text lacks (in English; each item keeps its template
    for Bahasa Indonesia, see `akip.check.Finding.message_in`).

    Examples:
        >>> differences("dua ratus enam puluh dua juta tiga ratus dua puluh tiga "
        ...             "lima ratus delapan puluh delapan rupiah", 262323588)
        ["missing 'ribu' after 'tiga ratus dua puluh tiga'"]
        >>> differences("seribu rupiah", 1000)
        []
    """
    printed = normalize(words)
    expected = _expected(printed, amount)
    if expected == printed:
        return []
    import difflib  # noqa: PLC0415 - only a mismatch needs it; spares start-up time

    matcher = difflib.SequenceMatcher(a=expected, b=printed, autojunk=False)
    found: list[str] = []
    for tag, e1, e2, p1, p2 in matcher.get_opcodes():
        before = " ".join(expected[max(0, e1 - 5) : e1])
        where = (
            Message(N_(" after {words}"), words=shown(before))
            if before
            else Message(N_(" at the start"))
        )
        wanted, seen = repr(" ".join(expected[e1:e2])), repr(" ".join(printed[p1:p2]))
        if tag == "delete":
            found.append(Message(N_("missing {words}{where}"), words=wanted, where=where))
        elif tag == "insert":
            found.append(Message(N_("extra {words}{where}"), words=seen, where=where))
        elif tag == "replace":
            found.append(
                Message(
                    N_("{printed} instead of {expected}{where}"),
                    printed=seen,
                    expected=wanted,
                    where=where,
                )
            )
    return found
