"""Junk into every public callable of akip.output's modules gives an AkipError, never a crash."""

from __future__ import annotations

import inspect

import pytest

from akip import _i18n
from akip._validators import shown
from akip.exceptions import AkipError
from akip.output import html, neutral, sheet, tables

_JUNK = [None, 5, 10**5000, "x", "\ud800", [], {}, (1,), 1.5, float("nan"), b"x", object()]
_CALLABLES = [
    (module.__name__ + "." + name, getattr(module, name))
    for module in (html, sheet, tables)
    for name in module.__all__
]


@pytest.mark.parametrize(("name", "obj"), _CALLABLES, ids=[n for n, _ in _CALLABLES])
@pytest.mark.parametrize("junk", _JUNK, ids=[type(j).__name__ for j in _JUNK])
def test_junk(name, obj, junk):
    """Each required argument given junk: an AkipError (or a result only for no arguments)."""
    params = [
        p
        for p in inspect.signature(obj).parameters.values()
        if p.default is p.empty and p.kind in {p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD}
    ]
    if not params:
        assert isinstance(obj(), tuple), name
        return
    with pytest.raises(AkipError):
        obj(*[junk] * len(params))


@pytest.mark.parametrize("lang", ["fr", 5, None, "\ud800", 10**5000], ids=range(5))
def test_unknown_language(lang):
    """An unknown language is refused with an AkipError naming 'lang'."""
    with pytest.raises(AkipError, match="'lang' must be one of id, en"):
        _i18n.set_language(lang)


def test_bounded_repr():
    """Values in error messages are cut at 80 characters, a huge int named by its size."""
    with pytest.raises(AkipError) as caught:
        tables.Row("x" * 500)  # type: ignore[arg-type]
    assert shown("x" * 500) in str(caught.value)
    assert 80 == len(shown("x" * 500))
    assert "<int of about 5001 digits>" == shown(10**5000)  # 1 and 5000 zeros


@pytest.mark.parametrize("text", ["\ud800", "a\udcff"])
def test_neutral_refuses_lone_surrogates(text):
    """A text with no UTF-8 form cannot be written to a CSV / XLSX file: refused, named."""
    with pytest.raises(AkipError, match=r"^'text' must be text that has a UTF-8 form"):
        neutral(text)
