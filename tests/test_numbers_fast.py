"""Tests of the one-step reading of common figures in `akip.numbers.parse_number`.

A figure in the plain or grouped form of ``id_ID`` or ``en_US``, with at most ``Rp`` before
it and ``%`` after it, is read in one step. The step must give exactly what the general
path gives, value and error alike: a ``str`` subclass never takes the one step, so it
reads the same text by the general path.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akip.exceptions import AkipError
from akip.numbers import parse_number


class _Text(str):
    """The same text, not of type ``str`` itself: read by the general path."""

    __slots__ = ()


def _read(text: str, locale: str) -> tuple[str, object]:
    try:
        return "value", parse_number(text, field="f", locale=locale)
    except AkipError as exc:
        return type(exc).__name__, str(exc)


pieces = st.sampled_from(
    ["0", "1", "12", "123", "4", "9", ".", ",", "%", "Rp", "Rp.", "rp", "RP", " ", "-", "+"]
)
printed = st.lists(pieces, min_size=1, max_size=9).map("".join)


@settings(max_examples=600, deadline=None)
@given(printed, st.sampled_from(["id_ID", "en_US"]))
def test_one_step_agrees_with_the_general_path(text, locale):
    """Any text of digits, groups, points, Rp and %: the same value or the same error."""
    assert _read(text, locale) == _read(_Text(text), locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("4,700,384,252.00", "en_US", Decimal("4700384252.00")),
        ("92.91%", "en_US", Decimal("92.91")),
        ("Rp. 4.557.968.228", "id_ID", Decimal(4557968228)),
        ("Rp 45.195.966.217", "id_ID", Decimal(45195966217)),
        ("88,37%", "id_ID", Decimal("88.37")),
        ("-1.250,5", "id_ID", Decimal("-1250.5")),
        ("+7", "id_ID", Decimal(7)),
    ],
)
def test_common_figures(text, locale, expected):
    """Figures as Tabel III.11 (en_US) and Tabel 2 / 4 (id_ID) print them, read by hand."""
    value = parse_number(text, locale=locale)
    assert (expected, expected.as_tuple().exponent) == (value, value.as_tuple().exponent)


@pytest.mark.parametrize("text", ["1.5", "1.23", "01.234", "1.234,", "Rp Rp 5", "5%%"])
def test_forms_it_refuses_are_refused(text):
    """Texts near the two forms that are none of them stay refused in id_ID."""
    with pytest.raises(AkipError):
        parse_number(text)
